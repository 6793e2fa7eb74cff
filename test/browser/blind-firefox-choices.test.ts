/**
 * Blind acceptance renderings, round 33: THE WHOLE JOURNEY UNDER THE USER'S SETTINGS AND CHOICES, in real Firefox ESR
 * with dist/firefox installed (see firefox.ts). Written from domain.md, the Uptrends KB, the README and the test helpers
 * only (no extension source read). The user-facing words come from the tests before this one and the built English
 * message catalogue (what the popup, options page and notices show).
 *
 * Each rendering is part of or a whole three-step journey: a capture on an AlertOps rendering (current UI: Configurations
 * > Integrations, "+ ADD API", the Uptrends card, Basic Settings, Submit, the endpoint URL at the top with Copy; older UI
 * on a tenant host: Integrations > Inbound Integrations > API > ADD API INTEGRATION > Uptrends > Save, then the "API URL"
 * row), the Uptrends integration editor in EN/NL/DE/FR drawn as a plain form, a React-like controlled form (drawn anew
 * on every change, a value tracker on each input) or a "⋯" value dialog, and alert definitions whose escalation levels
 * are tabs, their integrations native checkboxes, custom ARIA checkboxes (role=checkbox) or switches (role=switch).
 * The settings are changed on the options page as the user would (by label), or, where a rendering says the settings
 * came from another computer, written to storage.sync in the shape the options page stores. The popup's "Use for
 * filling" and "Fill this page" are clicked like a user; the in-page prompts' buttons get real mouse clicks.
 *
 * Grounds:
 * - domain.md: the manual workflow (3 steps), both AlertOps label sets and hosts (`app.alertops.com`,
 *   `<tenant>.alertops.com`), the URL shapes (`POSTAlert/<key>/<name>`, legacy `RESTAPI.svc/POSTAlertv2/generic/...`),
 *   the Uptrends labels in four languages, the editor ("Integration name", "Integration type", "Predefined variables",
 *   "Specify value here", "⋯" dialog with Plain text / Value / Select), the escalation levels ("Escalation level N"
 *   tabs, "Active", "Alerting by integrations" with one checkbox per integration), "a framework that only notices a
 *   value when input/change events fire, and that may re-render (replace) nodes at any time".
 * - README: step 2 "fills the captured URL into the AlertOps predefined variable, whether the page shows a plain field or
 *   the '⋯' value dialog, and proposes an integration name ... If you opened the editor before saving in AlertOps, it is
 *   filled as soon as the URL is captured (when you come back to its tab, if it was hidden)"; step 3 "ticks your
 *   AlertOps integration under 'Alerting by integrations'. It asks when two AlertOps integrations are listed or the
 *   level is not active"; the popup "choose which URL to use, forget one or all (with Undo), and fill the current page
 *   by hand ('Fill this page')"; "never overwrites a value you typed (it offers to replace it instead)"; Settings
 *   "auto-fill on or off, auto-tick on or off and on which levels, forget captured URLs after N hours or once filled,
 *   and the naming pattern for the Uptrends integration. Settings follow you through storage.sync"; Limits "Turn
 *   auto-fill off in the options to fill only when you ask (the popup's 'Fill this page', the context menu)"; "The
 *   newest capture is the one filled; the popup shows each capture's name and console and lets you choose another";
 *   "an integration whose name says 'AlertOps' ... is taken for the AlertOps one when no name remembered from the
 *   editor decides. Two such names: the extension asks"; Threats "Fills only empty fields (else an in-page 'Replace?'
 *   prompt) ... never clicks Save"; Tests "a level the extension ticked that the page draws again unticked in the same
 *   document after a click of the user's is not ticked again"; the URL never in a log.
 * - The options page's own words: "{name} is replaced by the name of the AlertOps integration"; "Forget a URL once it
 *   has been filled into Uptrends"; "Changes are saved as soon as you make them, and follow your browser profile to
 *   your other computers".
 * - Not asserted (no promise): whether a level left out of the auto-tick list gets an offer; the wording of the popup's
 *   reports; whether "Fill this page" acts on hidden level panels; the exact moment a "forget once filled" URL goes
 *   (checked after the user's Save).
 *
 * Results (first full runs, Firefox ESR, 2 runs of ~145 s): 35 renderings R33-01..R33-35 and the check R33-L (no key in
 * any log or in storage.sync); none failed, so no control page was needed. Within the file, renderings serve as each
 * other's baseline: the same level page ticks every level under the defaults (R33-01) and only the listed ones under a
 * level list (R33-07, R33-10, R33-23, R33-29); an editor opened before the capture is filled with auto-fill on (R33-06,
 * R33-17) and not with it off (R33-05); a URL not filled is kept under "forget once filled" (R33-27) and a filled one
 * is forgotten (R33-15, R33-30).
 */

import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  control,
  eventually,
  type FirefoxWithExtension,
  firefoxSkipReason,
  launchFirefoxWithExtension,
} from './firefox.ts';
import { type AnyModel, json, model, noticeText, OpenedPages, type Route, servePages } from './firefox-pages.ts';
import { escapeHtml as esc, issuedKeys, keyOf, newKey, sleep, validUrl } from './hostile-pages.ts';

const TEST_TIMEOUT = 90_000;
const WAIT = 15_000;
const HOLD = 2500;
const UT = 'https://app.uptrends.com';

const skipReason = await firefoxSkipReason();
if (skipReason) console.warn(`[firefox] blind round 33 (settings and choices) SKIPPED: ${skipReason}`);

/** Uptrends labels (domain.md's table; the starred guesses as the table has them). */
const L = {
  en: {
    newTitle: 'New integration',
    editTitle: 'Edit integration',
    name: 'Integration name',
    type: 'Integration type',
    vars: 'Predefined variables',
    here: 'Specify value here',
    inLevel: 'Specify value in escalation level',
    plain: 'Plain text',
    vault: 'Vault credential',
    value: 'Value',
    select: 'Select',
    save: 'Save',
    cancel: 'Cancel',
    defs: 'Alert definitions',
    level: 'Escalation level',
    active: 'Active',
    section: 'Alerting by integrations',
    phone: 'Phone',
  },
  nl: {
    newTitle: 'Nieuwe integratie',
    editTitle: 'Integratie bewerken',
    name: 'Integratienaam',
    type: 'Integratietype',
    vars: 'Voorgedefinieerde variabelen',
    here: 'Waarde hier opgeven',
    inLevel: 'Waarde opgeven in escalatieniveau',
    plain: 'Platte tekst',
    vault: 'Kluisgegevens',
    value: 'Waarde',
    select: 'Selecteren',
    save: 'Opslaan',
    cancel: 'Annuleren',
    defs: 'Alertdefinities',
    level: 'Escalatieniveau',
    active: 'Actief',
    section: 'Alerts versturen door integraties',
    phone: 'Telefoon',
  },
  de: {
    newTitle: 'Neue Integration',
    editTitle: 'Integration bearbeiten',
    name: 'Integrationsname',
    type: 'Integrationstyp',
    vars: 'Vordefinierte Variablen',
    here: 'Wert hier eintragen',
    inLevel: 'Wert in Eskalationsstufe eintragen',
    plain: 'Klartext',
    vault: 'Tresor-Zugangsdaten',
    value: 'Wert',
    select: 'Auswählen',
    save: 'Speichern',
    cancel: 'Abbrechen',
    defs: 'Meldedefinitionen',
    level: 'Eskalationsstufe',
    active: 'Aktiv',
    section: 'Alarmierung durch Integrationen',
    phone: 'Telefon',
  },
  fr: {
    newTitle: 'Nouvelle intégration',
    editTitle: "Modifier l'intégration",
    name: "Nom de l'intégration",
    type: "Type d'intégration",
    vars: 'Variables prédéfinies',
    here: 'Spécifiez la valeur ici',
    inLevel: "Spécifiez la valeur dans le niveau d'escalade",
    plain: 'Texte brut',
    vault: 'Identifiants du coffre',
    value: 'Valeur',
    select: 'Sélectionner',
    save: 'Enregistrer',
    cancel: 'Annuler',
    defs: "Définitions d'alerte",
    level: "Niveau d'escalade",
    active: 'Actif',
    section: 'Alertes par intégrations',
    phone: 'Téléphone',
  },
} as const;
type Lang = keyof typeof L;

/** The options page's labels (options.test.ts). */
const OPT = {
  autoFill: 'Fill in the AlertOps URL as soon as an AlertOps integration is opened in Uptrends',
  pattern: 'Name of the integration in Uptrends',
  autoTick: 'Tick the AlertOps integration under “Alerting by integrations” when an escalation level is opened',
  levelsAll: 'Every escalation level',
  levelsSome: 'Only the escalation levels listed below',
  levels: 'Escalation level numbers',
  hours: 'Forget captured URLs after (hours)',
  forgetOnceFilled: 'Forget a URL once it has been filled into Uptrends',
};

/** The settings as the options page stores them (options.test.ts, blind-popup2.test.ts). */
const DEFAULTS = {
  autoFill: true,
  autoTick: true,
  autoTickLevels: [] as number[],
  forgetAfterHours: 0,
  forgetOnceFilled: false,
  namingPattern: 'AlertOps - {name}',
};

/** In-page words of the extension (English: the browser's language). */
const NOT_ACTIVE = /is not active/i;
const WHICH = /Which AlertOps integration/i;
const REPLACE_Q = /Replace the value/i;

const STYLE = `<style>body{font:14px system-ui,sans-serif;margin:0;padding:8px 8px 170px} .row{margin:8px 0}
table{border-collapse:collapse} td,th{border:1px solid #ccc;padding:4px 8px;text-align:left} [hidden]{display:none!important}
.modal{position:fixed;top:70px;left:140px;background:#fff;border:1px solid #555;padding:14px;box-shadow:0 4px 20px #0006;z-index:5}
[role=tab]{padding:4px 10px} [role=tab][aria-selected=true]{font-weight:bold;border-bottom:2px solid #06c}
.cb{display:inline-block;width:14px;height:14px;border:1px solid #555;vertical-align:middle;cursor:pointer}
.cb[aria-checked=true]{background:#06c} [role=switch]{width:34px;height:18px;border-radius:9px;border:1px solid #777;background:#ddd;vertical-align:middle}
[role=switch][aria-checked=true]{background:#06c} .b{margin:4px 0} .lbl{font-weight:600}</style>`;

function doc(lang: string, title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>${STYLE}</head>
<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

/**
 * Uptrends page kit. `editor(app, style, o)`:
 * - 'form': a plain form drawn once; the model learns from input and change;
 * - 'react': controlled inputs with React's value tracker on each element, the whole form drawn anew after every
 *   change (focus and caret restored by id), labels as divs named through aria-labelledby;
 * - 'dialog': the variable shows a read-only value and a "⋯" button; its modal dialog (Plain text / vault, Value,
 *   Select / Cancel) takes the focus and writes the model on Select.
 * `levels(app, o)`: escalation levels as tabs; the panel is drawn anew from the model on every tab switch; boxes
 * 'native', 'aria' (span role=checkbox) or 'switch' (button role=switch), "Active" of its own kind.
 * Every page keeps `window.model`, `window.sent` (what Save sent), `window.saves`, `window.toggles`.
 */
const KIT = `
const esc = (s) => String(s == null ? '' : s).replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;').replace(/"/g,'&quot;');
window.sent = null; window.saves = 0; window.toggles = []; window.dialogOpens = 0; window.renders = 0;
function save() { window.saves++; window.sent = JSON.parse(JSON.stringify(window.model)); }
function controlled(el, get, set) {
  const desc = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value');
  let tracked = '';
  Object.defineProperty(el, 'value', { configurable: true, get() { return desc.get.call(this); }, set(v) { tracked = String(v); desc.set.call(this, v); } });
  el.value = get();
  const heard = () => { const v = desc.get.call(el); if (v === tracked) return; tracked = v; set(v); };
  el.addEventListener('input', heard); el.addEventListener('change', heard);
}
function editor(app, style, o) {
  const state = window.model = { name: o.name || '', url: o.url || '' };
  const V = o.varName || 'AlertOpsUrl';
  const title = '<h1>' + esc(o.edit ? L.editTitle : L.newTitle) + '</h1>';
  const typeRow = '<div class="row"><label for="f-type">' + esc(L.type) + '</label> <select id="f-type" disabled><option>AlertOps</option></select></div>';
  const mode = (lab) => '<select id="v-mode" aria-labelledby="' + lab + '"><option>' + esc(L.here) + '</option><option>' + esc(L.inLevel) + '</option></select>';
  if (style === 'form') {
    app.innerHTML = title + '<form id="ed" autocomplete="off" onsubmit="return false">' +
      '<div class="row"><label for="f-name">' + esc(L.name) + '</label> <input id="f-name" type="text" size="48"></div>' + typeRow +
      '<fieldset><legend>' + esc(L.vars) + '</legend><table><tbody><tr><th scope="row" id="v-lab">' + esc(V) + '</th><td>' + mode('v-lab') + '</td>' +
      '<td><input id="v-url" type="text" size="72" aria-labelledby="v-lab"></td></tr></tbody></table></fieldset>' +
      '<p><button type="button" id="save">' + esc(L.save) + '</button> <button type="button" id="cancel">' + esc(L.cancel) + '</button></p></form>';
    const n = app.querySelector('#f-name'), u = app.querySelector('#v-url');
    n.value = state.name; u.value = state.url;
    for (const ev of ['input', 'change']) { n.addEventListener(ev, () => { state.name = n.value; }); u.addEventListener(ev, () => { state.url = u.value; }); }
    app.querySelector('#save').addEventListener('click', save);
    return;
  }
  if (style === 'react') {
    const view = () => title + '<div class="form">' +
      '<div class="row"><div class="lbl" id="l-name">' + esc(L.name) + '</div><input id="f-name" data-k="name" type="text" size="48" aria-labelledby="l-name"></div>' + typeRow +
      '<h3>' + esc(L.vars) + '</h3><div class="row var"><div class="lbl" id="l-var">' + esc(V) + '</div>' + mode('l-var') +
      ' <input id="v-url" data-k="url" type="text" size="72" aria-labelledby="l-var"></div>' +
      '<p><button type="button" id="save">' + esc(L.save) + '</button></p></div>';
    const commit = () => {
      const a = document.activeElement, id = a && app.contains(a) ? a.id : '';
      let sel = null; try { if (id) sel = [a.selectionStart, a.selectionEnd]; } catch (e) {}
      app.innerHTML = view(); window.renders++;
      for (const el of app.querySelectorAll('[data-k]')) controlled(el, () => state[el.dataset.k], (v) => { state[el.dataset.k] = v; commit(); });
      app.querySelector('#save').addEventListener('click', save);
      if (id) { const el = document.getElementById(id); if (el) { el.focus(); try { if (sel) el.setSelectionRange(sel[0], sel[1]); } catch (e) {} } }
    };
    commit();
    return;
  }
  // 'dialog'
  const draw = () => {
    app.innerHTML = title + '<div class="row"><label for="f-name">' + esc(L.name) + '</label> <input id="f-name" type="text" size="48"></div>' + typeRow +
      '<h3>' + esc(L.vars) + '</h3><ul class="vars" style="list-style:none;padding:0"><li><span id="v-lab" class="lbl">' + esc(V) + '</span> ' + mode('v-lab') +
      ' <input id="v-show" type="text" size="60" readonly aria-labelledby="v-lab"> <button type="button" id="v-more" aria-haspopup="dialog">⋯</button></li></ul>' +
      '<p><button type="button" id="save">' + esc(L.save) + '</button></p>';
    window.renders++;
    const n = app.querySelector('#f-name');
    n.value = state.name; app.querySelector('#v-show').value = state.url;
    for (const ev of ['input', 'change']) n.addEventListener(ev, () => { state.name = n.value; });
    app.querySelector('#v-more').addEventListener('click', open);
    app.querySelector('#save').addEventListener('click', save);
  };
  function open() {
    if (document.getElementById('dlg')) return;
    window.dialogOpens++;
    const d = document.createElement('div');
    d.id = 'dlg'; d.className = 'modal'; d.setAttribute('role', 'dialog'); d.setAttribute('aria-modal', 'true'); d.setAttribute('aria-labelledby', 'dlg-t');
    d.innerHTML = '<h4 id="dlg-t">' + esc(V) + '</h4><div role="radiogroup"><label><input type="radio" name="k" checked> ' + esc(L.plain) + '</label> ' +
      '<label><input type="radio" name="k"> ' + esc(L.vault) + '</label></div><div class="row"><label for="dlg-v">' + esc(L.value) + '</label> ' +
      '<input id="dlg-v" type="text" size="70"></div><p><button type="button" id="dlg-ok">' + esc(L.select) + '</button> <button type="button" id="dlg-no">' + esc(L.cancel) + '</button></p>';
    document.body.append(d);
    const v = d.querySelector('#dlg-v'); v.value = state.url;
    const done = (keep) => { if (keep) state.url = v.value; d.remove(); draw(); app.querySelector('#v-more').focus(); };
    d.querySelector('#dlg-ok').addEventListener('click', () => done(true));
    d.querySelector('#dlg-no').addEventListener('click', () => done(false));
    d.addEventListener('keydown', (e) => { if (e.key === 'Escape') done(false); });
    v.focus();
  }
  draw();
}
function levels(app, o) {
  const names = o.names, N = o.count || 2, kind = o.kind || 'native', activeKind = o.activeKind || kind;
  const m = window.model = { tab: o.start || 1, levels: {} };
  for (let l = 1; l <= N; l++) m.levels[l] = { active: !(o.inactive || []).includes(l), on: Object.fromEntries(names.map((x) => [x, (o.ticked || []).includes(l + ':' + x)])) };
  function box(k, id, label, on, key) {
    if (k === 'native') return '<div class="b"><input type="checkbox" id="' + id + '" data-b="' + esc(key) + '"' + (on ? ' checked' : '') + '> <label for="' + id + '">' + esc(label) + '</label></div>';
    if (k === 'aria') return '<div class="b"><span class="cb" role="checkbox" tabindex="0" id="' + id + '" aria-checked="' + on + '" aria-labelledby="' + id + '-l" data-b="' + esc(key) + '"></span> <span id="' + id + '-l">' + esc(label) + '</span></div>';
    return '<div class="b"><button type="button" role="switch" id="' + id + '" aria-checked="' + on + '" aria-labelledby="' + id + '-l" data-b="' + esc(key) + '"></button> <span id="' + id + '-l">' + esc(label) + '</span></div>';
  }
  function set(key, v) {
    const i = key.indexOf(':'), l = Number(key.slice(0, i)), n = key.slice(i + 1);
    if (n === '__active') m.levels[l].active = v; else m.levels[l].on[n] = v;
    window.toggles.push(key + '=' + v);
  }
  function draw() {
    const l = m.tab, lv = m.levels[l];
    window.renders++;
    app.innerHTML = '<h1>' + esc(L.defs) + '</h1><h2>' + esc(o.title || 'Webshop') + '</h2><div role="tablist" aria-label="' + esc(L.level) + '">' +
      Array.from({ length: N }, (_, i) => '<button type="button" role="tab" id="t-' + (i + 1) + '" aria-controls="pn" aria-selected="' + (i + 1 === l) + '" tabindex="' + (i + 1 === l ? 0 : -1) + '">' + esc(L.level) + ' ' + (i + 1) + '</button>').join('') +
      '</div><section role="tabpanel" id="pn" aria-labelledby="t-' + l + '">' + box(activeKind, 'act-' + l, L.active, lv.active, l + ':__active') +
      '<h3 id="sec-' + l + '">' + esc(L.section) + '</h3><div role="group" aria-labelledby="sec-' + l + '">' +
      names.map((x, i) => box(kind, 'b-' + l + '-' + i, x, lv.on[x], l + ':' + x)).join('') + '</div></section><p><button type="button" id="save">' + esc(L.save) + '</button></p>';
    for (const el of app.querySelectorAll('[data-b]')) {
      if (el.tagName === 'INPUT') el.addEventListener('change', () => set(el.dataset.b, el.checked));
      else {
        const flip = () => { const v = el.getAttribute('aria-checked') !== 'true'; el.setAttribute('aria-checked', String(v)); set(el.dataset.b, v); };
        el.addEventListener('click', flip);
        if (el.getAttribute('role') === 'checkbox') el.addEventListener('keydown', (e) => { if (e.key === ' ') { e.preventDefault(); flip(); } });
      }
    }
    for (const t of app.querySelectorAll('[role=tab]')) t.addEventListener('click', () => { m.tab = Number(t.id.slice(2)); draw(); });
    app.querySelector('#save').addEventListener('click', save);
  }
  draw();
}`;

type EditorStyle = 'form' | 'react' | 'dialog';
interface EditorOptions {
  name?: string;
  url?: string;
  edit?: boolean;
  varName?: string;
}

function uptrendsDoc(lang: Lang, call: string): string {
  return doc(
    lang,
    'Uptrends',
    `<header><nav aria-label="Main">Uptrends · ${esc(L[lang].defs)} · Integrations</nav></header><main id="app"></main>`,
    `const L = ${JSON.stringify(L[lang])};\n${KIT}\n${call}`,
  );
}

function editorDoc(lang: Lang, style: EditorStyle, o: EditorOptions = {}): string {
  return uptrendsDoc(lang, `editor(document.getElementById('app'), ${JSON.stringify(style)}, ${JSON.stringify(o)});`);
}

interface LevelOptions {
  names: string[];
  count?: number;
  kind?: 'native' | 'aria' | 'switch';
  activeKind?: 'native' | 'aria' | 'switch';
  inactive?: number[];
  ticked?: string[];
  start?: number;
  title?: string;
}

function levelsDoc(lang: Lang, o: LevelOptions): string {
  return uptrendsDoc(lang, `levels(document.getElementById('app'), ${JSON.stringify(o)});`);
}

/** Current AlertOps UI, a saved integration: the endpoint URL at the top with a Copy button. */
function savedCurrent(name: string, url: string): string {
  return doc(
    'en',
    'AlertOps',
    `<header><span class="brand">AlertOps</span> <nav><a href="#">Incidents</a> <a href="#">Configurations</a></nav></header>
<main><h1>${esc(name)}</h1><div class="endpoint"><span>Endpoint URL</span> <code>${esc(url)}</code> <button type="button">Copy</button></div>
<section><h2>Basic Settings</h2><dl><dt>Integration Name</dt><dd>${esc(name)}</dd><dt>Template</dt><dd>Uptrends</dd><dt>Escalation Policy</dt><dd>Primary on-call</dd></dl></section></main>`,
  );
}

/**
 * Current AlertOps UI, the whole step 1 on one SPA page: Configurations > Integrations, Inbound Integrations with its
 * channel drop-down, "+ ADD API", the "Recommended" template cards, Basic Settings (Integration Name pre-filled), Submit;
 * the saved view (after the page's POST is answered) shows the endpoint URL at the top with a Copy button.
 */
function currentFlow(apiPath: string): string {
  const script = `
const esc = (s) => String(s == null ? '' : s).replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;').replace(/"/g,'&quot;');
const app = document.getElementById('app');
let view = 'integrations';
function draw() {
  if (view === 'integrations') app.innerHTML = '<h1>Integrations</h1><section aria-labelledby="ib"><h2 id="ib">Inbound Integrations</h2>' +
    '<label for="ch">Channel</label> <select id="ch"><option>API</option><option>Email</option><option>Chat</option><option>Heartbeat</option></select> ' +
    '<button type="button" id="add">+ ADD API</button><table><tbody><tr><td>Zabbix prod</td><td>Zabbix</td></tr></tbody></table></section>';
  else if (view === 'templates') app.innerHTML = '<h1>Add API Integration</h1><section role="region" aria-labelledby="rec"><h2 id="rec">Recommended</h2>' +
    '<button type="button" class="card" id="tpl-up">Uptrends</button> <button type="button" class="card">Custom</button> <button type="button" class="card">Datadog</button></section>';
  else if (view === 'form') app.innerHTML = '<h1>Add API Integration</h1><p>Template: <strong>Uptrends</strong></p><section><h2>Basic Settings</h2>' +
    '<div class="row"><label for="in-name">Integration Name</label> <input id="in-name" type="text" size="40" value="Uptrends"></div>' +
    '<div class="row"><label for="in-pol">Escalation Policy</label> <select id="in-pol"><option>Primary on-call</option><option>Business hours</option></select></div>' +
    '<div class="row"><label for="in-grp">Recipient Groups</label> <select id="in-grp"><option value="">Choose…</option><option>NOC</option><option>Web team</option></select></div>' +
    '<div class="row"><label for="in-usr">Recipient Users</label> <select id="in-usr"><option value="">Choose…</option><option>Dana Ops</option></select></div>' +
    '<button type="button" id="submit">Submit</button></section>';
  else if (view === 'saving') app.innerHTML = '<p aria-busy="true">Saving…</p>';
}
document.getElementById('menu').addEventListener('click', () => { document.getElementById('sub').hidden = false; });
document.getElementById('m-int').addEventListener('click', () => { view = 'integrations'; draw(); });
app.addEventListener('click', (e) => {
  const t = e.target.closest('button'); if (!t) return;
  if (t.id === 'add') { view = 'templates'; draw(); }
  else if (t.id === 'tpl-up') { view = 'form'; draw(); }
  else if (t.id === 'submit') {
    const name = document.getElementById('in-name').value, grp = document.getElementById('in-grp').value;
    view = 'saving'; draw();
    fetch(${JSON.stringify(apiPath)}, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, grp }) })
      .then((r) => r.json()).then((d) => {
        history.pushState({}, '', '/configurations/integrations/inbound/api/' + d.id);
        app.innerHTML = '<header class="head"><h1>' + esc(name) + '</h1><div class="endpoint"><span>Endpoint URL</span> <code>' + esc(d.url) + '</code> ' +
          '<button type="button">Copy</button></div></header><section><h2>Basic Settings</h2><dl><dt>Integration Name</dt><dd>' + esc(name) +
          '</dd><dt>Template</dt><dd>Uptrends</dd><dt>Recipient Groups</dt><dd>' + esc(grp) + '</dd></dl></section>';
      });
  }
});
draw();`;
  return doc(
    'en',
    'AlertOps',
    `<header><span class="brand">AlertOps</span> <nav><button type="button" id="menu">Configurations</button><ul id="sub" hidden role="menu"><li role="menuitem" id="m-int" tabindex="0">Integrations</li></ul></nav></header><main id="app"></main>`,
    script,
  );
}

/**
 * Older AlertOps UI on a tenant host, the whole step 1: sidebar Integrations > Inbound Integrations, the "API" tab, "ADD
 * API INTEGRATION", the Uptrends template, Integration Name, "Recipient Group(s)/User(s)", Save; then the saved
 * integration's details with the "API URL" row and a Copy button.
 */
function legacyFlow(apiPath: string): string {
  const script = `
const esc = (s) => String(s == null ? '' : s).replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;').replace(/"/g,'&quot;');
const app = document.getElementById('app');
document.getElementById('nav-int').addEventListener('click', () => { document.getElementById('sub').hidden = false; });
document.getElementById('nav-in').addEventListener('click', (e) => { e.preventDefault();
  app.innerHTML = '<h1>Inbound Integrations</h1><ul class="tabs"><li><a href="#" class="on">API</a></li><li><a href="#">Email</a></li></ul>' +
    '<button type="button" id="add">ADD API INTEGRATION</button><table><thead><tr><th>Integration Name</th><th>Template</th></tr></thead><tbody><tr><td>Nagios</td><td>Nagios</td></tr></tbody></table>'; });
app.addEventListener('click', (e) => {
  const t = e.target.closest('button'); if (!t) return;
  if (t.id === 'add') app.innerHTML = '<h1>Select a template</h1><button type="button" id="tpl">Uptrends</button> <button type="button">Custom</button> <button type="button">Pingdom</button>';
  else if (t.id === 'tpl') app.innerHTML = '<h1>Add API Integration</h1><table><tbody><tr><td><label for="nm">Integration Name</label></td><td><input id="nm" type="text" size="40"></td></tr>' +
    '<tr><td><label for="rc">Recipient Group(s)/User(s)</label></td><td><select id="rc"><option value="">--</option><option>Operations</option><option>NOC</option></select></td></tr></tbody></table>' +
    '<button type="button" id="save">Save</button>';
  else if (t.id === 'save') {
    const name = document.getElementById('nm').value, rc = document.getElementById('rc').value;
    app.innerHTML = '<p>Please wait…</p>';
    fetch(${JSON.stringify(apiPath)}, { method: 'POST', body: JSON.stringify({ name, rc }) }).then((r) => r.json()).then((d) => {
      app.innerHTML = '<div role="status">Integration saved.</div><h1>Inbound Integrations</h1><table class="details"><tbody>' +
        '<tr><th>Integration Name</th><td>' + esc(name) + '</td></tr><tr><th>Template</th><td>Uptrends</td></tr>' +
        '<tr><th>API URL</th><td><span>' + esc(d.url) + '</span> <button type="button">Copy</button></td></tr>' +
        '<tr><th>Recipient Group(s)/User(s)</th><td>' + esc(rc) + '</td></tr></tbody></table>';
    });
  }
});`;
  return doc(
    'en',
    'AlertOps',
    `<aside style="float:left;width:190px"><span class="brand">AlertOps</span><ul><li><a href="#">Dashboard</a></li><li><button type="button" id="nav-int">Integrations</button><ul id="sub" hidden><li><a href="#" id="nav-in">Inbound Integrations</a></li></ul></li></ul></aside><main id="app" style="margin-left:200px"><h1>Dashboard</h1></main>`,
    script,
  );
}

function legacyUrl(): string {
  return `https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/${newKey()}/Uptrends`;
}

/** `::-p-aria` with a name in quotes. */
function aria(name: string, role?: string): string {
  return `::-p-aria([name=${JSON.stringify(name)}]${role ? `[role="${role}"]` : ''})`;
}

describe.skipIf(skipReason !== undefined)(
  'Firefox blind round 33: the journey under the user’s settings and choices',
  () => {
    let ff: FirefoxWithExtension;
    const opened = new OpenedPages(() => ff);
    let seq = 0;

    beforeAll(async () => {
      ff = await launchFirefoxWithExtension();
      await ff.captures();
    }, TEST_TIMEOUT);

    afterAll(async () => {
      await ff?.close();
    }, TEST_TIMEOUT);

    const tab = (routes: Record<string, Route>) => opened.serve(routes);
    const closeAll = () => opened.closeAll();

    async function ext<T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T> {
      return ff.inExtension(fn, arg);
    }

    /** A fresh start: nothing captured or remembered, the default settings. */
    async function fresh(): Promise<void> {
      await ext(async () => {
        const b = (globalThis as unknown as { browser: AnyModel }).browser;
        await b.storage.local.clear();
        await b.storage.sync.remove('bridgeSettings');
      }, null);
    }

    /** Settings as they arrive from another computer through storage.sync (the options page's shape). */
    async function syncSettings(partial: Partial<typeof DEFAULTS>): Promise<void> {
      await ext(
        (v) => (globalThis as unknown as { browser: AnyModel }).browser.storage.sync.set({ bridgeSettings: v }),
        { ...DEFAULTS, ...partial },
      );
    }

    async function readSync(): Promise<Record<string, unknown>> {
      return (
        (
          (await ext(
            () => (globalThis as unknown as { browser: AnyModel }).browser.storage.sync.get('bridgeSettings'),
            null,
          )) as { bridgeSettings?: Record<string, unknown> }
        ).bridgeSettings ?? {}
      );
    }

    /** The options page, driven as the user does; waits until storage.sync holds what `done` accepts. */
    async function inOptions(
      act: (o: Page) => Promise<void>,
      done: (s: Record<string, unknown>) => boolean,
    ): Promise<void> {
      const o = await ff.openExtensionPage('src/ui/options.html');
      try {
        await act(o);
        await eventually(readSync, done, WAIT);
      } finally {
        await o.close().catch(() => undefined);
      }
    }

    async function typeInto(o: Page, label: string, text: string): Promise<void> {
      const field = await control(o, label, 'input');
      await field.click({ count: 3 });
      await o.keyboard.down('Control');
      await o.keyboard.press('KeyA');
      await o.keyboard.up('Control');
      await o.keyboard.press('Backspace');
      await o.keyboard.type(text);
      await o.keyboard.press('Tab');
    }

    const waitForCapture = async (url: string, timeout = WAIT) => {
      try {
        const list = await eventually(
          () => ff.captures(),
          (c) => c.some((x) => x.url === url),
          timeout,
        );
        return list.find((c) => c.url === url) as NonNullable<(typeof list)[number]>;
      } catch {
        throw new Error(`${url} not captured; stored ${JSON.stringify((await ff.captures()).map((c) => c.url))}`);
      }
    };

    /** A capture on a saved AlertOps page (current UI) in a tab of its own, closed afterwards. */
    async function seed(name: string, url = validUrl()): Promise<string> {
      seq += 1;
      const address = `https://app.alertops.com/configurations/integrations/inbound/api/33${String(seq).padStart(3, '0')}`;
      const page = await servePages(ff, { [address]: savedCurrent(name, url) });
      try {
        await page.goto(address);
        await poke(page);
        await waitForCapture(url);
      } finally {
        await page.close().catch(() => undefined);
      }
      return url;
    }

    async function poke(page: Page): Promise<void> {
      await page.mouse.click(3, 855);
    }

    async function explain(page: Page): Promise<string> {
      const seen = await page
        .evaluate(() => {
          const w = window as AnyModel;
          const fields = Array.from(document.querySelectorAll('input,select,[role=checkbox],[role=switch]')).map(
            (f) => {
              const e = f as HTMLInputElement;
              const role = f.getAttribute('role');
              if (role) return `${f.id}:aria=${f.getAttribute('aria-checked')}`;
              return `${e.id}=${e.type === 'checkbox' ? e.checked : JSON.stringify(e.value)}`;
            },
          );
          return { url: location.href, fields, model: w.model, sent: w.sent, toggles: w.toggles, opens: w.dialogOpens };
        })
        .catch((error) => `unreadable: ${error}`);
      return `${JSON.stringify(seen)}\nnotice: ${JSON.stringify(await noticeText(page).catch(() => ''))}`;
    }

    async function pollModel(page: Page, read: (m: AnyModel) => unknown, expected: unknown, timeout = WAIT) {
      try {
        await eventually(
          async () => {
            try {
              return read(await model(page));
            } catch {
              return undefined;
            }
          },
          (v) => JSON.stringify(v) === JSON.stringify(expected),
          timeout,
        );
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${await explain(page)}`);
      }
    }

    /** Keeps reading for `ms` and fails on the first read that is not `expected`. */
    async function holds(page: Page, read: (m: AnyModel) => unknown, expected: unknown, ms: number, what: string) {
      const end = Date.now() + ms;
      while (Date.now() < end) {
        const v = read(await model(page));
        if (JSON.stringify(v) !== JSON.stringify(expected))
          throw new Error(
            `${what}: ${JSON.stringify(v)} instead of ${JSON.stringify(expected)}\n${await explain(page)}`,
          );
        await sleep(200);
      }
    }

    async function pollNotice(page: Page, pattern: RegExp, timeout = WAIT): Promise<string> {
      try {
        return await eventually(
          () => noticeText(page),
          (t) => pattern.test(t),
          timeout,
        );
      } catch {
        throw new Error(`no notice matching ${pattern}\n${await explain(page)}`);
      }
    }

    /** A real mouse click on the extension's in-page button whose text or name matches `name`. */
    async function clickNotice(page: Page, name: RegExp): Promise<void> {
      await page.bringToFront();
      let target: { x: number; y: number } | null = null;
      try {
        target = await eventually(
          () =>
            page.evaluate((source) => {
              const re = new RegExp(source, 'i');
              for (const host of Array.from(document.querySelectorAll('[data-uptrends-alertops-bridge]')))
                for (const b of Array.from(host.shadowRoot?.querySelectorAll('button') ?? [])) {
                  if (!re.test(`${b.textContent ?? ''} ${b.getAttribute('aria-label') ?? ''}`)) continue;
                  const r = b.getBoundingClientRect();
                  if (r.width > 0 && r.height > 0) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
                }
              return null;
            }, name.source),
          (t) => t !== null,
          WAIT,
        );
      } catch {
        throw new Error(`no in-page button matching ${name}\n${await explain(page)}`);
      }
      if (!target) throw new Error('no target');
      await page.mouse.click(target.x, target.y);
    }

    /** The popup opened for `page`'s tab; clicks "Fill this page" and gives the report; brings `page` back. */
    async function fillThisPage(page: Page): Promise<string> {
      const popup = await ff.openPopup(page);
      try {
        await popup.locator(aria('Fill this page', 'button')).click();
        return await eventually(
          () => popup.evaluate(() => document.querySelector('p.report')?.textContent ?? ''),
          (t) => t !== '',
          WAIT,
        ).catch(() => '');
      } finally {
        await popup.close().catch(() => undefined);
        await page.bringToFront();
      }
    }

    /** The names the popup lists as captures, and its whole text. */
    async function popupList(): Promise<{ names: string[]; text: string }> {
      const popup = await ff.openPopup();
      try {
        await sleep(400);
        return await popup.evaluate(() => ({
          names: Array.from(document.querySelectorAll('li h2')).map((h) => h.textContent ?? ''),
          text: document.body.textContent ?? '',
        }));
      } finally {
        await popup.close().catch(() => undefined);
      }
    }

    async function clickText(page: Page, selector: string, text: string): Promise<void> {
      const handle = await page.waitForFunction(
        (sel, t) =>
          Array.from(document.querySelectorAll(sel)).find(
            (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim() === t,
          ) ?? null,
        { timeout: WAIT },
        selector,
        text,
      );
      await (handle.asElement() as ElementHandle<Element>).click();
    }

    async function selectAllAndType(page: Page, selector: string, text: string): Promise<void> {
      await page.click(selector);
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyA');
      await page.keyboard.up('Control');
      await page.keyboard.type(text);
    }

    /** Opens `address` (served by `routes`) in a new tab, and makes a first user input there. */
    async function open(address: string, routes: Record<string, Route>): Promise<Page> {
      const page = await tab(routes);
      await page.goto(address);
      await poke(page);
      return page;
    }

    const tickedOf = (m: AnyModel, level: number, name: string) => m?.levels?.[level]?.on?.[name];

    /* ============================================================================================================= */

    describe('step 2 under the settings: auto-fill, the naming pattern', () => {
      it(
        'R33-01 EN whole journey: current AlertOps UI (Configurations > Integrations > + ADD API > Uptrends card, name typed, Submit) is captured under the typed name; on the options page the user sets the pattern "Pager – {name}"; a React-like Uptrends editor gets the URL and the name "Pager – Storefront"; Save sends both; the definition\'s level tabs list "Pager – Storefront" (no "AlertOps" in it): ticked on levels 1 and 2, nothing else',
        async () => {
          // Ground: README Settings "the naming pattern for the Uptrends integration"; options "{name} is replaced by the name of the AlertOps integration"; step 2 "proposes an integration name"; step 3 "ticks your AlertOps integration"; Limits "when no name remembered from the editor decides".
          try {
            await fresh();
            const url = validUrl();
            const start = 'https://app.alertops.com/configurations/integrations';
            const ao = await open(start, {
              [start]: currentFlow('/api/v2/integrations/inbound'),
              'https://app.alertops.com/api/v2/integrations/inbound': json({ id: '3301', url }, 700),
            });
            await ao.click('#add');
            await ao.click('#tpl-up');
            await selectAllAndType(ao, '#in-name', 'Storefront');
            await ao.select('#in-grp', 'NOC');
            await ao.click('#submit');
            const capture = await waitForCapture(url);
            expect(capture.integrationName, 'captured under the name typed in AlertOps').toBe('Storefront');

            await inOptions(
              (o) => typeInto(o, OPT.pattern, 'Pager – {name}'),
              (s) => s.namingPattern === 'Pager – {name}',
            );

            const edAddress = `${UT}/Alerting/Integrations/New?type=AlertOps&r=3301`;
            const ed = await open(edAddress, { [edAddress]: editorDoc('en', 'react') });
            await pollModel(ed, (m) => m.url, url);
            await pollModel(ed, (m) => m.name, 'Pager – Storefront');
            await clickText(ed, 'button', 'Save');
            expect(await model(ed, 'sent')).toEqual({ name: 'Pager – Storefront', url });

            const names = ['E-mail', 'SMS', L.en.phone, 'Pager – Storefront', 'Slack #ops'];
            const lvAddress = `${UT}/Alerting/AlertDefinitions/Edit/3301`;
            const lv = await open(lvAddress, { [lvAddress]: levelsDoc('en', { names, ticked: ['1:E-mail'] }) });
            await pollModel(lv, (m) => tickedOf(m, 1, 'Pager – Storefront'), true);
            await clickText(lv, '[role=tab]', `${L.en.level} 2`);
            await pollModel(lv, (m) => tickedOf(m, 2, 'Pager – Storefront'), true);
            await sleep(1000);
            expect(
              (await model(lv, 'toggles')).sort(),
              'the pattern-named integration ticked on both levels, nothing else',
            ).toEqual(['1:Pager – Storefront=true', '2:Pager – Storefront=true']);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-02 NL whole journey: older AlertOps UI on a tenant host (Integrations > Inbound Integrations > ADD API INTEGRATION > Uptrends > Save) shows a legacy REST API URL, captured; the user switches auto-fill off on the options page; a plain NL editor stays empty; the popup\'s "Fill this page" fills it with the default name pattern; Opslaan sends both; the level tabs (ARIA checkboxes) get AlertOps ticked',
        async () => {
          // Ground: domain.md older UI and legacy URL shape; README Limits "Turn auto-fill off in the options to fill only when you ask (the popup's 'Fill this page'...)"; options default pattern "AlertOps - {name}"; step 3.
          try {
            await fresh();
            const url = legacyUrl();
            const start = 'https://globex.alertops.com/Dashboard.aspx';
            const ao = await open(start, {
              [start]: legacyFlow('/InboundIntegrations/Api/Save'),
              'https://globex.alertops.com/InboundIntegrations/Api/Save': json({ url }, 600),
            });
            await ao.click('#nav-int');
            await ao.click('#nav-in');
            await clickText(ao, 'button', 'ADD API INTEGRATION');
            await clickText(ao, 'button', 'Uptrends');
            await ao.waitForSelector('#nm');
            await ao.type('#nm', 'Klantportaal');
            await ao.select('#rc', 'Operations');
            await clickText(ao, 'button', 'Save');
            const capture = await waitForCapture(url);
            expect(capture.integrationName).toBe('Klantportaal');

            await inOptions(
              async (o) => {
                await (await control(o, OPT.autoFill, 'input')).click();
              },
              (s) => s.autoFill === false,
            );

            const edAddress = `${UT}/Alerting/Integraties/Nieuw?type=AlertOps&r=3302`;
            const ed = await open(edAddress, { [edAddress]: editorDoc('nl', 'form') });
            await ed.waitForSelector('#v-url');
            await holds(ed, (m) => m.url, '', HOLD, 'auto-fill is off: nothing filled by itself');
            const report = await fillThisPage(ed);
            await pollModel(ed, (m) => m.url, url);
            await pollModel(ed, (m) => m.name, 'AlertOps - Klantportaal');
            expect(report, 'the popup does not report a failure').not.toMatch(/could not|went wrong|not AlertOps/i);
            await clickText(ed, 'button', L.nl.save);
            expect(await model(ed, 'sent')).toEqual({ name: 'AlertOps - Klantportaal', url });

            const names = ['E-mail', 'SMS', L.nl.phone, 'AlertOps - Klantportaal', 'Teams #support'];
            const lvAddress = `${UT}/Alerting/Alertdefinities/Bewerken/3302`;
            const lv = await open(lvAddress, { [lvAddress]: levelsDoc('nl', { names, kind: 'aria' }) });
            await pollModel(lv, (m) => tickedOf(m, 1, 'AlertOps - Klantportaal'), true);
            await sleep(800);
            expect(await model(lv, 'toggles')).toEqual(['1:AlertOps - Klantportaal=true']);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-03 DE auto-fill off (synced from another computer): a "⋯" value-dialog editor is not opened nor filled by itself; "Fill this page" puts the URL in through Klartext / Wert / Auswählen and proposes "AlertOps - Lager"',
        async () => {
          // Ground: README Limits (auto-fill off → fill only when you ask); step 2 "whether the page shows a plain field or the '⋯' value dialog, and proposes an integration name"; Settings follow through storage.sync.
          try {
            await fresh();
            await syncSettings({ autoFill: false });
            const url = await seed('Lager');
            const edAddress = `${UT}/Alarmierung/Integrationen/Neu?typ=AlertOps&r=3303`;
            const ed = await open(edAddress, { [edAddress]: editorDoc('de', 'dialog') });
            await ed.waitForSelector('#v-more');
            await holds(ed, (m) => m.url, '', HOLD, 'auto-fill is off: nothing filled');
            expect(await model(ed, 'dialogOpens'), 'the dialog was not opened by itself').toBe(0);
            await fillThisPage(ed);
            await pollModel(ed, (m) => m.url, url);
            await pollModel(ed, (m) => m.name, 'AlertOps - Lager');
            expect(await ed.$('#dlg'), 'no dialog left open').toBeNull();
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-04 FR the naming pattern "{name} (AlertOps)" arrives through storage.sync from another computer: the options page shows it, and a plain FR editor gets the URL and "Boutique (AlertOps)"',
        async () => {
          // Ground: README "Settings follow you through storage.sync"; options "follow your browser profile to your other computers"; "{name} is replaced by the name of the AlertOps integration".
          try {
            await fresh();
            await syncSettings({ namingPattern: '{name} (AlertOps)' });
            const o = await ff.openExtensionPage('src/ui/options.html');
            try {
              const read = async () =>
                (await control(o, OPT.pattern, 'input')).evaluate((el) => (el as HTMLInputElement).value);
              const shown = await eventually(read, (v) => v === '{name} (AlertOps)', 5000).catch(read);
              expect(shown, 'the options page shows the synced pattern').toBe('{name} (AlertOps)');
            } finally {
              await o.close().catch(() => undefined);
            }
            const url = await seed('Boutique');
            const edAddress = `${UT}/Alerte/Integrations/Nouvelle?type=AlertOps&r=3304`;
            const ed = await open(edAddress, { [edAddress]: editorDoc('fr', 'form') });
            await pollModel(ed, (m) => m.url, url);
            await pollModel(ed, (m) => m.name, 'Boutique (AlertOps)');
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-05 EN the editor is open before anything is captured; the user switches auto-fill off on the options page, then saves the integration in AlertOps: back in the editor nothing is filled by itself; "Fill this page" fills it',
        async () => {
          // Ground: options "Changes are saved as soon as you make them"; README Limits "Turn auto-fill off in the options to fill only when you ask"; step 2 "If you opened the editor before saving in AlertOps, it is filled as soon as the URL is captured" (with auto-fill on).
          try {
            await fresh();
            const edAddress = `${UT}/Alerting/Integrations/New?type=AlertOps&r=3305`;
            const ed = await open(edAddress, { [edAddress]: editorDoc('en', 'form') });
            await ed.waitForSelector('#v-url');
            await sleep(800);
            await inOptions(
              async (o) => {
                await (await control(o, OPT.autoFill, 'input')).click();
              },
              (s) => s.autoFill === false,
            );
            const url = await seed('Billing API');
            await ed.bringToFront();
            await poke(ed);
            await holds(ed, (m) => m.url, '', HOLD + 1000, 'auto-fill was switched off: nothing filled by itself');
            await fillThisPage(ed);
            await pollModel(ed, (m) => m.url, url);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-06 FR the user types the integration name before the capture arrives (URL still empty): the URL is filled, the name the user typed is kept (not replaced by the pattern)',
        async () => {
          // Ground: README "never overwrites a value you typed"; Threats "Fills only empty fields".
          try {
            await fresh();
            const edAddress = `${UT}/Alerte/Integrations/Nouvelle?type=AlertOps&r=3306`;
            const ed = await open(edAddress, { [edAddress]: editorDoc('fr', 'react') });
            await ed.waitForSelector('#f-name');
            await ed.click('#f-name');
            await ed.keyboard.type('Astreinte nuit', { delay: 20 });
            await pollModel(ed, (m) => m.name, 'Astreinte nuit');
            const url = await seed('Boutique nuit');
            await ed.bringToFront();
            await poke(ed);
            await pollModel(ed, (m) => m.url, url);
            await holds(ed, (m) => m.name, 'Astreinte nuit', 1500, 'the name the user typed');
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );
    });

    /* ============================================================================================================= */

    describe('step 3 under the settings: auto-tick on which levels, inactive levels, two AlertOps', () => {
      it(
        'R33-07 NL on the options page the user picks "Only the escalation levels listed below" and "2": on a definition with three level tabs (ARIA checkboxes) AlertOps is ticked on Escalatieniveau 2 only',
        async () => {
          // Ground: README Settings "auto-tick on or off and on which levels"; options "Escalation level numbers".
          try {
            await fresh();
            await seed('Magazijn');
            await inOptions(
              async (o) => {
                await (await control(o, OPT.levelsSome, 'input')).click();
                await typeInto(o, OPT.levels, '2');
              },
              (s) => JSON.stringify(s.autoTickLevels) === '[2]',
            );
            const AO = 'AlertOps Magazijn';
            const names = ['E-mail', 'SMS', AO, 'Slack #magazijn'];
            const address = `${UT}/Alerting/Alertdefinities/Bewerken/3307`;
            const lv = await open(address, { [address]: levelsDoc('nl', { names, count: 3, kind: 'aria' }) });
            await lv.waitForSelector('#b-1-2');
            await holds(lv, (m) => tickedOf(m, 1, AO), false, HOLD, 'level 1 is not in the list');
            await clickText(lv, '[role=tab]', `${L.nl.level} 2`);
            await pollModel(lv, (m) => tickedOf(m, 2, AO), true);
            await clickText(lv, '[role=tab]', `${L.nl.level} 3`);
            await holds(lv, (m) => tickedOf(m, 3, AO), false, HOLD, 'level 3 is not in the list');
            expect(await model(lv, 'toggles')).toEqual([`2:${AO}=true`]);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-08 DE auto-tick off (synced): switches on two Eskalationsstufe tabs stay as they are; on Eskalationsstufe 2 the popup\'s "Fill this page" ticks AlertOps there',
        async () => {
          // Ground: README Settings "auto-tick on or off"; "fill the current page by hand ('Fill this page')"; options "Fill or tick AlertOps on this Uptrends page" (the shortcut's description).
          try {
            await fresh();
            await syncSettings({ autoTick: false });
            await seed('Bereitschaft');
            const AO = 'AlertOps Bereitschaft';
            const names = ['E-Mail', 'SMS', L.de.phone, AO];
            const address = `${UT}/Alarmierung/Meldedefinitionen/Bearbeiten/3308`;
            const lv = await open(address, { [address]: levelsDoc('de', { names, kind: 'switch' }) });
            await lv.waitForSelector('#b-1-3');
            await holds(lv, (m) => tickedOf(m, 1, AO), false, HOLD, 'auto-tick is off (level 1)');
            await clickText(lv, '[role=tab]', `${L.de.level} 2`);
            await holds(lv, (m) => tickedOf(m, 2, AO), false, HOLD, 'auto-tick is off (level 2)');
            await fillThisPage(lv);
            await pollModel(lv, (m) => tickedOf(m, 2, AO), true);
            await sleep(800);
            expect(await model(lv, 'toggles')).toEqual([`2:${AO}=true`]);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-09 FR "Niveau d\'escalade 2" has its "Actif" switch off: level 1 is ticked; on level 2 the user is asked and answers "Not now": nothing ticked there, "Actif" left off, the prompt gone',
        async () => {
          // Ground: README step 3 "It asks when ... the level is not active"; never clicks Save.
          try {
            await fresh();
            await seed('Astreinte');
            const AO = 'AlertOps astreinte';
            const names = ['E-mail', 'SMS', AO, 'Slack équipe'];
            const address = `${UT}/Alerte/Definitions/Modifier/3309`;
            const lv = await open(address, { [address]: levelsDoc('fr', { names, kind: 'switch', inactive: [2] }) });
            await pollModel(lv, (m) => tickedOf(m, 1, AO), true);
            await clickText(lv, '[role=tab]', `${L.fr.level} 2`);
            await pollNotice(lv, NOT_ACTIVE);
            expect(tickedOf(await model(lv), 2, AO), 'not ticked before the answer').toBe(false);
            await clickNotice(lv, /^\s*Not now/);
            await holds(lv, (m) => [tickedOf(m, 2, AO), m.levels[2].active], [false, false], HOLD, 'after "Not now"');
            expect(await noticeText(lv), 'the prompt is gone').not.toMatch(NOT_ACTIVE);
            expect(await model(lv, 'saves')).toBe(0);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-10 EN auto-tick on levels 1 and 3 (synced); "Escalation level 3" is not active (ARIA checkboxes): level 2 is left alone, level 3 asks and "Tick it anyway" ticks AlertOps there, "Active" stays unticked',
        async () => {
          // Ground: README Settings "auto-tick ... on which levels"; step 3 "It asks when ... the level is not active"; fill.test.ts "Tick it anyway".
          try {
            await fresh();
            await syncSettings({ autoTickLevels: [1, 3] });
            await seed('Night shift');
            const AO = 'AlertOps night shift';
            const names = ['E-mail', 'SMS', L.en.phone, AO];
            const address = `${UT}/Alerting/AlertDefinitions/Edit/3310`;
            const lv = await open(address, {
              [address]: levelsDoc('en', { names, count: 3, kind: 'aria', inactive: [3] }),
            });
            await pollModel(lv, (m) => tickedOf(m, 1, AO), true);
            await clickText(lv, '[role=tab]', `${L.en.level} 2`);
            await holds(lv, (m) => tickedOf(m, 2, AO), false, HOLD, 'level 2 is not in the list');
            await clickText(lv, '[role=tab]', `${L.en.level} 3`);
            await pollNotice(lv, NOT_ACTIVE);
            expect(tickedOf(await model(lv), 3, AO)).toBe(false);
            await clickNotice(lv, /Tick it anyway/);
            await pollModel(lv, (m) => tickedOf(m, 3, AO), true);
            await sleep(600);
            const m = await model(lv);
            expect(m.levels[3].active, '"Active" is the user’s').toBe(false);
            expect(await model(lv, 'toggles')).toEqual([`1:${AO}=true`, `3:${AO}=true`]);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-11 DE two AlertOps integrations on the level and no name remembered: the extension asks which; the user picks "AlertOps Nachtdienst": only that one is ticked',
        async () => {
          // Ground: README step 3 "It asks when two AlertOps integrations are listed"; Limits "Two such names: the extension asks"; fill.test.ts (the chosen one only).
          try {
            await fresh();
            await seed('Nachtdienst');
            const A = 'AlertOps Bereitschaft';
            const B = 'AlertOps Nachtdienst';
            const names = ['E-Mail', A, 'SMS', B];
            const address = `${UT}/Alarmierung/Meldedefinitionen/Bearbeiten/3311`;
            const lv = await open(address, { [address]: levelsDoc('de', { names }) });
            await pollNotice(lv, WHICH);
            expect([tickedOf(await model(lv), 1, A), tickedOf(await model(lv), 1, B)]).toEqual([false, false]);
            await clickNotice(lv, new RegExp(`^\\s*${B}\\s*$`));
            await pollModel(lv, (m) => tickedOf(m, 1, B), true);
            await sleep(800);
            expect(await model(lv, 'toggles')).toEqual([`1:${B}=true`]);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-12 NL the editor was filled and saved as "AlertOps - Klantportaal" (default pattern); the level then lists it and "AlertOps - Oud": the remembered name decides, only "AlertOps - Klantportaal" is ticked',
        async () => {
          // Ground: README Limits "an integration whose name says 'AlertOps' ... is taken for the AlertOps one when no name remembered from the editor decides"; options default pattern.
          try {
            await fresh();
            const url = await seed('Klantportaal');
            const edAddress = `${UT}/Alerting/Integraties/Nieuw?type=AlertOps&r=3312`;
            const ed = await open(edAddress, { [edAddress]: editorDoc('nl', 'form') });
            await pollModel(ed, (m) => [m.url, m.name], [url, 'AlertOps - Klantportaal']);
            await clickText(ed, 'button', L.nl.save);
            await sleep(500);
            const NEW = 'AlertOps - Klantportaal';
            const OLD = 'AlertOps - Oud';
            const names = ['E-mail', OLD, 'SMS', NEW];
            const address = `${UT}/Alerting/Alertdefinities/Bewerken/3312`;
            const lv = await open(address, { [address]: levelsDoc('nl', { names, kind: 'aria' }) });
            await pollModel(lv, (m) => tickedOf(m, 1, NEW), true);
            await sleep(800);
            expect(tickedOf(await model(lv), 1, OLD), 'the other AlertOps integration is left alone').toBe(false);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-13 FR the user replaces the proposed name with "Astreinte boutique" before Enregistrer; the level lists "Astreinte boutique" (no "AlertOps" in it) among others: it is ticked',
        async () => {
          // Ground: README step 3 "ticks your AlertOps integration"; Limits "when no name remembered from the editor decides" (the editor's name is the one the integration is saved under).
          try {
            await fresh();
            const url = await seed('Boutique');
            const edAddress = `${UT}/Alerte/Integrations/Nouvelle?type=AlertOps&r=3313`;
            const ed = await open(edAddress, { [edAddress]: editorDoc('fr', 'react') });
            await pollModel(ed, (m) => [m.url, m.name], [url, 'AlertOps - Boutique']);
            await selectAllAndType(ed, '#f-name', 'Astreinte boutique');
            await pollModel(ed, (m) => m.name, 'Astreinte boutique');
            await clickText(ed, 'button', L.fr.save);
            expect(await model(ed, 'sent')).toEqual({ name: 'Astreinte boutique', url });
            await sleep(500);
            const names = ['E-mail', 'SMS', 'Astreinte boutique', 'Slack équipe'];
            const address = `${UT}/Alerte/Definitions/Modifier/3313`;
            const lv = await open(address, { [address]: levelsDoc('fr', { names, kind: 'native' }) });
            await pollModel(lv, (m) => tickedOf(m, 1, 'Astreinte boutique'), true);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-14 EN the user unticks by hand the AlertOps box the extension ticked on level 1: it stays unticked, also after the user opens level 2 (ticked there) and comes back to level 1 (panel drawn anew)',
        async () => {
          // Ground: README Tests "a level the extension ticked that the page draws again unticked in the same document after a click of the user's is not ticked again".
          try {
            await fresh();
            await seed('Checkout');
            const AO = 'AlertOps checkout';
            const names = ['E-mail', AO, 'SMS'];
            const address = `${UT}/Alerting/AlertDefinitions/Edit/3314`;
            const lv = await open(address, { [address]: levelsDoc('en', { names, kind: 'aria' }) });
            await pollModel(lv, (m) => tickedOf(m, 1, AO), true);
            await sleep(800);
            await lv.click('#b-1-1');
            await pollModel(lv, (m) => tickedOf(m, 1, AO), false);
            await holds(lv, (m) => tickedOf(m, 1, AO), false, HOLD, 'the box the user unticked');
            await clickText(lv, '[role=tab]', `${L.en.level} 2`);
            await pollModel(lv, (m) => tickedOf(m, 2, AO), true);
            await clickText(lv, '[role=tab]', `${L.en.level} 1`);
            await holds(lv, (m) => tickedOf(m, 1, AO), false, HOLD, 'level 1 drawn anew after the user unticked');
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );
    });

    /* ============================================================================================================= */

    describe('forgetting: once filled, after N hours', () => {
      it(
        'R33-15 DE the user ticks "Forget a URL once it has been filled into Uptrends"; the editor is filled and saved; the popup then lists nothing of it, storage no longer holds its key, and a second editor opened afterwards stays empty',
        async () => {
          // Ground: README Settings "forget captured URLs ... once filled"; options "Forget a URL once it has been filled into Uptrends"; Threats "forget after N hours or once filled".
          try {
            await fresh();
            await inOptions(
              async (o) => {
                await (await control(o, OPT.forgetOnceFilled, 'input')).click();
              },
              (s) => s.forgetOnceFilled === true,
            );
            const url = await seed('Lagerhaus');
            const edAddress = `${UT}/Alarmierung/Integrationen/Neu?typ=AlertOps&r=3315`;
            const ed = await open(edAddress, { [edAddress]: editorDoc('de', 'form') });
            await pollModel(ed, (m) => m.url, url);
            await clickText(ed, 'button', L.de.save);
            expect((await model(ed, 'sent')).url).toBe(url);
            const key = keyOf(url);
            try {
              await eventually(
                async () => JSON.stringify(await ff.storage()).includes(key),
                (held) => !held,
                WAIT,
              );
            } catch {
              throw new Error(
                `the filled URL is still stored: ${JSON.stringify((await ff.captures()).map((c) => c.integrationName))}`,
              );
            }
            const shown = await popupList();
            expect(shown.names, 'the popup lists no capture').not.toContain('Lagerhaus');
            expect(shown.text).not.toContain(key);
            const ed2Address = `${UT}/Alarmierung/Integrationen/Neu?typ=AlertOps&r=3315b`;
            const ed2 = await open(ed2Address, { [ed2Address]: editorDoc('de', 'form') });
            await ed2.waitForSelector('#v-url');
            await holds(ed2, (m) => m.url, '', HOLD, 'a second editor after the URL was forgotten');
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-16 NL "forget once filled" (synced) and the journey goes on: after the editor is filled and saved (URL forgotten), the definition\'s level still gets "AlertOps - Magazijn" ticked',
        async () => {
          // Ground: README Settings (forget once filled forgets the URL); step 3 "ticks your AlertOps integration"; Limits "an integration whose name says 'AlertOps' ... is taken for the AlertOps one".
          try {
            await fresh();
            await syncSettings({ forgetOnceFilled: true });
            const url = await seed('Magazijn');
            const edAddress = `${UT}/Alerting/Integraties/Nieuw?type=AlertOps&r=3316`;
            const ed = await open(edAddress, { [edAddress]: editorDoc('nl', 'react') });
            await pollModel(ed, (m) => [m.url, m.name], [url, 'AlertOps - Magazijn']);
            await clickText(ed, 'button', L.nl.save);
            await eventually(
              async () => JSON.stringify(await ff.storage()).includes(keyOf(url)),
              (held) => !held,
              WAIT,
            ).catch(() => undefined);
            const AO = 'AlertOps - Magazijn';
            const names = ['E-mail', 'SMS', AO];
            const address = `${UT}/Alerting/Alertdefinities/Bewerken/3316`;
            const lv = await open(address, { [address]: levelsDoc('nl', { names, kind: 'switch' }) });
            await pollModel(lv, (m) => tickedOf(m, 1, AO), true);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-17 EN the user sets "Forget captured URLs after (hours)" to 2; a capture made 3 hours ago is not listed in the popup and not filled into a new editor; a capture made now is',
        async () => {
          // Ground: README Settings "forget captured URLs after N hours"; Threats "forget after N hours".
          try {
            await fresh();
            await inOptions(
              (o) => typeInto(o, OPT.hours, '2'),
              (s) => s.forgetAfterHours === 2,
            );
            const old = await seed('Archive');
            await ext(async (u) => {
              const b = (globalThis as unknown as { browser: AnyModel }).browser;
              const { bridgeState } = await b.storage.local.get('bridgeState');
              const at = Date.now() - 3 * 3600_000;
              const captures = bridgeState.captures.map((c: AnyModel) =>
                c.url === u ? { ...c, capturedAt: at, lastSeenAt: at } : c,
              );
              await b.storage.local.set({ bridgeState: { ...bridgeState, captures } });
            }, old);
            const shown = await popupList();
            expect(shown.names, 'a capture older than the setting is not listed').not.toContain('Archive');
            const edAddress = `${UT}/Alerting/Integrations/New?type=AlertOps&r=3317`;
            const ed = await open(edAddress, { [edAddress]: editorDoc('en', 'form') });
            await ed.waitForSelector('#v-url');
            await holds(ed, (m) => m.url, '', HOLD, 'a capture older than the setting');
            const now = await seed('Current');
            await ed.bringToFront();
            await poke(ed);
            await pollModel(ed, (m) => m.url, now);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );
    });

    /* ============================================================================================================= */

    describe('choices in the popup and in the page', () => {
      it(
        'R33-18 FR two captures ("Shop EU", then "Shop US"); in the popup the user picks "Use for filling: Shop EU": a React-like FR editor gets Shop EU\'s URL and the name "AlertOps - Shop EU"',
        async () => {
          // Ground: README "choose which URL to use"; Limits "The newest capture is the one filled; the popup ... lets you choose another".
          try {
            await fresh();
            const eu = await seed('Shop EU');
            const us = await seed('Shop US');
            const popup = await ff.openPopup();
            try {
              await popup.locator(aria('Use for filling: Shop EU', 'button')).click();
              await popup.locator(aria('Used for filling: Shop EU')).wait();
            } finally {
              await popup.close().catch(() => undefined);
            }
            const edAddress = `${UT}/Alerte/Integrations/Nouvelle?type=AlertOps&r=3318`;
            const ed = await open(edAddress, { [edAddress]: editorDoc('fr', 'react') });
            await pollModel(ed, (m) => [m.url, m.name], [eu, 'AlertOps - Shop EU']);
            expect((await model(ed)).url).not.toBe(us);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-19 DE the user typed their own URL into the AlertOps variable before anything was captured; the capture arrives: their URL stays and the extension offers to replace it; "Replace with the AlertOps URL" puts the captured one in',
        async () => {
          // Ground: README "never overwrites a value you typed (it offers to replace it instead)"; Threats "else an in-page 'Replace?' prompt".
          try {
            await fresh();
            const own = `https://notify.alertops.com/POSTAlert/${newKey()}/Uptrends`;
            const edAddress = `${UT}/Alarmierung/Integrationen/Neu?typ=AlertOps&r=3319`;
            const ed = await open(edAddress, { [edAddress]: editorDoc('de', 'form') });
            await ed.click('#v-url');
            await ed.keyboard.type(own);
            await pollModel(ed, (m) => m.url, own);
            const url = await seed('Versand');
            await ed.bringToFront();
            await poke(ed);
            await pollNotice(ed, REPLACE_Q);
            expect((await model(ed)).url, 'the user’s URL until they answer').toBe(own);
            await clickNotice(ed, /Replace with the AlertOps URL/);
            await pollModel(ed, (m) => m.url, url);
            expect(await ed.$eval('#v-url', (el) => (el as HTMLInputElement).value)).toBe(url);
            expect(await model(ed, 'saves')).toBe(0);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-20 NL the same with "Keep it": the user\'s URL stays, the offer goes away and does not come back; Opslaan sends the user\'s URL',
        async () => {
          // Ground: README "never overwrites a value you typed (it offers to replace it instead)"; "never clicks Save".
          try {
            await fresh();
            const own = `https://notify.alertops.com/POSTAlert/${newKey()}/Uptrends`;
            const edAddress = `${UT}/Alerting/Integraties/Nieuw?type=AlertOps&r=3320`;
            const ed = await open(edAddress, { [edAddress]: editorDoc('nl', 'react') });
            await ed.click('#v-url');
            await ed.keyboard.type(own);
            await pollModel(ed, (m) => m.url, own);
            await seed('Kassa');
            await ed.bringToFront();
            await poke(ed);
            await pollNotice(ed, REPLACE_Q);
            await clickNotice(ed, /^\s*Keep it/);
            await holds(ed, (m) => m.url, own, HOLD, 'the user’s URL after "Keep it"');
            expect(await noticeText(ed), 'the offer is gone').not.toMatch(REPLACE_Q);
            await ed.click('#f-name');
            await ed.keyboard.type('Kassa pager');
            await sleep(1500);
            expect(await noticeText(ed), 'the offer does not come back').not.toMatch(REPLACE_Q);
            await clickText(ed, 'button', L.nl.save);
            expect((await model(ed, 'sent')).url).toBe(own);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-21 EN auto-fill off; the user typed a placeholder value into the AlertOps variable of a React-like editor; "Fill this page" does not overwrite it but offers to replace it; "Replace with the AlertOps URL" fills it',
        async () => {
          // Ground: README "never overwrites a value you typed (it offers to replace it instead)"; Limits (auto-fill off → "Fill this page").
          try {
            await fresh();
            await syncSettings({ autoFill: false });
            const url = await seed('Payments');
            const edAddress = `${UT}/Alerting/Integrations/New?type=AlertOps&r=3321`;
            const ed = await open(edAddress, { [edAddress]: editorDoc('en', 'react') });
            await ed.click('#v-url');
            await ed.keyboard.type('to be pasted from AlertOps');
            await pollModel(ed, (m) => m.url, 'to be pasted from AlertOps');
            await fillThisPage(ed);
            await pollNotice(ed, REPLACE_Q);
            expect((await model(ed)).url, 'not overwritten before the answer').toBe('to be pasted from AlertOps');
            await clickNotice(ed, /Replace with the AlertOps URL/);
            await pollModel(ed, (m) => m.url, url);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-22 DE editing an existing AlertOps integration ("⋯" dialog) whose variable holds another URL: the extension offers to replace it; "Replace with the AlertOps URL" puts the captured URL in through the dialog, the name is kept',
        async () => {
          // Ground: README step 2 ("⋯" value dialog); "never overwrites a value you typed (it offers to replace it instead)".
          try {
            await fresh();
            const url = await seed('Versand neu');
            const older = `https://notify.alertops.com/POSTAlert/${newKey()}/Uptrends`;
            const edAddress = `${UT}/Alarmierung/Integrationen/Bearbeiten/3322`;
            const ed = await open(edAddress, {
              [edAddress]: editorDoc('de', 'dialog', { edit: true, name: 'AlertOps Versand', url: older }),
            });
            await pollNotice(ed, REPLACE_Q);
            expect((await model(ed)).url).toBe(older);
            await clickNotice(ed, /Replace with the AlertOps URL/);
            await pollModel(ed, (m) => m.url, url);
            expect((await model(ed)).name).toBe('AlertOps Versand');
            expect(await model(ed, 'saves')).toBe(0);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );
    });

    /* ============================================================================================================= */

    describe('more combinations', () => {
      it(
        'R33-23 DE on the options page the user limits auto-tick to level "2"; the level tabs carry delay badges ("Eskalationsstufe 1 · sofort", "Eskalationsstufe 2 · nach 15 Min.", "Eskalationsstufe 3 · nach 30 Min."): AlertOps is ticked on Eskalationsstufe 2 only',
        async () => {
          // Ground: README Settings "auto-tick ... on which levels"; domain.md "tabs 'Escalation level 1..4'".
          try {
            await fresh();
            await seed('Bereitschaft Süd');
            await inOptions(
              async (o) => {
                await (await control(o, OPT.levelsSome, 'input')).click();
                await typeInto(o, OPT.levels, '2');
              },
              (s) => JSON.stringify(s.autoTickLevels) === '[2]',
            );
            const AO = 'AlertOps Bereitschaft Süd';
            const names = ['E-Mail', 'SMS', AO];
            const address = `${UT}/Alarmierung/Meldedefinitionen/Bearbeiten/3323`;
            const lv = await open(address, { [address]: levelsDoc('de', { names, count: 3, kind: 'native' }) });
            // The page's tabs get their delay badges (drawn by the page after its own render).
            const badge = async () =>
              lv.evaluate(() => {
                const texts = ['sofort', 'nach 15 Min.', 'nach 30 Min.'];
                const add = () =>
                  document.querySelectorAll('[role=tab]').forEach((t, i) => {
                    if (t.querySelector('.badge')) return;
                    const b = document.createElement('span');
                    b.className = 'badge';
                    b.textContent = ` · ${texts[i]}`;
                    t.append(b);
                  });
                add();
                new MutationObserver(add).observe(document.getElementById('app') as HTMLElement, { childList: true });
              });
            await badge();
            await holds(lv, (m) => tickedOf(m, 1, AO), false, HOLD, 'level 1 is not in the list');
            await lv.click('#t-2');
            await pollModel(lv, (m) => tickedOf(m, 2, AO), true);
            await lv.click('#t-3');
            await holds(lv, (m) => tickedOf(m, 3, AO), false, HOLD, 'level 3 is not in the list');
            expect(await model(lv, 'toggles')).toEqual([`2:${AO}=true`]);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-24 EN the AlertOps integration is named "Cloud costs $$$" (dollar signs): the proposed name follows the default pattern literally, "AlertOps - Cloud costs $$$"',
        async () => {
          // Ground: options "{name} is replaced by the name of the AlertOps integration"; README step 2 "proposes an integration name".
          try {
            await fresh();
            const url = await seed('Cloud costs $$$');
            const edAddress = `${UT}/Alerting/Integrations/New?type=AlertOps&r=3324`;
            const ed = await open(edAddress, { [edAddress]: editorDoc('en', 'form') });
            await pollModel(ed, (m) => m.url, url);
            await pollModel(ed, (m) => m.name !== '', true);
            expect((await model(ed)).name).toBe('AlertOps - Cloud costs $$$');
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-25 NL the older AlertOps UI lists, after Save, its API integrations with their URLs (a Nagios row and the new Uptrends row "Webwinkel", each with Copy): a NL editor gets the Uptrends row\'s URL and "AlertOps - Webwinkel"',
        async () => {
          // Ground: README Tests "the older AlertOps UI lists the API URL after Save, so lists are captured, each URL under its row's name, and a fill uses the Uptrends one of those captured together"; domain.md older UI.
          try {
            await fresh();
            const nagios = validUrl('Nagios');
            const shop = validUrl('Uptrends');
            const address = 'https://initech.alertops.com/InboundIntegrations/Api';
            const rows = [
              ['Webwinkel', 'Uptrends', shop],
              ['Nagios core', 'Nagios', nagios],
            ];
            await open(address, {
              [address]: doc(
                'en',
                'AlertOps',
                `<aside><span class="brand">AlertOps</span> <a href="#">Integrations</a> <a href="#">Inbound Integrations</a></aside>
<main><div role="status">Integration saved.</div><h1>Inbound Integrations</h1><ul class="tabs"><li><a href="#">API</a></li><li><a href="#">Email</a></li></ul>
<button type="button">ADD API INTEGRATION</button><table><thead><tr><th>Integration Name</th><th>Template</th><th>API URL</th><th></th></tr></thead><tbody>
${rows.map(([n, t, u]) => `<tr><td>${esc(n as string)}</td><td>${esc(t as string)}</td><td>${esc(u as string)}</td><td><button type="button">Copy</button></td></tr>`).join('\n')}
</tbody></table></main>`,
              ),
            });
            await waitForCapture(shop);
            const edAddress = `${UT}/Alerting/Integraties/Nieuw?type=AlertOps&r=3325`;
            const ed = await open(edAddress, { [edAddress]: editorDoc('nl', 'form') });
            await pollModel(ed, (m) => [m.url, m.name], [shop, 'AlertOps - Webwinkel']);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-26 FR the editor was filled with the newest capture ("Shop US"); the user opens the popup for this tab, picks "Use for filling: Shop EU" and clicks "Fill this page": the field ends with Shop EU\'s URL (after "Replace" if the extension asks)',
        async () => {
          // Ground: README "choose which URL to use ... and fill the current page by hand ('Fill this page')"; Limits "lets you choose another".
          try {
            await fresh();
            const eu = await seed('Shop EU');
            const us = await seed('Shop US');
            const edAddress = `${UT}/Alerte/Integrations/Nouvelle?type=AlertOps&r=3326`;
            const ed = await open(edAddress, { [edAddress]: editorDoc('fr', 'form') });
            await pollModel(ed, (m) => m.url, us);
            const popup = await ff.openPopup(ed);
            try {
              await popup.locator(aria('Use for filling: Shop EU', 'button')).click();
              await popup.locator(aria('Used for filling: Shop EU')).wait();
              await popup.locator(aria('Fill this page', 'button')).click();
              await sleep(800);
            } finally {
              await popup.close().catch(() => undefined);
              await ed.bringToFront();
            }
            const asked = await eventually(
              async () => (await model(ed)).url === eu || REPLACE_Q.test(await noticeText(ed)),
              (v) => v,
              WAIT,
            ).catch(() => false);
            if (asked && (await model(ed)).url !== eu) await clickNotice(ed, /Replace with the AlertOps URL/);
            await pollModel(ed, (m) => m.url, eu);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-27 EN "forget once filled" (synced); an existing AlertOps integration holds the user\'s own URL and the user answers "Keep it": nothing was filled, so the captured URL is still listed in the popup, and a new editor opened next gets it',
        async () => {
          // Ground: options "Forget a URL once it has been filled into Uptrends"; README "never overwrites a value you typed (it offers to replace it instead)".
          try {
            await fresh();
            await syncSettings({ forgetOnceFilled: true });
            const url = await seed('Kiosk');
            const own = `https://notify.alertops.com/POSTAlert/${newKey()}/Uptrends`;
            const edAddress = `${UT}/Alerting/Integrations/Edit/3327`;
            const ed = await open(edAddress, {
              [edAddress]: editorDoc('en', 'form', { edit: true, name: 'AlertOps kiosk', url: own }),
            });
            await pollNotice(ed, REPLACE_Q);
            await clickNotice(ed, /^\s*Keep it/);
            await holds(ed, (m) => m.url, own, 1500, 'the user’s URL after "Keep it"');
            const shown = await popupList();
            expect(shown.names, 'the URL was not filled, so it is still listed').toContain('Kiosk');
            const ed2Address = `${UT}/Alerting/Integrations/New?type=AlertOps&r=3327b`;
            const ed2 = await open(ed2Address, { [ed2Address]: editorDoc('en', 'form') });
            await pollModel(ed2, (m) => m.url, url);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-28 DE auto-fill off, auto-tick on (synced); the AlertOps variable is set per escalation level, so ticking "AlertOps Bereitschaft" reveals its AlertOpsUrl field on the level: the box is ticked, the field is left empty; "Fill this page" fills it',
        async () => {
          // Ground: README Threats "A per-level URL field is one labelled as the URL, or the only field in that integration's own row; filled automatically only with auto-fill on"; domain.md "Specify value in escalation level".
          try {
            await fresh();
            await syncSettings({ autoFill: false });
            const url = await seed('Bereitschaft');
            const AO = 'AlertOps Bereitschaft';
            const script = `const esc = (s) => String(s).replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/"/g,'&quot;');
const NAMES = ['E-Mail', 'SMS', ${JSON.stringify(AO)}, 'Slack #betrieb'];
window.model = { on: Object.fromEntries(NAMES.map((n) => [n, false])), url: '' }; window.toggles = [];
const list = document.getElementById('list');
function draw() {
  list.innerHTML = NAMES.map((n, i) => '<li><input type="checkbox" id="c' + i + '"' + (window.model.on[n] ? ' checked' : '') + '> <label for="c' + i + '">' + esc(n) + '</label>' +
    (n === ${JSON.stringify(AO)} && window.model.on[n] ? '<div class="vars"><label for="lv-url">AlertOpsUrl</label> <input id="lv-url" type="text" size="70"></div>' : '') + '</li>').join('');
  NAMES.forEach((n, i) => document.getElementById('c' + i).addEventListener('change', (e) => { window.model.on[n] = e.target.checked; window.toggles.push(n + '=' + e.target.checked); draw(); }));
  const u = document.getElementById('lv-url');
  if (u) { u.value = window.model.url; for (const ev of ['input', 'change']) u.addEventListener(ev, () => { window.model.url = u.value; }); }
}
draw();`;
            const address = `${UT}/Alarmierung/Meldedefinitionen/Bearbeiten/3328`;
            const lv = await open(address, {
              [address]: doc(
                'de',
                'Uptrends',
                `<main><h1>${esc(L.de.defs)}</h1><h2>Lager</h2><div role="tablist"><button type="button" role="tab" aria-selected="true" aria-controls="p1" id="t1">${esc(L.de.level)} 1</button></div>
<section role="tabpanel" id="p1" aria-labelledby="t1"><p><label><input type="checkbox" checked> ${esc(L.de.active)}</label></p><h3>${esc(L.de.section)}</h3><ul id="list" style="list-style:none;padding:0"></ul></section>
<p><button type="button">${esc(L.de.save)}</button></p></main>`,
                script,
              ),
            });
            await pollModel(lv, (m) => m.on[AO], true);
            await lv.waitForSelector('#lv-url');
            await holds(lv, (m) => m.url, '', HOLD, 'auto-fill is off: the level’s URL field is not filled by itself');
            await fillThisPage(lv);
            await pollModel(lv, (m) => m.url, url);
            expect(await model(lv, 'toggles')).toEqual([`${AO}=true`]);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );
    });

    describe('more choices', () => {
      it(
        'R33-29 NL auto-tick on levels 1 and 3 (synced); the definition shows its three levels stacked as fieldsets ("Escalatieniveau 1..3" legends, no tabs): AlertOps ticked in 1 and 3, level 2 left alone',
        async () => {
          // Ground: README Settings "auto-tick ... on which levels"; domain.md escalation levels ("Active", "Alerting by integrations", one checkbox per integration).
          try {
            await fresh();
            await syncSettings({ autoTickLevels: [1, 3] });
            await seed('Webwinkel');
            const AO = 'AlertOps Webwinkel';
            const names = ['E-mail', 'SMS', AO, 'Teams #web'];
            const t = L.nl;
            const section = (l: number) =>
              `<fieldset id="lv${l}"><legend>${esc(t.level)} ${l}</legend><p><label><input type="checkbox" checked data-b="${l}:__active"> ${esc(t.active)}</label></p>
<h4>${esc(t.section)}</h4>${names.map((n, i) => `<div><input type="checkbox" id="n${l}-${i}" data-b="${l}:${esc(n)}"> <label for="n${l}-${i}">${esc(n)}</label></div>`).join('')}</fieldset>`;
            const script = `window.model = { levels: {} }; window.toggles = [];
for (const l of [1, 2, 3]) window.model.levels[l] = { on: {} };
document.querySelectorAll('[data-b]').forEach((b) => {
  const [l, n] = [b.dataset.b.slice(0, 1), b.dataset.b.slice(2)];
  if (n !== '__active') window.model.levels[l].on[n] = b.checked;
  b.addEventListener('change', () => { if (n !== '__active') window.model.levels[l].on[n] = b.checked; window.toggles.push(b.dataset.b + '=' + b.checked); });
});`;
            const address = `${UT}/Alerting/Alertdefinities/Bewerken/3329`;
            const lv = await open(address, {
              [address]: doc(
                'nl',
                'Uptrends',
                `<main><h1>${esc(t.defs)}</h1><h2>Webwinkel</h2>${[1, 2, 3].map(section).join('')}<p><button type="button">${esc(t.save)}</button></p></main>`,
                script,
              ),
            });
            await pollModel(lv, (m) => [tickedOf(m, 1, AO), tickedOf(m, 3, AO)], [true, true]);
            await sleep(1500);
            expect(tickedOf(await model(lv), 2, AO), 'level 2 is not in the list').toBe(false);
            expect((await model(lv, 'toggles')).sort()).toEqual([`1:${AO}=true`, `3:${AO}=true`]);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-30 EN "forget once filled" set on the options page; two captures, the user picks the older "Shop EU" in the popup; the editor is filled with it and saved: the popup then lists "Shop US" but not "Shop EU", and a second editor gets Shop US\'s URL',
        async () => {
          // Ground: README "choose which URL to use"; Settings "forget captured URLs ... once filled" (the URL that was filled).
          try {
            await fresh();
            await inOptions(
              async (o) => {
                await (await control(o, OPT.forgetOnceFilled, 'input')).click();
              },
              (s) => s.forgetOnceFilled === true,
            );
            const eu = await seed('Shop EU');
            const us = await seed('Shop US');
            const popup = await ff.openPopup();
            try {
              await popup.locator(aria('Use for filling: Shop EU', 'button')).click();
              await popup.locator(aria('Used for filling: Shop EU')).wait();
            } finally {
              await popup.close().catch(() => undefined);
            }
            const edAddress = `${UT}/Alerting/Integrations/New?type=AlertOps&r=3330`;
            const ed = await open(edAddress, { [edAddress]: editorDoc('en', 'react') });
            await pollModel(ed, (m) => [m.url, m.name], [eu, 'AlertOps - Shop EU']);
            await clickText(ed, 'button', L.en.save);
            await eventually(
              async () => (await ff.captures()).map((c) => c.url),
              (list) => !list.includes(eu),
              WAIT,
            ).catch(() => undefined);
            const shown = await popupList();
            expect(shown.names, 'the filled URL is forgotten').not.toContain('Shop EU');
            expect(shown.names, 'the other capture stays').toContain('Shop US');
            const ed2Address = `${UT}/Alerting/Integrations/New?type=AlertOps&r=3330b`;
            const ed2 = await open(ed2Address, { [ed2Address]: editorDoc('en', 'form') });
            await pollModel(ed2, (m) => m.url, us);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-31 DE two captures; in the popup the user forgets the newest ("Forget the URL of Shop US"): a DE editor opened next is filled with Shop EU\'s URL and "AlertOps - Shop EU"',
        async () => {
          // Ground: README the popup lets you "forget one or all (with Undo)"; Limits "The newest capture is the one filled".
          try {
            await fresh();
            const eu = await seed('Shop EU');
            await seed('Shop US');
            const popup = await ff.openPopup();
            try {
              await popup.locator(aria('Forget the URL of Shop US', 'button')).click();
              const confirm = await popup
                .waitForSelector(aria('Yes, forget', 'button'), { timeout: 1000 })
                .catch(() => null);
              if (confirm) await confirm.click();
              await eventually(
                async () => (await ff.captures()).map((c) => c.integrationName),
                (names) => !names.includes('Shop US'),
                WAIT,
              );
            } finally {
              await popup.close().catch(() => undefined);
            }
            const edAddress = `${UT}/Alarmierung/Integrationen/Neu?typ=AlertOps&r=3331`;
            const ed = await open(edAddress, { [edAddress]: editorDoc('de', 'form') });
            await pollModel(ed, (m) => [m.url, m.name], [eu, 'AlertOps - Shop EU']);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-32 FR an existing integration holds the user\'s URL; the user first answers "Keep it", then changes their mind and clicks "Fill this page" in the popup: the extension offers again, and "Replace with the AlertOps URL" fills it',
        async () => {
          // Ground: README "fill the current page by hand ('Fill this page')"; "never overwrites a value you typed (it offers to replace it instead)".
          try {
            await fresh();
            const url = await seed('Caisse');
            const own = `https://notify.alertops.com/POSTAlert/${newKey()}/Uptrends`;
            const edAddress = `${UT}/Alerte/Integrations/Modifier/3332`;
            const ed = await open(edAddress, {
              [edAddress]: editorDoc('fr', 'react', { edit: true, name: 'AlertOps caisse', url: own }),
            });
            await pollNotice(ed, REPLACE_Q);
            await clickNotice(ed, /^\s*Keep it/);
            await holds(ed, (m) => m.url, own, 1200, 'after "Keep it"');
            await fillThisPage(ed);
            await pollNotice(ed, REPLACE_Q);
            expect((await model(ed)).url).toBe(own);
            await clickNotice(ed, /Replace with the AlertOps URL/);
            await pollModel(ed, (m) => m.url, url);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-33 DE the older UI on a tenant host shows a legacy URL in another letter case ("restapi.svc/POSTAlertV2/generic/…"); the user set the pattern "Uptrends – {name}" on the options page: a "⋯" dialog editor gets that URL verbatim and "Uptrends – Lager Nord"',
        async () => {
          // Ground: domain.md legacy URL "(case varies: restapi.svc, POSTAlertV2)"; README Settings naming pattern; step 2 ("⋯" value dialog).
          try {
            await fresh();
            await inOptions(
              (o) => typeInto(o, OPT.pattern, 'Uptrends – {name}'),
              (s) => s.namingPattern === 'Uptrends – {name}',
            );
            const url = `https://notify.alertops.com/restapi.svc/POSTAlertV2/generic/${newKey()}/Uptrends`;
            const address = 'https://hooli.alertops.com/InboundIntegrations/Api/Details/3333';
            await open(address, {
              [address]: doc(
                'en',
                'AlertOps',
                `<aside><span class="brand">AlertOps</span> <a href="#">Integrations</a> <a href="#">Inbound Integrations</a></aside>
<main><div role="status">Integration saved.</div><table><tbody><tr><th>Integration Name</th><td>Lager Nord</td></tr><tr><th>Template</th><td>Uptrends</td></tr>
<tr><th>API URL</th><td><span>${esc(url)}</span> <button type="button">Copy</button></td></tr><tr><th>Recipient Group(s)/User(s)</th><td>Lager</td></tr></tbody></table></main>`,
              ),
            });
            await waitForCapture(url);
            const edAddress = `${UT}/Alarmierung/Integrationen/Neu?typ=AlertOps&r=3333`;
            const ed = await open(edAddress, { [edAddress]: editorDoc('de', 'dialog') });
            await pollModel(ed, (m) => [m.url, m.name], [url, 'Uptrends – Lager Nord']);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );
    });

    describe('the remembered name against a decoy, a setting changed mid-page', () => {
      it(
        'R33-34 EN the user renames the proposed "AlertOps - Storefront" to "Storefront pager" and saves; the level lists "Storefront pager" and an older "AlertOps - Legacy": the remembered name decides, "Storefront pager" is ticked and "AlertOps - Legacy" is not',
        async () => {
          // Ground: README Limits "an integration whose name says 'AlertOps' ... is taken for the AlertOps one when no name remembered from the editor decides"; step 3 "ticks your AlertOps integration".
          try {
            await fresh();
            const url = await seed('Storefront');
            const edAddress = `${UT}/Alerting/Integrations/New?type=AlertOps&r=3334`;
            const ed = await open(edAddress, { [edAddress]: editorDoc('en', 'form') });
            await pollModel(ed, (m) => [m.url, m.name], [url, 'AlertOps - Storefront']);
            await selectAllAndType(ed, '#f-name', 'Storefront pager');
            await ed.keyboard.press('Tab');
            await clickText(ed, 'button', L.en.save);
            expect(await model(ed, 'sent')).toEqual({ name: 'Storefront pager', url });
            await sleep(500);
            const MINE = 'Storefront pager';
            const DECOY = 'AlertOps - Legacy';
            const names = ['E-mail', DECOY, 'SMS', MINE];
            const address = `${UT}/Alerting/AlertDefinitions/Edit/3334`;
            const lv = await open(address, { [address]: levelsDoc('en', { names, kind: 'switch' }) });
            await pollModel(lv, (m) => tickedOf(m, 1, MINE), true);
            await sleep(1000);
            expect(tickedOf(await model(lv), 1, DECOY), 'the older AlertOps integration is left alone').toBe(false);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

      it(
        'R33-35 FR the definition is open on "Niveau d\'escalade 1" (AlertOps ticked); the user switches auto-tick off on the options page, comes back and opens "Niveau d\'escalade 2": nothing is ticked there',
        async () => {
          // Ground: options "Changes are saved as soon as you make them"; README Settings "auto-tick on or off".
          try {
            await fresh();
            await seed('Astreinte jour');
            const AO = 'AlertOps astreinte jour';
            const names = ['E-mail', 'SMS', AO];
            const address = `${UT}/Alerte/Definitions/Modifier/3335`;
            const lv = await open(address, { [address]: levelsDoc('fr', { names, kind: 'aria' }) });
            await pollModel(lv, (m) => tickedOf(m, 1, AO), true);
            await inOptions(
              async (o) => {
                await (await control(o, OPT.autoTick, 'input')).click();
              },
              (s) => s.autoTick === false,
            );
            await lv.bringToFront();
            await clickText(lv, '[role=tab]', `${L.fr.level} 2`);
            await holds(lv, (m) => tickedOf(m, 2, AO), false, HOLD + 500, 'auto-tick was switched off');
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );
    });

    it(
      'R33-L no key shown on any page of this file reaches a log or storage.sync',
      async () => {
        const all = ff.logs.join('\n');
        for (const key of issuedKeys()) expect(all).not.toContain(key);
        // README "Settings follow you through storage.sync; captured URLs never do."
        const synced = JSON.stringify(
          await ext(() => (globalThis as unknown as { browser: AnyModel }).browser.storage.sync.get(null), null),
        );
        for (const key of issuedKeys()) expect(synced).not.toContain(key);
      },
      TEST_TIMEOUT,
    );
  },
);
