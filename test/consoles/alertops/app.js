/*
 * Simulated AlertOps console (test fixture). A single-page app without a framework, behaving like one:
 * client-side routes (pushState/popstate, intercepted links), state in memory, and every state change re-renders the
 * whole view from scratch (new DOM nodes, same look), as a virtual-DOM framework that does not reuse nodes would.
 *
 * Query parameters read on first load and kept on every client route:
 *   ui=legacy|current  label set (default current)      shape=restapi  legacy RESTAPI.svc URL shape
 *   delay=<ms>         forwarded to every API call      churn=<ms>     re-render the whole view every <ms>
 */

const root = document.getElementById('root');
const initialQuery = new URLSearchParams(location.search);
const UI = initialQuery.get('ui') === 'legacy' ? 'legacy' : 'current';
const SHAPE = initialQuery.get('shape') === 'restapi' ? 'restapi' : 'current';
const API_DELAY = initialQuery.get('delay');
const CHURN_MS = Number(initialQuery.get('churn')) || 0;
const TENANT = location.hostname.split('.')[0] || 'app';

const sticky = new URLSearchParams();
sticky.set('ui', UI);
for (const key of ['shape', 'delay', 'churn']) {
  const value = initialQuery.get(key);
  if (value !== null) sticky.set(key, value);
}

// ---------------------------------------------------------------------------------------------------------------
// Reference data

const TEMPLATES = [
  ['Custom', 'Any tool that can POST JSON'],
  ['Alerta', 'Open-source alert monitoring'],
  ['AppDynamics', 'Application performance monitoring'],
  ['AWS CloudWatch', 'Amazon Web Services metrics and alarms'],
  ['Azure Monitor', 'Microsoft Azure alerts'],
  ['Datadog', 'Cloud monitoring and analytics'],
  ['Dynatrace', 'Software intelligence platform'],
  ['Elastic', 'Elasticsearch Watcher and Kibana alerts'],
  ['Grafana', 'Dashboards and alerting'],
  ['Icinga', 'Infrastructure monitoring'],
  ['LogicMonitor', 'Hybrid observability'],
  ['Nagios', 'Infrastructure monitoring'],
  ['New Relic', 'Observability platform'],
  ['Pingdom', 'Website uptime monitoring'],
  ['Prometheus', 'Alertmanager webhooks'],
  ['PRTG', 'Network monitoring'],
  ['Sentry', 'Error tracking'],
  ['Site24x7', 'Website and server monitoring'],
  ['SolarWinds', 'IT operations management'],
  ['Splunk', 'Search and alerting'],
  ['StatusCake', 'Website monitoring'],
  ['Uptrends', 'Website, API and transaction monitoring'],
  ['Zabbix', 'Enterprise-class monitoring'],
];
const RECOMMENDED = ['Uptrends', 'Datadog', 'Grafana', 'Prometheus', 'Azure Monitor', 'Custom'];
const GROUPS = ['Operations', 'Platform Team', 'Database On-Call', 'Network Engineering'];
const USERS = ['Jane Operator', 'Sam Lee', 'Priya Natarajan', 'Marco Rossi'];
const POLICIES = ['Default Escalation Policy', 'Critical – 24x7', 'Business Hours Only'];
const CHANNELS = ['API', 'Email', 'Chat', 'Heartbeat'];
const INCIDENTS = [
  ['#4821', 'High CPU on db-prod-02', 'Open', 'Database On-Call'],
  ['#4820', 'Checkout API latency above 2 s', 'Acknowledged', 'Operations'],
  ['#4817', 'Certificate expires in 14 days', 'Resolved', 'Platform Team'],
];

// ---------------------------------------------------------------------------------------------------------------
// State

const state = {
  route: { name: 'boot', params: {} },
  integrations: { status: 'idle', items: [], error: '' },
  details: {},
  form: null,
  banner: null,
  toast: '',
  openMenu: null,
  helpOpen: false,
  sidebarIntegrations: null,
  channel: 'API',
  templateFilter: '',
  listFilter: '',
  detailTab: 'basic',
};

let pendingFocus = null;
let bannerTimer;
let toastTimer;
let detailToken = 0;
let listToken = 0;

// ---------------------------------------------------------------------------------------------------------------
// Tiny DOM builder

function h(tag, props, ...children) {
  const el = document.createElement(tag);
  let value;
  for (const [key, v] of Object.entries(props ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (key.startsWith('on') && typeof v === 'function') el.addEventListener(key.slice(2).toLowerCase(), v);
    else if (key === 'class') el.className = Array.isArray(v) ? v.filter(Boolean).join(' ') : v;
    else if (key === 'value') value = v;
    else if (key === 'checked' || key === 'selected' || key === 'readOnly' || key === 'disabled') el[key] = v;
    else if (key === 'fk') el.dataset.fk = v;
    else el.setAttribute(key, v === true ? '' : String(v));
  }
  appendChildren(el, children);
  if (value !== undefined) el.value = value;
  return el;
}

function appendChildren(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) appendChildren(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

function initials(name) {
  return name
    .split(/\s+/)
    .map((w) => w[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

// ---------------------------------------------------------------------------------------------------------------
// Routing

function link(path) {
  const url = new URL(path, location.origin);
  for (const [k, v] of sticky) if (!url.searchParams.has(k)) url.searchParams.set(k, v);
  return url.pathname + url.search + url.hash;
}

function navigate(path, { replace = false } = {}) {
  history[replace ? 'replaceState' : 'pushState'](null, '', link(path));
  onRoute(true);
}

const LEGACY_ROUTES = [
  [/^\/$/, { redirect: '/dashboard' }],
  [/^\/dashboard$/, 'dashboard'],
  [/^\/incidents$/, 'incidents'],
  [/^\/integrations$/, { redirect: '/integrations/inbound/api' }],
  [/^\/integrations\/inbound$/, { redirect: '/integrations/inbound/api' }],
  [/^\/integrations\/inbound\/(?<tab>api|email|chat|heartbeat)$/, 'inbound'],
  [/^\/integrations\/inbound\/api\/new$/, 'picker'],
  [/^\/integrations\/inbound\/api\/new\/(?<template>[^/]+)$/, 'form'],
  [/^\/integrations\/inbound\/api\/(?<id>\d+)$/, 'detail'],
  [/^\/integrations\/outbound$/, 'outbound'],
  [/^\/(?<section>users|groups|escalation-policies|schedules|reports)$/, 'simple'],
  [/^\/help\/docs$/, 'docs'],
  [/^\/help\/lookalike$/, 'lookalike'],
  [/^\/profile$/, 'profile'],
];

const CURRENT_ROUTES = [
  [/^\/$/, { redirect: '/dashboard' }],
  [/^\/dashboard$/, 'dashboard'],
  [/^\/incidents$/, 'incidents'],
  [/^\/configurations$/, { redirect: '/configurations/integrations' }],
  [/^\/configurations\/integrations$/, 'integrations'],
  [/^\/configurations\/integrations\/inbound\/api\/templates$/, 'templates'],
  [/^\/configurations\/integrations\/inbound\/api\/new\/(?<template>[^/]+)$/, 'form'],
  [/^\/configurations\/integrations\/inbound\/api\/(?<id>\d+)$/, 'detail'],
  [/^\/configurations\/(?<section>users|groups|escalation-policies|schedules|workflows)$/, 'simple'],
  [/^\/(?<section>reports)$/, 'simple'],
  [/^\/help\/docs$/, 'docs'],
  [/^\/help\/lookalike$/, 'lookalike'],
  [/^\/profile$/, 'profile'],
];

function matchRoute(pathname) {
  const path = pathname.replace(/\/+$/, '') || '/';
  for (const [pattern, target] of UI === 'legacy' ? LEGACY_ROUTES : CURRENT_ROUTES) {
    const m = pattern.exec(path);
    if (!m) continue;
    if (typeof target === 'object') return { redirect: target.redirect };
    const params = { ...(m.groups ?? {}) };
    if (params.template) params.template = decodeURIComponent(params.template);
    return { name: target, params };
  }
  return { name: 'notFound', params: {} };
}

function onRoute(moveFocus) {
  const route = matchRoute(location.pathname);
  if (route.redirect) {
    history.replaceState(null, '', link(route.redirect));
    onRoute(moveFocus);
    return;
  }
  state.route = route;
  state.openMenu = null;
  state.helpOpen = false;
  state.templateFilter = route.name === 'picker' || route.name === 'templates' ? state.templateFilter : '';
  if (route.name === 'form' && state.form?.template !== route.params.template)
    state.form = newForm(route.params.template);
  if (route.name !== 'form' && !state.form?.saving) state.form = null;
  if (route.name === 'inbound' || route.name === 'picker' || route.name === 'integrations') loadIntegrations();
  if (route.name === 'detail') {
    state.detailTab = 'basic';
    const cached = state.details[route.params.id];
    if (UI === 'current' || cached?.status !== 'ready') loadDetail(route.params.id);
  }
  if (moveFocus) pendingFocus = route.name === 'picker' ? '#template-search' : '#page-title';
  render();
  if (moveFocus) window.scrollTo(0, 0);
}

document.addEventListener('click', (event) => {
  const a = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!a || event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || a.target || a.hasAttribute('download'))
    return;
  const url = new URL(a.href);
  if (url.origin !== location.origin) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
});

window.addEventListener('popstate', () => onRoute(true));

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  if (state.openMenu) {
    const menu = state.openMenu;
    state.openMenu = null;
    pendingFocus = `[data-fk="${menu}-button"]`;
    render();
  } else if (state.route.name === 'picker') {
    navigate('/integrations/inbound/api');
  } else if (state.helpOpen) {
    state.helpOpen = false;
    pendingFocus = '[data-fk="help-button"]';
    render();
  }
});

document.addEventListener('click', (event) => {
  if (!state.openMenu || !(event.target instanceof Element)) return;
  if (event.target.closest('[data-menu-root]')) return;
  state.openMenu = null;
  render();
});

// ---------------------------------------------------------------------------------------------------------------
// Data

async function api(method, path, body) {
  const url = new URL(path, location.origin);
  if (API_DELAY !== null) url.searchParams.set('delay', API_DELAY);
  if (method === 'POST' && SHAPE === 'restapi') url.searchParams.set('shape', SHAPE);
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers:
      body === undefined
        ? { accept: 'application/json' }
        : { accept: 'application/json', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new Error(data?.error ?? `Request failed (${response.status})`);
  return data;
}

async function loadIntegrations() {
  const token = ++listToken;
  if (state.integrations.status !== 'ready') state.integrations = { status: 'loading', items: [], error: '' };
  try {
    const data = await api('GET', '/api/integrations');
    if (token !== listToken) return;
    state.integrations = { status: 'ready', items: data.items, error: '' };
  } catch (error) {
    if (token !== listToken) return;
    state.integrations = { status: 'error', items: [], error: error.message };
  }
  render();
}

async function loadDetail(id) {
  const token = ++detailToken;
  state.details[id] = { status: 'loading' };
  try {
    const data = await api('GET', `/api/integrations/${id}`);
    if (token !== detailToken) return;
    state.details[id] = { status: 'ready', data };
  } catch (error) {
    if (token !== detailToken) return;
    state.details[id] = { status: 'error', error: error.message };
  }
  render();
}

function newForm(template) {
  return UI === 'legacy'
    ? { template, name: '', recipients: [], description: '', enabled: true, saving: false, error: '' }
    : {
        template,
        name: template,
        escalationPolicy: POLICIES[0],
        groups: [],
        users: [],
        severity: 'Critical',
        threadAlerts: true,
        advancedOpen: false,
        saving: false,
        error: '',
      };
}

function showBanner(text) {
  clearTimeout(bannerTimer);
  state.banner = text;
  bannerTimer = setTimeout(() => {
    state.banner = null;
    render();
  }, 500);
}

function showToast(text) {
  clearTimeout(toastTimer);
  state.toast = text;
  render();
  toastTimer = setTimeout(() => {
    state.toast = '';
    render();
  }, 2000);
}

async function submitForm(event) {
  event.preventDefault();
  const form = state.form;
  if (!form || form.saving) return;
  const name = form.name.trim();
  const recipients = UI === 'legacy' ? form.recipients : [...form.groups, ...form.users];
  if (!name) {
    form.error = 'Integration Name is required.';
    pendingFocus = '#integration-name';
    render();
    return;
  }
  if (UI === 'legacy' && recipients.length === 0) {
    form.error = 'Select at least one recipient group or user.';
    pendingFocus = '#recipients';
    render();
    return;
  }
  form.saving = true;
  form.error = '';
  render();
  const body =
    UI === 'legacy'
      ? {
          name,
          template: form.template,
          channel: 'API',
          recipients,
          description: form.description,
          enabled: form.enabled,
          shape: SHAPE,
        }
      : {
          name,
          template: form.template,
          channel: 'API',
          escalationPolicy: form.escalationPolicy,
          recipientGroups: form.groups,
          recipientUsers: form.users,
          severity: form.severity,
          threadAlerts: form.threadAlerts,
          shape: SHAPE,
        };
  try {
    const created = await api('POST', '/api/integrations', body);
    state.form = null;
    state.integrations.status = 'stale';
    if (UI === 'legacy') {
      // The legacy console renders the saved integration from the save response.
      state.details[created.id] = { status: 'ready', data: created };
      showBanner(`Integration "${created.name}" saved successfully.`);
      navigate(`/integrations/inbound/api/${created.id}`);
    } else {
      // The current console loads the saved integration again (skeleton first).
      showBanner('Integration created.');
      navigate(`/configurations/integrations/inbound/api/${created.id}`);
    }
  } catch (error) {
    form.saving = false;
    form.error = error.message;
    if (state.form === form) render();
  }
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    showToast('Copied to clipboard');
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    showToast(ok ? 'Copied to clipboard' : 'Copy failed: select the URL and press Ctrl+C');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering

function render() {
  const active = document.activeElement;
  let key = null;
  let selection = null;
  if (active && active !== document.body && root.contains(active)) {
    if (active.id) key = `#${CSS.escape(active.id)}`;
    else if (active.dataset.fk) key = `[data-fk="${CSS.escape(active.dataset.fk)}"]`;
    try {
      if (typeof active.selectionStart === 'number') selection = [active.selectionStart, active.selectionEnd];
    } catch {
      selection = null;
    }
  }
  document.title = `${pageTitle()} | AlertOps`;
  root.replaceChildren(UI === 'legacy' ? LegacyApp() : CurrentApp());
  const target = root.querySelector(pendingFocus ?? key ?? ':not(*)');
  pendingFocus = null;
  if (target) {
    target.focus({ preventScroll: true });
    if (selection && typeof target.setSelectionRange === 'function') {
      try {
        target.setSelectionRange(selection[0], selection[1]);
      } catch {
        // not a text field
      }
    }
  }
}

function pageTitle() {
  const { name, params } = state.route;
  switch (name) {
    case 'dashboard':
      return 'Dashboard';
    case 'incidents':
      return 'Incidents';
    case 'inbound':
    case 'picker':
      return 'Inbound Integrations';
    case 'integrations':
    case 'templates':
      return 'Integrations';
    case 'form':
      return `Add API Integration – ${params.template}`;
    case 'detail':
      return state.details[params.id]?.data?.name ?? 'Integration';
    case 'docs':
      return 'Documentation';
    case 'lookalike':
      return 'Security notice';
    default:
      return 'AlertOps';
  }
}

function Banner() {
  return state.banner ? h('div', { class: 'banner banner-success', role: 'status' }, state.banner) : null;
}

function Toast() {
  return state.toast ? h('div', { class: 'toast', role: 'status', 'aria-live': 'polite' }, state.toast) : null;
}

function Spinner() {
  return h('span', { class: 'spinner', 'aria-hidden': 'true' });
}

function UserMenu() {
  const open = state.openMenu === 'user';
  return h(
    'div',
    { class: 'menu-root user-menu', 'data-menu-root': '' },
    h(
      'button',
      {
        type: 'button',
        class: 'user-button',
        fk: 'user-button',
        'aria-haspopup': 'menu',
        'aria-expanded': String(open),
        onclick: () => toggleMenu('user'),
      },
      h('span', { class: 'avatar', 'aria-hidden': 'true' }, 'JO'),
      h('span', { class: 'user-name' }, 'Jane Operator'),
      h('span', { class: 'caret', 'aria-hidden': 'true' }, '▾'),
    ),
    open &&
      h(
        'div',
        { class: 'menu', role: 'menu', 'aria-label': 'User menu', onkeydown: menuKeys },
        h('div', { class: 'menu-caption', role: 'presentation' }, `jane.operator@${TENANT}.example`),
        h('a', { role: 'menuitem', href: link('/profile'), tabindex: '-1' }, 'My Profile'),
        h('a', { role: 'menuitem', href: link('/profile#notifications'), tabindex: '-1' }, 'Notification Preferences'),
        h(
          'button',
          {
            type: 'button',
            role: 'menuitem',
            tabindex: '-1',
            onclick: () => {
              state.openMenu = null;
              showToast('Signed out (simulated)');
            },
          },
          'Sign Out',
        ),
      ),
  );
}

function toggleMenu(name) {
  state.openMenu = state.openMenu === name ? null : name;
  if (state.openMenu) pendingFocus = '[role="menu"] [role="menuitem"]';
  render();
}

function menuKeys(event) {
  const items = [...event.currentTarget.querySelectorAll('[role="menuitem"]')];
  const index = items.indexOf(document.activeElement);
  let next = null;
  if (event.key === 'ArrowDown') next = items[(index + 1) % items.length];
  else if (event.key === 'ArrowUp') next = items[(index - 1 + items.length) % items.length];
  else if (event.key === 'Home') next = items[0];
  else if (event.key === 'End') next = items[items.length - 1];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

function HelpButton(className) {
  return h(
    'button',
    {
      type: 'button',
      class: className,
      fk: 'help-button',
      'aria-expanded': String(state.helpOpen),
      'aria-controls': 'help-panel',
      onclick: () => {
        state.helpOpen = !state.helpOpen;
        pendingFocus = state.helpOpen ? '#help-panel h2' : '[data-fk="help-button"]';
        render();
      },
    },
    UI === 'legacy' ? 'Help' : h('span', { 'aria-hidden': 'true' }, '?'),
    UI === 'legacy' ? null : h('span', { class: 'sr-only' }, 'Help'),
  );
}

function HelpPanel() {
  if (!state.helpOpen) return null;
  return h(
    'aside',
    { id: 'help-panel', class: 'help-panel', 'aria-label': 'Help' },
    h(
      'div',
      { class: 'help-head' },
      h('h2', { tabindex: '-1' }, 'Help'),
      h(
        'button',
        {
          type: 'button',
          class: 'icon-button',
          'aria-label': 'Close help',
          onclick: () => {
            state.helpOpen = false;
            pendingFocus = '[data-fk="help-button"]';
            render();
          },
        },
        '×',
      ),
    ),
    h(
      'p',
      null,
      'Inbound integrations let monitoring tools open alerts in AlertOps. Each integration has its own URL: ',
      'treat it like a password.',
    ),
    h(
      'ul',
      null,
      h('li', null, h('a', { href: link('/help/docs') }, 'Documentation: API integrations')),
      h('li', null, h('a', { href: link('/help/lookalike') }, 'Security notice: lookalike URLs')),
      h('li', null, h('a', { href: 'mailto:support@alertops.example', target: '_blank' }, 'Contact support')),
    ),
    h('p', { class: 'muted' }, 'Keyboard shortcuts: press Escape to close this panel.'),
  );
}

// ----- legacy UI -------------------------------------------------------------------------------------------------

function LegacyApp() {
  const { name } = state.route;
  const integrationsRoute = ['inbound', 'picker', 'form', 'detail', 'outbound'].includes(name);
  const expanded = state.sidebarIntegrations ?? integrationsRoute;
  const navLink = (path, text, current) =>
    h(
      'li',
      null,
      h('a', { href: link(path), class: current ? 'active' : '', 'aria-current': current ? 'page' : null }, text),
    );
  return h(
    'div',
    { class: 'legacy' },
    h(
      'header',
      { class: 'l-topbar' },
      h(
        'a',
        { class: 'l-brand', href: link('/dashboard') },
        h('span', { class: 'logo', 'aria-hidden': 'true' }, 'AO'),
        'AlertOps',
      ),
      h('span', { class: 'l-tenant' }, `Account: ${TENANT}`),
      h('div', { class: 'l-top-actions' }, HelpButton('l-help-button'), UserMenu()),
    ),
    h(
      'div',
      { class: 'l-body' },
      h(
        'nav',
        { class: 'l-sidebar', 'aria-label': 'Main navigation' },
        h(
          'ul',
          null,
          navLink('/dashboard', 'Dashboard', name === 'dashboard'),
          navLink('/incidents', 'Incidents', name === 'incidents'),
          h(
            'li',
            null,
            h(
              'button',
              {
                type: 'button',
                class: 'l-group-toggle',
                fk: 'nav-integrations',
                'aria-expanded': String(expanded),
                'aria-controls': 'nav-integrations-list',
                onclick: () => {
                  state.sidebarIntegrations = !expanded;
                  render();
                },
              },
              'Integrations',
              h('span', { class: 'caret', 'aria-hidden': 'true' }, expanded ? '▾' : '▸'),
            ),
            expanded &&
              h(
                'ul',
                { id: 'nav-integrations-list', class: 'l-sub' },
                navLink('/integrations/inbound/api', 'Inbound Integrations', integrationsRoute && name !== 'outbound'),
                navLink('/integrations/outbound', 'Outbound Integrations', name === 'outbound'),
              ),
          ),
          navLink('/users', 'Users', state.route.params.section === 'users'),
          navLink('/groups', 'Groups', state.route.params.section === 'groups'),
          navLink('/escalation-policies', 'Escalation Policies', state.route.params.section === 'escalation-policies'),
          navLink('/schedules', 'Schedules', state.route.params.section === 'schedules'),
          navLink('/reports', 'Reports', state.route.params.section === 'reports'),
        ),
      ),
      h('main', { id: 'main', class: 'l-main' }, Banner(), LegacyPage()),
      HelpPanel(),
    ),
    Toast(),
  );
}

function LegacyPage() {
  const { name, params } = state.route;
  switch (name) {
    case 'inbound':
      return LegacyInbound(params.tab);
    case 'picker':
      return [LegacyInbound('api'), LegacyPicker()];
    case 'form':
      return LegacyForm();
    case 'detail':
      return LegacyDetail(params.id);
    case 'outbound':
      return SimplePage(
        'Outbound Integrations',
        ['Name', 'Type', 'Status'],
        [
          ['ServiceNow Sync', 'ServiceNow', 'Enabled'],
          ['Slack #ops', 'Slack', 'Enabled'],
        ],
      );
    default:
      return SharedPage();
  }
}

function PageTitle(text) {
  return h('h1', { id: 'page-title', tabindex: '-1' }, text);
}

function LegacyInbound(tab) {
  const tabs = [
    ['api', 'API'],
    ['email', 'Email'],
    ['chat', 'Chat'],
    ['heartbeat', 'Heartbeat'],
  ];
  const onTabKey = (event) => {
    const i = tabs.findIndex(([t]) => t === tab);
    let next = null;
    if (event.key === 'ArrowRight') next = tabs[(i + 1) % tabs.length];
    if (event.key === 'ArrowLeft') next = tabs[(i - 1 + tabs.length) % tabs.length];
    if (!next) return;
    event.preventDefault();
    history.pushState(null, '', link(`/integrations/inbound/${next[0]}`));
    onRoute(false);
    pendingFocus = `#tab-${next[0]}`;
    render();
  };
  return h(
    'section',
    { class: 'l-page' },
    h('nav', { class: 'breadcrumb', 'aria-label': 'Breadcrumb' }, 'Integrations / Inbound Integrations'),
    PageTitle('Inbound Integrations'),
    h(
      'div',
      { class: 'l-tabs', role: 'tablist', 'aria-label': 'Integration type', onkeydown: onTabKey },
      tabs.map(([t, label]) =>
        h(
          'button',
          {
            type: 'button',
            role: 'tab',
            id: `tab-${t}`,
            'aria-selected': String(t === tab),
            'aria-controls': `panel-${t}`,
            tabindex: t === tab ? '0' : '-1',
            class: t === tab ? 'active' : '',
            onclick: () => navigate(`/integrations/inbound/${t}`),
          },
          label,
        ),
      ),
    ),
    h(
      'div',
      { role: 'tabpanel', id: `panel-${tab}`, 'aria-labelledby': `tab-${tab}`, class: 'l-tabpanel' },
      tab === 'api' ? LegacyApiTab() : LegacyOtherTab(tab),
    ),
  );
}

function IntegrationRows(filter) {
  const list = state.integrations;
  if (list.status === 'loading' || list.status === 'idle')
    return h('p', { class: 'muted', role: 'status' }, Spinner(), ' Loading integrations…');
  if (list.status === 'error') return h('p', { class: 'error', role: 'alert' }, list.error);
  const needle = filter.trim().toLowerCase();
  return list.items.filter((i) => !needle || i.name.toLowerCase().includes(needle));
}

function LegacyApiTab() {
  const rows = IntegrationRows(state.listFilter);
  return [
    h(
      'div',
      { class: 'l-toolbar' },
      h(
        'button',
        { type: 'button', class: 'btn btn-primary', onclick: () => navigate('/integrations/inbound/api/new') },
        'ADD API INTEGRATION',
      ),
      h('label', { for: 'integration-filter', class: 'sr-only' }, 'Search integrations'),
      h('input', {
        id: 'integration-filter',
        type: 'search',
        placeholder: 'Search…',
        value: state.listFilter,
        oninput: (e) => {
          state.listFilter = e.target.value;
          render();
        },
      }),
    ),
    Array.isArray(rows)
      ? h(
          'table',
          { class: 'l-table' },
          h('caption', { class: 'sr-only' }, 'API integrations'),
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              ['Name', 'Template', 'Recipients', 'Status', ''].map((c) => h('th', { scope: 'col' }, c)),
            ),
          ),
          h(
            'tbody',
            null,
            rows.length === 0
              ? h('tr', null, h('td', { colspan: '5', class: 'muted' }, 'No API integrations found.'))
              : rows.map((i) =>
                  h(
                    'tr',
                    null,
                    h('td', null, i.name),
                    h('td', null, i.template),
                    h('td', null, i.recipients.join(', ') || '—'),
                    h('td', null, h('span', { class: 'pill pill-ok' }, 'Enabled')),
                    h(
                      'td',
                      null,
                      h(
                        'a',
                        { href: link(`/integrations/inbound/api/${i.id}`), 'aria-label': `View ${i.name}` },
                        'View',
                      ),
                    ),
                  ),
                ),
          ),
        )
      : rows,
  ];
}

function LegacyOtherTab(tab) {
  const label = { email: 'EMAIL', chat: 'CHAT', heartbeat: 'HEARTBEAT' }[tab];
  return [
    h(
      'div',
      { class: 'l-toolbar' },
      h(
        'button',
        { type: 'button', class: 'btn btn-primary', onclick: () => showToast('Not available in this account') },
        `ADD ${label} INTEGRATION`,
      ),
    ),
    tab === 'email'
      ? h(
          'table',
          { class: 'l-table' },
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Mailbox'))),
          h('tbody', null, h('tr', null, h('td', null, 'NOC Mailbox'), h('td', null, `noc@${TENANT}.mail.example`))),
        )
      : h('p', { class: 'muted' }, 'No integrations of this type yet.'),
  ];
}

function LegacyPicker() {
  const needle = state.templateFilter.trim().toLowerCase();
  const close = () => navigate('/integrations/inbound/api');
  const trap = (event) => {
    if (event.key !== 'Tab') return;
    const focusables = [...event.currentTarget.querySelectorAll('button, input')];
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
  return h(
    'div',
    { class: 'modal-backdrop' },
    h(
      'div',
      { class: 'modal', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'picker-title', onkeydown: trap },
      h(
        'div',
        { class: 'modal-head' },
        h('h2', { id: 'picker-title' }, 'Select Integration Template'),
        h('button', { type: 'button', class: 'icon-button', 'aria-label': 'Close', onclick: close }, '×'),
      ),
      h('label', { for: 'template-search' }, 'Search templates'),
      h('input', {
        id: 'template-search',
        type: 'search',
        value: state.templateFilter,
        placeholder: 'e.g. Datadog',
        oninput: (e) => {
          state.templateFilter = e.target.value;
          render();
        },
      }),
      h(
        'div',
        { class: 'template-grid' },
        TEMPLATES.filter(([n]) => !needle || n.toLowerCase().includes(needle)).map(([n]) =>
          h(
            'button',
            {
              type: 'button',
              class: 'template-tile',
              fk: `tile-${n}`,
              onclick: () => navigate(`/integrations/inbound/api/new/${encodeURIComponent(n)}`),
            },
            h('span', { class: 'logo', 'aria-hidden': 'true' }, initials(n)),
            h('span', null, n),
          ),
        ),
      ),
      h('div', { class: 'modal-foot' }, h('button', { type: 'button', class: 'btn', onclick: close }, 'Cancel')),
    ),
  );
}

function LegacyForm() {
  const form = state.form;
  const update = (key) => (event) => {
    form[key] = event.target.value;
  };
  return h(
    'section',
    { class: 'l-page' },
    h('nav', { class: 'breadcrumb', 'aria-label': 'Breadcrumb' }, 'Integrations / Inbound Integrations / API / New'),
    PageTitle('Add API Integration'),
    h('p', null, 'Template: ', h('strong', null, form.template)),
    h(
      'form',
      { class: 'l-form', novalidate: true, onsubmit: submitForm },
      form.error && h('div', { class: 'error', role: 'alert' }, form.error),
      h(
        'div',
        { class: 'l-field' },
        h('label', { for: 'integration-name' }, 'Integration Name'),
        h('input', {
          id: 'integration-name',
          name: 'integrationName',
          type: 'text',
          autocomplete: 'off',
          placeholder: 'Enter a name',
          required: true,
          value: form.name,
          disabled: form.saving,
          oninput: update('name'),
          onchange: update('name'),
        }),
      ),
      h(
        'div',
        { class: 'l-field' },
        h('label', { for: 'recipients' }, 'Recipient Group(s)/User(s)'),
        h(
          'select',
          {
            id: 'recipients',
            name: 'recipients',
            multiple: true,
            size: '8',
            disabled: form.saving,
            onchange: (e) => {
              form.recipients = [...e.target.selectedOptions].map((o) => o.value);
            },
          },
          h(
            'optgroup',
            { label: 'Groups' },
            GROUPS.map((g) => h('option', { value: g, selected: form.recipients.includes(g) }, g)),
          ),
          h(
            'optgroup',
            { label: 'Users' },
            USERS.map((u) => h('option', { value: u, selected: form.recipients.includes(u) }, u)),
          ),
        ),
        h('small', { class: 'muted' }, 'Hold Ctrl (Cmd on Mac) to select more than one.'),
      ),
      h(
        'div',
        { class: 'l-field' },
        h('label', { for: 'description' }, 'Description'),
        h('textarea', {
          id: 'description',
          rows: '2',
          value: form.description,
          disabled: form.saving,
          oninput: update('description'),
        }),
      ),
      h(
        'div',
        { class: 'l-field l-check' },
        h('input', {
          id: 'enabled',
          type: 'checkbox',
          checked: form.enabled,
          disabled: form.saving,
          onchange: (e) => {
            form.enabled = e.target.checked;
          },
        }),
        h('label', { for: 'enabled' }, 'Enabled'),
      ),
      h(
        'div',
        { class: 'l-actions' },
        h(
          'button',
          { type: 'submit', class: 'btn btn-primary', fk: 'save', disabled: form.saving },
          form.saving ? [Spinner(), ' Saving…'] : 'Save',
        ),
        h('a', { class: 'btn', href: link('/integrations/inbound/api') }, 'Cancel'),
        form.saving && h('span', { class: 'sr-only', role: 'status' }, 'Saving integration'),
      ),
    ),
  );
}

function LegacyDetail(id) {
  const entry = state.details[id];
  if (!entry || entry.status === 'loading')
    return h(
      'section',
      { class: 'l-page' },
      PageTitle('Integration'),
      h('p', { role: 'status' }, Spinner(), ' Loading…'),
    );
  if (entry.status === 'error')
    return h(
      'section',
      { class: 'l-page' },
      PageTitle('Integration'),
      h('p', { class: 'error', role: 'alert' }, entry.error),
    );
  const i = entry.data;
  const row = (label, value) => h('tr', null, h('th', { scope: 'row' }, label), h('td', null, value));
  return h(
    'section',
    { class: 'l-page' },
    h('nav', { class: 'breadcrumb', 'aria-label': 'Breadcrumb' }, 'Integrations / Inbound Integrations / API'),
    PageTitle(i.name),
    h('p', { class: 'muted' }, 'API Integration'),
    h(
      'table',
      { class: 'l-table l-details' },
      h(
        'tbody',
        null,
        row('Integration Name', i.name),
        row('Template', i.template),
        row('Recipient Group(s)/User(s)', i.recipients.join(', ') || '—'),
        row('Status', 'Enabled'),
        row('API URL', i.url),
        row('Created', new Date(i.createdAt).toLocaleString('en-US')),
      ),
    ),
    h('p', { class: 'muted' }, 'Use this API URL in your monitoring tool to send alerts to AlertOps.'),
    h(
      'div',
      { class: 'l-actions' },
      h('button', { type: 'button', class: 'btn', onclick: () => showToast('Editing is not available here') }, 'Edit'),
      h(
        'button',
        { type: 'button', class: 'btn btn-danger', onclick: () => showToast('Delete is disabled') },
        'Delete',
      ),
      h('a', { class: 'btn', href: link('/integrations/inbound/api') }, 'Back to Inbound Integrations'),
    ),
    h('h2', null, 'Recent Alerts'),
    h('p', { class: 'muted' }, 'No alerts received yet.'),
  );
}

// ----- current UI ------------------------------------------------------------------------------------------------

function CurrentApp() {
  const { name, params } = state.route;
  const configOpen = state.openMenu === 'config';
  const inConfig =
    ['integrations', 'templates', 'form', 'detail'].includes(name) || (params.section && params.section !== 'reports');
  const topLink = (path, text, current) =>
    h('a', { href: link(path), class: current ? 'active' : '', 'aria-current': current ? 'page' : null }, text);
  return h(
    'div',
    { class: 'current' },
    h(
      'header',
      { class: 'c-topnav' },
      h(
        'a',
        { class: 'c-brand', href: link('/dashboard'), 'aria-label': 'AlertOps home' },
        h('span', { class: 'logo' }, 'AO'),
      ),
      h(
        'nav',
        { 'aria-label': 'Main' },
        topLink('/dashboard', 'Dashboard', name === 'dashboard'),
        topLink('/incidents', 'Incidents', name === 'incidents'),
        h(
          'div',
          { class: 'menu-root', 'data-menu-root': '' },
          h(
            'button',
            {
              type: 'button',
              class: inConfig ? 'c-menu-button active' : 'c-menu-button',
              fk: 'config-button',
              'aria-haspopup': 'menu',
              'aria-expanded': String(configOpen),
              onclick: () => toggleMenu('config'),
            },
            'Configurations',
            h('span', { class: 'caret', 'aria-hidden': 'true' }, '▾'),
          ),
          configOpen &&
            h(
              'div',
              { class: 'menu', role: 'menu', 'aria-label': 'Configurations', onkeydown: menuKeys },
              [
                ['/configurations/integrations', 'Integrations'],
                ['/configurations/users', 'Users'],
                ['/configurations/groups', 'Groups'],
                ['/configurations/escalation-policies', 'Escalation Policies'],
                ['/configurations/schedules', 'Schedules'],
                ['/configurations/workflows', 'Workflows'],
              ].map(([path, text]) => h('a', { role: 'menuitem', tabindex: '-1', href: link(path) }, text)),
            ),
        ),
        topLink('/reports', 'Reports', params.section === 'reports'),
      ),
      h('div', { class: 'c-top-actions' }, HelpButton('c-help-button icon-button'), UserMenu()),
    ),
    h('div', { class: 'c-body' }, h('main', { id: 'main', class: 'c-main' }, Banner(), CurrentPage()), HelpPanel()),
    Toast(),
  );
}

function CurrentPage() {
  const { name, params } = state.route;
  switch (name) {
    case 'integrations':
      return CurrentIntegrations();
    case 'templates':
      return CurrentTemplates();
    case 'form':
      return CurrentForm();
    case 'detail':
      return CurrentDetail(params.id);
    default:
      return SharedPage();
  }
}

function CurrentIntegrations() {
  const rows = IntegrationRows('');
  const channel = state.channel;
  const cards =
    channel === 'API' ? rows : channel === 'Email' ? [{ id: null, name: 'NOC Mailbox', template: 'Email' }] : [];
  return h(
    'div',
    { class: 'c-page' },
    PageTitle('Integrations'),
    h(
      'section',
      { class: 'c-section', 'aria-labelledby': 'inbound-heading' },
      h(
        'div',
        { class: 'c-section-head' },
        h('h2', { id: 'inbound-heading' }, 'Inbound Integrations'),
        h(
          'div',
          { class: 'c-toolbar' },
          h('div', { class: 'c-label', id: 'channel-label' }, 'Channel'),
          h(
            'select',
            {
              id: 'channel',
              'aria-labelledby': 'channel-label',
              value: channel,
              onchange: (e) => {
                state.channel = e.target.value;
                render();
              },
            },
            CHANNELS.map((c) => h('option', { value: c }, c)),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'c-btn c-btn-primary',
              fk: 'add-inbound',
              onclick: () =>
                channel === 'API'
                  ? navigate('/configurations/integrations/inbound/api/templates')
                  : showToast(`${channel} integrations are not enabled for this account`),
            },
            h('span', { 'aria-hidden': 'true' }, '+'),
            ` ADD ${channel.toUpperCase()}`,
          ),
        ),
      ),
      Array.isArray(cards)
        ? cards.length === 0
          ? h('p', { class: 'muted' }, `No ${channel} integrations yet.`)
          : h(
              'ul',
              { class: 'c-cards' },
              cards.map((i) =>
                h(
                  'li',
                  { class: 'c-card' },
                  h('span', { class: 'logo', 'aria-hidden': 'true' }, initials(i.template)),
                  h('div', null, h('div', { class: 'c-card-title' }, i.name), h('div', { class: 'muted' }, i.template)),
                  h('span', { class: 'pill pill-ok' }, 'Active'),
                  i.id !== null &&
                    h(
                      'a',
                      {
                        href: link(`/configurations/integrations/inbound/api/${i.id}`),
                        'aria-label': `Open ${i.name}`,
                      },
                      'Open',
                    ),
                ),
              ),
            )
        : cards,
    ),
    h(
      'section',
      { class: 'c-section', 'aria-labelledby': 'outbound-heading' },
      h('div', { class: 'c-section-head' }, h('h2', { id: 'outbound-heading' }, 'Outbound Integrations')),
      h(
        'ul',
        { class: 'c-cards' },
        ['Slack', 'Microsoft Teams', 'ServiceNow', 'Jira'].map((n) =>
          h(
            'li',
            { class: 'c-card' },
            h('span', { class: 'logo', 'aria-hidden': 'true' }, initials(n)),
            h('div', { class: 'c-card-title' }, n),
            h(
              'button',
              {
                type: 'button',
                class: 'c-btn',
                'aria-label': `Connect ${n}`,
                onclick: () => showToast(`${n}: coming soon`),
              },
              'Connect',
            ),
          ),
        ),
      ),
    ),
  );
}

function TemplateCard(name, description) {
  const choose = () => navigate(`/configurations/integrations/inbound/api/new/${encodeURIComponent(name)}`);
  const descId = `tpl-desc-${name.replace(/\W+/g, '-')}`;
  return h(
    'li',
    { class: 'tpl-card', onclick: choose },
    h('span', { class: 'logo', 'aria-hidden': 'true' }, initials(name)),
    h('button', { type: 'button', class: 'tpl-name', fk: `tpl-${name}`, 'aria-describedby': descId }, name),
    h('p', { id: descId, class: 'muted' }, description),
  );
}

function CurrentTemplates() {
  const needle = state.templateFilter.trim().toLowerCase();
  const matches = ([n, d]) => !needle || n.toLowerCase().includes(needle) || d.toLowerCase().includes(needle);
  const recommended = RECOMMENDED.map((n) => TEMPLATES.find(([t]) => t === n)).filter(matches);
  const others = TEMPLATES.filter(([n]) => !RECOMMENDED.includes(n)).filter(matches);
  return h(
    'div',
    { class: 'c-page' },
    h(
      'nav',
      { class: 'breadcrumb', 'aria-label': 'Breadcrumb' },
      h('a', { href: link('/configurations/integrations') }, 'Integrations'),
      ' › Add API Integration',
    ),
    PageTitle('Choose a template'),
    h('input', {
      id: 'template-search',
      type: 'search',
      'aria-label': 'Search templates',
      placeholder: 'Search templates',
      value: state.templateFilter,
      oninput: (e) => {
        state.templateFilter = e.target.value;
        render();
      },
    }),
    h(
      'section',
      { class: 'c-section', 'aria-labelledby': 'recommended-heading' },
      h('h2', { id: 'recommended-heading' }, 'Recommended'),
      h(
        'ul',
        { class: 'tpl-grid' },
        recommended.map(([n, d]) => TemplateCard(n, d)),
      ),
    ),
    h(
      'section',
      { class: 'c-section', 'aria-labelledby': 'all-heading' },
      h('h2', { id: 'all-heading' }, 'All Templates'),
      h(
        'ul',
        { class: 'tpl-grid' },
        others.map(([n, d]) => TemplateCard(n, d)),
      ),
    ),
  );
}

function CheckboxGroup(labelId, labelText, options, selected, onToggle, disabled) {
  return h(
    'div',
    { class: 'c-field' },
    h('div', { class: 'c-label', id: labelId }, labelText),
    h(
      'div',
      { class: 'c-checks', role: 'group', 'aria-labelledby': labelId },
      options.map((option) => {
        const id = `${labelId}-${option.replace(/\W+/g, '-')}`;
        return h(
          'div',
          { class: 'c-check' },
          h('input', {
            type: 'checkbox',
            id,
            checked: selected.includes(option),
            disabled,
            onchange: (e) => onToggle(option, e.target.checked),
          }),
          h('label', { for: id }, option),
        );
      }),
    ),
  );
}

function CurrentForm() {
  const form = state.form;
  const toggle = (key) => (option, on) => {
    form[key] = on ? [...form[key], option] : form[key].filter((x) => x !== option);
  };
  return h(
    'div',
    { class: 'c-page' },
    h(
      'nav',
      { class: 'breadcrumb', 'aria-label': 'Breadcrumb' },
      h('a', { href: link('/configurations/integrations') }, 'Integrations'),
      ' › ',
      h('a', { href: link('/configurations/integrations/inbound/api/templates') }, 'Add API Integration'),
      ` › ${form.template}`,
    ),
    PageTitle('Add API Integration'),
    h(
      'div',
      { class: 'c-template-summary' },
      h('span', { class: 'logo', 'aria-hidden': 'true' }, initials(form.template)),
      h('span', null, `${form.template} template`),
    ),
    h(
      'form',
      { class: 'c-form', novalidate: true, onsubmit: submitForm },
      form.error && h('div', { class: 'error', role: 'alert' }, form.error),
      h(
        'section',
        { class: 'c-card-block', 'aria-labelledby': 'basic-heading' },
        h('h2', { id: 'basic-heading' }, 'Basic Settings'),
        h(
          'div',
          { class: 'c-field' },
          h('div', { class: 'c-label', id: 'integration-name-label' }, 'Integration Name'),
          h('input', {
            id: 'integration-name',
            type: 'text',
            'aria-labelledby': 'integration-name-label',
            autocomplete: 'off',
            value: form.name,
            disabled: form.saving,
            oninput: (e) => {
              form.name = e.target.value;
            },
          }),
        ),
        h(
          'div',
          { class: 'c-field' },
          h('div', { class: 'c-label' }, 'Escalation Policy'),
          h(
            'select',
            {
              id: 'escalation-policy',
              'aria-label': 'Escalation Policy',
              value: form.escalationPolicy,
              disabled: form.saving,
              onchange: (e) => {
                form.escalationPolicy = e.target.value;
              },
            },
            POLICIES.map((p) => h('option', { value: p }, p)),
          ),
        ),
        CheckboxGroup('recipient-groups', 'Recipient Groups', GROUPS, form.groups, toggle('groups'), form.saving),
        CheckboxGroup('recipient-users', 'Recipient Users', USERS, form.users, toggle('users'), form.saving),
      ),
      h(
        'section',
        { class: 'c-card-block' },
        h(
          'h2',
          null,
          h(
            'button',
            {
              type: 'button',
              class: 'c-disclosure',
              fk: 'advanced',
              'aria-expanded': String(form.advancedOpen),
              onclick: () => {
                form.advancedOpen = !form.advancedOpen;
                render();
              },
            },
            h('span', { 'aria-hidden': 'true' }, form.advancedOpen ? '▾ ' : '▸ '),
            'Advanced Settings',
          ),
        ),
        form.advancedOpen && [
          h(
            'div',
            { class: 'c-field' },
            h('div', { class: 'c-label' }, 'Default Severity'),
            h(
              'select',
              {
                id: 'severity',
                'aria-label': 'Default Severity',
                value: form.severity,
                onchange: (e) => {
                  form.severity = e.target.value;
                },
              },
              ['Critical', 'High', 'Medium', 'Low'].map((s) => h('option', { value: s }, s)),
            ),
          ),
          h(
            'div',
            { class: 'c-check' },
            h('input', {
              id: 'thread-alerts',
              type: 'checkbox',
              'aria-label': 'Thread related alerts into one incident',
              checked: form.threadAlerts,
              onchange: (e) => {
                form.threadAlerts = e.target.checked;
              },
            }),
            h('span', { 'aria-hidden': 'true' }, 'Thread related alerts into one incident'),
          ),
        ],
      ),
      h(
        'div',
        { class: 'c-actions' },
        h('a', { class: 'c-btn', href: link('/configurations/integrations') }, 'Cancel'),
        h(
          'button',
          {
            type: 'submit',
            class: 'c-btn c-btn-primary',
            fk: 'submit',
            disabled: form.saving,
            'aria-busy': String(form.saving),
          },
          form.saving ? [Spinner(), ' Submitting…'] : 'Submit',
        ),
      ),
    ),
  );
}

function CurrentDetail(id) {
  const entry = state.details[id];
  const crumbs = h(
    'nav',
    { class: 'breadcrumb', 'aria-label': 'Breadcrumb' },
    h('a', { href: link('/configurations/integrations') }, 'Integrations'),
    ' › Inbound › API',
  );
  if (!entry || entry.status === 'loading')
    return h(
      'div',
      { class: 'c-page', 'aria-busy': 'true' },
      crumbs,
      h('div', { class: 'skeleton skeleton-title', id: 'page-title', tabindex: '-1' }),
      h('div', { class: 'skeleton skeleton-line' }),
      h('div', { class: 'skeleton skeleton-line short' }),
      h('p', { class: 'muted', role: 'status' }, 'Loading…'),
    );
  if (entry.status === 'error')
    return h(
      'div',
      { class: 'c-page' },
      crumbs,
      PageTitle('Integration'),
      h('p', { class: 'error', role: 'alert' }, entry.error),
    );
  const i = entry.data;
  const tabs = [
    ['basic', 'Basic Settings'],
    ['advanced', 'Advanced Settings'],
    ['payload', 'Sample Payload'],
    ['logs', 'Logs'],
  ];
  const groups = i.recipients.filter((r) => GROUPS.includes(r));
  const users = i.recipients.filter((r) => !GROUPS.includes(r));
  const summary = (label, value) =>
    h('div', { class: 'c-summary-row' }, h('div', { class: 'c-label' }, label), h('div', null, value));
  return h(
    'div',
    { class: 'c-page' },
    crumbs,
    h(
      'section',
      { class: 'c-endpoint', 'aria-labelledby': 'page-title' },
      h('div', { class: 'c-endpoint-head' }, PageTitle(i.name), h('span', { class: 'pill pill-ok' }, 'Active')),
      h(
        'div',
        { class: 'c-endpoint-row' },
        h('div', { class: 'c-label', id: 'endpoint-label' }, 'Endpoint URL'),
        h('input', {
          id: 'endpoint-url',
          class: 'mono',
          type: 'text',
          readOnly: true,
          'aria-labelledby': 'endpoint-label',
          value: i.url,
          onfocus: (e) => e.target.select(),
        }),
        h(
          'button',
          { type: 'button', class: 'c-btn', fk: 'copy', 'data-clipboard-text': i.url, onclick: () => copyText(i.url) },
          'Copy',
        ),
      ),
      h('p', { class: 'muted' }, `Send alerts from ${i.template} to this URL.`),
    ),
    h(
      'div',
      { class: 'c-tabs', role: 'tablist', 'aria-label': 'Integration settings' },
      tabs.map(([t, label]) =>
        h(
          'button',
          {
            type: 'button',
            role: 'tab',
            id: `dtab-${t}`,
            'aria-selected': String(state.detailTab === t),
            tabindex: state.detailTab === t ? '0' : '-1',
            onclick: () => {
              state.detailTab = t;
              render();
            },
          },
          label,
        ),
      ),
    ),
    h(
      'div',
      { role: 'tabpanel', 'aria-labelledby': `dtab-${state.detailTab}`, class: 'c-card-block' },
      state.detailTab === 'basic' && [
        summary('Integration Name', i.name),
        summary('Template', i.template),
        summary('Escalation Policy', i.escalationPolicy ?? '—'),
        summary('Recipient Groups', groups.join(', ') || '—'),
        summary('Recipient Users', users.join(', ') || '—'),
      ],
      state.detailTab === 'advanced' && h('p', { class: 'muted' }, 'Defaults: severity Critical, threading on.'),
      state.detailTab === 'payload' &&
        h(
          'pre',
          null,
          JSON.stringify(
            { source: i.template, status: 'DOWN', monitor: 'Checkout page', message: 'HTTP 500' },
            null,
            2,
          ),
        ),
      state.detailTab === 'logs' && h('p', { class: 'muted' }, 'No alerts received yet.'),
    ),
  );
}

// ----- pages shared by both UIs ----------------------------------------------------------------------------------

function SharedPage() {
  const { name, params } = state.route;
  switch (name) {
    case 'dashboard':
      return h(
        'div',
        { class: 'page' },
        PageTitle('Dashboard'),
        h(
          'ul',
          { class: 'stats' },
          [
            ['Open incidents', '3'],
            ['Acknowledged', '1'],
            ['On call now', 'Jane Operator'],
          ].map(([k, v]) => h('li', null, h('span', { class: 'muted' }, k), h('strong', null, v))),
        ),
      );
    case 'incidents':
      return SimplePage('Incidents', ['Incident', 'Title', 'Status', 'Assigned to'], INCIDENTS);
    case 'simple': {
      const title = params.section.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
      const rows =
        params.section === 'users'
          ? USERS.map((u) => [u, 'Standard user'])
          : params.section === 'groups'
            ? GROUPS.map((g) => [g, `${g.length % 4} members`])
            : params.section === 'escalation-policies'
              ? POLICIES.map((p) => [p, 'Active'])
              : [['Nothing here yet', '']];
      return SimplePage(title, ['Name', 'Details'], rows);
    }
    case 'profile':
      return h(
        'div',
        { class: 'page' },
        PageTitle('My Profile'),
        h('p', null, 'Jane Operator'),
        h('p', { class: 'muted' }, `jane.operator@${TENANT}.example · Time zone: UTC`),
        h('h2', { id: 'notifications' }, 'Notification Preferences'),
        h('p', null, 'SMS, then phone call after 5 minutes.'),
      );
    case 'docs':
      return DocsPage();
    case 'lookalike':
      return LookalikePage();
    default:
      return h(
        'div',
        { class: 'page' },
        PageTitle('Page not found'),
        h('p', null, 'The page you requested does not exist in this console.'),
        h('a', { href: link('/dashboard') }, 'Go to the dashboard'),
      );
  }
}

function SimplePage(title, columns, rows) {
  return h(
    'div',
    { class: 'page' },
    PageTitle(title),
    h(
      'table',
      { class: 'l-table' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          columns.map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        null,
        rows.map((r) =>
          h(
            'tr',
            null,
            r.map((c) => h('td', null, c)),
          ),
        ),
      ),
    ),
  );
}

const EXAMPLE_KEY = '00000000-0000-0000-0000-000000000000';

function DocsPage() {
  return h(
    'article',
    { class: 'page docs' },
    PageTitle('API integrations'),
    h(
      'p',
      null,
      'An API integration gives your monitoring tool a URL to which it posts alerts as JSON. AlertOps creates the URL ',
      'when you save the integration; the last part of the path names the template.',
    ),
    h('p', null, `Example: https://notify.alertops.com/POSTAlert/${EXAMPLE_KEY}/Custom`),
    h('p', null, 'Older accounts use the generic REST endpoint, for example:'),
    h(
      'pre',
      null,
      h(
        'code',
        null,
        `curl -X POST -H "Content-Type: application/json" \\\n  -d '{"source":"Uptrends","status":"DOWN"}' \\\n  https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/${EXAMPLE_KEY}/Uptrends`,
      ),
    ),
    h('p', null, 'Never share a real integration URL: anyone who has it can open incidents.'),
  );
}

const LOOKALIKE_KEYS = [
  '3f2b8c1e-9a4d-4c7e-b1a2-6d5e4f3c2b1a',
  'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  '7c9e6679-7425-40de-944b-e07fc1f90ae7',
];

function LookalikePage() {
  const [k1, k2, k3] = LOOKALIKE_KEYS;
  const urls = [
    `https://notify.alertops.com.evil.net/POSTAlert/${k1}/Uptrends`,
    `https://notify-alertops.com/POSTAlert/${k2}/Uptrends`,
    `http://notify.alertops.com@evil.net/POSTAlert/${k3}/Uptrends`,
    `https://notify.alertops.com@evil.net/POSTAlert/${k1}/Uptrends`,
    `https://notify.alert\u043eps.com/POSTAlert/${k2}/Uptrends`,
    `https://notify.alertops.co/POSTAlert/${k3}/Uptrends`,
    `https://notify.alertops.com.evil.net/RESTAPI.svc/POSTAlertv2/generic/${k1}/Uptrends`,
    `https://evil.net/redirect?to=https://notify.alertops.com/POSTAlert/${k2}/Uptrends`,
  ];
  return h(
    'div',
    { class: 'page' },
    PageTitle('Security notice: lookalike URLs'),
    h(
      'p',
      null,
      'Phishing pages imitate AlertOps integration URLs. None of the addresses below belongs to AlertOps; ',
      'never paste them into a monitoring tool.',
    ),
    h(
      'section',
      { class: 'lookalike', 'aria-labelledby': 'lookalike-api-url' },
      h('h2', { id: 'lookalike-api-url' }, 'API URL'),
      h(
        'table',
        { class: 'l-table l-details' },
        h(
          'tbody',
          null,
          urls.map((u) => h('tr', null, h('th', { scope: 'row' }, 'API URL'), h('td', null, u))),
        ),
      ),
      urls.slice(0, 4).map((u, n) => {
        const id = `lookalike-input-${n}`;
        return h(
          'div',
          { class: 'c-endpoint-row' },
          h('label', { for: id }, 'API URL'),
          h('input', { id, class: 'mono', type: 'text', readOnly: true, value: u }),
          h('button', { type: 'button', class: 'c-btn', 'data-clipboard-text': u, onclick: () => copyText(u) }, 'Copy'),
        );
      }),
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Start

onRoute(false);
if (CHURN_MS > 0) setInterval(render, Math.max(CHURN_MS, 50));
