// What `kith export ics > follow-ups.ics` writes, byte for byte: the in-process tests see lines
// joined with "\n", so only a real process shows the line ends.
import { beforeAll, describe, expect, it } from "vitest";
import { buildKith, exited, spawnKith } from "./child";
import { aVault } from "./helpers";

let bundle = "";
beforeAll(async () => {
  bundle = await buildKith();
}, 120_000);

describe("kith export ics on stdout", () => {
  it("ends every line with CRLF, the last one too, and has no bare LF", async () => {
    const vault = aVault({
      "People/Jo.md": '---\ntype: contact\ncadence: weekly\nlast_contact: 2026-11-01\nnext_step: "Send the deck\\nand the notes"\nnext_step_due: 2026-11-26\n---\n',
      "People/Ana.md": "---\ntype: contact\ncadence: monthly\nlast_contact: 2026-10-20\n---\n",
    });
    const child = spawnKith(bundle, ["export", "ics", vault, "--today", "2026-11-25"]);
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    const { code, stderr } = await exited(child);
    const text = Buffer.concat(chunks).toString("utf8");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  }, 120_000);
});
