import { formatDay, formatDiagnostic, keyMapFor, normalizeKey, parseDay, snoozeEdit, snoozeUntil } from "@kith/core";
import { load, todayOf } from "../context";
import { CommandError, UsageError } from "../errors";
import { matchContact } from "../match";
import type { Command } from "./command";
import { applyToFile } from "./log";

export const snooze: Command = {
  name: "snooze",
  summary: "hold someone's follow-ups until a day",
  usage: "kith snooze CONTACT (--until D | --for 2w) [--vault VAULT]",
  help: `Sets snooze_until on the contact's note: none of their follow-ups fall due before that day.

CONTACT is found as by "kith log": a name or an alias, the start of one, or, for two words or
more, one with a typo in each word, when it fits one person; never an org, a role or a tag, nor
the start of a name that is a word of one.

--for never shortens a snooze: when the note is already snoozed until a later day, that day is
kept, nothing is written, and kith says so; when its snooze_until is a value Kith cannot read
(which may well be a later day), nothing is written and kith exits 1. --until sets exactly the
day it is given, earlier or later than the snooze it replaces (and says which day that was), as
long as it is after today.

Options:
  --until YYYY-MM-DD   the day their follow-ups come back: a day after today
  --for LENGTH         a length from today: 3d, 2w, 1mo, "1 week", P2W
  --today YYYY-MM-DD   the day --for counts from and --until must be after (default: today)
  --vault VAULT        the folder of notes (default: the current folder)`,
  options: { until: { type: "string" }, for: { type: "string" }, vault: { type: "string" }, today: { type: "string" } },
  minPositionals: 1,
  run(io, { positionals, values }) {
    const until = values.until as string | undefined;
    const span = values.for as string | undefined;
    if ((until === undefined) === (span === undefined)) throw new UsageError("give one of --until YYYY-MM-DD or --for LENGTH (e.g. --for 2w)");
    const today = parseDay(todayOf(io, values.today as string | undefined)) ?? 0;
    let day: number;
    if (until !== undefined) {
      const d = parseDay(until);
      if (d === undefined) throw new UsageError(`--until "${until}" is not a day; write YYYY-MM-DD`);
      if (d <= today) {
        throw new UsageError(`--until ${formatDay(d)} is not after today (${formatDay(today)}): a snooze holds follow-ups until a later day`);
      }
      day = d;
    } else {
      const d = snoozeUntil(today, span ?? "");
      if (!d.ok) throw new UsageError(`--for ${d.issues.join("; ")}`);
      day = d.value;
    }
    const loaded = load(io, values.vault as string | undefined, { quiet: true });
    const contact = matchContact(loaded.network, positionals.join(" "), loaded.vault.notes);
    const current = contact.snoozeUntil;
    if (span !== undefined) {
      // --for is relative: "2w" asks for at least two weeks' quiet, not to bring a longer snooze forward.
      if (current !== undefined && current > day) {
        io.out(
          `${contact.name} is already snoozed until ${formatDay(current)}, after ${formatDay(day)}; kept. To snooze until ${formatDay(day)} instead, use --until ${formatDay(day)}.`,
        );
        return 0;
      }
      const { fieldOf } = keyMapFor(loaded.vault.config);
      const unread = loaded.build.diagnostics.find(
        (d) => d.path === contact.path && d.severity === "error" && d.key !== undefined && fieldOf.get(normalizeKey(d.key)) === "snoozeUntil",
      );
      if (unread !== undefined) {
        throw new CommandError(
          `${formatDiagnostic(unread)}\nIt may be a later day than ${formatDay(day)}, so it was kept; nothing was written. Fix it, or use --until ${formatDay(day)} to replace it`,
        );
      }
    }
    const edit = snoozeEdit(loaded.network, contact.path, day);
    if (!edit.ok) throw new CommandError(edit.issues.join("\n"));
    applyToFile(io, loaded, edit.value);
    const was = current !== undefined && current > today && current !== day ? ` (it was until ${formatDay(current)})` : "";
    io.out(`Snoozed ${contact.name} until ${formatDay(day)}${was}.`);
    return 0;
  },
};
