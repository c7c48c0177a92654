import { describe, expect, it } from "vitest";
import { buildNetwork, datesAhead, dueFollowUps, NetworkIndex, parseNote } from "@kith/core";
import { aConfig } from "./builders";

const JANE = [
  "---",
  "type: contact",
  "Last Contacted: 2062-11-20",
  "met: 2026-01-10",
  "cadence: monthly",
  "---",
  "## Interactions",
  "- 2026-10-02 coffee: roadmap",
  "- 2026-12-24 call: typo for a past day",
  "",
].join("\n");

describe("datesAhead", () => {
  it("names the note, the key as the note spells it, the day and what to write instead", () => {
    const { network } = buildNetwork([parseNote("People/Jane Doe.md", JANE)]);
    const found = datesAhead(network, "2026-11-25");
    expect(found).toEqual([
      {
        path: "People/Jane Doe.md",
        severity: "warning",
        key: "Last Contacted",
        value: "2062-11-20",
        message:
          "Last Contacted 2062-11-20 is after today (2026-11-25), so it counts only from then; write the last day you were in touch, and put what is planned in next_step and next_step_due",
      },
      {
        path: "People/Jane Doe.md",
        severity: "warning",
        value: "2026-12-24",
        message:
          'line 9 under "Interactions" (2026-12-24) is after today (2026-11-25), so it counts only from then; log what has happened, and put what is planned in next_step and next_step_due',
      },
    ]);
    // The follow-up engine counts neither day: Jane is due from the coffee on 2 Oct.
    expect(dueFollowUps(network, { today: "2026-11-25", within: 0 }).map((f) => f.detail)).toEqual([
      "Monthly; last contact 2 Oct (coffee)",
    ]);
  });

  it("reports a met day to come, and nothing once the days have come", () => {
    const note = parseNote("People/Sam.md", "---\ntype: contact\nmet: 2026-12-01\n---\n");
    const { network } = buildNetwork([note]);
    expect(datesAhead(network, "2026-11-25").map((d) => [d.key, d.message])).toEqual([
      ["met", "met 2026-12-01 is after today (2026-11-25), so it counts only from then; write the day you met"],
    ]);
    expect(datesAhead(network, "2026-12-01")).toEqual([]);
  });

  it("reports a year of birth to come (a typo), in the key the note uses, and not a birthday without a year", () => {
    const note = parseNote("People/Sam.md", "---\ntype: contact\nbday: 2062-03-01\n---\n");
    const { network } = buildNetwork([note]);
    expect(datesAhead(network, "2026-11-25").map((d) => [d.key, d.message])).toEqual([
      ["bday", "bday 2062-03-01 is after today (2026-11-25), so no age can be told; write the year they were born, or --MM-DD without it"],
    ]);
    const noYear = buildNetwork([parseNote("People/Sam.md", "---\ntype: contact\nbirthday: --03-01\n---\n")]).network;
    expect(datesAhead(noYear, "2026-11-25")).toEqual([]);
  });

  it("names the next-step keys as the settings rename them", () => {
    const note = parseNote("People/Sam.md", "---\ntype: contact\nlast_contact: 2062-01-01\n---\n");
    const { network } = buildNetwork([note], aConfig({ keys: { nextStep: "Next action", nextStepDue: "Next action due" } }));
    expect(datesAhead(network, "2026-11-25")[0]?.message).toMatch(/put what is planned in Next action and Next action due$/);
  });

  it("leaves interaction notes dated ahead alone: a meeting may be prepared in advance", () => {
    const { network } = buildNetwork([
      parseNote("People/Sam.md", "---\ntype: contact\n---\n"),
      parseNote("Meetings/Sync.md", '---\ntype: interaction\ndate: 2026-12-10\nwith: "[[Sam]]"\n---\n'),
    ]);
    expect(datesAhead(network, "2026-11-25")).toEqual([]);
  });

  it("finds a log line written after start-up by a kept-current index, behind a meeting prepared ahead", () => {
    const index = new NetworkIndex();
    index.upsertAll([
      parseNote("People/Sam.md", "---\ntype: contact\n---\n## Interactions\n- 2026-10-01 call\n"),
      parseNote("Meetings/Sync.md", '---\ntype: interaction\ndate: 2026-12-20\nwith: "[[Sam]]"\n---\n'),
    ]);
    expect(datesAhead(index.network, "2026-11-25")).toEqual([]);
    index.upsert(
      parseNote("People/Sam.md", "---\ntype: contact\n---\n## Interactions\n- 2026-10-01 call\n- 2026-12-01 call: typo\n"),
    );
    expect(datesAhead(index.network, "2026-11-25").map((d) => [d.path, d.value])).toEqual([["People/Sam.md", "2026-12-01"]]);
  });
});
