import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { applyEdit, buildNetwork, defaultConfig, formatDay, keyMapFor, parseConfig, parseNote, splitFrontmatter } from "@kith/core";
import { fixtureFiles, obsidianFrontmatterOf } from "./fixtures/vault";

const JANE = "People/Jane Doe.md";

describe("parseNote", () => {
  it("reads a note with a UTF-8 BOM", () => {
    const note = parseNote(JANE, "\uFEFF---\ntype: contact\nmet: 2026-03-14\n---\n# Jane Doe\n");
    expect(note.frontmatter).toEqual({ type: "contact", met: "2026-03-14" });
    expect(note.body).toBe("# Jane Doe\n");
    expect(note.diagnostics).toEqual([]);
  });

  it("reads a note with a UTF-8 BOM and no frontmatter, without the BOM in the body", () => {
    const note = parseNote(JANE, "\uFEFF# Jane Doe\n");
    expect(note.frontmatter).toBeUndefined();
    expect(note.body).toBe("# Jane Doe\n");
  });

  it("reads a note with CRLF line endings", () => {
    const text = "---\r\ntype: contact\r\norg: Acme\r\nmet: 2026-03-14\r\n---\r\n# Jane Doe\r\n";
    const note = parseNote(JANE, text);
    expect(note.frontmatter).toEqual({ type: "contact", org: "Acme", met: "2026-03-14" });
    expect(note.body).toBe("# Jane Doe\r\n");
    expect(note.bodyLine).toBe(6);
    expect(note.diagnostics).toEqual([]);
  });

  it("reads a note without frontmatter", () => {
    const text = "# Jane Doe\n\nMet at PyCon.\n";
    const note = parseNote(JANE, text);
    expect(note.frontmatter).toBeUndefined();
    expect(note.body).toBe(text);
    expect(note.bodyLine).toBe(1);
    expect(note.diagnostics).toEqual([]);
  });

  it("reads an empty frontmatter block as no properties", () => {
    for (const text of ["---\n---\n# Jane\n", "---\n\n---\n# Jane\n", "---\n   \n---\n# Jane\n"]) {
      const note = parseNote(JANE, text);
      expect(note.frontmatter).toEqual({});
      expect(note.body).toBe("# Jane\n");
      expect(note.diagnostics).toEqual([]);
    }
  });

  it("reads a frontmatter block of only comments as no properties, not as broken YAML", () => {
    const note = parseNote(JANE, "---\n# filled in later\n---\n# Jane\n");
    expect(note.frontmatter).toEqual({});
    expect(note.diagnostics).toEqual([]);
  });

  it("does not take a horizontal rule later in the body as frontmatter", () => {
    const text = "# Jane Doe\n\nMet at PyCon.\n\n---\n\ntype: contact\n\n---\n";
    const note = parseNote(JANE, text);
    expect(note.frontmatter).toBeUndefined();
    expect(note.body).toBe(text);
  });

  it("ends the frontmatter at its first closing line, leaving later rules in the body", () => {
    const note = parseNote(JANE, "---\ntype: contact\n---\nIntro\n\n---\norg: Acme\n---\n");
    expect(note.frontmatter).toEqual({ type: "contact" });
    expect(note.body).toBe("Intro\n\n---\norg: Acme\n---\n");
  });

  it("reads a block that is never closed as body, as Obsidian does", () => {
    const text = "---\ntype: contact\n# Jane\n";
    const note = parseNote(JANE, text);
    expect(note.frontmatter).toBeUndefined();
    expect(note.body).toBe(text);
  });

  it("reports a block of properties that is never closed, but not a note that opens with a rule", () => {
    const unclosed = parseNote(JANE, "---\r\ntype: contact\r\ncadence: monthly\r\n\r\n# Jane\r\n");
    expect(unclosed.frontmatter).toBeUndefined();
    expect(unclosed.diagnostics).toMatchObject([
      { path: JANE, severity: "error", message: expect.stringContaining('add a line "---" after the last property') as unknown },
    ]);
    expect(parseNote(JANE, "---\n\nMet at PyCon: a good talk.\n").diagnostics).toEqual([]);
  });

  it("reports, and refuses to write, a never-closed block that starts with comments", () => {
    const text = "---\n# from my template\n#\ntype: contact\n\n# Jane\n";
    expect(parseNote(JANE, text).diagnostics).toMatchObject([{ severity: "error", message: expect.stringContaining("never closed") as unknown }]);
    const written = applyEdit(text, { path: JANE, set: { lastContact: "2026-12-01" } }, keyMapFor(defaultConfig()));
    expect(written.ok).toBe(false);
    expect(parseNote(JANE, text.replace(/\n/g, "\r\n")).diagnostics).toHaveLength(1);
  });

  it("reports malformed YAML as an error naming the file and line, and still reads the body", () => {
    const text = "---\ntype: contact\norg: Acme: Corp\nmet: 2026-03-14\n---\n# Jane Doe\n";
    const note = parseNote(JANE, text);
    expect(note.frontmatter).toBeUndefined();
    expect(note.body).toBe("# Jane Doe\n");
    expect(note.diagnostics).toHaveLength(1);
    const [d] = note.diagnostics;
    expect(d).toMatchObject({ path: JANE, severity: "error" });
    // `org: Acme: Corp` is the file's third line.
    expect(d?.message).toMatch(/^frontmatter is not valid YAML \(line 3\)/);
    expect(d?.message).toContain("Quote values");
  });

  it("names a key given twice, and says to indent with spaces rather than tabs", () => {
    const twice = parseNote(JANE, "---\ntype: contact\ncadence: monthly\ncadence: weekly\n---\n");
    expect(twice.diagnostics).toEqual([
      {
        path: JANE,
        severity: "error",
        message:
          'frontmatter is not valid YAML (line 4): duplicated mapping key; the note is read without it and left untouched. "cadence" is given twice; keep one of its lines',
        key: "cadence",
      },
    ]);
    const tabs = parseNote(JANE, "---\ntype: contact\ntags:\n\t- mentor\n---\n");
    expect(tabs.diagnostics[0]?.message).toMatch(
      /^frontmatter is not valid YAML \(line 4\): tab characters must not be used in indentation; .* Indent with spaces, not tabs$/,
    );
  });

  it("reports malformed YAML after a BOM and CRLF with the file's line", () => {
    const note = parseNote(
      JANE,
      "\uFEFF---\r\ntype: contact\r\nmet: 2026-03-14\r\nmet: 2026-03-15\r\n---\r\n",
    );
    expect(note.diagnostics[0]?.message).toMatch(/line 4/);
  });

  it("keeps a note with malformed YAML in the network: a contact by folder still loads", () => {
    const text =
      "---\ntype: contact\norg: Acme: Corp\n---\n## Interactions\n- 2026-11-20 call: catch-up\n";
    const { config } = parseConfig({ contactFolders: ["People"] });
    const { network, diagnostics } = buildNetwork([parseNote(JANE, text)], config);
    expect(network.contacts.get(JANE)?.name).toBe("Jane Doe");
    expect(network.interactions.size).toBe(1);
    expect(diagnostics).toContainEqual(expect.objectContaining({ path: JANE, severity: "error" }));
  });

  it("reports frontmatter that is a list or a single value rather than keys", () => {
    const list = parseNote(JANE, "---\n- contact\n- mentor\n---\n");
    expect(list.frontmatter).toBeUndefined();
    expect(list.diagnostics[0]?.message).toContain("found a list");
    const scalar = parseNote(JANE, "---\njust some words\n---\n");
    expect(scalar.frontmatter).toBeUndefined();
    expect(scalar.diagnostics[0]?.message).toContain("found a single value");
  });

  it("never throws, whatever the text", () => {
    const texts = fc.oneof(
      fc.string(),
      fc.string().map((s) => `---\n${s}\n---\n`),
      fc
        .array(
          fc.constantFrom(
            "---",
            "a: b",
            "- x",
            "  y: [",
            "#",
            "\r",
            "\uFEFF",
            ": :",
            "'",
            "{",
            "&a",
            "*a",
            "!!x y",
          ),
        )
        .map((lines) => lines.join("\n")),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const note = parseNote(JANE, text);
        expect(note.path).toBe(JANE);
      }),
    );
  });

  it("counts the body's first line in the file, for messages about log lines", () => {
    expect(parseNote(JANE, "---\na: 1\nb: 2\n---\nbody\n").bodyLine).toBe(5);
    expect(parseNote(JANE, "\uFEFF---\n---\nbody\n").bodyLine).toBe(3);
  });

  it("collects #tags from the body, but not headings, code or link anchors", () => {
    const body = [
      "# Jane Doe",
      "Works in #ML and #person/colleague.",
      "```",
      "#not-a-tag",
      "```",
      "~~~",
      "#not-a-tag-either",
      "~~~",
      "See [[Notes#Heading]]",
      "#2026 is not a tag",
    ].join("\n");
    const note = parseNote(JANE, `---\ntype: contact\n---\n${body}\n`);
    expect(note.tags).toEqual(["ml", "person/colleague"]);
  });

  it("keeps code out of the tags in a note with Windows line endings (CRLF)", () => {
    // A code block holding "#person" must not make a note a contact, whatever the line endings.
    const note = parseNote(JANE, "---\r\ntitle: x\r\n---\r\n```\r\n#person\r\n```\r\n~~~\r\n#person\r\n~~~\r\nWorks in #ML.\r\n");
    expect(note.tags).toEqual(["ml"]);
  });
});

describe("a value YAML's aliases make too large to write out", () => {
  it("is reported in a few words, and every other note still loads", () => {
    // Nine levels of ten aliases each: a billion items once written out, a few lines as YAML.
    const levels = [`a0: &a0 [${Array(10).fill("x").join(", ")}]`];
    for (let i = 1; i <= 8; i++) levels.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]`);
    const bomb = `---\ntype: contact\n${levels.join("\n")}\ncadence: *a8\ntags: *a8\n---\n# Bomb\n`;
    const { network, diagnostics } = buildNetwork([
      parseNote("People/Bomb.md", bomb),
      parseNote(JANE, "---\ntype: contact\ncadence: monthly\n---\n"),
    ]);
    expect([...network.contacts.keys()].sort()).toEqual(["People/Bomb.md", JANE]);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      expect(d.path).toBe("People/Bomb.md");
      expect(d.message.length).toBeLessThan(300);
      expect(JSON.stringify(d).length).toBeLessThan(600);
    }
    expect(diagnostics.map((d) => d.message)).toContain(
      "cadence (a value too large to show) is not text",
    );
  });
});

describe("dates in YAML", () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  // Node applies a TZ set at run time; the offset check proves the zone is in force. The suite
  // also runs whole under far zones (.ci/run).
  it.each([
    ["Pacific/Kiritimati", -840],
    ["America/St_Johns", 210],
    ["Pacific/Pago_Pago", 660],
    ["UTC", 0],
  ])("keeps YAML dates as strings in TZ=%s, so 2026-11-20 stays the 20th", (zone, offset) => {
    process.env.TZ = zone;
    expect(new Date(2026, 10, 20).getTimezoneOffset()).toBe(offset);
    const text =
      "---\ntype: contact\nmet: 2026-11-20\nlast_contact: 2026-10-02T23:30:00\nbirthday: 1990-01-01\n---\n";
    const note = parseNote(JANE, text);
    expect(note.frontmatter).toEqual({
      type: "contact",
      met: "2026-11-20",
      last_contact: "2026-10-02T23:30:00",
      birthday: "1990-01-01",
    });
    const jane = buildNetwork([note]).network.contacts.get(JANE);
    expect(jane?.met === undefined ? undefined : formatDay(jane.met)).toBe("2026-11-20");
    expect(jane?.lastContact === undefined ? undefined : formatDay(jane.lastContact)).toBe(
      "2026-10-02",
    );
    expect(jane?.birthday).toEqual({ year: 1990, month: 1, day: 1 });
  });
});

describe("the two entry points", () => {
  it.each(fixtureFiles.map((f) => f.path))(
    "parses %s to the frontmatter Obsidian hands a plugin",
    (path) => {
      const file = fixtureFiles.find((f) => f.path === path);
      expect(file).toBeDefined();
      if (file === undefined) return;
      expect(parseNote(path, file.text).frontmatter).toEqual(obsidianFrontmatterOf[path]);
    },
  );
});

describe("splitFrontmatter", () => {
  it("tells where the YAML and the body start, so a writer can keep the rest of the file", () => {
    const text = "\uFEFF---\r\ntype: contact\r\n---\r\n# Jane\r\n";
    const split = splitFrontmatter(text);
    expect(split.bom).toBe(true);
    expect(split.yaml).toBe("type: contact\r\n");
    expect(text.slice(split.yamlStart, split.yamlStart + 4)).toBe("type");
    expect(text.slice(split.bodyStart)).toBe("# Jane\r\n");
  });
});
