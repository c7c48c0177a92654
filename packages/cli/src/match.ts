import { basename, search, type Contact, type Network } from "@kith/core";
import { CommandError } from "./errors";

const norm = (s: string) => s.normalize("NFC").trim().toLowerCase();

/**
 * Finds the contact a person typed: by exact name (or note name or path), then by alias, then
 * fuzzily when one match clearly stands out. Unknown or ambiguous: an error that lists the
 * closest matches, so the user can retype.
 */
export function matchContact(network: Network, query: string): Contact {
  const q = norm(query);
  const contacts = [...network.contacts.values()];
  const pick = (found: Contact[], how: string): Contact | undefined => {
    if (found.length === 1) return found[0];
    if (found.length > 1) {
      throw new CommandError(
        `"${query}" ${how} ${found.length} contacts; say which:\n${found.map((c) => `  ${c.path.replace(/\.md$/, "")}`).join("\n")}`,
      );
    }
    return undefined;
  };
  const byName = pick(
    contacts.filter((c) => norm(c.name) === q || norm(basename(c.path)) === q || norm(c.path.replace(/\.md$/, "")) === q || norm(c.path) === q),
    "names",
  );
  if (byName !== undefined) return byName;
  const byAlias = pick(
    contacts.filter((c) => c.aliases.some((a) => norm(a) === q)),
    "is an alias of",
  );
  if (byAlias !== undefined) return byAlias;
  const hits = search(network, query, { limit: 5 });
  const [best, second] = hits;
  // A fuzzy match is taken only when it is the only one, or clearly better than the next.
  if (best !== undefined && (second === undefined || second.score - best.score >= 0.15)) {
    const contact = network.contacts.get(best.path);
    if (contact !== undefined) return contact;
  }
  if (hits.length === 0) throw new CommandError(`no contact matches "${query}"; try "kith search ${query}"`);
  throw new CommandError(
    `"${query}" is not a contact's name; closest matches:\n${hits.map((h) => `  ${h.name}${h.org === undefined ? "" : ` (${h.org})`}`).join("\n")}`,
  );
}
