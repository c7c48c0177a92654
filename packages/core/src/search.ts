// uFuzzy finds the candidates: compiled regular expressions tested against each field, for the
// words as typed anywhere, or with one typo (a letter left out, added, swapped or mistyped) at
// the start of a word. It keeps no index, so a change costs nothing and a search over 10,000
// contacts takes a few milliseconds; the ranking below is Kith's own, since what a match means
// depends on which field it is in.
import uFuzzy from "@leeoniya/ufuzzy";
import type { Contact } from "./contact";
import type { Network } from "./network";

export interface SearchHit {
  readonly path: string;
  readonly name: string;
  readonly org: string | undefined;
  readonly role: string | undefined;
  /**
   * 0 is a perfect match (the query is the name), 1 no match at all. Lower is better: a name
   * beats an alias, an alias beats an org, an org beats a role or a tag; within a field, the
   * whole field beats the start of a word, which beats the middle of one, which beats a typo.
   */
  readonly score: number;
  /** The field of the best match: a command that writes to the person found trusts only a name or an alias. */
  readonly field: SearchField;
  /** How that field matched (see {@link MATCH_COST}). */
  readonly match: SearchMatch;
}

export interface SearchOptions {
  /** At most this many hits (default 20). */
  readonly limit?: number;
}

/** The fields search looks at, and what a match in each costs before how well it matched. */
const FIELD_COST = { name: 0, alias: 0.05, org: 0.15, role: 0.2, tag: 0.2 } as const;
export type SearchField = keyof typeof FIELD_COST;

/** How well a field matched, best first (added to the field's cost). */
const MATCH_COST = {
  /** The field is the query. */
  whole: 0,
  /** Every word of the query is a word of the field ("raman", "doe jane"). */
  word: 0.03,
  /** The query starts a word of the field: less the more of the field it covers. */
  wordStart: 0.05,
  /** Every word of the query starts a word of the field, in another order or with gaps. */
  words: 0.1,
  /** The query is inside a word. */
  inside: 0.2,
  /** Only with a typo. */
  typo: 0.3,
} as const;
export type SearchMatch = keyof typeof MATCH_COST;

/** One field of one contact, folded for matching. */
interface Entry {
  readonly path: string;
  readonly field: SearchField;
  readonly text: string;
}

/** A contact as search holds it: its entries are folded on the first search that needs them. */
interface Held {
  readonly contact: Contact;
  entries: readonly Entry[] | undefined;
}

/** The two ways a field can match, for one alphabet. */
interface Matchers {
  /** Each word of the query as typed, anywhere in a field ("lin" finds "Fjordline"). */
  readonly asTyped: uFuzzy;
  /**
   * Each word with one typo, but only at the start of a word of the field and never in its first
   * letter; words under four letters must be exact ("al" is not "el"). Anywhere, a typo finds too
   * much: "alxe" would find "Morales" by dropping the x.
   */
  readonly withTypo: uFuzzy;
}

function matchers(alphabet: uFuzzy.Options): Matchers {
  return {
    asTyped: new uFuzzy({ ...alphabet, intraMode: 0, intraIns: 0 }),
    withTypo: new uFuzzy({
      ...alphabet,
      interLft: 2,
      intraMode: 1,
      intraRules: (term: string) => {
        const e = term.length >= 4 ? 1 : 0;
        return { intraSlice: [1, Infinity], intraIns: e, intraSub: e, intraTrn: e, intraDel: e };
      },
    }),
  };
}

/**
 * Letters of every script (uFuzzy's universal settings), and a-z only, which is about twice as
 * fast: folding leaves Latin names in a-z, so a query in a-z cannot match anything the universal
 * settings would find and a-z would not, but for a word that mixes scripts.
 */
const UNIVERSAL = matchers({
  unicode: true,
  interSplit: "[^\\p{L}\\d']+",
  intraSplit: null,
  intraBound: "\\p{L}\\d|\\d\\p{L}",
  interBound: "[^\\p{L}\\d]",
  intraChars: "[\\p{L}\\d']",
  intraContr: "'\\p{L}{1,2}\\b",
});
// The text is folded to lower case first: no splits at a change of case.
const LATIN = matchers({ intraSplit: null, intraBound: "[a-z][0-9]|[0-9][a-z]" });
// A query of up to three words, its words in any order ("smith jane"); more would cost too much.
const OUT_OF_ORDER = 3;

/**
 * Lower case without accents, so that "jose" finds "José" and "cagri" finds "Çağrı": what NFD
 * splits off is dropped, and the letters it does not split are spelled out.
 */
function fold(text: string): string {
  // Most names are plain ASCII: no normalisation to pay for.
  if (ASCII.test(text)) return text.toLowerCase().trim();
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ıłøđðþßæœ]/g, (c) => FOLDED[c] ?? c)
    .trim();
}

const ASCII = /^[\x20-\x7e]*$/;
const FOLDED: Readonly<Record<string, string>> = {
  ı: "i",
  ł: "l",
  ø: "o",
  đ: "d",
  ð: "d",
  þ: "th",
  ß: "ss",
  æ: "ae",
  œ: "oe",
};

const WORD_CHAR = /[\p{L}\d]/u;
/** Whether a word of `text` starts at `at`. */
const startsWordAt = (text: string, at: number): boolean =>
  at === 0 || !WORD_CHAR.test(text.charAt(at - 1));

/** How `query` (folded, split into `words`) matches `text` (folded), which uFuzzy found to match. */
function matchOf(text: string, query: string, words: readonly string[]): SearchMatch {
  if (text === query) return "whole";
  if (words.every((w) => isAWord(text, w))) return "word";
  if (startsAWord(text, query)) return "wordStart";
  if (words.length > 1 && words.every((w) => startsAWord(text, w))) return "words";
  if (text.includes(query)) return "inside";
  return "typo";
}

/** Whether `word` is a whole word of `text`. */
function isAWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (startsWordAt(text, at) && !WORD_CHAR.test(text.charAt(at + word.length))) return true;
  }
  return false;
}

function startsAWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (startsWordAt(text, at)) return true;
  }
  return false;
}

function entriesOf(c: Contact): Entry[] {
  const entries: Entry[] = [];
  const add = (field: SearchField, text: string | undefined): void => {
    const folded = text === undefined ? "" : fold(text);
    if (folded !== "") entries.push({ path: c.path, field, text: folded });
  };
  add("name", c.name);
  for (const a of c.aliases) add("alias", a);
  add("org", c.org?.name);
  add("role", c.role);
  for (const t of c.tags) add("tag", t);
  return entries;
}

/**
 * Fuzzy search over contacts' names, aliases, org, role and tags. Built once, then kept current
 * one contact at a time with {@link SearchIndex.put} and {@link SearchIndex.delete}.
 */
export class SearchIndex {
  readonly #held = new Map<string, Held>();
  /** Every entry of every contact, as uFuzzy searches them; gathered again after a change. */
  #entries: Entry[] | undefined;
  #haystack: string[] = [];

  /** Cheap: nothing is folded until the first search. */
  constructor(contacts: Iterable<Contact>) {
    for (const c of contacts) this.#held.set(c.path, { contact: c, entries: undefined });
  }

  /** Adds or replaces a contact. */
  put(contact: Contact): void {
    const held = this.#held.get(contact.path);
    if (held !== undefined && sameSearchText(held.contact, contact)) return;
    this.#held.set(contact.path, { contact, entries: undefined });
    this.#entries = undefined;
  }

  delete(path: string): void {
    if (this.#held.delete(path)) this.#entries = undefined;
  }

  /**
   * @example index.search("jane").map((h) => h.name) // ["Jane Doe", …]
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    // A word starting with "-" would exclude it (uFuzzy's syntax): a name never means that.
    const q = fold(query)
      .replace(/(^|\s)-+/g, "$1")
      .trim();
    if (q === "") return [];
    const limit = options.limit ?? 20;
    const entries = this.#entriesNow();
    const { asTyped, withTypo } = ASCII.test(q) ? LATIN : UNIVERSAL;
    const words = asTyped.split(q);
    const best = new Map<string, { score: number; field: SearchField; match: SearchMatch }>();
    // uFuzzy's own ranking is not used (info threshold 0): only which entries matched.
    const outOfOrder = Math.min(words.length, OUT_OF_ORDER);
    const [typed] = asTyped.search(this.#haystack, q, outOfOrder, 0);
    const [typo] = withTypo.search(this.#haystack, q, outOfOrder, 0);
    for (const i of new Set([...(typed ?? []), ...(typo ?? [])])) {
      const e = entries[i] as Entry;
      const match = matchOf(e.text, q, words);
      const score =
        FIELD_COST[e.field] +
        MATCH_COST[match] +
        (match === "wordStart" ? 0.04 * (1 - q.length / e.text.length) : 0);
      const was = best.get(e.path);
      if (was === undefined || score < was.score) best.set(e.path, { score, field: e.field, match });
    }
    const hits: SearchHit[] = [];
    for (const [path, how] of best) {
      const c = (this.#held.get(path) as Held).contact;
      hits.push({ path, name: c.name, org: c.org?.name, role: c.role, ...how });
    }
    hits.sort(
      (a, b) => a.score - b.score || a.name.localeCompare(b.name) || (a.path < b.path ? -1 : 1),
    );
    return hits.slice(0, limit);
  }

  #entriesNow(): readonly Entry[] {
    if (this.#entries === undefined) {
      const entries: Entry[] = [];
      for (const held of this.#held.values()) {
        held.entries ??= entriesOf(held.contact);
        for (const e of held.entries) entries.push(e);
      }
      this.#entries = entries;
      this.#haystack = entries.map((e) => e.text);
    }
    return this.#entries;
  }
}

/** Whether two versions of a contact read the same to search (a re-link makes a new object). */
function sameSearchText(a: Contact, b: Contact): boolean {
  return (
    a.name === b.name &&
    a.org?.name === b.org?.name &&
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
