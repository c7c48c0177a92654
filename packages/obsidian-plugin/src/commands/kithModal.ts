import { parseDay, type Day } from "@kith/core";
import { Modal, Notice, Setting, type TextComponent, type TFile } from "obsidian";
import type { Kith } from "../kith";
import { createNote, openNote } from "./newNotes";

/** Said when a command needs the network before the first build after start-up has finished. */
export const STILL_READING = "Kith is still reading your notes; try again in a moment.";

/** "meeting" → "Meeting". */
export const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * What Kith's modals share (Log, New contact, New ask, Snooze): a title, the form, then a line
 * that says what went wrong and the button that submits. A second press, or Enter, while the
 * first is still at work does nothing (a double click writes once).
 */
export abstract class KithModal extends Modal {
  protected readonly kith: Kith;
  readonly #title: string;
  readonly #button: string;
  #errorEl: HTMLElement | undefined;
  #busy = false;

  constructor(kith: Kith, title: string, button: string) {
    super(kith.app);
    this.kith = kith;
    this.#title = title;
    this.#button = button;
  }

  /** Adds the form's settings to `el`. */
  protected abstract form(el: HTMLElement): void;

  /** Does what the modal is for; says what went wrong with {@link fail}. */
  protected abstract write(): Promise<void>;

  onOpen(): void {
    this.titleEl.setText(this.#title);
    const { contentEl } = this;
    contentEl.addClass("kith-modal");
    this.form(contentEl);
    this.#errorEl = contentEl.createDiv({ cls: "kith-modal-error" });
    new Setting(contentEl).addButton((button) =>
      button
        .setButtonText(this.#button)
        .setCta()
        .onClick(() => void this.submit()),
    );
  }

  onClose(): void {
    this.contentEl.empty();
  }

  /**
   * Writes once at a time (the form's `write`, or another action of the modal such as a quick
   * choice); on a problem, says what and keeps the modal open.
   */
  async submit(write: () => Promise<void> = () => this.write()): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    try {
      await write();
    } finally {
      this.#busy = false;
    }
  }

  protected fail(message: string): void {
    this.#errorEl?.setText(message);
  }

  /**
   * The day in a date field, or undefined after saying what is wrong with it. A date field holds
   * "" for nothing picked, and for a day that does not exist.
   */
  protected day(text: string): Day | undefined {
    const day = parseDay(text);
    if (day === undefined)
      this.fail(
        text.trim() === "" ? "Pick a date." : `"${text}" is not a date; write it as YYYY-MM-DD.`,
      );
    return day;
  }

  /**
   * A text setting whose value goes to `set` as it is typed (`type: "date"`: a date picker).
   * With `enter`, Enter in it submits.
   */
  protected input(
    el: HTMLElement,
    name: string,
    desc: string,
    set: (value: string) => void,
    { value = "", type = "text", enter }: { value?: string; type?: string; enter?: boolean } = {},
  ): TextComponent {
    let input: TextComponent | undefined;
    new Setting(el)
      .setName(name)
      .setDesc(desc)
      .addText((text) => {
        input = text;
        text.inputEl.type = type;
        text.setValue(value).onChange(set);
        if (enter) {
          text.inputEl.addEventListener("keydown", (evt) => {
            // The Enter that confirms a word in an input method (CJK typing) is not for the form.
            if (evt.key !== "Enter" || evt.isComposing) return;
            evt.preventDefault();
            void this.submit();
          });
        }
      });
    return input as TextComponent;
  }

  /** A dropdown of `options`, shown capitalized, whose choice goes to `set`. */
  protected choice<T extends string>(
    el: HTMLElement,
    name: string,
    options: readonly T[],
    value: T,
    set: (value: T) => void,
  ): void {
    new Setting(el).setName(name).addDropdown((dropdown) => {
      for (const option of options) dropdown.addOption(option, capitalize(option));
      dropdown
        .setValue(value)
        .onChange((chosen) => set(options.find((o) => o === chosen) ?? value));
    });
  }

  /** Creates a note and opens it, with a notice; says why not when it cannot. */
  protected async create(path: string, text: string): Promise<void> {
    try {
      await createNote(this.app, path, text);
    } catch (error) {
      this.fail(
        `Could not create ${path}: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    this.close();
    new Notice(`Created ${path}.`);
    await openNote(this.app, path);
  }

  /** `"[[Name]]"` for a note, in the shortest form that finds it from `sourcePath`. */
  protected link(file: TFile | null, sourcePath: string): string | undefined {
    return file === null
      ? undefined
      : `[[${this.app.metadataCache.fileToLinktext(file, sourcePath, true)}]]`;
  }
}
