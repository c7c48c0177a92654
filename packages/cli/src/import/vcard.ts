/**
 * vCard files (`.vcf`) as address books export them: Apple Contacts and iCloud (3.0, with
 * `item1.` groups, `X-ABLabel`, `X-APPLE-OMIT-YEAR` birthdays and big folded photos), Google
 * Contacts (3.0), Android (2.1, quoted-printable names), and RFC 6350 writers (4.0).
 *
 * A small reader of the RFC 6350 content-line grammar rather than ical.js: ical.js 2.2.1 reads
 * these files well, but its bundled typings fail `tsc` under `skipLibCheck: false`
 * (kewisch/ical.js#916, fixed after 2.2.1). Kith needs a handful of properties, not vCard's
 * value types, so the reader stays small. Line by line: one bad line costs that line, one bad
 * card that card.
 */
import {
  cleanText,
  composeName,
  makePerson,
  normaliseBirthday,
  normaliseLinkedInUrl,
  type ImportedPerson,
  type ImportResult,
} from "./person";

/** One content line of a card, unfolded, with the file line where it starts. */
interface RawLine {
  text: string;
  readonly line: number;
}

interface RawCard {
  readonly number: number;
  readonly line: number;
  readonly lines: RawLine[];
  /** How the card ended: `END:VCARD`, or cut off by the next `BEGIN:VCARD` or the end of the file. */
  ended: "end" | "next card" | "end of file";
}

/** A content line: `[group.]NAME;PARAM=a,b;PARAM="c":value`, names lower-cased, value raw. */
interface Property {
  readonly name: string;
  readonly group: string | undefined;
  readonly params: ReadonlyMap<string, readonly string[]>;
  readonly value: string;
}

const BEGIN = /^BEGIN:VCARD$/iu;
const END = /^END:VCARD$/iu;
// A content line starts with a name (and maybe a group) followed by `;` or `:`.
const PROPERTY_LINE = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?[;:]/u;
// Binary properties: a photo is often most of the file and is never imported, so its lines are
// dropped before they are joined or parsed.
const BINARY = /^(?:[A-Za-z0-9-]+\.)?(?:PHOTO|LOGO|SOUND|KEY)[;:]/iu;
const QUOTED_PRINTABLE = /^[^:]*;[^:]*QUOTED-PRINTABLE/iu;

function where(card: RawCard): string {
  return `card ${String(card.number)} (line ${String(card.line)})`;
}

/**
 * Cuts a file into cards of unfolded content lines (RFC 6350 §3.2: a line break followed by a
 * space or tab continues the line). Also joins vCard 2.1 quoted-printable soft line breaks
 * (a value ending in `=`), and skips binary values, indented or not.
 */
function splitCards(text: string): { cards: RawCard[]; problems: string[] } {
  // Every card, ended or not, in file order; `problems` only for text outside any card.
  const cards: RawCard[] = [];
  const problems: string[] = [];
  const lines = text.replace(/^\uFEFF/u, "").split(/\r\n|\r|\n/u);
  let card: RawCard | undefined;
  let last: RawLine | undefined;
  let number = 0;
  let skipping = false;
  let softBreak = false;

  lines.forEach((raw, i) => {
    const trimmed = raw.trim();
    if (card !== undefined && last !== undefined && softBreak && !END.test(trimmed)) {
      last.text = last.text.slice(0, -1) + raw;
      softBreak = raw.endsWith("=");
      return;
    }
    if (raw.startsWith(" ") || raw.startsWith("\t")) {
      if (card !== undefined && !skipping && last !== undefined) last.text += raw.slice(1);
      return;
    }
    if (BEGIN.test(trimmed)) {
      if (card !== undefined) {
        card.ended = "next card";
        cards.push(card);
      }
      number++;
      card = { number, line: i + 1, lines: [], ended: "end" };
      last = undefined;
      skipping = false;
      softBreak = false;
      return;
    }
    if (END.test(trimmed)) {
      if (card === undefined)
        problems.push(`line ${String(i + 1)}: END:VCARD without BEGIN:VCARD; ignored`);
      else cards.push(card);
      card = undefined;
      last = undefined;
      skipping = false;
      softBreak = false;
      return;
    }
    if (card === undefined || trimmed === "") return;
    // vCard 2.1 writes base64 lines without indenting them; they end at the next property.
    if (skipping && !PROPERTY_LINE.test(raw)) return;
    skipping = BINARY.test(raw);
    if (skipping) {
      last = undefined;
      return;
    }
    last = { text: raw, line: i + 1 };
    card.lines.push(last);
    softBreak = raw.endsWith("=") && QUOTED_PRINTABLE.test(raw);
  });
  if (card !== undefined) {
    card.ended = "end of file";
    cards.push(card);
  }
  return { cards, problems };
}

const HEAD = /^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)/u;

/**
 * Reads one unfolded content line (RFC 6350 §3.3). Parameter values may be quoted and
 * comma-separated (`TYPE=CELL,VOICE`, `TYPE="cell,voice"`); a repeated parameter adds values
 * (`type=INTERNET;type=pref`). vCard 2.1's bare parameters (`TEL;CELL;PREF:`) are read as types.
 * `undefined` when the line does not follow the grammar.
 */
function readLine(line: string): Property | undefined {
  const head = HEAD.exec(line);
  if (head === null) return undefined;
  const params = new Map<string, string[]>();
  const add = (key: string, value: string): void => {
    const list = params.get(key);
    if (list === undefined) params.set(key, [value]);
    else list.push(value);
  };
  let i = head[0].length;
  while (line[i] === ";") {
    const start = ++i;
    while (i < line.length && line[i] !== "=" && line[i] !== ";" && line[i] !== ":") i++;
    const key = line.slice(start, i).trim().toLowerCase();
    if (line[i] !== "=") {
      if (key !== "") add("type", key);
      continue;
    }
    do {
      i++; // past "=" or ","
      if (line[i] === '"') {
        const close = line.indexOf('"', i + 1);
        if (close === -1) return undefined;
        add(key, line.slice(i + 1, close));
        i = close + 1;
      } else {
        const from = i;
        while (i < line.length && line[i] !== "," && line[i] !== ";" && line[i] !== ":") i++;
        add(key, line.slice(from, i));
      }
    } while (line[i] === ",");
  }
  if (line[i] !== ":") return undefined;
  return { name: (head[2] ?? "").toLowerCase(), group: head[1], params, value: line.slice(i + 1) };
}

const utf8 = new TextEncoder();

/** vCard 2.1 `ENCODING=QUOTED-PRINTABLE` (`=C3=A9` is é in UTF-8), as Android exports names. */
function decodeQuotedPrintable(text: string, charset: string): string {
  const bytes: number[] = [];
  let i = 0;
  while (i < text.length) {
    const hex = text[i] === "=" ? /^[0-9A-Fa-f]{2}/u.exec(text.slice(i + 1, i + 3)) : null;
    if (hex !== null) {
      bytes.push(parseInt(hex[0], 16));
      i += 3;
    } else {
      const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
      bytes.push(...utf8.encode(char));
      i += char.length;
    }
  }
  try {
    return new TextDecoder(charset).decode(new Uint8Array(bytes));
  } catch {
    return new TextDecoder().decode(new Uint8Array(bytes)); // an unknown charset: try UTF-8
  }
}

/** Text escapes of vCard 3.0 and 4.0: `\,` `\;` `\:` `\\`, and `\n` (also `\N`) for a line break. */
function unescapeText(text: string): string {
  return text.replace(/\\([\\;,:nN])/gu, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

/**
 * The components of a value, split on unescaped `;` (`N:Doe;Jane;;;`, `ORG:Acme Corp;Platform`)
 * and unescaped; a value with no `;` is one component. Quoted-printable values (vCard 2.1) are
 * decoded with their CHARSET.
 */
function parts(property: Property): string[] {
  const out: string[] = [];
  let current = "";
  const value = property.value;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === "\\") {
      current += value.slice(i, i + 2);
      i++;
    } else if (c === ";") {
      out.push(current);
      current = "";
    } else {
      current += c;
    }
  }
  out.push(current);
  // vCard 2.1 also writes the encoding bare (`FN;QUOTED-PRINTABLE:`), read here as a type.
  const qp =
    property.params.get("encoding")?.some((e) => e.toLowerCase() === "quoted-printable") === true ||
    hasType(property, "quoted-printable");
  const charset = property.params.get("charset")?.[0] ?? "utf-8";
  return out.map((part) => unescapeText(qp ? decodeQuotedPrintable(part, charset) : part));
}

/** The whole value as text: a `;` in it is the writer's, escaped or not. */
function text(property: Property): string {
  return parts(property).join(";");
}

/** Lower is more preferred: vCard 4 `PREF=1`, vCard 3 `TYPE=pref`, then the rest in file order. */
function preference(property: Property): number {
  const pref = Number(property.params.get("pref")?.[0]);
  if (Number.isInteger(pref) && pref >= 1) return pref;
  const types = property.params.get("type") ?? [];
  return types.some((t) => t.split(",").some((u) => u.trim().toLowerCase() === "pref")) ? 1 : 101;
}

function preferredFirst(properties: readonly Property[]): string[] {
  return [...properties].sort((a, b) => preference(a) - preference(b)).map(text);
}

function hasType(property: Property, type: string): boolean {
  return (property.params.get("type") ?? []).some((t) =>
    t.split(",").some((u) => u.trim().toLowerCase() === type),
  );
}

interface CardOutcome {
  readonly person?: ImportedPerson;
  readonly skipped?: string;
  readonly problems: readonly string[];
}

function readCard(card: RawCard): CardOutcome {
  const problems: string[] = [];
  const properties: Property[] = [];
  for (const line of card.lines) {
    const property = readLine(line.text);
    if (property !== undefined) {
      properties.push(property);
      continue;
    }
    const shown = line.text.length > 60 ? `${line.text.slice(0, 60)}…` : line.text;
    problems.push(
      `${where(card)}: line ${String(line.line)} "${shown}" is not a vCard property (NAME;PARAM=…:value); that line is ignored`,
    );
  }
  const all = (name: string): Property[] => properties.filter((p) => p.name === name);
  const first = (name: string): Property | undefined => properties.find((p) => p.name === name);

  const fn = first("fn");
  const n = first("n");
  const nParts = n === undefined ? [] : parts(n);
  const name =
    cleanText(fn === undefined ? undefined : text(fn)) ??
    composeName(nParts[1], nParts[2], nParts[0]);

  // vCard 4 `KIND:group`; Apple's iCloud groups are cards with `X-ADDRESSBOOKSERVER-KIND:group`.
  const kind = first("kind") ?? first("x-addressbookserver-kind");
  if (kind !== undefined && text(kind).trim().toLowerCase() === "group") {
    return {
      skipped: `a contact group${name === undefined ? "" : ` ("${name}")`}, not a person`,
      problems,
    };
  }

  const emails = preferredFirst(all("email"));
  const phones = preferredFirst(all("tel"));
  if (name === undefined) {
    const hint = emails[0] ?? phones[0];
    problems.push(
      `${where(card)}: the card has no FN or N, so no name${hint === undefined ? "" : ` (it has ${hint})`}; add an FN line such as "FN:Jane Doe"; the card is not imported`,
    );
    return { problems };
  }

  let linkedin: string | undefined;
  for (const p of properties) {
    if (linkedin !== undefined) break;
    if (p.name === "url") linkedin = normaliseLinkedInUrl(text(p));
    else if (p.name === "x-socialprofile") {
      // Apple writes `X-SOCIALPROFILE;type=linkedin;x-user=janedoe:http://www.linkedin.com/in/janedoe`,
      // sometimes with an `x-apple:` value instead of the address; the user name still tells.
      const user = p.params.get("x-user")?.[0];
      linkedin =
        normaliseLinkedInUrl(text(p)) ??
        (hasType(p, "linkedin") && user !== undefined
          ? normaliseLinkedInUrl(`linkedin.com/in/${user}`)
          : undefined);
    }
  }

  let birthday: string | undefined;
  const bday = first("bday");
  if (bday !== undefined) {
    const value = text(bday);
    birthday = normaliseBirthday(value, bday.params.get("x-apple-omit-year")?.[0]);
    if (birthday === undefined) {
      problems.push(
        `${where(card)}: BDAY "${value}" is not a day such as 1985-03-14, 19850314 or --03-14; ${name} is imported without a birthday`,
      );
    }
  }

  const org = first("org");
  const role = first("title") ?? first("role");
  return {
    person: makePerson({
      name,
      org: org === undefined ? undefined : parts(org)[0],
      role: role === undefined ? undefined : text(role),
      emails,
      phones,
      linkedin,
      birthday,
      source: "vcard",
      line: card.number,
    }),
    problems,
  };
}

/**
 * Reads every card of a vCard file (2.1, 3.0 or 4.0) into people with `source: "vcard"` and
 * `line` the card's number (1 for the first card). The name is `FN`, else `N` (given, middle,
 * family); `org` the first part of `ORG`; `role` is `TITLE`; emails and phones preferred first;
 * `linkedin` from a `URL` or `X-SOCIALPROFILE` on linkedin.com/in; `birthday` from `BDAY`,
 * `--MM-DD` when the card has no year (`--0314`, or Apple's `X-APPLE-OMIT-YEAR`). A card with no
 * name or no `END:VCARD` is reported in `problems` and the other cards still import; contact
 * groups are skipped. Photos are ignored.
 *
 * @example
 * parseVCards("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Doe\r\nBDAY:--0314\r\nEND:VCARD\r\n").people[0]
 * // { name: "Jane Doe", birthday: "--03-14", emails: [], phones: [], source: "vcard", line: 1 }
 */
export function parseVCards(text: string): ImportResult {
  const { cards, problems } = splitCards(text);
  const people: ImportedPerson[] = [];
  const skipped: { line: number; reason: string }[] = [];
  if (cards.length === 0 && problems.length === 0 && text.trim() !== "") {
    problems.push('no "BEGIN:VCARD" line was found: this does not look like a vCard (.vcf) file');
  }
  for (const card of cards) {
    if (card.ended !== "end") {
      problems.push(
        card.ended === "next card"
          ? `${where(card)}: BEGIN:VCARD has no END:VCARD before the next card; the card is not imported`
          : `${where(card)}: BEGIN:VCARD has no END:VCARD (is the file cut short?); the card is not imported`,
      );
      continue;
    }
    const outcome = readCard(card);
    problems.push(...outcome.problems);
    if (outcome.person !== undefined) people.push(outcome.person);
    if (outcome.skipped !== undefined) skipped.push({ line: card.number, reason: outcome.skipped });
  }
  return { people, skipped, problems };
}
