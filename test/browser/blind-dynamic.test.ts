/**
 * Blind acceptance tests: dynamic renderings of both consoles that the simulated consoles do not show (SPAs that swap
 * views after Save, values set by script, web components, controlled editors, dialogs, four languages, tabs switched by
 * clicks, values the user already typed). Pages are served on the real host names; assertions read only what the user
 * sees or what the page's own model holds.
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

function doc(lang: string, title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>.hidden{display:none} .sr{position:absolute;opacity:0;width:1px;height:1px}</style></head>
<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

function waitForCapture(url: string, timeout?: number): Promise<StoredCapture> {
  return waitForStoredCapture(browser, url, timeout);
}

type AnyModel = PageModel;
/** What the user would see when a wait fails: field values, open dialogs, the extension's notice. */
async function explain(page: Page): Promise<string> {
  const seen = await page.evaluate(() => ({
    fields: Array.from(document.querySelectorAll('input,select,textarea')).map(
      (f) => `${(f as HTMLInputElement).type}:${(f as HTMLInputElement).value}`,
    ),
    dialogs: document.querySelectorAll('[role=dialog]').length,
    openings: (window as AnyModel).dialogOpenings,
    model: (window as AnyModel).model,
  }));
  return `${JSON.stringify(seen)}\nnotice: ${JSON.stringify(await noticeText(page))}`;
}

function pollModel(page: Page, read: (m: AnyModel) => unknown, expected: unknown, timeout = 10_000): Promise<void> {
  return pollPageModel(page, read, expected, { explain, timeout });
}

const model = pageModel;

/* ----------------------------------------------------------------------------------------------------------------- */

describe('AlertOps: dynamic renderings of a saved integration', () => {
  it('SPA: Submit swaps the form for the saved view after ~900 ms, URL in a readonly input with a Copy button', async () => {
    const url = validUrl();
    const script = `
const app = document.getElementById('app');
app.addEventListener('click', (e) => {
  if (!e.target.closest('#submit')) return;
  e.preventDefault();
  const name = document.getElementById('iname').value;
  app.innerHTML = '<div class="spinner" role="progressbar" aria-label="Saving"></div>';
  setTimeout(() => {
    history.pushState({}, '', '/integrations/inbound/api/edit/48213');
    app.innerHTML = '<header class="page-head"><h1></h1><span class="badge">API</span></header>' +
      '<div class="endpoint-bar"><span class="caption">Endpoint URL</span>' +
      '<input class="form-control mono" type="text" readonly aria-label="Endpoint URL">' +
      '<button type="button" class="btn btn-sm" id="copy">Copy</button></div>' +
      '<section><h2>Basic Settings</h2><p>Escalation Policy: Default</p></section>';
    app.querySelector('h1').textContent = name;
    app.querySelector('input').value = ${JSON.stringify(url)};
    app.querySelector('#copy').onclick = () => navigator.clipboard.writeText(${JSON.stringify(url)});
  }, 900);
});`;
    const body = `<nav><a href="#">Dashboard</a> <a href="#">Configurations</a></nav><main id="app">
<h1>Add API Integration</h1><h2>Basic Settings</h2>
<label for="iname">Integration Name</label> <input id="iname" type="text" value="Uptrends">
<label for="ep">Escalation Policy</label> <select id="ep"><option>Default</option></select>
<label for="rg">Recipient Groups</label> <select id="rg"><option>Ops</option></select>
<button type="submit" id="submit" class="btn btn-primary">Submit</button></main>`;
    await serve(browser, 'https://app.alertops.com/integrations/inbound/api/new*', doc('en', 'AlertOps', body, script));
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/integrations/inbound/api/new');
      await page.getByLabel('Integration Name').fill('Uptrends SPA');
      await page.getByRole('button', { name: 'Submit' }).click();
      await page.getByRole('button', { name: 'Copy' }).waitFor();
      await waitForCapture(url);
      const capture = (await storedCaptures(browser)).find((c) => c.url === url);
      expect(capture?.consoleHost).toBe('app.alertops.com');
    });
  });

  it('legacy UI: Save shows "API URL" after 1.5 s and the framework re-renders the saved view every 500 ms', async () => {
    const url = validUrl();
    const script = `
const root = document.getElementById('root');
let saved = false;
const view = () => saved
  ? '<h2>Uptrends</h2><dl class="details"><dt>Integration Name</dt><dd>Legacy Uptrends</dd>' +
    '<dt>API URL</dt><dd><span class="api-url">${url}</span></dd><dt>Recipient Group(s)/User(s)</dt><dd>Ops</dd></dl>'
  : '<h2>Uptrends</h2><label for="n">Integration Name</label><input id="n" value="Legacy Uptrends">' +
    '<label for="r">Recipient Group(s)/User(s)</label><select id="r"><option>Ops</option></select>' +
    '<button id="save" type="button">Save</button>';
const render = () => { root.innerHTML = view(); };
render();
root.addEventListener('click', (e) => {
  if (e.target.id === 'save') { root.innerHTML = '<p>Please wait…</p>'; setTimeout(() => { saved = true; render(); setInterval(render, 500); }, 1500); }
});`;
    const body = `<aside><a href="#">Integrations</a><a href="#">Inbound Integrations</a></aside>
<div class="tabs"><a href="#">API</a><a href="#">Email</a></div><div id="root"></div>`;
    await serve(browser, 'https://acme.alertops.com/InboundIntegrations/Api*', doc('en', 'AlertOps', body, script));
    await withPage(async (page) => {
      await page.goto('https://acme.alertops.com/InboundIntegrations/Api');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('API URL', { exact: true }).waitFor();
      await waitForCapture(url);
      await sleep(2500);
      const same = (await storedCaptures(browser)).filter((c) => c.url === url);
      expect(same.length).toBe(1);
    });
  });

  it("URL rendered inside a web component's open shadow root 1.8 s after load, with no user input", async () => {
    const url = validUrl();
    const script = `
setTimeout(() => {
  customElements.define('ao-endpoint-card', class extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = '<style>.u{font-family:monospace}</style><div part="card"><h3>API URL</h3>' +
        '<span class="u"></span> <button type="button">Copy</button></div>';
      root.querySelector('.u').textContent = this.getAttribute('endpoint') || '';
    }
  });
  const card = document.createElement('ao-endpoint-card');
  card.setAttribute('endpoint', ${JSON.stringify(url)});
  document.querySelector('main').append(card);
}, 1800);`;
    await serve(
      browser,
      'https://app.alertops.com/integrations/inbound/api/edit/77*',
      doc('en', 'AlertOps', '<main><h1>Uptrends WC</h1><p>Integration saved.</p></main>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/integrations/inbound/api/edit/77');
      await waitForCapture(url, 12_000);
    });
  });

  it('"API URL" input whose value a script sets later by property only (no attribute, no DOM mutation), page left alone', async () => {
    const url = validUrl();
    const script = `
setTimeout(() => {
  document.getElementById('status').textContent = '';
  document.getElementById('apiurl').value = ${JSON.stringify(url)};
}, 2500);`;
    const body = `<main><h1>Uptrends property</h1><div class="form-group"><label for="apiurl">API URL</label>
<input id="apiurl" class="form-control" type="text" readonly> <button type="button">Copy</button>
<span id="status">Generating…</span></div></main>`;
    await serve(
      browser,
      'https://app.alertops.com/integrations/inbound/api/edit/88*',
      doc('en', 'AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/integrations/inbound/api/edit/88');
      await expect.poll(() => page.getByLabel('API URL').inputValue(), { timeout: 6000 }).toBe(url);
      await waitForCapture(url, 12_000);
    });
  });

  it('URL masked in a password field until the user clicks "Show"', async () => {
    const url = validUrl();
    const script = `
document.getElementById('url').value = ${JSON.stringify(url)};
document.getElementById('show').onclick = () => {
  const f = document.getElementById('url');
  f.type = f.type === 'password' ? 'text' : 'password';
};`;
    const body = `<main><h1>Uptrends masked</h1><div><label for="url">API URL</label>
<input id="url" type="password" readonly> <button type="button" id="show">Show</button> <button type="button">Copy</button></div></main>`;
    await serve(
      browser,
      'https://app.alertops.com/integrations/inbound/api/edit/99*',
      doc('en', 'AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/integrations/inbound/api/edit/99');
      await sleep(800);
      await page.getByRole('button', { name: 'Show' }).click();
      await waitForCapture(url);
    });
  });
});

/* ----------------------------------------------------------------------------------------------------------------- */

const L = {
  en: {
    name: 'Integration name',
    type: 'Integration type',
    vars: 'Predefined variables',
    here: 'Specify value here',
    inLevel: 'Specify value in escalation level',
    plain: 'Plain text',
    value: 'Value',
    select: 'Select',
    save: 'Save',
    add: 'Add integration',
    choose: 'Choose',
    loading: 'Loading...',
    level: 'Escalation level',
    active: 'Active',
    section: 'Alerting by integrations',
    email: 'E-mail',
    phone: 'Phone',
    cancel: 'Cancel',
  },
  nl: {
    name: 'Integratienaam',
    type: 'Integratietype',
    vars: 'Voorgedefinieerde variabelen',
    here: 'Waarde hier opgeven',
    inLevel: 'Waarde opgeven in escalatieniveau',
    plain: 'Platte tekst',
    value: 'Waarde',
    select: 'Selecteren',
    save: 'Opslaan',
    add: 'Integratie toevoegen',
    choose: 'Kiezen',
    loading: 'Laden...',
    level: 'Escalatieniveau',
    active: 'Actief',
    section: 'Alerts versturen door integraties',
    email: 'E-mail',
    phone: 'Telefoon',
    cancel: 'Annuleren',
  },
  de: {
    name: 'Integrationsname',
    type: 'Integrationstyp',
    vars: 'Vordefinierte Variablen',
    here: 'Wert hier eintragen',
    inLevel: 'Wert in Eskalationsstufe eintragen',
    plain: 'Klartext',
    value: 'Wert',
    select: 'Auswählen',
    save: 'Speichern',
    add: 'Integration hinzufügen',
    choose: 'Wähle aus',
    loading: 'Wird geladen...',
    level: 'Eskalationsstufe',
    active: 'Aktiv',
    section: 'Alarmierung durch Integrationen',
    email: 'E-Mail',
    phone: 'Telefon',
    cancel: 'Abbrechen',
  },
  fr: {
    name: "Nom de l'intégration",
    type: "Type d'intégration",
    vars: 'Variables prédéfinies',
    here: 'Spécifiez la valeur ici',
    inLevel: "Spécifiez la valeur dans le niveau d'escalade",
    plain: 'Texte brut',
    value: 'Valeur',
    select: 'Sélectionner',
    save: 'Enregistrer',
    add: 'Ajouter intégration',
    choose: 'Choisir',
    loading: 'Chargement...',
    level: "Niveau d'escalade",
    active: 'Actif',
    section: 'Alertes par intégrations',
    email: 'E-mail',
    phone: 'Téléphone',
    cancel: 'Annuler',
  },
};
type Lang = keyof typeof L;

/** Page-side helpers shared by the Uptrends pages: escaping and a plain editor form rendered from a model. */
function editorLib(lang: Lang): string {
  return `
const L = ${JSON.stringify(L[lang])};
const esc = (s) => String(s ?? '').replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;').replace(/"/g,'&quot;');
function editorHtml(m, varName) {
  return '<form class="integration-editor" onsubmit="return false"><h2>' + esc(m.title || 'AlertOps') + '</h2>' +
    '<div class="form-row"><label for="f-name">' + L.name + '</label><input id="f-name" name="name" type="text"></div>' +
    '<div class="form-row"><label for="f-type">' + L.type + '</label><input id="f-type" type="text" readonly disabled value="AlertOps"></div>' +
    '<fieldset><legend>' + L.vars + '</legend><table><thead><tr><th>Variable</th><th></th><th>' + L.value + '</th></tr></thead><tbody>' +
    '<tr><td id="var-l">' + varName + '</td><td><select name="mode" aria-label="' + varName + '"><option value="here">' + L.here +
    '</option><option value="level">' + L.inLevel + '</option></select></td>' +
    '<td><input name="url" type="text" aria-labelledby="var-l"></td></tr></tbody></table></fieldset>' +
    '<button type="button" class="btn-save">' + L.save + '</button></form>';
}`;
}

let fillUrl: string;

describe('Uptrends: dynamic renderings of the editor and the alert definition', () => {
  beforeAll(async () => {
    // Exactly one capture: a real one, from a saved view served on the AlertOps console.
    await clearLocalStorage(browser);
    fillUrl = validUrl();
    await serve(
      browser,
      'https://app.alertops.com/integrations/inbound/api/edit/1000*',
      doc(
        'en',
        'AlertOps',
        `<main><h1>Uptrends blind</h1><div><span>API URL</span> <span>${fillUrl}</span> <button>Copy</button></div></main>`,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/integrations/inbound/api/edit/1000');
      await waitForCapture(fillUrl);
    });
  });

  it('React-like controlled editor (EN): re-renders the whole form on every input and ignores programmatic value sets', async () => {
    // Events are delegated to the root (detached nodes are not heard) and each field carries React's value tracker:
    // an input event is ignored when the value was set through the element's own setter.
    const script = `${editorLib('en')}
window.model = { name: '', url: '', mode: 'here' };
const root = document.getElementById('root');
const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
function track(el) {
  let current = proto.get.call(el);
  Object.defineProperty(el, 'value', { configurable: true, get() { return proto.get.call(this); }, set(v) { current = String(v); proto.set.call(this, v); } });
  el._tracker = { get: () => current, set: (v) => { current = v; } };
}
function render() {
  const focused = document.activeElement && document.activeElement.name;
  root.innerHTML = editorHtml({ title: 'New integration' }, 'ApiUrl');
  for (const el of root.querySelectorAll('input[name]')) { track(el); el.value = window.model[el.name] ?? ''; }
  root.querySelector('select').value = window.model.mode;
  if (focused) root.querySelector('[name="' + focused + '"]')?.focus();
}
root.addEventListener('input', (e) => {
  const el = e.target; if (!el.name) return;
  const v = proto.get.call(el);
  if (el._tracker && el._tracker.get() === v) return;
  el._tracker && el._tracker.set(v);
  window.model[el.name] = v; render();
});
root.addEventListener('change', (e) => { if (e.target.name === 'mode') { window.model.mode = e.target.value; render(); } });
render();`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Edit/react*',
      doc('en', 'Uptrends', '<main id="root"></main>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/react');
      await pollModel(page, (m) => m.url, fillUrl);
      const m = await model(page);
      expect(m.name, 'the name the page model heard').toMatch(/AlertOps/);
      expect(await page.getByRole('textbox', { name: 'ApiUrl' }).inputValue()).toBe(fillUrl);
      expect(await page.getByRole('textbox', { name: 'Integration name' }).inputValue()).toBe(m.name);
    });
  });

  it('editor opened as a dialog (DE): "Integration hinzufügen", pick AlertOps, "Wähle aus", editor renders 600 ms later', async () => {
    const script = `${editorLib('de')}
window.model = null;
const main = document.querySelector('main');
document.getElementById('add').onclick = () => {
  const d = document.createElement('div');
  d.setAttribute('role', 'dialog'); d.setAttribute('aria-modal', 'true'); d.setAttribute('aria-labelledby', 'dt');
  d.innerHTML = '<h2 id="dt">Integrationstyp wählen</h2><ul class="types">' +
    ['Slack', 'Microsoft Teams', 'PagerDuty', 'AlertOps', 'Webhook'].map((t) =>
      '<li><label><input type="radio" name="t" value="' + t + '"> ' + t + '</label></li>').join('') +
    '</ul><button type="button" id="choose">' + L.choose + '</button> <button type="button">' + L.cancel + '</button>';
  document.body.append(d);
  d.querySelector('#choose').onclick = () => {
    const t = d.querySelector('input:checked')?.value; d.remove(); if (t !== 'AlertOps') return;
    main.innerHTML = '<p>' + L.loading + '</p>';
    setTimeout(() => {
      history.pushState({}, '', '/Alerting/Integrations/New?type=AlertOps');
      window.model = { name: '', url: '', mode: 'here' };
      main.innerHTML = editorHtml({ title: 'Neue Integration' }, 'Url');
      for (const el of main.querySelectorAll('[name]')) {
        el.addEventListener('input', () => { window.model[el.name] = el.value; });
        el.addEventListener('change', () => { window.model[el.name] = el.value; });
      }
    }, 600);
  };
};`;
    const body = `<nav>Alarmierung &gt; Integrationen</nav><h1>Integrationen</h1>
<button type="button" id="add">${L.de.add}</button><main><table><tr><td>E-Mail</td></tr><tr><td>SMS</td></tr></table></main>`;
    await serve(browser, 'https://app.uptrends.com/Alerting/Integrations/de*', doc('de', 'Uptrends', body, script));
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/de');
      await page.getByRole('button', { name: L.de.add }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('AlertOps').check();
      await dialog.getByRole('button', { name: L.de.choose }).click();
      await page.getByRole('textbox', { name: 'Url' }).waitFor();
      await expect.poll(async () => (await model(page))?.url, { timeout: 10_000 }).toBe(fillUrl);
      expect((await model(page)).name).toMatch(/AlertOps/);
      await expect.poll(() => noticeText(page)).toContain('AlertOps URL filled in');
    });
  });

  it('editor that shows "Laden..." for 2 s (NL), type chosen in a drop-down: Slack first (nothing filled), then AlertOps', async () => {
    const script = `${editorLib('nl')}
window.model = { name: '', type: '', vars: {} };
const main = document.querySelector('main');
const VARS = { Slack: ['SlackWebhookUrl', 'Channel'], AlertOps: ['Url'] };
function render() {
  const t = window.model.type;
  main.innerHTML = '<h2>Nieuwe integratie</h2><label for="n">' + L.name + '</label><input id="n" type="text">' +
    '<label for="t">' + L.type + '</label><select id="t"><option value="">-- Kies --</option><option>Slack</option><option>AlertOps</option></select>' +
    (t ? '<h3>' + L.vars + '</h3>' + VARS[t].map((v, i) => '<div class="var"><span id="v' + i + '">' + v + '</span>' +
      '<select aria-label="modus"><option>' + L.here + '</option><option>' + L.inLevel + '</option></select>' +
      '<input type="text" data-var="' + v + '" aria-labelledby="v' + i + '"></div>').join('') : '') +
    '<button type="button">' + L.save + '</button>';
  const n = main.querySelector('#n'); n.value = window.model.name;
  n.addEventListener('input', () => { window.model.name = n.value; });
  const s = main.querySelector('#t'); s.value = t;
  s.addEventListener('change', () => { window.model.type = s.value; window.model.vars = {}; render(); });
  for (const el of main.querySelectorAll('[data-var]')) {
    el.value = window.model.vars[el.dataset.var] || '';
    el.addEventListener('input', () => { window.model.vars[el.dataset.var] = el.value; });
  }
}
setTimeout(render, 2000);`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/New/nl*',
      doc('nl', 'Uptrends', `<h1>Integraties</h1><main><p class="loading">${L.nl.loading}</p></main>`, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/New/nl');
      const type = page.getByLabel(L.nl.type);
      await type.waitFor({ timeout: 5000 });
      await type.selectOption('Slack');
      await sleep(2000);
      const slack = await model(page);
      expect(slack.vars, 'Slack variables stay empty').toEqual({});
      expect(await noticeText(page)).not.toContain('filled in');
      await type.selectOption('AlertOps');
      await expect.poll(async () => (await model(page)).vars.Url, { timeout: 10_000 }).toBe(fillUrl);
    });
  });

  it('"⋯" value dialog way (FR): Texte brut, Valeur, then Sélectionner; the model only learns the value on Select', async () => {
    const script = `${editorLib('fr')}
window.model = { name: '', url: '', mode: 'here' };
window.dialogOpenings = 0;
const main = document.querySelector('main');
main.innerHTML = '<h2>Nouvelle intégration</h2><label for="n">' + L.name + '</label><input id="n" type="text">' +
  '<p>' + L.type + ' : <strong>AlertOps</strong></p><h3>' + L.vars + '</h3>' +
  '<div class="var-row"><span id="vl">AlertOpsApiUrl</span><select aria-label="Mode"><option>' + L.here + '</option><option>' + L.inLevel + '</option></select>' +
  '<span class="value-preview" aria-labelledby="vl"></span><button type="button" class="dots" aria-label="Modifier la valeur" title="Modifier la valeur">⋯</button></div>' +
  '<button type="button">' + L.save + '</button>';
main.querySelector('#n').addEventListener('input', (e) => { window.model.name = e.target.value; });
main.querySelector('.dots').onclick = () => {
  window.dialogOpenings++;
  const d = document.createElement('div');
  d.setAttribute('role', 'dialog'); d.setAttribute('aria-label', 'AlertOpsApiUrl');
  d.innerHTML = '<fieldset><label><input type="radio" name="src" value="plain" checked> ' + L.plain + '</label>' +
    '<label><input type="radio" name="src" value="vault"> Informations d\\'identification du coffre-fort</label></fieldset>' +
    '<label for="dv">' + L.value + '</label><input id="dv" type="text">' +
    '<button type="button" id="sel">' + L.select + '</button> <button type="button" id="can">' + L.cancel + '</button>';
  document.body.append(d);
  const input = d.querySelector('#dv'); input.value = window.model.url;
  d.querySelector('#sel').onclick = () => {
    window.model.url = input.value; main.querySelector('.value-preview').textContent = input.value; d.remove();
  };
  d.querySelector('#can').onclick = () => d.remove();
};`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/New/fr*',
      doc('fr', 'Uptrends', '<nav>Alerte &gt; Intégrations</nav><main></main>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/New/fr');
      await pollModel(page, (m) => m.url, fillUrl);
      await sleep(1500);
      expect(await page.getByRole('dialog').count(), 'the value dialog is closed').toBe(0);
      expect(await page.evaluate(() => (window as AnyModel).dialogOpenings)).toBe(1);
      expect((await model(page)).name).toMatch(/AlertOps/);
    });
  });

  it('existing integration loaded by XHR 700 ms late with a different URL (EN): no overwrite, a "Replace?" prompt', async () => {
    const other = validUrl('Custom');
    const script = `${editorLib('en')}
window.model = null;
const main = document.querySelector('main');
setTimeout(() => {
  window.model = { name: 'AlertOps on call', url: ${JSON.stringify(other)}, mode: 'here' };
  main.innerHTML = editorHtml({ title: 'AlertOps on call' }, 'ApiUrl');
  for (const el of main.querySelectorAll('[name]')) {
    el.value = window.model[el.name];
    el.addEventListener('input', () => { window.model[el.name] = el.value; });
  }
}, 700);`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Edit/4711*',
      doc('en', 'Uptrends', `<main><p>${L.en.loading}</p></main>`, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/4711');
      await expect.poll(() => noticeText(page), { timeout: 10_000 }).toMatch(/Replace/);
      await sleep(1000);
      const m = await model(page);
      expect(m.url).toBe(other);
      expect(m.name).toBe('AlertOps on call');
      expect(await page.getByRole('textbox', { name: 'ApiUrl' }).inputValue()).toBe(other);
    });
  });

  it('editor re-rendered every 500 ms (EN): after the fill, the user types their own URL and it is never overwritten', async () => {
    const own = 'https://notify.alertops.com/POSTAlert/my-own-key-0000/Custom';
    const script = `${editorLib('en')}
window.model = { name: '', url: '', mode: 'here' };
const main = document.querySelector('main');
function render() {
  const focused = document.activeElement && document.activeElement.name;
  main.innerHTML = editorHtml({ title: 'New integration' }, 'ApiUrl');
  for (const el of main.querySelectorAll('[name]')) {
    el.value = window.model[el.name];
    el.addEventListener('input', () => { window.model[el.name] = el.value; });
    el.addEventListener('change', () => { window.model[el.name] = el.value; });
  }
  if (focused) { const f = main.querySelector('[name="' + focused + '"]'); f.focus(); if (f.setSelectionRange) f.setSelectionRange(f.value.length, f.value.length); }
}
render();
setInterval(render, 500);`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/New/rerender*',
      doc('en', 'Uptrends', '<main></main>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/New/rerender');
      await expect.poll(async () => (await model(page)).url, { timeout: 10_000 }).toBe(fillUrl);
      // The user replaces the value with their own, in one go (paste).
      const field = page.getByRole('textbox', { name: 'ApiUrl' });
      await field.fill(own);
      await expect.poll(async () => (await model(page)).url).toBe(own);
      await sleep(3000);
      expect((await model(page)).url).toBe(own);
      expect(await field.inputValue()).toBe(own);
    });
  });

  it('alert definition (EN): tabs switched by clicks, panel re-rendered per tab; AlertOps ticked on the opened level, Slack never', async () => {
    const capture = (await storedCaptures(browser)).find((c) => c.url === fillUrl);
    const aoName = capture?.filled?.uptrendsName ?? 'AlertOps on call';
    const script = `
const NAMES = ['E-mail', 'SMS', 'Phone', 'Slack #ops', ${JSON.stringify(aoName)}];
window.model = { levels: [1, 2, 3].map((n) => ({ level: n, active: n < 3,
  integrations: Object.fromEntries(NAMES.map((x) => [x, n === 1 && x === 'E-mail'])) })) };
let current = 0;
const tabs = document.getElementById('tabs'), panel = document.getElementById('panel');
function render() {
  tabs.innerHTML = window.model.levels.map((l, i) =>
    '<button role="tab" id="tab' + i + '" aria-controls="panel" aria-selected="' + (i === current) + '">Escalation level ' + l.level + '</button>').join('');
  const l = window.model.levels[current];
  panel.setAttribute('aria-labelledby', 'tab' + current);
  panel.innerHTML = '<label><input type="checkbox" data-k="active"' + (l.active ? ' checked' : '') + '> Active</label>' +
    '<h3>Alerting by integrations</h3><ul>' + NAMES.map((x, j) =>
      '<li><input type="checkbox" id="i' + j + '" data-i="' + x + '"' + (l.integrations[x] ? ' checked' : '') + '> <label for="i' + j + '">' + x + '</label></li>').join('') + '</ul>';
}
tabs.addEventListener('click', (e) => {
  const t = e.target.closest('[role=tab]'); if (!t) return;
  current = Number(t.id.slice(3)); panel.innerHTML = '<p>Loading...</p>'; setTimeout(render, 300);
});
panel.addEventListener('change', (e) => {
  const l = window.model.levels[current];
  if (e.target.dataset.k === 'active') l.active = e.target.checked; else if (e.target.dataset.i) l.integrations[e.target.dataset.i] = e.target.checked;
});
render();`;
    const body = `<h1>Alert definitions</h1><h2>Default alert definition</h2><div role="tablist" id="tabs"></div>
<section role="tabpanel" id="panel"></section><button type="button">Save</button>`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/AlertDefinitions/Edit/tabs*',
      doc('en', 'Uptrends', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/AlertDefinitions/Edit/tabs');
      await sleep(1000);
      await page.getByRole('tab', { name: 'Escalation level 2' }).click();
      await expect.poll(async () => (await model(page)).levels[1].integrations[aoName], { timeout: 10_000 }).toBe(true);
      await expect.poll(() => page.getByRole('checkbox', { name: aoName }).isChecked()).toBe(true);
      const m = await model(page);
      expect(m.levels.map((l: AnyModel) => l.integrations['Slack #ops'])).toEqual([false, false, false]);
      expect(m.levels.map((l: AnyModel) => l.integrations['E-mail'])).toEqual([true, false, false]);
      expect(m.levels.map((l: AnyModel) => l.active)).toEqual([true, true, false]);
    });
  });

  it('alert definition (FR, jQuery/Bootstrap-like): anchor tabs, hidden panels, visually hidden checkboxes in labels', async () => {
    const aoName = 'AlertOps astreinte';
    const script = `
window.model = { 1: {}, 2: {} };
document.querySelectorAll('.nav-tabs a').forEach((a) => a.addEventListener('click', (e) => {
  e.preventDefault();
  document.querySelectorAll('.nav-tabs li').forEach((li) => li.classList.remove('active'));
  a.parentElement.classList.add('active');
  document.querySelectorAll('.tab-pane').forEach((p) => p.classList.toggle('hidden', '#' + p.id !== a.getAttribute('href')));
}));
document.addEventListener('change', (e) => {
  const pane = e.target.closest('.tab-pane'); if (!pane || !e.target.dataset.n) return;
  window.model[pane.dataset.level][e.target.dataset.n] = e.target.checked;
});`;
    const pane = (
      n: number,
      hidden: boolean,
    ) => `<div class="tab-pane${hidden ? ' hidden' : ''}" id="niveau-${n}" data-level="${n}">
<label class="switch"><input type="checkbox" class="sr" checked><span class="slider"></span> ${L.fr.active}</label>
<h4>${L.fr.section}</h4>
${[L.fr.email, 'SMS', L.fr.phone, 'Slack équipe', aoName]
  .map(
    (x) =>
      `<div class="checkbox"><label><input type="checkbox" class="sr" data-n="${x}"><span class="box"></span> ${escapeHtml(x)}</label></div>`,
  )
  .join('')}</div>`;
    const body = `<h1>Définitions d'alerte</h1><ul class="nav nav-tabs"><li class="active"><a href="#niveau-1">${L.fr.level} 1</a></li>
<li><a href="#niveau-2">${L.fr.level} 2</a></li></ul><div class="tab-content">${pane(1, false)}${pane(2, true)}</div>
<button type="button" class="btn btn-primary">${L.fr.save}</button>`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/AlertDefinitions/Edit/fr*',
      doc('fr', 'Uptrends', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/AlertDefinitions/Edit/fr');
      await sleep(1000);
      await page.getByRole('link', { name: `${L.fr.level} 2` }).click();
      await expect.poll(async () => (await model(page))[2][aoName], { timeout: 10_000 }).toBe(true);
      const m = await model(page);
      expect(m[1]['Slack équipe'] ?? false).toBe(false);
      expect(m[2]['Slack équipe'] ?? false).toBe(false);
    });
  });

  it('never writes the captured keys into any log', () => {
    const key = fillUrl.split('/').at(-2) ?? fillUrl;
    expect(browser.logs.join('\n')).not.toContain(key);
  });
});
