import { describe, expect, it } from "vitest";
import {
  buildNetwork,
  formatDay,
  lastContactOf,
  parseDay,
  parseNote,
  type Day,
  type KithConfig,
  type NoteInput,
} from "@kith/core";
import { aConfig, aContactNote, anInteractionNote } from "./builders";

const JANE = "People/Jane Doe.md";
const SAM = "People/Sam Lee.md";

function day(text: string): Day {
  const d = parseDay(text);
  if (d === undefined) throw new Error(`bad test day ${text}`);
  return d;
}

/** The last contact with Jane as `YYYY-MM-DD`, or undefined. */
function lastContactWithJane(
  notes: readonly NoteInput[],
  config?: KithConfig,
  asOf?: Day,
): string | undefined {
  const { network } = buildNetwork(notes, config);
  const last = lastContactOf(network, JANE, asOf);
  return last === undefined ? undefined : formatDay(last.day);
}

const coffee = (
  date: string,
  extra: { readonly kind?: string; readonly with?: unknown } = {},
): NoteInput =>
  anInteractionNote(
    { date, ...extra },
    { path: `Interactions/${date} ${extra.kind ?? "coffee"}.md` },
  );

const withLog = (frontmatter: string, ...lines: string[]): NoteInput =>
  parseNote(
    JANE,
    `---\ntype: contact\n${frontmatter}---\n# Jane\n\n## Interactions\n${lines.join("\n")}\n`,
  );

describe("last contact", () => {
  it("is last_contact when nothing else says otherwise", () => {
    expect(lastContactWithJane([aContactNote({ last_contact: "2026-10-02T09:30:00" })])).toBe(
      "2026-10-02",
    );
  });

  it("is the latest interaction note that links the person", () => {
    const notes = [
      aContactNote({ last_contact: "2026-09-01" }),
      coffee("2026-10-15"),
      coffee("2026-11-03"),
      coffee("2026-10-20"),
    ];
    const { network } = buildNetwork(notes);
    const last = lastContactOf(network, JANE);
    expect(last?.day).toBe(day("2026-11-03"));
    expect(last?.via?.path).toBe("Interactions/2026-11-03 coffee.md");
  });

  it("is the latest body log line", () => {
    expect(
      lastContactWithJane([
        withLog("last_contact: 2026-09-01\n", "- 2026-10-01 call: a", "- 2026-11-12 coffee: b"),
      ]),
    ).toBe("2026-11-12");
  });

  it("is the latest of last_contact, interaction notes and log lines together", () => {
    const notes = [
      withLog("last_contact: 2026-09-01\n", "- 2026-10-01 call: a"),
      coffee("2026-10-20"),
    ];
    expect(lastContactWithJane(notes)).toBe("2026-10-20");
  });

  it("counts one interaction with two people for both", () => {
    const notes = [
      aContactNote(),
      aContactNote({}, { path: SAM }),
      coffee("2026-11-03", { with: ["[[Jane Doe]]", "[[Sam Lee]]"] }),
    ];
    const { network } = buildNetwork(notes);
    expect(lastContactOf(network, JANE)?.day).toBe(day("2026-11-03"));
    expect(lastContactOf(network, SAM)?.day).toBe(day("2026-11-03"));
  });

  it("never moves backwards: an older interaction does not lower a newer last_contact", () => {
    const { network } = buildNetwork([
      withLog("last_contact: 2026-11-20\n", "- 2026-10-01 call: a"),
      coffee("2026-11-01"),
    ]);
    expect(lastContactOf(network, JANE)).toEqual({ day: day("2026-11-20"), via: undefined });
  });

  it("does not count an event, where you only saw them in a crowd", () => {
    const notes = [
      aContactNote({ last_contact: "2026-09-01" }),
      coffee("2026-11-03", { kind: "event" }),
      withLog("", "- 2026-11-10 event: PyCon"),
    ];
    expect(lastContactWithJane(notes.slice(0, 2))).toBe("2026-09-01");
    expect(lastContactWithJane([notes[2] as NoteInput])).toBeUndefined();
  });

  it("counts events when the configuration says so", () => {
    const config = aConfig({ countingKinds: ["event", "coffee"] });
    expect(
      lastContactWithJane(
        [aContactNote({ last_contact: "2026-09-01" }), coffee("2026-11-03", { kind: "event" })],
        config,
      ),
    ).toBe("2026-11-03");
    // ... and only the kinds it lists.
    expect(
      lastContactWithJane(
        [aContactNote({ last_contact: "2026-09-01" }), coffee("2026-11-03", { kind: "call" })],
        config,
      ),
    ).toBe("2026-09-01");
  });

  it("looks past a newer interaction that does not count to an older one that does", () => {
    const notes = [aContactNote(), coffee("2026-10-01"), coffee("2026-11-03", { kind: "event" })];
    expect(lastContactWithJane(notes)).toBe("2026-10-01");
  });

  it("is undefined for someone never contacted, so the engine counts from met or creation", () => {
    expect(
      lastContactWithJane([
        aContactNote({ met: "2026-03-14", cadence: "monthly" }, { created: "2026-03-15" }),
      ]),
    ).toBeUndefined();
  });

  it("is undefined for a path that is not a contact", () => {
    const { network } = buildNetwork([aContactNote()]);
    expect(lastContactOf(network, "People/Nobody.md")).toBeUndefined();
  });

  it("does not count an interaction planned after the day asked about", () => {
    const notes = [
      aContactNote({ last_contact: "2026-09-01" }),
      coffee("2026-11-03"),
      coffee("2026-12-24"),
    ];
    expect(lastContactWithJane(notes, undefined, day("2026-11-20"))).toBe("2026-11-03");
    expect(lastContactWithJane(notes)).toBe("2026-12-24");
  });

  it("does not count an interaction that names the person without linking a contact note", () => {
    const notes = [
      aContactNote({ last_contact: "2026-09-01" }),
      coffee("2026-11-03", { with: "[[Jane Smith]]" }),
    ];
    expect(lastContactWithJane(notes)).toBe("2026-09-01");
  });
});
