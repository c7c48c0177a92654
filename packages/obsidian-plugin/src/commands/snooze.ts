import { formatDay, formatDayShort, parseDay, snoozeEdit, snoozeUntil, type Day } from "@kith/core";
import { Notice, Setting } from "obsidian";
import type { Kith } from "../kith";
import type { ContactChoice } from "./contactPicker";
import { KithModal, STILL_READING } from "./kithModal";
import { applyNoteEdit } from "./writeBack";

/** The quick choices, as core's `snoozeUntil` reads them. */
export const SNOOZE_CHOICES: readonly { readonly label: string; readonly spec: string }[] = [
  { label: "1 day", spec: "1d" },
  { label: "1 week", spec: "1w" },
  { label: "1 month", spec: "1mo" },
];

/** The day a quick choice snoozes until, counted from today. */
export function snoozeDay(kith: Kith, spec: string): Day | undefined {
  const today = parseDay(kith.today());
  if (today === undefined) return undefined;
  const until = snoozeUntil(today, spec);
  return until.ok ? until.value : undefined;
}

/**
 * Sets `snooze_until` on the contact's note (the key it already has, else the configured one):
 * their follow-ups move to that day at the earliest. Says what happened in a notice; returns
 * whether it was written.
 */
export async function snoozeContact(
  kith: Kith,
  contact: ContactChoice,
  until: Day,
): Promise<boolean> {
  const network = kith.network();
  if (network === undefined) {
    new Notice(STILL_READING);
    return false;
  }
  const edit = snoozeEdit(network.network, contact.path, until);
  const written = edit.ok ? await applyNoteEdit(kith.app, edit.value, kith.config()) : edit;
  if (!written.ok) {
    new Notice(written.issues.join(" "));
    return false;
  }
  new Notice(`Snoozed ${contact.label} until ${formatDayShort(until, parseDay(kith.today()))}.`);
  return true;
}

/** Snoozes one contact: a quick choice, or a day picked in a date field. */
export class SnoozeModal extends KithModal {
  readonly #contact: ContactChoice;
  #date: string;

  constructor(kith: Kith, contact: ContactChoice) {
    super(kith, `Snooze ${contact.label}`, "Snooze");
    this.#contact = contact;
    const week = snoozeDay(kith, "1w");
    this.#date = week === undefined ? kith.today() : formatDay(week);
  }

  protected form(el: HTMLElement): void {
    const quick = new Setting(el).setName("For");
    for (const choice of SNOOZE_CHOICES) {
      quick.addButton((button) =>
        button.setButtonText(choice.label).onClick(() => {
          const until = snoozeDay(this.kith, choice.spec);
          if (until !== undefined) void this.submit(() => this.#snooze(until));
        }),
      );
    }
    this.input(el, "Until", "", (value) => (this.#date = value), {
      value: this.#date,
      type: "date",
    });
  }

  protected async write(): Promise<void> {
    const until = this.day(this.#date);
    const today = parseDay(this.kith.today());
    if (until === undefined) return;
    if (today !== undefined && until <= today) {
      this.fail("Pick a day after today: a snooze holds follow-ups until then.");
    } else await this.#snooze(until);
  }

  async #snooze(until: Day): Promise<void> {
    if (await snoozeContact(this.kith, this.#contact, until)) this.close();
  }
}
