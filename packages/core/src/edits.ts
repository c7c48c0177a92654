/**
 * Writing back. Every change Kith makes to a note is a {@link NoteEdit} that core computes (set
 * these fields, append this log line) and a host applies: the CLI to the file's text with
 * `applyEdit` (applyEdit.ts, kept apart so that hosts which never rewrite YAML text — the plugin
 * writes through Obsidian's `processFrontMatter` — do not bundle a YAML library), the plugin with
 * {@link applyToFrontmatter} inside `processFrontMatter` and {@link appendUnderHeading} inside
 * `Vault.process`.
 */
import { parseCadence } from "./cadence";
import type { InteractionKind } from "./config";
import { addDays, addMonths, formatDay, parseDay, type Day } from "./day";
import { fenceAfter } from "./fences";
import { existingKey, FIELD_KEYS, writtenKey, type Field, type KeyMap } from "./frontmatter";
import { parseHeading } from "./headings";
import { lastContactOf, type Network } from "./network";
import { splitFrontmatter } from "./frontmatterBlock";
import { fail, ok, type Result } from "./result";
import { isUnquotedLink, readDay, soleItem, unquotedTarget } from "./values";

/** A value Kith writes to a field. */
export type EditValue = string | number | boolean | null | readonly string[];

/** A change a host applies to a note: set fields, append a log line. Computed by core, applied by the CLI (bytes) or the plugin (processFrontMatter + Vault.process). */
export interface NoteEdit {
  readonly path: string;
  /** Fields to set, by Kith field name (camelCase, a key of FIELD_KEYS); null removes nothing — it writes an empty value. */
  readonly set: Readonly<Partial<Record<Field, EditValue>>>;
  /**
   * Items to append to list fields. The items already there stay exactly as written (a heading
   * or block in a link, a comment); a single value becomes the list's first item; a field the
   * note lacks is made with the items.
   */
  readonly add?: Readonly<Partial<Record<Field, readonly string[]>>> | undefined;
  /** A log line to append under a heading (made at the end of the body if missing). */
  readonly appendLog?: { readonly heading: string; readonly line: string } | undefined;
}

/** One interaction as a log line records it. */
export interface LogEntry {
  readonly date: Day;
  readonly kind: InteractionKind;
  readonly summary?: string | undefined;
}


/** The note's line break: CRLF when its first line ends with one. */
export function newlineOf(text: string): string {
  const i = text.indexOf("\n");
  return i > 0 && text[i - 1] === "\r" ? "\r\n" : "\n";
}


/**
 * The value to write over `old`: a day goes in as a daily-note link, in the old link's folder,
 * where the note keeps that key as one, so a vault that dates things with links stays that way
 * (an unquoted link, which YAML reads as a nested list, is written back quoted). The old link's
 * heading or display text named the old day and is not carried over. Text over a list of one
 * item or none, as Obsidian keeps a List property, is a list of one.
 *
 * @example overOld("[[Daily/2026-10-01]]", "2026-12-02") // "[[Daily/2026-12-02]]"
 * @example overOld(["2026-10-01"], "2026-12-02") // ["2026-12-02"]
 */
export function overOld(old: unknown, value: EditValue): EditValue {
  if (typeof value !== "string") return value;
  // Obsidian checks a property's value against the type the vault gives it: a List stays one.
  // Its item is no unquoted link (`[[X]]` is a list in a list), as the reader takes it.
  if (Array.isArray(old) && old.length <= 1 && !Array.isArray(old[0])) {
    return [overOldText(old[0], value)];
  }
  return overOldText(old, value);
}

function overOldText(old: unknown, value: string): string {
  // An unquoted `[[2026-10-01]]`, which YAML reads as a nested list, becomes a quoted link.
  const text = isUnquotedLink(old) ? `[[${unquotedTarget(old)}]]` : String(old);
  const link = /^\[\[([^\]]*\/)?\d{4}-\d\d-\d\d([|#].*)?\]\]$/.exec(text);
  return link && parseDay(value) !== undefined ? `[[${link[1] ?? ""}${value}]]` : value;
}

/**
 * Whether a write of `value` to `field` keeps the note's `old` value instead: `last_contact` never
 * moves backwards, so a later day stays, and so does one Kith cannot read (it may be later). The
 * edit was computed from an index that may be behind the file; this is checked on the file itself.
 *
 * @example keepsOld("lastContact", "2026-11-24", "2026-11-10") // true
 */
export function keepsOld(field: string, old: unknown, value: EditValue): boolean {
  const after = field === "lastContact" && typeof value === "string" ? parseDay(value) : undefined;
  // Read as the note's reader reads the day (FieldReader.day): a list of one is its item, and an
  // empty one (Obsidian's [null]) no day.
  const one = soleItem(old);
  if (after === undefined || one === undefined || one === null || one === "") return false;
  const before = readDay(isUnquotedLink(one) ? `[[${unquotedTarget(one)}]]` : one);
  return before === undefined || before >= after;
}

/** The value as js-yaml reads back what was written. */
export function expectedOf(value: EditValue): unknown {
  return Array.isArray(value) ? [...(value as readonly string[])] : value;
}

// ---------------------------------------------------------------------------------------------
// The body: log lines under a heading

/**
 * Appends `line` at the end of the section under `heading` (matched case-insensitively, at any
 * level): after the section's last non-blank line, before the next heading of the same or a
 * higher level. A missing section is made at the end as `## heading`. CRLF and the presence or
 * absence of a final line break are kept. A frontmatter block at the start is skipped, so the
 * plugin may pass a whole file from `Vault.process`.
 *
 * @example appendUnderHeading("## Interactions\n- 2026-10-01 call\n\n## Notes\n", "Interactions", "- 2026-11-20 coffee")
 * // "## Interactions\n- 2026-10-01 call\n- 2026-11-20 coffee\n\n## Notes\n"
 */
export function appendUnderHeading(body: string, heading: string, line: string): string {
  return appendToBody(body, heading, line, newlineOf(body));
}

/**
 * Appends under the heading in the text after a leading frontmatter block, if any, and after a
 * BOM: the body the reader reads (parseNote), so a heading on its first line is found. The line
 * ends as the body's lines do, where they differ from the properties' (`nl`).
 */
export function appendToBody(text: string, heading: string, line: string, nl: string): string {
  const { yaml, bodyStart } = splitFrontmatter(text);
  const head = text.slice(0, bodyStart);
  const body = text.slice(bodyStart);
  const own = body.includes("\n") ? newlineOf(body) : nl;
  if (yaml === undefined) return head + appendIn(body, heading, line, own);
  // A closing fence that ends the file needs its line break before the body can grow.
  const fenceEnd = head.endsWith("\n") ? "" : nl;
  return head + fenceEnd + appendIn(body, heading, line, own);
}

/** Line breaks, with the spaces around them, become one space. */
function oneLine(text: string): string {
  return text
    .split(/[\r\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .join(" ");
}

function appendIn(body: string, heading: string, line: string, nl: string): string {
  const wanted = heading.trim().replace(/^#+\s*/, "");
  const entry = /[\r\n]/.test(line) ? oneLine(line) : line;
  const lines = body.split("\n");
  let offset = 0;
  let level = 0; // the level of the section's heading once found
  let fence: string | undefined; // the fence of the code block the line is in
  let lastEnd = -1; // where the section's last non-blank line ends (before its line break)
  let lastHasBreak = false;
  let openAfterLast: string | undefined; // the fence of a code block still open after that line
  for (const raw of lines) {
    const lineStart = offset;
    offset += raw.length + 1;
    const text = raw.replace(/\r$/, "");
    const before = fence;
    fence = fenceAfter(fence, text);
    const h = before !== undefined || fence !== undefined ? undefined : parseHeading(text);
    if (h !== undefined) {
      if (level !== 0 && h.level <= level) break;
      if (level === 0 && h.text.toLowerCase() === wanted.toLowerCase()) level = h.level;
    }
    if (level !== 0 && text.trim() !== "") {
      lastEnd = lineStart + raw.length;
      lastHasBreak = offset <= body.length;
      openAfterLast = fence;
    }
  }
  if (level !== 0) {
    // A code block still open there runs to the end of the note (a fence closing later would be a
    // later non-blank line): close it, or the line would be code.
    const added = (openAfterLast === undefined ? "" : openAfterLast + nl) + entry;
    // After the last non-blank line's break, or with one of our own when it has none.
    return lastHasBreak
      ? body.slice(0, lastEnd + 1) + added + nl + body.slice(lastEnd + 1)
      : body.slice(0, lastEnd) + nl + added + body.slice(lastEnd);
  }
  // A code block left open runs to the end of the note and would swallow the new section: close it.
  const section = `${fence === undefined ? "" : fence + nl}## ${wanted}${nl}${entry}${nl}`;
  if (body.trim() === "") return body + section;
  if (!body.endsWith("\n")) return body + nl + nl + section;
  if (/\n[ \t]*\r?\n$/.test(body)) return body + section;
  return body + nl + section;
}

/**
 * The log line of an interaction, as `readLogLines` reads it back. Line breaks in the summary
 * become spaces.
 *
 * @example logLine({ date: parseDay("2026-11-20")!, kind: "coffee", summary: "talked about X" }) // "- 2026-11-20 coffee: talked about X"
 */
export function logLine(entry: LogEntry): string {
  const summary = entry.summary === undefined ? undefined : oneLine(entry.summary);
  const head = `- ${formatDay(entry.date)} ${entry.kind}`;
  return summary === undefined || summary === "" ? head : `${head}: ${summary}`;
}

// ---------------------------------------------------------------------------------------------
// The edits that commands make

function contactIn(network: Network, contactPath: string): Result<true> {
  return network.contacts.has(contactPath)
    ? ok(true)
    : fail(
        `${contactPath}: not a contact note in this vault; give a note with "type: contact" (or in a contacts folder)`,
      );
}

/**
 * The edit that logging an interaction makes: appends the log line under the configured heading
 * and sets `last_contact` to the date only if that moves it forward — past both the last contact
 * the network knows (interaction notes, log lines) and the note's own `last_contact`, and only
 * for kinds that count as contact. Nothing else is set or cleared. Given `today`, a date after it
 * is refused: a typo for a past day would move the last contact into the future and hide the
 * person from the follow-ups until then.
 *
 * @example logInteractionEdit(network, "People/Jane.md", { date: parseDay("2026-11-20")!, kind: "coffee" })
 * // { ok: true, value: { path: "People/Jane.md", set: { lastContact: "2026-11-20" }, appendLog: { heading: "Interactions", line: "- 2026-11-20 coffee" } } }
 */
export function logInteractionEdit(
  network: Network,
  contactPath: string,
  entry: LogEntry,
  today?: Day,
): Result<NoteEdit> {
  const known = contactIn(network, contactPath);
  if (!known.ok) return known;
  if (today !== undefined && entry.date > today) {
    return fail(
      `${formatDay(entry.date)} is after today (${formatDay(today)}); log what has happened, and write what is planned as a next step (${writtenKey(network.config, "nextStep")}, ${writtenKey(network.config, "nextStepDue")})`,
    );
  }
  const contact = network.contacts.get(contactPath);
  const own = contact?.lastContact;
  // Interactions dated after today are plans: they do not hold last_contact back.
  const last = lastContactOf(network, contactPath, today)?.day;
  const counts = network.config.countingKinds.includes(entry.kind);
  // A last_contact the note has and Kith cannot read ("24.11.2026") stays as the note has it:
  // it may be later than this day (check tells what to write instead).
  const key = contact?.keys.lastContact;
  const unreadable =
    own === undefined && key !== undefined && network.diagnostics.some((d) => d.path === contactPath && d.key === key);
  const forward =
    counts && !unreadable && (own === undefined || entry.date > own) && (last === undefined || entry.date > last);
  return ok({
    path: contactPath,
    set: forward ? { lastContact: formatDay(entry.date) } : {},
    appendLog: { heading: network.config.logHeading, line: logLine(entry) },
  });
}

/**
 * The edit that snoozes a contact's follow-ups until a day.
 *
 * @example snoozeEdit(network, "People/Jane.md", parseDay("2026-12-04")!) // { ok: true, value: { path: "People/Jane.md", set: { snoozeUntil: "2026-12-04" } } }
 */
export function snoozeEdit(network: Network, contactPath: string, until: Day): Result<NoteEdit> {
  const known = contactIn(network, contactPath);
  if (!known.ok) return known;
  return ok({ path: contactPath, set: { snoozeUntil: formatDay(until) } });
}

const SNOOZE_HINT = 'try "2w", "10d", "1mo", "1 week" or "P2W"';

/**
 * Parses "2w", "1 week", "3d", "1mo", "P2W" into days-from-today for `snooze --for`; uses
 * addDays/addMonths. Months and years are calendar months (31 Jan + 1mo = 28 or 29 Feb), added
 * before weeks and days.
 *
 * @example snoozeUntil(parseDay("2026-11-20")!, "2w") // { ok: true, value: parseDay("2026-12-04") }
 */
export function snoozeUntil(today: Day, spec: string): Result<Day> {
  const shown = JSON.stringify(spec.trim());
  const parsed = parseCadence(spec);
  if (!parsed.ok || parsed.value.kind !== "interval") {
    if (/^\s*\d+\s*$/.test(spec))
      return fail(`${shown} is not a length of time: say the unit, e.g. "${spec.trim()}d"`);
    return fail(`${shown} is not a length of time; ${SNOOZE_HINT}`);
  }
  const { years, months, weeks, days } = parsed.value;
  const total = weeks * 7 + days;
  if (years === 0 && months === 0 && total === 0)
    return fail(`${shown} is no time at all; ${SNOOZE_HINT}`);
  return ok(addDays(addMonths(today, years * 12 + months), total));
}

// ---------------------------------------------------------------------------------------------
// The plugin's side

/**
 * The frontmatter changes a plugin applies inside processFrontMatter: maps fields to the key the
 * note already uses (existingKey) or keyMap.keyOf[field], mutating the given object in place — it
 * is Obsidian's callback object, not the cache. Lists are copied, so the edit is never shared.
 *
 * @example app.fileManager.processFrontMatter(file, (fm) => applyToFrontmatter(fm, edit, keyMap))
 */
export function applyToFrontmatter(
  fm: Record<string, unknown>,
  edit: NoteEdit,
  keyMap: KeyMap,
): void {
  for (const [field, value] of Object.entries(edit.set) as [string, EditValue | undefined][]) {
    if (value === undefined || !Object.hasOwn(FIELD_KEYS, field)) continue;
    const key = existingKey(fm, field as Field, keyMap) ?? keyMap.keyOf[field as Field];
    if (keepsOld(field, fm[key], value)) continue;
    fm[key] = expectedOf(overOld(fm[key], value));
  }
  for (const [field, items] of Object.entries(edit.add ?? {}) as [string, readonly string[] | undefined][]) {
    if (items === undefined || items.length === 0 || !Object.hasOwn(FIELD_KEYS, field)) continue;
    const key = existingKey(fm, field as Field, keyMap) ?? keyMap.keyOf[field as Field];
    fm[key] = [...listOf(fm[key]), ...items];
  }
}

/**
 * A field's value as the start of a longer list: its items, its one value, or nothing. An empty
 * value (`null`, `""`) is nothing.
 */
export function listOf(value: unknown): readonly unknown[] {
  if (value === undefined || value === null || value === "") return [];
  return Array.isArray(value) ? value : [value];
}
