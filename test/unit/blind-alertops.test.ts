/**
 * Blind acceptance-style renderings of the AlertOps console (written from domain.md and common UI frameworks,
 * without reading the capture source). Each rendering uses its own key.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { findSavedIntegrations } from '../../src/sites/alertops/capture';

const K = {
  mui: '6b985758-91d7-4a17-ad18-cb1b303023d8',
  muiProp: '89826bf5-f04b-4e15-8c3b-df11b9159dd2',
  angular: 'ed3ecac3-d7b8-4af7-9f6f-f48e39965ecb',
  bootstrap: 'b7baffc4-7464-420b-8db3-6ecd928e58e9',
  pre: 'd6a1c4cc-b783-444b-9303-fb62b8998410',
  dl: 'b7a2b97f-76b5-4e39-917f-d4052a18d4c6',
  grid1: 'd5ed5c5b-d1a0-409e-8a89-bff9c14c45c0',
  grid2: '19808af3-85d4-45e6-85ef-1308bbec803c',
  card: 'b4fdbee6-e7b6-4556-bd1b-4b15bfeab906',
  toast: 'b900c650-f73d-43b5-ba79-a188bcf33155',
  split: 'dbb33ee0-d3da-4e7c-b1ca-ce26719a2198',
  title: '98434b5b-97e5-412c-8a9c-2e0f7b476280',
  truncInput: '13860464-9eb2-4b48-a05e-8ee60f9b6c46',
  anchor: 'b975fb9a-1e57-4987-92c7-6c5c89367bbd',
  clip: '3262a0f2-b111-4e81-a296-cd0be66447e7',
  top: 'c335c178-ba6f-4fa8-8304-ddc9c9d05709',
  legacyOld: 'e78e08540d154a16a3ab39dd55a5f40a',
  legacyCase: 'a7caffb30d4b4f1a91d0e5dc8bafb9cf',
  shadow: 'ba29a9a0-7d82-425c-9344-da45ff6a4edc',
  textarea: '6101ad12-f09e-45dc-a2a8-f5c6e3d64046',
  encoded: '9d2b8232-57ad-4cdd-88f6-e34eed67f7f0',
  ariaLabel: 'd90a09b1-810f-4ca7-9675-ece11729a71b',
  cards1: '906819a2-2fa8-473f-a0ce-8b8a2d17ad86',
  cards2: 'd1e07d0a-65ff-44f9-90c1-bc0e252de35f',
  evil1: 'ae073ef7-381f-4bfe-8602-b9c3fe9586e5',
  evil2: 'ea250efd-0d88-4e9c-ab85-fb69becff7f7',
  note: '29a77d6f-8c7b-4a8e-a858-684ae3c92401',
  legacyTail: 'eee1baf0-8c65-4a75-bbd8-f99c0a38f11e',
  modal: 'df00209e-7871-47cc-99ca-791a987d7d21',
  masked: 'b01a7d33-dfdc-4514-a8c3-f0e21c137eca',
} as const;

const cur = (key: string, name = 'Uptrends') => `https://notify.alertops.com/POSTAlert/${key}/${name}`;
const leg = (key: string, source = 'Uptrends') =>
  `https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/${key}/${source}`;

function render(html: string): void {
  document.body.innerHTML = html;
}
const found = () => findSavedIntegrations(document);
const urls = () => found().map((f) => f.url);
const names = () => found().map((f) => f.integrationName);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('blind: captures the saved URL', () => {
  it('B01 MUI TextField readOnly, value attribute, adornment button "Copy"', () => {
    render(`
      <main>
        <h5 class="MuiTypography-root MuiTypography-h5">Uptrends production</h5>
        <div class="MuiFormControl-root MuiTextField-root">
          <label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-shrink" data-shrink="true" for=":r3:" id=":r3:-label">API URL</label>
          <div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-adornedEnd">
            <input aria-invalid="false" id=":r3:" readonly type="text" class="MuiInputBase-input MuiOutlinedInput-input" value="${cur(K.mui)}">
            <div class="MuiInputAdornment-root MuiInputAdornment-positionEnd">
              <button class="MuiButtonBase-root MuiIconButton-root" tabindex="0" type="button" aria-label="Copy">
                <svg class="MuiSvgIcon-root" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="ContentCopyIcon"><path d="M16 1H4"></path></svg>
              </button>
            </div>
            <fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline"><legend><span>API URL</span></legend></fieldset>
          </div>
        </div>
      </main>`);
    expect(urls()).toEqual([cur(K.mui)]);
  });

  it('B02 React controlled input: value set as a property only (no value attribute)', () => {
    render(`
      <div class="MuiFormControl-root MuiTextField-root">
        <label class="MuiInputLabel-root" for=":r7:">API URL</label>
        <div class="MuiInputBase-root"><input id=":r7:" readonly type="text" class="MuiInputBase-input">
          <div class="MuiInputAdornment-root"><button type="button" aria-label="Copy"><svg></svg></button></div>
        </div>
      </div>`);
    (document.getElementById(':r7:') as HTMLInputElement).value = cur(K.muiProp);
    expect(urls()).toEqual([cur(K.muiProp)]);
  });

  it('B03 Angular Material mat-form-field, value property, cdkCopyToClipboard button', () => {
    render(`
      <mat-form-field class="mat-mdc-form-field mat-mdc-form-field-type-mat-input" _ngcontent-ng-c12="">
        <div class="mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--filled">
          <div class="mat-mdc-form-field-flex">
            <div class="mat-mdc-form-field-infix">
              <label class="mdc-floating-label mat-mdc-floating-label mdc-floating-label--float-above" id="mat-mat-label-2" for="mat-input-2"><mat-label _ngcontent-ng-c12="">API URL</mat-label></label>
              <input _ngcontent-ng-c12="" matinput="" readonly class="mat-mdc-input-element mdc-text-field__input" id="mat-input-2" aria-invalid="false" aria-required="false">
            </div>
            <div class="mat-mdc-form-field-icon-suffix">
              <button mat-icon-button="" class="mdc-icon-button mat-mdc-icon-button" mattooltip="Copy" aria-label="Copy API URL"><mat-icon role="img" class="mat-icon material-icons" aria-hidden="true">content_copy</mat-icon></button>
            </div>
          </div>
        </div>
      </mat-form-field>`);
    (document.getElementById('mat-input-2') as HTMLInputElement).value = cur(K.angular);
    expect(urls()).toEqual([cur(K.angular)]);
  });

  it('B04 Bootstrap input-group with a label not tied by for=', () => {
    render(`
      <form>
        <div class="mb-3">
          <label class="form-label">API URL</label>
          <div class="input-group">
            <input type="text" class="form-control" readonly value="${cur(K.bootstrap)}">
            <button class="btn btn-outline-secondary" type="button"><i class="bi bi-clipboard"></i> Copy</button>
          </div>
        </div>
      </form>`);
    expect(urls()).toEqual([cur(K.bootstrap)]);
  });

  it('B05 <pre><code> block under a heading "API URL"', () => {
    render(`
      <section>
        <h4>API URL</h4>
        <pre><code>
${cur(K.pre)}
</code></pre>
        <button>Copy</button>
      </section>`);
    expect(urls()).toEqual([cur(K.pre)]);
  });

  it('B06 definition list with Integration Name / Template / API URL', () => {
    render(`
      <dl class="details">
        <dt>Integration Name</dt><dd>Uptrends EU monitors</dd>
        <dt>Template</dt><dd>Uptrends</dd>
        <dt>Recipient Group(s)/User(s)</dt><dd>Ops on call</dd>
        <dt>API URL</dt><dd>${cur(K.dl)}</dd>
      </dl>`);
    expect(urls()).toEqual([cur(K.dl)]);
    expect(names()).toEqual(['Uptrends EU monitors']);
  });

  it('B07 ARIA data grid (div role=grid) with an "API URL" column, names per row', () => {
    render(`
      <h2>Inbound Integrations</h2>
      <div role="grid" class="MuiDataGrid-root" aria-rowcount="3">
        <div role="row" aria-rowindex="1">
          <div role="columnheader" aria-colindex="1"><div class="MuiDataGrid-columnHeaderTitle">Integration Name</div></div>
          <div role="columnheader" aria-colindex="2"><div class="MuiDataGrid-columnHeaderTitle">Template</div></div>
          <div role="columnheader" aria-colindex="3"><div class="MuiDataGrid-columnHeaderTitle">API URL</div></div>
        </div>
        <div role="rowgroup">
          <div role="row" aria-rowindex="2">
            <div role="gridcell" aria-colindex="1">Uptrends prod</div>
            <div role="gridcell" aria-colindex="2">Uptrends</div>
            <div role="gridcell" aria-colindex="3">${cur(K.grid1)}</div>
          </div>
          <div role="row" aria-rowindex="3">
            <div role="gridcell" aria-colindex="1">Uptrends staging</div>
            <div role="gridcell" aria-colindex="2">Uptrends</div>
            <div role="gridcell" aria-colindex="3">${cur(K.grid2)}</div>
          </div>
        </div>
      </div>`);
    expect(urls()).toEqual([cur(K.grid1), cur(K.grid2)]);
    expect(names()).toEqual(['Uptrends prod', 'Uptrends staging']);
  });

  it('B08 details card with "Integration Name:", "Template: Uptrends", "API URL:" lines', () => {
    render(`
      <div class="card">
        <div class="card-header">Integration details</div>
        <div class="card-body">
          <p><strong>Integration Name:</strong> Uptrends APAC</p>
          <p><strong>Template:</strong> Uptrends</p>
          <p><strong>API URL:</strong> <span class="text-monospace">${cur(K.card)}</span></p>
        </div>
      </div>`);
    expect(urls()).toEqual([cur(K.card)]);
    expect(names()).toEqual(['Uptrends APAC']);
  });

  it('B09 snackbar "Integration saved" while the page shows the endpoint URL', () => {
    render(`
      <div class="page">
        <h3>Uptrends - web checks</h3>
        <div class="endpoint"><span class="lbl">Endpoint URL</span> <span class="val">${cur(K.toast)}</span> <button>Copy</button></div>
      </div>
      <div class="MuiSnackbar-root" role="presentation"><div role="alert" class="MuiAlert-root">Integration saved successfully</div></div>`);
    expect(urls()).toEqual([cur(K.toast)]);
  });

  it('B10 URL split across several spans (key highlighted)', () => {
    render(`
      <div class="endpoint-url">
        <label>API URL</label>
        <code><span class="host">https://notify.alertops.com</span><span class="path">/POSTAlert/</span><mark class="key">${K.split}</mark><span>/Uptrends</span></code>
        <button aria-label="Copy">⧉</button>
      </div>`);
    expect(urls()).toEqual([cur(K.split)]);
  });

  it('B11 truncated with an ellipsis in text, complete in title attribute', () => {
    render(`
      <div class="row">
        <div class="col-3">API URL</div>
        <div class="col-9"><span class="text-truncate" title="${cur(K.title)}">https://notify.alertops.com/POSTAlert/${K.title.slice(0, 8)}…</span> <button>Copy</button></div>
      </div>`);
    expect(urls()).toEqual([cur(K.title)]);
  });

  it('B12 truncated display text beside a hidden input holding the full value', () => {
    render(`
      <div class="field">
        <span class="field-label">API URL</span>
        <span class="field-value">https://notify.alertops.com/POSTAlert/${K.truncInput.slice(0, 13)}...</span>
        <input type="hidden" name="apiUrl" value="${cur(K.truncInput)}">
        <button type="button">Copy</button>
      </div>`);
    expect(urls()).toEqual([cur(K.truncInput)]);
  });

  it('B13 anchor whose href is the URL, short visible text', () => {
    render(`
      <table class="table">
        <tr><th>Integration Name</th><td>Uptrends (synthetics)</td></tr>
        <tr><th>API URL</th><td><a href="${cur(K.anchor)}" target="_blank" rel="noopener">notify.alertops.com/POSTAlert/…</a></td></tr>
      </table>`);
    expect(urls()).toEqual([cur(K.anchor)]);
    expect(names()).toEqual(['Uptrends (synthetics)']);
  });

  it('B14 copy button carrying the URL in data-clipboard-text (URL masked in text)', () => {
    render(`
      <div class="form-group">
        <label>API URL</label>
        <div><span class="masked">https://notify.alertops.com/POSTAlert/••••••••/Uptrends</span>
        <button class="btn btn-sm btn-copy" data-clipboard-text="${cur(K.clip)}">Copy</button></div>
      </div>`);
    expect(urls()).toEqual([cur(K.clip)]);
  });

  it('B15 current UI: endpoint URL at the top, Basic Settings below (name in input)', () => {
    render(`
      <div class="integration-header">
        <div class="endpoint-bar"><span>Endpoint URL</span><span class="url">${cur(K.top)}</span><button class="btn">Copy</button></div>
      </div>
      <div class="tabs"><a>Basic Settings</a><a>Advanced Settings</a></div>
      <form>
        <label for="intName">Integration Name</label><input id="intName" value="Uptrends Ops">
        <label for="esc">Escalation Policy</label><select id="esc"><option selected>Default</option></select>
        <label>Recipient Groups</label><div class="chips"><span>NOC</span></div>
        <button type="submit">Submit</button>
      </form>`);
    expect(urls()).toEqual([cur(K.top)]);
    expect(names()).toEqual(['Uptrends Ops']);
  });

  it('B16 legacy generic REST URL in the older UI', () => {
    render(`
      <div id="ctl00_content_pnlApi">
        <table class="formTable"><tr><td class="label">API URL</td><td><span id="ctl00_content_lblUrl">${leg(K.legacyOld)}</span></td></tr></table>
      </div>`);
    expect(urls()).toEqual([leg(K.legacyOld)]);
  });

  it('B17 legacy URL with http:// and other case (restapi.svc / POSTAlertV2)', () => {
    const u = `http://notify.alertops.com/restapi.svc/POSTAlertV2/generic/${K.legacyCase}/Uptrends`;
    render(`<div><b>API URL</b><br><input type="text" readonly size="110" value="${u}"></div>`);
    expect(urls()).toEqual([u]);
  });

  it('B18 legacy URL with extra trailing segments (<Source>/...)', () => {
    const u = `${leg(K.legacyTail)}/Critical`;
    render(`<div><label>API URL</label> <code>${u}</code></div>`);
    expect(urls()).toEqual([u]);
  });

  it('B19 URL inside an open shadow root (web component)', () => {
    render(`<ao-endpoint-card></ao-endpoint-card>`);
    const host = document.querySelector('ao-endpoint-card');
    if (!host) throw new Error('fixture lacks its host');
    const sr = host.attachShadow({ mode: 'open' });
    sr.innerHTML = `<div class="card"><h4>API URL</h4><input readonly value="${cur(K.shadow)}"><button>Copy</button></div>`;
    expect(urls()).toEqual([cur(K.shadow)]);
  });

  it('B20 read-only textarea holding the URL', () => {
    render(`
      <label for="apiurl">API URL</label>
      <textarea id="apiurl" readonly rows="2" class="form-control">${cur(K.textarea)}</textarea>`);
    expect(urls()).toEqual([cur(K.textarea)]);
  });

  it('B22 last segment is the integration name, URL-encoded', () => {
    const u = cur(K.encoded, 'Uptrends%20Prod');
    render(`
      <dl><dt>Integration Name</dt><dd>Uptrends Prod</dd><dt>API URL</dt><dd>${u}</dd></dl>`);
    expect(urls()).toEqual([u]);
    expect(names()).toEqual(['Uptrends Prod']);
  });

  it('B23 input named only by aria-label', () => {
    render(
      `<div class="endpoint"><input type="text" aria-label="API URL" readonly value="${cur(K.ariaLabel)}"><button title="Copy">📋</button></div>`,
    );
    expect(urls()).toEqual([cur(K.ariaLabel)]);
  });

  it('B24 list of cards, each with its name heading and URL', () => {
    render(`
      <div class="cards">
        <div class="card"><h5 class="card-title">Uptrends EU</h5><p class="card-text">Template: Uptrends</p>
          <div class="small text-muted">API URL</div><div class="url">${cur(K.cards1)}</div></div>
        <div class="card"><h5 class="card-title">Uptrends US</h5><p class="card-text">Template: Uptrends</p>
          <div class="small text-muted">API URL</div><div class="url">${cur(K.cards2)}</div></div>
      </div>`);
    expect(urls()).toEqual([cur(K.cards1), cur(K.cards2)]);
    expect(names()).toEqual(['Uptrends EU', 'Uptrends US']);
  });

  it('B25 modal dialog after Save: "Integration created" with the URL and a Copy button', () => {
    render(`
      <div class="modal show" role="dialog" aria-modal="true" aria-labelledby="mt">
        <div class="modal-dialog"><div class="modal-content">
          <div class="modal-header"><h5 id="mt">Integration created</h5></div>
          <div class="modal-body">
            <p>Copy the API URL below.</p>
            <div class="input-group"><input class="form-control" readonly value="${cur(K.modal)}"><button class="btn btn-primary">Copy</button></div>
          </div>
          <div class="modal-footer"><button class="btn">Close</button></div>
        </div></div>
      </div>`);
    expect(urls()).toEqual([cur(K.modal)]);
  });

  it('B26 URL shown both in text and in a copy button attribute: reported once', () => {
    render(`
      <div><span>API URL</span> <span>${cur(K.masked)}</span>
      <button data-clipboard-text="${cur(K.masked)}" title="Copy">Copy</button></div>`);
    expect(urls()).toEqual([cur(K.masked)]);
  });
});

describe('blind: must NOT capture', () => {
  it('N01 documentation example with placeholder key xxxxxxxx-...', () => {
    render(`
      <aside class="help"><h4>API URL</h4>
      <pre><code>https://notify.alertops.com/POSTAlert/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/Uptrends</code></pre></aside>`);
    expect(urls()).toEqual([]);
  });

  it('N02 documentation example with {apiKey} / <API_KEY> placeholders', () => {
    render(`
      <div class="docs">
        <p>API URL</p><code>https://notify.alertops.com/POSTAlert/{apiKey}/Uptrends</code>
        <p>Endpoint URL</p><code>https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/&lt;API_KEY&gt;/Uptrends</code>
        <p>Example</p><code>https://notify.alertops.com/POSTAlert/YOUR-API-KEY/Custom</code>
      </div>`);
    expect(urls()).toEqual([]);
  });

  it('N03 lookalike host notify.alertops.com.evil.example', () => {
    render(
      `<label>API URL</label><input readonly value="https://notify.alertops.com.evil.example/POSTAlert/${K.evil1}/Uptrends">`,
    );
    expect(urls()).toEqual([]);
  });

  it('N04 lookalike host notify-alertops.com', () => {
    render(`<dl><dt>API URL</dt><dd>https://notify-alertops.com/POSTAlert/${K.evil2}/Uptrends</dd></dl>`);
    expect(urls()).toEqual([]);
  });

  it('N05 URL inside a user free-text note', () => {
    render(`
      <dl>
        <dt>Description</dt>
        <dd>Migrated from the old integration, which posted to ${cur(K.note, 'Old')} until March; ask Jan before deleting it.</dd>
      </dl>`);
    expect(urls()).toEqual([]);
  });

  it('N06 unsaved new-integration form: no URL yet', () => {
    render(`
      <h3>Add API Integration</h3>
      <div class="template-selected">Template: Uptrends</div>
      <form>
        <label for="n">Integration Name</label><input id="n" value="Uptrends">
        <label>Recipient Group(s)/User(s)</label><select multiple><option>Ops</option></select>
        <label for="u">API URL</label><input id="u" readonly value="" placeholder="Generated after you save">
        <button type="submit">Save</button>
      </form>`);
    expect(urls()).toEqual([]);
  });
});
