import type { Day } from "./day";
import { basename } from "./links";
import type { FieldReader, NoteRef } from "./values";

/** An achievement to share with the people who should hear it. */
export interface Update {
  readonly path: string;
  readonly date: Day | undefined;
  readonly title: string;
  /** Relationships or tags (lower case, no `#`) of the people who should hear. */
  readonly audience: readonly string[];
  readonly told: readonly NoteRef[];
}

export function readUpdate(r: FieldReader): Update {
  const date = r.day("date");
  if (date === undefined && !r.has("date")) {
    r.warn("date", null, `update has no date, so nobody is reminded to share it; add "${r.key("date")}: YYYY-MM-DD"`);
  }
  return {
    path: r.path,
    date,
    title: r.text("title") ?? basename(r.path),
    audience: r.tags("audience"),
    told: r.refs("told"),
  };
}
