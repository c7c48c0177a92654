// A fake of the Obsidian API for the plugin's tests (vitest aliases `obsidian` to this file).
// It behaves as OBSIDIAN-FACTS.md describes Obsidian; the plugin itself is type-checked
// against the real typings. Importing it installs Obsidian's DOM helpers (`createEl`, `empty`, …).
//
// The first block is Obsidian's API; the second is for tests only and does not exist in Obsidian.
import "./dom";

// --- Obsidian's API -------------------------------------------------------------------------
export { App } from "./app";
export { Component, MarkdownRenderChild } from "./component";
export { Events } from "./events";
export { FileManager } from "./fileManager";
export { getFrontMatterInfo, parseYaml, stringifyYaml } from "./frontmatter";
export { MarkdownRenderer } from "./markdownRenderer";
export { Menu, MenuItem, MenuSeparator } from "./menu";
export { MetadataCache } from "./metadataCache";
export { FuzzySuggestModal, Modal, Scope, SuggestModal } from "./modal";
export { Notice } from "./notice";
export { Plugin } from "./plugin";
export {
  AbstractTextComponent,
  BaseComponent,
  ButtonComponent,
  DropdownComponent,
  ExtraButtonComponent,
  PluginSettingTab,
  SearchComponent,
  Setting,
  SettingTab,
  TextAreaComponent,
  TextComponent,
  ToggleComponent,
  ValueComponent,
} from "./setting";
export {
  apiVersion,
  debounce,
  getIcon,
  getLinkpath,
  normalizePath,
  parseLinktext,
  Platform,
  prepareFuzzySearch,
  prepareSimpleSearch,
  requireApiVersion,
  setIcon,
  setTooltip,
} from "./util";
export { TAbstractFile, TFile, TFolder, Vault } from "./vault";
export {
  EmptyView,
  FileView,
  ItemView,
  MarkdownView,
  View,
  Workspace,
  WorkspaceLeaf,
  WorkspaceSplit,
} from "./workspace";

// --- Test helpers (not in Obsidian) ---------------------------------------------------------
export {
  createTestApp,
  defaultManifest,
  type ListenerCounts,
  type RenderedCodeBlock,
  type TestApp,
  type TestAppOptions,
} from "./app";
export { liveRegistrations } from "./component";
export { computeMetadata } from "./frontmatter";
export { clickMenuItem, menuItemTitles, shownMenu, shownMenuPosition } from "./menu";
export { chooseSuggestion, openModals, suggestionTexts } from "./modal";
export { clearNotices, noticeMessages } from "./notice";
export { click, findSetting, selectOption, typeInto } from "./setting";
