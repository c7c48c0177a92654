import { describe, expect, it } from "vitest";
import { decodeText } from "../src/import/decode";

const utf16 = (text: string, order: "le" | "be"): Uint8Array => {
  const bytes = [order === "le" ? 0xff : 0xfe, order === "le" ? 0xfe : 0xff];
  for (const unit of Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))) {
    bytes.push(...(order === "le" ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return Uint8Array.from(bytes);
};

describe("decodeText", () => {
  it("reads UTF-8, with or without a byte order mark", () => {
    const utf8 = new TextEncoder().encode("René,李雷");
    expect(decodeText(utf8)).toEqual({ text: "René,李雷", encoding: "UTF-8" });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: "René,李雷", encoding: "UTF-8" });
  });

  it("reads UTF-16 by its byte order mark, either byte order", () => {
    expect(decodeText(utf16("First Name,René", "le"))).toEqual({ text: "First Name,René", encoding: "UTF-16LE" });
    expect(decodeText(utf16("First Name,René", "be"))).toEqual({ text: "First Name,René", encoding: "UTF-16BE" });
  });

  it("reads UTF-16 without a byte order mark by its zero bytes, either byte order", () => {
    const text = "First Name,Last Name\nRené,Müller\n李,雷\n";
    expect(decodeText(utf16(text, "le").slice(2))).toEqual({ text, encoding: "UTF-16LE" });
    expect(decodeText(utf16(text, "be").slice(2))).toEqual({ text, encoding: "UTF-16BE" });
    // One stray zero byte in UTF-8 does not make it UTF-16.
    expect(decodeText(new TextEncoder().encode("First Name,Last Name\nJane,Doe\u0000\n")).encoding).toBe("UTF-8");
  });

  it("reads bytes that are not UTF-8 as Windows-1252, curly quotes and euro sign included", () => {
    // R e n é ␠ ‘ x ’ ␠ €, as Outlook writes them
    const bytes = Uint8Array.from([0x52, 0x65, 0x6e, 0xe9, 0x20, 0x91, 0x78, 0x92, 0x20, 0x80]);
    expect(decodeText(bytes)).toEqual({ text: "René \u2018x\u2019 €", encoding: "Windows-1252" });
  });
});
