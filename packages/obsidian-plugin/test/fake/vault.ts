// An in-memory vault: the file tree, the notes' text, the vault events, and a data adapter for
// files outside the tree (the config folder, where `Plugin.saveData` writes).
import type * as obsidian from "obsidian";
import { Events } from "./events";
import { normalizePath } from "./util";

export abstract class TAbstractFile {
  vault: Vault;
  path: string;
  name: string;
  parent: TFolder | null;

  constructor(vault: Vault, path: string, parent: TFolder | null) {
    this.vault = vault;
    this.path = path;
    this.name = path.slice(path.lastIndexOf("/") + 1);
    this.parent = parent;
  }
}

export class TFile extends TAbstractFile {
  stat: obsidian.FileStats;
  basename: string;
  extension: string;

  constructor(vault: Vault, path: string, parent: TFolder, stat: obsidian.FileStats) {
    super(vault, path, parent);
    this.stat = stat;
    const { basename, extension } = splitName(this.name);
    this.basename = basename;
    this.extension = extension;
  }
}

export class TFolder extends TAbstractFile {
  children: TAbstractFile[] = [];

  isRoot(): boolean {
    return this.path === "/";
  }
}

const RESOURCE_PREFIX = "app://local/";

function splitName(name: string): { basename: string; extension: string } {
  const dot = name.lastIndexOf(".");
  return dot <= 0
    ? { basename: name, extension: "" }
    : { basename: name.slice(0, dot), extension: name.slice(dot + 1) };
}

function parentPath(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "/" : path.slice(0, slash);
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Moves a file object to a new path, as Obsidian does on rename: the same object, new names. */
function setPath(file: TAbstractFile, path: string): void {
  file.path = path;
  file.name = path.slice(path.lastIndexOf("/") + 1);
  if (file instanceof TFile) Object.assign(file, splitName(file.name));
}

/**
 * Internal listeners that run before the public vault events, the way Obsidian's metadata cache
 * sees a change before any plugin does. Not part of the Obsidian API.
 */
export interface VaultObserver {
  created?(file: TFile): void;
  modified?(file: TFile): void;
  deleted?(file: TFile): void;
  renamed?(file: TFile, oldPath: string): void;
}

const observers = new WeakMap<Vault, VaultObserver[]>();

export function observeVault(vault: Vault, observer: VaultObserver): void {
  observers.set(vault, [...(observers.get(vault) ?? []), observer]);
}

function notify(vault: Vault, fn: (o: VaultObserver) => void): void {
  for (const observer of observers.get(vault) ?? []) fn(observer);
}

/** The text of every file, kept off the `Vault` object so a plugin sees only the real API. */
const contents = new WeakMap<Vault, Map<string, string>>();

function textOf(vault: Vault): Map<string, string> {
  const map = contents.get(vault);
  if (!map) throw new Error("unknown vault");
  return map;
}

type VaultEvents = {
  create: [file: TAbstractFile];
  modify: [file: TAbstractFile];
  delete: [file: TAbstractFile];
  rename: [file: TAbstractFile, oldPath: string];
};

/**
 * `create`, `modify`, `delete` and `rename` fire synchronously, before the returned promise
 * settles. Paths must already be normalised (`normalizePath`); the fake throws on one that is not,
 * and on a missing parent folder, so a plugin that skips either fails in a test.
 */
export class Vault extends Events<VaultEvents> {
  adapter: FakeDataAdapter;
  configDir = ".obsidian";
  readonly #files = new Map<string, TAbstractFile>();
  readonly #root: TFolder;

  constructor() {
    super();
    contents.set(this, new Map());
    this.#root = new TFolder(this, "/", null);
    this.#root.name = "";
    this.#files.set("/", this.#root);
    this.adapter = new FakeDataAdapter(this);
  }

  getName(): string {
    return "Test vault";
  }

  getRoot(): TFolder {
    return this.#root;
  }

  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.#files.get(path === "" ? "/" : path) ?? null;
  }

  getFileByPath(path: string): TFile | null {
    const file = this.getAbstractFileByPath(path);
    return file instanceof TFile ? file : null;
  }

  getFolderByPath(path: string): TFolder | null {
    const folder = this.getAbstractFileByPath(path);
    return folder instanceof TFolder ? folder : null;
  }

  getAllLoadedFiles(): TAbstractFile[] {
    return [...this.#files.values()];
  }

  getAllFolders(includeRoot = false): TFolder[] {
    return [...this.#files.values()].filter(
      (f): f is TFolder => f instanceof TFolder && (includeRoot || !f.isRoot()),
    );
  }

  getFiles(): TFile[] {
    return [...this.#files.values()].filter((f): f is TFile => f instanceof TFile);
  }

  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === "md");
  }

  static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => unknown): void {
    cb(root);
    for (const child of root.children) {
      if (child instanceof TFolder) Vault.recurseChildren(child, cb);
      else cb(child);
    }
  }

  async create(path: string, data: string, options?: obsidian.DataWriteOptions): Promise<TFile> {
    const file = this.#addFile(path, data, options);
    notify(this, (o) => o.created?.(file));
    this.trigger("create", file);
    return file;
  }

  async createFolder(path: string): Promise<TFolder> {
    checkNormalized(path);
    if (this.#files.has(path)) throw new Error("Folder already exists.");
    return this.#ensureFolder(path, (folder) => this.trigger("create", folder));
  }

  async read(file: TFile): Promise<string> {
    return this.#text(file);
  }

  async cachedRead(file: TFile): Promise<string> {
    return this.#text(file);
  }

  async modify(file: TFile, data: string, options?: obsidian.DataWriteOptions): Promise<void> {
    this.#write(file, data, options);
  }

  async append(file: TFile, data: string, options?: obsidian.DataWriteOptions): Promise<void> {
    this.#write(file, this.#text(file) + data, options);
  }

  /** Read, change and write with nothing in between: Obsidian's atomic edit. */
  async process(
    file: TFile,
    fn: (data: string) => string,
    options?: obsidian.DataWriteOptions,
  ): Promise<string> {
    const data = fn(this.#text(file));
    this.#write(file, data, options);
    return data;
  }

  async delete(file: TAbstractFile, _force?: boolean): Promise<void> {
    this.#remove(file);
  }

  async trash(file: TAbstractFile, _system: boolean): Promise<void> {
    this.#remove(file);
  }

  async rename(file: TAbstractFile, newPath: string): Promise<void> {
    checkNormalized(newPath);
    if (this.#files.get(file.path) !== file) throw new Error(`${file.path} is not in the vault.`);
    if (this.#files.has(newPath)) throw new Error("Destination file already exists!");
    const parent = this.#existingFolder(parentPath(newPath));
    const oldPath = file.path;
    file.parent?.children.splice(file.parent.children.indexOf(file), 1);
    file.parent = parent;
    parent.children.push(file);
    // A folder carries its descendants along; each gets its own rename event, like in Obsidian.
    const moved: [TAbstractFile, string][] = [];
    const move = (f: TAbstractFile, path: string): void => {
      moved.push([f, f.path]);
      this.#files.delete(f.path);
      setPath(f, path);
      this.#files.set(path, f);
      if (f instanceof TFolder)
        for (const child of f.children) move(child, `${path}/${child.name}`);
    };
    move(file, newPath);
    const text = textOf(this);
    for (const [f, old] of moved) {
      if (!(f instanceof TFile)) continue;
      text.set(f.path, text.get(old) ?? "");
      text.delete(old);
    }
    for (const [f, old] of moved) {
      if (f instanceof TFile) notify(this, (o) => o.renamed?.(f, old));
    }
    this.trigger("rename", file, oldPath);
    for (const [f, old] of moved.slice(1)) this.trigger("rename", f, old);
  }

  async copy<T extends TAbstractFile>(file: T, newPath: string): Promise<T> {
    if (file instanceof TFile)
      return (await this.create(newPath, this.#text(file))) as TAbstractFile as T;
    return (await this.createFolder(newPath)) as TAbstractFile as T;
  }

  getResourcePath(file: TFile): string {
    return `${RESOURCE_PREFIX}${file.path}`;
  }

  /**
   * Test helper, not in Obsidian: adds a file without any event, as if it had been in the vault
   * before Obsidian started. Missing folders are created.
   */
  seed(path: string, data: string): TFile {
    this.#ensureFolder(parentPath(path), () => {});
    return this.#addFile(path, data);
  }

  /** Test helper, not in Obsidian: a file's current text, synchronously. */
  textOf(path: string): string | undefined {
    return textOf(this).get(path);
  }

  #text(file: TFile): string {
    const text = textOf(this).get(file.path);
    if (text === undefined || this.#files.get(file.path) !== file) {
      throw new Error(`ENOENT: ${file.path} does not exist.`);
    }
    return text;
  }

  #addFile(path: string, data: string, options?: obsidian.DataWriteOptions): TFile {
    checkNormalized(path);
    if (this.#files.has(path)) throw new Error("File already exists.");
    const parent = this.#existingFolder(parentPath(path));
    const now = Date.now();
    const file = new TFile(this, path, parent, {
      ctime: options?.ctime ?? now,
      mtime: options?.mtime ?? now,
      size: byteLength(data),
    });
    parent.children.push(file);
    this.#files.set(path, file);
    textOf(this).set(path, data);
    return file;
  }

  #write(file: TFile, data: string, options?: obsidian.DataWriteOptions): void {
    this.#text(file); // throws for a deleted file
    textOf(this).set(file.path, data);
    file.stat = {
      ctime: options?.ctime ?? file.stat.ctime,
      mtime: options?.mtime ?? Date.now(),
      size: byteLength(data),
    };
    notify(this, (o) => o.modified?.(file));
    this.trigger("modify", file);
  }

  #remove(file: TAbstractFile): void {
    if (this.#files.get(file.path) !== file) throw new Error(`${file.path} is not in the vault.`);
    if (file instanceof TFolder) {
      if (file.isRoot()) throw new Error("Cannot delete the vault root.");
      for (const child of [...file.children]) this.#remove(child);
    }
    file.parent?.children.splice(file.parent.children.indexOf(file), 1);
    this.#files.delete(file.path);
    if (file instanceof TFile) {
      notify(this, (o) => o.deleted?.(file));
      textOf(this).delete(file.path);
    }
    this.trigger("delete", file);
  }

  #existingFolder(path: string): TFolder {
    const folder = this.#files.get(path);
    if (folder instanceof TFolder) return folder;
    throw new Error(`Folder ${path} does not exist; create it first with vault.createFolder.`);
  }

  #ensureFolder(path: string, created: (folder: TFolder) => void): TFolder {
    const existing = this.#files.get(path);
    if (existing instanceof TFolder) return existing;
    if (existing) throw new Error(`${path} is a file, not a folder.`);
    const parent = this.#ensureFolder(parentPath(path), created);
    const folder = new TFolder(this, path, parent);
    parent.children.push(folder);
    this.#files.set(path, folder);
    created(folder);
    return folder;
  }
}

function checkNormalized(path: string): void {
  if (path !== normalizePath(path) || path === "/") {
    throw new Error(
      `"${path}" is not a normalized vault path; pass it through normalizePath first.`,
    );
  }
}

/**
 * The vault's `adapter`: raw file access by path. Paths in the vault's tree go through the vault
 * (and fire its events, as Obsidian's file watcher would); others, such as
 * `.obsidian/plugins/kith/data.json`, live in a store of their own.
 */
export class FakeDataAdapter {
  readonly #vault: Vault;
  readonly #hidden = new Map<string, string>();

  constructor(vault: Vault) {
    this.#vault = vault;
  }

  getName(): string {
    return this.#vault.getName();
  }

  async exists(normalizedPath: string, _sensitive?: boolean): Promise<boolean> {
    if (this.#vault.getAbstractFileByPath(normalizedPath)) return true;
    if (this.#hidden.has(normalizedPath)) return true;
    const prefix = `${normalizedPath}/`;
    return [...this.#hidden.keys()].some((p) => p.startsWith(prefix));
  }

  async stat(normalizedPath: string): Promise<obsidian.Stat | null> {
    const file = this.#vault.getAbstractFileByPath(normalizedPath);
    if (file instanceof TFile) return { type: "file", ...file.stat };
    if (file) return { type: "folder", ctime: 0, mtime: 0, size: 0 };
    const text = this.#hidden.get(normalizedPath);
    if (text !== undefined) return { type: "file", ctime: 0, mtime: 0, size: byteLength(text) };
    return (await this.exists(normalizedPath))
      ? { type: "folder", ctime: 0, mtime: 0, size: 0 }
      : null;
  }

  async list(normalizedPath: string): Promise<obsidian.ListedFiles> {
    const files = new Set<string>();
    const folders = new Set<string>();
    const folder = this.#vault.getFolderByPath(normalizedPath === "" ? "/" : normalizedPath);
    for (const child of folder?.children ?? [])
      (child instanceof TFolder ? folders : files).add(child.path);
    const prefix = normalizedPath === "" || normalizedPath === "/" ? "" : `${normalizedPath}/`;
    for (const path of this.#hidden.keys()) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length);
      const slash = rest.indexOf("/");
      if (slash < 0) files.add(path);
      else folders.add(prefix + rest.slice(0, slash));
    }
    return { files: [...files], folders: [...folders] };
  }

  async read(normalizedPath: string): Promise<string> {
    const file = this.#vault.getFileByPath(normalizedPath);
    if (file) return this.#vault.read(file);
    const text = this.#hidden.get(normalizedPath);
    if (text === undefined) throw new Error(`ENOENT: no such file, open '${normalizedPath}'`);
    return text;
  }

  async write(
    normalizedPath: string,
    data: string,
    options?: obsidian.DataWriteOptions,
  ): Promise<void> {
    if (isHidden(normalizedPath)) {
      this.#hidden.set(normalizedPath, data);
      return;
    }
    const file = this.#vault.getFileByPath(normalizedPath);
    if (file) await this.#vault.modify(file, data, options);
    else await this.#vault.create(normalizedPath, data, options);
  }

  async append(
    normalizedPath: string,
    data: string,
    options?: obsidian.DataWriteOptions,
  ): Promise<void> {
    const existing = (await this.exists(normalizedPath)) ? await this.read(normalizedPath) : "";
    await this.write(normalizedPath, existing + data, options);
  }

  async process(
    normalizedPath: string,
    fn: (data: string) => string,
    options?: obsidian.DataWriteOptions,
  ): Promise<string> {
    const data = fn(await this.read(normalizedPath));
    await this.write(normalizedPath, data, options);
    return data;
  }

  async remove(normalizedPath: string): Promise<void> {
    const file = this.#vault.getFileByPath(normalizedPath);
    if (file) await this.#vault.delete(file);
    else if (!this.#hidden.delete(normalizedPath))
      throw new Error(`ENOENT: no such file '${normalizedPath}'`);
  }

  /** Test helper, not in Obsidian: stores a file outside the tree (such as `data.json`) synchronously. */
  seed(normalizedPath: string, data: string): void {
    if (!isHidden(normalizedPath))
      throw new Error(`${normalizedPath} is in the vault's tree; use vault.seed`);
    this.#hidden.set(normalizedPath, data);
  }

  async mkdir(_normalizedPath: string): Promise<void> {
    // Folders outside the tree exist implicitly, as prefixes of the files in them.
  }

  getResourcePath(normalizedPath: string): string {
    return `${RESOURCE_PREFIX}${normalizedPath}`;
  }
}

/** Paths Obsidian keeps out of the file tree: any segment starting with a dot. */
export function isHidden(path: string): boolean {
  return path.split("/").some((segment) => segment.startsWith("."));
}
