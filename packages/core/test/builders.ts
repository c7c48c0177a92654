// Small immutable builders for notes as Kith reads them (`NoteInput`). Each returns a new value;
// pass the frontmatter keys a test cares about and leave the rest to the defaults.

import {
  buildNetwork,
  defaultConfig,
  parseConfig,
  type KithConfig,
  type KithConfigInput,
  type NoteInput,
} from "@kith/core";

/** Frontmatter as Obsidian hands it to plugins: dates as strings, links as `"[[X]]"`, `null` when empty. */
export type Frontmatter = Readonly<Record<string, unknown>>;

/** What a note has besides its frontmatter. */
export interface NoteExtras {
  readonly path?: string;
  readonly body?: string;
  /** Body tags, without `#`. */
  readonly tags?: readonly string[];
  readonly created?: string;
  readonly bodyLine?: number;
}

function note(
  defaultPath: string,
  frontmatter: Frontmatter | undefined,
  extras: NoteExtras,
): NoteInput {
  return {
    path: extras.path ?? defaultPath,
    ...(frontmatter === undefined ? {} : { frontmatter }),
    ...(extras.body === undefined ? {} : { body: extras.body }),
    ...(extras.tags === undefined ? {} : { tags: extras.tags }),
    ...(extras.created === undefined ? {} : { created: extras.created }),
    ...(extras.bodyLine === undefined ? {} : { bodyLine: extras.bodyLine }),
  };
}

/** Any note; `frontmatter` undefined means a note without a frontmatter block. */
export const aNote = (
  path: string,
  frontmatter?: Frontmatter,
  extras: NoteExtras = {},
): NoteInput => note(path, frontmatter, extras);

/** @example aContactNote({ cadence: "monthly" }) // People/Jane Doe.md, type: contact */
export const aContactNote = (frontmatter: Frontmatter = {}, extras: NoteExtras = {}): NoteInput =>
  note("People/Jane Doe.md", { type: "contact", ...frontmatter }, extras);

export const anInteractionNote = (
  frontmatter: Frontmatter = {},
  extras: NoteExtras = {},
): NoteInput =>
  note(
    "Interactions/2026-11-20 Coffee with Jane.md",
    {
      type: "interaction",
      date: "2026-11-20",
      with: "[[Jane Doe]]",
      kind: "coffee",
      ...frontmatter,
    },
    extras,
  );

export const anAskNote = (frontmatter: Frontmatter = {}, extras: NoteExtras = {}): NoteInput =>
  note(
    "Asks/Referral to Acme.md",
    {
      type: "ask",
      asked: "[[Jane Doe]]",
      ask: "referral",
      status: "asked",
      asked_on: "2026-10-01",
      ...frontmatter,
    },
    extras,
  );

export const aGiveNote = (frontmatter: Frontmatter = {}, extras: NoteExtras = {}): NoteInput =>
  note(
    "Gives/Intro for Jane.md",
    { type: "give", to: "[[Jane Doe]]", date: "2026-10-01", gave: "an intro", ...frontmatter },
    extras,
  );

export const aGoalNote = (frontmatter: Frontmatter = {}, extras: NoteExtras = {}): NoteInput =>
  note("Goals/Staff ML role.md", { type: "goal", status: "active", ...frontmatter }, extras);

export const anUpdateNote = (frontmatter: Frontmatter = {}, extras: NoteExtras = {}): NoteInput =>
  note(
    "Updates/Promoted.md",
    { type: "update", date: "2026-09-01", title: "Promoted to staff", ...frontmatter },
    extras,
  );

export const anEventNote = (frontmatter: Frontmatter = {}, extras: NoteExtras = {}): NoteInput =>
  note(
    "Events/PyCon 2026.md",
    { type: "event", date: "2026-05-14", kind: "conference", ...frontmatter },
    extras,
  );

export const anOrgNote = (frontmatter: Frontmatter = {}, extras: NoteExtras = {}): NoteInput =>
  note("Orgs/Acme Corp.md", { type: "org", ...frontmatter }, extras);

/** A configuration with every default but the settings given, read as the user saved them. */
export function aConfig(settings: KithConfigInput = {}): KithConfig {
  const { config, problems } = parseConfig(settings);
  if (problems.length > 0)
    throw new Error(`test configuration has problems: ${problems.join("; ")}`);
  return config;
}

/** Builds a network from notes, with the default configuration unless one is given. */
export const networkOf = (notes: readonly NoteInput[], config: KithConfig = defaultConfig()) =>
  buildNetwork(notes, config);
