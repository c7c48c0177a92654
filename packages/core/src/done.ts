import type { EditValue, NoteEdit } from "./edits";
import type { Field } from "./frontmatter";
import type { FollowUp } from "./followUps";
import { basename } from "./links";
import type { Network } from "./network";
import type { NoteRef } from "./values";

/**
 * The edits that mark follow-ups done, beyond logging the interaction itself (which already
 * settles cadence, new-contact and an interaction's next step): a thank sets the ask's `thanked`,
 * a closed loop its `outcome_shared`, a shared update adds the person to its `told`, and the
 * contact's own next step has its `next_step_due` emptied. One edit per note.
 *
 * @example doneEdits(network, rowsOfJane) // [{ path: "Asks/Referral.md", set: { thanked: true } }]
 */
export function doneEdits(network: Network, followUps: readonly FollowUp[]): NoteEdit[] {
  const edits = new Map<string, Partial<Record<Field, EditValue>>>();
  const set = (path: string, field: Field, value: EditValue) => {
    const fields = edits.get(path) ?? {};
    fields[field] = value;
    edits.set(path, fields);
  };
  for (const f of followUps) {
    const ask = f.sources.find((p) => network.asks.has(p));
    switch (f.reason) {
      case "thank":
        if (ask !== undefined) set(ask, "thanked", true);
        break;
      case "close-loop":
        if (ask !== undefined) set(ask, "outcomeShared", true);
        break;
      case "share-update": {
        const path = f.sources.find((p) => network.updates.has(p));
        const update = path === undefined ? undefined : network.updates.get(path);
        if (path === undefined || update === undefined) break;
        const told = update.told.map(refText);
        const self = `[[${basename(f.path)}]]`;
        if (!update.told.some((t) => t.path === f.path)) set(path, "told", [...told, self]);
        break;
      }
      case "next-step":
        // Only the step written on the contact note; an interaction's step is met by the log.
        if (f.sources.length === 1 && f.sources[0] === f.path) set(f.path, "nextStepDue", null);
        break;
      default:
        break;
    }
  }
  return [...edits].map(([path, fields]) => ({ path, set: fields }));
}

/** A reference written back as the note had it: `[[target|shown]]`, `[[target]]` or the text. */
function refText(ref: NoteRef): string {
  if (!ref.isLink) return ref.target;
  const base = ref.target.slice(ref.target.lastIndexOf("/") + 1);
  return ref.name === base ? `[[${ref.target}]]` : `[[${ref.target}|${ref.name}]]`;
}
