// The plugin's version lives in three files: package.json (the workspace), manifest.json (what
// Obsidian reads) and versions.json (plugin version → lowest Obsidian version it runs on).
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const read = async (dir, name) => JSON.parse(await readFile(join(dir, name), "utf8"));

/** What disagrees between the three files; empty when they are in step. */
export async function versionProblems(dir) {
  const pkg = await read(dir, "package.json");
  const manifest = await read(dir, "manifest.json");
  const versions = await read(dir, "versions.json");
  const problems = [];
  if (pkg.version !== manifest.version) {
    problems.push(`manifest.json has version ${manifest.version} but package.json has ${pkg.version}`);
  }
  if (versions[manifest.version] !== manifest.minAppVersion) {
    problems.push(
      `versions.json maps ${manifest.version} to ${versions[manifest.version] ?? "nothing"}, but manifest.json's minAppVersion is ${manifest.minAppVersion}`,
    );
  }
  return problems;
}

/** Sets the version in all three files (and records the minAppVersion for it). */
export async function setVersion(dir, version) {
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`"${version}" is not a version like 1.2.3`);
  const pkg = await read(dir, "package.json");
  const manifest = await read(dir, "manifest.json");
  const versions = await read(dir, "versions.json");
  pkg.version = version;
  manifest.version = version;
  versions[version] = manifest.minAppVersion;
  const write = (name, data, indent) => writeFile(join(dir, name), `${JSON.stringify(data, null, indent)}\n`);
  await write("package.json", pkg, 2);
  await write("manifest.json", manifest, 2);
  await write("versions.json", versions, 2);
}
