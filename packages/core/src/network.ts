import { readAsk, type Ask } from "./ask";
import { askDiagnostics } from "./asks";
import { parseCadence, type Cadence } from "./cadence";
import { defaultConfig, type KithConfig } from "./config";
import { readContact, type Contact } from "./contact";
import { parseDay, type Day } from "./day";
import type { Diagnostic } from "./diagnostic";
import { EMPTY_LIST, EMPTY_RECORD } from "./empty";
import { readEvent, type KithEvent } from "./event";
import { FIELD_KEYS, keyMapFor, layoutOf, type Field, type KeyMap } from "./frontmatter";
import { giveOfInteraction, readGive, type Give } from "./give";
import { readGoal, type Goal } from "./goal";
import { NO_LOG, readContactLog, readInteraction, type Interaction } from "./interaction";
import { kindOf, kindRulesFor, type KindRules, type NoteKind } from "./kinds";
import { basename, NameIndex, nameKey, type NoteNames } from "./links";
import type { NoteInput } from "./note";
import { readOrg, type Org } from "./org";
import { readUpdate, type Update } from "./update";
import { READER, type NoteRef } from "./values";

/** How to read notes under one configuration: prepared once, used for every note. */
export interface ReadContext {
  readonly config: KithConfig;
  readonly keyMap: KeyMap;
  readonly kinds: KindRules;
}

export function readContextFor(config: KithConfig): ReadContext {
  return { config, keyMap: keyMapFor(config), kinds: kindRulesFor(config) };
}

/**
 * What one note says, read without looking at any other note. Links are not resolved yet: that
 * needs the whole vault's names (see {@link linkRecord}).
 */
export type NoteRecord = {
  readonly path: string;
  readonly names: NoteNames;
  /** The frontmatter key the note uses for each field, for messages and writes. */
  readonly keys: Readonly<Partial<Record<Field, string>>>;
  readonly diagnostics: readonly Diagnostic[];
} & (
  | { readonly kind: "contact"; readonly contact: Contact; readonly log: readonly Interaction[] }
  | { readonly kind: "interaction"; readonly interaction: Interaction | undefined }
  | { readonly kind: "ask"; readonly ask: Ask }
  | { readonly kind: "give"; readonly give: Give | undefined }
  | { readonly kind: "goal"; readonly goal: Goal }
  | { readonly kind: "update"; readonly update: Update }
  | { readonly kind: "event"; readonly event: KithEvent }
  | { readonly kind: "org"; readonly org: Org }
  | { readonly kind: undefined }
);


/**
 * Reads one note into what it contributes to the network. Pure; never throws; the note's
 * frontmatter object is only read.
 */
export function readNote(note: NoteInput, ctx: ReadContext): NoteRecord {
  // Every record is one object literal per kind, in one property order, made once: a vault's
  // worth of them is most of what a build allocates.
  const path = note.path;
  const parseProblems = note.diagnostics ?? EMPTY_LIST;
  if (note.frontmatter === undefined && ctx.kinds.contactFolders.length === 0 && ctx.kinds.contactTags.size === 0) {
    return { path, names: { path, aliases: EMPTY_LIST }, keys: EMPTY_RECORD, diagnostics: parseProblems, kind: undefined };
  }
  const frontmatter = note.frontmatter ?? EMPTY_RECORD;
  const layout = layoutOf(frontmatter, ctx.keyMap);
  const r = READER.start(path, frontmatter, layout, ctx.keyMap);
  const kind = kindOf(note, r.value("type"), r.value("tags"), ctx.kinds);
  const names: NoteNames = { path, aliases: aliasesOf(r.value("aliases")) };
  const keys = layout.keys;
  if (kind === undefined) return { path, names, keys, diagnostics: parseProblems, kind: undefined };
  for (const d of parseProblems) r.report(d);
  // Each case reads its entity before taking `r.diagnostics`: the list is made by the first problem.
  switch (kind) {
    case "contact": {
      const created = note.created === undefined ? undefined : parseDay(note.created);
      const contact = readContact(r, created);
      const log =
        note.body === undefined
          ? NO_LOG
          : readContactLog(path, note.body, ctx.config.logHeading, note.bodyLine ?? 1, contact.name);
      for (const d of log.diagnostics) r.report(d);
      return { path, names, keys, diagnostics: r.diagnostics, kind, contact: mergeTags(contact, note.tags), log: log.entries };
    }
    case "interaction": {
      const interaction = readInteraction(r);
      return { path, names, keys, diagnostics: r.diagnostics, kind, interaction };
    }
    case "ask": {
      const ask = readAsk(r);
      for (const d of askDiagnostics(ask, keys)) r.report(d);
      return { path, names, keys, diagnostics: r.diagnostics, kind, ask };
    }
    case "give": {
      const give = readGive(r);
      return { path, names, keys, diagnostics: r.diagnostics, kind, give };
    }
    case "goal": {
      const goal = readGoal(r);
      return { path, names, keys, diagnostics: r.diagnostics, kind, goal };
    }
    case "update": {
      const update = readUpdate(r);
      return { path, names, keys, diagnostics: r.diagnostics, kind, update };
    }
    case "event": {
      const event = readEvent(r);
      return { path, names, keys, diagnostics: r.diagnostics, kind, event };
    }
    case "org": {
      const org = readOrg(r);
      return { path, names, keys, diagnostics: r.diagnostics, kind, org };
    }
  }
}

function aliasesOf(v: unknown): readonly string[] {
  if (typeof v === "string") {
    const alias = v.trim();
    return alias === "" ? EMPTY_LIST : [alias];
  }
  if (!Array.isArray(v)) return EMPTY_LIST;
  let out: string[] | undefined;
  for (const a of v) {
    if (typeof a !== "string") continue;
    const alias = a.trim();
    if (alias !== "") (out ??= []).push(alias);
  }
  return out ?? EMPTY_LIST;
}

function mergeTags(contact: Contact, bodyTags: readonly string[] | undefined): Contact {
  if (bodyTags === undefined || bodyTags.length === 0) return contact;
  const tags = [...new Set([...contact.tags, ...bodyTags])];
  return tags.length === contact.tags.length ? contact : { ...contact, tags };
}

/** The people in the network and everything that passed between you, linked together. */
export interface Network {
  readonly config: KithConfig;
  readonly contacts: ReadonlyMap<string, Contact>;
  /** Interaction notes and body log lines, by id, their `with` resolved to contact paths. */
  readonly interactions: ReadonlyMap<string, Interaction>;
  readonly asks: ReadonlyMap<string, Ask>;
  readonly gives: readonly Give[];
  readonly goals: ReadonlyMap<string, Goal>;
  readonly updates: ReadonlyMap<string, Update>;
  readonly events: ReadonlyMap<string, KithEvent>;
  readonly orgs: ReadonlyMap<string, Org>;
  /** Per contact path: their interactions (newest first), asks and gives. */
  readonly activity: ReadonlyMap<string, ContactActivity>;
  /** Every diagnostic of every note and of the configuration. */
  readonly diagnostics: readonly Diagnostic[];
}

export interface ContactActivity {
  /** Newest first. */
  readonly interactions: readonly Interaction[];
  readonly asks: readonly Ask[];
  readonly gives: readonly Give[];
}

const EMPTY_ACTIVITY: ContactActivity = { interactions: [], asks: [], gives: [] };

/** A contact's activity; empty for a contact with none. */
export const activityOf = (network: Network, contactPath: string): ContactActivity =>
  network.activity.get(contactPath) ?? EMPTY_ACTIVITY;

export interface NetworkBuild {
  readonly network: Network;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Builds the network from every note of a vault (notes Kith does not model are fine: they are
 * link targets). Bad notes become diagnostics; every other note still loads.
 *
 * @example
 * const { network, diagnostics } = buildNetwork([parseNote("People/Jane.md", "---\ntype: contact\n---\n")]);
 * network.contacts.get("People/Jane.md")?.name // "Jane"
 */
export function buildNetwork(notes: Iterable<NoteInput>, config: KithConfig = defaultConfig()): NetworkBuild {
  const ctx = readContextFor(config);
  const records: NoteRecord[] = [];
  for (const note of notes) records.push(readNote(note, ctx));
  // The records were just read and nobody else has them: they are linked in place.
  return linkAll(records, config, true);
}

/** Resolves every record's links against the vault's names and assembles the network. */
export function linkNetwork(records: readonly NoteRecord[], config: KithConfig): NetworkBuild {
  return linkAll(records, config, false);
}

/** `owned`: the records are the caller's alone, to link in place (see {@link link}). */
function linkAll(records: readonly NoteRecord[], config: KithConfig, owned: boolean): NetworkBuild {
  const names = new NameIndex();
  // Linking only asks whether a note is a contact: the other kinds need no entry (a vault of
  // interaction notes would otherwise fill the map with them).
  const kindByPath = new Map<string, NoteKind | undefined>();
  for (const record of records) {
    names.add(record.names);
    if (record.kind === "contact") kindByPath.set(record.path, record.kind);
    else kindByPath.delete(record.path);
  }
  const linker: Linker = { names, kindByPath };
  const builder = new NetworkBuilder(config);
  for (const record of records) builder.add(link(record, linker, owned));
  return builder.finish(names);
}

/** What link resolution needs to know about the vault. */
export interface Linker {
  readonly names: NameIndex;
  /** The kind of the note at a path (a `Map` will do; linking only calls `get`). */
  readonly kindByPath: Pick<ReadonlyMap<string, NoteKind | undefined>, "get">;
}

/** A record with its links resolved, and the diagnostics of that resolution added. */
export type LinkedRecord = NoteRecord;

/**
 * Resolves a record's references. A link to nowhere is a warning that keeps the text; a name
 * that fits two notes is a warning that names both, never a silent pick. A record whose
 * references all stay as they are (none, or already resolved) is returned as it is; otherwise only
 * the record and the one object holding the changed references are new.
 */
export function linkRecord(record: NoteRecord, linker: Linker): LinkedRecord {
  return link(record, linker, false);
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** The object to write a record's resolved references to: its own if `owned`, else a copy. */
const editable = <T extends object>(entity: T, owned: boolean): Writable<T> => (owned ? entity : { ...entity });

/**
 * As {@link linkRecord}. `owned`: the record and its entity were just read and nobody else has
 * them, so they are changed in place instead of copied (a build's second copy of every note).
 * `again`: the record was linked before (see {@link relinkRecord}), and `read` are its
 * diagnostics as read.
 */
function link(
  record: NoteRecord,
  linker: Linker,
  owned: boolean,
  again = false,
  read: readonly Diagnostic[] = record.diagnostics,
): LinkedRecord {
  const mark = problems.length;
  let linked: NoteRecord = record;
  switch (record.kind) {
    case "contact": {
      const c = record.contact;
      const org = linkOne(c.org, record, "org", "org", false, linker, again);
      const metAt = linkOne(c.metAt, record, "metAt", undefined, false, linker, again);
      const goalsKnown = linkMany(c.goalsKnown, record, "goalsKnown", "goal", false, linker, again);
      if (org !== c.org || metAt !== c.metAt || goalsKnown !== c.goalsKnown) {
        const to = editable(c, owned);
        to.org = org;
        to.metAt = metAt;
        to.goalsKnown = goalsKnown;
        if (!owned) linked = { ...record, contact: to };
      }
      break;
    }
    case "interaction": {
      const i = record.interaction;
      if (i === undefined) break;
      const withRefs = linkMany(i.with, record, "with", "contact", true, linker, again);
      const goalsShared = linkMany(i.goalsShared, record, "goalsShared", "goal", false, linker, again);
      if (withRefs !== i.with || goalsShared !== i.goalsShared) {
        const to = editable(i, owned);
        to.with = withRefs;
        to.goalsShared = goalsShared;
        if (!owned) linked = { ...record, interaction: to };
      }
      break;
    }
    case "ask": {
      const a = record.ask;
      const asked = linkOne(a.asked, record, "asked", "contact", true, linker, again);
      const org = linkOne(a.org, record, "org", "org", false, linker, again);
      if (asked !== a.asked || org !== a.org) {
        const to = editable(a, owned);
        to.asked = asked;
        to.org = org;
        if (!owned) linked = { ...record, ask: to };
      }
      break;
    }
    case "give": {
      const g = record.give;
      if (g === undefined) break;
      const to = linkMany(g.to, record, "to", "contact", true, linker, again);
      if (to !== g.to) {
        const edited = editable(g, owned);
        edited.to = to;
        if (!owned) linked = { ...record, give: edited };
      }
      break;
    }
    case "goal": {
      const g = record.goal;
      const targetOrgs = linkMany(g.targetOrgs, record, "targetOrgs", "org", false, linker, again);
      if (targetOrgs !== g.targetOrgs) {
        const to = editable(g, owned);
        to.targetOrgs = targetOrgs;
        if (!owned) linked = { ...record, goal: to };
      }
      break;
    }
    case "update": {
      const u = record.update;
      const told = linkMany(u.told, record, "told", "contact", true, linker, again);
      if (told !== u.told) {
        const to = editable(u, owned);
        to.told = told;
        if (!owned) linked = { ...record, update: to };
      }
      break;
    }
    case "event": {
      const e = record.event;
      const org = linkOne(e.org, record, "org", "org", false, linker, again);
      if (org !== e.org) {
        const to = editable(e, owned);
        to.org = org;
        if (!owned) linked = { ...record, event: to };
      }
      break;
    }
    default:
      break;
  }
  if (problems.length === mark) {
    if (record.diagnostics === read) return linked;
    // Linked again: the problems of the last linking are gone.
    if (!owned) return { ...linked, diagnostics: read };
    (linked as Writable<NoteRecord>).diagnostics = read;
    return linked;
  }
  // `splice` from the mark: a link inside this one (there is none today) keeps its own.
  const diagnostics = [...read, ...problems.splice(mark)];
  if (!owned) return { ...linked, diagnostics };
  (linked as Writable<NoteRecord>).diagnostics = diagnostics;
  return linked;
}

/**
 * For the index, which keeps one record per note: links a record as read (`owned`, changed in
 * place) or as linked before (copied where a reference resolves differently). Either way each
 * reference resolves from what the note says, and the diagnostics are `read`, the record's as
 * read, and this linking's.
 */
export const relinkRecord = (record: NoteRecord, read: readonly Diagnostic[], linker: Linker, owned: boolean): LinkedRecord =>
  link(record, linker, owned, !owned, read);

/**
 * The link problems of the records being linked, appended at the end: one list for every call
 * instead of one per record, since most records have no problem.
 */
const problems: Diagnostic[] = [];

function linkOne(
  ref: NoteRef | undefined,
  record: NoteRecord,
  field: Field,
  expect: NoteKind | undefined,
  required: boolean,
  linker: Linker,
  again: boolean,
): NoteRef | undefined {
  return ref === undefined ? undefined : resolveRef(ref, record, field, expect, required, linker, again);
}

/** The refs resolved: the same list when none changed. */
function linkMany(
  refs: readonly NoteRef[],
  record: NoteRecord,
  field: Field,
  expect: NoteKind | undefined,
  required: boolean,
  linker: Linker,
  again: boolean,
): readonly NoteRef[] {
  let out: NoteRef[] | undefined;
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i] as NoteRef;
    const linked = resolveRef(ref, record, field, expect, required, linker, again);
    if (out === undefined && linked !== ref) out = refs.slice(0, i);
    out?.push(linked);
  }
  return out ?? refs;
}

/**
 * Unresolved reference → the same reference with its path. References are shared by every note
 * that names the same text (see `toRef`), so a thousand links to one org make one resolved ref.
 */
const withPaths = new WeakMap<NoteRef, NoteRef>();
/** The other way: a reference made by {@link withPath} → the one it was made from. */
const asRead = new WeakMap<NoteRef, NoteRef>();

function withPath(ref: NoteRef, path: string): NoteRef {
  const made = withPaths.get(ref);
  if (made !== undefined && made.path === path) return made;
  const resolved = Object.freeze({ ...ref, path });
  withPaths.set(ref, resolved);
  asRead.set(resolved, asRead.get(ref) ?? ref);
  return resolved;
}

/** `again`: `current` may be a reference resolved before; it resolves from the one read. */
function resolveRef(
  current: NoteRef,
  record: NoteRecord,
  field: Field,
  expect: NoteKind | undefined,
  required: boolean,
  linker: Linker,
  again: boolean,
): NoteRef {
  const ref = again ? (asRead.get(current) ?? current) : current;
  const found = linker.names.find(ref.target);
  if (typeof found === "string") {
    if (expect === "contact" && linker.kindByPath.get(found) !== "contact") {
      const key = keyOf(record, field);
      problems.push({
        path: record.path,
        severity: "warning",
        message: `${key} "${ref.isLink ? `[[${ref.target}]]` : ref.target}" links to ${found}, which is not a contact (it has no "type: contact", or its frontmatter could not be read: see kith check); link the person's note instead`,
        key,
        value: ref.isLink ? `[[${ref.target}]]` : ref.target,
      });
      return ref;
    }
    return ref.path === found ? ref : withPath(ref, found);
  }
  const shown = ref.isLink ? `[[${ref.target}]]` : ref.target;
  if (found !== undefined) {
    const key = keyOf(record, field);
    const ambiguous = [...found].sort();
    problems.push({
      path: record.path,
      severity: "warning",
      message: `${key} "${shown}" could be any of ${ambiguous.join(", ")}; link one by its path, e.g. "[[${ambiguous[0]?.replace(/\.md$/, "") ?? ""}]]"`,
      key,
      value: shown,
    });
  } else if (ref.isLink || required) {
    const key = keyOf(record, field);
    const wiki = wikiTarget(ref.target, record.path);
    problems.push({
      path: record.path,
      severity: "warning",
      message: ref.isLink
        ? `${key} links to "${shown}", but no note has that name, path or alias; the text is kept${forNobody(expect)}. Create the note or fix the link`
        : wiki !== undefined
          ? `${key} "${shown}" is a markdown link, which properties do not follow; write "[[${wiki}]]"`
          : `${key} "${shown}" names no contact note${forNobody(expect)}; link one, e.g. "[[${ref.target}]]", or create it`,
      key,
      value: shown,
    });
  }
  return ref;
}

/**
 * The wikilink target for a markdown link ("[Jane](People/Jane%20Doe.md)"), which properties do
 * not follow, in Obsidian either; undefined for any other text. The note is the link's path,
 * decoded, without its heading and `.md`, taken from `from`'s folder when it starts with "./" or
 * "../" (Obsidian's relative links); a web link has no note, so its text is the name to link.
 */
function wikiTarget(text: string, from: string): string | undefined {
  const [, shown = "", url] = /^\[([^\]]*)\]\(<?([^)>]+)>?\)$/.exec(text) ?? [];
  if (url === undefined) return undefined;
  if (/^[a-z][\w+.-]*:/i.test(url)) return shown.trim() || undefined;
  let path = url.replace(/#.*/, "").replace(/\.md$/i, "");
  try {
    path = decodeURIComponent(path);
  } catch {
    // A broken escape ("%ZZ") is shown as written.
  }
  if (!path.startsWith(".")) return path.replace(/^\/+/, "");
  const parts = from.split("/").slice(0, -1);
  for (const part of path.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

/** What a person who is not found costs: an ask or interaction of theirs moves no follow-up. */
const forNobody = (expect: NoteKind | undefined): string =>
  expect === "contact" ? ", and no follow-up counts it until the person has a note" : "";

/** The frontmatter key a record uses for a field, for messages. */
const keyOf = (record: NoteRecord, field: Field): string => record.keys[field] ?? FIELD_KEYS[field][0];

/** Whether `refs[k]` is the first of `refs` resolved to its path: a person named twice counts once. */
export function firstOfPath(refs: readonly NoteRef[], k: number): boolean {
  const path = refs[k]?.path;
  if (path === undefined) return false;
  for (let j = 0; j < k; j++) if (refs[j]?.path === path) return false;
  return true;
}

class NetworkBuilder {
  readonly contacts = new Map<string, Contact>();
  readonly interactions = new Map<string, Interaction>();
  readonly asks = new Map<string, Ask>();
  readonly gives: Give[] = [];
  readonly goals = new Map<string, Goal>();
  readonly updates = new Map<string, Update>();
  readonly events = new Map<string, KithEvent>();
  readonly orgs = new Map<string, Org>();
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly config: KithConfig) {}

  add(record: NoteRecord): void {
    for (const d of record.diagnostics) this.diagnostics.push(d);
    switch (record.kind) {
      case "contact":
        this.contacts.set(record.path, record.contact);
        for (const entry of record.log) this.interactions.set(entry.id, entry);
        break;
      case "interaction":
        if (record.interaction !== undefined) {
          this.interactions.set(record.interaction.id, record.interaction);
          const give = giveOfInteraction(record.interaction);
          if (give !== undefined) this.gives.push(give);
        }
        break;
      case "ask":
        this.asks.set(record.path, record.ask);
        break;
      case "give":
        if (record.give !== undefined) this.gives.push(record.give);
        break;
      case "goal":
        this.goals.set(record.path, record.goal);
        break;
      case "update":
        this.updates.set(record.path, record.update);
        break;
      case "event":
        this.events.set(record.path, record.event);
        break;
      case "org":
        this.orgs.set(record.path, record.org);
        break;
      default:
        break;
    }
  }

  /** `names`: the names of every note added. */
  finish(names: NameIndex): NetworkBuild {
    const activity = new Map<string, { interactions: Interaction[]; asks: Ask[]; gives: Give[] }>();
    const entry = (path: string) => {
      let a = activity.get(path);
      if (a === undefined) {
        a = { interactions: NO_ACTIVITY_YET, asks: NO_ACTIVITY_YET, gives: NO_ACTIVITY_YET };
        activity.set(path, a);
      }
      return a;
    };
    for (const i of this.interactions.values()) {
      for (let k = 0; k < i.with.length; k++) {
        const path = (i.with[k] as NoteRef).path;
        if (path !== undefined && this.contacts.has(path) && firstOfPath(i.with, k)) {
          const a = entry(path);
          a.interactions = append(a.interactions, i);
        }
      }
    }
    for (const ask of this.asks.values()) {
      if (ask.asked?.path !== undefined && this.contacts.has(ask.asked.path)) {
        const a = entry(ask.asked.path);
        a.asks = append(a.asks, ask);
      }
    }
    for (const g of this.gives) {
      for (let k = 0; k < g.to.length; k++) {
        const t = g.to[k] as NoteRef;
        // Once per person, as an interaction: "[[Ann Lee]]" and her alias "[[Ann]]" are one.
        if (t.path !== undefined && this.contacts.has(t.path) && firstOfPath(g.to, k)) {
          const a = entry(t.path);
          a.gives = append(a.gives, g);
        }
      }
    }
    for (const a of activity.values()) a.interactions.sort(newestFirst);
    this.diagnostics.push(...configDiagnostics(this.config));
    this.diagnostics.push(...duplicateNameDiagnostics(this.contacts, names));
    const network: Network = {
      config: this.config,
      contacts: this.contacts,
      interactions: this.interactions,
      asks: this.asks,
      gives: this.gives,
      goals: this.goals,
      updates: this.updates,
      events: this.events,
      orgs: this.orgs,
      activity,
      diagnostics: this.diagnostics,
    };
    return { network, diagnostics: this.diagnostics };
  }
}

/**
 * The empty list an activity starts with: most contacts have one kind of activity, so the other
 * lists are never made. Never written: {@link append} replaces it by the first item.
 */
export const NO_ACTIVITY_YET = Object.freeze([]) as never[];

/** `list` with `item` at the end: the same list, or a new one in place of an empty one. */
export function append<T>(list: T[], item: T): T[] {
  if (list.length === 0) return [item];
  list.push(item);
  return list;
}

/** Newest first; ties by id so the order never depends on the order notes were read. */
export function newestFirst(a: Interaction, b: Interaction): number {
  return b.date - a.date || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Where the configuration lives, for its diagnostics. */
export const CONFIG_PATH = ".obsidian/plugins/kith/data.json";

/** Default cadences that do not parse are reported against the settings file. */
export function configDiagnostics(config: KithConfig): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (setting: string, map: Readonly<Record<string, string>>) => {
    for (const [name, text] of Object.entries(map)) {
      const parsed = parseCadence(text);
      if (!parsed.ok) {
        out.push({
          path: CONFIG_PATH,
          severity: "error",
          message: `${setting}.${name} ${parsed.issues[0] ?? `"${text}" is not a cadence`}`,
          key: `${setting}.${name}`,
          value: text,
        });
      }
    }
  };
  check("cadenceByRelationship", config.cadenceByRelationship);
  check("cadenceByTag", config.cadenceByTag);
  return out;
}

/**
 * Two contact notes with one base name, or one alias: links by name cannot tell them apart. With
 * `names` (which has every contact's names), only the notes whose base name another note shares
 * are looked at, in most vaults none: two `.md` paths with one base name here have one there too;
 * for aliases, only the notes that have one.
 */
export function duplicateNameDiagnostics(contacts: ReadonlyMap<string, Contact>, names?: NameIndex): Diagnostic[] {
  const byBase = new Map<string, string[]>();
  const candidates = names === undefined ? undefined : new Set(names.sharedBaseNames());
  for (const path of contacts.keys()) {
    if (candidates !== undefined && !candidates.has(path) && path.endsWith(".md")) continue;
    const slash = path.lastIndexOf("/");
    const base = (slash === -1 ? path : path.slice(slash + 1)).toLowerCase();
    const list = byBase.get(base);
    if (list === undefined) byBase.set(base, [path]);
    else list.push(path);
  }
  const out: Diagnostic[] = [];
  for (const paths of byBase.values()) {
    if (paths.length < 2) continue;
    paths.sort();
    for (const path of paths) {
      const others = paths.filter((p) => p !== path);
      out.push({
        path,
        severity: "warning",
        message: `another contact note has the same name (${others.join(", ")}); a link by name to either is ambiguous, so link by path, e.g. "[[${path.replace(/\.md$/, "")}]]"`,
      });
    }
  }
  // An alias of two contacts, or one that is another contact's file name (which a link or
  // `kith log` by that name finds first): said before a link goes astray.
  for (const [key, holders, named] of names?.aliasClashes() ?? []) {
    const aliased = holders.filter((p) => contacts.has(p)).sort();
    const files = named.filter((p) => contacts.has(p)).sort();
    for (const path of aliased) {
      // Its own file name too: links by it find this note.
      if (files.includes(path)) continue;
      const also = aliased.filter((p) => p !== path);
      if (files.length + also.length === 0) continue;
      const contact = contacts.get(path) as Contact; // one of `aliased`, which are all contacts
      const alias = contact.aliases.find((a) => nameKey(a) === key) ?? key;
      const shadowed = files.length > 0;
      out.push({
        path,
        severity: "warning",
        message: `alias "${alias}" is ${shadowed ? "the file name" : "also an alias"} of ${(shadowed ? files : also).join(", ")}: links and kith log by that name ${
          shadowed ? "find that note, never this one; give this note another" : "are ambiguous; give each note its own"
        } alias or link by file name, e.g. "[[${basename(path)}]]"`,
        // The key the note spells it with: `alias`, or the settings' rename.
        key: contact.keys.aliases ?? "aliases",
        value: alias,
      });
    }
  }
  return out;
}

/** The cadence in force for a contact: their own, else by relationship, else by tag. */
export interface CadenceInForce {
  readonly cadence: Cadence;
  readonly from: "note" | "relationship" | "tag";
  /** The configured tag it comes from, when `from` is "tag". */
  readonly tag?: string;
}

const defaultCadenceCache = new WeakMap<KithConfig, Map<string, Cadence | undefined>>();

/**
 * @example cadenceOf(config, aContact({ relationship: "mentor" }))?.from // "relationship"
 */
export function cadenceOf(config: KithConfig, contact: Contact): CadenceInForce | undefined {
  if (contact.cadence !== undefined) return { cadence: contact.cadence, from: "note" };
  let cache = defaultCadenceCache.get(config);
  if (cache === undefined) {
    cache = new Map();
    defaultCadenceCache.set(config, cache);
  }
  const lookup = (key: string, text: string | undefined): Cadence | undefined => {
    if (text === undefined) return undefined;
    if (!cache.has(key)) {
      const parsed = parseCadence(text);
      cache.set(key, parsed.ok ? parsed.value : undefined);
    }
    return cache.get(key);
  };
  if (contact.relationship !== undefined) {
    const rel = contact.relationship;
    const c = lookup(`r:${rel}`, Object.hasOwn(config.cadenceByRelationship, rel) ? config.cadenceByRelationship[rel] : undefined);
    if (c !== undefined) return { cadence: c, from: "relationship" };
  }
  // The most specific tag wins: the note's own tags in order, then each one's parent
  // (`work/acme/london` → `work/acme`), and so on up. A tag with one under it among them
  // (`work` beside `work/acme`) waits for its turn as that one's parent.
  for (let tags = contact.tags; tags.length > 0; ) {
    const parents: string[] = [];
    for (const tag of tags) {
      if (tags.some((t) => t.startsWith(tag + "/"))) continue;
      const c = lookup(`t:${tag}`, Object.hasOwn(config.cadenceByTag, tag) ? config.cadenceByTag[tag] : undefined);
      if (c !== undefined) return { cadence: c, from: "tag", tag };
      const slash = tag.lastIndexOf("/");
      if (slash > 0) parents.push(tag.slice(0, slash));
    }
    tags = parents;
  }
  return undefined;
}

/** The day you were last in touch with someone, and what it came from. */
export interface LastContact {
  readonly day: Day;
  /**
   * The interaction or give note that set it; undefined when `last_contact` in the note is the
   * latest. {@link lastContactVia} says it in a word or two.
   */
  readonly via: Interaction | Give | undefined;
}

/**
 * The last contact of a person: the latest of `last_contact`, the interaction notes that link
 * them and their body log lines, counting only kinds that count (by default every kind but
 * `event`), and the give notes made out to them (an intro or advice sent is being in touch).
 * With `asOf`, interactions and gives dated after that day are not contact yet.
 */
export function lastContactOf(network: Network, contactPath: string, asOf?: Day): LastContact | undefined {
  const contact = network.contacts.get(contactPath);
  if (contact === undefined) return undefined;
  const counting = network.config.countingKinds;
  let best: LastContact | undefined =
    contact.lastContact !== undefined && (asOf === undefined || contact.lastContact <= asOf)
      ? { day: contact.lastContact, via: undefined }
      : undefined;
  const activity = activityOf(network, contactPath);
  // Newest first: the first that counts is the latest.
  for (const i of activity.interactions) {
    if (asOf !== undefined && i.date > asOf) continue;
    if (!counting.includes(i.kind)) continue;
    if (best === undefined || i.date > best.day) best = { day: i.date, via: i };
    break;
  }
  // An interaction's own `gave` is in the interactions already.
  for (const g of activity.gives) {
    if (g.source === "give" && (asOf === undefined || g.date <= asOf) && (best === undefined || g.date > best.day)) {
      best = { day: g.date, via: g };
    }
  }
  return best;
}

/**
 * What set a last contact, for a list: " (coffee)", " (give)" (what was given is a sentence of
 * the user's, too long for a list); empty for `last_contact`.
 */
export const lastContactVia = (last: LastContact): string =>
  last.via === undefined ? "" : ` (${"kind" in last.via ? last.via.kind : "give"})`;
