// @vitest-environment node
// The production main.js: under its size budget, and without classic zod (core imports zod/mini;
// classic zod would add hundreds of kilobytes). The same bundle as `pnpm build`, in memory.
import { beforeAll, describe, expect, it } from "vitest";
import { BUDGET_BYTES, bundle, CEILING_BYTES, classicZod, kb, type Bundle } from "../scripts/bundle.mjs";

let built: Bundle;

beforeAll(async () => {
  built = await bundle();
}, 60_000);

describe("the production bundle", () => {
  it("has no classic zod", () => {
    expect(classicZod(built.inputs)).toEqual([]);
  });

  // The budget (150 KB) is not met yet — rrule, zod/mini and uFuzzy alone are ~51 KB — so this
  // holds the line where it is (BENCHMARKS.md says by how much and what would close the gap).
  it(`does not grow past ${kb(CEILING_BYTES)} (budget ${kb(BUDGET_BYTES)})`, () => {
    const breakdown = built.byPackage.map(([name, bytes]) => `${name} ${kb(bytes)}`).join(", ");
    expect(built.bytes, `main.js is ${kb(built.bytes)}: ${breakdown}`).toBeLessThanOrEqual(
      CEILING_BYTES,
    );
  });
});
