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
