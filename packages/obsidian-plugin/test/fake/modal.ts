// Obsidian's modals: `Modal`, `SuggestModal`, `FuzzySuggestModal`, and the keyboard `Scope`.
import type * as obsidian from "obsidian";
import type { App } from "./app";
import { prepareFuzzySearch } from "./util";

type KeyHandler = (evt: KeyboardEvent, ctx: obsidian.KeymapContext) => unknown;

/** Hotkeys that apply while a modal (or view) has focus. Registered, never pressed, in the fake. */
export class Scope {
  readonly #handlers = new Map<obsidian.KeymapEventHandler, KeyHandler>();

  constructor(_parent?: Scope) {}

  register(
    modifiers: obsidian.Modifier[] | null,
    key: string | null,
    func: KeyHandler,
  ): obsidian.KeymapEventHandler {
    const handler = {
      scope: this as unknown as obsidian.Scope,
      modifiers: modifiers?.join(",") ?? null,
      key,
    };
    this.#handlers.set(handler, func);
    return handler;
  }

  unregister(handler: obsidian.KeymapEventHandler): void {
    this.#handlers.delete(handler);
  }
}

const openModalList: Modal[] = [];

/** Test helper: the modals open now, oldest first (typed as Obsidian's, like the plugin's own). */
export function openModals(): readonly obsidian.Modal[] {
  return [...openModalList] as unknown as obsidian.Modal[];
}

/** Test helper: closes every modal and forgets them (`createTestApp` calls it). */
export function resetModals(): void {
  for (const modal of [...openModalList].reverse()) modal.close();
}

function rethrowLater(error: unknown): void {
  queueMicrotask(() => {
    throw error;
  });
}

export class Modal {
  app: App;
  scope = new Scope();
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  shouldRestoreSelection = false;
  #closeCallback: (() => unknown) | null = null;

  constructor(app: App) {
    this.app = app;
    this.containerEl = createDiv("modal-container mod-dim");
    this.containerEl.createDiv("modal-bg").addEventListener("click", () => this.close());
    this.modalEl = this.containerEl.createDiv("modal");
    this.modalEl.createDiv("modal-close-button").addEventListener("click", () => this.close());
    this.titleEl = this.modalEl.createDiv("modal-header").createDiv("modal-title");
    this.contentEl = this.modalEl.createDiv("modal-content");
    this.containerEl.addEventListener("keydown", (evt) => {
      if (evt.key === "Escape") this.close();
    });
  }

  /** Shows the modal and calls `onOpen`. */
  open(): void {
    if (openModalList.includes(this)) return;
    document.body.appendChild(this.containerEl);
    openModalList.push(this);
    const result: unknown = this.onOpen();
    if (result instanceof Promise) result.catch(rethrowLater);
  }

  /** Removes the modal and calls `onClose`, then the close callback. */
  close(): void {
    const index = openModalList.indexOf(this);
    if (index < 0) return;
    openModalList.splice(index, 1);
    this.containerEl.detach();
    this.onClose();
    this.#closeCallback?.();
  }

  onOpen(): Promise<void> | void {}

  onClose(): void {}

  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }

  setContent(content: string | DocumentFragment): this {
    this.contentEl.setText(content);
    return this;
  }

  setCloseCallback(callback: () => unknown): this {
    this.#closeCallback = callback;
    return this;
  }
}

/** The latest rendering of each suggest modal's list, so a test can wait for it. */
const renders = new WeakMap<object, Promise<void>>();

/** What the helpers need of a suggest modal; Obsidian's type and the fake's both have it. */
interface SuggestModalLike {
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;
}

/**
 * A prompt: an input, and below it the suggestions for what is typed, re-computed on every
 * `input` event. Clicking one (or Enter on the selected one) closes the modal and then calls
 * `onChooseSuggestion` — in that order, as in Obsidian, so `onClose` runs first.
 */
export abstract class SuggestModal<T> extends Modal {
  limit = 100;
  emptyStateText = "No results found.";
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;
  readonly #instructionsEl: HTMLElement;
  #shown: T[] = [];
  #selected = 0;

  constructor(app: App) {
    super(app);
    this.modalEl.addClass("prompt");
    this.inputEl = this.modalEl
      .createDiv("prompt-input-container")
      .createEl("input", { cls: "prompt-input", type: "text" });
    this.resultContainerEl = this.modalEl.createDiv("prompt-results");
    this.#instructionsEl = this.modalEl.createDiv("prompt-instructions");
    this.inputEl.addEventListener("input", () => this.#update());
    this.inputEl.addEventListener("keydown", (evt) => {
      if (evt.key === "Enter") this.selectActiveSuggestion(evt);
      else if (evt.key === "ArrowDown") this.#select(this.#selected + 1);
      else if (evt.key === "ArrowUp") this.#select(this.#selected - 1);
    });
  }

  override open(): void {
    super.open();
    this.inputEl.focus();
    this.#update();
  }

  setPlaceholder(placeholder: string): void {
    this.inputEl.placeholder = placeholder;
  }

  setInstructions(instructions: obsidian.Instruction[]): void {
    this.#instructionsEl.empty();
    for (const { command, purpose } of instructions) {
      const el = this.#instructionsEl.createDiv("prompt-instruction");
      el.createSpan({ cls: "prompt-instruction-command", text: command });
      el.createSpan({ text: purpose });
    }
  }

  onNoSuggestion(): void {
    this.resultContainerEl.empty();
    this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
  }

  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.close();
    this.onChooseSuggestion(value, evt);
  }

  selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
    const value = this.#shown[this.#selected];
    if (value !== undefined) this.selectSuggestion(value, evt);
  }

  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

  #update(): void {
    const query = this.inputEl.value;
    const render = Promise.resolve(this.getSuggestions(query)).then((all) => {
      if (query !== this.inputEl.value) return; // a later keystroke renders instead
      this.#shown = all.slice(0, this.limit);
      this.#selected = 0;
      if (this.#shown.length === 0) {
        this.onNoSuggestion();
        return;
      }
      this.resultContainerEl.empty();
      for (const value of this.#shown) {
        const el = this.resultContainerEl.createDiv("suggestion-item");
        this.renderSuggestion(value, el);
        el.addEventListener("click", (evt) => this.selectSuggestion(value, evt));
      }
      this.#select(0);
    });
    renders.set(this, render);
  }

  #select(index: number): void {
    const items = this.resultContainerEl.findAll(".suggestion-item");
    if (items.length === 0) return;
    this.#selected = (index + items.length) % items.length;
    items.forEach((el, i) => el.toggleClass("is-selected", i === this.#selected));
  }
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<obsidian.FuzzyMatch<T>> {
  /** Every item for an empty query; else the items whose text fuzzily matches, best first. */
  getSuggestions(query: string): obsidian.FuzzyMatch<T>[] {
    const items = this.getItems();
    if (query.trim() === "")
      return items.map((item) => ({ item, match: { score: 0, matches: [] } }));
    const search = prepareFuzzySearch(query);
    const matches: obsidian.FuzzyMatch<T>[] = [];
    for (const item of items) {
      const match = search(this.getItemText(item));
      if (match) matches.push({ item, match });
    }
    return matches.sort((a, b) => b.match.score - a.match.score);
  }

  renderSuggestion(item: obsidian.FuzzyMatch<T>, el: HTMLElement): void {
    el.setText(this.getItemText(item.item));
  }

  onChooseSuggestion(item: obsidian.FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(item.item, evt);
  }

  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

/** Test helper: the texts of the suggestions shown, after typing `query` if given. */
export async function suggestionTexts(modal: SuggestModalLike, query?: string): Promise<string[]> {
  if (query !== undefined) {
    modal.inputEl.value = query;
    modal.inputEl.dispatchEvent(new Event("input", { bubbles: true }));
  }
  await renders.get(modal);
  return modal.resultContainerEl.findAll(".suggestion-item").map((el) => el.getText());
}

/**
 * Test helper: types `query` (if given) and clicks the suggestion whose text is `text` (or,
 * failing that, contains it). Throws, listing what was shown, when there is none.
 */
export async function chooseSuggestion(
  modal: SuggestModalLike,
  text: string,
  query?: string,
): Promise<void> {
  const texts = await suggestionTexts(modal, query);
  const items = modal.resultContainerEl.findAll(".suggestion-item");
  const index =
    texts.indexOf(text) >= 0 ? texts.indexOf(text) : texts.findIndex((t) => t.includes(text));
  const item = items[index];
  if (!item) throw new Error(`No suggestion "${text}"; shown: ${JSON.stringify(texts)}`);
  item.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
}
