// Bumps the plugin's version in package.json, manifest.json and versions.json together:
//   pnpm --dir packages/obsidian-plugin version:set 0.2.0
import { fileURLToPath } from "node:url";
import { setVersion } from "./versions.mjs";

const version = process.argv[2];
if (version === undefined) {
  process.stderr.write("usage: version:set <version>, e.g. 0.2.0\n");
  process.exit(2);
}
await setVersion(fileURLToPath(new URL("..", import.meta.url)), version);
process.stdout.write(`kith plugin is now ${version}\n`);
