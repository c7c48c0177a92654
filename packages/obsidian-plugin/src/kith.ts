import type { KithConfig, NetworkIndex } from "@kith/core";
import type { App, EventRef } from "obsidian";

/**
 * What views, modals, commands and code blocks need of the plugin. `main.ts` makes the one
 * instance; nothing else reads the clock or the settings file.
 */
export interface Kith {
  readonly app: App;
  /** The network as the vault says now; undefined until the first build after start-up. */
  network(): NetworkIndex | undefined;
  /** The user's calendar day, `YYYY-MM-DD`, from the device's clock. */
  today(): string;
  /** The settings in force. */
  config(): KithConfig;
  /**
   * Calls `callback` after the network, the day or the settings changed (several changes in one
   * go call it once). Register the returned ref with `registerEvent`.
   */
  onChange(callback: () => void): EventRef;
}
