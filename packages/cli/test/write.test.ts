// A write replaces the note with a new file: it must keep the note's permissions.
import { chmodSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeAtomic } from "../src/write";
import { aVault, kith } from "./helpers";

const modeOf = (path: string): number => statSync(path).mode & 0o777;

describe.skipIf(process.platform === "win32")("a write keeps the note's permissions", () => {
  it("keeps a private note private through kith log", async () => {
    const vault = aVault({ "People/Priv.md": "---\ntype: contact\ncadence: monthly\n---\n" });
    const note = join(vault, "People/Priv.md");
    chmodSync(note, 0o600);
    const r = await kith(["log", "Priv", "--date", "2026-11-20", "--vault", vault]);
    expect(r.code).toBe(0);
    expect(modeOf(note)).toBe(0o600);
  });

  it("keeps a group-writable note so through kith snooze, whatever the umask", async () => {
    const vault = aVault({ "People/Shared.md": "---\ntype: contact\ncadence: monthly\n---\n" });
    const note = join(vault, "People/Shared.md");
    chmodSync(note, 0o664);
    const r = await kith(["snooze", "Shared", "--until", "2026-12-20", "--vault", vault]);
    expect(r.code).toBe(0);
    expect(modeOf(note)).toBe(0o664);
  });

  it("gives a new file the default permissions, as any other program would", () => {
    const vault = aVault({});
    const other = join(vault, "Other.md");
    writeFileSync(other, "x\n");
    const before = modeOf(other);
    const note = join(vault, "New.md");
    writeAtomic(note, "hello\n");
    expect(modeOf(note)).toBe(before);
  });
});
