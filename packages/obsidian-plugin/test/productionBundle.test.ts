// The production main.js, not the source: loaded as Obsidian loads it (CommonJS, `obsidian`
// from the host) over the fake, it must show what the source shows. The bundle answers core's
// rrule with a slim RRule of rrule's own modules (scripts/bundle.mjs), so the vault has calendar
// cadences — RRULEs (BYSETPOS too) and English rules, which rrule reads — as well as interval ones.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import KithPlugin from "../src/main";
import { createTestApp } from "./fake/obsidian";
import { openView, sections, TODAY, VAULT } from "./helpers";
import { loadBundle } from "./loadBundle";

type PluginClass = typeof KithPlugin;

let BundledPlugin: PluginClass;

beforeAll(async () => {
  const exported = await loadBundle();
  if (exported.default === undefined) throw new Error("main.js exports no plugin");
  BundledPlugin = exported.default as PluginClass;
}, 60_000);

afterEach(() => vi.useRealTimers());

const CALENDAR_VAULT: Readonly<Record<string, string>> = {
  ...VAULT,
  // First Monday of the month: 2 Nov 2026 is the first after the last contact.
  "People/Eli Moss.md":
    "---\ntype: contact\ncadence: RRULE:FREQ=MONTHLY;BYDAY=1MO\nlast_contact: 2026-10-20\n---\n",
  // Fridays: 27 Nov 2026.
  "People/Fay Wong.md":
    "---\ntype: contact\ncadence: every week on Friday\nlast_contact: 2026-11-20\n---\n",
  // The last weekday of the month (BYSETPOS): Monday 30 Nov 2026.
  "People/Gus Park.md":
    "---\ntype: contact\ncadence: RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1\nlast_contact: 2026-10-30\n---\n",
  // The last Friday of every other month from the last contact: 27 Nov 2026.
  "People/Hal Ito.md":
    "---\ntype: contact\ncadence: every other month on the last friday\nlast_contact: 2026-09-25\n---\n",
};

/** What the view shows with a plugin class: the sections, and each row's reasons with their detail. */
async function shown(
  Plugin: PluginClass,
): Promise<{ sections: Record<string, string[]>; reasons: string[] }> {
  vi.useFakeTimers({ now: TODAY });
  const t = createTestApp({ files: CALENDAR_VAULT });
  await t.loadPlugin(Plugin);
  await t.layoutReady();
  await t.settled();
  const el = await openView(t);
  const reasons = el.findAll(".kith-row").map(
    (row) =>
      `${row.find(".kith-name")?.getText() ?? ""}: ${row
        .findAll(".kith-reason")
        .map((r) => `${r.getText()} (${r.getAttr("aria-label") ?? ""})`)
        .join(", ")}`,
  );
  return { sections: sections(el), reasons };
}

describe("the production main.js", () => {
  it("shows the same follow-ups as the source, calendar cadences included", async () => {
    const fromBundle = await shown(BundledPlugin);
    expect(fromBundle.sections).toEqual({
      Overdue: ["Jane Doe", "Eli Moss"],
      Today: ["Bob Lee"],
      Upcoming: ["Cara Diaz", "Fay Wong", "Hal Ito", "Gus Park"],
    });
    // The bundle's own RRule finds these days (`after`) and reads the English (`parseText`).
    expect(fromBundle.reasons.filter((r) => /Eli|Fay|Gus|Hal/.test(r))).toEqual([
      "Eli Moss: Keep in touch (Every month on the 1st Monday; last contact 20 Oct (due 2 Nov))",
      "Fay Wong: Keep in touch (Every week on Friday; last contact 20 Nov (due 27 Nov))",
      "Hal Ito: Keep in touch (Every 2 months on the last Friday; last contact 25 Sep (due 27 Nov))",
      "Gus Park: Keep in touch (Every month on the last weekday; last contact 30 Oct (due 30 Nov))",
    ]);
    expect(fromBundle).toEqual(await shown(KithPlugin));
  });
});
