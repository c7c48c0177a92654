import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { digestOf } from "../digest";

it("prints the example vault's weekly digest through @kith/core", () => {
  const md = digestOf(fileURLToPath(new URL("../vault", import.meta.url)), "2026-11-25");
  expect(md).toMatch(/^# Weekly review, 25 Nov 2026/);
  expect(md).toContain("## Overdue");
  expect(md).toContain("- [[Rahul Mehta]]");
  expect(md).toContain("## People to tell");
});
