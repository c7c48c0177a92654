// The `kith` code block: renders inside a note, keeps itself current, and stops when unloaded.
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseBlockQuery } from "../src/view/codeBlock";
import { flush, sections, start, VAULT } from "./helpers";

afterEach(() => vi.useRealTimers());

const ASKS: Record<string, string> = {
  "Asks/Referral from Jane.md": `---
type: ask
asked: "[[Jane Doe]]"
ask: referral
for: Staff Engineer
org: "[[Acme Corp]]"
status: asked
asked_on: 2026-11-10
---
`,
  "Asks/Intro from Bob.md": `---
type: ask
asked: "[[Bob Lee]]"
ask: intro
status: referred
asked_on: 2026-11-01
referred_on: 2026-11-20
thanked: true
---
`,
};

const UPDATE = `---
type: update
date: 2026-11-20
title: Promoted to staff
audience: [mentor]
---
`;

describe("parseBlockQuery", () => {
  it("reads every form, and says what works for anything else", () => {
    expect(parseBlockQuery("due")).toEqual({ ok: true, value: { kind: "due", within: undefined } });
    expect(parseBlockQuery("\n  due within 14 days\n")).toEqual({
      ok: true,
      value: { kind: "due", within: 14 },
    });
    expect(parseBlockQuery("asks")).toEqual({ ok: true, value: { kind: "asks" } });
    expect(parseBlockQuery("cold")).toEqual({ ok: true, value: { kind: "cold" } });
    expect(parseBlockQuery("digest")).toEqual({ ok: true, value: { kind: "digest" } });
    expect(parseBlockQuery("tell [[Promoted]]")).toEqual({
      ok: true,
      value: { kind: "tell", target: "[[Promoted]]" },
    });
    expect(parseBlockQuery("overdue")).toEqual({
      ok: false,
      issues: [
        '"overdue" is not something a kith block shows. Write one of: "due", "due within 14", "asks", "cold", "tell [[Update]]", "digest".',
      ],
    });
  });
});

describe("the kith code block", () => {
  it("renders the follow-ups due and keeps them current", async () => {
    const { t } = await start();
    const block = await t.renderCodeBlock("kith", "due within 1", "Home.md");
    expect(sections(block.el)).toEqual({ Overdue: ["Jane Doe"], Today: ["Bob Lee"] });
    await t.write(
      "People/Cara Diaz.md",
      "---\ntype: contact\ncadence: weekly\nlast_contact: 2026-11-18\n---\n",
    );
    await t.settled();
    expect(sections(block.el)).toEqual({ Overdue: ["Jane Doe"], Today: ["Bob Lee", "Cara Diaz"] });
  });

  it("says how far it looked when nobody is due, in words for today and tomorrow", async () => {
    const { t } = await start({
      "People/Dan Park.md": "---\ntype: contact\ncadence: quarterly\nlast_contact: 2026-11-01\n---\n",
    });
    const empty = async (query: string) =>
      (await t.renderCodeBlock("kith", query, "Home.md")).el.find(".kith-empty")?.getText();
    expect(await empty("due within 0")).toBe("Nobody is due today.");
    expect(await empty("due within 1")).toBe("Nobody is due today or tomorrow.");
    expect(await empty("due within 14")).toBe("Nobody is due in the next 14 days.");
  });

  it("stops following the vault once its note's view unloads it", async () => {
    const { t } = await start();
    const block = await t.renderCodeBlock("kith", "due", "Home.md");
    const before = block.el.innerHTML;
    block.unload();
    await t.fileManager.trashFile(t.file("People/Jane Doe.md"));
    await t.settled();
    expect(block.el.innerHTML).toBe(before);
  });

  it("lists the asks that need something, by status", async () => {
    const { t } = await start({ ...VAULT, ...ASKS });
    const block = await t.renderCodeBlock("kith", "asks", "Home.md");
    expect(
      block.el.findAll(".kith-section-title span:first-child").map((s) => s.getText()),
    ).toEqual(["Asked", "Referred"]);
    expect(block.el.findAll("li").map((li) => li.getText())).toEqual([
      // The day asked, as kith asks shows it: the nudge counts from it.
      // Asked 15 days before today: the nudge kith due lists since 17 Nov.
      "Jane Doe: a referral for Staff Engineer at Acme Corp (asked 2026-11-10) — nudge now: no reply in 15 days",
      "Bob Lee: an intro (asked 2026-11-01) — wait to hear from the company",
    ]);
  });

  it("says when to nudge an ask, and to nudge now once the day comes", async () => {
    const { t } = await start({
      ...VAULT,
      "Asks/Intro from Cara.md":
        '---\ntype: ask\nasked: "[[Cara Diaz]]"\nask: intro\nstatus: asked\nasked_on: 2026-11-20\n---\n',
    });
    const block = await t.renderCodeBlock("kith", "asks", "Home.md");
    const needs = () => block.el.findAll("li .kith-detail").map((d) => d.getText());
    expect(needs()).toEqual([" — wait for a reply; nudge on 27 Nov if none comes"]);
    vi.setSystemTime(new Date(2026, 10, 28, 0, 5));
    await vi.advanceTimersByTimeAsync(60_000);
    await flush();
    expect(needs()).toEqual([" — nudge now: no reply in 8 days"]);
  });

  it("lists who has not heard an update, and follows the update's told", async () => {
    const { t } = await start({ ...VAULT, "Updates/Promoted.md": UPDATE });
    const block = await t.renderCodeBlock("kith", "tell [[Promoted]]", "Home.md");
    expect(block.el.find(".kith-section-title")?.getText()).toBe(
      "Who has not heard: Promoted to staff",
    );
    expect(block.el.findAll("li .kith-link").map((a) => a.getText())).toEqual(["Jane Doe"]);
    await t.write("Updates/Promoted.md", UPDATE.replace("---\n", '---\ntold: ["[[Jane Doe]]"]\n'));
    await t.settled();
    expect(block.el.find(".kith-empty")?.getText()).toBe("Everyone who should know has heard.");
  });

  it("says what is wrong with a target that names nothing", async () => {
    const { t } = await start();
    const block = await t.renderCodeBlock("kith", "tell [[Nothing]]", "Home.md");
    expect(block.el.find(".kith-block-error")?.getText()).toMatch(/^"\[\[Nothing\]\]"/);
  });

  it("is left as drawn when a change elsewhere changes nothing it shows", async () => {
    const { t } = await start({ ...VAULT, ...ASKS, "Updates/Promoted.md": UPDATE });
    const blocks = await Promise.all(
      ["due", "asks", "cold", "tell [[Promoted]]", "digest"].map((query) =>
        t.renderCodeBlock("kith", query, "Home.md"),
      ),
    );
    await flush();
    const drawn = blocks.map((block) => block.el.firstElementChild);
    await t.write("Daily/2026-11-24.md", "# Tuesday\nTyping something.\n");
    await t.settled();
    // The very elements drawn first, not copies: nothing was emptied and drawn again.
    blocks.forEach((block, i) => expect(block.el.firstElementChild).toBe(drawn[i]));
    expect(drawn.every((el) => el !== null)).toBe(true);
    // A change to what it shows still redraws it.
    await t.write("Updates/Promoted.md", UPDATE.replace("---\n", '---\ntold: ["[[Jane Doe]]"]\n'));
    await t.settled();
    expect(blocks[3]?.el.find(".kith-empty")?.getText()).toBe(
      "Everyone who should know has heard.",
    );
  });

  it("renders the weekly digest as markdown", async () => {
    const { t } = await start();
    const block = await t.renderCodeBlock("kith", "digest", "Home.md");
    await flush();
    expect(block.el.find(".kith-digest")?.getText()).toContain("Jane Doe");
  });

  it("shows namesakes in the digest with their notes, as kith digest does", async () => {
    const { t } = await start({ ...VAULT, "Old/Jane Doe.md": "---\ntype: contact\ncadence: monthly\nlast_contact: 2026-10-01\n---\n" });
    const block = await t.renderCodeBlock("kith", "digest", "Home.md");
    await flush();
    const links = block.el.findAll(".kith-digest a.internal-link").map((a) => a.getText());
    expect(links).toContain("Jane Doe (People/Jane Doe)");
    expect(links).toContain("Jane Doe (Old/Jane Doe)");
    expect(links).not.toContain("Jane Doe");
    expect(links).toContain("Bob Lee");
  });

  it("tells namesakes apart in due, asks, cold and tell, and stops once the other note goes", async () => {
    const coffees = ["2026-05-05", "2026-06-02", "2026-07-07", "2026-08-04"]
      .map((d) => `- ${d} coffee`)
      .join("\n");
    const { t } = await start({
      ...VAULT,
      "Updates/Promoted.md": UPDATE,
      "Old/Jane Doe.md": `---\ntype: contact\ncadence: monthly\ntags: [mentor]\n---\n## Interactions\n${coffees}\n`,
      "Asks/Intro from Old Jane.md":
        '---\ntype: ask\nasked: "[[Old/Jane Doe]]"\nask: intro\nstatus: agreed\nasked_on: 2026-11-01\nresponded_on: 2026-11-03\n---\n',
    });
    const names = async (query: string) =>
      (await t.renderCodeBlock("kith", query, "Home.md")).el
        .findAll(".kith-name, li .kith-link")
        .map((a) => a.getText());
    const due = await t.renderCodeBlock("kith", "due", "Home.md");
    expect(sections(due.el)).toEqual({
      Overdue: ["Jane Doe (Old/Jane Doe)", "Jane Doe (People/Jane Doe)"],
      Today: ["Bob Lee"],
      Upcoming: ["Cara Diaz"],
    });
    expect(await names("cold")).toContain("Jane Doe (Old/Jane Doe)");
    expect(await names("tell [[Promoted]]")).toEqual([
      "Jane Doe (Old/Jane Doe)",
      "Jane Doe (People/Jane Doe)",
    ]);
    const asks = await t.renderCodeBlock("kith", "asks", "Home.md");
    expect(asks.el.findAll("li .kith-link").map((a) => a.getText())).toEqual([
      "Jane Doe (Old/Jane Doe): an intro (asked 2026-11-01)",
    ]);

    await t.fileManager.trashFile(t.file("Old/Jane Doe.md"));
    await t.settled();
    expect(sections(due.el)).toEqual({
      Overdue: ["Jane Doe"],
      Today: ["Bob Lee"],
      Upcoming: ["Cara Diaz"],
    });
    expect(await names("tell [[Promoted]]")).toEqual(["Jane Doe"]);
  });

  it("lists ties going cold", async () => {
    const coffees = ["2026-05-05", "2026-06-02", "2026-07-07", "2026-08-04"]
      .map((d) => `- ${d} coffee`)
      .join("\n");
    const { t } = await start({
      ...VAULT,
      "People/Fay Wu.md": `---\ntype: contact\n---\n## Interactions\n${coffees}\n`,
    });
    const block = await t.renderCodeBlock("kith", "cold", "Home.md");
    expect(block.el.findAll("li .kith-link").map((a) => a.getText())).toContain("Fay Wu");
  });

  it("says how to write a block it cannot read", async () => {
    const { t } = await start();
    const block = await t.renderCodeBlock("kith", "", "Home.md");
    expect(block.el.find(".kith-block-error")?.getText()).toMatch(
      /^This kith block is empty\. Write one of/,
    );
  });
});
