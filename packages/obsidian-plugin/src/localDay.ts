/**
 * The calendar day (`YYYY-MM-DD`) of a moment in the device's time zone: how the plugin turns
 * the clock (in `main.ts`) and file creation times into the days core works with.
 *
 * @example localDay(new Date(2026, 10, 25, 23, 59)) // "2026-11-25"
 */
export function localDay(moment: Date): string {
  const month = String(moment.getMonth() + 1).padStart(2, "0");
  const day = String(moment.getDate()).padStart(2, "0");
  return `${String(moment.getFullYear()).padStart(4, "0")}-${month}-${day}`;
}
