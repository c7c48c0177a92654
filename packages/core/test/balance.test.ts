import { buildNetwork, parseConfig, parseDay, type NoteInput } from "@kith/core";
import { describe, expect, it } from "vitest";
import { askAdvice, giveAskBalance } from "@kith/core";

const JANE = "People/Jane Doe.md";
const jane = (frontmatter: Record<string, unknown> = {}): NoteInput => ({
  path: JANE,
  frontmatter: { type: "contact", name: "Jane Doe", ...frontmatter },
});

const giveNote = (name: string, date: string, gave = "an intro"): NoteInput => ({
  path: `Gives/${name}.md`,
  frontmatter: { type: "give", to: "[[Jane Doe]]", date, gave },
});

const askNote = (name: string, frontmatter: Record<string, unknown>): NoteInput => ({
  path: `Asks/${name}.md`,
  frontmatter: { type: "ask", asked: "[[Jane Doe]]", ask: "referral", ...frontmatter },
});

const network = (notes: readonly NoteInput[], settings: Record<string, unknown> = {}) =>
  buildNetwork(notes, parseConfig(settings).config).network;

describe("giveAskBalance", () => {
  it("counts gives from give notes and from interactions where you gave something", () => {
    const net = network([
      jane(),
      giveNote("Intro to Bob", "2026-03-01"),
      {
        path: "Interactions/2026-05-02 Coffee.md",
        frontmatter: {
          type: "interaction",
          date: "2026-05-02",
          with: "[[Jane Doe]]",
          kind: "coffee",
          gave: "feedback on her talk",
        },
      },
      {
        path: "Interactions/2026-06-01 Call.md",
        frontmatter: {
          type: "interaction",
          date: "2026-06-01",
          with: "[[Jane Doe]]",
          kind: "call",
        },
      },
    ]);
    const balance = giveAskBalance(net, JANE);
    expect(balance.gives).toBe(2);
    expect(balance.lastGive).toBe(parseDay("2026-05-02"));
    expect(balance.asks).toBe(0);
    expect(balance.lastAsk).toBeUndefined();
  });

  it("counts only asks you actually made, not ideas", () => {
    const net = network([
      jane(),
      askNote("Idea", { status: "idea" }),
      askNote("Referral", { status: "agreed", asked_on: "2026-04-01", responded_on: "2026-04-03" }),
      askNote("Advice", { ask: "advice", status: "declined", asked_on: "2026-02-01" }),
    ]);
    expect(giveAskBalance(net, JANE)).toEqual({
      gives: 0,
      asks: 2,
      lastAsk: parseDay("2026-04-01"),
    });
  });

  it("is empty for someone with no history", () => {
    expect(giveAskBalance(network([jane()]), JANE)).toEqual({ gives: 0, asks: 0 });
  });
});

describe("askAdvice", () => {
  it("warns before asking again within 90 days, naming the previous ask and its date", () => {
    const net = network([
      jane(),
      giveNote("Intro", "2026-01-10"),
      askNote("Referral to Acme", {
        status: "asked",
        asked_on: "2026-10-03",
        for: "Staff Engineer",
        org: "[[Acme Corp]]",
      }),
    ]);
    const advice = askAdvice(net, JANE, "2026-10-20");
    expect(advice.ok).toBe(false);
    expect(advice.warnings).toEqual([
      "You asked Jane Doe for a referral for Staff Engineer at Acme Corp on 3 Oct, 17 days ago; " +
        "wait until 1 Jan 2027 (90 days between asks) before asking again.",
    ]);
    expect(advice.balance).toMatchObject({ gives: 1, asks: 1 });
  });

  it("does not warn once the cooldown has passed, and follows the configured cooldown", () => {
    const notes = [
      jane(),
      giveNote("Intro", "2026-01-10"),
      askNote("Old", { status: "declined", asked_on: "2026-06-01" }),
    ];
    expect(askAdvice(network(notes), JANE, "2026-10-20")).toMatchObject({ ok: true, warnings: [] });
    const longer = askAdvice(network(notes, { askCooldownDays: 180 }), JANE, "2026-10-20");
    expect(longer.ok).toBe(false);
    expect(longer.warnings[0]).toContain("on 1 Jun, 141 days ago");
    expect(longer.warnings[0]).toContain("(180 days between asks)");
    const day = askAdvice(network([jane(), giveNote("Intro", "2026-01-10"), askNote("Old", { status: "declined", asked_on: "2026-10-20" })], { askCooldownDays: 1 }), JANE, "2026-10-20");
    expect(day.warnings[0]).toContain("(1 day between asks)");
  });

  it("ignores an ask that stayed an idea", () => {
    const net = network([
      jane(),
      giveNote("Intro", "2026-01-10"),
      askNote("Idea", { status: "idea" }),
    ]);
    expect(askAdvice(net, JANE, "2026-10-20").ok).toBe(true);
  });

  it("warns before asking someone you have never given anything", () => {
    const advice = askAdvice(network([jane()]), JANE, "2026-10-20");
    expect(advice.ok).toBe(false);
    expect(advice.warnings).toEqual([
      "You have never given Jane Doe anything: offer help first (an intro, advice, a referral) before you ask.",
    ]);
  });

  it("gives both warnings when both apply, cooldown first", () => {
    const net = network([jane(), askNote("Referral", { status: "asked", asked_on: "2026-10-19" })]);
    const advice = askAdvice(net, JANE, "2026-10-20");
    expect(advice.warnings).toHaveLength(2);
    expect(advice.warnings[0]).toContain("on 19 Oct, yesterday");
    expect(advice.warnings[1]).toContain("never given Jane Doe anything");
  });

  it("says so when the path is not a contact, instead of throwing", () => {
    const advice = askAdvice(network([jane()]), "People/Nobody.md", "2026-10-20");
    expect(advice.ok).toBe(false);
    expect(advice.warnings[0]).toContain('"People/Nobody.md" is not a contact note');
  });
});
