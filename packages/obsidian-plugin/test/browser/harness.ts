// The page of the real-browser check (test/browser.test.ts bundles it with esbuild, `obsidian`
// aliased to the fake): the Obsidian fake's app over BROWSER_VAULT, the plugin loaded, its
// follow-ups view open in the right sidebar. The test drives it with real clicks and keys and
// reads the vault back through `window.kithHarness`.
import { createTestApp, noticeMessages, type TestApp } from "../fake/obsidian";
import KithPlugin from "../../src/main";
import { VIEW_TYPE_FOLLOW_UPS } from "../../src/view/followUpsView";
import { BROWSER_VAULT } from "./vault";

/** What the test reads through `page.evaluate`. */
export interface Harness {
  /** The text of a note now. */
  read(path: string): string;
  /** Waits until the metadata cache has re-parsed every changed note and the view redrew. */
  settled(): Promise<void>;
  /** The notices shown so far. */
  notices(): string[];
}

declare global {
  interface Window {
    kithHarness?: Harness;
    /** Set when start-up failed, so the test can say why instead of timing out. */
    kithHarnessError?: string;
  }
}

/** Lets queued microtasks (the plugin's coalesced redraws) run. */
async function flush(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

/**
 * Obsidian's sidebar shows its views under a strip of tab headers (icon per view), not under a
 * view header: the page draws one for the open view, for the screenshots.
 */
function drawTabHeader(t: TestApp): void {
  const split = t.fake.workspace.rightSplit.containerEl;
  const strip = createDiv("workspace-tab-header-container");
  split.prepend(strip);
  for (const leaf of t.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UPS)) {
    const tab = strip.createDiv({
      cls: ["workspace-tab-header", "is-active"],
      attr: { "aria-label": leaf.getDisplayText() },
    });
    tab.createDiv("workspace-tab-header-inner-icon").createSvg("svg", {
      cls: ["svg-icon", `lucide-${leaf.getIcon()}`],
    });
  }
}

async function start(): Promise<void> {
  const t = createTestApp({ files: BROWSER_VAULT });
  await t.loadPlugin(KithPlugin);
  await t.layoutReady();
  await t.settled();
  await t.runCommand("kith:open-follow-ups");
  await t.settled();
  await flush();
  drawTabHeader(t);
  window.kithHarness = {
    read: (path) => t.read(path),
    async settled() {
      await t.settled();
      await flush();
    },
    notices: () => noticeMessages(),
  };
}

start().catch((error: unknown) => {
  window.kithHarnessError = error instanceof Error ? (error.stack ?? error.message) : String(error);
});
