import { buildNetwork, type NoteInput } from "@kith/core";
import { describe, expect, it } from "vitest";
import { whoToAsk, type WhoToAsk } from "@kith/core";

const person = (name: string, frontmatter: Record<string, unknown> = {}): NoteInput => ({
  path: `People/${name}.md`,
  frontmatter: { type: "contact", ...frontmatter },
});

let seq = 0;
const interaction = (
  date: string,
  withWhom: string | readonly string[],
  kind = "coffee",
  extra: Record<string, unknown> = {},
): NoteInput => ({
  path: `Interactions/${date} ${kind} ${++seq}.md`,
  frontmatter: { type: "interaction", date, with: withWhom, kind, ...extra },
});

const acme: NoteInput = {
  path: "Orgs/Acme Corp.md",
  frontmatter: { type: "org", aliases: ["Acme"] },
};

/** Jane works at Acme; Bob, warmer, met her with you; Carol works there too; Dave knows nobody there. */
const vault: readonly NoteInput[] = [
  acme,
  person("Jane Doe", { org: "[[Acme Corp]]", role: "Staff Engineer" }),
  person("Bob Lee", { org: "Globex" }),
  person("Carol King", { org: "acme corp" }),
  person("Dave Park"),
  interaction("2026-10-01", "[[Jane Doe]]"),
  interaction("2026-10-03", ["[[Bob Lee]]", "[[Jane Doe]]"], "meeting"),
  interaction("2026-09-15", "[[Bob Lee]]"),
  interaction("2026-10-10", "[[Bob Lee]]"),
  interaction("2026-10-12", "[[Dave Park]]", "meal"),
  {
    path: "Gives/Talk feedback.md",
    frontmatter: { type: "give", to: "[[Jane Doe]]", date: "2026-05-01", gave: "feedback" },
  },
  {
    path: "Gives/Intro to Globex.md",
    frontmatter: { type: "give", to: "[[Jane Doe]]", date: "2026-07-01", gave: "an intro" },
  },
];

const TODAY = "2026-10-20";

function value(result: ReturnType<typeof whoToAsk>): WhoToAsk {
  if (!result.ok) throw new Error(result.issues.join("; "));
  return result.value;
}

const names = (result: ReturnType<typeof whoToAsk>) => value(result).candidates.map((c) => c.name);

describe("whoToAsk", () => {
  it("ranks someone who works there above a warmer friend who knows them, and explains both", () => {
    const { network } = buildNetwork(vault);
    const result = value(whoToAsk(network, "Acme Corp", TODAY));
    expect(result.org.name).toBe("Acme Corp");
    expect(result.candidates.map((c) => c.name)).toEqual(["Jane Doe", "Bob Lee", "Carol King"]);
    const [jane, bob] = result.candidates;
    expect(bob?.warmth).toBeGreaterThan(jane?.warmth ?? 100);
    expect(jane?.connection).toBe("works-there");
    expect(jane?.reason).toMatch(
      /^Works at Acme Corp as Staff Engineer; warm \(\d+\); you've given 2, asked 0$/,
    );
    expect(bob?.connection).toBe("knows-someone-there");
    expect(bob?.reason).toMatch(
      /^Knows Jane Doe at Acme Corp \(meeting 3 Oct\); warm \(\d+\); you've given 0, asked 0$/,
    );
    expect(bob?.knows.map((k) => k.path)).toEqual(["People/Jane Doe.md"]);
  });

  it("leaves out people with no tie to the org, and never lists an insider as a second-degree contact", () => {
    const { network } = buildNetwork([
      ...vault,
      interaction("2026-10-05", ["[[Jane Doe]]", "[[Carol King]]"], "meeting"),
    ]);
    const result = value(whoToAsk(network, "Acme Corp", TODAY));
    expect(result.candidates.map((c) => c.name)).not.toContain("Dave Park");
    const carol = result.candidates.find((c) => c.name === "Carol King");
    expect(carol?.connection).toBe("works-there");
    expect(carol?.knows).toEqual([]);
    expect(result.candidates.filter((c) => c.name === "Carol King")).toHaveLength(1);
  });

  it("finds the org by its note's path, name or alias, or a link, in any case", () => {
    const { network } = buildNetwork(vault);
    const expected = names(whoToAsk(network, "Acme Corp", TODAY));
    for (const query of [
      "acme",
      "ACME CORP",
      "Orgs/Acme Corp.md",
      "orgs/acme corp",
      "[[Acme Corp]]",
      " Acme ",
    ]) {
      expect(names(whoToAsk(network, query, TODAY)), query).toEqual(expected);
    }
  });

  it("finds people by a plain-text org that has no note", () => {
    const { network } = buildNetwork([
      person("Ivy Tan", { org: "Initech", role: "Recruiter" }),
      person("Ray Moss", { org: "Initrode" }),
    ]);
    const result = value(whoToAsk(network, "initech", TODAY));
    expect(result.org).toEqual({ name: "Initech", paths: [] });
    expect(result.candidates.map((c) => c.reason)).toEqual([
      "Works at Initech as Recruiter; cold (0); you've given 0, asked 0",
    ]);
  });

  it("counts an intro you made between two people as knowing each other", () => {
    const { network } = buildNetwork([
      acme,
      person("Jane Doe", { org: "[[Acme Corp]]" }),
      person("Frank Ode"),
      {
        path: "Gives/Intro Frank.md",
        frontmatter: {
          type: "give",
          to: "[[Frank Ode]]",
          date: "2026-09-12",
          gave: "intro to [[Jane Doe]]",
        },
      },
    ]);
    const frank = value(whoToAsk(network, "Acme", TODAY)).candidates.find(
      (c) => c.name === "Frank Ode",
    );
    expect(frank?.reason).toMatch(/^Knows Jane Doe at Acme Corp \(intro 12 Sep\)/);
  });

  it("does not take being in the same crowd at an event, or a meeting still to come, as knowing someone", () => {
    const { network } = buildNetwork([
      acme,
      person("Jane Doe", { org: "[[Acme Corp]]" }),
      person("Eve Crowd"),
      person("Finn Later"),
      interaction("2026-09-01", ["[[Jane Doe]]", "[[Eve Crowd]]"], "event"),
      interaction("2026-11-02", ["[[Jane Doe]]", "[[Finn Later]]"], "meeting"),
    ]);
    expect(names(whoToAsk(network, "Acme", TODAY))).toEqual(["Jane Doe"]);
  });

  it("puts someone you asked recently below an otherwise equal colleague, and says when to ask again", () => {
    const { network } = buildNetwork([
      acme,
      person("Al Ames", { org: "[[Acme Corp]]" }),
      person("Ann Ames", { org: "[[Acme Corp]]" }),
      {
        path: "Asks/Referral.md",
        frontmatter: {
          type: "ask",
          asked: "[[Al Ames]]",
          ask: "referral",
          status: "asked",
          asked_on: "2026-10-10",
        },
      },
    ]);
    const [first, second] = value(whoToAsk(network, "Acme", TODAY)).candidates;
    expect(first?.name).toBe("Ann Ames");
    expect(second?.name).toBe("Al Ames");
    expect(second?.reason).toBe(
      "Works at Acme Corp; cold (0); you've given 0, asked 1; asked 10 Oct, so wait until 8 Jan 2027",
    );
  });

  it("is a failure naming the org when nothing matches it", () => {
    const { network } = buildNetwork(vault);
    const result = whoToAsk(network, "Umbrella", TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toContain('"Umbrella"');
  });

  it("honours a limit", () => {
    const { network } = buildNetwork(vault);
    expect(names(whoToAsk(network, "Acme Corp", TODAY, { limit: 1 }))).toEqual(["Jane Doe"]);
  });
});
