import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FOLLOW_UP_REASONS,
  InvalidDayError,
  compareFollowUps,
  dueFollowUps,
  followUpsOf,
  formatDay,
  parseDay,
  type Day,
  type FollowUp,
  type FollowUpReason,
  type KithConfig,
  type NoteInput,
} from "@kith/core";
import {
  aConfig,
  aContactNote,
  aGiveNote,
  anAskNote,
  anEventNote,
  anInteractionNote,
  anUpdateNote,
  networkOf,
  type Frontmatter,
} from "./builders";

const JANE = "People/Jane Doe.md";
const SAM = "People/Sam Lee.md";
const ASK = "Asks/Referral to Acme.md";
const UPDATE = "Updates/Promoted.md";
/** Wednesday. */
const TODAY = "2026-11-25";

function day(text: string): Day {
  const d = parseDay(text);
  if (d === undefined) throw new Error(`bad test day ${text}`);
  return d;
}

interface Run {
  readonly today?: string;
  /** Days ahead; default: far enough to see everything. */
  readonly within?: number;
  readonly config?: KithConfig;
}

/** The due list on `today` (default {@link TODAY}). */
function followUps(notes: readonly NoteInput[], run: Run = {}): FollowUp[] {
  const { network } = networkOf(notes, run.config);
  return dueFollowUps(network, { today: run.today ?? TODAY, within: run.within ?? 3650 });
}

/** The rows for one reason. */
function rowsFor(reason: FollowUpReason, notes: readonly NoteInput[], run: Run = {}): FollowUp[] {
  return followUps(notes, run).filter((f) => f.reason === reason);
}

/** The one row for a reason; fails the test when there is not exactly one. */
function theRow(reason: FollowUpReason, notes: readonly NoteInput[], run: Run = {}): FollowUp {
  const rows = rowsFor(reason, notes, run);
  expect(rows, `${reason} rows`).toHaveLength(1);
  return rows[0] as FollowUp;
}

/** `YYYY-MM-DD name reason` per row, the way a user scans the list. */
const lines = (rows: readonly FollowUp[]): string[] =>
  rows.map((f) => `${f.due} ${f.contact} ${f.reason}`);

const sam = (frontmatter: Frontmatter = {}): NoteInput => aContactNote(frontmatter, { path: SAM });

const contactWith = (name: string, frontmatter: Frontmatter = {}): NoteInput =>
  aContactNote(frontmatter, { path: `People/${name}.md` });

/** An interaction with Jane (a coffee unless `kind` says otherwise), filed by date and kind. */
const interaction = (date: string, frontmatter: Frontmatter = {}): NoteInput => {
  const kind = typeof frontmatter["kind"] === "string" ? frontmatter["kind"] : "coffee";
  return anInteractionNote({ date, ...frontmatter }, { path: `Interactions/${date} ${kind}.md` });
};

/** An ask of Jane's: a referral asked on 1 Oct, unless the keys given say otherwise. */
const anAsk = (frontmatter: Frontmatter, path = ASK): NoteInput => anAskNote(frontmatter, { path });

describe("the reasons, in the order of the design's table", () => {
  it("are listed most urgent first", () => {
    expect(FOLLOW_UP_REASONS).toEqual([
      "thank",
      "ask-follow-up",
      "close-loop",
      "next-step",
      "new-contact",
      "cadence",
      "share-update",
      "birthday",
    ]);
  });
});

describe("a cadence", () => {
  it("falls due one interval after the last coffee, and says how often and when you last met", () => {
    const coffee = interaction("2026-10-20");
    const row = theRow("cadence", [aContactNote({ cadence: "monthly" }), coffee]);
    expect(row).toMatchObject({
      contact: "Jane Doe",
      path: JANE,
      due: "2026-11-20",
      dueDay: day("2026-11-20"),
      overdueDays: 5,
      level: "due",
      detail: "Monthly; last contact 20 Oct (coffee)",
      sources: [JANE, "Interactions/2026-10-20 coffee.md"],
    });
  });

  it("runs from last_contact when no interaction is later, and names only the day", () => {
    const row = theRow("cadence", [
      aContactNote({ cadence: "every 2 weeks", last_contact: "2026-11-01" }),
    ]);
    expect(row).toMatchObject({
      due: "2026-11-15",
      detail: "Every 2 weeks; last contact 1 Nov",
      sources: [JANE],
    });
  });

  it("runs from a give note made out to them: an intro or advice sent is being in touch", () => {
    const give = aGiveNote({ date: "2026-11-01", gave: "an intro to Sam" });
    const row = theRow("cadence", [aContactNote({ cadence: "every 2 weeks", last_contact: "2026-10-01" }), give]);
    expect(row).toMatchObject({
      due: "2026-11-15",
      detail: "Every 2 weeks; last contact 1 Nov (give)",
      sources: [JANE, "Gives/Intro for Jane.md"],
    });
    // An older give, or one planned after today, leaves the later contact in force.
    const older = aGiveNote({ date: "2026-09-01" });
    expect(theRow("cadence", [aContactNote({ cadence: "monthly", last_contact: "2026-10-20" }), older]).detail).toBe(
      "Monthly; last contact 20 Oct",
    );
    const planned = aGiveNote({ date: "2026-12-01" });
    expect(theRow("cadence", [aContactNote({ cadence: "monthly", last_contact: "2026-10-20" }), planned]).detail).toBe(
      "Monthly; last contact 20 Oct",
    );
  });

  it("gives the year of a last contact in another year", () => {
    const row = theRow("cadence", [
      aContactNote({ cadence: "yearly", last_contact: "2025-12-10" }),
    ]);
    expect(row.due).toBe("2026-12-10");
    expect(row.detail).toBe("Yearly; last contact 10 Dec 2025");
  });

  it("is reset for both people by one interaction with two of them", () => {
    const notes = [
      aContactNote({ cadence: "monthly", last_contact: "2026-09-01" }),
      sam({ cadence: "monthly", last_contact: "2026-09-01" }),
    ];
    const before = rowsFor("cadence", notes).map((f) => `${f.contact} ${f.due}`);
    expect(before).toEqual(["Jane Doe 2026-10-01", "Sam Lee 2026-10-01"]);

    const lunch = interaction("2026-11-02", {
      kind: "meal",
      with: ["[[Jane Doe]]", "[[Sam Lee]]"],
    });
    const after = rowsFor("cadence", [...notes, lunch]);
    expect(after.map((f) => `${f.contact} ${f.due} ${f.detail}`)).toEqual([
      "Jane Doe 2026-12-02 Monthly; last contact 2 Nov (meal)",
      "Sam Lee 2026-12-02 Monthly; last contact 2 Nov (meal)",
    ]);
  });

  it("is not reset by seeing someone at an event", () => {
    const notes = [
      aContactNote({ cadence: "monthly", last_contact: "2026-09-01" }),
      interaction("2026-11-02", { kind: "event" }),
    ];
    expect(theRow("cadence", notes)).toMatchObject({
      due: "2026-10-01",
      detail: "Monthly; last contact 1 Sep",
    });
  });

  it("is reset by an event when the configuration counts events", () => {
    const notes = [
      aContactNote({ cadence: "monthly", last_contact: "2026-09-01" }),
      interaction("2026-11-02", { kind: "event" }),
    ];
    const config = aConfig({ countingKinds: ["coffee", "event"] });
    expect(theRow("cadence", notes, { config }).due).toBe("2026-12-02");
  });

  it("is not reset by an interaction planned after today", () => {
    const notes = [
      aContactNote({ cadence: "monthly", last_contact: "2026-09-01" }),
      interaction("2026-12-01"),
    ];
    expect(theRow("cadence", notes).due).toBe("2026-10-01");
  });

  it.each([
    ["2027-01-31", "monthly", "2027-02-28"],
    ["2028-01-31", "monthly", "2028-02-29"],
    ["2026-03-31", "monthly", "2026-04-30"],
    ["2026-11-30", "quarterly", "2027-02-28"],
    ["2028-02-29", "yearly", "2029-02-28"],
    ["2027-01-31", "P1M2W", "2027-03-14"],
    ["2028-02-29", "monthly", "2028-03-29"],
    ["2027-02-28", "monthly", "2027-03-28"],
    ["2026-12-31", "monthly", "2027-01-31"],
    ["2026-12-31", "every 2 months", "2027-02-28"],
    ["2027-12-31", "every 2 months", "2028-02-29"],
    ["2026-12-28", "weekly", "2027-01-04"],
    ["2026-12-25", "10d", "2027-01-04"],
  ])("after a last contact on %s, %s falls due on %s (month ends clamp)", (last, cadence, due) => {
    const row = theRow("cadence", [aContactNote({ cadence, last_contact: last })], { today: last });
    expect(row.due).toBe(due);
  });

  it.each([
    ["RRULE:FREQ=MONTHLY;BYDAY=1MO", "2026-11-03", "2026-12-07"],
    ["RRULE:FREQ=MONTHLY;BYDAY=1MO", "2026-11-01", "2026-11-02"],
    // On the rule's day itself: the next occurrence, not the same day.
    ["RRULE:FREQ=MONTHLY;BYDAY=1MO", "2026-11-02", "2026-12-07"],
    ["every month on the first Monday", "2026-11-03", "2026-12-07"],
    ["FREQ=WEEKLY;BYDAY=FR", "2026-11-25", "2026-11-27"],
  ])(
    "a calendar cadence %s after a contact on %s falls on the rule's date, %s",
    (cadence, last, due) => {
      const row = theRow("cadence", [aContactNote({ cadence, last_contact: last })]);
      expect(row.due).toBe(due);
    },
  );

  it("says the calendar rule in words", () => {
    const row = theRow("cadence", [
      aContactNote({ cadence: "RRULE:FREQ=MONTHLY;BYDAY=1MO", last_contact: "2026-11-03" }),
    ]);
    expect(row.detail).toBe("Every month on the 1st Monday; last contact 3 Nov");
  });

  it("counts from the day you met when there has been no contact yet", () => {
    const row = theRow("cadence", [aContactNote({ cadence: "monthly", met: "2026-10-10" })]);
    expect(row).toMatchObject({ due: "2026-11-10", detail: "Monthly; no contact yet; met 10 Oct" });
  });

  it("counts from the note's creation when there is neither contact nor met", () => {
    const row = theRow("cadence", [
      aContactNote({ cadence: "monthly" }, { created: "2026-09-15" }),
    ]);
    expect(row).toMatchObject({
      due: "2026-10-15",
      detail: "Monthly; no contact yet; note created 15 Sep",
    });
  });

  it("has nothing to count from without contact, met or creation date", () => {
    expect(rowsFor("cadence", [aContactNote({ cadence: "monthly" })])).toEqual([]);
  });

  it("of none silences a relationship's default", () => {
    const notes = [
      aContactNote({ relationship: "mentor", cadence: "none", last_contact: "2025-01-01" }),
    ];
    expect(rowsFor("cadence", notes)).toEqual([]);
  });

  it("defaults by relationship: a mentor every 2 months, an advisor quarterly, a peer not at all", () => {
    const notes = [
      aContactNote({ relationship: "mentor", last_contact: "2026-09-10" }),
      sam({ relationship: "advisor", last_contact: "2026-09-10" }),
      contactWith("Pat Peer", { relationship: "peer", last_contact: "2026-01-10" }),
    ];
    expect(rowsFor("cadence", notes).map((f) => `${f.contact} ${f.due} ${f.detail}`)).toEqual([
      "Jane Doe 2026-11-10 Every 2 months (default for mentor); last contact 10 Sep",
      "Sam Lee 2026-12-10 Every 3 months (default for advisor); last contact 10 Sep",
    ]);
  });

  it("defaults by a configured tag, and names the tag", () => {
    const config = aConfig({ cadenceByTag: { "#investor": "quarterly" } });
    const notes = [aContactNote({ tags: ["founder", "investor"], last_contact: "2026-08-01" })];
    expect(theRow("cadence", notes, { config })).toMatchObject({
      due: "2026-11-01",
      detail: "Every 3 months (default for #investor); last contact 1 Aug",
    });
    expect(rowsFor("cadence", notes)).toEqual([]);
  });

  it("defaults by the most specific configured tag: the note's own, else its nearest parent", () => {
    const config = aConfig({ cadenceByTag: { work: "yearly", "work/acme": "quarterly", friend: "monthly" } });
    const detail = (tags: readonly string[]) =>
      theRow("cadence", [aContactNote({ tags, last_contact: "2026-01-10" })], { config }).detail;
    expect(detail(["work/acme/london"])).toBe("Every 3 months (default for #work/acme); last contact 10 Jan");
    expect(detail(["work/globex"])).toBe("Yearly (default for #work); last contact 10 Jan");
    // An exact tag beats a parent of another tag, whatever their order in the note.
    expect(detail(["work/acme/london", "friend"])).toBe("Monthly (default for #friend); last contact 10 Jan");
    expect(rowsFor("cadence", [aContactNote({ tags: ["workshop"], last_contact: "2026-01-10" })], { config })).toEqual([]);
  });

  it("takes a nested tag over its parent when the note lists both (#work and #work/acme)", () => {
    const config = aConfig({ cadenceByTag: { work: "yearly", "work/acme": "quarterly" } });
    const detail = (tags: readonly string[]) =>
      theRow("cadence", [aContactNote({ tags, last_contact: "2026-01-10" })], { config }).detail;
    expect(detail(["work", "work/acme"])).toBe("Every 3 months (default for #work/acme); last contact 10 Jan");
    expect(detail(["work", "work/acme/london"])).toBe("Every 3 months (default for #work/acme); last contact 10 Jan");
  });

  it("by relationship still wins over a nested tag's", () => {
    const config = aConfig({ cadenceByTag: { "work/acme": "weekly" } });
    const notes = [aContactNote({ relationship: "mentor", tags: ["work/acme/london"], last_contact: "2026-01-10" })];
    expect(theRow("cadence", notes, { config }).detail).toBe("Every 2 months (default for mentor); last contact 10 Jan");
  });

  it("of the note wins over the relationship's, which wins over the tag's", () => {
    const config = aConfig({ cadenceByTag: { investor: "weekly" } });
    const own = [
      aContactNote({
        relationship: "mentor",
        tags: ["investor"],
        cadence: "yearly",
        last_contact: "2026-01-10",
      }),
    ];
    expect(theRow("cadence", own, { config }).detail).toBe("Yearly; last contact 10 Jan");
    const byRelationship = [
      aContactNote({ relationship: "mentor", tags: ["investor"], last_contact: "2026-01-10" }),
    ];
    expect(theRow("cadence", byRelationship, { config }).detail).toBe(
      "Every 2 months (default for mentor); last contact 10 Jan",
    );
  });
});

describe("how cold a follow-up is", () => {
  // Every 4 weeks is 28 days; 25% of it is 7 days of tolerance. Due on 25 Nov.
  const fourWeekly = [aContactNote({ cadence: "every 4 weeks", last_contact: "2026-10-28" })];
  const levelOn = (today: string, config?: KithConfig) => {
    const row = theRow("cadence", fourWeekly, {
      today,
      ...(config === undefined ? {} : { config }),
    });
    return `${row.level} ${row.overdueDays}`;
  };

  it("is upcoming before the due day, with negative overdueDays", () => {
    expect(levelOn("2026-11-24")).toBe("upcoming -1");
  });

  it("is due on the due day with overdueDays 0, and through the cadence's tolerance (25%)", () => {
    expect(levelOn("2026-11-25")).toBe("due 0");
    expect(levelOn("2026-12-02")).toBe("due 7");
  });

  it("is overdue once the tolerance has passed", () => {
    expect(levelOn("2026-12-03")).toBe("overdue 8");
  });

  it("takes the tolerance from the configuration", () => {
    const half = aConfig({ tolerance: 0.5 });
    expect(levelOn("2026-12-09", half)).toBe("due 14");
    expect(levelOn("2026-12-10", half)).toBe("overdue 15");
    expect(levelOn("2026-11-26", aConfig({ tolerance: 0 }))).toBe("overdue 1");
  });

  // The grace of the other reasons: a thank-you goes stale fast, an update can wait a week.
  const graces: readonly (readonly [FollowUpReason, readonly NoteInput[], string, number])[] = [
    [
      "thank",
      [
        aContactNote(),
        anAsk({ status: "referred", responded_on: "2026-11-19", referred_on: "2026-11-20" }),
      ],
      "2026-11-21",
      2,
    ],
    [
      "ask-follow-up",
      [aContactNote(), anAsk({ status: "asked", asked_on: "2026-11-10" })],
      "2026-11-17",
      3,
    ],
    [
      "close-loop",
      [aContactNote(), anAsk({ status: "withdrawn", closed_on: "2026-11-20" })],
      "2026-11-22",
      3,
    ],
    [
      "next-step",
      [aContactNote({ next_step: "Send the deck", next_step_due: "2026-11-20" })],
      "2026-11-20",
      0,
    ],
    ["new-contact", [aContactNote({ met: "2026-11-20" })], "2026-11-22", 3],
    [
      "share-update",
      [
        aContactNote({ relationship: "mentor" }),
        anUpdateNote({ date: "2026-11-20", audience: ["mentor"] }),
      ],
      "2026-11-20",
      7,
    ],
  ];
  it.each(graces)(
    "%s is due for its grace after the due day, then overdue",
    (reason, notes, due, grace) => {
      const on = (today: Day) => theRow(reason, notes, { today: formatDay(today) });
      expect(on(day(due))).toMatchObject({ due, overdueDays: 0, level: "due" });
      expect(on(day(due) + grace)).toMatchObject({ overdueDays: grace, level: "due" });
      expect(on(day(due) + grace + 1)).toMatchObject({ overdueDays: grace + 1, level: "overdue" });
    },
  );

  it.each([
    ["1990-02-29", "is not a real day (February 1990 has 28 days); check the date, or write --MM-DD without the year"],
    ["1990-13-01", "is not a birthday; write YYYY-MM-DD, or --MM-DD without the year"],
    ["--02-30", "is not a real day (February has at most 29 days); check the date, or write --MM-DD without the year"],
    ["04-31", "is not a real day (April has at most 30 days); check the date, or write --MM-DD without the year"],
    ["--13-01", "is not a birthday; write YYYY-MM-DD, or --MM-DD without the year"],
  ])("says what is wrong with birthday %s", (birthday, why) => {
    const { diagnostics } = networkOf([aContactNote({ birthday })]);
    expect(diagnostics).toMatchObject([{ key: "birthday", value: birthday, message: `birthday "${birthday}" ${why}` }]);
  });

  it("is never overdue for a birthday: the day after, next year's is upcoming", () => {
    const notes = [aContactNote({ birthday: "1990-12-03" })];
    const config = aConfig({ birthdays: true });
    expect(theRow("birthday", notes, { config, today: "2026-12-03" })).toMatchObject({
      level: "due",
      overdueDays: 0,
    });
    expect(theRow("birthday", notes, { config, today: "2026-12-04" })).toMatchObject({
      due: "2027-12-03",
      level: "upcoming",
    });
  });
});

describe("the horizon", () => {
  // Monthly from 2 Nov: due 2 Dec, seven days after TODAY.
  const notes = [aContactNote({ cadence: "monthly", last_contact: "2026-11-02" })];
  const { network } = networkOf(notes);

  it("includes what falls due on the last day of `within`, as upcoming", () => {
    const rows = dueFollowUps(network, { today: TODAY, within: 7 });
    expect(rows.map((f) => `${f.due} ${f.level} ${f.overdueDays}`)).toEqual([
      "2026-12-02 upcoming -7",
    ]);
  });

  it("leaves out what falls due the day after", () => {
    expect(dueFollowUps(network, { today: TODAY, within: 6 })).toEqual([]);
  });

  it("is the configured horizon (7 days by default) when `within` is not given", () => {
    expect(dueFollowUps(network, { today: TODAY })).toHaveLength(1);
    const short = networkOf(notes, aConfig({ horizonDays: 3 })).network;
    expect(dueFollowUps(short, { today: TODAY })).toEqual([]);
  });

  it("always includes what is overdue, however long ago", () => {
    const old = networkOf([
      aContactNote({ cadence: "yearly", last_contact: "2020-01-01" }),
    ]).network;
    expect(dueFollowUps(old, { today: TODAY, within: 0 }).map((f) => f.due)).toEqual([
      "2021-01-01",
    ]);
  });
});

describe("the order of the list", () => {
  // Every reason falls due for Jane on TODAY; Aaron's cadence ties with hers; Zoe is a day earlier.
  const config = aConfig({ birthdays: true });
  const notes = [
    aContactNote({
      relationship: "peer",
      met: "2026-11-23",
      cadence: "every 2 days",
      next_step: "Send the deck",
      next_step_due: TODAY,
      birthday: "1990-11-25",
    }),
    anAsk({
      status: "referred",
      asked_on: "2026-11-01",
      responded_on: "2026-11-10",
      referred_on: "2026-11-24",
    }),
    anAsk({ ask: "intro", status: "asked", asked_on: "2026-11-18" }, "Asks/Intro to Globex.md"),
    anAsk(
      {
        status: "rejected",
        asked_on: "2026-10-01",
        responded_on: "2026-10-03",
        referred_on: "2026-10-05",
        closed_on: "2026-11-23",
        thanked: true,
      },
      "Asks/Referral to Initech.md",
    ),
    anUpdateNote({ date: TODAY, audience: ["peer"] }),
    // Named by `name`, filed where its path sorts after Jane's: the list goes by name.
    aContactNote(
      { name: "Aaron Able", cadence: "weekly", last_contact: "2026-11-18" },
      { path: "People/zz/aaron.md" },
    ),
    contactWith("Zoe Zhu", { cadence: "weekly", last_contact: "2026-11-17" }),
  ];
  const expected = [
    "2026-11-24 Zoe Zhu cadence",
    "2026-11-25 Jane Doe thank",
    "2026-11-25 Jane Doe ask-follow-up",
    "2026-11-25 Jane Doe close-loop",
    "2026-11-25 Jane Doe next-step",
    "2026-11-25 Jane Doe new-contact",
    "2026-11-25 Aaron Able cadence",
    "2026-11-25 Jane Doe cadence",
    "2026-11-25 Jane Doe share-update",
    "2026-11-25 Jane Doe birthday",
  ];

  it("is by due day, then urgency in the table's order, then name", () => {
    expect(lines(followUps(notes, { config, within: 0 }))).toEqual(expected);
  });

  it("is the same whatever order the rows come in (compareFollowUps)", () => {
    const rows = followUps(notes, { config, within: 0 });
    expect(lines([...rows].reverse().sort(compareFollowUps))).toEqual(expected);
  });
});

describe("thank", () => {
  it("is due the day after a referral that was not thanked, saying what for", () => {
    const notes = [
      aContactNote(),
      anAsk({
        status: "referred",
        responded_on: "2026-11-10",
        referred_on: "2026-11-20",
        for: "Staff ML engineer",
        org: "Acme",
      }),
    ];
    expect(theRow("thank", notes)).toMatchObject({
      due: "2026-11-21",
      detail: "Thank them: referred you (referral ask for Staff ML engineer at Acme) on 20 Nov",
      sources: [JANE, ASK],
    });
  });

  it("is due the day after they agreed", () => {
    const notes = [aContactNote(), anAsk({ status: "agreed", responded_on: "2026-11-20" })];
    expect(theRow("thank", notes)).toMatchObject({
      due: "2026-11-21",
      detail: "Thank them: agreed to help (referral ask) on 20 Nov",
    });
  });

  it("is not due once the ask is thanked", () => {
    const notes = [
      aContactNote(),
      anAsk({
        status: "referred",
        responded_on: "2026-11-10",
        referred_on: "2026-11-20",
        thanked: true,
      }),
    ];
    expect(rowsFor("thank", notes)).toEqual([]);
  });

  it("is still owed by an ask that went on to interviews without a referred_on", () => {
    const notes = [
      aContactNote(),
      anAsk({ ask: "intro", status: "interviewing", responded_on: "2026-11-20" }),
    ];
    expect(theRow("thank", notes)).toMatchObject({
      due: "2026-11-21",
      detail: "Thank them: agreed to help (intro ask) on 20 Nov",
    });
  });

  it("is still owed by an ask withdrawn after they referred you, beside closing the loop", () => {
    // DESIGN: an ask that reached referred (or agreed) owes a thank-you; withdrawing later (another
    // offer came first) does not undo their help.
    const notes = [
      aContactNote(),
      anAsk({ status: "withdrawn", responded_on: "2026-11-05", referred_on: "2026-11-10", closed_on: "2026-11-20" }),
    ];
    expect(theRow("thank", notes)).toMatchObject({
      due: "2026-11-11",
      detail: "Thank them: referred you (referral ask) on 10 Nov",
      sources: [JANE, ASK],
    });
    expect(rowsFor("close-loop", notes)).toHaveLength(1);
    const agreed = [aContactNote(), anAsk({ status: "withdrawn", responded_on: "2026-11-05", closed_on: "2026-11-20" })];
    expect(theRow("thank", agreed).detail).toBe("Thank them: agreed to help (referral ask) on 5 Nov");
    // Withdrawn before they answered, or thanked: nothing owed.
    expect(rowsFor("thank", [aContactNote(), anAsk({ status: "withdrawn", closed_on: "2026-11-20" })])).toEqual([]);
    const thanked = anAsk({ status: "withdrawn", referred_on: "2026-11-10", closed_on: "2026-11-20", thanked: true });
    expect(rowsFor("thank", [aContactNote(), thanked])).toEqual([]);
  });

  it("is not due for an ask they declined or have not answered", () => {
    const notes = [
      aContactNote(),
      anAsk({ status: "declined", responded_on: "2026-11-20" }),
      anAsk({ status: "asked" }, "Asks/Other.md"),
    ];
    expect(rowsFor("thank", notes)).toEqual([]);
  });

  it("waits the configured number of days", () => {
    const notes = [aContactNote(), anAsk({ status: "agreed", responded_on: "2026-11-20" })];
    expect(theRow("thank", notes, { config: aConfig({ thankAfterDays: 3 }) }).due).toBe(
      "2026-11-23",
    );
  });
});

describe("ask follow-up", () => {
  it("is due a week after an ask with no response, as a polite nudge", () => {
    const notes = [aContactNote(), anAsk({ status: "asked", asked_on: "2026-11-10" })];
    expect(theRow("ask-follow-up", notes)).toMatchObject({
      due: "2026-11-17",
      detail: "No reply yet to your referral ask, asked 10 Nov: nudge politely",
      sources: [JANE, ASK],
    });
  });

  it("is not due once they responded", () => {
    const notes = [
      aContactNote(),
      anAsk({ status: "asked", asked_on: "2026-11-10", responded_on: "2026-11-12" }),
      anAsk(
        { status: "agreed", asked_on: "2026-11-10", responded_on: "2026-11-12", thanked: true },
        "Asks/Other.md",
      ),
    ];
    expect(rowsFor("ask-follow-up", notes)).toEqual([]);
  });

  it("waits again after a nudge, and is gone once they answer", () => {
    const nudge = interaction("2026-11-12", { kind: "email", direction: "outbound" });
    const asked = anAsk({ status: "asked", asked_on: "2026-11-01" });
    expect(theRow("ask-follow-up", [aContactNote(), asked, nudge])).toMatchObject({
      due: "2026-11-19",
      detail: "No reply yet to your referral ask, asked 1 Nov; last nudged 12 Nov: nudge politely",
    });
    // Answered after the nudge: the thank-you is what is left.
    const answered = anAsk({ status: "agreed", asked_on: "2026-11-01", responded_on: "2026-11-14" });
    expect(rowsFor("ask-follow-up", [aContactNote(), answered, nudge])).toEqual([]);
    expect(theRow("thank", [aContactNote(), answered, nudge]).due).toBe("2026-11-15");
  });

  it("is not put off by a message from them, which is no nudge of yours", () => {
    const theirs = interaction("2026-11-12", { kind: "email", direction: "inbound" });
    const notes = [aContactNote(), anAsk({ status: "asked", asked_on: "2026-11-01" }), theirs];
    expect(theRow("ask-follow-up", notes)).toMatchObject({
      due: "2026-11-08",
      detail: "No reply yet to your referral ask, asked 1 Nov: nudge politely",
    });
  });

  it("is not due for an ask you gave up on (no-response)", () => {
    const notes = [aContactNote(), anAsk({ status: "no-response", asked_on: "2026-11-10" })];
    expect(rowsFor("ask-follow-up", notes)).toEqual([]);
  });

  it("waits the configured number of days", () => {
    const notes = [aContactNote(), anAsk({ status: "asked", asked_on: "2026-11-10" })];
    const config = aConfig({ askFollowUpDays: 14 });
    expect(theRow("ask-follow-up", notes, { config }).due).toBe("2026-11-24");
  });
});

describe("close the loop", () => {
  it.each(["offer", "hired", "rejected", "withdrawn"])(
    "is due two days after an ask ended %s, until the outcome is shared",
    (status) => {
      const notes = [
        aContactNote(),
        anAsk({ status, referred_on: "2026-10-05", closed_on: "2026-11-20", thanked: true }),
      ];
      expect(theRow("close-loop", notes)).toMatchObject({
        due: "2026-11-22",
        detail: `Close the loop: tell them it ended "${status}" (referral ask)`,
        sources: [JANE, ASK],
      });
      const shared = [
        aContactNote(),
        anAsk({ status, closed_on: "2026-11-20", outcome_shared: true }),
      ];
      expect(rowsFor("close-loop", shared)).toEqual([]);
    },
  );

  it("is due for an ask with no asked_on: the outcome's day is all it needs", () => {
    const notes = [
      aContactNote(),
      anAsk({ status: "hired", asked_on: null, closed_on: "2026-11-20", thanked: true }),
    ];
    expect(theRow("close-loop", notes)).toMatchObject({ due: "2026-11-22", sources: [JANE, ASK] });
  });

  it.each(["declined", "no-response", "agreed", "interviewing"])(
    "is not due for an ask that is %s",
    (status) => {
      const notes = [
        aContactNote(),
        anAsk({ status, responded_on: "2026-10-05", closed_on: "2026-11-20", thanked: true }),
      ];
      expect(rowsFor("close-loop", notes)).toEqual([]);
    },
  );

  it("is not due for an idea dropped before it was ever asked", () => {
    const notes = [
      aContactNote(),
      anAsk({ status: "withdrawn", asked_on: null, closed_on: "2026-11-20" }),
    ];
    expect(rowsFor("close-loop", notes)).toEqual([]);
  });

  it("waits the configured number of days", () => {
    const notes = [aContactNote(), anAsk({ status: "withdrawn", closed_on: "2026-11-20" })];
    expect(theRow("close-loop", notes, { config: aConfig({ closeLoopDays: 5 }) }).due).toBe(
      "2026-11-25",
    );
  });
});

describe("next step", () => {
  const onContact = aContactNote({ next_step: "Send the deck", next_step_due: "2026-11-20" });

  it("on the contact falls due on next_step_due, saying what to do", () => {
    expect(theRow("next-step", [onContact])).toMatchObject({
      due: "2026-11-20",
      level: "overdue",
      detail: "Next step: Send the deck",
      sources: [JANE],
    });
  });

  it("without a text points to the note", () => {
    expect(theRow("next-step", [aContactNote({ next_step_due: "2026-11-20" })]).detail).toBe(
      "Next step: see the note",
    );
  });

  it.each(["2026-11-20", "2026-11-22"])(
    "on the contact is met by a coffee on or after its due day (%s)",
    (date) => {
      expect(rowsFor("next-step", [onContact, interaction(date)])).toEqual([]);
    },
  );

  it("on the contact is still open after a coffee before its due day", () => {
    expect(rowsFor("next-step", [onContact, interaction("2026-11-19")])).toHaveLength(1);
  });

  it("on the contact is not met by seeing them at an event, nor by a coffee planned after today", () => {
    const notes = [
      onContact,
      interaction("2026-11-21", { kind: "event" }),
      interaction("2026-11-30"),
    ];
    expect(rowsFor("next-step", notes)).toHaveLength(1);
  });

  it("on the latest interaction falls due on its next_step_due", () => {
    const coffee = interaction("2026-11-10", {
      next_step: "Introduce Sam",
      next_step_due: "2026-11-15",
    });
    expect(theRow("next-step", [aContactNote(), coffee])).toMatchObject({
      due: "2026-11-15",
      detail: "Next step from coffee on 10 Nov: Introduce Sam",
      sources: [JANE, "Interactions/2026-11-10 coffee.md"],
    });
  });

  it("on an interaction is met by a later interaction", () => {
    const notes = [
      aContactNote(),
      interaction("2026-11-10", { next_step: "Introduce Sam", next_step_due: "2026-11-15" }),
      interaction("2026-11-12", { kind: "call" }),
    ];
    expect(rowsFor("next-step", notes)).toEqual([]);
  });

  it("on an interaction is not met by seeing them at an event afterwards", () => {
    const notes = [
      aContactNote(),
      interaction("2026-11-10", { next_step: "Introduce Sam", next_step_due: "2026-11-15" }),
      interaction("2026-11-12", { kind: "event" }),
    ];
    expect(rowsFor("next-step", notes).map((f) => f.detail)).toEqual([
      "Next step from coffee on 10 Nov: Introduce Sam",
    ]);
  });

  it("is met by a give note, as by an interaction with `gave`: DESIGN's give is either", () => {
    const step = interaction("2026-11-10", { next_step: "Introduce Sam", next_step_due: "2026-11-15" });
    const gave = (date: string) => aGiveNote({ date, gave: "an intro to Sam" });
    expect(rowsFor("next-step", [aContactNote(), step, gave("2026-11-12")])).toEqual([]);
    expect(rowsFor("next-step", [onContact, gave("2026-11-20")])).toEqual([]);
    // Not by one given before, on the day of the interaction, or after today.
    expect(rowsFor("next-step", [aContactNote(), step, gave("2026-11-10")])).toHaveLength(1);
    expect(rowsFor("next-step", [aContactNote(), step, gave("2026-11-30")])).toHaveLength(1);
    expect(rowsFor("next-step", [onContact, gave("2026-11-19")])).toHaveLength(1);
  });

  it("on an interaction and a different one on the contact, due the same day, are both listed", () => {
    const notes = [
      onContact,
      interaction("2026-11-10", { next_step: "Introduce Sam", next_step_due: "2026-11-20" }),
    ];
    expect(rowsFor("next-step", notes).map((f) => f.detail)).toEqual([
      "Next step from coffee on 10 Nov: Introduce Sam",
      "Next step: Send the deck",
    ]);
  });

  it("copied from the interaction onto the contact is listed once", () => {
    const notes = [
      onContact,
      interaction("2026-11-10", { next_step: "Send the deck", next_step_due: "2026-11-20" }),
    ];
    expect(rowsFor("next-step", notes).map((f) => f.detail)).toEqual(["Next step: Send the deck"]);
  });
});

describe("a new contact", () => {
  it("is due two days after you met, while it is fresh", () => {
    expect(theRow("new-contact", [aContactNote({ met: "2026-11-20" })])).toMatchObject({
      due: "2026-11-22",
      detail: "Met 20 Nov: follow up while it is fresh",
      sources: [JANE],
    });
  });

  it("says where you met", () => {
    const notes = [aContactNote({ met: "2026-11-20", met_at: "[[PyCon 2026]]" }), anEventNote()];
    expect(theRow("new-contact", notes).detail).toBe(
      "Met 20 Nov at PyCon 2026: follow up while it is fresh",
    );
  });

  it("is not due when you followed up the day before it would fall due", () => {
    expect(
      rowsFor("new-contact", [aContactNote({ met: "2026-11-20" }), interaction("2026-11-21")]),
    ).toEqual([]);
  });

  it("is not due once you gave them something after you met", () => {
    const give = aGiveNote({ date: "2026-11-21", gave: "the slides" });
    expect(rowsFor("new-contact", [aContactNote({ met: "2026-11-20" }), give])).toEqual([]);
  });

  it("is still due when the only interaction was the day before you met", () => {
    const row = theRow("new-contact", [
      aContactNote({ met: "2026-11-20" }),
      interaction("2026-11-19"),
    ]);
    expect(row.due).toBe("2026-11-22");
  });

  it("is still due when the only interaction is the meeting itself, on the day you met", () => {
    expect(
      rowsFor("new-contact", [aContactNote({ met: "2026-11-20" }), interaction("2026-11-20")]),
    ).toHaveLength(1);
  });

  it("is still due after only seeing them again at an event", () => {
    const notes = [
      aContactNote({ met: "2026-11-20" }),
      interaction("2026-11-21", { kind: "event" }),
    ];
    expect(rowsFor("new-contact", notes)).toHaveLength(1);
  });

  it("is not due when last_contact is after the day you met", () => {
    expect(
      rowsFor("new-contact", [aContactNote({ met: "2026-11-20", last_contact: "2026-11-21" })]),
    ).toEqual([]);
  });

  it("is still due when last_contact is a day to come, which counts only from then", () => {
    // A typo (2062 for 2026) or a plan written in the wrong key: datesAhead tells the user; until
    // that day comes it is no follow-up, as it is no last contact for the cadence.
    const notes = [aContactNote({ met: "2026-11-20", last_contact: "2026-12-01" })];
    expect(theRow("new-contact", notes)).toMatchObject({ due: "2026-11-22", level: "due" });
    expect(rowsFor("new-contact", notes, { today: "2026-12-01" })).toEqual([]);
  });

  it("is not an imported LinkedIn connection from 2023", () => {
    expect(
      rowsFor("new-contact", [aContactNote({ met: "2023-05-04", source: "linkedin" })]),
    ).toEqual([]);
  });

  it("lasts while you met within the last 30 days", () => {
    expect(theRow("new-contact", [aContactNote({ met: "2026-10-26" })])).toMatchObject({
      due: "2026-10-28",
      level: "overdue",
    });
    expect(rowsFor("new-contact", [aContactNote({ met: "2026-10-25" })])).toEqual([]);
  });

  it("takes its delay and window from the configuration", () => {
    const config = aConfig({ newContactDays: 5, newContactWindowDays: 90 });
    expect(theRow("new-contact", [aContactNote({ met: "2026-11-20" })], { config }).due).toBe(
      "2026-11-25",
    );
    expect(theRow("new-contact", [aContactNote({ met: "2026-09-01" })], { config }).due).toBe(
      "2026-09-06",
    );
  });
});

describe("sharing an update", () => {
  const mentors = [aContactNote({ relationship: "mentor" }), sam({ relationship: "mentor" })];

  it("is due on the update's date for its audience by relationship", () => {
    const notes = [
      ...mentors,
      contactWith("Pat Peer", { relationship: "peer" }),
      anUpdateNote({ date: "2026-11-20", audience: ["mentor"] }),
    ];
    const rows = rowsFor("share-update", notes);
    expect(rows.map((f) => f.contact)).toEqual(["Jane Doe", "Sam Lee"]);
    expect(rows[0]).toMatchObject({
      due: "2026-11-20",
      detail: "Tell them: Promoted to staff (20 Nov)",
      sources: [JANE, UPDATE],
    });
  });

  it("is due for its audience by tag", () => {
    const notes = [
      aContactNote({ tags: ["ml"] }),
      sam({ tags: ["design"] }),
      anUpdateNote({ date: "2026-11-20", audience: "#ml" }),
    ];
    expect(rowsFor("share-update", notes).map((f) => f.contact)).toEqual(["Jane Doe"]);
  });

  it("is due for tags nested under its audience's, as Obsidian's tag search matches", () => {
    const notes = [
      aContactNote({ tags: ["work/acme"] }),
      sam({ tags: ["workshop"] }),
      contactWith("Pat Peer", { tags: ["team/work"] }),
      anUpdateNote({ date: "2026-11-20", audience: ["work"] }),
    ];
    expect(rowsFor("share-update", notes).map((f) => f.contact)).toEqual(["Jane Doe"]);
  });

  it("is not due for someone already told", () => {
    const notes = [
      ...mentors,
      anUpdateNote({ date: "2026-11-20", audience: ["mentor"], told: ["[[Jane Doe]]"] }),
    ];
    expect(rowsFor("share-update", notes).map((f) => f.contact)).toEqual(["Sam Lee"]);
  });

  it("is not due for an update older than 30 days", () => {
    const at = (date: string) =>
      rowsFor("share-update", [
        aContactNote({ relationship: "mentor" }),
        anUpdateNote({ date, audience: ["mentor"] }),
      ]);
    expect(at("2026-10-26")).toHaveLength(1);
    expect(at("2026-10-25")).toEqual([]);
  });

  it("takes its window from the configuration", () => {
    const notes = [
      aContactNote({ relationship: "mentor" }),
      anUpdateNote({ date: "2026-10-01", audience: ["mentor"] }),
    ];
    expect(
      rowsFor("share-update", notes, { config: aConfig({ updateWindowDays: 60 }) }),
    ).toHaveLength(1);
  });
});

describe("a birthday", () => {
  const birthdays = aConfig({ birthdays: true });

  it("is not a follow-up unless the configuration turns birthdays on", () => {
    expect(rowsFor("birthday", [aContactNote({ birthday: "1990-12-03" })])).toEqual([]);
  });

  it("falls due on the day, with the age they turn", () => {
    expect(
      theRow("birthday", [aContactNote({ birthday: "1990-12-03" })], { config: birthdays }),
    ).toMatchObject({
      due: "2026-12-03",
      overdueDays: -8,
      level: "upcoming",
      detail: "Birthday on 3 Dec (turns 36)",
    });
  });

  it("without a year says no age", () => {
    expect(
      theRow("birthday", [aContactNote({ birthday: "--12-03" })], { config: birthdays }).detail,
    ).toBe("Birthday on 3 Dec");
  });

  it("already past this year is next year's", () => {
    const row = theRow("birthday", [aContactNote({ birthday: "1990-12-03" })], {
      config: birthdays,
      today: "2026-12-10",
    });
    expect(row).toMatchObject({ due: "2027-12-03", detail: "Birthday on 3 Dec 2027 (turns 37)" });
  });

  it("is settled by contact from the day it shows in the list to the day itself, as Done logs it", () => {
    // Due 3 Dec; shown from 26 Nov with the default horizon of 7 days.
    const jane = (log: string) => aContactNote({ birthday: "1990-12-03" }, { body: `## Interactions\n${log}\n` });
    const on = (log: string, today: string) => rowsFor("birthday", [jane(log)], { config: birthdays, today });
    expect(on("- 2026-12-03 message: happy birthday", "2026-12-03")).toEqual([]);
    expect(on("- 2026-11-28 call", "2026-11-30")).toEqual([]);
    expect(on("- 2026-11-26 coffee", "2026-12-03")).toEqual([]);
    // Before it showed, or only seen in a crowd: still to do.
    expect(on("- 2026-11-25 coffee", "2026-12-03")).toHaveLength(1);
    expect(on("- 2026-12-02 event", "2026-12-03")).toHaveLength(1);
    // Last year's wishes do not settle this year's.
    expect(on("- 2025-12-03 message", "2026-12-03")).toHaveLength(1);
    // A last_contact written by hand counts too.
    const written = aContactNote({ birthday: "1990-12-03", last_contact: "2026-12-01" });
    expect(rowsFor("birthday", [written], { config: birthdays, today: "2026-12-02" })).toEqual([]);
  });

  it("with a year of birth that has not come yet says no age (datesAhead tells the typo)", () => {
    const row = theRow("birthday", [aContactNote({ birthday: "2026-12-03" })], { config: birthdays });
    expect(row.detail).toBe("Birthday on 3 Dec");
    expect(theRow("birthday", [aContactNote({ birthday: "2025-12-03" })], { config: birthdays }).detail).toBe(
      "Birthday on 3 Dec (turns 1)",
    );
  });

  it("on 29 February falls on 28 February in a common year, and on the 29th in a leap year", () => {
    const notes = [aContactNote({ birthday: "2000-02-29" })];
    expect(theRow("birthday", notes, { config: birthdays, today: "2027-02-20" })).toMatchObject({
      due: "2027-02-28",
      detail: "Birthday on 28 Feb (turns 27)",
    });
    expect(theRow("birthday", notes, { config: birthdays, today: "2028-02-20" }).due).toBe(
      "2028-02-29",
    );
  });
});

describe("a snooze", () => {
  // Monthly from 1 Sep: due 1 Oct, long overdue on TODAY.
  const overdue = { cadence: "monthly", last_contact: "2026-09-01" };

  it("ending today makes the follow-ups due today, overdueDays 0", () => {
    const row = theRow("cadence", [aContactNote({ ...overdue, snooze_until: TODAY })]);
    expect(row).toMatchObject({
      due: TODAY,
      overdueDays: 0,
      level: "due",
      detail: "Monthly; last contact 1 Sep; snoozed until 25 Nov",
    });
  });

  it("in the future hides the follow-ups until that day", () => {
    const notes = [aContactNote({ ...overdue, snooze_until: "2026-12-10" })];
    expect(followUps(notes, { within: 7 })).toEqual([]);
    expect(theRow("cadence", notes, { within: 15 })).toMatchObject({
      due: "2026-12-10",
      overdueDays: -15,
      level: "upcoming",
    });
    expect(theRow("cadence", notes, { today: "2026-12-10", within: 0 })).toMatchObject({
      overdueDays: 0,
      level: "due",
    });
  });

  it("that ended before the due day changes nothing", () => {
    const row = theRow("cadence", [aContactNote({ ...overdue, snooze_until: "2026-09-15" })]);
    expect(row).toMatchObject({ due: "2026-10-01", detail: "Monthly; last contact 1 Sep" });
  });

  it("moves every reason of the contact, not only the cadence", () => {
    const notes = [
      aContactNote({
        ...overdue,
        met: "2026-11-20",
        next_step_due: "2026-11-21",
        snooze_until: "2026-12-01",
      }),
      anAsk({ status: "agreed", responded_on: "2026-11-20" }),
    ];
    const rows = followUps(notes);
    expect(rows.map((f) => `${f.due} ${f.reason}`)).toEqual([
      "2026-12-01 thank",
      "2026-12-01 next-step",
      "2026-12-01 new-contact",
      "2026-12-01 cadence",
    ]);
  });

  it("over a birthday moves it to the snooze's last day, where it stays until that day is over", () => {
    // Birthday on 3 Dec, snoozed until 5 Dec: due 5 Dec, as every reason is, not lost on 4 Dec.
    const notes = [aContactNote({ birthday: "1990-12-03", snooze_until: "2026-12-05" })];
    const config = aConfig({ birthdays: true });
    const on = (today: string) => theRow("birthday", notes, { config, today, within: 7 });
    for (const today of ["2026-12-02", "2026-12-03", "2026-12-04"]) {
      expect(on(today)).toMatchObject({
        due: "2026-12-05",
        level: "upcoming",
        detail: "Birthday on 3 Dec (turns 36); snoozed until 5 Dec",
      });
    }
    expect(on("2026-12-05")).toMatchObject({ due: "2026-12-05", overdueDays: 0, level: "due" });
    // The day after, as for any birthday: next year's, not an overdue one.
    expect(theRow("birthday", notes, { config, today: "2026-12-06" })).toMatchObject({
      due: "2027-12-03",
      level: "upcoming",
    });
    // Wishes sent while snoozed settle it.
    const wished = aContactNote(
      { birthday: "1990-12-03", snooze_until: "2026-12-05" },
      { body: "## Interactions\n- 2026-12-03 message: happy birthday\n" },
    );
    expect(rowsFor("birthday", [wished], { config, today: "2026-12-04", within: 7 })).toEqual([]);
    // Over a year's end: 31 Dec, snoozed until 5 Jan.
    const newYear = [aContactNote({ birthday: "--12-31", snooze_until: "2027-01-05" })];
    expect(theRow("birthday", newYear, { config, today: "2027-01-02", within: 7 })).toMatchObject({
      due: "2027-01-05",
      detail: "Birthday on 31 Dec 2026; snoozed until 5 Jan",
    });
  });

  it("keeps no birthday long past: a short snooze does not bring back last January's", () => {
    // Snoozed on 2 Dec for a week (for their cadence, say): the birthday of 1 Jan was 11 months
    // ago, gone from the list since; the one to come is next year's, 1 Jan 2027.
    const notes = [aContactNote({ birthday: "1990-01-01", snooze_until: "2026-12-09" })];
    const config = aConfig({ birthdays: true });
    for (const today of ["2026-12-02", "2026-12-09"]) {
      expect(rowsFor("birthday", notes, { config, today, within: 7 })).toEqual([]);
    }
    expect(theRow("birthday", notes, { config, today: "2026-12-02", within: 30 })).toMatchObject({
      due: "2027-01-01",
      detail: "Birthday on 1 Jan 2027 (turns 37)",
    });
    // One a month past at most is still held by the snooze: 3 Nov, snoozed on 1 Nov for a month.
    const lastMonth = [aContactNote({ birthday: "1990-11-03", snooze_until: "2026-12-01" })];
    expect(theRow("birthday", lastMonth, { config, today: "2026-12-01", within: 7 })).toMatchObject({
      due: "2026-12-01",
      detail: "Birthday on 3 Nov (turns 36); snoozed until 1 Dec",
    });
  });

  it("of one person leaves the others alone", () => {
    const notes = [aContactNote({ ...overdue, snooze_until: "2026-12-10" }), sam(overdue)];
    expect(lines(followUps(notes, { within: 0 }))).toEqual(["2026-10-01 Sam Lee cadence"]);
  });
});

describe("today", () => {
  const { network } = networkOf([aContactNote({ cadence: "monthly", last_contact: "2026-10-20" })]);

  it.each<readonly [string, unknown]>([
    ["30 February", "2026-02-30"],
    ["a day-first date", "25/11/2026"],
    ["empty text", ""],
    ["a word", "tomorrow"],
    ["a fraction of a day", 1.5],
    ["NaN", Number.NaN],
    ["a JavaScript Date", new Date(Date.UTC(2026, 10, 25))],
  ])("%s is not a calendar day: InvalidDayError", (_, today) => {
    expect(() => dueFollowUps(network, { today: today as string })).toThrow(InvalidDayError);
  });

  it("may be a Day number or a date-time, which mean the same day", () => {
    const byText = dueFollowUps(network, { today: TODAY });
    expect(dueFollowUps(network, { today: day(TODAY) })).toEqual(byText);
    expect(dueFollowUps(network, { today: `${TODAY}T23:59` })).toEqual(byText);
  });
});

describe("the boundaries a user meets", () => {
  it("a contact met today: the new-contact row is two days off, the cadence counts from the meeting", () => {
    const met = [aContactNote({ met: TODAY, cadence: "weekly" })];
    expect(lines(followUps(met))).toEqual(["2026-11-27 Jane Doe new-contact", "2026-12-02 Jane Doe cadence"]);
    // The meeting logged as a coffee that day is no follow-up of it.
    const logged = followUps([...met, interaction(TODAY)]);
    expect(logged.map((f) => `${f.reason} ${f.level} ${f.overdueDays} ${f.detail}`)).toEqual([
      "new-contact upcoming -2 Met 25 Nov: follow up while it is fresh",
      "cadence upcoming -7 Weekly; last contact 25 Nov (coffee)",
    ]);
  });

  it("a next step due before the cadence: each on its own day, and one coffee after both settles both", () => {
    const jane = aContactNote({ cadence: "monthly", last_contact: "2026-11-10", next_step: "Send the deck", next_step_due: "2026-11-20" });
    expect(lines(followUps([jane]))).toEqual(["2026-11-20 Jane Doe next-step", "2026-12-10 Jane Doe cadence"]);
    expect(lines(followUps([jane, interaction("2026-11-24")]))).toEqual(["2026-12-24 Jane Doe cadence"]);
  });

  it("a horizon of 0: what is due today and before, nothing of tomorrow", () => {
    const notes = [
      aContactNote({ cadence: "monthly", last_contact: "2026-10-25" }),
      sam({ cadence: "monthly", last_contact: "2026-10-26" }),
    ];
    expect(followUps(notes, { within: 0 }).map((f) => `${f.due} ${f.contact} ${f.level} ${f.overdueDays}`)).toEqual([
      "2026-11-25 Jane Doe due 0",
    ]);
  });

  it("a give on the day of a coffee: one last contact, said as the coffee", () => {
    const notes = [aContactNote({ cadence: "monthly" }), interaction("2026-11-01"), aGiveNote({ date: "2026-11-01" })];
    expect(theRow("cadence", notes)).toMatchObject({
      due: "2026-12-01",
      detail: "Monthly; last contact 1 Nov (coffee)",
      sources: [JANE, "Interactions/2026-11-01 coffee.md"],
    });
  });

  it("a calendar cadence falls on the rule's date after a year's end", () => {
    const row = theRow("cadence", [aContactNote({ cadence: "RRULE:FREQ=MONTHLY;BYMONTHDAY=1", last_contact: "2026-12-15" })], {
      today: "2026-12-20",
    });
    expect(row).toMatchObject({ due: "2027-01-01", level: "upcoming" });
  });
});

describe("one contact's follow-ups", () => {
  it("are every reason of that person, whatever the horizon", () => {
    const { network } = networkOf([
      aContactNote({ cadence: "yearly", last_contact: "2026-11-01" }),
      sam({ cadence: "weekly", last_contact: "2026-11-01" }),
    ]);
    expect(followUpsOf(network, JANE, day(TODAY)).map((f) => `${f.due} ${f.contact}`)).toEqual([
      "2027-11-01 Jane Doe",
    ]);
    expect(followUpsOf(network, "People/Nobody.md", day(TODAY))).toEqual([]);
  });
});

describe("properties", () => {
  const days = (from: string, to: string) => fc.integer({ min: day(from), max: day(to) });

  it("an interval cadence falls due after the last contact, never on or before it", () => {
    const units = ["days", "weeks", "months", "years"] as const;
    const longest = { days: 1, weeks: 7, months: 31, years: 366 } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 36 }),
        fc.constantFrom(...units),
        days("1900-01-01", "2200-12-31"),
        fc.array(
          fc.record({
            offset: fc.integer({ min: -400, max: 0 }),
            kind: fc.constantFrom("coffee", "event", "call"),
          }),
          { maxLength: 3 },
        ),
        (n, unit, last, others) => {
          const notes = [
            aContactNote({ cadence: `every ${n} ${unit}`, last_contact: formatDay(last) }),
            ...others.map((o, i) =>
              anInteractionNote(
                { date: formatDay(last + o.offset), kind: o.kind },
                { path: `Interactions/${i}.md` },
              ),
            ),
          ];
          const { network } = networkOf(notes);
          const row = followUpsOf(network, JANE, last).find((f) => f.reason === "cadence");
          expect(row).toBeDefined();
          const due = row?.dueDay ?? Number.NaN;
          expect(due).toBeGreaterThan(last);
          expect(due - last).toBeLessThanOrEqual(n * longest[unit]);
          if (unit === "days" || unit === "weeks") expect(due - last).toBe(n * longest[unit]);
        },
      ),
    );
  });

  const aDate = fc.option(days("2026-07-01", "2027-01-31"), { nil: undefined });
  const someContact = fc.record({
    name: fc.constantFrom("Ann", "Bob", "Émile", "ann"),
    cadence: fc.constantFrom(
      undefined,
      "monthly",
      "every 10 days",
      "quarterly",
      "RRULE:FREQ=MONTHLY;BYDAY=1MO",
    ),
    relationship: fc.constantFrom(undefined, "mentor", "peer"),
    tags: fc.subarray(["ml", "investor"]),
    lastContact: aDate,
    met: aDate,
    nextStepDue: aDate,
    snoozeUntil: aDate,
    birthday: aDate,
    ask: fc.option(
      fc.record({
        status: fc.constantFrom(
          "idea",
          "asked",
          "agreed",
          "referred",
          "interviewing",
          "hired",
          "rejected",
          "withdrawn",
        ),
        askedOn: aDate,
        respondedOn: aDate,
        referredOn: aDate,
        closedOn: aDate,
        thanked: fc.boolean(),
      }),
      { nil: undefined },
    ),
    interactions: fc.array(
      fc.record({
        date: days("2026-07-01", "2027-01-31"),
        kind: fc.constantFrom("coffee", "event"),
        nextStepDue: aDate,
      }),
      { maxLength: 2 },
    ),
  });
  type Generated = typeof someContact extends fc.Arbitrary<infer T> ? T : never;
  const text = (d: Day | undefined) => (d === undefined ? null : formatDay(d));
  const notesOf = (contacts: readonly Generated[], update: Day | undefined): NoteInput[] =>
    contacts.flatMap((c, i) => {
      const path = `People/P${i}.md`;
      const link = `[[People/P${i}]]`;
      return [
        aContactNote(
          {
            name: c.name,
            cadence: c.cadence ?? null,
            relationship: c.relationship ?? null,
            tags: c.tags,
            last_contact: text(c.lastContact),
            met: text(c.met),
            next_step_due: text(c.nextStepDue),
            snooze_until: text(c.snoozeUntil),
            birthday: text(c.birthday),
          },
          { path },
        ),
        ...(c.ask === undefined
          ? []
          : [
              anAskNote(
                {
                  asked: link,
                  status: c.ask.status,
                  asked_on: text(c.ask.askedOn),
                  responded_on: text(c.ask.respondedOn),
                  referred_on: text(c.ask.referredOn),
                  closed_on: text(c.ask.closedOn),
                  thanked: c.ask.thanked,
                },
                { path: `Asks/A${i}.md` },
              ),
            ]),
        ...c.interactions.map((x, j) =>
          anInteractionNote(
            {
              date: formatDay(x.date),
              kind: x.kind,
              with: link,
              next_step_due: text(x.nextStepDue),
            },
            { path: `Interactions/I${i}-${j}.md` },
          ),
        ),
        ...(update === undefined
          ? []
          : [anUpdateNote({ date: formatDay(update), audience: ["mentor", "ml"] })]),
      ];
    });

  it("the due list is sorted by compareFollowUps and ends at today + within", () => {
    fc.assert(
      fc.property(
        fc.array(someContact, { maxLength: 6 }),
        aDate,
        days("2026-08-01", "2026-12-31"),
        fc.integer({ min: 0, max: 60 }),
        (contacts, update, today, within) => {
          const { network } = networkOf(notesOf(contacts, update), aConfig({ birthdays: true }));
          const rows = dueFollowUps(network, { today, within });
          rows.forEach((row, i) => {
            const previous = rows[i - 1];
            if (previous !== undefined)
              expect(compareFollowUps(previous, row)).toBeLessThanOrEqual(0);
            expect(row.dueDay).toBeLessThanOrEqual(today + within);
            expect(row.overdueDays).toBe(today - row.dueDay);
            expect(row.due).toBe(formatDay(row.dueDay));
            expect(row.level === "upcoming").toBe(row.overdueDays < 0);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
