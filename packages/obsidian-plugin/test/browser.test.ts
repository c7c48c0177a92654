// @vitest-environment node
// The real-browser check: the follow-ups view, rendered by the plugin over the Obsidian fake, in
// headless Chromium (Debian's `chromium`, driven by playwright-core). A real click on Done, the log
// modal filled with real keystrokes, and the note's text read back from the fake vault; and a
// screenshot of the sidebar in the light and the dark theme, written to docs/ on every run.
//
// The page is test/browser/harness.ts bundled by esbuild (`obsidian` aliased to the fake, core
// from its source), inlined into one HTML document with test/browser/obsidian.css (Obsidian's CSS
// variables and a little of its chrome) and the plugin's own styles.css, and set as the page's
// content: no server, no files, and every request from the page is refused. The page's clock is
// fixed at 25 Nov 2026, 09:00, so the screenshots only change when the view does.
// eslint-disable-next-line import/no-extraneous-dependencies -- resolved from the workspace root, which builds the plugin with it too (scripts/bundle.mjs)
import { build } from "esbuild";
import { chromium, type BrowserContext, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROWSER_TODAY, JANE, JANE_PATH } from "./browser/vault";

const CHROMIUM = "/usr/bin/chromium";
/** Background networking off: the check runs on machines without network access. */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const SETUP_TIMEOUT_MS = 45_000;

/** An absolute path next to this file (POSIX; Chromium here is Debian's). */
const here = (path: string): string => decodeURIComponent(new URL(path, import.meta.url).pathname);
const screenshotPath = (theme: string): string => here(`../../../docs/plugin-${theme}.png`);

let context: BrowserContext | undefined;
let page: Page;
/** Errors the page threw or logged: any is a failure. */
const pageErrors: string[] = [];

/**
 * The page, self-contained: the harness bundled (`obsidian` aliased to the fake, core from its
 * source), then test/browser/obsidian.css and the plugin's styles.css, all inlined.
 */
async function buildPage(): Promise<string> {
  const result = await build({
    entryPoints: {
      harness: here("./browser/harness.ts"),
      obsidian: here("./browser/obsidian.css"),
      styles: here("../styles.css"),
    },
    outdir: here("./browser/out"), // not written: `write: false`
    write: false,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    alias: { obsidian: here("./fake/obsidian.ts") },
    conditions: ["@kith/source"],
    sourcemap: "inline",
    logLevel: "warning",
  });
  const output = (name: string): string => {
    const file = result.outputFiles.find((f) => f.path.endsWith(`/${name}`));
    if (file === undefined) throw new Error(`esbuild wrote no ${name}`);
    // Inlined in a <script> or <style>: their closing tags must not end the element early.
    return file.text.replace(/<\/(script|style)/gi, "<\\/$1");
  };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Kith follow-ups: real-browser check</title>
    <style>${output("obsidian.css")}</style>
    <style>${output("styles.css")}</style>
  </head>
  <body class="theme-light">
    <script>${output("harness.js")}</script>
  </body>
</html>`;
}

beforeAll(async () => {
  const html = await buildPage();
  try {
    // A fresh profile each run ("": a new temporary directory, removed on close).
    context = await chromium.launchPersistentContext("", {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 900, height: 800 },
      deviceScaleFactor: 2,
      timeout: SETUP_TIMEOUT_MS,
    });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The real-browser check needs Debian's Chromium at ${CHROMIUM}, and it could not be started. ` +
        `Install it with \`apt-get update && apt-get install -y chromium\` (.ci/run does so when it is missing).\n${why}`,
    );
  }
  // The page is self-contained: any request leaving it would hang on an offline machine.
  await context.route("**/*", (route) => route.abort());
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => pageErrors.push(error.stack ?? error.message));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(message.text());
  });
  const { year, monthIndex, day, hour } = BROWSER_TODAY;
  await page.clock.setFixedTime(new Date(year, monthIndex, day, hour));
  await page.setContent(html);
  await page.waitForFunction(
    () => window.kithHarness !== undefined || window.kithHarnessError !== undefined,
  );
  const startError = await page.evaluate(() => window.kithHarnessError);
  if (startError !== undefined) throw new Error(`The harness page did not start: ${startError}`);
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await context?.close();
});

/** Section title → the names in it, as the page shows them. */
async function sections(): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const section of document.querySelectorAll(".kith-follow-ups .kith-section")) {
      const title = section.querySelector(".kith-section-title span")?.textContent ?? "";
      out[title] = [...section.querySelectorAll(".kith-row .kith-name")].map(
        (n) => n.textContent ?? "",
      );
    }
    return out;
  });
}

function rowOf(name: string): Locator {
  return page.locator(".kith-follow-ups .kith-row", {
    has: page.locator(".kith-name", { hasText: new RegExp(`^${name}$`) }),
  });
}

/** The control of the open modal's setting named `name`. */
function control(name: string, selector: string): Locator {
  return page
    .locator(".modal .setting-item", {
      has: page.locator(".setting-item-name", { hasText: new RegExp(`^${name}$`) }),
    })
    .locator(selector);
}

async function readNote(path: string): Promise<string> {
  return page.evaluate((p) => {
    const harness = window.kithHarness;
    if (harness === undefined) throw new Error("the harness is gone");
    return harness.read(p);
  }, path);
}

async function settled(): Promise<void> {
  await page.evaluate(() => window.kithHarness?.settled());
}

describe("the follow-ups view in Chromium", () => {
  it("shows Overdue, Today and Upcoming in the sidebar, light and dark (docs/plugin-*.png)", async () => {
    expect(await sections()).toEqual({
      Overdue: ["Jane Doe", "Priya Patel"],
      Today: ["Aisha Khan", "Marco Rossi", "Bob Lee"],
      Upcoming: ["Cara Diaz", "Wei Chen"],
    });
    const sidebar = page.locator(".mod-right-split");
    expect((await sidebar.boundingBox())?.width).toBe(360);
    for (const theme of ["light", "dark"] as const) {
      await page.evaluate((t) => {
        document.body.removeClass("theme-light", "theme-dark");
        document.body.addClass(`theme-${t}`);
      }, theme);
      await sidebar.screenshot({ path: screenshotPath(theme), animations: "disabled" });
    }
    await page.evaluate(() => {
      document.body.removeClass("theme-dark");
      document.body.addClass("theme-light");
    });
    expect(pageErrors).toEqual([]);
  });

  it("shows a reason's detail under the row on a tap, and from the keyboard", async () => {
    const row = rowOf("Priya Patel");
    const label = row.locator(".kith-reason");
    await label.click();
    const detail = row.locator(".kith-reason-detail");
    expect(await detail.textContent()).toMatch(/^Nudge: /);
    // Under the row's name, reasons and actions, across its whole width.
    const rowBox = await row.boundingBox();
    const detailBox = await detail.boundingBox();
    const reasonBox = await label.boundingBox();
    expect(detailBox !== null && reasonBox !== null && detailBox.y > reasonBox.y).toBe(true);
    expect(
      detailBox !== null &&
        rowBox !== null &&
        detailBox.y + detailBox.height <= rowBox.y + rowBox.height,
    ).toBe(true);
    await label.press("Enter");
    expect(await detail.count()).toBe(0);
    await label.press("Enter");
    expect(await detail.count()).toBe(1);
    await label.click();
    expect(pageErrors).toEqual([]);
  });

  it("gives a finger room on a phone: reasons 40 px tall, buttons 44 px, 8 px apart", async () => {
    await page.evaluate(() => document.body.addClass("is-mobile"));
    try {
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll(".kith-follow-ups .kith-row")].map((row) => {
          const of = (selector: string) =>
            [...row.querySelectorAll(selector)].map((el) => el.getBoundingClientRect().toJSON() as DOMRect);
          return { reasons: of(".kith-reason"), buttons: of(".kith-actions button") };
        }),
      );
      const targets = boxes.flatMap((b) => [...b.reasons, ...b.buttons]);
      expect(targets.length).toBeGreaterThan(boxes.length * 3);
      for (const { reasons, buttons } of boxes) {
        for (const box of reasons) expect(box.height).toBeGreaterThanOrEqual(40);
        for (const box of buttons) expect(box.height).toBeGreaterThanOrEqual(44);
        // Side by side on one line: at least 8 px between one and the next.
        for (const line of [reasons, buttons]) {
          for (let i = 1; i < line.length; i++) {
            const [a, b] = [line[i - 1]!, line[i]!];
            if (a.top === b.top) expect(b.left - a.right).toBeGreaterThanOrEqual(8);
          }
        }
      }
    } finally {
      await page.evaluate(() => document.body.removeClass("is-mobile"));
    }
    expect(pageErrors).toEqual([]);
  });

  it("logs an interaction from a click on Done: the log line under the heading and last_contact", async () => {
    expect(await readNote(JANE_PATH)).toBe(JANE);
    await rowOf("Jane Doe").locator(".kith-done").click();

    const modal = page.locator(".modal");
    await modal.waitFor({ state: "visible" });
    expect(await modal.locator(".modal-title").textContent()).toBe("Log an interaction");
    expect(await control("Contact", ".setting-item-description").textContent()).toBe("Jane Doe");
    expect(await control("Date", "input").inputValue()).toBe("2026-11-25");
    await control("Kind", "select").selectOption("coffee");
    await control("Summary", "input").pressSequentially("talked about the move");
    await modal.getByRole("button", { name: "Log", exact: true }).click();
    await modal.waitFor({ state: "detached" });
    await settled();

    expect(await readNote(JANE_PATH)).toBe(`---
type: contact
org: "[[Acme Corp]]"
role: Engineering Manager
cadence: monthly
last_contact: 2026-11-25
tags:
  - mentor
---
# Jane Doe

## Interactions
- 2026-10-01 coffee: talked about the platform team
- 2026-11-25 coffee: talked about the move

## Notes
Likes hiking.
`);
    expect(await page.locator(".notice").allTextContents()).toContain(
      "Logged coffee with Jane Doe.",
    );
    expect((await sections()).Overdue).toEqual(["Priya Patel"]);
    expect(await rowOf("Jane Doe").count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
