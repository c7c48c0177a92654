import { setTooltip } from "obsidian";
import type { Kith } from "../kith";

/**
 * The status bar item: how many people have a follow-up due today (overdue ones included),
 * counted as the view lists them, one row a person whatever their reasons. Empty when nobody is
 * due, so it takes no room on a quiet day.
 */
export function renderStatusBar(el: HTMLElement, kith: Kith): void {
  const network = kith.network();
  const due =
    network === undefined
      ? 0
      : new Set(network.dueFollowUps({ today: kith.today(), within: 0 }).map((f) => f.path)).size;
  const text = due === 0 ? "" : due === 1 ? "1 person to follow up" : `${due} people to follow up`;
  // Before the early return: the first drawing, empty, already matches the empty item's text.
  el.toggleClass("kith-status-empty", due === 0);
  if (el.getText() === text) return;
  el.setText(text);
  setTooltip(el, due === 0 ? "" : "Open follow-ups");
}
