import { buildNetwork, type NoteInput } from "@kith/core";
import { describe, expect, it } from "vitest";
import { whoToTell, type WhoToTell } from "@kith/core";

const person = (name: string, frontmatter: Record<string, unknown> = {}): NoteInput => ({
  path: `People/${name}.md`,
  frontmatter: { type: "contact", ...frontmatter },
});

let seq = 0;
const interaction = (
  date: string,
  withWhom: string | readonly string[],
  extra: Record<string, unknown> = {},
): NoteInput => ({
  path: `Interactions/${date} ${++seq}.md`,
  frontmatter: { type: "interaction", date, with: withWhom, kind: "coffee", ...extra },
});

const TODAY = "2026-10-20";

function value(result: ReturnType<typeof whoToTell>): WhoToTell {
  if (!result.ok) throw new Error(result.issues.join("; "));
  return result.value;
}

describe("whoToTell an update", () => {
  const vault: readonly NoteInput[] = [
    {
      path: "Updates/Promoted.md",
      frontmatter: {
        type: "update",
        date: "2026-10-10",
        title: "Promoted to staff",
        audience: ["mentor", "alumni"],
        told: ["[[Jane Doe]]"],
      },
    },
    person("Jane Doe", { relationship: "mentor" }),
    person("Ann Lee", { relationship: "mentor" }),
    person("Bob Lee", { relationship: "peer", tags: ["alumni", "climbing"] }),
    person("Carol King", { relationship: "peer", tags: ["climbing"] }),
    interaction("2026-10-01", "[[Bob Lee]]"),
  ];

  it("lists the audience who have not been told, warmest first, with why", () => {
    const { network } = buildNetwork(vault);
    const result = value(whoToTell(network, "Updates/Promoted.md", TODAY));
    expect(result.subject).toMatchObject({
      kind: "update",
      title: "Promoted to staff",
      audience: ["mentor", "alumni"],
    });
    expect(result.people.map((p) => p.name)).toEqual(["Bob Lee", "Ann Lee"]);
    expect(result.people[0]?.reason).toBe("In the audience (#alumni); cooling (35)");
    expect(result.people[1]?.reason).toBe("In the audience (mentor); cold (0)");
  });

  it("finds a tag nested under the audience's, and says which", () => {
    const { network } = buildNetwork([
      { path: "Updates/Talk.md", frontmatter: { type: "update", date: "2026-10-10", title: "Talk", audience: ["alumni"] } },
      person("Dana Ray", { tags: ["alumni/2019"] }),
      person("Eve Lin", { tags: ["alumnihood"] }),
    ]);
    const result = value(whoToTell(network, "Updates/Talk.md", TODAY));
    expect(result.people.map((p) => [p.name, p.reason])).toEqual([["Dana Ray", "In the audience (#alumni/2019); cold (0)"]]);
  });

  it("leaves out people already told and people outside the audience", () => {
    const { network } = buildNetwork(vault);
    const people = value(whoToTell(network, "Updates/Promoted.md", TODAY)).people.map(
      (p) => p.name,
    );
    expect(people).not.toContain("Jane Doe");
    expect(people).not.toContain("Carol King");
  });

  it("finds the update by its title, base name or a link", () => {
    const { network } = buildNetwork(vault);
    for (const target of ["promoted to staff", "Promoted", "[[Promoted]]", "Updates/Promoted"]) {
      expect(value(whoToTell(network, target, TODAY)).subject.path, target).toBe(
        "Updates/Promoted.md",
      );
    }
  });

  it("tells nobody about an update without an audience", () => {
    const { network } = buildNetwork([
      {
        path: "Updates/Talk.md",
        frontmatter: { type: "update", date: "2026-10-10", title: "Gave a talk" },
      },
      person("Ann Lee", { relationship: "mentor" }),
    ]);
    expect(value(whoToTell(network, "Updates/Talk.md", TODAY)).people).toEqual([]);
  });
});

describe("whoToTell a goal", () => {
  const vault: readonly NoteInput[] = [
    { path: "Orgs/Acme Corp.md", frontmatter: { type: "org", aliases: ["Acme"] } },
    {
      path: "Goals/Staff ML role.md",
      frontmatter: {
        type: "goal",
        title: "A staff ML role",
        target_orgs: ["[[Acme Corp]]"],
        status: "active",
      },
    },
    person("Zoe Acme", { org: "[[Acme Corp]]", role: "ML Lead" }),
    person("Ann Mentor", { relationship: "mentor" }),
    person("Rita Recruiter", { relationship: "recruiter" }),
    person("Bob Peer", { relationship: "peer" }),
    person("Carl Knows", { goals_known: ["[[Staff ML role]]"] }),
    person("Dana Heard"),
    person("Finn Future"),
    interaction("2026-10-01", "[[Bob Peer]]"),
    interaction("2026-09-01", "[[Rita Recruiter]]"),
    interaction("2026-10-05", "[[Dana Heard]]", { goals_shared: ["[[Staff ML role]]"] }),
    interaction("2026-11-05", "[[Finn Future]]", { goals_shared: ["[[Staff ML role]]"] }),
  ];

  it("puts someone at a target org first, then mentors and recruiters, then the rest by warmth", () => {
    const { network } = buildNetwork(vault);
    const result = value(whoToTell(network, "Goals/Staff ML role.md", TODAY));
    expect(result.subject).toMatchObject({
      kind: "goal",
      title: "A staff ML role",
      targetOrgs: ["Acme Corp"],
    });
    expect(result.people.map((p) => p.name)).toEqual([
      "Zoe Acme",
      "Rita Recruiter",
      "Ann Mentor",
      "Bob Peer",
      "Finn Future",
    ]);
    expect(result.people.map((p) => p.relevance)).toEqual([
      "target-org",
      "adviser",
      "adviser",
      "other",
      "other",
    ]);
    expect(result.people[0]?.reason).toBe(
      "Works at Acme Corp as ML Lead, one of the goal's target orgs; cold (0)",
    );
    expect(result.people[1]?.reason).toMatch(/^Your recruiter; (warm|cooling) \(\d+\)$/);
    expect(result.people[2]?.reason).toBe("Your mentor; cold (0)");
  });

  it("leaves out people who know it from their note or from an interaction where you shared it", () => {
    const { network } = buildNetwork(vault);
    const people = value(whoToTell(network, "Goals/Staff ML role.md", TODAY)).people.map(
      (p) => p.name,
    );
    expect(people).not.toContain("Carl Knows");
    expect(people).not.toContain("Dana Heard");
    // A conversation planned for next month has not happened yet.
    expect(people).toContain("Finn Future");
  });

  it("matches a target org given as plain text on the contact", () => {
    const { network } = buildNetwork([
      { path: "Goals/Move.md", frontmatter: { type: "goal", target_orgs: ["Initech"] } },
      person("Ivy Tan", { org: "initech" }),
      person("Ray Moss", { relationship: "advisor" }),
    ]);
    const people = value(whoToTell(network, "Goals/Move.md", TODAY)).people;
    expect(people.map((p) => [p.name, p.relevance])).toEqual([
      ["Ivy Tan", "target-org"],
      ["Ray Moss", "adviser"],
    ]);
  });
});

describe("whoToTell a target that is neither", () => {
  it("is a failure naming the target, not a throw", () => {
    const { network } = buildNetwork([person("Jane Doe")]);
    for (const target of ["Updates/Missing.md", "People/Jane Doe.md"]) {
      const result = whoToTell(network, target, TODAY);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues[0]).toContain(`"${target}" is not an update or a goal`);
    }
  });

  it("is a failure listing the notes when a name fits several", () => {
    const { network } = buildNetwork([
      { path: "Updates/Launch.md", frontmatter: { type: "update", date: "2026-10-01" } },
      { path: "Goals/Launch.md", frontmatter: { type: "goal" } },
    ]);
    const result = whoToTell(network, "launch", TODAY);
    expect(result).toEqual({
      ok: false,
      issues: [
        '"launch" could be any of Goals/Launch.md, Updates/Launch.md; give the note\'s path',
      ],
    });
  });
});
