/**
 * Who to ask about an organisation: the people who work there, and the people who know someone
 * who does, ranked by how warm the tie is and how the favours between you stand.
 *
 * Score of a candidate (higher first; ties by name, then path):
 *
 * ```text
 * score = warmth                                  0–100, see warmth.ts
 *       + 50   if they work at the org            a direct referral needs no second hop
 *       + clamp(5 · (gives − asks), −20, +20)     what you gave them, less what you asked
 *       − 25   if you asked them within config.askCooldownDays
 * ```
 */
import { giveAskBalance, type GiveAskBalance } from "./balance";
import type { Contact } from "./contact";
import { addDays, formatDayShort, type Day } from "./day";
import { toDay } from "./followUps";
import { basename, nameKey, parseWikiLink } from "./links";
import type { Network } from "./network";
import type { Result } from "./result";
import type { NoteRef } from "./values";
import { describeWarmth, warmth } from "./warmth";

/** How a candidate is connected to the org. */
export type Connection = "works-there" | "knows-someone-there";

/** Someone at the org that a candidate knows, and the latest sign of it. */
export interface Insider {
  readonly path: string;
  readonly name: string;
  /** The day you last saw them together (or made the intro). */
  readonly date: Day;
  /**
   * What brought them together: an interaction's kind ("meeting", "intro"…); for a give note,
   * "intro" when what you gave mentions one, else "give".
   */
  readonly kind: string;
  /** The interaction or give note that shows it. */
  readonly source: string;
}

export interface AskCandidate {
  /** The contact's note. */
  readonly path: string;
  readonly name: string;
  readonly connection: Connection;
  readonly role: string | undefined;
  /** For `knows-someone-there`: the people there they know, most recent first. Empty otherwise. */
  readonly knows: readonly Insider[];
  readonly warmth: number;
  readonly balance: GiveAskBalance;
  /** See the module's formula. */
  readonly score: number;
  /** "Works at Acme Corp as Staff Engineer; warm (72); you've given 2, asked 0". */
  readonly reason: string;
}

export interface WhoToAsk {
  /** The org as Kith names it: the org note's name, else the text contacts give. */
  readonly org: { readonly name: string; readonly paths: readonly string[] };
  /** Best first. */
  readonly candidates: readonly AskCandidate[];
}

export interface WhoToAskOptions {
  /** At most this many candidates (default: all). */
  readonly limit?: number;
}

const WORKS_THERE_BONUS = 50;
const PER_FAVOUR = 5;
const BALANCE_CAP = 20;
const RECENT_ASK_PENALTY = 25;

/**
 * Who to ask about `org`: matched, case-insensitively, against org notes (path, name or alias)
 * and against the plain-text `org` of contacts. A contact works there when their `org` links to
 * a matching org note or its text is one of the org's names. Someone knows a person there when
 * both were in one interaction (an intro, a meeting with two people; not a crowd at an `event`
 * unless events count), or one give names both, or an intro or a give to them links the insider
 * in its text (`gave: intro to "[[Jane Doe]]"`). Interactions after `today` have not happened
 * yet. An org that nothing matches is a failure naming it; one that matches but where nobody
 * is connected is an empty list.
 *
 * Linear in the network: one pass over contacts, one over interactions and gives.
 *
 * @example
 * const r = whoToAsk(network, "Acme Corp", "2026-11-20");
 * if (r.ok) r.value.candidates.map((c) => c.reason);
 * // ["Works at Acme Corp as Staff Engineer; warm (72); you've given 2, asked 0",
 * //  "Knows Jane Doe at Acme Corp (meeting 3 Oct); cooling (31); you've given 0, asked 0"]
 */
export function whoToAsk(
  network: Network,
  org: string,
  today: string | Day,
  options: WhoToAskOptions = {},
): Result<WhoToAsk> {
  const day = toDay(today);
  const query = orgKey(org);
  if (query === "") return { ok: false, issues: ["name an org: its note, its name or an alias"] };

  // The org's notes and every name it goes by.
  const orgPaths = new Set<string>();
  const orgNames = new Set<string>([query]);
  let orgName: string | undefined;
  for (const o of [...network.orgs.values()].sort((a, b) => compareText(a.path, b.path))) {
    const keys = [
      nameKey(o.path),
      nameKey(basename(o.path)),
      nameKey(o.name),
      ...o.aliases.map(nameKey),
    ];
    if (!keys.includes(query)) continue;
    orgPaths.add(o.path);
    orgName ??= o.name;
    for (const k of keys) orgNames.add(k);
  }

  // The people who work there.
  const insiders = new Map<string, Contact>();
  for (const c of network.contacts.values()) {
    if (c.org === undefined || !worksAt(c.org, orgPaths, orgNames)) continue;
    insiders.set(c.path, c);
  }
  if (orgPaths.size === 0 && insiders.size === 0) {
    return {
      ok: false,
      issues: [
        `no org note and no contact's org matches "${org.trim()}"; check the spelling, or use the org note's name or an alias`,
      ],
    };
  }
  if (orgName === undefined) {
    const first = [...insiders.values()].sort((a, b) => compareText(a.path, b.path))[0];
    orgName = first?.org?.name ?? org.trim();
  }

  const knows = whoKnowsInsiders(network, insiders, day);

  const cooldown = network.config.askCooldownDays;
  const candidate = (c: Contact, connection: Connection, via: readonly Insider[]): AskCandidate => {
    const w = warmth(network, c.path, day);
    const balance = giveAskBalance(network, c.path);
    const askedRecently =
      balance.lastAsk !== undefined && balance.lastAsk <= day && day - balance.lastAsk < cooldown;
    const score =
      w +
      (connection === "works-there" ? WORKS_THERE_BONUS : 0) +
      clamp(PER_FAVOUR * (balance.gives - balance.asks), -BALANCE_CAP, BALANCE_CAP) -
      (askedRecently ? RECENT_ASK_PENALTY : 0);
    const how =
      connection === "works-there"
        ? `Works at ${orgName}${c.role === undefined ? "" : ` as ${c.role}`}`
        : knowsPhrase(via, orgName, day);
    const favours = `you've given ${balance.gives}, asked ${balance.asks}`;
    const wait =
      askedRecently && balance.lastAsk !== undefined
        ? `; asked ${formatDayShort(balance.lastAsk, day)}, so wait until ${formatDayShort(addDays(balance.lastAsk, cooldown), day)}`
        : "";
    return {
      path: c.path,
      name: c.name,
      connection,
      role: c.role,
      knows: via,
      warmth: w,
      balance,
      score,
      reason: `${how}; ${describeWarmth(w)}; ${favours}${wait}`,
    };
  };

  const candidates: AskCandidate[] = [];
  for (const c of insiders.values()) candidates.push(candidate(c, "works-there", []));
  for (const [path, via] of knows) {
    const c = network.contacts.get(path);
    if (c === undefined) continue;
    const list = [...via.values()].sort((a, b) => b.date - a.date || compareText(a.name, b.name));
    candidates.push(candidate(c, "knows-someone-there", list));
  }
  candidates.sort(
    (a, b) => b.score - a.score || compareText(a.name, b.name) || compareText(a.path, b.path),
  );
  const limited =
    options.limit === undefined ? candidates : candidates.slice(0, Math.max(0, options.limit));
  return { ok: true, value: { org: { name: orgName, paths: [...orgPaths] }, candidates: limited } };
}

/** Knower path → insider path → the latest sign that they know each other. */
function whoKnowsInsiders(
  network: Network,
  insiders: ReadonlyMap<string, Contact>,
  day: Day,
): Map<string, Map<string, Insider>> {
  const out = new Map<string, Map<string, Insider>>();
  if (insiders.size === 0) return out;

  // Insiders by every name a link in a text may use.
  const insiderByName = new Map<string, string>();
  for (const c of insiders.values()) {
    for (const k of [
      nameKey(c.path),
      nameKey(basename(c.path)),
      nameKey(c.name),
      ...c.aliases.map(nameKey),
    ]) {
      if (!insiderByName.has(k)) insiderByName.set(k, c.path);
    }
  }
  const linkedInsiders = (text: string | undefined): string[] => {
    if (text === undefined || !text.includes("[[")) return [];
    const found: string[] = [];
    for (const m of text.matchAll(/\[\[[^[\]]+\]\]/g)) {
      const link = parseWikiLink(m[0]);
      if (link === undefined) continue;
      const path =
        insiderByName.get(nameKey(link.target)) ??
        insiderByName.get(nameKey(basename(link.target)));
      if (path !== undefined) found.push(path);
    }
    return found;
  };

  const record = (
    people: readonly NoteRef[],
    named: readonly string[],
    sign: Omit<Insider, "path" | "name">,
  ) => {
    // Most interactions involve nobody at the org: find out before allocating anything.
    if (
      named.length === 0 &&
      !people.some((ref) => ref.path !== undefined && insiders.has(ref.path))
    ) {
      return;
    }
    const present = new Set<string>(named);
    const others = new Set<string>();
    for (const ref of people) {
      if (ref.path === undefined || !network.contacts.has(ref.path)) continue;
      if (insiders.has(ref.path)) present.add(ref.path);
      else others.add(ref.path);
    }
    if (present.size === 0 || others.size === 0) return;
    for (const knower of others) {
      let known = out.get(knower);
      if (known === undefined) {
        known = new Map();
        out.set(knower, known);
      }
      for (const insiderPath of present) {
        const prior = known.get(insiderPath);
        if (
          prior !== undefined &&
          (prior.date > sign.date || (prior.date === sign.date && prior.source <= sign.source))
        ) {
          continue;
        }
        const insider = insiders.get(insiderPath);
        known.set(insiderPath, {
          path: insiderPath,
          name: insider?.name ?? basename(insiderPath),
          ...sign,
        });
      }
    }
  };

  const counting = network.config.countingKinds;
  for (const i of network.interactions.values()) {
    // A crowd at an event is not an acquaintance; a meeting still to come has not happened.
    if (i.date > day || (!counting.includes(i.kind) && i.kind !== "intro")) continue;
    const named =
      i.kind === "intro" || i.gave !== undefined
        ? [...linkedInsiders(i.summary), ...linkedInsiders(i.gave)]
        : [];
    // A body log line names one person: it links nobody to anybody.
    if (i.with.length < 2 && named.length === 0) continue;
    record(i.with, named, { date: i.date, kind: i.kind, source: i.path });
  }
  for (const g of network.gives) {
    // Gives from interactions were seen above with their interaction.
    if (g.source !== "give" || g.date > day) continue;
    const kind = /\bintro/i.test(g.gave) ? "intro" : "give";
    record(g.to, linkedInsiders(g.gave), { date: g.date, kind, source: g.path });
  }
  return out;
}

function knowsPhrase(via: readonly Insider[], orgName: string, today: Day): string {
  const first = via[0];
  if (first === undefined) return `Knows someone at ${orgName}`;
  const sign = (v: Insider) => `${v.kind} ${formatDayShort(v.date, today)}`;
  const more = via.length - 1;
  const rest =
    more === 0
      ? ""
      : more === 1
        ? ` and ${via[1]?.name ?? "1 other"} there`
        : ` and ${more} others there`;
  return `Knows ${first.name} at ${orgName} (${sign(first)})${rest}`;
}

function worksAt(
  ref: NoteRef,
  orgPaths: ReadonlySet<string>,
  orgNames: ReadonlySet<string>,
): boolean {
  if (ref.path !== undefined && orgPaths.has(ref.path)) return true;
  return (
    orgNames.has(nameKey(ref.name)) ||
    orgNames.has(nameKey(ref.target)) ||
    orgNames.has(nameKey(basename(ref.target)))
  );
}

/** `"[[Orgs/Acme Corp|Acme]]"`, `Orgs/Acme Corp.md` and ` acme corp ` all become `orgs/acme corp` or `acme corp`. */
function orgKey(text: string): string {
  const link = parseWikiLink(text);
  return nameKey(link === undefined ? text : link.target);
}

const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
