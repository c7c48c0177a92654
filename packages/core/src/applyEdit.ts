/**
 * Writing back. Every change Kith makes to a note is a {@link NoteEdit} that core computes (set
 * these fields, append this log line) and a host applies: the CLI to the file's text with
 * {@link applyEdit}, the plugin with {@link applyToFrontmatter} inside `processFrontMatter` and
 * {@link appendUnderHeading} inside `Vault.process`.
 *
 * The bar for {@link applyEdit}: no write ever damages or drops what was there. Everything it does
 * not mean to change stays byte for byte — other keys, their order and quoting, comments, blank
 * lines, the body, CRLF line endings, a BOM. Decisions beyond the design:
 * - An existing key keeps its spelling and place; only the bytes of its value are replaced, from
 *   after the `:` to the end of the value, with the spaces or tabs that end its line (a blank
 *   `snooze_until: ` gets no stray space after the new day). A comment after the value on the same
 *   line stays, and so do comment lines between the key and a value on later lines; the anchor or tag of the old
 *   value goes with it (a value with an anchor that an alias uses is refused: changing it would
 *   change the other key too).
 * - A string replacing a quoted value keeps its quotes (`'…'` or `"…"`); otherwise strings are
 *   plain when YAML reads them back as the same string under any common schema, else
 *   double-quoted. A link (`[[X]]`) is therefore always quoted, a date never.
 * - A day written over a daily-note link (`"[[2026-10-01]]"`, `'[[Daily/2026-10-01]]'`) is written
 *   as one, in the same folder and quotes (`overOld`, which the plugin's callback uses too); the
 *   log line keeps the design's plain `- YYYY-MM-DD kind` form.
 * - Text written over a list of one item or none (`- 2026-10-01`, `[]`: how Obsidian keeps a List
 *   property) is a list of one, so the property keeps its type; a day in it is never a link.
 * - A list replaces a flow list (`[a, b]`) as a flow list, anything else as a block list indented
 *   like the old one (or two spaces in); an empty list is `[]`.
 * - A field set to the value it already has leaves the bytes alone.
 * - A field the note lacks becomes the last line of the block, spelled as `keyMap.keyOf` says and
 *   indented like the other keys.
 * - Every result is read back before it is returned: if any other key, or the body, would read
 *   differently, the edit is refused rather than written.
 */
import { CORE_SCHEMA, load } from "js-yaml";
import {
  isAlias,
  isCollection,
  isPair,
  isScalar,
  parseDocument,
  visit,
  type CST,
  type Node as YamlNode,
} from "yaml";
import { FIELD_KEYS, normalizeKey, type Field, type KeyMap } from "./frontmatter";
import { splitFrontmatter, unclosedFrontmatter } from "./frontmatterBlock";
import { fail, ok, type Result } from "./result";
import { appendToBody, expectedOf, keepsOld, listOf, newlineOf, overOld, type EditValue, type NoteEdit } from "./edits";
// ---------------------------------------------------------------------------------------------
// Applying an edit to a note's text

/**
 * Applies an edit to a note's text and returns the new text. Only the fields set and the log
 * line change; a note whose frontmatter is not valid YAML is refused and must be left as it is.
 *
 * @example
 * applyEdit("---\nLast Contacted: 2026-01-05 # by hand\n---\nHi\n", { path: "People/Jane.md", set: { lastContact: "2026-11-20" } }, keyMap)
 * // { ok: true, value: "---\nLast Contacted: 2026-11-20 # by hand\n---\nHi\n" }
 */
export function applyEdit(text: string, edit: NoteEdit, keyMap: KeyMap): Result<string> {
  const nl = newlineOf(text);
  let out = text;
  // Each field set or added to, in order: its own read, change and check of the text.
  const changes: [string, (text: string, field: Field) => Result<string>][] = [];
  for (const [field, value] of Object.entries(edit.set) as [string, EditValue | undefined][]) {
    if (value !== undefined) changes.push([field, (t, f) => setField(t, f, value, keyMap, edit.path, nl)]);
  }
  for (const [field, items] of Object.entries(edit.add ?? {}) as [string, readonly string[] | undefined][]) {
    if (items !== undefined && items.length > 0) {
      changes.push([field, (t, f) => addToField(t, f, items, keyMap, edit.path, nl)]);
    }
  }
  if (unclosedFrontmatter(text)) {
    return fail(
      `${edit.path}: the frontmatter is never closed; add a line "---" after the last property, then try again; ${untouched}`,
    );
  }
  // A change reads the frontmatter anyway; a log line alone must not go into a bad note either.
  const split = splitFrontmatter(text);
  if (split.yaml !== undefined && changes.length === 0) {
    const read = readYaml(split.yaml, edit.path);
    if (!read.ok) return read;
  }
  for (const [field, change] of changes) {
    if (!Object.hasOwn(FIELD_KEYS, field)) {
      return fail(
        `${edit.path}: "${field}" is not a Kith field; use one of ${Object.keys(FIELD_KEYS).join(", ")}`,
      );
    }
    const next = change(out, field as Field);
    if (!next.ok) return next;
    out = next.value;
  }
  if (edit.appendLog !== undefined) {
    out = appendToBody(out, edit.appendLog.heading, edit.appendLog.line, nl);
  }
  return ok(out);
}

const BLANK_OR_COMMENT = /^[ \t]*(?:#.*)?\r?$/;

/** js-yaml's reading; null for a block of only blank and comment lines, which js-yaml refuses. */
function loadYaml(yaml: string): unknown {
  return yaml.split("\n").every((line) => BLANK_OR_COMMENT.test(line))
    ? null
    : load(yaml, { schema: CORE_SCHEMA });
}

interface ReadYaml {
  readonly data: Record<string, unknown>;
  readonly doc: ReturnType<typeof parseDocument>;
}

const untouched = "the note was left untouched";

/**
 * Reads the frontmatter with both libraries: js-yaml (how Kith reads notes) and yaml (where the
 * bytes are). Either refusing it refuses the edit.
 */
function readYaml(yaml: string, path: string): Result<ReadYaml> {
  let data: unknown;
  try {
    data = loadYaml(yaml);
  } catch (error) {
    const e = error as { reason?: string; mark?: { line?: number }; message?: string };
    // +2: the mark counts from the YAML's first line (0), the file from the `---` line (1).
    const line = e.mark?.line === undefined ? "" : ` (line ${e.mark.line + 2})`;
    return fail(
      `${path}: frontmatter is not valid YAML${line}: ${e.reason ?? e.message ?? "unreadable YAML"}; ${untouched}`,
    );
  }
  const doc = parseDocument(yaml, { keepSourceTokens: true });
  const error = doc.errors[0];
  if (error !== undefined) {
    const at = error.linePos?.[0];
    const line = at === undefined ? "" : ` (line ${at.line + 1})`;
    const reason =
      error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? "unreadable YAML";
    return fail(`${path}: frontmatter is not valid YAML${line}: ${reason}; ${untouched}`);
  }
  if (data === null || data === undefined) return ok({ data: {}, doc });
  if (typeof data !== "object" || Array.isArray(data)) {
    return fail(
      `${path}: frontmatter is not a list of "key: value" lines (found ${Array.isArray(data) ? "a list" : "a single value"}); ${untouched}`,
    );
  }
  const contents = doc.contents;
  if (isCollection(contents) && contents.flow === true) {
    return fail(
      `${path}: frontmatter is written as one {…} mapping; write it as "key: value" lines to let Kith edit it; ${untouched}`,
    );
  }
  return ok({ data: data as Record<string, unknown>, doc });
}

/** Sets one field in a note's text: in place when the note has the key, else as a new line. */
function setField(
  text: string,
  field: Field,
  value: EditValue,
  keyMap: KeyMap,
  path: string,
  nl: string,
): Result<string> {
  const split = splitFrontmatter(text);
  if (split.yaml === undefined) {
    const key = keyMap.keyOf[field];
    const block = `---${nl}${valueLines(value, keyText(key), "", nl)}${nl}---${nl}`;
    return checked(
      text,
      text.slice(0, split.yamlStart) + block + text.slice(split.yamlStart),
      {},
      key,
      expectedOf(value),
      path,
    );
  }
  const yaml = split.yaml;
  const read = readYaml(yaml, path);
  if (!read.ok) return read;
  const { data, doc } = read.value;
  const found = findPair(doc, field, keyMap);
  let key: string;
  let newYaml: string;
  if (found === undefined) {
    key = keyMap.keyOf[field];
    const map = doc.contents;
    const indent =
      isCollection(map) && map.range != null ? " ".repeat(columnOf(yaml, map.range[0])) : "";
    const line = valueLines(value, keyText(key), indent, nl);
    // The closing fence follows a line break, unless the block is empty (`---` right after `---`).
    newYaml = yaml + line + nl;
  } else {
    key = found.key;
    if (keepsOld(field, data[key], value)) return ok(text);
    value = overOld(data[key], value);
    if (deepEqual(data[key], expectedOf(value))) return ok(text);
    const replaced = replaceValue(yaml, doc, found, value, nl, path);
    if (!replaced.ok) return replaced;
    newYaml = replaced.value;
  }
  const out = text.slice(0, split.yamlStart) + newYaml + text.slice(split.yamlStart + yaml.length);
  return checked(text, out, data, key, expectedOf(value), path);
}

/**
 * Appends items to a list field. A block or flow list gets them after its last item, every byte
 * before it kept (comments too); a single value becomes the first item of a new list; a field the
 * note lacks, or an empty one, is set to the items.
 */
function addToField(
  text: string,
  field: Field,
  items: readonly string[],
  keyMap: KeyMap,
  path: string,
  nl: string,
): Result<string> {
  const split = splitFrontmatter(text);
  let old: unknown;
  if (split.yaml !== undefined) {
    const yaml = split.yaml;
    const read = readYaml(yaml, path);
    if (!read.ok) return read;
    const { data, doc } = read.value;
    const found = findPair(doc, field, keyMap);
    old = found === undefined ? undefined : data[found.key];
    const node = found?.value ?? null;
    // Items added to a list that another key repeats (`told: &t …`, `also: *t`) would be added
    // there too. Anchors on its items stay as they are.
    const anchor = node === null ? undefined : aliasedAnchor(doc, node, false);
    if (found !== undefined && anchor !== undefined) return aliasRefusal(path, found.key, anchor);
    if (found !== undefined && Array.isArray(old) && node !== null && isCollection(node)) {
      const appended = appendItems(yaml, node, items, nl);
      if (appended !== undefined) {
        const out = text.slice(0, split.yamlStart) + appended + text.slice(split.yamlStart + yaml.length);
        return checked(text, out, data, found.key, [...(old as unknown[]), ...items], path);
      }
    }
  }
  const head = listOf(old);
  if (!head.every((item): item is string => typeof item === "string")) {
    return fail(
      `${path}: "${keyMap.keyOf[field]}" holds values that are not text, which Kith cannot keep while adding ${items.join(", ")}; add it by hand; ${untouched}`,
    );
  }
  return setField(text, field, [...head, ...items], keyMap, path, nl);
}

/**
 * The YAML with `items` after the last item of a non-empty list: in a flow list before its `]`,
 * in a block list as lines like the last one's after it (a comment on that line stays there).
 * Undefined for a list of another shape, which is written whole instead.
 */
function appendItems(
  yaml: string,
  list: YamlNode,
  items: readonly string[],
  nl: string,
): string | undefined {
  if (!isCollection(list) || isMapNode(list)) return undefined;
  const last = list.items[list.items.length - 1] as YamlNode | undefined;
  if (last?.range == null) return undefined;
  const end = endOf(last, yaml);
  if (list.flow === true) {
    const added = items.map((item) => `, ${scalarText(item, "flow", "plain")}`).join("");
    return yaml.slice(0, end) + added + yaml.slice(end);
  }
  // The last item's dash and the space after it, without the item's anchor or tag, if any.
  const before = yaml.slice(lineStartOf(yaml, last.range[0]), last.range[0]);
  const dash = /^([ \t]*-[ \t]+)(?:[&!][^ \t]*[ \t]+)*$/.exec(before)?.[1];
  if (dash === undefined) return undefined;
  let lineEnd = yaml.indexOf("\n", end);
  if (lineEnd === -1) lineEnd = yaml.length;
  if (yaml[lineEnd - 1] === "\r") lineEnd--;
  const added = items.map((item) => `${nl}${dash}${scalarText(item, "block", "plain")}`).join("");
  return yaml.slice(0, lineEnd) + added + yaml.slice(lineEnd);
}

/**
 * The write's own proof: the new text must read as the old one with only `key` changed, and the
 * body must be the same. A failure here is a bug in this module, so it is refused, not written.
 */
function checked(
  before: string,
  after: string,
  data: Record<string, unknown>,
  key: string,
  value: unknown,
  path: string,
): Result<string> {
  const old = splitFrontmatter(before);
  const now = splitFrontmatter(after);
  let reread: unknown;
  try {
    reread = now.yaml === undefined ? undefined : (loadYaml(now.yaml) ?? {});
  } catch {
    reread = undefined;
  }
  const expected: Record<string, unknown> = { ...data, [key]: value };
  const sameBody = before.slice(old.bodyStart) === after.slice(now.bodyStart);
  if (sameBody && deepEqual(reread, expected)) return ok(after);
  return fail(
    `${path}: Kith could not set "${key}" without changing the rest of the note; ${untouched}. Please report this with a copy of the frontmatter`,
  );
}

interface FoundPair {
  readonly key: string;
  readonly keyStart: number;
  /** Just after the `:` of the pair. */
  readonly colonEnd: number;
  readonly value: YamlNode | null;
  readonly sep: readonly CST.SourceToken[];
}

/** The first top-level pair whose key is one of the field's spellings. */
function findPair(
  doc: ReturnType<typeof parseDocument>,
  field: Field,
  keyMap: KeyMap,
): FoundPair | undefined {
  const map = doc.contents;
  if (!isCollection(map)) return undefined;
  for (const pair of map.items) {
    if (!isPair(pair) || !isScalar(pair.key) || pair.key.range == null) continue;
    const key = String(pair.key.value);
    if (keyMap.fieldOf.get(normalizeKey(key)) !== field) continue;
    const sep = pair.srcToken?.sep ?? [];
    const colon = sep.find((t) => t.type === "map-value-ind");
    if (colon === undefined) continue;
    const value = pair.value as YamlNode | null;
    return { key, keyStart: pair.key.range[0], colonEnd: colon.offset + 1, value, sep };
  }
  return undefined;
}

type OldStyle = "empty" | "plain" | "single" | "double" | "flow" | "block";

function styleOf(node: YamlNode | null): OldStyle {
  if (node === null) return "empty";
  if (isScalar(node)) {
    if (node.value === null && node.range != null && node.range[0] === node.range[1])
      return "empty";
    if (node.type === "QUOTE_SINGLE") return "single";
    if (node.type === "QUOTE_DOUBLE") return "double";
    return "plain";
  }
  if (isCollection(node)) return node.flow === true ? "flow" : "block";
  return "plain";
}

/** Replaces the value of a found pair: the bytes from after its `:` to the end of its value. */
function replaceValue(
  yaml: string,
  doc: ReturnType<typeof parseDocument>,
  found: FoundPair,
  value: EditValue,
  nl: string,
  path: string,
): Result<string> {
  const node = found.value;
  const style = styleOf(node);
  // Every anchor in the old value goes with it, one on a list item too (`- &d 2026-10-01`).
  const anchor = node === null ? undefined : aliasedAnchor(doc, node, true);
  if (anchor !== undefined) return aliasRefusal(path, found.key, anchor);
  const start = found.colonEnd;
  let end = style === "empty" || node === null ? start : endOf(node, yaml);
  // Spaces or tabs that end the line (`snooze_until: ` left blank) would trail the new value.
  end += /^[ \t]*(?=\r?\n|$)/.exec(yaml.slice(end))?.[0].length ?? 0;
  // What sits between the `:` and the value: comments are kept, props and indentation are not.
  let lineComment = "";
  const laterComments: string[] = [];
  let onKeyLine = true;
  let space = "";
  for (const token of found.sep) {
    if (token.offset < start || token.offset >= end) continue;
    if (token.type === "newline") onKeyLine = false;
    else if (token.type === "comment") {
      if (onKeyLine) lineComment = `${space === "" ? " " : space}${token.source}`;
      else
        laterComments.push(
          `${nl}${yaml.slice(lineStartOf(yaml, token.offset), token.offset)}${token.source}`,
        );
    }
    space = token.type === "space" ? token.source : "";
  }
  const block = Array.isArray(value) && value.length > 0 && style !== "flow";
  if (block && lineComment === "") {
    // A comment after an old value on the key line stays on the key line, above the new list.
    const after = /^[ \t]+#[^\r\n]*/.exec(yaml.slice(end));
    if (after !== null) {
      lineComment = after[0];
      end += after[0].length;
    }
  }
  const keyColumn = columnOf(yaml, found.keyStart);
  const indent =
    style === "block" &&
    node !== null &&
    isCollection(node) &&
    !isMapNode(node) &&
    node.range != null
      ? columnOf(yaml, node.range[0])
      : keyColumn + 2;
  let text: string;
  if (block) {
    const items = (value as readonly string[]).map(
      (item) => `${nl}${" ".repeat(indent)}- ${scalarText(item, "block", "plain")}`,
    );
    text = lineComment + laterComments.join("") + items.join("");
  } else {
    const prefer = style === "single" || style === "double" ? style : "plain";
    const inline =
      style === "flow" && Array.isArray(value)
        ? ` ${flowList(value as readonly string[])}`
        : inlineValue(value, prefer);
    text = inline + lineComment + laterComments.join("");
  }
  return ok(yaml.slice(0, start) + text + yaml.slice(end));
}

function isMapNode(node: YamlNode): boolean {
  return isCollection(node) && node.items.some((item) => isPair(item));
}

/**
 * An anchor of `node` (with `within`, or of any node inside it) that an alias outside it repeats:
 * the value that alias reads would change with the node.
 */
function aliasedAnchor(
  doc: ReturnType<typeof parseDocument>,
  node: YamlNode,
  within: boolean,
): string | undefined {
  const anchors = new Set<string>();
  const anchorOf = (n: unknown): void => {
    if ((isScalar(n) || isCollection(n)) && n.anchor !== undefined) anchors.add(n.anchor);
  };
  anchorOf(node);
  if (within) visit(node, { Node: (_, n) => anchorOf(n) });
  if (anchors.size === 0) return undefined;
  const [from, to] = node.range ?? [0, 0];
  let aliased: string | undefined;
  visit(doc, {
    Alias(_, alias) {
      const at = alias.range?.[0] ?? -1;
      if (anchors.has(alias.source) && (at < from || at >= to)) {
        aliased = alias.source;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return aliased;
}

function aliasRefusal(path: string, key: string, anchor: string): Result<never> {
  return fail(
    `${path}: "${key}" has the YAML anchor &${anchor}, which another key repeats with *${anchor}; edit it by hand, or write that key's value out; ${untouched}`,
  );
}

/**
 * Where a value really ends: the library's ranges run on over trailing comments and line breaks
 * (a block list, a block scalar), and an empty value sits where its comment starts.
 */
function endOf(node: YamlNode, src: string): number {
  if (
    (isScalar(node) || isAlias(node) || (isCollection(node) && node.flow === true)) &&
    node.range != null
  ) {
    return trimEnd(src, node.range[1]);
  }
  if (isCollection(node)) {
    const last = node.items[node.items.length - 1];
    if (isPair(last)) {
      const v = last.value as YamlNode | null;
      if (v !== null && v.range != null) return endOf(v, src);
      const k = last.key as YamlNode | null;
      if (k !== null && k.range != null) return trimEnd(src, k.range[1]);
    } else if (last !== undefined && last !== null) {
      return endOf(last as YamlNode, src);
    }
    if (node.range != null) return trimEnd(src, node.range[1]);
  }
  return trimEnd(src, node.range?.[1] ?? src.length);
}

function trimEnd(src: string, at: number): number {
  let i = at;
  while (i > 0 && /[ \t\r\n]/.test(src[i - 1] ?? "")) i--;
  return i;
}

function lineStartOf(src: string, offset: number): number {
  return src.lastIndexOf("\n", offset - 1) + 1;
}

function columnOf(src: string, offset: number): number {
  return offset - lineStartOf(src, offset);
}

// ---------------------------------------------------------------------------------------------
// Values as Obsidian writes them

/** `key:` followed by the value, as one line or a block list on the next lines. */
function valueLines(value: EditValue, key: string, indent: string, nl: string): string {
  if (Array.isArray(value) && value.length > 0) {
    const items = (value as readonly string[]).map(
      (item) => `${nl}${indent}  - ${scalarText(item, "block", "plain")}`,
    );
    return `${indent}${key}:${items.join("")}`;
  }
  return `${indent}${key}:${inlineValue(value, "plain")}`;
}

/** The text after `key:` for a value on the key line: ` value`, or nothing for null. */
function inlineValue(value: EditValue, prefer: "plain" | "single" | "double"): string {
  if (value === null) return "";
  if (Array.isArray(value)) return ` ${flowList(value as readonly string[])}`;
  return ` ${scalarText(value as string | number | boolean, "block", prefer)}`;
}

function flowList(items: readonly string[]): string {
  return `[${items.map((item) => scalarText(item, "flow", "plain")).join(", ")}]`;
}

function keyText(key: string): string {
  return isPlainSafe(key, "block") ? key : doubleQuoted(key);
}

function scalarText(
  value: string | number | boolean,
  context: "block" | "flow",
  prefer: "plain" | "single" | "double",
): string {
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return ".nan";
    if (!Number.isFinite(value)) return value > 0 ? ".inf" : "-.inf";
    // String(-0) is "0": keep the sign, as YAML reads "-0" back.
    return Object.is(value, -0) ? "-0" : String(value);
  }
  if (prefer === "single" && !UNPRINTABLE.test(value)) return `'${value.replace(/'/g, "''")}'`;
  if (prefer === "double" || !isPlainSafe(value, context)) return doubleQuoted(value);
  return value;
}

// Characters YAML cannot hold as they are: C0/C1 controls, DEL, line and paragraph separators, BOM.
// eslint-disable-next-line no-control-regex -- these are exactly the characters to find
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
// eslint-disable-next-line no-control-regex -- as above, plus the two that end a double-quoted string
const ESCAPED = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff"\\]/g;
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  "\n": "\\n",
  "\t": "\\t",
  "\r": "\\r",
  '"': '\\"',
  "\\": "\\\\",
};

function doubleQuoted(s: string): string {
  const body = s.replace(
    ESCAPED,
    (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return `"${body}"`;
}

// Words some YAML reader takes for a boolean or null (YAML 1.1 says yes/no/on/off).
const SPECIAL_WORDS = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;
// Anything that looks like a number to some YAML reader, but not a date: dates stay plain.
const NUMBERISH = /^[-+]?(?:\.?\d[\d_:.,]*(?:[eE][-+]?\d+)?|0[xob][\da-f_]+|\.(?:inf|nan))$/i;
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Whether a string can be written without quotes and read back as the same string. */
function isPlainSafe(s: string, context: "block" | "flow"): boolean {
  if (s === "" || s !== s.trim() || UNPRINTABLE.test(s)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s)) return false;
  if (/:(?:\s|$)|\s#/.test(s)) return false;
  if (context === "flow" && /[,[\]{}]/.test(s)) return false;
  if (SPECIAL_WORDS.test(s)) return false;
  if (NUMBERISH.test(s) && !DATE_LIKE.test(s)) return false;
  try {
    const read = load(context === "flow" ? `k: [${s}]` : `k: ${s}`, { schema: CORE_SCHEMA }) as {
      k?: unknown;
    };
    return context === "flow"
      ? Array.isArray(read.k) && read.k.length === 1 && read.k[0] === s
      : read.k === s;
  } catch {
    return false;
  }
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  const ra = a as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && deepEqual(ra[k], rb[k]));
}

