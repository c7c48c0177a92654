import { readAsk, type Ask } from "./ask";
import { askDiagnostics } from "./asks";
import { parseCadence, type Cadence } from "./cadence";
import { defaultConfig, type KithConfig } from "./config";
import { readContact, type Contact } from "./contact";
import { parseDay, type Day } from "./day";
import type { Diagnostic } from "./diagnostic";
import { readEvent, type KithEvent } from "./event";
import { FIELD_KEYS, keyMapFor, type Field, type KeyMap } from "./frontmatter";
import { giveOfInteraction, readGive, type Give } from "./give";
import { readGoal, type Goal } from "./goal";
import { readInteraction, readLogLines, type Interaction } from "./interaction";
import { fieldsOf, kindOf, kindRulesFor, type KindRules, type NoteKind } from "./kinds";
import { NameIndex, type NoteNames } from "./links";
import type { NoteInput } from "./note";
import { readOrg, type Org } from "./org";
import { readUpdate, type Update } from "./update";
import { FieldReader, type NoteRef } from "./values";

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

const NO_DIAGNOSTICS: readonly Diagnostic[] = [];

/**
 * Reads one note into what it contributes to the network. Pure; never throws; the note's
 * frontmatter object is only read.
 */
export function readNote(note: NoteInput, ctx: ReadContext): NoteRecord {
  const parseProblems = note.diagnostics ?? NO_DIAGNOSTICS;
  if (note.frontmatter === undefined && ctx.kinds.contactFolders.length === 0 && ctx.kinds.contactTags.size === 0) {
    return { path: note.path, names: { path: note.path, aliases: [] }, keys: {}, diagnostics: parseProblems, kind: undefined };
  }
  const fields = fieldsOf(note, ctx.keyMap);
  const kind = kindOf(note, fields, ctx.kinds);
  const r = new FieldReader(note.path, fields, ctx.keyMap);
  r.diagnostics.push(...parseProblems);
  const aliases = aliasesOf(fields.values.aliases);
  const names: NoteNames = { path: note.path, aliases };
  const base = { path: note.path, names, keys: fields.keys };
  switch (kind) {
    case "contact": {
      const created = note.created === undefined ? undefined : parseDay(note.created);
      const contact = readContact(r, created);
      const self: NoteRef = { name: contact.name, target: note.path, isLink: true, path: note.path };
      const firstLine = note.bodyLine ?? 1;
      const log =
        note.body === undefined
          ? { entries: [], diagnostics: [] }
          : readLogLines(note.path, note.body, ctx.config.logHeading, firstLine, self);
      r.diagnostics.push(...log.diagnostics);
      const withTags = mergeTags(contact, note.tags);
      return { ...base, diagnostics: r.diagnostics, kind, contact: withTags, log: log.entries };
    }
    case "interaction":
      return { ...base, diagnostics: r.diagnostics, kind, interaction: readInteraction(r) };
    case "ask": {
      const ask = readAsk(r);
      r.diagnostics.push(...askDiagnostics(ask, fields.keys));
      return { ...base, diagnostics: r.diagnostics, kind, ask };
    }
    case "give":
      return { ...base, diagnostics: r.diagnostics, kind, give: readGive(r) };
    case "goal":
      return { ...base, diagnostics: r.diagnostics, kind, goal: readGoal(r) };
    case "update":
      return { ...base, diagnostics: r.diagnostics, kind, update: readUpdate(r) };
    case "event":
      return { ...base, diagnostics: r.diagnostics, kind, event: readEvent(r) };
    case "org":
      return { ...base, diagnostics: r.diagnostics, kind, org: readOrg(r) };
    case undefined:
      return { ...base, diagnostics: parseProblems, kind: undefined };
  }
}

function aliasesOf(v: unknown): string[] {
  if (typeof v === "string") return v.trim() === "" ? [] : [v.trim()];
  if (!Array.isArray(v)) return [];
  return v.filter((a): a is string => typeof a === "string" && a.trim() !== "").map((a) => a.trim());
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
  return linkNetwork(records, config);
}

/** Resolves every record's links against the vault's names and assembles the network. */
export function linkNetwork(records: readonly NoteRecord[], config: KithConfig): NetworkBuild {
  const names = new NameIndex();
  const kindByPath = new Map<string, NoteKind | undefined>();
  for (const record of records) {
    names.add(record.names);
    kindByPath.set(record.path, record.kind);
  }
  const linker: Linker = { names, kindByPath };
  const builder = new NetworkBuilder(config);
  for (const record of records) builder.add(linkRecord(record, linker));
  return builder.finish();
}

/** What link resolution needs to know about the vault. */
export interface Linker {
  readonly names: NameIndex;
  readonly kindByPath: ReadonlyMap<string, NoteKind | undefined>;
}

/** A record with its links resolved, and the diagnostics of that resolution added. */
export type LinkedRecord = NoteRecord;

/**
 * Resolves a record's references. A link to nowhere is a warning that keeps the text; a name
 * that fits two notes is a warning that names both, never a silent pick.
 */
export function linkRecord(record: NoteRecord, linker: Linker): LinkedRecord {
  const problems: Diagnostic[] = [];
  const keyOf = (field: Field): string => record.keys[field] ?? FIELD_KEYS[field][0];
  const at = (key: string) => (ref: NoteRef, expect: NoteKind | undefined, required: boolean) =>
    resolveRef(ref, record.path, key, expect, required, linker, problems);
  const one = (key: string, ref: NoteRef | undefined, expect: NoteKind | undefined, required: boolean) =>
    ref === undefined ? undefined : at(key)(ref, expect, required);
  const many = (key: string, refs: readonly NoteRef[], expect: NoteKind | undefined, required: boolean) =>
    refs.length === 0 ? refs : refs.map((ref) => at(key)(ref, expect, required));
  let linked: NoteRecord;
  switch (record.kind) {
    case "contact": {
      const c = record.contact;
      linked = {
        ...record,
        contact: {
          ...c,
          org: one(keyOf("org"), c.org, "org", false),
          metAt: one(keyOf("metAt"), c.metAt, undefined, false),
          goalsKnown: many(keyOf("goalsKnown"), c.goalsKnown, "goal", false),
        },
      };
      break;
    }
    case "interaction": {
      const i = record.interaction;
      linked =
        i === undefined
          ? record
          : {
              ...record,
              interaction: {
                ...i,
                with: many(keyOf("with"), i.with, "contact", true),
                goalsShared: many(keyOf("goalsShared"), i.goalsShared, "goal", false),
              },
            };
      break;
    }
    case "ask":
      linked = {
        ...record,
        ask: {
          ...record.ask,
          asked: one(keyOf("asked"), record.ask.asked, "contact", true),
          org: one(keyOf("org"), record.ask.org, "org", false),
        },
      };
      break;
    case "give":
      linked =
        record.give === undefined
          ? record
          : { ...record, give: { ...record.give, to: many(keyOf("to"), record.give.to, "contact", true) } };
      break;
    case "goal":
      linked = { ...record, goal: { ...record.goal, targetOrgs: many(keyOf("targetOrgs"), record.goal.targetOrgs, "org", false) } };
      break;
    case "update":
      linked = { ...record, update: { ...record.update, told: many(keyOf("told"), record.update.told, "contact", true) } };
      break;
    case "event":
      linked = { ...record, event: { ...record.event, org: one(keyOf("org"), record.event.org, "org", false) } };
      break;
    default:
      linked = record;
  }
  return problems.length === 0 ? linked : { ...linked, diagnostics: [...record.diagnostics, ...problems] };
}

function resolveRef(
  ref: NoteRef,
  path: string,
  key: string,
  expect: NoteKind | undefined,
  required: boolean,
  linker: Linker,
  problems: Diagnostic[],
): NoteRef {
  const found = linker.names.resolve(ref.target);
  if (found.path !== undefined) {
    const kind = linker.kindByPath.get(found.path);
    if (expect === "contact" && kind !== "contact") {
      problems.push({
        path,
        severity: "warning",
        message: `${key} "${ref.isLink ? `[[${ref.target}]]` : ref.target}" links to ${found.path}, which is not a contact (it has no "type: contact", or its frontmatter could not be read: see kith check); link the person's note instead`,
        key,
        value: ref.isLink ? `[[${ref.target}]]` : ref.target,
      });
      return ref;
    }
    return { ...ref, path: found.path };
  }
  const shown = ref.isLink ? `[[${ref.target}]]` : ref.target;
  if (found.ambiguous !== undefined) {
    problems.push({
      path,
      severity: "warning",
      message: `${key} "${shown}" could be any of ${found.ambiguous.join(", ")}; link one by its path, e.g. "[[${found.ambiguous[0]?.replace(/\.md$/, "") ?? ""}]]"`,
      key,
      value: shown,
    });
  } else if (ref.isLink || required) {
    problems.push({
      path,
      severity: "warning",
      message: ref.isLink
        ? `${key} links to "${shown}", but no note has that name, path or alias; the text is kept. Create the note or fix the link`
        : `${key} "${shown}" names no contact note; link one, e.g. "[[${ref.target}]]", or create it`,
      key,
      value: shown,
    });
  }
  return ref;
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

  finish(): NetworkBuild {
    const activity = new Map<string, { interactions: Interaction[]; asks: Ask[]; gives: Give[] }>();
    const entry = (path: string) => {
      let a = activity.get(path);
      if (a === undefined) {
        a = { interactions: [], asks: [], gives: [] };
        activity.set(path, a);
      }
      return a;
    };
    for (const i of this.interactions.values()) {
      const seen = new Set<string>();
      for (const w of i.with) {
        if (w.path === undefined || seen.has(w.path) || !this.contacts.has(w.path)) continue;
        seen.add(w.path);
        entry(w.path).interactions.push(i);
      }
    }
    for (const a of this.asks.values()) {
      if (a.asked?.path !== undefined && this.contacts.has(a.asked.path)) entry(a.asked.path).asks.push(a);
    }
    for (const g of this.gives) {
      for (const t of g.to) if (t.path !== undefined && this.contacts.has(t.path)) entry(t.path).gives.push(g);
    }
    for (const a of activity.values()) a.interactions.sort(newestFirst);
    this.diagnostics.push(...configDiagnostics(this.config));
    this.diagnostics.push(...duplicateNameDiagnostics(this.contacts));
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

/** Two contact notes with one base name: links by name cannot tell them apart. */
export function duplicateNameDiagnostics(contacts: ReadonlyMap<string, Contact>): Diagnostic[] {
  const byBase = new Map<string, string[]>();
  for (const path of contacts.keys()) {
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
  return out;
}

/** The cadence in force for a contact: their own, else by relationship, else by tag. */
export interface CadenceInForce {
  readonly cadence: Cadence;
  readonly from: "note" | "relationship" | "tag";
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
  for (const tag of contact.tags) {
    const c = lookup(`t:${tag}`, Object.hasOwn(config.cadenceByTag, tag) ? config.cadenceByTag[tag] : undefined);
    if (c !== undefined) return { cadence: c, from: "tag" };
  }
  return undefined;
}

/** The day you were last in touch with someone, and what it came from. */
export interface LastContact {
  readonly day: Day;
  /** The interaction that set it; undefined when `last_contact` in the note is the latest. */
  readonly via: Interaction | undefined;
}

/**
 * The last contact of a person: the latest of `last_contact`, the interaction notes that link
 * them and their body log lines, counting only kinds that count (by default every kind but
 * `event`). With `asOf`, interactions planned after that day are not contact yet.
 */
export function lastContactOf(network: Network, contactPath: string, asOf?: Day): LastContact | undefined {
  const contact = network.contacts.get(contactPath);
  if (contact === undefined) return undefined;
  const counting = network.config.countingKinds;
  let best: LastContact | undefined =
    contact.lastContact !== undefined && (asOf === undefined || contact.lastContact <= asOf)
      ? { day: contact.lastContact, via: undefined }
      : undefined;
  // Newest first: the first that counts is the latest.
  for (const i of activityOf(network, contactPath).interactions) {
    if (asOf !== undefined && i.date > asOf) continue;
    if (!counting.includes(i.kind)) continue;
    if (best === undefined || i.date > best.day) best = { day: i.date, via: i };
    break;
  }
  return best;
}
