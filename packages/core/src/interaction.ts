import { INTERACTION_KINDS, type InteractionKind } from "./config";
import { parseDay, type Day } from "./day";
import type { Diagnostic } from "./diagnostic";
import { parseWikiLink } from "./links";
import type { FieldReader, NoteRef } from "./values";

export const DIRECTIONS = ["outbound", "inbound", "mutual"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * Something that passed between you and one or more contacts: an interaction note, or a log line
 * in a contact's body (`- 2026-11-20 coffee: talked about the platform team`).
 */
export interface Interaction {
  /** The note's path; a log line is `path#L<line>`. Unique in a network. */
  readonly id: string;
  readonly path: string;
  readonly source: "note" | "log";
  /** 1-based line in the file, for log lines. */
  readonly line: number | undefined;
  readonly date: Day;
  readonly with: readonly NoteRef[];
  readonly kind: InteractionKind;
  readonly direction: Direction | undefined;
  readonly summary: string | undefined;
  readonly nextStep: string | undefined;
  readonly nextStepDue: Day | undefined;
  /** What you gave (an intro, advice, a referral…): makes this interaction a give. */
  readonly gave: string | undefined;
  readonly goalsShared: readonly NoteRef[];
}

/** An interaction note; `undefined` (with a diagnostic) when it has no readable date. */
export function readInteraction(r: FieldReader): Interaction | undefined {
  const date = r.day("date");
  if (date === undefined) {
    if (!r.has("date")) {
      r.error("date", null, `interaction has no date; add "${r.key("date")}: YYYY-MM-DD"`);
    }
    return undefined;
  }
  const withRefs = r.refs("with");
  if (withRefs.length === 0) {
    r.warn("with", null, `interaction names nobody; add "${r.key("with")}: "[[Name]]"" (one or a list)`);
  }
  return {
    id: r.path,
    path: r.path,
    source: "note",
    line: undefined,
    date,
    with: withRefs,
    kind: r.oneOf("kind", INTERACTION_KINDS, "other") ?? "other",
    direction: r.oneOf("direction", DIRECTIONS),
    summary: r.text("summary"),
    nextStep: r.text("nextStep"),
    nextStepDue: r.day("nextStepDue"),
    gave: r.text("gave"),
    goalsShared: r.refs("goalsShared"),
  };
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
// A bullet (optionally a task) that starts with a date or a daily-note link; the rest is
// `kind: summary`, `: summary`, one word, or free text.
const LOG_LINE = /^\s*[-*+]\s+(?:\[[ xX]\]\s+)?(\[\[[^\]]+\]\]|\d{4}-\d{1,2}-\d{1,2}(?:T[\d:.]+)?)(?=[\s:]|$)(.*)$/;
const KIND_AND_SUMMARY = /^([A-Za-z][\w-]*)\s*(?::\s*(.*))?$/;

export interface LogLines {
  readonly entries: readonly Interaction[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads the log lines under the `heading` section of a contact's body:
 * `- 2026-11-20 coffee: talked about the platform team`. The kind is optional (`other`), the
 * date may be a daily-note link. Lines that are not dated bullets are notes and are left alone.
 *
 * @example readLogLines("People/Jane.md", "## Interactions\n- 2026-11-20 coffee: hi\n", "Interactions", 4, self).entries[0]?.kind // "coffee"
 */
export function readLogLines(
  path: string,
  body: string,
  heading: string,
  firstLine: number,
  contact: NoteRef,
): LogLines {
  const wanted = heading.trim().toLowerCase();
  if (!body.toLowerCase().includes(wanted)) return { entries: [], diagnostics: [] };
  const entries: Interaction[] = [];
  const diagnostics: Diagnostic[] = [];
  const lines = body.split("\n");
  let level = 0; // the level of the Interactions heading while inside it, else 0
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").replace(/\r$/, "");
    if (line.trimStart().startsWith("```")) inFence = !inFence;
    if (inFence) continue;
    const h = HEADING.exec(line);
    if (h !== null) {
      const hLevel = (h[1] ?? "").length;
      if ((h[2] ?? "").toLowerCase() === wanted) level = hLevel;
      else if (level !== 0 && hLevel <= level) level = 0;
      continue;
    }
    if (level === 0) continue;
    const m = LOG_LINE.exec(line);
    if (m === null) continue;
    const lineNo = firstLine + i;
    const dateText = m[1] ?? "";
    const link = dateText.startsWith("[[") ? parseWikiLink(dateText) : undefined;
    const date = parseDay(link === undefined ? dateText : link.target.slice(link.target.lastIndexOf("/") + 1));
    if (date === undefined) {
      diagnostics.push({
        path,
        severity: "warning",
        message: `line ${lineNo} under "${heading}" has date "${dateText}", which is not a real day; write "- YYYY-MM-DD kind: summary"`,
        value: line.trim(),
      });
      continue;
    }
    let kind: InteractionKind = "other";
    const rest = (m[2] ?? "").trim();
    // Free text (`- 2026-11-20 Coffee with Jane`) is a summary: the line still counts.
    const k = rest.startsWith(":") ? null : KIND_AND_SUMMARY.exec(rest);
    let summary = k === null ? rest.replace(/^:\s*/, "") : k[2]?.trim();
    const word = k?.[1];
    if (word !== undefined) {
      const lower = word.toLowerCase();
      if ((INTERACTION_KINDS as readonly string[]).includes(lower)) kind = lower as InteractionKind;
      else if (summary === undefined) summary = word;
      else {
        diagnostics.push({
          path,
          severity: "warning",
          message: `line ${lineNo} under "${heading}" has kind "${word}", which is not one of ${INTERACTION_KINDS.join(", ")}; it counts as "other"`,
          value: line.trim(),
        });
      }
    }
    entries.push({
      id: `${path}#L${lineNo}`,
      path,
      source: "log",
      line: lineNo,
      date,
      with: [contact],
      kind,
      direction: undefined,
      summary: summary === "" ? undefined : summary,
      nextStep: undefined,
      nextStepDue: undefined,
      gave: undefined,
      goalsShared: [],
    });
  }
  return { entries, diagnostics };
}
