/**
 * The one empty list and the one empty record that readers hand out instead of making new ones:
 * most of a vault's lists (aliases, problems, log lines, links) are empty. Frozen, so a write by
 * mistake throws instead of filling every note's list at once.
 */
export const EMPTY_LIST: readonly never[] = Object.freeze([]);
export const EMPTY_RECORD: Readonly<Record<string, never>> = Object.freeze({});
