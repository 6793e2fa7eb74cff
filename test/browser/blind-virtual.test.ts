/**
 * Blind acceptance tests, round 27: VIRTUALIZED, RECYCLED AND PAGINATED LISTS. Escalation levels whose "Alerting by
 * integrations" list is long (30-80 integrations) and drawn the way react-window / react-virtualized, AG Grid, Kendo
 * virtual scrolling and Angular CDK virtual scroll draw them (only the visible rows exist; rows are RECYCLED while the
 * user scrolls: the same checkbox element gets another integration's name, by textContent or by a text node's
 * nodeValue, and its checked state from the page's model), classic pagination and "Load more"; the Uptrends
 * integrations list virtualized, the editor recycled for another integration, its predefined variables paginated; and
 * AlertOps inbound integrations drawn in recycled virtual rows, paginated tables and "Load more" lists, beside an
 * infinite-scroll request log. In EN/NL/DE/FR (AlertOps in English). Written from domain.md, the README and the test
 * helpers only (no source read). Pages are served on the real host names; assertions read only what the user sees, the
 * page's own model (what its Save would send) and what the extension stored.
 *
 * Grounds:
 * - domain.md: step 3, "each Escalation level tab has a section Alerting by integrations with one checkbox per
 *   integration > tick the AlertOps integration"; "the account's own integrations by name"; the framework "may re-render
 *   (replace) nodes at any time"; labels in the four languages (table). Step 2, the editor's "Predefined variables"
 *   section, "Find the URL row of the AlertOps form rather than a fixed name"; other types have their own URL variables
 *   (Teams `WorkflowUrl`). AlertOps: the older UI "lists the API URL" after Save; the current UI shows it "with a Copy
 *   button"; "AlertOps labels stay in English".
 * - README: step 3 "ticks your AlertOps integration under 'Alerting by integrations'. It asks when two AlertOps
 *   integrations are listed … You review and click Save"; "an integration whose name says 'AlertOps' … is taken for the
 *   AlertOps one when no name remembered from the editor decides"; "the name, or the name the user gave in Uptrends,
 *   decides"; the Uptrends script notices "names filled into boxes already drawn" and, on a page that shows its
 *   sections, text changed in place. Step 2 "fills the captured URL into the AlertOps predefined variable"; "never
 *   overwrites a value you typed"; "never fills another integration type"; "Fills only empty fields …, only an editor of
 *   type AlertOps, only the AlertOps URL variable"; "never clicks Save". AlertOps: "Captured only when labelled as an
 *   integration URL or beside a Copy button"; "lists are captured, each URL under its row's name"; "the popup shows each
 *   capture's name"; never from logs of requests; never logged.
 * - Not asserted (README promises nothing): an AlertOps integration the user never scrolls into view being ticked.
 *
 * First run: 27 renderings, 5 failed (R27-19 to R27-23), all AlertOps lists drawn as plain <div> rows under a plain
 * <div> header row "Name | Template | API URL | (Copy)" (react-window, paginated, "Load more"; recycled or not): every
 * URL was stored, each under the name "Template" (the header cell before "API URL"), none under its row's name.
 * Controls (run, not kept): the same pages with the Template column left out store every URL as "API URL" (still
 * misnamed); the same pages with ARIA roles (role=table, a header row of role=columnheader, role=row rows) store each
 * URL under its own row's name, recycled by textContent or with an async URL cell (kept as R27-26 and R27-27, pass).
 * Recycling itself misnamed nothing. Every step 2 and step 3 rendering passed.
 * Mended in the extension: a header of a list without table markup (a row with as many cells as the URL's row, whose
 * cell above the URL's names the URL) takes its value from the URL's row, same column; R27-19 to R27-23 pass.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  eventually,
  launchWithExtension,
  type PageModel,
  pageModel,
  storedCaptures,
  withPage as withBrowserPage,
} from './chromium.ts';
import {
  capturedUrls,
  clearLocalStorage,
  ensureCaptured,
  escapeHtml,
  issuedKeys,
  rememberUptrendsName,
  serve,
  sleep,
  validUrl,
} from './hostile-pages.ts';
import { pollPageModel } from './page-model.ts';
import { noticeText } from './uptrends-journey.ts';

let browser: ExtensionBrowser;
let url: string;
const CAPTURE_PAGE = 'https://app.alertops.com/integrations/inbound/api/edit/2727';

beforeAll(async () => {
  browser = await launchWithExtension();
  url = validUrl();
  await serve(
    browser,
    `${CAPTURE_PAGE}*`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AlertOps</title></head><body><main><h1>Uptrends virtual</h1>
<div class="endpoint"><span>API URL</span> <span>${url}</span> <button type="button">Copy</button></div></main></body></html>`,
  );
  await ensureCapture();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

function ensureCapture(): Promise<void> {
  return ensureCaptured(browser, CAPTURE_PAGE, url);
}

function withPage<T>(run: (page: Page) => Promise<T>): Promise<T> {
  return withBrowserPage(browser, run);
}

/** What the extension remembers of step 2: the name the user gave the AlertOps integration in Uptrends, or none. */
async function remember(name: string | null): Promise<void> {
  await ensureCapture();
  await rememberUptrendsName(browser, url, name);
}

/** What the user would see when a wait fails: the rows drawn (name, box state), the model, the notice. */
async function explain(page: Page, name = 'model'): Promise<string> {
  const seen = await page.evaluate((n) => {
    const rows = Array.from(document.querySelectorAll('input')).map((el) => {
      const e = el as HTMLInputElement & { __row?: number | null };
      const row = el.closest('.vrow,tr,[role=row],li,.var-row,div');
      const state = e.type === 'checkbox' ? String(e.checked) : JSON.stringify(e.value);
      return `${e.id || e.type}${(el as HTMLElement).offsetParent ? '' : '(hidden)'}[${e.__row ?? '-'}]=${state} «${(row?.textContent ?? '').trim().slice(0, 40)}»`;
    });
    return { rows, model: (window as PageModel)[n], saves: (window as PageModel).saves };
  }, name);
  return `${JSON.stringify(seen)}\nnotice: ${JSON.stringify(await noticeText(page))}`;
}

function pollModel(page: Page, read: (m: PageModel) => unknown, expected: unknown, timeout = 20_000): Promise<void> {
  return pollPageModel(page, read, expected, { explain, timeout });
}

/* ================================================================================================================= */
/* Words                                                                                                             */
/* ================================================================================================================= */

const W = {
  en: {
    def: 'Default alert definition',
    level: 'Escalation level',
    active: 'Active',
    section: 'Alerting by integrations',
    save: 'Save',
    next: 'Next',
    prev: 'Previous',
    more: 'Load more',
    email: 'E-mail',
    phone: 'Phone',
    name: 'Integration name',
    type: 'Integration type',
    vars: 'Predefined variables',
    here: 'Specify value here',
    integrations: 'Integrations',
    edit: 'Edit integration',
  },
  nl: {
    def: 'Standaard alertdefinitie',
    level: 'Escalatieniveau',
    active: 'Actief',
    section: 'Alerts versturen door integraties',
    save: 'Opslaan',
    next: 'Volgende',
    prev: 'Vorige',
    more: 'Meer laden',
    email: 'E-mail',
    phone: 'Telefoon',
    name: 'Integratienaam',
    type: 'Integratietype',
    vars: 'Voorgedefinieerde variabelen',
    here: 'Waarde hier opgeven',
    integrations: 'Integraties',
    edit: 'Integratie bewerken',
  },
  de: {
    def: 'Standard-Meldedefinition',
    level: 'Eskalationsstufe',
    active: 'Aktiv',
    section: 'Alarmierung durch Integrationen',
    save: 'Speichern',
    next: 'Weiter',
    prev: 'Zurück',
    more: 'Mehr laden',
    email: 'E-Mail',
    phone: 'Telefon',
    name: 'Integrationsname',
    type: 'Integrationstyp',
    vars: 'Vordefinierte Variablen',
    here: 'Wert hier eintragen',
    integrations: 'Integrationen',
    edit: 'Integration bearbeiten',
  },
  fr: {
    def: "Définition d'alerte par défaut",
    level: "Niveau d'escalade",
    active: 'Actif',
    section: 'Alertes par intégrations',
    save: 'Enregistrer',
    next: 'Suivant',
    prev: 'Précédent',
    more: 'Charger plus',
    email: 'E-mail',
    phone: 'Téléphone',
    name: "Nom de l'intégration",
    type: "Type d'intégration",
    vars: 'Variables prédéfinies',
    here: 'Spécifiez la valeur ici',
    integrations: 'Intégrations',
    edit: "Modifier l'intégration",
  },
};
type Lang = keyof typeof W;

/** `count` integration names: the built-in three first, then the account's own, with `special` put at given places. */
function names(lang: Lang, count: number, special: Record<number, string> = {}): string[] {
  const w = W[lang];
  const kinds = ['Slack', 'Teams', 'Webhook', 'PagerDuty', 'Opsgenie', 'ServiceNow', 'Splunk On-Call', 'StatusHub'];
  const out = [w.email, 'SMS', w.phone];
  for (let i = 3; i < count; i++) out.push(`${kinds[i % kinds.length]} ${String(i).padStart(2, '0')}`);
  for (const [i, n] of Object.entries(special)) out[Number(i)] = n;
  return out;
}

const STYLE = `body{font:14px system-ui,sans-serif;margin:0;padding:8px} .vp{height:320px;overflow:auto;position:relative;border:1px solid #bbb;width:520px}
.vrow{box-sizing:border-box;white-space:nowrap;overflow:hidden;padding:4px 8px;border-bottom:1px solid #eee}
.pager button[aria-current=page]{font-weight:bold} table{border-collapse:collapse} td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}
.split{display:flex;gap:16px} .split>*{flex:1}`;

function doc(lang: Lang | 'en', body: string, script: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Uptrends</title><style>${STYLE}</style></head>
<body>${body}<script>${script}</script></body></html>`;
}

/* ================================================================================================================= */
/* Step 3 plumbing: a level whose integrations list is virtual, paginated or grows by "Load more"                      */
/* ================================================================================================================= */

interface LevelCfg {
  lang: Lang;
  names: string[];
  /** Ticked in the page's model from the start. */
  pre: string[];
  /** virtual: only the rows in the viewport exist; paged: `per` rows a page; more: `per` rows, then "Load more". */
  kind: 'virtual' | 'paged' | 'more';
  /** text: the same row elements get new names by textContent; node: by their text node's nodeValue; recreate: rows
   * are removed and drawn anew on each render. */
  recycle: 'text' | 'node' | 'recreate';
  /** list: label + box; grid: role=row with a box cell and a name cell (AG Grid); table: <tr> with two cells. */
  layout: 'list' | 'grid' | 'table';
  per?: number;
  /** Class names the framework puts on the rows, the viewport and the inner spacer. */
  rowClass?: string;
  vpClass?: string;
  innerClass?: string;
  /** Markup before the viewport (framework wrappers) and after. */
  wrapOpen?: string;
  wrapClose?: string;
}

function levelPage(c: LevelCfg): string {
  const w = W[c.lang];
  const head =
    c.layout === 'grid'
      ? `<div role="row" class="ag-header-row"><div role="columnheader" class="ag-header-cell" style="display:inline-block;width:40px"></div><div role="columnheader" class="ag-header-cell" style="display:inline-block">Integration</div></div>`
      : '';
  const container =
    c.layout === 'table'
      ? `<table class="k-grid-table" role="grid"><thead><tr><th></th><th>Integration</th></tr></thead><tbody id="inner"></tbody></table>`
      : `${head}<div id="vp" class="vp ${c.vpClass ?? ''}"${c.layout === 'grid' ? ' role="rowgroup"' : ''}><div id="inner" class="${c.innerClass ?? ''}" style="position:relative"></div></div>`;
  const pager =
    c.kind === 'paged'
      ? `<nav class="pager k-pager" aria-label="pager"><button type="button" data-p="prev">${escapeHtml(w.prev)}</button><span id="pages"></span><button type="button" data-p="next">${escapeHtml(w.next)}</button></nav>`
      : c.kind === 'more'
        ? `<button type="button" id="more">${escapeHtml(w.more)}</button>`
        : '';
  const body = `<h1>${escapeHtml(w.def)}</h1><div role="tablist"><button role="tab" aria-selected="true" id="tab1">${escapeHtml(w.level)} 1</button></div>
<div role="tabpanel" aria-labelledby="tab1"><label><input type="checkbox" id="active" checked> ${escapeHtml(w.active)}</label>
<h4>${escapeHtml(w.section)}</h4>${c.wrapOpen ?? ''}<div${c.layout === 'grid' ? ' role="grid" aria-label="Integrations" class="ag-root"' : ''}>${container}</div>${pager}${c.wrapClose ?? ''}</div>
<button type="button" class="save">${escapeHtml(w.save)}</button>`;
  const script = `
const C = ${JSON.stringify({ ...c, per: c.per ?? 10 })};
const N = C.names.length, RH = 32, POOL = Math.ceil(320 / RH) + 2;
window.model = { active: true, boxes: {}, changes: [] };
C.names.forEach((n) => { window.model.boxes[n] = C.pre.includes(n); });
window.saves = 0;
const inner = document.getElementById('inner'), vp = document.getElementById('vp');
if (C.kind === 'virtual') inner.style.height = N * RH + 'px';
let page = 0, shown = C.per, pool = [];
function rowEl() {
  let r;
  if (C.layout === 'table') { r = document.createElement('tr'); r.innerHTML = '<td><input type="checkbox" class="k-checkbox"></td><td class="nm">x</td>'; }
  else if (C.layout === 'grid') { r = document.createElement('div'); r.setAttribute('role', 'row'); r.innerHTML = '<div role="gridcell" class="ag-cell" col-id="sel" style="display:inline-block;width:40px"><input type="checkbox" class="ag-checkbox-input"></div><div role="gridcell" class="ag-cell nm" col-id="name" style="display:inline-block">x</div>'; }
  else { r = document.createElement('div'); r.innerHTML = '<label><input type="checkbox"> <span class="nm">x</span></label>'; }
  r.className = 'vrow ' + (C.rowClass || '');
  return r;
}
function indices() {
  const out = [];
  let from = 0, to = 0;
  if (C.kind === 'virtual') { from = Math.max(0, Math.floor(vp.scrollTop / RH) - 1); to = Math.min(N, from + POOL); }
  else if (C.kind === 'paged') { from = page * C.per; to = Math.min(N, from + C.per); }
  else { to = Math.min(N, shown); }
  for (let i = from; i < to; i++) out.push(i);
  return out;
}
function setName(r, text) {
  const s = r.querySelector('.nm');
  if (C.recycle === 'node' && s.firstChild) s.firstChild.nodeValue = text; else s.textContent = text;
}
function render() {
  const idx = indices();
  if (C.recycle === 'recreate') { inner.replaceChildren(); pool = []; }
  while (pool.length < idx.length) { const r = rowEl(); inner.append(r); pool.push(r); }
  pool.forEach((r, k) => {
    const i = idx[k], cb = r.querySelector('input');
    if (i === undefined) { r.style.display = 'none'; cb.__row = null; return; }
    r.style.display = '';
    if (C.kind === 'virtual') { r.style.position = 'absolute'; r.style.left = '0'; r.style.right = '0'; r.style.height = RH + 'px'; r.style.transform = 'translateY(' + i * RH + 'px)'; }
    if (C.layout === 'grid') r.setAttribute('aria-rowindex', String(i + 2));
    cb.__row = i; cb.checked = !!window.model.boxes[C.names[i]];
    setName(r, C.names[i]);
  });
  const pages = document.getElementById('pages');
  if (pages) {
    const P = Math.ceil(N / C.per);
    if (!pages.children.length) for (let p = 0; p < P; p++) { const b = document.createElement('button'); b.type = 'button'; b.dataset.p = String(p); b.textContent = String(p + 1); pages.append(b); }
    Array.from(pages.children).forEach((b, p) => { if (p === page) b.setAttribute('aria-current', 'page'); else b.removeAttribute('aria-current'); });
  }
  const more = document.getElementById('more');
  if (more) more.hidden = shown >= N;
}
function heard(e) {
  const t = e.target;
  if (t.id === 'active') { window.model.active = t.checked; return; }
  if (t.__row == null || t.type !== 'checkbox') return;
  const n = C.names[t.__row];
  if (window.model.boxes[n] !== t.checked) window.model.changes.push(n + '=' + t.checked);
  window.model.boxes[n] = t.checked;
}
document.addEventListener('change', heard, true);
document.addEventListener('input', heard, true);
if (vp && C.kind === 'virtual') vp.addEventListener('scroll', render);
document.addEventListener('click', (e) => {
  const b = e.target.closest && e.target.closest('[data-p]');
  if (b) { const P = Math.ceil(N / C.per); page = b.dataset.p === 'next' ? Math.min(P - 1, page + 1) : b.dataset.p === 'prev' ? Math.max(0, page - 1) : Number(b.dataset.p); render(); }
  if (e.target.id === 'more') { shown += C.per; render(); }
  if (e.target.closest && e.target.closest('.save')) window.saves++;
}, true);
render();`;
  return doc(c.lang, body, script);
}

/** The user scrolls the viewport with the mouse wheel until `name` is drawn (and a little past, so it sits mid-view). */
async function scrollUntil(page: Page, name: string): Promise<void> {
  await page.locator('#vp').hover();
  for (let i = 0; i < 60; i++) {
    if (await page.getByText(name, { exact: true }).isVisible()) break;
    await page.mouse.wheel(0, 160);
    await sleep(120);
  }
  await page.mouse.wheel(0, 64);
  await page.getByText(name, { exact: true }).waitFor({ timeout: 5000 });
}

async function scrollToTop(page: Page): Promise<void> {
  await page.locator('#vp').hover();
  for (let i = 0; i < 40; i++) {
    if ((await page.locator('#vp').evaluate((el) => el.scrollTop)) === 0) break;
    await page.mouse.wheel(0, -400);
    await sleep(100);
  }
}

/** The drawn boxes agree with the page's model (a box shows what its row's integration holds). */
async function drawnBoxesMismatch(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const C = (window as PageModel).model;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('input[type=checkbox]'))) {
      const e = el as HTMLInputElement & { __row?: number | null };
      if (e.__row == null) continue;
      const row = e.closest('.vrow');
      const nm = row?.querySelector('.nm')?.textContent ?? '';
      if (C.boxes[nm] !== e.checked) out.push(`${nm}: drawn ${e.checked}, model ${C.boxes[nm]}`);
    }
    return out;
  });
}

/** Only `on` ticked in the model (every other integration false), the drawn boxes agree, Save never clicked. */
async function expectOnly(page: Page, allNames: string[], on: string[], what: string): Promise<void> {
  const m = await pageModel(page);
  const want = Object.fromEntries(allNames.map((n) => [n, on.includes(n)]));
  const wrong = Object.entries(m.boxes as Record<string, boolean>)
    .filter(([n, v]) => want[n] !== v)
    .map(([n, v]) => `${n}=${v}`);
  expect(wrong, `${what}: exactly ${JSON.stringify(on)} ticked in the model\n${await explain(page)}`).toEqual([]);
  expect(await drawnBoxesMismatch(page), `${what}: the drawn boxes show the model`).toEqual([]);
  expect(m.active, 'Active left as it was').toBe(true);
  expect(await page.evaluate(() => (window as PageModel).saves), 'Save is never clicked').toBe(0);
}

async function openLevel(path: string, html: string, page: Page): Promise<void> {
  await serve(browser, `https://app.uptrends.com${path}*`, html);
  await page.goto(`https://app.uptrends.com${path}`);
  await page.locator('#inner input').first().waitFor({ state: 'attached' });
}

/* ================================================================================================================= */
/* Step 3                                                                                                             */
/* ================================================================================================================= */

describe('round 27, step 3: long integration lists drawn virtual, recycled, paginated', () => {
  it('R27-01 EN react-window style: 60 integrations in absolutely positioned rows, a pool of 12 rows recycled by textContent while scrolling; "AlertOps on-call" is row 47: once scrolled to, it alone is ticked, and scrolling back to the top leaves no other integration ticked', async () => {
    // Ground: README step 3 "ticks your AlertOps integration under 'Alerting by integrations'"; "names filled into boxes already drawn" are noticed; domain.md one checkbox per integration.
    await remember(null);
    const AO = 'AlertOps on-call';
    const N = names('en', 60, { 47: AO });
    const html = levelPage({
      lang: 'en',
      names: N,
      pre: ['E-mail'],
      kind: 'virtual',
      recycle: 'text',
      layout: 'list',
      vpClass: 'ReactVirtualized__Grid',
      innerClass: 'ReactVirtualized__Grid__innerScrollContainer',
      rowClass: 'ReactVirtualized__List-row',
    });
    await withPage(async (page) => {
      await openLevel('/Alerting/AlertDefinitions/r27-01', html, page);
      await sleep(1500);
      await expectOnly(page, N, ['E-mail'], 'before AlertOps is drawn');
      await scrollUntil(page, AO);
      await pollModel(page, (m) => m.boxes[AO], true);
      await sleep(2000);
      await expectOnly(page, N, ['E-mail', AO], 'AlertOps in view');
      await scrollToTop(page);
      await sleep(3000);
      await expectOnly(page, N, ['E-mail', AO], 'after scrolling back to the top');
    });
  });

  it('R27-02 NL react-virtualized with names recycled IN PLACE (each row\'s text node gets a new nodeValue): "AlertOps Piket" at row 35 is ticked once scrolled to, nothing else', async () => {
    // Ground: README "names filled into boxes already drawn"; on a page that shows its sections text changed in place is noticed; domain.md NL "Alerts versturen door integraties".
    await remember(null);
    const AO = 'AlertOps Piket';
    const N = names('nl', 50, { 35: AO });
    const html = levelPage({
      lang: 'nl',
      names: N,
      pre: ['E-mail'],
      kind: 'virtual',
      recycle: 'node',
      layout: 'list',
      vpClass: 'ReactVirtualized__List',
    });
    await withPage(async (page) => {
      await openLevel('/Alerting/Alertdefinities/r27-02', html, page);
      await sleep(1000);
      await scrollUntil(page, AO);
      await pollModel(page, (m) => m.boxes[AO], true, 25_000);
      await sleep(2000);
      await expectOnly(page, N, ['E-mail', AO], 'AlertOps in view');
      await scrollToTop(page);
      await sleep(6000);
      await expectOnly(page, N, ['E-mail', AO], 'after scrolling back (boxes renamed in place)');
    });
  });

  it('R27-03 DE AG Grid row virtualisation: role=grid, rows (role=row, aria-rowindex) with a selection cell and a name cell, recycled by translateY and textContent; "AlertOps Bereitschaft" at row 52: ticked, nothing else, also after scrolling back', async () => {
    // Ground: README step 3; README "only a table's Type column, in the box's own row" shows a row's own cells name its box; domain.md DE "Alarmierung durch Integrationen".
    await remember(null);
    const AO = 'AlertOps Bereitschaft';
    const N = names('de', 64, { 52: AO });
    const html = levelPage({
      lang: 'de',
      names: N,
      pre: ['E-Mail'],
      kind: 'virtual',
      recycle: 'text',
      layout: 'grid',
      vpClass: 'ag-body-viewport',
      innerClass: 'ag-center-cols-container',
      rowClass: 'ag-row',
    });
    await withPage(async (page) => {
      await openLevel('/Alarmierung/Meldedefinitionen/r27-03', html, page);
      await sleep(1000);
      await scrollUntil(page, AO);
      await pollModel(page, (m) => m.boxes[AO], true);
      await sleep(2000);
      await expectOnly(page, N, ['E-Mail', AO], 'AlertOps in view');
      await scrollToTop(page);
      await sleep(3000);
      await expectOnly(page, N, ['E-Mail', AO], 'after scrolling back');
    });
  });

  it('R27-04 FR Angular CDK virtual scroll: rows destroyed and drawn anew (cdk-virtual-scroll-content-wrapper) on each scroll; "AlertOps astreinte" at row 40: ticked once in view, nothing else', async () => {
    // Ground: README step 3; domain.md "may re-render (replace) nodes at any time"; FR "Alertes par intégrations".
    await remember(null);
    const AO = 'AlertOps astreinte';
    const N = names('fr', 45, { 40: AO });
    const html = levelPage({
      lang: 'fr',
      names: N,
      pre: [],
      kind: 'virtual',
      recycle: 'recreate',
      layout: 'list',
      vpClass: 'cdk-virtual-scroll-viewport cdk-virtual-scroll-orientation-vertical',
      innerClass: 'cdk-virtual-scroll-content-wrapper',
      rowClass: 'mat-mdc-list-item',
      wrapOpen: '<cdk-virtual-scroll-viewport-host>',
      wrapClose: '</cdk-virtual-scroll-viewport-host>',
    });
    await withPage(async (page) => {
      await openLevel('/Alerte/Definitions/r27-04', html, page);
      await sleep(1000);
      await scrollUntil(page, AO);
      await pollModel(page, (m) => m.boxes[AO], true);
      await sleep(2000);
      await expectOnly(page, N, [AO], 'AlertOps in view');
      await scrollToTop(page);
      await sleep(3000);
      await expectOnly(page, N, [AO], 'after scrolling back');
    });
  });

  it('R27-05 EN AlertOps is in the first screen (row 4) and ticked; the user scrolls down so that same box element is recycled for "Webhook 14", "Splunk On-Call 22"…: no other integration becomes ticked in the model, and AlertOps stays ticked', async () => {
    // Ground: README step 3 ticks "your AlertOps integration" (only it); "the name … decides" (a recycled box now named Webhook is not AlertOps).
    await remember(null);
    const AO = 'AlertOps prod';
    const N = names('en', 70, { 4: AO });
    const html = levelPage({ lang: 'en', names: N, pre: ['E-mail'], kind: 'virtual', recycle: 'text', layout: 'list' });
    await withPage(async (page) => {
      await openLevel('/Alerting/AlertDefinitions/r27-05', html, page);
      await pollModel(page, (m) => m.boxes[AO], true);
      await sleep(1500);
      await page.locator('#vp').hover();
      for (let i = 0; i < 12; i++) {
        await page.mouse.wheel(0, 200);
        await sleep(400);
      }
      await sleep(4000);
      await expectOnly(page, N, ['E-mail', AO], 'AlertOps scrolled out, its box recycled');
      await scrollToTop(page);
      await sleep(3000);
      await expectOnly(page, N, ['E-mail', AO], 'back at the top');
    });
  });

  it('R27-06 EN the user unticks AlertOps after it was ticked, scrolls it out of view and back (the recycled box is drawn unticked from the model): it is not ticked again', async () => {
    // Ground: README step 3 "You review and click Save" (the user's review is final) and "never overwrites a value you typed"; blind-levels "the user unticks AlertOps … it stays unticked across page re-renders".
    await remember(null);
    const AO = 'AlertOps primary';
    const N = names('en', 60, { 6: AO });
    const html = levelPage({ lang: 'en', names: N, pre: [], kind: 'virtual', recycle: 'text', layout: 'list' });
    await withPage(async (page) => {
      await openLevel('/Alerting/AlertDefinitions/r27-06', html, page);
      await pollModel(page, (m) => m.boxes[AO], true);
      await sleep(1000);
      await page.getByRole('checkbox', { name: AO }).click();
      await pollModel(page, (m) => m.boxes[AO], false);
      await page.locator('#vp').hover();
      for (let i = 0; i < 8; i++) {
        await page.mouse.wheel(0, 250);
        await sleep(300);
      }
      await sleep(2000);
      await scrollToTop(page);
      await sleep(6000);
      await expectOnly(page, N, [], "after the user's untick and a scroll away and back");
    });
  });

  it('R27-07 EN negative: 80 integrations, the AlertOps one at row 78 never scrolled into view, "Alert log archive" and "Ops alerts (e-mail)" in view: nothing is ticked', async () => {
    // Ground: README "an integration whose name says 'AlertOps' (or 'Alert ops')"; "the name … decides" (names that only contain the words apart are not AlertOps). Nothing asserted about the row never drawn.
    await remember(null);
    const N = names('en', 80, { 3: 'Alert log archive', 5: 'Ops alerts (e-mail)', 78: 'AlertOps on-call' });
    const html = levelPage({ lang: 'en', names: N, pre: ['E-mail'], kind: 'virtual', recycle: 'text', layout: 'list' });
    await withPage(async (page) => {
      await openLevel('/Alerting/AlertDefinitions/r27-07', html, page);
      await page.locator('#vp').hover();
      await page.mouse.wheel(0, 100);
      await sleep(6000);
      await expectOnly(page, N, ['E-mail'], 'nothing that says AlertOps in view');
    });
  });

  it('R27-08 NL Kendo grid with classic pagination (10 a page, rows replaced): "AlertOps Piket" on page 2; the user clicks "Volgende": it is ticked, nothing on page 1 changed', async () => {
    // Ground: README step 3; domain.md one checkbox per integration (a page of the list is still that list).
    await remember(null);
    const AO = 'AlertOps Piket';
    const N = names('nl', 30, { 14: AO });
    const html = levelPage({
      lang: 'nl',
      names: N,
      pre: ['E-mail'],
      kind: 'paged',
      recycle: 'recreate',
      layout: 'table',
      per: 10,
    });
    await withPage(async (page) => {
      await openLevel('/Alerting/Alertdefinities/r27-08', html, page);
      await sleep(1500);
      await page.getByRole('button', { name: 'Volgende' }).click();
      await pollModel(page, (m) => m.boxes[AO], true);
      await sleep(2000);
      await expectOnly(page, N, ['E-mail', AO], 'page 2');
      await page.getByRole('button', { name: '1', exact: true }).click();
      await sleep(3000);
      await expectOnly(page, N, ['E-mail', AO], 'back on page 1');
    });
  });

  it('R27-09 DE pagination that RECYCLES its 10 row elements (names by textContent, box state from the model): "AlertOps Bereitschaft" on page 3; the user walks pages 1 → 2 → 3 → 1: only it is ticked', async () => {
    // Ground: README step 3; "names filled into boxes already drawn" are noticed; the page's model is what Save sends.
    await remember(null);
    const AO = 'AlertOps Bereitschaft';
    const N = names('de', 30, { 23: AO });
    const html = levelPage({ lang: 'de', names: N, pre: ['E-Mail'], kind: 'paged', recycle: 'text', layout: 'table' });
    await withPage(async (page) => {
      await openLevel('/Alarmierung/Meldedefinitionen/r27-09', html, page);
      await sleep(1500);
      await page.getByRole('button', { name: '2', exact: true }).click();
      await sleep(1500);
      await page.getByRole('button', { name: '3', exact: true }).click();
      await pollModel(page, (m) => m.boxes[AO], true);
      await sleep(2000);
      await expectOnly(page, N, ['E-Mail', AO], 'page 3');
      await page.getByRole('button', { name: '1', exact: true }).click();
      await sleep(3000);
      await expectOnly(page, N, ['E-Mail', AO], 'back on page 1 (the AlertOps row element now shows another name)');
    });
  });

  it('R27-10 FR infinite list with "Charger plus": 20 integrations first, "AlertOps astreinte" among the next 20 once the user clicks it: ticked, nothing else', async () => {
    // Ground: README step 3; FR labels (domain.md).
    await remember(null);
    const AO = 'AlertOps astreinte';
    const N = names('fr', 40, { 31: AO });
    const html = levelPage({ lang: 'fr', names: N, pre: [], kind: 'more', recycle: 'text', layout: 'list', per: 20 });
    await withPage(async (page) => {
      await openLevel('/Alerte/Definitions/r27-10', html, page);
      await sleep(1500);
      await expectOnly(page, N, [], 'before "Charger plus"');
      await page.getByRole('button', { name: 'Charger plus' }).click();
      await pollModel(page, (m) => m.boxes[AO], true);
      await sleep(2000);
      await expectOnly(page, N, [AO], 'after "Charger plus"');
    });
  });

  it('R27-11 EN two AlertOps integrations in one virtual list, far apart ("AlertOps – Tier 1" row 5, "AlertOps – Tier 2" row 55), never drawn together; the user scrolls from top to bottom: they are not both ticked silently', async () => {
    // Ground: README step 3 "It asks when two AlertOps integrations are listed"; "Two such names: the extension asks."
    await remember(null);
    const T1 = 'AlertOps – Tier 1';
    const T2 = 'AlertOps – Tier 2';
    const N = names('en', 60, { 5: T1, 55: T2 });
    const html = levelPage({ lang: 'en', names: N, pre: [], kind: 'virtual', recycle: 'text', layout: 'list' });
    await withPage(async (page) => {
      await openLevel('/Alerting/AlertDefinitions/r27-11', html, page);
      await sleep(3000);
      await scrollUntil(page, T2);
      await sleep(6000);
      const m = await pageModel(page);
      expect(
        [m.boxes[T1], m.boxes[T2]],
        `two AlertOps integrations listed: not both ticked\n${await explain(page)}`,
      ).not.toEqual([true, true]);
      const others = N.filter((n) => n !== T1 && n !== T2 && m.boxes[n]);
      expect(others, 'no other integration ticked').toEqual([]);
    });
  });

  it('R27-12 DE remembered name: the user called the AlertOps integration "Rufbereitschaft Nacht" in Uptrends; it is row 44 of a recycled virtual list: ticked once scrolled to, nothing else', async () => {
    // Ground: README "the name the user gave in Uptrends, decides".
    const AO = 'Rufbereitschaft Nacht';
    await remember(AO);
    const N = names('de', 50, { 44: AO });
    const html = levelPage({ lang: 'de', names: N, pre: [], kind: 'virtual', recycle: 'text', layout: 'list' });
    await withPage(async (page) => {
      await openLevel('/Alarmierung/Meldedefinitionen/r27-12', html, page);
      await sleep(1000);
      await scrollUntil(page, AO);
      await pollModel(page, (m) => m.boxes[AO], true);
      await sleep(2000);
      await expectOnly(page, N, [AO], 'remembered name in view');
      await scrollToTop(page);
      await sleep(3000);
      await expectOnly(page, N, [AO], 'after scrolling back');
    });
    await remember(null);
  });
});

/* ================================================================================================================= */
/* Step 2: a virtual integrations list, a recycled editor, paginated variables                                        */
/* ================================================================================================================= */

interface Item {
  name: string;
  type: string;
  varName: string;
}

/**
 * Left: a react-window list of integrations (pool of rows recycled by textContent). Right: the editor of the one
 * clicked. `editor`: fresh (drawn anew on each open) or recycled (the same form, texts set by textContent or by
 * nodeValue, the value field set by property). The model: `values[name]` is what Save would send for that integration.
 */
function integrationsPage(lang: Lang, items: Item[], editor: 'fresh' | 'text' | 'node'): string {
  const w = W[lang];
  const body = `<div class="split"><section aria-label="${escapeHtml(w.integrations)}"><h1>${escapeHtml(w.integrations)}</h1>
<div id="vp" class="vp ReactVirtualized__List"><div id="inner" style="position:relative"></div></div></section><main id="right"></main></div>`;
  const script = `
const W = ${JSON.stringify(w)}, ITEMS = ${JSON.stringify(items)}, MODE = ${JSON.stringify(editor)};
const N = ITEMS.length, RH = 32, POOL = 12;
window.model = { values: {}, names: {}, open: null, changes: [] };
ITEMS.forEach((it) => { window.model.values[it.name] = ''; window.model.names[it.name] = it.name; });
window.saves = 0;
const vp = document.getElementById('vp'), inner = document.getElementById('inner'), right = document.getElementById('right');
inner.style.height = N * RH + 'px';
const pool = [];
for (let k = 0; k < POOL; k++) { const r = document.createElement('div'); r.className = 'vrow'; r.style.position = 'absolute'; r.style.left = '0'; r.style.right = '0'; r.style.height = RH + 'px';
  r.innerHTML = '<a href="#" class="nm">x</a> <span class="ty" style="color:#666">x</span>'; inner.append(r); pool.push(r); }
function render() {
  const from = Math.max(0, Math.floor(vp.scrollTop / RH) - 1);
  pool.forEach((r, k) => { const i = from + k; if (i >= N) { r.style.display = 'none'; return; } r.style.display = ''; r.style.top = i * RH + 'px'; r.__row = i;
    r.querySelector('.nm').textContent = ITEMS[i].name; r.querySelector('.ty').textContent = ITEMS[i].type; });
}
vp.addEventListener('scroll', render); render();
let cur = null;
const FORM = '<form onsubmit="return false" class="integration-editor"><h2>' + W.edit + '</h2><div><label for="e-name">' + W.name + '</label> <input id="e-name" type="text"></div>' +
  '<div><label for="e-type">' + W.type + '</label> <select id="e-type" disabled><option id="e-type-opt">x</option></select></div>' +
  '<fieldset><legend>' + W.vars + '</legend><div class="var-row"><label for="e-var" id="e-var-label">x</label> <select><option>' + W.here + '</option></select> <input id="e-var" type="text"></div></fieldset>' +
  '<button type="button" class="save">' + W.save + '</button></form>';
function setText(el, t) { if (MODE === 'node' && el.firstChild) el.firstChild.nodeValue = t; else el.textContent = t; }
function open(i) {
  cur = ITEMS[i]; window.model.open = cur.name;
  if (MODE === 'fresh' || !right.firstChild) right.innerHTML = FORM;
  setText(document.getElementById('e-type-opt'), cur.type);
  setText(document.getElementById('e-var-label'), cur.varName);
  document.getElementById('e-name').value = window.model.names[cur.name];
  document.getElementById('e-var').value = window.model.values[cur.name];
}
inner.addEventListener('click', (e) => { const r = e.target.closest('.vrow'); if (!r) return; e.preventDefault(); open(r.__row); });
function heard(e) { const t = e.target; if (!cur) return;
  if (t.id === 'e-var') { if (window.model.values[cur.name] !== t.value) window.model.changes.push(cur.name + '=' + t.value.slice(0, 30)); window.model.values[cur.name] = t.value; }
  if (t.id === 'e-name') window.model.names[cur.name] = t.value; }
document.addEventListener('input', heard, true); document.addEventListener('change', heard, true);
document.addEventListener('click', (e) => { if (e.target.closest && e.target.closest('.save')) window.saves++; }, true);`;
  return doc(lang, body, script);
}

function items(lang: Lang, count: number, special: Record<number, Item>): Item[] {
  const kinds: [string, string][] = [
    ['Slack', 'WebhookUrl'],
    ['Microsoft Teams', 'WorkflowUrl'],
    ['Webhook', 'Url'],
    ['Splunk On-Call', 'SplunkOnCallUrl'],
  ];
  const out: Item[] = [];
  for (let i = 0; i < count; i++) {
    const [type, varName] = kinds[i % kinds.length] as [string, string];
    out.push({ name: `${type} ${String(i).padStart(2, '0')}${lang === 'en' ? '' : ` (${lang})`}`, type, varName });
  }
  for (const [i, it] of Object.entries(special)) out[Number(i)] = it;
  return out;
}

/** Only the AlertOps integration's URL variable holds the URL; Save never clicked. */
async function expectValues(page: Page, want: Record<string, string>, what: string): Promise<void> {
  const m = await pageModel(page);
  const wrong = Object.entries(m.values as Record<string, string>)
    .filter(([n, v]) => (want[n] ?? '') !== v)
    .map(([n, v]) => `${n}=${v}`);
  expect(wrong, `${what}: values as the user left them\n${await explain(page)}`).toEqual([]);
  expect(await page.evaluate(() => (window as PageModel).saves), 'Save is never clicked').toBe(0);
}

async function scrollListUntil(page: Page, name: string): Promise<void> {
  await page.locator('#vp').hover();
  for (let i = 0; i < 60; i++) {
    if (await page.getByRole('link', { name, exact: true }).isVisible()) break;
    await page.mouse.wheel(0, 160);
    await sleep(120);
  }
  await page.mouse.wheel(0, 64);
  await sleep(300);
}

describe('round 27, step 2: a virtual integrations list, a recycled editor, paginated variables', () => {
  it('R27-13 EN virtual integrations list (50, recycled rows): the user scrolls to "AlertOps on-call" (row 41, URL still empty) and clicks it; its editor is drawn beside the list: the AlertOps URL variable is filled', async () => {
    // Ground: README step 2 "fills the captured URL into the AlertOps predefined variable"; "Fills only empty fields".
    await ensureCapture();
    const AO: Item = { name: 'AlertOps on-call', type: 'AlertOps', varName: 'AlertOpsUrl' };
    const list = items('en', 50, { 41: AO });
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/r27-13*',
      integrationsPage('en', list, 'fresh'),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/r27-13');
      await scrollListUntil(page, AO.name);
      await page.getByRole('link', { name: AO.name, exact: true }).click();
      await pollModel(page, (m) => m.values[AO.name], url);
      await sleep(1500);
      await expectValues(page, { [AO.name]: url }, 'AlertOps editor open');
      expect(await page.locator('#e-var').inputValue()).toBe(url);
    });
  });

  it('R27-14 DE the editor panel is RECYCLED (textContent): the user opens "AlertOps Bereitschaft" (filled), then "Microsoft Teams 01" in the same form (type, variable label WorkflowUrl and value rewritten): Teams is never filled; back on AlertOps the URL is there', async () => {
    // Ground: README "never fills another integration type"; "only an editor of type AlertOps, only the AlertOps URL variable"; domain.md Teams → WorkflowUrl.
    await ensureCapture();
    const AO: Item = { name: 'AlertOps Bereitschaft', type: 'AlertOps', varName: 'AlertOpsUrl' };
    const list = items('de', 40, { 2: AO });
    const teams = list[1]?.name as string;
    await serve(
      browser,
      'https://app.uptrends.com/Alarmierung/Integrationen/r27-14*',
      integrationsPage('de', list, 'text'),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alarmierung/Integrationen/r27-14');
      await page.getByRole('link', { name: AO.name, exact: true }).click();
      await pollModel(page, (m) => m.values[AO.name], url);
      await sleep(1500);
      await page.getByRole('link', { name: teams, exact: true }).click();
      await sleep(7000);
      await expectValues(page, { [AO.name]: url }, 'Teams open in the recycled form');
      expect(await page.locator('#e-var').inputValue(), 'the Teams WorkflowUrl field shown empty').toBe('');
      await page.getByRole('link', { name: AO.name, exact: true }).click();
      await sleep(1500);
      expect(await page.locator('#e-var').inputValue()).toBe(url);
      await expectValues(page, { [AO.name]: url }, 'back on AlertOps');
    });
  });

  it('R27-15 NL the editor panel is recycled IN PLACE (type and variable label by nodeValue, value by property): "AlertOps Piket" filled, then "Slack 00 (nl)" opened in the same form: Slack never gets the URL', async () => {
    // Ground: README "never fills another integration type"; "only the AlertOps URL variable".
    await ensureCapture();
    const AO: Item = { name: 'AlertOps Piket', type: 'AlertOps', varName: 'AlertOpsUrl' };
    const list = items('nl', 40, { 3: AO });
    const slack = list[0]?.name as string;
    await serve(browser, 'https://app.uptrends.com/Alerting/Integraties/r27-15*', integrationsPage('nl', list, 'node'));
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integraties/r27-15');
      await page.getByRole('link', { name: AO.name, exact: true }).click();
      await pollModel(page, (m) => m.values[AO.name], url);
      await sleep(1500);
      await page.getByRole('link', { name: slack, exact: true }).click();
      await sleep(8000);
      await expectValues(page, { [AO.name]: url }, 'Slack open in the form recycled in place');
      expect(await page.locator('#e-var').inputValue(), 'the Slack WebhookUrl field shown empty').toBe('');
    });
  });

  it('R27-16 EN negative: the user scrolls the recycled list so that the row element that showed "AlertOps on-call" now shows "Webhook 30", and clicks it: the Webhook editor is never filled', async () => {
    // Ground: README "never fills another integration type".
    await ensureCapture();
    const AO: Item = { name: 'AlertOps on-call', type: 'AlertOps', varName: 'AlertOpsUrl' };
    const list = items('en', 60, { 1: AO });
    const hook = list[30]?.name as string;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/r27-16*',
      integrationsPage('en', list, 'fresh'),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/r27-16');
      await scrollListUntil(page, hook);
      await page.getByRole('link', { name: hook, exact: true }).click();
      await page.locator('#e-var').waitFor();
      await sleep(6000);
      await expectValues(page, {}, 'Webhook editor open');
      expect(await noticeText(page)).not.toMatch(/filled in/i);
    });
  });

  /**
   * An AlertOps editor whose "Predefined variables" table shows 3 variables a page, with a pager. `recycle`: the same
   * three row elements get the next page's names (textContent) and values (property). The model: `vars[name]`.
   */
  function variablesPage(lang: Lang, vars: string[], urlVar: string, recycle: boolean): string {
    const w = W[lang];
    const body = `<main><form onsubmit="return false" class="integration-editor"><h2>${escapeHtml(w.edit)}</h2>
<div><label for="e-name">${escapeHtml(w.name)}</label> <input id="e-name" type="text" value="AlertOps"></div>
<div><label for="e-type">${escapeHtml(w.type)}</label> <select id="e-type" disabled><option>AlertOps</option></select></div>
<fieldset><legend>${escapeHtml(w.vars)}</legend><table class="k-grid"><thead><tr><th>Variable</th><th></th><th></th></tr></thead><tbody id="vars"></tbody></table>
<nav class="pager k-pager" aria-label="pager"><button type="button" data-p="0">1</button><button type="button" data-p="1">2</button></nav></fieldset>
<button type="button" class="save">${escapeHtml(w.save)}</button></form></main>`;
    const script = `
const VARS = ${JSON.stringify(vars)}, RECYCLE = ${recycle}, HERE = ${JSON.stringify(w.here)}, URLVAR = ${JSON.stringify(urlVar)};
window.model = { vars: {} }; VARS.forEach((v) => { window.model.vars[v] = ''; });
window.saves = 0;
const body = document.getElementById('vars');
let rows = [];
function render(p) {
  const names = VARS.slice(p * 3, p * 3 + 3);
  if (!RECYCLE || !rows.length) { body.replaceChildren(); rows = names.map((_, k) => { const tr = document.createElement('tr'); tr.className = 'var-row';
    tr.innerHTML = '<td><label for="v' + k + '">x</label></td><td><select><option>' + HERE + '</option></select></td><td><input type="text" id="v' + k + '"></td>'; body.append(tr); return tr; }); }
  rows.forEach((tr, k) => { const n = names[k]; tr.hidden = n === undefined; if (n === undefined) return; tr.querySelector('label').textContent = n; const inp = tr.querySelector('input'); inp.__var = n; inp.value = window.model.vars[n]; });
  for (const b of document.querySelectorAll('[data-p]')) { if (Number(b.dataset.p) === p) b.setAttribute('aria-current', 'page'); else b.removeAttribute('aria-current'); }
}
function heard(e) { const t = e.target; if (t.__var) window.model.vars[t.__var] = t.value; }
document.addEventListener('input', heard, true); document.addEventListener('change', heard, true);
document.addEventListener('click', (e) => { const b = e.target.closest && e.target.closest('[data-p]'); if (b) render(Number(b.dataset.p)); if (e.target.closest && e.target.closest('.save')) window.saves++; }, true);
render(0);`;
    return doc(lang, body, script);
  }

  it('R27-17 DE the AlertOps editor\'s "Vordefinierte Variablen" paginated (3 a page, rows replaced): "AlertOpsUrl" is on page 2; the user clicks "2": it is filled, the page-1 variables never are', async () => {
    // Ground: domain.md "Find the URL row of the AlertOps form rather than a fixed name"; README "only the AlertOps URL variable".
    await ensureCapture();
    const VARS = ['Betreff', 'Priorität', 'Quelle', 'AlertOpsUrl', 'Schweregrad'];
    await serve(
      browser,
      'https://app.uptrends.com/Alarmierung/Integrationen/r27-17*',
      variablesPage('de', VARS, 'AlertOpsUrl', false),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alarmierung/Integrationen/r27-17');
      await page.locator('#v0').waitFor();
      await sleep(2000);
      expect(JSON.stringify(await pageModel(page)), 'nothing filled on page 1').not.toContain('alertops.com');
      await page.getByRole('button', { name: '2', exact: true }).click();
      await pollModel(page, (m) => m.vars.AlertOpsUrl, url);
      await sleep(1500);
      await page.getByRole('button', { name: '1', exact: true }).click();
      await sleep(5000);
      const m = await pageModel(page);
      expect(m.vars, `only AlertOpsUrl holds the URL\n${await explain(page)}`).toEqual({
        Betreff: '',
        Priorität: '',
        Quelle: '',
        AlertOpsUrl: url,
        Schweregrad: '',
      });
      expect(await page.evaluate(() => (window as PageModel).saves)).toBe(0);
    });
  });

  it('R27-18 NL variables paginated with RECYCLED rows: the input that held "AlertOpsUrl" on page 2 shows "Onderwerp" (empty) when the user goes back to page 1: "Onderwerp" never gets the URL, AlertOpsUrl keeps it', async () => {
    // Ground: README "only the AlertOps URL variable"; "Fills only empty fields … only the AlertOps URL variable" (an empty field now named Onderwerp is not it).
    await ensureCapture();
    const VARS = ['Onderwerp', 'Prioriteit', 'Bron', 'AlertOpsUrl'];
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integraties/r27-18*',
      variablesPage('nl', VARS, 'AlertOpsUrl', true),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integraties/r27-18');
      await page.locator('#v0').waitFor();
      await sleep(2000);
      await page.getByRole('button', { name: '2', exact: true }).click();
      await pollModel(page, (m) => m.vars.AlertOpsUrl, url);
      await sleep(1500);
      await page.getByRole('button', { name: '1', exact: true }).click();
      await sleep(7000);
      const m = await pageModel(page);
      expect(m.vars, `only AlertOpsUrl holds the URL\n${await explain(page)}`).toEqual({
        Onderwerp: '',
        Prioriteit: '',
        Bron: '',
        AlertOpsUrl: url,
      });
      expect(await page.locator('#v0').inputValue(), 'the field now labelled Onderwerp stays empty').toBe('');
      expect(await page.evaluate(() => (window as PageModel).saves)).toBe(0);
    });
  });
});

/* ================================================================================================================= */
/* AlertOps: virtual and paginated inbound integration lists, an infinite request log                                 */
/* ================================================================================================================= */

const TOPBAR = `<header style="display:flex;gap:12px;padding:8px;background:#123;color:#fff"><span>AlertOps</span><nav aria-label="Main"><a href="#" style="color:#fff">Incidents</a> <a href="#" style="color:#fff">Configurations</a></nav></header>`;

interface Row {
  name: string;
  url: string;
}

function aoRows(count: number, prefix: string): Row[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `${prefix} ${String(i + 1).padStart(2, '0')}`,
    url: validUrl(i % 3 === 0 ? 'Uptrends' : i % 3 === 1 ? 'Custom' : 'Datadog'),
  }));
}

/**
 * Inbound integrations in a table-like list: header Name | Template | API URL | (Copy). `kind`: virtual (pool of rows
 * recycled as the user scrolls), paged (10 a page), more ("Load more"). `recycle`: text (textContent), node (nodeValue
 * of the existing text nodes), async (the name at once, the URL cell blanked and drawn 80 ms later, as an AG Grid
 * cell renderer does).
 */
function aoListPage(
  rows: Row[],
  kind: 'virtual' | 'paged' | 'more',
  recycle: 'text' | 'node' | 'async' | 'fresh',
  o: { template?: boolean; aria?: boolean } = {},
): string {
  const template = o.template ?? true;
  const hc = o.aria ? ' role="columnheader"' : '';
  const body = `${TOPBAR}<main><h1>Inbound Integrations</h1><div role="tablist"><button role="tab" aria-selected="true">API</button><button role="tab" aria-selected="false">Email</button></div>
<div${o.aria ? ' role="table" aria-label="API integrations"' : ''}><div class="vrow"${o.aria ? ' role="row"' : ''} style="font-weight:bold;display:flex"><span${hc} style="width:160px">Name</span>${template ? `<span${hc} style="width:90px">Template</span>` : ''}<span${hc} style="flex:1">API URL</span><span${hc} style="width:60px"></span></div>
<div id="vp" class="vp"${o.aria ? ' role="rowgroup"' : ''} style="${kind === 'virtual' ? '' : 'height:auto;'}width:900px"><div id="inner" style="position:relative"></div></div></div>
${kind === 'paged' ? '<nav aria-label="pager"><button type="button" data-p="0">1</button><button type="button" data-p="1">2</button><button type="button" data-p="2">3</button></nav>' : ''}
${kind === 'more' ? '<button type="button" id="more">Load more</button>' : ''}</main>`;
  const script = `
const ROWS = ${JSON.stringify(rows)}, KIND = ${JSON.stringify(kind)}, RECYCLE = ${JSON.stringify(recycle)}, TEMPLATE = ${template}, ARIA = ${!!o.aria};
const N = ROWS.length, RH = 34, POOL = 12, PER = 10;
const vp = document.getElementById('vp'), inner = document.getElementById('inner');
if (KIND === 'virtual') inner.style.height = N * RH + 'px';
let page = 0, shown = PER, pool = [];
function rowEl() { const r = document.createElement('div'); r.className = 'vrow'; r.style.display = 'flex';
  r.innerHTML = '<span class="nm" style="width:160px">x</span><span class="tp" style="width:90px">Uptrends</span><span class="url" style="flex:1;font-family:monospace;font-size:11px">x</span><span style="width:60px"><button type="button" class="copy">Copy</button></span>';
  if (ARIA) { r.setAttribute('role', 'row'); for (const c of r.children) c.setAttribute('role', 'cell'); }
  if (!TEMPLATE) r.querySelector('.tp').remove();
  return r; }
function set(el, t) { if (RECYCLE === 'node' && el.firstChild) el.firstChild.nodeValue = t; else el.textContent = t; }
function indices() { const out = []; let from = 0, to = 0;
  if (KIND === 'virtual') { from = Math.max(0, Math.floor(vp.scrollTop / RH) - 1); to = Math.min(N, from + POOL); }
  else if (KIND === 'paged') { from = page * PER; to = Math.min(N, from + PER); } else to = Math.min(N, shown);
  for (let i = from; i < to; i++) out.push(i); return out; }
function render() {
  const idx = indices();
  if (RECYCLE === 'fresh') { inner.replaceChildren(); pool = []; }
  while (pool.length < idx.length) { const r = rowEl(); inner.append(r); pool.push(r); }
  pool.forEach((r, k) => { const i = idx[k]; if (i === undefined) { r.style.display = 'none'; return; } r.style.display = 'flex';
    if (KIND === 'virtual') { r.style.position = 'absolute'; r.style.left = '0'; r.style.right = '0'; r.style.height = RH + 'px'; r.style.top = i * RH + 'px'; }
    if (r.__row === i) return; r.__row = i;
    set(r.querySelector('.nm'), ROWS[i].name); if (TEMPLATE) set(r.querySelector('.tp'), ROWS[i].url.split('/').pop());
    const u = r.querySelector('.url');
    if (RECYCLE === 'async') { u.textContent = ''; clearTimeout(r.__t); r.__t = setTimeout(() => { u.textContent = ROWS[r.__row].url; }, 80); }
    else set(u, ROWS[i].url);
  });
  const more = document.getElementById('more'); if (more) more.hidden = shown >= N;
}
if (KIND === 'virtual') vp.addEventListener('scroll', render);
document.addEventListener('click', (e) => {
  const b = e.target.closest && e.target.closest('[data-p]'); if (b) { page = Number(b.dataset.p); render(); }
  if (e.target.id === 'more') { shown += PER; render(); }
  const c = e.target.closest && e.target.closest('.copy'); if (c) navigator.clipboard.writeText(ROWS[c.closest('.vrow').__row].url).catch(() => {});
});
render();`;
  return doc('en', body, script);
}

/** Stored captures of `rows` whose name is not their row's; and rows of `expected` not stored. */
async function misnamedAndMissing(rows: Row[], expected: Row[]): Promise<{ misnamed: string[]; missing: string[] }> {
  const captures = await storedCaptures(browser);
  const misnamed = captures
    .map((c) => ({ c, row: rows.find((r) => r.url === c.url) }))
    .filter(({ c, row }) => row && c.integrationName !== row.name)
    .map(({ c, row }) => `${row?.name} stored as ${JSON.stringify(c.integrationName)}`);
  const urls = captures.map((c) => c.url);
  const missing = expected.filter((r) => !urls.includes(r.url)).map((r) => r.name);
  return { misnamed, missing };
}

async function scrollAll(page: Page, pause: number): Promise<void> {
  await page.locator('#vp').hover();
  for (let i = 0; i < 60; i++) {
    const done = await page.locator('#vp').evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 2);
    if (done) break;
    await page.mouse.wheel(0, 170);
    await sleep(pause);
  }
}

/** Rows drawn in the viewport now (the last screen the user stopped at). */
async function drawnRows(page: Page, rows: Row[]): Promise<Row[]> {
  const shown = await page.evaluate(() =>
    Array.from(document.querySelectorAll('#inner .vrow'))
      .filter((r) => (r as HTMLElement).style.display !== 'none')
      .map((r) => {
        const box = r.getBoundingClientRect();
        const vp = (document.getElementById('vp') as HTMLElement).getBoundingClientRect();
        return box.top >= vp.top && box.bottom <= vp.bottom ? (r.querySelector('.nm')?.textContent ?? '') : '';
      })
      .filter(Boolean),
  );
  return rows.filter((r) => shown.includes(r.name));
}

describe('round 27, AlertOps: inbound integrations in virtual, recycled and paginated lists', () => {
  it("R27-19 EN react-window list of 40 inbound integrations (Name, Template, API URL, Copy), rows recycled by textContent; the user scrolls to the bottom: no URL is stored under another row's name, and the last screen's URLs are stored", async () => {
    // Ground: README "lists are captured, each URL under its row's name"; "the popup shows each capture's name"; captured "beside a Copy button"; domain.md older UI lists the API URL.
    await clearLocalStorage(browser);
    const rows = aoRows(40, 'Acme Uptrends');
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/r27-19*',
      aoListPage(rows, 'virtual', 'text'),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/r27-19');
      await page.getByText(rows[0]?.name as string, { exact: true }).waitFor();
      await page.mouse.move(300, 300);
      await sleep(1500);
      await scrollAll(page, 250);
      const last = await drawnRows(page, rows);
      await eventually(
        () => misnamedAndMissing(rows, last),
        (r) => r.missing.length === 0,
        10_000,
      ).catch(() => undefined);
      await sleep(1500);
      const result = await misnamedAndMissing(rows, last);
      expect(result.misnamed, "captures stored under another row's name").toEqual([]);
      expect(result.missing, 'the last screen (where the user stopped) is stored').toEqual([]);
    });
    await ensureCapture();
  });

  it("R27-20 EN the same virtual list recycled IN PLACE (name, template and URL text nodes get new nodeValues): no URL stored under another row's name, the last screen stored", async () => {
    // Ground: README "each URL under its row's name"; the AlertOps script notices an edit in place when the URL-like pieces of the page's text change.
    await clearLocalStorage(browser);
    const rows = aoRows(40, 'Globex Uptrends');
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/r27-20*',
      aoListPage(rows, 'virtual', 'node'),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/r27-20');
      await page.getByText(rows[0]?.name as string, { exact: true }).waitFor();
      await page.mouse.move(300, 300);
      await sleep(1500);
      await scrollAll(page, 300);
      const last = await drawnRows(page, rows);
      await eventually(
        () => misnamedAndMissing(rows, last),
        (r) => r.missing.length === 0,
        12_000,
      ).catch(() => undefined);
      await sleep(1500);
      const result = await misnamedAndMissing(rows, last);
      expect(result.misnamed, "captures stored under another row's name").toEqual([]);
      expect(result.missing, 'the last screen (where the user stopped) is stored').toEqual([]);
    });
    await ensureCapture();
  });

  it("R27-21 EN AG Grid style async cell renderer: a recycled row gets its new name at once and its URL cell blanked, the URL drawn 80 ms later: no URL stored under another row's name", async () => {
    // Ground: README "each URL under its row's name" (a row never shows a name beside another row's URL here).
    await clearLocalStorage(browser);
    const rows = aoRows(40, 'Initech Uptrends');
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/r27-21*',
      aoListPage(rows, 'virtual', 'async'),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/r27-21');
      await page.getByText(rows[0]?.url as string, { exact: true }).waitFor();
      await page.mouse.move(300, 300);
      await sleep(1500);
      await scrollAll(page, 250);
      const last = await drawnRows(page, rows);
      await eventually(
        () => misnamedAndMissing(rows, last),
        (r) => r.missing.length === 0,
        10_000,
      ).catch(() => undefined);
      await sleep(1500);
      const result = await misnamedAndMissing(rows, last);
      expect(result.misnamed, "captures stored under another row's name").toEqual([]);
      expect(result.missing, 'the last screen is stored').toEqual([]);
    });
    await ensureCapture();
  });

  it("R27-22 EN paginated inbound integrations (10 a page) whose 10 row elements are RECYCLED between pages (textContent): the user opens pages 2 and 3: every URL stored under its own row's name", async () => {
    // Ground: README "lists are captured, each URL under its row's name"; "the popup shows each capture's name".
    await clearLocalStorage(browser);
    const rows = aoRows(30, 'Umbrella Uptrends');
    await serve(browser, 'https://acme.alertops.com/InboundIntegrations.aspx*', aoListPage(rows, 'paged', 'text'));
    await withPage(async (page) => {
      await page.goto('https://acme.alertops.com/InboundIntegrations.aspx');
      await page.getByText(rows[0]?.name as string, { exact: true }).waitFor();
      await page.mouse.move(300, 300);
      await eventually(
        () => misnamedAndMissing(rows, rows.slice(0, 10)),
        (r) => r.missing.length === 0,
        10_000,
      ).catch(() => undefined);
      await page.getByRole('button', { name: '2', exact: true }).click();
      await eventually(
        () => misnamedAndMissing(rows, rows.slice(0, 20)),
        (r) => r.missing.length === 0,
        10_000,
      ).catch(() => undefined);
      await page.getByRole('button', { name: '3', exact: true }).click();
      await eventually(
        () => misnamedAndMissing(rows, rows),
        (r) => r.missing.length === 0,
        10_000,
      ).catch(() => undefined);
      await sleep(1500);
      const result = await misnamedAndMissing(rows, rows);
      expect(result.misnamed, "captures stored under another row's name").toEqual([]);
      expect(result.missing, 'every page the user opened is stored').toEqual([]);
    });
    await ensureCapture();
  });

  it('R27-23 EN older UI on a tenant host: 10 inbound integrations, "Load more" appends 10 more: all 20 stored, each under its own name', async () => {
    // Ground: domain.md older UI lists the API URL; README "each URL under its row's name".
    await clearLocalStorage(browser);
    const rows = aoRows(20, 'Wayne Uptrends');
    await serve(browser, 'https://wayne.alertops.com/InboundIntegrations.aspx*', aoListPage(rows, 'more', 'text'));
    await withPage(async (page) => {
      await page.goto('https://wayne.alertops.com/InboundIntegrations.aspx');
      await page.getByText(rows[0]?.name as string, { exact: true }).waitFor();
      await page.mouse.move(300, 300);
      await sleep(1500);
      await page.getByRole('button', { name: 'Load more' }).click();
      await eventually(
        () => misnamedAndMissing(rows, rows),
        (r) => r.missing.length === 0,
        10_000,
      ).catch(() => undefined);
      await sleep(1000);
      const result = await misnamedAndMissing(rows, rows);
      expect(result.misnamed, "captures stored under another row's name").toEqual([]);
      expect(result.missing, 'all rows stored').toEqual([]);
    });
    await ensureCapture();
  });

  it('R27-24 EN Inbound Log with infinite scroll: rows "Received | Integration | Method | Request URL | Status" with POST URLs, 20 more appended each time the user nears the bottom: nothing stored, no notice', async () => {
    // Ground: README "Captured only when labelled as an integration URL or beside a Copy button"; never from logs of requests.
    await clearLocalStorage(browser);
    const log = Array.from({ length: 80 }, (_, i) => ({
      at: `2025-05-0${(i % 9) + 1} 10:${String(i % 60).padStart(2, '0')}`,
      name: `Uptrends ${['EU', 'US', 'APAC'][i % 3]}`,
      url: validUrl(),
    }));
    const body = `${TOPBAR}<main><h1>Inbound Log</h1><div id="vp" class="vp" style="height:360px;width:1000px"><table><thead><tr><th>Received</th><th>Integration</th><th>Method</th><th>Request URL</th><th>Status</th></tr></thead><tbody id="log"></tbody></table><div id="sentinel">Loading…</div></div></main>`;
    const script = `
const LOG = ${JSON.stringify(log)}; let shown = 0;
const tbody = document.getElementById('log'), vp = document.getElementById('vp');
function more() { const next = LOG.slice(shown, shown + 20); shown += next.length;
  for (const e of next) { const tr = document.createElement('tr'); for (const t of [e.at, e.name, 'POST', e.url, '200 OK']) { const td = document.createElement('td'); td.textContent = t; tr.append(td); } tbody.append(tr); }
  if (shown >= LOG.length) document.getElementById('sentinel').textContent = 'End of log'; }
vp.addEventListener('scroll', () => { if (vp.scrollTop + vp.clientHeight > vp.scrollHeight - 60 && shown < LOG.length) setTimeout(more, 150); });
more();`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/log/r27-24*',
      doc('en', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/log/r27-24');
      await page.getByText(log[0]?.url as string, { exact: true }).waitFor();
      await page.mouse.move(300, 300);
      await scrollAll(page, 400);
      await page
        .getByText('End of log')
        .waitFor({ timeout: 15_000 })
        .catch(() => undefined);
      await sleep(4000);
      const stored = (await capturedUrls(browser)).filter((u) => log.some((e) => e.url === u));
      expect(stored, 'no request URL of the log stored').toEqual([]);
      expect((await noticeText(page)).trim()).toBe('');
    });
    await ensureCapture();
  });

  it("R27-26 EN AG Grid-like list WITH ARIA roles (role=table, a header row of columnheaders Name | Template | API URL, role=row rows) recycled by textContent while the user scrolls: no URL stored under another row's name, the last screen stored", async () => {
    // Ground: README "lists are captured, each URL under its row's name"; "the popup shows each capture's name".
    await clearLocalStorage(browser);
    const rows = aoRows(40, 'Stark Uptrends');
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/r27-26*',
      aoListPage(rows, 'virtual', 'text', { aria: true }),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/r27-26');
      await page.getByText(rows[0]?.name as string, { exact: true }).waitFor();
      await page.mouse.move(300, 300);
      await sleep(1500);
      await scrollAll(page, 250);
      const last = await drawnRows(page, rows);
      await eventually(
        () => misnamedAndMissing(rows, last),
        (r) => r.missing.length === 0,
        10_000,
      ).catch(() => undefined);
      await sleep(1500);
      const result = await misnamedAndMissing(rows, last);
      expect(result.misnamed, "captures stored under another row's name").toEqual([]);
      expect(result.missing, 'the last screen is stored').toEqual([]);
    });
    await ensureCapture();
  });

  it("R27-27 EN the same ARIA list with an async URL cell renderer (name at once, URL cell blanked and drawn 80 ms later) while the user scrolls: no URL stored under another row's name", async () => {
    // Ground: README "each URL under its row's name".
    await clearLocalStorage(browser);
    const rows = aoRows(40, 'Tyrell Uptrends');
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/r27-27*',
      aoListPage(rows, 'virtual', 'async', { aria: true }),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/r27-27');
      await page.getByText(rows[0]?.url as string, { exact: true }).waitFor();
      await page.mouse.move(300, 300);
      await sleep(1500);
      await scrollAll(page, 250);
      const last = await drawnRows(page, rows);
      await eventually(
        () => misnamedAndMissing(rows, last),
        (r) => r.missing.length === 0,
        10_000,
      ).catch(() => undefined);
      await sleep(1500);
      const result = await misnamedAndMissing(rows, last);
      expect(result.misnamed, "captures stored under another row's name").toEqual([]);
      expect(result.missing, 'the last screen is stored').toEqual([]);
    });
    await ensureCapture();
  });

  it('R27-25 no key shown by any page of this file appears in a console line of a page, the popup or the worker', async () => {
    // Ground: README "Never logged (tests capture every console line … and search them for the key)".
    const popup = await browser.openPopup();
    await sleep(1000);
    await popup.close();
    const joined = browser.logs.join('\n').toLowerCase();
    const leaked = issuedKeys().filter((k) => joined.includes(k.toLowerCase()));
    expect(leaked).toEqual([]);
  });
});
