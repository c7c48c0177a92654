/**
 * Calendar days. At the edges a day is `YYYY-MM-DD`; inside it is a {@link Day}, the number of
 * days since 1970-01-01. No `Date` is involved, so no machine time zone can shift a day. A
 * UTC-midnight `Date` exists only at the call into rrule ({@link dayToUtcDate}).
 */

/** Days since 1970-01-01 (proleptic Gregorian). */
export type Day = number;

export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

// Days from civil, after Howard Hinnant's public-domain algorithms: exact for any year, no Date.
export function dayFromCalendar(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function calendarOfDay(d: Day): CalendarDate {
  const z = d + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Reads `YYYY-MM-DD` or a date-time (`2026-11-20T14:30`, the time dropped); `undefined` for
 * anything else, including impossible days such as `2026-02-30`.
 *
 * @example parseDay("2026-11-20T14:30") === parseDay("2026-11-20")
 */
export function parseDay(text: string): Day | undefined {
  // Nearly every day in a vault is a plain `YYYY-MM-DD`: read it without the pattern's match array.
  if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 7);
    const day = digits(text, 8, 10);
    if (year >= 0 && month >= 0 && day >= 0) {
      if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
      return dayFromCalendar(year, month, day);
    }
  }
  const m = DAY_PATTERN.exec(text.trim());
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) {
    return undefined;
  }
  return dayFromCalendar(year, month, day);
}

/** The number the ASCII digits `text[from, to)` spell, or -1 if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** @example formatDay(parseDay("2026-11-20")!) === "2026-11-20" */
export function formatDay(d: Day): string {
  const { year, month, day } = calendarOfDay(d);
  // Padding -1 gave "00-1": a negative (astronomical) year is written as ISO 8601 writes it, "-0001".
  const y = year < 0 ? `-${String(-year).padStart(4, "0")}` : String(year).padStart(4, "0");
  return `${y}-${pad2(month)}-${pad2(day)}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A short human form, `20 Oct`, with the year when it is not `today`'s. */
export function formatDayShort(d: Day, today?: Day): string {
  const c = calendarOfDay(d);
  const base = `${c.day} ${MONTHS[c.month - 1] ?? ""}`;
  return today !== undefined && calendarOfDay(today).year === c.year ? base : `${base} ${c.year}`;
}

export const addDays = (d: Day, n: number): Day => d + n;

/** Adds calendar months, clamping to the month's end: 31 Jan + 1 month = 28 (or 29) Feb. */
export function addMonths(d: Day, n: number): Day {
  const c = calendarOfDay(d);
  const total = c.year * 12 + (c.month - 1) + n;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return dayFromCalendar(year, month, Math.min(c.day, daysInMonth(year, month)));
}

/** Adds calendar years, clamping 29 Feb to 28 Feb in a common year. */
export const addYears = (d: Day, n: number): Day => addMonths(d, n * 12);

/** 0 = Monday … 6 = Sunday (ISO). 1970-01-01 was a Thursday. */
export const weekdayOf = (d: Day): number => (((d + 3) % 7) + 7) % 7;

/** The UTC-midnight `Date` of a day: the only form rrule is ever given. */
export const dayToUtcDate = (d: Day): Date => new Date(d * 86_400_000);

/** The calendar day of a `Date` read in UTC (as rrule returns them). */
export const dayFromUtcDate = (date: Date): Day => Math.floor(date.getTime() / 86_400_000);
