import { describe, expect, it } from "vitest";
import { SearchIndex, search, type Contact, type NoteInput } from "@kith/core";
import { aContactNote, anOrgNote, networkOf, type Frontmatter } from "./builders";

const person = (name: string, frontmatter: Frontmatter = {}): NoteInput =>
  aContactNote(frontmatter, { path: `People/${name}.md` });

const notes: readonly NoteInput[] = [
  person("José Álvarez", { org: "[[Acme Corp]]", role: "Engineering manager", tags: ["platform"] }),
  person("Jane Doe", { aliases: ["JD", "Janie"], org: "Globex", role: "Recruiter" }),
  person("Priya Natarajan", { org: "Initech", role: "Staff engineer", tags: ["machine-learning"] }),
  person("Sam Lee", { org: "Jane Street", role: "Trader" }),
  anOrgNote(),
];
const { network } = networkOf(notes);

const names = (query: string, limit?: number): string[] =>
  search(network, query, limit === undefined ? {} : { limit }).map((h) => h.name);

/** A contact as Kith reads it, for the index. */
function contact(name: string, frontmatter: Frontmatter = {}): Contact {
  const c = networkOf([person(name, frontmatter)]).network.contacts.get(`People/${name}.md`);
  if (c === undefined) throw new Error(`${name} did not load`);
  return c;
}

describe("search", () => {
  it("finds a person by name", () => {
    expect(names("Priya")[0]).toBe("Priya Natarajan");
  });

  it("finds a person by an alias", () => {
    expect(names("Janie")[0]).toBe("Jane Doe");
  });

  it("finds people by org, linked or plain", () => {
    expect(names("Globex")).toEqual(["Jane Doe"]);
    expect(names("Acme")).toEqual(["José Álvarez"]);
  });

  it("finds people by role", () => {
    expect(names("recruiter")).toEqual(["Jane Doe"]);
  });

  it("finds people by tag", () => {
    expect(names("machine-learning")).toEqual(["Priya Natarajan"]);
  });

  it("forgives typos: a letter left out, swapped or mistyped", () => {
    expect(names("Natarjan")).toEqual(["Priya Natarajan"]);
    expect(names("Natarajna")).toEqual(["Priya Natarajan"]);
    expect(names("Glbex")).toEqual(["Jane Doe"]);
    expect(names("recruter")).toEqual(["Jane Doe"]);
  });

  it("finds José when you type jose, and Álvarez as alvarez, as well as if you had typed the accents", () => {
    expect(names("jose")).toEqual(["José Álvarez"]);
    expect(names("alvarez")).toEqual(["José Álvarez"]);
    expect(search(network, "jose")[0]?.score).toBe(search(network, "José")[0]?.score);
  });

  it("finds Çağrı when you type cagri, where a typo's leeway would not stretch", () => {
    const turkish = networkOf([person("Çağrı Öztürk")]).network;
    expect(search(turkish, "cagri").map((h) => h.name)).toEqual(["Çağrı Öztürk"]);
    expect(search(turkish, "ozturk").map((h) => h.name)).toEqual(["Çağrı Öztürk"]);
  });

  it("ranks a name match above an org match", () => {
    // Sam Lee works at Jane Street.
    const hits = names("jane");
    expect(hits[0]).toBe("Jane Doe");
    expect(hits).toContain("Sam Lee");
  });

  it("ranks a name match above an org match with the same typo", () => {
    const mira = networkOf([
      person("Bo Chen", { org: "Mira Co" }),
      person("Mira Castellano"),
    ]).network;
    expect(search(mira, "Mirra").map((h) => h.name)).toEqual(["Mira Castellano", "Bo Chen"]);
  });

  it("ranks a person named Mercer above the people at Mercer or tagged mercer", () => {
    const mercer = networkOf([
      person("Ana Ruiz", { org: "Mercer" }),
      person("Wren Park", { tags: ["mercer"] }),
      person("Mercer Lee"),
    ]).network;
    expect(search(mercer, "mercer").map((h) => h.name)).toEqual([
      "Mercer Lee",
      "Ana Ruiz",
      "Wren Park",
    ]);
  });

  it("returns what it knows of each person, with a score from 0 (perfect) to 1", () => {
    const [hit] = search(network, "Jane Doe");
    expect(hit).toMatchObject({
      path: "People/Jane Doe.md",
      name: "Jane Doe",
      org: "Globex",
      role: "Recruiter",
    });
    expect(hit?.score).toBeGreaterThanOrEqual(0);
    expect(hit?.score).toBeLessThan(0.1);
    const lone = networkOf([person("Lone Wolf")]).network;
    expect(search(lone, "Lone Wolf")[0]).toMatchObject({ org: undefined, role: undefined });
  });

  it("returns at most `limit` hits, 20 by default", () => {
    const crowd = networkOf(
      Array.from({ length: 25 }, (_, i) => person(`Alex ${String(i + 1)}`)),
    ).network;
    expect(search(crowd, "alex", { limit: 3 })).toHaveLength(3);
    expect(search(crowd, "alex")).toHaveLength(20);
  });

  it("finds a name typed in the other order, or with a typo in one of its words", () => {
    const smiths = networkOf([
      person("Jane Smith"),
      person("Janet Smithers"),
      person("John Smith"),
    ]).network;
    const found = (q: string) => search(smiths, q).map((h) => h.name);
    expect(found("smith jane")[0]).toBe("Jane Smith");
    expect(found("jane smth")[0]).toBe("Jane Smith");
    expect(found("jane smth")).not.toContain("John Smith");
  });

  it("finds letters typed as they are anywhere, but forgives a typo only at the start of a word", () => {
    const data = networkOf([
      person("Javier Morales", { org: "Fjordline Analytics" }),
      person("Alex Kim"),
    ]).network;
    const found = (q: string) => search(data, q).map((h) => h.name);
    expect(found("line")).toEqual(["Javier Morales"]);
    expect(found("alxe")).toEqual(["Alex Kim"]);
    expect(found("rales")).toEqual(["Javier Morales"]);
    expect(found("ralse")).toEqual([]);
  });

  it("finds names in any script, not only in Latin letters", () => {
    const world = networkOf([
      person("Иван Петров"),
      person("Αλέξης Παπαδόπουλος"),
      person("Ivan Petrov"),
    ]).network;
    expect(search(world, "петров").map((h) => h.name)).toEqual(["Иван Петров"]);
    expect(search(world, "αλεξης").map((h) => h.name)).toEqual(["Αλέξης Παπαδόπουλος"]);
    expect(search(world, "petrov").map((h) => h.name)).toEqual(["Ivan Petrov"]);
  });

  it("reads a leading hyphen as part of the text, not as a way to exclude a word", () => {
    const hyphen = networkOf([person("Jean-Luc Picard"), person("Luc Besson")]).network;
    expect(search(hyphen, "jean -luc").map((h) => h.name)).toEqual(["Jean-Luc Picard"]);
  });

  it("ranks the whole name above the start of a word, above the middle of one, above a typo", () => {
    const ranks = networkOf([
      person("Ann"),
      person("Anna Berg"),
      person("Joanne Kim"),
      person("Anon Ymous"),
    ]).network;
    expect(search(ranks, "ann").map((h) => h.name)).toEqual(["Ann", "Anna Berg", "Joanne Kim"]);
    const scores = search(ranks, "anna").map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it("says which field matched and how, so a command can trust only a name", () => {
    const how = (query: string) => search(network, query).map((h) => [h.name, h.field, h.match]);
    expect(how("jane doe")[0]).toEqual(["Jane Doe", "name", "whole"]);
    expect(how("doe jane")[0]).toEqual(["Jane Doe", "name", "word"]);
    expect(how("Natarajan")).toEqual([["Priya Natarajan", "name", "word"]]);
    expect(how("Pri")).toEqual([["Priya Natarajan", "name", "wordStart"]]);
    expect(how("jan")).toEqual([
      ["Jane Doe", "name", "wordStart"],
      ["Priya Natarajan", "name", "inside"],
      ["Sam Lee", "org", "wordStart"],
    ]);
    expect(how("jd")).toEqual([["Jane Doe", "alias", "whole"]]);
    expect(how("Initech")).toEqual([["Priya Natarajan", "org", "whole"]]);
    expect(how("priya natarjan")).toEqual([["Priya Natarajan", "name", "typo"]]);
    expect(how("earning")).toEqual([["Priya Natarajan", "tag", "inside"]]);
  });

  it("ranks a whole word of a name above the start of a longer one", () => {
    const two = networkOf([person("Janet Smith"), person("Jane Doe")]).network;
    expect(search(two, "jane").map((h) => [h.name, h.match])).toEqual([
      ["Jane Doe", "word"],
      ["Janet Smith", "wordStart"],
    ]);
  });

  it("finds nothing for an empty query", () => {
    expect(names("")).toEqual([]);
    expect(names("   ")).toEqual([]);
  });

  it("finds nothing for a query like nobody", () => {
    expect(names("xqzvkw")).toEqual([]);
  });
});

describe("a search index", () => {
  const build = () => new SearchIndex(network.contacts.values());
  const found = (index: SearchIndex, query: string) =>
    index.search(query).map((h) => `${h.name} (${h.path})`);
  const JANE = "Jane Doe (People/Jane Doe.md)";

  it("finds what the network holds", () => {
    expect(found(build(), "Janie")[0]).toBe(JANE);
  });

  it("put replaces a person: the new name is found, the old one is not, and no one is found twice", () => {
    const index = build();
    const renamed = { ...contact("Jane Doe", { org: "Globex" }), name: "Jane Smith" };
    index.put(renamed);
    expect(found(index, "Smith")).toEqual(["Jane Smith (People/Jane Doe.md)"]);
    expect(index.search("Doe").map((h) => h.path)).not.toContain("People/Jane Doe.md");
    expect(found(index, "Globex")).toEqual(["Jane Smith (People/Jane Doe.md)"]);
    expect(index.search("jane").filter((h) => h.path === "People/Jane Doe.md")).toHaveLength(1);
  });

  it("put of an unchanged person changes nothing", () => {
    const index = build();
    const jane = network.contacts.get("People/Jane Doe.md");
    if (jane === undefined) throw new Error("Jane did not load");
    index.put(jane);
    expect(found(index, "Globex")).toEqual([JANE]);
    expect(index.search("jane").filter((h) => h.path === "People/Jane Doe.md")).toHaveLength(1);
  });

  it("put adds a new person", () => {
    const index = build();
    index.put(contact("Kofi Mensah", { org: "Umbrella" }));
    expect(found(index, "Umbrella")).toEqual(["Kofi Mensah (People/Kofi Mensah.md)"]);
  });

  it("delete removes a person, and ignores one it does not have", () => {
    const index = build();
    index.delete("People/Jane Doe.md");
    index.delete("People/Nobody.md");
    expect(found(index, "Janie")).not.toContain(JANE);
    expect(found(index, "Globex")).toEqual([]);
    expect(found(index, "jane")[0]).toBe("Sam Lee (People/Sam Lee.md)");
  });

  it("does not change the network's own search", () => {
    build().delete("People/Jane Doe.md");
    expect(names("Globex")).toEqual(["Jane Doe"]);
  });
});
