/**
 * Blind acceptance tests around step 2 → 3 of the journey: the AlertOps integration saved in the Uptrends editor under
 * the user's own name, then ticked on an alert definition's escalation levels. Renderings written from domain.md, the
 * Uptrends KB and common framework markup (SPA routers, Bootstrap, Angular Material, Kendo, wizards, WebForms), without
 * reading the locators. Pages are served on the real host names; assertions read only what a user sees, what the
 * page's own model holds, or what a WebForms postback would send.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  launchWithExtension,
  type PageModel,
  pageModel,
  withPage as withBrowserPage,
} from './chromium.ts';
import { ensureCaptured, escapeHtml, NOTICE, serve, sleep, validUrl } from './hostile-pages.ts';
import { pollPageModel } from './page-model.ts';
import { noticeText } from './uptrends-journey.ts';

let browser: ExtensionBrowser;
let url: string;
const CAPTURE_PAGE = 'https://app.alertops.com/integrations/inbound/api/edit/5150';

beforeAll(async () => {
  browser = await launchWithExtension();
  url = validUrl();
  await serve(
    browser,
    `${CAPTURE_PAGE}*`,
    doc(
      'en',
      'AlertOps',
      `<main><h1>Uptrends levels</h1><div class="endpoint"><span>API URL</span> <span>${url}</span> <button type="button">Copy</button></div></main>`,
    ),
  );
  await ensureCapture();
});

afterAll(async () => {
  await browser?.close();
});

function ensureCapture(): Promise<void> {
  return ensureCaptured(browser, CAPTURE_PAGE, url);
}

function withPage<T>(run: (page: Page) => Promise<T>): Promise<T> {
  return withBrowserPage(browser, run);
}

function doc(lang: string, title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>.hidden{display:none} .collapse:not(.show){display:none}
.custom-control-input{position:absolute;z-index:-1;opacity:0}
.mdc-checkbox{position:relative;display:inline-block;width:18px;height:18px;border:2px solid #555;vertical-align:middle}
.mdc-checkbox__native-control{position:absolute;top:0;left:0;width:100%;height:100%;margin:0;opacity:0;cursor:pointer}
.modal{position:fixed;top:80px;left:30%;background:#fff;border:1px solid #888;padding:16px}
.mdc-switch{width:36px;height:18px}</style></head>
<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

type AnyModel = PageModel;

const model = pageModel;

/** What the user would see when a wait fails: checkboxes with their row text, text fields, the model, the notice. */
async function explain(page: Page, name = 'model'): Promise<string> {
  const seen = await page.evaluate(
    (n) => ({
      boxes: Array.from(document.querySelectorAll('input[type=checkbox],[role=checkbox],[role=switch]')).map((b) => {
        const row = b.closest('tr,.form-check,.integration,mat-checkbox,.custom-control,div,label');
        const on = (b as HTMLInputElement).checked ?? b.getAttribute('aria-checked');
        return `${on ? '[x]' : '[ ]'} ${(row?.textContent ?? '').trim().slice(0, 40)}`;
      }),
      fields: Array.from(document.querySelectorAll('input[type=text]')).map((f) => (f as HTMLInputElement).value),
      model: (window as AnyModel)[n],
    }),
    name,
  );
  return `${JSON.stringify(seen)}\nnotice: ${JSON.stringify(await noticeText(page))}`;
}

function pollModel(
  page: Page,
  read: (m: AnyModel) => unknown,
  expected: unknown,
  name = 'model',
  timeout = 12_000,
): Promise<void> {
  return pollPageModel(page, read, expected, { explain, timeout, name });
}

async function pollNotice(page: Page, pattern: RegExp, name = 'model', timeout = 12_000): Promise<void> {
  try {
    await expect.poll(() => noticeText(page), { timeout }).toMatch(pattern);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${await explain(page, name)}`);
  }
}

/** Page-side escaping helper, shared by every rendering. */
const ESC = `const esc = (s) => String(s == null ? '' : s).replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;').replace(/"/g,'&quot;');`;

const NOT_ACTIVE = /not active|inactive|niet actief|nicht aktiv|pas actif|inactif/i;

/* ================================================================================================================= */
/* The whole step 2 → 3 inside one single-page app                                                                    */
/* ================================================================================================================= */

const J = {
  en: {
    menu: 'Alerting',
    integrations: 'Integrations',
    add: 'Add integration',
    choose: 'Choose',
    cancel: 'Cancel',
    name: 'Integration name',
    type: 'Integration type',
    vars: 'Predefined variables',
    here: 'Specify value here',
    inLevel: 'Specify value in escalation level',
    value: 'Value',
    save: 'Save',
    saved: 'Saved',
    required: 'The name is required.',
    defs: 'Alert definitions',
    defName: 'Default alert definition',
    main: 'Main',
    level: 'Escalation level',
    active: 'Active',
    section: 'Alerting by integrations',
    email: 'E-mail',
    phone: 'Phone',
    loading: 'Loading...',
    newTitle: 'New integration',
    typeCol: 'Type',
    nameCol: 'Name',
    sendTest: 'Send test alert',
  },
  nl: {
    menu: 'Alerting',
    integrations: 'Integraties',
    add: 'Integratie toevoegen',
    choose: 'Kiezen',
    cancel: 'Annuleren',
    name: 'Integratienaam',
    type: 'Integratietype',
    vars: 'Voorgedefinieerde variabelen',
    here: 'Waarde hier opgeven',
    inLevel: 'Waarde opgeven in escalatieniveau',
    value: 'Waarde',
    save: 'Opslaan',
    saved: 'Opgeslagen',
    required: 'De naam is verplicht.',
    defs: 'Alertdefinities',
    defName: 'Standaard alertdefinitie',
    main: 'Algemeen',
    level: 'Escalatieniveau',
    active: 'Actief',
    section: 'Alerts versturen door integraties',
    email: 'E-mail',
    phone: 'Telefoon',
    loading: 'Laden...',
    newTitle: 'Nieuwe integratie',
    typeCol: 'Type',
    nameCol: 'Naam',
    sendTest: 'Testalert versturen',
  },
  de: {
    menu: 'Alarmierung',
    integrations: 'Integrationen',
    add: 'Integration hinzufügen',
    choose: 'Wähle aus',
    cancel: 'Abbrechen',
    name: 'Integrationsname',
    type: 'Integrationstyp',
    vars: 'Vordefinierte Variablen',
    here: 'Wert hier eintragen',
    inLevel: 'Wert in Eskalationsstufe eintragen',
    value: 'Wert',
    save: 'Speichern',
    saved: 'Gespeichert',
    required: 'Der Name ist erforderlich.',
    defs: 'Meldedefinitionen',
    defName: 'Standard-Meldedefinition',
    main: 'Allgemein',
    level: 'Eskalationsstufe',
    active: 'Aktiv',
    section: 'Alarmierung durch Integrationen',
    email: 'E-Mail',
    phone: 'Telefon',
    loading: 'Wird geladen...',
    newTitle: 'Neue Integration',
    typeCol: 'Typ',
    nameCol: 'Name',
    sendTest: 'Testmeldung senden',
  },
  fr: {
    menu: 'Alerte',
    integrations: 'Intégrations',
    add: 'Ajouter intégration',
    choose: 'Choisir',
    cancel: 'Annuler',
    name: "Nom de l'intégration",
    type: "Type d'intégration",
    vars: 'Variables prédéfinies',
    here: 'Spécifiez la valeur ici',
    inLevel: "Spécifiez la valeur dans le niveau d'escalade",
    value: 'Valeur',
    save: 'Enregistrer',
    saved: 'Enregistré',
    required: 'Le nom est obligatoire.',
    defs: "Définitions d'alerte",
    defName: "Définition d'alerte par défaut",
    main: 'Général',
    level: "Niveau d'escalade",
    active: 'Actif',
    section: 'Alertes par intégrations',
    email: 'E-mail',
    phone: 'Téléphone',
    loading: 'Chargement...',
    newTitle: 'Nouvelle intégration',
    typeCol: 'Type',
    nameCol: 'Nom',
    sendTest: 'Envoyer une alerte de test',
  },
};
type Lang = keyof typeof J;

/**
 * A single-page Uptrends: Alerting > Integrations (list, "Add integration" dialog, editor) and Alerting > Alert
 * definitions (list, a definition with a "Main" tab and three level tabs; only the shown tab's panel exists).
 * `window.db` is the server side, `window.editor` the open editor's model, `window.definition` the open definition's.
 */
function spaPage(lang: Lang, base: string, varName: string, extra: { name: string; type: string }[]): string {
  const script = `${ESC}
const L = ${JSON.stringify(J[lang])};
const BASE = ${JSON.stringify(base)};
const VAR = ${JSON.stringify(varName)};
window.db = { integrations: [
  { name: L.email, type: 'E-mail' }, { name: 'SMS', type: 'SMS' }, { name: L.phone, type: 'Phone' },
  { name: 'Slack #ops', type: 'Slack' }, { name: 'Microsoft Teams', type: 'Microsoft Teams' }
].concat(${JSON.stringify(extra)}), saved: [] };
window.editor = null;
window.definition = null;
window.currentTab = 0;
const app = document.getElementById('app');
document.getElementById('nav').innerHTML = '<ul class="menu"><li>Dashboards</li><li>Monitoring</li><li><span class="menu-title">' +
  esc(L.menu) + '</span><ul><li><a href="' + BASE + '/Alerting/Integrations" data-route="/Alerting/Integrations">' + esc(L.integrations) +
  '</a></li><li><a href="' + BASE + '/Alerting/AlertDefinitions" data-route="/Alerting/AlertDefinitions">' + esc(L.defs) + '</a></li></ul></li></ul>';
function go(path) { history.pushState({}, '', BASE + path); route(); }
document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-route]');
  if (a) { e.preventDefault(); go(a.dataset.route); }
});
window.addEventListener('popstate', route);
function loading(then, ms) {
  app.innerHTML = '<div class="spinner" role="progressbar" aria-label="' + esc(L.loading) + '"></div><p>' + esc(L.loading) + '</p>';
  setTimeout(then, ms);
}
function route() {
  const p = location.pathname.slice(BASE.length);
  if (p === '/Alerting/Integrations') return integrationsList();
  if (p === '/Alerting/Integrations/New') return loading(editorView, 500);
  if (p === '/Alerting/AlertDefinitions') return definitionsList();
  if (p.indexOf('/Alerting/AlertDefinitions/Edit/') === 0) return loading(definitionView, 700);
  app.innerHTML = '<h1>Dashboard</h1>';
}
function integrationsList() {
  app.innerHTML = '<h1>' + esc(L.integrations) + '</h1><div class="toolbar"><button type="button" class="btn btn-primary" id="add">' + esc(L.add) + '</button></div>' +
    '<table class="table"><thead><tr><th>' + esc(L.nameCol) + '</th><th>' + esc(L.typeCol) + '</th></tr></thead><tbody>' +
    window.db.integrations.map((i) => '<tr><td>' + esc(i.name) + '</td><td>' + esc(i.type) + '</td></tr>').join('') + '</tbody></table>';
  app.querySelector('#add').onclick = openTypeDialog;
}
function openTypeDialog() {
  const d = document.createElement('div');
  d.className = 'modal'; d.setAttribute('role', 'dialog'); d.setAttribute('aria-modal', 'true'); d.setAttribute('aria-labelledby', 'dlg-title');
  const types = ['Slack', 'Microsoft Teams', 'PagerDuty', 'Splunk On-Call', 'AlertOps', 'ServiceNow', 'Custom integration'];
  d.innerHTML = '<h2 id="dlg-title">' + esc(L.add) + '</h2><div class="type-grid">' + types.map((t) =>
    '<label class="type-card"><input type="radio" name="itype" value="' + esc(t) + '"> ' + esc(t) + '</label>').join('') + '</div>' +
    '<div class="modal-footer"><button type="button" id="dlg-choose" class="btn btn-primary">' + esc(L.choose) + '</button> ' +
    '<button type="button" id="dlg-cancel" class="btn">' + esc(L.cancel) + '</button></div>';
  document.body.append(d);
  d.querySelector('#dlg-cancel').onclick = () => d.remove();
  d.querySelector('#dlg-choose').onclick = () => {
    const picked = d.querySelector('input[name=itype]:checked');
    if (!picked) return;
    d.remove(); window.pickedType = picked.value; go('/Alerting/Integrations/New');
  };
}
function editorView() {
  window.editor = { name: '', type: window.pickedType || 'AlertOps', vars: {} };
  window.editor.vars[VAR] = { mode: 'here', value: '' };
  renderEditor();
}
function renderEditor() {
  const m = window.editor, v = m.vars[VAR];
  app.innerHTML = '<h1>' + esc(L.newTitle) + '</h1><form class="integration-form" novalidate onsubmit="return false">' +
    '<div class="form-group"><label for="int-name">' + esc(L.name) + '</label><input id="int-name" class="form-control" type="text" maxlength="100"></div>' +
    '<div class="form-group"><label for="int-type">' + esc(L.type) + '</label><input id="int-type" class="form-control" type="text" disabled></div>' +
    '<h3>' + esc(L.vars) + '</h3><table class="table variables"><thead><tr><th>Variable</th><th></th><th>' + esc(L.value) + '</th></tr></thead><tbody>' +
    '<tr><td id="var-0">' + esc(VAR) + '</td><td><select class="form-control" id="var-0-mode" aria-labelledby="var-0">' +
    '<option value="here">' + esc(L.here) + '</option><option value="level">' + esc(L.inLevel) + '</option></select></td><td>' +
    (v.mode === 'here' ? '<input type="text" class="form-control" id="var-0-value" aria-labelledby="var-0">' : '<em>' + esc(L.inLevel) + '</em>') +
    '</td></tr></tbody></table>' +
    '<div class="form-actions"><button type="button" class="btn btn-primary" id="save">' + esc(L.save) + '</button> ' +
    '<button type="button" class="btn" id="test-alert">' + esc(L.sendTest) + '</button></div><p class="error" role="alert" id="err"></p></form>';
  const name = app.querySelector('#int-name'), type = app.querySelector('#int-type'), mode = app.querySelector('#var-0-mode');
  name.value = m.name; type.value = m.type; mode.value = v.mode;
  name.addEventListener('input', () => { m.name = name.value; });
  name.addEventListener('change', () => { m.name = name.value; });
  mode.addEventListener('change', () => { v.mode = mode.value; renderEditor(); });
  const value = app.querySelector('#var-0-value');
  if (value) {
    value.value = v.value;
    value.addEventListener('input', () => { v.value = value.value; });
    value.addEventListener('change', () => { v.value = value.value; });
  }
  app.querySelector('#save').onclick = () => {
    if (!m.name.trim()) { app.querySelector('#err').textContent = L.required; return; }
    const saved = JSON.parse(JSON.stringify(m));
    window.db.integrations.push(saved); window.db.saved.push(saved);
    window.editor = null;
    const s = document.createElement('div'); s.setAttribute('role', 'status'); s.className = 'toast'; s.textContent = L.saved;
    document.body.append(s);
    setTimeout(() => { s.remove(); go('/Alerting/Integrations'); }, 600);
  };
}
function definitionsList() {
  app.innerHTML = '<h1>' + esc(L.defs) + '</h1><table class="table"><tbody><tr><td><a href="' + BASE +
    '/Alerting/AlertDefinitions/Edit/7" data-route="/Alerting/AlertDefinitions/Edit/7">' + esc(L.defName) + '</a></td><td>12 monitors</td></tr>' +
    '<tr><td><a href="#">Night shift</a></td><td>3 monitors</td></tr></tbody></table>';
}
function definitionView() {
  if (!window.definition) {
    const names = window.db.integrations.map((i) => i.name);
    window.definition = { name: L.defName, levels: [1, 2, 3].map((n) => ({ level: n, active: n < 3,
      integrations: Object.fromEntries(names.map((x) => [x, n === 1 && x === L.email])) })) };
  }
  window.currentTab = 0;
  renderDefinition();
}
function renderDefinition() {
  const d = window.definition, t = window.currentTab;
  const tabs = [L.main].concat(d.levels.map((l) => L.level + ' ' + l.level));
  app.innerHTML = '<h1>' + esc(d.name) + '</h1><div role="tablist" class="nav nav-tabs">' + tabs.map((x, i) =>
    '<button type="button" role="tab" class="nav-link' + (i === t ? ' active' : '') + '" id="tab-' + i + '" aria-controls="panel" aria-selected="' +
    (i === t) + '" data-tab="' + i + '">' + esc(x) + '</button>').join('') + '</div>' +
    '<div role="tabpanel" id="panel" class="tab-content" aria-labelledby="tab-' + t + '">' + (t === 0 ? mainPanel(d) : levelPanel(d.levels[t - 1])) + '</div>' +
    '<div class="form-actions"><button type="button" class="btn btn-primary" id="save-def">' + esc(L.save) + '</button></div>';
}
function mainPanel(d) {
  return '<div class="form-group"><label for="def-name">' + esc(L.nameCol) + '</label><input id="def-name" class="form-control" type="text" value="' +
    esc(d.name) + '"></div><p>12 monitors</p>';
}
function levelPanel(l) {
  const names = Object.keys(l.integrations);
  return '<div class="form-check"><input type="checkbox" class="form-check-input" id="lvl-active" data-k="active"' + (l.active ? ' checked' : '') +
    '><label class="form-check-label" for="lvl-active">' + esc(L.active) + '</label></div>' +
    '<h4>' + esc(L.section) + '</h4><div class="integrations">' + names.map((x, j) =>
      '<div class="form-check"><input type="checkbox" class="form-check-input" id="lvl-' + l.level + '-i' + j + '" data-i="' + esc(x) + '"' +
      (l.integrations[x] ? ' checked' : '') + '><label class="form-check-label" for="lvl-' + l.level + '-i' + j + '">' + esc(x) + '</label></div>').join('') + '</div>';
}
app.addEventListener('click', (e) => {
  const tab = e.target.closest('[role=tab][data-tab]');
  if (tab) { window.currentTab = Number(tab.dataset.tab); renderDefinition(); }
});
app.addEventListener('change', (e) => {
  const d = window.definition;
  if (!d || !window.currentTab) return;
  const l = d.levels[window.currentTab - 1];
  if (e.target.dataset.k === 'active') l.active = e.target.checked;
  else if (e.target.dataset.i != null) l.integrations[e.target.dataset.i] = e.target.checked;
});
route();`;
  const L = J[lang];
  return doc(
    lang,
    `Uptrends - ${L.integrations}`,
    `<header class="topbar"><span class="logo">Uptrends</span><span class="user">ops@example.com</span></header>
<nav id="nav" class="sidebar"></nav><main id="app"></main>`,
    script,
  );
}

async function journey(lang: Lang, base: string, varName: string, customName: string, extra: string[] = []) {
  const L = J[lang];
  await ensureCapture();
  await serve(
    browser,
    `https://app.uptrends.com${base}/**`,
    spaPage(
      lang,
      base,
      varName,
      extra.map((name) => ({ name, type: 'AlertOps' })),
    ),
  );
  await withPage(async (page) => {
    // Step 2: Alerting > Integrations > Add integration > AlertOps > Choose.
    await page.goto(`https://app.uptrends.com${base}/Alerting/Integrations`);
    await page.getByRole('button', { name: L.add }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('AlertOps', { exact: true }).check();
    await dialog.getByRole('button', { name: L.choose, exact: true }).click();
    await pollModel(page, (m) => m?.vars?.[varName]?.value, url, 'editor');
    // The user names it their own way and clicks the page's Save.
    await page.getByRole('textbox', { name: L.name, exact: true }).fill(customName);
    await page.getByRole('button', { name: L.save, exact: true }).click();
    await page.getByRole('cell', { name: customName, exact: true }).waitFor({ timeout: 10_000 });
    expect((await model(page, 'db')).saved).toEqual([
      { name: customName, type: 'AlertOps', vars: { [varName]: { mode: 'here', value: url } } },
    ]);

    // Step 3: Alerting > Alert definitions > the definition > Escalation level 1, then 2.
    await page.getByRole('link', { name: L.defs, exact: true }).click();
    await page.getByRole('link', { name: L.defName, exact: true }).click();
    await page.getByRole('tab', { name: `${L.level} 1` }).click();
    await pollModel(page, (d) => d?.levels[0].integrations[customName], true, 'definition');
    await expect.poll(() => page.getByRole('checkbox', { name: customName, exact: true }).isChecked()).toBe(true);
    await page.getByRole('tab', { name: `${L.level} 2` }).click();
    await pollModel(page, (d) => d?.levels[1].integrations[customName], true, 'definition');
    await sleep(1500);

    const names = [L.email, 'SMS', L.phone, 'Slack #ops', 'Microsoft Teams', ...extra, customName];
    const expected = [1, 2, 3].map((n) => ({
      level: n,
      active: n < 3,
      integrations: Object.fromEntries(
        names.map((x) => [x, (n === 1 && x === L.email) || (n < 3 && x === customName)]),
      ),
    }));
    const definition = await model(page, 'definition');
    expect(definition.levels, 'only the saved integration was ticked, on the two levels opened').toEqual(expected);
  });
}

describe('one SPA tab: save the AlertOps integration under a name of ones own, then tick it on the levels', () => {
  it('EN: saved as "On-call pager" (no "AlertOps" in the name); levels 1 and 2 get "On-call pager" ticked and nothing else', async () => {
    await journey('en', '/spa-levels-en', 'AlertOpsUrl', 'On-call pager');
  });

  it('NL: saved as "Piketdienst" (variable "ApiUrl"); "Escalatieniveau 1" and 2 get it ticked and nothing else', async () => {
    await journey('nl', '/spa-levels-nl', 'ApiUrl', 'Piketdienst');
  });

  it('DE: saved as "Bereitschaft Nacht"; "Eskalationsstufe 1" and 2 get it ticked and nothing else', async () => {
    await journey('de', '/spa-levels-de', 'AlertOpsUrl', 'Bereitschaft Nacht');
  });

  it('FR: saved as "Astreinte nuit" while an older "AlertOps (ancienne)" is listed too: the new one is ticked, the old one never', async () => {
    await journey('fr', '/spa-levels-fr', 'AlertOpsUrl', 'Astreinte nuit', ['AlertOps (ancienne)']);
  });
});

/* ================================================================================================================= */
/* "Specify value in escalation level": the URL field appears on the level once the integration is ticked             */
/* ================================================================================================================= */

/**
 * React-like level editor: tabs, only the shown level rendered, the whole panel rendered anew on every checkbox change.
 * A ticked integration shows its options (OK / reminder alerts) and, for variables specified per level, a text field.
 */
function levelVarPage(
  lang: 'en' | 'de',
  ao: string,
  initial: Record<number, Record<string, { on: boolean; vars?: Record<string, string> }>>,
): string {
  const T = {
    en: {
      level: 'Escalation level',
      active: 'Active',
      section: 'Alerting by integrations',
      email: 'E-mail',
      phone: 'Phone',
      ok: 'Send OK alerts',
      rem: 'Send reminder alerts',
      vars: 'Predefined variables',
      save: 'Save',
    },
    de: {
      level: 'Eskalationsstufe',
      active: 'Aktiv',
      section: 'Alarmierung durch Integrationen',
      email: 'E-Mail',
      phone: 'Telefon',
      ok: 'OK-Meldungen senden',
      rem: 'Erinnerungen senden',
      vars: 'Vordefinierte Variablen',
      save: 'Speichern',
    },
  }[lang];
  const script = `${ESC}
const L = ${JSON.stringify(T)};
const AO = ${JSON.stringify(ao)};
const NAMES = [L.email, 'SMS', L.phone, 'Slack #ops', AO];
const LEVEL_VARS = { 'Slack #ops': ['SlackChannel'] }; LEVEL_VARS[AO] = ['AlertOpsUrl'];
const INITIAL = ${JSON.stringify(initial)};
window.model = { levels: [1, 2].map((n) => ({ level: n, active: true, integrations: Object.fromEntries(NAMES.map((x) => {
  const init = (INITIAL[n] || {})[x] || { on: false };
  const vars = {}; for (const v of LEVEL_VARS[x] || []) vars[v] = (init.vars || {})[v] || '';
  return [x, { on: init.on, ok: init.on, reminder: false, vars }];
})) })) };
let current = 0;
const tabs = document.getElementById('tabs'), panel = document.getElementById('panel');
function row(l, x, j) {
  const it = l.integrations[x];
  let html = '<div class="integration"><input type="checkbox" id="c' + j + '" data-j="' + j + '"' + (it.on ? ' checked' : '') + '> <label for="c' + j + '">' + esc(x) + '</label>';
  if (it.on) {
    html += '<div class="integration-options"><label><input type="checkbox" data-j="' + j + '" data-opt="ok"' + (it.ok ? ' checked' : '') + '> ' + L.ok + '</label> ' +
      '<label><input type="checkbox" data-j="' + j + '" data-opt="reminder"' + (it.reminder ? ' checked' : '') + '> ' + L.rem + '</label>';
    const vars = Object.keys(it.vars);
    if (vars.length) html += '<div class="level-vars"><span class="caption">' + L.vars + '</span>' + vars.map((v, k) =>
      '<div class="var-row"><label for="v' + j + '-' + k + '">' + esc(v) + '</label> <input type="text" class="form-control" id="v' + j + '-' + k + '" data-j="' + j + '" data-var="' + esc(v) + '"></div>').join('') + '</div>';
    html += '</div>';
  }
  return html + '</div>';
}
function render() {
  tabs.innerHTML = window.model.levels.map((l, i) => '<button type="button" role="tab" id="t' + i + '" aria-controls="panel" aria-selected="' + (i === current) + '">' + L.level + ' ' + l.level + '</button>').join('');
  const l = window.model.levels[current];
  panel.setAttribute('aria-labelledby', 't' + current);
  panel.innerHTML = '<label><input type="checkbox" data-k="active"' + (l.active ? ' checked' : '') + '> ' + L.active + '</label>' +
    '<h3>' + L.section + '</h3>' + NAMES.map((x, j) => row(l, x, j)).join('');
  for (const f of panel.querySelectorAll('[data-var]')) {
    const it = l.integrations[NAMES[Number(f.dataset.j)]];
    f.value = it.vars[f.dataset.var];
    f.addEventListener('input', () => { it.vars[f.dataset.var] = f.value; });
  }
}
tabs.addEventListener('click', (e) => { const t = e.target.closest('[role=tab]'); if (!t) return; current = Number(t.id.slice(1)); render(); });
panel.addEventListener('change', (e) => {
  const l = window.model.levels[current], el = e.target;
  if (el.dataset.k === 'active') { l.active = el.checked; return; }
  if (el.dataset.var) return;
  const it = l.integrations[NAMES[Number(el.dataset.j)]];
  if (!it) return;
  if (el.dataset.opt) it[el.dataset.opt] = el.checked;
  else { it.on = el.checked; if (el.checked) it.ok = true; render(); }
});
render();`;
  return doc(
    lang,
    'Uptrends',
    `<h1>${lang === 'en' ? 'Alert definitions' : 'Meldedefinitionen'}</h1><h2>Production</h2><div role="tablist" id="tabs"></div>
<div role="tabpanel" id="panel"></div><button type="button">${T.save}</button>`,
    script,
  );
}

describe('variable specified in the escalation level', () => {
  it('DE: ticking "AlertOps Bereitschaftsdienst" reveals its AlertOpsUrl field on the level; it gets the URL, Slack\'s channel field is left alone', async () => {
    const AO = 'AlertOps Bereitschaftsdienst';
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Meldedefinitionen/levelvar-de*',
      levelVarPage('de', AO, {
        1: { 'E-Mail': { on: true }, 'Slack #ops': { on: true, vars: { SlackChannel: '' } } },
      }),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Meldedefinitionen/levelvar-de');
      await pollModel(page, (m) => m.levels[0].integrations[AO].on, true);
      await pollModel(page, (m) => m.levels[0].integrations[AO].vars.AlertOpsUrl, url);
      await expect.poll(() => page.getByRole('textbox', { name: 'AlertOpsUrl' }).inputValue()).toBe(url);
      await page.getByRole('tab', { name: 'Eskalationsstufe 2' }).click();
      await pollModel(page, (m) => m.levels[1].integrations[AO].vars.AlertOpsUrl, url);
      await sleep(1500);
      const m = await model(page);
      for (const l of m.levels) {
        expect(l.integrations['Slack #ops'].vars.SlackChannel, `level ${l.level}: Slack channel untouched`).toBe('');
        expect(l.integrations['Slack #ops'].on).toBe(l.level === 1);
        expect(l.integrations.SMS.on || l.integrations.Telefon.on).toBe(false);
        expect(l.integrations[AO].on).toBe(true);
      }
    });
  });

  it("EN: a level whose AlertOps URL field holds the user's own URL is not overwritten (a Replace prompt); Replace puts it in; an empty one is filled", async () => {
    const AO = 'AlertOps incidents';
    const own = validUrl('Uptrends');
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/AlertDefinitions/levelvar-en*',
      levelVarPage('en', AO, {
        1: { 'E-mail': { on: true }, [AO]: { on: true, vars: { AlertOpsUrl: own } } },
        2: { [AO]: { on: true, vars: { AlertOpsUrl: '' } } },
      }),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/AlertDefinitions/levelvar-en');
      await pollNotice(page, /Replace/i);
      await sleep(1500);
      expect((await model(page)).levels[0].integrations[AO].vars.AlertOpsUrl, 'the user value is kept').toBe(own);
      expect(await page.getByRole('textbox', { name: 'AlertOpsUrl' }).inputValue()).toBe(own);
      // The user accepts the prompt.
      await page
        .locator(NOTICE)
        .getByRole('button', { name: /Replace/i })
        .first()
        .click();
      await pollModel(page, (m) => m.levels[0].integrations[AO].vars.AlertOpsUrl, url);
      await page.getByRole('tab', { name: 'Escalation level 2' }).click();
      await pollModel(page, (m) => m.levels[1].integrations[AO].vars.AlertOpsUrl, url);
    });
  });
});

/* ================================================================================================================= */
/* Asking when unsure: two AlertOps integrations, an inactive level                                                   */
/* ================================================================================================================= */

describe('asking when unsure', () => {
  it('EN Angular Material level: "AlertOps – Tier 1" and "AlertOps – Tier 2" listed; a prompt asks which; choosing Tier 2 ticks only that', async () => {
    const T1 = 'AlertOps – Tier 1';
    const T2 = 'AlertOps – Tier 2';
    const NAMES = ['E-mail', 'SMS', 'Phone', 'Slack #ops', T1, T2];
    const script = `${ESC}
const NAMES = ${JSON.stringify(NAMES)};
window.model = { levels: [1, 2].map((n) => ({ level: n, active: true, integrations: Object.fromEntries(NAMES.map((x) => [x, x === 'E-mail'])) })) };
let current = 1, uid = 0;
const group = document.getElementById('grp');
function check(key, label, on, level) {
  const id = 'mat-mdc-checkbox-' + (++uid) + '-input';
  return '<mat-checkbox class="mat-mdc-checkbox mat-accent' + (on ? ' mat-mdc-checkbox-checked' : '') + '"><div class="mdc-form-field">' +
    '<div class="mdc-checkbox"><input type="checkbox" class="mdc-checkbox__native-control" id="' + id + '" data-l="' + level + '" data-k="' + esc(key) + '"' + (on ? ' checked' : '') + '>' +
    '<div class="mdc-checkbox__background"></div><div class="mat-mdc-checkbox-touch-target"></div></div>' +
    '<label class="mdc-label" for="' + id + '">' + esc(label) + '</label></div></mat-checkbox>';
}
function render() {
  const labels = ['General'].concat(window.model.levels.map((l) => 'Escalation level ' + l.level));
  const l = window.model.levels[current - 1];
  group.innerHTML = '<div class="mat-mdc-tab-header"><div class="mat-mdc-tab-label-container"><div class="mat-mdc-tab-list"><div class="mat-mdc-tab-labels" role="tablist">' +
    labels.map((x, i) => '<div role="tab" class="mdc-tab mat-mdc-tab' + (i === current ? ' mdc-tab--active' : '') + '" id="mat-tab-label-0-' + i +
      '" aria-controls="mat-tab-content-0-' + i + '" aria-selected="' + (i === current) + '" tabindex="' + (i === current ? 0 : -1) + '" data-i="' + i +
      '"><span class="mdc-tab__content"><span class="mdc-tab__text-label">' + x + '</span></span></div>').join('') + '</div></div></div></div>' +
    '<div class="mat-mdc-tab-body-wrapper">' + labels.map((x, i) => '<mat-tab-body role="tabpanel" class="mat-mdc-tab-body' + (i === current ? ' mat-mdc-tab-body-active' : '') +
      '" id="mat-tab-content-0-' + i + '" aria-labelledby="mat-tab-label-0-' + i + '"><div class="mat-mdc-tab-body-content">' +
      (i !== current ? '' : i === 0 ? '<p>Default alert definition</p>' :
        '<div class="level-head"><mat-slide-toggle class="mat-mdc-slide-toggle"><div class="mdc-form-field"><button role="switch" type="button" class="mdc-switch' +
        (l.active ? ' mdc-switch--selected' : '') + '" id="mat-mdc-slide-toggle-' + i + '-button" aria-checked="' + l.active + '" data-l="' + l.level + '" data-k="__active"></button>' +
        '<label for="mat-mdc-slide-toggle-' + i + '-button">Active</label></div></mat-slide-toggle></div>' +
        '<h3 class="mat-subtitle-1">Alerting by integrations</h3><div class="integration-list">' +
        NAMES.map((x) => '<div class="integration-item">' + check(x, x, l.integrations[x], l.level) + '</div>').join('') + '</div>') +
      '</div></mat-tab-body>').join('') + '</div>';
}
group.addEventListener('click', (e) => {
  const tab = e.target.closest('[role=tab]');
  if (tab) { current = Number(tab.dataset.i); render(); return; }
  const sw = e.target.closest('[role=switch]');
  if (sw) { const l = window.model.levels[Number(sw.dataset.l) - 1]; l.active = !l.active; render(); }
});
group.addEventListener('change', (e) => {
  const el = e.target; if (!el.dataset || !el.dataset.k) return;
  window.model.levels[Number(el.dataset.l) - 1].integrations[el.dataset.k] = el.checked;
  el.closest('mat-checkbox').classList.toggle('mat-mdc-checkbox-checked', el.checked);
});
render();`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/AlertDefinitions/Edit/two-alertops*',
      doc(
        'en',
        'Uptrends',
        '<h1>Alert definitions</h1><h2>Default alert definition</h2><mat-tab-group class="mat-mdc-tab-group" id="grp"></mat-tab-group><button type="button" class="mat-mdc-raised-button">Save</button>',
        script,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/AlertDefinitions/Edit/two-alertops');
      const choice = page.locator(NOTICE).getByRole('button', { name: T2 });
      try {
        await choice.waitFor({ timeout: 12_000 });
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${await explain(page)}`);
      }
      let m = await model(page);
      expect([m.levels[0].integrations[T1], m.levels[0].integrations[T2]], 'nothing ticked before the answer').toEqual([
        false,
        false,
      ]);
      await choice.click();
      await pollModel(page, (x) => x.levels[0].integrations[T2], true);
      await expect.poll(() => page.getByRole('checkbox', { name: T2 }).isChecked()).toBe(true);
      await sleep(1500);
      m = await model(page);
      expect(m.levels[0].integrations).toEqual({
        'E-mail': true,
        SMS: false,
        Phone: false,
        'Slack #ops': false,
        [T1]: false,
        [T2]: true,
      });
      expect(await page.getByRole('checkbox', { name: T1 }).isChecked()).toBe(false);
    });
  });

  it('FR: "Niveau d\'escalade 2" has "Actif" unticked: nothing ticked there silently, the user is told; level 1 is ticked', async () => {
    const AO = 'AlertOps astreinte';
    const NAMES = ['E-mail', 'SMS', 'Téléphone', 'Slack équipe', AO];
    const script = `${ESC}
const NAMES = ${JSON.stringify(NAMES)};
window.model = { levels: [1, 2, 3].map((n) => ({ level: n, active: n === 1, integrations: Object.fromEntries(NAMES.map((x) => [x, n === 1 && x === 'E-mail'])) })) };
const root = document.getElementById('levels');
root.innerHTML = '<ul role="tablist" class="tabs">' + window.model.levels.map((l, i) => '<li role="presentation"><a role="tab" href="#niveau-' + l.level +
  '" id="onglet-' + l.level + '" aria-controls="niveau-' + l.level + '" aria-selected="' + (i === 0) + '">Niveau d\\'escalade ' + l.level + '</a></li>').join('') + '</ul>' +
  window.model.levels.map((l, i) => '<section role="tabpanel" id="niveau-' + l.level + '" aria-labelledby="onglet-' + l.level + '"' + (i === 0 ? '' : ' hidden') + '>' +
    '<div class="field"><input type="checkbox" id="actif-' + l.level + '" data-l="' + l.level + '" data-k="__active"' + (l.active ? ' checked' : '') + '><label for="actif-' + l.level + '">Actif</label></div>' +
    '<fieldset><legend>Alertes par intégrations</legend>' + NAMES.map((x, j) => '<div class="field"><input type="checkbox" id="n' + l.level + '-' + j + '" data-l="' + l.level +
      '" data-k="' + esc(x) + '"' + (l.integrations[x] ? ' checked' : '') + '><label for="n' + l.level + '-' + j + '">' + esc(x) + '</label></div>').join('') + '</fieldset></section>').join('');
root.addEventListener('click', (e) => {
  const a = e.target.closest('[role=tab]'); if (!a) return; e.preventDefault();
  root.querySelectorAll('[role=tab]').forEach((t) => t.setAttribute('aria-selected', String(t === a)));
  root.querySelectorAll('[role=tabpanel]').forEach((p) => { p.hidden = p.id !== a.getAttribute('aria-controls'); });
});
root.addEventListener('change', (e) => {
  const el = e.target, l = window.model.levels[Number(el.dataset.l) - 1];
  if (el.dataset.k === '__active') l.active = el.checked; else l.integrations[el.dataset.k] = el.checked;
});`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/AlertDefinitions/Edit/inactif*',
      doc(
        'fr',
        'Uptrends',
        `<h1>Définitions d'alerte</h1><h2>Production</h2><div id="levels"></div><button type="button">Enregistrer</button>`,
        script,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/AlertDefinitions/Edit/inactif');
      await pollModel(page, (m) => m.levels[0].integrations[AO], true);
      await page.getByRole('tab', { name: "Niveau d'escalade 2" }).click();
      await pollNotice(page, NOT_ACTIVE);
      await sleep(2000);
      const m = await model(page);
      expect(m.levels[1].integrations[AO], 'inactive level 2 not ticked silently').toBe(false);
      expect(m.levels[2].integrations[AO], 'inactive level 3 not ticked silently').toBe(false);
      expect(
        m.levels.map((l: AnyModel) => l.active),
        "the Active boxes are the user's",
      ).toEqual([true, false, false]);
      expect(await page.locator('#n2-4').isChecked()).toBe(false);
      expect(m.levels[0].integrations).toEqual({
        'E-mail': true,
        SMS: false,
        Téléphone: false,
        'Slack équipe': false,
        [AO]: true,
      });
    });
  });
});

/* ================================================================================================================= */
/* Level layouts: accordion, hidden tab panels, wizard, slow page with polling re-renders                             */
/* ================================================================================================================= */

describe('level layouts', () => {
  it('NL Bootstrap accordion: three collapsed "Escalatieniveau" cards; opening 1 and 2 ticks AlertOps there; 3 (not active) is left and the user told', async () => {
    const AO = 'AlertOps piketdienst';
    const NAMES = ['E-mail', 'SMS', 'Telefoon', 'Slack #ops', 'PagerDuty', AO];
    const script = `${ESC}
const NAMES = ${JSON.stringify(NAMES)};
window.model = { levels: [1, 2, 3].map((n) => ({ level: n, active: n < 3, integrations: Object.fromEntries(NAMES.map((x) => [x, n === 1 && x === 'E-mail'])) })) };
const acc = document.getElementById('levels');
acc.innerHTML = window.model.levels.map((l) => '<div class="card"><div class="card-header" id="kop' + l.level + '"><h5 class="mb-0">' +
  '<button class="btn btn-link collapsed" type="button" data-toggle="collapse" data-target="#niveau' + l.level + '" aria-expanded="false" aria-controls="niveau' + l.level + '">Escalatieniveau ' + l.level + '</button></h5></div>' +
  '<div id="niveau' + l.level + '" class="collapse" aria-labelledby="kop' + l.level + '" data-parent="#levels"><div class="card-body">' +
  '<div class="custom-control custom-checkbox"><input type="checkbox" class="custom-control-input" id="actief' + l.level + '" data-l="' + l.level + '" data-k="__active"' + (l.active ? ' checked' : '') + '>' +
  '<label class="custom-control-label" for="actief' + l.level + '">Actief</label></div>' +
  '<h6 class="mt-3">Alerts versturen door integraties</h6>' + NAMES.map((x, j) => '<div class="custom-control custom-checkbox"><input type="checkbox" class="custom-control-input" id="i' + l.level + '-' + j +
    '" data-l="' + l.level + '" data-k="' + esc(x) + '"' + (l.integrations[x] ? ' checked' : '') + '><label class="custom-control-label" for="i' + l.level + '-' + j + '">' + esc(x) + '</label></div>').join('') +
  '</div></div></div>').join('');
acc.addEventListener('click', (e) => {
  const b = e.target.closest('[data-toggle=collapse]'); if (!b) return;
  const target = acc.querySelector(b.dataset.target), open = !target.classList.contains('show');
  acc.querySelectorAll('.collapse').forEach((c) => c.classList.remove('show'));
  acc.querySelectorAll('[data-toggle=collapse]').forEach((x) => { x.setAttribute('aria-expanded', 'false'); x.classList.add('collapsed'); });
  if (open) { target.classList.add('show'); b.setAttribute('aria-expanded', 'true'); b.classList.remove('collapsed'); }
});
acc.addEventListener('change', (e) => {
  const el = e.target, l = window.model.levels[Number(el.dataset.l) - 1];
  if (el.dataset.k === '__active') l.active = el.checked; else l.integrations[el.dataset.k] = el.checked;
});`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Alertdefinities/Edit/accordion*',
      doc(
        'nl',
        'Uptrends',
        '<h1>Alertdefinities</h1><h2>Standaard alertdefinitie</h2><div class="accordion" id="levels"></div><button type="button" class="btn btn-primary">Opslaan</button>',
        script,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Alertdefinities/Edit/accordion');
      await sleep(800);
      await page.getByRole('button', { name: 'Escalatieniveau 1' }).click();
      await pollModel(page, (m) => m.levels[0].integrations[AO], true);
      await page.getByRole('button', { name: 'Escalatieniveau 2' }).click();
      await pollModel(page, (m) => m.levels[1].integrations[AO], true);
      await page.getByRole('button', { name: 'Escalatieniveau 3' }).click();
      await pollNotice(page, NOT_ACTIVE);
      await sleep(1500);
      const m = await model(page);
      for (const l of m.levels) {
        expect(l.integrations, `Escalatieniveau ${l.level}`).toEqual({
          'E-mail': l.level === 1,
          SMS: false,
          Telefoon: false,
          'Slack #ops': false,
          PagerDuty: false,
          [AO]: l.level < 3,
        });
      }
      expect(m.levels.map((l: AnyModel) => l.active)).toEqual([true, true, false]);
    });
  });

  it('DE Kendo TabStrip: "Allgemein" shown, level panels present but display:none (aria-hidden); opening each level ticks AlertOps there', async () => {
    const AO = 'AlertOps Rufbereitschaft';
    const NAMES = ['E-Mail', 'SMS', 'Telefon', 'Microsoft Teams', AO];
    const script = `${ESC}
const NAMES = ${JSON.stringify(NAMES)};
window.model = { levels: [1, 2].map((n) => ({ level: n, active: true, integrations: Object.fromEntries(NAMES.map((x) => [x, n === 1 && x === 'E-Mail'])) })) };
const ts = document.getElementById('tabstrip');
const titles = ['Allgemein', 'Eskalationsstufe 1', 'Eskalationsstufe 2'];
ts.innerHTML = '<ul class="k-reset k-tabstrip-items" role="tablist">' + titles.map((t, i) => '<li class="k-item k-state-default' + (i === 0 ? ' k-state-active k-tab-on-top' : '') +
  '" role="tab" aria-controls="tabstrip-' + (i + 1) + '" aria-selected="' + (i === 0) + '"' + (i === 0 ? ' id="tabstrip_ts_active"' : '') + '><span class="k-loading k-complete"></span><span class="k-link" unselectable="on">' + t + '</span></li>').join('') + '</ul>' +
  '<div class="k-content k-state-active" id="tabstrip-1" role="tabpanel" aria-expanded="true" style="display:block"><p>Name: Standard-Meldedefinition</p></div>' +
  window.model.levels.map((l) => '<div class="k-content" id="tabstrip-' + (l.level + 1) + '" role="tabpanel" aria-hidden="true" aria-expanded="false" style="display:none">' +
    '<div class="k-form-field"><input type="checkbox" class="k-checkbox" id="aktiv' + l.level + '" data-l="' + l.level + '" data-k="__active"' + (l.active ? ' checked' : '') + '><label class="k-checkbox-label" for="aktiv' + l.level + '">Aktiv</label></div>' +
    '<h4>Alarmierung durch Integrationen</h4><ul class="k-list-plain">' + NAMES.map((x, j) => '<li><input type="checkbox" class="k-checkbox" id="cb' + l.level + '-' + j + '" data-l="' + l.level + '" data-k="' + esc(x) + '"' +
      (l.integrations[x] ? ' checked' : '') + '><label class="k-checkbox-label" for="cb' + l.level + '-' + j + '">' + esc(x) + '</label></li>').join('') + '</ul></div>').join('');
ts.addEventListener('click', (e) => {
  const li = e.target.closest('[role=tab]'); if (!li) return;
  ts.querySelectorAll('[role=tab]').forEach((t) => { const on = t === li; t.classList.toggle('k-state-active', on); t.classList.toggle('k-tab-on-top', on); t.setAttribute('aria-selected', String(on)); if (on) t.id = 'tabstrip_ts_active'; else t.removeAttribute('id'); });
  ts.querySelectorAll('[role=tabpanel]').forEach((p) => { const on = p.id === li.getAttribute('aria-controls'); p.style.display = on ? 'block' : 'none'; p.classList.toggle('k-state-active', on);
    if (on) p.removeAttribute('aria-hidden'); else p.setAttribute('aria-hidden', 'true'); p.setAttribute('aria-expanded', String(on)); });
});
ts.addEventListener('change', (e) => {
  const el = e.target, l = window.model.levels[Number(el.dataset.l) - 1];
  if (el.dataset.k === '__active') l.active = el.checked; else l.integrations[el.dataset.k] = el.checked;
});`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Meldedefinitionen/Edit/kendo*',
      doc(
        'de',
        'Uptrends',
        '<h1>Meldedefinitionen</h1><div id="tabstrip" class="k-widget k-tabstrip k-header k-floatwrap k-tabstrip-top"></div><button type="button" class="k-button k-primary">Speichern</button>',
        script,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Meldedefinitionen/Edit/kendo');
      await sleep(800);
      await page.getByRole('tab', { name: 'Eskalationsstufe 1' }).click();
      await pollModel(page, (m) => m.levels[0].integrations[AO], true);
      await expect.poll(() => page.getByRole('checkbox', { name: AO }).isChecked()).toBe(true);
      await page.getByRole('tab', { name: 'Eskalationsstufe 2' }).click();
      await pollModel(page, (m) => m.levels[1].integrations[AO], true);
      await sleep(1500);
      const m = await model(page);
      for (const l of m.levels) {
        expect(l.integrations, `Eskalationsstufe ${l.level}`).toEqual({
          'E-Mail': l.level === 1,
          SMS: false,
          Telefon: false,
          'Microsoft Teams': false,
          [AO]: true,
        });
        expect(l.active).toBe(true);
      }
    });
  });

  it('FR wizard: one step at a time ("Suivant"), steps "Niveau d\'escalade 1" and 2 each get AlertOps ticked; the summary lists it', async () => {
    const AO = 'AlertOps garde';
    const NAMES = ['E-mail', 'SMS', 'Téléphone', 'Slack équipe', AO];
    const script = `${ESC}
const NAMES = ${JSON.stringify(NAMES)};
window.model = { name: 'Sites de production', levels: [1, 2].map((n) => ({ level: n, active: true, integrations: Object.fromEntries(NAMES.map((x) => [x, n === 1 && x === 'E-mail'])) })) };
const STEPS = ['Général', "Niveau d'escalade 1", "Niveau d'escalade 2", 'Récapitulatif'];
let step = 0;
const w = document.getElementById('wizard');
function body() {
  if (step === 0) return '<label for="nom">Nom</label> <input id="nom" type="text" value="' + esc(window.model.name) + '">';
  if (step === 3) return window.model.levels.map((l) => '<p>' + STEPS[l.level] + ' : ' + NAMES.filter((x) => l.integrations[x]).map(esc).join(', ') + '</p>').join('');
  const l = window.model.levels[step - 1];
  return '<div class="custom-control custom-switch"><input type="checkbox" class="custom-control-input" id="actif" data-k="__active"' + (l.active ? ' checked' : '') + '><label class="custom-control-label" for="actif">Actif</label></div>' +
    '<h3>Alertes par intégrations</h3>' + NAMES.map((x, j) => '<div class="custom-control custom-checkbox"><input type="checkbox" class="custom-control-input" id="w' + j + '" data-k="' + esc(x) + '"' +
      (l.integrations[x] ? ' checked' : '') + '><label class="custom-control-label" for="w' + j + '">' + esc(x) + '</label></div>').join('');
}
function render() {
  w.innerHTML = '<ol class="stepper">' + STEPS.map((s, i) => '<li' + (i === step ? ' aria-current="step" class="active"' : '') + '>' + s + '</li>').join('') + '</ol>' +
    '<p class="text-muted">Étape ' + (step + 1) + ' sur ' + STEPS.length + '</p>' +
    '<section class="wizard-step" aria-labelledby="step-title"><h2 id="step-title">' + STEPS[step] + '</h2>' + body() + '</section>' +
    '<div class="wizard-actions">' + (step > 0 ? '<button type="button" class="btn" id="prev">Précédent</button> ' : '') +
    (step < STEPS.length - 1 ? '<button type="button" class="btn btn-primary" id="next">Suivant</button>' : '<button type="button" class="btn btn-primary" id="save">Enregistrer</button>') + '</div>';
}
w.addEventListener('click', (e) => {
  if (e.target.id === 'next') { step++; render(); } else if (e.target.id === 'prev') { step--; render(); }
});
w.addEventListener('change', (e) => {
  const el = e.target;
  if (step === 0 && el.id === 'nom') { window.model.name = el.value; return; }
  const l = window.model.levels[step - 1]; if (!l || !el.dataset.k) return;
  if (el.dataset.k === '__active') l.active = el.checked; else l.integrations[el.dataset.k] = el.checked;
});
render();`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/AlertDefinitions/New/wizard-fr*',
      doc('fr', 'Uptrends', '<h1>Nouvelle définition d\'alerte</h1><div id="wizard" class="wizard"></div>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/AlertDefinitions/New/wizard-fr');
      await sleep(800);
      await page.getByRole('button', { name: 'Suivant' }).click();
      await pollModel(page, (m) => m.levels[0].integrations[AO], true);
      await page.getByRole('button', { name: 'Suivant' }).click();
      await pollModel(page, (m) => m.levels[1].integrations[AO], true);
      await page.getByRole('button', { name: 'Suivant' }).click();
      await page.getByText(`Niveau d'escalade 2 : ${AO}`, { exact: true }).waitFor({ timeout: 5000 });
      await page.getByText(`Niveau d'escalade 1 : E-mail, ${AO}`, { exact: true }).waitFor({ timeout: 5000 });
      const m = await model(page);
      expect(m.levels.map((l: AnyModel) => l.active)).toEqual([true, true]);
    });
  });

  it('EN slow page: level list rendered 1.5 s after load, then the whole view re-rendered by polling every 3 s: ticked once, stays ticked', async () => {
    const AO = 'AlertOps on call';
    const NAMES = ['E-mail', 'SMS', 'Phone', 'Slack #ops', 'Webhook', AO];
    const script = `${ESC}
const NAMES = ${JSON.stringify(NAMES)};
window.model = null;
window.changes = [];
window.renders = 0;
let current = 0;
const app = document.getElementById('app');
function render() {
  window.renders++;
  const m = window.model, l = m.levels[current];
  app.innerHTML = '<p class="status">Monitors in error: ' + (window.renders % 3) + ' &middot; updated ' + new Date().toLocaleTimeString('en') + '</p>' +
    '<div role="tablist">' + m.levels.map((x, i) => '<button type="button" role="tab" id="lt' + i + '" aria-selected="' + (i === current) + '" aria-controls="lp" data-i="' + i + '">Escalation level ' + x.level + '</button>').join('') + '</div>' +
    '<div role="tabpanel" id="lp" aria-labelledby="lt' + current + '"><label><input type="checkbox" data-k="__active"' + (l.active ? ' checked' : '') + '> Active</label>' +
    '<h4>Alerting by integrations</h4><table class="table"><tbody>' + NAMES.map((x, j) => '<tr><td><input type="checkbox" id="r' + j + '" data-k="' + esc(x) + '"' + (l.integrations[x] ? ' checked' : '') +
      '></td><td><label for="r' + j + '">' + esc(x) + '</label></td></tr>').join('') + '</tbody></table></div>';
}
app.addEventListener('click', (e) => { const t = e.target.closest('[role=tab]'); if (t) { current = Number(t.dataset.i); render(); } });
app.addEventListener('change', (e) => {
  const el = e.target, l = window.model.levels[current];
  if (el.dataset.k === '__active') l.active = el.checked; else l.integrations[el.dataset.k] = el.checked;
  window.changes.push(l.level + ':' + el.dataset.k + '=' + el.checked);
});
setTimeout(() => {
  window.model = { levels: [1, 2].map((n) => ({ level: n, active: true, integrations: Object.fromEntries(NAMES.map((x) => [x, x === 'E-mail'])) })) };
  render();
  setInterval(render, 3000);
}, 1500);`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/AlertDefinitions/Edit/slow-poll*',
      doc(
        'en',
        'Uptrends',
        '<h1>Alert definitions</h1><h2>Default alert definition</h2><div id="app"><p>Loading...</p></div><button type="button">Save</button>',
        script,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/AlertDefinitions/Edit/slow-poll');
      await pollModel(page, (m) => m?.levels[0].integrations[AO], true);
      await page.getByRole('tab', { name: 'Escalation level 2' }).click();
      await pollModel(page, (m) => m?.levels[1].integrations[AO], true);
      await sleep(7000);
      const m = await model(page);
      for (const l of m.levels) {
        expect(l.integrations, `level ${l.level}`).toEqual({
          'E-mail': true,
          SMS: false,
          Phone: false,
          'Slack #ops': false,
          Webhook: false,
          [AO]: true,
        });
      }
      expect(await model(page, 'changes'), 'each level ticked once, nothing else touched').toEqual([
        `1:${AO}=true`,
        `2:${AO}=true`,
      ]);
      expect(await model(page, 'renders')).toBeGreaterThanOrEqual(4);
      expect(await page.getByRole('checkbox', { name: AO }).isChecked()).toBe(true);
    });
  });
});

/* ================================================================================================================= */
/* The user's word is final; legacy markup                                                                            */
/* ================================================================================================================= */

describe('the user, and legacy markup', () => {
  it('EN: the user unticks AlertOps after the extension ticked it; it stays unticked across page re-renders and a trip to level 2 and back', async () => {
    const AO = 'AlertOps primary';
    const NAMES = ['E-mail', 'SMS', 'Phone', 'Slack #ops', AO];
    const script = `${ESC}
const NAMES = ${JSON.stringify(NAMES)};
window.model = { levels: [1, 2].map((n) => ({ level: n, active: true, integrations: Object.fromEntries(NAMES.map((x) => [x, x === 'E-mail'])) })) };
window.changes = [];
let current = 0;
const tabs = document.getElementById('tabs'), panel = document.getElementById('panel');
function render() {
  tabs.innerHTML = window.model.levels.map((l, i) => '<button type="button" role="tab" id="t' + i + '" aria-controls="panel" aria-selected="' + (i === current) + '" data-i="' + i + '">Escalation level ' + l.level + '</button>').join('');
  const l = window.model.levels[current];
  panel.setAttribute('aria-labelledby', 't' + current);
  panel.innerHTML = '<label><input type="checkbox" data-k="__active"' + (l.active ? ' checked' : '') + '> Active</label><h4>Alerting by integrations</h4>' +
    NAMES.map((x, j) => '<div class="form-check"><input type="checkbox" id="x' + j + '" data-k="' + esc(x) + '"' + (l.integrations[x] ? ' checked' : '') + '> <label for="x' + j + '">' + esc(x) + '</label></div>').join('');
}
tabs.addEventListener('click', (e) => { const t = e.target.closest('[role=tab]'); if (!t) return; current = Number(t.dataset.i); panel.innerHTML = '<p>Loading...</p>'; setTimeout(render, 250); });
panel.addEventListener('change', (e) => {
  const el = e.target, l = window.model.levels[current];
  if (el.dataset.k === '__active') l.active = el.checked; else l.integrations[el.dataset.k] = el.checked;
  window.changes.push(l.level + ':' + el.dataset.k + '=' + el.checked);
});
render();
setInterval(render, 2500);`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/AlertDefinitions/Edit/untick*',
      doc(
        'en',
        'Uptrends',
        '<h1>Alert definitions</h1><h2>Default alert definition</h2><div role="tablist" id="tabs"></div><div role="tabpanel" id="panel"></div><button type="button">Save</button>',
        script,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/AlertDefinitions/Edit/untick');
      await pollModel(page, (m) => m.levels[0].integrations[AO], true);
      await sleep(1000);
      // The user changes their mind.
      await page.getByRole('checkbox', { name: AO }).click();
      await pollModel(page, (m) => m.levels[0].integrations[AO], false);
      await sleep(6000);
      expect((await model(page)).levels[0].integrations[AO], 'still unticked after two re-renders').toBe(false);
      await page.getByRole('tab', { name: 'Escalation level 2' }).click();
      await pollModel(page, (m) => m.levels[1].integrations[AO], true);
      await page.getByRole('tab', { name: 'Escalation level 1' }).click();
      await sleep(6000);
      const m = await model(page);
      expect(m.levels[0].integrations[AO], 'level 1 still unticked after the user came back').toBe(false);
      expect(await page.getByRole('checkbox', { name: AO }).isChecked()).toBe(false);
      expect(await model(page, 'changes')).toEqual([`1:${AO}=true`, `1:${AO}=false`, `2:${AO}=true`]);
    });
  });

  it('EN legacy WebForms: ctl00_ ids, AjaxControlToolkit tabs, "Alerts by integrations" GridView with the checkbox and the name in separate cells', async () => {
    const AO = 'AlertOps - NOC';
    const NAMES = ['E-mail', 'SMS', 'Phone', 'Slack #ops', AO, 'Webhook (legacy)'];
    const P = (n: number) => `ctl00_Main_tcLevels_tpLevel${n}`;
    const N = (n: number) => `ctl00$Main$tcLevels$tpLevel${n}`;
    const panel = (
      n: number,
    ) => `<div id="${P(n)}" class="ajax__tab_panel"${n === 1 ? '' : ' style="display:none;visibility:hidden;"'}>
<table class="formTable">
<tr><td class="labelCell"><label for="${P(n)}_chkActive">Active:</label></td><td><input id="${P(n)}_chkActive" type="checkbox" name="${N(n)}$chkActive" checked="checked"></td></tr>
<tr><td class="labelCell">Alert after:</td><td><input name="${N(n)}$txtDelay" type="text" value="${(n - 1) * 15}" id="${P(n)}_txtDelay" size="3"> minutes</td></tr>
</table>
<h3>Alerts by integrations</h3>
<table class="grid" cellspacing="0" rules="all" border="1" id="${P(n)}_gvIntegrations" style="border-collapse:collapse;">
<tr class="gridHeader"><th scope="col">&nbsp;</th><th scope="col">Integration</th><th scope="col">Send OK alerts</th></tr>
${NAMES.map((x, j) => {
  const row = `ctl${String(j + 2).padStart(2, '0')}`;
  const on = n === 1 && x === 'E-mail';
  return `<tr class="${j % 2 ? 'gridAltRow' : 'gridRow'}"><td><input id="${P(n)}_gvIntegrations_${row}_chkSelected" type="checkbox" name="${N(n)}$gvIntegrations$${row}$chkSelected"${on ? ' checked="checked"' : ''}></td>
<td>${escapeHtml(x)}</td><td><input id="${P(n)}_gvIntegrations_${row}_chkOk" type="checkbox" name="${N(n)}$gvIntegrations$${row}$chkOk"${on ? ' checked="checked"' : ' disabled="disabled"'}></td></tr>`;
}).join('\n')}
</table></div>`;
    const body = `<div id="header"><ul class="menu"><li>Dashboards</li><li>Monitors</li>
<li>Alerts<ul><li><a href="/Alerts/Integrations">Integrations</a></li><li><a href="/Alerts/AlertDefinitions">Alert definitions</a></li></ul></li></ul></div>
<form method="post" action="./AlertDefinitionEdit.aspx?id=12" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value=""><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk8Jq"></div>
<div class="breadcrumb">Alerts &gt; Alert definitions &gt; Default alert definition</div>
<h1>Alert definition</h1>
<table class="formTable"><tr><td class="labelCell"><label for="ctl00_Main_txtName">Name:</label></td><td><input name="ctl00$Main$txtName" type="text" value="Default alert definition" id="ctl00_Main_txtName"></td></tr></table>
<div id="ctl00_Main_tcLevels" class="ajax__tab_xp ajax__tab_container ajax__tab_default" style="width:100%;">
<div id="ctl00_Main_tcLevels_header" class="ajax__tab_header">
${[1, 2]
  .map(
    (n) =>
      `<span id="__tab_${P(n)}_wrap" class="${n === 1 ? 'ajax__tab_active' : ''}"><span class="ajax__tab_outer"><span class="ajax__tab_inner"><a class="ajax__tab_tab" id="__tab_${P(n)}" href="#" style="text-decoration:none;"><span>Escalation level ${n}</span></a></span></span></span>`,
  )
  .join('')}
</div>
<div id="ctl00_Main_tcLevels_body" class="ajax__tab_body">${panel(1)}${panel(2)}</div></div>
<input type="submit" name="ctl00$Main$btnSave" value="Save" id="ctl00_Main_btnSave"> <a href="/Alerts/AlertDefinitions">Cancel</a>
</form>`;
    const script = `
document.getElementById('aspnetForm').addEventListener('submit', (e) => e.preventDefault());
document.querySelectorAll('.ajax__tab_tab').forEach((a) => a.addEventListener('click', (e) => {
  e.preventDefault();
  const id = a.id.replace('__tab_', '');
  document.querySelectorAll('.ajax__tab_header > span').forEach((s) => { s.className = s.id === a.id + '_wrap' ? 'ajax__tab_active' : ''; });
  document.querySelectorAll('.ajax__tab_panel').forEach((p) => { const on = p.id === id; p.style.display = on ? '' : 'none'; p.style.visibility = on ? '' : 'hidden'; });
}));
// jQuery-era handler: selecting an integration enables its "Send OK alerts" box, checked by default.
document.addEventListener('change', (e) => {
  const el = e.target;
  if (!/_chkSelected$/.test(el.id)) return;
  const ok = document.getElementById(el.id.replace('_chkSelected', '_chkOk'));
  ok.disabled = !el.checked; ok.checked = el.checked;
});`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerts/AlertDefinitions/AlertDefinitionEdit.aspx*',
      doc('en', 'Uptrends - Alert definitions', body, script),
    );
    /** The checkbox fields a postback of the form would send. */
    const posted = (page: Page) =>
      page.evaluate(() =>
        Array.from(new FormData(document.getElementById('aspnetForm') as HTMLFormElement).keys()).filter(
          (k) => k.includes('$chk') && k.includes('gvIntegrations'),
        ),
      );
    const sel = (n: number, j: number, box = 'chkSelected') =>
      `${N(n)}$gvIntegrations$ctl${String(j + 2).padStart(2, '0')}$${box}`;
    const ao = NAMES.indexOf(AO);
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerts/AlertDefinitions/AlertDefinitionEdit.aspx?id=12');
      try {
        await expect.poll(() => posted(page), { timeout: 12_000 }).toContain(sel(1, ao));
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${await explain(page)}`);
      }
      await page.getByRole('link', { name: 'Escalation level 2' }).click();
      try {
        await expect.poll(() => posted(page), { timeout: 12_000 }).toContain(sel(2, ao));
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${await explain(page)}`);
      }
      await sleep(1500);
      expect((await posted(page)).sort()).toEqual(
        [sel(1, 0), sel(1, 0, 'chkOk'), sel(1, ao), sel(1, ao, 'chkOk'), sel(2, ao), sel(2, ao, 'chkOk')].sort(),
      );
      expect(await page.locator(`#${P(2)}_chkActive`).isChecked()).toBe(true);
    });
  });
});
