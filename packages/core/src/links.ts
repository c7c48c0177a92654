/**
 * Obsidian links in frontmatter values: `"[[X]]"`, `"[[X|shown]]"`, `"[[folder/X]]"`,
 * `"[[X#heading]]"`. A value that is not a link is plain text, which may still name a note.
 */
export interface WikiLink {
  /** The linked note as written: `folder/X` (no heading, no display text). */
  readonly target: string;
  readonly display?: string;
  readonly heading?: string;
}

/**
 * @example parseWikiLink("[[People/Jane Doe#Notes|Jane]]") // { target: "People/Jane Doe", heading: "Notes", display: "Jane" }
 * @example parseWikiLink("Jane Doe") // undefined
 */
export function parseWikiLink(text: string): WikiLink | undefined {
  const s = text.trim();
  if (!s.startsWith("[[") || !s.endsWith("]]")) return undefined;
  const inner = s.slice(2, -2);
  if (inner.includes("[[") || inner.includes("]]")) return undefined;
  const bar = inner.indexOf("|");
  const ref = bar === -1 ? inner : inner.slice(0, bar);
  const display = bar === -1 ? undefined : inner.slice(bar + 1).trim();
  const hash = ref.indexOf("#");
  const target = (hash === -1 ? ref : ref.slice(0, hash)).trim();
  const heading = hash === -1 ? undefined : ref.slice(hash + 1).trim();
  if (target === "") return undefined;
  return {
    target,
    ...(display !== undefined && display !== "" ? { display } : {}),
    ...(heading !== undefined && heading !== "" ? { heading } : {}),
  };
}

/** What a value shows a reader: the display text of a link, else its target's base name. */
export function linkDisplay(link: WikiLink): string {
  if (link.display !== undefined) return link.display;
  const slash = link.target.lastIndexOf("/");
  return slash === -1 ? link.target : link.target.slice(slash + 1);
}

/** The lookup form of a note name or path: lower case, no `.md`. */
export function nameKey(name: string): string {
  const n = name.trim().toLowerCase();
  return n.endsWith(".md") ? n.slice(0, -3) : n;
}

/** `People/Jane Doe.md` → `Jane Doe`. */
export function basename(path: string): string {
  const slash = path.lastIndexOf("/");
  const base = slash === -1 ? path : path.slice(slash + 1);
  return base.endsWith(".md") ? base.slice(0, -3) : base;
}

/** A note's names for link resolution. */
export interface NoteNames {
  readonly path: string;
  readonly aliases: readonly string[];
}

/**
 * Finds notes by path, base name or alias. Kept current one note at a time (`add`/`remove`),
 * so the incremental index never rebuilds it.
 */
export class NameIndex {
  readonly #byPath = new Map<string, string>();
  readonly #byBase = new Map<string, string[]>();
  readonly #byAlias = new Map<string, string[]>();

  add(names: NoteNames): void {
    this.#byPath.set(nameKey(names.path), names.path);
    push(this.#byBase, nameKey(basename(names.path)), names.path);
    for (const alias of names.aliases) push(this.#byAlias, nameKey(alias), names.path);
  }

  remove(names: NoteNames): void {
    this.#byPath.delete(nameKey(names.path));
    pull(this.#byBase, nameKey(basename(names.path)), names.path);
    for (const alias of names.aliases) pull(this.#byAlias, nameKey(alias), names.path);
  }

  /**
   * Resolves a link target or a plain name: by path (`folder/X`), then base name, then alias.
   * `ambiguous` lists the candidates when a name fits more than one note.
   */
  resolve(target: string): Resolution {
    const key = nameKey(target);
    if (key.includes("/")) {
      const byPath = this.#byPath.get(key);
      if (byPath !== undefined) return { path: byPath };
      // Obsidian also accepts a link by a trailing part of the path.
      const tail = nameKey(basename(key));
      const matches = (this.#byBase.get(tail) ?? []).filter((p) => nameKey(p).endsWith(`/${key}`));
      return fromCandidates(matches);
    }
    const byBase = this.#byBase.get(key);
    if (byBase !== undefined && byBase.length > 0) return fromCandidates(byBase);
    return fromCandidates(this.#byAlias.get(key) ?? []);
  }

  /** Every path that goes by this base name (two or more is a clash to report). */
  notesNamed(name: string): readonly string[] {
    return this.#byBase.get(nameKey(name)) ?? [];
  }
}

export type Resolution =
  | { readonly path: string; readonly ambiguous?: undefined }
  | { readonly path?: undefined; readonly ambiguous: readonly string[] }
  | { readonly path?: undefined; readonly ambiguous?: undefined };

function fromCandidates(paths: readonly string[]): Resolution {
  if (paths.length === 0) return {};
  if (paths.length === 1) return { path: paths[0] as string };
  return { ambiguous: [...paths].sort() };
}

function push(map: Map<string, string[]>, key: string, path: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [path]);
  else if (!list.includes(path)) list.push(path);
}

function pull(map: Map<string, string[]>, key: string, path: string): void {
  const list = map.get(key);
  if (list === undefined) return;
  const i = list.indexOf(path);
  if (i !== -1) list.splice(i, 1);
  if (list.length === 0) map.delete(key);
}
