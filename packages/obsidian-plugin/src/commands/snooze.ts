import { formatDay, formatDayShort, parseDay, snoozeEdit, snoozeUntil, type Day } from "@kith/core";
import { Modal, Notice, Setting } from "obsidian";
import type { Kith } from "../kith";
import type { ContactChoice } from "./contactPicker";
import { modalFooter } from "./modalFooter";
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
    new Notice("Kith is still reading your notes; try again in a moment.");
    return false;
  }
  const edit = snoozeEdit(network.network, contact.path, until);
  const written = edit.ok ? await applyNoteEdit(kith.app, edit.value, kith.config()) : edit;
  if (!written.ok) {
    new Notice(written.issues.join(" "));
    return false;
  }
  new Notice(`Snoozed ${contact.name} until ${formatDayShort(until, parseDay(kith.today()))}.`);
  return true;
}

/** Snoozes one contact: a quick choice, or a day picked in a date field. */
export class SnoozeModal extends Modal {
  readonly #kith: Kith;
  readonly #contact: ContactChoice;
  #date: string;
  #errorEl: HTMLElement | undefined;

  constructor(kith: Kith, contact: ContactChoice) {
    super(kith.app);
    this.#kith = kith;
    this.#contact = contact;
    const week = snoozeDay(kith, "1w");
    this.#date = week === undefined ? kith.today() : formatDay(week);
  }

  onOpen(): void {
    this.titleEl.setText(`Snooze ${this.#contact.name}`);
    const { contentEl } = this;
    contentEl.addClass("kith-modal");
    const quick = new Setting(contentEl).setName("For");
    for (const choice of SNOOZE_CHOICES) {
      quick.addButton((button) =>
        button.setButtonText(choice.label).onClick(() => {
          const until = snoozeDay(this.#kith, choice.spec);
          if (until !== undefined) void this.#snooze(until);
        }),
      );
    }
    new Setting(contentEl).setName("Until").addText((text) => {
      text.inputEl.type = "date";
      text.setValue(this.#date).onChange((value) => {
        this.#date = value;
      });
    });
    this.#errorEl = modalFooter(contentEl, "Snooze", async () => {
      const until = parseDay(this.#date);
      const today = parseDay(this.#kith.today());
      if (until === undefined) {
        this.#errorEl?.setText(
          this.#date.trim() === ""
            ? "Pick a date."
            : `"${this.#date}" is not a date; write it as YYYY-MM-DD.`,
        );
      } else if (today !== undefined && until <= today) {
        this.#errorEl?.setText("Pick a day after today: a snooze holds follow-ups until then.");
      } else await this.#snooze(until);
    });
  }

  onClose(): void {
    this.contentEl.empty();
  }

  async #snooze(until: Day): Promise<void> {
    if (await snoozeContact(this.#kith, this.#contact, until)) this.close();
  }
}
