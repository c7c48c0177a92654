/**
 * What every importer produces: one {@link ImportedPerson} per contact found in an export, plus
 * what was left out and why. The parsers are pure (text in, records out); reading the file,
 * matching existing notes and writing new ones belong to the `kith import` command.
 */

/** Where a person came from; also the name of the `kith import` sub-command. */
export type ImportSource = "linkedin" | "google" | "vcard";

export interface ImportedPerson {
  /** As the export spells it, whitespace collapsed; never empty. */
  readonly name: string;
  readonly org?: string;
  readonly role?: string;
  /** De-duplicated ignoring case, in the export's order (a vCard's preferred address first). */
  readonly emails: readonly string[];
  /** De-duplicated by their digits, in the export's order (a vCard's preferred number first). */
  readonly phones: readonly string[];
  /** Normalised by {@link normaliseLinkedInUrl}: `https://www.linkedin.com/in/<id>`. */
  readonly linkedin?: string;
  /** `YYYY-MM-DD`: the day of the LinkedIn connection. */
  readonly met?: string;
  /** `YYYY-MM-DD`, or `--MM-DD` when the export has no year. */
  readonly birthday?: string;
  readonly source: ImportSource;
  /** For messages: the CSV line where the row starts (as a text editor counts), or the vCard's card number. */
  readonly line?: number;
}

export interface ImportResult {
  readonly people: readonly ImportedPerson[];
  /** Rows or cards deliberately left out (a hidden LinkedIn member, a contact group). */
  readonly skipped: readonly { readonly line: number; readonly reason: string }[];
  /**
   * What the user should fix or know, each starting `line N:` or `card N (line L):`, naming the
   * column or property, the value and what would work. The caller prefixes the file name.
   */
  readonly problems: readonly string[];
}

/** The loose form the parsers fill in; empty strings and `undefined` are dropped. */
export interface PersonFields {
  readonly name: string;
  readonly org?: string | undefined;
  readonly role?: string | undefined;
  readonly emails?: readonly string[] | undefined;
  readonly phones?: readonly string[] | undefined;
  readonly linkedin?: string | undefined;
  readonly met?: string | undefined;
  readonly birthday?: string | undefined;
  readonly source: ImportSource;
  readonly line?: number | undefined;
}

/** Builds an {@link ImportedPerson} with only the keys that have a value (`exactOptionalPropertyTypes`). */
export function makePerson(fields: PersonFields): ImportedPerson {
  const org = cleanText(fields.org);
  const role = cleanText(fields.role);
  return {
    name: cleanText(fields.name) ?? fields.name,
    ...(org === undefined ? {} : { org }),
    ...(role === undefined ? {} : { role }),
    emails: uniqueEmails(fields.emails ?? []),
    phones: uniquePhones(fields.phones ?? []),
    ...(fields.linkedin === undefined ? {} : { linkedin: fields.linkedin }),
    ...(fields.met === undefined ? {} : { met: fields.met }),
    ...(fields.birthday === undefined ? {} : { birthday: fields.birthday }),
    source: fields.source,
    ...(fields.line === undefined ? {} : { line: fields.line }),
  };
}

/**
 * Trims and collapses runs of whitespace (newlines included) to one space, in Unicode NFC (macOS
 * writes "é" as e + accent; a name must compare equal to the same name typed elsewhere);
 * `undefined` when nothing is left.
 *
 * @example cleanText("  Jane \n Doe ") === "Jane Doe"
 */
export function cleanText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const clean = text.normalize("NFC").replace(/\s+/gu, " ").trim();
  return clean === "" ? undefined : clean;
}

function uniqueEmails(emails: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of emails) {
    // vCard 4 allows `mailto:` URIs; nobody wants that prefix in a note.
    const email = raw.trim().replace(/^mailto:/iu, "");
    const key = email.toLowerCase();
    if (email === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(email);
  }
  return out;
}

function uniquePhones(phones: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of phones) {
    // vCard 4 writes numbers as `tel:` URIs.
    const phone = raw.trim().replace(/^tel:/iu, "");
    // "+1 (415) 555-0100" and "+14155550100" are one number; a leading + is kept in the key
    // because "+44 20…" and "020…" may well be the same line but we cannot know.
    const key = phone.replace(/[^\d+]/gu, "") || phone;
    if (phone === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(phone);
  }
  return out;
}

// Han, kana and Hangul names are written family name first, without a space (李雷, 山田太郎).
const EAST_ASIAN =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC\u3005]+$/u;

/**
 * A display name from name parts, as Google Contacts and vCard `N` split them. Prefixes and
 * suffixes (Dr., Jr.) are left out: they would make the note's name differ from the same
 * person's LinkedIn name.
 *
 * @example composeName("Jane", "Q.", "Doe") === "Jane Q. Doe"
 * @example composeName("雷", "", "李") === "李雷"
 */
export function composeName(
  given: string | undefined,
  middle: string | undefined,
  family: string | undefined,
): string | undefined {
  const g = cleanText(given);
  const m = cleanText(middle);
  const f = cleanText(family);
  if (
    g !== undefined &&
    f !== undefined &&
    m === undefined &&
    EAST_ASIAN.test(g) &&
    EAST_ASIAN.test(f)
  ) {
    return f + g;
  }
  return cleanText([g, m, f].filter((part) => part !== undefined).join(" "));
}

/**
 * `https://www.linkedin.com/in/<id>` for anything that points at a LinkedIn member profile
 * (any scheme or country subdomain, with or without `www`, trailing slash, query, fragment or
 * sub-page), else `undefined`. The id is lower-cased and percent-encoded one way, so the same
 * profile always gives the same string and a re-import finds the note it made before.
 *
 * @example normaliseLinkedInUrl("http://uk.linkedin.com/in/Jane-Doe/?trk=x") === "https://www.linkedin.com/in/jane-doe"
 */
export function normaliseLinkedInUrl(url: string): string | undefined {
  const m = /^(?:https?:\/\/)?(?:[a-z]{2,3}\.|www\.|m\.)?linkedin\.com\/in\/([^/?#\s]+)/iu.exec(
    url.trim(),
  );
  const raw = m?.[1];
  if (raw === undefined) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    id = raw; // a stray % that is not an escape: keep the id as written
  }
  id = id.trim().toLowerCase();
  if (id === "" || id === "." || id === "..") return undefined;
  return `https://www.linkedin.com/in/${encodeURIComponent(id)}`;
}

// A LinkedIn profile id as people write it by hand: letters, digits, hyphens (3 to 100 of them,
// LinkedIn's rule for custom URLs), maybe percent-encoded, maybe after `@` or `in/`.
const HANDLE = /^@?(?:in\/)?([\p{L}\p{N}%_-]{3,100})\/?$/u;
// `[Jane](https://…)` or `<https://…>`: Obsidian renders both as links.
const MARKDOWN_LINK = /^\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)$|^<([^>\s]+)>$/u;

/**
 * The profile a note's `linkedin` value points at, as {@link normaliseLinkedInUrl} writes it:
 * from a URL, a markdown link to one, or a bare handle (`janedoe`, `@janedoe`, `in/janedoe`);
 * `undefined` for anything else (`Jane Doe`, `n/a`, a company page), which then says nothing
 * about who the note is.
 *
 * @example linkedInProfileOf("[Jane](https://www.linkedin.com/in/JaneDoe/)") === "https://www.linkedin.com/in/janedoe"
 * @example linkedInProfileOf("@janedoe") === "https://www.linkedin.com/in/janedoe"
 */
export function linkedInProfileOf(value: string): string | undefined {
  const text = value.trim();
  const link = MARKDOWN_LINK.exec(text);
  const url = link === null ? text : (link[1] ?? link[2] ?? "");
  const profile = normaliseLinkedInUrl(url);
  if (profile !== undefined) return profile;
  const handle = HANDLE.exec(url)?.[1];
  return handle === undefined ? undefined : normaliseLinkedInUrl(`linkedin.com/in/${handle}`);
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

function daysInMonth(year: number | undefined, month: number): number {
  if (month === 2) {
    // Without a year, 29 February is a birthday that exists.
    if (year === undefined) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * `YYYY-MM-DD`, or `--MM-DD` when `year` is undefined; `undefined` for a day that does not
 * exist (31 April, 29 February 2023).
 *
 * @example formatCalendarDay(2024, 2, 29) === "2024-02-29"
 */
export function formatCalendarDay(
  year: number | undefined,
  month: number,
  day: number,
): string | undefined {
  if (!Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1)
    return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  if (year === undefined) return `--${pad2(month)}-${pad2(day)}`;
  if (!Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/**
 * A birthday as `YYYY-MM-DD` or, without a year, `--MM-DD`. Reads the forms Google Contacts and
 * vCard 3.0/4.0 write: `1985-03-14`, `19850314`, `--03-14`, `--0314`, and a trailing time
 * (`1985-03-14T00:00:00Z`), which is dropped. `omitYear` is Apple's `X-APPLE-OMIT-YEAR`: a year
 * equal to it is a placeholder (Apple writes 1604), not the birth year.
 *
 * @example normaliseBirthday("1604-03-14", "1604") === "--03-14"
 */
export function normaliseBirthday(text: string, omitYear?: string): string | undefined {
  const value = text.trim();
  const noYear = /^--(\d{2})-?(\d{2})$/u.exec(value);
  if (noYear !== null) return formatCalendarDay(undefined, Number(noYear[1]), Number(noYear[2]));
  const full = /^(\d{4})-?(\d{2})-?(\d{2})(?:T[\d:.]*(?:Z|[+-][\d:]+)?)?$/u.exec(value);
  if (full === null) return undefined;
  const year = full[1] === omitYear?.trim() ? undefined : Number(full[1]);
  return formatCalendarDay(year, Number(full[2]), Number(full[3]));
}

/** The longest base name {@link safeFileName} returns, in UTF-8 bytes: with `.md` and a ` 2` to tell
 * namesakes apart it stays far below the 255-byte limit of every common file system, and leaves
 * room for the folder within Windows' 260-character paths. */
export const MAX_FILE_NAME_BYTES = 120;

/** Returned when nothing usable is left of a name. */
const UNNAMED = "Unnamed contact";

// Windows forbids <>:"/\|?* and control characters. Obsidian also cannot link to a note whose
// name has # ^ [ ] | (they are wikilink syntax), so those go too. Quotes become apostrophes so
// `Robert "Bob" Smith` stays readable; separators become hyphens (`AC/DC` -> `AC-DC`).
const TO_APOSTROPHE = /"/gu;
const TO_HYPHEN = /[/\\:|]+/gu;
const DROPPED = /[<>?*#^[\]]/gu;
// Control characters (C0, DEL, C1), and invisible bidirectional controls and BOMs that can make
// a file name read differently from what it is (U+202E right-to-left override). ZWJ (U+200D)
// and ZWNJ (U+200C) are kept: emoji sequences and Persian names need them.
const TO_SPACE = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
// Leading dots hide a file on macOS and Linux (and `..` climbs out of the folder); Windows drops
// trailing dots and spaces, so `Jane.` and `Jane` would be the same file there.
const EDGES = /^[\s.-]+|[\s.-]+$/gu;
// Windows reserves these device names whatever the extension (`CON.md`), also with superscript
// digits, and ignores spaces before the dot.
const RESERVED = /^(CON|PRN|AUX|NUL|COM[1-9¹²³]|LPT[1-9¹²³])(?=\s*(?:\.|$))/iu;

const encoder = new TextEncoder();
const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

function tidy(name: string): string {
  return name.replace(/\s+/gu, " ").replace(EDGES, "");
}

/** At most {@link MAX_FILE_NAME_BYTES}, cut between graphemes so no emoji or accent is split. */
function cut(name: string): string {
  if (encoder.encode(name).length <= MAX_FILE_NAME_BYTES) return name;
  let kept = "";
  let bytes = 0;
  for (const { segment } of segmenter.segment(name)) {
    const size = encoder.encode(segment).length;
    if (bytes + size > MAX_FILE_NAME_BYTES) break;
    kept += segment;
    bytes += size;
  }
  return tidy(kept);
}

/**
 * A note file base name (without `.md`) for a person, safe on Windows, macOS and Linux and in
 * Obsidian links. Keeps letters of every script and emoji, normalised to NFC; never returns an
 * empty string, a path, `.` or `..`, a hidden file or a reserved Windows device name; at most
 * {@link MAX_FILE_NAME_BYTES} UTF-8 bytes, cut between whole characters. It does not make names
 * unique: two people called Jane Doe get the same base name.
 *
 * @example safeFileName("../etc/passwd") === "etc-passwd"
 * @example safeFileName("CON") === "CON_"
 * @example safeFileName("José Núñez") === "José Núñez"
 */
export function safeFileName(name: string): string {
  const replaced = name
    .replace(LONE_SURROGATE, "")
    .replace(TO_SPACE, " ")
    .replace(TO_APOSTROPHE, "'")
    .replace(TO_HYPHEN, "-")
    .replace(DROPPED, "");
  // NFC after the replacements: dropping `<` from "i<\u0301" makes "i\u0301", which composes to
  // "í"; normalising first would leave a name that changes when cleaned again.
  let out = cut(tidy(replaced.normalize("NFC")));
  if (out === "") return UNNAMED;
  // Cutting only shortens the end, so the device name check comes after it; the underscore can
  // make a name cut to the limit one byte too long, hence the second cut.
  if (RESERVED.test(out)) out = cut(out.replace(RESERVED, "$1_"));
  return out;
}
