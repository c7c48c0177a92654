import { basename, formatDiagnostic, sameNameKey, search, type Contact, type Network, type ParsedNote, type SearchMatch } from "@kith/core";
import { CommandError } from "./errors";

/** The kinds of note that are no contact, and where the network keeps each (for messages). */
const KINDS: readonly (readonly [string, (n: Network) => ReadonlyMap<string, unknown>])[] = [
  ["org", (n) => n.orgs],
  ["event", (n) => n.events],
  ["ask", (n) => n.asks],
  ["goal", (n) => n.goals],
  ["update", (n) => n.updates],
  ["interaction", (n) => n.interactions],
];

/**
 * Finds the contact a person typed: by exact name (or note name or path), then by alias, then by
 * a name or alias close to what was typed, when one contact is closest (see {@link ON_THE_NAME}).
 * An org, a role, a tag or a loosely similar first name is never enough: the commands that use
 * this write to the person found. Unknown or ambiguous: an error that lists the
 * closest matches, so the user can retype. A note of `notes` that could not be read (broken
 * YAML), named as typed, is an error that says so: it is nobody Kith can see, and a fuzzy match
 * would write to another person with a similar name. So is a readable note named as typed that is
 * no contact (an org, a note without `type: contact`).
 */
export function matchContact(network: Network, query: string, notes: readonly ParsedNote[] = []): Contact {
  const q = sameNameKey(query);
  const contacts = [...network.contacts.values()];
  const named = (path: string) => sameNameKey(basename(path)) === q || sameNameKey(path.replace(/\.md$/, "")) === q || sameNameKey(path) === q;
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
    contacts.filter((c) => sameNameKey(c.name) === q || named(c.path)),
    "names",
  );
  if (byName !== undefined) return byName;
  const byAlias = pick(
    contacts.filter((c) => c.aliases.some((a) => sameNameKey(a) === q)),
    "is an alias of",
  );
  if (byAlias !== undefined) return byAlias;
  for (const note of notes) {
    if (!named(note.path)) continue;
    const unread = note.frontmatter === undefined ? note.diagnostics.find((d) => d.severity === "error") : undefined;
    if (unread !== undefined) {
      throw new CommandError(`${formatDiagnostic(unread)}\nKith cannot see this note as a contact until it is fixed ("kith check" lists its problems); nothing was written`);
    }
    // A note by that name that is no contact (an org, a plain note): a fuzzy match would be someone else.
    const kind = KINDS.find(([, of]) => of(network).has(note.path))?.[0];
    throw new CommandError(
      `"${query}" is the note ${note.path}, which is ${kind === undefined ? "not a contact" : `${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind}, not a contact`}; name a person, or make the note a contact ("type: contact", or a contact folder or tag in the settings). Nothing was written`,
    );
  }
  // Search also looks at orgs, roles and tags: what it finds there is listed, never taken.
  const hits = search(network, query, { limit: network.contacts.size });
  // What is a whole word of someone's org, role or tag ("paris": the tag, the Paris office) may
  // mean them as well as the person whose name it only starts (Parisa): listed, never taken.
  const aWordElsewhere = hits.some((h) => h.field !== "name" && h.field !== "alias" && ON_THE_NAME.includes(h.match));
  const levels = aWordElsewhere
    ? [ON_THE_NAME]
    : [ON_THE_NAME, STARTS_THE_NAME, /\s/.test(query.trim()) ? NAME_WITH_A_TYPO : []];
  for (const level of levels) {
    const paths = hits.filter((h) => (h.field === "name" || h.field === "alias") && level.includes(h.match)).map((h) => h.path);
    const found = pick(
      paths.sort().map((p) => network.contacts.get(p) as Contact),
      "is close to the name of",
    );
    if (found !== undefined) return found;
  }
  if (hits.length === 0) throw new CommandError(`no contact matches "${query}"; try "kith search ${query}"`);
  throw new CommandError(
    `"${query}" is not a contact's name; closest matches:\n${hits
      .slice(0, 5)
      .map((h) => `  ${h.name}${h.org === undefined ? "" : ` (${h.org})`}`)
      .join("\n")}`,
  );
}

// How a name or an alias may match what was typed for a contact to be taken, best first; the
// first level with one contact takes it, one with several asks which. A typo (one in each word)
// is trusted only in a query of two words or more ("Prya Ramen"): one word with a typo ("Mark")
// is as likely another person ("Marco"). Only the first level is trusted when the query is also
// a whole word of an org, a role or a tag.
const ON_THE_NAME: readonly SearchMatch[] = ["whole", "word"];
const STARTS_THE_NAME: readonly SearchMatch[] = ["wordStart", "words"];
const NAME_WITH_A_TYPO: readonly SearchMatch[] = ["typo"];
