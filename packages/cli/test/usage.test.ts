// Usage errors: exit 2, a message on stderr that names what was wrong, nothing on stdout, and
// nothing else first (no vault read for an option that is already wrong).
import { describe, expect, it } from "vitest";
import { aVault, EXAMPLE_VAULT, kith } from "./helpers";

describe("usage errors", () => {
  it("prints the help on stderr, not stdout, for a bare kith", async () => {
    const r = await kith([]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("Usage: kith <command> [options]");
    expect(r.err).toContain("due");
  });

  it("names --date for a log date that is not a day", async () => {
    const vault = aVault({ "People/Jo.md": "---\ntype: contact\n---\n" });
    const r = await kith(["log", "Jo", "--date", "2026-02-30", "--vault", vault]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('kith: --date "2026-02-30" is not a day; write YYYY-MM-DD, e.g. --date 2026-11-25');
  });

  it("rejects a --within that is not digits before reading the vault", async () => {
    for (const within of ["abc", "1e3", "0x10", " 7", "7.0", "-1"]) {
      for (const args of [["due", EXAMPLE_VAULT], ["export", "ics", EXAMPLE_VAULT]]) {
        const r = await kith([...args, "--today", "2026-11-25", `--within=${within}`]);
        expect(r.code).toBe(2);
        expect(r.out).toBe("");
        // The example vault has notes with problems: no line about them comes before the error.
        expect(r.err).toBe(`kith: --within "${within}" is not a whole number of days; write digits, e.g. --within 14`);
      }
    }
    const ok = await kith(["due", EXAMPLE_VAULT, "--today", "2026-11-25", "--within", "007", "--json"]);
    expect(ok.code).toBe(0);
  });

  it("says a file given as the vault is a file, not that it does not exist", async () => {
    const r = await kith(["due", "README.md"], EXAMPLE_VAULT);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/README\.md: not a folder of notes \(it is a file/);
    expect(r.err).not.toMatch(/no such directory/);
    const missing = await kith(["due", "Nowhere"], EXAMPLE_VAULT);
    expect(missing.err).toMatch(/Nowhere: not a folder of notes \(no such directory\)/);
  });
});
