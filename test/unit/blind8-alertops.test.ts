/**
 * Blind round 8 for AlertOps capture: renderings written from domain.md and common SPA framework markup only,
 * without reading the capture source. Each rendering uses its own fresh keys.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { findSavedIntegrations } from '../../src/sites/alertops/capture';

const K = {
  group: 'a4429af4-992d-4445-86d5-c26f3543b457',
  snack: '3c487f83-65c3-4b32-afc5-918dbb175d23',
  anchor: 'c16b7c1e-f955-4ba4-981c-dc32e44134e0',
  trunc: '318c5859-5fa6-4be7-b1c1-35521ec11dcc',
  reveal: '7150aac4-6a1b-4a9b-bb94-c3ea223eebb7',
  kv: '8801e238-012e-4923-823b-0b151c0e025e',
  select: '8928bfd9-ece3-4bf2-9caf-3be5e7d20707',
  card: '533d2361-54d0-4fca-8aca-c6c1228cceba',
  mui1: '372a2897-631e-49f8-b5eb-140abfbe0668',
  mui2: 'E90DB35E-2637-48BF-847D-D1F944691670',
  mui3: '3739f575-30bb-4051-b61d-0c6831297c24',
  ag1: 'd623c624-7e45-46bc-a2f4-cb9d51a0fdbe',
  ag2: 'b2113c5f-86f8-449e-ae37-5a18be452d8c',
  tenant1: '9ce2582d9dca47dd8c3c512a609da93e',
  tenant2: '5db5414f993e4451856860987f708d54',
  coll1: '47d6a4e9-d4ed-4a1d-89c7-39cd3e4ace06',
  coll2: 'fbeee2cf-c2d5-4854-b9a1-90dd8fb3de16',
  vue: '5c005d29-6cc8-4697-9582-fcd71e05289d',
  evil: '93444be0-67a8-489a-af79-77115055c50e',
  query: '4ea0c493-4046-4faa-a157-f79957a8bc6f',
  inertA: '9637232b-34ac-4fbe-9050-7aa293091942',
  inertB: 'c3aff6dc-6579-4566-a95a-b3027ac75e4a',
  inertC: 'dd15dc77-e84d-4d3e-b001-5ebd8cf06476',
  notesReal: 'dfb3cb36-6d79-4d16-b63e-8a328bd237ac',
  notesOld: '2fa9a0c6-fa5d-4ebe-843e-33434c942178',
  curlReal: '7af4d2b2-c98b-405d-be2d-e4d57bbf2c8d',
  curlSample: 'b3f5c194-1bb3-4f52-8b4d-5e5dbdf151b0',
  outbound: '11326b44-6090-4a7f-9b21-65c33ecc6e84',
  malformed: 'caa05e7b-2cb1-46f7-a01f-e6162e597a4e',
  log1: '6f980d4a-4cd4-4fd5-b1fc-6714eefc3f83',
  log2: 'ff6ecf29-eef6-4eee-9873-119a814cf4a0',
} as const;

const cur = (key: string, name = 'Uptrends') => `https://notify.alertops.com/POSTAlert/${key}/${name}`;
const leg = (key: string, source = 'Uptrends') =>
  `https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/${key}/${source}`;
const MASK = '••••••••-••••-••••-••••-••••••••••••';

function render(html: string): void {
  document.body.innerHTML = html;
}
const found = () => findSavedIntegrations(document);
const urls = () => found().map((f) => f.url);
const byUrl = (u: string) => found().find((f) => f.url === u);
function setValue(id: string, v: string): void {
  const el = document.getElementById(id) as HTMLInputElement | null;
  if (!el) throw new Error(`fixture lacks #${id}`);
  el.value = v;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('blind8: current UI saved page (after Submit)', () => {
  it('H01 readonly input in an input-group with Copy; name from "Integration Name" input, template from a chip by "Template"', () => {
    render(`
      <main class="container-fluid">
        <div class="endpoint-header mb-3">
          <div class="input-group">
            <span class="input-group-text">API URL</span>
            <input type="text" class="form-control" readonly aria-label="API URL" value="${cur(K.group)}">
            <button class="btn btn-outline-primary" type="button"><i class="fa fa-copy"></i> Copy</button>
          </div>
        </div>
        <div class="d-flex align-items-center gap-2"><span class="text-muted">Template</span><span class="badge rounded-pill bg-info">Uptrends</span></div>
        <h4>Basic Settings</h4>
        <div class="mb-3"><label for="integrationName" class="form-label">Integration Name</label>
          <input id="integrationName" class="form-control" value="Uptrends EU web"></div>
        <div class="mb-3"><label for="escalationPolicy" class="form-label">Escalation Policy</label>
          <select id="escalationPolicy" class="form-select"><option selected>Default policy</option></select></div>
        <div class="mb-3"><label class="form-label">Recipient Groups</label><div><span class="badge bg-secondary">NOC</span></div></div>
        <div class="mb-3"><label class="form-label">Recipient Users</label><div><span class="badge bg-secondary">Jan de Vries</span></div></div>
        <button type="submit" class="btn btn-primary">Submit</button>
      </main>`);
    expect(found()).toEqual([{ url: cur(K.group), integrationName: 'Uptrends EU web', template: 'Uptrends' }]);
  });

  it('H02 snackbar (role=status) "Integration saved" shows the URL as its own element; name from the form input', () => {
    render(`
      <form>
        <h4>Basic Settings</h4>
        <label for="nm">Integration Name</label><input id="nm" value="Uptrends – Staging">
        <label for="ep">Escalation Policy</label><select id="ep"><option selected>Default policy</option></select>
        <button type="submit">Submit</button>
      </form>
      <div class="MuiSnackbar-root MuiSnackbar-anchorOriginBottomCenter">
        <div class="MuiPaper-root MuiSnackbarContent-root" role="status" aria-live="polite">
          <div class="MuiSnackbarContent-message">
            <span>Integration saved. Your API URL:</span>
            <code class="endpoint">${cur(K.snack)}</code>
          </div>
          <div class="MuiSnackbarContent-action"><button type="button" class="MuiButton-root">Copy</button></div>
        </div>
      </div>`);
    const r = found();
    expect(r.map((x) => x.url)).toEqual([cur(K.snack)]);
    expect(r[0]?.integrationName).toBe('Uptrends – Staging');
  });

  it('H03 URL as a link whose text is the URL; name from the h1 "Uptrends – Production", template from a badge', () => {
    render(`
      <nav aria-label="breadcrumb"><ol class="breadcrumb">
        <li class="breadcrumb-item"><a href="/configurations">Configurations</a></li>
        <li class="breadcrumb-item"><a href="/integrations">Integrations</a></li>
        <li class="breadcrumb-item active" aria-current="page">Uptrends – Production</li></ol></nav>
      <header class="page-header"><h1>Uptrends – Production</h1>
        <div><span class="label">Template</span> <span class="badge badge-primary">Uptrends</span></div></header>
      <section class="endpoint">
        <div class="label">API URL</div>
        <a href="${cur(K.anchor)}" target="_blank" rel="noopener noreferrer">${cur(K.anchor)}</a>
        <button type="button" class="btn btn-link">Copy</button>
      </section>`);
    expect(found()).toEqual([{ url: cur(K.anchor), integrationName: 'Uptrends – Production', template: 'Uptrends' }]);
  });

  it('H04 middle-truncated visible text, full URL in title and data-clipboard-text: only the full URL, once', () => {
    const shown = `https://notify.alertops.com/POSTAlert/${K.trunc.slice(0, 4)}…${K.trunc.slice(-4)}/Uptrends`;
    render(`
      <div class="form-group">
        <label>API URL</label>
        <div class="input-group">
          <span class="form-control text-truncate" title="${cur(K.trunc)}">${shown}</span>
          <button class="btn btn-secondary js-copy" type="button" data-clipboard-text="${cur(K.trunc)}">Copy</button>
        </div>
      </div>`);
    expect(urls()).toEqual([cur(K.trunc)]);
  });

  it('H05 masked URL (bullets in place of the key) with a Show button and nothing else: nothing captured', () => {
    render(`
      <div class="endpoint">
        <label>API URL</label>
        <span class="endpoint-value">https://notify.alertops.com/POSTAlert/${MASK}/Uptrends</span>
        <button type="button" aria-pressed="false">Show</button>
        <button type="button">Copy</button>
      </div>
      <h4>Basic Settings</h4><label for="n5">Integration Name</label><input id="n5" value="Uptrends masked">`);
    expect(found()).toEqual([]);
  });

  it('H06 masked URL, then the user clicks Show and the real URL replaces it: captured after the reveal', () => {
    render(`
      <div class="endpoint">
        <label>API URL</label>
        <span id="ev" class="endpoint-value">https://notify.alertops.com/POSTAlert/${MASK}/Uptrends</span>
        <button id="toggle" type="button" aria-pressed="false">Show</button>
        <button type="button">Copy</button>
      </div>
      <h4>Basic Settings</h4><label for="n6">Integration Name</label><input id="n6" value="Uptrends revealed">`);
    expect(found()).toEqual([]);
    const span = document.getElementById('ev');
    const toggle = document.getElementById('toggle');
    if (!span || !toggle) throw new Error('fixture incomplete');
    span.textContent = cur(K.reveal);
    toggle.textContent = 'Hide';
    toggle.setAttribute('aria-pressed', 'true');
    const r = found();
    expect(r.map((x) => x.url)).toEqual([cur(K.reveal)]);
    expect(r[0]?.integrationName).toBe('Uptrends revealed');
  });

  it('H07 key-value table of td/td rows (no th): Integration Name, Template, API URL', () => {
    render(`
      <table class="table table-sm kv">
        <tbody>
          <tr><td class="key">Integration Name</td><td class="val">Website checks (EU)</td></tr>
          <tr><td class="key">Template</td><td class="val">Uptrends</td></tr>
          <tr><td class="key">Escalation Policy</td><td class="val">Default policy</td></tr>
          <tr><td class="key">API URL</td><td class="val"><code>${cur(K.kv)}</code> <button class="btn btn-xs">Copy</button></td></tr>
        </tbody>
      </table>`);
    expect(found()).toEqual([{ url: cur(K.kv), integrationName: 'Website checks (EU)', template: 'Uptrends' }]);
  });

  it('H08 template in a disabled select (selected option only), URL last segment = integration name', () => {
    const u = cur(K.select, 'Synthetics-NL');
    render(`
      <div class="endpoint-bar"><label for="apiUrl">API URL</label>
        <input id="apiUrl" readonly value="${u}"><button type="button">Copy</button></div>
      <h4>Basic Settings</h4>
      <label for="tpl">Template</label>
      <select id="tpl" disabled><option value="custom">Custom</option><option value="uptrends" selected>Uptrends</option><option value="datadog">Datadog</option></select>
      <label for="iname">Integration Name</label><input id="iname" value="Synthetics-NL">`);
    expect(found()).toEqual([{ url: u, integrationName: 'Synthetics-NL', template: 'Uptrends' }]);
  });

  it('H09 template shown as a card headed "Uptrends" under "Template"; name from the input', () => {
    render(`
      <div class="endpoint"><span>API URL</span>
        <input readonly class="form-control" value="${cur(K.card)}"><button class="btn" aria-label="Copy"><svg></svg></button></div>
      <section class="template">
        <h5>Template</h5>
        <div class="card template-card">
          <img class="card-img-top" src="/assets/templates/uptrends.svg" alt="">
          <div class="card-body"><h6 class="card-title">Uptrends</h6></div>
        </div>
      </section>
      <section><h5>Basic Settings</h5>
        <label for="in9">Integration Name</label><input id="in9" value="Uptrends APIs"></section>`);
    expect(found()).toEqual([{ url: cur(K.card), integrationName: 'Uptrends APIs', template: 'Uptrends' }]);
  });

  it('H10 Vue/Element Plus form: labels without for=, URL in a disabled input (value property), template in an el-tag', () => {
    render(`
      <form class="el-form el-form--label-top">
        <div class="el-form-item"><label class="el-form-item__label">Integration Name</label>
          <div class="el-form-item__content"><div class="el-input"><div class="el-input__wrapper">
            <input id="vn" class="el-input__inner" type="text" autocomplete="off"></div></div></div></div>
        <div class="el-form-item"><label class="el-form-item__label">Template</label>
          <div class="el-form-item__content"><span class="el-tag el-tag--info el-tag--light"><span class="el-tag__content">Uptrends</span></span></div></div>
        <div class="el-form-item"><label class="el-form-item__label">API URL</label>
          <div class="el-form-item__content"><div class="el-input el-input-group el-input-group--append is-disabled">
            <div class="el-input__wrapper"><input id="vu" class="el-input__inner" type="text" disabled></div>
            <div class="el-input-group__append"><button type="button" class="el-button"><span>Copy</span></button></div>
          </div></div></div>
      </form>`);
    setValue('vn', 'Uptrends – Vue');
    setValue('vu', cur(K.vue));
    expect(found()).toEqual([{ url: cur(K.vue), integrationName: 'Uptrends – Vue', template: 'Uptrends' }]);
  });
});

describe('blind8: lists of several integrations', () => {
  it('H11 MUI DataGrid (Name | Template | API URL | Actions), cellContent with title, one legacy URL with upper-case key', () => {
    const cell = (field: string, i: number, v: string) =>
      `<div class="MuiDataGrid-cell" role="gridcell" data-field="${field}" data-colindex="${i}" aria-colindex="${i + 1}" tabindex="-1"><div class="MuiDataGrid-cellContent" title="${v}">${v}</div></div>`;
    const actions = `<div class="MuiDataGrid-cell MuiDataGrid-cell--withRenderer" role="gridcell" data-field="actions" data-colindex="3" aria-colindex="4"><div class="MuiDataGrid-actionsCell" role="menu"><button aria-label="Edit" role="menuitem"><svg></svg></button><button aria-label="Copy API URL" role="menuitem"><svg></svg></button><button aria-label="Delete" role="menuitem"><svg></svg></button></div></div>`;
    const row = (id: number, name: string, tpl: string, u: string) =>
      `<div class="MuiDataGrid-row" role="row" data-id="${id}" data-rowindex="${id - 1}" aria-rowindex="${id + 1}" aria-selected="false">${cell('name', 0, name)}${cell('template', 1, tpl)}${cell('apiUrl', 2, u)}${actions}</div>`;
    const head = (field: string, i: number, t: string) =>
      `<div class="MuiDataGrid-columnHeader" role="columnheader" data-field="${field}" aria-colindex="${i + 1}" tabindex="-1"><div class="MuiDataGrid-columnHeaderDraggableContainer"><div class="MuiDataGrid-columnHeaderTitleContainer"><div class="MuiDataGrid-columnHeaderTitle">${t}</div></div></div><div class="MuiDataGrid-columnSeparator" aria-hidden="true"><svg></svg></div></div>`;
    const u1 = cur(K.mui1);
    const u2 = leg(K.mui2);
    const u3 = cur(K.mui3, 'Custom');
    render(`
      <h2>Inbound Integrations</h2>
      <div class="MuiDataGrid-root" role="grid" aria-colcount="4" aria-rowcount="4" aria-multiselectable="false">
        <div class="MuiDataGrid-main">
          <div class="MuiDataGrid-columnHeaders"><div class="MuiDataGrid-columnHeadersInner">
            <div role="row" aria-rowindex="1">${head('name', 0, 'Name')}${head('template', 1, 'Template')}${head('apiUrl', 2, 'API URL')}${head('actions', 3, 'Actions')}</div>
          </div></div>
          <div class="MuiDataGrid-virtualScroller" role="presentation"><div class="MuiDataGrid-virtualScrollerContent">
            <div class="MuiDataGrid-virtualScrollerRenderZone" role="rowgroup">
              ${row(1, 'Uptrends prod', 'Uptrends', u1)}
              ${row(2, 'Legacy uptime', 'Uptrends', u2)}
              ${row(3, 'Nagios core', 'Custom', u3)}
            </div></div></div>
        </div>
        <div class="MuiDataGrid-footerContainer"><div class="MuiTablePagination-root"><p>1–3 of 3</p></div></div>
      </div>`);
    expect(found()).toEqual([
      { url: u1, integrationName: 'Uptrends prod', template: 'Uptrends' },
      { url: u2, integrationName: 'Legacy uptime', template: 'Uptrends' },
      { url: u3, integrationName: 'Nagios core', template: 'Custom' },
    ]);
  });

  it('H12 AG Grid with the name column pinned left (separate row elements), center rows in another DOM order', () => {
    const u1 = cur(K.ag1);
    const u2 = cur(K.ag2);
    const pinned = (ri: number, name: string) =>
      `<div role="row" row-index="${ri}" aria-rowindex="${ri + 2}" row-id="r${ri}" class="ag-row ag-row-level-0" style="transform: translateY(${ri * 42}px);"><div role="gridcell" col-id="name" aria-colindex="1" class="ag-cell ag-cell-value">${name}</div></div>`;
    const center = (ri: number, tpl: string, u: string) =>
      `<div role="row" row-index="${ri}" aria-rowindex="${ri + 2}" row-id="r${ri}" class="ag-row ag-row-level-0" style="transform: translateY(${ri * 42}px);"><div role="gridcell" col-id="template" aria-colindex="2" class="ag-cell ag-cell-value">${tpl}</div><div role="gridcell" col-id="apiUrl" aria-colindex="3" class="ag-cell ag-cell-value">${u}</div></div>`;
    const hcell = (id: string, i: number, t: string) =>
      `<div class="ag-header-cell" role="columnheader" col-id="${id}" aria-colindex="${i}"><div class="ag-header-cell-comp-wrapper"><div class="ag-cell-label-container"><div class="ag-header-cell-label"><span class="ag-header-cell-text">${t}</span></div></div></div></div>`;
    render(`
      <div class="ag-theme-alpine"><div class="ag-root-wrapper"><div class="ag-root ag-layout-normal" role="grid" aria-colcount="3" aria-rowcount="3">
        <div class="ag-header" role="presentation">
          <div class="ag-pinned-left-header" role="presentation"><div class="ag-header-row ag-header-row-column" role="row" aria-rowindex="1">${hcell('name', 1, 'Integration Name')}</div></div>
          <div class="ag-header-viewport" role="presentation"><div class="ag-header-container" role="rowgroup"><div class="ag-header-row ag-header-row-column" role="row" aria-rowindex="1">${hcell('template', 2, 'Template')}${hcell('apiUrl', 3, 'API URL')}</div></div></div>
        </div>
        <div class="ag-body" role="presentation">
          <div class="ag-pinned-left-cols-container" role="rowgroup">${pinned(0, 'Uptrends EU')}${pinned(1, 'Uptrends US')}</div>
          <div class="ag-body-viewport" role="presentation"><div class="ag-center-cols-viewport" role="presentation">
            <div class="ag-center-cols-container" role="rowgroup">${center(1, 'Uptrends', u2)}${center(0, 'Uptrends', u1)}</div>
          </div></div>
        </div>
      </div></div></div>`);
    expect(found()).toHaveLength(2);
    expect(byUrl(u1)).toEqual({ url: u1, integrationName: 'Uptrends EU', template: 'Uptrends' });
    expect(byUrl(u2)).toEqual({ url: u2, integrationName: 'Uptrends US', template: 'Uptrends' });
  });

  it('H13 tenant-era plain table, URL column first, legacy URLs (one http + lower-case restapi.svc), an Email row without URL', () => {
    const u1 = leg(K.tenant1);
    const u2 = `http://notify.alertops.com/restapi.svc/POSTAlertV2/generic/${K.tenant2}/Uptrends`;
    render(`
      <h2>Inbound Integrations</h2>
      <table class="table table-bordered">
        <thead><tr><th>API URL</th><th>Integration Name</th><th>Template</th><th>Recipient Group(s)/User(s)</th><th></th></tr></thead>
        <tbody>
          <tr><td><input type="text" readonly="readonly" size="90" value="${u1}"></td><td>Uptrends (old)</td><td>Uptrends</td><td>NOC</td>
              <td><a href="#">Edit</a> | <a href="#">Delete</a></td></tr>
          <tr><td>${u2}</td><td>Uptrends DR</td><td>Uptrends</td><td>DR team</td>
              <td><a href="#">Edit</a> | <a href="#">Delete</a></td></tr>
          <tr><td>—</td><td>Ops mailbox</td><td>Email</td><td>NOC</td>
              <td><a href="#">Edit</a> | <a href="#">Delete</a></td></tr>
        </tbody>
      </table>`);
    expect(found()).toHaveLength(2);
    expect(byUrl(u1)).toEqual({ url: u1, integrationName: 'Uptrends (old)', template: 'Uptrends' });
    expect(byUrl(u2)).toEqual({ url: u2, integrationName: 'Uptrends DR', template: 'Uptrends' });
  });

  it('H14 collapsible table: each integration row followed by a detail row (colspan) holding its API URL', () => {
    const u1 = cur(K.coll1);
    const u2 = cur(K.coll2, 'Custom');
    const detail = (u: string) => `
      <tr class="detail-row"><td colspan="4" style="padding:0"><div class="MuiCollapse-root MuiCollapse-entered"><div class="MuiBox-root">
        <span class="MuiTypography-root MuiTypography-overline">API URL</span>
        <div><code>${u}</code><button type="button" aria-label="Copy"><svg></svg></button></div>
      </div></div></td></tr>`;
    render(`
      <table class="MuiTable-root" aria-label="collapsible table">
        <thead><tr><th></th><th>Integration Name</th><th>Template</th><th>Status</th></tr></thead>
        <tbody>
          <tr><td><button aria-label="expand row" aria-expanded="true">▲</button></td><td>Checkout flow</td><td>Uptrends</td><td>Enabled</td></tr>
          ${detail(u1)}
          <tr><td><button aria-label="expand row" aria-expanded="true">▲</button></td><td>Zabbix bridge</td><td>Custom</td><td>Enabled</td></tr>
          ${detail(u2)}
        </tbody>
      </table>`);
    expect(found()).toHaveLength(2);
    expect(byUrl(u1)).toEqual({ url: u1, integrationName: 'Checkout flow', template: 'Uptrends' });
    expect(byUrl(u2)).toEqual({ url: u2, integrationName: 'Zabbix bridge', template: 'Custom' });
  });
});

describe('blind8: must NOT capture', () => {
  it('H15 lookalike hosts in labelled readonly fields with Copy (suffix, .co, punycode, user@host, host-in-path)', () => {
    const k = K.evil;
    const bad = [
      `https://notify.alertops.com.evil.io/POSTAlert/${k}/Uptrends`,
      `https://notify.alertops.co/POSTAlert/${k}/Uptrends`,
      `https://notify.xn--alertps-vxa.com/POSTAlert/${k}/Uptrends`,
      `https://notify.alertops.com@evil.io/POSTAlert/${k}/Uptrends`,
      `https://evil.io/notify.alertops.com/POSTAlert/${k}/Uptrends`,
    ];
    render(
      bad
        .map(
          (u, i) => `
      <div class="form-group"><label for="b${i}">API URL</label>
        <div class="input-group"><input id="b${i}" class="form-control" readonly value="${u}"><button type="button">Copy</button></div></div>`,
        )
        .join(''),
    );
    expect(urls()).toEqual([]);
  });

  it('H16 URL with a query string or fragment (not a shape AlertOps generates)', () => {
    render(`
      <div><label for="q1">API URL</label><input id="q1" readonly value="${cur(K.query)}?next=https://evil.io/steal"><button>Copy</button></div>
      <div><label for="q2">Endpoint URL</label><input id="q2" readonly value="${cur(K.query)}#token"><button>Copy</button></div>`);
    expect(urls()).toEqual([]);
  });

  it('H17 URLs only inside <template>, JSON <script> and an HTML comment; visible field still loading', () => {
    render(`
      <template id="endpoint-tpl"><div class="endpoint"><label>API URL</label><input readonly value="${cur(K.inertA)}"><button>Copy</button></div></template>
      <script type="application/json" id="__NEXT_DATA__">{"props":{"pageProps":{"integration":{"name":"Uptrends","apiUrl":"${cur(K.inertB)}"}}}}</script>
      <!-- API URL: ${cur(K.inertC)} -->
      <div class="endpoint"><label for="ld">API URL</label><input id="ld" readonly value="" placeholder="Loading…"><button disabled>Copy</button></div>`);
    expect(urls()).toEqual([]);
  });

  it('H18 editable "Notes" textarea holding an old URL beside the real API URL: only the real one', () => {
    render(`
      <div class="endpoint-bar"><label for="u18">API URL</label><div class="input-group">
        <input id="u18" class="form-control" readonly value="${cur(K.notesReal)}"><button class="btn" type="button">Copy</button></div></div>
      <h4>Basic Settings</h4>
      <label for="n18">Integration Name</label><input id="n18" value="Uptrends notes">
      <label for="notes">Notes</label>
      <textarea id="notes" rows="3">${cur(K.notesOld)}</textarea>`);
    const r = found();
    expect(r.map((x) => x.url)).toEqual([cur(K.notesReal)]);
    expect(r[0]?.integrationName).toBe('Uptrends notes');
  });

  it('H19 "Sample request" curl block in <pre> with an example key beside the real URL: only the real one', () => {
    render(`
      <div class="endpoint"><label for="u19">API URL</label><input id="u19" readonly value="${cur(K.curlReal)}"><button>Copy</button></div>
      <div class="help-panel">
        <h5>Sample request</h5>
        <pre class="code">curl -X POST "${cur(K.curlSample)}" \\
  -H "Content-Type: application/json" \\
  -d '{"SourceName":"Uptrends","Status":"Open"}'</pre>
        <button>Copy</button>
      </div>`);
    expect(urls()).toEqual([cur(K.curlReal)]);
  });

  it('H20 outbound webhook page: Slack URL in an "API URL"-like field, AlertOps URL only in a JSON payload sample', () => {
    render(`
      <h2>Outbound Integrations</h2>
      <h3>Webhook – Slack #ops</h3>
      <div class="form-group"><label for="wh">Endpoint URL</label>
        <div class="input-group"><input id="wh" readonly value="https://hooks.slack.com/services/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"><button>Copy</button></div></div>
      <div class="form-group"><label for="body">Payload</label>
        <pre id="body"><code>{
  "text": "Alert {{AlertId}}",
  "callback": "${cur(K.outbound, 'Slack')}"
}</code></pre></div>`);
    expect(urls()).toEqual([]);
  });

  it('H21 malformed shapes in labelled fields: no name segment, non-GUID key, POSTAlertX path, ftp scheme', () => {
    const k = K.malformed;
    const bad = [
      `https://notify.alertops.com/POSTAlert/${k}`,
      `https://notify.alertops.com/POSTAlert/not-a-real-key/Uptrends`,
      `https://notify.alertops.com/POSTAlertX/${k}/Uptrends`,
      `ftp://notify.alertops.com/POSTAlert/${k}/Uptrends`,
    ];
    render(
      bad
        .map(
          (u, i) =>
            `<div><label for="m${i}">API URL</label><input id="m${i}" readonly value="${u}"><button>Copy</button></div>`,
        )
        .join(''),
    );
    expect(urls()).toEqual([]);
  });

  it('H22 activity feed (role=log) lines mentioning URLs that received alerts', () => {
    render(`
      <section><h3>Recent activity</h3>
        <div role="log" aria-live="polite" class="activity">
          <div class="entry"><time>10:14</time> Alert received on ${cur(K.log1)} (Uptrends) – incident #4812 opened</div>
          <div class="entry"><time>10:02</time> POST <span class="url">${cur(K.log2)}</span> 401 Invalid API key</div>
        </div>
      </section>`);
    expect(urls()).toEqual([]);
  });
});
