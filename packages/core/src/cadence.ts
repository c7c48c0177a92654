/**
 * Cadences: how often to be in touch with someone. See DESIGN.md, "Cadences".
 *
 * Two meanings, kept apart:
 * - an **interval** cadence (`monthly`, `every 3 months`, `2w`, `P1Y6M`, an RRULE without any
 *   BYxxx part) runs from the last contact by calendar arithmetic that clamps to the month's end;
 * - a **calendar** cadence (an RRULE with BYxxx parts or a DTSTART, or English such as `every
 *   month on the first Monday`) falls on the rule's dates.
 *
 * Canonical printed forms ({@link formatCadence}):
 * - `none`;
 * - an interval in one unit: `daily`, `weekly`, `monthly` or `yearly` for 1 of it, else
 *   `every N days|weeks|months|years` (so `fortnightly` prints `every 2 weeks`, `quarterly`
 *   `every 3 months`, `14d` `every 14 days`: units are kept as written, never converted);
 * - an interval in several units: the ISO-8601 duration, `P1Y6M`, `P1M2W` (the only form that
 *   can say it);
 * - a calendar rule: its parts in the fixed order FREQ, INTERVAL (omitted when 1), BYMONTH,
 *   BYWEEKNO, BYYEARDAY, BYMONTHDAY, BYDAY, BYSETPOS, WKST (omitted when MO), COUNT, UNTIL, with
 *   sorted lists and no `+` signs: `FREQ=MONTHLY;BYDAY=1MO`; with a start, the two lines of
 *   RFC 5545: `DTSTART:20260105\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO`.
 *
 * Decisions beyond the design:
 * - `never` means `none`; `-` is not accepted (in YAML a lone `-` is a list, not a string).
 * - `3m` means three months: a cadence is never in minutes. `PT…` durations and FREQ=HOURLY,
 *   MINUTELY or SECONDLY are refused, as are BYHOUR, BYMINUTE and BYSECOND: a cadence is in days.
 * - A bare number (`30`) is refused with a hint to say the unit.
 * - Numbers are whole, from 1 to 10,000 (an ISO part may be 0 when another is not).
 * - A DTSTART makes a rule a calendar cadence even without BYxxx parts: it pins the rule's dates
 *   (`DTSTART:20260105` + `FREQ=WEEKLY;INTERVAL=2` is every other Monday from 5 January 2026).
 *   Its time and time zone are dropped: the date is taken as written.
 * - COUNT needs a DTSTART to count from, and UNTIL needs a BYxxx part or a DTSTART: without them a
 *   rule runs from the last contact, which moves, so they would mean nothing.
 * - A MONTHLY or YEARLY rule without DTSTART must say the day (BYMONTHDAY, BYDAY, BYYEARDAY or
 *   BYWEEKNO): otherwise RFC 5545 takes the day from DTSTART, here the last contact, so
 *   `FREQ=YEARLY;BYMONTH=2` after a contact on 30 January would wait for a 30 February.
 * - A rule that never falls on a day (`BYMONTH=2;BYMONTHDAY=30`) is refused. So is one with an
 *   INTERVAL above 1 whose BYxxx parts may leave a period empty (`FREQ=DAILY;INTERVAL=7;BYDAY=MO`
 *   never falls from a Tuesday; `FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=31` could skip every 31st);
 *   BYSETPOS goes with MONTHLY or YEARLY only. rrule cannot bound a search, so these guards are
 *   what keep `nextDue` from walking to the year 9999 (see `neverFalls`).
 * - English is read by rrule's parser, but only when every word is one it knows and none is left
 *   over (rrule silently drops what it cannot read: "every year on Christmas" would be yearly). `every other week` means every 2 weeks; number words up to twelve are read; `until`
 *   and `for N times` are refused with a hint to write UNTIL or DTSTART + COUNT.
 */
import * as rruleModule from "rrule";
import type { Options } from "rrule";
import {
  addMonths,
  calendarOfDay,
  dayFromCalendar,
  dayToUtcDate,
  dayFromUtcDate,
  daysInMonth,
  formatDay,
  type Day,
} from "./day";
import { fail, ok, type Result } from "./result";

// rrule's package.json has `main` (a UMD bundle) and `module` (ESM) but no `exports`. esbuild,
// Vite and vitest give named exports whichever build they pick; Node's own ESM loader (core
// published unbundled) loads the UMD as CommonJS, cannot detect its exports and offers only
// `default`. Take whichever is there: `Reflect.get`, not `.default`, which esbuild warns the ESM
// build does not have.
type RRuleModule = typeof rruleModule;
const commonJsDefault: unknown = Reflect.get(rruleModule, "default");
const rrule = "RRule" in rruleModule ? rruleModule : (commonJsDefault as RRuleModule);
const { RRule, Weekday } = rrule;

export type Cadence =
  | { readonly kind: "none"; readonly text: string }
  | {
      readonly kind: "interval";
      readonly years: number;
      readonly months: number;
      readonly weeks: number;
      readonly days: number;
      readonly text: string;
    }
  | { readonly kind: "calendar"; readonly rule: string; readonly text: string };

type Interval = Extract<Cadence, { kind: "interval" }>;
type Amounts = Pick<Interval, "years" | "months" | "weeks" | "days">;

// ---------------------------------------------------------------------------------------------
// Parsing

const HINT = `try "every 2 weeks", "monthly", "3mo", "P2W" or an RRULE such as "FREQ=MONTHLY;BYDAY=1MO"`;
const MAX_AMOUNT = 10_000;
const MAX_INPUT = 500;
const CACHE_LIMIT = 10_000;

const quote = (input: string): string =>
  JSON.stringify(input.length > 80 ? `${input.slice(0, 79)}…` : input);
const notACadence = (input: string, reason?: string): Result<never> =>
  fail(
    reason === undefined
      ? `${quote(input)} is not a cadence; ${HINT}`
      : `${quote(input)} is not a cadence: ${reason}`,
  );

const IN_DAYS = "a cadence is in days or longer";

const parsed = new Map<string, Result<Cadence>>();

/**
 * Reads a cadence in any form of the design, case-insensitively. On failure `issues[0]` starts
 * with the quoted input and says what would work; the caller prefixes the file and the key.
 * Results are cached by the raw string (one parse per distinct value across a vault).
 *
 * @example parseCadence("Every 3 months") // { ok: true, value: { kind: "interval", months: 3, text: "Every 3 months", … } }
 * @example parseCadence("every fortnite") // { ok: false, issues: ['"every fortnite" is not a cadence; try "every 2 weeks", …'] }
 */
export function parseCadence(input: string): Result<Cadence> {
  const cached = parsed.get(input);
  if (cached !== undefined) return cached;
  const result = parseUncached(input);
  if (parsed.size >= CACHE_LIMIT) parsed.clear();
  parsed.set(input, result);
  return result;
}

function parseUncached(input: string): Result<Cadence> {
  const trimmed = input.trim();
  if (trimmed === "") return notACadence(input);
  if (trimmed.length > MAX_INPUT) return notACadence(input, "it is too long");
  // English never has "=": anything with one is meant as an RFC 5545 rule.
  if (/^(?:RRULE:|DTSTART)/i.test(trimmed) || trimmed.includes("="))
    return fromRule(input, parseRuleText(trimmed));
  // "Bi-weekly" is "biweekly"; "once a month", "each month" and "once every 2 weeks" are "every …";
  // "weekly on Monday" and "biweekly on Friday" are rrule's "every week on …", "every 2 weeks on …".
  const text = trimmed
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/\.$/, "")
    .replace(/^(bi|semi)[- ]/, "$1")
    .replace(/^(?:each|once (?:an?|every)) /, "every ")
    .replace(/^biweekly on /, "every 2 weeks on ")
    .replace(/^(week|month|year)ly on /, "every $1 on ");
  if (text === "none" || text === "never") return ok(NONE);
  const keyword = KEYWORDS.get(text);
  if (keyword !== undefined) return ok(interval(keyword));
  if (text === "bimonthly") {
    return notACadence(input, 'it means every 2 months to some and twice a month to others; write "every 2 months" or "every 2 weeks"');
  }
  if (/^[+-]?p[\d.,]/.test(text) || /^[+-]?pt/.test(text))
    return fromAmounts(input, parseIso(text));
  const short = /^([+-]?[\d.,]+) ?(d|w|m|mo|y)$/.exec(text);
  if (short !== null)
    return fromAmounts(input, unitAmounts(short[1] ?? "", UNITS.get(short[2] ?? "")));
  const words = englishWords(text);
  const perPeriod = /^(?:(\d+) times|twice) (?:a|per|each) (week|month|year)$/.exec(words.join(" "));
  if (perPeriod !== null) {
    return timesPer(input, Number(perPeriod[1] ?? 2), perPeriod[2] as "week" | "month" | "year");
  }
  const every = /^(?:(every) )?(?:(\S+) )?(\S+)$/.exec(words.join(" "));
  const everyUnit = UNITS.get(every?.[3] ?? "");
  if (
    every !== null &&
    everyUnit !== undefined &&
    (every[1] !== undefined || every[2] !== undefined)
  ) {
    return fromAmounts(input, unitAmounts(every[2] ?? "1", everyUnit));
  }
  if (/^[+-]?\d+(?:[.,]\d+)?$/.test(text))
    return notACadence(input, `say the unit, e.g. "${text}d" or "every ${text} days"`);
  if (words[0] === "every") return fromRule(input, parseEnglish(words));
  return notACadence(input);
}

const NONE: Cadence = Object.freeze({ kind: "none", text: "None" });

const ZERO: Amounts = { years: 0, months: 0, weeks: 0, days: 0 };

/** A unit word or letter: which component it counts, and how many of it one is. */
interface Unit {
  readonly field: keyof Amounts;
  readonly times: number;
}

/** Each unit's words (months, not minutes, for "m": a cadence is never shorter than a day). */
const UNITS = new Map<string, Unit>(
  (
    [
      ["days", 1, "d day days"],
      ["weeks", 1, "w week weeks"],
      ["weeks", 2, "fortnight fortnights"],
      ["months", 1, "m mo month months"],
      ["months", 3, "quarter quarters"],
      ["years", 1, "y year years"],
    ] as const
  ).flatMap(([field, times, words]) =>
    words.split(" ").map((word): [string, Unit] => [word, { field, times }]),
  ),
);

const KEYWORDS = new Map<string, Amounts>(
  (
    [
      ["daily", "d"],
      ["weekly", "w"],
      ["fortnightly", "fortnight"],
      ["biweekly", "fortnight"],
      ["monthly", "m"],
      ["quarterly", "quarter"],
      ["half-yearly", "months", 6],
      ["semiannually", "months", 6],
      ["yearly", "y"],
      ["annually", "y"],
    ] as const
  ).map(([word, unit, n = 1]) => {
    const { field, times } = UNITS.get(unit) as Unit;
    return [word, { ...ZERO, [field]: n * times }];
  }),
);

/**
 * "Three times a year", "twice a month": a number of contacts per period. Taken when the period
 * divides evenly (a year into months); otherwise the time between contacts varies, and the
 * message says which interval comes closest ("twice a week": "every 4 days").
 */
function timesPer(input: string, n: number, period: "week" | "month" | "year"): Result<Cadence> {
  if (n === 0) return notACadence(input);
  if (period === "year" && 12 % n === 0) return ok(interval({ ...ZERO, months: 12 / n }));
  const days = { week: 7, month: 365.25 / 12, year: 365.25 }[period] / n;
  const closest = days >= 13 ? `every ${Math.round(days / 7)} weeks` : days < 1.5 ? "daily" : `every ${Math.round(days)} days`;
  return notACadence(input, `give the time from one contact to the next, e.g. "${closest}"`);
}

// Internal failures carry a reason for the message; an empty reason means "not this form at all",
// and the caller gives the usual hint instead.

/** A whole number from `min` to {@link MAX_AMOUNT}, or the reason it is not one. */
function wholeNumber(text: string, min: number): Result<number> {
  if (!/^[+-]?\d+(?:[.,]\d+)?$/.test(text)) return fail("");
  const n = Number(text.replace(",", "."));
  if (n < 0) return fail("the number must not be negative");
  if (!Number.isInteger(n)) return fail("use whole numbers (e.g. 6 weeks rather than 1.5 months)");
  if (n < min) return fail("the interval must be at least one day");
  if (n > MAX_AMOUNT) return fail(`numbers above ${MAX_AMOUNT} are not a cadence`);
  return ok(n);
}

function unitAmounts(count: string, u: Unit | undefined): Result<Amounts> {
  if (u === undefined) return fail("");
  const n = wholeNumber(count, 1);
  if (!n.ok) return n;
  return ok({ ...ZERO, [u.field]: n.value * u.times });
}

// ISO-8601 durations of days or longer. Weeks may be combined with the other parts (ISO 8601-2).
function parseIso(text: string): Result<Amounts> {
  if (text.startsWith("-")) return fail("the number must not be negative");
  const m = /^\+?p(?:([^a-z]+)y)?(?:([^a-z]+)m)?(?:([^a-z]+)w)?(?:([^a-z]+)d)?(t.*)?$/.exec(text);
  if (m === null) return fail("");
  if (m[5] !== undefined) return fail(`${IN_DAYS}; leave out the time part (T…)`);
  const amounts: Record<keyof Amounts, number> = { ...ZERO };
  const fields = ["years", "months", "weeks", "days"] as const;
  let any = false;
  for (const [i, field] of fields.entries()) {
    const part = m[i + 1];
    if (part === undefined) continue;
    const n = wholeNumber(part, 0);
    if (!n.ok) return n;
    amounts[field] = n.value;
    any = true;
  }
  if (!any) return fail("");
  return ok(amounts);
}

function fromAmounts(input: string, r: Result<Amounts>): Result<Cadence> {
  if (!r.ok) return notACadence(input, r.issues[0] || undefined);
  const a = r.value;
  if (a.years + a.months + a.weeks + a.days === 0)
    return notACadence(input, "the interval must be at least one day");
  return ok(interval(a));
}

function interval(a: Amounts): Cadence {
  return Object.freeze({ kind: "interval", ...a, text: intervalText(a) });
}

const UNIT_NAMES: readonly (readonly [keyof Amounts, string, string])[] = [
  ["years", "year", "Yearly"],
  ["months", "month", "Monthly"],
  ["weeks", "week", "Weekly"],
  ["days", "day", "Daily"],
];

function intervalText(a: Amounts): string {
  const parts = UNIT_NAMES.filter(([field]) => a[field] > 0);
  const [only] = parts;
  if (parts.length === 1 && only !== undefined && a[only[0]] === 1) return only[2];
  const words = parts.map(([field, name]) => `${a[field]} ${name}${a[field] === 1 ? "" : "s"}`);
  const last = words.pop() ?? "";
  return `Every ${words.length > 0 ? `${words.join(", ")} and ${last}` : last}`;
}

// ---------------------------------------------------------------------------------------------
// RFC 5545 rules

type Freq = "DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY";

interface ByDay {
  readonly weekday: number; // 0 = MO … 6 = SU, as in rrule and day.ts
  readonly n: number; // 0 = every such weekday of the period
}

/** A validated rule, in the terms of RFC 5545. Absent BYxxx parts are empty lists. */
interface Rule {
  readonly freq: Freq;
  readonly interval: number;
  readonly dtstart: Day | undefined;
  readonly count: number | undefined;
  readonly until: Day | undefined;
  readonly wkst: number;
  readonly bymonth: readonly number[];
  readonly byweekno: readonly number[];
  readonly byyearday: readonly number[];
  readonly bymonthday: readonly number[];
  readonly byday: readonly ByDay[];
  readonly bysetpos: readonly number[];
}

const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
const FREQS: readonly string[] = ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"] satisfies Freq[];
const isFreq = (s: string): s is Freq => FREQS.includes(s);

const hasBy = (r: Rule): boolean =>
  r.bymonth.length +
    r.byweekno.length +
    r.byyearday.length +
    r.bymonthday.length +
    r.byday.length +
    r.bysetpos.length >
  0;

function fromRule(input: string, r: Result<Rule>): Result<Cadence> {
  if (!r.ok) return notACadence(input, r.issues[0] || undefined);
  const rule = r.value;
  // DESIGN: a rule without BYxxx parts is an interval from the last contact, never occurrences.
  if (!hasBy(rule) && rule.dtstart === undefined) {
    if (rule.until !== undefined) {
      return notACadence(
        input,
        "UNTIL needs a BYxxx part (e.g. BYDAY=MO) or a DTSTART; a plain interval runs from the last contact",
      );
    }
    const field = ({ DAILY: "days", WEEKLY: "weeks", MONTHLY: "months", YEARLY: "years" } as const)[
      rule.freq
    ];
    return ok(interval({ ...ZERO, [field]: rule.interval }));
  }
  if (
    rule.dtstart === undefined &&
    (rule.freq === "MONTHLY" || rule.freq === "YEARLY") &&
    !saysTheDay(rule)
  ) {
    return notACadence(
      input,
      "the rule says which months but not which day; add BYMONTHDAY (e.g. BYMONTHDAY=15) or BYDAY (e.g. BYDAY=1MO), or a DTSTART",
    );
  }
  if (rule.interval > 1 && !fallsInEveryPeriod(rule)) {
    const period = { DAILY: "day", WEEKLY: "week", MONTHLY: "month", YEARLY: "year" }[rule.freq];
    return notACadence(
      input,
      `with INTERVAL=${rule.interval} it must fall in every ${period}, or the ${period}s it counts could miss its days forever; use INTERVAL=1 or a plainer rule, e.g. FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO`,
    );
  }
  if (neverFalls(rule)) return notACadence(input, "the rule never falls on a day");
  // Safe now (it falls again): the first occurrence from DTSTART, which UNTIL may already rule out.
  if (rule.dtstart !== undefined && nextOccurrence(rule, rule.dtstart - 1) === undefined) {
    return notACadence(input, "the rule has no occurrence from its DTSTART to its UNTIL");
  }
  const printed = printRule(rule);
  return ok(Object.freeze({ kind: "calendar", rule: printed, text: ruleText(rule) }));
}

const saysTheDay = (r: Rule): boolean =>
  r.bymonthday.length + r.byday.length + r.byyearday.length + r.byweekno.length > 0;

/** The DTSTART taken for a rule that has none, where only the days it names matter. */
const REFERENCE_DAY = dayFromCalendar(2000, 1, 1);

// rrule has no bound on a search: it walks period after period until one has an occurrence, and
// stops only at the year 9999. A rule that can never fall again (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30,
// or FREQ=DAILY;INTERVAL=7;BYDAY=MO from a Tuesday) would walk 8,000 years, for 30 seconds, on
// every call. So parsing admits only rules that are sure to fall again soon:
// - with INTERVAL=1 every period counts, so the rule falls on a fixed set of days of the calendar,
//   which repeats every 400 years: `neverFalls` looks for one in the last 400 years before 9999;
// - with INTERVAL above 1 the rule must fall in every period (`fallsInEveryPeriod`), so no
//   stride from any DTSTART can miss its days.

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** Whether a rule with INTERVAL=1 has no occurrence in a whole 400-year cycle, so never. */
function neverFalls(rule: Rule): boolean {
  // An INTERVAL above 1 has passed `fallsInEveryPeriod`, and a rule with DTSTART but no BYxxx part
  // falls on its DTSTART.
  if (rule.interval > 1 || !hasBy(rule)) return false;
  // Every month has every weekday, so WEEKLY falls in any month (it has no BYSETPOS), and so does
  // DAILY with only BYMONTH. (MONTHLY or YEARLY with only BYMONTH has a DTSTART: fromRule asks.)
  if (rule.freq === "WEEKLY" || (!saysTheDay(rule) && rule.freq === "DAILY")) return false;
  // The day of the month (and month) that RFC 5545 takes from DTSTART when the rule has none.
  const s = calendarOfDay(rule.dtstart ?? REFERENCE_DAY);
  const bymonthday = saysTheDay(rule) ? rule.bymonthday : [s.day];
  const bymonth =
    rule.bymonth.length > 0 || saysTheDay(rule) || rule.freq === "MONTHLY"
      ? rule.bymonth
      : [s.month];
  // The same days as a YEARLY rule, which rrule walks a year at a time: 400 steps, not 146,097
  // days. A numbered BYDAY of a MONTHLY rule counts within the month, as it does in a YEARLY rule
  // with BYMONTH. BYSETPOS counts within the rule's own periods, so it keeps them (4,800 months).
  const yearly: Rule =
    rule.bysetpos.length > 0
      ? { ...rule, bymonth, bymonthday }
      : {
          ...rule,
          freq: "YEARLY",
          bymonth: bymonth.length > 0 || rule.freq === "YEARLY" ? bymonth : MONTHS,
          bymonthday,
        };
  // From 400 years before rrule's last year, the search ends after one calendar cycle.
  const start = dayFromCalendar(9599, 1, 1);
  const probe: Rule = { ...yearly, count: undefined, until: undefined, dtstart: start };
  return new RRule(rruleOptions(probe, start), true).after(dayToUtcDate(start - 1), false) === null;
}

/** Whether each period of the rule surely has an occurrence, as an INTERVAL above 1 needs. */
function fallsInEveryPeriod(r: Rule): boolean {
  const kinds = [r.bymonthday, r.byday, r.byyearday, r.byweekno].filter((l) => l.length > 0).length;
  switch (r.freq) {
    case "DAILY":
      return !hasBy(r); // one day a period: any BYxxx part leaves some periods empty
    case "WEEKLY":
      return r.bymonth.length === 0; // every week has every weekday
    case "MONTHLY": {
      if (r.bymonth.length > 0 || kinds > 1) return false;
      // The day of DTSTART: its own month comes round again in every stride of 12.
      if (kinds === 0) return true;
      // How many occurrences every month surely has: 4 of a weekday, 1 of its 1st to 4th, and
      // each of days 1 to 28 (or the last 28).
      const plain = new Set(r.byday.filter((d) => d.n === 0).map((d) => d.weekday));
      const numbered = r.byday.filter(
        (d) => d.n !== 0 && Math.abs(d.n) <= 4 && !plain.has(d.weekday),
      );
      const sure =
        r.byday.length > 0
          ? 4 * plain.size + numbered.length
          : r.bymonthday.filter((v) => Math.abs(v) <= 28).length;
      return sure > 0 && r.bysetpos.every((p) => Math.abs(p) <= sure);
    }
    case "YEARLY": {
      // BYWEEKNO with plain weekdays is the one mix that surely falls: such a week has them all.
      const weeksAndDays =
        kinds === 2 &&
        r.byweekno.length > 0 &&
        r.byday.length > 0 &&
        r.byday.every((d) => d.n === 0);
      if (r.bysetpos.length > 0 || (kinds > 1 && !weeksAndDays)) return false;
      if (r.byweekno.length > 0)
        return r.bymonth.length === 0 && r.byweekno.some((w) => Math.abs(w) <= 52);
      if (r.byyearday.length > 0)
        return r.bymonth.length === 0 && r.byyearday.some((v) => Math.abs(v) <= 365);
      const months = r.bymonth.length > 0 ? r.bymonth : MONTHS;
      // 2001 is a common year: a day that is in it is in every year.
      if (r.bymonthday.length > 0)
        return months.some((m) => r.bymonthday.some((v) => Math.abs(v) <= daysInMonth(2001, m)));
      if (r.byday.length > 0)
        return r.byday.some((d) => d.n === 0 || Math.abs(d.n) <= (r.bymonth.length > 0 ? 4 : 52));
      // The day of DTSTART, in its month (back every stride of 400 years, 29 February too) or in
      // months of BYMONTH, one of which must have it every year.
      const day = calendarOfDay(r.dtstart ?? REFERENCE_DAY).day;
      return r.bymonth.length === 0 || r.bymonth.some((m) => day <= daysInMonth(2001, m));
    }
  }
}

/** Reads `[DTSTART…]` and `[RRULE:]FREQ=…` lines (or the same separated by spaces), any case. */
function parseRuleText(text: string): Result<Rule> {
  // RFC 5545 folds long lines with CRLF + space; YAML may fold the two lines into one; people
  // write "FREQ=MONTHLY; BYDAY=1MO".
  const lines = text
    .replace(/\r?\n[ \t](?![ \t]*(?:RRULE|DTSTART))/gi, "")
    .replace(/\s*([;=,])\s*/g, "$1")
    .toUpperCase()
    .split(/\s+/)
    .filter((l) => l !== "");
  let dtstart: Day | undefined;
  let body: string | undefined;
  for (const line of lines) {
    if (line.startsWith("DTSTART")) {
      if (dtstart !== undefined) return fail("it has two DTSTARTs");
      const m =
        /^DTSTART(?:;[A-Z-]+=[^:;]*)*[:=](\d{4})-?(\d{2})-?(\d{2})(?:T\d{2}:?\d{2}(?::?\d{2})?Z?)?$/.exec(
          line,
        );
      const day = m === null ? undefined : calendarDay(m[1], m[2], m[3]);
      if (day === undefined) return fail(`${line} is not a DTSTART; write e.g. DTSTART:20260105`);
      dtstart = day;
    } else if (line.startsWith("RRULE:") || /^[A-Z]+=/.test(line)) {
      if (body !== undefined) return fail("only one RRULE is supported");
      body = line.startsWith("RRULE:") ? line.slice("RRULE:".length) : line;
    } else {
      return fail(
        `only an RRULE and an optional DTSTART are supported, not ${line.split(/[:;]/)[0] ?? line}`,
      );
    }
  }
  if (body === undefined)
    return fail("it has no RRULE; add one such as RRULE:FREQ=WEEKLY;BYDAY=MO");
  return parseRuleBody(body, dtstart);
}

function calendarDay(
  y: string | undefined,
  m: string | undefined,
  d: string | undefined,
): Day | undefined {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return undefined;
  return dayFromCalendar(year, month, day);
}

function parseRuleBody(body: string, dtstart: Day | undefined): Result<Rule> {
  const parts = new Map<string, string>();
  for (const part of body.split(";")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const name = eq < 0 ? part : part.slice(0, eq);
    if (eq < 0) return fail(`${part} has no value`);
    if (parts.has(name)) return fail(`${name} is given twice`);
    parts.set(name, part.slice(eq + 1));
  }
  for (const name of parts.keys()) {
    if (name === "BYHOUR" || name === "BYMINUTE" || name === "BYSECOND")
      return fail(`${IN_DAYS}; leave out ${name}`);
    if (!KNOWN_PARTS.has(name)) return fail(`${name} is not a rule part a cadence can use`);
  }
  const freq = parts.get("FREQ");
  if (freq === undefined) return fail("the rule has no FREQ; add e.g. FREQ=MONTHLY");
  if (freq === "HOURLY" || freq === "MINUTELY" || freq === "SECONDLY")
    return fail(`${IN_DAYS}; use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY`);
  if (!isFreq(freq)) return fail(`FREQ=${freq} is not DAILY, WEEKLY, MONTHLY or YEARLY`);

  const number = (name: string, min: number, max: number): Result<number | undefined> => {
    const v = parts.get(name);
    if (v === undefined) return ok(undefined);
    const n = /^\d+$/.test(v) ? Number(v) : NaN;
    return n >= min && n <= max
      ? ok(n)
      : fail(`${name}=${v} is not a whole number from ${min} to ${max}`);
  };
  // BYxxx lists of signed, non-zero numbers within ±max (RFC 5545 section 3.3.10).
  const list = (name: string, max: number, signed: boolean): Result<readonly number[]> => {
    const v = parts.get(name);
    if (v === undefined) return ok([]);
    const out = new Set<number>();
    for (const item of v.split(",")) {
      const n = /^[+-]?\d{1,3}$/.test(item) ? Number(item) : NaN;
      if (!(n !== 0 && Math.abs(n) <= max && (signed || n > 0))) {
        return fail(
          `${name}=${v} is not a list of numbers from ${signed ? `-${max} to -1 or ` : ""}1 to ${max}`,
        );
      }
      out.add(n);
    }
    return ok([...out].sort((a, b) => a - b));
  };

  const every = number("INTERVAL", 1, MAX_AMOUNT);
  if (!every.ok) return every;
  const count = number("COUNT", 1, MAX_AMOUNT);
  if (!count.ok) return count;
  const by: Record<string, readonly number[]> = {};
  for (const [name, max, signed] of BY_LISTS) {
    const values = list(name, max, signed);
    if (!values.ok) return values;
    by[name] = values.value;
  }
  const { BYMONTH: bymonth = [], BYWEEKNO: byweekno = [], BYYEARDAY: byyearday = [] } = by;
  const { BYMONTHDAY: bymonthday = [], BYSETPOS: bysetpos = [] } = by;

  let until: Day | undefined;
  const untilText = parts.get("UNTIL");
  if (untilText !== undefined) {
    const m = /^(\d{4})(\d{2})(\d{2})(?:T\d{6}Z?)?$/.exec(untilText);
    until = m === null ? undefined : calendarDay(m[1], m[2], m[3]);
    if (until === undefined)
      return fail(`UNTIL=${untilText} is not a date; write e.g. UNTIL=20271231`);
  }
  if (count.value !== undefined && until !== undefined)
    return fail("COUNT and UNTIL cannot both be given");
  if (count.value !== undefined && dtstart === undefined) {
    return fail(
      "COUNT needs a DTSTART to count from, e.g. DTSTART:20260105 RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3",
    );
  }

  const wkstText = parts.get("WKST");
  const wkst = wkstText === undefined ? 0 : WEEKDAYS.indexOf(wkstText as (typeof WEEKDAYS)[number]);
  if (wkst < 0)
    return fail(`WKST=${wkstText ?? ""} is not a weekday (MO, TU, WE, TH, FR, SA or SU)`);

  const byday: ByDay[] = [];
  const bydayText = parts.get("BYDAY");
  if (bydayText !== undefined) {
    for (const item of bydayText.split(",")) {
      const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
      const n = m?.[1] === undefined ? 0 : Number(m[1]);
      if (m === null || (m[1] !== undefined && n === 0))
        return fail(`BYDAY=${bydayText} is not a list of weekdays such as MO, 1MO or -1FR`);
      if (n !== 0) {
        // RFC 5545: a numbered weekday only within a MONTHLY or YEARLY period, and not with BYWEEKNO.
        const limit =
          freq === "MONTHLY" ? 5 : freq === "YEARLY" && byweekno.length === 0 ? 53 : 0;
        if (limit === 0)
          return fail(`a numbered weekday (${item}) needs FREQ=MONTHLY or YEARLY without BYWEEKNO`);
        if (Math.abs(n) > limit)
          return fail(
            `${item}: there are at most ${limit} of a weekday in a ${freq === "MONTHLY" ? "month" : "year"}`,
          );
      }
      const weekday = WEEKDAYS.indexOf(m[2] as (typeof WEEKDAYS)[number]);
      if (!byday.some((d) => d.weekday === weekday && d.n === n)) byday.push({ weekday, n });
    }
    byday.sort((a, b) => a.weekday - b.weekday || a.n - b.n);
    // RFC 5545 reads BYDAY=-2SA,SU as either day; rrule, which finds the dates, reads such a mix
    // as both at once, so the rule would never come due (or be refused as never falling).
    const numbered = byday.find((d) => d.n !== 0);
    const plain = byday.find((d) => d.n === 0);
    if (numbered !== undefined && plain !== undefined) {
      const day = (d: ByDay): string => `${d.n === 0 ? "" : d.n}${WEEKDAYS[d.weekday] ?? ""}`;
      return fail(
        `BYDAY=${bydayText} mixes a numbered weekday (${day(numbered)}) with an every-week one (${day(plain)}), which Kith cannot count; use only numbered weekdays (e.g. ${day(numbered)},1${WEEKDAYS[plain.weekday] ?? ""}) or only plain ones (e.g. ${WEEKDAYS[numbered.weekday] ?? ""},${day(plain)})`,
      );
    }
  }

  // RFC 5545 section 3.3.10: which parts go with which frequency.
  if (byweekno.length > 0 && freq !== "YEARLY") return fail("BYWEEKNO needs FREQ=YEARLY");
  if (byyearday.length > 0 && freq !== "YEARLY") return fail("BYYEARDAY needs FREQ=YEARLY");
  if (bymonthday.length > 0 && freq === "WEEKLY")
    return fail("BYMONTHDAY cannot be used with FREQ=WEEKLY");
  if (bysetpos.length > 0 && (freq === "DAILY" || freq === "WEEKLY")) {
    return fail("BYSETPOS needs FREQ=MONTHLY or YEARLY");
  }
  if (
    bysetpos.length > 0 &&
    bymonth.length +
      byweekno.length +
      byyearday.length +
      bymonthday.length +
      byday.length ===
      0
  ) {
    return fail("BYSETPOS needs another BYxxx part to pick from");
  }

  return ok({
    freq,
    interval: every.value ?? 1,
    dtstart,
    count: count.value,
    until,
    wkst,
    bymonth,
    byweekno,
    byyearday,
    bymonthday,
    byday,
    bysetpos,
  });
}

/** The BYxxx lists of numbers: each part's name, its largest value, and whether it may count from the end. */
const BY_LISTS = [
  ["BYMONTH", 12, false],
  ["BYWEEKNO", 53, true],
  ["BYYEARDAY", 366, true],
  ["BYMONTHDAY", 31, true],
  ["BYSETPOS", 366, true],
] as const;

const KNOWN_PARTS = new Set([
  "FREQ",
  "INTERVAL",
  "COUNT",
  "UNTIL",
  "WKST",
  "BYMONTH",
  "BYWEEKNO",
  "BYYEARDAY",
  "BYMONTHDAY",
  "BYDAY",
  "BYSETPOS",
]);

const compactDay = (d: Day): string => formatDay(d).replace(/-/g, "");

function printRule(r: Rule): string {
  const parts = [`FREQ=${r.freq}`];
  if (r.interval !== 1) parts.push(`INTERVAL=${r.interval}`);
  const lists: readonly (readonly [string, readonly number[]])[] = [
    ["BYMONTH", r.bymonth],
    ["BYWEEKNO", r.byweekno],
    ["BYYEARDAY", r.byyearday],
    ["BYMONTHDAY", r.bymonthday],
  ];
  for (const [name, values] of lists)
    if (values.length > 0) parts.push(`${name}=${values.join(",")}`);
  if (r.byday.length > 0)
    parts.push(
      `BYDAY=${r.byday.map((d) => `${d.n === 0 ? "" : d.n}${WEEKDAYS[d.weekday] ?? ""}`).join(",")}`,
    );
  if (r.bysetpos.length > 0) parts.push(`BYSETPOS=${r.bysetpos.join(",")}`);
  if (r.wkst !== 0) parts.push(`WKST=${WEEKDAYS[r.wkst] ?? ""}`);
  if (r.count !== undefined) parts.push(`COUNT=${r.count}`);
  if (r.until !== undefined) parts.push(`UNTIL=${compactDay(r.until)}`);
  const line = parts.join(";");
  return r.dtstart === undefined ? line : `DTSTART:${compactDay(r.dtstart)}\nRRULE:${line}`;
}

const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** 1st, 2nd, 11th, 101st; from the end: -1 is "last", -2 "2nd last". */
function nth(n: number): string {
  if (n === -1) return "last";
  const a = Math.abs(n);
  const suffix = a % 100 > 10 && a % 100 < 14 ? "th" : (["th", "st", "nd", "rd"][a % 10] ?? "th");
  return n < 0 ? `${a}${suffix} last` : `${a}${suffix}`;
}

/** `a, b, c`, or with a last word `a, b and c`. */
function list(items: readonly string[], last?: string): string {
  if (last === undefined || items.length < 2) return items.join(", ");
  return `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1] ?? ""}`;
}

/** Sorted positions in the order they are said: 1st, 2nd…, then last, 2nd last… */
const spokenOrder = (sorted: readonly number[]): number[] => [
  ...sorted.filter((n) => n > 0),
  ...sorted.filter((n) => n < 0).reverse(),
];
const dayName = (weekday: number): string => DAY_NAMES[weekday] ?? "";
const monthName = (month: number): string => MONTH_NAMES[month - 1] ?? "";

/**
 * The English of a rule: "Every month on the 1st Monday", "Every 2 weeks on Tuesday from
 * 2026-01-05", "Every month on the last weekday". The words are those of rrule's `toText`, which
 * Kith used before (and which kept the plugin's bundle 10 KB larger), except where it was wrong:
 * it could not say BYSETPOS, left out BYMONTH with a WEEKLY rule's weekdays and the weekdays of
 * a YEARLY rule, read "1MO,TU,WE,TH,FR" as weekdays, and wrote "every 101 week" and "53th".
 */
function ruleText(r: Rule): string {
  const plain = r.byday.filter((d) => d.n === 0).map((d) => d.weekday);
  const numbered = r.byday.filter((d) => d.n !== 0);
  const weekdays = numbered.length === 0 && plain.join() === "0,1,2,3,4";
  const everyDay = plain.length === 7;
  const several = r.interval !== 1;
  const unit = (name: string): string => (several ? `${r.interval} ${name}s` : name);
  const months = list(r.bymonth.map(monthName), "and");
  const inMonths = r.bymonth.length > 0 ? ` in ${months}` : "";
  const words = ["Every"];
  const positions = list(spokenOrder(r.bysetpos).map(nth), "and");
  // BYSETPOS of one kind of day within a month (or a year of one month): "on the last weekday".
  const kind = weekdays
    ? "weekday"
    : everyDay
      ? "day"
      : plain.join() === "5,6"
        ? "weekend day"
        : plain.length === 1 && r.byday.length === 1
          ? dayName(plain[0] ?? 0)
          : undefined;
  const oneKind =
    kind !== undefined &&
    r.bysetpos.length > 0 &&
    numbered.length === 0 &&
    r.bymonthday.length + r.byyearday.length + r.byweekno.length === 0 &&
    (r.freq === "MONTHLY" || r.bymonth.length < 2);
  switch (r.freq) {
    case "DAILY":
      words.push(unit(weekdays ? "weekday" : "day") + inMonths);
      break;
    case "WEEKLY":
      if (weekdays) words.push(several ? `${unit("week")} on weekdays` : "weekday");
      else if (everyDay) words.push(several ? `${unit("week")} on every day` : "day");
      else words.push(unit("week"));
      words.push(inMonths.trim());
      break;
    default: {
      const period = r.freq === "MONTHLY" ? "month" : "year";
      if (r.bymonth.length === 0) words.push(unit(period));
      else words.push(several ? `${unit(period)} in ${months}` : months);
    }
  }
  if (oneKind) {
    words.push(`on the ${positions} ${kind}`);
  } else if (r.bymonthday.length > 0) {
    const days = spokenOrder(r.bymonthday).map((d) => (d < 0 ? `${nth(d)} day` : nth(d)));
    words.push(
      plain.length > 0
        ? `on ${list(plain.map(dayName), "or")} the ${list(days, "or")}`
        : `on the ${list(days, "and")}`,
    );
  } else if (weekdays) {
    // DAILY and WEEKLY said "weekday" already.
    if (r.freq === "MONTHLY" || r.freq === "YEARLY") words.push("on weekdays");
  } else if (!(everyDay && (r.freq === "DAILY" || r.freq === "WEEKLY"))) {
    if (plain.length > 0) words.push(`on ${list(plain.map(dayName))}`);
    if (numbered.length > 0) {
      const days = numbered.map((d) => `${nth(d.n)} ${dayName(d.weekday)}`);
      words.push(`${plain.length > 0 ? "and " : ""}on the ${list(days, "and")}`);
    }
  }
  if (r.byyearday.length > 0) {
    const days = r.byyearday.map((d, i, all) =>
      d < 0 && i < all.length - 1 ? `${nth(d)} day` : nth(d),
    );
    words.push(`on the ${list(days, "and")} day`);
  }
  if (r.byweekno.length > 0)
    words.push(`in week${r.byweekno.length > 1 ? "s" : ""} ${list(r.byweekno.map(String), "and")}`);
  if (r.bysetpos.length > 0 && !oneKind)
    words.push(`(the ${positions} of these each ${r.freq === "MONTHLY" ? "month" : "year"})`);
  if (r.until !== undefined) {
    const u = calendarOfDay(r.until);
    words.push(`until ${monthName(u.month)} ${u.day}, ${u.year}`);
  }
  if (r.count !== undefined) words.push(`for ${r.count} time${r.count === 1 ? "" : "s"}`);
  if (r.dtstart !== undefined) words.push(`from ${formatDay(r.dtstart)}`);
  return words.filter((w) => w !== "").join(" ");
}

// ---------------------------------------------------------------------------------------------
// English, through rrule's parser

const NUMBER_WORDS = new Map(
  [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
  ].map((w, i) => [w, String(i + 1)]),
);

/** Splits lower-case English into words, with the spellings rrule does not know rewritten. */
function englishWords(text: string): string[] {
  const words = text
    .replace(/,/g, " , ")
    .split(" ")
    .filter((w) => w !== "");
  return words.map((w, i) => {
    if (w === "other" && words[i - 1] === "every") return "2";
    if (w === "fourth") return "4th";
    if (w === "fifth") return "5th";
    const weekdays = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s$/.exec(w);
    return weekdays?.[1] ?? NUMBER_WORDS.get(w) ?? w;
  });
}

// Each word is one token of rrule's English grammar (so dropping the last word drops one token).
// Two-letter weekday codes are left out: in prose "we" or "th" would be read as weekdays.
const ENGLISH_WORD = new RegExp(
  "^(?:every|[1-9]\\d*|[1-9]\\d*(?:st|nd|rd|th)|days?|weekdays?|weeks?|months?|years?|on|in|the|first|second|third|last|and|or|,|" +
    "mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thursday|fri|friday|sat|saturday|sun|sunday|" +
    "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)$",
);

const ORDINAL = /^(?:first|second|third|last|[1-9]\d*(?:st|nd|rd|th))$/;

function parseEnglish(words: readonly string[]): Result<Rule> {
  for (const w of words) {
    if (/^(hours?|minutes?)$/.test(w)) return fail(IN_DAYS);
    if (w === "at") return fail(`${IN_DAYS}; leave out the time of day`);
    if (/^(until|till|til)$/.test(w))
      return fail(
        "write an end date as an RRULE with UNTIL, e.g. FREQ=WEEKLY;BYDAY=MO;UNTIL=20271231",
      );
    if (/^(for|times?)$/.test(w))
      return fail(
        "write a number of times as an RRULE with DTSTART and COUNT, e.g. DTSTART:20260105 RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3",
      );
    if (!ENGLISH_WORD.test(w)) return fail("");
  }
  // "the last day": rrule reads "day" after an ordinal and it adds nothing, so test the words before it.
  const [ordinal, noun] = words.slice(-2);
  const read =
    /^days?$/.test(noun ?? "") && ORDINAL.test(ordinal ?? "") ? words.slice(0, -1) : words;
  const full = readEnglish(read);
  // rrule stops at the first word it cannot place and drops the rest without a word. Its grammar
  // reads left to right, so if the last word changed nothing, it (and maybe more) was dropped.
  const shorter = readEnglish(read.slice(0, -1));
  if (full === undefined || JSON.stringify(full) === JSON.stringify(shorter)) return fail("");
  return parseRuleBody(englishRule(full), undefined);
}

/**
 * The RRULE of what rrule's English reader gives, as rrule's `optionsToString` would write it:
 * the frequency, INTERVAL, and the lists it fills (numbers, and weekdays that print as `MO` or
 * `+1MO`). The words for the parts it cannot give here (times, COUNT, UNTIL) were refused before
 * it read them.
 */
function englishRule(options: Partial<Options>): string {
  const freq = FREQS.find((f) => isFreq(f) && FREQUENCY[f] === options.freq);
  const parts = freq === undefined ? [] : [`FREQ=${freq}`];
  const lists = [
    ["INTERVAL", options.interval],
    ["BYMONTH", options.bymonth],
    ["BYWEEKNO", options.byweekno],
    ["BYMONTHDAY", options.bymonthday],
    ["BYDAY", options.byweekday],
  ] as const;
  for (const [name, value] of lists) {
    const text = [value].flat().join(","); // "" for null, undefined and []: left out, as rrule does
    if (text !== "") parts.push(`${name}=${text}`);
  }
  return parts.join(";");
}

function readEnglish(words: readonly string[]): Partial<Options> | undefined {
  try {
    return RRule.parseText(words.join(" ")) ?? undefined;
  } catch {
    return undefined; // rrule throws on text it cannot read: for us, that is not a cadence
  }
}

// ---------------------------------------------------------------------------------------------
// Printing

/**
 * The canonical printed form: `none`, `monthly`, `every 3 months`, `P1Y6M`,
 * `FREQ=MONTHLY;BYDAY=1MO`, `DTSTART:20260105\nRRULE:FREQ=WEEKLY;BYDAY=MO` (see the module
 * comment). `parseCadence(formatCadence(c))` gives back `c`.
 *
 * @example formatCadence(parseCadence("fortnightly").value) // "every 2 weeks"
 */
export function formatCadence(c: Cadence): string {
  switch (c.kind) {
    case "none":
      return "none";
    case "calendar":
      return c.rule;
    case "interval": {
      const parts = UNIT_NAMES.filter(([field]) => c[field] > 0);
      const [only] = parts;
      if (parts.length === 1 && only !== undefined) {
        const n = c[only[0]];
        return n === 1 ? only[2].toLowerCase() : `every ${n} ${only[1]}s`;
      }
      const iso = parts.map(([field]) => `${c[field]}${field.charAt(0).toUpperCase()}`).join("");
      return `P${iso}`;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Due days

const rules = new Map<string, Rule>();

/** The rule of a calendar cadence, parsed once per distinct rule. */
function ruleOf(printed: string): Rule {
  const cached = rules.get(printed);
  if (cached !== undefined) return cached;
  const r = parseRuleText(printed);
  // A calendar cadence comes from parseCadence; one built by hand with a bad rule is a bug.
  if (!r.ok) throw new RangeError(`Not a cadence rule: ${quote(printed)} (${r.issues[0] ?? ""})`);
  if (rules.size >= CACHE_LIMIT) rules.clear();
  rules.set(printed, r.value);
  return r.value;
}

/**
 * The day the next contact falls due.
 * - interval: last contact + the interval, years and months first with month-end clamping
 *   (31 Jan + 1 month = 28/29 Feb; 29 Feb + 1 year = 28 Feb), then weeks and days;
 * - calendar: the first occurrence of the rule strictly after the last contact, the rule starting
 *   at its DTSTART, else at the last contact (a DTSTART after the last contact: the first
 *   occurrence on or after it);
 * - `undefined` for `none`, or a rule with no further occurrence (COUNT or UNTIL exhausted).
 *
 * @example nextDue(parseCadence("monthly").value, parseDay("2027-01-31")) // parseDay("2027-02-28")
 */
export function nextDue(c: Cadence, lastContact: Day): Day | undefined {
  switch (c.kind) {
    case "none":
      return undefined;
    case "interval": {
      // Plain arithmetic: interval cadences never touch rrule (called for every contact).
      const months = c.years * 12 + c.months;
      return (months === 0 ? lastContact : addMonths(lastContact, months)) + c.weeks * 7 + c.days;
    }
    case "calendar": {
      // Remembered: rrule builds its iterator anew for every call, and a list of follow-ups asks
      // about every contact again each day (many share a rule and a last-contact day).
      const key = `${lastContact} ${c.rule}`;
      const known = occurrences.get(key);
      if (known !== undefined) return known ?? undefined;
      const due = nextOccurrence(ruleOf(c.rule), lastContact);
      if (occurrences.size >= CACHE_LIMIT) occurrences.clear();
      occurrences.set(key, due ?? null);
      return due;
    }
  }
}

/** Next occurrences already found, by last contact and rule; `null` for none. */
const occurrences = new Map<string, Day | null>();

const PERIOD_DAYS: Readonly<Record<Freq, number>> = {
  DAILY: 1,
  WEEKLY: 7,
  MONTHLY: 30.44,
  YEARLY: 365.25,
};
function nextOccurrence(rule: Rule, after: Day): Day | undefined {
  const start = rule.dtstart ?? after;
  // Occurrences strictly after `from`: after the last contact, and not before DTSTART.
  const from = Math.max(after, start - 1);
  // A DAILY rule that names days falls on the same days as the YEARLY rule with those parts, which
  // rrule walks a year at a time rather than a day at a time (29 February on a Monday: 28 years).
  const search: Rule =
    rule.freq === "DAILY" && rule.interval === 1 && saysTheDay(rule)
      ? { ...rule, freq: "YEARLY" }
      : rule;
  const rr = new RRule(rruleOptions(search, anchor(search, start, from)), true);
  // rrule walks period after period until one has an occurrence, up to the year 9999: parsing
  // admits only rules that fall again within a 400-year calendar cycle (see `neverFalls`).
  const found = rr.after(dayToUtcDate(from), false);
  return found === null ? undefined : dayFromUtcDate(found);
}

/**
 * Moves DTSTART forward by whole periods of the rule, to just before `target`, so that rrule
 * does not walk every period since a DTSTART years ago. The occurrences after `target` stay the
 * same: each period keeps its phase, and the parts rrule takes from DTSTART (weekday, day of the
 * month, month) are kept. COUNT counts from the real DTSTART, so then nothing moves.
 */
function anchor(rule: Rule, start: Day, target: Day): Day {
  if (rule.count !== undefined || start >= target) return start;
  if (rule.freq === "DAILY" || rule.freq === "WEEKLY") {
    const step = rule.interval * (rule.freq === "DAILY" ? 1 : 7);
    return start + Math.floor((target - start) / step) * step;
  }
  const s = calendarOfDay(start);
  if (s.day > 28) return start; // addMonths would clamp, changing the day rrule takes from DTSTART
  const t = calendarOfDay(target);
  const step = rule.interval * (rule.freq === "MONTHLY" ? 1 : 12);
  let k = Math.floor(((t.year - s.year) * 12 + t.month - s.month) / step);
  while (k > 0 && addMonths(start, k * step) > target) k -= 1;
  return addMonths(start, k * step);
}

const FREQUENCY: Readonly<Record<Freq, Options["freq"]>> = {
  DAILY: RRule.DAILY,
  WEEKLY: RRule.WEEKLY,
  MONTHLY: RRule.MONTHLY,
  YEARLY: RRule.YEARLY,
};

const orNull = (values: readonly number[]): number[] | null =>
  values.length > 0 ? [...values] : null;

/** rrule's options for a rule: every date a UTC midnight, no time zone (rrule then works in UTC). */
function rruleOptions(r: Rule, dtstart: Day): Partial<Options> {
  return {
    freq: FREQUENCY[r.freq],
    interval: r.interval,
    dtstart: dayToUtcDate(dtstart),
    tzid: null,
    wkst: r.wkst,
    count: r.count ?? null,
    until: r.until === undefined ? null : dayToUtcDate(r.until),
    bymonth: orNull(r.bymonth),
    byweekno: orNull(r.byweekno),
    byyearday: orNull(r.byyearday),
    bymonthday: orNull(r.bymonthday),
    byweekday:
      r.byday.length > 0
        ? r.byday.map((d) => new Weekday(d.weekday, d.n === 0 ? undefined : d.n))
        : null,
    bysetpos: orNull(r.bysetpos),
  };
}

/**
 * The approximate length of one period in days, for the tolerance (25% of it by default):
 * an interval by 365.25-day years and 30.44-day months; a calendar rule by its FREQ and INTERVAL.
 *
 * @example cadenceDays(parseCadence("every 3 months").value) // 91
 */
export function cadenceDays(c: Cadence): number | undefined {
  switch (c.kind) {
    case "none":
      return undefined;
    case "interval":
      return Math.round(c.years * 365.25 + c.months * 30.44 + c.weeks * 7 + c.days);
    case "calendar": {
      const r = ruleOf(c.rule);
      return Math.round(r.interval * PERIOD_DAYS[r.freq]);
    }
  }
}
