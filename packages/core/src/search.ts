// The basic build: no extended or logical queries, which Kith does not use, for a smaller bundle.
import Fuse, { type FuseSortFunctionArg, type IFuseOptions } from "fuse.js/basic";
import type { Contact } from "./contact";
import type { Network } from "./network";

/** What search sees of a contact. */
interface SearchDoc {
  readonly path: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly org: string;
  readonly role: string;
  readonly tags: readonly string[];
}

export interface SearchHit {
  readonly path: string;
  readonly name: string;
  readonly org: string | undefined;
  readonly role: string | undefined;
  /**
   * 0 is a perfect match, 1 no match at all (Fuse.js's score). Hits come name matches first, so
   * a later hit may score lower.
   */
  readonly score: number;
}

export interface SearchOptions {
  /** At most this many hits (default 20). */
  readonly limit?: number;
}

/**
 * Fuse.js scores a field that equals the query 0 (counted as Number.EPSILON) and one that only
 * contains it 0.001; that gap outweighs the key weights, so "mercer" listed the people at Mercer
 * above "Mercer Lee". Hits whose name or an alias contains the query come first; Fuse.js's score
 * orders the rest.
 */
const EXACT_MATCH = 0.001;
const byName = (r: FuseSortFunctionArg): number =>
  r.matches?.some(
    (m) => (m.key.id === "name" || m.key.id === "aliases") && m.score <= EXACT_MATCH,
  ) === true
    ? 0
    : 1;

const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: [
    { name: "name", weight: 3 },
    { name: "aliases", weight: 2 },
    { name: "org", weight: 1 },
    { name: "role", weight: 1 },
    { name: "tags", weight: 1 },
  ],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.35,
  // Diacritics should not hide "José" from "jose".
  ignoreDiacritics: true,
  sortFn: (a, b) => byName(a) - byName(b) || a.score - b.score || a.idx - b.idx,
};

const toDoc = (c: Contact): SearchDoc => ({
  path: c.path,
  name: c.name,
  aliases: c.aliases,
  org: c.org?.name ?? "",
  role: c.role ?? "",
  tags: c.tags,
});

/**
 * Fuzzy search over contacts' names, aliases, org, role and tags (Fuse.js). Built once, then kept
 * current one contact at a time with {@link SearchIndex.put} and {@link SearchIndex.delete}.
 */
export class SearchIndex {
  readonly #fuse: Fuse<SearchDoc>;
  readonly #docs = new Map<string, SearchDoc>();

  constructor(contacts: Iterable<Contact>) {
    const docs: SearchDoc[] = [];
    for (const c of contacts) {
      const doc = toDoc(c);
      docs.push(doc);
      this.#docs.set(c.path, doc);
    }
    this.#fuse = new Fuse(docs, FUSE_OPTIONS, Fuse.createIndex(FUSE_OPTIONS.keys ?? [], docs));
  }

  /** Adds or replaces a contact. */
  put(contact: Contact): void {
    const doc = toDoc(contact);
    const old = this.#docs.get(contact.path);
    if (old !== undefined) {
      if (sameDoc(old, doc)) return;
      this.#fuse.remove((d) => d.path === contact.path);
    }
    this.#docs.set(contact.path, doc);
    this.#fuse.add(doc);
  }

  delete(path: string): void {
    if (!this.#docs.delete(path)) return;
    this.#fuse.remove((d) => d.path === path);
  }

  /**
   * @example index.search("jane").map((h) => h.name) // ["Jane Doe", …]
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const q = query.trim();
    if (q === "") return [];
    const limit = options.limit ?? 20;
    return this.#fuse.search(q, { limit }).map(({ item, score }) => ({
      path: item.path,
      name: item.name,
      org: item.org === "" ? undefined : item.org,
      role: item.role === "" ? undefined : item.role,
      score: score ?? 0,
    }));
  }
}

function sameDoc(a: SearchDoc, b: SearchDoc): boolean {
  return (
    a.name === b.name &&
    a.org === b.org &&
    a.role === b.role &&
    a.aliases.join("\n") === b.aliases.join("\n") &&
    a.tags.join("\n") === b.tags.join("\n")
  );
}

const indexes = new WeakMap<Network, SearchIndex>();

/**
 * Searches a network's contacts. The index is built on the first search of a network and reused;
 * the incremental `NetworkIndex` keeps its own index current instead.
 *
 * @example search(network, "acme platform").map((h) => h.name)
 */
export function search(network: Network, query: string, options: SearchOptions = {}): SearchHit[] {
  let index = indexes.get(network);
  if (index === undefined) {
    index = new SearchIndex(network.contacts.values());
    indexes.set(network, index);
  }
  return index.search(query, options);
}
