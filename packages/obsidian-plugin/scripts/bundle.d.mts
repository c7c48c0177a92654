export const BUDGET_BYTES: number;
export const CEILING_BYTES: number;
export interface Bundle {
  readonly bytes: number;
  /** main.js itself, when it was kept in memory (no `outfile`). */
  readonly code: string | undefined;
  readonly inputs: readonly string[];
  /** Package name ("@kith/core", "the plugin", or a dependency) and bytes, largest first. */
  readonly byPackage: readonly (readonly [string, number])[];
}
export function bundle(options?: { dev?: boolean; outfile?: string; entry?: string }): Promise<Bundle>;
export function classicZod(inputs: readonly string[]): string[];
export function kb(bytes: number): string;
