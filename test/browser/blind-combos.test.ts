/**
 * Blind acceptance tests, theme "COMBINATIONS" (C01–C20): each rendering varies several dimensions at once, the way an
 * acceptance suite would combine them. Language (EN, NL, DE, FR) × framework style (React-like controlled inputs that
 * replace every node on each change, Knockout/Vue model bindings, Angular reactive forms that commit on blur, plain
 * server-rendered HTML with real form posts) × timing (slow documents, editors after an SPA route change, tab content
 * rendered only when its tab is opened, levels re-rendered after each tick) × journey (capture on an AlertOps rendering,
 * fill on Uptrends, tick on the escalation levels; switching between editors and definitions without a reload; a value
 * the user typed; two AlertOps integrations beside Slack and e-mail; a box already ticked). Written from domain.md, the
 * Uptrends KB and the README's promises, without reading the extension's source. Pages are served on the consoles'
 * real host names; assertions read what the user sees, the page's own model, and what the page's Save really sends
 * (the test clicks Save like a user).
 */
import type { Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../rig/server.ts';
import {
  type ExtensionBrowser,
  launchWithExtension,
  type PageModel,
  pageModel,
  type StoredCapture,
  waitForStoredCapture,
  withPage as withBrowserPage,
} from './chromium.ts';
import {
  clearLocalStorage,
  escapeHtml,
  issuedKeys,
  NOTICE,
  newKey,
  setSyncSettings,
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

/** Routes registered by the current test, removed after it so each rendering owns its addresses. */
const disposers: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const dispose of disposers.splice(0)) await dispose().catch(() => undefined);
});

function withPage<T>(run: (page: Page) => Promise<T>): Promise<T> {
  return withBrowserPage(browser, run);
}

type AnyModel = PageModel;
const model = pageModel;

function doc(lang: string, title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>[hidden],.hidden{display:none!important} .err{color:#b00}
[role=dialog]{position:fixed;top:80px;left:30%;background:#fff;border:1px solid #888;padding:16px;z-index:10}
.toast{position:fixed;bottom:12px;left:12px;background:#333;color:#fff;padding:6px 10px}
nav.sidebar{float:left;width:180px} main,#app{margin-left:200px}</style></head>
<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

type Html = string | ((url: URL) => string);

/** Serves `html` at `glob` (a page load), after `delayMs` (a slow server), for this test only. */
async function serveAt(glob: string, html: Html, delayMs = 0): Promise<void> {
  const handler = async (route: Route) => {
    if (route.request().method() !== 'GET') return route.fallback();
    if (delayMs) await sleep(delayMs);
    const body = typeof html === 'string' ? html : html(new URL(route.request().url()));
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }).catch(() => undefined);
  };
  await browser.context.route(glob, handler);
  disposers.push(() => browser.context.unroute(glob, handler));
}

/** Records the form posts a server-rendered page sends to `glob` (raw urlencoded body) and answers with `reply`. */
async function recordFormPosts(glob: string, reply: (body: URLSearchParams) => string): Promise<URLSearchParams[]> {
  const seen: URLSearchParams[] = [];
  const handler = async (route: Route) => {
    const request = route.request();
    if (request.method() !== 'POST') return route.fallback();
    const body = new URLSearchParams(request.postData() ?? '');
    seen.push(body);
    await route
      .fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: reply(body) })
      .catch(() => undefined);
  };
  await browser.context.route(glob, handler);
  disposers.push(() => browser.context.unroute(glob, handler));
  return seen;
}

/** The JSON a page's Save posted to the console's /api/ (recorded by the rig) since `since`. */
async function postedTo(path: string, since: number, timeout = 10_000): Promise<RecordedRequest> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const hit = browser.server.requests.slice(since).find((r) => r.host === 'app.uptrends.com' && r.path === path);
    if (hit) return hit;
    await sleep(50);
  }
  throw new Error(`the page's Save sent nothing to ${path}`);
}

function requestCount(): number {
  return browser.server.requests.length;
}

async function waitForFormPost(seen: URLSearchParams[], count: number, timeout = 10_000): Promise<URLSearchParams> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const hit = seen[count - 1];
    if (hit) return hit;
    await sleep(50);
  }
  throw new Error(`the form was not posted (${seen.length} posts seen, ${count} expected)`);
}

function waitForCapture(url: string, timeout = 15_000): Promise<StoredCapture> {
  return waitForStoredCapture(browser, url, timeout);
}

/** What the user would see when a wait fails: fields, boxes with their row text, the page's model, the notice. */
async function explain(page: Page, name = 'model'): Promise<string> {
  const seen = await page
    .evaluate((n) => {
      const rowText = (el: Element) =>
        (el.closest('tr,.form-check,.check,label,li,div')?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return {
        fields: Array.from(
          document.querySelectorAll('input:not([type=checkbox]):not([type=radio]),select,textarea'),
        ).map((f) => `${(f as HTMLInputElement).id || (f as HTMLInputElement).name}=${(f as HTMLInputElement).value}`),
        boxes: Array.from(document.querySelectorAll('input[type=checkbox],[role=checkbox]')).map(
          (b) =>
            `${((b as HTMLInputElement).checked ?? b.getAttribute('aria-checked') === 'true') ? '[x]' : '[ ]'} ${rowText(b)}`,
        ),
        model: (window as AnyModel)[n],
        toggles: (window as AnyModel).toggles,
        saveClicks: (window as AnyModel).saveClicks,
      };
    }, name)
    .catch((error: Error) => ({ unreadable: error.message }));
  return `${JSON.stringify(seen)}\nnotice: ${JSON.stringify(await noticeText(page).catch(() => '?'))}`;
}

function pollModel(
  page: Page,
  read: (m: AnyModel) => unknown,
  expected: unknown,
  name = 'model',
  timeout = 15_000,
): Promise<void> {
  return pollPageModel(page, read, expected, { explain, timeout, name });
}

async function pollNotice(page: Page, pattern: RegExp, name = 'model', timeout = 15_000): Promise<void> {
  try {
    await expect.poll(() => noticeText(page), { timeout }).toMatch(pattern);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${await explain(page, name)}`);
  }
}

/** Clicks a button of the extension's in-page notice, with what the page showed if there is none. */
async function clickNoticeButton(page: Page, name: string | RegExp, modelName = 'model', timeout = 15_000) {
  const button = page.locator(NOTICE).getByRole('button', { name }).first();
  try {
    await button.waitFor({ timeout });
  } catch (error) {
    throw new Error(
      `no "${String(name)}" button in the notice: ${(error as Error).message}\n${await explain(page, modelName)}`,
    );
  }
  await button.click();
}

const NOT_ACTIVE = /not active|inactive|niet actief|nicht aktiv|pas actif|inactif/i;

/**
 * Page-side helpers shared by the Uptrends renderings: escaping, a Save counter (clicks on a button whose text is
 * Save in any of the four languages), JSON posts to the console's /api/ (recorded by the rig) and a status toast.
 */
const PAGE_LIB = `
const esc = (s) => String(s == null ? '' : s).replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;').replace(/"/g,'&quot;');
window.saveClicks = 0;
document.addEventListener('click', (e) => {
  const b = e.target && e.target.closest ? e.target.closest('button') : null;
  if (b && ['Save', 'Opslaan', 'Speichern', 'Enregistrer'].indexOf(b.textContent.trim()) >= 0) window.saveClicks++;
}, true);
function postJson(path, body) {
  return fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
}
function toast(text) {
  const s = document.createElement('div'); s.setAttribute('role', 'status'); s.className = 'toast'; s.textContent = text;
  document.body.append(s); setTimeout(() => s.remove(), 1500);
}`;

/**
 * React-like rendering: \`mount(container, view, wire)\` gives a \`commit()\` that replaces every node of the container
 * with new ones from the state (focus and caret restored by id, as a keyed re-render would keep them), then wires
 * the new nodes. \`controlled(el, get, set)\` is a controlled input with React's value tracker: a value set through
 * the element's own \`value\` property is remembered and not reported as a change; the native setter and an
 * input/change event are reported.
 */
const REACT_LIB = `
function mount(container, view, wire) {
  return function commit() {
    const active = document.activeElement;
    const id = active && container.contains(active) ? active.id : '';
    let sel = null;
    if (id && active.tagName === 'INPUT' && active.type === 'text') sel = [active.selectionStart, active.selectionEnd];
    container.innerHTML = view();
    wire(container);
    if (id) { const el = document.getElementById(id); if (el) { el.focus(); if (sel) { try { el.setSelectionRange(sel[0], sel[1]); } catch (e) {} } } }
  };
}
function controlled(el, get, set) {
  const desc = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value');
  let tracked = '';
  Object.defineProperty(el, 'value', { configurable: true, get() { return desc.get.call(this); }, set(v) { tracked = String(v); desc.set.call(this, v); } });
  el.value = get();
  const heard = () => { const v = desc.get.call(el); if (v === tracked) return; tracked = v; set(v); };
  el.addEventListener('input', heard);
  el.addEventListener('change', heard);
}`;

/** Knockout-like observables (notify on change only) and the "value" binding (model updated on the given events). */
const KO_LIB = `
function observable(v) {
  const subs = [];
  const f = function (nv) { if (arguments.length) { if (nv !== v) { v = nv; subs.slice().forEach((s) => s(v)); } return; } return v; };
  f.subscribe = (s) => subs.push(s);
  return f;
}
function computed(read, deps) { const c = observable(read()); deps.forEach((d) => d.subscribe(() => c(read()))); return c; }
function bindValue(el, obs, events) {
  el.value = obs();
  events.forEach((ev) => el.addEventListener(ev, () => obs(el.value)));
  obs.subscribe((v) => { if (el.value !== v) el.value = v; });
}
function bindChecked(el, obs) {
  // Knockout's "checked" binding listens to "click" only (ko.utils.registerEventHandler(element, 'click', updateModel)).
  el.checked = obs();
  el.addEventListener('click', () => obs(el.checked));
  obs.subscribe((v) => { if (el.checked !== v) el.checked = v; });
}`;

/** A saved AlertOps integration showing its URL (for renderings whose subject is Uptrends): stored before going on. */
async function captureFresh(id: number, name = 'Uptrends'): Promise<string> {
  const url = validUrl('Uptrends');
  await serveAt(
    `https://app.alertops.com/integrations/inbound/api/edit/${id}*`,
    doc(
      'en',
      'AlertOps',
      `<main><h1>${escapeHtml(name)}</h1><section class="integration-detail"><div class="endpoint"><span class="label">API URL</span>
<span class="value">${url}</span> <button type="button">Copy</button></div><p>Template: Uptrends</p></section></main>`,
    ),
  );
  await withPage(async (page) => {
    await page.goto(`https://app.alertops.com/integrations/inbound/api/edit/${id}`);
    await waitForCapture(url);
  });
  return url;
}

/* ================================================================================================================= */
/* C01 EN: the whole journey, React-like on both consoles, every step after an SPA route change                        */
/* ================================================================================================================= */

/** AlertOps, current UI, React-like: Basic Settings → Submit → pushState → skeleton → saved view re-rendered every 400 ms. */
function alertOpsReactPage(url: string, id: number): string {
  const script = `${PAGE_LIB}${REACT_LIB}
const URL_ = ${JSON.stringify(url)};
const root = document.getElementById('root');
const state = { view: 'form', name: 'Uptrends', policy: 'Primary on-call', groups: [], busy: false, error: '' };
function setState(patch) { Object.assign(state, patch); commit(); }
function view() {
  if (state.view === 'form') return '<nav aria-label="Breadcrumb">Configurations / Integrations / Inbound Integrations / API</nav>' +
    '<h1>Add API Integration</h1><p>Template: <strong>Uptrends</strong></p><section aria-labelledby="bs"><h2 id="bs">Basic Settings</h2>' +
    '<div class="row"><div id="lbl-name">Integration Name</div><input id="in-name" type="text" aria-labelledby="lbl-name"></div>' +
    '<div class="row"><select id="in-policy" aria-label="Escalation Policy"><option>Primary on-call</option><option>Business hours</option></select></div>' +
    '<fieldset><legend>Recipient Groups</legend><label><input type="checkbox" id="g-noc" value="NOC"' + (state.groups.indexOf('NOC') >= 0 ? ' checked' : '') + '> NOC</label> ' +
    '<label><input type="checkbox" id="g-web" value="Web team"' + (state.groups.indexOf('Web team') >= 0 ? ' checked' : '') + '> Web team</label></fieldset>' +
    '<p class="err" role="alert">' + esc(state.error) + '</p>' +
    '<button type="button" id="submit"' + (state.busy ? ' disabled' : '') + '>' + (state.busy ? 'Submitting…' : 'Submit') + '</button></section>';
  if (state.view === 'loading') return '<div class="skeleton" aria-busy="true">Loading…</div>';
  return '<header class="integration-header"><h1>' + esc(state.name) + '</h1>' +
    '<div class="endpoint"><label for="ep">Endpoint URL</label> <input id="ep" type="text" readonly size="90"> ' +
    '<button type="button" id="copy" data-clipboard-text="' + esc(URL_) + '">Copy</button></div></header>' +
    '<section><h2>Basic Settings</h2><dl><dt>Template</dt><dd>Uptrends</dd><dt>Escalation Policy</dt><dd>' + esc(state.policy) +
    '</dd><dt>Recipient Groups</dt><dd>' + esc(state.groups.join(', ')) + '</dd></dl></section>';
}
function wire(c) {
  if (state.view === 'form') {
    controlled(c.querySelector('#in-name'), () => state.name, (v) => setState({ name: v }));
    c.querySelector('#in-policy').value = state.policy;
    c.querySelector('#in-policy').addEventListener('change', (e) => setState({ policy: e.target.value }));
    for (const box of c.querySelectorAll('fieldset input')) box.addEventListener('change', () => {
      const g = state.groups.filter((x) => x !== box.value); if (box.checked) g.push(box.value); setState({ groups: g });
    });
    c.querySelector('#submit').addEventListener('click', () => {
      if (!state.groups.length) return setState({ error: 'Select at least one recipient group.' });
      setState({ busy: true, error: '' });
      setTimeout(() => {
        history.pushState({}, '', '/configurations/integrations/inbound/api/${id}');
        setState({ view: 'loading' });
        setTimeout(() => { setState({ view: 'saved' }); setInterval(commit, 400); }, 700);
      }, 1200);
    });
  } else if (state.view === 'saved') {
    c.querySelector('#ep').value = URL_;
    c.querySelector('#copy').addEventListener('click', () => navigator.clipboard.writeText(URL_).catch(() => {}));
  }
}
const commit = mount(root, view, wire);
commit();`;
  return doc('en', 'AlertOps', '<div id="root"></div>', script);
}

/** Uptrends EN, React-like single-page app: integrations (list, type dialog, editor) and alert definitions. */
function uptrendsReactSpa(): string {
  const script = `${PAGE_LIB}${REACT_LIB}
const db = window.db = { integrations: [{ name: 'E-mail', type: 'E-mail' }, { name: 'SMS', type: 'SMS' }, { name: 'Phone', type: 'Phone' }, { name: 'Slack #ops', type: 'Slack' }] };
window.editor = null; window.definition = null; window.toggles = [];
const app = document.getElementById('app');
let screen = 'blank', tab = 0, panelReady = true, token = 0;
function go(path) { history.pushState({}, '', path); route(); }
document.addEventListener('click', (e) => {
  const a = e.target.closest && e.target.closest('a[data-route]');
  if (a) { e.preventDefault(); go(a.getAttribute('href')); }
});
window.addEventListener('popstate', route);
function later(ms, fn) { const t = ++token; setTimeout(() => { if (t === token) fn(); }, ms); }
function route() {
  const p = location.pathname;
  token++;
  if (p === '/Alerting/Integrations') { screen = 'list'; return commit(); }
  if (p === '/Alerting/Integrations/New') {
    screen = 'loading'; commit();
    return later(600, () => { window.editor = { name: '', type: window.pickedType, vars: { ApiUrl: { mode: 'here', value: '' } }, error: '' }; screen = 'editor'; commit(); });
  }
  if (p === '/Alerting/AlertDefinitions') { screen = 'defs'; return commit(); }
  if (p.indexOf('/Alerting/AlertDefinitions/Edit/') === 0) {
    screen = 'loading'; commit();
    return later(700, () => {
      if (!window.definition) window.definition = { name: 'Default alert definition', levels: [1, 2, 3].map((n) => ({ level: n, active: n < 3,
        on: Object.fromEntries(db.integrations.map((i) => [i.name, n === 1 && i.name === 'E-mail'])) })) };
      tab = 0; panelReady = true; screen = 'definition'; commit();
    });
  }
  screen = 'blank'; commit();
}
function view() {
  if (screen === 'loading') return '<div role="progressbar" aria-label="Loading"></div><p>Loading...</p>';
  if (screen === 'list') return '<h1>Integrations</h1><div class="toolbar"><button type="button" id="add">Add integration</button></div>' +
    '<table><thead><tr><th>Name</th><th>Type</th></tr></thead><tbody>' +
    db.integrations.map((i) => '<tr><td>' + esc(i.name) + '</td><td>' + esc(i.type) + '</td></tr>').join('') + '</tbody></table>';
  if (screen === 'editor') {
    const m = window.editor, v = m.vars.ApiUrl;
    return '<h1>New integration</h1><form id="form" novalidate onsubmit="return false">' +
      '<div class="form-group"><label for="int-name">Integration name</label> <input id="int-name" type="text" maxlength="100"></div>' +
      '<div class="form-group"><label for="int-type">Integration type</label> <input id="int-type" type="text" disabled></div>' +
      '<h3>Predefined variables</h3><table class="variables"><thead><tr><th>Variable</th><th></th><th>Value</th></tr></thead><tbody><tr>' +
      '<td id="var-0">ApiUrl</td><td><select id="var-0-mode" aria-labelledby="var-0"><option value="here">Specify value here</option>' +
      '<option value="level">Specify value in escalation level</option></select></td><td>' +
      (v.mode === 'here' ? '<input type="text" id="var-0-value" aria-labelledby="var-0" size="80">' : '<em>Specify value in escalation level</em>') +
      '</td></tr></tbody></table><p class="err" role="alert">' + esc(m.error) + '</p>' +
      '<button type="button" id="save">Save</button> <button type="button" id="test">Send test alert</button> <button type="button" id="cancel">Cancel</button></form>';
  }
  if (screen === 'defs') return '<h1>Alert definitions</h1><table><tbody><tr><td><a href="/Alerting/AlertDefinitions/Edit/7" data-route>Default alert definition</a></td>' +
    '<td>12 monitors</td></tr><tr><td><a href="/Alerting/AlertDefinitions/Edit/8" data-route>Night shift</a></td><td>3 monitors</td></tr></tbody></table>';
  if (screen === 'definition') {
    const d = window.definition;
    const tabs = ['Main'].concat(d.levels.map((l) => 'Escalation level ' + l.level));
    let panel;
    if (!panelReady) panel = '<p>Loading...</p>';
    else if (tab === 0) panel = '<label for="def-name">Name</label> <input id="def-name" type="text" value="' + esc(d.name) + '"><p>12 monitors</p>';
    else {
      const l = d.levels[tab - 1], names = Object.keys(l.on);
      panel = '<div class="form-check"><input type="checkbox" id="lvl-active"' + (l.active ? ' checked' : '') + '> <label for="lvl-active">Active</label></div>' +
        '<h4>Alerting by integrations</h4><div class="integrations">' + names.map((x, j) => '<div class="form-check"><input type="checkbox" id="lvl-' + l.level + '-i' + j +
        '" data-i="' + esc(x) + '"' + (l.on[x] ? ' checked' : '') + '> <label for="lvl-' + l.level + '-i' + j + '">' + esc(x) + '</label></div>').join('') + '</div>';
    }
    return '<h1>' + esc(d.name) + '</h1><div role="tablist">' + tabs.map((x, i) => '<button type="button" role="tab" id="tab-' + i + '" aria-controls="panel" aria-selected="' +
      (i === tab) + '" data-tab="' + i + '">' + esc(x) + '</button>').join('') + '</div><div role="tabpanel" id="panel" aria-labelledby="tab-' + tab + '">' + panel + '</div>' +
      '<button type="button" id="save-def">Save</button>';
  }
  return '<h1>Dashboard</h1>';
}
function wire(c) {
  if (screen === 'list') c.querySelector('#add').addEventListener('click', openTypes);
  if (screen === 'editor') {
    const m = window.editor, v = m.vars.ApiUrl;
    controlled(c.querySelector('#int-name'), () => m.name, (x) => { m.name = x; commit(); });
    c.querySelector('#int-type').value = m.type;
    controlled(c.querySelector('#var-0-mode'), () => v.mode, (x) => { v.mode = x; commit(); });
    const value = c.querySelector('#var-0-value');
    if (value) controlled(value, () => v.value, (x) => { v.value = x; commit(); });
    c.querySelector('#cancel').addEventListener('click', () => { window.editor = null; go('/Alerting/Integrations'); });
    c.querySelector('#save').addEventListener('click', () => {
      if (!m.name.trim()) { m.error = 'The name is required.'; return commit(); }
      if (v.mode === 'here' && v.value.indexOf('https://') !== 0) { m.error = 'ApiUrl needs a value.'; return commit(); }
      postJson('/api/integrations', { name: m.name, type: m.type, variables: { ApiUrl: { mode: v.mode, value: v.value } } }).then(() => {
        db.integrations.push({ name: m.name, type: m.type }); window.editor = null; toast('Saved'); go('/Alerting/Integrations');
      });
    });
  }
  if (screen === 'definition') {
    const d = window.definition;
    for (const t of c.querySelectorAll('[role=tab]')) t.addEventListener('click', () => {
      tab = Number(t.dataset.tab); panelReady = false; commit(); later(300, () => { panelReady = true; commit(); });
    });
    if (tab > 0 && panelReady) {
      const l = d.levels[tab - 1];
      c.querySelector('#lvl-active').addEventListener('change', (e) => { l.active = e.target.checked; commit(); });
      for (const box of c.querySelectorAll('input[data-i]')) box.addEventListener('change', () => {
        l.on[box.dataset.i] = box.checked; window.toggles.push(l.level + ':' + box.dataset.i); commit();
      });
    }
    c.querySelector('#save-def').addEventListener('click', () => {
      postJson('/api/alertdefinitions/7', { levels: d.levels.map((l) => ({ level: l.level, active: l.active,
        integrations: Object.keys(l.on).filter((n) => l.on[n]) })) }).then(() => toast('Saved'));
    });
  }
}
function openTypes() {
  const d = document.createElement('div');
  d.setAttribute('role', 'dialog'); d.setAttribute('aria-modal', 'true'); d.setAttribute('aria-labelledby', 'dlg-t');
  d.innerHTML = '<h2 id="dlg-t">Add integration</h2>' + ['Slack', 'Microsoft Teams', 'PagerDuty', 'AlertOps', 'Webhook'].map((t) =>
    '<label><input type="radio" name="itype" value="' + t + '"> ' + t + '</label><br>').join('') +
    '<button type="button" id="dlg-choose">Choose</button> <button type="button" id="dlg-cancel">Cancel</button>';
  document.body.append(d);
  d.querySelector('#dlg-cancel').onclick = () => d.remove();
  d.querySelector('#dlg-choose').onclick = () => {
    const p = d.querySelector('input:checked'); if (!p) return;
    d.remove(); window.pickedType = p.value; go('/Alerting/Integrations/New');
  };
}
const commit = mount(app, view, wire);
route();`;
  return doc(
    'en',
    'Uptrends',
    `<header><span class="logo">Uptrends</span></header><nav class="sidebar"><ul><li>Alerting<ul>
<li><a href="/Alerting/Integrations" data-route>Integrations</a></li><li><a href="/Alerting/AlertDefinitions" data-route>Alert definitions</a></li></ul></li></ul></nav>
<main id="app"></main>`,
    script,
  );
}

describe('C01 whole journey, React-like consoles', () => {
  it("C01 EN: AlertOps Submit → pushState → saved view re-rendered every 400 ms; Uptrends React SPA: Add integration → editor after a route change is filled, Save posts the URL; the alert definition's lazy level tabs get AlertOps ticked and Save posts it", async () => {
    const url = validUrl('Uptrends');
    await serveAt(
      'https://app.alertops.com/configurations/integrations/inbound/api/new/Uptrends*',
      alertOpsReactPage(url, 8841),
    );
    await serveAt('https://app.uptrends.com/Alerting/**', uptrendsReactSpa());
    await withPage(async (alertops) => {
      await alertops.goto('https://app.alertops.com/configurations/integrations/inbound/api/new/Uptrends');
      await alertops.getByRole('textbox', { name: 'Integration Name' }).fill('Uptrends production');
      await alertops.getByText('NOC', { exact: true }).click();
      await alertops.getByRole('button', { name: 'Submit' }).click();
      await waitForCapture(url);
    });
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations');
      await page.getByRole('button', { name: 'Add integration' }).click();
      await page.getByRole('dialog').getByLabel('AlertOps', { exact: true }).check();
      await page.getByRole('button', { name: 'Choose', exact: true }).click();
      await pollModel(page, (m) => m?.vars?.ApiUrl?.value, url, 'editor');
      await sleep(1200);
      const editor = await model(page, 'editor');
      expect(editor.vars.ApiUrl.value, 'the URL survived the re-renders').toBe(url);
      expect(await page.getByRole('textbox', { name: 'ApiUrl' }).inputValue()).toBe(url);
      expect(await model(page, 'saveClicks'), 'Save never clicked by the extension').toBe(0);
      const proposed = editor.name as string;
      if (!proposed) await page.getByRole('textbox', { name: 'Integration name' }).fill('AlertOps production');
      const savedName = proposed || 'AlertOps production';

      let since = requestCount();
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      const saved = await postedTo('/api/integrations', since);
      expect(saved.body, "what the editor's Save sent").toEqual({
        name: savedName,
        type: 'AlertOps',
        variables: { ApiUrl: { mode: 'here', value: url } },
      });
      await page.getByRole('cell', { name: savedName, exact: true }).waitFor({ timeout: 10_000 });

      await page.getByRole('link', { name: 'Alert definitions' }).click();
      await page.getByRole('link', { name: 'Default alert definition' }).click();
      await page.getByRole('tab', { name: 'Escalation level 1' }).click();
      await pollModel(page, (d) => d?.levels?.[0]?.on?.[savedName], true, 'definition');
      await page.getByRole('tab', { name: 'Escalation level 2' }).click();
      await pollModel(page, (d) => d?.levels?.[1]?.on?.[savedName], true, 'definition');
      await sleep(1500);
      since = requestCount();
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      const def = await postedTo('/api/alertdefinitions/7', since);
      expect(def.body, "what the definition's Save sent").toEqual({
        levels: [
          { level: 1, active: true, integrations: ['E-mail', savedName] },
          { level: 2, active: true, integrations: [savedName] },
          { level: 3, active: false, integrations: [] },
        ],
      });
      expect(proposed, 'an integration name was proposed (README: "proposes an integration name")').toMatch(/AlertOps/);
    });
  });
});

/* ================================================================================================================= */
/* C02–C04: the fill, combined with a value already there, a blur-committing form, a waiting editor                    */
/* ================================================================================================================= */

describe('C02–C04 fill combinations', () => {
  it('C02 NL Knockout "value" binding (change only) on a slow document whose editor loads 2.5 s later, existing integration holding the user\'s own URL: kept, a "Replace?" prompt; Replace puts the captured URL in the observable and Opslaan posts it', async () => {
    const fresh = await captureFresh(2202);
    const own = validUrl('Uptrends');
    const script = `${PAGE_LIB}${KO_LIB}
const OWN = ${JSON.stringify(own)};
const main = document.querySelector('main');
main.innerHTML = '<p class="loading">Laden...</p>';
window.model = null;
setTimeout(() => {
  const vm = { name: observable('AlertOps nachtdienst'), mode: observable('here'), url: observable(OWN) };
  vm.canSave = computed(() => vm.name().trim() !== '' && vm.url().indexOf('https://') === 0, [vm.name, vm.url]);
  const sync = () => { window.model = { name: vm.name(), mode: vm.mode(), url: vm.url() }; };
  sync(); ['name', 'mode', 'url'].forEach((k) => vm[k].subscribe(sync));
  main.innerHTML = '<h1>Integratie bewerken</h1><form onsubmit="return false">' +
    '<div class="row"><label for="f-name">Integratienaam</label> <input id="f-name" type="text" data-bind="value: name"></div>' +
    '<div class="row"><label for="f-type">Integratietype</label> <input id="f-type" type="text" value="AlertOps" disabled></div>' +
    '<fieldset><legend>Voorgedefinieerde variabelen</legend><table><thead><tr><th>Variabele</th><th></th><th>Waarde</th></tr></thead><tbody><tr>' +
    '<td id="v-l">AlertOpsUrl</td><td><select id="f-mode" aria-labelledby="v-l" data-bind="value: mode"><option value="here">Waarde hier opgeven</option>' +
    '<option value="level">Waarde opgeven in escalatieniveau</option></select></td>' +
    '<td><input id="f-url" type="text" size="80" aria-labelledby="v-l" data-bind="value: url"></td></tr></tbody></table></fieldset>' +
    '<button type="button" id="save" data-bind="enable: canSave">Opslaan</button> <button type="button">Annuleren</button> ' +
    '<button type="button">Testalert versturen</button></form>';
  bindValue(main.querySelector('#f-name'), vm.name, ['change']);
  bindValue(main.querySelector('#f-mode'), vm.mode, ['change']);
  bindValue(main.querySelector('#f-url'), vm.url, ['change']);
  const save = main.querySelector('#save');
  save.disabled = !vm.canSave(); vm.canSave.subscribe((v) => { save.disabled = !v; });
  save.onclick = () => postJson('/api/integraties/31', { name: vm.name(), type: 'AlertOps',
    variables: { AlertOpsUrl: { mode: vm.mode(), value: vm.url() } } }).then(() => toast('Opgeslagen'));
}, 2500);`;
    await serveAt(
      'https://app.uptrends.com/Alerting/Integraties/Bewerken/31*',
      doc('nl', 'Uptrends', '<nav class="sidebar">Alerting &gt; Integraties</nav><main></main>', script),
      1500,
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integraties/Bewerken/31');
      const field = page.getByRole('textbox', { name: 'AlertOpsUrl' });
      await field.waitFor({ timeout: 10_000 });
      await pollNotice(page, /Replace/i);
      await sleep(1000);
      expect(await model(page), 'nothing overwritten before the user answers').toEqual({
        name: 'AlertOps nachtdienst',
        mode: 'here',
        url: own,
      });
      expect(await field.inputValue()).toBe(own);
      await clickNoticeButton(page, /Replace/i);
      await pollModel(page, (m) => m?.url, fresh);
      expect(await field.inputValue()).toBe(fresh);
      expect((await model(page)).name, 'the name the user had is kept').toBe('AlertOps nachtdienst');
      expect(await model(page, 'saveClicks'), 'Save never clicked by the extension').toBe(0);
      const since = requestCount();
      await page.getByRole('button', { name: 'Opslaan' }).click();
      const sent = await postedTo('/api/integraties/31', since);
      expect(sent.body).toEqual({
        name: 'AlertOps nachtdienst',
        type: 'AlertOps',
        variables: { AlertOpsUrl: { mode: 'here', value: fresh } },
      });
    });
  });

  it('C03 DE Angular reactive form (updateOn "blur") reached by pushState; the "Vordefinierte Variablen" tab is rendered only when opened: its field gets the URL, the control is valid and dirty, Speichern posts it', async () => {
    const fresh = await captureFresh(2303);
    const script = `${PAGE_LIB}
class FormControl {
  constructor(value, validators) { this.value = value; this.validators = validators; this.touched = false; this.dirty = false; this.pendingChange = false; this.pendingValue = value; this.validate(); }
  validate() { this.errors = this.validators.map((v) => v(this.value)).filter(Boolean); this.status = this.errors.length ? 'INVALID' : 'VALID'; }
  setValue(v) { this.value = v; this.validate(); }
}
const required = (v) => (String(v).trim() === '' ? 'required' : null);
const alertOpsUrl = (v) => (String(v) === '' || String(v).indexOf('https://notify.alertops.com/') === 0 ? null : 'pattern');
const app = document.getElementById('app');
let form = null, tab = 0;
window.model = null;
function go(path) { history.pushState({}, '', path); route(); }
window.addEventListener('popstate', route);
function route() {
  if (location.pathname === '/Alarmierung/Integrationen') return list();
  if (location.pathname === '/Alarmierung/Integrationen/Neu/AlertOps') { app.innerHTML = '<p>Wird geladen...</p>'; setTimeout(editor, 900); }
}
function list() {
  app.innerHTML = '<h1>Integrationen</h1><button type="button" id="add">Integration hinzufügen</button>' +
    '<table><thead><tr><th>Name</th><th>Typ</th></tr></thead><tbody><tr><td>E-Mail</td><td>E-Mail</td></tr><tr><td>Slack #betrieb</td><td>Slack</td></tr></tbody></table>';
  app.querySelector('#add').onclick = () => {
    const d = document.createElement('div');
    d.setAttribute('role', 'dialog'); d.setAttribute('aria-modal', 'true'); d.setAttribute('aria-labelledby', 'dt');
    d.innerHTML = '<h2 id="dt">Integration hinzufügen</h2><label for="typ-sel">Integrationstyp</label> <select id="typ-sel"><option value="">Bitte wählen</option>' +
      ['Slack', 'Microsoft Teams', 'PagerDuty', 'AlertOps', 'Webhook'].map((t) => '<option>' + t + '</option>').join('') + '</select> ' +
      '<button type="button" id="dlg-ok">Wähle aus</button>';
    document.body.append(d);
    d.querySelector('#dlg-ok').onclick = () => { if (d.querySelector('#typ-sel').value !== 'AlertOps') return; d.remove(); go('/Alarmierung/Integrationen/Neu/AlertOps'); };
  };
}
function editor() {
  form = { name: new FormControl('', [required]), url: new FormControl('', [required, alertOpsUrl]), mode: new FormControl('here', []) };
  tab = 0; render();
}
function general() {
  return '<div class="form-row"><label for="f-name">Integrationsname</label> <input id="f-name" type="text" formcontrolname="name"><span class="err" id="e-name"></span></div>' +
    '<div class="form-row"><label for="f-desc">Beschreibung</label> <input id="f-desc" type="text"></div>';
}
function variables() {
  return '<table><thead><tr><th>Variable</th><th></th><th>Wert</th></tr></thead><tbody><tr><td id="v-l">AlertOpsUrl</td>' +
    '<td><select id="f-mode" aria-labelledby="v-l" formcontrolname="mode"><option value="here">Wert hier eintragen</option><option value="level">Wert in Eskalationsstufe eintragen</option></select></td>' +
    '<td><input id="f-url" type="text" size="80" aria-labelledby="v-l" formcontrolname="url"><span class="err" id="e-url"></span></td></tr></tbody></table>';
}
function render() {
  app.innerHTML = '<h1>Neue Integration</h1><div class="form-row"><label for="typ">Integrationstyp</label> <input id="typ" type="text" readonly value="AlertOps"></div>' +
    '<div role="tablist"><button type="button" role="tab" id="tab-0" aria-controls="pane" aria-selected="' + (tab === 0) + '">Allgemein</button>' +
    '<button type="button" role="tab" id="tab-1" aria-controls="pane" aria-selected="' + (tab === 1) + '">Vordefinierte Variablen</button></div>' +
    '<div role="tabpanel" id="pane" aria-labelledby="tab-' + tab + '">' + (tab === 0 ? general() : variables()) + '</div>' +
    '<button type="button" id="save">Speichern</button> <button type="button" id="cancel">Abbrechen</button>';
  app.querySelectorAll('[role=tab]').forEach((t, i) => t.addEventListener('click', () => { tab = i; render(); }));
  for (const key of ['name', 'url', 'mode']) {
    const c = form[key], el = app.querySelector('[formcontrolname=' + key + ']');
    if (!el) continue;
    el.value = c.value;
    el.addEventListener(el.tagName === 'SELECT' ? 'change' : 'input', () => { c.pendingValue = el.value; c.pendingChange = true; });
    el.addEventListener('blur', () => {
      if (c.pendingChange) { c.pendingChange = false; c.setValue(c.pendingValue); c.dirty = true; }
      c.touched = true; sync();
    });
  }
  app.querySelector('#save').onclick = () => {
    if (form.name.status !== 'VALID' || form.url.status !== 'VALID') { form.name.touched = form.url.touched = true; return sync(); }
    postJson('/api/integrationen', { name: form.name.value, type: 'AlertOps', variables: { AlertOpsUrl: { mode: form.mode.value, value: form.url.value } } })
      .then(() => toast('Gespeichert'));
  };
  sync();
}
function sync() {
  for (const key of ['name', 'url']) {
    const c = form[key], el = app.querySelector('[formcontrolname=' + key + ']');
    if (!el) continue;
    el.classList.toggle('ng-touched', c.touched); el.classList.toggle('ng-untouched', !c.touched);
    el.classList.toggle('ng-dirty', c.dirty); el.classList.toggle('ng-pristine', !c.dirty);
    el.classList.toggle('ng-invalid', c.status === 'INVALID'); el.classList.toggle('ng-valid', c.status === 'VALID');
    app.querySelector('#e-' + key).textContent = c.touched && c.errors.length ? 'Dieses Feld ist erforderlich' : '';
  }
  window.model = { name: form.name.value, url: form.url.value, mode: form.mode.value, urlStatus: form.url.status, urlDirty: form.url.dirty, nameStatus: form.name.status };
}
route();`;
    await serveAt(
      'https://app.uptrends.com/Alarmierung/Integrationen*',
      doc('de', 'Uptrends', '<nav class="sidebar">Alarmierung &gt; Integrationen</nav><main id="app"></main>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alarmierung/Integrationen');
      await page.getByRole('button', { name: 'Integration hinzufügen' }).click();
      await page.getByRole('dialog').getByLabel('Integrationstyp').selectOption('AlertOps');
      await page.getByRole('button', { name: 'Wähle aus' }).click();
      await page.getByRole('tab', { name: 'Allgemein' }).waitFor();
      await sleep(1500);
      await page.getByRole('tab', { name: 'Vordefinierte Variablen' }).click();
      await pollModel(page, (m) => m?.url, fresh);
      const m = await model(page);
      expect(m.urlStatus).toBe('VALID');
      expect(m.urlDirty).toBe(true);
      await page.getByRole('tab', { name: 'Allgemein' }).click();
      const nameField = page.getByRole('textbox', { name: 'Integrationsname' });
      let name = await nameField.inputValue();
      if (!name) {
        name = 'AlertOps Bereitschaft';
        await nameField.fill(name);
        await nameField.press('Tab');
      }
      expect(await model(page, 'saveClicks'), 'Save never clicked by the extension').toBe(0);
      const since = requestCount();
      await page.getByRole('button', { name: 'Speichern' }).click();
      const sent = await postedTo('/api/integrationen', since);
      expect(sent.body).toEqual({ name, type: 'AlertOps', variables: { AlertOpsUrl: { mode: 'here', value: fresh } } });
    });
  });

  it('C04 FR Vue-like editor opened before anything is captured, the user types "Astreinte nuit"; in another tab the older AlertOps UI on a tenant host saves slowly (2 s) and lists a RESTAPI.svc URL; back on the editor: the URL is filled, the name kept, Enregistrer posts both', async () => {
    await clearLocalStorage(browser);
    const restUrl = `https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/${newKey()}/Uptrends`;
    const script = `${PAGE_LIB}
const state = { name: '', mode: 'here', url: '' };
window.model = state;
const main = document.querySelector('main');
main.innerHTML = '<h1>Nouvelle intégration</h1><form onsubmit="return false">' +
  '<div class="row"><label for="f-name">Nom de l\\'intégration</label> <input id="f-name" type="text" data-k="name"></div>' +
  '<div class="row"><label for="f-type">Type d\\'intégration</label> <input id="f-type" type="text" value="AlertOps" disabled></div>' +
  '<fieldset><legend>Variables prédéfinies</legend><table><thead><tr><th>Variable</th><th></th><th>Valeur</th></tr></thead><tbody><tr>' +
  '<td id="v-l">AlertOpsUrl</td><td><select id="f-mode" aria-labelledby="v-l" data-k="mode"><option value="here">Spécifiez la valeur ici</option>' +
  '<option value="level">Spécifiez la valeur dans le niveau d\\'escalade</option></select></td>' +
  '<td><input id="f-url" type="text" size="80" aria-labelledby="v-l" data-k="url"></td></tr></tbody></table></fieldset>' +
  '<button type="button" id="save">Enregistrer</button> <button type="button">Annuler</button></form>';
const els = Array.from(main.querySelectorAll('[data-k]'));
// Vue 3 v-model: "input" for text (change for the select); every update writes the model back into the fields that differ.
let old = Object.assign({}, state), queued = false;
function update() {
  queued = false;
  for (const el of els) {
    const k = el.dataset.k, value = state[k], oldValue = old[k];
    if (el.value === value) continue;
    if (document.activeElement === el && value === oldValue) continue;
    el.value = value;
  }
  old = Object.assign({}, state);
}
for (const el of els) {
  el.value = state[el.dataset.k];
  el.addEventListener(el.tagName === 'SELECT' ? 'change' : 'input', () => { state[el.dataset.k] = el.value; if (!queued) { queued = true; queueMicrotask(update); } });
}
main.querySelector('#save').onclick = () => postJson('/api/integrations/fr', { name: state.name, type: 'AlertOps',
  variables: { AlertOpsUrl: { mode: state.mode, value: state.url } } }).then(() => toast('Enregistré'));`;
    await serveAt(
      'https://app.uptrends.com/Alerte/Integrations/Nouvelle*',
      doc('fr', 'Uptrends', '<nav class="sidebar">Alerte &gt; Intégrations</nav><main></main>', script),
    );
    const legacyShell = (content: string) =>
      doc(
        'en',
        'AlertOps - Inbound Integrations',
        `<aside class="sidebar"><ul><li><button type="button">Integrations</button><ul><li><a href="/integrations/inbound/api">Inbound Integrations</a></li>
<li><a href="/integrations/outbound">Outbound Integrations</a></li></ul></li></ul></aside><main><h1>Inbound Integrations</h1>
<ul class="tabs"><li class="active">API</li><li>Email</li><li>Chat</li><li>Heartbeat</li></ul>${content}</main>`,
      );
    await serveAt(
      'https://acme.alertops.com/integrations/inbound/api/new/Uptrends*',
      legacyShell(`<h2>Uptrends</h2><form method="get" action="/integrations/inbound/api/4417">
<div><label for="IntegrationName">Integration Name</label> <input id="IntegrationName" name="name" required></div>
<div><label for="Recipients">Recipient Group(s)/User(s)</label> <select id="Recipients" name="r" multiple required><option>NOC</option><option>Jane Operator</option></select></div>
<button type="submit">Save</button> <button type="button">Cancel</button></form>`),
    );
    await serveAt(
      'https://acme.alertops.com/integrations/inbound/api/4417*',
      (u) =>
        legacyShell(`<div class="alert alert-success">Integration saved successfully.</div><h2>${escapeHtml(u.searchParams.get('name') ?? '')}</h2>
<table class="details"><tbody><tr><th>Integration Name</th><td>${escapeHtml(u.searchParams.get('name') ?? '')}</td></tr>
<tr><th>Template</th><td>Uptrends</td></tr><tr><th>API URL</th><td>${restUrl}</td></tr>
<tr><th>Recipient Group(s)/User(s)</th><td>NOC</td></tr></tbody></table>`),
      2000,
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerte/Integrations/Nouvelle');
      await page.getByRole('textbox', { name: "Nom de l'intégration" }).fill('Astreinte nuit');
      await sleep(1500);
      expect(await model(page), 'nothing to fill yet').toEqual({ name: 'Astreinte nuit', mode: 'here', url: '' });
      await withPage(async (alertops) => {
        await alertops.goto('https://acme.alertops.com/integrations/inbound/api/new/Uptrends');
        await alertops.getByLabel('Integration Name').fill('Uptrends FR');
        await alertops.getByLabel('Recipient Group(s)/User(s)').selectOption('NOC');
        await alertops.getByRole('button', { name: 'Save' }).click();
        await waitForCapture(restUrl, 20_000);
      });
      await page.bringToFront();
      await pollModel(page, (m) => m.url, restUrl);
      expect((await model(page)).name, 'the name the user typed is kept').toBe('Astreinte nuit');
      expect(await page.getByRole('textbox', { name: 'AlertOpsUrl' }).inputValue()).toBe(restUrl);
      expect(await model(page, 'saveClicks'), 'Save never clicked by the extension').toBe(0);
      const since = requestCount();
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      const sent = await postedTo('/api/integrations/fr', since);
      expect(sent.body).toEqual({
        name: 'Astreinte nuit',
        type: 'AlertOps',
        variables: { AlertOpsUrl: { mode: 'here', value: restUrl } },
      });
    });
  });
});

/* ================================================================================================================= */
/* C05–C08: escalation levels                                                                                          */
/* ================================================================================================================= */

describe('C05–C08 escalation level combinations', () => {
  beforeAll(async () => {
    await captureFresh(2500);
  });

  it('C05 EN React-like definition: level panels rendered only when their tab opens (level 3 after 1.5 s), every change re-renders the panel with new nodes; level 2 already has AlertOps; the user goes 1 → 2 → 3 → 1 → 2: ticked once on 1 and 3, never touched on 2, Save posts all three', async () => {
    const AO = 'AlertOps on-call';
    const NAMES = ['E-mail', 'SMS', 'Phone', 'Slack #ops', 'Webhook CMDB', AO];
    const script = `${PAGE_LIB}${REACT_LIB}
const NAMES = ${JSON.stringify(NAMES)};
const AO = ${JSON.stringify(AO)};
window.model = { levels: [1, 2, 3].map((n) => ({ level: n, active: true, on: Object.fromEntries(NAMES.map((x) => [x, (n === 1 && x === 'E-mail') || (n === 2 && x === AO)])) })) };
window.toggles = [];
const app = document.getElementById('app');
let tab = 0, ready = true, token = 0;
function view() {
  const tabs = ['Main'].concat(window.model.levels.map((l) => 'Escalation level ' + l.level));
  let panel = '<p>Loading...</p>';
  if (ready && tab === 0) panel = '<p>Production websites: 24 monitors</p>';
  else if (ready) {
    const l = window.model.levels[tab - 1];
    panel = '<div class="check"><input type="checkbox" id="act-' + l.level + '"' + (l.active ? ' checked' : '') + ' data-k="__active"> <label for="act-' + l.level + '">Active</label></div>' +
      '<h4>Alerting by integrations</h4><ul class="integrations">' + NAMES.map((x, j) => '<li class="check"><input type="checkbox" id="l' + l.level + 'i' + j + '" data-k="' + esc(x) + '"' +
      (l.on[x] ? ' checked' : '') + '> <label for="l' + l.level + 'i' + j + '">' + esc(x) + '</label></li>').join('') + '</ul>';
  }
  return '<h1>Production websites</h1><div role="tablist">' + tabs.map((x, i) => '<button type="button" role="tab" id="t' + i + '" aria-selected="' + (i === tab) +
    '" aria-controls="p" data-i="' + i + '">' + esc(x) + '</button>').join('') + '</div><div role="tabpanel" id="p" aria-labelledby="t' + tab + '">' + panel + '</div>' +
    '<button type="button" id="save">Save</button>';
}
function wire(c) {
  for (const t of c.querySelectorAll('[role=tab]')) t.addEventListener('click', () => {
    tab = Number(t.dataset.i); ready = false; const my = ++token; commit();
    setTimeout(() => { if (my === token) { ready = true; commit(); } }, tab === 3 ? 1500 : 300);
  });
  for (const box of c.querySelectorAll('#p input[type=checkbox]')) box.addEventListener('change', () => {
    const l = window.model.levels[tab - 1];
    if (box.dataset.k === '__active') l.active = box.checked; else { l.on[box.dataset.k] = box.checked; window.toggles.push(l.level + ':' + box.dataset.k); }
    commit();
  });
  c.querySelector('#save').addEventListener('click', () => postJson('/api/alertdefinitions/1001', { levels: window.model.levels.map((l) => ({
    level: l.level, active: l.active, integrations: NAMES.filter((n) => l.on[n]) })) }).then(() => toast('Saved')));
}
const commit = mount(app, view, wire);
commit();`;
    await serveAt(
      'https://app.uptrends.com/Alerting/AlertDefinitions/Edit/1001*',
      doc('en', 'Uptrends', '<nav class="sidebar">Alerting &gt; Alert definitions</nav><main id="app"></main>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/AlertDefinitions/Edit/1001');
      await page.getByRole('tab', { name: 'Escalation level 1' }).click();
      await pollModel(page, (m) => m.levels[0].on[AO], true);
      await page.getByRole('tab', { name: 'Escalation level 2' }).click();
      await page.getByRole('checkbox', { name: AO }).waitFor();
      await sleep(2000);
      expect((await model(page)).levels[1].on[AO], 'level 2 keeps its AlertOps box ticked').toBe(true);
      await page.getByRole('tab', { name: 'Escalation level 3' }).click();
      await pollModel(page, (m) => m.levels[2].on[AO], true);
      for (const again of [1, 2]) {
        await page.getByRole('tab', { name: `Escalation level ${again}` }).click();
        await page.getByRole('checkbox', { name: AO }).waitFor();
        await sleep(1500);
      }
      expect(await model(page, 'toggles'), 'AlertOps ticked once on levels 1 and 3, nothing else touched').toEqual([
        `1:${AO}`,
        `3:${AO}`,
      ]);
      expect(await page.getByRole('checkbox', { name: AO }).isChecked()).toBe(true);
      const since = requestCount();
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      const sent = await postedTo('/api/alertdefinitions/1001', since);
      expect(sent.body).toEqual({
        levels: [
          { level: 1, active: true, integrations: ['E-mail', AO] },
          { level: 2, active: true, integrations: [AO] },
          { level: 3, active: true, integrations: [AO] },
        ],
      });
    });
  });

  it('C06 NL Knockout "checked" binding (click only), level content rendered by an "if" binding when its tab opens; two AlertOps integrations beside Slack and e-mail: the user is asked which, nothing ticked before; "AlertOps productie" chosen is ticked on level 1 and on level 2, "AlertOps test" never; Opslaan posts it', async () => {
    const P = 'AlertOps productie';
    const T = 'AlertOps test';
    const NAMES = ['E-mail', 'SMS', 'Telefoon', 'Slack #alerts', P, T];
    const script = `${PAGE_LIB}${KO_LIB}
const NAMES = ${JSON.stringify(NAMES)};
const vm = { tab: observable(0), levels: [1, 2].map((n) => ({ level: n, active: observable(true),
  on: Object.fromEntries(NAMES.map((x) => [x, observable(n === 1 && x === 'E-mail')])) })) };
window.toggles = [];
const sync = () => { window.model = { levels: vm.levels.map((l) => ({ level: l.level, active: l.active(),
  on: Object.fromEntries(NAMES.map((x) => [x, l.on[x]()])) })) }; };
vm.levels.forEach((l) => { l.active.subscribe(sync); NAMES.forEach((x) => l.on[x].subscribe(() => { window.toggles.push(l.level + ':' + x); sync(); })); });
sync();
const root = document.getElementById('def');
const tabs = ['Algemeen', 'Escalatieniveau 1', 'Escalatieniveau 2'];
root.innerHTML = '<ul class="nav nav-tabs" role="tablist">' + tabs.map((x, i) => '<li role="presentation"><a href="#" role="tab" id="tab' + i + '" data-bind="click: select" data-i="' + i + '">' + esc(x) + '</a></li>').join('') +
  '</ul><div class="tab-content" role="tabpanel" id="pane"><!-- ko if: tab() === i --><!-- /ko --></div><button type="button" id="save">Opslaan</button>';
const pane = root.querySelector('#pane');
function renderTab() {
  const i = vm.tab();
  root.querySelectorAll('[role=tab]').forEach((t) => t.setAttribute('aria-selected', String(Number(t.dataset.i) === i)));
  pane.setAttribute('aria-labelledby', 'tab' + i);
  if (i === 0) { pane.innerHTML = '<p>Standaard alertdefinitie, 9 monitors</p>'; return; }
  const l = vm.levels[i - 1];
  pane.innerHTML = '';
  setTimeout(() => {
    if (vm.tab() !== i) return;
    pane.innerHTML = '<div class="checkbox"><label><input type="checkbox" data-bind="checked: active" data-k="__active"> Actief</label></div>' +
      '<h4>Alerts versturen door integraties</h4>' + NAMES.map((x) => '<div class="checkbox"><label><input type="checkbox" data-bind="checked: on" data-k="' + esc(x) + '"> ' + esc(x) + '</label></div>').join('');
    for (const box of pane.querySelectorAll('input[type=checkbox]')) bindChecked(box, box.dataset.k === '__active' ? l.active : l.on[box.dataset.k]);
  }, 400);
}
root.querySelectorAll('[role=tab]').forEach((t) => t.addEventListener('click', (e) => { e.preventDefault(); vm.tab(Number(t.dataset.i)); }));
vm.tab.subscribe(renderTab);
renderTab();
root.querySelector('#save').onclick = () => postJson('/api/alertdefinities/88', { levels: window.model.levels.map((l) => ({ level: l.level, active: l.active,
  integrations: NAMES.filter((n) => l.on[n]) })) }).then(() => toast('Opgeslagen'));`;
    await serveAt(
      'https://app.uptrends.com/Alerting/Alertdefinities/Bewerken/88*',
      doc(
        'nl',
        'Uptrends',
        '<nav class="sidebar">Alerting &gt; Alertdefinities</nav><main><h1>Standaard alertdefinitie</h1><div id="def"></div></main>',
        script,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Alertdefinities/Bewerken/88');
      await page.getByRole('tab', { name: 'Escalatieniveau 1' }).click();
      const choice = page.locator(NOTICE).getByRole('button', { name: P });
      try {
        await choice.first().waitFor({ timeout: 15_000 });
      } catch (error) {
        throw new Error(`no prompt offering "${P}": ${(error as Error).message}\n${await explain(page)}`);
      }
      let m = await model(page);
      expect([m.levels[0].on[P], m.levels[0].on[T]], 'nothing ticked before the user answers').toEqual([false, false]);
      await choice.first().click();
      await pollModel(page, (x) => x.levels[0].on[P], true);
      await page.getByRole('tab', { name: 'Escalatieniveau 2' }).click();
      // Level 2: ticked at once (the choice remembered) or asked again; either way the user wants "productie".
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        if ((await model(page)).levels[1].on[P]) break;
        const again = page.locator(NOTICE).getByRole('button', { name: P });
        if (await again.count())
          await again
            .first()
            .click({ timeout: 2000 })
            .catch(() => undefined);
        await sleep(250);
      }
      await pollModel(page, (x) => x.levels[1].on[P], true, 'model', 2000);
      await sleep(1500);
      m = await model(page);
      for (const l of [0, 1]) {
        expect(m.levels[l].on, `level ${l + 1}`).toEqual({
          'E-mail': l === 0,
          SMS: false,
          Telefoon: false,
          'Slack #alerts': false,
          [P]: true,
          [T]: false,
        });
      }
      expect(await model(page, 'toggles'), 'only "AlertOps productie" was ever changed').toEqual([`1:${P}`, `2:${P}`]);
      const since = requestCount();
      await page.getByRole('button', { name: 'Opslaan' }).click();
      const sent = await postedTo('/api/alertdefinities/88', since);
      expect(sent.body).toEqual({
        levels: [
          { level: 1, active: true, integrations: ['E-mail', P] },
          { level: 2, active: true, integrations: [P] },
        ],
      });
    });
  });

  it('C07 DE one SPA, three alert definitions opened in turn without a reload (pushState, 600 ms loads): A gets AlertOps on levels 1 and 2; B already has it on level 1 (left alone) and level 2 is not active (not ticked, the user told); back to A: nothing toggled again; each Speichern posts what the user sees', async () => {
    const AO = 'AlertOps Bereitschaft';
    const NAMES = ['E-Mail', 'SMS', 'Telefon', 'Slack #betrieb', AO];
    const script = `${PAGE_LIB}
const NAMES = ${JSON.stringify(NAMES)};
const AO = ${JSON.stringify(AO)};
const mk = (name, on, active) => ({ name, levels: [1, 2].map((n) => ({ level: n, active: active[n - 1], on: Object.fromEntries(NAMES.map((x) => [x, on[n - 1].indexOf(x) >= 0])) })) });
window.store = {
  A: mk('Standard-Meldedefinition', [['E-Mail'], []], [true, true]),
  B: mk('Nachtbereitschaft', [[AO], ['SMS']], [true, false]),
  C: mk('Wartungsfenster', [[], []], [false, false]),
};
window.toggles = [];
const app = document.getElementById('app');
function go(path) { history.pushState({}, '', path); route(); }
document.addEventListener('click', (e) => { const a = e.target.closest && e.target.closest('a[data-route]'); if (a) { e.preventDefault(); go(a.getAttribute('href')); } });
window.addEventListener('popstate', route);
let timer = 0;
function route() {
  clearTimeout(timer);
  const m = /\\/Bearbeiten\\/([A-C])$/.exec(location.pathname);
  if (!m) {
    app.innerHTML = '<h1>Meldedefinitionen</h1><table><tbody>' + Object.keys(window.store).map((k) => '<tr><td><a href="/Alarmierung/Meldedefinitionen/Bearbeiten/' + k +
      '" data-route>' + esc(window.store[k].name) + '</a></td></tr>').join('') + '</tbody></table>';
    return;
  }
  app.innerHTML = '<p>Wird geladen...</p>';
  timer = setTimeout(() => definition(m[1]), 600);
}
function definition(id) {
  const d = window.store[id];
  const tab = (i, text, sel) => '<button type="button" role="tab" id="t' + i + '" aria-controls="p' + i + '" aria-selected="' + sel + '">' + esc(text) + '</button>';
  app.innerHTML = '<div class="definition"><p><a href="/Alarmierung/Meldedefinitionen" data-route>Zurück zu den Meldedefinitionen</a></p><h1>' + esc(d.name) + '</h1><div role="tablist">' +
    tab(0, 'Allgemein', true) + tab(1, 'Eskalationsstufe 1', false) + tab(2, 'Eskalationsstufe 2', false) + '</div>' +
    '<div role="tabpanel" id="p0" aria-labelledby="t0"><label for="n">Name</label> <input id="n" type="text" value="' + esc(d.name) + '"></div>' +
    d.levels.map((l) => '<div role="tabpanel" id="p' + l.level + '" aria-labelledby="t' + l.level + '" hidden>' +
      '<div class="check"><input type="checkbox" id="a' + l.level + '" data-l="' + l.level + '" data-k="__active"' + (l.active ? ' checked' : '') + '> <label for="a' + l.level + '">Aktiv</label></div>' +
      '<fieldset><legend>Alarmierung durch Integrationen</legend>' + NAMES.map((x, j) => '<div class="check"><input type="checkbox" id="c' + l.level + '-' + j + '" data-l="' + l.level +
      '" data-k="' + esc(x) + '"' + (l.on[x] ? ' checked' : '') + '> <label for="c' + l.level + '-' + j + '">' + esc(x) + '</label></div>').join('') + '</fieldset></div>').join('') +
    '<button type="button" id="save">Speichern</button></div>';
  app.querySelectorAll('[role=tab]').forEach((t) => t.addEventListener('click', () => {
    app.querySelectorAll('[role=tab]').forEach((x) => x.setAttribute('aria-selected', String(x === t)));
    app.querySelectorAll('[role=tabpanel]').forEach((p) => { p.hidden = p.id !== t.getAttribute('aria-controls'); });
  }));
  app.querySelector('.definition').addEventListener('change', (e) => {
    const el = e.target; if (!el.dataset || !el.dataset.l) return;
    const l = d.levels[Number(el.dataset.l) - 1];
    if (el.dataset.k === '__active') l.active = el.checked; else { l.on[el.dataset.k] = el.checked; window.toggles.push(id + ':' + l.level + ':' + el.dataset.k); }
  });
  app.querySelector('#save').onclick = () => postJson('/api/meldedefinitionen/' + id, { levels: d.levels.map((l) => ({ level: l.level, active: l.active,
    integrations: NAMES.filter((n) => l.on[n]) })) }).then(() => toast('Gespeichert'));
}
route();`;
    await serveAt(
      'https://app.uptrends.com/Alarmierung/Meldedefinitionen**',
      doc(
        'de',
        'Uptrends',
        '<nav class="sidebar">Alarmierung &gt; Meldedefinitionen</nav><main id="app"></main>',
        script,
      ),
    );
    await withPage(async (page) => {
      const open = async (name: string) => {
        await page.getByRole('link', { name }).click();
        await page.getByRole('tab', { name: 'Eskalationsstufe 1' }).waitFor();
      };
      const store = () => model(page, 'store');
      await page.goto('https://app.uptrends.com/Alarmierung/Meldedefinitionen');
      // A
      await open('Standard-Meldedefinition');
      await page.getByRole('tab', { name: 'Eskalationsstufe 1' }).click();
      await pollModel(page, (s) => s.A.levels[0].on[AO], true, 'store');
      await page.getByRole('tab', { name: 'Eskalationsstufe 2' }).click();
      await pollModel(page, (s) => s.A.levels[1].on[AO], true, 'store');
      let since = requestCount();
      await page.getByRole('button', { name: 'Speichern' }).click();
      const sentA = await postedTo('/api/meldedefinitionen/A', since);
      expect(sentA.body).toEqual({
        levels: [
          { level: 1, active: true, integrations: ['E-Mail', AO] },
          { level: 2, active: true, integrations: [AO] },
        ],
      });
      // B
      await page.getByRole('link', { name: 'Zurück zu den Meldedefinitionen' }).click();
      await open('Nachtbereitschaft');
      await page.getByRole('tab', { name: 'Eskalationsstufe 1' }).click();
      await sleep(2000);
      await page.getByRole('tab', { name: 'Eskalationsstufe 2' }).click();
      await pollNotice(page, NOT_ACTIVE, 'store');
      await sleep(1500);
      const b = (await store()).B;
      expect(b.levels[0].on[AO], 'B level 1 keeps AlertOps').toBe(true);
      expect(b.levels[1].on[AO], 'B level 2 (not active) not ticked silently').toBe(false);
      expect(
        b.levels.map((l: AnyModel) => l.active),
        "the Aktiv boxes are the user's",
      ).toEqual([true, false]);
      since = requestCount();
      await page.getByRole('button', { name: 'Speichern' }).click();
      const sentB = await postedTo('/api/meldedefinitionen/B', since);
      expect(sentB.body).toEqual({
        levels: [
          { level: 1, active: true, integrations: [AO] },
          { level: 2, active: false, integrations: ['SMS'] },
        ],
      });
      // A again
      await page.getByRole('link', { name: 'Zurück zu den Meldedefinitionen' }).click();
      await open('Standard-Meldedefinition');
      await page.getByRole('tab', { name: 'Eskalationsstufe 1' }).click();
      await sleep(1500);
      await page.getByRole('tab', { name: 'Eskalationsstufe 2' }).click();
      await sleep(1500);
      expect(await page.getByRole('checkbox', { name: AO }).isChecked()).toBe(true);
      const s = await store();
      expect([s.A.levels[0].on[AO], s.A.levels[1].on[AO]], 'A still ticked').toEqual([true, true]);
      expect(await model(page, 'toggles'), 'AlertOps changed once per level of A, never on B').toEqual([
        `A:1:${AO}`,
        `A:2:${AO}`,
      ]);
    });
  });

  it('C08 FR Angular reactive level form (updateOn "blur", checkboxes included), level content created when its tab opens: AlertOps ticked on "Niveau d\'escalade 1" reaches the form value without the user touching it; Enregistrer posts it beside SMS ticked by hand', async () => {
    const AO = 'AlertOps astreinte';
    const NAMES = ['E-mail', 'SMS', 'Téléphone', 'Slack équipe', AO];
    const script = `${PAGE_LIB}
const NAMES = ${JSON.stringify(NAMES)};
class FormControl {
  constructor(v) { this.value = v; this.pendingValue = v; this.pendingChange = false; this.touched = false; this.dirty = false; }
}
// FormGroup({ ... }, { updateOn: 'blur' }): CheckboxControlValueAccessor reports (change) as a pending value; (blur) commits it.
const form = [1, 2].map((n) => ({ level: n, active: new FormControl(true), on: Object.fromEntries(NAMES.map((x) => [x, new FormControl(n === 1 && x === 'E-mail')])) }));
const value = () => ({ levels: form.map((l) => ({ level: l.level, active: l.active.value, integrations: NAMES.filter((x) => l.on[x].value) })) });
window.toggles = [];
const sync = () => { window.model = value(); };
sync();
const host = document.getElementById('def');
let tab = 0;
function render() {
  const tabs = ['Général', "Niveau d'escalade 1", "Niveau d'escalade 2"];
  host.innerHTML = '<div class="mat-mdc-tab-labels" role="tablist">' + tabs.map((x, i) => '<div role="tab" tabindex="' + (i === tab ? 0 : -1) + '" id="mat-tab-label-' + i +
    '" aria-selected="' + (i === tab) + '" aria-controls="mat-tab-content-' + i + '" data-i="' + i + '">' + esc(x) + '</div>').join('') + '</div>' +
    '<div role="tabpanel" id="mat-tab-content-' + tab + '" aria-labelledby="mat-tab-label-' + tab + '"></div>';
  host.querySelectorAll('[role=tab]').forEach((t) => t.addEventListener('click', () => { tab = Number(t.dataset.i); render(); }));
  const panel = host.querySelector('[role=tabpanel]');
  if (tab === 0) { panel.innerHTML = '<p>Production – 31 moniteurs</p>'; return; }
  // @if (selected) { <level-form> }: created a moment after the tab opens.
  setTimeout(() => {
    if (!panel.isConnected) return;
    const l = form[tab - 1];
    const box = (ctl, key, label, id) => '<div class="mat-mdc-checkbox"><input type="checkbox" class="mdc-checkbox__native-control" id="' + id + '" data-k="' + esc(key) + '"' +
      (ctl.value ? ' checked' : '') + ' formcontrolname="' + esc(key) + '"> <label for="' + id + '">' + esc(label) + '</label></div>';
    panel.innerHTML = '<form novalidate>' + box(l.active, '__active', 'Actif', 'act-' + l.level) + '<h3>Alertes par intégrations</h3>' +
      NAMES.map((x, j) => box(l.on[x], x, x, 'n' + l.level + '-' + j)).join('') + '</form>';
    for (const el of panel.querySelectorAll('input[type=checkbox]')) {
      const ctl = el.dataset.k === '__active' ? l.active : l.on[el.dataset.k];
      el.addEventListener('change', () => { ctl.pendingValue = el.checked; ctl.pendingChange = true; });
      el.addEventListener('blur', () => {
        if (ctl.pendingChange) { ctl.pendingChange = false; ctl.value = ctl.pendingValue; ctl.dirty = true; window.toggles.push(l.level + ':' + el.dataset.k); }
        ctl.touched = true; sync();
      });
    }
  }, 300);
}
render();
document.getElementById('save').onclick = () => postJson('/api/definitions/301', value()).then(() => toast('Enregistré'));`;
    await serveAt(
      'https://app.uptrends.com/Alerte/Definitions/Modifier/301*',
      doc(
        'fr',
        'Uptrends',
        `<nav class="sidebar">Alerte &gt; Définitions d'alerte</nav><main><h1>Production</h1><mat-tab-group id="def"></mat-tab-group>
<button type="button" id="save">Enregistrer</button></main>`,
        script,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerte/Definitions/Modifier/301');
      await page.getByRole('tab', { name: "Niveau d'escalade 1" }).click();
      // What the user sees first: the box ticked.
      try {
        await expect.poll(() => page.getByRole('checkbox', { name: AO }).isChecked(), { timeout: 15_000 }).toBe(true);
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${await explain(page)}`);
      }
      await sleep(1500);
      expect(await model(page, 'saveClicks'), 'Save never clicked by the extension').toBe(0);
      // The user also ticks SMS by hand (a real click focuses the box; clicking Enregistrer blurs it): the control
      // for SMS proves the page commits a box the way a user ticks it.
      await page.getByRole('checkbox', { name: 'SMS' }).click();
      const since = requestCount();
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      const sent = await postedTo('/api/definitions/301', since);
      expect(sent.body, 'what Enregistrer sent (the form value)').toEqual({
        levels: [
          { level: 1, active: true, integrations: ['E-mail', 'SMS', AO] },
          { level: 2, active: true, integrations: [] },
        ],
      });
    });
  });
});

/* ================================================================================================================= */
/* C09: the whole journey on server-rendered pages (full page loads, real form posts)                                  */
/* ================================================================================================================= */

describe('C09 whole journey, server-rendered consoles', () => {
  it('C09 NL: older AlertOps UI (form GET, the saved page served 1.5 s late, "API URL" in a <dl> with Copy); Uptrends plain HTML form without scripts posts the filled URL; the definition\'s level tabs are links (a page load each): AlertOps ticked on level 1 and level 2, each Opslaan post holds it', async () => {
    const url = validUrl('Uptrends');
    const legacy = (content: string, script = '') =>
      doc(
        'en',
        'AlertOps',
        `<aside class="sidebar"><ul><li><button type="button">Integrations</button><ul><li><a href="/integrations/inbound/api">Inbound Integrations</a></li></ul></li></ul></aside>
<main><h1>Inbound Integrations</h1><ul class="tabs"><li class="active">API</li><li>Email</li><li>Chat</li><li>Heartbeat</li></ul>${content}</main>`,
        script,
      );
    await serveAt(
      'https://app.alertops.com/integrations/inbound/api/new/Uptrends*',
      legacy(
        `<h2>Uptrends</h2><form method="get" action="/integrations/inbound/api/5521" id="f">
<div><label for="IntegrationName">Integration Name</label> <input id="IntegrationName" name="name" required></div>
<div><label for="Recipients">Recipient Group(s)/User(s)</label> <select id="Recipients" name="r" multiple required><option>NOC</option><option>Jane Operator</option></select></div>
<button type="submit" id="save">Save</button></form>`,
        `document.getElementById('f').addEventListener('submit', () => { const b = document.getElementById('save'); b.textContent = 'Saving…'; });`,
      ),
    );
    await serveAt(
      'https://app.alertops.com/integrations/inbound/api/5521*',
      (u) =>
        legacy(`<div class="banner">Integration saved successfully.</div><h2>${escapeHtml(u.searchParams.get('name') ?? '')}</h2>
<dl class="details"><dt>Template</dt><dd>Uptrends</dd><dt>API URL</dt><dd><code>${url}</code> <button type="button">Copy</button></dd>
<dt>Recipient Group(s)/User(s)</dt><dd>NOC</dd></dl>`),
      1500,
    );

    const GUID = {
      email: '0f6a1c2e-0000-4000-8000-000000000001',
      sms: '0f6a1c2e-0000-4000-8000-000000000002',
      phone: '0f6a1c2e-0000-4000-8000-000000000003',
      slack: '0f6a1c2e-0000-4000-8000-000000000004',
      alertops: '0f6a1c2e-0000-4000-8000-0000000000a0',
    };
    const shell = (content: string) =>
      doc(
        'nl',
        'Uptrends',
        `<nav class="sidebar"><ul><li>Alerting<ul><li><a href="/Alerting/Integraties">Integraties</a></li><li><a href="/Alerting/Alertdefinities">Alertdefinities</a></li></ul></li></ul></nav>
<main>${content}</main>`,
      );
    await serveAt(
      'https://app.uptrends.com/Alerting/Integraties/Toevoegen*',
      shell(`<h1>Integratie toevoegen</h1><form method="post" action="/Alerting/Integraties/Opslaan">
<input type="hidden" name="__RequestVerificationToken" value="CfDJ8Nq1x0">
<div class="form-group"><label for="Name">Integratienaam</label> <input id="Name" name="Name" type="text" value=""></div>
<div class="form-group"><label for="TypeShown">Integratietype</label> <select id="TypeShown" disabled><option selected>AlertOps</option></select><input type="hidden" name="Type" value="AlertOps"></div>
<h3>Voorgedefinieerde variabelen</h3><table class="table"><thead><tr><th>Variabele</th><th></th><th>Waarde</th></tr></thead><tbody>
<tr><td><label for="Variables_0__Value">Url</label><input type="hidden" name="Variables[0].Name" value="Url"></td>
<td><select name="Variables[0].Mode" aria-label="Url: waarde opgeven"><option value="Here" selected>Waarde hier opgeven</option><option value="Level">Waarde opgeven in escalatieniveau</option></select></td>
<td><input id="Variables_0__Value" name="Variables[0].Value" type="text" size="80" value=""></td></tr></tbody></table>
<button type="submit">Opslaan</button> <a href="/Alerting/Integraties">Annuleren</a></form>`),
    );
    let savedName = '';
    const integrationPosts = await recordFormPosts('https://app.uptrends.com/Alerting/Integraties/Opslaan*', (body) => {
      savedName = body.get('Name') ?? '';
      return shell(`<div class="alert alert-success" role="status">Opgeslagen</div><h1>Integraties</h1><table class="table"><tbody>
<tr><td>E-mail</td><td>E-mail</td></tr><tr><td>Slack #alerts</td><td>Slack</td></tr><tr><td>${escapeHtml(savedName)}</td><td>AlertOps</td></tr></tbody></table>`);
    });
    // The definition's stored levels (server side): the checked integration ids per level.
    const levels: Record<number, { active: boolean; on: string[] }> = {
      1: { active: true, on: [GUID.email] },
      2: { active: true, on: [] },
    };
    const definitionPage = (level: number, message = '') => {
      const names: [string, string][] = [
        [GUID.email, 'E-mail'],
        [GUID.sms, 'SMS'],
        [GUID.phone, 'Telefoon'],
        [GUID.slack, 'Slack #alerts'],
        [GUID.alertops, savedName],
      ];
      const l = levels[level] as { active: boolean; on: string[] };
      const tabs = [
        [0, 'Algemeen'],
        [1, 'Escalatieniveau 1'],
        [2, 'Escalatieniveau 2'],
      ] as const;
      return shell(`${message ? `<div class="alert alert-success" role="status">${message}</div>` : ''}<h1>Standaard alertdefinitie</h1>
<ul class="nav nav-tabs">${tabs
        .map(
          ([n, text]) =>
            `<li${n === level ? ' class="active"' : ''}><a href="/Alerting/Alertdefinities/Bewerken/12?niveau=${n}"${n === level ? ' aria-current="page"' : ''}>${text}</a></li>`,
        )
        .join('')}</ul>
<form method="post" action="/Alerting/Alertdefinities/Opslaan/12?niveau=${level}"><input type="hidden" name="Niveau" value="${level}">
<h2>Escalatieniveau ${level}</h2><div class="checkbox"><label><input type="checkbox" name="Actief" value="true"${l.active ? ' checked' : ''}> Actief</label></div>
<h3>Alerts versturen door integraties</h3>${names
        .map(
          ([guid, name]) =>
            `<div class="checkbox"><label><input type="checkbox" name="Integraties" value="${guid}"${l.on.includes(guid) ? ' checked' : ''}> ${escapeHtml(name)}</label></div>`,
        )
        .join('')}
<button type="submit">Opslaan</button></form>`);
    };
    await serveAt('https://app.uptrends.com/Alerting/Alertdefinities/Bewerken/12*', (u) =>
      definitionPage(Number(u.searchParams.get('niveau') ?? '1') || 1),
    );
    const levelPosts = await recordFormPosts(
      'https://app.uptrends.com/Alerting/Alertdefinities/Opslaan/12*',
      (body) => {
        const n = Number(body.get('Niveau'));
        levels[n] = { active: body.get('Actief') === 'true', on: body.getAll('Integraties') };
        return definitionPage(n, 'Opgeslagen');
      },
    );

    await withPage(async (alertops) => {
      await alertops.goto('https://app.alertops.com/integrations/inbound/api/new/Uptrends');
      await alertops.getByLabel('Integration Name').fill('Uptrends NL');
      await alertops.getByLabel('Recipient Group(s)/User(s)').selectOption('NOC');
      await alertops.getByRole('button', { name: 'Save' }).click();
      await waitForCapture(url, 20_000);
    });
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integraties/Toevoegen?type=AlertOps');
      const field = page.getByRole('textbox', { name: 'Url' });
      try {
        await expect.poll(() => field.inputValue(), { timeout: 15_000 }).toBe(url);
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${await explain(page)}`);
      }
      const nameField = page.getByRole('textbox', { name: 'Integratienaam' });
      const proposed = await nameField.inputValue();
      if (!proposed) await nameField.fill('AlertOps productie');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      const posted = await waitForFormPost(integrationPosts, 1);
      expect(
        {
          name: posted.get('Name'),
          type: posted.get('Type'),
          variable: posted.get('Variables[0].Name'),
          mode: posted.get('Variables[0].Mode'),
          value: posted.get('Variables[0].Value'),
        },
        'what the plain form posted',
      ).toEqual({
        name: proposed || 'AlertOps productie',
        type: 'AlertOps',
        variable: 'Url',
        mode: 'Here',
        value: url,
      });
      await page.getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();

      await page.goto('https://app.uptrends.com/Alerting/Alertdefinities/Bewerken/12?niveau=1');
      const box = page.getByRole('checkbox', { name: savedName });
      try {
        await expect.poll(() => box.isChecked(), { timeout: 15_000 }).toBe(true);
      } catch (error) {
        throw new Error(`level 1: ${(error as Error).message}\n${await explain(page)}`);
      }
      await page.getByRole('button', { name: 'Opslaan' }).click();
      const first = await waitForFormPost(levelPosts, 1);
      expect(first.getAll('Integraties'), 'level 1 post').toEqual([GUID.email, GUID.alertops]);
      await page.getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();
      await page.getByRole('link', { name: 'Escalatieniveau 2' }).click();
      await page.getByRole('heading', { name: 'Escalatieniveau 2' }).waitFor();
      try {
        await expect
          .poll(() => page.getByRole('checkbox', { name: savedName }).isChecked(), { timeout: 15_000 })
          .toBe(true);
      } catch (error) {
        throw new Error(`level 2: ${(error as Error).message}\n${await explain(page)}`);
      }
      await page.getByRole('button', { name: 'Opslaan' }).click();
      const second = await waitForFormPost(levelPosts, 2);
      expect(second.getAll('Integraties'), 'level 2 post').toEqual([GUID.alertops]);
      expect(second.get('Actief')).toBe('true');
      expect(proposed, 'an integration name was proposed (README)').not.toBe('');
    });
  });
});

/* ================================================================================================================= */
/* C10–C11: switching between editors in one single-page app                                                           */
/* ================================================================================================================= */

describe('C10–C11 several editors in one SPA', () => {
  it('C10 EN React-like SPA: an existing AlertOps integration with the user\'s own URL (kept, "Replace?" offered), Cancel, then "Add integration" → AlertOps: the new editor is filled and its Save posts the URL; reopening the old one: still the user\'s URL; no "Replace?" prompt lingers over the new editor', async () => {
    const fresh = await captureFresh(3010);
    const own = validUrl('Custom');
    const script = `${PAGE_LIB}${REACT_LIB}
const OWN = ${JSON.stringify(own)};
window.db = { 9: { name: 'AlertOps (old)', type: 'AlertOps', url: OWN } };
window.editor = null;
const app = document.getElementById('app');
let screen = 'list', menu = false, token = 0;
function go(path) { history.pushState({}, '', path); route(); }
window.addEventListener('popstate', route);
function route() {
  const p = location.pathname, my = ++token;
  menu = false;
  const edit = /\\/Edit\\/(\\d+)$/.exec(p);
  if (edit) { screen = 'loading'; commit(); setTimeout(() => { if (my !== token) return; window.editor = Object.assign({ id: Number(edit[1]) }, window.db[edit[1]]); screen = 'editor'; commit(); }, 700); return; }
  if (/\\/New\\/AlertOps$/.test(p)) { screen = 'loading'; commit(); setTimeout(() => { if (my !== token) return; window.editor = { id: 0, name: '', type: 'AlertOps', url: '' }; screen = 'editor'; commit(); }, 500); return; }
  screen = 'list'; commit();
}
function view() {
  if (screen === 'loading') return '<p>Loading...</p>';
  if (screen === 'list') return '<h1>Integrations</h1><div class="toolbar"><button type="button" id="add" aria-haspopup="menu" aria-expanded="' + menu + '">Add integration</button>' +
    (menu ? '<div role="menu" aria-label="Integration type">' + ['Slack', 'Microsoft Teams', 'AlertOps', 'Webhook'].map((t) => '<div role="menuitem" tabindex="-1" data-t="' + t + '">' + t + '</div>').join('') + '</div>' : '') +
    '</div><table><thead><tr><th>Name</th><th>Type</th></tr></thead><tbody>' + Object.keys(window.db).map((id) => '<tr><td><a href="/Alerting/Integrations/Edit/' + id + '" data-id="' + id + '">' +
    esc(window.db[id].name) + '</a></td><td>' + esc(window.db[id].type) + '</td></tr>').join('') + '</tbody></table>';
  const m = window.editor;
  return '<h1>' + (m.id ? 'Edit integration' : 'New integration') + '</h1><form onsubmit="return false"><div class="form-group"><label for="nm">Integration name</label> <input id="nm" type="text"></div>' +
    '<div class="form-group">Integration type: <strong>' + esc(m.type) + '</strong></div><h3>Predefined variables</h3>' +
    '<div class="var-row"><span id="var-l">AlertOpsUrl</span> <select id="md" aria-labelledby="var-l"><option>Specify value here</option><option>Specify value in escalation level</option></select> ' +
    '<input id="url" type="text" size="80" aria-labelledby="var-l"></div><button type="button" id="save">Save</button> <button type="button" id="cancel">Cancel</button></form>';
}
function wire(c) {
  if (screen === 'list') {
    c.querySelector('#add').addEventListener('click', () => { menu = !menu; commit(); });
    for (const item of c.querySelectorAll('[role=menuitem]')) item.addEventListener('click', () => { if (item.dataset.t === 'AlertOps') go('/Alerting/Integrations/New/AlertOps'); });
    for (const a of c.querySelectorAll('a[data-id]')) a.addEventListener('click', (e) => { e.preventDefault(); go(a.getAttribute('href')); });
  }
  if (screen === 'editor') {
    const m = window.editor;
    controlled(c.querySelector('#nm'), () => m.name, (v) => { m.name = v; commit(); });
    controlled(c.querySelector('#url'), () => m.url, (v) => { m.url = v; commit(); });
    c.querySelector('#cancel').addEventListener('click', () => { window.editor = null; go('/Alerting/Integrations'); });
    c.querySelector('#save').addEventListener('click', () => {
      if (!m.name.trim() || m.url.indexOf('https://') !== 0) return;
      postJson(m.id ? '/api/integrations/' + m.id : '/api/integrations/new', { name: m.name, type: m.type, url: m.url }).then(() => {
        const id = m.id || 10; window.db[id] = { name: m.name, type: m.type, url: m.url }; window.editor = null; toast('Saved'); go('/Alerting/Integrations');
      });
    });
  }
}
const commit = mount(app, view, wire);
route();`;
    await serveAt(
      'https://app.uptrends.com/Alerting/Integrations**',
      doc('en', 'Uptrends', '<nav class="sidebar">Alerting &gt; Integrations</nav><main id="app"></main>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations');
      await page.getByRole('link', { name: 'AlertOps (old)' }).click();
      const urlField = page.getByRole('textbox', { name: 'AlertOpsUrl' });
      await urlField.waitFor();
      await pollNotice(page, /Replace/i, 'editor');
      await sleep(1000);
      expect((await model(page, 'editor')).url, "the old integration keeps the user's URL").toBe(own);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('button', { name: 'Add integration' }).click();
      await page.getByRole('menuitem', { name: 'AlertOps' }).click();
      await pollModel(page, (m) => m?.id === 0 && m.url, fresh, 'editor');
      await sleep(2000);
      const lingering = await noticeText(page);
      const editor = await model(page, 'editor');
      expect(editor.url).toBe(fresh);
      const name = editor.name || 'AlertOps pager';
      if (!editor.name) await page.getByRole('textbox', { name: 'Integration name' }).fill(name);
      const since = requestCount();
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      const sent = await postedTo('/api/integrations/new', since);
      expect(sent.body).toEqual({ name, type: 'AlertOps', url: fresh });
      await page.getByRole('link', { name: 'AlertOps (old)' }).click();
      await urlField.waitFor();
      await sleep(2500);
      expect((await model(page, 'editor')).url, "reopened: still the user's URL").toBe(own);
      expect(await urlField.inputValue()).toBe(own);
      expect(
        lingering,
        'while the NEW (empty, now filled) editor was shown, no "Replace?" prompt about the old editor was left on screen',
      ).not.toMatch(/Replace/i);
    });
  });

  it('C11 NL Knockout "textInput" SPA with hash routes: AlertOps draft filled; the user opens a new Slack integration (#/nieuw/slack) whose "Url" must stay empty, then returns to the AlertOps draft re-rendered from its observables: the URL went in once, no "Replace?" prompt, Opslaan posts it', async () => {
    const fresh = await captureFresh(3111);
    const script = `${PAGE_LIB}${KO_LIB}
const drafts = { alertops: { type: 'AlertOps', varName: 'ApiUrl', name: observable(''), url: observable('') }, slack: { type: 'Slack', varName: 'Url', name: observable(''), url: observable('') } };
window.urlWrites = { alertops: 0, slack: 0 };
const sync = () => { window.drafts = Object.fromEntries(Object.keys(drafts).map((k) => [k, { name: drafts[k].name(), url: drafts[k].url() }])); };
Object.keys(drafts).forEach((k) => { drafts[k].name.subscribe(sync); drafts[k].url.subscribe(() => { window.urlWrites[k]++; sync(); }); });
sync();
const app = document.getElementById('app');
let timer = 0;
function route() {
  clearTimeout(timer);
  const m = /^#\\/nieuw\\/(alertops|slack)$/.exec(location.hash);
  if (!m) { app.innerHTML = '<h1>Integraties</h1><p><a href="#/nieuw/alertops">AlertOps toevoegen</a> · <a href="#/nieuw/slack">Slack toevoegen</a></p>'; return; }
  app.innerHTML = '<p>Laden...</p>';
  timer = setTimeout(() => editor(m[1]), 400);
}
function editor(key) {
  const d = drafts[key];
  app.innerHTML = '<h1>Nieuwe integratie</h1><p class="links"><a href="#/nieuw/alertops">Terug naar het AlertOps-concept</a> · <a href="#/nieuw/slack">Slack toevoegen</a></p>' +
    '<form onsubmit="return false"><div class="row"><label for="nm">Integratienaam</label> <input id="nm" type="text" data-bind="textInput: name"></div>' +
    '<div class="row"><label for="tp">Integratietype</label> <select id="tp" disabled><option>' + d.type + '</option></select></div>' +
    '<h3>Voorgedefinieerde variabelen</h3><table><tbody><tr><td id="vl">' + d.varName + '</td><td><select aria-labelledby="vl"><option>Waarde hier opgeven</option>' +
    '<option>Waarde opgeven in escalatieniveau</option></select></td><td><input id="val" type="text" size="80" aria-labelledby="vl" data-bind="textInput: url"></td></tr></tbody></table>' +
    '<button type="button" id="save">Opslaan</button></form>';
  bindValue(app.querySelector('#nm'), d.name, ['input']);
  bindValue(app.querySelector('#val'), d.url, ['input']);
  app.querySelector('#save').onclick = () => postJson('/api/integraties/' + key, { name: d.name(), type: d.type, variables: { [d.varName]: d.url() } }).then(() => toast('Opgeslagen'));
}
window.addEventListener('hashchange', route);
route();`;
    await serveAt(
      'https://app.uptrends.com/Alerting/Integraties*',
      doc('nl', 'Uptrends', '<nav class="sidebar">Alerting &gt; Integraties</nav><main id="app"></main>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integraties#/nieuw/alertops');
      await pollModel(page, (d) => d.alertops.url, fresh, 'drafts');
      await page.getByRole('link', { name: 'Slack toevoegen' }).click();
      await page.getByRole('textbox', { name: 'Url' }).waitFor();
      await sleep(3000);
      expect((await model(page, 'drafts')).slack, 'the Slack editor is left alone').toEqual({ name: '', url: '' });
      expect(await page.getByRole('textbox', { name: 'Url' }).inputValue()).toBe('');
      await page.getByRole('link', { name: 'Terug naar het AlertOps-concept' }).click();
      await page.getByRole('textbox', { name: 'ApiUrl' }).waitFor();
      await sleep(2500);
      const drafts = await model(page, 'drafts');
      expect(drafts.alertops.url).toBe(fresh);
      expect(await page.getByRole('textbox', { name: 'ApiUrl' }).inputValue()).toBe(fresh);
      expect(await model(page, 'urlWrites'), 'the URL went in once; Slack never written').toEqual({
        alertops: 1,
        slack: 0,
      });
      expect(await noticeText(page), 'no "Replace?" about a field that holds the captured URL').not.toMatch(/Replace/i);
      const name = drafts.alertops.name || 'AlertOps piket';
      if (!drafts.alertops.name) await page.getByRole('textbox', { name: 'Integratienaam' }).fill(name);
      const since = requestCount();
      await page.getByRole('button', { name: 'Opslaan' }).click();
      const sent = await postedTo('/api/integraties/alertops', since);
      expect(sent.body).toEqual({ name, type: 'AlertOps', variables: { ApiUrl: fresh } });
    });
  });
});

/* ================================================================================================================= */
/* C12–C13: level lists that re-sort, and two AlertOps integrations one of which is already ticked                     */
/* ================================================================================================================= */

describe('C12–C13 level lists', () => {
  it('C12 EN Knockout "foreach" level list sorted ticked-first, re-rendered (new nodes) after every change, panels rendered when their tab opens: AlertOps ticked once on each of two levels, nothing else; revisiting level 1 changes nothing; Save posts it', async () => {
    const AO = 'AlertOps primary';
    const NAMES = ['E-mail', 'Phone', 'SMS', 'Slack #ops', 'Webhook CMDB', AO];
    const script = `${PAGE_LIB}${KO_LIB}
const NAMES = ${JSON.stringify(NAMES)};
const levels = [1, 2].map((n) => ({ level: n, active: observable(true), on: Object.fromEntries(NAMES.map((x) => [x, observable(n === 1 && x === 'E-mail')])) }));
window.toggles = [];
const sync = () => { window.model = { levels: levels.map((l) => ({ level: l.level, active: l.active(), on: Object.fromEntries(NAMES.map((x) => [x, l.on[x]()])) })) }; };
sync();
const host = document.getElementById('def');
let tab = 0, timer = 0;
host.innerHTML = '<div role="tablist">' + ['Main', 'Escalation level 1', 'Escalation level 2'].map((x, i) => '<button type="button" role="tab" id="t' + i + '" aria-controls="pn" data-i="' + i + '">' + x + '</button>').join('') +
  '</div><div role="tabpanel" id="pn"></div>';
const pane = host.querySelector('#pn');
function list(l) {
  // foreach: sortedIntegrations = ticked first, then by name; the whole list is re-created on every change.
  const sorted = NAMES.slice().sort((a, b) => (l.on[b]() - l.on[a]()) || a.localeCompare(b));
  const ul = pane.querySelector('ul.integrations');
  ul.innerHTML = sorted.map((x, j) => '<li><input type="checkbox" id="l' + l.level + '-' + j + '" data-k="' + esc(x) + '"> <label for="l' + l.level + '-' + j + '">' + esc(x) + '</label></li>').join('');
  for (const el of ul.querySelectorAll('input')) bindChecked(el, l.on[el.dataset.k]);
}
function show(i) {
  tab = i; clearTimeout(timer);
  host.querySelectorAll('[role=tab]').forEach((t) => t.setAttribute('aria-selected', String(Number(t.dataset.i) === i)));
  pane.setAttribute('aria-labelledby', 't' + i);
  pane.innerHTML = '<p>Loading...</p>';
  timer = setTimeout(() => {
    if (i === 0) { pane.innerHTML = '<p>Checkout flow monitors</p>'; return; }
    const l = levels[i - 1];
    pane.innerHTML = '<label><input type="checkbox" id="act"> Active</label><h4>Alerting by integrations</h4><ul class="integrations"></ul>';
    bindChecked(pane.querySelector('#act'), l.active);
    list(l);
  }, 350);
}
levels.forEach((l) => NAMES.forEach((x) => l.on[x].subscribe(() => { window.toggles.push(l.level + ':' + x); sync(); if (tab === l.level) setTimeout(() => list(l), 0); })));
host.querySelectorAll('[role=tab]').forEach((t) => t.addEventListener('click', () => show(Number(t.dataset.i))));
show(0);
document.getElementById('save').onclick = () => postJson('/api/alertdefinitions/1212', { levels: window.model.levels.map((l) => ({ level: l.level, active: l.active,
  integrations: NAMES.filter((n) => l.on[n]) })) }).then(() => toast('Saved'));`;
    await serveAt(
      'https://app.uptrends.com/Alerting/AlertDefinitions/Edit/1212*',
      doc(
        'en',
        'Uptrends',
        '<nav class="sidebar">Alerting &gt; Alert definitions</nav><main><h1>Checkout flow</h1><div id="def"></div><button type="button" id="save">Save</button></main>',
        script,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/AlertDefinitions/Edit/1212');
      await page.getByRole('tab', { name: 'Escalation level 1' }).click();
      await pollModel(page, (m) => m.levels[0].on[AO], true);
      await sleep(1500);
      await page.getByRole('tab', { name: 'Escalation level 2' }).click();
      await pollModel(page, (m) => m.levels[1].on[AO], true);
      await sleep(1500);
      await page.getByRole('tab', { name: 'Escalation level 1' }).click();
      await page.getByRole('checkbox', { name: AO }).waitFor();
      await sleep(2000);
      expect(await model(page, 'toggles'), 'only AlertOps, once per level').toEqual([`1:${AO}`, `2:${AO}`]);
      expect(await page.getByRole('checkbox', { name: AO }).isChecked()).toBe(true);
      const since = requestCount();
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      const sent = await postedTo('/api/alertdefinitions/1212', since);
      expect(sent.body).toEqual({
        levels: [
          { level: 1, active: true, integrations: ['E-mail', AO] },
          { level: 2, active: true, integrations: [AO] },
        ],
      });
    });
  });

  it('C13 FR Vue checkbox-array v-model, level content rendered when its tab opens; "AlertOps production" already ticked on level 1 beside "AlertOps préproduction", Slack and e-mail: level 1 is left exactly as it is; on level 2 "préproduction" is never ticked unasked, and "production" ends ticked (directly or once the user picks it); Enregistrer posts it', async () => {
    const PROD = 'AlertOps production';
    const PRE = 'AlertOps préproduction';
    const NAMES = ['E-mail', 'SMS', 'Slack équipe', PROD, PRE];
    const script = `${PAGE_LIB}
const NAMES = ${JSON.stringify(NAMES)};
const state = { tab: 0, levels: [{ level: 1, active: true, selected: ['E-mail', ${JSON.stringify(PROD)}] }, { level: 2, active: true, selected: [] }] };
window.model = state; window.toggles = [];
const host = document.getElementById('def');
let queued = false, timer = 0;
function render() {
  queued = false;
  const tabs = ['Général', "Niveau d'escalade 1", "Niveau d'escalade 2"];
  host.innerHTML = '<div role="tablist">' + tabs.map((x, i) => '<button type="button" role="tab" id="t' + i + '" aria-controls="pn" aria-selected="' + (i === state.tab) + '" data-i="' + i + '">' +
    esc(x) + '</button>').join('') + '</div><div role="tabpanel" id="pn" aria-labelledby="t' + state.tab + '"><p>Chargement...</p></div>';
  host.querySelectorAll('[role=tab]').forEach((t) => t.addEventListener('click', () => { state.tab = Number(t.dataset.i); render(); }));
  clearTimeout(timer);
  const tab = state.tab;
  timer = setTimeout(() => panel(tab), 400);
}
function panel(tab) {
  const pn = host.querySelector('#pn');
  if (tab === 0) { pn.innerHTML = '<p>Boutique en ligne – 8 moniteurs</p>'; return; }
  const l = state.levels[tab - 1];
  pn.innerHTML = '<div class="field"><input type="checkbox" id="actif"' + (l.active ? ' checked' : '') + '> <label for="actif">Actif</label></div><h4>Alertes par intégrations</h4>' +
    NAMES.map((x, j) => '<div class="field"><input type="checkbox" id="i' + l.level + '-' + j + '" value="' + esc(x) + '"> <label for="i' + l.level + '-' + j + '">' + esc(x) + '</label></div>').join('');
  pn.querySelector('#actif').addEventListener('change', (e) => { l.active = e.target.checked; });
  // v-model="level.selected" on a checkbox group: "change" adds or removes the box's value; the DOM is patched from the array.
  const boxes = Array.from(pn.querySelectorAll('input[value]'));
  const patch = () => boxes.forEach((b) => { b.checked = l.selected.indexOf(b.value) >= 0; });
  patch();
  for (const b of boxes) b.addEventListener('change', () => {
    const i = l.selected.indexOf(b.value);
    if (b.checked && i < 0) l.selected.push(b.value); else if (!b.checked && i >= 0) l.selected.splice(i, 1);
    window.toggles.push(l.level + ':' + b.value);
    queueMicrotask(patch);
  });
}
render();
document.getElementById('save').onclick = () => postJson('/api/definitions/413', { levels: state.levels.map((l) => ({ level: l.level, active: l.active,
  integrations: NAMES.filter((n) => l.selected.indexOf(n) >= 0) })) }).then(() => toast('Enregistré'));`;
    await serveAt(
      'https://app.uptrends.com/Alerte/Definitions/Modifier/413*',
      doc(
        'fr',
        'Uptrends',
        `<nav class="sidebar">Alerte &gt; Définitions d'alerte</nav><main><h1>Boutique en ligne</h1><div id="def"></div><button type="button" id="save">Enregistrer</button></main>`,
        script,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerte/Definitions/Modifier/413');
      await page.getByRole('tab', { name: "Niveau d'escalade 1" }).click();
      await page.getByRole('checkbox', { name: PRE }).waitFor();
      await sleep(3000);
      let m = await model(page);
      expect(m.levels[0].selected, 'level 1 left as it was').toEqual(['E-mail', PROD]);
      expect(await page.getByRole('checkbox', { name: PRE }).isChecked()).toBe(false);
      const level1Notice = await noticeText(page);
      await page.getByRole('tab', { name: "Niveau d'escalade 2" }).click();
      await page.getByRole('checkbox', { name: PRE }).waitFor();
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        m = await model(page);
        if (m.levels[1].selected.includes(PRE) || m.levels[1].selected.includes(PROD)) break;
        const choice = page.locator(NOTICE).getByRole('button', { name: PROD });
        if (await choice.count())
          await choice
            .first()
            .click({ timeout: 2000 })
            .catch(() => undefined);
        await sleep(250);
      }
      await sleep(1500);
      m = await model(page);
      expect(m.levels[1].selected, `level 2 (notice on level 1 was: ${JSON.stringify(level1Notice)})`).toEqual([PROD]);
      expect(await model(page, 'toggles'), 'nothing changed on level 1, only "production" on level 2').toEqual([
        `2:${PROD}`,
      ]);
      const since = requestCount();
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      const sent = await postedTo('/api/definitions/413', since);
      expect(sent.body).toEqual({
        levels: [
          { level: 1, active: true, integrations: ['E-mail', PROD] },
          { level: 2, active: true, integrations: [PROD] },
        ],
      });
    });
  });
});

/* ================================================================================================================= */
/* C14: the user clears the filled URL in a form that replaces its nodes on every keystroke                            */
/* ================================================================================================================= */

describe('C14 the user takes over', () => {
  it("C14 DE React-like editor reached by pushState, re-rendered with new nodes on every keystroke: filled; the user clears the URL (Ctrl+A, Entf) and clicks elsewhere: it stays empty; the user types an own URL key by key: kept; Speichern posts the user's URL", async () => {
    const fresh = await captureFresh(3414);
    const own = `https://notify.alertops.com/POSTAlert/${newKey()}/Custom`;
    const script = `${PAGE_LIB}${REACT_LIB}
window.editor = null;
const app = document.getElementById('app');
let screen = 'list', timer = 0;
function go(path) { history.pushState({}, '', path); route(); }
window.addEventListener('popstate', route);
function route() {
  clearTimeout(timer);
  if (location.pathname === '/Alarmierung/Integrationen/Neu') {
    screen = 'loading'; commit();
    timer = setTimeout(() => { window.editor = { name: '', type: 'AlertOps', url: '', renders: 0 }; screen = 'editor'; commit(); }, 500);
    return;
  }
  screen = 'list'; commit();
}
function view() {
  if (screen === 'loading') return '<p>Wird geladen...</p>';
  if (screen === 'list') return '<h1>Integrationen</h1><p>Integrationstyp wählen:</p><div class="type-grid">' + ['Slack', 'PagerDuty', 'AlertOps', 'Webhook'].map((t) =>
    '<button type="button" class="type" data-t="' + t + '">' + t + '</button>').join(' ') + '</div>';
  const m = window.editor; m.renders++;
  return '<h1>Neue Integration</h1><form onsubmit="return false"><div class="row"><label for="nm">Integrationsname</label> <input id="nm" type="text"></div>' +
    '<div class="row"><label for="tp">Integrationstyp</label> <input id="tp" type="text" disabled></div><h3>Vordefinierte Variablen</h3>' +
    '<div class="row"><label for="url">AlertOpsUrl</label> <select id="md" aria-label="AlertOpsUrl Quelle"><option>Wert hier eintragen</option><option>Wert in Eskalationsstufe eintragen</option></select> ' +
    '<input id="url" type="text" size="80"></div><button type="button" id="save">Speichern</button> <button type="button" id="cancel">Abbrechen</button></form>';
}
function wire(c) {
  if (screen === 'list') for (const b of c.querySelectorAll('button.type')) b.addEventListener('click', () => { if (b.dataset.t === 'AlertOps') go('/Alarmierung/Integrationen/Neu'); });
  if (screen === 'editor') {
    const m = window.editor;
    controlled(c.querySelector('#nm'), () => m.name, (v) => { m.name = v; commit(); });
    c.querySelector('#tp').value = m.type;
    controlled(c.querySelector('#url'), () => m.url, (v) => { m.url = v; commit(); });
    c.querySelector('#save').addEventListener('click', () => postJson('/api/integrationen/neu', { name: m.name, type: m.type, url: m.url }).then(() => toast('Gespeichert')));
  }
}
const commit = mount(app, view, wire);
route();`;
    await serveAt(
      'https://app.uptrends.com/Alarmierung/Integrationen**',
      doc('de', 'Uptrends', '<nav class="sidebar">Alarmierung &gt; Integrationen</nav><main id="app"></main>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alarmierung/Integrationen');
      await page.getByRole('button', { name: 'AlertOps' }).click();
      await pollModel(page, (m) => m?.url, fresh, 'editor');
      await sleep(1500);
      const url = page.getByRole('textbox', { name: 'AlertOpsUrl' });
      await url.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await pollModel(page, (m) => m.url, '', 'editor', 5000);
      await page.getByRole('heading', { name: 'Neue Integration' }).click();
      await sleep(4000);
      expect((await model(page, 'editor')).url, 'the field the user emptied stays empty').toBe('');
      expect(await url.inputValue()).toBe('');
      await url.click();
      await page.keyboard.type(own, { delay: 5 });
      await pollModel(page, (m) => m.url, own, 'editor', 5000);
      await page.getByRole('heading', { name: 'Neue Integration' }).click();
      await sleep(2500);
      expect((await model(page, 'editor')).url, "the user's own URL is kept").toBe(own);
      const m = await model(page, 'editor');
      const name = m.name || 'AlertOps eigene';
      if (!m.name) await page.getByRole('textbox', { name: 'Integrationsname' }).fill(name);
      const since = requestCount();
      await page.getByRole('button', { name: 'Speichern' }).click();
      const sent = await postedTo('/api/integrationen/neu', since);
      expect(sent.body).toEqual({ name, type: 'AlertOps', url: own });
    });
  });
});

/* ================================================================================================================= */
/* C15–C17: prompts across lazy tabs, level variables revealed by a re-render, a capture while the user types         */
/* ================================================================================================================= */

describe('C15–C17 more combinations', () => {
  it('C15 EN React-like lazy level tabs, "AlertOps – Tier 1" and "AlertOps – Tier 2" beside Slack and e-mail: the user leaves the question on level 1 unanswered, opens level 2 and answers there with Tier 2: Tier 2 is ticked on level 2 (the level in view), Tier 1 never; Save posts it', async () => {
    const T1 = 'AlertOps – Tier 1';
    const T2 = 'AlertOps – Tier 2';
    const NAMES = ['E-mail', 'SMS', 'Slack #ops', T1, T2];
    const script = `${PAGE_LIB}${REACT_LIB}
const NAMES = ${JSON.stringify(NAMES)};
window.model = { levels: [1, 2].map((n) => ({ level: n, active: true, on: Object.fromEntries(NAMES.map((x) => [x, n === 1 && x === 'E-mail'])) })) };
window.toggles = [];
const app = document.getElementById('app');
let tab = 0, ready = true, token = 0;
function view() {
  const tabs = ['Main'].concat(window.model.levels.map((l) => 'Escalation level ' + l.level));
  let panel = '<p>Loading...</p>';
  if (ready && tab === 0) panel = '<p>API monitors</p>';
  else if (ready) {
    const l = window.model.levels[tab - 1];
    panel = '<div class="check"><input type="checkbox" id="act-' + l.level + '"' + (l.active ? ' checked' : '') + ' data-k="__active"> <label for="act-' + l.level + '">Active</label></div>' +
      '<h4>Alerting by integrations</h4>' + NAMES.map((x, j) => '<div class="check"><input type="checkbox" id="l' + l.level + 'i' + j + '" data-k="' + esc(x) + '"' +
      (l.on[x] ? ' checked' : '') + '> <label for="l' + l.level + 'i' + j + '">' + esc(x) + '</label></div>').join('');
  }
  return '<h1>API monitors</h1><div role="tablist">' + tabs.map((x, i) => '<button type="button" role="tab" id="t' + i + '" aria-selected="' + (i === tab) +
    '" aria-controls="p" data-i="' + i + '">' + esc(x) + '</button>').join('') + '</div><div role="tabpanel" id="p" aria-labelledby="t' + tab + '">' + panel + '</div>' +
    '<button type="button" id="save">Save</button>';
}
function wire(c) {
  for (const t of c.querySelectorAll('[role=tab]')) t.addEventListener('click', () => {
    tab = Number(t.dataset.i); ready = false; const my = ++token; commit();
    setTimeout(() => { if (my === token) { ready = true; commit(); } }, 400);
  });
  for (const box of c.querySelectorAll('#p input[type=checkbox]')) box.addEventListener('change', () => {
    const l = window.model.levels[tab - 1];
    if (box.dataset.k === '__active') l.active = box.checked; else { l.on[box.dataset.k] = box.checked; window.toggles.push(l.level + ':' + box.dataset.k); }
    commit();
  });
  c.querySelector('#save').addEventListener('click', () => postJson('/api/alertdefinitions/1515', { levels: window.model.levels.map((l) => ({
    level: l.level, active: l.active, integrations: NAMES.filter((n) => l.on[n]) })) }).then(() => toast('Saved')));
}
const commit = mount(app, view, wire);
commit();`;
    await serveAt(
      'https://app.uptrends.com/Alerting/AlertDefinitions/Edit/1515*',
      doc('en', 'Uptrends', '<nav class="sidebar">Alerting &gt; Alert definitions</nav><main id="app"></main>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/AlertDefinitions/Edit/1515');
      await page.getByRole('tab', { name: 'Escalation level 1' }).click();
      try {
        await page.locator(NOTICE).getByRole('button', { name: T2 }).first().waitFor({ timeout: 15_000 });
      } catch (error) {
        throw new Error(`no question on level 1: ${(error as Error).message}\n${await explain(page)}`);
      }
      await page.getByRole('tab', { name: 'Escalation level 2' }).click();
      await page.getByRole('checkbox', { name: T2 }).waitFor();
      await sleep(1500);
      const before = await noticeText(page);
      await clickNoticeButton(page, T2);
      try {
        await pollModel(page, (m) => m.levels[1].on[T2], true);
      } catch (error) {
        throw new Error(
          `${(error as Error).message}\nnotice while level 2 was shown, before the answer: ${JSON.stringify(before)}`,
        );
      }
      await sleep(1500);
      const m = await model(page);
      expect(m.levels[1].on, 'level 2').toEqual({
        'E-mail': false,
        SMS: false,
        'Slack #ops': false,
        [T1]: false,
        [T2]: true,
      });
      expect(m.levels[0].on[T1], 'Tier 1 never ticked').toBe(false);
      const since = requestCount();
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      const sent = await postedTo('/api/alertdefinitions/1515', since);
      expect((sent.body as AnyModel).levels[1]).toEqual({ level: 2, active: true, integrations: [T2] });
    });
  });

  it('C16 FR React-like level: AlertOps\'s URL is "specified in the escalation level"; ticking "AlertOps astreinte" re-renders the panel and reveals its AlertOpsUrl field (new nodes): the box ticked, the field filled with the captured URL, Slack\'s revealed "Canal" left as it is; Enregistrer posts both', async () => {
    const fresh = await captureFresh(3616);
    const AO = 'AlertOps astreinte';
    const SL = 'Slack équipe';
    const NAMES = ['E-mail', 'SMS', 'Téléphone', SL, AO];
    const script = `${PAGE_LIB}${REACT_LIB}
const NAMES = ${JSON.stringify(NAMES)};
const VARS = { ${JSON.stringify(SL)}: ['Canal'], ${JSON.stringify(AO)}: ['AlertOpsUrl'] };
window.model = { levels: [1].map((n) => ({ level: n, active: true, on: Object.fromEntries(NAMES.map((x) => [x, x === ${JSON.stringify(SL)}])),
  vars: { ${JSON.stringify(SL)}: { Canal: '#ops' }, ${JSON.stringify(AO)}: { AlertOpsUrl: '' } } })) };
const app = document.getElementById('app');
let tab = 0, ready = true;
function view() {
  let panel = '<p>Chargement...</p>';
  if (ready && tab === 0) panel = '<p>Site vitrine – 5 moniteurs</p>';
  else if (ready) {
    const l = window.model.levels[0];
    panel = '<div class="check"><input type="checkbox" id="act"' + (l.active ? ' checked' : '') + '> <label for="act">Actif</label></div><h4>Alertes par intégrations</h4>' +
      NAMES.map((x, j) => '<div class="integration"><div class="check"><input type="checkbox" id="i' + j + '" data-k="' + esc(x) + '"' + (l.on[x] ? ' checked' : '') + '> <label for="i' + j + '">' + esc(x) + '</label></div>' +
        (l.on[x] && VARS[x] ? '<div class="vars">' + VARS[x].map((v) => '<label for="v' + j + '-' + v + '">' + v + '</label> <input type="text" size="80" id="v' + j + '-' + v + '" data-i="' + esc(x) + '" data-v="' + v + '">').join('') + '</div>' : '') +
        '</div>').join('');
  }
  return '<h1>Site vitrine</h1><div role="tablist">' + ['Général', "Niveau d'escalade 1"].map((x, i) => '<button type="button" role="tab" id="t' + i + '" aria-controls="p" aria-selected="' + (i === tab) + '" data-i="' + i + '">' + esc(x) + '</button>').join('') +
    '</div><div role="tabpanel" id="p" aria-labelledby="t' + tab + '">' + panel + '</div><button type="button" id="save">Enregistrer</button>';
}
function wire(c) {
  const l = window.model.levels[0];
  for (const t of c.querySelectorAll('[role=tab]')) t.addEventListener('click', () => { tab = Number(t.dataset.i); ready = false; commit(); setTimeout(() => { ready = true; commit(); }, 300); });
  const act = c.querySelector('#act'); if (act) act.addEventListener('change', () => { l.active = act.checked; commit(); });
  for (const box of c.querySelectorAll('input[data-k]')) box.addEventListener('change', () => { l.on[box.dataset.k] = box.checked; commit(); });
  for (const f of c.querySelectorAll('input[data-v]')) controlled(f, () => l.vars[f.dataset.i][f.dataset.v], (v) => { l.vars[f.dataset.i][f.dataset.v] = v; commit(); });
  c.querySelector('#save').addEventListener('click', () => postJson('/api/definitions/616', { levels: window.model.levels.map((x) => ({ level: x.level, active: x.active,
    integrations: NAMES.filter((n) => x.on[n]), variables: Object.fromEntries(NAMES.filter((n) => x.on[n] && VARS[n]).map((n) => [n, x.vars[n]])) })) }).then(() => toast('Enregistré')));
}
const commit = mount(app, view, wire);
commit();`;
    await serveAt(
      'https://app.uptrends.com/Alerte/Definitions/Modifier/616*',
      doc(
        'fr',
        'Uptrends',
        `<nav class="sidebar">Alerte &gt; Définitions d'alerte</nav><main id="app"></main>`,
        script,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerte/Definitions/Modifier/616');
      await page.getByRole('tab', { name: "Niveau d'escalade 1" }).click();
      await pollModel(page, (m) => m.levels[0].on[AO], true);
      await pollModel(page, (m) => m.levels[0].vars[AO].AlertOpsUrl, fresh);
      await sleep(1500);
      expect(await page.getByRole('textbox', { name: 'AlertOpsUrl' }).inputValue()).toBe(fresh);
      expect(await page.getByRole('textbox', { name: 'Canal' }).inputValue(), "Slack's channel left alone").toBe(
        '#ops',
      );
      const since = requestCount();
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      const sent = await postedTo('/api/definitions/616', since);
      expect(sent.body).toEqual({
        levels: [
          {
            level: 1,
            active: true,
            integrations: [SL, AO],
            variables: { [SL]: { Canal: '#ops' }, [AO]: { AlertOpsUrl: fresh } },
          },
        ],
      });
    });
  });

  it('C17 EN Angular reactive editor (updateOn "blur") opened before any capture; the user is typing the name when the URL is captured in another tab: every keystroke lands in the name, focus never leaves it, the URL goes in and reaches the form; Save posts both', async () => {
    await clearLocalStorage(browser);
    const typed = 'Night shift pager rota';
    const script = `${PAGE_LIB}
class FormControl {
  constructor(value) { this.value = value; this.pendingValue = value; this.pendingChange = false; this.touched = false; this.dirty = false; }
}
const form = { name: new FormControl(''), url: new FormControl('') };
const sync = () => { window.model = { name: form.name.value, url: form.url.value, urlDirty: form.url.dirty }; };
sync();
window.focusLog = [];
const main = document.querySelector('main');
main.innerHTML = '<h1>New integration</h1><form novalidate onsubmit="return false">' +
  '<div class="row"><label for="f-name">Integration name</label> <input id="f-name" type="text" formcontrolname="name"></div>' +
  '<div class="row"><label for="f-type">Integration type</label> <input id="f-type" type="text" value="AlertOps" readonly></div>' +
  '<h3>Predefined variables</h3><table><tbody><tr><td id="v-l">ApiUrl</td><td><select aria-labelledby="v-l"><option>Specify value here</option>' +
  '<option>Specify value in escalation level</option></select></td><td><input id="f-url" type="text" size="80" aria-labelledby="v-l" formcontrolname="url"></td></tr></tbody></table>' +
  '<button type="button" id="save">Save</button></form>';
for (const key of ['name', 'url']) {
  const c = form[key], el = main.querySelector('[formcontrolname=' + key + ']');
  el.addEventListener('input', () => { c.pendingValue = el.value; c.pendingChange = true; });
  el.addEventListener('blur', () => { if (c.pendingChange) { c.pendingChange = false; c.value = c.pendingValue; c.dirty = true; } c.touched = true; sync(); });
  el.addEventListener('focus', () => window.focusLog.push(key));
}
main.querySelector('#save').onclick = () => postJson('/api/integrations/ng', { name: form.name.value, type: 'AlertOps', url: form.url.value }).then(() => toast('Saved'));`;
    await serveAt(
      'https://app.uptrends.com/Alerting/Integrations/New/AlertOps*',
      doc('en', 'Uptrends', '<nav class="sidebar">Alerting &gt; Integrations</nav><main></main>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/New/AlertOps');
      const nameField = page.getByRole('textbox', { name: 'Integration name' });
      await nameField.click();
      await page.keyboard.type(typed.slice(0, 4), { delay: 60 });
      let fresh = '';
      await Promise.all([
        page.keyboard.type(typed.slice(4), { delay: 150 }),
        (async () => {
          await sleep(300);
          fresh = await captureFresh(3717);
        })(),
      ]);
      await page.bringToFront();
      await pollModel(page, (m) => m.url, fresh);
      await sleep(1000);
      expect(await nameField.inputValue(), 'every keystroke in the name').toBe(typed);
      expect(await page.evaluate(() => document.activeElement?.id), 'focus stayed in the name field').toBe('f-name');
      expect(await page.getByRole('textbox', { name: 'ApiUrl' }).inputValue()).toBe(fresh);
      await page.keyboard.press('Tab');
      const since = requestCount();
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      const sent = await postedTo('/api/integrations/ng', since);
      expect(sent.body).toEqual({ name: typed, type: 'AlertOps', url: fresh });
    });
  });
});

describe('C18 auto-fill switched off, the popup instead', () => {
  it('C18 EN auto-fill off in Settings: a React-like editor reached by pushState is left empty; the popup\'s "Fill this page" fills it into the page\'s state and Save posts it; on a Knockout level whose AlertOps box is already ticked, "Fill this page" leaves it ticked', async () => {
    const fresh = await captureFresh(3818);
    const AO = 'AlertOps primary';
    const NAMES = ['E-mail', 'SMS', 'Slack #ops', AO];
    const editorScript = `${PAGE_LIB}${REACT_LIB}
window.editor = null;
const app = document.getElementById('app');
let screen = 'list';
function go(path) { history.pushState({}, '', path); route(); }
function route() {
  if (location.pathname.endsWith('/New')) { screen = 'loading'; commit(); setTimeout(() => { window.editor = { name: '', url: '' }; screen = 'editor'; commit(); }, 500); return; }
  screen = 'list'; commit();
}
window.addEventListener('popstate', route);
function view() {
  if (screen === 'loading') return '<p>Loading...</p>';
  if (screen === 'list') return '<h1>Integrations</h1><button type="button" id="add">Add AlertOps integration</button>';
  return '<h1>New integration</h1><form onsubmit="return false"><div class="row"><label for="nm">Integration name</label> <input id="nm" type="text"></div>' +
    '<div class="row"><label for="tp">Integration type</label> <input id="tp" type="text" value="AlertOps" disabled></div><h3>Predefined variables</h3>' +
    '<div class="row"><label for="url">ApiUrl</label> <input id="url" type="text" size="80"></div><button type="button" id="save">Save</button></form>';
}
function wire(c) {
  if (screen === 'list') c.querySelector('#add').addEventListener('click', () => go('/Alerting/Integrations/Manual/New'));
  if (screen === 'editor') {
    const m = window.editor;
    controlled(c.querySelector('#nm'), () => m.name, (v) => { m.name = v; commit(); });
    controlled(c.querySelector('#url'), () => m.url, (v) => { m.url = v; commit(); });
    c.querySelector('#save').addEventListener('click', () => postJson('/api/integrations/manual', { name: m.name, type: 'AlertOps', url: m.url }).then(() => toast('Saved')));
  }
}
const commit = mount(app, view, wire);
route();`;
    const levelScript = `${PAGE_LIB}${KO_LIB}
const NAMES = ${JSON.stringify(NAMES)};
const AO = ${JSON.stringify(AO)};
const levels = [1, 2].map((n) => ({ level: n, active: observable(true), on: Object.fromEntries(NAMES.map((x) => [x, observable(n === 1 && (x === AO || x === 'E-mail'))])) }));
window.toggles = [];
const sync = () => { window.model = { levels: levels.map((l) => ({ level: l.level, on: Object.fromEntries(NAMES.map((x) => [x, l.on[x]()])) })) }; };
levels.forEach((l) => NAMES.forEach((x) => l.on[x].subscribe(() => { window.toggles.push(l.level + ':' + x); sync(); })));
sync();
const host = document.getElementById('def');
host.innerHTML = '<div role="tablist">' + ['Escalation level 1', 'Escalation level 2'].map((x, i) => '<button type="button" role="tab" id="t' + i + '" aria-controls="p' + i + '" aria-selected="' + (i === 0) + '">' + x + '</button>').join('') + '</div>' +
  levels.map((l, i) => '<div role="tabpanel" id="p' + i + '" aria-labelledby="t' + i + '"' + (i ? ' hidden' : '') + '><label><input type="checkbox" data-k="__active"> Active</label><h4>Alerting by integrations</h4>' +
    NAMES.map((x) => '<div><label><input type="checkbox" data-k="' + esc(x) + '"> ' + esc(x) + '</label></div>').join('') + '</div>').join('');
levels.forEach((l, i) => host.querySelectorAll('#p' + i + ' input').forEach((el) => bindChecked(el, el.dataset.k === '__active' ? l.active : l.on[el.dataset.k])));
host.querySelectorAll('[role=tab]').forEach((t) => t.addEventListener('click', () => {
  host.querySelectorAll('[role=tab]').forEach((x) => x.setAttribute('aria-selected', String(x === t)));
  host.querySelectorAll('[role=tabpanel]').forEach((p) => { p.hidden = p.id !== t.getAttribute('aria-controls'); });
}));`;
    await serveAt(
      'https://app.uptrends.com/Alerting/Integrations/Manual**',
      doc(
        'en',
        'Uptrends',
        '<nav class="sidebar">Alerting &gt; Integrations</nav><main id="app"></main>',
        editorScript,
      ),
    );
    await serveAt(
      'https://app.uptrends.com/Alerting/AlertDefinitions/Edit/1818*',
      doc(
        'en',
        'Uptrends',
        '<nav class="sidebar">Alerting &gt; Alert definitions</nav><main><h1>Shop</h1><div id="def"></div><button type="button">Save</button></main>',
        levelScript,
      ),
    );
    await setSyncSettings(browser, { autoFill: false });
    const page = await browser.context.newPage();
    try {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Manual');
      await page.getByRole('button', { name: 'Add AlertOps integration' }).click();
      const url = page.getByRole('textbox', { name: 'ApiUrl' });
      await url.waitFor();
      await sleep(3000);
      expect((await model(page, 'editor')).url, 'auto-fill is off: nothing filled by itself').toBe('');
      const popup = await browser.openPopup(page);
      await popup.getByRole('button', { name: 'Fill this page' }).click({ timeout: 10_000 });
      await page.bringToFront();
      await pollModel(page, (m) => m.url, fresh, 'editor');
      await popup.close();
      expect(await url.inputValue()).toBe(fresh);
      const m = await model(page, 'editor');
      const name = m.name || 'AlertOps by hand';
      if (!m.name) await page.getByRole('textbox', { name: 'Integration name' }).fill(name);
      const since = requestCount();
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      const sent = await postedTo('/api/integrations/manual', since);
      expect(sent.body).toEqual({ name, type: 'AlertOps', url: fresh });

      await page.goto('https://app.uptrends.com/Alerting/AlertDefinitions/Edit/1818');
      await page.getByRole('checkbox', { name: AO }).first().waitFor();
      await sleep(1500);
      const popup2 = await browser.openPopup(page);
      await popup2.getByRole('button', { name: 'Fill this page' }).click({ timeout: 10_000 });
      await sleep(2000);
      const said = (await popup2.locator('body').textContent()) ?? '';
      await popup2.close();
      await page.bringToFront();
      await sleep(1500);
      expect(
        (await model(page)).levels[0].on[AO],
        `level 1 keeps AlertOps ticked (popup said: ${JSON.stringify(said.slice(0, 300))})`,
      ).toBe(true);
      expect(await model(page, 'toggles'), 'nothing toggled on level 1').not.toContain(`1:${AO}`);
    } finally {
      await setSyncSettings(browser, {});
      await page.close();
    }
  });
});

describe('C19–C20 late data and switch controls', () => {
  it('C19 DE React-like level whose integrations are toggle switches (button role="switch", aria-checked) re-rendered after every change, panel shown when its tab opens: "AlertOps Bereitschaft" switched on, nothing else; Speichern posts it', async () => {
    const AO = 'AlertOps Bereitschaft';
    const NAMES = ['E-Mail', 'SMS', 'Telefon', 'Slack #betrieb', AO];
    const script = `${PAGE_LIB}${REACT_LIB}
const NAMES = ${JSON.stringify(NAMES)};
window.model = { levels: [{ level: 1, active: true, on: Object.fromEntries(NAMES.map((x) => [x, x === 'E-Mail'])) }] };
window.toggles = [];
const app = document.getElementById('app');
let tab = 0, ready = true;
const sw = (key, label, on, id) => '<div class="switch-row"><button type="button" role="switch" class="mdc-switch' + (on ? ' mdc-switch--selected' : '') + '" id="' + id +
  '" aria-checked="' + on + '" data-k="' + esc(key) + '"><span class="mdc-switch__handle"></span></button> <label for="' + id + '">' + esc(label) + '</label></div>';
function view() {
  let panel = '<p>Wird geladen...</p>';
  if (ready && tab === 0) panel = '<p>Webshop – 14 Monitore</p>';
  else if (ready) {
    const l = window.model.levels[0];
    panel = sw('__active', 'Aktiv', l.active, 'act') + '<h4>Alarmierung durch Integrationen</h4>' + NAMES.map((x, j) => sw(x, x, l.on[x], 'sw' + j)).join('');
  }
  return '<h1>Webshop</h1><div role="tablist">' + ['Allgemein', 'Eskalationsstufe 1'].map((x, i) => '<button type="button" role="tab" id="t' + i + '" aria-controls="p" aria-selected="' + (i === tab) +
    '" data-i="' + i + '">' + x + '</button>').join('') + '</div><div role="tabpanel" id="p" aria-labelledby="t' + tab + '">' + panel + '</div><button type="button" id="save">Speichern</button>';
}
function wire(c) {
  const l = window.model.levels[0];
  for (const t of c.querySelectorAll('[role=tab]')) t.addEventListener('click', () => { tab = Number(t.dataset.i); ready = false; commit(); setTimeout(() => { ready = true; commit(); }, 300); });
  for (const s of c.querySelectorAll('[role=switch]')) s.addEventListener('click', () => {
    if (s.dataset.k === '__active') l.active = !l.active; else { l.on[s.dataset.k] = !l.on[s.dataset.k]; window.toggles.push(s.dataset.k); }
    commit();
  });
  c.querySelector('#save').addEventListener('click', () => postJson('/api/meldedefinitionen/1919', { levels: window.model.levels.map((x) => ({ level: x.level, active: x.active,
    integrations: NAMES.filter((n) => x.on[n]) })) }).then(() => toast('Gespeichert')));
}
const commit = mount(app, view, wire);
commit();`;
    await serveAt(
      'https://app.uptrends.com/Alarmierung/Meldedefinitionen/Bearbeiten/1919*',
      doc(
        'de',
        'Uptrends',
        '<nav class="sidebar">Alarmierung &gt; Meldedefinitionen</nav><main id="app"></main>',
        script,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alarmierung/Meldedefinitionen/Bearbeiten/1919');
      await page.getByRole('tab', { name: 'Eskalationsstufe 1' }).click();
      await page.getByRole('switch', { name: AO }).waitFor();
      await pollModel(page, (m) => m.levels[0].on[AO], true);
      await sleep(1500);
      expect(await model(page, 'toggles'), 'only AlertOps switched').toEqual([AO]);
      expect(await page.getByRole('switch', { name: AO }).getAttribute('aria-checked')).toBe('true');
      const since = requestCount();
      await page.getByRole('button', { name: 'Speichern' }).click();
      const sent = await postedTo('/api/meldedefinitionen/1919', since);
      expect(sent.body).toEqual({ levels: [{ level: 1, active: true, integrations: ['E-Mail', AO] }] });
    });
  });

  it('C20 NL Vue-like new-integration editor rendered at once with empty fields, whose defaults arrive by XHR 1.5 s later and are written into the model (no events, same nodes): the URL ends up in the field and the model, the name the defaults bring is kept; Opslaan posts the URL', async () => {
    const fresh = await captureFresh(4020);
    const script = `${PAGE_LIB}
const state = { name: '', mode: 'here', url: '' };
window.model = state;
window.loaded = false;
const main = document.querySelector('main');
main.innerHTML = '<h1>Nieuwe integratie</h1><form onsubmit="return false">' +
  '<div class="row"><label for="f-name">Integratienaam</label> <input id="f-name" type="text" data-k="name"></div>' +
  '<div class="row"><label for="f-type">Integratietype</label> <input id="f-type" type="text" value="AlertOps" disabled></div>' +
  '<fieldset><legend>Voorgedefinieerde variabelen</legend><table><tbody><tr><td id="v-l">ApiUrl</td><td><select id="f-mode" aria-labelledby="v-l" data-k="mode">' +
  '<option value="here">Waarde hier opgeven</option><option value="level">Waarde opgeven in escalatieniveau</option></select></td>' +
  '<td><input id="f-url" type="text" size="80" aria-labelledby="v-l" data-k="url"></td></tr></tbody></table></fieldset>' +
  '<p class="status" id="st">Standaardwaarden laden...</p><button type="button" id="save">Opslaan</button></form>';
const els = Array.from(main.querySelectorAll('[data-k]'));
let old = Object.assign({}, state), queued = false;
function update() {
  queued = false;
  for (const el of els) { const k = el.dataset.k; if (el.value === state[k]) continue; if (document.activeElement === el && state[k] === old[k]) continue; el.value = state[k]; }
  old = Object.assign({}, state);
}
const schedule = () => { if (!queued) { queued = true; queueMicrotask(update); } };
for (const el of els) {
  el.value = state[el.dataset.k];
  el.addEventListener(el.tagName === 'SELECT' ? 'change' : 'input', () => { state[el.dataset.k] = el.value; schedule(); });
}
window.heard = [];
main.querySelector('#f-url').addEventListener('input', (e) => window.heard.push({ at: Math.round(performance.now()), loaded: window.loaded, value: e.target.value.slice(0, 30) }));
// GET /api/integrationtypes/AlertOps/defaults, answered 1.5 s later: the component assigns the defaults to its model.
setTimeout(() => {
  Object.assign(state, { name: 'AlertOps (nieuw)', mode: 'here', url: '' });
  window.loaded = true;
  main.querySelector('#st').textContent = '';
  schedule();
}, 1500);
main.querySelector('#save').onclick = () => postJson('/api/integraties/nieuw', { name: state.name, type: 'AlertOps', variables: { ApiUrl: { mode: state.mode, value: state.url } } })
  .then(() => toast('Opgeslagen'));`;
    await serveAt(
      'https://app.uptrends.com/Alerting/Integraties/Nieuw/AlertOps*',
      doc('nl', 'Uptrends', '<nav class="sidebar">Alerting &gt; Integraties</nav><main></main>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integraties/Nieuw/AlertOps');
      await pollModel(page, (m) => m.url !== '', true, 'model', 8000).catch(() => undefined);
      const noticeBefore = await noticeText(page);
      await expect.poll(() => model(page, 'loaded'), { timeout: 8000 }).toBe(true);
      try {
        await pollModel(page, (m) => m.url, fresh, 'model', 10_000);
      } catch (error) {
        const heard = await model(page, 'heard');
        throw new Error(
          `after the defaults arrived: ${(error as Error).message}\ninput events on the URL field (ms after navigation start): ${JSON.stringify(heard)}\nnotice before the defaults arrived: ${JSON.stringify(noticeBefore)}`,
        );
      }
      await sleep(1500);
      expect(await page.getByRole('textbox', { name: 'ApiUrl' }).inputValue()).toBe(fresh);
      const m = await model(page);
      const since = requestCount();
      await page.getByRole('button', { name: 'Opslaan' }).click();
      const sent = await postedTo('/api/integraties/nieuw', since);
      expect(sent.body).toEqual({
        name: m.name,
        type: 'AlertOps',
        variables: { ApiUrl: { mode: 'here', value: fresh } },
      });
      expect(m.name, "a name is there (the defaults' or a proposal)").not.toBe('');
    });
  });
});

describe('C99 secrets', () => {
  it('C99 no key shown by any page of this file appears in a console line of a page or the worker', () => {
    const leaks = issuedKeys().filter((key) => browser.logs.some((line) => line.includes(key)));
    expect(leaks).toEqual([]);
  });
});
