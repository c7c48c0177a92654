// A production bundle loaded as Obsidian loads main.js: CommonJS, with `obsidian` from the host
// (here the fake) and nothing else to require.
import { runInThisContext } from "node:vm";
import * as obsidian from "obsidian";
import { bundle } from "../scripts/bundle.mjs";

/** Bundles `entry` as the production build does and returns what it exports. */
export async function loadBundle(entry?: string): Promise<Record<string, unknown>> {
  const { code } = await bundle(entry === undefined ? {} : { entry });
  if (code === undefined) throw new Error("the bundle kept no code in memory");
  const module: { exports: Record<string, unknown> } = { exports: {} };
  const load = runInThisContext(`(function (module, exports, require) {\n${code}\n})`) as (
    module: unknown,
    exports: unknown,
    require: (id: string) => unknown,
  ) => void;
  load(module, module.exports, (id) => {
    if (id === "obsidian") return obsidian;
    throw new Error(`the bundle requires "${id}", which Obsidian does not provide`);
  });
  return module.exports;
}
