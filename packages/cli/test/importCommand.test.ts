import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { aVault, kith } from "./helpers";

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/import/${name}`, import.meta.url));

function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string, prefix: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name), `${prefix}${e.name}/`);
      else out[`${prefix}${e.name}`] = readFileSync(join(dir, e.name), "utf8");
    }
  };
  walk(root, "");
  return out;
}

describe("kith import linkedin", () => {
  it("makes a contact note per connection, skipping hidden members", async () => {
    const vault = aVault({ ".obsidian/app.json": "{}" });
    const r = await kith(["import", "linkedin", fixture("Connections.csv"), "--into", join(vault, "People")]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/skipped/);
    const files = readdirSync(join(vault, "People"));
    expect(files.length).toBeGreaterThan(3);
    const jane = readFileSync(join(vault, "People", "Jane Doe.md"), "utf8");
    expect(jane).toMatch(/^---\ntype: contact\n/);
    expect(jane).toMatch(/linkedin: https:\/\/www\.linkedin\.com\/in\//);
    expect(jane).toMatch(/source: linkedin/);
    expect(jane).toMatch(/met: \d{4}-\d{2}-\d{2}/);
    // The notes it made read back as contacts with no problems.
    const check = await kith(["check", vault, "--json"]);
    expect(JSON.parse(check.out)).toEqual([]);
  });

  it("changes nothing when the same file is imported again", async () => {
    const vault = aVault({ ".obsidian/app.json": "{}" });
    await kith(["import", "linkedin", fixture("Connections.csv"), "--into", join(vault, "People")]);
    const before = snapshot(vault);
    const again = await kith(["import", "linkedin", fixture("Connections.csv"), "--into", join(vault, "People")]);
    expect(again.out).toMatch(/0 new, 0 updated/);
    expect(snapshot(vault)).toEqual(before);
  });

  it("writes nothing with --dry-run and says what it would do", async () => {
    const vault = aVault({ ".obsidian/app.json": "{}" });
    const r = await kith(["import", "linkedin", fixture("Connections.csv"), "--into", join(vault, "People"), "--dry-run"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Would create \d+ notes/);
    expect(r.out).toMatch(/Nothing was written/);
    expect(existsSync(join(vault, "People"))).toBe(false);
  });

  it("updates an existing note key by key, found by LinkedIn URL, and turns a job change into a follow-up", async () => {
    const csv = readFileSync(fixture("Connections.csv"), "utf8");
    const url = /https:\/\/www\.linkedin\.com\/in\/[^,\s"]+/.exec(csv)?.[0] ?? "";
    const vault = aVault({
      ".obsidian/app.json": "{}",
      "Contacts/Somebody.md": `---\ntype: contact\n# how we met: a meetup\norg: Old Company\nrole: Old Role\nlinkedin: ${url}/\n---\nNotes I wrote by hand.\n`,
    });
    const r = await kith(["import", "linkedin", fixture("Connections.csv"), "--into", join(vault, "People"), "--today", "2026-11-25"]);
    expect(r.code).toBe(0);
    const text = readFileSync(join(vault, "Contacts", "Somebody.md"), "utf8");
    expect(text).toContain("# how we met: a meetup\n");
    expect(text).toContain("Notes I wrote by hand.\n");
    expect(text).not.toContain("org: Old Company");
    expect(text).toContain("next_step: Congratulate on the new role");
    expect(text).toContain("next_step_due: 2026-11-25");
    // Nobody was created twice.
    const due = JSON.parse((await kith(["due", vault, "--today", "2026-11-25", "--json"])).out) as { path: string; reason: string }[];
    expect(due).toContainEqual(expect.objectContaining({ path: "Contacts/Somebody.md", reason: "next-step" }));
  });

  it("matches by email, then by exact name, and never overwrites a note", async () => {
    const vault = aVault({
      ".obsidian/app.json": "{}",
      "People/Jane Doe.md": "---\ntype: contact\nrole: Kept as is\n---\nMine.\n",
    });
    const r = await kith(["import", "linkedin", fixture("Connections.csv"), "--into", join(vault, "People")]);
    expect(r.code).toBe(0);
    const jane = readFileSync(join(vault, "People", "Jane Doe.md"), "utf8");
    // Matched by name only: keys it has are kept, keys it lacks are added.
    expect(jane).toMatch(/^---\ntype: contact\nrole: Kept as is\n/);
    expect(jane).toContain("linkedin: https://www.linkedin.com/in/janedoe");
    expect(jane).not.toContain("Congratulate");
    expect(jane).toContain("Mine.\n");
    expect(readdirSync(join(vault, "People")).filter((f) => f.startsWith("Jane Doe"))).toEqual(["Jane Doe.md"]);
  });

  it("finds a person by email when the name differs", async () => {
    const vault = aVault({
      ".obsidian/app.json": "{}",
      "People/Pepe.md": "---\ntype: contact\nemail: Jose.Nunez@example.com\n---\n",
    });
    await kith(["import", "linkedin", fixture("Connections.csv"), "--into", join(vault, "People")]);
    expect(readdirSync(join(vault, "People")).some((f) => f.startsWith("José"))).toBe(false);
    expect(readFileSync(join(vault, "People", "Pepe.md"), "utf8")).toContain("linkedin: https://www.linkedin.com/in/");
  });

  it("finds a person by an alias or by the note's file name, in any case, and makes no second note", async () => {
    const vault = aVault({
      ".obsidian/app.json": "{}",
      "People/Jane.md": "---\ntype: contact\naliases: [Jane Doe]\n---\nMine.\n",
      "Friends/Sam Lee.md": "---\ntype: contact\nname: Samuel Lee\n---\n",
      "Friends/ana ruiz.md": "---\ntype: contact\n---\n",
      "in.csv":
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
        "Jane,Doe,https://www.linkedin.com/in/janedoe,,Acme,CTO,08 Feb 2023\n" +
        "Sam,Lee,https://www.linkedin.com/in/samlee,,Globex,PM,09 Feb 2023\n" +
        "Ana,Ruiz,https://www.linkedin.com/in/anaruiz,,Initech,Dev,10 Feb 2023\n",
    });
    const args = ["import", "linkedin", join(vault, "in.csv"), "--into", join(vault, "People")];
    const dry = await kith([...args, "--dry-run"]);
    expect(dry.out).toContain("0 new, 3 updated");
    const r = await kith(args);
    expect(r.out).toContain("~ People/Jane.md: add org; add role; add linkedin; add met");
    expect(r.out).toContain("~ Friends/Sam Lee.md: add org");
    expect(r.out).toContain("~ Friends/ana ruiz.md: add org");
    expect(readdirSync(join(vault, "People"))).toEqual(["Jane.md"]);
    expect(readFileSync(join(vault, "People", "Jane.md"), "utf8")).toBe(
      "---\ntype: contact\naliases: [Jane Doe]\norg: Acme\nrole: CTO\nlinkedin: https://www.linkedin.com/in/janedoe\nmet: 2023-02-08\n---\nMine.\n",
    );
    expect((await kith(args)).out).toContain("0 new, 0 updated, 3 already up to date");
  });

  it("takes the note named as the person over one that has the name as an alias, as kith log does", async () => {
    const vault = aVault({
      ".obsidian/app.json": "{}",
      "Friends/Sam Lee.md": "---\ntype: contact\n---\n",
      "People/Sam.md": "---\ntype: contact\naliases: [Sam Lee]\n---\n",
      "in.csv":
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
        "Sam,Lee,https://www.linkedin.com/in/samlee,,Globex,PM,09 Feb 2023\n",
    });
    const r = await kith(["import", "linkedin", join(vault, "in.csv"), "--into", join(vault, "People")]);
    expect(r.out).toContain("~ Friends/Sam Lee.md: add org; add role; add linkedin; add met");
    expect(r.out).toContain("0 new, 1 updated");
    expect(readFileSync(join(vault, "People", "Sam.md"), "utf8")).toBe("---\ntype: contact\naliases: [Sam Lee]\n---\n");
  });

  it("takes the note with the alias when the note of that name is someone else by email", async () => {
    const vault = aVault({
      ".obsidian/app.json": "{}",
      "Friends/Sam Lee.md": "---\ntype: contact\nemail: sam@other.example\n---\n",
      "People/Sam.md": "---\ntype: contact\naliases: [Sam Lee]\n---\n",
      "in.csv":
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
        "Sam,Lee,https://www.linkedin.com/in/samlee,sam@globex.example,Globex,PM,09 Feb 2023\n",
    });
    const r = await kith(["import", "linkedin", join(vault, "in.csv"), "--into", join(vault, "People")]);
    expect(r.out).toContain("~ People/Sam.md: add org");
    expect(r.out).toContain("0 new, 1 updated");
  });

  it("refuses a target folder outside the vault and a missing --into", async () => {
    const vault = aVault({ ".obsidian/app.json": "{}" });
    const outside = await kith(["import", "linkedin", fixture("Connections.csv"), "--into", "/tmp", "--vault", vault]);
    expect(outside.code).toBe(2);
    expect(outside.err).toMatch(/not inside the vault/);
    const missing = await kith(["import", "linkedin", fixture("Connections.csv")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--into FOLDER is required/);
    const noFile = await kith(["import", "linkedin", "/no/such.csv", "--into", vault]);
    expect(noFile.code).toBe(2);
  });

  it("keeps file names safe: no path separators or reserved names escape the folder", async () => {
    const vault = aVault({ ".obsidian/app.json": "{}" });
    const csv = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n../../etc,passwd,,,,,08 Feb 2023\nCON,,,,,,08 Feb 2023\nA/B,C:D,,,,,08 Feb 2023\n";
    mkdirSync(join(vault, "in"));
    writeFileSync(join(vault, "in", "c.csv"), csv);
    const r = await kith(["import", "linkedin", join(vault, "in", "c.csv"), "--into", join(vault, "People")]);
    expect(r.code).toBe(0);
    const files = readdirSync(join(vault, "People")).sort();
    expect(files).toHaveLength(3);
    for (const f of files) expect(f).not.toMatch(/[/\\:]|^\.\.|^CON\.md$/i);
    expect(Object.keys(snapshot(vault)).every((p) => p.startsWith("People/") || p.startsWith(".obsidian/") || p.startsWith("in/"))).toBe(true);
  });
});

describe("kith import google and vcard", () => {
  it("imports a Google Contacts CSV with several emails and a birthday without a year", async () => {
    const vault = aVault({ ".obsidian/app.json": "{}" });
    const r = await kith(["import", "google", fixture("google-contacts.csv"), "--into", join(vault, "People")]);
    expect(r.code).toBe(0);
    const notes = Object.values(snapshot(join(vault, "People")));
    expect(notes.length).toBeGreaterThan(1);
    expect(notes.some((t) => /email:\n {2}- /.test(t))).toBe(true);
    expect(notes.every((t) => t.includes("source: google"))).toBe(true);
    expect(JSON.parse((await kith(["check", vault, "--json"])).out)).toEqual([]);
  });

  it("imports vCard 3.0 and 4.0 files and a second import changes nothing", async () => {
    const vault = aVault({ ".obsidian/app.json": "{}" });
    for (const f of ["contacts-v3.vcf", "contacts-v4.vcf"]) {
      const r = await kith(["import", "vcard", fixture(f), "--into", join(vault, "People")]);
      expect(r.code).toBe(0);
    }
    const before = snapshot(vault);
    expect(Object.keys(before).filter((p) => p.startsWith("People/")).length).toBeGreaterThan(2);
    const again = await kith(["import", "vcard", fixture("contacts-v3.vcf"), "--into", join(vault, "People")]);
    expect(again.out).toMatch(/0 new, 0 updated/);
    expect(snapshot(vault)).toEqual(before);
    expect(JSON.parse((await kith(["check", vault, "--json"])).out)).toEqual([]);
  });
});

describe("kith import: re-imports respect hand edits", () => {
  const LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

  it("sees LinkedIn's company under an alias of the linked org as the same job, and keeps a reworded role", async () => {
    const jane =
      '---\ntype: contact\norg: "[[Acme]]"\nrole: VP Engineering (platform)\nlinkedin: https://www.linkedin.com/in/janedoe\nmet: 2023-02-08\n---\n';
    const vault = aVault({
      ".obsidian/app.json": "{}",
      "Orgs/Acme.md": "---\ntype: org\naliases: [Acme Corp]\n---\n",
      "People/Jane Doe.md": jane,
      "c.csv": `${LINKEDIN_HEADER}Jane,Doe,https://www.linkedin.com/in/janedoe,,Acme Corp,"VP, Engineering",08 Feb 2023\n`,
    });
    const r = await kith(["import", "linkedin", join(vault, "c.csv"), "--into", join(vault, "People")]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/0 new, 0 updated, 1 already up to date/);
    expect(readFileSync(join(vault, "People", "Jane Doe.md"), "utf8")).toBe(jane);
  });

  it.each([
    ["Acme", '"Acme, Inc."'],
    ["McKinsey", "McKinsey & Company"],
    ["Goldman Sachs", '"Goldman Sachs & Co. LLC"'],
    ["SAP", "SAP SE"],
    ["Robert Bosch", "Robert Bosch GmbH & Co. KG"],
  ])("sees a company with or without its legal form as the same job: %s and %s", async (org, company) => {
    const jane = `---\ntype: contact\norg: ${org}\nrole: VP Engineering\nlinkedin: https://www.linkedin.com/in/janedoe\nmet: 2023-02-08\n---\n`;
    const vault = aVault({
      ".obsidian/app.json": "{}",
      "People/Jane Doe.md": jane,
      "c.csv": `${LINKEDIN_HEADER}Jane,Doe,https://www.linkedin.com/in/janedoe,,${company},VP Engineering,08 Feb 2023\n`,
    });
    const r = await kith(["import", "linkedin", join(vault, "c.csv"), "--into", join(vault, "People")]);
    expect(r.out).toMatch(/0 new, 0 updated, 1 already up to date/);
    expect(readFileSync(join(vault, "People", "Jane Doe.md"), "utf8")).toBe(jane);
  });

  it("still turns a different company into a job change", async () => {
    const vault = aVault({
      ".obsidian/app.json": "{}",
      "Orgs/Acme.md": "---\ntype: org\naliases: [Acme Corp]\n---\n",
      "People/Jane Doe.md": '---\ntype: contact\norg: "[[Acme]]"\nrole: VP Engineering\nlinkedin: https://www.linkedin.com/in/janedoe\n---\n',
      "c.csv": `${LINKEDIN_HEADER}Jane,Doe,https://www.linkedin.com/in/janedoe,,Globex,CTO,08 Feb 2023\n`,
    });
    const r = await kith(["import", "linkedin", join(vault, "c.csv"), "--into", join(vault, "People"), "--today", "2026-11-25"]);
    expect(r.out).toContain("org Acme → Globex; role VP Engineering → CTO; next step: congratulate on the new role");
    const text = readFileSync(join(vault, "People", "Jane Doe.md"), "utf8");
    expect(text).toMatch(/org: "?Globex"?\n/);
    expect(text).toContain("role: CTO");
  });
});

describe("kith import: a company the vault has an org note for", () => {
  const LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

  it("is written as a link to that note, by name, alias or legal form, by path where the name is shared", async () => {
    const vault = aVault({
      ".obsidian/app.json": "{}",
      "Orgs/Globex.md": "---\ntype: org\naliases: [Globex Corporation]\n---\n",
      "Orgs/Initech.md": "---\ntype: org\n---\n",
      "Meetings/Initech.md": "# Initech kick-off\n",
      "People/Jane Doe.md": '---\ntype: contact\norg: "[[Acme]]"\nrole: VP Engineering\nlinkedin: https://www.linkedin.com/in/janedoe\n---\n',
      "c.csv":
        LINKEDIN_HEADER +
        "Jane,Doe,https://www.linkedin.com/in/janedoe,,Globex Corporation,CTO,08 Feb 2023\n" +
        "Sam,Lee,https://www.linkedin.com/in/samlee,,\"Globex, Inc.\",Engineer,08 Feb 2023\n" +
        "Ana,Ruiz,https://www.linkedin.com/in/anaruiz,,Initech,Analyst,08 Feb 2023\n" +
        "Bo,Chen,https://www.linkedin.com/in/bochen,,Hooli,PM,08 Feb 2023\n",
    });
    const r = await kith(["import", "linkedin", join(vault, "c.csv"), "--into", join(vault, "People"), "--today", "2026-11-25"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("org Acme → Globex Corporation;");
    const org = (name: string) => /^org: (.*)$/m.exec(readFileSync(join(vault, "People", `${name}.md`), "utf8"))?.[1];
    expect(org("Jane Doe")).toBe('"[[Globex]]"');
    expect(org("Sam Lee")).toBe('"[[Globex]]"');
    expect(org("Ana Ruiz")).toBe('"[[Orgs/Initech]]"');
    expect(org("Bo Chen")).toBe("Hooli");
    // The links resolve: nothing to check, and a second import changes nothing.
    expect((await kith(["check", vault])).out).toMatch(/^No problems/);
    const again = await kith(["import", "linkedin", join(vault, "c.csv"), "--into", join(vault, "People"), "--today", "2026-11-25"]);
    expect(again.out).toMatch(/0 new, 0 updated, 4 already up to date/);
  });

  it("prefers a file name to an alias, and an alias to a name, as Kith resolves a name", async () => {
    const vault = aVault({
      ".obsidian/app.json": "{}",
      "Orgs/Globex.md": "---\ntype: org\n---\n",
      "Orgs/Globex Holdings.md": "---\ntype: org\naliases: [Globex]\n---\n",
      "Orgs/IT.md": "---\ntype: org\nname: Initech\n---\n",
      "Orgs/Initrode.md": "---\ntype: org\naliases: [Initech]\n---\n",
      "c.csv":
        LINKEDIN_HEADER +
        'Sam,Lee,https://www.linkedin.com/in/samlee,,"Globex, Inc.",Engineer,08 Feb 2023\n' +
        "Ana,Ruiz,https://www.linkedin.com/in/anaruiz,,Initech,Analyst,08 Feb 2023\n",
    });
    const r = await kith(["import", "linkedin", join(vault, "c.csv"), "--into", join(vault, "People"), "--today", "2026-11-25"]);
    expect(r.code).toBe(0);
    const org = (name: string) => /^org: (.*)$/m.exec(readFileSync(join(vault, "People", `${name}.md`), "utf8"))?.[1];
    // A hand-written "org: Globex" would be Orgs/Globex.md, by its file name.
    expect(org("Sam Lee")).toBe('"[[Globex]]"');
    // A hand-written "org: Initech" is Orgs/Initrode.md, by its alias: the import links the same note.
    expect(org("Ana Ruiz")).toBe('"[[Initrode]]"');
  });
});

describe("kith import: days after today", () => {
  it("leaves out a LinkedIn connection day to come and keeps a birthday's month and day, and says so", async () => {
    const vault = aVault({
      ".obsidian/app.json": "{}",
      "c.csv":
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
        "Jane,Doe,https://www.linkedin.com/in/janedoe,,Acme,CTO,08 Feb 2027\n" +
        "Sam,Lee,https://www.linkedin.com/in/samlee,,Acme,CTO,08 Feb 2026\n",
      "a.vcf": "BEGIN:VCARD\nVERSION:3.0\nFN:Anna Schmidt\nN:Schmidt;Anna;;;\nBDAY:2029-03-14\nEND:VCARD\n",
    });
    const into = join(vault, "People");
    const linkedin = await kith(["import", "linkedin", join(vault, "c.csv"), "--into", into, "--today", "2026-11-25"]);
    expect(linkedin.code).toBe(0);
    expect(linkedin.err).toBe(
      `${join(vault, "c.csv")}: line 2: Jane Doe's connection day 2027-02-08 is after today (2026-11-25); imported without a met date`,
    );
    expect(readFileSync(join(into, "Jane Doe.md"), "utf8")).not.toContain("met:");
    expect(readFileSync(join(into, "Sam Lee.md"), "utf8")).toContain("met: 2026-02-08\n");
    const vcard = await kith(["import", "vcard", join(vault, "a.vcf"), "--into", into, "--today", "2026-11-25"]);
    expect(vcard.err).toBe(
      `${join(vault, "a.vcf")}: card 1: Anna Schmidt's birthday 2029-03-14 is after today (2026-11-25); imported as --03-14, without the year`,
    );
    expect(readFileSync(join(into, "Anna Schmidt.md"), "utf8")).toMatch(/birthday: "?--03-14"?\n/);
    // Nothing left for check to report as a day to come.
    expect((await kith(["check", vault, "--today", "2026-11-25"])).out).toMatch(/^No problems/);
    // As --help says.
    const help = (await kith(["import", "--help"])).out.replace(/\s+/g, " ");
    expect(help).toContain("A connection day after today is left out, and a birthday whose year is still to come is kept as --MM-DD");
  });
});

describe("kith import: a key the note has is never overwritten", () => {
  it("lists a value kept once, though two rows of the file bring it", async () => {
    const vault = aVault({
      ".obsidian/app.json": "{}",
      "People/Sam Lee.md": "---\ntype: contact\nmet: March 2019 at PyCon\nemail: sam@acme.example\n---\n",
      "c.csv":
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
        "Sam,Lee,,sam@acme.example,Acme,CEO,08 Feb 2023\n" +
        "Sam,Lee,,sam@acme.example,Acme,CEO,09 Feb 2023\n",
    });
    const r = await kith(["import", "linkedin", join(vault, "c.csv"), "--into", join(vault, "People"), "--dry-run"]);
    expect(r.out.split("\n").filter((l) => l.startsWith("  = "))).toEqual([
      '  = People/Sam Lee.md: met "March 2019 at PyCon" (the import has "2023-02-08")',
    ]);
  });

  const LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

  it("keeps a met Kith cannot read as a date, says so, and fills the keys the note lacks", async () => {
    const vault = aVault({
      ".obsidian/app.json": "{}",
      "People/Anna Schmidt.md": "---\ntype: contact\nlinkedin: https://www.linkedin.com/in/anna\nMet: March 2019 at PyCon\n---\n",
      "c.csv": `${LINKEDIN_HEADER}Anna,Schmidt,https://www.linkedin.com/in/anna,,Acme,Eng,08 Feb 2023\n`,
    });
    const r = await kith(["import", "linkedin", join(vault, "c.csv"), "--into", join(vault, "People")]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("~ People/Anna Schmidt.md: add org; add role\n");
    expect(r.out).not.toContain("add met");
    expect(r.out).toContain('= People/Anna Schmidt.md: met "March 2019 at PyCon" (the import has "2023-02-08")');
    const text = readFileSync(join(vault, "People", "Anna Schmidt.md"), "utf8");
    expect(text).toContain("Met: March 2019 at PyCon\n");
    expect(text).not.toContain("2023-02-08");
  });

  it("keeps a vCard's birthday off a note whose birthday Kith cannot read, and fills an empty key", async () => {
    const anna = "---\ntype: contact\nbirthday: 14 March\nemail:\n---\n";
    const vault = aVault({
      ".obsidian/app.json": "{}",
      "People/Anna Schmidt.md": anna,
      "a.vcf": "BEGIN:VCARD\nVERSION:3.0\nFN:Anna Schmidt\nN:Schmidt;Anna;;;\nBDAY:1990-03-14\nEMAIL:anna@example.org\nEND:VCARD\n",
    });
    const r = await kith(["import", "vcard", join(vault, "a.vcf"), "--into", join(vault, "People")]);
    expect(r.out).toContain("~ People/Anna Schmidt.md: add email\n");
    expect(r.out).toContain('= People/Anna Schmidt.md: birthday "14 March"');
    expect(readFileSync(join(vault, "People", "Anna Schmidt.md"), "utf8")).toBe(
      "---\ntype: contact\nbirthday: 14 March\nemail: anna@example.org\n---\n",
    );
  });

  it("fills an empty List property as a list, keeping every other byte of a note with a BOM, CRLF, anchors and folded text", async () => {
    const anna = [
      "\uFEFF---",
      "type: contact",
      'social: {tw: "@anna", gh: anna}   # handles',
      "bio: >-",
      "  Met at PyCon,",
      "  talks about compilers",
      "",
      "first_seen: &met 2019-05-02",
      "met: *met",
      "email: []",
      "phone:",
      "  -",
      "---",
      "# Anna Schmidt",
      "",
    ].join("\r\n");
    const vault = aVault({
      ".obsidian/app.json": "{}",
      "People/Anna Schmidt.md": anna,
      "a.vcf": "BEGIN:VCARD\nVERSION:3.0\nFN:Anna Schmidt\nN:Schmidt;Anna;;;\nEMAIL:anna@example.org\nTEL:+49 30 1234\nEND:VCARD\n",
    });
    const r = await kith(["import", "vcard", join(vault, "a.vcf"), "--into", join(vault, "People")]);
    expect(r.out).toContain("~ People/Anna Schmidt.md: add email; add phone\n");
    // They were written `email: anna@example.org`: Obsidian then flags the List property.
    expect(readFileSync(join(vault, "People", "Anna Schmidt.md"), "utf8")).toBe(
      anna.replace("email: []", "email: [anna@example.org]").replace("  -\r\n", "  - +49 30 1234\r\n"),
    );
  });

  it("adds no congratulation over a next step due on a day Kith cannot read", async () => {
    const vault = aVault({
      ".obsidian/app.json": "{}",
      "People/Jane Doe.md":
        "---\ntype: contact\norg: Acme\nlinkedin: https://www.linkedin.com/in/janedoe\nnext_step_due: after the holidays\n---\n",
      "c.csv": `${LINKEDIN_HEADER}Jane,Doe,https://www.linkedin.com/in/janedoe,,Globex,CTO,08 Feb 2023\n`,
    });
    const r = await kith(["import", "linkedin", join(vault, "c.csv"), "--into", join(vault, "People"), "--today", "2026-11-25"]);
    expect(r.out).toContain("org Acme → Globex");
    const text = readFileSync(join(vault, "People", "Jane Doe.md"), "utf8");
    expect(text).toContain("next_step_due: after the holidays\n");
    expect(text).not.toContain("Congratulate");
  });
});

describe("kith import: namesakes", () => {
  const GOOGLE_HEADER = "First Name,Last Name,Organization Name,Organization Title,E-mail 1 - Value,Phone 1 - Value\n";

  it("keeps two people of the same name apart when their emails and phones differ, in one file and across imports", async () => {
    const vault = aVault({
      ".obsidian/app.json": "{}",
      "two.csv": `${GOOGLE_HEADER}John,Smith,Acme,CEO,john@acme.com,+1 555 0100\nJohn,Smith,Globex,Intern,jsmith@globex.com,+44 20 7946 0000\n`,
      "third.csv": `${GOOGLE_HEADER}John,Smith,Initech,Developer,john@initech.com,\n`,
    });
    const r = await kith(["import", "google", join(vault, "two.csv"), "--into", join(vault, "People")]);
    expect(r.out).toContain("2 new");
    expect(r.out).toContain("1 namesake kept apart");
    expect(r.out).not.toContain("repeated in the file");
    const second = readFileSync(join(vault, "People", "John Smith 2.md"), "utf8");
    expect(second).toContain("name: John Smith\n");
    expect(second).toContain("email: jsmith@globex.com");
    expect(readFileSync(join(vault, "People", "John Smith.md"), "utf8")).toContain("email: john@acme.com");

    const third = await kith(["import", "google", join(vault, "third.csv"), "--into", join(vault, "People")]);
    expect(third.out).toContain("1 new");
    expect(readFileSync(join(vault, "People", "John Smith 3.md"), "utf8")).toContain("email: john@initech.com");

    const again = await kith(["import", "google", join(vault, "two.csv"), "--into", join(vault, "People")]);
    expect(again.out).toContain("0 new, 0 updated, 2 already up to date");
  });

  it("gives a note two rows of one file match the first row's values, and a re-import then changes nothing", async () => {
    const vault = aVault({
      ".obsidian/app.json": "{}",
      "People/Jane Doe.md": "---\ntype: contact\n---\nMine.\n",
      "People/Sam Lee.md": "---\ntype: contact\nemail: sam@acme.example\n---\n",
      "dup.csv":
        `${GOOGLE_HEADER}Jane,Doe,Acme,CTO,jane@acme.example,\nJane,Doe,,,jane@home.example,+1 555 0100\n` +
        "Sam,Lee,Acme,CEO,sam@acme.example,\nSam,Lee,Globex,Intern,sam@acme.example,+1 555 0199\n",
    });
    const people = join(vault, "People");
    const args = ["import", "google", join(vault, "dup.csv"), "--into", people];
    const r = await kith(args);
    expect(r.out).toContain("~ People/Jane Doe.md: add org; add role; add email\n");
    expect(r.out).toContain("~ People/Sam Lee.md: add org; add role; add phone\n");
    expect(r.out).toContain("+ People/Jane Doe 2.md (another Jane Doe");
    expect(readFileSync(join(people, "Jane Doe.md"), "utf8")).toBe(
      "---\ntype: contact\norg: Acme\nrole: CTO\nemail: jane@acme.example\n---\nMine.\n",
    );
    expect(readFileSync(join(people, "Jane Doe 2.md"), "utf8")).toContain("email: jane@home.example\nphone: +1 555 0100\n");
    expect(readFileSync(join(people, "Sam Lee.md"), "utf8")).toBe(
      "---\ntype: contact\nemail: sam@acme.example\norg: Acme\nrole: CEO\nphone: +1 555 0199\n---\n",
    );
    const before = snapshot(vault);
    const again = await kith(args);
    expect(again.out).toContain("0 new, 0 updated, 4 already up to date");
    expect(snapshot(vault)).toEqual(before);
  });

  it("counts a row that adds to a note an earlier row of the file updates as repeated, so the entries add up", async () => {
    const vault = aVault({
      ".obsidian/app.json": "{}",
      "People/Sam Lee.md": "---\ntype: contact\nemail: sam@acme.example\n---\n",
      "dup.csv": `${GOOGLE_HEADER}Sam,Lee,Acme,CEO,sam@acme.example,\nSam,Lee,Globex,Intern,sam@acme.example,+1 555 0199\nSam,Lee,,,sam@acme.example,\n`,
    });
    const r = await kith(["import", "google", join(vault, "dup.csv"), "--into", join(vault, "People"), "--dry-run"]);
    expect(r.out).toContain("~ People/Sam Lee.md: add org; add role; add phone\n");
    expect(r.out).toContain("3 entries: 0 new, 1 updated, 0 already up to date, 2 repeated in the file.");
  });

  it("makes no note for a name several notes have, unless one of them shares a phone, email or profile", async () => {
    const vault = aVault({
      ".obsidian/app.json": "{}",
      "two.csv": `${GOOGLE_HEADER}John,Smith,Acme,CEO,john@acme.com,\nJohn,Smith,Globex,Intern,jsmith@globex.com,\n`,
      "phone.csv": `${GOOGLE_HEADER}John,Smith,Globex,Intern,,+1 555 0100\n`,
      "bare.csv": `${GOOGLE_HEADER}John,Smith,,,,\n`,
    });
    const people = join(vault, "People");
    await kith(["import", "google", join(vault, "two.csv"), "--into", people]);
    // Either John Smith may be this one: a new note would be a third, and every later import
    // of the same file would make another.
    for (const file of ["phone.csv", "bare.csv", "phone.csv"]) {
      const r = await kith(["import", "google", join(vault, file), "--into", people]);
      expect(r.code).toBe(0);
      expect(r.out).toContain("0 new, 0 updated, 0 already up to date, 1 left alone (name shared by several notes)");
      expect(r.out).toContain("? John Smith: People/John Smith 2.md, People/John Smith.md");
    }
    expect(readdirSync(people).sort()).toEqual(["John Smith 2.md", "John Smith.md"]);
    // Once one note has the phone, that note is theirs.
    const second = join(people, "John Smith 2.md");
    writeFileSync(second, readFileSync(second, "utf8").replace("type: contact\n", "type: contact\nphone: 555-0100\n"));
    const placed = await kith(["import", "google", join(vault, "phone.csv"), "--into", people]);
    expect(placed.out).toContain("0 new, 0 updated, 1 already up to date.");
  });

  it("makes no second note for a person whose note cannot be read, and says which note to fix", async () => {
    const broken = "---\ntype: contact\norg: [unclosed\n---\nMine.\n";
    const vault = aVault({
      ".obsidian/app.json": "{}",
      "People/John Smith.md": broken,
      "c.csv": `${GOOGLE_HEADER}John,Smith,Acme,CEO,john@acme.com,\nAda,Lovelace,,,,\n`,
    });
    const people = join(vault, "People");
    for (let i = 0; i < 2; i++) {
      const r = await kith(["import", "google", join(vault, "c.csv"), "--into", people]);
      expect(r.code).toBe(0);
      expect(r.out).toContain("! John Smith: People/John Smith.md cannot be read");
      expect(r.out).toMatch(/, 1 left alone \(their note cannot be read\)\.$/);
    }
    expect(readdirSync(people).sort()).toEqual(["Ada Lovelace.md", "John Smith.md"]);
    expect(readFileSync(join(people, "John Smith.md"), "utf8")).toBe(broken);
  });

  it("does not call a note updated that it had to leave untouched, with or without --dry-run", async () => {
    const vault = aVault({ ".obsidian/app.json": "{}", "c.csv": `${GOOGLE_HEADER}Ada,Lovelace,Analytical Engines,,,\n` });
    // Ada's note, saved as Windows-1252: writing it would turn "é" into U+FFFD.
    const latin1 = Buffer.from("---\ntype: contact\n---\nMet at the caf\u00e9.\n", "latin1");
    mkdirSync(join(vault, "People"));
    writeFileSync(join(vault, "People", "Ada Lovelace.md"), latin1);
    for (const dry of [["--dry-run"], []]) {
      const r = await kith(["import", "google", join(vault, "c.csv"), "--into", join(vault, "People"), ...dry]);
      expect(r.code).toBe(0);
      expect(r.out).not.toMatch(/Updated|Would update/);
      expect(r.out).toContain("0 new, 0 updated, 0 already up to date, 1 left untouched (see above).");
      expect(r.err).toContain("People/Ada Lovelace.md: not UTF-8 text (line 4)");
    }
    expect(readFileSync(join(vault, "People", "Ada Lovelace.md")).equals(latin1)).toBe(true);
  });

  it("says when the vault's settings cannot be read: the notes it writes use the default keys then", async () => {
    const vault = aVault({
      ".obsidian/plugins/kith/data.json": '{ "keys": { "org": "Company" }, }',
      "c.csv": `${GOOGLE_HEADER}Ada,Lovelace,Analytical Engines,,,\n`,
    });
    const r = await kith(["import", "google", join(vault, "c.csv"), "--into", join(vault, "People")]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^\.obsidian\/plugins\/kith\/data\.json: not valid JSON/);
  });

  it("still takes a same-name note for the same person when a phone is shared or nothing can be compared", async () => {
    const vault = aVault({
      ".obsidian/app.json": "{}",
      "People/John Smith.md": "---\ntype: contact\nphone: 555-0100\n---\n",
      "People/Mary Major.md": "---\ntype: contact\n---\n",
      "c.csv": `${GOOGLE_HEADER}John,Smith,Acme,CEO,john@acme.com,+1 555 0100\nMary,Major,Globex,CTO,mary@globex.com,\n`,
    });
    const r = await kith(["import", "google", join(vault, "c.csv"), "--into", join(vault, "People")]);
    expect(r.out).toContain("0 new, 2 updated");
    expect(readdirSync(join(vault, "People")).sort()).toEqual(["John Smith.md", "Mary Major.md"]);
  });
});

describe("kith import: a note's linkedin as people write it", () => {
  it.each(["janedoe", "'@janedoe'", '"[Jane](https://www.linkedin.com/in/janedoe/)"', "n/a", "yes", "connected"])(
    "linkedin: %s finds the note, and makes no Jane Doe 2",
    async (value) => {
      const vault = aVault({
        ".obsidian/app.json": "{}",
        "People/Jane Doe.md": `---\ntype: contact\nlinkedin: ${value}\n---\n`,
        "c.csv":
          "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nJane,Doe,https://www.linkedin.com/in/janedoe,,Acme Corp,VP,08 Feb 2023\n",
      });
      const r = await kith(["import", "linkedin", join(vault, "c.csv"), "--into", join(vault, "People")]);
      expect(r.out).toContain("0 new, 1 updated");
      expect(readdirSync(join(vault, "People"))).toEqual(["Jane Doe.md"]);
      expect(readFileSync(join(vault, "People", "Jane Doe.md"), "utf8")).toContain(`linkedin: ${value}\n`);
    },
  );
});

describe("kith import: file encodings", () => {
  it("reads a Latin-1 vCard 2.1 as Latin-1, and says so", async () => {
    const vault = aVault({ ".obsidian/app.json": "{}" });
    const card = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1:Dupont;René\r\nFN;CHARSET=ISO-8859-1:René Dupont\r\nEND:VCARD\r\n";
    writeFileSync(join(vault, "latin1.vcf"), Buffer.from(card, "latin1"));
    const r = await kith(["import", "vcard", join(vault, "latin1.vcf"), "--into", join(vault, "People")]);
    expect(r.code).toBe(0);
    expect(readdirSync(join(vault, "People"))).toEqual(["René Dupont.md"]);
    expect(r.err).toContain("read as Windows-1252");
  });

  it.each([
    ["with a byte order mark", [0xff, 0xfe]],
    ["without one", []],
  ])("reads a UTF-16 CSV %s", async (_, mark) => {
    const vault = aVault({ ".obsidian/app.json": "{}" });
    const csv = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nJosé,Núñez,https://www.linkedin.com/in/jnunez,,Acme,VP,08 Feb 2023\r\n";
    writeFileSync(join(vault, "utf16.csv"), Buffer.concat([Buffer.from(mark), Buffer.from(csv, "utf16le")]));
    const r = await kith(["import", "linkedin", join(vault, "utf16.csv"), "--into", join(vault, "People")]);
    expect(r.out).toContain("1 new");
    expect(r.err).toBe("");
    expect(readFileSync(join(vault, "People", "José Núñez.md"), "utf8")).toContain("org: Acme");
  });
});

describe("kith import: folders and files of the wrong kind", () => {
  const CSV = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nJane,Doe,https://www.linkedin.com/in/janedoe,,Acme,VP,08 Feb 2023\n";

  it("--dry-run treats an --into folder that does not exist yet as empty, and makes nothing", async () => {
    const dir = aVault({ "c.csv": CSV });
    const r = await kith(["import", "linkedin", join(dir, "c.csv"), "--into", join(dir, "New vault", "People"), "--dry-run"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Would create 1 note");
    expect(existsSync(join(dir, "New vault"))).toBe(false);
  });

  it("makes no folder when nothing is written: every member hidden", async () => {
    const dir = aVault({ "c.csv": "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n,,,,,,08 Feb 2023\n" });
    const r = await kith(["import", "linkedin", join(dir, "c.csv"), "--into", join(dir, "New vault", "People")]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("1 skipped");
    expect(existsSync(join(dir, "New vault"))).toBe(false);
  });

  it("exits 2 and creates nothing when the file is not the kind named", async () => {
    const dir = aVault({ "c.csv": CSV });
    const r = await kith(["import", "vcard", join(dir, "c.csv"), "--into", join(dir, "People")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("does not look like a vCard");
    expect(r.err).toContain("nothing was imported");
    expect(existsSync(join(dir, "People"))).toBe(false);
  });

  it("exits 2 for a Google CSV given as LinkedIn's and the other way round: both begin First Name", async () => {
    const cases = [
      { source: "linkedin", file: fixture("google-contacts.csv"), hint: 'use "kith import google"' },
      { source: "google", file: fixture("Connections-old.csv"), hint: 'use "kith import linkedin"' },
      { source: "google", file: fixture("Connections-nourl.csv"), hint: 'use "kith import linkedin"' },
    ];
    for (const { source, file, hint } of cases) {
      const dir = aVault({});
      const r = await kith(["import", source, file, "--into", join(dir, "People")]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(hint);
      expect(r.err).toContain("nothing was imported");
      expect(existsSync(join(dir, "People"))).toBe(false);
    }
  });
});
