import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { aVault, copyOfExampleVault, kith } from "./helpers";

const JANE = [
  "---",
  "type: contact",
  "# where we met",
  "org: \"[[Acme Corp]]\"",
  "aliases: [JD, Janie]",
  "Last Contacted: 2026-10-02 # by hand",
  "cadence: monthly",
  "---",
  "# Jane Doe",
  "",
  "## Interactions",
  "- 2026-10-02 coffee: roadmap",
  "",
  "## Notes",
  "Likes climbing.",
  "",
].join("\n");

describe("kith log", () => {
  it("appends the log line under Interactions and moves last contact forward, keeping every other byte", async () => {
    const vault = aVault({ "People/Jane Doe.md": JANE });
    const r = await kith(["log", "Jane Doe", "--date", "2026-11-20", "--kind", "coffee", "--summary", "talked about the platform team", "--vault", vault]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Logged with Jane Doe .*last contact is now 2026-11-20/);
    const text = readFileSync(join(vault, "People/Jane Doe.md"), "utf8");
    expect(text).toBe(
      JANE.replace("Last Contacted: 2026-10-02 # by hand", "Last Contacted: 2026-11-20 # by hand").replace(
        "- 2026-10-02 coffee: roadmap\n",
        "- 2026-10-02 coffee: roadmap\n- 2026-11-20 coffee: talked about the platform team\n",
      ),
    );
    const due = JSON.parse((await kith(["due", vault, "--today", "2026-11-25", "--json"])).out) as unknown[];
    expect(due).toEqual([]);
  });

  it("writes the new day as a daily-note link where the note keeps last_contact as one", async () => {
    const note = (last: string) => `---\ntype: contact\nlast_contact: ${last} # daily note\ncadence: monthly\n---\n# Ann\n`;
    const vault = aVault({ "People/Ann.md": note('"[[2026-10-01]]"'), "People/Bo.md": note("'[[Daily/2026-10-01]]'") });
    for (const who of ["Ann", "Bo"]) {
      expect((await kith(["log", who, "--date", "2026-11-20", "--kind", "call", "--vault", vault])).code).toBe(0);
    }
    const log = "\n## Interactions\n- 2026-11-20 call\n";
    expect(readFileSync(join(vault, "People/Ann.md"), "utf8")).toBe(note('"[[2026-11-20]]"') + log);
    expect(readFileSync(join(vault, "People/Bo.md"), "utf8")).toBe(note("'[[Daily/2026-11-20]]'") + log);
  });

  it("logs an older interaction without moving last contact backwards", async () => {
    const vault = aVault({ "People/Jane Doe.md": JANE });
    await kith(["log", "Jane", "--date", "2026-09-01", "--kind", "call", "--vault", vault]);
    const text = readFileSync(join(vault, "People/Jane Doe.md"), "utf8");
    expect(text).toContain("Last Contacted: 2026-10-02 # by hand");
    expect(text).toContain("- 2026-09-01 call\n");
  });

  it("refuses a day after today and leaves the note untouched (a typo would hide the person)", async () => {
    const vault = aVault({ "People/Jane Doe.md": JANE });
    const r = await kith(["log", "Jane", "--date", "2026-12-25", "--kind", "call", "--vault", vault]);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain("2026-12-25 is after today (2026-11-25)");
    expect(readFileSync(join(vault, "People/Jane Doe.md"), "utf8")).toBe(JANE);
    const ok = await kith(["log", "Jane", "--date", "2026-12-25", "--today", "2026-12-25", "--vault", vault]);
    expect(ok.code).toBe(0);
  });

  it("keeps CRLF line endings and a BOM", async () => {
    const crlf = `\uFEFF${JANE.replace(/\n/g, "\r\n")}`;
    const vault = aVault({ "People/Jane Doe.md": crlf });
    await kith(["log", "JD", "--date", "2026-11-20", "--kind", "call", "--vault", vault]);
    const text = readFileSync(join(vault, "People/Jane Doe.md"), "utf8");
    expect(text.startsWith("\uFEFF---\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    expect(text).toContain("Last Contacted: 2026-11-20 # by hand\r\n");
    expect(text).toContain("- 2026-11-20 call\r\n");
  });

  it("logs under the heading on the first line of a note that starts with a BOM and has no properties", async () => {
    const ann = "\uFEFF## Interactions\n- 2026-10-01 call\n\n## Notes\nMet at PyCon.\n";
    const vault = aVault({ ".obsidian/plugins/kith/data.json": '{ "contactFolders": ["People"] }', "People/Ann.md": ann });
    // An event sets no last contact, so no properties are added: the line alone goes in.
    const r = await kith(["log", "Ann", "--date", "2026-11-20", "--kind", "event", "--vault", vault]);
    expect(r.code).toBe(0);
    // Kith read this section, and wrote a second "## Interactions" at the end.
    expect(readFileSync(join(vault, "People/Ann.md"), "utf8")).toBe(
      ann.replace("- 2026-10-01 call\n", "- 2026-10-01 call\n- 2026-11-20 event\n"),
    );
  });

  it("adds the Interactions heading when the note has none", async () => {
    const vault = aVault({ "People/Jo.md": "---\ntype: contact\n---\nJust a note.\n" });
    await kith(["log", "Jo", "--date", "2026-11-20", "--vault", vault]);
    expect(readFileSync(join(vault, "People/Jo.md"), "utf8")).toBe(
      "---\ntype: contact\nlast_contact: 2026-11-20\n---\nJust a note.\n\n## Interactions\n- 2026-11-20 other\n",
    );
  });

  it("refuses a note whose frontmatter does not parse, and leaves it untouched", async () => {
    const broken = "---\ntype: contact\norg: [unclosed\n---\n";
    const vault = aVault({ "People/Broken.md": broken, "People/Jo.md": "---\ntype: contact\n---\n" });
    // A broken note is not a contact Kith can see, so it is not found by name either.
    const r = await kith(["log", "Broken", "--vault", vault]);
    expect(r.code).toBe(1);
    expect(readFileSync(join(vault, "People/Broken.md"), "utf8")).toBe(broken);
  });

  it("refuses to rewrite a note that is not UTF-8, whose accents it would turn into replacement characters, and check says why", async () => {
    const vault = aVault({ "People/Zo.md": "" });
    // "Café with Zoë" saved as Windows-1252 (Latin-1) by an old editor.
    const latin1 = Buffer.from("---\ntype: contact\ncadence: monthly\n---\nCaf\u00e9 with Zo\u00eb\n", "latin1");
    writeFileSync(join(vault, "People/Zo.md"), latin1);
    for (const args of [["log", "Zo"], ["snooze", "Zo", "--for", "2w"]]) {
      const r = await kith([...args, "--vault", vault]);
      expect(r.code).toBe(1);
      expect(r.err).toContain("People/Zo.md: not UTF-8 text (line 5)");
      expect(r.err).toContain("save it as UTF-8");
    }
    expect(readFileSync(join(vault, "People/Zo.md")).equals(latin1)).toBe(true);
    const checked = await kith(["check", vault, "--json"]);
    expect(JSON.parse(checked.out)).toMatchObject([
      { path: "People/Zo.md", severity: "warning", message: expect.stringContaining("not UTF-8 text (line 5)") as unknown },
    ]);
  });

  it("leaves a contact alone whose properties are never closed, rather than put a second block above them", async () => {
    const unclosed = "---\ntype: contact\ncadence: monthly\n\n# Jo\n";
    const vault = aVault({ ".obsidian/plugins/kith/data.json": JSON.stringify({ contactFolders: ["People"] }), "People/Jo.md": unclosed });
    for (const args of [["log", "Jo"], ["snooze", "Jo", "--for", "2w"]]) {
      const r = await kith([...args, "--vault", vault]);
      expect(r.code).toBe(1);
      expect(r.err).toContain('People/Jo.md: the frontmatter is never closed');
    }
    expect(readFileSync(join(vault, "People/Jo.md"), "utf8")).toBe(unclosed);
  });

  it("names the unreadable note a person typed, instead of writing to someone with a similar name", async () => {
    const broken = "---\ntype: contact\norg: [unclosed\n---\n";
    const raman = "---\ntype: contact\n---\n";
    const vault = aVault({ "People/Priya Ramen.md": broken, "People/Priya Raman.md": raman });
    for (const args of [["log", "Priya Ramen"], ["snooze", "priya ramen", "--for", "2w"]]) {
      const r = await kith([...args, "--vault", vault]);
      expect(r.code).toBe(1);
      expect(r.out).toBe("");
      expect(r.err).toMatch(/^kith: People\/Priya Ramen\.md: frontmatter is not valid YAML \(line \d+\)/);
      expect(r.err).toContain("kith check");
    }
    expect(readFileSync(join(vault, "People/Priya Ramen.md"), "utf8")).toBe(broken);
    expect(readFileSync(join(vault, "People/Priya Raman.md"), "utf8")).toBe(raman);
  });

  it("says a note named as typed is not a contact, instead of writing to someone with a similar name", async () => {
    const acme = "---\ntype: org\n---\n";
    const ana = "---\ntype: contact\norg: \"[[Acme]]\"\n---\n";
    const notContact = "# Priya Ramen\n";
    const vault = aVault({ "Orgs/Acme.md": acme, "People/Ana Acmé.md": ana, "People/Priya Ramen.md": notContact, "People/Priya Raman.md": ana });
    const org = await kith(["log", "acme", "--vault", vault]);
    expect(org.code).toBe(1);
    expect(org.err).toBe(
      'kith: "acme" is the note Orgs/Acme.md, which is an org, not a contact; name a person, or make the note a contact ("type: contact", or a contact folder or tag in the settings). Nothing was written',
    );
    const plain = await kith(["snooze", "Priya Ramen", "--for", "2w", "--vault", vault]);
    expect(plain.code).toBe(1);
    expect(plain.err).toContain('"Priya Ramen" is the note People/Priya Ramen.md, which is not a contact;');
    expect(readFileSync(join(vault, "People/Ana Acmé.md"), "utf8")).toBe(ana);
    expect(readFileSync(join(vault, "People/Priya Raman.md"), "utf8")).toBe(ana);
    expect(readFileSync(join(vault, "Orgs/Acme.md"), "utf8")).toBe(acme);
  });

  it("lists the closest matches for an unknown or ambiguous name and exits 1", async () => {
    const vault = copyOfExampleVault();
    const unknown = await kith(["log", "Zebediah", "--vault", vault]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/no contact matches "Zebediah"|closest matches/);
    const twins = aVault({
      "People/Sam Lee.md": "---\ntype: contact\n---\n",
      "Old/Sam Lee.md": "---\ntype: contact\n---\n",
    });
    const ambiguous = await kith(["log", "Sam Lee", "--vault", twins]);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.err).toContain("People/Sam Lee");
    expect(ambiguous.err).toContain("Old/Sam Lee");
  });

  it("matches a typo when one person clearly fits", async () => {
    const vault = copyOfExampleVault();
    const r = await kith(["log", "Priya Ramen", "--date", "2026-11-25", "--kind", "coffee", "--vault", vault]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Priya Raman");
  });

  it("takes a typo in each word of a name of two words or more, as log and snooze --help say, and none in one word", async () => {
    const vault = aVault({ "People/Priya Raman.md": "---\ntype: contact\n---\n" });
    const r = await kith(["log", "Prya Ramen", "--date", "2026-11-20", "--vault", vault]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Logged with Priya Raman");
    expect((await kith(["log", "Prya", "--date", "2026-11-20", "--vault", vault])).code).toBe(1);
    const help = (await kith(["log", "--help"])).out.replace(/\s+/g, " ");
    expect(help).toContain('or, for two words or more, one with a typo in each word ("Prya Ramen"; one word with a typo, "Mark", is not enough)');
    const snoozeHelp = (await kith(["snooze", "--help"])).out.replace(/\s+/g, " ");
    expect(snoozeHelp).toContain("or, for two words or more, one with a typo in each word, when it fits one person");
  });

  it("takes no one by an org, a role, a tag or a loosely similar first name: it lists them and writes nothing", async () => {
    const vault = copyOfExampleVault();
    const people = ["Camille Laurent", "Benedikt Maier", "Marco Bianchi"].map((n) => join(vault, "People", `${n}.md`));
    const before = people.map((p) => readFileSync(p, "utf8"));
    for (const [query, listed] of [
      ["paris", "Camille Laurent"],
      ["Maier & Söhne", "Benedikt Maier"],
      ["Mark", "Marco Bianchi"],
    ] as const) {
      for (const args of [["log", query, "--date", "2026-11-20"], ["snooze", query, "--for", "2w"]]) {
        const r = await kith([...args, "--vault", vault]);
        expect(r.code).toBe(1);
        expect(r.out).toBe("");
        expect(r.err).toContain(`"${query}" is not a contact's name; closest matches:\n  ${listed}`);
      }
    }
    expect(people.map((p) => readFileSync(p, "utf8"))).toEqual(before);
  });

  it("takes nobody by the start of a name when the word is someone's org, role or tag: it lists them and writes nothing", async () => {
    const files = {
      "People/Marco Bianchi.md": "---\ntype: contact\ntags: [paris]\n---\n",
      "People/Anna Berg.md": "---\ntype: contact\nrole: Paris office lead\n---\n",
      "People/Parisa Khan.md": "---\ntype: contact\n---\n",
    };
    const vault = aVault(files);
    for (const args of [["log", "paris", "--date", "2026-11-20"], ["snooze", "paris", "--for", "2w"]]) {
      const r = await kith([...args, "--vault", vault]);
      expect(r.code).toBe(1);
      expect(r.out).toBe("");
      expect(r.err).toBe('kith: "paris" is not a contact\'s name; closest matches:\n  Parisa Khan\n  Marco Bianchi\n  Anna Berg');
    }
    for (const [path, text] of Object.entries(files)) expect(readFileSync(join(vault, path), "utf8")).toBe(text);
    // Without the tag and the role, the start of her name is hers.
    const alone = aVault({ "People/Parisa Khan.md": files["People/Parisa Khan.md"], "People/Marco Bianchi.md": "---\ntype: contact\n---\n" });
    expect((await kith(["log", "paris", "--date", "2026-11-20", "--vault", alone])).out).toContain("Logged with Parisa Khan");
  });

  it("takes the start of a name or a word of it, and refuses when it fits several people", async () => {
    const vault = aVault({
      "People/Jane Doe.md": "---\ntype: contact\n---\n",
      "People/Janet Smith.md": "---\ntype: contact\n---\n",
      "People/Priya Shah.md": "---\ntype: contact\naliases: [Pri]\n---\n",
    });
    expect((await kith(["log", "jane", "--date", "2026-11-20", "--vault", vault])).out).toContain("Logged with Jane Doe");
    expect((await kith(["log", "Smi", "--date", "2026-11-20", "--vault", vault])).out).toContain("Logged with Janet Smith");
    const both = await kith(["log", "Jan", "--date", "2026-11-20", "--vault", vault]);
    expect(both.code).toBe(1);
    expect(both.err).toBe('kith: "Jan" is close to the name of 2 contacts; say which:\n  People/Jane Doe\n  People/Janet Smith');
  });

  it("rejects an unknown kind", async () => {
    const r = await kith(["log", "Jo", "--kind", "lunch"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--kind "lunch" is not a kind; use one of meeting, call/);
  });
});

describe("kith snooze", () => {
  it("sets snooze_until and the follow-ups move to that day", async () => {
    const vault = aVault({ "People/Jane Doe.md": JANE });
    const before = JSON.parse((await kith(["due", vault, "--today", "2026-11-25", "--json"])).out) as { due: string }[];
    expect(before).toMatchObject([{ due: "2026-11-02" }]);
    const r = await kith(["snooze", "Jane Doe", "--for", "2w", "--today", "2026-11-25", "--vault", vault]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("Snoozed Jane Doe until 2026-12-09.");
    const text = readFileSync(join(vault, "People/Jane Doe.md"), "utf8");
    expect(text).toBe(JANE.replace("cadence: monthly\n", "cadence: monthly\nsnooze_until: 2026-12-09\n"));
    expect(JSON.parse((await kith(["due", vault, "--today", "2026-11-25", "--json"])).out)).toEqual([]);
    const later = JSON.parse((await kith(["due", vault, "--today", "2026-12-09", "--json"])).out) as { due: string; overdueDays: number }[];
    expect(later).toMatchObject([{ due: "2026-12-09", overdueDays: 0 }]);
  });

  it("keeps a snooze written as a daily-note link a link, in its folder", async () => {
    const ann = '---\ntype: contact\ncadence: monthly\nsnooze_until: "[[Journal/2026-10-01]]"\n---\n';
    const vault = aVault({ "People/Ann.md": ann });
    const r = await kith(["snooze", "Ann", "--until", "2026-12-10", "--today", "2026-11-25", "--vault", vault]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(vault, "People/Ann.md"), "utf8")).toBe(ann.replace("2026-10-01", "2026-12-10"));
  });

  it("keeps a date that Obsidian writes as a List property a list of one day, never a link", async () => {
    const note = (last: string, snooze: string) =>
      `---\ntype: contact\ncadence: monthly\nlast_contact:\n  - ${last}\nsnooze_until: [${snooze}]\n---\n# Ann\n`;
    const vault = aVault({ "People/Ann.md": note("2026-10-01", "2026-11-01") });
    expect((await kith(["log", "Ann", "--date", "2026-11-20", "--kind", "call", "--vault", vault])).code).toBe(0);
    const r = await kith(["snooze", "Ann", "--until", "2026-12-10", "--today", "2026-11-25", "--vault", vault]);
    expect(r.code).toBe(0);
    // Both were written as "[[2026-11-20]]" and "[[2026-12-10]]": links to daily notes.
    expect(readFileSync(join(vault, "People/Ann.md"), "utf8")).toBe(
      `${note("2026-11-20", "2026-12-10")}\n## Interactions\n- 2026-11-20 call\n`,
    );
    const check = await kith(["check", vault]);
    expect(check.out).not.toContain("unquoted link");
  });

  it("fills a snooze_until left empty with a stray space, leaving no space after the day", async () => {
    const note = (snooze: string) => `---\ntype: contact\ncadence: monthly\nsnooze_until:${snooze}\nrole: Engineer\n---\n# Ann\n`;
    const vault = aVault({ "People/Ann.md": note(" "), "People/Bo.md": note("  # after the launch") });
    for (const who of ["Ann", "Bo"]) {
      const r = await kith(["snooze", who, "--until", "2026-12-10", "--today", "2026-11-25", "--vault", vault]);
      expect(r.code).toBe(0);
    }
    expect(readFileSync(join(vault, "People/Ann.md"), "utf8")).toBe(note(" 2026-12-10"));
    expect(readFileSync(join(vault, "People/Bo.md"), "utf8")).toBe(note(" 2026-12-10  # after the launch"));
  });

  it("keeps a later snooze when --for would shorten it, says so, and writes nothing", async () => {
    const ann = "---\ntype: contact\ncadence: monthly\nsnooze_until: 2027-01-10\n---\n";
    const vault = aVault({ "People/Ann.md": ann });
    const r = await kith(["snooze", "Ann", "--for", "2w", "--today", "2026-11-25", "--vault", vault]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("Ann is already snoozed until 2027-01-10, after 2026-12-09; kept. To snooze until 2026-12-09 instead, use --until 2026-12-09.");
    expect(readFileSync(join(vault, "People/Ann.md"), "utf8")).toBe(ann);
    // A longer --for moves it later, and says the day it replaced.
    const longer = await kith(["snooze", "Ann", "--for", "3mo", "--today", "2026-11-25", "--vault", vault]);
    expect(longer.out).toBe("Snoozed Ann until 2027-02-25 (it was until 2027-01-10).");
    // --until is explicit: it sets the earlier day asked for.
    const until = await kith(["snooze", "Ann", "--until", "2026-12-09", "--today", "2026-11-25", "--vault", vault]);
    expect(until.code).toBe(0);
    expect(until.out).toBe("Snoozed Ann until 2026-12-09 (it was until 2027-02-25).");
    expect(readFileSync(join(vault, "People/Ann.md"), "utf8")).toBe(ann.replace("2027-01-10", "2026-12-09"));
    // A snooze that has ended is no longer worth a word.
    const after = await kith(["snooze", "Ann", "--for", "1w", "--today", "2026-12-20", "--vault", vault]);
    expect(after.out).toBe("Snoozed Ann until 2026-12-27.");
  });

  it("keeps a snooze_until Kith cannot read rather than replace it by --for, and says how to replace it", async () => {
    const bo = "---\ntype: contact\ncadence: monthly\nsnooze_until: 2027-03-01 (back from leave)\n---\n";
    const vault = aVault({ "People/Bo.md": bo });
    const r = await kith(["snooze", "Bo", "--for", "2w", "--today", "2026-11-25", "--vault", vault]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain('kith: People/Bo.md: snooze_until "2027-03-01 (back from leave)" is not a date Kith can read');
    expect(r.err).toContain("It may be a later day than 2026-12-09, so it was kept; nothing was written. Fix it, or use --until 2026-12-09 to replace it");
    expect(readFileSync(join(vault, "People/Bo.md"), "utf8")).toBe(bo);
    const until = await kith(["snooze", "Bo", "--until", "2026-12-09", "--today", "2026-11-25", "--vault", vault]);
    expect(until.code).toBe(0);
    expect(readFileSync(join(vault, "People/Bo.md"), "utf8")).toBe(bo.replace("2027-03-01 (back from leave)", "2026-12-09"));
  });

  it("takes --until, and needs exactly one of --until and --for", async () => {
    const vault = aVault({ "People/Jane Doe.md": JANE });
    expect((await kith(["snooze", "Jane Doe", "--until", "2027-01-05", "--today", "2026-11-25", "--vault", vault])).code).toBe(0);
    expect(readFileSync(join(vault, "People/Jane Doe.md"), "utf8")).toContain("snooze_until: 2027-01-05\n");
    expect((await kith(["snooze", "Jane Doe", "--vault", vault])).code).toBe(2);
    expect((await kith(["snooze", "Jane Doe", "--for", "fortnight", "--vault", vault])).err).toMatch(/is not a length of time/);
  });

  it("refuses a day that is not after today, and writes nothing", async () => {
    const vault = aVault({ "People/Jane Doe.md": JANE });
    for (const day of ["2026-11-01", "2026-11-25"]) {
      const r = await kith(["snooze", "Jane Doe", "--until", day, "--today", "2026-11-25", "--vault", vault]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`--until ${day} is not after today (2026-11-25)`);
    }
    expect(readFileSync(join(vault, "People/Jane Doe.md"), "utf8")).toBe(JANE);
    const help = (await kith(["snooze", "--help"])).out.replace(/\s+/g, " ");
    expect(help).toContain("--until YYYY-MM-DD the day their follow-ups come back: a day after today");
  });
});

describe("kith digest", () => {
  it("prints the weekly review as markdown", async () => {
    const vault = copyOfExampleVault();
    const r = await kith(["digest", vault, "--today", "2026-11-25"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# Weekly review, 25 Nov 2026/);
    expect(r.out).toContain("## Overdue");
    expect(r.out).toContain("[[Rahul Mehta]]");
    expect(r.out).toContain("## Asks waiting");
  });
});
