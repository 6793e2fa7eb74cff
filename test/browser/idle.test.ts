/**
 * Consoles left open and idle: the content scripts stop watching 30 s after the last user input (the page costs nothing
 * while nobody works in it), and still catch up: a page that renders a URL by itself is noticed by the slow probe, and
 * the first click of the user starts watching again with a look at the whole page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, eventually, launchWithExtension, storedCaptures } from './chromium.ts';
import { appendHtml, htmlPage, labelledUrl, NOTICE, serve, sleep, validUrl } from './hostile-pages.ts';
import { noticeText, UPTRENDS_LABELS, uptrendsUrl } from './uptrends-journey.ts';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

/** Past the content scripts' idle time (30 s) after the page's load, with no user input at all. */
const PAST_IDLE_MS = 32_000;

describe('consoles left idle', () => {
  it('capture and fill still work after half a minute without user input', { timeout: 120_000 }, async () => {
    const page =
      '<main><h1>Idle integration</h1><label>API URL <input id="api" readonly></label><div id="more"></div></main>';
    await serve(browser, 'https://acme.alertops.com/idle/integration*', htmlPage('Integration', page));
    const alertOps = await browser.context.newPage();
    const uptrends = await browser.context.newPage();
    await alertOps.goto('https://acme.alertops.com/idle/integration');
    await uptrends.goto(uptrendsUrl(browser.server, '/Alerting/Integrations', {}));
    await sleep(PAST_IDLE_MS);

    // The page fills a field by script (no DOM change at all), then shows a URL by itself (a push from its server): no
    // input, so only the probe can notice.
    const inField = validUrl();
    await alertOps.bringToFront();
    await alertOps.evaluate((value) => {
      (document.getElementById('api') as HTMLInputElement).value = value;
    }, inField);
    await eventually(
      () => storedCaptures(browser),
      (list) => list.some((capture) => capture.url === inField),
      8000,
    );
    const url = validUrl();
    await appendHtml(alertOps, `<section><h2>Second integration</h2>${labelledUrl(url)}</section>`);
    await eventually(
      () => storedCaptures(browser),
      (list) => list.some((capture) => capture.url === url),
      8000,
    );
    await expect.poll(() => alertOps.locator(NOTICE).count()).toBe(1);

    // The user comes back to Uptrends and opens the editor: their clicks start watching again.
    const labels = UPTRENDS_LABELS.en;
    await uptrends.bringToFront();
    await uptrends.getByRole('button', { name: labels.addIntegration }).click();
    const dialog = uptrends.getByRole('dialog');
    await dialog.getByText('AlertOps', { exact: true }).click();
    await dialog.getByRole('button', { name: labels.choose, exact: true }).click();
    await expect.poll(() => noticeText(uptrends), { timeout: 10_000 }).toContain('AlertOps URL filled in');
    expect(await uptrends.getByRole('textbox', { name: /AlertOpsUrl/ }).inputValue()).toBe(url);
    await alertOps.close();
    await uptrends.close();
  });
});
