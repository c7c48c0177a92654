import { INTERACTION_KINDS, type InteractionKind } from "./config";
import { parseDay, type Day } from "./day";
import type { Diagnostic } from "./diagnostic";
import { EMPTY_LIST } from "./empty";
import { fenceAfter, nextFenceAt } from "./fences";
import { parseHeading } from "./headings";
import { parseWikiLink } from "./links";
import { whyNotADay, type FieldReader, type NoteRef } from "./values";

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

// A bullet (or a ticked task) that starts with a date or a daily-note link; the rest is
// `kind: summary`, `: summary`, one word, or free text. An open task (`- [ ]`), or one marked
// otherwise (`- [-]`, cancelled), is a plan: it is no contact made until it is ticked. The date
// may be in bold or italics (`- **2026-11-20** coffee`), as many vaults set it off.
const LOG_LINE = /^\s*[-*+]\s+(?:\[[xX]\]\s+)?(?:\*\*|__|[*_])?(\[\[[^\]]+\]\]|\d{4}-\d{1,2}-\d{1,2}(?:T[\d:.]+)?)(?:\*\*|__|[*_])?(?=[\s:]|$)(.*)$/;
const KIND_AND_SUMMARY = /^([A-Za-z][\w-]*)\s*(?::\s*(.*))?$/;

export interface LogLines {
  readonly entries: readonly Interaction[];
  readonly diagnostics: readonly Diagnostic[];
}

/** What a body without log lines gives (shared, frozen). */
export const NO_LOG: LogLines = Object.freeze({ entries: EMPTY_LIST, diagnostics: EMPTY_LIST });

/** Per heading (lower case): a pattern the text of a body with that heading must match. */
const headingPatterns = new Map<string, RegExp | null>();

/**
 * Whether `body` may have a heading whose text, lower-cased, is `wanted`: false only when it
 * surely has none, so most bodies are passed over without being cut into lines. For a heading
 * of ASCII without "k", a case-insensitive search is exact for that: no other character
 * lower-cases into ASCII but the Kelvin sign, into "k". Other headings are always looked for.
 */
function mayHaveHeading(body: string, wanted: string): boolean {
  let pattern = headingPatterns.get(wanted);
  if (pattern === undefined) {
    // eslint-disable-next-line no-control-regex -- ASCII is what is asked about
    const ascii = /^[\x00-\x7f]*$/.test(wanted) && !wanted.includes("k");
    pattern = ascii ? new RegExp(wanted.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i") : null;
    if (headingPatterns.size > 100) headingPatterns.clear();
    headingPatterns.set(wanted, pattern);
  }
  return pattern === null || pattern.test(body);
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
  return logLines(path, body, heading, firstLine, contact, contact.name);
}

/**
 * As {@link readLogLines} for the contact note at `path` named `name`: the reference to it is
 * made only if the body has log lines (most contacts' bodies have none).
 */
export const readContactLog = (path: string, body: string, heading: string, firstLine: number, name: string): LogLines =>
  logLines(path, body, heading, firstLine, undefined, name);

function logLines(
  path: string,
  body: string,
  heading: string,
  firstLine: number,
  contact: NoteRef | undefined,
  name: string,
): LogLines {
  const wanted = heading.trim().toLowerCase();
  if (!mayHaveHeading(body, wanted)) return NO_LOG;
  // Made on the first entry or problem: most bodies have neither.
  let entries: Interaction[] | undefined;
  let diagnostics: Diagnostic[] | undefined;
  let withContact: readonly NoteRef[] | undefined;
  let level = 0; // the level of the Interactions heading while inside it, else 0
  let fence: string | undefined; // the fence of the code block the line is in
  // The next "```" or "~~~" at or after the line being read: the lines without one, outside the
  // section, that are not headings are skipped without being cut out of the body.
  let fenceAt = nextFenceAt(body, 0);
  for (let start = 0, i = 0; start <= body.length; i++) {
    const lineStart = start;
    let end = body.indexOf("\n", lineStart);
    if (end === -1) end = body.length;
    start = end + 1;
    if (fenceAt !== -1 && fenceAt < lineStart) fenceAt = nextFenceAt(body, lineStart);
    const mayFence = fenceAt !== -1 && fenceAt < end;
    if (!mayFence && (fence !== undefined || (level === 0 && body.charCodeAt(lineStart) !== 35 /* # */))) continue;
    let line = body.slice(lineStart, end);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (mayFence) {
      const before = fence;
      fence = fenceAfter(fence, line);
      if (before !== undefined || fence !== undefined) continue; // a fence, or code
    }
    const h = parseHeading(line);
    if (h !== undefined) {
      if (h.text.toLowerCase() === wanted) level = h.level;
      else if (level !== 0 && h.level <= level) level = 0;
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
      (diagnostics ??= []).push({
        path,
        severity: "warning",
        message: `line ${lineNo} under "${heading}" has date "${dateText}", which ${whyNotADay(dateText)}`,
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
        (diagnostics ??= []).push({
          path,
          severity: "warning",
          message: `line ${lineNo} under "${heading}" has kind "${word}", which is not one of ${INTERACTION_KINDS.join(", ")}; it counts as "other"`,
          value: line.trim(),
        });
      }
    }
    (entries ??= []).push({
      id: `${path}#L${lineNo}`,
      path,
      source: "log",
      line: lineNo,
      date,
      // One list for every entry of the contact: nothing changes a log entry's `with`.
      with: (withContact ??= [contact ?? { name, target: path, isLink: true, path }]),
      kind,
      direction: undefined,
      summary: summary === "" ? undefined : summary,
      nextStep: undefined,
      nextStepDue: undefined,
      gave: undefined,
      goalsShared: EMPTY_LIST,
    });
  }
  if (entries === undefined && diagnostics === undefined) return NO_LOG;
  return { entries: entries ?? EMPTY_LIST, diagnostics: diagnostics ?? EMPTY_LIST };
}

