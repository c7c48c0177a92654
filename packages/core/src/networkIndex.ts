import type { Ask } from "./ask";
import { defaultConfig, type KithConfig } from "./config";
import type { Contact } from "./contact";
import type { Day } from "./day";
import { compareDiagnostics, type Diagnostic } from "./diagnostic";
import type { KithEvent } from "./event";
import { compareFollowUps, followUpsOf, recentUpdates, toDay, type FollowUp } from "./followUps";
import { giveOfInteraction, type Give } from "./give";
import type { Goal } from "./goal";
import type { Interaction } from "./interaction";
import type { NoteKind } from "./kinds";
import { basename, NameIndex, nameKey, type NoteNames } from "./links";
import {
  configDiagnostics,
  duplicateNameDiagnostics,
  linkRecord,
  newestFirst,
  readContextFor,
  readNote,
  type Linker,
  type Network,
  type NoteRecord,
  type ReadContext,
} from "./network";
import type { NoteInput } from "./note";
import type { Org } from "./org";
import { SearchIndex, type SearchHit, type SearchOptions } from "./search";
import type { Update } from "./update";
import type { NoteRef } from "./values";

interface MutableActivity {
  interactions: Interaction[];
  asks: Ask[];
  gives: Give[];
}

/**
 * The network of a vault, kept current one note at a time: `upsert` a changed note, `remove` a
 * deleted one, `rename` a moved one. Each change costs what it touches — the note, the notes that
 * link to its names, and the follow-ups of the contacts involved — never a re-read of the vault.
 * This is what the Obsidian plugin feeds from the metadata cache.
 *
 * @example
 * const index = new NetworkIndex(config);
 * index.upsertAll(notes);
 * index.dueFollowUps({ today: "2026-11-25", within: 7 });
 * index.upsert(changedNote);
 */
export class NetworkIndex implements Linker {
  readonly config: KithConfig;
  readonly names = new NameIndex();
  readonly kindByPath = new Map<string, NoteKind | undefined>();
  readonly #ctx: ReadContext;
  readonly #inputs = new Map<string, NoteInput>();
  readonly #records = new Map<string, NoteRecord>();
  readonly #linked = new Map<string, NoteRecord>();
  /** Name key (lower-case base name or alias) → notes whose references use it. */
  readonly #referrers = new Map<string, Set<string>>();

  readonly #contacts = new Map<string, Contact>();
  readonly #interactions = new Map<string, Interaction>();
  readonly #asks = new Map<string, Ask>();
  readonly #gives = new Map<string, Give>();
  readonly #goals = new Map<string, Goal>();
  readonly #updates = new Map<string, Update>();
  readonly #events = new Map<string, KithEvent>();
  readonly #orgs = new Map<string, Org>();
  readonly #activity = new Map<string, MutableActivity>();
  readonly #search: SearchIndex;

  /** Follow-ups of every contact (any due day) for `#today`, sorted; per contact too. */
  #today: Day | undefined;
  #sorted: FollowUp[] = [];
  readonly #byContact = new Map<string, FollowUp[]>();
  #recentUpdates: readonly Update[] = [];

  #network: Network | undefined;
  #diagnostics: Diagnostic[] | undefined;
  #duplicates: Diagnostic[] | undefined;
  #version = 0;

  constructor(config: KithConfig = defaultConfig()) {
    this.config = config;
    this.#ctx = readContextFor(config);
    this.#search = new SearchIndex([]);
  }

  /** Grows with every change: a cheap way for views to know they are stale. */
  get version(): number {
    return this.#version;
  }

  /** Loads many notes at once (the first build): links are resolved once, at the end. */
  upsertAll(notes: Iterable<NoteInput>): void {
    const touched: string[] = [];
    for (const note of notes) {
      const old = this.#records.get(note.path);
      if (old !== undefined) this.#forgetRecord(old);
      const record = readNote(note, this.#ctx);
      this.#inputs.set(note.path, note);
      this.#rememberRecord(record);
      touched.push(note.path);
    }
    const affected = new Set<string>();
    const linked = new Set(touched);
    for (const path of touched) this.#relink(path, affected);
    // Notes already here whose links may now resolve differently (the new ones were linked
    // against every name above, so they are not linked twice).
    for (const path of this.#referrersOfNames(touched.map((p) => this.#records.get(p)?.names))) {
      if (!linked.has(path)) this.#relink(path, affected);
    }
    this.#changed(affected, true);
  }

  /** Adds or replaces one note. */
  upsert(note: NoteInput): void {
    const old = this.#records.get(note.path);
    const record = readNote(note, this.#ctx);
    this.#inputs.set(note.path, note);
    this.#replace(note.path, old, record);
  }

  /** Forgets a deleted note. */
  remove(path: string): void {
    const old = this.#records.get(path);
    if (old === undefined) return;
    this.#inputs.delete(path);
    this.#replace(path, old, undefined);
  }

  /** A note moved: its links and the links to it follow. */
  rename(from: string, to: string): void {
    const note = this.#inputs.get(from);
    if (note === undefined || from === to) return;
    this.remove(from);
    this.upsert({ ...note, path: to });
  }

  has(path: string): boolean {
    return this.#records.has(path);
  }

  /** The network as it is now. The maps are live; treat them as read-only. */
  get network(): Network {
    if (this.#network === undefined) {
      // The arrays are made on first use: a change must not pay for a sort of every diagnostic.
      const allGives = this.#gives;
      const diagnostics = () => this.diagnostics();
      let gives: Give[] | undefined;
      this.#network = {
        config: this.config,
        contacts: this.#contacts,
        interactions: this.#interactions,
        asks: this.#asks,
        get gives() {
          return (gives ??= [...allGives.values()]);
        },
        goals: this.#goals,
        updates: this.#updates,
        events: this.#events,
        orgs: this.#orgs,
        activity: this.#activity,
        get diagnostics() {
          return diagnostics();
        },
      };
    }
    return this.#network;
  }

  /** Every diagnostic, sorted by path. */
  diagnostics(): readonly Diagnostic[] {
    if (this.#diagnostics === undefined) {
      const all: Diagnostic[] = [];
      for (const record of this.#linked.values()) for (const d of record.diagnostics) all.push(d);
      this.#duplicates ??= duplicateNameDiagnostics(this.#contacts);
      all.push(...this.#duplicates, ...configDiagnostics(this.config));
      this.#diagnostics = all.sort(compareDiagnostics);
    }
    return this.#diagnostics;
  }

  /** As `dueFollowUps(network, …)`, kept current: a change refreshes only the contacts it touched. */
  dueFollowUps(options: { readonly today: string | Day; readonly within?: number }): FollowUp[] {
    const today = toDay(options.today);
    if (today !== this.#today) this.#recomputeAll(today);
    const until = today + (options.within ?? this.config.horizonDays);
    // The list is sorted by due day: the answer is a prefix.
    let lo = 0;
    let hi = this.#sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.#sorted[mid] as FollowUp).dueDay <= until) lo = mid + 1;
      else hi = mid;
    }
    return this.#sorted.slice(0, lo);
  }

  /** Fuzzy search over the contacts, kept current with every change. */
  search(query: string, options?: SearchOptions): SearchHit[] {
    return this.#search.search(query, options);
  }

  // --- bookkeeping -------------------------------------------------------------------------

  #replace(path: string, old: NoteRecord | undefined, record: NoteRecord | undefined): void {
    const affected = new Set<string>();
    const relink = new Set<string>([path]);
    const namesMoved = !sameNames(old, record);
    if (old !== undefined) this.#forgetRecord(old);
    if (record !== undefined) this.#rememberRecord(record);
    if (namesMoved) {
      for (const p of this.#referrersOfNames([old?.names, record?.names])) relink.add(p);
    }
    if (record === undefined) {
      const linked = this.#linked.get(path);
      if (linked !== undefined) this.#unapply(linked, affected);
      this.#linked.delete(path);
      this.#search.delete(path);
      relink.delete(path);
    }
    for (const p of relink) this.#relink(p, affected);
    this.#changed(affected, namesMoved);
  }

  #rememberRecord(record: NoteRecord): void {
    this.#records.set(record.path, record);
    this.names.add(record.names);
    this.kindByPath.set(record.path, record.kind);
    for (const key of refKeys(record)) {
      let set = this.#referrers.get(key);
      if (set === undefined) this.#referrers.set(key, (set = new Set()));
      set.add(record.path);
    }
  }

  #forgetRecord(record: NoteRecord): void {
    this.#records.delete(record.path);
    this.names.remove(record.names);
    this.kindByPath.delete(record.path);
    for (const key of refKeys(record)) {
      const set = this.#referrers.get(key);
      set?.delete(record.path);
      if (set?.size === 0) this.#referrers.delete(key);
    }
  }

  #referrersOfNames(all: readonly (NoteNames | undefined)[]): Set<string> {
    const out = new Set<string>();
    for (const names of all) {
      if (names === undefined) continue;
      for (const key of [nameKey(basename(names.path)), ...names.aliases.map(nameKey)]) {
        for (const p of this.#referrers.get(key) ?? []) out.add(p);
      }
    }
    return out;
  }

  #relink(path: string, affected: Set<string>): void {
    const before = this.#linked.get(path);
    if (before !== undefined) this.#unapply(before, affected);
    const record = this.#records.get(path);
    if (record === undefined) {
      this.#linked.delete(path);
      return;
    }
    const after = linkRecord(record, this);
    this.#linked.set(path, after);
    this.#apply(after, affected);
    // Search drops a contact only when it stopped being one: a re-link replaces it in place.
    if (before?.kind === "contact" && after.kind !== "contact") this.#search.delete(path);
  }

  #apply(record: NoteRecord, affected: Set<string>): void {
    switch (record.kind) {
      case "contact":
        this.#contacts.set(record.path, record.contact);
        this.#search.put(record.contact);
        affected.add(record.path);
        for (const entry of record.log) this.#addInteraction(entry, affected);
        break;
      case "interaction":
        if (record.interaction !== undefined) this.#addInteraction(record.interaction, affected);
        break;
      case "ask":
        this.#asks.set(record.path, record.ask);
        if (record.ask.asked?.path !== undefined) {
          this.#activityOf(record.ask.asked.path).asks.push(record.ask);
          affected.add(record.ask.asked.path);
        }
        break;
      case "give":
        if (record.give !== undefined) this.#addGive(record.give, affected);
        break;
      case "goal":
        this.#goals.set(record.path, record.goal);
        break;
      case "update":
        this.#updates.set(record.path, record.update);
        this.#affectAudience(record.update, affected);
        break;
      case "event":
        this.#events.set(record.path, record.event);
        break;
      case "org":
        this.#orgs.set(record.path, record.org);
        break;
      default:
        break;
    }
  }

  #unapply(record: NoteRecord, affected: Set<string>): void {
    switch (record.kind) {
      case "contact":
        this.#contacts.delete(record.path);
        affected.add(record.path);
        for (const entry of record.log) this.#removeInteraction(entry, affected);
        break;
      case "interaction":
        if (record.interaction !== undefined) this.#removeInteraction(record.interaction, affected);
        break;
      case "ask":
        this.#asks.delete(record.path);
        if (record.ask.asked?.path !== undefined) {
          const a = this.#activity.get(record.ask.asked.path);
          if (a !== undefined) a.asks = a.asks.filter((x) => x.path !== record.path);
          affected.add(record.ask.asked.path);
        }
        break;
      case "give":
        if (record.give !== undefined) this.#removeGive(record.give, affected);
        break;
      case "goal":
        this.#goals.delete(record.path);
        break;
      case "update":
        this.#updates.delete(record.path);
        this.#affectAudience(record.update, affected);
        break;
      case "event":
        this.#events.delete(record.path);
        break;
      case "org":
        this.#orgs.delete(record.path);
        break;
      default:
        break;
    }
  }

  #activityOf(path: string): MutableActivity {
    let a = this.#activity.get(path);
    if (a === undefined) {
      a = { interactions: [], asks: [], gives: [] };
      this.#activity.set(path, a);
    }
    return a;
  }

  #addInteraction(i: Interaction, affected: Set<string>): void {
    this.#interactions.set(i.id, i);
    for (const path of contactPaths(i.with)) {
      const list = this.#activityOf(path).interactions;
      // Keep newest first: insert at the sorted position.
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (newestFirst(list[mid] as Interaction, i) <= 0) lo = mid + 1;
        else hi = mid;
      }
      list.splice(lo, 0, i);
      affected.add(path);
    }
    const give = giveOfInteraction(i);
    if (give !== undefined) this.#addGive(give, affected);
  }

  #removeInteraction(i: Interaction, affected: Set<string>): void {
    this.#interactions.delete(i.id);
    for (const path of contactPaths(i.with)) {
      const a = this.#activity.get(path);
      if (a !== undefined) {
        const at = a.interactions.findIndex((x) => x.id === i.id);
        if (at !== -1) a.interactions.splice(at, 1);
      }
      affected.add(path);
    }
    const give = giveOfInteraction(i);
    if (give !== undefined) this.#removeGive(give, affected);
  }

  #addGive(g: Give, affected: Set<string>): void {
    this.#gives.set(g.path, g);
    for (const path of contactPaths(g.to)) {
      this.#activityOf(path).gives.push(g);
      affected.add(path);
    }
  }

  #removeGive(g: Give, affected: Set<string>): void {
    this.#gives.delete(g.path);
    for (const path of contactPaths(g.to)) {
      const a = this.#activity.get(path);
      if (a !== undefined) a.gives = a.gives.filter((x) => x.path !== g.path);
      affected.add(path);
    }
  }

  /** An update changes the share-update follow-ups of everyone in its audience. */
  #affectAudience(u: Update, affected: Set<string>): void {
    if (this.#today === undefined) return;
    this.#recentUpdates = [];
    for (const c of this.#contacts.values()) {
      if ((c.relationship !== undefined && u.audience.includes(c.relationship)) || c.tags.some((t) => u.audience.includes(t))) {
        affected.add(c.path);
      }
    }
    for (const t of u.told) if (t.path !== undefined) affected.add(t.path);
  }

  #changed(affected: ReadonlySet<string>, namesMoved: boolean): void {
    this.#version++;
    this.#network = undefined;
    this.#diagnostics = undefined;
    if (namesMoved) this.#duplicates = undefined;
    if (this.#today === undefined || affected.size === 0) return;
    const today = this.#today;
    this.#recentUpdates = recentUpdates(this.network, today);
    // Drop the affected contacts' rows, then insert their new ones in order.
    this.#sorted = this.#sorted.filter((f) => !affected.has(f.path));
    for (const path of affected) {
      const rows = followUpsOf(this.network, path, today, this.#recentUpdates);
      if (rows.length === 0) this.#byContact.delete(path);
      else this.#byContact.set(path, rows);
      for (const row of rows) this.#sorted.splice(this.#insertAt(row), 0, row);
    }
  }

  #insertAt(row: FollowUp): number {
    let lo = 0;
    let hi = this.#sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareFollowUps(this.#sorted[mid] as FollowUp, row) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  #recomputeAll(today: Day): void {
    this.#today = today;
    const network = this.network;
    this.#recentUpdates = recentUpdates(network, today);
    this.#byContact.clear();
    const all: FollowUp[] = [];
    for (const path of this.#contacts.keys()) {
      const rows = followUpsOf(network, path, today, this.#recentUpdates);
      if (rows.length > 0) this.#byContact.set(path, rows);
      for (const row of rows) all.push(row);
    }
    this.#sorted = all.sort(compareFollowUps);
  }

  /** The follow-ups of one contact for the day last asked about (any due day). */
  followUpsOf(path: string): readonly FollowUp[] {
    return this.#byContact.get(path) ?? [];
  }
}

function contactPaths(refs: readonly NoteRef[]): Set<string> {
  const out = new Set<string>();
  for (const r of refs) if (r.path !== undefined) out.add(r.path);
  return out;
}

function sameNames(a: NoteRecord | undefined, b: NoteRecord | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    a.path === b.path &&
    a.kind === b.kind &&
    a.names.aliases.length === b.names.aliases.length &&
    a.names.aliases.every((x, i) => x === b.names.aliases[i])
  );
}

/** The name keys a record's references look up (base names; aliases are keys too). */
function refKeys(record: NoteRecord): string[] {
  const refs: (NoteRef | undefined)[] = [];
  switch (record.kind) {
    case "contact":
      refs.push(record.contact.org, record.contact.metAt, ...record.contact.goalsKnown);
      break;
    case "interaction":
      if (record.interaction !== undefined) refs.push(...record.interaction.with, ...record.interaction.goalsShared);
      break;
    case "ask":
      refs.push(record.ask.asked, record.ask.org);
      break;
    case "give":
      if (record.give !== undefined) refs.push(...record.give.to);
      break;
    case "goal":
      refs.push(...record.goal.targetOrgs);
      break;
    case "update":
      refs.push(...record.update.told);
      break;
    case "event":
      refs.push(record.event.org);
      break;
    default:
      break;
  }
  const keys = new Set<string>();
  for (const r of refs) if (r !== undefined) keys.add(nameKey(basename(r.target)));
  return [...keys];
}
