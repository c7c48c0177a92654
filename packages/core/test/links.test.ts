import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  NameIndex,
  activityOf,
  basename,
  buildNetwork,
  dueFollowUps,
  linkDisplay,
  parseWikiLink,
  type NoteInput,
} from "@kith/core";
import { aConfig, aContactNote, aGoalNote, aNote, anAskNote, anInteractionNote, anOrgNote } from "./builders";

const JANE = "People/Jane Doe.md";
const jane = aContactNote({ aliases: ["Jane", "JD"] });
const acme = anOrgNote({ aliases: ["Acme"] });

/** The contact paths an interaction linking `with` counts for. */
function countedFor(withValue: unknown, notes: readonly NoteInput[] = [jane]): string[] {
  const { network } = buildNetwork([...notes, anInteractionNote({ with: withValue })]);
  return [...network.contacts.keys()].filter((p) => activityOf(network, p).interactions.length > 0);
}

describe("parseWikiLink", () => {
  it.each([
    ["[[Jane Doe]]", { target: "Jane Doe" }],
    ["[[Jane Doe|Jane]]", { target: "Jane Doe", display: "Jane" }],
    ["[[People/Jane Doe]]", { target: "People/Jane Doe" }],
    ["[[Jane Doe#Interactions]]", { target: "Jane Doe", heading: "Interactions" }],
    [
      "[[People/Jane Doe#Notes|Jane]]",
      { target: "People/Jane Doe", heading: "Notes", display: "Jane" },
    ],
    ["  [[Jane Doe]] ", { target: "Jane Doe" }],
  ])("reads %s", (text, link) => {
    expect(parseWikiLink(text)).toEqual(link);
  });

  it.each(["Jane Doe", "[[]]", "[[Jane", "Jane]]", "[[#Heading]]", "[[a]] and [[b]]"])(
    "reads %s as no link",
    (text) => {
      expect(parseWikiLink(text)).toBeUndefined();
    },
  );

  it("shows a link's display text, else its note's name", () => {
    expect(linkDisplay({ target: "People/Jane Doe", display: "Jane" })).toBe("Jane");
    expect(linkDisplay({ target: "People/Jane Doe" })).toBe("Jane Doe");
    expect(basename("People/Jane Doe.md")).toBe("Jane Doe");
  });
});

describe("NameIndex", () => {
  const index = new NameIndex();
  index.add({ path: JANE, aliases: ["Jane"] });
  index.add({ path: "Work/Acme/Jane Doe.md", aliases: [] });
  index.add({ path: "People/Sam Lee.md", aliases: ["Sam"] });

  it("resolves by path, by the end of a path, by base name and by alias, ignoring case", () => {
    expect(index.resolve("People/Jane Doe").path).toBe(JANE);
    expect(index.resolve("people/jane doe.md").path).toBe(JANE);
    expect(index.resolve("Acme/Jane Doe").path).toBe("Work/Acme/Jane Doe.md");
    expect(index.resolve("sam lee").path).toBe("People/Sam Lee.md");
    expect(index.resolve("Sam").path).toBe("People/Sam Lee.md");
  });

  it("names every candidate when a name fits two notes", () => {
    expect(index.resolve("Jane Doe")).toEqual({
      ambiguous: ["People/Jane Doe.md", "Work/Acme/Jane Doe.md"],
    });
    expect(index.notesNamed("Jane Doe")).toHaveLength(2);
  });

  it("answers after any adds and removes as an index made afresh from the notes left", () => {
    // Paths that share base names across folders and aliases, but never differ by case alone
    // (which note wins a clash of case depends on the order of changes, by design).
    const PATHS = ["People/Jane.md", "Work/People/Jane.md", "Jane.md", "People/Sam.md", "A/B/Sam.md", "x/Jane.md.md"];
    const ALIASES = ["Jane", "sam", "J", "people/jane"];
    const TARGETS = ["Jane", "jane", "People/Jane", "people/jane.md", "B/Sam", "Sam", "J", "work/people/jane", "x/Jane.md", "nobody"];
    const note = fc.record({
      path: fc.constantFrom(...PATHS),
      aliases: fc.array(fc.constantFrom(...ALIASES), { maxLength: 2 }),
    });
    type Note = { path: string; aliases: string[] };
    type Step = { readonly add: Note } | { readonly remove: number };
    const step: fc.Arbitrary<Step> = fc.oneof(
      note.map((n): Step => ({ add: n })),
      fc.nat({ max: 9 }).map((i): Step => ({ remove: i })),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const index = new NameIndex();
        let present: Note[] = [];
        for (const s of steps) {
          if ("add" in s) {
            // One note per path, as in a vault: a note added again replaces the one there.
            const added = s.add;
            const old = present.find((p) => p.path === added.path);
            if (old !== undefined) index.remove(old);
            present = [...present.filter((p) => p.path !== added.path), added];
            index.add(added);
          } else if (present.length > 0) {
            const gone = present[s.remove % present.length];
            if (gone === undefined) continue;
            index.remove(gone);
            present = present.filter((p) => p !== gone);
          }
          const fresh = new NameIndex();
          for (const p of present) fresh.add(p);
          for (const t of TARGETS) {
            expect(index.resolve(t)).toEqual(fresh.resolve(t));
            expect([...index.notesNamed(t)].sort()).toEqual([...fresh.notesNamed(t)].sort());
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("forgets a removed note", () => {
    const local = new NameIndex();
    local.add({ path: JANE, aliases: ["Jane"] });
    local.remove({ path: JANE, aliases: ["Jane"] });
    expect(local.resolve("Jane Doe")).toEqual({});
    expect(local.resolve("Jane")).toEqual({});
  });
});

describe("links in a network", () => {
  it.each([
    "[[Jane Doe]]",
    "[[Jane Doe|Jane]]",
    "[[People/Jane Doe]]",
    "[[Jane Doe#Interactions]]",
    "[[Jane]]",
    "[[jd]]",
    "Jane Doe",
  ])("resolves %s to the contact", (link) => {
    expect(countedFor(link)).toEqual([JANE]);
  });

  it("resolves a list of links, one per person", () => {
    const sam = aContactNote({}, { path: "People/Sam Lee.md" });
    expect(countedFor(["[[Jane Doe]]", "[[Sam Lee|Sam]]"], [jane, sam]).sort()).toEqual([
      JANE,
      "People/Sam Lee.md",
    ]);
  });

  it("resolves a contact's org, event and goals to their notes", () => {
    const { network, diagnostics } = buildNetwork([
      aContactNote({
        org: "[[Acme]]",
        met_at: "[[PyCon 2026]]",
        goals_known: ["[[Staff ML role|the staff role]]"],
      }),
      acme,
      aGoalNote(),
      { path: "Events/PyCon 2026.md", frontmatter: { type: "event", date: "2026-05-14" } },
    ]);
    const c = network.contacts.get(JANE);
    expect(c?.org).toEqual({
      name: "Acme",
      target: "Acme",
      isLink: true,
      path: "Orgs/Acme Corp.md",
    });
    expect(c?.metAt?.path).toBe("Events/PyCon 2026.md");
    expect(c?.goalsKnown).toEqual([
      {
        name: "the staff role",
        target: "Staff ML role",
        isLink: true,
        path: "Goals/Staff ML role.md",
      },
    ]);
    expect(diagnostics).toEqual([]);
  });

  it("keeps plain text that names no note as text, without a warning", () => {
    const { network, diagnostics } = buildNetwork([aContactNote({ org: "Globex" })]);
    expect(network.contacts.get(JANE)?.org).toEqual({
      name: "Globex",
      target: "Globex",
      isLink: false,
    });
    expect(diagnostics).toEqual([]);
  });

  it("warns about a link to no note, and keeps its text", () => {
    const { network, diagnostics } = buildNetwork([aContactNote({ org: "[[Globex|Globex Inc]]" })]);
    expect(network.contacts.get(JANE)?.org).toEqual({
      name: "Globex Inc",
      target: "Globex",
      isLink: true,
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        path: JANE,
        severity: "warning",
        key: "org",
        value: "[[Globex]]",
        message: expect.stringMatching(
          /^org links to "\[\[Globex\]\]", but no note has that name/,
        ) as unknown,
      }),
    ]);
  });

  it("warns when an interaction names someone with no note", () => {
    const { diagnostics } = buildNetwork([
      jane,
      anInteractionNote({ with: ["[[Jane Doe]]", "Bob Smith"] }),
    ]);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        key: "with",
        value: "Bob Smith",
        message: expect.stringContaining('"[[Bob Smith]]"') as unknown,
      }),
    ]);
  });

  it("says that an ask of someone with no note reminds you of nothing, and an org link does not", () => {
    const { network, diagnostics } = buildNetwork([
      anAskNote({ asked: "[[Tomasz Nowak]]", status: "asked", asked_on: "2026-11-01" }),
      aContactNote({ org: "[[Globex]]" }),
    ]);
    expect(dueFollowUps(network, { today: "2026-11-25", within: 7 })).toEqual([]);
    const message = (key: string) => diagnostics.find((d) => d.key === key)?.message;
    expect(message("asked")).toBe(
      'asked links to "[[Tomasz Nowak]]", but no note has that name, path or alias; the text is kept, and no follow-up counts it until the person has a note. Create the note or fix the link',
    );
    expect(message("org")).not.toContain("follow-ups");
  });

  it("tells a markdown link in a property to be a wikilink, with the note it points to", () => {
    const { diagnostics } = buildNetwork([
      jane,
      anInteractionNote({ with: "[Jane Doe](People/Jane%20Doe.md)" }),
      anAskNote({ asked: "[Jane](<People/Jane Doe.md>)" }),
    ]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'with "[Jane Doe](People/Jane%20Doe.md)" is a markdown link, which properties do not follow; write "[[People/Jane Doe]]"',
      'asked "[Jane](<People/Jane Doe.md>)" is a markdown link, which properties do not follow; write "[[People/Jane Doe]]"',
    ]);
    // A broken escape is shown as written rather than failing the note.
    const suggested = (withValue: string, path?: string) =>
      buildNetwork([jane, anInteractionNote({ with: withValue }, path === undefined ? {} : { path })]).diagnostics[0]?.message.replace(/.*; write /, "");
    expect(suggested("[Jane](People/Jane%ZZ.md)")).toBe('"[[People/Jane%ZZ]]"');
    // Obsidian's relative links, from the note's folder; a heading dropped; a vault-absolute path.
    expect(suggested("[Jane](../People/Jane%20Doe.md)", "Interactions/2026/Coffee.md")).toBe('"[[Interactions/People/Jane Doe]]"');
    expect(suggested("[Jane](../People/Jane%20Doe.md)", "Interactions/Coffee.md")).toBe('"[[People/Jane Doe]]"');
    expect(suggested("[Jane](./Jane%20Doe.md#Work)", "People/Coffee.md")).toBe('"[[People/Jane Doe]]"');
    expect(suggested("[Jane](/People/Jane%20Doe.md#Work)")).toBe('"[[People/Jane Doe]]"');
    // A web link points to no note: the name it shows is the one to link.
    expect(suggested("[Jane Doe](https://www.linkedin.com/in/jane)")).toBe('"[[Jane Doe]]"');
  });

  it("warns when an interaction links a note that is not a contact", () => {
    const { network, diagnostics } = buildNetwork([
      jane,
      acme,
      anInteractionNote({ with: "[[Acme Corp]]" }),
    ]);
    expect(activityOf(network, JANE).interactions).toEqual([]);
    expect(diagnostics[0]?.message).toContain("Orgs/Acme Corp.md, which is not a contact");
  });

  it("reports two contact notes with the same name, naming both, and does not pick one", () => {
    const other = aContactNote({}, { path: "Work/Jane Doe.md" });
    const { network, diagnostics } = buildNetwork([
      jane,
      other,
      anInteractionNote({ with: "[[Jane Doe]]" }),
    ]);
    const clash = diagnostics.filter((d) => d.message.includes("same name"));
    expect(clash.map((d) => d.path).sort()).toEqual([JANE, "Work/Jane Doe.md"]);
    expect(clash.find((d) => d.path === JANE)?.message).toContain("Work/Jane Doe.md");
    const ambiguous = diagnostics.find((d) => d.path.startsWith("Interactions/"));
    expect(ambiguous?.message).toContain("People/Jane Doe.md, Work/Jane Doe.md");
    expect(activityOf(network, JANE).interactions).toEqual([]);
    expect(activityOf(network, "Work/Jane Doe.md").interactions).toEqual([]);
  });

  it("resolves a link by path when two notes share a name", () => {
    const other = aContactNote({}, { path: "Work/Jane Doe.md" });
    expect(countedFor("[[Work/Jane Doe]]", [jane, other])).toEqual(["Work/Jane Doe.md"]);
  });

  it("reports two notes sharing an alias when a link uses it", () => {
    const sam = aContactNote({ aliases: ["JD"] }, { path: "People/John Dean.md" });
    const { diagnostics } = buildNetwork([jane, sam, anInteractionNote({ with: "[[JD]]" })]);
    expect(diagnostics[0]?.message).toContain("People/Jane Doe.md, People/John Dean.md");
  });

  it("warns on each contact note sharing an alias, before any link uses it, naming the other note", () => {
    const john = aContactNote({ aliases: ["jd"] }, { path: "People/John Dean.md" });
    const { diagnostics } = buildNetwork([jane, john, acme]);
    expect(diagnostics.filter((d) => d.key === "aliases")).toEqual([
      {
        path: JANE,
        severity: "warning",
        key: "aliases",
        value: "JD",
        message:
          'alias "JD" is also an alias of People/John Dean.md: links and kith log by that name are ambiguous; give each note its own alias or link by file name, e.g. "[[Jane Doe]]"',
      },
      {
        path: "People/John Dean.md",
        severity: "warning",
        key: "aliases",
        value: "jd",
        message:
          'alias "jd" is also an alias of People/Jane Doe.md: links and kith log by that name are ambiguous; give each note its own alias or link by file name, e.g. "[[John Dean]]"',
      },
    ]);
  });

  it("warns when a contact's alias is another contact's file name, which links by that name find instead", () => {
    // Sam's own alias "Sam" is harmless: links by it find Sam.
    const sam = aContactNote({ aliases: ["sam"] }, { path: "People/Sam.md" });
    const samLee = aContactNote({ aliases: ["Sam", "Sam Lee"] }, { path: "People/Sam Lee.md" });
    const { diagnostics } = buildNetwork([sam, samLee, anInteractionNote({ with: "[[Sam]]" })]);
    expect(diagnostics.filter((d) => d.key === "aliases")).toEqual([
      {
        path: "People/Sam Lee.md",
        severity: "warning",
        key: "aliases",
        value: "Sam",
        message:
          'alias "Sam" is the file name of People/Sam.md: links and kith log by that name find that note, never this one; give this note another alias or link by file name, e.g. "[[Sam Lee]]"',
      },
    ]);
  });

  it("names the key a note spells its aliases with (alias, or a renamed key) in the warning", () => {
    const kim = aNote("People/Kim Dean.md", { type: "contact", alias: "KD" });
    const ken = aNote("People/Ken Dahl.md", { type: "contact", nicknames: ["KD"] });
    const config = aConfig({ keys: { aliases: "nicknames" } });
    const { diagnostics } = buildNetwork([kim, ken], config);
    expect(diagnostics.filter((d) => d.value === "KD").map((d) => [d.path, d.key])).toEqual([
      ["People/Ken Dahl.md", "nicknames"],
      ["People/Kim Dean.md", "alias"],
    ]);
  });

  it("says nothing of an alias shared with a note that is not a contact", () => {
    const { diagnostics } = buildNetwork([aContactNote({ aliases: ["Acme"] }), acme, anOrgNote({}, { path: "Orgs/JD.md" })]);
    expect(diagnostics.filter((d) => d.key === "aliases")).toEqual([]);
  });
});

describe("unquoted links", () => {
  // YAML reads `org: [[Acme Corp]]` as a list inside a list: Obsidian hands `[["Acme Corp"]]`.
  it("warns that an unquoted link should be quoted, and still uses it", () => {
    const { network, diagnostics } = buildNetwork([aContactNote({ org: [["Acme Corp"]] }), acme]);
    expect(network.contacts.get(JANE)?.org?.path).toBe("Orgs/Acme Corp.md");
    expect(diagnostics).toEqual([
      expect.objectContaining({
        path: JANE,
        severity: "warning",
        key: "org",
        value: [["Acme Corp"]],
        message: expect.stringContaining('write it in quotes: "[[Acme Corp]]"') as unknown,
      }),
    ]);
  });

  it("uses unquoted links in a list, warning once per link", () => {
    const { network, diagnostics } = buildNetwork([
      jane,
      aContactNote({}, { path: "People/Sam Lee.md" }),
      anInteractionNote({ with: [[["Jane Doe"]], [["Sam Lee"]]] }),
    ]);
    expect(activityOf(network, JANE).interactions).toHaveLength(1);
    expect(activityOf(network, "People/Sam Lee.md").interactions).toHaveLength(1);
    expect(diagnostics.map((d) => d.message)).toEqual([
      expect.stringContaining('"[[Jane Doe]]"'),
      expect.stringContaining('"[[Sam Lee]]"'),
    ]);
  });

  it("uses an unquoted daily-note link as a date, with the same warning", () => {
    const { network, diagnostics } = buildNetwork([
      jane,
      anInteractionNote({ date: [["2026-11-20"]] }),
    ]);
    expect(network.interactions.size).toBe(1);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        key: "date",
        severity: "warning",
        message: expect.stringContaining('"[[2026-11-20]]"') as unknown,
      }),
    ]);
  });
});
