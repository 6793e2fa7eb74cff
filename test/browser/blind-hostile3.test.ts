/**
 * Blind hostile renderings, third round (H3-xx), written from domain.md and the README's promises without reading the
 * extension's source. Beside blind-hostile.test.ts (H01–H18) and blind-hostile2.test.ts (H2-xx): pages that read
 * everything they can to find the secret URL, look-alike consoles on other hosts, Uptrends editors and escalation
 * levels that re-render (replace) their nodes, revert or untick by script, slow and animated AlertOps pages, and a user
 * who acts while the page loads or undoes what the extension did. Pages are served on their host names through
 * Playwright routes; assertions read only what a user sees, the page's own model and DOM, or the stored captures.
 * Where a reasonable product could do either, the test name says so and the safer behaviour is asserted.
 */
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  launchWithExtension,
  type PageModel,
  pageModel,
  storedCaptures,
  waitForStoredCapture,
  withPage as withBrowserPage,
} from './chromium.ts';
import {
  answersWithin,
  capturedUrls,
  clearLocalStorage,
  escapeHtml,
  issuedKeys,
  keyOf,
  serve,
  sleep,
  validUrl,
} from './hostile-pages.ts';
import { pollPageModel } from './page-model.ts';
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

function doc(title: string, body: string, script = '', head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${head}
<style>body{font:14px sans-serif}</style></head>
<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

let counter = 0;
/** A fresh path on a host, so no two renderings share a route. */
function address(origin: string, path: string): string {
  counter++;
  return `${origin}${path}/${Date.now()}${counter}`;
}

/** The saved integration page of the current AlertOps UI: name, then the endpoint URL with a Copy button. */
function savedIntegration(name: string, url: string): string {
  return `<main data-own="1"><h1>${escapeHtml(name)}</h1><div class="endpoint"><span>API URL</span> <span class="url">${escapeHtml(url)}</span> <button type="button">Copy</button></div></main>`;
}

async function storedWithKey(key: string): Promise<string[]> {
  return (await capturedUrls(browser)).filter((stored) => stored.includes(key));
}

/** Forgets every capture, then captures `url` the way a user does: opening its saved integration on app.alertops.com. */
async function freshCapture(name = 'Uptrends'): Promise<string> {
  await clearLocalStorage(browser);
  const url = validUrl(name);
  const page = address('https://app.alertops.com', '/integrations/inbound/api/edit');
  await serve(browser, `${page}*`, doc('AlertOps', savedIntegration(name, url)));
  await withPage(async (p) => {
    await p.goto(page);
    await waitForStoredCapture(browser, url);
  });
  return url;
}

/** What the user would see when a wait fails: fields, boxes, the page's model, the notice. */
async function explain(page: Page, name = 'model'): Promise<string> {
  const seen = await page.evaluate((n) => {
    const w = window as PageModel;
    return {
      fields: Array.from(document.querySelectorAll('input,textarea')).map((f) => {
        const i = f as HTMLInputElement;
        return `${i.id || i.name || i.type}=${i.type === 'checkbox' ? i.checked : i.value}`;
      }),
      model: JSON.stringify(w[n] ?? null),
    };
  }, name);
  return `${JSON.stringify(seen)}\nnotice: ${JSON.stringify(await noticeText(page).catch(() => '?'))}`;
}

function pollModel(page: Page, read: (m: PageModel) => unknown, expected: unknown, timeout = 12_000) {
  return pollPageModel(page, read, expected, { explain, timeout });
}

const UPTRENDS_CHROME = `<header class="topbar"><span class="logo">Uptrends</span><span class="user">ops@example.com</span></header>
<nav class="breadcrumb">Alerting &gt; Integrations</nav>`;

/** An Uptrends integration editor: name, type select (AlertOps chosen), one predefined variable row. */
function editorForm(value = ''): string {
  return `<form class="integration-form" id="int-form" novalidate onsubmit="return false">
<div class="form-group"><label for="int-name">Integration name</label><input id="int-name" class="form-control" type="text" maxlength="100"></div>
<div class="form-group"><label for="int-type">Integration type</label><select id="int-type" class="form-control" disabled>
<option value="webhook">Webhook</option><option value="slack">Slack</option><option value="alertops" selected>AlertOps</option></select></div>
<h3>Predefined variables</h3>
<table class="table variables"><thead><tr><th>Variable</th><th></th><th>Value</th></tr></thead><tbody>
<tr><td id="int-var-0">AlertOpsUrl</td><td><select class="form-control" id="int-var-0-mode" aria-labelledby="int-var-0">
<option value="here">Specify value here</option><option value="level">Specify value in escalation level</option></select></td>
<td><input type="text" class="form-control" id="int-var-0-value" aria-labelledby="int-var-0" value="${escapeHtml(value)}"></td></tr></tbody></table>
<div class="form-actions"><button type="button" class="btn btn-primary" id="int-save">Save</button> <button type="button" class="btn" id="int-test">Send test alert</button></div>
</form>`;
}

function editorPage(body: string, script = '', head = ''): string {
  return doc(
    'Uptrends - Integrations',
    `${UPTRENDS_CHROME}<main id="main"><h1>New integration</h1>${body}</main>`,
    script,
    head,
  );
}

/**
 * Page-side: a framework that renders the editor into #host from `window.model`, with its listeners delegated to #host
 * (as React does: events on nodes it has thrown away never reach it). `urlWrites` counts each time the URL field
 * brings a new non-empty value. `events` are the events the model listens to; `onUpdate` runs after each update.
 */
function frameworkEditor(options: { events?: string[]; onUpdate?: string; extra?: string } = {}): string {
  return `
window.model = { name: '', url: '', urlWrites: 0, renders: 0 };
const TEMPLATE = ${JSON.stringify(editorForm())};
const host = document.getElementById('host');
window.render = function () {
  const box = document.createElement('div');
  box.innerHTML = TEMPLATE;
  const form = box.firstElementChild;
  form.querySelector('#int-name').value = model.name;
  form.querySelector('#int-var-0-value').value = model.url;
  host.replaceChildren(form);
  model.renders++;
};
for (const ev of ${JSON.stringify(options.events ?? ['input', 'change'])}) {
  host.addEventListener(ev, (e) => {
    const t = e.target;
    if (t.id === 'int-name') model.name = t.value;
    else if (t.id === 'int-var-0-value') {
      if (t.value && t.value !== model.url) model.urlWrites++;
      model.url = t.value;
    } else return;
    ${options.onUpdate ?? ''}
  });
}
render();
${options.extra ?? ''}`;
}

/** The editor's URL field and name field as the user sees them now. */
function visibleFields(page: Page): Promise<{ name: string; url: string }> {
  return page.evaluate(() => ({
    name: (document.getElementById('int-name') as HTMLInputElement | null)?.value ?? '<none>',
    url: (document.getElementById('int-var-0-value') as HTMLInputElement | null)?.value ?? '<none>',
  }));
}

/* ================================================================================================================= */
/* Escalation levels                                                                                                 */
/* ================================================================================================================= */

const LEVEL_INTEGRATIONS = ['E-mail', 'SMS', 'Phone', 'Slack ops', 'AlertOps prod'];

/**
 * An alert definition's escalation levels: tabs for levels 1–3, one panel rendered from `window.model` (the framework
 * replaces the whole panel on every render). `onChange` runs after the model takes a box's new state (`name`,
 * `checked`, `level` in scope).
 */
function levelsPage(options: { onChange?: string; extra?: string } = {}): string {
  const body = `<header class="topbar"><span class="logo">Uptrends</span></header>
<nav class="breadcrumb">Alerting &gt; Alert definitions</nav>
<main id="main"><h1>Website down</h1>
<div role="tablist" aria-label="Escalation levels">
<button type="button" role="tab" id="tab-1" aria-selected="true" aria-controls="panel">Escalation level 1</button>
<button type="button" role="tab" id="tab-2" aria-selected="false" aria-controls="panel">Escalation level 2</button>
<button type="button" role="tab" id="tab-3" aria-selected="false" aria-controls="panel">Escalation level 3</button>
</div><div id="panel-host"></div>
<div class="actions"><button type="button" id="save">Save</button></div></main>`;
  const script = `
const NAMES = ${JSON.stringify(LEVEL_INTEGRATIONS)};
const blank = () => Object.fromEntries(NAMES.map((n) => [n, n === 'E-mail']));
window.model = { level: 1, levels: { 1: blank(), 2: blank(), 3: blank() }, ticks: 0, unticks: 0, renders: 0 };
const panelHost = document.getElementById('panel-host');
window.render = function () {
  const level = model.level;
  const panel = document.createElement('section');
  panel.setAttribute('role', 'tabpanel');
  panel.id = 'panel';
  panel.setAttribute('aria-labelledby', 'tab-' + level);
  const active = document.createElement('label');
  const activeBox = document.createElement('input');
  activeBox.type = 'checkbox'; activeBox.checked = true; activeBox.id = 'active-' + level;
  active.append(activeBox, ' Active');
  const h = document.createElement('h3');
  h.textContent = 'Alerting by integrations';
  const list = document.createElement('ul');
  list.className = 'integrations';
  NAMES.forEach((name, i) => {
    const li = document.createElement('li');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = 'l' + level + '-i' + i;
    box.dataset.name = name;
    box.checked = model.levels[level][name];
    const label = document.createElement('label');
    label.htmlFor = box.id;
    label.textContent = name;
    li.append(box, ' ', label);
    list.append(li);
  });
  panel.append(active, h, list);
  panelHost.replaceChildren(panel);
  model.renders++;
  for (const t of document.querySelectorAll('[role=tab]')) t.setAttribute('aria-selected', String(t.id === 'tab-' + level));
};
panelHost.addEventListener('change', (e) => {
  const box = e.target;
  if (!box.dataset || !box.dataset.name) return;
  const name = box.dataset.name, checked = box.checked, level = model.level;
  model.levels[level][name] = checked;
  if (name === 'AlertOps prod') { if (checked) model.ticks++; else model.unticks++; }
  ${options.onChange ?? ''}
});
for (const t of document.querySelectorAll('[role=tab]')) t.addEventListener('click', () => { model.level = Number(t.id.slice(4)); render(); });
render();
${options.extra ?? ''}`;
  return doc('Uptrends - Alert definitions', body, script);
}

/** The AlertOps box of the level shown now, as the user sees it. */
function alertOpsBoxChecked(page: Page): Promise<boolean | null> {
  return page.evaluate(() => {
    const box = document.querySelector('#panel input[data-name="AlertOps prod"]') as HTMLInputElement | null;
    return box ? box.checked : null;
  });
}

/* ================================================================================================================= */
/* Secret leakage                                                                                                    */
/* ================================================================================================================= */

/** Every run of 12 characters of the key: a mask that shows a few characters is fine, a third of the key is not. */
function holdsKeyPart(text: string, key: string): boolean {
  for (let i = 0; i + 12 <= key.length; i++) if (text.includes(key.slice(i, i + 12))) return true;
  return false;
}

/**
 * Page-side spy, run first in <head>: records window.name, title, location, history state, messages, storage events,
 * copy/cut/paste events, and keeps every added node's text and attribute values (outside the editor's URL field).
 */
const SPY = `
window.seen = [];
const note = (where, what) => { try { window.seen.push(where + ': ' + (typeof what === 'string' ? what : JSON.stringify(what))); } catch (e) { window.seen.push(where + ': <unserialisable>'); } };
window.addEventListener('message', (e) => note('message', e.data), true);
window.addEventListener('storage', (e) => note('storage', e.key + '=' + e.newValue), true);
for (const ev of ['copy', 'cut', 'paste', 'beforecopy', 'selectionchange', 'hashchange', 'popstate']) document.addEventListener(ev, (e) => { note(ev, (e.clipboardData && e.clipboardData.getData('text/plain')) || String(document.getSelection())); note(ev + ' location', location.href); }, true);
setInterval(() => { note('name', window.name); note('title', document.title); note('location', location.href); note('history', history.state); }, 50);
new MutationObserver((records) => {
  for (const r of records) {
    if (r.target && r.target.id === 'int-var-0-value') continue;
    if (r.type === 'attributes') note('attr ' + r.attributeName, r.target.getAttribute(r.attributeName));
    if (r.type === 'characterData') note('text', r.target.data);
    for (const n of r.addedNodes || []) if (n.id !== 'int-var-0-value') note('added', (n.outerHTML || n.textContent || ''));
  }
}).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
`;

describe('what a page could read', () => {
  it('H3-01 Uptrends editor page that records window.name, title, location/history, messages, storage, copy events, cookies, clipboard, performance entries, every DOM change and every request: the key shows only in the filled field', async () => {
    const url = await freshCapture();
    const key = keyOf(url);
    const requests: string[] = [];
    const onRequest = (request: Request) => requests.push(`${request.url()} ${request.postData() ?? ''}`);
    browser.context.on('request', onRequest);
    const page = address('https://app.uptrends.com', '/Alerting/Integrations/Edit');
    await serve(
      browser,
      `${page}*`,
      editorPage(
        editorForm(),
        `window.model = { url: '' }; document.getElementById('int-var-0-value').addEventListener('input', (e) => { window.model.url = e.target.value; });`,
        `<script>${SPY}</script>`,
      ),
    );
    try {
      await withPage(async (p) => {
        await p.evaluate(() => navigator.clipboard.writeText('before-the-visit')).catch(() => undefined);
        await p.goto(page);
        await p.evaluate(() => navigator.clipboard.writeText('before-the-fill')).catch(() => undefined);
        await pollModel(p, (m) => m.url, url);
        await sleep(1500);
        const readable = await p.evaluate(async () => {
          const out: string[] = [...((window as PageModel).seen as string[])];
          out.push(`cookie: ${document.cookie}`);
          for (const store of [localStorage, sessionStorage])
            for (let i = 0; i < store.length; i++)
              out.push(`storage: ${store.key(i)}=${store.getItem(store.key(i) ?? '')}`);
          for (const entry of performance.getEntries()) out.push(`perf: ${entry.name}`);
          out.push(`clipboard: ${await navigator.clipboard.readText().catch((e) => `<${e}>`)}`);
          out.push(`selection: ${String(document.getSelection())}`);
          // Everything in the DOM, open shadow roots included, except the one field being filled.
          const walk = (root: Document | ShadowRoot) => {
            for (const el of Array.from(root.querySelectorAll('*'))) {
              if (el.id === 'int-var-0-value') continue;
              for (const a of Array.from(el.attributes)) out.push(`attr ${el.tagName}.${a.name}=${a.value}`);
              for (const n of Array.from(el.childNodes)) if (n.nodeType === 3) out.push(`text ${n.textContent}`);
              if ((el as HTMLInputElement).value !== undefined)
                out.push(`value ${el.tagName}=${(el as HTMLInputElement).value}`);
              if (el.shadowRoot) {
                out.push(`shadow ${el.shadowRoot.textContent}`);
                walk(el.shadowRoot);
              }
            }
          };
          walk(document);
          out.push(`title ${document.title}`, `name ${window.name}`, `href ${location.href}`);
          return out;
        });
        const leaks = readable.filter((line) => holdsKeyPart(line, key));
        expect(leaks).toEqual([]);
        expect(requests.filter((line) => holdsKeyPart(line, key))).toEqual([]);
        expect((await visibleFields(p)).url).toBe(url);
      });
    } finally {
      browser.context.off('request', onRequest);
    }
  });

  it('H3-02 AlertOps saved integration page whose script reads the extension notice (open shadow roots), messages, title, storage, clipboard and every DOM change after the capture: the extension adds nothing that holds the key', async () => {
    await clearLocalStorage(browser);
    const url = validUrl('Uptrends');
    const key = keyOf(url);
    const requests: string[] = [];
    const onRequest = (request: Request) => requests.push(`${request.url()} ${request.postData() ?? ''}`);
    browser.context.on('request', onRequest);
    // The page marks its own nodes; the URL is rendered 400 ms after load, so everything the spy sees after that
    // which is not the page's own is the extension's.
    const page = address('https://app.alertops.com', '/integrations/inbound/api/edit');
    const script = `
window.seen = [];
const note = (where, what) => { try { window.seen.push(where + ': ' + (typeof what === 'string' ? what : JSON.stringify(what))); } catch (e) { window.seen.push(where); } };
window.addEventListener('message', (e) => note('message', e.data), true);
for (const ev of ['copy', 'cut', 'hashchange', 'popstate']) document.addEventListener(ev, (e) => note(ev, String(document.getSelection()) + ' ' + location.href), true);
setInterval(() => { note('name', window.name); note('title', document.title); note('location', location.href); note('history', history.state); }, 50);
const own = (n) => { for (let x = n; x; x = x.parentNode || x.host) if (x.dataset && x.dataset.own) return true; return false; };
new MutationObserver((records) => {
  for (const r of records) {
    if (own(r.target)) continue;
    if (r.type === 'attributes') note('attr ' + r.attributeName, r.target.getAttribute(r.attributeName));
    for (const n of r.addedNodes || []) if (!own(n)) note('added', (n.outerHTML || n.textContent || '') + ' ' + (n.shadowRoot ? n.shadowRoot.textContent : ''));
  }
}).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
setTimeout(() => document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(savedIntegration('Uptrends', url))}), 400);
`;
    await serve(browser, `${page}*`, doc('AlertOps', '<nav data-own="1">Configurations</nav>', script));
    try {
      await withPage(async (p) => {
        await p.goto(page);
        await waitForStoredCapture(browser, url);
        await sleep(1500);
        const readable = await p.evaluate(async () => {
          const out: string[] = [...((window as PageModel).seen as string[])];
          out.push(`cookie: ${document.cookie}`);
          for (const store of [localStorage, sessionStorage])
            for (let i = 0; i < store.length; i++)
              out.push(`storage: ${store.key(i)}=${store.getItem(store.key(i) ?? '')}`);
          out.push(`clipboard: ${await navigator.clipboard.readText().catch((e) => `<${e}>`)}`);
          const own = (n: Node | null) => {
            for (let x: PageModel = n; x; x = x.parentNode || x.host) if (x.dataset?.own) return true;
            return false;
          };
          const walk = (root: Document | ShadowRoot) => {
            for (const el of Array.from(root.querySelectorAll('*'))) {
              if (el.shadowRoot) {
                out.push(`shadow ${el.shadowRoot.textContent}`);
                walk(el.shadowRoot);
              }
              // The page's own nodes, and its own script (which holds the URL it renders), are not the extension's.
              if (own(el) || el.tagName === 'SCRIPT') continue;
              for (const a of Array.from(el.attributes)) out.push(`attr ${el.tagName}.${a.name}=${a.value}`);
              for (const n of Array.from(el.childNodes)) if (n.nodeType === 3) out.push(`text ${n.textContent}`);
            }
          };
          walk(document);
          out.push(`title ${document.title}`, `name ${window.name}`, `href ${location.href}`);
          return out;
        });
        // The capture is announced in the page (so there is something to read), without the key.
        expect(readable.some((line) => line.startsWith('shadow ') && line.trim().length > 'shadow'.length)).toBe(true);
        expect(readable.filter((line) => holdsKeyPart(line, key))).toEqual([]);
        expect(requests.filter((line) => holdsKeyPart(line, key))).toEqual([]);
      });
    } finally {
      browser.context.off('request', onRequest);
    }
  });

  it('H3-03 Uptrends-looking AlertOps editors on hosts that are not the console (app.uptrends.com.evil.example, uptrends.com, www.uptrends.com, app-uptrends.com, evil.example/app.uptrends.com/): none filled; the same editor on app.uptrends.com is (control)', async () => {
    const url = await freshCapture();
    const script = `window.model = { url: '', name: '' };
for (const [id, key] of [['int-var-0-value', 'url'], ['int-name', 'name']]) document.getElementById(id).addEventListener('input', (e) => { window.model[key] = e.target.value; });`;
    const html = editorPage(editorForm(), script);
    const foreign = [
      'https://app.uptrends.com.evil.example/Alerting/Integrations',
      'https://uptrends.com/Alerting/Integrations',
      'https://www.uptrends.com/Alerting/Integrations',
      'https://app-uptrends.com/Alerting/Integrations',
      'https://evil.example/app.uptrends.com/Alerting/Integrations',
    ];
    for (const origin of foreign) {
      const page = address(origin, '');
      await serve(browser, `${page}*`, html);
      await withPage(async (p) => {
        await p.goto(page);
        await p.locator('#int-var-0-value').click();
        await sleep(2500);
        expect({ host: new URL(page).host, ...(await visibleFields(p)) }).toEqual({
          host: new URL(page).host,
          name: '',
          url: '',
        });
        expect(await pageModel(p)).toEqual({ url: '', name: '' });
      });
    }
    const control = address('https://app.uptrends.com', '/Alerting/Integrations');
    await serve(browser, `${control}*`, html);
    await withPage(async (p) => {
      await p.goto(control);
      await pollModel(p, (m) => m.url, url);
    });
  });

  it('H3-04 AlertOps-looking saved integrations on hosts that are not the console (alertops.com.evil.example, app-alertops.com, app.alertops.co, www.alertops.com, help.alertops.com, notify.alertops.com): nothing captured; the same page on a tenant host acme.alertops.com is (control)', async () => {
    await clearLocalStorage(browser);
    const foreign = [
      'https://alertops.com.evil.example',
      'https://app-alertops.com',
      'https://app.alertops.co',
      'https://www.alertops.com',
      'https://help.alertops.com',
      'https://notify.alertops.com',
    ];
    const keys: string[] = [];
    for (const origin of foreign) {
      const url = validUrl('Uptrends');
      keys.push(keyOf(url));
      const page = address(origin, '/integrations/inbound/api/edit');
      await serve(browser, `${page}*`, doc('AlertOps', savedIntegration('Uptrends', url)));
      await withPage(async (p) => {
        await p.goto(page);
        await p.getByText('API URL').click();
        await sleep(1500);
      });
    }
    await sleep(1000);
    const stored = await capturedUrls(browser);
    expect(stored.filter((u) => keys.some((k) => u.includes(k)))).toEqual([]);
    const url = validUrl('Uptrends');
    const tenant = address('https://acme.alertops.com', '/integrations/inbound/api/edit');
    await serve(browser, `${tenant}*`, doc('AlertOps', savedIntegration('Uptrends', url)));
    await withPage(async (p) => {
      await p.goto(tenant);
      await waitForStoredCapture(browser, url);
    });
  });
});

/* ================================================================================================================= */
/* Uptrends editors that re-render                                                                                   */
/* ================================================================================================================= */

describe('Uptrends editors that re-render, revert or arrive late', () => {
  it('H3-05 editor whose framework replaces the whole form every 150 ms from its model (listeners delegated): the model and the field end with the URL, written at most 3 times in 6 s', async () => {
    const url = await freshCapture();
    const page = address('https://app.uptrends.com', '/Alerting/Integrations/Edit');
    await serve(
      browser,
      `${page}*`,
      editorPage('<div id="host"></div>', frameworkEditor({ extra: 'setInterval(render, 150);' })),
    );
    await withPage(async (p) => {
      await p.goto(page);
      await pollModel(p, (m) => m.url, url);
      await sleep(6000);
      const model = await pageModel(p);
      expect({ url: model.url, writesAtMost3: model.urlWrites <= 3, renders: model.renders > 30 }).toEqual({
        url,
        writesAtMost3: true,
        renders: true,
      });
      expect((await visibleFields(p)).url).toBe(url);
      await answersWithin(p, 2000);
    });
  });

  it('H3-06 editor that throws its form away and renders a new one synchronously on every input event (delegated listeners, so writes to the old nodes are lost): the model ends with the URL and the proposed name, and the field shows the URL', async () => {
    const url = await freshCapture();
    const page = address('https://app.uptrends.com', '/Alerting/Integrations/Edit');
    await serve(browser, `${page}*`, editorPage('<div id="host"></div>', frameworkEditor({ onUpdate: 'render();' })));
    await withPage(async (p) => {
      await p.goto(page);
      await pollModel(p, (m) => ({ url: m.url, named: m.name.length > 0 }), { url, named: true });
      await sleep(1500);
      const shown = await visibleFields(p);
      const model = await pageModel(p);
      expect({ shown: shown.url, model: model.url, name: shown.name === model.name }).toEqual({
        shown: url,
        model: url,
        name: true,
      });
    });
  });

  it('H3-07 editor whose model only listens to "change" (Knockout-style value binding) and re-renders every 200 ms: the model learns the URL', async () => {
    const url = await freshCapture();
    const page = address('https://app.uptrends.com', '/Alerting/Integrations/Edit');
    await serve(
      browser,
      `${page}*`,
      editorPage('<div id="host"></div>', frameworkEditor({ events: ['change'], extra: 'setInterval(render, 200);' })),
    );
    await withPage(async (p) => {
      await p.goto(page);
      await pollModel(p, (m) => m.url, url);
      await sleep(1000);
      expect((await visibleFields(p)).url).toBe(url);
    });
  });

  it('H3-08 editor whose variables render 600 ms after the type is picked; the user picks Webhook, then Slack, then AlertOps: the Webhook and Slack URL fields stay empty, the AlertOps one is filled', async () => {
    const url = await freshCapture();
    const page = address('https://app.uptrends.com', '/Alerting/Integrations/Edit');
    const body = `<form id="int-form" onsubmit="return false">
<div class="form-group"><label for="int-name">Integration name</label><input id="int-name" type="text"></div>
<div class="form-group"><label for="int-type">Integration type</label><select id="int-type">
<option value="" selected>Select a type</option><option value="webhook">Webhook</option><option value="slack">Slack</option><option value="alertops">AlertOps</option></select></div>
<div id="vars"></div><button type="button">Save</button></form>`;
    const script = `
const VARS = { webhook: ['WebhookUrl', 'Url'], slack: ['SlackWebhookUrl', 'Webhook URL'], alertops: ['AlertOpsUrl', 'URL'] };
window.model = { type: '', values: {} };
const vars = document.getElementById('vars');
let pending;
document.getElementById('int-type').addEventListener('change', (e) => {
  model.type = e.target.value;
  vars.replaceChildren();
  const spin = document.createElement('p'); spin.textContent = 'Loading…'; vars.append(spin);
  clearTimeout(pending);
  pending = setTimeout(() => {
    const [name, label] = VARS[model.type];
    vars.replaceChildren();
    const h = document.createElement('h3'); h.textContent = 'Predefined variables';
    const row = document.createElement('div'); row.className = 'variable-row';
    const l = document.createElement('label'); l.id = 'var-label'; l.textContent = name;
    const mode = document.createElement('select'); mode.innerHTML = '<option>Specify value here</option><option>Specify value in escalation level</option>';
    const input = document.createElement('input'); input.type = 'text'; input.id = 'var-' + model.type; input.setAttribute('aria-labelledby', 'var-label'); input.placeholder = label;
    input.addEventListener('input', () => { model.values[model.type] = input.value; });
    row.append(l, mode, input); vars.append(h, row);
  }, 600);
});`;
    await serve(browser, `${page}*`, editorPage(body, script));
    await withPage(async (p) => {
      await p.goto(page);
      for (const type of ['webhook', 'slack'] as const) {
        await p.locator('#int-type').selectOption(type);
        await p.locator(`#var-${type}`).waitFor();
        await sleep(2000);
        expect({ type, value: await p.locator(`#var-${type}`).inputValue() }).toEqual({ type, value: '' });
      }
      await p.locator('#int-type').selectOption('alertops');
      await pollModel(p, (m) => m.values.alertops, url);
      const model = await pageModel(p);
      expect({ webhook: model.values.webhook ?? '', slack: model.values.slack ?? '' }).toEqual({
        webhook: '',
        slack: '',
      });
    });
  });

  it('H3-09 editor whose framework resets the form once, 400 ms after the first value arrives (defaults loaded late, model and fields emptied): the field and the model end with the URL (the extension fills again after a reset it did not cause)', async () => {
    const url = await freshCapture();
    const page = address('https://app.uptrends.com', '/Alerting/Integrations/Edit');
    const reset = `if (model.url && !window.resetDone) { window.resetDone = true; setTimeout(() => { model.url = ''; model.name = ''; model.resets = 1; render(); }, 400); }`;
    await serve(browser, `${page}*`, editorPage('<div id="host"></div>', frameworkEditor({ onUpdate: reset })));
    await withPage(async (p) => {
      await p.goto(page);
      await p.waitForFunction(() => (window as PageModel).model.resets === 1, null, { timeout: 12_000 });
      await pollModel(p, (m) => m.url, url);
      await sleep(1500);
      expect((await visibleFields(p)).url).toBe(url);
    });
  });

  it('H3-10 editor whose script empties the URL field every 100 ms, whatever is in it: the extension does not fight forever (at most 10 writes in 8 s of use) and the page keeps answering', async () => {
    await freshCapture();
    const page = address('https://app.uptrends.com', '/Alerting/Integrations/Edit');
    const extra = `setInterval(() => { const f = document.getElementById('int-var-0-value'); if (f && f.value) { f.value = ''; model.url = ''; } }, 100);`;
    await serve(browser, `${page}*`, editorPage('<div id="host"></div>', frameworkEditor({ extra })));
    await withPage(async (p) => {
      await p.goto(page);
      // The user is around: moves the mouse and clicks the heading now and then.
      for (let i = 0; i < 8; i++) {
        await p.mouse.move(100 + i * 10, 100 + i * 5);
        if (i % 2 === 0) await p.getByRole('heading', { name: 'New integration' }).click();
        await sleep(1000);
      }
      const model = await pageModel(p);
      expect({ filledOnce: model.urlWrites >= 1, atMost10: model.urlWrites <= 10, writes: model.urlWrites }).toEqual({
        filledOnce: true,
        atMost10: true,
        writes: model.urlWrites,
      });
      expect(await answersWithin(p, 1500)).toBeLessThan(1500);
    });
  });

  it('H3-11 page that replaces its <body> element with a new one holding the editor, and a page that replaces its whole <html> element: both editors are filled without any user input', async () => {
    const url = await freshCapture();
    const wire = `window.model = { url: '' }; document.getElementById('int-var-0-value').addEventListener('input', (e) => { window.model.url = e.target.value; });`;
    const markup = `${UPTRENDS_CHROME}<main id="main"><h1>New integration</h1>${editorForm()}</main>`;
    const bodyPage = address('https://app.uptrends.com', '/Alerting/Integrations/Edit');
    await serve(
      browser,
      `${bodyPage}*`,
      doc(
        'Uptrends - Integrations',
        '<p>Loading…</p>',
        `setTimeout(() => { const b = document.createElement('body'); b.innerHTML = ${JSON.stringify(markup)}; document.documentElement.replaceChild(b, document.body); ${wire} }, 1200);`,
      ),
    );
    const htmlPage = address('https://app.uptrends.com', '/Alerting/Integrations/Edit');
    await serve(
      browser,
      `${htmlPage}*`,
      doc(
        'Uptrends - Integrations',
        '<p>Loading…</p>',
        `setTimeout(() => { const h = document.createElement('html'); h.innerHTML = '<head><title>Uptrends - Integrations</title></head><body>' + ${JSON.stringify(markup)} + '</body>'; document.replaceChild(h, document.documentElement); ${wire} }, 1200);`,
      ),
    );
    for (const page of [bodyPage, htmlPage]) {
      await withPage(async (p) => {
        await p.goto(page);
        await p.locator('#int-var-0-value').waitFor();
        await pollModel(p, (m) => m.url, url, 10_000);
      });
    }
  });

  it('H3-12 editor that appears 7 s after load behind a spinner, with no user input meanwhile: filled', async () => {
    const url = await freshCapture();
    const page = address('https://app.uptrends.com', '/Alerting/Integrations/Edit');
    const script = `
const host = document.getElementById('host');
host.innerHTML = '<div class="spinner" role="progressbar" aria-label="Loading">Loading…</div>';
window.model = { url: '' };
setTimeout(() => {
  host.innerHTML = ${JSON.stringify(editorForm())};
  document.getElementById('int-var-0-value').addEventListener('input', (e) => { window.model.url = e.target.value; });
}, 7000);`;
    await serve(browser, `${page}*`, editorPage('<div id="host"></div>', script));
    await withPage(async (p) => {
      await p.goto(page);
      await p.locator('#int-var-0-value').waitFor({ timeout: 12_000 });
      await pollModel(p, (m) => m.url, url, 10_000);
    });
  });
});

/* ================================================================================================================= */
/* The user wins                                                                                                     */
/* ================================================================================================================= */

describe('the user wins', () => {
  /** An editor whose page is still loading (a slow script after the form holds the parser) for `delay` ms. */
  async function slowLoadingEditor(delay: number): Promise<string> {
    const page = address('https://app.uptrends.com', '/Alerting/Integrations/Edit');
    const slow = `${page}-slow.js`;
    const wire = `window.model = { url: '', name: '' };
for (const [id, key] of [['int-var-0-value', 'url'], ['int-name', 'name']]) for (const ev of ['input', 'change']) document.getElementById(id).addEventListener(ev, (e) => { window.model[key] = e.target.value; });`;
    await browser.context.route(slow, async (route) => {
      await sleep(delay);
      await route.fulfill({ status: 200, contentType: 'text/javascript', body: 'window.slowLoaded = true;' });
    });
    await serve(
      browser,
      page,
      doc(
        'Uptrends - Integrations',
        `${UPTRENDS_CHROME}<main id="main"><h1>New integration</h1>${editorForm()}</main><script>${wire}</script><script src="${slow}"></script><p>Footer</p>`,
      ),
    );
    return page;
  }

  it('H3-13 the user types a URL of their own and a name while the editor page is still loading: both are kept; an editor where the user typed only the name while loading gets the URL and keeps the name', async () => {
    const url = await freshCapture();
    const mine = 'https://hooks.example.net/incoming/alertops-relay';
    const first = await slowLoadingEditor(4000);
    await withPage(async (p) => {
      await p.goto(first, { waitUntil: 'commit' });
      await p.locator('#int-var-0-value').waitFor();
      await p.locator('#int-name').fill('Paging, by hand');
      await p.locator('#int-var-0-value').fill(mine);
      expect(await p.evaluate(() => (window as PageModel).slowLoaded ?? false)).toBe(false);
      await p.waitForFunction(() => (window as PageModel).slowLoaded === true, null, { timeout: 10_000 });
      await sleep(3000);
      expect(await visibleFields(p)).toEqual({ name: 'Paging, by hand', url: mine });
      expect(await pageModel(p)).toEqual({ name: 'Paging, by hand', url: mine });
    });
    const second = await slowLoadingEditor(4000);
    await withPage(async (p) => {
      await p.goto(second, { waitUntil: 'commit' });
      await p.locator('#int-name').waitFor();
      await p.locator('#int-name').fill('Paging, by hand');
      await p.waitForFunction(() => (window as PageModel).slowLoaded === true, null, { timeout: 10_000 });
      await pollModel(p, (m) => m, { name: 'Paging, by hand', url });
      expect(await visibleFields(p)).toEqual({ name: 'Paging, by hand', url });
    });
  });

  it("H3-14 the user empties the filled URL field, then the page re-renders the whole form (draft autosave): the field stays empty (ambiguous; safer: the user's clearing stands)", async () => {
    const url = await freshCapture();
    const page = address('https://app.uptrends.com', '/Alerting/Integrations/Edit');
    const extra = `window.autosave = () => setTimeout(render, 800);`;
    await serve(
      browser,
      `${page}*`,
      editorPage(
        '<div id="host"></div>',
        frameworkEditor({ onUpdate: 'if (window.autosave && !model.url) autosave();', extra }),
      ),
    );
    await withPage(async (p) => {
      await p.goto(page);
      await pollModel(p, (m) => m.url, url);
      await sleep(1000);
      const field = p.locator('#int-var-0-value');
      await field.click();
      await p.keyboard.press('ControlOrMeta+a');
      await p.keyboard.press('Backspace');
      await pollModel(p, (m) => m.url, '', 3000);
      const rendersBefore = (await pageModel(p)).renders;
      await p.waitForFunction((n) => (window as PageModel).model.renders > n, rendersBefore, { timeout: 5000 });
      await sleep(3000);
      expect(await visibleFields(p).then((f) => f.url)).toBe('');
      expect((await pageModel(p)).url).toBe('');
    });
  });
});

/* ================================================================================================================= */
/* Escalation levels that re-render                                                                                  */
/* ================================================================================================================= */

describe('escalation levels that re-render', () => {
  it('H3-15 escalation level whose integration list is thrown away and re-rendered after every change: AlertOps prod ends ticked in the model and on screen, ticked at most twice, nothing else changed', async () => {
    await freshCapture();
    const page = address('https://app.uptrends.com', '/Alerting/AlertDefinitions/Edit');
    await serve(browser, `${page}*`, levelsPage({ onChange: 'queueMicrotask(render);' }));
    await withPage(async (p) => {
      await p.goto(page);
      await pollModel(p, (m) => m.levels[1]['AlertOps prod'], true);
      await sleep(4000);
      const model = await pageModel(p);
      expect({ ticks: model.ticks <= 2, unticks: model.unticks, level1: model.levels[1] }).toEqual({
        ticks: true,
        unticks: 0,
        level1: { 'E-mail': true, SMS: false, Phone: false, 'Slack ops': false, 'AlertOps prod': true },
      });
      expect(await alertOpsBoxChecked(p)).toBe(true);
    });
  });

  it('H3-16 escalation level whose script unticks AlertOps prod 50 ms after any tick ("not allowed on this plan"): the extension does not fight it (at most 3 ticks in 6 s) and the page keeps answering', async () => {
    await freshCapture();
    const page = address('https://app.uptrends.com', '/Alerting/AlertDefinitions/Edit');
    const onChange = `if (name === 'AlertOps prod' && checked) setTimeout(() => { model.levels[level][name] = false; render(); }, 50);`;
    await serve(browser, `${page}*`, levelsPage({ onChange }));
    await withPage(async (p) => {
      await p.goto(page);
      await pollModel(p, (m) => m.ticks >= 1, true);
      for (let i = 0; i < 6; i++) {
        await p.mouse.move(200 + i * 7, 300);
        await p.getByRole('heading', { name: 'Website down' }).click();
        await sleep(1000);
      }
      const model = await pageModel(p);
      expect({ ticks: model.ticks, atMost3: model.ticks <= 3 }).toEqual({ ticks: model.ticks, atMost3: true });
      expect(await answersWithin(p, 1500)).toBeLessThan(1500);
    });
  });

  it('H3-17 the user unticks AlertOps prod after the extension ticked it, and the page re-renders the list every 500 ms: it is never ticked again', async () => {
    await freshCapture();
    const page = address('https://app.uptrends.com', '/Alerting/AlertDefinitions/Edit');
    await serve(browser, `${page}*`, levelsPage({ extra: 'setInterval(render, 500);' }));
    await withPage(async (p) => {
      await p.goto(page);
      await pollModel(p, (m) => m.levels[1]['AlertOps prod'], true);
      await sleep(800);
      await p.getByLabel('AlertOps prod', { exact: true }).uncheck();
      await pollModel(p, (m) => m.levels[1]['AlertOps prod'], false, 3000);
      const ticksBefore = (await pageModel(p)).ticks;
      await sleep(5000);
      const model = await pageModel(p);
      expect({ checked: model.levels[1]['AlertOps prod'], newTicks: model.ticks - ticksBefore }).toEqual({
        checked: false,
        newTicks: 0,
      });
      expect(await alertOpsBoxChecked(p)).toBe(false);
    });
  });

  it('H3-18 the user unticks AlertOps prod on level 1, opens level 2, then comes back to level 1 (the panel is rendered anew each time): level 1 stays unticked', async () => {
    await freshCapture();
    const page = address('https://app.uptrends.com', '/Alerting/AlertDefinitions/Edit');
    await serve(browser, `${page}*`, levelsPage());
    await withPage(async (p) => {
      await p.goto(page);
      await pollModel(p, (m) => m.levels[1]['AlertOps prod'], true);
      await sleep(800);
      await p.getByLabel('AlertOps prod', { exact: true }).uncheck();
      await pollModel(p, (m) => m.levels[1]['AlertOps prod'], false, 3000);
      await p.getByRole('tab', { name: 'Escalation level 2' }).click();
      await sleep(2000);
      await p.getByRole('tab', { name: 'Escalation level 1' }).click();
      await sleep(3000);
      expect((await pageModel(p)).levels[1]['AlertOps prod']).toBe(false);
      expect(await alertOpsBoxChecked(p)).toBe(false);
    });
  });
});

/* ================================================================================================================= */
/* AlertOps pages that are slow, animated or change route                                                            */
/* ================================================================================================================= */

describe('AlertOps pages that are slow, animated or change route', () => {
  it('H3-19 saved integration whose "Endpoint URL" readonly field is already on the page, empty, and gets its value (property only, no attribute) when a 2.5 s request answers, as a spinner goes away: the URL is stored once', async () => {
    await clearLocalStorage(browser);
    const url = validUrl('Uptrends');
    const page = address('https://app.alertops.com', '/configurations/integrations/inbound/api');
    const api = `${page}-api.json`;
    await browser.context.route(api, async (route) => {
      await sleep(2500);
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ endpointUrl: url }) });
    });
    const body = `<main><h1>Uptrends</h1><div id="spin" class="spinner" role="progressbar" aria-label="Saving">Saving…</div>
<div class="field"><label for="endpoint">Endpoint URL</label> <input id="endpoint" type="text" readonly> <button type="button">Copy</button></div>
<h2>Basic Settings</h2><label for="iname">Integration Name</label> <input id="iname" type="text" value="Uptrends"></main>`;
    const script = `fetch(${JSON.stringify(api)}).then((r) => r.json()).then((j) => { document.getElementById('endpoint').value = j.endpointUrl; document.getElementById('spin').hidden = true; });`;
    await serve(browser, page, doc('AlertOps', body, script));
    await withPage(async (p) => {
      await p.goto(page);
      await waitForStoredCapture(browser, url, 12_000);
      await sleep(1500);
      expect(await storedWithKey(keyOf(url))).toEqual([url]);
    });
  });

  it('H3-20 single-page app that shows three saved integrations one after another (pushState, main replaced, no reload): each URL is stored once, under its own name', async () => {
    await clearLocalStorage(browser);
    const items = [
      { id: 71001, name: 'Uptrends prod', url: validUrl('Uptrends') },
      { id: 71002, name: 'Uptrends staging', url: validUrl('Uptrends') },
      { id: 71003, name: 'Uptrends EU', url: validUrl('Uptrends') },
    ];
    const page = address('https://app.alertops.com', '/configurations/integrations/inbound/api');
    const script = `
const ITEMS = ${JSON.stringify(items)};
const show = (i) => {
  const item = ITEMS[i];
  history.pushState({}, '', '/configurations/integrations/inbound/api/' + item.id);
  const main = document.createElement('main');
  main.innerHTML = '<h1></h1><div class="endpoint"><span>API URL</span> <span class="url"></span> <button type="button">Copy</button></div>';
  main.querySelector('h1').textContent = item.name;
  main.querySelector('.url').textContent = item.url;
  document.querySelector('main').replaceWith(main);
};
window.show = show;`;
    await serve(
      browser,
      `${page}*`,
      doc('AlertOps', '<nav>Configurations</nav><main><h1>Integrations</h1><p>Loading…</p></main>', script),
    );
    await withPage(async (p) => {
      await p.goto(page);
      for (const [i, item] of items.entries()) {
        await sleep(400);
        await p.evaluate((n) => (window as PageModel).show(n), i);
        await waitForStoredCapture(browser, item.url);
      }
      await sleep(1500);
    });
    const captures = await storedCaptures(browser);
    for (const item of items) {
      const mine = captures.filter((c) => c.url.includes(keyOf(item.url)));
      expect(mine.map((c) => ({ url: c.url, name: c.integrationName }))).toEqual([{ url: item.url, name: item.name }]);
    }
  });

  it('H3-21 saved integration whose URL is typed out character by character (a typewriter animation, 20 ms a character): only the complete URL is stored, no prefix of it', async () => {
    await clearLocalStorage(browser);
    const url = validUrl('Uptrends');
    const page = address('https://app.alertops.com', '/configurations/integrations/inbound/api');
    const script = `
const target = document.querySelector('.url');
const URL_ = ${JSON.stringify(url)};
let i = 0;
setTimeout(function type() { i++; target.textContent = URL_.slice(0, i); if (i < URL_.length) setTimeout(type, 20); else window.typed = true; }, 500);`;
    await serve(
      browser,
      `${page}*`,
      doc(
        'AlertOps',
        '<main><h1>Uptrends</h1><div class="endpoint"><span>API URL</span> <span class="url"></span> <button type="button">Copy</button></div></main>',
        script,
      ),
    );
    await withPage(async (p) => {
      await p.goto(page);
      await p.waitForFunction(() => (window as PageModel).typed === true, null, { timeout: 10_000 });
      await waitForStoredCapture(browser, url);
      await sleep(1500);
    });
    expect(await storedWithKey(keyOf(url))).toEqual([url]);
  });
});

describe('a regenerated key', () => {
  it('H3-22 saved integration page where the user clicks "Regenerate key" (the endpoint text is replaced in place by a URL with a new key): the Uptrends editor opened next gets the new URL, never the revoked one', async () => {
    await clearLocalStorage(browser);
    const old = validUrl('Uptrends');
    const fresh = validUrl('Uptrends');
    const page = address('https://app.alertops.com', '/configurations/integrations/inbound/api');
    const body = `<main><h1>Uptrends</h1><div class="endpoint"><span>API URL</span> <span class="url">${escapeHtml(old)}</span> <button type="button">Copy</button> <button type="button" id="regen">Regenerate key</button></div></main>`;
    const script = `document.getElementById('regen').addEventListener('click', () => { setTimeout(() => { document.querySelector('.url').textContent = ${JSON.stringify(fresh)}; }, 300); });`;
    await serve(browser, `${page}*`, doc('AlertOps', body, script));
    await withPage(async (p) => {
      await p.goto(page);
      await waitForStoredCapture(browser, old);
      await sleep(1000);
      await p.getByRole('button', { name: 'Regenerate key' }).click();
      await waitForStoredCapture(browser, fresh);
    });
    const editor = address('https://app.uptrends.com', '/Alerting/Integrations/Edit');
    await serve(
      browser,
      `${editor}*`,
      editorPage(
        editorForm(),
        `window.model = { url: '' }; document.getElementById('int-var-0-value').addEventListener('input', (e) => { window.model.url = e.target.value; });`,
      ),
    );
    await withPage(async (p) => {
      await p.goto(editor);
      await pollModel(p, (m) => m.url, fresh);
    });
  });
});

describe('logs', () => {
  it('H3-99 no key shown by any page of this file appears in a console line of a page or the worker', () => {
    const keys = issuedKeys();
    expect(keys.length).toBeGreaterThan(10);
    expect(browser.logs.filter((line) => keys.some((key) => line.includes(key)))).toEqual([]);
  });
});
