import { setTooltip } from "obsidian";
import type { Kith } from "../kith";

/**
 * The status bar item: how many follow-ups are due today (overdue ones included). Empty when
 * none are, so it takes no room on a quiet day.
 */
export function renderStatusBar(el: HTMLElement, kith: Kith): void {
  const network = kith.network();
  const due =
    network === undefined ? 0 : network.dueFollowUps({ today: kith.today(), within: 0 }).length;
  const text = due === 0 ? "" : due === 1 ? "1 follow-up due" : `${due} follow-ups due`;
  if (el.getText() === text) return;
  el.setText(text);
  el.toggleClass("kith-status-empty", due === 0);
  setTooltip(el, due === 0 ? "" : "Open follow-ups");
}
