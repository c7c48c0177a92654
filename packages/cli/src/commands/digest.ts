import { renderDigestMarkdown, weeklyDigest } from "@kith/core";
import { load, todayOf, vaultOf } from "../context";
import type { Command } from "./command";

export const digest: Command = {
  name: "digest",
  summary: "the weekly review, as markdown",
  usage: "kith digest [VAULT | --vault VAULT] [--today YYYY-MM-DD]",
  help: `Prints the weekly review as markdown, ready to paste into a note: overdue follow-ups, what
falls due this week, ties going cold, asks waiting on someone, and people to tell about your
recent updates. A name two contacts share is followed by the note it is on, as kith due shows it:
[[Old/Sam Lee|Sam Lee (Old/Sam Lee)]].

Options:
  --vault VAULT        the folder of notes, the same as VAULT (default: the current folder)
  --today YYYY-MM-DD   the day to compute for (default: today's local date)`,
  options: { vault: { type: "string" }, today: { type: "string" } },
  maxPositionals: 1,
  run(io, { positionals, values }) {
    const folder = vaultOf(io, positionals[0], values.vault as string | undefined);
    const today = todayOf(io, values.today as string | undefined);
    const { network } = load(io, folder, { today });
    io.out(renderDigestMarkdown(weeklyDigest(network, { today })));
    return 0;
  },
};
