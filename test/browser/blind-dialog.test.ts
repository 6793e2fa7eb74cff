/**
 * Blind acceptance tests: the Uptrends integration editor's "⋯" value dialog and editor variants, in EN/NL/DE/FR,
 * rendered the way common UI frameworks render dialogs (jQuery UI, Bootstrap 5, native <dialog>, Angular CDK overlay,
 * a React portal, a Vue-like dialog, tabs and radios), written from domain.md and the Uptrends KB without reading the
 * extension's source. Pages are served on the real host names; assertions read only what the user sees or what the
 * page's own model holds (what the editor's Save would send), never the extension's internals.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  eventually,
  launchWithExtension,
  type PageModel,
  pageModel,
  withPage as withBrowserPage,
} from './chromium.ts';
import { capturedUrls, clearLocalStorage, escapeHtml, NOTICE, serve, sleep, validUrl } from './hostile-pages.ts';
import { pollPageModel } from './page-model.ts';
import { noticeText } from './uptrends-journey.ts';

let browser: ExtensionBrowser;
let fillUrl: string;

beforeAll(async () => {
  browser = await launchWithExtension();
  // Exactly one capture, made the way a user makes it: a saved AlertOps integration shows its API URL.
  await clearLocalStorage(browser);
  fillUrl = validUrl();
  await serve(
    browser,
    'https://app.alertops.com/integrations/inbound/api/edit/3141*',
    doc(
      'en',
      'AlertOps',
      `<main><h1>Uptrends dialogs</h1><div class="endpoint"><span>API URL</span> <span>${fillUrl}</span> <button type="button">Copy</button></div></main>`,
    ),
  );
  await withPage(async (page) => {
    await page.goto('https://app.alertops.com/integrations/inbound/api/edit/3141');
    await eventually(
      () => capturedUrls(browser),
      (urls) => urls.includes(fillUrl),
      15_000,
    );
  });
});

afterAll(async () => {
  await browser?.close();
});

function withPage<T>(run: (page: Page) => Promise<T>): Promise<T> {
  return withBrowserPage(browser, run);
}

function doc(lang: string, title: string, body: string, script = '', style = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:14px sans-serif} .hidden{display:none} table{border-collapse:collapse} td,th{padding:4px 8px}
.value-preview{display:inline-block;min-width:200px;font-family:monospace}${style}</style></head>
<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

type AnyModel = PageModel;

const model = pageModel;

function saves(page: Page): Promise<number> {
  return page.evaluate(() => (window as AnyModel).saves as number);
}

/** Dialogs of the page (not the extension's shadow-rooted notice) a user can see right now. */
function visibleDialogs(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      Array.from(document.querySelectorAll('[role=dialog], [role=alertdialog], dialog')).filter((el) => {
        if (el instanceof HTMLDialogElement) return el.open;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return (
          el.isConnected &&
          style.display !== 'none' &&
          style.visibility !== 'hidden' &&
          box.width > 0 &&
          box.height > 0 &&
          (el as HTMLElement).checkVisibility({ opacityProperty: true } as CheckVisibilityOptions)
        );
      }).length,
  );
}

/** What the user would see when a wait fails: fields, dialogs, the page model, the extension's notice. */
async function explain(page: Page): Promise<string> {
  const seen = await page.evaluate(() => ({
    fields: Array.from(document.querySelectorAll('input,select')).map(
      (f) =>
        `${(f as HTMLInputElement).id || (f as HTMLInputElement).name}:${(f as HTMLInputElement).type}:${(f as HTMLInputElement).value}${(f as HTMLInputElement).checked ? '*' : ''}${(f as HTMLInputElement).disabled ? '(disabled)' : ''}`,
    ),
    dialogs: Array.from(document.querySelectorAll('[role=dialog], dialog')).map(
      (d) =>
        `${d.tagName}${d instanceof HTMLDialogElement ? (d.open ? '[open]' : '[closed]') : ''} display=${getComputedStyle(d).display}`,
    ),
    openings: (window as AnyModel).openings,
    saves: (window as AnyModel).saves,
    model: (window as AnyModel).model,
    trace: (window as AnyModel).trace,
  }));
  return `${JSON.stringify(seen)}\nnotice: ${JSON.stringify(await noticeText(page))}`;
}

function pollModel(page: Page, read: (m: AnyModel) => unknown, expected: unknown, timeout = 15_000): Promise<void> {
  return pollPageModel(page, read, expected, { explain, timeout });
}

async function pollNotice(page: Page, pattern: RegExp, timeout = 15_000) {
  try {
    await expect.poll(() => noticeText(page), { timeout }).toMatch(pattern);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${await explain(page)}`);
  }
}

async function pollNoDialog(page: Page, timeout = 5_000) {
  try {
    await expect.poll(() => visibleDialogs(page), { timeout }).toBe(0);
  } catch (error) {
    throw new Error(`a dialog of the page is left open\n${(error as Error).message}\n${await explain(page)}`);
  }
}

/* ----------------------------------------------------------------------------------------------------------------- */

const L = {
  en: {
    menu: 'Alerting > Integrations',
    title: 'New integration',
    name: 'Integration name',
    type: 'Integration type',
    vars: 'Predefined variables',
    variable: 'Variable',
    here: 'Specify value here',
    inLevel: 'Specify value in escalation level',
    plain: 'Plain text',
    vault: 'Vault credentials',
    value: 'Value',
    save: 'Save',
    cancel: 'Cancel',
    source: 'Value source',
    edit: 'Edit value',
  },
  nl: {
    menu: 'Alerting > Integraties',
    title: 'Nieuwe integratie',
    name: 'Integratienaam',
    type: 'Integratietype',
    vars: 'Voorgedefinieerde variabelen',
    variable: 'Variabele',
    here: 'Waarde hier opgeven',
    inLevel: 'Waarde opgeven in escalatieniveau',
    plain: 'Platte tekst',
    vault: 'Kluisreferenties',
    value: 'Waarde',
    save: 'Opslaan',
    cancel: 'Annuleren',
    source: 'Bron',
    edit: 'Waarde bewerken',
  },
  de: {
    menu: 'Alarmierung > Integrationen',
    title: 'Neue Integration',
    name: 'Integrationsname',
    type: 'Integrationstyp',
    vars: 'Vordefinierte Variablen',
    variable: 'Variable',
    here: 'Wert hier eintragen',
    inLevel: 'Wert in Eskalationsstufe eintragen',
    plain: 'Klartext',
    vault: 'Tresor-Anmeldedaten',
    value: 'Wert',
    save: 'Speichern',
    cancel: 'Abbrechen',
    source: 'Quelle',
    edit: 'Wert bearbeiten',
  },
  fr: {
    menu: 'Alerte > Intégrations',
    title: 'Nouvelle intégration',
    name: "Nom de l'intégration",
    type: "Type d'intégration",
    vars: 'Variables prédéfinies',
    variable: 'Variable',
    here: 'Spécifiez la valeur ici',
    inLevel: "Spécifiez la valeur dans le niveau d'escalade",
    plain: 'Texte brut',
    vault: 'Identifiants du coffre-fort',
    value: 'Valeur',
    save: 'Enregistrer',
    cancel: 'Annuler',
    source: 'Source',
    edit: 'Modifier la valeur',
  },
};
type Lang = keyof typeof L;

interface EditorOptions {
  lang: Lang;
  type?: string;
  /** Variable rows, in order. */
  vars: string[];
  /** Values the integration already holds (an existing integration). */
  values?: Record<string, string>;
  name?: string;
  /** Show stored values masked, the way a secret is shown. */
  masked?: boolean;
}

/**
 * Page-side editor: name field, type, one row per predefined variable (mode drop-down, value preview, "⋯" button).
 * `window.model` is what Save would send; `window.saves` counts Save clicks; `window.openings` counts "⋯" clicks.
 * The test's own script defines `openValueDialog(varName)` and calls `commit(varName, value)` on confirm.
 */
function editorPage(options: EditorOptions, dialogScript: string, extraBody = ''): { body: string; script: string } {
  const labels = L[options.lang];
  const vars = Object.fromEntries(options.vars.map((v) => [v, { mode: 'here', value: options.values?.[v] ?? '' }]));
  const script = `
const L = ${JSON.stringify(labels)};
const OPTS = ${JSON.stringify({ type: options.type ?? 'AlertOps', vars: options.vars, masked: !!options.masked })};
const esc = (s) => String(s ?? '').replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;').replace(/"/g,'&quot;');
window.model = { name: ${JSON.stringify(options.name ?? '')}, type: OPTS.type, vars: ${JSON.stringify(vars)} };
window.saves = 0; window.sent = []; window.openings = {}; window.trace = [];
const trace = (x) => window.trace.push(Math.round(performance.now()) + ' ' + x);
for (const ev of ['pointerdown','mousedown','click','input','change','focusin','keydown']) document.addEventListener(ev, (e) => { const t = e.target; if (t && t.closest && t.closest('[role=dialog],dialog')) trace(ev + ' ' + t.tagName + (t.id ? '#' + t.id : '') + (t.value !== undefined && t.tagName !== 'BUTTON' ? '=' + String(t.value).slice(0, 12) : '') + (t.disabled ? ' (disabled)' : '') + (e.isTrusted ? '' : ' synthetic')); }, true);
const editor = document.getElementById('editor');
editor.innerHTML = '<form class="integration-editor" onsubmit="return false"><h1>' + esc(L.title) + '</h1>' +
  '<div class="form-group"><label for="f-name">' + esc(L.name) + '</label> <input id="f-name" class="form-control" type="text"></div>' +
  '<div class="form-group"><label for="f-type">' + esc(L.type) + '</label> <select id="f-type" class="form-control" disabled><option>' + esc(OPTS.type) + '</option></select></div>' +
  '<fieldset class="predefined"><legend>' + esc(L.vars) + '</legend><table class="table"><thead><tr><th>' + esc(L.variable) + '</th><th></th><th>' + esc(L.value) + '</th><th></th></tr></thead><tbody>' +
  OPTS.vars.map((v) => '<tr class="var-row" data-var="' + esc(v) + '"><td id="vl-' + esc(v) + '">' + esc(v) + '</td>' +
    '<td><select class="mode form-control" aria-label="' + esc(L.source) + '"><option value="here">' + esc(L.here) + '</option><option value="level">' + esc(L.inLevel) + '</option></select></td>' +
    '<td><span class="value-preview" aria-labelledby="vl-' + esc(v) + '"></span></td>' +
    '<td><button type="button" class="btn btn-default dots" title="' + esc(L.edit) + '">⋯</button></td></tr>').join('') +
  '</tbody></table></fieldset>' +
  '<div class="actions"><button type="button" class="btn btn-primary" id="save">' + esc(L.save) + '</button> <button type="button" class="btn">' + esc(L.cancel) + '</button></div></form>';
const nameField = editor.querySelector('#f-name');
nameField.value = window.model.name;
nameField.addEventListener('input', () => { window.model.name = nameField.value; });
nameField.addEventListener('change', () => { window.model.name = nameField.value; });
function showPreview(v) {
  const value = window.model.vars[v].value;
  editor.querySelector('tr[data-var="' + v + '"] .value-preview').textContent = value ? (OPTS.masked ? '••••••••' : value) : '';
}
function commit(v, value) { window.model.vars[v].value = value; showPreview(v); }
for (const row of editor.querySelectorAll('.var-row')) {
  const v = row.dataset.var;
  showPreview(v);
  const mode = row.querySelector('.mode');
  mode.addEventListener('change', () => { window.model.vars[v].mode = mode.value; });
  row.querySelector('.dots').addEventListener('click', () => {
    window.openings[v] = (window.openings[v] || 0) + 1;
    trace('"⋯" clicked for ' + v);
    openValueDialog(v);
  });
}
editor.querySelector('#save').addEventListener('click', () => { window.saves++; window.sent.push(JSON.parse(JSON.stringify(window.model))); });
${dialogScript}`;
  const body = `<nav class="breadcrumb">${escapeHtml(labels.menu)}</nav><main id="editor"></main>${extraBody}`;
  return { body, script };
}

async function servePage(path: string, lang: Lang, page: { body: string; script: string }, style = '') {
  await serve(browser, `https://app.uptrends.com${path}*`, doc(lang, 'Uptrends', page.body, page.script, style));
}

/** The common end state of a successful fill through the dialog. */
async function expectFilled(page: Page, variable: string) {
  await pollModel(page, (m) => m.vars[variable].value, fillUrl);
  await pollNoDialog(page);
  await sleep(1500);
  const m = await model(page);
  expect(m.vars[variable].value, 'still the captured URL a moment later').toBe(fillUrl);
  expect(m.vars[variable].mode).toBe('here');
  expect(await visibleDialogs(page), `no dialog left open\n${await explain(page)}`).toBe(0);
  expect(await saves(page), "the editor's Save is never clicked").toBe(0);
}

/* ================================================================================================================= */

describe('"⋯" value dialogs of common UI frameworks', () => {
  it('EN jQuery UI dialog: content div moved into a .ui-dialog appended to body, hidden (not removed) on close; "Select"', async () => {
    const dialog = `
// jQuery UI: the content lives hidden in the page; open() wraps it in .ui-dialog at the end of body; close() hides it.
const content = document.getElementById('valueDialog');
content.removeAttribute('title');
let wrapper = null, overlay = null, current = null;
function closeDialog() { wrapper.style.display = 'none'; if (overlay) overlay.remove(); overlay = null; }
function openValueDialog(v) {
  current = v;
  if (!wrapper) {
    wrapper = document.createElement('div');
    wrapper.className = 'ui-dialog ui-corner-all ui-widget ui-widget-content ui-front ui-dialog-buttons ui-draggable';
    wrapper.tabIndex = -1;
    wrapper.setAttribute('role', 'dialog'); wrapper.setAttribute('aria-describedby', 'valueDialog'); wrapper.setAttribute('aria-labelledby', 'ui-id-1');
    wrapper.innerHTML = '<div class="ui-dialog-titlebar ui-corner-all ui-widget-header ui-helper-clearfix"><span id="ui-id-1" class="ui-dialog-title"></span>' +
      '<button type="button" class="ui-button ui-corner-all ui-widget ui-button-icon-only ui-dialog-titlebar-close" title="Close"><span class="ui-button-icon ui-icon ui-icon-closethick"></span><span class="ui-button-icon-space"> </span>Close</button></div>';
    content.classList.add('ui-dialog-content', 'ui-widget-content');
    wrapper.append(content);
    const pane = document.createElement('div');
    pane.className = 'ui-dialog-buttonpane ui-widget-content ui-helper-clearfix';
    pane.innerHTML = '<div class="ui-dialog-buttonset"><button type="button" class="ui-button ui-corner-all ui-widget">Select</button><button type="button" class="ui-button ui-corner-all ui-widget">Cancel</button></div>';
    wrapper.append(pane);
    document.body.append(wrapper);
    const [sel, can] = pane.querySelectorAll('button');
    sel.addEventListener('click', () => {
      const src = content.querySelector('input[name=src]:checked').value;
      commit(current, src === 'plain' ? content.querySelector('#dlg-value').value : '');
      closeDialog();
    });
    can.addEventListener('click', closeDialog);
    wrapper.querySelector('.ui-dialog-titlebar-close').addEventListener('click', closeDialog);
    wrapper.addEventListener('keydown', (e) => { if (e.key === 'Escape') closeDialog(); });
  }
  wrapper.querySelector('.ui-dialog-title').textContent = 'Edit value: ' + v;
  content.querySelector('#dlg-value').value = window.model.vars[v].value;
  content.querySelector('input[value=plain]').checked = true;
  content.style.display = 'block';
  overlay = document.createElement('div'); overlay.className = 'ui-widget-overlay ui-front';
  document.body.insertBefore(overlay, wrapper);
  wrapper.style.display = 'block';
}`;
    const extra = `<div id="valueDialog" title="Edit value" style="display:none">
<p><label><input type="radio" name="src" value="plain" checked> Plain text</label>
<label><input type="radio" name="src" value="vault"> Vault credentials</label></p>
<p><label for="dlg-value">Value</label> <input type="text" id="dlg-value" class="text ui-widget-content ui-corner-all"></p></div>`;
    const style = `.ui-dialog{position:absolute;top:120px;left:300px;width:420px;background:#fff;border:1px solid #aaa;z-index:101}
.ui-widget-overlay{position:fixed;inset:0;background:#aaa;opacity:.3;z-index:100}`;
    await servePage(
      '/Alerting/Integrations/Edit/jqueryui',
      'en',
      editorPage({ lang: 'en', vars: ['ApiUrl'] }, dialog, extra),
      style,
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/jqueryui');
      await expectFilled(page, 'ApiUrl');
      expect(await page.locator('tr[data-var="ApiUrl"] .value-preview').textContent()).toBe(fillUrl);
      expect((await model(page)).name, 'a proposed name, heard by the page').toMatch(/AlertOps/);
      expect(await page.getByLabel('Integration name').inputValue()).toBe((await model(page)).name);
      await pollNotice(page, /filled in/);
    });
  });

  it('NL Bootstrap 5 modal: backdrop 150 ms then a 300 ms fade (opacity 0 → 1), hide() ignored while fading; "Selecteren"', async () => {
    const dialog = `
// A faithful miniature of Bootstrap 5's Modal: show/hide are ignored while a transition runs.
const el = document.getElementById('valueModal');
const input = el.querySelector('#modal-value');
let current = null, backdrop = null;
const modal = {
  shown: false, transitioning: false,
  show() {
    if (this.shown || this.transitioning) return;
    this.shown = true; this.transitioning = true;
    document.body.classList.add('modal-open');
    backdrop = document.createElement('div'); backdrop.className = 'modal-backdrop fade'; document.body.append(backdrop);
    void backdrop.offsetHeight; backdrop.classList.add('show');
    setTimeout(() => {
      el.style.display = 'block'; el.removeAttribute('aria-hidden'); el.setAttribute('aria-modal', 'true'); el.setAttribute('role', 'dialog');
      el.scrollTop = 0; void el.offsetHeight; el.classList.add('show');
      setTimeout(() => { this.transitioning = false; input.focus(); el.dispatchEvent(new Event('shown.bs.modal')); }, 300);
    }, 150);
  },
  hide() {
    if (!this.shown || this.transitioning) return;
    this.shown = false; this.transitioning = true;
    el.classList.remove('show');
    setTimeout(() => {
      el.style.display = 'none'; el.setAttribute('aria-hidden', 'true'); el.removeAttribute('aria-modal'); el.removeAttribute('role');
      backdrop.classList.remove('show');
      setTimeout(() => { backdrop.remove(); backdrop = null; document.body.classList.remove('modal-open'); this.transitioning = false; }, 150);
    }, 300);
  },
};
// Bootstrap's focus trap: focus that leaves an open modal is brought back into it.
document.addEventListener('focusin', (e) => { if (modal.shown && !el.contains(e.target)) input.focus(); });
el.addEventListener('keydown', (e) => { if (e.key === 'Escape') modal.hide(); });
el.addEventListener('mousedown', (e) => { if (e.target === el) modal.hide(); });
for (const b of el.querySelectorAll('[data-bs-dismiss=modal]')) b.addEventListener('click', () => modal.hide());
el.querySelector('#modal-select').addEventListener('click', () => {
  trace('Selecteren handler, transitioning=' + modal.transitioning);
  if (el.querySelector('input[name=src]:checked').value === 'plain') commit(current, input.value);
  modal.hide();
});
function openValueDialog(v) {
  current = v;
  el.querySelector('#valueModalLabel').textContent = L.edit + ': ' + v;
  el.querySelector('#src-plain').checked = true;
  input.value = window.model.vars[v].value;
  modal.show();
}`;
    const extra = `<div class="modal fade" id="valueModal" tabindex="-1" aria-labelledby="valueModalLabel" aria-hidden="true">
<div class="modal-dialog"><div class="modal-content">
<div class="modal-header"><h5 class="modal-title" id="valueModalLabel">Waarde bewerken</h5><button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Sluiten"></button></div>
<div class="modal-body">
<div class="form-check"><input class="form-check-input" type="radio" name="src" id="src-plain" value="plain" checked><label class="form-check-label" for="src-plain">Platte tekst</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="src" id="src-vault" value="vault"><label class="form-check-label" for="src-vault">Kluisreferenties</label></div>
<label for="modal-value" class="form-label">Waarde</label> <input type="text" class="form-control" id="modal-value"></div>
<div class="modal-footer"><button type="button" class="btn btn-secondary" data-bs-dismiss="modal">Annuleren</button>
<button type="button" class="btn btn-primary" id="modal-select">Selecteren</button></div></div></div></div>`;
    const style = `.modal{position:fixed;top:0;left:0;z-index:1055;display:none;width:100%;height:100%;overflow-x:hidden;overflow-y:auto;outline:0}
.fade{transition:opacity .3s linear}.fade:not(.show){opacity:0}
.modal-backdrop{position:fixed;top:0;left:0;z-index:1050;width:100vw;height:100vh;background:#000}
.modal-backdrop.fade{transition:opacity .15s linear;opacity:0}.modal-backdrop.show{opacity:.5}
.modal-dialog{position:relative;margin:1.75rem auto;max-width:500px}.modal-content{background:#fff;padding:1rem}
body.modal-open{overflow:hidden}`;
    await servePage(
      '/Alerting/Integraties/Bewerken/bootstrap',
      'nl',
      editorPage({ lang: 'nl', vars: ['Url'] }, dialog, extra),
      style,
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integraties/Bewerken/bootstrap');
      await expectFilled(page, 'Url');
      const state = await page.evaluate(() => ({
        shown: document.getElementById('valueModal')?.classList.contains('show'),
        display: getComputedStyle(document.getElementById('valueModal') as Element).display,
        backdrop: document.querySelectorAll('.modal-backdrop').length,
        bodyOpen: document.body.classList.contains('modal-open'),
      }));
      expect(state, 'the modal is closed the way Bootstrap closes it').toEqual({
        shown: false,
        display: 'none',
        backdrop: 0,
        bodyOpen: false,
      });
      expect(await page.locator('tr[data-var="Url"] .value-preview').textContent()).toBe(fillUrl);
    });
  });

  it('DE native <dialog> opened with showModal(), <form method="dialog">, required value, "Übernehmen" returns "ok"', async () => {
    const dialog = `
const dlg = document.getElementById('wertDialog');
const input = dlg.querySelector('#wd-value');
let current = null;
dlg.addEventListener('close', () => {
  if (dlg.returnValue === 'ok' && dlg.querySelector('input[name=src]:checked').value === 'plain') commit(current, input.value);
});
function openValueDialog(v) {
  current = v;
  dlg.returnValue = '';
  dlg.querySelector('#wd-title').textContent = L.edit + ': ' + v;
  dlg.querySelector('input[value=plain]').checked = true;
  input.value = window.model.vars[v].value;
  dlg.showModal();
}`;
    const extra = `<dialog id="wertDialog" aria-labelledby="wd-title"><form method="dialog"><h3 id="wd-title">Wert bearbeiten</h3>
<fieldset><legend>Quelle</legend><label><input type="radio" name="src" value="plain" checked> Klartext</label>
<label><input type="radio" name="src" value="vault"> Tresor-Anmeldedaten</label></fieldset>
<p><label for="wd-value">Wert</label> <input id="wd-value" name="value" type="text" required></p>
<menu><button value="cancel" formnovalidate>Abbrechen</button> <button value="ok" id="wd-ok">Übernehmen</button></menu></form></dialog>`;
    await servePage(
      '/Alerting/Integrationen/Bearbeiten/nativ',
      'de',
      editorPage({ lang: 'de', vars: ['Url'] }, dialog, extra),
      'dialog::backdrop{background:rgba(0,0,0,.4)}',
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrationen/Bearbeiten/nativ');
      await expectFilled(page, 'Url');
      expect(await page.evaluate(() => (document.getElementById('wertDialog') as HTMLDialogElement).open)).toBe(false);
      expect(await page.locator('tr[data-var="Url"] .value-preview').textContent()).toBe(fillUrl);
    });
  });

  it('FR Angular CDK overlay: mat-dialog in .cdk-overlay-container, mat-radio, mat-form-field, "Appliquer" disabled while invalid', async () => {
    const dialog = `
let container = null, seq = 0;
function radio(id, value, label, checked) {
  return '<mat-radio-button class="mat-mdc-radio-button' + (checked ? ' mat-mdc-radio-checked' : '') + '"><div class="mdc-form-field"><div class="mdc-radio">' +
    '<input type="radio" class="mdc-radio__native-control" id="r-' + value + '-' + id + '" name="mat-radio-group-' + id + '" value="' + value + '"' + (checked ? ' checked' : '') + '>' +
    '<div class="mdc-radio__background"><div class="mdc-radio__outer-circle"></div><div class="mdc-radio__inner-circle"></div></div></div>' +
    '<label class="mdc-label" for="r-' + value + '-' + id + '">' + esc(label) + '</label></div></mat-radio-button>';
}
function openValueDialog(v) {
  if (!container) { container = document.createElement('div'); container.className = 'cdk-overlay-container'; document.body.append(container); }
  const id = seq++;
  const form = { source: 'text', value: window.model.vars[v].value };
  const backdrop = document.createElement('div');
  backdrop.className = 'cdk-overlay-backdrop cdk-overlay-dark-backdrop cdk-overlay-backdrop-showing';
  const wrap = document.createElement('div');
  wrap.className = 'cdk-global-overlay-wrapper'; wrap.dir = 'ltr';
  wrap.innerHTML = '<div id="cdk-overlay-' + id + '" class="cdk-overlay-pane mat-mdc-dialog-panel">' +
    '<mat-dialog-container tabindex="-1" class="mat-mdc-dialog-container mdc-dialog cdk-dialog-container mdc-dialog--open" role="dialog" aria-modal="true" id="mat-mdc-dialog-' + id + '" aria-labelledby="mat-mdc-dialog-title-' + id + '">' +
    '<div class="mdc-dialog__container"><div class="mat-mdc-dialog-surface mdc-dialog__surface"><app-variable-value-dialog>' +
    '<h2 mat-dialog-title class="mat-mdc-dialog-title mdc-dialog__title" id="mat-mdc-dialog-title-' + id + '">' + esc(v) + '</h2>' +
    '<mat-dialog-content class="mat-mdc-dialog-content mdc-dialog__content"><mat-radio-group role="radiogroup" class="mat-mdc-radio-group" aria-label="Source">' +
    radio(id, 'text', L.plain, true) + radio(id, 'vault', L.vault, false) + '</mat-radio-group>' +
    '<mat-form-field class="mat-mdc-form-field"><div class="mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--filled"><div class="mat-mdc-form-field-flex"><div class="mat-mdc-form-field-infix">' +
    '<label class="mdc-floating-label mat-mdc-floating-label" id="mat-mdc-form-field-label-' + id + '" for="mat-input-' + id + '"><mat-label>' + esc(L.value) + '</mat-label><span aria-hidden="true" class="mat-mdc-form-field-required-marker"></span></label>' +
    '<input matinput class="mat-mdc-input-element mdc-text-field__input" id="mat-input-' + id + '" required aria-required="true" aria-invalid="false"></div></div></div></mat-form-field></mat-dialog-content>' +
    '<mat-dialog-actions align="end" class="mat-mdc-dialog-actions mdc-dialog__actions">' +
    '<button mat-button type="button" class="mdc-button mat-mdc-button" data-act="cancel"><span class="mdc-button__label">' + esc(L.cancel) + '</span></button>' +
    '<button mat-flat-button color="primary" type="button" class="mdc-button mat-mdc-unelevated-button" data-act="apply"><span class="mdc-button__label">Appliquer</span></button>' +
    '</mat-dialog-actions></app-variable-value-dialog></div></div></mat-dialog-container></div>';
  container.append(backdrop, wrap);
  const input = wrap.querySelector('input[matinput]');
  const apply = wrap.querySelector('[data-act=apply]');
  // Change detection after every handled event (zone.js): the view follows the form model.
  const detect = () => {
    const invalid = form.source === 'text' && !form.value.trim();
    apply.disabled = invalid;
    apply.classList.toggle('mat-mdc-button-disabled', invalid);
    input.setAttribute('aria-invalid', String(invalid));
  };
  input.value = form.value; detect();
  input.addEventListener('input', () => { form.value = input.value; detect(); }); // DefaultValueAccessor
  for (const r of wrap.querySelectorAll('input[type=radio]')) r.addEventListener('change', () => { form.source = r.value; detect(); });
  const close = (result) => {
    wrap.querySelector('mat-dialog-container').classList.add('mdc-dialog--closing');
    backdrop.classList.remove('cdk-overlay-backdrop-showing');
    setTimeout(() => { wrap.remove(); backdrop.remove(); if (result !== undefined) commit(v, result); }, 75);
  };
  apply.addEventListener('click', () => close(form.source === 'text' ? form.value : ''));
  wrap.querySelector('[data-act=cancel]').addEventListener('click', () => close(undefined));
  backdrop.addEventListener('click', () => close(undefined));
  wrap.addEventListener('keydown', (e) => { if (e.key === 'Escape') close(undefined); });
  setTimeout(() => input.focus(), 0);
}`;
    const style = `.cdk-overlay-container{position:fixed;z-index:1000;top:0;left:0;height:100%;width:100%;pointer-events:none}
.cdk-global-overlay-wrapper{display:flex;position:absolute;inset:0;justify-content:center;align-items:center;pointer-events:none;z-index:1000}
.cdk-overlay-pane{pointer-events:auto;background:#fff;padding:24px;max-width:80vw;min-width:360px}
.cdk-overlay-backdrop{position:absolute;inset:0;pointer-events:auto;background:rgba(0,0,0,.32);z-index:1000}
mat-dialog-container,mat-dialog-content,mat-dialog-actions,mat-form-field,mat-radio-button,mat-radio-group{display:block}`;
    await servePage(
      '/Alerting/Integrations/Modifier/cdk',
      'fr',
      editorPage({ lang: 'fr', vars: ['ApiUrl'] }, dialog),
      style,
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Modifier/cdk');
      await expectFilled(page, 'ApiUrl');
      expect(await page.locator('.cdk-overlay-pane').count(), 'the overlay pane is gone').toBe(0);
      expect(await page.locator('tr[data-var="ApiUrl"] .value-preview').textContent()).toBe(fillUrl);
    });
  });

  it('EN React portal: the dialog mounts 500 ms after the click, controlled input with a value tracker, "OK"', async () => {
    const dialog = `
// React-like: a portal appended to body 500 ms after the click (lazy chunk); a controlled input whose value tracker
// makes React ignore input events for values set through the element's own setter; the view follows the state.
const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
function track(el) {
  let current = proto.get.call(el);
  Object.defineProperty(el, 'value', { configurable: true, get() { return proto.get.call(this); }, set(x) { current = String(x); proto.set.call(this, x); } });
  el._tracker = { get: () => current, set: (x) => { current = x; } };
}
let portal = null, state = null;
function render() {
  if (!state) { if (portal) portal.remove(); portal = null; return; }
  if (!portal.firstChild) {
    portal.innerHTML = '<div class="MuiBackdrop-root" aria-hidden="true"></div><div class="MuiDialog-container" role="presentation" tabindex="-1">' +
      '<div class="MuiPaper-root MuiDialog-paper" role="dialog" aria-modal="true" aria-labelledby="dlg-title"><h2 class="MuiDialogTitle-root" id="dlg-title"></h2>' +
      '<div class="MuiDialogContent-root"><div role="radiogroup" aria-label="Source"><label><input type="radio" name="src" value="text"> ' + esc(L.plain) + '</label> ' +
      '<label><input type="radio" name="src" value="vault"> ' + esc(L.vault) + '</label></div>' +
      '<div class="MuiFormControl-root MuiTextField-root"><label class="MuiInputLabel-root" for="dlg-value" id="dlg-value-label">' + esc(L.value) + '</label>' +
      '<div class="MuiInputBase-root"><input class="MuiInputBase-input" id="dlg-value" type="text"></div></div></div>' +
      '<div class="MuiDialogActions-root"><button type="button" class="MuiButton-root" data-act="cancel">' + esc(L.cancel) + '</button>' +
      '<button type="button" class="MuiButton-root MuiButton-contained" data-act="ok">OK</button></div></div></div>';
    track(portal.querySelector('#dlg-value'));
  }
  portal.querySelector('#dlg-title').textContent = state.v;
  for (const r of portal.querySelectorAll('input[type=radio]')) r.checked = r.value === state.source;
  const input = portal.querySelector('#dlg-value');
  if (input.value !== state.value) input.value = state.value;
}
function onValue(e) {
  const el = e.target; if (el.id !== 'dlg-value') return;
  const x = proto.get.call(el);
  if (el._tracker.get() === x) return;
  el._tracker.set(x); state.value = x; render();
}
function openValueDialog(v) {
  setTimeout(() => {
    state = { v, source: 'text', value: window.model.vars[v].value };
    portal = document.createElement('div');
    document.body.append(portal);
    portal.addEventListener('input', onValue);
    portal.addEventListener('change', onValue);
    // React's onChange for radios is driven by click.
    portal.addEventListener('click', (e) => {
      const t = e.target;
      if (t.type === 'radio') { state.source = t.value; render(); return; }
      const b = t.closest && t.closest('button'); if (!b) { if (t.classList.contains('MuiDialog-container')) { state = null; render(); } return; }
      if (b.dataset.act === 'ok') { const s = state; state = null; render(); commit(s.v, s.source === 'text' ? s.value : ''); }
      else if (b.dataset.act === 'cancel') { state = null; render(); }
    });
    portal.addEventListener('keydown', (e) => { if (e.key === 'Escape') { state = null; render(); } });
    render();
  }, 500);
}`;
    const style = `.MuiBackdrop-root{position:fixed;inset:0;background:rgba(0,0,0,.5);z-index:1300}
.MuiDialog-container{position:fixed;inset:0;display:flex;align-items:center;justify-content:center;z-index:1301}
.MuiDialog-paper{background:#fff;padding:16px;min-width:400px}`;
    await servePage(
      '/Alerting/Integrations/Edit/reactportal',
      'en',
      editorPage({ lang: 'en', vars: ['AlertOpsUrl'] }, dialog),
      style,
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/reactportal');
      await expectFilled(page, 'AlertOpsUrl');
      expect(await page.locator('tr[data-var="AlertOpsUrl"] .value-preview').textContent()).toBe(fillUrl);
    });
  });

  it('EN Vue-like dialog: "Apply" stays disabled until the value is non-empty, re-enabled on the next microtask', async () => {
    const dialog = `
// Vue-like (Element Plus markup): v-model listens to "input"; the DOM is patched on the next microtask (nextTick).
let overlay = null;
function openValueDialog(v) {
  const state = { source: 'text', value: window.model.vars[v].value };
  overlay = document.createElement('div');
  overlay.className = 'el-overlay';
  overlay.innerHTML = '<div class="el-overlay-dialog"><div class="el-dialog" role="dialog" aria-modal="true" aria-label="' + esc(L.edit) + '">' +
    '<header class="el-dialog__header"><span class="el-dialog__title">' + esc(v) + '</span><button type="button" class="el-dialog__headerbtn" aria-label="Close">×</button></header>' +
    '<div class="el-dialog__body"><div class="el-radio-group" role="radiogroup">' +
    '<label class="el-radio is-checked"><span class="el-radio__input"><span class="el-radio__inner"></span><input class="el-radio__original" type="radio" name="src" value="text" checked></span><span class="el-radio__label">' + esc(L.plain) + '</span></label>' +
    '<label class="el-radio"><span class="el-radio__input"><span class="el-radio__inner"></span><input class="el-radio__original" type="radio" name="src" value="vault"></span><span class="el-radio__label">' + esc(L.vault) + '</span></label></div>' +
    '<div class="el-input"><div class="el-input__wrapper"><input class="el-input__inner" type="text" autocomplete="off" placeholder="' + esc(L.value) + '" aria-label="' + esc(L.value) + '"></div></div></div>' +
    '<footer class="el-dialog__footer"><button type="button" class="el-button" data-act="cancel"><span>' + esc(L.cancel) + '</span></button>' +
    '<button type="button" class="el-button el-button--primary is-disabled" aria-disabled="true" disabled data-act="apply"><span>Apply</span></button></footer></div></div>';
  document.body.append(overlay);
  const input = overlay.querySelector('.el-input__inner');
  const apply = overlay.querySelector('[data-act=apply]');
  const patch = () => {
    const off = state.source === 'text' && !state.value.trim();
    apply.disabled = off; apply.classList.toggle('is-disabled', off); apply.setAttribute('aria-disabled', String(off));
    for (const r of overlay.querySelectorAll('.el-radio')) r.classList.toggle('is-checked', r.querySelector('input').value === state.source);
  };
  const schedule = () => Promise.resolve().then(patch);
  input.value = state.value; patch();
  input.addEventListener('input', () => { state.value = input.value; schedule(); });
  for (const r of overlay.querySelectorAll('input[type=radio]')) r.addEventListener('change', () => { state.source = r.value; schedule(); });
  const close = () => { const o = overlay; overlay = null; o.classList.add('dialog-fade-leave-active'); setTimeout(() => o.remove(), 300); o.style.opacity = '0'; o.style.pointerEvents = 'none'; o.querySelector('.el-dialog').style.display = 'none'; };
  apply.addEventListener('click', () => { trace('apply handler'); commit(v, state.source === 'text' ? state.value : ''); close(); });
  trace('opened, apply disabled=' + apply.disabled);
  new MutationObserver(() => trace('apply disabled=' + apply.disabled)).observe(apply, { attributes: true, attributeFilter: ['disabled'] });
  overlay.querySelector('[data-act=cancel]').addEventListener('click', close);
  overlay.querySelector('.el-dialog__headerbtn').addEventListener('click', close);
}`;
    const style = `.el-overlay{position:fixed;inset:0;background:rgba(0,0,0,.5);z-index:2000;transition:opacity .3s}
.el-dialog{background:#fff;margin:15vh auto;width:480px;padding:16px}`;
    await servePage('/Alerting/Integrations/Edit/vue', 'en', editorPage({ lang: 'en', vars: ['Url'] }, dialog), style);
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/vue');
      await expectFilled(page, 'Url');
      expect(await page.locator('tr[data-var="Url"] .value-preview').textContent()).toBe(fillUrl);
    });
  });
});

/* ================================================================================================================= */

describe('choosing plain text first', () => {
  it('EN tabs "Text" / "Vault item" / "Variable", the dialog opening on "Vault item"; "Select" there only says "Choose a vault item"', async () => {
    const dialog = `
let box = null;
function openValueDialog(v) {
  // The dialog remembers the last source used: a vault item.
  const state = { tab: 'vault', text: window.model.vars[v].value, vault: '', variable: '' };
  box = document.createElement('div');
  box.className = 'modal-window'; box.setAttribute('role', 'dialog'); box.setAttribute('aria-modal', 'true'); box.setAttribute('aria-labelledby', 'vd-title');
  box.innerHTML = '<h3 id="vd-title">' + esc(v) + '</h3><div role="tablist" class="tabs"></div><div role="tabpanel" class="panel"></div><p class="err" role="alert"></p>' +
    '<div class="buttons"><button type="button" data-act="select">Select</button> <button type="button" data-act="cancel">' + esc(L.cancel) + '</button></div>';
  document.body.append(box);
  const TABS = [['text', 'Text'], ['vault', 'Vault item'], ['variable', 'Variable']];
  const tabs = box.querySelector('.tabs'), panel = box.querySelector('.panel');
  function render() {
    tabs.innerHTML = TABS.map(([k, label]) => '<button type="button" role="tab" id="tab-' + k + '" data-tab="' + k + '" aria-selected="' + (state.tab === k) + '" tabindex="' + (state.tab === k ? 0 : -1) + '">' + label + '</button>').join('');
    panel.setAttribute('aria-labelledby', 'tab-' + state.tab);
    if (state.tab === 'text') panel.innerHTML = '<label for="vd-text">' + esc(L.value) + '</label> <input id="vd-text" type="text">';
    else if (state.tab === 'vault') panel.innerHTML = '<label for="vd-vault">Vault item</label> <select id="vd-vault"><option value="">Choose...</option><option value="k1">Ops API key</option><option value="k2">Pager bridge</option></select>';
    else panel.innerHTML = '<label for="vd-var">Variable</label> <select id="vd-var"><option value="">Choose...</option><option>{{MonitorName}}</option></select>';
    const f = panel.querySelector('input,select');
    f.value = state[state.tab];
    f.addEventListener('input', () => { state[state.tab] = f.value; });
    f.addEventListener('change', () => { state[state.tab] = f.value; });
  }
  tabs.addEventListener('click', (e) => { const t = e.target.closest('[role=tab]'); if (!t) return; state.tab = t.dataset.tab; box.querySelector('.err').textContent = ''; render(); });
  box.querySelector('[data-act=select]').addEventListener('click', () => {
    if (state.tab === 'vault' && !state.vault) { box.querySelector('.err').textContent = 'Choose a vault item'; return; }
    if (state.tab === 'variable' && !state.variable) { box.querySelector('.err').textContent = 'Choose a variable'; return; }
    window.model.vars[v].source = state.tab;
    commit(v, state[state.tab]);
    box.remove();
  });
  box.querySelector('[data-act=cancel]').addEventListener('click', () => box.remove());
  render();
}`;
    const style =
      '.modal-window{position:fixed;top:100px;left:30%;width:440px;background:#fff;border:1px solid #888;padding:12px;z-index:50}';
    await servePage(
      '/Alerting/Integrations/Edit/tabs',
      'en',
      editorPage({ lang: 'en', vars: ['ApiUrl'] }, dialog),
      style,
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/tabs');
      await expectFilled(page, 'ApiUrl');
      expect((await model(page)).vars.ApiUrl.source, 'the value is plain text, not a vault item').toBe('text');
    });
  });

  it('NL radios "Kluisitem" (chosen) / "Platte tekst" / "Variabele": the value field is disabled and cleared until "Platte tekst"; "Toepassen"', async () => {
    const dialog = `
function openValueDialog(v) {
  const box = document.createElement('div');
  box.className = 'popup'; box.setAttribute('role', 'dialog'); box.setAttribute('aria-labelledby', 'pt');
  box.innerHTML = '<h3 id="pt">' + esc(v) + '</h3><fieldset><legend>' + esc(L.source) + '</legend>' +
    '<label><input type="radio" name="src" value="vault" checked> Kluisitem</label> ' +
    '<label><input type="radio" name="src" value="text"> ' + esc(L.plain) + '</label> ' +
    '<label><input type="radio" name="src" value="variable"> Variabele</label></fieldset>' +
    '<div class="vault-row"><label for="kv">Kluisitem</label> <select id="kv"><option value="">Kies...</option><option value="k1">Ops sleutel</option></select></div>' +
    '<div class="text-row"><label for="pv">' + esc(L.value) + '</label> <input id="pv" type="text" disabled></div>' +
    '<button type="button" data-act="apply">Toepassen</button> <button type="button" data-act="cancel">' + esc(L.cancel) + '</button>';
  document.body.append(box);
  const input = box.querySelector('#pv'), vault = box.querySelector('#kv');
  for (const r of box.querySelectorAll('input[name=src]')) r.addEventListener('change', () => {
    // Switching the source starts the value over.
    input.value = ''; vault.value = '';
    input.disabled = r.value !== 'text';
    box.querySelector('.vault-row').hidden = r.value !== 'vault';
  });
  box.querySelector('[data-act=apply]').addEventListener('click', () => {
    const src = box.querySelector('input[name=src]:checked').value;
    window.model.vars[v].source = src;
    commit(v, src === 'text' ? input.value : src === 'vault' ? vault.value : '');
    box.remove();
  });
  box.querySelector('[data-act=cancel]').addEventListener('click', () => box.remove());
}`;
    const style =
      '.popup{position:fixed;top:100px;left:30%;width:440px;background:#fff;border:1px solid #888;padding:12px;z-index:50}';
    await servePage(
      '/Alerting/Integraties/Bewerken/radios',
      'nl',
      editorPage({ lang: 'nl', vars: ['ApiUrl'] }, dialog),
      style,
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integraties/Bewerken/radios');
      await expectFilled(page, 'ApiUrl');
      expect((await model(page)).vars.ApiUrl.source, 'plain text was chosen').toBe('text');
    });
  });
});

/* ================================================================================================================= */

describe('dialogs that close by themselves or never open', () => {
  it('FR light-dismiss popover: closes on a pointer down or focus outside it, or Escape, discarding the value; "Sélectionner"', async () => {
    const dialog = `
let pop = null;
function dismiss() { if (pop) { pop.remove(); pop = null; } }
document.addEventListener('mousedown', (e) => { if (pop && !pop.contains(e.target) && !e.target.closest('.dots')) dismiss(); }, true);
document.addEventListener('pointerdown', (e) => { if (pop && !pop.contains(e.target) && !e.target.closest('.dots')) dismiss(); }, true);
document.addEventListener('focusin', (e) => { if (pop && !pop.contains(e.target) && !e.target.closest('.dots')) dismiss(); });
document.addEventListener('keydown', (e) => { if (pop && e.key === 'Escape') dismiss(); });
function openValueDialog(v) {
  if (pop) { dismiss(); return; } // the "⋯" button toggles
  const anchor = document.querySelector('tr[data-var="' + v + '"] .dots').getBoundingClientRect();
  pop = document.createElement('div');
  pop.className = 'popover'; pop.setAttribute('role', 'dialog'); pop.setAttribute('aria-label', L.edit);
  pop.style.top = (anchor.bottom + window.scrollY + 4) + 'px'; pop.style.left = Math.max(0, anchor.right - 360) + 'px';
  pop.innerHTML = '<label><input type="radio" name="src" value="plain" checked> ' + esc(L.plain) + '</label> <label><input type="radio" name="src" value="vault"> ' + esc(L.vault) + '</label>' +
    '<p><label for="pop-v">' + esc(L.value) + '</label> <input id="pop-v" type="text"></p><button type="button" data-act="sel">Sélectionner</button>';
  document.body.append(pop);
  const input = pop.querySelector('#pop-v'); input.value = window.model.vars[v].value;
  pop.querySelector('[data-act=sel]').addEventListener('click', () => {
    commit(v, pop.querySelector('input[name=src]:checked').value === 'plain' ? input.value : '');
    dismiss();
  });
}`;
    const style =
      '.popover{position:absolute;width:360px;background:#fff;border:1px solid #888;box-shadow:0 2px 8px #0003;padding:10px;z-index:60}';
    await servePage(
      '/Alerting/Integrations/Modifier/popover',
      'fr',
      editorPage({ lang: 'fr', vars: ['ApiUrl'] }, dialog),
      style,
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Modifier/popover');
      await expectFilled(page, 'ApiUrl');
      const m = await model(page);
      expect(m.name, 'a proposed name, heard by the page').toMatch(/AlertOps/);
      expect(await page.getByLabel("Nom de l'intégration").inputValue()).toBe(m.name);
    });
  });

  it('DE "⋯" button that opens nothing (its script failed to load): the user is told in words, nothing half-done', async () => {
    const dialog = `
function openValueDialog(v) {
  // The lazy dialog module failed to load: the click does nothing visible.
  Promise.reject(new Error('ChunkLoadError: value-dialog')).catch(() => {});
}`;
    await servePage(
      '/Alerting/Integrationen/Bearbeiten/kaputt',
      'de',
      editorPage({ lang: 'de', vars: ['Url'] }, dialog),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrationen/Bearbeiten/kaputt');
      await pollNotice(page, /\S/);
      await sleep(4000);
      const notice = await noticeText(page);
      expect(notice, 'never claims a fill that did not happen').not.toMatch(/filled in/i);
      expect(notice, 'says in words that the URL still has to be put in').toMatch(
        /could ?n[o']t|can ?n[o']t|cannot|unable|failed|did ?n[o']t|not open|by hand|manually|yourself|paste|copy/i,
      );
      const m = await model(page);
      expect(m.vars.Url).toEqual({ mode: 'here', value: '' });
      expect(await page.locator('tr[data-var="Url"] .value-preview').textContent()).toBe('');
      expect(await visibleDialogs(page), 'nothing left open').toBe(0);
      expect(await saves(page)).toBe(0);
    });
  });
});

/* ================================================================================================================= */

/** A plain dialog appended to body: radios, value input (`inputType`), confirm button `confirm`. */
function simpleDialog(confirm: string, inputType = 'text'): string {
  return `
function openValueDialog(v) {
  const box = document.createElement('div');
  box.className = 'value-dialog'; box.setAttribute('role', 'dialog'); box.setAttribute('aria-modal', 'true'); box.setAttribute('aria-labelledby', 'vdt');
  box.innerHTML = '<h3 id="vdt">' + esc(v) + '</h3><label><input type="radio" name="src" value="plain" checked> ' + esc(L.plain) + '</label> ' +
    '<label><input type="radio" name="src" value="vault"> ' + esc(L.vault) + '</label>' +
    '<p><label for="vdv">' + esc(L.value) + '</label> <input id="vdv" type="${inputType}" autocomplete="off"></p>' +
    '<button type="button" data-act="ok">${confirm}</button> <button type="button" data-act="cancel">' + esc(L.cancel) + '</button>';
  document.body.append(box);
  const input = box.querySelector('#vdv'); input.value = window.model.vars[v].value;
  box.querySelector('[data-act=ok]').addEventListener('click', () => {
    commit(v, box.querySelector('input[name=src]:checked').value === 'plain' ? input.value : '');
    box.remove();
  });
  box.querySelector('[data-act=cancel]').addEventListener('click', () => box.remove());
  box.addEventListener('keydown', (e) => { if (e.key === 'Escape') box.remove(); });
}`;
}
const SIMPLE_STYLE =
  '.value-dialog{position:fixed;top:100px;left:30%;width:440px;background:#fff;border:1px solid #888;padding:12px;z-index:50}';

describe('a value already there', () => {
  it('NL value shown masked ("••••••••"): not overwritten, a prompt; Replace opens the dialog and puts the URL in ("OK")', async () => {
    const own = validUrl('Uptrends');
    await servePage(
      '/Alerting/Integraties/Bewerken/gemaskeerd',
      'nl',
      editorPage(
        { lang: 'nl', vars: ['Url'], values: { Url: own }, masked: true, name: 'AlertOps dienst' },
        simpleDialog('OK', 'password'),
      ),
      SIMPLE_STYLE,
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integraties/Bewerken/gemaskeerd');
      await pollNotice(page, /Replace/i);
      await sleep(2000);
      expect((await model(page)).vars.Url.value, 'the stored value is kept').toBe(own);
      expect(await page.locator('tr[data-var="Url"] .value-preview').textContent()).toBe('••••••••');
      expect(await visibleDialogs(page), 'no dialog left open while asking').toBe(0);

      await page
        .locator(NOTICE)
        .getByRole('button', { name: /^Replace/ })
        .click();
      await expectFilled(page, 'Url');
      expect((await model(page)).name, 'the name the user kept').toBe('AlertOps dienst');
    });
  });

  it('EN value shown as text: not overwritten, a prompt; Replace opens the dialog and puts the URL in ("Select")', async () => {
    const own = `https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/${validUrl().split('/')[4]}/Uptrends`;
    await servePage(
      '/Alerting/Integrations/Edit/existing',
      'en',
      editorPage(
        { lang: 'en', vars: ['ApiUrl'], values: { ApiUrl: own }, name: 'AlertOps on call' },
        simpleDialog('Select'),
      ),
      SIMPLE_STYLE,
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/existing');
      await pollNotice(page, /Replace/i);
      await sleep(2000);
      expect((await model(page)).vars.ApiUrl.value, 'the value the user typed earlier is kept').toBe(own);
      expect(await page.locator('tr[data-var="ApiUrl"] .value-preview').textContent()).toBe(own);
      expect(await visibleDialogs(page)).toBe(0);

      await page
        .locator(NOTICE)
        .getByRole('button', { name: /^Replace/ })
        .click();
      await expectFilled(page, 'ApiUrl');
      expect(await page.locator('tr[data-var="ApiUrl"] .value-preview').textContent()).toBe(fillUrl);
      expect((await model(page)).name).toBe('AlertOps on call');
    });
  });
});

/* ================================================================================================================= */

describe('only the AlertOps URL variable, only the AlertOps type', () => {
  it('FR two variables, "ApiKey" first and then "AlertOpsUrl", each behind its own "⋯": only the URL one is set', async () => {
    await servePage(
      '/Alerting/Integrations/Modifier/deux',
      'fr',
      editorPage({ lang: 'fr', vars: ['ApiKey', 'AlertOpsUrl'] }, simpleDialog('Sélectionner')),
      SIMPLE_STYLE,
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Modifier/deux');
      await expectFilled(page, 'AlertOpsUrl');
      const m = await model(page);
      expect(m.vars.ApiKey, 'the key variable is left alone').toEqual({ mode: 'here', value: '' });
      expect(await page.locator('tr[data-var="ApiKey"] .value-preview').textContent()).toBe('');
    });
  });

  it('EN Webhook editor named "AlertOps relay", variables behind "⋯" dialogs: never opened, never filled, never saved', async () => {
    await servePage(
      '/Alerting/Integrations/Edit/webhook',
      'en',
      editorPage(
        { lang: 'en', type: 'Webhook', vars: ['Url', 'HttpMethod'], name: 'AlertOps relay' },
        simpleDialog('Select'),
      ),
      SIMPLE_STYLE,
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/webhook');
      await sleep(5000);
      await page.getByLabel('Integration name').click(); // the user is at work on the page
      await sleep(2000);
      const m = await model(page);
      expect(m).toEqual({
        name: 'AlertOps relay',
        type: 'Webhook',
        vars: { Url: { mode: 'here', value: '' }, HttpMethod: { mode: 'here', value: '' } },
      });
      expect(await page.evaluate(() => (window as AnyModel).openings), 'no "⋯" dialog opened').toEqual({});
      expect(await noticeText(page)).not.toMatch(/filled in/i);
      expect(await visibleDialogs(page)).toBe(0);
      expect(await saves(page)).toBe(0);
    });
  });

  it('DE Slack editor, "SlackWebhookUrl" behind a native <dialog>: never opened, never filled, never saved', async () => {
    const dialog = `
const dlg = document.getElementById('wertDialog');
let current = null;
dlg.addEventListener('close', () => { if (dlg.returnValue === 'ok') commit(current, dlg.querySelector('#wd-value').value); });
function openValueDialog(v) { current = v; dlg.returnValue = ''; dlg.querySelector('#wd-value').value = window.model.vars[v].value; dlg.showModal(); }`;
    const extra = `<dialog id="wertDialog" aria-label="Wert bearbeiten"><form method="dialog">
<label><input type="radio" name="src" value="plain" checked> Klartext</label>
<p><label for="wd-value">Wert</label> <input id="wd-value" type="text"></p>
<button value="cancel">Abbrechen</button> <button value="ok">Auswählen</button></form></dialog>`;
    await servePage(
      '/Alerting/Integrationen/Bearbeiten/slack',
      'de',
      editorPage({ lang: 'de', type: 'Slack', vars: ['SlackWebhookUrl', 'Kanal'] }, dialog, extra),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrationen/Bearbeiten/slack');
      await sleep(5000);
      await page.getByLabel('Integrationsname').click();
      await sleep(2000);
      const m = await model(page);
      expect(m).toEqual({
        name: '',
        type: 'Slack',
        vars: { SlackWebhookUrl: { mode: 'here', value: '' }, Kanal: { mode: 'here', value: '' } },
      });
      expect(await page.evaluate(() => (window as AnyModel).openings)).toEqual({});
      expect(await page.evaluate(() => (document.getElementById('wertDialog') as HTMLDialogElement).open)).toBe(false);
      expect(await noticeText(page)).not.toMatch(/filled in/i);
      expect(await saves(page)).toBe(0);
    });
  });

  it('never writes the captured key into any log', () => {
    const key = fillUrl.split('/').at(-2) ?? fillUrl;
    expect(browser.logs.join('\n')).not.toContain(key);
  });
});
