import { resolve } from "node:path";
import { buildNetwork, CONFIG_PATH, datesAhead, formatDiagnostic, parseDay, type Diagnostic, type Network, type NetworkBuild } from "@kith/core";
import { UsageError } from "./errors";
import { count, type Io } from "./output";
import { localDay, readVault, type Vault } from "./vault";

export interface Loaded {
  readonly vault: Vault;
  readonly build: NetworkBuild;
  readonly network: Network;
  /** The build's diagnostics and, when the command knows today, the days after it (`datesAhead`). */
  readonly problems: readonly Diagnostic[];
}

/**
 * Reads the vault and builds the network; says on stderr how many notes have problems. `today`,
 * when the command has it, is the day the vault is read for.
 */
export function load(io: Io, folder: string | undefined, options: { quiet?: boolean; today?: string } = {}): Loaded {
  const vault = readVault(resolve(io.cwd, folder ?? "."), { today: options.today });
  const build = buildNetwork(vault.notes, vault.config);
  const problems =
    options.today === undefined ? build.diagnostics : [...build.diagnostics, ...datesAhead(build.network, options.today)];
  if (options.quiet !== true) {
    for (const p of vault.configProblems) io.err(formatDiagnostic(p));
    // A default cadence in the settings that does not parse is reported against the settings
    // file, which is no note: "1 note has problems" would send the user looking among the notes.
    const paths = new Set(problems.map((d) => d.path));
    const settings = paths.delete(CONFIG_PATH);
    const notes = count(paths.size, "note");
    const who =
      paths.size === 0 ? "The settings have" : settings ? `${notes} and the settings have` : `${notes} ${paths.size === 1 ? "has" : "have"}`;
    if (paths.size > 0 || settings) io.err(`${who} problems; run "kith check" to see them`);
  }
  return { vault, build, network: build.network, problems };
}

/**
 * The vault folder, given as the command's VAULT or as `--vault VAULT`: two spellings of one
 * argument, so scripts can pass `--vault` to every command. Both given must name one folder.
 */
export function vaultOf(io: Io, positional: string | undefined, option: string | undefined): string | undefined {
  if (positional === undefined || option === undefined) return option ?? positional;
  if (resolve(io.cwd, positional) !== resolve(io.cwd, option)) {
    throw new UsageError(`two vaults given, "${positional}" and --vault "${option}"; give one of them`);
  }
  return positional;
}

/** `--today` (or the option named `flag`, such as `--date`) or the local date. */
export function todayOf(io: Io, value: string | undefined, flag = "today"): string {
  if (value === undefined) return localDay(io.now());
  if (parseDay(value) === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new UsageError(`--${flag} "${value}" is not a day; write YYYY-MM-DD, e.g. --${flag} 2026-11-25`);
  }
  return value;
}

/** A count (of days, unless `unit` says) given as digits: `Number` alone would take `1e3`, `0x10` or ` 7`. */
export function intOption(name: string, value: string | undefined, fallback: number, unit = "days"): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) {
    throw new UsageError(`--${name} "${value}" is not a whole number of ${unit}; write digits, e.g. --${name} 14`);
  }
  return n;
}
