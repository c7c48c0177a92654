import type { Ask } from "./ask";
import { ASK_OUTCOMES, nudgeOf, thankOwedSince } from "./asks";
import { cadenceDays, nextDue } from "./cadence";
import type { Contact } from "./contact";
import {
  addDays,
  addMonths,
  calendarOfDay,
  dayFromCalendar,
  daysInMonth,
  formatDay,
  formatDayShort,
  parseDay,
  type Day,
} from "./day";
import type { Interaction } from "./interaction";
import { activityOf, cadenceOf, lastContactOf, lastContactVia, type Network } from "./network";
import type { Update } from "./update";

/** Why a follow-up is due, most urgent first (the order breaks ties between equal due days). */
export const FOLLOW_UP_REASONS = [
  "thank",
  "ask-follow-up",
  "close-loop",
  "next-step",
  "new-contact",
  "cadence",
  "share-update",
  "birthday",
] as const;
export type FollowUpReason = (typeof FOLLOW_UP_REASONS)[number];

/** `upcoming` before its due day, `due` from it, `overdue` once its grace has passed. */
export type FollowUpLevel = "upcoming" | "due" | "overdue";

export interface FollowUp {
  /** The contact's name. */
  readonly contact: string;
  /** The contact's note. */
  readonly path: string;
  readonly reason: FollowUpReason;
  /** `YYYY-MM-DD`. */
  readonly due: string;
  readonly dueDay: Day;
  /** today − due, in days: 0 on the due day, negative while upcoming. */
  readonly overdueDays: number;
  readonly level: FollowUpLevel;
  /** A sentence a person can act on: "Monthly; last contact 20 Oct (coffee)". */
  readonly detail: string;
  /** The notes it came from: the contact's, and the ask, interaction or update behind it. */
  readonly sources: readonly string[];
}

export interface FollowUpOptions {
  /** The user's calendar day, `YYYY-MM-DD` or a Day. Core never reads the clock. */
  readonly today: string | Day;
  /** Days ahead to include; default: the configuration's `horizonDays`. */
  readonly within?: number;
}

/** A programmer error: `today` must be a calendar day. */
export class InvalidDayError extends Error {
  constructor(value: unknown) {
    super(`today must be a calendar day (YYYY-MM-DD), got ${JSON.stringify(value)}`);
    this.name = "InvalidDayError";
  }
}

export function toDay(today: string | Day): Day {
  if (typeof today === "number") {
    if (!Number.isInteger(today)) throw new InvalidDayError(today);
    return today;
  }
  // A caller in plain JavaScript may pass a Date: it has no calendar day without a time zone.
  if (typeof today !== "string") throw new InvalidDayError(today);
  const d = parseDay(today);
  if (d === undefined) throw new InvalidDayError(today);
  return d;
}

/**
 * Days past the due day before a follow-up is overdue, for reasons without a cadence. A thank
 * or a nudge goes stale fast; an update can wait a week.
 */
const GRACE_DAYS: Readonly<Record<Exclude<FollowUpReason, "cadence">, number>> = {
  thank: 2,
  "ask-follow-up": 3,
  "close-loop": 3,
  "next-step": 0,
  "new-contact": 3,
  "share-update": 7,
  birthday: 0,
};

const URGENCY: Readonly<Record<FollowUpReason, number>> = Object.fromEntries(
  FOLLOW_UP_REASONS.map((r, i) => [r, i]),
) as Record<FollowUpReason, number>;

/** Due day, then urgency, then name, then path: the order of every list of follow-ups. */
export function compareFollowUps(a: FollowUp, b: FollowUp): number {
  return (
    a.dueDay - b.dueDay ||
    URGENCY[a.reason] - URGENCY[b.reason] ||
    (a.contact < b.contact ? -1 : a.contact > b.contact ? 1 : 0) ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    (a.detail < b.detail ? -1 : a.detail > b.detail ? 1 : 0)
  );
}

/**
 * Every follow-up due on or before `today + within`, sorted by due day, then urgency, then name.
 *
 * @example
 * dueFollowUps(network, { today: "2026-11-25", within: 7 }).map((f) => `${f.contact}: ${f.reason}`)
 */
export function dueFollowUps(network: Network, options: FollowUpOptions): FollowUp[] {
  const today = toDay(options.today);
  const within = options.within ?? network.config.horizonDays;
  const until = today + within;
  const out: FollowUp[] = [];
  const updates = recentUpdates(network, today);
  for (const path of network.contacts.keys()) {
    for (const f of followUpsOf(network, path, today, updates, until)) out.push(f);
  }
  return out.sort(compareFollowUps);
}

/** Updates within the sharing window, oldest first. */
export function recentUpdates(network: Network, today: Day): readonly Update[] {
  const from = today - network.config.updateWindowDays;
  const out: Update[] = [];
  for (const u of network.updates.values()) {
    if (u.date !== undefined && u.date >= from && u.date <= today) out.push(u);
  }
  return out.sort((a, b) => (a.date ?? 0) - (b.date ?? 0) || (a.path < b.path ? -1 : 1));
}

/**
 * One contact's follow-ups due on or before `until` (by default all of them, whatever their due
 * day). `updates` are the recent updates (see {@link recentUpdates}), computed once per list.
 */
export function followUpsOf(
  network: Network,
  contactPath: string,
  today: Day,
  updates: readonly Update[] = recentUpdates(network, today),
  until: Day = Number.POSITIVE_INFINITY,
): FollowUp[] {
  const contact = network.contacts.get(contactPath);
  if (contact === undefined) return [];
  const config = network.config;
  const activity = activityOf(network, contactPath);
  const out: FollowUp[] = [];
  // Whether a follow-up due on `due` is within the horizon, checked before its text is made: in
  // most networks most rows are not.
  const snoozeUntil = contact.snoozeUntil ?? Number.NEGATIVE_INFINITY;
  const fits = (due: Day): boolean => Math.max(due, snoozeUntil) <= until;
  const add = (reason: FollowUpReason, due: Day, detail: string, sources: readonly string[], grace: number) => {
    // A snooze moves every follow-up of the contact to that day at the earliest.
    const moved = contact.snoozeUntil !== undefined && contact.snoozeUntil > due ? contact.snoozeUntil : due;
    const snoozed = moved !== due ? `; snoozed until ${formatDayShort(moved, today)}` : "";
    const overdueDays = today - moved;
    out.push({
      contact: contact.name,
      path: contact.path,
      reason,
      due: formatDay(moved),
      dueDay: moved,
      overdueDays,
      level: overdueDays < 0 ? "upcoming" : overdueDays > grace ? "overdue" : "due",
      detail: detail + snoozed,
      sources: sources[0] === contact.path ? sources : [contact.path].concat(sources),
    });
  };

  for (const ask of activity.asks) askFollowUps(ask, today, add, fits, config, activity.interactions);

  const last = lastContactOf(network, contactPath, today);
  const counting = config.countingKinds;

  // next-step: on the contact note, met by a counting interaction on or after its due day; on
  // their latest interaction, open by definition (a later interaction would be the latest). A
  // give note meets either as an interaction would: DESIGN's give is an interaction with `gave`
  // or a give note, and an intro sent is the step done.
  let lastGive = Number.NEGATIVE_INFINITY;
  for (const g of activity.gives) if (g.source === "give" && g.date <= today && g.date > lastGive) lastGive = g.date;
  if (contact.nextStepDue !== undefined) {
    const due = contact.nextStepDue;
    const met =
      lastGive >= due || activity.interactions.some((i) => i.date >= due && i.date <= today && counting.includes(i.kind));
    if (!met && fits(due)) {
      add("next-step", due, `Next step: ${contact.nextStep ?? "see the note"}`, [contact.path], GRACE_DAYS["next-step"]);
    }
  }
  for (const i of openNextSteps(activity.interactions, today, counting)) {
    if (i.nextStepDue === undefined || !fits(i.nextStepDue) || lastGive > i.date) continue;
    // The same step copied onto the contact note is listed once.
    if (i.nextStepDue === contact.nextStepDue && (i.nextStep === contact.nextStep || contact.nextStep === undefined)) continue;
    add(
      "next-step",
      i.nextStepDue,
      `Next step from ${describeInteraction(i, today)}: ${i.nextStep ?? "see the note"}`,
      [i.path],
      GRACE_DAYS["next-step"],
    );
  }

  // new-contact: a few days after meeting, while the meeting is recent, unless already followed up.
  if (contact.met !== undefined && today - contact.met <= config.newContactWindowDays && contact.met <= today) {
    const met = contact.met;
    // `last` is the latest contact up to today that counts: an interaction, a give, last_contact.
    // A last_contact after today is no follow-up yet (datesAhead tells the user), as for the cadence.
    const followedUp = last !== undefined && last.day > met;
    if (!followedUp && fits(addDays(met, config.newContactDays))) {
      const where = contact.metAt === undefined ? "" : ` at ${contact.metAt.name}`;
      add(
        "new-contact",
        addDays(met, config.newContactDays),
        `Met ${formatDayShort(met, today)}${where}: follow up while it is fresh`,
        [contact.path],
        GRACE_DAYS["new-contact"],
      );
    }
  }

  // cadence: from the last contact, else from when you met, else from the note's creation.
  const inForce = cadenceOf(config, contact);
  if (inForce !== undefined && inForce.cadence.kind !== "none") {
    const from = last?.day ?? contact.met ?? contact.created;
    if (from !== undefined) {
      const due = nextDue(inForce.cadence, from);
      if (due !== undefined && fits(due)) {
        const period = cadenceDays(inForce.cadence) ?? 0;
        const since =
          last === undefined
            ? contact.met !== undefined
              ? `no contact yet; met ${formatDayShort(contact.met, today)}`
              : `no contact yet; note created ${formatDayShort(from, today)}`
            : `last contact ${formatDayShort(last.day, today)}${lastContactVia(last)}`;
        const why =
          inForce.from === "note"
            ? ""
            : ` (default for ${inForce.from === "relationship" ? contact.relationship ?? "" : `#${inForce.tag ?? "tag"}`})`;
        add(
          "cadence",
          due,
          `${inForce.cadence.text}${why}; ${since}`,
          last?.via === undefined ? [contact.path] : [last.via.path],
          Math.round(period * config.tolerance),
        );
      }
    }
  }

  // share-update: a recent update whose audience includes them, and who has not been told.
  for (const u of updates) {
    if (u.date === undefined || !fits(u.date) || !inAudience(u, contact)) continue;
    if (u.told.some((t) => t.path === contact.path)) continue;
    add("share-update", u.date, `Tell them: ${u.title} (${formatDayShort(u.date, today)})`, [u.path], GRACE_DAYS["share-update"]);
  }

  // birthday: on the day; contact from when it shows in the list (the horizon before it) on
  // settles it, as Done logs: the wishes sent, or the call made that week.
  if (config.birthdays && contact.birthday !== undefined) {
    const b = contact.birthday;
    const year = calendarOfDay(today).year;
    const on = (y: number) => dayFromCalendar(y, b.month, Math.min(b.day, daysInMonth(y, b.month)));
    const thisYear = on(year);
    // The next birthday; or, while a snooze that outlasts it holds, the last one: the snooze moved
    // it to its own last day (as every follow-up), where it stays until that day is over. Only one
    // a month past at most, as a snooze from the list (a day, a week, a month) may have held it:
    // the note does not say when the snooze was set, and last January's is no wish to send now.
    const snooze = contact.snoozeUntil;
    let next = thisYear >= today ? thisYear : on(year + 1);
    const lastBirthday = thisYear < today ? thisYear : on(year - 1);
    if (snooze !== undefined && snooze >= today && next > snooze && lastBirthday >= addMonths(today, -1)) next = lastBirthday;
    // A year of birth after the birthday (a typo: datesAhead tells it) gives no age.
    const age = calendarOfDay(next).year - (b.year ?? Infinity);
    const turns = age > 0 ? ` (turns ${age})` : "";
    const wished = last !== undefined && last.day >= next - config.horizonDays;
    if (!wished && fits(next)) add("birthday", next, `Birthday on ${formatDayShort(next, today)}${turns}`, [contact.path], GRACE_DAYS.birthday);
  }
  return out;
}

type Add = (reason: FollowUpReason, due: Day, detail: string, sources: readonly string[], grace: number) => void;

function askFollowUps(
  ask: Ask,
  today: Day,
  add: Add,
  fits: (due: Day) => boolean,
  config: Network["config"],
  interactions: readonly Interaction[],
): void {
  const what = askLabel(ask);
  // thank: once they agreed or referred (and at any later step, withdrawn too), until `thanked`
  // is true. An ask that went on past "agreed" without a referred_on (an intro, or a referral
  // whose date was not noted) still owes the thank-you for agreeing.
  const thankFrom = thankOwedSince(ask);
  if (thankFrom !== undefined && fits(addDays(thankFrom, config.thankAfterDays))) {
    const did = ask.referredOn !== undefined ? "referred you" : "agreed to help";
    add(
      "thank",
      addDays(thankFrom, config.thankAfterDays),
      `Thank them: ${did} (${what}) on ${formatDayShort(thankFrom, today)}`,
      [ask.path],
      GRACE_DAYS.thank,
    );
  }
  // A nudge already sent starts the wait again; a message from them leaves the nudge due (as
  // `kith asks` says it: see nudgeOf).
  const nudge = nudgeOf(ask, interactions, today, config);
  if (nudge !== undefined && fits(nudge.due)) {
    const since = nudge.nudged === undefined ? "" : `; last nudged ${formatDayShort(nudge.nudged, today)}`;
    add(
      "ask-follow-up",
      nudge.due,
      `No reply yet to your ${what}, asked ${formatDayShort(ask.askedOn as Day, today)}${since}: nudge politely`,
      [ask.path],
      GRACE_DAYS["ask-follow-up"],
    );
  }
  if (
    ASK_OUTCOMES.includes(ask.status) &&
    !ask.outcomeShared &&
    ask.closedOn !== undefined &&
    // An offer, a hire or a rejection came through them, asked_on noted or not; an ask withdrawn
    // without ever being asked was only an idea, with no loop to close.
    (ask.askedOn !== undefined || ask.status !== "withdrawn") &&
    fits(addDays(ask.closedOn, config.closeLoopDays))
  ) {
    add(
      "close-loop",
      addDays(ask.closedOn, config.closeLoopDays),
      `Close the loop: tell them it ended "${ask.status}" (${what})`,
      [ask.path],
      GRACE_DAYS["close-loop"],
    );
  }
}

function askLabel(ask: Ask): string {
  const parts = [`${ask.ask} ask`];
  if (ask.for !== undefined) parts.push(`for ${ask.for}`);
  if (ask.org !== undefined) parts.push(`at ${ask.org.name}`);
  return parts.join(" ");
}

/**
 * Whether a contact is in an update's audience: by relationship, or by a tag, nested ones too
 * (`work/acme` is in an audience of `work`, as Obsidian's tag search matches).
 */
export function inAudience(u: Update, contact: Contact): boolean {
  if (u.audience.length === 0) return false;
  if (contact.relationship !== undefined && u.audience.includes(contact.relationship)) return true;
  return contact.tags.some((t) => tagInAudience(t, u.audience));
}

/** Whether a tag is one of an audience's or nested under one. */
export const tagInAudience = (tag: string, audience: readonly string[]): boolean =>
  audience.some((a) => tag === a || tag.startsWith(`${a}/`));

/**
 * The interactions whose next step is still open: the latest interaction that counts, and any
 * later ones that do not (seeing someone in a crowd at an event settles nothing).
 */
function openNextSteps(
  interactions: readonly Interaction[],
  today: Day,
  counting: readonly Interaction["kind"][],
): Interaction[] {
  const out: Interaction[] = [];
  // Newest first; those in the future have not happened yet.
  for (const i of interactions) {
    if (i.date > today) continue;
    out.push(i);
    if (counting.includes(i.kind)) break;
  }
  return out;
}

function describeInteraction(i: Interaction, today: Day): string {
  return `${i.kind} on ${formatDayShort(i.date, today)}`;
}
