/**
 * The text of an export file, whatever encoding its writer chose: Excel saves CSVs as UTF-16
 * ("Unicode text") or Windows-1252, Outlook and old phones write vCard 2.1 in Latin-1, everyone
 * else UTF-8, with or without a byte order mark.
 */

export interface DecodedText {
  readonly text: string;
  /** The encoding the bytes were read in, as a user would name it. */
  readonly encoding: "UTF-8" | "UTF-16LE" | "UTF-16BE" | "Windows-1252";
}

// Node's TextDecoder reads "windows-1252" as ISO-8859-1 (nodejs/node#56542): bytes 0x80–0x9F
// come out as C1 control characters instead of € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ' ' " " • – — ˜ ™ š › œ ž Ÿ.
// Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D unassigned; they stay as they are.
const CP1252_80_9F =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

/**
 * Decodes a file: UTF-16 by its byte order mark or, without one, by its zero bytes (see
 * {@link utf16ByZeros}); else UTF-8 (its mark dropped) when the bytes are valid UTF-8, else
 * Windows-1252, the superset of Latin-1 that Windows and Outlook write. The caller should tell
 * the user when it was Windows-1252: that is a guess.
 *
 * @example decodeText(Uint8Array.from([0x52, 0x65, 0x6e, 0xe9])) // { text: "René", encoding: "Windows-1252" }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "UTF-16LE" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "UTF-16BE" };
  }
  const order = utf16ByZeros(bytes);
  if (order === "le") return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "UTF-16LE" };
  if (order === "be") return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "UTF-16BE" };
  try {
    // TextDecoder drops a UTF-8 byte order mark unless told not to.
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
  } catch {
    const text = new TextDecoder("windows-1252")
      .decode(bytes)
      .replace(/[\u0080-\u009F]/gu, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80] ?? c);
    return { text, encoding: "Windows-1252" };
  }
}

/**
 * UTF-16 written without a byte order mark. A text file has no zero bytes, except UTF-16, where
 * every character of the Latin alphabet has one: the second byte of each pair (little-endian)
 * or the first (big-endian). Decoded as UTF-8 such a file is valid, and reads as nothing.
 */
function utf16ByZeros(bytes: Uint8Array): "le" | "be" | undefined {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  if (pairs < 2) return undefined;
  let first = 0;
  let second = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) first++;
    if (bytes[2 * i + 1] === 0) second++;
  }
  if (second >= pairs / 4 && first <= pairs / 20) return "le";
  if (first >= pairs / 4 && second <= pairs / 20) return "be";
  return undefined;
}
