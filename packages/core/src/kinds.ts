import type { KithConfig } from "./config";
import type { NoteInput } from "./note";

export const NOTE_KINDS = ["contact", "interaction", "ask", "give", "goal", "update", "event", "org"] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

const TYPE_SYNONYMS: Readonly<Record<string, NoteKind>> = {
  interaction: "interaction",
  ask: "ask",
  give: "give",
  goal: "goal",
  update: "update",
  event: "event",
  org: "org",
  organization: "org",
  organisation: "org",
  company: "org",
};

/** What decides a note's kind, prepared once per configuration. */
export interface KindRules {
  readonly contactTypes: ReadonlySet<string>;
  readonly contactFolders: readonly string[];
  readonly contactTags: ReadonlySet<string>;
}

export function kindRulesFor(config: KithConfig): KindRules {
  return {
    contactTypes: new Set(config.contactTypes.map((t) => t.trim().toLowerCase())),
    contactFolders: config.contactFolders
      .map((f) => f.trim().replace(/^\/+|\/+$/g, ""))
      .filter((f) => f !== "")
      .map((f) => `${f.toLowerCase()}/`),
    contactTags: new Set(config.contactTags.map((t) => t.replace(/^#/, "").trim().toLowerCase())),
  };
}

/**
 * The kind of a note: its `type` first (`contact` and `person` both mean a contact), then the
 * configured contact folders and tags. `undefined` for notes Kith does not model. `type` and
 * `tags` are the values of those fields in the note's frontmatter.
 */
export function kindOf(note: NoteInput, type: unknown, tags: unknown, rules: KindRules): NoteKind | undefined {
  // A vault whose `type` property is a list (`type: [person]`) gives a list.
  if (Array.isArray(type)) {
    for (const item of type) {
      const kind = kindOfType(item, rules);
      if (kind !== undefined) return kind;
    }
  } else {
    const kind = kindOfType(type, rules);
    if (kind !== undefined) return kind;
  }
  if (rules.contactFolders.length > 0) {
    const lower = note.path.toLowerCase();
    if (rules.contactFolders.some((f) => lower.startsWith(f))) return "contact";
  }
  if (rules.contactTags.size > 0) {
    if (hasTag(tags, rules.contactTags)) return "contact";
    if (note.tags?.some((t) => tagIn(t.toLowerCase(), rules.contactTags))) return "contact";
  }
  return undefined;
}

/** The kind one `type` value names, if any. */
function kindOfType(item: unknown, rules: KindRules): NoteKind | undefined {
  if (typeof item !== "string") return undefined;
  const t = item.trim().toLowerCase();
  if (rules.contactTypes.has(t)) return "contact";
  // `hasOwn`: `type: constructor` must not find Object.prototype's members.
  return Object.hasOwn(TYPE_SYNONYMS, t) ? TYPE_SYNONYMS[t] : undefined;
}

function hasTag(tags: unknown, wanted: ReadonlySet<string>): boolean {
  const list = typeof tags === "string" ? tags.split(/[,\s]+/) : Array.isArray(tags) ? tags : [];
  return list.some((t) => typeof t === "string" && tagIn(t.replace(/^#/, "").toLowerCase(), wanted));
}

/** Whether a tag is one of `wanted` or nested under one (`person/colleague`), as Obsidian's tag search matches. */
function tagIn(tag: string, wanted: ReadonlySet<string>): boolean {
  for (let t = tag; ; ) {
    if (wanted.has(t)) return true;
    const slash = t.lastIndexOf("/");
    if (slash <= 0) return false;
    t = t.slice(0, slash);
  }
}
