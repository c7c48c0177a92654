import type { Contact, NetworkIndex } from "@kith/core";
import { SuggestModal } from "obsidian";
import type { Kith } from "../kith";

/** A contact as the picker shows it. */
export interface ContactChoice {
  readonly path: string;
  readonly name: string;
  /** The name as lists show it: a namesake's with its note, "Sam Lee (Old/Sam Lee)". */
  readonly label: string;
  readonly org: string | undefined;
}

/** With nothing typed, the picker lists contacts by name, up to this many. */
const BROWSE_LIMIT = 50;

/**
 * Picks a contact by fuzzy search over names, aliases, org, role and tags (core's search, kept
 * current by the index). With nothing typed it lists everyone by name.
 */
export class ContactSuggestModal extends SuggestModal<ContactChoice> {
  readonly #kith: Kith;
  readonly #chosen: (choice: ContactChoice) => void;

  constructor(kith: Kith, chosen: (choice: ContactChoice) => void, placeholder = "Who?") {
    super(kith.app);
    this.#kith = kith;
    this.#chosen = chosen;
    this.setPlaceholder(placeholder);
    this.emptyStateText =
      "No contact matches. Contacts are notes with type: contact in their properties.";
  }

  getSuggestions(query: string): ContactChoice[] {
    const network = this.#kith.network();
    if (network === undefined) return [];
    if (query.trim() === "") {
      return [...network.network.contacts.values()]
        .sort((a, b) => a.name.localeCompare(b.name) || (a.path < b.path ? -1 : 1))
        .slice(0, BROWSE_LIMIT)
        .map((c) => choiceOf(network, c));
    }
    const show = network.tellNamesakesApart();
    return network
      .search(query)
      .map((hit) => ({
        path: hit.path,
        name: hit.name,
        label: show(hit.name, hit.path),
        org: hit.org,
      }));
  }

  renderSuggestion(choice: ContactChoice, el: HTMLElement): void {
    el.addClass("kith-suggestion");
    el.createDiv({ cls: "kith-suggestion-name", text: choice.label });
    if (choice.org !== undefined) el.createDiv({ cls: "kith-suggestion-note", text: choice.org });
  }

  onChooseSuggestion(choice: ContactChoice): void {
    this.#chosen(choice);
  }
}

/** The contact whose note is open, if the open note is a contact: the natural one to act on. */
export function activeContact(kith: Kith): ContactChoice | undefined {
  const file = kith.app.workspace.getActiveFile();
  return file === null ? undefined : contactAt(kith, file.path);
}

/** The contact at `path`, if it is one. */
export function contactAt(kith: Kith, path: string): ContactChoice | undefined {
  const network = kith.network();
  const contact = network?.network.contacts.get(path);
  return network === undefined || contact === undefined ? undefined : choiceOf(network, contact);
}

const choiceOf = (network: NetworkIndex, c: Contact): ContactChoice => ({
  path: c.path,
  name: c.name,
  label: network.tellNamesakesApart()(c.name, c.path),
  org: c.org?.name,
});
