/**
 * Blind acceptance renderings, round 31: THE USER'S OWN HAND, IN FIREFOX. What users do with keyboard, mouse and
 * clipboard around the moment the extension acts, in real Firefox ESR with dist/firefox installed (see firefox.ts).
 * Written from domain.md, the Uptrends KB, the README and the test helpers only (no extension source read).
 *
 * Uptrends renderings in EN/NL/DE/FR, in four styles: a plain form (model from input+change), a React-like controlled
 * form drawn anew on every keystroke (focus and caret restored), a Knockout-like form whose model learns a value on
 * `change` only, and the "⋯" value dialog (Plain text / Value / Select; a modal ARIA dialog that takes the focus when it
 * opens and gives it back to its opener when it closes). Each page keeps its model (`window.model`), every trusted
 * keydown with the field it landed in (`window.keys`), what its Save would send (`window.sent`) and a count of Save
 * clicks (`window.saves`). A capture "from another tab" is a saved AlertOps page (current UI: "API URL" with a Copy
 * button, drawn after a delay) in a window of its own, so the Uptrends tab stays shown and typed into. Waits during
 * typing read the page's model, never the extension's storage (that helper opens a tab, which moves the focus).
 *
 * Grounds:
 * - domain.md: step 2, the editor has "Integration name", "Integration type" and "Predefined variables", each variable
 *   row a drop-down ("Specify value here") and a "⋯" button opening a dialog with Plain text, a value and Select;
 *   labels per language in its table; "Assume a framework that only notices a value when input/change events fire, and
 *   that may re-render (replace) nodes at any time"; step 3, "Escalation level" tabs each with "Active" and "Alerting by
 *   integrations", one checkbox per integration; the saved AlertOps integration page shows the URL with a Copy button.
 * - README: "fills the captured URL into the AlertOps predefined variable, whether the page shows a plain field or the
 *   '⋯' value dialog ... You review and click Save. If you opened the editor before saving in AlertOps, it is filled as
 *   soon as the URL is captured"; "never clicks Save, never overwrites a value you typed (it offers to replace it
 *   instead)"; Threats: "Fills only empty fields (else an in-page 'Replace?' prompt) ... never clicks Save ... repeated
 *   runs change nothing"; "Filled again when the editor that left still held the fill and the user never edited that
 *   URL (an emptied one stays empty)"; "Buttons act only on trusted (real user) events"; step 3 "ticks your AlertOps
 *   integration under 'Alerting by integrations' ... You review and click Save"; "an integration whose name says
 *   'AlertOps' ... is taken for the AlertOps one"; never logged.
 * - The round's brief reads those promises for the user's hand: the keystrokes of a user typing in one field land in
 *   that field; nothing the user typed, pasted, emptied or undid is changed afterwards; the one Save is the user's.
 * - Not asserted (no promise): whether a box the user unticked by hand is ticked again after the page redraws (the
 *   README promises a tick on a level shown without it, not a fight with the user: asserted only that the user's tick of
 *   another box stays); the keyboard order of the prompt beyond reaching it; whether the prompt shows at all when the
 *   user typed over the fill; whether the extension opens the "⋯" dialog to read a value before asking "Replace?".
 *
 * Results (first runs): 23 renderings, R31-01..R31-21 and the controls R31-04c and R31-21c, 2 fail:
 * - R31-04 FAILS: the user types the name in a FR "⋯"-dialog editor when the capture arrives from another window; the
 *   fill waits for the pause, opens the dialog (which takes the focus) and selects the URL; the dialog gives the focus
 *   back to its "⋯" button, and there it stays: the user's next space opens the dialog again and their next letters go
 *   into its Valeur field ("ouest" before the URL). Every keystroke before the pause stayed in the name. Control
 *   R31-04c: the same page, typing and pause with nothing captured keeps the focus and every key in the name.
 * - R31-21 FAILS: an EN editor whose "⋯" button carries aria-label="More options" (aria-haspopup="dialog", visible text
 *   "⋯"): nothing is filled and no notice tells the user. Control R31-21c: the same button without aria-label is used
 *   and the URL goes in through the dialog.
 * Both fixed: the focus goes back to the user's field when the page drew its form anew as the dialog closed (the same
 * field found by its id, from the redrawn "⋯" button); a button drawn as "⋯" is the value button whatever it is named,
 * unless it opens a menu.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, type FirefoxWithExtension, firefoxSkipReason, launchFirefoxWithExtension } from './firefox.ts';
import {
  type AnyModel,
  model,
  noticeText,
  OpenedPages,
  pollModel as pollPageModel,
  type Route,
  waitForCapture,
} from './firefox-pages.ts';
import { escapeHtml as esc, issuedKeys, NOTICE, sleep, validUrl } from './hostile-pages.ts';

const TEST_TIMEOUT = 120_000;
const WAIT = 15_000;
const UT = 'https://app.uptrends.com';

const skipReason = await firefoxSkipReason();
if (skipReason) console.warn(`[firefox] blind round 31 (the user's hand) SKIPPED: ${skipReason}`);

const W = {
  en: {
    newTitle: 'New integration',
    editTitle: 'Edit integration',
    name: 'Integration name',
    type: 'Integration type',
    vars: 'Predefined variables',
    here: 'Specify value here',
    inLevel: 'Specify value in escalation level',
    plain: 'Plain text',
    vault: 'Vault credential',
    value: 'Value',
    select: 'Select',
    save: 'Save',
    cancel: 'Cancel',
    defs: 'Alert definitions',
    level: 'Escalation level',
    active: 'Active',
    section: 'Alerting by integrations',
    phone: 'Phone',
  },
  nl: {
    newTitle: 'Nieuwe integratie',
    editTitle: 'Integratie bewerken',
    name: 'Integratienaam',
    type: 'Integratietype',
    vars: 'Voorgedefinieerde variabelen',
    here: 'Waarde hier opgeven',
    inLevel: 'Waarde opgeven in escalatieniveau',
    plain: 'Platte tekst',
    vault: 'Kluisreferentie',
    value: 'Waarde',
    select: 'Selecteren',
    save: 'Opslaan',
    cancel: 'Annuleren',
    defs: 'Alertdefinities',
    level: 'Escalatieniveau',
    active: 'Actief',
    section: 'Alerts versturen door integraties',
    phone: 'Telefoon',
  },
  de: {
    newTitle: 'Neue Integration',
    editTitle: 'Integration bearbeiten',
    name: 'Integrationsname',
    type: 'Integrationstyp',
    vars: 'Vordefinierte Variablen',
    here: 'Wert hier eintragen',
    inLevel: 'Wert in Eskalationsstufe eintragen',
    plain: 'Klartext',
    vault: 'Tresor-Anmeldedaten',
    value: 'Wert',
    select: 'Auswählen',
    save: 'Speichern',
    cancel: 'Abbrechen',
    defs: 'Meldedefinitionen',
    level: 'Eskalationsstufe',
    active: 'Aktiv',
    section: 'Alarmierung durch Integrationen',
    phone: 'Telefon',
  },
  fr: {
    newTitle: 'Nouvelle intégration',
    editTitle: "Modifier l'intégration",
    name: "Nom de l'intégration",
    type: "Type d'intégration",
    vars: 'Variables prédéfinies',
    here: 'Spécifiez la valeur ici',
    inLevel: "Spécifiez la valeur dans le niveau d'escalade",
    plain: 'Texte brut',
    vault: 'Identifiants du coffre',
    value: 'Valeur',
    select: 'Sélectionner',
    save: 'Enregistrer',
    cancel: 'Annuler',
    defs: "Définitions d'alerte",
    level: "Niveau d'escalade",
    active: 'Actif',
    section: 'Alertes par intégrations',
    phone: 'Téléphone',
  },
} as const;
type Lang = keyof typeof W;

/**
 * Page-side kit. `editor(app, style, o)` draws an AlertOps integration editor in one of four styles:
 * - 'plain': drawn once, model from input+change (`window.redraw()` draws it anew from the model);
 * - 'react': drawn anew from the model after every input/change, focus and caret restored;
 * - 'ko': model learns values on `change` only;
 * - 'dialog': the URL variable shows a read-only value and a "⋯" button; the modal dialog (Plain text / Vault
 *   credential, Value, Select / Cancel) focuses its Value field on open and gives the focus back to "⋯" on close.
 * o: { varName, name, url, title, form (a real <form> that saves on submit) }.
 */
const KIT = `
const esc = (s) => String(s == null ? '' : s).replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;').replace(/"/g,'&quot;');
window.saves = 0; window.sent = null; window.sentCount = 0; window.renders = 0; window.keys = [];
document.addEventListener('keydown', (e) => { if (!e.isTrusted) return; const t = e.target; window.keys.push(((t && t.dataset && t.dataset.k) || (t && t.tagName) || '?') + ':' + e.key); }, true);
function save() { window.sent = JSON.parse(JSON.stringify(window.model)); window.sentCount++; }
function editor(app, style, o) {
  o = o || {};
  const v = o.varName || 'AlertOpsUrl';
  window.model = { name: o.name || '', url: o.url || '' };
  const learn = style === 'ko' ? ['change'] : ['input', 'change'];
  function urlCell() {
    if (style !== 'dialog') return '<input type="text" size="72" autocomplete="off" id="v-url" data-k="url" aria-labelledby="v-lab" value="' + esc(window.model.url) + '">';
    return '<input type="text" size="60" readonly id="v-show" aria-labelledby="v-lab" value="' + esc(window.model.url) + '"> <button type="button" id="v-more" ' + (o.dotsLabel ? 'aria-label="' + esc(o.dotsLabel) + '"' : '') + '' + (o.dotsTitle ? ' title="' + esc(o.dotsTitle) + '"' : '') + ' aria-haspopup="dialog">⋯</button>';
  }
  function view() {
    const open = o.form ? '<form id="ed" action="#" novalidate>' : '<div id="ed">';
    const close = o.form ? '</form>' : '</div>';
    return '<section class="ut-panel"><h2>' + esc(o.title || L.newTitle) + '</h2>' + open +
      '<div class="fg"><label for="f-name">' + esc(L.name) + '</label><br><input id="f-name" data-k="name" type="text" size="48" value="' + esc(window.model.name) + '"></div>' +
      '<div class="fg"><label for="f-type">' + esc(L.type) + '</label><br><select id="f-type" disabled><option>AlertOps</option></select></div>' +
      '<h3>' + esc(L.vars) + '</h3><div class="var-row"' + (o.noGroup ? '' : ' role="group" aria-labelledby="v-lab"') + '><span id="v-lab" class="var-name">' + esc(v) + '</span> ' +
      '<select id="v-mode" ' + (o.selectBy ? 'aria-labelledby="v-lab"' : 'aria-label="' + esc(v) + '"') + '><option>' + esc(L.here) + '</option><option>' + esc(L.inLevel) + '</option></select> ' + urlCell() + '</div>' +
      '<p class="actions"><button ' + (o.form ? 'type="submit"' : 'type="button"') + ' id="save" data-save>' + esc(L.save) + '</button> <button type="button" id="cancel">' + esc(L.cancel) + '</button></p>' + close + '</section>';
  }
  function bind() {
    for (const el of app.querySelectorAll('[data-k]')) for (const ev of learn) el.addEventListener(ev, () => { window.model[el.dataset.k] = el.value; if (style === 'react') window.redraw(); });
    const s = app.querySelector('#save');
    if (o.form) app.querySelector('form').addEventListener('submit', (e) => { e.preventDefault(); save(); });
    else s.addEventListener('click', save);
    s.addEventListener('click', () => { window.saves++; });
    const more = app.querySelector('#v-more');
    if (more) more.addEventListener('click', () => openDialog(more));
  }
  window.redraw = () => {
    const a = document.activeElement, k = a && a.dataset ? a.dataset.k : null;
    let s = null, e = null; try { s = a.selectionStart; e = a.selectionEnd; } catch (x) {}
    app.innerHTML = view(); window.renders++; bind();
    if (k) { const el = app.querySelector('[data-k="' + k + '"]'); if (el) { el.focus(); try { if (s != null) el.setSelectionRange(s, e); } catch (x) {} } }
  };
  function openDialog(opener) {
    if (document.getElementById('vd')) return;
    const d = document.createElement('div');
    d.id = 'vd'; d.setAttribute('role', 'dialog'); d.setAttribute('aria-modal', 'true'); d.setAttribute('aria-labelledby', 'vd-t');
    d.className = 'modal';
    d.innerHTML = '<h4 id="vd-t">' + esc(v) + '</h4><div role="radiogroup"><label><input type="radio" name="vk" id="vk-plain" checked> ' + esc(L.plain) + '</label> <label><input type="radio" name="vk" id="vk-vault"> ' + esc(L.vault) + '</label></div>' +
      '<div class="fg"><label for="vd-val">' + esc(L.value) + '</label><br><input id="vd-val" data-k="dialog" type="text" size="70" value="' + esc(window.model.url) + '"></div>' +
      '<p><button type="button" id="vd-ok">' + esc(L.select) + '</button> <button type="button" id="vd-no">' + esc(L.cancel) + '</button></p>';
    document.body.appendChild(d);
    window.dialogOpens = (window.dialogOpens || 0) + 1;
    const done = (keep) => {
      if (keep) window.model.url = d.querySelector('#vd-val').value;
      d.remove();
      window.redraw();
      const m = app.querySelector('#v-more'); if (m) m.focus();
    };
    d.querySelector('#vd-ok').addEventListener('click', () => done(true));
    d.querySelector('#vd-no').addEventListener('click', () => done(false));
    d.addEventListener('keydown', (e) => { if (e.key === 'Escape') done(false); });
    d.querySelector('#vd-val').focus();
  }
  window.redraw();
}
`;

const STYLE = `<style>body{font:14px system-ui,sans-serif;margin:0;padding:8px 8px 160px} .fg{margin:8px 0}
.var-row{display:flex;gap:6px;align-items:center} .modal{position:fixed;top:60px;left:120px;background:#fff;border:1px solid #555;padding:12px;box-shadow:0 4px 20px #0006}
[role=tab][aria-selected=true]{font-weight:bold} .lvl label{display:block;margin:3px 0}</style>`;

function doc(lang: Lang, body: string, script: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Uptrends</title>${STYLE}</head>
<body>${body}<script>const L = ${JSON.stringify(W[lang])};
${KIT}
${script}</script></body></html>`;
}

type Style = 'plain' | 'react' | 'ko' | 'dialog';
interface EdOpts {
  varName?: string;
  name?: string;
  url?: string;
  title?: string;
  form?: boolean;
  dotsLabel?: string;
  dotsTitle?: string;
  noGroup?: boolean;
  selectBy?: boolean;
}

function editorDoc(lang: Lang, style: Style, o: EdOpts = {}): string {
  return doc(
    lang,
    `<header><nav>Uptrends · ${esc(W[lang].defs)} · Integrations</nav></header><main id="app"></main>`,
    `editor(document.getElementById('app'), ${JSON.stringify(style)}, ${JSON.stringify(o)});`,
  );
}

/**
 * Escalation levels as tabs; the panel is drawn anew from the model on every tab switch (and on `window.redraw()`).
 * Each box is a checkbox wrapped in its <label>; the model learns a box on `change`.
 */
function levelsDoc(lang: Lang, names: string[], levels = 3): string {
  const script = `
const NAMES = ${JSON.stringify(names)}, N = ${levels};
window.model = { level: 1, boxes: {} };
for (let l = 1; l <= N; l++) { window.model.boxes[l + ':active'] = true; for (const n of NAMES) window.model.boxes[l + ':' + n] = false; }
const app = document.getElementById('app');
window.redraw = () => {
  const l = window.model.level; window.renders++;
  app.innerHTML = '<h1>' + esc(L.defs) + ' · Production</h1><div role="tablist">' +
    Array.from({ length: N }, (_, i) => '<button type="button" role="tab" id="tab-' + (i + 1) + '" aria-selected="' + (i + 1 === l) + '" aria-controls="panel">' + esc(L.level) + ' ' + (i + 1) + '</button>').join(' ') +
    '</div><div role="tabpanel" id="panel" aria-labelledby="tab-' + l + '" class="lvl"><label><input type="checkbox" data-b="' + l + ':active"' + (window.model.boxes[l + ':active'] ? ' checked' : '') + '> ' + esc(L.active) + '</label>' +
    '<fieldset><legend>' + esc(L.section) + '</legend>' +
    NAMES.map((n, i) => '<label id="lb-' + i + '"><input type="checkbox" id="b-' + i + '" data-b="' + l + ':' + esc(n) + '"' + (window.model.boxes[l + ':' + n] ? ' checked' : '') + '> ' + esc(n) + '</label>').join('') +
    '</fieldset></div><p><button type="button" id="save" data-save>' + esc(L.save) + '</button></p>';
  for (const b of app.querySelectorAll('[data-b]')) b.addEventListener('change', () => { window.model.boxes[b.dataset.b] = b.checked; });
  for (const t of app.querySelectorAll('[role=tab]')) t.addEventListener('click', () => { window.model.level = Number(t.id.slice(4)); window.redraw(); });
  app.querySelector('#save').addEventListener('click', () => { window.saves++; save(); });
};
window.redraw();`;
  return doc(lang, '<main id="app"></main>', script);
}

/** A saved AlertOps integration (current UI): the URL with a Copy button at the top, drawn `delay` ms after load. */
function savedAlertOps(url: string, name: string, delay: number): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AlertOps</title></head><body>
<header>AlertOps <nav><a href="#">Incidents</a> <a href="#">Configurations</a></nav></header><main id="app"><p>Saving…</p></main><script>
setTimeout(() => {
  document.getElementById('app').innerHTML = '<h1 id="h"></h1><div class="endpoint"><span>API URL</span> <code id="u"></code> <button type="button">Copy</button></div><section><h2>Basic Settings</h2><p>Template: Uptrends</p></section>';
  document.getElementById('h').textContent = ${JSON.stringify(name)};
  document.getElementById('u').textContent = ${JSON.stringify(url)};
}, ${delay});</script></body></html>`;
}

describe.skipIf(skipReason !== undefined)("Firefox blind round 31: the user's own hand", () => {
  let ff: FirefoxWithExtension;
  const opened = new OpenedPages(() => ff);
  let aoSeq = 0;

  beforeAll(async () => {
    ff = await launchFirefoxWithExtension();
    // The helper's extension tab is opened once here, never in the middle of a test.
    await ff.captures();
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await ff?.close();
  }, TEST_TIMEOUT);

  const tab = (routes: Record<string, Route>) => opened.serve(routes);
  const closeAll = () => opened.closeAll();

  async function clearCaptures(): Promise<void> {
    await ff.clearStorage();
  }

  async function poke(page: Page): Promise<void> {
    await page.mouse.click(3, 855);
  }

  /** Opens a saved AlertOps page in a window of its own that draws `url` after `delay` ms. */
  async function alertOpsWindow(url: string, delay: number): Promise<Page> {
    aoSeq += 1;
    const address = `https://app.alertops.com/configurations/integrations/inbound/api/31${String(aoSeq).padStart(3, '0')}`;
    // biome-ignore lint/suspicious/noExplicitAny: puppeteer's newPage options (a window of its own)
    const win: Page = await (ff.browser as any).newPage({ type: 'window' });
    await win.setViewport({ width: 1280, height: 860 });
    await win.setRequestInterception(true);
    const html = savedAlertOps(url, `Uptrends R31 ${aoSeq}`, delay);
    win.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      if (request.url().split('#')[0] === address)
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html }).catch(() => {});
      else void request.continue().catch(() => {});
    });
    opened.add(win);
    await win.goto(address);
    await poke(win);
    return win;
  }

  /** A capture stored before the test (nothing typed meanwhile): the newest, the one a fill uses. */
  async function captureNow(): Promise<string> {
    const url = validUrl();
    const win = await alertOpsWindow(url, 100);
    await waitForCapture(ff, url, WAIT);
    await win.close().catch(() => undefined);
    return url;
  }

  /** No name remembered from the editor: the step-3 choice rests on "an integration whose name says AlertOps". */
  async function forgetNames(): Promise<void> {
    await ff.inExtension(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: the extension API in an extension page
      const b = (globalThis as any).browser;
      const { bridgeState } = await b.storage.local.get('bridgeState');
      if (!bridgeState) return;
      const captures = (bridgeState.captures ?? []).map((c: Record<string, unknown>) => {
        const { filled: _f, ...rest } = c;
        return rest;
      });
      await b.storage.local.set({ bridgeState: { ...bridgeState, captures, uptrendsNames: [] } });
    }, null);
  }

  async function explain(page: Page): Promise<string> {
    const seen = await page
      .evaluate(() => {
        const fields = Array.from(document.querySelectorAll('input,select')).map((f) => {
          const e = f as HTMLInputElement;
          return `${e.id || e.dataset.b}=${e.type === 'checkbox' || e.type === 'radio' ? e.checked : JSON.stringify(e.value)}`;
        });
        const w = window as AnyModel;
        return {
          fields,
          focus: document.activeElement?.id || document.activeElement?.tagName,
          model: w.model,
          sent: w.sent,
          saves: w.saves,
          keys: (w.keys as string[]).slice(-80).join(' '),
          dialogOpens: w.dialogOpens,
        };
      })
      .catch((error) => `unreadable: ${error}`);
    return `${JSON.stringify(seen)}\nnotice: ${JSON.stringify(await noticeText(page).catch(() => ''))}`;
  }

  const pollModel = (page: Page, read: (m: AnyModel) => unknown, expected: unknown, timeout = WAIT) =>
    pollPageModel(page, read, expected, timeout, explain);

  const value = (page: Page, id: string) =>
    page.evaluate((i) => (document.getElementById(i) as HTMLInputElement | null)?.value ?? null, id);
  const focusId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
  const keysOf = async (page: Page) => (await model(page, 'keys')) as string[];

  async function holds<T>(read: () => Promise<T>, expected: T, ms: number, what: string): Promise<void> {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      const v = await read();
      if (JSON.stringify(v) !== JSON.stringify(expected))
        throw new Error(`${what}: ${JSON.stringify(v)} instead of ${JSON.stringify(expected)}`);
      await sleep(250);
    }
  }

  async function chord(page: Page, key: string): Promise<void> {
    await page.keyboard.down('Control');
    await page.keyboard.press(key as never);
    await page.keyboard.up('Control');
  }

  async function pollNotice(page: Page, pattern: RegExp, timeout = WAIT): Promise<void> {
    try {
      await eventually(
        () => noticeText(page),
        (t) => pattern.test(t),
        timeout,
      );
    } catch {
      throw new Error(`no notice matching ${pattern}\n${await explain(page)}`);
    }
  }

  /** Presses Tab until the focus is on a notice button whose text matches; Firefox's own Tab order. */
  async function tabToNoticeButton(page: Page, name: RegExp, max = 30): Promise<void> {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate((sel) => {
        const host = document.activeElement;
        if (!host?.matches(sel)) return null;
        const inner = host.shadowRoot?.activeElement as HTMLElement | null | undefined;
        return inner ? (inner.getAttribute('aria-label') ?? inner.textContent ?? '') : null;
      }, NOTICE);
      if (label !== null && name.test(label)) return;
    }
    throw new Error(`no notice button matching ${name} reached with Tab\n${await explain(page)}`);
  }

  /**
   * The user clicks into `fieldId` and types `text` (a key every `delay` ms); meanwhile a saved AlertOps page in
   * another window draws a new URL `after` ms after the typing starts. Gives the URL and how much had been typed when
   * the page model first held the URL (read from the page, not from the extension's storage).
   */
  async function typeWhileCaptured(
    ut: Page,
    fieldId: string,
    text: string,
    o: { after?: number; delay?: number; until?: (m: AnyModel) => boolean } = {},
  ) {
    const fresh = validUrl();
    await alertOpsWindow(fresh, o.after ?? 1500);
    await ut.bringToFront();
    await ut.click(`#${fieldId}`);
    const typing = ut.keyboard.type(text, { delay: o.delay ?? 70 });
    let typedAtFill = -1;
    const until = o.until ?? ((m: AnyModel) => m.url === fresh);
    const watch = (async () => {
      const end = Date.now() + WAIT;
      while (Date.now() < end) {
        const m = await model(ut);
        if (until(m) || (m.url && m.url === fresh)) {
          typedAtFill = ((await value(ut, fieldId)) ?? '').length;
          return;
        }
        await sleep(60);
      }
    })();
    await typing;
    await watch;
    return { fresh, typedAtFill };
  }

  /* ============================================================================================================= */
  describe('typing when the capture arrives from another window', () => {
    it(
      'R31-01 EN plain form: the user is typing the integration name when the capture arrives: every keystroke in the name, the URL filled, the focus never left the name',
      async () => {
        // Ground: README "If you opened the editor before saving in AlertOps, it is filled as soon as the URL is captured"; "never overwrites a value you typed"; brief: keystrokes stay where they are typed.
        try {
          await clearCaptures();
          const ut = await tab({
            [`${UT}/r31-01/integrations/new`]: editorDoc('en', 'plain', { varName: 'AlertOpsApiUrl' }),
          });
          await ut.goto(`${UT}/r31-01/integrations/new`);
          await poke(ut);
          const typed = 'Ops on-call night shift Amsterdam datacenter west';
          const r = await typeWhileCaptured(ut, 'f-name', typed);
          await pollModel(ut, (m) => m.url, r.fresh);
          await sleep(800);
          const why = await explain(ut);
          expect(r.typedAtFill, `premise: filled while the user typed\n${why}`).toBeGreaterThan(0);
          expect(r.typedAtFill, `premise: filled while the user typed\n${why}`).toBeLessThan(typed.length);
          expect(await value(ut, 'f-name'), why).toBe(typed);
          expect((await model(ut)).name, why).toBe(typed);
          expect(await value(ut, 'v-url'), why).toBe(r.fresh);
          expect(
            (await keysOf(ut)).every((k) => k.startsWith('name:')),
            why,
          ).toBe(true);
          expect(await focusId(ut), why).toBe('f-name');
          expect(await model(ut, 'saves')).toBe(0);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R31-02 NL React-like controlled form (drawn anew on every keystroke): the user types the name when the capture arrives: every keystroke in the name, the URL in the model, the caret kept',
      async () => {
        // Ground: domain.md "may re-render (replace) nodes at any time"; README fill "as soon as the URL is captured"; brief.
        try {
          await clearCaptures();
          const ut = await tab({
            [`${UT}/r31-02/integraties/nieuw`]: editorDoc('nl', 'react', { varName: 'AlertOpsUrl' }),
          });
          await ut.goto(`${UT}/r31-02/integraties/nieuw`);
          await poke(ut);
          const typed = 'Piketdienst nacht Rotterdam rekencentrum oost';
          const r = await typeWhileCaptured(ut, 'f-name', typed);
          await pollModel(ut, (m) => m.url, r.fresh);
          await sleep(800);
          const why = await explain(ut);
          expect(r.typedAtFill, `premise\n${why}`).toBeLessThan(typed.length);
          expect(await value(ut, 'f-name'), why).toBe(typed);
          expect((await model(ut)).name, why).toBe(typed);
          expect(await value(ut, 'v-url'), why).toBe(r.fresh);
          expect(
            (await keysOf(ut)).every((k) => k.startsWith('name:')),
            why,
          ).toBe(true);
          expect(await focusId(ut), why).toBe('f-name');
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R31-03 DE Knockout-like (change only): the user is typing their own URL into the AlertOps variable when the capture arrives, then Tab: every keystroke kept, the model holds their URL',
      async () => {
        // Ground: README "never overwrites a value you typed (it offers to replace it instead)"; Threats "Fills only empty fields".
        try {
          await clearCaptures();
          const ut = await tab({
            [`${UT}/r31-03/integrationen/neu`]: editorDoc('de', 'ko', { varName: 'AlertOpsUrl' }),
          });
          await ut.goto(`${UT}/r31-03/integrationen/neu`);
          await poke(ut);
          const own = validUrl('Uptrends');
          const typed = own;
          const fresh = validUrl();
          await alertOpsWindow(fresh, 1200);
          await ut.bringToFront();
          await ut.click('#v-url');
          await ut.keyboard.type(typed, { delay: 45 });
          await ut.keyboard.press('Tab');
          await sleep(3000);
          const why = await explain(ut);
          expect(await value(ut, 'v-url'), `what the user typed\n${why}`).toBe(own);
          expect((await model(ut)).url, why).toBe(own);
          expect(
            (await keysOf(ut)).filter((k) => !k.startsWith('url:')),
            why,
          ).toEqual(['url:Tab'].slice(1));
          expect(await model(ut, 'saves')).toBe(0);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    /**
     * FR "⋯" dialog editor; the user types the name, pauses, then types on without clicking. With `capture`, a saved
     * AlertOps page in another window shows a new URL while they type (the fill goes through the dialog).
     */
    async function dialogWhileTyping(path: string, capture: boolean) {
      await clearCaptures();
      const ut = await tab({ [`${UT}${path}`]: editorDoc('fr', 'dialog', { varName: 'AlertOpsUrl' }) });
      await ut.goto(`${UT}${path}`);
      await poke(ut);
      const typed = 'Astreinte de nuit Lyon centre de données nord';
      const more = ' ouest';
      let fresh = '';
      if (capture) {
        const r = await typeWhileCaptured(ut, 'f-name', typed, { delay: 80 });
        fresh = r.fresh;
        await pollModel(ut, (m) => m.url, r.fresh);
      } else {
        await ut.bringToFront();
        await ut.click('#f-name');
        await ut.keyboard.type(typed, { delay: 80 });
      }
      await sleep(2500);
      const focusAfterFill = await focusId(ut);
      const why = await explain(ut);
      await ut.keyboard.type(more, { delay: 80 });
      await sleep(800);
      return { ut, fresh, typed: typed + more, focusAfterFill, why, after: await explain(ut) };
    }

    it(
      'R31-04 FR "⋯" value dialog (takes the focus on open, gives it back to "⋯" on close): the user types the name when the capture arrives, pauses, and types on: every keystroke in the name, none in the dialog, the URL selected, the focus back in the name',
      async () => {
        // Ground: domain.md "⋯" dialog with Plain text and Select; README "whether the page shows a plain field or the '⋯' value dialog"; brief "every keystroke stays where they type ... the focus does not move for good".
        try {
          const r = await dialogWhileTyping('/r31-04/integrations/nouveau', true);
          expect.soft(r.focusAfterFill, `the focus is back in the name once the URL is in\n${r.why}`).toBe('f-name');
          const ut = r.ut;
          expect(await value(ut, 'f-name'), `every keystroke in the name\n${r.after}`).toBe(r.typed);
          expect((await model(ut)).name, r.after).toBe(r.typed);
          expect((await model(ut)).url, r.after).toBe(r.fresh);
          expect(
            (await keysOf(ut)).filter((k) => !k.startsWith('name:')),
            r.after,
          ).toEqual([]);
          expect(await ut.$('#vd'), `no dialog left open\n${r.after}`).toBeNull();
          expect(await model(ut, 'saves')).toBe(0);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R31-04c FR control of R31-04: the same page, typing, pause and typing on, nothing captured meanwhile: every keystroke in the name, the focus in the name',
      async () => {
        // Ground: as R31-04 (the page alone keeps the focus where the user types).
        try {
          const r = await dialogWhileTyping('/r31-04c/integrations/nouveau', false);
          const ut = r.ut;
          expect(r.focusAfterFill, r.why).toBe('f-name');
          expect(await value(ut, 'f-name'), r.after).toBe(r.typed);
          expect((await model(ut)).name, r.after).toBe(r.typed);
          expect(
            (await keysOf(ut)).filter((k) => !k.startsWith('name:')),
            r.after,
          ).toEqual([]);
          expect(await ut.$('#vd'), r.after).toBeNull();
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R31-05 EN the user opened the "⋯" dialog themselves and is typing their own URL in its Value field when the capture arrives: the dialog holds what they typed, their Select commits it',
      async () => {
        // Ground: README "never overwrites a value you typed (it offers to replace it instead)"; domain.md value dialog.
        try {
          await clearCaptures();
          const ut = await tab({
            [`${UT}/r31-05/integrations/new`]: editorDoc('en', 'dialog', { varName: 'AlertOpsWebhookUrl' }),
          });
          await ut.goto(`${UT}/r31-05/integrations/new`);
          await poke(ut);
          const own = validUrl('Custom');
          const fresh = validUrl();
          await alertOpsWindow(fresh, 1200);
          await ut.bringToFront();
          await ut.click('#v-more');
          await ut.waitForSelector('#vd-val');
          expect(await focusId(ut), 'premise: the dialog focused its Value').toBe('vd-val');
          await ut.keyboard.type(own, { delay: 45 });
          await sleep(2500);
          const why = await explain(ut);
          expect(await value(ut, 'vd-val'), `the dialog holds what the user typed\n${why}`).toBe(own);
          await ut.click('#vd-ok');
          await pollModel(ut, (m) => m.url, own);
          await sleep(2500);
          const after = await explain(ut);
          expect((await model(ut)).url, after).toBe(own);
          expect(await value(ut, 'v-show'), after).toBe(own);
          expect(await model(ut, 'saves')).toBe(0);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R31-06 NL plain form, the user typing their own URL into the AlertOps variable (input events) when the capture arrives: every keystroke in that field, what they typed stays',
      async () => {
        // Ground: README "never overwrites a value you typed"; brief.
        try {
          await clearCaptures();
          const ut = await tab({ [`${UT}/r31-06/integraties/nieuw`]: editorDoc('nl', 'plain', { varName: 'ApiUrl' }) });
          await ut.goto(`${UT}/r31-06/integraties/nieuw`);
          await poke(ut);
          const own = validUrl('Uptrends');
          const fresh = validUrl();
          await alertOpsWindow(fresh, 1000);
          await ut.bringToFront();
          await ut.click('#v-url');
          await ut.keyboard.type(own, { delay: 45 });
          await sleep(3000);
          const why = await explain(ut);
          expect(await value(ut, 'v-url'), why).toBe(own);
          expect((await model(ut)).url, why).toBe(own);
          expect(
            (await keysOf(ut)).every((k) => k.startsWith('url:')),
            why,
          ).toBe(true);
          expect(await focusId(ut), why).toBe('v-url');
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );
  });

  /* ============================================================================================================= */
  describe('after the fill', () => {
    it(
      'R31-07 DE React-like: filled; the user pastes another AlertOps URL over it (copied with a page Copy button, Ctrl+A, Ctrl+V); the form is drawn anew: the pasted URL stays',
      async () => {
        // Ground: README "never overwrites a value you typed"; "Filled again when ... the user never edited that URL".
        try {
          const url = await captureNow();
          const other = validUrl('Uptrends');
          const ut = await tab({
            [`${UT}/r31-07/integrationen/neu`]: editorDoc('de', 'react', { varName: 'AlertOpsUrl' }),
          });
          const notes = await tab({
            'https://wiki.example.org/oncall': `<!doctype html><html><body><p>Backup endpoint: <code id="c">${other}</code> <button id="cp" type="button">Copy</button></p><script>document.getElementById('cp').onclick = () => navigator.clipboard.writeText(document.getElementById('c').textContent).then(() => { window.copied = true; }, (e) => { window.copied = String(e); });</script></body></html>`,
          });
          await ut.goto(`${UT}/r31-07/integrationen/neu`);
          await poke(ut);
          await pollModel(ut, (m) => m.url, url);
          await notes.goto('https://wiki.example.org/oncall');
          await notes.bringToFront();
          await notes.click('#cp');
          await eventually(
            () => notes.evaluate(() => (window as AnyModel).copied),
            (c) => c !== undefined,
            5000,
          );
          expect(await notes.evaluate(() => (window as AnyModel).copied), 'premise: copied').toBe(true);
          await ut.bringToFront();
          await ut.click('#v-url');
          await chord(ut, 'KeyA');
          await chord(ut, 'KeyV');
          await pollModel(ut, (m) => m.url, other);
          await ut.evaluate(() => (window as AnyModel).redraw());
          await sleep(400);
          await ut.evaluate(() => (window as AnyModel).redraw());
          await holds(() => value(ut, 'v-url'), other, 4000, 'the pasted URL');
          expect((await model(ut)).url, await explain(ut)).toBe(other);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R31-08 FR plain form: filled; the user empties the field (Ctrl+A, Backspace) and the page draws the whole form anew from its model: it stays empty',
      async () => {
        // Ground: README "an emptied one stays empty"; "never overwrites a value you typed".
        try {
          const url = await captureNow();
          const ut = await tab({
            [`${UT}/r31-08/integrations/nouveau`]: editorDoc('fr', 'plain', { varName: 'AlertOpsUrl' }),
          });
          await ut.goto(`${UT}/r31-08/integrations/nouveau`);
          await poke(ut);
          await pollModel(ut, (m) => m.url, url);
          await sleep(500);
          await ut.click('#v-url');
          await chord(ut, 'KeyA');
          await ut.keyboard.press('Backspace');
          await pollModel(ut, (m) => m.url, '');
          await sleep(300);
          await ut.evaluate(() => (window as AnyModel).redraw());
          await poke(ut);
          await holds(() => value(ut, 'v-url'), '', 5000, 'the emptied field');
          expect((await model(ut)).url).toBe('');
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R31-09 EN plain form: filled; the user types a character at the end and presses Ctrl+Z twice: whatever the undo leaves is not changed afterwards, nor after a redraw',
      async () => {
        // Ground: README "never overwrites a value you typed"; brief "presses Ctrl+Z".
        try {
          const url = await captureNow();
          const ut = await tab({
            [`${UT}/r31-09/integrations/new`]: editorDoc('en', 'plain', { varName: 'AlertOpsUrl' }),
          });
          await ut.goto(`${UT}/r31-09/integrations/new`);
          await poke(ut);
          await pollModel(ut, (m) => m.url, url);
          await sleep(500);
          await ut.click('#v-url');
          await ut.keyboard.press('End');
          await ut.keyboard.type('x');
          await chord(ut, 'KeyZ');
          await chord(ut, 'KeyZ');
          await sleep(500);
          const left = await value(ut, 'v-url');
          await ut.evaluate(() => (window as AnyModel).redraw());
          await sleep(300);
          const redrawn = await value(ut, 'v-url');
          await poke(ut);
          await holds(() => value(ut, 'v-url'), redrawn, 4000, `what the undo left (${left})`);
          const m = await model(ut);
          expect(m.url, await explain(ut)).toBe(redrawn);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      "R31-10 NL Knockout-like (change only): the user clicks Opslaan as soon as the URL shows: what Save sends holds the URL, and the one Save is the user's",
      async () => {
        // Ground: domain.md "only notices a value when input/change events fire"; README "You review and click Save", "never clicks Save".
        try {
          const url = await captureNow();
          const ut = await tab({
            [`${UT}/r31-10/integraties/nieuw`]: editorDoc('nl', 'ko', { varName: 'AlertOpsUrl' }),
          });
          await ut.goto(`${UT}/r31-10/integraties/nieuw`);
          await poke(ut);
          await ut.waitForFunction(
            (u) => (document.getElementById('v-url') as HTMLInputElement)?.value === u,
            { timeout: WAIT },
            url,
          );
          await ut.click('#save');
          const why = await explain(ut);
          expect(await model(ut, 'sent'), why).toMatchObject({ url });
          await sleep(2000);
          expect(await model(ut, 'saves')).toBe(1);
          expect(await model(ut, 'sentCount')).toBe(1);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R31-11 DE a real <form> that saves on submit: the fill never submits; right after the URL shows the user retypes the name and presses Enter in it: one submit, with the URL and their name',
      async () => {
        // Ground: README "never clicks Save"; "You review and click Save".
        try {
          const url = await captureNow();
          const ut = await tab({
            [`${UT}/r31-11/integrationen/neu`]: editorDoc('de', 'plain', { varName: 'AlertOpsUrl', form: true }),
          });
          await ut.goto(`${UT}/r31-11/integrationen/neu`);
          await ut.waitForFunction(
            (u) => (document.getElementById('v-url') as HTMLInputElement)?.value === u,
            { timeout: WAIT },
            url,
          );
          await ut.click('#f-name');
          await chord(ut, 'KeyA');
          await ut.keyboard.type('Rufbereitschaft', { delay: 20 });
          expect(await model(ut, 'sentCount'), 'the fill never submitted').toBe(0);
          await ut.keyboard.press('Enter');
          await sleep(1500);
          const why = await explain(ut);
          expect(await model(ut, 'sentCount'), why).toBe(1);
          expect(await model(ut, 'sent'), why).toMatchObject({ url, name: 'Rufbereitschaft' });
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R31-12 FR "⋯" dialog: filled through the dialog; the user opens it again, empties Valeur and clicks Sélectionner: the variable stays empty afterwards',
      async () => {
        // Ground: README "an emptied one stays empty"; "never overwrites a value you typed".
        try {
          const url = await captureNow();
          const ut = await tab({
            [`${UT}/r31-12/integrations/nouveau`]: editorDoc('fr', 'dialog', { varName: 'AlertOpsUrl' }),
          });
          await ut.goto(`${UT}/r31-12/integrations/nouveau`);
          await poke(ut);
          await pollModel(ut, (m) => m.url, url);
          await sleep(1500);
          await ut.click('#v-more');
          await ut.waitForSelector('#vd-val');
          await ut.click('#vd-val');
          await chord(ut, 'KeyA');
          await ut.keyboard.press('Backspace');
          await ut.click('#vd-ok');
          await pollModel(ut, (m) => m.url, '');
          await ut.evaluate(() => (window as AnyModel).redraw());
          await poke(ut);
          await holds(async () => (await model(ut)).url, '', 5000, 'the emptied variable');
          expect(await ut.$('#vd'), 'no dialog reopened').toBeNull();
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );
  });

  /* ============================================================================================================= */
  describe('the "Replace?" prompt in the user\'s hands', () => {
    it(
      'R31-13 EN existing integration holding the user\'s own URL (React-like): keyboard only, Tab to "Replace" and Enter: the captured URL goes in and reaches the model',
      async () => {
        // Ground: README "never overwrites a value you typed (it offers to replace it instead)"; Threats "else an in-page 'Replace?' prompt".
        try {
          const url = await captureNow();
          const own = validUrl('Uptrends');
          const ut = await tab({
            [`${UT}/r31-13/integrations/edit`]: editorDoc('en', 'react', {
              varName: 'AlertOpsUrl',
              title: W.en.editTitle,
              name: 'AlertOps on-call',
              url: own,
            }),
          });
          await ut.goto(`${UT}/r31-13/integrations/edit`);
          await poke(ut);
          await pollNotice(ut, /Replace/i);
          await ut.focus('#cancel');
          await tabToNoticeButton(ut, /^Replace/i);
          await ut.keyboard.press('Enter');
          await pollModel(ut, (m) => m.url, url);
          expect(await value(ut, 'v-url')).toBe(url);
          expect((await model(ut)).name).toBe('AlertOps on-call');
          expect(await model(ut, 'saves')).toBe(0);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R31-14 NL existing integration ("⋯" dialog): keyboard only, Tab to "Keep it" and the space bar: the user\'s URL stays, no dialog opened after the answer nor left open',
      async () => {
        // Ground: README "never overwrites a value you typed (it offers to replace it instead)".
        try {
          await captureNow();
          const own = validUrl('Uptrends');
          const ut = await tab({
            [`${UT}/r31-14/integraties/bewerken`]: editorDoc('nl', 'dialog', {
              varName: 'AlertOpsUrl',
              title: W.nl.editTitle,
              name: 'AlertOps piket',
              url: own,
            }),
          });
          await ut.goto(`${UT}/r31-14/integraties/bewerken`);
          await poke(ut);
          await pollNotice(ut, /Replace/i);
          await ut.focus('#cancel');
          await tabToNoticeButton(ut, /^Keep/i);
          const opensBefore = (await model(ut, 'dialogOpens')) ?? 0;
          await ut.keyboard.press(' ');
          await sleep(1000);
          await ut.evaluate(() => (window as AnyModel).redraw());
          await holds(async () => (await model(ut)).url, own, 3000, "the user's URL");
          const why = await explain(ut);
          expect(await value(ut, 'v-show'), why).toBe(own);
          expect((await model(ut, 'dialogOpens')) ?? 0, `no dialog opened after "Keep it"\n${why}`).toBe(opensBefore);
          expect(await ut.$('#vd'), `no dialog left open\n${why}`).toBeNull();
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R31-15 DE while the "Replace?" prompt shows, the user retypes the URL themselves and leaves the prompt unanswered: what they typed stays',
      async () => {
        // Ground: README "never overwrites a value you typed".
        try {
          await captureNow();
          const own = validUrl('Uptrends');
          const mine = validUrl('Custom');
          const ut = await tab({
            [`${UT}/r31-15/integrationen/bearbeiten`]: editorDoc('de', 'plain', {
              varName: 'AlertOpsUrl',
              title: W.de.editTitle,
              name: 'AlertOps Rufbereitschaft',
              url: own,
            }),
          });
          await ut.goto(`${UT}/r31-15/integrationen/bearbeiten`);
          await poke(ut);
          await pollNotice(ut, /Replace/i);
          await ut.click('#v-url');
          await chord(ut, 'KeyA');
          await ut.keyboard.type(mine, { delay: 10 });
          await ut.keyboard.press('Tab');
          await holds(() => value(ut, 'v-url'), mine, 4000, 'what the user typed');
          expect((await model(ut)).url).toBe(mine);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R31-16 FR the prompt shows; the user retypes the name (with spaces) for a while: none of their keys answers it, the URL stays theirs',
      async () => {
        // Ground: README "never overwrites a value you typed"; "Buttons act only on trusted (real user) events" (a key typed elsewhere is no answer).
        try {
          await captureNow();
          const own = validUrl('Uptrends');
          const ut = await tab({
            [`${UT}/r31-16/integrations/modifier`]: editorDoc('fr', 'plain', {
              varName: 'AlertOpsUrl',
              title: W.fr.editTitle,
              name: 'AlertOps astreinte',
              url: own,
            }),
          });
          await ut.goto(`${UT}/r31-16/integrations/modifier`);
          await poke(ut);
          await pollNotice(ut, /Replace/i);
          await ut.click('#f-name');
          await chord(ut, 'KeyA');
          const typed = 'Astreinte réseau et serveurs du week end';
          await ut.keyboard.type(typed, { delay: 40 });
          await sleep(1500);
          const why = await explain(ut);
          expect(await value(ut, 'f-name'), why).toBe(typed);
          expect(await value(ut, 'v-url'), why).toBe(own);
          expect((await model(ut)).url, why).toBe(own);
          expect(await focusId(ut), why).toBe('f-name');
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );
  });

  /* ============================================================================================================= */
  describe('escalation levels by hand', () => {
    it(
      'R31-17 EN the user ticks "Slack #ops" by clicking its label text as the level shows: AlertOps ticked by the extension, Slack stays ticked, nothing else',
      async () => {
        // Ground: README "ticks your AlertOps integration under 'Alerting by integrations'"; domain.md one checkbox per integration.
        try {
          await captureNow();
          await forgetNames();
          const names = ['E-mail', 'SMS', W.en.phone, 'Slack #ops', 'AlertOps Ops'];
          const ut = await tab({ [`${UT}/r31-17/alertdefinitions/1`]: levelsDoc('en', names) });
          await ut.goto(`${UT}/r31-17/alertdefinitions/1`);
          await ut.click('#lb-3');
          await pollModel(ut, (m) => m.boxes['1:AlertOps Ops'], true);
          await sleep(1500);
          const b = (await model(ut)).boxes;
          expect(b, await explain(ut)).toMatchObject({
            '1:active': true,
            '1:E-mail': false,
            '1:SMS': false,
            [`1:${W.en.phone}`]: false,
            '1:Slack #ops': true,
            '1:AlertOps Ops': true,
          });
          expect(await model(ut, 'saves')).toBe(0);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R31-18 NL after the extension ticked "AlertOps piket", the user unticks it by clicking its label and ticks "Telefoon"; the level is drawn anew twice: Telefoon stays ticked, no other box moves',
      async () => {
        // Ground: README "ticks your AlertOps integration"; brief (the user's own choice of another integration). Whether AlertOps is ticked again is not asserted.
        try {
          await captureNow();
          await forgetNames();
          const names = ['E-mail', 'SMS', W.nl.phone, 'AlertOps piket'];
          const ut = await tab({ [`${UT}/r31-18/alertdefinities/2`]: levelsDoc('nl', names) });
          await ut.goto(`${UT}/r31-18/alertdefinities/2`);
          await poke(ut);
          await pollModel(ut, (m) => m.boxes['1:AlertOps piket'], true);
          await sleep(1000);
          await ut.click('#lb-3');
          await ut.click('#lb-2');
          await pollModel(ut, (m) => [m.boxes['1:AlertOps piket'], m.boxes[`1:${W.nl.phone}`]], [false, true]);
          await ut.evaluate(() => (window as AnyModel).redraw());
          await sleep(500);
          await ut.evaluate(() => (window as AnyModel).redraw());
          await sleep(3000);
          const b = (await model(ut)).boxes;
          expect(b[`1:${W.nl.phone}`], await explain(ut)).toBe(true);
          expect(b['1:E-mail']).toBe(false);
          expect(b['1:SMS']).toBe(false);
          expect(b['1:active']).toBe(true);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R31-19 DE the user switches level tabs quickly (1→2→1→3→2→3, 150 ms apart, each drawn anew): AlertOps ticked on every level visited, nothing else ticked',
      async () => {
        // Ground: README "ticks your AlertOps integration under 'Alerting by integrations'" on each level (domain.md: each escalation level tab has the section).
        try {
          await captureNow();
          await forgetNames();
          const names = ['E-Mail', 'SMS', W.de.phone, 'AlertOps Bereitschaft', 'Microsoft Teams'];
          const ut = await tab({ [`${UT}/r31-19/meldedefinitionen/3`]: levelsDoc('de', names) });
          await ut.goto(`${UT}/r31-19/meldedefinitionen/3`);
          await poke(ut);
          for (const n of [2, 1, 3, 2, 3]) {
            await ut.click(`#tab-${n}`);
            await sleep(150);
          }
          await sleep(2500);
          for (const n of [1, 2]) {
            await ut.click(`#tab-${n}`);
            await sleep(1500);
          }
          await ut.click('#tab-3');
          await pollModel(ut, (m) => [1, 2, 3].map((l) => m.boxes[`${l}:AlertOps Bereitschaft`]), [true, true, true]);
          const b = (await model(ut)).boxes as Record<string, boolean>;
          const others = Object.entries(b).filter(([k, v]) => v && !k.endsWith(':active') && !k.includes('AlertOps'));
          expect(others, await explain(ut)).toEqual([]);
          expect(await model(ut, 'saves')).toBe(0);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      "R31-20 FR the user clicks Enregistrer right after the AlertOps box shows ticked: the one Save is the user's and holds the tick",
      async () => {
        // Ground: README "ticks your AlertOps integration ... You review and click Save"; "never clicks Save".
        try {
          await captureNow();
          await forgetNames();
          const names = ['E-mail', 'SMS', W.fr.phone, 'AlertOps astreinte'];
          const ut = await tab({ [`${UT}/r31-20/definitions/4`]: levelsDoc('fr', names) });
          await ut.goto(`${UT}/r31-20/definitions/4`);
          await poke(ut);
          await ut.waitForFunction(() => (document.getElementById('b-3') as HTMLInputElement)?.checked === true, {
            timeout: WAIT,
          });
          await ut.click('#save');
          await sleep(1500);
          const why = await explain(ut);
          expect(await model(ut, 'saves'), why).toBe(1);
          expect((await model(ut, 'sent')).boxes['1:AlertOps astreinte'], why).toBe(true);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );
  });

  /* ============================================================================================================= */
  describe('the "⋯" button as icon buttons are often named', () => {
    async function dotsNamed(path: string, label: string | undefined) {
      const url = await captureNow();
      const ut = await tab({
        [`${UT}${path}`]: editorDoc('en', 'dialog', { varName: 'AlertOpsUrl', dotsLabel: label }),
      });
      await ut.goto(`${UT}${path}`);
      await poke(ut);
      await pollModel(ut, (m) => m.url, url);
      expect(await value(ut, 'v-show')).toBe(url);
      expect(await model(ut, 'saves')).toBe(0);
    }

    it(
      'R31-21 EN the variable\'s "⋯" button carries aria-label="More options" (as icon-button libraries name an ellipsis button; aria-haspopup="dialog"): the URL goes in through the dialog',
      async () => {
        // Ground: domain.md "a '⋯' button that opens a dialog with Plain text ... and a Select button"; README "whether the page shows a plain field or the '⋯' value dialog".
        try {
          await dotsNamed('/r31-21/integrations/new', 'More options');
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R31-21c EN control of R31-21: the same page, the "⋯" button without aria-label (its name is its "⋯"): the URL goes in through the dialog',
      async () => {
        // Ground: as R31-21.
        try {
          await dotsNamed('/r31-21c/integrations/new', undefined);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );
  });

  it('no key of this round reached a log line', () => {
    // Ground: README "Never logged".
    const keys = issuedKeys();
    const leaked = ff.logs.filter((line) => keys.some((k) => line.includes(k)));
    expect(leaked).toEqual([]);
  });
});
