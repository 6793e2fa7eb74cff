/**
 * Blind acceptance tests, round "slow capture": TIMING and INTERACTION on the AlertOps console, which happy-dom tests
 * cannot show. Written from domain.md, the README and the test helpers only (no source read). Pages are served on the
 * real host names; the user acts through real Playwright clicks and key presses; assertions read only what the user
 * sees (the page, the extension's notice) and what the extension stored.
 *
 * Grounds (domain.md): the URL to capture is `https://notify.alertops.com/POSTAlert/<key>/<name>` (or the legacy
 * `RESTAPI.svc/POSTAlertv2/generic/<key>/<Source>`, case varies), shown by "the saved integration page … at the top,
 * with a Copy button" (current UI) or listed as "API URL" after Save (older UI); consoles are `app.alertops.com` and
 * `<tenant>.alertops.com`; the URL is a credential. README: captured "the moment the saved integration shows it, and
 * says so in a small notice"; never from documentation, notes, code samples, logs or lookalikes; never logged.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  eventually,
  launchWithExtension,
  pageModel,
  type StoredCapture,
  storedCaptures,
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

function withPage<T>(run: (page: Page) => Promise<T>): Promise<T> {
  return withBrowserPage(browser, run);
}

const STYLE = `<style>
body{font:14px system-ui,sans-serif;margin:0} .mono{font-family:monospace} [hidden]{display:none}
.topbar{display:flex;gap:12px;padding:8px;background:#123;color:#fff} .topbar a{color:#fff}
.spinner{width:32px;height:32px;border:4px solid #ccc;border-top-color:#06c;border-radius:50%;animation:spin 1s linear infinite}
@keyframes spin{to{transform:rotate(360deg)}}
.endpoint{display:flex;gap:8px;align-items:center;padding:12px;background:#f4f8ff}
.drawer{position:fixed;top:0;right:0;bottom:0;width:420px;background:#fafafa;border-left:1px solid #ccc;padding:12px;
  transform:translateX(100%);transition:transform .45s ease-out;overflow:auto} .drawer.open{transform:translateX(0)}
.toast-stack{position:fixed;right:16px;bottom:16px;display:flex;flex-direction:column;gap:8px}
.toast{background:#222;color:#fff;padding:8px 12px;border-radius:4px;font:12px monospace}
dialog::backdrop{background:rgba(0,0,0,.45)}
table{border-collapse:collapse} td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}
</style>`;

function doc(title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${STYLE}</head>
<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

/** Serves a JSON answer (a fetch of the page) at `glob`, after `delay` ms. */
async function serveJson(glob: string, body: unknown, delay = 0): Promise<void> {
  await browser.context.route(glob, async (route) => {
    if (delay) await sleep(delay);
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
  });
}

function waitForCapture(url: string, timeout = 10_000): Promise<StoredCapture> {
  return waitForStoredCapture(browser, url, timeout);
}

function keyOf(url: string): string {
  return /\/(?:POSTAlert|generic)\/([^/]+)\//i.exec(url)?.[1] ?? url;
}

/** Stored URLs that contain one of `keys` (so a truncated or re-cut URL counts too). */
async function storedWithKeys(keys: readonly string[]): Promise<string[]> {
  const urls = await capturedUrls(browser);
  return urls.filter((url) => keys.some((key) => url.toLowerCase().includes(key.toLowerCase())));
}

async function waitForNotice(page: Page): Promise<string> {
  return eventually(
    () => noticeText(page),
    (text) => text.trim().length > 0,
    5000,
  );
}

const TOPBAR = `<header class="topbar"><span class="brand">AlertOps</span>
<nav aria-label="Main"><a href="#">Dashboard</a> <a href="#">Incidents</a> <a href="#">Configurations</a> <a href="#">Reports</a></nav>
<button type="button" class="user">Jane Operator</button></header>`;

/** The current UI's "+ ADD API" form (help.alertops.com), Uptrends template picked, with a Submit button. */
function currentForm(name: string, submit = 'Submit'): string {
  return `<h1>Add API Integration</h1>
<section><h2>Recommended</h2><div class="card selected" aria-current="true">Uptrends</div><div class="card">Datadog</div></section>
<section><h2>Basic Settings</h2>
<label for="iname">Integration Name</label> <input id="iname" type="text" value="${escapeHtml(name)}">
<label for="ep">Escalation Policy</label> <select id="ep"><option>Default</option><option>Night shift</option></select>
<label for="rg">Recipient Groups</label> <select id="rg"><option>Ops on call</option></select>
<label for="ru">Recipient Users</label> <select id="ru"><option>Jane Operator</option></select></section>
<button type="button" id="submit" class="btn btn-primary">${submit}</button>`;
}

/* ================================================================================================================= */

describe('Save, then a slow or swapped saved view', () => {
  it('S01 Submit, spinner for 2.5 s, then the saved page shows the Endpoint URL at the top: stored with the name the user typed, template Uptrends, and a notice', async () => {
    const url = validUrl();
    const name = 'Uptrends – S01 Payments';
    const script = `
const main = document.getElementById('main');
document.getElementById('submit').addEventListener('click', (e) => {
  const name = document.getElementById('iname').value;
  e.currentTarget.disabled = true;
  main.innerHTML = '<div class="spinner" role="progressbar" aria-label="Saving integration"></div><p>Saving…</p>';
  setTimeout(() => {
    history.pushState({}, '', '/configurations/integrations/inbound/api/41001');
    main.innerHTML = '<div class="endpoint"><span class="caption">Endpoint URL</span> <span class="mono" id="ep"></span>' +
      ' <button type="button" id="copy">Copy</button></div><h1></h1><section><h2>Basic Settings</h2>' +
      '<label for="n2">Integration Name</label> <input id="n2" type="text" readonly><p>Template: Uptrends</p>' +
      '<p>Escalation Policy: Default</p></section>';
    main.querySelector('#ep').textContent = ${JSON.stringify(url)};
    main.querySelector('h1').textContent = name;
    main.querySelector('#n2').value = name;
    main.querySelector('#copy').onclick = () => navigator.clipboard.writeText(${JSON.stringify(url)});
  }, 2500);
});`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/templates/Uptrends/s01*',
      doc('AlertOps', `${TOPBAR}<main id="main">${currentForm('Uptrends')}</main>`, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/templates/Uptrends/s01');
      await page.getByLabel('Integration Name').fill(name);
      await page.getByRole('button', { name: 'Submit' }).click();
      await page.getByRole('progressbar', { name: 'Saving integration' }).waitFor();
      await page.getByText(url, { exact: true }).waitFor({ timeout: 10_000 });
      const capture = await waitForCapture(url);
      expect(capture.integrationName).toBe(name);
      expect(capture.template).toBe('Uptrends');
      expect(capture.consoleHost).toBe('app.alertops.com');
      await waitForNotice(page);
    });
  });

  it('S02 SPA: Save pushes a new route and swaps the whole app view after 1.6 s; Back/Forward re-show it: one entry, with its name', async () => {
    const url = validUrl();
    const name = 'Uptrends S02 Storefront';
    const script = `
const URL_ = ${JSON.stringify(url)};
const app = document.getElementById('app');
const el = (html) => { const t = document.createElement('template'); t.innerHTML = html; return t.content; };
const nav = '<header class="topbar"><span class="brand">AlertOps</span><nav aria-label="Main"><a href="#">Dashboard</a> <a href="#">Configurations</a></nav></header>';
let savedName = '';
function saved() {
  document.title = savedName + ' · AlertOps';
  const v = el(nav + '<main><nav aria-label="breadcrumb"><a href="/configurations/integrations/inbound" id="crumb">Inbound Integrations</a> / <span class="c"></span></nav>' +
    '<div class="endpoint"><span id="cap">Endpoint URL</span> <input type="text" readonly class="mono" aria-labelledby="cap" size="90"> <button type="button">Copy</button></div>' +
    '<h1></h1><section><h2>Basic Settings</h2><p>Template: Uptrends</p><p>Recipient Groups: Ops on call</p></section></main>');
  v.querySelector('.c').textContent = savedName; v.querySelector('h1').textContent = savedName;
  v.querySelector('input').value = URL_;
  app.replaceChildren(v);
}
function list() {
  document.title = 'Inbound Integrations · AlertOps';
  const v = el(nav + '<main><h1>Inbound Integrations</h1><table><thead><tr><th>Name</th><th>Template</th><th>Status</th></tr></thead><tbody>' +
    '<tr><td><a href="/configurations/integrations/inbound/api/52002" class="row"></a></td><td>Uptrends</td><td>Enabled</td></tr></tbody></table></main>');
  v.querySelector('.row').textContent = savedName;
  app.replaceChildren(v);
}
function route() {
  if (location.pathname.endsWith('/api/52002')) saved();
  else if (location.pathname.endsWith('/inbound')) list();
}
app.addEventListener('click', (e) => {
  if (e.target.id === 'submit') {
    savedName = document.getElementById('iname').value;
    app.replaceChildren(el('<div class="spinner" role="progressbar" aria-label="Saving"></div>'));
    setTimeout(() => { history.pushState({}, '', '/configurations/integrations/inbound/api/52002'); route(); }, 1600);
    return;
  }
  const a = e.target.closest('a[href^="/configurations"]');
  if (a) { e.preventDefault(); history.pushState({}, '', a.getAttribute('href')); route(); }
});
addEventListener('popstate', route);`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/new/s02*',
      doc('AlertOps', `<div id="app">${TOPBAR}<main>${currentForm('Uptrends', 'Save')}</main></div>`, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/new/s02');
      await page.getByLabel('Integration Name').fill(name);
      await page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => page.getByLabel('Endpoint URL').inputValue(), { timeout: 10_000 }).toBe(url);
      const capture = await waitForCapture(url);
      expect(capture.integrationName).toBe(name);
      await page.getByRole('link', { name: 'Inbound Integrations' }).click();
      await page.getByRole('heading', { name: 'Inbound Integrations' }).waitFor();
      await page.goBack();
      await expect.poll(() => page.getByLabel('Endpoint URL').inputValue(), { timeout: 5000 }).toBe(url);
      await page.goForward();
      await page.getByRole('heading', { name: 'Inbound Integrations' }).waitFor();
      await page.getByRole('link', { name }).click();
      await page.getByLabel('Endpoint URL').waitFor();
      await sleep(2000);
      const same = (await storedCaptures(browser)).filter((c) => c.url === url);
      expect(same, 'entries for the one saved integration').toHaveLength(1);
      expect(same[0]?.integrationName).toBe(name);
    });
  });

  it('S03 Save opens a native modal <dialog> "Integration created" 1.8 s later with the API URL and the name: stored with that name, a notice shows', async () => {
    const url = validUrl();
    const name = 'Uptrends S03 Checkout';
    const script = `
const URL_ = ${JSON.stringify(url)};
document.getElementById('submit').addEventListener('click', (e) => {
  const b = e.currentTarget; b.disabled = true; b.innerHTML = '<span class="spinner" style="display:inline-block;width:10px;height:10px"></span> Saving';
  setTimeout(() => {
    b.disabled = false; b.textContent = 'Save';
    const d = document.getElementById('created');
    d.querySelector('.n').textContent = document.getElementById('iname').value;
    d.querySelector('#dlg-url').value = URL_;
    d.showModal();
  }, 1800);
});
document.getElementById('dlg-copy').onclick = () => navigator.clipboard.writeText(URL_);
document.getElementById('dlg-done').onclick = () => document.getElementById('created').close();`;
    const body = `${TOPBAR}<main>${currentForm('Uptrends', 'Save')}</main>
<dialog id="created" aria-labelledby="dlg-title"><h2 id="dlg-title">Integration created</h2>
<dl><dt>Integration Name</dt><dd class="n"></dd><dt>Template</dt><dd>Uptrends</dd></dl>
<label for="dlg-url">API URL</label> <input id="dlg-url" type="text" readonly size="90"> <button type="button" id="dlg-copy">Copy</button>
<p><button type="button" id="dlg-done">Done</button></p></dialog>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/new/s03*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/new/s03');
      await page.getByLabel('Integration Name').fill(name);
      await page.getByRole('button', { name: 'Save' }).click();
      const dialog = page.getByRole('dialog', { name: 'Integration created' });
      await dialog.waitFor({ timeout: 10_000 });
      expect(await dialog.getByLabel('API URL').inputValue()).toBe(url);
      const capture = await waitForCapture(url);
      expect(capture.integrationName).toBe(name);
      expect(capture.template).toBe('Uptrends');
      await waitForNotice(page);
      await dialog.getByRole('button', { name: 'Done' }).click();
    });
  });
});

/* ================================================================================================================= */

describe('re-rendering and a replaced URL', () => {
  it('S04 after Save, a React-like view re-renders the URL card (new nodes) every 300 ms while the user clicks Copy: one entry, with the right name', async () => {
    const url = validUrl();
    const name = 'Uptrends S04 Ticker';
    const script = `
const URL_ = ${JSON.stringify(url)};
const root = document.getElementById('root');
let n = 0, name = '';
function render() {
  n++;
  const t = document.createElement('template');
  t.innerHTML = '<div class="page"><div class="endpoint"><span class="caption" id="cap-' + n + '">API URL</span>' +
    '<span class="mono" aria-labelledby="cap-' + n + '"></span> <button type="button" class="copy">Copy</button>' +
    '<small class="muted">synced ' + n + '</small></div><h1></h1>' +
    '<dl><dt>Integration Name</dt><dd class="n"></dd><dt>Template</dt><dd>Uptrends</dd><dt>Recipient Groups</dt><dd>Ops on call</dd></dl></div>';
  t.content.querySelector('.mono').textContent = URL_;
  t.content.querySelector('h1').textContent = name;
  t.content.querySelector('.n').textContent = name;
  t.content.querySelector('.copy').onclick = () => { window.copied = (window.copied || 0) + 1; navigator.clipboard.writeText(URL_); };
  root.replaceChildren(t.content);
}
document.getElementById('submit').addEventListener('click', () => {
  name = document.getElementById('iname').value;
  root.innerHTML = '<div class="spinner" role="progressbar" aria-label="Saving"></div>';
  setTimeout(() => { history.pushState({}, '', '/configurations/integrations/inbound/api/54004'); render(); setInterval(render, 300); }, 1500);
});`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/new/s04*',
      doc('AlertOps', `${TOPBAR}<div id="root">${currentForm('Uptrends')}</div>`, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/new/s04');
      await page.getByLabel('Integration Name').fill(name);
      await page.getByRole('button', { name: 'Submit' }).click();
      await page.getByText(url, { exact: true }).waitFor({ timeout: 10_000 });
      await page.getByRole('button', { name: 'Copy' }).click();
      const capture = await waitForCapture(url);
      expect(capture.integrationName).toBe(name);
      for (let i = 0; i < 6; i++) {
        await page.mouse.move(100 + i * 40, 300);
        await page.getByRole('heading', { name }).click();
        await sleep(400);
      }
      const same = (await storedCaptures(browser)).filter((c) => c.url === url);
      expect(same, 'entries for one URL re-rendered many times').toHaveLength(1);
      expect(same[0]?.integrationName).toBe(name);
    });
  });

  // The page keeps its (hidden) confirm dialog in the card, as component frameworks do: an invisible heading is not
  // the integration's name; the user sees the breadcrumb and the <h1>.
  it('S05 the user regenerates the key (confirm, 1.5 s wait, new URL replaces the old): the new URL is stored under the same name and is the one an Uptrends editor gets', async () => {
    await clearLocalStorage(browser);
    const oldUrl = validUrl();
    const newUrl = validUrl();
    const name = 'Uptrends S05 Rotated';
    const script = `
const NEXT = ${JSON.stringify(newUrl)};
const v = document.getElementById('val');
document.getElementById('regen').onclick = () => { document.getElementById('confirm').hidden = false; };
document.getElementById('no').onclick = () => { document.getElementById('confirm').hidden = true; };
document.getElementById('yes').onclick = () => {
  document.getElementById('confirm').hidden = true;
  v.textContent = 'Regenerating…';
  setTimeout(() => { v.textContent = NEXT; document.getElementById('status').textContent = 'A new API URL was generated. The previous one no longer works.'; }, 1500);
};
document.getElementById('copy').onclick = () => navigator.clipboard.writeText(v.textContent);`;
    const body = `${TOPBAR}<main><nav aria-label="breadcrumb"><a href="#">Inbound Integrations</a> / ${escapeHtml(name)}</nav>
<div class="endpoint"><span class="caption">API URL</span> <span class="mono" id="val">${escapeHtml(oldUrl)}</span>
<button type="button" id="copy">Copy</button> <button type="button" id="regen">Regenerate key</button></div>
<p id="status" role="status"></p>
<div id="confirm" role="alertdialog" aria-labelledby="ct" aria-describedby="cd" hidden><h2 id="ct">Regenerate API key?</h2>
<p id="cd">Systems that use the current URL will stop sending alerts until you update them.</p>
<button type="button" id="no">Cancel</button> <button type="button" id="yes">Regenerate</button></div>
<h1>${escapeHtml(name)}</h1><section><h2>Basic Settings</h2><p>Template: Uptrends</p><p>Escalation Policy: Default</p></section></main>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/55005*',
      doc('AlertOps', body, script),
    );
    const editor = `
window.model = { name: '', url: '' };
for (const el of document.querySelectorAll('[name]')) {
  el.addEventListener('input', () => { window.model[el.name] = el.value; });
  el.addEventListener('change', () => { window.model[el.name] = el.value; });
}`;
    const editorBody = `<nav>Alerting &gt; Integrations</nav><main><form class="integration-editor" onsubmit="return false"><h2>New integration</h2>
<div class="form-row"><label for="f-name">Integration name</label><input id="f-name" name="name" type="text"></div>
<div class="form-row"><label for="f-type">Integration type</label><input id="f-type" type="text" readonly disabled value="AlertOps"></div>
<fieldset><legend>Predefined variables</legend><table><thead><tr><th>Variable</th><th></th><th>Value</th></tr></thead><tbody>
<tr><td id="var-l">Url</td><td><select name="mode" aria-label="Url"><option value="here">Specify value here</option><option value="level">Specify value in escalation level</option></select></td>
<td><input name="url" type="text" aria-labelledby="var-l"></td></tr></tbody></table></fieldset>
<button type="button">Save</button></form></main>`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/New/s05*',
      doc('Uptrends', editorBody, editor),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/55005');
      const first = await waitForCapture(oldUrl);
      // soft: a wrong name is reported, and the regeneration is still checked
      expect.soft(first.integrationName, 'name stored with the first URL').toBe(name);
      await page.getByRole('button', { name: 'Regenerate key' }).click();
      await page
        .getByRole('alertdialog', { name: 'Regenerate API key?' })
        .getByRole('button', { name: 'Regenerate' })
        .click();
      await page.getByText(newUrl, { exact: true }).waitFor({ timeout: 10_000 });
      const second = await waitForCapture(newUrl);
      expect.soft(second.integrationName, 'name stored with the regenerated URL').toBe(name);
      expect.soft(second.template).toBe('Uptrends');
    });
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/New/s05');
      await expect
        .poll(async () => (await pageModel(page))?.url, { timeout: 10_000, message: 'URL the editor was filled with' })
        .toBe(newUrl);
      expect(await page.getByRole('textbox', { name: 'Url' }).inputValue()).toBe(newUrl);
    });
  });
});

/* ================================================================================================================= */

describe('revealed, set by script, or pushed while idle', () => {
  it('S06 the URL is not on the page until the user clicks "Reveal" (fetched in 1.2 s); hidden again later: the revealed URL stored, never the dots', async () => {
    const url = validUrl();
    const name = 'Uptrends S06 Vault';
    await serveJson('https://app.alertops.com/api/v2/s06/integrations/56006/endpoint', { url }, 1200);
    const script = `
const v = document.getElementById('val'), b = document.getElementById('reveal');
const MASK = v.textContent;
b.addEventListener('click', async () => {
  if (b.textContent === 'Hide') { v.textContent = MASK; b.textContent = 'Reveal'; return; }
  b.disabled = true; v.textContent = 'Loading…';
  const r = await fetch('/api/v2/s06/integrations/56006/endpoint').then((x) => x.json());
  v.textContent = r.url; b.disabled = false; b.textContent = 'Hide';
});`;
    const body = `${TOPBAR}<main><h1>${escapeHtml(name)}</h1>
<div class="endpoint"><span class="caption">API URL</span> <span class="mono" id="val">https://notify.alertops.com/POSTAlert/••••••••-••••-••••-••••-••••••••••••/Uptrends</span>
<button type="button" id="reveal">Reveal</button> <button type="button">Copy</button></div>
<section><h2>Basic Settings</h2><p>Template: Uptrends</p></section></main>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/56006*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/56006');
      await page.getByRole('heading', { name }).click();
      await sleep(2000);
      expect(
        (await capturedUrls(browser)).filter((u) => u.includes('•')),
        'masked value stored',
      ).toEqual([]);
      await page.getByRole('button', { name: 'Reveal' }).click();
      await page.getByText(url, { exact: true }).waitFor({ timeout: 10_000 });
      const capture = await waitForCapture(url);
      expect(capture.integrationName).toBe(name);
      await page.getByRole('button', { name: 'Hide' }).click();
      await sleep(1500);
      expect((await capturedUrls(browser)).filter((u) => u.includes('•'))).toEqual([]);
      expect((await storedCaptures(browser)).filter((c) => c.url === url)).toHaveLength(1);
    });
  });

  it('S07 a readonly "API URL" input gets its value by script (property only) 1.2 s after load while the user types a description: stored with the name', async () => {
    const url = validUrl();
    const name = 'Uptrends S07 Typing';
    const script = `
setTimeout(() => { document.getElementById('apiurl').value = ${JSON.stringify(url)}; }, 1200);`;
    const body = `${TOPBAR}<main><h1>${escapeHtml(name)}</h1>
<div class="endpoint"><label for="apiurl">API URL</label> <input id="apiurl" type="text" readonly placeholder="Generating…" size="90"> <button type="button">Copy</button></div>
<section><h2>Basic Settings</h2><label for="iname">Integration Name</label> <input id="iname" type="text" value="${escapeHtml(name)}">
<label for="desc">Description</label> <textarea id="desc" rows="2"></textarea><p>Template: Uptrends</p></section></main>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/57007*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/57007');
      await page.getByLabel('Description').pressSequentially('Routes Uptrends alerts to the on-call team', {
        delay: 60,
      });
      await expect.poll(() => page.getByLabel('API URL').inputValue(), { timeout: 5000 }).toBe(url);
      expect(await page.locator('#apiurl').getAttribute('value'), 'no attribute was set').toBeNull();
      const capture = await waitForCapture(url);
      expect(capture.integrationName).toBe(name);
      expect(capture.template).toBe('Uptrends');
    });
  });

  it('S08 the user clicks Save and leaves; 35 s later a push message (timer, no input) renders the API URL: stored with its name', async () => {
    const url = validUrl();
    const name = 'Uptrends S08 Slow provisioning';
    const script = `
const main = document.getElementById('main');
document.getElementById('submit').addEventListener('click', () => {
  const name = document.getElementById('iname').value;
  main.innerHTML = '<h1></h1><p role="status">Provisioning your endpoint… This can take a minute. You can leave this page open.</p>' +
    '<div class="spinner" role="progressbar" aria-label="Provisioning"></div>';
  main.querySelector('h1').textContent = name;
  // what a websocket "integration.ready" message would do, 35 s later
  setTimeout(() => {
    main.querySelector('[role=status]').textContent = 'Your integration is ready.';
    main.querySelector('.spinner').remove();
    const card = document.createElement('div'); card.className = 'endpoint';
    card.innerHTML = '<span class="caption">API URL</span> <span class="mono"></span> <button type="button">Copy</button>';
    card.querySelector('.mono').textContent = ${JSON.stringify(url)};
    main.append(card);
  }, 35000);
});`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/new/s08*',
      doc('AlertOps', `${TOPBAR}<main id="main">${currentForm('Uptrends')}</main>`, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/new/s08');
      await page.getByLabel('Integration Name').fill(name);
      await page.getByRole('button', { name: 'Submit' }).click();
      await page.getByText(url, { exact: true }).waitFor({ timeout: 45_000 });
      const capture = await waitForCapture(url);
      expect(capture.integrationName).toBe(name);
    });
  }, 90_000);
});

/* ================================================================================================================= */

describe('tenant hosts and the older UI', () => {
  it('S09 tenant host (acme.alertops.com), older UI: ADD API INTEGRATION, Save, "Saving…" 2 s, then the legacy restapi.svc URL as "API URL": stored as shown, on that host', async () => {
    const key = newKey();
    const url = `https://notify.alertops.com/restapi.svc/POSTAlertV2/generic/${key}/Uptrends`;
    const name = 'Acme Uptrends S09';
    const script = `
const URL_ = ${JSON.stringify(url)};
const pane = document.getElementById('pane');
document.getElementById('add').onclick = () => {
  pane.innerHTML = '<h3>Add API Integration</h3><label for="tpl">Template</label> <select id="tpl"><option value="">Select…</option><option>Custom</option><option>Uptrends</option></select>' +
    '<label for="nm">Integration Name</label> <input id="nm" type="text">' +
    '<label for="rc">Recipient Group(s)/User(s)</label> <select id="rc" multiple><option>Operations</option><option>DBA</option></select>' +
    '<button type="button" id="save">Save</button>';
  pane.querySelector('#save').onclick = (e) => {
    const nm = pane.querySelector('#nm').value, tpl = pane.querySelector('#tpl').value;
    e.currentTarget.disabled = true; e.currentTarget.textContent = 'Saving…';
    setTimeout(() => {
      pane.innerHTML = '<div class="alert" role="status">Integration saved.</div><table class="details"><tbody>' +
        '<tr><th>Integration Name</th><td class="n"></td></tr><tr><th>Template</th><td class="t"></td></tr>' +
        '<tr><th>API URL</th><td><span class="mono u"></span> <button type="button">Copy</button></td></tr>' +
        '<tr><th>Recipient Group(s)/User(s)</th><td>Operations</td></tr></tbody></table>';
      pane.querySelector('.n').textContent = nm; pane.querySelector('.t').textContent = tpl;
      pane.querySelector('.u').textContent = URL_;
    }, 2000);
  };
};`;
    const body = `<aside class="sidebar"><a href="#">Dashboard</a> <a href="#">Integrations</a> <a href="#">Inbound Integrations</a></aside>
<main><h1>Inbound Integrations</h1><div role="tablist"><button role="tab" aria-selected="true">API</button><button role="tab" aria-selected="false">Email</button></div>
<button type="button" id="add">ADD API INTEGRATION</button><div id="pane"><p>Choose ADD API INTEGRATION to create an inbound API integration.</p></div></main>`;
    await serve(browser, 'https://acme.alertops.com/InboundIntegrations/Api/s09*', doc('AlertOps', body, script));
    await withPage(async (page) => {
      await page.goto('https://acme.alertops.com/InboundIntegrations/Api/s09');
      await page.getByRole('button', { name: 'ADD API INTEGRATION' }).click();
      await page.getByLabel('Template').selectOption('Uptrends');
      await page.getByLabel('Integration Name').fill(name);
      await page.getByLabel('Recipient Group(s)/User(s)').selectOption('Operations');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText(url, { exact: true }).waitFor({ timeout: 10_000 });
      const capture = await waitForCapture(url);
      expect(capture.integrationName).toBe(name);
      expect(capture.template).toBe('Uptrends');
      expect(capture.consoleHost).toBe('acme.alertops.com');
    });
  });

  it('S10 WebForms page (tenant host, .aspx): Save posts back through an UpdatePanel that replaces its div after "Please wait..." 1.8 s: stored with name, template, host; a notice shows', async () => {
    const url = validUrl();
    const name = 'Globex Uptrends S10';
    const script = `
var URL_ = ${JSON.stringify(url)};
function __doPostBack(target, arg) {
  var form = document.forms['aspnetForm'];
  form.__EVENTTARGET.value = target; form.__EVENTARGUMENT.value = arg || '';
  var nm = document.getElementById('ctl00_MainContent_txtName').value;
  var tpl = document.getElementById('ctl00_MainContent_ddlTemplate').value;
  document.getElementById('ctl00_MainContent_UpdateProgress1').style.display = 'block';
  setTimeout(function () {
    document.getElementById('ctl00_MainContent_UpdateProgress1').style.display = 'none';
    form.__VIEWSTATE.value = '/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAgIBD2QWBAIBDw8WAh4EVGV4dAUHU2F2ZWQuZGQ=';
    var up = document.getElementById('ctl00_MainContent_upIntegration');
    up.innerHTML = '<span id="ctl00_MainContent_lblMessage" class="msg">Integration saved successfully.</span>' +
      '<table class="DetailsView" cellspacing="0" rules="all" border="1" id="ctl00_MainContent_dvIntegration" style="border-collapse:collapse;">' +
      '<tr><td class="lbl">Integration Name:</td><td><span id="ctl00_MainContent_dvIntegration_lblName"></span></td></tr>' +
      '<tr class="alt"><td class="lbl">Template:</td><td><span id="ctl00_MainContent_dvIntegration_lblTemplate"></span></td></tr>' +
      '<tr><td class="lbl">API URL:</td><td><span id="ctl00_MainContent_dvIntegration_lblApiUrl"></span> ' +
      '<input type="button" value="Copy" id="ctl00_MainContent_dvIntegration_btnCopy" class="btn"></td></tr>' +
      '<tr class="alt"><td class="lbl">Recipient Group(s)/User(s):</td><td>Operations</td></tr></table>' +
      '<input type="hidden" name="ctl00$MainContent$hfIntegrationId" id="ctl00_MainContent_hfIntegrationId" value="610">';
    document.getElementById('ctl00_MainContent_dvIntegration_lblName').textContent = nm;
    document.getElementById('ctl00_MainContent_dvIntegration_lblTemplate').textContent = tpl;
    document.getElementById('ctl00_MainContent_dvIntegration_lblApiUrl').textContent = URL_;
    document.getElementById('ctl00_MainContent_dvIntegration_btnCopy').onclick = function () { navigator.clipboard.writeText(URL_); };
  }, 1800);
}
document.forms['aspnetForm'].addEventListener('submit', function (e) {
  e.preventDefault();
  __doPostBack('ctl00$MainContent$btnSave', '');
});`;
    const body = `<form name="aspnetForm" method="post" action="./InboundIntegrations.aspx?tab=api" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAgIBD2QWAmYPZBYCAgEPEGRkFgFmZGQ=">
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAWl5Fz2y3ykPzO4nJ1ZgA2z"></div>
<table id="ctl00_tblLayout" width="100%"><tr><td id="ctl00_tdMenu" valign="top" width="180">
<a id="ctl00_lnkDashboard" href="Dashboard.aspx">Dashboard</a><br><a id="ctl00_lnkIntegrations" href="Integrations.aspx">Integrations</a><br>
<a id="ctl00_lnkInbound" href="InboundIntegrations.aspx">Inbound Integrations</a></td>
<td valign="top"><h2>Inbound Integrations</h2>
<div id="ctl00_MainContent_tabs"><a href="#" class="tab selected">API</a> | <a href="#" class="tab">Email</a></div>
<div id="ctl00_MainContent_UpdateProgress1" style="display:none;" role="status" aria-hidden="true">Please wait...</div>
<div id="ctl00_MainContent_upIntegration">
<table class="formTable"><tr><td><label for="ctl00_MainContent_ddlTemplate">Template</label></td><td><select name="ctl00$MainContent$ddlTemplate" id="ctl00_MainContent_ddlTemplate"><option value="Custom">Custom</option><option selected="selected" value="Uptrends">Uptrends</option></select></td></tr>
<tr><td><label for="ctl00_MainContent_txtName">Integration Name</label></td><td><input name="ctl00$MainContent$txtName" type="text" id="ctl00_MainContent_txtName"></td></tr>
<tr><td><label for="ctl00_MainContent_lbRecipients">Recipient Group(s)/User(s)</label></td><td><select size="3" name="ctl00$MainContent$lbRecipients" multiple="multiple" id="ctl00_MainContent_lbRecipients"><option value="1">Operations</option><option value="2">DBA</option></select></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$MainContent$btnSave" value="Save" id="ctl00_MainContent_btnSave"></td></tr></table>
</div></td></tr></table></form>`;
    await serve(
      browser,
      'https://globex.alertops.com/Integrations/InboundIntegrations.aspx*',
      doc('AlertOps - Inbound Integrations', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://globex.alertops.com/Integrations/InboundIntegrations.aspx?tab=api');
      await page.getByLabel('Integration Name').fill(name);
      await page.getByLabel('Recipient Group(s)/User(s)').selectOption('Operations');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText(url, { exact: true }).waitFor({ timeout: 10_000 });
      expect(page.url(), 'a partial postback, no navigation').toContain('InboundIntegrations.aspx');
      const capture = await waitForCapture(url);
      expect(capture.integrationName).toBe(name);
      expect(capture.template).toBe('Uptrends');
      expect(capture.consoleHost).toBe('globex.alertops.com');
      await waitForNotice(page);
    });
  });
});

/* ================================================================================================================= */

describe('valid-shaped URLs that are not the saved integration', () => {
  // README: never capture documentation or code samples. A help drawer built as role=dialog (not an <aside>) is still
  // help: heading "Help", "Example", the URL in <code> after "looks like this", on a form that has not been saved.
  it('S11 a Help drawer slides in over the new-integration form with a sample endpoint URL and a Copy button: nothing stored, no notice; the real URL after Submit is', async () => {
    const sample = validUrl();
    const real = validUrl();
    const name = 'Uptrends S11 Real';
    const script = `
const SAMPLE = ${JSON.stringify(sample)}, REAL = ${JSON.stringify(real)};
document.getElementById('help').addEventListener('click', () => {
  const d = document.createElement('div');
  d.className = 'drawer'; d.setAttribute('role', 'dialog'); d.setAttribute('aria-labelledby', 'help-title');
  d.innerHTML = '<button type="button" class="close" aria-label="Close help">×</button><h2 id="help-title">Help</h2>' +
    '<article><h3>Uptrends integration</h3><p>Uptrends monitors your websites and APIs. Send its alerts to AlertOps in three steps:</p>' +
    '<ol><li>Pick the Uptrends template and give the integration a name.</li><li>Choose an escalation policy and click Submit.</li>' +
    '<li>Copy the endpoint URL shown at the top of the saved integration into Uptrends.</li></ol>' +
    '<h4>Example</h4><p>The endpoint URL looks like this:</p><div class="snippet"><code class="sample"></code> <button type="button" class="copy">Copy</button></div>' +
    '<p>Keep this URL secret: anyone who has it can open incidents.</p></article>';
  d.querySelector('.sample').textContent = SAMPLE;
  d.querySelector('.copy').onclick = () => navigator.clipboard.writeText(SAMPLE);
  d.querySelector('.close').onclick = () => { d.classList.remove('open'); setTimeout(() => d.remove(), 450); };
  document.body.append(d);
  requestAnimationFrame(() => requestAnimationFrame(() => d.classList.add('open')));
});
document.getElementById('submit').addEventListener('click', () => {
  const main = document.getElementById('main'), nm = document.getElementById('iname').value;
  main.innerHTML = '<div class="spinner" role="progressbar" aria-label="Saving"></div>';
  setTimeout(() => {
    history.pushState({}, '', '/configurations/integrations/inbound/api/61011');
    main.innerHTML = '<div class="endpoint"><span class="caption">Endpoint URL</span> <span class="mono"></span> <button type="button">Copy</button></div><h1></h1>';
    main.querySelector('.mono').textContent = REAL; main.querySelector('h1').textContent = nm;
  }, 1000);
});`;
    const body = `${TOPBAR}<main id="main"><button type="button" id="help">Help</button>${currentForm('Uptrends')}</main>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/templates/Uptrends/s11*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/templates/Uptrends/s11');
      await page.getByRole('button', { name: 'Help' }).click();
      const drawer = page.getByRole('dialog', { name: 'Help' });
      await drawer.getByText(sample, { exact: true }).waitFor();
      await drawer.getByRole('button', { name: 'Copy' }).click();
      await drawer.getByRole('heading', { name: 'Example' }).click();
      await sleep(3000);
      // soft: both facts are reported, and the real URL after Submit is still checked
      expect.soft(await storedWithKeys([keyOf(sample)]), 'captured from the help sample').toEqual([]);
      expect.soft(await noticeText(page), 'notice on a help sample').toBe('');
      await drawer.getByRole('button', { name: 'Close help' }).click();
      await page.getByLabel('Integration Name').fill(name);
      await page.getByRole('button', { name: 'Submit' }).click();
      const capture = await waitForCapture(real);
      expect(capture.integrationName).toBe(name);
      expect(await storedWithKeys([keyOf(sample)])).toEqual([]);
    });
  });

  it('S12 toasts with request-log lines "POST …/POSTAlert/<key>/Uptrends 200 OK" (after "Send test alert", and pushed by a timer): nothing stored, no notice', async () => {
    const tested = validUrl();
    const pushed = validUrl();
    const control = validUrl();
    const script = `
const TESTED = ${JSON.stringify(tested)}, PUSHED = ${JSON.stringify(pushed)}, CONTROL = ${JSON.stringify(control)};
const stack = document.getElementById('toasts');
function toast(text) {
  const t = document.createElement('div'); t.className = 'toast'; t.setAttribute('role', 'status'); t.setAttribute('aria-live', 'polite');
  t.textContent = text; stack.append(t); setTimeout(() => t.remove(), 8000);
}
document.getElementById('test').addEventListener('click', () => {
  setTimeout(() => toast('POST ' + TESTED + ' 200 OK'), 1000);
});
setTimeout(() => toast('POST ' + PUSHED + ' 200 OK (12 ms)'), 2500);
document.getElementById('open').addEventListener('click', (e) => {
  e.preventDefault(); history.pushState({}, '', '/configurations/integrations/inbound/api/62012');
  const m = document.getElementById('main');
  m.innerHTML = '<div class="endpoint"><label for="ep">Endpoint URL</label> <input id="ep" type="text" readonly size="90"> <button type="button">Copy</button></div><h1>Uptrends S12 Control</h1>';
  m.querySelector('input').value = CONTROL;
});`;
    const body = `${TOPBAR}<main id="main"><h1>Inbound Integrations</h1>
<table><thead><tr><th>Name</th><th>Template</th><th>Status</th><th></th></tr></thead><tbody>
<tr><td><a id="open" href="/configurations/integrations/inbound/api/62012">Uptrends S12 Control</a></td><td>Uptrends</td><td>Enabled</td>
<td><button type="button" id="test">Send test alert</button></td></tr></tbody></table></main><div class="toast-stack" id="toasts"></div>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/s12*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/s12');
      await page.getByRole('button', { name: 'Send test alert' }).click();
      await page.getByText(`POST ${tested} 200 OK`, { exact: true }).waitFor({ timeout: 5000 });
      await page.getByText(`POST ${pushed} 200 OK (12 ms)`, { exact: true }).waitFor({ timeout: 5000 });
      await page.getByRole('heading', { name: 'Inbound Integrations' }).click();
      await sleep(3000);
      expect(await storedWithKeys([keyOf(tested), keyOf(pushed)]), 'captured from a log toast').toEqual([]);
      expect(await noticeText(page), 'notice for a log toast').toBe('');
      await page.getByRole('link', { name: 'Uptrends S12 Control' }).click();
      await waitForCapture(control);
      expect(await storedWithKeys([keyOf(tested), keyOf(pushed)])).toEqual([]);
    });
  });

  // domain.md: the consoles are app.alertops.com and <tenant>.alertops.com; www.alertops.com and the bare alertops.com
  // are the public site, whatever they show.
  it('S13 the public site (www.alertops.com/docs and alertops.com/docs) shows a labelled "API URL" with Copy after the user opens an example: nothing stored, no notice', async () => {
    const urls = [validUrl(), validUrl()];
    const page = (url: string) =>
      doc(
        'AlertOps Docs – Uptrends integration',
        `<header><a href="/">AlertOps</a> <nav><a href="/docs">Docs</a> <a href="/pricing">Pricing</a></nav></header>
<main><h1>Uptrends integration</h1><p>Create an inbound API integration from the Uptrends template.</p>
<button type="button" id="show">Show the saved integration</button>
<div id="shot" hidden><h2>Uptrends</h2><div class="endpoint"><span class="caption">API URL</span> <span class="mono"></span> <button type="button">Copy</button></div>
<dl><dt>Integration Name</dt><dd>Uptrends</dd><dt>Template</dt><dd>Uptrends</dd></dl></div></main>`,
        `document.getElementById('show').onclick = () => {
  const s = document.getElementById('shot'); s.querySelector('.mono').textContent = ${JSON.stringify(url)}; s.hidden = false;
};`,
      );
    const addresses = ['https://www.alertops.com/docs/integrations/uptrends', 'https://alertops.com/docs/uptrends'];
    for (const [i, address] of addresses.entries()) await serve(browser, `${address}*`, page(urls[i] as string));
    for (const [i, address] of addresses.entries()) {
      await withPage(async (p) => {
        await p.goto(address);
        await p.getByRole('button', { name: 'Show the saved integration' }).click();
        await p.getByText(urls[i] as string, { exact: true }).waitFor();
        await p.getByRole('heading', { name: 'Uptrends', exact: true }).click();
        await sleep(3000);
        expect.soft(await storedWithKeys([keyOf(urls[i] as string)]), `captured on ${address}`).toEqual([]);
        expect.soft(await noticeText(p), `notice on ${address}`).toBe('');
      });
    }
  });
});

/* ================================================================================================================= */

describe('no key in a log', () => {
  it('S14 no key shown by any page of this file appears in a console line of a page, the popup or the worker', async () => {
    const popup = await browser.openPopup();
    await sleep(1000);
    await popup.close();
    const leaks = issuedKeys().filter((key) => browser.logs.some((line) => line.toLowerCase().includes(key)));
    expect(leaks).toEqual([]);
  });
});
