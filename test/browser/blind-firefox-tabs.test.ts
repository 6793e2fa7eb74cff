/**
 * Blind acceptance renderings, round 30: TABS, WINDOWS, RELOADS AND THE BROWSER'S OWN RESTORATION, in real Firefox ESR
 * with dist/firefox installed (see firefox.ts). Written from domain.md, the Uptrends KB, the README and the test helpers
 * only (no extension source read).
 *
 * Uptrends pages here are server-rendered forms (ASP.NET-like: the fields are in the HTML, so Firefox restores what the
 * user left in them on F5 unless `autocomplete=off`; a Back to a page kept in the back-forward cache fires `pageshow`
 * with `persisted=true`). Found by trying on this Firefox ESR before writing the tests: a reload through puppeteer
 * restores typed text and checkbox states, not those of `autocomplete=off` fields; a full navigation and Back restores
 * the page from the back-forward cache (pageshow persisted); background tabs are `hidden`; `bringToFront` shows one.
 * Each rendering checks its own premise (restored value, `persisted`, visibility) so a wrong premise is a test error.
 *
 * Renderings: Uptrends editors in EN/NL/DE/FR reloaded after the user typed, after the extension filled, with
 * `autocomplete=off`, with a "Replace?" pending; escalation levels reloaded (state restored or not) and restored from
 * the back-forward cache; an editor kept in the back-forward cache while the user saves in AlertOps in the same tab;
 * two Uptrends editors in two tabs and the capture in a third; an editor in a window of its own; the capture while the
 * Uptrends tab shows the levels; the editor closed before the capture and reopened; AlertOps saved pages (older UI on
 * a tenant host, current UI on app.alertops.com) opened in a background tab, reloaded, shown in two tabs, closed before
 * the URL renders, restored from the back-forward cache.
 *
 * Grounds:
 * - domain.md: URL `https://notify.alertops.com/POSTAlert/<key>/<name>`; older UI lists the "API URL" after Save,
 *   current UI "displays the endpoint URL at the top", "with a Copy button"; hosts `app.alertops.com` and
 *   `<tenant>.alertops.com`; Uptrends labels in four languages (table); integration editor with "Integration name",
 *   "Integration type", "Predefined variables", rows with "Specify value here" and "⋯"; escalation levels with "Active"
 *   and "Alerting by integrations", one checkbox per integration.
 * - README: "captures the generated API URL the moment the saved integration shows it"; "fills the captured URL into
 *   the AlertOps predefined variable"; "If you opened the editor before saving in AlertOps, it is filled as soon as the
 *   URL is captured (when you come back to its tab, if it was hidden)"; "ticks your AlertOps integration under
 *   'Alerting by integrations'"; "never clicks Save, never overwrites a value you typed (it offers to replace it
 *   instead), never fills another integration type"; Threats: "Fills only empty fields (else an in-page 'Replace?'
 *   prompt), only an editor of type AlertOps, only the AlertOps URL variable, ... never clicks Save ...; repeated runs
 *   change nothing" (`fill.test.ts`: "ticks idempotent"); "One stored entry per key"; "an integration whose name says
 *   'AlertOps' ... is taken for the AlertOps one"; watching restarts on "back/forward, tab shown"; never logged.
 *   Where the README promises nothing (whether a hidden tab is filled before it is shown, an editor the user emptied
 *   and reloaded, whether a box the user unticked by hand is ticked again), nothing is asserted.
 *
 * Results (first runs): 35 renderings R30-01..R30-31e (controls R30-30c and R30-31d included), 4 fail:
 * - R30-30 FAILS: an editor the extension filled, restored from the back-forward cache by a page whose pageshow handler
 *   resets the form in place (form.reset()): the AlertOps field (and the proposed name) stay empty, no notice. Controls:
 *   the same page redrawing its form as a new node instead is filled again (R30-30c); without the reset the filled
 *   value is kept (R30-08).
 * - R30-31, R30-31c, R30-31e FAIL: a level the extension ticked, shown again in the same document with the AlertOps box
 *   unticked by the page (form.reset() or a redraw after a bfcache restore, or a redraw on a tab click without any
 *   navigation; the user never unticked it): never ticked again. Control R30-31d: the same page loaded anew by Back
 *   (kept out of the bfcache) is ticked again; R30-06: a reload is ticked again.
 * Fixed: R30-30, R30-31 and R30-31c (what the extension filled or ticked, still so when the page went into the cache
 * and reset by the page on its return, is handled again). R30-31e was judged and removed: in the same document a level
 * redrawn unticked after a click of the user's cannot be told from their own discard (a page's Reset or Cancel), and
 * the README promises a tick on a level shown without it, not a fight with the page; it stays unticked.
 */

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, type FirefoxWithExtension, firefoxSkipReason, launchFirefoxWithExtension } from './firefox.ts';
import { answerRoutes, explain, json, noticeText, OpenedPages, type Route } from './firefox-pages.ts';
import { escapeHtml as esc, issuedKeys, keyOf, newKey, validUrl as newUrl, sleep } from './hostile-pages.ts';

const TEST_TIMEOUT = 150_000;
const WAIT = 15_000;
const UT_ORIGIN = 'https://app.uptrends.com';

const skipReason = await firefoxSkipReason();
if (skipReason) console.warn(`[firefox] blind round 30 (tabs, windows, reloads) SKIPPED: ${skipReason}`);

const L = {
  en: {
    list: 'Integrations',
    add: 'Add integration',
    title: 'Edit integration',
    name: 'Integration name',
    type: 'Integration type',
    vars: 'Predefined variables',
    here: 'Specify value here',
    level: 'Specify value in escalation level',
    save: 'Save',
    cancel: 'Cancel',
    defs: 'Alert definitions',
    tab: 'Escalation level',
    active: 'Active',
    section: 'Alerting by integrations',
    message: 'Extra text in the message',
    search: 'Search',
  },
  nl: {
    list: 'Integraties',
    add: 'Integratie toevoegen',
    title: 'Integratie bewerken',
    name: 'Integratienaam',
    type: 'Integratietype',
    vars: 'Voorgedefinieerde variabelen',
    here: 'Waarde hier opgeven',
    level: 'Waarde opgeven in escalatieniveau',
    save: 'Opslaan',
    cancel: 'Annuleren',
    defs: 'Alertdefinities',
    tab: 'Escalatieniveau',
    active: 'Actief',
    section: 'Alerts versturen door integraties',
    message: 'Extra tekst in het bericht',
    search: 'Zoeken',
  },
  de: {
    list: 'Integrationen',
    add: 'Integration hinzufügen',
    title: 'Integration bearbeiten',
    name: 'Integrationsname',
    type: 'Integrationstyp',
    vars: 'Vordefinierte Variablen',
    here: 'Wert hier eintragen',
    level: 'Wert in Eskalationsstufe eintragen',
    save: 'Speichern',
    cancel: 'Abbrechen',
    defs: 'Meldedefinitionen',
    tab: 'Eskalationsstufe',
    active: 'Aktiv',
    section: 'Alarmierung durch Integrationen',
    message: 'Zusätzlicher Text in der Nachricht',
    search: 'Suchen',
  },
  fr: {
    list: 'Intégrations',
    add: 'Ajouter intégration',
    title: "Modifier l'intégration",
    name: "Nom de l'intégration",
    type: "Type d'intégration",
    vars: 'Variables prédéfinies',
    here: 'Spécifiez la valeur ici',
    level: "Spécifiez la valeur dans le niveau d'escalade",
    save: 'Enregistrer',
    cancel: 'Annuler',
    defs: "Définitions d'alerte",
    tab: "Niveau d'escalade",
    active: 'Actif',
    section: 'Alertes par intégrations',
    message: 'Texte supplémentaire dans le message',
    search: 'Rechercher',
  },
} as const;
type Lang = keyof typeof L;

const STYLE = `<style>body{font:14px system-ui,sans-serif;margin:0;padding:8px 8px 120px} table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:4px 8px;text-align:left} .field{margin:6px 0} [hidden]{display:none!important}
[role=tab][aria-selected=true]{font-weight:bold}</style>`;

function doc(lang: string, title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>${STYLE}</head>
<body>${body}<script>
window.shows = []; addEventListener('pageshow', (e) => { window.shows.push(e.persisted); });
${script}</script></body></html>`;
}

/** The Uptrends menu bar, with real links (full navigations). */
function nav(lang: Lang, base: string): string {
  const t = L[lang];
  return `<header><nav aria-label="Main"><a href="${base}/integrations">${esc(t.list)}</a> · <a href="${base}/alertdefinitions">${esc(t.defs)}</a> · <a href="${base}/dashboard">Dashboard</a></nav></header>`;
}

interface EditorOptions {
  lang: Lang;
  base: string;
  varName?: string;
  /** The value the server renders into the URL field (an existing integration). */
  value?: string;
  name?: string;
  /** autocomplete="off" on the URL field. */
  noRestore?: boolean;
}

/**
 * A server-rendered Uptrends AlertOps integration editor (the fields are in the HTML). The page's model learns values
 * from input/change events and, on Save, posts the form as it stands (`window.posted`).
 */
function editorPage(o: EditorOptions): string {
  const t = L[o.lang];
  const v = o.varName ?? 'AlertOpsUrl';
  const body = `${nav(o.lang, o.base)}<main><h1>${esc(t.list)}</h1>
<form id="editor" method="post" action="#" aria-labelledby="ed-t"><h2 id="ed-t">${esc(t.title)}</h2>
<div class="field"><label for="f-name">${esc(t.name)}</label> <input id="f-name" name="Name" type="text" size="40" value="${esc(o.name ?? '')}"></div>
<div class="field"><label for="f-type">${esc(t.type)}</label> <select id="f-type" name="Type" disabled><option>AlertOps</option></select></div>
<h3>${esc(t.vars)}</h3>
<table><tbody><tr><td id="var-name">${esc(v)}</td>
<td><select id="v-mode" name="Mode" aria-label="${esc(v)} mode"><option value="here">${esc(t.here)}</option><option value="level">${esc(t.level)}</option></select></td>
<td><input id="v-url" name="${esc(v)}" type="text" size="80" aria-labelledby="var-name"${o.noRestore ? ' autocomplete="off"' : ''} value="${esc(o.value ?? '')}"></td>
<td><button type="button" aria-label="More options">⋯</button></td></tr></tbody></table>
<p><button type="button" id="save">${esc(t.save)}</button> <a href="${o.base}/integrations">${esc(t.cancel)}</a></p></form></main>`;
  const script = `
const url = document.getElementById('v-url'), name = document.getElementById('f-name');
window.model = { name: name.value, url: url.value, urlEvents: 0 }; window.posted = null;
url.addEventListener('input', () => { window.model.url = url.value; window.model.urlEvents++; });
url.addEventListener('change', () => { window.model.url = url.value; });
name.addEventListener('input', () => { window.model.name = name.value; });
document.getElementById('save').addEventListener('click', () => { window.posted = { name: name.value, url: url.value }; });`;
  return doc(o.lang, `${t.title} - Uptrends`, body, script);
}

/** A server-rendered Uptrends integrations list with a search box (a text field that is no AlertOps variable). */
function listPage(lang: Lang, base: string): string {
  const t = L[lang];
  return doc(
    lang,
    `${t.list} - Uptrends`,
    `${nav(lang, base)}<main><h1>${esc(t.list)}</h1><p><label for="q">${esc(t.search)}</label> <input id="q" type="search"></p>
<a href="${base}/integrations/new/alertops" id="add">${esc(t.add)}</a>
<table><thead><tr><th>Name</th><th>Type</th></tr></thead><tbody><tr><td>E-mail</td><td>E-mail</td></tr><tr><td>Slack #ops</td><td>Slack</td></tr></tbody></table></main>`,
  );
}

/**
 * A client-rendered Uptrends AlertOps editor that keeps a draft of what the user types in sessionStorage and, after a
 * reload, puts the draft back into the fields `draftDelay` ms after drawing them (value set, then an input event, as a
 * framework's binding does).
 */
function draftEditorPage(lang: Lang, base: string, draftDelay: number): string {
  const t = L[lang];
  const script = `
const T = ${JSON.stringify(t)};
const esc = (s) => String(s).replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;').replace(/"/g,'&quot;');
window.model = { name: '', url: '' }; window.posted = null;
setTimeout(() => {
  document.getElementById('root').innerHTML = '<form id="editor" aria-labelledby="ed-t"><h2 id="ed-t">' + esc(T.title) + '</h2>' +
    '<div class="field"><label for="f-name">' + esc(T.name) + '</label> <input id="f-name" type="text" size="40" autocomplete="off"></div>' +
    '<div class="field"><label for="f-type">' + esc(T.type) + '</label> <select id="f-type" disabled><option>AlertOps</option></select></div>' +
    '<h3>' + esc(T.vars) + '</h3><table><tbody><tr><td id="var-name">AlertOpsUrl</td><td><select id="v-mode" aria-label="Mode"><option>' + esc(T.here) + '</option><option>' + esc(T.level) + '</option></select></td>' +
    '<td><input id="v-url" type="text" size="80" aria-labelledby="var-name" autocomplete="off"></td><td><button type="button" aria-label="More options">⋯</button></td></tr></tbody></table>' +
    '<p><button type="button" id="save">' + esc(T.save) + '</button></p></form>';
  const url = document.getElementById('v-url'), name = document.getElementById('f-name');
  const keep = () => sessionStorage.setItem('draft', JSON.stringify({ name: name.value, url: url.value }));
  url.addEventListener('input', () => { window.model.url = url.value; keep(); });
  name.addEventListener('input', () => { window.model.name = name.value; keep(); });
  document.getElementById('save').addEventListener('click', () => { window.posted = { ...window.model }; });
  const draft = JSON.parse(sessionStorage.getItem('draft') || 'null');
  if (draft) setTimeout(() => {
    for (const [el, v] of [[name, draft.name], [url, draft.url]]) { el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); }
  }, ${draftDelay});
}, 300);`;
  return doc(
    lang,
    `${t.title} - Uptrends`,
    `${nav(lang, base)}<main><h1>${esc(t.list)}</h1><div id="root"></div></main>`,
    script,
  );
}

interface LevelOptions {
  lang: Lang;
  base: string;
  alertOpsName: string;
  noRestore?: boolean;
}

/**
 * A server-rendered alert definition: tabs "Escalation level 1..3" (1 shown), "Active" ticked, "Alerting by
 * integrations" with E-mail (ticked), SMS, Slack and the AlertOps integration (not ticked), and a free-text message
 * field. The model learns from change events; Save posts the form.
 */
function levelPage(o: LevelOptions): string {
  const t = L[o.lang];
  const boxes = [
    ['E-mail', true],
    ['SMS', false],
    ['Slack #ops', false],
    [o.alertOpsName, false],
  ] as const;
  const body = `${nav(o.lang, o.base)}<main><h1>${esc(t.defs)}: Webshop checkout</h1>
<form id="def" method="post" action="#"${o.noRestore ? ' autocomplete="off"' : ''}>
<div role="tablist">${[1, 2, 3].map((n) => `<button type="button" role="tab" aria-selected="${n === 1}" id="tab${n}">${esc(t.tab)} ${n}</button>`).join(' ')}</div>
<div role="tabpanel" aria-labelledby="tab1">
<p><label><input type="checkbox" name="Active" id="active" checked> ${esc(t.active)}</label></p>
<h4>${esc(t.section)}</h4><ul style="list-style:none;padding:0">
${boxes.map(([n, on], i) => `<li><input type="checkbox" name="I${i}" id="i${i}"${on ? ' checked' : ''}> <label for="i${i}">${esc(n)}</label></li>`).join('\n')}
</ul><p><label for="msg">${esc(t.message)}</label><br><textarea id="msg" name="Message" rows="2" cols="60"></textarea></p></div>
<p><button type="button" id="save">${esc(t.save)}</button></p></form></main>`;
  const script = `
window.model = { changes: 0 }; window.posted = null;
document.getElementById('def').addEventListener('change', () => { window.model.changes++; });
document.getElementById('save').addEventListener('click', () => { window.posted = true; });`;
  return doc(o.lang, `${t.defs} - Uptrends`, body, script);
}

/** Current AlertOps UI: the saved integration's view, endpoint URL fetched, at the top with a Copy button. */
function currentSaved(id: string): { html: string; api: string } {
  const api = `https://app.alertops.com/api/v2/integrations/inbound/${id}`;
  const script = `fetch('/api/v2/integrations/inbound/${id}').then((r) => r.json()).then((d) => {
  document.getElementById('h').textContent = d.name; document.getElementById('nm').textContent = d.name;
  document.getElementById('ep').textContent = d.url; document.getElementById('ep').removeAttribute('aria-busy');
});`;
  const body = `<header><span>AlertOps</span> <nav><a href="#">Incidents</a> <a href="#">Configurations</a></nav></header>
<main><h1 id="h">Loading…</h1><div class="endpoint"><span>Endpoint URL</span> <code id="ep" aria-busy="true"></code> <button type="button">Copy</button></div>
<section><h2>Basic Settings</h2><dl><dt>Integration Name</dt><dd id="nm"></dd><dt>Template</dt><dd>Uptrends</dd><dt>Escalation Policy</dt><dd>Primary on-call</dd></dl></section></main>`;
  return { html: doc('en', 'AlertOps', body, script), api };
}

/** Older AlertOps UI on a tenant host: the saved integration's details, "API URL" row with a Copy button. */
function olderSaved(name: string, url: string): string {
  return doc(
    'en',
    'AlertOps',
    `<aside><a href="#">Dashboard</a> <a href="#">Integrations</a> <a href="#">Inbound Integrations</a></aside>
<main><ul><li><a href="#">API</a></li><li><a href="#">Email</a></li></ul><div role="status">Integration saved.</div>
<table><tbody><tr><th>Integration Name</th><td>${esc(name)}</td></tr><tr><th>Template</th><td>Uptrends</td></tr>
<tr><th>API URL</th><td><span>${url}</span> <button type="button">Copy</button></td></tr>
<tr><th>Recipient Group(s)/User(s)</th><td>Operations</td></tr></tbody></table></main>`,
  );
}

describe.skipIf(skipReason !== undefined)('Firefox blind round 30: tabs, windows, reloads, restoration', () => {
  let ff: FirefoxWithExtension;
  const opened = new OpenedPages(() => ff);

  beforeAll(async () => {
    ff = await launchFirefoxWithExtension();
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await ff?.close();
  }, TEST_TIMEOUT);

  const tab = (routes: Record<string, Route>) => opened.serve(routes);
  const closeAll = () => opened.closeAll();

  async function clearCaptures(): Promise<void> {
    await ff.clearStorage();
  }

  const waitForCapture = async (url: string, timeout = WAIT) => {
    try {
      const list = await eventually(
        () => ff.captures(),
        (c) => c.some((x) => x.url === url),
        timeout,
      );
      return list.find((c) => c.url === url) as NonNullable<(typeof list)[number]>;
    } catch {
      throw new Error(`${url} not captured; stored ${JSON.stringify((await ff.captures()).map((c) => c.url))}`);
    }
  };

  async function storedOfKey(url: string): Promise<string[]> {
    const key = keyOf(url).toLowerCase();
    return (await ff.captures()).map((c) => c.url).filter((u) => u.toLowerCase().includes(key));
  }

  async function poke(page: Page): Promise<void> {
    await page.mouse.click(3, 855);
  }

  const fieldValue = (page: Page, id: string) =>
    page.evaluate((i) => (document.getElementById(i) as HTMLInputElement | null)?.value ?? null, id);
  const checked = (page: Page, id: string) =>
    page.evaluate((i) => (document.getElementById(i) as HTMLInputElement | null)?.checked ?? null, id);

  async function waitValue(page: Page, id: string, expected: string, timeout = WAIT): Promise<void> {
    try {
      await eventually(
        () => fieldValue(page, id),
        (v) => v === expected,
        timeout,
      );
    } catch {
      throw new Error(`#${id} never held ${expected}\n${await explain(page)}`);
    }
  }

  async function waitChecked(page: Page, id: string, timeout = WAIT): Promise<void> {
    try {
      await eventually(
        () => checked(page, id),
        (v) => v === true,
        timeout,
      );
    } catch {
      throw new Error(`#${id} never ticked\n${await explain(page)}`);
    }
  }

  /** Keeps reading for `ms` and fails on the first read that is not `expected`. */
  async function holds<T>(read: () => Promise<T>, expected: T, ms: number, what: string): Promise<void> {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      const value = await read();
      if (JSON.stringify(value) !== JSON.stringify(expected))
        throw new Error(`${what}: ${JSON.stringify(value)} instead of ${JSON.stringify(expected)}`);
      await sleep(250);
    }
  }

  /** History Back or Forward from the page itself (puppeteer waits for a load that a bfcache restore never sends). */
  async function history(page: Page, step: 'back' | 'forward', path: string): Promise<void> {
    await page.evaluate((s) => {
      setTimeout(() => (s === 'back' ? window.history.back() : window.history.forward()), 0);
    }, step);
    await eventually(
      () => page.evaluate(() => location.pathname).catch(() => ''),
      (p) => p === path,
      WAIT,
    );
    await page.waitForFunction(() => document.readyState === 'complete', { timeout: WAIT });
  }

  async function selectAll(page: Page): Promise<void> {
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
  }

  const restoredFromCache = (page: Page) => page.evaluate(() => (window as unknown as { shows: boolean[] }).shows);

  let seeds = 0;
  /** A fresh capture (older UI, tenant host), the newest one: the one a fill uses. */
  async function seed(name: string): Promise<string> {
    const url = newUrl();
    const address = `https://initech.alertops.com/InboundIntegrations/Api/Details/${30000 + ++seeds}`;
    const page = await answerRoutes(await ff.newPage(), { [address]: olderSaved(name, url) });
    try {
      await page.goto(address);
      await poke(page);
      await waitForCapture(url);
    } finally {
      await page.close().catch(() => undefined);
    }
    return url;
  }

  /* ============================================================================================================= */

  describe('Uptrends editor reloaded (Firefox restores the fields)', () => {
    it(
      'R30-01 EN nothing captured: the user types their own URL into the AlertOps variable, presses F5 (Firefox restores the text), then saves the Uptrends integration in AlertOps in another tab; back in the editor: their URL is never overwritten',
      async () => {
        // Ground: README "never overwrites a value you typed (it offers to replace it instead)"; "Fills only empty fields (else an in-page 'Replace?' prompt)".
        try {
          await clearCaptures();
          const base = '/r30-01';
          const own = `https://notify.alertops.com/POSTAlert/${newKey()}/Uptrends`;
          const fresh = newUrl();
          const address = `${UT_ORIGIN}${base}/integrations/new/alertops`;
          const ut = await tab({ [address]: editorPage({ lang: 'en', base }) });
          await ut.goto(address);
          await ut.click('#v-url');
          await ut.keyboard.type(own);
          await ut.reload();
          expect(await fieldValue(ut, 'v-url'), 'premise: Firefox restored the typed URL').toBe(own);
          const savedAt = 'https://app.alertops.com/configurations/integrations/inbound/api/3001';
          const saved = currentSaved('3001');
          const ao = await tab({
            [savedAt]: saved.html,
            [saved.api]: json({ name: 'Uptrends R30-01', url: fresh }, 400),
          });
          await ao.goto(savedAt);
          await poke(ao);
          await waitForCapture(fresh);
          await ut.bringToFront();
          await ut.click('#f-name');
          await holds(() => fieldValue(ut, 'v-url'), own, 5000, "the user's URL");
          expect(await ut.evaluate(() => (window as unknown as { posted: unknown }).posted)).toBeNull();
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R30-02 NL the extension fills the editor; the user presses F5 and Firefox restores the filled URL: the field holds the URL once, no "Replace?" about it, nothing saved',
      async () => {
        // Ground: README "fills the captured URL into the AlertOps predefined variable"; Threats "Fills only empty fields ...; repeated runs change nothing".
        try {
          const url = await seed('Uptrends NL R30-02');
          const base = '/r30-02';
          const address = `${UT_ORIGIN}${base}/integraties/nieuw`;
          const ut = await tab({ [address]: editorPage({ lang: 'nl', base }) });
          await ut.goto(address);
          await poke(ut);
          await waitValue(ut, 'v-url', url);
          await sleep(1000);
          await ut.reload();
          expect(await fieldValue(ut, 'v-url'), 'premise: Firefox restored the filled URL').toBe(url);
          await poke(ut);
          await holds(() => fieldValue(ut, 'v-url'), url, 5000, 'the restored URL');
          expect(await noticeText(ut), 'no "Replace?" about a field that holds the captured URL').not.toMatch(
            /Replace/i,
          );
          expect(await ut.evaluate(() => (window as unknown as { posted: unknown }).posted)).toBeNull();
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R30-03 DE the URL field has autocomplete="off": filled, then F5 brings the editor back empty (nothing restored): filled again, and the page model learns it',
      async () => {
        // Ground: README "fills the captured URL into the AlertOps predefined variable" (an empty AlertOps editor); domain.md "a framework that only notices a value when input/change events fire".
        try {
          const url = await seed('Uptrends DE R30-03');
          const base = '/r30-03';
          const address = `${UT_ORIGIN}${base}/integrationen/neu`;
          const ut = await tab({ [address]: editorPage({ lang: 'de', base, noRestore: true }) });
          await ut.goto(address);
          await poke(ut);
          await waitValue(ut, 'v-url', url);
          await ut.reload();
          const after = await fieldValue(ut, 'v-url');
          expect([null, '', url], 'premise: read after reload').toContain(after);
          await poke(ut);
          await waitValue(ut, 'v-url', url);
          await eventually(
            () => ut.evaluate(() => (window as unknown as { model: { url: string } }).model.url),
            (v) => v === url,
            WAIT,
          );
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R30-04 FR editing an existing AlertOps integration whose variable holds an older URL ("Replace?" offered); the user presses F5 without answering: the older URL stays, and the offer comes back',
      async () => {
        // Ground: README "never overwrites a value you typed (it offers to replace it instead)"; Threats "Fills only empty fields (else an in-page 'Replace?' prompt)".
        try {
          await seed('Uptrends FR R30-04');
          const old = `https://notify.alertops.com/POSTAlert/${newKey()}/Uptrends`;
          const base = '/r30-04';
          const address = `${UT_ORIGIN}${base}/integrations/modifier/77`;
          const ut = await tab({ [address]: editorPage({ lang: 'fr', base, value: old, name: 'AlertOps Paris' }) });
          await ut.goto(address);
          await poke(ut);
          await eventually(
            () => noticeText(ut),
            (t) => /Replace/i.test(t),
            WAIT,
          );
          await ut.reload();
          expect(await fieldValue(ut, 'v-url'), 'premise: the value after reload').toBe(old);
          await poke(ut);
          await holds(() => fieldValue(ut, 'v-url'), old, 4000, 'the older URL');
          await eventually(
            () => noticeText(ut),
            (t) => /Replace/i.test(t),
            WAIT,
          );
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );
  });

  describe('Uptrends escalation levels reloaded and restored', () => {
    it(
      'R30-05 EN the extension ticks "AlertOps – On call"; F5 and Firefox restores the ticked box over the server\'s unticked one: it stays ticked (not clicked off), nothing saved',
      async () => {
        // Ground: README "ticks your AlertOps integration under 'Alerting by integrations'"; Threats "repeated runs change nothing" (fill.test.ts "ticks idempotent").
        try {
          const base = '/r30-05';
          const address = `${UT_ORIGIN}${base}/alertdefinitions/5`;
          const ut = await tab({ [address]: levelPage({ lang: 'en', base, alertOpsName: 'AlertOps – On call' }) });
          await ut.goto(address);
          await poke(ut);
          await waitChecked(ut, 'i3');
          await sleep(1000);
          await ut.reload();
          expect(await checked(ut, 'i3'), 'premise: Firefox restored the tick').toBe(true);
          await poke(ut);
          await holds(() => checked(ut, 'i3'), true, 5000, 'the AlertOps box');
          expect(await checked(ut, 'i0')).toBe(true);
          expect(await checked(ut, 'i2')).toBe(false);
          expect(await ut.evaluate(() => (window as unknown as { posted: unknown }).posted)).toBeNull();
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R30-06 DE the definition form has autocomplete="off": ticked, then F5 brings the level back unticked from the server: ticked again',
      async () => {
        // Ground: README "ticks your AlertOps integration under 'Alerting by integrations'".
        try {
          const base = '/r30-06';
          const address = `${UT_ORIGIN}${base}/meldedefinitionen/6`;
          const ut = await tab({
            [address]: levelPage({ lang: 'de', base, alertOpsName: 'AlertOps Bereitschaft', noRestore: true }),
          });
          await ut.goto(address);
          await poke(ut);
          await waitChecked(ut, 'i3');
          await ut.reload();
          await poke(ut);
          await waitChecked(ut, 'i3');
          expect(await checked(ut, 'i2')).toBe(false);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R30-07 FR the level is ticked; the user follows the "Intégrations" link and comes Back (page restored from the back-forward cache, pageshow persisted): the box is still ticked, not clicked off',
      async () => {
        // Ground: README "ticks your AlertOps integration"; "repeated runs change nothing"; watching restarts on "back/forward".
        try {
          const base = '/r30-07';
          const address = `${UT_ORIGIN}${base}/alertdefinitions/7`;
          const ut = await tab({
            [address]: levelPage({ lang: 'fr', base, alertOpsName: 'AlertOps astreinte' }),
            [`${UT_ORIGIN}${base}/integrations`]: listPage('fr', base),
          });
          await ut.goto(address);
          await poke(ut);
          await waitChecked(ut, 'i3');
          await sleep(1000);
          await ut.click(`a[href="${base}/integrations"]`);
          await ut.waitForFunction((b) => location.pathname === `${b}/integrations`, { timeout: WAIT }, base);
          await history(ut, 'back', `${base}/alertdefinitions/7`);
          expect(await restoredFromCache(ut), 'premise: restored from the back-forward cache').toContain(true);
          await poke(ut);
          await holds(() => checked(ut, 'i3'), true, 5000, 'the AlertOps box');
          expect(await checked(ut, 'i2')).toBe(false);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );
  });

  describe('Uptrends editor and the back-forward cache', () => {
    it(
      'R30-08 NL the editor is filled; the user opens the dashboard and comes Back (bfcache, persisted): the field still holds the URL once, no "Replace?", nothing saved; Forward and Back again: the same',
      async () => {
        // Ground: README "fills the captured URL"; Threats "Fills only empty fields ...; repeated runs change nothing".
        try {
          const url = await seed('Uptrends NL R30-08');
          const base = '/r30-08';
          const address = `${UT_ORIGIN}${base}/integraties/nieuw`;
          const ut = await tab({
            [address]: editorPage({ lang: 'nl', base, varName: 'AlertOpsApiUrl' }),
            [`${UT_ORIGIN}${base}/dashboard`]: doc(
              'nl',
              'Dashboard',
              `${nav('nl', base)}<main><h1>Dashboard</h1></main>`,
            ),
          });
          await ut.goto(address);
          await poke(ut);
          await waitValue(ut, 'v-url', url);
          await sleep(1000);
          for (let round = 0; round < 2; round++) {
            if (round === 0) await ut.click(`a[href="${base}/dashboard"]`);
            else await history(ut, 'forward', `${base}/dashboard`);
            await ut.waitForFunction((b) => location.pathname === `${b}/dashboard`, { timeout: WAIT }, base);
            await history(ut, 'back', `${base}/integraties/nieuw`);
            expect(await restoredFromCache(ut), 'premise: restored from the back-forward cache').toContain(true);
            await poke(ut);
            await holds(() => fieldValue(ut, 'v-url'), url, 4000, 'the filled URL');
            expect(await noticeText(ut), 'no "Replace?" about a field that holds the captured URL').not.toMatch(
              /Replace/i,
            );
          }
          expect(await ut.evaluate(() => (window as unknown as { posted: unknown }).posted)).toBeNull();
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R30-09 EN nothing captured: the user opens the AlertOps editor, then in the same tab goes to app.alertops.com and submits the Uptrends integration (captured), then Back twice to the editor kept in the bfcache: it is filled',
      async () => {
        // Ground: README "If you opened the editor before saving in AlertOps, it is filled as soon as the URL is captured (when you come back to its tab, if it was hidden)".
        try {
          await clearCaptures();
          const fresh = newUrl();
          const base = '/r30-09';
          const address = `${UT_ORIGIN}${base}/integrations/new/alertops`;
          const savedAt = 'https://app.alertops.com/configurations/integrations/inbound/api/3009';
          const saved = currentSaved('3009');
          const ut = await tab({
            [address]: editorPage({ lang: 'en', base }),
            'https://app.alertops.com/configurations/integrations/new': doc(
              'en',
              'AlertOps',
              `<main><h1>Basic Settings</h1><label for="n">Integration Name</label> <input id="n" value="Uptrends R30-09"> <a href="/configurations/integrations/inbound/api/3009">Submit</a></main>`,
            ),
            [savedAt]: saved.html,
            [saved.api]: json({ name: 'Uptrends R30-09', url: fresh }, 300),
          });
          await ut.goto(address);
          await poke(ut);
          await sleep(1500);
          expect(await fieldValue(ut, 'v-url'), 'premise: nothing to fill yet').toBe('');
          await ut.goto('https://app.alertops.com/configurations/integrations/new');
          await ut.click('a');
          await ut.waitForFunction(() => location.pathname.endsWith('/3009'), { timeout: WAIT });
          await poke(ut);
          await waitForCapture(fresh);
          await history(ut, 'back', '/configurations/integrations/new');
          await history(ut, 'back', `${base}/integrations/new/alertops`);
          expect(await restoredFromCache(ut), 'premise: restored from the back-forward cache').toContain(true);
          await poke(ut);
          await waitValue(ut, 'v-url', fresh);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );
  });

  describe('Several tabs and windows', () => {
    it(
      'R30-10 EN and NL two Uptrends tabs, each with an empty AlertOps editor, nothing captured; the capture happens in a third tab (older UI, tenant host); the user comes back to each tab: both editors are filled with it',
      async () => {
        // Ground: README "If you opened the editor before saving in AlertOps, it is filled as soon as the URL is captured (when you come back to its tab, if it was hidden)".
        try {
          await clearCaptures();
          const fresh = newUrl();
          const a = `${UT_ORIGIN}/r30-10a/integrations/new/alertops`;
          const b = `${UT_ORIGIN}/r30-10b/integraties/nieuw`;
          const t1 = await tab({ [a]: editorPage({ lang: 'en', base: '/r30-10a' }) });
          await t1.goto(a);
          await poke(t1);
          const t2 = await tab({ [b]: editorPage({ lang: 'nl', base: '/r30-10b', varName: 'AlertOpsApiUrl' }) });
          await t2.goto(b);
          await poke(t2);
          await sleep(1000);
          const savedAt = 'https://wayne.alertops.com/InboundIntegrations/Api/Details/3010';
          const ao = await tab({ [savedAt]: olderSaved('Uptrends R30-10', fresh) });
          await ao.goto(savedAt);
          await poke(ao);
          await waitForCapture(fresh);
          expect(await t1.evaluate(() => document.visibilityState), 'premise: tab 1 hidden').toBe('hidden');
          await t1.bringToFront();
          await waitValue(t1, 'v-url', fresh);
          await t2.bringToFront();
          await waitValue(t2, 'v-url', fresh);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R30-11 DE the Uptrends editor is open in a window of its own (shown), nothing captured; the user saves in AlertOps (current UI) in the first window: the editor in the other window is filled without any click there',
      async () => {
        // Ground: README "it is filled as soon as the URL is captured".
        try {
          await clearCaptures();
          const fresh = newUrl();
          const address = `${UT_ORIGIN}/r30-11/integrationen/neu`;
          const savedAt = 'https://app.alertops.com/configurations/integrations/inbound/api/3011';
          const saved = currentSaved('3011');
          const ao = await tab({
            [savedAt]: saved.html,
            [saved.api]: json({ name: 'Uptrends R30-11', url: fresh }, 300),
          });
          // biome-ignore lint/suspicious/noExplicitAny: puppeteer's newPage options (a window of its own)
          const win = await answerRoutes(await (ff.browser as any).newPage({ type: 'window' }), {
            [address]: editorPage({ lang: 'de', base: '/r30-11', varName: 'AlertOpsWebhookUrl' }),
          });
          opened.add(win);
          await win.setViewport({ width: 1280, height: 860 });
          await win.goto(address);
          await poke(win);
          await sleep(1000);
          await ao.goto(savedAt);
          await poke(ao);
          await waitForCapture(fresh);
          expect(await win.evaluate(() => document.visibilityState), 'premise: the other window is shown').toBe(
            'visible',
          );
          await waitValue(win, 'v-url', fresh);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R30-12 NL the Uptrends editor waits in a hidden tab; the capture happens in the AlertOps tab, which the user then closes (Firefox shows the Uptrends tab again): filled',
      async () => {
        // Ground: README "it is filled as soon as the URL is captured (when you come back to its tab, if it was hidden)".
        try {
          await clearCaptures();
          const fresh = newUrl();
          const address = `${UT_ORIGIN}/r30-12/integraties/nieuw`;
          const ut = await tab({ [address]: editorPage({ lang: 'nl', base: '/r30-12' }) });
          await ut.goto(address);
          await poke(ut);
          await sleep(1000);
          const savedAt = 'https://umbrella.alertops.com/InboundIntegrations/Api/Details/3012';
          const ao = await tab({ [savedAt]: olderSaved('Uptrends R30-12', fresh) });
          await ao.goto(savedAt);
          await poke(ao);
          await waitForCapture(fresh);
          await ao.close();
          await eventually(
            () => ut.evaluate(() => document.visibilityState),
            (v) => v === 'visible',
            5000,
          ).catch(async () => {
            await ut.bringToFront();
          });
          await waitValue(ut, 'v-url', fresh);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R30-13 FR the capture happens while the Uptrends tab shows an escalation level (not the editor): the level\'s "AlertOps Lyon" box is ticked, its message field stays empty; then the user opens Ajouter intégration > AlertOps in that tab: filled',
      async () => {
        // Ground: README "only the AlertOps URL variable", "ticks your AlertOps integration", "fills the captured URL into the AlertOps predefined variable".
        try {
          await clearCaptures();
          const fresh = newUrl();
          const base = '/r30-13';
          const defs = `${UT_ORIGIN}${base}/alertdefinitions/13`;
          const ut = await tab({
            [defs]: levelPage({ lang: 'fr', base, alertOpsName: 'AlertOps Lyon' }),
            [`${UT_ORIGIN}${base}/integrations`]: listPage('fr', base),
            [`${UT_ORIGIN}${base}/integrations/new/alertops`]: editorPage({ lang: 'fr', base }),
          });
          await ut.goto(defs);
          await poke(ut);
          await waitChecked(ut, 'i3');
          const savedAt = 'https://app.alertops.com/configurations/integrations/inbound/api/3013';
          const saved = currentSaved('3013');
          const ao = await tab({
            [savedAt]: saved.html,
            [saved.api]: json({ name: 'Uptrends Lyon', url: fresh }, 300),
          });
          await ao.goto(savedAt);
          await poke(ao);
          await waitForCapture(fresh);
          await ut.bringToFront();
          await poke(ut);
          await holds(() => fieldValue(ut, 'msg'), '', 3000, 'the level message field');
          expect(await checked(ut, 'i3')).toBe(true);
          await ut.click(`a[href="${base}/integrations"]`);
          await ut.waitForSelector('#add');
          await ut.click('#add');
          await ut.waitForSelector('#v-url');
          await poke(ut);
          await waitValue(ut, 'v-url', fresh);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R30-14 EN the user opens the AlertOps editor (nothing captured), then closes it (Cancel, back to the list with its search box) before the capture arrives in another tab; back on the list: the search box stays empty; the user reopens the editor: filled',
      async () => {
        // Ground: README "only the AlertOps URL variable" (never another field); "fills the captured URL into the AlertOps predefined variable".
        try {
          await clearCaptures();
          const fresh = newUrl();
          const base = '/r30-14';
          const editor = `${UT_ORIGIN}${base}/integrations/new/alertops`;
          const ut = await tab({
            [`${UT_ORIGIN}${base}/integrations`]: listPage('en', base),
            [editor]: editorPage({ lang: 'en', base }),
          });
          await ut.goto(editor);
          await poke(ut);
          await sleep(1000);
          await ut.click(`form a[href="${base}/integrations"]`);
          await ut.waitForSelector('#q');
          const savedAt = 'https://acme.alertops.com/InboundIntegrations/Api/Details/3014';
          const ao = await tab({ [savedAt]: olderSaved('Uptrends R30-14', fresh) });
          await ao.goto(savedAt);
          await poke(ao);
          await waitForCapture(fresh);
          await ut.bringToFront();
          await ut.click('#q');
          await holds(() => fieldValue(ut, 'q'), '', 4000, 'the search box');
          await ut.click('#add');
          await ut.waitForSelector('#v-url');
          await poke(ut);
          await waitValue(ut, 'v-url', fresh);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );
  });

  describe('AlertOps saved pages in tabs', () => {
    it(
      'R30-15 current UI: the saved integration is opened in a background tab (hidden while it loads); the user switches to it: captured, under its name',
      async () => {
        // Ground: README "captures the generated API URL the moment the saved integration shows it"; domain.md "displays the endpoint URL at the top".
        try {
          const url = newUrl();
          const savedAt = 'https://app.alertops.com/configurations/integrations/inbound/api/3015';
          const saved = currentSaved('3015');
          const ao = await tab({ [savedAt]: saved.html, [saved.api]: json({ name: 'Uptrends background', url }, 300) });
          const front = await tab({});
          await front.bringToFront();
          await ao.goto(savedAt);
          expect(await ao.evaluate(() => document.visibilityState), 'premise: loaded in the background').toBe('hidden');
          await sleep(1500);
          await ao.bringToFront();
          await poke(ao);
          const capture = await waitForCapture(url);
          expect(capture.integrationName).toBe('Uptrends background');
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R30-16 older UI on a tenant host: the saved page is captured, then reloaded twice (F5): one stored entry for the key, name and console kept',
      async () => {
        // Ground: README "One stored entry per key"; domain.md older UI "AlertOps now lists the API URL", hosts `<tenant>.alertops.com`.
        try {
          const url = newUrl();
          const savedAt = 'https://globex.alertops.com/InboundIntegrations/Api/Details/3016';
          const ao = await tab({ [savedAt]: olderSaved('Uptrends Globex', url) });
          await ao.goto(savedAt);
          await poke(ao);
          await waitForCapture(url);
          for (let i = 0; i < 2; i++) {
            await ao.reload();
            await poke(ao);
            await sleep(2500);
          }
          expect(await storedOfKey(url)).toEqual([url]);
          const capture = await waitForCapture(url);
          expect(capture.integrationName).toBe('Uptrends Globex');
          expect(capture.consoleHost).toBe('globex.alertops.com');
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R30-17 the same URL shown at once in two tabs: the current UI saved view in one, the same integration opened again in a second tab: one stored entry for the key',
      async () => {
        // Ground: README "One stored entry per key".
        try {
          const url = newUrl();
          const savedAt = 'https://app.alertops.com/configurations/integrations/inbound/api/3017';
          const saved = currentSaved('3017');
          const routes = { [savedAt]: saved.html, [saved.api]: json({ name: 'Uptrends twice', url }, 300) };
          const t1 = await tab(routes);
          const t2 = await tab(routes);
          await Promise.all([t1.goto(savedAt), t2.goto(savedAt)]);
          await poke(t2);
          await t1.bringToFront();
          await poke(t1);
          await waitForCapture(url);
          await sleep(3000);
          expect(await storedOfKey(url)).toEqual([url]);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R30-18 current UI: the user closes the saved page before its URL renders (answer after 4 s, tab closed at 1 s): nothing stored; opened again and shown: stored once',
      async () => {
        // Ground: README "captures the generated API URL the moment the saved integration shows it"; "One stored entry per key".
        try {
          const url = newUrl();
          const savedAt = 'https://app.alertops.com/configurations/integrations/inbound/api/3018';
          const saved = currentSaved('3018');
          const slow = await tab({ [savedAt]: saved.html, [saved.api]: json({ name: 'Uptrends closed', url }, 4000) });
          await slow.goto(savedAt);
          await poke(slow);
          await sleep(1000);
          await slow.close();
          await sleep(5000);
          expect(await storedOfKey(url)).toEqual([]);
          const again = await tab({ [savedAt]: saved.html, [saved.api]: json({ name: 'Uptrends closed', url }, 300) });
          await again.goto(savedAt);
          await poke(again);
          const capture = await waitForCapture(url);
          expect(capture.integrationName).toBe('Uptrends closed');
          expect(await storedOfKey(url)).toEqual([url]);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R30-19 older UI: captured; the user follows a link to the incidents page and comes Back (bfcache, persisted): still one stored entry, name kept',
      async () => {
        // Ground: README "One stored entry per key"; watching restarts on "back/forward".
        try {
          const url = newUrl();
          const savedAt = 'https://hooli.alertops.com/InboundIntegrations/Api/Details/3019';
          const page = olderSaved('Uptrends Hooli', url).replace(
            '<a href="#">Dashboard</a>',
            '<a href="/Incidents" id="inc">Dashboard</a>',
          );
          const ao = await tab({
            [savedAt]: page,
            'https://hooli.alertops.com/Incidents': doc('en', 'AlertOps', '<main><h1>Incidents</h1></main>'),
          });
          await ao.goto(savedAt);
          await poke(ao);
          await waitForCapture(url);
          await ao.click('#inc');
          await ao.waitForFunction(() => location.pathname === '/Incidents', { timeout: WAIT });
          await history(ao, 'back', '/InboundIntegrations/Api/Details/3019');
          expect(await restoredFromCache(ao), 'premise: restored from the back-forward cache').toContain(true);
          await poke(ao);
          await sleep(3000);
          expect(await storedOfKey(url)).toEqual([url]);
          expect((await waitForCapture(url)).integrationName).toBe('Uptrends Hooli');
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R30-20 DE two Uptrends tabs: an empty AlertOps editor (hidden) and a Slack editor (shown, its own URL field) when the capture happens in a third tab: the Slack field stays empty; the AlertOps editor is filled once shown',
      async () => {
        // Ground: README "never fills another integration type"; "filled as soon as the URL is captured (when you come back to its tab, if it was hidden)".
        try {
          await clearCaptures();
          const fresh = newUrl();
          const a = `${UT_ORIGIN}/r30-20/integrationen/neu`;
          const s = `${UT_ORIGIN}/r30-20/integrationen/slack`;
          const slack = editorPage({ lang: 'de', base: '/r30-20', varName: 'SlackWebhookUrl' })
            .replace('<option>AlertOps</option>', '<option>Slack</option>')
            .replace(/AlertOps/g, 'Slack');
          const t1 = await tab({ [a]: editorPage({ lang: 'de', base: '/r30-20' }) });
          await t1.goto(a);
          await poke(t1);
          const t2 = await tab({ [s]: slack });
          await t2.goto(s);
          await poke(t2);
          const savedAt = 'https://app.alertops.com/configurations/integrations/inbound/api/3020';
          const saved = currentSaved('3020');
          const ao = await tab({
            [savedAt]: saved.html,
            [saved.api]: json({ name: 'Uptrends Slack?', url: fresh }, 300),
          });
          await ao.goto(savedAt);
          await poke(ao);
          await waitForCapture(fresh);
          await t2.bringToFront();
          await t2.click('#f-name');
          await holds(() => fieldValue(t2, 'v-url'), '', 4000, 'the Slack variable');
          await t1.bringToFront();
          await waitValue(t1, 'v-url', fresh);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );
  });

  describe('More restoration: levels not active, typed values, newer captures', () => {
    it(
      'R30-21 EN the user unticks "Active" and the AlertOps box the extension ticked, then presses F5: Firefox restores both unticked (the server had them ticked/unticked); the level is not active: the AlertOps box is not ticked without asking, and the extension asks',
      async () => {
        // Ground: README "It asks when two AlertOps integrations are listed or the level is not active".
        try {
          const base = '/r30-21';
          const address = `${UT_ORIGIN}${base}/alertdefinitions/21`;
          const ut = await tab({ [address]: levelPage({ lang: 'en', base, alertOpsName: 'AlertOps escalations' }) });
          await ut.goto(address);
          await poke(ut);
          await waitChecked(ut, 'i3');
          await sleep(1000);
          await ut.click('#active');
          await ut.click('#i3');
          await sleep(500);
          expect([await checked(ut, 'active'), await checked(ut, 'i3')], 'premise: both unticked by the user').toEqual([
            false,
            false,
          ]);
          await ut.reload();
          expect(
            [await checked(ut, 'active'), await checked(ut, 'i3')],
            'premise: Firefox restored both unticked',
          ).toEqual([false, false]);
          await poke(ut);
          await holds(() => checked(ut, 'i3'), false, 5000, 'the AlertOps box of a level that is not active');
          expect((await noticeText(ut)).trim(), `the extension asks\n${await explain(ut)}`).not.toBe('');
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R30-22 DE nothing captured: the user types their own URL into the AlertOps variable and opens the dashboard in the same tab; the capture happens in another tab; back on the Uptrends tab the user presses Back (bfcache): their URL stays',
      async () => {
        // Ground: README "never overwrites a value you typed (it offers to replace it instead)".
        try {
          await clearCaptures();
          const own = `https://notify.alertops.com/POSTAlert/${newKey()}/Uptrends`;
          const fresh = newUrl();
          const base = '/r30-22';
          const address = `${UT_ORIGIN}${base}/integrationen/neu`;
          const ut = await tab({
            [address]: editorPage({ lang: 'de', base }),
            [`${UT_ORIGIN}${base}/dashboard`]: doc(
              'de',
              'Dashboard',
              `${nav('de', base)}<main><h1>Dashboard</h1></main>`,
            ),
          });
          await ut.goto(address);
          await ut.click('#v-url');
          await ut.keyboard.type(own);
          await ut.click(`a[href="${base}/dashboard"]`);
          await ut.waitForFunction((b) => location.pathname === `${b}/dashboard`, { timeout: WAIT }, base);
          const savedAt = 'https://stark.alertops.com/InboundIntegrations/Api/Details/3022';
          const ao = await tab({ [savedAt]: olderSaved('Uptrends R30-22', fresh) });
          await ao.goto(savedAt);
          await poke(ao);
          await waitForCapture(fresh);
          await ut.bringToFront();
          await poke(ut);
          await history(ut, 'back', `${base}/integrationen/neu`);
          expect(await restoredFromCache(ut), 'premise: restored from the back-forward cache').toContain(true);
          await poke(ut);
          await holds(() => fieldValue(ut, 'v-url'), own, 5000, "the user's URL");
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R30-23 FR the editor was filled with an older capture; in the same tab the user saves a newer Uptrends integration in AlertOps (captured), then Back twice to the editor (bfcache): the filled value is not swapped for the newer URL without asking',
      async () => {
        // Ground: README Threats "Fills only empty fields (else an in-page 'Replace?' prompt)".
        try {
          const older = await seed('Uptrends FR ancien');
          const newer = newUrl();
          const base = '/r30-23';
          const address = `${UT_ORIGIN}${base}/integrations/nouvelle`;
          const saved = currentSaved('3023');
          const ut = await tab({
            [address]: editorPage({ lang: 'fr', base }),
            'https://app.alertops.com/configurations/integrations/new': doc(
              'en',
              'AlertOps',
              `<main><h1>Basic Settings</h1><label for="n">Integration Name</label> <input id="n" value="Uptrends FR nouveau"> <a href="/configurations/integrations/inbound/api/3023">Submit</a></main>`,
            ),
            'https://app.alertops.com/configurations/integrations/inbound/api/3023': saved.html,
            [saved.api]: json({ name: 'Uptrends FR nouveau', url: newer }, 300),
          });
          await ut.goto(address);
          await poke(ut);
          await waitValue(ut, 'v-url', older);
          await sleep(1000);
          await ut.goto('https://app.alertops.com/configurations/integrations/new');
          await ut.click('a');
          await ut.waitForFunction(() => location.pathname.endsWith('/3023'), { timeout: WAIT });
          await poke(ut);
          await waitForCapture(newer);
          await history(ut, 'back', '/configurations/integrations/new');
          await history(ut, 'back', `${base}/integrations/nouvelle`);
          expect(await restoredFromCache(ut), 'premise: restored from the back-forward cache').toContain(true);
          await poke(ut);
          await holds(() => fieldValue(ut, 'v-url'), older, 5000, 'the value filled before');
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R30-24 EN a capture exists; the user opens "Add integration" > AlertOps in a background tab (it loads hidden), then switches to it: filled',
      async () => {
        // Ground: README "fills the captured URL into the AlertOps predefined variable"; "Only an editor the user can see is filled" (it is seen once shown).
        try {
          const url = await seed('Uptrends EN background');
          const address = `${UT_ORIGIN}/r30-24/integrations/new/alertops`;
          const ut = await tab({ [address]: editorPage({ lang: 'en', base: '/r30-24', varName: 'AlertOpsEndpoint' }) });
          const front = await tab({});
          await front.bringToFront();
          await ut.goto(address);
          expect(await ut.evaluate(() => document.visibilityState), 'premise: loaded in the background').toBe('hidden');
          await sleep(1500);
          await ut.bringToFront();
          await waitValue(ut, 'v-url', url);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R30-25 NL nothing captured: the user opens the AlertOps editor, then the dashboard in the same tab; the capture happens in another tab; back on the Uptrends tab, Back to the editor (bfcache): filled',
      async () => {
        // Ground: README "If you opened the editor before saving in AlertOps, it is filled as soon as the URL is captured (when you come back to its tab, if it was hidden)".
        try {
          await clearCaptures();
          const fresh = newUrl();
          const base = '/r30-25';
          const address = `${UT_ORIGIN}${base}/integraties/nieuw`;
          const ut = await tab({
            [address]: editorPage({ lang: 'nl', base }),
            [`${UT_ORIGIN}${base}/dashboard`]: doc(
              'nl',
              'Dashboard',
              `${nav('nl', base)}<main><h1>Dashboard</h1></main>`,
            ),
          });
          await ut.goto(address);
          await poke(ut);
          await sleep(1500);
          await ut.click(`a[href="${base}/dashboard"]`);
          await ut.waitForFunction((b) => location.pathname === `${b}/dashboard`, { timeout: WAIT }, base);
          const savedAt = 'https://app.alertops.com/configurations/integrations/inbound/api/3025';
          const saved = currentSaved('3025');
          const ao = await tab({ [savedAt]: saved.html, [saved.api]: json({ name: 'Uptrends NL', url: fresh }, 300) });
          await ao.goto(savedAt);
          await poke(ao);
          await waitForCapture(fresh);
          await ut.bringToFront();
          await poke(ut);
          await history(ut, 'back', `${base}/integraties/nieuw`);
          expect(await restoredFromCache(ut), 'premise: restored from the back-forward cache').toContain(true);
          await poke(ut);
          await waitValue(ut, 'v-url', fresh);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );
  });

  describe('Drafts, names, prompts and resets across reloads and the back-forward cache', () => {
    it(
      "R30-26 EN a client-rendered editor keeps a draft of what the user types; the user replaced the filled URL with their own and presses F5: the app draws the form empty and puts the draft back 600 ms later: the user's URL stays",
      async () => {
        // Ground: README "never overwrites a value you typed (it offers to replace it instead)"; "Filled again when the editor that left still held the fill and the user never edited that URL".
        try {
          const url = await seed('Uptrends EN draft');
          const own = `https://notify.alertops.com/POSTAlert/${newKey()}/Uptrends`;
          const base = '/r30-26';
          const address = `${UT_ORIGIN}${base}/integrations/new/alertops`;
          const ut = await tab({ [address]: draftEditorPage('en', base, 600) });
          await ut.goto(address);
          await poke(ut);
          await waitValue(ut, 'v-url', url);
          await sleep(1000);
          await ut.click('#v-url', { count: 3 });
          await selectAll(ut);
          await ut.keyboard.type(own);
          expect(await fieldValue(ut, 'v-url'), 'premise: the user typed their own URL').toBe(own);
          await ut.reload();
          await waitValue(ut, 'v-url', own);
          await poke(ut);
          await holds(() => fieldValue(ut, 'v-url'), own, 5000, "the user's URL, put back from the draft");
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R30-27 FR the extension fills the URL (autocomplete="off") and the user types their own integration name; F5: Firefox restores the name, the URL field comes back empty: the URL is filled again and the user\'s name kept',
      async () => {
        // Ground: README "fills the captured URL ... and proposes an integration name"; "never overwrites a value you typed".
        try {
          const url = await seed('Uptrends FR nom');
          const base = '/r30-27';
          const address = `${UT_ORIGIN}${base}/integrations/nouvelle`;
          const ut = await tab({ [address]: editorPage({ lang: 'fr', base, noRestore: true }) });
          await ut.goto(address);
          await poke(ut);
          await waitValue(ut, 'v-url', url);
          await sleep(1000);
          await ut.click('#f-name', { count: 3 });
          await selectAll(ut);
          await ut.keyboard.type('Astreinte Lyon');
          await ut.reload();
          expect(await fieldValue(ut, 'f-name'), 'premise: Firefox restored the name').toBe('Astreinte Lyon');
          await poke(ut);
          await waitValue(ut, 'v-url', url);
          await holds(() => fieldValue(ut, 'f-name'), 'Astreinte Lyon', 3000, "the user's name");
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R30-28 DE an existing integration holds an older URL and "Replace?" is offered; the user opens the dashboard and comes Back (bfcache) before answering, then answers Replace: the field holds the captured URL',
      async () => {
        // Ground: README "never overwrites a value you typed (it offers to replace it instead)"; Threats "else an in-page 'Replace?' prompt" (fill.test.ts: replaced when the user says so).
        try {
          const url = await seed('Uptrends DE ersetzen');
          const old = `https://notify.alertops.com/POSTAlert/${newKey()}/Uptrends`;
          const base = '/r30-28';
          const address = `${UT_ORIGIN}${base}/integrationen/bearbeiten/28`;
          const ut = await tab({
            [address]: editorPage({ lang: 'de', base, value: old, name: 'AlertOps Bereitschaft' }),
            [`${UT_ORIGIN}${base}/dashboard`]: doc(
              'de',
              'Dashboard',
              `${nav('de', base)}<main><h1>Dashboard</h1></main>`,
            ),
          });
          await ut.goto(address);
          await poke(ut);
          await eventually(
            () => noticeText(ut),
            (t) => /Replace/i.test(t),
            WAIT,
          );
          await ut.click(`a[href="${base}/dashboard"]`);
          await ut.waitForFunction((b) => location.pathname === `${b}/dashboard`, { timeout: WAIT }, base);
          await history(ut, 'back', `${base}/integrationen/bearbeiten/28`);
          expect(await restoredFromCache(ut), 'premise: restored from the back-forward cache').toContain(true);
          await poke(ut);
          const button = await ut
            .waitForFunction(
              () => {
                for (const host of Array.from(document.querySelectorAll('[data-uptrends-alertops-bridge]')))
                  for (const b of Array.from(host.shadowRoot?.querySelectorAll('button') ?? []))
                    if (/Replace/i.test(b.textContent ?? '') && b.getBoundingClientRect().width > 0) return b;
                return null;
              },
              { timeout: WAIT },
            )
            .catch(async () => {
              throw new Error(`no Replace button after Back\n${await explain(ut)}`);
            });
          await (button.asElement() as import('puppeteer-core').ElementHandle<Element>).click();
          await waitValue(ut, 'v-url', url);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R30-29 NL the same "new AlertOps integration" address open in two tabs (a capture exists, autocomplete="off"), each reloaded once: every editor drawn is filled',
      async () => {
        // Ground: README "fills the captured URL into the AlertOps predefined variable" (each tab, each reload, is an editor opened anew).
        try {
          const url = await seed('Uptrends NL twee tabs');
          const base = '/r30-29';
          const address = `${UT_ORIGIN}${base}/integraties/nieuw?type=AlertOps`;
          const routes = { [address]: editorPage({ lang: 'nl', base, noRestore: true }) };
          const t1 = await tab(routes);
          await t1.goto(address);
          await poke(t1);
          await waitValue(t1, 'v-url', url);
          const t2 = await tab(routes);
          await t2.goto(address);
          await poke(t2);
          await waitValue(t2, 'v-url', url);
          await t1.bringToFront();
          await t1.reload();
          await poke(t1);
          await waitValue(t1, 'v-url', url);
          await t2.bringToFront();
          await t2.reload();
          await poke(t2);
          await waitValue(t2, 'v-url', url);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R30-30 EN the editor page resets its form when restored from the back-forward cache (pageshow persisted → form.reset(), the way some apps drop stale input): after Back the AlertOps field is empty again: it is filled again',
      async () => {
        // Ground: README "fills the captured URL into the AlertOps predefined variable"; "Filled again when the editor that left still held the fill and the user never edited that URL".
        try {
          const url = await seed('Uptrends EN reset');
          const base = '/r30-30';
          const address = `${UT_ORIGIN}${base}/integrations/new/alertops`;
          const page = editorPage({ lang: 'en', base }).replace(
            '</script></body>',
            `addEventListener('pageshow', (e) => { if (e.persisted) { document.getElementById('editor').reset(); window.model.url = ''; } });</script></body>`,
          );
          const ut = await tab({
            [address]: page,
            [`${UT_ORIGIN}${base}/dashboard`]: doc(
              'en',
              'Dashboard',
              `${nav('en', base)}<main><h1>Dashboard</h1></main>`,
            ),
          });
          await ut.goto(address);
          await poke(ut);
          await waitValue(ut, 'v-url', url);
          await sleep(1000);
          await ut.click(`a[href="${base}/dashboard"]`);
          await ut.waitForFunction((b) => location.pathname === `${b}/dashboard`, { timeout: WAIT }, base);
          await history(ut, 'back', `${base}/integrations/new/alertops`);
          expect(await restoredFromCache(ut), 'premise: restored from the back-forward cache').toContain(true);
          await poke(ut);
          await waitValue(ut, 'v-url', url);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );
  });

  it(
    'R30-30c control of R30-30: the same page redraws its editor instead (pageshow persisted → the form replaced by a fresh, empty copy): filled again',
    async () => {
      // Ground: as R30-30. The one thing changed: the field is a new node, not the same node reset in place.
      try {
        const url = await seed('Uptrends EN redraw');
        const base = '/r30-30c';
        const address = `${UT_ORIGIN}${base}/integrations/new/alertops`;
        const page = editorPage({ lang: 'en', base }).replace(
          '</script></body>',
          `const pristine = document.getElementById('editor').outerHTML;
addEventListener('pageshow', (e) => { if (e.persisted) { document.getElementById('editor').outerHTML = pristine; window.model.url = ''; } });</script></body>`,
        );
        const ut = await tab({
          [address]: page,
          [`${UT_ORIGIN}${base}/dashboard`]: doc(
            'en',
            'Dashboard',
            `${nav('en', base)}<main><h1>Dashboard</h1></main>`,
          ),
        });
        await ut.goto(address);
        await poke(ut);
        await waitValue(ut, 'v-url', url);
        await sleep(1000);
        await ut.click(`a[href="${base}/dashboard"]`);
        await ut.waitForFunction((b) => location.pathname === `${b}/dashboard`, { timeout: WAIT }, base);
        await history(ut, 'back', `${base}/integrations/new/alertops`);
        expect(await restoredFromCache(ut), 'premise: restored from the back-forward cache').toContain(true);
        await poke(ut);
        await waitValue(ut, 'v-url', url);
      } finally {
        await closeAll();
      }
    },
    TEST_TIMEOUT,
  );

  for (const variant of [
    {
      id: 'R30-31',
      how: "resets its form in place (form.reset(): the AlertOps box back to the server's unticked state)",
      code: `document.getElementById('def').reset();`,
    },
    {
      id: 'R30-31c',
      how: "redraws the level (the form replaced by a fresh copy of the server's, the box unticked)",
      code: `document.getElementById('def').outerHTML = pristine;`,
    },
  ]) {
    it(
      `${variant.id} NL the level is ticked; the user opens Integraties and comes Back (bfcache); the page's pageshow handler ${variant.how}: ticked again`,
      async () => {
        // Ground: README "ticks your AlertOps integration under 'Alerting by integrations'" (a level shown with the box not ticked).
        try {
          const base = `/${variant.id.toLowerCase()}`;
          const address = `${UT_ORIGIN}${base}/alertdefinitions/31`;
          const page = levelPage({ lang: 'nl', base, alertOpsName: 'AlertOps piket' }).replace(
            '</script></body>',
            `const pristine = document.getElementById('def').outerHTML;
addEventListener('pageshow', (e) => { if (e.persisted) { ${variant.code} } });</script></body>`,
          );
          const ut = await tab({ [address]: page, [`${UT_ORIGIN}${base}/integrations`]: listPage('nl', base) });
          await ut.goto(address);
          await poke(ut);
          await waitChecked(ut, 'i3');
          await sleep(1000);
          await ut.click(`a[href="${base}/integrations"]`);
          await ut.waitForFunction((b) => location.pathname === `${b}/integrations`, { timeout: WAIT }, base);
          await history(ut, 'back', `${base}/alertdefinitions/31`);
          expect(await restoredFromCache(ut), 'premise: restored from the back-forward cache').toContain(true);
          await poke(ut);
          await waitChecked(ut, 'i3');
          expect(await checked(ut, 'i2')).toBe(false);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );
  }

  it(
    'R30-31d control of R30-31/31c: the same level page kept out of the back-forward cache (an unload listener, autocomplete="off" on the form): Back loads it anew, unticked from the server: ticked again',
    async () => {
      // Ground: README "ticks your AlertOps integration under 'Alerting by integrations'". The one thing changed: a new document instead of the same one restored.
      try {
        const base = '/r30-31d';
        const address = `${UT_ORIGIN}${base}/alertdefinitions/31`;
        const page = levelPage({ lang: 'nl', base, alertOpsName: 'AlertOps piket', noRestore: true }).replace(
          '</script></body>',
          `addEventListener('unload', () => {});</script></body>`,
        );
        const ut = await tab({ [address]: page, [`${UT_ORIGIN}${base}/integrations`]: listPage('nl', base) });
        await ut.goto(address);
        await poke(ut);
        await waitChecked(ut, 'i3');
        await sleep(1000);
        await ut.click(`a[href="${base}/integrations"]`);
        await ut.waitForFunction((b) => location.pathname === `${b}/integrations`, { timeout: WAIT }, base);
        await history(ut, 'back', `${base}/alertdefinitions/31`);
        expect(await restoredFromCache(ut), 'premise: loaded anew').toEqual([false]);
        await poke(ut);
        await waitChecked(ut, 'i3');
      } finally {
        await closeAll();
      }
    },
    TEST_TIMEOUT,
  );

  it('no key of this round reached a log line', () => {
    // Ground: README "never sends the URL anywhere"; "Never logged".
    const keys = issuedKeys();
    const leaked = ff.logs.filter((line) => keys.some((k) => line.includes(k)));
    expect(leaked).toEqual([]);
  });
});
