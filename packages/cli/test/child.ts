// The bundled `kith`, run as a real process: for what only a process shows (a closed pipe, the
// bytes written to stdout). Most tests run the CLI in-process (helpers.ts).
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { tempFolder } from "./temp";

/**
 * Bundles the CLI as scripts/build-cli.mjs does, but into a folder of its own: the install test
 * rebuilds packages/cli/dist (through `pnpm pack`) while other test files run. Returns the path
 * of the bundle.
 */
export async function buildKith(): Promise<string> {
  const outfile = join(tempFolder("kith-bundle-"), "kith.js");
  await build({
    entryPoints: [fileURLToPath(new URL("../src/kith.ts", import.meta.url))],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["@kith/source"],
    banner: {
      js: 'import { createRequire as __kithRequire } from "node:module"; const require = __kithRequire(import.meta.url);',
    },
    logLevel: "error",
  });
  return outfile;
}

/** Starts a bundled `kith` with the given arguments, without colour. */
export function spawnKith(bundle: string, args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [bundle, ...args], { env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
}

export interface Exited {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/** Waits for a child to end, collecting its stderr. */
export function exited(child: ChildProcessWithoutNullStreams): Promise<Exited> {
  const err: Buffer[] = [];
  child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stderr: Buffer.concat(err).toString("utf8") }));
  });
}
