/**
 * Blind acceptance tests, round 19: the AlertOps console shows the saved integration's URL (or its label, or its name)
 * by IN-PLACE updates of nodes that are already there, as frameworks do it (a text node's data, an element's
 * textContent, an input's value property, an attribute), after a realistic delay (a fake fetch, a spinner, a click).
 * Written from domain.md, the README and the test helpers only (no source read). Pages are served on the real host
 * names; the user acts through real Playwright clicks; assertions read only what the user sees (the page, the
 * extension's notice) and what the extension stored.
 *
 * R19-16 (a URL drawn unlabelled, its label translated in later) was left out at first: looking again at unlabelled URLs
 * let a log toast count once the page drew any label (blind-slow-capture S12). Since a part of the page (the main view)
 * keeps its labels to itself, it is back.
 *
 * Grounds (domain.md): the URL to capture is `https://notify.alertops.com/POSTAlert/<key>/<name>` (or the legacy
 * `http(s)://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/<key>/<Source>`), shown by the saved integration
 * labelled "API URL" (older UI) or "at the top, with a Copy button" (current UI); consoles are `app.alertops.com` and
 * `<tenant>.alertops.com`. README: captured "the moment the saved integration shows it, and says so in a small notice";
 * never from documentation, samples, notes, comment boxes, logs, lookalike hosts or text being typed; one stored entry
 * per key, the whole URL kept when it was shown in pieces; never logged.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  eventually,
  launchWithExtension,
  type StoredCapture,
  storedCaptures,
  waitForStoredCapture,
  withPage as withBrowserPage,
} from './chromium.ts';
import {
  capturedUrls,
  clearLocalStorage,
  escapeHtml,
  issuedKeys,
  newKey,
  serve,
  sleep,
  validUrl,
} from './hostile-pages.ts';
import { noticeText } from './uptrends-journey.ts';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  await clearLocalStorage(browser);
});

function withPage<T>(run: (page: Page) => Promise<T>): Promise<T> {
  return withBrowserPage(browser, run);
}

/** Positive cases: the capture must be stored within ~5 s of the URL being shown. */
const CAPTURE_MS = 5000;
/** Negative cases: how long nothing may be stored after the in-place update. */
const NEGATIVE_MS = 2500;

const STYLE = `<style>
body{font:14px system-ui,sans-serif;margin:0} .mono,.font-monospace{font-family:monospace} [hidden]{display:none}
.topbar{display:flex;gap:12px;padding:8px;background:#123;color:#fff} .topbar a{color:#fff}
.spinner{display:inline-block;width:16px;height:16px;border:3px solid #ccc;border-top-color:#06c;border-radius:50%;animation:spin 1s linear infinite}
@keyframes spin{to{transform:rotate(360deg)}}
table{border-collapse:collapse} td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}
</style>`;

function doc(title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${STYLE}</head>
<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

/** Serves a JSON answer (a fetch of the page) at `glob`, after `delay` ms. */
async function serveJson(glob: string, body: unknown, delay = 0): Promise<void> {
  await browser.context.route(glob, async (route) => {
    if (delay) await sleep(delay);
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
  });
}

function waitForCapture(url: string, timeout = CAPTURE_MS): Promise<StoredCapture> {
  return waitForStoredCapture(browser, url, timeout);
}

function keyOf(url: string): string {
  return /\/(?:POSTAlert|generic)\/([^/]+)\//i.exec(url)?.[1] ?? url;
}

/** Stored URLs that contain one of `keys` (so a truncated or re-cut URL counts too). */
async function storedWithKeys(keys: readonly string[]): Promise<string[]> {
  const urls = await capturedUrls(browser);
  return urls.filter((url) => keys.some((key) => url.toLowerCase().includes(key.toLowerCase())));
}

async function waitForNotice(page: Page): Promise<string> {
  return eventually(
    () => noticeText(page),
    (text) => text.trim().length > 0,
    5000,
  );
}

/** The page really shows `url` as text (so a failed capture is not the page's fault). */
async function shown(page: Page, url: string, timeout = 10_000): Promise<void> {
  await page.getByText(url, { exact: true }).waitFor({ timeout });
}

const TOPBAR = `<header class="topbar"><span class="brand">AlertOps</span>
<nav aria-label="Main"><a href="#">Dashboard</a> <a href="#">Incidents</a> <a href="#">Configurations</a> <a href="#">Reports</a></nav>
<button type="button" class="user">Jane Operator</button></header>`;

const SIDEBAR = `<aside class="sidebar"><a href="#">Dashboard</a> <a href="#">Integrations</a> <a href="#">Inbound Integrations</a></aside>`;

/* ================================================================================================================= */

describe('text nodes set in place by framework bindings', () => {
  it('R19-01 AngularJS: "{{vm.integration.apiUrl}}" is compiled to an empty text node, then a 900 ms fetch sets its data to the URL (Bootstrap 3 form-horizontal, label "API URL", Copy): stored with the name set in place the same way, and a notice shows', async () => {
    const url = validUrl();
    const name = 'Uptrends R19-01 Web shop';
    await serveJson(
      'https://app.alertops.com/api/r19-01/integrations/71001',
      { name, template: 'Uptrends', apiUrl: url, policy: 'Default' },
      900,
    );
    const script = `
// what $compile then a digest after $http do: the interpolated text nodes stay, only their data changes
const bound = [...document.querySelectorAll('.ng-binding')].map((el) => ({ key: el.getAttribute('data-expr'), node: el.firstChild }));
setTimeout(() => {
  for (const b of bound) b.node.data = '';
  fetch('/api/r19-01/integrations/71001').then((r) => r.json()).then((vm) => {
    document.getElementById('loading').hidden = true;
    for (const b of bound) b.node.data = vm[b.key];
  });
}, 200);`;
    const body = `${TOPBAR}<div ng-app="aoApp" class="ng-scope"><div class="container ng-scope" ng-controller="IntegrationCtrl as vm">
<ol class="breadcrumb"><li><a href="#">Integrations</a></li><li><a href="#">Inbound Integrations</a></li><li class="active ng-binding" data-expr="name">{{vm.integration.name}}</li></ol>
<div id="loading" role="status"><span class="spinner"></span> Loading…</div>
<div class="panel panel-default"><div class="panel-heading"><h1 class="panel-title ng-binding" data-expr="name">{{vm.integration.name}}</h1></div>
<div class="panel-body"><form class="form-horizontal">
<div class="form-group"><label class="col-sm-2 control-label">API URL</label><div class="col-sm-8"><p class="form-control-static"><span class="ng-binding" data-expr="apiUrl">{{vm.integration.apiUrl}}</span></p></div>
<div class="col-sm-2"><button type="button" class="btn btn-default btn-sm" ng-click="vm.copy()">Copy</button></div></div>
<div class="form-group"><label class="col-sm-2 control-label">Template</label><div class="col-sm-10"><p class="form-control-static ng-binding" data-expr="template">{{vm.integration.template}}</p></div></div>
<div class="form-group"><label class="col-sm-2 control-label">Escalation Policy</label><div class="col-sm-10"><p class="form-control-static ng-binding" data-expr="policy">{{vm.integration.policy}}</p></div></div>
</form></div></div></div></div>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/71001*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/71001');
      await shown(page, url);
      const capture = await waitForCapture(url);
      expect(capture.consoleHost).toBe('app.alertops.com');
      await waitForNotice(page);
      expect(capture.integrationName).toBe(name);
      expect(capture.template).toBe('Uptrends');
    });
  });

  it('R19-02 Knockout "text:" bindings on a tenant host (older UI details table): each "Loading…" text node gets the data of a 1.1 s $.getJSON, the API URL being the legacy http RESTAPI.svc one: stored exactly as shown, on that host', async () => {
    const key = newKey();
    const url = `http://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/${key}/Uptrends`;
    const name = 'Initech Uptrends R19-02';
    const script = `
const vm = { name: ${JSON.stringify(name)}, template: 'Uptrends', apiUrl: ${JSON.stringify(url)}, recipients: 'Operations' };
// ko.utils.setTextContent: an element whose only child is a text node gets that node's data set
setTimeout(() => {
  for (const el of document.querySelectorAll('[data-bind^="text:"]')) {
    const prop = el.getAttribute('data-bind').slice(5).trim();
    el.firstChild.data = vm[prop];
  }
  document.getElementById('busy').style.display = 'none';
}, 1100);`;
    const body = `${SIDEBAR}<main><h2>Inbound Integrations</h2>
<div role="tablist"><button role="tab" aria-selected="true">API</button><button role="tab" aria-selected="false">Email</button></div>
<div id="busy" role="status">Please wait...</div>
<div class="alert alert-success" role="status">Integration saved.</div>
<table class="table details"><tbody>
<tr><th>Integration Name</th><td data-bind="text: name">Loading…</td></tr>
<tr><th>Template</th><td data-bind="text: template">Loading…</td></tr>
<tr><th>API URL</th><td><span class="mono" data-bind="text: apiUrl">Loading…</span> <button type="button" data-bind="click: copy">Copy</button></td></tr>
<tr><th>Recipient Group(s)/User(s)</th><td data-bind="text: recipients">Loading…</td></tr>
</tbody></table></main>`;
    await serve(
      browser,
      'https://initech.alertops.com/InboundIntegrations/Api/Details/r19-02*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://initech.alertops.com/InboundIntegrations/Api/Details/r19-02?id=72002');
      await shown(page, url);
      const capture = await waitForCapture(url);
      expect(capture.consoleHost).toBe('initech.alertops.com');
      expect(capture.integrationName).toBe(name);
    });
  });

  it('R19-03 Vuetify card: the "Endpoint URL" text shows a placeholder "https://notify.alertops.com/POSTAlert/<your-api-key>/Uptrends" until an 800 ms fetch sets the same text node to the real URL: the real one stored, never the placeholder', async () => {
    const url = validUrl();
    const name = 'Uptrends R19-03 Billing';
    const script = `
const ep = document.getElementById('ep').firstChild, title = document.getElementById('title').firstChild;
setTimeout(() => { title.data = ${JSON.stringify(name)}; ep.data = ${JSON.stringify(url)};
  document.querySelector('.v-progress-linear').remove(); }, 800);`;
    const body = `${TOPBAR}<div id="app" class="v-application theme--light"><div class="v-application--wrap"><main class="v-main"><div class="container">
<div class="v-progress-linear v-progress-linear--active" role="progressbar" aria-label="Loading integration"></div>
<h1 class="text-h5" id="title">Integration</h1>
<div class="v-card v-sheet theme--light elevation-2"><div class="v-card__title">Endpoint URL</div>
<div class="v-card__text"><span class="text-body-1 mono" id="ep">https://notify.alertops.com/POSTAlert/&lt;your-api-key&gt;/Uptrends</span></div>
<div class="v-card__actions"><button type="button" class="v-btn v-btn--text theme--light"><span class="v-btn__content">Copy</span></button></div></div>
<div class="v-card v-sheet"><div class="v-card__title">Basic Settings</div><div class="v-card__text">
<div class="v-input"><label class="v-label">Template</label> <span>Uptrends</span></div>
<div class="v-input"><label class="v-label">Escalation Policy</label> <span>Default</span></div></div></div>
</div></main></div></div>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/73003*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/73003');
      await shown(page, url);
      await waitForCapture(url);
      await sleep(1000);
      const urls = await capturedUrls(browser);
      expect(
        urls.filter((u) => u.includes('your-api-key') || u.includes('<')),
        'placeholder stored',
      ).toEqual([]);
      expect(urls.filter((u) => u === url)).toHaveLength(1);
    });
  });

  it('R19-04 Svelte on a tenant host: empty text nodes for {data.name} and {data.endpoint} get their data (set_data) after a 1.3 s load with a spinner; "Endpoint URL" heading and a Copy button: stored with the name', async () => {
    const url = validUrl();
    const name = 'Contoso Uptrends R19-04';
    const script = `
const nameText = document.createTextNode(''), urlText = document.createTextNode('');
document.querySelector('h1').append(nameText);
document.querySelector('.url').append(urlText);
setTimeout(() => {
  nameText.data = ${JSON.stringify(name)};
  urlText.data = ${JSON.stringify(url)};
  document.querySelector('.spinner').remove();
}, 1300);`;
    const body = `${TOPBAR}<main class="svelte-1k2j3ab"><span class="spinner svelte-1k2j3ab" role="progressbar" aria-label="Loading"></span>
<h1 class="svelte-1k2j3ab"></h1>
<section class="endpoint svelte-9x8y7cd"><h2 class="svelte-9x8y7cd">Endpoint URL</h2>
<div class="row svelte-9x8y7cd"><span class="url mono svelte-9x8y7cd"></span> <button type="button" class="copy svelte-9x8y7cd">Copy</button></div></section>
<section class="svelte-9x8y7cd"><h2 class="svelte-9x8y7cd">Basic Settings</h2><p>Template: Uptrends</p><p>Recipient Groups: Ops on call</p></section></main>`;
    await serve(
      browser,
      'https://contoso.alertops.com/configurations/integrations/inbound/api/74004*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://contoso.alertops.com/configurations/integrations/inbound/api/74004');
      await shown(page, url);
      const capture = await waitForCapture(url);
      expect(capture.consoleHost).toBe('contoso.alertops.com');
      expect(capture.integrationName).toBe(name);
    });
  });

  it('R19-05 Lit element rendering into light DOM: the text part after its <!--?lit$…$--> marker goes from "Loading…" to the URL after a 600 ms fetch (label "API URL", Copy button)', async () => {
    const url = validUrl();
    const name = 'Uptrends R19-05 Search';
    await serveJson('https://app.alertops.com/api/r19-05/endpoint', { url }, 600);
    const script = `
class AoIntegrationView extends HTMLElement {
  connectedCallback() {
    this.innerHTML = '<div class="field"><label class="field__label">API URL</label> <span class="field__value mono"><!--?lit$812345$-->Loading…</span>' +
      ' <button type="button" class="copy" title="Copy to clipboard">Copy</button></div>';
    this.textPart = this.querySelector('.field__value').lastChild;
    fetch('/api/r19-05/endpoint').then((r) => r.json()).then((d) => { this.textPart.data = d.url; });
  }
}
customElements.define('ao-integration-view', AoIntegrationView);`;
    const body = `${TOPBAR}<main><h1>${escapeHtml(name)}</h1><ao-integration-view></ao-integration-view>
<section><h2>Basic Settings</h2><p>Template: Uptrends</p></section></main>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/75005*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/75005');
      await shown(page, url);
      const capture = await waitForCapture(url);
      expect(capture.integrationName).toBe(name);
    });
  });
});

/* ================================================================================================================= */

describe('elements, fields and attributes updated in place', () => {
  it('R19-06 MUI card on a tenant host: "Generating…" beside a CircularProgress, then `textContent = url` on the same <p> after 1.5 s (overline "API URL", outlined Copy button): stored, and a notice shows', async () => {
    const url = validUrl();
    const script = `
setTimeout(() => { document.getElementById('u').textContent = ${JSON.stringify(url)}; }, 1500);`;
    const body = `${TOPBAR}<main class="MuiContainer-root"><div class="MuiPaper-root MuiCard-root MuiPaper-elevation1">
<div class="MuiCardHeader-root"><div class="MuiCardHeader-content"><h1 class="MuiTypography-root MuiTypography-h5 MuiCardHeader-title">Umbrella Uptrends R19-06</h1></div></div>
<div class="MuiCardContent-root"><p class="MuiTypography-root MuiTypography-overline">API URL</p>
<p class="MuiTypography-root MuiTypography-body2 mono" id="u"><span class="MuiCircularProgress-root spinner" role="progressbar" aria-label="Generating"></span> Generating…</p></div>
<div class="MuiCardActions-root"><button type="button" class="MuiButtonBase-root MuiButton-root MuiButton-outlined">Copy</button></div></div></main>`;
    await serve(
      browser,
      'https://umbrella.alertops.com/configurations/integrations/inbound/api/76006*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://umbrella.alertops.com/configurations/integrations/inbound/api/76006');
      await shown(page, url);
      const capture = await waitForCapture(url);
      expect(capture.consoleHost).toBe('umbrella.alertops.com');
      await waitForNotice(page);
    });
  });

  it('R19-07 Angular Material readonly matInput "API URL": value property "Loading…", then the URL by property after 1.2 s (no attribute ever set), icon Copy button: stored', async () => {
    const url = validUrl();
    const name = 'Uptrends R19-07 Mobile API';
    const script = `
const input = document.getElementById('mat-input-3');
input.value = 'Loading…';
setTimeout(() => { input.value = ${JSON.stringify(url)}; }, 1200);`;
    const body = `${TOPBAR}<main class="mat-app-background"><h1 class="mat-headline-5">${escapeHtml(name)}</h1>
<mat-card class="mat-mdc-card mdc-card"><mat-card-content class="mat-mdc-card-content">
<mat-form-field class="mat-mdc-form-field mat-form-field-appearance-outline"><div class="mat-mdc-text-field-wrapper"><div class="mat-mdc-form-field-infix">
<label class="mdc-floating-label mdc-floating-label--float-above" for="mat-input-3"><mat-label>API URL</mat-label></label>
<input matinput class="mat-mdc-input-element mdc-text-field__input mono" id="mat-input-3" readonly size="90">
</div></div></mat-form-field>
<button type="button" mat-icon-button class="mdc-icon-button mat-mdc-icon-button" aria-label="Copy API URL"><mat-icon class="mat-icon material-icons" aria-hidden="true">content_copy</mat-icon></button>
</mat-card-content></mat-card>
<mat-card class="mat-mdc-card"><mat-card-content><p>Template: Uptrends</p><p>Escalation Policy: Default</p></mat-card-content></mat-card></main>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/77007*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/77007');
      await expect.poll(() => page.getByRole('textbox', { name: 'API URL' }).inputValue(), { timeout: 5000 }).toBe(url);
      expect(await page.locator('#mat-input-3').getAttribute('value'), 'no attribute was set').toBeNull();
      const capture = await waitForCapture(url);
      expect(capture.integrationName).toBe(name);
    });
  });

  it('R19-08 Bootstrap 5 list group on a tenant host: an "Endpoint URL" link reading "Loading…" gets its href and its text node data set to the URL after 900 ms, beside a Copy button', async () => {
    const url = validUrl();
    const script = `
setTimeout(() => { const a = document.getElementById('ep'); a.href = ${JSON.stringify(url)}; a.firstChild.data = ${JSON.stringify(url)}; }, 900);`;
    const body = `${TOPBAR}<main class="container py-3"><div class="card"><div class="card-header"><h1 class="h5 mb-0">Hooli Uptrends R19-08</h1></div>
<ul class="list-group list-group-flush">
<li class="list-group-item"><div class="fw-bold">Endpoint URL</div><a id="ep" class="font-monospace" href="#">Loading…</a>
<button type="button" class="btn btn-sm btn-outline-secondary" data-clipboard-target="#ep">Copy</button></li>
<li class="list-group-item"><div class="fw-bold">Template</div>Uptrends</li>
<li class="list-group-item"><div class="fw-bold">Recipient Groups</div>Ops on call</li></ul></div></main>`;
    await serve(
      browser,
      'https://hooli.alertops.com/configurations/integrations/inbound/api/78008*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://hooli.alertops.com/configurations/integrations/inbound/api/78008');
      await shown(page, url);
      const capture = await waitForCapture(url);
      expect(capture.consoleHost).toBe('hooli.alertops.com');
    });
  });

  it('R19-09 Bootstrap input group: a readonly "API URL" input (empty, placeholder "Loading…") gets its value ATTRIBUTE and its Copy button data-clipboard-text set in place after 1 s: stored', async () => {
    const url = validUrl();
    const script = `
setTimeout(() => {
  document.getElementById('apiUrl').setAttribute('value', ${JSON.stringify(url)});
  document.getElementById('copyBtn').setAttribute('data-clipboard-text', ${JSON.stringify(url)});
}, 1000);`;
    const body = `${TOPBAR}<main class="container"><h1>Uptrends R19-09 Intranet</h1>
<div class="mb-3"><label for="apiUrl" class="form-label">API URL</label>
<div class="input-group"><input type="text" class="form-control font-monospace" id="apiUrl" readonly value="" placeholder="Loading…" size="90">
<button class="btn btn-outline-secondary" type="button" id="copyBtn" data-clipboard-text="">Copy</button></div></div>
<div class="mb-3"><label class="form-label" for="tpl">Template</label><input class="form-control" id="tpl" readonly value="Uptrends"></div></main>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/79009*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/79009');
      await expect.poll(() => page.getByLabel('API URL').inputValue(), { timeout: 5000 }).toBe(url);
      await waitForCapture(url);
    });
  });
});

/* ================================================================================================================= */

describe('revealed, regenerated, typed out', () => {
  it('R19-10 masked "••••••••" text replaced in place by the URL when the user clicks "Show" (500 ms fetch), then "Hide": nothing before the click, the URL stored once after, a notice, never the dots', async () => {
    const url = validUrl();
    const name = 'Uptrends R19-10 Vault';
    await serveJson('https://app.alertops.com/api/r19-10/integrations/80010/endpoint', { url }, 500);
    const script = `
const secret = document.getElementById('secret').firstChild, MASK = secret.data;
const btn = document.getElementById('show'), label = btn.firstChild;
let open = false;
btn.addEventListener('click', async () => {
  if (open) { secret.data = MASK; label.data = 'Show'; open = false; return; }
  btn.disabled = true;
  const r = await fetch('/api/r19-10/integrations/80010/endpoint').then((x) => x.json());
  secret.data = r.url; label.data = 'Hide'; btn.disabled = false; open = true;
});`;
    const body = `${TOPBAR}<main class="chakra-container"><h1 class="chakra-heading">${escapeHtml(name)}</h1>
<div class="chakra-stack"><p class="chakra-text label" id="lbl">API URL</p>
<div class="chakra-input-group" role="group" aria-labelledby="lbl"><span class="chakra-text mono" id="secret">••••••••••••••••••••••••••••••••</span>
<button type="button" class="chakra-button" id="show">Show</button> <button type="button" class="chakra-button">Copy</button></div></div>
<section><h2 class="chakra-heading">Basic Settings</h2><p>Template: Uptrends</p></section></main>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/80010*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/80010');
      await page.getByRole('heading', { name }).click();
      await sleep(1500);
      expect(await storedCaptures(browser), 'stored before the user clicked Show').toEqual([]);
      await page.getByRole('button', { name: 'Show' }).click();
      await shown(page, url);
      const capture = await waitForCapture(url);
      await waitForNotice(page);
      expect(capture.integrationName).toBe(name);
      await page.getByRole('button', { name: 'Hide' }).click();
      await sleep(1000);
      expect((await capturedUrls(browser)).filter((u) => u.includes('•'))).toEqual([]);
      expect((await storedCaptures(browser)).filter((c) => c.url === url)).toHaveLength(1);
    });
  });

  it('R19-11 Ant Design descriptions: URL A set in place (300 ms), captured; the user regenerates the key (popconfirm OK), 1 s later the SAME text node becomes URL B: B stored too, under the same name', async () => {
    const a = validUrl();
    const b = validUrl();
    const name = 'Uptrends R19-11 Rotated';
    const script = `
const t = document.createTextNode('');
document.getElementById('u').append(t);
setTimeout(() => { t.data = ${JSON.stringify(a)}; }, 300);
document.getElementById('regen').onclick = () => { document.getElementById('pop').hidden = false; };
document.getElementById('ok').onclick = () => {
  document.getElementById('pop').hidden = true;
  document.getElementById('busy').hidden = false;
  setTimeout(() => { t.data = ${JSON.stringify(b)}; document.getElementById('busy').hidden = true; }, 1000);
};`;
    const body = `${TOPBAR}<main class="ant-layout-content"><div class="ant-descriptions ant-descriptions-bordered">
<div class="ant-descriptions-header"><h1 class="ant-descriptions-title">${escapeHtml(name)}</h1>
<div class="ant-descriptions-extra"><button type="button" class="ant-btn ant-btn-default" id="regen">Regenerate key</button>
<span class="ant-spin ant-spin-spinning" id="busy" role="status" aria-label="Regenerating" hidden></span></div></div>
<div class="ant-descriptions-view"><table><tbody>
<tr class="ant-descriptions-row"><th class="ant-descriptions-item-label">API URL</th><td class="ant-descriptions-item-content">
<span class="ant-typography ant-typography-copyable"><span class="mono" id="u"></span> <button type="button" class="ant-typography-copy" aria-label="Copy">Copy</button></span></td></tr>
<tr class="ant-descriptions-row"><th class="ant-descriptions-item-label">Integration Name</th><td class="ant-descriptions-item-content">${escapeHtml(name)}</td></tr>
<tr class="ant-descriptions-row"><th class="ant-descriptions-item-label">Template</th><td class="ant-descriptions-item-content">Uptrends</td></tr>
</tbody></table></div></div>
<div class="ant-popover ant-popconfirm" id="pop" role="dialog" aria-labelledby="pop-t" hidden><div class="ant-popover-inner">
<div class="ant-popconfirm-title" id="pop-t">Regenerate the API key?</div>
<div class="ant-popconfirm-description">Systems using the current URL will stop sending alerts.</div>
<div class="ant-popconfirm-buttons"><button type="button" class="ant-btn ant-btn-sm">Cancel</button> <button type="button" class="ant-btn ant-btn-primary ant-btn-sm" id="ok">OK</button></div></div></div></main>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/81011*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/81011');
      await shown(page, a);
      const first = await waitForCapture(a);
      expect.soft(first.integrationName, 'name stored with A').toBe(name);
      await page.getByRole('button', { name: 'Regenerate key' }).click();
      await page.getByRole('dialog', { name: 'Regenerate the API key?' }).getByRole('button', { name: 'OK' }).click();
      await shown(page, b);
      const second = await waitForCapture(b);
      expect(second.integrationName).toBe(name);
    });
  });

  it('R19-12 PrimeNG card on a tenant host: the URL typed into one text node a character at a time (appendData, 10–30 ms each) beside "Endpoint URL" and Copy: the full URL stored, and no partial URL of that key left', async () => {
    const url = validUrl();
    const key = keyOf(url);
    const script = `
const URL_ = ${JSON.stringify(url)};
const t = document.createTextNode('');
document.getElementById('tw').append(t);
let i = 0;
function next() {
  if (i >= URL_.length) { document.querySelector('.caret').remove(); return; }
  t.appendData(URL_[i++]);
  setTimeout(next, 10 + Math.floor(Math.random() * 21));
}
setTimeout(next, 500);`;
    const body = `${TOPBAR}<main><h1 class="p-text-bold">Stark Uptrends R19-12</h1>
<div class="p-card p-component"><div class="p-card-body"><div class="p-card-title">Endpoint URL</div>
<div class="p-card-content"><span class="mono" id="tw"></span><span class="caret" aria-hidden="true">▍</span>
<button type="button" class="p-button p-component p-button-text"><span class="p-button-label">Copy</span></button></div></div></div></main>`;
    await serve(
      browser,
      'https://stark.alertops.com/configurations/integrations/inbound/api/82012*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://stark.alertops.com/configurations/integrations/inbound/api/82012');
      await shown(page, url);
      await waitForCapture(url);
      await sleep(1500);
      expect(await storedWithKeys([key]), 'entries of the typed-out key').toEqual([url]);
    });
  });
});

/* ================================================================================================================= */

describe('shadow roots, re-rendering and busy pages', () => {
  it('R19-13 a custom element with an open shadow root ("API URL", value, Copy inside) updates its shadow text node from "Loading…" to the URL 1 s after load: stored, and a notice shows', async () => {
    const url = validUrl();
    const script = `
customElements.define('ao-endpoint-card', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<style>.card{padding:12px;background:#f4f8ff}.v{font-family:monospace}</style>' +
      '<div class="card"><span class="label">API URL</span> <span class="v">Loading…</span> <button type="button">Copy</button></div>';
  }
  set url(v) { this.shadowRoot.querySelector('.v').firstChild.data = v; }
});
setTimeout(() => { document.querySelector('ao-endpoint-card').url = ${JSON.stringify(url)}; }, 1000);`;
    const body = `${TOPBAR}<main><h1>Uptrends R19-13 Shadow</h1><ao-endpoint-card></ao-endpoint-card>
<section><h2>Basic Settings</h2><p>Template: Uptrends</p></section></main>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/83013*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/83013');
      await shown(page, url);
      await waitForCapture(url);
      await waitForNotice(page);
    });
  });

  it('R19-14 a tenant view re-rendered every 300 ms for 3 s with the same URL (in-place data writes and whole-card replacements, a "Last refreshed" clock): stored once, a notice shows', async () => {
    const url = validUrl();
    const script = `
const URL_ = ${JSON.stringify(url)};
const root = document.getElementById('root');
function card() {
  root.innerHTML = '<div class="card"><div class="card-header"><span class="lbl">API URL</span></div><div class="card-body">' +
    '<span class="mono u"></span> <button type="button" class="btn btn-light">Copy</button><small class="text-muted"> Last refreshed <span class="clock"></span></small></div></div>';
  root.querySelector('.u').append(document.createTextNode(''));
  root.querySelector('.clock').append(document.createTextNode(''));
}
function patch() {
  root.querySelector('.u').firstChild.data = URL_;
  root.querySelector('.clock').firstChild.data = new Date().toLocaleTimeString();
}
card();
setTimeout(() => {
  patch();
  let n = 0;
  const timer = setInterval(() => { n++; if (n % 3 === 0) card(); patch(); if (n >= 10) clearInterval(timer); }, 300);
}, 600);`;
    const body = `${TOPBAR}<main class="container"><h1>Wayne Uptrends R19-14</h1><div id="root"></div>
<section><h2>Basic Settings</h2><p>Template: Uptrends</p></section></main>`;
    await serve(
      browser,
      'https://wayne.alertops.com/configurations/integrations/inbound/api/84014*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://wayne.alertops.com/configurations/integrations/inbound/api/84014');
      await shown(page, url);
      await waitForCapture(url);
      await waitForNotice(page);
      await sleep(3500);
      const same = (await storedCaptures(browser)).filter((c) => c.url === url);
      expect(same, 'entries for one URL re-rendered many times').toHaveLength(1);
      expect(await capturedUrls(browser)).toEqual([url]);
    });
  });

  it('R19-15 a busy page (3000 incident rows whose counters and a clock are rewritten in place every frame) where the saved integration card then shows the URL in place (1.5 s): captured within 5 s, a notice shows', async () => {
    const url = validUrl();
    const script = `
const body = document.getElementById('rows');
const frag = document.createDocumentFragment();
for (let r = 0; r < 3000; r++) {
  const tr = document.createElement('tr');
  for (const text of ['INC-' + (40000 + r), 'Checkout latency', String(r % 97), '00:00:00', 'Open']) {
    const td = document.createElement('td'); td.append(document.createTextNode(text)); tr.append(td);
  }
  frag.append(tr);
}
body.append(frag);
const counters = [...body.querySelectorAll('td:nth-child(3)')].map((td) => td.firstChild);
const ages = [...body.querySelectorAll('td:nth-child(4)')].map((td) => td.firstChild);
const clock = document.getElementById('clock').firstChild;
let tick = 0;
function frame() {
  tick++;
  clock.data = new Date().toISOString();
  for (let i = 0; i < 300; i++) {
    const k = Math.floor(Math.random() * counters.length);
    counters[k].data = String(tick + i);
    ages[k].data = '00:' + String(tick % 60).padStart(2, '0') + ':' + String(i % 60).padStart(2, '0');
  }
  requestAnimationFrame(frame);
}
requestAnimationFrame(frame);
setTimeout(() => { document.getElementById('ep').firstChild.data = ${JSON.stringify(url)}; }, 1500);`;
    const body = `${TOPBAR}<main><h1>Uptrends R19-15 Busy</h1><p>Server time <span id="clock">—</span></p>
<div class="endpoint card"><span class="caption">API URL</span> <span class="mono" id="ep">Loading…</span> <button type="button">Copy</button></div>
<section><h2>Incidents from this integration</h2><div style="height:400px;overflow:auto"><table><thead><tr><th>Incident</th><th>Topic</th><th>Alerts</th><th>Age</th><th>Status</th></tr></thead>
<tbody id="rows"></tbody></table></div></section></main>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/85015*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/85015');
      await shown(page, url);
      await waitForCapture(url);
      await waitForNotice(page);
    });
  });

  it('R19-16 ngx-translate on a tenant host: the URL is on the page first, unlabelled; 1.2 s later the empty <dt> text nodes get "API URL", "Template"… and the empty button gets "Copy" in place: stored', async () => {
    const url = validUrl();
    const script = `
const nodes = [...document.querySelectorAll('[data-i18n]')].map((el) => { const t = document.createTextNode(''); el.append(t); return { key: el.getAttribute('data-i18n'), t }; });
const en = { 'INTEGRATION.API_URL': 'API URL', 'INTEGRATION.TEMPLATE': 'Template', 'INTEGRATION.POLICY': 'Escalation Policy', 'COMMON.COPY': 'Copy' };
setTimeout(() => { for (const n of nodes) n.t.data = en[n.key]; }, 1200);`;
    const body = `${TOPBAR}<app-root ng-version="17.3.0"><app-integration-detail><main class="container">
<h1 class="page-title">Acme Uptrends R19-16</h1>
<dl class="row">
<dt class="col-sm-3" data-i18n="INTEGRATION.API_URL"></dt><dd class="col-sm-9"><span class="font-monospace">${escapeHtml(url)}</span>
<button type="button" class="btn btn-outline-secondary btn-sm" data-i18n="COMMON.COPY"></button></dd>
<dt class="col-sm-3" data-i18n="INTEGRATION.TEMPLATE"></dt><dd class="col-sm-9">Uptrends</dd>
<dt class="col-sm-3" data-i18n="INTEGRATION.POLICY"></dt><dd class="col-sm-9">Default</dd></dl></main></app-integration-detail></app-root>`;
    await serve(
      browser,
      'https://acme.alertops.com/configurations/integrations/inbound/api/86016*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://acme.alertops.com/configurations/integrations/inbound/api/86016');
      await page.getByText('API URL', { exact: true }).waitFor({ timeout: 5000 });
      await page.getByRole('button', { name: 'Copy' }).waitFor({ timeout: 5000 });
      await page.getByRole('heading', { name: 'Acme Uptrends R19-16' }).click();
      await waitForCapture(url);
    });
  });

  it('R19-17 older UI list on a tenant host (Kendo grid "Integration Name | Template | API URL"): the new row\'s "Pending…" cell text becomes the URL on the third 500 ms poll, its Copy button enabled: stored under the row\'s name', async () => {
    const other = validUrl('Datadog');
    const url = validUrl();
    const name = 'Globex Uptrends R19-17';
    const script = `
const cell = document.getElementById('pending').firstChild, copy = document.getElementById('pending-copy');
let polls = 0;
const timer = setInterval(() => {
  polls++;
  if (polls === 3) { cell.data = ${JSON.stringify(url)}; copy.removeAttribute('disabled'); clearInterval(timer); }
}, 500);`;
    const body = `${SIDEBAR}<main><h2>Inbound Integrations</h2><div role="tablist"><button role="tab" aria-selected="true">API</button><button role="tab" aria-selected="false">Email</button></div>
<button type="button">ADD API INTEGRATION</button>
<div class="k-grid k-widget" data-role="grid"><table role="grid"><thead class="k-grid-header"><tr>
<th class="k-header" scope="col">Integration Name</th><th class="k-header" scope="col">Template</th><th class="k-header" scope="col">API URL</th><th class="k-header" scope="col"></th></tr></thead>
<tbody><tr class="k-master-row"><td>Datadog prod</td><td>Datadog</td><td class="mono">${escapeHtml(other)}</td><td><button type="button" class="k-button">Copy</button></td></tr>
<tr class="k-alt k-master-row"><td>${escapeHtml(name)}</td><td>Uptrends</td><td class="mono" id="pending">Pending…</td><td><button type="button" class="k-button" id="pending-copy" disabled>Copy</button></td></tr>
</tbody></table></div></main>`;
    await serve(
      browser,
      'https://globex.alertops.com/Integrations/InboundIntegrations.aspx*',
      doc('AlertOps - Inbound Integrations', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://globex.alertops.com/Integrations/InboundIntegrations.aspx?tab=api&r19=17');
      await shown(page, url);
      const capture = await waitForCapture(url);
      expect(capture.integrationName).toBe(name);
      expect(capture.consoleHost).toBe('globex.alertops.com');
    });
  });
});

/* ================================================================================================================= */

describe('valid-shaped URLs updated in place that are not the saved integration', () => {
  it('R19-18 a help panel on the new-integration form loads its text in place: "For example: <sample>" with a real-looking key, cycling current and legacy samples: nothing stored, no notice; the real URL after Submit is', async () => {
    const sample = validUrl();
    const legacySample = `https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/${newKey()}/Uptrends`;
    const real = validUrl();
    const name = 'Uptrends R19-18 Real';
    const script = `
const S = [${JSON.stringify(sample)}, ${JSON.stringify(legacySample)}];
const ex = document.getElementById('ex').firstChild, intro = document.getElementById('intro').firstChild;
setTimeout(() => {
  intro.data = 'After you submit, AlertOps shows the endpoint URL of the integration. Paste it into Uptrends. For example: ';
  ex.data = S[0];
  let i = 0;
  setInterval(() => { i++; ex.data = S[i % 2]; }, 600);
}, 700);
document.getElementById('submit').addEventListener('click', () => {
  const nm = document.getElementById('iname').value;
  document.getElementById('spin').hidden = false;
  setTimeout(() => {
    document.getElementById('spin').hidden = true;
    document.getElementById('saved').hidden = false;
    document.getElementById('saved-name').firstChild.data = nm;
    document.getElementById('saved-url').firstChild.data = ${JSON.stringify(real)};
  }, 800);
});`;
    const body = `${TOPBAR}<main style="display:flex;gap:24px"><div style="flex:1">
<h1>Add API Integration</h1>
<section><h2>Basic Settings</h2><label for="iname">Integration Name</label> <input id="iname" type="text" value="Uptrends">
<label for="ep">Escalation Policy</label> <select id="ep"><option>Default</option></select>
<button type="button" id="submit" class="MuiButton-root MuiButton-contained">Submit</button> <span class="spinner" id="spin" hidden></span></section>
<section id="saved" hidden><h2 id="saved-name"> </h2><div class="endpoint"><span class="caption">Endpoint URL</span> <span class="mono" id="saved-url"> </span> <button type="button">Copy</button></div></section>
</div>
<div class="MuiPaper-root MuiPaper-outlined help-panel" role="region" aria-labelledby="help-h" style="width:380px;padding:12px">
<h2 id="help-h" class="MuiTypography-h6">Uptrends integration help</h2>
<p class="MuiTypography-body2"><span id="intro">Loading help…</span><span class="mono" id="ex"> </span></p>
<p class="MuiTypography-body2">Keep this URL secret: anyone who has it can open incidents.</p></div></main>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/templates/Uptrends/r19-18*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/templates/Uptrends/r19-18');
      await shown(page, sample);
      await shown(page, legacySample);
      await page.getByRole('heading', { name: 'Uptrends integration help' }).click();
      await sleep(NEGATIVE_MS);
      expect.soft(await storedWithKeys([keyOf(sample), keyOf(legacySample)]), 'captured from help samples').toEqual([]);
      expect.soft(await noticeText(page), 'notice for a help sample').toBe('');
      await page.getByLabel('Integration Name').fill(name);
      await page.getByRole('button', { name: 'Submit' }).click();
      await shown(page, real);
      const capture = await waitForCapture(real);
      expect(capture.integrationName).toBe(name);
      expect(await storedWithKeys([keyOf(sample), keyOf(legacySample)])).toEqual([]);
    });
  });

  it('R19-19 a live request log on a tenant host ("Received | Method | Request URL | Status" rows rewritten in place every 400 ms, a "Request URL" detail line updated in place): nothing stored, no notice; the Settings tab\'s API URL then is', async () => {
    const logged = [validUrl(), validUrl('Custom'), validUrl()];
    const real = validUrl();
    const script = `
const L = ${JSON.stringify(logged)};
const cells = [...document.querySelectorAll('#log tbody tr')].map((tr) => [...tr.cells].map((td) => td.firstChild));
const detail = document.getElementById('detail-url').firstChild;
let n = 0;
setInterval(() => {
  n++;
  cells.forEach((row, r) => {
    const u = L[(n + r) % L.length];
    row[0].data = new Date(Date.now() - r * 1000).toISOString();
    row[1].data = 'POST'; row[2].data = u; row[3].data = r % 3 === 2 ? '429 Too Many Requests' : '200 OK';
  });
  detail.data = L[n % L.length];
}, 400);
document.getElementById('tab-settings').onclick = () => {
  document.getElementById('panel-logs').hidden = true;
  document.getElementById('panel-settings').hidden = false;
  document.getElementById('tab-logs').setAttribute('aria-selected', 'false');
  document.getElementById('tab-settings').setAttribute('aria-selected', 'true');
  setTimeout(() => { document.getElementById('api-url').firstChild.data = ${JSON.stringify(real)}; }, 300);
};`;
    const row = '<tr><td>—</td><td>—</td><td class="mono">—</td><td>—</td></tr>';
    const body = `${TOPBAR}<main><h1>Tyrell Uptrends R19-19</h1>
<div role="tablist"><button role="tab" id="tab-logs" aria-selected="true" aria-controls="panel-logs">Logs</button>
<button role="tab" id="tab-settings" aria-selected="false" aria-controls="panel-settings">Settings</button></div>
<section id="panel-logs" role="tabpanel" aria-labelledby="tab-logs"><h2>Inbound requests (live)</h2>
<table id="log" class="table table-sm"><thead><tr><th>Received</th><th>Method</th><th>Request URL</th><th>Status</th></tr></thead>
<tbody>${row.repeat(6)}</tbody></table>
<div class="log-detail"><h3>Selected request</h3><p><span class="k">Request URL:</span> <span class="mono" id="detail-url">—</span></p>
<p><span class="k">Response:</span> 200 OK</p></div></section>
<section id="panel-settings" role="tabpanel" aria-labelledby="tab-settings" hidden><h2>Settings</h2>
<div class="endpoint"><span class="caption">API URL</span> <span class="mono" id="api-url"> </span> <button type="button">Copy</button></div>
<p>Template: Uptrends</p></section></main>`;
    await serve(
      browser,
      'https://tyrell.alertops.com/configurations/integrations/inbound/api/89019*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://tyrell.alertops.com/configurations/integrations/inbound/api/89019');
      for (const u of logged) await page.locator('#log').getByText(u, { exact: true }).first().waitFor();
      await page.getByRole('heading', { name: 'Inbound requests (live)' }).click();
      await sleep(NEGATIVE_MS);
      expect.soft(await storedWithKeys(logged.map(keyOf)), 'captured from the request log').toEqual([]);
      expect.soft(await noticeText(page), 'notice for a request log').toBe('');
      await page.getByRole('tab', { name: 'Settings' }).click();
      await shown(page, real);
      await waitForCapture(real);
      await sleep(1000);
      expect(await storedWithKeys(logged.map(keyOf))).toEqual([]);
    });
  });

  it('R19-20 a co-worker\'s edits typed by script into a "Notes" textarea ("API URL: <url>", value + input events) and a contenteditable comment box (the URL alone, appendData): nothing stored, no notice; the saved URL revealed later is', async () => {
    const inNotes = validUrl();
    const inComment = validUrl();
    const real = validUrl();
    await serveJson('https://app.alertops.com/api/r19-20/integrations/90020/endpoint', { url: real }, 300);
    const script = `
const notes = document.getElementById('notes');
const NOTE = 'API URL: ' + ${JSON.stringify(inNotes)};
let i = 0;
function typeNote() {
  if (i >= NOTE.length) return;
  notes.value += NOTE[i++]; notes.dispatchEvent(new InputEvent('input', { bubbles: true, data: NOTE[i - 1], inputType: 'insertText' }));
  setTimeout(typeNote, 12);
}
const box = document.getElementById('comment'), t = document.createTextNode('');
box.append(t);
const C = ${JSON.stringify(inComment)};
let j = 0;
function typeComment() {
  if (j >= C.length) return;
  t.appendData(C[j++]); box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  setTimeout(typeComment, 12);
}
setTimeout(typeNote, 300);
setTimeout(typeComment, 400);
const secret = document.getElementById('secret').firstChild;
document.getElementById('show').onclick = async () => {
  const r = await fetch('/api/r19-20/integrations/90020/endpoint').then((x) => x.json());
  secret.data = r.url;
};`;
    const body = `${TOPBAR}<main><h1>Uptrends R19-20 Shared</h1>
<div class="endpoint"><span class="caption">API URL</span> <span class="mono" id="secret">••••••••••••••••••••••••</span>
<button type="button" id="show">Show</button> <button type="button">Copy</button></div>
<section><h2>Basic Settings</h2><p>Template: Uptrends</p>
<label for="notes">Notes</label><br><textarea id="notes" rows="3" cols="90"></textarea></section>
<section><h2>Activity</h2><div class="comment-composer"><div class="toolbar"><button type="button" aria-label="Bold">B</button><button type="button" aria-label="Italic">I</button></div>
<div id="comment" class="ql-editor" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Add a comment"></div>
<button type="button">Post comment</button></div></section></main>`;
    await serve(
      browser,
      'https://app.alertops.com/configurations/integrations/inbound/api/90020*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/90020');
      await expect.poll(() => page.getByLabel('Notes').inputValue(), { timeout: 8000 }).toBe(`API URL: ${inNotes}`);
      await expect
        .poll(() => page.getByRole('textbox', { name: 'Add a comment' }).textContent(), { timeout: 8000 })
        .toBe(inComment);
      await page.getByRole('heading', { name: 'Activity' }).click();
      await sleep(NEGATIVE_MS);
      expect.soft(await storedWithKeys([keyOf(inNotes), keyOf(inComment)]), 'captured from typed text').toEqual([]);
      expect.soft(await noticeText(page), 'notice for typed text').toBe('');
      await page.getByRole('button', { name: 'Show' }).click();
      await shown(page, real);
      await waitForCapture(real);
      expect(await storedWithKeys([keyOf(inNotes), keyOf(inComment)])).toEqual([]);
    });
  });

  it('R19-21 lookalike hosts set in place in a labelled "API URL" field with Copy on a tenant host ("notify.alertops.com.evil.example", then "notify-alertops.com", 700 ms apart): nothing stored, no notice; the same text node then shows the real URL, which is', async () => {
    const evil1 = `https://notify.alertops.com.evil.example/POSTAlert/${newKey()}/Uptrends`;
    const evil2 = `https://notify-alertops.com/POSTAlert/${newKey()}/Uptrends`;
    const real = validUrl();
    const script = `
const t = document.getElementById('u').firstChild, copy = document.getElementById('copy');
setTimeout(() => { t.data = ${JSON.stringify(evil1)}; copy.setAttribute('data-clipboard-text', ${JSON.stringify(evil1)}); }, 700);
setTimeout(() => { t.data = ${JSON.stringify(evil2)}; copy.setAttribute('data-clipboard-text', ${JSON.stringify(evil2)}); }, 1400);
document.getElementById('reload').onclick = () => {
  t.data = 'Loading…';
  setTimeout(() => { t.data = ${JSON.stringify(real)}; copy.setAttribute('data-clipboard-text', ${JSON.stringify(real)}); }, 600);
};`;
    const body = `${TOPBAR}<main class="slds-card"><h1 class="slds-text-heading_medium">Cyberdyne Uptrends R19-21</h1>
<div class="slds-form-element"><span class="slds-form-element__label">API URL</span>
<div class="slds-form-element__control"><span class="slds-form-element__static mono" id="u">Loading…</span>
<button type="button" class="slds-button slds-button_neutral" id="copy">Copy</button></div></div>
<button type="button" class="slds-button" id="reload">Reload</button></main>`;
    await serve(
      browser,
      'https://cyberdyne.alertops.com/configurations/integrations/inbound/api/91021*',
      doc('AlertOps', body, script),
    );
    await withPage(async (page) => {
      await page.goto('https://cyberdyne.alertops.com/configurations/integrations/inbound/api/91021');
      await shown(page, evil2);
      await page.getByRole('heading', { name: 'Cyberdyne Uptrends R19-21' }).click();
      await sleep(NEGATIVE_MS);
      expect.soft(await storedCaptures(browser), 'captured a lookalike').toEqual([]);
      expect.soft(await noticeText(page), 'notice for a lookalike').toBe('');
      await page.getByRole('button', { name: 'Reload' }).click();
      await shown(page, real);
      await waitForCapture(real);
      expect(await capturedUrls(browser)).toEqual([real]);
    });
  });
});

/* ================================================================================================================= */

describe('no key in a log', () => {
  it('R19-22 no key shown by any page of this file appears in a console line of a page, the popup or the worker', async () => {
    const popup = await browser.openPopup();
    await sleep(1000);
    await popup.close();
    const leaks = issuedKeys().filter((key) => browser.logs.some((line) => line.toLowerCase().includes(key)));
    expect(leaks).toEqual([]);
  });
});
