// The plugin's test harness on top of the Obsidian fake: a vault of realistic notes, the plugin
// loaded and started on a fixed day, and readers for what the user sees.
import { createTestApp, type TestApp } from "./fake/obsidian";
import { vi } from "vitest";
import KithPlugin from "../src/main";
import { VIEW_TYPE_FOLLOW_UPS } from "../src/view/followUpsView";

/** 25 Nov 2026, 09:00 on the machine's clock, whatever its time zone. */
export const TODAY = new Date(2026, 10, 25, 9, 0, 0);

/** Frontmatter as Obsidian hands it over: dates as strings, links quoted, flow lists. */
export const JANE = `---
type: contact
org: "[[Acme Corp]]"
cadence: monthly
last_contact: 2026-10-01
tags: [mentor]
---
# Jane Doe

## Interactions
- 2026-10-01 coffee: talked about the platform team

## Notes
Likes hiking.
`;

export const BOB = `---
type: person
role: Recruiter
cadence: every 2 weeks
last_contact: 2026-11-11
---
`;

export const CARA = `---
type: contact
cadence: weekly
last_contact: 2026-11-20
---
`;

const DAN = `---
type: contact
cadence: quarterly
last_contact: 2026-11-01
---
`;

const ACME = `---
type: org
---
`;

/** Four people: Jane overdue, Bob due today, Cara upcoming, Dan not due within the week. */
export const VAULT: Readonly<Record<string, string>> = {
  "People/Jane Doe.md": JANE,
  "People/Bob Lee.md": BOB,
  "People/Cara Diaz.md": CARA,
  "People/Dan Park.md": DAN,
  "Orgs/Acme Corp.md": ACME,
  "Daily/2026-11-24.md": "# Tuesday\nNothing to do with people.\n",
};

export interface Started {
  readonly t: TestApp;
  readonly plugin: KithPlugin;
}

/**
 * Loads the plugin over `files` with the clock at {@link TODAY} and finishes start-up. Fakes the
 * timers (`vi.useRealTimers()` in `afterEach`).
 */
export async function start(files: Readonly<Record<string, string>> = VAULT): Promise<Started> {
  vi.useFakeTimers({ now: TODAY });
  const t = createTestApp({ files });
  const plugin = await t.loadPlugin(KithPlugin);
  await t.layoutReady();
  await t.settled();
  return { t, plugin };
}

/** Opens the follow-ups view as the command does and returns its content element. */
export async function openView(t: TestApp): Promise<HTMLElement> {
  await t.runCommand("kith:open-follow-ups");
  await t.settled();
  return viewEl(t);
}

/** The follow-ups view's content element; throws when the view is not open. */
export function viewEl(t: TestApp): HTMLElement {
  const leaf = t.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UPS)[0];
  if (leaf === undefined) throw new Error("the follow-ups view is not open");
  return leaf.view.containerEl;
}

/** Section title → the names in it, as the user reads the view. */
export function sections(el: HTMLElement): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const section of el.findAll(".kith-section")) {
    const title = section.find(".kith-section-title span")?.getText() ?? "";
    out[title] = section.findAll(".kith-row .kith-name").map((n) => n.getText());
  }
  return out;
}

/** The row of a person in the view. */
export function rowOf(el: HTMLElement, name: string): HTMLElement {
  const row = el.findAll(".kith-row").find((r) => r.find(".kith-name")?.getText() === name);
  if (row === undefined)
    throw new Error(
      `no row for ${name}; rows: ${JSON.stringify(el.findAll(".kith-name").map((n) => n.getText()))}`,
    );
  return row;
}

/** Lets queued microtasks (the plugin's coalesced redraws) run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}
