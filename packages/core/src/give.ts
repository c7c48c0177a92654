import type { Day } from "./day";
import type { Interaction } from "./interaction";
import type { FieldReader, NoteRef } from "./values";

/** Value you gave someone: an intro, advice, a referral. From a give note or an interaction's `gave`. */
export interface Give {
  readonly path: string;
  readonly to: readonly NoteRef[];
  readonly date: Day;
  readonly gave: string;
  readonly source: "give" | "interaction";
}

export function readGive(r: FieldReader): Give | undefined {
  const date = r.day("date");
  if (date === undefined) {
    if (!r.has("date")) r.error("date", null, `give has no date; add "${r.key("date")}: YYYY-MM-DD"`);
    return undefined;
  }
  const to = r.refs("to");
  if (to.length === 0) r.warn("to", null, `give names nobody; add "${r.key("to")}: "[[Name]]""`);
  return { path: r.path, to, date, gave: r.text("gave") ?? "help", source: "give" };
}

/** An interaction with `gave` is also a give. */
export function giveOfInteraction(i: Interaction): Give | undefined {
  if (i.gave === undefined) return undefined;
  return { path: i.path, to: i.with, date: i.date, gave: i.gave, source: "interaction" };
}
