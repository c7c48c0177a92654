import { describe, expect, it } from "vitest";
import {
  ASK_STATUSES,
  applyToFrontmatter,
  askDiagnostics,
  askNeeds,
  askNudge,
  canMoveAsk,
  defaultConfig,
  dueFollowUps,
  keyMapFor,
  moveAsk,
  nextAskStatuses,
  parseDay,
  type Ask,
  type AskStatus,
  type Day,
  type Diagnostic,
  type NoteInput,
} from "@kith/core";
import { aContactNote, anAskNote, networkOf, type Frontmatter } from "./builders";

const ASK = "Asks/Referral to Acme.md";

function day(text: string): Day {
  const d = parseDay(text);
  if (d === undefined) throw new Error(`bad test day ${text}`);
  return d;
}

/** The ask as Kith reads it from a note with these frontmatter keys (over the builder's defaults). */
function anAsk(frontmatter: Frontmatter = {}): Ask {
  const ask = networkOf([aContactNote(), anAskNote(frontmatter)]).network.asks.get(ASK);
  if (ask === undefined) throw new Error("the ask did not load");
  return ask;
}

/** The diagnostics buildNetwork reports for the ask note. */
function diagnosticsOf(frontmatter: Frontmatter): Diagnostic[] {
  return networkOf([aContactNote(), anAskNote(frontmatter)]).diagnostics.filter(
    (d) => d.path === ASK,
  );
}

// The pipeline of DESIGN.md: idea → asked → agreed | declined | no-response,
// agreed → referred → interviewing → offer | rejected | hired, and withdrawn from anywhere not
// ended. Beyond the design's arrows: asking again after no response, a rejection straight after
// the referral, and an offer that ends hired or rejected.
const PIPELINE: Readonly<Record<AskStatus, readonly AskStatus[]>> = {
  idea: ["asked", "withdrawn"],
  asked: ["agreed", "declined", "no-response", "withdrawn"],
  "no-response": ["asked", "withdrawn"],
  agreed: ["referred", "withdrawn"],
  referred: ["interviewing", "rejected", "withdrawn"],
  interviewing: ["offer", "rejected", "hired", "withdrawn"],
  offer: ["hired", "rejected", "withdrawn"],
  declined: [],
  rejected: [],
  hired: [],
  withdrawn: [],
};
const ENDED: readonly AskStatus[] = ["declined", "rejected", "hired", "withdrawn"];

describe("the ask pipeline", () => {
  const pairs = ASK_STATUSES.flatMap((from) =>
    ASK_STATUSES.map((to) => [from, to, PIPELINE[from].includes(to)] as const),
  );

  it.each(pairs)("%s → %s is allowed: %s", (from, to, allowed) => {
    expect(canMoveAsk(from, to)).toBe(allowed);
    expect(moveAsk(anAsk({ status: from }), to, day("2026-11-20")).ok).toBe(allowed);
  });

  it.each(ASK_STATUSES)("lists the steps that follow %s", (from) => {
    expect([...nextAskStatuses(from)].sort()).toEqual([...PIPELINE[from]].sort());
  });

  it("lets you withdraw from anywhere not ended", () => {
    const open = ASK_STATUSES.filter((s) => !ENDED.includes(s));
    expect(open.filter((s) => !canMoveAsk(s, "withdrawn"))).toEqual([]);
  });

  it("moves nothing on from an end", () => {
    expect(ENDED.flatMap((s) => nextAskStatuses(s))).toEqual([]);
  });

  it("lets a hire follow the interviews directly, as the design draws it", () => {
    expect(canMoveAsk("interviewing", "hired")).toBe(true);
  });
});

describe("moving an ask", () => {
  const on = day("2026-11-20");
  const moved = (from: AskStatus, to: AskStatus) => {
    const result = moveAsk(anAsk({ status: from }), to, on);
    if (!result.ok) throw new Error(result.issues.join("; "));
    return result.value.set;
  };

  it("to asked records asked_on", () => {
    expect(moved("idea", "asked")).toEqual({ status: "asked", askedOn: "2026-11-20" });
  });

  it.each(["agreed", "declined"] as const)("to %s records responded_on", (to) => {
    expect(moved("asked", to)).toEqual({ status: to, respondedOn: "2026-11-20" });
  });

  it("to no-response records no responded_on: there was no response", () => {
    expect(moved("asked", "no-response")).toEqual({ status: "no-response" });
  });

  it("to referred records referred_on", () => {
    expect(moved("agreed", "referred")).toEqual({ status: "referred", referredOn: "2026-11-20" });
  });

  it("to interviewing records only the status", () => {
    expect(moved("referred", "interviewing")).toEqual({ status: "interviewing" });
  });

  it.each([
    ["interviewing", "offer"],
    ["offer", "hired"],
    ["interviewing", "hired"],
    ["referred", "rejected"],
    ["asked", "withdrawn"],
  ] as const)("from %s to the outcome %s records closed_on", (from, to) => {
    expect(moved(from, to)).toEqual({ status: to, closedOn: "2026-11-20" });
  });

  it("that skips a step is refused, saying which steps would work", () => {
    expect(moveAsk(anAsk({ status: "idea" }), "referred", on)).toEqual({
      ok: false,
      issues: [
        `${ASK}: an ask cannot go from "idea" to "referred"; from "idea" it can go to "asked", "withdrawn"`,
      ],
    });
  });

  it("that has ended is refused, saying it is final", () => {
    expect(moveAsk(anAsk({ status: "hired" }), "withdrawn", on)).toEqual({
      ok: false,
      issues: [`${ASK}: an ask cannot go from "hired" to "withdrawn"; "hired" is final`],
    });
  });

  it("leaves the ask it was given unchanged", () => {
    const ask = anAsk({ status: "asked" });
    const before = structuredClone(ask);
    moveAsk(ask, "agreed", on);
    expect(ask).toEqual(before);
  });

  it("asked again after no response gets a new nudge a week later, and no date problem", () => {
    const fm: Record<string, unknown> = {
      type: "ask",
      asked: "[[Jane Doe]]",
      ask: "referral",
      status: "asked",
      asked_on: "2026-10-01",
    };
    const keyMap = keyMapFor(defaultConfig());
    const step = (to: AskStatus, date: string) => {
      const note: NoteInput = { path: ASK, frontmatter: { ...fm } };
      const ask = networkOf([aContactNote(), note]).network.asks.get(ASK);
      if (ask === undefined) throw new Error("the ask did not load");
      const result = moveAsk(ask, to, day(date));
      if (!result.ok) throw new Error(result.issues.join("; "));
      applyToFrontmatter(fm, { path: ASK, set: result.value.set }, keyMap);
    };
    step("no-response", "2026-10-20");
    step("asked", "2026-11-10");
    const { network, diagnostics } = networkOf([aContactNote(), { path: ASK, frontmatter: fm }]);
    expect(diagnostics.filter((d) => d.path === ASK)).toEqual([]);
    const nudges = dueFollowUps(network, { today: "2026-11-25", within: 0 }).filter(
      (f) => f.reason === "ask-follow-up",
    );
    expect(nudges.map((f) => f.due)).toEqual(["2026-11-17"]);
  });
});

describe("an ask note that contradicts the pipeline", () => {
  it("is reported when its status skips asked (referred without asked_on)", () => {
    expect(
      diagnosticsOf({ status: "referred", asked_on: null, referred_on: "2026-11-20" }),
    ).toEqual([
      {
        path: ASK,
        severity: "warning",
        key: "asked_on",
        value: null,
        message:
          'status is "referred" but the ask has no asked_on date; it skipped "asked". Add "asked_on: YYYY-MM-DD" so Kith can time the follow-ups',
      },
    ]);
  });

  it("is reported when its dates contradict it (referred_on before asked_on)", () => {
    expect(
      diagnosticsOf({ status: "referred", asked_on: "2026-10-01", referred_on: "2026-09-20" }),
    ).toEqual([
      {
        path: ASK,
        severity: "warning",
        key: "referred_on",
        value: "2026-09-20",
        message: "referred_on 2026-09-20 is before asked_on 2026-10-01; one of the dates is wrong",
      },
    ]);
  });

  it("names the keys as the note spells them", () => {
    const [problem] = diagnosticsOf({
      status: "referred",
      asked_on: "2026-10-01",
      "Referred On": "2026-09-20",
    });
    expect(problem).toMatchObject({
      key: "Referred On",
      value: "2026-09-20",
      message: "Referred On 2026-09-20 is before asked_on 2026-10-01; one of the dates is wrong",
    });
  });

  it("is reported when a response comes before the ask", () => {
    expect(
      diagnosticsOf({ status: "agreed", asked_on: "2026-10-01", responded_on: "2026-09-30" }),
    ).toMatchObject([{ key: "responded_on", value: "2026-09-30" }]);
  });

  it("is reported when an idea already has asked_on", () => {
    expect(diagnosticsOf({ status: "idea", asked_on: "2026-10-01" })).toMatchObject([
      { key: "status", value: "idea" },
    ]);
  });

  it.each(["agreed", "interviewing", "hired"])(
    "is reported when it is %s, not thanked, with no day they agreed or referred: the thank-you has no day",
    (status) => {
      const found = diagnosticsOf({ ask: "intro", status, closed_on: status === "hired" ? "2026-11-20" : null });
      expect(found).toEqual([
        {
          path: ASK,
          severity: "warning",
          key: "responded_on",
          value: null,
          message: `status is "${status}" but the ask has no responded_on date, the day they agreed; add "responded_on: YYYY-MM-DD" so Kith can remind you to thank them (or "thanked: true" if you have)`,
        },
      ]);
      expect(diagnosticsOf({ ask: "intro", status: "agreed", thanked: true })).toEqual([]);
      expect(diagnosticsOf({ ask: "intro", status: "agreed", responded_on: "2026-10-03" })).toEqual([]);
    },
  );

  it("is reported when a referral at interviews skipped referred", () => {
    expect(diagnosticsOf({ status: "interviewing", responded_on: "2026-10-03" })).toMatchObject([
      { key: "referred_on", value: null },
    ]);
  });

  it.each(["offer", "hired", "rejected", "withdrawn"])(
    "is reported when it ended %s without closed_on, which closing the loop needs",
    (status) => {
      const found = diagnosticsOf({
        status,
        responded_on: "2026-10-03",
        referred_on: "2026-10-05",
      });
      expect(found.map((d) => d.key)).toEqual(["closed_on"]);
    },
  );

  it("is not reported when every step has its date, in order", () => {
    expect(
      diagnosticsOf({
        status: "hired",
        asked_on: "2026-10-01",
        responded_on: "2026-10-03",
        referred_on: "2026-10-05",
        closed_on: "2026-11-20",
      }),
    ).toEqual([]);
  });

  it("is checked on its own by askDiagnostics, with the note's keys", () => {
    const ask = anAsk({ status: "referred", asked_on: "2026-10-01", referred_on: "2026-09-20" });
    expect(askDiagnostics(ask, { referredOn: "referredOn" })).toMatchObject([
      { path: ASK, key: "referredOn" },
    ]);
  });
});

describe("what an ask needs next", () => {
  it.each([
    [{ status: "idea", asked_on: null }, "decide and ask"],
    [{ status: "asked", asked_on: "2026-10-01" }, "wait for a reply; nudge after 7 days without one"],
    [{ status: "agreed" }, "thank them; wait for the referral"],
    [{ status: "agreed", thanked: true }, "wait for the referral"],
    [{ status: "hired" }, "tell them how it ended"],
    [{ status: "hired", outcome_shared: true }, undefined],
    [{ status: "withdrawn", asked_on: "2026-10-01" }, "tell them how it ended"],
    // Dropped while an idea: nobody to tell, and no close-loop follow-up either.
    [{ status: "withdrawn", asked_on: null }, undefined],
  ] as const)("%o: %s", (frontmatter, needs) => {
    expect(askNeeds(anAsk(frontmatter))).toBe(needs);
  });

  it("says to thank them at the end too, when the follow-ups have a thank-you for it", () => {
    // As kith due would list a thank row beside the close-loop one.
    const ended = { referred_on: "2026-10-05", closed_on: "2026-11-20" };
    expect(askNeeds(anAsk({ status: "hired", ...ended }))).toBe("thank them; tell them how it ended");
    expect(askNeeds(anAsk({ status: "rejected", ...ended, outcome_shared: true }))).toBe("thank them");
    expect(askNeeds(anAsk({ status: "withdrawn", responded_on: "2026-10-03", closed_on: "2026-11-20" }))).toBe(
      "thank them; tell them how it ended",
    );
    expect(askNeeds(anAsk({ status: "hired", ...ended, thanked: true }))).toBe("tell them how it ended");
    expect(askNeeds(anAsk({ status: "withdrawn", closed_on: "2026-11-20" }))).toBe("tell them how it ended");
  });

  it("says when to nudge as the settings do (askFollowUpDays)", () => {
    expect(askNeeds(anAsk({ status: "asked", asked_on: "2026-10-01" }), 1)).toBe(
      "wait for a reply; nudge after 1 day without one",
    );
    expect(askNeeds(anAsk({ status: "asked" }), 14)).toBe(
      "wait for a reply; nudge after 14 days without one",
    );
  });
});

describe("what an ask waiting for a reply needs, on the day asked about", () => {
  /** The ask's advice on `today`, and kith due's nudge row for it (its due day, or undefined). */
  function onDay(today: string, notes: readonly NoteInput[], config = defaultConfig()) {
    const { network } = networkOf([aContactNote(), ...notes], config);
    const ask = network.asks.get(ASK);
    if (ask === undefined) throw new Error("the ask did not load");
    const row = dueFollowUps(network, { today, within: 365 }).find((f) => f.reason === "ask-follow-up");
    return { needs: askNeeds(ask, { network, today: day(today) }), row: row?.due, nudge: askNudge(ask, network, day(today)) };
  }
  const asked = anAskNote({ status: "asked", asked_on: "2026-11-10" });
  const coffee = (date: string, direction = "outbound"): NoteInput => ({
    path: `Interactions/${date}.md`,
    frontmatter: { type: "interaction", date, with: "[[Jane Doe]]", kind: "email", direction },
  });

  it("says the day to nudge before it, and to nudge now from the day kith due lists the nudge", () => {
    expect(onDay("2026-11-12", [asked])).toMatchObject({
      needs: "wait for a reply; nudge on 17 Nov if none comes",
      row: "2026-11-17",
    });
    expect(onDay("2026-11-16", [asked]).needs).toBe("wait for a reply; nudge on 17 Nov if none comes");
    expect(onDay("2026-11-17", [asked])).toMatchObject({ needs: "nudge now: no reply in 7 days", row: "2026-11-17" });
    expect(onDay("2026-11-25", [asked]).needs).toBe("nudge now: no reply in 15 days");
    // Another year: the day says which.
    expect(onDay("2027-01-05", [asked]).needs).toBe("nudge now: no reply in 56 days");
    expect(onDay("2026-11-12", [asked], { ...defaultConfig(), askFollowUpDays: 10 }).needs).toBe(
      "wait for a reply; nudge on 20 Nov if none comes",
    );
  });

  it("counts a nudge you sent as kith due does, and not a message from them", () => {
    const nudged = [asked, coffee("2026-11-18")];
    expect(onDay("2026-11-20", nudged)).toMatchObject({
      needs: "wait for a reply; nudge again on 25 Nov if none comes",
      row: "2026-11-25",
    });
    expect(onDay("2026-11-26", nudged).needs).toBe("nudge again now: no reply in 8 days since you nudged 18 Nov");
    // A nudge sent after the day asked about is not counted yet.
    expect(onDay("2026-11-17", nudged).needs).toBe("nudge now: no reply in 7 days");
    // Theirs is no nudge of yours: the nudge stays due, in kith due and here.
    expect(onDay("2026-11-20", [asked, coffee("2026-11-18", "inbound")])).toMatchObject({
      needs: "nudge now: no reply in 10 days",
      row: "2026-11-17",
    });
  });

  it("waits for a snooze of the person asked, as kith due moves the nudge to it", () => {
    const notes = [asked, aContactNote({ snooze_until: "2026-11-30" })];
    expect(onDay("2026-11-20", notes)).toMatchObject({
      needs: "wait for a reply; nudge on 30 Nov, when the snooze ends, if none comes",
      row: "2026-11-30",
    });
    expect(onDay("2026-11-30", notes).needs).toBe("nudge now: no reply in 20 days");
  });

  it("says what is left once they replied, and the rule when the ask has no day asked", () => {
    const replied = anAskNote({ status: "asked", asked_on: "2026-11-10", responded_on: "2026-11-12" });
    expect(onDay("2026-11-25", [replied])).toMatchObject({
      needs: "they replied 12 Nov: set the status to agreed or declined",
      row: undefined,
      nudge: undefined,
    });
    expect(onDay("2026-11-25", [anAskNote({ status: "asked", asked_on: null })])).toMatchObject({
      needs: "wait for a reply; nudge after 7 days without one",
      row: undefined,
    });
  });
});
