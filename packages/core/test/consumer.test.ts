// @kith/core as a stranger gets it: `pnpm pack` (which builds it first, through `prepack`),
// `npm install` of the tarball into an empty project outside the workspace, then plain Node ESM,
// TypeScript under both module resolutions an app may use, and a browser bundle. Nothing here
// reads the workspace's sources: only the tarball.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const exec = promisify(execFile);
const root = fileURLToPath(new URL("../../../", import.meta.url));
const coreDir = join(root, "packages/core");
const bin = (name: string) => join(root, "node_modules/.bin", name);

/**
 * The environment without what pnpm passes to the scripts it runs (`npm_config_*`,
 * `npm_package_*`, …), which would otherwise leak into the npm and pnpm below; registry and
 * proxy settings stay, so a CI with a mirror still works.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const keep = /^npm_config_(registry|cache|userconfig|.*proxy|strict_ssl|cafile|store_dir)$/i;
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm|pnpm)_/i.test(key) && !keep.test(key)) continue;
    env[key] = value;
  }
  return env;
}

// Generous: the machine may be busy with other suites. A child that outlives it is killed, so a
// timed-out test leaves nothing running.
const CHILD_TIMEOUT = 240_000;

async function sh(file: string, args: readonly string[], cwd: string): Promise<string> {
  try {
    const options = { cwd, env: cleanEnv(), maxBuffer: 32 * 1024 * 1024, timeout: CHILD_TIMEOUT };
    const { stdout } = await exec(file, args, options);
    return stdout;
  } catch (error) {
    const e = error as { message: string; stdout?: string; stderr?: string };
    throw new Error(
      `${[file, ...args].join(" ")} failed in ${cwd}\n${e.stdout ?? ""}\n${e.stderr ?? e.message}`,
    );
  }
}

// The notes every consumer below reads: a contact on a monthly cadence, one on an RRULE (so rrule
// runs, through Node's CommonJS interop unbundled and through its ESM build in the bundle), one
// with another tool's key names, an org, and a note parsed from markdown (so js-yaml runs).
const PROGRAM = (typed: boolean) => `
import { buildNetwork, dueFollowUps, parseNote, search${typed ? ", type FollowUp, type NoteInput, type SearchHit" : ""} } from "@kith/core";

const notes${typed ? ": NoteInput[]" : ""} = [
  { path: "People/Jane Doe.md", frontmatter: { type: "contact", aliases: ["Jane"], org: "[[Acme Corp]]", cadence: "monthly", last_contact: "2026-10-02" } },
  { path: "People/Raj Patel.md", frontmatter: { type: "contact", org: "[[Acme Corp]]", cadence: "RRULE:FREQ=WEEKLY;BYDAY=FR", last_contact: "2026-11-20" } },
  { path: "People/Sam Lee.md", frontmatter: { type: "person", Company: "[[Acme Corp|Acme]]", "Last Contacted": "2026-11-11", cadence: "every 2 weeks" } },
  { path: "Orgs/Acme Corp.md", frontmatter: { type: "org" } },
  parseNote("People/Ana Lima.md", "---\\ntype: contact\\ncadence: quarterly\\n---\\n## Interactions\\n- 2026-08-20 call: intro\\n"),
];
const { network, diagnostics } = buildNetwork(notes);
const due${typed ? ": readonly FollowUp[]" : ""} = dueFollowUps(network, { today: "2026-11-25", within: 7 });
const hits${typed ? ": readonly SearchHit[]" : ""} = search(network, "jane");
console.log(JSON.stringify({
  diagnostics: diagnostics.map((d) => d.message),
  due: due.map((f) => [f.due, f.contact, f.level, f.detail]),
  hits: hits.map((h) => [h.path, h.org]),
}));
${
  typed
    ? `
// The shipped types are real types, not \`any\`: each line below must be a type error.
export function misuses(): void {
  // @ts-expect-error: core never reads the clock, so \`today\` is required.
  dueFollowUps(network, { within: 7 });
  // @ts-expect-error: a follow-up's level is one of three words, not a number.
  const level: number = due[0]!.level;
  // @ts-expect-error: search takes a network, not the build result.
  search(buildNetwork(notes), "jane");
  void level;
}
`
    : ""
}`;

const EXPECTED = {
  diagnostics: [],
  due: [
    ["2026-11-02", "Jane Doe", "overdue", "Monthly; last contact 2 Oct"],
    ["2026-11-20", "Ana Lima", "due", "Every 3 months; last contact 20 Aug (call)"],
    ["2026-11-25", "Sam Lee", "due", "Every 2 weeks; last contact 11 Nov"],
    ["2026-11-27", "Raj Patel", "upcoming", "Every week on Friday; last contact 20 Nov"],
  ],
  hits: [["People/Jane Doe.md", "Acme Corp"]],
};

const STRICT = {
  target: "ES2022",
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  verbatimModuleSyntax: true,
  // The consumer's compiler reads every shipped .d.ts, ours and our dependencies'.
  skipLibCheck: false,
  noEmit: true,
};

// Concurrent: the checks are independent child processes (tsc, attw, node), and CI has two cores.
describe.concurrent("@kith/core installed from its packed tarball", () => {
  let tmp: string;
  let project: string;
  let tarball: string;

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), "kith-core-consumer-"));
    project = join(tmp, "app");
    await mkdir(project);
    // `pnpm pack` runs `prepack` (the tsdown build) and publishes `publishConfig.exports`, which
    // drops the workspace's `@kith/source` condition.
    await sh("pnpm", ["pack", "--pack-destination", tmp], coreDir);
    const packed = (await readdir(tmp)).filter((f) => f.endsWith(".tgz"));
    expect(packed).toHaveLength(1);
    tarball = join(tmp, packed[0]!);
    await writeFile(
      join(project, "package.json"),
      JSON.stringify({ name: "app", private: true, type: "module" }),
    );
    await sh(
      "npm",
      ["install", tarball, "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"],
      project,
    );
    await Promise.all([
      writeFile(join(project, "consumer.mjs"), PROGRAM(false)),
      writeFile(join(project, "consumer.ts"), PROGRAM(true)),
    ]);
  }, CHILD_TIMEOUT);

  afterAll(async () => {
    if (tmp !== undefined) await rm(tmp, { recursive: true, force: true });
  });

  it(
    "passes publint --strict and arethetypeswrong (ESM-only profile)",
    async ({ expect }) => {
      const [publint, attw] = await Promise.all([
        sh(bin("publint"), ["--strict", tarball], tmp),
        // esm-only: the package is ES modules only, so `require` from CommonJS (node10, node16-cjs)
        // is out of scope by design; every ESM resolution (node16 from ESM, bundler) must be clean.
        sh(bin("attw"), [tarball, "--profile", "esm-only", "--format", "ascii"], tmp),
      ]);
      // Both exit non-zero on any problem (which `sh` turns into a failure with their report).
      expect(publint).toContain("All good!");
      expect(attw).toContain('"@kith/core"');
    },
    CHILD_TIMEOUT,
  );

  it("ships the build alone, with its dependencies declared", async ({ expect }) => {
    const dir = join(project, "node_modules/@kith/core");
    const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as {
      exports: Record<string, unknown>;
      dependencies: Record<string, string>;
    };
    expect(manifest.exports).toEqual({
      ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
      "./package.json": "./package.json",
    });
    expect((await readdir(dir)).sort()).toEqual(["LICENSE", "README.md", "dist", "package.json"]);
    expect((await readdir(join(dir, "dist"))).sort()).toEqual([
      "index.d.ts",
      "index.js",
      "index.js.map",
    ]);
    // npm hoists, so an undeclared import could still resolve here: check the imports themselves.
    for (const file of ["index.js", "index.d.ts"]) {
      const text = await readFile(join(dir, "dist", file), "utf8");
      for (const [, specifier] of text.matchAll(
        /^(?:import|export)\b[^"']*["']([^"'./][^"']*)["']/gm,
      )) {
        const name = specifier!.startsWith("@")
          ? specifier!.split("/").slice(0, 2).join("/")
          : specifier!.split("/")[0]!;
        expect(Object.keys(manifest.dependencies), `${file} imports ${specifier}`).toContain(name);
      }
    }
  });

  it.for([
    ["the package's README", "README.md"],
    ["the repository's README", "../../README.md"],
  ] as const)(
    'runs %s "Use it from your app" example as written',
    { timeout: CHILD_TIMEOUT },
    async ([, readmePath], { expect }) => {
      const readme = await readFile(join(coreDir, readmePath), "utf8");
      const section = readme.split(/^## /m).find((s) => s.startsWith("Use it from your app"));
      expect(section, 'README has a "Use it from your app" section').toBeDefined();
      const blocks = [...section!.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({
        lang: m[1],
        code: m[2]!,
      }));
      expect(blocks.find((b) => b.lang === "sh")?.code.trim()).toBe("npm install @kith/core");
      const example = blocks.find((b) => b.lang === "js")!.code;
      const prints = blocks.find((b) => b.lang === "text")!.code;
      expect(
        example.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("import ")).length,
      ).toBeLessThanOrEqual(5);
      await writeFile(join(project, "readme-example.mjs"), example);
      expect(await sh(process.execPath, ["readme-example.mjs"], project)).toBe(prints);
    },
  );

  it(
    "builds a network, lists who is due and searches, from plain Node ESM",
    async ({ expect }) => {
      const out = await sh(process.execPath, ["consumer.mjs"], project);
      expect(JSON.parse(out)).toEqual(EXPECTED);
    },
    CHILD_TIMEOUT,
  );

  const resolutions = {
    Bundler: { module: "ESNext", moduleResolution: "Bundler", lib: ["ES2022", "DOM"], types: [] },
    NodeNext: {
      module: "NodeNext",
      moduleResolution: "NodeNext",
      lib: ["ES2022"],
      types: ["node"],
      // Node's own typings come from the workspace: the temp project installs only the tarball.
      typeRoots: [join(root, "node_modules/@types")],
    },
  };
  for (const [name, options] of Object.entries(resolutions)) {
    it(
      `type-checks a TypeScript consumer under moduleResolution ${name}`,
      async ({ expect }) => {
        const config = `tsconfig.${name.toLowerCase()}.json`;
        const compilerOptions = { ...STRICT, ...options };
        await writeFile(
          join(project, config),
          JSON.stringify({ compilerOptions, files: ["consumer.ts"] }),
        );
        const tsc = join(root, "node_modules/typescript/bin/tsc");
        const args = [tsc, "-p", config, "--pretty", "false", "--listFiles"];
        const files = await sh(process.execPath, args, project);
        // The types came from the tarball's build, not from anyone's sources.
        expect(files).toContain(join(project, "node_modules/@kith/core/dist/index.d.ts"));
        expect(files).not.toMatch(/@kith\/core\/src\//);
      },
      CHILD_TIMEOUT,
    );
  }

  it(
    "bundles for the browser with esbuild, without Node shims",
    async ({ expect }) => {
      const result = await build({
        absWorkingDir: project,
        entryPoints: ["consumer.ts"],
        bundle: true,
        platform: "browser",
        format: "iife",
        minify: true,
        write: false,
        logLevel: "silent",
      });
      // platform "browser" fails the build on any Node built-in, so success means none was needed.
      expect(result.errors).toEqual([]);
      expect(result.warnings).toEqual([]);
      const code = result.outputFiles[0]!.text;
      const bytes = Buffer.byteLength(code);
      const gzipped = gzipSync(code).length;
      console.log(
        `@kith/core browser bundle (esbuild, minified): ${bytes} bytes, ${gzipped} gzipped`,
      );
      expect(bytes).toBeLessThan(400_000);
      // Run it in a bare JavaScript context: no process, Buffer, require or other Node global.
      const lines: string[] = [];
      runInNewContext(code, { console: { log: (line: string) => lines.push(line) } });
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!)).toEqual(EXPECTED);
    },
    CHILD_TIMEOUT,
  );
});
