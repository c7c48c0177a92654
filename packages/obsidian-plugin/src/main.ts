// The one place where Obsidian is wired to Kith: the settings, the clock, the index, and what
// the plugin shows and registers. Everything here is undone when the plugin unloads.
import { debounce, Events, Notice, Platform, Plugin } from "obsidian";
import { registerCommands } from "./commands/commands";
import { VaultIndex } from "./index/vaultIndex";
import type { Kith } from "./kith";
import { localDay } from "./localDay";
import { KithSettingTab } from "./settings/settingsTab";
import { SettingsStore } from "./settings/store";
import { KithBlock, KithBlocks } from "./view/codeBlock";
import { FollowUpsView, openFollowUps, VIEW_TYPE_FOLLOW_UPS } from "./view/followUpsView";
import { renderStatusBar } from "./view/statusBar";

/** How often to look whether the day changed (the lists are per day). */
const DAY_CHECK_MS = 60_000;
/** Settings typed into a text field are applied once typing pauses this long. */
const SETTINGS_SETTLE_MS = 500;

export default class KithPlugin extends Plugin {
  /** Set while loaded: the settings store and tab, to take settings saved elsewhere. */
  #settings: SettingsStore | undefined;
  #settingTab: KithSettingTab | undefined;
  /** The problems last told in a Notice: a sync that leaves them as they were says nothing again. */
  #told = "";

  async onload(): Promise<void> {
    // The only reading of the clock: everything else gets the day from here.
    let today = localDay(new Date());
    const { saved, unreadable } = await this.#loadSaved();
    const settings = new SettingsStore(saved, (data) => this.saveData(data), unreadable);
    this.#settings = settings;
    this.register(() => {
      this.#settings = undefined;
      this.#settingTab = undefined;
    });
    this.#noticeProblems(settings);

    const changes = new Events();
    let notifying = false;
    /** Many changes in one go (a build, a sync) make one redraw. */
    const changed = (): void => {
      if (notifying) return;
      notifying = true;
      queueMicrotask(() => {
        notifying = false;
        changes.trigger("change");
      });
    };
    let unloaded = false;
    this.register(() => {
      unloaded = true;
    });
    const index = new VaultIndex(this.app, settings.config, () => {
      if (!unloaded) changed();
    });

    const kith: Kith = {
      app: this.app,
      network: () => index.network,
      today: () => today,
      config: () => settings.config,
      onChange: (callback) => changes.on("change", callback),
    };

    this.registerView(VIEW_TYPE_FOLLOW_UPS, (leaf) => new FollowUpsView(leaf, kith));
    this.addRibbonIcon("users", "Open follow-ups", () => void openFollowUps(this.app));
    registerCommands(this, kith);

    const blocks = new KithBlocks();
    this.registerMarkdownCodeBlockProcessor("kith", (source, el, ctx) => {
      ctx.addChild(new KithBlock(el, source, ctx.sourcePath, kith, blocks));
    });
    // Blocks live in notes' views, which outlast the plugin: stop them listening with it.
    this.register(() => blocks.unloadAll());

    // The status bar exists on desktop only.
    if (!Platform.isMobile) {
      const status = this.addStatusBarItem();
      status.addClass("kith-status", "mod-clickable");
      this.registerDomEvent(status, "click", () => void openFollowUps(this.app));
      const draw = (): void => renderStatusBar(status, kith);
      this.registerEvent(kith.onChange(draw));
      draw();
    }

    this.#settingTab = new KithSettingTab(this.app, this, settings);
    this.addSettingTab(this.#settingTab);
    const rebuild = debounce(() => void index.rebuild(settings.config), SETTINGS_SETTLE_MS, true);
    this.register(() => rebuild.cancel());
    settings.onChange(() => {
      if (!unloaded) rebuild();
    });

    this.registerInterval(
      window.setInterval(() => {
        const now = localDay(new Date());
        if (now === today) return;
        today = now;
        changed();
      }, DAY_CHECK_MS),
    );

    // Start-up stays fast: the index is built once Obsidian has laid out the workspace.
    // Obsidian keeps the callback when the plugin is turned off first: it then starts nothing.
    this.app.workspace.onLayoutReady(() =>
      unloaded
        ? undefined
        : index.start(this).catch((error: unknown) => {
            console.error("Kith could not read the vault", error);
            new Notice("Kith could not read your notes; the developer console has the details.");
          }),
    );
  }

  /**
   * Obsidian calls this when `data.json` changed on disk (a sync from another device): the
   * settings are read again, and the index is rebuilt if they changed.
   */
  async onExternalSettingsChange(): Promise<void> {
    const { saved, unreadable } = await this.#loadSaved();
    const settings = this.#settings;
    if (settings === undefined) return;
    settings.reload(saved, unreadable);
    this.#noticeProblems(settings);
    this.#settingTab?.showSaved();
  }

  /**
   * The saved settings, or why `data.json` could not be read: a hand edit that is not JSON (a
   * trailing comma) or a sync conflict's markers. Kith then runs on the defaults, as the CLI does,
   * and says so, instead of failing to load or later saving over what the user wrote.
   */
  async #loadSaved(): Promise<{ saved: unknown; unreadable?: string }> {
    const { adapter, configDir } = this.app.vault;
    const path = `${this.manifest.dir ?? `${configDir}/plugins/${this.manifest.id}`}/data.json`;
    try {
      const saved: unknown = await this.loadData();
      // Obsidian may hand null for a file it could not parse, as for no file: look which.
      if (saved === null && (await adapter.exists(path))) JSON.parse(await adapter.read(path));
      return { saved };
    } catch (error) {
      // An empty file (a sync cut short) holds nothing to lose.
      if ((await adapter.read(path).catch(() => "")).trim() === "") return { saved: null };
      const why = error instanceof Error ? error.message : String(error);
      return {
        saved: null,
        unreadable: `${path} is not valid JSON (${why}): Kith ${this.#settings === undefined ? "uses the default settings" : "keeps the settings it was using"} and saves none until the file is fixed, so nothing in it is lost.`,
      };
    }
  }

  /** Says that saved settings could not all be used (the settings tab lists them), once for each set of them. */
  #noticeProblems(settings: SettingsStore): void {
    const told = settings.problems.join("\n");
    if (told === this.#told) return;
    this.#told = told;
    const count = settings.problems.length;
    if (count === 0) return;
    new Notice(
      settings.unreadable !== undefined
        ? `Kith could not read its settings: ${settings.unreadable}`
        : `Kith ignored ${count} saved ${count === 1 ? "setting" : "settings"} it could not use; see its settings.`,
    );
  }
}
