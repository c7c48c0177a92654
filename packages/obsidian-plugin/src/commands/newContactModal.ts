import { normalizePath } from "obsidian";
import type { Kith } from "../kith";
import { KithModal } from "./kithModal";
import { contactNoteText, safeFileName } from "./newNotes";

/** Asks for a name, creates the contact's note in the contacts folder, and opens it. */
export class NewContactModal extends KithModal {
  #name = "";

  constructor(kith: Kith) {
    super(kith, "New contact", "Create");
  }

  protected form(el: HTMLElement): void {
    const folder = this.kith.config().contactFolder.trim();
    const text = this.input(
      el,
      "Name",
      folder === "" ? "The note goes in the vault's top folder." : `The note goes in ${folder}.`,
      (value) => (this.#name = value),
      { enter: true },
    ).setPlaceholder("Full name");
    window.setTimeout(() => text.inputEl.focus(), 0);
  }

  protected async write(): Promise<void> {
    const name = safeFileName(this.#name);
    if (name === "") return this.fail("Give the person's name.");
    const config = this.kith.config();
    const folder = config.contactFolder.trim();
    const path = normalizePath(folder === "" ? `${name}.md` : `${folder}/${name}.md`);
    // One note per person: a second one would make links by name ambiguous.
    if (this.app.vault.getAbstractFileByPath(path) !== null)
      return this.fail(`${path} already exists.`);
    const found = this.kith.network()?.names.find(name);
    if (found !== undefined) {
      const other = typeof found === "string" ? found : found.join(" and ");
      return this.fail(
        `${other} already goes by "${name}", so links to it would be ambiguous; open it, or tell the two apart in the name (e.g. "${name} (Acme)").`,
      );
    }
    await this.create(path, contactNoteText(config, name));
  }
}
