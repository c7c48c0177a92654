import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { aVault, EXAMPLE_VAULT, kith } from "./helpers";

interface ParsedEvent {
  uid: string;
  start: string;
  allDay: boolean;
  summary: string;
  description: string;
}

interface IcalComponent {
  type: string;
  uid: string;
  start: Date;
  datetype: string;
  summary: unknown;
  description: unknown;
}
// node-ical's typings do not compile without skipLibCheck (TS1038), so it is loaded untyped
// with the little of its shape these tests use.
const ical = createRequire(import.meta.url)("node-ical") as {
  sync: { parseICS(text: string): Record<string, IcalComponent | undefined> };
};

const pad = (n: number) => String(n).padStart(2, "0");

/** Parses with node-ical, an implementation independent of the one that wrote the file. */
function events(ics: string): ParsedEvent[] {
  const parsed = ical.sync.parseICS(ics);
  const out: ParsedEvent[] = [];
  for (const component of Object.values(parsed)) {
    if (component?.type !== "VEVENT") continue;
    const start = component.start;
    // node-ical gives a date-only value as local midnight of that day.
    const day = `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`;
    out.push({
      uid: component.uid,
      start: day,
      allDay: component.datetype === "date",
      summary: typeof component.summary === "string" ? component.summary : String(component.summary),
      description: typeof component.description === "string" ? component.description : String(component.description),
    });
  }
  return out.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

describe("kith export ics", () => {
  it("writes one all-day event per follow-up that another parser reads back", async () => {
    const due = JSON.parse((await kith(["due", EXAMPLE_VAULT, "--today", "2026-11-25", "--within", "30", "--json"])).out) as { due: string; contact: string }[];
    const r = await kith(["export", "ics", EXAMPLE_VAULT, "--today", "2026-11-25"]);
    expect(r.code).toBe(0);
    const parsed = events(r.out);
    expect(parsed).toHaveLength(due.length);
    expect(parsed.every((e) => e.allDay)).toBe(true);
    // Each on its due day, or on today for those overdue (see below).
    expect(parsed.map((e) => e.start)).toEqual(due.map((d) => (d.due < "2026-11-25" ? "2026-11-25" : d.due)));
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

  it("tells namesakes apart in the summary, as kith due does, and leaves other names alone", async () => {
    const sam = "---\ntype: contact\ncadence: monthly\nlast_contact: 2026-09-01\n---\n";
    const vault = aVault({ "People/Sam Lee.md": sam, "Old/Sam Lee.md": sam, "People/Jo.md": sam });
    const summaries = events((await kith(["export", "ics", vault, "--today", "2026-11-25"])).out).map((e) => e.summary);
    expect(summaries.sort()).toEqual([
      "Jo: cadence (due 1 Oct)",
      "Sam Lee (Old/Sam Lee): cadence (due 1 Oct)",
      "Sam Lee (People/Sam Lee): cadence (due 1 Oct)",
    ]);
  });

  it("refuses an unknown format", async () => {
    const r = await kith(["export", "csv", EXAMPLE_VAULT]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown export format "csv"/);
  });
});

/** The events' content lines as written (unfolded: RFC 5545 §3.1), one array per VEVENT. */
function rawEvents(ics: string): string[][] {
  const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
  const out: string[][] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = [];
    else if (line === "END:VEVENT" && current !== undefined) {
      out.push(current);
      current = undefined;
    } else current?.push(line);
  }
  return out;
}

describe("kith export ics in calendar apps", () => {
  it("ends each all-day event the next day, across a month and a year's end", async () => {
    // A date-only DTSTART alone is one day by RFC 5545, but not to every reader: the end is
    // written, the day after, as calendar apps write their own all-day events.
    const vault = aVault({
      "People/Jo.md": "---\ntype: contact\nnext_step: Call\nnext_step_due: 2026-12-31\n---\n",
      "People/Ana.md": "---\ntype: contact\nnext_step: Write\nnext_step_due: 2027-02-28\n---\n",
    });
    const r = await kith(["export", "ics", vault, "--today", "2026-12-31", "--within", "90"]);
    const spans = rawEvents(r.out).map((e) => e.filter((l) => /^DT(START|END)/.test(l)));
    expect(spans).toEqual([
      ["DTSTART;VALUE=DATE:20261231", "DTEND;VALUE=DATE:20270101"],
      ["DTSTART;VALUE=DATE:20270228", "DTEND;VALUE=DATE:20270301"],
    ]);
  });

  it("leaves the day free: a reminder to write to someone is no meeting", async () => {
    // Without TRANSP an event is OPAQUE (RFC 5545 §3.8.2.7): imported into one's own calendar,
    // every follow-up would show the whole day as busy to anyone booking a meeting.
    const vault = aVault({ "People/Jo.md": "---\ntype: contact\nnext_step: Call\nnext_step_due: 2026-11-26\n---\n" });
    const [event] = rawEvents((await kith(["export", "ics", vault, "--today", "2026-11-25"])).out);
    expect(event).toContain("TRANSP:TRANSPARENT");
    expect(event).toContain("X-MICROSOFT-CDO-BUSYSTATUS:FREE");
  });

  it("shows an overdue follow-up on today, saying since when, not on a day already gone by", async () => {
    // A calendar is read from today on: an event left on its due day, weeks back, is never seen
    // again, and the follow-ups most gone cold would be the ones missing. `kith due` lists them
    // first; the calendar shows them today, each day the feed is made, under the same UID.
    const vault = aVault({
      "People/Rahul.md": "---\ntype: contact\ncadence: monthly\nlast_contact: 2026-09-10\n---\n",
      "People/Jo.md": "---\ntype: contact\nnext_step: Call\nnext_step_due: 2026-11-25\n---\n",
      "People/Ana.md": "---\ntype: contact\nnext_step: Write\nnext_step_due: 2026-11-27\n---\n",
      "People/Old.md": "---\ntype: contact\nnext_step: Send the deck\nnext_step_due: 2025-12-20\n---\n",
    });
    const shown = events((await kith(["export", "ics", vault, "--today", "2026-11-25"])).out).map((e) => [e.start, e.summary]);
    expect(shown.sort()).toEqual([
      ["2026-11-25", "Jo: next step"],
      ["2026-11-25", "Old: next step (due 20 Dec 2025)"],
      ["2026-11-25", "Rahul: cadence (due 10 Oct)"],
      ["2026-11-27", "Ana: next step"],
    ]);
  });

  it("writes an empty calendar when nothing is due, and says so on stderr when the folder has no contacts", async () => {
    // An empty feed empties a subscribed calendar: right when nobody is due, a surprise when a
    // scheduled export ran in the wrong folder.
    const quiet = aVault({ "People/Jo.md": "---\ntype: contact\ncadence: monthly\nlast_contact: 2026-11-20\n---\n" });
    const none = await kith(["export", "ics", quiet, "--today", "2026-11-25", "--within", "7"]);
    expect([none.code, none.err, events(none.out)]).toEqual([0, "", []]);
    // In-process, the last line's LF is io.out's own: icsBytes.test.ts checks the bytes.
    expect(none.out).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:[^\r]+\r\n[^]*END:VCALENDAR\r$/);
    const wrong = aVault({ "Notes/Groceries.md": "- milk\n" });
    const r = await kith(["export", "ics", wrong, "--today", "2026-11-25"]);
    expect(r.code).toBe(0);
    expect(events(r.out)).toEqual([]);
    expect(r.err).toMatch(/^No contacts in .+ \(1 note read\); the calendar is empty\./);
  });

  it("folds emoji, accents and right-to-left names between characters, never inside one", async () => {
    const name = "👩‍👩‍👧 Zoë 🇯🇵 مريم الحسيني Ñandú ".repeat(3).trim();
    const step = "Send the 🎉 write-up — ünïcødé, 中文; and more ".repeat(6).trim();
    const vault = aVault({
      "People/Zoë.md": `---\ntype: contact\nname: "${name}"\nnext_step: "${step}"\nnext_step_due: 2026-11-26\n---\n`,
    });
    const r = await kith(["export", "ics", vault, "--today", "2026-11-25"]);
    // Each line is at most 75 octets and whole characters: a fold inside an emoji's surrogate
    // pair would leave half of it, which UTF-8 can only write as U+FFFD.
    for (const line of r.out.split("\r\n")) {
      const octets = Buffer.from(line, "utf8");
      expect(octets.length).toBeLessThanOrEqual(75);
      expect(octets.toString("utf8")).not.toContain("\uFFFD");
    }
    const [event] = events(r.out);
    expect(event?.summary).toBe(`${name}: next step`);
    expect(event?.description).toBe(`Next step: ${step}\n\nNote: People/Zoë.md`);
  });
});
