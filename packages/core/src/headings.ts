/**
 * ATX headings (`## Interactions`, `### Interactions ##`), as the log writer and the log reader
 * both find them: one to six `#`, whitespace, the text, and any closing `#`s and whitespace.
 */
export interface Heading {
  readonly level: number;
  readonly text: string;
}

/**
 * The heading on a line, or undefined. It reads a line as `/^(#{1,6})\s+(.*?)\s*#*\s*$/` does,
 * in one pass: that pattern backtracks over a run of spaces in cubic time, so a heading with a
 * few thousand pasted spaces took seconds to minutes, in every write to the note and every read.
 *
 * @example parseHeading("## Interactions ##") // { level: 2, text: "Interactions" }
 * @example parseHeading("####### Too deep") // undefined
 */
export function parseHeading(line: string): Heading | undefined {
  const level = /^#{1,6}\s/.exec(line)?.[0].length;
  if (level === undefined) return undefined;
  // `trim` drops what `\s` matches: the space after the `#`s, then any closing `#`s and space.
  let text = line.slice(level - 1).trim();
  let end = text.length;
  while (text.charCodeAt(end - 1) === 35 /* # */) end--;
  text = text.slice(0, end).trimEnd();
  // The pattern's `.` stops at a line break inside the line (a lone "\r", U+2028): no heading.
  return /[\n\r\u2028\u2029]/.test(text) ? undefined : { level: level - 1, text };
}
