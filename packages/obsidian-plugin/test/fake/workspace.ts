// Obsidian's workspace: leaves in the main area and the two sidebars, the views in them, the
// active file, and layout-ready.
import type * as obsidian from "obsidian";
import type { App } from "./app";
import { Component } from "./component";
import { Events } from "./events";
import { registryOf } from "./registry";
import { debounce, normalizePath, parseLinktext, setIcon } from "./util";
import type { TFile } from "./vault";

/** `onOpen` and `onClose` are protected, as in Obsidian; the leaf calls them as Obsidian does. */
interface ViewLifecycle {
  onOpen(): Promise<void>;
  onClose(): Promise<void>;
}

/** The app each leaf belongs to, so a view made for a leaf gets `this.app` like in Obsidian. */
const leafApps = new WeakMap<WorkspaceLeaf, App>();

export abstract class View extends Component {
  app: App;
  icon = "";
  navigation = false;
  leaf: WorkspaceLeaf;
  containerEl: HTMLElement;
  scope: null = null;

  constructor(leaf: WorkspaceLeaf) {
    super();
    this.leaf = leaf;
    const app = leafApps.get(leaf);
    if (!app) throw new Error("A view needs a leaf from the fake workspace.");
    this.app = app;
    this.containerEl = createDiv("workspace-leaf-content");
  }

  protected async onOpen(): Promise<void> {}
  protected async onClose(): Promise<void> {}
  abstract getViewType(): string;
  abstract getDisplayText(): string;

  getState(): Record<string, unknown> {
    return {};
  }

  async setState(_state: unknown, _result: obsidian.ViewStateResult): Promise<void> {}

  getEphemeralState(): Record<string, unknown> {
    return {};
  }

  setEphemeralState(_state: unknown): void {}

  getIcon(): string {
    return this.icon;
  }

  onResize(): void {}

  onPaneMenu(_menu: unknown, _source: string): void {}
}

/** A view with Obsidian's chrome: `containerEl.children[0]` the header, `[1]` the content. */
export abstract class ItemView extends View {
  contentEl: HTMLElement;
  readonly #actionsEl: HTMLElement;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    const header = this.containerEl.createDiv("view-header");
    header.createDiv("view-header-title-container").createDiv("view-header-title");
    this.#actionsEl = header.createDiv("view-actions");
    this.contentEl = this.containerEl.createDiv("view-content");
  }

  addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = this.#actionsEl.createEl("a", {
      cls: ["clickable-icon", "view-action"],
      attr: { "aria-label": title },
    });
    setIcon(el, icon);
    el.addEventListener("click", callback);
    return el;
  }
}

/** An empty tab, and what a leaf shows before it is given a view. */
export class EmptyView extends ItemView {
  getViewType(): string {
    return "empty";
  }

  getDisplayText(): string {
    return "New tab";
  }
}

/** A leaf whose plugin view type is no longer registered ("plugin no longer active"). */
class UnloadedPluginView extends EmptyView {
  readonly viewType: string;

  constructor(leaf: WorkspaceLeaf, viewType: string) {
    super(leaf);
    this.viewType = viewType;
  }

  override getDisplayText(): string {
    return "Plugin no longer active";
  }
}

export abstract class FileView extends ItemView {
  allowNoFile = false;
  file: TFile | null = null;
  override navigation = true;

  override getDisplayText(): string {
    return this.file?.basename ?? "No file";
  }

  override getState(): Record<string, unknown> {
    return this.file ? { file: this.file.path } : {};
  }

  async onLoadFile(_file: TFile): Promise<void> {}
  async onUnloadFile(_file: TFile): Promise<void> {}
}

/** The note view, as far as the fake goes: which file it shows and its text. No editor. */
export class MarkdownView extends FileView {
  getViewType(): string {
    return "markdown";
  }

  getViewData(): string {
    return this.file ? (this.app.vault.textOf(this.file.path) ?? "") : "";
  }

  getMode(): "source" | "preview" {
    return "source";
  }
}

/** A sidebar (or the main area): where a leaf lives, and whether it is collapsed. */
export class WorkspaceSplit {
  collapsed = false;
  readonly containerEl: HTMLElement;

  constructor(cls: string) {
    this.containerEl = createDiv(cls);
  }

  expand(): void {
    this.collapsed = false;
  }

  collapse(): void {
    this.collapsed = true;
  }

  toggle(): void {
    this.collapsed = !this.collapsed;
  }
}

interface LeafHooks {
  readonly root: WorkspaceSplit;
  readonly inMainArea: boolean;
  opened(leaf: WorkspaceLeaf, file: TFile | null, active: boolean): void;
  detached(leaf: WorkspaceLeaf): void;
}

type LeafEvents = { "pinned-change": [pinned: boolean]; "group-change": [group: string] };

export class WorkspaceLeaf extends Events<LeafEvents> {
  view: View;
  readonly #hooks: LeafHooks;
  readonly #el: HTMLElement;
  #pinned = false;
  #attached = true;

  constructor(app: App, hooks: LeafHooks) {
    super();
    leafApps.set(this, app);
    this.#hooks = hooks;
    this.#el = hooks.root.containerEl.createDiv("workspace-leaf");
    this.view = new EmptyView(this);
    void this.#show(this.view);
  }

  get isDeferred(): boolean {
    return false;
  }

  async loadIfDeferred(): Promise<void> {}

  /** Shows the file in a markdown view; the leaf becomes active unless `active: false` (sidebars: unless `active: true`). */
  async openFile(file: TFile, openState?: obsidian.OpenViewState): Promise<void> {
    let view = this.view;
    if (!(view instanceof MarkdownView)) view = await this.open(new MarkdownView(this));
    const fileView = view as MarkdownView;
    if (fileView.file && fileView.file !== file) await fileView.onUnloadFile(fileView.file);
    fileView.file = file;
    await fileView.onLoadFile(file);
    this.#hooks.opened(this, file, openState?.active ?? this.#hooks.inMainArea);
  }

  /** Replaces the leaf's view: the old one closes (`onClose`, then unload), the new one loads, then `onOpen`. */
  async open(view: View): Promise<View> {
    const old = this.view;
    this.view = view;
    await closeView(old);
    await this.#show(view);
    return view;
  }

  getViewState(): obsidian.ViewState {
    const type =
      this.view instanceof UnloadedPluginView ? this.view.viewType : this.view.getViewType();
    return { type, state: this.view.getState(), pinned: this.#pinned };
  }

  /** Opens a view of a registered type (an unknown type leaves the leaf empty, as in Obsidian). */
  async setViewState(viewState: obsidian.ViewState, eState?: unknown): Promise<void> {
    const app = leafApps.get(this) as App;
    const creator = registryOf(app).views.get(viewState.type);
    const view = creator ? creator(this) : viewState.type === "empty" ? new EmptyView(this) : null;
    if (view) {
      await this.open(view);
      await view.setState(viewState.state ?? {}, { history: false });
    } else {
      await this.open(new UnloadedPluginView(this, viewState.type));
    }
    if (eState !== undefined) this.view.setEphemeralState(eState);
    if (viewState.pinned !== undefined) this.setPinned(viewState.pinned);
    this.#hooks.opened(
      this,
      this.view instanceof FileView ? this.view.file : null,
      viewState.active ?? false,
    );
  }

  getEphemeralState(): unknown {
    return this.view.getEphemeralState();
  }

  setEphemeralState(state: unknown): void {
    this.view.setEphemeralState(state);
  }

  togglePinned(): void {
    this.setPinned(!this.#pinned);
  }

  setPinned(pinned: boolean): void {
    if (pinned === this.#pinned) return;
    this.#pinned = pinned;
    this.trigger("pinned-change", pinned);
  }

  setGroupMember(_other: WorkspaceLeaf): void {}

  setGroup(_group: string): void {}

  /** Closes the view and removes the leaf. */
  detach(): void {
    if (!this.#attached) return;
    this.#attached = false;
    void closeView(this.view);
    this.#el.detach();
    this.#hooks.detached(this);
  }

  getIcon(): string {
    return this.view.getIcon();
  }

  getDisplayText(): string {
    return this.view.getDisplayText();
  }

  onResize(): void {
    this.view.onResize();
  }

  /** The split the leaf is in: `workspace.leftSplit`, `rightSplit` or `rootSplit`. */
  getRoot(): WorkspaceSplit {
    return this.#hooks.root;
  }

  getContainer(): WorkspaceSplit {
    return this.#hooks.root;
  }

  async #show(view: View): Promise<void> {
    view.containerEl.setAttr("data-type", view.getViewType());
    this.#el.appendChild(view.containerEl);
    view.load();
    await (view as unknown as ViewLifecycle).onOpen();
  }
}

async function closeView(view: View): Promise<void> {
  view.containerEl.detach();
  try {
    await (view as unknown as ViewLifecycle).onClose();
  } finally {
    view.unload();
  }
}

/** Brings back leaves whose view type a plugin registers again, as Obsidian does on re-enable. */
export function restoreLeaves(workspace: Workspace, viewType: string): void {
  workspace.iterateAllLeaves((leaf) => {
    if (leaf.view instanceof UnloadedPluginView && leaf.view.viewType === viewType) {
      void leaf.setViewState({ type: viewType });
    }
  });
}

/** Leaves of a view type that is unregistered keep their place but lose their view. */
export function unloadLeaves(workspace: Workspace, viewType: string): void {
  workspace.iterateAllLeaves((leaf) => {
    if (leaf.view.getViewType() === viewType)
      void leaf.open(new UnloadedPluginView(leaf, viewType));
  });
}

type WorkspaceEvents = {
  "file-open": [file: TFile | null];
  "active-leaf-change": [leaf: WorkspaceLeaf | null];
  "layout-change": [];
  resize: [];
  "css-change": [];
  "file-menu": [menu: unknown, file: unknown, source: string, leaf?: WorkspaceLeaf];
  quit: [tasks: unknown];
};

/**
 * Test helpers, not in Obsidian: `triggerLayoutReady()`, `listenerCount()`.
 * `getActiveFile()` is the file of the last active markdown leaf, even while a sidebar view is
 * focused, as in Obsidian.
 */
export class Workspace extends Events<WorkspaceEvents> {
  leftSplit = new WorkspaceSplit("mod-left-split");
  rightSplit = new WorkspaceSplit("mod-right-split");
  rootSplit = new WorkspaceSplit("mod-root");
  activeLeaf: WorkspaceLeaf | null = null;
  containerEl: HTMLElement = createDiv("workspace");
  layoutReady = false;
  requestSaveLayout = debounce(async (): Promise<void> => {}, 0);
  readonly #app: App;
  readonly #leaves: WorkspaceLeaf[] = [];
  #activeFile: TFile | null = null;
  #layoutCallbacks: (() => unknown)[] = [];

  constructor(app: App) {
    super();
    this.#app = app;
    this.containerEl.append(
      this.leftSplit.containerEl,
      this.rootSplit.containerEl,
      this.rightSplit.containerEl,
    );
  }

  /** Runs `callback` once the layout is ready: now if it already is. */
  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) callback();
    else this.#layoutCallbacks.push(callback);
  }

  /** Test helper: marks the layout ready and runs the waiting callbacks; resolves when async ones finish. */
  async triggerLayoutReady(): Promise<void> {
    if (this.layoutReady) return;
    this.layoutReady = true;
    const callbacks = this.#layoutCallbacks;
    this.#layoutCallbacks = [];
    await Promise.all(callbacks.map((cb) => cb()));
  }

  /** `false`/none: the most recent main leaf (a new one if there is none or it is pinned); else a new tab. */
  getLeaf(newLeaf?: boolean | obsidian.PaneType): WorkspaceLeaf {
    if (!newLeaf) {
      const recent = this.getMostRecentLeaf();
      if (recent && !recent.getViewState().pinned) return recent;
    }
    return this.#createLeaf(this.rootSplit);
  }

  getRightLeaf(_split: boolean): WorkspaceLeaf | null {
    return this.#createLeaf(this.rightSplit);
  }

  getLeftLeaf(_split: boolean): WorkspaceLeaf | null {
    return this.#createLeaf(this.leftSplit);
  }

  async ensureSideLeaf(
    type: string,
    side: obsidian.Side,
    options: {
      active?: boolean;
      split?: boolean;
      reveal?: boolean;
      state?: Record<string, unknown>;
    } = {},
  ): Promise<WorkspaceLeaf> {
    let leaf = this.getLeavesOfType(type)[0];
    if (!leaf) {
      leaf = this.#createLeaf(side === "left" ? this.leftSplit : this.rightSplit);
      await leaf.setViewState({
        type,
        active: options.active ?? false,
        ...(options.state ? { state: options.state } : {}),
      });
    }
    if (options.reveal ?? true) await this.revealLeaf(leaf);
    return leaf;
  }

  getMostRecentLeaf(): WorkspaceLeaf | null {
    if (this.activeLeaf?.getRoot() === this.rootSplit) return this.activeLeaf;
    return this.#leaves.filter((l) => l.getRoot() === this.rootSplit).at(-1) ?? null;
  }

  getLeavesOfType(viewType: string): WorkspaceLeaf[] {
    return this.#leaves.filter((leaf) => leaf.view.getViewType() === viewType);
  }

  detachLeavesOfType(viewType: string): void {
    for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
  }

  /** Expands the leaf's sidebar. Views are never deferred in the fake. */
  async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
    leaf.getRoot().expand();
  }

  iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
    for (const leaf of [...this.#leaves]) callback(leaf);
  }

  iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
    for (const leaf of this.#leaves.filter((l) => l.getRoot() === this.rootSplit)) callback(leaf);
  }

  setActiveLeaf(leaf: WorkspaceLeaf, _params?: { focus?: boolean }): void {
    if (this.activeLeaf !== leaf) {
      this.activeLeaf = leaf;
      this.trigger("active-leaf-change", leaf);
    }
    if (leaf.view instanceof FileView && leaf.view.file && leaf.view.file !== this.#activeFile) {
      this.#activeFile = leaf.view.file;
      this.trigger("file-open", leaf.view.file);
    }
  }

  getActiveFile(): TFile | null {
    return this.#activeFile;
  }

  getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof type ? view : null;
  }

  getLastOpenFiles(): string[] {
    return this.#activeFile ? [this.#activeFile.path] : [];
  }

  /**
   * Opens the note a link names; like Obsidian, a link to no note creates it (at the vault root
   * unless the link has a folder).
   */
  async openLinkText(
    linktext: string,
    sourcePath: string,
    newLeaf?: boolean | obsidian.PaneType,
    openViewState?: obsidian.OpenViewState,
  ): Promise<void> {
    const { path } = parseLinktext(linktext);
    const { vault, metadataCache } = this.#app;
    let file = metadataCache.getFirstLinkpathDest(path, sourcePath);
    if (!file) {
      const target = normalizePath(/\.[^/]+$/.test(path) ? path : `${path}.md`);
      const folder = target.includes("/") ? target.slice(0, target.lastIndexOf("/")) : "";
      if (folder !== "" && !vault.getFolderByPath(folder)) await vault.createFolder(folder);
      file = await vault.create(target, "");
    }
    await this.getLeaf(newLeaf).openFile(file, openViewState);
  }

  #createLeaf(root: WorkspaceSplit): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.#app, {
      root,
      inMainArea: root === this.rootSplit,
      opened: (l, file, active) => this.#opened(l, file, active),
      detached: (l) => this.#detached(l),
    });
    this.#leaves.push(leaf);
    this.trigger("layout-change");
    return leaf;
  }

  #opened(leaf: WorkspaceLeaf, file: TFile | null, active: boolean): void {
    if (active) this.setActiveLeaf(leaf);
    else if (leaf === this.activeLeaf && file && file !== this.#activeFile) {
      this.#activeFile = file;
      this.trigger("file-open", file);
    }
    this.trigger("layout-change");
  }

  #detached(leaf: WorkspaceLeaf): void {
    this.#leaves.splice(this.#leaves.indexOf(leaf), 1);
    if (this.activeLeaf === leaf) {
      this.activeLeaf = null;
      this.trigger("active-leaf-change", null);
    }
    this.trigger("layout-change");
  }
}
