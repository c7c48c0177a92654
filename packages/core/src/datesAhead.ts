// Days after today where only a day gone by makes sense: the last time you were in touch, the day
// you met, a log line of what happened. The follow-up engine counts such a day only once it has
// come, so a typo (2062 for 2026) would silently keep a person off the list, or on it although
// you just spoke: the user is told instead. Only a reader that knows today can say so, which a
// note's own diagnostics never do (reading a note does not depend on the day).
import { compareDiagnostics, type Diagnostic } from "./diagnostic";
import { dayFromCalendar, formatDay, type Day } from "./day";
import { toDay } from "./followUps";
import { writtenKey } from "./frontmatter";
import type { Network } from "./network";

/**
 * Warnings, sorted, for each `last_contact`, `met`, year of `birthday` and body log line dated
 * after `today`.
 * Interaction notes may be dated ahead (a meeting prepared in advance) and are not reported.
 *
 * @example datesAhead(network, "2026-11-25")[0]?.message
 * // "last_contact 2062-11-20 is after today (2026-11-25), so it counts only from then; write …"
 */
export function datesAhead(network: Network, today: string | Day): readonly Diagnostic[] {
  const day = toDay(today);
  const { config } = network;
  const later = "so it counts only from then; ";
  const planned = `put what is planned in ${writtenKey(config, "nextStep")} and ${writtenKey(config, "nextStepDue")}`;
  const out: Diagnostic[] = [];
  /** `what` is the key, or (for a log line) undefined and `line` says which. */
  const warn = (path: string, key: string | undefined, date: Day, fix: string, line?: number): void => {
    const value = formatDay(date);
    const what = key === undefined ? `line ${line} under "${config.logHeading}" (${value})` : `${key} ${value}`;
    out.push({
      path,
      severity: "warning",
      ...(key === undefined ? {} : { key }),
      value,
      message: `${what} is after today (${formatDay(day)}), ${fix}`,
    });
  };
  for (const c of network.contacts.values()) {
    if (c.lastContact !== undefined && c.lastContact > day) {
      warn(c.path, c.keys.lastContact ?? "last_contact", c.lastContact, `${later}write the last day you were in touch, and ${planned}`);
    }
    if (c.met !== undefined && c.met > day) warn(c.path, c.keys.met ?? "met", c.met, `${later}write the day you met`);
    const born = c.birthday?.year === undefined ? undefined : dayFromCalendar(c.birthday.year, c.birthday.month, c.birthday.day);
    if (born !== undefined && born > day) {
      warn(c.path, c.keys.birthday ?? "birthday", born, "so no age can be told; write the year they were born, or --MM-DD without it");
    }
  }
  // A log line is in its own contact's activity, newest first: the lines after today come first
  // there. Walked per contact rather than over every interaction of the network, as the plugin's
  // view counts these notes again on each change of a note.
  for (const [path, activity] of network.activity) {
    for (const i of activity.interactions) {
      if (i.date <= day) break;
      if (i.source === "log" && i.path === path) {
        warn(i.path, undefined, i.date, `${later}log what has happened, and ${planned}`, i.line);
      }
    }
  }
  return out.sort(compareDiagnostics);
}
