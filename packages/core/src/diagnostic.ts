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

/** Shows a frontmatter value the way the user wrote it, for messages. */
export function showValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
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
