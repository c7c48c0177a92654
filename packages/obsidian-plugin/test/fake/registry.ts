// What plugins register with the app: commands, views, code block processors, setting tabs.
// Obsidian keeps these in internals (`app.commands`, `app.viewRegistry`, …) that the typings do
// not show; the fake keeps them here, off the `App` object, for the test harness to reach.
import type * as obsidian from "obsidian";
import type { Component } from "./component";
import type { View, WorkspaceLeaf } from "./workspace";

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

export type CodeBlockHandler = (
  source: string,
  el: HTMLElement,
  ctx: obsidian.MarkdownPostProcessorContext,
) => Promise<unknown> | void;

/** A setting tab, as the registry sees it (the fake's `PluginSettingTab`). */
export interface RegisteredSettingTab {
  containerEl: HTMLElement;
  display(): void;
  hide(): void;
}

export interface Registry {
  readonly commands: Map<string, obsidian.Command>;
  readonly views: Map<string, ViewCreator>;
  readonly codeBlocks: Map<string, CodeBlockHandler>;
  readonly postProcessors: obsidian.MarkdownPostProcessor[];
  /** Setting tabs with the plugin that added each. */
  readonly settingTabs: { owner: Component; tab: RegisteredSettingTab }[];
  readonly localStorage: Map<string, unknown>;
  /** The app's chrome: the left ribbon and the status bar. */
  readonly ribbonEl: HTMLElement;
  readonly statusBarEl: HTMLElement;
}

const registries = new WeakMap<object, Registry>();

export function createRegistry(
  app: object,
  ribbonEl: HTMLElement,
  statusBarEl: HTMLElement,
): Registry {
  const registry: Registry = {
    commands: new Map(),
    views: new Map(),
    codeBlocks: new Map(),
    postProcessors: [],
    settingTabs: [],
    localStorage: new Map(),
    ribbonEl,
    statusBarEl,
  };
  registries.set(app, registry);
  return registry;
}

export function registryOf(app: object): Registry {
  const registry = registries.get(app);
  if (!registry) throw new Error("This app was not made by the fake's createTestApp.");
  return registry;
}
