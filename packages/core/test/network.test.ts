import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FIELD_KEYS,
  activityOf,
  buildNetwork,
  formatCadence,
  formatDay,
  formatDiagnostic,
  parseDay,
  parseNote,
  type Day,
  type Diagnostic,
  type KithConfigInput,
  type NoteInput,
} from "@kith/core";
import {
  aConfig,
  aContactNote,
  aGiveNote,
  aGoalNote,
  aNote,
  anAskNote,
  anEventNote,
  anInteractionNote,
  anOrgNote,
  anUpdateNote,
} from "./builders";
import { obsidianVault, parsedVault } from "./fixtures/vault";

const JANE = "People/Jane Doe.md";
const jane = aContactNote();

function day(text: string): Day {
  const d = parseDay(text);
  if (d === undefined) throw new Error(`bad test day ${text}`);
  return d;
}

const show = (d: Day | undefined): string | undefined =>
  d === undefined ? undefined : formatDay(d);

describe("note kinds", () => {
  it("reads a contact with every key", () => {
    const { network, diagnostics } = buildNetwork([
      aContactNote({
        name: "Jane A. Doe",
        aliases: ["Jane"],
        org: "[[Acme Corp]]",
        role: "ML lead",
        tags: ["#Mentor", "ml"],
        relationship: "mentor",
        met: "2026-03-14",
        met_at: "[[PyCon 2026]]",
        cadence: "every 3 months",
        last_contact: "2026-10-02T09:30:00",
        next_step: "Send her the paper",
        next_step_due: "2026-11-25",
        snooze_until: "2026-11-01",
        email: "jane@acme.example",
        phone: ["+1 555 0100", 5550101],
        linkedin: "https://www.linkedin.com/in/janedoe",
        birthday: "--03-14",
        goals_known: ["[[Staff ML role]]"],
        created: "2026-03-15",
        source: "PyCon hallway",
      }),
      anOrgNote(),
      anEventNote(),
      aGoalNote(),
    ]);
    expect(diagnostics).toEqual([]);
    const c = network.contacts.get(JANE);
    expect(c).toMatchObject({
      path: JANE,
      name: "Jane A. Doe",
      aliases: ["Jane"],
      org: { name: "Acme Corp", path: "Orgs/Acme Corp.md" },
      role: "ML lead",
      tags: ["mentor", "ml"],
      relationship: "mentor",
      metAt: { path: "Events/PyCon 2026.md" },
      nextStep: "Send her the paper",
      emails: ["jane@acme.example"],
      phones: ["+1 555 0100", "5550101"],
      linkedin: "https://www.linkedin.com/in/janedoe",
      birthday: { month: 3, day: 14 },
      goalsKnown: [{ path: "Goals/Staff ML role.md" }],
      source: "PyCon hallway",
    });
    expect(show(c?.met)).toBe("2026-03-14");
    expect(show(c?.lastContact)).toBe("2026-10-02");
    expect(show(c?.nextStepDue)).toBe("2026-11-25");
    expect(show(c?.snoozeUntil)).toBe("2026-11-01");
    expect(show(c?.created)).toBe("2026-03-15");
    expect(c?.cadence === undefined ? undefined : formatCadence(c.cadence)).toBe("every 3 months");
  });

  it("names a contact after the file when the note gives no name", () => {
    const { network } = buildNetwork([aContactNote({}, { path: "People/Sam Lee.md" })]);
    expect(network.contacts.get("People/Sam Lee.md")?.name).toBe("Sam Lee");
  });

  it("reads an interaction with every key", () => {
    const { network, diagnostics } = buildNetwork([
      jane,
      aGoalNote(),
      anInteractionNote({
        date: "2026-11-20T14:30",
        with: ["[[Jane Doe]]"],
        kind: "Coffee",
        direction: "outbound",
        summary: "Talked about the platform team",
        next_step: "Intro to Sam",
        next_step_due: "[[2026-11-27]]",
        gave: "advice on her talk",
        goals_shared: ["[[Staff ML role]]"],
      }),
    ]);
    expect(diagnostics).toEqual([]);
    const i = network.interactions.get("Interactions/2026-11-20 Coffee with Jane.md");
    expect(i).toMatchObject({
      source: "note",
      with: [{ path: JANE }],
      kind: "coffee",
      direction: "outbound",
      summary: "Talked about the platform team",
      nextStep: "Intro to Sam",
      gave: "advice on her talk",
      goalsShared: [{ path: "Goals/Staff ML role.md" }],
    });
    expect(show(i?.date)).toBe("2026-11-20");
    expect(show(i?.nextStepDue)).toBe("2026-11-27");
    // An interaction with `gave` is also a give.
    expect(activityOf(network, JANE).gives).toEqual([
      expect.objectContaining({ gave: "advice on her talk", source: "interaction" }),
    ]);
  });

  it("reads an ask with every key", () => {
    const { network, diagnostics } = buildNetwork([
      jane,
      anOrgNote(),
      anAskNote({
        asked: "[[Jane Doe]]",
        ask: "referral",
        for: "Staff ML engineer",
        org: "[[Acme Corp]]",
        job_url: "https://acme.example/jobs/42",
        status: "referred",
        asked_on: "2026-10-01",
        responded_on: "2026-10-02",
        referred_on: "2026-10-05",
        closed_on: null,
        thanked: true,
        outcome_shared: "no",
      }),
    ]);
    expect(diagnostics).toEqual([]);
    const a = network.asks.get("Asks/Referral to Acme.md");
    expect(a).toMatchObject({
      asked: { path: JANE },
      ask: "referral",
      for: "Staff ML engineer",
      org: { path: "Orgs/Acme Corp.md" },
      jobUrl: "https://acme.example/jobs/42",
      status: "referred",
      closedOn: undefined,
      thanked: true,
      outcomeShared: false,
    });
    expect([a?.askedOn, a?.respondedOn, a?.referredOn].map(show)).toEqual([
      "2026-10-01",
      "2026-10-02",
      "2026-10-05",
    ]);
    expect(activityOf(network, JANE).asks).toHaveLength(1);
  });

  it("reads a give note", () => {
    const { network, diagnostics } = buildNetwork([
      jane,
      aGiveNote({ to: ["[[Jane Doe]]"], date: "2026-10-01", gave: "an intro to Sam" }),
    ]);
    expect(diagnostics).toEqual([]);
    expect(network.gives).toEqual([
      {
        path: "Gives/Intro for Jane.md",
        to: [expect.objectContaining({ path: JANE })],
        date: day("2026-10-01"),
        gave: "an intro to Sam",
        source: "give",
      },
    ]);
  });

  it("reads a goal", () => {
    const { network, diagnostics } = buildNetwork([
      anOrgNote(),
      aGoalNote({
        title: "A staff role",
        target_roles: ["Staff ML engineer", "ML lead"],
        target_orgs: ["[[Acme Corp]]"],
        status: "Done",
      }),
    ]);
    expect(diagnostics).toEqual([]);
    expect(network.goals.get("Goals/Staff ML role.md")).toEqual({
      path: "Goals/Staff ML role.md",
      title: "A staff role",
      targetRoles: ["Staff ML engineer", "ML lead"],
      targetOrgs: [expect.objectContaining({ path: "Orgs/Acme Corp.md" })],
      status: "done",
    });
  });

  it("reads an update", () => {
    const { network, diagnostics } = buildNetwork([
      jane,
      anUpdateNote({
        date: "2026-09-01",
        title: "Promoted to staff",
        audience: ["mentor", "#ml"],
        told: ["[[Jane Doe]]"],
      }),
    ]);
    expect(diagnostics).toEqual([]);
    expect(network.updates.get("Updates/Promoted.md")).toMatchObject({
      title: "Promoted to staff",
      date: day("2026-09-01"),
      audience: ["mentor", "ml"],
      told: [{ path: JANE }],
    });
  });

  it("reads an event and an org", () => {
    const { network, diagnostics } = buildNetwork([
      anOrgNote({ name: "Acme Corporation", aliases: ["Acme"], member: true }),
      anEventNote({ date: "2026-05-14", end: "2026-05-16", kind: "conference", org: "[[Acme]]" }),
    ]);
    expect(diagnostics).toEqual([]);
    expect(network.orgs.get("Orgs/Acme Corp.md")).toEqual({
      path: "Orgs/Acme Corp.md",
      name: "Acme Corporation",
      aliases: ["Acme"],
      member: true,
    });
    expect(network.events.get("Events/PyCon 2026.md")).toMatchObject({
      name: "PyCon 2026",
      date: day("2026-05-14"),
      end: day("2026-05-16"),
      kind: "conference",
      org: { path: "Orgs/Acme Corp.md" },
    });
  });

  it("reads `type: person` and any case of the type as a contact", () => {
    const { network } = buildNetwork([
      aNote("People/A.md", { type: "person" }),
      aNote("People/B.md", { type: "Contact" }),
      aNote("People/C.md", { Type: "PERSON" }),
    ]);
    expect([...network.contacts.keys()].sort()).toEqual([
      "People/A.md",
      "People/B.md",
      "People/C.md",
    ]);
  });

  it("reads a type given as a list, as a vault with a list-typed property writes it", () => {
    const { network } = buildNetwork([
      aNote(JANE, { type: ["person"] }),
      aNote("Orgs/Acme.md", { type: ["company"] }),
    ]);
    expect(network.contacts.has(JANE)).toBe(true);
    expect(network.orgs.has("Orgs/Acme.md")).toBe(true);
  });

  it("leaves a note with an unknown type out, even one named like a JavaScript built-in", () => {
    for (const type of ["project", "constructor", "__proto__", "hasOwnProperty"]) {
      const { network, diagnostics } = buildNetwork([aNote("Notes/x.md", { type }), jane]);
      expect(network.contacts.size).toBe(1);
      expect(diagnostics).toEqual([]);
    }
  });

  it("reads `organization` and `company` as org, on the contact and as a type", () => {
    const { network } = buildNetwork([
      aContactNote({ organization: "Acme" }),
      aContactNote({ Company: "[[Initech]]" }, { path: "People/Sam.md" }),
      aNote("Orgs/Initech.md", { type: "company" }),
    ]);
    expect(network.contacts.get(JANE)?.org?.name).toBe("Acme");
    expect(network.contacts.get("People/Sam.md")?.org?.path).toBe("Orgs/Initech.md");
  });

  it("leaves notes of other kinds out, but lets contacts link to them", () => {
    const { network, diagnostics } = buildNetwork([
      aContactNote({ met_at: "[[Berlin]]" }),
      aNote("Places/Berlin.md", { type: "place" }),
      aNote("Inbox.md"),
    ]);
    expect(network.contacts.size).toBe(1);
    expect(network.contacts.get(JANE)?.metAt?.path).toBe("Places/Berlin.md");
    expect(diagnostics).toEqual([]);
  });
});

describe("contacts by folder and tag", () => {
  it("reads notes in a configured folder and below as contacts", () => {
    const config = aConfig({ contactFolders: ["People/"] });
    const { network } = buildNetwork(
      [
        aNote("People/Jane.md", {}),
        aNote("People/Work/Sam.md"),
        aNote("Peoples/Not.md", {}),
        aNote("Projects/People/Not.md", {}),
      ],
      config,
    );
    expect([...network.contacts.keys()].sort()).toEqual(["People/Jane.md", "People/Work/Sam.md"]);
  });

  it("lets a note's type win over its folder", () => {
    const config = aConfig({ contactFolders: ["People"] });
    const { network } = buildNetwork(
      [anInteractionNote({}, { path: "People/Coffee.md" }), jane],
      config,
    );
    expect(network.contacts.has("People/Coffee.md")).toBe(false);
    expect(network.interactions.has("People/Coffee.md")).toBe(true);
  });

  it("reads notes with a configured frontmatter tag as contacts", () => {
    const config = aConfig({ contactTags: ["#Person"] });
    const { network } = buildNetwork(
      [
        aNote("A.md", { tags: ["person"] }),
        aNote("B.md", { tags: "work, #person" }),
        aNote("C.md", { tag: "Person" }),
        aNote("D.md", { tags: ["work"] }),
      ],
      config,
    );
    expect([...network.contacts.keys()].sort()).toEqual(["A.md", "B.md", "C.md"]);
  });

  it("reads notes with a configured body #tag as contacts", () => {
    const config = aConfig({ contactTags: ["person"] });
    const { network } = buildNetwork(
      [
        parseNote("Sam Lee.md", "Met at PyCon. #person\n"),
        parseNote("Notes.md", "# person\nA heading, not a tag.\n"),
      ],
      config,
    );
    expect([...network.contacts.keys()]).toEqual(["Sam Lee.md"]);
    expect(network.contacts.get("Sam Lee.md")?.tags).toEqual(["person"]);
  });

  it("reads notes with a tag nested under a configured tag as contacts, as Obsidian's tag search does", () => {
    const config = aConfig({ contactTags: ["person"] });
    const { network } = buildNetwork(
      [
        aNote("A.md", { tags: ["person/colleague"] }),
        aNote("B.md", { tags: "#Person/Family/Cousin" }),
        parseNote("C.md", "Met at PyCon. #person/speaker\n"),
        aNote("D.md", { tags: ["personal"] }),
        aNote("E.md", { tags: ["work/person"] }),
        parseNote("F.md", "#personal/journal\n"),
      ],
      config,
    );
    expect([...network.contacts.keys()].sort()).toEqual(["A.md", "B.md", "C.md"]);
  });
});

describe("dates", () => {
  it.each([
    ["2026-11-20", "2026-11-20"],
    ["2026-11-20T14:30", "2026-11-20"],
    ["2026-11-20T23:59:59", "2026-11-20"],
    ["2026-11-20T23:30:00-05:00", "2026-11-20"],
    ["[[2026-11-20]]", "2026-11-20"],
    ["[[Daily/2026-11-20|Friday]]", "2026-11-20"],
    ["2024-02-29", "2024-02-29"],
  ])("reads met: %s as %s", (met, expected) => {
    const { network, diagnostics } = buildNetwork([aContactNote({ met })]);
    expect(show(network.contacts.get(JANE)?.met)).toBe(expected);
    expect(diagnostics).toEqual([]);
  });

  it.each([
    ["2026-02-30", "February 2026 has 28 days"],
    ["2025-02-29", "February 2025 has 28 days"],
    ["11/20/2026", 'e.g. "2026-11-20"'],
    ["2026-11-24 (coffee)", 'is not a date Kith can read; write "2026-11-24"'],
    ["2026-11-20T25:00", 'is not a date Kith can read; write "2026-11-20"'],
    ["next Tuesday", "write YYYY-MM-DD"],
  ])(
    "reports met: %s as an error naming the key and value, and loads the contact without it",
    (met, hint) => {
      const { network, diagnostics } = buildNetwork([aContactNote({ met, org: "Acme" })]);
      const c = network.contacts.get(JANE);
      expect(c?.met).toBeUndefined();
      expect(c?.org?.name).toBe("Acme");
      expect(diagnostics).toEqual([
        {
          path: JANE,
          severity: "error",
          key: "met",
          value: met,
          message: expect.stringContaining(`met "${met}"`) as unknown,
        },
      ]);
      expect(diagnostics[0]?.message).toContain(hint);
    },
  );

  it("reports a number where a date should be", () => {
    const { network, diagnostics } = buildNetwork([aContactNote({ last_contact: 20261120 })]);
    expect(network.contacts.get(JANE)?.lastContact).toBeUndefined();
    expect(diagnostics).toEqual([
      {
        path: JANE,
        severity: "error",
        key: "last_contact",
        value: 20261120,
        message: expect.stringMatching(
          /^last_contact 20261120 is a number, not a date; write YYYY-MM-DD/,
        ) as unknown,
      },
    ]);
  });

  it("reports a bad date under the key the note uses", () => {
    const { diagnostics } = buildNetwork([aContactNote({ "Last Contacted": "yesterday" })]);
    expect(diagnostics[0]).toMatchObject({ key: "Last Contacted", value: "yesterday" });
    expect(diagnostics[0]?.message).toMatch(/^Last Contacted "yesterday" is not a date/);
  });

  it("reads empty values as absent, without a diagnostic", () => {
    const { network, diagnostics } = buildNetwork([
      aContactNote({ met: null, cadence: null, org: "", snooze_until: null, goals_known: [null] }),
    ]);
    expect(network.contacts.get(JANE)).toMatchObject({
      met: undefined,
      cadence: undefined,
      org: undefined,
      goalsKnown: [],
    });
    expect(diagnostics).toEqual([]);
  });

  it("drops an interaction without a readable date, with an error", () => {
    const { network, diagnostics } = buildNetwork([
      jane,
      anInteractionNote({ date: "2026-13-01" }),
      anInteractionNote({ date: null }, { path: "Interactions/Undated.md" }),
    ]);
    expect(network.interactions.size).toBe(0);
    expect(diagnostics.map((d) => [d.path, d.severity, d.key])).toEqual([
      ["Interactions/2026-11-20 Coffee with Jane.md", "error", "date"],
      ["Interactions/Undated.md", "error", "date"],
    ]);
  });
});

describe("diagnostics", () => {
  it("name the file, the key, the value and what would work", () => {
    const { network, diagnostics } = buildNetwork([aContactNote({ cadence: "every fortnite" })]);
    expect(network.contacts.get(JANE)?.cadence).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    const d = diagnostics[0] as Diagnostic;
    expect(d).toMatchObject({
      path: JANE,
      severity: "error",
      key: "cadence",
      value: "every fortnite",
    });
    expect(formatDiagnostic(d)).toMatch(
      /^People\/Jane Doe\.md: cadence "every fortnite" is not a cadence; try .*every 2 weeks/,
    );
  });

  it("warn about a value outside a list and say how it is read", () => {
    const { network, diagnostics } = buildNetwork([aContactNote({ relationship: "frenemy" })]);
    expect(network.contacts.get(JANE)?.relationship).toBe("other");
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: "warning",
        key: "relationship",
        value: "frenemy",
        message: expect.stringContaining("is not one of mentor, mentee") as unknown,
      }),
    ]);
  });

  it("read a status however it is spaced or cased", () => {
    const { network, diagnostics } = buildNetwork([jane, anAskNote({ status: "No response" })]);
    expect(network.asks.get("Asks/Referral to Acme.md")?.status).toBe("no-response");
    expect(diagnostics).toEqual([]);
  });

  it("report a checkbox that is not true or false", () => {
    const { diagnostics } = buildNetwork([jane, anAskNote({ thanked: "maybe" })]);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        key: "thanked",
        value: "maybe",
        message: expect.stringContaining("use true or false") as unknown,
      }),
    ]);
  });

  it("report a map where text should be", () => {
    const { network, diagnostics } = buildNetwork([aContactNote({ role: { title: "lead" } })]);
    expect(network.contacts.get(JANE)?.role).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({
        key: "role",
        severity: "error",
        message: 'role {"title":"lead"} is not text',
      }),
    ]);
  });
});

describe("interaction log lines", () => {
  const logOf = (body: string, settings: KithConfigInput = {}) => {
    const note = parseNote(JANE, `---\ntype: contact\n---\n${body}`);
    const { network, diagnostics } = buildNetwork([note], aConfig(settings));
    return { entries: activityOf(network, JANE).interactions, diagnostics };
  };

  it("reads dated bullets under the Interactions heading", () => {
    const { entries, diagnostics } = logOf(
      [
        "# Jane Doe",
        "## Interactions",
        "- 2026-11-20 coffee: talked about the platform team",
        "* [[2026-10-01]] call",
        "- 2026-09-15: quick hello",
        "- [x] 2026-08-01 Email: sent the deck",
        "- 2026-07-01T18:00 meal: dinner",
      ].join("\n"),
    );
    expect(diagnostics).toEqual([]);
    expect(entries.map((e) => [show(e.date), e.kind, e.summary, e.source])).toEqual([
      ["2026-11-20", "coffee", "talked about the platform team", "log"],
      ["2026-10-01", "call", undefined, "log"],
      ["2026-09-15", "other", "quick hello", "log"],
      ["2026-08-01", "email", "sent the deck", "log"],
      ["2026-07-01", "meal", "dinner", "log"],
    ]);
    expect(entries[0]?.with).toEqual([expect.objectContaining({ path: JANE })]);
  });

  it("counts a ticked task but not an open or cancelled one: those are plans, not contacts made", () => {
    const { entries, diagnostics } = logOf(
      [
        "## Interactions",
        "- [x] 2026-11-20 call: went through the offer",
        "- [ ] 2026-11-22 coffee: catch up after the offsite",
        "- [-] 2026-11-23 meal: cancelled",
        "- [ ] 2062-11-24 call: a plan far ahead, no typo to report",
      ].join("\n"),
    );
    expect(diagnostics).toEqual([]);
    expect(entries.map((e) => [show(e.date), e.kind])).toEqual([["2026-11-20", "call"]]);
  });

  it("reads a date set in bold or italics", () => {
    const { entries, diagnostics } = logOf(
      [
        "## Interactions",
        "- **2026-11-20** coffee: talked about the platform team",
        "- *2026-11-12*: quick hello",
        "- [x] __[[2026-11-05]]__ call",
        "- _2026-11-01_ Email",
      ].join("\n"),
    );
    expect(diagnostics).toEqual([]);
    expect(entries.map((e) => [show(e.date), e.kind, e.summary])).toEqual([
      ["2026-11-20", "coffee", "talked about the platform team"],
      ["2026-11-12", "other", "quick hello"],
      ["2026-11-05", "call", undefined],
      ["2026-11-01", "email", undefined],
    ]);
  });

  it("reads a dated bullet with free text and no kind", () => {
    const { entries } = logOf(
      "## Interactions\n- 2026-11-20 Coffee with Jane at the office\n- 2026-11-18 lunch\n",
    );
    expect(entries.map((e) => [show(e.date), e.kind, e.summary])).toEqual([
      ["2026-11-20", "other", "Coffee with Jane at the office"],
      ["2026-11-18", "other", "lunch"],
    ]);
  });

  it("ignores dated bullets under other headings, in code, and undated bullets", () => {
    const { entries } = logOf(
      [
        "## Notes",
        "- 2026-12-01 offsite",
        "## Interactions",
        "Some text 2026-11-19",
        "- a bullet without a date",
        "```",
        "- 2026-11-18 call: in a code block",
        "```",
        "- 2026-11-20 call: counted",
        "## Ideas",
        "- 2026-12-24 meal: a plan, not an interaction",
      ].join("\n"),
    );
    expect(entries.map((e) => e.summary)).toEqual(["counted"]);
  });

  it("ignores dated bullets in code fenced with tildes or longer runs of backticks", () => {
    const { entries } = logOf(
      [
        "## Interactions",
        "~~~",
        "- 2026-11-17 call: in a tilde block",
        "~~~",
        "````markdown",
        "```",
        "- 2026-11-18 call: still in the four-backtick block",
        "````",
        "- 2026-11-20 call: counted",
      ].join("\n"),
    );
    expect(entries.map((e) => e.summary)).toEqual(["counted"]);
  });

  it("keeps reading through subheadings nested under Interactions", () => {
    const { entries } = logOf(
      [
        "## Interactions",
        "### 2026",
        "- 2026-11-20 call: a",
        "#### November",
        "- 2026-11-02 call: b",
        "### 2025",
        "- 2025-12-01 call: c",
        "## Notes",
        "- 2026-12-01 call: d",
      ].join("\n"),
    );
    expect(entries.map((e) => e.summary)).toEqual(["a", "b", "c"]);
  });

  it("reads the heading the configuration names, in any case", () => {
    const body = "## Log\n- 2026-11-20 call: a\n## Interactions\n- 2026-11-19 call: b\n";
    expect(logOf(body, { logHeading: "log" }).entries.map((e) => e.summary)).toEqual(["a"]);
  });

  it("warns about a log line with an impossible date, naming the file's line", () => {
    const { entries, diagnostics } = logOf(
      "# Jane\n\n## Interactions\n- 2026-11-20 call: ok\n- 2026-02-30 coffee: bad day\n- 2026-1-5 call: one digit\n",
    );
    expect(entries).toHaveLength(1);
    // The frontmatter takes lines 1–3, so the bad bullet is line 8.
    expect(diagnostics).toEqual([
      expect.objectContaining({
        path: JANE,
        severity: "warning",
        value: "- 2026-02-30 coffee: bad day",
        message: 'line 8 under "Interactions" has date "2026-02-30", which is not a real day (February 2026 has 28 days)',
      }),
      expect.objectContaining({
        value: "- 2026-1-5 call: one digit",
        message: 'line 9 under "Interactions" has date "2026-1-5", which is not a date Kith can read; write "2026-01-05"',
      }),
    ]);
  });

  it("warns about an unknown kind in a log line and counts it as other", () => {
    const { entries, diagnostics } = logOf("## Interactions\n- 2026-11-20 hangout: board games\n");
    expect(entries.map((e) => [e.kind, e.summary])).toEqual([["other", "board games"]]);
    expect(diagnostics[0]?.message).toMatch(/^line 5 under "Interactions" has kind "hangout"/);
  });

  it("gives each log line an id and the line it is on, also with CRLF and a BOM", () => {
    const text =
      "\uFEFF---\r\ntype: contact\r\nmet: 2026-01-01\r\n---\r\n## Interactions\r\n- 2026-11-20 call: a\r\n\r\n- 2026-11-21 call: b\r\n";
    const { network } = buildNetwork([parseNote(JANE, text)]);
    const entries = activityOf(network, JANE).interactions;
    expect(entries.map((e) => [e.id, e.line, e.summary])).toEqual([
      [`${JANE}#L8`, 8, "b"],
      [`${JANE}#L6`, 6, "a"],
    ]);
  });
});

describe("the two entry points", () => {
  it("reads the same network from Obsidian's frontmatter objects as from the files", () => {
    const fromFiles = buildNetwork(parsedVault());
    const fromObsidian = buildNetwork(obsidianVault());
    expect(fromObsidian.network.contacts).toEqual(fromFiles.network.contacts);
    expect(fromObsidian.network.interactions).toEqual(fromFiles.network.interactions);
    expect(fromObsidian.network.goals).toEqual(fromFiles.network.goals);
    expect(fromObsidian.diagnostics).toEqual(fromFiles.diagnostics);
  });

  it("reads the fixture vault as Obsidian hands it", () => {
    const { network, diagnostics } = buildNetwork(obsidianVault());
    expect([...network.contacts.keys()].sort()).toEqual([
      "People/Jane Doe.md",
      "People/Raj Patel.md",
      "People/Sam Lee.md",
    ]);
    const sam = network.contacts.get("People/Sam Lee.md");
    expect(sam).toMatchObject({
      org: { name: "Acme", path: "Orgs/Acme Corp.md" },
      relationship: "peer",
      emails: ["sam@acme.example", "sam.lee@example.org"],
      birthday: { month: 7, day: 4 },
    });
    expect(show(sam?.lastContact)).toBe("2026-09-01");
    expect(network.contacts.get("People/Raj Patel.md")?.org?.path).toBe("Orgs/Acme Corp.md");
    expect(
      activityOf(network, JANE).interactions.map((i) => [show(i.date), i.source, i.line]),
    ).toEqual([
      ["2026-11-03", "note", undefined],
      ["2026-10-02", "log", 20],
      ["2026-08-15", "log", 19],
    ]);
    // Raj's `org: [[Acme Corp]]` is unquoted: the one thing in the vault to fix.
    expect(diagnostics).toEqual([
      expect.objectContaining({ path: "People/Raj Patel.md", key: "org", severity: "warning" }),
    ]);
  });
});

describe("any frontmatter", () => {
  const keys = Object.values(FIELD_KEYS).flat();
  const key = fc.oneof(
    fc.constantFrom(...keys),
    fc.constantFrom(...keys).map((k) => k.toUpperCase().replace(/_/g, " ")),
    fc.string({ maxLength: 8 }),
  );
  const value = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom(
      "contact",
      "person",
      "interaction",
      "ask",
      "give",
      "goal",
      "update",
      "event",
      "org",
      "2026-11-20",
      "2026-02-30",
      "[[Jane Doe]]",
      "[[2026-11-20]]",
      "every 2 weeks",
      "every fortnite",
      "FREQ=MONTHLY;BYDAY=1MO",
      "constructor",
      "__proto__",
      ["toString"],
    ),
    fc.constantFrom("Jane Doe", "2026-11-20").map((s) => [[s]]),
  );
  const note = fc.record({
    path: fc.constantFrom(
      JANE,
      "People/Sam.md",
      "Interactions/a.md",
      "b.md",
      "People/Work/Jane Doe.md",
    ),
    frontmatter: fc.dictionary(key, value, { maxKeys: 12 }),
    body: fc.constantFrom(undefined, "## Interactions\n- 2026-11-20 call: hi\n- 2026-02-30 x\n"),
  });

  function deepFreeze<T>(v: T): T {
    if (typeof v === "object" && v !== null && !Object.isFrozen(v)) {
      Object.freeze(v);
      for (const x of Object.values(v)) deepFreeze(x);
    }
    return v;
  }

  it("builds a network without throwing, every problem a diagnostic, the notes untouched", () => {
    const config = aConfig({ contactFolders: ["People"], contactTags: ["person"] });
    fc.assert(
      fc.property(fc.array(note, { maxLength: 6 }), (generated) => {
        const notes: NoteInput[] = generated.map((n) => ({
          path: n.path,
          frontmatter: n.frontmatter,
          body: n.body,
        }));
        const before = structuredClone(notes);
        const { network, diagnostics } = buildNetwork(deepFreeze(notes), config);
        expect(notes).toEqual(before);
        expect(network.diagnostics).toBe(diagnostics);
        for (const d of diagnostics) {
          expect(d.path).not.toBe("");
          expect(["error", "warning"]).toContain(d.severity);
          expect(d.message).not.toMatch(/undefined|\[object Object\]/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
