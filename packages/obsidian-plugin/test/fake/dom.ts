// Obsidian adds helpers to the DOM (`createEl`, `empty`, `addClass`, …) and a few to built-ins
// (`Array.prototype.first`, …). Importing this module installs them on happy-dom's prototypes,
// as the typings in `obsidian.d.ts` declare them.
import type {} from "obsidian";

if (typeof Node === "undefined" || typeof document === "undefined") {
  throw new Error("The Obsidian fake needs a DOM: run the test in vitest's happy-dom environment.");
}

type Attrs = Record<string, string | number | boolean | null>;

function define(target: object, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, configurable: true, writable: true });
}

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, String(value));
  }
}

function setText(el: Element, text: string | DocumentFragment): void {
  if (typeof text === "string") el.textContent = text;
  else el.replaceChildren(text);
}

/** Applies Obsidian's `DomElementInfo`; a bare string is a class name (`el.createDiv("x")`). */
function applyInfo(el: HTMLElement, o: DomElementInfo | string | undefined): void {
  const info: DomElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
  if (info.cls !== undefined) {
    const classes = Array.isArray(info.cls) ? info.cls : info.cls.split(" ");
    el.classList.add(...classes.filter((c) => c !== ""));
  }
  if (info.text !== undefined) setText(el, info.text);
  if (info.attr) setAttrs(el, info.attr);
  if (info.title !== undefined) el.title = info.title;
  if (info.value !== undefined && "value" in el) (el as HTMLInputElement).value = info.value;
  if (info.type !== undefined && "type" in el) (el as HTMLInputElement).type = info.type;
  if (info.placeholder !== undefined && "placeholder" in el) {
    (el as HTMLInputElement).placeholder = info.placeholder;
  }
  if (info.href !== undefined && "href" in el) (el as HTMLAnchorElement).href = info.href;
  if (info.parent) {
    if (info.prepend) info.parent.insertBefore(el, info.parent.firstChild);
    else info.parent.appendChild(el);
  }
}

function createEl<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  o?: DomElementInfo | string,
  callback?: (el: HTMLElementTagNameMap[K]) => void,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  applyInfo(el, o);
  callback?.(el);
  return el;
}

function createDiv(
  o?: DomElementInfo | string,
  callback?: (el: HTMLDivElement) => void,
): HTMLDivElement {
  return createEl("div", o, callback);
}

function createSpan(
  o?: DomElementInfo | string,
  callback?: (el: HTMLSpanElement) => void,
): HTMLSpanElement {
  return createEl("span", o, callback);
}

export function createSvg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  o?: SvgElementInfo | string,
  callback?: (el: SVGElementTagNameMap[K]) => void,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  const info: SvgElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
  if (info.cls !== undefined) {
    const classes = Array.isArray(info.cls) ? info.cls : info.cls.split(" ");
    el.classList.add(...classes.filter((c) => c !== ""));
  }
  if (info.attr) setAttrs(el, info.attr);
  if (info.parent) {
    if (info.prepend) info.parent.insertBefore(el, info.parent.firstChild);
    else info.parent.appendChild(el);
  }
  callback?.(el);
  return el;
}

function createFragment(callback?: (el: DocumentFragment) => void): DocumentFragment {
  const fragment = document.createDocumentFragment();
  callback?.(fragment);
  return fragment;
}

function withParent<T extends DomElementInfo | SvgElementInfo>(
  parent: Node,
  o: T | string | undefined,
): T {
  const info = (typeof o === "string" ? { cls: o } : { ...o }) as T;
  info.parent = parent;
  return info;
}

// --- Node ---------------------------------------------------------------------------------
const nodeProto = Node.prototype;
define(
  nodeProto,
  "createEl",
  function (
    this: Node,
    tag: "div",
    o?: DomElementInfo | string,
    cb?: (el: HTMLDivElement) => void,
  ) {
    return createEl(tag, withParent(this, o), cb);
  },
);
define(
  nodeProto,
  "createDiv",
  function (this: Node, o?: DomElementInfo | string, cb?: (el: HTMLDivElement) => void) {
    return createEl("div", withParent(this, o), cb);
  },
);
define(
  nodeProto,
  "createSpan",
  function (this: Node, o?: DomElementInfo | string, cb?: (el: HTMLSpanElement) => void) {
    return createEl("span", withParent(this, o), cb);
  },
);
define(
  nodeProto,
  "createSvg",
  function (this: Node, tag: "svg", o?: SvgElementInfo | string, cb?: (el: SVGSVGElement) => void) {
    return createSvg(tag, withParent(this, o), cb);
  },
);
define(nodeProto, "empty", function (this: Node) {
  while (this.lastChild) this.removeChild(this.lastChild);
});
define(nodeProto, "detach", function (this: Node) {
  this.parentNode?.removeChild(this);
});
define(nodeProto, "appendText", function (this: Node, val: string) {
  this.appendChild(document.createTextNode(val));
});
define(nodeProto, "insertAfter", function <
  T extends Node,
>(this: Node, node: T, child: Node | null): T {
  this.insertBefore(node, child ? child.nextSibling : this.firstChild);
  return node;
});
define(nodeProto, "indexOf", function (this: Node, other: Node) {
  return Array.prototype.indexOf.call(this.childNodes, other);
});
define(nodeProto, "setChildrenInPlace", function (this: Node, children: Node[]) {
  while (this.lastChild) this.removeChild(this.lastChild);
  for (const child of children) this.appendChild(child);
});
define(nodeProto, "instanceOf", function (this: Node, type: new () => unknown) {
  return this instanceof type;
});
Object.defineProperty(nodeProto, "doc", {
  configurable: true,
  get(this: Node) {
    return this.ownerDocument ?? document;
  },
});
Object.defineProperty(nodeProto, "win", {
  configurable: true,
  get(this: Node) {
    return (this.ownerDocument ?? document).defaultView ?? window;
  },
});

// --- Element --------------------------------------------------------------------------------
const elementProto = Element.prototype;
define(elementProto, "getText", function (this: Element) {
  return this.textContent ?? "";
});
define(elementProto, "setText", function (this: Element, val: string | DocumentFragment) {
  setText(this, val);
});
define(elementProto, "addClass", function (this: Element, ...classes: string[]) {
  this.classList.add(...classes);
});
define(elementProto, "addClasses", function (this: Element, classes: string[]) {
  this.classList.add(...classes);
});
define(elementProto, "removeClass", function (this: Element, ...classes: string[]) {
  this.classList.remove(...classes);
});
define(elementProto, "removeClasses", function (this: Element, classes: string[]) {
  this.classList.remove(...classes);
});
define(
  elementProto,
  "toggleClass",
  function (this: Element, classes: string | string[], value: boolean) {
    for (const cls of Array.isArray(classes) ? classes : [classes])
      this.classList.toggle(cls, value);
  },
);
define(elementProto, "hasClass", function (this: Element, cls: string) {
  return this.classList.contains(cls);
});
define(
  elementProto,
  "setAttr",
  function (this: Element, name: string, value: string | number | boolean | null) {
    setAttrs(this, { [name]: value });
  },
);
define(elementProto, "setAttrs", function (this: Element, attrs: Attrs) {
  setAttrs(this, attrs);
});
define(elementProto, "getAttr", function (this: Element, name: string) {
  return this.getAttribute(name);
});
define(
  elementProto,
  "matchParent",
  function (this: Element, selector: string, lastParent?: Element) {
    // The nearest match at or above this element, not at or above `lastParent`.
    const match = this.closest(selector);
    if (!match) return null;
    if (lastParent?.contains(this) && (match === lastParent || match.contains(lastParent)))
      return null;
    return match;
  },
);
define(elementProto, "find", function (this: Element, selector: string) {
  return this.querySelector(selector);
});
define(elementProto, "findAll", function (this: Element, selector: string) {
  return Array.from(this.querySelectorAll(selector));
});
define(elementProto, "findAllSelf", function (this: Element, selector: string) {
  const found = Array.from(this.querySelectorAll(selector));
  return this.matches(selector) ? [this, ...found] : found;
});
define(elementProto, "isActiveElement", function (this: Element) {
  return this.ownerDocument.activeElement === this;
});

// --- HTMLElement ----------------------------------------------------------------------------
const htmlProto = HTMLElement.prototype;
/** Obsidian's `show`/`hide` set the inline `display`, so the fake does too. */
function setShown(el: HTMLElement, shown: boolean): void {
  el.setCssProps({ display: shown ? "" : "none" });
}
define(htmlProto, "show", function (this: HTMLElement) {
  setShown(this, true);
});
define(htmlProto, "hide", function (this: HTMLElement) {
  setShown(this, false);
});
define(htmlProto, "toggle", function (this: HTMLElement, show: boolean) {
  setShown(this, show);
});
define(htmlProto, "toggleVisibility", function (this: HTMLElement, visible: boolean) {
  this.setCssProps({ visibility: visible ? "" : "hidden" });
});
define(htmlProto, "isShown", function (this: HTMLElement) {
  return this.isConnected && this.style.getPropertyValue("display") !== "none";
});
define(htmlProto, "setCssProps", function (this: HTMLElement, props: Record<string, string>) {
  for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
});
define(htmlProto, "setCssStyles", function (this: HTMLElement, styles: Record<string, string>) {
  Object.assign(this.style, styles);
});
define(
  htmlProto,
  "onClickEvent",
  function (
    this: HTMLElement,
    listener: (ev: MouseEvent) => unknown,
    options?: boolean | AddEventListenerOptions,
  ) {
    this.addEventListener("click", listener, options);
    this.addEventListener("auxclick", listener, options);
  },
);
define(htmlProto, "trigger", function (this: HTMLElement, eventType: string) {
  this.dispatchEvent(new Event(eventType, { bubbles: true, cancelable: true }));
});

/** Delegated listeners (`el.on("click", ".row", fn)`), so `off` can find the wrapper again. */
const delegated = new WeakMap<
  EventTarget,
  { type: string; selector: string; listener: unknown; wrapper: EventListener }[]
>();
for (const proto of [htmlProto, Document.prototype]) {
  define(
    proto,
    "on",
    function (
      this: HTMLElement | Document,
      type: string,
      selector: string,
      listener: (this: unknown, ev: Event, delegateTarget: HTMLElement) => unknown,
      options?: boolean | AddEventListenerOptions,
    ) {
      const wrapper: EventListener = (ev) => {
        const target = ev.target instanceof Element ? ev.target.closest(selector) : null;
        if (target instanceof HTMLElement && (this === target || this.contains(target))) {
          listener.call(this, ev, target);
        }
      };
      const list = delegated.get(this) ?? [];
      list.push({ type, selector, listener, wrapper });
      delegated.set(this, list);
      this.addEventListener(type, wrapper, options);
    },
  );
  define(
    proto,
    "off",
    function (
      this: HTMLElement | Document,
      type: string,
      selector: string,
      listener: unknown,
      options?: boolean | AddEventListenerOptions,
    ) {
      const list = delegated.get(this) ?? [];
      const index = list.findIndex(
        (d) => d.type === type && d.selector === selector && d.listener === listener,
      );
      const entry = list[index];
      if (!entry) return;
      list.splice(index, 1);
      this.removeEventListener(type, entry.wrapper, options);
    },
  );
}

// --- DocumentFragment -------------------------------------------------------------------------
define(DocumentFragment.prototype, "find", function (this: DocumentFragment, selector: string) {
  return this.querySelector(selector);
});
define(DocumentFragment.prototype, "findAll", function (this: DocumentFragment, selector: string) {
  return Array.from(this.querySelectorAll(selector));
});

// --- Globals --------------------------------------------------------------------------------
Object.assign(window, {
  createEl,
  createDiv,
  createSpan,
  createSvg,
  createFragment,
  activeDocument: document,
  activeWindow: window,
  isBoolean: (obj: unknown): obj is boolean => typeof obj === "boolean",
  fish: (selector: string) => document.querySelector(selector),
  fishAll: (selector: string) => Array.from(document.querySelectorAll(selector)),
  sleep: (ms: number) => new Promise<void>((resolve) => window.setTimeout(resolve, ms)),
  nextFrame: () => new Promise<void>((resolve) => window.setTimeout(resolve, 0)),
});

// --- Built-ins that Obsidian extends ----------------------------------------------------------
define(Array.prototype, "first", function <T>(this: T[]) {
  return this[0];
});
define(Array.prototype, "last", function <T>(this: T[]) {
  return this[this.length - 1];
});
define(Array.prototype, "contains", function <T>(this: T[], target: T) {
  return this.includes(target);
});
define(Array.prototype, "remove", function <T>(this: T[], target: T) {
  for (let i = this.indexOf(target); i >= 0; i = this.indexOf(target)) this.splice(i, 1);
});
define(Array.prototype, "unique", function <T>(this: T[]) {
  return [...new Set(this)];
});
define(Array, "combine", <T>(arrays: T[][]) => arrays.flat());
define(String.prototype, "contains", function (this: string, target: string) {
  return this.includes(target);
});
define(String, "isString", (obj: unknown) => typeof obj === "string");
define(Number, "isNumber", (obj: unknown) => typeof obj === "number");
define(Math, "clamp", (value: number, min: number, max: number) =>
  Math.min(Math.max(value, min), max),
);
define(Math, "square", (value: number) => value * value);
define(Object, "isEmpty", (object: Record<string, unknown>) => Object.keys(object).length === 0);
