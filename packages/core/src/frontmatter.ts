import type { KithConfig } from "./config";
import { EMPTY_LIST, EMPTY_RECORD } from "./empty";

/**
 * The one place where the user's frontmatter keys (snake_case, their file format) meet Kith's
 * fields (camelCase). Each field has a default key, written first, then the synonyms other tools
 * and hand-made vaults use. Keys match regardless of case and of `_`, `-` or space.
 */
export const FIELD_KEYS = {
  type: ["type"],
  name: ["name", "full_name"],
  aliases: ["aliases", "alias"],
  org: ["org", "organization", "organisation", "company", "employer"],
  role: ["role", "job_title", "position", "occupation"],
  tags: ["tags", "tag"],
  relationship: ["relationship", "relation"],
  met: ["met", "met_on", "first_met", "date_met"],
  metAt: ["met_at", "where_met", "met_through"],
  cadence: ["cadence", "frequency", "contact_frequency", "keep_in_touch"],
  lastContact: ["last_contact", "last_contacted", "last_contact_date", "last_touch", "last_spoke"],
  nextStep: ["next_step", "next_action"],
  nextStepDue: ["next_step_due", "next_step_date", "next_action_due", "follow_up_on"],
  snoozeUntil: ["snooze_until", "snoozed_until"],
  email: ["email", "emails", "mail"],
  phone: ["phone", "phones", "mobile", "telephone", "tel"],
  linkedin: ["linkedin", "linkedin_url"],
  birthday: ["birthday", "birthdate", "bday", "date_of_birth"],
  goalsKnown: ["goals_known", "knows_goals"],
  created: ["created", "date_created", "created_at", "created_on"],
  source: ["source"],
  date: ["date"],
  with: ["with", "people", "attendees", "participants"],
  kind: ["kind"],
  direction: ["direction"],
  summary: ["summary"],
  gave: ["gave", "given"],
  goalsShared: ["goals_shared"],
  asked: ["asked", "asked_whom"],
  ask: ["ask", "ask_type"],
  for: ["for", "purpose"],
  jobUrl: ["job_url", "job_link", "posting"],
  status: ["status"],
  askedOn: ["asked_on"],
  respondedOn: ["responded_on"],
  referredOn: ["referred_on"],
  closedOn: ["closed_on"],
  thanked: ["thanked"],
  outcomeShared: ["outcome_shared"],
  to: ["to", "recipient"],
  title: ["title"],
  targetRoles: ["target_roles"],
  targetOrgs: ["target_orgs"],
  audience: ["audience"],
  told: ["told"],
  end: ["end", "end_date"],
  member: ["member"],
} as const satisfies Record<string, readonly string[]>;

export type Field = keyof typeof FIELD_KEYS;

/** `Last Contact`, `last-contact` and `last_contact` are one key. */
export const normalizeKey = (key: string): string => key.toLowerCase().replace(/[\s_-]+/g, "");

/** How a vault names each field: built once per configuration, used for every note. */
export interface KeyMap {
  /** Normalised key → field. */
  readonly fieldOf: ReadonlyMap<string, Field>;
  /** Field → the key Kith writes when a note has none for it yet. */
  readonly keyOf: Readonly<Record<Field, string>>;
}

const FIELDS = Object.keys(FIELD_KEYS) as Field[];

/**
 * The key Kith writes a field under in a vault: its rename in the settings, else the default.
 *
 * @example writtenKey({ keys: { nextStep: "Next action" } }, "nextStep") // "Next action"
 */
export const writtenKey = (config: Pick<KithConfig, "keys">, field: Field): string =>
  config.keys[field] ?? FIELD_KEYS[field][0];

/**
 * @example keyMapFor(defaultConfig()).fieldOf.get(normalizeKey("Last Contacted")) // "lastContact"
 */
export function keyMapFor(config: Pick<KithConfig, "keys">): KeyMap {
  const fieldOf = new Map<string, Field>();
  const keyOf = {} as Record<Field, string>;
  for (const field of FIELDS) {
    const renamed = config.keys[field];
    // A renamed key comes first: it is what the vault uses and what Kith writes.
    const keys = renamed === undefined ? FIELD_KEYS[field] : [renamed, ...FIELD_KEYS[field]];
    keyOf[field] = writtenKey(config, field);
    for (const key of keys) {
      const n = normalizeKey(key);
      if (!fieldOf.has(n)) fieldOf.set(n, field);
    }
  }
  // A renamed key wins over a synonym of another field that happens to share it.
  for (const [field, key] of Object.entries(config.keys)) {
    // `hasOwn`, not `in`: a rename of "toString" must not become a field.
    if (Object.hasOwn(FIELD_KEYS, field)) fieldOf.set(normalizeKey(key), field as Field);
  }
  return { fieldOf, keyOf };
}

const normalized = new Map<string, string>();

function cachedNormalize(key: string): string {
  let n = normalized.get(key);
  if (n === undefined) {
    if (normalized.size > 50_000) normalized.clear();
    n = normalizeKey(key);
    normalized.set(key, n);
  }
  return n;
}

/** A note's frontmatter read by field: the value and the key it was found under. */
export interface FieldValues {
  readonly values: Partial<Record<Field, unknown>>;
  readonly keys: Partial<Record<Field, string>>;
  /** Fields given twice under different spellings (`org` and `company`): the first one wins. */
  readonly repeated: readonly { readonly field: Field; readonly keys: readonly string[] }[];
}


/**
 * Reads frontmatter by field. The frontmatter is never mutated.
 *
 * @example readFields({ Company: "Acme" }, keyMapFor(defaultConfig())).values.org // "Acme"
 */
export function readFields(frontmatter: Readonly<Record<string, unknown>>, map: KeyMap): FieldValues {
  const values: Partial<Record<Field, unknown>> = {};
  const keys: Partial<Record<Field, string>> = {};
  let repeated: { field: Field; keys: string[] }[] | undefined;
  for (const key in frontmatter) {
    const field = map.fieldOf.get(cachedNormalize(key));
    if (field === undefined) continue;
    const existing = keys[field];
    if (existing !== undefined) {
      repeated ??= [];
      const entry = repeated.find((r) => r.field === field);
      if (entry) entry.keys.push(key);
      else repeated.push({ field, keys: [existing, key] });
      continue;
    }
    values[field] = frontmatter[key];
    keys[field] = key;
  }
  return { values, keys, repeated: repeated ?? EMPTY_LIST };
}

/**
 * How one sequence of frontmatter keys maps to fields. Notes written from one template share
 * their keys in one order, so they share one layout: reading a note's fields then makes no
 * object at all, its values are read from its own frontmatter by key.
 */
export interface KeyLayout {
  /** Field → the key the notes use for it; shared and frozen. */
  readonly keys: Readonly<Partial<Record<Field, string>>>;
  /** As {@link FieldValues.repeated}. */
  readonly repeated: FieldValues["repeated"];
}

/** A layout and the layouts one key further on. */
interface LayoutNode extends KeyLayout {
  readonly next: Map<string, LayoutNode>;
}

interface LayoutTree {
  readonly root: LayoutNode;
  nodes: number;
}

/**
 * Per key map, the layouts seen so far as a tree by key. A vault whose notes each have keys of
 * their own would grow it without end: past this many layouts it starts over.
 */
const MAX_LAYOUTS = 20_000;
const layoutTrees = new WeakMap<ReadonlyMap<string, Field>, LayoutTree>();

/**
 * The layout of a frontmatter's keys: what {@link readFields} finds, without the values. The
 * frontmatter is only read.
 */
export function layoutOf(frontmatter: Readonly<Record<string, unknown>>, map: KeyMap): KeyLayout {
  let tree = layoutTrees.get(map.fieldOf);
  if (tree === undefined || tree.nodes > MAX_LAYOUTS) {
    tree = { root: { keys: EMPTY_RECORD, repeated: EMPTY_LIST, next: new Map() }, nodes: 0 };
    layoutTrees.set(map.fieldOf, tree);
  }
  let node = tree.root;
  for (const key in frontmatter) {
    let next = node.next.get(key);
    if (next === undefined) {
      next = extendLayout(node, key, map.fieldOf.get(cachedNormalize(key)));
      node.next.set(key, next);
      tree.nodes++;
    }
    node = next;
  }
  return node;
}

/** The layout after one more key: as {@link readFields} treats that key. */
function extendLayout(node: LayoutNode, key: string, field: Field | undefined): LayoutNode {
  if (field === undefined) return { keys: node.keys, repeated: node.repeated, next: new Map() };
  const existing = node.keys[field];
  if (existing === undefined) {
    return { keys: Object.freeze({ ...node.keys, [field]: key }), repeated: node.repeated, next: new Map() };
  }
  const repeated = node.repeated.map((r) => (r.field === field ? { field, keys: [...r.keys, key] } : r));
  if (!node.repeated.some((r) => r.field === field)) repeated.push({ field, keys: [existing, key] });
  return { keys: node.keys, repeated: Object.freeze(repeated), next: new Map() };
}

/** The key a note already uses for a field, so a write updates it rather than adding another. */
export function existingKey(
  frontmatter: Readonly<Record<string, unknown>> | undefined,
  field: Field,
  map: KeyMap,
): string | undefined {
  if (frontmatter === undefined) return undefined;
  for (const key in frontmatter) if (map.fieldOf.get(cachedNormalize(key)) === field) return key;
  return undefined;
}
