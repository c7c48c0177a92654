import fc from "fast-check";
import * as rruleModule from "rrule";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cadenceDays, formatCadence, nextDue, parseCadence, type Cadence } from "@kith/core";
import {
  dayFromCalendar,
  dayFromUtcDate,
  dayToUtcDate,
  daysInMonth,
  formatDay,
  parseDay,
  type Day,
} from "@kith/core";

// The same CommonJS/ESM interop as cadence.ts (see there): the test's rrule is its oracle.
type RRuleModule = typeof rruleModule;
const commonJsDefault: unknown = Reflect.get(rruleModule, "default");
const { RRule } = "RRule" in rruleModule ? rruleModule : (commonJsDefault as RRuleModule);

const day = (text: string): Day => {
  const d = parseDay(text);
  if (d === undefined) throw new Error(`bad test day ${text}`);
  return d;
};

/** The cadence of a text that must parse. */
const cadence = (text: string): Cadence => {
  const r = parseCadence(text);
  if (!r.ok) throw new Error(r.issues.join("; "));
  return r.value;
};

const issue = (text: string): string => {
  const r = parseCadence(text);
  if (r.ok) throw new Error(`${JSON.stringify(text)} parsed as ${JSON.stringify(r.value)}`);
  return r.issues[0] ?? "";
};

const due = (text: string, lastContact: string): string | undefined => {
  const d = nextDue(cadence(text), day(lastContact));
  return d === undefined ? undefined : formatDay(d);
};

const every = (
  years: number,
  months: number,
  weeks: number,
  days: number,
): { kind: "interval"; years: number; months: number; weeks: number; days: number } => ({
  kind: "interval",
  years,
  months,
  weeks,
  days,
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("parseCadence: interval forms", () => {
  it.each([
    ["daily", every(0, 0, 0, 1), "Daily"],
    ["weekly", every(0, 0, 1, 0), "Weekly"],
    ["fortnightly", every(0, 0, 2, 0), "Every 2 weeks"],
    ["biweekly", every(0, 0, 2, 0), "Every 2 weeks"],
    ["monthly", every(0, 1, 0, 0), "Monthly"],
    ["quarterly", every(0, 3, 0, 0), "Every 3 months"],
    ["half-yearly", every(0, 6, 0, 0), "Every 6 months"],
    ["semiannually", every(0, 6, 0, 0), "Every 6 months"],
    ["semi-annually", every(0, 6, 0, 0), "Every 6 months"],
    ["Bi-weekly", every(0, 0, 2, 0), "Every 2 weeks"],
    ["bi weekly", every(0, 0, 2, 0), "Every 2 weeks"],
    ["twice a year", every(0, 6, 0, 0), "Every 6 months"],
    ["three times a year", every(0, 4, 0, 0), "Every 4 months"],
    ["4 times per year", every(0, 3, 0, 0), "Every 3 months"],
    ["12 times a year", every(0, 1, 0, 0), "Monthly"],
    ["yearly", every(1, 0, 0, 0), "Yearly"],
    ["annually", every(1, 0, 0, 0), "Yearly"],
  ])("reads the word %s", (text, amounts, display) => {
    expect(cadence(text)).toEqual({ ...amounts, text: display });
  });

  it.each([
    ["every 10 days", every(0, 0, 0, 10)],
    ["every 2 weeks", every(0, 0, 2, 0)],
    ["every 3 months", every(0, 3, 0, 0)],
    ["every 2 years", every(2, 0, 0, 0)],
    ["every day", every(0, 0, 0, 1)],
    ["every week", every(0, 0, 1, 0)],
    ["every month", every(0, 1, 0, 0)],
    ["every year", every(1, 0, 0, 0)],
    ["every 1 month", every(0, 1, 0, 0)],
    ["every 2 week", every(0, 0, 2, 0)],
    ["every fortnight", every(0, 0, 2, 0)],
    ["every quarter", every(0, 3, 0, 0)],
    ["every other week", every(0, 0, 2, 0)],
    ["every two months", every(0, 2, 0, 0)],
    ["every twelve weeks", every(0, 0, 12, 0)],
    ["6 weeks", every(0, 0, 6, 0)],
    ["  every   3    months  ", every(0, 3, 0, 0)],
    ["every 3 months.", every(0, 3, 0, 0)],
    ["once a month", every(0, 1, 0, 0)],
    ["Once a quarter", every(0, 3, 0, 0)],
    ["once an year", every(1, 0, 0, 0)],
    ["once every 2 weeks", every(0, 0, 2, 0)],
    ["each week", every(0, 0, 1, 0)],
  ])("reads %j", (text, amounts) => {
    expect(cadence(text)).toMatchObject(amounts);
  });

  it.each([
    ["10d", every(0, 0, 0, 10)],
    ["2w", every(0, 0, 2, 0)],
    ["3mo", every(0, 3, 0, 0)],
    ["3m", every(0, 3, 0, 0)], // months: a cadence is never in minutes
    ["1y", every(1, 0, 0, 0)],
    ["3 mo", every(0, 3, 0, 0)],
  ])("reads the short form %s", (text, amounts) => {
    expect(cadence(text)).toMatchObject(amounts);
  });

  it.each([
    ["P3M", every(0, 3, 0, 0), "Every 3 months"],
    ["P2W", every(0, 0, 2, 0), "Every 2 weeks"],
    ["P10D", every(0, 0, 0, 10), "Every 10 days"],
    ["P1Y", every(1, 0, 0, 0), "Yearly"],
    ["P1Y6M", every(1, 6, 0, 0), "Every 1 year and 6 months"],
    ["P1M2W", every(0, 1, 2, 0), "Every 1 month and 2 weeks"],
    ["P1Y2M3W4D", every(1, 2, 3, 4), "Every 1 year, 2 months, 3 weeks and 4 days"],
    ["P0Y3M", every(0, 3, 0, 0), "Every 3 months"],
  ])("reads the ISO-8601 duration %s", (text, amounts, display) => {
    expect(cadence(text)).toEqual({ ...amounts, text: display });
  });

  it.each([
    ["FREQ=DAILY;INTERVAL=10", every(0, 0, 0, 10)],
    ["FREQ=WEEKLY", every(0, 0, 1, 0)],
    ["RRULE:FREQ=MONTHLY;INTERVAL=2", every(0, 2, 0, 0)],
    ["FREQ=YEARLY", every(1, 0, 0, 0)],
    ["FREQ=MONTHLY;INTERVAL=3;WKST=SU", every(0, 3, 0, 0)],
  ])("reads the RRULE %s without BYxxx parts as an interval", (text, amounts) => {
    expect(cadence(text)).toMatchObject(amounts);
  });

  it("keeps units as written: 14 days are not 2 weeks, 12 months are not a year", () => {
    expect(cadence("14d")).toMatchObject(every(0, 0, 0, 14));
    expect(cadence("every 12 months")).toMatchObject(every(0, 12, 0, 0));
  });
});

describe("parseCadence: none", () => {
  it.each(["none", "None", "NEVER", " never "])("reads %j", (text) => {
    expect(cadence(text)).toEqual({ kind: "none", text: "None" });
  });
});

describe("parseCadence: calendar forms", () => {
  it.each([
    ["RRULE:FREQ=MONTHLY;BYDAY=1MO", "FREQ=MONTHLY;BYDAY=1MO", "Every month on the 1st Monday"],
    ["FREQ=MONTHLY;BYDAY=+1MO", "FREQ=MONTHLY;BYDAY=1MO", "Every month on the 1st Monday"],
    ["BYDAY=1MO;FREQ=MONTHLY", "FREQ=MONTHLY;BYDAY=1MO", "Every month on the 1st Monday"],
    ["FREQ=MONTHLY;BYDAY=1MO;", "FREQ=MONTHLY;BYDAY=1MO", "Every month on the 1st Monday"],
    ["FREQ = MONTHLY; BYDAY = 1MO", "FREQ=MONTHLY;BYDAY=1MO", "Every month on the 1st Monday"],
    ["FREQ=WEEKLY;BYDAY=FR,MO,FR", "FREQ=WEEKLY;BYDAY=MO,FR", "Every week on Monday, Friday"],
    ["FREQ=MONTHLY;BYMONTHDAY=-1", "FREQ=MONTHLY;BYMONTHDAY=-1", "Every month on the last day"],
    [
      "FREQ=MONTHLY;BYMONTHDAY=15,1",
      "FREQ=MONTHLY;BYMONTHDAY=1,15",
      "Every month on the 1st and 15th",
    ],
    [
      "FREQ=MONTHLY;INTERVAL=1;BYDAY=-1FR",
      "FREQ=MONTHLY;BYDAY=-1FR",
      "Every month on the last Friday",
    ],
    [
      "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15",
      "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15",
      "Every March on the 15th",
    ],
    ["FREQ=YEARLY;BYYEARDAY=-1", "FREQ=YEARLY;BYYEARDAY=-1", "Every year on the last day"],
    [
      "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=SU",
      "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=SU",
      "Every 2 weeks on Tuesday",
    ],
    ["FREQ=WEEKLY;BYDAY=MO;WKST=MO", "FREQ=WEEKLY;BYDAY=MO", "Every week on Monday"],
    [
      "FREQ=WEEKLY;BYDAY=MO;UNTIL=20271231T235959Z",
      "FREQ=WEEKLY;BYDAY=MO;UNTIL=20271231",
      "Every week on Monday until December 31, 2027",
    ],
    [
      "FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR",
      "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
      "Every month on the last weekday",
    ],
    [
      "FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=1",
      "FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=1",
      "Every month on the 1st weekend day",
    ],
    [
      "FREQ=YEARLY;BYMONTH=9;BYDAY=MO;BYSETPOS=1,-1",
      "FREQ=YEARLY;BYMONTH=9;BYDAY=MO;BYSETPOS=-1,1",
      "Every September on the 1st and last Monday",
    ],
    [
      "FREQ=MONTHLY;BYMONTHDAY=1,15;BYDAY=MO,TU;BYSETPOS=-2,-1",
      "FREQ=MONTHLY;BYMONTHDAY=1,15;BYDAY=MO,TU;BYSETPOS=-2,-1",
      "Every month on Monday or Tuesday the 1st or 15th (the last and 2nd last of these each month)",
    ],
    // Where rrule's toText, which Kith used before, was wrong or left a part out.
    [
      "FREQ=MONTHLY;BYDAY=2MO,2TU,2WE,2TH,2FR",
      "FREQ=MONTHLY;BYDAY=2MO,2TU,2WE,2TH,2FR",
      "Every month on the 2nd Monday, 2nd Tuesday, 2nd Wednesday, 2nd Thursday and 2nd Friday",
    ],
    [
      "FREQ=WEEKLY;BYMONTH=6,7;BYDAY=MO,TU,WE,TH,FR",
      "FREQ=WEEKLY;BYMONTH=6,7;BYDAY=MO,TU,WE,TH,FR",
      "Every weekday in June and July",
    ],
    [
      "FREQ=YEARLY;BYMONTH=12;BYDAY=MO,TU,WE,TH,FR",
      "FREQ=YEARLY;BYMONTH=12;BYDAY=MO,TU,WE,TH,FR",
      "Every December on weekdays",
    ],
    [
      "FREQ=YEARLY;INTERVAL=2;BYMONTH=6;BYDAY=3SU",
      "FREQ=YEARLY;INTERVAL=2;BYMONTH=6;BYDAY=3SU",
      "Every 2 years in June on the 3rd Sunday",
    ],
    [
      "FREQ=YEARLY;BYYEARDAY=101,-2",
      "FREQ=YEARLY;BYYEARDAY=-2,101",
      "Every year on the 2nd last day and 101st day",
    ],
    [
      "DTSTART:20260105\nRRULE:FREQ=WEEKLY;INTERVAL=101;COUNT=101",
      "DTSTART:20260105\nRRULE:FREQ=WEEKLY;INTERVAL=101;COUNT=101",
      "Every 101 weeks for 101 times from 2026-01-05",
    ],
  ])("reads %s", (text, rule, display) => {
    expect(cadence(text)).toEqual({ kind: "calendar", rule, text: display });
  });

  it.each([
    "DTSTART:20260105\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
    "DTSTART;VALUE=DATE:20260105\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
    "DTSTART:20260105T090000Z\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
    "DTSTART;TZID=Europe/Paris:20260105T090000\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
    "DTSTART:2026-01-05\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
    "DTSTART:20260105\r\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO\r\n",
    "DTSTART:20260105 RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
    "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO\nDTSTART:20260105",
    "DTSTART:20260105\nFREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
    "dtstart:20260105\nrrule:freq=weekly;interval=2;byday=mo",
    "DTSTART:20260105\nRRULE:FREQ=WEEKLY;INTERVAL=2;BY\n DAY=MO", // an RFC 5545 folded line
  ])("reads a DTSTART, dropping its time and zone: %j", (text) => {
    expect(cadence(text)).toEqual({
      kind: "calendar",
      rule: "DTSTART:20260105\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
      text: "Every 2 weeks on Monday from 2026-01-05",
    });
  });

  it("makes a rule without BYxxx parts a calendar cadence when it has a DTSTART", () => {
    expect(cadence("DTSTART:20260105\nRRULE:FREQ=WEEKLY;INTERVAL=2")).toEqual({
      kind: "calendar",
      rule: "DTSTART:20260105\nRRULE:FREQ=WEEKLY;INTERVAL=2",
      text: "Every 2 weeks from 2026-01-05",
    });
  });

  it.each([
    ["every month on the first Monday", "FREQ=MONTHLY;BYDAY=1MO"],
    ["Every Month On The 1st Monday", "FREQ=MONTHLY;BYDAY=1MO"],
    ["every week on Friday", "FREQ=WEEKLY;BYDAY=FR"],
    ["every week on fri and mon", "FREQ=WEEKLY;BYDAY=MO,FR"],
    ["every week on monday, wednesday", "FREQ=WEEKLY;BYDAY=MO,WE"],
    ["every monday", "FREQ=WEEKLY;BYDAY=MO"],
    ["every weekday", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"],
    ["every 2 months on the last friday", "FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR"],
    ["every other month on the 15th", "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15"],
    ["every month on the fourth thursday", "FREQ=MONTHLY;BYDAY=4TH"],
    ["every month on mondays", "FREQ=MONTHLY;BYDAY=MO"],
    ["every month on the last day", "FREQ=MONTHLY;BYMONTHDAY=-1"],
    ["every month on the 1st and 15th", "FREQ=MONTHLY;BYMONTHDAY=1,15"],
    ["every 2 weeks on tuesday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"],
    ["every january on the 15th", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15"],
  ])("reads the English %j", (text, rule) => {
    expect(cadence(text)).toMatchObject({ kind: "calendar", rule });
  });

  it("shows the rule in words, capitalised", () => {
    expect(cadence("every month on the first Monday").text).toBe("Every month on the 1st Monday");
    expect(cadence("Weekly on Monday").text).toBe(cadence("every week on monday").text);
    expect(cadence("monthly on the 15th").text).toBe(cadence("every month on the 15th").text);
    expect(cadence("bi-weekly on Friday").text).toBe(cadence("every 2 weeks on friday").text);
    expect(cadence("every weekday").text).toBe("Every weekday");
  });
});

describe("parseCadence: what is not a cadence", () => {
  it("says so with the quoted input and the forms that would work", () => {
    expect(issue("every fortnite")).toBe(
      '"every fortnite" is not a cadence; try "every 2 weeks", "monthly", "3mo", "P2W" or an RRULE such as "FREQ=MONTHLY;BYDAY=1MO"',
    );
  });

  it.each([
    "",
    "   ",
    "every fortnite",
    "sometimes",
    "weeks",
    "every",
    "every every week",
    "-",
    "P",
    "3x",
    "every year on christmas", // rrule reads this as "yearly" and drops the rest
    "every 3 days please",
    "every month on the first monday blah",
    "every month monday", // rrule stops at "monday" and would say "monthly"
    "every week on the",
    "every 2nd monday",
    "every day on monday", // rrule would read "daily"
    "every we th",
    "every monthly",
  ])("refuses %j with the usual hint", (text) => {
    expect(issue(text)).toMatch(/^".*" is not a cadence; try "every 2 weeks"/s);
  });

  it.each([
    ["every 0 days", "at least one day"],
    ["0d", "at least one day"],
    ["P0D", "at least one day"],
    ["P0Y0M", "at least one day"],
    ["every -1 days", "negative"],
    ["-2w", "negative"],
    ["-P1M", "negative"],
    ["every 1.5 months", "whole numbers"],
    ["P1.5M", "whole numbers"],
    ["every 20000 days", "above 10000"],
    ["30", 'say the unit, e.g. "30d"'],
    ["PT3H", "in days or longer"],
    ["P1DT12H", "in days or longer"],
    ["FREQ=HOURLY", "in days or longer"],
    ["FREQ=MINUTELY;INTERVAL=30", "in days or longer"],
    ["RRULE:FREQ=SECONDLY", "in days or longer"],
    ["FREQ=DAILY;BYHOUR=9", "in days or longer"],
    ["FREQ=WEEKLY;BYDAY=MO;BYMINUTE=30", "in days or longer"],
    ["every hour", "in days or longer"],
    ["every 30 minutes", "in days or longer"],
    // Twice a month or every two months? Neither is guessed; both are offered.
    ["bimonthly", 'write "every 2 months" or "every 2 weeks"'],
    // A count per period that does not divide it: the time between contacts would vary.
    ["twice a week", 'give the time from one contact to the next, e.g. "every 4 days"'],
    ["7 times a week", 'e.g. "daily"'],
    ["twice a month", 'e.g. "every 2 weeks"'],
    ["three times a month", 'e.g. "every 10 days"'],
    ["5 times a year", 'e.g. "every 10 weeks"'],
    ["0 times a year", "try"],
    ["Bi-monthly", 'write "every 2 months" or "every 2 weeks"'],
    ["every week on monday at 9", "time of day"],
    ["every week until january 1, 2027", "UNTIL"],
    ["every month for 3 times", "COUNT"],
    ["FREQ=FORTNIGHTLY", "FREQ=FORTNIGHTLY is not DAILY"],
    ["RRULE:", "no FREQ"],
    ["FOO=BAR", "FOO is not a rule part"],
    ["BYDAY=MO", "no FREQ"],
    ["FREQ=MONTHLY;BYDAY=XX", "BYDAY=XX"],
    ["FREQ=MONTHLY;BYDAY=0MO", "BYDAY=0MO"],
    ["FREQ=MONTHLY;BYDAY=6MO", "at most 5"],
    ["FREQ=WEEKLY;BYDAY=1MO", "numbered weekday"],
    ["FREQ=YEARLY;BYWEEKNO=1;BYDAY=1MO", "numbered weekday"],
    ["FREQ=MONTHLY;BYMONTHDAY=32", "BYMONTHDAY=32"],
    ["FREQ=MONTHLY;BYMONTHDAY=0", "BYMONTHDAY=0"],
    ["FREQ=YEARLY;BYMONTH=13;BYMONTHDAY=1", "BYMONTH=13"],
    ["FREQ=YEARLY;BYMONTH=-1;BYMONTHDAY=1", "BYMONTH=-1"],
    ["FREQ=MONTHLY;INTERVAL=0;BYDAY=MO", "INTERVAL=0"],
    ["FREQ=MONTHLY;INTERVAL=-2;BYDAY=MO", "INTERVAL=-2"],
    ["FREQ=MONTHLY;INTERVAL=abc;BYDAY=MO", "INTERVAL=ABC"],
    ["FREQ=MONTHLY;FREQ=WEEKLY", "FREQ is given twice"],
    ["FREQ=MONTHLY;BYDAY", "BYDAY has no value"],
    ["FREQ=MONTHLY;FOO=1", "FOO is not a rule part"],
    ["FREQ=MONTHLY;BYEASTER=0", "BYEASTER is not a rule part"],
    ["FREQ=WEEKLY;BYWEEKNO=20", "BYWEEKNO needs FREQ=YEARLY"],
    ["FREQ=MONTHLY;BYYEARDAY=100", "BYYEARDAY needs FREQ=YEARLY"],
    ["FREQ=WEEKLY;BYMONTHDAY=1", "BYMONTHDAY cannot be used with FREQ=WEEKLY"],
    ["FREQ=MONTHLY;BYSETPOS=1", "BYSETPOS needs another BYxxx part"],
    ["FREQ=WEEKLY;BYDAY=MO;COUNT=3", "COUNT needs a DTSTART"],
    ["DTSTART:20260105\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3;UNTIL=20270101", "cannot both"],
    ["FREQ=WEEKLY;UNTIL=20271231", "UNTIL needs a BYxxx part"],
    ["FREQ=WEEKLY;BYDAY=MO;UNTIL=2027", "UNTIL=2027 is not a date"],
    ["FREQ=WEEKLY;BYDAY=MO;UNTIL=20270230", "UNTIL=20270230 is not a date"],
    ["FREQ=WEEKLY;BYDAY=MO;WKST=XX", "WKST=XX is not a weekday"],
    ["DTSTART:20260230\nRRULE:FREQ=WEEKLY;BYDAY=MO", "is not a DTSTART"],
    ["DTSTART:20260105", "no RRULE"],
    ["DTSTART:20260105\nDTSTART:20260106\nRRULE:FREQ=WEEKLY;BYDAY=MO", "two DTSTARTs"],
    ["RRULE:FREQ=WEEKLY;BYDAY=MO\nRRULE:FREQ=WEEKLY;BYDAY=FR", "only one RRULE"],
    ["RRULE:FREQ=WEEKLY;BYDAY=MO\nEXDATE:20260105", "not EXDATE"],
    ["FREQ=YEARLY;BYMONTH=3", "which months but not which day"],
    ["FREQ=MONTHLY;BYMONTH=2,3", "which months but not which day"],
    ["every january", "which months but not which day"],
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "never falls on a day"],
    ["FREQ=MONTHLY;BYMONTH=4,6;BYMONTHDAY=31", "never falls on a day"],
    ["FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "never falls on a day"],
    ["FREQ=DAILY;BYMONTHDAY=31;BYMONTH=11", "never falls on a day"],
    ["FREQ=MONTHLY;BYMONTHDAY=31;BYSETPOS=2", "never falls on a day"],
    ["FREQ=YEARLY;BYYEARDAY=366;BYMONTH=1", "never falls on a day"],
    ["DTSTART:20260131\nRRULE:FREQ=YEARLY;BYMONTH=2", "never falls on a day"],
    [
      "DTSTART:20260105\nRRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20251231",
      "no occurrence from its DTSTART",
    ],
    ["FREQ=WEEKLY;BYDAY=MO;BYSETPOS=1", "BYSETPOS needs FREQ=MONTHLY or YEARLY"],
    // rrule reads a mix of numbered and plain weekdays as both at once: it would never come due
    [
      "FREQ=MONTHLY;INTERVAL=2;BYDAY=-2SA,SU",
      "BYDAY=-2SA,SU mixes a numbered weekday (-2SA) with an every-week one (SU), which Kith cannot count; use only numbered weekdays (e.g. -2SA,1SU) or only plain ones (e.g. SA,SU)",
    ],
    ["FREQ=MONTHLY;BYDAY=1MO,TU", "mixes a numbered weekday (1MO) with an every-week one (TU)"],
    ["every month on the first monday and friday", "mixes a numbered weekday (1MO)"],
    // An INTERVAL counts only some periods: a rule must fall in each, or a stride can miss it
    ["FREQ=DAILY;INTERVAL=7;BYDAY=MO", "with INTERVAL=7 it must fall in every day"],
    ["DTSTART:20260106\nRRULE:FREQ=DAILY;INTERVAL=7;BYDAY=MO", "INTERVAL=7"],
    ["FREQ=WEEKLY;INTERVAL=2;BYMONTH=3;BYDAY=MO", "with INTERVAL=2 it must fall in every week"],
    ["FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=31", "with INTERVAL=2 it must fall in every month"],
    ["FREQ=MONTHLY;INTERVAL=12;BYDAY=5MO", "INTERVAL=12"],
    ["FREQ=MONTHLY;INTERVAL=2;BYDAY=MO;BYSETPOS=5", "INTERVAL=2"],
    ["FREQ=MONTHLY;INTERVAL=2;BYMONTH=3;BYDAY=1MO", "INTERVAL=2"],
    [
      "FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29",
      "with INTERVAL=4 it must fall in every year",
    ],
    ["FREQ=YEARLY;INTERVAL=2;BYWEEKNO=53", "INTERVAL=2"],
    ["DTSTART:20260131\nRRULE:FREQ=YEARLY;INTERVAL=2;BYMONTH=2,4", "INTERVAL=2"],
    ["x".repeat(600), "too long"],
  ])("refuses %j: %s", (text, reason) => {
    const message = issue(text);
    expect(
      message.startsWith(JSON.stringify(text.length > 80 ? `${text.slice(0, 79)}…` : text)),
    ).toBe(true);
    expect(message).toContain(" is not a cadence");
    expect(message).toContain(reason);
  });

  it("refuses a rule that never falls at once, not after rrule walks to the year 9999 (bug fixed)", () => {
    // rrule searched 8,000 years of days for the first of these: 30 seconds.
    const started = Date.now();
    for (const text of [
      "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;BYDAY=MO",
      "FREQ=MONTHLY;BYMONTHDAY=30;BYMONTH=2;BYSETPOS=1",
      "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31",
    ]) {
      expect(issue(text)).toContain("never falls on a day");
    }
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it.each([
    "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH",
    "FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR",
    "FREQ=MONTHLY;INTERVAL=2;BYDAY=4TH",
    "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15,31",
    "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1",
    "FREQ=MONTHLY;INTERVAL=2;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
    "FREQ=YEARLY;INTERVAL=2;BYMONTH=3;BYMONTHDAY=15",
    "FREQ=YEARLY;INTERVAL=2;BYMONTH=2,3;BYMONTHDAY=30",
    "FREQ=YEARLY;INTERVAL=3;BYMONTH=11;BYDAY=4TH",
    "FREQ=YEARLY;INTERVAL=2;BYYEARDAY=100",
    "FREQ=YEARLY;INTERVAL=2;BYWEEKNO=20;BYDAY=MO",
    "DTSTART:20260131\nRRULE:FREQ=MONTHLY;INTERVAL=2",
    "DTSTART:20280229\nRRULE:FREQ=YEARLY;INTERVAL=3",
    "DTSTART:20260131\nRRULE:FREQ=DAILY;INTERVAL=10",
  ])("takes an INTERVAL with a rule that falls in every period: %j", (text) => {
    expect(cadence(text).kind).toBe("calendar");
  });

  it("quotes the input as given, newlines escaped, so a diagnostic stays on one line", () => {
    expect(issue("DTSTART:20260105\nRRULE:FREQ=HOURLY")).toMatch(
      /^"DTSTART:20260105\\nRRULE:FREQ=HOURLY" is not/,
    );
  });
});

describe("parseCadence: cache", () => {
  it("returns the same frozen result for the same text", () => {
    const a = parseCadence("every 5 weeks");
    expect(parseCadence("every 5 weeks")).toBe(a);
    expect(Object.isFrozen(cadence("every 5 weeks"))).toBe(true);
  });

  it("stays correct past its bound", () => {
    const first = cadence("every 7 days");
    for (let n = 1; n <= 6000; n += 1) {
      parseCadence(`every ${n} days`);
      parseCadence(`${n}w`);
    }
    expect(cadence("every 7 days")).toEqual(first);
    expect(cadence("6000w")).toMatchObject({ weeks: 6000 });
  });
});

describe("formatCadence", () => {
  it.each([
    ["none", "none"],
    ["never", "none"],
    ["daily", "daily"],
    ["every 1 week", "weekly"],
    ["Monthly", "monthly"],
    ["annually", "yearly"],
    ["fortnightly", "every 2 weeks"],
    ["quarterly", "every 3 months"],
    ["3m", "every 3 months"],
    ["14d", "every 14 days"],
    ["P2Y", "every 2 years"],
    ["P1Y6M", "P1Y6M"],
    ["P1M2W", "P1M2W"],
    ["P0Y1M0W3D", "P1M3D"],
    ["FREQ=MONTHLY;INTERVAL=2", "every 2 months"],
    ["rrule:freq=monthly;byday=+1mo", "FREQ=MONTHLY;BYDAY=1MO"],
    ["every week on Friday", "FREQ=WEEKLY;BYDAY=FR"],
    [
      "DTSTART;VALUE=DATE:20260105 RRULE:BYDAY=MO;FREQ=WEEKLY",
      "DTSTART:20260105\nRRULE:FREQ=WEEKLY;BYDAY=MO",
    ],
    [
      "FREQ=YEARLY;WKST=SU;UNTIL=20301231;BYSETPOS=1;BYDAY=MO;BYMONTHDAY=1,2,3,4,5,6,7;BYMONTH=9",
      "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=1,2,3,4,5,6,7;BYDAY=MO;BYSETPOS=1;WKST=SU;UNTIL=20301231",
    ],
  ])("prints %j as %j", (text, printed) => {
    expect(formatCadence(cadence(text))).toBe(printed);
  });

  it("prints what parses back to the same cadence", () => {
    for (const text of [
      "every 3 months",
      "P1Y6M",
      "every week on Friday",
      "DTSTART:20260105\nRRULE:FREQ=WEEKLY;BYDAY=MO",
    ]) {
      expect(cadence(formatCadence(cadence(text)))).toEqual(cadence(text));
    }
  });
});

describe("nextDue: intervals by calendar arithmetic", () => {
  it.each([
    ["monthly", "2027-01-31", "2027-02-28"], // a common year
    ["monthly", "2028-01-31", "2028-02-29"], // a leap year
    ["monthly", "2026-03-31", "2026-04-30"],
    ["monthly", "2026-12-15", "2027-01-15"],
    ["yearly", "2028-02-29", "2029-02-28"],
    ["every 4 years", "2028-02-29", "2032-02-29"],
    ["quarterly", "2026-03-31", "2026-06-30"],
    ["quarterly", "2026-11-30", "2027-02-28"],
    ["every 6 months", "2026-08-31", "2027-02-28"],
    ["P6M", "2027-08-31", "2028-02-29"],
    ["weekly", "2026-12-29", "2027-01-05"],
    ["fortnightly", "2026-11-02", "2026-11-16"],
    ["10d", "2026-02-25", "2026-03-07"],
    ["daily", "2028-02-28", "2028-02-29"],
  ])("%s after %s is due %s", (text, last, next) => {
    expect(due(text, last)).toBe(next);
  });

  it("adds years and months together, clamping once: 29 Feb 2028 + P1Y6M = 29 Aug 2029", () => {
    expect(due("P1Y6M", "2028-02-29")).toBe("2029-08-29");
  });

  it("adds months before weeks and days: 31 Jan + P1M1D = 1 Mar", () => {
    expect(due("P1M1D", "2027-01-31")).toBe("2027-03-01");
    expect(due("P1M2W", "2027-01-31")).toBe("2027-03-14");
  });

  it("does not use rrule occurrences, which would skip February", () => {
    expect(due("FREQ=MONTHLY", "2027-01-31")).toBe("2027-02-28");
  });

  it("never touches rrule", () => {
    const after = vi.spyOn(RRule.prototype, "after");
    nextDue(cadence("monthly"), day("2026-11-02"));
    nextDue(cadence("P1Y2M3W4D"), day("2026-11-02"));
    expect(after).not.toHaveBeenCalled();
    nextDue(cadence("FREQ=MONTHLY;BYDAY=1MO"), day("2026-11-02"));
    expect(after).toHaveBeenCalled(); // so the spy does see rrule's calls
  });

  it("is undefined for none", () => {
    expect(nextDue(cadence("none"), day("2026-11-02"))).toBeUndefined();
  });
});

describe("nextDue: calendar rules", () => {
  it.each([
    ["RRULE:FREQ=MONTHLY;BYDAY=1MO", "2026-11-02", "2026-12-07"], // strictly after: not the same day
    ["RRULE:FREQ=MONTHLY;BYDAY=1MO", "2026-11-01", "2026-11-02"],
    ["RRULE:FREQ=MONTHLY;BYDAY=1MO", "2026-12-31", "2027-01-04"],
    ["every week on Friday", "2026-11-02", "2026-11-06"],
    ["every week on Friday", "2026-11-06", "2026-11-13"],
    ["every weekday", "2026-11-06", "2026-11-09"],
    ["every month on the last friday", "2026-11-27", "2026-12-25"],
    ["FREQ=MONTHLY;BYMONTHDAY=-1", "2027-01-31", "2027-02-28"],
    ["FREQ=MONTHLY;BYMONTHDAY=-1", "2028-02-28", "2028-02-29"],
    ["FREQ=MONTHLY;BYMONTHDAY=31", "2027-01-31", "2027-03-31"], // the rule's dates: no 31 February
    ["FREQ=MONTHLY;BYMONTHDAY=30", "2027-01-30", "2027-03-30"],
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "2028-02-29", "2032-02-29"],
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "2096-02-29", "2104-02-29"], // 2100 is not a leap year
    ["FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25", "2026-12-25", "2027-12-25"],
    ["FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO", "2026-12-28", "2032-12-27"],
    // 29 February on a Monday: 28 years on, and rrule takes them day by day
    ["FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO", "2016-02-29", "2044-02-29"],
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO", "2016-02-29", "2044-02-29"],
    ["FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "2026-11-27", "2026-11-30"],
    ["FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "2026-11-30", "2026-12-31"],
  ])("%s after %s is due %s", (text, last, next) => {
    expect(due(text, last)).toBe(next);
  });

  it("without DTSTART counts periods from the last contact", () => {
    // Every other Monday, the fortnights starting in the last contact's week.
    expect(due("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "2026-11-02")).toBe("2026-11-16");
    expect(due("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "2026-11-03")).toBe("2026-11-16");
    expect(due("FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "2026-11-03")).toBe("2026-11-06");
  });

  it("with DTSTART keeps the rule's own fortnights", () => {
    const rule = "DTSTART:20260105\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO";
    expect(due(rule, "2026-01-05")).toBe("2026-01-19");
    expect(due(rule, "2026-01-12")).toBe("2026-01-19");
    expect(due(rule, "2026-11-02")).toBe("2026-11-09"); // 2 Nov is in an off week
    expect(due(rule, "2026-11-09")).toBe("2026-11-23");
    expect(due("DTSTART:20260105\nRRULE:FREQ=WEEKLY;INTERVAL=2", "2026-11-02")).toBe("2026-11-09");
  });

  it("with DTSTART and no BYxxx part falls on the rule's dates, skipping months without the day", () => {
    const rule = "DTSTART:20260131\nRRULE:FREQ=MONTHLY;INTERVAL=2";
    expect(due(rule, "2026-01-31")).toBe("2026-03-31");
    expect(due(rule, "2026-07-31")).toBe("2027-01-31"); // no 31 September or November
    expect(due("DTSTART:20280229\nRRULE:FREQ=YEARLY", "2028-02-29")).toBe("2032-02-29");
  });

  it("with a DTSTART after the last contact is due on the first occurrence from DTSTART", () => {
    expect(due("DTSTART:20270104\nRRULE:FREQ=WEEKLY;BYDAY=MO", "2026-11-02")).toBe("2027-01-04");
    expect(due("DTSTART:20270105\nRRULE:FREQ=WEEKLY;BYDAY=MO", "2026-11-02")).toBe("2027-01-11");
  });

  it("with a DTSTART long ago gives what rrule gives from that DTSTART", () => {
    const rule = "DTSTART:19010101\nRRULE:FREQ=WEEKLY;INTERVAL=3;BYDAY=TU,SA";
    expect(due(rule, "2026-11-02")).toBe(oracle(cadence(rule), day("2026-11-02")));
    expect(due("DTSTART:19000131\nRRULE:FREQ=MONTHLY", "2026-11-02")).toBe("2026-12-31");
  });

  it("is undefined once COUNT is used up", () => {
    const rule = "DTSTART:20260105\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3";
    expect(due(rule, "2025-12-01")).toBe("2026-01-05");
    expect(due(rule, "2026-01-05")).toBe("2026-01-12");
    expect(due(rule, "2026-01-12")).toBe("2026-01-19");
    expect(due(rule, "2026-01-19")).toBeUndefined();
  });

  it("is undefined after UNTIL, which counts its own day", () => {
    const rule = "FREQ=WEEKLY;BYDAY=MO;UNTIL=20261228";
    expect(due(rule, "2026-12-27")).toBe("2026-12-28");
    expect(due(rule, "2026-12-28")).toBeUndefined();
  });

  it("throws for a calendar cadence built by hand with a bad rule (a programmer's error)", () => {
    expect(() => nextDue({ kind: "calendar", rule: "FREQ=HOURLY", text: "" }, 0)).toThrow(
      RangeError,
    );
  });
});

describe("cadenceDays", () => {
  it.each([
    ["daily", 1],
    ["weekly", 7],
    ["fortnightly", 14],
    ["monthly", 30],
    ["every 2 months", 61],
    ["quarterly", 91],
    ["yearly", 365],
    ["P1Y6M", 548],
    ["P1M2W3D", 47],
    ["every week on Friday", 7],
    ["every 2 months on the last friday", 61],
    ["FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25", 365],
    ["DTSTART:20260105\nRRULE:FREQ=DAILY;INTERVAL=3", 3],
  ])("%s is about %i days", (text, days) => {
    expect(cadenceDays(cadence(text))).toBe(days);
  });

  it("is undefined for none", () => {
    expect(cadenceDays(cadence("none"))).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const D1900 = dayFromCalendar(1900, 1, 1);
const D2200 = dayFromCalendar(2200, 12, 31);
const anyDay = fc.integer({ min: D1900, max: D2200 });

const amount = fc.integer({ min: 1, max: 400 });
const unitWords = {
  days: ["d", "day", "days"],
  weeks: ["w", "week", "weeks"],
  months: ["m", "mo", "month", "months"],
  years: ["y", "year", "years"],
} as const;

/** Interval cadences written every way the design allows, with their amounts. */
const intervalText = fc.oneof(
  fc
    .record({
      field: fc.constantFrom("days", "weeks", "months", "years"),
      n: amount,
      style: fc.constantFrom("every", "short", "iso", "rrule"),
      upper: fc.boolean(),
    })
    .chain(({ field, n, style, upper }) =>
      fc.constantFrom(...unitWords[field]).map((word) => {
        const text =
          style === "every"
            ? `every ${n} ${word.length > 2 ? word : field}`
            : style === "short"
              ? `${n}${word.length <= 2 ? word : field.charAt(0)}`
              : style === "iso"
                ? `P${n}${field === "months" ? "M" : field.charAt(0).toUpperCase()}`
                : `FREQ=${{ days: "DAILY", weeks: "WEEKLY", months: "MONTHLY", years: "YEARLY" }[field]};INTERVAL=${n}`;
        return upper ? text.toUpperCase() : text;
      }),
    ),
  fc
    .record({ y: fc.nat(20), m: fc.nat(30), w: fc.nat(60), d: fc.nat(400) })
    .filter((a) => a.y + a.m + a.w + a.d > 0)
    .map((a) => `P${a.y}Y${a.m}M${a.w}W${a.d}D`),
  fc.constantFrom(
    "daily",
    "weekly",
    "fortnightly",
    "biweekly",
    "monthly",
    "quarterly",
    "yearly",
    "annually",
  ),
);

const weekday = fc.constantFrom("MO", "TU", "WE", "TH", "FR", "SA", "SU");
const interval = fc.integer({ min: 1, max: 4 });

/** Calendar rules (each with a day-level part, so each has a next occurrence), as parts to write in any order. */
const ruleParts: fc.Arbitrary<string[]> = fc.oneof(
  fc
    .record({
      i: interval,
      days: fc.uniqueArray(weekday, { minLength: 1, maxLength: 7 }),
      wkst: fc.option(weekday, { nil: undefined }),
    })
    .map(({ i, days, wkst }) => [
      "FREQ=WEEKLY",
      `INTERVAL=${i}`,
      `BYDAY=${days.join(",")}`,
      ...(wkst === undefined ? [] : [`WKST=${wkst}`]),
    ]),
  fc
    .record({ i: interval, n: fc.constantFrom(1, 2, 3, 4, -1, -2, "+1", "+2"), d: weekday })
    .map(({ i, n, d }) => ["FREQ=MONTHLY", `INTERVAL=${i}`, `BYDAY=${n}${d}`]),
  // With an INTERVAL, one day must be in every month (see the refusals); 29 to 31 skip months.
  fc
    .record({
      i: interval,
      sure: fc.integer({ min: -28, max: 28 }).filter((d) => d !== 0),
      more: fc.uniqueArray(fc.integer({ min: 29, max: 31 }), { maxLength: 2 }),
    })
    .map(({ i, sure, more }) => [
      "FREQ=MONTHLY",
      `INTERVAL=${i}`,
      `BYMONTHDAY=${[sure, ...more].join(",")}`,
    ]),
  fc
    .uniqueArray(fc.oneof(fc.integer({ min: 1, max: 31 }), fc.integer({ min: -31, max: -1 })), {
      minLength: 1,
      maxLength: 3,
    })
    .map((days) => ["FREQ=MONTHLY", `BYMONTHDAY=${days.join(",")}`]),
  fc
    .record({
      i: interval,
      month: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ i, month, d }) => [
      "FREQ=YEARLY",
      `INTERVAL=${i}`,
      `BYMONTH=${month}`,
      `BYMONTHDAY=${d}`,
    ]),
  fc
    .record({ month: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 29, max: 31 }) })
    .filter(({ month, d }) => d <= daysInMonth(2028, month))
    .map(({ month, d }) => ["FREQ=YEARLY", `BYMONTH=${month}`, `BYMONTHDAY=${d}`]),
  fc
    .record({ d: fc.integer({ min: -365, max: 365 }).filter((d) => d !== 0) })
    .map(({ d }) => ["FREQ=YEARLY", `BYYEARDAY=${d}`]),
  // DAILY with a BYxxx part takes no INTERVAL (see the refusals)
  fc
    .record({
      months: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }),
      days: fc.uniqueArray(weekday, { maxLength: 3 }),
      monthdays: fc.uniqueArray(fc.integer({ min: 1, max: 28 }), { maxLength: 2 }),
    })
    .map(({ months, days, monthdays }) => [
      "FREQ=DAILY",
      `BYMONTH=${months.join(",")}`,
      ...(days.length > 0 ? [`BYDAY=${days.join(",")}`] : []),
      ...(monthdays.length > 0 ? [`BYMONTHDAY=${monthdays.join(",")}`] : []),
    ]),
  fc
    .record({
      pos: fc.constantFrom(1, 2, -1, -2),
      days: fc.uniqueArray(weekday, { minLength: 1, maxLength: 7 }),
    })
    .map(({ pos, days }) => ["FREQ=MONTHLY", `BYDAY=${days.join(",")}`, `BYSETPOS=${pos}`]),
);

const dtstartDay = fc.integer({
  min: dayFromCalendar(1990, 1, 1),
  max: dayFromCalendar(2030, 12, 31),
});
const compact = (d: Day): string => formatDay(d).replace(/-/g, "");

/** A calendar rule written in a random order, case and layout, with or without DTSTART. */
const ruleText = fc
  .record({
    parts: ruleParts.chain((parts) =>
      fc.shuffledSubarray(parts, { minLength: parts.length, maxLength: parts.length }),
    ),
    dtstart: fc.option(dtstartDay, { nil: undefined }),
    prefix: fc.boolean(),
    lower: fc.boolean(),
    separator: fc.constantFrom("\n", "\r\n", " "),
  })
  .map(({ parts, dtstart, prefix, lower, separator }) => {
    const line = `${prefix ? "RRULE:" : ""}${parts.join(";")}`;
    const text = dtstart === undefined ? line : `DTSTART:${compact(dtstart)}${separator}${line}`;
    return lower ? text.toLowerCase() : text;
  });

/** What rrule itself says, from the real DTSTART with no shortcut: the oracle for nextDue. */
function oracle(c: Cadence, lastContact: Day): string | undefined {
  if (c.kind !== "calendar") throw new Error("not a calendar cadence");
  const start = /^DTSTART:(\d{4})(\d{2})(\d{2})\n/.exec(c.rule);
  const options = RRule.parseString(c.rule.replace(/^DTSTART:\d{8}\nRRULE:/, ""));
  const dtstart =
    start === null
      ? lastContact
      : dayFromCalendar(Number(start[1]), Number(start[2]), Number(start[3]));
  const next = new RRule({ ...options, dtstart: dayToUtcDate(dtstart), tzid: null }, true).after(
    dayToUtcDate(lastContact),
    false,
  );
  return next === null ? undefined : formatDay(dayFromUtcDate(next));
}

// Generous: fast-check runs hundreds of cases, and a CI machine may be busy.
const PROPERTY_TIMEOUT = 60_000;

describe("properties", () => {
  it(
    "every interval cadence falls due after the last contact",
    () => {
      fc.assert(
        fc.property(intervalText, anyDay, (text, d) => {
          const due = nextDue(cadence(text), d);
          return due !== undefined && due > d;
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "every calendar cadence without COUNT or UNTIL falls due after the last contact",
    () => {
      fc.assert(
        fc.property(ruleText, anyDay, (text, d) => {
          const r = parseCadence(text);
          expect(r.ok).toBe(true);
          const due = r.ok ? nextDue(r.value, d) : undefined;
          expect(due).toBeDefined();
          expect(due).toBeGreaterThan(d);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "a longer interval is never due sooner",
    () => {
      const parts = fc.record({ y: fc.nat(5), m: fc.nat(40), w: fc.nat(60), d: fc.nat(400) });
      fc.assert(
        fc.property(parts, parts, anyDay, (a, extra, d) => {
          fc.pre(a.y + a.m + a.w + a.d > 0);
          const shorter = cadence(`P${a.y}Y${a.m}M${a.w}W${a.d}D`);
          const longer = cadence(
            `P${a.y + extra.y}Y${a.m + extra.m}M${a.w + extra.w}W${a.d + extra.d}D`,
          );
          return (nextDue(shorter, d) ?? NaN) <= (nextDue(longer, d) ?? NaN);
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "every printed cadence parses back to itself",
    () => {
      fc.assert(
        fc.property(fc.oneof(intervalText, ruleText), (text) => {
          const c = cadence(text);
          expect(cadence(formatCadence(c))).toEqual(c);
          expect(formatCadence(cadence(formatCadence(c)))).toBe(formatCadence(c));
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "a calendar cadence is due when rrule, run from the real DTSTART, says",
    () => {
      // rrule walks every period from DTSTART (1990 to 2030): keep the last contact near it.
      const near = fc.integer({
        min: dayFromCalendar(1985, 1, 1),
        max: dayFromCalendar(2045, 12, 31),
      });
      fc.assert(
        fc.property(ruleText, near, (text, d) => {
          const c = cadence(text);
          const got = nextDue(c, d);
          expect(got === undefined ? undefined : formatDay(got)).toBe(oracle(c, d));
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "an interval cadence is due after about cadenceDays, within month-length slack",
    () => {
      fc.assert(
        fc.property(intervalText, anyDay, (text, d) => {
          const c = cadence(text);
          const length = (nextDue(c, d) ?? NaN) - d;
          const days = cadenceDays(c) ?? NaN;
          const months = c.kind === "interval" ? c.years * 12 + c.months : 0;
          // Each month is 28 to 31 days against 30.44 on average; clamping costs at most 3 more.
          return Math.abs(length - days) <= months * 2.5 + 3;
        }),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
