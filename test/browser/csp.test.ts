/**
 * Consoles served with a strict Content Security Policy: no inline styles, no inline scripts of ours. The in-page
 * notice and prompt must still be drawn where the user sees them (a prompt whose box is not in its corner takes no
 * clicks), and capture and fill must still work.
 */
import { get } from 'node:https';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveUptrendsIntegration } from './alertops-journey.ts';
import { type ExtensionBrowser, eventually, launchWithExtension, storedCaptures } from './chromium.ts';
import { type FirefoxWithExtension, firefoxSkipReason, launchFirefoxWithExtension } from './firefox.ts';
import { waitForCapture, withServed } from './firefox-pages.ts';
import { htmlPage, labelledUrl, NOTICE, validUrl } from './hostile-pages.ts';
import { EXISTING_ALERTOPS_ID, noticeText, uptrendsUrl } from './uptrends-journey.ts';

const STRICT_CSP = "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self'";
/** A style of the page's own that the policy blocks: proof that the policy is in force. */
const BLOCKED_STYLE = '<style>#csp-probe{position:fixed}</style><div id="csp-probe"></div>';

let browser: ExtensionBrowser;
/** The newest capture: the one the Uptrends script fills. */
let newestCapture: string;

beforeAll(async () => {
  browser = await launchWithExtension();
  const page = await browser.context.newPage();
  newestCapture = await saveUptrendsIntegration(page, browser.server, { ui: 'current', name: 'CSP prod' });
  await eventually(
    () => storedCaptures(browser),
    (list) => list.some((c) => c.url === newestCapture),
  );
  await page.close();
});

afterAll(async () => {
  await browser?.close();
});

/** The simulated console's page, fetched from its server the way the browser reaches it (host name, test certificate). */
function fromConsoleServer(address: string, port: number): Promise<string> {
  const target = new URL(address);
  return new Promise((resolve, reject) => {
    get(
      {
        host: '127.0.0.1',
        port,
        path: `${target.pathname}${target.search}`,
        headers: { host: target.host },
        servername: target.hostname,
        rejectUnauthorized: false,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve(body));
      },
    ).on('error', reject);
  });
}

/** Where the notice's box is drawn, and how it is positioned: in the viewport's bottom right corner, fixed. */
async function noticeBox(page: Page) {
  return page.locator(NOTICE).evaluate((host) => {
    const box = host.shadowRoot?.querySelector('.box');
    if (!box) return null;
    const rect = box.getBoundingClientRect();
    return {
      position: getComputedStyle(box).position,
      fromRight: Math.round(document.documentElement.clientWidth - rect.right),
      fromBottom: Math.round(document.documentElement.clientHeight - rect.bottom),
    };
  });
}

describe('consoles with a strict Content Security Policy', () => {
  it('captures on AlertOps and draws its notice in the corner', async () => {
    const url = validUrl();
    const address = 'https://app.alertops.com/csp/integration';
    await browser.context.route(`${address}*`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'Content-Security-Policy': STRICT_CSP },
        body: htmlPage('Integration', `${BLOCKED_STYLE}<main><h1>CSP integration</h1>${labelledUrl(url)}</main>`),
      }),
    );
    const page = await browser.context.newPage();
    await page.goto(address);
    await eventually(
      () => storedCaptures(browser),
      (list) => list.some((capture) => capture.url === url),
      8000,
    );
    newestCapture = url;
    await expect.poll(() => page.locator(NOTICE).count()).toBe(1);
    const box = await noticeBox(page);
    expect(await page.locator('#csp-probe').evaluate((probe) => getComputedStyle(probe).position)).toBe('static');
    expect(box?.position).toBe('fixed');
    expect(box?.fromRight).toBeLessThanOrEqual(20);
    expect(box?.fromBottom).toBeLessThanOrEqual(20);
    await page.close();
  });

  it('on Uptrends, the Replace prompt is drawn in its corner and its button works', async () => {
    const address = uptrendsUrl(browser.server, `/Alerting/Integrations/${EXISTING_ALERTOPS_ID}`, { lang: 'en' });
    const page = await browser.context.newPage();
    await page.route(address, async (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'Content-Security-Policy': "style-src 'self'" },
        body: await fromConsoleServer(address, browser.server.port),
      }),
    );
    await page.goto(address);
    await expect.poll(() => noticeText(page), { timeout: 10_000 }).toContain('Replace the value in this field?');
    const box = await noticeBox(page);
    expect(box?.position).toBe('fixed');
    await page.locator(NOTICE).getByRole('button', { name: 'Replace with the AlertOps URL' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: /AlertOpsUrl/ }).inputValue()).toBe(newestCapture);
    await page.close();
  });
});

const firefoxSkip = await firefoxSkipReason();
if (firefoxSkip) console.warn(`[firefox] strict CSP pages SKIPPED: ${firefoxSkip}`);

describe.skipIf(firefoxSkip !== undefined)('Firefox: consoles with a strict Content Security Policy', () => {
  let ff: FirefoxWithExtension;

  beforeAll(async () => {
    ff = await launchFirefoxWithExtension();
  }, 120_000);

  afterAll(async () => {
    await ff?.close();
  }, 120_000);

  it('captures on AlertOps and draws its notice in the corner', { timeout: 120_000 }, async () => {
    const url = validUrl();
    const address = 'https://app.alertops.com/csp/firefox-integration';
    const page = htmlPage(
      'Integration',
      `${BLOCKED_STYLE}<main><h1>CSP integration</h1>${labelledUrl(url)}</main>`,
    ).replace(
      '<meta charset="utf-8">',
      `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">`,
    );
    await withServed(ff, { [address]: page }, async (tab) => {
      await tab.goto(address);
      await waitForCapture(ff, url, 10_000);
      await tab.waitForSelector(NOTICE);
      const box = await tab.evaluate((selector) => {
        const box = document.querySelector(selector)?.shadowRoot?.querySelector('.box');
        if (!box) return null;
        const rect = box.getBoundingClientRect();
        return {
          position: getComputedStyle(box).position,
          fromRight: Math.round(document.documentElement.clientWidth - rect.right),
          fromBottom: Math.round(document.documentElement.clientHeight - rect.bottom),
        };
      }, NOTICE);
      const probe = await tab.evaluate(
        () => getComputedStyle(document.getElementById('csp-probe') as Element).position,
      );
      expect(probe, "the policy blocks the page's own inline style").toBe('static');
      expect(box?.position).toBe('fixed');
      expect(box?.fromRight).toBeLessThanOrEqual(20);
      expect(box?.fromBottom).toBeLessThanOrEqual(20);
    });
  });
});
