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

