/**
 * Blind acceptance renderings for Firefox: what differs there. Content scripts see pages through Xray wrappers (a page's
 * own properties on DOM objects are invisible to them), their events are dispatched into pages whose frameworks keep
 * their own models, and custom elements / shadow roots belong to the page. Written from domain.md and common framework
 * markup (React, Vue/Vuetify, Knockout/Bootstrap, WebForms, PrimeNG-like ARIA widgets, web components), without reading
 * the locator source.
 *
 * Pages are served on the real host names by puppeteer's request interception (WebDriver BiDi), in Firefox ESR with
 * dist/firefox installed (see firefox.ts). Assertions read only what the user sees, the page's own model, or the
 * captures the harness reads from storage.
 */

import { randomUUID } from 'node:crypto';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, type FirefoxWithExtension, firefoxSkipReason, launchFirefoxWithExtension } from './firefox.ts';
import {
  type AnyModel,
  model,
  noticeText,
  pollModel as pollPageModel,
  waitForCapture as waitForStoredCapture,
  withServed as withServedPages,
} from './firefox-pages.ts';

const TEST_TIMEOUT = 90_000;
const WAIT = 15_000;

const skipReason = await firefoxSkipReason();
if (skipReason) console.warn(`[firefox] blind Firefox renderings SKIPPED: ${skipReason}`);

function newUrl(name = 'Uptrends'): string {
  return `https://notify.alertops.com/POSTAlert/${randomUUID()}/${name}`;
}
function keyOf(url: string): string {
  return url.split('/').at(-2) ?? url;
}
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function doc(lang: string, title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>.hidden{display:none}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style>
</head><body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

describe.skipIf(skipReason !== undefined)('Firefox blind renderings', () => {
  let ff: FirefoxWithExtension;

  beforeAll(async () => {
    ff = await launchFirefoxWithExtension();
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await ff?.close();
  }, TEST_TIMEOUT);

  const withServed = <T>(pages: Record<string, string>, run: (page: Page) => Promise<T>) =>
    withServedPages(ff, pages, run);

  async function capturedUrls(): Promise<string[]> {
    return (await ff.captures()).map((c) => c.url);
  }

  const waitForCapture = (url: string, timeout = WAIT) => waitForStoredCapture(ff, url, timeout);

  /** What the user sees and the page holds, for a failed wait. */
  async function explain(page: Page): Promise<string> {
    const seen = await page
      .evaluate(() => ({
        fields: Array.from(document.querySelectorAll('input,select,textarea,[role=checkbox]')).map((f) =>
          f.getAttribute('role') === 'checkbox'
            ? `aria:${f.getAttribute('aria-checked')}`
            : `${(f as HTMLInputElement).type}:${(f as HTMLInputElement).type === 'checkbox' ? (f as HTMLInputElement).checked : (f as HTMLInputElement).value}`,
        ),
        model: (window as AnyModel).model,
        saved: (window as AnyModel).saved,
      }))
      .catch((error) => `unreadable: ${error}`);
    return `${JSON.stringify(seen)}\nnotice: ${JSON.stringify(await noticeText(page).catch(() => ''))}`;
  }

  const pollModel = (page: Page, read: (m: AnyModel) => unknown, expected: unknown, timeout = WAIT) =>
    pollPageModel(page, read, expected, timeout, explain);

  /** Clicks (trusted, like a user) the first element matching `selector` whose text is `text`. */
  async function clickText(page: Page, selector: string, text: string): Promise<void> {
    const handle = await page.waitForFunction(
      (sel, t) => Array.from(document.querySelectorAll(sel)).find((el) => (el.textContent ?? '').trim() === t) ?? null,
      { timeout: WAIT },
      selector,
      text,
    );
    await (handle.asElement() as ElementHandle<Element>).click();
  }

  /* ------------------------------------------------------------------------------------------------------------- */

  describe('AlertOps: capture', () => {
    it(
      'current UI saved page: a script sets the URL into a readonly "Endpoint URL" input 1 s after load; popup masks it, Show reveals it',
      async () => {
        const url = newUrl();
        const name = 'Uptrends – Firefox on-call';
        const script = `
setTimeout(() => {
  document.getElementById('loading').remove();
  const input = document.getElementById('endpoint-url');
  input.value = ${JSON.stringify(url)};
  document.getElementById('copy').setAttribute('data-clipboard-text', ${JSON.stringify(url)});
}, 1000);`;
        const body = `<header class="topbar"><span class="brand">AlertOps</span>
<nav><button type="button" aria-haspopup="menu">Configurations</button> <a href="#">Incidents</a></nav></header>
<main class="container"><ol class="breadcrumb"><li>Integrations</li><li>Inbound Integrations</li><li>API</li></ol>
<h1 class="page-title">${esc(name)}</h1>
<div class="endpoint card"><label for="endpoint-url" class="form-label">Endpoint URL</label>
<div class="input-group"><input id="endpoint-url" class="form-control font-monospace" type="text" readonly>
<button type="button" id="copy" class="btn btn-outline-secondary">Copy</button></div>
<small id="loading" class="text-muted">Generating endpoint…</small></div>
<section class="card"><h2>Basic Settings</h2>
<div class="row"><label for="iname">Integration Name</label><input id="iname" type="text" value="${esc(name)}"></div>
<div class="row"><label for="pol">Escalation Policy</label><select id="pol"><option>Default policy</option></select></div>
<button type="button" class="btn btn-primary">Submit</button></section></main>`;
        const address = 'https://app.alertops.com/configurations/integrations/inbound/api/4821';
        await withServed({ [address]: doc('en', 'AlertOps', body, script) }, async (page) => {
          await page.goto(address);
          await waitForCapture(url);
          const capture = (await ff.captures()).find((c) => c.url === url);
          expect(capture?.consoleHost).toBe('app.alertops.com');

          const popup = await ff.openPopup();
          try {
            const text = () => popup.evaluate(() => document.body.textContent ?? '');
            await eventually(text, (t) => t.includes('••'), WAIT);
            expect(await text(), 'masked until Show').not.toContain(keyOf(url));
            // The user clicks "Show" on every listed URL.
            const shows = await popup.$$('button');
            for (const button of shows) {
              const label = await button.evaluate(
                (b) => `${b.getAttribute('aria-label') ?? ''} ${b.textContent ?? ''}`,
              );
              if (/\bShow\b/.test(label)) await button.click().catch(() => undefined);
            }
            await eventually(
              () => popup.evaluate(() => Array.from(document.querySelectorAll('code')).map((c) => c.textContent)),
              (codes) => codes.includes(url),
              WAIT,
            );
          } finally {
            await popup.close().catch(() => undefined);
          }
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'legacy UI on a tenant host: the API URL appears only after the user clicks "Show"; the masked form is not captured',
      async () => {
        const url = newUrl();
        const masked = 'https://notify.alertops.com/POSTAlert/••••••••••••••••/Uptrends';
        const script = `
const cell = document.getElementById('api-url');
const btn = document.getElementById('toggle');
btn.addEventListener('click', () => {
  const shown = btn.textContent === 'Hide';
  cell.textContent = shown ? ${JSON.stringify(masked)} : ${JSON.stringify(url)};
  btn.textContent = shown ? 'Show' : 'Hide';
});`;
        const body = `<aside class="sidebar"><a href="#">Dashboard</a><a href="#">Integrations</a><a href="#" class="active">Inbound Integrations</a></aside>
<main><ul class="nav-tabs"><li class="active"><a href="#">API</a></li><li><a href="#">Email</a></li></ul>
<div class="alert alert-success">Integration saved successfully.</div>
<table class="table details"><tbody>
<tr><th>Integration Name</th><td>Uptrends legacy tenant</td></tr>
<tr><th>Template</th><td>Uptrends</td></tr>
<tr><th>API URL</th><td><span id="api-url" class="mono">${masked}</span>
 <button type="button" id="toggle" class="btn btn-link">Show</button> <button type="button" class="btn btn-link">Copy</button></td></tr>
<tr><th>Recipient Group(s)/User(s)</th><td>Operations</td></tr></tbody></table></main>`;
        const address = 'https://acme.alertops.com/InboundIntegrations/Api/Edit/311';
        await withServed({ [address]: doc('en', 'AlertOps', body, script) }, async (page) => {
          const before = await ff.captures();
          await page.goto(address);
          await sleep(2500);
          const during = await ff.captures();
          expect(during.length, 'nothing captured from the masked text').toBe(before.length);
          await clickText(page, 'button', 'Show');
          await waitForCapture(url);
          const capture = (await ff.captures()).find((c) => c.url === url);
          expect(capture?.consoleHost).toBe('acme.alertops.com');
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'lookalike host app.alertops.com.evil-example.net is never captured (same page on app.alertops.com is)',
      async () => {
        const bad = newUrl();
        const good = newUrl();
        const page = (url: string) =>
          doc(
            'en',
            'AlertOps',
            `<main><h1>Uptrends</h1><div class="endpoint"><label for="u">Endpoint URL</label>
<input id="u" type="text" readonly value="${url}"> <button type="button">Copy</button></div></main>`,
          );
        const lookalike = 'https://app.alertops.com.evil-example.net/configurations/integrations/inbound/api/4822';
        const real = 'https://app.alertops.com/configurations/integrations/inbound/api/4823';
        await withServed({ [lookalike]: page(bad), [real]: page(good) }, async (tab) => {
          await tab.goto(lookalike);
          await sleep(3000);
          await tab.goto(real);
          await waitForCapture(good);
          expect(await capturedUrls()).not.toContain(bad);
        });
      },
      TEST_TIMEOUT,
    );
  });

  /* ------------------------------------------------------------------------------------------------------------- */

  describe('Uptrends: fill and tick', () => {
    let fillUrl: string;

    beforeAll(async () => {
      // A fresh capture, the newest one: the one the extension fills in.
      fillUrl = newUrl();
      const address = 'https://app.alertops.com/integrations/inbound/api/edit/90210';
      await withServed(
        {
          [address]: doc(
            'en',
            'AlertOps',
            `<main><h1>Uptrends production</h1><table><tr><th>API URL</th><td>${fillUrl}</td>
<td><button type="button">Copy</button></td></tr></table></main>`,
          ),
        },
        async (page) => {
          await page.goto(address);
          await waitForCapture(fillUrl);
        },
      );
    }, TEST_TIMEOUT);

    it(
      'React-like controlled editor (EN, MUI markup): value tracker on the input instances; the model holds URL and name',
      async () => {
        // React's trick: an own `value` property on each input instance records what the page itself set; `input` and
        // `change` events (delegated to the root) are ignored when the DOM value equals the recorded one.
        const script = `
window.model = { name: '', type: 'AlertOps', mode: 'here', url: '' };
window.saved = false;
const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
function track(el) {
  let tracked = proto.get.call(el);
  Object.defineProperty(el, 'value', { configurable: true, enumerable: true,
    get() { return proto.get.call(this); },
    set(v) { tracked = String(v); proto.set.call(this, v); } });
  el._valueTracker = { getValue: () => tracked, setValue: (v) => { tracked = v; } };
}
const root = document.getElementById('root');
root.innerHTML =
  '<form class="MuiBox-root" novalidate>' +
  '<h2 class="MuiTypography-h5">Edit integration</h2>' +
  '<div class="MuiFormControl-root MuiTextField-root"><label class="MuiInputLabel-root" for=":r1:" id=":r1:-label">Integration name</label>' +
  '<div class="MuiInputBase-root MuiOutlinedInput-root"><input aria-invalid="false" id=":r1:" type="text" class="MuiInputBase-input" data-k="name" value=""></div></div>' +
  '<div class="MuiFormControl-root"><label class="MuiInputLabel-root" id=":r2:-label">Integration type</label>' +
  '<div class="MuiInputBase-root Mui-disabled"><div role="combobox" aria-disabled="true" aria-labelledby=":r2:-label" class="MuiSelect-select">AlertOps</div>' +
  '<input aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput" value="AlertOps"></div></div>' +
  '<h3 class="MuiTypography-h6">Predefined variables</h3>' +
  '<table class="MuiTable-root"><thead><tr><th>Variable</th><th></th><th>Value</th></tr></thead><tbody>' +
  '<tr class="MuiTableRow-root"><td id=":r3:-name">Url</td>' +
  '<td><select aria-label="Url value source" data-k="mode"><option value="here">Specify value here</option><option value="level">Specify value in escalation level</option></select></td>' +
  '<td><div class="MuiInputBase-root"><input type="text" class="MuiInputBase-input" aria-labelledby=":r3:-name" data-k="url" value=""></div></td></tr>' +
  '</tbody></table>' +
  '<button type="button" class="MuiButton-root MuiButton-contained" id="save">Save</button> <button type="button" class="MuiButton-root">Send test alert</button></form>';
for (const el of root.querySelectorAll('input[data-k]')) track(el);
function onChange(e) {
  const el = e.target; const k = el.dataset && el.dataset.k; if (!k) return;
  if (el.tagName === 'SELECT') { window.model[k] = el.value; return; }
  const v = proto.get.call(el);
  if (el._valueTracker && el._valueTracker.getValue() === v) return;
  el._valueTracker.setValue(v);
  window.model[k] = v;
  queueMicrotask(() => { el.value = window.model[k]; }); // controlled: React writes the state back
}
root.addEventListener('input', onChange);
root.addEventListener('change', onChange);
root.querySelector('#save').addEventListener('click', () => { window.saved = true; });`;
        const address = 'https://app.uptrends.com/Alerting/Integrations/Edit/7c1d2e3f';
        await withServed({ [address]: doc('en', 'Uptrends', '<div id="root"></div>', script) }, async (page) => {
          await page.goto(address);
          await pollModel(page, (m) => m.url, fillUrl);
          await pollModel(page, (m) => m.name !== '', true);
          await sleep(1500);
          const m = await model(page);
          expect(m.url).toBe(fillUrl);
          const shown = await page.evaluate(() => ({
            url: (document.querySelector('[data-k="url"]') as HTMLInputElement).value,
            name: (document.querySelector('[data-k="name"]') as HTMLInputElement).value,
          }));
          expect(shown.url).toBe(fillUrl);
          expect(shown.name).toBe(m.name);
          expect(m.mode).toBe('here');
          expect(await page.evaluate(() => (window as AnyModel).saved), 'never clicks Save').toBe(false);
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'Knockout "value" binding (DE, Bootstrap form): the model learns a value only from "change"',
      async () => {
        const script = `
window.model = { name: '', url: '' };
window.saved = false;
for (const el of document.querySelectorAll('[data-bind^="value:"]')) {
  const key = el.getAttribute('data-bind').slice(6).trim();
  el.value = window.model[key];
  el.addEventListener('change', () => { window.model[key] = el.value; });
}
document.getElementById('save').addEventListener('click', () => { window.saved = true; });`;
        const body = `<nav class="navbar"><span>Alarmierung</span> &gt; <span>Integrationen</span></nav>
<div class="container"><h1>Integration bearbeiten</h1>
<div class="form-horizontal">
<div class="form-group"><label class="col-sm-3 control-label" for="IntegrationName">Integrationsname</label>
<div class="col-sm-9"><input class="form-control" id="IntegrationName" type="text" data-bind="value: name"></div></div>
<div class="form-group"><label class="col-sm-3 control-label">Integrationstyp</label>
<div class="col-sm-9"><p class="form-control-static">AlertOps</p></div></div>
<h4>Vordefinierte Variablen</h4>
<div class="form-group variable"><label class="col-sm-3 control-label" for="Var_0_Value">AlertOpsApiUrl</label>
<div class="col-sm-3"><select class="form-control" id="Var_0_Mode" aria-label="Werttyp"><option selected>Wert hier eintragen</option><option>Wert in Eskalationsstufe eintragen</option></select></div>
<div class="col-sm-6"><input class="form-control" id="Var_0_Value" type="text" data-bind="value: url" placeholder="Wert"></div></div>
</div>
<button type="button" id="save" class="btn btn-primary">Speichern</button> <button type="button" class="btn btn-default">Abbrechen</button></div>`;
        const address = 'https://app.uptrends.com/Alerting/Integrations/Edit/4b5c6d7e';
        await withServed({ [address]: doc('de', 'Uptrends', body, script) }, async (page) => {
          await page.goto(address);
          await pollModel(page, (m) => m.url, fillUrl);
          await pollModel(page, (m) => m.name !== '', true);
          expect(await page.$eval('#IntegrationName', (el) => (el as HTMLInputElement).value)).toBe(
            (await model(page)).name,
          );
          expect(await page.evaluate(() => (window as AnyModel).saved)).toBe(false);
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'Vue 3 / Vuetify v-model (NL): the model learns a value only from "input" (no change handler)',
      async () => {
        // Vue's vModelText: listens to `input` (plus composition events), writes back only when the value differs.
        const script = `
window.model = { name: '', url: '' };
window.saved = false;
for (const el of document.querySelectorAll('input[data-model]')) {
  const key = el.dataset.model;
  el.addEventListener('compositionstart', () => { el.composing = true; });
  el.addEventListener('compositionend', () => { el.composing = false; el.dispatchEvent(new Event('input')); });
  el.addEventListener('input', (e) => {
    if (e.target.composing) return;
    window.model[key] = el.value;
    if (el.value !== window.model[key]) el.value = window.model[key];
  });
}
document.getElementById('save').addEventListener('click', () => { window.saved = true; });`;
        const field = (id: string, label: string, attrs: string) =>
          `<div class="v-input v-text-field"><div class="v-field v-field--variant-outlined">
<label class="v-label v-field-label" for="${id}">${label}</label>
<label class="v-label v-field-label v-field-label--floating" aria-hidden="true" for="${id}">${label}</label>
<input id="${id}" size="1" type="text" class="v-field__input" ${attrs}></div></div>`;
        const body = `<div class="v-application"><header class="v-toolbar"><span>Alerting</span> › <span>Integraties</span></header>
<main class="v-main"><div class="v-card"><div class="v-card-title">Integratie bewerken</div><div class="v-card-text">
${field('input-7', 'Integratienaam', 'data-model="name"')}
<div class="v-input v-select v-input--disabled"><div class="v-field"><label class="v-label v-field-label" for="input-9">Integratietype</label>
<div class="v-field__input"><div class="v-select__selection"><span class="v-select__selection-text">AlertOps</span></div>
<input id="input-9" readonly disabled size="1" value="AlertOps"></div></div></div>
<div class="text-subtitle-1">Voorgedefinieerde variabelen</div>
<div class="v-row variable-row"><div class="v-col"><span class="var-name">ApiUrl</span></div>
<div class="v-col"><select aria-label="Waardebron ApiUrl"><option selected>Waarde hier opgeven</option><option>Waarde opgeven in escalatieniveau</option></select></div>
<div class="v-col">${field('input-12', 'ApiUrl', 'data-model="url"')}</div></div>
</div><div class="v-card-actions"><button type="button" id="save" class="v-btn">Opslaan</button></div></div></main></div>`;
        const address = 'https://app.uptrends.com/Alerting/Integrations/Edit/0a9b8c7d';
        await withServed({ [address]: doc('nl', 'Uptrends', body, script) }, async (page) => {
          await page.goto(address);
          await pollModel(page, (m) => m.url, fillUrl);
          await pollModel(page, (m) => m.name !== '', true);
          expect(await page.$eval('#input-12', (el) => (el as HTMLInputElement).value)).toBe(fillUrl);
          expect(await page.evaluate(() => (window as AnyModel).saved)).toBe(false);
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'WebForms-style editor (FR): the page copies a field into its model only on "blur"',
      async () => {
        const script = `
window.model = { name: '', url: '' };
window.saved = false;
for (const [id, key] of [['ctl00_Main_txtName', 'name'], ['ctl00_Main_rptVars_ctl00_txtValue', 'url']]) {
  const el = document.getElementById(id);
  el.addEventListener('blur', () => { window.model[key] = el.value; });
}
document.getElementById('ctl00_Main_btnSave').addEventListener('click', (e) => { e.preventDefault(); window.saved = true; });`;
        const body = `<div id="menu">Alerte &gt; Intégrations</div><form id="aspnetForm" onsubmit="return false">
<input type="hidden" name="__VIEWSTATE" value="/wEPDwUKLTk2NjY5">
<h1>Modifier l'intégration</h1>
<table class="editor"><tbody>
<tr><th><label for="ctl00_Main_txtName">Nom de l'intégration</label></th><td><input name="ctl00$Main$txtName" id="ctl00_Main_txtName" type="text"></td></tr>
<tr><th>Type d'intégration</th><td><span id="ctl00_Main_lblType">AlertOps</span></td></tr>
</tbody></table>
<fieldset><legend>Variables prédéfinies</legend>
<table class="variables"><thead><tr><th>Nom</th><th>Mode</th><th>Valeur</th></tr></thead><tbody><tr>
<td><label for="ctl00_Main_rptVars_ctl00_txtValue">AlertOpsUrl</label></td>
<td><select name="ctl00$Main$rptVars$ctl00$ddlMode" title="Mode"><option selected>Spécifiez la valeur ici</option><option>Spécifiez la valeur dans le niveau d'escalade</option></select></td>
<td><input name="ctl00$Main$rptVars$ctl00$txtValue" id="ctl00_Main_rptVars_ctl00_txtValue" type="text"></td></tr></tbody></table></fieldset>
<input type="submit" id="ctl00_Main_btnSave" value="Enregistrer"></form>`;
        const address = 'https://app.uptrends.com/Alerting/Integrations/Edit.aspx?id=1742';
        await withServed({ [address]: doc('fr', 'Uptrends', body, script) }, async (page) => {
          await page.goto(address);
          await eventually(
            () => page.$eval('#ctl00_Main_rptVars_ctl00_txtValue', (el) => (el as HTMLInputElement).value),
            (v) => v === fillUrl,
            WAIT,
          ).catch(async (error) => {
            throw new Error(`${(error as Error).message}\n${await explain(page)}`);
          });
          await pollModel(page, (m) => m.url, fillUrl, 5000);
          expect(await page.evaluate(() => (window as AnyModel).saved)).toBe(false);
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'existing integration (EN, Knockout change binding) whose URL the user set: not overwritten, an in-page prompt instead',
      async () => {
        const own = newUrl('Custom');
        const script = `
window.model = { name: 'AlertOps – night shift', url: ${JSON.stringify(own)} };
for (const el of document.querySelectorAll('[data-bind^="value:"]')) {
  const key = el.getAttribute('data-bind').slice(6).trim();
  el.value = window.model[key];
  el.addEventListener('change', () => { window.model[key] = el.value; });
}`;
        const body = `<div class="container"><h1>Edit integration</h1>
<div class="form-group"><label for="name">Integration name</label><input id="name" class="form-control" data-bind="value: name"></div>
<div class="form-group"><label>Integration type</label><p class="form-control-static">AlertOps</p></div>
<h4>Predefined variables</h4>
<div class="form-group"><label for="v0">ApiUrl</label><select aria-label="Value source"><option selected>Specify value here</option><option>Specify value in escalation level</option></select>
<input id="v0" class="form-control" data-bind="value: url"></div>
<button type="button" class="btn btn-primary">Save</button></div>`;
        const address = 'https://app.uptrends.com/Alerting/Integrations/Edit/11aa22bb';
        await withServed({ [address]: doc('en', 'Uptrends', body, script) }, async (page) => {
          await page.goto(address);
          await eventually(
            () => noticeText(page),
            (t) => /replace/i.test(t),
            WAIT,
          ).catch(async (error) => {
            throw new Error(`${(error as Error).message}\n${await explain(page)}`);
          });
          await sleep(1000);
          const m = await model(page);
          expect(m.url).toBe(own);
          expect(m.name).toBe('AlertOps – night shift');
          expect(await page.$eval('#v0', (el) => (el as HTMLInputElement).value)).toBe(own);
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'escalation level (EN, Knockout "checked" binding): native checkboxes whose model updates on "click" only',
      async () => {
        const ao = 'AlertOps NOC';
        const names = ['E-mail', 'SMS', 'Phone', 'Slack #ops', ao];
        const script = `
const NAMES = ${JSON.stringify(names)};
window.model = { levels: [1, 2, 3].map((n) => ({ level: n, active: n < 3,
  integrations: Object.fromEntries(NAMES.map((x) => [x, n === 1 && x === 'E-mail'])) })) };
window.saved = false;
for (const pane of document.querySelectorAll('.tab-pane')) {
  const level = window.model.levels[Number(pane.dataset.level) - 1];
  for (const box of pane.querySelectorAll('input[type=checkbox]')) {
    const key = box.dataset.key;
    box.checked = key === 'active' ? level.active : level.integrations[key];
    box.addEventListener('click', () => {
      if (key === 'active') level.active = box.checked; else level.integrations[key] = box.checked;
    });
  }
}
document.querySelectorAll('.nav-tabs a').forEach((a) => a.addEventListener('click', (e) => {
  e.preventDefault();
  document.querySelectorAll('.nav-tabs li').forEach((li) => li.classList.toggle('active', li === a.parentElement));
  document.querySelectorAll('.nav-tabs a').forEach((x) => x.setAttribute('aria-selected', String(x === a)));
  document.querySelectorAll('.tab-pane').forEach((p) => p.classList.toggle('active', '#' + p.id === a.getAttribute('href')));
}));
document.getElementById('save').addEventListener('click', () => { window.saved = true; });`;
        const pane = (
          n: number,
        ) => `<div class="tab-pane${n === 1 ? ' active' : ''}" role="tabpanel" id="level-${n}" data-level="${n}">
<div class="checkbox"><label><input type="checkbox" data-key="active" data-bind="checked: IsActive"> Active</label></div>
<h4>Alerting by integrations</h4>
${names
  .map(
    (
      x,
      i,
    ) => `<div class="integration-row"><div class="checkbox"><label for="l${n}i${i}"><input type="checkbox" id="l${n}i${i}" data-key="${esc(x)}" data-bind="checked: Selected"> ${esc(x)}</label></div>
<button type="button" class="btn btn-link btn-xs" aria-label="Options for ${esc(x)}">▸</button></div>`,
  )
  .join('')}</div>`;
        const body = `<style>.tab-pane{display:none}.tab-pane.active{display:block}</style>
<nav>Alerting &gt; Alert definitions</nav><h1>Alert definitions</h1><h2>Default alert definition</h2>
<ul class="nav nav-tabs" role="tablist">
<li class="active"><a href="#level-1" role="tab" aria-selected="true">Escalation level 1</a></li>
<li><a href="#level-2" role="tab" aria-selected="false">Escalation level 2</a></li>
<li><a href="#level-3" role="tab" aria-selected="false">Escalation level 3</a></li></ul>
<div class="tab-content">${pane(1)}${pane(2)}${pane(3)}</div>
<button type="button" id="save" class="btn btn-primary">Save</button>`;
        const address = 'https://app.uptrends.com/Alerting/AlertDefinitions/Edit/5f6e7d8c';
        await withServed({ [address]: doc('en', 'Uptrends', body, script) }, async (page) => {
          await page.goto(address);
          await pollModel(page, (m) => m.levels[0].integrations[ao], true);
          await sleep(1500);
          const m = await model(page);
          expect(m.levels[0].integrations[ao], 'still ticked a moment later').toBe(true);
          expect(await page.$eval('#l1i4', (el) => (el as HTMLInputElement).checked)).toBe(true);
          expect(m.levels.map((l: AnyModel) => l.integrations['Slack #ops'])).toEqual([false, false, false]);
          expect(m.levels.map((l: AnyModel) => l.integrations['E-mail'])).toEqual([true, false, false]);
          expect(m.levels.map((l: AnyModel) => l.active)).toEqual([true, true, false]);
          expect(await page.evaluate(() => (window as AnyModel).saved)).toBe(false);
        });
      },
      TEST_TIMEOUT,
    );

    it(
      "escalation level (FR, PrimeNG-like): ARIA role=checkbox widgets toggled by the page's own click handler",
      async () => {
        const ao = 'AlertOps astreinte';
        const names = ['E-mail', 'SMS', 'Téléphone', 'Teams exploitation', ao];
        const script = `
const NAMES = ${JSON.stringify(names)};
window.model = { levels: [1, 2].map((n) => ({ level: n, active: true,
  integrations: Object.fromEntries(NAMES.map((x) => [x, false])) })) };
window.saved = false;
let current = 0;
const tabs = document.getElementById('tabs'), panel = document.getElementById('panel');
function box(id, label, checked, key) {
  return '<div class="p-field-checkbox"><div class="p-checkbox" role="checkbox" tabindex="0" id="' + id + '" data-key="' + key +
    '" aria-checked="' + checked + '" aria-labelledby="' + id + '-l"><div class="p-checkbox-box' + (checked ? ' p-highlight' : '') +
    '"><span class="p-checkbox-icon' + (checked ? ' pi pi-check' : '') + '"></span></div></div>' +
    '<label class="p-checkbox-label" id="' + id + '-l">' + label + '</label></div>';
}
function render() {
  tabs.innerHTML = window.model.levels.map((l, i) => '<li role="presentation"><a role="tab" href="#" id="t' + i + '" aria-selected="' + (i === current) +
    '" aria-controls="panel">Niveau d\\'escalade ' + l.level + '</a></li>').join('');
  const l = window.model.levels[current];
  panel.setAttribute('aria-labelledby', 't' + current);
  panel.innerHTML = box('act', 'Actif', l.active, '__active') + '<h3>Alertes par intégrations</h3>' +
    NAMES.map((x, j) => box('i' + j, x, l.integrations[x], x)).join('');
}
function toggle(el) {
  const l = window.model.levels[current]; const key = el.dataset.key;
  if (key === '__active') l.active = !l.active; else l.integrations[key] = !l.integrations[key];
  render();
}
panel.addEventListener('click', (e) => {
  const label = e.target.closest('.p-checkbox-label');
  const el = label ? label.parentElement.querySelector('[role=checkbox]') : e.target.closest('[role=checkbox]');
  if (el) toggle(el);
});
panel.addEventListener('keydown', (e) => {
  const el = e.target.closest('[role=checkbox]'); if (el && e.key === ' ') { e.preventDefault(); toggle(el); }
});
tabs.addEventListener('click', (e) => {
  const t = e.target.closest('[role=tab]'); if (!t) return; e.preventDefault(); current = Number(t.id.slice(1)); render();
});
document.getElementById('save').addEventListener('click', () => { window.saved = true; });
render();`;
        const body = `<nav>Alerte &gt; Définitions d'alerte</nav><h1>Définitions d'alerte</h1><h2>Sites de production</h2>
<ul class="p-tabview-nav" role="tablist" id="tabs"></ul><div class="p-tabview-panel" role="tabpanel" id="panel"></div>
<button type="button" id="save" class="p-button">Enregistrer</button>`;
        const address = 'https://app.uptrends.com/Alerting/AlertDefinitions/Edit/2c3d4e5f';
        await withServed({ [address]: doc('fr', 'Uptrends', body, script) }, async (page) => {
          await page.goto(address);
          await pollModel(page, (m) => m.levels[0].integrations[ao], true);
          await sleep(1500);
          const m = await model(page);
          expect(m.levels[0].integrations[ao], 'still ticked a moment later').toBe(true);
          expect(await page.$eval('#i4', (el) => el.getAttribute('aria-checked'))).toBe('true');
          expect(m.levels[0].integrations['Teams exploitation']).toBe(false);
          expect(m.levels[0].integrations['E-mail']).toBe(false);
          expect(m.levels[0].active).toBe(true);
          expect(await page.evaluate(() => (window as AnyModel).saved)).toBe(false);
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'escalation level (NL): each checkbox is an <x-check> with its input in an open shadow root and the label slotted in',
      async () => {
        const ao = 'AlertOps – Ops';
        const names = ['E-mail', 'SMS', 'Telefoon', 'Slack #ops', ao];
        const script = `
customElements.define('x-check', class extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>label{display:inline-flex;gap:.4em;align-items:center;cursor:pointer}</style>' +
      '<label part="label"><input type="checkbox" part="control"><slot></slot></label>';
    this._input = root.querySelector('input');
    this._input.addEventListener('change', () => {
      this.toggleAttribute('checked', this._input.checked);
      this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    });
  }
  connectedCallback() { this._input.checked = this.hasAttribute('checked'); }
  get checked() { return this._input.checked; }
  set checked(v) { this._input.checked = !!v; this.toggleAttribute('checked', !!v); }
});
const NAMES = ${JSON.stringify(names)};
window.model = { active: true, integrations: Object.fromEntries(NAMES.map((x) => [x, x === 'E-mail'])) };
window.saved = false;
document.getElementById('level-1').addEventListener('change', (e) => {
  const x = e.target.closest && e.target.closest('x-check'); if (!x) return;
  if (x.dataset.key === '__active') window.model.active = x.checked; else window.model.integrations[x.dataset.key] = x.checked;
});
document.getElementById('save').addEventListener('click', () => { window.saved = true; });`;
        const body = `<nav>Alerting &gt; Alertdefinities</nav><h1>Alertdefinities</h1><h2>Standaard alertdefinitie</h2>
<div role="tablist"><button role="tab" aria-selected="true" aria-controls="level-1">Escalatieniveau 1</button>
<button role="tab" aria-selected="false">Escalatieniveau 2</button></div>
<section role="tabpanel" id="level-1">
<x-check data-key="__active" checked><span>Actief</span></x-check>
<h3>Alerts versturen door integraties</h3>
<ul class="integrations">${names
          .map(
            (x) =>
              `<li><x-check data-key="${esc(x)}"${x === 'E-mail' ? ' checked' : ''}><span>${esc(x)}</span></x-check></li>`,
          )
          .join('')}</ul></section>
<button type="button" id="save">Opslaan</button>`;
        const address = 'https://app.uptrends.com/Alerting/AlertDefinitions/Edit/9e8d7c6b';
        await withServed({ [address]: doc('nl', 'Uptrends', body, script) }, async (page) => {
          await page.goto(address);
          await pollModel(page, (m) => m.integrations[ao], true);
          const boxes = await page.evaluate(() =>
            Object.fromEntries(
              Array.from(document.querySelectorAll('x-check')).map((x) => [
                (x as HTMLElement).dataset.key,
                (x.shadowRoot?.querySelector('input') as HTMLInputElement | null)?.checked ?? null,
              ]),
            ),
          );
          expect(boxes[ao], 'the box the user sees is ticked').toBe(true);
          expect(boxes['Slack #ops']).toBe(false);
          const m = await model(page);
          expect(m.integrations['Slack #ops']).toBe(false);
          expect(m.integrations['E-mail']).toBe(true);
          expect(m.active).toBe(true);
          expect(await page.evaluate(() => (window as AnyModel).saved)).toBe(false);
        });
      },
      TEST_TIMEOUT,
    );
  });

  it(
    'never writes a captured key into any log',
    async () => {
      const keys = (await ff.captures()).map((c) => keyOf(c.url));
      expect(keys.length).toBeGreaterThan(0);
      const all = ff.logs.join('\n');
      for (const key of keys) expect(all).not.toContain(key);
    },
    TEST_TIMEOUT,
  );
});
