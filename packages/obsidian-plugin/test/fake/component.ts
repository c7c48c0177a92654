// Obsidian's `Component`: a lifecycle (load/unload), children, and cleanups that unload runs.
import type * as obsidian from "obsidian";
import type { FakeEventRef } from "./events";

/** Registrations made through components and not yet cleaned up, across the whole fake. */
const live = { domEvents: 0, intervals: 0 };

/** Test helper: DOM listeners and intervals registered through components and still active. */
export function liveRegistrations(): { readonly domEvents: number; readonly intervals: number } {
  return { ...live };
}

/** What `onload` returned when it was async, so a test can await a plugin's start-up. */
const pendingLoads = new WeakMap<Component, Promise<unknown>>();

/** Resolves when the component's (possibly async) `onload` has finished. */
export async function whenLoaded(component: Component): Promise<void> {
  await pendingLoads.get(component);
}

export class Component {
  #loaded = false;
  readonly #children: Component[] = [];
  readonly #cleanups: (() => unknown)[] = [];

  load(): void {
    if (this.#loaded) return;
    this.#loaded = true;
    // `Plugin.onload` may be async; Obsidian awaits it before it calls the plugin loaded.
    const result: unknown = this.onload();
    if (result instanceof Promise) pendingLoads.set(this, result);
    for (const child of [...this.#children]) child.load();
  }

  onload(): void {}

  /** Unloads the children, runs every registered cleanup (last first), then `onunload`. */
  unload(): void {
    if (!this.#loaded) return;
    this.#loaded = false;
    for (let child = this.#children.pop(); child; child = this.#children.pop()) child.unload();
    for (let cleanup = this.#cleanups.pop(); cleanup; cleanup = this.#cleanups.pop()) cleanup();
    this.onunload();
  }

  onunload(): void {}

  addChild<T extends Component>(component: T): T {
    this.#children.push(component);
    if (this.#loaded) component.load();
    return component;
  }

  removeChild<T extends Component>(component: T): T {
    const index = this.#children.indexOf(component);
    if (index >= 0) this.#children.splice(index, 1);
    component.unload();
    return component;
  }

  register(cb: () => unknown): void {
    this.#cleanups.push(cb);
  }

  registerEvent(eventRef: obsidian.EventRef): void {
    const ref = eventRef as FakeEventRef;
    this.register(() => ref.events.offref(ref));
  }

  registerDomEvent(
    el: Window | Document | HTMLElement,
    type: string,
    callback: (this: HTMLElement, ev: Event) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void {
    const listener = callback;
    el.addEventListener(type, listener, options);
    live.domEvents += 1;
    this.register(() => {
      el.removeEventListener(type, listener, options);
      live.domEvents -= 1;
    });
  }

  registerInterval(id: number): number {
    live.intervals += 1;
    this.register(() => {
      window.clearInterval(id);
      live.intervals -= 1;
    });
    return id;
  }
}

/** A component bound to an element that a markdown post-processor rendered. */
export class MarkdownRenderChild extends Component {
  containerEl: HTMLElement;

  constructor(containerEl: HTMLElement) {
    super();
    this.containerEl = containerEl;
  }
}
