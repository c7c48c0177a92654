import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FIELD_KEYS,
  KithConfigSchema,
  buildNetwork,
  defaultConfig,
  existingKey,
  formatDay,
  keyMapFor,
  normalizeKey,
  readFields,
  type Field,
} from "@kith/core";
import { aConfig, aContactNote, aNote } from "./builders";

const JANE = "People/Jane Doe.md";
const defaults = keyMapFor(defaultConfig());

/** Freezes a value and everything in it, so any write throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe("frontmatter keys", () => {
  it("matches keys regardless of case and of _, - or space", () => {
    for (const key of [
      "last_contact",
      "Last Contact",
      "last-contact",
      "LAST_CONTACT",
      "lastContact",
      "last contact",
    ]) {
      expect(readFields({ [key]: "2026-11-20" }, defaults).values.lastContact, key).toBe(
        "2026-11-20",
      );
    }
    expect(normalizeKey("Last Contact")).toBe(normalizeKey("last-contact"));
  });

  it.each([
    ["organization", "org"],
    ["company", "org"],
    ["Company", "org"],
    ["last_contacted", "lastContact"],
    ["Last Contacted", "lastContact"],
    ["job_title", "role"],
    ["follow_up_on", "nextStepDue"],
    ["attendees", "with"],
  ] as const)("reads the synonym %s as %s", (key, field) => {
    const read = readFields({ [key]: "x" }, defaults);
    expect(read.values[field]).toBe("x");
    expect(read.keys[field]).toBe(key);
  });

  it("reads every default key and synonym as its field", () => {
    for (const [field, keys] of Object.entries(FIELD_KEYS) as [Field, readonly string[]][]) {
      for (const key of keys) expect(readFields({ [key]: 1 }, defaults).values[field], key).toBe(1);
    }
  });

  it("leaves keys Kith does not know alone", () => {
    const read = readFields({ favourite_color: "teal", type: "contact" }, defaults);
    expect(read.values).toEqual({ type: "contact" });
  });

  it("reports one field given under two spellings, and uses the first", () => {
    const read = readFields({ org: "Acme", company: "Initech", Organization: "Globex" }, defaults);
    expect(read.values.org).toBe("Acme");
    expect(read.repeated).toEqual([{ field: "org", keys: ["org", "company", "Organization"] }]);
  });

  it("warns about two spellings of one key, naming both", () => {
    const { diagnostics } = buildNetwork([
      aContactNote({ last_contact: "2026-11-20", "Last Contact": "2026-10-01" }),
    ]);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        path: JANE,
        severity: "warning",
        key: "last_contact",
        value: "2026-11-20",
        message: expect.stringContaining(
          '"last_contact" and "Last Contact" are one key spelled 2 ways; using "last_contact" ("2026-11-20")',
        ) as unknown,
      }),
    ]);
  });

  it("finds the key a note already uses, so a write updates it in place", () => {
    expect(existingKey({ "Last Contacted": "2026-01-01" }, "lastContact", defaults)).toBe(
      "Last Contacted",
    );
    expect(existingKey({ org: "Acme" }, "lastContact", defaults)).toBeUndefined();
    expect(existingKey(undefined, "lastContact", defaults)).toBeUndefined();
    expect(defaults.keyOf.lastContact).toBe("last_contact");
  });
});

describe("renamed keys", () => {
  it("reads a key the configuration renames, and writes it", () => {
    const map = keyMapFor(aConfig({ keys: { lastContact: "last_touch" } }));
    expect(readFields({ "Last Touch": "2026-11-20" }, map).values.lastContact).toBe("2026-11-20");
    expect(map.keyOf.lastContact).toBe("last_touch");
  });

  it("reads a renamed key that is no synonym, and the default key still works", () => {
    const config = aConfig({ keys: { lastContact: "spoke_on", org: "firma" } });
    const { network } = buildNetwork(
      [
        aContactNote({ spoke_on: "2026-11-20", Firma: "Acme" }),
        aContactNote({ last_contact: "2026-10-01" }, { path: "People/Sam.md" }),
      ],
      config,
    );
    const jane = network.contacts.get(JANE);
    expect(jane?.lastContact === undefined ? undefined : formatDay(jane.lastContact)).toBe(
      "2026-11-20",
    );
    expect(jane?.org?.name).toBe("Acme");
    expect(jane?.keys.lastContact).toBe("spoke_on");
    expect(network.contacts.get("People/Sam.md")?.lastContact).toBeDefined();
  });

  it("lets a renamed key take a name another field uses", () => {
    // A vault that writes `date` for the last contact on contact notes.
    const map = keyMapFor(aConfig({ keys: { lastContact: "date" } }));
    expect(readFields({ date: "2026-11-20" }, map).values).toEqual({ lastContact: "2026-11-20" });
  });

  it("ignores a rename of a field Kith does not have, even one named like a JavaScript built-in", () => {
    const map = keyMapFor(KithConfigSchema.parse({ keys: { toString: "x", constructor: "y" } }));
    expect(readFields({ x: 1, y: 2 }, map)).toEqual({ values: {}, keys: {}, repeated: [] });
  });

  it("renames the type key, so kinds are read from it", () => {
    const config = aConfig({ keys: { type: "category" } });
    const { network } = buildNetwork([aNote(JANE, { category: "person" })], config);
    expect(network.contacts.has(JANE)).toBe(true);
  });
});

describe("readFields", () => {
  const fieldKey = fc.constantFrom(
    ...Object.values(FIELD_KEYS).flat(),
    "Last Contact",
    "COMPANY",
    "unknown_key",
  );

  it("never mutates the frontmatter it reads (Obsidian's cached object)", () => {
    fc.assert(
      fc.property(fc.dictionary(fieldKey, fc.jsonValue()), (frontmatter) => {
        const before = structuredClone(frontmatter);
        const frozen = deepFreeze(frontmatter);
        readFields(frozen, defaults);
        expect(frozen).toEqual(before);
      }),
    );
  });
});
