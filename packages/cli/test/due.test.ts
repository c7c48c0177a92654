import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FOLLOW_UP_REASONS } from "@kith/core";
import { describe, expect, it } from "vitest";
import { aVault, copyOfExampleVault, EXAMPLE_VAULT, kith } from "./helpers";

interface DueRow {
  contact: string;
  path: string;
  reason: string;
  due: string;
  overdueDays: number;
  level: string;
  detail: string;
}

describe("kith due", () => {
  it("lists the example vault's follow-ups on its reference day, grouped by how cold they are", async () => {
    const r = await kith(["due", EXAMPLE_VAULT, "--today", "2026-11-25"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Overdue \(\d+\)/);
    expect(r.out).toContain("Due (");
    expect(r.out).toContain("Upcoming (");
    expect(r.out).toContain("Rahul Mehta");
    expect(r.out).not.toContain("\u001b["); // no colour when not on a terminal
    // The vault has deliberate problems: one line on stderr, and still exit 0.
    expect(r.err).toBe('4 notes have problems; run "kith check" to see them');
  });

  it("prints JSON sorted by due day, then urgency, then name", async () => {
    const r = await kith(["due", EXAMPLE_VAULT, "--today", "2026-11-25", "--json"]);
    const rows = JSON.parse(r.out) as DueRow[];
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(expect.arrayContaining(["contact", "path", "reason", "due", "overdueDays", "detail"]));
    }
    const dues = rows.map((row) => row.due);
    expect([...dues].sort()).toEqual(dues);
    const priya = rows.find((row) => row.contact === "Priya Raman" && row.reason === "thank");
    expect(priya).toMatchObject({ due: "2026-11-22", overdueDays: 3, path: "People/Priya Raman.md" });
    const lukas = rows.find((row) => row.contact === "Lukas Brandt");
    expect(lukas).toMatchObject({ reason: "new-contact", due: "2026-11-24" });
    // Snoozed until 10 Dec: not in a 7-day list.
    expect(rows.some((row) => row.contact === "Camille Laurent")).toBe(false);
  });

  it("shows in the example vault every reason but birthday, which is off by default (the README says so)", async () => {
    const due = async (vault: string) =>
      JSON.parse((await kith(["due", vault, "--today", "2026-11-25", "--json"])).out) as DueRow[];
    const reasons = new Set((await due(EXAMPLE_VAULT)).map((row) => row.reason));
    expect([...reasons].sort()).toEqual(FOLLOW_UP_REASONS.filter((r) => r !== "birthday").sort());
    const copy = copyOfExampleVault();
    mkdirSync(join(copy, ".obsidian/plugins/kith"), { recursive: true });
    writeFileSync(join(copy, ".obsidian/plugins/kith/data.json"), '{ "birthdays": true }');
    const birthdays = (await due(copy)).filter((row) => row.reason === "birthday");
    expect(birthdays).toMatchObject([{ contact: "Dmitri Volkov", due: "2026-11-29" }]);
  });

  it("looks further ahead with --within", async () => {
    const week = JSON.parse((await kith(["due", EXAMPLE_VAULT, "--today", "2026-11-25", "--json", "--within", "7"])).out) as DueRow[];
    const month = JSON.parse((await kith(["due", EXAMPLE_VAULT, "--today", "2026-11-25", "--json", "--within", "30"])).out) as DueRow[];
    expect(month.length).toBeGreaterThan(week.length);
    expect(month.some((row) => row.contact === "Camille Laurent" && row.due === "2026-12-10")).toBe(true);
  });

  it("uses the local date when --today is not given", async () => {
    const vault = aVault({ "People/Jo.md": "---\ntype: contact\ncadence: weekly\nlast_contact: 2026-11-18\n---\n" });
    const r = await kith(["due", vault, "--json"], process.cwd(), new Date(2026, 10, 25, 23, 30));
    expect(JSON.parse(r.out)).toMatchObject([{ contact: "Jo", due: "2026-11-25", overdueDays: 0 }]);
  });

  it("defaults the vault to the current folder", async () => {
    const r = await kith(["due", "--today", "2026-11-25", "--json"], EXAMPLE_VAULT);
    expect((JSON.parse(r.out) as DueRow[]).length).toBeGreaterThan(10);
  });

  it("says so when nobody is due", async () => {
    const vault = aVault({ "People/Jo.md": "---\ntype: contact\n---\n" });
    const r = await kith(["due", vault, "--today", "2026-11-25"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Nobody is due/);
  });

  it("exits 2 with a message for a bad --today, an unknown option or a missing folder", async () => {
    const bad = await kith(["due", EXAMPLE_VAULT, "--today", "25/11/2026"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--today "25\/11\/2026" is not a day; write YYYY-MM-DD/);
    const unknown = await kith(["due", "--frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/Unknown option '--frobnicate'/);
    const missing = await kith(["due", "/no/such/folder"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/not a folder of notes/);
    expect(missing.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it("reads the plugin's settings from the vault", async () => {
    const notes = { "People/Jo.md": "---\ntype: contact\nrelationship: mentor\nlast_contact: 2026-11-01\n---\n" };
    const without = await kith(["due", aVault(notes), "--today", "2026-11-25", "--json"]);
    expect(JSON.parse(without.out)).toEqual([]); // mentors default to every 2 months
    const withSettings = aVault({
      ...notes,
      ".obsidian/plugins/kith/data.json": JSON.stringify({ cadenceByRelationship: { mentor: "weekly" } }),
    });
    const r = await kith(["due", withSettings, "--today", "2026-11-25", "--json"]);
    expect(JSON.parse(r.out)).toMatchObject([{ contact: "Jo", reason: "cadence", due: "2026-11-08" }]);
  });

  it("prints help for the command", async () => {
    const r = await kith(["due", "--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Usage: kith due [VAULT | --vault VAULT]");
  });
});

describe("kith due with two contacts of one name", () => {
  const sam = (lastContact: string) => `---\ntype: contact\ncadence: monthly\nlast_contact: ${lastContact}\n---\n`;

  it("shows each namesake's note, so the rows can be told apart, and leaves other names alone", async () => {
    const vault = aVault({
      "People/Sam Lee.md": sam("2026-09-01"),
      "Old/Sam Lee.md": sam("2026-09-01"),
      "People/Jo.md": sam("2026-08-01"),
    });
    const r = await kith(["due", vault, "--today", "2026-11-25"]);
    const rows = r.out.split("\n").filter((line) => line.includes("cadence"));
    expect(rows.map((line) => line.replace(/ +cadence.*$/, ""))).toEqual([
      "  Jo",
      "  Sam Lee (Old/Sam Lee)",
      "  Sam Lee (People/Sam Lee)",
    ]);
    expect(new Set(rows).size).toBe(3);
    // --json names each note already: it is unchanged.
    const json = JSON.parse((await kith(["due", vault, "--today", "2026-11-25", "--json"])).out) as DueRow[];
    expect(json.map((f) => [f.contact, f.path])).toEqual([
      ["Jo", "People/Jo.md"],
      ["Sam Lee", "Old/Sam Lee.md"],
      ["Sam Lee", "People/Sam Lee.md"],
    ]);
  });

  it("shows the note of a namesake due alone too, since its name alone does not say which", async () => {
    const vault = aVault({ "People/Sam Lee.md": sam("2026-09-01"), "Old/sam lee.md": sam("2026-11-20") });
    const r = await kith(["due", vault, "--today", "2026-11-25"]);
    expect(r.out).toMatch(/^ {2}Sam Lee \(People\/Sam Lee\) {2}cadence/m);
    expect(r.out).not.toMatch(/Old/);
  });
});

describe("kith digest with two contacts of one name", () => {
  it("shows each namesake with its note, as kith due does, and other names as they are", async () => {
    const sam = (lastContact: string) => `---\ntype: contact\ncadence: monthly\nlast_contact: ${lastContact}\n---\n`;
    const vault = aVault({
      "People/Sam Lee.md": sam("2026-09-01"),
      "Old/Sam Lee.md": sam("2026-10-28"),
      "People/Jo.md": sam("2026-08-01"),
    });
    const r = await kith(["digest", vault, "--today", "2026-11-25"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("- [[People/Sam Lee|Sam Lee (People/Sam Lee)]]: keep in touch, due 1 Oct");
    expect(r.out).toContain("- [[Old/Sam Lee|Sam Lee (Old/Sam Lee)]]: keep in touch, due 28 Nov.");
    expect(r.out).toContain("- [[Jo]]: keep in touch, due 1 Sep");
    // The same words as kith due's rows.
    const due = await kith(["due", vault, "--today", "2026-11-25", "--within", "7"]);
    expect(due.out).toMatch(/^ {2}Sam Lee \(Old\/Sam Lee\) +cadence/m);
    expect((await kith(["digest", "--help"])).out).toContain("[[Old/Sam Lee|Sam Lee (Old/Sam Lee)]]");
  });
});

describe("kith due in a folder without contacts", () => {
  it("says no contacts were found and what Kith takes for one, instead of calling the network warm", async () => {
    const vault = aVault({ "Notes/Idea.md": "# An idea\n", "People/Jo.md": "---\ntags: [friend]\n---\n" });
    const r = await kith(["due", vault, "--today", "2026-11-25"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`No contacts in ${vault} (2 notes read)`);
    expect(r.out).toContain('notes with "type: contact" or "type: person"');
    expect(r.out).not.toContain("warm");
    expect(JSON.parse((await kith(["due", vault, "--json"])).out)).toEqual([]);
  });
});

describe("kith check", () => {
  it("lists the example vault's deliberate problems and exits 1 for its errors", async () => {
    const r = await kith(["check", EXAMPLE_VAULT, "--json"]);
    expect(r.code).toBe(1);
    const problems = JSON.parse(r.out) as { path: string; severity: string; message: string; key?: string; value?: unknown }[];
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "People/Kwame Mensah.md", severity: "error", key: "cadence", value: "every fortnite" }),
        expect.objectContaining({ path: "People/Ingrid Solberg.md", severity: "warning", key: "met_at" }),
        expect.objectContaining({ path: "Interactions/2026-02-30 Coffee with Leila Ahmadi.md", severity: "error", key: "date", value: "2026-02-30" }),
        expect.objectContaining({ severity: "warning", value: "[[Ines Duarte]]" }),
      ]),
    );
    expect(new Set(problems.map((p) => p.path)).size).toBe(4);
  });

  it("reads like a sentence a person can act on", async () => {
    const r = await kith(["check", EXAMPLE_VAULT]);
    expect(r.out).toMatch(/People\/Kwame Mensah\.md: cadence "every fortnite" is not a cadence; try/);
    expect(r.out).toMatch(/People\/Ingrid Solberg\.md: .*"\[\[PyData Berlin 2026\]\]"/);
  });

  it("exits 0 on a clean vault", async () => {
    const r = await kith(["check", aVault({ "People/Jo.md": "---\ntype: contact\n---\n" })]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/No problems in 1 note\.$/);
  });

  it("warns of a last contact or a log line dated after --today, and due counts the note", async () => {
    const vault = aVault({
      "People/Jo.md": "---\ntype: contact\ncadence: monthly\nlast_contact: 2062-11-01\n---\n## Interactions\n- 2026-10-01 call\n",
    });
    const checked = await kith(["check", vault, "--today", "2026-11-25", "--json"]);
    expect(checked.code).toBe(0);
    expect(JSON.parse(checked.out)).toMatchObject([
      {
        path: "People/Jo.md",
        severity: "warning",
        key: "last_contact",
        value: "2062-11-01",
        message: expect.stringContaining("after today (2026-11-25)") as unknown,
      },
    ]);
    const due = await kith(["due", vault, "--today", "2026-11-25", "--json"]);
    expect(JSON.parse(due.out)).toMatchObject([{ contact: "Jo", detail: "Monthly; last contact 1 Oct (call)" }]);
    expect(due.err).toBe('1 note has problems; run "kith check" to see them');
    // In 2062 the day has come: no warning, and the last contact is that day.
    expect(JSON.parse((await kith(["check", vault, "--today", "2062-11-01", "--json"])).out)).toEqual([]);
  });

  it("lists a settings file it had to ignore in --json and in the count, not only in the text", async () => {
    const notes = { "People/Jo.md": "---\ntype: contact\n---\n" };
    const config = ".obsidian/plugins/kith/data.json";
    const broken = aVault({ ...notes, [config]: "{ contactFolders: [People] }" });
    const json = await kith(["check", broken, "--json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject([
      { path: config, severity: "warning", message: expect.stringContaining("not valid JSON") as unknown },
    ]);
    const text = await kith(["check", broken]);
    expect(text.out).toMatch(/warning .obsidian\/plugins\/kith\/data\.json: not valid JSON/);
    expect(text.out).toMatch(/0 errors, 1 warning in 1 note and the settings\.$/);
    expect(text.out).not.toContain("No problems");
    const badValue = await kith(["check", aVault({ ...notes, [config]: JSON.stringify({ tolerance: "lots" }) }), "--json"]);
    expect(JSON.parse(badValue.out)).toMatchObject([
      { path: config, severity: "warning", message: expect.stringContaining('"tolerance" = "lots"') as unknown },
    ]);
  });

  it("reports a note whose YAML is broken, and still reads the others", async () => {
    const vault = aVault({
      "People/Broken.md": "---\ntype: contact\norg: [unclosed\n---\n",
      "People/Fine.md": "---\ntype: contact\ncadence: weekly\nlast_contact: 2026-11-01\n---\n",
    });
    const checked = await kith(["check", vault, "--json"]);
    expect(checked.code).toBe(1);
    expect(JSON.parse(checked.out)).toMatchObject([{ path: "People/Broken.md", severity: "error" }]);
    const due = await kith(["due", vault, "--today", "2026-11-25", "--json"]);
    expect(due.code).toBe(0);
    expect(JSON.parse(due.out)).toMatchObject([{ contact: "Fine" }]);
    expect(due.err).toBe('1 note has problems; run "kith check" to see them');
  });
});

describe("kith search", () => {
  it("finds people fuzzily by name, org and tag", async () => {
    const r = await kith(["search", "priya", "--vault", EXAMPLE_VAULT, "--json"]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { name: string }[])[0]?.name).toBe("Priya Raman");
    const typo = await kith(["search", "priay raman", "--vault", EXAMPLE_VAULT, "--json"]);
    expect((JSON.parse(typo.out) as { name: string }[])[0]?.name).toBe("Priya Raman");
  });

  it("shows as many as --limit says (default 20), and refuses a limit that is not a number", async () => {
    const count = async (...args: string[]) =>
      (JSON.parse((await kith(["search", "a", "--vault", EXAMPLE_VAULT, "--json", ...args])).out) as unknown[]).length;
    expect(await count()).toBe(20);
    expect(await count("--limit", "3")).toBe(3);
    const bad = await kith(["search", "a", "--vault", EXAMPLE_VAULT, "--limit", "many"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--limit");
    expect((await kith(["search", "a", "--vault", EXAMPLE_VAULT, "--limit", "0"])).code).toBe(2);
  });

  it("prints in --json the keys its --help names, and only those", async () => {
    const hits = JSON.parse((await kith(["search", "priya", "--vault", EXAMPLE_VAULT, "--json"])).out) as object[];
    const keys = ["path", "name", "org", "role", "score", "field", "match"];
    expect(Object.keys(hits[0] ?? {}).sort()).toEqual([...keys].sort());
    const help = (await kith(["search", "--help"])).out.replace(/\s+/g, " ");
    for (const key of keys) expect(help).toMatch(new RegExp(`--json print a JSON array: .*\\b${key}\\b`));
  });

  it("needs a query", async () => {
    const r = await kith(["search"]);
    expect(r.code).toBe(2);
  });
});

describe("kith asks", () => {
  it("groups asks by status in pipeline order with what each needs", async () => {
    const r = await kith(["asks", EXAMPLE_VAULT]);
    expect(r.code).toBe(0);
    const asked = r.out.indexOf("asked (");
    const referred = r.out.indexOf("referred (");
    expect(asked).toBeGreaterThan(-1);
    expect(referred).toBeGreaterThan(asked);
    expect(r.out).toMatch(/Priya Raman: referral .* — thank them/);
    const json = JSON.parse((await kith(["asks", EXAMPLE_VAULT, "--json"])).out) as { status: string; needs: string | null }[];
    expect(json.length).toBeGreaterThanOrEqual(6);
  });

  it("says the asked day once, and when to nudge as the vault's settings say", async () => {
    const vault = aVault({
      ".obsidian/plugins/kith/data.json": JSON.stringify({ askFollowUpDays: 10 }),
      "People/Tom.md": "---\ntype: contact\n---\n",
      "Asks/Intro.md": '---\ntype: ask\nasked: "[[Tom]]"\nask: intro\nstatus: asked\nasked_on: 2026-11-16\n---\n',
    });
    const r = await kith(["asks", vault, "--today", "2026-11-20"]);
    expect(r.out).toContain("Tom: intro (asked 16 Nov) — wait for a reply; nudge on 26 Nov if none comes");
    const json = JSON.parse((await kith(["asks", vault, "--json", "--today", "2026-11-20"])).out) as { needs: string }[];
    expect(json[0]?.needs).toBe("wait for a reply; nudge on 26 Nov if none comes");
  });

  it("says to nudge from the day kith due lists the nudge, counting the same interactions", async () => {
    const vault = aVault({
      "People/Tom.md": "---\ntype: contact\n---\n## Interactions\n- 2026-11-05 coffee: met at the meetup\n",
      "Asks/Referral.md":
        '---\ntype: ask\nasked: "[[Tom]]"\nask: referral\nfor: Staff Engineer\nstatus: asked\nasked_on: 2026-11-10\n---\n',
    });
    const on = async (today: string) => {
      const asks = await kith(["asks", vault, "--today", today]);
      const json = JSON.parse((await kith(["asks", vault, "--today", today, "--json"])).out) as Record<string, unknown>[];
      const due = JSON.parse((await kith(["due", vault, "--today", today, "--within", "30", "--json"])).out) as DueRow[];
      return { out: asks.out, json: json[0], nudge: due.find((row) => row.reason === "ask-follow-up") };
    };
    const before = await on("2026-11-14");
    expect(before.out).toContain("Tom: referral for Staff Engineer (asked 10 Nov) — wait for a reply; nudge on 17 Nov if none comes");
    expect(before.json).toMatchObject({ needs: "wait for a reply; nudge on 17 Nov if none comes", nudgeDue: "2026-11-17" });
    expect(before.nudge?.due).toBe("2026-11-17");

    const after = await on("2026-11-25");
    expect(after.out).toContain("Tom: referral for Staff Engineer (asked 10 Nov) — nudge now: no reply in 15 days");
    expect(after.json).toMatchObject({ needs: "nudge now: no reply in 15 days", nudgeDue: "2026-11-17" });
    expect(after.nudge).toMatchObject({ due: "2026-11-17", level: "overdue" });

    // A nudge sent (logged as kith log logs it) starts the wait again, here and in kith due.
    await kith(["log", "Tom", "--date", "2026-11-20", "--kind", "email", "--summary", "nudged", "--vault", vault, "--today", "2026-11-25"]);
    const nudged = await on("2026-11-25");
    expect(nudged.json).toMatchObject({ needs: "wait for a reply; nudge again on 27 Nov if none comes", nudgeDue: "2026-11-27" });
    expect(nudged.nudge?.due).toBe("2026-11-27");
    expect((await on("2026-11-28")).json).toMatchObject({
      needs: "nudge again now: no reply in 8 days since you nudged 20 Nov",
    });
  });

  it("says in --help what the advice and the JSON hold", async () => {
    const help = (await kith(["asks", "--help"])).out;
    expect(help).toContain('then "nudge now: no reply in 15 days"');
    expect(help).toMatch(/nudgeDue: the day/);
  });
});

describe("kith asks with two contacts of one name", () => {
  it("shows the note of the person asked when another contact has their name, and other names alone", async () => {
    const vault = aVault({
      "People/Sam Lee.md": "---\ntype: contact\n---\n",
      "Old/Sam Lee.md": "---\ntype: contact\n---\n",
      "People/Tom.md": "---\ntype: contact\n---\n",
      "Asks/Intro.md": '---\ntype: ask\nasked: "[[Old/Sam Lee]]"\nask: intro\nstatus: idea\n---\n',
      "Asks/Advice.md": '---\ntype: ask\nasked: "[[Tom]]"\nask: advice\nstatus: idea\n---\n',
    });
    const r = await kith(["asks", vault]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ {2}Sam Lee \(Old\/Sam Lee\): intro/m);
    expect(r.out).toMatch(/^ {2}Tom: advice/m);
  });
});

describe("kith", () => {
  it("lists the commands with --help and exits 2 without a command", async () => {
    const help = await kith(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("due");
    expect((await kith([])).code).toBe(2);
    const unknown = await kith(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown command "frobnicate"/);
  });

  it("says in --help that it takes --version, which prints the version", async () => {
    expect((await kith(["--help"])).out).toMatch(/^ +kith --version +the version of kith$/m);
    for (const flag of ["--version", "-v"]) {
      const r = await kith([flag]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });
});
