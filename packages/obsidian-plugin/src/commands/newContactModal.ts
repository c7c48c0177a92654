import { Modal, normalizePath, Notice, Setting } from "obsidian";
import type { Kith } from "../kith";
import { contactNoteText, createNote, openNote, safeFileName } from "./newNotes";
import { modalFooter } from "./modalFooter";

/** Asks for a name, creates the contact's note in the contacts folder, and opens it. */
export class NewContactModal extends Modal {
  readonly #kith: Kith;
  #name = "";
  #errorEl: HTMLElement | undefined;

  constructor(kith: Kith) {
    super(kith.app);
    this.#kith = kith;
  }

  onOpen(): void {
    this.titleEl.setText("New contact");
    const { contentEl } = this;
    contentEl.addClass("kith-modal");
    const folder = this.#kith.config().contactFolder.trim();
    new Setting(contentEl)
      .setName("Name")
      .setDesc(
        folder === "" ? "The note goes in the vault's top folder." : `The note goes in ${folder}.`,
      )
      .addText((text) => {
        text.setPlaceholder("Full name").onChange((value) => {
          this.#name = value;
        });
        text.inputEl.addEventListener("keydown", (evt) => {
          if (evt.key === "Enter") {
            evt.preventDefault();
            void this.submit();
          }
        });
        window.setTimeout(() => text.inputEl.focus(), 0);
      });
    this.#errorEl = modalFooter(contentEl, "Create", () => this.submit());
  }

  onClose(): void {
    this.contentEl.empty();
  }

  async submit(): Promise<void> {
    const name = safeFileName(this.#name);
    if (name === "") {
      this.#errorEl?.setText("Give the person's name.");
      return;
    }
    const config = this.#kith.config();
    const folder = config.contactFolder.trim();
    const path = normalizePath(folder === "" ? `${name}.md` : `${folder}/${name}.md`);
    // One note per person: a second one would make links by name ambiguous.
    if (this.app.vault.getAbstractFileByPath(path) !== null) {
      this.#errorEl?.setText(`${path} already exists.`);
      return;
    }
    const found = this.#kith.network()?.names.find(name);
    if (found !== undefined) {
      const other = typeof found === "string" ? found : found.join(" and ");
      this.#errorEl?.setText(
        `${other} already goes by "${name}", so links to it would be ambiguous; open it, or tell the two apart in the name (e.g. "${name} (Acme)").`,
      );
      return;
    }
    try {
      await createNote(this.app, path, contactNoteText(config, name));
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
}
