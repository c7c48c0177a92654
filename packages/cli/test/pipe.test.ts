// `kith due | head -2`: a reader that closes the pipe early is no error.
import { beforeAll, describe, expect, it } from "vitest";
import { buildKith, exited, spawnKith } from "./child";
import { aVault } from "./helpers";

let bundle = "";
beforeAll(async () => {
  bundle = await buildKith();
}, 120_000);

describe("a reader that stops early", () => {
  it("ends kith quietly, with the command's exit code", async () => {
    // Far more output than a pipe holds, so kith is still writing when the reader goes away.
    const files: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) {
      files[`People/Person ${i}.md`] = "---\ntype: contact\ncadence: weekly\nlast_contact: 2026-01-01\n---\n";
    }
    const child = spawnKith(bundle, ["due", aVault(files), "--today", "2026-11-25"]);
    const done = exited(child);
    let first = "";
    child.stdout.once("data", (chunk: Buffer) => {
      first = chunk.toString("utf8");
      child.stdout.destroy();
    });
    const { code, signal, stderr } = await done;
    expect(first).toMatch(/^Overdue \(3000\)/);
    expect(stderr).toBe("");
    expect(signal).toBeNull();
    expect(code).toBe(0);
  }, 120_000);

  it("ends kith quietly when the reader of its stderr has gone", async () => {
    // Notes with problems: due says how many on stderr, after the reader has closed it.
    const files: Record<string, string> = { "People/Fine.md": "---\ntype: contact\n---\n" };
    for (let i = 0; i < 50; i++) files[`People/Broken ${i}.md`] = "---\ntype: contact\norg: [unclosed\n---\n";
    const child = spawnKith(bundle, ["due", aVault(files), "--today", "2026-11-25"]);
    const done = exited(child);
    child.stderr.destroy();
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    const { code, signal } = await done;
    expect(signal).toBeNull();
    expect(code).toBe(0);
    expect(out).toContain("Nobody is due");
  }, 120_000);
});
