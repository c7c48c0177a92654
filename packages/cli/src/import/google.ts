/**
 * Google Contacts' "Google CSV" export (contacts.google.com > Export > Google CSV), in both
 * layouts Google has written:
 *
 * - current (since 2023): `First Name,Middle Name,Last Name,Phonetic First Name,…,Nickname,
 *   File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,
 *   Labels,E-mail 1 - Label,E-mail 1 - Value,…,Phone 1 - Label,Phone 1 - Value,…,Website 1 - Label,
 *   Website 1 - Value,…`
 * - legacy: `Name,Given Name,Additional Name,Family Name,Yomi Name,…,Birthday,…,Group Membership,
 *   E-mail 1 - Type,E-mail 1 - Value,…,Phone 1 - Type,Phone 1 - Value,…,Organization 1 - Type,
 *   Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,…,Website 1 - Type,
 *   Website 1 - Value`
 *
 * Columns are read by name, so a layout with more or fewer numbered columns reads the same.
 * One cell can hold several values joined by ` ::: ` (`a@x.com ::: b@y.com`).
 */
import { cell, delimiterOf, headerIndex, readCsv, type CsvRow } from "./csv";
import {
  cleanText,
  composeName,
  makePerson,
  normaliseBirthday,
  normaliseLinkedInUrl,
  type ImportedPerson,
  type ImportResult,
} from "./person";

/** Splits a Google multi-value cell: `a@x.com ::: b@y.com`. */
function values(text: string): string[] {
  return text
    .split(":::")
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

/** The cells of every numbered column such as `E-mail 2 - Value`, in column order. */
function numbered(row: CsvRow, columns: readonly number[]): string[] {
  return columns.flatMap((i) => values(row.cells[i] ?? ""));
}

function columnsMatching(header: ReadonlyMap<string, number>, pattern: RegExp): number[] {
  return [...header].filter(([name]) => pattern.test(name)).map(([, i]) => i);
}

/**
 * Reads a Google Contacts CSV (current or legacy layout) into people with `source: "google"`.
 *
 * The name is the legacy `Name` cell, else the given, middle and family names (family name first
 * for Chinese, Japanese and Korean names), else the nickname or "File As". A contact with no
 * name is named after its organisation, else its first email, else its first phone, as Google
 * Contacts itself lists it; a row with none of these is skipped. All emails and phones of all
 * numbered columns are kept, de-duplicated. A website on linkedin.com/in becomes `linkedin`.
 *
 * @example
 * const { people } = parseGoogleContacts(text);
 * // people[0]: { name: "Jane Doe", org: "Acme Corp", emails: ["jane@acme.example", …], birthday: "1985-03-14", … }
 */
export function parseGoogleContacts(text: string): ImportResult {
  const csv = readCsv(text, 1, delimiterOf(text.split(/\r\n|\r|\n/u, 1)[0] ?? ""));
  const [head, ...rows] = csv.rows;
  const problems: string[] = [...csv.problems];
  const people: ImportedPerson[] = [];
  const skipped: { line: number; reason: string }[] = [];
  if (head === undefined) return { people, skipped, problems };

  const header = headerIndex(head.cells);
  const legacy = header.has("Given Name");
  if (!legacy && !header.has("First Name")) {
    problems.push(
      `line ${String(head.line)}: the header has neither "First Name" nor "Given Name": this does not look like a Google CSV export (in Google Contacts choose Export > Google CSV)`,
    );
    return { people, skipped, problems };
  }
  // LinkedIn's Connections.csv (without its Notes: preamble) has First Name too: read here, it
  // would make notes with a name and nothing else.
  if (header.has("Connected On")) {
    problems.push(
      `line ${String(head.line)}: the header has LinkedIn's "Connected On" column: this looks like LinkedIn's Connections.csv; use "kith import linkedin"`,
    );
    return { people, skipped, problems };
  }
  const emailColumns = columnsMatching(header, /^E-mail \d+ - Value$/u);
  const phoneColumns = columnsMatching(header, /^Phone \d+ - Value$/u);
  const websiteColumns = columnsMatching(header, /^Website \d+ - Value$/u);
  const orgNumbers = [...header.keys()]
    .map((name) => /^Organization (\d+) - Name$/u.exec(name)?.[1])
    .filter((n) => n !== undefined);

  for (const row of rows) {
    const get = (column: string): string => cell(row, header, column);
    let org: string | undefined;
    let role: string | undefined;
    if (legacy) {
      // The first organisation with a name, and the title that goes with it.
      const n = orgNumbers.find((k) => values(get(`Organization ${k} - Name`)).length > 0);
      if (n !== undefined) {
        org = values(get(`Organization ${n} - Name`))[0];
        role = values(get(`Organization ${n} - Title`))[0];
      }
    } else {
      org = values(get("Organization Name"))[0];
      role = values(get("Organization Title"))[0];
    }
    const emails = numbered(row, emailColumns);
    const phones = numbered(row, phoneColumns);
    const name =
      (legacy ? cleanText(get("Name")) : undefined) ??
      (legacy
        ? composeName(get("Given Name"), get("Additional Name"), get("Family Name"))
        : composeName(get("First Name"), get("Middle Name"), get("Last Name"))) ??
      cleanText(get("Nickname")) ??
      (legacy ? cleanText(get("Short Name")) : cleanText(get("File As"))) ??
      cleanText(org) ??
      emails[0] ??
      phones[0];
    if (name === undefined) {
      if (row.cells.some((c) => c.trim() !== "")) {
        skipped.push({ line: row.line, reason: "no name, organisation, email or phone" });
      }
      continue;
    }

    let linkedin: string | undefined;
    for (const site of numbered(row, websiteColumns)) {
      linkedin ??= normaliseLinkedInUrl(site);
    }

    const rawBirthday = get("Birthday");
    const birthday = rawBirthday === "" ? undefined : normaliseBirthday(rawBirthday);
    if (rawBirthday !== "" && birthday === undefined) {
      problems.push(
        `line ${String(row.line)}: Birthday "${rawBirthday}" is not a date like "1985-03-14" or "--03-14"; ${name} is imported without a birthday`,
      );
    }

    people.push(
      makePerson({
        name,
        org,
        role,
        emails,
        phones,
        linkedin,
        birthday,
        source: "google",
        line: row.line,
      }),
    );
  }
  return { people, skipped, problems };
}
