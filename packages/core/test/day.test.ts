import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  calendarOfDay,
  dayFromCalendar,
  dayFromUtcDate,
  dayToUtcDate,
  daysInMonth,
  formatDay,
  formatDayShort,
  isLeapYear,
  parseDay,
  weekdayOf,
  type Day,
} from "@kith/core";

/** A day of a test, from its `YYYY-MM-DD`: a typo in a test fails loudly. */
const day = (text: string): Day => {
  const d = parseDay(text);
  if (d === undefined) throw new Error(`bad test day ${text}`);
  return d;
};

// Days from 0000-01-01 to 9999-12-31: what `YYYY-MM-DD` can write.
const FIRST = dayFromCalendar(0, 1, 1);
const LAST = dayFromCalendar(9999, 12, 31);
const anyDay = fc.integer({ min: FIRST, max: LAST });

/** The same calendar date read through `Date` in UTC: an independent oracle. */
const viaDate = (d: Day): { year: number; month: number; day: number } => {
  const date = new Date(d * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

describe("day numbers", () => {
  it("count days from 1970-01-01", () => {
    expect(day("1970-01-01")).toBe(0);
    expect(day("1970-01-02")).toBe(1);
    expect(day("1969-12-31")).toBe(-1);
    expect(day("2000-03-01") - day("2000-02-28")).toBe(2); // 2000 is a leap year
    expect(day("1900-03-01") - day("1900-02-28")).toBe(1); // 1900 is not
  });

  it("agree with Date in UTC from year 0 to 9999", () => {
    fc.assert(
      fc.property(anyDay, (d) => {
        expect(calendarOfDay(d)).toEqual(viaDate(d));
        const c = calendarOfDay(d);
        expect(dayFromCalendar(c.year, c.month, c.day)).toBe(d);
      }),
      { numRuns: 2000 },
    );
  });

  it("know leap years and month lengths", () => {
    expect([1900, 2000, 2024, 2026, 2028, 2100, 2400].map(isLeapYear)).toEqual([
      false,
      true,
      true,
      false,
      true,
      false,
      true,
    ]);
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });
});

describe("parseDay", () => {
  it("reads YYYY-MM-DD", () => {
    expect(formatDay(day("2026-11-20"))).toBe("2026-11-20");
    expect(parseDay(" 2026-01-01 ")).toBe(day("2026-01-01"));
  });

  it.each([
    "2026-11-20T14:30",
    "2026-11-20 14:30",
    "2026-11-20T14:30:59",
    "2026-11-20T14:30:00.123Z",
    "2026-11-20T23:30-05:00",
    "2026-11-20T00:30+0530",
  ])("drops the time of %s and keeps the date as written", (text) => {
    expect(parseDay(text)).toBe(day("2026-11-20"));
  });

  it.each([
    "",
    "2026-02-29",
    "2027-02-29",
    "2100-02-29",
    "2026-04-31",
    "2026-13-01",
    "2026-00-10",
    "2026-11-00",
    "2026-1-5",
    "20261120",
    "26-11-20",
    "2026/11/20",
    "2026-11-20T24:00",
    "2026-11-20T14:60",
    "2026-11-20T14:30:60",
    "2026-11-20T14",
    "next tuesday",
  ])("refuses %j", (text) => {
    expect(parseDay(text)).toBeUndefined();
  });

  it("reads 29 February in leap years only", () => {
    expect(parseDay("2028-02-29")).toBe(day("2028-03-01") - 1);
    expect(parseDay("2000-02-29")).toBeDefined();
  });

  it("round-trips every date from 0000-01-01 to 9999-12-31 (property)", () => {
    const dateText = fc
      .record({
        year: fc.integer({ min: 0, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
      })
      .filter((c) => c.day <= daysInMonth(c.year, c.month))
      .map(
        (c) =>
          `${String(c.year).padStart(4, "0")}-${String(c.month).padStart(2, "0")}-${String(c.day).padStart(2, "0")}`,
      );
    fc.assert(
      fc.property(dateText, (text) => {
        const d = parseDay(text);
        expect(d).toBeDefined();
        expect(formatDay(d ?? NaN)).toBe(text);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(anyDay, (d) => parseDay(formatDay(d)) === d),
      { numRuns: 1000 },
    );
  });
});

describe("formatDay", () => {
  it("pads years to four digits", () => {
    expect(formatDay(dayFromCalendar(33, 3, 3))).toBe("0033-03-03");
    expect(formatDay(FIRST)).toBe("0000-01-01");
    expect(formatDay(LAST)).toBe("9999-12-31");
  });

  it("writes a year before year 0 with its sign, not as 00-1 (bug fixed)", () => {
    expect(formatDay(FIRST - 1)).toBe("-0001-12-31");
  });
});

describe("formatDayShort", () => {
  it("leaves out the year of today's year", () => {
    expect(formatDayShort(day("2026-10-20"), day("2026-01-01"))).toBe("20 Oct");
    expect(formatDayShort(day("2027-01-03"), day("2026-12-30"))).toBe("3 Jan 2027");
    expect(formatDayShort(day("2026-10-20"))).toBe("20 Oct 2026");
  });
});

describe("addMonths", () => {
  it.each([
    ["2027-01-31", 1, "2027-02-28"], // a common year
    ["2028-01-31", 1, "2028-02-29"], // a leap year
    ["2026-03-31", 3, "2026-06-30"], // quarterly from the end of March
    ["2026-08-31", 6, "2027-02-28"],
    ["2026-10-31", 1, "2026-11-30"],
    ["2026-01-30", 1, "2026-02-28"],
    ["2026-01-15", 1, "2026-02-15"],
    ["2026-12-15", 1, "2027-01-15"],
    ["2026-11-30", 14, "2028-01-30"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2026-01-15", -13, "2024-12-15"],
    ["2026-05-31", 0, "2026-05-31"],
  ])("%s + %i months = %s", (from, n, to) => {
    expect(formatDay(addMonths(day(from), n))).toBe(to);
  });

  it("lands in the right month and clamps to its end, never overflowing into the next (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayFromCalendar(1, 1, 1), max: dayFromCalendar(9000, 1, 1) }),
        fc.integer({ min: -1200, max: 1200 }),
        (d, n) => {
          const from = calendarOfDay(d);
          const to = calendarOfDay(addMonths(d, n));
          const months = from.year * 12 + from.month - 1 + n;
          expect(to.year * 12 + to.month - 1).toBe(months);
          expect(to.day).toBe(Math.min(from.day, daysInMonth(to.year, to.month)));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("never goes backwards as the months grow (property)", () => {
    fc.assert(
      fc.property(anyDay, fc.nat(600), fc.nat(600), (d, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return addMonths(d, lo) <= addMonths(d, hi);
      }),
    );
  });
});

describe("addYears", () => {
  it("clamps 29 February to 28 February in a common year", () => {
    expect(formatDay(addYears(day("2028-02-29"), 1))).toBe("2029-02-28");
    expect(formatDay(addYears(day("2028-02-29"), 4))).toBe("2032-02-29");
    expect(formatDay(addYears(day("2028-02-29"), -1))).toBe("2027-02-28");
    expect(formatDay(addYears(day("2026-11-20"), 10))).toBe("2036-11-20");
  });
});

describe("addDays", () => {
  it("crosses months and years", () => {
    expect(formatDay(addDays(day("2026-12-31"), 1))).toBe("2027-01-01");
    expect(formatDay(addDays(day("2028-02-28"), 1))).toBe("2028-02-29");
    expect(formatDay(addDays(day("2026-03-01"), -1))).toBe("2026-02-28");
  });
});

describe("weekdayOf", () => {
  it("counts ISO weekdays from Monday = 0", () => {
    expect(weekdayOf(day("1970-01-01"))).toBe(3); // a Thursday
    expect(weekdayOf(day("2026-11-02"))).toBe(0); // a Monday
    expect(weekdayOf(day("2026-11-08"))).toBe(6); // a Sunday
    expect(weekdayOf(day("1969-12-29"))).toBe(0); // before 1970 too
  });

  it("agrees with Date's UTC weekday (property)", () => {
    fc.assert(
      fc.property(anyDay, (d) => weekdayOf(d) === (new Date(d * 86_400_000).getUTCDay() + 6) % 7),
    );
  });
});

describe("UTC dates for rrule", () => {
  it("are UTC midnights whatever the machine's time zone", () => {
    const date = dayToUtcDate(day("2026-11-02"));
    expect(date.toISOString()).toBe("2026-11-02T00:00:00.000Z");
  });

  it("read back by their UTC day, also at the last millisecond of it and before 1970", () => {
    expect(dayFromUtcDate(new Date("2026-11-02T23:59:59.999Z"))).toBe(day("2026-11-02"));
    expect(dayFromUtcDate(new Date("1969-12-31T12:00:00Z"))).toBe(-1);
  });

  it("round-trip (property)", () => {
    fc.assert(fc.property(anyDay, (d) => dayFromUtcDate(dayToUtcDate(d)) === d));
  });
});
