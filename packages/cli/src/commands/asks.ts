import { ASK_STATUSES, askNeeds, askNudge, formatDayShort, parseDay, tellNamesakesApart, type Ask, type AskDay } from "@kith/core";
import { load, todayOf, vaultOf } from "../context";
import { paint } from "../output";
import type { Command } from "./command";

export const asks: Command = {
  name: "asks",
  summary: "referral asks by status, with what each needs next",
  usage: "kith asks [VAULT | --vault VAULT] [--today YYYY-MM-DD] [--json]",
  help: `Lists your asks (referrals, intros, recommendations…) grouped by status, in pipeline order,
each with the person, what it is for, and what it needs next from you. A name two contacts
share is followed by the note it is on: Sam Lee (Old/Sam Lee).

An ask waiting for a reply says when to nudge as kith due lists the nudge on the same day:
"wait for a reply; nudge on 17 Nov if none comes" until askFollowUpDays (7 by default) have
passed since you asked, or since the last nudge you sent (an interaction with them that counts,
not inbound), or until a snooze of theirs ends; then "nudge now: no reply in 15 days".

Options:
  --vault VAULT        the folder of notes, the same as VAULT (default: the current folder)
  --today YYYY-MM-DD   the day the advice is for, and dates are shown from: "asked 3 Nov" this
                       year (default: today's local date)
  --json               print a JSON array: path, contact, contactPath, ask, for, org, status, dates
                       (askedOn, respondedOn, referredOn, closedOn: YYYY-MM-DD or null), thanked,
                       outcomeShared, needs (the advice, or null), and nudgeDue: the day kith due
                       lists its nudge (YYYY-MM-DD), or null for an ask waiting for no reply`,
  options: { vault: { type: "string" }, json: { type: "boolean" }, today: { type: "string" } },
  maxPositionals: 1,
  run(io, { positionals, values }) {
    const folder = vaultOf(io, positionals[0], values.vault as string | undefined);
    const todayText = todayOf(io, values.today as string | undefined);
    const { network } = load(io, folder, { today: todayText });
    const today = parseDay(todayText) ?? 0;
    const on: AskDay = { network, today };
    const list = [...network.asks.values()].sort(
      (a, b) => ASK_STATUSES.indexOf(a.status) - ASK_STATUSES.indexOf(b.status) || (a.path < b.path ? -1 : 1),
    );
    if (values.json === true) {
      io.out(JSON.stringify(list.map((a) => toJson(a, on)), null, 2));
      return 0;
    }
    if (list.length === 0) {
      io.out('No asks yet. An ask is a note with "type: ask"; see the README.');
      return 0;
    }
    const p = paint(io.color);
    const show = tellNamesakesApart(network);
    for (const status of ASK_STATUSES) {
      const group = list.filter((a) => a.status === status);
      if (group.length === 0) continue;
      io.out(p.bold(`${status} (${group.length})`));
      for (const a of group) {
        const who = a.asked === undefined ? "nobody named" : show(a.asked.name, a.asked.path);
        const what = [a.ask, a.for === undefined ? undefined : `for ${a.for}`, a.org === undefined ? undefined : `at ${a.org.name}`]
          .filter((x) => x !== undefined)
          .join(" ");
        const since = a.askedOn === undefined ? "" : p.dim(` (asked ${formatDayShort(a.askedOn, today)})`);
        const needs = askNeeds(a, on);
        io.out(`  ${who}: ${what}${since}${needs === undefined ? "" : ` — ${p.yellow(needs)}`}`);
      }
      io.out("");
    }
    return 0;
  },
};

const day = (d: number | undefined) => (d === undefined ? null : new Date(d * 86_400_000).toISOString().slice(0, 10));

function toJson(a: Ask, on: AskDay) {
  return {
    path: a.path,
    contact: a.asked?.name ?? null,
    contactPath: a.asked?.path ?? null,
    ask: a.ask,
    for: a.for ?? null,
    org: a.org?.name ?? null,
    status: a.status,
    askedOn: day(a.askedOn),
    respondedOn: day(a.respondedOn),
    referredOn: day(a.referredOn),
    closedOn: day(a.closedOn),
    thanked: a.thanked,
    outcomeShared: a.outcomeShared,
    needs: askNeeds(a, on) ?? null,
    nudgeDue: day(askNudge(a, on.network, on.today)?.due),
  };
}
