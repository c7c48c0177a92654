// Obsidian's `Plugin`: what a plugin registers, all undone when it unloads.
import type * as obsidian from "obsidian";
import type { App } from "./app";
import { Component } from "./component";
import { type CodeBlockHandler, registryOf, type ViewCreator } from "./registry";
import type { PluginSettingTab } from "./setting";
import { setIcon } from "./util";
import { restoreLeaves, unloadLeaves } from "./workspace";

/**
 * Everything registered here is removed on `unload()`: commands, views (their leaves keep their
 * place but lose the view), code block processors, setting tabs, the ribbon icon and status bar
 * items, and every event, DOM listener and interval registered through the component.
 */
export abstract class Plugin extends Component {
  app: App;
  manifest: obsidian.PluginManifest;

  constructor(app: App, manifest: obsidian.PluginManifest) {
    super();
    this.app = app;
    this.manifest = manifest;
  }

  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = registryOf(this.app).ribbonEl.createDiv({
      cls: "side-dock-ribbon-action clickable-icon",
      attr: { "aria-label": title },
    });
    setIcon(el, icon);
    el.addEventListener("click", callback);
    this.register(() => el.detach());
    return el;
  }

  addStatusBarItem(): HTMLElement {
    const el = registryOf(this.app).statusBarEl.createDiv(
      `status-bar-item plugin-${this.manifest.id}`,
    );
    this.register(() => el.detach());
    return el;
  }

  /** Prefixes the id with the plugin id (`kith:open-follow-ups`) and the name with the plugin name, as Obsidian does. */
  addCommand(command: obsidian.Command): obsidian.Command {
    command.id = `${this.manifest.id}:${command.id}`;
    command.name = `${this.manifest.name}: ${command.name}`;
    const { commands } = registryOf(this.app);
    commands.set(command.id, command);
    this.register(() => commands.delete(command.id));
    return command;
  }

  removeCommand(commandId: string): void {
    registryOf(this.app).commands.delete(`${this.manifest.id}:${commandId}`);
  }

  addSettingTab(settingTab: PluginSettingTab): void {
    const { settingTabs } = registryOf(this.app);
    const entry = { owner: this, tab: settingTab };
    settingTabs.push(entry);
    this.register(() => settingTabs.splice(settingTabs.indexOf(entry), 1));
  }

  registerView(type: string, viewCreator: ViewCreator): void {
    const { views } = registryOf(this.app);
    if (views.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
    views.set(type, viewCreator);
    restoreLeaves(this.app.workspace, type);
    this.register(() => {
      views.delete(type);
      unloadLeaves(this.app.workspace, type);
    });
  }

  registerExtensions(_extensions: string[], _viewType: string): void {}

  registerHoverLinkSource(_id: string, _info: obsidian.HoverLinkSource): void {}

  registerMarkdownPostProcessor(
    postProcessor: obsidian.MarkdownPostProcessor,
    _sortOrder?: number,
  ): obsidian.MarkdownPostProcessor {
    const { postProcessors } = registryOf(this.app);
    postProcessors.push(postProcessor);
    this.register(() => postProcessors.splice(postProcessors.indexOf(postProcessor), 1));
    return postProcessor;
  }

  registerMarkdownCodeBlockProcessor(
    language: string,
    handler: CodeBlockHandler,
    _sortOrder?: number,
  ): obsidian.MarkdownPostProcessor {
    const { codeBlocks } = registryOf(this.app);
    codeBlocks.set(language, handler);
    this.register(() => codeBlocks.delete(language));
    return () => {};
  }

  registerObsidianProtocolHandler(
    _action: string,
    _handler: obsidian.ObsidianProtocolHandler,
  ): void {}

  registerEditorSuggest(_editorSuggest: unknown): void {}

  registerEditorExtension(_extension: unknown): void {}

  /** The parsed `data.json` in the plugin's folder, or `null` when there is none. */
  async loadData(): Promise<unknown> {
    const { adapter } = this.app.vault;
    const path = this.#dataPath();
    return (await adapter.exists(path)) ? (JSON.parse(await adapter.read(path)) as unknown) : null;
  }

  async saveData(data: unknown): Promise<void> {
    await this.app.vault.adapter.write(this.#dataPath(), JSON.stringify(data, null, 2));
  }

  onUserEnable(): void {}

  #dataPath(): string {
    const dir = this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`;
    return `${dir}/data.json`;
  }
}
