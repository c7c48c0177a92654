import { defaultConfig, parseConfig, type KithConfig } from "@kith/core";

/**
 * The settings as saved in `data.json`, the file the CLI reads too: only the keys the user set,
 * in the schema of core's `KithConfigSchema`, so a default that improves later reaches them.
 * Keys this version does not know are kept as they are.
 */
export class SettingsStore {
  #raw: Record<string, unknown>;
  #config: KithConfig;
  #problems: readonly string[];
  /** Why `data.json` could not be read at all: nothing is saved over it until it can be. */
  #unreadable: string | undefined;
  readonly #save: (data: Record<string, unknown>) => Promise<void>;
  readonly #listeners: ((config: KithConfig) => void)[] = [];

  /**
   * `saved` is what `loadData()` returned (null for none); `unreadable` says why `data.json` is
   * there but could not be read (not JSON), so that a save would lose what the user wrote in it.
   */
  constructor(
    saved: unknown,
    save: (data: Record<string, unknown>) => Promise<void>,
    unreadable?: string,
  ) {
    this.#raw = isRecord(saved) ? { ...saved } : {};
    const reading = parseConfig(saved ?? undefined);
    this.#config = reading.config;
    this.#unreadable = unreadable;
    this.#problems = this.#with(reading.problems);
    this.#save = save;
  }

  #with(problems: readonly string[]): readonly string[] {
    return this.#unreadable === undefined ? problems : [this.#unreadable, ...problems];
  }

  /** The configuration in force: every default filled in, bad saved values replaced by defaults. */
  get config(): KithConfig {
    return this.#config;
  }

  /** Why saved values were ignored (a hand-edited `data.json`), one sentence each. */
  get problems(): readonly string[] {
    return this.#problems;
  }

  /** Why `data.json` could not be read at all, if it could not. */
  get unreadable(): string | undefined {
    return this.#unreadable;
  }

  /** The saved value of a setting, if the user set one. */
  saved(key: keyof KithConfig): unknown {
    return this.#raw[key];
  }

  /** Calls `listener` after each change of the configuration. */
  onChange(listener: (config: KithConfig) => void): void {
    this.#listeners.push(listener);
  }

  /**
   * Checks a new value against the schema (with the others as they are) and, when it is valid,
   * saves it. `undefined` removes the setting, back to its default. Returns the reason it was
   * refused, or undefined.
   */
  check(key: keyof KithConfig, value: unknown): string | undefined {
    if (this.#unreadable !== undefined) return this.#unreadable;
    const candidate = withValue(this.#raw, key, value);
    const reading = parseConfig(candidate);
    // Only what this value makes wrong: an entry the user wrote by hand that Kith ignores (a
    // relationship it does not know) is kept, and does not stop another entry being saved. A
    // value refused ('setting "x" = …') is told, even when the file holds it already.
    const mine = reading.problems.filter(
      (p) =>
        p.startsWith(`setting "${key}" = `) ||
        (p.startsWith(`setting "${key}"`) && !this.#problems.includes(p)),
    );
    return mine.length === 0 ? undefined : mine.map(humane).join(" ");
  }

  /**
   * Takes the settings as saved anew by someone else (a sync from another device, a hand edit of
   * `data.json`): nothing is written back; listeners hear of it if the configuration changed.
   * With `unreadable` (why the file is not JSON) the settings in use are kept.
   */
  reload(saved: unknown, unreadable?: string): void {
    this.#unreadable = unreadable;
    // Not JSON (a sync cut short, a merge's markers): the settings in use stay in force, so the
    // view does not change until the file is fixed.
    const taken = unreadable === undefined ? saved : this.#raw;
    this.#raw = isRecord(taken) ? { ...taken } : {};
    const reading = parseConfig(taken ?? undefined);
    this.#problems = this.#with(reading.problems);
    const changed = JSON.stringify(reading.config) !== JSON.stringify(this.#config);
    this.#config = reading.config;
    if (changed) for (const listener of this.#listeners) listener(this.#config);
  }

  /** Saves a new value if it is valid; returns why not otherwise. */
  async set(key: keyof KithConfig, value: unknown): Promise<string | undefined> {
    const problem = this.check(key, value);
    if (problem !== undefined) return problem;
    // A value set back to the default is not kept: a later, better default then reaches the user.
    const isDefault = canonical(value) === canonical(defaultConfig()[key]);
    this.#raw = withValue(this.#raw, key, isDefault ? undefined : value);
    const reading = parseConfig(this.#raw);
    this.#problems = reading.problems;
    const changed = JSON.stringify(reading.config) !== JSON.stringify(this.#config);
    this.#config = reading.config;
    await this.#save(this.#raw);
    if (changed) for (const listener of this.#listeners) listener(this.#config);
    return undefined;
  }
}

function withValue(
  raw: Record<string, unknown>,
  key: string,
  value: unknown,
): Record<string, unknown> {
  const next = { ...raw };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** JSON with a map's entries in one order: {a, b} and {b, a} are the same setting. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, isRecord(value) ? Object.keys(value).sort() : undefined);

/** A JSON object: not null, not a list. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Core's message without the "setting "x" = …" preamble, for a message under that very setting. */
function humane(problem: string): string {
  const text = problem.replace(
    /^setting "[^"]+"(?: = .*? is not valid(?: \(at [^)]*\))?:)?\s*/,
    "",
  );
  return text.charAt(0).toUpperCase() + text.slice(1).replace(/; using the default$/, ".");
}
