import { CORE_SCHEMA, load } from "js-yaml";
import type { Diagnostic } from "./diagnostic";
import { fenceAfter } from "./fences";
import { splitFrontmatter, UNCLOSED_FRONTMATTER, unclosedFrontmatter } from "./frontmatterBlock";

/**
 * A note as Kith reads it: the path, the frontmatter as Obsidian hands it to plugins (dates as
 * strings, links as `"[[X]]"`, `null` for empty values) and the body. The plugin builds these
 * from Obsidian's metadata cache; {@link parseNote} builds them from a file's text.
 */
export interface NoteInput {
  readonly path: string;
  /** Absent when the note has no frontmatter, or its YAML does not parse. */
  readonly frontmatter?: Readonly<Record<string, unknown>> | undefined;
  /** The text after the frontmatter; needed for interaction log lines. */
  readonly body?: string | undefined;
  /** Tags from the body (`#person`), without `#`; frontmatter `tags` are read from frontmatter. */
  readonly tags?: readonly string[] | undefined;
  /** The day the note was created (`YYYY-MM-DD` in the user's time zone), if the host knows. */
  readonly created?: string | undefined;
  /** The file line (1-based) where the body starts, for messages about log lines. */
  readonly bodyLine?: number | undefined;
  /** Problems found while reading the file (see {@link parseNote}); carried into the network. */
  readonly diagnostics?: readonly Diagnostic[] | undefined;
}

export interface ParsedNote extends NoteInput {
  /** Problems with the file itself (malformed YAML): the note still loads, without frontmatter. */
  readonly diagnostics: readonly Diagnostic[];
  readonly bodyLine: number;
}

/**
 * Reads a markdown file. Never throws: malformed YAML becomes an error diagnostic (with its line)
 * and the note loads without frontmatter, as in Obsidian. Dates stay strings under any time
 * zone, because the YAML schema used has no timestamp type.
 *
 * @example parseNote("People/Jane.md", "---\nmet: 2026-11-20\n---\n").frontmatter // { met: "2026-11-20" }
 */
export function parseNote(path: string, text: string): ParsedNote {
  const split = splitFrontmatter(text);
  const body = text.slice(split.bodyStart);
  const tags = bodyTags(body);
  const bodyLine = split.yaml === undefined ? 1 : countLines(text, split.bodyStart) + 1;
  if (split.yaml === undefined) {
    const diagnostics: Diagnostic[] = unclosedFrontmatter(text)
      ? [{ path, severity: "error", message: UNCLOSED_FRONTMATTER }]
      : [];
    return { path, body, tags, bodyLine, diagnostics };
  }
  // js-yaml throws on a document with nothing in it; a block of blank or comment lines is empty.
  if (split.yaml.split("\n").every((line) => /^\s*(?:#|$)/.test(line))) {
    return { path, frontmatter: {}, body, tags, bodyLine, diagnostics: [] };
  }
  let data: unknown;
  try {
    data = load(split.yaml, { schema: CORE_SCHEMA });
  } catch (error) {
    const e = error as { reason?: string; mark?: { line?: number }; message?: string };
    // +2: the mark counts from the YAML's first line (0), the file from the `---` line (1).
    const line = e.mark?.line === undefined ? "" : ` (line ${e.mark.line + 2})`;
    const reason = e.reason ?? e.message ?? "unreadable YAML";
    const { fix, key } = yamlFix(reason, split.yaml.split("\n")[e.mark?.line ?? -1]);
    return {
      path,
      body,
      tags,
      bodyLine,
      diagnostics: [
        {
          path,
          severity: "error",
          message: `frontmatter is not valid YAML${line}: ${reason}; the note is read without it and left untouched. ${fix}`,
          ...(key === undefined ? {} : { key }),
        },
      ],
    };
  }
  if (data === null || data === undefined) return { path, frontmatter: {}, body, tags, bodyLine, diagnostics: [] };
  if (typeof data !== "object" || Array.isArray(data)) {
    return {
      path,
      body,
      tags,
      bodyLine,
      diagnostics: [
        {
          path,
          severity: "error",
          message: `frontmatter is not a list of "key: value" lines (found ${Array.isArray(data) ? "a list" : "a single value"})`,
        },
      ],
    };
  }
  return { path, frontmatter: data as Record<string, unknown>, body, tags, bodyLine, diagnostics: [] };
}

const TAG = /(?:^|\s)#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu;

/** Inline `#tags` of a body (not in code). Cheap when the body has no `#`. */
function bodyTags(body: string): readonly string[] | undefined {
  if (!body.includes("#")) return undefined;
  const found = new Set<string>();
  let fence: string | undefined;
  for (const line of body.split("\n")) {
    const before = fence;
    fence = fenceAfter(fence, line);
    // A fence, code, or a markdown heading is not a tag.
    if (before !== undefined || fence !== undefined || /^\s{0,3}#{1,6}\s/.test(line)) continue;
    for (const m of line.matchAll(TAG)) if (m[1] !== undefined) found.add(m[1].toLowerCase());
  }
  return found.size === 0 ? undefined : [...found];
}

function countLines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * What would mend YAML that js-yaml refused, for its most common causes in hand-written
 * properties: a key given twice (named), tabs, else unquoted values.
 */
function yamlFix(reason: string, lineText: string | undefined): { fix: string; key?: string } {
  if (reason.startsWith("duplicated mapping key")) {
    const key = /^\s*(?:["']([^"']*)["']|([^:#]+?))\s*:/.exec(lineText ?? "");
    const name = key?.[1] ?? key?.[2];
    if (name !== undefined) return { fix: `"${name}" is given twice; keep one of its lines`, key: name };
    return { fix: "A key is given twice; keep one of its lines" };
  }
  if (reason.includes("tab characters")) return { fix: "Indent with spaces, not tabs" };
  return { fix: 'Quote values that contain ": " or start with "[", "{", "@" or "#"' };
}
