// How Obsidian reads a note: the frontmatter block, its YAML, the links in it, and the few body
// structures a sidebar plugin uses (headings, inline tags, links). See OBSIDIAN-FACTS.md.
import type * as obsidian from "obsidian";
import { parse, stringify } from "yaml";

/** Where a note's frontmatter block is (offsets into the note's text). */
export interface FrontmatterBlock {
  /** The YAML between the fences. */
  readonly yaml: string;
  /** Offset where the YAML starts, after the opening `---` line. */
  readonly from: number;
  /** Offset where the closing `---` starts. */
  readonly to: number;
  /** Offset just after the closing `---` (Obsidian's `frontmatterPosition.end`). */
  readonly end: number;
  /** Offset of the body: after the closing `---` and its line break. */
  readonly contentStart: number;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/;

/** The frontmatter block: `---` on the first line, closed by a `---` line; else `null`. */
export function findFrontmatter(text: string): FrontmatterBlock | null {
  const opening = OPENING.exec(text);
  if (!opening) return null;
  const from = opening[0].length;
  let lineStart = from;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, "");
    if (CLOSING.test(line)) {
      return {
        yaml: text.slice(from, lineStart),
        from,
        to: lineStart,
        end: lineStart + 3,
        contentStart: newline < 0 ? text.length : newline + 1,
      };
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return null;
}

export type YamlResult = { ok: true; value: unknown } | { ok: false; error: Error };

/**
 * YAML as Obsidian reads frontmatter: the YAML 1.2 core schema, so `2026-03-14` stays a string
 * (never a `Date` shifted by the time zone), `yes` stays a string, an empty value is `null`.
 * Explicit tags (`!!timestamp`) are not resolved either.
 */
export function parseYamlText(yaml: string): YamlResult {
  try {
    return {
      ok: true,
      value: parse(yaml, { schema: "core", resolveKnownTags: false, logLevel: "error" }),
    };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/** Obsidian's `parseYaml`: throws when the YAML does not parse. */
export function parseYaml(yaml: string): unknown {
  const result = parseYamlText(yaml);
  if (!result.ok) throw result.error;
  return result.value;
}

/**
 * Obsidian's `stringifyYaml`, as `processFrontMatter` writes a block: block lists indented under
 * their key, links double-quoted, empty values as `null`, no line folding. Comments are gone
 * because the input is a plain object.
 */
export function stringifyYaml(obj: unknown): string {
  return stringify(obj, { schema: "core", lineWidth: 0, minContentWidth: 0 });
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Obsidian's `getFrontMatterInfo`. */
export function getFrontMatterInfo(content: string): obsidian.FrontMatterInfo {
  const block = findFrontmatter(content);
  if (!block) return { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
  return {
    exists: true,
    frontmatter: block.yaml,
    from: block.from,
    to: block.to,
    contentStart: block.contentStart,
  };
}

// --- Links ---------------------------------------------------------------------------------

const WHOLE_WIKILINK = /^\[\[([^[\]]+)\]\]$/;
const WIKILINK = /(!?)\[\[([^[\]]+)\]\]/g;

/** `Note#Heading|Alias` → link `Note#Heading`, display text `Alias` (or `Note > Heading`). */
function splitWikilink(inner: string): { link: string; displayText: string } {
  const bar = inner.indexOf("|");
  const link = bar < 0 ? inner : inner.slice(0, bar);
  if (bar >= 0) return { link, displayText: inner.slice(bar + 1) };
  const hash = link.indexOf("#");
  const displayText = hash < 0 ? link : `${link.slice(0, hash)} > ${link.slice(hash + 1)}`;
  return { link, displayText };
}

/**
 * One entry per frontmatter string that is a whole `[[link]]`, keyed by its property path
 * (`org`, `goals_known.0`). An unquoted `[[X]]` parsed as a nested list holds the string `X`,
 * which is not a link, so it gets no entry — as in Obsidian.
 */
function frontmatterLinks(
  frontmatter: Record<string, unknown>,
): obsidian.FrontmatterLinkCache[] {
  const links: obsidian.FrontmatterLinkCache[] = [];
  const visit = (key: string, value: unknown): void => {
    if (typeof value === "string") {
      const match = WHOLE_WIKILINK.exec(value);
      if (match?.[1] !== undefined)
        links.push({ key, ...splitWikilink(match[1]), original: value });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(`${key}.${i}`, item));
    } else if (isPlainObject(value)) {
      for (const [k, v] of Object.entries(value)) visit(`${key}.${k}`, v);
    }
  };
  for (const [key, value] of Object.entries(frontmatter)) visit(key, value);
  return links;
}

// --- The cache entry -------------------------------------------------------------------------

/** Line starts of a text, to turn offsets into `{ line, col, offset }`. */
function locator(text: string): (offset: number) => obsidian.Loc {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, col: offset - (starts[lo] ?? 0), offset };
  };
}

const HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
// CommonMark's thematic break: three or more of one of `-`, `*`, `_`, spaces between allowed.
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
// A tag: `#` after a line start or whitespace, then letters, digits, `_`, `-`, `/`; not all digits.
const TAG = /(^|\s)(#[\p{L}\p{N}_/-]+)/gu;

/**
 * What `metadataCache.getFileCache` holds for a markdown note: `frontmatter` (only when the block
 * parses to a mapping), `frontmatterLinks` (only when there are some), `frontmatterPosition`
 * (whenever there is a block), and from the body `headings`, `tags` and `links`/`embeds`
 * (each only when non-empty), and of `sections` only a first thematic break (a note opening with
 * `---` that no later `---` closes, which Obsidian renders as a horizontal rule). Not computed:
 * the other sections, `listItems`, `blocks`, footnotes.
 */
export function computeMetadata(text: string): obsidian.CachedMetadata {
  const cache: obsidian.CachedMetadata = {};
  const at = locator(text);
  const block = findFrontmatter(text);
  if (block) {
    const result = parseYamlText(block.yaml);
    if (result.ok && isPlainObject(result.value)) {
      cache.frontmatter = result.value;
      const links = frontmatterLinks(result.value);
      if (links.length > 0) cache.frontmatterLinks = links;
    }
    cache.frontmatterPosition = { start: at(0), end: at(block.end) };
  } else {
    const first = /^[^\n]*/.exec(text)?.[0].replace(/\r$/, "") ?? "";
    if (THEMATIC_BREAK.test(first)) {
      cache.sections = [
        { type: "thematicBreak", position: { start: at(0), end: at(first.length) } },
      ];
    }
  }

  const headings: obsidian.HeadingCache[] = [];
  const tags: obsidian.TagCache[] = [];
  const links: obsidian.LinkCache[] = [];
  const embeds: obsidian.EmbedCache[] = [];
  let fence: string | null = null;
  let offset = block ? block.contentStart : 0;
  for (const rawLine of text.slice(offset).split("\n")) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const line = rawLine.replace(/\r$/, "");
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch?.[1]?.startsWith(fence)) fence = null;
      continue;
    }
    if (fenceMatch?.[1] !== undefined) {
      fence = fenceMatch[1];
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading?.[1] !== undefined && heading[2] !== undefined) {
      headings.push({
        heading: heading[2],
        level: heading[1].length,
        position: { start: at(lineStart), end: at(lineStart + line.length) },
      });
    }
    // Inline code is not scanned; blanking it keeps the offsets.
    const scanned = line.replace(/`[^`]*`/g, (code) => " ".repeat(code.length));
    for (const match of scanned.matchAll(TAG)) {
      const tag = match[2] ?? "";
      if (/^#\d+$/.test(tag)) continue;
      const start = lineStart + (match.index ?? 0) + (match[1] ?? "").length;
      tags.push({ tag, position: { start: at(start), end: at(start + tag.length) } });
    }
    for (const match of scanned.matchAll(WIKILINK)) {
      const start = lineStart + (match.index ?? 0);
      const original = line.slice(match.index ?? 0, (match.index ?? 0) + match[0].length);
      const ref = {
        ...splitWikilink(match[2] ?? ""),
        original,
        position: { start: at(start), end: at(start + original.length) },
      };
      (match[1] === "!" ? embeds : links).push(ref);
    }
  }
  if (headings.length > 0) cache.headings = headings;
  if (tags.length > 0) cache.tags = tags;
  if (links.length > 0) cache.links = links;
  if (embeds.length > 0) cache.embeds = embeds;
  return deepFreeze(cache);
}

/** Freezes an object graph, so a plugin that mutates Obsidian's cache fails in a test. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The note with its frontmatter replaced by `frontmatter`, as `processFrontMatter` writes it:
 * the whole block re-serialised (a block is added at the top when there was none), the body
 * kept byte for byte. An emptied frontmatter removes the block.
 */
export function replaceFrontmatter(text: string, frontmatter: Record<string, unknown>): string {
  const block = findFrontmatter(text);
  const body = block ? text.slice(block.contentStart) : text;
  if (Object.keys(frontmatter).length === 0) return body;
  return `---\n${stringifyYaml(frontmatter)}---\n${body}`;
}
