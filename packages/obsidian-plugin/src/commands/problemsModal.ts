import { compareDiagnostics, datesAhead, type Diagnostic, type NetworkIndex } from "@kith/core";
import { Notice, SuggestModal } from "obsidian";
import type { Kith } from "../kith";
import { openNote } from "./newNotes";

/** The most problems listed at once (typing narrows them down). */
const SHOWN = 1000;

/**
 * The vault's problems as `kith check` lists them: core's diagnostics, and each day after today
 * that only a past day makes sense for. The view counts their notes; Show problems lists them.
 */
export const vaultProblems = (index: NetworkIndex, today: string): Diagnostic[] =>
  index.diagnostics().concat(datesAhead(index.network, today));

/**
 * The vault's problems (core's diagnostics: unreadable properties, bad cadences, broken links…,
 * and the days after today that only a past day makes sense for, as `kith check` lists them),
 * filtered by what is typed; choosing one opens its note.
 */
export class ProblemsModal extends SuggestModal<Diagnostic> {
  /** As they were when the modal opened. */
  readonly #problems: readonly Diagnostic[];

  constructor(kith: Kith) {
    super(kith.app);
    const index = kith.network();
    this.#problems =
      index === undefined ? [] : vaultProblems(index, kith.today()).sort(compareDiagnostics);
    this.setPlaceholder("Filter problems by note or message");
    this.emptyStateText = "No problems found.";
    // Obsidian shows 100 suggestions by default: an imported vault may have more problems.
    this.limit = SHOWN;
    const count = this.#problems.length;
    if (count > 0) {
      this.setInstructions([
        {
          command: `${count} ${count === 1 ? "problem" : "problems"}`,
          purpose: `${count > SHOWN ? `the first ${SHOWN} show; ` : ""}type to narrow them down`,
        },
      ]);
    }
  }

  getSuggestions(query: string): Diagnostic[] {
    // No words: every problem.
    const words = query.toLowerCase().match(/\S+/g) ?? [];
    return this.#problems.filter((d) => {
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
