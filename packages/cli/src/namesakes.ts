import type { Network } from "@kith/core";

/** A person's name as a command prints it, given the path of their contact note (if known). */
export type ShowName = (name: string, path: string | undefined) => string;

/**
 * How the commands that list people print a name so that namesakes can be told apart: a contact
 * whose name another contact has too (People/Sam Lee.md and Old/Sam Lee.md) is followed by its
 * note, "Sam Lee (Old/Sam Lee)", whether or not the other is listed, since a bare "Sam Lee" would
 * not say which. Names compare as "kith log" compares them, so these are the people it would ask
 * "which?" about. Every other name is printed as it is.
 *
 * @example tellNamesakesApart(network)("Sam Lee", "Old/Sam Lee.md") // "Sam Lee (Old/Sam Lee)"
 */
export function tellNamesakesApart(network: Network): ShowName {
  const byName = new Map<string, string[]>();
  for (const c of network.contacts.values()) {
    const name = c.name.normalize("NFC").trim().toLowerCase();
    byName.set(name, [...(byName.get(name) ?? []), c.path]);
  }
  const namesakes = new Set([...byName.values()].filter((paths) => paths.length > 1).flat());
  return (name, path) => (path !== undefined && namesakes.has(path) ? `${name} (${path.replace(/\.md$/, "")})` : name);
}
