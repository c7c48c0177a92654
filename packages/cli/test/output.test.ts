import { afterEach, describe, expect, it, vi } from "vitest";
import { renderDue } from "../src/commands/due";
import { useColor } from "../src/output";

const tty = { isTTY: true } as NodeJS.WriteStream;
const pipe = { isTTY: false } as NodeJS.WriteStream;

afterEach(() => vi.unstubAllEnvs());

describe("colour", () => {
  it("is on for a terminal and off for a pipe", () => {
    vi.stubEnv("NO_COLOR", "");
    vi.stubEnv("FORCE_COLOR", undefined);
    expect(useColor(tty)).toBe(true);
    expect(useColor(pipe)).toBe(false);
  });

  it("honours NO_COLOR even on a terminal", () => {
    vi.stubEnv("NO_COLOR", "1");
    expect(useColor(tty)).toBe(false);
  });

  it("colours the group titles only when asked", () => {
    const rows = [
      { contact: "Jo", path: "People/Jo.md", reason: "cadence" as const, due: "2026-11-20", dueDay: 20777, overdueDays: 5, level: "overdue" as const, detail: "Weekly", sources: [] },
    ];
    expect(renderDue(rows, "2026-11-25", 7, true)).toContain("\u001b[31m");
    expect(renderDue(rows, "2026-11-25", 7, false)).not.toContain("\u001b[");
  });
});

describe("kith due's columns", () => {
  const row = (contact: string, path: string, reason: "cadence" | "thank", detail: string) => ({
    contact, path, reason, due: "2026-11-20", dueDay: 20777, overdueDays: 5, level: "overdue" as const, detail, sources: [],
  });

  it("stay in line when a name is longer than its column: the rest of that row goes on its own line", () => {
    const long = "Sam Lee (Archive/Old Contacts/Sam Lee)";
    const text = renderDue(
      [
        row("Jo", "People/Jo.md", "cadence", "Weekly"),
        row("Sam Lee", "Archive/Old Contacts/Sam Lee.md", "thank", "Referred you"),
        row("Ann", "People/Ann.md", "cadence", "Monthly"),
      ],
      "2026-11-25",
      7,
      false,
      (name) => (name === "Sam Lee" ? long : name),
    );
    const lines = text.split("\n");
    // The long name is shown whole, alone on its line.
    expect(lines).toContain(`  ${long}`);
    // Every reason starts in the same column as the others'.
    const reasons = lines.filter((line) => / (cadence|thank) /.test(line));
    expect(reasons).toHaveLength(3);
    expect(new Set(reasons.map((line) => line.search(/cadence|thank/))).size).toBe(1);
    expect(new Set(reasons.map((line) => line.search(/\d+d late/))).size).toBe(1);
    expect(lines[lines.indexOf(`  ${long}`) + 1]).toMatch(/^ +thank +20 Nov/);
  });

  it("size the name column to the longest name when all fit", () => {
    const text = renderDue(
      [row("Jo", "People/Jo.md", "cadence", "Weekly"), row("Sam Lee (Old/Sam Lee)", "Old/Sam Lee.md", "cadence", "Weekly")],
      "2026-11-25",
      7,
      false,
    );
    expect(text).toContain("  Jo                     cadence");
    expect(text).toContain("  Sam Lee (Old/Sam Lee)  cadence");
  });
});
