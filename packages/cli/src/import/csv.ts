import { parse, type CsvError } from "csv-parse/sync";

/** One CSV record and the line (1-based, as a text editor counts) where it starts. */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvRows {
  readonly rows: readonly CsvRow[];
  readonly problems: readonly string[];
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * Reads CSV text into rows of cells, with the line where each row starts, so messages can point
 * at it even after a quoted multi-line cell. Lenient where exports and spreadsheet round trips
 * are sloppy: a UTF-8 BOM, rows of different lengths, a quote inside an unquoted cell
 * (`Acme "Labs"`). A row that still cannot be read (a quote never closed) is reported, not
 * thrown. `firstLine` is the number of the text's first line when it is a slice of a file.
 *
 * @example readCsv("a,b\n1,\"x\ny\"\n2,3").rows.map((r) => r.line) // [1, 2, 4]
 */
export function readCsv(text: string, firstLine = 1, delimiter = ","): CsvRows {
  const problems: string[] = [];
  const rows: CsvRow[] = [];
  let lastLine = 0; // where the last good record ended, relative to `text`
  // csv-parse counts a CRLF inside a quoted cell as two lines, and every line after it off by
  // one; with LF only, its count is exact. (Old Mac files end lines with CR alone.)
  parse(text.replace(/\r\n?/gu, "\n"), {
    bom: true,
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err: CsvError | undefined) => {
      const line = lastLine + firstLine;
      const why =
        err?.code === "CSV_QUOTE_NOT_CLOSED"
          ? 'a quoted cell starting here is never closed, so the rest of the file cannot be read; close the quote ("") and import again'
          : `this row is not valid CSV (${err?.message ?? "unknown error"}); it is not imported`;
      problems.push(`line ${String(line)}: ${why}`);
      return undefined;
    },
    // csv-parse counts the line where a record ends; it starts that many line breaks earlier
    // as its quoted cells hold.
    on_record: (record: string[], context) => {
      const inside = record.reduce((n, cell) => n + countNewlines(cell), 0);
      rows.push({ line: context.lines - inside + firstLine - 1, cells: record });
      lastLine = context.lines;
      return null;
    },
  });
  return { rows, problems };
}

/**
 * The delimiter of a CSV file, from its header line: a comma, or the semicolon Excel writes in
 * locales where the comma is the decimal mark (German, French, Italian…), or a tab; whichever the
 * line has most of. Header names hold none of them.
 *
 * @example delimiterOf("First Name;Last Name;URL") === ";"
 */
export function delimiterOf(headerLine: string): string {
  const counts = [",", ";", "\t"].map((d) => ({ d, n: headerLine.split(d).length }));
  return counts.reduce((a, b) => (b.n > a.n ? b : a)).d;
}

/** Index of each header cell, trimmed, by name; the first of duplicate names wins. */
export function headerIndex(cells: readonly string[]): ReadonlyMap<string, number> {
  const index = new Map<string, number>();
  cells.forEach((cell, i) => {
    const name = cell.replace(/^\uFEFF/u, "").trim();
    if (!index.has(name)) index.set(name, i);
  });
  return index;
}

/** The trimmed cell under `column`, or `""` when the column or the cell is missing. */
export function cell(row: CsvRow, header: ReadonlyMap<string, number>, column: string): string {
  const i = header.get(column);
  return i === undefined ? "" : (row.cells[i] ?? "").trim();
}
