import type { Ask } from "./ask";
import { defaultConfig, type KithConfig } from "./config";
import type { Contact } from "./contact";
import type { Day } from "./day";
import { compareDiagnostics, type Diagnostic } from "./diagnostic";
import type { KithEvent } from "./event";
import { compareFollowUps, followUpsOf, inAudience, recentUpdates, toDay, type FollowUp } from "./followUps";
import { giveOfInteraction, type Give } from "./give";
import type { Goal } from "./goal";
import type { Interaction } from "./interaction";
import { basename, NameIndex, nameKey, type NoteNames } from "./links";
import { namesakesOf, type Namesakes, type ShowName } from "./namesakes";
import {
  configDiagnostics,
  duplicateNameDiagnostics,
  append,
  firstOfPath,
  NO_ACTIVITY_YET,
  newestFirst,
  readContextFor,
  readNote,
  relinkRecord,
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

/** Up to this many contacts touched by one change, their rows are taken out one by one. */
const FEW_CONTACTS = 32;

interface MutableActivity {
  interactions: Interaction[];
  asks: Ask[];
  gives: Give[];
}

/**
 * What the index holds of one note: one record, linked in place the first time (nobody has seen
 * it yet), copied where a later linking changes it (the network has it by then).
 */
interface NoteState {
  /** As given: a rename reads it again under the new path. */
  input: NoteInput;
  /** As read, or as last linked. */
  record: NoteRecord;
  /** The record's diagnostics as read, before any linking added its own. */
  read: readonly Diagnostic[];
  /** The linked record now in the network (the record itself once linked). */
  applied: NoteRecord | undefined;
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
  /** The kind of each note, read from `#notes`: a second map of every path would cost a build. */
  readonly kindByPath: Linker["kindByPath"] = { get: (path) => this.#notes.get(path)?.record.kind };
  readonly #ctx: ReadContext;
  /** One entry per note: a vault's worth of map entries is a good part of a build's cost. */
  readonly #notes = new Map<string, NoteState>();
  /**
   * Name key (lower-case base name or alias) → notes whose references use it. Only a change of
   * names needs it, never a first build: made then, from every note (see {@link #referrersMade}).
   */
  #referrers: Map<string, Set<string>> | undefined;

  readonly #contacts = new Map<string, Contact>();
  readonly #interactions = new Map<string, Interaction>();
  readonly #asks = new Map<string, Ask>();
  readonly #gives = new Map<string, Give>();
  readonly #goals = new Map<string, Goal>();
  readonly #updates = new Map<string, Update>();
  readonly #events = new Map<string, KithEvent>();
  readonly #orgs = new Map<string, Org>();
  readonly #activity = new Map<string, MutableActivity>();
  /** Made from the contacts on the first search, then kept current: a build does not pay for it. */
  #search: SearchIndex | undefined;
  /** Made from the contacts when first asked for, then kept current, as `#search`. */
  #namesakes: Namesakes | undefined;

  /** Follow-ups of every contact (any due day) for `#today`, sorted; per contact too. */
  #today: Day | undefined;
  #sorted: FollowUp[] = [];
  readonly #byContact = new Map<string, FollowUp[]>();
  #recentUpdates: readonly Update[] = [];

  #network: Network | undefined;
  /**
   * The notes whose linked record has diagnostics: most have none, and the view asks for every
   * diagnostic after each change, which must not walk a vault of 100k notes to find the few.
   */
  readonly #withProblems = new Set<string>();
  #diagnostics: Diagnostic[] | undefined;
  #duplicates: Diagnostic[] | undefined;
  #version = 0;

  constructor(config: KithConfig = defaultConfig()) {
    this.config = config;
    this.#ctx = readContextFor(config);
  }

  /** Grows with every change: a cheap way for views to know they are stale. */
  get version(): number {
    return this.#version;
  }

  /** Loads many notes at once (the first build): links are resolved once, at the end. */
  upsertAll(notes: Iterable<NoteInput>): void {
    const hadNotes = this.#notes.size > 0;
    if (hadNotes) this.#referrersMade();
    const touched: NoteState[] = [];
    for (const note of notes) {
      const record = readNote(note, this.#ctx);
      let state = this.#notes.get(note.path);
      if (state === undefined) {
        state = { input: note, record, read: record.diagnostics, applied: undefined };
      } else {
        this.#forgetRecord(state.record);
        // A note read again goes last, as in the order referrers are found (see #referrersMade).
        this.#notes.delete(note.path);
        state.input = note;
        state.record = record;
        state.read = record.diagnostics;
      }
      this.#notes.set(note.path, state);
      this.#rememberRecord(record);
      touched.push(state);
    }
    const affected = this.#affectedSet();
    for (const state of touched) this.#relink(state, affected);
    // Notes already here whose links may now resolve differently (the new ones were linked
    // against every name above, so they are not linked twice). None on a first build.
    if (hadNotes) {
      const linked = new Set(touched.map((t) => t.record.path));
      for (const path of this.#referrersOfNames(touched.map((t) => t.record.names))) {
        const state = this.#notes.get(path);
        if (state !== undefined && !linked.has(path)) this.#relink(state, affected);
      }
    }
    this.#changed(affected, true);
  }

  /** Adds or replaces one note. */
  upsert(note: NoteInput): void {
    this.#replace(note.path, note, readNote(note, this.#ctx));
  }

  /** Forgets a deleted note. */
  remove(path: string): void {
    if (!this.#notes.has(path)) return;
    this.#replace(path, undefined, undefined);
  }

  /** A note moved: its links and the links to it follow. */
  rename(from: string, to: string): void {
    const note = this.#notes.get(from)?.input;
    if (note === undefined || from === to) return;
    this.remove(from);
    this.upsert({ ...note, path: to });
  }

  has(path: string): boolean {
    return this.#notes.has(path);
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
      for (const path of this.#withProblems) {
        const applied = this.#notes.get(path)?.applied;
        if (applied !== undefined) for (const d of applied.diagnostics) all.push(d);
      }
      this.#duplicates ??= duplicateNameDiagnostics(this.#contacts, this.names);
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
    this.#search ??= new SearchIndex(this.#contacts.values());
    return this.#search.search(query, options);
  }

  /**
   * As `tellNamesakesApart(network)`, kept current instead of walking every contact. The same
   * function until a contact joins or leaves a name that two or more have: a list drawn after
   * every change compares it to tell whether a name it shows may read otherwise now.
   */
  tellNamesakesApart(): ShowName {
    this.#namesakes ??= namesakesOf(this.#contacts.values());
    return this.#namesakes.show;
  }

  // --- bookkeeping -------------------------------------------------------------------------

  /** Puts `record` (read from `input`) in the place of the note at `path`; both undefined: removes it. */
  #replace(path: string, input: NoteInput | undefined, record: NoteRecord | undefined): void {
    const affected = this.#affectedSet();
    const relink = new Set<string>([path]);
    let state = this.#notes.get(path);
    const old = state?.record;
    const namesMoved = !sameNames(old, record);
    if (namesMoved) this.#referrersMade();
    if (old !== undefined) this.#forgetRecord(old);
    if (input !== undefined && record !== undefined) {
      if (state === undefined) {
        state = { input, record, read: record.diagnostics, applied: undefined };
      } else {
        this.#notes.delete(path);
        state.input = input;
        state.record = record;
        state.read = record.diagnostics;
      }
      this.#notes.set(path, state);
      this.#rememberRecord(record);
    }
    if (namesMoved) {
      for (const p of this.#referrersOfNames([old?.names, record?.names])) relink.add(p);
    }
    if (record === undefined) {
      if (state?.applied !== undefined) this.#unapply(state.applied, affected);
      this.#notes.delete(path);
      this.#withProblems.delete(path);
      this.#search?.delete(path);
      this.#namesakes?.remove(path);
      relink.delete(path);
    }
    for (const p of relink) {
      const s = this.#notes.get(p);
      if (s !== undefined) this.#relink(s, affected);
    }
    this.#changed(affected, namesMoved);
  }

  /**
   * Where a change collects the contacts whose follow-ups it may move; none while no follow-ups
   * have been asked for (a first build), since then there are none to refresh.
   */
  #affectedSet(): Set<string> | undefined {
    return this.#today === undefined ? undefined : new Set();
  }

  #rememberRecord(record: NoteRecord): void {
    this.names.add(record.names);
    if (this.#referrers !== undefined) this.#addReferrer(this.#referrers, record);
  }

  #addReferrer(referrers: Map<string, Set<string>>, record: NoteRecord): void {
    for (const key of refKeys(record)) {
      let set = referrers.get(key);
      if (set === undefined) referrers.set(key, (set = new Set()));
      set.add(record.path);
    }
  }

  /**
   * The referrers of every note, made on first need. Every note read goes to the end of
   * `#notes` and of the sets of its keys, so made from `#notes` they come in the order that
   * keeping them all along would have given.
   */
  #referrersMade(): Map<string, Set<string>> {
    if (this.#referrers === undefined) {
      const referrers = new Map<string, Set<string>>();
      for (const state of this.#notes.values()) this.#addReferrer(referrers, state.record);
      this.#referrers = referrers;
    }
    return this.#referrers;
  }

  #forgetRecord(record: NoteRecord): void {
    this.names.remove(record.names);
    if (this.#referrers === undefined) return;
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
        for (const p of this.#referrersMade().get(key) ?? []) out.add(p);
      }
    }
    return out;
  }

  #relink(state: NoteState, affected: Set<string> | undefined): void {
    const before = state.applied;
    if (before !== undefined) this.#unapply(before, affected);
    // A record not yet in the network is this index's alone: linked in place.
    const after = relinkRecord(state.record, state.read, this, state.record !== before);
    state.record = after;
    state.applied = after;
    if (after.diagnostics.length > 0) this.#withProblems.add(after.path);
    else if (before !== undefined) this.#withProblems.delete(after.path);
    this.#apply(after, affected);
    // Search and namesakes drop a contact only when it stopped being one: a re-link replaces it
    // in place, so a namesake's note edited keeps the same `tellNamesakesApart` (lists compare it).
    if (before?.kind === "contact" && after.kind !== "contact") {
      this.#search?.delete(after.path);
      this.#namesakes?.remove(after.path);
    }
  }

  #apply(record: NoteRecord, affected: Set<string> | undefined): void {
    switch (record.kind) {
      case "contact":
        this.#contacts.set(record.path, record.contact);
        this.#search?.put(record.contact);
        this.#namesakes?.add(record.path, record.contact.name);
        affected?.add(record.path);
        for (const entry of record.log) this.#addInteraction(entry, affected);
        break;
      case "interaction":
        if (record.interaction !== undefined) this.#addInteraction(record.interaction, affected);
        break;
      case "ask":
        this.#asks.set(record.path, record.ask);
        if (record.ask.asked?.path !== undefined) {
          const a = this.#activityOf(record.ask.asked.path);
          a.asks = append(a.asks, record.ask);
          affected?.add(record.ask.asked.path);
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

  #unapply(record: NoteRecord, affected: Set<string> | undefined): void {
    switch (record.kind) {
      case "contact":
        this.#contacts.delete(record.path);
        affected?.add(record.path);
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
          affected?.add(record.ask.asked.path);
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

  /** A contact's activity, made on first use with the shared empty lists (see `NO_ACTIVITY_YET`). */
  #activityOf(path: string): MutableActivity {
    let a = this.#activity.get(path);
    if (a === undefined) {
      a = { interactions: NO_ACTIVITY_YET, asks: NO_ACTIVITY_YET, gives: NO_ACTIVITY_YET };
      this.#activity.set(path, a);
    }
    return a;
  }

  #addInteraction(i: Interaction, affected: Set<string> | undefined): void {
    this.#interactions.set(i.id, i);
    for (let k = 0; k < i.with.length; k++) {
      if (!firstOfPath(i.with, k)) continue;
      const path = (i.with[k] as NoteRef).path as string;
      affected?.add(path);
      const a = this.#activityOf(path);
      if (a.interactions.length === 0) {
        a.interactions = [i];
        continue;
      }
      const list = a.interactions;
      // Keep newest first: insert at the sorted position.
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (newestFirst(list[mid] as Interaction, i) <= 0) lo = mid + 1;
        else hi = mid;
      }
      list.splice(lo, 0, i);
    }
    const give = giveOfInteraction(i);
    if (give !== undefined) this.#addGive(give, affected);
  }

  #removeInteraction(i: Interaction, affected: Set<string> | undefined): void {
    this.#interactions.delete(i.id);
    for (let k = 0; k < i.with.length; k++) {
      if (!firstOfPath(i.with, k)) continue;
      const path = (i.with[k] as NoteRef).path as string;
      const a = this.#activity.get(path);
      if (a !== undefined) {
        const at = a.interactions.findIndex((x) => x.id === i.id);
        if (at !== -1) a.interactions.splice(at, 1);
      }
      affected?.add(path);
    }
    const give = giveOfInteraction(i);
    if (give !== undefined) this.#removeGive(give, affected);
  }

  #addGive(g: Give, affected: Set<string> | undefined): void {
    this.#gives.set(g.path, g);
    for (let k = 0; k < g.to.length; k++) {
      if (!firstOfPath(g.to, k)) continue;
      const path = (g.to[k] as NoteRef).path as string;
      const a = this.#activityOf(path);
      a.gives = append(a.gives, g);
      affected?.add(path);
    }
  }

  #removeGive(g: Give, affected: Set<string> | undefined): void {
    this.#gives.delete(g.path);
    for (let k = 0; k < g.to.length; k++) {
      if (!firstOfPath(g.to, k)) continue;
      const path = (g.to[k] as NoteRef).path as string;
      const a = this.#activity.get(path);
      if (a !== undefined) a.gives = a.gives.filter((x) => x.path !== g.path);
      affected?.add(path);
    }
  }

  /** An update changes the share-update follow-ups of everyone in its audience. */
  #affectAudience(u: Update, affected: Set<string> | undefined): void {
    if (this.#today === undefined) return;
    this.#recentUpdates = [];
    for (const c of this.#contacts.values()) {
      if (inAudience(u, c)) affected?.add(c.path);
    }
    for (const t of u.told) if (t.path !== undefined) affected?.add(t.path);
  }

  #changed(affected: ReadonlySet<string> | undefined, namesMoved: boolean): void {
    this.#version++;
    this.#network = undefined;
    this.#diagnostics = undefined;
    if (namesMoved) this.#duplicates = undefined;
    if (this.#today === undefined || affected === undefined || affected.size === 0) return;
    const today = this.#today;
    this.#recentUpdates = recentUpdates(this.network, today);
    // Drop the affected contacts' rows, then insert their new ones in order. A few contacts' rows
    // are taken out where they are (no copy of a list as long as the network); many, by a filter.
    if (affected.size <= FEW_CONTACTS) {
      for (const path of affected) for (const row of this.#byContact.get(path) ?? []) this.#take(row);
    } else {
      this.#sorted = this.#sorted.filter((f) => !affected.has(f.path));
    }
    for (const path of affected) {
      const rows = followUpsOf(this.network, path, today, this.#recentUpdates);
      if (rows.length === 0) this.#byContact.delete(path);
      else this.#byContact.set(path, rows);
      for (const row of rows) this.#sorted.splice(this.#insertAt(row), 0, row);
    }
  }

  /** Removes `row` itself from the sorted rows (rows that compare equal are told apart by identity). */
  #take(row: FollowUp): void {
    for (let at = this.#firstAtOrAfter(row); at < this.#sorted.length; at++) {
      const here = this.#sorted[at] as FollowUp;
      if (here === row) {
        this.#sorted.splice(at, 1);
        return;
      }
      if (compareFollowUps(here, row) !== 0) return;
    }
  }

  #firstAtOrAfter(row: FollowUp): number {
    let lo = 0;
    let hi = this.#sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareFollowUps(this.#sorted[mid] as FollowUp, row) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
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


function sameNames(a: NoteRecord | undefined, b: NoteRecord | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    a.path === b.path &&
    a.kind === b.kind &&
    // The alias warnings name the key the note spells (`alias`, `aliases`).
    a.keys.aliases === b.keys.aliases &&
    // Joined, for bytes in the plugin: only a NUL inside an alias (a YAML "\0" escape, which no
    // name has) could make two different lists join alike.
    a.names.aliases.join("\0") === b.names.aliases.join("\0")
  );
}

/** The name keys a record's references look up (base names; aliases are keys too). */
function refKeys(record: NoteRecord): readonly string[] {
  const keys: string[] = [];
  switch (record.kind) {
    case "contact":
      addKey(keys, record.contact.org);
      addKey(keys, record.contact.metAt);
      for (const r of record.contact.goalsKnown) addKey(keys, r);
      break;
    case "interaction":
      if (record.interaction === undefined) break;
      for (const r of record.interaction.with) addKey(keys, r);
      for (const r of record.interaction.goalsShared) addKey(keys, r);
      break;
    case "ask":
      addKey(keys, record.ask.asked);
      addKey(keys, record.ask.org);
      break;
    case "give":
      if (record.give !== undefined) for (const r of record.give.to) addKey(keys, r);
      break;
    case "goal":
      for (const r of record.goal.targetOrgs) addKey(keys, r);
      break;
    case "update":
      for (const r of record.update.told) addKey(keys, r);
      break;
    case "event":
      addKey(keys, record.event.org);
      break;
    default:
      break;
  }
  return keys;
}

function addKey(keys: string[], ref: NoteRef | undefined): void {
  if (ref === undefined) return;
  const key = nameKey(basename(ref.target));
  if (!keys.includes(key)) keys.push(key);
}
