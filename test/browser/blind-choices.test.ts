/**
 * Blind acceptance tests, round 32: SEVERAL CAPTURED URLS AND THE USER'S CHOICES AND SETTINGS, as a demanding on-call
 * engineer meets them across both consoles, in real Chromium with dist/chrome loaded. Written from domain.md, the
 * Uptrends KB, the README and the test helpers only (no extension source read). Pages are served on the real host
 * names (Playwright routes); assertions read only what the user sees (fields, boxes, the popup, the options page, the
 * in-page notice), what the page's own model holds (what its Save would send) and, for forgetting, which URLs the
 * extension still stores. Settings are changed through the extension's own options page, opened from the popup's
 * "Settings" button, by their labels; captures are made on AlertOps pages, except one old capture (R32-13) stored in
 * the shape the earlier blind tests' helpers store (blind-popup.test.ts `aCapture`).
 *
 * Renderings: two or three AlertOps integrations saved one after the other (Uptrends and Custom templates, two tenants'
 * hosts, one integration whose key was regenerated in place) and what a fresh Uptrends editor then gets; another URL
 * chosen in the popup and filled by hand ("Fill this page"), over an editor already filled or one holding the user's
 * own URL; auto-fill off, auto-tick off, ticking restricted to some levels, forget once filled, forget after N hours, a
 * naming pattern, each through the options page and judged on editors and levels in EN/NL/DE/FR; Forget and Forget all
 * with Undo in the popup while an Uptrends editor waits in another tab; escalation levels listing two AlertOps
 * integrations, one of them the name the user saved in step 2, and levels that are not active; the setup assistant's
 * suggestion after step 2 was done in an editor. Markup: plain server-rendered forms, React-like controlled inputs
 * (a store that writes its state back into the fields), ARIA-only widgets (role=checkbox, role=switch, grid rows,
 * aria-labelledby), tabs, accordions, fieldsets.
 *
 * Grounds:
 * - domain.md: step 1 (AlertOps: save an inbound API integration from the Uptrends template; the older UI lists the
 *   "API URL", the current one "displays the endpoint URL at the top" with a Copy button; hosts `app.alertops.com` and
 *   `<tenant>.alertops.com`; URL `https://notify.alertops.com/POSTAlert/<key>/<name>`, last segment the template or
 *   integration name `Uptrends`, `Custom`…); step 2 (integration editor: "Integration name", "Integration type",
 *   "Predefined variables", "Specify value here"; the AlertOps variable's name is unknown); step 3 ("Escalation level"
 *   tabs, "Active", "Alerting by integrations" with one checkbox per integration); the labels in EN/NL/DE/FR (table).
 * - README, steps: "fills the captured URL into the AlertOps predefined variable … and proposes an integration name.
 *   You review and click Save. If you opened the editor before saving in AlertOps, it is filled as soon as the URL is
 *   captured (when you come back to its tab, if it was hidden)"; step 3 "ticks your AlertOps integration under
 *   'Alerting by integrations'. It asks when two AlertOps integrations are listed or the level is not active."
 * - README, popup: "From it you can copy the URL, choose which URL to use, forget one or all (with Undo), and fill the
 *   current page by hand ('Fill this page', also Alt+Shift+U)."
 * - README: "The extension never clicks Save, never overwrites a value you typed (it offers to replace it instead)";
 *   Threats: "Fills only empty fields (else an in-page 'Replace?' prompt) … never clicks Save".
 * - README, Settings: "auto-fill on or off, auto-tick on or off and on which levels, forget captured URLs after N hours
 *   or once filled, and the naming pattern for the Uptrends integration"; Limits: "Turn auto-fill off in the options
 *   to fill only when you ask (the popup's 'Fill this page', the context menu)". The options page's own words: "Fill in
 *   the AlertOps URL as soon as an AlertOps integration is opened in Uptrends", "Tick the AlertOps integration under
 *   'Alerting by integrations' when an escalation level is opened", "Only the escalation levels listed below", "Forget
 *   a URL once it has been filled into Uptrends", "Preview: the AlertOps integration 'Uptrends' becomes 'AlertOps -
 *   Uptrends' in Uptrends" ({name} is the AlertOps integration's name), and the shortcut "Fill or tick AlertOps on this
 *   Uptrends page".
 * - README, Limits: "The newest capture is the one filled; the popup shows each capture's name and console and lets you
 *   choose another or forget it"; Tests: "a URL the page replaces by another a moment later leaves both stored, and a
 *   fill uses the newest unless the user picks another in the popup"; "an integration whose name says 'AlertOps' …
 *   is taken for the AlertOps one when no name remembered from the editor decides. Two such names: the extension
 *   asks."
 * - README, assistant: "choose the AlertOps integration (the one filled in step 2 is suggested)".
 * - README, Threats: "A per-level URL field … filled automatically only with auto-fill on".
 * - Not asserted (the README promises nothing): the popup's or the notice's exact words; whether a waiting editor is
 *   filled after an Undo; which level a prompt about an inactive level offers to activate; when exactly "once filled"
 *   forgets (at the fill or at the user's Save: the check waits for both). Headless Chromium keeps background tabs
 *   `visible`, so "when you come back to its tab, if it was hidden" is not rendered here.
 *
 * First run: 44 renderings (R32-01…R32-40, controls R32-02c, R32-02d, R32-31c, R32-32c), 4 failed; all four pass
 * since the fixes named after each (each was checked to fail without its fix):
 * - R32-02: an Uptrends-template capture, then a newer Custom-template capture from another tenant's console: the older
 *   Uptrends one is filled (and the popup marks it "Used for filling"), not the newest. Controls: both captures from
 *   the Uptrends template on the same hosts and pages, the newest is filled (R32-02c); the Custom capture alone is filled
 *   (R32-02d). The fill and the popup agree; the README's "The newest capture is the one filled" does not. Fixed: URLs
 *   count as one list only when seen on the same page of the same tab, not by time alone.
 * - R32-31: a "Replace?" pending over the user's own URL; the user forgets the (only) capture in the popup (storage is
 *   then empty), then clicks the prompt's "Replace with the AlertOps URL": the forgotten URL is written into the field.
 *   Control R32-31c: the same page without the Forget, Replace puts the capture in. Fixed with R32-32.
 * - R32-32: a "Replace?" pending, offered while the newest capture was the one used; the user chooses another capture
 *   in the popup ("Used for filling"), then clicks Replace: the URL of the capture no longer chosen goes in (the prompt
 *   does not say which URL it will write). Control R32-32c: the same choice made before the editor opened, Replace puts
 *   the chosen URL in. Fixed: a prompt's answer acts with the URL a fill would use at the moment of the answer.
 * - R32-39: "Forget a URL once it has been filled" on; the URL filled and the integration saved by the user as
 *   "Nachtdienst"; the definition then lists "AlertOps (oud)" and "Nachtdienst": "AlertOps (oud)" is ticked (notice
 *   "Ticked 'AlertOps (oud)'"), Nachtdienst not. Controls: the same steps without the setting (R32-23) and with the URL
 *   forgotten by hand in the popup after the Save (R32-40) tick Nachtdienst. Fixed: the name given at the user's Save is
 *   remembered for the capture the page last filled, even once the worker has forgotten it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UPTRENDS_API_PASSWORD, UPTRENDS_API_USER, UPTRENDS_INTEGRATION_GUIDS } from '../rig/uptrends-api.ts';
import {
  CHROME_E2E_BUILD,
  type ExtensionBrowser,
  eventually,
  launchWithExtension,
  type PageModel,
  pageModel,
  storedCaptures,
  withPage as withBrowserPage,
} from './chromium.ts';
import { escapeHtml, inExtensionPage, issuedKeys, NOTICE, serve, sleep, validUrl } from './hostile-pages.ts';
import { pollPageModel } from './page-model.ts';
import { noticeText } from './uptrends-journey.ts';

let browser: ExtensionBrowser;
const WAIT = 15_000;

beforeAll(async () => {
  browser = await launchWithExtension();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Every rendering starts with nothing captured and the default settings. */
beforeEach(async () => {
  await inExtensionPage(browser, (page) =>
    page.evaluate(async () => {
      await chrome.storage.local.clear();
      await chrome.storage.sync.set({ bridgeSettings: {} });
    }),
  );
});

function withPage<T>(run: (page: Page) => Promise<T>): Promise<T> {
  return withBrowserPage(browser, run);
}

/* ================================================================================================================= */
/* Words                                                                                                              */
/* ================================================================================================================= */

const L = {
  en: {
    integrations: 'Integrations',
    newTitle: 'New integration',
    name: 'Integration name',
    type: 'Integration type',
    vars: 'Predefined variables',
    here: 'Specify value here',
    inLevel: 'Specify value in escalation level',
    value: 'Value',
    save: 'Save',
    saved: 'Saved',
    defs: 'Alert definitions',
    level: 'Escalation level',
    active: 'Active',
    section: 'Alerting by integrations',
    email: 'E-mail',
    phone: 'Phone',
  },
  nl: {
    integrations: 'Integraties',
    newTitle: 'Nieuwe integratie',
    name: 'Integratienaam',
    type: 'Integratietype',
    vars: 'Voorgedefinieerde variabelen',
    here: 'Waarde hier opgeven',
    inLevel: 'Waarde opgeven in escalatieniveau',
    value: 'Waarde',
    save: 'Opslaan',
    saved: 'Opgeslagen',
    defs: 'Alertdefinities',
    level: 'Escalatieniveau',
    active: 'Actief',
    section: 'Alerts versturen door integraties',
    email: 'E-mail',
    phone: 'Telefoon',
  },
  de: {
    integrations: 'Integrationen',
    newTitle: 'Neue Integration',
    name: 'Integrationsname',
    type: 'Integrationstyp',
    vars: 'Vordefinierte Variablen',
    here: 'Wert hier eintragen',
    inLevel: 'Wert in Eskalationsstufe eintragen',
    value: 'Wert',
    save: 'Speichern',
    saved: 'Gespeichert',
    defs: 'Meldedefinitionen',
    level: 'Eskalationsstufe',
    active: 'Aktiv',
    section: 'Alarmierung durch Integrationen',
    email: 'E-Mail',
    phone: 'Telefon',
  },
  fr: {
    integrations: 'Intégrations',
    newTitle: 'Nouvelle intégration',
    name: "Nom de l'intégration",
    type: "Type d'intégration",
    vars: 'Variables prédéfinies',
    here: 'Spécifiez la valeur ici',
    inLevel: "Spécifiez la valeur dans le niveau d'escalade",
    value: 'Valeur',
    save: 'Enregistrer',
    saved: 'Enregistré',
    defs: "Définitions d'alerte",
    level: "Niveau d'escalade",
    active: 'Actif',
    section: 'Alertes par intégrations',
    email: 'E-mail',
    phone: 'Téléphone',
  },
};
type Lang = keyof typeof L;

/** The extension's own words, as its popup and options page show them (English browser). */
const UI = {
  settings: 'Settings',
  fill: 'Fill this page',
  forgetAll: 'Forget all',
  use: (name: string) => `Use for filling: ${name}`,
  used: (name: string) => `Used for filling: ${name}`,
  forget: (name: string) => `Forget the URL of ${name}`,
  autoFill: 'Fill in the AlertOps URL as soon as an AlertOps integration is opened in Uptrends',
  pattern: 'Name of the integration in Uptrends',
  autoTick: 'Tick the AlertOps integration under “Alerting by integrations” when an escalation level is opened',
  levelsAll: 'Every escalation level',
  levelsSome: 'Only the escalation levels listed below',
  levels: 'Escalation level numbers',
  hours: 'Forget captured URLs after (hours)',
  forgetOnceFilled: 'Forget a URL once it has been filled into Uptrends',
};

/* ================================================================================================================= */
/* AlertOps: saved integrations, one page per capture                                                                 */
/* ================================================================================================================= */

let served = 0;

/** The current UI's saved integration: the endpoint URL at the top, read-only, with a Copy button. */
function aoCurrent(name: string, url: string, template: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AlertOps - ${escapeHtml(name)}</title></head><body>
<header class="topbar"><span class="brand">AlertOps</span><nav><button type="button">Configurations</button><button type="button">Reports</button></nav></header>
<main><div class="endpoint-bar"><label for="endpoint">Endpoint URL</label> <input id="endpoint" readonly size="90" value="${escapeHtml(url)}">
<button type="button" class="copy">Copy</button></div>
<h1>${escapeHtml(name)}</h1><p class="muted">Inbound Integrations › API › ${escapeHtml(template)}</p>
<section><h2>Basic Settings</h2><div class="kv"><span>Integration Name</span> <span>${escapeHtml(name)}</span></div>
<div class="kv"><span>Escalation Policy</span> <span>Primary on call</span></div><div class="kv"><span>Recipient Groups</span> <span>NOC</span></div></section>
</main></body></html>`;
}

/** The older UI after Save: a details table with the "API URL" row. */
function aoLegacy(name: string, url: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inbound Integrations</title></head><body>
<aside class="sidebar"><ul><li>Dashboard</li><li>Integrations<ul><li><a href="#">Inbound Integrations</a></li><li>Outbound Integrations</li></ul></li></ul></aside>
<main><h1>Inbound Integrations</h1><div class="tabs"><span class="tab active">API</span> <span class="tab">Email</span></div>
<table class="details"><tbody><tr><th>Integration Name</th><td>${escapeHtml(name)}</td></tr><tr><th>Template</th><td>Uptrends</td></tr>
<tr><th>API URL</th><td>${escapeHtml(url)}</td></tr><tr><th>Recipient Group(s)/User(s)</th><td>Database team</td></tr></tbody></table></main></body></html>`;
}

/** Serves `html` on `host`, opens it, waits until `url` is stored, closes it. */
async function captureOn(host: string, html: string, url: string): Promise<void> {
  const path = `/integrations/inbound/api/r32-${++served}`;
  await serve(browser, `https://${host}${path}*`, html);
  await withPage(async (page) => {
    await page.goto(`https://${host}${path}`);
    await eventually(
      () => storedUrls(),
      (urls) => urls.includes(url),
      WAIT,
    );
  });
  // Distinct capture times, as two saves a user makes one after the other have.
  await sleep(50);
}

async function storedUrls(): Promise<string[]> {
  return (await storedCaptures(browser)).map((c) => c.url);
}

/* ================================================================================================================= */
/* Uptrends integration editors                                                                                       */
/* ================================================================================================================= */

const ESC = `const esc = (s) => String(s == null ? '' : s).replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;').replace(/"/g,'&quot;');`;

function doc(lang: Lang, title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>[hidden]{display:none!important} .sr-box{position:absolute;opacity:0;width:1px;height:1px}
.fake-check{display:inline-block;width:16px;height:16px;border:1px solid #444;vertical-align:middle;margin-right:6px}
.fake-check[aria-checked=true]{background:#2a6} .row{margin:6px 0} label{margin-right:6px}</style></head>
<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

interface EditorOptions {
  /** Name of the AlertOps URL variable as the page shows it. */
  variable: string;
  /** What the name field holds when the page opens (the user's own words). */
  name?: string;
  /** What the URL field holds when the page opens (the user's own value). */
  value?: string;
}

/**
 * Plain server-rendered form (ASP.NET MVC-like): labels with `for`, a disabled type select, a fieldset of predefined
 * variables. `window.model` is what its Save would send; Save also stores `window.model.saved`.
 */
function plainEditor(lang: Lang, o: EditorOptions): string {
  const T = L[lang];
  const script = `
window.model = { name: ${JSON.stringify(o.name ?? '')}, type: 'AlertOps', vars: { ${JSON.stringify(o.variable)}: { mode: 'here', value: ${JSON.stringify(o.value ?? '')} } }, saved: null, saves: 0 };
const name = document.getElementById('Name'), value = document.getElementById('Var0'), mode = document.getElementById('Var0Mode');
name.value = window.model.name; value.value = window.model.vars[${JSON.stringify(o.variable)}].value;
for (const ev of ['input', 'change']) {
  name.addEventListener(ev, () => { window.model.name = name.value; });
  value.addEventListener(ev, () => { window.model.vars[${JSON.stringify(o.variable)}].value = value.value; });
  mode.addEventListener(ev, () => { window.model.vars[${JSON.stringify(o.variable)}].mode = mode.value; });
}
document.getElementById('save').addEventListener('click', () => {
  window.model.saves++;
  window.model.saved = JSON.parse(JSON.stringify({ name: window.model.name, type: window.model.type, vars: window.model.vars }));
  document.getElementById('status').textContent = ${JSON.stringify(T.saved)};
});`;
  return doc(
    lang,
    `Uptrends - ${T.newTitle}`,
    `<header><span class="logo">Uptrends</span></header><main><h1>${escapeHtml(T.newTitle)}</h1>
<form id="IntegrationForm" onsubmit="return false">
<div class="row"><label for="Name">${escapeHtml(T.name)}</label><input id="Name" name="Name" type="text" maxlength="100"></div>
<div class="row"><label for="Type">${escapeHtml(T.type)}</label><select id="Type" disabled><option selected>AlertOps</option></select></div>
<fieldset><legend>${escapeHtml(T.vars)}</legend>
<div class="row"><label for="Var0">${escapeHtml(o.variable)}</label><select id="Var0Mode" aria-label="${escapeHtml(o.variable)}"><option value="here">${escapeHtml(T.here)}</option><option value="level">${escapeHtml(T.inLevel)}</option></select>
<input id="Var0" name="Variables[0].Value" type="text" size="80"> <button type="button" title="…">⋯</button></div></fieldset>
<div class="row"><button type="button" id="save">${escapeHtml(T.save)}</button> <span id="status" role="status"></span></div>
</form></main>`,
    script,
  );
}

/**
 * React-like controlled form: the store holds the truth and writes it back into every field on each render (after each
 * input event and every 200 ms, as a store subscription would), so a value set without an input event is undone.
 */
function reactEditor(lang: Lang, o: EditorOptions): string {
  const T = L[lang];
  const script = `${ESC}
const VAR = ${JSON.stringify(o.variable)};
const T = ${JSON.stringify(T)};
window.model = { name: ${JSON.stringify(o.name ?? '')}, type: 'AlertOps', vars: { [VAR]: { mode: 'here', value: ${JSON.stringify(o.value ?? '')} } }, saved: null, saves: 0 };
const root = document.getElementById('root');
root.innerHTML = '<div class="editor"><h1>' + esc(T.newTitle) + '</h1>' +
  '<div class="field"><label for=":r1:">' + esc(T.name) + '</label><input id=":r1:" data-k="name" autocomplete="off"></div>' +
  '<div class="field"><label for=":r2:">' + esc(T.type) + '</label><input id=":r2:" value="AlertOps" readonly></div>' +
  '<h2>' + esc(T.vars) + '</h2><div class="var"><span id=":r3:">' + esc(VAR) + '</span> <span class="mode">' + esc(T.here) + '</span> ' +
  '<input id=":r4:" data-k="url" aria-labelledby=":r3:" size="80"></div>' +
  '<button type="button" id=":r5:">' + esc(T.save) + '</button><span role="status" id=":r6:"></span></div>';
const nameEl = root.querySelector('[data-k=name]'), urlEl = root.querySelector('[data-k=url]');
function render() {
  if (nameEl.value !== window.model.name) nameEl.value = window.model.name;
  if (urlEl.value !== window.model.vars[VAR].value) urlEl.value = window.model.vars[VAR].value;
}
nameEl.addEventListener('input', () => { window.model.name = nameEl.value; render(); });
urlEl.addEventListener('input', () => { window.model.vars[VAR].value = urlEl.value; render(); });
setInterval(render, 200);
render();
root.querySelector('button').addEventListener('click', () => {
  window.model.saves++;
  window.model.saved = JSON.parse(JSON.stringify({ name: window.model.name, type: window.model.type, vars: window.model.vars }));
  root.querySelector('[role=status]').textContent = T.saved;
});`;
  return doc(lang, `Uptrends - ${T.newTitle}`, '<div id="root"></div>', script);
}

/**
 * ARIA-only editor: a role=grid of variables (rowheader + cell), fields named through aria-labelledby, a custom
 * role=combobox for the value mode, no <label> or <form> at all.
 */
function ariaEditor(lang: Lang, o: EditorOptions): string {
  const T = L[lang];
  const script = `
const VAR = ${JSON.stringify(o.variable)};
window.model = { name: ${JSON.stringify(o.name ?? '')}, type: 'AlertOps', vars: { [VAR]: { mode: 'here', value: ${JSON.stringify(o.value ?? '')} } }, saved: null, saves: 0 };
const nameEl = document.getElementById('nm'), urlEl = document.getElementById('v0');
nameEl.value = window.model.name; urlEl.value = window.model.vars[VAR].value;
nameEl.addEventListener('input', () => { window.model.name = nameEl.value; });
urlEl.addEventListener('input', () => { window.model.vars[VAR].value = urlEl.value; });
document.getElementById('save').addEventListener('click', () => {
  window.model.saves++;
  window.model.saved = JSON.parse(JSON.stringify({ name: window.model.name, type: window.model.type, vars: window.model.vars }));
  document.getElementById('st').textContent = ${JSON.stringify(T.saved)};
});`;
  return doc(
    lang,
    `Uptrends - ${T.newTitle}`,
    `<div class="app"><div role="heading" aria-level="1" class="title">${escapeHtml(T.newTitle)}</div>
<div role="group" aria-labelledby="g1"><div id="g1" class="caption">${escapeHtml(T.name)}</div><input id="nm" aria-labelledby="g1" class="k-textbox"></div>
<div role="group" aria-labelledby="g2"><div id="g2" class="caption">${escapeHtml(T.type)}</div><div class="k-readonly" aria-labelledby="g2">AlertOps</div></div>
<div role="region" aria-labelledby="g3"><div id="g3" class="caption">${escapeHtml(T.vars)}</div>
<div role="grid" aria-labelledby="g3"><div role="row"><div role="columnheader">Variable</div><div role="columnheader">${escapeHtml(T.value)}</div></div>
<div role="row"><div role="rowheader" id="rh0">${escapeHtml(o.variable)}</div><div role="gridcell"><div role="combobox" aria-expanded="false" aria-labelledby="rh0" tabindex="0">${escapeHtml(T.here)}</div>
<input id="v0" aria-labelledby="rh0" size="80"> <div role="button" tabindex="0" aria-label="…">⋯</div></div></div></div></div>
<div class="actions"><div role="button" tabindex="0" id="save">${escapeHtml(T.save)}</div><span role="status" id="st"></span></div></div>`,
    script,
  );
}

type EditorKind = typeof plainEditor;

let editors = 0;

/** Serves an editor at a new Uptrends address and opens it in `page`. */
async function openEditor(page: Page, kind: EditorKind, lang: Lang, o: EditorOptions): Promise<void> {
  const path = `/Alerting/Integrations/Edit/r32-${++editors}`;
  await serve(browser, `https://app.uptrends.com${path}*`, kind(lang, o));
  await page.goto(`https://app.uptrends.com${path}`);
}

/** The URL the page's model holds for the variable. */
async function modelUrl(page: Page, variable: string): Promise<string> {
  return (await pageModel(page))?.vars?.[variable]?.value ?? '';
}

/** What the user would see when a wait fails: fields, boxes, the model, the notice. */
async function explain(page: Page, name = 'model'): Promise<string> {
  const seen = await page.evaluate((n) => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('input,[role=checkbox],[role=switch]'))) {
      const e = el as HTMLInputElement;
      const state =
        e.type === 'checkbox' ? String(e.checked) : (e.getAttribute('aria-checked') ?? JSON.stringify(e.value));
      const box = el.closest('label,li,tr,.row,div');
      out.push(`${el.tagName.toLowerCase()}=${state} «${(box?.textContent ?? '').trim().slice(0, 40)}»`);
    }
    return { fields: out, model: (window as PageModel)[n] };
  }, name);
  return `${JSON.stringify(seen)}\nnotice: ${JSON.stringify(await noticeText(page))}`;
}

function pollModel(page: Page, read: (m: PageModel) => unknown, expected: unknown, timeout = WAIT): Promise<void> {
  return pollPageModel(page, read, expected, { explain, timeout });
}

async function pollNotice(page: Page, pattern: RegExp, timeout = WAIT): Promise<string> {
  try {
    await expect.poll(() => noticeText(page), { timeout }).toMatch(pattern);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${await explain(page)}`);
  }
  return noticeText(page);
}

/* ================================================================================================================= */
/* Escalation levels                                                                                                  */
/* ================================================================================================================= */

interface LevelOptions {
  /** Integrations listed under "Alerting by integrations", in order. */
  names: string[];
  /** Number of levels (default 3). */
  levels?: number;
  /** Levels whose "Active" is unticked. */
  inactive?: number[];
}

function levelModel(o: LevelOptions, email: string): string {
  return `window.model = { levels: Array.from({ length: ${o.levels ?? 3} }, (_, i) => ({ level: i + 1, active: !${JSON.stringify(o.inactive ?? [])}.includes(i + 1),
  integrations: Object.fromEntries(${JSON.stringify(o.names)}.map((x) => [x, i === 0 && x === ${JSON.stringify(email)}])) })) };`;
}

/** Tabs (one per level), native checkboxes, only the shown level's panel rendered, drawn anew on every tab change. */
function tabLevels(lang: Lang, o: LevelOptions): string {
  const T = L[lang];
  const script = `${ESC}
const T = ${JSON.stringify(T)};
const NAMES = ${JSON.stringify(o.names)};
${levelModel(o, T.email)}
let current = 1;
const host = document.getElementById('def');
function render() {
  const l = window.model.levels[current - 1];
  host.innerHTML = '<div role="tablist">' + window.model.levels.map((x) => '<button type="button" role="tab" id="tab' + x.level + '" aria-selected="' + (x.level === current) +
    '" aria-controls="panel" data-l="' + x.level + '">' + esc(T.level + ' ' + x.level) + '</button>').join('') + '</div>' +
    '<div role="tabpanel" id="panel" aria-labelledby="tab' + current + '"><div class="row"><input type="checkbox" id="act" data-k="__active"' + (l.active ? ' checked' : '') +
    '> <label for="act">' + esc(T.active) + '</label></div><h3>' + esc(T.section) + '</h3><ul class="integrations">' + NAMES.map((x, j) =>
      '<li><input type="checkbox" id="i' + j + '" data-k="' + esc(x) + '"' + (l.integrations[x] ? ' checked' : '') + '> <label for="i' + j + '">' + esc(x) + '</label></li>').join('') + '</ul></div>';
}
host.addEventListener('click', (e) => { const t = e.target.closest('[role=tab]'); if (t) { current = Number(t.dataset.l); render(); } });
host.addEventListener('change', (e) => {
  const l = window.model.levels[current - 1], k = e.target.dataset.k;
  if (k === '__active') l.active = e.target.checked; else if (k) l.integrations[k] = e.target.checked;
});
render();`;
  return doc(
    lang,
    `Uptrends - ${T.defs}`,
    `<main><h1>${escapeHtml(T.defs)}</h1><h2>Webshop</h2><div id="def"></div><button type="button">${escapeHtml(T.save)}</button></main>`,
    script,
  );
}

/**
 * Custom ARIA checkboxes (span role=checkbox with aria-checked, named by aria-labelledby, toggled on click and Space),
 * an "Active" role=switch, every level's panel in the DOM and the others `hidden`.
 */
function ariaLevels(lang: Lang, o: LevelOptions): string {
  const T = L[lang];
  const script = `${ESC}
const T = ${JSON.stringify(T)};
const NAMES = ${JSON.stringify(o.names)};
${levelModel(o, T.email)}
const host = document.getElementById('def');
function box(l, k, label, on, role) {
  const id = 'lb-' + l + '-' + (k === '__active' ? 'a' : NAMES.indexOf(k));
  return '<div class="row"><span role="' + role + '" tabindex="0" class="fake-check" aria-checked="' + on + '" aria-labelledby="' + id + '" data-l="' + l + '" data-k="' + esc(k) + '"></span>' +
    '<span id="' + id + '">' + esc(label) + '</span></div>';
}
host.innerHTML = '<div role="tablist">' + window.model.levels.map((l, i) => '<span role="tab" tabindex="0" id="t' + l.level + '" aria-controls="p' + l.level + '" aria-selected="' + (i === 0) + '">' +
  esc(T.level + ' ' + l.level) + '</span>').join(' ') + '</div>' + window.model.levels.map((l, i) => '<div role="tabpanel" id="p' + l.level + '" aria-labelledby="t' + l.level + '"' + (i ? ' hidden' : '') + '>' +
  box(l.level, '__active', T.active, l.active, 'switch') + '<div class="section-title">' + esc(T.section) + '</div><div role="group" aria-label="' + esc(T.section) + '">' +
  NAMES.map((x) => box(l.level, x, x, l.integrations[x], 'checkbox')).join('') + '</div></div>').join('');
function toggle(el) {
  const on = el.getAttribute('aria-checked') !== 'true';
  el.setAttribute('aria-checked', String(on));
  const l = window.model.levels[Number(el.dataset.l) - 1];
  if (el.dataset.k === '__active') l.active = on; else l.integrations[el.dataset.k] = on;
}
host.addEventListener('click', (e) => {
  const t = e.target.closest('[role=tab]');
  if (t) {
    host.querySelectorAll('[role=tab]').forEach((x) => x.setAttribute('aria-selected', String(x === t)));
    host.querySelectorAll('[role=tabpanel]').forEach((p) => { p.hidden = p.id !== t.getAttribute('aria-controls'); });
    return;
  }
  const c = e.target.closest('[role=checkbox],[role=switch]');
  if (c) toggle(c);
});
host.addEventListener('keydown', (e) => {
  const c = e.target.closest('[role=checkbox],[role=switch]');
  if (c && (e.key === ' ' || e.key === 'Enter')) { e.preventDefault(); toggle(c); }
});`;
  return doc(
    lang,
    `Uptrends - ${T.defs}`,
    `<div class="shell"><div role="heading" aria-level="1">${escapeHtml(T.defs)}</div><div role="heading" aria-level="2">Checkout API</div><div id="def"></div>
<div role="button" tabindex="0">${escapeHtml(T.save)}</div></div>`,
    script,
  );
}

/** Every level shown at once (an accordion with all panels open), each a fieldset; the native boxes visually hidden. */
function openLevels(lang: Lang, o: LevelOptions): string {
  const T = L[lang];
  const script = `${ESC}
const T = ${JSON.stringify(T)};
const NAMES = ${JSON.stringify(o.names)};
${levelModel(o, T.email)}
const host = document.getElementById('def');
host.innerHTML = window.model.levels.map((l) => '<section class="accordion-item"><h3><button type="button" aria-expanded="true" aria-controls="acc' + l.level + '">' + esc(T.level + ' ' + l.level) + '</button></h3>' +
  '<div id="acc' + l.level + '" class="accordion-body"><label><input type="checkbox" class="sr-box" data-l="' + l.level + '" data-k="__active"' + (l.active ? ' checked' : '') + '><span class="fake-check"></span>' + esc(T.active) + '</label>' +
  '<fieldset><legend>' + esc(T.section) + '</legend>' + NAMES.map((x) => '<label class="row"><input type="checkbox" class="sr-box" data-l="' + l.level + '" data-k="' + esc(x) + '"' +
    (l.integrations[x] ? ' checked' : '') + '><span class="fake-check"></span>' + esc(x) + '</label>').join('') + '</fieldset></div></section>').join('');
host.addEventListener('change', (e) => {
  const el = e.target, l = window.model.levels[Number(el.dataset.l) - 1];
  if (el.dataset.k === '__active') l.active = el.checked; else l.integrations[el.dataset.k] = el.checked;
});`;
  return doc(
    lang,
    `Uptrends - ${T.defs}`,
    `<main><h1>${escapeHtml(T.defs)}</h1><h2>Intranet</h2><div id="def" class="accordion"></div><button type="button">${escapeHtml(T.save)}</button></main>`,
    script,
  );
}

let definitions = 0;

async function openLevelsPage(page: Page, kind: typeof tabLevels, lang: Lang, o: LevelOptions): Promise<void> {
  const path = `/Alerting/AlertDefinitions/Edit/r32-${++definitions}`;
  await serve(browser, `https://app.uptrends.com${path}*`, kind(lang, o));
  await page.goto(`https://app.uptrends.com${path}`);
}

/** Which integrations are ticked on `level`, per the page's model. */
async function ticked(page: Page, level: number): Promise<string[]> {
  const m = await pageModel(page);
  const l = m.levels[level - 1];
  return Object.keys(l.integrations).filter((k) => l.integrations[k]);
}

/* ================================================================================================================= */
/* The popup and the options page, as the user uses them                                                              */
/* ================================================================================================================= */

/** Everything the popup says in its live regions. */
async function popupSays(popup: Page): Promise<string> {
  const parts = [
    ...(await popup.getByRole('status').allTextContents()),
    ...(await popup.getByRole('alert').allTextContents()),
  ];
  return parts
    .map((t) => t.trim())
    .filter(Boolean)
    .join(' | ');
}

/** The popup opened over `tab` (so "Fill this page" acts on it); waits until it drew its list or its empty state. */
async function popupOver(tab?: Page): Promise<Page> {
  const popup = await browser.openPopup(tab);
  await popup.getByRole('button', { name: UI.settings }).waitFor({ timeout: WAIT });
  return popup;
}

/** "Use for filling" on the capture named `name`, and waits until the popup says it is the one used. */
async function choose(popup: Page, name: string): Promise<void> {
  await popup.getByRole('button', { name: UI.use(name) }).click({ timeout: WAIT });
  await popup.getByRole('button', { name: UI.used(name) }).waitFor({ timeout: WAIT });
}

/** "Fill this page", then what the popup said about it. */
async function fillThisPage(popup: Page): Promise<string> {
  const before = await popupSays(popup);
  await popup.getByRole('button', { name: UI.fill }).click();
  return eventually(
    () => popupSays(popup),
    (text) => text.length > 0 && text !== before,
    3000,
  ).catch(() => popupSays(popup));
}

/** The name of the capture the popup marks as used for filling. */
async function usedForFilling(popup: Page): Promise<string[]> {
  const names = await popup
    .getByRole('button', { name: /^Used for filling: / })
    .evaluateAll((buttons) =>
      buttons.map((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').replace(/^Used for filling: /, '')),
    );
  return names;
}

/** The options page, opened the way a user does: the popup's "Settings". */
async function openSettings(): Promise<Page> {
  const popup = await popupOver();
  const opened = browser.context.waitForEvent('page', { timeout: WAIT });
  await popup.getByRole('button', { name: UI.settings }).click();
  const options = await opened;
  await options.waitForLoadState();
  await options.getByRole('heading', { level: 1 }).waitFor({ timeout: WAIT });
  await popup.close();
  return options;
}

/** Waits until the options page says it saved (its status), and a reopened options page shows `check`. */
async function settingsStick(options: Page, check: (page: Page) => Promise<boolean>): Promise<void> {
  await expect.poll(() => options.getByRole('status').textContent(), { timeout: WAIT }).toMatch(/Saved/);
  await options.close();
  const again = await openSettings();
  try {
    await expect.poll(() => check(again), { timeout: WAIT }).toBe(true);
  } finally {
    await again.close();
  }
}

async function settingAutoFill(on: boolean): Promise<void> {
  const options = await openSettings();
  await options.getByLabel(UI.autoFill).setChecked(on);
  await settingsStick(options, async (p) => (await p.getByLabel(UI.autoFill).isChecked()) === on);
}

async function settingAutoTick(on: boolean): Promise<void> {
  const options = await openSettings();
  await options.getByLabel(UI.autoTick).setChecked(on);
  await settingsStick(options, async (p) => (await p.getByLabel(UI.autoTick).isChecked()) === on);
}

async function settingLevels(list: string): Promise<void> {
  const options = await openSettings();
  await options.getByLabel(UI.levelsSome).check();
  await options.getByLabel(UI.levels).fill(list);
  await options.getByLabel(UI.levels).press('Tab');
  await settingsStick(
    options,
    async (p) =>
      (await p.getByLabel(UI.levelsSome).isChecked()) &&
      (await p.getByLabel(UI.levels).inputValue()).replace(/\s/g, '') === list.replace(/\s/g, ''),
  );
}

async function settingPattern(pattern: string): Promise<void> {
  const options = await openSettings();
  await options.getByLabel(UI.pattern).fill(pattern);
  await options.getByLabel(UI.pattern).press('Enter');
  await settingsStick(options, async (p) => (await p.getByLabel(UI.pattern).inputValue()) === pattern);
}

async function settingForgetOnceFilled(on: boolean): Promise<void> {
  const options = await openSettings();
  await options.getByLabel(UI.forgetOnceFilled).setChecked(on);
  await settingsStick(options, async (p) => (await p.getByLabel(UI.forgetOnceFilled).isChecked()) === on);
}

async function settingHours(hours: number): Promise<void> {
  const options = await openSettings();
  await options.getByLabel(UI.hours).fill(String(hours));
  await options.getByLabel(UI.hours).press('Tab');
  await settingsStick(options, async (p) => (await p.getByLabel(UI.hours).inputValue()) === String(hours));
}

/* ================================================================================================================= */
/* A: several captures, and what a fresh Uptrends editor gets                                                         */
/* ================================================================================================================= */

describe('A: several captures, one fresh editor', () => {
  it('R32-01 EN plain form: "Primary on-call" then "Secondary on-call" saved one after the other (current UI, then the older UI): the fresh editor gets the second URL and the name "AlertOps - Secondary on-call"; the popup marks that one', async () => {
    const first = validUrl();
    const second = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Primary on-call', first, 'Uptrends'), first);
    await captureOn('app.alertops.com', aoLegacy('Secondary on-call', second), second);
    await withPage(async (page) => {
      await openEditor(page, plainEditor, 'en', { variable: 'AlertOpsUrl' });
      await pollModel(page, (m) => m.vars.AlertOpsUrl.value, second);
      await pollModel(page, (m) => m.name, 'AlertOps - Secondary on-call');
      expect(await page.getByRole('textbox', { name: 'AlertOpsUrl', exact: true }).inputValue()).toBe(second);
      const popup = await popupOver(page);
      expect(await usedForFilling(popup)).toEqual(['Secondary on-call']);
      await popup.close();
      expect((await pageModel(page)).saves, 'Save never clicked').toBe(0);
    });
  });

  it('R32-02 NL React-like form: "Piket productie" (Uptrends template, app.alertops.com) then "Globex maatwerk" (Custom template, globex.alertops.com): the newest is filled, and it is the one the popup marks for filling', async () => {
    const uptrends = validUrl('Uptrends');
    const custom = validUrl('Custom');
    await captureOn('app.alertops.com', aoCurrent('Piket productie', uptrends, 'Uptrends'), uptrends);
    await captureOn('globex.alertops.com', aoCurrent('Globex maatwerk', custom, 'Custom'), custom);
    await withPage(async (page) => {
      await openEditor(page, reactEditor, 'nl', { variable: 'ApiUrl' });
      await expect.poll(() => modelUrl(page, 'ApiUrl'), { timeout: WAIT }).not.toBe('');
      await sleep(1000);
      const filled = await modelUrl(page, 'ApiUrl');
      const popup = await popupOver(page);
      const marked = await usedForFilling(popup);
      await popup.close();
      const names: Record<string, string> = { [uptrends]: 'Piket productie', [custom]: 'Globex maatwerk' };
      expect(marked, 'the popup marks the capture that was filled').toEqual([names[filled]]);
      expect(names[filled], 'README: "The newest capture is the one filled"').toBe('Globex maatwerk');
    });
  });

  it('R32-02c control for R32-02: the same two hosts and pages, both from the Uptrends template: the newest ("Globex piket", globex.alertops.com) is filled and marked', async () => {
    const older = validUrl('Uptrends');
    const newer = validUrl('Uptrends');
    await captureOn('app.alertops.com', aoCurrent('Piket productie', older, 'Uptrends'), older);
    await captureOn('globex.alertops.com', aoCurrent('Globex piket', newer, 'Uptrends'), newer);
    await withPage(async (page) => {
      await openEditor(page, reactEditor, 'nl', { variable: 'ApiUrl' });
      await pollModel(page, (m) => m.vars.ApiUrl.value, newer);
      const popup = await popupOver(page);
      expect(await usedForFilling(popup)).toEqual(['Globex piket']);
      await popup.close();
    });
  });

  it('R32-02d control for R32-02: the Custom-template capture "Globex maatwerk" alone is filled into the same editor', async () => {
    const custom = validUrl('Custom');
    await captureOn('globex.alertops.com', aoCurrent('Globex maatwerk', custom, 'Custom'), custom);
    await withPage(async (page) => {
      await openEditor(page, reactEditor, 'nl', { variable: 'ApiUrl' });
      await pollModel(page, (m) => m.vars.ApiUrl.value, custom);
    });
  });

  it('R32-03 DE ARIA grid editor: "Bereitschaft Acme" (older UI on acme.alertops.com) then "Bereitschaft Zentrale" (app.alertops.com): a fresh editor gets Zentrale; the user chooses Acme in the popup (which names both consoles) and the next fresh editor gets Acme and its name', async () => {
    const acme = validUrl();
    const zentrale = validUrl();
    await captureOn('acme.alertops.com', aoLegacy('Bereitschaft Acme', acme), acme);
    await captureOn('app.alertops.com', aoCurrent('Bereitschaft Zentrale', zentrale, 'Uptrends'), zentrale);
    await withPage(async (page) => {
      await openEditor(page, ariaEditor, 'de', { variable: 'AlertOpsUrl' });
      await pollModel(page, (m) => m.vars.AlertOpsUrl.value, zentrale);
      await pollModel(page, (m) => m.name, 'AlertOps - Bereitschaft Zentrale');
    });
    const popup = await popupOver();
    const acmeItem = popup
      .getByRole('listitem')
      .filter({ has: popup.getByRole('heading', { name: 'Bereitschaft Acme' }) });
    // biome-ignore lint/performance/useDomNodeTextContent: the text as the user sees it
    expect(await acmeItem.first().innerText()).toContain('acme.alertops.com');
    await choose(popup, 'Bereitschaft Acme');
    await popup.close();
    await withPage(async (page) => {
      await openEditor(page, ariaEditor, 'de', { variable: 'AlertOpsUrl' });
      await pollModel(page, (m) => m.vars.AlertOpsUrl.value, acme);
      await pollModel(page, (m) => m.name, 'AlertOps - Bereitschaft Acme');
      expect((await pageModel(page)).saves).toBe(0);
    });
  });

  it('R32-04 FR React-like editor: on AlertOps the user regenerates the key of "Astreinte Paris" (the URL is replaced in place): a fresh editor gets the new key, never the old one', async () => {
    const old = validUrl();
    const renewed = validUrl();
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AlertOps</title></head><body>
<main><h1>Astreinte Paris</h1><div class="endpoint"><span class="label">API URL</span> <code id="u">${old}</code> <button type="button">Copy</button>
<button type="button" id="regen">Regenerate Key</button></div><p class="muted">Template: Uptrends</p></main>
<script>document.getElementById('regen').addEventListener('click', () => {
  const u = document.getElementById('u'); u.textContent = 'Regenerating...';
  setTimeout(() => { u.textContent = ${JSON.stringify(renewed)}; }, 400);
});</script></body></html>`;
    const path = '/integrations/inbound/api/r32-regen';
    await serve(browser, `https://app.alertops.com${path}*`, html);
    await withPage(async (ao) => {
      await ao.goto(`https://app.alertops.com${path}`);
      await eventually(storedUrls, (urls) => urls.includes(old), WAIT);
      await sleep(300);
      await ao.getByRole('button', { name: 'Regenerate Key' }).click();
      await eventually(storedUrls, (urls) => urls.includes(renewed), WAIT);
    });
    await withPage(async (page) => {
      await openEditor(page, reactEditor, 'fr', { variable: 'AlertOpsUrl' });
      await pollModel(page, (m) => m.vars.AlertOpsUrl.value, renewed);
      expect(await page.getByRole('textbox', { name: 'AlertOpsUrl' }).inputValue()).toBe(renewed);
      await pollModel(page, (m) => m.name, 'AlertOps - Astreinte Paris');
    });
  });
});

/* ================================================================================================================= */
/* B: another URL chosen in the popup, filled by hand                                                                 */
/* ================================================================================================================= */

describe('B: choosing in the popup and "Fill this page"', () => {
  it('R32-05 EN ARIA grid editor already auto-filled with "Day shift": the user chooses the older "Night shift" in the popup and clicks "Fill this page": the field ends up with Night shift\'s URL (at once or after the page\'s "Replace?" is accepted); Save never clicked', async () => {
    const night = validUrl();
    const day = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Night shift', night, 'Uptrends'), night);
    await captureOn('app.alertops.com', aoCurrent('Day shift', day, 'Uptrends'), day);
    await withPage(async (page) => {
      await openEditor(page, ariaEditor, 'en', { variable: 'AlertOpsEndpoint' });
      await pollModel(page, (m) => m.vars.AlertOpsEndpoint.value, day);
      const popup = await popupOver(page);
      await choose(popup, 'Night shift');
      const said = await fillThisPage(popup);
      await popup.close();
      await page.bringToFront();
      const replace = page.locator(NOTICE).getByRole('button', { name: /Replace/i });
      const done = await eventually(
        async () => (await modelUrl(page, 'AlertOpsEndpoint')) === night || (await replace.count()) > 0,
        (x) => x,
        WAIT,
      ).catch(() => false);
      if (!done)
        throw new Error(
          `neither filled nor offered to replace; popup said ${JSON.stringify(said)}\n${await explain(page)}`,
        );
      if ((await modelUrl(page, 'AlertOpsEndpoint')) !== night) await replace.first().click();
      await pollModel(page, (m) => m.vars.AlertOpsEndpoint.value, night);
      expect((await pageModel(page)).saves).toBe(0);
    });
  });

  it('R32-06 NL plain form, auto-fill turned off in Settings: the editor stays empty; the user chooses the older "Piket dag" and clicks "Fill this page": Piket dag\'s URL and name go in', async () => {
    await settingAutoFill(false);
    const dag = validUrl();
    const nacht = validUrl();
    await captureOn('app.alertops.com', aoLegacy('Piket dag', dag), dag);
    await captureOn('app.alertops.com', aoLegacy('Piket nacht', nacht), nacht);
    await withPage(async (page) => {
      await openEditor(page, plainEditor, 'nl', { variable: 'Url' });
      await sleep(2000);
      expect(await pageModel(page).then((m) => [m.name, m.vars.Url.value]), 'auto-fill off: nothing filled').toEqual([
        '',
        '',
      ]);
      const popup = await popupOver(page);
      await choose(popup, 'Piket dag');
      const said = await fillThisPage(popup);
      await popup.close();
      try {
        await pollModel(page, (m) => m.vars.Url.value, dag);
      } catch (error) {
        throw new Error(`${(error as Error).message}\npopup said: ${said}`);
      }
      await pollModel(page, (m) => m.name, 'AlertOps - Piket dag');
      expect((await pageModel(page)).saves).toBe(0);
    });
  });

  it('R32-07 DE React-like editor: the user typed their own AlertOps URL before saving in AlertOps; the capture arrives: their URL stays ("Replace?" offered), and "Fill this page" from the popup does not overwrite it either', async () => {
    const own = validUrl();
    const captured = validUrl();
    await withPage(async (page) => {
      await openEditor(page, reactEditor, 'de', { variable: 'AlertOpsUrl' });
      const field = page.getByRole('textbox', { name: 'AlertOpsUrl' });
      await field.click();
      await page.keyboard.insertText(own);
      await pollModel(page, (m) => m.vars.AlertOpsUrl.value, own);
      await page.getByRole('textbox', { name: L.de.name }).click();
      await captureOn('app.alertops.com', aoCurrent('Bereitschaft Nord', captured, 'Uptrends'), captured);
      await page.bringToFront();
      await pollNotice(page, /Replace/i);
      expect(await modelUrl(page, 'AlertOpsUrl')).toBe(own);
      const popup = await popupOver(page);
      const said = await fillThisPage(popup);
      await popup.close();
      await sleep(1500);
      expect(await modelUrl(page, 'AlertOpsUrl'), `"Fill this page" said: ${said}`).toBe(own);
      expect(await field.inputValue()).toBe(own);
      expect((await pageModel(page)).saves).toBe(0);
    });
  });
});

/* ================================================================================================================= */
/* C: settings changed in the options page, judged on editors and levels                                              */
/* ================================================================================================================= */

describe('C: settings', () => {
  it('R32-08 FR ARIA grid editor, auto-fill off: nothing is filled or named until the user asks; "Fill this page" fills the URL and proposes the name', async () => {
    await settingAutoFill(false);
    const url = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Astreinte Lyon', url, 'Uptrends'), url);
    await withPage(async (page) => {
      await openEditor(page, ariaEditor, 'fr', { variable: 'AlertOpsUrl' });
      await sleep(2000);
      expect(await pageModel(page).then((m) => [m.name, m.vars.AlertOpsUrl.value])).toEqual(['', '']);
      expect(await page.getByRole('textbox', { name: 'AlertOpsUrl' }).inputValue()).toBe('');
      const popup = await popupOver(page);
      await fillThisPage(popup);
      await popup.close();
      await pollModel(page, (m) => m.vars.AlertOpsUrl.value, url);
      await pollModel(page, (m) => m.name, 'AlertOps - Astreinte Lyon');
    });
  });

  it('R32-09 EN plain form opened before the capture, auto-fill off: saving in AlertOps in another tab does not fill it; "Fill this page" then does', async () => {
    await settingAutoFill(false);
    const url = validUrl();
    await withPage(async (page) => {
      await openEditor(page, plainEditor, 'en', { variable: 'AlertOpsUrl' });
      await sleep(500);
      await captureOn('app.alertops.com', aoCurrent('Weekend pager', url, 'Uptrends'), url);
      await page.bringToFront();
      await page.getByRole('textbox', { name: L.en.name }).click();
      await sleep(2000);
      expect(await modelUrl(page, 'AlertOpsUrl'), 'auto-fill off: the waiting editor is not filled').toBe('');
      const popup = await popupOver(page);
      await fillThisPage(popup);
      await popup.close();
      await pollModel(page, (m) => m.vars.AlertOpsUrl.value, url);
    });
  });

  it('R32-10 NL React-like editor, naming pattern "Piket {name} (NL)" set in Settings: the fresh editor is named "Piket Webshop (NL)"', async () => {
    await settingPattern('Piket {name} (NL)');
    const url = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Webshop', url, 'Uptrends'), url);
    await withPage(async (page) => {
      await openEditor(page, reactEditor, 'nl', { variable: 'AlertOpsUrl' });
      await pollModel(page, (m) => m.vars.AlertOpsUrl.value, url);
      await pollModel(page, (m) => m.name, 'Piket Webshop (NL)');
      expect(await page.getByRole('textbox', { name: L.nl.name }).inputValue()).toBe('Piket Webshop (NL)');
    });
  });

  it('R32-11 DE plain form, naming pattern "Bereitschaft {name}": the user typed a name of their own while waiting for the capture; the URL is filled and their name kept', async () => {
    await settingPattern('Bereitschaft {name}');
    const url = validUrl();
    await withPage(async (page) => {
      await openEditor(page, plainEditor, 'de', { variable: 'AlertOpsUrl' });
      await page.getByRole('textbox', { name: L.de.name }).fill('Mein Bereitschaftsdienst');
      await captureOn('app.alertops.com', aoCurrent('Zentrale', url, 'Uptrends'), url);
      await page.bringToFront();
      await pollModel(page, (m) => m.vars.AlertOpsUrl.value, url);
      await sleep(1000);
      expect((await pageModel(page)).name).toBe('Mein Bereitschaftsdienst');
    });
  });

  it('R32-12 FR plain form, "Forget a URL once it has been filled" ticked: filled, the user saves, the URL is then no longer stored nor listed, and a second editor gets nothing', async () => {
    await settingForgetOnceFilled(true);
    const url = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Astreinte Nantes', url, 'Uptrends'), url);
    await withPage(async (page) => {
      await openEditor(page, plainEditor, 'fr', { variable: 'AlertOpsUrl' });
      await pollModel(page, (m) => m.vars.AlertOpsUrl.value, url);
      await page.getByRole('button', { name: L.fr.save, exact: true }).click();
      await pollModel(page, (m) => m.saved?.vars?.AlertOpsUrl?.value, url);
    });
    await eventually(storedUrls, (urls) => !urls.includes(url), WAIT);
    const popup = await popupOver();
    expect(await popup.getByRole('heading', { name: 'Astreinte Nantes' }).count()).toBe(0);
    await popup.close();
    await withPage(async (page) => {
      await openEditor(page, plainEditor, 'fr', { variable: 'AlertOpsUrl' });
      await sleep(2000);
      expect(await modelUrl(page, 'AlertOpsUrl')).toBe('');
    });
  });

  it('R32-13 EN plain form, "Forget captured URLs after 1 hour": the user had chosen a 3-hour-old capture; after the setting it is neither listed, nor stored, nor filled: the fresh one is', async () => {
    const now = Date.now();
    const old = validUrl();
    await browser.setStorage({
      bridgeState: {
        version: 1,
        captures: [
          {
            id: crypto.randomUUID(),
            url: old,
            integrationName: 'Old pager',
            template: 'Uptrends',
            consoleHost: 'app.alertops.com',
            capturedAt: now - 3 * 3_600_000,
            lastSeenAt: now - 3 * 3_600_000,
            attachments: [],
          },
        ],
        uptrendsNames: [],
      },
    });
    const fresh = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Fresh pager', fresh, 'Uptrends'), fresh);
    let popup = await popupOver();
    await choose(popup, 'Old pager');
    await popup.close();
    await settingHours(1);
    popup = await popupOver();
    await popup.getByRole('heading', { name: 'Fresh pager' }).waitFor({ timeout: WAIT });
    expect(await popup.getByRole('heading', { name: 'Old pager' }).count()).toBe(0);
    await popup.close();
    await withPage(async (page) => {
      await openEditor(page, plainEditor, 'en', { variable: 'AlertOpsUrl' });
      await pollModel(page, (m) => m.vars.AlertOpsUrl.value, fresh);
    });
    await eventually(storedUrls, (urls) => !urls.includes(old), WAIT);
  });

  it('R32-14 NL tabs with native boxes, auto-tick off: "AlertOps - Piket" stays unticked on Escalatieniveau 1; "Fill this page" ticks it and nothing else', async () => {
    await settingAutoTick(false);
    const url = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Piket', url, 'Uptrends'), url);
    const AO = 'AlertOps - Piket';
    await withPage(async (page) => {
      await openLevelsPage(page, tabLevels, 'nl', { names: [L.nl.email, 'SMS', L.nl.phone, 'Slack #noc', AO] });
      await sleep(2000);
      expect(await ticked(page, 1), 'auto-tick off').toEqual([L.nl.email]);
      const popup = await popupOver(page);
      const said = await fillThisPage(popup);
      await popup.close();
      try {
        await expect.poll(() => ticked(page, 1), { timeout: WAIT }).toEqual([L.nl.email, AO]);
      } catch (error) {
        throw new Error(`${(error as Error).message}\npopup said: ${said}\n${await explain(page)}`);
      }
      expect(await page.getByRole('checkbox', { name: AO }).isChecked()).toBe(true);
    });
  });

  it('R32-15 FR custom ARIA boxes, ticking only on level "2": Niveau d\'escalade 1 and 3 stay as they were, level 2 gets "AlertOps - Astreinte"', async () => {
    await settingLevels('2');
    const url = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Astreinte', url, 'Uptrends'), url);
    const AO = 'AlertOps - Astreinte';
    await withPage(async (page) => {
      await openLevelsPage(page, ariaLevels, 'fr', { names: [L.fr.email, 'SMS', L.fr.phone, AO] });
      await sleep(2000);
      expect(await ticked(page, 1)).toEqual([L.fr.email]);
      await page.getByRole('tab', { name: `${L.fr.level} 2` }).click();
      try {
        await expect.poll(() => ticked(page, 2), { timeout: WAIT }).toEqual([AO]);
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${await explain(page)}`);
      }
      await page.getByRole('tab', { name: `${L.fr.level} 3` }).click();
      await sleep(2000);
      expect(await ticked(page, 3)).toEqual([]);
      expect(await ticked(page, 1)).toEqual([L.fr.email]);
    });
  });

  it('R32-16 EN accordion with every level open at once, ticking only on levels "1, 3": levels 1 and 3 get "AlertOps - On-call", level 2 does not', async () => {
    await settingLevels('1, 3');
    const url = validUrl();
    await captureOn('app.alertops.com', aoCurrent('On-call', url, 'Uptrends'), url);
    const AO = 'AlertOps - On-call';
    await withPage(async (page) => {
      await openLevelsPage(page, openLevels, 'en', { names: [L.en.email, 'SMS', L.en.phone, AO] });
      try {
        await expect
          .poll(async () => [await ticked(page, 1), await ticked(page, 3)], { timeout: WAIT })
          .toEqual([[L.en.email, AO], [AO]]);
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${await explain(page)}`);
      }
      await sleep(1500);
      expect(await ticked(page, 2)).toEqual([]);
    });
  });

  it('R32-17 DE, auto-tick off but auto-fill on: the plain editor is still filled; the tabbed level is left alone', async () => {
    await settingAutoTick(false);
    const url = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Zentrale', url, 'Uptrends'), url);
    await withPage(async (page) => {
      await openEditor(page, plainEditor, 'de', { variable: 'AlertOpsUrl' });
      await pollModel(page, (m) => m.vars.AlertOpsUrl.value, url);
      await pollModel(page, (m) => m.name, 'AlertOps - Zentrale');
    });
    await withPage(async (page) => {
      await openLevelsPage(page, tabLevels, 'de', { names: [L.de.email, 'SMS', L.de.phone, 'AlertOps - Zentrale'] });
      await sleep(2000);
      expect(await ticked(page, 1)).toEqual([L.de.email]);
    });
  });
});

/* ================================================================================================================= */
/* D: Forget, Forget all and Undo while an Uptrends editor waits                                                      */
/* ================================================================================================================= */

describe('D: forgetting while Uptrends waits', () => {
  it('R32-18 FR plain form (auto-fill off) open in a tab: the user forgets the newest capture "Astreinte B" in the popup and clicks "Fill this page": "Astreinte A" is filled, never the forgotten URL', async () => {
    await settingAutoFill(false);
    const a = validUrl();
    const b = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Astreinte A', a, 'Uptrends'), a);
    await captureOn('app.alertops.com', aoCurrent('Astreinte B', b, 'Uptrends'), b);
    await withPage(async (page) => {
      await openEditor(page, plainEditor, 'fr', { variable: 'AlertOpsUrl' });
      const popup = await popupOver(page);
      await popup.getByRole('button', { name: UI.forget('Astreinte B') }).click({ timeout: WAIT });
      await expect.poll(() => popup.getByRole('heading', { name: 'Astreinte B' }).count(), { timeout: WAIT }).toBe(0);
      await fillThisPage(popup);
      await popup.close();
      await pollModel(page, (m) => m.vars.AlertOpsUrl.value, a);
      expect(await storedUrls()).not.toContain(b);
    });
  });

  it('R32-19 NL React-like editor (auto-fill off): "Forget all" leaves nothing to fill; Undo brings both back with the user\'s choice ("Piket 1"), and "Fill this page" fills Piket 1', async () => {
    await settingAutoFill(false);
    const one = validUrl();
    const two = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Piket 1', one, 'Uptrends'), one);
    await captureOn('app.alertops.com', aoCurrent('Piket 2', two, 'Uptrends'), two);
    await withPage(async (page) => {
      await openEditor(page, reactEditor, 'nl', { variable: 'AlertOpsUrl' });
      const popup = await popupOver(page);
      await choose(popup, 'Piket 1');
      await popup.getByRole('button', { name: UI.forgetAll }).click();
      await popup
        .getByRole('alertdialog')
        .getByRole('button', { name: /forget all/i })
        .click({ timeout: WAIT });
      await eventually(storedUrls, (urls) => urls.length === 0, WAIT);
      await fillThisPage(popup);
      await sleep(1500);
      expect(await modelUrl(page, 'AlertOpsUrl'), 'nothing is filled after Forget all').toBe('');
      await popup.getByRole('button', { name: /^Undo/ }).click({ timeout: WAIT });
      await popup.getByRole('button', { name: UI.used('Piket 1') }).waitFor({ timeout: WAIT });
      expect((await storedUrls()).sort()).toEqual([one, two].sort());
      await fillThisPage(popup);
      await popup.close();
      await pollModel(page, (m) => m.vars.AlertOpsUrl.value, one);
    });
  });

  it('R32-20 DE ARIA grid editor opened after "Forget all" (auto-fill on) waits empty; the user then saves "Bereitschaft Neu" in AlertOps: the editor gets that URL, never a forgotten one', async () => {
    const x = validUrl();
    const y = validUrl();
    const z = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Alt X', x, 'Uptrends'), x);
    await captureOn('acme.alertops.com', aoLegacy('Alt Y', y), y);
    const popup = await popupOver();
    await popup.getByRole('button', { name: UI.forgetAll }).click({ timeout: WAIT });
    await popup
      .getByRole('alertdialog')
      .getByRole('button', { name: /forget all/i })
      .click({ timeout: WAIT });
    await eventually(storedUrls, (urls) => urls.length === 0, WAIT);
    await popup.close();
    await withPage(async (page) => {
      await openEditor(page, ariaEditor, 'de', { variable: 'AlertOpsUrl' });
      await sleep(2000);
      expect(await modelUrl(page, 'AlertOpsUrl')).toBe('');
      await captureOn('app.alertops.com', aoCurrent('Bereitschaft Neu', z, 'Uptrends'), z);
      await page.bringToFront();
      await pollModel(page, (m) => m.vars.AlertOpsUrl.value, z);
      await pollModel(page, (m) => m.name, 'AlertOps - Bereitschaft Neu');
    });
  });

  it('R32-21 FR plain form: the user chooses the older "Nuit", forgets it, and clicks Undo: it comes back marked for filling, and a fresh editor gets it', async () => {
    const nuit = validUrl();
    const jour = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Nuit', nuit, 'Uptrends'), nuit);
    await captureOn('app.alertops.com', aoCurrent('Jour', jour, 'Uptrends'), jour);
    const popup = await popupOver();
    await choose(popup, 'Nuit');
    await popup.getByRole('button', { name: UI.forget('Nuit') }).click();
    await popup.getByRole('button', { name: /^Undo/ }).click({ timeout: WAIT });
    await popup.getByRole('button', { name: UI.used('Nuit') }).waitFor({ timeout: WAIT });
    await popup.close();
    await withPage(async (page) => {
      await openEditor(page, plainEditor, 'fr', { variable: 'AlertOpsUrl' });
      await pollModel(page, (m) => m.vars.AlertOpsUrl.value, nuit);
      await pollModel(page, (m) => m.name, 'AlertOps - Nuit');
    });
  });
});

/* ================================================================================================================= */
/* E: escalation levels with two AlertOps integrations, and levels that are not active                                */
/* ================================================================================================================= */

describe('E: which box, and asking', () => {
  it('R32-22 EN tabs: "AlertOps - Primary on-call" and "AlertOps - Secondary on-call" both listed (both captured, neither saved in an editor): nothing ticked before the user answers; choosing Primary ticks only Primary', async () => {
    const p = validUrl();
    const s = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Primary on-call', p, 'Uptrends'), p);
    await captureOn('app.alertops.com', aoCurrent('Secondary on-call', s, 'Uptrends'), s);
    const P = 'AlertOps - Primary on-call';
    const S = 'AlertOps - Secondary on-call';
    await withPage(async (page) => {
      await openLevelsPage(page, tabLevels, 'en', { names: [L.en.email, 'SMS', P, S] });
      const choice = page.locator(NOTICE).getByRole('button', { name: P, exact: true });
      try {
        await choice.waitFor({ timeout: WAIT });
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${await explain(page)}`);
      }
      expect(await ticked(page, 1)).toEqual([L.en.email]);
      await choice.click();
      await expect.poll(() => ticked(page, 1), { timeout: WAIT }).toEqual([L.en.email, P]);
      await sleep(1000);
      expect(await ticked(page, 1)).toEqual([L.en.email, P]);
    });
  });

  it('R32-23 NL: the URL filled in a plain editor, saved by the user as "Nachtdienst"; the definition lists "AlertOps (oud)" and "Nachtdienst": Nachtdienst is ticked on levels 1 and 2 without asking, "AlertOps (oud)" never', async () => {
    const url = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Piket nacht', url, 'Uptrends'), url);
    await withPage(async (page) => {
      await openEditor(page, plainEditor, 'nl', { variable: 'AlertOpsUrl' });
      await pollModel(page, (m) => m.vars.AlertOpsUrl.value, url);
      await page.getByRole('textbox', { name: L.nl.name }).fill('Nachtdienst');
      await page.getByRole('button', { name: L.nl.save, exact: true }).click();
      await pollModel(page, (m) => m.saved?.name, 'Nachtdienst');
    });
    const OLD = 'AlertOps (oud)';
    await withPage(async (page) => {
      await openLevelsPage(page, tabLevels, 'nl', { names: [L.nl.email, 'SMS', L.nl.phone, OLD, 'Nachtdienst'] });
      try {
        await expect.poll(() => ticked(page, 1), { timeout: WAIT }).toEqual([L.nl.email, 'Nachtdienst']);
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${await explain(page)}`);
      }
      await page.getByRole('tab', { name: `${L.nl.level} 2` }).click();
      await expect.poll(() => ticked(page, 2), { timeout: WAIT }).toEqual(['Nachtdienst']);
      await sleep(1000);
      expect(await noticeText(page)).not.toMatch(/Which AlertOps integration/);
    });
  });

  for (const how of ['forget once filled', 'Forget in the popup'] as const) {
    const id = how === 'forget once filled' ? 'R32-39' : 'R32-40';
    it(`${id} NL: as R32-23 (saved as "Nachtdienst"), but the URL is then forgotten (${how}): the definition listing "AlertOps (oud)" and "Nachtdienst" still gets Nachtdienst, never "AlertOps (oud)"`, async () => {
      if (how === 'forget once filled') await settingForgetOnceFilled(true);
      const url = validUrl();
      await captureOn('app.alertops.com', aoCurrent('Piket nacht', url, 'Uptrends'), url);
      await withPage(async (page) => {
        await openEditor(page, plainEditor, 'nl', { variable: 'AlertOpsUrl' });
        await pollModel(page, (m) => m.vars.AlertOpsUrl.value, url);
        await page.getByRole('textbox', { name: L.nl.name }).fill('Nachtdienst');
        await page.getByRole('button', { name: L.nl.save, exact: true }).click();
        await pollModel(page, (m) => m.saved?.name, 'Nachtdienst');
      });
      if (how === 'Forget in the popup') {
        await sleep(500);
        const popup = await popupOver();
        await popup.getByRole('button', { name: UI.forget('Piket nacht') }).click({ timeout: WAIT });
        await popup.close();
      }
      await eventually(storedUrls, (urls) => !urls.includes(url), WAIT);
      const OLD = 'AlertOps (oud)';
      await withPage(async (page) => {
        await openLevelsPage(page, tabLevels, 'nl', { names: [L.nl.email, 'SMS', L.nl.phone, OLD, 'Nachtdienst'] });
        await sleep(2500);
        const now = await ticked(page, 1);
        expect(now.includes(OLD), `"${OLD}" ticked: ${JSON.stringify(now)}\n${await explain(page)}`).toBe(false);
        expect(now).toEqual([L.nl.email, 'Nachtdienst']);
      });
    });
  }

  it('R32-24 DE custom ARIA boxes: Eskalationsstufe 2 has "Aktiv" off: level 1 is ticked, level 2 is not ticked silently; the user is asked and "Tick it anyway" ticks it', async () => {
    const url = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Zentrale', url, 'Uptrends'), url);
    const AO = 'AlertOps - Zentrale';
    await withPage(async (page) => {
      await openLevelsPage(page, ariaLevels, 'de', { names: [L.de.email, 'SMS', L.de.phone, AO], inactive: [2] });
      await expect.poll(() => ticked(page, 1), { timeout: WAIT }).toEqual([L.de.email, AO]);
      await page.getByRole('tab', { name: `${L.de.level} 2` }).click();
      const anyway = page.locator(NOTICE).getByRole('button', { name: /anyway/i });
      try {
        await anyway.waitFor({ timeout: WAIT });
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${await explain(page)}`);
      }
      expect(await ticked(page, 2), 'not ticked before the answer').toEqual([]);
      await anyway.click();
      await expect.poll(() => ticked(page, 2), { timeout: WAIT }).toEqual([AO]);
    });
  });
});

/* ================================================================================================================= */
/* G: settings and choices changed while Uptrends pages are open; prompts and forgetting                              */
/* ================================================================================================================= */

describe('G: changes while Uptrends is open', () => {
  it('R32-26 EN React-like editor opened while nothing is captured (it waits); the user turns auto-fill off in Settings, then saves "Late pager" in AlertOps: the waiting editor is not filled until "Fill this page"', async () => {
    const url = validUrl();
    await withPage(async (page) => {
      await openEditor(page, reactEditor, 'en', { variable: 'AlertOpsUrl' });
      await sleep(1000);
      await settingAutoFill(false);
      await captureOn('app.alertops.com', aoCurrent('Late pager', url, 'Uptrends'), url);
      await page.bringToFront();
      await page.getByRole('textbox', { name: L.en.name }).click();
      await sleep(3000);
      expect(await modelUrl(page, 'AlertOpsUrl'), 'auto-fill was turned off before the capture').toBe('');
      const popup = await popupOver(page);
      await fillThisPage(popup);
      await popup.close();
      await pollModel(page, (m) => m.vars.AlertOpsUrl.value, url);
    });
  });

  it('R32-27 DE tabs: level 1 is ticked with the default settings; with the definition still open the user restricts ticking to level "1" in Settings; Eskalationsstufe 2 opened afterwards is left alone', async () => {
    const url = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Zentrale', url, 'Uptrends'), url);
    const AO = 'AlertOps - Zentrale';
    await withPage(async (page) => {
      await openLevelsPage(page, tabLevels, 'de', { names: [L.de.email, 'SMS', L.de.phone, AO] });
      await expect.poll(() => ticked(page, 1), { timeout: WAIT }).toEqual([L.de.email, AO]);
      await settingLevels('1');
      await page.bringToFront();
      await page.getByRole('tab', { name: `${L.de.level} 2` }).click();
      await sleep(2000);
      expect(await ticked(page, 2), 'ticking was restricted to level 1 before level 2 was opened').toEqual([]);
    });
  });

  it('R32-28 DE plain form, "forget once filled" on: the user\'s own URL gets a "Replace?" (the capture is not forgotten meanwhile); Replace puts the captured URL in, and it is forgotten after the user saves', async () => {
    await settingForgetOnceFilled(true);
    const own = validUrl();
    const url = validUrl();
    await withPage(async (page) => {
      await openEditor(page, plainEditor, 'de', { variable: 'AlertOpsUrl' });
      await page.getByRole('textbox', { name: 'AlertOpsUrl' }).fill(own);
      await captureOn('app.alertops.com', aoCurrent('Bereitschaft Süd', url, 'Uptrends'), url);
      await page.bringToFront();
      await pollNotice(page, /Replace/i);
      await sleep(1000);
      expect(await modelUrl(page, 'AlertOpsUrl')).toBe(own);
      expect(await storedUrls(), 'not filled yet, so not forgotten yet').toContain(url);
      await page
        .locator(NOTICE)
        .getByRole('button', { name: /Replace/i })
        .first()
        .click();
      await pollModel(page, (m) => m.vars.AlertOpsUrl.value, url);
      await page.getByRole('button', { name: L.de.save, exact: true }).click();
      await pollModel(page, (m) => m.saved?.vars?.AlertOpsUrl?.value, url);
    });
    await eventually(storedUrls, (urls) => !urls.includes(url), WAIT);
  });

  it('R32-29 FR tabs, auto-tick off, two AlertOps integrations listed: "Fill this page" asks which one (nothing ticked before the answer); "AlertOps - Astreinte B" chosen is the only one ticked', async () => {
    await settingAutoTick(false);
    const a = validUrl();
    const b = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Astreinte A', a, 'Uptrends'), a);
    await captureOn('app.alertops.com', aoCurrent('Astreinte B', b, 'Uptrends'), b);
    const A = 'AlertOps - Astreinte A';
    const B = 'AlertOps - Astreinte B';
    await withPage(async (page) => {
      await openLevelsPage(page, tabLevels, 'fr', { names: [L.fr.email, 'SMS', A, B] });
      await sleep(2000);
      expect(await ticked(page, 1)).toEqual([L.fr.email]);
      const popup = await popupOver(page);
      const said = await fillThisPage(popup);
      await popup.close();
      await page.bringToFront();
      const choice = page.locator(NOTICE).getByRole('button', { name: B, exact: true });
      try {
        await choice.waitFor({ timeout: WAIT });
      } catch (error) {
        throw new Error(`${(error as Error).message}\npopup said: ${said}\n${await explain(page)}`);
      }
      expect(await ticked(page, 1), 'nothing ticked before the answer').toEqual([L.fr.email]);
      await choice.click();
      await expect.poll(() => ticked(page, 1), { timeout: WAIT }).toEqual([L.fr.email, B]);
    });
  });

  it('R32-30 EN one-level accordion whose "Active" is off, auto-tick off: "Fill this page" does not tick it silently; the user is asked, and "Tick it anyway" ticks it', async () => {
    await settingAutoTick(false);
    const url = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Standby', url, 'Uptrends'), url);
    const AO = 'AlertOps - Standby';
    await withPage(async (page) => {
      await openLevelsPage(page, openLevels, 'en', { names: [L.en.email, 'SMS', AO], levels: 1, inactive: [1] });
      const popup = await popupOver(page);
      const said = await fillThisPage(popup);
      await popup.close();
      await page.bringToFront();
      const anyway = page.locator(NOTICE).getByRole('button', { name: /anyway/i });
      try {
        await anyway.waitFor({ timeout: WAIT });
      } catch (error) {
        throw new Error(`${(error as Error).message}\npopup said: ${said}\n${await explain(page)}`);
      }
      expect(await ticked(page, 1)).toEqual([L.en.email]);
      await anyway.click();
      await expect.poll(() => ticked(page, 1), { timeout: WAIT }).toEqual([L.en.email, AO]);
    });
  });

  it('R32-31 NL plain form holding the user\'s own URL, a "Replace?" pending for "Piket weekend": the user forgets all in the popup, then clicks the page\'s Replace (if still there): the forgotten URL never goes in', async () => {
    const own = validUrl();
    const url = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Piket weekend', url, 'Uptrends'), url);
    await withPage(async (page) => {
      await openEditor(page, plainEditor, 'nl', { variable: 'AlertOpsUrl', value: own });
      await pollNotice(page, /Replace/i);
      const popup = await popupOver(page);
      await popup.getByRole('button', { name: UI.forget('Piket weekend') }).click({ timeout: WAIT });
      await eventually(storedUrls, (urls) => urls.length === 0, WAIT);
      await popup.close();
      await page.bringToFront();
      await sleep(2000);
      const replace = page.locator(NOTICE).getByRole('button', { name: /Replace/i });
      if ((await replace.count()) > 0) await replace.first().click();
      await sleep(1500);
      const now = await modelUrl(page, 'AlertOpsUrl');
      expect(now === url, 'the forgotten URL was written after it was forgotten').toBe(false);
      expect(now).toBe(own);
      expect(await page.getByRole('textbox', { name: 'AlertOpsUrl' }).inputValue()).toBe(own);
    });
  });

  it('R32-31c control for R32-31: the same editor and capture, nothing forgotten: Replace puts "Piket weekend" in', async () => {
    const own = validUrl();
    const url = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Piket weekend', url, 'Uptrends'), url);
    await withPage(async (page) => {
      await openEditor(page, plainEditor, 'nl', { variable: 'AlertOpsUrl', value: own });
      await pollNotice(page, /Replace/i);
      const popup = await popupOver(page);
      await popup.getByRole('heading', { name: 'Piket weekend' }).waitFor({ timeout: WAIT });
      await popup.close();
      await page.bringToFront();
      await sleep(2000);
      await page
        .locator(NOTICE)
        .getByRole('button', { name: /Replace/i })
        .first()
        .click();
      await pollModel(page, (m) => m.vars.AlertOpsUrl.value, url);
    });
  });

  it('R32-32 FR React-like editor holding the user\'s own URL, "Replace?" offered for the newest "Astreinte nuit": the user chooses "Astreinte jour" in the popup, then clicks Replace: the chosen URL goes in', async () => {
    const own = validUrl();
    const jour = validUrl();
    const nuit = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Astreinte jour', jour, 'Uptrends'), jour);
    await captureOn('app.alertops.com', aoCurrent('Astreinte nuit', nuit, 'Uptrends'), nuit);
    await withPage(async (page) => {
      await openEditor(page, reactEditor, 'fr', { variable: 'AlertOpsUrl', value: own });
      await pollNotice(page, /Replace/i);
      const popup = await popupOver(page);
      await choose(popup, 'Astreinte jour');
      await popup.close();
      await page.bringToFront();
      await sleep(2000);
      const replace = page.locator(NOTICE).getByRole('button', { name: /Replace/i });
      if ((await replace.count()) === 0) {
        // The prompt was withdrawn when the choice changed: "Fill this page" is the user's way then.
        const again = await popupOver(page);
        await fillThisPage(again);
        await again.close();
        await page.bringToFront();
      }
      await replace.first().click({ timeout: WAIT });
      try {
        await pollModel(page, (m) => m.vars.AlertOpsUrl.value, jour, 5000);
      } catch (error) {
        throw new Error(
          `${(error as Error).message}\n(the URL of "Astreinte nuit", offered before the choice: ${nuit === (await modelUrl(page, 'AlertOpsUrl'))})`,
        );
      }
    });
  });

  it('R32-32c control for R32-32: the same editor and captures, "Astreinte jour" chosen in the popup before the editor opens: Replace puts Astreinte jour in', async () => {
    const own = validUrl();
    const jour = validUrl();
    const nuit = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Astreinte jour', jour, 'Uptrends'), jour);
    await captureOn('app.alertops.com', aoCurrent('Astreinte nuit', nuit, 'Uptrends'), nuit);
    const popup = await popupOver();
    await choose(popup, 'Astreinte jour');
    await popup.close();
    await withPage(async (page) => {
      await openEditor(page, reactEditor, 'fr', { variable: 'AlertOpsUrl', value: own });
      await pollNotice(page, /Replace/i);
      await page
        .locator(NOTICE)
        .getByRole('button', { name: /Replace/i })
        .first()
        .click();
      await pollModel(page, (m) => m.vars.AlertOpsUrl.value, jour);
    });
  });

  it('R32-33 DE: pattern "Bereitschaft {name}"; the proposed name "Bereitschaft Zentrale Nacht" saved as is; ARIA boxes list "AlertOps Altsystem" and "Bereitschaft Zentrale Nacht": the saved one is ticked, the other never, no question', async () => {
    await settingPattern('Bereitschaft {name}');
    const url = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Zentrale Nacht', url, 'Uptrends'), url);
    const MINE = 'Bereitschaft Zentrale Nacht';
    await withPage(async (page) => {
      await openEditor(page, plainEditor, 'de', { variable: 'AlertOpsUrl' });
      await pollModel(page, (m) => [m.name, m.vars.AlertOpsUrl.value], [MINE, url]);
      await page.getByRole('button', { name: L.de.save, exact: true }).click();
      await pollModel(page, (m) => m.saved?.name, MINE);
    });
    await withPage(async (page) => {
      await openLevelsPage(page, ariaLevels, 'de', { names: [L.de.email, 'SMS', 'AlertOps Altsystem', MINE] });
      try {
        await expect.poll(() => ticked(page, 1), { timeout: WAIT }).toEqual([L.de.email, MINE]);
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${await explain(page)}`);
      }
      await sleep(1000);
      expect(await ticked(page, 1)).toEqual([L.de.email, MINE]);
      expect(await noticeText(page)).not.toMatch(/Which AlertOps integration/);
    });
  });

  it('R32-34 EN plain form: an AlertOps integration named `Ops & "Core" <EU>`: the proposed name is exactly `AlertOps - Ops & "Core" <EU>`', async () => {
    const url = validUrl();
    const name = 'Ops & "Core" <EU>';
    await captureOn('app.alertops.com', aoCurrent(name, url, 'Uptrends'), url);
    await withPage(async (page) => {
      await openEditor(page, plainEditor, 'en', { variable: 'AlertOpsUrl' });
      await pollModel(page, (m) => [m.name, m.vars.AlertOpsUrl.value], [`AlertOps - ${name}`, url]);
    });
  });
});

/* ================================================================================================================= */
/* H: two waiting tabs, a "General" tab before the levels, per-level URL fields                                       */
/* ================================================================================================================= */

/**
 * Levels behind a first "General" tab (tabs: General, level 1..n); each level's AlertOps row, once ticked, shows its
 * own predefined variable (the URL specified in the escalation level), as the KB says a variable set to "Specify value
 * in escalation level" is.
 */
function generalTabLevels(
  lang: Lang,
  o: LevelOptions & { general: string; perLevelVariable?: { of: string; name: string } },
): string {
  const T = L[lang];
  const script = `${ESC}
const T = ${JSON.stringify(T)};
const NAMES = ${JSON.stringify(o.names)};
const PER = ${JSON.stringify(o.perLevelVariable ?? null)};
${levelModel(o, T.email)}
for (const l of window.model.levels) l.vars = {};
let current = 0;
const host = document.getElementById('def');
function render() {
  const tabs = [${JSON.stringify(o.general)}].concat(window.model.levels.map((x) => T.level + ' ' + x.level));
  let panel = '<p>Checkout API, 12 monitors</p>';
  if (current > 0) {
    const l = window.model.levels[current - 1];
    panel = '<div class="row"><input type="checkbox" id="act" data-k="__active"' + (l.active ? ' checked' : '') + '> <label for="act">' + esc(T.active) + '</label></div>' +
      '<h3>' + esc(T.section) + '</h3>' + NAMES.map((x, j) => {
        let row = '<div class="row integration"><input type="checkbox" id="i' + j + '" data-k="' + esc(x) + '"' + (l.integrations[x] ? ' checked' : '') + '> <label for="i' + j + '">' + esc(x) + '</label>';
        if (PER && PER.of === x && l.integrations[x]) row += '<div class="level-vars"><span>' + esc(T.vars) + '</span> <label for="pv">' + esc(PER.name) + '</label> <input id="pv" type="text" size="80" data-v="1" value="' + esc(l.vars[PER.name] || '') + '"></div>';
        return row + '</div>';
      }).join('');
  }
  host.innerHTML = '<div role="tablist">' + tabs.map((x, i) => '<button type="button" role="tab" id="tab' + i + '" aria-selected="' + (i === current) + '" aria-controls="panel" data-i="' + i + '">' + esc(x) + '</button>').join('') + '</div>' +
    '<div role="tabpanel" id="panel" aria-labelledby="tab' + current + '">' + panel + '</div>';
}
host.addEventListener('click', (e) => { const t = e.target.closest('[role=tab]'); if (t) { current = Number(t.dataset.i); render(); } });
host.addEventListener('input', (e) => { if (e.target.dataset.v) window.model.levels[current - 1].vars[PER.name] = e.target.value; });
host.addEventListener('change', (e) => {
  const l = window.model.levels[current - 1], k = e.target.dataset.k;
  if (e.target.dataset.v) { l.vars[PER.name] = e.target.value; return; }
  if (k === '__active') l.active = e.target.checked; else if (k) { l.integrations[k] = e.target.checked; render(); }
});
render();`;
  return doc(
    lang,
    `Uptrends - ${T.defs}`,
    `<main><h1>${escapeHtml(T.defs)}</h1><h2>Checkout API</h2><div id="def"></div><button type="button">${escapeHtml(T.save)}</button></main>`,
    script,
  );
}

describe('H: more than one tab, a General tab, per-level URLs', () => {
  it('R32-35 NL plain form and FR React-like form both opened before the capture, in two tabs: saving "Piket gedeeld" in AlertOps fills both', async () => {
    const url = validUrl();
    await withPage(async (nl) => {
      await openEditor(nl, plainEditor, 'nl', { variable: 'AlertOpsUrl' });
      await withPage(async (fr) => {
        await openEditor(fr, reactEditor, 'fr', { variable: 'AlertOpsUrl' });
        await sleep(1000);
        await captureOn('app.alertops.com', aoCurrent('Piket gedeeld', url, 'Uptrends'), url);
        await fr.bringToFront();
        await pollModel(fr, (m) => m.vars.AlertOpsUrl.value, url);
        await nl.bringToFront();
        await pollModel(nl, (m) => m.vars.AlertOpsUrl.value, url);
      });
    });
  });

  it('R32-36 NL tabs "Algemeen", then Escalatieniveau 1..3, ticking only on level "2": level 1 is left alone, level 2 gets "AlertOps - Piket"', async () => {
    await settingLevels('2');
    const url = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Piket', url, 'Uptrends'), url);
    const AO = 'AlertOps - Piket';
    await withPage(async (page) => {
      await openLevelsPage(page, (lang, o) => generalTabLevels(lang, { ...o, general: 'Algemeen' }), 'nl', {
        names: [L.nl.email, 'SMS', L.nl.phone, AO],
      });
      await page.getByRole('tab', { name: `${L.nl.level} 1` }).click();
      await sleep(2000);
      expect(await ticked(page, 1), 'level 1 is not in the list').toEqual([L.nl.email]);
      await page.getByRole('tab', { name: `${L.nl.level} 2` }).click();
      try {
        await expect.poll(() => ticked(page, 2), { timeout: WAIT }).toEqual([AO]);
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${await explain(page)}`);
      }
    });
  });

  it('R32-37 DE level whose AlertOps row asks for its own URL, auto-fill off, auto-tick on: the box is ticked, the per-level URL field is not filled automatically', async () => {
    await settingAutoFill(false);
    const url = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Zentrale', url, 'Uptrends'), url);
    const AO = 'AlertOps - Zentrale';
    await withPage(async (page) => {
      await openLevelsPage(
        page,
        (lang, o) =>
          generalTabLevels(lang, { ...o, general: 'Allgemein', perLevelVariable: { of: AO, name: 'AlertOpsUrl' } }),
        'de',
        { names: [L.de.email, 'SMS', AO] },
      );
      await page.getByRole('tab', { name: `${L.de.level} 1` }).click();
      await expect.poll(() => ticked(page, 1), { timeout: WAIT }).toEqual([L.de.email, AO]);
      await page.getByRole('textbox', { name: 'AlertOpsUrl' }).waitFor({ timeout: WAIT });
      await sleep(2000);
      expect(
        (await pageModel(page)).levels[0].vars.AlertOpsUrl ?? '',
        'README: filled automatically only with auto-fill on',
      ).toBe('');
      expect(await page.getByRole('textbox', { name: 'AlertOpsUrl' }).inputValue()).toBe('');
    });
  });

  it('R32-38 EN level whose AlertOps row asks for its own URL, auto-fill on, the older "Tier 1" chosen in the popup: the per-level field gets Tier 1\'s URL', async () => {
    const tier1 = validUrl();
    const tier2 = validUrl();
    await captureOn('app.alertops.com', aoCurrent('Tier 1', tier1, 'Uptrends'), tier1);
    await captureOn('app.alertops.com', aoCurrent('Tier 2', tier2, 'Uptrends'), tier2);
    const popup = await popupOver();
    await choose(popup, 'Tier 1');
    await popup.close();
    const AO = 'AlertOps on-call';
    await withPage(async (page) => {
      await openLevelsPage(
        page,
        (lang, o) =>
          generalTabLevels(lang, { ...o, general: 'Main', perLevelVariable: { of: AO, name: 'AlertOpsUrl' } }),
        'en',
        { names: [L.en.email, 'SMS', AO] },
      );
      await page.getByRole('tab', { name: `${L.en.level} 1` }).click();
      await expect.poll(() => ticked(page, 1), { timeout: WAIT }).toEqual([L.en.email, AO]);
      await pollModel(page, (m) => m.levels[0].vars.AlertOpsUrl, tier1);
    });
  });
});

/* ================================================================================================================= */
/* F: the setup assistant suggests the integration named in step 2                                                    */
/* ================================================================================================================= */

describe('F: the assistant after step 2', () => {
  it('R32-25 EN: the URL filled into a plain editor that the user saved as "AlertOps staging": the setup assistant, opened from the popup, suggests "AlertOps staging" (not "AlertOps production")', async () => {
    const e2e = await launchWithExtension({ build: CHROME_E2E_BUILD });
    try {
      const url = validUrl();
      const aoPath = '/integrations/inbound/api/r32-staging';
      await e2e.context.route(`https://app.alertops.com${aoPath}*`, (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: aoCurrent('Staging pager', url, 'Uptrends'),
        }),
      );
      await e2e.context.route('https://app.uptrends.com/Alerting/Integrations/Edit/r32-staging*', (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: plainEditor('en', { variable: 'AlertOpsUrl' }),
        }),
      );
      const page = await e2e.context.newPage();
      await page.goto(`https://app.alertops.com${aoPath}`);
      await eventually(
        async () => (await storedCaptures(e2e)).map((c) => c.url),
        (urls) => urls.includes(url),
        WAIT,
      );
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/r32-staging');
      await pollModel(page, (m) => m.vars.AlertOpsUrl.value, url);
      await page.getByRole('textbox', { name: L.en.name }).fill('AlertOps staging');
      await page.getByRole('button', { name: L.en.save, exact: true }).click();
      await pollModel(page, (m) => m.saved?.name, 'AlertOps staging');
      await sleep(500);
      const popup = await e2e.openPopup();
      const opened = e2e.context.waitForEvent('page', { timeout: WAIT });
      await popup.getByRole('button', { name: 'Attach to many alert definitions…' }).first().click({ timeout: WAIT });
      const assistant = await opened;
      await assistant.waitForLoadState();
      await assistant.getByLabel('API user name').fill(UPTRENDS_API_USER);
      await assistant.getByLabel('API password').fill(UPTRENDS_API_PASSWORD);
      await assistant.getByRole('button', { name: 'Connect' }).click();
      await assistant.getByText(`Connected as ${UPTRENDS_API_USER}.`).waitFor({ timeout: WAIT });
      const chosen = assistant.getByLabel('AlertOps integration');
      await expect.poll(() => chosen.inputValue(), { timeout: WAIT }).not.toBe('');
      expect(await chosen.inputValue()).toBe(UPTRENDS_INTEGRATION_GUIDS.alertOpsSecond);
    } finally {
      await e2e.close();
    }
  }, 90_000);
});

describe('secrets', () => {
  it('R32-99 no key used in this file reached a log of the pages, popups or worker', () => {
    const logs = browser.logs.join('\n');
    for (const key of issuedKeys()) {
      expect(logs).not.toContain(key);
      expect(logs).not.toContain(key.split('-').at(-1) ?? key);
    }
  });
});
