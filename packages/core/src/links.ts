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

/** The notes that go by one name: one path, or a list of two or more while the name is shared. */
type Paths = string | string[];

/**
 * Finds notes by path, base name or alias. Kept current one note at a time (`add`/`remove`),
 * so the incremental index never rebuilds it.
 */
export class NameIndex {
  /** Base name key → the notes with that base name; a path is found among them too. */
  readonly #byBase = new Map<string, Paths>();
  readonly #byAlias = new Map<string, Paths>();
  /**
   * Path key → the note it finds, kept only where the paths of two notes differ by case alone (a
   * case-sensitive disk): the note added last, or `null` once one of them is removed, as a map of
   * every path would answer. Every other path key finds the one note of its base name that has it.
   */
  readonly #pathClashes = new Map<string, string | null>();
  /**
   * Link target as written → what {@link find} answered (`null`: nothing). A vault links the same
   * few names over and over; any change of names empties it.
   */
  readonly #found = new Map<string, string | readonly string[] | null>();

  add(names: NoteNames): void {
    this.#changed();
    const base = nameKey(basename(names.path));
    push(this.#byBase, base, names.path);
    this.#notePathKey(base, names.path, names.path);
    for (const alias of names.aliases) push(this.#byAlias, nameKey(alias), names.path);
  }

  remove(names: NoteNames): void {
    this.#changed();
    const base = nameKey(basename(names.path));
    pull(this.#byBase, base, names.path);
    this.#notePathKey(base, names.path, null);
    for (const alias of names.aliases) pull(this.#byAlias, nameKey(alias), names.path);
  }

  /** After `path` was added or removed: what its path key finds, if another note shares the key. */
  #notePathKey(base: string, path: string, answer: string | null): void {
    const paths = this.#byBase.get(base);
    // Alone under its base name (or gone with it), no other note can have its path key: the
    // usual case, no work.
    if (paths === undefined || paths === path) {
      if (this.#pathClashes.size > 0) this.#pathClashes.delete(nameKey(path));
      return;
    }
    const key = nameKey(path);
    const shared = typeof paths === "string" ? nameKey(paths) === key : paths.some((p) => p !== path && nameKey(p) === key);
    if (shared) this.#pathClashes.set(key, answer);
    else this.#pathClashes.delete(key);
  }

  /**
   * Resolves a link target or a plain name: by path (`folder/X`), then base name, then alias.
   * `ambiguous` lists the candidates when a name fits more than one note.
   */
  resolve(target: string): Resolution {
    const found = this.find(target);
    if (found === undefined) return {};
    return typeof found === "string" ? { path: found } : { ambiguous: [...found].sort() };
  }

  /**
   * As {@link resolve}, without making an answer: the one path, or the candidates (two or more,
   * in no particular order; do not change the list), or `undefined` when no note has the name.
   */
  find(target: string): string | readonly string[] | undefined {
    let found = this.#found.get(target);
    if (found === undefined) {
      found = this.#lookup(target) ?? null;
      if (this.#found.size >= 100_000) this.#found.clear();
      this.#found.set(target, found);
    }
    return found ?? undefined;
  }

  /** Every path whose base name another note has too. */
  *sharedBaseNames(): IterableIterator<string> {
    for (const paths of this.#byBase.values()) if (typeof paths !== "string") yield* paths;
  }

  /** Every path that goes by this base name (two or more is a clash to report). */
  notesNamed(name: string): readonly string[] {
    return listOf(this.#byBase.get(nameKey(name)));
  }

  /**
   * Every alias key that another note has too, as an alias or as its base name: the key, the notes
   * with that alias, and the notes with that base name (do not change the lists). A walk of the
   * aliases alone, which most notes have none of.
   */
  *aliasClashes(): IterableIterator<readonly [string, readonly string[], readonly string[]]> {
    for (const [key, paths] of this.#byAlias) {
      const holders = listOf(paths);
      const named = listOf(this.#byBase.get(key));
      if (holders.length > 1 || named.some((p) => p !== holders[0])) yield [key, holders, named];
    }
  }

  #lookup(target: string): string | readonly string[] | undefined {
    const key = nameKey(target);
    if (key.includes("/")) {
      // A note with this path has the path's base name: it is among these.
      const found = this.#byBase.get(nameKey(basename(key)));
      if (found === undefined) return undefined;
      const candidates = typeof found === "string" ? [found] : found;
      const clash = this.#pathClashes.get(key);
      if (clash === undefined) {
        for (const p of candidates) if (nameKey(p) === key) return p;
      } else if (clash !== null) return clash;
      // Obsidian also accepts a link by a trailing part of the path.
      const matches = candidates.filter((p) => nameKey(p).endsWith(`/${key}`));
      return matches.length === 0 ? undefined : matches.length === 1 ? matches[0] : matches;
    }
    return this.#byBase.get(key) ?? this.#byAlias.get(key);
  }

  #changed(): void {
    if (this.#found.size > 0) this.#found.clear();
  }
}

export type Resolution =
  | { readonly path: string; readonly ambiguous?: undefined }
  | { readonly path?: undefined; readonly ambiguous: readonly string[] }
  | { readonly path?: undefined; readonly ambiguous?: undefined };

const listOf = (paths: Paths | undefined): readonly string[] =>
  paths === undefined ? [] : typeof paths === "string" ? [paths] : paths;

function push(map: Map<string, Paths>, key: string, path: string): void {
  const paths = map.get(key);
  if (paths === undefined) map.set(key, path);
  else if (typeof paths === "string") {
    if (paths !== path) map.set(key, [paths, path]);
  } else if (!paths.includes(path)) paths.push(path);
}

function pull(map: Map<string, Paths>, key: string, path: string): void {
  const paths = map.get(key);
  if (paths === undefined) return;
  if (typeof paths === "string") {
    if (paths === path) map.delete(key);
    return;
  }
  const i = paths.indexOf(path);
  if (i !== -1) paths.splice(i, 1);
  if (paths.length === 1) map.set(key, paths[0] as string);
  else if (paths.length === 0) map.delete(key);
}
