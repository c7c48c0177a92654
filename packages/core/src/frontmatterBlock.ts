/**
 * Where a note's frontmatter block is. No YAML parsing here, so hosts that only need the block's
 * place (appending to a body) do not bundle a YAML library.
 */

export interface FrontmatterSplit {
  /** The YAML between the fences, or undefined when the note has no frontmatter block. */
  readonly yaml: string | undefined;
  /** Offset in the text (after any BOM) where the YAML starts. */
  readonly yamlStart: number;
  /** Offset where the body starts. */
  readonly bodyStart: number;
  readonly bom: boolean;
}

const BOM = "\uFEFF";

/**
 * Finds the frontmatter block: `---` on the first line, closed by a line of `---` (or `...`).
 * CRLF, a BOM, an empty block and `---` later in the body are all handled.
 *
 * @example splitFrontmatter("---\na: 1\n---\nbody").yaml // "a: 1\n"
 */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const bom = text.startsWith(BOM);
  const start = bom ? 1 : 0;
  const none = { yaml: undefined, yamlStart: start, bodyStart: start, bom };
  if (!text.startsWith("---", start)) return none;
  let open = start + 3;
  while (text[open] === " " || text[open] === "\t") open++;
  if (text[open] === "\r") open++;
  if (text[open] !== "\n") return none;
  const yamlStart = open + 1;
  let lineStart = yamlStart;
  while (lineStart <= text.length) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd).replace(/[\r\t ]+$/, "");
    if (line === "---" || line === "...") {
      return {
        yaml: text.slice(yamlStart, lineStart),
        yamlStart,
        bodyStart: nl === -1 ? text.length : nl + 1,
        bom,
      };
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return none;
}

// An opening `---` followed at once by a line that reads as a property, `key:` or `key: value`,
// maybe after comment lines (prose after a horizontal rule has a blank line before it). A rule
// and a heading followed by such a line read so too: refusing a write there is the safe mistake.
const OPENED_PROPERTIES = /^\uFEFF?---[ \t]*\r?\n(?:#.*\r?\n)*[^\s#:][^\r\n:]*:(?:[ \t]|\r?\n|$)/;

/**
 * Whether a note opens a block of properties that no line of `---` closes. Obsidian then reads
 * the note as having no properties; a writer must not put a new block above the old one, which
 * would leave the user's properties in the body for good. A note that opens with a horizontal
 * rule followed by prose is not such a block.
 *
 * @example unclosedFrontmatter("---\ntype: contact\n# Jane\n") // true
 */
export function unclosedFrontmatter(text: string): boolean {
  return OPENED_PROPERTIES.test(text) && splitFrontmatter(text).yaml === undefined;
}


/** What `kith check` and Obsidian's Show problems say of a note for which {@link unclosedFrontmatter} holds. */
export const UNCLOSED_FRONTMATTER =
  'the frontmatter is never closed: line 1 opens it with "---" but no later line is "---", so the note is read without its properties and left untouched; add a line "---" after the last property';
