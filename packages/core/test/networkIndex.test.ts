import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildNetwork,
  compareDiagnostics,
  dueFollowUps,
  NetworkIndex,
  search,
  tellNamesakesApart,
  type Diagnostic,
  type FollowUp,
  type NoteInput,
} from "@kith/core";
import { aContactNote, anInteractionNote } from "./builders";

const TODAY = "2026-11-25";
const NAMES = ["Ana", "Ben", "Chen", "Dara", "Eli"];
const CONTACT_PATHS = [...NAMES.map((n) => `People/${n}.md`), "Old/Ana.md", "Archive/Ben.md"];
const OTHER_PATHS = ["Interactions/a.md", "Interactions/b.md", "Interactions/c.md", "Asks/x.md", "Updates/u.md", "Orgs/Acme.md", "Daily/2026-11-20.md"];
const PATHS = [...CONTACT_PATHS, ...OTHER_PATHS];

const day = fc.integer({ min: 1, max: 120 }).map((n) => {
  const d = new Date(Date.UTC(2026, 7, 1) + n * 86_400_000);
  return d.toISOString().slice(0, 10);
});
const link = fc.constantFrom(...NAMES, "Nobody", "Acme").map((n) => `[[${n}]]`);

/** Random frontmatter for any kind of note, as Obsidian hands it over. */
const frontmatter: fc.Arbitrary<Record<string, unknown> | undefined> = fc.oneof(
  fc.record(
    {
      type: fc.constantFrom("contact", "person"),
      aliases: fc.array(fc.constantFrom(...NAMES, "Boss"), { maxLength: 2 }),
      cadence: fc.constantFrom("monthly", "2w", "quarterly", "FREQ=MONTHLY;BYDAY=1MO", "every fortnite", null),
      last_contact: fc.option(day, { nil: null }),
      met: fc.option(day, { nil: null }),
      relationship: fc.constantFrom("mentor", "peer", "client"),
      tags: fc.array(fc.constantFrom("ml", "berlin"), { maxLength: 2 }),
      snooze_until: fc.option(day, { nil: null }),
      next_step_due: fc.option(day, { nil: null }),
      org: fc.option(link, { nil: null }),
    },
    { requiredKeys: ["type"] },
  ),
  fc.record(
    {
      type: fc.constant("interaction"),
      date: day,
      with: fc.array(link, { minLength: 1, maxLength: 3 }),
      kind: fc.constantFrom("coffee", "email", "event", "call"),
      gave: fc.option(fc.constant("an intro"), { nil: undefined }),
      next_step_due: fc.option(day, { nil: undefined }),
    },
    { requiredKeys: ["type", "date", "with"] },
  ),
  // A give note counts as contact with the people it is made out to.
  fc.record({ type: fc.constant("give"), to: fc.array(link, { minLength: 1, maxLength: 2 }), date: day, gave: fc.constant("advice") }),
  fc.record({
    type: fc.constant("ask"),
    asked: link,
    status: fc.constantFrom("idea", "asked", "agreed", "referred", "hired"),
    asked_on: day,
    referred_on: day,
    closed_on: day,
    thanked: fc.boolean(),
  }),
  fc.record({
    type: fc.constant("update"),
    title: fc.constant("Shipped it"),
    date: day,
    audience: fc.array(fc.constantFrom("mentor", "peer", "ml"), { maxLength: 2 }),
    told: fc.array(link, { maxLength: 2 }),
  }),
  fc.record({ type: fc.constant("org"), aliases: fc.array(fc.constantFrom("Acme", "ACME Inc"), { maxLength: 1 }) }),
  fc.constant(undefined),
);

const body = fc.constantFrom(undefined, "## Interactions\n- 2026-11-01 coffee: hi\n", "## Interactions\n- 2026-10-01 event\n- 2026-09-30 call\n");

type Op =
  | { op: "upsert"; path: string; frontmatter: Record<string, unknown> | undefined; body: string | undefined }
  | { op: "remove"; path: string }
  | { op: "rename"; from: string; to: string };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant("upsert" as const), path: fc.constantFrom(...PATHS), frontmatter, body }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("remove" as const), path: fc.constantFrom(...PATHS) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("rename" as const), from: fc.constantFrom(...PATHS), to: fc.constantFrom(...PATHS) }) },
);

const noteOf = (path: string, fm: Record<string, unknown> | undefined, b: string | undefined): NoteInput => ({
  path,
  ...(fm === undefined ? {} : { frontmatter: fm }),
  ...(b === undefined ? {} : { body: b }),
  created: "2026-06-01",
});

const rows = (list: readonly FollowUp[]) => list.map((f) => JSON.stringify(f));
const diags = (list: readonly Diagnostic[]) => [...list].sort(compareDiagnostics).map((d) => JSON.stringify(d)).sort();
const hits = (list: readonly { path: string; score: number }[]) =>
  list.map((h) => `${h.score.toFixed(6)} ${h.path}`).sort();

describe("NetworkIndex", () => {
  it("gives the same follow-ups, search results and diagnostics as building from scratch, after any changes", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), fc.boolean(), (ops, askEarly) => {
        const index = new NetworkIndex();
        const notes = new Map<string, NoteInput>();
        // Asking before and between the changes exercises the incremental refresh and search
        // index; after, the ones made in full.
        const ask = () => {
          if (!askEarly) return;
          index.dueFollowUps({ today: TODAY, within: 30 });
          index.search("ana");
          index.tellNamesakesApart();
        };
        ask();
        for (const o of ops) {
          ask();
          if (o.op === "upsert") {
            const n = noteOf(o.path, o.frontmatter, o.body);
            notes.set(o.path, n);
            index.upsert(n);
          } else if (o.op === "remove") {
            notes.delete(o.path);
            index.remove(o.path);
          } else {
            const n = notes.get(o.from);
            if (n === undefined || notes.has(o.to) || o.from === o.to) continue;
            notes.delete(o.from);
            notes.set(o.to, { ...n, path: o.to });
            index.rename(o.from, o.to);
          }
        }
        const fresh = buildNetwork([...notes.values()]);
        expect(rows(index.dueFollowUps({ today: TODAY, within: 30 }))).toEqual(
          rows(dueFollowUps(fresh.network, { today: TODAY, within: 30 })),
        );
        expect(diags(index.diagnostics())).toEqual(diags(fresh.diagnostics));
        for (const q of ["ana", "ben", "boss", "ml"]) {
          expect(hits(index.search(q))).toEqual(hits(search(fresh.network, q)));
        }
        expect([...index.network.contacts.keys()].sort()).toEqual([...fresh.network.contacts.keys()].sort());
        // Old/Ana.md and People/Ana.md, while both are contacts, are shown with their notes.
        const shown = (show: (name: string, path: string) => string) =>
          [...fresh.network.contacts.values()].map((c) => show(c.name, c.path)).sort();
        expect(shown(index.tellNamesakesApart())).toEqual(shown(tellNamesakesApart(fresh.network)));
      }),
      { numRuns: 300 },
    );
  });

  it("tells namesakes apart as the network does, and stops once one is renamed or deleted", () => {
    const index = new NetworkIndex();
    index.upsertAll([
      aContactNote({ cadence: "weekly" }, { path: "People/Sam Lee.md" }),
      aContactNote({ cadence: "weekly" }, { path: "Old/Sam Lee.md" }),
      aContactNote({ cadence: "weekly" }, { path: "People/Jo.md" }),
    ]);
    const show = index.tellNamesakesApart();
    expect(show("Sam Lee", "Old/Sam Lee.md")).toBe("Sam Lee (Old/Sam Lee)");
    expect(show("Sam Lee", "People/Sam Lee.md")).toBe("Sam Lee (People/Sam Lee)");
    expect(show("Jo", "People/Jo.md")).toBe("Jo");
    // The same function while every name shows the same: a list compares it to know.
    index.upsert(aContactNote({ cadence: "monthly" }, { path: "People/Jo.md" }));
    index.upsert(anInteractionNote({ date: "2026-11-24", with: "[[Old/Sam Lee]]", kind: "coffee" }));
    expect(index.tellNamesakesApart()).toBe(show);
    // A namesake's own note edited, its name kept (the plugin redrew every row for it).
    index.upsert(aContactNote({ cadence: "monthly" }, { path: "Old/Sam Lee.md" }));
    index.upsert(aContactNote({ cadence: "monthly", name: "SAM LEE" }, { path: "People/Sam Lee.md" }));
    expect(index.tellNamesakesApart()).toBe(show);
    // Stopping being a contact is leaving the name.
    index.upsert(aContactNote({ type: "org" }, { path: "People/Sam Lee.md" }));
    expect(index.tellNamesakesApart()("Sam Lee", "Old/Sam Lee.md")).toBe("Sam Lee");
    index.upsert(aContactNote({ cadence: "weekly" }, { path: "People/Sam Lee.md" }));
    expect(index.tellNamesakesApart()("Sam Lee", "Old/Sam Lee.md")).toBe("Sam Lee (Old/Sam Lee)");
    const again = index.tellNamesakesApart();
    index.rename("Old/Sam Lee.md", "Old/Samuel Lee.md");
    expect(index.tellNamesakesApart()).not.toBe(again);
    expect(index.tellNamesakesApart()("Sam Lee", "People/Sam Lee.md")).toBe("Sam Lee");
    // A name given in the note counts as kith log reads it: whatever its case.
    index.upsert(aContactNote({ name: "sam lee" }, { path: "Old/Samuel Lee.md" }));
    expect(index.tellNamesakesApart()("Sam Lee", "People/Sam Lee.md")).toBe("Sam Lee (People/Sam Lee)");
    index.remove("Old/Samuel Lee.md");
    expect(index.tellNamesakesApart()("Sam Lee", "People/Sam Lee.md")).toBe("Sam Lee");
  });

  it("refreshes one contact's follow-ups when an interaction with them arrives", () => {
    const index = new NetworkIndex();
    index.upsertAll([
      aContactNote({ cadence: "monthly", last_contact: "2026-10-01" }, { path: "People/Jane Doe.md" }),
      aContactNote({ cadence: "monthly", last_contact: "2026-10-05" }, { path: "People/Sam Lee.md" }),
    ]);
    expect(index.dueFollowUps({ today: TODAY }).map((f) => f.contact)).toEqual(["Jane Doe", "Sam Lee"]);
    const version = index.version;
    index.upsert(anInteractionNote({ date: "2026-11-24", with: "[[Jane Doe]]", kind: "coffee" }));
    expect(index.version).toBeGreaterThan(version);
    expect(index.dueFollowUps({ today: TODAY }).map((f) => f.contact)).toEqual(["Sam Lee"]);
  });

  it("refreshes a contact's follow-ups when a give note to them arrives, changes or goes", () => {
    const index = new NetworkIndex();
    index.upsertAll([aContactNote({ cadence: "monthly", last_contact: "2026-10-01" }, { path: "People/Jane Doe.md" })]);
    expect(index.dueFollowUps({ today: TODAY }).map((f) => f.detail)).toEqual(["Monthly; last contact 1 Oct"]);
    const give = (date: string) =>
      noteOf("Gives/Intro.md", { type: "give", to: "[[Jane Doe]]", date, gave: "an intro" }, "");
    index.upsert(give("2026-11-20"));
    expect(index.dueFollowUps({ today: TODAY })).toEqual([]);
    index.upsert(give("2026-10-10"));
    expect(index.dueFollowUps({ today: TODAY }).map((f) => f.detail)).toEqual(["Monthly; last contact 10 Oct (give)"]);
    index.remove("Gives/Intro.md");
    expect(index.dueFollowUps({ today: TODAY }).map((f) => f.detail)).toEqual(["Monthly; last contact 1 Oct"]);
  });

  it("follows a renamed contact: links by the old name stop resolving, by the new name start", () => {
    const index = new NetworkIndex();
    index.upsertAll([
      aContactNote({ cadence: "weekly" }, { path: "People/Jane Doe.md" }),
      anInteractionNote({ date: "2026-11-24", with: "[[Janet Doe]]", kind: "coffee" }),
    ]);
    expect(index.diagnostics().some((d) => d.value === "[[Janet Doe]]")).toBe(true);
    index.rename("People/Jane Doe.md", "People/Janet Doe.md");
    expect(index.diagnostics().some((d) => d.value === "[[Janet Doe]]")).toBe(false);
    expect(index.network.contacts.has("People/Janet Doe.md")).toBe(true);
    expect(index.search("janet").map((h) => h.path)).toEqual(["People/Janet Doe.md"]);
  });

  it("forgets a deleted note everywhere", () => {
    const index = new NetworkIndex();
    index.upsertAll([aContactNote({ cadence: "weekly", last_contact: "2026-11-01" })]);
    expect(index.dueFollowUps({ today: TODAY })).toHaveLength(1);
    index.remove("People/Jane Doe.md");
    expect(index.dueFollowUps({ today: TODAY })).toEqual([]);
    expect(index.search("jane")).toEqual([]);
    expect(index.has("People/Jane Doe.md")).toBe(false);
  });

  it("names the alias key a note uses now, after the note changes its spelling (aliases to alias)", () => {
    const index = new NetworkIndex();
    const kd = (path: string, fm: Record<string, unknown>) => aContactNote(fm, { path });
    index.upsertAll([kd("People/Kim.md", { aliases: ["KD"] }), kd("People/Ken.md", { aliases: ["KD"] })]);
    expect(index.diagnostics().filter((d) => d.value === "KD").map((d) => d.key)).toEqual(["aliases", "aliases"]);
    index.upsert(kd("People/Kim.md", { alias: "KD" }));
    const fresh = buildNetwork([kd("People/Kim.md", { alias: "KD" }), kd("People/Ken.md", { aliases: ["KD"] })]).diagnostics;
    expect(index.diagnostics().filter((d) => d.value === "KD")).toEqual(fresh.filter((d) => d.value === "KD"));
    expect(fresh.filter((d) => d.path === "People/Kim.md").map((d) => d.key)).toEqual(["alias"]);
  });

  it("warns of an alias two contacts share as notes are added, changed, renamed and removed", () => {
    const index = new NetworkIndex();
    const warned = () =>
      index
        .diagnostics()
        .filter((d) => d.key === "aliases")
        .map((d) => `${d.path}: ${d.message.slice(0, d.message.indexOf(":"))}`);
    const john = (aliases: readonly string[], path = "People/John Dean.md") => aContactNote({ aliases }, { path });
    index.upsertAll([aContactNote({ aliases: ["JD"] }), john([])]);
    expect(warned()).toEqual([]);
    index.upsert(john(["jd"]));
    expect(warned()).toEqual([
      'People/Jane Doe.md: alias "JD" is also an alias of People/John Dean.md',
      'People/John Dean.md: alias "jd" is also an alias of People/Jane Doe.md',
    ]);
    index.rename("People/John Dean.md", "Work/John Dean.md");
    expect(warned()).toEqual([
      'People/Jane Doe.md: alias "JD" is also an alias of Work/John Dean.md',
      'Work/John Dean.md: alias "jd" is also an alias of People/Jane Doe.md',
    ]);
    index.upsert(john(["Johnny"], "Work/John Dean.md"));
    expect(warned()).toEqual([]);
    index.upsert(john([], "People/JD.md"));
    expect(warned()).toEqual(['People/Jane Doe.md: alias "JD" is the file name of People/JD.md']);
    index.upsert({ path: "People/JD.md", frontmatter: { type: "org" } });
    expect(warned()).toEqual([]);
    index.upsert(john(["JD"], "People/Jade.md"));
    expect(warned()).toEqual([
      'People/Jade.md: alias "JD" is also an alias of People/Jane Doe.md',
      'People/Jane Doe.md: alias "JD" is also an alias of People/Jade.md',
    ]);
    index.remove("People/Jade.md");
    expect(warned()).toEqual([]);
  });
});
