/**
 * Blind browser tests about TIMING and INTERACTION on the Uptrends console, written from domain.md, the Uptrends KB and
 * common front-end behaviour, without reading the extension's source: editors whose variables appear only after the
 * user picks a type, a capture that arrives while the user types, a name the user clears, forms re-rendered on every
 * keystroke, variables loaded by a slow XHR inside animated dialogs, SPA navigation with history.pushState, escalation
 * levels loaded lazily, and a user who unticks what the extension ticked. Pages are served on the real host names;
 * each page keeps its own model (`window.model`) from input/change events only, and counts its Save clicks
 * (`window.saves`). Assertions read only what the user sees or what the page's model holds.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  launchWithExtension,
  type PageModel,
  pageModel,
  waitForStoredCapture,
  withPage as withBrowserPage,
} from './chromium.ts';
import { clearLocalStorage, escapeHtml, serve, sleep, validUrl } from './hostile-pages.ts';
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

type AnyModel = PageModel;
const model = pageModel;

/* Uptrends labels (domain.md table; the cells it marks as guesses, and the few words it does not list, are plain UI
   words of each language). */
const L = {
  en: {
    integrations: 'Integrations',
    add: 'Add integration',
    choose: 'Choose',
    cancel: 'Cancel',
    newTitle: 'New integration',
    name: 'Integration name',
    type: 'Integration type',
    pick: 'Select a type…',
    vars: 'Predefined variables',
    here: 'Specify value here',
    inLevel: 'Specify value in escalation level',
    plain: 'Plain text',
    vault: 'Vault credentials',
    value: 'Value',
    select: 'Select',
    edit: 'Edit value',
    save: 'Save',
    loading: 'Loading...',
    required: 'The name is required.',
    defs: 'Alert definitions',
    level: 'Escalation level',
    active: 'Active',
    section: 'Alerting by integrations',
    email: 'E-mail',
    phone: 'Phone',
    nameCol: 'Name',
    typeCol: 'Type',
  },
  nl: {
    integrations: 'Integraties',
    add: 'Integratie toevoegen',
    choose: 'Kiezen',
    cancel: 'Annuleren',
    newTitle: 'Nieuwe integratie',
    name: 'Integratienaam',
    type: 'Integratietype',
    pick: 'Selecteer een type…',
    vars: 'Voorgedefinieerde variabelen',
    here: 'Waarde hier opgeven',
    inLevel: 'Waarde opgeven in escalatieniveau',
    plain: 'Platte tekst',
    vault: 'Kluisreferenties',
    value: 'Waarde',
    select: 'Selecteren',
    edit: 'Waarde bewerken',
    save: 'Opslaan',
    loading: 'Laden...',
    required: 'De naam is verplicht.',
    defs: 'Alertdefinities',
    level: 'Escalatieniveau',
    active: 'Actief',
    section: 'Alerts versturen door integraties',
    email: 'E-mail',
    phone: 'Telefoon',
    nameCol: 'Naam',
    typeCol: 'Type',
  },
  de: {
    integrations: 'Integrationen',
    add: 'Integration hinzufügen',
    choose: 'Wähle aus',
    cancel: 'Abbrechen',
    newTitle: 'Neue Integration',
    name: 'Integrationsname',
    type: 'Integrationstyp',
    pick: 'Typ auswählen…',
    vars: 'Vordefinierte Variablen',
    here: 'Wert hier eintragen',
    inLevel: 'Wert in Eskalationsstufe eintragen',
    plain: 'Klartext',
    vault: 'Tresor-Anmeldedaten',
    value: 'Wert',
    select: 'Auswählen',
    edit: 'Wert bearbeiten',
    save: 'Speichern',
    loading: 'Wird geladen...',
    required: 'Der Name ist erforderlich.',
    defs: 'Meldedefinitionen',
    level: 'Eskalationsstufe',
    active: 'Aktiv',
    section: 'Alarmierung durch Integrationen',
    email: 'E-Mail',
    phone: 'Telefon',
    nameCol: 'Name',
    typeCol: 'Typ',
  },
  fr: {
    integrations: 'Intégrations',
    add: 'Ajouter intégration',
    choose: 'Choisir',
    cancel: 'Annuler',
    newTitle: 'Nouvelle intégration',
    name: "Nom de l'intégration",
    type: "Type d'intégration",
    pick: 'Sélectionnez un type…',
    vars: 'Variables prédéfinies',
    here: 'Spécifiez la valeur ici',
    inLevel: "Spécifiez la valeur dans le niveau d'escalade",
    plain: 'Texte brut',
    vault: 'Identifiants du coffre-fort',
    value: 'Valeur',
    select: 'Sélectionner',
    edit: 'Modifier la valeur',
    save: 'Enregistrer',
    loading: 'Chargement...',
    required: 'Le nom est obligatoire.',
    defs: "Définitions d'alerte",
    level: "Niveau d'escalade",
    active: 'Actif',
    section: 'Alertes par intégrations',
    email: 'E-mail',
    phone: 'Téléphone',
    nameCol: 'Nom',
    typeCol: 'Type',
  },
};
type Lang = keyof typeof L;

function doc(lang: Lang, title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:14px sans-serif} .hidden{display:none} table{border-collapse:collapse} td,th{padding:4px 8px}
.modal{position:fixed;top:60px;left:20%;width:60%;background:#fff;border:1px solid #888;padding:16px;box-shadow:0 4px 20px #0004}
.modal .modal{top:120px;left:10%;width:80%}
.fade{opacity:0;transform:scale(.96);transition:opacity .4s ease,transform .4s ease}
.fade.in{opacity:1;transform:none}
[role=listbox]{list-style:none;border:1px solid #888;padding:0;margin:0;position:absolute;background:#fff}
[role=option]{padding:4px 12px;cursor:pointer} .invalid{border-color:#c00}</style></head>
<body>${body}<script>${LIB}
const L = ${JSON.stringify(L[lang])};
${script}</script></body></html>`;
}

/**
 * Page-side helpers every Uptrends page gets: escaping, a Save counter (any click on a `[data-save]` button, or a form
 * submission), the page's identity (to prove no page load happened), and the plain variables table.
 */
const LIB = `
const esc = (s) => String(s == null ? '' : s).replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;').replace(/"/g,'&quot;');
window.saves = 0;
document.addEventListener('click', (e) => { const t = e.target; if (t && t.closest && t.closest('[data-save]')) window.saves++; }, true);
document.addEventListener('submit', () => { window.saves++; }, true);
window.pageId = Math.random().toString(36).slice(2);
function varRows(names, prefix) {
  prefix = prefix || 'vl';
  return '<h2>' + esc(L.vars) + '</h2><table class="vars"><thead><tr><th>Variable</th><th></th><th>' + esc(L.value) + '</th></tr></thead><tbody>' +
    names.map((v, i) => '<tr><td id="' + prefix + '-' + i + '">' + esc(v) + '</td><td><select aria-labelledby="' + prefix + '-' + i + '" data-mode="' + esc(v) + '">' +
      '<option value="here">' + esc(L.here) + '</option><option value="level">' + esc(L.inLevel) + '</option></select></td>' +
      '<td><input type="text" data-var="' + esc(v) + '" aria-labelledby="' + prefix + '-' + i + '"></td></tr>').join('') + '</tbody></table>';
}
function fadeIn(el) { el.classList.add('fade'); (el.parentNode ? el : document.body.appendChild(el)); requestAnimationFrame(() => requestAnimationFrame(() => el.classList.add('in'))); }
function fadeOut(el) { el.classList.remove('in'); setTimeout(() => el.remove(), 400); }
`;

/** What the user would see when a wait fails: fields, boxes, dialogs, the page's model and the extension's notice. */
async function explain(page: Page, name = 'model'): Promise<string> {
  const seen = await page.evaluate(
    (n) => ({
      fields: Array.from(document.querySelectorAll('input:not([type=checkbox]):not([type=radio]),select')).map(
        (f) =>
          `${f.getAttribute('aria-labelledby') ?? f.id ?? ''}=${(f as HTMLInputElement).value}${f.isConnected ? '' : ' (detached)'}`,
      ),
      boxes: Array.from(document.querySelectorAll('input[type=checkbox]'))
        .filter((b) => (b as HTMLElement).offsetParent !== null)
        .map((b) => `${(b as HTMLInputElement).checked ? '[x]' : '[ ]'} ${(b as HTMLInputElement).dataset.k ?? b.id}`),
      dialogs: document.querySelectorAll('[role=dialog]').length,
      saves: (window as AnyModel).saves,
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
  timeout = 10_000,
): Promise<void> {
  return pollPageModel(page, read, expected, { explain, timeout, name });
}

async function expectNoSave(page: Page): Promise<void> {
  expect(await model(page, 'saves'), "the page's Save was never clicked").toBe(0);
}

/** A saved AlertOps integration (current UI) showing its endpoint URL with a Copy button. */
function savedAlertOpsPage(url: string, name: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AlertOps</title></head><body>
<nav><a href="#">Dashboard</a> <a href="#">Configurations</a></nav><main><h1>${escapeHtml(name)}</h1>
<div class="endpoint"><span class="caption">API URL</span> <span class="mono">${escapeHtml(url)}</span>
<button type="button">Copy</button></div><section><h2>Basic Settings</h2><p>Escalation Policy: Default</p></section></main></body></html>`;
}

/* ================================================================================================================= */

describe('the URL is captured while the user is already typing in the editor', () => {
  it('T01 NL: the user types their own URL into "ApiUrl" while AlertOps saves in the other window: every keystroke kept, nothing replaced, focus never moved', async () => {
    await clearLocalStorage(browser);
    const lateUrl = validUrl();
    const own = validUrl('Uptrends');
    // AlertOps: "Submit" shows the saved integration with its API URL 2 s later.
    await serve(
      browser,
      'https://app.alertops.com/integrations/inbound/api/new-slowfill*',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AlertOps</title></head><body>
<main id="app"><h1>Add API Integration</h1><h2>Basic Settings</h2><label for="iname">Integration Name</label>
<input id="iname" type="text" value="Uptrends"> <label for="rg">Recipient Groups</label> <select id="rg"><option>Ops</option></select>
<button type="button" id="submit">Submit</button></main><script>
document.getElementById('submit').onclick = () => {
  const app = document.getElementById('app');
  app.innerHTML = '<p>Saving…</p>';
  setTimeout(() => {
    history.pushState({}, '', '/integrations/inbound/api/edit/61001');
    app.innerHTML = '<h1>Uptrends</h1><div class="endpoint"><span class="caption">API URL</span> <span class="mono" id="u"></span> <button type="button">Copy</button></div>';
    document.getElementById('u').textContent = ${JSON.stringify(lateUrl)};
  }, 2000);
};</script></body></html>`,
    );
    const script = `
window.model = { name: '', url: '' };
const app = document.getElementById('app');
app.innerHTML = '<h1>' + esc(L.newTitle) + '</h1><form onsubmit="return false">' +
  '<div class="row"><label for="n">' + esc(L.name) + '</label> <input id="n" type="text"></div>' +
  '<div class="row"><label for="t">' + esc(L.type) + '</label> <input id="t" type="text" value="AlertOps" disabled></div>' +
  varRows(['ApiUrl']) + '<button type="button" data-save>' + esc(L.save) + '</button></form>';
const n = app.querySelector('#n'), u = app.querySelector('[data-var]');
for (const ev of ['input', 'change']) {
  n.addEventListener(ev, () => { window.model.name = n.value; });
  u.addEventListener(ev, () => { window.model.url = u.value; });
}`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/New/slowfill-typing*',
      doc('nl', 'Uptrends', '<nav>Alerting &gt; Integraties</nav><div id="app"></div>', script),
    );
    const alertops = await browser.context.newPage();
    const editor = await browser.context.newPage();
    try {
      await alertops.goto('https://app.alertops.com/integrations/inbound/api/new-slowfill');
      await editor.goto('https://app.uptrends.com/Alerting/Integrations/New/slowfill-typing');
      await sleep(1500);
      expect(await model(editor), 'nothing captured yet: nothing to fill').toEqual({ name: '', url: '' });

      // The user clicks Submit in AlertOps, then goes to the Uptrends window and starts typing their own URL.
      await alertops.bringToFront();
      await alertops.getByRole('button', { name: 'Submit' }).click();
      await editor.bringToFront();
      const field = editor.getByRole('textbox', { name: 'ApiUrl' });
      await field.click();
      const typing = editor.keyboard.type(own, { delay: 60 });
      await alertops.getByText('API URL', { exact: true }).waitFor({ timeout: 10_000 });
      const typedWhenShown = (await field.inputValue()).length;
      await typing;
      await waitForStoredCapture(browser, lateUrl, 10_000);
      await sleep(2000);
      await editor.bringToFront();

      expect(typedWhenShown, 'the URL appeared in AlertOps while the user was still typing').toBeLessThan(own.length);
      const m = await model(editor);
      const why = await explain(editor);
      expect(await field.inputValue(), `the user's URL, exactly as typed\n${why}`).toBe(own);
      expect(m.url, `the page's model holds the user's URL\n${why}`).toBe(own);
      expect(m.name, 'no keystroke went into the name field').not.toContain('notify.alertops');
      await expectNoSave(editor);
    } finally {
      await alertops.close();
      await editor.close();
    }
  });
});

/* ================================================================================================================= */

describe('with an AlertOps URL captured', () => {
  let fillUrl: string;

  beforeAll(async () => {
    await clearLocalStorage(browser);
    fillUrl = validUrl();
    await serve(
      browser,
      'https://app.alertops.com/integrations/inbound/api/edit/61002*',
      savedAlertOpsPage(fillUrl, 'Uptrends slow fill'),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/integrations/inbound/api/edit/61002');
      await waitForStoredCapture(browser, fillUrl, 15_000);
    });
  });

  /* --------------------------------------------------------------------------------------------------------------- */

  describe('the type is picked by the user', () => {
    it('T02 EN: editor opens on "Select a type…"; the user picks Slack (nothing filled), then AlertOps: only then the URL goes in and a name is proposed', async () => {
      const script = `
window.model = { name: '', type: '', vars: {} };
const VARS = { Slack: ['SlackWebhookUrl', 'Channel'], 'Microsoft Teams': ['WorkflowUrl'], PagerDuty: ['IntegrationKey'], AlertOps: ['AlertOpsUrl'], Webhook: ['Url'] };
const app = document.getElementById('app');
app.innerHTML = '<h1>' + esc(L.newTitle) + '</h1><form onsubmit="return false">' +
  '<div class="row"><label for="n">' + esc(L.name) + '</label> <input id="n" type="text"></div>' +
  '<div class="row"><label for="t">' + esc(L.type) + '</label> <select id="t"><option value="" disabled selected>' + esc(L.pick) + '</option>' +
  Object.keys(VARS).map((t) => '<option>' + esc(t) + '</option>').join('') + '</select></div>' +
  '<section id="vars"></section><button type="button" data-save>' + esc(L.save) + '</button></form>';
const n = app.querySelector('#n'), t = app.querySelector('#t'), vars = app.querySelector('#vars');
n.addEventListener('input', () => { window.model.name = n.value; });
n.addEventListener('change', () => { window.model.name = n.value; });
t.addEventListener('change', () => {
  const type = t.value;
  window.model.type = type; window.model.vars = {};
  vars.innerHTML = '<p>' + esc(L.loading) + '</p>';
  setTimeout(() => {
    if (window.model.type !== type) return;
    vars.innerHTML = varRows(VARS[type]);
    for (const el of vars.querySelectorAll('[data-var]')) {
      const h = () => { window.model.vars[el.dataset.var] = el.value; };
      el.addEventListener('input', h); el.addEventListener('change', h);
    }
  }, 400);
});`;
      await serve(
        browser,
        'https://app.uptrends.com/Alerting/Integrations/New/slowfill-pick-en*',
        doc('en', 'Uptrends', '<nav>Alerting &gt; Integrations</nav><div id="app"></div>', script),
      );
      await withPage(async (page) => {
        await page.goto('https://app.uptrends.com/Alerting/Integrations/New/slowfill-pick-en');
        const type = page.getByLabel(L.en.type, { exact: true });
        const name = page.getByRole('textbox', { name: L.en.name, exact: true });
        await sleep(1500);
        expect(await model(page), 'no type chosen: nothing touched').toEqual({ name: '', type: '', vars: {} });

        await type.selectOption('Slack');
        await page.getByRole('textbox', { name: 'SlackWebhookUrl' }).waitFor();
        await sleep(2000);
        expect(await model(page), `Slack: nothing filled, no name proposed\n${await explain(page)}`).toEqual({
          name: '',
          type: 'Slack',
          vars: {},
        });
        expect(await page.getByRole('textbox', { name: 'SlackWebhookUrl' }).inputValue()).toBe('');
        expect(await name.inputValue()).toBe('');

        await type.selectOption('AlertOps');
        await pollModel(page, (m) => m.vars.AlertOpsUrl, fillUrl);
        const m = await model(page);
        expect(m.type).toBe('AlertOps');
        expect(m.name, 'a name is proposed for the empty name field').not.toBe('');
        expect(await name.inputValue()).toBe(m.name);
        expect(await page.getByRole('textbox', { name: 'AlertOpsUrl' }).inputValue()).toBe(fillUrl);
        expect(Object.keys(m.vars)).toEqual(['AlertOpsUrl']);
        await expectNoSave(page);
      });
    });

    it('T03 DE: custom type drop-down clicked open, Slack then AlertOps; the URL goes in through the fading "⋯" dialog (Klartext, Auswählen), Slack\'s "⋯" never opened', async () => {
      const script = `
window.model = { name: '', type: '', vars: {} };
window.openings = [];
const VARS = { Slack: ['SlackWebhookUrl', 'Channel'], PagerDuty: ['IntegrationKey'], AlertOps: ['AlertOpsUrl'] };
const app = document.getElementById('app');
app.innerHTML = '<h1>' + esc(L.newTitle) + '</h1><form onsubmit="return false">' +
  '<div class="row"><label for="n">' + esc(L.name) + '</label> <input id="n" type="text"></div>' +
  '<div class="row combo"><span id="tl">' + esc(L.type) + '</span> <button type="button" id="tc" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-controls="tlist" aria-labelledby="tl tv"><span id="tv">' + esc(L.pick) + '</span> ▾</button>' +
  '<input type="hidden" id="th" name="type"><ul role="listbox" id="tlist" aria-labelledby="tl" hidden>' +
  Object.keys(VARS).map((t) => '<li role="option" aria-selected="false" data-t="' + esc(t) + '">' + esc(t) + '</li>').join('') + '</ul></div>' +
  '<section id="vars"></section><button type="button" data-save>' + esc(L.save) + '</button></form>';
const n = app.querySelector('#n'), combo = app.querySelector('#tc'), list = app.querySelector('#tlist'), hidden = app.querySelector('#th'), vars = app.querySelector('#vars');
n.addEventListener('input', () => { window.model.name = n.value; });
n.addEventListener('change', () => { window.model.name = n.value; });
combo.addEventListener('click', () => { list.hidden = !list.hidden; combo.setAttribute('aria-expanded', String(!list.hidden)); });
list.addEventListener('click', (e) => {
  const o = e.target.closest('[role=option]'); if (!o) return;
  for (const x of list.children) x.setAttribute('aria-selected', String(x === o));
  app.querySelector('#tv').textContent = o.dataset.t;
  list.hidden = true; combo.setAttribute('aria-expanded', 'false');
  hidden.value = o.dataset.t;
  hidden.dispatchEvent(new Event('change', { bubbles: true }));
});
hidden.addEventListener('change', () => {
  const type = hidden.value;
  window.model.type = type; window.model.vars = {};
  vars.innerHTML = '<p>' + esc(L.loading) + '</p>';
  setTimeout(() => {
    if (window.model.type !== type) return;
    vars.innerHTML = '<h2>' + esc(L.vars) + '</h2>' + VARS[type].map((v, i) => '<div class="var-row"><span id="vl-' + i + '">' + esc(v) + '</span> ' +
      '<select aria-labelledby="vl-' + i + '"><option>' + esc(L.here) + '</option><option>' + esc(L.inLevel) + '</option></select> ' +
      '<span class="preview" data-preview="' + esc(v) + '"></span> ' +
      '<button type="button" class="dots" data-dots="' + esc(v) + '" aria-label="' + esc(L.edit) + ' ' + esc(v) + '" title="' + esc(L.edit) + '">⋯</button></div>').join('');
  }, 500);
});
vars.addEventListener('click', (e) => { const b = e.target.closest('[data-dots]'); if (b) openValueDialog(b.dataset.dots); });
function openValueDialog(v) {
  window.openings.push(v);
  const d = document.createElement('div');
  d.className = 'modal'; d.setAttribute('role', 'dialog'); d.setAttribute('aria-modal', 'true'); d.setAttribute('aria-label', v);
  d.innerHTML = '<fieldset><label><input type="radio" name="src" value="plain" checked> ' + esc(L.plain) + '</label> ' +
    '<label><input type="radio" name="src" value="vault"> ' + esc(L.vault) + '</label></fieldset>' +
    '<label for="dv">' + esc(L.value) + '</label> <input id="dv" type="text">' +
    '<div class="footer"><button type="button" id="dsel">' + esc(L.select) + '</button> <button type="button" id="dcan">' + esc(L.cancel) + '</button></div>';
  fadeIn(d);
  let draft = window.model.vars[v] || '';
  const input = d.querySelector('#dv'); input.value = draft;
  input.addEventListener('input', () => { draft = input.value; });
  input.addEventListener('change', () => { draft = input.value; });
  d.querySelector('#dsel').onclick = () => {
    if (d.querySelector('input[name=src]:checked').value === 'plain') {
      window.model.vars[v] = draft;
      vars.querySelector('[data-preview="' + v + '"]').textContent = draft;
    }
    fadeOut(d);
  };
  d.querySelector('#dcan').onclick = () => fadeOut(d);
}`;
      await serve(
        browser,
        'https://app.uptrends.com/Alerting/Integrations/New/slowfill-combo-de*',
        doc('de', 'Uptrends', '<nav>Alarmierung &gt; Integrationen</nav><div id="app"></div>', script),
      );
      await withPage(async (page) => {
        await page.goto('https://app.uptrends.com/Alerting/Integrations/New/slowfill-combo-de');
        const combo = page.getByRole('combobox', { name: L.de.type });
        await combo.click();
        await page.getByRole('option', { name: 'Slack' }).click();
        await page.getByRole('button', { name: `${L.de.edit} SlackWebhookUrl` }).waitFor();
        await sleep(2000);
        expect(await model(page), `Slack: nothing filled, no name\n${await explain(page)}`).toEqual({
          name: '',
          type: 'Slack',
          vars: {},
        });
        expect(await model(page, 'openings'), 'no Slack "⋯" dialog opened').toEqual([]);

        await combo.click();
        await page.getByRole('option', { name: 'AlertOps' }).click();
        await pollModel(page, (m) => m.vars.AlertOpsUrl, fillUrl);
        await sleep(1000);
        const m = await model(page);
        expect(m.type).toBe('AlertOps');
        expect(m.name, 'a name is proposed').not.toBe('');
        expect(await page.getByRole('textbox', { name: L.de.name, exact: true }).inputValue()).toBe(m.name);
        expect(await page.locator('[data-preview="AlertOpsUrl"]').textContent()).toBe(fillUrl);
        expect(await model(page, 'openings'), 'only the AlertOps URL dialog, once').toEqual(['AlertOpsUrl']);
        expect(await page.getByRole('dialog').count(), 'the value dialog is closed').toBe(0);
        await expectNoSave(page);
      });
    });
  });

  /* --------------------------------------------------------------------------------------------------------------- */

  describe("the user's own edits", () => {
    it('T04 FR: the user clears the proposed name, leaves the field and comes back to type "Astreinte nuit" slowly: never refilled, the URL stays', async () => {
      const script = `
window.model = { name: '', url: '' };
const app = document.getElementById('app');
app.innerHTML = '<h1>' + esc(L.newTitle) + '</h1><form onsubmit="return false" novalidate>' +
  '<div class="row"><label for="n">' + esc(L.name) + '</label> <input id="n" type="text" required aria-describedby="err"> <span id="err" role="alert" class="error"></span></div>' +
  '<div class="row"><label for="t">' + esc(L.type) + '</label> <select id="t" disabled><option>AlertOps</option></select></div>' +
  varRows(['AlertOpsUrl']) + '<button type="button" data-save>' + esc(L.save) + '</button></form>';
const n = app.querySelector('#n'), u = app.querySelector('[data-var]'), err = app.querySelector('#err');
function onName() {
  window.model.name = n.value;
  const bad = !n.value.trim();
  err.textContent = bad ? L.required : '';
  n.classList.toggle('invalid', bad); n.setAttribute('aria-invalid', String(bad));
}
for (const ev of ['input', 'change']) {
  n.addEventListener(ev, onName);
  u.addEventListener(ev, () => { window.model.url = u.value; });
}`;
      await serve(
        browser,
        'https://app.uptrends.com/Alerting/Integrations/New/slowfill-clear-fr*',
        doc('fr', 'Uptrends', '<nav>Alerte &gt; Intégrations</nav><div id="app"></div>', script),
      );
      await withPage(async (page) => {
        await page.goto('https://app.uptrends.com/Alerting/Integrations/New/slowfill-clear-fr');
        await pollModel(page, (m) => m.url, fillUrl);
        await pollModel(page, (m) => m.name !== '', true);
        const name = page.getByRole('textbox', { name: L.fr.name, exact: true });

        await name.click();
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Backspace');
        await pollModel(page, (m) => m.name, '');
        await page.keyboard.press('Tab');
        await sleep(2000);
        expect(await name.inputValue(), `still empty after the user left it\n${await explain(page)}`).toBe('');
        expect((await model(page)).name).toBe('');
        expect(await page.getByRole('alert').textContent(), "the page's own error shows").toBe(L.fr.required);

        await name.click();
        await page.keyboard.type('Astreinte nuit', { delay: 150 });
        await sleep(1500);
        const m = await model(page);
        expect(await name.inputValue(), `exactly what the user typed\n${await explain(page)}`).toBe('Astreinte nuit');
        expect(m).toEqual({ name: 'Astreinte nuit', url: fillUrl });
        expect(await page.getByRole('textbox', { name: 'AlertOpsUrl' }).inputValue()).toBe(fillUrl);
        await expectNoSave(page);
      });
    });

    it('T05 DE: the form replaces all its nodes on the next frame after every input (delegated listeners): URL and name reach the model, then the user renames it keystroke by keystroke', async () => {
      const script = `
window.model = { name: '', mode: 'here', url: '' };
window.renders = 0;
const root = document.getElementById('root');
let pending = false;
function schedule() { if (pending) return; pending = true; requestAnimationFrame(() => { pending = false; render(); }); }
function render() {
  window.renders++;
  const a = document.activeElement, key = a && root.contains(a) ? a.dataset.k : null;
  const caret = key && a.selectionStart != null ? a.selectionStart : null;
  const fresh = document.createElement('div');
  fresh.className = 'editor';
  fresh.innerHTML = '<h1>' + esc(L.newTitle) + '</h1><form onsubmit="return false">' +
    '<div class="row"><label for="f-name">' + esc(L.name) + '</label> <input id="f-name" type="text" data-k="name"></div>' +
    '<div class="row"><span>' + esc(L.type) + '</span> <strong>AlertOps</strong></div>' +
    '<h2>' + esc(L.vars) + '</h2><div class="var"><span id="v-url">AlertOpsUrl</span> ' +
    '<select data-k="mode" aria-label="Modus"><option value="here">' + esc(L.here) + '</option><option value="level">' + esc(L.inLevel) + '</option></select> ' +
    '<input type="text" data-k="url" aria-labelledby="v-url"></div><button type="button" data-save>' + esc(L.save) + '</button></form>';
  for (const el of fresh.querySelectorAll('[data-k]')) el.value = window.model[el.dataset.k];
  root.replaceChildren(fresh);
  if (key) { const f = fresh.querySelector('[data-k="' + key + '"]'); f.focus(); if (caret != null && f.setSelectionRange) f.setSelectionRange(caret, caret); }
}
const heard = (e) => { const k = e.target.dataset && e.target.dataset.k; if (!k) return; window.model[k] = e.target.value; schedule(); };
root.addEventListener('input', heard);
root.addEventListener('change', heard);
render();`;
      await serve(
        browser,
        'https://app.uptrends.com/Alerting/Integrations/New/slowfill-rerender-de*',
        doc('de', 'Uptrends', '<nav>Alarmierung &gt; Integrationen</nav><main id="root"></main>', script),
      );
      await withPage(async (page) => {
        await page.goto('https://app.uptrends.com/Alerting/Integrations/New/slowfill-rerender-de');
        await pollModel(page, (m) => m.url, fillUrl);
        await pollModel(page, (m) => m.name !== '', true);
        await sleep(1000);
        const filled = await model(page);
        const name = page.getByRole('textbox', { name: L.de.name, exact: true });
        const url = page.getByRole('textbox', { name: 'AlertOpsUrl' });
        expect(await url.inputValue(), 'what the user sees is what the model holds').toBe(fillUrl);
        expect(await name.inputValue()).toBe(filled.name);
        const before = await model(page, 'renders');

        await name.click();
        await page.keyboard.press('Control+A');
        await page.keyboard.type('Bereitschaft Nacht', { delay: 80 });
        await sleep(1500);
        expect(await name.inputValue(), `exactly what the user typed\n${await explain(page)}`).toBe(
          'Bereitschaft Nacht',
        );
        expect(await model(page)).toEqual({ name: 'Bereitschaft Nacht', mode: 'here', url: fillUrl });
        expect(await url.inputValue()).toBe(fillUrl);
        expect((await model(page, 'renders')) - before, 'the form really re-rendered per keystroke').toBeGreaterThan(
          10,
        );
        await expectNoSave(page);
      });
    });
  });

  /* --------------------------------------------------------------------------------------------------------------- */

  describe('slow loading and animated dialogs', () => {
    it('T06 EN: "Add integration" → AlertOps → "Choose"; the editor dialog fades in and its variables arrive by an XHR 2 s later; the URL goes in through the fading "⋯" dialog', async () => {
      await browser.context.route('https://app.uptrends.com/api/slowfill-en/**', async (route) => {
        await sleep(2000);
        await route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ type: 'AlertOps', variables: [{ name: 'AlertOpsUrl', required: true }] }),
        });
      });
      const script = `
window.model = null; window.openings = []; window.xhrAnsweredAt = 0; window.chosenAt = 0;
const app = document.getElementById('app');
app.innerHTML = '<h1>' + esc(L.integrations) + '</h1><button type="button" id="add">' + esc(L.add) + '</button>' +
  '<table><thead><tr><th>' + esc(L.nameCol) + '</th><th>' + esc(L.typeCol) + '</th></tr></thead><tbody>' +
  '<tr><td>' + esc(L.email) + '</td><td>E-mail</td></tr><tr><td>Slack #ops</td><td>Slack</td></tr></tbody></table>';
app.querySelector('#add').onclick = () => {
  const d = document.createElement('div');
  d.className = 'modal'; d.setAttribute('role', 'dialog'); d.setAttribute('aria-modal', 'true'); d.setAttribute('aria-labelledby', 'pick-t');
  d.innerHTML = '<h2 id="pick-t">' + esc(L.add) + '</h2><div class="types">' + ['Slack', 'Microsoft Teams', 'PagerDuty', 'AlertOps', 'Webhook'].map((t) =>
    '<label class="card"><input type="radio" name="itype" value="' + esc(t) + '"> ' + esc(t) + '</label>').join(' ') + '</div>' +
    '<button type="button" id="pick-choose">' + esc(L.choose) + '</button> <button type="button" id="pick-cancel">' + esc(L.cancel) + '</button>';
  fadeIn(d);
  d.querySelector('#pick-cancel').onclick = () => fadeOut(d);
  d.querySelector('#pick-choose').onclick = () => {
    const t = d.querySelector('input[name=itype]:checked'); if (!t) return;
    fadeOut(d); window.chosenAt = Date.now();
    if (t.value === 'AlertOps') openEditor();
  };
};
function openEditor() {
  window.model = { name: '', type: 'AlertOps', vars: {} };
  const e = document.createElement('div');
  e.className = 'modal'; e.setAttribute('role', 'dialog'); e.setAttribute('aria-modal', 'true'); e.setAttribute('aria-labelledby', 'ed-t');
  e.innerHTML = '<h2 id="ed-t">' + esc(L.newTitle) + '</h2><form onsubmit="return false">' +
    '<div class="row"><label for="n">' + esc(L.name) + '</label> <input id="n" type="text"></div>' +
    '<div class="row"><span>' + esc(L.type) + '</span> <strong>AlertOps</strong></div>' +
    '<section id="vars"><h3>' + esc(L.vars) + '</h3><div role="progressbar" aria-label="' + esc(L.loading) + '"></div><p>' + esc(L.loading) + '</p></section>' +
    '<div class="footer"><button type="button" data-save>' + esc(L.save) + '</button> <button type="button" id="ed-cancel">' + esc(L.cancel) + '</button></div></form>';
  fadeIn(e);
  const n = e.querySelector('#n');
  n.addEventListener('input', () => { window.model.name = n.value; });
  n.addEventListener('change', () => { window.model.name = n.value; });
  e.querySelector('#ed-cancel').onclick = () => fadeOut(e);
  const xhr = new XMLHttpRequest();
  xhr.open('GET', '/api/slowfill-en/IntegrationTypes/AlertOps/Variables');
  xhr.onload = () => {
    window.xhrAnsweredAt = Date.now();
    const vars = e.querySelector('#vars');
    const names = JSON.parse(xhr.responseText).variables.map((v) => v.name);
    for (const v of names) window.model.vars[v] = '';
    vars.innerHTML = '<h3>' + esc(L.vars) + '</h3>' + names.map((v, i) => '<div class="var-row"><span id="evl-' + i + '">' + esc(v) + '</span> ' +
      '<select aria-labelledby="evl-' + i + '"><option>' + esc(L.here) + '</option><option>' + esc(L.inLevel) + '</option></select> ' +
      '<span class="preview" data-preview="' + esc(v) + '"></span> ' +
      '<button type="button" data-dots="' + esc(v) + '" title="' + esc(L.edit) + '" aria-label="' + esc(L.edit) + '">⋯</button></div>').join('');
    vars.addEventListener('click', (ev) => { const b = ev.target.closest('[data-dots]'); if (b) openValueDialog(e, b.dataset.dots); });
  };
  xhr.send();
}
function openValueDialog(editor, v) {
  window.openings.push(v);
  const d = document.createElement('div');
  d.className = 'modal'; d.setAttribute('role', 'dialog'); d.setAttribute('aria-label', v);
  d.innerHTML = '<fieldset><legend>' + esc(v) + '</legend><label><input type="radio" name="vsrc" value="plain" checked> ' + esc(L.plain) + '</label> ' +
    '<label><input type="radio" name="vsrc" value="vault"> ' + esc(L.vault) + '</label></fieldset>' +
    '<label for="vv">' + esc(L.value) + '</label> <input id="vv" type="text">' +
    '<button type="button" id="vsel">' + esc(L.select) + '</button> <button type="button" id="vcan">' + esc(L.cancel) + '</button>';
  editor.appendChild(d);
  fadeIn(d);
  let draft = window.model.vars[v] || '';
  const input = d.querySelector('#vv'); input.value = draft;
  input.addEventListener('input', () => { draft = input.value; });
  input.addEventListener('change', () => { draft = input.value; });
  d.querySelector('#vsel').onclick = () => {
    if (d.querySelector('input[name=vsrc]:checked').value === 'plain') {
      window.model.vars[v] = draft;
      editor.querySelector('[data-preview="' + v + '"]').textContent = draft;
    }
    fadeOut(d);
  };
  d.querySelector('#vcan').onclick = () => fadeOut(d);
}`;
      await serve(
        browser,
        'https://app.uptrends.com/Alerting/Integrations/slowfill-xhr-en*',
        doc('en', 'Uptrends', '<nav>Alerting &gt; Integrations</nav><div id="app"></div>', script),
      );
      await withPage(async (page) => {
        await page.goto('https://app.uptrends.com/Alerting/Integrations/slowfill-xhr-en');
        await page.getByRole('button', { name: L.en.add }).click();
        const picker = page.getByRole('dialog', { name: L.en.add });
        await picker.getByLabel('AlertOps', { exact: true }).check();
        await picker.getByRole('button', { name: L.en.choose, exact: true }).click();
        await page.getByRole('dialog', { name: L.en.newTitle }).waitFor();
        await pollModel(page, (m) => m?.vars?.AlertOpsUrl, fillUrl, 'model', 12_000);
        await sleep(1000);
        const m = await model(page);
        const chosenAt = await model(page, 'chosenAt');
        const answeredAt = await model(page, 'xhrAnsweredAt');
        expect(answeredAt - chosenAt, 'the variables really came 2 s after the dialog opened').toBeGreaterThanOrEqual(
          1900,
        );
        expect(m.name, 'a name is proposed').not.toBe('');
        expect(await page.getByRole('textbox', { name: L.en.name, exact: true }).inputValue()).toBe(m.name);
        expect(await page.locator('[data-preview="AlertOpsUrl"]').textContent()).toBe(fillUrl);
        expect(await model(page, 'openings'), 'the "⋯" dialog opened once').toEqual(['AlertOpsUrl']);
        expect(await page.getByRole('dialog').count(), 'only the editor dialog is left open').toBe(1);
        await expectNoSave(page);
      });
    });

    it('T07 NL: in the fading editor dialog the user picks AlertOps and types a name while the variables load (XHR, 2 s): the URL goes in, the typed name stays', async () => {
      await browser.context.route('https://app.uptrends.com/api/slowfill-nl/**', async (route) => {
        await sleep(2000);
        const type = decodeURIComponent(new URL(route.request().url()).pathname.split('/')[4] ?? '');
        const variables = type === 'AlertOps' ? ['ApiUrl'] : ['SlackWebhookUrl', 'Kanaal'];
        await route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ variables: variables.map((name) => ({ name })) }),
        });
      });
      const script = `
window.model = null; window.xhrAnsweredAt = 0; window.lastNameInputAt = 0;
const app = document.getElementById('app');
app.innerHTML = '<h1>' + esc(L.integrations) + '</h1><button type="button" id="add">' + esc(L.add) + '</button>' +
  '<table><tbody><tr><td>' + esc(L.email) + '</td></tr><tr><td>SMS</td></tr></tbody></table>';
app.querySelector('#add').onclick = () => {
  window.model = { name: '', type: '', vars: {} };
  const e = document.createElement('div');
  e.className = 'modal'; e.setAttribute('role', 'dialog'); e.setAttribute('aria-modal', 'true'); e.setAttribute('aria-labelledby', 'ed-t');
  e.innerHTML = '<h2 id="ed-t">' + esc(L.newTitle) + '</h2><form onsubmit="return false">' +
    '<div class="row"><label for="n">' + esc(L.name) + '</label> <input id="n" type="text"></div>' +
    '<div class="row"><label for="t">' + esc(L.type) + '</label> <select id="t"><option value="" disabled selected>' + esc(L.pick) + '</option>' +
    '<option>Slack</option><option>AlertOps</option></select></div><section id="vars"></section>' +
    '<div class="footer"><button type="button" data-save>' + esc(L.save) + '</button> <button type="button" id="ed-cancel">' + esc(L.cancel) + '</button></div></form>';
  fadeIn(e);
  const n = e.querySelector('#n'), t = e.querySelector('#t'), vars = e.querySelector('#vars');
  const onName = () => { window.model.name = n.value; window.lastNameInputAt = Date.now(); };
  n.addEventListener('input', onName); n.addEventListener('change', onName);
  e.querySelector('#ed-cancel').onclick = () => fadeOut(e);
  t.addEventListener('change', () => {
    const type = t.value; window.model.type = type; window.model.vars = {};
    vars.innerHTML = '<p>' + esc(L.loading) + '</p>';
    const xhr = new XMLHttpRequest();
    xhr.open('GET', '/api/slowfill-nl/IntegrationTypes/' + encodeURIComponent(type) + '/Variables');
    xhr.onload = () => {
      if (window.model.type !== type) return;
      window.xhrAnsweredAt = Date.now();
      vars.innerHTML = varRows(JSON.parse(xhr.responseText).variables.map((v) => v.name));
      for (const el of vars.querySelectorAll('[data-var]')) {
        const h = () => { window.model.vars[el.dataset.var] = el.value; };
        el.addEventListener('input', h); el.addEventListener('change', h);
      }
    };
    xhr.send();
  });
};`;
      await serve(
        browser,
        'https://app.uptrends.com/Alerting/Integrations/slowfill-xhr-nl*',
        doc('nl', 'Uptrends', '<nav>Alerting &gt; Integraties</nav><div id="app"></div>', script),
      );
      await withPage(async (page) => {
        await page.goto('https://app.uptrends.com/Alerting/Integrations/slowfill-xhr-nl');
        await page.getByRole('button', { name: L.nl.add }).click();
        const dialog = page.getByRole('dialog', { name: L.nl.newTitle });
        await dialog.getByLabel(L.nl.type, { exact: true }).selectOption('AlertOps');
        await sleep(300);
        const name = dialog.getByRole('textbox', { name: L.nl.name, exact: true });
        await name.click();
        await page.keyboard.press('Control+A');
        await page.keyboard.type('Piketdienst', { delay: 80 });
        await pollModel(page, (m) => m?.vars?.ApiUrl, fillUrl, 'model', 12_000);
        await sleep(1500);
        const typedAt = await model(page, 'lastNameInputAt');
        const answeredAt = await model(page, 'xhrAnsweredAt');
        expect(answeredAt, 'the variables arrived after the user had typed the name').toBeGreaterThan(typedAt);
        expect(await name.inputValue(), `the user's name is kept\n${await explain(page)}`).toBe('Piketdienst');
        expect(await model(page)).toEqual({ name: 'Piketdienst', type: 'AlertOps', vars: { ApiUrl: fillUrl } });
        expect(await dialog.getByRole('textbox', { name: 'ApiUrl' }).inputValue()).toBe(fillUrl);
        await expectNoSave(page);
      });
    });
  });

  /* --------------------------------------------------------------------------------------------------------------- */

  describe('SPA navigation with history.pushState', () => {
    it('T08 EN: list → "Add integration" (pushState, form 300 ms later) filled; browser Back to the list; a second "Add integration" is filled too; the first draft unchanged, no page load', async () => {
      const base = '/slowfill-spa-en';
      const script = `
const BASE = ${JSON.stringify(base)};
window.drafts = []; window.model = null;
const app = document.getElementById('app');
let timer = null;
function go(path, state) { history.pushState(state || {}, '', BASE + path); route(); }
document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-route]'); if (!a) return;
  e.preventDefault();
  if (a.dataset.route === '/Alerting/Integrations/New') { window.drafts.push({ name: '', url: '' }); go(a.dataset.route, { draft: window.drafts.length - 1 }); }
  else go(a.dataset.route);
});
window.addEventListener('popstate', route);
function route() {
  clearTimeout(timer);
  const p = location.pathname.slice(BASE.length), st = history.state;
  if (p === '/Alerting/Integrations/New' && st && st.draft != null) {
    window.model = window.drafts[st.draft];
    app.innerHTML = '<p>' + esc(L.loading) + '</p>';
    timer = setTimeout(() => editor(st.draft), 300);
  } else { window.model = null; list(); }
}
function list() {
  app.innerHTML = '<h1>' + esc(L.integrations) + '</h1><a class="btn" href="' + BASE + '/Alerting/Integrations/New" data-route="/Alerting/Integrations/New">' + esc(L.add) + '</a>' +
    '<table><thead><tr><th>' + esc(L.nameCol) + '</th><th>' + esc(L.typeCol) + '</th></tr></thead><tbody><tr><td>' + esc(L.email) + '</td><td>E-mail</td></tr>' +
    '<tr><td>Slack #ops</td><td>Slack</td></tr></tbody></table>';
}
function editor(i) {
  const d = window.drafts[i];
  app.innerHTML = '<h1>' + esc(L.newTitle) + '</h1><form onsubmit="return false">' +
    '<div class="row"><label for="n">' + esc(L.name) + '</label> <input id="n" type="text"></div>' +
    '<div class="row"><span>' + esc(L.type) + '</span> <strong>AlertOps</strong></div>' + varRows(['AlertOpsUrl']) +
    '<button type="button" data-save>' + esc(L.save) + '</button> <button type="button" id="cancel">' + esc(L.cancel) + '</button></form>';
  const n = app.querySelector('#n'), u = app.querySelector('[data-var]');
  n.value = d.name; u.value = d.url;
  for (const ev of ['input', 'change']) {
    n.addEventListener(ev, () => { d.name = n.value; });
    u.addEventListener(ev, () => { d.url = u.value; });
  }
  app.querySelector('#cancel').onclick = () => history.back();
}
document.getElementById('nav').innerHTML = 'Alerting &gt; <a href="' + BASE + '/Alerting/Integrations" data-route="/Alerting/Integrations">' + esc(L.integrations) + '</a>';
route();`;
      await serve(
        browser,
        `https://app.uptrends.com${base}/**`,
        doc('en', 'Uptrends', '<nav id="nav"></nav><div id="app"></div>', script),
      );
      await withPage(async (page) => {
        await page.goto(`https://app.uptrends.com${base}/Alerting/Integrations`);
        const pageId = await model(page, 'pageId');
        await page.getByRole('link', { name: L.en.add }).click();
        await pollModel(page, (m) => m?.url, fillUrl);
        await pollModel(page, (m) => !!m?.name, true);
        const first = await model(page);
        expect(await page.getByRole('textbox', { name: 'AlertOpsUrl' }).inputValue()).toBe(fillUrl);

        await page.goBack();
        await page.getByRole('link', { name: L.en.add }).waitFor();
        await sleep(1500);
        await page.getByRole('link', { name: L.en.add }).click();
        await pollModel(page, (d) => d?.[1]?.url, fillUrl, 'drafts');
        await pollModel(page, (d) => !!d?.[1]?.name, true, 'drafts');
        await sleep(1500);
        const drafts = await model(page, 'drafts');
        expect(drafts.length).toBe(2);
        expect(drafts[0], 'the first draft is as it was left').toEqual(first);
        expect(await page.getByRole('textbox', { name: L.en.name, exact: true }).inputValue()).toBe(drafts[1].name);
        expect(await model(page, 'pageId'), 'all of it happened without a page load').toBe(pageId);
        await expectNoSave(page);
      });
    });

    it('T09 FR: after an AlertOps editor was filled, the user cancels and adds a Slack integration in the same SPA: the Slack editor stays empty', async () => {
      const base = '/slowfill-spa-fr';
      const script = `
const BASE = ${JSON.stringify(base)};
const VARS = { AlertOps: ['AlertOpsUrl'], Slack: ['SlackWebhookUrl', 'Canal'] };
window.drafts = []; window.model = null;
const app = document.getElementById('app');
let timer = null;
window.addEventListener('popstate', route);
function route() {
  clearTimeout(timer);
  const st = history.state;
  if (location.pathname.endsWith('/Nouveau') && st && st.draft != null) {
    window.model = window.drafts[st.draft];
    app.innerHTML = '<p>' + esc(L.loading) + '</p>';
    timer = setTimeout(() => editor(st.draft), 600);
  } else { window.model = null; list(); }
}
function list() {
  app.innerHTML = '<h1>' + esc(L.integrations) + '</h1><button type="button" id="add">' + esc(L.add) + '</button>' +
    '<table><tbody><tr><td>' + esc(L.email) + '</td><td>E-mail</td></tr></tbody></table>';
  app.querySelector('#add').onclick = pickType;
}
function pickType() {
  const d = document.createElement('div');
  d.className = 'modal'; d.setAttribute('role', 'dialog'); d.setAttribute('aria-modal', 'true'); d.setAttribute('aria-labelledby', 'pt');
  d.innerHTML = '<h2 id="pt">' + esc(L.add) + '</h2>' + ['Slack', 'Microsoft Teams', 'AlertOps', 'Webhook'].map((t) =>
    '<label class="card"><input type="radio" name="it" value="' + esc(t) + '"> ' + esc(t) + '</label>').join(' ') +
    '<div><button type="button" id="ch">' + esc(L.choose) + '</button> <button type="button" id="ca">' + esc(L.cancel) + '</button></div>';
  fadeIn(d);
  d.querySelector('#ca').onclick = () => fadeOut(d);
  d.querySelector('#ch').onclick = () => {
    const t = d.querySelector('input[name=it]:checked'); if (!t) return;
    d.remove();
    const vars = {}; for (const v of VARS[t.value] || []) vars[v] = '';
    window.drafts.push({ type: t.value, name: '', vars });
    history.pushState({ draft: window.drafts.length - 1 }, '', BASE + '/Alerte/Integrations/Nouveau');
    route();
  };
}
function editor(i) {
  const d = window.drafts[i];
  app.innerHTML = '<h1>' + esc(L.newTitle) + '</h1><form onsubmit="return false">' +
    '<div class="row"><label for="n">' + esc(L.name) + '</label> <input id="n" type="text"></div>' +
    '<div class="row"><label for="t">' + esc(L.type) + '</label> <input id="t" type="text" disabled></div>' +
    varRows(Object.keys(d.vars)) + '<button type="button" data-save>' + esc(L.save) + '</button> <button type="button" id="cancel">' + esc(L.cancel) + '</button></form>';
  const n = app.querySelector('#n');
  app.querySelector('#t').value = d.type;
  n.value = d.name;
  n.addEventListener('input', () => { d.name = n.value; });
  n.addEventListener('change', () => { d.name = n.value; });
  for (const el of app.querySelectorAll('[data-var]')) {
    el.value = d.vars[el.dataset.var];
    const h = () => { d.vars[el.dataset.var] = el.value; };
    el.addEventListener('input', h); el.addEventListener('change', h);
  }
  app.querySelector('#cancel').onclick = () => history.back();
}
route();`;
      await serve(
        browser,
        `https://app.uptrends.com${base}/**`,
        doc('fr', 'Uptrends', '<nav>Alerte &gt; Intégrations</nav><div id="app"></div>', script),
      );
      await withPage(async (page) => {
        await page.goto(`https://app.uptrends.com${base}/Alerte/Integrations`);
        const addAndChoose = async (type: string) => {
          await page.getByRole('button', { name: L.fr.add }).click();
          const dialog = page.getByRole('dialog', { name: L.fr.add });
          await dialog.getByLabel(type, { exact: true }).check();
          await dialog.getByRole('button', { name: L.fr.choose, exact: true }).click();
          await page.getByRole('textbox', { name: L.fr.name, exact: true }).waitFor();
        };
        await addAndChoose('AlertOps');
        await pollModel(page, (m) => m?.vars?.AlertOpsUrl, fillUrl);

        await page.getByRole('button', { name: L.fr.cancel, exact: true }).click();
        await page.getByRole('button', { name: L.fr.add }).waitFor();
        await addAndChoose('Slack');
        await sleep(2000);
        const drafts = await model(page, 'drafts');
        expect(drafts[1], `the Slack editor is left as it opened\n${await explain(page)}`).toEqual({
          type: 'Slack',
          name: '',
          vars: { SlackWebhookUrl: '', Canal: '' },
        });
        expect(await page.getByRole('textbox', { name: 'SlackWebhookUrl' }).inputValue()).toBe('');
        expect(await page.getByRole('textbox', { name: L.fr.name, exact: true }).inputValue()).toBe('');
        expect(drafts[0].vars.AlertOpsUrl, 'the AlertOps draft still holds its URL').toBe(fillUrl);
        await expectNoSave(page);
      });
    });

    it('T10 NL: kept-alive editor — filled for AlertOps, cancelled, then reopened with the same input nodes and the user picks Slack: the reused fields stay empty', async () => {
      const base = '/slowfill-spa-nl';
      const script = `
const BASE = ${JSON.stringify(base)};
const VARS = { AlertOps: ['Url'], Slack: ['SlackWebhookUrl', 'Kanaal'] };
window.drafts = []; window.model = null;
const app = document.getElementById('app');
// One editor instance, built once and kept alive: detached on leave, re-attached and reset on "Integratie toevoegen".
const editor = document.createElement('section');
editor.innerHTML = '<h1>' + esc(L.newTitle) + '</h1><form onsubmit="return false">' +
  '<div class="row"><label for="n">' + esc(L.name) + '</label> <input id="n" type="text"></div>' +
  '<div class="row"><label for="t">' + esc(L.type) + '</label> <select id="t"><option value="">' + esc(L.pick) + '</option><option>Slack</option><option>AlertOps</option></select></div>' +
  '<div id="vars" hidden><h2>' + esc(L.vars) + '</h2><div class="var" id="row0"><span id="v0"></span> <select aria-labelledby="v0"><option>' + esc(L.here) + '</option><option>' + esc(L.inLevel) + '</option></select> <input type="text" id="i0" aria-labelledby="v0"></div>' +
  '<div class="var" id="row1" hidden><span id="v1"></span> <select aria-labelledby="v1"><option>' + esc(L.here) + '</option><option>' + esc(L.inLevel) + '</option></select> <input type="text" id="i1" aria-labelledby="v1"></div></div>' +
  '<button type="button" data-save>' + esc(L.save) + '</button> <button type="button" id="cancel">' + esc(L.cancel) + '</button></form>';
const n = editor.querySelector('#n'), t = editor.querySelector('#t'), box = editor.querySelector('#vars');
const inputs = [editor.querySelector('#i0'), editor.querySelector('#i1')];
for (const ev of ['input', 'change']) {
  n.addEventListener(ev, () => { window.model.name = n.value; });
  inputs.forEach((el, i) => el.addEventListener(ev, () => { const v = editor.querySelector('#v' + i).textContent; if (v) window.model.vars[v] = el.value; }));
}
t.addEventListener('change', () => {
  window.model.type = t.value; window.model.vars = {};
  const names = VARS[t.value] || [];
  box.hidden = !names.length;
  [0, 1].forEach((i) => {
    editor.querySelector('#v' + i).textContent = names[i] || '';
    editor.querySelector('#row' + i).hidden = !names[i];
    inputs[i].value = '';
    if (names[i]) window.model.vars[names[i]] = '';
  });
});
editor.querySelector('#cancel').onclick = () => history.back();
function showEditor(i) {
  window.model = window.drafts[i];
  if (!window.model.fresh) { app.replaceChildren(editor); return; }
  window.model.fresh = false;
  n.value = ''; t.value = ''; box.hidden = true;
  app.replaceChildren(editor);
}
function list() {
  window.model = null;
  app.innerHTML = '<h1>' + esc(L.integrations) + '</h1><button type="button" id="add">' + esc(L.add) + '</button><table><tbody><tr><td>' + esc(L.email) + '</td></tr></tbody></table>';
  app.querySelector('#add').onclick = () => {
    window.drafts.push({ name: '', type: '', vars: {}, fresh: true });
    history.pushState({ draft: window.drafts.length - 1 }, '', BASE + '/Alerting/Integraties/Nieuw');
    route();
  };
}
function route() {
  const st = history.state;
  if (location.pathname.endsWith('/Nieuw') && st && st.draft != null) showEditor(st.draft); else list();
}
window.addEventListener('popstate', route);
route();`;
      await serve(
        browser,
        `https://app.uptrends.com${base}/**`,
        doc('nl', 'Uptrends', '<nav>Alerting &gt; Integraties</nav><div id="app"></div>', script),
      );
      await withPage(async (page) => {
        await page.goto(`https://app.uptrends.com${base}/Alerting/Integraties`);
        const type = page.getByLabel(L.nl.type, { exact: true });
        await page.getByRole('button', { name: L.nl.add }).click();
        await type.selectOption('AlertOps');
        await pollModel(page, (m) => m?.vars?.Url, fillUrl);

        await page.getByRole('button', { name: L.nl.cancel, exact: true }).click();
        await page.getByRole('button', { name: L.nl.add }).click();
        await type.waitFor();
        await sleep(1500);
        expect(await model(page), `reopened, no type chosen yet: untouched\n${await explain(page)}`).toEqual({
          name: '',
          type: '',
          vars: {},
          fresh: false,
        });
        await type.selectOption('Slack');
        await page.getByRole('textbox', { name: 'SlackWebhookUrl' }).waitFor();
        await sleep(2000);
        expect(await model(page), `Slack in the reused editor: nothing filled\n${await explain(page)}`).toEqual({
          name: '',
          type: 'Slack',
          vars: { SlackWebhookUrl: '', Kanaal: '' },
          fresh: false,
        });
        expect(await page.getByRole('textbox', { name: 'SlackWebhookUrl' }).inputValue()).toBe('');
        expect(await page.getByRole('textbox', { name: L.nl.name, exact: true }).inputValue()).toBe('');
        expect((await model(page, 'drafts'))[0].vars, 'the AlertOps draft still holds its URL').toEqual({
          Url: fillUrl,
        });
        await expectNoSave(page);
      });
    });
  });

  /* --------------------------------------------------------------------------------------------------------------- */

  describe('alert definition: lazy levels and the user who disagrees', () => {
    it('T11 FR: levels 2–4 load 800 ms after their tab is clicked; the user clicks 2 then 3 quickly, then 2 and 4: AlertOps is ticked on all four, nothing else', async () => {
      const AO = 'AlertOps astreinte';
      const NAMES = [L.fr.email, 'SMS', L.fr.phone, 'Slack équipe', AO, 'Microsoft Teams'];
      const script = `
const NAMES = ${JSON.stringify(NAMES)};
window.model = { levels: {} }; window.changes = []; window.loads = [];
for (const l of [1, 2, 3, 4]) { window.model.levels[l] = { active: true }; for (const x of NAMES) window.model.levels[l][x] = l === 1 && x === L.email; }
const loaded = { 1: true }, loading = {};
const app = document.getElementById('app');
app.innerHTML = '<h1>' + esc(L.defs) + '</h1><h2>Définition d\\'alerte par défaut</h2><div role="tablist">' + [1, 2, 3, 4].map((l) =>
  '<button type="button" role="tab" id="t' + l + '" aria-controls="p' + l + '" aria-selected="' + (l === 1) + '" data-l="' + l + '">' + esc(L.level) + ' ' + l + '</button>').join('') + '</div>' +
  [1, 2, 3, 4].map((l) => '<div role="tabpanel" id="p' + l + '" aria-labelledby="t' + l + '"' + (l === 1 ? '' : ' hidden') + '></div>').join('') +
  '<button type="button" data-save>' + esc(L.save) + '</button>';
function levelHtml(l) {
  const m = window.model.levels[l];
  return '<label><input type="checkbox" data-l="' + l + '" data-k="active"' + (m.active ? ' checked' : '') + '> ' + esc(L.active) + '</label>' +
    '<h3>' + esc(L.section) + '</h3>' + NAMES.map((x, j) => '<div class="cb"><input type="checkbox" id="c' + l + '-' + j + '" data-l="' + l + '" data-k="' + esc(x) + '"' +
    (m[x] ? ' checked' : '') + '> <label for="c' + l + '-' + j + '">' + esc(x) + '</label></div>').join('');
}
document.getElementById('p1').innerHTML = levelHtml(1);
app.addEventListener('click', (e) => {
  const t = e.target.closest('[role=tab]'); if (!t) return;
  const l = Number(t.dataset.l);
  for (const x of app.querySelectorAll('[role=tab]')) x.setAttribute('aria-selected', String(x === t));
  for (const p of app.querySelectorAll('[role=tabpanel]')) p.hidden = p.id !== 'p' + l;
  if (loaded[l] || loading[l]) return;
  loading[l] = true;
  const p = document.getElementById('p' + l);
  p.innerHTML = '<p>' + esc(L.loading) + '</p>';
  setTimeout(() => { p.innerHTML = levelHtml(l); loaded[l] = true; window.loads.push(l); }, 800);
});
app.addEventListener('change', (e) => {
  const el = e.target; if (!el.dataset.l) return;
  window.model.levels[el.dataset.l][el.dataset.k] = el.checked;
  window.changes.push(el.dataset.l + ':' + el.dataset.k + '=' + el.checked);
});`;
      await serve(
        browser,
        'https://app.uptrends.com/Alerting/AlertDefinitions/Edit/slowfill-lazy-fr*',
        doc('fr', 'Uptrends', '<nav>Alerte &gt; Définitions d\'alerte</nav><div id="app"></div>', script),
      );
      await withPage(async (page) => {
        await page.goto('https://app.uptrends.com/Alerting/AlertDefinitions/Edit/slowfill-lazy-fr');
        const tab = (l: number) => page.getByRole('tab', { name: `${L.fr.level} ${l}` });
        await pollModel(page, (m) => m.levels[1][AO], true);
        await tab(2).click();
        await sleep(200);
        await tab(3).click();
        await pollModel(page, (m) => m.levels[3][AO], true);
        await tab(2).click();
        await pollModel(page, (m) => m.levels[2][AO], true);
        await tab(4).click();
        await pollModel(page, (m) => m.levels[4][AO], true);
        await sleep(1500);
        expect(await page.getByRole('tabpanel').getByRole('checkbox', { name: AO, exact: true }).isChecked()).toBe(
          true,
        );
        const m = await model(page);
        for (const l of [1, 2, 3, 4]) {
          expect(m.levels[l], `level ${l}`).toEqual({
            active: true,
            [L.fr.email]: l === 1,
            SMS: false,
            [L.fr.phone]: false,
            'Slack équipe': false,
            [AO]: true,
            'Microsoft Teams': false,
          });
        }
        expect(((await model(page, 'changes')) as string[]).slice().sort(), 'each level ticked once').toEqual(
          [1, 2, 3, 4].map((l) => `${l}:${AO}=true`),
        );
        await expectNoSave(page);
      });
    });

    it('T12 DE: each level tab reloads its content 800 ms after a click; the user unticks AlertOps on level 1, visits level 2 and comes back: level 1 stays unticked', async () => {
      const AO = 'AlertOps Bereitschaft';
      const NAMES = [L.de.email, 'SMS', L.de.phone, 'Slack #ops', AO];
      const script = `
const NAMES = ${JSON.stringify(NAMES)};
window.model = { levels: {} }; window.changes = [];
for (const l of [1, 2, 3]) { window.model.levels[l] = { active: true }; for (const x of NAMES) window.model.levels[l][x] = x === L.email; }
let current = 1, timer = null;
const app = document.getElementById('app');
app.innerHTML = '<h1>' + esc(L.defs) + '</h1><h2>Standard-Meldedefinition</h2><div role="tablist" id="tabs"></div>' +
  '<div role="tabpanel" id="panel"></div><button type="button" data-save>' + esc(L.save) + '</button>';
const tabs = app.querySelector('#tabs'), panel = app.querySelector('#panel');
function showTab(l) {
  current = l;
  tabs.innerHTML = [1, 2, 3].map((x) => '<button type="button" role="tab" id="t' + x + '" aria-controls="panel" aria-selected="' + (x === l) + '" data-l="' + x + '">' + esc(L.level) + ' ' + x + '</button>').join('');
  panel.setAttribute('aria-labelledby', 't' + l);
  panel.innerHTML = '<div role="progressbar" aria-label="' + esc(L.loading) + '"></div><p>' + esc(L.loading) + '</p>';
  clearTimeout(timer);
  timer = setTimeout(() => {
    const m = window.model.levels[l];
    panel.innerHTML = '<label><input type="checkbox" data-k="active"' + (m.active ? ' checked' : '') + '> ' + esc(L.active) + '</label>' +
      '<h3>' + esc(L.section) + '</h3><ul>' + NAMES.map((x, j) => '<li><input type="checkbox" id="c' + j + '" data-k="' + esc(x) + '"' + (m[x] ? ' checked' : '') +
      '> <label for="c' + j + '">' + esc(x) + '</label></li>').join('') + '</ul>';
  }, 800);
}
tabs.addEventListener('click', (e) => { const t = e.target.closest('[role=tab]'); if (t) showTab(Number(t.dataset.l)); });
panel.addEventListener('change', (e) => {
  const el = e.target; if (!el.dataset.k) return;
  window.model.levels[current][el.dataset.k] = el.checked;
  window.changes.push(current + ':' + el.dataset.k + '=' + el.checked);
});
showTab(1);`;
      await serve(
        browser,
        'https://app.uptrends.com/Alerting/AlertDefinitions/Edit/slowfill-untick-de*',
        doc('de', 'Uptrends', '<nav>Alarmierung &gt; Meldedefinitionen</nav><div id="app"></div>', script),
      );
      await withPage(async (page) => {
        await page.goto('https://app.uptrends.com/Alerting/AlertDefinitions/Edit/slowfill-untick-de');
        const box = page.getByRole('checkbox', { name: AO, exact: true });
        await pollModel(page, (m) => m.levels[1][AO], true);
        await expect.poll(() => box.isChecked()).toBe(true);
        await sleep(1000);

        // The user does not want AlertOps on level 1 and clicks its name.
        await page.getByText(AO, { exact: true }).click();
        await pollModel(page, (m) => m.levels[1][AO], false);
        await sleep(2000);
        expect((await model(page)).levels[1][AO], 'still unticked a moment later').toBe(false);

        await page.getByRole('tab', { name: `${L.de.level} 2` }).click();
        await pollModel(page, (m) => m.levels[2][AO], true);
        await page.getByRole('tab', { name: `${L.de.level} 1` }).click();
        await box.waitFor();
        await sleep(2000);
        const m = await model(page);
        expect(m.levels[1][AO], `level 1 still unticked after coming back\n${await explain(page)}`).toBe(false);
        expect(await box.isChecked(), 'the user sees it unticked').toBe(false);
        expect(await model(page, 'changes')).toEqual([`1:${AO}=true`, `1:${AO}=false`, `2:${AO}=true`]);
        expect(m.levels[3][AO], 'level 3 never opened').toBe(false);
        await expectNoSave(page);
      });
    });
  });
});
