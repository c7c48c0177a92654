// Counts read as English: "1 note", "2 notes"; a problem in the settings file is no note's.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { aVault, kith } from "./helpers";

const JO = "---\ntype: contact\ncadence: monthly\nlast_contact: 2026-11-01\n---\n";
const BAD_CADENCE = "---\ntype: contact\ncadence: every fortnite\n---\n";
const SETTINGS = ".obsidian/plugins/kith/data.json";

describe("counts", () => {
  it("say one note, one error, one warning, one entry, and several of them otherwise", async () => {
    const one = aVault({ "People/Jo.md": JO });
    expect((await kith(["check", one, "--today", "2026-11-25"])).out).toBe("No problems in 1 note.");

    const oneBad = aVault({ "People/Kim.md": BAD_CADENCE });
    expect((await kith(["check", oneBad, "--today", "2026-11-25"])).out).toMatch(/\n1 error, 0 warnings in 1 note\.$/);
    const due = await kith(["due", oneBad, "--today", "2026-11-25"]);
    expect(due.err).toBe('1 note has problems; run "kith check" to see them');

    const ahead = aVault({
      "People/Ann.md": "---\ntype: contact\nlast_contact: 2027-01-01\n---\n",
      "People/Bo.md": "---\ntype: contact\nlast_contact: 2027-01-01\n---\n",
      "People/Kim.md": BAD_CADENCE,
    });
    expect((await kith(["check", ahead, "--today", "2026-11-25"])).out).toMatch(/\n1 error, 2 warnings in 3 notes\.$/);

    const noContacts = aVault({ "Ideas.md": "# Ideas\n" });
    expect((await kith(["due", noContacts, "--today", "2026-11-25"])).out).toMatch(/^No contacts in .* \(1 note read\)\./);

    const cards = aVault({ "one.vcf": "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Lambert\r\nEND:VCARD\r\n" });
    const imported = await kith(["import", "vcard", join(cards, "one.vcf"), "--into", join(cards, "People"), "--dry-run"]);
    expect(imported.out).toContain("Would create 1 note:");
    expect(imported.out).toMatch(/^1 entry: 1 new, 0 updated, 0 already up to date\. Nothing was written/m);
  });

  it("count a default cadence the settings get wrong as the settings', not as a note's", async () => {
    const vault = aVault({ "People/Jo.md": JO, [SETTINGS]: '{"cadenceByTag": {"work": "every fortnite"}}' });
    const due = await kith(["due", vault, "--today", "2026-11-25"]);
    expect(due.err).toBe('The settings have problems; run "kith check" to see them');
    const check = await kith(["check", vault, "--today", "2026-11-25"]);
    expect(check.out).toMatch(/\n1 error, 0 warnings in 1 note and the settings\.$/);

    const both = aVault({ "People/Kim.md": BAD_CADENCE, [SETTINGS]: '{"cadenceByTag": {"work": "every fortnite"}}' });
    expect((await kith(["due", both, "--today", "2026-11-25"])).err).toBe('1 note and the settings have problems; run "kith check" to see them');
  });
});
