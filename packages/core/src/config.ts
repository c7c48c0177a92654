import * as z from "zod/mini";
import { FIELD_KEYS, normalizeKey } from "./frontmatter";

/**
 * The one configuration that the CLI and the plugin share. The plugin saves it with `saveData`
 * (`.obsidian/plugins/kith/data.json`); the CLI reads that file when present. Every key has a
 * default, so `{}` is a valid configuration.
 */

export const INTERACTION_KINDS = [
  "meeting",
  "call",
  "video",
  "email",
  "message",
  "coffee",
  "meal",
  "event",
  "intro",
  "other",
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const RELATIONSHIPS = [
  "mentor",
  "mentee",
  "peer",
  "manager",
  "report",
  "recruiter",
  "advisor",
  "client",
  "friend",
  "other",
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

// Whole numbers of days: `wholeDays` checks that every setting named `…Days` is whole, with the
// words `z.multipleOf(1)` had (which would add 0.6 KB of zod to the plugin's bundle for it).
const days = (fallback: number) => z._default(z.number().check(z.gte(0), z.lte(3650)), fallback);
const strings = (fallback: readonly string[]) =>
  z._default(z.array(z.string()), () => [...fallback]);
// An object of strings, not `z.record(z.string(), z.string())`: the same checks, and 2.5 KB less
// in the plugin's bundle, which has `z.object` already (see `describeIssue` for its one word).
const stringMap = (fallback: Readonly<Record<string, string>>) =>
  z._default(z.catchall(z.object({}), z.string()), () => ({ ...fallback }));

export const KithConfigSchema = z.object({
  /** `type` values that make a note a contact. */
  contactTypes: strings(["contact", "person"]),
  /** Notes in these folders (and below) are contacts even without a `type`. */
  contactFolders: strings([]),
  /** Notes with one of these tags (without `#`) are contacts even without a `type`. */
  contactTags: strings([]),
  /** Renames of frontmatter keys: field name (`lastContact`, `org`, …) → the vault's key. */
  keys: stringMap({}),
  /** Cadence of a contact without one, by relationship. */
  cadenceByRelationship: stringMap({ mentor: "every 2 months", advisor: "quarterly" }),
  /** Cadence of a contact without one, by tag (checked after the relationship). */
  cadenceByTag: stringMap({}),
  /** How far past its due day a follow-up may go before it is overdue, as a share of the cadence. */
  tolerance: z._default(z.number().check(z.gte(0), z.lte(10)), 0.25),
  thankAfterDays: days(1),
  askFollowUpDays: days(7),
  closeLoopDays: days(2),
  newContactDays: days(2),
  newContactWindowDays: days(30),
  updateWindowDays: days(30),
  /** Before asking someone again, wait this long. */
  askCooldownDays: days(90),
  /** Interaction kinds that reset the last contact. */
  countingKinds: z._default(z.array(z.literal(INTERACTION_KINDS)), () =>
    INTERACTION_KINDS.filter((k) => k !== "event"),
  ),
  // The two literals rather than `z.boolean()`, which the plugin's bundle would carry for this one
  // setting (0.3 KB): the same values, and "expected one of true, false" for any other.
  birthdays: z._default(z.literal([true, false]), false),
  /** Days ahead that the due list looks. */
  horizonDays: days(7),
  /**
   * The heading under which a contact's body logs interactions. Not empty, and not heading marks
   * alone: `headingText` says so (a `z.minLength` would add 0.7 KB of zod to the plugin for it).
   */
  logHeading: z._default(z.string(), "Interactions"),
  /** Where new notes go. */
  contactFolder: z._default(z.string(), "People"),
  askFolder: z._default(z.string(), "Asks"),
  /** Keys a new contact note starts with (empty values), after `type`. */
  newContactKeys: strings(["org", "role", "relationship", "met", "cadence", "email", "tags"]),
});

export type KithConfig = z.output<typeof KithConfigSchema>;
export type KithConfigInput = z.input<typeof KithConfigSchema>;

/** The configuration with every default. */
export const defaultConfig = (): KithConfig => KithConfigSchema.parse({});

export interface ConfigReading {
  readonly config: KithConfig;
  /** One message per key that was ignored, naming the key, the value and what would work. */
  readonly problems: readonly string[];
}

/**
 * Reads a configuration as the user saved it. A bad key falls back to its default with a
 * message; it never throws and never loses the other keys.
 *
 * @example parseConfig({ tolerance: 0.5 }).config.tolerance // 0.5
 */
export function parseConfig(input: unknown): ConfigReading {
  if (input === undefined || input === null) return { config: defaultConfig(), problems: [] };
  if (typeof input !== "object" || Array.isArray(input)) {
    return { config: defaultConfig(), problems: ["settings are not an object; using the defaults"] };
  }
  const known = new Set(Object.keys(KithConfigSchema.shape));
  const problems: string[] = [];
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (known.has(key)) kept[key] = value;
    else problems.push(`unknown setting "${key}" is ignored; known settings: ${[...known].join(", ")}`);
  }
  for (;;) {
    const result = KithConfigSchema.safeParse(kept);
    if (result.success) return { config: checkNames(result.data, problems), problems };
    const bad = new Set<string>();
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? "");
      if (bad.has(key) || !(key in kept)) continue;
      bad.add(key);
      const where = issue.path.length > 1 ? ` (at ${issue.path.join(".")})` : "";
      problems.push(
        `setting "${key}" = ${JSON.stringify(kept[key])} is not valid${where}: ${describeIssue(issue)}; using the default`,
      );
    }
    if (bad.size === 0) return { config: defaultConfig(), problems };
    for (const key of bad) delete kept[key];
  }
}

/**
 * The schema checks shapes; this checks names the schema cannot know. A rename of a field Kith
 * does not have, or a default cadence for a relationship it does not have, would otherwise be
 * ignored without a word. Tag and relationship names are matched as Kith stores them on a
 * contact: lower case, without `#`.
 */
function checkNames(config: KithConfig, problems: string[]): KithConfig {
  const keys: Record<string, string> = {};
  for (const [field, key] of Object.entries(config.keys)) {
    if (!Object.hasOwn(FIELD_KEYS, field)) {
      const guess = FIELDS.find(
        (f) => normalizeKey(f) === normalizeKey(field) || FIELD_KEYS[f].some((k) => normalizeKey(k) === normalizeKey(field)),
      );
      const fix = guess === undefined ? `use one of ${FIELDS.join(", ")}` : `did you mean "${guess}"?`;
      problems.push(`setting "keys": "${field}" is not a field; ${fix} The rename is ignored`);
    } else if (normalizeKey(key) === "") {
      problems.push(`setting "keys": the key for "${field}" is ${JSON.stringify(key)}; give the key your notes use. The rename is ignored`);
    } else {
      keys[field] = key;
    }
  }
  const cadenceByRelationship: Record<string, string> = {};
  for (const [name, cadence] of Object.entries(config.cadenceByRelationship)) {
    const relationship = name.trim().toLowerCase();
    if ((RELATIONSHIPS as readonly string[]).includes(relationship)) cadenceByRelationship[relationship] = cadence;
    else {
      problems.push(
        `setting "cadenceByRelationship" has "${name}", which is not a relationship; use one of ${RELATIONSHIPS.join(", ")}. It is ignored`,
      );
    }
  }
  const cadenceByTag: Record<string, string> = {};
  for (const [tag, cadence] of Object.entries(config.cadenceByTag)) {
    cadenceByTag[tag.replace(/^#/, "").trim().toLowerCase()] = cadence;
  }
  return {
    ...config,
    ...wholeDays(config, problems),
    keys,
    cadenceByRelationship,
    cadenceByTag,
    logHeading: headingText(config.logHeading, problems),
  };
}

/** The settings in days (named `…Days`) that are not whole numbers, as their defaults. */
function wholeDays(config: KithConfig, problems: string[]): Partial<KithConfig> {
  const fixed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    if (key.endsWith("Days") && !Number.isInteger(value)) {
      problems.push(`setting "${key}" = ${JSON.stringify(value)} is not valid: expected a whole number; using the default`);
      fixed[key] = defaultConfig()[key as keyof KithConfig];
    }
  }
  return fixed;
}

/**
 * A heading's words, as a note's heading is read: "## Interactions", as it is written in a
 * note, is the heading "Interactions".
 *
 * @example headingWords("## Interactions ##") // "Interactions"
 */
export const headingWords = (heading: string): string =>
  heading.replace(/^\s*#+(?=\s|$)/, "").replace(/\s+#+\s*$/, "").trim();

/** The log heading's words (see {@link headingWords}); none, or marks alone, fall back to the default. */
function headingText(heading: string, problems: string[]): string {
  const text = headingWords(heading);
  if (text !== "") return text;
  const fallback = defaultConfig().logHeading;
  const why = heading.trim() === "" ? "is not valid: must not be empty" : "has no words, only heading marks";
  problems.push(
    `setting "logHeading" = ${JSON.stringify(heading)} ${why}; give the heading's text, e.g. "${fallback}"; using the default`,
  );
  return fallback;
}

const FIELDS = Object.keys(FIELD_KEYS) as (keyof typeof FIELD_KEYS)[];

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      // Only the maps are objects here (parseConfig checks the whole first): "record", as before.
      return `expected ${issue.expected === "object" ? "record" : issue.expected}`;
    case "too_small":
      return `must be at least ${String(issue.minimum)}`;
    case "too_big":
      return `must be at most ${String(issue.maximum)}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    default:
      return issue.message;
  }
}
