/**
 * LinkedIn's `Connections.csv`, from Settings > Data privacy > Get a copy of your data.
 *
 * The export as LinkedIn writes it today:
 *
 * ```
 * Notes:
 * "When exporting your connection data, you may notice that some of the email addresses are missing. …"
 *
 * First Name,Last Name,URL,Email Address,Company,Position,Connected On
 * Jane,Doe,https://www.linkedin.com/in/janedoe,,Acme Corp,"VP, Engineering",08 Feb 2023
 * ,,,,,,12 Jan 2020
 * ```
 *
 * Older exports have no `Notes:` preamble, and the oldest no `URL` column, so the header row is
 * found by its `First Name` cell and columns are read by name. Most emails are empty: members
 * choose whether connections may export theirs. A row with nothing but a date is a member who
 * limits what connections can see; it is skipped, not imported as "Unnamed contact".
 */
import { cell, delimiterOf, headerIndex, readCsv, type CsvRow } from "./csv";
import {
  composeName,
  formatCalendarDay,
  makePerson,
  normaliseLinkedInUrl,
  type ImportedPerson,
  type ImportResult,
} from "./person";

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

// `08 Feb 2023` is what LinkedIn writes. `8-Feb-23` and `February 8, 2023` are what a
// spreadsheet writes back when the user opened and saved the file first.
const DAY_MONTH_YEAR = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?,?[\s-]+(\d{4}|\d{2})$/u;
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/u;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;
const NUMERIC = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})$/u;

type NumericOrder = "month-first" | "day-first";

// LinkedIn started in 2003, so a two-digit connection year is always this century.
const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

function monthNumber(name: string): number | undefined {
  const month = MONTHS[name.slice(0, 3).toLowerCase()];
  // Accept "Feb", "Feb." and "February", not any word that starts like a month.
  if (
    month === undefined ||
    (name.length > 3 &&
      !/^(?:january|february|march|april|may|june|july|august|september|sept|october|november|december)$/iu.test(
        name,
      ))
  ) {
    return undefined;
  }
  return month;
}

/**
 * The day of a `Connected On` cell as `YYYY-MM-DD`, or `undefined` when it is not a date.
 * Numeric dates (`2/8/23`) are ambiguous; `order` says how the file writes them.
 */
function connectedOn(value: string, order: NumericOrder): string | undefined {
  let m = DAY_MONTH_YEAR.exec(value);
  if (m !== null) {
    const month = monthNumber(m[2] ?? "");
    return month === undefined
      ? undefined
      : formatCalendarDay(fullYear(m[3] ?? ""), month, Number(m[1]));
  }
  m = MONTH_DAY_YEAR.exec(value);
  if (m !== null) {
    const month = monthNumber(m[1] ?? "");
    return month === undefined ? undefined : formatCalendarDay(Number(m[3]), month, Number(m[2]));
  }
  m = ISO.exec(value);
  if (m !== null) return formatCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC.exec(value);
  if (m !== null) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const year = fullYear(m[3] ?? "");
    return order === "month-first" ? formatCalendarDay(year, a, b) : formatCalendarDay(year, b, a);
  }
  return undefined;
}

/**
 * How the file writes numeric dates, from the dates that can only be read one way (13/2/2023 and
 * 08.02.2023 are day first, 2/13/2023 month first). Month first, as in the United States, when
 * none tells.
 */
function numericOrder(values: readonly string[]): {
  order: NumericOrder;
  ambiguous: string | undefined;
} {
  let dayFirst = false;
  let monthFirst = false;
  let example: string | undefined;
  for (const value of values) {
    const m = NUMERIC.exec(value);
    if (m === null) continue;
    example ??= value;
    // 08.02.2023 is how German, Polish or Russian spreadsheets write a day; the US uses slashes.
    if (value.includes(".")) dayFirst = true;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  if (dayFirst && !monthFirst) return { order: "day-first", ambiguous: undefined };
  if (monthFirst && !dayFirst) return { order: "month-first", ambiguous: undefined };
  return { order: "month-first", ambiguous: example };
}

// The header is the first line whose first cell is `First Name` (quoted or not, after a BOM),
// followed by a comma, or by the semicolon or tab a spreadsheet may have saved instead.
const LINKEDIN_COLUMNS = ["URL", "Company", "Position", "Connected On"];
const HEADER_LINE = /^\uFEFF?"?First Name"?[ \t]*[,;\t]/mu;

/**
 * Reads LinkedIn's `Connections.csv` (with or without the `Notes:` preamble, with or without
 * the `URL` column) into people with `source: "linkedin"`. Name is First Name + Last Name as
 * LinkedIn has them, credentials and emoji included ("Jane Doe, PhD"), family name first and
 * unspaced for Chinese, Japanese and Korean names (李雷), as Google Contacts and LinkedIn itself
 * show them, so the same person gets the same name from every import; `met` is the Connected
 * On day; `linkedin` the normalised profile address.
 *
 * @example
 * const { people, skipped } = parseLinkedInConnections(text);
 * // people[0]: { name: "Jane Doe", org: "Acme Corp", met: "2023-02-08", linkedin: "https://www.linkedin.com/in/janedoe", … }
 */
export function parseLinkedInConnections(text: string): ImportResult {
  const header = HEADER_LINE.exec(text);
  if (header === null) {
    return {
      people: [],
      skipped: [],
      problems: [
        'no header row starting "First Name" was found: this does not look like LinkedIn\'s Connections.csv (Settings > Data privacy > Get a copy of your data > Connections)',
      ],
    };
  }
  const before = text.slice(0, header.index);
  const firstLine = 1 + (before.match(/\n/gu)?.length ?? 0);
  const rest = text.slice(header.index);
  const csv = readCsv(rest, firstLine, delimiterOf(rest.split(/\r\n|\r|\n/u, 1)[0] ?? ""));
  const [head, ...rows] = csv.rows;
  const problems: string[] = [...csv.problems];
  if (head === undefined) return { people: [], skipped: [], problems };
  const columns = headerIndex(head.cells);
  // Google's CSV starts "First Name,…" too: without a column of LinkedIn's own, every row would
  // become a note with a name and nothing else.
  if (!LINKEDIN_COLUMNS.some((c) => columns.has(c))) {
    const google = columns.has("Organization Name") || columns.has("E-mail 1 - Value");
    problems.push(
      `line ${String(head.line)}: the header has none of ${LINKEDIN_COLUMNS.join(", ")}: this does not look like LinkedIn's Connections.csv${google ? '; it looks like a Google CSV export: use "kith import google"' : ""}`,
    );
    return { people: [], skipped: [], problems };
  }
  const hasUrl = columns.has("URL");

  const dates = rows.map((row) => cell(row, columns, "Connected On"));
  const { order, ambiguous } = numericOrder(dates);
  if (ambiguous !== undefined) {
    problems.push(
      `Connected On dates such as "${ambiguous}" could be month/day or day/month; they were read as month/day/year`,
    );
  }

  const people: ImportedPerson[] = [];
  const skipped: { line: number; reason: string }[] = [];
  rows.forEach((row: CsvRow, i) => {
    const first = cell(row, columns, "First Name");
    const last = cell(row, columns, "Last Name");
    const url = hasUrl ? cell(row, columns, "URL") : "";
    const date = dates[i] ?? "";
    const name = composeName(first, undefined, last);
    if (name === undefined) {
      if (row.cells.every((c) => c.trim() === "")) return; // a blank row: nothing to say
      skipped.push({
        line: row.line,
        reason:
          url === ""
            ? `no name or profile${date === "" ? "" : ` (connected ${date})`}: the member limits what their connections can export`
            : `no name for ${url}`,
      });
      return;
    }
    const linkedin = url === "" ? undefined : normaliseLinkedInUrl(url);
    if (url !== "" && linkedin === undefined) {
      problems.push(
        `line ${String(row.line)}: URL "${url}" is not a LinkedIn profile address (https://www.linkedin.com/in/…); ${name} is imported without it`,
      );
    }
    const met = date === "" ? undefined : connectedOn(date, order);
    if (date !== "" && met === undefined) {
      problems.push(
        `line ${String(row.line)}: Connected On "${date}" is not a date like "08 Feb 2023"; ${name} is imported without a met date`,
      );
    }
    const email = cell(row, columns, "Email Address");
    people.push(
      makePerson({
        name,
        org: cell(row, columns, "Company"),
        role: cell(row, columns, "Position"),
        emails: email === "" ? [] : [email],
        linkedin,
        met,
        source: "linkedin",
        line: row.line,
      }),
    );
  });
  return { people, skipped, problems };
}
