/**
 * Hostile input in real Chromium with the built extension: URLs the extension must not take, pages that try to drive
 * it, and pages that try to wear it out. Pages are served on the consoles' real host names through Playwright routes.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  eventually,
  launchWithExtension,
  storedCaptures,
  withPage as withBrowserPage,
} from './chromium.ts';
import {
  answersWithin,
  appendHtml,
  capturedUrls,
  compareFrames,
  FILLER,
  htmlPage,
  hugeChurningPage,
  issuedKeys,
  labelledUrl,
  NOTICE,
  newKey,
  serve,
  sleep,
  validUrl,
} from './hostile-pages.ts';
import { EXISTING_ALERTOPS_ID, noticeText, uptrendsUrl } from './uptrends-journey.ts';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

function withPage<T>(run: (page: Page) => Promise<T>): Promise<T> {
  return withBrowserPage(browser, run);
}

/** Waits until `url` is stored: the positive control that makes a "nothing else was captured" meaningful. */
async function waitForCapture(url: string, timeout = 10_000): Promise<void> {
  await eventually(
    () => capturedUrls(browser),
    (urls) => urls.includes(url),
    timeout,
  );
}

/** Which of `urls` are stored. */
async function storedAmong(urls: readonly string[]): Promise<string[]> {
  const stored = new Set(await capturedUrls(browser));
  return urls.filter((url) => stored.has(url));
}

describe('URLs the extension must not take', () => {
  it('captures no valid-shaped URL shown outside a saved integration (prose, link, note, code, editors)', async () => {
    const cases: Record<string, (url: string) => string> = {
      'plain paragraph': (url) =>
        `<h2>How it works</h2><p>Uptrends posts each alert to an address such as ${url} once saved.</p>`,
      'link in prose': (url) => `<p>The request format is at <a href="${url}">${url}</a>.</p>`,
      'inline code in prose': (url) => `<p>Send a test with <code>${url}</code> from a terminal.</p>`,
      'search field': (url) => `<input type="search" aria-label="Search integrations" value="${url}">`,
      'textarea note': (url) =>
        `<label for="notes">Notes</label><textarea id="notes" rows="3">API URL: ${url}</textarea>`,
      'code block': (url) => `<h3>API URL</h3><pre><code>curl -X POST ${url} -d '{}'</code></pre>`,
      blockquote: (url) => `<h3>API URL</h3><blockquote>${url}</blockquote>`,
      'contenteditable="true" comment': (url) => `<div>API URL</div><div contenteditable="true">${url}</div>`,
      'contenteditable="" comment': (url) => `<div>API URL</div><div contenteditable="">${url}</div>`,
      'contenteditable="plaintext-only" comment': (url) =>
        `<div>API URL</div><div contenteditable="plaintext-only">${url}</div>`,
      'contenteditable="TRUE" comment': (url) => `<div>API URL</div><div contenteditable="TRUE"><p>${url}</p></div>`,
    };
    const urls = Object.fromEntries(Object.keys(cases).map((name) => [name, validUrl()]));
    urls['placeholder key beside "API URL"'] =
      'https://notify.alertops.com/POSTAlert/00000000-0000-0000-0000-000000000000/Uptrends';
    cases['placeholder key beside "API URL"'] = labelledUrl;
    // Each case in its own section, far enough from the others that no label of one is "close by" another.
    const sections = Object.entries(cases)
      .map(
        ([name, render]) =>
          `<section data-case="${name.replace(/"/g, "'")}">${render(urls[name] ?? '')}${FILLER}</section>`,
      )
      .join('');
    const body = `<article><h1>Sending Uptrends alerts to AlertOps</h1>${FILLER}${sections}</article>`;
    await serve(browser, 'https://acme.alertops.com/hostile/free-text*', htmlPage('Docs', body));
    await withPage(async (page) => {
      await page.goto('https://acme.alertops.com/hostile/free-text');
      await page.getByRole('heading', { name: 'Sending Uptrends alerts to AlertOps' }).waitFor();
      // The editors are editors indeed (the browser lets the user type into them).
      const editable = await page.evaluate(() =>
        Array.from(document.querySelectorAll('[contenteditable]')).map((e) => (e as HTMLElement).isContentEditable),
      );
      expect(editable).toEqual([true, true, true, true]);
      await sleep(1500);
      const control = validUrl();
      await appendHtml(page, `<section>${labelledUrl(control)}</section>`);
      await waitForCapture(control);
      const stored = new Set(await capturedUrls(browser));
      const captured = Object.keys(urls).filter((name) => stored.has(urls[name] ?? ''));
      expect(captured, 'cases whose URL was captured').toEqual([]);
    });
  });

  it('captures nothing shown inside cross-origin iframes, which the same markup on a top page would give', async () => {
    const framed = { tenant: validUrl(), uptrends: validUrl(), notify: validUrl() };
    const framePage = (url: string) =>
      htmlPage(
        'Integration',
        `<h1>Uptrends (framed)</h1>${labelledUrl(url)}<button type="button" data-clipboard-text="${url}">Copy</button>`,
      );
    await serve(browser, 'https://tenant2.alertops.com/hostile/frame*', framePage(framed.tenant));
    await serve(browser, 'https://app.uptrends.com/hostile/frame*', framePage(framed.uptrends));
    await serve(browser, 'https://notify.alertops.com/hostile/frame*', framePage(framed.notify));
    const frames = ['https://tenant2.alertops.com', 'https://app.uptrends.com', 'https://notify.alertops.com']
      .map((origin, i) => `<iframe name="f${i}" title="f${i}" src="${origin}/hostile/frame"></iframe>`)
      .join('');
    await serve(
      browser,
      'https://acme.alertops.com/hostile/frames*',
      htmlPage('Frames', `<h1>Dashboard</h1>${FILLER}${frames}`),
    );
    await withPage(async (page) => {
      await page.goto('https://acme.alertops.com/hostile/frames');
      for (let i = 0; i < 3; i++) await page.frameLocator(`iframe[name="f${i}"]`).getByText('API URL').waitFor();
      await sleep(1500);
      const control = validUrl();
      await appendHtml(page, `<section>${labelledUrl(control)}</section>`);
      await waitForCapture(control);
      expect(await storedAmong(Object.values(framed))).toEqual([]);
    });
    // The framed markup is a saved integration indeed: opened as a top page of a console, it is captured.
    await withPage(async (page) => {
      await page.goto('https://tenant2.alertops.com/hostile/frame');
      await waitForCapture(framed.tenant);
      const capture = (await storedCaptures(browser)).find((c) => c.url === framed.tenant);
      expect(capture?.consoleHost).toBe('tenant2.alertops.com');
    });
  });

  it('captures none of the lookalikes a page injects beside "API URL" later, but the valid one it injects after', async () => {
    const k = () => newKey();
    const lookalikes = [
      `https://notify.alertops.com.evil.net/POSTAlert/${k()}/Uptrends`,
      `https://notify.alertops.com@evil.net/POSTAlert/${k()}/Uptrends`,
      `https://evil.net@notify.alertops.com/POSTAlert/${k()}/Uptrends`,
      `https://notify.alertops.com:443@evil.net/POSTAlert/${k()}/Uptrends`,
      `https://user:pass@notify.alertops.com/POSTAlert/${k()}/Uptrends`,
      `https://notify.alertops.com:8443/POSTAlert/${k()}/Uptrends`,
      `https://notify.alertops.com./POSTAlert/${k()}/Uptrends`,
      `https://xn--notify-alertops-7kb.com/POSTAlert/${k()}/Uptrends`,
      `https://notify.xn--alertps-2fg.com/POSTAlert/${k()}/Uptrends`,
      `https://notify.\u0430lertops.com/POSTAlert/${k()}/Uptrends`,
      `https://n\u043etify.alertops.com/POSTAlert/${k()}/Uptrends`,
      `https://notify\uff0ealertops\uff0ecom/POSTAlert/${k()}/Uptrends`,
      `https://notify%2ealertops.com/POSTAlert/${k()}/Uptrends`,
      `https://notify.alertops.com%2f@evil.net/POSTAlert/${k()}/Uptrends`,
      `https://notify.alertops.com\\@evil.net/POSTAlert/${k()}/Uptrends`,
      `https://notify-alertops.com/POSTAlert/${k()}/Uptrends`,
      `https://notify.alertops.co/POSTAlert/${k()}/Uptrends`,
      `http://notify.alertops.com/POSTAlert/${k()}/Uptrends`,
      `//notify.alertops.com/POSTAlert/${k()}/Uptrends`,
      `https://notify. alertops.com/POSTAlert/${k()}/Uptrends`,
      `https://notify.alertops.com /POSTAlert/${k()}/Uptrends`,
      `https://notify.alertops.com/POST Alert/${k()}/Uptrends`,
      `https://notify.alertops.com/POSTAlert/ ${k()}/Uptrends`,
      `https://notify.alertops.com/POSTAlert/${k().replace('-', ' ')}/Uptrends`,
      `https://notify.alertops.com/POSTAlert/${k().replace('-', '\t')}/Uptrends`,
      `https://notify.alertops.com/POSTAlert/${k().replace('-', '\u00a0')}/Uptrends`,
      `https://notify.alertops.com/POSTAlert/${k().replace('-', '\u200b')}/Uptrends`,
      `https://notify.alertops.com/POSTAlert/${k()}\u200b/Uptrends`,
      `https://notify.alertops.com/POSTAlert/${k()}/Uptrends/../../evil`,
      `https://notify.alertops.com/POSTAlert/${k()}/Uptrends?next=https://evil.net`,
      `https://notify.alertops.com/POSTAlert/${k()}/Uptrends#@evil.net`,
      `https://evil.net/?next=https://notify.alertops.com/POSTAlert/${k()}/Uptrends`,
      `https://evil.net/https://notify.alertops.com/POSTAlert/${k()}/Uptrends`,
      `https://notify.alertops.com/POSTAlert/${k()}${k()}${k()}${k()}/Uptrends`,
    ];
    const valid = validUrl();
    // Each lookalike in the three ways a saved integration shows its URL: text, a readonly field, a Copy button.
    const script = `
const lookalikes = ${JSON.stringify(lookalikes)};
const valid = ${JSON.stringify(valid)};
const render = (url, i) => {
  const block = document.createElement('section');
  block.innerHTML = '<h2>Integration ' + i + '</h2><div><span>API URL</span> <span class="url"></span></div>' +
    '<label>API URL <input readonly></label><button type="button">Copy</button>';
  block.querySelector('.url').textContent = url;
  block.querySelector('input').value = url;
  block.querySelector('button').setAttribute('data-clipboard-text', url);
  return block;
};
setTimeout(() => lookalikes.forEach((url, i) => document.body.append(render(url, i))), 300);
setTimeout(() => document.body.append(render(valid, 'valid')), 2000);`;
    await serve(
      browser,
      'https://acme.alertops.com/hostile/lookalikes*',
      htmlPage('Inbound integrations', `<h1>Inbound integrations</h1>${FILLER}`, script),
    );
    await withPage(async (page) => {
      await page.goto('https://acme.alertops.com/hostile/lookalikes');
      await page.getByText('Integration 0', { exact: true }).waitFor();
      await waitForCapture(valid);
      await sleep(500);
      expect(await storedAmong(lookalikes)).toEqual([]);
      const stored = await capturedUrls(browser);
      for (const lookalike of lookalikes) {
        // Nor a truncated or normalised piece of one (the key alone is enough to misdirect alerts).
        const parts = lookalike.split(/[\s/]+/).filter((part) => part.length >= 20);
        for (const part of parts) expect(stored.filter((url) => url.includes(part))).toEqual([]);
      }
    });
  });
  it('captures no URL whose dot segments (plain or percent-encoded) a URL parser would rewrite', async () => {
    const k = () => newKey();
    const rest = 'https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic';
    const dotted = [
      `https://notify.alertops.com/POSTAlert/${k()}/..`,
      `https://notify.alertops.com/POSTAlert/${k()}/.`,
      `https://notify.alertops.com/POSTAlert/${k()}/%2e%2e`,
      `https://notify.alertops.com/POSTAlert/${k()}/%2E%2e`,
      `https://notify.alertops.com/POSTAlert/${k()}/.%2e`,
      `https://notify.alertops.com/POSTAlert/${k()}/%2e`,
      `${rest}/${k()}/..`,
      `${rest}/${k()}/%2e%2e`,
      `${rest}/${k()}/Uptrends/../..`,
      `${rest}/${k()}/Uptrends/../../Uptrends`,
      `${rest}/${k()}/Uptrends/%2e%2e/%2e%2e`,
      `${rest}/${k()}/Uptrends/./../../x`,
    ];
    // Each of them is something else once parsed: the browser (and Uptrends) would post elsewhere, most without the key.
    for (const url of dotted) expect(new URL(url).href).not.toBe(url);
    const valid = `${rest}/${k()}/Uptrends`;
    expect(new URL(valid).href).toBe(valid);
    const script = `
const render = (url) => {
  const block = document.createElement('section');
  block.innerHTML = '<div><span>API URL</span> <span class="url"></span></div>';
  block.querySelector('.url').textContent = url;
  return block;
};
setTimeout(() => ${JSON.stringify(dotted)}.forEach((url) => document.body.append(render(url))), 300);
setTimeout(() => document.body.append(render(${JSON.stringify(valid)})), 1500);`;
    await serve(
      browser,
      'https://acme.alertops.com/hostile/dot-segments*',
      htmlPage('Inbound integrations', `<h1>Inbound integrations</h1>${FILLER}`, script),
    );
    await withPage(async (page) => {
      await page.goto('https://acme.alertops.com/hostile/dot-segments');
      await waitForCapture(valid);
      await sleep(500);
      // Not as shown, nor trimmed (a trailing ".." looks like punctuation): no stored URL may hold one of their keys.
      const stored = await capturedUrls(browser);
      const keyOfCase = (url: string) => url.split('/').find((segment) => issuedKeys().includes(segment)) ?? url;
      expect(dotted.filter((url) => stored.some((s) => s.includes(keyOfCase(url))))).toEqual([]);
    });
  });
});

describe('pages that try to drive the extension', () => {
  it('ignores script clicks on its in-page prompt; a real click replaces the value', async () => {
    const url = validUrl();
    await serve(
      browser,
      'https://acme.alertops.com/hostile/for-uptrends*',
      htmlPage('Integration', `<h1>Uptrends synthetic</h1>${labelledUrl(url)}`),
    );
    await withPage(async (page) => {
      await page.goto('https://acme.alertops.com/hostile/for-uptrends');
      await waitForCapture(url);

      const field = page.getByRole('textbox', { name: /AlertOpsUrl/ });
      await page.goto(uptrendsUrl(browser.server, `/Alerting/Integrations/${EXISTING_ALERTOPS_ID}`, { lang: 'en' }));
      await expect.poll(() => noticeText(page), { timeout: 10_000 }).toContain('Replace the value in this field?');
      const original = await field.inputValue();
      expect(original).not.toBe(url);

      const clicked = await page.evaluate((selector) => {
        const host = document.querySelector(selector);
        const buttons = Array.from(host?.shadowRoot?.querySelectorAll('button') ?? []);
        for (const button of buttons) {
          button.click();
          button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
          button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
          button.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true }));
          button.focus();
          button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
          button.dispatchEvent(new KeyboardEvent('keyup', { key: ' ', bubbles: true, composed: true }));
          button.form?.requestSubmit();
        }
        return buttons.map((button) => button.textContent);
      }, NOTICE);
      expect(clicked).toContain('Replace with the AlertOps URL');
      expect(clicked).toContain('Keep it');
      await sleep(1000);
      expect(await field.inputValue()).toBe(original);
      expect(await noticeText(page)).toContain('Replace the value in this field?');
      expect((await storedCaptures(browser)).find((c) => c.url === url)?.filled).toBeUndefined();

      await page.locator(NOTICE).getByRole('button', { name: 'Replace with the AlertOps URL' }).click();
      await expect.poll(() => field.inputValue()).toBe(url);
      await eventually(
        () => storedCaptures(browser),
        (list) => list.find((c) => c.url === url)?.filled !== undefined,
      );
    });
  });

  it('keeps capturing while the page floods postMessage and defines its own chrome/browser globals', async () => {
    const shown = validUrl();
    const forged = validUrl();
    const head = `
window.fakeCalls = [];
const fake = {
  id: 'fake-extension',
  sendMessage: (...args) => { window.fakeCalls.push('sendMessage'); return Promise.resolve({ ok: true }); },
  onMessage: { addListener: () => window.fakeCalls.push('addListener') },
  getURL: () => 'chrome-extension://fake/',
};
const i18n = { getMessage: () => 'PAGE TEXT' };
const realChrome = window.chrome;
try {
  realChrome?.runtime?.sendMessage?.(${JSON.stringify(browser.extensionId)}, { type: 'capture', url: ${JSON.stringify(forged)}, integrationName: 'Forged', template: 'Uptrends' });
  window.directSend = 'sent';
} catch (error) { window.directSend = 'refused'; }
Object.defineProperty(window, 'chrome', { value: { runtime: fake, i18n }, configurable: true, writable: true });
window.browser = { runtime: fake, i18n };`;
    const flood = `
const forged = ${JSON.stringify(forged)};
const messages = [
  { type: 'capture', url: forged, integrationName: 'Forged', template: 'Uptrends' },
  { type: 'fill-now' }, { type: 'insert-url', url: forged }, { type: 'status' }, { type: 'forget-all' },
  JSON.stringify({ type: 'capture', url: forged }), forged,
];
window.posted = 0;
const timer = setInterval(() => {
  for (let i = 0; i < 100; i++) for (const message of messages) { window.postMessage(message, '*'); window.posted++; }
  document.dispatchEvent(new CustomEvent('capture', { detail: messages[0] }));
}, 4);
setTimeout(() => clearInterval(timer), 3000);`;
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Flood</title><script>${head}</script></head>
<body><h1>Uptrends flood</h1>${FILLER}<script>${flood}</script></body></html>`;
    await serve(browser, 'https://acme.alertops.com/hostile/flood*', html);
    await withPage(async (page) => {
      await page.goto('https://acme.alertops.com/hostile/flood');
      await sleep(500);
      await appendHtml(page, `<section>${labelledUrl(shown)}</section>`);
      await waitForCapture(shown);
      await expect.poll(() => noticeText(page)).toContain('AlertOps URL captured');
      await sleep(3000);
      const seen = await page.evaluate(() => {
        const w = window as unknown as { fakeCalls: string[]; posted: number };
        return { fakeCalls: w.fakeCalls, posted: w.posted };
      });
      expect(seen.fakeCalls).toEqual([]);
      expect(seen.posted).toBeGreaterThan(10_000);
      expect(await storedAmong([forged])).toEqual([]);
      await answersWithin(page, 2000);
    });
  });

  it('keeps capturing on a page whose elements are named "browser" and "chrome" (DOM clobbering)', async () => {
    const url = validUrl();
    const clobber = `<form name="browser"><input name="runtime" type="hidden"><input name="i18n" type="hidden"></form>
<form name="chrome"><input name="runtime" type="hidden"></form><div id="browser"></div>`;
    await serve(
      browser,
      'https://acme.alertops.com/hostile/clobber*',
      htmlPage('Integration', `${clobber}<h1>Uptrends clobbered</h1>${labelledUrl(url)}`),
    );
    await withPage(async (page) => {
      await page.goto('https://acme.alertops.com/hostile/clobber');
      await page.getByRole('heading', { name: 'Uptrends clobbered' }).waitFor();
      await waitForCapture(url);
      await expect.poll(() => noticeText(page)).toContain('AlertOps URL captured');
    });
  });
});

describe('pages that try to wear the extension out', () => {
  /** Opens the page at `path` on the console host, or on notify.alertops.com where no content script runs. */
  function opener(consoleHost: string, path: string) {
    return async (which: 'baseline' | 'withExtension') => {
      const page = await browser.context.newPage();
      await page.goto(`https://${which === 'baseline' ? 'notify.alertops.com' : consoleHost}${path}`);
      return page;
    };
  }

  async function serveBoth(consoleHost: string, path: string, html: string): Promise<void> {
    await serve(browser, `https://notify.alertops.com${path}*`, html);
    await serve(browser, `https://${consoleHost}${path}*`, html);
  }

  /** The page's main thread answers within 2 s, `times` times over about a second, while it churns. */
  async function staysResponsive(page: Page, times = 4): Promise<void> {
    for (let i = 0; i < times; i++) {
      await answersWithin(page, 2000);
      await sleep(250);
    }
  }

  it('keeps a huge, ever-changing AlertOps page responsive and still captures on it', async () => {
    const path = '/hostile/incidents';
    await serveBoth(
      'acme.alertops.com',
      path,
      hugeChurningPage('Incidents', { rows: 2000, churnText: 'alertops incident acknowledged' }),
    );
    await withPage(async (page) => {
      await page.goto(`https://acme.alertops.com${path}`);
      expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(20_000);
      await staysResponsive(page);
      await sleep(1000);
      const url = validUrl();
      await appendHtml(page, `<section>${labelledUrl(url)}</section>`);
      await waitForCapture(url, 3000);
      await staysResponsive(page, 2);
    });
    const frames = await compareFrames(opener('acme.alertops.com', path));
    expect(frames.withExtension, JSON.stringify(frames)).toBeGreaterThan(frames.baseline * 0.5);
  });

  it('keeps a huge AlertOps log that keeps showing unlabelled endpoint URLs responsive', async () => {
    const path = '/hostile/inbound-log';
    const logged = Array.from({ length: 20 }, () => validUrl());
    await serveBoth(
      'acme.alertops.com',
      path,
      hugeChurningPage('Inbound log', { rows: 2000, churnText: logged.map((url) => `POST ${url} 200`) }),
    );
    await withPage(async (page) => {
      await page.goto(`https://acme.alertops.com${path}`);
      await sleep(2000);
      const url = validUrl();
      await appendHtml(page, `<section>${labelledUrl(url)}</section>`);
      await waitForCapture(url, 3000);
      expect(await storedAmong(logged)).toEqual([]);
      await staysResponsive(page);
    });
  });

  it('stays quiet on a huge, ever-changing Uptrends page without an editor, and says so when asked', async () => {
    const path = '/hostile/monitor-log';
    await serveBoth(
      'app.uptrends.com',
      path,
      hugeChurningPage('Monitor log', { rows: 2000, churnText: 'AlertOps production notified' }),
    );
    await withPage(async (page) => {
      await page.goto(`https://app.uptrends.com${path}`);
      for (let i = 0; i < 4; i++) {
        await staysResponsive(page, 1);
        expect(await page.locator(NOTICE).count()).toBe(0);
      }
      const popup = await browser.openPopup(page);
      await popup.getByRole('button', { name: 'Fill this page' }).click();
      await popup.getByText('No AlertOps URL field or escalation level on this page.').waitFor({ timeout: 10_000 });
      await popup.close();
      expect(await page.locator(NOTICE).count()).toBe(0);
      await staysResponsive(page, 2);
    });
    const frames = await compareFrames(opener('app.uptrends.com', path));
    expect(frames.withExtension, JSON.stringify(frames)).toBeGreaterThan(frames.baseline * 0.5);
  });
});

describe('secrets', () => {
  it("keeps the stored captures out of the content scripts' reach (storage is for the extension's own pages)", async () => {
    const url = validUrl();
    await serve(
      browser,
      'https://app.alertops.com/integrations/inbound/storage-probe',
      htmlPage('AlertOps', labelledUrl(url)),
    );
    await withPage(async (page) => {
      const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
      const cdp = await page.context().newCDPSession(page);
      cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
      await cdp.send('Runtime.enable');
      await page.goto('https://app.alertops.com/integrations/inbound/storage-probe');
      await waitForCapture(url);
      const contentScript = contexts.filter((context) => context.auxData?.type === 'isolated').at(-1);
      expect(contentScript, 'the content script world').toBeDefined();
      const inContentScript = async (expression: string) =>
        (
          await cdp.send('Runtime.evaluate', {
            expression,
            contextId: contentScript?.id,
            awaitPromise: true,
            returnByValue: true,
          })
        ).result.value;
      // The world is the extension's own (the positive control), and it may not read what the worker stored.
      expect(await inContentScript('chrome.runtime.id')).toBe(browser.extensionId);
      const read = await inContentScript(
        "chrome.storage.local.get(null).then((items) => 'read ' + Object.keys(items).join(','), (error) => 'refused: ' + error.message)",
      );
      expect(read).toMatch(/^refused: .*not allowed/i);
    });
  });

  it('never writes any key shown on these pages into any log', () => {
    const logs = browser.logs.join('\n');
    expect(issuedKeys().length).toBeGreaterThan(50);
    for (const key of issuedKeys()) expect(logs).not.toContain(key);
    // The lookalikes with a split key: neither half may show up either.
    for (const key of issuedKeys())
      for (const half of key.split('-').filter((p) => p.length >= 12)) {
        expect(logs).not.toContain(half);
      }
  });
});
