/** Bad user data is a value, not an exception. */
export type Result<T, I = string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly I[] };

export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });

export const fail = <I = string>(...issues: I[]): { readonly ok: false; readonly issues: readonly I[] } => ({
  ok: false,
  issues,
});
