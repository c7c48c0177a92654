import {
  doneEdits,
  INTERACTION_KINDS,
  logInteractionEdit,
  parseDay,
  type FollowUp,
  type InteractionKind,
} from "@kith/core";
import { Notice, Setting } from "obsidian";
import type { Kith } from "../kith";
import { ContactSuggestModal, type ContactChoice } from "./contactPicker";
import { KithModal, STILL_READING } from "./kithModal";
import { applyNoteEdit } from "./writeBack";

/** The kind a new log entry starts with: the quick follow-up most people log most. */
const DEFAULT_KIND: InteractionKind = "message";

/**
 * Logs an interaction: who (a fuzzy picker over core's search), when (today unless changed),
 * what kind, and a summary. Appends `- YYYY-MM-DD kind: summary` under the log heading of the
 * contact's note and moves `last_contact` forward when the entry is newer.
 */
export class LogInteractionModal extends KithModal {
  #contact: ContactChoice | undefined;
  #date: string;
  #kind: InteractionKind = DEFAULT_KIND;
  #summary = "";

  /** The follow-ups this entry settles (from a row's Done): thanks, closed loops, updates told. */
  readonly #settles: readonly FollowUp[];

  constructor(kith: Kith, contact?: ContactChoice, settles: readonly FollowUp[] = []) {
    super(kith, "Log an interaction", "Log");
    this.#contact = contact;
    this.#settles = settles;
    this.#date = kith.today();
  }

  protected form(el: HTMLElement): void {
    const who = new Setting(el).setName("Contact");
    const showContact = (): void => {
      who.setDesc(this.#contact === undefined ? "Nobody chosen yet." : this.#contact.label);
    };
    showContact();
    who.addButton((button) =>
      button.setButtonText("Choose").onClick(() => {
        new ContactSuggestModal(this.kith, (choice) => {
          this.#contact = choice;
          showContact();
        }).open();
      }),
    );
    this.input(el, "Date", "", (value) => (this.#date = value), {
      value: this.#date,
      type: "date",
    });
    this.choice(el, "Kind", INTERACTION_KINDS, this.#kind, (kind) => (this.#kind = kind));
    this.input(el, "Summary", "", (value) => (this.#summary = value), {
      enter: true,
    }).setPlaceholder("What you talked about");
  }

  protected async write(): Promise<void> {
    const network = this.kith.network();
    if (network === undefined) return this.fail(STILL_READING);
    const contact = this.#contact;
    if (contact === undefined) return this.fail("Choose who you were in touch with.");
    const date = this.day(this.#date);
    if (date === undefined) return;
    const summary = this.#summary.trim();
    const edit = logInteractionEdit(
      network.network,
      contact.path,
      { date, kind: this.#kind, summary: summary === "" ? undefined : summary },
      parseDay(this.kith.today()),
    );
    if (!edit.ok) return this.fail(edit.issues.join(" "));
    const written = await applyNoteEdit(this.app, edit.value, this.kith.config());
    if (!written.ok) return this.fail(written.issues.join(" "));
    // The entry is in the note now: whatever follows, the modal closes, so that pressing Log
    // again cannot write it twice. A follow-up it could not mark settled is said in the notice.
    const unsettled: string[] = [];
    const settled = this.#settles.filter((f) => f.path === contact.path);
    // Links to the person as Obsidian would write them: the path only where the name is shared.
    const linkTo = (path: string, from: string): string =>
      this.link(this.app.vault.getFileByPath(path), from) ?? `[[${path}]]`;
    for (const done of doneEdits(network.network, settled, linkTo)) {
      const result = await applyNoteEdit(this.app, done, this.kith.config());
      if (!result.ok) unsettled.push(...result.issues);
    }
    this.close();
    const logged = `Logged ${this.#kind} with ${contact.label}.`;
    new Notice(
      unsettled.length === 0
        ? logged
        : `${logged} Kith could not mark what it settles: ${unsettled.join(" ")}`,
    );
  }
}
