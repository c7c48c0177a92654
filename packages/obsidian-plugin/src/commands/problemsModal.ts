import type { Diagnostic } from "@kith/core";
import { Notice, SuggestModal } from "obsidian";
import type { Kith } from "../kith";
import { openNote } from "./newNotes";

/**
 * The vault's problems (core's diagnostics: unreadable properties, bad cadences, broken links…),
 * filtered by what is typed; choosing one opens its note.
 */
export class ProblemsModal extends SuggestModal<Diagnostic> {
  readonly #kith: Kith;

  constructor(kith: Kith) {
    super(kith.app);
    this.#kith = kith;
    this.setPlaceholder("Filter problems by note or message");
    this.emptyStateText = "No problems found.";
  }

  getSuggestions(query: string): Diagnostic[] {
    const all = this.#kith.network()?.diagnostics() ?? [];
    const words = query
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w !== "");
    if (words.length === 0) return [...all];
    return all.filter((d) => {
      const text = `${d.path} ${d.message}`.toLowerCase();
      return words.every((w) => text.includes(w));
    });
  }

  renderSuggestion(problem: Diagnostic, el: HTMLElement): void {
    el.addClass("kith-suggestion", `kith-problem-${problem.severity}`);
    el.createDiv({ cls: "kith-suggestion-name", text: problem.path });
    el.createDiv({ cls: "kith-suggestion-note", text: problem.message });
  }

  onChooseSuggestion(problem: Diagnostic): void {
    if (this.app.vault.getFileByPath(problem.path) === null) {
      // The settings file, or a note deleted since: nothing to open.
      new Notice(`${problem.path}: ${problem.message}`);
      return;
    }
    void openNote(this.app, problem.path);
  }
}
