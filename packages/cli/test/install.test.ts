// @kith/cli as a stranger gets it: `pnpm pack` (which bundles it first, through `prepack`), then
// `npm install -g` of the tarball into a temp prefix, and the installed `kith` run as a command.
// Only `--help` and `due` are relied on; the other commands have tests of their own.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const exec = promisify(execFile);
const root = fileURLToPath(new URL("../../../", import.meta.url));
const cliDir = join(root, "packages/cli");
const vault = join(root, "test-consumers/vault");

// Generous: the machine may be busy with other suites. A child that outlives it is killed, so a
// timed-out test leaves nothing running.
const CHILD_TIMEOUT = 240_000;

/**
 * The environment without what pnpm passes to the scripts it runs (`npm_config_*`, …), which
 * would otherwise leak into npm (a `npm_config_prefix` would even move the install); registry and
 * proxy settings stay. No colour, so output can be compared.
 */
function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const keep = /^npm_config_(registry|cache|userconfig|.*proxy|strict_ssl|cafile|store_dir)$/i;
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm|pnpm)_/i.test(key) && !keep.test(key)) continue;
    if (key === "FORCE_COLOR") continue;
    env[key] = value;
  }
  return { ...env, NO_COLOR: "1", ...extra };
}

interface Run {
  readonly stdout: string;
  readonly stderr: string;
}

async function sh(
  file: string,
  args: readonly string[],
  cwd: string,
  env = cleanEnv(),
): Promise<Run> {
  try {
    const options = { cwd, env, maxBuffer: 32 * 1024 * 1024, timeout: CHILD_TIMEOUT };
    return await exec(file, args, options);
  } catch (error) {
    const e = error as { message: string; stdout?: string; stderr?: string };
    throw new Error(
      `${[file, ...args].join(" ")} failed in ${cwd}\n${e.stdout ?? ""}\n${e.stderr ?? e.message}`,
    );
  }
}

// What `kith due test-consumers/vault --today 2026-11-25` finds: one contact per group, and the
// RRULE cadence proves rrule works from the bundle.
const EXPECTED_DUE = [
  {
    contact: "Jane Doe",
    path: "People/Jane Doe.md",
    reason: "cadence",
    due: "2026-11-02",
    overdueDays: 23,
    level: "overdue",
    detail: "Monthly; last contact 2 Oct",
    sources: ["People/Jane Doe.md"],
  },
  {
    contact: "Sam Lee",
    path: "People/Sam Lee.md",
    reason: "cadence",
    due: "2026-11-25",
    overdueDays: 0,
    level: "due",
    detail: "Every 2 weeks; last contact 11 Nov",
    sources: ["People/Sam Lee.md"],
  },
  {
    contact: "Raj Patel",
    path: "People/Raj Patel.md",
    reason: "cadence",
    due: "2026-11-27",
    overdueDays: -2,
    level: "upcoming",
    detail: "Every week on Friday; last contact 20 Nov",
    sources: ["People/Raj Patel.md"],
  },
];

// Concurrent: each check is its own child process, and CI has two cores.
describe.concurrent("@kith/cli installed with npm install -g from its packed tarball", () => {
  let tmp: string;
  let tarball: string;
  let prefix: string;
  let kith: string;
  let home: string;

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), "kith-cli-install-"));
    await sh("pnpm", ["pack", "--pack-destination", tmp], cliDir);
    const packed = (await readdir(tmp)).filter((f) => f.endsWith(".tgz"));
    expect(packed).toHaveLength(1);
    tarball = join(tmp, packed[0]!);
    prefix = join(tmp, "prefix");
    const npmArgs = [
      "install",
      "-g",
      tarball,
      "--prefix",
      prefix,
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
    ];
    await sh("npm", [...npmArgs, "--loglevel=error"], tmp);
    kith = join(prefix, "bin", "kith");
    // A home with the fixture notes at ~/Notes, for the README's example.
    home = join(tmp, "home");
    await mkdir(home);
    await cp(vault, join(home, "Notes"), { recursive: true });
  }, CHILD_TIMEOUT);

  afterAll(async () => {
    if (tmp !== undefined) await rm(tmp, { recursive: true, force: true });
  });

  it(
    "installs the bundle alone: no runtime dependencies, nothing but bin and dist",
    async ({ expect }) => {
      const dir = join(prefix, "lib/node_modules/@kith/cli");
      const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as Record<
        string,
        unknown
      >;
      expect(manifest.bin).toEqual({ kith: "./bin/kith.js" });
      expect(manifest.dependencies).toBeUndefined();
      expect((await readdir(dir)).sort()).toEqual([
        "LICENSE",
        "README.md",
        "bin",
        "dist",
        "package.json",
      ]);
      expect(await readdir(join(dir, "dist"))).toEqual(["kith.js"]);
      const { stdout } = await sh(
        join(root, "node_modules/.bin/publint"),
        ["--strict", tarball],
        tmp,
      );
      expect(stdout).toContain("All good!");
    },
    CHILD_TIMEOUT,
  );

  it(
    "kith --help lists the commands",
    async ({ expect }) => {
      const { stdout, stderr } = await sh(kith, ["--help"], tmp);
      expect(stdout).toContain("Usage: kith <command> [options]");
      expect(stdout).toMatch(/^ {2}due +who to reach out to/m);
      expect(stderr).toBe("");
    },
    CHILD_TIMEOUT,
  );

  it(
    "kith due <folder> --today … --json lists who is due",
    async ({ expect }) => {
      const { stdout, stderr } = await sh(
        kith,
        ["due", vault, "--today", "2026-11-25", "--json"],
        tmp,
      );
      expect(JSON.parse(stdout)).toEqual(EXPECTED_DUE);
      expect(stderr).toBe("");
    },
    CHILD_TIMEOUT,
  );

  it(
    "kith due prints the groups a person reads",
    async ({ expect }) => {
      const { stdout } = await sh(kith, ["due", vault, "--today", "2026-11-25"], tmp);
      expect(stdout).toMatch(
        /^Overdue \(1\)\n {2}Jane Doe .*23d late .*Monthly; last contact 2 Oct$/m,
      );
      expect(stdout).toMatch(/^Due \(1\)\n {2}Sam Lee .*today/m);
      expect(stdout).toMatch(/^Upcoming \(1\)\n {2}Raj Patel .*in 2d/m);
      expect(stdout).toContain("3 follow-ups through 2 Dec.");
    },
    CHILD_TIMEOUT,
  );

  it(
    'runs the README\'s "Use it from your app" commands as written',
    async ({ expect }) => {
      const readme = await readFile(join(cliDir, "README.md"), "utf8");
      const section = readme.split(/^## /m).find((s) => s.startsWith("Use it from your app"));
      expect(section, 'README has a "Use it from your app" section').toBeDefined();
      const blocks = [...section!.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]!.trim());
      expect(blocks[0]).toBe("npm install -g @kith/cli");
      const lines = blocks[1]!.split("\n");
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.length).toBeLessThanOrEqual(5);
      // `kith` on the PATH as npm put it there, and ~/Notes the fixture notes.
      const PATH = [join(prefix, "bin"), dirname(process.execPath), process.env.PATH].join(
        delimiter,
      );
      const env = cleanEnv({ PATH, HOME: home });
      for (const line of lines) {
        const { stdout, stderr } = await sh("/bin/sh", ["-c", line], home, env);
        expect(stdout, line).not.toBe("");
        expect(stderr, line).toBe("");
        if (line.includes("--today 2026-11-25 --json"))
          expect(JSON.parse(stdout)).toEqual(EXPECTED_DUE);
      }
    },
    CHILD_TIMEOUT,
  );
});
