// What core reads of a note, taken from what Obsidian already parsed: the frontmatter object of
// the metadata cache (handed on as it is, never copied or changed), body tags from the cache,
// the creation day from the file's stats. The text of a note is only needed, and only read, for
// notes whose cache shows a heading named like the log heading (the interaction log lines live
// under it) and for notes whose frontmatter Obsidian could not read or never saw closed (to say why).
import {
  splitFrontmatter,
  UNCLOSED_FRONTMATTER,
  unclosedFrontmatter,
  type Diagnostic,
  type NoteInput,
} from "@kith/core";
import { getFrontMatterInfo, parseYaml, type CachedMetadata, type TFile } from "obsidian";
import { localDay } from "../localDay";

/**
 * Whether building the note's input needs its text, or the cache alone will do. Asked of every
 * note of the vault on a build: a heading is lower-cased only when its length could match
 * (lower-casing never shortens a text; "İ" even lengthens it).
 */
export function needsText(cache: CachedMetadata, logHeading: string): boolean {
  if (mayHaveBrokenFrontmatter(cache)) return true;
  const wanted = logHeading.trim().toLowerCase();
  return (
    cache.headings?.some((h) => {
      const text = h.heading.trim();
      return text.length <= wanted.length && text.toLowerCase() === wanted;
    }) ?? false
  );
}

/**
 * The note as core reads it. `text` is the note's current text, given when {@link needsText}
 * says so: then the body goes along (for the log lines) and an unreadable frontmatter becomes a
 * diagnostic.
 */
export function noteInputOf(file: TFile, cache: CachedMetadata, text?: string): NoteInput {
  const input: {
    path: string;
    frontmatter?: Readonly<Record<string, unknown>>;
    tags?: readonly string[];
    created: string;
    body?: string;
    bodyLine?: number;
    diagnostics?: readonly Diagnostic[];
  } = { path: file.path, created: localDay(new Date(file.stat.ctime)) };
  if (cache.frontmatter !== undefined) input.frontmatter = cache.frontmatter;
  const tags = bodyTags(cache);
  if (tags !== undefined) input.tags = tags;
  if (text !== undefined) {
    const info = getFrontMatterInfo(text);
    const bodyStart = info.exists ? info.contentStart : 0;
    input.body = text.slice(bodyStart);
    input.bodyLine = lineOf(text, bodyStart);
    if (mayHaveBrokenFrontmatter(cache)) {
      const problem = info.exists
        ? frontmatterProblem(file.path, info.frontmatter)
        : neverClosed(text)
          ? { path: file.path, severity: "error" as const, message: UNCLOSED_FRONTMATTER }
          : undefined;
      if (problem !== undefined) input.diagnostics = [problem];
    }
  }
  return input;
}

/**
 * Obsidian has no frontmatter for the note, though it may have meant to: a block whose YAML did
 * not parse (it shows as `frontmatterPosition`, or as a first section of type `yaml`), or a first
 * line of `---` that no later `---` closes, which Obsidian reads as a horizontal rule (a first
 * section of type `thematicBreak`) and its properties as text. The note's text tells which.
 */
function mayHaveBrokenFrontmatter(cache: CachedMetadata): boolean {
  if (cache.frontmatter !== undefined) return false;
  const first = cache.sections?.[0];
  return (
    cache.frontmatterPosition !== undefined ||
    first?.type === "yaml" ||
    (first?.type === "thematicBreak" && first.position.start.line === 0)
  );
}

/**
 * Whether a note opens a block of properties that Obsidian does not see closed: no later line
 * closes it, or only one that Obsidian does not take as the end (YAML's "...", which core reads
 * as one). Obsidian reads such a note as having no properties.
 */
export function neverClosed(text: string): boolean {
  return (
    unclosedFrontmatter(text) ||
    (splitFrontmatter(text).yaml !== undefined && !getFrontMatterInfo(text).exists)
  );
}

/** Inline `#tags` of the body, without `#`, lower case (frontmatter tags core reads itself). */
function bodyTags(cache: CachedMetadata): readonly string[] | undefined {
  if (cache.tags === undefined || cache.tags.length === 0) return undefined;
  return [...new Set(cache.tags.map((t) => t.tag.replace(/^#/, "").toLowerCase()))];
}

/** The 1-based line of an offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/**
 * Why Obsidian could not read a frontmatter block, in core's words for the same problem. Obsidian's
 * own YAML reader (`parseYaml`) says what is wrong, so none has to be bundled. An empty block is
 * not a problem.
 */
export function frontmatterProblem(path: string, yaml: string): Diagnostic | undefined {
  let reason: string;
  try {
    const value: unknown = parseYaml(yaml);
    if (value === null || value === undefined) return undefined;
    if (typeof value === "object" && !Array.isArray(value)) return undefined;
    reason = `it holds ${Array.isArray(value) ? "a list" : "a single value"}, not "key: value" lines`;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reason = message.split("\n")[0]?.trim() || "Obsidian could not read it";
  }
  return {
    path,
    severity: "error",
    message: `frontmatter is not valid YAML: ${reason}; the note is read without it and left untouched. Quote values that contain ": " or start with "[", "{", "@" or "#"`,
  };
}
