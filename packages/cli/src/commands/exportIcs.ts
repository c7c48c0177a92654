import ical, { ICalCalendarMethod, ICalEventBusyStatus, ICalEventTransparency } from "ical-generator";
import { addDays, dayToUtcDate, dueFollowUps, formatDayShort, parseDay, tellNamesakesApart, type FollowUp, type ShowName } from "@kith/core";
import { intOption, load, todayOf, vaultOf } from "../context";
import { UsageError } from "../errors";
import { count } from "../output";
import type { Command } from "./command";

export const exportIcs: Command = {
  name: "export",
  summary: "export follow-ups as an iCalendar feed (kith export ics)",
  usage: "kith export ics [VAULT | --vault VAULT] [--today YYYY-MM-DD] [--within DAYS] > follow-ups.ics",
  help: `Writes one all-day event per follow-up to stdout, as iCalendar (RFC 5545). A name two
contacts share is followed by the note it is on: "Sam Lee (Old/Sam Lee): cadence".

Events rather than to-dos: every calendar app shows all-day events, while VTODO support is
patchy (Google Calendar ignores it). Each event's UID is stable — it depends on the person,
the reason and the note behind it, not on the day — so a calendar that subscribes to the file
updates an event when its due day moves instead of adding a duplicate. An overdue follow-up is
shown on today, not on a day gone by, its summary saying when it fell due: "Jo: cadence (due
10 Oct)". Events are free time, not busy.

Options:
  --vault VAULT        the folder of notes, the same as VAULT (default: the current folder)
  --today YYYY-MM-DD   the day to compute for (default: today's local date)
  --within DAYS        how many days ahead (default 30)`,
  options: { vault: { type: "string" }, today: { type: "string" }, within: { type: "string" } },
  minPositionals: 1,
  maxPositionals: 2,
  run(io, { positionals, values }) {
    if (positionals[0] !== "ics") throw new UsageError(`unknown export format "${positionals[0] ?? ""}"; try "kith export ics"`);
    const folder = vaultOf(io, positionals[1], values.vault as string | undefined);
    const today = todayOf(io, values.today as string | undefined);
    const within = intOption("within", values.within as string | undefined, 30);
    const { network, vault } = load(io, folder, { today });
    // The calendar stays on stdout, valid and empty; but a feed that empties a subscribed
    // calendar because the export ran in the wrong folder should not go without a word.
    if (network.contacts.size === 0) {
      io.err(`No contacts in ${vault.root} (${count(vault.notes.length, "note")} read); the calendar is empty. Run "kith due" there to see what Kith counts as a contact.`);
    }
    // RFC 5545 ends every line with CRLF, the last one too. io.out ends what it prints with LF:
    // give it the text without that LF, so the CR before it completes the last CRLF.
    io.out(followUpsToIcs(dueFollowUps(network, { today, within }), today, tellNamesakesApart(network)).replace(/\n$/, ""));
    return 0;
  },
};

/** FNV-1a, 32 bits: a short stable id from text (not for security). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/**
 * A follow-up's identity across days: who and why, plus the ask, update or interaction behind it
 * where there can be several. A cadence follow-up keeps its UID when a new interaction moves it.
 */
function followUpUid(f: FollowUp): string {
  const perPerson = f.reason === "cadence" || f.reason === "new-contact" || f.reason === "birthday";
  const identity = perPerson ? [f.path, f.reason] : [f.path, f.reason, ...f.sources];
  return `kith-${f.reason}-${hash(identity.join("\n"))}@kith.local`;
}

/**
 * The iCalendar text for a list of follow-ups, reproducible for a given `today`; each summary names
 * the person as `show` prints them.
 */
function followUpsToIcs(list: readonly FollowUp[], today: string, show: ShowName): string {
  const calendar = ical({
    name: "Kith follow-ups",
    prodId: { company: "Kith", product: "kith", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
  });
  const todayDay = parseDay(today) ?? 0;
  for (const f of list) {
    // An overdue follow-up is shown on today, where a calendar is looked at, not back on its due
    // day, which nobody scrolls to: the summary keeps the day it fell due. Its UID is the same,
    // so each day's feed moves it rather than adding one.
    const day = Math.max(f.dueDay, todayDay);
    const late = f.dueDay < todayDay ? ` (due ${formatDayShort(f.dueDay, todayDay)})` : "";
    calendar.createEvent({
      id: followUpUid(f),
      start: dayToUtcDate(day),
      // RFC 5545 lets a one-day event leave DTEND out (§3.6.1), but calendar apps write it
      // themselves, and an event with it reads as one day in every one of them.
      end: dayToUtcDate(addDays(day, 1)),
      allDay: true,
      // Free, not busy: the default (OPAQUE) would block the whole day for anyone booking a
      // meeting once the file is imported into one's own calendar. Outlook reads its own key.
      transparency: ICalEventTransparency.TRANSPARENT,
      busystatus: ICalEventBusyStatus.FREE,
      stamp: dayToUtcDate(todayDay),
      summary: `${show(f.contact, f.path)}: ${f.reason.replace("-", " ")}${late}`,
      description: `${f.detail}\n\nNote: ${f.path}`,
    });
  }
  // ical-generator ends the last line without its CRLF.
  return calendar.toString().replace(/(?:\r\n)?$/, "\r\n");
}
