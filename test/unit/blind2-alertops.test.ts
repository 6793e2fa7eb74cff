// Second blind round for AlertOps capture: layouts written from domain.md only, before reading src/.
import { afterEach, describe, expect, it } from 'vitest';
import { findSavedIntegrations } from '../../src/sites/alertops/capture';

const K1 = '7f3a9c2e-4b1d-4e8a-9f6c-0d2b5a7e1c93';
const K2 = 'b8e41d7a-c3f5-4962-8a0e-5d9c1f7b2e64';
const K3 = 'e2c9a4f1-6d8b-47e3-b1a5-9f0c3e8d7b26';
const K4 = '4d7b1e9c-a2f8-4c63-9e5b-1a0f6d3c8e72';
const K5 = 'c6f0e3b8-1a9d-4b72-85ce-3d7a9f2b4e01';
const K6 = '9a2e5c7f-3b0d-4f18-a6c4-e1d8b9f0a357';
const K7 = '1e8d4b6a-f9c2-4a07-b3e5-7c0a2d9f6b48';
const K8 = 'f5b3a0d9-8e1c-4d26-97af-2b4c6e1d0a83';
const K9 = '3c1f7e0b-d5a8-4e94-b2c6-8f9a1e7d5c30';
const K10 = 'a7d9c2e5-0f4b-4836-9d1e-6b3a8c0f2e57';
const K11 = '6b0a8f3d-2c7e-4591-a4d8-0e5f9b1c7a26';
const K12 = 'd3e7b1c0-9a6f-4d28-8b5e-4f2c0a9d1e83';
const K13 = '0f9c6a2d-7e3b-48a1-b5d0-c8e4f1a6b39d';
const K14 = '8c4e2a9f-5d1b-4e07-a3f6-b9d0c7e5a148';
const K15 = '2a6d0f8b-e4c9-41d3-97b2-5e8f3a1c0d64';
const K16 = '5e1b9d3c-8f0a-4c72-b6e4-1d7a2f9c8b05';
const K17 = 'e9f3c7a1-4b6d-4028-8e5c-a0d2b4f6c917';
const K18 = '1d5a8e2f-c0b7-4963-a9f4-7e3c1b0d8a52';
const K19 = 'b4c8f2e6-9d3a-4175-8c0b-e6a1f5d9c3b7';
const K21 = 'c0d6a4b9-3e8f-4a15-92d7-f1b5e0c8a436';
const K22 = '98e2f6a0-b7c3-4d59-a1e8-0c4d7f3b5a91';
const N1 = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const N2 = 'aa41c7e9-5b2d-4f80-b6c3-d9e0f1a2b874';
const N5 = '45c0a9e3-d8f1-4b62-a7e5-0b3d9c6f2a18';
const N6 = 'f7a0c3e8-9b5d-4216-8e4f-1c6a0d3b9e75';

const post = (key: string, name: string) => `https://notify.alertops.com/POSTAlert/${key}/${name}`;
const legacy = (key: string, src: string) =>
  `https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/${key}/${src}`;

function render(html: string): void {
  document.body.innerHTML = html;
}

afterEach(() => {
  document.body.innerHTML = '';
});

function results() {
  return findSavedIntegrations(document);
}

function byUrl(url: string) {
  return results().find((r) => r.url === url);
}

describe('blind2: older UI (KB era) lists', () => {
  it('C01 ASP.NET WebForms GridView (th in first row, no thead), three integrations', () => {
    render(`
      <div id="ctl00_ContentPlaceHolder1_upIntegrations">
        <h2>Inbound Integrations</h2>
        <table class="GridView" id="ctl00_ContentPlaceHolder1_gvApiIntegrations" cellspacing="0" rules="all" border="1" style="border-collapse:collapse;">
          <tr class="GridHeader">
            <th scope="col">Integration Name</th><th scope="col">Template</th><th scope="col">API URL</th><th scope="col">&nbsp;</th>
          </tr>
          <tr class="GridRow">
            <td>Uptrends prod</td><td>Uptrends</td>
            <td><span id="ctl00_ContentPlaceHolder1_gvApiIntegrations_ctl02_lblUrl">${post(K1, 'Uptrends')}</span></td>
            <td><a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$gvApiIntegrations','Edit$0')">Edit</a></td>
          </tr>
          <tr class="GridAltRow">
            <td>Uptrends staging</td><td>Uptrends</td>
            <td><span id="ctl00_ContentPlaceHolder1_gvApiIntegrations_ctl03_lblUrl">${post(K2, 'Uptrends')}</span></td>
            <td><a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$gvApiIntegrations','Edit$1')">Edit</a></td>
          </tr>
          <tr class="GridRow">
            <td>Nagios</td><td>Custom</td>
            <td><span id="ctl00_ContentPlaceHolder1_gvApiIntegrations_ctl04_lblUrl">${post(K3, 'Custom')}</span></td>
            <td><a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$gvApiIntegrations','Edit$2')">Edit</a></td>
          </tr>
        </table>
      </div>`);
    const r = results();
    expect(r.map((x) => x.url).sort()).toEqual([post(K1, 'Uptrends'), post(K2, 'Uptrends'), post(K3, 'Custom')].sort());
    expect(byUrl(post(K1, 'Uptrends'))?.integrationName).toBe('Uptrends prod');
    expect(byUrl(post(K2, 'Uptrends'))?.integrationName).toBe('Uptrends staging');
    expect(byUrl(post(K3, 'Custom'))?.integrationName).toBe('Nagios');
  });

  it('C02 GridView with a pager row (nested table of page links) and names as postback links', () => {
    render(`
      <table id="ctl00_cph_gvIntegrations" class="grid">
        <tr><th scope="col"><a href="javascript:__doPostBack('ctl00$cph$gvIntegrations','Sort$Name')">Name</a></th>
            <th scope="col"><a href="javascript:__doPostBack('ctl00$cph$gvIntegrations','Sort$Url')">API URL</a></th></tr>
        <tr><td><a href="javascript:__doPostBack('ctl00$cph$gvIntegrations','Select$0')">Uptrends EU</a></td>
            <td>${post(K4, 'Uptrends')}</td></tr>
        <tr><td><a href="javascript:__doPostBack('ctl00$cph$gvIntegrations','Select$1')">Uptrends US</a></td>
            <td>${post(K5, 'Uptrends')}</td></tr>
        <tr class="pager"><td colspan="2"><table><tr>
            <td><span>1</span></td>
            <td><a href="javascript:__doPostBack('ctl00$cph$gvIntegrations','Page$2')">2</a></td>
            <td><a href="javascript:__doPostBack('ctl00$cph$gvIntegrations','Page$3')">3</a></td>
        </tr></table></td></tr>
      </table>`);
    expect(results()).toHaveLength(2);
    expect(byUrl(post(K4, 'Uptrends'))?.integrationName).toBe('Uptrends EU');
    expect(byUrl(post(K5, 'Uptrends'))?.integrationName).toBe('Uptrends US');
  });

  it('C03 DataTables table: sorting headers with icons, pagination, "Showing 1 to 2 of 2 entries"', () => {
    render(`
      <div id="tblInbound_wrapper" class="dataTables_wrapper">
        <div class="dataTables_length"><label>Show <select><option>10</option></select> entries</label></div>
        <div class="dataTables_filter"><label>Search:<input type="search" aria-controls="tblInbound"></label></div>
        <table id="tblInbound" class="table table-striped dataTable" role="grid">
          <thead><tr role="row">
            <th class="sorting_asc" aria-sort="ascending" aria-label="Name: activate to sort column descending">Name <i class="fa fa-sort-asc"></i></th>
            <th class="sorting" aria-label="Type: activate to sort column ascending">Type <i class="fa fa-sort"></i></th>
            <th class="sorting" aria-label="API URL: activate to sort column ascending">API URL <i class="fa fa-sort"></i></th>
            <th class="sorting_disabled">Actions</th>
          </tr></thead>
          <tbody>
            <tr role="row" class="odd"><td class="sorting_1">Datadog</td><td>API</td><td>${post(K6, 'Datadog')}</td>
              <td><button class="btn btn-xs" title="Copy"><i class="fa fa-clipboard"></i></button></td></tr>
            <tr role="row" class="even"><td class="sorting_1">Uptrends monitoring</td><td>API</td><td>${post(K7, 'Uptrends')}</td>
              <td><button class="btn btn-xs" title="Copy"><i class="fa fa-clipboard"></i></button></td></tr>
          </tbody>
        </table>
        <div class="dataTables_info" role="status">Showing 1 to 2 of 2 entries</div>
        <div class="dataTables_paginate paging_simple_numbers">
          <a class="paginate_button previous disabled">Previous</a><span><a class="paginate_button current">1</a></span>
          <a class="paginate_button next disabled">Next</a>
        </div>
      </div>`);
    expect(results()).toHaveLength(2);
    expect(byUrl(post(K6, 'Datadog'))?.integrationName).toBe('Datadog');
    expect(byUrl(post(K7, 'Uptrends'))?.integrationName).toBe('Uptrends monitoring');
  });

  it('C04 Kendo grid: header table separate from body table', () => {
    render(`
      <div id="gridInbound" class="k-grid k-widget" data-role="grid">
        <div class="k-grid-header"><div class="k-grid-header-wrap">
          <table role="grid"><colgroup><col><col><col></colgroup>
            <thead role="rowgroup"><tr role="row">
              <th role="columnheader" data-field="Name" class="k-header"><a class="k-link" href="#">Integration Name</a></th>
              <th role="columnheader" data-field="Source" class="k-header"><a class="k-link" href="#">Source</a></th>
              <th role="columnheader" data-field="ApiUrl" class="k-header"><a class="k-link" href="#">API URL</a></th>
            </tr></thead>
          </table>
        </div></div>
        <div class="k-grid-content k-auto-scrollable">
          <table role="grid"><colgroup><col><col><col></colgroup>
            <tbody role="rowgroup">
              <tr data-uid="a1" role="row"><td role="gridcell">Website checks</td><td role="gridcell">Uptrends</td><td role="gridcell">${post(K8, 'Uptrends')}</td></tr>
              <tr class="k-alt" data-uid="a2" role="row"><td role="gridcell">API checks</td><td role="gridcell">Uptrends</td><td role="gridcell">${post(K9, 'Uptrends')}</td></tr>
            </tbody>
          </table>
        </div>
        <div class="k-pager-wrap k-grid-pager"><a class="k-link k-pager-nav" title="Go to the previous page"><span class="k-icon k-i-arrow-w"></span></a>
          <ul class="k-pager-numbers"><li><span class="k-state-selected">1</span></li></ul>
          <span class="k-pager-info k-label">1 - 2 of 2 items</span></div>
      </div>`);
    expect(results()).toHaveLength(2);
    expect(byUrl(post(K8, 'Uptrends'))?.integrationName).toBe('Website checks');
    expect(byUrl(post(K9, 'Uptrends'))?.integrationName).toBe('API checks');
  });

  it('C05 "API" tab: list of integrations (no URLs) above, saved integration detail form below', () => {
    render(`
      <ul class="nav nav-tabs" role="tablist">
        <li role="presentation" class="active"><a role="tab" aria-selected="true" href="#api">API</a></li>
        <li role="presentation"><a role="tab" aria-selected="false" href="#email">Email</a></li>
      </ul>
      <div class="tab-content"><div role="tabpanel" id="api" class="tab-pane active">
        <button class="btn btn-primary">ADD API INTEGRATION</button>
        <table class="table"><tr><th>Integration Name</th><th>Template</th><th>Enabled</th></tr>
          <tr class="selected"><td>Grafana alerts</td><td>Grafana</td><td>Yes</td></tr>
          <tr><td>Uptrends prod</td><td>Uptrends</td><td>Yes</td></tr></table>
        <fieldset class="detail">
          <legend>API Integration</legend>
          <div class="form-group"><label for="txtName">Integration Name</label>
            <input id="txtName" class="form-control" type="text" value="Uptrends prod"></div>
          <div class="form-group"><label for="ddlTemplate">Template</label>
            <select id="ddlTemplate"><option selected>Uptrends</option></select></div>
          <div class="form-group"><label for="lstRecipients">Recipient Group(s)/User(s)</label>
            <select id="lstRecipients" multiple><option selected>Ops on call</option></select></div>
          <div class="form-group"><label for="txtApiUrl">API URL</label>
            <input id="txtApiUrl" class="form-control" type="text" readonly value="${post(K10, 'Uptrends')}"></div>
          <input type="submit" value="Save">
        </fieldset>
      </div></div>`);
    const r = results();
    expect(r).toHaveLength(1);
    expect(r[0]?.url).toBe(post(K10, 'Uptrends'));
    expect(r[0]?.integrationName).toBe('Uptrends prod');
  });

  it('C06 WebForms DetailsView (th label / td value rows) with legacy generic URL', () => {
    render(`
      <table id="ctl00_cph_dvIntegration" class="details" cellspacing="0" border="1">
        <tr><th>Integration Name</th><td>Uptrends legacy</td></tr>
        <tr><th>Source</th><td>Uptrends</td></tr>
        <tr><th>Recipient Group(s)/User(s)</th><td>NOC</td></tr>
        <tr><th>API URL</th><td>${legacy(K11, 'Uptrends')}</td></tr>
      </table>`);
    const r = results();
    expect(r).toHaveLength(1);
    expect(r[0]?.url).toBe(legacy(K11, 'Uptrends'));
    expect(r[0]?.integrationName).toBe('Uptrends legacy');
  });

  it('C07 WebForms label span beside a readonly TextBox (no for=), name in a span label too', () => {
    render(`
      <div class="row"><span id="ctl00_cph_lblNameCaption" class="caption">Integration Name:</span>
        <input name="ctl00$cph$txtIntegrationName" type="text" value="Uptrends - Production" id="ctl00_cph_txtIntegrationName" class="textbox"></div>
      <div class="row"><span id="ctl00_cph_lblApiUrlCaption" class="caption">API URL:</span>
        <input name="ctl00$cph$txtApiUrl" type="text" readonly="readonly" value="${post(K12, 'Uptrends')}" id="ctl00_cph_txtApiUrl" class="textbox wide"></div>`);
    const r = results();
    expect(r).toHaveLength(1);
    expect(r[0]?.url).toBe(post(K12, 'Uptrends'));
    expect(r[0]?.integrationName).toBe('Uptrends - Production');
  });
});

describe('blind2: current UI saved integration page', () => {
  it('C08 readonly input at top, icon-only Copy button named by aria-label, no visible URL label', () => {
    render(`
      <main>
        <div class="endpoint">
          <input type="text" readonly class="endpoint-input" value="${post(K13, 'Uptrends')}">
          <button type="button" aria-label="Copy"><svg viewBox="0 0 24 24"><path d="M16 1H4"></path></svg></button>
        </div>
        <section><h3>Basic Settings</h3>
          <label for="in-name">Integration Name</label><input id="in-name" value="Uptrends prod">
          <label for="in-ep">Escalation Policy</label><select id="in-ep"><option selected>Default</option></select>
          <label for="in-rg">Recipient Groups</label><select id="in-rg"><option selected>SRE</option></select>
        </section>
      </main>`);
    const r = results();
    expect(r).toHaveLength(1);
    expect(r[0]?.url).toBe(post(K13, 'Uptrends'));
    expect(r[0]?.integrationName).toBe('Uptrends prod');
  });

  it('C09 icon-only copy button named only by title="Copy to clipboard"', () => {
    render(`
      <div class="url-bar"><input readonly value="${post(K14, 'Uptrends')}" class="form-control">
        <button class="btn btn-icon" title="Copy to clipboard"><i class="icon-copy"></i></button></div>
      <h4>Basic Settings</h4>
      <label>Integration Name <input value="Uptrends (title copy)"></label>`);
    const r = results();
    expect(r).toHaveLength(1);
    expect(r[0]?.url).toBe(post(K14, 'Uptrends'));
    expect(r[0]?.integrationName).toBe('Uptrends (title copy)');
  });

  it('C10 mat-icon "content_copy" ligature button, mat-label "Endpoint URL"', () => {
    render(`
      <mat-form-field class="mat-form-field">
        <div class="mat-form-field-infix">
          <input matInput id="mat-input-3" readonly class="mat-input-element" value="${post(K15, 'Uptrends')}">
          <span class="mat-form-field-label-wrapper"><label for="mat-input-3" class="mat-form-field-label"><mat-label>Endpoint URL</mat-label></label></span>
        </div>
        <div class="mat-form-field-suffix"><button mat-icon-button class="mat-icon-button"><span class="mat-button-wrapper"><mat-icon class="mat-icon material-icons" role="img" aria-hidden="true">content_copy</mat-icon></span></button></div>
      </mat-form-field>
      <h3>Basic Settings</h3>
      <mat-form-field><label for="mat-input-4"><mat-label>Integration Name</mat-label></label><input matInput id="mat-input-4" value="Uptrends Angular"></mat-form-field>`);
    const r = results();
    expect(r).toHaveLength(1);
    expect(r[0]?.url).toBe(post(K15, 'Uptrends'));
    expect(r[0]?.integrationName).toBe('Uptrends Angular');
  });

  it('C11 mat-icon ligature copy button with NO label at all next to the URL input (only the URL shape)', () => {
    render(`
      <div class="header-url"><input readonly value="${post(K16, 'Uptrends')}">
        <button><mat-icon>content_copy</mat-icon></button></div>`);
    const r = results();
    expect(r).toHaveLength(1);
    expect(r[0]?.url).toBe(post(K16, 'Uptrends'));
  });

  it('C12 stepper/wizard: last step shows the URL after Submit', () => {
    render(`
      <div class="stepper" role="tablist">
        <div role="tab" aria-selected="false" class="step done"><span>1</span> Select Template</div>
        <div role="tab" aria-selected="false" class="step done"><span>2</span> Basic Settings</div>
        <div role="tab" aria-selected="true" class="step active"><span>3</span> Finish</div>
      </div>
      <div role="tabpanel" class="step-content">
        <p>Your integration <strong>Uptrends wizard</strong> has been created.</p>
        <p>Endpoint URL</p>
        <div class="copy-box"><code>${post(K17, 'Uptrends')}</code><button>Copy</button></div>
        <button>Done</button>
      </div>`);
    const r = results();
    expect(r).toHaveLength(1);
    expect(r[0]?.url).toBe(post(K17, 'Uptrends'));
  });

  it('C13 side drawer (role=dialog) opened on the saved integration over a list without URLs', () => {
    render(`
      <table><thead><tr><th>Name</th><th>Channel</th><th>Status</th></tr></thead>
        <tbody><tr><td>PagerTree bridge</td><td>API</td><td>Active</td></tr>
               <tr class="active"><td>Uptrends drawer</td><td>API</td><td>Active</td></tr></tbody></table>
      <div role="dialog" aria-modal="true" aria-labelledby="drawer-title" class="drawer drawer-right">
        <header><h2 id="drawer-title">Uptrends drawer</h2><button aria-label="Close">×</button></header>
        <div class="drawer-body">
          <div class="field"><span class="field-label">Endpoint URL</span>
            <div class="field-value"><span>${post(K18, 'Uptrends')}</span><button aria-label="Copy endpoint URL"><svg></svg></button></div></div>
          <div class="field"><span class="field-label">Escalation Policy</span><span>Default</span></div>
        </div>
      </div>`);
    const r = results();
    expect(r).toHaveLength(1);
    expect(r[0]?.url).toBe(post(K18, 'Uptrends'));
    expect(r[0]?.integrationName).toBe('Uptrends drawer');
  });

  it('C14 tabs Settings | Mapping | Logs, URL on Settings panel', () => {
    render(`
      <h1>Uptrends tabs</h1>
      <div role="tablist"><button role="tab" aria-selected="true" aria-controls="p1">Settings</button>
        <button role="tab" aria-selected="false" aria-controls="p2">Mapping</button>
        <button role="tab" aria-selected="false" aria-controls="p3">Logs</button></div>
      <div role="tabpanel" id="p1">
        <label for="u">API URL</label><input id="u" readonly value="${post(K19, 'Uptrends')}"><button>Copy</button>
        <h3>Basic Settings</h3><label for="n">Integration Name</label><input id="n" value="Uptrends tabs">
      </div>
      <div role="tabpanel" id="p2" hidden></div><div role="tabpanel" id="p3" hidden></div>`);
    const r = results();
    expect(r).toHaveLength(1);
    expect(r[0]?.url).toBe(post(K19, 'Uptrends'));
    expect(r[0]?.integrationName).toBe('Uptrends tabs');
  });
});

describe('blind2: where the integration name comes from', () => {
  it('C16 name in a page heading followed by an edit pencil button', () => {
    render(`
      <div class="page-header"><h1>Uptrends heading <button class="btn-link" aria-label="Edit name"><i class="fa fa-pencil"></i></button></h1></div>
      <div><label>API URL</label><div class="url"><span>${post(K21, 'Uptrends')}</span><button>Copy</button></div></div>`);
    const r = results();
    expect(r).toHaveLength(1);
    expect(r[0]?.url).toBe(post(K21, 'Uptrends'));
    expect(r[0]?.integrationName).toBe('Uptrends heading');
  });

  it('C17 readonly input labelled "Integration Name *" with a required-marker span', () => {
    render(`
      <div><label for="ep">Endpoint URL</label><input id="ep" readonly value="${post(K22, 'Uptrends')}"><button title="Copy">⧉</button></div>
      <h3>Basic Settings</h3>
      <div class="form-group"><label for="iname">Integration Name <span class="required text-danger">*</span></label>
        <input id="iname" readonly value="Uptrends required"></div>`);
    const r = results();
    expect(r).toHaveLength(1);
    expect(r[0]?.integrationName).toBe('Uptrends required');
  });

  it('C18 name only in the URL last segment (no other name on the page)', () => {
    const url = post('5f8a2c0e-d1b7-4e93-a6c4-0b9e3d7f1a82', 'UptrendsProd');
    render(`<div><label>API URL</label><input readonly value="${url}"><button>Copy</button></div>`);
    const r = results();
    expect(r).toHaveLength(1);
    expect(r[0]?.url).toBe(url);
    expect(r[0]?.integrationName).toBe('UptrendsProd');
  });

  it('C19 legacy generic URL in an older GridView; names per row', () => {
    const a = legacy('2b7e9d4f-a0c1-4836-b5e2-f8d3c6a9017e', 'Uptrends');
    const b = legacy('c9a1e5d3-7b0f-4a62-98e4-3d6f0b2c1a57', 'Uptrends');
    render(`
      <table id="gvLegacy"><tr><th>Name</th><th>API URL</th></tr>
        <tr><td>Legacy A</td><td>${a}</td></tr><tr><td>Legacy B</td><td>${b}</td></tr></table>`);
    expect(results()).toHaveLength(2);
    expect(byUrl(a)?.integrationName).toBe('Legacy A');
    expect(byUrl(b)?.integrationName).toBe('Legacy B');
  });
});

describe('blind2: must NOT capture', () => {
  it('N01 Logs tab alone: "Incoming requests" table with a "Request URL" column (failed keys)', () => {
    render(`
      <div role="tablist"><button role="tab" aria-selected="false">Settings</button><button role="tab" aria-selected="false">Mapping</button>
        <button role="tab" aria-selected="true">Logs</button></div>
      <div role="tabpanel"><h3>Incoming requests</h3>
        <table><thead><tr><th>Received</th><th>Request URL</th><th>Status</th></tr></thead>
          <tbody><tr><td>2024-03-02 10:14</td><td>${post(N1, 'Uptrends')}</td><td>401 Invalid API key</td></tr>
                 <tr><td>2024-03-02 10:12</td><td>${post(N2, 'Uptrends')}</td><td>404 Integration not found</td></tr></tbody></table></div>`);
    expect(results()).toEqual([]);
  });

  it('N04 help sidebar: "Sample request" curl block with a Copy button', () => {
    render(`
      <aside class="help"><h4>Sample request</h4>
        <pre><code>curl -X POST ${post(N5, 'Custom')} -H "Content-Type: application/json" -d '{"summary":"test"}'</code></pre>
        <button>Copy</button></aside>`);
    expect(results()).toEqual([]);
  });

  it('N05 unlabelled <input type="hidden"> holding a URL, nothing else', () => {
    render(`<form><input type="hidden" name="__hdnUrl" value="${post(N6, 'Uptrends')}"><button>Submit</button></form>`);
    expect(results()).toEqual([]);
  });

  it('N06 email template preview containing an endpoint URL', () => {
    render(`
      <div class="email-preview"><h3>Email template preview</h3>
        <div class="preview-body">
          <p>Subject: New inbound integration</p>
          <p>Hello team, alerts can be posted to ${post('0c7e3a9b-f2d8-4b15-a6e0-9d4c1b8f3e72', 'Uptrends')} from now on.</p>
        </div></div>`);
    expect(results()).toEqual([]);
  });

  it('N07 "API URL" field holding the AlertOps REST API base (api.alertops.com), not an inbound URL', () => {
    render(
      `<label for="a">API URL</label><input id="a" readonly value="https://api.alertops.com/api/v2/integrations/inbound"><button>Copy</button>`,
    );
    expect(results()).toEqual([]);
  });

  it('N08 unsaved wizard step: URL only in an input placeholder', () => {
    render(`<h3>Basic Settings</h3><label for="x">Integration Name</label><input id="x" value="Uptrends">
      <label for="y">API URL</label><input id="y" readonly placeholder="${post('e4b8d2f6-1c9a-4073-b5e1-a8f0c3d7926b', 'Uptrends')}"><button>Submit</button>`);
    expect(results()).toEqual([]);
  });
});
