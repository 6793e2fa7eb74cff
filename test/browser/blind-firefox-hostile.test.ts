/**
 * Blind acceptance renderings, round 34: SLOW, RE-RENDERING AND HOSTILE PAGES, IN FIREFOX. Both consoles, in real
 * Firefox ESR with dist/firefox installed (see firefox.ts). Written from domain.md, the Uptrends KB, the README and the
 * test helpers only (no extension source read).
 *
 * Every page here is one the consoles' own scripts (or a third-party script they load) could be: scripts that patch what
 * a page can patch before the extension looks (the input `value` setter and per-node value trackers, addEventListener,
 * dispatchEvent and the event constructors, attachShadow, createElement and customElements, MutationObserver, timers
 * and animation frames, JSON/Array/String/Object built-ins the Prototype.js way), pages that fight the extension's
 * notice (remove every node they did not draw, move it into a clipped portal), pages that re-render their editor or
 * level every 300 ms, block the main thread right as the editor or list appears, throw from their own input/change
 * handlers, rewrite themselves with document.open(), AlertOps pages that answer Save slowly, redraw the URL node again
 * and again or reveal it only after "Show", and pages that record everything they can read.
 *
 * Uptrends pages keep `window.model` (what their Save would send), learnt only from input/change events on their own
 * elements (delegated listeners, so nodes may be replaced at any time), and count Save clicks (`window.saved`). The user
 * acts with trusted mouse clicks and key presses (puppeteer's input actions, by coordinates, so no helper runs in a
 * patched page); waits poll the page model or the stored captures.
 *
 * Grounds:
 * - domain.md, AlertOps: "the saved integration page displays the endpoint URL at the top", with a Copy button; the
 *   older UI lists the "API URL" after Save; both UIs, per-tenant hosts; the URL shapes; "The URL is a credential".
 * - domain.md, Uptrends: editor fields "Integration name", "Integration type", "Predefined variables" (a row per variable:
 *   "Specify value here" drop-down and a "⋯" button opening Plain text / value / Select); escalation level tabs with
 *   "Active" and "Alerting by integrations", one checkbox per integration; labels per language from its table; "Assume
 *   a framework that only notices a value when input/change events fire, and that may re-render (replace) nodes at any
 *   time"; Teams' variable is `WorkflowUrl`.
 * - README step 1: "captures the generated API URL the moment the saved integration shows it"; step 2: "fills the
 *   captured URL into the AlertOps predefined variable, whether the page shows a plain field or the '⋯' value dialog,
 *   and proposes an integration name. You review and click Save"; step 3: "ticks your AlertOps integration under
 *   'Alerting by integrations'"; "never clicks Save, never overwrites a value you typed (it offers to replace it
 *   instead), never fills another integration type, and never sends the URL anywhere".
 * - README Threats: "Huge or constantly changing pages ... capture still works"; "Overwriting, wrong fields, saving:
 *   Fills only empty fields (else an in-page 'Replace?' prompt), only an editor of type AlertOps ... never clicks
 *   Save"; "A value dialog the page draws anew ... a late answer writes only into an AlertOps editor's URL field"; "The
 *   URL or password leaking: Never logged ...; the URL is masked until 'Show' ... content scripts never read storage
 *   anyway: they ask the worker for the one URL they fill"; "A console served with a strict CSP: the notice and prompt
 *   draw in their shadow roots and work; nothing of ours runs in the page"; Limits: "With auto-fill on ... any script
 *   running on app.uptrends.com ... can read it there" (the filled field is the one place a page may see the key);
 *   "an integration whose name says 'AlertOps' ... is taken for the AlertOps one when no name remembered from the
 *   editor decides".
 * - Not asserted (no promise): whether a notice shows at all on a page that removes or hides it; how often the
 *   extension writes into a page that re-renders; what the notice says.
 *
 * Results (first runs): 43 renderings, R34-01..R34-43, and the controls R34-30c, R34-31c, R34-34c; 3 fail, all one way:
 * an in-page question on an escalation level, answered after the page drew the level's panel anew, changes nothing.
 * All three pass since the fix (each checked to fail without it): the answer ticks the same level and integration found
 * again by key and name in the panel the page drew anew.
 * - R34-30 FAILED: FR level 1 not active, its panel drawn anew every 300 ms for 3 s; the extension asks ("… is not
 *   active"); the user clicks "Tick it anyway" after the redraws: the prompt closes, AlertOps prod stays unticked in the
 *   model and on screen. Control R34-30c: the same page drawn once, the same 3.2 s before the answer: ticked.
 * - R34-31 FAILED: EN level listing "AlertOps prod" and "AlertOps night", drawn anew every 300 ms for 3 s; the extension
 *   asks which; the user picks "AlertOps night" after the redraws: the prompt closes, nothing is ticked. Control
 *   R34-31c: drawn once: only "AlertOps night" ticked.
 * - R34-34 FAILED: DE level 1 not active, its panel drawn anew ONCE, 1.5 s after the list shows (a server push); "Tick
 *   it anyway" after that: nothing ticked. Control R34-34c: no refresh: ticked.
 * The editor's "Replace?" prompt answered after (R34-21, R34-42, also with new ids per draw) or during (R34-39) redraws
 * works, as do auto-ticks on redrawn levels (R34-22).
 * Seen on the way, outside this round's theme and not asserted: a saved AlertOps page whose heading (the integration's
 * name) holds the word "endpoint" ("Uptrends – redrawn endpoint", "Payments endpoint") stores the capture as "Uptrends"
 * (the URL's last segment); "Uptrends – redrawn node" and "Payments pager" on the same page are stored under their name.
 * Fixed the stop after, with unit tests (alertops-capture): a heading is taken for a caption of the URL only when it holds
 * nothing but such words ("Endpoint URL", "Your API URL").
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
  OpenedPages,
  pollModel as pollPageModel,
  type Route,
  seedCapture as seedStoredCapture,
  waitForCapture as waitForStoredCapture,
} from './firefox-pages.ts';
import { issuedKeys, keyOf, NOTICE, sleep, validUrl } from './hostile-pages.ts';

const TEST_TIMEOUT = 90_000;
const WAIT = 15_000;
const UT = 'https://app.uptrends.com';

const skipReason = await firefoxSkipReason();
if (skipReason) console.warn(`[firefox] blind round 34 (hostile pages) SKIPPED: ${skipReason}`);

/** Uptrends labels per language (domain.md's table; "Vault" entries are page decoration). */
const W = {
  en: {
    newTitle: 'New integration',
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
    builtIn: ['E-mail', 'SMS', 'Phone'],
  },
  nl: {
    newTitle: 'Nieuwe integratie',
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
    builtIn: ['E-mail', 'SMS', 'Telefoon'],
  },
  de: {
    newTitle: 'Neue Integration',
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
    builtIn: ['E-Mail', 'SMS', 'Telefon'],
  },
  fr: {
    newTitle: 'Nouvelle intégration',
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
    builtIn: ['E-mail', 'SMS', 'Téléphone'],
  },
} as const;
type Lang = keyof typeof W;

const STYLE = `<style>body{font:14px system-ui,sans-serif;margin:0;padding:8px 8px 200px} .fg{margin:8px 0}
table{border-collapse:collapse} td,th{border:1px solid #ccc;padding:4px 6px;text-align:left}
.modal{position:fixed;top:70px;left:140px;background:#fff;border:1px solid #555;padding:12px;box-shadow:0 4px 20px #0006}
[role=tab][aria-selected=true]{font-weight:bold} .lvl li{list-style:none;margin:3px 0} .spinner{width:24px;height:24px;border:4px solid #ccc;border-top-color:#06c;border-radius:50%}</style>`;

/**
 * Page-side editor kit, written with plain loops only (some pages break Array/String built-ins). `mountEditor(O)`:
 * O = { type, varName, value, dialog, dialogDelay, inlineDialog, delay, busy, jank, swapBody, redrawEvery, redrawFor, throws,
 * tracker, validate, freshIds }. `freshIds` gives every element a new id on each draw (React's useId per mount, ":r7:"),
 * references (for, aria-labelledby) following. `swapBody` replaces the <body> element by a new one holding the editor drawn anew. `inlineDialog` draws the "⋯" dialog inside the form from the model (open flag, choice and draft), so
 * every redraw replaces it too.
 * The model learns from input/change listeners delegated on the document; `dialog` draws the URL as a read-only value with a "⋯" button
 * whose modal dialog (Plain text / Vault, Value, Select / Cancel) writes the model on Select.
 */
const EDITOR_KIT = `
function esc(s) { s = s == null ? '' : '' + s; var o = ''; for (var i = 0; i < s.length; i++) { var c = s.charAt(i);
  o += c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : c; } return o; }
window.saved = 0; window.renders = 0; window.errors = 0;
function mountEditor(O) {
  var app = document.getElementById('app');
  window.model = { name: '', url: O.value || '', mode: 'here' };
  function urlCell() {
    if (!O.dialog) return '<input type="text" id="e-url" data-m="url" aria-labelledby="e-var" size="72" autocomplete="off" value="' + esc(window.model.url) + '">';
    return '<input type="text" id="e-show" readonly size="60" aria-labelledby="e-var" value="' + esc(window.model.url) + '"> <button type="button" id="e-more" aria-haspopup="dialog">⋯</button>';
  }
  function view() {
    return '<section class="editor" aria-labelledby="e-h"><h2 id="e-h">' + esc(L.newTitle) + '</h2>' +
      '<div class="fg"><label for="e-name">' + esc(L.name) + '</label><br><input id="e-name" data-m="name" type="text" size="48" value="' + esc(window.model.name) + '"></div>' +
      '<div class="fg"><label for="e-type">' + esc(L.type) + '</label><br><select id="e-type" disabled><option>' + esc(O.type || 'AlertOps') + '</option></select></div>' +
      '<h3>' + esc(L.vars) + '</h3><table class="vars"><tbody><tr><th id="e-var" scope="row">' + esc(O.varName || 'AlertOpsUrl') + '</th>' +
      '<td><select id="e-mode" data-m="mode" aria-label="' + esc(O.varName || 'AlertOpsUrl') + '"><option value="here">' + esc(L.here) + '</option><option value="level">' + esc(L.inLevel) + '</option></select></td>' +
      '<td>' + urlCell() + '</td></tr></tbody></table>' +
      '<p><button type="button" id="e-save">' + esc(L.save) + '</button> <button type="button" id="e-cancel">' + esc(L.cancel) + '</button></p>' + inlineDialog() + '</section>';
  }
  function inlineDialog() {
    var g = window.model.dlg;
    if (!O.inlineDialog || !g) return '';
    return '<div id="vd" class="modal" role="dialog" aria-modal="true" aria-labelledby="vd-t"><h4 id="vd-t">' + esc(O.varName || 'AlertOpsUrl') + '</h4><div role="radiogroup">' +
      '<label><input type="radio" name="vk" id="vk-plain" data-d="plain"' + (g.kind === 'plain' ? ' checked' : '') + '> ' + esc(L.plain) + '</label> <label><input type="radio" name="vk" id="vk-vault" data-d="vault"' + (g.kind === 'vault' ? ' checked' : '') + '> ' + esc(L.vault) + '</label></div>' +
      '<div class="fg"><label for="vd-val">' + esc(L.value) + '</label><br><input id="vd-val" data-d="draft" type="text" size="70" value="' + esc(g.draft) + '"></div>' +
      '<p><button type="button" id="vd-ok">' + esc(L.select) + '</button> <button type="button" id="vd-no">' + esc(L.cancel) + '</button></p></div>';
  }
  function draw() {
    app.innerHTML = view(); window.renders++;
    if (O.freshIds) {
      var sfx = ':r' + window.renders + ':', all = app.querySelectorAll('[id]'), refs = app.querySelectorAll('[for],[aria-labelledby]');
      for (var i = 0; i < all.length; i++) all[i].id = all[i].id + sfx;
      for (var j = 0; j < refs.length; j++) {
        if (refs[j].hasAttribute('for')) refs[j].setAttribute('for', refs[j].getAttribute('for') + sfx);
        if (refs[j].hasAttribute('aria-labelledby')) refs[j].setAttribute('aria-labelledby', refs[j].getAttribute('aria-labelledby') + sfx);
      }
    }
    if (O.tracker) { var ins = app.querySelectorAll('input'); for (var i = 0; i < ins.length; i++) window.__track(ins[i]); }
  }
  window.redraw = draw;
  function learn(e) {
    var el = e.target, k = el && el.dataset ? el.dataset.m : null;
    if (O.inlineDialog && window.model.dlg && el && el.dataset && el.dataset.d) {
      if (el.dataset.d === 'draft') window.model.dlg.draft = el.value; else if (el.checked) window.model.dlg.kind = el.dataset.d;
      return;
    }
    if (!k) return;
    if (O.tracker && el.__tracker) { var v = el.value; if (el.__tracker.get() === v) return; el.__tracker.set(v); }
    window.model[k] = el.value;
    if (O.validate && k === 'url') setTimeout(function () { draw(); }, O.validate);
    if (O.throws) { window.errors++; throw new TypeError('this.validators[' + k + '] is not a function'); }
  }
  document.addEventListener('input', learn);
  document.addEventListener('change', learn);
  function is(t, id) { return !!(t && t.id && (t.id === id || t.id.indexOf(id + ':r') === 0)); }
  document.addEventListener('click', function (e) {
    var t = e.target;
    if (is(t, 'e-save')) window.saved++;
    if (is(t, 'e-more')) {
      if (!O.inlineDialog) openDialog();
      else if (!window.model.dlg) { window.model.dlg = { kind: 'plain', draft: window.model.url }; window.dialogOpens = (window.dialogOpens || 0) + 1; draw(); var f = app.querySelector('[data-d=draft]'); if (f) f.focus(); }
    }
    if (O.inlineDialog && is(t, 'vd-ok') && window.model.dlg) { window.model.url = window.model.dlg.draft; window.model.dlg = null; draw(); }
    if (O.inlineDialog && is(t, 'vd-no')) { window.model.dlg = null; draw(); }
  });
  function openDialog() {
    if (document.getElementById('vd')) return;
    var d = document.createElement('div');
    d.id = 'vd'; d.className = 'modal'; d.setAttribute('data-own', '');
    d.setAttribute('role', 'dialog'); d.setAttribute('aria-modal', 'true'); d.setAttribute('aria-labelledby', 'vd-t');
    d.innerHTML = '<h4 id="vd-t">' + esc(O.varName || 'AlertOpsUrl') + '</h4><div role="radiogroup">' +
      '<label><input type="radio" name="vk" id="vk-plain" checked> ' + esc(L.plain) + '</label> <label><input type="radio" name="vk" id="vk-vault"> ' + esc(L.vault) + '</label></div>' +
      '<div class="fg"><label for="vd-val">' + esc(L.value) + '</label><br><input id="vd-val" type="text" size="70"></div>' +
      '<p><button type="button" id="vd-ok">' + esc(L.select) + '</button> <button type="button" id="vd-no">' + esc(L.cancel) + '</button></p>';
    var inner = d.innerHTML;
    window.dialogOpens = (window.dialogOpens || 0) + 1;
    function ready() {
      d.innerHTML = inner;
      d.querySelector('#vd-val').value = window.model.url;
      d.querySelector('#vd-ok').addEventListener('click', function () { window.model.url = d.querySelector('#vd-val').value; d.remove(); draw(); });
      d.querySelector('#vd-no').addEventListener('click', function () { d.remove(); draw(); });
      d.querySelector('#vd-val').focus();
    }
    if (O.dialogDelay) { d.innerHTML = '<div class="spinner" role="progressbar" aria-label="Loading"></div>'; document.body.appendChild(d); setTimeout(ready, O.dialogDelay); }
    else { document.body.appendChild(d); ready(); }
  }
  function busy(ms) { var t = Date.now(); while (Date.now() - t < ms) {} }
  function mount() {
    draw();
    if (O.busy) { busy(O.busy); setTimeout(function () { busy(O.busy); }, 0); }
    if (O.redrawEvery) {
      var stop = Date.now() + O.redrawFor;
      var timer = setInterval(function () { draw(); if (Date.now() > stop) clearInterval(timer); }, O.redrawEvery);
    }
    if (O.swapBody) {
      var swapStop = Date.now() + O.swapBody.for;
      var sw = setInterval(function () {
        var b = document.createElement('body');
        b.innerHTML = '<header data-own><nav>Uptrends · Alerting › Integrations</nav></header><main id="app" data-own></main>';
        document.documentElement.replaceChild(b, document.body);
        app = b.querySelector('#app'); draw(); window.swaps = (window.swaps || 0) + 1;
        if (Date.now() > swapStop) clearInterval(sw);
      }, O.swapBody.every);
    }
    if (O.jank) {
      var jankStop = Date.now() + O.jank.for;
      var jt = setInterval(function () { busy(O.jank.busy); if (Date.now() > jankStop) clearInterval(jt); }, O.jank.every);
    }
  }
  if (O.delay) { app.innerHTML = '<div class="spinner" role="progressbar" aria-label="Loading"></div>'; setTimeout(mount, O.delay); }
  else mount();
}
`;

/**
 * Page-side levels kit: `mountLevels(O)`, O = { names, levels, active, delay, busy, redrawEvery, redrawFor, refreshAfter,
 * throws } (`refreshAfter`: the panel drawn anew once, that long after the list shows, as a server push would).
 * Tabs per level, the panel drawn anew from the model on every switch; each integration a checkbox with its label; the
 * model learns a box from a delegated `change` listener.
 */
const LEVELS_KIT = `
function esc(s) { s = s == null ? '' : '' + s; var o = ''; for (var i = 0; i < s.length; i++) { var c = s.charAt(i);
  o += c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : c; } return o; }
window.saved = 0; window.renders = 0; window.errors = 0;
function mountLevels(O) {
  var app = document.getElementById('app'), N = O.levels || 2, names = O.names, loaded = !O.delay;
  window.model = { level: 1, boxes: {} };
  for (var l = 1; l <= N; l++) {
    window.model.boxes[l + ':active'] = O.active ? O.active[l - 1] : true;
    for (var j = 0; j < names.length; j++) window.model.boxes[l + ':' + names[j]] = l === 1 && j === 0;
  }
  function draw() {
    var l = window.model.level, h = '<h1>' + esc(L.defs) + '</h1><h2>Production checks</h2><div role="tablist">';
    for (var i = 1; i <= N; i++) h += '<button type="button" role="tab" id="tab-' + i + '" aria-controls="panel" aria-selected="' + (i === l) + '">' + esc(L.level) + ' ' + i + '</button> ';
    h += '</div><div role="tabpanel" id="panel" class="lvl" aria-labelledby="tab-' + l + '"><label><input type="checkbox" id="act" data-b="' + l + ':active"' + (window.model.boxes[l + ':active'] ? ' checked' : '') + '> ' + esc(L.active) + '</label>' +
      '<h3>' + esc(L.section) + '</h3>';
    if (!loaded) h += '<p aria-busy="true"><span class="spinner" role="progressbar" aria-label="Loading"></span></p>';
    else {
      h += '<ul>';
      for (var j = 0; j < names.length; j++) h += '<li><input type="checkbox" id="b-' + j + '" data-b="' + l + ':' + esc(names[j]) + '"' + (window.model.boxes[l + ':' + names[j]] ? ' checked' : '') + '> <label for="b-' + j + '">' + esc(names[j]) + '</label></li>';
      h += '</ul>';
    }
    h += '</div><p><button type="button" id="save">' + esc(L.save) + '</button></p>';
    app.innerHTML = h; window.renders++;
  }
  window.redraw = draw;
  app.addEventListener('change', function (e) {
    var b = e.target && e.target.dataset ? e.target.dataset.b : null;
    if (!b) return;
    window.model.boxes[b] = e.target.checked;
    if (O.throws) { window.errors++; throw new TypeError("Cannot read properties of undefined (reading 'dirty')"); }
  });
  app.addEventListener('click', function (e) {
    var t = e.target;
    if (t && t.id === 'save') window.saved++;
    if (t && t.getAttribute && t.getAttribute('role') === 'tab') { window.model.level = Number(t.id.slice(4)); draw(); }
  });
  function busy(ms) { var t = Date.now(); while (Date.now() - t < ms) {} }
  function ready() {
    loaded = true; draw();
    if (O.busy) { busy(O.busy); setTimeout(function () { busy(O.busy); }, 0); }
    if (O.redrawEvery) {
      var stop = Date.now() + O.redrawFor;
      var timer = setInterval(function () { draw(); if (Date.now() > stop) clearInterval(timer); }, O.redrawEvery);
    }
    if (O.refreshAfter) setTimeout(function () { window.refreshes = (window.refreshes || 0) + 1; draw(); }, O.refreshAfter);
  }
  draw();
  if (O.delay) setTimeout(ready, O.delay); else ready();
}
`;

/**
 * Records everything a page script can read (console, window messages, storage events, the events it can listen to
 * with their target and value, every DOM change), in `window.__rec`. Goes in <head>, before anything else runs.
 */
const RECORDER = `
(function () {
  var rec = window.__rec = { console: [], messages: [], storage: [], events: [], attrs: [], added: [], texts: [] };
  function str(x) { try { return typeof x === 'string' ? x : JSON.stringify(x); } catch (e) { return String(x); } }
  var methods = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'];
  for (var i = 0; i < methods.length; i++) (function (m) {
    var o = console[m];
    console[m] = function () { var parts = []; for (var j = 0; j < arguments.length; j++) parts.push(str(arguments[j])); rec.console.push(parts.join(' ')); return o.apply(console, arguments); };
  })(methods[i]);
  addEventListener('message', function (e) { rec.messages.push(str(e.data) + ' from ' + e.origin); }, true);
  addEventListener('storage', function (e) { rec.storage.push(e.key + '=' + e.newValue); }, true);
  function where(n) { var el = n && n.nodeType === 1 ? n : n && n.parentElement; return el ? (el.id || el.nodeName) + (el.closest && el.closest('#app') ? '@app' : '') : '?'; }
  var types = ['input', 'change', 'beforeinput', 'copy', 'cut', 'paste', 'focusin', 'focusout', 'click', 'keydown', 'select', 'hashchange', 'popstate', 'error', 'securitypolicyviolation', 'invalid', 'submit', 'animationstart', 'transitionrun'];
  for (var t = 0; t < types.length; t++) (function (type) {
    addEventListener(type, function (e) {
      var tg = e.target, v = '';
      try { v = (e.data || '') + '|' + (tg && typeof tg.value === 'string' ? tg.value : '') + '|' + (e.detail && typeof e.detail === 'object' ? str(e.detail) : ''); } catch (x) {}
      rec.events.push(type + ' ' + where(tg) + ' ' + v);
    }, true);
  })(types[t]);
  new MutationObserver(function (list) {
    for (var i = 0; i < list.length; i++) {
      var r = list[i];
      if (r.type === 'attributes') rec.attrs.push(where(r.target) + ' ' + r.attributeName + '=' + r.target.getAttribute(r.attributeName));
      else if (r.type === 'characterData') rec.texts.push(where(r.target) + ' ' + r.target.data);
      else for (var j = 0; j < r.addedNodes.length; j++) { var n = r.addedNodes[j]; rec.added.push(where(r.target) + ' + ' + (n.nodeType === 1 ? n.outerHTML : n.textContent)); }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();
`;

/**
 * Runs in the page: where `key` shows that a page script can read. `allowedIds` are the fields the user asked to be
 * filled (their values, value attributes, and events whose target they are); `appOwn` lets the page's own drawing in
 * #app hold the key (an AlertOps page shows the URL itself; an editor draws its model). Returns the places, masked.
 */
function scanForKey(key: string, allowedIds: string[], appOwn: boolean): string[] {
  const hits: string[] = [];
  const mask = (s: string) => s.split(key).join('<KEY>').slice(0, 200);
  const rec = (window as unknown as { __rec: Record<string, string[]> }).__rec;
  const allowed = (id: string) => allowedIds.indexOf(id) >= 0;
  for (const kind of Object.keys(rec)) {
    for (const entry of rec[kind] ?? []) {
      if (!entry.includes(key)) continue;
      if (kind === 'events' || kind === 'attrs') {
        const target = entry.split(' ')[kind === 'events' ? 1 : 0] ?? '';
        if (allowed(target.replace('@app', '')) && (kind === 'events' || / value=/.test(entry))) continue;
      }
      if (appOwn && (kind === 'added' || kind === 'texts') && entry.split(' ')[0]?.endsWith('@app')) continue;
      hits.push(`${kind}: ${mask(entry)}`);
    }
  }
  const walk = (root: Document | ShadowRoot, inShadow: string) => {
    const all = root.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      const el = all[i] as HTMLElement;
      const inApp = !inShadow && el.closest('#app') !== null;
      for (let a = 0; a < el.attributes.length; a++) {
        const attr = el.attributes[a] as Attr;
        if (!attr.value.includes(key)) continue;
        if (allowed(el.id) && attr.name === 'value' && !inShadow) continue;
        hits.push(`attribute ${inShadow}${el.tagName}#${el.id}[${attr.name}]`);
      }
      const v = (el as HTMLInputElement).value;
      if (typeof v === 'string' && v.includes(key) && !(allowed(el.id) && !inShadow))
        hits.push(`value of ${inShadow}${el.tagName}#${el.id}`);
      for (let c = el.firstChild; c; c = c.nextSibling)
        if (c.nodeType === 3 && (c as Text).data.includes(key) && !(appOwn && inApp))
          hits.push(`text in ${inShadow}${el.tagName}#${el.id}`);
      if (el.shadowRoot) walk(el.shadowRoot, `${inShadow}${el.tagName}::shadow `);
    }
  };
  walk(document, '');
  if (document.title.includes(key)) hits.push('document.title');
  if (window.name.includes(key)) hits.push('window.name');
  if (location.href.includes(key)) hits.push('location');
  for (const store of [localStorage, sessionStorage])
    for (let i = 0; i < store.length; i++) {
      const k = store.key(i) ?? '';
      if (k.includes(key) || (store.getItem(k) ?? '').includes(key)) hits.push(`web storage ${k}`);
    }
  if (document.cookie.includes(key)) hits.push('cookie');
  return hits;
}

function utDoc(lang: Lang, body: string, script: string, head = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Uptrends</title>${STYLE}${head ? `<script>${head}</script>` : ''}</head>
<body>${body}<script data-own>var L = ${JSON.stringify(W[lang])};
${script}</script></body></html>`;
}

function editorDoc(lang: Lang, o: Record<string, unknown> = {}, head = '', tail = ''): string {
  return utDoc(
    lang,
    `<header data-own><nav>Uptrends · Alerting › Integrations</nav></header><main id="app" data-own></main>`,
    `${EDITOR_KIT}\nmountEditor(${JSON.stringify(o)});\n${tail}`,
    head,
  );
}

function levelsDoc(lang: Lang, o: Record<string, unknown>, head = '', tail = ''): string {
  return utDoc(
    lang,
    `<header data-own><nav>Uptrends · Alerting › ${W[lang].defs}</nav></header><main id="app" data-own></main>`,
    `${LEVELS_KIT}\nmountLevels(${JSON.stringify(o)});\n${tail}`,
    head,
  );
}

function aoDoc(body: string, script: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AlertOps</title>${STYLE}${head ? `<script>${head}</script>` : ''}</head>
<body>${body}<script data-own>${script}</script></body></html>`;
}

/** The current AlertOps UI's "Add API Integration" form (Uptrends template), with the name field focused. */
const AO_FORM = `<header class="topbar" data-own>AlertOps · Configurations › Integrations</header>
<main id="app" data-own><h1>Add API Integration</h1><section><h2>Recommended</h2><div class="card">Uptrends</div></section>
<section><h2>Basic Settings</h2><div class="fg"><label for="iname">Integration Name</label> <input id="iname" type="text" size="40" value="Uptrends"></div>
<div class="fg"><label for="rg">Recipient Groups</label> <select id="rg"><option>Ops on call</option></select></div></section>
<button type="button" id="submit">Submit</button></main>`;

/** Page-side: the current UI's saved integration view, the endpoint URL at the top with a Copy button. */
const AO_SAVED = `
function savedView(app, name, url) {
  app.innerHTML = '<div role="status">Integration saved</div><h1 id="nm"></h1>' +
    '<div class="endpoint" id="ep"><span class="cap">Endpoint URL</span> <code id="ao-url"></code> <button type="button">Copy</button></div>' +
    '<section><h2>Basic Settings</h2><p>Template: Uptrends</p><p>Escalation Policy: Default</p></section>';
  app.querySelector('#nm').textContent = name;
  app.querySelector('#ao-url').textContent = url;
}
`;

/** Removes every node under <html> and <body> the page did not draw itself (marked data-own), as it appears. */
const BODY_OWNER = `
(function () {
  window.__removed = 0;
  function sweep() {
    var roots = [document.documentElement, document.body];
    for (var r = 0; r < roots.length; r++) {
      var kids = roots[r].children;
      for (var i = kids.length - 1; i >= 0; i--) {
        var n = kids[i];
        if (n === document.head || n === document.body || n.hasAttribute('data-own')) continue;
        n.remove(); window.__removed++;
      }
    }
  }
  var mo = new (window.__NativeMO || MutationObserver)(sweep);
  mo.observe(document.documentElement, { childList: true });
  mo.observe(document.body, { childList: true });
})();
`;

describe.skipIf(skipReason !== undefined)('Firefox blind round 34: slow, re-rendering and hostile pages', () => {
  let ff: FirefoxWithExtension;
  const opened = new OpenedPages(() => ff);

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

  const waitForCapture = (url: string, timeout = WAIT) => waitForStoredCapture(ff, url, timeout);
  const pollModel = (page: Page, read: (m: AnyModel) => unknown, expected: unknown, timeout = WAIT) =>
    pollPageModel(page, read, expected, timeout, explain);

  /** A fresh capture, the newest one, to fill with. */
  const seedCapture = (label: string) => seedStoredCapture(ff, label, WAIT);

  /** A fresh start for step 3: nothing captured or remembered, then one capture. */
  async function freshStart(label: string): Promise<string> {
    await ff.clearStorage();
    return seedCapture(label);
  }

  /** A trusted click at the centre of the first element matching `selector` (read by one plain evaluate). */
  async function clickAt(page: Page, selector: string, timeout = WAIT): Promise<void> {
    const point = await eventually(
      () =>
        page
          .evaluate((sel) => {
            const el = document.querySelector(sel);
            if (!el) return null;
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.height > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
          }, selector)
          .catch(() => null),
      (p) => p !== null,
      timeout,
    );
    if (!point) throw new Error(`nothing to click at ${selector}`);
    await page.mouse.click(point.x, point.y);
  }

  /** The user replaces the text of the field at `selector` by typing. */
  async function typeInto(page: Page, selector: string, text: string): Promise<void> {
    await clickAt(page, selector);
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.type(text, { delay: 10 });
  }

  /** A user's click on an empty corner of the page: the page is in use. */
  async function poke(page: Page): Promise<void> {
    await page.mouse.click(3, 855);
  }

  const fieldValue = (page: Page, selector: string) =>
    page.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement | null)?.value ?? null, selector);

  async function pollField(page: Page, selector: string, expected: string, timeout = WAIT): Promise<void> {
    try {
      await eventually(
        () => fieldValue(page, selector).catch(() => null),
        (v) => v === expected,
        timeout,
      );
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${await explain(page)}`);
    }
  }

  /** A trusted click on the extension's in-page button whose text matches. */
  async function clickNotice(page: Page, name: RegExp): Promise<void> {
    let target: { x: number; y: number } | null = null;
    try {
      target = await eventually(
        () =>
          page.evaluate(
            (source, sel) => {
              const re = new RegExp(source, 'i');
              for (const host of Array.from(document.querySelectorAll(sel)))
                for (const b of Array.from(host.shadowRoot?.querySelectorAll('button') ?? [])) {
                  if (!re.test(`${b.textContent ?? ''} ${b.getAttribute('aria-label') ?? ''}`)) continue;
                  const r = b.getBoundingClientRect();
                  if (r.width > 0 && r.height > 0) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
                }
              return null;
            },
            name.source,
            NOTICE,
          ),
        (t) => t !== null,
        WAIT,
      );
    } catch {
      throw new Error(`no in-page button matching ${name}\n${await explain(page)}`);
    }
    if (!target) throw new Error('no target');
    await page.mouse.click(target.x, target.y);
  }

  const ticked = (page: Page) =>
    page.evaluate(() => {
      const out: Record<string, boolean> = {};
      for (const el of Array.from(document.querySelectorAll('#panel input[type=checkbox]')))
        out[(el as HTMLInputElement).dataset.b ?? el.id] = (el as HTMLInputElement).checked;
      return out;
    });

  /** Opens an Uptrends editor page and waits until its model and field hold `url`. */
  async function expectFilled(page: Page, url: string, fieldSel = '#e-url'): Promise<void> {
    await pollModel(page, (m) => m?.url, url);
    await pollField(page, fieldSel, url);
  }

  /** A saved AlertOps page (current UI) served on its own, for a capture: gives the page. */
  async function openAlertOps(routes: Record<string, Route>, address: string): Promise<Page> {
    const page = await tab(routes);
    await page.goto(address);
    return page;
  }

  /* ============================================================================================================= */

  describe('AlertOps: capture on slow and hostile pages', () => {
    it(
      'R34-01 current UI whose head script swaps MutationObserver for a no-op, slows setTimeout (+400 ms), setInterval (≥1 s) and animation frames (1 s), and wraps addEventListener; Submit answered after 1.5 s: the URL is stored under the typed name',
      async () => {
        // Ground: README step 1 "captures the generated API URL the moment the saved integration shows it"; domain.md
        // "the saved integration page displays the endpoint URL at the top", with a Copy button.
        const url = validUrl();
        const name = 'Uptrends – slowed timers';
        const head = `
(function () {
  var st = window.setTimeout, si = window.setInterval, add = EventTarget.prototype.addEventListener;
  window.__listeners = 0;
  window.MutationObserver = function () { this.observe = function () {}; this.disconnect = function () {}; this.takeRecords = function () { return []; }; };
  window.setTimeout = function (fn, ms) { return st.call(window, fn, (Number(ms) || 0) + 400); };
  window.setInterval = function (fn, ms) { return si.call(window, fn, Math.max(Number(ms) || 0, 1000)); };
  window.requestAnimationFrame = function (fn) { return st.call(window, function () { fn(performance.now()); }, 1000); };
  window.requestIdleCallback = function (fn) { return st.call(window, function () { fn({ didTimeout: true, timeRemaining: function () { return 0; } }); }, 2000); };
  EventTarget.prototype.addEventListener = function (type, fn, opts) { window.__listeners++; return add.call(this, type, fn, opts); };
})();`;
        const script = `${AO_SAVED}
document.getElementById('submit').addEventListener('click', function () {
  var app = document.getElementById('app'), n = document.getElementById('iname').value;
  app.innerHTML = '<div class="spinner" role="progressbar" aria-label="Saving"></div>';
  var x = new XMLHttpRequest(); x.open('POST', '/api/v2/integrations/inbound');
  x.onload = function () { var d = JSON.parse(x.responseText); history.pushState({}, '', '/configurations/integrations/inbound/api/' + d.id);
    requestAnimationFrame(function () { savedView(app, n, d.url); }); };
  x.send('{}');
});`;
        const address = 'https://app.alertops.com/configurations/integrations/inbound/api/new/Uptrends-r34-01';
        try {
          const page = await openAlertOps(
            {
              [address]: aoDoc(AO_FORM, script, head),
              'https://app.alertops.com/api/v2/integrations/inbound': json({ id: 3401, url }, 1500),
            },
            address,
          );
          await typeInto(page, '#iname', name);
          await clickAt(page, '#submit');
          const capture = await waitForCapture(url);
          expect(capture.integrationName).toBe(name);
          expect(capture.consoleHost).toBe('app.alertops.com');
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-02 older UI on a tenant host whose page breaks JSON, Array/String/Object built-ins and Promise.then; Save shows a spinner for 3 s, then the details table with "API URL": the URL is stored under the typed name',
      async () => {
        // Ground: domain.md older UI "Save, then 'API URL'", per-tenant hosts; README step 1.
        const url = validUrl();
        const name = 'Contoso Uptrends';
        const head = `
(function () {
  JSON.parse = function () { throw new SyntaxError('JSON is disabled'); };
  JSON.stringify = function () { throw new TypeError('JSON is disabled'); };
  Array.prototype.map = function () { return []; };
  Array.prototype.filter = function () { return []; };
  Array.prototype.some = function () { return false; };
  Array.prototype.find = function () { return undefined; };
  Array.prototype.includes = function () { return false; };
  Array.prototype.indexOf = function () { return -1; };
  Array.from = function () { return []; };
  String.prototype.includes = function () { return false; };
  String.prototype.trim = function () { return 'x'; };
  String.prototype.match = function () { return null; };
  String.prototype.replace = function () { return ''; };
  Object.keys = function () { return []; };
  Object.entries = function () { return []; };
  Promise.prototype.then = function () { throw new Error('then is disabled'); };
})();`;
        const body = `<aside data-own><a href="#">Dashboard</a> <a href="#">Integrations</a> <a href="#">Inbound Integrations</a></aside>
<main id="app" data-own><ul><li><b>API</b></li><li>Email</li></ul><h1>Add API Integration</h1>
<div class="fg"><label for="tpl">Template</label> <select id="tpl"><option>Custom</option><option selected>Uptrends</option></select></div>
<div class="fg"><label for="iname">Integration Name</label> <input id="iname" type="text" size="40"></div>
<div class="fg"><label for="rg">Recipient Group(s)/User(s)</label> <select id="rg"><option>Operations</option></select></div>
<button type="button" id="submit">Save</button></main>`;
        const script = `
var URL_ = ${JSON.stringify(url)};
document.getElementById('submit').onclick = function () {
  var app = document.getElementById('app'), n = document.getElementById('iname').value;
  app.innerHTML = '<p><span class="spinner" role="progressbar" aria-label="Saving"></span> Saving…</p>';
  setTimeout(function () {
    app.innerHTML = '<div role="status">Integration saved.</div><table><tbody><tr><th>Integration Name</th><td id="d-n"></td></tr>' +
      '<tr><th>Template</th><td>Uptrends</td></tr><tr><th>API URL</th><td id="d-u"></td></tr>' +
      '<tr><th>Recipient Group(s)/User(s)</th><td>Operations</td></tr></tbody></table>';
    document.getElementById('d-n').textContent = n;
    document.getElementById('d-u').textContent = URL_;
  }, 3000);
};`;
        const address = 'https://contoso.alertops.com/InboundIntegrations/Api/Add';
        try {
          const page = await openAlertOps({ [address]: aoDoc(body, script, head) }, address);
          await typeInto(page, '#iname', name);
          await clickAt(page, '#submit');
          const capture = await waitForCapture(url);
          expect(capture.integrationName).toBe(name);
          expect(capture.consoleHost).toBe('contoso.alertops.com');
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-03 saved page that redraws the endpoint node and its Copy button every 300 ms for 4 s (same URL, a new node each time) beside an "updated n s ago" line: stored exactly once, under the page name',
      async () => {
        // Ground: README Threats "Huge or constantly changing pages ... capture still works"; "Concurrent captures ...
        // one stored entry per key"; step 1.
        const url = validUrl();
        const name = 'Uptrends – redrawn node';
        const script = `${AO_SAVED}
var app = document.getElementById('app'), n = 0;
savedView(app, ${JSON.stringify(name)}, ${JSON.stringify(url)});
var t = setInterval(function () {
  var ep = document.getElementById('ep'), fresh = ep.cloneNode(false);
  fresh.innerHTML = '<span class="cap">Endpoint URL</span> <code id="ao-url"></code> <button type="button">Copy</button> <small>updated ' + (++n) + ' s ago</small>';
  fresh.querySelector('code').textContent = ${JSON.stringify(url)};
  ep.replaceWith(fresh);
  if (n >= 13) clearInterval(t);
}, 300);`;
        const address = 'https://app.alertops.com/configurations/integrations/inbound/api/3403';
        try {
          const page = await openAlertOps({ [address]: aoDoc('<main id="app" data-own></main>', script) }, address);
          await poke(page);
          const capture = await waitForCapture(url);
          expect(capture.integrationName).toBe(name);
          await sleep(4500);
          await poke(page);
          await sleep(1000);
          expect((await ff.captures()).filter((c) => c.url === url)).toHaveLength(1);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-04 current UI: Submit shows a spinner for 3 s, then the endpoint masked (•••) with "Show" and "Copy"; nothing is stored before the user clicks Show, the URL after',
      async () => {
        // Ground: domain.md current UI (endpoint URL at the top with a Copy button); README step 1 "the moment the saved
        // integration shows it"; the masked text holds no key, so nothing can be stored before Show.
        const url = validUrl();
        const name = 'Uptrends – masked';
        const script = `
var URL_ = ${JSON.stringify(url)};
document.getElementById('submit').addEventListener('click', function () {
  var app = document.getElementById('app'), n = document.getElementById('iname').value;
  app.innerHTML = '<div class="spinner" role="progressbar" aria-label="Saving"></div>';
  setTimeout(function () {
    app.innerHTML = '<div role="status">Integration saved</div><h1 id="nm"></h1><div class="endpoint"><span>Endpoint URL</span> ' +
      '<code id="ao-url">https://notify.alertops.com/POSTAlert/••••••••-••••-••••-••••-••••••••••••/Uptrends</code> ' +
      '<button type="button" id="show" aria-pressed="false">Show</button> <button type="button">Copy</button></div>';
    app.querySelector('#nm').textContent = n;
    app.querySelector('#show').onclick = function (e) {
      var b = e.currentTarget, on = b.getAttribute('aria-pressed') !== 'true';
      b.setAttribute('aria-pressed', String(on)); b.textContent = on ? 'Hide' : 'Show';
      app.querySelector('#ao-url').textContent = on ? URL_ : 'https://notify.alertops.com/POSTAlert/••••••••-••••-••••-••••-••••••••••••/Uptrends';
    };
  }, 3000);
});`;
        const address = 'https://app.alertops.com/configurations/integrations/inbound/api/new/Uptrends-r34-04';
        try {
          const page = await openAlertOps({ [address]: aoDoc(AO_FORM, script) }, address);
          await typeInto(page, '#iname', name);
          await clickAt(page, '#submit');
          await clickAt(page, '#show');
          const capture = await waitForCapture(url);
          expect(capture.integrationName).toBe(name);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-05 saved page whose root removes every node it did not draw from <html> and <body> the moment it appears (the notice host too): the URL is still stored',
      async () => {
        // Ground: README step 1 (capture); the notice is not the capture, so nothing is asserted about it here.
        const url = validUrl();
        const name = 'Uptrends – owned body';
        const script = `${AO_SAVED}
${BODY_OWNER}
setTimeout(function () { savedView(document.getElementById('app'), ${JSON.stringify(name)}, ${JSON.stringify(url)}); }, 800);`;
        const address = 'https://app.alertops.com/configurations/integrations/inbound/api/3405';
        try {
          const page = await openAlertOps({ [address]: aoDoc('<main id="app" data-own></main>', script) }, address);
          await poke(page);
          const capture = await waitForCapture(url);
          expect(capture.integrationName).toBe(name);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-06 current UI: the saved view appears and the page blocks its main thread 1.5 s in the same task and 1.5 s more right after (a heavy chart): the URL is stored under the typed name',
      async () => {
        // Ground: README step 1; Threats "Huge or constantly changing pages ... capture still works".
        const url = validUrl();
        const name = 'Uptrends – busy main thread';
        const script = `${AO_SAVED}
function busy(ms) { var t = Date.now(); while (Date.now() - t < ms) {} }
document.getElementById('submit').addEventListener('click', function () {
  var app = document.getElementById('app'), n = document.getElementById('iname').value;
  app.innerHTML = '<div class="spinner" role="progressbar" aria-label="Saving"></div>';
  setTimeout(function () { savedView(app, n, ${JSON.stringify(url)}); busy(1500); setTimeout(function () { busy(1500); }, 0); }, 1000);
});`;
        const address = 'https://app.alertops.com/configurations/integrations/inbound/api/new/Uptrends-r34-06';
        try {
          const page = await openAlertOps({ [address]: aoDoc(AO_FORM, script) }, address);
          await typeInto(page, '#iname', name);
          await clickAt(page, '#submit');
          const capture = await waitForCapture(url);
          expect(capture.integrationName).toBe(name);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-07 older UI on a tenant host: Save posts, and the answer is written over the page with document.open()/write()/close() (a server-rendered saved page): the URL is stored under its name',
      async () => {
        // Ground: domain.md older UI ("Save, then 'API URL'"), per-tenant hosts; README step 1.
        const url = validUrl();
        const name = 'Uptrends (Tailspin)';
        const saved = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AlertOps</title></head><body>
<aside><a href="#">Dashboard</a> <a href="#">Inbound Integrations</a></aside><main id="app"><div role="status">Integration saved.</div>
<table><tbody><tr><th>Integration Name</th><td>${name}</td></tr><tr><th>Template</th><td>Uptrends</td></tr>
<tr><th>API URL</th><td>${url}</td></tr><tr><th>Recipient Group(s)/User(s)</th><td>Operations</td></tr></tbody></table></main></body></html>`;
        const body = `<main id="app" data-own><h1>Add API Integration</h1>
<div class="fg"><label for="iname">Integration Name</label> <input id="iname" type="text" size="40"></div>
<div class="fg"><label for="rg">Recipient Group(s)/User(s)</label> <select id="rg"><option>Operations</option></select></div>
<button type="button" id="submit">Save</button></main>`;
        const script = `
document.getElementById('submit').onclick = function () {
  var x = new XMLHttpRequest(); x.open('POST', '/InboundIntegrations/Api/Save');
  x.onload = function () { document.open(); document.write(x.responseText); document.close(); };
  x.send('name=' + encodeURIComponent(document.getElementById('iname').value));
};`;
        const address = 'https://tailspin.alertops.com/InboundIntegrations/Api/Add';
        try {
          const page = await openAlertOps(
            {
              [address]: aoDoc(body, script),
              'https://tailspin.alertops.com/InboundIntegrations/Api/Save': { body: saved, delay: 1200 },
            },
            address,
          );
          await typeInto(page, '#iname', name);
          await clickAt(page, '#submit');
          await eventually(
            () => page.evaluate(() => document.body?.textContent ?? '').catch(() => ''),
            (t) => t.includes('Integration saved'),
            WAIT,
          );
          await poke(page);
          const capture = await waitForCapture(url);
          expect(capture.integrationName).toBe(name);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-08 saved page that records everything it can read (console, window messages, storage events, events, every DOM change, open shadow roots, title, name, web storage): after the capture the key is only where the page drew it',
      async () => {
        // Ground: README Threats "The URL or password leaking: Never logged ... the URL is masked until 'Show'";
        // "never sends the URL anywhere: it stays in the browser's local extension storage".
        const url = validUrl();
        const key = keyOf(url);
        const name = 'Uptrends – recorded';
        // The page gets the URL from its API (not written in its own script), and draws it in #app.
        const script = `${AO_SAVED}
var x = new XMLHttpRequest(); x.open('GET', '/api/v2/integrations/inbound/3408');
x.onload = function () { var d = JSON.parse(x.responseText); savedView(document.getElementById('app'), d.name, d.url); };
x.send();`;
        const address = 'https://app.alertops.com/configurations/integrations/inbound/api/3408';
        try {
          const page = await openAlertOps(
            {
              [address]: aoDoc('<main id="app" data-own></main>', script, RECORDER),
              'https://app.alertops.com/api/v2/integrations/inbound/3408': json({ name, url }, 600),
            },
            address,
          );
          await poke(page);
          await waitForCapture(url);
          await poke(page);
          await sleep(2500);
          const hits = await page.evaluate(scanForKey, key, [], true);
          expect(hits, 'places outside the page’s own drawing that hold the key').toEqual([]);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-36 saved page in a shell that swaps its whole <body> element for a new one every 300 ms for 3 s; the saved view (URL) only from the fifth body on: the URL is stored under its name',
      async () => {
        // Ground: README step 1; Threats "Huge or constantly changing pages ... capture still works".
        const url = validUrl();
        const name = 'Uptrends – swapped shell';
        const script = `${AO_SAVED}
var n = 0;
var t = setInterval(function () {
  n++;
  var b = document.createElement('body');
  b.innerHTML = '<header data-own>AlertOps · Configurations › Integrations</header><main id="app" data-own></main>';
  if (n >= 5) savedView(b.querySelector('#app'), ${JSON.stringify(name)}, ${JSON.stringify(url)});
  else b.querySelector('#app').innerHTML = '<div class="spinner" role="progressbar" aria-label="Loading"></div>';
  document.documentElement.replaceChild(b, document.body);
  if (n >= 10) clearInterval(t);
}, 300);`;
        const address = 'https://app.alertops.com/configurations/integrations/inbound/api/3436';
        try {
          const page = await openAlertOps({ [address]: aoDoc('<main id="app" data-own></main>', script) }, address);
          await poke(page);
          const capture = await waitForCapture(url);
          expect(capture.integrationName).toBe(name);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-40 saved page (after a 2 s spinner) showing the endpoint masked; "Show" writes the URL into the same text node in place (a text binding), and the page re-masks it 4 s later: the URL is stored once, under its name',
      async () => {
        // Ground: README step 1 "the moment the saved integration shows it"; domain.md current UI.
        const url = validUrl();
        const name = 'Uptrends – in-place reveal';
        const masked = 'https://notify.alertops.com/POSTAlert/••••••••-••••-••••-••••-••••••••••••/Uptrends';
        const script = `
var URL_ = ${JSON.stringify(url)}, MASK = ${JSON.stringify(masked)};
var app = document.getElementById('app');
setTimeout(function () {
  app.innerHTML = '<div role="status">Integration saved</div><h1 id="nm"></h1><div class="endpoint"><span>Endpoint URL</span> <code id="ao-url"></code> ' +
    '<button type="button" id="show">Show</button> <button type="button">Copy</button></div>';
  app.querySelector('#nm').textContent = ${JSON.stringify(name)};
  var text = document.createTextNode(MASK); app.querySelector('#ao-url').appendChild(text);
  app.querySelector('#show').onclick = function (e) {
    text.data = URL_; e.currentTarget.textContent = 'Hide';
    setTimeout(function () { text.data = MASK; }, 4000);
  };
}, 2000);`;
        const address = 'https://app.alertops.com/configurations/integrations/inbound/api/3440';
        try {
          const page = await openAlertOps(
            { [address]: aoDoc('<main id="app" data-own><div class="spinner"></div></main>', script) },
            address,
          );
          await poke(page);
          await clickAt(page, '#show');
          const capture = await waitForCapture(url);
          expect(capture.integrationName).toBe(name);
          await sleep(4500);
          expect((await ff.captures()).filter((c) => c.url === url)).toHaveLength(1);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );
  });

  /* ============================================================================================================= */

  describe('Uptrends: fill on patched, slow and re-rendering pages', () => {
    it(
      'R34-09 EN editor whose page patches HTMLInputElement.prototype.value and gives each input a React-like value tracker (Object.defineProperty on the node; the model ignores an input event whose value the tracker already saw): the model learns the URL',
      async () => {
        // Ground: README step 2 (fills ... the AlertOps predefined variable); domain.md "Assume a framework that only
        // notices a value when input/change events fire".
        const fill = await seedCapture('Uptrends – R34-09');
        const head = `
(function () {
  var d = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  window.__protoSets = 0;
  Object.defineProperty(HTMLInputElement.prototype, 'value', { configurable: true, enumerable: true,
    get: function () { return d.get.call(this); }, set: function (v) { window.__protoSets++; d.set.call(this, v); } });
  window.__track = function (el) {
    if (el.__tracker) return;
    var last = d.get.call(el);
    Object.defineProperty(el, 'value', { configurable: true, get: function () { return d.get.call(this); }, set: function (v) { last = '' + v; d.set.call(this, v); } });
    el.__tracker = { get: function () { return last; }, set: function (v) { last = v; } };
  };
})();`;
        try {
          const page = await tab({
            [`${UT}/Alerting/Integrations/Edit/r34-09`]: editorDoc('en', { tracker: true }, head),
          });
          await page.goto(`${UT}/Alerting/Integrations/Edit/r34-09`);
          await poke(page);
          await expectFilled(page, fill);
          expect(await page.evaluate(() => (window as AnyModel).saved)).toBe(0);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-10 NL editor whose own input/change handlers throw after updating the model, and whose URL validation redraws the whole editor 250 ms after every change: model and field end with the URL, a name is proposed',
      async () => {
        // Ground: README step 2 ("fills the captured URL ... and proposes an integration name"); domain.md "may
        // re-render (replace) nodes at any time".
        const fill = await seedCapture('Uptrends – R34-10');
        try {
          const page = await tab({
            [`${UT}/Alerting/Integraties/Bewerken/r34-10`]: editorDoc('nl', { throws: true, validate: 250 }),
          });
          await page.goto(`${UT}/Alerting/Integraties/Bewerken/r34-10`);
          await poke(page);
          await expectFilled(page, fill);
          await pollModel(page, (m) => (m?.name ?? '') !== '', true);
          await sleep(1000);
          expect(await fieldValue(page, '#e-url')).toBe(fill);
          expect((await model(page)).url).toBe(fill);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-11 DE editor whose page wraps addEventListener, makes dispatchEvent a no-op and the Event/InputEvent/CustomEvent constructors throw, and stubs focus()/click(): the model learns the URL',
      async () => {
        // Ground: README step 2; Threats "nothing of ours runs in the page" (the extension's events are its own).
        const fill = await seedCapture('Uptrends – R34-11');
        const head = `
(function () {
  var add = EventTarget.prototype.addEventListener;
  window.__wrapped = 0;
  EventTarget.prototype.addEventListener = function (type, fn, opts) {
    window.__wrapped++;
    var wrapped = typeof fn === 'function' ? function (e) { try { return fn.call(this, e); } catch (x) { window.__swallowed = (window.__swallowed || 0) + 1; } } : fn;
    return add.call(this, type, wrapped, opts);
  };
  EventTarget.prototype.dispatchEvent = function () { return false; };
  function no() { throw new TypeError('Illegal constructor'); }
  window.Event = no; window.InputEvent = no; window.CustomEvent = no; window.KeyboardEvent = no; window.FocusEvent = no;
  HTMLElement.prototype.focus = function () {}; HTMLElement.prototype.click = function () {}; HTMLElement.prototype.blur = function () {};
})();`;
        try {
          const page = await tab({ [`${UT}/Alarmierung/Integrationen/Bearbeiten/r34-11`]: editorDoc('de', {}, head) });
          await page.goto(`${UT}/Alarmierung/Integrationen/Bearbeiten/r34-11`);
          await poke(page);
          await expectFilled(page, fill);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-12 FR editor whose page makes attachShadow throw, wraps document.createElement (throws for custom tag names, records the rest) and disables customElements.define: the model learns the URL',
      async () => {
        // Ground: README step 2; Threats "A console served with a strict CSP: the notice and prompt draw in their
        // shadow roots and work; nothing of ours runs in the page".
        const fill = await seedCapture('Uptrends – R34-12');
        const head = `
(function () {
  var ce = Document.prototype.createElement;
  window.__created = [];
  Element.prototype.attachShadow = function () { throw new DOMException('Shadow DOM is disabled here', 'NotSupportedError'); };
  Document.prototype.createElement = function (tag, o) {
    window.__created.push('' + tag);
    if (('' + tag).indexOf('-') >= 0) throw new DOMException('custom elements are not allowed', 'NotSupportedError');
    return ce.call(this, tag, o);
  };
  CustomElementRegistry.prototype.define = function () { throw new DOMException('define is disabled', 'NotSupportedError'); };
})();`;
        try {
          const page = await tab({ [`${UT}/Alerte/Integrations/Modifier/r34-12`]: editorDoc('fr', {}, head) });
          await page.goto(`${UT}/Alerte/Integrations/Modifier/r34-12`);
          await poke(page);
          await expectFilled(page, fill);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-13 EN editor that appears 2 s after load (behind a spinner) on a page that swaps MutationObserver for a no-op and slows setTimeout (+500 ms), setInterval, animation frames (1 s) and queueMicrotask: filled',
      async () => {
        // Ground: README step 2 (fills when the editor shows); domain.md (slow single-page app).
        const fill = await seedCapture('Uptrends – R34-13');
        const head = `
(function () {
  var st = window.setTimeout, si = window.setInterval;
  window.MutationObserver = function () { this.observe = function () {}; this.disconnect = function () {}; this.takeRecords = function () { return []; }; };
  window.setTimeout = function (fn, ms) { return st.call(window, fn, (Number(ms) || 0) + 500); };
  window.setInterval = function (fn, ms) { return si.call(window, fn, Math.max(Number(ms) || 0, 1000)); };
  window.requestAnimationFrame = function (fn) { return st.call(window, function () { fn(performance.now()); }, 1000); };
  window.queueMicrotask = function (fn) { st.call(window, fn, 300); };
})();`;
        try {
          const page = await tab({
            [`${UT}/Alerting/Integrations/New/r34-13`]: editorDoc('en', { delay: 1500 }, head),
          });
          await page.goto(`${UT}/Alerting/Integrations/New/r34-13`);
          await poke(page);
          await expectFilled(page, fill);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-14 NL editor that throws its whole form away and draws it anew from the model every 300 ms for 4 s after it appears: model and field end with the URL, a name is proposed, Save untouched',
      async () => {
        // Ground: domain.md "may re-render (replace) nodes at any time"; README step 2 and "never clicks Save".
        const fill = await seedCapture('Uptrends – R34-14');
        try {
          const page = await tab({
            [`${UT}/Alerting/Integraties/Nieuw/r34-14`]: editorDoc('nl', { redrawEvery: 300, redrawFor: 4000 }),
          });
          await page.goto(`${UT}/Alerting/Integraties/Nieuw/r34-14`);
          await poke(page);
          await pollModel(page, (m) => m?.url, fill);
          await pollModel(page, (m) => (m?.name ?? '') !== '', true);
          await sleep(4500);
          expect(await fieldValue(page, '#e-url')).toBe(fill);
          expect((await model(page)).url).toBe(fill);
          expect(await page.evaluate(() => (window as AnyModel).saved)).toBe(0);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-15 DE editor with the "⋯" value dialog only (Klartext / Wert / Auswählen), the editor behind it drawn anew every 300 ms for 3 s: the URL goes in through the dialog, the dialog is closed',
      async () => {
        // Ground: domain.md "⋯" dialog with Plain text and Select; README step 2 "whether the page shows a plain field or
        // the '⋯' value dialog"; Threats "A value dialog the page draws anew".
        const fill = await seedCapture('Uptrends – R34-15');
        try {
          const page = await tab({
            [`${UT}/Alarmierung/Integrationen/Neu/r34-15`]: editorDoc('de', {
              dialog: true,
              redrawEvery: 300,
              redrawFor: 3000,
            }),
          });
          await page.goto(`${UT}/Alarmierung/Integrationen/Neu/r34-15`);
          await poke(page);
          await pollModel(page, (m) => m?.url, fill, 20_000);
          await sleep(3500);
          expect((await model(page)).url).toBe(fill);
          expect(await fieldValue(page, '#e-show')).toBe(fill);
          expect(await page.evaluate(() => document.getElementById('vd') === null)).toBe(true);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-16 FR editor that blocks the main thread 1.5 s in the task that draws it and 1.5 s more right after: filled',
      async () => {
        // Ground: README step 2; domain.md (slow console).
        const fill = await seedCapture('Uptrends – R34-16');
        try {
          const page = await tab({
            [`${UT}/Alerte/Integrations/Nouvelle/r34-16`]: editorDoc('fr', { delay: 800, busy: 1500 }),
          });
          await page.goto(`${UT}/Alerte/Integrations/Nouvelle/r34-16`);
          await poke(page);
          await expectFilled(page, fill);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-17 EN editor on a page that extends built-ins the Prototype.js way (enumerable Object.prototype/Array.prototype methods, Array.prototype.toJSON, a broken String.prototype.trim/includes, Array.from and Function.prototype.bind replaced): filled',
      async () => {
        // Ground: README step 2.
        const fill = await seedCapture('Uptrends – R34-17');
        const head = `
(function () {
  Object.prototype.extend = function (o) { for (var k in o) this[k] = o[k]; return this; };
  Array.prototype.each = function (f) { for (var i = 0; i < this.length; i++) f(this[i], i); };
  Array.prototype.toJSON = function () { return '[array of ' + this.length + ']'; };
  String.prototype.trim = function () { return '' + this + ' '; };
  String.prototype.includes = function () { return false; };
  String.prototype.startsWith = function () { return false; };
  Array.from = function () { return []; };
  Function.prototype.bind = function () { var f = this; return function () { return f.apply(this, arguments); }; };
})();`;
        try {
          const page = await tab({ [`${UT}/Alerting/Integrations/New/r34-17`]: editorDoc('en', {}, head) });
          await page.goto(`${UT}/Alerting/Integrations/New/r34-17`);
          await poke(page);
          await expectFilled(page, fill);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-18 NL page whose loader rewrites itself with document.open()/write()/close() 1 s after load, the written document drawing the editor: filled',
      async () => {
        // Ground: README step 2; domain.md (a single-page app that may replace what it drew).
        const fill = await seedCapture('Uptrends – R34-18');
        const editor = editorDoc('nl');
        const loader = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Uptrends</title></head><body>
<p><span class="spinner"></span> Laden…</p><script>
setTimeout(function () {
  var x = new XMLHttpRequest(); x.open('GET', '/Alerting/Integraties/r34-18/shell');
  x.onload = function () { document.open(); document.write(x.responseText); document.close(); };
  x.send();
}, 1000);</script></body></html>`;
        try {
          const page = await tab({
            [`${UT}/Alerting/Integraties/Nieuw/r34-18`]: loader,
            [`${UT}/Alerting/Integraties/r34-18/shell`]: editor,
          });
          await page.goto(`${UT}/Alerting/Integraties/Nieuw/r34-18`);
          await eventually(
            () => page.evaluate(() => document.getElementById('e-url') !== null).catch(() => false),
            (v) => v,
            WAIT,
          );
          await poke(page);
          await expectFilled(page, fill);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-19 DE editor whose page removes every node it did not draw from <html> and <body> as it appears (the notice host too): the editor is still filled',
      async () => {
        // Ground: README step 2 (the fill is not the notice).
        const fill = await seedCapture('Uptrends – R34-19');
        try {
          const page = await tab({
            [`${UT}/Alarmierung/Integrationen/Neu/r34-19`]: editorDoc('de', {}, '', BODY_OWNER),
          });
          await page.goto(`${UT}/Alarmierung/Integrationen/Neu/r34-19`);
          await poke(page);
          await expectFilled(page, fill);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-20 FR editor whose page moves every node it did not draw into its own clipped portal (height 0, overflow hidden, transformed) and hides foreign <body> children by CSS: the editor is still filled',
      async () => {
        // Ground: README step 2.
        const fill = await seedCapture('Uptrends – R34-20');
        const tail = `
(function () {
  var portal = document.createElement('div');
  portal.id = 'portal'; portal.setAttribute('data-own', ''); portal.style.cssText = 'height:0;overflow:hidden;transform:translateZ(0)';
  document.body.appendChild(portal);
  var css = document.createElement('style'); css.textContent = 'html > :not(head):not(body), body > :not([data-own]) { display: none !important; }';
  document.head.appendChild(css);
  window.__moved = 0;
  function move() {
    var roots = [document.documentElement, document.body];
    for (var r = 0; r < roots.length; r++) {
      var kids = roots[r].children;
      for (var i = kids.length - 1; i >= 0; i--) {
        var n = kids[i];
        if (n === document.head || n === document.body || n.hasAttribute('data-own')) continue;
        portal.appendChild(n); window.__moved++;
      }
    }
  }
  var mo = new MutationObserver(move);
  mo.observe(document.documentElement, { childList: true });
  mo.observe(document.body, { childList: true });
})();`;
        try {
          const page = await tab({ [`${UT}/Alerte/Integrations/Nouvelle/r34-20`]: editorDoc('fr', {}, '', tail) });
          await page.goto(`${UT}/Alerte/Integrations/Nouvelle/r34-20`);
          await poke(page);
          await expectFilled(page, fill);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-21 EN editor holding the user\'s own URL, drawn anew every 300 ms for 3 s: the user\'s value stays until they answer; a real click on "Replace" after the redraws puts the captured URL in field and model',
      async () => {
        // Ground: README "never overwrites a value you typed (it offers to replace it instead)"; Threats "Fills only
        // empty fields (else an in-page 'Replace?' prompt)"; "A value dialog the page draws anew ... a late answer
        // writes only into an AlertOps editor's URL field".
        const fill = await seedCapture('Uptrends – R34-21');
        const own = validUrl('Custom');
        try {
          const page = await tab({
            [`${UT}/Alerting/Integrations/Edit/r34-21`]: editorDoc('en', {
              value: own,
              redrawEvery: 300,
              redrawFor: 3000,
            }),
          });
          await page.goto(`${UT}/Alerting/Integrations/Edit/r34-21`);
          await poke(page);
          await eventually(
            () => noticeText(page),
            (t) => /replace/i.test(t),
            WAIT,
          ).catch(async () => {
            throw new Error(`no Replace prompt\n${await explain(page)}`);
          });
          await sleep(3200);
          expect(await fieldValue(page, '#e-url'), 'the user’s value, unanswered').toBe(own);
          expect((await model(page)).url).toBe(own);
          await clickNotice(page, /^\s*Replace/);
          await expectFilled(page, fill);
          expect(await page.evaluate(() => (window as AnyModel).saved)).toBe(0);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );
    it(
      'R34-29 DE editor with the "⋯" value dialog on a janky page (the main thread busy 400 ms of every 500 ms for 8 s); the dialog shows a spinner for 1.5 s before its Klartext / Wert / Auswählen: the URL goes in through the dialog',
      async () => {
        // Ground: README step 2 "whether the page shows a plain field or the '⋯' value dialog"; domain.md "⋯" dialog.
        const fill = await seedCapture('Uptrends – R34-29');
        try {
          const page = await tab({
            [`${UT}/Alarmierung/Integrationen/Neu/r34-29`]: editorDoc('de', {
              dialog: true,
              dialogDelay: 1500,
              jank: { every: 500, busy: 400, for: 8000 },
            }),
          });
          await page.goto(`${UT}/Alarmierung/Integrationen/Neu/r34-29`);
          await poke(page);
          await pollModel(page, (m) => m?.url, fill, 25_000);
          await pollField(page, '#e-show', fill);
          expect(await page.evaluate(() => document.getElementById('vd') === null)).toBe(true);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    /** FR editor whose "⋯" dialog is part of the form drawn from the model (open flag, choice, draft). */
    async function inlineDialogEditor(id: string, extra: Record<string, unknown>): Promise<void> {
      const fill = await seedCapture(`Uptrends – ${id}`);
      const address = `${UT}/Alerte/Integrations/Nouvelle/${id}`;
      const page = await tab({ [address]: editorDoc('fr', { dialog: true, inlineDialog: true, ...extra }) });
      await page.goto(address);
      await poke(page);
      await pollModel(page, (m) => m?.url, fill, 20_000);
      await pollModel(page, (m) => m?.dlg ?? null, null);
      await sleep(1500);
      expect(await fieldValue(page, 'input[readonly]')).toBe(fill);
    }

    it(
      'R34-35 FR editor whose "⋯" dialog (Texte brut / Valeur / Sélectionner) is drawn inside the form from the model, the whole form and dialog drawn anew every 300 ms for 5 s: the URL goes in, the dialog is closed',
      async () => {
        // Ground: README step 2 (the '⋯' value dialog); Threats "A value dialog the page draws anew: the dialog is
        // found again by what makes it the value dialog"; domain.md re-render.
        try {
          await inlineDialogEditor('r34-35', { redrawEvery: 300, redrawFor: 5000 });
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-37 NL editor in a micro-frontend shell that swaps its whole <body> element for a new one every 400 ms for 3 s, each with the editor drawn anew: filled',
      async () => {
        // Ground: README step 2; domain.md "may re-render (replace) nodes at any time".
        const fill = await seedCapture('Uptrends – R34-37');
        try {
          const page = await tab({
            [`${UT}/Alerting/Integraties/Nieuw/r34-37`]: editorDoc('nl', {
              delay: 800,
              swapBody: { every: 400, for: 3000 },
            }),
          });
          await page.goto(`${UT}/Alerting/Integraties/Nieuw/r34-37`);
          await poke(page);
          await pollModel(page, (m) => m?.url, fill);
          await sleep(3500);
          await poke(page);
          expect(await fieldValue(page, '#e-url')).toBe(fill);
          expect((await model(page)).url).toBe(fill);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );
    it(
      'R34-39 EN editor holding the user\'s own URL and drawn anew every 300 ms for 8 s: the user clicks "Replace with the AlertOps URL" 1 s after the question, while the redraws go on: field and model end with the captured URL',
      async () => {
        // Ground: README "it offers to replace it instead"; Threats "A value dialog the page draws anew ... a late
        // answer writes only into an AlertOps editor's URL field"; domain.md re-render.
        const fill = await seedCapture('Uptrends – R34-39');
        const own = validUrl('Custom');
        try {
          const page = await tab({
            [`${UT}/Alerting/Integrations/Edit/r34-39`]: editorDoc('en', {
              value: own,
              redrawEvery: 300,
              redrawFor: 8000,
            }),
          });
          await page.goto(`${UT}/Alerting/Integrations/Edit/r34-39`);
          await poke(page);
          await eventually(
            () => noticeText(page),
            (t) => /replace/i.test(t),
            WAIT,
          ).catch(async () => {
            throw new Error(`no Replace prompt\n${await explain(page)}`);
          });
          await sleep(1000);
          await clickNotice(page, /Replace with the AlertOps URL/);
          await pollModel(page, (m) => m?.url, fill);
          await page.waitForFunction(() => (window as AnyModel).renders > 20, { timeout: WAIT });
          await sleep(1500);
          expect(await fieldValue(page, '#e-url')).toBe(fill);
          expect((await model(page)).url).toBe(fill);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-41 NL editor holding the user\'s own URL on a page that moves every node it did not draw into its portal root (a plain div at the end of its app, no transform or clipping): the prompt still answers, "Replace with the AlertOps URL" puts the captured URL in field and model',
      async () => {
        // Ground: README "it offers to replace it instead"; Threats "A prompt's buttons act only while the prompt is
        // shown as drawn: opaque, unfiltered, in its corner" (the moved prompt is all three).
        const fill = await seedCapture('Uptrends – R34-41');
        const own = validUrl('Custom');
        const tail = `
(function () {
  var portal = document.createElement('div');
  portal.id = 'portal-root'; portal.setAttribute('data-own', '');
  document.body.appendChild(portal);
  window.__moved = 0;
  function move() {
    var roots = [document.documentElement, document.body];
    for (var r = 0; r < roots.length; r++) {
      var kids = roots[r].children;
      for (var i = kids.length - 1; i >= 0; i--) {
        var n = kids[i];
        if (n === document.head || n === document.body || n.hasAttribute('data-own')) continue;
        portal.appendChild(n); window.__moved++;
      }
    }
  }
  var mo = new MutationObserver(move);
  mo.observe(document.documentElement, { childList: true });
  mo.observe(document.body, { childList: true });
})();`;
        try {
          const page = await tab({
            [`${UT}/Alerting/Integraties/Bewerken/r34-41`]: editorDoc('nl', { value: own }, '', tail),
          });
          await page.goto(`${UT}/Alerting/Integraties/Bewerken/r34-41`);
          await poke(page);
          await eventually(
            () => noticeText(page),
            (t) => /replace/i.test(t),
            WAIT,
          ).catch(async () => {
            throw new Error(`no Replace prompt\n${await explain(page)}`);
          });
          await sleep(800);
          expect(await fieldValue(page, '#e-url')).toBe(own);
          await clickNotice(page, /Replace with the AlertOps URL/);
          await expectFilled(page, fill);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-42 EN editor holding the user\'s own URL, drawn anew every 300 ms for 3 s with new element ids on each draw (React useId per mount): after the redraws "Replace with the AlertOps URL" puts the captured URL in field and model',
      async () => {
        // Ground: README "it offers to replace it instead"; Threats "A value dialog the page draws anew ... a late
        // answer writes only into an AlertOps editor's URL field"; domain.md "find things by meaning ... not by guessed
        // ids", "may re-render (replace) nodes at any time". Control: R34-21 (same page, the same ids on every draw).
        const fill = await seedCapture('Uptrends – R34-42');
        const own = validUrl('Custom');
        try {
          const page = await tab({
            [`${UT}/Alerting/Integrations/Edit/r34-42`]: editorDoc('en', {
              value: own,
              redrawEvery: 300,
              redrawFor: 3000,
              freshIds: true,
            }),
          });
          await page.goto(`${UT}/Alerting/Integrations/Edit/r34-42`);
          await poke(page);
          await eventually(
            () => noticeText(page),
            (t) => /replace/i.test(t),
            WAIT,
          ).catch(async () => {
            throw new Error(`no Replace prompt\n${await explain(page)}`);
          });
          await sleep(3200);
          expect(await fieldValue(page, '[data-m="url"]'), 'the user’s value, unanswered').toBe(own);
          await clickNotice(page, /Replace with the AlertOps URL/);
          await expectFilled(page, fill, '[data-m="url"]');
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-43 FR editor whose in-form "⋯" dialog is drawn anew every 300 ms for 5 s with new element ids on each draw: the URL goes in, the dialog is closed',
      async () => {
        // Ground: as R34-35 (its control: the same ids on every draw); domain.md "not by guessed ids".
        try {
          await inlineDialogEditor('r34-43', { redrawEvery: 300, redrawFor: 5000, freshIds: true });
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-38 EN editor filled, then the page rewrites itself with document.open()/write()/close() (a session refresh writing the same editor anew, empty, its model reset): filled again',
      async () => {
        // Ground: README step 2 (an AlertOps editor shown is filled); Threats "An SPA that draws the editor anew ...
        // Filled again when the editor that left still held the fill and the user never edited that URL ... at most 3
        // fills per address"; "A page brought back ... that resets its form ... is filled ... again".
        const fill = await seedCapture('Uptrends – R34-38');
        const address = `${UT}/Alerting/Integrations/New/r34-38`;
        const rewrite = `
window.rewrite = function () {
  var x = new XMLHttpRequest(); x.open('GET', '/Alerting/Integrations/r34-38/again');
  x.onload = function () { document.open(); document.write(x.responseText); document.close(); };
  x.send();
};`;
        try {
          const page = await tab({
            [address]: editorDoc('en', {}, '', rewrite),
            [`${UT}/Alerting/Integrations/r34-38/again`]: editorDoc('en', {}, '', 'window.generation = 2;'),
          });
          await page.goto(address);
          await poke(page);
          await expectFilled(page, fill);
          await sleep(1500);
          await page.evaluate(() => (window as AnyModel).rewrite());
          await eventually(
            () => page.evaluate(() => (window as AnyModel).generation === 2).catch(() => false),
            (v) => v,
            WAIT,
          );
          await poke(page);
          await expectFilled(page, fill);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );
  });

  /* ============================================================================================================= */

  describe('Uptrends: tick on patched, slow and re-rendering levels', () => {
    const AO = 'AlertOps prod';
    const names = (lang: Lang) => [...W[lang].builtIn, 'Slack #ops', AO];

    it(
      'R34-22 EN definition whose level panel is thrown away and drawn anew from the model every 300 ms for 4 s: AlertOps prod ends ticked in model and on screen, nothing else changed',
      async () => {
        // Ground: README step 3 "ticks your AlertOps integration under 'Alerting by integrations'"; Limits "an
        // integration whose name says 'AlertOps' ... is taken for the AlertOps one"; domain.md re-render.
        await freshStart('Uptrends – R34-22');
        try {
          const page = await tab({
            [`${UT}/Alerting/AlertDefinitions/Edit/r34-22`]: levelsDoc('en', {
              names: names('en'),
              redrawEvery: 300,
              redrawFor: 4000,
            }),
          });
          await page.goto(`${UT}/Alerting/AlertDefinitions/Edit/r34-22`);
          await poke(page);
          await pollModel(page, (m) => m?.boxes?.[`1:${AO}`], true);
          await sleep(4500);
          const m = await model(page);
          expect(m.boxes).toMatchObject({ '1:E-mail': true, '1:SMS': false, '1:Phone': false, '1:Slack #ops': false });
          expect(m.boxes[`1:${AO}`]).toBe(true);
          expect((await ticked(page))[`1:${AO}`]).toBe(true);
          expect(await page.evaluate(() => (window as AnyModel).saved)).toBe(0);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-23 NL definition whose integration list arrives after 1 s and then blocks the main thread 2 s and 2 s more: AlertOps prod ticked on level 1, then on level 2 when the user opens it',
      async () => {
        // Ground: README step 3; domain.md "Escalation level" tabs.
        await freshStart('Uptrends – R34-23');
        try {
          const page = await tab({
            [`${UT}/Alerting/Alertdefinities/Bewerken/r34-23`]: levelsDoc('nl', {
              names: names('nl'),
              delay: 1000,
              busy: 2000,
            }),
          });
          await page.goto(`${UT}/Alerting/Alertdefinities/Bewerken/r34-23`);
          await poke(page);
          await pollModel(page, (m) => m?.boxes?.[`1:${AO}`], true, 20_000);
          await clickAt(page, '#tab-2');
          await pollModel(page, (m) => m?.boxes?.[`2:${AO}`], true);
          const m = await model(page);
          expect(m.boxes['1:Slack #ops']).toBe(false);
          expect(m.boxes['2:Slack #ops']).toBe(false);
          expect(m.boxes['2:E-mail']).toBe(false);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-24 DE definition whose change handler throws after updating the model, on a page that patches the checkbox "checked" setter and stubs click()/dispatchEvent: AlertOps prod ticked in model and on screen',
      async () => {
        // Ground: README step 3; domain.md "a framework that only notices a value when input/change events fire".
        await freshStart('Uptrends – R34-24');
        const head = `
(function () {
  var d = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'checked');
  window.__checkedSets = 0;
  Object.defineProperty(HTMLInputElement.prototype, 'checked', { configurable: true, enumerable: true,
    get: function () { return d.get.call(this); }, set: function (v) { window.__checkedSets++; d.set.call(this, v); } });
  HTMLElement.prototype.click = function () {};
  EventTarget.prototype.dispatchEvent = function () { return false; };
})();`;
        try {
          const page = await tab({
            [`${UT}/Alarmierung/Meldedefinitionen/Bearbeiten/r34-24`]: levelsDoc(
              'de',
              { names: names('de'), throws: true },
              head,
            ),
          });
          await page.goto(`${UT}/Alarmierung/Meldedefinitionen/Bearbeiten/r34-24`);
          await poke(page);
          await pollModel(page, (m) => m?.boxes?.[`1:${AO}`], true);
          expect((await ticked(page))[`1:${AO}`]).toBe(true);
          const m = await model(page);
          expect(m.boxes['1:Slack #ops']).toBe(false);
          expect(m.boxes['1:E-Mail']).toBe(true);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-25 FR definition on a page that removes every node it did not draw (the notice host too) and then swaps MutationObserver for a no-op: AlertOps prod ticked',
      async () => {
        // Ground: README step 3 (the tick is not the notice).
        await freshStart('Uptrends – R34-25');
        const head = `window.__NativeMO = window.MutationObserver;
window.MutationObserver = function () { this.observe = function () {}; this.disconnect = function () {}; this.takeRecords = function () { return []; }; };`;
        try {
          const page = await tab({
            [`${UT}/Alerte/Definitions/Modifier/r34-25`]: levelsDoc(
              'fr',
              { names: names('fr'), delay: 700 },
              head,
              BODY_OWNER,
            ),
          });
          await page.goto(`${UT}/Alerte/Definitions/Modifier/r34-25`);
          await poke(page);
          await pollModel(page, (m) => m?.boxes?.[`1:${AO}`], true);
          expect((await ticked(page))[`1:${AO}`]).toBe(true);
          expect((await model(page)).boxes['1:Slack #ops']).toBe(false);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );
    /** Level 1 not active: the extension asks; the user answers "Tick it anyway" 3.2 s after the question. */
    async function inactiveLevel(lang: Lang, id: string, extra: Record<string, unknown>): Promise<void> {
      await freshStart(`Uptrends – ${id}`);
      const address = `${UT}/Alerting/Definitions/${id}`;
      const page = await tab({
        [address]: levelsDoc(lang, { names: names(lang), active: [false, true], ...extra }),
      });
      await page.goto(address);
      await poke(page);
      await eventually(
        () => noticeText(page),
        (t) => /not active/i.test(t),
        WAIT,
      ).catch(async () => {
        throw new Error(`no "not active" prompt\n${await explain(page)}`);
      });
      await sleep(3200);
      expect((await model(page)).boxes[`1:${AO}`], 'not ticked before the answer').toBe(false);
      await clickNotice(page, /Tick it anyway/);
      await pollModel(page, (m) => m?.boxes?.[`1:${AO}`], true, 8000);
      const m = await model(page);
      expect(m.boxes['1:active']).toBe(false);
      expect(m.boxes['1:Slack #ops']).toBe(false);
      expect((await ticked(page))[`1:${AO}`]).toBe(true);
    }

    it(
      'R34-30 FR definition whose level 1 is not active and whose panel is drawn anew every 300 ms for 3 s: the extension asks, nothing is ticked before the answer; "Tick it anyway" after the redraws ticks AlertOps prod, "Actif" stays off',
      async () => {
        // Ground: README step 3 "It asks when ... the level is not active. You review and click Save"; Limits "An
        // in-page prompt answered later (Replace?, Tick?)"; domain.md "may re-render (replace) nodes at any time".
        try {
          await inactiveLevel('fr', 'r34-30', { redrawEvery: 300, redrawFor: 3000 });
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-30c control: the same FR inactive level, drawn once: "Tick it anyway" 3 s after the question ticks AlertOps prod',
      async () => {
        try {
          await inactiveLevel('fr', 'r34-30c', {});
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    /** EN level listing two AlertOps integrations: the extension asks which; the user picks the second. */
    async function twoAlertOps(id: string, redraw: boolean): Promise<void> {
      await freshStart(`Uptrends – ${id}`);
      const night = 'AlertOps night';
      const address = `${UT}/Alerting/AlertDefinitions/Edit/${id}`;
      const page = await tab({
        [address]: levelsDoc('en', {
          names: [...W.en.builtIn, AO, 'Slack #ops', night],
          ...(redraw ? { redrawEvery: 300, redrawFor: 3000 } : {}),
        }),
      });
      await page.goto(address);
      await poke(page);
      await eventually(
        () => noticeText(page),
        (t) => /Which AlertOps integration/i.test(t),
        WAIT,
      ).catch(async () => {
        throw new Error(`no "which" prompt\n${await explain(page)}`);
      });
      await sleep(3200);
      let m = await model(page);
      expect([m.boxes[`1:${AO}`], m.boxes[`1:${night}`]], 'nothing ticked before the answer').toEqual([false, false]);
      await clickNotice(page, new RegExp(`^\\s*${night}\\s*$`));
      await pollModel(page, (x) => x?.boxes?.[`1:${night}`], true, 8000);
      await sleep(800);
      m = await model(page);
      expect(m.boxes[`1:${AO}`]).toBe(false);
      expect((await ticked(page))[`1:${night}`]).toBe(true);
    }

    it(
      'R34-31 EN definition listing "AlertOps prod" and "AlertOps night", its panel drawn anew every 300 ms for 3 s: the extension asks which; after the redraws the user picks "AlertOps night": only that one is ticked',
      async () => {
        // Ground: README step 3 "It asks when two AlertOps integrations are listed"; Limits "Two such names: the
        // extension asks"; domain.md "may re-render (replace) nodes at any time".
        try {
          await twoAlertOps('r34-31', true);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-31c control: the same EN level with two AlertOps integrations, drawn once: picking "AlertOps night" 3 s after the question ticks only that one',
      async () => {
        try {
          await twoAlertOps('r34-31c', false);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-34 DE definition whose level 1 is not active and whose panel is drawn anew once, 1.5 s after the list shows (a server push refreshing the list): "Tick it anyway" answered after the refresh ticks AlertOps prod',
      async () => {
        // Ground: README step 3 "It asks when ... the level is not active"; Limits "An in-page prompt answered later";
        // domain.md "may re-render (replace) nodes at any time" (SignalR seen on an Uptrends page).
        try {
          await inactiveLevel('de', 'r34-34', { refreshAfter: 1500 });
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-34c control: the same DE inactive level without the refresh: "Tick it anyway" ticks AlertOps prod',
      async () => {
        try {
          await inactiveLevel('de', 'r34-34c', {});
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );
  });

  /* ============================================================================================================= */

  describe('Uptrends: pages that record everything they can read', () => {
    it(
      'R34-26 EN AlertOps editor whose page records console, messages, storage events, events, every DOM change, open shadow roots, title, name and web storage: the key shows only in the filled field',
      async () => {
        // Ground: README Threats "The URL or password leaking: Never logged ... the URL is masked until 'Show'";
        // "never sends the URL anywhere"; Limits (the filled field is where a page script can read it).
        const fill = await seedCapture('Uptrends – R34-26');
        try {
          const page = await tab({ [`${UT}/Alerting/Integrations/New/r34-26`]: editorDoc('en', {}, RECORDER) });
          await page.goto(`${UT}/Alerting/Integrations/New/r34-26`);
          await poke(page);
          await expectFilled(page, fill);
          await poke(page);
          await sleep(2000);
          const hits = await page.evaluate(scanForKey, keyOf(fill), ['e-url'], false);
          expect(hits, 'places other than the filled field that hold the key').toEqual([]);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-27 NL Microsoft Teams editor (variable WorkflowUrl) on the same recording page: the key reaches nothing the page can read',
      async () => {
        // Ground: README "never fills another integration type"; Threats "content scripts never read storage anyway:
        // they ask the worker for the one URL they fill". Control: R34-26 (same recorder, AlertOps type, filled).
        const fill = await seedCapture('Uptrends – R34-27');
        try {
          const page = await tab({
            [`${UT}/Alerting/Integraties/Nieuw/r34-27`]: editorDoc(
              'nl',
              { type: 'Microsoft Teams', varName: 'WorkflowUrl' },
              RECORDER,
            ),
          });
          await page.goto(`${UT}/Alerting/Integraties/Nieuw/r34-27`);
          await poke(page);
          await sleep(2500);
          await clickAt(page, '#e-h');
          await sleep(2500);
          expect(await fieldValue(page, '#e-url')).toBe('');
          const hits = await page.evaluate(scanForKey, keyOf(fill), [], false);
          expect(hits, 'places that hold the key').toEqual([]);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-28 DE escalation levels on the same recording page: AlertOps prod is ticked and the key reaches nothing the page can read',
      async () => {
        // Ground: README step 3; Threats "content scripts ... ask the worker for the one URL they fill" (a tick needs
        // no URL); "never sends the URL anywhere".
        const fill = await freshStart('Uptrends – R34-28');
        try {
          const page = await tab({
            [`${UT}/Alarmierung/Meldedefinitionen/Bearbeiten/r34-28`]: levelsDoc(
              'de',
              { names: [...W.de.builtIn, 'Slack #ops', 'AlertOps prod'] },
              RECORDER,
            ),
          });
          await page.goto(`${UT}/Alarmierung/Meldedefinitionen/Bearbeiten/r34-28`);
          await poke(page);
          await pollModel(page, (m) => m?.boxes?.['1:AlertOps prod'], true);
          await sleep(2000);
          const hits = await page.evaluate(scanForKey, keyOf(fill), [], false);
          expect(hits, 'places that hold the key').toEqual([]);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );
    it(
      'R34-32 EN editor holding the user\'s own URL on the recording page: while "Replace?" waits the captured key is nowhere the page can read; after "Replace with the AlertOps URL" it is only in the field',
      async () => {
        // Ground: README "never overwrites a value you typed (it offers to replace it instead)"; Threats "the URL is
        // masked until 'Show'"; "content scripts ... ask the worker for the one URL they fill"; never logged.
        const fill = await seedCapture('Uptrends – R34-32');
        const own = validUrl('Custom');
        try {
          const page = await tab({
            [`${UT}/Alerting/Integrations/Edit/r34-32`]: editorDoc('en', { value: own }, RECORDER),
          });
          await page.goto(`${UT}/Alerting/Integrations/Edit/r34-32`);
          await poke(page);
          await eventually(
            () => noticeText(page),
            (t) => /replace/i.test(t),
            WAIT,
          ).catch(async () => {
            throw new Error(`no Replace prompt\n${await explain(page)}`);
          });
          await sleep(1500);
          expect(
            await page.evaluate(scanForKey, keyOf(fill), [], false),
            'places holding the key before the answer',
          ).toEqual([]);
          await clickNotice(page, /Replace with the AlertOps URL/);
          await expectFilled(page, fill);
          await sleep(1500);
          expect(await page.evaluate(scanForKey, keyOf(fill), ['e-url'], false), 'places other than the field').toEqual(
            [],
          );
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R34-33 NL editor with the "⋯" value dialog on the recording page: after the fill through the dialog the key is only in the dialog\'s Waarde field, the editor\'s own value and what the page drew from its model',
      async () => {
        // Ground: README step 2 (the '⋯' value dialog); Threats "never logged ... masked until 'Show'"; "never sends
        // the URL anywhere".
        const fill = await seedCapture('Uptrends – R34-33');
        try {
          const page = await tab({
            [`${UT}/Alerting/Integraties/Nieuw/r34-33`]: editorDoc('nl', { dialog: true }, RECORDER),
          });
          await page.goto(`${UT}/Alerting/Integraties/Nieuw/r34-33`);
          await poke(page);
          await pollModel(page, (m) => m?.url, fill, 20_000);
          await poke(page);
          await sleep(2000);
          const hits = await page.evaluate(scanForKey, keyOf(fill), ['e-show', 'vd-val'], true);
          expect(hits, 'places other than the dialog field and the editor').toEqual([]);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );
  });

  it(
    'R34-99 no key shown by any page of this file appears in a console line of a page, the extension or Firefox',
    () => {
      expect(issuedKeys().length).toBeGreaterThan(0);
      const all = ff.logs.join('\n');
      for (const key of issuedKeys()) expect(all).not.toContain(key);
    },
    TEST_TIMEOUT,
  );
});
