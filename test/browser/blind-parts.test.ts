/**
 * Blind acceptance tests, round 22: AlertOps pages made of SEVERAL PARTS at once (a detail view in <main> beside toast
 * stacks, notification centres, help drawers, chat widgets, request logs, cards, split views, forms), and LABELS THAT
 * ARRIVE LATE (i18n filling text in place, a label element inserted later, a Copy button named later, skeletons replaced
 * piecewise). Written from domain.md, the README and the test helpers only (no source read). Pages are served on the
 * real host names; the user acts through real Playwright clicks; assertions read only what the user sees (the page, the
 * extension's notice) and what the extension stored.
 *
 * Grounds:
 * - domain.md: the URL to capture is `https://notify.alertops.com/POSTAlert/<key>/<name>` (or the legacy
 *   `http(s)://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/<key>/<Source>`); the saved integration shows it
 *   labelled "API URL" (older UI, which also lists it after Save) or "at the top, with a Copy button" (current UI);
 *   consoles are `app.alertops.com` and `<tenant>.alertops.com`.
 * - README: captured "the moment the saved integration shows it, and says so in a small notice"; "Captured only when
 *   labelled as an integration URL or beside a Copy button, and never through a label that sits by another
 *   integration's URL or among sentences, nor through a label or Copy button of another part of the page (the main view
 *   for a toast beside it, a section, a form, a dialog); never from editable textareas, contenteditable, `pre code`,
 *   blockquotes, asides (help drawers), tooltips and notes, comments in an ARIA article, sentences"; never from logs
 *   and toasts of requests (blind-slow-capture S12 / blind-capture log tests); "A URL drawn before its label, the label
 *   translated in later … is captured since round 22: a part of the page (the main view, a section, a form, a dialog, a
 *   region) keeps its labels and Copy buttons to itself, so a URL with nothing near it that labels it or makes it a
 *   sample is looked at again twice a second for 10 s (at most 20 such URLs at a time)"; lists of integrations are
 *   captured, each URL under its row's name; never logged.
 *
 * First run: 26 of 27 passed. R22-26 (a toast container inside <main>) was mended in the code: a status, alert or log
 * message is a part of the page too.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  eventually,
  launchWithExtension,
  type StoredCapture,
  waitForStoredCapture,
  withPage as withBrowserPage,
} from './chromium.ts';
import {
  capturedUrls,
  clearLocalStorage,
  escapeHtml,
  issuedKeys,
  newKey,
  serve,
  sleep,
  validUrl,
} from './hostile-pages.ts';
import { noticeText } from './uptrends-journey.ts';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  await clearLocalStorage(browser);
});

function withPage<T>(run: (page: Page) => Promise<T>): Promise<T> {
  return withBrowserPage(browser, run);
}

/** Positive cases: the capture must be stored within ~5 s of the URL and its label being shown (1 s of slack for load). */
const CAPTURE_MS = 6000;
/** Negative cases: how long nothing may be stored after the last thing was shown. */
const NEGATIVE_MS = 3000;
/** How long a page may take to draw what the test waits for (another test run may load the machine). */
const SHOW_MS = 15_000;

const STYLE = `<style>
body{font:14px system-ui,sans-serif;margin:0} .mono,.font-monospace{font-family:monospace} [hidden]{display:none}
.topbar{display:flex;gap:12px;padding:8px;background:#123;color:#fff} .topbar a{color:#fff}
.spinner{display:inline-block;width:16px;height:16px;border:3px solid #ccc;border-top-color:#06c;border-radius:50%;animation:spin 1s linear infinite}
@keyframes spin{to{transform:rotate(360deg)}}
.toast-stack,#toast-container{position:fixed;right:16px;bottom:16px;display:flex;flex-direction:column;gap:8px;z-index:10}
.toast,.ngx-toastr{background:#222;color:#fff;padding:8px 12px;border-radius:4px;font:12px monospace}
.drawer{position:fixed;top:0;right:0;bottom:0;width:380px;background:#fafafa;border-left:1px solid #ccc;padding:12px;overflow:auto}
.placeholder{display:inline-block;min-height:1em;background:#ddd;border-radius:3px}
.layout{display:flex;gap:16px} .layout>nav,.layout>aside{width:240px;border-right:1px solid #ccc}
.card{border:1px solid #ccc;border-radius:6px;padding:12px;margin:8px}
table{border-collapse:collapse} td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}
</style>`;

function doc(title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${STYLE}</head>
<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

function waitForCapture(url: string, timeout = CAPTURE_MS): Promise<StoredCapture> {
  return waitForStoredCapture(browser, url, timeout);
}

function keyOf(url: string): string {
  return /\/(?:POSTAlert|generic)\/([^/]+)\//i.exec(url)?.[1] ?? url;
}

/** Stored URLs that contain one of the keys of `urls` (so a truncated or re-cut URL counts too). */
async function storedOf(urls: readonly string[]): Promise<string[]> {
  const keys = urls.map((url) => keyOf(url).toLowerCase());
  const stored = await capturedUrls(browser);
  return stored.filter((url) => keys.some((key) => url.toLowerCase().includes(key)));
}

async function waitForNotice(page: Page): Promise<string> {
  return eventually(
    () => noticeText(page),
    (text) => text.trim().length > 0,
    5000,
  );
}

/** The page really shows `text` (so a failed capture is not the page's fault). */
async function shown(page: Page, text: string, timeout = SHOW_MS): Promise<void> {
  await page.getByText(text, { exact: true }).first().waitFor({ timeout });
}

/** The page shows `text` somewhere inside a larger text (a log line, a sentence). */
async function shownWithin(page: Page, text: string, timeout = SHOW_MS): Promise<void> {
  await page.getByText(text).first().waitFor({ timeout });
}

/**
 * README ("Captured only when labelled as an integration URL or beside a Copy button"): while the URL is drawn and its
 * label (or Copy button) is not yet, nothing of it is stored. Inconclusive (skipped) if the label came first.
 */
async function notStoredBeforeLabel(url: string, label: Locator, settle = 500): Promise<void> {
  await sleep(settle);
  const stored = await storedOf([url]);
  if ((await label.count()) > 0) return;
  expect.soft(stored, 'stored before its label or Copy button was drawn').toEqual([]);
}

const TOPBAR = `<header class="topbar"><span class="brand">AlertOps</span>
<nav aria-label="Main"><a href="#">Dashboard</a> <a href="#">Incidents</a> <a href="#">Configurations</a> <a href="#">Reports</a></nav>
<button type="button" class="user">Jane Operator</button></header>`;

const BASIC = `<section aria-labelledby="basic-h"><h2 id="basic-h">Basic Settings</h2>
<dl><dt>Template</dt><dd>Uptrends</dd><dt>Escalation Policy</dt><dd>Default</dd><dt>Recipient Groups</dt><dd>Ops on call</dd></dl></section>`;

/** A request log table ("Received | Method | Request URL | Status"), one row per URL. */
function requestRows(urls: readonly string[]): string {
  return urls
    .map(
      (u, i) =>
        `<tr><td>2024-06-1${i % 10} 09:${String(10 + i).padStart(2, '0')}:0${i % 10}</td><td>POST</td><td class="mono">${escapeHtml(u)}</td><td>${i % 4 === 3 ? '401 Unauthorized' : '200 OK'}</td></tr>`,
    )
    .join('');
}

/* ================================================================================================================= */

describe('the main view among other parts that show URLs', () => {
  // domain.md (current UI: the saved integration page shows the URL at the top with a Copy button); README (toasts of
  // requests, asides, logs, notification sentences and a chat's transcript are never captured; a part keeps its labels).
  it('R22-01 Angular detail in <main> ("API URL" + Copy) beside an ngx-toastr stack of "POST <url> 200 OK", an open notification centre, a help <aside> with a sample, a chat widget (open shadow root) and a "Recent requests" <section>, each with other valid-looking URLs: only the main URL stored, with its name, and a notice', async () => {
    const real = validUrl();
    const name = 'Uptrends R22-01 Checkout';
    const toasts = [validUrl(), validUrl('Custom')];
    const notified = validUrl();
    const sample = validUrl();
    const chatted = validUrl();
    const logged = [
      validUrl(),
      validUrl('Datadog'),
      `https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/${newKey()}/Uptrends`,
    ];
    const others = [...toasts, notified, sample, chatted, ...logged];
    const script = `
const T = ${JSON.stringify(toasts)}, CHAT = ${JSON.stringify(chatted)};
const stack = document.getElementById('toast-container');
T.forEach((u, i) => setTimeout(() => {
  const t = document.createElement('div'); t.className = 'ngx-toastr toast-info'; t.setAttribute('role', 'alert');
  t.innerHTML = '<div class="toast-title">Inbound request</div><div class="toast-message"></div>';
  t.querySelector('.toast-message').textContent = 'POST ' + u + ' 200 OK';
  stack.append(t);
}, 300 + i * 400));
const chat = document.createElement('support-chat');
chat.style.cssText = 'position:fixed;left:16px;bottom:16px;width:320px;background:#fff;border:1px solid #ccc';
const r = chat.attachShadow({ mode: 'open' });
r.innerHTML = '<div class="panel"><header>Chat with AlertOps Support</header><div role="log" aria-label="Conversation">' +
  '<div class="msg agent"><span class="who">Alex</span><p>Could you try sending a test to this one?</p></div>' +
  '<div class="msg agent"><p class="bubble"></p></div></div>' +
  '<label>Message <textarea></textarea></label><button type="button">Send</button></div>';
r.querySelector('.bubble').textContent = CHAT;
document.body.append(chat);`;
    const body = `${TOPBAR}
<section class="dropdown-menu show notification-centre" aria-label="Notifications"><h2>Notifications</h2><ul>
<li>Integration “Uptrends EU” received a request at ${escapeHtml(notified)} and opened incident #4411.</li>
<li>Jane Operator changed the escalation policy of “Datadog prod”.</li></ul></section>
<app-root ng-version="17.3.0"><main class="container">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li>Integrations</li><li>Inbound Integrations</li><li aria-current="page">${escapeHtml(name)}</li></ol></nav>
<h1>${escapeHtml(name)}</h1>
<section class="endpoint" aria-label="Endpoint"><span class="caption">API URL</span> <span class="mono">${escapeHtml(real)}</span> <button type="button" class="btn btn-outline-primary">Copy</button></section>
${BASIC}
<section aria-labelledby="recent-h"><h2 id="recent-h">Recent requests</h2><table class="table"><thead><tr><th>Received</th><th>Method</th><th>Request URL</th><th>Status</th></tr></thead>
<tbody>${requestRows(logged)}</tbody></table></section></main></app-root>
<aside class="drawer help" aria-label="Help"><h2>Uptrends integration help</h2><p>Paste the URL shown at the top of the saved integration into Uptrends. It looks like this:</p>
<p class="mono">${escapeHtml(sample)}</p></aside>
<div id="toast-container" class="toast-bottom-right" aria-live="polite"></div>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/22001*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/22001');
      await shown(page, real);
      await page.getByRole('heading', { name, exact: true }).click();
      const capture = await waitForCapture(real);
      expect(capture.integrationName).toBe(name);
      expect(capture.consoleHost).toBe('app.alertops.com');
      await waitForNotice(page);
      await shownWithin(page, `POST ${toasts[1]} 200 OK`);
      await shown(page, chatted);
      await sleep(NEGATIVE_MS);
      expect(await storedOf(others), 'captured from a part other than the main view').toEqual([]);
      expect(await capturedUrls(browser)).toEqual([real]);
    });
  });

  // README ("the main view for a toast beside it": a toast does not take the main view's label; logs and toasts of
  // requests are never captured); domain.md (the saved view's API URL is captured once shown).
  it('R22-02 ngx-toastr stack shows "POST <url> 200 OK" toasts first; 1.5 s later the main view\'s "API URL" label and Copy arrive with the value still loading: nothing stored, no notice; the value revealed then is stored alone', async () => {
    const toasts = [validUrl(), validUrl()];
    const real = validUrl();
    const script = `
const T = ${JSON.stringify(toasts)}, REAL = ${JSON.stringify(real)};
const stack = document.getElementById('toast-container');
T.forEach((u, i) => setTimeout(() => {
  const t = document.createElement('div'); t.className = 'ngx-toastr toast-success'; t.setAttribute('role', 'alert');
  t.textContent = 'POST ' + u + (i ? ' 202 Accepted' : ' 200 OK');
  stack.append(t);
}, 200 + i * 300));
setTimeout(() => {
  document.getElementById('cap').textContent = 'API URL';
  document.getElementById('val').textContent = '••••••••••••••••••••••••';
  const b = document.getElementById('copy'); b.textContent = 'Copy'; b.hidden = false;
  document.getElementById('reveal').hidden = false;
}, 1500);
document.getElementById('reveal').onclick = () => { setTimeout(() => { document.getElementById('val').textContent = REAL; }, 400); };`;
    const body = `${TOPBAR}<main><h1>Uptrends R22-02 Ledger</h1>
<div class="endpoint"><span class="caption" id="cap"><span class="spinner"></span></span> <span class="mono" id="val">Loading…</span>
<button type="button" id="copy" hidden></button> <button type="button" id="reveal" hidden>Show</button></div>${BASIC}</main>
<div id="toast-container" class="toast-bottom-right" aria-live="polite"></div>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/22002*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/22002');
      await shownWithin(page, `POST ${toasts[1]} 202 Accepted`);
      await shown(page, 'API URL');
      await page.getByRole('heading', { name: 'Uptrends R22-02 Ledger' }).click();
      await sleep(NEGATIVE_MS);
      expect.soft(await storedOf(toasts), 'captured from a toast').toEqual([]);
      expect.soft(await noticeText(page), 'notice for a toast').toBe('');
      await page.getByRole('button', { name: 'Show' }).click();
      await shown(page, real);
      await waitForCapture(real);
      await sleep(1000);
      expect(await capturedUrls(browser)).toEqual([real]);
    });
  });

  // README (a label or Copy button of another part, here a dialog, never labels a log's URL; logs never captured).
  it('R22-03 a "Recent requests" <section> lists request URLs; the user opens a native <dialog> "Regenerate API URL?" whose own "API URL" label and Copy sit by a masked value: nothing stored, no notice', async () => {
    const logged = [validUrl(), validUrl(), validUrl('Custom'), validUrl()];
    const script = `
document.getElementById('regen').onclick = () => document.getElementById('dlg').showModal();
document.getElementById('cancel').onclick = () => document.getElementById('dlg').close();`;
    const body = `${TOPBAR}<main><h1>Uptrends R22-03 Payroll</h1>
<section aria-labelledby="k-h"><h2 id="k-h">Key</h2><p>Rotating the key stops the old URL from working.</p><button type="button" id="regen">Regenerate key</button></section>
<section aria-labelledby="recent-h"><h2 id="recent-h">Recent requests</h2><table><thead><tr><th>Received</th><th>Method</th><th>Request URL</th><th>Status</th></tr></thead>
<tbody>${requestRows(logged)}</tbody></table></section></main>
<dialog id="dlg" aria-labelledby="dlg-h"><h2 id="dlg-h">Regenerate API URL?</h2>
<div class="endpoint"><span class="caption">API URL</span> <span class="mono">https://notify.alertops.com/POSTAlert/••••••••/Uptrends</span> <button type="button">Copy</button></div>
<p><button type="button" id="cancel">Cancel</button> <button type="button">Regenerate</button></p></dialog>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/22003*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/22003');
      await shown(page, logged[3] as string);
      await page.getByRole('heading', { name: 'Recent requests' }).click();
      await page.getByRole('button', { name: 'Regenerate key' }).click();
      await page.getByRole('dialog', { name: 'Regenerate API URL?' }).waitFor();
      await sleep(NEGATIVE_MS);
      expect.soft(await storedOf(logged), 'captured from the request log').toEqual([]);
      expect.soft(await noticeText(page), 'notice for a request log').toBe('');
      await page.getByRole('button', { name: 'Cancel' }).click();
      await sleep(1000);
      expect(await capturedUrls(browser)).toEqual([]);
    });
  });

  // README (a URL in a chat's transcript, a log, has nothing of the main view's label; masked keys are never stored);
  // domain.md (the saved integration's URL, once shown, is captured).
  it('R22-04 chat widget (open shadow root, role=log transcript) receives an agent\'s message with a bare URL 0.8 s after load while the main view shows "API URL" masked with Show and Copy: nothing stored; the URL revealed by Show is, alone', async () => {
    const chatted = validUrl();
    const real = validUrl();
    const script = `
const CHAT = ${JSON.stringify(chatted)}, REAL = ${JSON.stringify(real)};
const chat = document.createElement('support-chat');
chat.style.cssText = 'position:fixed;right:16px;bottom:16px;width:320px;background:#fff;border:1px solid #ccc';
const r = chat.attachShadow({ mode: 'open' });
r.innerHTML = '<div class="panel"><header>Support</header><div role="log" aria-label="Conversation" class="log"></div>' +
  '<label>Message <textarea></textarea></label><button type="button">Send</button></div>';
const log = r.querySelector('.log');
function say(who, text) { const m = document.createElement('div'); m.className = 'msg'; const w = document.createElement('b'); w.textContent = who; const p = document.createElement('p'); p.textContent = text; m.append(w, p); log.append(m); }
setTimeout(() => say('Alex (Support)', 'Hi! Can you send a test alert to this one?'), 400);
setTimeout(() => say('Alex (Support)', CHAT), 800);
document.body.append(chat);
document.getElementById('show').onclick = () => { document.getElementById('val').textContent = REAL; };`;
    const body = `${TOPBAR}<main><h1>Contoso Uptrends R22-04</h1>
<div class="endpoint"><span class="caption">API URL</span> <span class="mono" id="val">••••••••••••••••••••</span>
<button type="button" id="show">Show</button> <button type="button">Copy</button></div>${BASIC}</main>`;
    await serve(
      browser,
      'https://contoso.alertops.com/configurations/integrations/inbound/api/22004*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://contoso.alertops.com/configurations/integrations/inbound/api/22004');
      await shown(page, chatted);
      await page.getByRole('heading', { name: 'Contoso Uptrends R22-04' }).click();
      await sleep(NEGATIVE_MS);
      expect.soft(await storedOf([chatted]), 'captured from the chat').toEqual([]);
      expect.soft(await noticeText(page), 'notice for a chat message').toBe('');
      await page.getByRole('button', { name: 'Show' }).click();
      await shown(page, real);
      const capture = await waitForCapture(real);
      expect(capture.consoleHost).toBe('contoso.alertops.com');
      expect(await capturedUrls(browser)).toEqual([real]);
    });
  });

  // README (comments in an ARIA article and sentences are never captured; a part keeps its labels to itself; a URL
  // drawn before its label translated in later is captured).
  it('R22-05 ngx-translate fills every empty label of the page 1.2 s after load: the main view\'s "API URL" and "Copy", and the headers of an activity feed (role=feed, articles with request URLs and a sentence naming one): only the main URL stored', async () => {
    const real = validUrl();
    const fed = [validUrl(), validUrl('Custom'), validUrl()];
    const script = `
const en = { 'INTEGRATION.API_URL': 'API URL', 'COMMON.COPY': 'Copy', 'ACTIVITY.TITLE': 'Activity', 'ACTIVITY.TEST': 'Test alert sent', 'ACTIVITY.CREATED': 'Integration created', 'ACTIVITY.REQUEST': 'Request received' };
const nodes = [...document.querySelectorAll('[data-i18n]')].map((el) => { const t = document.createTextNode(''); el.append(t); return { k: el.getAttribute('data-i18n'), t }; });
setTimeout(() => { for (const n of nodes) n.t.data = en[n.k]; }, 1200);`;
    const article = (i18n: string, who: string, line: string) =>
      `<article><header><b data-i18n="${i18n}"></b> · <span>${escapeHtml(who)}</span> <time>10:0${who.length % 10}</time></header><p class="mono">${line}</p></article>`;
    const body = `${TOPBAR}<app-root ng-version="16.2.0"><div class="layout-wide" style="display:flex;gap:16px">
<main style="flex:1"><h1>Umbrella Uptrends R22-05</h1>
<dl class="row"><dt class="col-sm-3" data-i18n="INTEGRATION.API_URL"></dt><dd class="col-sm-9"><span class="font-monospace">${escapeHtml(real)}</span>
<button type="button" class="btn btn-sm btn-outline-secondary" data-i18n="COMMON.COPY"></button></dd></dl>${BASIC}</main>
<section role="feed" aria-label="Activity" style="width:380px"><h2 data-i18n="ACTIVITY.TITLE"></h2>
${article('ACTIVITY.TEST', 'Jane Operator', `POST ${escapeHtml(fed[0] as string)}`)}
${article('ACTIVITY.CREATED', 'Sam Kim', escapeHtml(fed[1] as string))}
${article('ACTIVITY.REQUEST', 'Uptrends EU', `A request to ${escapeHtml(fed[2] as string)} opened incident #5120.`)}
</section></div></app-root>`;
    await serve(
      browser,
      'https://umbrella.alertops.com/configurations/integrations/inbound/api/22005*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://umbrella.alertops.com/configurations/integrations/inbound/api/22005');
      await shown(page, real);
      await page.getByRole('heading', { name: 'Umbrella Uptrends R22-05' }).click();
      await shown(page, 'API URL');
      await shown(page, 'Integration created');
      await waitForCapture(real);
      await sleep(NEGATIVE_MS);
      expect(await storedOf(fed), 'captured from the activity feed').toEqual([]);
      expect(await capturedUrls(browser)).toEqual([real]);
    });
  });

  // README (asides, help drawers, are never captured, whatever their own labels and Copy buttons).
  it('R22-06 the user opens the help drawer (<aside>) on the new-integration form; its article loads a sample URL, then 1 s later its own "API URL" caption and a Copy button: nothing stored, no notice; the URL the saved form shows after Submit is', async () => {
    const sample = validUrl();
    const real = validUrl();
    const name = 'Uptrends R22-06 Search';
    const script = `
const SAMPLE = ${JSON.stringify(sample)}, REAL = ${JSON.stringify(real)};
document.getElementById('help').onclick = () => {
  const d = document.createElement('aside'); d.className = 'drawer'; d.setAttribute('aria-label', 'Help');
  d.innerHTML = '<h2>Uptrends integration</h2><p>Loading article…</p>';
  document.body.append(d);
  setTimeout(() => {
    d.innerHTML = '<h2>Uptrends integration</h2><p>After you submit, copy the URL into Uptrends.</p><div class="ex"><span class="cap"></span> <span class="mono"></span> <span class="act"></span></div>';
    d.querySelector('.mono').textContent = SAMPLE;
  }, 500);
  setTimeout(() => {
    d.querySelector('.cap').textContent = 'API URL';
    const b = document.createElement('button'); b.type = 'button'; b.textContent = 'Copy'; d.querySelector('.act').append(b);
  }, 1500);
};
document.getElementById('submit').onclick = () => {
  const nm = document.getElementById('iname').value;
  setTimeout(() => {
    history.pushState({}, '', '/configurations/integrations/inbound/api/22006');
    const m = document.getElementById('main');
    m.innerHTML = '<h1></h1><div class="endpoint"><span class="caption">Endpoint URL</span> <span class="mono"></span> <button type="button">Copy</button></div>';
    m.querySelector('h1').textContent = nm; m.querySelector('.mono').textContent = REAL;
  }, 700);
};`;
    const body = `${TOPBAR}<main id="main"><h1>Add API Integration</h1><button type="button" id="help" aria-label="Help">?</button>
<section><h2>Basic Settings</h2><label for="iname">Integration Name</label> <input id="iname" value="Uptrends">
<button type="button" id="submit">Submit</button></section></main>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/templates/Uptrends/r22-06*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/templates/Uptrends/r22-06');
      await page.getByRole('button', { name: 'Help' }).click();
      await shown(page, sample);
      await page
        .getByRole('complementary', { name: 'Help' })
        .getByRole('button', { name: 'Copy' })
        .waitFor({ timeout: SHOW_MS });
      await page.getByRole('heading', { name: 'Uptrends integration' }).click();
      await sleep(NEGATIVE_MS);
      expect.soft(await storedOf([sample]), 'captured from the help drawer').toEqual([]);
      expect.soft(await noticeText(page), 'notice for a help sample').toBe('');
      await page.getByLabel('Integration Name').fill(name);
      await page.getByRole('button', { name: 'Submit' }).click();
      await shown(page, real);
      const capture = await waitForCapture(real);
      expect(capture.integrationName).toBe(name);
      expect(await storedOf([sample])).toEqual([]);
    });
  });

  // README (`pre code` is never captured, even with a Copy button added beside it later; the labelled URL is).
  it('R22-07 Bootstrap detail: "API URL" + Copy at the top, and a "Sample request" <pre><code> curl with another key, to which a clipboard plugin adds its own Copy button 1.2 s later: only the API URL stored', async () => {
    const real = validUrl();
    const sample = validUrl();
    const script = `
setTimeout(() => {
  const b = document.createElement('button'); b.type = 'button'; b.className = 'btn btn-sm btn-light btn-clipboard'; b.textContent = 'Copy';
  document.querySelector('.highlight').prepend(b);
}, 1200);`;
    const body = `${TOPBAR}<main class="container"><h1>Uptrends R22-07 Orders</h1>
<div class="card"><div class="card-body"><label class="form-label" for="ep">API URL</label>
<div class="input-group"><input class="form-control font-monospace" id="ep" readonly value="${escapeHtml(real)}"><button type="button" class="btn btn-outline-secondary">Copy</button></div></div></div>
<section class="card" aria-labelledby="s-h"><h2 id="s-h">Sample request</h2><div class="highlight"><pre><code class="language-bash">curl -X POST "${escapeHtml(sample)}" \\
  -H "Content-Type: application/json" \\
  -d '{"MonitorName":"Shop","Description":"Check failed"}'</code></pre></div></section></main>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/22007*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/22007');
      await page.getByRole('heading', { name: 'Uptrends R22-07 Orders' }).click();
      await waitForCapture(real);
      await page.locator('.btn-clipboard').waitFor({ timeout: SHOW_MS });
      await page.getByRole('heading', { name: 'Sample request' }).click();
      await sleep(NEGATIVE_MS);
      expect(await storedOf([sample]), 'captured from the code sample').toEqual([]);
      expect(await capturedUrls(browser)).toEqual([real]);
    });
  });

  // README (a URL drawn before its label is looked at again for 10 s, at most 20 such URLs: 12 log rows leave room; the
  // log section keeps nothing of the main view's label).
  it('R22-08 a 12-row "Recent requests" log is drawn first, then the main view\'s URL unlabelled; 2 s later its "Endpoint URL" caption and Copy are inserted: the main URL stored, none of the log\'s', async () => {
    const logged = Array.from({ length: 12 }, (_, i) => validUrl(i % 3 ? 'Uptrends' : 'Custom'));
    const real = validUrl();
    const script = `
const REAL = ${JSON.stringify(real)};
setTimeout(() => { document.getElementById('val').textContent = REAL; }, 500);
setTimeout(() => {
  const row = document.getElementById('row');
  const c = document.createElement('span'); c.className = 'caption'; c.textContent = 'Endpoint URL';
  const b = document.createElement('button'); b.type = 'button'; b.textContent = 'Copy';
  row.prepend(c, ' '); row.append(' ', b);
}, 2500);`;
    const body = `${TOPBAR}<main><h1>Stark Uptrends R22-08</h1>
<div class="endpoint" id="row"><span class="mono" id="val"></span></div>${BASIC}
<section aria-labelledby="recent-h"><h2 id="recent-h">Recent requests</h2><table><thead><tr><th>Received</th><th>Method</th><th>Request URL</th><th>Status</th></tr></thead>
<tbody>${requestRows(logged)}</tbody></table></section></main>`;
    await serve(
      browser,
      'https://stark.alertops.com/configurations/integrations/inbound/api/22008*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://stark.alertops.com/configurations/integrations/inbound/api/22008');
      await shown(page, real);
      await page.getByRole('heading', { name: 'Stark Uptrends R22-08' }).click();
      await notStoredBeforeLabel(real, page.getByText('Endpoint URL', { exact: true }));
      await shown(page, 'Endpoint URL');
      await waitForCapture(real);
      await sleep(NEGATIVE_MS);
      expect(await storedOf(logged), 'captured from the log').toEqual([]);
    });
  });

  // README (logs are never captured; "Request URL" labels a log's column, not an integration's URL).
  it('R22-09 Inbound Log page: the table\'s headers ("Received", "Integration", "Request URL", "Status") are translated in 1.5 s after the rows with their URLs: nothing stored, no notice', async () => {
    const logged = Array.from({ length: 6 }, (_, i) => validUrl(i % 2 ? 'Uptrends' : 'Custom'));
    const script = `
const en = { received: 'Received', integration: 'Integration', url: 'Request URL', status: 'Status' };
const nodes = [...document.querySelectorAll('th[data-i18n]')].map((el) => { const t = document.createTextNode(''); el.append(t); return { k: el.getAttribute('data-i18n'), t }; });
setTimeout(() => { for (const n of nodes) n.t.data = en[n.k]; }, 1500);`;
    const rows = logged
      .map(
        (u, i) =>
          `<tr><td>2024-06-0${i + 1} 11:2${i}</td><td>${i % 2 ? 'Uptrends EU' : 'Custom hooks'}</td><td class="mono">${escapeHtml(u)}</td><td>${i === 2 ? '401' : '200'}</td></tr>`,
      )
      .join('');
    const body = `${TOPBAR}<main><h1>Inbound Log</h1><p>Requests received by your inbound integrations in the last 24 hours.</p>
<table class="table"><thead><tr><th data-i18n="received"></th><th data-i18n="integration"></th><th data-i18n="url"></th><th data-i18n="status"></th></tr></thead><tbody>${rows}</tbody></table></main>`;
    await serve(browser, 'https://app.alertops.com/reports/inbound-log/r22-09*', doc('AlertOps', body, script));
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/reports/inbound-log/r22-09');
      await shown(page, logged[5] as string);
      await page.getByRole('heading', { name: 'Inbound Log' }).click();
      await page.getByRole('columnheader', { name: 'Request URL' }).waitFor({ timeout: SHOW_MS });
      await sleep(NEGATIVE_MS);
      expect.soft(await storedOf(logged), 'captured from the log').toEqual([]);
      expect(await noticeText(page), 'notice for a log').toBe('');
    });
  });

  // README ("the main view for a toast beside it": toasts of requests are never captured, and a label of the main view
  // arriving later does not make a toast's URL an integration's URL, even when the toast container sits in <main>).
  it('R22-26 Bootstrap toast container placed inside <main>: "POST <url> 200 OK" toasts (role=status) appear, then 1.5 s later the main view\'s "API URL" caption and Copy are drawn by a masked value: nothing stored, no notice; the value revealed then is stored alone', async () => {
    const toasts = [validUrl(), validUrl('Custom')];
    const real = validUrl();
    const script = `
const T = ${JSON.stringify(toasts)}, REAL = ${JSON.stringify(real)};
const box = document.querySelector('.toast-container');
T.forEach((u, i) => setTimeout(() => {
  const t = document.createElement('div'); t.className = 'toast show'; t.setAttribute('role', 'status'); t.setAttribute('aria-live', 'polite');
  t.innerHTML = '<div class="toast-header"><strong class="me-auto">Inbound request</strong><small>just now</small></div><div class="toast-body"></div>';
  t.querySelector('.toast-body').textContent = 'POST ' + u + ' 200 OK';
  box.append(t);
}, 300 + i * 300));
setTimeout(() => {
  const row = document.getElementById('row');
  row.querySelector('.cap').textContent = 'API URL';
  row.querySelector('.val').textContent = '••••••••••••••••••••';
  row.querySelector('.act').innerHTML = '<button type="button" id="show">Show</button> <button type="button">Copy</button>';
  document.getElementById('show').onclick = () => { row.querySelector('.val').textContent = REAL; };
}, 1800);`;
    const body = `${TOPBAR}<main class="container"><h1>Vandelay Uptrends R22-26</h1>
<div class="endpoint" id="row"><span class="cap"><span class="placeholder" style="width:80px"></span></span> <span class="val mono"></span> <span class="act"></span></div>
${BASIC}<div class="toast-container position-fixed bottom-0 end-0 p-3"></div></main>`;
    await serve(
      browser,
      'https://vandelay.alertops.com/configurations/integrations/inbound/api/22026*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://vandelay.alertops.com/configurations/integrations/inbound/api/22026');
      await shownWithin(page, `POST ${toasts[1]} 200 OK`);
      await page.getByRole('heading', { name: 'Vandelay Uptrends R22-26' }).click();
      const early = await storedOf(toasts);
      if ((await page.getByText('API URL', { exact: true }).count()) === 0)
        expect.soft(early, 'captured from a toast before any label was drawn').toEqual([]);
      await shown(page, 'API URL');
      await sleep(NEGATIVE_MS);
      expect.soft(await storedOf(toasts), 'captured from a toast in <main>').toEqual([]);
      expect.soft(await noticeText(page), 'notice for a toast').toBe('');
      await page.getByRole('button', { name: 'Show' }).click();
      await shown(page, real);
      await waitForCapture(real);
      await sleep(1000);
      expect(await capturedUrls(browser)).toEqual([real]);
    });
  });
});

/* ================================================================================================================= */

describe('labels and Copy buttons that arrive after the URL', () => {
  // README (round 22: a URL drawn before its label, the label translated in later, is captured).
  it('R22-10 React/MUI with react-i18next (useSuspense off): the URL is drawn with an empty overline and an icon-only Copy; 1.5 s later the text nodes get "Endpoint URL" and "Copy" in place: stored, a notice shows', async () => {
    const url = validUrl();
    const script = `
const cap = document.createTextNode(''), copy = document.createTextNode('');
document.getElementById('cap').append(cap); document.getElementById('copy').append(copy);
setTimeout(() => { cap.data = 'Endpoint URL'; copy.data = 'Copy'; }, 1500);`;
    const body = `${TOPBAR}<div id="root"><div class="MuiContainer-root"><main><h1 class="MuiTypography-root MuiTypography-h5">Uptrends R22-10 Catalog</h1>
<div class="MuiPaper-root MuiCard-root"><div class="MuiCardContent-root"><span class="MuiTypography-root MuiTypography-overline" id="cap"></span>
<p class="MuiTypography-root MuiTypography-body1 mono">${escapeHtml(url)}</p></div>
<div class="MuiCardActions-root"><button type="button" class="MuiButtonBase-root MuiButton-root MuiButton-outlined" id="copy"><span class="MuiButton-startIcon"><svg class="MuiSvgIcon-root" viewBox="0 0 24 24" aria-hidden="true"><path d="M16 1H4v14h2V3h10z"/></svg></span></button></div></div>
${BASIC}</main></div></div>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/22010*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/22010');
      await shown(page, url);
      await page.getByRole('heading', { name: 'Uptrends R22-10 Catalog' }).click();
      await notStoredBeforeLabel(url, page.getByText('Endpoint URL', { exact: true }));
      await shown(page, 'Endpoint URL');
      await waitForCapture(url);
      await waitForNotice(page);
    });
  });

  // README (round 22: the label arriving later is seen within the 10 s of looking again).
  it('R22-11 Vuetify 3 with vue-i18n loading its locale lazily: a readonly v-text-field gets the URL as its value at 0.5 s, its <label class="v-label"> is inserted (v-if) at 2 s: stored', async () => {
    const url = validUrl();
    const script = `
setTimeout(() => { document.getElementById('input-7').value = ${JSON.stringify(url)}; }, 500);
setTimeout(() => {
  const l = document.createElement('label'); l.className = 'v-label v-field-label v-field-label--floating'; l.htmlFor = 'input-7'; l.textContent = 'API URL';
  document.querySelector('.v-field__field').prepend(l);
}, 2000);`;
    const body = `${TOPBAR}<div id="app" class="v-application v-theme--light"><div class="v-application__wrap"><main class="v-main"><div class="v-container">
<h1 class="text-h5">Uptrends R22-11 Tickets</h1>
<div class="v-card v-card--variant-elevated"><div class="v-card-text">
<div class="v-input v-text-field v-input--readonly"><div class="v-input__control"><div class="v-field v-field--variant-outlined"><div class="v-field__field">
<input id="input-7" class="v-field__input mono" type="text" readonly size="90"></div></div></div></div></div></div>
${BASIC}</div></main></div></div>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/22011*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/22011');
      await page.getByRole('heading', { name: 'Uptrends R22-11 Tickets' }).click();
      await expect.poll(() => page.locator('#input-7').inputValue(), { timeout: SHOW_MS }).toBe(url);
      await notStoredBeforeLabel(url, page.getByText('API URL', { exact: true }));
      await expect.poll(() => page.getByLabel('API URL').inputValue(), { timeout: SHOW_MS }).toBe(url);
      await waitForCapture(url);
    });
  });

  // README ("beside a Copy button"; round 22: the Copy button made so later is seen); domain.md (a Copy button).
  it('R22-12 Bootstrap 5 card on a tenant host: the URL beside an empty icon button, no caption; 1.5 s later the icon font loads and the button gets aria-label="Copy" and title="Copy": stored', async () => {
    const url = validUrl();
    const script = `
setTimeout(() => {
  const b = document.getElementById('copy');
  b.setAttribute('aria-label', 'Copy'); b.setAttribute('title', 'Copy');
  b.querySelector('i').className = 'bi bi-clipboard';
}, 1500);`;
    const body = `${TOPBAR}<main class="container"><h1>Tyrell Uptrends R22-12</h1>
<div class="card"><div class="card-body"><div class="input-group">
<span class="form-control-plaintext font-monospace">${escapeHtml(url)}</span><button type="button" class="btn btn-outline-secondary" id="copy"><i></i></button></div></div></div>
${BASIC}</main>`;
    await serve(
      browser,
      'https://tyrell.alertops.com/configurations/integrations/inbound/api/22012*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://tyrell.alertops.com/configurations/integrations/inbound/api/22012');
      await shown(page, url);
      await page.getByRole('heading', { name: 'Tyrell Uptrends R22-12' }).click();
      await notStoredBeforeLabel(url, page.getByRole('button', { name: 'Copy' }));
      await page.getByRole('button', { name: 'Copy' }).waitFor({ timeout: SHOW_MS });
      const capture = await waitForCapture(url);
      expect(capture.consoleHost).toBe('tyrell.alertops.com');
    });
  });

  // README (round 22: a URL drawn before its label is captured once the label is there); domain.md ("API URL").
  it('R22-13 Bootstrap placeholder-glow skeleton replaced piecewise: the title and the URL at 0.6 s, the "API URL" caption at 1.8 s, the Copy button at 2.6 s (card aria-busy until then): stored', async () => {
    const url = validUrl();
    const name = 'Uptrends R22-13 Warehouse';
    const script = `
const $ = (id) => document.getElementById(id);
const span = (cls, text) => { const s = document.createElement('span'); s.className = cls; s.textContent = text; return s; };
setTimeout(() => { $('title').replaceChildren(${JSON.stringify(name)}); $('title').classList.remove('placeholder-glow');
  $('valcell').replaceChildren(span('font-monospace', ${JSON.stringify(url)})); }, 600);
setTimeout(() => { $('lblcell').replaceChildren(span('text-muted', 'API URL')); }, 1800);
setTimeout(() => { const b = document.createElement('button'); b.type = 'button'; b.className = 'btn btn-outline-primary btn-sm'; b.textContent = 'Copy';
  $('btncell').replaceChildren(b); $('card').setAttribute('aria-busy', 'false'); }, 2600);`;
    const body = `${TOPBAR}<main class="container"><h1 id="title" class="placeholder-glow"><span class="placeholder col-6" style="width:240px"></span></h1>
<div class="card" id="card" aria-busy="true"><div class="card-body"><div class="row" style="display:flex;gap:12px">
<div class="col-3" id="lblcell"><span class="placeholder col-8" style="width:80px"></span></div>
<div class="col-7" id="valcell"><span class="placeholder col-12" style="width:420px"></span></div>
<div class="col-2" id="btncell"><span class="placeholder btn col-12" style="width:60px"></span></div></div></div></div>${BASIC}</main>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/22013*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/22013');
      await shown(page, url);
      await page.getByRole('heading', { name }).click();
      await notStoredBeforeLabel(url, page.getByText('API URL', { exact: true }));
      await shown(page, 'API URL');
      await waitForCapture(url);
    });
  });

  // README (open shadow roots are read; round 22: a label arriving later is seen).
  it('R22-14 Lit web component <ao-endpoint> (open shadow root): the URL rendered at 0.5 s, its "API URL" label and "Copy" button text set 1.2 s later when lit-localize loads the locale: stored', async () => {
    const url = validUrl();
    const script = `
customElements.define('ao-endpoint', class extends HTMLElement {
  constructor() {
    super();
    const r = this.attachShadow({ mode: 'open' });
    r.innerHTML = '<style>.row{display:flex;gap:8px;padding:12px;background:#f4f8ff}.v{font-family:monospace}</style>' +
      '<div class="row"><span class="l" part="label"></span><span class="v" part="value"></span><button type="button" part="copy"></button></div>';
  }
  set url(v) { this.shadowRoot.querySelector('.v').textContent = v; }
  localize(m) { this.shadowRoot.querySelector('.l').textContent = m.label; this.shadowRoot.querySelector('button').textContent = m.copy; }
});
const el = document.querySelector('ao-endpoint');
setTimeout(() => { el.url = ${JSON.stringify(url)}; }, 500);
setTimeout(() => { el.localize({ label: 'API URL', copy: 'Copy' }); }, 1700);`;
    const body = `${TOPBAR}<main><h1>Uptrends R22-14 Mobile</h1><ao-endpoint></ao-endpoint>${BASIC}</main>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/22014*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/22014');
      await shown(page, url);
      await page.getByRole('heading', { name: 'Uptrends R22-14 Mobile' }).click();
      await notStoredBeforeLabel(url, page.getByText('API URL', { exact: true }));
      await page.getByRole('button', { name: 'Copy' }).waitFor({ timeout: SHOW_MS });
      await waitForCapture(url);
    });
  });

  // domain.md (older per-tenant consoles, legacy RESTAPI.svc URL, "API URL" after Save); README (round 22 late label).
  it('R22-15 WebForms on a tenant host: an UpdatePanel puts the legacy RESTAPI.svc URL in its cell at 0.7 s, a second UpdatePanel renders the "API URL" caption and an <input type=button value="Copy"> at 1.9 s: stored exactly as shown', async () => {
    const url = `https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/${newKey()}/Uptrends`;
    const script = `
setTimeout(() => { document.getElementById('ctl00_Main_upValue').innerHTML = '<span id="ctl00_Main_lblApiUrl" class="mono">' + ${JSON.stringify(url)} + '</span>'; }, 700);
setTimeout(() => {
  document.getElementById('ctl00_Main_upCaption').innerHTML = '<span id="ctl00_Main_lblApiUrlCaption">API URL</span>';
  document.getElementById('ctl00_Main_upActions').innerHTML = '<input type="button" name="ctl00$Main$btnCopy" value="Copy" id="ctl00_Main_btnCopy" class="btn">';
}, 1900);`;
    const body = `<form method="post" action="./InboundIntegrationDetails.aspx?id=22015" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk">
<div id="sidebar"><a href="#">Integrations</a> <a href="#">Inbound Integrations</a></div>
<div id="content"><h2>Initech Uptrends R22-15</h2><div class="alert alert-success" role="status">Integration saved.</div>
<table class="DetailsView" cellspacing="0" rules="all" border="1"><tbody>
<tr><td class="caption">Integration Name</td><td>Initech Uptrends R22-15</td><td></td></tr>
<tr><td class="caption"><div id="ctl00_Main_upCaption"></div></td><td><div id="ctl00_Main_upValue"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="> Please wait…</div></td><td><div id="ctl00_Main_upActions"></div></td></tr>
<tr><td class="caption">Recipient Group(s)/User(s)</td><td>Operations</td><td></td></tr>
</tbody></table></div></form>`;
    await serve(browser, 'https://initech.alertops.com/InboundIntegrationDetails.aspx*', doc('AlertOps', body, script));
    await withPage(async (page) => {
      await page.goto('https://initech.alertops.com/InboundIntegrationDetails.aspx?id=22015');
      await shown(page, url);
      await page.getByRole('heading', { name: 'Initech Uptrends R22-15' }).click();
      await notStoredBeforeLabel(url, page.getByText('API URL', { exact: true }));
      await page.getByRole('button', { name: 'Copy' }).waitFor({ timeout: SHOW_MS });
      const capture = await waitForCapture(url);
      expect(capture.consoleHost).toBe('initech.alertops.com');
      expect(await storedOf([url])).toEqual([url]);
    });
  });

  // README (round 22: a label translated in later); domain.md ("Endpoint URL" with a Copy button).
  it('R22-16 jquery-i18next: the label and button show their keys ("integration.endpointUrl", "common.copy") beside a server-rendered readonly input holding the URL; 2 s later .localize() replaces their text with "Endpoint URL" and "Copy": stored', async () => {
    const url = validUrl();
    const script = `
const en = { 'integration.endpointUrl': 'Endpoint URL', 'common.copy': 'Copy', 'integration.title': 'Integration' };
setTimeout(() => { for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = en[el.getAttribute('data-i18n')]; }, 2000);`;
    const body = `${TOPBAR}<main class="container"><h1>Uptrends R22-16 Intranet</h1>
<div class="card"><div class="card-header" data-i18n="integration.title">integration.title</div><div class="card-body">
<label class="form-label" for="ep" data-i18n="integration.endpointUrl">integration.endpointUrl</label>
<div class="input-group"><input class="form-control font-monospace" id="ep" readonly value="${escapeHtml(url)}" size="90">
<button type="button" class="btn btn-outline-secondary" data-i18n="common.copy">common.copy</button></div></div></div>${BASIC}</main>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/22016*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/22016');
      await page.getByRole('heading', { name: 'Uptrends R22-16 Intranet' }).click();
      await expect.poll(() => page.getByLabel('Endpoint URL').inputValue(), { timeout: SHOW_MS }).toBe(url);
      await waitForCapture(url);
    });
  });

  // README (round 22: looked at again twice a second for 10 s, so a Copy button made 6 s after the URL still counts).
  it('R22-17 Kendo UI loaded lazily: the URL sits beside an empty <button class="k-button"> for 6 s until kendo.ui.Button initialises it with <span class="k-button-text">Copy</span>: stored within 5 s of the Copy text', async () => {
    const url = validUrl();
    const script = `
setTimeout(() => {
  const b = document.getElementById('copy');
  b.classList.add('k-button-md', 'k-rounded-md', 'k-button-solid', 'k-button-solid-base');
  const s = document.createElement('span'); s.className = 'k-button-text'; s.textContent = 'Copy'; b.append(s);
}, 6000);`;
    const body = `${TOPBAR}<main><h1>Uptrends R22-17 Portal</h1>
<div class="k-form"><div class="k-form-field"><div class="k-form-field-wrap"><span class="k-input k-textbox mono">${escapeHtml(url)}</span>
<button type="button" class="k-button" id="copy"></button></div></div></div>${BASIC}</main>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/22017*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/22017');
      await shown(page, url);
      await page.getByRole('heading', { name: 'Uptrends R22-17 Portal' }).click();
      await notStoredBeforeLabel(url, page.getByRole('button', { name: 'Copy' }), 3000);
      await page.getByRole('button', { name: 'Copy' }).waitFor({ timeout: SHOW_MS });
      await waitForCapture(url);
    });
  });
  // domain.md (Save, then the URL is shown as "API URL"); README (a dialog keeps its labels to itself; round 22: a label
  // translated in later; asides are never captured).
  it('R22-27 MUI: Submit opens a Dialog (portal, role=dialog aria-modal) that draws the URL first and its "API URL" label, title and Copy text 1.5 s later (i18next namespace loading), while a help <aside> beside the form shows a sample: the dialog\'s URL stored with the name typed, the sample never', async () => {
    const url = validUrl();
    const sample = validUrl();
    const name = 'Uptrends R22-27 Loyalty';
    const script = `
const URL_ = ${JSON.stringify(url)};
document.getElementById('submit').onclick = () => {
  const nm = document.getElementById('iname').value;
  setTimeout(() => {
    const root = document.createElement('div'); root.className = 'MuiDialog-root MuiModal-root'; root.setAttribute('role', 'presentation');
    root.innerHTML = '<div class="MuiBackdrop-root" aria-hidden="true" style="position:fixed;inset:0;background:rgba(0,0,0,.4)"></div>' +
      '<div class="MuiDialog-container" style="position:fixed;inset:0;display:flex;align-items:center;justify-content:center">' +
      '<div class="MuiPaper-root MuiDialog-paper" role="dialog" aria-modal="true" aria-labelledby="dlg-t" style="background:#fff;padding:16px">' +
      '<h2 class="MuiDialogTitle-root" id="dlg-t"></h2><div class="MuiDialogContent-root"><p class="n"></p>' +
      '<span class="MuiTypography-overline cap"></span><p class="MuiTypography-body1 mono v"></p></div>' +
      '<div class="MuiDialogActions-root"><button type="button" class="MuiButton-root copy"></button><button type="button" class="MuiButton-root done"></button></div></div></div>';
    const tt = document.createTextNode(''), cap = document.createTextNode(''), copy = document.createTextNode(''), done = document.createTextNode('');
    root.querySelector('#dlg-t').append(tt); root.querySelector('.cap').append(cap); root.querySelector('.copy').append(copy); root.querySelector('.done').append(done);
    root.querySelector('.n').textContent = nm;
    root.querySelector('.v').textContent = URL_;
    document.getElementById('root').setAttribute('aria-hidden', 'true');
    document.body.append(root);
    setTimeout(() => { tt.data = 'Integration created'; cap.data = 'API URL'; copy.data = 'Copy'; done.data = 'Done'; }, 1500);
  }, 600);
};`;
    const body = `<div id="root">${TOPBAR}<div style="display:flex;gap:16px"><main style="flex:1"><h1>Add API Integration</h1>
<section><h2>Basic Settings</h2><label for="iname">Integration Name</label> <input id="iname" value="Uptrends">
<button type="button" id="submit" class="MuiButton-root MuiButton-contained">Submit</button></section></main>
<aside aria-label="Help" style="width:360px"><h2>About this template</h2><p>Uptrends posts its alerts to a URL like the one below.</p><p class="mono">${escapeHtml(sample)}</p></aside></div></div>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/templates/Uptrends/r22-27*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/templates/Uptrends/r22-27');
      await page.getByLabel('Integration Name').fill(name);
      await page.getByRole('button', { name: 'Submit' }).click();
      await shown(page, url);
      await notStoredBeforeLabel(url, page.getByText('API URL', { exact: true }));
      await page.getByRole('dialog', { name: 'Integration created' }).waitFor({ timeout: SHOW_MS });
      const capture = await waitForCapture(url);
      expect(capture.integrationName).toBe(name);
      await sleep(1000);
      expect(await storedOf([sample]), 'captured from the help aside').toEqual([]);
    });
  });
});

/* ================================================================================================================= */

describe('cards, split views and forms', () => {
  // domain.md (the older UI lists the API URL after Save); README (lists are captured, each URL under its row).
  it('R22-18 a dashboard of four integration cards (<section class="card">, each its own header, "API URL", URL and Copy; one legacy URL): all four stored', async () => {
    const urls = [
      validUrl(),
      validUrl('Custom'),
      `https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/${newKey()}/Uptrends`,
      validUrl('Datadog'),
    ];
    const names = ['Uptrends EU', 'Custom hooks', 'Uptrends legacy', 'Datadog prod'];
    const cards = urls
      .map(
        (u, i) =>
          `<section class="card" aria-labelledby="c${i}"><header class="card-header"><h3 id="c${i}">${names[i]}</h3></header>
<div class="card-body"><div class="small text-muted">API URL</div><div class="font-monospace">${escapeHtml(u)}</div><button type="button" class="btn btn-sm">Copy</button></div></section>`,
      )
      .join('');
    const body = `${TOPBAR}<main><h1>Inbound Integrations</h1><div class="grid" style="display:grid;grid-template-columns:1fr 1fr">${cards}</div></main>`;
    await serve(browser, 'https://app.alertops.com/configurations/integrations/inbound/r22-18*', doc('AlertOps', body));
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/r22-18');
      await page.getByRole('heading', { name: 'Inbound Integrations' }).click();
      await eventually(
        () => capturedUrls(browser),
        (stored) => urls.every((u) => stored.includes(u)),
        CAPTURE_MS,
      ).catch(() => undefined);
      expect((await capturedUrls(browser)).sort()).toEqual([...urls].sort());
    });
  });

  // domain.md (older UI lists each API URL); README (a region keeps its labels; round 22: a label translated in later).
  it('R22-19 Vue list on a tenant host: three role=region cards; the one just saved draws its URL with an empty caption and Copy that vue-i18n fills 1.5 s later, beside an "Integration saved." toast: all three stored', async () => {
    const urls = [validUrl(), validUrl('Custom'), validUrl()];
    const script = `
const t1 = document.createTextNode(''), t2 = document.createTextNode('');
document.getElementById('newcap').append(t1); document.getElementById('newcopy').append(t2);
setTimeout(() => { t1.data = 'API URL'; t2.data = 'Copy'; }, 1500);`;
    const region = (i: number, name: string, late: boolean) =>
      `<div role="region" aria-labelledby="r${i}" class="card"><h3 id="r${i}">${name}</h3>
<p><span class="caption"${late ? ' id="newcap"' : ''}>${late ? '' : 'API URL'}</span> <span class="mono">${escapeHtml(urls[i] as string)}</span>
<button type="button"${late ? ' id="newcopy"' : ''}>${late ? '' : 'Copy'}</button></p></div>`;
    const body = `${TOPBAR}<div id="app" data-v-app><main><h1>Inbound Integrations</h1>
${region(0, 'Globex Uptrends EU', false)}${region(1, 'Globex custom hooks', false)}${region(2, 'Globex Uptrends R22-19', true)}</main>
<div class="toast-stack"><div class="toast" role="status">Integration saved.</div></div></div>`;
    await serve(
      browser,
      'https://globex.alertops.com/configurations/integrations/inbound/r22-19*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://globex.alertops.com/configurations/integrations/inbound/r22-19');
      await shown(page, urls[2] as string);
      await page.getByRole('heading', { name: 'Inbound Integrations' }).click();
      await notStoredBeforeLabel(
        urls[2] as string,
        page.getByRole('region', { name: 'Globex Uptrends R22-19' }).getByText('API URL', { exact: true }),
      );
      await page
        .getByRole('region', { name: 'Globex Uptrends R22-19' })
        .getByRole('button', { name: 'Copy' })
        .waitFor({ timeout: SHOW_MS });
      await eventually(
        () => capturedUrls(browser),
        (stored) => urls.every((u) => stored.includes(u)),
        CAPTURE_MS,
      ).catch(() => undefined);
      expect((await capturedUrls(browser)).sort()).toEqual([...urls].sort());
    });
  });

  // domain.md (the saved integration page shows the endpoint URL with a Copy button); README (the nav list is another
  // part; round 22: a label arriving later is seen).
  it('R22-20 split view: a <nav> list of integrations on the left, the detail in <main>; the first shows "Endpoint URL" + Copy; clicking the second re-renders <main> with its URL first and its caption and Copy text 1 s later: both stored', async () => {
    const urls = [validUrl(), validUrl()];
    const script = `
const U = ${JSON.stringify(urls)}, N = ['Wayne Uptrends EU', 'Wayne Uptrends US'];
const main = document.getElementById('detail');
function show(i, late) {
  main.innerHTML = '<h1></h1><div class="endpoint"><span class="caption"></span> <span class="mono"></span> <button type="button">Copy</button></div>' +
    '<section><h2>Basic Settings</h2><p>Template: Uptrends</p></section>';
  main.querySelector('h1').textContent = N[i]; main.querySelector('.mono').textContent = U[i];
  const cap = main.querySelector('.caption'), copy = main.querySelector('button');
  const label = () => { cap.textContent = 'Endpoint URL'; copy.textContent = 'Copy'; };
  copy.textContent = '';
  if (late) setTimeout(label, 1000); else label();
  document.querySelectorAll('#list a').forEach((a, j) => a.toggleAttribute('aria-current', j === i));
}
document.querySelectorAll('#list a').forEach((a, i) => a.addEventListener('click', (e) => { e.preventDefault(); history.pushState({}, '', a.getAttribute('href')); show(i, i === 1); }));
show(0, false);`;
    const body = `${TOPBAR}<div class="layout"><nav aria-label="Integrations" id="list"><h2>API integrations</h2><ul>
<li><a href="/configurations/integrations/inbound/api/r22-20/1">Wayne Uptrends EU</a></li>
<li><a href="/configurations/integrations/inbound/api/r22-20/2">Wayne Uptrends US</a></li></ul></nav>
<main id="detail"></main></div>`;
    await serve(
      browser,
      'https://wayne.alertops.com/configurations/integrations/inbound/api/r22-20/**',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://wayne.alertops.com/configurations/integrations/inbound/api/r22-20/1');
      await shown(page, urls[0] as string);
      await page.getByRole('heading', { name: 'API integrations' }).click();
      await waitForCapture(urls[0] as string);
      await page.getByRole('link', { name: 'Wayne Uptrends US' }).click();
      await shown(page, urls[1] as string);
      await notStoredBeforeLabel(urls[1] as string, page.getByText('Endpoint URL', { exact: true }), 300);
      await shown(page, 'Endpoint URL');
      await waitForCapture(urls[1] as string);
      expect((await capturedUrls(browser)).sort()).toEqual([...urls].sort());
    });
  });

  // domain.md (Submit, then the saved integration shows its URL); README (a form keeps its labels: the read-only field
  // inside it is labelled "API URL").
  it('R22-21 Bootstrap <form>: after Submit the form stays, its read-only "API URL" field (empty, "Generated after you save") gets the URL and its Copy is enabled: stored with the name typed, a notice shows', async () => {
    const url = validUrl();
    const name = 'Uptrends R22-21 Billing';
    const script = `
document.getElementById('f').addEventListener('submit', (e) => {
  e.preventDefault();
  const nm = document.getElementById('iname').value;
  document.getElementById('submit').disabled = true;
  setTimeout(() => {
    history.pushState({}, '', '/configurations/integrations/inbound/api/22021');
    document.getElementById('h').textContent = nm;
    document.getElementById('apiurl').value = ${JSON.stringify(url)};
    document.getElementById('copy').disabled = false;
  }, 900);
});`;
    const body = `${TOPBAR}<main class="container"><h1 id="h">Add API Integration</h1>
<form id="f" novalidate><fieldset><legend>Basic Settings</legend>
<div class="mb-3"><label for="iname" class="form-label">Integration Name</label><input id="iname" class="form-control" value="Uptrends"></div>
<div class="mb-3"><label for="ep" class="form-label">Escalation Policy</label><select id="ep" class="form-select"><option>Default</option></select></div>
<div class="mb-3"><label for="apiurl" class="form-label">API URL</label><div class="input-group"><input id="apiurl" class="form-control font-monospace" readonly placeholder="Generated after you save" size="90">
<button type="button" class="btn btn-outline-secondary" id="copy" disabled>Copy</button></div></div></fieldset>
<button type="submit" class="btn btn-primary" id="submit">Submit</button></form></main>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/templates/Uptrends/r22-21*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/templates/Uptrends/r22-21');
      await page.getByLabel('Integration Name').fill(name);
      await page.getByRole('button', { name: 'Submit' }).click();
      await expect.poll(() => page.getByLabel('API URL').inputValue(), { timeout: SHOW_MS }).toBe(url);
      const capture = await waitForCapture(url);
      expect(capture.integrationName).toBe(name);
      await waitForNotice(page);
    });
  });

  // domain.md (the saved integration lists its URL after Save); README (the summary is a part of its own: its
  // "Endpoint URL" label labels its URL; only `pre code` is a code sample).
  it('R22-22 after Submit the <form> is disabled and a summary <section> "Integration created" appears below it (outside the form) with "Endpoint URL" <code>url</code> and Copy: stored', async () => {
    const url = validUrl();
    const script = `
document.getElementById('f').addEventListener('submit', (e) => {
  e.preventDefault();
  document.getElementById('fs').disabled = true;
  setTimeout(() => {
    const s = document.getElementById('summary');
    s.querySelector('.n').textContent = document.getElementById('iname').value;
    s.querySelector('code').textContent = ${JSON.stringify(url)};
    s.hidden = false;
  }, 800);
});`;
    const body = `${TOPBAR}<main class="container"><h1>Add API Integration</h1>
<form id="f"><fieldset id="fs"><legend>Basic Settings</legend><label for="iname">Integration Name</label> <input id="iname" value="Uptrends R22-22 Kiosk">
<label for="rg">Recipient Groups</label> <select id="rg"><option>Ops on call</option></select>
<button type="submit">Submit</button></fieldset></form>
<section id="summary" class="alert alert-success" aria-labelledby="sum-h" hidden><h2 id="sum-h">Integration created</h2>
<dl><dt>Integration Name</dt><dd class="n"></dd><dt>Endpoint URL</dt><dd><code></code> <button type="button" class="btn btn-sm">Copy</button></dd></dl></section></main>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/templates/Uptrends/r22-22*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/templates/Uptrends/r22-22');
      await page.getByRole('button', { name: 'Submit' }).click();
      await shown(page, url);
      await waitForCapture(url);
    });
  });

  // README (the form's "API URL" label is the form's own: it never labels a log outside it; logs never captured).
  it('R22-23 edit <form> with an empty read-only "API URL" field and a Show button, beside a "Recent deliveries" <section> of request URLs: nothing stored, no notice; Show fills the field, which is stored alone', async () => {
    const logged = [validUrl(), validUrl(), validUrl('Custom')];
    const real = validUrl();
    const script = `
document.getElementById('show').onclick = () => { setTimeout(() => { document.getElementById('apiurl').value = ${JSON.stringify(real)}; }, 300); };`;
    const body = `${TOPBAR}<main class="container" style="display:flex;gap:24px">
<form id="f" style="flex:1"><h1>Edit integration</h1>
<label for="iname">Integration Name</label> <input id="iname" value="Hooli Uptrends R22-23">
<label for="apiurl">API URL</label> <input id="apiurl" readonly size="90"> <button type="button" id="show">Show</button> <button type="button">Copy</button>
<p><button type="submit">Save</button></p></form>
<section aria-labelledby="dl-h" style="width:520px"><h2 id="dl-h">Recent deliveries</h2><table><thead><tr><th>Received</th><th>Method</th><th>Request URL</th><th>Status</th></tr></thead>
<tbody>${requestRows(logged)}</tbody></table></section></main>`;
    await serve(
      browser,
      'https://hooli.alertops.com/configurations/integrations/inbound/api/22023/edit*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://hooli.alertops.com/configurations/integrations/inbound/api/22023/edit');
      await shown(page, logged[2] as string);
      await page.getByRole('heading', { name: 'Recent deliveries' }).click();
      await sleep(NEGATIVE_MS);
      expect.soft(await storedOf(logged), 'captured from the deliveries log').toEqual([]);
      expect.soft(await noticeText(page), 'notice for a log').toBe('');
      await page.getByRole('button', { name: 'Show' }).click();
      await expect.poll(() => page.getByLabel('API URL').inputValue(), { timeout: SHOW_MS }).toBe(real);
      await waitForCapture(real);
      await sleep(1000);
      expect(await capturedUrls(browser)).toEqual([real]);
    });
  });

  // README (a form's labels; round 22: a label inserted later); domain.md ("API URL", Integration Name).
  it('R22-24 Angular Material <form>: a readonly matInput gets the URL at 0.4 s and its floating <mat-label>API URL</mat-label> is inserted at 1.4 s (view init), no caption before it: stored', async () => {
    const url = validUrl();
    const script = `
setTimeout(() => { document.getElementById('mat-input-1').value = ${JSON.stringify(url)}; }, 400);
setTimeout(() => {
  const l = document.createElement('label'); l.className = 'mdc-floating-label mdc-floating-label--float-above'; l.htmlFor = 'mat-input-1';
  const m = document.createElement('mat-label'); m.textContent = 'API URL'; l.append(m);
  document.getElementById('infix').prepend(l);
}, 1400);`;
    const body = `${TOPBAR}<app-root ng-version="17.3.0"><main><h1>Uptrends R22-24 Lab</h1>
<form class="ng-untouched ng-pristine ng-valid" novalidate>
<mat-form-field class="mat-mdc-form-field"><div class="mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--filled"><div class="mat-mdc-form-field-infix" id="infix">
<input matinput id="mat-input-1" class="mat-mdc-input-element mono" readonly size="90" aria-invalid="false"></div></div></mat-form-field>
<mat-form-field class="mat-mdc-form-field"><label for="mat-input-2">Integration Name</label><input id="mat-input-2" value="Uptrends R22-24 Lab" readonly></mat-form-field>
</form></main></app-root>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/22024*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/22024');
      await page.getByRole('heading', { name: 'Uptrends R22-24 Lab' }).click();
      await expect.poll(() => page.locator('#mat-input-1').inputValue(), { timeout: SHOW_MS }).toBe(url);
      await notStoredBeforeLabel(url, page.getByText('API URL', { exact: true }));
      await expect.poll(() => page.getByLabel('API URL', { exact: true }).inputValue(), { timeout: SHOW_MS }).toBe(url);
      await waitForCapture(url);
    });
  });
});

/* ================================================================================================================= */

describe('no key in a log', () => {
  it('R22-28 no key shown by any page of this file appears in a console line of a page, the popup or the worker', async () => {
    const popup = await browser.openPopup();
    await sleep(1000);
    await popup.close();
    const leaks = issuedKeys().filter((key) => browser.logs.some((line) => line.toLowerCase().includes(key)));
    expect(leaks).toEqual([]);
  });
});
