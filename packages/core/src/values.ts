import { parseCadence, type Cadence } from "./cadence";
import { calendarOfDay, dayFromCalendar, daysInMonth, formatDay, parseDay, type Day } from "./day";
import { reportable, showValue, type Diagnostic } from "./diagnostic";
import { EMPTY_LIST } from "./empty";
import type { Field, KeyLayout, KeyMap } from "./frontmatter";
import { linkDisplay, parseWikiLink } from "./links";

/**
 * A reference to another note as a frontmatter value gave it: a link (`"[[Jane Doe]]"`) or plain
 * text (`Jane Doe`, `Acme Corp`). `path` is filled in when the network resolves it.
 */
export interface NoteRef {
  /** What to show: the link's display text or base name, or the plain text. */
  readonly name: string;
  /** What to look up: the link's target, or the plain text. */
  readonly target: string;
  readonly isLink: boolean;
  readonly path?: string | undefined;
}

/** A birthday; `year` is absent for `--03-14`. */
export interface Birthday {
  readonly month: number;
  readonly day: number;
  readonly year?: number | undefined;
}

const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

const DATE_FORMS = 'YYYY-MM-DD (e.g. "2026-11-20"), a date-time, or a daily-note link "[[2026-11-20]]"';


/**
 * Reads one note's fields into typed values, collecting a diagnostic for each value that is not
 * what the field needs. A bad value is dropped (the note still loads); nothing is thrown. Made
 * once and started afresh for each note: see {@link READER}.
 */
export class FieldReader {
  /** Made on the first problem: most notes have none. */
  #diagnostics: Diagnostic[] | undefined;
  // Set by `start`, which every reading goes through (see READER).
  #path!: string;
  /** The note's own frontmatter, only read. */
  #frontmatter!: Readonly<Record<string, unknown>>;
  #layout!: KeyLayout;
  #keyMap!: KeyMap;

  /** Starts reading a note, no problem found yet; says at once which keys it gives twice. */
  start(path: string, frontmatter: Readonly<Record<string, unknown>>, layout: KeyLayout, keyMap: KeyMap): this {
    this.#path = path;
    this.#frontmatter = frontmatter;
    this.#layout = layout;
    this.#keyMap = keyMap;
    this.#diagnostics = undefined;
    for (const r of layout.repeated) {
      const used = this.value(r.field);
      this.warn(
        r.field,
        used,
        `${r.keys.map((k) => `"${k}"`).join(" and ")} are one key spelled ${r.keys.length} ways; using "${r.keys[0] ?? ""}" (${showValue(used)}). Keep one of them`,
      );
    }
    return this;
  }

  get path(): string {
    return this.#path;
  }

  get layout(): KeyLayout {
    return this.#layout;
  }

  /** The problems found so far, in the order found. */
  get diagnostics(): readonly Diagnostic[] {
    return this.#diagnostics ?? EMPTY_LIST;
  }

  report(diagnostic: Diagnostic): void {
    (this.#diagnostics ??= []).push(diagnostic);
  }

  /** The value the note gives a field (under the first of its spellings), if any. */
  value(field: Field): unknown {
    const key = this.#layout.keys[field];
    return key === undefined ? undefined : this.#frontmatter[key];
  }

  has(field: Field): boolean {
    const v = this.value(field);
    return v !== undefined && v !== null && v !== "";
  }

  key(field: Field): string {
    return this.#layout.keys[field] ?? this.#keyMap.keyOf[field];
  }

  error(field: Field, value: unknown, message: string): void {
    this.report({ path: this.#path, severity: "error", message, key: this.key(field), value: reportable(value) });
  }

  warn(field: Field, value: unknown, message: string): void {
    this.report({ path: this.#path, severity: "warning", message, key: this.key(field), value: reportable(value) });
  }

  /** A single text value. Numbers become text; a list is taken by its first item with a warning. */
  text(field: Field): string | undefined {
    const v = this.value(field);
    if (v === undefined || v === null) return undefined;
    if (typeof v === "string") {
      const t = v.trim();
      return t === "" ? undefined : t;
    }
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    if (Array.isArray(v)) {
      const items = this.texts(field);
      if (items.length > 1) {
        this.warn(field, v, `${this.key(field)} has ${items.length} values; using the first, "${items[0] ?? ""}"`);
      }
      return items[0];
    }
    this.error(field, v, `${this.key(field)} ${showValue(v)} is not text`);
    return undefined;
  }

  /** A list of texts: a list, or one value, or a comma-free single string. Empty items are dropped. */
  texts(field: Field): readonly string[] {
    return this.#texts(field) ?? EMPTY_LIST;
  }

  /** As {@link texts}, but a new list the caller may change, or `undefined` for none. */
  #texts(field: Field): string[] | undefined {
    const v = this.value(field);
    if (v === undefined || v === null) return undefined;
    // One value, the usual case: no list to walk.
    if (typeof v === "string") {
      const t = v.trim();
      return t === "" ? undefined : [t];
    }
    if (typeof v === "number" || typeof v === "boolean") return [String(v)];
    const items = Array.isArray(v) ? v : [v];
    const out: string[] = [];
    for (const item of items) {
      if (item === null || item === undefined) continue;
      if (typeof item === "string") {
        const t = item.trim();
        if (t !== "") out.push(t);
      } else if (typeof item === "number" || typeof item === "boolean") {
        out.push(String(item));
      } else if (isUnquotedLink(item)) {
        out.push(this.unquotedLink(field, v, item));
      } else {
        this.error(field, v, `${this.key(field)} ${showValue(item)} is not text`);
      }
    }
    return out.length === 0 ? undefined : out;
  }

  /** YAML reads an unquoted `[[X]]` as a list inside a list: tell the user, keep the link. */
  private unquotedLink(field: Field, value: unknown, item: readonly unknown[]): string {
    const target = unquotedTarget(item);
    this.warn(
      field,
      value,
      `${this.key(field)} has an unquoted link [[${target}]], which YAML reads as a nested list; write it in quotes: "[[${target}]]"`,
    );
    return `[[${target}]]`;
  }

  /** Tags without `#`, lower-cased (as Obsidian matches them). */
  tags(field: Field): readonly string[] {
    const v = this.value(field);
    const texts = typeof v === "string" ? v.split(/[,\s]+/) : this.#texts(field);
    if (texts === undefined) return EMPTY_LIST;
    // The list is this call's own: tidy it in place.
    let n = 0;
    for (const t of texts) {
      const tag = (t.charCodeAt(0) === 35 /* # */ ? t.slice(1) : t).trim().toLowerCase();
      if (tag !== "") texts[n++] = tag;
    }
    if (n < texts.length) texts.length = n;
    return texts;
  }

  ref(field: Field): NoteRef | undefined {
    const t = this.text(field);
    return t === undefined ? undefined : toRef(t);
  }

  refs(field: Field): readonly NoteRef[] {
    const texts = this.#texts(field);
    if (texts === undefined) return EMPTY_LIST;
    const out: NoteRef[] = [];
    for (const t of texts) out.push(toRef(t));
    return out;
  }

  bool(field: Field): boolean | undefined {
    const v = this.value(field);
    if (v === undefined || v === null || v === "") return undefined;
    if (typeof v === "boolean") return v;
    if (typeof v === "string") {
      const s = v.trim().toLowerCase();
      if (s === "true" || s === "yes") return true;
      if (s === "false" || s === "no") return false;
    }
    this.error(field, v, `${this.key(field)} ${showValue(v)} is not a checkbox; use true or false`);
    return undefined;
  }

  /** A calendar day: `YYYY-MM-DD`, a date-time (time dropped) or `"[[YYYY-MM-DD]]"`. */
  day(field: Field): Day | undefined {
    const v = this.value(field);
    // A list of one (a List property) is its item, an empty one (`-`, Obsidian's [null]) no day
    // yet; an unquoted daily-note link, `date: [[2026-11-20]]`, is still the day it names.
    const one = soleItem(v);
    if (one === undefined || one === null || one === "") return undefined;
    const day = readDay(isUnquotedLink(one) ? this.unquotedLink(field, v, one) : one);
    if (day !== undefined) return day;
    this.error(field, v, `${this.key(field)} ${showValue(v)} ${whyNotADay(v)}`);
    return undefined;
  }

  oneOf<T extends string>(field: Field, allowed: readonly T[], fallback?: T): T | undefined {
    const t = this.text(field);
    if (t === undefined) return undefined;
    // Written as Kith writes it, the usual case: no new string to make.
    if ((allowed as readonly string[]).includes(t)) return t as T;
    // `No response`, `no_response` and `no-response` are one status.
    const lower = t.toLowerCase().replace(/[\s_]+/g, "-");
    if ((allowed as readonly string[]).includes(lower)) return lower as T;
    const then = fallback === undefined ? "it is ignored" : `read as "${fallback}"`;
    this.warn(field, t, `${this.key(field)} "${t}" is not one of ${allowed.join(", ")}; ${then}`);
    return fallback;
  }

  cadence(field: Field): Cadence | undefined {
    const t = this.text(field);
    if (t === undefined) return undefined;
    const parsed = parseCadence(t);
    if (parsed.ok) return parsed.value;
    this.error(field, t, `${this.key(field)} ${parsed.issues[0] ?? `"${t}" is not a cadence`}`);
    return undefined;
  }

  birthday(field: Field): Birthday | undefined {
    // A List property of one is its day, as for `day`.
    const v = soleItem(this.value(field));
    if (v === undefined || v === null || v === "") return undefined;
    // Without a year ("--02-30"), a day no month of that number has.
    let noYearWhy: string | undefined;
    if (typeof v === "string") {
      const noYear = /^-{0,2}(\d{2})-(\d{2})$/.exec(v.trim());
      if (noYear !== null) {
        const month = Number(noYear[1]);
        const day = Number(noYear[2]);
        // 2000 is a leap year: 29 February is a fine birthday without a year.
        const most = daysInMonth(2000, month);
        if (month >= 1 && month <= 12 && day >= 1 && day <= most) return { month, day };
        if (month >= 1 && month <= 12) noYearWhy = `is not a real day (${MONTH_NAMES[month - 1] ?? ""} has at most ${most} days)`;
      }
    }
    const d = readDay(v);
    if (d !== undefined) {
      const c = calendarOfDay(d);
      return { month: c.month, day: c.day, year: c.year };
    }
    // A day a calendar does not have ("1990-02-29"): say why, since the form is right.
    const why = noYearWhy ?? whyNotADay(v);
    this.error(
      field,
      v,
      `${this.key(field)} ${showValue(v)} ${why.includes("real") ? `${why}; check the date, or write` : "is not a birthday; write YYYY-MM-DD, or"} --MM-DD without the year`,
    );
    return undefined;
  }
}

/** Reads a frontmatter value as a calendar day, or `undefined`. */
export function readDay(v: unknown): Day | undefined {
  if (typeof v !== "string") return undefined;
  const s = v.trim();
  const link = s.startsWith("[[") ? parseWikiLink(s) : undefined;
  return parseDay(link === undefined ? s : link.target.slice(link.target.lastIndexOf("/") + 1));
}

/**
 * Why a value is not a day, and what to write instead. A value that starts like a day is told
 * the day it starts with ("2026-11-24 (coffee)", "2026-1-5", "2026-11-20T25:00"), or why its
 * month has no such day.
 */
export function whyNotADay(v: unknown): string {
  if (typeof v === "number") return `is a number, not a date; write ${DATE_FORMS}`;
  if (typeof v !== "string") return `is not a date; write ${DATE_FORMS}`;
  const s = v.trim();
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
  if (ymd !== null) {
    const year = Number(ymd[1]);
    const month = Number(ymd[2]);
    const day = Number(ymd[3]);
    if (month >= 1 && month <= 12) {
      const most = daysInMonth(year, month);
      if (day < 1 || day > most) return `is not a real day (${MONTH_NAMES[month - 1] ?? ""} ${year} has ${most} days)`;
      return `is not a date Kith can read; write "${formatDay(dayFromCalendar(year, month, day))}"`;
    }
  }
  const mdy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s);
  if (mdy !== null) {
    const a = Number(mdy[1]);
    const b = Number(mdy[2]);
    const year = Number(mdy[3]);
    const guesses = new Set<string>();
    for (const [month, day] of [
      [a, b],
      [b, a],
    ] as const) {
      if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
        guesses.add(`"${formatDay(dayFromCalendar(year, month, day))}"`);
      }
    }
    const hint = [...guesses].join(" or ");
    return `is not a date Kith can read unambiguously; write YYYY-MM-DD${hint === "" ? "" : `, e.g. ${hint}`}`;
  }
  return `is not a date; write ${DATE_FORMS}`;
}

/** Whether a value is how YAML reads an unquoted `[[X]]`: a list of one list of one text. */
export function isUnquotedLink(item: unknown): item is unknown[] {
  return Array.isArray(item) && item.length === 1 && (typeof item[0] === "string" || isUnquotedLink(item[0]));
}

/**
 * The value of a field that holds one value, with a list of one taken as its item and a list of
 * none as no value: Obsidian writes a List property so (`- 2026-11-20`, `[2026-11-20]`, `[]`),
 * and {@link FieldReader.text} reads it so too. An unquoted `[[2026-11-20]]`, a list in a list,
 * gives its inner list: still to be told apart with {@link isUnquotedLink}.
 *
 * @example soleItem(["2026-11-20"]) // "2026-11-20"
 * @example soleItem([["2026-11-20"]]) // ["2026-11-20"]
 * @example soleItem([]) // undefined
 */
export function soleItem(v: unknown): unknown {
  return Array.isArray(v) && v.length <= 1 ? v[0] : v;
}

/** The `X` of an unquoted `[[X]]` (see {@link isUnquotedLink}). */
export function unquotedTarget(item: unknown): string {
  return Array.isArray(item) ? unquotedTarget(item[0]) : String(item);
}

/**
 * Frontmatter text → its reference. A vault names the same few notes over and over (an org, the
 * people in interactions): one frozen object per text serves every note that names it, and
 * link resolution can remember its answer per object (see `linkRecord`).
 */
const refsByText = new Map<string, NoteRef>();

/** A frontmatter text as a reference to a note (shared and frozen: never change one). */
function toRef(text: string): NoteRef {
  let ref = refsByText.get(text);
  if (ref === undefined) {
    const link = parseWikiLink(text);
    ref = Object.freeze(
      link === undefined
        ? { name: text, target: text, isLink: false }
        : { name: linkDisplay(link), target: link.target, isLink: true },
    );
    if (refsByText.size >= 50_000) refsByText.clear();
    refsByText.set(text, ref);
  }
  return ref;
}

/**
 * The reader: `READER.start(…)` on a note, then read everything needed of the note from it (and
 * take its `diagnostics`) before starting it on another. One reader serves every note rather than
 * one per note: V8 specializes the compiled readers (`readContact` and the rest) to the reader's
 * hidden class, which lives only while some reader does, and a full collection that found none
 * alive threw that compiled code away, so the next build ran uncompiled for a while (builds of
 * 10k contacts with a collection between them took ~20 % longer), besides 11k objects a build to
 * collect.
 */
export const READER = new FieldReader();
