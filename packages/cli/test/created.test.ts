// A contact with no date to count from counts from its note's creation day (the file's birth
// time, read by the CLI): an empty key is no date, and neither is a day still to come.
import { describe, expect, it } from "vitest";
import { aVault, kith } from "./helpers";

interface DueRow {
  contact: string;
  reason: string;
  detail: string;
}

async function dueOn(vault: string, today: string): Promise<DueRow[]> {
  const r = await kith(["due", vault, "--today", today, "--json"]);
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as DueRow[];
}

const CONFIG = ".obsidian/plugins/kith/data.json";

describe("a contact with no day to count from", () => {
  it("falls due from its creation day when met and last_contact are empty, as new notes have them", async () => {
    const vault = aVault({
      "People/Empty Met.md": "---\ntype: contact\nmet:\nlast_contact:\ncadence: monthly\n---\n",
      "People/No Met.md": "---\ntype: contact\ncadence: monthly\n---\n",
    });
    const rows = await dueOn(vault, "2100-03-01");
    expect(rows.map((r) => r.contact).sort()).toEqual(["Empty Met", "No Met"]);
    for (const row of rows) {
      expect(row.reason).toBe("cadence");
      expect(row.detail).toContain("note created");
    }
  });

  it("counts from its creation day when its only date is not a day, or a day after today", async () => {
    const vault = aVault({
      "People/Typo.md": "---\ntype: contact\nLast Contact: last spring\ncadence: monthly\n---\n",
      "People/Ahead.md": "---\ntype: contact\nlast_contact: 2999-01-01\ncadence: monthly\n---\n",
    });
    const rows = await dueOn(vault, "2100-03-01");
    expect(rows.filter((r) => r.reason === "cadence").map((r) => r.contact).sort()).toEqual(["Ahead", "Typo"]);
  });

  it("still counts from a met day when there is one", async () => {
    const vault = aVault({ "People/Met.md": "---\ntype: contact\nmet: 2100-01-01\ncadence: monthly\n---\n" });
    const rows = await dueOn(vault, "2100-03-01");
    expect(rows.map((r) => r.contact)).toEqual(["Met"]);
    expect(rows[0]?.detail).toContain("met 1 Jan");
  });

  it("gives a contact found by its folder or a tag, without any frontmatter, its creation day", async () => {
    const vault = aVault({
      [CONFIG]: JSON.stringify({ contactFolders: ["People"], contactTags: ["person"], cadenceByTag: { close: "monthly" } }),
      "People/Bare.md": "Met at the meetup. #close\n",
      "Notes/Tagged.md": "An old friend. #person #close\n",
    });
    const rows = await dueOn(vault, "2100-03-01");
    expect(rows.map((r) => r.contact).sort()).toEqual(["Bare", "Tagged"]);
    for (const row of rows) {
      expect(row.reason).toBe("cadence");
      expect(row.detail).toContain("note created");
    }
  });
});
