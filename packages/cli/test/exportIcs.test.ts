import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { aVault, EXAMPLE_VAULT, kith } from "./helpers";

interface ParsedEvent {
  uid: string;
  start: string;
  allDay: boolean;
  summary: string;
  description: string;
}

/** Parses with ical.js, an implementation independent of the one that wrote the file. */
function events(ics: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return calendar.getAllSubcomponents("vevent").map((c) => {
    const e = new ICAL.Event(c);
    return { uid: e.uid, start: e.startDate.toString(), allDay: e.startDate.isDate, summary: e.summary, description: e.description };
  });
}

describe("kith export ics", () => {
  it("writes one all-day event per follow-up that another parser reads back", async () => {
    const due = JSON.parse((await kith(["due", EXAMPLE_VAULT, "--today", "2026-11-25", "--within", "30", "--json"])).out) as { due: string; contact: string }[];
    const r = await kith(["export", "ics", EXAMPLE_VAULT, "--today", "2026-11-25"]);
    expect(r.code).toBe(0);
    const parsed = events(r.out);
    expect(parsed).toHaveLength(due.length);
    expect(parsed.every((e) => e.allDay)).toBe(true);
    expect(parsed.map((e) => e.start)).toEqual(due.map((d) => d.due));
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(parsed.length);
  });

  it("folds long lines at 75 octets and escapes commas and semicolons", async () => {
    const vault = aVault({
      "People/Ana, the; Builder.md": "---\ntype: contact\nname: Ana, the; Builder\nnext_step: Send the long write-up about feature stores, embeddings; and the platform roadmap for 2027\nnext_step_due: 2026-11-25\n---\n",
    });
    const r = await kith(["export", "ics", vault, "--today", "2026-11-25"]);
    for (const line of r.out.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(r.out).toContain("SUMMARY:Ana\\, the\\; Builder: next step");
    const [event] = events(r.out);
    expect(event?.summary).toBe("Ana, the; Builder: next step");
    expect(event?.description).toContain("embeddings; and the platform roadmap for 2027");
  });

  it("keeps a follow-up's UID when its due day moves, so a subscribed calendar updates it", async () => {
    const before = aVault({ "People/Jo.md": "---\ntype: contact\ncadence: weekly\nlast_contact: 2026-11-10\n---\n" });
    const after = aVault({ "People/Jo.md": "---\ntype: contact\ncadence: weekly\nlast_contact: 2026-11-20\n---\n" });
    const [a] = events((await kith(["export", "ics", before, "--today", "2026-11-25"])).out);
    const [b] = events((await kith(["export", "ics", after, "--today", "2026-11-25"])).out);
    expect(a?.start).not.toBe(b?.start);
    expect(a?.uid).toBe(b?.uid);
  });

  it("is the same text for the same day (no clock in it)", async () => {
    const one = await kith(["export", "ics", EXAMPLE_VAULT, "--today", "2026-11-25"], process.cwd(), new Date("2026-11-25T08:00:00"));
    const two = await kith(["export", "ics", EXAMPLE_VAULT, "--today", "2026-11-25"], process.cwd(), new Date("2026-11-25T21:00:00"));
    expect(one.out).toBe(two.out);
  });

  it("refuses an unknown format", async () => {
    const r = await kith(["export", "csv", EXAMPLE_VAULT]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown export format "csv"/);
  });
});
