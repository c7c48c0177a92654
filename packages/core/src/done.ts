import type { EditValue, NoteEdit } from "./edits";
import type { Field } from "./frontmatter";
import type { FollowUp } from "./followUps";
import { basename, nameKey } from "./links";
import type { Network } from "./network";

/**
 * The edits that mark follow-ups done, beyond logging the interaction itself (which already
 * settles cadence, new-contact and an interaction's next step): a thank sets the ask's `thanked`,
 * a closed loop its `outcome_shared`, a shared update adds the person to its `told` (the people
 * already there stay as written), and the contact's own next step has its `next_step_due`
 * emptied. One edit per note.
 *
 * `linkTo` writes the link to a contact from a note (`[[Jane Doe]]`). By default it is the base
 * name, or the path when another note of the network has that name; a host that knows every note
 * of the vault (the plugin, through Obsidian) passes its own.
 *
 * @example doneEdits(network, rowsOfJane) // [{ path: "Asks/Referral.md", set: { thanked: true } }]
 */
export function doneEdits(
  network: Network,
  followUps: readonly FollowUp[],
  linkTo: (path: string, from: string) => string = (path) => linkIn(network, path),
): NoteEdit[] {
  const edits = new Map<
    string,
    { set: Partial<Record<Field, EditValue>>; add: Partial<Record<Field, string[]>> }
  >();
  const editOf = (path: string) => {
    let edit = edits.get(path);
    if (edit === undefined) edits.set(path, (edit = { set: {}, add: {} }));
    return edit;
  };
  for (const f of followUps) {
    const ask = f.sources.find((p) => network.asks.has(p));
    switch (f.reason) {
      case "thank":
        if (ask !== undefined) editOf(ask).set.thanked = true;
        break;
      case "close-loop":
        if (ask !== undefined) editOf(ask).set.outcomeShared = true;
        break;
      case "share-update": {
        const path = f.sources.find((p) => network.updates.has(p));
        const update = path === undefined ? undefined : network.updates.get(path);
        if (path === undefined || update === undefined) break;
        if (update.told.some((t) => t.path === f.path)) break;
        const add = editOf(path).add;
        const link = linkTo(f.path, path);
        if (!(add.told ??= []).includes(link)) add.told.push(link);
        break;
      }
      case "next-step":
        // Only the step written on the contact note; an interaction's step is met by the log.
        if (f.sources.length === 1 && f.sources[0] === f.path)
          editOf(f.path).set.nextStepDue = null;
        break;
      default:
        break;
    }
  }
  return [...edits].map(([path, { set, add }]) =>
    Object.keys(add).length === 0 ? { path, set } : { path, set, add },
  );
}

/** `[[Jane Doe]]`, or `[[People/Jane Doe]]` when another note of the network goes by that name. */
function linkIn(network: Network, path: string): string {
  const name = nameKey(basename(path));
  const notes: Iterable<{ readonly path: string }>[] = [
    network.contacts.values(),
    network.interactions.values(),
    network.asks.values(),
    network.gives,
    network.goals.values(),
    network.updates.values(),
    network.events.values(),
    network.orgs.values(),
  ];
  for (const some of notes) {
    for (const note of some) {
      if (note.path !== path && nameKey(basename(note.path)) === name)
        return `[[${path.replace(/\.md$/i, "")}]]`;
    }
  }
  return `[[${basename(path)}]]`;
}
