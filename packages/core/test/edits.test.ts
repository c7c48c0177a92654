import { readFileSync } from "node:fs";
import fc from "fast-check";
import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import {
  buildNetwork,
  defaultConfig,
  FIELD_KEYS,
  formatDay,
  keyMapFor,
  normalizeKey,
  parseDay,
  parseNote,
  readLogLines,
  splitFrontmatter,
  type Day,
  type Field,
  type NoteInput,
} from "@kith/core";
import {
  appendUnderHeading,
  applyEdit,
  applyToFrontmatter,
  logInteractionEdit,
  logLine,
  snoozeEdit,
  snoozeUntil,
  type EditValue,
  type NoteEdit,
} from "@kith/core";
import { aConfig, aContactNote, anInteractionNote } from "./builders";

const JANE = "People/Jane Doe.md";
const keyMap = keyMapFor(defaultConfig());

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/edits/${name}`, import.meta.url), "utf8");
const crlf = (text: string): string => text.replace(/\n/g, "\r\n");

function day(text: string): Day {
  const d = parseDay(text);
  if (d === undefined) throw new Error(`test day ${text} is not a day`);
  return d;
}

/** Applies an edit that must succeed. */
function edited(text: string, set: NoteEdit["set"], appendLog?: NoteEdit["appendLog"]): string {
  const result = applyEdit(text, { path: JANE, set, appendLog }, keyMap);
  if (!result.ok) throw new Error(result.issues.join("\n"));
  return result.value;
}

describe("setting a field keeps the rest of the note byte for byte", () => {
  const jane = fixture("jane-doe.md");

  it("changes only the date when logging sets the last contact: comments, key order, quoting, blank lines and body stay", () => {
    expect(edited(jane, { lastContact: "2026-11-20" })).toBe(
      jane.replace("Last Contacted: 2026-09-14  #", "Last Contacted: 2026-11-20  #"),
    );
  });

  it("updates `Last Contacted:` in place instead of adding a second `last_contact` key", () => {
    const out = edited(jane, { lastContact: "2026-11-20" });
    expect(out).not.toMatch(/last_contact/i);
    expect(parseNote(JANE, out).frontmatter?.["Last Contacted"]).toBe("2026-11-20");
  });

  it("keeps CRLF line endings and a UTF-8 BOM", () => {
    const windows = `\uFEFF${crlf(jane)}`;
    expect(edited(windows, { lastContact: "2026-11-20" })).toBe(
      windows.replace("Last Contacted: 2026-09-14", "Last Contacted: 2026-11-20"),
    );
  });

  it("adds a missing key as the last line of the frontmatter, in the vault's spelling", () => {
    expect(edited(jane, { snoozeUntil: "2026-12-04" })).toBe(
      jane.replace(
        "email: jane@example.com\n---\n",
        "email: jane@example.com\nsnooze_until: 2026-12-04\n---\n",
      ),
    );
    const renamed = keyMapFor(aConfig({ keys: { snoozeUntil: "Snoozed Until" } }));
    const result = applyEdit(jane, { path: JANE, set: { snoozeUntil: "2026-12-04" } }, renamed);
    expect(result.ok && result.value).toContain(
      "email: jane@example.com\nSnoozed Until: 2026-12-04\n---\n",
    );
  });

  it("writes a new key with CRLF in a CRLF note", () => {
    const out = edited(crlf(jane), { snoozeUntil: "2026-12-04" });
    expect(out).toBe(crlf(edited(jane, { snoozeUntil: "2026-12-04" })));
    expect(out.replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("replaces a block list as a block list, and a flow list as a flow list", () => {
    const out = edited(jane, { aliases: ["Jane", "Janey"], tags: ["ml", "platform", "mentor"] });
    expect(out).toBe(
      jane
        .replace("aliases:\n  - Jane\n  - JD\n", "aliases:\n  - Jane\n  - Janey\n")
        .replace("tags: [ml, platform]", "tags: [ml, platform, mentor]"),
    );
  });

  it("replaces a whole block list or multi-line text with a single value, keeping the lines around it", () => {
    const text =
      "---\naliases: # what people call her\n- Jane\n- JD\nsummary: |\n  first line\n  second line\n\nrole: Engineer\n---\n";
    expect(edited(text, { aliases: "Jane", summary: "one line" })).toBe(
      "---\naliases: Jane # what people call her\nsummary: one line\n\nrole: Engineer\n---\n",
    );
  });

  it("turns a single value into a block list, keeping its comment on the key line", () => {
    const text = "---\nemail: jane@example.com  # work\nrole: Engineer\n---\n";
    expect(edited(text, { email: ["jane@example.com", "jane@home.example"] })).toBe(
      "---\nemail:  # work\n  - jane@example.com\n  - jane@home.example\nrole: Engineer\n---\n",
    );
  });

  it("fills an empty value without touching its comment", () => {
    const text = "---\nlast_contact:   # set by kith\nnext_step:\n---\n";
    expect(edited(text, { lastContact: "2026-11-20", nextStep: "Send the deck" })).toBe(
      "---\nlast_contact: 2026-11-20   # set by kith\nnext_step: Send the deck\n---\n",
    );
  });

  it("fills an empty value followed by stray spaces or tabs without leaving them after the value", () => {
    const snooze = (text: string) => edited(text, { snoozeUntil: "2026-12-10" });
    expect(snooze("---\nsnooze_until: \n---\n")).toBe("---\nsnooze_until: 2026-12-10\n---\n");
    expect(snooze("---\nsnooze_until:\t \t\nname: Jane\n---\n")).toBe("---\nsnooze_until: 2026-12-10\nname: Jane\n---\n");
    expect(snooze("---\r\nsnooze_until:  \r\nname: Jane\r\n---\r\n")).toBe(
      "---\r\nsnooze_until: 2026-12-10\r\nname: Jane\r\n---\r\n",
    );
    expect(snooze("---\nsnooze_until: \n  # pick a day\n---\n")).toBe("---\nsnooze_until: 2026-12-10\n  # pick a day\n---\n");
    expect(snooze("---\nsnooze_until:   # later\n---\n")).toBe("---\nsnooze_until: 2026-12-10   # later\n---\n");
    expect(snooze("---\nsnooze_until:\t# later \n---\n")).toBe("---\nsnooze_until: 2026-12-10\t# later \n---\n");
    expect(edited("---\ntags: \nrole: Engineer\n---\n", { tags: ["mentor", "ml"] })).toBe(
      "---\ntags:\n  - mentor\n  - ml\nrole: Engineer\n---\n",
    );
    expect(edited("---\ntags:  \n---\n", { tags: [] })).toBe("---\ntags: []\n---\n");
  });

  it("drops the spaces after a value it replaces or empties, and keeps a comment after it", () => {
    expect(edited("---\nsnooze_until: 2026-11-02 \t\n---\n", { snoozeUntil: "2026-12-10" })).toBe(
      "---\nsnooze_until: 2026-12-10\n---\n",
    );
    expect(edited("---\nnext_step_due: 2026-11-30 \nnext_step: Call\n---\n", { nextStepDue: null })).toBe(
      "---\nnext_step_due:\nnext_step: Call\n---\n",
    );
    expect(edited("---\nnext_step_due: 2026-11-30  # by Friday\n---\n", { nextStepDue: null })).toBe(
      "---\nnext_step_due:  # by Friday\n---\n",
    );
  });

  it("writes values as Obsidian does: plain dates and words, quoted links and anything YAML would misread", () => {
    const out = edited("---\ntype: contact\n---\n", {
      met: "2026-03-14",
      org: "[[Acme Corp]]",
      role: "Lead: platform",
      nextStep: "yes",
      phone: "+1 555 0100",
      thanked: true,
      member: false,
      cadence: null,
      source: "12",
    });
    expect(out).toBe(
      [
        "---",
        "type: contact",
        "met: 2026-03-14",
        'org: "[[Acme Corp]]"',
        'role: "Lead: platform"',
        'next_step: "yes"',
        "phone: +1 555 0100",
        "thanked: true",
        "member: false",
        "cadence:",
        'source: "12"',
        "---",
        "",
      ].join("\n"),
    );
    expect(parseNote(JANE, out).frontmatter).toEqual({
      type: "contact",
      met: "2026-03-14",
      org: "[[Acme Corp]]",
      role: "Lead: platform",
      next_step: "yes",
      phone: "+1 555 0100",
      thanked: true,
      member: false,
      cadence: null,
      source: "12",
    });
  });

  it("keeps the quotes a value already had", () => {
    expect(edited(jane, { org: "[[Globex]]", role: "Principal engineer" })).toBe(
      jane
        .replace('org: "[[Acme Corp]]"', 'org: "[[Globex]]"')
        .replace("role: 'Staff engineer'", "role: 'Principal engineer'"),
    );
  });

  it("leaves the note as it is when the field already has that value", () => {
    const text = "---\nlast_contact: '2026-11-20'\ntags:\n- a\n---\n";
    expect(edited(text, { lastContact: "2026-11-20", tags: ["a"] })).toBe(text);
  });

  it("adds a frontmatter block to a note without one, after its BOM", () => {
    expect(edited("# Jane Doe\n\nMet at PyCon.\n", { lastContact: "2026-11-20" })).toBe(
      "---\nlast_contact: 2026-11-20\n---\n# Jane Doe\n\nMet at PyCon.\n",
    );
    expect(edited("\uFEFF# Jane Doe\r\n", { tags: ["mentor"] })).toBe(
      "\uFEFF---\r\ntags:\r\n  - mentor\r\n---\r\n# Jane Doe\r\n",
    );
    expect(edited("", { type: "contact" })).toBe("---\ntype: contact\n---\n");
  });

  it("writes into an empty frontmatter block", () => {
    expect(edited("---\n---\nBody\n", { type: "contact" })).toBe("---\ntype: contact\n---\nBody\n");
    expect(edited("---\n# nothing yet\n---\n", { type: "contact" })).toBe(
      "---\n# nothing yet\ntype: contact\n---\n",
    );
  });

  it("refuses a note whose frontmatter is not valid YAML, saying where, and writes nothing", () => {
    const text = fixture("sam-rivera-malformed.md");
    const result = applyEdit(
      text,
      { path: "People/Sam Rivera.md", set: { lastContact: "2026-11-20" } },
      keyMap,
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues).toEqual([
      expect.stringMatching(
        /^People\/Sam Rivera\.md: frontmatter is not valid YAML \(line \d+\): .+; the note was left untouched$/,
      ),
    ]);
    const log = applyEdit(
      text,
      {
        path: "People/Sam Rivera.md",
        set: {},
        appendLog: { heading: "Interactions", line: "- 2026-11-20 call" },
      },
      keyMap,
    );
    expect(log.ok).toBe(false);
  });

  it("refuses frontmatter that is a list or a single {…} mapping rather than guess where a key goes", () => {
    for (const yaml of ["- a\n- b\n", "{type: contact}\n"]) {
      const result = applyEdit(
        `---\n${yaml}---\n`,
        { path: JANE, set: { type: "contact" } },
        keyMap,
      );
      expect(result.ok).toBe(false);
      expect(result.ok ? "" : result.issues[0]).toMatch(/the note was left untouched$/);
    }
  });

  it("refuses to change a value that another key repeats through a YAML anchor", () => {
    const text = "---\nmet: &first 2026-03-14\ncreated: *first\n---\n";
    const result = applyEdit(text, { path: JANE, set: { met: "2026-03-15" } }, keyMap);
    expect(result.ok ? "" : result.issues[0]).toMatch(/anchor &first/);
    expect(edited("---\nmet: &first 2026-03-14\n---\n", { met: "2026-03-15" })).toBe(
      "---\nmet: 2026-03-15\n---\n",
    );
  });

  it("refuses, saying why, to replace a value with an anchor on a part of it that another key repeats", () => {
    // Replacing the list drops `&d`; `met` would then repeat an anchor that is gone.
    const text = "---\nsnooze_until: [&d 2026-10-01]\nmet: *d\n---\n";
    expect(applyEdit(text, { path: JANE, set: { snoozeUntil: "2026-12-10" } }, keyMap)).toEqual({
      ok: false,
      issues: [
        `${JANE}: "snooze_until" has the YAML anchor &d, which another key repeats with *d; edit it by hand, or write that key's value out; the note was left untouched`,
      ],
    });
    // An anchor that only the value itself repeats goes with it.
    expect(edited("---\nsnooze_until: [&d 2026-10-01, *d]\n---\n", { snoozeUntil: "2026-12-10" })).toBe(
      "---\nsnooze_until: 2026-12-10\n---\n",
    );
  });

  it("edits a note whose keys are indented, keeping the indentation for a new key", () => {
    expect(edited("---\n  type: contact\n  org: Acme\n---\n", { role: "CTO", org: "Globex" })).toBe(
      "---\n  type: contact\n  org: Globex\n  role: CTO\n---\n",
    );
  });
});

describe("a date kept as a daily-note link stays one", () => {
  it("logging writes the new day as a link, in the link's folder and the note's quotes", () => {
    const jane = '---\ntype: contact\nlast_contact: "[[2026-10-01]]"  # from the daily note\n---\n# Jane\n';
    const net = buildNetwork([parseNote(JANE, jane)]).network;
    const edit = logInteractionEdit(net, JANE, { date: day("2026-12-02"), kind: "call" });
    expect(edit.ok && applyEdit(jane, edit.value, keyMap)).toEqual({
      ok: true,
      value:
        '---\ntype: contact\nlast_contact: "[[2026-12-02]]"  # from the daily note\n---\n# Jane\n\n## Interactions\n- 2026-12-02 call\n',
    });
    expect(edited("---\nsnooze_until: '[[Daily/2026-10-01]]'\n---\n", { snoozeUntil: "2026-12-10" })).toBe(
      "---\nsnooze_until: '[[Daily/2026-12-10]]'\n---\n",
    );
    expect(edited('---\nnext_step_due: "[[Journal/2026/2026-10-01|1 Oct]]"\n---\n', { nextStepDue: "2026-12-10" })).toBe(
      '---\nnext_step_due: "[[Journal/2026/2026-12-10]]"\n---\n',
    );
  });

  it("an unquoted daily-note link, which YAML reads as a nested list, is written back as a quoted link", () => {
    expect(edited("---\nlast_contact: [[2026-10-01]]\nmet: [[Daily/2026-03-14]]\n---\n", { lastContact: "2026-12-02", met: "2026-03-15" })).toBe(
      '---\nlast_contact: "[[2026-12-02]]"\nmet: "[[Daily/2026-03-15]]"\n---\n',
    );
    // The plugin's callback, given what Obsidian's cache holds for it.
    const fm: Record<string, unknown> = { last_contact: [["2026-10-01"]], snooze_until: [["Trip to Lisbon"]] };
    applyToFrontmatter(fm, { path: JANE, set: { lastContact: "2026-12-02", snoozeUntil: "2026-12-10" } }, keyMap);
    expect(fm).toEqual({ last_contact: "[[2026-12-02]]", snooze_until: "2026-12-10" });
  });

  it("a day over a list of one, as Obsidian writes a List property, is a list of one day, never a link", () => {
    // It was written `"[[2026-12-10]]"`: YAML's list of one read as an unquoted link.
    expect(edited("---\nsnooze_until:\n  - 2026-10-01\ntype: contact\n---\n", { snoozeUntil: "2026-12-10" })).toBe(
      "---\nsnooze_until:\n  - 2026-12-10\ntype: contact\n---\n",
    );
    expect(edited("---\nsnooze_until: [2026-10-01] # back from leave\n---\n", { snoozeUntil: "2026-12-10" })).toBe(
      "---\nsnooze_until: [2026-12-10] # back from leave\n---\n",
    );
    // A daily-note link in the list stays one, in its folder; an empty List property gets the day.
    expect(edited('---\nlast_contact:\n  - "[[Daily/2026-10-01]]"\n---\n', { lastContact: "2026-12-02" })).toBe(
      '---\nlast_contact:\n  - "[[Daily/2026-12-02]]"\n---\n',
    );
    expect(edited("---\nnext_step_due:\n  -\n---\n", { nextStepDue: "2026-12-10" })).toBe(
      "---\nnext_step_due:\n  - 2026-12-10\n---\n",
    );
    // Any text keeps a List property a list, as `kith import` fills an empty one or a new job.
    expect(edited('---\nemail: []\norg:\n  - "[[Acme]]"\n---\n', { email: "ann@example.com", org: "[[Globex]]" })).toBe(
      '---\nemail: [ann@example.com]\norg:\n  - "[[Globex]]"\n---\n',
    );
    // The plugin's callback, with what Obsidian's cache holds for the same notes.
    const fm: Record<string, unknown> = { snooze_until: ["2026-10-01"], last_contact: ["[[Daily/2026-10-01]]"], email: [null] };
    applyToFrontmatter(fm, { path: JANE, set: { snoozeUntil: "2026-12-10", lastContact: "2026-12-02", email: "a@b.c" } }, keyMap);
    expect(fm).toEqual({ snooze_until: ["2026-12-10"], last_contact: ["[[Daily/2026-12-02]]"], email: ["a@b.c"] });
  });

  it("a list of one day is read as that day, by the reader and by the writer that keeps a later last contact", () => {
    const jane = (last: string) =>
      parseNote(JANE, `---\ntype: contact\ncadence: monthly\nlast_contact:\n  - ${last}\n---\n# Jane\n`);
    const read = buildNetwork([jane("2026-10-01"), jane('"[[Daily/2026-10-01]]"')].map((n, i) => ({ ...n, path: `People/J${i}.md` })));
    // No advice to quote it as a link: it is no link.
    expect(read.diagnostics).toEqual([]);
    expect([...read.network.contacts.values()].map((c) => c.lastContact)).toEqual([day("2026-10-01"), day("2026-10-01")]);
    // An older day does not go over the list's later one; a newer one does.
    const list = '---\nlast_contact:\n  - "[[Daily/2026-10-01]]"\n---\n';
    expect(edited(list, { lastContact: "2026-09-01" })).toBe(list);
    expect(edited(list, { lastContact: "2026-10-02" })).toBe(list.replace("10-01", "10-02"));
  });

  it("an empty List property (`-` with nothing after it, Obsidian's [null]) is no day yet, and takes the new one", () => {
    // kith check called it an error ("last_contact [null] is not a date", exit 1), and kith log
    // left it empty, keeping an unreadable day as it keeps a later one.
    const empty = "---\ntype: contact\ncadence: monthly\nlast_contact:\n  -\nsnooze_until: [\"\"]\n---\n# Ann\n";
    const read = buildNetwork([parseNote(JANE, empty)]);
    expect(read.diagnostics).toEqual([]);
    expect(read.network.contacts.get(JANE)).toMatchObject({ lastContact: undefined, snoozeUntil: undefined });
    // The birthday is a day too: a List property of one is its day, an empty one none.
    const birthdays = buildNetwork([
      parseNote(JANE, "---\ntype: contact\nbirthday:\n  - 1990-12-03\n---\n"),
      parseNote("People/Sam.md", "---\ntype: contact\nbirthday:\n  -\n---\n"),
    ]);
    expect(birthdays.diagnostics).toEqual([]);
    expect(birthdays.network.contacts.get(JANE)?.birthday).toEqual({ year: 1990, month: 12, day: 3 });
    expect(edited(empty, { lastContact: "2026-11-20" })).toBe(empty.replace("  -\n", "  - 2026-11-20\n"));
    expect(edited("---\nlast_contact: []\n---\n", { lastContact: "2026-11-20" })).toBe("---\nlast_contact: [2026-11-20]\n---\n");
    // As Obsidian's cache holds it, for the plugin.
    const fm: Record<string, unknown> = { last_contact: [null] };
    applyToFrontmatter(fm, { path: JANE, set: { lastContact: "2026-11-20" } }, keyMap);
    expect(fm).toEqual({ last_contact: ["2026-11-20"] });
  });

  it("only a day over that key's daily-note link: plain dates, other links, text and emptying stay as they were", () => {
    const text =
      '---\nmet: "[[2026-03-14]]"\nlast_contact: 2026-10-01\nsnooze_until: "[[Trip to Lisbon]]"\nnext_step_due: "[[2026-11-30]]"\nnext_step: "[[2026-11-30]]"\n---\n';
    const set = { lastContact: "2026-12-02", snoozeUntil: "2026-12-10", nextStepDue: null, nextStep: "Send the deck" };
    expect(edited(text, set)).toBe(
      '---\nmet: "[[2026-03-14]]"\nlast_contact: 2026-12-02\nsnooze_until: "2026-12-10"\nnext_step_due:\nnext_step: "Send the deck"\n---\n',
    );
  });

  it("the plugin's callback writes the same values", () => {
    const fm: Record<string, unknown> = {
      "Last Contact": "[[Daily/2026-10-01]]",
      snooze_until: "[[2026-10-05#Calls|5 Oct]]",
      next_step_due: "[[2026-11-30]]",
      met: "2026-03-14",
    };
    const set = { lastContact: "2026-12-02", snoozeUntil: "2026-12-10", nextStepDue: null, met: "2026-03-15" };
    applyToFrontmatter(fm, { path: JANE, set }, keyMap);
    expect(fm).toEqual({
      "Last Contact": "[[Daily/2026-12-02]]",
      snooze_until: "[[2026-12-10]]",
      next_step_due: null,
      met: "2026-03-15",
    });
  });
});

describe("log lines", () => {
  const jane = fixture("jane-doe.md");

  it("formats a log line the way the body log is read", () => {
    expect(logLine({ date: day("2026-11-20"), kind: "coffee", summary: "talked about X" })).toBe(
      "- 2026-11-20 coffee: talked about X",
    );
    expect(logLine({ date: day("2026-11-20"), kind: "call" })).toBe("- 2026-11-20 call");
    expect(logLine({ date: day("2026-11-20"), kind: "call", summary: "  first\nsecond  " })).toBe(
      "- 2026-11-20 call: first second",
    );
  });

  it("appends under an existing `## Interactions`, before the next section", () => {
    const out = edited(jane, {}, { heading: "Interactions", line: "- 2026-11-20 coffee: hi" });
    expect(out).toBe(
      jane.replace(
        "- 2026-08-02 call: intro to Sam\n\n## Notes",
        "- 2026-08-02 call: intro to Sam\n- 2026-11-20 coffee: hi\n\n## Notes",
      ),
    );
  });

  it("makes the heading at the end of the body when the note has none", () => {
    expect(
      appendUnderHeading("# Jane Doe\n\nMet at PyCon.\n", "Interactions", "- 2026-11-20 coffee"),
    ).toBe("# Jane Doe\n\nMet at PyCon.\n\n## Interactions\n- 2026-11-20 coffee\n");
    expect(appendUnderHeading("Met at PyCon.", "Interactions", "- 2026-11-20 coffee")).toBe(
      "Met at PyCon.\n\n## Interactions\n- 2026-11-20 coffee\n",
    );
    expect(appendUnderHeading("", "Interactions", "- 2026-11-20 coffee")).toBe(
      "## Interactions\n- 2026-11-20 coffee\n",
    );
  });

  it("matches the heading at any level and in any case, and ignores headings inside code", () => {
    const body =
      "```\n## Interactions\n```\n### interactions\n- 2026-10-01 call\n#### Detail\nmore\n## Notes\n";
    expect(appendUnderHeading(body, "Interactions", "- 2026-11-20 coffee")).toBe(
      "```\n## Interactions\n```\n### interactions\n- 2026-10-01 call\n#### Detail\nmore\n- 2026-11-20 coffee\n## Notes\n",
    );
  });

  it("keeps CRLF and a missing final line break", () => {
    expect(
      appendUnderHeading(
        "## Interactions\r\n- 2026-10-01 call\r\n",
        "Interactions",
        "- 2026-11-20 coffee",
      ),
    ).toBe("## Interactions\r\n- 2026-10-01 call\r\n- 2026-11-20 coffee\r\n");
    expect(
      appendUnderHeading(
        "## Interactions\n- 2026-10-01 call",
        "Interactions",
        "- 2026-11-20 coffee",
      ),
    ).toBe("## Interactions\n- 2026-10-01 call\n- 2026-11-20 coffee");
    const windows = `\uFEFF${crlf(jane)}`;
    expect(edited(windows, {}, { heading: "Interactions", line: "- 2026-11-20 coffee" })).toBe(
      windows.replace("intro to Sam\r\n", "intro to Sam\r\n- 2026-11-20 coffee\r\n"),
    );
  });

  it("ends the line as the body's lines end, where the properties' lines end otherwise", () => {
    // Properties written with "\n" above a body of "\r\n", and the other way round: the line
    // took the first line's break, mixing the two in the body.
    const note = "---\nlast_contact: 2026-10-01\n---\r\n# Ann\r\n\r\n## Interactions\r\n- 2026-10-01 call\r\n";
    expect(appendUnderHeading(note, "Interactions", "- 2026-11-20 coffee")).toBe(`${note}- 2026-11-20 coffee\r\n`);
    expect(appendUnderHeading("---\r\ntype: contact\r\n---\n# Ann\n", "Interactions", "- 2026-11-20 coffee")).toBe(
      "---\r\ntype: contact\r\n---\n# Ann\n\n## Interactions\n- 2026-11-20 coffee\n",
    );
    // A body of one line has no break of its own: the properties' is taken.
    expect(appendUnderHeading("---\r\ntype: contact\r\n---\r\n# Ann", "Interactions", "- 2026-11-20 coffee")).toBe(
      "---\r\ntype: contact\r\n---\r\n# Ann\r\n\r\n## Interactions\r\n- 2026-11-20 coffee\r\n",
    );
  });

  it("closes a code block left open at the end, so the new line is not read as code", () => {
    expect(
      appendUnderHeading("## Interactions\n```\nnot closed\n", "Interactions", "- 2026-11-20 call"),
    ).toBe("## Interactions\n```\nnot closed\n```\n- 2026-11-20 call\n");
  });

  it("knows code blocks fenced with tildes or longer runs, as Markdown does", () => {
    // A heading-like line inside a ~~~ block does not end the section: the line goes after it.
    expect(
      appendUnderHeading(
        "## Interactions\n- 2026-10-01 call\n~~~\n## not a heading\n~~~\n## Notes\n",
        "Interactions",
        "- 2026-11-20 call",
      ),
    ).toBe(
      "## Interactions\n- 2026-10-01 call\n~~~\n## not a heading\n~~~\n- 2026-11-20 call\n## Notes\n",
    );
    // ``` inside a ```` block closes nothing; a block left open is closed with its own fence.
    expect(
      appendUnderHeading("## Interactions\n````md\n```\n## x\n", "Interactions", "- 2026-11-20 call"),
    ).toBe("## Interactions\n````md\n```\n## x\n````\n- 2026-11-20 call\n");
    expect(appendUnderHeading("~~~\nopen\n", "Interactions", "- 2026-11-20 call")).toBe(
      "~~~\nopen\n\n~~~\n## Interactions\n- 2026-11-20 call\n",
    );
  });

  it("puts the body on its own line when the note ends with the closing fence", () => {
    expect(
      edited("---\ntype: contact\n---", {}, { heading: "Interactions", line: "- 2026-11-20 call" }),
    ).toBe("---\ntype: contact\n---\n## Interactions\n- 2026-11-20 call\n");
  });

  it("finds the heading on the first line of a note that starts with a BOM and has no properties", () => {
    // The reader skips the BOM and reads the section; the writer made a second one at the end.
    const note = "\uFEFF## Interactions\n- 2026-10-01 call\n\n## Notes\n";
    const logged = "\uFEFF## Interactions\n- 2026-10-01 call\n- 2026-11-20 coffee\n\n## Notes\n";
    expect(appendUnderHeading(note, "Interactions", "- 2026-11-20 coffee")).toBe(logged);
    expect(edited(note, {}, { heading: "Interactions", line: "- 2026-11-20 coffee" })).toBe(logged);
    expect(appendUnderHeading("\uFEFF", "Interactions", "- 2026-11-20 coffee")).toBe(
      "\uFEFF## Interactions\n- 2026-11-20 coffee\n",
    );
  });

  it("reads a heading with a long run of spaces or #s at once, writing and reading", () => {
    // The heading pattern took 18 s for 4,000 spaces, growing with their cube: writes to such a
    // note, and every read of it, hung (the plugin's on Obsidian's main thread).
    const body = [
      `## Interactions${" ".repeat(40_000)}x`,
      `## Notes ${"#".repeat(40_000)} x`,
      "## Interactions",
      "- 2026-10-01 call",
      `# ${"\t".repeat(40_000)}`,
      "",
    ].join("\n");
    expect(appendUnderHeading(body, "Interactions", "- 2026-11-20 coffee")).toBe(
      body.replace("- 2026-10-01 call\n", "- 2026-10-01 call\n- 2026-11-20 coffee\n"),
    );
    const self = { name: "Jane Doe", target: JANE, isLink: true, path: JANE };
    expect(readLogLines(JANE, body, "Interactions", 1, self).entries).toHaveLength(1);
  });

  it("takes a line for a heading exactly when the Markdown heading pattern does (generated lines)", () => {
    const PATTERN = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
    const piece = fc.constantFrom("#", "##", " ", "\t", "\u00a0", "\u2028", "\u3000", "Interactions", "interactions", "x", "#x");
    const self = { name: "Jane Doe", target: JANE, isLink: true, path: JANE };
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const line = pieces.join("");
        const wanted = PATTERN.exec(line)?.[2]?.toLowerCase() === "interactions";
        const body = `${line}\n- 2026-10-01 call\n`;
        const appended = appendUnderHeading(body, "Interactions", "- 2026-11-20 coffee");
        expect(appended === `${body}- 2026-11-20 coffee\n`).toBe(wanted);
        expect(readLogLines(JANE, body, "Interactions", 1, self).entries.length).toBe(wanted ? 1 : 0);
      }),
      { numRuns: 2000 },
    );
  });

  it("skips the frontmatter when given a whole note, as the plugin does from Vault.process", () => {
    const note = "---\n# Interactions\ntype: contact\n---\n# Jane\n";
    expect(appendUnderHeading(note, "Interactions", "- 2026-11-20 call")).toBe(
      "---\n# Interactions\ntype: contact\n---\n# Jane\n\n## Interactions\n- 2026-11-20 call\n",
    );
  });
});

describe("logging an interaction", () => {
  const jane = fixture("jane-doe.md");
  const network = (notes: readonly NoteInput[] = [parseNote(JANE, jane)]) =>
    buildNetwork(notes).network;

  it("appends the log line and moves the last contact forward", () => {
    const edit = logInteractionEdit(network(), JANE, {
      date: day("2026-11-20"),
      kind: "coffee",
      summary: "roadmap",
    });
    expect(edit).toEqual({
      ok: true,
      value: {
        path: JANE,
        set: { lastContact: "2026-11-20" },
        appendLog: { heading: "Interactions", line: "- 2026-11-20 coffee: roadmap" },
      },
    });
    const out = edit.ok ? edited(jane, edit.value.set, edit.value.appendLog) : "";
    expect(out).toContain("Last Contacted: 2026-11-20  # coffee at the conference");
    expect(out).toContain(
      "- 2026-08-02 call: intro to Sam\n- 2026-11-20 coffee: roadmap\n\n## Notes",
    );
  });

  it("logging an older interaction appends the line but leaves the last contact", () => {
    const edit = logInteractionEdit(network(), JANE, { date: day("2026-07-01"), kind: "call" });
    expect(edit.ok && edit.value.set).toEqual({});
    const out = edit.ok ? edited(jane, edit.value.set, edit.value.appendLog) : "";
    expect(out).toContain("Last Contacted: 2026-09-14  #");
    expect(out).toContain("- 2026-07-01 call\n\n## Notes");
  });

  it("does not move the last contact back behind a later interaction note", () => {
    const net = network([
      aContactNote({ last_contact: "2026-09-01" }),
      anInteractionNote({ date: "2026-10-10", with: "[[Jane Doe]]", kind: "meeting" }),
    ]);
    const edit = logInteractionEdit(net, JANE, { date: day("2026-10-01"), kind: "coffee" });
    expect(edit.ok && edit.value.set).toEqual({});
    const later = logInteractionEdit(net, JANE, { date: day("2026-10-11"), kind: "coffee" });
    expect(later.ok && later.value.set).toEqual({ lastContact: "2026-10-11" });
  });

  it("moves the last contact forward past a planned interaction note dated after today", () => {
    const net = network([
      aContactNote({ last_contact: "2026-10-01" }),
      anInteractionNote({ date: "2026-12-01", with: "[[Jane Doe]]", kind: "coffee" }),
    ]);
    const edit = logInteractionEdit(net, JANE, { date: day("2026-11-24"), kind: "call" }, day("2026-11-25"));
    expect(edit.ok && edit.value.set).toEqual({ lastContact: "2026-11-24" });
  });

  it("leaves a last contact it cannot read as the note has it, and still appends the line", () => {
    for (const unreadable of ["24.11.2026", "Nov 24, 2026", "2026-11-24 (coffee)"]) {
      const text = `---\ntype: contact\nlast_contact: ${unreadable}\n---\n# Jane\n`;
      const net = network([parseNote(JANE, text)]);
      const edit = logInteractionEdit(net, JANE, { date: day("2026-10-01"), kind: "call" }, day("2026-11-25"));
      expect(edit.ok && edit.value.set, unreadable).toEqual({});
      const out = edit.ok ? edited(text, edit.value.set, edit.value.appendLog) : "";
      expect(out).toBe(`${text}\n## Interactions\n- 2026-10-01 call\n`);
    }
    // An empty one is filled.
    const empty = network([parseNote(JANE, "---\ntype: contact\nlast_contact:\n---\n")]);
    const edit = logInteractionEdit(empty, JANE, { date: day("2026-10-01"), kind: "call" });
    expect(edit.ok && edit.value.set).toEqual({ lastContact: "2026-10-01" });
  });

  it("never writes the last contact back over a later day or one it cannot read, whatever the edit says", () => {
    // The plugin's index may be behind the file: the edit says 2026-11-10, the file has since
    // moved to 2026-11-24. Both writers check the file itself.
    const set = { lastContact: "2026-11-10" };
    for (const old of ["2026-11-24", "\"[[Daily/2026-11-24]]\"", "24.11.2026"]) {
      const text = `---\nlast_contact: ${old}\n---\n`;
      expect(edited(text, set), old).toBe(text);
    }
    expect(edited("---\nlast_contact: 2026-11-01\n---\n", set)).toBe("---\nlast_contact: 2026-11-10\n---\n");
    const fm: Record<string, unknown> = { last_contact: "2026-11-24", next_step: "Call" };
    applyToFrontmatter(fm, { path: JANE, set: { ...set, nextStep: "Send the deck" } }, keyMap);
    expect(fm).toEqual({ last_contact: "2026-11-24", next_step: "Send the deck" });
    const unquoted: Record<string, unknown> = { last_contact: [["2026-11-24"]] };
    applyToFrontmatter(unquoted, { path: JANE, set }, keyMap);
    expect(unquoted).toEqual({ last_contact: [["2026-11-24"]] });
  });

  it("seeing someone at an event does not count as contact", () => {
    const edit = logInteractionEdit(network(), JANE, { date: day("2026-11-20"), kind: "event" });
    expect(edit.ok && edit.value.set).toEqual({});
    expect(edit.ok && edit.value.appendLog?.line).toBe("- 2026-11-20 event");
  });

  it("uses the configured heading, and names a path that is not a contact", () => {
    const config = aConfig({ logHeading: "Log" });
    const net = buildNetwork([aContactNote()], config).network;
    const edit = logInteractionEdit(net, JANE, { date: day("2026-11-20"), kind: "call" });
    expect(edit.ok && edit.value.appendLog?.heading).toBe("Log");
    const missing = logInteractionEdit(net, "People/Nobody.md", {
      date: day("2026-11-20"),
      kind: "call",
    });
    expect(missing.ok ? "" : missing.issues[0]).toMatch(/^People\/Nobody\.md: not a contact note/);
  });
});

describe("logging a day after today", () => {
  it("is refused when today is given, and nothing would be written", () => {
    const { network } = buildNetwork([aContactNote({ last_contact: "2026-11-01" })]);
    const entry = { date: day("2027-11-20"), kind: "call" as const };
    expect(logInteractionEdit(network, JANE, entry, day("2026-11-25"))).toEqual({
      ok: false,
      issues: [
        "2027-11-20 is after today (2026-11-25); log what has happened, and write what is planned as a next step (next_step, next_step_due)",
      ],
    });
    // Today itself is fine, and without today nothing is checked (as before).
    expect(logInteractionEdit(network, JANE, { ...entry, date: day("2026-11-25") }, day("2026-11-25")).ok).toBe(true);
    expect(logInteractionEdit(network, JANE, entry).ok).toBe(true);
  });
});

describe("snoozing", () => {
  it("snooze --for 2w sets snooze_until two weeks from today", () => {
    const until = snoozeUntil(day("2026-11-20"), "2w");
    expect(until.ok && formatDay(until.value)).toBe("2026-12-04");
    const net = buildNetwork([aContactNote()]).network;
    const edit = snoozeEdit(net, JANE, until.ok ? until.value : 0);
    expect(edit.ok && edit.value).toEqual({ path: JANE, set: { snoozeUntil: "2026-12-04" } });
    expect(edit.ok && edited("---\ntype: contact\n---\n", edit.value.set)).toBe(
      "---\ntype: contact\nsnooze_until: 2026-12-04\n---\n",
    );
  });

  it.each([
    ["1 week", "2026-11-27"],
    ["3d", "2026-11-23"],
    ["1mo", "2026-12-20"],
    ["P2W", "2026-12-04"],
    ["P1M3D", "2026-12-23"],
    ["1y", "2027-11-20"],
  ])("reads %s", (spec, expected) => {
    const until = snoozeUntil(day("2026-11-20"), spec);
    expect(until.ok && formatDay(until.value)).toBe(expected);
  });

  it("a month from 31 January is the end of February", () => {
    const until = snoozeUntil(day("2027-01-31"), "1mo");
    expect(until.ok && formatDay(until.value)).toBe("2027-02-28");
    const leap = snoozeUntil(day("2028-01-31"), "1 month");
    expect(leap.ok && formatDay(leap.value)).toBe("2028-02-29");
  });

  it("says what would work when the length is not one", () => {
    for (const spec of ["soon", "none", "FREQ=MONTHLY;BYDAY=1MO", ""]) {
      const until = snoozeUntil(day("2026-11-20"), spec);
      expect(until.ok ? "" : until.issues[0]).toMatch(/is not a length of time; try "2w"/);
    }
    const bare = snoozeUntil(day("2026-11-20"), "10");
    expect(bare.ok ? "" : bare.issues[0]).toBe(
      '"10" is not a length of time: say the unit, e.g. "10d"',
    );
  });
});

describe("the plugin's frontmatter callback", () => {
  it("sets fields in Obsidian's object in place, under the keys the note already uses", () => {
    const fm: Record<string, unknown> = {
      type: "contact",
      "Last Contacted": "2026-09-14",
      tags: ["ml"],
    };
    const tags = ["ml", "mentor"];
    applyToFrontmatter(
      fm,
      { path: JANE, set: { lastContact: "2026-11-20", snoozeUntil: "2026-12-04", tags } },
      keyMap,
    );
    expect(fm).toEqual({
      type: "contact",
      "Last Contacted": "2026-11-20",
      tags: ["ml", "mentor"],
      snooze_until: "2026-12-04",
    });
    expect(fm.tags).not.toBe(tags);
  });
});

describe("adding to a list keeps the items already there as written", () => {
  const UPDATE = "Updates/Talk.md";
  const added = (text: string, items: readonly string[]): string => {
    const result = applyEdit(text, { path: UPDATE, set: {}, add: { told: items } }, keyMap);
    if (!result.ok) throw new Error(result.issues.join("\n"));
    return result.value;
  };

  it("appends to a block list after its last item, its comment and its quoting untouched", () => {
    const text = [
      "---",
      "type: update",
      "told:",
      "    - '[[Bob Lee#Call notes|Bob]]'",
      '    - "[[Sam Lee]]" # at the meetup',
      "date: 2026-11-20",
      "---",
      "Spoke at PyData.",
      "",
    ].join("\n");
    expect(added(text, ["[[Jane Doe]]", "[[People/Alex Kim]]"])).toBe(
      text.replace(
        "# at the meetup\n",
        '# at the meetup\n    - "[[Jane Doe]]"\n    - "[[People/Alex Kim]]"\n',
      ),
    );
  });

  it("appends inside a flow list, keeps CRLF, and adds to a single value or an empty key", () => {
    expect(added(crlf("---\ntold: [\"[[Bob]]\", '[[Sam]]']\n---\n"), ["[[Jane]]"])).toBe(
      crlf('---\ntold: ["[[Bob]]", \'[[Sam]]\', "[[Jane]]"]\n---\n'),
    );
    expect(added('---\ntold: "[[Bob]]"\n---\n', ["[[Jane]]"])).toBe(
      '---\ntold:\n  - "[[Bob]]"\n  - "[[Jane]]"\n---\n',
    );
    expect(added("---\ntold:\ndate: 2026-11-20\n---\n", ["[[Jane]]"])).toBe(
      '---\ntold:\n  - "[[Jane]]"\ndate: 2026-11-20\n---\n',
    );
    expect(added("---\ntype: update\n---\n", ["[[Jane]]"])).toBe(
      '---\ntype: update\ntold:\n  - "[[Jane]]"\n---\n',
    );
  });

  it("adds after an item with an anchor, and refuses, saying why, to add to a list another key repeats", () => {
    // An anchor on the last item: the new item takes the dash, not the anchor.
    const item = '---\ntold:\n  - &bob "[[Bob]]"\nasked: *bob\n---\n';
    expect(added(item, ["[[Jane]]"])).toBe(item.replace('"[[Bob]]"\n', '"[[Bob]]"\n  - "[[Jane]]"\n'));
    // The whole list repeated: the item would be added to `also_told` too.
    const list = '---\ntold: &t\n  - "[[Bob]]"\nalso_told: *t\n---\n';
    expect(applyEdit(list, { path: UPDATE, set: {}, add: { told: ["[[Jane]]"] } }, keyMap)).toEqual({
      ok: false,
      issues: [
        `${UPDATE}: "told" has the YAML anchor &t, which another key repeats with *t; edit it by hand, or write that key's value out; the note was left untouched`,
      ],
    });
  });

  it("refuses, writing nothing, when a value there is not text it can keep", () => {
    const result = applyEdit(
      "---\ntold: 42\n---\n",
      { path: UPDATE, set: {}, add: { told: ["[[Jane]]"] } },
      keyMap,
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        `${UPDATE}: "told" holds values that are not text, which Kith cannot keep while adding [[Jane]]; add it by hand; the note was left untouched`,
      ],
    });
  });

  it("appends in the plugin's callback too, the items there left as they are", () => {
    const fm: Record<string, unknown> = { told: ["[[Bob Lee#Call notes|Bob]]", ["Sam"]] };
    applyToFrontmatter(fm, { path: UPDATE, set: {}, add: { told: ["[[Jane Doe]]"] } }, keyMap);
    expect(fm).toEqual({ told: ["[[Bob Lee#Call notes|Bob]]", ["Sam"], "[[Jane Doe]]"] });
    const one: Record<string, unknown> = { Told: "[[Bob]]" };
    applyToFrontmatter(one, { path: UPDATE, set: {}, add: { told: ["[[Jane]]"] } }, keyMap);
    expect(one).toEqual({ Told: ["[[Bob]]", "[[Jane]]"] });
    const none: Record<string, unknown> = { told: null };
    applyToFrontmatter(none, { path: UPDATE, set: {}, add: { told: ["[[Jane]]"] } }, keyMap);
    expect(none).toEqual({ told: ["[[Jane]]"] });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over generated notes

interface Entry {
  readonly key: string;
  /** The key's lines, without line breaks: the key line and the value's further lines. */
  readonly lines: readonly string[];
}

interface GeneratedNote {
  readonly text: string;
  /** The file line (0-based) of each entry's first line, and its line count. */
  readonly spans: ReadonlyMap<
    string,
    { readonly first: number; readonly count: number; readonly written: string }
  >;
  readonly closingLine: number;
}

const FIELD_SYNONYMS = Object.values(FIELD_KEYS).flat();

const spelled = fc
  .tuple(
    fc.constantFrom(...FIELD_SYNONYMS),
    fc.constantFrom("lower", "Title", "UPPER"),
    fc.constantFrom("_", "-", " "),
  )
  .map(([key, casing, sep]) => {
    const words = key.split("_");
    const cased =
      casing === "UPPER"
        ? words.map((w) => w.toUpperCase())
        : casing === "Title"
          ? words.map((w) => w.charAt(0).toUpperCase() + w.slice(1))
          : words;
    return cased.join(sep);
  });

const otherKey = fc
  .constantFrom(
    "project",
    "Favourite food",
    "x-1",
    "website",
    "Team",
    "hobby",
    "kids",
    "notes extra",
    "pronouns",
    "timezone",
  )
  .filter((k) => !keyMap.fieldOf.has(normalizeKey(k)));

const comment = fc.option(fc.constantFrom("  # a comment", " #note: with colon", "\t# tabbed"), {
  nil: "",
});
const plainWord = fc.constantFrom(
  "hello world",
  "2026-11-20",
  "Acme",
  "12",
  "3.5",
  "true",
  "jane@example.com",
  "+1 555 0100",
  "every 2 months",
  "2026-11-20T14:30",
  "Zoë 🚀",
  "a-b",
);
const quoted = fc.constantFrom(
  '"[[Jane Doe]]"',
  '"[[Acme Corp|Acme]]"',
  '"a: b"',
  '"x # y"',
  '"tab\\tsep"',
  "'It''s'",
  "'[[Acme]]'",
  '""',
  '"2026-11-20"',
);
const item = fc.oneof(plainWord, quoted);

/** A value in one of the shapes hand-made and tool-made vaults use, as lines after `key:`. */
const value: fc.Arbitrary<(key: string) => string[]> = fc.oneof(
  fc
    .tuple(
      fc.oneof(
        plainWord,
        quoted,
        fc.constantFrom(
          "~",
          "null",
          "-2",
          '[a, "b c", 3]',
          "[]",
          "!!str 2026",
          "&unused plain",
          "{a: 1}",
        ),
      ),
      comment,
    )
    .map(([v, c]) => (key: string) => [`${key}: ${v}${c}`]),
  comment.map((c) => (key: string) => [`${key}:${c}`]),
  fc
    .tuple(
      fc.array(fc.tuple(item, comment), { minLength: 1, maxLength: 3 }),
      fc.constantFrom("", "  "),
      comment,
      fc.boolean(),
    )
    .map(([items, indent, c, inner]) => (key: string) => [
      `${key}:${c}`,
      ...items.map(([i, ic]) => `${indent}- ${i}${ic}`),
      ...(inner ? [`${indent}# inside the list`] : []),
    ]),
  fc
    .tuple(
      fc.constantFrom("|", ">", "|-", "|+", ">-", "| # header comment"),
      fc.array(
        fc.constantFrom("some text", "  indented more", "with: colon", "# not a comment", ""),
        { maxLength: 3 },
      ),
    )
    .map(([style, lines]) => (key: string) => [
      `${key}: ${style}`,
      ...["some text", ...lines].map((l) => (l === "" ? "" : `  ${l}`)),
    ]),
  fc.constantFrom(
    (key: string) => [`${key}: first line`, "  continued line"],
    (key: string) => [`${key}: "quoted over`, '  two lines"'],
    (key: string) => [`${key}: [one,`, "  two]"],
    (key: string) => [`${key}:`, "  on the next line"],
    (key: string) => [`${key}:`, "  street: Main St", "  city: Springfield"],
    (key: string) => [`${key}:`, "  - name: Jane", "    role: CTO"],
  ),
);

/** A key as written: mostly plain, sometimes quoted. */
const writtenKey = (key: string, quote: number): string =>
  quote === 1 ? `"${key}"` : quote === 2 ? `'${key}'` : key;

// Indented one space only: a line indented like a block scalar's text would be part of that text.
const filler = fc.constantFrom<readonly string[]>(
  [],
  [],
  [],
  [""],
  ["# a comment line"],
  ["", "# section"],
  [" # indented comment"],
);

const bodyLine = fc.constantFrom(
  "# Jane Doe",
  "",
  "Met at [[PyCon 2026]].",
  "## Interactions",
  "- 2026-01-01 call: x",
  "---",
  "key: value",
  "Zoë 🚀",
  "```",
  "~~~",
  "````",
  "## Notes",
);

const note: fc.Arbitrary<GeneratedNote> = fc
  .record({
    keys: fc.uniqueArray(fc.oneof(spelled, otherKey), {
      minLength: 0,
      maxLength: 8,
      selector: normalizeKey,
    }),
    values: fc.array(value, { minLength: 8, maxLength: 8 }),
    fillers: fc.array(filler, { minLength: 9, maxLength: 9 }),
    body: fc.array(bodyLine, { maxLength: 6 }),
    quotes: fc.array(fc.constantFrom(0, 0, 0, 1, 2), { minLength: 8, maxLength: 8 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    finalBreak: fc.boolean(),
  })
  .map(({ keys, values, fillers, quotes, body, crlf: windows, bom, finalBreak }) => {
    const lines: string[] = ["---"];
    const spans = new Map<string, { first: number; count: number; written: string }>();
    keys.forEach((key, i) => {
      lines.push(...(fillers[i] ?? []));
      const written = writtenKey(key, quotes[i] ?? 0);
      const entry: Entry = { key, lines: (values[i] ?? ((k: string) => [`${k}: x`]))(written) };
      spans.set(key, { first: lines.length, count: entry.lines.length, written });
      lines.push(...entry.lines);
    });
    lines.push(...(fillers[keys.length] ?? []));
    const closingLine = lines.length;
    lines.push("---", ...body);
    const nl = windows ? "\r\n" : "\n";
    const text = (bom ? "\uFEFF" : "") + lines.join(nl) + (finalBreak ? nl : "");
    return { text, spans, closingLine };
  });

const FIELDS = Object.keys(FIELD_KEYS) as Field[];
const trickyString = fc.constantFrom(
  "[[Jane Doe]]",
  "[[Jane Doe|Jane]]",
  "a: b",
  "# not a comment",
  "yes",
  "No",
  "123",
  "1_000",
  "0x1F",
  ".inf",
  "2026-11-20",
  "2026-11-20T14:30",
  "",
  " padded ",
  "line\nbreak",
  "crlf\r\nbreak",
  `quote"s and 'single'`,
  "Zoë 🚀",
  "- dash",
  "@handle",
  "null",
  "~",
  "[x]",
  "{y}",
  "a, b",
  "tab\there",
  "ends with colon:",
  "back\\slash",
  "sep\u2028arator",
  "bell\u0007",
  "---",
  "key: value # comment",
);
const someString = fc.oneof(
  trickyString,
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
);
const newValue: fc.Arbitrary<EditValue> = fc.oneof(
  someString,
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(someString, { maxLength: 4 }),
);

/** A generated note and a field to set: mostly one the note already has (in any spelling). */
const noteAndField: fc.Arbitrary<[GeneratedNote, Field]> = note.chain((n) => {
  const present = [...n.spans.keys()].flatMap((k) => keyMap.fieldOf.get(normalizeKey(k)) ?? []);
  const any = fc.constantFrom(...FIELDS);
  return fc.tuple(
    fc.constant(n),
    present.length === 0
      ? any
      : fc.oneof(
          { arbitrary: fc.constantFrom(...present), weight: 3 },
          { arbitrary: any, weight: 1 },
        ),
  );
});

const frontmatterOf = (text: string): Record<string, unknown> => {
  const { yaml = "" } = splitFrontmatter(text);
  // js-yaml refuses a block of only comments and blank lines: that is no properties.
  if (yaml.split("\n").every((line) => /^[ \t]*(?:#.*)?\r?$/.test(line))) return {};
  return load(yaml, { schema: CORE_SCHEMA }) as Record<string, unknown>;
};

/** The key a note uses for a field, or the one Kith would add. */
const keyFor = (fm: Record<string, unknown>, field: Field): string =>
  Object.keys(fm).find((k) => keyMap.fieldOf.get(normalizeKey(k)) === field) ?? keyMap.keyOf[field];

const plain = (v: EditValue): unknown => (Array.isArray(v) ? [...(v as readonly string[])] : v);

describe("writes change only the keys they mean to (generated notes)", () => {
  it("setting one field changes only that key's value and lines; everything else reads and reads out the same", () => {
    fc.assert(
      fc.property(noteAndField, newValue, ([generated, field], v) => {
        const { text } = generated;
        const before = frontmatterOf(text);
        const key = keyFor(before, field);
        const result = applyEdit(text, { path: JANE, set: { [field]: v } }, keyMap);
        if (!result.ok) throw new Error(result.issues.join("\n"));
        const out = result.value;
        // last_contact never moves backwards: a day over a later day, or over a value that is no
        // day (it may be a later one written otherwise), leaves the note as it was.
        const old = before[key];
        // A list of one is read as its item, and text written over a list of one item or none is a
        // list of one (a List property in Obsidian keeps its type).
        const one = Array.isArray(old) && old.length === 1 ? (old[0] as unknown) : old;
        const listed = typeof v === "string" && Array.isArray(old) && old.length <= 1 && !Array.isArray(old[0]);
        const newDay = field === "lastContact" && typeof v === "string" ? parseDay(v) : undefined;
        if (newDay !== undefined && old !== undefined && old !== null && old !== "") {
          const oldDay = typeof one === "string" ? parseDay(one.replace(/^\[\[(?:.*\/)?([^|#\]]*).*\]\]$/, "$1")) : undefined;
          if (oldDay === undefined || oldDay >= newDay) {
            expect(out).toBe(text);
            return;
          }
        }

        const after = frontmatterOf(out);
        expect(after).toEqual({ ...before, [key]: listed ? [v] : plain(v) });
        expect(Object.keys(after).filter((k) => k !== key)).toEqual(
          Object.keys(before).filter((k) => k !== key),
        );

        // Line by line: only the edited key's lines differ (or new lines before the closing fence).
        const oldLines = text.split("\n");
        const newLines = out.split("\n");
        const span = generated.spans.get(key);
        const first = span?.first ?? generated.closingLine;
        const last = span === undefined ? generated.closingLine : span.first + span.count;
        const unchanged = oldLines.length - last;
        expect(newLines.slice(0, first)).toEqual(oldLines.slice(0, first));
        expect(newLines.slice(newLines.length - unchanged)).toEqual(oldLines.slice(last));
        // The edited key keeps its spelling; a new one is spelled as the vault's default.
        expect(newLines[first]?.startsWith(`${span?.written ?? key}:`)).toBe(true);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it("applying the same edit twice is the same as applying it once", () => {
    fc.assert(
      fc.property(noteAndField, newValue, ([{ text }, field], v) => {
        const edit: NoteEdit = { path: JANE, set: { [field]: v } };
        const once = applyEdit(text, edit, keyMap);
        if (!once.ok) throw new Error(once.issues.join("\n"));
        const twice = applyEdit(once.value, edit, keyMap);
        expect(twice).toEqual(once);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("parse, apply, parse is stable, and the plugin's callback reaches the same frontmatter", () => {
    fc.assert(
      fc.property(noteAndField, newValue, ([{ text }, field], v) => {
        const before = parseNote(JANE, text);
        const result = applyEdit(text, { path: JANE, set: { [field]: v } }, keyMap);
        if (!result.ok) throw new Error(result.issues.join("\n"));
        const after = parseNote(JANE, result.value);
        expect(after.body).toBe(before.body);
        expect(after.diagnostics).toEqual([]);
        const viaPlugin: Record<string, unknown> = structuredClone({
          ...(before.frontmatter ?? {}),
        });
        applyToFrontmatter(viaPlugin, { path: JANE, set: { [field]: v } }, keyMap);
        expect(after.frontmatter).toEqual(viaPlugin);
        expect(parseNote(JANE, result.value)).toEqual(after);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("an appended log line is read back under its heading, and every other line stays in order", () => {
    fc.assert(
      fc.property(
        note,
        fc.constantFrom("Interactions", "interactions", "Log"),
        fc.integer({ min: 0, max: 50_000 }),
        ({ text }, heading, date) => {
          const line = logLine({ date, kind: "coffee", summary: "talked" });
          const result = applyEdit(
            text,
            { path: JANE, set: {}, appendLog: { heading, line } },
            keyMap,
          );
          if (!result.ok) throw new Error(result.issues.join("\n"));
          const parsed = parseNote(JANE, result.value);
          const self = { name: "Jane Doe", target: JANE, isLink: true, path: JANE };
          const read = readLogLines(JANE, parsed.body ?? "", heading, parsed.bodyLine, self);
          expect(
            read.entries.filter(
              (e) => e.date === date && e.kind === "coffee" && e.summary === "talked",
            ),
          ).toHaveLength(1);
          expect(parsed.frontmatter).toEqual(parseNote(JANE, text).frontmatter);
          // The old lines, in order, with only the log line added, and when the section is made, its
          // heading, blank lines and the closing fence of a code block left open at the end.
          const strip = (l: string) => l.replace(/\r$/, "");
          const oldLines = text.split("\n").map(strip);
          const added: string[] = [];
          let i = 0;
          for (const l of result.value.split("\n").map(strip)) {
            if (i < oldLines.length && l === oldLines[i]) i++;
            else added.push(l);
          }
          expect(i).toBe(oldLines.length);
          expect(added.filter((l) => l !== "" && l !== `## ${heading}` && !/^(?:`{3,}|~{3,})$/.test(l))).toEqual([
            line,
          ]);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
