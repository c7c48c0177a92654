import { dueFollowUps, formatDayShort, parseDay, tellNamesakesApart, type FollowUp, type ShowName } from "@kith/core";
import { intOption, load, todayOf, vaultOf } from "../context";
import { count, pad, paint } from "../output";
import type { Command } from "./command";

export const due: Command = {
  name: "due",
  summary: "who to reach out to, and why",
  usage: "kith due [VAULT | --vault VAULT] [--today YYYY-MM-DD] [--within DAYS] [--json]",
  help: `Lists every follow-up due on or before today + DAYS (default: the configuration's horizon, 7),
sorted by due day, then urgency, then name, in three groups: overdue, due, upcoming. A name two
contacts share is followed by the note it is on: Sam Lee (Old/Sam Lee). A name longer than the
name column (28 characters) has a line of its own, the rest of its row on the next line.

Options:
  --vault VAULT        the folder of notes, the same as VAULT (default: the current folder)
  --today YYYY-MM-DD   the day to compute for (default: today's local date)
  --within DAYS        how many days ahead to look
  --json               print a JSON array: contact, path, reason, due, overdueDays, level, detail, sources`,
  options: { vault: { type: "string" }, today: { type: "string" }, within: { type: "string" }, json: { type: "boolean" } },
  maxPositionals: 1,
  run(io, { positionals, values }) {
    // Every option is checked before the vault is read: a usage error comes alone.
    const folder = vaultOf(io, positionals[0], values.vault as string | undefined);
    const today = todayOf(io, values.today as string | undefined);
    const asked = values.within === undefined ? undefined : intOption("within", values.within as string, 0);
    const { network, vault } = load(io, folder, { today });
    const within = asked ?? network.config.horizonDays;
    const list = dueFollowUps(network, { today, within });
    if (values.json === true) {
      io.out(JSON.stringify(list.map(toJson), null, 2));
      return 0;
    }
    if (network.contacts.size === 0) {
      // Nobody due because nobody is known: most likely the wrong folder, or notes Kith does not
      // see as people. "Your network is warm" would mislead.
      const { contactTypes, contactFolders, contactTags } = network.config;
      const where = [
        `notes with ${contactTypes.map((t) => `"type: ${t}"`).join(" or ")}`,
        ...(contactFolders.length > 0 ? [`notes in ${contactFolders.join(", ")}`] : []),
        ...(contactTags.length > 0 ? [`notes tagged ${contactTags.map((t) => `#${t}`).join(", ")}`] : []),
      ];
      io.out(
        `No contacts in ${vault.root} (${count(vault.notes.length, "note")} read). Kith's contacts are ${where.join(", ")}; the folders and tags are set in the plugin's settings (.obsidian/plugins/kith/data.json).`,
      );
      return 0;
    }
    io.out(renderDue(list, today, within, io.color, tellNamesakesApart(network)));
    return 0;
  },
};

function toJson(f: FollowUp) {
  return {
    contact: f.contact,
    path: f.path,
    reason: f.reason,
    due: f.due,
    overdueDays: f.overdueDays,
    level: f.level,
    detail: f.detail,
    sources: f.sources,
  };
}

/** The widest the name column gets, in characters. */
const NAME_WIDTH = 28;

const GROUPS = [
  { level: "overdue", title: "Overdue" },
  { level: "due", title: "Due" },
  { level: "upcoming", title: "Upcoming" },
] as const;

/**
 * The follow-ups as the terminal shows them, each name as `show` prints it (namesakes with their
 * note: see {@link tellNamesakesApart}).
 */
export function renderDue(
  list: readonly FollowUp[],
  today: string,
  within: number,
  color: boolean,
  show: ShowName = (name) => name,
): string {
  const p = paint(color);
  const who = (f: FollowUp) => show(f.contact, f.path);
  const t = parseDay(today) ?? 0;
  if (list.length === 0) {
    return `Nobody is due on or before ${formatDayShort(t + within, t)}. Your network is warm.`;
  }
  // The name column fits the longest name up to NAME_WIDTH; a longer name (a namesake shown with
  // its note deep in folders) goes on a line of its own, the rest of its row on the next line
  // under the other rows' columns, so the columns stay in line.
  const nameWidth = Math.min(NAME_WIDTH, Math.max(...list.map((f) => [...who(f)].length)));
  const lines: string[] = [];
  for (const group of GROUPS) {
    const rows = list.filter((f) => f.level === group.level);
    if (rows.length === 0) continue;
    const tint = group.level === "overdue" ? p.red : group.level === "due" ? p.yellow : p.cyan;
    lines.push(tint(p.bold(`${group.title} (${rows.length})`)));
    for (const f of rows) {
      const when =
        f.overdueDays > 0 ? `${f.overdueDays}d late` : f.overdueDays === 0 ? "today" : `in ${-f.overdueDays}d`;
      const name = who(f);
      const rest = `${pad(f.reason, 13)}  ${pad(formatDayShort(f.dueDay, t), 11)} ${pad(when, 9)}  ${p.dim(f.detail)}`;
      if ([...name].length > nameWidth) lines.push(`  ${name}`, `  ${pad("", nameWidth)}  ${rest}`);
      else lines.push(`  ${pad(name, nameWidth)}  ${rest}`);
    }
    lines.push("");
  }
  lines.push(p.dim(`${count(list.length, "follow-up")} through ${formatDayShort(t + within, t)}.`));
  return lines.join("\n");
}
