import { buildNetwork, parseDay, type NoteInput } from "@kith/core";
import { describe, expect, it } from "vitest";
import { renderDigestMarkdown, weeklyDigest } from "@kith/core";

const person = (
  name: string,
  frontmatter: Record<string, unknown> = {},
  folder = "People",
): NoteInput => ({
  path: `${folder}/${name}.md`,
  frontmatter: { type: "contact", ...frontmatter },
});

let seq = 0;
const coffee = (date: string, withWhom: string): NoteInput => ({
  path: `Interactions/${date} coffee ${++seq}.md`,
  frontmatter: { type: "interaction", date, with: withWhom, kind: "coffee" },
});

const TODAY = "2026-10-20";

/** A mentor gone quiet since June, a new acquaintance, a monthly contact, two open asks and fresh news. */
const vault: readonly NoteInput[] = [
  person("Ann Mentor", { relationship: "mentor" }),
  coffee("2026-03-05", "[[Ann Mentor]]"),
  coffee("2026-04-02", "[[Ann Mentor]]"),
  coffee("2026-05-07", "[[Ann Mentor]]"),
  coffee("2026-06-04", "[[Ann Mentor]]"),
  person("Nia New", { met: "2026-10-18" }),
  person("Cal Monthly", { cadence: "monthly", last_contact: "2026-09-25" }),
  person("Jane Doe", { org: "[[Acme Corp]]" }),
  person("Bob Lee"),
  { path: "Orgs/Acme Corp.md", frontmatter: { type: "org" } },
  {
    path: "Asks/Referral to Acme.md",
    frontmatter: {
      type: "ask",
      asked: "[[Jane Doe]]",
      ask: "referral",
      for: "Staff Engineer",
      org: "[[Acme Corp]]",
      status: "asked",
      asked_on: "2026-10-01",
    },
  },
  {
    path: "Asks/Intro to Globex.md",
    frontmatter: {
      type: "ask",
      asked: "[[Bob Lee]]",
      ask: "intro",
      org: "Globex",
      status: "agreed",
      asked_on: "2026-09-28",
      responded_on: "2026-10-05",
      thanked: true,
    },
  },
  {
    path: "Updates/Promoted.md",
    frontmatter: {
      type: "update",
      date: "2026-10-10",
      title: "Promoted to staff",
      audience: ["mentor"],
    },
  },
];

describe("weeklyDigest", () => {
  const { network } = buildNetwork(vault);
  const digest = weeklyDigest(network, { today: TODAY });

  it("splits what is overdue from what is due this week", () => {
    expect(digest.today).toBe(TODAY);
    expect(digest.overdue.length).toBeGreaterThan(0);
    expect(digest.overdue.every((f) => f.level === "overdue")).toBe(true);
    expect(digest.overdue.map((f) => [f.contact, f.reason])).toContainEqual([
      "Ann Mentor",
      "cadence",
    ]);
    const week = digest.dueThisWeek.map((f) => [f.contact, f.reason, f.due]);
    expect(week).toContainEqual(["Nia New", "new-contact", "2026-10-20"]);
    expect(week).toContainEqual(["Cal Monthly", "cadence", "2026-10-25"]);
    const weekEnd = (parseDay(TODAY) ?? 0) + 7;
    expect(digest.dueThisWeek.every((f) => f.level !== "overdue" && f.dueDay <= weekEnd)).toBe(
      true,
    );
  });

  it("lists ties going cold and asks waiting on someone, the longest waiting first", () => {
    expect(digest.goingCold.map((c) => c.name)).toEqual(["Ann Mentor"]);
    expect(digest.asksWaiting.map((a) => [a.contact, a.status, a.waitingOn, a.since])).toEqual([
      ["Jane Doe", "asked", "Jane Doe to reply", parseDay("2026-10-01")],
      ["Bob Lee", "agreed", "Bob Lee to follow through", parseDay("2026-10-05")],
    ]);
  });

  it("lists, per recent update, who in its audience has not heard", () => {
    expect(digest.toTell).toHaveLength(1);
    expect(digest.toTell[0]?.title).toBe("Promoted to staff");
    expect(digest.toTell[0]?.people.map((p) => p.name)).toEqual(["Ann Mentor"]);
  });
});

describe("renderDigestMarkdown", () => {
  it("renders every section with wikilinks to the people and short dates", () => {
    const { network } = buildNetwork(vault);
    const md = renderDigestMarkdown(weeklyDigest(network, { today: TODAY }));
    expect(md.startsWith("# Weekly review, 20 Oct 2026\n")).toBe(true);
    for (const heading of [
      "## Overdue",
      "## Due this week",
      "## Going cold",
      "## Asks waiting",
      "## People to tell",
    ]) {
      expect(md).toContain(`\n${heading}\n`);
    }
    expect(md).toMatch(
      /^- \[\[Ann Mentor\]\]: keep in touch, due 4 Aug \(\d+ days overdue\)\. [Ee]very 2 months/m,
    );
    expect(md).toContain("- [[Nia New]]: new contact, due today. Met 18 Oct");
    expect(md).toContain("- [[Cal Monthly]]: keep in touch, due 25 Oct.");
    expect(md).toMatch(
      /^- \[\[Ann Mentor\]\]: warmth \d+, down from \d+ on 22 Jul; last contact 4 Jun \(coffee\)$/m,
    );
    expect(md).toContain(
      "- Asked [[Jane Doe]] for a referral for Staff Engineer at Acme Corp: waiting on Jane Doe to reply since 1 Oct (19 days). [[Referral to Acme]]",
    );
    expect(md).toContain(
      "- Asked [[Bob Lee]] for an intro at Globex: waiting on Bob Lee to follow through since 5 Oct",
    );
    expect(md).toContain("### [[Promoted|Promoted to staff]] (10 Oct)");
    expect(md).toMatch(/^- \[\[Ann Mentor\]\]: in the audience \(mentor\); cooling \(\d+\)$/m);
    expect(md.endsWith("\n")).toBe(true);
    expect(md).not.toContain("\n\n\n");
  });

  it("says how long an ask has waited, and not a negative wait for one dated after today", () => {
    // Status asked, asked_on two days ahead (a plan, or a typo): kith due and kith asks time its
    // nudge from that day; the digest said "since 22 Oct (-2 days)".
    const { network } = buildNetwork([
      person("Tom"),
      {
        path: "Asks/Intro.md",
        frontmatter: { type: "ask", asked: "[[Tom]]", ask: "intro", status: "asked", asked_on: "2026-10-22" },
      },
    ]);
    const md = renderDigestMarkdown(weeklyDigest(network, { today: TODAY }));
    expect(md).toContain("- Asked [[Tom]] for an intro: waiting on Tom to reply from 22 Oct (in 2 days). [[Intro]]");
    expect(md).not.toContain("-2 days");
  });

  it("says briefly when a section is empty", () => {
    const { network } = buildNetwork([person("Quiet Quinn")]);
    const md = renderDigestMarkdown(weeklyDigest(network, { today: TODAY }));
    expect(md).toContain("## Overdue\n\nNothing overdue.\n");
    expect(md).toContain("## Due this week\n\nNothing due this week.\n");
    expect(md).toContain("## Going cold\n\nNo ties going cold.\n");
    expect(md).toContain("## Asks waiting\n\nNo asks waiting on anyone.\n");
    expect(md).toContain("## People to tell\n\nNo recent updates to share.\n");
  });

  it("says so when everyone in an update's audience has heard", () => {
    const { network } = buildNetwork([
      person("Ann Mentor", { relationship: "mentor" }),
      {
        path: "Updates/Promoted.md",
        frontmatter: {
          type: "update",
          date: "2026-10-10",
          title: "Promoted",
          audience: ["mentor"],
          told: ["[[Ann Mentor]]"],
        },
      },
    ]);
    const md = renderDigestMarkdown(weeklyDigest(network, { today: TODAY }));
    expect(md).toContain("### [[Promoted]] (10 Oct)\n\nEveryone in the audience has heard.\n");
  });

  it("links by path when two people share a name, so each link finds the right note", () => {
    const { network } = buildNetwork([
      person("Sam", { met: "2026-10-19" }, "People/Work"),
      person("Sam", { met: "2026-10-19" }, "People/Home"),
    ]);
    const md = renderDigestMarkdown(weeklyDigest(network, { today: TODAY }));
    // Shown with their notes too, as kith due shows namesakes (see the next test).
    expect(md).toContain("[[People/Work/Sam|Sam (People/Work/Sam)]]");
    expect(md).toContain("[[People/Home/Sam|Sam (People/Home/Sam)]]");
    expect(md).not.toContain("[[Sam]]");
  });

  it("tells namesakes apart as kith due does, in every section, and leaves other names alone", () => {
    const { network } = buildNetwork([
      person("Sam Lee", { relationship: "mentor" }),
      coffee("2026-05-07", "[[People/Sam Lee]]"),
      coffee("2026-06-04", "[[People/Sam Lee]]"),
      person("Sam Lee", { cadence: "monthly", last_contact: "2026-09-25" }, "Old"),
      // One name, another file name: a namesake all the same, as kith due and kith log see it.
      person("S Lee", { name: "sam lee", met: "2026-10-18" }),
      person("Jo", { cadence: "monthly", last_contact: "2026-09-25" }),
      {
        path: "Asks/Intro.md",
        frontmatter: { type: "ask", asked: "[[Old/Sam Lee]]", ask: "intro", status: "asked", asked_on: "2026-10-01" },
      },
      {
        path: "Updates/Promoted.md",
        frontmatter: { type: "update", date: "2026-10-10", title: "Promoted", audience: ["mentor"] },
      },
    ]);
    const md = renderDigestMarkdown(weeklyDigest(network, { today: TODAY }));
    expect(md).toMatch(/^- \[\[People\/Sam Lee\|Sam Lee \(People\/Sam Lee\)\]\]: keep in touch, due 4 Aug/m);
    expect(md).toContain("- [[Old/Sam Lee|Sam Lee (Old/Sam Lee)]]: keep in touch, due 25 Oct.");
    expect(md).toContain("- [[S Lee|sam lee (People/S Lee)]]: new contact, due today.");
    expect(md).toContain("- [[Jo]]: keep in touch, due 25 Oct.");
    expect(md).toMatch(/^- \[\[People\/Sam Lee\|Sam Lee \(People\/Sam Lee\)\]\]: warmth \d+/m);
    expect(md).toContain("- Asked [[Old/Sam Lee|Sam Lee (Old/Sam Lee)]] for an intro: waiting on Sam Lee to reply");
    expect(md).toMatch(/^- \[\[People\/Sam Lee\|Sam Lee \(People\/Sam Lee\)\]\]: in the audience \(mentor\)/m);
    // The data keeps each name as the note gives it; only how it is shown changes.
    expect(weeklyDigest(network, { today: TODAY }).dueThisWeek.map((f) => f.contact)).toContain("Sam Lee");
  });
});
