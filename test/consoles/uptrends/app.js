// Simulated Uptrends console (app.uptrends.com) for the project's browser tests.
// Plain browser ES module, no build step. See README.md in this folder for routes, options and the JSON it posts.
//
// How it behaves like a framework-driven single-page app:
// - views are functions of a JS model (`state`); `update()` renders a fresh tree and patches the DOM with a tiny keyed
//   morph (nodes with the same tag + data-key are kept, others are replaced by new nodes);
// - form controls are "controlled": the model changes ONLY in input/change/click/keydown listeners, and every render
//   writes the model's value back into the control (setting `.value`/`.checked` from outside is ignored and undone);
// - Save posts the model (never the DOM) to /api/... with fetch.
// - `rerender=1` hard-replaces the open dialog, the tabs and the predefined-variables section every ~700 ms.

import { ALERTOPS_URL_DESC, DICT, LANGS } from './i18n.js';

// ---------------------------------------------------------------------------------------------------------------
// Options (read once, on first load; kept in the URL of every client-side route)

function intParam(q, name, min, max, dflt) {
  const raw = q.get(name);
  if (raw === null || raw === '' || !/^\d+$/.test(raw)) return dflt;
  return Math.min(max, Math.max(min, Number(raw)));
}

function pick(q, name, allowed, dflt) {
  const raw = (q.get(name) || '').toLowerCase();
  return allowed.includes(raw) ? raw : dflt;
}

const firstQuery = new URLSearchParams(location.search);
const opts = {
  lang: pick(firstQuery, 'lang', LANGS, 'en'),
  entry: pick(firstQuery, 'entry', ['plain', 'dialog'], 'plain'),
  levels: intParam(firstQuery, 'levels', 1, 8, 3),
  rerender: firstQuery.get('rerender') === '1',
  alertops: intParam(firstQuery, 'alertops', 0, 2, 1),
  slow: intParam(firstQuery, 'slow', 0, 60000, 0),
  levelvar: firstQuery.get('levelvar') === '1',
  varname: /^[A-Za-z][A-Za-z0-9_]{0,40}$/.test(firstQuery.get('varname') || '')
    ? firstQuery.get('varname')
    : 'AlertOpsUrl',
  varlabel: pick(firstQuery, 'varlabel', ['aria', 'for', 'none'], ''),
  checkbox: pick(firstQuery, 'checkbox', ['mixed', 'native', 'custom'], 'mixed'),
  persist: firstQuery.get('persist') === '1',
};
// Query parameters that travel with client-side navigation (route-specific ones are dropped).
const keptQuery = new URLSearchParams(firstQuery);
keptQuery.delete('type');

const t = DICT[opts.lang];
document.documentElement.lang = opts.lang;

// Generated-looking ids that change on every page load: nothing may rely on them.
const UID = Math.random().toString(36).slice(2, 7);
const uid = (...parts) =>
  `ut${UID}-${parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')}`;

// ---------------------------------------------------------------------------------------------------------------
// Rendering: h() builds real DOM nodes, morph() patches the live tree with them.

function dispatch(e) {
  const fn = e.currentTarget.__h?.[e.type];
  if (fn) fn(e);
}

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  el.__h = {};
  el.__types = new Set();
  const props = {};
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'value' || k === 'checked') {
      props[k] = v;
      continue;
    }
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') {
      const type = k.slice(2).toLowerCase();
      el.__h[type] = v;
      el.__types.add(type);
      el.addEventListener(type, dispatch);
    } else {
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  appendChildren(el, children);
  el.__props = props;
  applyProps(el, props);
  return el;
}

function appendChildren(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false || c === true) continue;
    if (Array.isArray(c)) appendChildren(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

function applyProps(el, props) {
  if ('value' in props) {
    const v = props.value === null || props.value === undefined ? '' : String(props.value);
    if (el.value !== v) el.value = v;
  }
  if ('checked' in props && el.checked !== Boolean(props.checked)) el.checked = Boolean(props.checked);
}

function sameKind(a, b) {
  if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName) return false;
  if (a.nodeType !== 1) return true;
  return a.getAttribute('data-key') === b.getAttribute('data-key') && a.getAttribute('type') === b.getAttribute('type');
}

function morph(a, b) {
  if (!sameKind(a, b)) {
    a.replaceWith(b);
    return b;
  }
  if (a.nodeType === 3) {
    if (a.data !== b.data) a.data = b.data;
    return a;
  }
  if (a.nodeType !== 1) return a;
  for (const at of [...a.attributes]) if (!b.hasAttribute(at.name)) a.removeAttribute(at.name);
  for (const at of [...b.attributes]) if (a.getAttribute(at.name) !== at.value) a.setAttribute(at.name, at.value);
  a.__h = b.__h || {};
  if (!a.__types) a.__types = new Set();
  for (const type of Object.keys(a.__h)) {
    if (!a.__types.has(type)) {
      a.__types.add(type);
      a.addEventListener(type, dispatch);
    }
  }
  const ac = [...a.childNodes];
  const bc = [...b.childNodes];
  for (let i = 0; i < bc.length; i++) {
    if (i < ac.length) morph(ac[i], bc[i]);
    else a.appendChild(bc[i]);
  }
  for (let i = bc.length; i < ac.length; i++) ac[i].remove();
  a.__props = b.__props || {};
  applyProps(a, a.__props);
  return a;
}

/** Replace a live subtree with brand-new nodes, moving focus to the equivalent new element if there is one. */
function hardReplace(oldEl, newEl) {
  const act = document.activeElement;
  let key = null;
  let sel = null;
  if (act && act !== document.body && oldEl.contains(act)) {
    key = act.getAttribute('data-key');
    try {
      if (typeof act.selectionStart === 'number') sel = [act.selectionStart, act.selectionEnd];
    } catch {
      sel = null;
    }
  }
  oldEl.replaceWith(newEl);
  if (key) {
    const n = newEl.querySelector(`[data-key="${CSS.escape(key)}"]`);
    if (n) {
      n.focus({ preventScroll: true });
      if (sel) {
        try {
          n.setSelectionRange(sel[0], sel[1]);
        } catch {
          // not a text control
        }
      }
    }
  }
}

// Regions that `rerender=1` replaces from scratch.
const regions = {};
function region(name, fn) {
  regions[name] = fn;
  return fn();
}
function refreshRegion(name) {
  const el = document.querySelector(`[data-region="${name}"]`);
  if (!el || !regions[name]) return;
  hardReplace(el, regions[name]());
}

// ---------------------------------------------------------------------------------------------------------------
// Account data ("server side"): integrations and alert definitions.

const BUILTINS = [
  { name: 'E-mail', labelKey: 'email' },
  { name: 'SMS', labelKey: 'sms' },
  { name: 'Phone', labelKey: 'phone' },
];

function integrationTypes() {
  return [
    {
      key: 'alertops',
      id: 'AlertOps',
      label: 'AlertOps',
      blurb: t.typeAlertOps,
      labelling: 'aria',
      vars: [{ name: opts.varname, desc: ALERTOPS_URL_DESC[opts.lang] }],
    },
    {
      key: 'slack',
      id: 'Slack',
      label: 'Slack',
      blurb: t.typeGeneric,
      labelling: 'none',
      vars: [{ name: 'SlackWebhookUrl', desc: 'Slack webhook URL' }],
    },
    {
      key: 'teams',
      id: 'MicrosoftTeams',
      label: 'Microsoft Teams',
      blurb: t.typeGeneric,
      labelling: 'for',
      vars: [{ name: 'WorkflowUrl', desc: 'Workflow URL' }],
    },
    {
      key: 'splunkoncall',
      id: 'SplunkOnCall',
      label: 'Splunk On-Call',
      blurb: t.typeGeneric,
      labelling: 'none',
      vars: [
        { name: 'SplunkOnCallUrl', desc: 'REST endpoint URL' },
        { name: 'RoutingKey', desc: 'Routing key' },
      ],
    },
    {
      key: 'pagerduty',
      id: 'PagerDuty',
      label: 'PagerDuty',
      blurb: t.typeGeneric,
      labelling: 'for',
      vars: [{ name: 'IntegrationKey', desc: 'Integration key' }],
    },
    {
      key: 'webhook',
      id: 'Webhook',
      label: t.customIntegration,
      blurb: 'Webhook',
      labelling: 'aria',
      vars: [{ name: 'ApiUrl', desc: 'URL' }],
    },
    {
      key: 'servicenow',
      id: 'ServiceNow',
      label: 'ServiceNow',
      blurb: t.typeGeneric,
      labelling: 'for',
      vars: [
        { name: 'ServiceNowUrl', desc: 'Instance URL' },
        { name: 'Username', desc: 'User name' },
        { name: 'Password', desc: 'Password' },
      ],
    },
    {
      key: 'opsgenie',
      id: 'Opsgenie',
      label: 'Opsgenie',
      blurb: t.typeGeneric,
      labelling: 'aria',
      vars: [{ name: 'ApiKey', desc: 'API key' }],
    },
    {
      key: 'statushub',
      id: 'StatusHub',
      label: 'StatusHub',
      blurb: t.typeGeneric,
      labelling: 'none',
      vars: [{ name: 'StatusHubApiKey', desc: 'API key' }],
    },
  ];
}

function typeByKey(key) {
  const k = String(key || '').toLowerCase();
  return integrationTypes().find((x) => x.key === k || x.id.toLowerCase() === k) || null;
}

function seedStore() {
  const integrations = [
    {
      id: '6f1d2c3b-8a41-4c0e-9b1f-2a7c5e9d0a11',
      name: 'Slack ops',
      type: 'Slack',
      variables: { SlackWebhookUrl: { mode: 'here', value: 'https://hooks.slack.com/services/T0000/B0000/XXXXXXXX' } },
    },
    {
      id: '0b9e8d7c-6f5a-4e3d-8c2b-1a0f9e8d7c22',
      name: 'Webhook CMDB',
      type: 'Webhook',
      variables: { ApiUrl: { mode: 'here', value: 'https://cmdb.example.com/hooks/uptrends' } },
    },
  ];
  if (opts.alertops >= 1) {
    integrations.push({
      id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c33',
      name: 'AlertOps production',
      type: 'AlertOps',
      variables: {
        [opts.varname]: opts.levelvar
          ? { mode: 'level', value: '' }
          : {
              mode: 'here',
              value: 'https://notify.alertops.com/POSTAlert/3f2a9c4e-1b7d-4e8a-9c0f-5d6e7f8a9b0c/Uptrends',
            },
      },
    });
  }
  if (opts.alertops >= 2) {
    integrations.push({
      id: 'd4c3b2a1-f6e5-4b7a-9d8c-3c4b2a1f0e44',
      name: 'AlertOps staging',
      type: 'AlertOps',
      variables: {
        [opts.varname]: {
          mode: 'here',
          value: 'https://notify.alertops.com/POSTAlert/0c9b8a7f-6e5d-4c3b-2a1f-0e9d8c7b6a5f/Uptrends',
        },
      },
    });
  }
  const defs = [
    { id: '3e7a1c9f-2b4d-4f6a-8c1e-5d9b7a3f0001', name: 'Default alert definition', monitors: 14 },
    { id: '3e7a1c9f-2b4d-4f6a-8c1e-5d9b7a3f0002', name: 'Production – critical', monitors: 6 },
    { id: '3e7a1c9f-2b4d-4f6a-8c1e-5d9b7a3f0003', name: 'Business hours only', monitors: 3 },
  ];
  const definitions = {};
  for (const d of defs) {
    const levels = [];
    for (let n = 1; n <= opts.levels; n++) {
      levels.push({
        level: n,
        active: n <= 2,
        integrations: [],
      });
    }
    definitions[d.id] = { id: d.id, name: d.name, monitors: d.monitors, levels };
  }
  // A few ticks already present.
  definitions[defs[0].id].levels[0].presetChecked = ['E-mail'];
  definitions[defs[1].id].levels[0].presetChecked = ['E-mail', 'SMS'];
  if (opts.levels >= 2) definitions[defs[1].id].levels[1].presetChecked = ['Slack ops'];
  return { integrations, definitions, order: defs.map((d) => d.id) };
}

const STORE_KEY = `uptrends-sim:${JSON.stringify([opts.alertops, opts.levels, opts.levelvar, opts.varname])}`;
function loadStore() {
  if (opts.persist) {
    try {
      const s = sessionStorage.getItem(STORE_KEY);
      if (s) return JSON.parse(s);
    } catch {
      // ignore
    }
  }
  return seedStore();
}
function persistStore() {
  if (!opts.persist) return;
  try {
    sessionStorage.setItem(STORE_KEY, JSON.stringify(store));
  } catch {
    // ignore
  }
}
const store = loadStore();

const clone = (x) => JSON.parse(JSON.stringify(x));

/** Variables of an integration that are entered on the escalation level. */
function levelVarsOf(integration) {
  const out = {};
  for (const [name, v] of Object.entries(integration?.variables || {})) if (v.mode === 'level') out[name] = '';
  return out;
}

/** The editable model of an alert definition: every built-in and account integration on every level. */
function definitionModel(id) {
  const d = store.definitions[id];
  if (!d) return null;
  return {
    id: d.id,
    name: d.name,
    levels: d.levels.map((lv) => {
      const known = new Map((lv.integrations || []).map((i) => [i.name, i]));
      const all = [...BUILTINS.map((b) => ({ name: b.name })), ...store.integrations];
      return {
        level: lv.level,
        active: lv.active,
        integrations: all.map((integ) => {
          const prev = known.get(integ.name);
          const vars = { ...levelVarsOf(store.integrations.find((x) => x.name === integ.name)) };
          if (prev) {
            for (const k of Object.keys(vars)) if (prev.variables && k in prev.variables) vars[k] = prev.variables[k];
            return {
              name: integ.name,
              checked: prev.checked,
              sendOk: prev.sendOk,
              sendReminder: prev.sendReminder,
              variables: vars,
            };
          }
          return {
            name: integ.name,
            checked: (lv.presetChecked || []).includes(integ.name),
            sendOk: true,
            sendReminder: false,
            variables: vars,
          };
        }),
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// UI state

const state = {
  route: { name: 'home' },
  ui: { alertingOpen: false, accountOpen: false, search: '', filter: '' },
  dialog: null, // {kind:'chooseType', selected} | {kind:'value', varName, source, draft, vaultItem, opener}
  editor: null, // integration editor
  def: null, // alert definition editor
  navSeq: 0,
};

function href(path, extra = {}) {
  const q = new URLSearchParams(keptQuery);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

function navigate(url, replace = false) {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  onRoute();
}

function linkClick(e) {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(e.currentTarget.getAttribute('href'));
}

function matchRoute() {
  const p = location.pathname.replace(/\/+$/, '') || '/';
  const lower = p.toLowerCase();
  const q = new URLSearchParams(location.search);
  if (lower === '/' || lower === '/dashboard') return { name: 'home' };
  if (lower === '/alerting/integrations') return { name: 'integrations' };
  if (lower === '/alerting/integrations/new') return { name: 'integration', isNew: true, type: q.get('type') };
  let m = /^\/alerting\/integrations\/([^/]+)$/i.exec(p);
  if (m) return { name: 'integration', isNew: false, id: decodeURIComponent(m[1]) };
  if (lower === '/alerting/alertdefinitions') return { name: 'definitions' };
  m = /^\/alerting\/alertdefinitions\/([^/]+)$/i.exec(p);
  if (m) return { name: 'definition', id: decodeURIComponent(m[1]) };
  return { name: 'notfound' };
}

function withLoading(target) {
  if (!opts.slow) {
    target.loading = false;
    return;
  }
  target.loading = true;
  const seq = ++state.navSeq;
  setTimeout(() => {
    if (seq !== state.navSeq) return;
    target.loading = false;
    update();
  }, opts.slow);
}

function onRoute() {
  const r = matchRoute();
  state.route = r;
  state.dialog = null;
  state.ui.accountOpen = false;
  state.editor = null;
  state.def = null;
  state.navSeq++;
  if (r.name.startsWith('integration') || r.name.startsWith('definition')) state.ui.alertingOpen = true;
  if (r.name === 'integration') {
    if (r.isNew) {
      const type = typeByKey(r.type);
      state.editor = {
        isNew: true,
        id: null,
        type,
        model: type
          ? {
              name: '',
              type: type.id,
              variables: Object.fromEntries(type.vars.map((v) => [v.name, { mode: 'here', value: '' }])),
            }
          : null,
        description: '',
        status: '',
        error: '',
      };
    } else {
      const integ = store.integrations.find((x) => x.id === r.id);
      const type = integ ? typeByKey(integ.type) : null;
      state.editor = {
        isNew: false,
        id: r.id,
        type,
        model: integ ? { name: integ.name, type: integ.type, variables: clone(integ.variables) } : null,
        description: '',
        status: '',
        error: '',
      };
    }
    withLoading(state.editor);
  } else if (r.name === 'definition') {
    state.def = { model: definitionModel(r.id), tab: 'main', panelLoading: false, status: '', description: '' };
    state.def.extra = Array.from({ length: opts.levels }, (_, i) => ({ after: i * 15, reminder: 60 }));
    withLoading(state.def);
  }
  document.title = `${pageTitle()} | Uptrends`;
  update();
  window.scrollTo(0, 0);
}

function pageTitle() {
  switch (state.route.name) {
    case 'integrations':
      return t.integrations;
    case 'integration':
      return state.editor?.isNew ? t.newIntegration : t.editIntegration;
    case 'definitions':
      return t.alertDefinitions;
    case 'definition':
      return state.def?.model?.name || t.alertDefinitions;
    default:
      return t.dashboards;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Saving (posts the MODEL as JSON)

async function postJson(method, url, body) {
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json().catch(() => ({}));
}

function integrationBody() {
  const m = state.editor.model;
  return { name: m.name, type: m.type, variables: clone(m.variables) };
}

async function saveIntegration() {
  const ed = state.editor;
  if (!ed?.model) return;
  if (!ed.model.name.trim()) {
    ed.error = t.nameRequired;
    ed.status = '';
    update();
    return;
  }
  ed.error = '';
  ed.status = t.saving;
  update();
  const body = integrationBody();
  try {
    if (ed.isNew) await postJson('POST', '/api/integrations', body);
    else await postJson('PUT', `/api/integrations/${encodeURIComponent(ed.id)}`, body);
  } catch {
    ed.status = t.saveFailed;
    update();
    return;
  }
  if (state.editor !== ed) return;
  if (ed.isNew) {
    ed.isNew = false;
    ed.id = crypto.randomUUID();
    store.integrations.push({ id: ed.id, ...clone(body) });
    history.replaceState(null, '', href(`/Alerting/Integrations/${ed.id}`));
    state.route = { name: 'integration', isNew: false, id: ed.id };
  } else {
    const i = store.integrations.findIndex((x) => x.id === ed.id);
    if (i >= 0) store.integrations[i] = { id: ed.id, ...clone(body) };
  }
  persistStore();
  ed.status = t.saved;
  update();
}

async function sendTestAlert() {
  const ed = state.editor;
  if (!ed?.model) return;
  try {
    await postJson('POST', '/api/integrations/test', integrationBody());
    ed.status = t.testAlertSent;
  } catch {
    ed.status = t.saveFailed;
  }
  update();
}

async function saveDefinition() {
  const d = state.def;
  if (!d?.model) return;
  const body = clone(d.model);
  d.status = t.saving;
  update();
  try {
    await postJson('POST', `/api/alertdefinitions/${encodeURIComponent(body.id)}`, body);
  } catch {
    d.status = t.saveFailed;
    update();
    return;
  }
  const stored = store.definitions[body.id];
  stored.name = body.name;
  stored.levels = clone(body.levels);
  persistStore();
  if (state.def === d) {
    d.status = t.saved;
    update();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Dialogs

function openDialog(dialog) {
  const act = document.activeElement;
  state.dialog = { ...dialog, opener: act?.getAttribute?.('data-key') || null };
  update();
  requestAnimationFrame(() => {
    const dlg = document.querySelector('[role="dialog"]');
    const first = dlg?.querySelector('[data-autofocus]') || dlg?.querySelector(FOCUSABLE);
    first?.focus();
  });
}

function closeDialog() {
  const opener = state.dialog?.opener;
  state.dialog = null;
  update();
  if (opener) document.querySelector(`[data-key="${CSS.escape(opener)}"]`)?.focus();
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function dialogKeydown(e) {
  if (e.key === 'Escape') {
    e.preventDefault();
    closeDialog();
    return;
  }
  if (e.key !== 'Tab') return;
  const items = [...e.currentTarget.querySelectorAll(FOCUSABLE)].filter((x) => x.offsetParent !== null);
  if (!items.length) return;
  const first = items[0];
  const last = items[items.length - 1];
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

function DialogLayer() {
  const d = state.dialog;
  let body = null;
  if (d?.kind === 'chooseType') body = ChooseTypeDialog(d);
  else if (d?.kind === 'value') body = ValueDialog(d);
  return h(
    'div',
    { class: 'dialog-layer', 'data-region': 'dialog', 'data-key': 'dialog-layer' },
    h('div', { class: 'backdrop', 'data-key': 'backdrop', onClick: () => closeDialog() }),
    body,
  );
}

function ChooseTypeDialog(d) {
  const titleId = uid('choose-type-title');
  const types = integrationTypes();
  const choose = () => {
    if (!d.selected) return;
    const key = d.selected;
    state.dialog = null;
    navigate(href('/Alerting/Integrations/New', { type: key }));
  };
  return h(
    'div',
    {
      class: 'dialog dialog-wide',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': titleId,
      'data-key': 'dlg-choose',
      onKeydown: dialogKeydown,
    },
    h(
      'div',
      { class: 'dialog-head' },
      h('h2', { id: titleId }, t.chooseTypeTitle),
      h(
        'button',
        { type: 'button', class: 'icon-btn', 'aria-label': t.close, 'data-key': 'dlg-x', onClick: () => closeDialog() },
        '×',
      ),
    ),
    h(
      'div',
      { class: 'dialog-body' },
      h(
        'div',
        { class: 'type-grid', role: 'radiogroup', 'aria-labelledby': titleId },
        types.map((ty) =>
          h(
            'label',
            {
              class: `type-card${d.selected === ty.key ? ' is-selected' : ''}`,
              'data-key': `card-${ty.key}`,
              onDblclick: () => {
                d.selected = ty.key;
                choose();
              },
            },
            h('input', {
              type: 'radio',
              name: `integration-type-${UID}`,
              value: ty.key,
              class: 'card-radio',
              'data-key': `radio-${ty.key}`,
              checked: d.selected === ty.key,
              onChange: (e) => {
                if (e.currentTarget.checked) {
                  d.selected = ty.key;
                  update();
                }
              },
            }),
            h('span', { class: `logo logo-${ty.key}`, 'aria-hidden': 'true' }, ty.label.slice(0, 2)),
            h('span', { class: 'card-text' }, h('strong', {}, ty.label), h('small', {}, ty.blurb)),
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'dialog-foot' },
      h('button', { type: 'button', class: 'btn', 'data-key': 'dlg-cancel', onClick: () => closeDialog() }, t.cancel),
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-primary',
          'data-key': 'dlg-choose-btn',
          disabled: !d.selected,
          onClick: choose,
        },
        t.choose,
      ),
    ),
  );
}

const VAULT_ITEMS = ['AlertOps endpoint (vault)', 'Slack webhook (vault)', 'ServiceNow service account'];

function ValueDialog(d) {
  const titleId = uid('value-title');
  const plainId = uid('value-plain');
  const vaultId = uid('value-vault');
  const inputId = uid('value-input');
  const vaultSelId = uid('value-vault-select');
  const apply = () => {
    const v = state.editor?.model?.variables?.[d.varName];
    if (v) v.value = d.source === 'vault' ? (d.vaultItem ? `{{vault:${d.vaultItem}}}` : '') : d.draft;
    closeDialog();
  };
  return h(
    'div',
    {
      class: 'dialog',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': titleId,
      'data-key': 'dlg-value',
      onKeydown: dialogKeydown,
    },
    h(
      'div',
      { class: 'dialog-head' },
      h('h2', { id: titleId }, `${t.editValue}: ${d.varName}`),
      h(
        'button',
        {
          type: 'button',
          class: 'icon-btn',
          'aria-label': t.close,
          'data-key': 'dlgv-x',
          onClick: () => closeDialog(),
        },
        '×',
      ),
    ),
    h(
      'div',
      { class: 'dialog-body' },
      h(
        'div',
        { class: 'radio-row', role: 'radiogroup', 'aria-label': t.valueSource },
        h(
          'span',
          { class: 'radio-opt' },
          h('input', {
            type: 'radio',
            id: plainId,
            name: `value-source-${UID}`,
            value: 'plain',
            'data-key': 'src-plain',
            checked: d.source === 'plain',
            onChange: (e) => {
              if (e.currentTarget.checked) {
                d.source = 'plain';
                update();
              }
            },
          }),
          h('label', { for: plainId }, t.plainText),
        ),
        h(
          'span',
          { class: 'radio-opt' },
          h('input', {
            type: 'radio',
            id: vaultId,
            name: `value-source-${UID}`,
            value: 'vault',
            'data-key': 'src-vault',
            checked: d.source === 'vault',
            onChange: (e) => {
              if (e.currentTarget.checked) {
                d.source = 'vault';
                update();
              }
            },
          }),
          h('label', { for: vaultId }, t.vaultCredential),
        ),
      ),
      d.source === 'plain'
        ? h(
            'div',
            { class: 'field', 'data-key': 'plain-field' },
            h('label', { for: inputId }, t.value),
            h('input', {
              type: 'text',
              id: inputId,
              class: 'input',
              autocomplete: 'off',
              spellcheck: 'false',
              'data-key': 'value-input',
              'data-autofocus': true,
              value: d.draft,
              onInput: (e) => {
                d.draft = e.currentTarget.value;
              },
              onChange: (e) => {
                d.draft = e.currentTarget.value;
              },
              onKeydown: (e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  apply();
                }
              },
            }),
          )
        : h(
            'div',
            { class: 'field', 'data-key': 'vault-field' },
            h('label', { for: vaultSelId }, t.vaultItem),
            h(
              'select',
              {
                id: vaultSelId,
                class: 'input',
                'data-key': 'vault-select',
                value: d.vaultItem,
                onChange: (e) => {
                  d.vaultItem = e.currentTarget.value;
                },
              },
              h('option', { value: '' }, '—'),
              VAULT_ITEMS.map((v) => h('option', { value: v }, v)),
            ),
          ),
    ),
    h(
      'div',
      { class: 'dialog-foot' },
      h('button', { type: 'button', class: 'btn', 'data-key': 'dlgv-cancel', onClick: () => closeDialog() }, t.cancel),
      h('button', { type: 'button', class: 'btn btn-primary', 'data-key': 'dlgv-select', onClick: apply }, t.select),
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Shell: header, sidebar menu, footer

function Header() {
  const menuId = uid('account-menu');
  return h(
    'header',
    { class: 'topbar', 'data-key': 'topbar' },
    h('a', { class: 'skip', href: '#main' }, t.skip),
    h(
      'a',
      { class: 'brand', href: href('/'), onClick: linkClick, 'data-key': 'brand' },
      h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, 'U'),
      'Uptrends',
    ),
    h(
      'form',
      { role: 'search', class: 'searchbox', onSubmit: (e) => e.preventDefault() },
      h('input', {
        type: 'search',
        'aria-label': t.search,
        placeholder: t.searchPlaceholder,
        'data-key': 'global-search',
        value: state.ui.search,
        onInput: (e) => {
          state.ui.search = e.currentTarget.value;
        },
      }),
    ),
    h('button', { type: 'button', class: 'icon-btn', 'aria-label': t.help, 'data-key': 'help' }, '?'),
    h(
      'div',
      { class: 'account' },
      h(
        'button',
        {
          type: 'button',
          class: 'account-btn',
          'aria-haspopup': 'menu',
          'aria-expanded': String(state.ui.accountOpen),
          'aria-controls': menuId,
          'data-key': 'account-btn',
          onClick: (e) => {
            e.stopPropagation();
            state.ui.accountOpen = !state.ui.accountOpen;
            update();
          },
        },
        h('span', { class: 'avatar', 'aria-hidden': 'true' }, 'JJ'),
        'Jan Jansen',
        h('small', {}, ' · Acme Corp'),
      ),
      state.ui.accountOpen
        ? h(
            'ul',
            { class: 'account-menu', role: 'menu', id: menuId, 'data-key': 'account-menu' },
            [t.accountSettings, t.apiManagement, t.logOut].map((label, i) =>
              h(
                'li',
                { role: 'none' },
                h(
                  'button',
                  {
                    type: 'button',
                    role: 'menuitem',
                    'data-key': `acct-${i}`,
                    onClick: () => {
                      state.ui.accountOpen = false;
                      update();
                    },
                  },
                  label,
                ),
              ),
            ),
          )
        : null,
    ),
  );
}

function Sidebar() {
  const subId = uid('alerting-submenu');
  const current = state.route.name;
  const item = (label, path, isCurrent, key) =>
    h(
      'li',
      {},
      h(
        'a',
        {
          href: href(path),
          class: isCurrent ? 'current' : null,
          'aria-current': isCurrent ? 'page' : null,
          'data-key': key,
          onClick: linkClick,
        },
        label,
      ),
    );
  return h(
    'nav',
    { class: 'sidebar', 'aria-label': t.mainMenu, 'data-key': 'sidebar' },
    h(
      'ul',
      {},
      item(t.dashboards, '/Dashboard', current === 'home', 'nav-dash'),
      item(t.monitoring, '/Monitoring/Monitors', false, 'nav-mon'),
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'nav-group',
            'aria-expanded': String(state.ui.alertingOpen),
            'aria-controls': subId,
            'data-key': 'nav-alerting',
            onClick: () => {
              state.ui.alertingOpen = !state.ui.alertingOpen;
              update();
            },
          },
          h('span', { class: 'nav-icon', 'aria-hidden': 'true' }),
          t.menuAlerting,
          h('span', { class: 'chev', 'aria-hidden': 'true' }, state.ui.alertingOpen ? '▾' : '▸'),
        ),
        state.ui.alertingOpen
          ? h(
              'ul',
              { class: 'submenu', id: subId, 'data-key': 'nav-alerting-sub' },
              item(
                t.alertDefinitions,
                '/Alerting/AlertDefinitions',
                current === 'definitions' || current === 'definition',
                'nav-defs',
              ),
              item(
                t.menuIntegrations,
                '/Alerting/Integrations',
                current === 'integrations' || current === 'integration',
                'nav-int',
              ),
              item(t.alertLog, '/Alerting/AlertLog', false, 'nav-log'),
            )
          : null,
      ),
      item(t.accountSetup, '/Account/Setup', false, 'nav-acct'),
    ),
  );
}

function Footer() {
  return h(
    'footer',
    { class: 'footer', 'data-key': 'footer' },
    h('span', {}, '© 2025 Uptrends, an ITRS company'),
    h('a', { href: 'https://www.uptrends.com/privacy', rel: 'noreferrer' }, t.privacy),
    h('a', { href: 'https://www.uptrends.com/terms', rel: 'noreferrer' }, t.terms),
    h('a', { href: 'https://status.uptrends.com/', rel: 'noreferrer' }, t.status),
  );
}

function Loading() {
  return h(
    'div',
    { class: 'loading', role: 'status', 'data-key': 'loading' },
    h('span', { class: 'spinner' }),
    t.loading,
  );
}

function Breadcrumb(items) {
  return h(
    'nav',
    { class: 'breadcrumb', 'aria-label': 'Breadcrumb' },
    h(
      'ol',
      {},
      items.map(([label, path]) =>
        h('li', {}, path ? h('a', { href: href(path), onClick: linkClick }, label) : h('span', {}, label)),
      ),
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Pages

function HomePage() {
  return h(
    'div',
    { class: 'page', 'data-key': 'home' },
    h('h1', {}, t.welcome),
    h('p', { class: 'muted' }, t.homeText),
    h(
      'div',
      { class: 'tiles' },
      ['www.acme.example', 'api.acme.example', 'shop.acme.example'].map((s, i) =>
        h(
          'div',
          { class: 'tile' },
          h('strong', {}, s),
          h('span', { class: i === 1 ? 'badge bad' : 'badge ok' }, i === 1 ? 'Error' : 'OK'),
        ),
      ),
    ),
  );
}

function IntegrationsPage() {
  const f = state.ui.filter.toLowerCase();
  const rows = store.integrations.filter((x) => !f || x.name.toLowerCase().includes(f));
  const filterId = uid('int-filter');
  return h(
    'div',
    { class: 'page', 'data-key': 'integrations' },
    Breadcrumb([[t.breadcrumbAlerting], [t.integrations]]),
    h(
      'div',
      { class: 'page-head' },
      h('h1', {}, t.integrations),
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-primary',
          'data-key': 'add-integration',
          onClick: () => openDialog({ kind: 'chooseType', selected: null }),
        },
        h('span', { 'aria-hidden': 'true' }, '+ '),
        t.addIntegration,
      ),
    ),
    h(
      'div',
      { class: 'toolbar' },
      h('label', { for: filterId, class: 'sr-only' }, t.filter),
      h('input', {
        type: 'text',
        id: filterId,
        class: 'input small',
        placeholder: t.filter,
        'data-key': 'int-filter',
        value: state.ui.filter,
        onInput: (e) => {
          state.ui.filter = e.currentTarget.value;
          update();
        },
      }),
    ),
    h(
      'table',
      { class: 'grid' },
      h('thead', {}, h('tr', {}, h('th', {}, t.name), h('th', {}, t.type), h('th', {}, t.predefinedVariables))),
      h(
        'tbody',
        {},
        rows.map((x) => {
          const ty = typeByKey(x.type);
          return h(
            'tr',
            { 'data-key': `row-${x.id}` },
            h('td', {}, h('a', { href: href(`/Alerting/Integrations/${x.id}`), onClick: linkClick }, x.name)),
            h('td', {}, ty ? ty.label : x.type),
            h('td', { class: 'muted' }, Object.keys(x.variables || {}).join(', ')),
          );
        }),
      ),
    ),
  );
}

/** One predefined-variable row of the integration editor. */
function VariableRow(type, v, ed) {
  const model = ed.model.variables[v.name];
  const labelling = opts.varlabel || type.labelling;
  const nameId = uid('var', v.name, 'name');
  const descId = uid('var', v.name, 'desc');
  const inputId = uid('var', v.name, 'input');
  const selectId = uid('var', v.name, 'mode');
  const modeSelect = h(
    'select',
    {
      class: 'input',
      id: selectId,
      'data-key': `mode-${v.name}`,
      'aria-labelledby': labelling === 'aria' ? nameId : null,
      'aria-label': labelling === 'for' ? `${v.name} – ${t.valueSource}` : null,
      value: model.mode,
      onChange: (e) => {
        model.mode = e.currentTarget.value;
        update();
      },
    },
    h('option', { value: 'here' }, t.specifyHere),
    h('option', { value: 'level' }, t.specifyInLevel),
  );
  const nameEl =
    labelling === 'for' && opts.entry === 'plain'
      ? h('label', { class: 'var-name', id: nameId, for: inputId }, v.name)
      : h('div', { class: 'var-name', id: nameId }, v.name);
  let valueCell;
  if (model.mode === 'level') {
    valueCell = h('div', { class: 'muted small', 'data-key': `hint-${v.name}` }, t.levelValueHint);
  } else if (opts.entry === 'plain') {
    valueCell = h('input', {
      type: 'text',
      class: 'input',
      id: inputId,
      autocomplete: 'off',
      spellcheck: 'false',
      'data-key': `value-${v.name}`,
      'aria-labelledby': labelling === 'aria' ? `${nameId} ${descId}` : null,
      value: model.value,
      onInput: (e) => {
        model.value = e.currentTarget.value;
      },
      onChange: (e) => {
        model.value = e.currentTarget.value;
      },
    });
  } else {
    valueCell = h(
      'div',
      { class: 'value-display', 'data-key': `display-${v.name}` },
      h('span', { class: model.value ? 'value-text' : 'value-text empty', id: inputId }, model.value || '—'),
      h(
        'button',
        {
          type: 'button',
          class: 'icon-btn dots',
          'aria-label': t.editValue,
          title: t.editValue,
          'aria-describedby': nameId,
          'data-key': `dots-${v.name}`,
          onClick: () =>
            openDialog({
              kind: 'value',
              varName: v.name,
              source: /^\{\{vault:/.test(model.value) ? 'vault' : 'plain',
              draft: /^\{\{vault:/.test(model.value) ? '' : model.value,
              vaultItem: '',
            }),
        },
        '⋯',
      ),
    );
  }
  return h(
    'div',
    { class: 'var-row', 'data-key': `var-${v.name}` },
    h('div', { class: 'var-label' }, nameEl, h('div', { class: 'var-desc muted', id: descId }, v.desc)),
    h('div', { class: 'var-mode' }, modeSelect),
    h('div', { class: 'var-value' }, valueCell),
  );
}

function PredefinedVariables(ed) {
  const headId = uid('predef-head');
  return h(
    'section',
    { class: 'card', 'aria-labelledby': headId, 'data-region': 'vars', 'data-key': 'vars' },
    h('h2', { id: headId }, t.predefinedVariables),
    h('p', { class: 'muted small' }, t.varsHint),
    h(
      'div',
      { class: 'var-head', 'aria-hidden': 'true' },
      h('span', {}, t.variable),
      h('span', {}, t.valueSource),
      h('span', {}, t.value),
    ),
    ed.type.vars.map((v) => VariableRow(ed.type, v, ed)),
  );
}

function IntegrationPage() {
  const ed = state.editor;
  const crumbs = [[t.breadcrumbAlerting], [t.integrations, '/Alerting/Integrations']];
  if (ed.loading) return h('div', { class: 'page', 'data-key': 'integration-loading' }, Breadcrumb(crumbs), Loading());
  if (!ed.model || !ed.type) {
    return h('div', { class: 'page', 'data-key': 'integration-missing' }, Breadcrumb(crumbs), h('p', {}, t.notFound));
  }
  const nameId = uid('integration-name');
  const descId = uid('integration-description');
  const typeLabelId = uid('integration-type-label');
  const errId = uid('integration-name-error');
  const title = ed.isNew ? t.newIntegration : t.editIntegration;
  return h(
    'div',
    { class: 'page', 'data-key': 'integration' },
    Breadcrumb([...crumbs, [title]]),
    h('div', { class: 'page-head' }, h('h1', {}, title)),
    h(
      'form',
      { class: 'editor', novalidate: true, onSubmit: (e) => e.preventDefault() },
      h(
        'section',
        { class: 'card' },
        h(
          'div',
          { class: 'field' },
          h('label', { for: nameId }, t.integrationName, h('span', { class: 'req', 'aria-hidden': 'true' }, ' *')),
          h('input', {
            type: 'text',
            id: nameId,
            class: ed.error ? 'input invalid' : 'input',
            required: true,
            maxlength: '100',
            'aria-invalid': ed.error ? 'true' : null,
            'aria-describedby': ed.error ? errId : null,
            'data-key': 'integration-name',
            value: ed.model.name,
            onInput: (e) => {
              ed.model.name = e.currentTarget.value;
              if (ed.error && ed.model.name.trim()) {
                ed.error = '';
                update();
              }
            },
            onChange: (e) => {
              ed.model.name = e.currentTarget.value;
            },
          }),
          ed.error ? h('div', { class: 'error', id: errId, role: 'alert' }, ed.error) : null,
        ),
        h(
          'div',
          { class: 'field' },
          h('span', { class: 'label', id: typeLabelId }, t.integrationType),
          h(
            'div',
            { class: 'static-value', role: 'textbox', 'aria-readonly': 'true', 'aria-labelledby': typeLabelId },
            h('span', { class: `logo logo-${ed.type.key} tiny`, 'aria-hidden': 'true' }, ed.type.label.slice(0, 2)),
            ed.type.label,
          ),
        ),
        h(
          'div',
          { class: 'field' },
          h('label', { for: descId }, t.description),
          h('textarea', {
            id: descId,
            class: 'input',
            rows: '2',
            'data-key': 'integration-description',
            value: ed.description,
            onInput: (e) => {
              ed.description = e.currentTarget.value;
            },
          }),
        ),
      ),
      region('vars', () => PredefinedVariables(state.editor)),
      h(
        'section',
        { class: 'card' },
        h('h2', {}, t.customVariables),
        h('p', { class: 'muted small' }, t.noCustomVariables),
      ),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'btn', 'data-key': 'send-test', onClick: sendTestAlert }, t.sendTestAlert),
        h('span', { class: 'spacer' }),
        h('a', { class: 'btn btn-link', href: href('/Alerting/Integrations'), onClick: linkClick }, t.cancel),
        h('button', { type: 'button', class: 'btn btn-primary', 'data-key': 'save', onClick: saveIntegration }, t.save),
        h('span', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-key': 'status' }, ed.status),
      ),
    ),
  );
}

function DefinitionsPage() {
  return h(
    'div',
    { class: 'page', 'data-key': 'definitions' },
    Breadcrumb([[t.breadcrumbAlerting], [t.alertDefinitions]]),
    h(
      'div',
      { class: 'page-head' },
      h('h1', {}, t.alertDefinitions),
      h('button', { type: 'button', class: 'btn', 'data-key': 'add-def' }, `+ ${t.addAlertDefinition}`),
    ),
    h(
      'table',
      { class: 'grid' },
      h('thead', {}, h('tr', {}, h('th', {}, t.name), h('th', {}, t.levels), h('th', {}, t.monitors))),
      h(
        'tbody',
        {},
        store.order.map((id) => {
          const d = store.definitions[id];
          return h(
            'tr',
            { 'data-key': `def-${id}` },
            h('td', {}, h('a', { href: href(`/Alerting/AlertDefinitions/${id}`), onClick: linkClick }, d.name)),
            h('td', {}, String(d.levels.filter((l) => l.active).length), ' / ', String(d.levels.length)),
            h('td', {}, String(d.monitors)),
          );
        }),
      ),
    ),
  );
}

/** Which checkbox markup a level row uses. */
function checkboxStyle(name, level) {
  if (opts.checkbox === 'custom') return 'custom';
  const i = BUILTINS.findIndex((b) => b.name === name);
  if (opts.checkbox === 'native') return i === 1 || name === 'Slack ops' ? 'for' : 'wrap';
  if (name === 'E-mail' || name === 'Phone' || name === 'Webhook CMDB') return 'wrap';
  if (name === 'SMS' || name === 'Slack ops') return 'for';
  if (name === 'AlertOps production') return level % 2 === 1 ? 'custom' : 'for';
  if (name === 'AlertOps staging') return level % 2 === 1 ? 'wrap' : 'custom';
  return 'for';
}

function IntegrationCheckbox(style, label, checked, level, name, onToggle) {
  const key = `cb-${level}-${name}`;
  const id = uid('lvl', level, name, 'cb');
  if (style === 'custom') {
    const lblId = uid('lvl', level, name, 'lbl');
    return h(
      'span',
      { class: 'cb-custom-wrap' },
      h('span', {
        role: 'checkbox',
        tabindex: '0',
        class: checked ? 'cb-custom checked' : 'cb-custom',
        'aria-checked': String(checked),
        'aria-labelledby': lblId,
        'data-key': key,
        onClick: () => onToggle(!checked),
        onKeydown: (e) => {
          if (e.key === ' ' || e.key === 'Spacebar') {
            e.preventDefault();
            onToggle(!checked);
          }
        },
      }),
      h('span', { class: 'cb-label', id: lblId, 'data-key': `${key}-lbl`, onClick: () => onToggle(!checked) }, label),
    );
  }
  const input = h('input', {
    type: 'checkbox',
    id: style === 'for' ? id : null,
    'data-key': key,
    checked,
    onChange: (e) => onToggle(e.currentTarget.checked),
  });
  if (style === 'wrap') return h('label', { class: 'cb' }, input, h('span', {}, label));
  return h('span', { class: 'cb' }, input, h('label', { for: id }, label));
}

function LevelIntegrationRow(lv, integ) {
  const builtin = BUILTINS.find((b) => b.name === integ.name);
  const account = store.integrations.find((x) => x.name === integ.name);
  const type = account ? typeByKey(account.type) : null;
  const label = builtin ? t[builtin.labelKey] : integ.name;
  const style = checkboxStyle(integ.name, lv.level);
  const optsId = uid('lvl', lv.level, integ.name, 'options');
  const toggle = (v) => {
    integ.checked = v;
    update();
  };
  const optionBox = (key, text, prop) =>
    h(
      'label',
      { class: 'cb small' },
      h('input', {
        type: 'checkbox',
        'data-key': `${key}-${lv.level}-${integ.name}`,
        checked: integ[prop],
        onChange: (e) => {
          integ[prop] = e.currentTarget.checked;
        },
      }),
      h('span', {}, text),
    );
  return h(
    'li',
    { class: integ.checked ? 'int-row expanded' : 'int-row', 'data-key': `int-${lv.level}-${integ.name}` },
    h(
      'div',
      { class: 'int-head' },
      IntegrationCheckbox(style, label, integ.checked, lv.level, integ.name, toggle),
      h('span', { class: 'type-badge' }, builtin ? t.builtIn : type ? type.label : account?.type || ''),
    ),
    integ.checked
      ? h(
          'div',
          { class: 'int-options', id: optsId, 'data-key': `opts-${lv.level}-${integ.name}` },
          optionBox('ok', t.sendOk, 'sendOk'),
          optionBox('rem', t.sendReminder, 'sendReminder'),
          Object.keys(integ.variables).map((vn) => {
            const vid = uid('lvl', lv.level, integ.name, vn);
            const did = uid('lvl', lv.level, integ.name, vn, 'desc');
            const desc = type?.vars.find((x) => x.name === vn)?.desc || '';
            return h(
              'div',
              { class: 'field level-var', 'data-key': `lvar-${lv.level}-${integ.name}-${vn}` },
              h('label', { for: vid }, vn),
              h('input', {
                type: 'text',
                id: vid,
                class: 'input',
                autocomplete: 'off',
                spellcheck: 'false',
                'aria-describedby': did,
                'data-key': `lvar-input-${lv.level}-${integ.name}-${vn}`,
                value: integ.variables[vn],
                onInput: (e) => {
                  integ.variables[vn] = e.currentTarget.value;
                },
                onChange: (e) => {
                  integ.variables[vn] = e.currentTarget.value;
                },
              }),
              h('div', { class: 'muted small', id: did }, desc),
            );
          }),
        )
      : null,
  );
}

function LevelPanel(lv, extra) {
  const activeId = uid('lvl', lv.level, 'active');
  const afterId = uid('lvl', lv.level, 'after');
  const remId = uid('lvl', lv.level, 'reminder');
  const secId = uid('lvl', lv.level, 'integrations-head');
  const activeInput = h('input', {
    type: 'checkbox',
    id: lv.level === 1 ? activeId : null,
    'data-key': `active-${lv.level}`,
    checked: lv.active,
    onChange: (e) => {
      lv.active = e.currentTarget.checked;
      update();
    },
  });
  return h(
    'div',
    { class: 'level', 'data-key': `level-${lv.level}` },
    h('p', { class: 'muted small' }, t.levelIntro),
    lv.level === 1
      ? h('div', { class: 'cb' }, activeInput, h('label', { for: activeId }, t.active))
      : h('label', { class: 'cb' }, activeInput, h('span', {}, t.active)),
    lv.active ? null : h('p', { class: 'note' }, t.levelInactiveNote),
    h(
      'div',
      { class: 'row' },
      h(
        'div',
        { class: 'field' },
        h('label', { for: afterId }, t.escalateAfter),
        h('input', {
          type: 'number',
          id: afterId,
          min: '0',
          class: 'input small',
          'data-key': `after-${lv.level}`,
          value: extra.after,
          onInput: (e) => {
            extra.after = Number(e.currentTarget.value);
          },
        }),
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { for: remId }, t.reminderInterval),
        h('input', {
          type: 'number',
          id: remId,
          min: '0',
          class: 'input small',
          'data-key': `rem-${lv.level}`,
          value: extra.reminder,
          onInput: (e) => {
            extra.reminder = Number(e.currentTarget.value);
          },
        }),
      ),
    ),
    h(
      'section',
      { class: 'subsection', 'aria-labelledby': secId },
      h('h3', { id: secId }, t.alertingByIntegrations),
      h(
        'ul',
        { class: 'int-list' },
        lv.integrations.map((integ) => LevelIntegrationRow(lv, integ)),
      ),
    ),
  );
}

function Tabs() {
  const d = state.def;
  const m = d.model;
  const tabs = [
    { key: 'main', label: t.mainTab },
    ...m.levels.map((lv) => ({ key: lv.level, label: `${t.escalationLevel} ${lv.level}`, inactive: !lv.active })),
    { key: 'members', label: t.membersTab },
  ];
  const select = (key, focus) => {
    if (d.tab !== key) {
      d.tab = key;
      if (opts.slow) {
        d.panelLoading = true;
        const seq = ++state.navSeq;
        setTimeout(() => {
          if (seq !== state.navSeq) return;
          d.panelLoading = false;
          update();
        }, opts.slow);
      }
      d.status = '';
      update();
    }
    if (focus) document.querySelector(`[data-key="tab-${key}"]`)?.focus();
  };
  const panelId = uid('tabpanel', d.tab);
  const tabId = (key) => uid('tab', key);
  let panel;
  if (d.panelLoading) panel = Loading();
  else if (d.tab === 'main') panel = MainPanel();
  else if (d.tab === 'members') panel = h('p', { 'data-key': 'members' }, t.membersText);
  else panel = LevelPanel(m.levels[d.tab - 1], d.extra[d.tab - 1]);
  return h(
    'div',
    { class: 'tabs', 'data-region': 'tabs', 'data-key': 'tabs' },
    h(
      'div',
      { role: 'tablist', class: 'tablist', 'aria-label': m.name },
      tabs.map((tb, i) =>
        h(
          'button',
          {
            type: 'button',
            role: 'tab',
            id: tabId(tb.key),
            class: tb.inactive ? 'tab inactive' : 'tab',
            'aria-selected': String(d.tab === tb.key),
            'aria-controls': d.tab === tb.key ? panelId : null,
            tabindex: d.tab === tb.key ? '0' : '-1',
            'data-key': `tab-${tb.key}`,
            onClick: () => select(tb.key, false),
            onKeydown: (e) => {
              let j = -1;
              if (e.key === 'ArrowRight') j = (i + 1) % tabs.length;
              else if (e.key === 'ArrowLeft') j = (i - 1 + tabs.length) % tabs.length;
              else if (e.key === 'Home') j = 0;
              else if (e.key === 'End') j = tabs.length - 1;
              if (j < 0) return;
              e.preventDefault();
              select(tabs[j].key, true);
            },
          },
          tb.label,
          tb.inactive ? h('span', { class: 'dot', 'aria-hidden': 'true' }) : null,
        ),
      ),
    ),
    h(
      'div',
      {
        role: 'tabpanel',
        id: panelId,
        class: 'tabpanel',
        tabindex: '0',
        'aria-labelledby': tabId(d.tab),
        'data-key': `panel-${d.tab}`,
      },
      panel,
    ),
  );
}

function MainPanel() {
  const d = state.def;
  const nameId = uid('def-name');
  const descId = uid('def-desc');
  return h(
    'div',
    { class: 'main-panel', 'data-key': 'main-panel' },
    h(
      'div',
      { class: 'field' },
      h('label', { for: nameId }, t.definitionName),
      h('input', {
        type: 'text',
        id: nameId,
        class: 'input',
        'data-key': 'def-name',
        value: d.model.name,
        onInput: (e) => {
          d.model.name = e.currentTarget.value;
        },
        onChange: (e) => {
          d.model.name = e.currentTarget.value;
        },
      }),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: descId }, t.description),
      h('textarea', {
        id: descId,
        class: 'input',
        rows: '3',
        'data-key': 'def-desc',
        value: d.description,
        onInput: (e) => {
          d.description = e.currentTarget.value;
        },
      }),
    ),
  );
}

function DefinitionPage() {
  const d = state.def;
  const crumbs = [[t.breadcrumbAlerting], [t.alertDefinitions, '/Alerting/AlertDefinitions']];
  if (d.loading) return h('div', { class: 'page', 'data-key': 'definition-loading' }, Breadcrumb(crumbs), Loading());
  if (!d.model)
    return h('div', { class: 'page', 'data-key': 'def-missing' }, Breadcrumb(crumbs), h('p', {}, t.notFound));
  const stored = store.definitions[d.model.id];
  return h(
    'div',
    { class: 'page', 'data-key': 'definition' },
    Breadcrumb([...crumbs, [stored.name]]),
    h('div', { class: 'page-head' }, h('h1', {}, stored.name)),
    region('tabs', Tabs),
    h(
      'div',
      { class: 'actions sticky' },
      h('span', { class: 'spacer' }),
      h('a', { class: 'btn btn-link', href: href('/Alerting/AlertDefinitions'), onClick: linkClick }, t.cancel),
      h('button', { type: 'button', class: 'btn btn-primary', 'data-key': 'save', onClick: saveDefinition }, t.save),
      h('span', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-key': 'status' }, d.status),
    ),
  );
}

function NotFoundPage() {
  return h('div', { class: 'page', 'data-key': 'notfound' }, h('h1', {}, 'Uptrends'), h('p', {}, t.notFound));
}

function View() {
  switch (state.route.name) {
    case 'home':
      return HomePage();
    case 'integrations':
      return IntegrationsPage();
    case 'integration':
      return IntegrationPage();
    case 'definitions':
      return DefinitionsPage();
    case 'definition':
      return DefinitionPage();
    default:
      return NotFoundPage();
  }
}

function App() {
  const modal = Boolean(state.dialog);
  return h(
    'div',
    { class: 'app', 'data-key': 'app' },
    h(
      'div',
      { class: 'shell', 'data-key': 'shell', inert: modal, 'aria-hidden': modal ? 'true' : null },
      Header(),
      h(
        'div',
        { class: 'body' },
        Sidebar(),
        h('main', { id: 'main', class: 'main', 'data-key': `main-${state.route.name}` }, View()),
      ),
      Footer(),
    ),
    modal ? region('dialog', DialogLayer) : null,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Boot

const root = document.getElementById('root');
let rendering = false;
function update() {
  if (rendering) return;
  rendering = true;
  try {
    if (!state.dialog) delete regions.dialog;
    if (state.route.name !== 'definition') delete regions.tabs;
    if (state.route.name !== 'integration') delete regions.vars;
    const tree = App();
    if (root.firstElementChild) morph(root.firstElementChild, tree);
    else root.appendChild(tree);
  } finally {
    rendering = false;
  }
}

window.addEventListener('popstate', onRoute);
document.addEventListener('click', (e) => {
  if (!state.ui.accountOpen) return;
  if (e.target instanceof Element && e.target.closest('.account')) return;
  state.ui.accountOpen = false;
  update();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && state.ui.accountOpen) {
    state.ui.accountOpen = false;
    update();
  }
});

if (opts.rerender) {
  setInterval(() => {
    if (state.dialog) refreshRegion('dialog');
    if (state.route.name === 'definition' && state.def && !state.def.loading) refreshRegion('tabs');
    if (state.route.name === 'integration' && state.editor && !state.editor.loading) refreshRegion('vars');
  }, 700);
}

onRoute();
