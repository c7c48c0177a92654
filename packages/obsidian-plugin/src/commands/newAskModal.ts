import { ASK_KINDS, askAdvice, keyMapFor, type AskKind } from "@kith/core";
import { Setting } from "obsidian";
import type { Kith } from "../kith";
import type { ContactChoice } from "./contactPicker";
import { capitalize, KithModal } from "./kithModal";
import { freePath, frontmatterBlock, safeFileName, type NewValue } from "./newNotes";

/**
 * A new ask of one contact (a referral, an intro…): core's etiquette check first (asked them
 * recently? never given them anything?), then an ask note in the asks folder, opened.
 */
export class NewAskModal extends KithModal {
  readonly #contact: ContactChoice;
  #kind: AskKind = "referral";
  #for = "";
  #org = "";
  #asked = false;

  constructor(kith: Kith, contact: ContactChoice) {
    super(kith, `New ask of ${contact.label}`, "Create");
    this.#contact = contact;
  }

  protected form(el: HTMLElement): void {
    const network = this.kith.network();
    const advice =
      network === undefined
        ? undefined
        : askAdvice(network.network, this.#contact.path, this.kith.today());
    if (advice !== undefined && advice.warnings.length > 0) {
      const warnings = el.createDiv({ cls: "kith-ask-warnings" });
      for (const warning of advice.warnings) warnings.createEl("p", { text: warning });
    }
    this.choice(el, "Kind", ASK_KINDS, this.#kind, (kind) => (this.#kind = kind));
    this.input(el, "For", "The role, project or goal it is for.", (value) => (this.#for = value));
    this.input(
      el,
      "Organization",
      "Where, if it is about a company.",
      (value) => (this.#org = value),
    );
    new Setting(el)
      .setName("Already asked")
      .setDesc("On: the ask is made today. Off: it is an idea for now.")
      .addToggle((toggle) =>
        toggle.setValue(this.#asked).onChange((value) => {
          this.#asked = value;
        }),
      );
  }

  protected async write(): Promise<void> {
    const config = this.kith.config();
    const keyOf = keyMapFor(config).keyOf;
    const what = this.#for.trim();
    const name = safeFileName(
      `${capitalize(this.#kind)} from ${this.#contact.name}${what === "" ? "" : ` for ${what}`}`,
    );
    const path = freePath(this.app, config.askFolder, name);
    const org = this.#org.trim();
    const entries: [string, NewValue][] = [
      [keyOf.type, "ask"],
      [
        keyOf.asked,
        this.link(this.app.vault.getFileByPath(this.#contact.path), path) ?? this.#contact.name,
      ],
      [keyOf.ask, this.#kind],
      [keyOf.for, what === "" ? null : what],
      // The organization as a link when a note has its name, else as text.
      [
        keyOf.org,
        org === ""
          ? null
          : (this.link(this.app.metadataCache.getFirstLinkpathDest(org, path), path) ?? org),
      ],
      [keyOf.status, this.#asked ? "asked" : "idea"],
      [keyOf.askedOn, this.#asked ? this.kith.today() : null],
    ];
    await this.create(path, frontmatterBlock(entries));
  }
}
