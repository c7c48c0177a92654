// Some file systems (NFS, older tmpfs and overlay mounts) keep no birth time: Node then gives the
// Unix epoch. A contact counted from its note's creation must not count from 1 January 1970.
import type * as fs from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { aVault, kith } from "./helpers";

vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  const statSync = ((path: fs.PathLike, options?: fs.StatSyncOptions) => {
    const stat = real.statSync(path, options) as fs.Stats;
    if (!String(path).endsWith(".md")) return stat;
    return Object.assign(Object.create(Object.getPrototypeOf(stat) as object) as fs.Stats, stat, {
      birthtime: new Date(0),
      birthtimeMs: 0,
      mtime: new Date("2026-11-02T10:00:00"),
      mtimeMs: new Date("2026-11-02T10:00:00").getTime(),
    });
  }) as typeof real.statSync;
  return { ...real, default: { ...real, statSync }, statSync };
});

describe("a file system without birth times", () => {
  it("counts a contact with no date from the note's last change, not from 1970", async () => {
    const vault = aVault({ "People/No Met.md": "---\ntype: contact\ncadence: monthly\n---\n" });
    const r = await kith(["due", vault, "--today", "2026-12-06", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject([{ contact: "No Met", due: "2026-12-02", detail: expect.stringContaining("note created 2 Nov") as unknown }]);
  });
});
