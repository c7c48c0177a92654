import {
  buildNetwork,
  defaultConfig,
  formatDay,
  parseConfig,
  parseDay,
  type NoteInput,
} from "@kith/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { goingCold, warmth } from "@kith/core";

const person = (name: string, frontmatter: Record<string, unknown> = {}): NoteInput => ({
  path: `People/${name}.md`,
  frontmatter: { type: "contact", ...frontmatter },
});

let seq = 0;
const interaction = (
  date: string,
  withWhom: string | readonly string[],
  kind = "coffee",
): NoteInput => ({
  path: `Interactions/${date} ${kind} ${++seq}.md`,
  frontmatter: { type: "interaction", date, with: withWhom, kind },
});

const network = (notes: readonly NoteInput[], settings: Record<string, unknown> = {}) =>
  buildNetwork(notes, parseConfig(settings).config).network;

const JANE = "People/Jane Doe.md";

describe("warmth", () => {
  it("is 0 for someone you have never been in touch with, and for an unknown note", () => {
    const net = network([person("Jane Doe")]);
    expect(warmth(net, JANE, "2026-10-20")).toBe(0);
    expect(warmth(net, "People/Nobody.md", "2026-10-20")).toBe(0);
  });

  it("is highest on the day of a coffee and cools as time passes", () => {
    const net = network([person("Jane Doe"), interaction("2026-01-10", "[[Jane Doe]]")]);
    const onTheDay = warmth(net, JANE, "2026-01-10");
    const threeMonthsLater = warmth(net, JANE, "2026-04-10");
    const nineMonthsLater = warmth(net, JANE, "2026-10-10");
    expect(onTheDay).toBe(39);
    // 90 days is one half-life: the coffee counts half.
    expect(threeMonthsLater).toBe(22);
    expect(nineMonthsLater).toBeLessThan(threeMonthsLater);
    expect(nineMonthsLater).toBeGreaterThan(0);
  });

  it("rises with how often you are in touch", () => {
    const monthly = ["01", "02", "03", "04", "05", "06"].map((m) =>
      interaction(`2026-${m}-15`, "[[Jane Doe]]"),
    );
    const net = network([
      person("Jane Doe"),
      person("Bob Lee"),
      ...monthly,
      interaction("2026-06-15", "[[Bob Lee]]"),
    ]);
    const jane = warmth(net, JANE, "2026-06-20");
    const bob = warmth(net, "People/Bob Lee.md", "2026-06-20");
    expect(jane).toBeGreaterThan(bob);
    expect(jane).toBeGreaterThanOrEqual(70);
    expect(jane).toBeLessThanOrEqual(100);
  });

  it("weighs a call more than an email on the same day", () => {
    const net = network([
      person("Jane Doe"),
      person("Bob Lee"),
      interaction("2026-06-15", "[[Jane Doe]]", "call"),
      interaction("2026-06-15", "[[Bob Lee]]", "email"),
    ]);
    expect(warmth(net, JANE, "2026-06-15")).toBeGreaterThan(
      warmth(net, "People/Bob Lee.md", "2026-06-15"),
    );
  });

  it("does not warm a tie for seeing someone in the crowd at an event, unless events count", () => {
    const notes = [person("Jane Doe"), interaction("2026-06-15", "[[Jane Doe]]", "event")];
    expect(warmth(network(notes), JANE, "2026-06-15")).toBe(0);
    const countingEvents = network(notes, {
      countingKinds: [...defaultConfig().countingKinds, "event"],
    });
    expect(warmth(countingEvents, JANE, "2026-06-15")).toBeGreaterThan(0);
    expect(warmth(countingEvents, JANE, "2026-06-15")).toBeLessThan(
      warmth(
        network([person("Jane Doe"), interaction("2026-06-15", "[[Jane Doe]]")]),
        JANE,
        "2026-06-15",
      ),
    );
  });

  it("counts a last_contact newer than every logged interaction, but not twice for the same day", () => {
    const onlyNoted = network([person("Jane Doe", { last_contact: "2026-06-15" })]);
    expect(warmth(onlyNoted, JANE, "2026-06-15")).toBe(39);

    const loggedToo = network([
      person("Jane Doe", { last_contact: "2026-06-15" }),
      interaction("2026-06-15", "[[Jane Doe]]"),
    ]);
    expect(warmth(loggedToo, JANE, "2026-06-15")).toBe(39);

    const notedLater = network([
      person("Jane Doe", { last_contact: "2026-06-15" }),
      interaction("2026-03-01", "[[Jane Doe]]"),
    ]);
    expect(warmth(notedLater, JANE, "2026-06-15")).toBeGreaterThan(39);
  });

  it("counts one coffee logged both as a note and as a line in the contact's body once", () => {
    const both = network([
      {
        path: JANE,
        frontmatter: { type: "contact" },
        body: "## Interactions\n- 2026-06-15 coffee: roadmap\n",
      },
      interaction("2026-06-15", "[[Jane Doe]]"),
    ]);
    expect(warmth(both, JANE, "2026-06-15")).toBe(39);
  });

  it("counts a give note made out to them as an intro, once a day, and not before its day", () => {
    const give = (date: string, to: unknown = "[[Jane Doe]]"): NoteInput => ({
      path: `Gives/${date}.md`,
      frontmatter: { type: "give", to, date, gave: "an intro to Sam" },
    });
    const gave = network([person("Jane Doe"), give("2026-06-15")]);
    const intro = network([person("Jane Doe"), interaction("2026-06-15", "[[Jane Doe]]", "intro")]);
    expect(warmth(gave, JANE, "2026-06-15")).toBe(warmth(intro, JANE, "2026-06-15"));
    expect(warmth(gave, JANE, "2026-06-15")).toBeGreaterThan(0);
    expect(warmth(gave, JANE, "2026-06-14")).toBe(0);
    // Given over a coffee that day: the coffee counts, the give adds nothing.
    const overCoffee = network([person("Jane Doe"), give("2026-06-15"), interaction("2026-06-15", "[[Jane Doe]]")]);
    expect(warmth(overCoffee, JANE, "2026-06-15")).toBe(39);
    // Her name and her alias in one give are one person.
    const twice = network([person("Jane Doe", { aliases: ["JD"] }), give("2026-06-15", ["[[Jane Doe]]", "[[JD]]"])]);
    expect(warmth(twice, JANE, "2026-06-15")).toBe(warmth(gave, JANE, "2026-06-15"));
  });

  it("does not count a meeting planned after today", () => {
    const net = network([person("Jane Doe"), interaction("2026-07-01", "[[Jane Doe]]", "meeting")]);
    expect(warmth(net, JANE, "2026-06-20")).toBe(0);
    expect(warmth(net, JANE, "2026-07-01")).toBe(39);
  });

  it("accepts today as a Day as well as YYYY-MM-DD", () => {
    const net = network([person("Jane Doe"), interaction("2026-06-15", "[[Jane Doe]]")]);
    expect(warmth(net, JANE, parseDay("2026-06-20") ?? 0)).toBe(warmth(net, JANE, "2026-06-20"));
  });

  it("stays within 0–100 and only falls while nothing new happens", () => {
    const start = parseDay("2025-01-01") ?? 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.integer({ min: 0, max: 400 }),
            kind: fc.constantFrom("coffee", "email", "call", "other"),
          }),
          {
            maxLength: 30,
          },
        ),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 1, max: 400 }),
        (logged, after, later) => {
          const notes = [
            person("Jane Doe"),
            ...logged.map((l, i) => ({
              path: `Interactions/${i}.md`,
              frontmatter: {
                type: "interaction",
                date: formatDay(start + l.at),
                with: "[[Jane Doe]]",
                kind: l.kind,
              },
            })),
          ];
          const net = network(notes);
          const lastDay = start + Math.max(0, ...logged.map((l) => l.at));
          const t = lastDay + after;
          const now = warmth(net, JANE, t);
          const then = warmth(net, JANE, t + later);
          expect(now).toBeGreaterThanOrEqual(0);
          expect(now).toBeLessThanOrEqual(100);
          expect(then).toBeLessThanOrEqual(now);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("goingCold", () => {
  const mentorThenSilence = [
    person("Ann Mentor", { relationship: "mentor" }),
    interaction("2026-03-05", "[[Ann Mentor]]"),
    interaction("2026-04-02", "[[Ann Mentor]]", "call"),
    interaction("2026-05-07", "[[Ann Mentor]]", "meal"),
    interaction("2026-06-04", "[[Ann Mentor]]"),
  ];

  it("lists a mentor you used to see monthly and have not seen since, with why", () => {
    const net = network([...mentorThenSilence, person("Stranger Sam")]);
    const cold = goingCold(net, "2026-11-20");
    expect(cold.map((c) => c.name)).toEqual(["Ann Mentor"]);
    const [ann] = cold;
    expect(ann?.path).toBe("People/Ann Mentor.md");
    expect(ann?.warmthBefore).toBeGreaterThan(ann?.warmthNow ?? 100);
    expect(ann?.warmthNow).toBeLessThan(50);
    expect(ann?.lastContact).toBe(parseDay("2026-06-04"));
    expect(ann?.reason).toContain("last contact 4 Jun (coffee)");
    expect(ann?.reason).toMatch(/^Warmth \d+, down from \d+ on 22 Aug/);
  });

  it("does not list a tie you gave something to yesterday", () => {
    const give: NoteInput = {
      path: "Gives/Intro.md",
      frontmatter: { type: "give", to: "[[Ann Mentor]]", date: "2026-11-19", gave: "an intro" },
    };
    expect(goingCold(network([...mentorThenSilence, give]), "2026-11-20")).toEqual([]);
  });

  it("does not list a stranger you never contacted, nor a tie you keep warm", () => {
    const net = network([
      ...mentorThenSilence,
      person("Stranger Sam"),
      person("Fresh Fay"),
      interaction("2026-10-01", "[[Fresh Fay]]"),
      interaction("2026-11-10", "[[Fresh Fay]]"),
    ]);
    const names = goingCold(net, "2026-11-20").map((c) => c.name);
    expect(names).not.toContain("Stranger Sam");
    expect(names).not.toContain("Fresh Fay");
  });

  it("leaves out people with cadence none and people snoozed past today", () => {
    const net = network([
      person("Ann Mentor", { cadence: "none" }),
      person("Bob Lee", { snooze_until: "2026-12-01" }),
      interaction("2026-06-04", ["[[Ann Mentor]]", "[[Bob Lee]]"]),
      interaction("2026-07-04", ["[[Ann Mentor]]", "[[Bob Lee]]"]),
    ]);
    expect(goingCold(net, "2026-10-20")).toEqual([]);
  });

  it("puts the largest fall first, ties by name, and honours the limit", () => {
    const net = network([
      person("Zed"),
      person("Amy"),
      person("Big Fall"),
      interaction("2026-06-01", ["[[Zed]]", "[[Amy]]"]),
      interaction("2026-06-01", "[[Big Fall]]", "meeting"),
      interaction("2026-06-20", "[[Big Fall]]", "meeting"),
      interaction("2026-07-10", "[[Big Fall]]", "meeting"),
    ]);
    const cold = goingCold(net, "2026-10-20");
    expect(cold.map((c) => c.name)).toEqual(["Big Fall", "Amy", "Zed"]);
    expect(goingCold(net, "2026-10-20", { limit: 2 }).map((c) => c.name)).toEqual([
      "Big Fall",
      "Amy",
    ]);
  });
});
