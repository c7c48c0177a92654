// Obsidian's `Events`: named handlers, an `EventRef` per registration, and `offref` to remove one.
import type * as obsidian from "obsidian";

/** Event name → the arguments its handlers receive. */
export type EventMap = Record<string, unknown[]>;

type Handler = (...data: unknown[]) => unknown;

/** What `on` returns. Obsidian's `EventRef` is opaque; this one remembers where it came from. */
export interface FakeEventRef extends obsidian.EventRef {
  readonly events: Events;
  readonly name: string;
  readonly fn: Handler;
  readonly ctx: unknown;
}

export class Events<M extends EventMap = EventMap> {
  readonly #handlers = new Map<string, FakeEventRef[]>();

  on<K extends keyof M & string>(
    name: K,
    callback: (...data: M[K]) => unknown,
    ctx?: unknown,
  ): obsidian.EventRef {
    // The map's types are checked at the call site; stored handlers are called with what `trigger` got.
    const ref: FakeEventRef = { events: this, name, fn: callback as Handler, ctx };
    const list = this.#handlers.get(name) ?? [];
    list.push(ref);
    this.#handlers.set(name, list);
    return ref;
  }

  off<K extends keyof M & string>(name: K, callback: (...data: M[K]) => unknown): void {
    const list = this.#handlers.get(name);
    if (!list) return;
    const kept = list.filter((ref) => ref.fn !== callback);
    if (kept.length > 0) this.#handlers.set(name, kept);
    else this.#handlers.delete(name);
  }

  offref(ref: obsidian.EventRef): void {
    const { name } = ref as FakeEventRef;
    const list = this.#handlers.get(name);
    if (!list) return;
    const kept = list.filter((r) => r !== ref);
    if (kept.length > 0) this.#handlers.set(name, kept);
    else this.#handlers.delete(name);
  }

  trigger<K extends keyof M & string>(name: K, ...data: M[K]): void {
    // A copy, like Obsidian: a handler that unregisters itself does not skip the next one.
    for (const ref of [...(this.#handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
  }

  tryTrigger(evt: obsidian.EventRef, args: unknown[]): void {
    const ref = evt as FakeEventRef;
    try {
      ref.fn.apply(ref.ctx, args);
    } catch (error) {
      // Obsidian logs a throwing handler and carries on with the others. Rethrowing outside the
      // loop keeps that, and vitest still reports the error as unhandled.
      queueMicrotask(() => {
        throw error;
      });
    }
  }

  /** Test helper, not in Obsidian: how many handlers are registered (for one event, or all). */
  listenerCount(name?: keyof M & string): number {
    if (name !== undefined) return this.#handlers.get(name)?.length ?? 0;
    let count = 0;
    for (const list of this.#handlers.values()) count += list.length;
    return count;
  }
}
