// Obsidian's context menu. Shown menus are in the DOM (`.menu > .menu-item`), so a test clicks
// an item the way a user would.
import type * as obsidian from "obsidian";
import { Component } from "./component";
import { setIcon } from "./util";

let shown: Menu | null = null;

/** Test helper: the menu on screen, if any. */
export function shownMenu(): obsidian.Menu | null {
  return shown as unknown as obsidian.Menu | null;
}

/** Test helper: hides the menu still shown, if any (`createTestApp` calls it). */
export function resetMenus(): void {
  shown?.hide();
  shown = null;
}

function requireMenu(menu: obsidian.Menu | Menu | null): Menu {
  if (!menu) throw new Error("No menu is shown.");
  return menu as Menu;
}

function itemEls(menu: Menu): HTMLElement[] {
  return menu.dom.findAll(".menu-item");
}

/** Test helper: the titles of the items of the shown menu (or of `menu`), in order. */
export function menuItemTitles(menu: obsidian.Menu | Menu | null = shown): string[] {
  return itemEls(requireMenu(menu)).map((el) => el.find(".menu-item-title")?.getText() ?? "");
}

/** Test helper: where the shown menu was put, in client coordinates. */
export function shownMenuPosition(): { x: number; y: number } | undefined {
  return shown?.position;
}

/** Test helper: clicks the item titled `title` in the shown menu (or in `menu`). */
export function clickMenuItem(title: string, menu: obsidian.Menu | Menu | null = shown): void {
  const titles = menuItemTitles(menu);
  const el = itemEls(requireMenu(menu))[titles.indexOf(title)];
  if (!el) throw new Error(`No menu item "${title}"; items: ${JSON.stringify(titles)}`);
  el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
}

export class MenuItem {
  /** Obsidian's (untyped) element of the item. */
  readonly dom: HTMLElement;
  readonly #iconEl: HTMLElement;
  readonly #titleEl: HTMLElement;
  #disabled = false;
  #callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

  constructor(menu: Menu) {
    this.dom = createDiv("menu-item");
    this.#iconEl = this.dom.createDiv("menu-item-icon");
    this.#titleEl = this.dom.createDiv("menu-item-title");
    this.dom.addEventListener("click", (evt) => {
      if (this.#disabled) return;
      menu.hide();
      this.#callback?.(evt);
    });
  }

  setTitle(title: string | DocumentFragment): this {
    this.#titleEl.setText(title);
    return this;
  }

  setIcon(icon: string | null): this {
    if (icon === null) this.#iconEl.empty();
    else setIcon(this.#iconEl, icon);
    return this;
  }

  setChecked(checked: boolean | null): this {
    this.dom.toggleClass("mod-checked", checked === true);
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.#disabled = disabled;
    this.dom.toggleClass("is-disabled", disabled);
    return this;
  }

  setWarning(isWarning: boolean): this {
    this.dom.toggleClass("is-warning", isWarning);
    return this;
  }

  setIsLabel(isLabel: boolean): this {
    this.dom.toggleClass("is-label", isLabel);
    return this;
  }

  onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.#callback = callback;
    return this;
  }

  setSection(section: string): this {
    this.dom.setAttr("data-section", section);
    return this;
  }
}

export class MenuSeparator {
  readonly dom: HTMLElement = createDiv("menu-separator");
}

export class Menu extends Component {
  /** Obsidian's (untyped) element of the menu. */
  readonly dom: HTMLElement = createDiv("menu");
  readonly #items: (MenuItem | MenuSeparator)[] = [];
  readonly #onHide: (() => unknown)[] = [];

  static forEvent(evt: PointerEvent | MouseEvent): Menu {
    const menu = new Menu();
    queueMicrotask(() => menu.showAtMouseEvent(evt));
    return menu;
  }

  setNoIcon(): this {
    this.dom.addClass("mod-no-icon");
    return this;
  }

  setUseNativeMenu(_useNativeMenu: boolean): this {
    return this;
  }

  addItem(cb: (item: MenuItem) => unknown): this {
    const item = new MenuItem(this);
    this.#items.push(item);
    cb(item);
    return this;
  }

  addSeparator(): this {
    this.#items.push(new MenuSeparator());
    return this;
  }

  setParentElement(_el: HTMLElement): this {
    return this;
  }

  showAtMouseEvent(evt: MouseEvent): this {
    return this.showAtPosition({ x: evt.clientX, y: evt.clientY });
  }

  /** Where the menu was last shown (the fake draws no layout; tests read it). */
  position: { x: number; y: number } | undefined;

  /** Shows the menu (hiding any other one) and notes where. */
  showAtPosition(position: { x: number; y: number }, _doc?: Document): this {
    this.position = { x: position.x, y: position.y };
    if (shown && shown !== this) shown.hide();
    this.dom.empty();
    for (const item of this.#items) this.dom.appendChild(item.dom);
    document.body.appendChild(this.dom);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the module tracks the menu on screen
    shown = this;
    this.load();
    return this;
  }

  hide(): this {
    if (!this.dom.isConnected) return this;
    this.dom.detach();
    if (shown === this) shown = null;
    this.unload();
    for (const cb of this.#onHide) cb();
    return this;
  }

  close(): void {
    this.hide();
  }

  onHide(callback: () => unknown): void {
    this.#onHide.push(callback);
  }
}
