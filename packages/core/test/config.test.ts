import { describe, expect, it } from "vitest";
import {
  INTERACTION_KINDS,
  KithConfigSchema,
  buildNetwork,
  cadenceOf,
  defaultConfig,
  parseConfig,
} from "@kith/core";
import { aContactNote } from "./builders";

describe("configuration", () => {
  it("has a default for every setting", () => {
    const config = defaultConfig();
    expect(config).toMatchObject({
      contactTypes: ["contact", "person"],
      contactFolders: [],
      contactTags: [],
      keys: {},
      cadenceByRelationship: { mentor: "every 2 months", advisor: "quarterly" },
      tolerance: 0.25,
      logHeading: "Interactions",
      birthdays: false,
    });
    expect(config.countingKinds).toEqual(INTERACTION_KINDS.filter((k) => k !== "event"));
    expect(parseConfig({})).toEqual({ config, problems: [] });
    expect(parseConfig(undefined)).toEqual({ config, problems: [] });
    expect(parseConfig(null)).toEqual({ config, problems: [] });
  });

  it("keeps the settings given", () => {
    const { config, problems } = parseConfig({
      tolerance: 0.5,
      contactFolders: ["People"],
      keys: { lastContact: "last_touch" },
    });
    expect(problems).toEqual([]);
    expect(config.tolerance).toBe(0.5);
    expect(config.contactFolders).toEqual(["People"]);
    expect(config.keys).toEqual({ lastContact: "last_touch" });
  });

  it("reads a log heading typed with its heading marks as the heading's words", () => {
    expect(parseConfig({ logHeading: "## Interactions" })).toEqual({
      config: { ...defaultConfig(), logHeading: "Interactions" },
      problems: [],
    });
    expect(parseConfig({ logHeading: "### Log ###" }).config.logHeading).toBe("Log");
    // A "#" that is not a heading mark is part of the words, as in a note.
    expect(parseConfig({ logHeading: "#1 priorities" }).config.logHeading).toBe("#1 priorities");
    const marks = parseConfig({ logHeading: "##" });
    expect(marks.config.logHeading).toBe("Interactions");
    expect(marks.problems).toEqual([
      'setting "logHeading" = "##" has no words, only heading marks; give the heading\'s text, e.g. "Interactions"; using the default',
    ]);
  });

  it("does not share default lists between configurations", () => {
    const a = defaultConfig();
    a.contactTypes.push("human");
    expect(defaultConfig().contactTypes).toEqual(["contact", "person"]);
  });

  it.each([
    [{ tolerance: "high" }, "tolerance", '"high"', "expected number"],
    [{ tolerance: -1 }, "tolerance", "-1", "at least 0"],
    [{ askFollowUpDays: 2.5 }, "askFollowUpDays", "2.5", "whole number"],
    [
      { countingKinds: ["coffee", "hangout"] },
      "countingKinds",
      '["coffee","hangout"]',
      '"meeting"',
    ],
    [{ logHeading: "" }, "logHeading", '""', "must not be empty"],
    [{ contactFolders: "People" }, "contactFolders", '"People"', "expected array"],
    [{ keys: { org: 5 } }, "keys", '{"org":5}', "expected string"],
  ])(
    "falls back to the default for %j, naming the setting and the value",
    (input, key, shown, hint) => {
      const { config, problems } = parseConfig({ ...input, birthdays: true });
      expect(config[key as keyof typeof config]).toEqual(
        defaultConfig()[key as keyof typeof config],
      );
      expect(config.birthdays).toBe(true);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(`setting "${key}" = ${shown} is not valid`);
      expect(problems[0]).toContain(hint);
      expect(problems[0]).toContain("using the default");
    },
  );

  it("reports every bad setting, not just the first", () => {
    const { problems } = parseConfig({ tolerance: "high", horizonDays: -3 });
    expect(problems).toEqual([
      expect.stringContaining('setting "tolerance" = "high"'),
      expect.stringContaining('setting "horizonDays" = -3'),
    ]);
  });

  it("reports unknown settings and keeps the known ones", () => {
    const { config, problems } = parseConfig({ tolerence: 0.5, tolerance: 0.4 });
    expect(config.tolerance).toBe(0.4);
    expect(problems).toEqual([
      expect.stringMatching(
        /^unknown setting "tolerence" is ignored; known settings: contactTypes, /,
      ),
    ]);
    expect(problems[0]).toContain("tolerance");
  });

  it("reports a key rename for a field Kith does not have", () => {
    const { config, problems } = parseConfig({
      keys: { lastContact: "last_touch", last_contact: "spoke", orgg: "firm" },
    });
    expect(config.keys).toEqual({ lastContact: "last_touch" });
    expect(problems).toEqual([
      expect.stringContaining('"last_contact" is not a field; did you mean "lastContact"?'),
      expect.stringContaining('"orgg" is not a field'),
    ]);
  });

  it("reports a default cadence for a relationship Kith does not have", () => {
    const { config, problems } = parseConfig({
      cadenceByRelationship: { mentor: "monthly", mentr: "weekly" },
    });
    expect(config.cadenceByRelationship).toEqual({ mentor: "monthly" });
    expect(problems).toEqual([
      expect.stringContaining(
        '"cadenceByRelationship" has "mentr", which is not a relationship; use one of mentor, mentee',
      ),
    ]);
  });

  it("matches default cadences to relationships and tags as contacts carry them", () => {
    const { config, problems } = parseConfig({
      cadenceByRelationship: { Mentor: "monthly" },
      cadenceByTag: { "#ML": "weekly" },
    });
    expect(problems).toEqual([]);
    expect(config.cadenceByRelationship).toEqual({ mentor: "monthly" });
    expect(config.cadenceByTag).toEqual({ ml: "weekly" });
    const { network } = buildNetwork(
      [
        aContactNote({ tags: ["ML"] }),
        aContactNote({ relationship: "Mentor" }, { path: "People/Sam.md" }),
      ],
      config,
    );
    const jane = network.contacts.get("People/Jane Doe.md");
    const sam = network.contacts.get("People/Sam.md");
    expect(jane && cadenceOf(config, jane)?.from).toBe("tag");
    expect(sam && cadenceOf(config, sam)?.from).toBe("relationship");
  });

  it("reports a rename to an empty key", () => {
    const { config, problems } = parseConfig({ keys: { org: " " } });
    expect(config.keys).toEqual({});
    expect(problems).toEqual([expect.stringContaining('the key for "org" is " "')]);
  });

  it("uses the defaults when the settings are not an object", () => {
    for (const input of [[], "x", 3]) {
      const { config, problems } = parseConfig(input);
      expect(config).toEqual(defaultConfig());
      expect(problems).toEqual(["settings are not an object; using the defaults"]);
    }
  });

  it("does not change the settings object it reads", () => {
    const input = Object.freeze({
      tolerance: "high",
      contactFolders: Object.freeze(["People"]),
      keys: Object.freeze({ org: "firma" }),
    });
    expect(() => parseConfig(input)).not.toThrow();
    expect(input).toEqual({
      tolerance: "high",
      contactFolders: ["People"],
      keys: { org: "firma" },
    });
  });

  it("is one schema the CLI and the plugin both parse with", () => {
    expect(KithConfigSchema.parse({ horizonDays: 14 }).horizonDays).toBe(14);
  });
});
