import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "../src/cli";
import { tempFolder } from "./temp";

export const EXAMPLE_VAULT = fileURLToPath(new URL("../../../examples/vault", import.meta.url));

export interface Ran {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `kith` in-process, as a user would from `cwd`, on a fixed clock. */
export async function kith(args: readonly string[], cwd = process.cwd(), now = new Date("2026-11-25T12:00:00")): Promise<Ran> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    color: false,
    errIsTty: false,
    now: () => now,
    cwd,
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A temporary vault made of the given files (path → text), removed after the test file. */
export function aVault(files: Readonly<Record<string, string>>): string {
  const root = tempFolder("kith-vault-");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A writable copy of the example vault, removed after the test file. */
export function copyOfExampleVault(): string {
  const root = tempFolder("kith-example-");
  cpSync(EXAMPLE_VAULT, root, { recursive: true });
  return root;
}
