// @vitest-environment node
// The release is what a user copies into .obsidian/plugins/kith/: three files whose manifest
// agrees with package.json and versions.json.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";
import { describe, expect, it, onTestFinished } from "vitest";
import { setVersion, versionProblems } from "../scripts/versions.mjs";

const pluginDir = fileURLToPath(new URL("..", import.meta.url));
const json = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;

describe("the plugin release", () => {
  it("writes a folder and a zip with main.js, manifest.json and styles.css", () => {
    execFileSync(process.execPath, [join(pluginDir, "scripts/release.mjs")], { cwd: pluginDir });
    const version = json(join(pluginDir, "package.json")).version as string;
    const folder = join(pluginDir, `release/kith-${version}`);
    const manifest = json(join(folder, "manifest.json"));
    expect(manifest).toMatchObject({ id: "kith", name: "Kith", version, isDesktopOnly: false });
    expect(json(join(pluginDir, "versions.json"))[version]).toBe(manifest.minAppVersion);
    expect(readFileSync(join(folder, "main.js"), "utf8")).toContain("kith");
    const zip = unzipSync(readFileSync(join(pluginDir, `release/kith-${version}.zip`)));
    expect(Object.keys(zip).sort()).toEqual(["kith/main.js", "kith/manifest.json", "kith/styles.css"]);
  }, 120_000);

  it("keeps the three version numbers in step, and says when they are not", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kith-version-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    for (const name of ["package.json", "manifest.json", "versions.json"]) cpSync(join(pluginDir, name), join(dir, name));
    expect(await versionProblems(dir)).toEqual([]);
    await setVersion(dir, "0.2.0");
    expect(json(join(dir, "package.json")).version).toBe("0.2.0");
    expect(json(join(dir, "manifest.json")).version).toBe("0.2.0");
    expect(json(join(dir, "versions.json"))).toMatchObject({ "0.1.0": "1.7.2", "0.2.0": "1.7.2" });
    expect(await versionProblems(dir)).toEqual([]);
    const manifest = json(join(dir, "manifest.json"));
    cpSync(join(pluginDir, "manifest.json"), join(dir, "manifest.json"));
    expect(await versionProblems(dir)).toEqual([expect.stringContaining("manifest.json has version 0.1.0 but package.json has 0.2.0")]);
    expect(manifest.version).toBe("0.2.0");
    await expect(setVersion(dir, "next")).rejects.toThrow(/not a version/);
  });
});
