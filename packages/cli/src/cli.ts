import { parseArgs } from "node:util";
import manifest from "../package.json";
import { asks } from "./commands/asks";
import { check } from "./commands/check";
import type { Command } from "./commands/command";
import { digest } from "./commands/digest";
import { due } from "./commands/due";
import { exportIcs } from "./commands/exportIcs";
import { importCommand } from "./commands/import";
import { log } from "./commands/log";
import { snooze } from "./commands/snooze";
import { search } from "./commands/search";
import { CommandError, UsageError } from "./errors";
import type { Io } from "./output";

const COMMANDS: readonly Command[] = [due, search, log, snooze, asks, check, importCommand, exportIcs, digest];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "kith: keep your professional network warm, from a folder of markdown notes.",
    "",
    "Usage: kith <command> [options]     kith <command> --help for details",
    "       kith --version               the version of kith",
    "",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "VAULT, given alone or as --vault VAULT, defaults to the current folder. Settings are read from",
    "VAULT/.obsidian/plugins/kith/data.json (the Obsidian plugin's) when present.",
  ].join("\n");
}

/**
 * Runs the command line and returns the exit code: 0 success, 1 a command's own failure
 * (`check` found errors, an unknown contact), 2 a usage error. No stack trace for a user error.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    // No command is a usage error: the help goes where errors go, so stdout stays empty.
    io.err(mainHelp());
    return 2;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.out(mainHelp());
    return 0;
  }
  if (name === "--version" || name === "-v") {
    io.out(manifest.version);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (command === undefined) throw new UsageError(`unknown command "${name}"; run "kith --help" for the list`);
    if (rest.includes("--help") || rest.includes("-h")) {
      io.out(`Usage: ${command.usage}\n\n${command.help}`);
      return 0;
    }
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(`${(error as Error).message.replace(/\. To specify.*$/s, "")}\nUsage: ${command.usage}`);
    }
    const count = parsed.positionals.length;
    if (count < (command.minPositionals ?? 0) || count > (command.maxPositionals ?? Infinity)) {
      throw new UsageError(`wrong number of arguments\nUsage: ${command.usage}`);
    }
    return await command.run(io, { positionals: parsed.positionals, values: parsed.values });
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`kith: ${error.message}`);
      return 2;
    }
    if (error instanceof CommandError) {
      io.err(`kith: ${error.message}`);
      return error.exitCode;
    }
    throw error;
  }
}
