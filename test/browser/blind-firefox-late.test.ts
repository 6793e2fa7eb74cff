/**
 * Blind acceptance renderings, round 25: PAGES OF SEVERAL PARTS AND LABELS THAT ARRIVE LATE, on both consoles, in real
 * Firefox ESR with dist/firefox installed (see firefox.ts). The theme of the Chromium rounds 22 (AlertOps,
 * blind-parts.test.ts) and 23 (Uptrends, blind-uptrends-parts.test.ts) carried over to Firefox, where content scripts
 * see pages through Xray wrappers and frameworks learn values only from the event they listen to. Written from
 * domain.md, the Uptrends KB, the README and the test helpers only (no extension source read).
 *
 * AlertOps: the API URL drawn first, its caption and Copy button translated in place (nodeValue) or inserted by
 * replacing nodes 1-2 s later; a request-log toast beside the main view; sections each with their own Copy button; a
 * custom element whose shadow root is attached late; a request log whose headers are translated in place.
 * Uptrends (EN/NL/DE/FR): the AlertOps editor in a modal over the integrations list; another type's editor kept mounted
 * but hidden; i18n keys translated after the fields render (textContent replaced 50 ms / 1.5 s later, or nodeValue in
 * place); a field labelled only "Value"/"Wert"/"Waarde"/"Valeur" in the AlertOps variable's row; integration names
 * filled into escalation-level checkbox labels 1 s after the boxes are drawn; the "Alerting by integrations" heading
 * translated in place a while later.
 *
 * Pages are served on the real host names by puppeteer's request interception; URLs reach the pages by fetch, never in
 * the page's script text. The user acts through real (trusted) clicks. Assertions read only what the user sees, the
 * page's own model (`window.model`, what its Save would send), or the captures stored by the extension.
 *
 * Grounds:
 * - domain.md: the URL is `https://notify.alertops.com/POSTAlert/<key>/<name>`; the older UI lists the "API URL" after
 *   Save, the current one "displays the endpoint URL at the top", "with a Copy button"; consoles `app.alertops.com` and
 *   `<tenant>.alertops.com`. Uptrends step 2: "Add integration" opens a dialog, fields "Integration name",
 *   "Integration type", a "Predefined variables" section, "Each variable row has a drop-down ('Specify value here' /
 *   'Specify value in escalation level') and a '⋯' button"; "Find the URL row of the AlertOps form rather than a fixed
 *   name"; labels table (value: Value | Waarde | Wert(e) | Valeur; section: Alerting by integrations | Alerts versturen
 *   door integraties | Alarmierung durch Integrationen | Alertes par intégrations). "Assume a framework that only
 *   notices a value when input/change events fire, and that may re-render (replace) nodes at any time."
 * - README: "captures the generated API URL the moment the saved integration shows it"; "Captured only when labelled as
 *   an integration URL or beside a Copy button, and never through a label that sits by another integration's URL or
 *   among sentences, nor through a label or Copy button of another part of the page (the main view for a toast beside
 *   or inside it, a section, a form, a dialog)"; "A URL drawn before its label, the label translated in later, ... is
 *   captured since round 22: a part of the page (the main view, a section, a form, a dialog, a region, a toast or other
 *   status message) keeps its labels and Copy buttons to itself, so a URL with nothing near it that labels it or makes
 *   it a sample is looked at again twice a second for 10 s"; "fills the captured URL into the AlertOps predefined
 *   variable"; "never clicks Save, never overwrites a value you typed ..., never fills another integration type";
 *   "Only an editor the user can see is filled"; "ticks your AlertOps integration under 'Alerting by integrations'";
 *   "on Uptrends inserted text counts when it names the editor's or the level's sections, and any inserted words once
 *   the page shows them (labels translated after the form is drawn, names filled into boxes already drawn ...)"; "The
 *   Uptrends script, until the page shows its sections, reads the page's text once a second while in use and looks
 *   again when it changed and names them (a heading translated in place)"; "Both content scripts stop their
 *   MutationObservers 30 s after the last user input"; never logged.
 *
 * Results (18 renderings R25-01..R25-18, plus controls R25-09c/d/e and R25-12c, which change one thing each and pass):
 * - R25-03 first failed through the test's own error (the toast had its own Copy button, which the README counts as
 *   "beside a Copy button"); the button was removed.
 * - R25-09 FAILS: names set in place (nodeValue) into the drawn labels 1 s after load, then no input: never ticked in
 *   50 s, though the idle probe counts "a page whose text changed since the last look". Controls: textContent instead
 *   of nodeValue ticks at once (09c); a click 35 s later ticks (09d); the same in-place change made while the page is
 *   already idle (36 s) is ticked within a second (09e). So an in-place change made while in use is lost for good.
 * - R25-12 FAILS: the heading translated in place 12 s after load while the user clicks every 3 s: never ticked (the
 *   README's once-a-second text read "while in use" does not notice it). Control R25-12c: the same at 4 s is ticked.
 *   R25-12 was run against a build whose text read stopped 10 s after a session started; that build never landed.
 *
 * Mended in the extension: the Uptrends script's text timer reads the page's text every 5 s after its first 10 s, and
 * on a page that shows our sections every 5 s too, with a full look when the text changed (R25-09, R25-12 pass).
 * R25-09d's "not yet ticked before the click" check was dropped with the mend: its premise was the finding.
 */

import type { Page } from 'puppeteer-core';
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
  waitForCapture as waitForStoredCapture,
  withServed as withServedPages,
} from './firefox-pages.ts';
import { escapeHtml as esc, issuedKeys, keyOf, validUrl as newUrl, sleep } from './hostile-pages.ts';

const TEST_TIMEOUT = 150_000;
const WAIT = 20_000;

const skipReason = await firefoxSkipReason();
if (skipReason) console.warn(`[firefox] blind round 25 (late labels, several parts) SKIPPED: ${skipReason}`);

const STYLE = `<style>
body{font:14px system-ui,sans-serif;margin:0;padding:0 8px 80px} .mono{font-family:monospace} [hidden]{display:none!important}
table{border-collapse:collapse} td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}
.field{margin:6px 0} label{margin-right:6px}
.modal{position:fixed;top:60px;left:22%;width:720px;background:#fff;border:1px solid #888;padding:16px;box-shadow:0 4px 20px #0005;z-index:10}
.backdrop{position:fixed;inset:0;background:#0003;z-index:5}
.toast{position:fixed;bottom:12px;left:12px;background:#333;color:#fff;padding:6px 10px;max-width:900px}
.card{border:1px solid #ccc;padding:8px;margin:8px 0}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
[role=tab][aria-selected=true]{font-weight:bold;border-bottom:2px solid #06c}
</style>`;
function doc(lang: string, title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>${STYLE}</head>
<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

/** Page-side helpers: escaping; text set in place on an element's first text node. */
const LIB = `
const esc = (s) => String(s == null ? '' : s).replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;').replace(/"/g,'&quot;');
function inPlace(el, text) { if (el.firstChild && el.firstChild.nodeType === 3) el.firstChild.nodeValue = text; else el.append(text); }`;

/** The Uptrends labels of domain.md's table, per language. */
const UT = {
  en: {
    menu: 'Alerting &gt; Integrations',
    list: 'Integrations',
    add: 'Add integration',
    editor: 'Edit integration',
    name: 'Integration name',
    type: 'Integration type',
    vars: 'Predefined variables',
    here: 'Specify value here',
    level: 'Specify value in escalation level',
    value: 'Value',
    save: 'Save',
    tab: 'Escalation level 1',
    active: 'Active',
    section: 'Alerting by integrations',
  },
  nl: {
    menu: 'Alerting &gt; Integraties',
    list: 'Integraties',
    add: 'Integratie toevoegen',
    editor: 'Integratie bewerken',
    name: 'Integratienaam',
    type: 'Integratietype',
    vars: 'Voorgedefinieerde variabelen',
    here: 'Waarde hier opgeven',
    level: 'Waarde opgeven in escalatieniveau',
    value: 'Waarde',
    save: 'Opslaan',
    tab: 'Escalatieniveau 1',
    active: 'Actief',
    section: 'Alerts versturen door integraties',
  },
  de: {
    menu: 'Alarmierung &gt; Integrationen',
    list: 'Integrationen',
    add: 'Integration hinzufügen',
    editor: 'Integration bearbeiten',
    name: 'Integrationsname',
    type: 'Integrationstyp',
    vars: 'Vordefinierte Variablen',
    here: 'Wert hier eintragen',
    level: 'Wert in Eskalationsstufe eintragen',
    value: 'Wert',
    save: 'Speichern',
    tab: 'Eskalationsstufe 1',
    active: 'Aktiv',
    section: 'Alarmierung durch Integrationen',
  },
  fr: {
    menu: 'Alerte &gt; Intégrations',
    list: 'Intégrations',
    add: 'Ajouter intégration',
    editor: "Modifier l'intégration",
    name: "Nom de l'intégration",
    type: "Type d'intégration",
    vars: 'Variables prédéfinies',
    here: 'Spécifiez la valeur ici',
    level: "Spécifiez la valeur dans le niveau d'escalade",
    value: 'Valeur',
    save: 'Enregistrer',
    tab: "Niveau d'escalade 1",
    active: 'Actif',
    section: 'Alertes par intégrations',
  },
} as const;
type Lang = keyof typeof UT;

interface EditorOptions {
  lang: Lang;
  /** How the editor's labels arrive: drawn at once, i18n keys whose textContent is replaced, set in place (nodeValue), or label nodes replaced by new ones. */
  labels: 'now' | 'text' | 'nodeValue' | 'replace';
  /** Delay of the translation after the fields render (ms). */
  delay?: number;
  /** The URL field's own label: the variable's name (default) or only the column word "Value" in its language. */
  fieldLabel?: 'varName' | 'value';
  /** The variable row as domain.md draws it (name, mode drop-down, value, "⋯"), or a short row (name, value). */
  row?: 'full' | 'short';
  /** The editor in a modal dialog over the integrations list (the list stays mounted, aria-hidden). */
  modal?: boolean;
  /** Another type's editor (its own URL variable) kept mounted but hidden. */
  hiddenOther?: { type: string; varName: string };
  /** The variable's name cell is empty when the row is drawn and filled (textContent) this many ms later. */
  varNameLate?: number;
  /** Which event the page's model learns the value from. */
  learnOn?: 'input' | 'change';
}

/**
 * An Uptrends integrations page: the list, then (after "Add integration" → AlertOps → "Choose", done by the page at
 * load to keep the renderings short) the AlertOps editor; the page's model learns the URL and name from the event it
 * listens to, and records whether Save was clicked.
 */
function editorPage(o: EditorOptions): string {
  const L = UT[o.lang];
  const keys: Record<string, string> = {
    title: 'integrations.editor.title',
    name: 'integrations.editor.name',
    type: 'integrations.editor.type',
    vars: 'integrations.editor.predefinedVariables',
    value: 'integrations.editor.value',
    here: 'integrations.editor.specifyHere',
    level: 'integrations.editor.specifyInLevel',
    save: 'common.save',
  };
  const texts: Record<string, string> = {
    title: L.editor,
    name: L.name,
    type: L.type,
    vars: L.vars,
    value: L.value,
    here: L.here,
    level: L.level,
    save: L.save,
  };
  const initial = o.labels === 'now' ? texts : keys;
  const learn = o.learnOn ?? 'input';
  const fieldLabel = o.fieldLabel ?? 'varName';
  const row = o.row ?? 'full';
  const other = o.hiddenOther;
  return `
${LIB}
const L = ${JSON.stringify(texts)}, K = ${JSON.stringify(initial)}, LANG = ${JSON.stringify(o.lang)};
window.model = { name: '', type: 'AlertOps', vars: { AlertOpsUrl: { mode: 'here', value: '' } }, other: ${other ? `{ type: ${JSON.stringify(other.type)}, value: '' }` : 'null'} };
window.saved = false; window.dots = 0;
const root = document.getElementById('root');
function listHtml() {
  return '<h1>' + ${JSON.stringify(L.list)} + '</h1><button type="button" id="add">' + ${JSON.stringify(L.add)} + '</button>' +
    '<table><thead><tr><th>Name</th><th>Type</th></tr></thead><tbody><tr><td>E-mail</td><td>E-mail</td></tr><tr><td>Slack #ops</td><td>Slack</td></tr>' +
    '<tr><td>Teams on-call</td><td>Microsoft Teams</td></tr></tbody></table>';
}
function otherHtml() {
  ${
    other
      ? `return '<div id="other-editor" style="display:none"><form aria-labelledby="o-t"><h2 id="o-t">' + esc(L.title) + '</h2>' +
    '<div class="field"><label for="o-type">' + esc(L.type) + '</label><select id="o-type" disabled><option>' + ${JSON.stringify(other.type)} + '</option></select></div>' +
    '<h3>' + esc(L.vars) + '</h3><div class="field"><label for="o-var">' + ${JSON.stringify(other.varName)} + '</label><input id="o-var" type="text" size="60"></div></form></div>';`
      : `return '';`
  }
}
function varRow() {
  const nameCell = '<td id="var-name">' + (${o.varNameLate ?? 0} ? '' : 'AlertOpsUrl') + '</td>';
  const label = ${JSON.stringify(fieldLabel)} === 'value'
    ? '<label for="v-url" class="sr-only" data-i18n="value">' + esc(K.value) + '</label>'
    : '';
  const labelled = ${JSON.stringify(fieldLabel)} === 'value' ? '' : ' aria-labelledby="var-name"';
  const mode = '<td><select id="v-mode" aria-label="Value source"><option value="here" data-i18n="here">' + esc(K.here) + '</option><option value="level" data-i18n="level">' + esc(K.level) + '</option></select></td>';
  const dots = '<td><button type="button" id="dots" aria-label="More options">⋯</button></td>';
  return '<tr>' + nameCell + (${JSON.stringify(row)} === 'full' ? mode : '') + '<td>' + label + '<input id="v-url" type="text" size="70"' + labelled + '></td>' + (${JSON.stringify(row)} === 'full' ? dots : '') + '</tr>';
}
function editorHtml() {
  return '<form id="editor" aria-labelledby="ed-t"><h2 id="ed-t" data-i18n="title">' + esc(K.title) + '</h2>' +
    '<div class="field"><label for="f-name" data-i18n="name">' + esc(K.name) + '</label><input id="f-name" type="text" size="40"></div>' +
    '<div class="field"><label for="f-type" data-i18n="type">' + esc(K.type) + '</label><select id="f-type" disabled><option>AlertOps</option></select></div>' +
    '<h3 data-i18n="vars">' + esc(K.vars) + '</h3>' +
    '<table class="vars"><tbody>' + varRow() + '</tbody></table>' +
    '<div class="actions"><button type="button" id="save" data-i18n="save">' + esc(K.save) + '</button> <button type="button" id="cancel">Cancel</button></div></form>';
}
function wire() {
  const name = document.getElementById('f-name'), url = document.getElementById('v-url');
  name.addEventListener(${JSON.stringify(learn)}, () => { window.model.name = name.value; });
  url.addEventListener(${JSON.stringify(learn)}, () => { window.model.vars.AlertOpsUrl.value = url.value; });
  const mode = document.getElementById('v-mode');
  if (mode) mode.addEventListener('change', () => { window.model.vars.AlertOpsUrl.mode = mode.value; });
  const dots = document.getElementById('dots');
  if (dots) dots.addEventListener('click', () => { window.dots++; });
  const ov = document.getElementById('o-var');
  if (ov) ov.addEventListener('input', () => { window.model.other.value = ov.value; });
  document.getElementById('save').addEventListener('click', () => { window.saved = true; });
}
function translate() {
  for (const el of document.querySelectorAll('#editor [data-i18n]')) {
    const text = L[el.dataset.i18n];
    if (${JSON.stringify(o.labels)} === 'nodeValue') inPlace(el, text);
    else if (${JSON.stringify(o.labels)} === 'replace') { const n = el.cloneNode(false); n.textContent = text; el.replaceWith(n); }
    else el.textContent = text;
  }
}
function open() {
  ${
    o.modal
      ? `document.getElementById('list').setAttribute('aria-hidden', 'true');
  document.body.insertAdjacentHTML('beforeend', '<div class="backdrop" aria-hidden="true"></div><div class="modal" role="dialog" aria-modal="true" aria-labelledby="ed-t" id="dlg">' + editorHtml() + '</div>');`
      : `document.getElementById('list').hidden = true;
  document.getElementById('pane').innerHTML = editorHtml();`
  }
  wire();
  if (${JSON.stringify(o.labels)} !== 'now') setTimeout(translate, ${o.delay ?? 1500});
  ${o.varNameLate ? `setTimeout(() => { document.getElementById('var-name').textContent = 'AlertOpsUrl'; }, ${o.varNameLate});` : ''}
}
root.innerHTML = '<div id="list">' + listHtml() + '</div>' + otherHtml() + '<div id="pane"></div>';
history.replaceState({}, '', location.pathname + '?type=AlertOps');
setTimeout(open, 400);`;
}

interface LevelOptions {
  lang: Lang;
  names: string[];
  /** Integration names: drawn with the boxes, filled into the labels (textContent) or set in place (nodeValue) later. */
  namesMode: 'now' | 'text' | 'nodeValue';
  namesDelay?: number;
  /** The "Alerting by integrations" heading and the tab: drawn at once, or i18n keys set in place (nodeValue) later. */
  headingMode: 'now' | 'nodeValue' | 'text';
  headingDelay?: number;
}

/**
 * An Uptrends alert definition with "Escalation level 1" (active): boxes bound React-like (the model flips on click and
 * the box is set back from the model in a microtask).
 */
function levelPage(o: LevelOptions): string {
  const L = UT[o.lang];
  const texts = { tab: L.tab, active: L.active, section: L.section };
  const keys = {
    tab: 'alertDefinition.tabs.level1',
    active: 'alertDefinition.level.active',
    section: 'alertDefinition.level.integrations',
  };
  const head = o.headingMode === 'now' ? texts : keys;
  const filler = o.namesMode === 'nodeValue' ? '…' : '';
  return `
${LIB}
const NAMES = ${JSON.stringify(o.names)}, T = ${JSON.stringify(texts)}, H = ${JSON.stringify(head)};
window.saved = false;
window.model = { active: true, integrations: Object.fromEntries(NAMES.map((x) => [x, x === NAMES[0]])) };
const root = document.getElementById('root');
root.innerHTML = '<div role="tablist"><button type="button" role="tab" id="tab1" aria-selected="true" aria-controls="lvl">' + esc(H.tab) + '</button></div>' +
  '<div role="tabpanel" id="lvl" aria-labelledby="tab1"><label><input type="checkbox" data-k="__active" checked> <span id="act">' + esc(H.active) + '</span></label>' +
  '<h4 id="sec">' + esc(H.section) + '</h4><ul style="list-style:none;padding:0">' +
  NAMES.map((x, i) => '<li><input type="checkbox" id="i' + i + '" data-k="' + esc(x) + '"' + (window.model.integrations[x] ? ' checked' : '') + '> <label for="i' + i + '" id="l' + i + '">' +
    (${JSON.stringify(o.namesMode)} === 'now' ? esc(x) : ${JSON.stringify(filler)}) + '</label> <button type="button" aria-label="Options">▸</button></li>').join('') + '</ul></div>';
root.addEventListener('click', (e) => {
  const el = e.target;
  if (!(el instanceof HTMLInputElement) || el.type !== 'checkbox') return;
  const k = el.dataset.k;
  let want;
  if (k === '__active') want = window.model.active = !window.model.active;
  else want = window.model.integrations[k] = !window.model.integrations[k];
  queueMicrotask(() => { el.checked = want; });
});
${
  o.namesMode === 'now'
    ? ''
    : `setTimeout(() => NAMES.forEach((x, i) => { const l = document.getElementById('l' + i); ${
        o.namesMode === 'nodeValue' ? 'inPlace(l, x);' : 'l.textContent = x;'
      } }), ${o.namesDelay ?? 1000});`
}
${
  o.headingMode === 'now'
    ? ''
    : `setTimeout(() => {
  for (const [id, k] of [['tab1', 'tab'], ['act', 'active'], ['sec', 'section']]) {
    const el = document.getElementById(id);
    ${o.headingMode === 'nodeValue' ? 'inPlace(el, T[k]);' : 'el.textContent = T[k];'}
  }
}, ${o.headingDelay ?? 1500});`
}
document.getElementById('save').onclick = () => { window.saved = true; };`;
}

describe.skipIf(skipReason !== undefined)('Firefox blind round 25: several parts, labels that arrive late', () => {
  let ff: FirefoxWithExtension;

  beforeAll(async () => {
    ff = await launchFirefoxWithExtension();
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await ff?.close();
  }, TEST_TIMEOUT);

  const withServed = <T>(routes: Record<string, Route>, run: (page: Page) => Promise<T>) =>
    withServedPages(ff, routes, run);

  async function capturedUrls(): Promise<string[]> {
    return (await ff.captures()).map((c) => c.url);
  }

  const waitForCapture = (url: string, timeout = WAIT) => waitForStoredCapture(ff, url, timeout);

  const pollModel = (page: Page, read: (m: AnyModel) => unknown, expected: unknown, timeout = WAIT) =>
    pollPageModel(page, read, expected, timeout, explain);

  /** A user's click on an empty corner of the page: the page is in use. */
  async function poke(page: Page): Promise<void> {
    await page.mouse.click(3, 855);
  }

  /** Stored entries whose key is one of `urls`' keys. */
  async function storedOf(urls: string[]): Promise<string[]> {
    const keys = urls.map(keyOf);
    return (await capturedUrls()).filter((u) => keys.some((k) => u.includes(k)));
  }

  let seedCount = 0;
  /** Lets the extension capture a fresh URL on a plain AlertOps saved page: the newest capture, the one to fill. */
  async function seedCapture(label: string): Promise<string> {
    const url = newUrl();
    const address = `https://app.alertops.com/integrations/inbound/api/edit/${25000 + ++seedCount}`;
    await withServed(
      {
        [address]: doc(
          'en',
          'AlertOps',
          `<main><h1>${esc(label)}</h1><table><tr><th>API URL</th><td>${url}</td>
<td><button type="button">Copy</button></td></tr></table></main>`,
        ),
      },
      async (page) => {
        await page.goto(address);
        await poke(page);
        await waitForCapture(url);
      },
    );
    return url;
  }

  /* ============================================================================================================= */

  describe('AlertOps: parts of the page, labels late', () => {
    it(
      'R25-01 current UI: the saved view draws the URL (fetched) under an i18n key caption "integration.endpointUrl" and a Copy button reading "common.copy"; 1.5 s later both text nodes get "API URL" and "Copy" in place (nodeValue): stored, named after the heading, a notice shows',
      async () => {
        // Ground: README "A URL drawn before its label, the label translated in later, ... is captured since round 22";
        // "captures the generated API URL ..., and says so in a small notice"; domain.md "displays the endpoint URL at the top", "with a Copy button".
        const url = newUrl();
        const name = 'Uptrends – R25-01 nodeValue';
        const script = `${LIB}
fetch('/api/v2/integrations/inbound/25001').then((r) => r.json()).then((d) => {
  document.getElementById('h').textContent = d.name;
  document.getElementById('v').textContent = d.url;
  setTimeout(() => { inPlace(document.getElementById('cap'), 'API URL'); inPlace(document.getElementById('copy'), 'Copy'); }, 1500);
});`;
        const body = `<header><span>AlertOps</span> <nav><a href="#">Incidents</a> <a href="#">Configurations</a></nav></header>
<main><h1 id="h"></h1><div class="endpoint"><span class="caption" id="cap">integration.endpointUrl</span> <code class="mono" id="v"></code>
<button type="button" id="copy">common.copy</button></div><section><h2>Basic Settings</h2><p>Template: Uptrends</p></section></main>`;
        const address = 'https://app.alertops.com/configurations/integrations/inbound/api/25001';
        await withServed(
          {
            [address]: doc('en', 'AlertOps', body, script),
            'https://app.alertops.com/api/v2/integrations/inbound/25001': json({ url, name }, 600),
          },
          async (page) => {
            await page.goto(address);
            await poke(page);
            const capture = await waitForCapture(url);
            expect(capture.integrationName).toBe(name);
            await eventually(
              () => noticeText(page),
              (t) => t.trim() !== '',
              WAIT,
            );
          },
        );
      },
      TEST_TIMEOUT,
    );

    it(
      'R25-02 older UI on a tenant host: the details table shows the API URL in its cell with an empty header cell and no button; 2 s later the header <th> and a Copy button are inserted by replacing the row\'s nodes (keyed re-render): stored, named after the "Integration Name" row',
      async () => {
        // Ground: README "A URL drawn before its label ... looked at again twice a second for 10 s"; domain.md older UI "AlertOps now lists the API URL".
        const url = newUrl();
        const name = 'Uptrends Tyrell production';
        const script = `${LIB}
fetch('/InboundIntegrations/Api/Details/25002.json').then((r) => r.json()).then((d) => {
  document.getElementById('n').textContent = d.name;
  document.getElementById('url-row').innerHTML = '<th></th><td><span class="mono"></span></td>';
  document.querySelector('#url-row .mono').textContent = d.url;
  setTimeout(() => {
    const tr = document.createElement('tr'); tr.id = 'url-row';
    tr.innerHTML = '<th>API URL</th><td><span class="mono"></span> <button type="button" class="btn btn-link">Copy</button></td>';
    tr.querySelector('.mono').textContent = d.url;
    document.getElementById('url-row').replaceWith(tr);
  }, 2000);
});`;
        const body = `<aside class="sidebar"><a href="#">Dashboard</a> <a href="#">Integrations</a> <a href="#">Inbound Integrations</a></aside>
<main><ul class="nav-tabs"><li class="active"><a href="#">API</a></li><li><a href="#">Email</a></li></ul>
<div class="alert alert-success" role="status">Integration saved.</div>
<table class="table details"><tbody><tr><th>Integration Name</th><td id="n"></td></tr><tr><th>Template</th><td>Uptrends</td></tr>
<tr id="url-row"><th></th><td>Loading…</td></tr><tr><th>Recipient Group(s)/User(s)</th><td>Operations</td></tr></tbody></table></main>`;
        const address = 'https://tyrell.alertops.com/InboundIntegrations/Api/Details/25002';
        await withServed(
          {
            [address]: doc('en', 'AlertOps', body, script),
            'https://tyrell.alertops.com/InboundIntegrations/Api/Details/25002.json': json({ url, name }, 500),
          },
          async (page) => {
            await page.goto(address);
            await poke(page);
            const capture = await waitForCapture(url);
            expect(capture.integrationName).toBe(name);
            expect(capture.consoleHost).toBe('tyrell.alertops.com');
          },
        );
      },
      TEST_TIMEOUT,
    );

    it(
      'R25-03 a request-log toast (role=status, "POST <url> 202 Accepted") beside the main view, drawn before the main view\'s value; the main "API URL" caption and Copy are drawn with the value loading, the value arrives 1.5 s later: the main URL stored, the toast\'s never',
      async () => {
        // Ground: README "never through a label or Copy button of another part of the page (the main view for a toast beside or inside it ...)";
        // "a toast or other status message keeps its labels and Copy buttons to itself"; "captures the generated API URL the moment the saved integration shows it".
        const url = newUrl();
        const logged = newUrl();
        const script = `${LIB}
fetch('/api/v2/requests/latest').then((r) => r.json()).then((d) => {
  const t = document.createElement('div'); t.className = 'toast'; t.setAttribute('role', 'status');
  t.innerHTML = '<span class="method">POST</span> <span class="mono"></span> <span>202 Accepted</span>';
  t.querySelector('.mono').textContent = d.url;
  document.body.append(t);
});
fetch('/api/v2/integrations/inbound/25003').then((r) => r.json()).then((d) => {
  document.getElementById('v').textContent = d.url; document.getElementById('v').removeAttribute('aria-busy');
});`;
        const body = `<header><span>AlertOps</span></header><main><h1>Uptrends – R25-03</h1>
<div class="endpoint"><span class="caption">API URL</span> <code class="mono" id="v" aria-busy="true">Loading…</code> <button type="button">Copy</button></div>
<section><h2>Basic Settings</h2><p>Template: Uptrends</p></section></main>`;
        const address = 'https://app.alertops.com/configurations/integrations/inbound/api/25003';
        await withServed(
          {
            [address]: doc('en', 'AlertOps', body, script),
            'https://app.alertops.com/api/v2/requests/latest': json({ url: logged }, 200),
            'https://app.alertops.com/api/v2/integrations/inbound/25003': json({ url }, 1700),
          },
          async (page) => {
            await page.goto(address);
            await poke(page);
            await page.waitForFunction(
              (u) => document.querySelector('.toast')?.textContent?.includes(u),
              { timeout: WAIT },
              logged,
            );
            await waitForCapture(url);
            await poke(page);
            await sleep(4000);
            expect(await storedOf([logged]), "the toast's request URL").toEqual([]);
          },
        );
      },
      TEST_TIMEOUT,
    );

    it(
      'R25-04 the main view\'s URL drawn first with nothing near it; a request-log toast ("POST <url> 200 OK") pops up at 0.8 s; the main view\'s "Endpoint URL" caption and Copy arrive at 2 s: the main URL stored, the toast\'s never',
      async () => {
        // Ground: README "a part of the page (the main view, ..., a toast or other status message) keeps its labels and Copy buttons to itself, so a URL with nothing near it ... is looked at again twice a second for 10 s"; toasts are another part.
        const url = newUrl();
        const logged = newUrl();
        const script = `${LIB}
Promise.all([fetch('/api/v2/integrations/inbound/25004').then((r) => r.json()), fetch('/api/v2/requests/latest').then((r) => r.json())]).then(([d, req]) => {
  document.getElementById('v').textContent = d.url;
  setTimeout(() => {
    const t = document.createElement('div'); t.className = 'toast'; t.setAttribute('role', 'status');
    t.innerHTML = '<span>POST</span> <span class="mono"></span> <span>200 OK</span>';
    t.querySelector('.mono').textContent = req.url;
    document.body.append(t);
  }, 800);
  setTimeout(() => {
    const cap = document.createElement('span'); cap.className = 'caption'; cap.textContent = 'Endpoint URL';
    const b = document.createElement('button'); b.type = 'button'; b.textContent = 'Copy';
    document.getElementById('v').before(cap, ' '); document.getElementById('v').after(' ', b);
  }, 2000);
});`;
        const body = `<header><span>AlertOps</span></header><main><h1>Uptrends – R25-04</h1>
<div class="endpoint"><code class="mono" id="v"></code></div><section><h2>Basic Settings</h2><p>Template: Uptrends</p></section></main>`;
        const address = 'https://app.alertops.com/configurations/integrations/inbound/api/25004';
        await withServed(
          {
            [address]: doc('en', 'AlertOps', body, script),
            'https://app.alertops.com/api/v2/integrations/inbound/25004': json({ url }, 300),
            'https://app.alertops.com/api/v2/requests/latest': json({ url: logged }, 300),
          },
          async (page) => {
            await page.goto(address);
            await poke(page);
            await waitForCapture(url);
            await poke(page);
            await sleep(4000);
            expect(await storedOf([logged]), "the toast's request URL").toEqual([]);
          },
        );
      },
      TEST_TIMEOUT,
    );

    it(
      'R25-05 a page of three <section> cards: two integrations (Uptrends EU, Uptrends US), each its URL first and its own "API URL" caption and Copy inserted 1 s / 1.8 s later, and a "Recent requests" section listing request URLs with no label or Copy: both integration URLs stored, no request URL',
      async () => {
        // Ground: README "lists of integrations are captured, each URL under its row's name" (R22-18: "all four stored");
        // "a section ... keeps its labels and Copy buttons to itself"; "A URL drawn before its label ... is captured".
        const eu = newUrl();
        const us = newUrl();
        const req1 = newUrl();
        const req2 = newUrl();
        const script = `${LIB}
fetch('/api/v2/integrations/inbound?page=1').then((r) => r.json()).then((d) => {
  const main = document.getElementById('cards');
  d.items.forEach((it, i) => {
    const s = document.createElement('section'); s.className = 'card'; s.setAttribute('aria-labelledby', 'c' + i);
    s.innerHTML = '<h2 id="c' + i + '"></h2><div class="row"><code class="mono"></code></div>';
    s.querySelector('h2').textContent = it.name; s.querySelector('code').textContent = it.url;
    main.append(s);
    setTimeout(() => {
      const row = s.querySelector('.row');
      row.insertAdjacentHTML('afterbegin', '<span class="caption">API URL</span> ');
      row.insertAdjacentHTML('beforeend', ' <button type="button">Copy</button>');
    }, 1000 + i * 800);
  });
  const log = document.createElement('section'); log.className = 'card'; log.setAttribute('aria-labelledby', 'rq');
  log.innerHTML = '<h2 id="rq">Recent requests</h2><ul></ul>';
  d.requests.forEach((u) => { const li = document.createElement('li'); li.innerHTML = '<span>POST</span> <span class="mono"></span> <span>202</span>'; li.querySelector('.mono').textContent = u; log.querySelector('ul').append(li); });
  main.append(log);
});`;
        const body = `<header><span>AlertOps</span></header><main><h1>Inbound Integrations</h1><div id="cards"></div></main>`;
        const address = 'https://app.alertops.com/configurations/integrations/inbound/r25-05';
        await withServed(
          {
            [address]: doc('en', 'AlertOps', body, script),
            'https://app.alertops.com/api/v2/integrations/inbound?page=1': json(
              {
                items: [
                  { name: 'Uptrends EU', url: eu },
                  { name: 'Uptrends US', url: us },
                ],
                requests: [req1, req2],
              },
              400,
            ),
          },
          async (page) => {
            await page.goto(address);
            await poke(page);
            await waitForCapture(eu);
            await waitForCapture(us);
            await poke(page);
            await sleep(3000);
            expect(await storedOf([req1, req2]), 'request log URLs').toEqual([]);
          },
        );
      },
      TEST_TIMEOUT,
    );

    it(
      'R25-06 a custom element <ao-endpoint> in the saved view whose open shadow root is attached 1.5 s after load (its chunk loads late), showing the URL, then 1 s later its "API URL" label and "Copy" text (lit-localize): stored, named after the page heading',
      async () => {
        // Ground: README "A URL drawn before its label ... is captured"; src/dom "open shadow roots"; the probe reads "the text of the shadow roots".
        const url = newUrl();
        const name = 'Uptrends – R25-06 shadow';
        const script = `${LIB}
class AoEndpoint extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>.row{display:flex;gap:8px}</style><div class="row"><span class="l" part="label"></span><code class="v" part="value"></code><button type="button" part="copy"></button></div>';
    fetch('/api/v2/integrations/inbound/25006').then((r) => r.json()).then((d) => {
      root.querySelector('.v').textContent = d.url;
      setTimeout(() => { root.querySelector('.l').textContent = 'API URL'; root.querySelector('button').textContent = 'Copy'; }, 1000);
    });
  }
}
setTimeout(() => customElements.define('ao-endpoint', AoEndpoint), 1500);`;
        const body = `<header><span>AlertOps</span></header><main><h1>${esc(name)}</h1><ao-endpoint></ao-endpoint>
<section><h2>Basic Settings</h2><p>Template: Uptrends</p></section></main>`;
        const address = 'https://app.alertops.com/configurations/integrations/inbound/api/25006';
        await withServed(
          {
            [address]: doc('en', 'AlertOps', body, script),
            'https://app.alertops.com/api/v2/integrations/inbound/25006': json({ url }, 300),
          },
          async (page) => {
            await page.goto(address);
            await poke(page);
            await page.waitForFunction(
              () => document.querySelector('ao-endpoint')?.shadowRoot?.textContent?.includes('Copy'),
              { timeout: WAIT },
            );
            await poke(page);
            const capture = await waitForCapture(url);
            expect(capture.integrationName).toBe(name);
          },
        );
      },
      TEST_TIMEOUT,
    );

    it(
      'R25-07 Inbound Log page: rows of received requests with their URLs drawn first, the column headers ("Received", "Integration", "Request URL", "Status") set in place (nodeValue) from i18n keys 1.5 s later, each row with a Copy button: nothing stored',
      async () => {
        // Ground: README "never ... through a label ... that sits ... among sentences", request logs are not a saved
        // integration's URL (round 22 R22-09: "nothing stored"); domain.md: capture the URL the saved integration shows.
        // A Copy button per log row: README "beside a Copy button" is about the saved integration; left as the R22-09 reading.
        const urls = [newUrl(), newUrl(), newUrl()];
        const script = `${LIB}
fetch('/api/v2/inbound-log').then((r) => r.json()).then((rows) => {
  const tb = document.querySelector('#log tbody');
  rows.forEach((r, i) => { const tr = document.createElement('tr'); tr.innerHTML = '<td>12:0' + i + '</td><td>Uptrends</td><td class="mono"></td><td>202</td>'; tr.children[2].textContent = r; tb.append(tr); });
  setTimeout(() => {
    const T = { h0: 'Received', h1: 'Integration', h2: 'Request URL', h3: 'Status' };
    for (const [id, t] of Object.entries(T)) inPlace(document.getElementById(id), t);
  }, 1500);
});`;
        const body = `<header><span>AlertOps</span></header><main><h1>Inbound Log</h1>
<table id="log" role="log"><thead><tr><th id="h0">log.received</th><th id="h1">log.integration</th><th id="h2">log.requestUrl</th><th id="h3">log.status</th></tr></thead><tbody></tbody></table></main>`;
        const address = 'https://app.alertops.com/configurations/integrations/inbound/log';
        await withServed(
          {
            [address]: doc('en', 'AlertOps', body, script),
            'https://app.alertops.com/api/v2/inbound-log': json(urls, 300),
          },
          async (page) => {
            await page.goto(address);
            await poke(page);
            await page.waitForFunction(() => document.getElementById('h2')?.textContent === 'Request URL', {
              timeout: WAIT,
            });
            await poke(page);
            await sleep(5000);
            expect(await storedOf(urls)).toEqual([]);
          },
        );
      },
      TEST_TIMEOUT,
    );
  });

  /* ============================================================================================================= */

  describe('Uptrends step 3: escalation levels whose labels arrive late', () => {
    async function expectTicked(
      address: string,
      lang: Lang,
      script: string,
      ao: string,
      names: string[],
      limit = WAIT,
      keepClicking = false,
    ): Promise<void> {
      await withServed({ [address]: doc(lang, 'Uptrends', LEVEL_BODY(lang), script) }, async (page) => {
        await page.goto(address);
        await poke(page);
        let clicking = keepClicking;
        const clicker = (async () => {
          while (clicking) {
            await sleep(3000);
            if (clicking) await poke(page).catch(() => undefined);
          }
        })();
        try {
          await pollModel(page, (m) => m.integrations?.[ao], true, limit);
        } finally {
          clicking = false;
          await clicker;
        }
        await sleep(2000);
        const m = await model(page);
        for (const x of names) expect(m.integrations[x], x).toBe(x === names[0] || x === ao);
        expect(m.active).toBe(true);
        const i = names.indexOf(ao);
        expect(await page.$eval(`#i${i}`, (el) => (el as HTMLInputElement).checked), 'the box shows it').toBe(true);
        expect(await page.evaluate(() => (window as AnyModel).saved)).toBe(false);
      });
    }
    const LEVEL_BODY = (lang: Lang) =>
      `<nav>${UT[lang].menu}</nav><h1>Webshop checkout</h1><div id="root"></div><button type="button" id="save">${esc(UT[lang].save)}</button>`;

    beforeAll(async () => {
      await seedCapture('Uptrends – R25 levels');
    }, TEST_TIMEOUT);

    it(
      'R25-08 EN: the level\'s checkboxes drawn with empty labels, the integration names filled in (textContent) 1 s later: "AlertOps – on call" ticked, nothing else',
      async () => {
        // Ground: README "any inserted words once the page shows them (... names filled into boxes already drawn ...)";
        // "ticks your AlertOps integration under 'Alerting by integrations'"; "an integration whose name says 'AlertOps' ... is taken for the AlertOps one".
        const names = ['E-mail', 'SMS', 'Phone', 'Slack #ops', 'AlertOps – on call'];
        await expectTicked(
          'https://app.uptrends.com/Alerting/AlertDefinitions/Edit/r25-08',
          'en',
          levelPage({ lang: 'en', names, namesMode: 'text', namesDelay: 1000, headingMode: 'now' }),
          'AlertOps – on call',
          names,
        );
      },
      TEST_TIMEOUT,
    );

    it(
      'R25-09 DE: the labels hold "…" when the boxes are drawn and the names are set in place (nodeValue) 1 s later; the user then leaves the page alone: "AlertOps Bereitschaft" ticked within 50 s, nothing else',
      async () => {
        // Ground: README "names filled into boxes already drawn"; domain.md DE "Alarmierung durch Integrationen", "Eskalationsstufe".
        // README also says "Neither script observes text edited in place", so no quick tick is expected: only the idle
        // probe's ("30 s after the last user input ... a probe reads the page's text every 2 s ... On Uptrends only a page
        // whose text changed since the last look counts"), hence the 50 s limit.
        const names = ['E-Mail', 'SMS', 'Telefon', 'Microsoft Teams Betrieb', 'AlertOps Bereitschaft'];
        await expectTicked(
          'https://app.uptrends.com/Alarmierung/Meldedefinitionen/Bearbeiten/r25-09',
          'de',
          levelPage({ lang: 'de', names, namesMode: 'nodeValue', namesDelay: 1000, headingMode: 'now' }),
          'AlertOps Bereitschaft',
          names,
          50_000,
        );
      },
      TEST_TIMEOUT,
    );

    it(
      'R25-09c CONTROL of R25-09: the same DE page, the names filled into the drawn labels by textContent (new text nodes) instead of nodeValue: ticked',
      async () => {
        // Ground: README "names filled into boxes already drawn" (inserted words once the page shows its sections).
        const names = ['E-Mail', 'SMS', 'Telefon', 'Microsoft Teams Betrieb', 'AlertOps Bereitschaft'];
        await expectTicked(
          'https://app.uptrends.com/Alarmierung/Meldedefinitionen/Bearbeiten/r25-09c',
          'de',
          levelPage({ lang: 'de', names, namesMode: 'text', namesDelay: 1000, headingMode: 'now' }),
          'AlertOps Bereitschaft',
          names,
        );
      },
      TEST_TIMEOUT,
    );

    it(
      'R25-09d CONTROL of R25-09: the same page (names set in place at 1 s); the user comes back and clicks the page 35 s after load, once the watching has stopped: ticked within 10 s of the click',
      async () => {
        // Ground: README "The next input starts watching again, in a task after the page has handled that input, beginning with a look at the whole page."
        const names = ['E-Mail', 'SMS', 'Telefon', 'Microsoft Teams Betrieb', 'AlertOps Bereitschaft'];
        const address = 'https://app.uptrends.com/Alarmierung/Meldedefinitionen/Bearbeiten/r25-09d';
        const script = levelPage({ lang: 'de', names, namesMode: 'nodeValue', namesDelay: 1000, headingMode: 'now' });
        await withServed({ [address]: doc('de', 'Uptrends', LEVEL_BODY('de'), script) }, async (page) => {
          await page.goto(address);
          await poke(page);
          await sleep(35_000);
          await poke(page);
          await pollModel(page, (m) => m.integrations['AlertOps Bereitschaft'], true, 10_000);
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'R25-09e CONTROL of R25-09: the same page, the names set in place 36 s after load (the page idle since 35 s, no input): ticked within 20 s of the change by the idle probe',
      async () => {
        // Ground: README idle probe: "a probe reads the page's text every 2 s ... On Uptrends only a page whose text changed since the last look counts".
        const names = ['E-Mail', 'SMS', 'Telefon', 'Microsoft Teams Betrieb', 'AlertOps Bereitschaft'];
        const address = 'https://app.uptrends.com/Alarmierung/Meldedefinitionen/Bearbeiten/r25-09e';
        const script = levelPage({ lang: 'de', names, namesMode: 'nodeValue', namesDelay: 36_000, headingMode: 'now' });
        await withServed({ [address]: doc('de', 'Uptrends', LEVEL_BODY('de'), script) }, async (page) => {
          await page.goto(address);
          await poke(page);
          await pollModel(page, (m) => m.integrations['AlertOps Bereitschaft'], true, 56_000);
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'R25-10 NL: the tab, "Actief" and the section heading are i18n keys set in place (nodeValue) to "Escalatieniveau 1", "Actief", "Alerts versturen door integraties" 1.5 s after the boxes (names already drawn): "AlertOps Piket" ticked',
      async () => {
        // Ground: README "reads the page's text once a second while in use and looks again when it changed and names them (a heading translated in place)".
        const names = ['E-mail', 'SMS', 'Telefoon', 'Slack beheer', 'AlertOps Piket'];
        await expectTicked(
          'https://app.uptrends.com/Alerting/Alertdefinities/r25-10',
          'nl',
          levelPage({ lang: 'nl', names, namesMode: 'now', headingMode: 'nodeValue', headingDelay: 1500 }),
          'AlertOps Piket',
          names,
        );
      },
      TEST_TIMEOUT,
    );

    it(
      'R25-11 FR: both late: the heading and tab translated in place at 1.5 s, the names filled into the drawn boxes (textContent) at 2.5 s: "AlertOps astreinte" ticked',
      async () => {
        // Ground: README "names filled into boxes already drawn", "a heading translated in place"; domain.md FR "Alertes par intégrations".
        const names = ['E-mail', 'SMS', 'Téléphone', 'Slack exploitation', 'AlertOps astreinte'];
        await expectTicked(
          'https://app.uptrends.com/Alerte/Definitions/r25-11',
          'fr',
          levelPage({
            lang: 'fr',
            names,
            namesMode: 'text',
            namesDelay: 2500,
            headingMode: 'nodeValue',
            headingDelay: 1500,
          }),
          'AlertOps astreinte',
          names,
        );
      },
      TEST_TIMEOUT,
    );

    it(
      'R25-12 EN: the heading and tab set in place 12 s after load (a slow locale bundle) while the user keeps clicking on the page every 3 s: "AlertOps pager" ticked within 10 s of the translation',
      async () => {
        // Ground: README "The Uptrends script, until the page shows its sections, reads the page's text once a second while in use and looks again when it changed and names them (a heading translated in place)";
        // "in use" = less than 30 s since the last user input ("stop their MutationObservers 30 s after the last user input"). The user clicks every 3 s, so the page is in use throughout.
        const names = ['E-mail', 'SMS', 'Phone', 'Slack #ops', 'AlertOps pager'];
        await expectTicked(
          'https://app.uptrends.com/Alerting/AlertDefinitions/Edit/r25-12',
          'en',
          levelPage({ lang: 'en', names, namesMode: 'now', headingMode: 'nodeValue', headingDelay: 12_000 }),
          'AlertOps pager',
          names,
          22_000,
          true,
        );
      },
      TEST_TIMEOUT,
    );
    it(
      'R25-12c CONTROL of R25-12: the same page and the same clicking every 3 s, the heading set in place 4 s after load: ticked',
      async () => {
        // Ground: as R25-12; only the translation's delay differs (4 s instead of 12 s).
        const names = ['E-mail', 'SMS', 'Phone', 'Slack #ops', 'AlertOps pager'];
        await expectTicked(
          'https://app.uptrends.com/Alerting/AlertDefinitions/Edit/r25-12c',
          'en',
          levelPage({ lang: 'en', names, namesMode: 'now', headingMode: 'nodeValue', headingDelay: 4000 }),
          'AlertOps pager',
          names,
          14_000,
          true,
        );
      },
      TEST_TIMEOUT,
    );
  });

  /* ============================================================================================================= */

  describe('Uptrends step 2: the AlertOps editor among other parts, labels late', () => {
    let fillUrl = '';
    beforeAll(async () => {
      fillUrl = await seedCapture('Uptrends – R25 editors');
    }, TEST_TIMEOUT);

    async function expectFilled(address: string, o: EditorOptions, extra?: (page: Page) => Promise<void>) {
      const body = `<nav>${UT[o.lang].menu}</nav><div id="root"></div>`;
      await withServed({ [address]: doc(o.lang, 'Uptrends', body, editorPage(o)) }, async (page) => {
        await page.goto(address);
        await poke(page);
        await pollModel(page, (m) => m?.vars?.AlertOpsUrl?.value, fillUrl);
        expect(await page.$eval('#v-url', (el) => (el as HTMLInputElement).value), 'the field shows it').toBe(fillUrl);
        await sleep(1500);
        const m = await model(page);
        expect(m.vars.AlertOpsUrl.mode).toBe('here');
        if (m.other) expect(m.other.value, "the other type's variable").toBe('');
        expect(await page.evaluate(() => (window as AnyModel).saved), 'never clicks Save').toBe(false);
        if (extra) await extra(page);
      });
    }

    it(
      "R25-13 EN: the AlertOps editor in a modal dialog over the integrations list (aria-hidden), a Slack editor kept mounted display:none with its WebhookUrl; the modal's labels are i18n keys replaced (textContent) 1.5 s after the fields render: only the AlertOps variable is filled",
      async () => {
        // Ground: README "only an editor of type AlertOps, only the AlertOps URL variable", "never fills another integration type";
        // "labels translated after the form is drawn"; domain.md "'Add integration' opens a dialog".
        await expectFilled('https://app.uptrends.com/Alerting/Integrations/r25-13', {
          lang: 'en',
          labels: 'text',
          delay: 1500,
          modal: true,
          hiddenOther: { type: 'Slack', varName: 'WebhookUrl' },
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'R25-14 NL: the editor drawn with i18n keys translated (textContent) 50 ms later; the URL field labelled only "Waarde" in the AlertOpsUrl row (name | "Waarde hier opgeven" drop-down | Waarde | ⋯), model learns from "input": filled',
      async () => {
        // Ground: domain.md "Each variable row has a drop-down ... and a '⋯' button", "Find the URL row of the AlertOps form rather than a fixed name", value = "Waarde";
        // README "fills the captured URL into the AlertOps predefined variable, whether the page shows a plain field or the '⋯' value dialog"; "labels translated after the form is drawn".
        await expectFilled('https://app.uptrends.com/Alerting/Integraties/r25-14', {
          lang: 'nl',
          labels: 'text',
          delay: 50,
          fieldLabel: 'value',
          row: 'full',
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'R25-15 DE: the editor\'s labels set in place (nodeValue) from i18n keys 1.5 s after the fields render ("Vordefinierte Variablen" among them); the field labelled only "Wert" in a short AlertOpsUrl row; Knockout-like model learns from "change": filled',
      async () => {
        // Ground: README "reads the page's text once a second while in use and looks again when it changed and names them (a heading translated in place)";
        // domain.md value = "Wert(e)"; "Assume a framework that only notices a value when input/change events fire".
        await expectFilled('https://app.uptrends.com/Alarmierung/Integrationen/r25-15', {
          lang: 'de',
          labels: 'nodeValue',
          delay: 1500,
          fieldLabel: 'value',
          row: 'short',
          learnOn: 'change',
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'R25-16 FR: a Microsoft Teams editor (WorkflowUrl) kept mounted but hidden; the AlertOps editor\'s label nodes replaced by new ones 1.5 s after render; its variable row\'s name cell empty when drawn and "AlertOpsUrl" filled in 1 s later: only the AlertOps variable is filled',
      async () => {
        // Ground: README "never fills another integration type"; "labels translated after the form is drawn, names filled into boxes already drawn";
        // domain.md Teams → `WorkflowUrl`, "the framework may re-render (replace) nodes at any time".
        await expectFilled('https://app.uptrends.com/Alerte/Integrations/r25-16', {
          lang: 'fr',
          labels: 'replace',
          delay: 1500,
          hiddenOther: { type: 'Microsoft Teams', varName: 'WorkflowUrl' },
          varNameLate: 1000,
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'R25-17 EN: in a modal over the list, the field labelled only "Value" in the AlertOpsUrl row as domain.md draws it (name | "Specify value here" drop-down | Value | ⋯), labels translated (textContent) 1.5 s after render: filled, the "⋯" dialog not needed',
      async () => {
        // Ground: domain.md "Each variable row has a drop-down ... and a '⋯' button", value = "Value"; README "whether the page shows a plain field or the '⋯' value dialog".
        await expectFilled('https://app.uptrends.com/Alerting/Integrations/r25-17', {
          lang: 'en',
          labels: 'text',
          delay: 1500,
          fieldLabel: 'value',
          row: 'full',
          modal: true,
        });
      },
      TEST_TIMEOUT,
    );
  });

  it(
    'R25-18 never writes a key shown by this file into any log',
    async () => {
      expect(issuedKeys().length).toBeGreaterThan(0);
      const all = ff.logs.join('\n');
      for (const key of issuedKeys()) expect(all).not.toContain(key);
    },
    TEST_TIMEOUT,
  );
});
