/**
 * Pages the hostile and resilience browser tests serve on the consoles' real host names (Playwright routes), and the
 * small helpers they share. Every key put on a page goes through `newKey()`, so the tests can prove none of them ever
 * reaches a log.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './chromium.ts';
import { eventually, storedCaptures, withPage } from './chromium.ts';

export const NOTICE = '[data-uptrends-alertops-bridge]';

const keys: string[] = [];

/** A fresh random key, remembered for the "never in a log" check. */
export function newKey(): string {
  const key = randomUUID();
  keys.push(key);
  return key;
}

/** Every key any page of this test file showed (valid URLs and lookalikes alike). */
export function issuedKeys(): readonly string[] {
  return keys;
}

/** A URL of the current AlertOps shape, with a fresh key. */
export function validUrl(name = 'Uptrends'): string {
  return `https://notify.alertops.com/POSTAlert/${newKey()}/${name}`;
}

export function keyOf(url: string): string {
  return /POSTAlert\/([^/]+)\//.exec(url)?.[1] ?? url;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A whole HTML document; `script` runs at the end of the body, before the content script (document_idle). */
export function htmlPage(title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

/** The way a saved integration shows its URL: a short "API URL" label right before the value. */
export function labelledUrl(url: string, label = 'API URL'): string {
  return `<div class="field"><span class="label">${escapeHtml(label)}</span> <span class="value">${escapeHtml(url)}</span></div>`;
}

/** Enough neutral prose that a label elsewhere on the page is never "close by" (LABEL_SEARCH_TEXT_LIMIT is 400). */
export const FILLER = `<p>${'Uptrends checks your websites and services from checkpoints around the world. '.repeat(8)}</p>`;

/** Serves `html` at `url` (a Playwright glob) in every page of the browser. */
export async function serve(browser: ExtensionBrowser, url: string, html: string): Promise<void> {
  await browser.context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

/** Runs `run` with an extension page (the options page) open, where `chrome.storage` is reachable. */
export async function inExtensionPage<T>(browser: ExtensionBrowser, run: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/src/ui/options.html`);
    return await run(page);
  } finally {
    await page.close();
  }
}

export async function clearLocalStorage(browser: ExtensionBrowser): Promise<void> {
  await inExtensionPage(browser, (page) => page.evaluate(() => chrome.storage.local.clear()));
}

export async function setSyncSettings(browser: ExtensionBrowser, settings: unknown): Promise<void> {
  await inExtensionPage(browser, (page) =>
    page.evaluate((value) => chrome.storage.sync.set({ bridgeSettings: value }), settings),
  );
}

export async function capturedUrls(browser: ExtensionBrowser): Promise<string[]> {
  return (await storedCaptures(browser)).map((capture) => capture.url);
}

/** The captured URL is in storage: seen again on the saved AlertOps page that shows it, if a setting forgot it. */
export async function ensureCaptured(browser: ExtensionBrowser, capturePage: string, url: string): Promise<void> {
  if ((await capturedUrls(browser)).includes(url)) return;
  await withPage(browser, async (page) => {
    await page.goto(capturePage);
    await eventually(
      () => capturedUrls(browser),
      (urls) => urls.includes(url),
      15_000,
    );
  });
}

/**
 * What the extension remembers of step 2, set in storage: `name` is the name the user gave the AlertOps integration in
 * the Uptrends editor for the captured `url` (as if they had filled and saved it there), or none.
 */
export async function rememberUptrendsName(browser: ExtensionBrowser, url: string, name: string | null): Promise<void> {
  const state = (await browser.storage()).bridgeState as Record<string, unknown> & {
    captures: Record<string, unknown>[];
  };
  const captures = state.captures.map((c) => {
    const { filled: _filled, ...rest } = c;
    return c.url === url && name ? { ...rest, filled: { uptrendsName: name, at: Date.now() } } : rest;
  });
  await browser.setStorage({ bridgeState: { ...state, captures, uptrendsNames: name ? [name] : [] } });
}

/** Appends markup to the page's body from the page itself (a page script would do the same). */
export async function appendHtml(page: Page, html: string): Promise<void> {
  await page.evaluate((markup) => document.body.insertAdjacentHTML('beforeend', markup), html);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** How long the page's main thread takes to answer; rejects past `limit` so a frozen page fails fast. */
export async function answersWithin(page: Page, limit: number): Promise<number> {
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      page.evaluate(() => document.querySelectorAll('*').length),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the page did not answer within ${limit} ms`)), limit);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
  return Date.now() - started;
}

/**
 * A huge page (`rows` × 10 cells, 20,000+ nodes) whose script changes the text and attributes of random cells every
 * 16 ms, replaces a random row every 250 ms, and counts animation frames in `window.frames_`.
 */
export function hugeChurningPage(title: string, options: { rows: number; churnText: string | string[] }): string {
  const script = `
const body = document.querySelector('tbody');
for (let r = 0; r < ${options.rows}; r++) {
  const row = document.createElement('tr');
  for (let c = 0; c < 10; c++) {
    const cell = document.createElement('td');
    cell.textContent = 'row ' + r + ' cell ' + c;
    row.append(cell);
  }
  body.append(row);
}
const cells = body.getElementsByTagName('td');
const rows = body.rows;
const churnTexts = ${JSON.stringify([options.churnText].flat())};
const churnText = () => churnTexts[Math.floor(Math.random() * churnTexts.length)];
let tick = 0;
setInterval(() => {
  tick++;
  for (let i = 0; i < 40; i++) {
    const cell = cells[Math.floor(Math.random() * cells.length)];
    if (i % 2 === 0) cell.textContent = churnText() + ' ' + tick + '.' + i;
    else {
      cell.setAttribute('data-state', String(Math.random()));
      cell.className = 'c' + (tick % 7);
      cell.title = churnText() + ' ' + tick;
    }
  }
}, 16);
setInterval(() => {
  const row = rows[Math.floor(Math.random() * rows.length)];
  row.innerHTML = '<td>' + churnText() + '</td><td>replaced ' + Date.now() + '</td>';
}, 250);
window.frames_ = 0;
const count = () => { window.frames_++; requestAnimationFrame(count); };
requestAnimationFrame(count);
`;
  const style = `<style>main { height: 480px; overflow: auto; contain: strict; }
table { table-layout: fixed; width: 100%; border-collapse: collapse; }
td, th { overflow: hidden; white-space: nowrap; font: 12px monospace; }</style>`;
  return htmlPage(
    title,
    `${style}<h1>${escapeHtml(title)}</h1><main id="main"><table><thead><tr>${Array.from({ length: 10 }, (_, i) => `<th>Column ${i}</th>`).join('')}</tr></thead><tbody></tbody></table></main>`,
    script,
  );
}

/** Animation frames the page ran during `ms` milliseconds (its `window.frames_` counter). */
export async function framesDuring(page: Page, ms: number): Promise<number> {
  const read = () => page.evaluate(() => (window as unknown as { frames_: number }).frames_);
  const before = await read();
  await sleep(ms);
  return (await read()) - before;
}

/**
 * Frames of the same page with the extension (`withExtension`) and without (`baseline`, a host no content script
 * runs on), measured alternately `rounds` times so a busy machine weighs on both alike.
 */
export async function compareFrames(
  open: (which: 'baseline' | 'withExtension') => Promise<Page>,
  rounds = 2,
): Promise<{ baseline: number; withExtension: number }> {
  const total = { baseline: 0, withExtension: 0 };
  for (let round = 0; round < rounds; round++) {
    for (const which of ['baseline', 'withExtension'] as const) {
      const page = await open(which);
      try {
        await sleep(500);
        total[which] += await framesDuring(page, 2000);
      } finally {
        await page.close();
      }
    }
  }
  return total;
}
