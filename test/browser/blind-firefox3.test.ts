/**
 * Blind acceptance renderings, round "Firefox 3": what users of Firefox meet on real consoles. Written from domain.md,
 * the README and the Firefox test helpers only (no extension source read), in real Firefox ESR with dist/firefox
 * installed (see firefox.ts).
 *
 * Uptrends: an editor in a native modal `<dialog>`, a framework that keeps its model in a JS object and learns values
 * only from `input` (the content script sees the page through Xray wrappers), a "⋯" value dialog drawn with ARIA
 * radios where the vault is preselected, a type shown only inside a web component's shadow root, a name field with
 * maxlength, a copy of the editor pasted into a contenteditable notes box, escalation levels as accordion sections,
 * `<input type="button" role="checkbox">` boxes, a level list that appears 3 s late, and the AlertOps integration
 * already ticked. AlertOps: the URL in a readonly input inside the open shadow root of a custom element defined 2 s
 * late, a page that rewrites itself with document.open()/write(), and the older per-tenant console's WebForms table.
 *
 * Pages are served on the real host names by puppeteer's request interception; the URL to capture never appears in a
 * page's own script text (it comes from a fetch), except where a server would render it into the markup. Assertions
 * read what the user sees, the page's own model (`window.model`, what its Save would send), or the stored captures.
 */

import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, type FirefoxWithExtension, firefoxSkipReason, launchFirefoxWithExtension } from './firefox.ts';
import {
  type AnyModel,
  explain,
  json,
  model,
  noticeText,
  pollModel as pollPageModel,
  type Route,
  seedCapture as seedSavedIntegration,
  waitForCapture as waitForStoredCapture,
  withServed as withServedPages,
} from './firefox-pages.ts';
import { escapeHtml as esc, issuedKeys, validUrl as newUrl, sleep } from './hostile-pages.ts';

const TEST_TIMEOUT = 120_000;
const WAIT = 15_000;

const skipReason = await firefoxSkipReason();
if (skipReason) console.warn(`[firefox] blind Firefox 3 renderings SKIPPED: ${skipReason}`);

const STYLE = `<style>
body{font:14px system-ui,sans-serif;margin:0;padding:0 8px 60px} .mono{font-family:monospace} [hidden]{display:none!important}
table{border-collapse:collapse} td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}
.tab-pane{display:none}.tab-pane.active{display:block}
.field{margin:6px 0} label{margin-right:6px}
</style>`;
function doc(lang: string, title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>${STYLE}</head>
<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}
/** Words a notice uses to tell the user the fill did not happen. */
const TOLD_FAILED = /could not|couldn't|can't|cannot|failed|did not|didn't|by hand|manually|not filled|unable/i;

describe.skipIf(skipReason !== undefined)(
  'Firefox blind renderings 3: what Firefox users meet on real consoles',
  () => {
    let ff: FirefoxWithExtension;

    beforeAll(async () => {
      ff = await launchFirefoxWithExtension();
    }, TEST_TIMEOUT);

    afterAll(async () => {
      await ff?.close();
    }, TEST_TIMEOUT);

    const withServed = <T>(routes: Record<string, Route>, run: (page: Page) => Promise<T>) =>
      withServedPages(ff, routes, run);

    const waitForCapture = (url: string, timeout = WAIT) => waitForStoredCapture(ff, url, timeout);

    const pollModel = (page: Page, read: (m: AnyModel) => unknown, expected: unknown, timeout = WAIT) =>
      pollPageModel(page, read, expected, timeout, explain);

    async function withExplain<T>(page: Page, run: () => Promise<T>): Promise<T> {
      try {
        return await run();
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${await explain(page)}`);
      }
    }

    /** Clicks (trusted, like a user) the first element matching `selector` whose trimmed text is `text`. */
    async function clickText(page: Page, selector: string, text: string, timeout = WAIT): Promise<void> {
      const handle = await page.waitForFunction(
        (sel, t) =>
          Array.from(document.querySelectorAll(sel)).find((el) => (el.textContent ?? '').trim() === t) ?? null,
        { timeout },
        selector,
        text,
      );
      await (handle.asElement() as ElementHandle<Element>).click();
    }

    /** A user's click on an empty corner of the page: the page is in use. */
    async function poke(page: Page): Promise<void> {
      await page.mouse.click(3, 855);
    }

    const saved = (page: Page) => page.evaluate(() => (window as AnyModel).saved);

    /** Lets the extension capture a fresh URL on a plain AlertOps saved page: the newest capture, the one to fill. */
    const seedCapture = (label: string) => seedSavedIntegration(ff, label, WAIT);

    /* ============================================================================================================= */

    describe('Uptrends: the integration editor', () => {
      it(
        'F3-01 EN editor in a native <dialog> opened with showModal(), holding another URL: the "Replace?" prompt is drawn above the modal backdrop and a real click on it replaces the URL (name kept, no Save)',
        async () => {
          const fillUrl = await seedCapture('Uptrends – F3-01');
          const own = newUrl('Custom');
          const script = `
window.model = { name: 'AlertOps – day shift', url: ${JSON.stringify(own)} };
window.saved = false;
const dlg = document.getElementById('editor');
for (const el of dlg.querySelectorAll('input[data-k]')) {
  el.value = window.model[el.dataset.k];
  const sync = () => { window.model[el.dataset.k] = el.value; };
  el.addEventListener('input', sync);
  el.addEventListener('change', sync);
}
document.getElementById('edit').addEventListener('click', () => dlg.showModal());
document.getElementById('cancel').addEventListener('click', () => dlg.close());
document.getElementById('save').addEventListener('click', () => { window.saved = true; });`;
          const body = `<nav>Alerting &gt; Integrations</nav><main><h1>Integrations</h1>
<table><thead><tr><th>Name</th><th>Type</th><th></th></tr></thead><tbody>
<tr><td>AlertOps – day shift</td><td>AlertOps</td><td><button type="button" id="edit">Edit</button></td></tr></tbody></table>
<p><button type="button">Add integration</button></p></main>
<dialog id="editor" aria-labelledby="dlg-title" style="width:760px">
<h2 id="dlg-title">Edit integration</h2>
<div class="field"><label for="name">Integration name</label><input id="name" type="text" size="40" data-k="name"></div>
<div class="field"><label>Integration type</label> <span>AlertOps</span></div>
<h3>Predefined variables</h3>
<div class="field"><label for="v-url">AlertOpsUrl</label> <select aria-label="Value source"><option>Specify value here</option><option>Specify value in escalation level</option></select>
<input id="v-url" type="text" size="80" data-k="url"></div>
<p><button type="button" id="save">Save</button> <button type="button" id="cancel">Cancel</button></p></dialog>`;
          const address = 'https://app.uptrends.com/Alerting/Integrations';
          await withServed({ [address]: doc('en', 'Uptrends', body, script) }, async (page) => {
            await page.goto(address);
            await page.click('#edit');
            expect(await page.evaluate(() => (document.getElementById('editor') as HTMLDialogElement).open)).toBe(true);
            await withExplain(page, () =>
              eventually(
                () => noticeText(page),
                (t) => /replace/i.test(t),
                WAIT,
              ),
            );
            await sleep(800);
            expect((await model(page)).url, 'not replaced before the user answers').toBe(own);
            const target = await page.evaluate(() => {
              const seen: string[] = [];
              for (const host of Array.from(document.querySelectorAll('[data-uptrends-alertops-bridge]'))) {
                const root = host.shadowRoot;
                if (!root) continue;
                const buttons = Array.from(root.querySelectorAll('button'));
                seen.push(...buttons.map((b) => (b.textContent ?? '').trim()));
                const b =
                  buttons.find((x) =>
                    /replace/i.test(`${x.textContent ?? ''} ${x.getAttribute('aria-label') ?? ''}`),
                  ) ?? buttons.find((x) => /^\s*(yes|use)\b/i.test(x.textContent ?? ''));
                if (!b) continue;
                const r = b.getBoundingClientRect();
                const x = r.left + r.width / 2;
                const y = r.top + r.height / 2;
                const top = document.elementFromPoint(x, y);
                const on = top === host || (top !== null && host.contains(top));
                return {
                  x,
                  y,
                  size: `${r.width}x${r.height}`,
                  top: on ? 'notice' : top ? `${top.tagName.toLowerCase()}#${top.id}` : 'nothing',
                  inDialog: host.closest('dialog') !== null,
                  seen,
                };
              }
              return { x: 0, y: 0, size: '', top: 'no replace button', inDialog: false, seen };
            });
            expect(
              target.top,
              `the prompt's Replace button is what the user's pointer reaches (${JSON.stringify(target)})`,
            ).toBe('notice');
            await page.mouse.click(target.x, target.y);
            await pollModel(page, (m) => m.url, fillUrl);
            const m = await model(page);
            expect(m.name, 'the name the user typed is kept').toBe('AlertOps – day shift');
            expect(await page.$eval('#v-url', (el) => (el as HTMLInputElement).value)).toBe(fillUrl);
            expect(await page.evaluate(() => (document.getElementById('editor') as HTMLDialogElement).open)).toBe(true);
            expect(await saved(page), 'never clicks Save').toBe(false);
          });
        },
        TEST_TIMEOUT,
      );

      it(
        'F3-02 NL, Angular-like: the model is a JS Proxy behind an own "value" accessor on each input (Xray bypasses it) and learns values only from "input": the page model holds URL and name',
        async () => {
          const fillUrl = await seedCapture('Uptrends – F3-02');
          // In Chrome a content script's `el.value = x` would run the page's own accessor; in Firefox, through Xray, it
          // sets the native value only, so the model learns it from the `input` event alone (no change handler).
          const script = `
const state = { name: '', url: '' };
const watchers = [];
window.model = new Proxy(state, { set(t, k, v) { t[k] = v; for (const w of watchers) w(k, v); return true; } });
window.saved = false;
const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
for (const el of document.querySelectorAll('input[data-ng-key]')) {
  el.__ngKey = el.getAttribute('data-ng-key');
  Object.defineProperty(el, 'value', { configurable: true,
    get() { return state[this.__ngKey]; },
    set(v) { window.model[this.__ngKey] = String(v); } });
  watchers.push((k, v) => { if (k === el.__ngKey && proto.get.call(el) !== v) proto.set.call(el, v); });
  el.addEventListener('compositionstart', () => { el.__composing = true; });
  el.addEventListener('compositionend', () => { el.__composing = false; window.model[el.__ngKey] = proto.get.call(el); });
  el.addEventListener('input', (e) => { if (!el.__composing) window.model[el.__ngKey] = proto.get.call(e.target); });
}
document.getElementById('save').addEventListener('click', () => { window.saved = true; });`;
          const body = `<nav>Alerting &gt; Integraties</nav><main><h1>Integratie bewerken</h1>
<form novalidate onsubmit="return false">
<div class="field"><label for="i-name">Integratienaam</label><input id="i-name" type="text" size="40" data-ng-key="name" class="ng-untouched ng-pristine"></div>
<div class="field"><label for="i-type">Integratietype</label><input id="i-type" type="text" readonly value="AlertOps"></div>
<h2>Voorgedefinieerde variabelen</h2>
<div class="field"><label for="i-url">AlertOpsUrl</label> <select aria-label="Waardebron"><option>Waarde hier opgeven</option><option>Waarde opgeven in escalatieniveau</option></select>
<input id="i-url" type="text" size="80" data-ng-key="url" class="ng-untouched ng-pristine"></div>
<button type="button" id="save">Opslaan</button> <button type="button">Testalert versturen</button></form></main>`;
          const address = 'https://app.uptrends.com/Alerting/Integraties/Bewerken/31a2b3c4';
          await withServed({ [address]: doc('nl', 'Uptrends', body, script) }, async (page) => {
            await page.goto(address);
            await pollModel(page, (m) => m.url, fillUrl);
            await pollModel(page, (m) => m.name !== '', true);
            await sleep(1000);
            const m = await model(page);
            const native = await page.evaluate(() => {
              const get = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.get;
              const read = (id: string) => get?.call(document.getElementById(id)) as string;
              return { url: read('i-url'), name: read('i-name') };
            });
            expect(native.url, 'the field shows what the model holds').toBe(m.url);
            expect(native.name).toBe(m.name);
            expect(await saved(page), 'never clicks Save').toBe(false);
          });
        },
        TEST_TIMEOUT,
      );

      it(
        'F3-03 EN "⋯" value dialog drawn with ARIA radios (role=radio aria-checked), "Vault credential" preselected: the URL ends stored as Plain text, or the user is told it failed (never a vault value, never a false success)',
        async () => {
          const fillUrl = await seedCapture('Uptrends – F3-03');
          const script = `
window.model = { name: '', url: null };
window.saved = false;
window.dialogs = 0;
const display = document.getElementById('v-display');
function showValue() { const v = window.model.url; display.value = !v ? '' : v.kind === 'plain' ? v.value : 'Vault: ' + v.credential; }
const nameEl = document.getElementById('name');
nameEl.addEventListener('input', () => { window.model.name = nameEl.value; });
nameEl.addEventListener('change', () => { window.model.name = nameEl.value; });
document.getElementById('dots').addEventListener('click', () => {
  window.dialogs++;
  let kind = 'vault'; // the account's default value type
  const host = document.getElementById('dialog-host');
  host.innerHTML = '<div class="backdrop" style="position:fixed;inset:0;background:#0004"></div>' +
    '<div class="value-dialog" role="dialog" aria-modal="true" aria-labelledby="vd-title" style="position:fixed;top:15%;left:20%;width:60%;background:#fff;padding:16px;border:1px solid #888">' +
    '<h2 id="vd-title">Value of AlertOpsUrl</h2>' +
    '<div role="radiogroup" aria-label="Value type" id="kinds">' +
    '<div role="radio" data-kind="plain" tabindex="-1" aria-checked="false" style="cursor:pointer;padding:4px">○ Plain text</div>' +
    '<div role="radio" data-kind="vault" tabindex="0" aria-checked="true" style="cursor:pointer;padding:4px">● Vault credential</div></div>' +
    '<div id="kind-body" class="field"></div>' +
    '<button type="button" id="vd-select">Select</button> <button type="button" id="vd-cancel">Cancel</button></div>';
  const kindBody = host.querySelector('#kind-body');
  function renderKind() {
    for (const r of host.querySelectorAll('[role=radio]')) {
      const on = r.dataset.kind === kind;
      r.setAttribute('aria-checked', String(on));
      r.tabIndex = on ? 0 : -1;
      r.firstChild.textContent = (on ? '● ' : '○ ') + (r.dataset.kind === 'plain' ? 'Plain text' : 'Vault credential');
    }
    kindBody.innerHTML = kind === 'plain'
      ? '<label for="vd-value">Value</label> <input id="vd-value" type="text" size="70">'
      : '<label for="vd-cred">Credential</label> <select id="vd-cred"><option value="">Choose a credential…</option><option value="c-17">Production API key</option><option value="c-18">Staging API key</option></select>';
  }
  renderKind();
  const kinds = host.querySelector('#kinds');
  kinds.addEventListener('click', (e) => { const r = e.target.closest('[role=radio]'); if (r) { kind = r.dataset.kind; renderKind(); } });
  kinds.addEventListener('keydown', (e) => {
    if (e.key === ' ') { const r = e.target.closest('[role=radio]'); if (r) { e.preventDefault(); kind = r.dataset.kind; renderKind(); } return; }
    if (!e.key.startsWith('Arrow')) return;
    e.preventDefault(); kind = kind === 'plain' ? 'vault' : 'plain'; renderKind(); host.querySelector('[role=radio][aria-checked=true]').focus();
  });
  host.querySelector('#vd-select').addEventListener('click', () => {
    window.model.url = kind === 'plain'
      ? { kind: 'plain', value: host.querySelector('#vd-value').value }
      : { kind: 'vault', credential: host.querySelector('#vd-cred').value };
    host.replaceChildren(); showValue();
  });
  host.querySelector('#vd-cancel').addEventListener('click', () => host.replaceChildren());
});
document.getElementById('save').addEventListener('click', () => { window.saved = true; });`;
          const body = `<nav>Alerting &gt; Integrations</nav><main><h1>Edit integration</h1>
<div class="field"><label for="name">Integration name</label><input id="name" type="text" size="40"></div>
<div class="field"><label for="type">Integration type</label><select id="type" disabled><option>AlertOps</option></select></div>
<h2>Predefined variables</h2>
<table><thead><tr><th>Variable</th><th>Value source</th><th>Value</th><th></th></tr></thead><tbody>
<tr><td id="var-0">AlertOpsUrl</td><td><select aria-labelledby="var-0"><option>Specify value here</option><option>Specify value in escalation level</option></select></td>
<td><input id="v-display" type="text" size="60" readonly aria-labelledby="var-0" placeholder="No value"></td>
<td><button type="button" id="dots" aria-label="Edit value of AlertOpsUrl" title="Edit value">⋯</button></td></tr></tbody></table>
<p><button type="button" id="save">Save</button> <button type="button">Send test alert</button></p></main>
<div id="dialog-host"></div>`;
          const address = 'https://app.uptrends.com/Alerting/Integrations/Edit/a1b2c3d4';
          await withServed({ [address]: doc('en', 'Uptrends', body, script) }, async (page) => {
            await page.goto(address);
            const filled = (m: AnyModel) => m?.url?.kind === 'plain' && m.url.value === fillUrl;
            await withExplain(page, () =>
              eventually(
                async () => ({ m: await model(page), notice: await noticeText(page) }),
                ({ m, notice }) => filled(m) || TOLD_FAILED.test(notice),
                WAIT,
              ),
            );
            await sleep(2500);
            const m = await model(page);
            const notice = await noticeText(page);
            if (filled(m)) {
              expect(await page.$eval('#v-display', (el) => (el as HTMLInputElement).value)).toBe(fillUrl);
            } else {
              expect(notice, 'told the fill failed').toMatch(TOLD_FAILED);
              expect(m.url, `nothing committed through the vault (${notice})`).toBeNull();
            }
            expect(JSON.stringify(m.url ?? null)).not.toContain('"vault"');
            expect(await saved(page), 'never clicks Save').toBe(false);
          });
        },
        TEST_TIMEOUT,
      );

      it(
        'F3-04 DE, the type select is a <ut-select> web component showing its type only in its open shadow root: a Slack editor is left empty, the AlertOps one is filled',
        async () => {
          const fillUrl = await seedCapture('Uptrends – F3-04');
          const editor = (typeId: string) => `
const TYPES = { '3': 'Slack', '7': 'AlertOps', '9': 'Microsoft Teams' };
// Set before the element is upgraded: its connectedCallback reads it once.
document.getElementById('type').setAttribute('value', ${JSON.stringify(typeId)});
customElements.define('ut-select', class extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>button{min-width:16em;text-align:left;padding:4px 8px}</style>' +
      '<button type="button" role="combobox" aria-expanded="false" disabled part="trigger"><span class="value"></span> ▾</button>';
  }
  connectedCallback() { this.shadowRoot.querySelector('.value').textContent = TYPES[this.getAttribute('value')] || ''; }
});
window.model = { typeId: ${JSON.stringify(typeId)}, name: '', url: '' };
window.saved = false;
for (const el of document.querySelectorAll('input[data-k]')) {
  const sync = () => { window.model[el.dataset.k] = el.value; };
  el.addEventListener('input', sync); el.addEventListener('change', sync);
}
document.getElementById('save').addEventListener('click', () => { window.saved = true; });`;
          const body = `<nav>Alarmierung &gt; Integrationen</nav><main><h1>Integration bearbeiten</h1>
<div class="field"><label for="name">Integrationsname</label><input id="name" type="text" size="40" data-k="name"></div>
<div class="field"><label id="type-l">Integrationstyp</label> <ut-select id="type" aria-labelledby="type-l"></ut-select></div>
<h2>Vordefinierte Variablen</h2>
<div class="field"><label for="v-url">Url</label> <select aria-label="Werttyp"><option>Wert hier eintragen</option><option>Wert in Eskalationsstufe eintragen</option></select>
<input id="v-url" type="text" size="80" data-k="url"></div>
<button type="button" id="save">Speichern</button> <button type="button">Testalarm senden</button></main>`;
          const slack = 'https://app.uptrends.com/Alerting/Integrationen/Bearbeiten/5c1a0003';
          const alertops = 'https://app.uptrends.com/Alerting/Integrationen/Bearbeiten/5c1a0007';
          await withServed(
            { [slack]: doc('de', 'Uptrends', body, editor('3')), [alertops]: doc('de', 'Uptrends', body, editor('7')) },
            async (page) => {
              await page.goto(slack);
              await sleep(2000);
              await poke(page);
              await sleep(3500);
              expect((await model(page)).url, 'a Slack editor is never filled').toBe('');
              expect(await page.$eval('#v-url', (el) => (el as HTMLInputElement).value)).toBe('');
              await page.goto(alertops);
              await pollModel(page, (m) => m.url, fillUrl);
              expect(await page.$eval('#v-url', (el) => (el as HTMLInputElement).value)).toBe(fillUrl);
              expect(await saved(page), 'never clicks Save').toBe(false);
            },
          );
        },
        TEST_TIMEOUT,
      );

      it(
        'F3-05 EN name field with maxlength="20" and a long AlertOps integration name: URL filled, the proposed name fits the field (or is left empty), the model holds what the field shows',
        async () => {
          const fillUrl = await seedCapture('Uptrends – production web shop (EU west) on-call');
          const script = `
window.model = { name: '', url: '' };
window.saved = false;
for (const el of document.querySelectorAll('input[data-k]')) {
  const sync = () => { window.model[el.dataset.k] = el.value; };
  el.addEventListener('input', sync); el.addEventListener('change', sync);
}
document.getElementById('save').addEventListener('click', () => { window.saved = true; });`;
          const body = `<nav>Alerting &gt; Integrations</nav><main><h1>New integration</h1>
<div class="field"><label for="name">Integration name</label><input id="name" type="text" maxlength="20" size="24" data-k="name">
<small>At most 20 characters.</small></div>
<div class="field"><label for="type">Integration type</label><select id="type" disabled><option>AlertOps</option></select></div>
<h2>Predefined variables</h2>
<div class="field"><label for="v-url">AlertOpsUrl</label> <select aria-label="Value source"><option>Specify value here</option><option>Specify value in escalation level</option></select>
<input id="v-url" type="text" size="80" data-k="url"></div>
<button type="button" id="save">Save</button></main>`;
          const address = 'https://app.uptrends.com/Alerting/Integrations/New?type=AlertOps';
          await withServed({ [address]: doc('en', 'Uptrends', body, script) }, async (page) => {
            await page.goto(address);
            await pollModel(page, (m) => m.url, fillUrl);
            await sleep(1500);
            const m = await model(page);
            const field = await page.$eval('#name', (el) => ({
              value: (el as HTMLInputElement).value,
              tooLong: (el as HTMLInputElement).validity.tooLong,
            }));
            expect(field.value.length, `proposed name "${field.value}" fits maxlength 20`).toBeLessThanOrEqual(20);
            expect(field.tooLong).toBe(false);
            expect(m.name).toBe(field.value);
            expect(await saved(page), 'never clicks Save').toBe(false);
          });
        },
        TEST_TIMEOUT,
      );

      it(
        'F3-06 EN a copy of the editor pasted into a contenteditable notes box beside (and before) the real editor: only the real editor is filled, the notes are untouched',
        async () => {
          const fillUrl = await seedCapture('Uptrends – F3-06');
          const script = `
window.model = { name: '', url: '', noteEdits: 0 };
window.saved = false;
const notes = document.getElementById('notes');
window.notesText = notes.textContent;
notes.addEventListener('input', () => { window.model.noteEdits++; });
for (const el of document.querySelectorAll('#editor input[data-k]')) {
  const sync = () => { window.model[el.dataset.k] = el.value; };
  el.addEventListener('input', sync); el.addEventListener('change', sync);
}
document.getElementById('save').addEventListener('click', () => { window.saved = true; });`;
          const body = `<nav>Alerting &gt; Integrations</nav>
<div style="display:flex;gap:24px">
<aside style="width:45%"><h2 id="notes-t">My notes</h2>
<div id="notes" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="notes-t" style="border:1px solid #aaa;padding:8px;min-height:200px">
<p>What the AlertOps integration should look like (pasted from last week's editor):</p>
<h3>Edit integration</h3>
<div><label>Integration name</label> <input type="text" size="30"></div>
<div><label>Integration type</label> AlertOps</div>
<h4>Predefined variables</h4>
<div><label>AlertOpsUrl</label> <select><option>Specify value here</option><option>Specify value in escalation level</option></select> <input type="text" size="40"></div>
<p>Ask the on-call lead which recipient group to use.</p></div></aside>
<section id="editor" style="width:55%"><h1>Edit integration</h1>
<div class="field"><label for="name">Integration name</label><input id="name" type="text" size="40" data-k="name"></div>
<div class="field"><label for="type">Integration type</label><select id="type" disabled><option>AlertOps</option></select></div>
<h2>Predefined variables</h2>
<div class="field"><label for="v-url">AlertOpsUrl</label> <select aria-label="Value source"><option>Specify value here</option><option>Specify value in escalation level</option></select>
<input id="v-url" type="text" size="60" data-k="url"></div>
<button type="button" id="save">Save</button> <button type="button">Send test alert</button></section></div>`;
          const address = 'https://app.uptrends.com/Alerting/Integrations/Edit/c0ffee06';
          await withServed({ [address]: doc('en', 'Uptrends', body, script) }, async (page) => {
            await page.goto(address);
            await pollModel(page, (m) => m.url, fillUrl);
            await sleep(2000);
            const notes = await page.evaluate(() => {
              const box = document.getElementById('notes') as HTMLElement;
              return {
                values: Array.from(box.querySelectorAll('input')).map((i) => i.value),
                textSame: box.textContent === (window as AnyModel).notesText,
              };
            });
            expect(notes.values, 'the pasted copy in the notes is not filled').toEqual(['', '']);
            expect(notes.textSame, 'the notes text is unchanged').toBe(true);
            expect((await model(page)).noteEdits).toBe(0);
            expect(await page.$eval('#v-url', (el) => (el as HTMLInputElement).value)).toBe(fillUrl);
            expect(await saved(page), 'never clicks Save').toBe(false);
          });
        },
        TEST_TIMEOUT,
      );
    });

    /* ============================================================================================================= */

    describe('Uptrends: escalation levels', () => {
      beforeAll(async () => {
        // A capture exists, as after steps 1 and 2.
        await seedCapture('Uptrends – levels');
      }, TEST_TIMEOUT);

      it(
        'F3-07 EN levels as accordion sections on one page (no tabs), native checkboxes learned on "change": AlertOps ticked on level 1, the inactive level 3 left alone, nothing else touched',
        async () => {
          const ao = 'AlertOps NOC';
          const names = ['E-mail', 'SMS', 'Phone', 'Slack #ops', ao];
          const script = `
const NAMES = ${JSON.stringify(names)};
window.model = { levels: [1, 2, 3].map((n) => ({ level: n, active: n < 3,
  integrations: Object.fromEntries(NAMES.map((x) => [x, n === 1 && x === 'E-mail'])) })) };
window.saved = false;
const acc = document.getElementById('acc');
acc.innerHTML = window.model.levels.map((l) =>
  '<h3 class="acc-h"><button type="button" id="acc-h-' + l.level + '" aria-expanded="true" aria-controls="acc-' + l.level + '">Escalation level ' + l.level + '</button></h3>' +
  '<div role="region" class="acc-body" id="acc-' + l.level + '" aria-labelledby="acc-h-' + l.level + '" data-level="' + l.level + '">' +
  '<div class="field"><input type="checkbox" id="a' + l.level + '" data-key="__active"' + (l.active ? ' checked' : '') + '><label for="a' + l.level + '">Active</label></div>' +
  '<h4>Alerting by integrations</h4>' +
  NAMES.map((x, i) => '<div class="field"><input type="checkbox" id="l' + l.level + 'i' + i + '" data-key="' + x + '"' + (l.integrations[x] ? ' checked' : '') +
    '><label for="l' + l.level + 'i' + i + '">' + x + '</label> <button type="button" aria-label="Options for ' + x + '">▸</button></div>').join('') +
  '</div>').join('');
acc.addEventListener('change', (e) => {
  const box = e.target; const region = box.closest('[data-level]'); if (!region) return;
  const l = window.model.levels[Number(region.dataset.level) - 1];
  if (box.dataset.key === '__active') l.active = box.checked; else l.integrations[box.dataset.key] = box.checked;
});
acc.addEventListener('click', (e) => {
  const h = e.target.closest('.acc-h button'); if (!h) return;
  const open = h.getAttribute('aria-expanded') !== 'true';
  h.setAttribute('aria-expanded', String(open));
  document.getElementById(h.getAttribute('aria-controls')).hidden = !open;
});
document.getElementById('save').addEventListener('click', () => { window.saved = true; });`;
          const body = `<nav>Alerting &gt; Alert definitions</nav><main><h1>Alert definitions</h1><h2>Default alert definition</h2>
<div id="acc" class="accordion"></div><p><button type="button" id="save">Save</button></p></main>`;
          const address = 'https://app.uptrends.com/Alerting/AlertDefinitions/Edit/f3070707';
          await withServed({ [address]: doc('en', 'Uptrends', body, script) }, async (page) => {
            await page.goto(address);
            await pollModel(page, (m) => m.levels[0].integrations[ao], true);
            await sleep(2000);
            const m = await model(page);
            expect(m.levels[0].integrations[ao], 'still ticked a moment later').toBe(true);
            expect(await page.$eval('#l1i4', (el) => (el as HTMLInputElement).checked)).toBe(true);
            expect(m.levels[2].integrations[ao], 'inactive level 3 not ticked').toBe(false);
            expect(await page.$eval('#l3i4', (el) => (el as HTMLInputElement).checked)).toBe(false);
            for (const x of ['SMS', 'Phone', 'Slack #ops'])
              expect(
                m.levels.map((l: AnyModel) => l.integrations[x]),
                x,
              ).toEqual([false, false, false]);
            expect(m.levels.map((l: AnyModel) => l.integrations['E-mail'])).toEqual([true, false, false]);
            expect(m.levels.map((l: AnyModel) => l.active)).toEqual([true, true, false]);
            expect(await saved(page), 'never clicks Save').toBe(false);
          });
        },
        TEST_TIMEOUT,
      );

      it(
        'F3-08 DE, checkboxes are <input type="button" role="checkbox" aria-checked> toggled by the page\'s click handler: AlertOps ticked on Eskalationsstufe 1 in model and aria-checked, nothing else',
        async () => {
          const ao = 'AlertOps Bereitschaft';
          const names = ['E-Mail', 'SMS', 'Telefon', 'Teams Betrieb', ao];
          const script = `
const NAMES = ${JSON.stringify(names)};
window.model = { levels: [1, 2].map((n) => ({ level: n, active: true,
  integrations: Object.fromEntries(NAMES.map((x) => [x, x === 'E-Mail'])) })) };
window.saved = false;
for (const pane of document.querySelectorAll('.tab-pane')) {
  const l = window.model.levels[Number(pane.dataset.level) - 1];
  pane.innerHTML = '<input type="button" role="checkbox" class="chk" data-key="__active" aria-checked="true" value="Aktiv">' +
    '<h4>Alarmierung durch Integrationen</h4>' +
    NAMES.map((x, i) => '<div class="field"><input type="button" role="checkbox" class="chk" id="l' + l.level + 'i' + i + '" data-key="' + x +
      '" aria-checked="' + l.integrations[x] + '" value="' + x + '"></div>').join('');
  pane.addEventListener('click', (e) => {
    const b = e.target.closest('input[role=checkbox]'); if (!b) return;
    const on = b.getAttribute('aria-checked') !== 'true';
    b.setAttribute('aria-checked', String(on));
    if (b.dataset.key === '__active') l.active = on; else l.integrations[b.dataset.key] = on;
  });
}
document.querySelectorAll('[role=tab]').forEach((t) => t.addEventListener('click', () => {
  document.querySelectorAll('[role=tab]').forEach((x) => x.setAttribute('aria-selected', String(x === t)));
  document.querySelectorAll('.tab-pane').forEach((p) => p.classList.toggle('active', p.id === t.getAttribute('aria-controls')));
}));
document.getElementById('save').addEventListener('click', () => { window.saved = true; });`;
          const body = `<style>.chk{border:1px solid #888;background:#fff;padding:3px 8px 3px 26px;position:relative;text-align:left;min-width:14em}
.chk[aria-checked=true]{background:#e6f0ff linear-gradient(#06c,#06c) no-repeat 6px 50%/12px 12px}</style>
<nav>Alarmierung &gt; Meldedefinitionen</nav><main><h1>Meldedefinitionen</h1><h2>Produktion</h2>
<div role="tablist"><button type="button" role="tab" aria-selected="true" aria-controls="level-1">Eskalationsstufe 1</button>
<button type="button" role="tab" aria-selected="false" aria-controls="level-2">Eskalationsstufe 2</button></div>
<div class="tab-pane active" role="tabpanel" id="level-1" data-level="1"></div>
<div class="tab-pane" role="tabpanel" id="level-2" data-level="2"></div>
<p><button type="button" id="save">Speichern</button></p></main>`;
          const address = 'https://app.uptrends.com/Alerting/Meldedefinitionen/Bearbeiten/f3080808';
          await withServed({ [address]: doc('de', 'Uptrends', body, script) }, async (page) => {
            await page.goto(address);
            await pollModel(page, (m) => m.levels[0].integrations[ao], true);
            await sleep(2000);
            const m = await model(page);
            expect(m.levels[0].integrations[ao], 'still ticked a moment later').toBe(true);
            expect(await page.$eval('#l1i4', (el) => el.getAttribute('aria-checked'))).toBe('true');
            for (const x of ['SMS', 'Telefon', 'Teams Betrieb'])
              expect(
                m.levels.map((l: AnyModel) => l.integrations[x]),
                x,
              ).toEqual([false, false]);
            expect(m.levels.map((l: AnyModel) => l.integrations['E-Mail'])).toEqual([true, true]);
            expect(m.levels.map((l: AnyModel) => l.active)).toEqual([true, true]);
            expect(await saved(page), 'never clicks Save').toBe(false);
          });
        },
        TEST_TIMEOUT,
      );

      it(
        'F3-09 NL, the level list appears 3 s after load (no user input meanwhile): AlertOps ticked on Escalatieniveau 1 in model and DOM',
        async () => {
          const ao = 'AlertOps – Ops';
          const names = ['E-mail', 'SMS', 'Telefoon', 'Slack #ops', ao];
          const script = `
const NAMES = ${JSON.stringify(names)};
window.model = null;
window.saved = false;
setTimeout(() => {
  window.model = { levels: [1, 2].map((n) => ({ level: n, active: true,
    integrations: Object.fromEntries(NAMES.map((x) => [x, false])) })) };
  const root = document.getElementById('levels');
  root.innerHTML = '<div role="tablist"><button type="button" role="tab" aria-selected="true" aria-controls="level-1">Escalatieniveau 1</button>' +
    '<button type="button" role="tab" aria-selected="false" aria-controls="level-2">Escalatieniveau 2</button></div>' +
    window.model.levels.map((l) => '<div class="tab-pane' + (l.level === 1 ? ' active' : '') + '" role="tabpanel" id="level-' + l.level + '" data-level="' + l.level + '">' +
      '<div class="field"><input type="checkbox" id="a' + l.level + '" data-key="__active" checked><label for="a' + l.level + '">Actief</label></div>' +
      '<h4>Alerts versturen door integraties</h4>' +
      NAMES.map((x, i) => '<div class="field"><input type="checkbox" id="l' + l.level + 'i' + i + '" data-key="' + x + '"><label for="l' + l.level + 'i' + i + '">' + x + '</label></div>').join('') +
      '</div>').join('');
  root.addEventListener('change', (e) => {
    const box = e.target; const pane = box.closest('[data-level]'); if (!pane) return;
    const l = window.model.levels[Number(pane.dataset.level) - 1];
    if (box.dataset.key === '__active') l.active = box.checked; else l.integrations[box.dataset.key] = box.checked;
  });
  root.querySelectorAll('[role=tab]').forEach((t) => t.addEventListener('click', () => {
    root.querySelectorAll('[role=tab]').forEach((x) => x.setAttribute('aria-selected', String(x === t)));
    root.querySelectorAll('.tab-pane').forEach((p) => p.classList.toggle('active', p.id === t.getAttribute('aria-controls')));
  }));
}, 3000);
document.getElementById('save').addEventListener('click', () => { window.saved = true; });`;
          const body = `<nav>Alerting &gt; Alertdefinities</nav><main><h1>Alertdefinities</h1><h2>Standaard alertdefinitie</h2>
<div id="levels"><p role="status">Laden…</p></div><p><button type="button" id="save">Opslaan</button></p></main>`;
          const address = 'https://app.uptrends.com/Alerting/Alertdefinities/Bewerken/f3090909';
          await withServed({ [address]: doc('nl', 'Uptrends', body, script) }, async (page) => {
            await page.goto(address);
            await pollModel(page, (m) => m?.levels?.[0]?.integrations?.[ao], true, WAIT + 3000);
            await sleep(1500);
            const m = await model(page);
            expect(m.levels[0].integrations[ao]).toBe(true);
            expect(await page.$eval('#l1i4', (el) => (el as HTMLInputElement).checked)).toBe(true);
            for (const x of ['E-mail', 'SMS', 'Telefoon', 'Slack #ops'])
              expect(
                m.levels.map((l: AnyModel) => l.integrations[x]),
                x,
              ).toEqual([false, false]);
            expect(await saved(page), 'never clicks Save').toBe(false);
          });
        },
        TEST_TIMEOUT,
      );

      it(
        "F3-10 FR, the AlertOps integration is already ticked on Niveau d'escalade 1: it stays ticked the whole time (never unticked, not even briefly) while the user switches levels",
        async () => {
          const ao = 'AlertOps astreinte';
          const names = ['E-mail', 'SMS', 'Téléphone', 'Teams exploitation', ao];
          const script = `
const NAMES = ${JSON.stringify(names)};
window.model = { history: [], levels: [1, 2].map((n) => ({ level: n, active: true,
  integrations: Object.fromEntries(NAMES.map((x) => [x, (n === 1 && x === ${JSON.stringify(ao)}) || x === 'E-mail'])) })) };
window.saved = false;
for (const pane of document.querySelectorAll('.tab-pane')) {
  const l = window.model.levels[Number(pane.dataset.level) - 1];
  pane.innerHTML = '<div class="field"><input type="checkbox" id="a' + l.level + '" data-key="__active" checked><label for="a' + l.level + '">Actif</label></div>' +
    '<h4>Alertes par intégrations</h4>' +
    NAMES.map((x, i) => '<div class="field"><input type="checkbox" id="l' + l.level + 'i' + i + '" data-key="' + x + '"' + (l.integrations[x] ? ' checked' : '') +
      '><label for="l' + l.level + 'i' + i + '">' + x + '</label></div>').join('');
  pane.addEventListener('click', (e) => {
    const box = e.target.closest('input[type=checkbox]'); if (!box) return;
    if (box.dataset.key === '__active') l.active = box.checked; else l.integrations[box.dataset.key] = box.checked;
    if (box.dataset.key === ${JSON.stringify(ao)}) window.model.history.push('event:' + l.level + ':' + box.checked);
  });
}
const watched = document.getElementById('l1i4');
setInterval(() => { if (!watched.checked) window.model.history.push('seen-unticked:1'); }, 20);
document.querySelectorAll('[role=tab]').forEach((t) => t.addEventListener('click', () => {
  document.querySelectorAll('[role=tab]').forEach((x) => x.setAttribute('aria-selected', String(x === t)));
  document.querySelectorAll('.tab-pane').forEach((p) => p.classList.toggle('active', p.id === t.getAttribute('aria-controls')));
}));
document.getElementById('save').addEventListener('click', () => { window.saved = true; });`;
          const body = `<nav>Alerte &gt; Définitions d'alerte</nav><main><h1>Définitions d'alerte</h1><h2>Sites de production</h2>
<div role="tablist"><button type="button" role="tab" aria-selected="true" aria-controls="level-1">Niveau d'escalade 1</button>
<button type="button" role="tab" aria-selected="false" aria-controls="level-2">Niveau d'escalade 2</button></div>
<div class="tab-pane active" role="tabpanel" id="level-1" data-level="1"></div>
<div class="tab-pane" role="tabpanel" id="level-2" data-level="2"></div>
<p><button type="button" id="save">Enregistrer</button></p></main>`;
          const address = 'https://app.uptrends.com/Alerting/DefinitionsAlerte/Modifier/f3101010';
          await withServed({ [address]: doc('fr', 'Uptrends', body, script) }, async (page) => {
            await page.goto(address);
            await sleep(3000);
            await clickText(page, 'button', "Niveau d'escalade 2");
            await sleep(3000);
            await clickText(page, 'button', "Niveau d'escalade 1");
            await sleep(3000);
            const m = await model(page);
            expect(
              m.history.filter((h: string) => h.startsWith('seen-unticked') || h === 'event:1:false'),
              `the AlertOps box on level 1 was never unticked (history ${JSON.stringify(m.history.slice(0, 20))})`,
            ).toEqual([]);
            expect(m.levels[0].integrations[ao]).toBe(true);
            expect(await page.$eval('#l1i4', (el) => (el as HTMLInputElement).checked)).toBe(true);
            for (const x of ['SMS', 'Téléphone', 'Teams exploitation'])
              expect(
                m.levels.map((l: AnyModel) => l.integrations[x]),
                x,
              ).toEqual([false, false]);
            expect(m.levels.map((l: AnyModel) => l.integrations['E-mail'])).toEqual([true, true]);
            expect(await saved(page), 'never clicks Save').toBe(false);
          });
        },
        TEST_TIMEOUT,
      );
    });

    /* ============================================================================================================= */

    describe('AlertOps: capture', () => {
      it(
        'F3-11 current UI: the URL is in a readonly input inside the open shadow root of <ao-endpoint-field>, defined 2 s after load (value fetched, set by property); no user input',
        async () => {
          const url = newUrl();
          const script = `
let endpoint = '';
fetch('/api/v2/integrations/inbound/7011/endpoint').then((r) => r.json()).then((d) => { endpoint = d.endpointUrl; });
setTimeout(() => customElements.define('ao-endpoint-field', class extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>input{width:36em;font-family:monospace}</style><label for="u" part="label">Endpoint URL</label> ' +
      '<input id="u" type="text" readonly part="input"> <button type="button" part="copy">Copy</button>';
  }
  connectedCallback() { this.shadowRoot.getElementById('u').value = endpoint; }
}), 2000);`;
          const body = `<header><span class="brand">AlertOps</span> <nav><a href="#">Configurations</a> <a href="#">Incidents</a></nav></header>
<main><ol class="breadcrumb"><li>Integrations</li><li>Inbound Integrations</li><li>API</li></ol>
<h1>Uptrends – F3-11</h1><ao-endpoint-field></ao-endpoint-field>
<section><h2>Basic Settings</h2><p>Integration Name: Uptrends – F3-11</p><p>Escalation Policy: Default policy</p></section></main>`;
          const address = 'https://app.alertops.com/configurations/integrations/inbound/api/7011';
          await withServed(
            {
              [address]: doc('en', 'AlertOps', body, script),
              'https://app.alertops.com/api/v2/integrations/inbound/7011/endpoint': json({ endpointUrl: url }, 300),
            },
            async (page) => {
              await page.goto(address);
              const capture = await waitForCapture(url);
              expect(capture.consoleHost).toBe('app.alertops.com');
            },
          );
        },
        TEST_TIMEOUT,
      );

      it(
        'F3-12 current UI: after Submit the page rewrites itself with document.open()/write()/close(), and the written page shows the saved view (URL fetched 1 s later)',
        async () => {
          const url = newUrl();
          const name = 'Uptrends – F3-12';
          const script = `
document.getElementById('submit').addEventListener('click', () => {
  const n = document.getElementById('iname').value;
  document.getElementById('main').textContent = 'Saving…';
  setTimeout(() => {
    const safe = n.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    document.open();
    document.write('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AlertOps</title></head><body>' +
      '<header><span>AlertOps</span></header><main><h1>' + safe + '</h1>' +
      '<div class="endpoint"><span class="caption">Endpoint URL</span> <code id="ep">Loading…</code> <button type="button">Copy</button></div>' +
      '<section><h2>Basic Settings</h2><p>Integration Name: ' + safe + '</p></section></main>' +
      '<scr' + 'ipt>setTimeout(function () { fetch("/api/v2/integrations/inbound/7012/endpoint").then(function (r) { return r.json(); })' +
      '.then(function (d) { document.getElementById("ep").textContent = d.endpointUrl; }); }, 1000);</scr' + 'ipt>' +
      '</body></html>');
    document.close();
  }, 700);
});`;
          const body = `<header><span>AlertOps</span></header><main id="main"><h1>Add API Integration</h1>
<p>Template: Uptrends</p>
<div class="field"><label for="iname">Integration Name</label><input id="iname" type="text" value="Uptrends"></div>
<button type="button" id="submit">Submit</button></main>`;
          const address = 'https://app.alertops.com/configurations/integrations/inbound/api/new/Uptrends';
          await withServed(
            {
              [address]: doc('en', 'AlertOps', body, script),
              'https://app.alertops.com/api/v2/integrations/inbound/7012/endpoint': json({ endpointUrl: url }, 300),
            },
            async (page) => {
              await page.goto(address);
              await page.click('#iname', { count: 3 });
              await page.keyboard.type(name);
              await clickText(page, 'button', 'Submit');
              await page.waitForFunction(
                (u) => document.getElementById('ep')?.textContent === u,
                { timeout: WAIT },
                url,
              );
              const capture = await waitForCapture(url);
              expect(capture.consoleHost).toBe('app.alertops.com');
            },
          );
        },
        TEST_TIMEOUT,
      );

      it(
        'F3-13 older per-tenant console (acme.alertops.com), WebForms DetailsView: the "API URL" row holds the URL in a disabled aspNetDisabled textbox: captured under the row "Integration Name"',
        async () => {
          const url = newUrl();
          const body = `<form method="post" action="./InboundIntegration.aspx?id=42" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE2NjQ4NzE4NzFkZA=="><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAN0bW9yZQ=="></div>
<div id="sidebar"><a href="Dashboard.aspx">Dashboard</a> <a href="Integrations.aspx">Integrations</a> <a href="InboundIntegrations.aspx" class="selected">Inbound Integrations</a></div>
<div id="content"><ul class="tabs"><li class="selected"><a href="#">API</a></li><li><a href="#">Email</a></li></ul>
<span id="ctl00_ContentPlaceHolder1_lblMessage" class="success">Integration saved.</span>
<table class="DetailsView" cellspacing="0" rules="all" border="1" id="ctl00_ContentPlaceHolder1_dvIntegration" style="border-collapse:collapse;">
<tr><td class="header">Integration Name</td><td>Uptrends (acme)</td></tr>
<tr><td class="header">Template</td><td>Uptrends</td></tr>
<tr><td class="header">API URL</td><td><input name="ctl00$ContentPlaceHolder1$dvIntegration$txtApiUrl" type="text" value="${url}" id="ctl00_ContentPlaceHolder1_dvIntegration_txtApiUrl" disabled="disabled" class="aspNetDisabled" style="width:520px;"></td></tr>
<tr><td class="header">Recipient Group(s)/User(s)</td><td>NOC</td></tr>
</table>
<input type="submit" name="ctl00$ContentPlaceHolder1$btnEdit" value="Edit" id="ctl00_ContentPlaceHolder1_btnEdit"> <a href="InboundIntegrations.aspx">Back</a></div></form>`;
          const address = 'https://acme.alertops.com/InboundIntegration.aspx?id=42';
          await withServed({ [address]: doc('en', 'AlertOps', body) }, async (page) => {
            await page.goto(address);
            const capture = await waitForCapture(url);
            expect(capture.consoleHost).toBe('acme.alertops.com');
            expect(capture.integrationName).toContain('Uptrends (acme)');
          });
        },
        TEST_TIMEOUT,
      );
    });

    it(
      'F3-14 never writes a key issued by this file into any log',
      async () => {
        expect(issuedKeys().length).toBeGreaterThan(0);
        const all = ff.logs.join('\n');
        for (const key of issuedKeys()) expect(all).not.toContain(key);
      },
      TEST_TIMEOUT,
    );
  },
);
