import type { Cadence } from "./cadence";
import { RELATIONSHIPS, type Relationship } from "./config";
import type { Day } from "./day";
import type { Field } from "./frontmatter";
import { basename } from "./links";
import type { Birthday, FieldReader, NoteRef } from "./values";

/** A person in the network, as their note describes them. */
export interface Contact {
  readonly path: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly org: NoteRef | undefined;
  readonly role: string | undefined;
  readonly tags: readonly string[];
  readonly relationship: Relationship | undefined;
  readonly met: Day | undefined;
  readonly metAt: NoteRef | undefined;
  /** The cadence the note gives; see `Network.cadenceOf` for the one in force (with defaults). */
  readonly cadence: Cadence | undefined;
  /** `last_contact` as the note says it; the last contact in force also counts interactions. */
  readonly lastContact: Day | undefined;
  readonly nextStep: string | undefined;
  readonly nextStepDue: Day | undefined;
  readonly snoozeUntil: Day | undefined;
  readonly emails: readonly string[];
  readonly phones: readonly string[];
  readonly linkedin: string | undefined;
  readonly birthday: Birthday | undefined;
  readonly goalsKnown: readonly NoteRef[];
  readonly created: Day | undefined;
  readonly source: string | undefined;
  /** The frontmatter keys this note uses per field, so writes update them in place. */
  readonly keys: Readonly<Partial<Record<Field, string>>>;
}

export function readContact(r: FieldReader, created: Day | undefined): Contact {
  const aliases = r.texts("aliases");
  return {
    path: r.path,
    name: r.text("name") ?? basename(r.path),
    aliases,
    org: r.ref("org"),
    role: r.text("role"),
    tags: r.tags("tags"),
    relationship: r.oneOf("relationship", RELATIONSHIPS, "other"),
    met: r.day("met"),
    metAt: r.ref("metAt"),
    cadence: r.cadence("cadence"),
    lastContact: r.day("lastContact"),
    nextStep: r.text("nextStep"),
    nextStepDue: r.day("nextStepDue"),
    snoozeUntil: r.day("snoozeUntil"),
    emails: r.texts("email"),
    phones: r.texts("phone"),
    linkedin: r.text("linkedin"),
    birthday: r.birthday("birthday"),
    goalsKnown: r.refs("goalsKnown"),
    created: r.day("created") ?? created,
    source: r.text("source"),
    keys: r.layout.keys,
  };
}
