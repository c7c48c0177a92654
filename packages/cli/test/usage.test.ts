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

describe("the vault, as VAULT or as --vault VAULT", () => {
  const commands = [["due"], ["asks"], ["check"], ["digest"], ["export", "ics"]];

  it("is taken by every command that reads one, either way, with the same result", async () => {
    for (const command of commands) {
      const positional = await kith([...command, EXAMPLE_VAULT, "--today", "2026-11-25"]);
      const option = await kith([...command, "--vault", EXAMPLE_VAULT, "--today", "2026-11-25"]);
      expect(option.err).not.toMatch(/Unknown option/);
      expect(option).toEqual(positional);
      expect(positional.out).not.toBe("");
      // The same folder spelled twice (here once relative to the folder kith runs in) is one vault.
      const both = await kith([...command, ".", "--vault", `${EXAMPLE_VAULT}/`, "--today", "2026-11-25"], EXAMPLE_VAULT);
      expect(both).toEqual(positional);
      const help = await kith([...command, "--help"]);
      expect(help.out).toContain("[VAULT | --vault VAULT]");
      expect(help.out).toMatch(/--vault VAULT +the folder of notes, the same as VAULT/);
    }
  });

  it("is a usage error when VAULT and --vault name different folders, and nothing is read", async () => {
    const other = aVault({ "People/Jo.md": "---\ntype: contact\n---\n" });
    for (const command of commands) {
      const r = await kith([...command, EXAMPLE_VAULT, "--vault", other, "--today", "2026-11-25"]);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toBe(`kith: two vaults given, "${EXAMPLE_VAULT}" and --vault "${other}"; give one of them`);
    }
  });
});
