// Follow-ups as rows, one per person, in the sidebar view and in `kith` code blocks.
import {
  formatDayShort,
  parseDay,
  type FollowUp,
  type FollowUpLevel,
  type FollowUpReason,
  type ShowName,
} from "@kith/core";
import { Menu, setIcon, setTooltip } from "obsidian";
import { contactAt, type ContactChoice } from "../commands/contactPicker";
import { LogInteractionModal } from "../commands/logModal";
import { openNote } from "../commands/newNotes";
import { SNOOZE_CHOICES, snoozeContact, snoozeDay, SnoozeModal } from "../commands/snooze";
import type { Kith } from "../kith";

/** Short labels for the reasons; the detail is on hover. */
const REASON_LABELS: Readonly<Record<FollowUpReason, string>> = {
  thank: "Thank",
  "ask-follow-up": "Nudge",
  "close-loop": "Close the loop",
  "next-step": "Next step",
  "new-contact": "New contact",
  cadence: "Keep in touch",
  "share-update": "Share news",
  birthday: "Birthday",
};

/** One person and their follow-ups, most urgent first. */
interface PersonRow {
  readonly path: string;
  /** As lists show it: a namesake's with its note. */
  readonly name: string;
  /** The most urgent level among their follow-ups. */
  readonly level: FollowUpLevel;
  readonly followUps: readonly FollowUp[];
}

const URGENCY: Readonly<Record<FollowUpLevel, number>> = { overdue: 0, due: 1, upcoming: 2 };

/** Groups a sorted list of follow-ups by person, keeping the list's order of first appearance. */
function personRows(followUps: readonly FollowUp[], show: ShowName): PersonRow[] {
  const byPath = new Map<string, FollowUp[]>();
  for (const f of followUps) {
    const list = byPath.get(f.path);
    if (list === undefined) byPath.set(f.path, [f]);
    else list.push(f);
  }
  const rows: PersonRow[] = [];
  for (const [path, list] of byPath) {
    const first = list[0] as FollowUp;
    const level = list.reduce<FollowUpLevel>(
      (a, f) => (URGENCY[f.level] < URGENCY[a] ? f.level : a),
      first.level,
    );
    rows.push({ path, name: show(first.contact, path), level, followUps: list });
  }
  return rows;
}

/** "Due today", "Due 3 days ago", "Due in 2 days". */
function whenText(overdueDays: number): string {
  if (overdueDays === 0) return "Due today";
  if (overdueDays === 1) return "Due yesterday";
  if (overdueDays === -1) return "Due tomorrow";
  return overdueDays > 0 ? `Due ${overdueDays} days ago` : `Due in ${-overdueDays} days`;
}

/**
 * Renders a person's row: name (opens the note), org, the reasons as labels with the detail on
 * hover, when it falls due, and with `actions` the buttons Done (log an interaction), Snooze (a
 * menu) and Open. Listeners live on the row's own elements and go with them.
 */
function renderPersonRow(
  parent: HTMLElement,
  row: PersonRow,
  kith: Kith,
  actions: boolean,
): HTMLElement {
  const today = parseDay(kith.today());
  const contact = kith.network()?.network.contacts.get(row.path);
  const el = parent.createDiv({
    cls: ["kith-row", `kith-level-${row.level}`],
    attr: { "data-path": row.path },
  });

  const main = el.createDiv({ cls: "kith-row-main" });
  noteLink(main, "kith-name", row.name, kith, row.path);
  const org = contact?.org?.name;
  if (org !== undefined) main.createSpan({ cls: "kith-org", text: org });

  const reasons = el.createDiv({ cls: "kith-reasons" });
  const labels: HTMLElement[] = [];
  for (const f of row.followUps) {
    // A button: the detail shows on hover (desktop), and on a tap or Enter (mobile, keyboard).
    const label = reasons.createSpan({
      cls: ["kith-reason", `kith-reason-${f.reason}`, `kith-level-${f.level}`],
      text: REASON_LABELS[f.reason],
      attr: { role: "button", tabindex: "0", "aria-expanded": "false" },
    });
    const due = today === undefined ? f.due : formatDayShort(f.dueDay, today);
    const detail = `${f.detail} (due ${due})`;
    setTooltip(label, detail);
    labels.push(label);
    const toggle = (): void => {
      const open = label.getAttr("aria-expanded") !== "true";
      for (const other of labels) other.setAttr("aria-expanded", "false");
      el.find(".kith-reason-detail")?.remove();
      if (!open) return;
      label.setAttr("aria-expanded", "true");
      const name = REASON_LABELS[f.reason];
      el.createDiv({
        cls: "kith-reason-detail",
        text: detail.startsWith(name) ? detail : `${name}: ${detail}`,
        attr: { "aria-live": "polite" },
      });
    };
    label.addEventListener("click", toggle);
    label.addEventListener("keydown", (evt) => {
      if (evt.key !== "Enter" && evt.key !== " ") return;
      evt.preventDefault();
      toggle();
    });
  }
  const first = row.followUps[0];
  if (first !== undefined) el.createDiv({ cls: "kith-when", text: whenText(first.overdueDays) });

  if (actions) {
    const choice: ContactChoice = contactAt(kith, row.path) ?? {
      path: row.path,
      name: row.followUps[0]?.contact ?? row.name,
      label: row.name,
      org,
    };
    const bar = el.createDiv({ cls: "kith-actions" });
    const done = bar.createEl("button", { cls: "kith-done", text: "Done" });
    // The name read out keeps the button's own word (WCAG's "label in name").
    setTooltip(done, "Done: log an interaction");
    done.addEventListener("click", () =>
      new LogInteractionModal(kith, choice, row.followUps).open(),
    );

    const snooze = bar.createEl("button", {
      cls: ["kith-snooze", "clickable-icon"],
      attr: { "aria-label": "Snooze" },
    });
    setIcon(snooze, "alarm-clock");
    snooze.addEventListener("click", (evt) => {
      const menu = snoozeMenu(kith, choice);
      // From the keyboard (no pointer: `detail` 0) the menu opens under the button, not at 0,0.
      if (evt.detail !== 0) menu.showAtMouseEvent(evt);
      else {
        const box = snooze.getBoundingClientRect();
        menu.showAtPosition({ x: box.left, y: box.bottom });
      }
    });

    const open = bar.createEl("button", {
      cls: ["kith-open", "clickable-icon"],
      attr: { "aria-label": "Open note" },
    });
    setIcon(open, "file-text");
    open.addEventListener("click", () => void openNote(kith.app, row.path));
  }
  return el;
}

const SECTIONS: readonly { readonly level: FollowUpLevel; readonly title: string }[] = [
  { level: "overdue", title: "Overdue" },
  { level: "due", title: "Today" },
  { level: "upcoming", title: "Upcoming" },
];

/**
 * Follow-ups in sections Overdue, Today (due, within the tolerance) and Upcoming, one row per
 * person, each in the section of their most urgent follow-up, named as `show` names them.
 */
export function renderSections(
  parent: HTMLElement,
  followUps: readonly FollowUp[],
  show: ShowName,
  kith: Kith,
  actions: boolean,
): void {
  const rows = personRows(followUps, show);
  for (const { level, title } of SECTIONS) {
    const inSection = rows.filter((r) => r.level === level);
    if (inSection.length === 0) continue;
    const el = section(parent, `kith-section-${level}`, title, inSection.length);
    for (const row of inSection) renderPersonRow(el, row, kith, actions);
  }
}

/** What an empty list of follow-ups says, for a horizon of `days` days after today. */
export const nobodyDue = (days: number): string =>
  `Nobody is due ${days === 0 ? "today" : days === 1 ? "today or tomorrow" : `in the next ${days} days`}`;

/** A section of a list: its title and how many it holds, above what the caller adds. */
export function section(
  parent: HTMLElement,
  cls: string,
  title: string,
  count: number,
): HTMLElement {
  const el = parent.createDiv({ cls: ["kith-section", cls] });
  const heading = el.createDiv({ cls: "kith-section-title" });
  heading.createSpan({ text: title });
  heading.createSpan({ cls: "kith-count", text: String(count) });
  return el;
}

/** A link that opens a note in the main area. */
export function noteLink(
  parent: HTMLElement,
  cls: string,
  text: string,
  kith: Kith,
  path: string,
): void {
  parent.createEl("a", { cls, text, href: "#" }).addEventListener("click", (evt) => {
    evt.preventDefault();
    void openNote(kith.app, path);
  });
}

/** Snooze: 1 day, 1 week, 1 month, or a day picked in a modal. */
function snoozeMenu(kith: Kith, contact: ContactChoice): Menu {
  const menu = new Menu();
  for (const choice of SNOOZE_CHOICES) {
    menu.addItem((item) =>
      item.setTitle(choice.label).onClick(() => {
        const until = snoozeDay(kith, choice.spec);
        if (until !== undefined) void snoozeContact(kith, contact, until);
      }),
    );
  }
  menu.addItem((item) =>
    item.setTitle("Pick a date…").onClick(() => new SnoozeModal(kith, contact).open()),
  );
  return menu;
}
