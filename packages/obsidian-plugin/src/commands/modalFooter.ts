import { Setting } from "obsidian";

/**
 * The end of Kith's modals: a line that says what went wrong, and the button that submits. A
 * second press while the first is still at work does nothing (a double click writes once).
 * Returns the line, for the modal's messages.
 */
export function modalFooter(
  contentEl: HTMLElement,
  text: string,
  submit: () => Promise<void> | void,
): HTMLElement {
  const errorEl = contentEl.createDiv({ cls: "kith-modal-error" });
  let busy = false;
  const run = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    try {
      await submit();
    } finally {
      busy = false;
    }
  };
  new Setting(contentEl).addButton((button) =>
    button
      .setButtonText(text)
      .setCta()
      .onClick(() => void run()),
  );
  return errorEl;
}
