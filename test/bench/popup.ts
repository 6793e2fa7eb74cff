/**
 * Popup: from navigation start to the list of 20 captured entries in the DOM (and first contentful paint), the popup
 * opened as a page the way the browser tests open it. Warm (worker running) and cold (worker stopped first). A floor
 * for comparison: an extension page with the popup's HTML and stylesheet but no script (added to the bench's private
 * copy of the build only).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { type BenchBrowser, sleep } from './browser.ts';
import { freshUrl, seedState } from './latency.ts';
import { popupProbe } from './pages.ts';

export interface PopupSample {
  /** Navigation start → list of entries in the DOM. */
  listAt: number;
  fcp: number;
  /** Navigation start → the HTML is parsed (domInteractive), → the app's first (empty) render. */
  parsedAt: number;
  appAt: number;
  /** → the state is first asked for (a storage read, or a message to the worker), → the answer arrives. */
  askAt: number;
  replyAt: number;
}

type Probe = Record<keyof PopupSample, number | null>;

/**
 * Added after the pages' probe (which times the first message to the worker): the popup reads the state from
 * storage.local itself, so its first read and answer count as the state request too, whichever comes first.
 */
const STORAGE_PROBE = `
  try {
    var area = chrome.storage.local;
    var get = area.get;
    area.get = function () {
      var probe = window.__popup;
      if (probe && probe.askAt === null) probe.askAt = performance.now();
      var result = get.apply(area, arguments);
      var answered = function () { if (probe && probe.replyAt === null) probe.replyAt = performance.now(); };
      if (result && typeof result.then === 'function') result.then(answered, answered);
      return result;
    };
  } catch (error) {}
`;

export const POPUP_ENTRIES = 20;
export const FLOOR_PAGE = 'src/ui/bench-floor.html';
/**
 * An empty page of the extension each measured page is opened from. A toolbar popup is created straight in the
 * extension's renderer; a new tab starts on about:blank in another renderer, whose teardown on the way into the
 * extension (~16 ms of CPU on 2 cores) would otherwise be counted as the popup's.
 */
export const BLANK_PAGE = 'src/ui/bench-blank.html';

/** Writes the script-less copy of popup.html into the bench's private extension copy. */
export function writeFloorPage(extensionDir: string): void {
  const html = readFileSync(join(extensionDir, 'src/ui/popup.html'), 'utf8').replace(
    /<script\b[^>]*>\s*<\/script>/g,
    '',
  );
  writeFileSync(join(extensionDir, FLOOR_PAGE), html);
  writeFileSync(join(extensionDir, BLANK_PAGE), '<!doctype html><title>blank</title>');
}

async function readProbe(page: Page): Promise<Probe> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const seen = (window as unknown as { __popup?: Partial<Probe> }).__popup ?? {};
    return {
      listAt: seen.listAt ?? null,
      fcp: seen.fcp ?? paint?.startTime ?? null,
      parsedAt: nav?.domInteractive ?? null,
      appAt: seen.appAt ?? null,
      askAt: seen.askAt ?? null,
      replyAt: seen.replyAt ?? null,
    };
  });
}

function toSample(probe: Probe): PopupSample {
  return {
    listAt: probe.listAt ?? Number.NaN,
    fcp: probe.fcp ?? Number.NaN,
    parsedAt: probe.parsedAt ?? Number.NaN,
    appAt: probe.appAt ?? Number.NaN,
    askAt: probe.askAt ?? Number.NaN,
    replyAt: probe.replyAt ?? Number.NaN,
  };
}

async function openOnce(browser: BenchBrowser, path = 'src/ui/popup.html'): Promise<PopupSample> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/${BLANK_PAGE}`);
    if (path !== FLOOR_PAGE) {
      await page.addInitScript({ content: popupProbe(POPUP_ENTRIES) });
      await page.addInitScript({ content: STORAGE_PROBE });
    }
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    const deadline = Date.now() + 5000;
    let done: number | undefined;
    // Extension pages forbid eval, so no waitForFunction: poll.
    let probe = await readProbe(page);
    while (Date.now() < deadline) {
      if (path === FLOOR_PAGE ? probe.parsedAt !== null : probe.listAt !== null) {
        done ??= Date.now();
        if (probe.fcp !== null || Date.now() - done > 500) break;
      }
      await sleep(20);
      probe = await readProbe(page);
    }
    return toSample(probe);
  } finally {
    await page.close();
  }
}

async function stopWorker(session: CDPSession): Promise<void> {
  await session.send('ServiceWorker.stopAllWorkers');
  await sleep(200);
}

export async function measurePopup(
  browser: BenchBrowser,
  reps: number,
  coldReps: number,
): Promise<{ warm: PopupSample[]; cold: PopupSample[]; floor: PopupSample[] }> {
  await seedState(
    browser,
    Array.from({ length: POPUP_ENTRIES }, () => freshUrl()),
  );
  await openOnce(browser); // warm-up: caches, worker
  const warm: PopupSample[] = [];
  const floor: PopupSample[] = [];
  for (let i = 0; i < reps; i++) {
    warm.push(await openOnce(browser));
    floor.push(await openOnce(browser, FLOOR_PAGE));
  }
  const cold: PopupSample[] = [];
  const helper = await browser.context.newPage();
  const session = await browser.context.newCDPSession(helper);
  await session.send('ServiceWorker.enable');
  for (let i = 0; i < coldReps; i++) {
    await stopWorker(session);
    cold.push(await openOnce(browser));
  }
  await session.detach();
  await helper.close();
  return { warm, cold, floor };
}

/** The popup's state request (get-state) as a round trip from an extension page: worker + storage reads. */
export async function stateRoundTrip(browser: BenchBrowser, reps: number): Promise<number[]> {
  const page = await browser.extensionPage();
  return page.evaluate(async (n) => {
    const runtime = (window as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome
      .runtime;
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const start = performance.now();
      await runtime.sendMessage({ type: 'get-state' });
      times.push(performance.now() - start);
    }
    return times;
  }, reps);
}
