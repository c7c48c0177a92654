// Obsidian's free functions and constants that a plugin reaches for.
import type * as obsidian from "obsidian";
import { createSvg } from "./dom";

export const apiVersion = "1.13.1";

/** True when the running Obsidian is at least `version` (the fake claims 1.13.1). */
export function requireApiVersion(version: string): boolean {
  const have = apiVersion.split(".").map(Number);
  const want = version.split(".").map(Number);
  for (let i = 0; i < Math.max(have.length, want.length); i++) {
    const a = have[i] ?? 0;
    const b = want[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

/**
 * Obsidian's path clean-up: one `/` between segments (backslashes too), none at either end,
 * non-breaking spaces made plain, Unicode NFC; the empty path is `/`.
 */
export function normalizePath(path: string): string {
  let p = path.replace(/[\\/]+/g, "/").replace(/^\/+|\/+$/g, "");
  if (p === "") p = "/";
  return p.replace(/[\u00A0\u202F]/g, " ").normalize("NFC");
}

/** Desktop by default; a test may flip the flags (`Platform.isMobile = true`) to take the other branch. */
export const Platform = {
  isDesktop: true,
  isMobile: false,
  isDesktopApp: true,
  isMobileApp: false,
  isIosApp: false,
  isAndroidApp: false,
  isPhone: false,
  isTablet: false,
  isMacOS: false,
  isWin: false,
  isLinux: true,
  isSafari: false,
  resourcePathPrefix: "app://local/",
};

/**
 * Calls `cb` once `timeout` ms have passed since the first call (or since the last, with
 * `resetTimer`), with the latest arguments. Uses `setTimeout`, so `vi.useFakeTimers()` drives it.
 */
export function debounce<T extends unknown[], V>(
  cb: (...args: [...T]) => V,
  timeout = 0,
  resetTimer = false,
): obsidian.Debouncer<T, V> {
  let timer: number | null = null;
  let pending: [...T] | null = null;

  const run = (): V | void => {
    if (timer !== null) window.clearTimeout(timer);
    timer = null;
    if (pending === null) return;
    const args = pending;
    pending = null;
    return cb(...args);
  };

  const debounced = function (this: unknown, ...args: [...T]) {
    pending = args;
    if (timer !== null && resetTimer) {
      window.clearTimeout(timer);
      timer = null;
    }
    timer ??= window.setTimeout(run, timeout);
    return debounced;
  } as obsidian.Debouncer<T, V>;
  debounced.cancel = () => {
    if (timer !== null) window.clearTimeout(timer);
    timer = null;
    pending = null;
    return debounced;
  };
  debounced.run = run;
  return debounced;
}

/**
 * Obsidian draws Lucide icons as `<svg class="svg-icon lucide-{id}">`; the fake draws an empty
 * one with the same classes, so a test can ask which icon an element shows.
 */
export function getIcon(iconId: string): SVGSVGElement | null {
  return createSvg("svg", { cls: ["svg-icon", `lucide-${iconId}`] });
}

export function setIcon(parent: HTMLElement, iconId: string): void {
  parent.empty();
  const icon = getIcon(iconId);
  if (icon) parent.appendChild(icon);
}

/** Obsidian's tooltips read the element's `aria-label`. */
export function setTooltip(
  el: HTMLElement,
  tooltip: string,
  options?: obsidian.TooltipOptions,
): void {
  el.setAttr("aria-label", tooltip);
  if (options?.placement) el.setAttr("data-tooltip-position", options.placement);
}

/** `Note#Heading` → `{ path: "Note", subpath: "#Heading" }`. */
export function parseLinktext(linktext: string): { path: string; subpath: string } {
  const hash = linktext.indexOf("#");
  return hash < 0
    ? { path: linktext, subpath: "" }
    : { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
}

export function getLinkpath(linktext: string): string {
  return parseLinktext(linktext).path;
}

/**
 * A fuzzy matcher in the spirit of Obsidian's: the query's characters (spaces ignored) must
 * appear in order, case-insensitively; tighter and earlier matches score higher (scores are ≤ 0).
 */
export function prepareFuzzySearch(query: string): (text: string) => obsidian.SearchResult | null {
  const needle = query.toLowerCase().replace(/\s+/g, "");
  return (text) => {
    if (needle === "") return { score: 0, matches: [] };
    const hay = text.toLowerCase();
    const matches: obsidian.SearchMatches = [];
    let from = 0;
    let score = 0;
    for (const ch of needle) {
      const at = hay.indexOf(ch, from);
      if (at < 0) return null;
      score -= at - from;
      const last = matches[matches.length - 1];
      if (last && last[1] === at) last[1] = at + 1;
      else matches.push([at, at + 1]);
      from = at + 1;
    }
    return { score: score - matches.length, matches };
  };
}

/** Every word of the query must occur in the text, case-insensitively. */
export function prepareSimpleSearch(query: string): (text: string) => obsidian.SearchResult | null {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "");
  return (text) => {
    const hay = text.toLowerCase();
    const matches: obsidian.SearchMatches = [];
    for (const word of words) {
      const at = hay.indexOf(word);
      if (at < 0) return null;
      matches.push([at, at + word.length]);
    }
    return { score: 0, matches };
  };
}
