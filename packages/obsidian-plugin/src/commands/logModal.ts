import {
  doneEdits,
  INTERACTION_KINDS,
  logInteractionEdit,
  parseDay,
  type FollowUp,
  type InteractionKind,
} from "@kith/core";
import { Modal, Notice, Setting } from "obsidian";
import type { Kith } from "../kith";
import { ContactSuggestModal, type ContactChoice } from "./contactPicker";
import { modalFooter } from "./modalFooter";
import { applyNoteEdit } from "./writeBack";

/** The kind a new log entry starts with: the quick follow-up most people log most. */
const DEFAULT_KIND: InteractionKind = "message";

/**
 * Logs an interaction: who (a fuzzy picker over core's search), when (today unless changed),
 * what kind, and a summary. Appends `- YYYY-MM-DD kind: summary` under the log heading of the
 * contact's note and moves `last_contact` forward when the entry is newer.
 */
export class LogInteractionModal extends Modal {
  readonly #kith: Kith;
  #contact: ContactChoice | undefined;
  #date: string;
  #kind: InteractionKind = DEFAULT_KIND;
  #summary = "";
  #errorEl: HTMLElement | undefined;
  /** While an entry is being written: a second Enter or click must not write it again. */
  #busy = false;

  /** The follow-ups this entry settles (from a row's Done): thanks, closed loops, updates told. */
  readonly #settles: readonly FollowUp[];

  constructor(kith: Kith, contact?: ContactChoice, settles: readonly FollowUp[] = []) {
    super(kith.app);
    this.#kith = kith;
    this.#contact = contact;
    this.#settles = settles;
    this.#date = kith.today();
  }

  onOpen(): void {
    this.titleEl.setText("Log an interaction");
    const { contentEl } = this;
    contentEl.addClass("kith-modal");

    const who = new Setting(contentEl).setName("Contact");
    const showContact = (): void => {
      who.setDesc(this.#contact === undefined ? "Nobody chosen yet." : this.#contact.name);
    };
    showContact();
    who.addButton((button) =>
      button.setButtonText("Choose").onClick(() => {
        new ContactSuggestModal(this.#kith, (choice) => {
          this.#contact = choice;
          showContact();
        }).open();
      }),
    );

    new Setting(contentEl).setName("Date").addText((text) => {
      text.inputEl.type = "date";
      text.setValue(this.#date).onChange((value) => {
        this.#date = value;
      });
    });

    new Setting(contentEl).setName("Kind").addDropdown((dropdown) => {
      for (const kind of INTERACTION_KINDS) dropdown.addOption(kind, capitalize(kind));
      dropdown.setValue(this.#kind).onChange((value) => {
        this.#kind = INTERACTION_KINDS.find((k) => k === value) ?? DEFAULT_KIND;
      });
    });

    new Setting(contentEl).setName("Summary").addText((text) => {
      text.setPlaceholder("What you talked about").onChange((value) => {
        this.#summary = value;
      });
      text.inputEl.addEventListener("keydown", (evt) => {
        if (evt.key === "Enter") {
          evt.preventDefault();
          void this.submit();
        }
      });
    });

    this.#errorEl = modalFooter(contentEl, "Log", () => this.submit());
  }

  onClose(): void {
    this.contentEl.empty();
  }

  /** Writes the entry; on a problem, says what and keeps the modal open. */
  async submit(): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    try {
      await this.#write();
    } finally {
      this.#busy = false;
    }
  }

  async #write(): Promise<void> {
    const network = this.#kith.network();
    if (network === undefined)
      return this.#fail("Kith is still reading your notes; try again in a moment.");
    const contact = this.#contact;
    if (contact === undefined) return this.#fail("Choose who you were in touch with.");
    // A date field holds "" for nothing picked, and for a day that does not exist.
    if (this.#date.trim() === "") return this.#fail("Pick a date.");
    const date = parseDay(this.#date);
    if (date === undefined)
      return this.#fail(`"${this.#date}" is not a date; write it as YYYY-MM-DD.`);
    const summary = this.#summary.trim();
    const edit = logInteractionEdit(
      network.network,
      contact.path,
      { date, kind: this.#kind, summary: summary === "" ? undefined : summary },
      parseDay(this.#kith.today()),
    );
    if (!edit.ok) return this.#fail(edit.issues.join(" "));
    const written = await applyNoteEdit(this.app, edit.value, this.#kith.config());
    if (!written.ok) return this.#fail(written.issues.join(" "));
    // The entry is in the note now: whatever follows, the modal closes, so that pressing Log
    // again cannot write it twice. A follow-up it could not mark settled is said in the notice.
    const unsettled: string[] = [];
    const settled = this.#settles.filter((f) => f.path === contact.path);
    // Links to the person as Obsidian would write them: the path only where the name is shared.
    const linkTo = (path: string, from: string): string => {
      const file = this.app.vault.getFileByPath(path);
      const text = file === null ? path : this.app.metadataCache.fileToLinktext(file, from, true);
      return `[[${text}]]`;
    };
    for (const done of doneEdits(network.network, settled, linkTo)) {
      const result = await applyNoteEdit(this.app, done, this.#kith.config());
      if (!result.ok) unsettled.push(...result.issues);
    }
    this.close();
    const logged = `Logged ${this.#kind} with ${contact.name}.`;
    new Notice(
      unsettled.length === 0
        ? logged
        : `${logged} Kith could not mark what it settles: ${unsettled.join(" ")}`,
    );
  }

  #fail(message: string): void {
    this.#errorEl?.setText(message);
  }
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
