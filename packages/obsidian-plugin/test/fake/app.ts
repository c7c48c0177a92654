// The app object, and `createTestApp`: the harness a plugin test starts from.
import type * as obsidian from "obsidian";
import { Component, liveRegistrations, whenLoaded } from "./component";
import { FileManager } from "./fileManager";
import { resetModals, Scope } from "./modal";
import { resetMenus } from "./menu";
import { MetadataCache } from "./metadataCache";
import { clearNotices } from "./notice";
import { createRegistry, registryOf, type RegisteredSettingTab } from "./registry";
import { Platform } from "./util";
import { isHidden, type TFile, Vault } from "./vault";
import { Workspace } from "./workspace";

export class App {
  vault: Vault;
  metadataCache: MetadataCache;
  fileManager: FileManager;
  workspace: Workspace;
  scope = new Scope();
  lastEvent: obsidian.UserEvent | null = null;

  constructor() {
    createRegistry(this, createDiv("side-dock-ribbon mod-left"), createDiv("status-bar"));
    this.vault = new Vault();
    this.metadataCache = new MetadataCache(this.vault);
    this.fileManager = new FileManager(this.vault, this.metadataCache);
    this.workspace = new Workspace(this);
  }

  isDarkMode(): boolean {
    return false;
  }

  loadLocalStorage(key: string): unknown {
    return registryOf(this).localStorage.get(key) ?? null;
  }

  saveLocalStorage(key: string, data: unknown): void {
    const { localStorage } = registryOf(this);
    if (data === null) localStorage.delete(key);
    else localStorage.set(key, data);
  }
}

export interface TestAppOptions {
  /**
   * Vault path → text. Folders are created as needed. Paths with a dot segment
   * (`.obsidian/plugins/kith/data.json`) go to the adapter, outside the file tree.
   */
  readonly files?: Readonly<Record<string, string>>;
  /**
   * Notes of `files` that Obsidian has not parsed yet when the layout is ready (a vault opened
   * for the first time, notes synced while it was closed): `getFileCache` returns `null` for them
   * until the metadata cache parses them, after the layout-ready callbacks have started, firing
   * `changed` for each.
   */
  readonly parsedLater?: readonly string[];
}

export interface RenderedCodeBlock {
  /** The block's element (`div.block-language-{lang}`), in the document. */
  readonly el: HTMLElement;
  /** What Obsidian does when the note is closed or re-rendered: unloads the `ctx.addChild` children. */
  unload(): void;
}

export interface ListenerCounts {
  readonly vault: number;
  readonly metadataCache: number;
  readonly workspace: number;
  /** `registerDomEvent` listeners still active, across the fake. */
  readonly domEvents: number;
  /** `registerInterval` intervals not yet cleared, across the fake. */
  readonly intervals: number;
  readonly commands: number;
  readonly views: number;
  readonly codeBlockProcessors: number;
  readonly settingTabs: number;
}

/**
 * The harness. Everything is typed with Obsidian's own types, as the plugin sees it, so a test
 * passes values between plugin code and the harness freely; `fake` is the way to the fake's types.
 */
export interface TestApp {
  /** The app, typed as Obsidian's so it can be handed to plugin code. */
  readonly app: obsidian.App;
  readonly vault: obsidian.Vault;
  readonly metadataCache: obsidian.MetadataCache;
  readonly fileManager: obsidian.FileManager;
  readonly workspace: obsidian.Workspace;
  /** The same app with the fake's types and test helpers. */
  readonly fake: App;
  /** The left ribbon (plugins' `addRibbonIcon`) and the status bar (`addStatusBarItem`). */
  readonly ribbonEl: HTMLElement;
  readonly statusBarEl: HTMLElement;

  /** Constructs the plugin with this app and a manifest (id "kith" unless given), and awaits its `onload`. */
  loadPlugin<P extends obsidian.Plugin>(
    PluginClass: new (app: obsidian.App, manifest: obsidian.PluginManifest) => P,
    manifest?: Partial<obsidian.PluginManifest>,
  ): Promise<P>;
  /**
   * Finishes start-up as Obsidian does: the vault fires `create` for every existing file, then the
   * layout-ready callbacks run (awaited when async), then the metadata cache fires `resolved`.
   * Notes given as `parsedLater` are parsed meanwhile, each with its `changed` event.
   */
  layoutReady(): Promise<void>;
  /** Waits until the metadata cache has re-parsed every changed note and fired its events. */
  settled(): Promise<void>;
  /** The file at `path`; throws if there is none. */
  file(path: string): obsidian.TFile;
  /** The text of the file at `path` now; throws if there is none. */
  read(path: string): string;
  /** Creates or overwrites a note (through the vault, with its events). */
  write(path: string, text: string): Promise<obsidian.TFile>;
  /** Ids of the registered commands, prefixed as in Obsidian (`kith:open-follow-ups`). */
  commandIds(): string[];
  /** The registered commands as the plugin gave them (with their `hotkeys`, if any). */
  commands(): obsidian.Command[];
  /** The command's `checkCallback(true)`, or true for a plain callback. */
  isCommandAvailable(id: string): boolean;
  /** Runs a command as the palette does; awaits a `callback` that returns a promise. False if unavailable. */
  runCommand(id: string): Promise<boolean>;
  /** Renders a fenced code block of `language` in the note at `sourcePath`, as reading view does. */
  renderCodeBlock(language: string, source: string, sourcePath: string): Promise<RenderedCodeBlock>;
  /** Opens the plugin's setting tab (calls `display()`); returns its container. */
  openSettings(plugin: obsidian.Plugin): HTMLElement;
  /** Leaves the settings (calls `hide()`). */
  closeSettings(): void;
  /** Opens a note in the main area, making it the active file. */
  openFile(path: string): Promise<obsidian.WorkspaceLeaf>;
  /** Handlers and registrations now active; compare before loading and after unloading a plugin. */
  listenerCounts(): ListenerCounts;
}

export const defaultManifest: obsidian.PluginManifest = {
  id: "kith",
  name: "Kith",
  author: "Kith",
  version: "0.0.0-test",
  minAppVersion: "1.4.0",
  description: "Test manifest from the Obsidian fake.",
  isDesktopOnly: false,
  dir: ".obsidian/plugins/kith",
};

const platformDefaults = { ...Platform };

/**
 * A fresh app over an in-memory vault holding `files`, with the metadata cache already built (no
 * events), the layout not yet ready, and the document reset: no notices, modals or menus, and
 * `Platform` back to desktop.
 *
 * @example
 * const t = createTestApp({ files: { "People/Jane Doe.md": "---\ntype: contact\n---\n" } });
 * const plugin = await t.loadPlugin(KithPlugin);
 * await t.layoutReady();
 * await t.runCommand("kith:open-follow-ups");
 */
export function createTestApp(options: TestAppOptions = {}): TestApp {
  resetModals();
  resetMenus();
  clearNotices();
  Object.assign(Platform, platformDefaults);
  document.body.empty();

  const fake = new App();
  const { vault, metadataCache, workspace } = fake;
  const registry = registryOf(fake);
  document.body
    .createDiv("app-container")
    .append(registry.ribbonEl, workspace.containerEl, registry.statusBarEl);

  const later = new Set(options.parsedLater);
  for (const [path, text] of Object.entries(options.files ?? {})) {
    if (isHidden(path)) vault.adapter.seed(path, text);
    else if (later.has(path)) vault.seed(path, text);
    else metadataCache.seed(vault.seed(path, text));
  }

  let openTab: RegisteredSettingTab | null = null;
  const file = (path: string): TFile => {
    const found = vault.getFileByPath(path);
    if (!found)
      throw new Error(
        `No file ${path}; files: ${JSON.stringify(vault.getFiles().map((f) => f.path))}`,
      );
    return found;
  };
  const command = (id: string): obsidian.Command => {
    const found = registry.commands.get(id);
    if (!found)
      throw new Error(
        `No command ${id}; commands: ${JSON.stringify([...registry.commands.keys()])}`,
      );
    return found;
  };

  // The fake's classes stand in for Obsidian's at runtime; these casts are where the types meet.
  const real = fake as unknown as obsidian.App;
  return {
    app: real,
    vault: real.vault,
    metadataCache: real.metadataCache,
    fileManager: real.fileManager,
    workspace: real.workspace,
    fake,
    ribbonEl: registry.ribbonEl,
    statusBarEl: registry.statusBarEl,

    async loadPlugin(PluginClass, manifest) {
      const plugin = new PluginClass(fake as unknown as obsidian.App, {
        ...defaultManifest,
        ...manifest,
      });
      plugin.load();
      await whenLoaded(plugin as unknown as Component);
      return plugin;
    },

    async layoutReady() {
      for (const f of vault.getAllLoadedFiles()) {
        if (f !== vault.getRoot()) vault.trigger("create", f);
      }
      for (const path of later) metadataCache.parseLater(file(path));
      later.clear();
      await workspace.triggerLayoutReady();
      metadataCache.trigger("resolved");
      await metadataCache.settled();
    },

    settled: () => metadataCache.settled(),
    file: (path) => file(path) as unknown as obsidian.TFile,
    read: (path) => vault.textOf(file(path).path) ?? "",

    async write(path, text) {
      const existing = vault.getFileByPath(path);
      if (existing) await vault.modify(existing, text);
      return (existing ?? (await vault.create(path, text))) as unknown as obsidian.TFile;
    },

    commandIds: () => [...registry.commands.keys()],
    commands: () => [...registry.commands.values()],

    isCommandAvailable(id) {
      const { checkCallback } = command(id);
      return checkCallback ? checkCallback(true) === true : true;
    },

    async runCommand(id) {
      const cmd = command(id);
      if (cmd.checkCallback) {
        if (cmd.checkCallback(true) !== true) return false;
        cmd.checkCallback(false);
        return true;
      }
      if (cmd.callback) {
        await cmd.callback();
        return true;
      }
      throw new Error(`${id} needs an editor, which the fake does not have.`);
    },

    async renderCodeBlock(language, source, sourcePath) {
      const handler = registry.codeBlocks.get(language);
      if (!handler) throw new Error(`No code block processor for "${language}"`);
      const host = new Component(); // the reading view that owns the block
      host.load();
      const section = document.body.createDiv("markdown-preview-view markdown-rendered");
      const el = section.createDiv(`block-language-${language}`);
      const sourceFile = vault.getFileByPath(sourcePath);
      const ctx: obsidian.MarkdownPostProcessorContext = {
        docId: `doc-${Math.random().toString(36).slice(2)}`,
        sourcePath,
        frontmatter: sourceFile ? metadataCache.getFileCache(sourceFile)?.frontmatter : undefined,
        addChild: (child) => host.addChild(child as unknown as Component),
        getSectionInfo: () => null,
      };
      await handler(source, el, ctx);
      return {
        el,
        unload() {
          host.unload();
          section.detach();
        },
      };
    },

    openSettings(plugin) {
      const entry = registry.settingTabs.find((t) => t.owner === (plugin as unknown as Component));
      if (!entry) throw new Error(`${plugin.manifest.id} has no setting tab`);
      openTab?.hide();
      openTab = entry.tab;
      document.body.createDiv("vertical-tab-content-container").appendChild(entry.tab.containerEl);
      entry.tab.display();
      return entry.tab.containerEl;
    },

    closeSettings() {
      openTab?.hide();
      openTab?.containerEl.parentElement?.detach();
      openTab = null;
    },

    async openFile(path) {
      const leaf = workspace.getLeaf(false);
      await leaf.openFile(file(path));
      return leaf as unknown as obsidian.WorkspaceLeaf;
    },

    listenerCounts() {
      return {
        vault: vault.listenerCount(),
        metadataCache: metadataCache.listenerCount(),
        workspace: workspace.listenerCount(),
        ...liveRegistrations(),
        commands: registry.commands.size,
        views: registry.views.size,
        codeBlockProcessors: registry.codeBlocks.size,
        settingTabs: registry.settingTabs.length,
      };
    },
  };
}
