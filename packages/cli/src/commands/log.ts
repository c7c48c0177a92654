import { readFileSync } from "node:fs";
import {
  applyEdit,
  INTERACTION_KINDS,
  keyMapFor,
  logInteractionEdit,
  parseDay,
  type InteractionKind,
  type NoteEdit,
} from "@kith/core";
import { load, todayOf } from "../context";
import { CommandError, UsageError } from "../errors";
import { matchContact } from "../match";
import type { Io } from "../output";
import { fileOf, notUtf8Line, notUtf8Refusal } from "../vault";
import { writeAtomic } from "../write";
import type { Command } from "./command";
import type { Loaded } from "../context";

export const log: Command = {
  name: "log",
  summary: "log an interaction with someone (moves their last contact forward)",
  usage: 'kith log CONTACT [--date D] [--kind K] [--summary TEXT] [--vault VAULT]',
  help: `Appends a line such as "- 2026-11-20 coffee: talked about the platform team" under the
contact note's "Interactions" heading (made if missing) and moves last_contact forward to D if
D is later. Nothing else in the note changes.

CONTACT is a name or an alias, the start of one ("Priya", "Pri R"), or, for two words or more,
one with a typo in each word ("Prya Ramen"; one word with a typo, "Mark", is not enough), when it
fits one person. An org, a role or a tag is never taken, and a word of one ("paris") takes nobody
whose name it only starts ("Parisa"): when nobody's name fits, the closest people are listed and
nothing is written.

Options:
  --date YYYY-MM-DD   the day of the interaction, today or before (default: today)
  --kind K            ${INTERACTION_KINDS.join(", ")} (default: other)
  --summary TEXT      what it was about
  --vault VAULT       the folder of notes (default: the current folder)
  --today YYYY-MM-DD  the day --date may not be after (default: today's local date)`,
  options: {
    date: { type: "string" },
    kind: { type: "string" },
    summary: { type: "string" },
    vault: { type: "string" },
    today: { type: "string" },
  },
  minPositionals: 1,
  run(io, { positionals, values }) {
    const today = todayOf(io, values.today as string | undefined);
    const date = parseDay(values.date === undefined ? today : todayOf(io, values.date as string, "date"));
    if (date === undefined) throw new UsageError("--date must be YYYY-MM-DD");
    const kindText = ((values.kind as string | undefined) ?? "other").toLowerCase();
    if (!(INTERACTION_KINDS as readonly string[]).includes(kindText)) {
      throw new UsageError(`--kind "${kindText}" is not a kind; use one of ${INTERACTION_KINDS.join(", ")}`);
    }
    const loaded = load(io, values.vault as string | undefined, { quiet: true });
    const contact = matchContact(loaded.network, positionals.join(" "), loaded.vault.notes);
    const summary = values.summary as string | undefined;
    const edit = logInteractionEdit(loaded.network, contact.path, {
      date,
      kind: kindText as InteractionKind,
      ...(summary === undefined ? {} : { summary }),
    }, parseDay(today));
    if (!edit.ok) throw new CommandError(edit.issues.join("\n"));
    applyToFile(io, loaded, edit.value);
    const moved = edit.value.set.lastContact === undefined ? "" : `; last contact is now ${edit.value.set.lastContact as string}`;
    io.out(`Logged with ${contact.name} (${contact.path})${moved}.`);
    return 0;
  },
};

/** Applies a core edit to a note on disk, keeping every other byte; refuses a note it cannot parse. */
export function applyToFile(_io: Io, loaded: Loaded, edit: NoteEdit): void {
  const full = fileOf(loaded.vault, edit.path);
  const bytes = readFileSync(full);
  const text = bytes.toString("utf8");
  const badLine = notUtf8Line(bytes, text);
  if (badLine !== undefined) throw new CommandError(notUtf8Refusal(edit.path, badLine));
  const next = applyEdit(text, edit, keyMapFor(loaded.vault.config));
  if (!next.ok) throw new CommandError(next.issues.join("\n"));
  if (next.value !== text) writeAtomic(full, next.value);
}
