import { ASK_KINDS, askAdvice, keyMapFor, type AskKind } from "@kith/core";
import { Modal, Notice, Setting } from "obsidian";
import type { Kith } from "../kith";
import type { ContactChoice } from "./contactPicker";
import {
  createNote,
  freePath,
  frontmatterBlock,
  openNote,
  safeFileName,
  type NewValue,
} from "./newNotes";
import { modalFooter } from "./modalFooter";

/**
 * A new ask of one contact (a referral, an intro…): core's etiquette check first (asked them
 * recently? never given them anything?), then an ask note in the asks folder, opened.
 */
export class NewAskModal extends Modal {
  readonly #kith: Kith;
  readonly #contact: ContactChoice;
  #kind: AskKind = "referral";
  #for = "";
  #org = "";
  #asked = false;
  #errorEl: HTMLElement | undefined;

  constructor(kith: Kith, contact: ContactChoice) {
    super(kith.app);
    this.#kith = kith;
    this.#contact = contact;
  }

  onOpen(): void {
    this.titleEl.setText(`New ask of ${this.#contact.name}`);
    const { contentEl } = this;
    contentEl.addClass("kith-modal");
    const network = this.#kith.network();
    const advice =
      network === undefined
        ? undefined
        : askAdvice(network.network, this.#contact.path, this.#kith.today());
    if (advice !== undefined && advice.warnings.length > 0) {
      const warnings = contentEl.createDiv({ cls: "kith-ask-warnings" });
      for (const warning of advice.warnings) warnings.createEl("p", { text: warning });
    }
    new Setting(contentEl).setName("Kind").addDropdown((dropdown) => {
      for (const kind of ASK_KINDS)
        dropdown.addOption(kind, kind.charAt(0).toUpperCase() + kind.slice(1));
      dropdown.setValue(this.#kind).onChange((value) => {
        this.#kind = ASK_KINDS.find((k) => k === value) ?? "other";
      });
    });
    new Setting(contentEl)
      .setName("For")
      .setDesc("The role, project or goal it is for.")
      .addText((text) =>
        text.onChange((value) => {
          this.#for = value;
        }),
      );
    new Setting(contentEl)
      .setName("Organization")
      .setDesc("Where, if it is about a company.")
      .addText((text) =>
        text.onChange((value) => {
          this.#org = value;
        }),
      );
    new Setting(contentEl)
      .setName("Already asked")
      .setDesc("On: the ask is made today. Off: it is an idea for now.")
      .addToggle((toggle) =>
        toggle.setValue(this.#asked).onChange((value) => {
          this.#asked = value;
        }),
      );
    this.#errorEl = modalFooter(contentEl, "Create", () => this.submit());
  }

  onClose(): void {
    this.contentEl.empty();
  }

  async submit(): Promise<void> {
    const config = this.#kith.config();
    const keyOf = keyMapFor(config).keyOf;
    const what = this.#for.trim();
    const kindName = this.#kind.charAt(0).toUpperCase() + this.#kind.slice(1);
    const name = safeFileName(
      `${kindName} from ${this.#contact.name}${what === "" ? "" : ` for ${what}`}`,
    );
    const path = freePath(this.app, config.askFolder, name);
    const entries: [string, NewValue][] = [
      [keyOf.type, "ask"],
      [keyOf.asked, this.#link(this.#contact.path, path) ?? this.#contact.name],
      [keyOf.ask, this.#kind],
      [keyOf.for, what === "" ? null : what],
      [keyOf.org, this.#orgValue(path)],
      [keyOf.status, this.#asked ? "asked" : "idea"],
      [keyOf.askedOn, this.#asked ? this.#kith.today() : null],
    ];
    try {
      await createNote(this.app, path, frontmatterBlock(entries));
    } catch (error) {
      this.#errorEl?.setText(
        `Could not create ${path}: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    this.close();
    new Notice(`Created ${path}.`);
    await openNote(this.app, path);
  }

  /** `"[[Name]]"` for a note, in the shortest form that finds it from `sourcePath`. */
  #link(path: string, sourcePath: string): string | undefined {
    const file = this.app.vault.getFileByPath(path);
    return file === null
      ? undefined
      : `[[${this.app.metadataCache.fileToLinktext(file, sourcePath, true)}]]`;
  }

  /** The organization as a link when a note has its name, else as text. */
  #orgValue(sourcePath: string): string | null {
    const org = this.#org.trim();
    if (org === "") return null;
    const file = this.app.metadataCache.getFirstLinkpathDest(org, sourcePath);
    return file === null
      ? org
      : `[[${this.app.metadataCache.fileToLinktext(file, sourcePath, true)}]]`;
  }
}
