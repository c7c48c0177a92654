// Obsidian's metadata cache: a parsed, frozen `CachedMetadata` per markdown note, re-parsed after
// each create or modify — later, not during the write, as Obsidian parses in a worker.
import type * as obsidian from "obsidian";
import { Events } from "./events";
import { computeMetadata } from "./frontmatter";
import { getLinkpath } from "./util";
import { observeVault, type TFile, type Vault } from "./vault";

// Captured at import, so a test that fakes timers (`vi.useFakeTimers()`) does not stall the cache.
const realSetTimeout = window.setTimeout.bind(window);

type MetadataEvents = {
  changed: [file: TFile, data: string, cache: obsidian.CachedMetadata];
  deleted: [file: TFile, prevCache: obsidian.CachedMetadata | null];
  resolve: [file: TFile];
  resolved: [];
};

/**
 * - `changed (file, data, cache)`: on a later task (a real `setTimeout(0)`) after the vault created
 *   or modified a note, as Obsidian parses in a worker: right after `await vault.modify(…)`,
 *   `getFileCache` still holds the old entry. `await settled()` to see the new one.
 * - `resolve (file)` after each `changed`; `resolved ()` once the queue is empty.
 * - `deleted (file, prevCache)`: synchronously on delete, before the vault's `delete` event.
 * - Rename: no `changed`; the entry moves to the new path.
 * Test helpers, not in Obsidian: `settled()`, `seed()`, `parseLater()`, `listenerCount()`.
 */
export class MetadataCache extends Events<MetadataEvents> {
  readonly #vault: Vault;
  readonly #caches = new Map<string, obsidian.CachedMetadata>();
  readonly #queue = new Set<TFile>();
  #flushing = false;
  #waiters: (() => void)[] = [];

  constructor(vault: Vault) {
    super();
    this.#vault = vault;
    observeVault(vault, {
      created: (file) => this.#enqueue(file),
      modified: (file) => this.#enqueue(file),
      deleted: (file) => {
        this.#queue.delete(file);
        const prevCache = this.#caches.get(file.path) ?? null;
        this.#caches.delete(file.path);
        if (file.extension === "md") this.trigger("deleted", file, prevCache);
      },
      renamed: (file, oldPath) => {
        const cache = this.#caches.get(oldPath);
        this.#caches.delete(oldPath);
        if (cache) this.#caches.set(file.path, cache);
      },
    });
  }

  getFileCache(file: TFile): obsidian.CachedMetadata | null {
    return this.#caches.get(file.path) ?? null;
  }

  getCache(path: string): obsidian.CachedMetadata | null {
    return this.#caches.get(path) ?? null;
  }

  /**
   * The file a link points to, or `null`: a `./` or `../` link relative to the source's folder;
   * else by vault path (with or without `.md`); else by file name (or path suffix) anywhere,
   * preferring the source's folder, then the shortest path. Case-insensitive, like Obsidian.
   * Never by alias. `linkpath` must not carry a `#subpath` (`getLinkpath` strips it).
   */
  getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
    const files = this.#vault.getFiles();
    if (linkpath === "") return files.find((f) => f.path === sourcePath) ?? null;
    const folder = sourcePath.includes("/") ? sourcePath.slice(0, sourcePath.lastIndexOf("/")) : "";
    const byPath = (path: string): TFile | null => {
      for (const candidate of [path, `${path}.md`]) {
        const lower = candidate.toLowerCase();
        const file =
          files.find((f) => f.path === candidate) ??
          files.find((f) => f.path.toLowerCase() === lower);
        if (file) return file;
      }
      return null;
    };

    if (linkpath.startsWith("./") || linkpath.startsWith("../")) {
      const segments = folder === "" ? [] : folder.split("/");
      for (const segment of linkpath.split("/")) {
        if (segment === "..") segments.pop();
        else if (segment !== ".") segments.push(segment);
      }
      return byPath(segments.join("/"));
    }
    const exact = byPath(linkpath);
    if (exact) return exact;
    const wanted = [linkpath, `${linkpath}.md`].map((p) => `/${p.toLowerCase()}`);
    const candidates = files.filter((f) =>
      wanted.some((w) => `/${f.path.toLowerCase()}`.endsWith(w)),
    );
    const inFolder = candidates.find((f) => (f.parent?.isRoot() ? "" : f.parent?.path) === folder);
    if (inFolder) return inFolder;
    return [...candidates].sort((a, b) => a.path.length - b.path.length)[0] ?? null;
  }

  /**
   * Obsidian's default link format ("shortest path when possible"): the file name when no other
   * file has it, else the full path.
   */
  fileToLinktext(file: TFile, _sourcePath: string, omitMdExtension = true): string {
    const omit = omitMdExtension && file.extension === "md";
    const sameName = this.#vault
      .getFiles()
      .filter((f) => f.name.toLowerCase() === file.name.toLowerCase());
    const linktext = sameName.length === 1 ? file.name : file.path;
    return omit ? linktext.slice(0, -".md".length) : linktext;
  }

  /** Source path → destination path → link count, for links that resolve. */
  get resolvedLinks(): Record<string, Record<string, number>> {
    return this.#linkCounts(true);
  }

  /** Source path → link text → count, for links that do not resolve. */
  get unresolvedLinks(): Record<string, Record<string, number>> {
    return this.#linkCounts(false);
  }

  /**
   * Test helper, not in Obsidian: resolves once every queued note has been re-parsed and its
   * events have fired — including notes written by handlers of those events.
   */
  async settled(): Promise<void> {
    for (;;) {
      if (this.#queue.size > 0 || this.#flushing) {
        await new Promise<void>((resolve) => this.#waiters.push(resolve));
      }
      // Let handlers that awaited something before writing get to their write.
      for (let i = 0; i < 20; i++) await Promise.resolve();
      if (this.#queue.size === 0 && !this.#flushing) return;
    }
  }

  /** Test helper, not in Obsidian: parses a note now, without events (the cache Obsidian starts with). */
  seed(file: TFile): void {
    if (file.extension !== "md") return;
    this.#caches.set(file.path, computeMetadata(this.#vault.textOf(file.path) ?? ""));
  }

  /**
   * Test helper, not in Obsidian: queues a note that has no cache entry yet for parsing, as
   * Obsidian does at start-up for notes it has not parsed before (a vault opened for the first
   * time, notes synced while it was closed): `changed` fires for it on a later task.
   */
  parseLater(file: TFile): void {
    this.#enqueue(file);
  }

  #enqueue(file: TFile): void {
    if (file.extension !== "md") return;
    this.#queue.add(file);
    if (this.#flushing) return;
    this.#flushing = true;
    realSetTimeout(() => this.#flush(), 0);
  }

  #flush(): void {
    // Handlers may write again; a plugin that rewrites a note on every `changed` would loop for
    // ever in Obsidian too. Fail the test instead.
    let rounds = 0;
    for (let file = this.#next(); file; file = this.#next()) {
      if (++rounds > 10_000)
        throw new Error("metadata cache: a `changed` handler keeps writing notes");
      const data = this.#vault.textOf(file.path);
      if (data === undefined) continue;
      const cache = computeMetadata(data);
      this.#caches.set(file.path, cache);
      this.trigger("changed", file, data, cache);
      this.trigger("resolve", file);
    }
    this.#flushing = false;
    this.trigger("resolved");
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const resolve of waiters) resolve();
  }

  #next(): TFile | undefined {
    const [file] = this.#queue;
    if (file) this.#queue.delete(file);
    return file;
  }

  #linkCounts(resolved: boolean): Record<string, Record<string, number>> {
    const out: Record<string, Record<string, number>> = {};
    for (const [path, cache] of this.#caches) {
      const counts: Record<string, number> = {};
      for (const ref of [
        ...(cache.links ?? []),
        ...(cache.embeds ?? []),
        ...(cache.frontmatterLinks ?? []),
      ]) {
        const dest = this.getFirstLinkpathDest(getLinkpath(ref.link), path);
        const key = dest ? dest.path : getLinkpath(ref.link);
        if ((dest !== null) === resolved) counts[key] = (counts[key] ?? 0) + 1;
      }
      out[path] = counts;
    }
    return out;
  }
}
