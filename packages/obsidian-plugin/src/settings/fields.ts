// The settings form: every setting of the shared configuration as a field that reads a value
// from the configuration and turns what the user typed back into the saved form. The setting tab
// renders these twice over: as Obsidian's declarative definitions (1.13 and later, searchable) and
// as `Setting` rows (before 1.13).
import {
  FIELD_KEYS,
  headingWords,
  INTERACTION_KINDS,
  parseCadence,
  RELATIONSHIPS,
  type KithConfig,
} from "@kith/core";
import { capitalize } from "../commands/kithModal";
import { isRecord } from "./store";

/** A value typed into a field, as the saved configuration holds it, or why it is not one. */
export type Conversion =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: string };

interface FieldBase<V> {
  /** Unique; the key of Obsidian's declarative control. */
  readonly id: string;
  /** The configuration key it saves. */
  readonly setting: keyof KithConfig;
  readonly name: string;
  readonly desc: string;
  /** The value to show; `saved` is the setting as `data.json` holds it (undefined if unset). */
  readonly read: (config: KithConfig, saved: unknown) => V;
  /** The saved value for what was typed (`undefined` removes the setting: back to the default). */
  readonly convert: (value: V, config: KithConfig, saved: unknown) => Conversion;
}

export type Field =
  | (FieldBase<string> & {
      readonly type: "text" | "textarea" | "folder";
      readonly placeholder?: string;
    })
  | (FieldBase<number> & { readonly type: "number"; readonly min: number; readonly max: number })
  | (FieldBase<boolean> & { readonly type: "toggle" });

interface FieldGroup {
  readonly heading: string;
  readonly fields: readonly Field[];
}

const accept = (value: unknown): Conversion => ({ ok: true, value });
const refuse = (problem: string): Conversion => ({ ok: false, problem });

/** "a, b , c" → ["a", "b", "c"]; with `words`, spaces separate too ("#a #b" → ["#a", "#b"]). */
function list(text: string, words = false): string[] {
  return text
    .split(words ? /[\s,]+/ : ",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

const listField = (
  setting: "contactTypes" | "contactFolders" | "contactTags" | "newContactKeys" | "countingKinds",
  name: string,
  desc: string,
  placeholder: string,
  clean: (item: string) => string = (item) => item,
): Field => ({
  type: "text",
  id: setting,
  setting,
  name,
  desc,
  placeholder,
  read: (config) => config[setting].join(", "),
  convert: (text) => {
    // Tags have no spaces: "#person #colleague", as tags are written in a note, is two.
    const items = list(text, setting === "contactTags")
      .map(clean)
      .filter((item) => item !== "");
    // None of these would make no note a contact, or no interaction count: an empty field is
    // the default instead (a field cleared to be typed anew must not empty the view meanwhile).
    const none = items.length === 0 && (setting === "contactTypes" || setting === "countingKinds");
    return accept(none ? undefined : items);
  },
});

const daysField = (
  setting:
    | "horizonDays"
    | "thankAfterDays"
    | "askFollowUpDays"
    | "closeLoopDays"
    | "newContactDays"
    | "newContactWindowDays"
    | "updateWindowDays"
    | "askCooldownDays",
  name: string,
  desc: string,
): Field => ({
  type: "number",
  id: setting,
  setting,
  name,
  desc,
  min: 0,
  max: 3650,
  read: (config) => config[setting],
  convert: (days) =>
    Number.isInteger(days) ? accept(days) : refuse("Give a whole number of days."),
});

const textField = (
  setting: "logHeading" | "contactFolder" | "askFolder",
  type: "text" | "folder",
  name: string,
  desc: string,
): Field => ({
  type,
  id: setting,
  setting,
  name,
  desc,
  read: (config) => config[setting],
  convert: (text) =>
    accept(type === "folder" ? text.trim().replace(/^\/+|\/+$/g, "") : headingWords(text)),
});

/** Why a cadence does not read, in core's words; undefined when it does. */
function cadenceProblem(text: string): string | undefined {
  const parsed = parseCadence(text);
  return parsed.ok ? undefined : (parsed.issues[0] ?? `"${text}" is not a cadence.`);
}

/** "tag: cadence" or "field: key" lines → a map; the problem with the first bad line otherwise. */
function pairs(
  text: string,
  check: (name: string, value: string) => string | undefined,
): Conversion {
  const map: Record<string, string> = {};
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    const colon = line.indexOf(":");
    const name = colon === -1 ? "" : line.slice(0, colon).trim();
    const value = colon === -1 ? "" : line.slice(colon + 1).trim();
    if (name === "" || value === "") return refuse(`"${line}" is not a "name: value" line.`);
    const problem = check(name, value);
    if (problem !== undefined) return refuse(`${name}: ${problem}`);
    map[name] = value;
  }
  return accept(map);
}

/**
 * A map setting as the user saved it, entries Kith ignores and all, when it is a map; the map in
 * force otherwise. Fields show and change this one, so that saving one entry never drops another
 * the user wrote by hand (a relationship Kith does not know, a misspelt field). Only an entry that
 * is no text (`"peer": null`), for which Kith ignores the whole map, is left out.
 */
function savedMap(saved: unknown, inForce: Readonly<Record<string, string>>): Record<string, string> {
  if (!isRecord(saved)) return { ...inForce };
  const map: Record<string, string> = {};
  for (const [name, value] of Object.entries(saved)) if (typeof value === "string") map[name] = value;
  return map;
}

/** The relationship an entry's name is read as, as core reads it: "Mentor" is mentor. */
const relationshipOf = (name: string): string => name.trim().toLowerCase();

const lines = (map: Readonly<Record<string, string>>): string =>
  Object.entries(map)
    .map(([name, value]) => `${name}: ${value}`)
    .join("\n");

const relationshipFields: Field[] = RELATIONSHIPS.map((relationship) => ({
  type: "text",
  id: `cadenceByRelationship.${relationship}`,
  setting: "cadenceByRelationship",
  name: capitalize(relationship),
  desc: `For contacts whose relationship is ${relationship}.`,
  placeholder: "None",
  // The entry as saved, which may be spelt "Mentor" (the last one counts, as in core).
  read: (config: KithConfig, saved: unknown) => {
    let cadence = "";
    for (const [name, value] of Object.entries(savedMap(saved, config.cadenceByRelationship)))
      if (relationshipOf(name) === relationship) cadence = value;
    return cadence;
  },
  convert: (text: string, config: KithConfig, saved: unknown) => {
    const cadence = text.trim();
    const problem = cadence === "" ? undefined : cadenceProblem(cadence);
    if (problem !== undefined) return refuse(problem);
    // The entry as saved may be spelt "Mentor": Kith reads it as mentor, and so replaces it,
    // where it stands in a map the user may have ordered by hand.
    const map: Record<string, string> = {};
    for (const [name, value] of Object.entries(savedMap(saved, config.cadenceByRelationship))) {
      if (relationshipOf(name) !== relationship) map[name] = value;
      else if (cadence !== "") map[relationship] = cadence;
    }
    if (cadence !== "") map[relationship] = cadence;
    return accept(map);
  },
}));

/** The settings, in the order the tab shows them. */
export const FIELD_GROUPS: readonly FieldGroup[] = [
  {
    heading: "Finding contacts",
    fields: [
      listField(
        "contactTypes",
        "Contact types",
        "Notes whose type property is one of these are contacts. Separate them with commas; left empty, contact and person.",
        "contact, person",
      ),
      listField(
        "contactFolders",
        "Contact folders",
        "Notes in these folders, and in folders inside them, are contacts even without a type.",
        "People",
        (folder) => folder.replace(/^\/+|\/+$/g, ""),
      ),
      listField(
        "contactTags",
        "Contact tags",
        "Notes with one of these tags are contacts even without a type, separated by commas or spaces.",
        "person",
        (tag) => tag.replace(/^#/, ""),
      ),
    ],
  },
  {
    heading: "Follow-ups",
    fields: [
      daysField("horizonDays", "Days ahead", "How far ahead the follow-ups list looks."),
      {
        type: "number",
        id: "tolerance",
        setting: "tolerance",
        name: "Grace before overdue",
        desc: "How long past its due day a cadence follow-up waits before it counts as overdue, in percent of the cadence: 25 gives a monthly contact a week.",
        min: 0,
        max: 1000,
        read: (config) => Math.round(config.tolerance * 100),
        // Checked here, in percent: the schema's limits (0 to 10) are of the share, not typed.
        convert: (percent) =>
          percent >= 0 && percent <= 1000
            ? accept(percent / 100)
            : refuse("Give a percentage from 0 to 1000."),
      },
      listField(
        "countingKinds",
        "Kinds that count as contact",
        `Interaction kinds that reset the last contact, separated by commas; left empty, every kind but event. The kinds are ${INTERACTION_KINDS.join(", ")}.`,
        "meeting, call, coffee",
        (kind) => kind.toLowerCase(),
      ),
      daysField(
        "newContactDays",
        "Follow up after meeting",
        "Days after you meet someone new that a follow-up falls due.",
      ),
      daysField(
        "newContactWindowDays",
        "New for",
        "Days after meeting during which someone counts as a new contact.",
      ),
      daysField(
        "thankAfterDays",
        "Thank after",
        "Days after someone agreed or referred you that a thank-you falls due.",
      ),
      daysField(
        "askFollowUpDays",
        "Nudge after",
        "Days without a reply after which to nudge about an ask.",
      ),
      daysField(
        "closeLoopDays",
        "Close the loop after",
        "Days after an ask ended that telling them how it went falls due.",
      ),
      daysField(
        "updateWindowDays",
        "Share news for",
        "Days during which an update is still news worth sharing.",
      ),
      daysField(
        "askCooldownDays",
        "Days between asks",
        "Kith warns before asking someone again sooner than this.",
      ),
      {
        type: "toggle",
        id: "birthdays",
        setting: "birthdays",
        name: "Birthdays",
        desc: "Remind of birthdays written in contact notes.",
        read: (config) => config.birthdays,
        convert: (on) => accept(on),
      },
    ],
  },
  {
    heading: "Default cadences",
    fields: [
      ...relationshipFields,
      {
        type: "textarea",
        id: "cadenceByTag",
        setting: "cadenceByTag",
        name: "By tag",
        desc: "For contacts with a tag and no cadence of their own or of their relationship. One per line, as tag: cadence.",
        placeholder: "alumni: every 6 months",
        read: (config, saved) => lines(savedMap(saved, config.cadenceByTag)),
        convert: (text) => pairs(text, (_tag, cadence) => cadenceProblem(cadence)),
      },
    ],
  },
  {
    heading: "Property names",
    fields: [
      {
        type: "textarea",
        id: "keys",
        setting: "keys",
        name: "Renamed properties",
        desc: "When your notes call a property something else, one per line, as field: property name (lastContact: Last touch). Common spellings are understood without this.",
        placeholder: "lastContact: Last touch",
        read: (config, saved) => lines(savedMap(saved, config.keys)),
        convert: (text) =>
          pairs(text, (field) =>
            Object.hasOwn(FIELD_KEYS, field)
              ? undefined
              : `not a field; the fields are ${Object.keys(FIELD_KEYS).join(", ")}.`,
          ),
      },
    ],
  },
  {
    heading: "New notes",
    fields: [
      textField(
        "logHeading",
        "text",
        "Log heading",
        "The heading in a contact's note under which interactions are logged, one per line.",
      ),
      textField(
        "contactFolder",
        "folder",
        "Folder for new contacts",
        "Where new contact notes go.",
      ),
      listField(
        "newContactKeys",
        "Properties of a new contact",
        "The properties a new contact note starts with, empty, separated by commas.",
        "org, role, cadence",
      ),
      textField("askFolder", "folder", "Folder for new asks", "Where new ask notes go."),
    ],
  },
];

/** Every field by its id. */
export const FIELDS: ReadonlyMap<string, Field> = new Map(
  FIELD_GROUPS.flatMap((group) => group.fields.map((field): [string, Field] => [field.id, field])),
);
