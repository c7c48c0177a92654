/**
 * Namesakes: two contacts with one name (People/Sam Lee.md and Old/Sam Lee.md), which a list
 * must tell apart.
 */
import type { Network } from "./network";

/** A person's name as a list shows it, given the path of their contact note (if known). */
export type ShowName = (name: string, path: string | undefined) => string;

/** Names as `kith log` compares them: the same letters, whatever their case or Unicode form. */
const sameNameKey = (name: string): string => name.normalize("NFC").trim().toLowerCase();

/**
 * How every list of people (kith due, asks, export ics, the weekly digest) shows a name so that
 * namesakes can be told apart: a contact whose name another contact has too is followed by its
 * note, "Sam Lee (Old/Sam Lee)", whether or not the other is listed, since a bare "Sam Lee" would
 * not say which. Names compare as `kith log` compares them, so these are the people it would ask
 * "which?" about. Every other name is shown as it is.
 *
 * @example tellNamesakesApart(network)("Sam Lee", "Old/Sam Lee.md") // "Sam Lee (Old/Sam Lee)"
 */
export function tellNamesakesApart(network: Network): ShowName {
  const byName = new Map<string, string[]>();
  for (const c of network.contacts.values()) {
    const key = sameNameKey(c.name);
    const paths = byName.get(key);
    if (paths === undefined) byName.set(key, [c.path]);
    else paths.push(c.path);
  }
  const namesakes = new Set<string>();
  for (const paths of byName.values()) if (paths.length > 1) for (const p of paths) namesakes.add(p);
  return (name, path) => (path !== undefined && namesakes.has(path) ? `${name} (${path.replace(/\.md$/, "")})` : name);
}
