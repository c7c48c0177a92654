// Which files of a folder are notes: the ones Obsidian shows.
import { lstatSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { aVault, kith } from "./helpers";

const CONTACT = "---\ntype: contact\ncadence: monthly\nlast_contact: 2026-10-01\n---\n";

async function contactsDue(vault: string): Promise<string[]> {
  const r = await kith(["due", vault, "--today", "2026-11-25", "--json"]);
  expect(r.code).toBe(0);
  return (JSON.parse(r.out) as { path: string }[]).map((row) => row.path).sort();
}

describe("the notes of a vault", () => {
  it("leaves out hidden folders and files, as Obsidian does: Syncthing's old versions are no second Jane", async () => {
    const vault = aVault({
      "People/Jane Doe.md": CONTACT,
      ".stversions/People/Jane Doe~20261101-120000.md": CONTACT,
      ".trash/Old.md": CONTACT,
      "People/.Draft.md": CONTACT,
      "node_modules/pkg/README.md": CONTACT,
    });
    expect(await contactsDue(vault)).toEqual(["People/Jane Doe.md"]);
    const checked = await kith(["check", vault, "--today", "2026-11-25"]);
    expect(checked.out).toContain("No problems in 1 note.");
  });

  it("follows symbolic links to folders and notes, each folder once", async () => {
    const shared = aVault({ "Ann.md": CONTACT });
    const vault = aVault({ "People/Jane Doe.md": CONTACT });
    symlinkSync(shared, join(vault, "Shared"));
    symlinkSync(join(shared, "Ann.md"), join(vault, "People", "Ann link.md"));
    symlinkSync(vault, join(vault, "People", "Loop")); // back up the tree: read once, no hang
    symlinkSync(join(vault, "nowhere"), join(vault, "Broken")); // a link to nothing is skipped
    expect(await contactsDue(vault)).toEqual(["People/Ann link.md", "People/Jane Doe.md", "Shared/Ann.md"]);
  });

  it("writes a note that is a symbolic link where it points, and keeps the link", async () => {
    const shared = aVault({ "Ann.md": CONTACT });
    const vault = aVault({ "People/Jane Doe.md": CONTACT });
    symlinkSync(join(shared, "Ann.md"), join(vault, "People", "Ann.md"));
    const r = await kith(["log", "Ann", "--date", "2026-11-20", "--kind", "call", "--vault", vault]);
    expect(r.code).toBe(0);
    expect(lstatSync(join(vault, "People", "Ann.md")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(shared, "Ann.md"), "utf8")).toContain("- 2026-11-20 call");
    expect(readFileSync(join(shared, "Ann.md"), "utf8")).toContain("last_contact: 2026-11-20");
  });

  it("reads a name macOS wrote decomposed (NFD) as the same name typed in a link, and writes the file it read", async () => {
    const zoe = "Zo\u00eb"; // as typed, in a link or on the command line (NFC)
    const file = `People/${zoe.normalize("NFD")}.md`;
    const vault = aVault({
      [file]: CONTACT,
      "Interactions/Coffee.md": `---\ntype: interaction\ndate: 2026-11-10\nwith: "[[${zoe}]]"\nkind: coffee\n---\n`,
    });
    const due = await kith(["due", vault, "--today", "2026-12-20", "--json"]);
    expect(due.err).toBe("");
    expect(JSON.parse(due.out)).toMatchObject([{ contact: zoe, path: `People/${zoe}.md`, detail: "Monthly; last contact 10 Nov (coffee)" }]);
    const logged = await kith(["log", zoe, "--date", "2026-12-01", "--kind", "call", "--vault", vault], vault, new Date("2026-12-20T12:00:00"));
    expect(logged.code).toBe(0);
    expect(readdirSync(join(vault, "People"))).toEqual([`${zoe.normalize("NFD")}.md`]);
    expect(readFileSync(join(vault, file), "utf8")).toContain("- 2026-12-01 call");
  });
});
