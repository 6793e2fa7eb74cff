/**
 * Blind hostile renderings of both consoles, written from domain.md and the README's promises without reading the
 * extension's source. Each page (or content a third party typed into it) tries to get a wrong URL captured, the secret
 * written where it should not go, a wrong box ticked, the secret read, the extension driven, or the extension broken.
 * Pages are served on the consoles' real host names through Playwright routes; assertions read only what a user sees,
 * the page's own model and DOM, or the stored captures. Where a reasonable product could do either, the test name says
 * so and the safer behaviour is asserted.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  eventually,
  launchWithExtension,
  type PageModel,
  storedCaptures,
  waitForStoredCapture,
  withPage as withBrowserPage,
} from './chromium.ts';
import {
  capturedUrls,
  clearLocalStorage,
  escapeHtml,
  FILLER,
  issuedKeys,
  keyOf,
  NOTICE,
  newKey,
  serve,
  sleep,
  validUrl,
} from './hostile-pages.ts';
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

function doc(title: string, body: string, script = '', head = '', lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${head}
<style>.hidden{display:none} body{font:14px sans-serif}</style></head>
<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

/** The saved integration page of the current AlertOps UI: name, then the endpoint URL with a Copy button. */
function savedIntegration(name: string, url: string): string {
  return `<main><h1>${escapeHtml(name)}</h1><div class="endpoint"><span>API URL</span> <span class="url">${escapeHtml(url)}</span> <button type="button" data-clipboard-text="${escapeHtml(url)}">Copy</button></div></main>`;
}

async function waitForCapture(url: string, timeout = 10_000): Promise<void> {
  await waitForStoredCapture(browser, url, timeout);
}

/** No stored URL holds the key of `url` (not as shown, nor re-cut). */
async function noStoredKeyOf(url: string): Promise<string[]> {
  const key = keyOf(url);
  return (await capturedUrls(browser)).filter((stored) => stored.includes(key));
}

/** Captures `url` the way a user does: opening its saved integration on app.alertops.com. */
async function captureOnAlertOps(url: string, name = 'Uptrends'): Promise<void> {
  const id = Math.floor(Math.random() * 1e9);
  const address = `https://app.alertops.com/integrations/inbound/api/edit/${id}`;
  await serve(browser, `${address}*`, doc('AlertOps', savedIntegration(name, url)));
  await withPage(async (page) => {
    await page.goto(address);
    await waitForCapture(url);
  });
}

/** The value a fresh Uptrends AlertOps editor gets now (empty when nothing is filled within 4 s). */
async function nextFill(tag: string): Promise<string> {
  const address = `https://app.uptrends.com/Alerting/Integrations/Edit/next-${tag}`;
  await serve(
    browser,
    `${address}*`,
    doc('Uptrends - Integrations', `<main><h1>New integration</h1>${editorForm({})}</main>`, wireEditor()),
  );
  return withPage(async (page) => {
    await page.goto(address);
    const field = page.locator('#int-var-0-value');
    const deadline = Date.now() + 4000;
    while (Date.now() < deadline && !(await field.inputValue())) await sleep(100);
    return field.inputValue();
  });
}

/** What the user would see when a wait fails: fields, boxes, the page's model, the notice. */
async function explain(page: Page, name = 'model'): Promise<string> {
  const seen = await page.evaluate((n) => {
    const w = window as PageModel;
    const read = w.__readModel ? w.__readModel(n) : JSON.stringify(w[n] ?? null);
    return {
      fields: Array.from(document.querySelectorAll('input,textarea')).map(
        (f) => `${(f as HTMLInputElement).id || (f as HTMLInputElement).name}=${(f as HTMLInputElement).value}`,
      ),
      boxes: Array.from(document.querySelectorAll('input[type=checkbox]')).map(
        (b) => `${(b as HTMLInputElement).checked ? '[x]' : '[ ]'} ${b.id}`,
      ),
      model: read,
    };
  }, name);
  return `${JSON.stringify(seen)}\nnotice: ${JSON.stringify(await noticeText(page).catch(() => '?'))}`;
}

function pollModel(page: Page, read: (m: PageModel) => unknown, expected: unknown, name = 'model', timeout = 12_000) {
  return pollPageModel(page, read, expected, { explain, name, timeout });
}

/* ================================================================================================================= */
/* Uptrends markup                                                                                                   */
/* ================================================================================================================= */

/** An Uptrends integration editor (Bootstrap-like), type shown in a disabled field, one variable row. */
function editorForm(options: {
  type?: string;
  varName?: string;
  value?: string;
  idPrefix?: string;
  extraRows?: string;
  description?: string;
}): string {
  const p = options.idPrefix ?? 'int';
  const type = options.type ?? 'AlertOps';
  const varName = options.varName ?? 'AlertOpsUrl';
  return `<form class="integration-form" id="${p}-form" novalidate onsubmit="return false">
<div class="form-group"><label for="${p}-name">Integration name</label><input id="${p}-name" class="form-control" type="text" maxlength="100"></div>
<div class="form-group"><label for="${p}-type">Integration type</label><input id="${p}-type" class="form-control" type="text" value="${escapeHtml(type)}" disabled></div>
${options.description ? `<div class="form-group"><label for="${p}-desc">Description</label><input id="${p}-desc" class="form-control" type="text" value="${escapeHtml(options.description)}"></div>` : ''}
<h3>Predefined variables</h3>
<table class="table variables"><thead><tr><th>Variable</th><th></th><th>Value</th></tr></thead><tbody>
<tr><td id="${p}-var-0">${escapeHtml(varName)}</td><td><select class="form-control" id="${p}-var-0-mode" aria-labelledby="${p}-var-0">
<option value="here">Specify value here</option><option value="level">Specify value in escalation level</option></select></td>
<td><input type="text" class="form-control" id="${p}-var-0-value" aria-labelledby="${p}-var-0" value="${escapeHtml(options.value ?? '')}"></td></tr>
${options.extraRows ?? ''}</tbody></table>
<div class="form-actions"><button type="button" class="btn btn-primary" id="${p}-save">Save</button> <button type="button" class="btn" id="${p}-test">Send test alert</button></div>
</form>`;
}

/** Page-side: window.model follows the editor's name and URL fields on input and change. */
function wireEditor(p = 'int'): string {
  return `
window.model = window.model || {};
(function () {
  const name = document.getElementById('${p}-name'), url = document.getElementById('${p}-var-0-value');
  window.model.name = name.value; window.model.url = url.value;
  for (const ev of ['input', 'change']) {
    name.addEventListener(ev, () => { window.model.name = name.value; });
    url.addEventListener(ev, () => { window.model.url = url.value; });
  }
})();`;
}

const UPTRENDS_CHROME = `<header class="topbar"><span class="logo">Uptrends</span><span class="user">ops@example.com</span></header>
<nav class="breadcrumb">Alerting &gt; Integrations</nav>`;

/** An escalation level page: one definition, tab "Escalation level 1" open, `sections` inside its panel. */
function levelPage(sections: string, script = ''): string {
  return doc(
    'Uptrends - Alert definitions',
    `${UPTRENDS_CHROME.replace('Integrations', 'Alert definitions')}<h1>Default alert definition</h1>
<div role="tablist" class="nav nav-tabs"><button type="button" role="tab" id="tab-0" aria-selected="false" aria-controls="p0">Main</button>
<button type="button" role="tab" id="tab-1" aria-selected="true" aria-controls="p1" class="active">Escalation level 1</button></div>
<div role="tabpanel" id="p0" aria-labelledby="tab-0" class="hidden"></div>
<div role="tabpanel" id="p1" aria-labelledby="tab-1">
<div class="form-check"><input type="checkbox" id="lvl-active" checked><label for="lvl-active">Active</label></div>
${sections}</div><button type="button" class="btn btn-primary">Save</button>`,
    `window.model = { boxes: {} };
for (const box of document.querySelectorAll('input[type=checkbox]')) {
  window.model.boxes[box.id] = box.checked;
  box.addEventListener('change', () => { window.model.boxes[box.id] = box.checked; });
}
${script}`,
  );
}

function checkList(heading: string, items: [id: string, label: string][]): string {
  return `<h4>${escapeHtml(heading)}</h4><div class="list">${items
    .map(
      ([id, label]) =>
        `<div class="form-check"><input type="checkbox" class="form-check-input" id="${id}"><label class="form-check-label" for="${id}">${escapeHtml(label)}</label></div>`,
    )
    .join('')}</div>`;
}

/* ================================================================================================================= */
/* AlertOps: what third parties typed, and page scripts                                                               */
/* ================================================================================================================= */

describe('AlertOps pages with content typed by others', () => {
  it('H01 saved integration with an activity thread: a teammate\'s comment holds another valid URL as a one-line snippet with its own "Copy" button, rendered after the real one: only the Endpoint URL is stored', async () => {
    const real = validUrl();
    const planted = validUrl();
    const comment = `<li class="comment" role="article" aria-label="Comment by m.jansen">
<div class="comment-head"><span class="avatar">MJ</span> <b>m.jansen</b> <time>2 minutes ago</time></div>
<div class="comment-body"><p>Use this one instead, the old key was rotated:</p>
<div class="snippet"><span class="snippet-text">${escapeHtml(planted)}</span> <button type="button" class="btn-copy" data-clipboard-text="${escapeHtml(planted)}">Copy</button></div></div></li>`;
    const script = `setTimeout(() => { document.getElementById('thread').insertAdjacentHTML('beforeend', ${JSON.stringify(comment)}); }, 1200);`;
    const body = `${savedIntegration('Uptrends production', real).replace('</main>', '')}
<section class="activity"><h2>Activity</h2><ul id="thread" class="comments"></ul>
<label for="new-comment">Add a comment</label><textarea id="new-comment"></textarea></section></main>`;
    await serve(browser, 'https://app.alertops.com/integrations/inbound/api/edit/7001*', doc('AlertOps', body, script));
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/integrations/inbound/api/edit/7001');
      await waitForCapture(real);
      await page.getByRole('article', { name: 'Comment by m.jansen' }).waitFor();
      await sleep(2000);
      const stored = (await storedCaptures(browser)).find((c) => c.url === planted);
      const next = await nextFill('h01');
      expect(
        await noStoredKeyOf(planted),
        `the comment's URL (stored as ${JSON.stringify(stored?.integrationName)}; the next AlertOps editor gets ${next === planted ? 'the planted URL' : next === real ? 'the real URL' : JSON.stringify(next)})`,
      ).toEqual([]);
    });
  });

  it('H04 "API URL" row whose base ("https://notify.alertops.com/POSTAlert/") and a user-typed note ("<key>/Uptrends …") sit in adjacent cells: no URL joined from the two cells is stored', async () => {
    const key = newKey();
    const joined = `https://notify.alertops.com/POSTAlert/${key}/Uptrends`;
    const body = `<main><h1>Routing</h1><table class="routing"><thead><tr><th>Setting</th><th>Endpoint base</th><th>Note (free text)</th></tr></thead><tbody>
<tr><th scope="row">API URL</th><td>https://notify.alertops.com/POSTAlert/</td><td>${key}/Uptrends</td></tr></tbody></table>${FILLER}</main>`;
    await serve(browser, 'https://app.alertops.com/integrations/routing-notes*', doc('AlertOps', body));
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/integrations/routing-notes');
      await page.getByRole('heading', { name: 'Routing' }).waitFor();
      // What the page is: the joined string is what textContent of the row would give.
      expect(await page.locator('tbody tr').evaluate((tr) => tr.textContent)).toContain(joined);
      await sleep(2000);
      const real = validUrl();
      await captureOnAlertOps(real);
      expect(await noStoredKeyOf(joined), 'a URL joined across cells').toEqual([]);
    });
  });

  it('H05 page-world script rewrites Node.textContent / innerText / getAttribute to show another key, and breaks querySelectorAll, MutationObserver, JSON, Array.map and Promise.then: the real URL (rendered later) is stored, the rewritten one never', async () => {
    const real = validUrl();
    const attackerKey = newKey();
    const script = `
const swap = (t) => typeof t === 'string' ? t.replace(/POSTAlert\\/[0-9a-f-]{36}\\//g, 'POSTAlert/${attackerKey}/') : t;
const text = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent');
Object.defineProperty(Node.prototype, 'textContent', { configurable: true, get() { return swap(text.get.call(this)); }, set(v) { text.set.call(this, v); } });
const inner = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'innerText');
Object.defineProperty(HTMLElement.prototype, 'innerText', { configurable: true, get() { return swap(inner.get.call(this)); }, set(v) { inner.set.call(this, v); } });
const nodeValue = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeValue');
Object.defineProperty(Node.prototype, 'nodeValue', { configurable: true, get() { return swap(nodeValue.get.call(this)); }, set(v) { nodeValue.set.call(this, v); } });
const getAttr = Element.prototype.getAttribute;
Element.prototype.getAttribute = function (n) { return swap(getAttr.call(this, n)); };
const empty = document.createDocumentFragment().querySelectorAll('x');
Element.prototype.querySelectorAll = function () { return empty; };
Document.prototype.querySelectorAll = function () { return empty; };
window.MutationObserver = class { observe() {} disconnect() {} takeRecords() { return []; } };
const url = ${JSON.stringify(real)};
window.__render = () => {
  const main = document.getElementById('main');
  main.insertAdjacentHTML('beforeend', '<div class="endpoint"><span>API URL</span> <span class="url"></span> <button type="button">Copy</button></div>');
  main.lastElementChild.children[1].append(document.createTextNode(url));
};
JSON.parse = () => { throw new Error('no JSON here'); };
JSON.stringify = () => { throw new Error('no JSON here'); };
Array.prototype.map = function () { throw new Error('no map here'); };
Promise.prototype.then = function () { throw new Error('no then here'); };
setTimeout(() => window.__render(), 900);`;
    await serve(
      browser,
      'https://app.alertops.com/integrations/inbound/api/edit/7005*',
      doc('AlertOps', '<main id="main"><h1>Uptrends (patched page)</h1></main>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/integrations/inbound/api/edit/7005');
      await waitForCapture(real, 12_000);
      await sleep(1000);
      expect((await capturedUrls(browser)).filter((u) => u.includes(attackerKey))).toEqual([]);
    });
  });
});

describe('AlertOps: a list where a name says "Uptrends" but the template is another', () => {
  it('H06 list with "Uptrends" (template Custom, URL ending /Uptrends) above "Web monitoring" (template Uptrends): the Uptrends editor never gets the Custom one (ambiguous; safer: the Uptrends template, or ask)', async () => {
    await clearLocalStorage(browser);
    const keyA = newKey();
    const keyB = newKey();
    const custom = `https://notify.alertops.com/POSTAlert/${keyA}/Uptrends`;
    const templated = `https://notify.alertops.com/POSTAlert/${keyB}/Uptrends`;
    const row = (name: string, template: string, url: string) =>
      `<tr><td class="name">${escapeHtml(name)}</td><td>${escapeHtml(template)}</td><td><span class="url">${escapeHtml(url)}</span> <button type="button" data-clipboard-text="${escapeHtml(url)}">Copy</button></td><td>Enabled</td></tr>`;
    const body = `<main><h1>Inbound Integrations</h1><div role="tablist"><button role="tab" aria-selected="true">API</button><button role="tab" aria-selected="false">Email</button></div>
<table class="integrations"><thead><tr><th>Integration Name</th><th>Template</th><th>API URL</th><th>Status</th></tr></thead><tbody>
${row('Uptrends', 'Custom', custom)}${row('Web monitoring', 'Uptrends', templated)}</tbody></table></main>`;
    await serve(browser, 'https://acme.alertops.com/InboundIntegrations.aspx*', doc('AlertOps', body));
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Edit/h06*',
      doc(
        'Uptrends - Integrations',
        `${UPTRENDS_CHROME}<main><h1>New integration</h1>${editorForm({})}</main>`,
        wireEditor(),
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://acme.alertops.com/InboundIntegrations.aspx');
      await eventually(
        () => capturedUrls(browser),
        (urls) => urls.includes(templated) || urls.includes(custom),
      );
      await sleep(1000);
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/h06');
      await page.getByRole('heading', { name: 'New integration' }).waitFor();
      await sleep(3000);
      const value = await page.locator('#int-var-0-value').inputValue();
      expect(value, `field holds ${value === custom ? 'the Custom-template URL' : value}`).not.toBe(custom);
      expect([templated, '']).toContain(value);
    });
  });
});

/* ================================================================================================================= */
/* Uptrends                                                                                                          */
/* ================================================================================================================= */

describe('Uptrends pages that try to get the secret', () => {
  let url: string;

  beforeAll(async () => {
    await clearLocalStorage(browser);
    url = validUrl();
    await captureOnAlertOps(url, 'Uptrends hostile round');
  });

  it('H07 dashboard carrying an AlertOps editor the user cannot see (opacity 0, off-screen, clipped to 1 px, zero-height overflow): never filled; the same editor shown is filled (control)', async () => {
    const hiders: Record<string, string> = {
      'opacity 0': 'opacity:0',
      'off-screen': 'position:absolute;left:-10000px;top:-10000px',
      'clipped to 1 px':
        'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%)',
      'zero-height overflow': 'height:0;overflow:hidden',
    };
    const filled: string[] = [];
    for (const [name, style] of Object.entries(hiders)) {
      const path = `/Dashboard/h07-${name.replace(/\W+/g, '-')}`;
      await serve(
        browser,
        `https://app.uptrends.com${path}*`,
        doc(
          'Uptrends - Dashboard',
          `${UPTRENDS_CHROME}<main><h1>Dashboard</h1>${FILLER}<div class="prefetch" style="${style}"><h2>New integration</h2>${editorForm({})}</div></main>`,
          wireEditor(),
        ),
      );
      await withPage(async (page) => {
        await page.goto(`https://app.uptrends.com${path}`);
        await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
        await page.mouse.click(5, 400);
        await sleep(2500);
        const value = await page.evaluate(() => (document.getElementById('int-var-0-value') as HTMLInputElement).value);
        if (value.includes(keyOf(url))) filled.push(name);
      });
    }
    await serve(
      browser,
      'https://app.uptrends.com/Dashboard/h07-shown*',
      doc(
        'Uptrends',
        `${UPTRENDS_CHROME}<main><h1>Dashboard</h1><div><h2>New integration</h2>${editorForm({})}</div></main>`,
        wireEditor(),
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Dashboard/h07-shown');
      await pollModel(page, (m) => m.url, url);
    });
    expect(filled, 'invisible editors that received the URL').toEqual([]);
  });

  // Not blind: the counterpart of H07 that a review asked for. Seen is not the same as in view.
  it('an editor the user has scrolled inside its modal (the name field above the visible part) is seen, and filled', async () => {
    const style =
      'position:fixed;top:40px;left:10%;width:80%;height:260px;overflow-y:auto;background:#fff;border:1px solid #999';
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Edit/scrolled*',
      doc(
        'Uptrends - Integrations',
        `${UPTRENDS_CHROME}<main><h1>Integrations</h1></main><div id="modal" role="dialog" aria-label="New integration" style="${style}"><h2>New integration</h2>${editorForm({}).replace('<h3>Predefined variables</h3>', '<div style="height:900px">Notes</div><h3>Predefined variables</h3>')}</div>`,
        `${wireEditor()}
document.getElementById('modal').scrollTop = 1200;`,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/scrolled');
      expect(
        await page.evaluate(() => (document.getElementById('int-name') as HTMLElement).getBoundingClientRect().bottom),
        'the name field is above the visible part of the modal',
      ).toBeLessThan(0);
      await pollModel(page, (m) => m.url, url);
      // The name field counts as part of the editor too: it gets the proposed name.
      await pollModel(page, (m) => typeof m.name === 'string' && m.name !== '', true);
    });
  });

  it('H08 AlertOps editor beside decoys named like its variable: a hidden input name="AlertOpsUrl" in a tracking form, an off-screen text input in a newsletter form, a header search labelled "AlertOps URL": only the editor gets the URL, also after "Fill this page"', async () => {
    const decoys = `<form id="tracking" action="https://collect.example.net/t" method="post"><input type="hidden" name="AlertOpsUrl" id="decoy-hidden"></form>
<form id="newsletter" style="position:absolute;left:-9999px" aria-hidden="true"><label for="decoy-offscreen">AlertOps URL</label><input type="text" name="AlertOpsUrl" id="decoy-offscreen" autocomplete="off"></form>
<form id="search" role="search" class="topsearch"><label for="decoy-search">AlertOps URL</label><input type="search" id="decoy-search" name="q" placeholder="Search integrations"></form>`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Edit/h08*',
      doc(
        'Uptrends - Integrations',
        `${UPTRENDS_CHROME}${decoys}<main><h1>New integration</h1>${editorForm({})}</main>`,
        wireEditor(),
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/h08');
      await pollModel(page, (m) => m.url, url);
      const decoyValues = () =>
        page.evaluate(() =>
          ['decoy-hidden', 'decoy-offscreen', 'decoy-search'].map(
            (id) => `${id}=${(document.getElementById(id) as HTMLInputElement).value}`,
          ),
        );
      expect(await decoyValues()).toEqual(['decoy-hidden=', 'decoy-offscreen=', 'decoy-search=']);
      // The user asks again by hand, with the focus left in the search box.
      await page.locator('#decoy-search').focus();
      const popup = await browser.openPopup(page);
      await popup.getByRole('button', { name: 'Fill this page' }).click();
      await sleep(1500);
      await popup.close();
      expect(await decoyValues()).toEqual(['decoy-hidden=', 'decoy-offscreen=', 'decoy-search=']);
      expect(await page.locator('#int-var-0-value').inputValue()).toBe(url);
    });
  });

  it('H09 AlertOps editor page with a third-party support widget (web component, open shadow root) whose form asks for "AlertOps URL": the widget\'s field stays empty, the editor is filled', async () => {
    const script = `${wireEditor()}
class HelpWidget extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>:host{position:fixed;right:16px;bottom:16px;background:#fff;border:1px solid #999;padding:8px;width:260px}</style>' +
      '<h2>Need help?</h2><form><div><label for="w-mail">Your e-mail</label><input id="w-mail" type="email"></div>' +
      '<h3>Predefined variables</h3>' +
      '<div><label for="w-url">AlertOps URL</label><input id="w-url" type="text" name="AlertOpsUrl"></div>' +
      '<div><label for="w-msg">Message</label><input id="w-msg" type="text"></div><button type="button">Send to support</button></form>';
  }
}
customElements.define('acme-help-widget', HelpWidget);`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Edit/h09*',
      doc(
        'Uptrends - Integrations',
        `${UPTRENDS_CHROME}<main><h1>New integration</h1>${editorForm({})}</main><acme-help-widget></acme-help-widget>`,
        script,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/h09');
      await pollModel(page, (m) => m.url, url);
      await sleep(1500);
      const widget = await page.evaluate(() => {
        const root = document.querySelector('acme-help-widget')?.shadowRoot;
        return Array.from(root?.querySelectorAll('input') ?? []).map((i) => `${i.id}=${i.value}`);
      });
      expect(widget).toEqual(['w-mail=', 'w-url=', 'w-msg=']);
    });
  });

  it('H10 Webhook editor named "AlertOps" by the user, described "Forwards to AlertOps", whose own variable is called "AlertOpsUrl" with help text "Paste your AlertOps API URL": nothing filled, no prompt', async () => {
    const helpRow = `<tr><td colspan="3" class="help">Paste your AlertOps API URL here (https://notify.alertops.com/…).</td></tr>`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Edit/h10*',
      doc(
        'Uptrends - Integrations',
        `${UPTRENDS_CHROME}<main><h1>AlertOps</h1>${editorForm({ type: 'Webhook', description: 'Forwards to AlertOps', extraRows: helpRow })}</main>`,
        `${wireEditor()}document.getElementById('int-name').value = 'AlertOps'; window.model.name = 'AlertOps';`,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/h10');
      await page.getByRole('heading', { name: 'AlertOps' }).waitFor();
      await page.mouse.click(5, 400);
      await sleep(3000);
      expect(await page.locator('#int-var-0-value').inputValue()).toBe('');
      expect(await noticeText(page)).not.toMatch(/filled in|Replace/i);
    });
  });

  it('H11 editor whose page strips the URL right after every input (a controlled field that reverts): the extension does not fight it forever (ambiguous how many tries; asserted at most 5 in 8 s of use) and the page stays responsive', async () => {
    const script = `
window.model = { url: '', sets: 0 };
const field = document.getElementById('int-var-0-value');
field.addEventListener('input', () => {
  if (field.value.includes('notify.alertops.com')) {
    window.model.sets++;
    setTimeout(() => { field.value = ''; window.model.url = ''; }, 100);
  }
});`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Edit/h11*',
      doc(
        'Uptrends - Integrations',
        `${UPTRENDS_CHROME}<main><h1>New integration</h1>${editorForm({})}</main>`,
        script,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/h11');
      await pollModel(page, (m) => m.sets > 0, true);
      // The user keeps working on the page for 8 s.
      for (let i = 0; i < 8; i++) {
        await page.mouse.click(5, 300 + i);
        await page.keyboard.press('Shift');
        await sleep(1000);
      }
      const sets = (await page.evaluate(() => (window as PageModel).model.sets)) as number;
      expect(sets, 'times the URL was written into the reverting field').toBeLessThanOrEqual(5);
      const started = Date.now();
      await page.evaluate(() => document.body.childElementCount);
      expect(Date.now() - started).toBeLessThan(1000);
    });
  });
});

describe('Uptrends escalation levels with lookalike names', () => {
  it('H12 saved as "AlertOps prod"; its level also lists "Not AlertOps", "AlertOps (old)" and, in other sections, an operator group "AlertOps prod" and a monitor group "AlertOps": only the integration "AlertOps prod" is ticked', async () => {
    await clearLocalStorage(browser);
    const url = validUrl();
    await captureOnAlertOps(url);
    const saveScript = `${wireEditor()}
document.getElementById('int-save').addEventListener('click', () => {
  window.model.saved = { name: window.model.name, url: window.model.url };
  const s = document.createElement('div'); s.setAttribute('role', 'status'); s.textContent = 'Saved'; document.body.append(s);
});`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Edit/h12*',
      doc(
        'Uptrends - Integrations',
        `${UPTRENDS_CHROME}<main><h1>New integration</h1>${editorForm({})}</main>`,
        saveScript,
      ),
    );
    const sections =
      checkList('Alerting by operators', [
        ['op-1', 'Web team'],
        ['op-2', 'AlertOps prod'],
      ]) +
      checkList('Monitor groups', [['mg-1', 'AlertOps']]) +
      checkList('Alerting by integrations', [
        ['i-mail', 'E-mail'],
        ['i-sms', 'SMS'],
        ['i-not', 'Not AlertOps'],
        ['i-old', 'AlertOps (old)'],
        ['i-prod', 'AlertOps prod'],
      ]);
    await serve(browser, 'https://app.uptrends.com/Alerting/AlertDefinitions/Edit/h12*', levelPage(sections));
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/h12');
      await pollModel(page, (m) => m.url, url);
      await page.getByRole('textbox', { name: 'Integration name' }).fill('AlertOps prod');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await eventually(
        () => storedCaptures(browser),
        (list) => list.find((c) => c.url === url)?.filled?.uptrendsName === 'AlertOps prod',
      );
      await page.goto('https://app.uptrends.com/Alerting/AlertDefinitions/Edit/h12');
      await pollModel(page, (m) => m.boxes['i-prod'], true);
      await sleep(1500);
      const boxes = (await page.evaluate(() => (window as PageModel).model.boxes)) as Record<string, boolean>;
      expect(boxes).toEqual({
        'lvl-active': true,
        'op-1': false,
        'op-2': false,
        'mg-1': false,
        'i-mail': false,
        'i-sms': false,
        'i-not': false,
        'i-old': false,
        'i-prod': true,
      });
    });
  });

  it('H13 two AlertOps integrations whose names carry markup ("AlertOps <img onerror>", "AlertOps \\"><svg onload>"): the chooser shows them as text, runs nothing, ignores the page\'s own clicks on it; a real click ticks only the chosen one', async () => {
    const state = (await browser.storage()).bridgeState as Record<string, unknown>;
    await browser.setStorage({ bridgeState: { ...state, uptrendsNames: [] } });
    const evilA = 'AlertOps <img src=x onerror="window.pwned=1">';
    const evilB = 'AlertOps "><svg onload="window.pwned=2">';
    const script = `
window.pwned = 0; window.pageClicks = [];
setInterval(() => {
  const host = document.querySelector('${NOTICE}');
  const root = host && host.shadowRoot;
  if (!root) return;
  for (const b of root.querySelectorAll('button')) {
    if (/onerror/.test(b.textContent)) { b.click(); b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })); window.pageClicks.push(b.textContent); }
  }
}, 200);`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/AlertDefinitions/Edit/h13*',
      levelPage(
        checkList('Alerting by integrations', [
          ['i-mail', 'E-mail'],
          ['i-a', evilA],
          ['i-b', evilB],
        ]),
        script,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/AlertDefinitions/Edit/h13');
      const choice = page.locator(NOTICE).getByRole('button', { name: evilB });
      try {
        await choice.waitFor({ timeout: 12_000 });
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${await explain(page)}`);
      }
      await sleep(1500);
      const seen = await page.evaluate(() => ({
        pwned: (window as PageModel).pwned,
        clicks: ((window as PageModel).pageClicks as string[]).length,
        boxes: (window as PageModel).model.boxes,
      }));
      expect(seen.pwned, 'markup from a name ran').toBe(0);
      expect(seen.clicks, "the page's own clicks happened (the test page works)").toBeGreaterThan(0);
      expect(seen.boxes, 'nothing ticked by the page clicking the chooser').toEqual({
        'lvl-active': true,
        'i-mail': false,
        'i-a': false,
        'i-b': false,
      });
      await choice.click();
      await pollModel(page, (m) => m.boxes, { 'lvl-active': true, 'i-mail': false, 'i-a': false, 'i-b': true });
      expect(await page.evaluate(() => (window as PageModel).pwned)).toBe(0);
    });
  });
});

describe('Uptrends pages that watch, patch or imitate the extension', () => {
  let url: string;

  beforeAll(async () => {
    await clearLocalStorage(browser);
    url = validUrl();
    await captureOnAlertOps(url, 'Uptrends watched');
  });

  /** Page-world spy: every event type on window and document (capture phase), window messages, attribute writes. */
  const SPY = `
window.__spy = { events: [], untrusted: {}, attrs: [] };
(function () {
  const types = new Set(['input', 'change', 'beforeinput', 'textInput', 'message', 'copy', 'cut', 'paste', 'focusin', 'focusout',
    'capture', 'fill', 'bridge', 'alertops', 'uptrends', 'notify', 'secret', 'url', 'insert', 'replace']);
  for (const k in window) if (k.startsWith('on')) types.add(k.slice(2));
  for (const k in document) if (k.startsWith('on')) types.add(k.slice(2));
  const str = (v) => { try { return typeof v === 'string' ? v : v == null ? '' : JSON.stringify(v); } catch (e) { return String(v); } };
  const record = (e) => {
    if (!e.isTrusted) window.__spy.untrusted[e.type] = (window.__spy.untrusted[e.type] || 0) + 1;
    const payload = [str(e.detail), str(e.data), e.clipboardData ? e.clipboardData.getData('text') : ''].join(' ');
    if (/alertops/i.test(payload)) window.__spy.events.push({ type: e.type, target: (e.target && (e.target.id || e.target.nodeName)) || '', payload });
  };
  for (const t of types) { window.addEventListener(t, record, true); document.addEventListener(t, record, true); }
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type !== 'attributes') continue;
      const v = r.target.getAttribute(r.attributeName);
      if (v && /alertops/i.test(v)) window.__spy.attrs.push((r.target.id || r.target.nodeName) + ' ' + r.attributeName + '=' + v);
    }
  }).observe(document, { attributes: true, subtree: true });
})();`;

  it('H14 page spying on every event, window message, attribute write, open shadow root and its own storage while the editor is filled: the key shows only in the intended field', async () => {
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Edit/h14*',
      doc(
        'Uptrends - Integrations',
        `${UPTRENDS_CHROME}<main><h1>New integration</h1>${editorForm({})}</main>`,
        wireEditor(),
        `<script>${SPY}</script>`,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/h14');
      await pollModel(page, (m) => m.url, url);
      await sleep(1500);
      const key = keyOf(url);
      const seen = await page.evaluate((k) => {
        const w = window as PageModel;
        const field = document.getElementById('int-var-0-value') as HTMLInputElement;
        const found: string[] = [];
        const walk = (root: Document | ShadowRoot, where: string) => {
          for (const el of Array.from(root.querySelectorAll('*'))) {
            for (const attr of Array.from(el.attributes)) {
              if (el === field && attr.name === 'value') continue;
              if (attr.value.includes(k)) found.push(`${where} ${el.nodeName}[${attr.name}]`);
            }
            if (el !== field && (el as HTMLInputElement).value?.includes?.(k))
              found.push(`${where} ${el.nodeName}.value`);
            if (el.shadowRoot) {
              if ((el.shadowRoot.textContent ?? '').includes(k)) found.push(`shadow text of ${el.nodeName}`);
              walk(el.shadowRoot, `shadow of ${el.nodeName}`);
            }
          }
        };
        walk(document, 'document');
        for (const node of Array.from(document.body.childNodes))
          if (node.nodeType === 3 && (node.textContent ?? '').includes(k)) found.push('body text');
        const clone = document.body.cloneNode(true) as HTMLElement;
        clone.querySelector('#int-var-0-value')?.remove();
        if ((clone.textContent ?? '').includes(k)) found.push('page text');
        const stores = [
          JSON.stringify({ ...localStorage }),
          JSON.stringify({ ...sessionStorage }),
          document.cookie,
          window.name,
          document.title,
          location.href,
        ];
        stores.forEach((s, i) => {
          if (s.includes(k)) found.push(`store ${i}`);
        });
        const events = (w.__spy.events as { type: string; target: string; payload: string }[]).filter(
          (e) => e.payload.includes(k) && e.target !== 'int-var-0-value',
        );
        const attrs = (w.__spy.attrs as string[]).filter(
          (a) => a.includes(k) && !a.startsWith('int-var-0-value value='),
        );
        return { found, events, attrs, untrusted: w.__spy.untrusted };
      }, key);
      // The spy works: it saw the extension's own (untrusted) input or change events on the field.
      expect(
        (seen.untrusted.input ?? 0) + (seen.untrusted.change ?? 0),
        JSON.stringify(seen.untrusted),
      ).toBeGreaterThan(0);
      expect({ found: seen.found, events: seen.events, attrs: seen.attrs }, JSON.stringify(seen.untrusted)).toEqual({
        found: [],
        events: [],
        attrs: [],
      });
    });
  });

  it('H15 page-world script breaks MutationObserver, querySelectorAll, textContent/innerText, JSON, Array.map, Promise.then and the input value setter before the editor renders: the editor is still filled and the page model learns it', async () => {
    const script = `
const J = JSON, stringify = JSON.stringify;
window.__readModel = (n) => stringify.call(J, window[n] ?? null);
window.model = { name: '', url: '' };
const empty = document.createDocumentFragment().querySelectorAll('x');
Element.prototype.querySelectorAll = function () { return empty; };
Document.prototype.querySelectorAll = function () { return empty; };
window.MutationObserver = class { observe() {} disconnect() {} takeRecords() { return []; } };
Object.defineProperty(Node.prototype, 'textContent', { configurable: true, get() { return ''; }, set() {} });
Object.defineProperty(HTMLElement.prototype, 'innerText', { configurable: true, get() { return ''; }, set() {} });
const valueDesc = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
Object.defineProperty(HTMLInputElement.prototype, 'value', { configurable: true, get() { return valueDesc.get.call(this); },
  set(v) { valueDesc.set.call(this, String(v).replace(/alertops/gi, 'blocked')); } });
JSON.parse = () => { throw new Error('no JSON here'); };
JSON.stringify = () => { throw new Error('no JSON here'); };
Array.prototype.map = function () { throw new Error('no map here'); };
Promise.prototype.then = function () { throw new Error('no then here'); };
setTimeout(() => {
  const tpl = document.getElementById('tpl');
  document.getElementById('main').append(tpl.content.cloneNode(true));
  const name = document.getElementById('int-name'), url = document.getElementById('int-var-0-value');
  for (const ev of ['input', 'change']) {
    name.addEventListener(ev, () => { window.model.name = valueDesc.get.call(name); });
    url.addEventListener(ev, () => { window.model.url = valueDesc.get.call(url); });
  }
}, 700);`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Edit/h15*',
      doc(
        'Uptrends - Integrations',
        `${UPTRENDS_CHROME}<main id="main"><h1>New integration</h1></main><template id="tpl">${editorForm({})}</template>`,
        script,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/h15');
      const read = async () =>
        JSON.parse(await page.evaluate(() => (window as PageModel).__readModel('model') as string));
      try {
        await expect.poll(async () => (await read()).url, { timeout: 12_000 }).toBe(url);
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${JSON.stringify(await read())}`);
      }
      expect((await read()).name).toMatch(/AlertOps/);
    });
  });

  it('H16 page pre-creates an element carrying the notice marker with its own shadow root ("AlertOps URL filled in ✓") on an editor holding another URL: the real "Replace?" prompt still reaches the user and works', async () => {
    const own = validUrl();
    const fake = `
const fake = document.createElement('div');
fake.setAttribute('data-uptrends-alertops-bridge', '');
fake.attachShadow({ mode: 'open' }).innerHTML = '<div role="status">AlertOps URL filled in ✓</div><button type="button">OK</button>';
document.body.prepend(fake);`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Edit/h16*',
      doc(
        'Uptrends - Integrations',
        `${UPTRENDS_CHROME}<main><h1>AlertOps production</h1>${editorForm({ value: own })}</main>`,
        `${wireEditor()}`,
        `<script>document.addEventListener('DOMContentLoaded', () => { ${fake} });</script>`,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/h16');
      const replace = page.locator(NOTICE).getByRole('button', { name: 'Replace with the AlertOps URL' });
      try {
        await replace.waitFor({ timeout: 12_000 });
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${await explain(page)}`);
      }
      expect(await page.locator('#int-var-0-value').inputValue()).toBe(own);
      await replace.click();
      await pollModel(page, (m) => m.url, url);
    });
  });

  it('H17 page makes the "Replace?" prompt transparent and moves its Replace button over the page\'s own "Send test alert" button; the user clicks that button: the field keeps its value (ambiguous; safer: a hidden prompt takes no clicks)', async () => {
    const own = validUrl();
    const script = `${wireEditor()}
window.overlaid = false;
setInterval(() => {
  const host = document.querySelector('${NOTICE}');
  const root = host && host.shadowRoot;
  const btn = root && Array.from(root.querySelectorAll('button')).find((b) => /Replace/.test(b.textContent));
  if (!btn) return;
  host.style.setProperty('opacity', '0', 'important');
  host.style.setProperty('display', 'block', 'important');
  const target = document.getElementById('int-test').getBoundingClientRect();
  const b = btn.getBoundingClientRect();
  const dx = target.left + target.width / 2 - (b.left + b.width / 2), dy = target.top + target.height / 2 - (b.top + b.height / 2);
  if (Math.abs(dx) > 1 || Math.abs(dy) > 1) {
    const m = /translate\\((-?[\\d.]+)px, (-?[\\d.]+)px\\)/.exec(host.style.transform || '') || [0, 0, 0];
    host.style.setProperty('transform', 'translate(' + (Number(m[1]) + dx) + 'px, ' + (Number(m[2]) + dy) + 'px)', 'important');
  }
  window.overlaid = true;
}, 50);`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Edit/h17*',
      doc(
        'Uptrends - Integrations',
        `${UPTRENDS_CHROME}<main><h1>AlertOps production</h1>${editorForm({ value: own })}</main>`,
        script,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/h17');
      await expect.poll(() => noticeText(page), { timeout: 12_000 }).toMatch(/Replace/);
      await sleep(600);
      const box = await page.locator('#int-test').boundingBox();
      if (!box) throw new Error('no Send test alert button');
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      const onTop = await page.evaluate(
        ([px, py]) => {
          const el = document.elementFromPoint(px as number, py as number);
          const host = document.querySelector('[data-uptrends-alertops-bridge]') as HTMLElement | null;
          const btn = Array.from(host?.shadowRoot?.querySelectorAll('button') ?? []).find((b) =>
            /Replace/.test(b.textContent ?? ''),
          );
          const r = btn?.getBoundingClientRect();
          return {
            overlaid: (window as PageModel).overlaid,
            hit: el?.id || el?.nodeName,
            btn: r && [r.left, r.top, r.width, r.height],
            at: [px, py],
            hostStyle: host?.getAttribute('style'),
            hostCss: host && getComputedStyle(host).pointerEvents,
          };
        },
        [x, y],
      );
      await page.mouse.click(x, y);
      await sleep(1500);
      expect(
        await page.locator('#int-var-0-value').inputValue(),
        `value after the user clicked "Send test alert" (the page had put ${JSON.stringify(onTop)} there)`,
      ).toBe(own);
    });
  });

  it('H18 the notice and prompts the extension adds on Uptrends never show the full URL (masked is fine): after a fill, and in a "Replace?" prompt', async () => {
    const own = validUrl();
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Edit/h18*',
      doc(
        'Uptrends - Integrations',
        `${UPTRENDS_CHROME}<main><h1>AlertOps production</h1>${editorForm({ value: own })}</main>`,
        wireEditor(),
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/h18');
      await expect.poll(() => noticeText(page), { timeout: 12_000 }).toMatch(/Replace/);
      const everything = () =>
        page.locator(NOTICE).evaluateAll((hosts) =>
          hosts
            .map((h) => {
              const root = h.shadowRoot;
              const attrs = Array.from(root?.querySelectorAll('*') ?? []).flatMap((e) =>
                Array.from(e.attributes).map((a) => a.value),
              );
              return [root?.textContent ?? '', ...attrs, ...Array.from(h.attributes).map((a) => a.value)].join(' ');
            })
            .join('\n'),
        );
      expect(await everything()).not.toContain(keyOf(url));
      await page.locator(NOTICE).getByRole('button', { name: 'Replace with the AlertOps URL' }).click();
      await pollModel(page, (m) => m.url, url);
      await sleep(500);
      expect(await everything()).not.toContain(keyOf(url));
    });
  });
});

describe('logs', () => {
  it('no key shown by any page of this file appears in a console line of a page or the worker', () => {
    const logs = browser.logs.join('\n');
    expect(issuedKeys().length).toBeGreaterThan(12);
    const leaked = issuedKeys().filter((key) => logs.includes(key) || logs.includes(key.slice(0, 18)));
    expect(leaked).toEqual([]);
  });
});
