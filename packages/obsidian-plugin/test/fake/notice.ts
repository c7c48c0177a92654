// Obsidian's `Notice`: a toast. The fake records each one so a test can read what the user saw.
const shown: Notice[] = [];

/** Test helper: the text of every notice shown since the app was made, oldest first. */
export function noticeMessages(): string[] {
  return shown.map((notice) => notice.messageEl.getText());
}

/** Test helper: forgets the notices shown so far (`createTestApp` calls it). */
export function clearNotices(): void {
  for (const notice of shown) notice.hide();
  shown.length = 0;
}

/** Shown until `hide()`; the fake does not time notices out. */
export class Notice {
  noticeEl: HTMLElement;
  containerEl: HTMLElement;
  messageEl: HTMLElement;
  /** Test helper, not in Obsidian: the duration asked for (`0` means until hidden). */
  readonly duration: number | undefined;

  constructor(message: string | DocumentFragment, duration?: number) {
    this.containerEl =
      document.body.find(".notice-container") ?? document.body.createDiv("notice-container");
    this.noticeEl = this.containerEl.createDiv("notice");
    this.messageEl = this.noticeEl.createDiv("notice-message");
    this.duration = duration;
    this.setMessage(message);
    shown.push(this);
  }

  setMessage(message: string | DocumentFragment): this {
    this.messageEl.setText(message);
    return this;
  }

  hide(): void {
    this.noticeEl.detach();
  }
}
