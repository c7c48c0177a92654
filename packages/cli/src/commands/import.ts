import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import {
  applyEdit,
  basename,
  buildNetwork,
  defaultConfig,
  formatDiagnostic,
  keyMapFor,
  normalizeKey,
  type Contact,
  type EditValue,
  type Field,
  type KeyMap,
  type Network,
  type NoteEdit,
  type NoteRef,
  type Org,
} from "@kith/core";
import { todayOf } from "../context";
import { CommandError, UsageError } from "../errors";
import { decodeText, type DecodedText } from "../import/decode";
import { parseGoogleContacts } from "../import/google";
import { parseLinkedInConnections } from "../import/linkedin";
import { linkedInProfileOf, safeFileName, type ImportedPerson, type ImportResult, type ImportSource } from "../import/person";
import { parseVCards } from "../import/vcard";
import { count, paint, type Io } from "../output";
import { fileOf, notUtf8Line, notUtf8Refusal, readVault } from "../vault";
import { createNew, writeAtomic } from "../write";
import type { Command } from "./command";

const PARSERS: Readonly<Record<ImportSource, (text: string) => ImportResult>> = {
  linkedin: parseLinkedInConnections,
  google: parseGoogleContacts,
  vcard: parseVCards,
};

export const importCommand: Command = {
  name: "import",
  summary: "import contacts from LinkedIn, Google Contacts or vCard",
  usage: "kith import (linkedin|google|vcard) FILE --into FOLDER [--vault VAULT] [--dry-run]",
  help: `Makes a contact note for each person in an export, in FOLDER:
  linkedin   Connections.csv from LinkedIn's "Get a copy of your data"
  google     contacts.csv from Google Contacts' export (Google CSV)
  vcard      a .vcf file (Apple Contacts, Google, Outlook; vCard 2.1, 3.0 and 4.0)
The file may be UTF-8, UTF-16 (with a byte order mark) or Windows-1252 (Latin-1).

An import never overwrites a note. A person who already has one — same LinkedIn URL, then
same email, then same name or file name, then alias, in any case — has it updated key by key:
only keys the note lacks are added.
A key the note has keeps its value, even one Kith cannot read (met: March 2019 at PyCon);
those are listed as kept.
Two people of the same name whose emails, phones or LinkedIn URLs all differ are two notes
(Jane Doe.md, Jane Doe 2.md). A person named like several notes, with nothing that tells which
of them is theirs, is listed and left alone: add their email, phone or LinkedIn URL to the right
note and import again. A person named like a note whose frontmatter cannot be read is left
alone too, with the note named: fix it and import again.
From LinkedIn, a new company (not the note's org with or without its legal form, as in
"Acme, Inc.", nor under another of its names or aliases) updates org and role, and (unless a
next step is set) adds "next_step: Congratulate on the new role", due that day; a title you
reworded at the same company is kept. Importing the same file again changes nothing. A
connection day after today is left out, and a birthday whose year is still to come is kept as
--MM-DD, without the year; stderr says so for each.

Options:
  --into FOLDER        where new notes go (made if missing)
  --vault VAULT        the vault whose notes are matched (default: the nearest folder above
                       FOLDER with an .obsidian folder, else FOLDER itself)
  --dry-run            print what would be created and changed; write nothing
  --today YYYY-MM-DD   the day a job change is noted, and that connection days and birthdays
                       are checked against (default: today)`,
  options: { into: { type: "string" }, vault: { type: "string" }, "dry-run": { type: "boolean" }, today: { type: "string" } },
  minPositionals: 2,
  maxPositionals: 2,
  run(io, { positionals, values }) {
    const source = positionals[0] as ImportSource;
    if (!(source in PARSERS)) throw new UsageError(`unknown import source "${positionals[0] ?? ""}"; use linkedin, google or vcard`);
    const into = values.into as string | undefined;
    if (into === undefined) throw new UsageError("--into FOLDER is required: the folder where new contact notes go");
    const file = resolve(io.cwd, positionals[1] ?? "");
    let decoded: DecodedText;
    try {
      decoded = decodeText(readFileSync(file));
    } catch (error) {
      throw new UsageError(`cannot read ${positionals[1] ?? ""}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const { text } = decoded;
    const intoAbs = resolve(io.cwd, into);
    const root = resolve(io.cwd, (values.vault as string | undefined) ?? vaultAbove(intoAbs));
    if (intoAbs !== root && !intoAbs.startsWith(root + sep)) {
      throw new UsageError(`--into ${into} is not inside the vault ${root}`);
    }
    const dryRun = values["dry-run"] === true;
    const today = todayOf(io, values.today as string | undefined);
    const parsed = PARSERS[source](text);
    const name = positionals[1] ?? "";
    if (decoded.encoding === "Windows-1252") {
      io.err(`${name}: not UTF-8 text; read as Windows-1252 (Latin-1). If accented letters look wrong, save the file as UTF-8 and import it again`);
    }
    for (const p of parsed.problems) io.err(`${name}: ${p}`);
    // Nothing read and something wrong: most likely the wrong kind of file (a Google CSV given
    // to `import linkedin`). That is a failure, and it leaves no empty folder behind.
    if (parsed.people.length === 0 && parsed.skipped.length === 0 && parsed.problems.length > 0) {
      throw new UsageError(`${name}: no contacts were read; nothing was imported`);
    }
    // A folder that does not exist yet is an empty vault; it is made only for a note written
    // into it (a dry run, or an import with nothing new, leaves no empty folder behind).
    const vault = existsSync(root) ? readVault(root) : { root, notes: [], config: defaultConfig(), configProblems: [], files: new Map<string, string>() };
    // Settings it could not use: the notes it writes take the default keys instead of the renames.
    for (const problem of vault.configProblems) io.err(formatDiagnostic(problem));
    const { network } = buildNetwork(vault.notes, vault.config);
    const plan = planImport(withoutDaysAhead(parsed.people, today, (p) => io.err(`${name}: ${p}`)), network, {
      keyMap: keyMapFor(vault.config),
      folder: relative(root, intoAbs).split(sep).join("/"),
      today,
      existingPaths: new Set(vault.notes.map((n) => n.path)),
      frontmatter: new Map(vault.notes.map((n) => [n.path, n.frontmatter ?? {}])),
      unreadable: vault.notes.filter((n) => n.frontmatter === undefined && n.diagnostics.some((d) => d.severity === "error")),
    });
    // Every update is made and checked before anything is said or written: a note it must leave
    // untouched (not UTF-8, properties never closed, YAML it cannot edit) is not called updated.
    const updates: { path: string; full: string; before: string; after: string; changes: readonly string[] }[] = [];
    for (const u of plan.updates) {
      const full = fileOf(vault, u.path);
      const bytes = readFileSync(full);
      const before = bytes.toString("utf8");
      const badLine = notUtf8Line(bytes, before);
      const after = badLine === undefined ? applyEdit(before, u.edit, keyMapFor(vault.config)) : undefined;
      if (after?.ok === true) updates.push({ path: u.path, full, before, after: after.value, changes: u.changes });
      else io.err(badLine === undefined ? (after?.issues ?? []).join("\n") : notUtf8Refusal(u.path, badLine));
    }
    report(io, { ...plan, updates }, parsed, dryRun, plan.updates.length - updates.length);
    if (dryRun) return 0;
    const progress = progressBar(io, plan.creates.length + updates.length);
    for (const c of plan.creates) {
      const full = join(root, c.path);
      // Nothing is ever written outside the target folder.
      if (!full.startsWith(intoAbs + sep)) throw new CommandError(`refusing to write outside ${into}: ${c.path}`);
      mkdirSync(dirname(full), { recursive: true });
      createNew(full, c.text);
      progress();
    }
    for (const u of updates) {
      if (u.after !== u.before) writeAtomic(u.full, u.after);
      progress();
    }
    return 0;
  },
};

/** The nearest folder at or above `folder` that holds `.obsidian`; else `folder`. */
function vaultAbove(folder: string): string {
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".obsidian"))) return dir;
    if (dirname(dir) === dir) return folder;
  }
}

interface ImportPlan {
  readonly creates: readonly {
    readonly path: string;
    readonly text: string;
    readonly person: ImportedPerson;
    /** A note (or an earlier row) has this name, but its emails, phones or profile differ. */
    readonly namesake: boolean;
  }[];
  readonly updates: readonly { readonly path: string; readonly edit: NoteEdit; readonly changes: readonly string[] }[];
  /** People whose name several notes (or earlier rows) have, none of them surely theirs. */
  readonly unsure: readonly { readonly person: ImportedPerson; readonly paths: readonly string[] }[];
  /** People found by nothing but the name of a note that cannot be read. */
  readonly unreadable: readonly { readonly person: ImportedPerson; readonly path: string }[];
  /** Values the import would have added, kept out because the note has the key with a value Kith cannot read. */
  readonly kept: readonly Kept[];
  readonly unchanged: number;
  readonly merged: number;
  /** People made as a note of their own although a note (or an earlier row) has their name. */
  readonly namesakes: number;
}

interface Kept {
  readonly path: string;
  readonly label: string;
  /** The note's value, as its frontmatter gives it. */
  readonly mine: unknown;
  /** The import's value. */
  readonly theirs: EditValue;
}

interface PlanOptions {
  readonly keyMap: KeyMap;
  /** Vault-relative folder for new notes (`""` for the vault's root). */
  readonly folder: string;
  readonly today: string;
  readonly existingPaths: ReadonlySet<string>;
  /** Each note's frontmatter as written, to see which keys it gives a value, readable or not. */
  readonly frontmatter: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  /**
   * Notes whose frontmatter cannot be read: Kith does not see them as anyone, but a person with
   * such a note's name most likely has it, and a second note would be a duplicate.
   */
  readonly unreadable: readonly { readonly path: string }[];
}

/** A person as matching sees them: an existing contact, or a note this import will create. */
interface Known {
  readonly path: string;
  readonly name: string;
  readonly linkedin: string | undefined;
  /**
   * The note gives its profile as a bare handle (`janedoe`): it finds the note, but another
   * profile says nothing against it, as `linkedin: yes` or `none` reads as a handle too.
   */
  readonly linkedinIsHandle: boolean;
  readonly emails: readonly string[];
  readonly phones: readonly string[];
  readonly org: string | undefined;
  readonly role: string | undefined;
  readonly fields: Partial<Record<Field, unknown>>;
  readonly contact: Contact | undefined;
  readonly planned: boolean;
}

const lower = (s: string) => s.normalize("NFC").trim().toLowerCase();

/**
 * Decides, without writing, what an import does: which notes to create and which keys to add to
 * which existing notes. Pure apart from reading the network.
 */
function planImport(people: readonly ImportedPerson[], network: Network, options: PlanOptions): ImportPlan {
  const byLinkedin = new Map<string, Known>();
  const byEmail = new Map<string, Known>();
  const byName = new Map<string, Known[]>();
  const byAlias = new Map<string, Known[]>();
  // A note goes by its name and file name, then by its aliases, as Kith finds a contact by name
  // (`matchContact`): a person the user keeps as `Jane.md` with the alias "Jane Doe" is
  // LinkedIn's Jane Doe, unless a note is named Jane Doe.
  const file = (map: Map<string, Known[]>, names: readonly string[], k: Known) => {
    for (const name of new Set(names.map(lower))) map.set(name, [...(map.get(name) ?? []), k]);
  };
  const remember = (k: Known, names: readonly string[] = [k.name], aliases: readonly string[] = []) => {
    if (k.linkedin !== undefined) byLinkedin.set(k.linkedin, k);
    for (const e of k.emails) byEmail.set(lower(e), k);
    file(byName, names, k);
    file(byAlias, aliases, k);
  };
  for (const c of network.contacts.values()) {
    // A value that is no profile (`n/a`, a company page) must not keep a same-name person from matching.
    const linkedin = c.linkedin === undefined ? undefined : linkedInProfileOf(c.linkedin);
    remember({
      path: c.path,
      name: c.name,
      linkedin,
      linkedinIsHandle: linkedin !== undefined && !/linkedin\.com/iu.test(c.linkedin ?? ""),
      emails: c.emails,
      phones: c.phones,
      org: c.org?.name,
      role: c.role,
      fields: {},
      contact: c,
      planned: false,
    }, [c.name, basename(c.path)], c.aliases);
  }
  const taken = new Set([...options.existingPaths].map(lower));
  const orgOf = orgLinker(network, taken);
  const creates = new Map<
    string,
    { path: string; fields: Partial<Record<Field, EditValue>>; person: ImportedPerson; namesake: boolean }
  >();
  const updates = new Map<string, { set: Partial<Record<Field, EditValue>>; changes: string[] }>();
  const unsure: { person: ImportedPerson; paths: string[] }[] = [];
  const unreadable: { person: ImportedPerson; path: string }[] = [];
  const kept: Kept[] = [];
  const keptKeys = new Set<string>();
  const unreadableByName = new Map(options.unreadable.map((n) => [lower(basename(n.path)), n.path]));
  let unchanged = 0;
  let merged = 0;
  let namesakes = 0;

  for (const person of people) {
    const byUrl = person.linkedin === undefined ? undefined : byLinkedin.get(person.linkedin);
    const sameName = byName.get(lower(person.name)) ?? [];
    const aliasOnly = (byAlias.get(lower(person.name)) ?? []).filter((k) => !sameName.includes(k));
    const byId = byUrl ?? person.emails.map((e) => byEmail.get(lower(e))).find((k) => k !== undefined);
    const named = byId === undefined ? nameMatches(sameName, aliasOnly, person) : [];
    if (named.length > 1) {
      // A new note would be one more namesake, and the next import would not know it either.
      unsure.push({ person, paths: named.map((k) => k.path).sort() });
      continue;
    }
    const match = byId ?? named[0];
    const unread = match === undefined ? unreadableByName.get(lower(person.name)) : undefined;
    if (unread !== undefined) {
      unreadable.push({ person, path: unread });
      continue;
    }
    if (match === undefined) {
      const path = freePath(options.folder, person.name, taken);
      const fields = newNoteFields(person, orgOf, basename(path));
      const namesake = sameName.length + aliasOnly.length > 0;
      if (namesake) namesakes++;
      taken.add(lower(path));
      creates.set(path, { path, fields, person, namesake });
      remember({
        path,
        name: person.name,
        linkedin: person.linkedin,
        linkedinIsHandle: false,
        emails: person.emails,
        phones: person.phones,
        org: person.org,
        role: person.role,
        fields,
        contact: undefined,
        planned: true,
      });
      continue;
    }
    if (match.planned) {
      // The same person twice in one export: fill what the first row lacked.
      const planned = creates.get(match.path);
      if (planned !== undefined) {
        for (const [field, value] of Object.entries(newNoteFields(person, orgOf)) as [Field, EditValue][]) {
          if (planned.fields[field] === undefined) planned.fields[field] = value;
        }
      }
      merged++;
      continue;
    }
    const contact = match.contact as Contact;
    const set: Partial<Record<Field, EditValue>> = {};
    const changes: string[] = [];
    // What the note writes, not what Kith could read of it: `met: March 2019 at PyCon` is no
    // date, but it is the user's, and an import must not put LinkedIn's date over it.
    const written = writtenFields(options.frontmatter.get(contact.path) ?? {}, options.keyMap);
    // An earlier row of this file already fills this note: it keeps what that row gave, as a
    // note this import creates keeps its first row's values.
    const pending = updates.get(contact.path);
    const fill = (field: Field, value: EditValue | undefined, label: string) => {
      if (value === undefined || pending?.set[field] !== undefined) return;
      const mine = written.get(field);
      if (mine === undefined) {
        set[field] = value;
        changes.push(`add ${label}`);
      } else if (!readIn(contact, field) && !keptKeys.has(`${contact.path}\n${label}`)) {
        // Listed once, with the first row's value, however many rows of the file bring one.
        keptKeys.add(`${contact.path}\n${label}`);
        kept.push({ path: contact.path, label, mine, theirs: value });
      }
    };
    // Only a match by profile URL is sure enough to let LinkedIn overwrite a job, and only a
    // different company counts as a new job. The note does not record what LinkedIn said last
    // time, so a title that differs at the same company may be the user's own wording ("VP
    // Engineering (platform)"): it is left alone, at the cost of not noticing a promotion.
    const jobChanged =
      pending === undefined &&
      person.source === "linkedin" &&
      byUrl !== undefined &&
      person.org !== undefined &&
      contact.org !== undefined &&
      !orgNames(contact.org, network).has(companyKey(person.org));
    if (jobChanged) {
      set.org = orgOf(person.org);
      changes.push(`org ${contact.org?.name ?? "(none)"} → ${person.org ?? ""}`);
      if (person.role !== undefined && lower(person.role) !== lower(contact.role ?? "")) {
        set.role = person.role;
        changes.push(`role ${contact.role ?? "(none)"} → ${person.role}`);
      }
      if (!written.has("nextStep") && !written.has("nextStepDue")) {
        set.nextStep = "Congratulate on the new role";
        set.nextStepDue = options.today;
        changes.push("next step: congratulate on the new role");
      }
    }
    if (!jobChanged) fill("org", orgOf(person.org), "org");
    if (!jobChanged) fill("role", person.role, "role");
    fill("linkedin", person.linkedin, "linkedin");
    fill("email", listValue(person.emails), "email");
    fill("phone", listValue(person.phones), "phone");
    fill("met", person.met, "met");
    fill("birthday", person.birthday, "birthday");
    // A row after one that updates this note is a repeat, as for a note this import creates: the
    // note is counted once, as updated, and the entries add up.
    if (pending !== undefined) merged++;
    if (changes.length === 0) {
      if (pending === undefined) unchanged++;
      continue;
    }
    if (pending === undefined) updates.set(contact.path, { set, changes });
    else {
      Object.assign(pending.set, set);
      pending.changes.push(...changes);
    }
    // The note now has this row's emails, phones or profile: a later row of the same name is
    // told apart by them, as it would be on the next import, which then changes nothing.
    if (set.email !== undefined || set.phone !== undefined || set.linkedin !== undefined) {
      const learned: Known = {
        ...match,
        emails: set.email === undefined ? match.emails : person.emails,
        phones: set.phone === undefined ? match.phones : person.phones,
        linkedin: set.linkedin === undefined ? match.linkedin : person.linkedin,
        linkedinIsHandle: set.linkedin === undefined ? match.linkedinIsHandle : false,
      };
      // Only the lists this note is in: a walk of every name would make a large import quadratic.
      const swap = (map: Map<string, Known[]>, names: readonly string[]) => {
        for (const name of new Set(names.map(lower))) {
          const list = map.get(name);
          if (list !== undefined) map.set(name, list.map((k) => (k === match ? learned : k)));
        }
      };
      swap(byName, [contact.name, basename(contact.path)]);
      swap(byAlias, contact.aliases);
      remember(learned, []);
    }
  }
  return {
    creates: [...creates.values()].map((c) => ({
      path: c.path,
      person: c.person,
      namesake: c.namesake,
      text: noteText(c.path, c.fields, options.keyMap),
    })),
    updates: [...updates.entries()].map(([path, u]) => ({ path, edit: { path, set: u.set }, changes: u.changes })),
    unsure,
    unreadable,
    kept,
    unchanged,
    merged,
    namesakes,
  };
}

/**
 * The fields a note gives a value, under any spelling its key map accepts, whether Kith can read
 * that value or not, with the value as written. An empty key (`met:` in a template) is no value.
 */
function writtenFields(frontmatter: Readonly<Record<string, unknown>>, keyMap: KeyMap): ReadonlyMap<Field, unknown> {
  const written = new Map<Field, unknown>();
  for (const [key, value] of Object.entries(frontmatter)) {
    const field = keyMap.fieldOf.get(normalizeKey(key));
    if (field === undefined || written.has(field) || isBlank(value)) continue;
    written.set(field, value);
  }
  return written;
}

const isBlank = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  (typeof value === "string" && value.trim() === "") ||
  (Array.isArray(value) && value.every(isBlank));

/** Whether Kith could read the note's value of a field an import fills. */
function readIn(contact: Contact, field: Field): boolean {
  switch (field) {
    case "email":
      return contact.emails.length > 0;
    case "phone":
      return contact.phones.length > 0;
    case "org":
    case "role":
    case "linkedin":
    case "met":
    case "birthday":
      return contact[field] !== undefined;
    default:
      return true;
  }
}

/**
 * Every name an org goes by, as {@link companyKey}s: as the note writes it (display text and link
 * target), and, when it links to an org note, that note's file name, name and aliases. `[[Acme]]`
 * and "Acme Widgets" are one company when `Orgs/Acme.md` has the alias "Acme Widgets".
 */
function orgNames(org: NoteRef, network: Network): ReadonlySet<string> {
  const names = [org.name, org.target];
  const note = org.path === undefined ? undefined : network.orgs.get(org.path);
  if (note !== undefined) names.push(note.name, basename(note.path), ...note.aliases);
  return new Set(names.map(companyKey));
}

/**
 * The people without a day to come where only a past one makes sense, each told through `tell`: a
 * connection day after `today` would keep a new person off the follow-ups until then (a clock set
 * wrong where the export was made, a file edited by hand), so it is left out; a birthday whose
 * year is to come keeps its month and day (`--05-01`).
 */
function withoutDaysAhead(people: readonly ImportedPerson[], today: string, tell: (problem: string) => void): ImportedPerson[] {
  return people.map((person) => {
    const { met, birthday, ...rest } = person;
    const where = `${person.source === "vcard" ? "card" : "line"} ${String(person.line ?? "?")}: ${person.name}'s`;
    const metAhead = met !== undefined && met > today;
    const bornAhead = birthday !== undefined && !birthday.startsWith("--") && birthday > today;
    if (metAhead) tell(`${where} connection day ${met} is after today (${today}); imported without a met date`);
    if (bornAhead) tell(`${where} birthday ${birthday} is after today (${today}); imported as --${birthday.slice(5)}, without the year`);
    if (!metAhead && !bornAhead) return person;
    return {
      ...rest,
      ...(met === undefined || metAhead ? {} : { met }),
      ...(birthday === undefined ? {} : { birthday: bornAhead ? `--${birthday.slice(5)}` : birthday }),
    };
  });
}

/**
 * How an import writes a company: as a link to the vault's org note for it, as the notes link their
 * orgs, so that Obsidian's backlinks and graph see it; else as the name the export gives. The org
 * note is looked for as Kith resolves a name (file name before alias, see `NameIndex`), then by
 * its `name:`, each legal form or not ("Acme, Inc." finds `Orgs/Acme.md`); the first of these that
 * any org note has decides, and it must be one note's: "Initech" is `Orgs/Initrode.md` by its alias
 * before `Orgs/IT.md` by its `name:`, as a hand-written `org: Initech` would be. The link is by
 * file name, or by path where another file of the vault (`paths`, lower case) has that name.
 */
function orgLinker(network: Network, paths: ReadonlySet<string>): OrgOf {
  const tiers = [
    (org: Org) => [basename(org.path)],
    (org: Org) => org.aliases,
    (org: Org) => [org.name],
  ].map((namesOf) => {
    const notes = new Map<string, string[]>();
    for (const org of network.orgs.values()) {
      for (const name of new Set(namesOf(org).map(companyKey))) notes.set(name, [...(notes.get(name) ?? []), org.path]);
    }
    return notes;
  });
  return ((company: string | undefined) => {
    const key = company === undefined ? undefined : companyKey(company);
    const found = key === undefined ? undefined : tiers.map((notes) => notes.get(key)).find((f) => f !== undefined);
    if (found?.length !== 1) return company;
    const path = found[0] as string;
    const file = `/${lower(basename(path))}.md`;
    const shared = [...paths].some((p) => p !== lower(path) && `/${p}`.endsWith(file));
    return `[[${shared ? path.replace(/\.md$/, "") : basename(path)}]]`;
  }) as OrgOf;
}

/** A company as an import writes it: {@link orgLinker}. */
interface OrgOf {
  (company: string): string;
  (company: string | undefined): string | undefined;
}

/**
 * Legal forms at the end of a company's name, once its dots are gone ("S.A." is "sa"), after a
 * space, a comma or an "&" ("McKinsey & Company", "Goldman Sachs & Co. LLC", "Bosch GmbH & Co. KG").
 */
const LEGAL_FORMS =
  /(?:[\s,&]+(?:inc|incorporated|llc|llp|lp|ltd|limited|corp|corporation|co|company|plc|gmbh|ag|kg|se|sa|sas|sarl|srl|spa|bv|nv|oy|oyj|ab|asa|pty|pte|kk))+$/;

/**
 * A company's name as imports compare it: lower case, without dots and without the legal form
 * LinkedIn's profiles often carry and notes leave out. "Acme", "Acme Inc." and "ACME, Inc" are
 * one company (a re-import must not take them for a new job); a name that is only a legal form
 * is kept as it is.
 */
function companyKey(name: string): string {
  const key = lower(name).replace(/\./g, "").replace(LEGAL_FORMS, "").trim();
  return key === "" ? lower(name) : key;
}

/**
 * The same-name notes that may be this person. A same-name note is the same person unless what
 * identifies them says otherwise: when both sides have emails, phones or LinkedIn profiles, at
 * least one must be shared. Two John Smiths, john@acme.com and jsmith@globex.com, are two people;
 * a John Smith with an email and one with only a phone number cannot be told apart, and are taken
 * as one. A note that shares something with the person is theirs before notes that share
 * nothing: a re-import must find, among its namesakes, the note it made for a person known only
 * by a phone number. `named` have the name as their name or file name, `aliased` as an alias.
 */
function nameMatches(named: readonly Known[], aliased: readonly Known[], person: ImportedPerson): readonly Known[] {
  const verdicts = [...named, ...aliased].map((known) => ({ known, same: samePerson(known, person) }));
  const sure = verdicts.filter((v) => v.same === true);
  if (sure.length > 0) return sure.map((v) => v.known);
  // Nothing tells: a note named so comes before one that has the name as an alias.
  const open = verdicts.filter((v) => v.same === undefined).map((v) => v.known);
  const byName = open.filter((k) => named.includes(k));
  return byName.length > 0 ? byName : open;
}

/** True when they share an email, phone or profile; false when they have some and share none;
 * `undefined` when nothing can be compared. */
function samePerson(known: Known, person: ImportedPerson): boolean | undefined {
  const profile =
    known.linkedin === undefined || person.linkedin === undefined ? undefined : known.linkedin === person.linkedin;
  const comparisons = [
    shared(known.emails.map(lower), person.emails.map(lower), (a, b) => a === b),
    shared(known.phones.map(phoneDigits), person.phones.map(phoneDigits), samePhone),
    profile === false && known.linkedinIsHandle ? undefined : profile,
  ].filter((c) => c !== undefined);
  return comparisons.length === 0 ? undefined : comparisons.includes(true);
}

/** Whether two lists share an item; `undefined` when either is empty (nothing to compare). */
function shared(a: readonly string[], b: readonly string[], same: (x: string, y: string) => boolean): boolean | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  return a.some((x) => b.some((y) => same(x, y)));
}

const phoneDigits = (phone: string): string => phone.replace(/\D/gu, "");

/**
 * The same number written with and without its country or trunk prefix ("+1 555 0100",
 * "555-0100"; "+44 20 7946 0000", "020 7946 0000"): the shorter one's last seven digits or more
 * end the longer one.
 */
function samePhone(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 7) return short === long;
  const tail = short.replace(/^0+/u, "");
  return long.endsWith(tail.length >= 7 ? tail : short);
}

const listValue = (items: readonly string[]): EditValue | undefined =>
  items.length === 0 ? undefined : items.length === 1 ? (items[0]) : items;

/** `fileBase`: the new note's file name without `.md`; a `name` key is written when it differs
 * (`John Smith 2.md` is still John Smith; `AC-DC.md` is AC/DC). */
function newNoteFields(
  person: ImportedPerson,
  orgOf: OrgOf,
  fileBase?: string,
): Partial<Record<Field, EditValue>> {
  const fields: Partial<Record<Field, EditValue>> = { type: "contact" };
  const put = (field: Field, value: EditValue | undefined) => {
    if (value !== undefined) fields[field] = value;
  };
  if (fileBase !== undefined && fileBase !== person.name) put("name", person.name);
  put("org", orgOf(person.org));
  put("role", person.role);
  put("email", listValue(person.emails));
  put("phone", listValue(person.phones));
  put("linkedin", person.linkedin);
  put("met", person.met);
  put("birthday", person.birthday);
  put("source", person.source);
  return fields;
}

function noteText(path: string, fields: Partial<Record<Field, EditValue>>, keyMap: KeyMap): string {
  const made = applyEdit("", { path, set: fields }, keyMap);
  if (!made.ok) throw new CommandError(made.issues.join("\n"));
  return made.value;
}

/** `Folder/Jane Doe.md`, or `Folder/Jane Doe 2.md` when that is taken (case-insensitively). */
function freePath(folder: string, name: string, taken: ReadonlySet<string>): string {
  const base = safeFileName(name);
  const prefix = folder === "" ? "" : `${folder}/`;
  for (let n = 1; ; n++) {
    const path = `${prefix}${n === 1 ? base : `${base} ${n}`}.md`;
    if (!taken.has(lower(path))) return path;
  }
}

/** `untouched`: updates refused, each already explained on stderr. */
function report(
  io: Io,
  plan: Pick<ImportPlan, "creates" | "unsure" | "unreadable" | "kept" | "unchanged" | "merged" | "namesakes"> & {
    readonly updates: readonly { readonly path: string; readonly changes: readonly string[] }[];
  },
  parsed: ImportResult,
  dryRun: boolean,
  untouched: number,
): void {
  const p = paint(io.color);
  const would = dryRun ? "Would create" : "Created";
  const wouldUpdate = dryRun ? "Would update" : "Updated";
  if (plan.creates.length > 0) {
    io.out(p.bold(`${would} ${count(plan.creates.length, "note")}:`));
    for (const c of plan.creates) {
      io.out(`  + ${c.path}${c.namesake ? ` (another ${c.person.name}: different email, phone or LinkedIn)` : ""}`);
    }
  }
  if (plan.updates.length > 0) {
    io.out(p.bold(`${wouldUpdate} ${count(plan.updates.length, "note")}:`));
    for (const u of plan.updates) io.out(`  ~ ${u.path}: ${u.changes.join("; ")}`);
  }
  if (plan.kept.length > 0) {
    io.out(p.bold('Kept as the notes have them, though Kith cannot read them ("kith check" says why):'));
    for (const k of plan.kept) io.out(`  = ${k.path}: ${k.label} ${showValue(k.mine)} (the import has ${showValue(k.theirs)})`);
  }
  if (plan.unsure.length > 0) {
    io.out(p.bold("Left alone, as several notes have their name and nothing tells which (add their email, phone or LinkedIn URL to the right note):"));
    for (const u of plan.unsure) io.out(`  ? ${u.person.name}: ${u.paths.join(", ")}`);
  }
  if (plan.unreadable.length > 0) {
    io.out(p.bold('Left alone, as their note cannot be read (fix it, "kith check" lists its problems, and import again):'));
    for (const u of plan.unreadable) io.out(`  ! ${u.person.name}: ${u.path} cannot be read`);
  }
  const parts = [
    `${plan.creates.length} new`,
    `${plan.updates.length} updated`,
    `${plan.unchanged} already up to date`,
    ...(plan.merged > 0 ? [`${plan.merged} repeated in the file`] : []),
    ...(plan.namesakes > 0 ? [`${count(plan.namesakes, "namesake")} kept apart`] : []),
    ...(plan.unsure.length > 0 ? [`${plan.unsure.length} left alone (name shared by several notes)`] : []),
    ...(plan.unreadable.length > 0 ? [`${plan.unreadable.length} left alone (their note cannot be read)`] : []),
    ...(untouched > 0 ? [`${untouched} left untouched (see above)`] : []),
    ...(parsed.skipped.length > 0 ? [`${parsed.skipped.length} skipped (${firstReason(parsed)})`] : []),
  ];
  io.out(`${count(parsed.people.length + parsed.skipped.length, "entry", "entries")}: ${parts.join(", ")}.${dryRun ? " Nothing was written (--dry-run)." : ""}`);
}

function firstReason(parsed: ImportResult): string {
  const reasons = new Set(parsed.skipped.map((s) => s.reason.replace(/\s*\(.*$/, "")));
  return [...reasons].slice(0, 2).join("; ");
}

const showValue = (value: unknown): string => (typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value)));

/** A progress bar on stderr for imports of more than a few hundred notes, on a terminal only. */
function progressBar(io: Io, total: number): () => void {
  if (!io.errIsTty || total <= 300) return () => undefined;
  let done = 0;
  return () => {
    done++;
    if (done % 25 !== 0 && done !== total) return;
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total}${done === total ? "\n" : ""}`);
  };
}

