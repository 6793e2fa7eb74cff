/**
 * Blind end-to-end renderings of both consoles, written from domain.md, the Uptrends KB and common framework markup
 * (ASP.NET WebForms, Vue-like, Kendo, Angular Material, Chrome's page translation, SPA routers), without reading the
 * locators. Pages are served on the real host names; assertions read only what a user sees, what the page's own model
 * holds, and what the harness reads from storage.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  launchWithExtension,
  type PageModel,
  pageModel,
  type StoredCapture,
  waitForStoredCapture,
  withPage as withBrowserPage,
} from './chromium.ts';
import { capturedUrls, clearLocalStorage, escapeHtml, NOTICE, serve, sleep, validUrl } from './hostile-pages.ts';
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

function doc(lang: string, title: string, body: string, script = '', htmlAttrs = ''): string {
  return `<!doctype html><html lang="${lang}"${htmlAttrs}><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>.hidden{display:none} .sr{position:absolute;opacity:0;width:1px;height:1px}
[role=checkbox]{display:inline-block;width:14px;height:14px;border:1px solid #555;cursor:pointer}
[role=checkbox][aria-checked=true]{background:#2a7}</style></head>
<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

function waitForCapture(url: string, timeout?: number): Promise<StoredCapture> {
  return waitForStoredCapture(browser, url, timeout);
}

type AnyModel = PageModel;

const model = pageModel;

/** What the user would see when a wait fails: field values, the page's model, the extension's notice. */
async function explain(page: Page, name = 'model'): Promise<string> {
  const seen = await page.evaluate(
    (n) => ({
      fields: Array.from(document.querySelectorAll('input,select,textarea')).map(
        (f) => `${(f as HTMLInputElement).type}:${(f as HTMLInputElement).value}`,
      ),
      boxes: Array.from(document.querySelectorAll('[role=checkbox]')).map((b) => b.getAttribute('aria-checked')),
      dialogs: document.querySelectorAll('[role=dialog]').length,
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
  timeout = 10_000,
  name = 'model',
): Promise<void> {
  return pollPageModel(page, read, expected, { explain, timeout, name });
}

async function pollNotice(page: Page, pattern: RegExp, timeout = 10_000) {
  try {
    await expect.poll(() => noticeText(page), { timeout }).toMatch(pattern);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${await explain(page)}`);
  }
}

/** Page-side: wires every `[data-m]` field to window.model[key] on the given events. */
const WIRE = `
function wire(root, events) {
  for (const el of root.querySelectorAll('[data-m]')) {
    el.value = window.model[el.dataset.m] ?? '';
    for (const ev of events) el.addEventListener(ev, () => { window.model[el.dataset.m] = el.value; });
  }
}`;

let fillUrl: string;

/* ================================================================================================================= */

describe('Uptrends integration editor, four languages, other wordings', () => {
  beforeAll(async () => {
    // One capture in storage, made the way a user makes it: a saved AlertOps integration shows its URL.
    await clearLocalStorage(browser);
    fillUrl = validUrl();
    await serve(
      browser,
      'https://app.alertops.com/integrations/inbound/api/edit/2024*',
      doc(
        'en',
        'AlertOps',
        `<main><h1>Uptrends e2e</h1><div class="endpoint"><span>API URL</span> <span>${fillUrl}</span> <button type="button">Copy</button></div></main>`,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/integrations/inbound/api/edit/2024');
      await waitForCapture(fillUrl);
    });
  });

  it('EN legacy WebForms editor ("Alerts > Integrations", "Integration name:", grid row "AlertOpsUrl", jQuery change handlers)', async () => {
    const script = `
window.model = { name: '', url: '', mode: 'here' };
// jQuery-era page: handlers on "change" only.
document.getElementById('ctl00_Main_txtName').addEventListener('change', (e) => { window.model.name = e.target.value; });
document.getElementById('ctl00_Main_gvVariables_ctl02_txtValue').addEventListener('change', (e) => { window.model.url = e.target.value; });
document.getElementById('aspnetForm').addEventListener('submit', (e) => e.preventDefault());`;
    const body = `<div id="header"><ul class="menu"><li>Dashboards</li><li>Monitors</li>
<li>Alerts<ul><li><a href="/Alerts/Integrations">Integrations</a></li><li><a href="/Alerts/AlertDefinitions">Alert definitions</a></li></ul></li></ul></div>
<form method="post" action="./IntegrationEdit.aspx?id=0" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTQ2NjE3ODQ1MGRkq1m">
<div class="breadcrumb">Alerts &gt; Integrations &gt; New integration</div>
<h1>New integration</h1>
<table class="formTable">
<tr><td class="labelCell"><label for="ctl00_Main_txtName">Integration name:</label><span class="req">*</span></td>
<td><input name="ctl00$Main$txtName" id="ctl00_Main_txtName" type="text" class="textbox" maxlength="100"></td></tr>
<tr><td class="labelCell">Integration type:</td><td><span id="ctl00_Main_lblType">AlertOps</span></td></tr>
</table>
<h3>Predefined variables</h3>
<table class="grid" id="ctl00_Main_gvVariables" cellspacing="0" rules="all" border="1">
<tr><th scope="col">Variable</th><th scope="col">Value</th></tr>
<tr><td>AlertOpsUrl</td><td><select name="ctl00$Main$gvVariables$ctl02$ddlMode" id="ctl00_Main_gvVariables_ctl02_ddlMode">
<option selected value="0">Specify value here</option><option value="1">Specify value in escalation level</option></select>
<input name="ctl00$Main$gvVariables$ctl02$txtValue" id="ctl00_Main_gvVariables_ctl02_txtValue" type="text" class="textbox"></td></tr>
</table>
<input type="submit" name="ctl00$Main$btnSave" value="Save" id="ctl00_Main_btnSave"> <a href="/Alerts/Integrations">Cancel</a>
</form>`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerts/Integrations/IntegrationEdit.aspx*',
      doc('en', 'Uptrends - Integrations', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerts/Integrations/IntegrationEdit.aspx?id=0');
      await pollModel(page, (m) => m.url, fillUrl);
      expect(await page.locator('#ctl00_Main_gvVariables_ctl02_txtValue').inputValue()).toBe(fillUrl);
      expect((await model(page)).name).toMatch(/AlertOps/);
      await pollNotice(page, /AlertOps URL filled in/);
    });
  });

  it('NL Vue-like editor: type picked in a <select>, grid header "Variabele", row "ApiUrl" without its own label', async () => {
    const script = `
window.model = { name: '', type: '', vars: {} };
const app = document.getElementById('app');
function render() {
  const t = window.model.type;
  app.innerHTML = '<h1>Nieuwe integratie</h1>' +
    '<div class="form-group"><label for="naam">Integratienaam</label><input id="naam" class="form-control" type="text"></div>' +
    '<div class="form-group"><label for="type">Integratietype</label><select id="type" class="form-control">' +
    '<option value="">-- Kies een type --</option><option>E-mail</option><option>Slack</option><option>Microsoft Teams</option>' +
    '<option>AlertOps</option><option>Webhook</option></select></div>' +
    (t === 'AlertOps' ? '<h3>Voorgedefinieerde variabelen</h3><table class="table"><thead><tr><th>Variabele</th><th>Bron</th><th>Waarde</th></tr></thead>' +
      '<tbody><tr><td>ApiUrl</td><td><select class="form-control"><option>Waarde hier opgeven</option><option>Waarde opgeven in escalatieniveau</option></select></td>' +
      '<td><input class="form-control" type="text" data-var="ApiUrl" placeholder="https://"></td></tr></tbody></table>' : '') +
    '<button type="button" class="btn btn-primary">Opslaan</button> <button type="button" class="btn">Annuleren</button>';
  const n = app.querySelector('#naam'); n.value = window.model.name;
  n.addEventListener('input', () => { window.model.name = n.value; });
  const s = app.querySelector('#type'); s.value = t;
  s.addEventListener('change', () => { window.model.type = s.value; render(); });
  for (const el of app.querySelectorAll('[data-var]')) {
    el.value = window.model.vars[el.dataset.var] || '';
    el.addEventListener('input', () => { window.model.vars[el.dataset.var] = el.value; });
  }
}
render();`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Nieuw*',
      doc('nl', 'Uptrends', '<nav>Alerting &gt; Integraties</nav><div id="app"></div>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Nieuw');
      await page.getByLabel('Integratietype').selectOption('AlertOps');
      await pollModel(page, (m) => m.vars.ApiUrl, fillUrl);
      expect((await model(page)).name).toMatch(/AlertOps/);
      expect(await page.getByLabel('Integratienaam').inputValue()).toBe((await model(page)).name);
    });
  });

  it('DE Kendo-like editor: "Vordefinierte Variable" fieldset, value input in a role=grid cell, type shown as text', async () => {
    const script = `${WIRE}
window.model = { name: '', url: '' };
wire(document.querySelector('.k-form'), ['input']);`;
    const body = `<nav>Alarmierung &gt; Integrationen</nav><h1>Neue Integration</h1>
<form class="k-form" onsubmit="return false">
<div class="k-form-field"><label class="k-label" for="name">Integrationsname</label>
<span class="k-textbox k-input k-input-md"><input id="name" class="k-input-inner" data-m="name" autocomplete="off"></span></div>
<div class="k-form-field"><span class="k-label">Integrationstyp</span> <span class="k-input-value-text">AlertOps</span></div>
<fieldset class="k-form-fieldset"><legend class="k-form-legend">Vordefinierte Variable</legend>
<div class="k-grid k-grid-md" role="grid" aria-rowcount="2" aria-colcount="3"><table class="k-grid-table">
<thead role="rowgroup"><tr role="row"><th role="columnheader">Variable</th><th role="columnheader">Quelle</th><th role="columnheader">Wert</th></tr></thead>
<tbody role="rowgroup"><tr role="row" class="k-master-row"><td role="gridcell">Url</td>
<td role="gridcell"><span class="k-dropdownlist k-picker" role="combobox" aria-expanded="false" tabindex="0"><span class="k-input-value-text">Wert hier eintragen</span></span></td>
<td role="gridcell"><span class="k-textbox k-input"><input class="k-input-inner" type="text" data-m="url"></span></td></tr></tbody></table></div>
</fieldset>
<div class="k-form-buttons"><button type="button" class="k-button k-button-solid-primary">Speichern</button> <button type="button" class="k-button">Abbrechen</button></div>
</form>`;
    await serve(browser, 'https://app.uptrends.com/Alerting/Integrationen/Neu*', doc('de', 'Uptrends', body, script));
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrationen/Neu');
      await pollModel(page, (m) => m.url, fillUrl);
      expect((await model(page)).name).toMatch(/AlertOps/);
      await pollNotice(page, /AlertOps URL filled in/);
    });
  });

  it('FR Angular Material editor: mat-form-field floating labels, mat-select type, heading "Variable prédéfinie"', async () => {
    const field = (id: number, label: string, attrs = '') =>
      `<mat-form-field class="mat-mdc-form-field mat-form-field-appearance-outline"><div class="mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--outlined">
<div class="mat-mdc-form-field-flex"><div class="mat-mdc-form-field-infix">
<label class="mdc-floating-label mat-mdc-floating-label" id="mat-mdc-form-field-label-${id}" for="mat-input-${id}"><mat-label>${escapeHtml(label)}</mat-label><span aria-hidden="true" class="mat-mdc-form-field-required-marker mdc-floating-label--required"></span></label>
<input matinput class="mat-mdc-input-element mdc-text-field__input" id="mat-input-${id}" aria-invalid="false" aria-required="true" required ${attrs}>
</div></div></div><div class="mat-mdc-form-field-subscript-wrapper"></div></mat-form-field>`;
    const body = `<mat-toolbar>Alerte &gt; Intégrations</mat-toolbar><app-integration-editor>
<h1 class="mat-headline-5">Nouvelle intégration</h1><form class="ng-untouched ng-pristine ng-invalid" novalidate>
${field(0, "Nom de l'intégration", 'data-m="name"')}
<mat-form-field class="mat-mdc-form-field"><div class="mat-mdc-form-field-infix"><label class="mdc-floating-label" id="mat-select-label-2">
<mat-label>Type d'intégration</mat-label></label><mat-select role="combobox" aria-haspopup="listbox" aria-labelledby="mat-select-label-2 mat-select-value-2" aria-disabled="true" class="mat-mdc-select mat-mdc-select-disabled">
<div class="mat-mdc-select-value" id="mat-select-value-2"><span class="mat-mdc-select-value-text"><span class="mat-mdc-select-min-line">AlertOps</span></span></div></mat-select></div></mat-form-field>
<h3 class="mat-subtitle-1">Variable prédéfinie</h3>
<div class="variable-row">
<mat-form-field class="mat-mdc-form-field"><div class="mat-mdc-form-field-infix"><label class="mdc-floating-label" id="mat-select-label-3"><mat-label>Mode</mat-label></label>
<mat-select role="combobox" aria-labelledby="mat-select-label-3" class="mat-mdc-select"><div class="mat-mdc-select-value"><span class="mat-mdc-select-value-text"><span>Spécifiez la valeur ici</span></span></div></mat-select></div></mat-form-field>
${field(1, 'AlertOpsUrl', 'data-m="url"')}
</div>
<button mat-flat-button color="primary" class="mdc-button mat-mdc-unelevated-button" type="button"><span class="mdc-button__label">Enregistrer</span></button>
</form></app-integration-editor>`;
    const script = `${WIRE}
window.model = { name: '', url: '' };
wire(document.querySelector('form'), ['input', 'compositionend']);
for (const el of document.querySelectorAll('input')) el.addEventListener('blur', () => el.classList.add('ng-touched'));`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Nouvelle*',
      doc('fr', 'Uptrends', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Nouvelle');
      await pollModel(page, (m) => m.url, fillUrl);
      expect((await model(page)).name).toMatch(/AlertOps/);
      expect(await page.locator('#mat-input-1').inputValue()).toBe(fillUrl);
    });
  });

  it('NL existing integration whose URL the user typed earlier: not overwritten, a prompt, and Replace only on request', async () => {
    const own = validUrl('Uptrends');
    const script = `${WIRE}
window.model = { name: 'AlertOps oud', url: ${JSON.stringify(own)} };
wire(document.querySelector('form'), ['input', 'change']);`;
    const body = `<nav>Alerting &gt; Integraties</nav><h1>Integratie bewerken</h1><form onsubmit="return false">
<div class="form-group"><label for="n">Integratienaam</label><input id="n" class="form-control" data-m="name"></div>
<p>Integratietype: <b>AlertOps</b></p>
<h3>Voorgedefinieerde variabelen</h3><table class="table"><thead><tr><th>Variabele</th><th></th><th>Waarde</th></tr></thead>
<tbody><tr><td id="vn">Url</td><td><select aria-label="Bron"><option>Waarde hier opgeven</option><option>Waarde opgeven in escalatieniveau</option></select></td>
<td><input type="text" class="form-control" aria-labelledby="vn" data-m="url"></td></tr></tbody></table>
<button type="button" class="btn btn-primary">Opslaan</button></form>`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integraties/Bewerken/77*',
      doc('nl', 'Uptrends', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integraties/Bewerken/77');
      await pollNotice(page, /Replace/i);
      await sleep(1500);
      const kept = await model(page);
      expect(kept).toEqual({ name: 'AlertOps oud', url: own });
      expect(await page.getByRole('textbox', { name: 'Url' }).inputValue()).toBe(own);

      await page
        .locator(NOTICE)
        .getByRole('button', { name: /^Replace/ })
        .click();
      await pollModel(page, (m) => m.url, fillUrl);
      expect((await model(page)).name).toBe('AlertOps oud');
    });
  });

  it('DE: the user typed a URL while the type was Webhook, then switched to AlertOps: kept, with a prompt', async () => {
    const own = validUrl('Uptrends');
    const script = `
window.model = { name: '', type: '', vars: {} };
const VARS = { Webhook: ['Url', 'Methode'], Slack: ['SlackWebhookUrl'], AlertOps: ['Url'] };
const box = document.getElementById('vars');
function renderVars() {
  const t = window.model.type;
  box.innerHTML = t ? '<h3>Vordefinierte Variablen</h3>' + VARS[t].map((v, i) =>
    '<div class="var-row"><label for="v' + i + '">' + v + '</label> ' +
    '<select aria-label="' + v + ' Quelle"><option>Wert hier eintragen</option><option>Wert in Eskalationsstufe eintragen</option></select> ' +
    '<input id="v' + i + '" type="text" data-var="' + v + '"></div>').join('') : '';
  for (const el of box.querySelectorAll('[data-var]')) {
    el.value = window.model.vars[el.dataset.var] || '';
    el.addEventListener('input', () => { window.model.vars[el.dataset.var] = el.value; });
  }
}
document.getElementById('n').addEventListener('input', (e) => { window.model.name = e.target.value; });
document.getElementById('t').addEventListener('change', (e) => { window.model.type = e.target.value; renderVars(); });`;
    const body = `<nav>Alarmierung &gt; Integrationen</nav><h1>Neue Integration</h1><form onsubmit="return false">
<label for="n">Integrationsname</label> <input id="n" type="text"><br>
<label for="t">Integrationstyp</label> <select id="t"><option value="">Bitte wählen</option><option>Webhook</option><option>Slack</option><option>AlertOps</option></select>
<div id="vars"></div><button type="button">Speichern</button></form>`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrationen/Typwechsel*',
      doc('de', 'Uptrends', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrationen/Typwechsel');
      await page.getByLabel('Integrationstyp').selectOption('Webhook');
      await sleep(1500);
      expect((await model(page)).vars, 'a Webhook editor is never filled').toEqual({});
      const url = page.getByRole('textbox', { name: 'Url', exact: true });
      await url.click();
      await url.pressSequentially(own, { delay: 5 });
      await page.getByLabel('Integrationstyp').selectOption('AlertOps');
      await pollNotice(page, /Replace/i);
      await sleep(1500);
      expect((await model(page)).vars.Url).toBe(own);
      expect(await url.inputValue()).toBe(own);
    });
  });

  it('FR existing integration with the value behind the "⋯" dialog: not overwritten, a prompt, no dialog left open', async () => {
    const own = validUrl('Uptrends');
    const script = `
window.model = { name: 'AlertOps astreinte', url: ${JSON.stringify(own)} };
window.dialogOpenings = 0;
const main = document.querySelector('main');
main.innerHTML = '<h1>Modifier l\\'intégration</h1><label for="n">Nom de l\\'intégration</label> <input id="n" type="text">' +
  '<p>Type d\\'intégration : <strong>AlertOps</strong></p><h3>Variables prédéfinies</h3>' +
  '<div class="var-row"><span id="vl">ApiUrl</span> <select aria-label="Mode"><option>Spécifiez la valeur ici</option>' +
  '<option>Spécifiez la valeur dans le niveau d\\'escalade</option></select> ' +
  '<span class="value-preview" aria-labelledby="vl"></span> <button type="button" class="dots" aria-label="Modifier la valeur" title="Modifier la valeur">⋯</button></div>' +
  '<button type="button">Enregistrer</button>';
const n = main.querySelector('#n'); n.value = window.model.name;
n.addEventListener('input', () => { window.model.name = n.value; });
main.querySelector('.value-preview').textContent = window.model.url;
main.querySelector('.dots').onclick = () => {
  window.dialogOpenings++;
  const d = document.createElement('div');
  d.setAttribute('role', 'dialog'); d.setAttribute('aria-label', 'ApiUrl');
  d.innerHTML = '<label><input type="radio" name="src" checked> Texte brut</label> <label><input type="radio" name="src"> Coffre-fort</label>' +
    '<label for="dv">Valeur</label> <input id="dv" type="text"> <button type="button" id="sel">Sélectionner</button> <button type="button" id="can">Annuler</button>';
  document.body.append(d);
  const input = d.querySelector('#dv'); input.value = window.model.url;
  d.querySelector('#sel').onclick = () => { window.model.url = input.value; main.querySelector('.value-preview').textContent = input.value; d.remove(); };
  d.querySelector('#can').onclick = () => d.remove();
};`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Modifier/31*',
      doc('fr', 'Uptrends', '<nav>Alerte &gt; Intégrations</nav><main></main>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Modifier/31');
      await pollNotice(page, /Replace/i);
      await sleep(1500);
      expect(await model(page)).toEqual({ name: 'AlertOps astreinte', url: own });
      expect(await page.locator('.value-preview').textContent()).toBe(own);
      // The extension's own prompt lives in a shadow root; the page's dialogs are in the document.
      expect(
        await page.evaluate(() => document.querySelectorAll('[role=dialog]').length),
        'no value dialog left open',
      ).toBe(0);
    });
  });
});

/* ================================================================================================================= */

/** An SPA integrations list whose "Add integration" routes (pushState) to an editor rendered after a delay. */
function spaIntegrations(base: string): string {
  const script = `
const BASE = ${JSON.stringify(base)};
window.drafts = [];
window.model = null;
const app = document.getElementById('app');
let timer = null;
function list() {
  window.model = null;
  app.innerHTML = '<h1>Integrations</h1><button type="button" id="add">Add integration</button>' +
    '<table class="list"><thead><tr><th>Name</th><th>Type</th></tr></thead><tbody>' +
    '<tr><td>E-mail</td><td>E-mail</td></tr><tr><td>Slack #ops</td><td>Slack</td></tr></tbody></table>';
  app.querySelector('#add').onclick = () => {
    window.drafts.push({ name: '', url: '', urlChanges: 0, eventsPerRender: [] });
    history.pushState({ draft: window.drafts.length - 1 }, '', BASE + '/New');
    route(1200);
  };
}
function editor(i) {
  const d = window.drafts[i]; window.model = d;
  const r = d.eventsPerRender.length; d.eventsPerRender.push(0);
  app.innerHTML = '<h1>New integration</h1><form onsubmit="return false">' +
    '<div class="row"><label for="n">Integration name</label> <input id="n" type="text"></div>' +
    '<div class="row"><span class="lbl">Integration type</span> <strong>AlertOps</strong></div>' +
    '<h2>Predefined variables</h2><div class="var"><label for="u">AlertOpsUrl</label> ' +
    '<select aria-label="Value source"><option>Specify value here</option><option>Specify value in escalation level</option></select> ' +
    '<input id="u" type="text"></div><button type="button">Save</button> <button type="button" id="cancel">Cancel</button></form>';
  const n = app.querySelector('#n'), u = app.querySelector('#u');
  n.value = d.name; u.value = d.url;
  n.addEventListener('input', () => { d.name = n.value; });
  const heard = () => { d.eventsPerRender[r]++; if (u.value !== d.url) { d.urlChanges++; d.url = u.value; } };
  u.addEventListener('input', heard); u.addEventListener('change', heard);
  app.querySelector('#cancel').onclick = () => history.back();
}
function route(delay) {
  clearTimeout(timer);
  const st = history.state;
  if (location.pathname.endsWith('/New') && st && st.draft != null) {
    app.innerHTML = '<p>Loading...</p>';
    timer = setTimeout(() => editor(st.draft), delay);
  } else list();
}
window.addEventListener('popstate', () => route(500));
route(0);`;
  return doc('en', 'Uptrends', '<nav>Alerting &gt; Integrations</nav><div id="app"></div>', script);
}

describe('SPA navigation on Uptrends', () => {
  it('list → Add integration (pushState, editor after 1.2 s) filled once; back and forward leaves it alone; a second editor is filled too', async () => {
    const base = '/Alerting/Integrations/spa-once';
    await serve(browser, `https://app.uptrends.com${base}**`, spaIntegrations(base));
    await withPage(async (page) => {
      await page.goto(`https://app.uptrends.com${base}`);
      await sleep(500);
      await page.getByRole('button', { name: 'Add integration' }).click();
      await pollModel(page, (m) => m?.url, fillUrl);
      expect((await model(page)).name).toMatch(/AlertOps/);
      // The user renames it, goes back to the list and forward again without saving.
      await page.getByLabel('Integration name').fill('My AlertOps');
      await page.goBack();
      await page.getByRole('button', { name: 'Add integration' }).waitFor();
      await page.goForward();
      await page.getByLabel('Integration name').waitFor();
      await sleep(2500);
      const first = (await model(page, 'drafts'))[0];
      expect(first.name).toBe('My AlertOps');
      expect(first.url).toBe(fillUrl);
      expect(first.urlChanges, 'the URL went in once').toBe(1);
      expect(first.eventsPerRender[1], 'nothing written into the re-shown editor').toBe(0);
      expect(await noticeText(page)).not.toMatch(/Replace/i);
      // A second, new editor later.
      await page.goBack();
      await page.getByRole('button', { name: 'Add integration' }).click();
      await pollModel(page, (m) => m?.[1]?.url, fillUrl, 10_000, 'drafts');
      expect((await model(page, 'drafts'))[1].name).toMatch(/AlertOps/);
    });
  });

  it('EN: list → an existing AlertOps integration whose URL the user typed (pushState, 900 ms): kept, with a prompt', async () => {
    const own = validUrl('Uptrends');
    const script = `
window.model = null;
const app = document.getElementById('app');
function list() {
  window.model = null;
  app.innerHTML = '<h1>Integrations</h1><button type="button">Add integration</button><table><tbody>' +
    '<tr><td><a href="/Alerting/Integrations/spa-existing/Edit/9" id="ao">AlertOps (old)</a></td><td>AlertOps</td></tr>' +
    '<tr><td><a href="#">Slack #ops</a></td><td>Slack</td></tr></tbody></table>';
  app.querySelector('#ao').onclick = (e) => { e.preventDefault(); history.pushState({ id: 9 }, '', '/Alerting/Integrations/spa-existing/Edit/9'); route(); };
}
function editor() {
  // What the server returns for this integration: the URL the user pasted by hand last month.
  window.model = window.model || { name: 'AlertOps (old)', url: ${JSON.stringify(own)} };
  app.innerHTML = '<h1>Edit integration</h1><form onsubmit="return false">' +
    '<label for="n">Integration name</label> <input id="n" type="text"><p>Integration type: <b>AlertOps</b></p>' +
    '<h2>Predefined variables</h2><label for="u">AlertOpsUrl</label> <select aria-label="Value source"><option>Specify value here</option></select> ' +
    '<input id="u" type="text"><button type="button">Save</button></form>';
  const n = app.querySelector('#n'), u = app.querySelector('#u');
  n.value = window.model.name; u.value = window.model.url;
  n.addEventListener('input', () => { window.model.name = n.value; });
  u.addEventListener('input', () => { window.model.url = u.value; });
}
function route() {
  if (location.pathname.endsWith('/Edit/9')) { app.innerHTML = '<p>Loading...</p>'; setTimeout(editor, 900); } else list();
}
window.addEventListener('popstate', route);
route();`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/spa-existing**',
      doc('en', 'Uptrends', '<nav>Alerting &gt; Integrations</nav><div id="app"></div>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/spa-existing');
      await sleep(500);
      await page.getByRole('link', { name: 'AlertOps (old)' }).click();
      const field = page.getByRole('textbox', { name: 'AlertOpsUrl' });
      await field.waitFor();
      await pollNotice(page, /Replace/i);
      await sleep(1500);
      expect(await model(page)).toEqual({ name: 'AlertOps (old)', url: own });
      expect(await field.inputValue()).toBe(own);
      // Back to the list and forward again: still the user's URL.
      await page.goBack();
      await page.getByRole('button', { name: 'Add integration' }).waitFor();
      await page.goForward();
      await field.waitFor();
      await sleep(2000);
      expect(await model(page)).toEqual({ name: 'AlertOps (old)', url: own });
      expect(await field.inputValue()).toBe(own);
    });
  });

  it('DE: alert definitions list → a definition (pushState, 800 ms); the user opens "Eskalationsstufe 1" and then 2 later', async () => {
    const AO = 'AlertOps Bereitschaft';
    const NAMES = ['E-Mail', 'SMS', 'Telefon', 'Slack #ops', 'PagerDuty', AO];
    const script = `
const NAMES = ${JSON.stringify(NAMES)};
window.model = null;
const app = document.getElementById('app');
function list() {
  app.innerHTML = '<h1>Meldedefinitionen</h1><table><tbody><tr><td><a href="/Alerting/Meldedefinitionen/Edit/42" id="def">Standard-Meldedefinition</a></td></tr>' +
    '<tr><td><a href="/Alerting/Meldedefinitionen/Edit/43">Nacht</a></td></tr></tbody></table>';
  app.querySelector('#def').onclick = (e) => {
    e.preventDefault(); history.pushState({}, '', '/Alerting/Meldedefinitionen/Edit/42');
    app.innerHTML = '<p>Wird geladen...</p>'; setTimeout(definition, 800);
  };
}
function definition() {
  window.model = { active: true, levels: { 1: { active: true }, 2: { active: true } } };
  for (const l of [1, 2]) for (const n of NAMES) window.model.levels[l][n] = l === 1 && n === 'E-Mail';
  const tab = (id, text, sel) => '<a role="tab" href="#' + id + '" id="t-' + id + '" aria-controls="' + id + '" aria-selected="' + sel + '">' + text + '</a>';
  const level = (l) => '<div role="tabpanel" id="stufe' + l + '" aria-labelledby="t-stufe' + l + '" hidden>' +
    '<label><input type="checkbox" data-l="' + l + '" data-n="active" checked> Aktiv</label>' +
    '<h4>Alarmierung durch Integrationen</h4>' + NAMES.map((n, j) =>
      '<div class="cb"><input type="checkbox" id="c' + l + '-' + j + '" data-l="' + l + '" data-n="' + n + '"' + (window.model.levels[l][n] ? ' checked' : '') + '>' +
      ' <label for="c' + l + '-' + j + '">' + n + '</label></div>').join('') + '</div>';
  app.innerHTML = '<h1>Standard-Meldedefinition</h1><div role="tablist">' + tab('allgemein', 'Allgemein', true) +
    tab('stufe1', 'Eskalationsstufe 1', false) + tab('stufe2', 'Eskalationsstufe 2', false) + '</div>' +
    '<div role="tabpanel" id="allgemein" aria-labelledby="t-allgemein"><label><input type="checkbox" id="defactive" checked> Meldedefinition aktiv</label></div>' +
    level(1) + level(2) + '<button type="button">Speichern</button>';
  app.querySelectorAll('[role=tab]').forEach((t) => t.addEventListener('click', (e) => {
    e.preventDefault();
    app.querySelectorAll('[role=tab]').forEach((x) => x.setAttribute('aria-selected', String(x === t)));
    app.querySelectorAll('[role=tabpanel]').forEach((p) => { p.hidden = p.id !== t.getAttribute('aria-controls'); });
  }));
  app.addEventListener('change', (e) => {
    const el = e.target;
    if (el.id === 'defactive') window.model.active = el.checked;
    else if (el.dataset.l) window.model.levels[el.dataset.l][el.dataset.n] = el.checked;
  });
}
window.addEventListener('popstate', list);
list();`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Meldedefinitionen**',
      doc('de', 'Uptrends', '<nav>Alarmierung &gt; Meldedefinitionen</nav><div id="app"></div>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Meldedefinitionen');
      await page.getByRole('link', { name: 'Standard-Meldedefinition' }).click();
      await page.getByRole('tab', { name: 'Eskalationsstufe 1' }).waitFor();
      await sleep(2000);
      await page.getByRole('tab', { name: 'Eskalationsstufe 1' }).click();
      await pollModel(page, (m) => m.levels[1][AO], true);
      await sleep(1000);
      await page.getByRole('tab', { name: 'Eskalationsstufe 2' }).click();
      await pollModel(page, (m) => m.levels[2][AO], true);
      await sleep(1000);
      const m = await model(page);
      expect(m.active).toBe(true);
      for (const l of [1, 2]) {
        const others = Object.fromEntries(NAMES.filter((n) => n !== AO).map((n) => [n, m.levels[l][n]]));
        expect(others, `level ${l}: nothing else changed`).toEqual({
          'E-Mail': l === 1,
          SMS: false,
          Telefon: false,
          'Slack #ops': false,
          PagerDuty: false,
        });
        expect(m.levels[l].active).toBe(true);
      }
    });
  });
});

/* ================================================================================================================= */

describe('Escalation levels with custom controls', () => {
  it('EN, 3 levels, only the shown panel exists, role=checkbox divs toggled by the page; level 2 already has AlertOps', async () => {
    const AO = 'AlertOps on-call';
    const NAMES = ['E-mail', 'SMS', 'Phone', 'Slack #ops', 'PagerDuty', AO];
    const script = `
const NAMES = ${JSON.stringify(NAMES)};
const initial = { 1: ['E-mail'], 2: ['E-mail', ${JSON.stringify(AO)}], 3: [] };
window.model = { levels: {} };
window.toggles = [];
for (const l of [1, 2, 3]) { window.model.levels[l] = { active: true }; for (const n of NAMES) window.model.levels[l][n] = initial[l].includes(n); }
let current = 1;
const tabs = document.getElementById('tabs'), panel = document.getElementById('panel');
const box = (key, label, on, id) => '<div class="opt"><div role="checkbox" tabindex="0" aria-checked="' + on + '" data-k="' + key + '" aria-labelledby="' + id + '"></div> <span id="' + id + '">' + label + '</span></div>';
function render() {
  tabs.innerHTML = [1, 2, 3].map((l) => '<div role="tab" tabindex="0" data-l="' + l + '" aria-selected="' + (l === current) + '">Escalation level ' + l + '</div>').join('');
  const lv = window.model.levels[current];
  panel.innerHTML = '<div class="level-head">' + box('active', 'Active', lv.active, 'l' + current + '-active') + '</div>' +
    '<h4>Alerts by integrations</h4><div class="integrations">' + NAMES.map((n, j) => box(n, n, lv[n], 'l' + current + '-i' + j)).join('') + '</div>';
}
tabs.addEventListener('click', (e) => {
  const t = e.target.closest('[role=tab]'); if (!t) return;
  current = Number(t.dataset.l); panel.innerHTML = '<div class="spinner">Loading...</div>'; setTimeout(render, 250);
});
function toggle(el) {
  const on = el.getAttribute('aria-checked') !== 'true';
  el.setAttribute('aria-checked', String(on));
  window.model.levels[current][el.dataset.k] = on;
  window.toggles.push(current + ':' + el.dataset.k);
}
panel.addEventListener('click', (e) => { const el = e.target.closest('[role=checkbox]'); if (el) toggle(el); });
panel.addEventListener('keydown', (e) => { const el = e.target.closest('[role=checkbox]'); if (el && e.key === ' ') { e.preventDefault(); toggle(el); } });
render();`;
    const body = `<h1>Alert definitions</h1><h2>Production websites</h2><div role="tablist" id="tabs"></div>
<div role="tabpanel" id="panel"></div><button type="button">Save</button>`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/AlertDefinitions/Edit/custom3*',
      doc('en', 'Uptrends', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/AlertDefinitions/Edit/custom3');
      await sleep(800);
      for (const l of [1, 2, 3]) {
        await page.getByRole('tab', { name: `Escalation level ${l}` }).click();
        await pollModel(page, (m) => m.levels[l][AO], true);
        await expect.poll(() => page.getByRole('checkbox', { name: AO }).getAttribute('aria-checked')).toBe('true');
        await sleep(1000);
      }
      const m = await model(page);
      for (const l of [1, 2, 3]) {
        expect(m.levels[l], `level ${l}`).toEqual({
          active: true,
          'E-mail': l !== 3,
          SMS: false,
          Phone: false,
          'Slack #ops': false,
          PagerDuty: false,
          [AO]: true,
        });
      }
      expect(await model(page, 'toggles'), 'only AlertOps on levels 1 and 3 was clicked').toEqual([
        `1:${AO}`,
        `3:${AO}`,
      ]);
    });
  });
});

/* ================================================================================================================= */

describe('Hostile and odd Uptrends pages', () => {
  const EDITOR = `<h1>New integration</h1><form onsubmit="return false">
<div class="row"><label for="n">Integration name</label> <input id="n" type="text" data-m="name"></div>
<div class="row"><span>Integration type</span> <b>AlertOps</b></div>
<h2>Predefined variables</h2><div class="var"><label for="u">AlertOpsUrl</label>
<select aria-label="Value source"><option>Specify value here</option><option>Specify value in escalation level</option></select>
<input id="u" type="text" data-m="url"></div><button type="button">Save</button></form>`;

  it('server-rendered editor whose inputs are all replaced by new elements 2 s later (hydration), model starting empty', async () => {
    const script = `${WIRE}
window.model = { name: '', url: '' };
window.hydrated = false;
setTimeout(() => {
  const root = document.getElementById('root');
  root.innerHTML = ${JSON.stringify(EDITOR)};
  wire(root, ['input', 'change']);
  window.hydrated = true;
}, 2000);`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/New/ssr*',
      doc('en', 'Uptrends', `<main id="root">${EDITOR}</main>`, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/New/ssr');
      await page.waitForFunction(() => (window as AnyModel).hydrated === true, null, { timeout: 5000 });
      await pollModel(page, (m) => m.url, fillUrl);
      expect((await model(page)).name).toMatch(/AlertOps/);
      expect(await page.getByRole('textbox', { name: 'AlertOpsUrl' }).inputValue()).toBe(fillUrl);
    });
  });

  it('a page whose own scripts keep throwing (load error, timers, observers, input handlers, rejections)', async () => {
    const script = `${WIRE}
window.model = { name: '', url: '' };
setInterval(() => { window.telemetry.flush(); }, 200);
Promise.reject(new Error('analytics blocked'));
new MutationObserver(() => { throw new Error('observer crashed'); }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
document.addEventListener('input', () => { throw new Error('global validation crashed'); }, true);
document.addEventListener('focusin', () => { throw new Error('tooltip crashed'); });
const root = document.getElementById('root');
setTimeout(() => {
  root.innerHTML = ${JSON.stringify(EDITOR)};
  wire(root, ['input', 'change']);
  for (const el of root.querySelectorAll('input')) el.addEventListener('input', () => { undefinedValidator(el.value); });
}, 400);`;
    const body = `<script>window.analytics.init({ id: 'UA-1' });</script><main id="root"><p>Loading...</p></main>`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/New/throws*',
      doc('en', 'Uptrends', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/New/throws');
      await pollModel(page, (m) => m.url, fillUrl);
      expect((await model(page)).name).toMatch(/AlertOps/);
      await pollNotice(page, /AlertOps URL filled in/);
    });
  });

  it('a huge, churning dashboard with an alert log mentioning AlertOps and an integrations filter: nothing touched, no notice', async () => {
    const script = `
const tbody = document.querySelector('#monitors tbody');
const html = [];
for (let r = 0; r < 2500; r++) html.push('<tr><td>Monitor ' + r + '</td><td>HTTPS</td><td>OK</td><td>' + (r % 17) + ' ms</td><td>Amsterdam</td><td>Escalation level ' + (1 + r % 3) + '</td><td><a href="#">Details</a></td></tr>');
tbody.innerHTML = html.join('');
const log = document.getElementById('log');
for (let i = 0; i < 300; i++) log.insertAdjacentHTML('beforeend', '<li>Alert ' + i + ' for Monitor ' + i + ': sent via integration AlertOps - Uptrends prod (Escalation level 1)</li>');
const cells = tbody.getElementsByTagName('td');
setInterval(() => { for (let i = 0; i < 30; i++) { const c = cells[Math.floor(Math.random() * cells.length)]; c.textContent = Math.floor(Math.random() * 900) + ' ms'; } }, 50);
setInterval(() => { log.insertAdjacentHTML('afterbegin', '<li>' + new Date().toISOString() + ' AlertOps integration: alert sent</li>'); }, 300);`;
    const body = `<nav>Dashboards &gt; Overview</nav><h1>Overview</h1>
<aside><label for="q">Search monitors</label> <input id="q" type="search">
<fieldset><legend>Integrations</legend>
<label><input type="checkbox" name="f" value="email"> E-mail</label>
<label><input type="checkbox" name="f" value="sms"> SMS</label>
<label><input type="checkbox" name="f" value="ao"> AlertOps - Uptrends prod</label></fieldset>
<label for="note">Notes</label> <input id="note" type="text"></aside>
<section><h2>Alert log</h2><ul id="log"></ul></section>
<table id="monitors"><thead><tr><th>Monitor</th><th>Type</th><th>Status</th><th>Time</th><th>Checkpoint</th><th>Escalation</th><th></th></tr></thead><tbody></tbody></table>`;
    await serve(browser, 'https://app.uptrends.com/Dashboard/Overview*', doc('en', 'Uptrends', body, script));
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Dashboard/Overview');
      await page.getByLabel('Search monitors').fill('web');
      await page.getByLabel('Notes').click();
      await sleep(4000);
      await page.mouse.wheel(0, 2000);
      await sleep(1500);
      const state = await page.evaluate(() => ({
        values: Array.from(document.querySelectorAll('input:not([type=checkbox])')).map(
          (i) => (i as HTMLInputElement).value,
        ),
        checked: Array.from(document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')).map((i) => i.checked),
      }));
      expect(state).toEqual({ values: ['web', ''], checked: [false, false, false] });
      expect(await noticeText(page)).toBe('');
    });
  });
});

/* ================================================================================================================= */

describe('AlertOps capture, odd renderings', () => {
  it('lookalikes (other host, http://, curl sample in pre/code) are never captured; the real URL after "Reveal" is', async () => {
    await clearLocalStorage(browser);
    const real = validUrl();
    const evil = validUrl().replace('notify.alertops.com', 'notify.alertops.com.evil.example');
    const plain = validUrl().replace('https://', 'http://');
    const sample = validUrl();
    const script = `
const REAL = ${JSON.stringify(real)};
document.getElementById('reveal').onclick = (e) => {
  const v = document.getElementById('endpoint');
  const shown = v.dataset.shown === '1';
  v.textContent = shown ? '•'.repeat(48) : REAL;
  v.dataset.shown = shown ? '0' : '1';
  e.target.textContent = shown ? 'Reveal' : 'Hide';
};
document.getElementById('copy').onclick = () => navigator.clipboard.writeText(REAL).catch(() => {});`;
    const body = `<nav><a href="#">Dashboard</a> <a href="#">Configurations</a></nav>
<main><h1>Uptrends lookalike</h1><span class="badge">API</span>
<div class="endpoint-bar"><span class="caption">API URL</span> <code id="endpoint" class="mono">${'•'.repeat(48)}</code>
<button type="button" id="reveal">Reveal</button> <button type="button" id="copy">Copy</button></div>
<section class="card"><h2>Forwarding</h2>
<div class="field"><span class="label">API URL</span> <span class="value">${escapeHtml(evil)}</span> <button type="button">Copy</button></div>
<div class="field"><span class="label">API URL (legacy)</span> <span class="value">${escapeHtml(plain)}</span> <button type="button">Copy</button></div>
</section>
<aside class="help"><h3>Test it from a shell</h3><pre><code>curl -X POST ${escapeHtml(sample)} \\
  -H "Content-Type: application/json" \\
  -d '{"MonitorName":"Test","Description":"hello"}'</code></pre> <button type="button">Copy</button></aside>
</main>`;
    await serve(
      browser,
      'https://app.alertops.com/integrations/inbound/api/edit/666*',
      doc('en', 'AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/integrations/inbound/api/edit/666');
      await sleep(2500);
      expect(await capturedUrls(browser), 'nothing before Reveal').toEqual([]);
      expect(await noticeText(page)).not.toMatch(/captured/i);
      await page.getByRole('button', { name: 'Reveal' }).click();
      await waitForCapture(real);
      await sleep(1500);
      expect(await capturedUrls(browser)).toEqual([real]);
    });
  });

  it('Chrome\'s page translation to French (font wrappers, translated labels "URL du point de terminaison", "Copie")', async () => {
    await clearLocalStorage(browser);
    const url = validUrl();
    const tr = (text: string) =>
      `<font style="vertical-align: inherit;"><font style="vertical-align: inherit;">${escapeHtml(text)}</font></font>`;
    const body = `<nav class="navbar"><a href="#">${tr('Tableau de bord')}</a> <a href="#">${tr('Configurations')}</a> <a href="#">${tr('Incidents')}</a></nav>
<main><div class="page-header"><h1>${tr('Uptrends production')}</h1> <span class="badge">${tr('API')}</span></div>
<div class="card endpoint"><div class="card-body"><label for="endpointUrl">${tr('URL du point de terminaison')}</label>
<div class="input-group"><input id="endpointUrl" class="form-control" type="text" readonly value="${escapeHtml(url)}">
<button type="button" class="btn btn-outline-secondary">${tr('Copie')}</button></div></div></div>
<section class="card"><h2>${tr('Paramètres de base')}</h2>
<label for="iname">${tr("Nom de l'intégration")}</label> <input id="iname" type="text" value="Uptrends production">
<label for="ep">${tr("Politique d'escalade")}</label> <select id="ep"><option>${tr('Défaut')}</option></select>
<label for="rg">${tr('Groupes de destinataires')}</label> <select id="rg"><option>Ops</option></select>
<button type="submit" class="btn btn-primary">${tr('Soumettre')}</button></section></main>`;
    await serve(
      browser,
      'https://app.alertops.com/integrations/inbound/api/edit/5150*',
      doc('fr', 'AlertOps', body, '', ' class="translated-ltr"'),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/integrations/inbound/api/edit/5150');
      await waitForCapture(url);
    });
  });
});
