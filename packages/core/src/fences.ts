/**
 * Fenced code blocks, as Markdown (CommonMark) and Obsidian read them: a line starting with three
 * or more backticks or tildes opens a block, and only a line of the same character, at least as
 * many and nothing else, closes it ("```" inside a "````" block is code). Indentation is allowed,
 * as in a list item. Headings, log lines and tags inside a block are code, not the note's.
 */
// A line may still end in the "\r" of a CRLF note.
const FENCE = /^\s*(`{3,}|~{3,})(.*)\r?$/;

/**
 * The fence open after `line`, given the one open before it (`undefined`: outside a block).
 *
 * @example fenceAfter(undefined, "~~~js") // "~~~"
 * @example fenceAfter("````", "```") // "````"
 */
export function fenceAfter(open: string | undefined, line: string): string | undefined {
  const m = FENCE.exec(line);
  if (m === null) return open;
  const run = m[1] ?? "";
  const rest = m[2] ?? "";
  if (open === undefined) return run.startsWith("`") && rest.includes("`") ? undefined : run;
  return run[0] === open[0] && run.length >= open.length && rest.trim() === "" ? undefined : open;
}

/** Where the next line that may be a fence could start, from `from`: a cheap skip for long bodies. */
export function nextFenceAt(body: string, from: number): number {
  const ticks = body.indexOf("```", from);
  const tildes = body.indexOf("~~~", from);
  return ticks === -1 ? tildes : tildes === -1 ? ticks : Math.min(ticks, tildes);
}
