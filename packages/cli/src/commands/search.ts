import { search as searchNetwork } from "@kith/core";
import { intOption, load } from "../context";
import { UsageError } from "../errors";
import { pad, paint } from "../output";
import type { Command } from "./command";

export const search: Command = {
  name: "search",
  summary: "find people by name, alias, org, role or tag (fuzzy)",
  usage: "kith search QUERY [--vault VAULT] [--limit N] [--json]",
  help: `Fuzzy search over contacts' names, aliases, org, role and tags.

Options:
  --vault VAULT   the folder of notes (default: the current folder)
  --limit N       show at most N people (default 20)
  --json          print a JSON array: path, name, org, role, score (0 is best), field (name,
                  alias, org, role or tag: where the best match is) and match (how it matched)`,
  options: { vault: { type: "string" }, json: { type: "boolean" }, limit: { type: "string" } },
  minPositionals: 1,
  run(io, { positionals, values }) {
    const limit = intOption("limit", values.limit as string | undefined, 20, "people");
    if (limit === 0) throw new UsageError('--limit 0 would show nobody; give 1 or more, e.g. --limit 5');
    const { network } = load(io, values.vault as string | undefined);
    const hits = searchNetwork(network, positionals.join(" "), { limit });
    if (values.json === true) {
      io.out(JSON.stringify(hits, null, 2));
      return 0;
    }
    const p = paint(io.color);
    if (hits.length === 0) {
      io.out(`Nobody matches "${positionals.join(" ")}".`);
      return 0;
    }
    const width = Math.min(28, Math.max(...hits.map((h) => [...h.name].length)));
    for (const h of hits) {
      const at = [h.role, h.org].filter((x) => x !== undefined).join(" at ");
      io.out(`${pad(h.name, width)}  ${pad(at, 40)}  ${p.dim(h.path)}`);
    }
    return 0;
  },
};
