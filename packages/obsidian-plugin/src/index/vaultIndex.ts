// The vault → NetworkIndex adapter. Built once the layout is ready from what the metadata cache
// already holds, then kept current one note at a time from metadata-cache `changed` / `deleted`
// and vault `rename`.
import { NetworkIndex, type KithConfig, type NoteInput } from "@kith/core";
import { TFile, type App, type CachedMetadata, type Component } from "obsidian";
import { needsText, noteInputOf } from "./noteInput";

/**
 * Keeps a {@link NetworkIndex} in step with the vault. `network` is undefined until the first
 * build has finished; after a settings change the old network keeps answering until the new one
 * is built, so a view never goes blank.
 */
export class VaultIndex {
  readonly #app: App;
  readonly #changed: () => void;
  #config: KithConfig;
  #network: NetworkIndex | undefined;
  /** Bumped by every build; a build that finds it moved on was overtaken and drops its work. */
  #generation = 0;
  /** While a build reads notes: the paths that changed meanwhile, to read again once it is done. */
  #dirty: Set<string> | undefined;
  /**
   * While a build runs and reads again what changed during it: per path, bumped by every event,
   * so a read that awaited the vault can tell whether something newer came meanwhile.
   */
  readonly #stamps = new Map<string, number>();
  /** Builds now reading again what changed while they read the vault. */
  #refreshing = 0;
  #started = false;
  #stopped = false;

  /** `changed` is called after every change to the network (a note, a build). */
  constructor(app: App, config: KithConfig, changed: () => void) {
    this.#app = app;
    this.#config = config;
    this.#changed = changed;
  }

  get network(): NetworkIndex | undefined {
    return this.#network;
  }

  /**
   * Listens to the vault through `owner` (unloading it stops everything) and builds the index.
   * Call once the layout is ready: before that the metadata cache is still being filled.
   */
  async start(owner: Component): Promise<void> {
    const { metadataCache, vault } = this.#app;
    owner.registerEvent(
      metadataCache.on("changed", (file, data, cache) => this.#onChanged(file, data, cache)),
    );
    owner.registerEvent(metadataCache.on("deleted", (file) => this.#onDeleted(file.path)));
    owner.registerEvent(
      vault.on("rename", (file, oldPath) => {
        if (file instanceof TFile) this.#onRenamed(file, oldPath);
      }),
    );
    owner.register(() => {
      this.#stopped = true;
      this.#generation++;
    });
    this.#started = true;
    await this.#build();
  }

  /** Builds again under a new configuration (the settings changed). */
  async rebuild(config: KithConfig): Promise<void> {
    this.#config = config;
    // Before `start` the first build will use it; a build under way is overtaken by this one.
    if (!this.#started || this.#stopped) return;
    await this.#build();
  }

  async #build(): Promise<void> {
    const generation = ++this.#generation;
    const config = this.#config;
    this.#dirty = new Set();
    const { metadataCache, vault } = this.#app;
    const inputs: NoteInput[] = [];
    const reads: Promise<void>[] = [];
    for (const file of vault.getMarkdownFiles()) {
      const cache = metadataCache.getFileCache(file);
      // Not parsed yet: the metadata cache fires `changed` for it when it is.
      if (cache === null) continue;
      if (!needsText(cache, config.logHeading)) {
        inputs.push(noteInputOf(file, cache));
        continue;
      }
      const at = inputs.length;
      inputs.push(noteInputOf(file, cache));
      reads.push(
        vault.cachedRead(file).then(
          (text) => {
            inputs[at] = noteInputOf(file, cache, text);
          },
          // A note deleted while being read: its `deleted` event marked it dirty.
          () => undefined,
        ),
      );
    }
    await Promise.all(reads);
    if (generation !== this.#generation) return;
    const network = new NetworkIndex(config);
    network.upsertAll(inputs);
    this.#network = network;
    const dirty = this.#dirty;
    this.#dirty = undefined;
    this.#changed();
    this.#refreshing++;
    for (const path of dirty) await this.#refresh(path);
    this.#refreshing--;
    if (this.#refreshing === 0 && this.#dirty === undefined) this.#stamps.clear();
  }

  #onChanged(file: TFile, data: string, cache: CachedMetadata): void {
    if (file.extension !== "md") return;
    this.#touch(file.path);
    const network = this.#network;
    if (network === undefined) return;
    network.upsert(
      noteInputOf(file, cache, needsText(cache, network.config.logHeading) ? data : undefined),
    );
    this.#changed();
  }

  #onDeleted(path: string): void {
    this.#touch(path);
    if (this.#network?.has(path) !== true) return;
    this.#network.remove(path);
    this.#changed();
  }

  #onRenamed(file: TFile, from: string): void {
    const to = file.path;
    this.#touch(from);
    this.#touch(to);
    const network = this.#network;
    if (network === undefined) return;
    if (file.extension !== "md") {
      // No note any more ("Jane.md" renamed "Jane.txt"): Obsidian keeps no metadata for it.
      if (!network.has(from)) return;
      network.remove(from);
    } else if (network.has(from)) {
      network.rename(from, to);
    } else {
      // A note now ("Jane.txt" renamed "Jane.md"), read once Obsidian has its metadata.
      void this.#refresh(to);
      return;
    }
    this.#changed();
  }

  /** Marks a path as changed: for a build under way, and for reads awaiting the vault. */
  #touch(path: string): void {
    this.#dirty?.add(path);
    if (this.#dirty !== undefined || this.#refreshing > 0) {
      this.#stamps.set(path, (this.#stamps.get(path) ?? 0) + 1);
    }
  }

  /** Reads one note again from the vault as it is now (after a build, for what changed during it). */
  async #refresh(path: string): Promise<void> {
    const network = this.#network;
    if (network === undefined || this.#stopped) return;
    const stamp = this.#stamps.get(path);
    const file = this.#app.vault.getFileByPath(path);
    const cache = file === null ? null : this.#app.metadataCache.getFileCache(file);
    if (file === null || cache === null) {
      if (network.has(path)) {
        network.remove(path);
        this.#changed();
      }
      return;
    }
    let text: string | undefined;
    if (needsText(cache, network.config.logHeading)) {
      try {
        text = await this.#app.vault.cachedRead(file);
      } catch {
        return;
      }
    }
    // Something newer arrived while reading: it has been applied already.
    if (this.#stamps.get(path) !== stamp || this.#network !== network || this.#stopped) return;
    network.upsert(noteInputOf(file, cache, text));
    this.#changed();
  }
}
