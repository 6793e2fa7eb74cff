/**
 * Capture latency (AlertOps page renders the URL → the entry is in storage.local) and fill latency (the Uptrends
 * AlertOps editor renders → the page's model holds the URL), in the browser with the extension.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { UPTRENDS_LABELS, uptrendsUrl } from '../browser/uptrends-journey.ts';
import type { ConsoleServer } from '../rig/server.ts';
import { type BenchBrowser, sleep } from './browser.ts';
import { capturePage, FILL_PROBE } from './pages.ts';

export interface CaptureSample {
  /** Rendered → storage.onChanged seen in an extension page (epoch ms via timeOrigin + now on both sides). */
  stored: number;
  /** Rendered → the first frame after it (where the content script's batched observer runs). */
  frame: number;
  /** Rendered → the extension's in-page notice appears (after the worker answered; same clock). */
  notice: number;
}

export function freshUrl(): string {
  return `https://notify.alertops.com/POSTAlert/${randomUUID()}/Uptrends`;
}

/** Installs a storage.onChanged listener in the extension page that stamps each newly stored capture URL. */
async function listenForCaptures(extPage: Page): Promise<void> {
  await extPage.evaluate(() => {
    const scope = window as unknown as { __arrivals?: Record<string, number> };
    if (scope.__arrivals) return;
    const arrivals: Record<string, number> = {};
    scope.__arrivals = arrivals;
    (window as unknown as { chrome: import('./browser.ts').ChromeSlice }).chrome.storage.onChanged.addListener(
      (changes, area) => {
        const at = performance.timeOrigin + performance.now();
        const state = changes.bridgeState?.newValue as { captures?: { url: string }[] } | undefined;
        if (area !== 'local' || !state?.captures) return;
        for (const capture of state.captures) if (!(capture.url in arrivals)) arrivals[capture.url] = at;
      },
    );
  });
}

export async function measureCapture(browser: BenchBrowser, reps: number): Promise<CaptureSample[]> {
  const extPage = await browser.extensionPage();
  await listenForCaptures(extPage);
  const page = await browser.context.newPage();
  await page.route('https://acme.alertops.com/bench/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: capturePage() }),
  );
  await page.goto('https://acme.alertops.com/bench/integrations/inbound/api/1');
  await sleep(800); // content scripts run at document_idle
  const samples: CaptureSample[] = [];
  for (let i = 0; i < reps + 2; i++) {
    const url = freshUrl();
    // Rendered in answer to a real click on Save, as on the console (the user's input also keeps the script watching).
    await page.evaluate(
      ([u, n]) => {
        (window as unknown as { __benchNext: { url: string; n: number } }).__benchNext = { url: u, n };
      },
      [url, i] as [string, number],
    );
    await page.click('#save');
    const rendered = await page.evaluate(() => (window as unknown as { __benchRendered: number }).__benchRendered);
    const deadline = Date.now() + 5000;
    let stored: number | undefined;
    while (Date.now() < deadline) {
      stored = await extPage.evaluate(
        (u) => (window as unknown as { __arrivals: Record<string, number> }).__arrivals[u],
        url,
      );
      if (stored !== undefined) break;
      await sleep(10);
    }
    await sleep(60);
    const inPage = await page.evaluate(() => {
      const scope = window as unknown as { __benchFrame: number | null; __benchNotice: number | null };
      return { frame: scope.__benchFrame, notice: scope.__benchNotice };
    });
    // The first two are warm-up (worker start, first storage write).
    if (i >= 2)
      samples.push({
        stored: stored === undefined ? Number.NaN : stored - rendered,
        frame: inPage.frame === null ? Number.NaN : inPage.frame - rendered,
        notice: inPage.notice === null ? Number.NaN : inPage.notice - rendered,
      });
    await sleep(150);
  }
  await page.close();
  return samples;
}

export interface FillSample {
  /** Editor's URL input appears → an input event carrying the URL has reached the page's listeners. */
  filled: number;
  /** Editor appears → the first frame after it. */
  frame: number;
  correct: boolean;
}

/** Stores `captures` as the extension's state (written directly: the worker keeps nothing in memory). */
export async function seedState(browser: BenchBrowser, urls: string[], now = Date.now()): Promise<void> {
  const captures = urls.map((url, i) => ({
    id: `bench-${i}-${url.slice(-12, -9)}`,
    url,
    integrationName: `Bench integration ${i + 1}`,
    template: 'Uptrends',
    consoleHost: i % 2 ? 'app.alertops.com' : 'acme.alertops.com',
    capturedAt: now - i * 60_000,
    lastSeenAt: now - i * 60_000,
    attachments: [],
  }));
  const extPage = await browser.extensionPage();
  await extPage.evaluate(
    (state) =>
      (window as unknown as { chrome: import('./browser.ts').ChromeSlice }).chrome.storage.local.set({
        bridgeState: state,
      }),
    { version: 1, captures, uptrendsNames: [] as string[] },
  );
}

export async function measureFill(browser: BenchBrowser, server: ConsoleServer, reps: number): Promise<FillSample[]> {
  const url = freshUrl();
  await seedState(browser, [url]);
  const page = await browser.context.newPage();
  await page.addInitScript({ content: FILL_PROBE });
  const labels = UPTRENDS_LABELS.en;
  const samples: FillSample[] = [];
  for (let i = 0; i < reps + 1; i++) {
    await page.goto(uptrendsUrl(server, '/Alerting/Integrations', { lang: 'en' }));
    await sleep(250); // content scripts run at document_idle
    await page.getByRole('button', { name: labels.addIntegration }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('AlertOps', { exact: true }).click();
    await dialog.getByRole('button', { name: labels.choose, exact: true }).click();
    await page.waitForFunction(
      () => (window as unknown as { __fill: { inputAt: number | null } }).__fill.inputAt !== null,
      undefined,
      {
        timeout: 5000,
      },
    );
    const probe = await page.evaluate(
      () =>
        (
          window as unknown as {
            __fill: { editorAt: number; frameAt: number | null; inputAt: number; value: string };
          }
        ).__fill,
    );
    if (i >= 1)
      samples.push({
        filled: probe.inputAt - probe.editorAt,
        frame: probe.frameAt === null ? Number.NaN : probe.frameAt - probe.editorAt,
        correct: probe.value === url,
      });
  }
  await page.close();
  return samples;
}
