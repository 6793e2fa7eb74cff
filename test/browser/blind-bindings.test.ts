/**
 * Blind acceptance tests, theme "how real frameworks bind values, and timing" (B12). Uptrends editors bound the way
 * Vue 3 (`v-model.lazy`), Knockout (`value`, `textInput`), Angular reactive forms (`updateOn: 'blur'`), Svelte
 * (`bind:value`), a debounced handler and a keyup/blur-only handler notice a value; an editor in a native modal
 * <dialog>; an editor re-created from its model after the fill; editors and integration lists that arrive late; level
 * tabs switched by keyboard; AlertOps saved views whose URL arrives by property only, after a Turbo-like route change
 * that replaces <body>, or behind a "Show" toggle. Pages are served on the consoles' real host names; assertions read
 * only what the user sees, the page's own model (what its Save would send) or the stored captures.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  launchWithExtension,
  type PageModel,
  pageModel,
  type StoredCapture,
  storedCaptures,
  waitForStoredCapture,
  withPage as withBrowserPage,
} from './chromium.ts';
import { clearLocalStorage, escapeHtml, issuedKeys, NOTICE, serve, sleep, validUrl } from './hostile-pages.ts';
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

function doc(lang: string, title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>.hidden{display:none} .err{color:#b00}</style></head>
<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

function waitForCapture(url: string, timeout = 12_000): Promise<StoredCapture> {
  return waitForStoredCapture(browser, url, timeout);
}

type AnyModel = PageModel;

/** What the user would see when a wait fails: field values, the page's model, Save clicks, the extension's notice. */
async function explain(page: Page): Promise<string> {
  const seen = await page.evaluate(() => ({
    fields: Array.from(document.querySelectorAll('input,select,textarea')).map(
      (f) =>
        `${(f as HTMLInputElement).type}:${(f as HTMLInputElement).type === 'checkbox' ? (f as HTMLInputElement).checked : (f as HTMLInputElement).value}`,
    ),
    model: (window as AnyModel).model,
    saveClicks: (window as AnyModel).saveClicks,
  }));
  return `${JSON.stringify(seen)}\nnotice: ${JSON.stringify(await noticeText(page))}`;
}

function pollModel(page: Page, read: (m: AnyModel) => unknown, expected: unknown, timeout = 10_000): Promise<void> {
  return pollPageModel(page, read, expected, { explain, timeout });
}

const model = pageModel;

async function saveClicks(page: Page): Promise<number> {
  return page.evaluate(() => (window as AnyModel).saveClicks as number);
}

const L = {
  en: {
    name: 'Integration name',
    type: 'Integration type',
    vars: 'Predefined variables',
    here: 'Specify value here',
    inLevel: 'Specify value in escalation level',
    value: 'Value',
    save: 'Save',
    add: 'Add integration',
    choose: 'Choose',
    cancel: 'Cancel',
    loading: 'Loading...',
    level: 'Escalation level',
    active: 'Active',
    section: 'Alerting by integrations',
    email: 'E-mail',
    phone: 'Phone',
    required: 'This field is required',
  },
  nl: {
    name: 'Integratienaam',
    type: 'Integratietype',
    vars: 'Voorgedefinieerde variabelen',
    here: 'Waarde hier opgeven',
    inLevel: 'Waarde opgeven in escalatieniveau',
    value: 'Waarde',
    save: 'Opslaan',
    add: 'Integratie toevoegen',
    choose: 'Kiezen',
    cancel: 'Annuleren',
    loading: 'Laden...',
    level: 'Escalatieniveau',
    active: 'Actief',
    section: 'Alerts versturen door integraties',
    email: 'E-mail',
    phone: 'Telefoon',
    required: 'Dit veld is verplicht',
  },
  de: {
    name: 'Integrationsname',
    type: 'Integrationstyp',
    vars: 'Vordefinierte Variablen',
    here: 'Wert hier eintragen',
    inLevel: 'Wert in Eskalationsstufe eintragen',
    value: 'Wert',
    save: 'Speichern',
    add: 'Integration hinzufügen',
    choose: 'Wähle aus',
    cancel: 'Abbrechen',
    loading: 'Wird geladen...',
    level: 'Eskalationsstufe',
    active: 'Aktiv',
    section: 'Alarmierung durch Integrationen',
    email: 'E-Mail',
    phone: 'Telefon',
    required: 'Dieses Feld ist erforderlich',
  },
  fr: {
    name: "Nom de l'intégration",
    type: "Type d'intégration",
    vars: 'Variables prédéfinies',
    here: 'Spécifiez la valeur ici',
    inLevel: "Spécifiez la valeur dans le niveau d'escalade",
    value: 'Valeur',
    save: 'Enregistrer',
    add: 'Ajouter intégration',
    choose: 'Choisir',
    cancel: 'Annuler',
    loading: 'Chargement...',
    level: "Niveau d'escalade",
    active: 'Actif',
    section: 'Alertes par intégrations',
    email: 'E-mail',
    phone: 'Téléphone',
    required: 'Ce champ est obligatoire',
  },
};
type Lang = keyof typeof L;

/**
 * Page-side helpers shared by the Uptrends pages: labels, escaping, a Save counter (any click on a Save button or any
 * form submit counts) and a plain AlertOps editor form. Fields carry `name` = the model key; nothing is bound here,
 * each rendering binds the fields its own way.
 */
function lib(lang: Lang): string {
  return `
const L = ${JSON.stringify(L[lang])};
const esc = (s) => String(s ?? '').replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;').replace(/"/g,'&quot;');
window.saveClicks = 0;
document.addEventListener('click', (e) => { if (e.target.closest && e.target.closest('.btn-save')) window.saveClicks++; }, true);
document.addEventListener('submit', () => { window.saveClicks++; }, true);
function editorHtml(varName, title, attrs) {
  attrs = attrs || {};
  return '<form class="integration-editor" onsubmit="return false"><h2>' + esc(title || 'AlertOps') + '</h2>' +
    '<div class="form-row"><label for="f-name">' + L.name + '</label><input id="f-name" name="name" type="text"' + (attrs.name || '') + '>' +
    '<span class="err" id="e-name"></span></div>' +
    '<div class="form-row"><label for="f-type">' + L.type + '</label><input id="f-type" type="text" readonly disabled value="AlertOps"></div>' +
    '<fieldset><legend>' + L.vars + '</legend><table><thead><tr><th>Variable</th><th></th><th>' + L.value + '</th></tr></thead><tbody>' +
    '<tr><td id="var-l">' + varName + '</td><td><select name="mode" aria-label="' + varName + '"' + (attrs.mode || '') + '><option value="here">' + L.here +
    '</option><option value="level">' + L.inLevel + '</option></select></td>' +
    '<td><input name="url" type="text" aria-labelledby="var-l"' + (attrs.url || '') + '><span class="err" id="e-url"></span></td></tr></tbody></table></fieldset>' +
    '<button type="button" class="btn-save">' + L.save + '</button> <button type="button" class="btn-cancel">' + L.cancel + '</button></form>';
}`;
}

/** Knockout-like observables (subscribe on change only, like ko.observable with primitive values). */
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
}`;

let fillUrl: string;

describe('B12 Uptrends: framework bindings and timing', () => {
  beforeAll(async () => {
    // Exactly one capture: a real one, from a saved view served on the AlertOps console.
    await clearLocalStorage(browser);
    fillUrl = validUrl();
    await serve(
      browser,
      'https://app.alertops.com/integrations/inbound/api/edit/1200*',
      doc(
        'en',
        'AlertOps',
        `<main><h1>Uptrends bindings</h1><div><span>API URL</span> <span>${fillUrl}</span> <button>Copy</button></div></main>`,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/integrations/inbound/api/edit/1200');
      await waitForCapture(fillUrl);
    });
  });

  it('B12-B01 Vue 3 v-model.lazy editor (EN): the model learns a value only on "change", and re-renders reset fields to the model', async () => {
    // Vue's vModelText with .lazy: listens to "change" only; on every re-render (any reactive change) beforeUpdate
    // writes the model back into each field that differs (unless it is focused and its model value did not change).
    const script = `${lib('en')}
const state = { name: '', url: '', mode: 'here' };
window.model = state;
const main = document.querySelector('main');
main.innerHTML = editorHtml('ApiUrl', 'New integration') + '<p id="preview"></p>';
const bound = [];
function vModel(el, key, lazy) {
  el.value = state[key];
  el.addEventListener(lazy ? 'change' : 'input', () => { if (el.composing) return; set(key, el.value); });
  el.addEventListener('compositionstart', () => { el.composing = true; });
  el.addEventListener('compositionend', () => { el.composing = false; el.dispatchEvent(new Event(lazy ? 'change' : 'input')); });
  bound.push({ el, key, old: state[key] });
}
let queued = false;
function set(key, v) { state[key] = v; if (!queued) { queued = true; queueMicrotask(update); } }
function update() {
  queued = false;
  for (const r of bound) {
    const value = state[r.key], oldValue = r.old; r.old = value;
    if (r.el.value === value) continue;
    if (document.activeElement === r.el && value === oldValue) continue;
    r.el.value = value;
  }
  document.getElementById('preview').textContent = state.name ? 'Saved as: ' + state.name : '';
}
vModel(main.querySelector('[name=name]'), 'name', true);
vModel(main.querySelector('[name=url]'), 'url', true);
vModel(main.querySelector('[name=mode]'), 'mode', true);`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/New/vue*',
      doc('en', 'Uptrends', '<nav>Alerting &gt; Integrations</nav><main></main>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/New/vue');
      await pollModel(page, (m) => m.url, fillUrl);
      await sleep(1500);
      const m = await model(page);
      expect(m.url, 'the model still holds the URL after re-renders').toBe(fillUrl);
      expect(m.name, 'the proposed name reached the model').toMatch(/AlertOps/);
      expect(await page.getByRole('textbox', { name: 'ApiUrl' }).inputValue()).toBe(fillUrl);
      expect(await page.getByRole('textbox', { name: L.en.name }).inputValue()).toBe(m.name);
      expect(await saveClicks(page), 'Save is never clicked').toBe(0);
    });
  });

  it('B12-B02 Knockout "value" binding (NL): observables updated on "change" only; Save enabled once the URL is in the model', async () => {
    const script = `${lib('nl')}${KO_LIB}
const vm = { name: observable(''), url: observable(''), mode: observable('here') };
vm.canSave = computed(() => vm.name().trim() !== '' && /^https:\\/\\//.test(vm.url()), [vm.name, vm.url]);
const sync = () => { window.model = { name: vm.name(), url: vm.url(), mode: vm.mode() }; };
sync();
const main = document.querySelector('main');
main.innerHTML = editorHtml('Url', 'Nieuwe integratie', { name: ' data-bind="value: name"', url: ' data-bind="value: url"', mode: ' data-bind="value: mode"' });
for (const key of ['name', 'url', 'mode']) { bindValue(main.querySelector('[name=' + key + ']'), vm[key], ['change']); vm[key].subscribe(sync); }
const save = main.querySelector('.btn-save');
save.setAttribute('data-bind', 'enable: canSave');
save.disabled = !vm.canSave();
vm.canSave.subscribe((v) => { save.disabled = !v; });`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integraties/Nieuw/ko*',
      doc('nl', 'Uptrends', '<nav>Alerting &gt; Integraties</nav><main></main>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integraties/Nieuw/ko');
      await pollModel(page, (m) => m.url, fillUrl);
      await expect.poll(() => page.getByRole('button', { name: L.nl.save }).isEnabled(), { timeout: 5000 }).toBe(true);
      const m = await model(page);
      expect(m.name).toMatch(/AlertOps/);
      expect(await page.getByRole('textbox', { name: L.nl.name }).inputValue()).toBe(m.name);
      expect(await saveClicks(page), 'Save is never clicked').toBe(0);
    });
  });

  it('B12-B03 Knockout "textInput" binding (DE): observables updated on "input" only', async () => {
    const script = `${lib('de')}${KO_LIB}
const vm = { name: observable(''), url: observable(''), mode: observable('here') };
const sync = () => { window.model = { name: vm.name(), url: vm.url(), mode: vm.mode() }; };
sync();
const main = document.querySelector('main');
main.innerHTML = editorHtml('AlertOpsUrl', 'Neue Integration', { name: ' data-bind="textInput: name"', url: ' data-bind="textInput: url"', mode: ' data-bind="value: mode"' });
bindValue(main.querySelector('[name=name]'), vm.name, ['input']);
bindValue(main.querySelector('[name=url]'), vm.url, ['input']);
bindValue(main.querySelector('[name=mode]'), vm.mode, ['change']);
for (const key of ['name', 'url', 'mode']) vm[key].subscribe(sync);`;
    await serve(
      browser,
      'https://app.uptrends.com/Alarmierung/Integrationen/Neu/ko*',
      doc('de', 'Uptrends', '<nav>Alarmierung &gt; Integrationen</nav><main></main>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alarmierung/Integrationen/Neu/ko');
      await pollModel(page, (m) => m.url, fillUrl);
      const m = await model(page);
      expect(m.name).toMatch(/AlertOps/);
      expect(await page.getByRole('textbox', { name: 'AlertOpsUrl' }).inputValue()).toBe(fillUrl);
      expect(await saveClicks(page), 'Save is never clicked').toBe(0);
    });
  });

  it('B12-B04 Angular reactive form, updateOn "blur" (FR): the control takes the value, is dirty, touched and valid; Save enabled, no error shown', async () => {
    // DefaultValueAccessor: (input) stores a pending value, (blur) commits it (updateOn: 'blur'), marks dirty and
    // touched and runs the validators; errors show for touched invalid controls; Save is disabled while invalid.
    const script = `${lib('fr')}
class FormControl {
  constructor(value, validators) { this.value = value; this.validators = validators; this.touched = false; this.dirty = false; this.pendingChange = false; this.pendingValue = value; this.validate(); }
  validate() { this.errors = this.validators.map((v) => v(this.value)).filter(Boolean); this.status = this.errors.length ? 'INVALID' : 'VALID'; }
  setValue(v) { this.value = v; this.validate(); }
}
const required = (v) => (String(v).trim() === '' ? 'required' : null);
const alertOpsUrl = (v) => (String(v) === '' || /^https:\\/\\/notify\\.alertops\\.com\\//.test(String(v)) ? null : 'pattern');
const form = { name: new FormControl('', [required]), url: new FormControl('', [required, alertOpsUrl]) };
const main = document.querySelector('main');
main.innerHTML = editorHtml('ApiUrl', 'Nouvelle intégration', { name: ' formcontrolname="name"', url: ' formcontrolname="url"' });
const save = main.querySelector('.btn-save');
function render() {
  for (const key of ['name', 'url']) {
    const c = form[key], el = main.querySelector('[name=' + key + ']');
    el.classList.toggle('ng-touched', c.touched); el.classList.toggle('ng-untouched', !c.touched);
    el.classList.toggle('ng-dirty', c.dirty); el.classList.toggle('ng-pristine', !c.dirty);
    el.classList.toggle('ng-invalid', c.status === 'INVALID'); el.classList.toggle('ng-valid', c.status === 'VALID');
    el.setAttribute('aria-invalid', String(c.touched && c.status === 'INVALID'));
    main.querySelector('#e-' + key).textContent = c.touched && c.errors.length ? (c.errors[0] === 'required' ? L.required : 'URL invalide') : '';
  }
  save.disabled = form.name.status !== 'VALID' || form.url.status !== 'VALID';
  window.model = { name: form.name.value, url: form.url.value, urlStatus: form.url.status, nameStatus: form.name.status,
    urlDirty: form.url.dirty, urlTouched: form.url.touched };
}
for (const key of ['name', 'url']) {
  const c = form[key], el = main.querySelector('[name=' + key + ']');
  el.value = c.value;
  el.addEventListener('input', () => { c.pendingValue = el.value; c.pendingChange = true; });
  el.addEventListener('blur', () => {
    if (c.pendingChange) { c.pendingChange = false; c.setValue(c.pendingValue); c.dirty = true; }
    c.touched = true; render();
  });
}
render();`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerte/Integrations/Nouvelle/ng*',
      doc('fr', 'Uptrends', '<nav>Alerte &gt; Intégrations</nav><main></main>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerte/Integrations/Nouvelle/ng');
      await pollModel(page, (m) => m.url, fillUrl);
      const m = await model(page);
      expect(m.urlStatus).toBe('VALID');
      expect(m.urlDirty).toBe(true);
      expect(m.name, 'the proposed name reached the form control').toMatch(/AlertOps/);
      expect(m.nameStatus).toBe('VALID');
      expect(await page.getByRole('button', { name: L.fr.save }).isEnabled(), 'Save is enabled').toBe(true);
      expect(await page.getByText(L.fr.required).count(), 'no "required" error is shown').toBe(0);
      expect(await saveClicks(page), 'Save is never clicked').toBe(0);
    });
  });

  it('B12-B05 Svelte bind:value (NL): "input" updates the variable, the component writes variables back into its fields', async () => {
    const script = `${lib('nl')}
let name = '', url = '', mode = 'here';
const main = document.querySelector('main');
main.innerHTML = editorHtml('Url', 'Nieuwe integratie') + '<p id="hint"></p>';
const els = { name: main.querySelector('[name=name]'), url: main.querySelector('[name=url]'), mode: main.querySelector('[name=mode]') };
let dirty = 0;
function invalidate(bit) { if (!dirty) queueMicrotask(flush); dirty |= bit; }
function flush() {
  const d = dirty; dirty = 0;
  if (d & 1 && els.name.value !== name) els.name.value = name;
  if (d & 2 && els.url.value !== url) els.url.value = url;
  if (d & 4) els.mode.value = mode;
  main.querySelector('#hint').textContent = url ? 'URL ingevuld' : '';
  window.model = { name, url, mode };
}
els.name.addEventListener('input', function () { name = this.value; invalidate(1); });
els.url.addEventListener('input', function () { url = this.value; invalidate(2); });
els.mode.addEventListener('change', function () { mode = this.value; invalidate(4); });
invalidate(7);`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integraties/Nieuw/svelte*',
      doc('nl', 'Uptrends', '<nav>Alerting &gt; Integraties</nav><main></main>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integraties/Nieuw/svelte');
      await pollModel(page, (m) => m.url, fillUrl);
      expect((await model(page)).name).toMatch(/AlertOps/);
      await expect.poll(() => page.getByText('URL ingevuld').count()).toBe(1);
      expect(await saveClicks(page), 'Save is never clicked').toBe(0);
    });
  });

  it('B12-B06 debounced input handler (DE): the model takes the value 300 ms after the last "input"', async () => {
    const script = `${lib('de')}
window.model = { name: '', url: '', mode: 'here' };
const main = document.querySelector('main');
main.innerHTML = editorHtml('Url', 'Neue Integration') + '<p id="status"></p>';
function debounce(fn, ms) { let t; return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); }; }
for (const el of main.querySelectorAll('input[name]')) {
  el.addEventListener('input', debounce(() => {
    window.model = { ...window.model, [el.name]: el.value };
    main.querySelector('#status').textContent = 'Entwurf gespeichert';
  }, 300));
}
main.querySelector('[name=mode]').addEventListener('change', (e) => { window.model = { ...window.model, mode: e.target.value }; });`;
    await serve(
      browser,
      'https://app.uptrends.com/Alarmierung/Integrationen/Neu/debounce*',
      doc('de', 'Uptrends', '<nav>Alarmierung &gt; Integrationen</nav><main></main>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alarmierung/Integrationen/Neu/debounce');
      await pollModel(page, (m) => m.url, fillUrl);
      await sleep(1000);
      const m = await model(page);
      expect(m.url).toBe(fillUrl);
      expect(m.name).toMatch(/AlertOps/);
      expect(await saveClicks(page), 'Save is never clicked').toBe(0);
    });
  });

  it('B12-B07 legacy handler that reads the value on "keyup" and "blur" only (EN): the model holds the URL after the fill', async () => {
    // jQuery-era code: $(field).on('keyup blur', read). No input or change listener at all.
    const script = `${lib('en')}
window.model = { name: '', url: '', mode: 'here' };
const main = document.querySelector('main');
main.innerHTML = editorHtml('ApiUrl', 'New integration');
for (const el of main.querySelectorAll('input[name]')) {
  const read = () => { window.model[el.name] = el.value; };
  el.addEventListener('keyup', read);
  el.addEventListener('blur', read);
}
main.querySelector('[name=mode]').addEventListener('change', (e) => { window.model.mode = e.target.value; });`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/New/keyup*',
      doc('en', 'Uptrends', '<nav>Alerting &gt; Integrations</nav><main></main>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/New/keyup');
      await page.getByRole('textbox', { name: 'ApiUrl' }).waitFor();
      // The fill is seen on screen first, then the model is checked: a page that only listens to keyup/blur must hear it.
      await expect
        .poll(() => page.getByRole('textbox', { name: 'ApiUrl' }).inputValue(), { timeout: 10_000 })
        .toBe(fillUrl);
      await pollModel(page, (m) => m.url, fillUrl, 5000);
      expect((await model(page)).name).toMatch(/AlertOps/);
      expect(await saveClicks(page), 'Save is never clicked').toBe(0);
    });
  });

  it('B12-B08 editor inside a native <dialog> opened with showModal() (FR): filled, dialog left open, the notice drawn above the modal', async () => {
    const script = `${lib('fr')}
window.model = null;
const pick = document.getElementById('pick'), editor = document.getElementById('editor');
document.getElementById('add').onclick = () => pick.showModal();
pick.querySelector('#choose').onclick = () => {
  const t = pick.querySelector('input:checked')?.value; pick.close(); if (t !== 'AlertOps') return;
  window.model = { name: '', url: '', mode: 'here' };
  editor.innerHTML = editorHtml('ApiUrl', 'Nouvelle intégration AlertOps');
  for (const el of editor.querySelectorAll('[name]')) {
    el.addEventListener('input', () => { window.model[el.name] = el.value; });
    el.addEventListener('change', () => { window.model[el.name] = el.value; });
  }
  editor.querySelector('.btn-cancel').onclick = () => editor.close();
  editor.showModal();
};`;
    const types = ['Slack', 'Microsoft Teams', 'PagerDuty', 'AlertOps', 'Webhook']
      .map((t) => `<li><label><input type="radio" name="t" value="${t}"> ${t}</label></li>`)
      .join('');
    const body = `<nav>Alerte &gt; Intégrations</nav><h1>Intégrations</h1><button type="button" id="add">${L.fr.add}</button>
<table><tr><td>E-mail</td></tr><tr><td>SMS</td></tr></table>
<dialog id="pick" aria-labelledby="pt"><h2 id="pt">Type d'intégration</h2><ul>${types}</ul>
<button type="button" id="choose">${L.fr.choose}</button></dialog>
<dialog id="editor" aria-label="Intégration"></dialog>`;
    await serve(browser, 'https://app.uptrends.com/Alerte/Integrations/dialog*', doc('fr', 'Uptrends', body, script));
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerte/Integrations/dialog');
      await page.getByRole('button', { name: L.fr.add }).click();
      await page.getByRole('dialog').getByLabel('AlertOps').check();
      await page.getByRole('button', { name: L.fr.choose, exact: true }).click();
      await page.getByRole('textbox', { name: 'ApiUrl' }).waitFor();
      await pollModel(page, (m) => m?.url, fillUrl);
      expect((await model(page)).name).toMatch(/AlertOps/);
      expect(await page.evaluate(() => (document.getElementById('editor') as HTMLDialogElement).open)).toBe(true);
      expect(await saveClicks(page), 'Save is never clicked').toBe(0);
      await expect.poll(() => noticeText(page), { timeout: 5000 }).toContain('filled in');
      // A notice drawn under the modal's backdrop is neither seen nor clickable: hit-test the middle of its close
      // button (the rest of a notice that asks nothing lets clicks through to the page by design).
      const hits = await page.evaluate((selector) => {
        const describe = (el: Element | null) =>
          el
            ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.matches(':modal') ? ':modal' : ''}`
            : 'nothing';
        return Array.from(document.querySelectorAll(selector)).map((host) => {
          const parts = Array.from(host.shadowRoot?.querySelectorAll('button') ?? []);
          const box = parts
            .map((el) => el.getBoundingClientRect())
            .filter((r) => r.width > 0 && r.height > 0)
            .sort((a, b) => b.width * b.height - a.width * a.height)[0];
          const hit = box ? document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) : null;
          return {
            inside: describe(host.parentElement),
            box: box ? [box.left, box.top, box.width, box.height].map(Math.round) : null,
            hit: describe(hit),
            onTop: hit !== null && (hit === host || host.contains(hit)),
          };
        });
      }, NOTICE);
      expect(
        hits.some((h) => h.onTop),
        `the notice is on top of the modal dialog (not under its backdrop): ${JSON.stringify(hits)}`,
      ).toBe(true);
    });
  });

  it('B12-B08b existing integration edited in a native modal <dialog> (EN), its URL differs: the "Replace?" prompt can be clicked and replaces it', async () => {
    const other = validUrl('Custom');
    const script = `${lib('en')}
window.model = null;
const editor = document.getElementById('editor');
document.getElementById('edit').onclick = () => {
  window.model = { name: 'AlertOps on call', url: ${JSON.stringify(other)}, mode: 'here' };
  editor.innerHTML = editorHtml('ApiUrl', 'AlertOps on call');
  for (const el of editor.querySelectorAll('[name]')) {
    el.value = window.model[el.name];
    el.addEventListener('input', () => { window.model[el.name] = el.value; });
    el.addEventListener('change', () => { window.model[el.name] = el.value; });
  }
  editor.querySelector('.btn-cancel').onclick = () => editor.close();
  editor.showModal();
};`;
    const body = `<nav>Alerting &gt; Integrations</nav><h1>Integrations</h1><table><tr><td>AlertOps on call</td>
<td><button type="button" id="edit">Edit</button></td></tr></table><dialog id="editor" aria-label="Integration"></dialog>`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/modal-replace*',
      doc('en', 'Uptrends', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/modal-replace');
      await page.getByRole('button', { name: 'Edit' }).click();
      await page.getByRole('textbox', { name: 'ApiUrl' }).waitFor();
      await expect.poll(() => noticeText(page), { timeout: 10_000 }).toMatch(/Replace/);
      expect((await model(page)).url, 'nothing overwritten before the user answers').toBe(other);
      const replace = page.locator(NOTICE).getByRole('button', { name: /Replace/ });
      expect(await replace.count(), `a Replace button in the notice: ${await noticeText(page)}`).toBeGreaterThan(0);
      // A real user's click, as Playwright makes it: it waits until nothing (such as a modal backdrop) covers the button.
      let clicked = 'clicked';
      await replace
        .first()
        .click({ timeout: 5000 })
        .catch((error: Error) => {
          const lines = error.message
            .split(String.fromCharCode(27))
            .join('')
            .replace(/\[[0-9;]*m/g, '')
            .split('\n');
          clicked = lines.find((line) => /intercepts pointer events/.test(line))?.trim() ?? error.message;
        });
      expect(clicked, 'the user can click "Replace" while the modal editor is open').toBe('clicked');
      await pollModel(page, (m) => m.url, fillUrl);
      expect(await saveClicks(page), 'Save is never clicked').toBe(0);
    });
  });

  it('B12-B09 editor re-created from its model 200 ms after the fill (EN): the URL survives, no "Replace?" prompt, Save never clicked', async () => {
    const script = `${lib('en')}
window.model = { name: '', url: '', mode: 'here' };
window.renders = 0;
const main = document.querySelector('main');
let timer = null;
function render() {
  window.renders++;
  const wrap = document.createElement('div');
  wrap.className = 'editor-host';
  wrap.innerHTML = editorHtml('ApiUrl', 'New integration');
  for (const el of wrap.querySelectorAll('[name]')) {
    el.value = window.model[el.name];
    const heard = () => {
      if (window.model[el.name] === el.value) return;
      window.model[el.name] = el.value;
      if (el.name === 'url' && !timer) timer = setTimeout(render, 200);
    };
    el.addEventListener('input', heard);
    el.addEventListener('change', heard);
  }
  main.replaceChildren(wrap);
}
render();`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/New/recreate*',
      doc('en', 'Uptrends', '<nav>Alerting &gt; Integrations</nav><main></main>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/New/recreate');
      await pollModel(page, (m) => m.url, fillUrl);
      await expect.poll(() => page.evaluate(() => (window as AnyModel).renders as number)).toBe(2);
      await sleep(3000);
      const m = await model(page);
      expect(m.url).toBe(fillUrl);
      expect(m.name).toMatch(/AlertOps/);
      expect(await page.getByRole('textbox', { name: 'ApiUrl' }).inputValue()).toBe(fillUrl);
      expect(await page.getByRole('textbox', { name: L.en.name }).inputValue()).toBe(m.name);
      expect(await noticeText(page)).not.toMatch(/Replace/);
      expect(await saveClicks(page), 'Save is never clicked').toBe(0);
    });
  });

  it('B12-B11 editor that renders 4 s after load (EN): filled once it appears', async () => {
    const script = `${lib('en')}
window.model = null;
const main = document.querySelector('main');
setTimeout(() => {
  window.model = { name: '', url: '', mode: 'here' };
  main.innerHTML = editorHtml('ApiUrl', 'New integration');
  for (const el of main.querySelectorAll('[name]')) {
    el.addEventListener('input', () => { window.model[el.name] = el.value; });
    el.addEventListener('change', () => { window.model[el.name] = el.value; });
  }
}, 4000);`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/New/late*',
      doc('en', 'Uptrends', `<nav>Alerting &gt; Integrations</nav><main><p>${L.en.loading}</p></main>`, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/New/late');
      await page.getByRole('textbox', { name: 'ApiUrl' }).waitFor({ timeout: 10_000 });
      await pollModel(page, (m) => m?.url, fillUrl);
      expect((await model(page)).name).toMatch(/AlertOps/);
      expect(await saveClicks(page), 'Save is never clicked').toBe(0);
    });
  });

  /** The name the AlertOps integration has in Uptrends: the one the extension filled, else a plain AlertOps name. */
  async function alertOpsName(): Promise<string> {
    const capture = (await storedCaptures(browser)).find((c) => c.url === fillUrl);
    return capture?.filled?.uptrendsName ?? 'AlertOps';
  }

  it('B12-B12 alert definition (NL): each level\'s "Alerts versturen door integraties" list is fetched 2.5 s after its tab opens; AlertOps ticked on level 1 and on level 2', async () => {
    const aoName = await alertOpsName();
    const script = `${lib('nl')}
const NAMES = [L.email, 'SMS', L.phone, 'Slack #ops', ${JSON.stringify(aoName)}];
window.model = { levels: [1, 2, 3].map((n) => ({ level: n, active: true, integrations: Object.fromEntries(NAMES.map((x) => [x, n === 1 && x === L.email])) })) };
let current = 0, seq = 0;
const tabs = document.getElementById('tabs'), panel = document.getElementById('panel');
function renderTabs() {
  tabs.innerHTML = window.model.levels.map((l, i) => '<button role="tab" id="tab' + i + '" aria-controls="panel" aria-selected="' + (i === current) + '">' + L.level + ' ' + l.level + '</button>').join('');
}
function open(i) {
  current = i; renderTabs(); const mine = ++seq;
  const l = window.model.levels[i];
  panel.setAttribute('aria-labelledby', 'tab' + i);
  panel.innerHTML = '<label><input type="checkbox" data-k="active"' + (l.active ? ' checked' : '') + '> ' + L.active + '</label>' +
    '<h3>' + L.section + '</h3><div class="list"><p>' + L.loading + '</p></div>';
  setTimeout(() => {
    if (mine !== seq) return;
    panel.querySelector('.list').innerHTML = '<ul>' + NAMES.map((x, j) => '<li><input type="checkbox" id="i' + i + '-' + j + '" data-i="' + esc(x) + '"' +
      (l.integrations[x] ? ' checked' : '') + '> <label for="i' + i + '-' + j + '">' + esc(x) + '</label></li>').join('') + '</ul>';
  }, 2500);
}
tabs.addEventListener('click', (e) => { const t = e.target.closest('[role=tab]'); if (t) open(Number(t.id.slice(3))); });
panel.addEventListener('change', (e) => {
  const l = window.model.levels[current];
  if (e.target.dataset.k === 'active') l.active = e.target.checked; else if (e.target.dataset.i) l.integrations[e.target.dataset.i] = e.target.checked;
});
open(0);`;
    const body = `<nav>Alerting &gt; Alertdefinities</nav><h1>Alertdefinities</h1><h2>Standaard alertdefinitie</h2>
<div role="tablist" id="tabs"></div><section role="tabpanel" id="panel"></section><button type="button" class="btn-save">${L.nl.save}</button>`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Alertdefinities/Bewerken/late*',
      doc('nl', 'Uptrends', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Alertdefinities/Bewerken/late');
      await pollModel(page, (m) => m.levels[0].integrations[aoName], true);
      await page.getByRole('tab', { name: `${L.nl.level} 2` }).click();
      await page.getByRole('checkbox', { name: 'Slack #ops' }).waitFor({ timeout: 10_000 });
      await pollModel(page, (m) => m.levels[1].integrations[aoName], true);
      await expect.poll(() => page.getByRole('checkbox', { name: aoName }).isChecked()).toBe(true);
      const m = await model(page);
      expect(m.levels.map((l: AnyModel) => l.integrations['Slack #ops'])).toEqual([false, false, false]);
      expect(m.levels.map((l: AnyModel) => l.integrations[L.nl.email])).toEqual([true, false, false]);
      expect(await saveClicks(page), 'Save is never clicked').toBe(0);
    });
  });

  it('B12-B13 alert definition (DE): level tabs switched with the arrow keys (role=tab/tabpanel); AlertOps ticked on each level reached, keyboard focus stays on the tab', async () => {
    const aoName = await alertOpsName();
    const script = `${lib('de')}
const NAMES = [L.email, 'SMS', L.phone, 'Slack Bereitschaft', ${JSON.stringify(aoName)}];
window.model = { levels: [1, 2, 3].map((n) => ({ level: n, active: true, integrations: Object.fromEntries(NAMES.map((x) => [x, false])) })) };
const tabs = Array.from(document.querySelectorAll('[role=tab]')), panels = Array.from(document.querySelectorAll('[role=tabpanel]'));
panels.forEach((p, i) => {
  const l = window.model.levels[i];
  p.innerHTML = '<label><input type="checkbox" data-k="active" checked> ' + L.active + '</label><h3>' + L.section + '</h3><ul>' +
    NAMES.map((x, j) => '<li><label><input type="checkbox" data-i="' + esc(x) + '"> ' + esc(x) + '</label></li>').join('') + '</ul>';
  p.addEventListener('change', (e) => {
    if (e.target.dataset.k === 'active') l.active = e.target.checked; else if (e.target.dataset.i) l.integrations[e.target.dataset.i] = e.target.checked;
  });
});
function select(i) {
  tabs.forEach((t, j) => { t.setAttribute('aria-selected', String(i === j)); t.tabIndex = i === j ? 0 : -1; });
  panels.forEach((p, j) => { p.hidden = i !== j; });
  tabs[i].focus();
}
document.querySelector('[role=tablist]').addEventListener('keydown', (e) => {
  const i = tabs.indexOf(document.activeElement); if (i < 0) return;
  if (e.key === 'ArrowRight') { e.preventDefault(); select((i + 1) % tabs.length); }
  if (e.key === 'ArrowLeft') { e.preventDefault(); select((i + tabs.length - 1) % tabs.length); }
  if (e.key === 'Home') { e.preventDefault(); select(0); }
  if (e.key === 'End') { e.preventDefault(); select(tabs.length - 1); }
});
tabs.forEach((t, i) => t.addEventListener('click', () => select(i)));`;
    const tabs = [1, 2, 3]
      .map(
        (n) =>
          `<button role="tab" id="t${n}" aria-controls="p${n}" aria-selected="${n === 1}" tabindex="${n === 1 ? 0 : -1}">${L.de.level} ${n}</button>`,
      )
      .join('');
    const panels = [1, 2, 3]
      .map((n) => `<div role="tabpanel" id="p${n}" aria-labelledby="t${n}"${n === 1 ? '' : ' hidden'}></div>`)
      .join('');
    const body = `<nav>Alarmierung &gt; Meldedefinitionen</nav><h1>Meldedefinitionen</h1><h2>Standard-Meldedefinition</h2>
<div role="tablist" aria-label="Eskalationsstufen">${tabs}</div>${panels}<button type="button" class="btn-save">${L.de.save}</button>`;
    await serve(
      browser,
      'https://app.uptrends.com/Alarmierung/Meldedefinitionen/Bearbeiten/keys*',
      doc('de', 'Uptrends', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alarmierung/Meldedefinitionen/Bearbeiten/keys');
      await sleep(1000);
      await page.getByRole('tab', { name: `${L.de.level} 1` }).focus();
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => page.getByRole('tab', { name: `${L.de.level} 2` }).getAttribute('aria-selected'))
        .toBe('true');
      await pollModel(page, (m) => m.levels[1].integrations[aoName], true);
      expect(
        await page.evaluate(() => document.activeElement?.textContent),
        'keyboard focus is still on the level tab',
      ).toBe(`${L.de.level} 2`);
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => page.getByRole('tab', { name: `${L.de.level} 3` }).getAttribute('aria-selected'))
        .toBe('true');
      await pollModel(page, (m) => m.levels[2].integrations[aoName], true);
      const m = await model(page);
      expect(m.levels.map((l: AnyModel) => l.integrations['Slack Bereitschaft'])).toEqual([false, false, false]);
      expect(m.levels.map((l: AnyModel) => l.integrations[L.de.email])).toEqual([false, false, false]);
      expect(await saveClicks(page), 'Save is never clicked').toBe(0);
    });
  });
  it('B12-B17 Vue-lazy editor (DE) opened before any capture; the URL is captured later in another tab: the waiting editor is filled with it', async () => {
    await clearLocalStorage(browser);
    const later = validUrl();
    const script = `${lib('de')}
const state = { name: '', url: '', mode: 'here' };
window.model = state;
const main = document.querySelector('main');
main.innerHTML = editorHtml('Url', 'Neue Integration');
for (const el of main.querySelectorAll('[name]')) {
  el.value = state[el.name];
  el.addEventListener('change', () => { state[el.name] = el.value; queueMicrotask(() => {
    for (const f of main.querySelectorAll('[name]')) if (f !== document.activeElement && f.value !== state[f.name]) f.value = state[f.name];
  }); });
}`;
    await serve(
      browser,
      'https://app.uptrends.com/Alarmierung/Integrationen/Neu/wartet*',
      doc('de', 'Uptrends', '<nav>Alarmierung &gt; Integrationen</nav><main></main>', script),
    );
    await serve(
      browser,
      'https://app.alertops.com/integrations/inbound/api/edit/1217*',
      doc(
        'en',
        'AlertOps',
        `<main><h1>Uptrends later</h1><div><span>API URL</span> <span>${later}</span> <button>Copy</button></div></main>`,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alarmierung/Integrationen/Neu/wartet');
      await page.getByRole('textbox', { name: 'Url' }).waitFor();
      await sleep(1500);
      expect((await model(page)).url, 'nothing to fill yet').toBe('');
      await withPage(async (alertops) => {
        await alertops.goto('https://app.alertops.com/integrations/inbound/api/edit/1217');
        await waitForCapture(later);
      });
      await page.bringToFront();
      await pollModel(page, (m) => m.url, later);
      expect((await model(page)).name).toMatch(/AlertOps/);
      expect(await saveClicks(page), 'Save is never clicked').toBe(0);
    });
  });
});

/* ----------------------------------------------------------------------------------------------------------------- */

describe('B12 AlertOps: saved views that show the URL late or indirectly', () => {
  it("B12-B14 Submit, then the saved view's URL input gets its value by property only 3 s later (no DOM mutation), page left alone", async () => {
    const url = validUrl();
    const script = `
const app = document.getElementById('app');
app.addEventListener('click', (e) => {
  if (!e.target.closest('#submit')) return;
  e.preventDefault();
  const name = document.getElementById('iname').value;
  app.innerHTML = '<header><h1></h1><span class="badge">API</span></header>' +
    '<div class="endpoint-bar"><label for="ep-url">Endpoint URL</label> ' +
    '<input id="ep-url" class="form-control mono" type="text" readonly> ' +
    '<button type="button" id="copy">Copy</button></div>' +
    '<section><h2>Basic Settings</h2><p>Escalation Policy: Default</p></section>';
  app.querySelector('h1').textContent = name;
  setTimeout(() => { document.getElementById('ep-url').value = ${JSON.stringify(url)}; }, 3000);
});`;
    const body = `<nav><a href="#">Dashboard</a> <a href="#">Configurations</a></nav><main id="app">
<h1>Add API Integration</h1><h2>Basic Settings</h2>
<label for="iname">Integration Name</label> <input id="iname" type="text" value="Uptrends">
<label for="ep">Escalation Policy</label> <select id="ep"><option>Default</option></select>
<label for="rg">Recipient Groups</label> <select id="rg"><option>Ops</option></select>
<button type="submit" id="submit" class="btn btn-primary">Submit</button></main>`;
    await serve(
      browser,
      'https://app.alertops.com/integrations/inbound/api/new/b14*',
      doc('en', 'AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/integrations/inbound/api/new/b14');
      await page.getByLabel('Integration Name').fill('Uptrends property');
      await page.getByRole('button', { name: 'Submit' }).click();
      await expect.poll(() => page.getByLabel('Endpoint URL').inputValue(), { timeout: 6000 }).toBe(url);
      await waitForCapture(url);
    });
  });

  it('B12-B15 Submit, then a Turbo-like route change: pushState to /integrations/inbound/<id> and <body> replaced by the saved view', async () => {
    const url = validUrl();
    const script = `
document.addEventListener('click', (e) => {
  if (!e.target.closest('#submit')) return;
  e.preventDefault();
  const name = document.getElementById('iname').value;
  document.getElementById('app').innerHTML = '<h1></h1><p>Integration saved.</p>';
  document.querySelector('#app h1').textContent = name;
  setTimeout(() => {
    history.pushState({}, '', '/integrations/inbound/48215');
    const body = document.createElement('body');
    body.innerHTML = '<nav><a href="#">Dashboard</a> <a href="#">Configurations</a></nav><main id="app"><h1></h1>' +
      '<div class="endpoint"><span class="caption">API URL</span> <code id="u"></code> <button type="button">Copy</button></div>' +
      '<section><h2>Basic Settings</h2><p>Recipient Groups: Ops</p></section></main>';
    body.querySelector('h1').textContent = name;
    body.querySelector('#u').textContent = ${JSON.stringify(url)};
    document.body.replaceWith(body);
  }, 1000);
});`;
    const body = `<nav><a href="#">Dashboard</a> <a href="#">Configurations</a></nav><main id="app">
<h1>Add API Integration</h1><h2>Basic Settings</h2>
<label for="iname">Integration Name</label> <input id="iname" type="text" value="Uptrends">
<label for="rg">Recipient Groups</label> <select id="rg"><option>Ops</option></select>
<button type="submit" id="submit">Submit</button></main>`;
    await serve(
      browser,
      'https://app.alertops.com/integrations/inbound/api/new/b15*',
      doc('en', 'AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/integrations/inbound/api/new/b15');
      await page.getByLabel('Integration Name').fill('Uptrends route');
      await page.getByRole('button', { name: 'Submit' }).click();
      await page.getByRole('button', { name: 'Copy' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/integrations/inbound/48215');
      const capture = await waitForCapture(url);
      expect(capture.consoleHost).toBe('app.alertops.com');
      await expect.poll(() => noticeText(page), { timeout: 5000 }).not.toBe('');
    });
  });

  it('B12-B16 URL shown masked until the user clicks "Show" (the toggle sets the field\'s value by property); captured once shown, kept after "Hide"', async () => {
    const url = validUrl();
    const masked = 'https://notify.alertops.com/POSTAlert/••••••••-••••-••••-••••-••••••••••••/Uptrends';
    const script = `
const f = document.getElementById('url'), b = document.getElementById('show');
f.value = ${JSON.stringify(masked)};
b.onclick = () => {
  const shown = b.getAttribute('aria-pressed') === 'true';
  f.value = shown ? ${JSON.stringify(masked)} : ${JSON.stringify(url)};
  b.setAttribute('aria-pressed', String(!shown));
  b.textContent = shown ? 'Show' : 'Hide';
};
document.getElementById('copy').onclick = () => navigator.clipboard.writeText(${JSON.stringify(url)});`;
    const body = `<main><h1>Uptrends masked toggle</h1><div class="endpoint"><label for="url">API URL</label>
<input id="url" type="text" readonly size="90"> <button type="button" id="show" aria-pressed="false">Show</button>
<button type="button" id="copy">Copy</button></div><section><h2>Basic Settings</h2><p>Recipient Groups: Ops</p></section></main>`;
    await serve(browser, 'https://app.alertops.com/integrations/inbound/48216*', doc('en', 'AlertOps', body, script));
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/integrations/inbound/48216');
      await sleep(1000);
      expect((await storedCaptures(browser)).some((c) => c.url === url)).toBe(false);
      await page.getByRole('button', { name: 'Show' }).click();
      await waitForCapture(url);
      await page.getByRole('button', { name: 'Hide' }).click();
      await sleep(1500);
      const stored = (await storedCaptures(browser)).filter((c) => c.url === url);
      expect(stored.length).toBe(1);
      expect((await storedCaptures(browser)).some((c) => c.url.includes('•'))).toBe(false);
    });
  });

  it('B12 never writes the captured keys into any log', () => {
    const logs = browser.logs.join('\n');
    for (const key of issuedKeys()) expect(logs).not.toContain(key);
  });
});
