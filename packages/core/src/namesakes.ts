/**
 * Namesakes: two contacts with one name (People/Sam Lee.md and Old/Sam Lee.md), which a list
 * must tell apart.
 */
import type { Contact } from "./contact";
import type { Network } from "./network";

/** A person's name as a list shows it, given the path of their contact note (if known). */
export type ShowName = (name: string, path: string | undefined) => string;

/**
 * Names as `kith log` compares them: the same letters, whatever their case or Unicode form.
 *
 * @example sameNameKey(" Zoë ") === sameNameKey("ZOE\u0308") // true
 */
export const sameNameKey = (name: string): string => name.normalize("NFC").trim().toLowerCase();

/**
 * The contacts' names, kept by path, and how many contacts have each: the rule of
 * {@link tellNamesakesApart}, which `NetworkIndex` keeps current one contact at a time.
 */
export class Namesakes {
  readonly #keyByPath = new Map<string, string>();
  readonly #count = new Map<string, number>();
  #show: ShowName = this.#made();

  /**
   * A name as lists show it: followed by its note when another contact has it too. The same
   * function for as long as no contact joins or leaves a name that two or more have, so a list
   * can tell from it alone whether a name it shows may read otherwise now.
   */
  get show(): ShowName {
    return this.#show;
  }

  /** Adds the contact at `path`, or gives it its name now. */
  add(path: string, name: string): void {
    const key = sameNameKey(name);
    if (this.#keyByPath.get(path) === key) return;
    this.remove(path);
    this.#keyByPath.set(path, key);
    const count = (this.#count.get(key) ?? 0) + 1;
    this.#count.set(key, count);
    if (count > 1) this.#show = this.#made();
  }

  remove(path: string): void {
    const key = this.#keyByPath.get(path);
    if (key === undefined) return;
    this.#keyByPath.delete(path);
    const left = (this.#count.get(key) ?? 1) - 1;
    if (left === 0) this.#count.delete(key);
    else {
      this.#count.set(key, left);
      this.#show = this.#made();
    }
  }

  #made(): ShowName {
    return (name, path) => {
      const key = path === undefined ? undefined : this.#keyByPath.get(path);
      return key !== undefined && (this.#count.get(key) ?? 0) > 1 ? `${name} (${(path as string).replace(/\.md$/, "")})` : name;
    };
  }
}

/**
 * How every list of people (kith due, asks, export ics, the weekly digest, the plugin's view,
 * blocks and pickers) shows a name so that namesakes can be told apart: a contact whose name
 * another contact has too is followed by its note, "Sam Lee (Old/Sam Lee)", whether or not the
 * other is listed, since a bare "Sam Lee" would not say which. Names compare as `kith log`
 * compares them, so these are the people it would ask "which?" about. Every other name is shown
 * as it is.
 *
 * @example tellNamesakesApart(network)("Sam Lee", "Old/Sam Lee.md") // "Sam Lee (Old/Sam Lee)"
 */
export function tellNamesakesApart(network: Network): ShowName {
  return namesakesOf(network.contacts.values()).show;
}

/** The namesakes among `contacts`, to keep current with {@link Namesakes.add} and `remove`. */
export function namesakesOf(contacts: Iterable<Contact>): Namesakes {
  const namesakes = new Namesakes();
  for (const c of contacts) namesakes.add(c.path, c.name);
  return namesakes;
}
