export type Severity = "error" | "warning";

/**
 * A problem with the user's data, named well enough to fix: the file, the key, the value, and
 * (in `message`) what would work. `message` does not repeat the path; {@link formatDiagnostic}
 * puts them together.
 */
export interface Diagnostic {
  readonly path: string;
  readonly severity: Severity;
  readonly message: string;
  readonly key?: string;
  readonly value?: unknown;
}

/**
 * @example formatDiagnostic({ path: "People/Jane.md", severity: "error", message: 'cadence "x" is not a cadence' })
 * // 'People/Jane.md: cadence "x" is not a cadence'
 */
export const formatDiagnostic = (d: Diagnostic): string => `${d.path}: ${d.message}`;

/**
 * Whether a value has at most a thousand parts. YAML's aliases let a few lines repeat one list
 * inside another, a billion parts in all: written out, such a value would never end.
 */
function small(value: unknown, budget = { left: 1000 }): boolean {
  if (--budget.left < 0) return false;
  if (typeof value !== "object" || value === null) return true;
  for (const part of Object.values(value)) if (!small(part, budget)) return false;
  return true;
}

/** A value for a diagnostic: as it is, or shown in words when it is too large to write out. */
export const reportable = (value: unknown): unknown => (small(value) ? value : showValue(value));

/** Shows a frontmatter value the way the user wrote it, for messages. */
export function showValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (!small(value)) return "(a value too large to show)";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Sorts by path, then errors before warnings, then message: a stable order for output. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  if (a.severity !== b.severity) return a.severity === "error" ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
