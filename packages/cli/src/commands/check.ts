import { CONFIG_PATH, formatDiagnostic } from "@kith/core";
import { load, todayOf, vaultOf } from "../context";
import { count, paint } from "../output";
import type { Command } from "./command";

export const check: Command = {
  name: "check",
  summary: "list problems in the notes; exit 1 when any is an error",
  usage: "kith check [VAULT | --vault VAULT] [--today YYYY-MM-DD] [--json]",
  help: `Lists every problem Kith found in the vault: file, key, value, and what would work.
A last_contact, met or log line dated after today is a warning: it counts only from that day.
Exits 1 when any problem is an error (a value Kith had to ignore), 0 otherwise.

Options:
  --vault VAULT        the folder of notes, the same as VAULT (default: the current folder)
  --today YYYY-MM-DD   the day dates are checked against (default: today's local date)
  --json               print a JSON array: path, severity, message, key, value`,
  options: { vault: { type: "string" }, json: { type: "boolean" }, today: { type: "string" } },
  maxPositionals: 1,
  run(io, { positionals, values }) {
    const folder = vaultOf(io, positionals[0], values.vault as string | undefined);
    const today = todayOf(io, values.today as string | undefined);
    const { problems, vault } = load(io, folder, { quiet: true, today });
    // The settings' problems too: a machine reading --json must see that they were ignored.
    const diagnostics = [...vault.configProblems, ...problems].sort(
      (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1),
    );
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    if (values.json === true) {
      io.out(
        JSON.stringify(
          diagnostics.map((d) => ({
            path: d.path,
            severity: d.severity,
            message: d.message,
            ...(d.key === undefined ? {} : { key: d.key }),
            ...(d.value === undefined ? {} : { value: d.value }),
          })),
          null,
          2,
        ),
      );
    } else {
      const p = paint(io.color);
      for (const d of diagnostics) {
        io.out(`${d.severity === "error" ? p.red("error  ") : p.yellow("warning")} ${formatDiagnostic(d)}`);
      }
      const warnings = diagnostics.length - errors;
      // The settings file is no note: its problems are counted as the settings', not the notes'.
      const read = `${count(vault.notes.length, "note")}${diagnostics.some((d) => d.path === CONFIG_PATH) ? " and the settings" : ""}`;
      io.out(
        diagnostics.length === 0
          ? p.green(`No problems in ${read}.`)
          : `${count(errors, "error")}, ${count(warnings, "warning")} in ${read}.`,
      );
    }
    return errors > 0 ? 1 : 0;
  },
};
