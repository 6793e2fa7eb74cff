/**
 * Blind acceptance renderings, round 26: LONG SINGLE-PAGE SESSIONS AND ROUTE CHANGES, on both consoles, in real Firefox
 * ESR with dist/firefox installed (see firefox.ts). The theme of the Chromium round 24 (blind-sessions.test.ts) carried
 * over to Firefox, where content scripts see pages through Xray wrappers and frameworks learn values only from the event
 * they listen to. Written from domain.md, the Uptrends KB, the README and the test helpers only (no extension source
 * read).
 *
 * Uptrends (EN/NL/DE/FR): pushState and hash routes between the dashboard, the integrations list and editors; "Add
 * integration" → type dialog → "Choose"; an editor component reused in place between a Slack/Custom editor and the
 * AlertOps one (texts set in place, nodeValue); back/forward between editors, the editor drawn anew after Back; the
 * user's own typed or emptied URL; routes reached after 35 s without input, by a click or by the app itself; alert
 * definitions A → B, levels redrawn on each tab change, integration names written into the boxes' labels after the
 * route change; boxes learned React-like from the click (the box set back from the model in a microtask).
 * AlertOps (current UI as a pushState SPA, legacy UI): Submit routes to the saved integration with its endpoint URL,
 * then another integration's view with a different URL, back/forward between them; a URL element redrawn every 2 s; a
 * new-integration form previewing a placeholder endpoint, cancelled.
 *
 * Pages are served on the real host names by puppeteer's request interception; the AlertOps URLs reach the pages by
 * fetch, never in the page's script text. The user acts through real (trusted) clicks and key presses. Assertions read
 * only what the user sees, the page's own model (`window.model`, what its Save would send), or the captures stored by
 * the extension.
 *
 * Grounds:
 * - domain.md: step 2, "Add integration" opens a dialog; pick the type and click "Choose"; fields "Integration name",
 *   "Integration type", a "Predefined variables" section; "Find the URL row of the AlertOps form rather than a fixed
 *   name"; other types have their own URL variables. Step 3, each "Escalation level" tab has "Alerting by
 *   integrations" with one checkbox per integration; labels table (Alerting by integrations | Alerts versturen door
 *   integraties | Alarmierung durch Integrationen | Alertes par intégrations). "Assume a framework that only notices a
 *   value when input/change events fire, and that may re-render (replace) nodes at any time." AlertOps: the saved
 *   integration page "displays the endpoint URL at the top", "with a Copy button"; the older UI lists the "API URL".
 * - README: "fills the captured URL into the AlertOps predefined variable"; "never clicks Save, never overwrites a value
 *   you typed (it offers to replace it instead), never fills another integration type"; "Fills only empty fields (else
 *   an in-page 'Replace?' prompt), only an editor of type AlertOps, only the AlertOps URL variable"; step 3 "ticks your
 *   AlertOps integration under 'Alerting by integrations'"; "an integration whose name says 'AlertOps' … is taken for
 *   the AlertOps one when no name remembered from the editor decides"; "Both content scripts stop their
 *   MutationObservers 30 s after the last user input (click, key, focus, back/forward, tab shown). Meanwhile a probe
 *   reads the page's text every 2 s … so a page that renders the URL or the editor by itself is still noticed … The
 *   next input starts watching again, in a task after the page has handled that input, beginning with a look at the
 *   whole page"; "on Uptrends inserted text counts when it names the editor's or the level's sections, and any inserted
 *   words once the page shows them (… names filled into boxes already drawn …)"; AlertOps: "captures the generated API
 *   URL the moment the saved integration shows it"; "Captured only when labelled as an integration URL or beside a Copy
 *   button"; never "placeholder and masked keys"; "One stored entry per key"; "The newest capture is the one filled;
 *   the popup shows each capture's name".
 *   "One stored entry per key: the whole URL is kept, whichever piece came last" (a URL "cut short in a list"); "another
 *   integration opened before a 'Replace?' is answered → a late answer writes only into an AlertOps editor's URL field";
 *   "the name, or the name the user gave in Uptrends, decides"; "If you opened the editor before saving in AlertOps, it
 *   is filled as soon as the URL is captured"; never logged.
 * - Not asserted (the README promises nothing): whether a box the user unticked by hand is ticked again; notices; an
 *   editor left on screen whose value the page itself drops while idle ("an editor left on screen does not wake
 *   anything").
 *
 * Results (31 renderings R26-01..R26-31, plus the log check): all pass in
 * Firefox ESR against this dist/firefox. Test errors mended on the way: R26-02 and R26-14 (a hash link kept its first
 * href="#"), R26-24 (the existing URL arrived after the editor was drawn empty, so the extension rightly filled it and
 * the page then overwrote it; the editor is now drawn only once the URL has arrived, and the prompt is reached and
 * clicked after the route change). Controls run during the round and dropped once their renderings passed: R26-28c
 * (the regenerated URL set as a <code> text node) and R26-29c (the reused panel's title set in place).
 */

import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  controlState,
  eventually,
  type FirefoxWithExtension,
  firefoxSkipReason,
  launchFirefoxWithExtension,
} from './firefox.ts';
import {
  type AnyModel,
  json,
  model,
  noticeText,
  pollModel as pollPageModel,
  type Route,
  seedCapture,
  servePages,
  waitForCapture as waitForStoredCapture,
  withServed as withServedPages,
} from './firefox-pages.ts';
import { escapeHtml as esc, issuedKeys, keyOf, newKey, validUrl as newUrl, sleep } from './hostile-pages.ts';

const TEST_TIMEOUT = 180_000;
const WAIT = 20_000;

const skipReason = await firefoxSkipReason();
if (skipReason) console.warn(`[firefox] blind round 26 (long sessions, routes) SKIPPED: ${skipReason}`);

/* ================================================================================================================= */
/* Words and the single-page app plumbing                                                                             */
/* ================================================================================================================= */

const W = {
  en: {
    dashboard: 'Dashboard',
    integrations: 'Integrations',
    add: 'Add integration',
    choose: 'Choose',
    title: 'New integration',
    edit: 'Edit integration',
    name: 'Integration name',
    type: 'Integration type',
    vars: 'Predefined variables',
    here: 'Specify value here',
    inLevel: 'Specify value in escalation level',
    value: 'Value',
    save: 'Save',
    cancel: 'Cancel',
    search: 'Search',
    defs: 'Alert definitions',
    level: 'Escalation level',
    active: 'Active',
    section: 'Alerting by integrations',
    main: 'Main',
  },
  nl: {
    dashboard: 'Dashboard',
    integrations: 'Integraties',
    add: 'Integratie toevoegen',
    choose: 'Kiezen',
    title: 'Nieuwe integratie',
    edit: 'Integratie bewerken',
    name: 'Integratienaam',
    type: 'Integratietype',
    vars: 'Voorgedefinieerde variabelen',
    here: 'Waarde hier opgeven',
    inLevel: 'Waarde opgeven in escalatieniveau',
    value: 'Waarde',
    save: 'Opslaan',
    cancel: 'Annuleren',
    search: 'Zoeken',
    defs: 'Alertdefinities',
    level: 'Escalatieniveau',
    active: 'Actief',
    section: 'Alerts versturen door integraties',
    main: 'Algemeen',
  },
  de: {
    dashboard: 'Dashboard',
    integrations: 'Integrationen',
    add: 'Integration hinzufügen',
    choose: 'Wähle aus',
    title: 'Neue Integration',
    edit: 'Integration bearbeiten',
    name: 'Integrationsname',
    type: 'Integrationstyp',
    vars: 'Vordefinierte Variablen',
    here: 'Wert hier eintragen',
    inLevel: 'Wert in Eskalationsstufe eintragen',
    value: 'Wert',
    save: 'Speichern',
    cancel: 'Abbrechen',
    search: 'Suchen',
    defs: 'Meldedefinitionen',
    level: 'Eskalationsstufe',
    active: 'Aktiv',
    section: 'Alarmierung durch Integrationen',
    main: 'Allgemein',
  },
  fr: {
    dashboard: 'Tableau de bord',
    integrations: 'Intégrations',
    add: 'Ajouter intégration',
    choose: 'Choisir',
    title: 'Nouvelle intégration',
    edit: "Modifier l'intégration",
    name: "Nom de l'intégration",
    type: "Type d'intégration",
    vars: 'Variables prédéfinies',
    here: 'Spécifiez la valeur ici',
    inLevel: "Spécifiez la valeur dans le niveau d'escalade",
    value: 'Valeur',
    save: 'Enregistrer',
    cancel: 'Annuler',
    search: 'Rechercher',
    defs: "Définitions d'alerte",
    level: "Niveau d'escalade",
    active: 'Actif',
    section: 'Alertes par intégrations',
    main: 'Général',
  },
};
type Lang = keyof typeof W;

const STYLE = `body{font:14px system-ui,sans-serif;margin:0;padding:0 0 80px} nav.top{display:flex;gap:12px;padding:8px;background:#234} nav.top a{color:#fff}
.modal-back{position:fixed;inset:0;background:rgba(0,0,0,.4);z-index:100} .modal{position:fixed;top:40px;left:20%;width:60%;background:#fff;border:1px solid #888;padding:16px;z-index:101}
.form-group,.var-row{margin:6px 0} [hidden]{display:none!important} [role=tab][aria-selected=true]{font-weight:bold}`;

interface SpaOptions {
  hash?: boolean;
  extra?: string;
  chrome?: string;
  /** Events the page's model learns field values from (default input and change). */
  learn?: ('input' | 'change')[];
  /** How boxes are bound: from `change` (default), or React-like from the click, set back from the model in a microtask. */
  boxes?: 'change' | 'click';
}

/**
 * The SPA's plumbing. `window.model` is what Save would send: `fields[k]` for every `data-bind=k` field (the AlertOps URL
 * variable is bound as `url`), `boxes[k]` for checkboxes `data-k=k`, `saves` (clicks on `.save`), `route` history.
 * `render()` draws the route's markup (longest prefix wins), replacing everything in #app, then sets every bound field
 * and box from the model (a controlled re-render). A route's `fresh` list names model keys forgotten when it is entered
 * (a new, empty editor). `data-to` links and `go(path)` push a route; back/forward re-render. `hash` routes on the hash.
 */
function spa(lang: Lang, base: string, routes: Record<string, { html: string; fresh?: string[] }>, o: SpaOptions = {}) {
  const w = W[lang];
  const top =
    o.chrome ??
    `<nav class="top" aria-label="Main"><a href="#" data-to="/dashboard">${esc(w.dashboard)}</a> <a href="#" data-to="/integrations">${esc(w.integrations)}</a> <a href="#" data-to="/definitions">${esc(w.defs)}</a></nav>`;
  const learn = o.learn ?? ['input', 'change'];
  const script = `
const BASE = ${JSON.stringify(base)};
const HASH = ${JSON.stringify(!!o.hash)};
const ROUTES = ${JSON.stringify(routes)};
const LEARN = ${JSON.stringify(learn)};
const BOXES = ${JSON.stringify(o.boxes ?? 'change')};
const esc = (s) => String(s == null ? '' : s).replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;').replace(/"/g,'&quot;');
const M = window.model = { fields: {}, boxes: {}, saves: 0, route: [] };
const app = document.getElementById('app');
function current() { return HASH ? (location.hash.replace(/^#/, '') || '/') : (location.pathname.slice(BASE.length) || '/'); }
function routeFor(p) { let best = null; for (const k of Object.keys(ROUTES)) if ((p === k || p.startsWith(k + '/')) && (!best || k.length > best.length)) best = k; return best; }
window.hooks = window.hooks || {};
function hydrate(root) {
  for (const el of root.querySelectorAll('[data-bind]')) el.value = M.fields[el.dataset.bind] == null ? '' : M.fields[el.dataset.bind];
  for (const el of root.querySelectorAll('input[type=checkbox][data-k]')) { if (el.dataset.k in M.boxes) el.checked = M.boxes[el.dataset.k]; else M.boxes[el.dataset.k] = el.checked; }
}
window.hydrate = hydrate;
function render(entered) {
  const p = current(); const k = routeFor(p); const r = k ? ROUTES[k] : { html: '<p>Not found</p>' };
  if (entered && r.fresh) for (const f of r.fresh) delete M.fields[f];
  M.route.push(p);
  app.innerHTML = r.html; hydrate(app);
  if (window.hooks[k]) window.hooks[k](app, p);
}
window.render = render;
function go(p) { if (HASH) { location.hash = p; return; } history.pushState({ p }, '', BASE + p); render(true); }
window.go = go;
window.addEventListener(HASH ? 'hashchange' : 'popstate', () => render(true));
function heard(e) {
  const t = e.target; if (!t || !t.dataset) return;
  if (t.dataset.bind && t.type !== 'checkbox') M.fields[t.dataset.bind] = t.value;
  if (BOXES === 'change' && t.dataset.k && t.type === 'checkbox') M.boxes[t.dataset.k] = t.checked;
}
for (const ev of LEARN) document.addEventListener(ev, heard, true);
if (BOXES === 'change' && !LEARN.includes('change')) document.addEventListener('change', heard, true);
document.addEventListener('click', (e) => {
  const t = e.target;
  if (BOXES === 'click' && t instanceof HTMLInputElement && t.type === 'checkbox' && t.dataset.k) {
    const k = t.dataset.k; const want = M.boxes[k] = !M.boxes[k];
    queueMicrotask(() => { t.checked = want; });
  }
  const a = t.closest && t.closest('[data-to]'); if (a) { e.preventDefault(); go(a.dataset.to); }
  if (t.closest && t.closest('.save')) M.saves++;
});
${o.extra ?? ''}
render(true);`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Uptrends</title><style>${STYLE}</style></head>
<body>${top}<div id="app"></div><script>${script}</script></body></html>`;
}

interface EditorOptions {
  type: string;
  varName: string;
  /** The value field's model key: `url` for the AlertOps URL variable. */
  bind: string;
  nameBind?: string;
  heading?: string;
}

/** An integration editor: name, type (disabled select), "Predefined variables" with one row, Save / Cancel. */
function editor(lang: Lang, o: EditorOptions): string {
  const w = W[lang];
  const id = o.bind.replace(/\W/g, '');
  return `<form class="integration-editor" onsubmit="return false"><h2>${esc(o.heading ?? w.title)}</h2>
<div class="form-group"><label for="${id}-name">${esc(w.name)}</label> <input id="${id}-name" type="text" data-bind="${o.nameBind ?? `${o.bind}.name`}"></div>
<div class="form-group"><label for="${id}-type">${esc(w.type)}</label> <select id="${id}-type" disabled><option selected>${esc(o.type)}</option></select></div>
<fieldset><legend>${esc(w.vars)}</legend><div class="var-row"><label for="${id}-var">${esc(o.varName)}</label>
<select aria-label="${esc(w.value)}"><option>${esc(w.here)}</option><option>${esc(w.inLevel)}</option></select>
<input id="${id}-var" type="text" size="80" data-bind="${o.bind}"> <button type="button" aria-label="More">⋯</button></div></fieldset>
<div class="actions"><button type="button" class="save">${esc(w.save)}</button> <button type="button" data-to="/integrations">${esc(w.cancel)}</button></div></form>`;
}

/** The integrations list: a search field, "Add integration" (opens the type dialog), one link per integration. */
function list(lang: Lang, rows: [string, string, string][]): string {
  const w = W[lang];
  return `<section aria-label="${esc(w.integrations)}"><h1>${esc(w.integrations)}</h1>
<input type="search" id="search" data-bind="search" aria-label="${esc(w.search)}" placeholder="${esc(w.search)}">
<button type="button" id="add" onclick="openTypes()">${esc(w.add)}</button>
<table><thead><tr><th>Name</th><th>Type</th></tr></thead><tbody>${rows.map(([n, t, to]) => `<tr><td><a href="#" data-to="${to}">${esc(n)}</a></td><td>${esc(t)}</td></tr>`).join('')}</tbody></table></section>`;
}

/** "Add integration" → a dialog listing types → "Choose" routes to `/integrations/new/<type>`. */
function typeDialog(lang: Lang): string {
  const w = W[lang];
  return `
window.openTypes = () => {
  const d = document.createElement('div');
  d.innerHTML = '<div class="modal-back"></div><div class="modal" role="dialog" aria-modal="true" aria-label="${esc(w.add)}"><ul style="list-style:none">' +
    ['Slack', 'Microsoft Teams', 'AlertOps', 'Custom'].map((t) => '<li><label><input type="radio" name="t" value="' + t + '"> ' + t + '</label></li>').join('') +
    '</ul><button type="button" id="choose">${esc(w.choose)}</button></div>';
  document.body.append(d);
  d.querySelector('#choose').addEventListener('click', () => {
    const t = d.querySelector('input[name=t]:checked'); if (!t) return;
    d.remove(); go('/integrations/new/' + t.value.replace(/\\s+/g, ''));
  });
};`;
}

/** One escalation level: "Active" and "Alerting by integrations" with one box per integration (`<prefix>:<name>`). */
function levelHtml(lang: Lang, prefix: string, names: string[], labelsEmpty = false): string {
  const w = W[lang];
  return `<div class="level" role="tabpanel"><label><input type="checkbox" data-k="${prefix}:active" checked> ${esc(w.active)}</label>
<h4>${esc(w.section)}</h4><ul style="list-style:none">${names
    .map(
      (x, i) =>
        `<li><input type="checkbox" id="${esc(prefix)}-${i}" data-k="${esc(`${prefix}:${x}`)}"> <label for="${esc(prefix)}-${i}" data-name="${esc(x)}">${labelsEmpty ? '' : esc(x)}</label></li>`,
    )
    .join('')}</ul></div>`;
}

function defRoutes(
  lang: Lang,
  defs: { id: string; title: string; names: string[]; levels: number; labelsEmpty?: boolean }[],
): Record<string, { html: string }> {
  const w = W[lang];
  const routes: Record<string, { html: string }> = {
    '/definitions': {
      html: `<h1>${esc(w.defs)}</h1><ul>${defs.map((d) => `<li><a href="#" data-to="/definitions/${d.id}/level/1">${esc(d.title)}</a></li>`).join('')}</ul>`,
    },
  };
  for (const d of defs)
    for (let n = 1; n <= d.levels; n++) {
      const tabs = Array.from(
        { length: d.levels },
        (_, i) =>
          `<a role="tab" href="#" data-to="/definitions/${d.id}/level/${i + 1}" aria-selected="${i + 1 === n}">${esc(`${w.level} ${i + 1}`)}</a>`,
      ).join(' ');
      routes[`/definitions/${d.id}/level/${n}`] = {
        html: `<h1>${esc(d.title)}</h1><div role="tablist"><a role="tab" href="#" aria-selected="false">${esc(w.main)}</a> ${tabs}</div>${levelHtml(lang, `${d.id}/L${n}`, d.names, d.labelsEmpty)}<button type="button" class="save">${esc(w.save)}</button>`,
      };
    }
  return routes;
}

const ORIGIN = 'https://app.uptrends.com';
const DASHBOARD = (lang: Lang) =>
  `<h1>${esc(W[lang].dashboard)}</h1><p>12 monitors OK, 1 warning.</p><table><tr><td>Checkout</td><td>OK</td></tr><tr><td>Login</td><td>OK</td></tr></table>`;

describe.skipIf(skipReason !== undefined)('Firefox blind round 26: long single-page sessions, route changes', () => {
  let ff: FirefoxWithExtension;
  let url = '';

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

  /** The capture to fill with: the newest one, seeded on a saved AlertOps page when none is stored. */
  async function ensureCapture(): Promise<string> {
    if (url && (await capturedUrls()).includes(url)) return url;
    url = await seedCapture(ff, 'Uptrends sessions', WAIT);
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

  /** What the user would see when a wait fails: the route, every field and box, the model, the notice. */
  async function explain(page: Page): Promise<string> {
    const seen = await page
      .evaluate(() => {
        const out: string[] = [];
        for (const el of Array.from(document.querySelectorAll('input,textarea,select'))) {
          const e = el as HTMLInputElement;
          const state = e.type === 'checkbox' ? String(e.checked) : JSON.stringify(e.value);
          const hidden = !(el as HTMLElement).offsetParent ? ' (hidden)' : '';
          out.push(`${el.tagName.toLowerCase()}#${e.id}${e.dataset.k ? `{${e.dataset.k}}` : ''}${hidden}=${state}`);
        }
        // biome-ignore lint/suspicious/noExplicitAny: the page's own model
        return { route: location.pathname + location.hash, fields: out, model: (window as any).model };
      })
      .catch((error) => `unreadable: ${error}`);
    return `${JSON.stringify(seen)}\nnotice: ${JSON.stringify(await noticeText(page).catch(() => ''))}`;
  }

  const pollModel = (page: Page, read: (m: AnyModel) => unknown, expected: unknown, timeout = WAIT) =>
    pollPageModel(page, read, expected, timeout, explain);

  /** Opens the SPA at `start` (the whole `base` prefix answers with the same document). */
  async function open(page: Page, base: string, start: string): Promise<void> {
    await page.goto(`${ORIGIN}${base}${start}`);
  }

  const servePagesFor = (routes: Record<string, Route>) => servePages(ff, routes);

  function spaRoutes(base: string, html: string): Record<string, Route> {
    return { [`${ORIGIN}${base}`]: html, [`${ORIGIN}${base}/*`]: html };
  }

  /** Clicks (trusted, like a user) the first element matching `selector` whose trimmed text is `text`. */
  async function clickText(page: Page, selector: string, text: string, timeout = WAIT): Promise<void> {
    const handle = await page.waitForFunction(
      (sel, t) =>
        Array.from(document.querySelectorAll(sel)).find(
          (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim() === t && (el as HTMLElement).offsetParent !== null,
        ) ?? null,
      { timeout },
      selector,
      text,
    );
    await (handle.asElement() as ElementHandle<Element>).click();
  }

  async function waitText(page: Page, selector: string, text: string, timeout = WAIT): Promise<void> {
    await page.waitForFunction(
      (sel, t) =>
        Array.from(document.querySelectorAll(sel)).some(
          (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim() === t && (el as HTMLElement).offsetParent !== null,
        ),
      { timeout },
      selector,
      text,
    );
  }

  async function chooseType(page: Page, lang: Lang, type: string): Promise<void> {
    await clickText(page, 'button', W[lang].add);
    await clickText(page, '[role=dialog] label', type);
    await clickText(page, '[role=dialog] button', W[lang].choose);
  }

  async function selectAllAnd(page: Page, selector: string, then: () => Promise<void>): Promise<void> {
    await page.click(selector);
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await then();
  }

  /** A user's click on an empty corner of the page: the page is in use. */
  async function poke(page: Page): Promise<void> {
    await page.mouse.click(3, 855);
  }

  /** Browser Back / Forward (a same-document history step may never report a navigation: the wait is bounded). */
  async function historyStep(page: Page, step: 'back' | 'forward'): Promise<void> {
    const go = step === 'back' ? page.goBack({ timeout: 5000 }) : page.goForward({ timeout: 5000 });
    await go.catch(() => undefined);
  }

  /** Model keys other than `allowed`, and DOM fields not bound to them, that hold an AlertOps URL. */
  async function urlElsewhere(page: Page, allowed: string[] = ['url']): Promise<string[]> {
    const m = await model(page);
    const inModel = Object.entries(m.fields as Record<string, string>)
      .filter(([k, v]) => !allowed.includes(k) && String(v).includes('alertops.com'))
      .map(([k, v]) => `model ${k}=${v}`);
    const inDom = await page.evaluate(
      (ok) =>
        Array.from(document.querySelectorAll('input,textarea'))
          .map((f) => f as HTMLInputElement)
          .filter((f) => !ok.includes(f.dataset.bind ?? '') && f.value.includes('alertops.com'))
          .map((f) => `field ${f.dataset.bind ?? f.id}=${f.value}`),
      allowed,
    );
    return [...inModel, ...inDom];
  }

  function boxesOf(m: AnyModel, prefix: string): Record<string, boolean> {
    return Object.fromEntries(
      Object.entries(m.boxes as Record<string, boolean>).filter(([k]) => k.startsWith(`${prefix}:`)),
    );
  }

  function expected(prefix: string, names: string[], on: string[]): Record<string, boolean> {
    const o: Record<string, boolean> = { [`${prefix}:active`]: true };
    for (const n of names) o[`${prefix}:${n}`] = on.includes(n);
    return o;
  }

  function keyStored(captures: { url: string }[], u: string): number {
    const k = keyOf(u).toLowerCase();
    return captures.filter((c) => c.url.toLowerCase().includes(k)).length;
  }

  /* =============================================================================================================== */
  /* Step 2: the AlertOps editor in a long Uptrends session                                                          */
  /* =============================================================================================================== */

  describe('Uptrends step 2: the editor across routes', () => {
    it(
      'R26-01 EN pushState SPA: dashboard → "Integrations" (the user types a search) → "Add integration" → AlertOps → "Choose" (no reload): the new editor is filled, the search field is not, Save never clicked',
      async () => {
        // Ground: domain.md step 2 ("Add integration" opens a dialog, pick the type, "Choose"); README "fills the captured URL into the AlertOps predefined variable", "only the AlertOps URL variable", "never clicks Save".
        const u = await ensureCapture();
        const base = '/r26-01';
        const html = spa(
          'en',
          base,
          {
            '/dashboard': { html: DASHBOARD('en') },
            '/integrations': { html: list('en', [['Slack #ops', 'Slack', '/integrations/edit/slack']]) },
            '/integrations/new/AlertOps': {
              html: editor('en', { type: 'AlertOps', varName: 'AlertOpsUrl', bind: 'url' }),
              fresh: ['url'],
            },
          },
          { extra: typeDialog('en') },
        );
        await withServed(spaRoutes(base, html), async (page) => {
          await open(page, base, '/dashboard');
          await sleep(1500);
          await clickText(page, 'nav a', 'Integrations');
          await page.waitForSelector('#search');
          await page.type('#search', 'alert');
          await chooseType(page, 'en', 'AlertOps');
          await pollModel(page, (m) => m.fields.url, u);
          await sleep(1500);
          expect((await controlState(page, 'AlertOpsUrl', 'input'))?.value, 'what the user sees').toBe(u);
          expect(await urlElsewhere(page)).toEqual([]);
          expect((await model(page)).fields.search).toBe('alert');
          expect((await model(page)).saves).toBe(0);
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'R26-02 NL hash routes (#/dashboard → #/integraties → #/integraties/nieuw/alertops), the model learning only from "input": the editor drawn by the hash route is filled',
      async () => {
        // Ground: README "fills the captured URL into the AlertOps predefined variable"; domain.md NL labels; "a framework that only notices a value when input/change events fire".
        const u = await ensureCapture();
        const base = '/r26-02';
        const html = spa(
          'nl',
          base,
          {
            '/': { html: DASHBOARD('nl') },
            '/dashboard': { html: DASHBOARD('nl') },
            '/integraties': {
              html: list('nl', [
                ['Slack Ops', 'Slack', '/integraties/slack'],
                ['Nieuwe AlertOps', '', '/integraties/nieuw/alertops'],
              ]).replace(/href="#" data-to="([^"]+)"/g, 'href="#$1"'),
            },
            '/integraties/nieuw/alertops': {
              html: `<div class="v-card">${editor('nl', { type: 'AlertOps', varName: 'AlertOpsUrl', bind: 'url' })}</div>`,
              fresh: ['url'],
            },
          },
          {
            hash: true,
            learn: ['input'],
            chrome: `<nav class="top"><a href="#/dashboard">Dashboard</a> <a href="#/integraties">Integraties</a></nav>`,
          },
        );
        await withServed(spaRoutes(base, html), async (page) => {
          await open(page, base, '/#/dashboard');
          await sleep(1000);
          await clickText(page, 'nav a', 'Integraties');
          await clickText(page, 'td a', 'Nieuwe AlertOps');
          await pollModel(page, (m) => m.fields.url, u);
          await sleep(1500);
          expect(await urlElsewhere(page)).toEqual([]);
          expect((await model(page)).saves).toBe(0);
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'R26-03 DE a React-like editor component reused in place: Slack (WebhookUrl) → AlertOps (texts set in place, nodeValue; same input) → Slack again → AlertOps again: only the AlertOps variable ever holds the URL',
      async () => {
        // Ground: README "never fills another integration type", "only an editor of type AlertOps, only the AlertOps URL variable"; "fills the captured URL into the AlertOps predefined variable".
        const u = await ensureCapture();
        const base = '/r26-03';
        const ed = editor('de', {
          type: 'Slack',
          varName: 'WebhookUrl',
          bind: 'slack',
          heading: 'Integration bearbeiten',
        });
        const extra = `
const TYPES = { slack: { type: 'Slack', v: 'WebhookUrl', bind: 'slack' }, alertops: { type: 'AlertOps', v: 'AlertOpsUrl', bind: 'url' } };
window.hooks['/integrationen/edit'] = (root, p) => {
  if (!window.formEl) { window.formEl = root.firstElementChild; } else { root.replaceChildren(window.formEl); }
  const t = TYPES[p.split('/').pop()];
  const f = window.formEl;
  f.querySelector('select option').firstChild.nodeValue = t.type;
  f.querySelector('.var-row label').firstChild.nodeValue = t.v;
  const input = f.querySelector('.var-row input');
  input.dataset.bind = t.bind; input.value = M.fields[t.bind] || '';
};`;
        const chrome = `<nav class="top"><a href="#" data-to="/integrationen">Integrationen</a> <a href="#" data-to="/integrationen/edit/slack">Slack Betrieb</a> <a href="#" data-to="/integrationen/edit/alertops">Rufbereitschaft</a></nav>`;
        const html = spa(
          'de',
          base,
          { '/integrationen': { html: list('de', []) }, '/integrationen/edit': { html: ed } },
          { extra, chrome, learn: ['input'] },
        );
        await withServed(spaRoutes(base, html), async (page) => {
          await open(page, base, '/integrationen/edit/slack');
          await poke(page);
          await sleep(3000);
          expect(await urlElsewhere(page, []), 'the Slack editor is left empty').toEqual([]);
          await clickText(page, 'nav a', 'Rufbereitschaft');
          await waitText(page, 'label', 'AlertOpsUrl');
          await pollModel(page, (m) => m.fields.url, u);
          await clickText(page, 'nav a', 'Slack Betrieb');
          await waitText(page, 'label', 'WebhookUrl');
          await page.click('#slack-name');
          await sleep(5000);
          expect(await urlElsewhere(page), `Slack stays empty\n${await explain(page)}`).toEqual([]);
          expect((await controlState(page, 'WebhookUrl', 'input'))?.value).toBe('');
          await clickText(page, 'nav a', 'Rufbereitschaft');
          await waitText(page, 'label', 'AlertOpsUrl');
          await sleep(1500);
          expect((await controlState(page, 'AlertOpsUrl', 'input'))?.value).toBe(u);
          expect((await model(page)).fields.slack ?? '').toBe('');
          expect((await model(page)).saves).toBe(0);
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'R26-04 FR leaving the filled AlertOps editor for a Custom editor (ApiUrl) drawn in the same component in place, the model learning only from "change": the Custom ApiUrl stays empty, the AlertOps model keeps the URL',
      async () => {
        // Ground: README "never fills another integration type"; domain.md other types have their own URL variables; "only notices a value when input/change events fire".
        const u = await ensureCapture();
        const base = '/r26-04';
        const ed = editor('fr', { type: 'AlertOps', varName: 'AlertOpsUrl', bind: 'url', heading: W.fr.edit });
        const extra = `
const TYPES = { custom: { type: 'Custom', v: 'ApiUrl', bind: 'custom' }, alertops: { type: 'AlertOps', v: 'AlertOpsUrl', bind: 'url' } };
window.hooks['/integrations/edit'] = (root, p) => {
  if (!window.formEl) { window.formEl = root.firstElementChild; } else { root.replaceChildren(window.formEl); }
  const t = TYPES[p.split('/').pop()];
  const f = window.formEl;
  f.querySelector('select option').firstChild.nodeValue = t.type;
  f.querySelector('.var-row label').firstChild.nodeValue = t.v;
  const input = f.querySelector('.var-row input');
  input.dataset.bind = t.bind; input.value = M.fields[t.bind] || '';
};`;
        const chrome = `<nav class="top"><a href="#" data-to="/integrations">Intégrations</a> <a href="#" data-to="/integrations/edit/alertops">Astreinte AlertOps</a> <a href="#" data-to="/integrations/edit/custom">Webhook maison</a></nav>`;
        const html = spa(
          'fr',
          base,
          { '/integrations': { html: list('fr', []) }, '/integrations/edit': { html: ed } },
          { extra, chrome, learn: ['change'] },
        );
        await withServed(spaRoutes(base, html), async (page) => {
          await open(page, base, '/integrations/edit/alertops');
          await poke(page);
          await pollModel(page, (m) => m.fields.url, u);
          await clickText(page, 'nav a', 'Webhook maison');
          await waitText(page, 'label', 'ApiUrl');
          await page.click('#url-name');
          await sleep(6000);
          const m = await model(page);
          expect(m.fields.custom ?? '', `the Custom editor stays empty\n${await explain(page)}`).toBe('');
          expect((await controlState(page, 'ApiUrl', 'input'))?.value).toBe('');
          expect(m.fields.url, 'the AlertOps model keeps what was filled').toBe(u);
          expect(m.saves).toBe(0);
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'R26-05 EN back/forward: a new AlertOps editor (filled) → the Slack editor (link) → browser Back: the AlertOps editor drawn anew, empty, is filled again → Forward: the Slack editor stays empty',
      async () => {
        // Ground: README "fills the captured URL into the AlertOps predefined variable", "never fills another integration type"; README counts back/forward as user input.
        const u = await ensureCapture();
        const base = '/r26-05';
        const html = spa('en', base, {
          '/integrations': { html: list('en', [['Slack #ops', 'Slack', '/integrations/edit/slack']]) },
          '/integrations/new/AlertOps': {
            html: `${editor('en', { type: 'AlertOps', varName: 'AlertOpsUrl', bind: 'url' })}<p><a href="#" id="to-slack" data-to="/integrations/edit/slack">Slack #ops</a></p>`,
            fresh: ['url'],
          },
          '/integrations/edit/slack': {
            html: editor('en', { type: 'Slack', varName: 'WebhookUrl', bind: 'slack', heading: 'Edit integration' }),
          },
        });
        await withServed(spaRoutes(base, html), async (page) => {
          await open(page, base, '/integrations/new/AlertOps');
          await poke(page);
          await pollModel(page, (m) => m.fields.url, u);
          await page.click('#to-slack');
          await waitText(page, 'label', 'WebhookUrl');
          await sleep(2000);
          await historyStep(page, 'back');
          await waitText(page, 'label', 'AlertOpsUrl');
          expect((await model(page)).route.length, 'the page was not reloaded').toBeGreaterThan(2);
          await pollModel(page, (m) => m.fields.url, u);
          await historyStep(page, 'forward');
          await waitText(page, 'label', 'WebhookUrl');
          await page.click('#slack-name');
          await sleep(4000);
          expect(await urlElsewhere(page), `Slack stays empty\n${await explain(page)}`).toEqual([]);
          expect((await controlState(page, 'WebhookUrl', 'input'))?.value).toBe('');
          expect((await model(page)).saves).toBe(0);
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'R26-06 DE the user empties the filled URL (Ctrl+A, Delete), opens the Slack editor and goes Back: the AlertOps editor, drawn anew with the name kept, stays empty',
      async () => {
        // Ground: README "never overwrites a value you typed"; a field the user emptied is the user's value.
        const u = await ensureCapture();
        const base = '/r26-06';
        const html = spa('de', base, {
          '/integrations': { html: list('de', [['Slack Betrieb', 'Slack', '/integrations/edit/slack']]) },
          '/integrations/new/AlertOps': {
            html: `${editor('de', { type: 'AlertOps', varName: 'AlertOpsUrl', bind: 'url' })}<p><a href="#" id="to-slack" data-to="/integrations/edit/slack">Slack Betrieb</a></p>`,
            fresh: ['url'],
          },
          '/integrations/edit/slack': {
            html: editor('de', { type: 'Slack', varName: 'WebhookUrl', bind: 'slack', heading: W.de.edit }),
          },
        });
        await withServed(spaRoutes(base, html), async (page) => {
          await open(page, base, '/integrations/new/AlertOps');
          await poke(page);
          await pollModel(page, (m) => m.fields.url, u);
          await selectAllAnd(page, '#url-var', () => page.keyboard.press('Delete'));
          await pollModel(page, (m) => m.fields.url ?? '', '');
          await page.click('#to-slack');
          await waitText(page, 'label', 'WebhookUrl');
          await sleep(1500);
          await historyStep(page, 'back');
          await waitText(page, 'label', 'AlertOpsUrl');
          await poke(page);
          await sleep(6000);
          expect((await model(page)).fields.url ?? '', `the emptied URL stays empty\n${await explain(page)}`).toBe('');
          expect((await controlState(page, 'AlertOpsUrl', 'input'))?.value).toBe('');
          expect((await model(page)).saves).toBe(0);
        });
      },
      TEST_TIMEOUT,
    );

    it(
      "R26-07 NL the user replaces the filled URL with their own (typed), goes to the list, leaves the page without input for 35 s, then opens the same editor again (state kept): the user's URL is never overwritten",
      async () => {
        // Ground: README "never overwrites a value you typed (it offers to replace it instead)"; "Fills only empty fields"; "The next input starts watching again".
        const u = await ensureCapture();
        const own = `https://notify.alertops.com/POSTAlert/${newKey()}/Uptrends`;
        const base = '/r26-07';
        const html = spa('nl', base, {
          '/integrations': { html: list('nl', [['Concept AlertOps', 'AlertOps', '/integrations/concept']]) },
          '/integrations/concept': { html: editor('nl', { type: 'AlertOps', varName: 'AlertOpsUrl', bind: 'url' }) },
        });
        await withServed(spaRoutes(base, html), async (page) => {
          await open(page, base, '/integrations/concept');
          await poke(page);
          await pollModel(page, (m) => m.fields.url, u);
          await selectAllAnd(page, '#url-var', () => page.keyboard.type(own));
          await pollModel(page, (m) => m.fields.url, own);
          await clickText(page, 'nav a', 'Integraties');
          await waitText(page, 'td a', 'Concept AlertOps');
          await sleep(35_000);
          await clickText(page, 'td a', 'Concept AlertOps');
          await waitText(page, 'label', 'AlertOpsUrl');
          await poke(page);
          await sleep(6000);
          expect((await model(page)).fields.url, `the user's URL stays\n${await explain(page)}`).toBe(own);
          expect((await controlState(page, 'AlertOpsUrl', 'input'))?.value).toBe(own);
          expect((await model(page)).saves).toBe(0);
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'R26-08 FR after 35 s without input on the integrations list, the user clicks "Ajouter intégration" → AlertOps → "Choisir": the editor is filled',
      async () => {
        // Ground: README "stop their MutationObservers 30 s after the last user input … The next input starts watching again, … beginning with a look at the whole page".
        const u = await ensureCapture();
        const base = '/r26-08';
        const html = spa(
          'fr',
          base,
          {
            '/integrations': { html: list('fr', [['Slack exploitation', 'Slack', '/integrations/slack']]) },
            '/integrations/new/AlertOps': {
              html: editor('fr', { type: 'AlertOps', varName: 'AlertOpsUrl', bind: 'url' }),
              fresh: ['url'],
            },
          },
          { extra: typeDialog('fr'), learn: ['input'] },
        );
        await withServed(spaRoutes(base, html), async (page) => {
          await open(page, base, '/integrations');
          await sleep(35_000);
          await chooseType(page, 'fr', 'AlertOps');
          await pollModel(page, (m) => m.fields.url, u);
          expect(await urlElsewhere(page)).toEqual([]);
          expect((await model(page)).saves).toBe(0);
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'R26-09 DE after 35 s without input on the dashboard, the SPA routes by itself to the AlertOps editor (a session refresh restores the last route): filled without any input',
      async () => {
        // Ground: README "Meanwhile a probe reads the page's text every 2 s … so a page that renders the URL or the editor by itself is still noticed".
        const u = await ensureCapture();
        const base = '/r26-09';
        const html = spa(
          'de',
          base,
          {
            '/dashboard': { html: DASHBOARD('de') },
            '/integrations/new/AlertOps': {
              html: editor('de', { type: 'AlertOps', varName: 'AlertOpsUrl', bind: 'url' }),
              fresh: ['url'],
            },
          },
          { extra: `setTimeout(() => go('/integrations/new/AlertOps'), 36000);`, learn: ['input'] },
        );
        await withServed(spaRoutes(base, html), async (page) => {
          await open(page, base, '/dashboard');
          await waitText(page, 'label', 'AlertOpsUrl', 60_000);
          await pollModel(page, (m) => m.fields.url, u, 25_000);
          expect((await model(page)).saves).toBe(0);
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'R26-10 EN the editor opened twice in one session ("Add integration" → AlertOps, filled, "Cancel", "Add integration" → AlertOps again, name and URL forgotten by the page): the second, empty editor is filled too',
      async () => {
        // Ground: README "fills the captured URL into the AlertOps predefined variable" (each new AlertOps editor); "never clicks Save".
        const u = await ensureCapture();
        const base = '/r26-10';
        const html = spa(
          'en',
          base,
          {
            '/integrations': { html: list('en', [['Slack #ops', 'Slack', '/integrations/slack']]) },
            '/integrations/new/AlertOps': {
              html: editor('en', { type: 'AlertOps', varName: 'AlertOpsUrl', bind: 'url' }),
              fresh: ['url', 'url.name'],
            },
          },
          { extra: typeDialog('en'), learn: ['input'] },
        );
        await withServed(spaRoutes(base, html), async (page) => {
          await open(page, base, '/integrations');
          await chooseType(page, 'en', 'AlertOps');
          await pollModel(page, (m) => m.fields.url, u);
          await clickText(page, 'button', 'Cancel');
          await waitText(page, 'button', 'Add integration');
          await sleep(2000);
          await chooseType(page, 'en', 'AlertOps');
          await waitText(page, 'label', 'AlertOpsUrl');
          await pollModel(page, (m) => m.fields.url, u);
          expect(await urlElsewhere(page)).toEqual([]);
          expect((await model(page)).saves).toBe(0);
        });
      },
      TEST_TIMEOUT,
    );
    it(
      'R26-18 DE after 35 s without input on the Slack editor, the app itself turns the reused editor component into the AlertOps one in place (a pushed route; type, variable name and heading set by nodeValue; the input kept, value reset): filled without any input',
      async () => {
        // Ground: README "Meanwhile a probe reads the page's text every 2 s … so a page that renders the URL or the editor by itself is still noticed"; "On Uptrends only a page whose text changed since the last look counts" (it changed); "only an editor of type AlertOps".
        const u = await ensureCapture();
        const base = '/r26-18';
        const ed = editor('de', {
          type: 'Slack',
          varName: 'WebhookUrl',
          bind: 'slack',
          heading: 'Slack Betrieb bearbeiten',
        });
        const extra = `
const TYPES = { slack: { type: 'Slack', v: 'WebhookUrl', bind: 'slack', h: 'Slack Betrieb bearbeiten' }, alertops: { type: 'AlertOps', v: 'AlertOpsUrl', bind: 'url', h: 'Rufbereitschaft bearbeiten' } };
window.hooks['/integrationen/edit'] = (root, p) => {
  if (!window.formEl) { window.formEl = root.firstElementChild; } else { root.replaceChildren(window.formEl); }
  const t = TYPES[p.split('/').pop()];
  const f = window.formEl;
  f.querySelector('h2').firstChild.nodeValue = t.h;
  f.querySelector('select option').firstChild.nodeValue = t.type;
  f.querySelector('.var-row label').firstChild.nodeValue = t.v;
  const input = f.querySelector('.var-row input');
  input.dataset.bind = t.bind; input.value = M.fields[t.bind] || '';
};
setTimeout(() => go('/integrationen/edit/alertops'), 36000);`;
        const html = spa('de', base, { '/integrationen/edit': { html: ed } }, { extra, learn: ['input'] });
        await withServed(spaRoutes(base, html), async (page) => {
          await open(page, base, '/integrationen/edit/slack');
          await waitText(page, 'label', 'AlertOpsUrl', 60_000);
          await pollModel(page, (m) => m.fields.url, u, 25_000);
          expect((await model(page)).fields.slack ?? '').toBe('');
          expect((await model(page)).saves).toBe(0);
        });
      },
      TEST_TIMEOUT,
    );
    it(
      'R26-24 DE editing an existing AlertOps integration that holds another URL (the "Replace?" prompt shows); before answering, the user opens "Slack Betrieb" and the same editor component is reused in place (same input, value reset); then the user clicks the prompt\'s Replace if it is still there: the Slack variable stays empty, the AlertOps model keeps its URL',
      async () => {
        // Ground: README "Fills only empty fields (else an in-page 'Replace?' prompt)"; "another integration opened before a 'Replace?' is answered → a late answer writes only into an AlertOps editor's URL field"; "never fills another integration type".
        await ensureCapture();
        const old = `https://notify.alertops.com/POSTAlert/${newKey()}/Uptrends`;
        const base = '/r26-24';
        const ed = editor('de', { type: 'AlertOps', varName: 'AlertOpsUrl', bind: 'url', heading: W.de.edit });
        const extra = `
const TYPES = { slack: { type: 'Slack', v: 'WebhookUrl', bind: 'slack' }, alertops: { type: 'AlertOps', v: 'AlertOpsUrl', bind: 'url' } };
window.hooks['/integrationen/edit'] = (root, p) => {
  if (!window.loaded) { root.innerHTML = '<p>Laden…</p>'; return; }
  if (!window.formEl) { window.formEl = root.firstElementChild; } else { root.replaceChildren(window.formEl); }
  const t = TYPES[p.split('/').pop()];
  const f = window.formEl;
  f.querySelector('select option').firstChild.nodeValue = t.type;
  f.querySelector('.var-row label').firstChild.nodeValue = t.v;
  const input = f.querySelector('.var-row input');
  input.dataset.bind = t.bind; input.value = M.fields[t.bind] || '';
};
fetch('/api/r26/integrations/7').then((r) => r.json()).then((d) => { M.fields.url = d.url; M.fields['url.name'] = 'Rufbereitschaft alt'; window.loaded = true; render(false); });`;
        const chrome = `<nav class="top"><a href="#" data-to="/integrationen/edit/alertops">Rufbereitschaft alt</a> <a href="#" data-to="/integrationen/edit/slack">Slack Betrieb</a></nav>`;
        const html = spa('de', base, { '/integrationen/edit': { html: ed } }, { extra, chrome, learn: ['input'] });
        await withServed(
          { ...spaRoutes(base, html), [`${ORIGIN}/api/r26/integrations/7`]: json({ url: old }, 300) },
          async (page) => {
            await open(page, base, '/integrationen/edit/alertops');
            await poke(page);
            await pollModel(page, (m) => m.fields.url, old);
            await eventually(
              () => noticeText(page),
              (t) => t.trim() !== '',
              WAIT,
            ).catch(() => '');
            await clickText(page, 'nav a', 'Slack Betrieb');
            await waitText(page, 'label', 'WebhookUrl');
            await sleep(800);
            const target = await page.evaluate(() => {
              for (const host of Array.from(document.querySelectorAll('[data-uptrends-alertops-bridge]'))) {
                const b = Array.from(host.shadowRoot?.querySelectorAll('button') ?? []).find((x) =>
                  /replace|ersetzen/i.test(`${x.textContent ?? ''} ${x.getAttribute('aria-label') ?? ''}`),
                );
                if (!b) continue;
                const r = b.getBoundingClientRect();
                if (r.width === 0) continue;
                return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
              }
              return null;
            });
            if (target) await page.mouse.click(target.x, target.y);
            await sleep(3000);
            const m = await model(page);
            expect(
              m.fields.slack ?? '',
              `Slack stays empty (prompt clicked: ${!!target})\n${await explain(page)}`,
            ).toBe('');
            expect((await controlState(page, 'WebhookUrl', 'input'))?.value).toBe('');
            expect(m.fields.url, 'the AlertOps integration keeps its URL').toBe(old);
            expect(m.saves).toBe(0);
          },
        );
      },
      TEST_TIMEOUT,
    );

    it(
      "R26-25 NL hash routes with the editor in a modal: #/integraties → #/integraties/nieuw (modal AlertOps editor, filled) → Back (modal closed) → Forward (a new modal drawn anew, empty): filled again; the list's search field never holds the URL",
      async () => {
        // Ground: README "fills the captured URL into the AlertOps predefined variable"; back/forward is input; domain.md "Add integration opens a dialog".
        const u = await ensureCapture();
        const base = '/r26-25';
        const modal = `<div class="modal-back"></div><div class="modal" role="dialog" aria-modal="true" aria-label="${esc(W.nl.title)}">${editor('nl', { type: 'AlertOps', varName: 'AlertOpsUrl', bind: 'url' })}</div>`;
        const listHtml = list('nl', [['Slack Ops', 'Slack', '/integraties/slack']]).replace(
          /href="#" data-to="([^"]+)"/g,
          'href="#$1"',
        );
        const html = spa(
          'nl',
          base,
          {
            '/integraties': { html: listHtml },
            '/integraties/nieuw': { html: listHtml + modal, fresh: ['url', 'url.name'] },
          },
          {
            hash: true,
            learn: ['input'],
            extra: `window.openTypes = () => { location.hash = '/integraties/nieuw'; };`,
            chrome: `<nav class="top"><a href="#/integraties">Integraties</a></nav>`,
          },
        );
        await withServed(spaRoutes(base, html), async (page) => {
          await open(page, base, '/#/integraties');
          await page.waitForSelector('#search');
          await page.type('#search', 'ops');
          await clickText(page, 'button', W.nl.add);
          await pollModel(page, (m) => m.fields.url, u);
          await historyStep(page, 'back');
          await page.waitForFunction(() => !document.querySelector('[role=dialog]'), { timeout: WAIT });
          await sleep(1500);
          await historyStep(page, 'forward');
          await waitText(page, 'label', 'AlertOpsUrl');
          await pollModel(page, (m) => m.fields.url, u);
          expect(await urlElsewhere(page)).toEqual([]);
          expect((await model(page)).fields.search).toBe('ops');
          expect((await model(page)).saves).toBe(0);
        });
      },
      TEST_TIMEOUT,
    );
    it(
      'R26-27 EN the user replaces the URL filled into an existing AlertOps integration\'s editor with their own, then "Add integration" → AlertOps → "Choose": the app reuses the same editor component in place for the new integration (heading, name and URL reset; same input): the new, empty editor is filled; the user\'s URL stays in the first integration\'s model',
      async () => {
        // Ground: README step 2 "fills the captured URL into the AlertOps predefined variable" (a new, empty AlertOps editor); "never overwrites a value you typed" (the first integration's).
        const u = await ensureCapture();
        const own = `https://notify.alertops.com/POSTAlert/${newKey()}/Uptrends`;
        const base = '/r26-27';
        const ed = editor('en', {
          type: 'AlertOps',
          varName: 'AlertOpsUrl',
          bind: 'draftUrl',
          nameBind: 'draftName',
          heading: W.en.edit,
        });
        const extra = `${typeDialog('en')}
const KINDS = { draft: { h: ${JSON.stringify(W.en.edit)}, url: 'draftUrl', name: 'draftName' }, AlertOps: { h: ${JSON.stringify(W.en.title)}, url: 'url', name: 'name' } };
window.hooks['/integrations/edit'] = window.hooks['/integrations/new'] = (root, p) => {
  if (!window.formEl) { window.formEl = root.firstElementChild; } else { root.replaceChildren(window.formEl); }
  const k = KINDS[p.split('/').pop()];
  const f = window.formEl;
  f.querySelector('h2').firstChild.nodeValue = k.h;
  const inputs = f.querySelectorAll('input[type=text]');
  inputs[0].dataset.bind = k.name; inputs[0].value = M.fields[k.name] || '';
  inputs[1].dataset.bind = k.url; inputs[1].value = M.fields[k.url] || '';
};`;
        const chrome = `<nav class="top"><a href="#" data-to="/integrations">Integrations</a></nav>`;
        const html = spa(
          'en',
          base,
          {
            '/integrations': { html: list('en', [['Pager (draft)', 'AlertOps', '/integrations/edit/draft']]) },
            '/integrations/edit': { html: ed },
            '/integrations/new': { html: ed, fresh: ['url', 'name'] },
          },
          { extra, chrome, learn: ['input'] },
        );
        await withServed(spaRoutes(base, html), async (page) => {
          await open(page, base, '/integrations/edit/draft');
          await poke(page);
          await pollModel(page, (m) => m.fields.draftUrl, u);
          await selectAllAnd(page, '#draftUrl-var', () => page.keyboard.type(own));
          await pollModel(page, (m) => m.fields.draftUrl, own);
          await clickText(page, 'nav a', 'Integrations');
          await chooseType(page, 'en', 'AlertOps');
          await waitText(page, 'h2', W.en.title);
          await pollModel(page, (m) => m.fields.url, u);
          expect((await controlState(page, 'AlertOpsUrl', 'input'))?.value).toBe(u);
          expect((await model(page)).fields.draftUrl).toBe(own);
          expect(await urlElsewhere(page, ['url', 'draftUrl'])).toEqual([]);
          expect((await model(page)).saves).toBe(0);
        });
      },
      TEST_TIMEOUT,
    );
  });

  /* =============================================================================================================== */
  /* Step 3: escalation levels in a long session                                                                     */
  /* =============================================================================================================== */

  describe('Uptrends step 3: levels across routes', () => {
    it(
      'R26-11 EN definition A → definition B in the SPA (pushState, no reload), boxes bound React-like from the click: "AlertOps pager" is ticked on A\'s level 1 and then on B\'s level 1, nothing else',
      async () => {
        // Ground: README step 3 "ticks your AlertOps integration under 'Alerting by integrations'"; "an integration whose name says 'AlertOps' … is taken for the AlertOps one when no name remembered from the editor decides".
        await ensureCapture();
        await forgetNames();
        const names = ['E-mail', 'SMS', 'Phone', 'Slack #ops', 'AlertOps pager'];
        const base = '/r26-11';
        const html = spa(
          'en',
          base,
          defRoutes('en', [
            { id: 'a', title: 'Default alert definition', names, levels: 2 },
            { id: 'b', title: 'Night shift', names, levels: 2 },
          ]),
          { boxes: 'click' },
        );
        await withServed(spaRoutes(base, html), async (page) => {
          await open(page, base, '/definitions/a/level/1');
          await poke(page);
          await pollModel(page, (m) => m.boxes['a/L1:AlertOps pager'], true);
          await clickText(page, 'nav a', 'Alert definitions');
          await clickText(page, 'li a', 'Night shift');
          await pollModel(page, (m) => m.boxes['b/L1:AlertOps pager'], true);
          await sleep(2000);
          const m = await model(page);
          expect(boxesOf(m, 'a/L1'), await explain(page)).toEqual(expected('a/L1', names, ['AlertOps pager']));
          expect(boxesOf(m, 'b/L1')).toEqual(expected('b/L1', names, ['AlertOps pager']));
          expect(m.saves).toBe(0);
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'R26-12 DE tab changes redraw the level (replace everything): "Eskalationsstufe 1", 2 and 3 each get "AlertOps Bereitschaft" ticked as the user opens them',
      async () => {
        // Ground: domain.md "each Escalation level tab has a section Alerting by integrations"; README step 3.
        await ensureCapture();
        await forgetNames();
        const names = ['E-Mail', 'SMS', 'Telefon', 'Microsoft Teams', 'AlertOps Bereitschaft'];
        const base = '/r26-12';
        const html = spa(
          'de',
          base,
          defRoutes('de', [{ id: 'd', title: 'Standard-Meldedefinition', names, levels: 3 }]),
          {
            boxes: 'click',
          },
        );
        await withServed(spaRoutes(base, html), async (page) => {
          await open(page, base, '/definitions/d/level/1');
          await poke(page);
          for (const n of [1, 2, 3]) {
            if (n > 1) await clickText(page, '[role=tab]', `Eskalationsstufe ${n}`);
            await pollModel(page, (m) => m.boxes[`d/L${n}:AlertOps Bereitschaft`], true);
          }
          await sleep(2000);
          const m = await model(page);
          for (const n of [1, 2, 3])
            expect(boxesOf(m, `d/L${n}`), await explain(page)).toEqual(
              expected(`d/L${n}`, names, ['AlertOps Bereitschaft']),
            );
          expect(m.saves).toBe(0);
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'R26-13 FR after 35 s without input on "Niveau d\'escalade 1" (ticked), the user clicks "Niveau d\'escalade 2" (drawn anew): "AlertOps astreinte" is ticked there',
      async () => {
        // Ground: README "The next input starts watching again, in a task after the page has handled that input, beginning with a look at the whole page"; README step 3.
        await ensureCapture();
        await forgetNames();
        const names = ['E-mail', 'SMS', 'Téléphone', 'Slack exploitation', 'AlertOps astreinte'];
        const base = '/r26-13';
        const html = spa(
          'fr',
          base,
          defRoutes('fr', [{ id: 'f', title: "Définition d'alerte par défaut", names, levels: 2 }]),
          { boxes: 'click' },
        );
        await withServed(spaRoutes(base, html), async (page) => {
          await open(page, base, '/definitions/f/level/1');
          await poke(page);
          await pollModel(page, (m) => m.boxes['f/L1:AlertOps astreinte'], true);
          await sleep(35_000);
          await clickText(page, '[role=tab]', "Niveau d'escalade 2");
          await pollModel(page, (m) => m.boxes['f/L2:AlertOps astreinte'], true);
          await sleep(1500);
          expect(boxesOf(await model(page), 'f/L2')).toEqual(expected('f/L2', names, ['AlertOps astreinte']));
        });
      },
      TEST_TIMEOUT,
    );

    it(
      'R26-14 NL hash routes: #/definitions → a definition; on each level route the boxes are drawn with empty labels and the integration names written into them (textContent) 1 s after the route change; level 1, then level 2 by a tab click: "AlertOps Piket" ticked on both',
      async () => {
        // Ground: README "any inserted words once the page shows them (labels translated after the form is drawn, names filled into boxes already drawn …)"; README step 3; domain.md NL "Alerts versturen door integraties".
        await ensureCapture();
        await forgetNames();
        const names = ['E-mail', 'SMS', 'Telefoon', 'AlertOps Piket'];
        const base = '/r26-14';
        const routes = defRoutes('nl', [
          { id: 'n', title: 'Standaard alertdefinitie', names, levels: 2, labelsEmpty: true },
        ]);
        for (const r of Object.values(routes)) r.html = r.html.replace(/href="#" data-to="([^"]+)"/g, 'href="#$1"');
        const extra = `
window.hooks['/definitions/n/level/1'] = window.hooks['/definitions/n/level/2'] = (root) => {
  setTimeout(() => { for (const l of root.querySelectorAll('label[data-name]')) l.textContent = l.dataset.name; }, 1000);
};`;
        const html = spa('nl', base, routes, {
          hash: true,
          boxes: 'click',
          extra,
          chrome: `<nav class="top"><a href="#/definitions">Alertdefinities</a></nav>`,
        });
        await withServed(spaRoutes(base, html), async (page) => {
          await open(page, base, '/#/definitions');
          await clickText(page, 'li a', 'Standaard alertdefinitie');
          await pollModel(page, (m) => m.boxes['n/L1:AlertOps Piket'], true);
          await clickText(page, '[role=tab]', 'Escalatieniveau 2');
          await pollModel(page, (m) => m.boxes['n/L2:AlertOps Piket'], true);
          await sleep(2000);
          const m = await model(page);
          expect(boxesOf(m, 'n/L1'), await explain(page)).toEqual(expected('n/L1', names, ['AlertOps Piket']));
          expect(boxesOf(m, 'n/L2')).toEqual(expected('n/L2', names, ['AlertOps Piket']));
          expect(m.saves).toBe(0);
        });
      },
      TEST_TIMEOUT,
    );
    for (const variant of [
      {
        id: 'R26-19',
        lang: 'fr' as Lang,
        title: true,
        what: 'the panel\'s own title set in place (nodeValue) to "Niveau d\'escalade 2"',
        names: ['E-mail', 'SMS', 'Slack exploitation', 'AlertOps astreinte'],
        ao: 'AlertOps astreinte',
      },
      {
        id: 'R26-20',
        lang: 'en' as Lang,
        title: false,
        what: "no text of the panel changes (only the tabs' aria-selected, the boxes' checked state and the address)",
        names: ['E-mail', 'SMS', 'Slack #ops', 'AlertOps pager'],
        ao: 'AlertOps pager',
      },
    ]) {
      it(
        `${variant.id} ${variant.lang.toUpperCase()} a React-like level panel reused in place on each tab change (pushState /level/1 → /level/2; the same boxes, their checked state set from the model of the level shown; ${variant.what}): "${variant.ao}" ticked on level 1, then on level 2 once the user opens it`,
        async () => {
          // Ground: README step 3 "ticks your AlertOps integration under 'Alerting by integrations'" on each escalation level tab the user opens; domain.md "each Escalation level tab has a section Alerting by integrations"; "a framework that … may re-render (replace) nodes at any time".
          await ensureCapture();
          await forgetNames();
          const w = W[variant.lang];
          const base = `/${variant.id.toLowerCase()}`;
          const tabs = [1, 2]
            .map(
              (n) =>
                `<a role="tab" href="#" data-to="/definitions/r/level/${n}" aria-selected="false">${esc(`${w.level} ${n}`)}</a>`,
            )
            .join(' ');
          const panel = `<div id="def"><h1>Default</h1><div role="tablist"><a role="tab" href="#" aria-selected="false">${esc(w.main)}</a> ${tabs}</div>
<div class="level" role="tabpanel">${variant.title ? `<h3 class="lvl-title">${esc(`${w.level} 1`)}</h3>` : ''}<label><input type="checkbox" class="act"> ${esc(w.active)}</label>
<h4>${esc(w.section)}</h4><ul style="list-style:none">${variant.names.map((x, i) => `<li><input type="checkbox" id="b${i}" data-name="${esc(x)}"> <label for="b${i}">${esc(x)}</label></li>`).join('')}</ul></div>
<button type="button" class="save">${esc(w.save)}</button></div>`;
          const extra = `
window.hooks['/definitions/r/level'] = (root, p) => {
  const n = Number(p.split('/').pop());
  if (!window.defEl) { window.defEl = root.firstElementChild; } else { root.replaceChildren(window.defEl); }
  const d = window.defEl;
  for (const t of d.querySelectorAll('[role=tab][data-to]')) t.setAttribute('aria-selected', String(t.dataset.to.endsWith('/' + n)));
  const title = d.querySelector('.lvl-title'); if (title) title.firstChild.nodeValue = ${JSON.stringify(w.level)} + ' ' + n;
  const act = d.querySelector('.act'); act.dataset.k = 'r/L' + n + ':active'; if (!(act.dataset.k in M.boxes)) M.boxes[act.dataset.k] = true; act.checked = M.boxes[act.dataset.k];
  for (const b of d.querySelectorAll('input[data-name]')) { const k = 'r/L' + n + ':' + b.dataset.name; if (!(k in M.boxes)) M.boxes[k] = false; b.dataset.k = k; b.checked = M.boxes[k]; }
};`;
          const html = spa(variant.lang, base, { '/definitions/r/level': { html: panel } }, { boxes: 'click', extra });
          await withServed(spaRoutes(base, html), async (page) => {
            await open(page, base, '/definitions/r/level/1');
            await poke(page);
            await pollModel(page, (m) => m.boxes[`r/L1:${variant.ao}`], true);
            await sleep(1500);
            await clickText(page, '[role=tab]', `${w.level} 2`);
            await pollModel(page, (m) => m.boxes[`r/L2:${variant.ao}`], true, 25_000);
            await sleep(1500);
            const m = await model(page);
            expect(boxesOf(m, 'r/L1'), await explain(page)).toEqual(expected('r/L1', variant.names, [variant.ao]));
            expect(boxesOf(m, 'r/L2')).toEqual(expected('r/L2', variant.names, [variant.ao]));
            expect(m.saves).toBe(0);
          });
        },
        TEST_TIMEOUT,
      );
    }
    it(
      'R26-26 EN one session, step 2 then step 3: the filled editor is renamed "Ops bridge" by the user and saved; then in the SPA the definition\'s level lists "E-mail", "AlertOps legacy" and "Ops bridge": "Ops bridge" is ticked, "AlertOps legacy" is not',
      async () => {
        // Ground: README "the name, or the name the user gave in Uptrends, decides"; "an integration whose name says 'AlertOps' … is taken for the AlertOps one when no name remembered from the editor decides" (here one does); step 2 "You review and click Save".
        const u = await ensureCapture();
        await forgetNames();
        const names = ['E-mail', 'AlertOps legacy', 'Ops bridge'];
        const base = '/r26-26';
        const routes: Record<string, { html: string; fresh?: string[] }> = {
          ...defRoutes('en', [{ id: 'a', title: 'Default alert definition', names, levels: 1 }]),
          '/integrations': { html: list('en', [['Slack #ops', 'Slack', '/integrations/slack']]) },
          '/integrations/new/AlertOps': {
            html: editor('en', { type: 'AlertOps', varName: 'AlertOpsUrl', bind: 'url', nameBind: 'name' }),
            fresh: ['url', 'name'],
          },
        };
        const extra = `${typeDialog('en')}
document.addEventListener('click', (e) => { if (e.target.closest && e.target.closest('.integration-editor .save')) { M.savedIntegration = { name: M.fields.name, url: M.fields.url }; const s = document.createElement('div'); s.setAttribute('role', 'status'); s.textContent = 'Saved'; document.body.append(s); setTimeout(() => go('/integrations'), 300); } });`;
        const html = spa('en', base, routes, { extra, boxes: 'click', learn: ['input'] });
        try {
          await withServed(spaRoutes(base, html), async (page) => {
            await open(page, base, '/integrations');
            await chooseType(page, 'en', 'AlertOps');
            await pollModel(page, (m) => m.fields.url, u);
            await selectAllAnd(page, '#url-name', () => page.keyboard.type('Ops bridge'));
            await pollModel(page, (m) => m.fields.name, 'Ops bridge');
            await clickText(page, 'button', 'Save');
            await waitText(page, 'button', 'Add integration');
            expect((await model(page)).savedIntegration).toEqual({ name: 'Ops bridge', url: u });
            await clickText(page, 'nav a', 'Alert definitions');
            await clickText(page, 'li a', 'Default alert definition');
            await pollModel(page, (m) => m.boxes['a/L1:Ops bridge'], true);
            await sleep(2000);
            expect(boxesOf(await model(page), 'a/L1'), await explain(page)).toEqual(
              expected('a/L1', names, ['Ops bridge']),
            );
          });
        } finally {
          await forgetNames();
        }
      },
      TEST_TIMEOUT,
    );
    for (const variant of [{ id: 'R26-29', lang: 'de' as Lang, title: false, what: 'no text of the page changes' }]) {
      it(
        `${variant.id} ${variant.lang.toUpperCase()} 15 s into a session on a definition, tabs are buttons (no address change) and the level panel is reused in place (the same boxes, checked state from the model of the level shown, aria-selected moved; ${variant.what}): "AlertOps Bereitschaft" ticked on level 1, then on level 2 once the user opens it`,
        async () => {
          // Ground: README step 3 "ticks your AlertOps integration under 'Alerting by integrations'" on the escalation level tab the user opens; domain.md "each Escalation level tab has a section Alerting by integrations"; "may re-render (replace) nodes at any time".
          await ensureCapture();
          await forgetNames();
          const w = W[variant.lang];
          const names = ['E-Mail', 'SMS', 'Microsoft Teams', 'AlertOps Bereitschaft'];
          const ao = 'AlertOps Bereitschaft';
          const base = `/${variant.id.toLowerCase()}`;
          const tabs = [1, 2]
            .map(
              (n) =>
                `<button type="button" role="tab" data-level="${n}" aria-selected="${n === 1}">${esc(`${w.level} ${n}`)}</button>`,
            )
            .join(' ');
          const panel = `<div id="def"><h1>Standard-Meldedefinition</h1><div role="tablist"><button type="button" role="tab" aria-selected="false">${esc(w.main)}</button> ${tabs}</div>
<div class="level" role="tabpanel">${variant.title ? `<h3 class="lvl-title">${esc(`${w.level} 1`)}</h3>` : ''}<label><input type="checkbox" class="act"> ${esc(w.active)}</label>
<h4>${esc(w.section)}</h4><ul style="list-style:none">${names.map((x, i) => `<li><input type="checkbox" id="b${i}" data-name="${esc(x)}"> <label for="b${i}">${esc(x)}</label></li>`).join('')}</ul></div>
<button type="button" class="save">${esc(w.save)}</button></div>`;
          const extra = `
function show(n) {
  const d = document.getElementById('def');
  for (const t of d.querySelectorAll('[role=tab][data-level]')) t.setAttribute('aria-selected', String(t.dataset.level === String(n)));
  const title = d.querySelector('.lvl-title'); if (title) title.firstChild.nodeValue = ${JSON.stringify(w.level)} + ' ' + n;
  const act = d.querySelector('.act'); act.dataset.k = 'r/L' + n + ':active'; if (!(act.dataset.k in M.boxes)) M.boxes[act.dataset.k] = true; act.checked = M.boxes[act.dataset.k];
  for (const b of d.querySelectorAll('input[data-name]')) { const k = 'r/L' + n + ':' + b.dataset.name; if (!(k in M.boxes)) M.boxes[k] = false; b.dataset.k = k; b.checked = M.boxes[k]; }
}
window.hooks['/definitions/r'] = () => {
  show(1);
  document.getElementById('def').addEventListener('click', (e) => { const t = e.target.closest('[role=tab][data-level]'); if (t) show(Number(t.dataset.level)); });
};`;
          const html = spa(variant.lang, base, { '/definitions/r': { html: panel } }, { boxes: 'click', extra });
          await withServed(spaRoutes(base, html), async (page) => {
            await open(page, base, '/definitions/r');
            await poke(page);
            await pollModel(page, (m) => m.boxes[`r/L1:${ao}`], true);
            for (let i = 0; i < 5; i++) {
              await sleep(3000);
              await poke(page);
            }
            await clickText(page, '[role=tab]', `${w.level} 2`);
            await pollModel(page, (m) => m.boxes[`r/L2:${ao}`], true, 25_000);
            await sleep(1500);
            const m = await model(page);
            expect(boxesOf(m, 'r/L1'), await explain(page)).toEqual(expected('r/L1', names, [ao]));
            expect(boxesOf(m, 'r/L2')).toEqual(expected('r/L2', names, [ao]));
            expect(m.saves).toBe(0);
          });
        },
        TEST_TIMEOUT,
      );
    }
  });

  /* =============================================================================================================== */
  /* AlertOps: a long session in its single-page app                                                                 */
  /* =============================================================================================================== */

  /**
   * The current AlertOps UI as a pushState SPA under `/configurations/integrations`: the list, "+ ADD API", the Uptrends
   * template, Basic Settings with "Integration Name", "Submit" (pushes `/…/inbound/api/<id>` and draws the saved page
   * with the endpoint URL at the top and a Copy button), existing integrations by id. URLs come from a fetch.
   * `window.created` counts Submits.
   */
  function alertOpsSpa(extra = ''): string {
    const script = `
const BASE = '/configurations/integrations';
const esc = (s) => String(s).replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;').replace(/"/g,'&quot;');
const app = document.getElementById('app');
let EXISTING = [], NEW_URL = '';
window.created = 0;
function savedView(it) {
  return '<h1>' + esc(it.name) + '</h1><div class="endpoint"><label for="ep">Endpoint URL</label> <input id="ep" class="mono" readonly size="90" value="' + esc(it.url) + '"> <button type="button" class="copy">Copy</button></div>' +
    '<section><h2>Basic Settings</h2><dl><dt>Integration Name</dt><dd>' + esc(it.name) + '</dd><dt>Template</dt><dd>Uptrends</dd><dt>Escalation Policy</dt><dd>Default</dd></dl></section>';
}
function render() {
  const p = location.pathname.slice(BASE.length) || '/';
  if (p === '/') {
    app.innerHTML = '<h1>Inbound Integrations</h1><button type="button" id="add">+ ADD API</button><table><tbody>' +
      EXISTING.map((it) => '<tr><td><a href="#" data-to="/inbound/api/' + it.id + '">' + esc(it.name) + '</a></td><td>API</td></tr>').join('') + '</tbody></table>';
    app.querySelector('#add').onclick = () => go('/inbound/api/new');
  } else if (p === '/inbound/api/new') {
    app.innerHTML = '<h1>Add API Integration</h1><section role="region" aria-label="Recommended"><h2>Recommended</h2><button type="button" id="tpl">Uptrends</button></section>';
    app.querySelector('#tpl').onclick = () => go('/inbound/api/new/Uptrends');
  } else if (p === '/inbound/api/new/Uptrends') {
    app.innerHTML = '<h1>Add API Integration</h1><form onsubmit="return false"><h2>Basic Settings</h2><label for="nm">Integration Name</label> <input id="nm" type="text" value="Uptrends">' +
      ' <label for="pol">Escalation Policy</label> <select id="pol"><option>Default</option></select> <button type="button" id="submit">Submit</button> <button type="button" id="cancel" data-to="/">Cancel</button></form>';
    app.querySelector('#submit').onclick = () => {
      window.created++;
      const it = { id: 'n' + window.created, name: app.querySelector('#nm').value, url: NEW_URL };
      EXISTING.push(it);
      app.querySelector('#submit').textContent = 'Saving…';
      setTimeout(() => go('/inbound/api/' + it.id), window.SUBMIT_DELAY || 400);
    };
  } else {
    const it = EXISTING.find((x) => '/inbound/api/' + x.id === p);
    app.innerHTML = it ? savedView(it) : '<p>Loading…</p>';
  }
  if (window.afterRender) window.afterRender(p);
}
function go(p) { history.pushState({}, '', BASE + p); render(); }
window.go = go;
window.addEventListener('popstate', render);
document.addEventListener('click', (e) => { const a = e.target.closest && e.target.closest('[data-to]'); if (a) { e.preventDefault(); go(a.dataset.to); } });
${extra}
fetch('/api/r26/integrations').then((r) => r.json()).then((d) => { EXISTING = d.existing; NEW_URL = d.newUrl; render(); });`;
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AlertOps</title><style>body{font:14px system-ui,sans-serif;margin:0} header{display:flex;gap:12px;padding:8px;background:#123;color:#fff} header a{color:#fff} .mono{font-family:monospace}</style></head>
<body><header><span>AlertOps</span><a href="#" data-to="/">Integrations</a><span>Jane Operator</span></header><main id="app"></main><script>${script}</script></body></html>`;
  }

  function alertOpsRoutes(html: string, data: unknown): Record<string, Route> {
    return {
      'https://app.alertops.com/configurations/integrations': html,
      'https://app.alertops.com/configurations/integrations/*': html,
      'https://app.alertops.com/api/r26/integrations': json(data, 200),
    };
  }

  describe('AlertOps: captures in a long single-page session', () => {
    it(
      'R26-15 current UI SPA: list → "+ ADD API" → Uptrends → name typed → Submit; the app routes to the saved integration (captured once, under its name); then "Checkout API" opened from the list (captured under its own name); Back → Forward → Back: one stored entry per key',
      async () => {
        // Ground: README "captures the generated API URL the moment the saved integration shows it"; "Any page … that shows a URL labelled as an API URL, or beside a Copy button, is captured … the popup shows each capture's name"; "One stored entry per key"; domain.md "displays the endpoint URL at the top", Copy button.
        const fresh = newUrl();
        const other = newUrl('Custom');
        const html = alertOpsSpa();
        await withServed(
          alertOpsRoutes(html, { existing: [{ id: '77', name: 'Checkout API', url: other }], newUrl: fresh }),
          async (page) => {
            await page.goto('https://app.alertops.com/configurations/integrations');
            await clickText(page, 'button', '+ ADD API');
            await clickText(page, '[role=region] button', 'Uptrends');
            await selectAllAnd(page, '#nm', () => page.keyboard.type('Uptrends R26'));
            await clickText(page, 'button', 'Submit');
            await page.waitForSelector('#ep');
            const first = await waitForStoredCapture(ff, fresh, WAIT);
            expect(first.integrationName).toBe('Uptrends R26');
            await clickText(page, 'header a', 'Integrations');
            await clickText(page, 'td a', 'Checkout API');
            await waitText(page, 'h1', 'Checkout API');
            const second = await waitForStoredCapture(ff, other, WAIT);
            expect(second.integrationName).toBe('Checkout API');
            for (const step of ['back', 'back', 'forward', 'forward', 'back', 'back'] as const) {
              await historyStep(page, step);
              await sleep(800);
            }
            await waitText(page, 'h1', 'Uptrends R26');
            await sleep(2500);
            const all = await ff.captures();
            expect(keyStored(all, fresh)).toBe(1);
            expect(keyStored(all, other)).toBe(1);
            expect(all.find((c) => c.url === fresh)?.integrationName).toBe('Uptrends R26');
            expect(await page.evaluate(() => (window as unknown as { created: number }).created)).toBe(1);
          },
        );
      },
      TEST_TIMEOUT,
    );

    it(
      'R26-16 legacy UI: the saved integration\'s "API URL" element is redrawn (node replaced) every 2 s for 16 s while the user moves the mouse: exactly one stored entry for that key',
      async () => {
        // Ground: README "One stored entry per key"; domain.md older UI "API URL"; README "captures the generated API URL the moment the saved integration shows it".
        const u = newUrl();
        const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AlertOps</title></head><body>
<nav><a href="#">Integrations</a> &gt; <a href="#">Inbound Integrations</a></nav><main id="app"><h1>Uptrends (legacy)</h1><div id="slot">Loading…</div></main>
<script>
let n = 0, U = '';
function draw() { n++; const d = document.createElement('div'); d.className = 'field'; d.innerHTML = '<span class="label">API URL</span> <span class="value"></span> <small>refreshed ' + n + '</small>'; d.querySelector('.value').textContent = U; document.getElementById('slot').replaceChildren(d); }
fetch('/InboundIntegrations/Api/Details/2626.json').then((r) => r.json()).then((d) => { U = d.url; draw(); const t = setInterval(() => { draw(); if (n >= 9) clearInterval(t); }, 2000); });
</script></body></html>`;
        await withServed(
          {
            'https://app.alertops.com/InboundIntegrations/Api/Details/2626': html,
            'https://app.alertops.com/InboundIntegrations/Api/Details/2626.json': json({ url: u }, 300),
          },
          async (page) => {
            await page.goto('https://app.alertops.com/InboundIntegrations/Api/Details/2626');
            await poke(page);
            await waitForStoredCapture(ff, u, WAIT);
            for (let i = 0; i < 9; i++) {
              await page.mouse.move(10 + i, 10);
              await sleep(2000);
            }
            await waitText(page, 'small', 'refreshed 9');
            expect(keyStored(await ff.captures(), u)).toBe(1);
          },
        );
      },
      TEST_TIMEOUT,
    );

    it(
      'R26-17 current UI SPA: the new-integration form previews a placeholder endpoint ("…/POSTAlert/xxxxxxxx-xxxx-…/Uptrends") beside a Copy button; the user types a name, then clicks Cancel back to the list: nothing is stored',
      async () => {
        // Ground: README never captures "placeholder and masked keys"; "captures the generated API URL the moment the saved integration shows it".
        const placeholder = 'https://notify.alertops.com/POSTAlert/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/Uptrends';
        const extra = `window.afterRender = (p) => {
  if (p === '/inbound/api/new/Uptrends') document.querySelector('form').insertAdjacentHTML('afterbegin', '<div class="endpoint"><label for="pv">Endpoint URL</label> <input id="pv" readonly size="90" value="${placeholder}"> <button type="button">Copy</button> <small>Generated when you submit.</small></div>');
};`;
        const before = await capturedUrls();
        await withServed(
          alertOpsRoutes(alertOpsSpa(extra), {
            existing: [{ id: '5', name: 'Grafana', url: 'https://example.com/not-alertops' }],
            newUrl: newUrl(),
          }),
          async (page) => {
            await page.goto('https://app.alertops.com/configurations/integrations');
            await clickText(page, 'button', '+ ADD API');
            await clickText(page, '[role=region] button', 'Uptrends');
            await page.waitForSelector('#pv');
            await selectAllAnd(page, '#nm', () => page.keyboard.type('Uptrends draft'));
            await sleep(3000);
            await clickText(page, 'button', 'Cancel');
            await waitText(page, 'button', '+ ADD API');
            await poke(page);
            await sleep(3000);
            expect(await capturedUrls()).toEqual(before);
            expect(await page.evaluate(() => (window as unknown as { created: number }).created)).toBe(0);
          },
        );
      },
      TEST_TIMEOUT,
    );
    for (const variant of [
      { id: 'R26-21', where: 'code' as const, what: 'the URL a text node of a <code> set in place (nodeValue)' },
      { id: 'R26-22', where: 'input' as const, what: 'the URL in a read-only input whose value property is set' },
    ]) {
      it(
        `${variant.id} current UI SPA: the saved view of "Uptrends EU" reused in place when the user opens "Checkout API" from the header (pushState; heading and name set by nodeValue, ${variant.what}): each URL stored once, under its own name`,
        async () => {
          // Ground: README "Any page of the AlertOps console that shows a URL labelled as an API URL, or beside a Copy button, is captured … the popup shows each capture's name"; "One stored entry per key"; domain.md "displays the endpoint URL at the top", "with a Copy button"; "may re-render (replace) nodes at any time".
          const a = newUrl();
          const b = newUrl('Custom');
          const valueHtml =
            variant.where === 'code'
              ? `'<code class="mono" id="v">' + esc(it.url) + '</code>'`
              : `'<input id="v" class="mono" readonly size="90" aria-labelledby="cap">'`;
          const script = `
const BASE = '/configurations/integrations/inbound/api/';
const esc = (s) => String(s).replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;').replace(/"/g,'&quot;');
let ITEMS = []; let view = null;
const app = document.getElementById('app');
function render() {
  const it = ITEMS.find((x) => location.pathname === BASE + x.id); if (!it) return;
  if (!view) {
    app.innerHTML = '<h1 id="h">' + esc(it.name) + '</h1><div class="endpoint"><span id="cap">Endpoint URL</span> ' + ${valueHtml} + ' <button type="button">Copy</button></div>' +
      '<section><h2>Basic Settings</h2><dl><dt>Integration Name</dt><dd id="nm">' + esc(it.name) + '</dd><dt>Template</dt><dd>Uptrends</dd></dl></section>';
    view = app.firstElementChild;
    const v = document.getElementById('v'); if (v.tagName === 'INPUT') v.value = it.url;
  } else {
    document.getElementById('h').firstChild.nodeValue = it.name;
    document.getElementById('nm').firstChild.nodeValue = it.name;
    const v = document.getElementById('v');
    if (v.tagName === 'INPUT') v.value = it.url; else v.firstChild.nodeValue = it.url;
  }
}
window.addEventListener('popstate', render);
document.addEventListener('click', (e) => { const a = e.target.closest && e.target.closest('[data-to]'); if (a) { e.preventDefault(); history.pushState({}, '', BASE + a.dataset.to); render(); } });
fetch('/api/r26/inplace').then((r) => r.json()).then((d) => { ITEMS = d.items; render(); });`;
          const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AlertOps</title></head><body>
<header><span>AlertOps</span> <nav aria-label="Recent"><a href="#" data-to="eu1">Uptrends EU</a> · <a href="#" data-to="co2">Checkout API</a></nav></header><main id="app"></main><script>${script}</script></body></html>`;
          const page0 = `https://app.alertops.com/configurations/integrations/inbound/api/`;
          await withServed(
            {
              [`${page0}*`]: html,
              'https://app.alertops.com/api/r26/inplace': json(
                {
                  items: [
                    { id: 'eu1', name: 'Uptrends EU', url: a },
                    { id: 'co2', name: 'Checkout API', url: b },
                  ],
                },
                200,
              ),
            },
            async (page) => {
              await page.goto(`${page0}eu1`);
              await poke(page);
              const first = await waitForStoredCapture(ff, a, WAIT);
              expect(first.integrationName).toBe('Uptrends EU');
              await sleep(1500);
              await clickText(page, 'nav a', 'Checkout API');
              await waitText(page, 'h1', 'Checkout API');
              const second = await waitForStoredCapture(ff, b, WAIT);
              await sleep(2000);
              const all = await ff.captures();
              expect(second.integrationName, JSON.stringify(all.filter((c) => [a, b].includes(c.url)))).toBe(
                'Checkout API',
              );
              expect(all.find((c) => c.url === a)?.integrationName).toBe('Uptrends EU');
              expect(keyStored(all, a)).toBe(1);
              expect(keyStored(all, b)).toBe(1);
            },
          );
        },
        TEST_TIMEOUT,
      );
    }

    it(
      'R26-23 current UI SPA: the user submits the new integration and leaves the page alone; the slow save answers 36 s later and the app routes to the saved view (endpoint URL in a read-only input, a Copy button): stored under its name without any input',
      async () => {
        // Ground: README "a probe reads the page's text every 2 s, … (on AlertOps also one attribute query for the notify host, and the text fields' values), so a page that renders the URL … by itself is still noticed"; "captures the generated API URL the moment the saved integration shows it".
        const fresh = newUrl();
        await withServed(
          alertOpsRoutes(alertOpsSpa('window.SUBMIT_DELAY = 36000;'), { existing: [], newUrl: fresh }),
          async (page) => {
            await page.goto('https://app.alertops.com/configurations/integrations');
            await clickText(page, 'button', '+ ADD API');
            await clickText(page, '[role=region] button', 'Uptrends');
            await selectAllAnd(page, '#nm', () => page.keyboard.type('Uptrends slow save'));
            await clickText(page, 'button', 'Submit');
            await page.waitForSelector('#ep', { timeout: 60_000 });
            const capture = await waitForStoredCapture(ff, fresh, WAIT);
            expect(capture.integrationName).toBe('Uptrends slow save');
          },
        );
      },
      TEST_TIMEOUT,
    );
    for (const variant of [
      {
        id: 'R26-28',
        where: 'input' as 'input' | 'code',
        what: "set in place as the read-only input's value property",
      },
    ]) {
      it(
        `${variant.id} current UI SPA, a long session on the saved view of "Uptrends EU" (captured): the user clicks "Regenerate key" and confirms; the new endpoint URL arrives 1.5 s later, ${variant.what}: the new URL is stored too, under the same name`,
        async () => {
          // Ground: README "captures the generated API URL the moment the saved integration shows it"; "the AlertOps script notices such an edit (a binding filled in after a slow answer) with its field re-read"; "the popup shows each capture's name".
          const a = newUrl();
          const b = newUrl();
          const valueHtml =
            variant.where === 'code'
              ? `'<code class="mono" id="v"></code>'`
              : `'<input id="v" class="mono" readonly size="90" aria-labelledby="cap">'`;
          const script = `
const app = document.getElementById('app');
const esc = (s) => String(s).replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;').replace(/"/g,'&quot;');
function setUrl(u) { const v = document.getElementById('v'); if (v.tagName === 'INPUT') v.value = u; else if (v.firstChild) v.firstChild.nodeValue = u; else v.textContent = u; }
fetch('/api/r26/regen/1').then((r) => r.json()).then((d) => {
  app.innerHTML = '<h1>' + esc(d.name) + '</h1><div class="endpoint"><span id="cap">Endpoint URL</span> ' + ${valueHtml} + ' <button type="button">Copy</button> <button type="button" id="regen">Regenerate key</button></div>' +
    '<section><h2>Basic Settings</h2><dl><dt>Integration Name</dt><dd>' + esc(d.name) + '</dd><dt>Template</dt><dd>Uptrends</dd></dl></section><div id="confirm"></div>';
  setUrl(d.url);
  document.getElementById('regen').onclick = () => {
    document.getElementById('confirm').innerHTML = '<div role="alertdialog" aria-label="Regenerate key"><p>The old endpoint stops working. Continue?</p><button type="button" id="yes">Regenerate</button></div>';
    document.getElementById('yes').onclick = () => {
      document.getElementById('confirm').replaceChildren();
      fetch('/api/r26/regen/1/key', { method: 'POST' }).then((r) => r.json()).then((n) => setUrl(n.url));
    };
  };
});`;
          const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AlertOps</title></head><body>
<header><span>AlertOps</span></header><main id="app"></main><script>${script}</script></body></html>`;
          const address = `https://app.alertops.com/configurations/integrations/inbound/api/${variant.id.toLowerCase()}`;
          await withServed(
            {
              [address]: html,
              'https://app.alertops.com/api/r26/regen/1': json({ name: 'Uptrends EU', url: a }, 200),
              'https://app.alertops.com/api/r26/regen/1/key': json({ url: b }, 1500),
            },
            async (page) => {
              await page.goto(address);
              await poke(page);
              const first = await waitForStoredCapture(ff, a, WAIT);
              expect(first.integrationName).toBe('Uptrends EU');
              await sleep(1500);
              await clickText(page, 'button', 'Regenerate key');
              await clickText(page, '[role=alertdialog] button', 'Regenerate');
              await page.waitForFunction(
                (u) => {
                  const v = document.getElementById('v') as HTMLInputElement;
                  return (v.tagName === 'INPUT' ? v.value : v.textContent) === u;
                },
                { timeout: WAIT },
                b,
              );
              const second = await waitForStoredCapture(ff, b, WAIT);
              expect(second.integrationName).toBe('Uptrends EU');
              expect(keyStored(await ff.captures(), b)).toBe(1);
            },
          );
        },
        TEST_TIMEOUT,
      );
    }
    it(
      'R26-30 EN two tabs, nothing captured yet: the user opens the Uptrends AlertOps editor and types their own URL into it; in the other tab they submit the Uptrends integration in AlertOps (captured); back on the Uptrends tab and clicking in the editor: their URL is never overwritten',
      async () => {
        // Ground: README "never overwrites a value you typed (it offers to replace it instead)"; "Fills only empty fields"; "If you opened the editor before saving in AlertOps, it is filled as soon as the URL is captured" (only an empty one).
        await ff.clearStorage();
        url = '';
        const fresh = newUrl();
        const own = `https://notify.alertops.com/POSTAlert/${newKey()}/Uptrends`;
        const base = '/r26-30';
        const html = spa(
          'en',
          base,
          {
            '/integrations': { html: list('en', []) },
            '/integrations/new/AlertOps': {
              html: editor('en', { type: 'AlertOps', varName: 'AlertOpsUrl', bind: 'url' }),
              fresh: ['url'],
            },
          },
          { extra: typeDialog('en'), learn: ['input'] },
        );
        const uptrends = await servePagesFor(spaRoutes(base, html));
        const alertops = await servePagesFor(alertOpsRoutes(alertOpsSpa(), { existing: [], newUrl: fresh }));
        try {
          await uptrends.bringToFront();
          await uptrends.goto(`${ORIGIN}${base}/integrations`);
          await chooseType(uptrends, 'en', 'AlertOps');
          await waitText(uptrends, 'label', 'AlertOpsUrl');
          await sleep(1500);
          await uptrends.click('#url-var');
          await uptrends.keyboard.type(own);
          await pollModel(uptrends, (m) => m.fields.url, own);
          await alertops.bringToFront();
          await alertops.goto('https://app.alertops.com/configurations/integrations');
          await clickText(alertops, 'button', '+ ADD API');
          await clickText(alertops, '[role=region] button', 'Uptrends');
          await clickText(alertops, 'button', 'Submit');
          await waitForStoredCapture(ff, fresh, WAIT);
          await uptrends.bringToFront();
          await uptrends.click('#url-name');
          await sleep(6000);
          expect((await model(uptrends)).fields.url, `the user's URL stays\n${await explain(uptrends)}`).toBe(own);
          expect((await controlState(uptrends, 'AlertOpsUrl', 'input'))?.value).toBe(own);
          expect((await model(uptrends)).saves).toBe(0);
        } finally {
          await alertops.close().catch(() => undefined);
          await uptrends.close().catch(() => undefined);
        }
      },
      TEST_TIMEOUT,
    );
    it(
      'R26-31 current UI SPA: the saved view of "Uptrends EU" (full endpoint URL, captured); the user goes to the integrations list, whose rows show each endpoint cut short ("…/POSTAlert/<key>/Upt…") beside a Copy button; then Back to the saved view: one stored entry for the key, the whole URL kept',
      async () => {
        // Ground: README "A page that shows the URL in pieces (typed out character by character, cut short in a list) → One stored entry per key: the whole URL is kept, whichever piece came last".
        const a = newUrl();
        const other = newUrl();
        const script = `
const BASE = '/configurations/integrations';
const esc = (s) => String(s).replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;').replace(/"/g,'&quot;');
const app = document.getElementById('app'); let ITEMS = [];
const short = (u) => u.slice(0, u.lastIndexOf('/') + 4) + '…';
function render() {
  const p = location.pathname.slice(BASE.length) || '/';
  const it = ITEMS.find((x) => p === '/inbound/api/' + x.id);
  if (it) app.innerHTML = '<h1>' + esc(it.name) + '</h1><div class="endpoint"><span>Endpoint URL</span> <code>' + esc(it.url) + '</code> <button type="button">Copy</button></div><section><h2>Basic Settings</h2><dl><dt>Integration Name</dt><dd>' + esc(it.name) + '</dd></dl></section>';
  else app.innerHTML = '<h1>Inbound Integrations</h1><table><thead><tr><th>Name</th><th>Endpoint</th><th></th></tr></thead><tbody>' + ITEMS.map((x) => '<tr><td><a href="#" data-to="/inbound/api/' + x.id + '">' + esc(x.name) + '</a></td><td><code>' + esc(short(x.url)) + '</code></td><td><button type="button">Copy</button></td></tr>').join('') + '</tbody></table>';
}
function go(p) { history.pushState({}, '', BASE + p); render(); }
window.addEventListener('popstate', render);
document.addEventListener('click', (e) => { const a = e.target.closest && e.target.closest('[data-to]'); if (a) { e.preventDefault(); go(a.dataset.to); } });
fetch('/api/r26/short').then((r) => r.json()).then((d) => { ITEMS = d.items; render(); });`;
        const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AlertOps</title></head><body>
<header><span>AlertOps</span> <a href="#" data-to="/">Integrations</a></header><main id="app"></main><script>${script}</script></body></html>`;
        await withServed(
          {
            'https://app.alertops.com/configurations/integrations': html,
            'https://app.alertops.com/configurations/integrations/*': html,
            'https://app.alertops.com/api/r26/short': json(
              {
                items: [
                  { id: 'eu', name: 'Uptrends EU', url: a },
                  { id: 'us', name: 'Uptrends US', url: other },
                ],
              },
              200,
            ),
          },
          async (page) => {
            await page.goto('https://app.alertops.com/configurations/integrations/inbound/api/eu');
            await poke(page);
            await waitForStoredCapture(ff, a, WAIT);
            await sleep(1000);
            await clickText(page, 'header a', 'Integrations');
            await waitText(page, 'h1', 'Inbound Integrations');
            await poke(page);
            await sleep(4000);
            await historyStep(page, 'back');
            await waitText(page, 'h1', 'Uptrends EU');
            await poke(page);
            await sleep(3000);
            const mine = (await ff.captures()).filter((c) => c.url.toLowerCase().includes(keyOf(a).toLowerCase()));
            expect(mine.map((c) => c.url)).toEqual([a]);
            expect(mine[0]?.integrationName).toBe('Uptrends EU');
          },
        );
      },
      TEST_TIMEOUT,
    );
  });

  it('no key of this round reached a log line', () => {
    // Ground: README "never sends the URL anywhere"; "Never logged".
    const keys = issuedKeys();
    const leaked = ff.logs.filter((line) => keys.some((k) => line.includes(k)));
    expect(leaked).toEqual([]);
  });
});
