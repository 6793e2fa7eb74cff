/**
 * Blind acceptance renderings, round 38: WEB COMPONENTS AND DESIGN SYSTEMS, in real Firefox ESR with dist/firefox
 * installed (see firefox.ts). Written from domain.md, the Uptrends KB, the README and the test helpers only (no
 * extension source read).
 *
 * Each page emulates, in plain JavaScript inside the page (custom elements defined by the page; no network, no
 * library), the components of one design system as the real library builds them: Shoelace / Web Awesome (sl-input,
 * wa-input form-associated, sl-checkbox, sl-switch, sl-tab-group, sl-card, sl-details, sl-copy-button), Ionic (ion-input
 * drawn in light DOM as Ionic's scoped components are, ion-checkbox, ion-toggle, ion-segment, ion-card, ion-item,
 * ion-note; hidden until `.hydrated`; defined late by a lazy loader), Material Web (md-outlined-text-field,
 * md-checkbox and md-switch form-associated and labelled by a wrapping <label>, md-tabs), Microsoft FAST / Fluent
 * (fluent-text-field form-associated, label in its default slot, the page learning only from its `change`), Adobe
 * Spectrum (sp-field-label `for`, sp-textfield, sp-tabs with sp-tab `label`, sp-checkbox, sp-switch; a decorative icon
 * in a closed shadow root), SAP UI5 (ui5-label `for`, ui5-input, ui5-tabcontainer drawing its tab strip from the tabs'
 * `text` attributes and slotting only the selected tab, ui5-checkbox with no native input: a role=checkbox div in its
 * shadow root and its `text` attribute), Vaadin (vaadin-text-field and vaadin-checkbox whose <input> and <label> are
 * created in light DOM and slotted, `value-changed` / `checked-changed`, defined late; vaadin-tabsheet), Salesforce
 * Lightning (lightning-input whose `change` CustomEvent carries detail.value, fired on every input), Carbon
 * (cds-code-snippet with slotted text and a shadow Copy button, cds-tabs, cds-checkbox `label-text`, cds-toggle) and
 * Lit apps (a whole editor or level drawn in the app's own shadow root, nested component shadow roots, an update cycle
 * batched in a microtask that re-renders with Lit's `live()` value binding, a clock re-rendering the template).
 *
 * Uptrends pages keep `window.model`: what the page's model learnt from the components' own events, and
 * `window.saved`: Save clicks; form-associated components also give `window.formData()` (what the form would submit).
 * The user acts with trusted mouse clicks and key presses by coordinates; waits poll the model or the stored captures.
 *
 * Grounds:
 * - domain.md, AlertOps: current UI (app.alertops.com) "The saved integration page displays the endpoint URL at the
 *   top", "with a Copy button"; older UI (per-tenant hosts) "Save, then 'API URL'"; URL
 *   `https://notify.alertops.com/POSTAlert/<key>/<name>`; AlertOps labels stay in English.
 * - domain.md, Uptrends: fields "Integration name", "Integration type", "Predefined variables" (a row per variable with
 *   "Specify value here" and a value), escalation level tabs "Escalation level 1..4", "Active", "Alerting by
 *   integrations" with one checkbox per integration; the label table in EN/NL/DE/FR; "Assume a framework that only
 *   notices a value when input/change events fire, and that may re-render (replace) nodes at any time".
 * - README step 1 "captures the generated API URL the moment the saved integration shows it"; Limits "Any page of the
 *   AlertOps console that shows a URL labelled as an API URL, or beside a Copy button, is captured"; Threats: a
 *   valid-shaped URL that is not a saved integration's (documentation, help, code samples) is not captured; the probe
 *   reads "the text of the shadow roots" and "the text fields' values"; Architecture `src/dom`: "open shadow roots";
 *   Tests: "a form or level spread over nested shadow roots, each field or checkbox a component with its label slotted
 *   in, as Shoelace or Lit build them: read through the composed tree"; rounds 36 and 37 "field components' inputs
 *   re-read, Copy buttons and tooltips drawn in shadow roots, slotted tab words".
 * - README step 2 "fills the captured URL into the AlertOps predefined variable ... and proposes an integration name.
 *   You review and click Save"; "never clicks Save, never overwrites a value you typed".
 * - README step 3 "ticks your AlertOps integration under 'Alerting by integrations'. It asks when ... the level is not
 *   active"; Settings auto-tick "on which levels" (every level by default, as blind-firefox-hostile R34-23 and round
 *   37: ticked on level 2 when the user opens it); "an integration whose name says 'AlertOps' ... is taken for the
 *   AlertOps one"; never clicks Save; never logged.
 * - Not asserted (no promise): the notice's words; the capture's name where the page shows it only inside a component
 *   (README left-outs: names in a Shoelace input, a UI5 form); whether a level the user has not opened is ticked before
 *   they open it; anything only inside a closed shadow root (the README speaks of open ones; the one closed root here
 *   holds an icon).
 *
 * Results (first runs): 22 renderings R38-01..R38-22, with the controls R38-08c, R38-10c, R38-12c, R38-13c and R38-14c;
 * 5 fail, all one way: in the Uptrends editor, the AlertOps URL variable's field is a component whose <input> lives in
 * the component's own open shadow root (as Shoelace / Web Awesome, Material Web, FAST, Lit and Lightning draw it).
 * The extension finds the editor through the same shadow roots (it proposes the name, written into a shadow <input>
 * of the same kind and heard by the page through the component's event), but never writes the URL: the model's url
 * stays "", the inner input stays empty, no notice is shown, after 8 s (12 s in the first runs). README step 2 ("fills the captured URL into
 * the AlertOps predefined variable") and README Tests ("a form ... spread over nested shadow roots, each field ... a
 * component with its label slotted in, as Shoelace or Lit build them: read through the composed tree").
 * - R38-08 FAILS: EN wa-input (form-associated, label attribute). Control R38-08c (plain <label>+<input> in the same
 *   cell): filled, model and form data.
 * - R38-10 FAILS: DE md-outlined-text-field (aria-label on the inner input). Control R38-10c: filled.
 * - R38-12 FAILS: EN fluent-text-field with its label slotted in (the README's own example), variables drawn late, the
 *   user's typed name kept (that part holds). Control R38-12c: filled, typed name kept.
 * - R38-13 FAILS: DE Lit app, sl-input nested in the app's shadow root. Control R38-13c (a plain <input> in the app's
 *   shadow root, one level deep): filled.
 * - R38-14 FAILS: NL lightning-input. Control R38-14c: filled.
 * Fields whose <input> the component puts in light DOM (Ionic's ion-input R38-09, Vaadin's slotted input R38-11) are
 * filled. All of step 1 (capture from shadow inputs, slotted text, code snippets; samples left alone) and step 3
 * (tabs and checkboxes of seven design systems, UI5's role=checkbox without an input, late definitions, inactive level
 * left unticked) pass.
 * Three full runs (168 to 180 s, then 156 s with the 8 s wait) gave the same 5 failures and 23 passes; nothing flaky seen.
 * Fixed the same stop (all five failed with the build before the fix): a value field labelled only "Value" is named by
 * the variable's row around its component, and the variable's row is found around it, climbing out of the component's
 * shadow root (it stopped at the shadow root before, so the field was never taken for the AlertOps URL's).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, type FirefoxWithExtension, firefoxSkipReason, launchFirefoxWithExtension } from './firefox.ts';
import {
  type AnyModel,
  explain,
  model,
  OpenedPages,
  pollModel as pollPageModel,
  type Route,
  seedCapture as seedStoredCapture,
  waitForCapture as waitForStoredCapture,
} from './firefox-pages.ts';
import { issuedKeys, sleep, validUrl } from './hostile-pages.ts';

const TEST_TIMEOUT = 60_000;
const WAIT = 12_000;
/** How long an Uptrends editor may take to show the URL in its model (README: fill latency 15.6 ms; late pages ~2 s). */
const FILL_WAIT = 8_000;
const UT = 'https://app.uptrends.com';
const AO = 'AlertOps prod';

const skipReason = await firefoxSkipReason();
if (skipReason) console.warn(`[firefox] blind round 38 (web components) SKIPPED: ${skipReason}`);

/** Uptrends labels per language (domain.md's table). */
const W = {
  en: {
    list: 'Integrations',
    newTitle: 'New integration',
    name: 'Integration name',
    type: 'Integration type',
    vars: 'Predefined variables',
    here: 'Specify value here',
    inLevel: 'Specify value in escalation level',
    value: 'Value',
    save: 'Save',
    defs: 'Alert definitions',
    level: 'Escalation level',
    active: 'Active',
    section: 'Alerting by integrations',
    builtIn: ['E-mail', 'SMS', 'Phone'],
  },
  nl: {
    list: 'Integraties',
    newTitle: 'Nieuwe integratie',
    name: 'Integratienaam',
    type: 'Integratietype',
    vars: 'Voorgedefinieerde variabelen',
    here: 'Waarde hier opgeven',
    inLevel: 'Waarde opgeven in escalatieniveau',
    value: 'Waarde',
    save: 'Opslaan',
    defs: 'Alertdefinities',
    level: 'Escalatieniveau',
    active: 'Actief',
    section: 'Alerts versturen door integraties',
    builtIn: ['E-mail', 'SMS', 'Telefoon'],
  },
  de: {
    list: 'Integrationen',
    newTitle: 'Neue Integration',
    name: 'Integrationsname',
    type: 'Integrationstyp',
    vars: 'Vordefinierte Variablen',
    here: 'Wert hier eintragen',
    inLevel: 'Wert in Eskalationsstufe eintragen',
    value: 'Wert',
    save: 'Speichern',
    defs: 'Meldedefinitionen',
    level: 'Eskalationsstufe',
    active: 'Aktiv',
    section: 'Alarmierung durch Integrationen',
    builtIn: ['E-Mail', 'SMS', 'Telefon'],
  },
  fr: {
    list: 'Intégrations',
    newTitle: 'Nouvelle intégration',
    name: "Nom de l'intégration",
    type: "Type d'intégration",
    vars: 'Variables prédéfinies',
    here: 'Spécifiez la valeur ici',
    inLevel: "Spécifiez la valeur dans le niveau d'escalade",
    value: 'Valeur',
    save: 'Enregistrer',
    defs: "Définitions d'alerte",
    level: "Niveau d'escalade",
    active: 'Actif',
    section: 'Alertes par intégrations',
    builtIn: ['E-mail', 'SMS', 'Téléphone'],
  },
} as const;
type Lang = keyof typeof W;

const STYLE = `<style>body{font:14px system-ui,sans-serif;margin:0;padding:8px 8px 220px} .fg{margin:8px 0}
table{border-collapse:collapse} td,th{border:1px solid #ccc;padding:4px 6px;text-align:left} ul{padding-left:8px} li{list-style:none;margin:3px 0}
ion-app ion-card:not(.hydrated),ion-item:not(.hydrated),ion-note:not(.hydrated),ion-button:not(.hydrated),ion-input:not(.hydrated),ion-checkbox:not(.hydrated),ion-toggle:not(.hydrated),ion-segment:not(.hydrated),ion-segment-button:not(.hydrated){visibility:hidden}
vaadin-checkbox:not(:defined),vaadin-text-field:not(:defined){visibility:hidden}</style>`;

/**
 * Page-side component library. `register(tags, delay)` defines the named components (after `delay` ms, as a lazy
 * loader would). Components keep their state in properties and draw it in a microtask-batched update (Lit's cycle);
 * a text field's inner <input> is written with `live()` semantics (set when it differs from the property).
 */
const LIB = `
function esc(s) { s = s == null ? '' : '' + s; return s.split('&').join('&amp;').split('<').join('&lt;').split('>').join('&gt;').split('"').join('&quot;'); }
function clock() { var d = new Date(); function p(n) { return (n < 10 ? '0' : '') + n; } return p(d.getHours()) + ':' + p(d.getMinutes()) + ':' + p(d.getSeconds()); }
window.saved = 0;
var REG = {};
function fire(el, type, detail) { el.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail: detail })); }
function register(tags, delay) {
  var go = function () { tags.forEach(function (t) { if (!customElements.get(t)) customElements.define(t, REG[t]()); }); window.defined = (window.defined || 0) + 1; };
  if (delay) setTimeout(go, delay); else go();
}
class Base extends HTMLElement {
  connectedCallback() {
    if (!this._firstDone) { this._root = this.constructor.light ? null : this.attachShadow({ mode: this.constructor.mode || 'open', delegatesFocus: !!this.constructor.focus }); this._firstDone = true; this.first(this._root); }
    this.classList.add('hydrated');
    this.requestUpdate();
  }
  attributeChangedCallback() { if (this._firstDone) this.requestUpdate(); }
  requestUpdate() { if (this._q) return; this._q = true; var self = this; queueMicrotask(function () { self._q = false; window.updates = (window.updates || 0) + 1; self.update(); }); }
  first() {}
  update() {}
}
function simple(html, role) { return function () { return class extends Base { first(r) { r.innerHTML = html; if (role) this.setAttribute('role', role); } }; }; }
function textField(o) {
  return function () { return class extends Base {
    static get formAssociated() { return !!o.form; }
    static get observedAttributes() { return ['label', 'readonly', 'value', 'disabled']; }
    static get focus() { return true; }
    constructor() { super(); if (o.form) this._int = this.attachInternals(); this._v = null; }
    get value() { return this._v == null ? this.getAttribute('value') || '' : this._v; }
    set value(v) { this._v = v == null ? '' : '' + v; if (this._int) this._int.setFormValue(this._v); this.requestUpdate(); }
    get name() { return this.getAttribute('name'); }
    first(r) {
      var lab = o.label === 'slot' ? '<slot></slot>' : o.label === 'attr' ? '<slot name="label"></slot>' : '';
      r.innerHTML = '<style>:host{display:inline-block;margin:2px 0} input{font:inherit;width:36em}</style><div part="form-control">' + (lab ? '<label part="form-control-label" id="label" for="input">' + lab + '</label><br>' : '') + '<div part="base" class="field"><input part="input" id="input" class="input" type="text"></div></div>';
      var i = this._in = r.getElementById('input'), self = this;
      i.addEventListener('input', function () { self.value = i.value; (o.input || []).forEach(function (t) { fire(self, t, { value: i.value }); }); });
      i.addEventListener('change', function () { self.value = i.value; (o.change || []).forEach(function (t) { fire(self, t, { value: i.value }); }); });
      if (this._int) this._int.setFormValue(this.value);
    }
    update() {
      var s = this._root.querySelector('slot[name=label]'), l = this.getAttribute('label') || '';
      if (s && s.textContent !== l) s.textContent = l;
      if (o.aria) this._in.setAttribute('aria-label', l);
      if (o.forLabel && this.id) { var fl = document.querySelector(o.forLabel + '[for="' + this.id + '"]'); if (fl) this._in.setAttribute('aria-label', fl.textContent.trim()); }
      this._in.readOnly = this.hasAttribute('readonly'); this._in.disabled = this.hasAttribute('disabled');
      if (this._in.value !== this.value) this._in.value = this.value;
    }
  }; };
}
function toggle(o) {
  return function () { return class extends Base {
    static get formAssociated() { return !!o.form; }
    static get observedAttributes() { return ['checked', 'selected', 'label', 'label-text', 'disabled']; }
    constructor() {
      super(); if (o.form) this._int = this.attachInternals(); this._c = null; var self = this;
      if (o.hostClick) this.addEventListener('click', function (e) { if (e.composedPath()[0] === self && self._in) self._in.click(); });
    }
    get checked() { return this._c == null ? this.hasAttribute(o.attr || 'checked') : this._c; }
    set checked(v) { this._c = !!v; this._form(); this.requestUpdate(); }
    get selected() { return this.checked; }
    set selected(v) { this.checked = v; }
    get name() { return this.getAttribute('name'); }
    _form() { if (this._int) this._int.setFormValue(this.checked ? this.getAttribute('value') || 'on' : null); }
    first(r) {
      var lab = o.label === 'slot' ? '<slot></slot>' : o.label ? '<slot name="lbl"></slot>' : '';
      r.innerHTML = '<style>:host{display:inline-block}</style><label part="base"><input part="control" id="input" type="checkbox"' + (o.role ? ' role="' + o.role + '"' : '') + '>' + (lab ? ' <span part="label">' + lab + '</span>' : '') + '</label>';
      var i = this._in = r.getElementById('input'), self = this;
      i.addEventListener('change', function () { self.checked = i.checked; (o.change || []).forEach(function (t) { fire(self, t, { checked: i.checked }); }); });
      this._form();
    }
    update() {
      var s = this._root.querySelector('slot[name=lbl]'), l = this.getAttribute(o.label) || '';
      if (s && s.textContent !== l) s.textContent = l;
      if (this._in.checked !== this.checked) this._in.checked = this.checked;
      if (o.role) this._in.setAttribute('aria-checked', '' + this.checked);
    }
  }; };
}
/** A tab whose words are its light-DOM text, or (labelAttr) an attribute drawn in its shadow root. */
function tab(o) {
  return function () { return class extends Base {
    static get observedAttributes() { return [o.active, o.labelAttr || 'x-none']; }
    first(r) { r.innerHTML = '<style>:host{display:inline-block;padding:6px 10px;cursor:pointer} :host([' + o.active + ']){font-weight:bold;border-bottom:2px solid #06c}</style><div part="base"><slot></slot><span id="item-label"></span></div>'; this.setAttribute('role', 'tab'); }
    update() { var a = this.hasAttribute(this.constructor.activeAttr || o.active); this.setAttribute('aria-selected', '' + a); this.tabIndex = a ? 0 : -1; if (o.labelAttr) this._root.getElementById('item-label').textContent = this.getAttribute(o.labelAttr) || ''; }
  }; };
}
/** A tab group: a click on one of its tabs activates it and shows the panel it names (o.mode: 'child' or 'id'). */
function tabGroup(o) {
  return function () { return class extends Base {
    first(r) {
      r.innerHTML = '<style>:host{display:block} [part=nav]{display:flex;gap:8px;border-bottom:1px solid #ccc;margin-bottom:8px}</style><div part="nav" role="tablist"><slot name="' + (o.navSlot || '') + '"></slot></div><div part="body"><slot></slot></div>';
      if (!o.navSlot) r.querySelector('[part=nav] slot').removeAttribute('name');
      if (!o.navSlot) r.querySelector('[part=body]').textContent = '';
      var self = this;
      this.addEventListener('click', function (e) { var t = e.composedPath().filter(function (n) { return n.tagName === o.tab; })[0]; if (t && t.parentNode && (t.parentNode === self || t.parentNode.parentNode === self)) self.show(t.getAttribute(o.key)); });
      var first = this.querySelector(o.tab.toLowerCase() + '[' + o.active + ']') || this.querySelector(o.tab.toLowerCase());
      if (first) setTimeout(function () { self.show(first.getAttribute(o.key)); }, 0);
    }
    show(key) {
      var tabs = this.querySelectorAll(o.tab.toLowerCase()), i;
      for (i = 0; i < tabs.length; i++) tabs[i].toggleAttribute(o.active, tabs[i].getAttribute(o.key) === key);
      if (o.mode === 'child') { var ps = this.querySelectorAll(o.panel); for (i = 0; i < ps.length; i++) ps[i].toggleAttribute(o.panelActive, ps[i].getAttribute(o.panelKey) === key); }
      if (o.mode === 'id') for (i = 0; i < tabs.length; i++) { var p = document.getElementById(tabs[i].getAttribute(o.key)); if (p) p.hidden = tabs[i].getAttribute(o.key) !== key; }
      this.setAttribute('data-shown', key);
      fire(this, o.event, { name: key, value: key });
    }
  }; };
}
function panel(attr) {
  return function () { return class extends Base {
    static get observedAttributes() { return [attr]; }
    first(r) { r.innerHTML = '<style>:host{display:block} :host(:not([' + attr + '])){display:none}</style><slot part="base"></slot>'; this.setAttribute('role', 'tabpanel'); }
    update() { this.setAttribute('aria-hidden', '' + !this.hasAttribute(attr)); }
  }; };
}
var BTN = '<button part="base" class="button" type="button"><span class="label"><slot></slot></span></button>';
REG['wa-input'] = textField({ label: 'attr', form: true, input: ['wa-input'], change: ['wa-change'] });
REG['sl-input'] = textField({ label: 'attr', input: ['sl-input'], change: ['sl-change'] });
REG['md-outlined-text-field'] = textField({ label: 'attr', aria: true, form: true, change: ['change'] });
REG['fluent-text-field'] = textField({ label: 'slot', form: true, change: ['change'] });
REG['sp-textfield'] = textField({ label: 'none', change: ['change'] });
REG['ui5-input'] = textField({ label: 'none', forLabel: 'ui5-label', input: ['input'], change: ['change'] });
REG['lightning-input'] = textField({ label: 'attr', input: ['change'] });
REG['sl-checkbox'] = toggle({ label: 'slot', change: ['sl-change'] });
REG['sl-switch'] = toggle({ label: 'slot', role: 'switch', change: ['sl-change'] });
REG['ion-checkbox'] = toggle({ label: 'slot', change: ['ionChange'] });
REG['ion-toggle'] = toggle({ label: 'slot', role: 'switch', change: ['ionChange'] });
REG['md-checkbox'] = toggle({ form: true, hostClick: true, change: ['change'] });
REG['md-switch'] = toggle({ form: true, hostClick: true, role: 'switch', attr: 'selected', change: ['change'] });
REG['cds-checkbox'] = toggle({ label: 'label-text', change: ['cds-checkbox-changed'] });
REG['cds-toggle'] = toggle({ label: 'label-text', role: 'switch', change: ['cds-toggle-changed'] });
REG['sp-checkbox'] = toggle({ label: 'slot', change: ['change'] });
REG['sp-switch'] = toggle({ label: 'slot', role: 'switch', change: ['change'] });
REG['sl-tab'] = tab({ active: 'active' });
REG['sl-tab-panel'] = panel('active');
REG['sl-tab-group'] = tabGroup({ tab: 'SL-TAB', key: 'panel', active: 'active', navSlot: 'nav', mode: 'child', panel: 'sl-tab-panel', panelKey: 'name', panelActive: 'active', event: 'sl-tab-show' });
REG['sp-tab'] = tab({ active: 'selected', labelAttr: 'label' });
REG['sp-tab-panel'] = panel('selected');
REG['sp-tabs'] = tabGroup({ tab: 'SP-TAB', key: 'value', active: 'selected', navSlot: 'tab', mode: 'child', panel: 'sp-tab-panel', panelKey: 'value', panelActive: 'selected', event: 'change' });
REG['md-primary-tab'] = tab({ active: 'active' });
REG['md-tabs'] = tabGroup({ tab: 'MD-PRIMARY-TAB', key: 'aria-controls', active: 'active', mode: 'id', event: 'change' });
REG['cds-tab'] = tab({ active: 'selected' });
REG['cds-tabs'] = tabGroup({ tab: 'CDS-TAB', key: 'target', active: 'selected', mode: 'id', event: 'cds-tabs-selected' });
REG['ion-segment-button'] = tab({ active: 'aria-pressed-x' });
REG['ion-segment'] = tabGroup({ tab: 'ION-SEGMENT-BUTTON', key: 'value', active: 'aria-pressed-x', mode: 'none', event: 'ionChange' });
REG['sl-card'] = simple('<div part="base" class="card"><div part="header"><slot name="header"></slot></div><div part="body"><slot></slot></div></div>');
REG['sl-copy-button'] = simple('<button part="button" type="button" aria-label="Copy"><svg viewBox="0 0 16 16" width="16" height="16"><rect x="3" y="3" width="9" height="9" fill="none" stroke="currentColor"></rect></svg></button>');
REG['ion-card'] = simple('<div class="card-native"><slot></slot></div>');
REG['ion-card-header'] = simple('<div class="header"><slot></slot></div>');
REG['ion-card-title'] = simple('<div class="title" role="heading" aria-level="2"><slot></slot></div>');
REG['ion-card-content'] = simple('<slot></slot>');
REG['ion-item'] = simple('<div class="item-native" part="native"><slot name="start"></slot><div class="item-inner"><div class="input-wrapper"><slot></slot></div><slot name="end"></slot></div></div>', 'listitem');
REG['ion-label'] = simple('<slot></slot>');
REG['ion-note'] = simple('<slot></slot>');
REG['ion-button'] = simple('<button type="button" class="button-native" part="native"><span class="button-inner"><slot></slot></span></button>');
REG['md-filled-tonal-button'] = simple(BTN);
REG['fluent-button'] = simple(BTN);
REG['sp-field-label'] = simple('<label><slot></slot></label>');
REG['sp-icon-copy'] = function () { return class extends Base { static get mode() { return 'closed'; } first(r) { r.innerHTML = '<svg viewBox="0 0 18 18" width="18" height="18" aria-hidden="true"><rect x="4" y="4" width="10" height="10" fill="none" stroke="currentColor"></rect></svg>'; } }; };
REG['sp-action-button'] = function () { return class extends Base { first(r) { r.innerHTML = '<button id="button" type="button" part="button"><slot name="icon"></slot><span id="label"><slot></slot></span></button>'; } update() { var l = this.getAttribute('label'); if (l) this._root.getElementById('button').setAttribute('aria-label', l); } }; };
REG['ui5-label'] = simple('<style>:host([show-colon]) .c::before{content:":"}</style><label class="ui5-label-root"><span class="ui5-label-text-wrapper"><bdi><slot></slot></bdi></span><span class="c"></span></label>');
REG['ui5-button'] = function () { return class extends Base { first(r) { r.innerHTML = '<button type="button" class="ui5-button-root" part="button"><span class="ui5-button-icon" aria-hidden="true">&#x2398;</span><span class="ui5-button-text"><bdi><slot></slot></bdi></span></button>'; } update() { var t = this.getAttribute('tooltip'); if (t) { var b = this._root.querySelector('button'); b.title = t; b.setAttribute('aria-label', t); } } }; };
REG['ui5-message-strip'] = simple('<div class="ui5-message-strip-root" role="note" aria-live="polite"><span class="ui5-hidden-text">Information</span><span class="ui5-message-strip-content"><slot></slot></span></div>');
REG['cds-code-snippet'] = function () { return class extends Base {
  first(r) { r.innerHTML = '<div role="textbox" tabindex="0" class="cds--snippet-container" aria-readonly="true"><code><pre><slot></slot></pre></code></div><button type="button" class="cds--copy-btn" part="button" aria-label="Copy to clipboard"><svg width="16" height="16" viewBox="0 0 16 16"><rect x="3" y="3" width="9" height="9" fill="none" stroke="currentColor"></rect></svg><span class="cds--assistive-text" role="status" aria-live="polite"></span></button>'; if (this.hasAttribute('hide-copy-button')) r.querySelector('button').remove(); }
}; };
REG['ion-input'] = function () { return class extends Base {
  static get light() { return true; }
  static get observedAttributes() { return ['label', 'value']; }
  get value() { return this._i ? this._i.value : this.getAttribute('value') || ''; }
  set value(v) { if (this._i) this._i.value = v; }
  first() {
    var w = document.createElement('label'); w.className = 'input-wrapper';
    w.innerHTML = '<div class="label-text-wrapper"><div class="label-text"></div></div><div class="native-wrapper"><input class="native-input" type="text" size="60"></div>';
    this.appendChild(w); this._i = w.querySelector('input'); this._i.value = this.getAttribute('value') || ''; var self = this;
    this._i.addEventListener('input', function () { fire(self, 'ionInput', { value: self._i.value }); });
    this._i.addEventListener('change', function () { fire(self, 'ionChange', { value: self._i.value }); });
  }
  update() { this.querySelector('.label-text').textContent = this.getAttribute('label') || ''; }
}; };
var vid = 0;
REG['vaadin-text-field'] = function () { return class extends Base {
  static get observedAttributes() { return ['label']; }
  get value() { return this._i ? this._i.value : ''; }
  first(r) {
    r.innerHTML = '<div class="vaadin-field-container"><div part="label"><slot name="label"></slot></div><div part="input-field"><slot name="input"></slot></div></div>';
    var n = ++vid, l = document.createElement('label'), i = document.createElement('input');
    l.slot = 'label'; l.id = 'label-vaadin-text-field-' + n; l.setAttribute('for', 'input-vaadin-text-field-' + n);
    i.slot = 'input'; i.id = 'input-vaadin-text-field-' + n; i.type = 'text'; i.size = 60; i.setAttribute('aria-labelledby', l.id);
    this.appendChild(l); this.appendChild(i); this._i = i; var self = this;
    i.addEventListener('input', function () { self.dispatchEvent(new CustomEvent('value-changed', { detail: { value: i.value } })); });
  }
  update() { var l = this.querySelector('label[slot=label]'); if (l) l.textContent = this.getAttribute('label') || ''; }
}; };
REG['vaadin-checkbox'] = function () { return class extends Base {
  static get observedAttributes() { return ['label']; }
  get checked() { return this._i ? this._i.checked : this.hasAttribute('checked'); }
  set checked(v) { if (this._i) this._i.checked = !!v; this.toggleAttribute('checked', !!v); }
  first(r) {
    r.innerHTML = '<div class="vaadin-checkbox-container"><div part="checkbox"><slot name="input"></slot></div><slot name="label"></slot></div>';
    var n = ++vid, l = document.createElement('label'), i = document.createElement('input');
    l.slot = 'label'; l.id = 'label-vaadin-checkbox-' + n; l.setAttribute('for', 'input-vaadin-checkbox-' + n);
    i.slot = 'input'; i.id = 'input-vaadin-checkbox-' + n; i.type = 'checkbox'; i.checked = this.hasAttribute('checked');
    this.appendChild(i); this.appendChild(l); this._i = i; var self = this;
    i.addEventListener('change', function () { self.toggleAttribute('checked', i.checked); self.dispatchEvent(new CustomEvent('checked-changed', { detail: { value: i.checked } })); });
  }
  update() { var l = this.querySelector('label[slot=label]'); if (l) l.textContent = this.getAttribute('label') || ''; }
}; };
REG['vaadin-tab'] = tab({ active: 'selected' });
REG['vaadin-tabs'] = simple('<div part="tabs"><slot></slot></div>', 'tablist');
REG['vaadin-tabsheet'] = function () { return class extends Base {
  first(r) {
    r.innerHTML = '<div part="tabs-container"><slot name="tabs"></slot></div><div part="content"><slot></slot></div>';
    var self = this;
    this.addEventListener('click', function (e) { var t = e.composedPath().filter(function (n) { return n.tagName === 'VAADIN-TAB'; })[0]; if (t) self.show(t.id); });
    setTimeout(function () { var f = self.querySelector('vaadin-tab'); if (f) self.show(f.id); }, 0);
  }
  show(id) {
    var tabs = this.querySelectorAll('vaadin-tab'), i, c = this.querySelectorAll(':scope > [tab]');
    for (i = 0; i < tabs.length; i++) tabs[i].toggleAttribute('selected', tabs[i].id === id);
    for (i = 0; i < c.length; i++) { c[i].hidden = c[i].getAttribute('tab') !== id; c[i].setAttribute('role', 'tabpanel'); }
    fire(this, 'selected-changed', { value: id });
  }
}; };
REG['ui5-checkbox'] = function () { return class extends Base {
  static get observedAttributes() { return ['checked', 'text']; }
  get checked() { return this.hasAttribute('checked'); }
  set checked(v) { this.toggleAttribute('checked', !!v); }
  first(r) {
    r.innerHTML = '<style>:host{display:inline-block} .root{cursor:pointer;padding:2px} .box{display:inline-block;width:14px;height:14px;border:1px solid #333;vertical-align:middle} .root[aria-checked=true] .box{background:#0a6ed1}</style><div class="ui5-checkbox-root root" part="root" role="checkbox" tabindex="0" aria-checked="false"><span class="box"></span> <span class="ui5-checkbox-label"></span></div>';
    var root = r.querySelector('.root'), self = this;
    function flip() { self.checked = !self.checked; self.dispatchEvent(new CustomEvent('change', { bubbles: true })); }
    root.addEventListener('click', flip);
    root.addEventListener('keyup', function (e) { if (e.key === ' ') flip(); });
  }
  update() { var root = this._root.querySelector('.root'); root.setAttribute('aria-checked', '' + this.checked); root.querySelector('.ui5-checkbox-label').textContent = this.getAttribute('text') || ''; }
}; };
REG['ui5-tab'] = simple('<div role="tabpanel" class="ui5-tab-root"><slot></slot></div>');
REG['ui5-tabcontainer'] = function () { return class extends Base {
  first(r) {
    r.innerHTML = '<style>[role=tab]{display:inline-block;padding:6px 10px;cursor:pointer} [aria-selected=true]{font-weight:bold}</style><div class="ui5-tc__header"><div role="tablist" class="ui5-tc__headerList"></div></div><div class="ui5-tc__content" part="content"><slot name="sel"></slot></div>';
    var self = this;
    r.querySelector('[role=tablist]').addEventListener('click', function (e) { var t = e.target.closest('[role=tab]'); if (t) self.show(+t.dataset.i); });
    setTimeout(function () { self.show(1); }, 0);
  }
  show(n) {
    var tabs = this.querySelectorAll('ui5-tab'), list = this._root.querySelector('[role=tablist]'), i, h = '';
    for (i = 0; i < tabs.length; i++) { tabs[i].toggleAttribute('selected', i + 1 === n); if (i + 1 === n) tabs[i].slot = 'sel'; else tabs[i].removeAttribute('slot'); h += '<div role="tab" class="ui5-tab-strip-item" data-i="' + (i + 1) + '" aria-selected="' + (i + 1 === n) + '" tabindex="' + (i + 1 === n ? 0 : -1) + '"><span class="ui5-tab-strip-itemText">' + esc(tabs[i].getAttribute('text')) + '</span></div>'; }
    list.innerHTML = h;
    fire(this, 'tab-select', { tabIndex: n - 1 });
  }
}; };
`;

function utDoc(lang: Lang, body: string, script: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Uptrends</title>${STYLE}</head>
<body>${body}<script>var L = ${JSON.stringify(W[lang])};
${LIB}
${script}</script></body></html>`;
}

function aoDoc(body: string, script: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AlertOps</title>${STYLE}</head>
<body>${body}<script>${LIB}
${script}</script></body></html>`;
}

/** The URL as page script reads it: decoded at run time, so the page's own source never shows it. */
function hidden(text: string): string {
  return `atob(${JSON.stringify(Buffer.from(text, 'utf8').toString('base64'))})`;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Page-side: the model learns from component events. `learn(types, read)` listens on the document; the component is
 * the first element of the event's composed path with a `data-m` (editor field) or `data-k` (level box) key.
 */
const LEARN = `
window.model = window.model || {};
function keyed(e, attr) { var p = e.composedPath(); for (var i = 0; i < p.length; i++) if (p[i].dataset && p[i].dataset[attr]) return p[i]; return null; }
function learn(types, read) { types.forEach(function (t) { document.addEventListener(t, function (e) {
  var f = keyed(e, 'm'); if (f) { window.model[f.dataset.m] = read(e, f); window.heard = (window.heard || []).concat(t); return; }
  var b = keyed(e, 'k'); if (b) { window.model.boxes[b.dataset.k] = read(e, b); window.heard = (window.heard || []).concat(t); }
}); }); }
window.formData = function () { var f = document.querySelector('form'); var o = {}; if (!f) return o; new FormData(f).forEach(function (v, k) { o[k] = o[k] ? [].concat(o[k], v) : v; }); return o; };
`;

/**
 * A control's AlertOps URL field: what the component draws in its shadow root (a <label> over an <input>), drawn as
 * plain light-DOM markup in the same table cell instead.
 */
const plainField = (label: string, name = '') =>
  `<label for="url">${esc(label)}</label><br><input id="url" data-m="url" type="text" size="60"${name ? ` name="${name}"` : ''}>`;
/** Page-side: a control's plain field is learnt from its own input and change events. */
const PLAIN_LEARN = "learn(['input', 'change'], function (e, f) { return f.value; });";

/** Page-side: the integrations of a level and a level model of `n` levels (level `off` not active). */
const LEVELS = `
var NAMES = L.builtIn.concat(['Slack #ops', 'AlertOps prod']), IDS = ['email', 'sms', 'phone', 'slack', 'alertops'];
function levelModel(n, off) { var m = { level: 1, boxes: {} }; for (var l = 1; l <= n; l++) { m.boxes[l + ':active'] = l !== off; for (var j = 0; j < NAMES.length; j++) m.boxes[l + ':' + NAMES[j]] = l === 1 && j === 0; } return m; }
`;

describe.skipIf(skipReason !== undefined)('Firefox blind round 38: web components and design systems', () => {
  let ff: FirefoxWithExtension;
  const opened = new OpenedPages(() => ff);

  beforeAll(async () => {
    ff = await launchFirefoxWithExtension();
    await ff.captures();
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await ff?.close();
  }, TEST_TIMEOUT);

  const closeAll = () => opened.closeAll();
  const waitForCapture = (url: string, timeout = WAIT) => waitForStoredCapture(ff, url, timeout);
  const pollModel = (page: Page, read: (m: AnyModel) => unknown, expected: unknown, timeout = WAIT) =>
    pollPageModel(page, read, expected, timeout, explain);
  const seedCapture = (label: string) => seedStoredCapture(ff, label, WAIT);

  async function freshStart(label: string): Promise<string> {
    await ff.clearStorage();
    return seedCapture(label);
  }

  async function open(address: string, html: string): Promise<Page> {
    const routes: Record<string, Route> = { [address]: html };
    const page = await opened.serve(routes);
    await page.goto(address);
    await poke(page);
    return page;
  }

  /** A user's click on an empty corner of the page: the page is in use. */
  async function poke(page: Page): Promise<void> {
    await page.mouse.click(3, 855);
  }

  /**
   * A trusted click at the centre of the element reached by `path`: each selector but the last is a host whose open
   * shadow root the next one is looked up in (`>>` steps into it).
   */
  async function clickAt(page: Page, path: string, timeout = WAIT): Promise<void> {
    let point: { x: number; y: number } | null = null;
    try {
      point = await eventually(
        () =>
          page
            .evaluate((p) => {
              let root: Document | ShadowRoot = document;
              let el: Element | null = null;
              for (const sel of p.split(' >> ')) {
                el = root.querySelector(sel);
                if (!el) return null;
                if (el.shadowRoot) root = el.shadowRoot;
              }
              if (!el) return null;
              const r = el.getBoundingClientRect();
              return r.width > 0 && r.height > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
            }, path)
            .catch(() => null),
        (p) => p !== null,
        timeout,
      );
    } catch {
      throw new Error(`nothing to click at ${path}\n${await explain(page)}`);
    }
    if (!point) throw new Error(`nothing to click at ${path}`);
    await page.mouse.click(point.x, point.y);
  }

  async function typeInto(page: Page, path: string, text: string): Promise<void> {
    await clickAt(page, path);
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.type(text, { delay: 10 });
  }

  async function holds<T>(read: () => Promise<T>, expected: T, ms: number, what: string): Promise<void> {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      const value = await read();
      if (JSON.stringify(value) !== JSON.stringify(expected))
        throw new Error(`${what}: ${JSON.stringify(value)} instead of ${JSON.stringify(expected)}`);
      await sleep(200);
    }
  }

  const savedCount = (page: Page) => page.evaluate(() => (window as AnyModel).saved as number);
  const formData = (page: Page) =>
    page.evaluate(() => JSON.parse(JSON.stringify((window as AnyModel).formData())) as Record<string, unknown>);
  const storedUrls = async () => (await ff.captures()).map((c) => c.url);

  /* ============================================================================================================= */

  describe('AlertOps (step 1): the saved integration shows its URL inside components', () => {
    /** Opens the saved page, waits for `url` to be stored, then checks that none of `others` is, a moment later. */
    async function expectCaptured(address: string, html: string, url: string, others: string[], name?: string) {
      const page = await open(address, html);
      const capture = await waitForCapture(url);
      if (name !== undefined) expect(capture.integrationName).toBe(name);
      await poke(page);
      await sleep(1500);
      const stored = await storedUrls();
      for (const other of others) expect(stored, 'a sample or another URL stored').not.toContain(other);
      return capture;
    }

    it(
      'R38-01 current UI with Shoelace: an sl-card (name slotted in its header) holds a read-only sl-input labelled "API URL" by its label attribute, its value set as a property 400 ms after load (only the shadow <input> shows it), an sl-copy-button from="endpoint.value"; an open sl-details "Help" reads "For example: <sample URL>": the URL stored, the sample not',
      async () => {
        // Ground: domain.md current UI ("endpoint URL at the top", "with a Copy button"); README step 1; Limits
        // "labelled as an API URL, or beside a Copy button"; Threats (help, samples not captured); README Tests
        // "field components' inputs re-read".
        await ff.clearStorage();
        const url = validUrl();
        const sample = validUrl('Example');
        const body = `<header>AlertOps · Configurations › Integrations</header><main><h1>Uptrends – Shoelace</h1>
<sl-card><h2 slot="header">Uptrends – Shoelace</h2><sl-input id="endpoint" label="API URL" readonly></sl-input> <sl-copy-button from="endpoint.value"></sl-copy-button></sl-card>
<sl-details summary="Help" open><p>Send a POST request with a JSON body. For example: <code id="sample"></code></p></sl-details>
<section><h2>Basic Settings</h2><p>Template: Uptrends</p><p>Recipient Groups: Ops on call</p></section></main>`;
        const script = `REG['sl-details'] = simple('<details part="base" open><summary part="header">Help</summary><div part="content"><slot></slot></div></details>');
register(['sl-card', 'sl-input', 'sl-copy-button', 'sl-details']);
document.getElementById('sample').textContent = ${hidden(sample)};
setTimeout(function () { document.getElementById('endpoint').value = ${hidden(url)}; }, 400);`;
        try {
          await expectCaptured(
            'https://app.alertops.com/configurations/integrations/inbound/api/38001',
            aoDoc(body, script),
            url,
            [sample],
            'Uptrends – Shoelace',
          );
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R38-02 current UI with Ionic, defined late: ion-card (title slotted), ion-item with ion-label "API URL" and the URL as slotted text of an ion-note, an ion-button "Copy"; every ion-* element hidden until hydrated, the components defined 1.2 s after load; a help ion-card "Example: <sample>" with no Copy: the URL stored, the sample not',
      async () => {
        // Ground: README step 1; Limits "labelled as an API URL"; Threats (samples); README "the text of the shadow
        // roots"; a page that renders late ("a page that renders the URL ... by itself is still noticed").
        await ff.clearStorage();
        const url = validUrl();
        const sample = validUrl('Example');
        const body = `<ion-app><main><h1>Uptrends – Ionic</h1>
<ion-card><ion-card-header><ion-card-title>Endpoint</ion-card-title></ion-card-header><ion-card-content>
<ion-item><ion-label>API URL</ion-label><ion-note slot="end" id="ep"></ion-note><ion-button slot="end" fill="clear">Copy</ion-button></ion-item></ion-card-content></ion-card>
<ion-card><ion-card-header><ion-card-title>Help</ion-card-title></ion-card-header><ion-card-content><p>Uptrends posts alerts as JSON. Example: <span id="sample"></span></p></ion-card-content></ion-card>
</main></ion-app>`;
        const script = `document.getElementById('ep').textContent = ${hidden(url)};
document.getElementById('sample').textContent = ${hidden(sample)};
register(['ion-card', 'ion-card-header', 'ion-card-title', 'ion-card-content', 'ion-item', 'ion-label', 'ion-note', 'ion-button'], 1200);`;
        try {
          await expectCaptured(
            'https://app.alertops.com/configurations/integrations/inbound/api/38002',
            aoDoc(body, script),
            url,
            [sample],
            'Uptrends – Ionic',
          );
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R38-03 current UI with Material Web: a read-only md-outlined-text-field label="Endpoint URL" (form-associated; the label drawn in its shadow root, the inner input aria-labelled), an md-filled-tonal-button "Copy"; a "Sample payload" section reading "For example: <sample>": the URL stored, the sample not',
      async () => {
        // Ground: domain.md current UI ("endpoint URL", "Copy"); README step 1; Threats (samples).
        await ff.clearStorage();
        const url = validUrl();
        const sample = validUrl('Example');
        const body = `<main><h1>Uptrends – Material</h1><form id="f"><div class="endpoint"><md-outlined-text-field id="ep" name="endpoint" label="Endpoint URL" readonly></md-outlined-text-field>
<md-filled-tonal-button id="copy">Copy</md-filled-tonal-button></div></form>
<section><h2>Sample payload</h2><p>For example: <code id="sample"></code></p></section><section><h2>Basic Settings</h2><p>Template: Uptrends</p></section></main>`;
        const script = `register(['md-outlined-text-field', 'md-filled-tonal-button']);
document.getElementById('sample').textContent = ${hidden(sample)};
document.getElementById('ep').value = ${hidden(url)};`;
        try {
          await expectCaptured(
            'https://app.alertops.com/configurations/integrations/inbound/api/38003',
            aoDoc(body, script),
            url,
            [sample],
            'Uptrends – Material',
          );
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R38-04 older UI on a tenant host with FAST/Fluent: the details table\'s "API URL" row holds a read-only fluent-text-field (value only in its shadow input) and a fluent-button "Copy"; the "Integration Name" row names it: stored under that name and the tenant host',
      async () => {
        // Ground: domain.md older UI ("Save, then 'API URL'", per-tenant hosts); README step 1; Limits.
        await ff.clearStorage();
        const url = validUrl();
        const name = 'Contoso Uptrends (Fluent)';
        const body = `<nav>Integrations › Inbound Integrations</nav><main><h1>Inbound Integrations</h1><div role="status">Integration saved.</div>
<table><tbody><tr><th>Integration Name</th><td>${esc(name)}</td></tr><tr><th>Template</th><td>Uptrends</td></tr>
<tr><th>API URL</th><td><fluent-text-field id="ep" readonly></fluent-text-field> <fluent-button id="copy">Copy</fluent-button></td></tr>
<tr><th>Recipient Group(s)/User(s)</th><td>Ops on call</td></tr></tbody></table></main>`;
        const script = `register(['fluent-text-field', 'fluent-button']);
setTimeout(function () { document.getElementById('ep').value = ${hidden(url)}; }, 300);`;
        try {
          const capture = await expectCaptured(
            'https://contoso.alertops.com/Integrations/InboundIntegrations/Details/38004',
            aoDoc(body, script),
            url,
            [],
            name,
          );
          expect(capture.consoleHost).toBe('contoso.alertops.com');
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R38-05 current UI with Spectrum: sp-field-label for="ep" "API URL" (its text slotted; it gives the sp-textfield\'s inner input its aria-label), a read-only sp-textfield, an icon-only sp-action-button label="Copy" whose sp-icon-copy draws in a closed shadow root: the URL stored',
      async () => {
        // Ground: README step 1; Limits "labelled as an API URL, or beside a Copy button"; Tests (Copy buttons in
        // shadow roots). The closed root holds only the icon (no promise is read through it).
        await ff.clearStorage();
        const url = validUrl();
        const body = `<sp-theme><main><h1>Uptrends – Spectrum</h1><div class="endpoint"><sp-field-label for="ep">API URL</sp-field-label>
<sp-textfield id="ep" readonly></sp-textfield> <sp-action-button label="Copy" quiet><sp-icon-copy slot="icon"></sp-icon-copy></sp-action-button></div>
<section><h2>Basic Settings</h2><p>Template: Uptrends</p></section></main></sp-theme>`;
        const script = `REG['sp-textfield'] = textField({ label: 'none', forLabel: 'sp-field-label', change: ['change'] });
register(['sp-field-label', 'sp-textfield', 'sp-action-button', 'sp-icon-copy']);
document.getElementById('ep').value = ${hidden(url)};`;
        try {
          await expectCaptured(
            'https://app.alertops.com/configurations/integrations/inbound/api/38005',
            aoDoc(body, script),
            url,
            [],
          );
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R38-06 current UI with SAP UI5: ui5-label for="ep" show-colon "API URL", a read-only ui5-input (value in its shadow input), a ui5-button tooltip="Copy" (icon only); a ui5-message-strip "Example: <sample>": the URL stored, the sample not',
      async () => {
        // Ground: README step 1; Limits; Threats (documentation, samples).
        await ff.clearStorage();
        const url = validUrl();
        const sample = validUrl('Example');
        const body = `<main><h1>Uptrends – UI5</h1><div class="endpoint"><ui5-label for="ep" show-colon>API URL</ui5-label>
<ui5-input id="ep" readonly></ui5-input> <ui5-button icon="copy" tooltip="Copy" design="Transparent"></ui5-button></div>
<ui5-message-strip design="Information">Uptrends sends a POST with its alert as JSON. Example: <span id="sample"></span></ui5-message-strip>
<section><h2>Basic Settings</h2><p>Template: Uptrends</p></section></main>`;
        const script = `register(['ui5-label', 'ui5-input', 'ui5-button', 'ui5-message-strip']);
document.getElementById('sample').textContent = ${hidden(sample)};
setTimeout(function () { document.getElementById('ep').value = ${hidden(url)}; }, 300);`;
        try {
          await expectCaptured(
            'https://app.alertops.com/configurations/integrations/inbound/api/38006',
            aoDoc(body, script),
            url,
            [sample],
          );
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R38-07 current UI with Carbon: "API URL" caption over a cds-code-snippet type="single" (the URL its slotted text, the Copy button in its shadow root); an "Example request" cds-code-snippet with hide-copy-button holding a sample URL: the URL stored, the sample not',
      async () => {
        // Ground: README step 1; Limits "labelled as an API URL, or beside a Copy button"; Threats (code samples).
        await ff.clearStorage();
        const url = validUrl();
        const sample = validUrl('Example');
        const body = `<main><h1>Uptrends – Carbon</h1><div class="cds--form-item"><p class="cds--label">API URL</p><cds-code-snippet type="single" id="ep"></cds-code-snippet></div>
<section><h2>Example request</h2><p>Any HTTP client can test the integration, for example:</p><cds-code-snippet type="single" hide-copy-button id="sample"></cds-code-snippet></section>
<section><h2>Basic Settings</h2><p>Template: Uptrends</p></section></main>`;
        const script = `register(['cds-code-snippet']);
document.getElementById('sample').textContent = ${hidden(sample)};
setTimeout(function () { document.getElementById('ep').textContent = ${hidden(url)}; }, 300);`;
        try {
          await expectCaptured(
            'https://app.alertops.com/configurations/integrations/inbound/api/38007',
            aoDoc(body, script),
            url,
            [sample],
          );
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );
  });

  /* ============================================================================================================= */

  /** Page-side: an Uptrends editor of type AlertOps whose fields are the given component markup. */
  function editorBody(lang: Lang, o: { name: string; value: string; type?: string; form?: boolean }): string {
    const w = W[lang];
    const type =
      o.type ??
      `<label for="ed-type">${esc(w.type)}</label><br><select id="ed-type" disabled><option>Slack</option><option selected>AlertOps</option></select>`;
    const inner = `<section aria-labelledby="ed-h"><h2 id="ed-h">${esc(w.newTitle)}</h2>
<div class="fg">${o.name}</div><div class="fg">${type}</div>
<h3>${esc(w.vars)}</h3><table><tbody><tr><th id="ed-var" scope="row">AlertOpsUrl</th>
<td><select id="ed-mode" aria-label="AlertOpsUrl"><option>${esc(w.here)}</option><option>${esc(w.inLevel)}</option></select></td>
<td>${o.value}</td></tr></tbody></table>
<p><button type="button" id="ed-save" onclick="window.saved++">${esc(w.save)}</button></p></section>`;
    return `<header>Uptrends · ${esc(w.list)}</header><main><h1>${esc(w.list)}</h1>${o.form ? `<form id="ed" onsubmit="return false">${inner}</form>` : inner}</main>`;
  }

  describe('Uptrends (step 2): the editor built of field components', () => {
    for (const plain of [false, true])
      it(
        plain
          ? 'R38-08c control: the same Web Awesome editor with the AlertOps URL field a plain light-DOM <label> and <input> in the same cell (the name field still a wa-input): the URL in the model and the form data, a name proposed, nothing saved'
          : "R38-08 EN Web Awesome: wa-input fields (form-associated, label attribute drawn in the shadow root, value kept with Lit's live() binding); the page learns only from wa-input / wa-change: the URL in the model and in the form data, a name proposed, nothing saved",
        async () => {
          // Ground: README step 2 "fills the captured URL into the AlertOps predefined variable ... and proposes an
          // integration name. You review and click Save"; domain.md "only notices a value when input/change events
          // fire"; README Tests (fields as components, read through the composed tree).
          const fill = await freshStart(`Uptrends – R38-08${plain ? 'c' : ''}`);
          const body = editorBody('en', {
            form: true,
            name: `<wa-input id="name" name="name" data-m="name" label="${W.en.name}"></wa-input>`,
            value: plain
              ? plainField(W.en.value, 'AlertOpsUrl')
              : `<wa-input id="url" name="AlertOpsUrl" data-m="url" label="${W.en.value}"></wa-input>`,
          });
          const script = `window.model = { name: '', url: '' };
${LEARN}
learn(['wa-input', 'wa-change'], function (e, f) { return f.value; });
${plain ? PLAIN_LEARN : ''}
register(['wa-input']);`;
          try {
            const page = await open(
              `${UT}/Alerting/Integrations/New/r38-08${plain ? 'c' : ''}`,
              utDoc('en', body, script),
            );
            await pollModel(page, (m) => m?.url, fill, FILL_WAIT);
            await pollModel(page, (m) => (m?.name ?? '') !== '', true);
            expect((await formData(page)).AlertOpsUrl).toBe(fill);
            expect(await savedCount(page)).toBe(0);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

    it(
      'R38-09 NL Ionic, defined 1 s after load: ion-input fields (Ionic draws their native input and label in light DOM, hidden until hydrated); the page learns only from ionInput / ionChange: the URL in the model, a name proposed, nothing saved',
      async () => {
        // Ground: README step 2; domain.md NL labels, "only notices a value when input/change events fire".
        const fill = await freshStart('Uptrends – R38-09');
        const body = `<ion-app>${editorBody('nl', {
          name: `<ion-input id="name" data-m="name" label="${W.nl.name}" label-placement="stacked"></ion-input>`,
          value: `<ion-input id="url" data-m="url" label="${W.nl.value}" label-placement="stacked"></ion-input>`,
        })}</ion-app>`;
        const script = `window.model = { name: '', url: '' };
${LEARN}
learn(['ionInput', 'ionChange'], function (e) { return e.detail.value; });
register(['ion-input'], 1000);`;
        try {
          const page = await open(`${UT}/Alerting/Integraties/Nieuw/r38-09`, utDoc('nl', body, script));
          await pollModel(page, (m) => m?.url, fill, FILL_WAIT);
          await pollModel(page, (m) => (m?.name ?? '') !== '', true);
          expect(await savedCount(page)).toBe(0);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    for (const plain of [false, true])
      it(
        plain
          ? 'R38-10c control: the same Material Web editor with the AlertOps URL field a plain light-DOM <label> and <input> in the same cell (the name field still an md-outlined-text-field): the URL in the model and the form data, a name proposed, nothing saved'
          : "R38-10 DE Material Web: md-outlined-text-field fields (form-associated, the label in the shadow root and on the inner input's aria-label); the page learns from the input events that reach the field (a user's input is composed) and its re-dispatched change: the URL in the model and the form data, a name proposed, nothing saved",
        async () => {
          // Ground: README step 2; domain.md DE labels, "only notices a value when input/change events fire".
          const fill = await freshStart(`Uptrends – R38-10${plain ? 'c' : ''}`);
          const body = editorBody('de', {
            form: true,
            name: `<md-outlined-text-field id="name" name="name" data-m="name" label="${W.de.name}"></md-outlined-text-field>`,
            value: plain
              ? plainField(W.de.value, 'AlertOpsUrl')
              : `<md-outlined-text-field id="url" name="AlertOpsUrl" data-m="url" label="${W.de.value}"></md-outlined-text-field>`,
          });
          const script = `window.model = { name: '', url: '' };
${LEARN}
learn(['input', 'change'], function (e, f) { return f.value; });
register(['md-outlined-text-field']);`;
          try {
            const page = await open(
              `${UT}/Alarmierung/Integrationen/Neu/r38-10${plain ? 'c' : ''}`,
              utDoc('de', body, script),
            );
            await pollModel(page, (m) => m?.url, fill, FILL_WAIT);
            await pollModel(page, (m) => (m?.name ?? '') !== '', true);
            expect((await formData(page)).AlertOpsUrl).toBe(fill);
            expect(await savedCount(page)).toBe(0);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

    it(
      'R38-11 FR Vaadin, defined 1.5 s after load: vaadin-text-field fields whose <input slot="input"> and <label slot="label"> the component creates in light DOM when it upgrades; the page learns only from value-changed: the URL in the model, a name proposed, nothing saved',
      async () => {
        // Ground: README step 2; domain.md FR labels; "may re-render (replace) nodes at any time".
        const fill = await freshStart('Uptrends – R38-11');
        const body = editorBody('fr', {
          name: `<vaadin-text-field id="name" data-m="name" label="${esc(W.fr.name)}"></vaadin-text-field>`,
          value: `<vaadin-text-field id="url" data-m="url" label="${W.fr.value}"></vaadin-text-field>`,
        });
        const script = `window.model = { name: '', url: '' };
${LEARN}
['name', 'url'].forEach(function (id) { document.getElementById(id).addEventListener('value-changed', function (e) { window.model[id] = e.detail.value; }); });
register(['vaadin-text-field'], 1500);`;
        try {
          const page = await open(`${UT}/Alerte/Integrations/Nouvelle/r38-11`, utDoc('fr', body, script));
          await pollModel(page, (m) => m?.url, fill, FILL_WAIT);
          await pollModel(page, (m) => (m?.name ?? '') !== '', true);
          expect(await savedCount(page)).toBe(0);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    for (const plain of [false, true])
      it(
        plain
          ? 'R38-12c control: the same FAST editor (late variables, the user typing a name, the page learning only from change) with the AlertOps URL field a plain light-DOM <label> and <input>: the URL in the model and the form data, the typed name kept, nothing saved'
          : 'R38-12 EN FAST/Fluent: fluent-text-field fields (form-associated, label text in the default slot), the page learning only from their re-dispatched change; the variables section is drawn 2.5 s after the form and the user types a name meanwhile: the URL in the model and the form data, the typed name kept, nothing saved',
        async () => {
          // Ground: README step 2 "never overwrites a value you typed"; "fills ... the AlertOps predefined variable";
          // domain.md "only notices a value when input/change events fire".
          const fill = await freshStart(`Uptrends – R38-12${plain ? 'c' : ''}`);
          const typed = 'Pager duty via AlertOps';
          const w = W.en;
          const body = `<header>Uptrends · ${w.list}</header><main><h1>${w.list}</h1><form id="ed" onsubmit="return false"><section aria-labelledby="ed-h"><h2 id="ed-h">${w.newTitle}</h2>
<div class="fg"><fluent-text-field id="name" name="name" data-m="name">${w.name}</fluent-text-field></div>
<div class="fg"><label for="ed-type">${w.type}</label><br><select id="ed-type" disabled><option selected>AlertOps</option></select></div>
<div id="vars"><p>Loading…</p></div><p><button type="button" id="ed-save" onclick="window.saved++">${w.save}</button></p></section></form></main>`;
          const vars = `<h3>${w.vars}</h3><table><tbody><tr><th id="ed-var" scope="row">AlertOpsUrl</th><td><select aria-label="AlertOpsUrl"><option>${w.here}</option><option>${w.inLevel}</option></select></td><td>${plain ? plainField(w.value, 'AlertOpsUrl') : `<fluent-text-field id="url" name="AlertOpsUrl" data-m="url">${w.value}</fluent-text-field>`}</td></tr></tbody></table>`;
          const script = `window.model = { name: '', url: '' };
${LEARN}
learn(['change'], function (e, f) { return f.value; });
register(['fluent-text-field']);
setTimeout(function () { var v = document.getElementById('vars'); v.innerHTML = ${JSON.stringify(vars)}; }, 2500);`;
          try {
            const page = await open(
              `${UT}/Alerting/Integrations/New/r38-12${plain ? 'c' : ''}`,
              utDoc('en', body, script),
            );
            await typeInto(page, '#name >> input', typed);
            await page.keyboard.press('Tab');
            await pollModel(page, (m) => m?.url, fill, FILL_WAIT);
            await sleep(1000);
            const m = await model(page);
            expect(m.name).toBe(typed);
            expect(
              await page.evaluate(() => (document.getElementById('name') as unknown as { value: string }).value),
            ).toBe(typed);
            expect((await formData(page)).AlertOpsUrl).toBe(fill);
            expect(await savedCount(page)).toBe(0);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

    for (const plain of [false, true])
      it(
        plain
          ? "R38-13c control: the same Lit app with the AlertOps URL field a plain <label> and <input> in the app's own shadow root (no nested sl-input), learnt from its input events: the URL in the app's state, a name proposed, nothing saved"
          : "R38-13 DE Lit app: the whole editor drawn in the open shadow root of <ut-integration-editor>, its fields sl-input components (nested shadow roots), its state learnt from sl-input / sl-change and re-rendered in a microtask (the same nodes, values by live()), a clock in the template every 500 ms: the URL in the app's state, a name proposed, nothing saved",
        async () => {
          // Ground: README Tests "a form ... spread over nested shadow roots, each field ... a component ... as
          // Shoelace or Lit build them: read through the composed tree"; README step 2.
          const fill = await freshStart(`Uptrends – R38-13${plain ? 'c' : ''}`);
          const w = W.de;
          const script = `register(['sl-input']);
window.model = { name: '', url: '', clock: clock() };
customElements.define('ut-integration-editor', class extends Base {
  first(r) {
    r.innerHTML = '<section aria-labelledby="ed-h"><h2 id="ed-h">' + esc(L.newTitle) + '</h2><div class="fg"><sl-input id="name" label="' + esc(L.name) + '"></sl-input></div>' +
      '<div class="fg"><label for="ed-type">' + esc(L.type) + '</label><br><select id="ed-type" disabled><option selected>AlertOps</option></select></div>' +
      '<h3>' + esc(L.vars) + '</h3><table><tbody><tr><th id="ed-var" scope="row">AlertOpsUrl</th><td><select aria-label="AlertOpsUrl"><option>' + esc(L.here) + '</option><option>' + esc(L.inLevel) + '</option></select></td>' +
      '<td>' + (${plain} ? '<label for="url">' + esc(L.value) + '</label><br><input id="url" type="text" size="60">' : '<sl-input id="url" label="' + esc(L.value) + '"></sl-input>') + '</td></tr></tbody></table><p class="meta">Zuletzt geprüft: <span id="clock"></span></p>' +
      '<p><button type="button" id="ed-save">' + esc(L.save) + '</button></p></section>';
    var self = this;
    r.addEventListener('sl-input', function (e) { window.model[e.target.id] = e.target.value; self.requestUpdate(); });
    r.addEventListener('sl-change', function (e) { window.model[e.target.id] = e.target.value; self.requestUpdate(); });
    if (${plain}) ['input', 'change'].forEach(function (t) { r.addEventListener(t, function (e) { if (e.target.tagName === 'INPUT') { window.model[e.target.id] = e.target.value; self.requestUpdate(); } }); });
    r.getElementById('ed-save').addEventListener('click', function () { window.saved++; });
    setInterval(function () { window.model.clock = clock(); self.requestUpdate(); }, 500);
  }
  update() { var r = this._root; r.getElementById('name').value = window.model.name; r.getElementById('url').value = window.model.url; r.getElementById('clock').textContent = window.model.clock; }
});`;
          try {
            const page = await open(
              `${UT}/Alarmierung/Integrationen/Neu/r38-13${plain ? 'c' : ''}`,
              utDoc(
                'de',
                `<header>Uptrends · ${w.list}</header><main><h1>${w.list}</h1><ut-integration-editor></ut-integration-editor></main>`,
                script,
              ),
            );
            await pollModel(page, (m) => m?.url, fill, FILL_WAIT);
            await pollModel(page, (m) => (m?.name ?? '') !== '', true);
            await sleep(1000);
            expect((await model(page)).url).toBe(fill);
            expect(await savedCount(page)).toBe(0);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );

    for (const plain of [false, true])
      it(
        plain
          ? 'R38-14c control: the same Lightning editor with the AlertOps URL field a plain light-DOM <label> and <input> in the same cell (the name field still a lightning-input): the URL in the model, a name proposed, nothing saved'
          : 'R38-14 NL Salesforce Lightning: lightning-input fields (label attribute drawn in the shadow root) whose change CustomEvent, fired on every input of the inner field, carries detail.value; the page keeps only detail.value: the URL in the model, a name proposed, nothing saved',
        async () => {
          // Ground: README step 2; domain.md NL labels, "only notices a value when input/change events fire".
          const fill = await freshStart(`Uptrends – R38-14${plain ? 'c' : ''}`);
          const body = editorBody('nl', {
            name: `<lightning-input id="name" data-m="name" label="${W.nl.name}"></lightning-input>`,
            value: plain
              ? plainField(W.nl.value)
              : `<lightning-input id="url" data-m="url" label="${W.nl.value}"></lightning-input>`,
          });
          const script = `window.model = { name: '', url: '' };
${LEARN}
learn(['change'], function (e) { return e.detail && typeof e.detail.value === 'string' ? e.detail.value : window.model[keyed(e, 'm').dataset.m]; });
${plain ? PLAIN_LEARN : ''}
register(['lightning-input']);`;
          try {
            const page = await open(
              `${UT}/Alerting/Integraties/Nieuw/r38-14${plain ? 'c' : ''}`,
              utDoc('nl', body, script),
            );
            await pollModel(page, (m) => m?.url, fill, FILL_WAIT);
            await pollModel(page, (m) => (m?.name ?? '') !== '', true);
            expect(await savedCount(page)).toBe(0);
          } finally {
            await closeAll();
          }
        },
        TEST_TIMEOUT,
      );
  });

  /* ============================================================================================================= */

  /**
   * The step-3 walk: AlertOps prod ticked on level 1, then on level 2 once the user opens it (by `tabPath(2)`); level 3
   * (not active) opened and left unticked; the other integrations as they were; nothing saved.
   */
  async function walkLevels(page: Page, tabPath: (n: number) => string, o: { off?: number } = {}) {
    const off = o.off ?? 3;
    await pollModel(page, (m) => m?.boxes?.[`1:${AO}`], true);
    await clickAt(page, tabPath(2));
    await pollModel(page, (m) => m?.level, 2);
    await pollModel(page, (m) => m?.boxes?.[`2:${AO}`], off !== 2);
    await clickAt(page, tabPath(3));
    await pollModel(page, (m) => m?.level, 3);
    if (off === 3)
      await holds(async () => (await model(page))?.boxes?.[`3:${AO}`], false, 2000, 'level 3 (not active)');
    else await pollModel(page, (m) => m?.boxes?.[`3:${AO}`], true);
    const m = await model(page);
    const names = Object.keys(m.boxes).filter((k) => !k.endsWith(`:${AO}`));
    const others = Object.fromEntries(names.map((k) => [k, m.boxes[k]]));
    const expected = Object.fromEntries(
      names.map((k) => [k, k.endsWith(':active') ? !k.startsWith(`${off}:`) : /^1:E-?[mM]ail$/.test(k)]),
    );
    expect(others).toEqual(expected);
    expect(await savedCount(page)).toBe(0);
  }

  /** Page-side: the level's model follows the tab the page shows. */
  const FOLLOW = (event: string, read: string) =>
    `document.addEventListener(${JSON.stringify(event)}, function (e) { var v = ${read}; if (v) window.model.level = +String(v).replace(/[^0-9]/g, ''); });`;

  describe('Uptrends (step 3): escalation levels built of tab and checkbox components', () => {
    beforeAll(async () => {
      await ff.clearStorage();
      await seedCapture('Uptrends – R38 levels');
    }, TEST_TIMEOUT);

    /** Markup of one level's content: `box(name, key, checked)` and `sw(label, key, checked)` give the components. */
    const levelContent = (
      lang: Lang,
      l: number,
      sw: (label: string, key: string, on: boolean) => string,
      box: (name: string, key: string, on: boolean) => string,
      off = 3,
    ) => {
      const w = W[lang];
      const names = [...w.builtIn, 'Slack #ops', AO];
      return `${sw(w.active, `${l}:active`, l !== off)}<h3>${esc(w.section)}</h3><ul>${names
        .map((n, j) => `<li>${box(n, `${l}:${n}`, l === 1 && j === 0)}</li>`)
        .join('')}</ul>`;
    };
    const defHead = (lang: Lang) =>
      `<header>Uptrends · ${esc(W[lang].defs)}</header><main><h1>${esc(W[lang].defs)}</h1><h2>Webshop checkout</h2>`;
    const defFoot = (lang: Lang) =>
      `<p><button type="button" id="save" onclick="window.saved++">${esc(W[lang].save)}</button></p></main>`;

    it(
      'R38-15 EN Shoelace: sl-tab-group (sl-tab slot="nav" words slotted into its shadow nav), sl-tab-panel per level (all mounted, hidden by its shadow style), sl-switch "Active" and sl-checkbox per integration (label slotted, input in the shadow root), the page learning from sl-change: AlertOps prod ticked on levels 1 and 2, not on level 3 (not active), others untouched, nothing saved',
      async () => {
        // Ground: README step 3 ("It asks when ... the level is not active"); Settings (every level by default);
        // domain.md EN labels; README Tests "slotted tab words".
        const lang = 'en';
        const sw = (label: string, k: string, on: boolean) =>
          `<sl-switch data-k="${k}"${on ? ' checked' : ''}>${label}</sl-switch>`;
        const box = (n: string, k: string, on: boolean) =>
          `<sl-checkbox data-k="${esc(k)}"${on ? ' checked' : ''}>${esc(n)}</sl-checkbox>`;
        const body = `${defHead(lang)}<sl-tab-group>${[1, 2, 3]
          .map((l) => `<sl-tab slot="nav" panel="level-${l}" id="tab-${l}">${W[lang].level} ${l}</sl-tab>`)
          .join('')}${[1, 2, 3]
          .map((l) => `<sl-tab-panel name="level-${l}">${levelContent(lang, l, sw, box)}</sl-tab-panel>`)
          .join('')}</sl-tab-group>${defFoot(lang)}`;
        const script = `${LEVELS}
window.model = levelModel(3, 3);
${LEARN}
learn(['sl-change'], function (e, b) { return b.checked; });
${FOLLOW('sl-tab-show', 'e.detail.name')}
register(['sl-tab', 'sl-tab-panel', 'sl-tab-group', 'sl-switch', 'sl-checkbox']);`;
        try {
          const page = await open(`${UT}/Alerting/AlertDefinitions/Edit/r38-15`, utDoc(lang, body, script));
          await walkLevels(page, (n) => `#tab-${n}`);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R38-16 NL Ionic, defined 1 s after load: ion-segment with ion-segment-button words in ion-label, the level drawn anew (new nodes) into one container on ionChange; ion-toggle "Actief" and ion-checkbox per integration (label slotted, input in the shadow root), the page learning from ionChange: ticked on levels 1 and 2, not on level 3 (not active), others untouched',
      async () => {
        // Ground: README step 3; Settings; domain.md NL labels, "may re-render (replace) nodes at any time".
        const lang = 'nl';
        const script = `${LEVELS}
window.model = levelModel(3, 3);
${LEARN}
learn(['ionChange'], function (e, b) { return e.detail.checked; });
function draw(l) {
  var m = window.model, h = '<ion-toggle data-k="' + l + ':active"' + (m.boxes[l + ':active'] ? ' checked' : '') + '>' + esc(L.active) + '</ion-toggle><h3>' + esc(L.section) + '</h3><ul>';
  for (var j = 0; j < NAMES.length; j++) h += '<li><ion-checkbox justify="start" data-k="' + esc(l + ':' + NAMES[j]) + '"' + (m.boxes[l + ':' + NAMES[j]] ? ' checked' : '') + '>' + esc(NAMES[j]) + '</ion-checkbox></li>';
  document.getElementById('level').innerHTML = h;
}
document.addEventListener('ionChange', function (e) { if (e.target.tagName === 'ION-SEGMENT') { window.model.level = +e.detail.value; draw(window.model.level); } });
draw(1);
register(['ion-segment', 'ion-segment-button', 'ion-label', 'ion-toggle', 'ion-checkbox'], 1000);`;
        const body = `<ion-app>${defHead(lang)}<ion-segment value="1">${[1, 2, 3]
          .map(
            (l) =>
              `<ion-segment-button value="${l}" id="seg-${l}"${l === 1 ? ' aria-pressed-x' : ''}><ion-label>${W[lang].level} ${l}</ion-label></ion-segment-button>`,
          )
          .join('')}</ion-segment><div id="level" role="tabpanel"></div>${defFoot(lang)}</ion-app>`;
        try {
          const page = await open(`${UT}/Alerting/Alertdefinities/Bewerken/r38-16`, utDoc(lang, body, script));
          await walkLevels(page, (n) => `#seg-${n}`);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R38-17 DE Material Web: md-tabs / md-primary-tab, a light-DOM tabpanel per level; md-switch "Aktiv" and md-checkbox per integration (form-associated, no label of their own: each wrapped in a <label> with the name), the page learning from their re-dispatched change: ticked on levels 1 and 2 (and in the form data), not on level 3 (not active), others untouched',
      async () => {
        // Ground: README step 3; Settings; domain.md DE labels ("Alarmierung durch Integrationen", "Aktiv").
        const lang = 'de';
        const sw = (label: string, k: string, on: boolean) =>
          `<label>${label} <md-switch data-k="${k}" name="${k}"${on ? ' selected' : ''}></md-switch></label>`;
        const box = (n: string, k: string, on: boolean) =>
          `<label><md-checkbox touch-target="wrapper" data-k="${esc(k)}" name="int-${k.split(':')[0]}" value="${esc(n)}"${on ? ' checked' : ''}></md-checkbox> ${esc(n)}</label>`;
        const body = `${defHead(lang)}<form onsubmit="return false"><md-tabs>${[1, 2, 3]
          .map(
            (l) =>
              `<md-primary-tab id="tab-${l}" aria-controls="panel-${l}"${l === 1 ? ' active' : ''}>${W[lang].level} ${l}</md-primary-tab>`,
          )
          .join('')}</md-tabs>${[1, 2, 3]
          .map(
            (l) =>
              `<div role="tabpanel" id="panel-${l}" aria-labelledby="tab-${l}"${l === 1 ? '' : ' hidden'}>${levelContent(lang, l, sw, box)}</div>`,
          )
          .join('')}</form>${defFoot(lang)}`;
        const script = `${LEVELS}
window.model = levelModel(3, 3);
${LEARN}
learn(['change'], function (e, b) { return b.checked; });
${FOLLOW('change', "e.target.tagName === 'MD-TABS' && e.detail && e.detail.name")}
register(['md-tabs', 'md-primary-tab', 'md-switch', 'md-checkbox']);`;
        try {
          const page = await open(`${UT}/Alarmierung/Meldedefinitionen/Bearbeiten/r38-17`, utDoc(lang, body, script));
          await walkLevels(page, (n) => `#tab-${n}`);
          const fd = await formData(page);
          expect([fd['int-1']].flat()).toContain(AO);
          expect([fd['int-2']].flat()).toContain(AO);
          expect([fd['int-3']].flat()).not.toContain(AO);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R38-18 FR SAP UI5: ui5-tabcontainer drawing its tab strip in its shadow root from the ui5-tab text attributes and slotting only the selected tab; ui5-checkbox "Actif" and one per integration, each a role=checkbox div in its shadow root with the name from its text attribute (no native input), the page learning from their change: ticked on levels 1 and 2, not on level 3 (not active), others untouched',
      async () => {
        // Ground: README step 3; Settings; domain.md FR labels and "find things by meaning (visible text ..., ARIA
        // roles)"; seed (KB FR) "Chaque onglet Niveau d'escalade contient une section Alertes par intégrations".
        const lang = 'fr';
        const sw = (label: string, k: string, on: boolean) =>
          `<ui5-checkbox data-k="${k}" text="${esc(label)}"${on ? ' checked' : ''}></ui5-checkbox>`;
        const box = (n: string, k: string, on: boolean) =>
          `<ui5-checkbox data-k="${esc(k)}" text="${esc(n)}"${on ? ' checked' : ''}></ui5-checkbox>`;
        const body = `${defHead(lang)}<ui5-tabcontainer id="tc">${[1, 2, 3]
          .map((l) => `<ui5-tab text="${esc(`${W[lang].level} ${l}`)}">${levelContent(lang, l, sw, box)}</ui5-tab>`)
          .join('')}</ui5-tabcontainer>${defFoot(lang)}`;
        const script = `${LEVELS}
window.model = levelModel(3, 3);
${LEARN}
learn(['change'], function (e, b) { return b.checked; });
${FOLLOW('tab-select', 'e.detail.tabIndex + 1')}
register(['ui5-tab', 'ui5-tabcontainer', 'ui5-checkbox']);`;
        try {
          const page = await open(`${UT}/Alerte/Definitions/Modifier/r38-18`, utDoc(lang, body, script));
          await walkLevels(page, (n) => `#tc >> [data-i="${n}"]`);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R38-19 EN Carbon: cds-tabs / cds-tab with target panels (light DOM, hidden), cds-toggle "Active" and cds-checkbox per integration (label-text attribute drawn in the shadow root), the page learning from cds-checkbox-changed / cds-toggle-changed; level 2 not active: ticked on levels 1 and 3, not on level 2, others untouched',
      async () => {
        // Ground: README step 3 ("asks when ... the level is not active"); Settings; domain.md EN labels.
        const lang = 'en';
        const sw = (label: string, k: string, on: boolean) =>
          `<cds-toggle data-k="${k}" label-text="${label}"${on ? ' checked' : ''}></cds-toggle>`;
        const box = (n: string, k: string, on: boolean) =>
          `<cds-checkbox data-k="${esc(k)}" label-text="${esc(n)}"${on ? ' checked' : ''}></cds-checkbox>`;
        const body = `${defHead(lang)}<cds-tabs value="1">${[1, 2, 3]
          .map(
            (l) =>
              `<cds-tab id="tab-${l}" value="${l}" target="panel-${l}"${l === 1 ? ' selected' : ''}>${W[lang].level} ${l}</cds-tab>`,
          )
          .join('')}</cds-tabs>${[1, 2, 3]
          .map(
            (l) =>
              `<div id="panel-${l}" role="tabpanel" aria-labelledby="tab-${l}"${l === 1 ? '' : ' hidden'}>${levelContent(lang, l, sw, box, 2)}</div>`,
          )
          .join('')}${defFoot(lang)}`;
        const script = `${LEVELS}
window.model = levelModel(3, 2);
${LEARN}
learn(['cds-checkbox-changed', 'cds-toggle-changed'], function (e) { return e.detail.checked; });
${FOLLOW('cds-tabs-selected', 'e.detail.name')}
register(['cds-tabs', 'cds-tab', 'cds-toggle', 'cds-checkbox']);`;
        try {
          const page = await open(`${UT}/Alerting/AlertDefinitions/Edit/r38-19`, utDoc(lang, body, script));
          await walkLevels(page, (n) => `#tab-${n}`, { off: 2 });
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R38-20 NL Vaadin, defined 1.5 s after load: vaadin-tabsheet / vaadin-tab, content divs by tab id; vaadin-checkbox "Actief" and one per integration (label attribute; the <input slot="input"> and <label slot="label"> created in light DOM on upgrade), the page learning from checked-changed: ticked on levels 1 and 2, not on level 3 (not active), others untouched',
      async () => {
        // Ground: README step 3; Settings; domain.md NL labels, "may re-render (replace) nodes at any time".
        const lang = 'nl';
        const sw = (label: string, k: string, on: boolean) =>
          `<vaadin-checkbox data-k="${k}" label="${label}"${on ? ' checked' : ''}></vaadin-checkbox>`;
        const box = (n: string, k: string, on: boolean) =>
          `<vaadin-checkbox data-k="${esc(k)}" label="${esc(n)}"${on ? ' checked' : ''}></vaadin-checkbox>`;
        const body = `${defHead(lang)}<vaadin-tabsheet><vaadin-tabs slot="tabs">${[1, 2, 3]
          .map((l) => `<vaadin-tab id="tab-${l}">${W[lang].level} ${l}</vaadin-tab>`)
          .join('')}</vaadin-tabs>${[1, 2, 3]
          .map((l) => `<div tab="tab-${l}"${l === 1 ? '' : ' hidden'}>${levelContent(lang, l, sw, box)}</div>`)
          .join('')}</vaadin-tabsheet>${defFoot(lang)}`;
        const script = `${LEVELS}
window.model = levelModel(3, 3);
${LEARN}
document.querySelectorAll('vaadin-checkbox').forEach(function (el) { el.addEventListener('checked-changed', function (e) { window.model.boxes[el.dataset.k] = e.detail.value; }); });
${FOLLOW('selected-changed', 'e.detail.value')}
register(['vaadin-tab', 'vaadin-tabs', 'vaadin-tabsheet', 'vaadin-checkbox'], 1500);`;
        try {
          const page = await open(`${UT}/Alerting/Alertdefinities/Bewerken/r38-20`, utDoc(lang, body, script));
          await walkLevels(page, (n) => `#tab-${n}`);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      "R38-21 FR Lit app: the level drawn in the open shadow root of <ut-escalation-levels> (role=tab buttons, sl-switch and sl-checkbox components nested), the same nodes reused for every level with .checked set from the app's state (live()), each sl-change re-rendering in a microtask, a clock every 600 ms: ticked on levels 1 and 2, not on level 3 (not active), others untouched",
      async () => {
        // Ground: README Tests (levels over nested shadow roots, "as Shoelace or Lit build them"); README step 3;
        // Settings; seed (KB FR).
        const lang = 'fr';
        const script = `${LEVELS}
window.model = levelModel(3, 3);
register(['sl-switch', 'sl-checkbox']);
customElements.define('ut-escalation-levels', class extends Base {
  first(r) {
    var h = '<div role="tablist">';
    for (var l = 1; l <= 3; l++) h += '<button type="button" role="tab" id="tab-' + l + '" data-l="' + l + '">' + esc(L.level) + ' ' + l + '</button> ';
    h += '</div><div role="tabpanel" id="panel"><sl-switch id="active"></sl-switch><h3>' + esc(L.section) + '</h3><ul>';
    for (var j = 0; j < NAMES.length; j++) h += '<li><sl-checkbox id="i-' + IDS[j] + '" data-j="' + j + '">' + esc(NAMES[j]) + '</sl-checkbox></li>';
    r.innerHTML = h + '</ul><p class="meta">Mis à jour à <span id="clock"></span></p></div>';
    var self = this;
    r.querySelector('[role=tablist]').addEventListener('click', function (e) { var b = e.target.closest('[role=tab]'); if (b) { window.model.level = +b.dataset.l; self.requestUpdate(); } });
    r.addEventListener('sl-change', function (e) { var l = window.model.level, t = e.target; if (t.id === 'active') window.model.boxes[l + ':active'] = t.checked; else window.model.boxes[l + ':' + NAMES[+t.dataset.j]] = t.checked; self.requestUpdate(); });
    setInterval(function () { self.requestUpdate(); }, 600);
  }
  update() {
    var r = this._root, m = window.model, l = m.level;
    for (var i = 1; i <= 3; i++) r.getElementById('tab-' + i).setAttribute('aria-selected', '' + (i === l));
    r.getElementById('panel').setAttribute('aria-labelledby', 'tab-' + l);
    var a = r.getElementById('active'); if (a.textContent !== L.active) a.textContent = L.active; a.checked = m.boxes[l + ':active'];
    for (var j = 0; j < NAMES.length; j++) r.getElementById('i-' + IDS[j]).checked = m.boxes[l + ':' + NAMES[j]];
    r.getElementById('clock').textContent = clock();
  }
});`;
        const body = `${defHead(lang)}<ut-escalation-levels id="app"></ut-escalation-levels>${defFoot(lang)}`;
        try {
          const page = await open(`${UT}/Alerte/Definitions/Modifier/r38-21`, utDoc(lang, body, script));
          await walkLevels(page, (n) => `#app >> #tab-${n}`);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );

    it(
      'R38-22 DE Spectrum: sp-tabs with sp-tab label="Eskalationsstufe N" (the words drawn in the tab\'s shadow root from the attribute), sp-tab-panel per level; sp-switch "Aktiv" and sp-checkbox per integration (label slotted), the page learning from their change: ticked on levels 1 and 2, not on level 3 (not active), others untouched',
      async () => {
        // Ground: README step 3; Settings; domain.md DE labels; README Tests (tab words drawn in shadow roots).
        const lang = 'de';
        const sw = (label: string, k: string, on: boolean) =>
          `<sp-switch data-k="${k}"${on ? ' checked' : ''}>${label}</sp-switch>`;
        const box = (n: string, k: string, on: boolean) =>
          `<sp-checkbox data-k="${esc(k)}"${on ? ' checked' : ''}>${esc(n)}</sp-checkbox>`;
        const body = `<sp-theme>${defHead(lang)}<sp-tabs selected="1">${[1, 2, 3]
          .map(
            (l) =>
              `<sp-tab slot="tab" id="tab-${l}" value="${l}" label="${W[lang].level} ${l}"${l === 1 ? ' selected' : ''}></sp-tab>`,
          )
          .join('')}${[1, 2, 3]
          .map((l) => `<sp-tab-panel value="${l}">${levelContent(lang, l, sw, box)}</sp-tab-panel>`)
          .join('')}</sp-tabs>${defFoot(lang)}</sp-theme>`;
        const script = `${LEVELS}
window.model = levelModel(3, 3);
${LEARN}
learn(['change'], function (e, b) { return b.checked; });
${FOLLOW('change', "e.target.tagName === 'SP-TABS' && e.detail && e.detail.value")}
register(['sp-tab', 'sp-tab-panel', 'sp-tabs', 'sp-switch', 'sp-checkbox']);`;
        try {
          const page = await open(`${UT}/Alarmierung/Meldedefinitionen/Bearbeiten/r38-22`, utDoc(lang, body, script));
          await walkLevels(page, (n) => `#tab-${n}`);
        } finally {
          await closeAll();
        }
      },
      TEST_TIMEOUT,
    );
  });

  it(
    'R38-99 no key shown by any page of this file appears in a console line of a page, the extension or Firefox',
    () => {
      expect(issuedKeys().length).toBeGreaterThan(0);
      const all = ff.logs.join('\n');
      for (const key of issuedKeys()) expect(all).not.toContain(key);
    },
    TEST_TIMEOUT,
  );
});
