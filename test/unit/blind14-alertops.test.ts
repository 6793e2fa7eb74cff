/**
 * Blind round 14 for AlertOps capture ("how the URL is presented"): the saved integration's API URL shown the ways real
 * consoles show a long secret URL (CSS or text truncation with the full value elsewhere, split spans, <wbr>, invisible
 * break characters, read-only fields, <pre>/<kbd>, punctuation around it, popovers, tooltips, masks with a Reveal
 * toggle, async Save, re-renders, other integrations beside it), plus presentations that must not be captured.
 * Written from domain.md and the README only, without reading the capture source. Each rendering uses its own keys.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { findSavedIntegrations } from '../../src/sites/alertops/capture';

const K = {
  ellipsis: '4c4d179c-b3a3-4a7f-9711-a8d0046f2b57',
  hrefTrunc: 'cd4745d3-95d4-4226-9696-73c843600473',
  offscreen: 'f709f1b6-e355-4f1e-a438-80e9e4a698af',
  bsTitle: '0f0bd70b-347e-42de-8e66-08fc7d6377f9',
  srOnly: '2cb0bc4d-909d-40a3-8741-b62c4a0fd261',
  tokens: 'bef49e4f-b76e-4c05-95ea-d78b0f3e447c',
  wbr: '1f379e74-8994-41a4-8d21-cb16ea57d85c',
  zwsp: '67a67954-815f-454a-b115-f3cc9e3d6b4d',
  shy: 'f0adb54c-82e6-4808-97a0-591e2c968977',
  lrm: '94bdd6b7-9ddb-4803-9c45-fbd04460ccf3',
  strong: 'c6bc4a7f-ea1d-4850-b966-08b5e4f6e41f',
  cellSpans: 'ce97a479-3738-450a-9241-3c4e9160a05b',
  kbd: '55462442-a762-478a-aae6-226789ca6f87',
  spaces: '229f585f-8f3b-4f3b-9dff-1aa650b55452',
  pre: 'e7bb1fda-bb82-4696-9116-c2e85c33c2f1',
  nbsp: '04352268062140628cd84d699ce71906',
  sentence: '39b7b07e-7575-486c-913f-4af0ef90f8ce',
  parens: '397a6c24-5de7-426a-99f5-ac16b434e7e7',
  upper: 'fc98befe-60fa-4a29-ae47-4e823e9d6c3d',
  async: 'a41db055-0b8a-4294-93ef-d86acd11d87b',
  rerender: '2f38dcfd-9429-4afa-82ec-49dcbd03adaf',
  others: '611df9f3-18b7-4fce-9a7f-89352c2cdc79',
  popover: '3781bbdb-6d55-49e7-a4ab-48959f86ef3d',
  tooltip: 'e3393b89-17f4-40d9-9313-ec33bcbf62c6',
  reveal: '471fc1be-f605-4784-a5b2-7d1694b39f58',
  chip: 'c337b83a-851a-4c93-8263-7ee48a400f73',
  details: '9e6183f6-146a-4757-b78c-0ed2f3890a82',
  translated: 'bc57c4c0-adbd-478d-959b-e6d2f21ab3c2',
  regenNew: '2363946c-b258-4a38-bfde-39bb7d21b728',
  regenOld: 'fe4b9bcb-2d6c-4c68-aba1-1320a038223f',
  sample: 'f36212a7-d2ae-4e9e-9352-aea5960b87da',
  typed: 'b106a2e2-5079-46b5-befc-a48362eb7506',
  gallery: 'b58de4a8-37b0-40a5-825e-a91cf73f47d7',
  truncMid: 'fd7ecfee-fa28-45aa-a44a-fdb1779a18c0',
  truncDots: 'fe845f51-ae39-4af8-9ccf-7b27c1d69c3b',
  truncName: 'c4938da5-7adb-4392-9e0f-84327fe9873b',
} as const;

const cur = (key: string, name = 'Uptrends') => `https://notify.alertops.com/POSTAlert/${key}/${name}`;
const leg = (key: string, source = 'Uptrends') =>
  `https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/${key}/${source}`;

function render(html: string): void {
  document.body.innerHTML = html;
}
const found = () => findSavedIntegrations(document);
const urls = () => found().map((f) => f.url);
function el<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T {
  const e = root.querySelector<T>(selector);
  if (!e) throw new Error(`fixture lacks ${selector}`);
  return e;
}
function setValue(selector: string, v: string, root: ParentNode = document): void {
  el<HTMLInputElement>(selector, root).value = v;
}
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
/** The middle-ellipsis a console draws for a long key: first 8 and last 4 characters. */
const midKey = (key: string) => `${key.slice(0, 8)}…${key.slice(-4)}`;

const COPY_SVG =
  '<svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 24 24"><rect x="8" y="8" width="14" height="14" rx="2"></rect><path d="M4 16V4h12"></path></svg>';

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('class');
});

describe('blind14: the full URL is in the DOM though the text is cut', () => {
  it('A01 CSS ellipsis (Tailwind "truncate": overflow hidden, text-overflow ellipsis, nowrap) in a th/td details table, full text in the DOM and in title, sr-only "Copy" icon button', () => {
    const u = cur(K.ellipsis);
    render(`
      <main class="mx-auto max-w-4xl p-6">
        <h1 class="text-xl font-semibold text-gray-900">Uptrends – Production</h1>
        <table class="mt-4 min-w-full divide-y divide-gray-200 text-sm"><tbody class="divide-y divide-gray-100">
          <tr><th scope="row" class="py-2 pr-4 text-left font-medium text-gray-500">Integration Name</th><td class="py-2">Uptrends – Production</td></tr>
          <tr><th scope="row" class="py-2 pr-4 text-left font-medium text-gray-500">Template</th><td class="py-2">Uptrends</td></tr>
          <tr><th scope="row" class="py-2 pr-4 text-left font-medium text-gray-500">API URL</th>
            <td class="py-2"><div class="flex max-w-xs items-center gap-2">
              <span class="truncate font-mono" style="overflow: hidden; text-overflow: ellipsis; white-space: nowrap;" title="${u}">${u}</span>
              <button type="button" class="rounded p-1 hover:bg-gray-100"><span class="sr-only">Copy</span>${COPY_SVG}</button>
            </div></td></tr>
        </tbody></table>
      </main>`);
    expect(urls()).toEqual([u]);
    expect(found()).toEqual([{ url: u, integrationName: 'Uptrends – Production', template: 'Uptrends' }]);
  });

  it('A02 end-truncated link text ("…/POSTAlert/cd4745d3-95d4…") inside an <a href> holding the full URL, label/value row "API URL", fa-copy icon button', () => {
    const u = cur(K.hrefTrunc);
    render(`
      <div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Integration details</h3></div>
        <div class="panel-body">
          <div class="row detail-row"><div class="col-sm-3 detail-label">Integration Name</div><div class="col-sm-9 detail-value">Uptrends – Web shop</div></div>
          <div class="row detail-row"><div class="col-sm-3 detail-label">API URL</div><div class="col-sm-9 detail-value">
            <a href="${u}" target="_blank" rel="noopener noreferrer">https://notify.alertops.com/POSTAlert/${K.hrefTrunc.slice(0, 13)}…</a>
            <button type="button" class="btn btn-link btn-xs" aria-label="Copy API URL"><i class="fa fa-copy" aria-hidden="true"></i></button>
          </div></div>
        </div></div>`);
    expect(urls()).toEqual([u]);
    expect(found()[0]).toEqual(expect.objectContaining({ url: u, integrationName: 'Uptrends – Web shop' }));
  });

  it('A03 middle-truncated text; full URL only in an off-screen readonly input that a clipboard.js Copy button targets (data-clipboard-target)', () => {
    const u = cur(K.offscreen);
    render(`
      <div class="integration-summary">
        <h2>Uptrends – Checkout</h2>
        <div class="form-group">
          <span class="control-label">API URL</span>
          <span class="url-display">https://notify.alertops.com/POSTAlert/${midKey(K.offscreen)}/Uptrends</span>
          <input type="text" id="apiUrlCopySource" class="copy-source" readonly tabindex="-1" aria-hidden="true" style="position: absolute; left: -9999px; top: 0;" value="${u}">
          <button type="button" class="btn btn-default btn-sm js-copy" data-clipboard-target="#apiUrlCopySource">Copy</button>
        </div>
      </div>`);
    expect(urls()).toEqual([u]);
    expect(found()[0]).toEqual(expect.objectContaining({ url: u, integrationName: 'Uptrends – Checkout' }));
  });

  it('A04 middle-truncated text; full URL only in the Bootstrap 5 tooltip attribute (data-bs-original-title, title moved there at init, tooltip closed), JS Copy button', () => {
    const u = cur(K.bsTitle);
    render(`
      <div class="card"><div class="card-body">
        <h5 class="card-title">Uptrends – Intranet</h5>
        <dl class="row mb-0">
          <dt class="col-sm-3">Template</dt><dd class="col-sm-9">Uptrends</dd>
          <dt class="col-sm-3">API URL</dt>
          <dd class="col-sm-9"><span class="d-inline-block text-truncate font-monospace" style="max-width: 320px;" data-bs-toggle="tooltip" data-bs-placement="top" data-bs-original-title="${u}">https://notify.alertops.com/POSTAlert/${midKey(K.bsTitle)}/Uptrends</span>
            <button type="button" class="btn btn-sm btn-outline-secondary ms-2">Copy</button></dd>
        </dl>
      </div></div>`);
    expect(urls()).toEqual([u]);
    expect(found()[0]).toEqual(expect.objectContaining({ url: u, integrationName: 'Uptrends – Intranet' }));
  });

  it('A05 accessible truncation: full URL in a visually-hidden span for screen readers, an aria-hidden middle-truncated copy drawn beside it, in a <dd>', () => {
    const u = cur(K.srOnly);
    render(`
      <section class="integration" aria-labelledby="int-title">
        <h2 id="int-title">Uptrends – Status checks</h2>
        <dl class="kv">
          <dt>Integration Name</dt><dd>Uptrends – Status checks</dd>
          <dt>API URL</dt>
          <dd><span class="visually-hidden">${u}</span><span aria-hidden="true" class="url-short">https://notify.alertops.com/POSTAlert/${midKey(K.srOnly)}/Uptrends</span>
            <button type="button" class="btn-icon"><span class="visually-hidden">Copy</span>${COPY_SVG}</button></dd>
        </dl>
      </section>`);
    expect(urls()).toEqual([u]);
    expect(found()[0]).toEqual(expect.objectContaining({ url: u, integrationName: 'Uptrends – Status checks' }));
  });
});

describe('blind14: the URL text is split or carries break characters', () => {
  it('A06 syntax-highlighted <code>: scheme, host, path, each key group and each hyphen in its own span, name in another; labelled by aria-labelledby', () => {
    const u = cur(K.tokens);
    const groups = K.tokens
      .split('-')
      .map((g) => `<span class="tok-key">${g}</span>`)
      .join('<span class="tok-punct">-</span>');
    render(`
      <div class="endpoint">
        <div class="endpoint__label" id="ep-lbl">API URL</div>
        <code class="endpoint__value" aria-labelledby="ep-lbl"><span class="tok-scheme">https://</span><span class="tok-host">notify.alertops.com</span><span class="tok-path">/POSTAlert/</span>${groups}<span class="tok-punct">/</span><span class="tok-name">Uptrends</span></code>
        <button type="button" class="endpoint__copy" aria-label="Copy">${COPY_SVG}</button>
      </div>
      <form><label for="nm">Integration Name</label><input id="nm" readonly value="Uptrends – Tokens"></form>`);
    expect(urls()).toEqual([u]);
    expect(found()[0]).toEqual(expect.objectContaining({ url: u, integrationName: 'Uptrends – Tokens' }));
  });

  it('A07 key emphasised in <strong> inside the URL text (text, element, text) of a span.url, labelled "API URL", Copy button', () => {
    const u = cur(K.strong);
    render(`
      <div class="kv">
        <div class="kv__row"><span class="kv__key">Integration Name</span><span class="kv__val">Uptrends – Bold key</span></div>
        <div class="kv__row"><span class="kv__key">API URL</span>
          <span class="kv__val url">https://notify.alertops.com/POSTAlert/<strong>${K.strong}</strong>/Uptrends</span>
          <button type="button" class="kv__copy">Copy</button></div>
      </div>`);
    expect(urls()).toEqual([u]);
    expect(found()[0]).toEqual(expect.objectContaining({ url: u, integrationName: 'Uptrends – Bold key' }));
  });

  it('A08 React-style cell: URL text with the key in a highlighted span, directly in the <td> beside the Copy button (no wrapper element around the URL alone)', () => {
    const u = cur(K.cellSpans);
    render(`
      <table class="details-table"><tbody>
        <tr><th scope="row">Integration Name</th><td>Uptrends – Cell spans</td></tr>
        <tr><th scope="row">Template</th><td>Uptrends</td></tr>
        <tr><th scope="row">API URL</th><td class="mono">https://notify.alertops.com/POSTAlert/<span class="api-key">${K.cellSpans}</span>/Uptrends<button type="button" class="icon-btn" aria-label="Copy">${COPY_SVG}</button></td></tr>
      </tbody></table>`);
    expect(urls()).toEqual([u]);
    expect(found()).toEqual([{ url: u, integrationName: 'Uptrends – Cell spans', template: 'Uptrends' }]);
  });

  it('A09 <wbr> after every slash and every hyphen of the key (wrap points), in a <dd class="break-words">', () => {
    const u = cur(K.wbr);
    const wrapped = `https://notify.alertops.com/<wbr>POSTAlert/<wbr>${K.wbr.split('-').join('-<wbr>')}/<wbr>Uptrends`;
    render(`
      <dl class="details">
        <dt>Integration Name</dt><dd>Uptrends – Wrapped</dd>
        <dt>Template</dt><dd>Uptrends</dd>
        <dt>API URL</dt><dd class="break-words">${wrapped} <button type="button" class="copy">Copy</button></dd>
      </dl>`);
    expect(urls()).toEqual([u]);
    expect(found()).toEqual([{ url: u, integrationName: 'Uptrends – Wrapped', template: 'Uptrends' }]);
  });

  it('A10 zero-width spaces (U+200B) inserted after every "/", "." and "-" by a "breakable URL" filter; Copy button copies the clean URL from JS', () => {
    const u = cur(K.zwsp);
    const breakable = u.replace(/([/.-])/g, '$1\u200b');
    render(`
      <div class="form-horizontal">
        <div class="form-group"><label class="col-sm-3 control-label">Integration Name</label><div class="col-sm-9"><p class="form-control-static">Uptrends – ZWSP</p></div></div>
        <div class="form-group"><label class="col-sm-3 control-label">API URL</label><div class="col-sm-9">
          <p class="form-control-static api-url">${breakable}</p><button type="button" class="btn btn-default btn-xs">Copy</button></div></div>
      </div>`);
    expect(urls()).toEqual([u]);
    expect(found()[0]).toEqual(expect.objectContaining({ url: u, integrationName: 'Uptrends – ZWSP' }));
  });

  it('A11 soft hyphens (U+00AD) from a hyphenation script inside "POST­Alert", the key groups and "Up­trends"', () => {
    const u = cur(K.shy);
    const key = K.shy
      .split('-')
      .map((g) => (g.length > 4 ? `${g.slice(0, 4)}\u00ad${g.slice(4)}` : g))
      .join('-');
    const shown = `https://notify.alertops.com/POST\u00adAlert/${key}/Up\u00adtrends`;
    render(`
      <article class="integration-card">
        <header><h3>Uptrends – Hyphenated</h3></header>
        <div class="field"><div class="field__label">API URL</div><div class="field__value" lang="en" style="hyphens: manual;">${shown}</div>
          <button type="button" class="field__copy">Copy</button></div>
      </article>`);
    expect(urls()).toEqual([u]);
    expect(found()[0]).toEqual(expect.objectContaining({ url: u, integrationName: 'Uptrends – Hyphenated' }));
  });

  it('A12 "show the end" truncation trick: direction rtl + ellipsis, with U+200E LEFT-TO-RIGHT MARKs around the URL text', () => {
    const u = cur(K.lrm);
    render(`
      <div class="settings-card">
        <div class="settings-row"><span class="settings-label">Integration Name</span><span class="settings-value">Uptrends – RTL trick</span></div>
        <div class="settings-row"><span class="settings-label">API URL</span>
          <span class="settings-value url-tail" style="direction: rtl; text-align: left; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; display: block; max-width: 260px;">\u200e${u}\u200e</span>
          <button type="button" class="copy-btn">Copy</button></div>
      </div>`);
    expect(urls()).toEqual([u]);
    expect(found()[0]).toEqual(expect.objectContaining({ url: u, integrationName: 'Uptrends – RTL trick' }));
  });

  it('A13 <kbd> with word-break: break-all in a narrow card (wraps across lines), name in the card heading', () => {
    const u = cur(K.kbd);
    render(`
      <div class="card" style="width: 280px;">
        <h4 class="card-header">Uptrends – Narrow</h4>
        <div class="card-body">
          <small class="text-muted d-block">API URL</small>
          <kbd class="d-block" style="word-break: break-all; white-space: normal;">${u}</kbd>
          <button type="button" class="btn btn-sm btn-light mt-2">Copy</button>
        </div>
      </div>`);
    expect(urls()).toEqual([u]);
    expect(found()[0]).toEqual(expect.objectContaining({ url: u, integrationName: 'Uptrends – Narrow' }));
  });
});

describe('blind14: whitespace and punctuation around the URL', () => {
  it('A14 readonly input whose value carries leading and trailing spaces (server template), label for=', () => {
    const u = cur(K.spaces);
    render(`
      <form class="form">
        <label for="IntegrationName">Integration Name</label><input type="text" id="IntegrationName" class="form-control" readonly value="Uptrends – Spaced">
        <label for="ApiUrl">API URL</label>
        <div class="input-group"><input type="text" id="ApiUrl" class="form-control" readonly value="  ${u}  ">
          <span class="input-group-btn"><button type="button" class="btn btn-default">Copy</button></span></div>
      </form>`);
    expect(urls()).toEqual([u]);
    expect(found()[0]).toEqual(expect.objectContaining({ url: u, integrationName: 'Uptrends – Spaced' }));
  });

  it('A15 <pre> (no <code>) holding the URL indented between newlines by the server template, labelled "API URL", Copy button', () => {
    const u = cur(K.pre);
    render(`
      <div class="form-group">
        <label class="control-label">Integration Name</label><p class="form-control-static">Uptrends – Preformatted</p>
      </div>
      <div class="form-group">
        <label class="control-label" for="apiUrlPre">API URL</label>
        <pre id="apiUrlPre" class="api-url">
        ${u}
      </pre>
        <button type="button" class="btn btn-default btn-xs">Copy</button>
      </div>`);
    expect(urls()).toEqual([u]);
    expect(found()[0]).toEqual(expect.objectContaining({ url: u, integrationName: 'Uptrends – Preformatted' }));
  });

  it('A16 WebForms DetailsView (tenant console, legacy URL): value cell padded with &nbsp; on both sides', () => {
    const u = leg(K.nbsp);
    render(`
      <table class="DetailsView" cellspacing="0" rules="all" border="1" id="ctl00_MainContent_dvIntegration" style="border-collapse:collapse;">
        <tbody>
          <tr><td class="dv-header">Integration Name</td><td>&nbsp;Uptrends tenant&nbsp;</td></tr>
          <tr><td class="dv-header">Source</td><td>&nbsp;Uptrends&nbsp;</td></tr>
          <tr><td class="dv-header">API URL</td><td>&nbsp;${u}&nbsp;</td></tr>
        </tbody>
      </table>`);
    expect(urls()).toEqual([u]);
    expect(found()[0]).toEqual(expect.objectContaining({ url: u, integrationName: 'Uptrends tenant' }));
  });

  it('A17 success banner sentence ending with a full stop: "Integration saved. Your API URL is <URL>." with a Copy button in the banner', () => {
    const u = cur(K.sentence);
    render(`
      <div class="alert alert-success d-flex align-items-center" role="alert">
        <div><strong>Integration saved.</strong> Your API URL is ${u}.</div>
        <button type="button" class="btn btn-sm btn-outline-success ms-auto">Copy</button>
      </div>
      <form>
        <label for="in">Integration Name</label><input id="in" class="form-control" value="Uptrends – Banner">
        <label for="tpl">Template</label><input id="tpl" class="form-control" readonly value="Uptrends">
      </form>`);
    expect(urls()).toEqual([u]);
    expect(found()[0]).toEqual(expect.objectContaining({ url: u, integrationName: 'Uptrends – Banner' }));
  });

  it('A19 (debatable) host upper-case in the DOM ("https://NOTIFY.ALERTOPS.COM/POSTAlert/…") in a labelled readonly input: captured once (as shown or with the host lower-cased)', () => {
    const u = cur(K.upper);
    const shown = u.replace('notify.alertops.com', 'NOTIFY.ALERTOPS.COM');
    render(`
      <form>
        <label for="n17">Integration Name</label><input id="n17" readonly value="Uptrends – Upper">
        <label for="u17">API URL</label><input id="u17" readonly value="${shown}"><button type="button">Copy</button>
      </form>`);
    const got = urls();
    expect(got).toHaveLength(1);
    expect(got[0]?.toLowerCase()).toBe(u.toLowerCase());
  });
});

describe('blind14: the URL appears over time', () => {
  it('A20 async Save: user clicks Save, a spinner and a "Generating…" field replace the form, the URL is set (value property) 30 ms later', async () => {
    const u = cur(K.async);
    render(`
      <form id="f18">
        <label for="n18">Integration Name</label><input id="n18" class="form-control" value="Uptrends – Async">
        <div id="result18"></div>
        <button type="button" id="save18" class="btn btn-primary">Save</button>
      </form>`);
    const result = el('#result18');
    el('#save18').addEventListener('click', () => {
      result.innerHTML =
        '<div class="spinner-border" role="status"><span class="visually-hidden">Saving…</span></div>' +
        '<label for="u18">API URL</label><div class="input-group"><input id="u18" class="form-control" readonly value="Generating…"><button type="button" class="btn" disabled>Copy</button></div>';
      setTimeout(() => {
        el('.spinner-border', result).remove();
        setValue('#u18', u);
        el<HTMLButtonElement>('button', result).disabled = false;
      }, 30);
    });
    el<HTMLButtonElement>('#save18').click();
    expect(urls()).toEqual([]);
    await sleep(80);
    expect(urls()).toEqual([u]);
    expect(found()[0]).toEqual(expect.objectContaining({ url: u, integrationName: 'Uptrends – Async' }));
  });

  it('A21 framework re-renders the card three times (nodes replaced), then a Vue <Transition> keeps the leaving copy beside the entering one: one entry each time', () => {
    const u = cur(K.rerender);
    const inner = `
      <h3 class="card__title">Uptrends – Rerendered</h3>
      <div class="card__row"><span class="card__label">Template</span><span>Uptrends</span></div>
      <div class="card__row"><span class="card__label">API URL</span><span class="card__url">${u}</span><button type="button">Copy</button></div>`;
    render('<div id="app"></div>');
    const app = el('#app');
    for (let i = 0; i < 3; i++) {
      app.innerHTML = `<div class="card" data-v-7ba5bd90="" data-render="${i}">${inner}</div>`;
      expect(urls()).toEqual([u]);
    }
    app.innerHTML = `
      <div class="card v-leave-from v-leave-active" data-v-7ba5bd90="" style="position: absolute; opacity: 0.4;">${inner}</div>
      <div class="card v-enter-from v-enter-active" data-v-7ba5bd90="">${inner}</div>`;
    expect(urls()).toEqual([u]);
    expect(found()).toEqual([{ url: u, integrationName: 'Uptrends – Rerendered', template: 'Uptrends' }]);
  });

  it('A22 a second and third integration on the same page: an Email inbound card (address + Copy) and an outbound Slack webhook (readonly + Copy): only the AlertOps URL, under its own card name', () => {
    const u = cur(K.others);
    const card = (title: string, body: string) =>
      `<div class="card"><div class="card-header"><h3 class="card-title">${title}</h3></div><div class="card-body">${body}</div></div>`;
    render(`
      <h1>Integrations</h1>
      <section aria-labelledby="in-h"><h2 id="in-h">Inbound Integrations</h2>
        ${card('Uptrends – Production', `<p>Channel: API · Template: Uptrends</p><label for="a20">API URL</label><div class="input-group"><input id="a20" readonly class="form-control" value="${u}"><button type="button" class="btn">Copy</button></div>`)}
        ${card('Ops mailbox', '<p>Channel: Email</p><label for="e20">Email address</label><div class="input-group"><input id="e20" readonly class="form-control" value="ops-mailbox.x7k2@alertops.net"><button type="button" class="btn">Copy</button></div>')}
      </section>
      <section aria-labelledby="out-h"><h2 id="out-h">Outbound Integrations</h2>
        ${card('Slack – #noc', '<label for="s20">Webhook URL</label><div class="input-group"><input id="s20" readonly class="form-control" value="https://hooks.slack.com/services/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"><button type="button" class="btn">Copy</button></div>')}
      </section>`);
    expect(urls()).toEqual([u]);
    expect(found()[0]).toEqual(expect.objectContaining({ url: u, integrationName: 'Uptrends – Production' }));
  });
});

describe('blind14: the URL appears after a user gesture', () => {
  it('A25 fully masked "••••" <code> with a Reveal toggle (aria-pressed): the user clicks it, the framework replaces the <code> node with the URL: nothing before, captured once after', () => {
    const u = cur(K.reveal);
    render(`
      <div class="secret-field">
        <h2>Uptrends – Masked</h2>
        <span class="secret-field__label" id="lbl23">API URL</span>
        <code class="secret-field__value" aria-labelledby="lbl23">••••••••••••••••••••••••••••••••••••</code>
        <button type="button" class="secret-field__toggle" aria-pressed="false" id="rev23">Reveal</button>
        <button type="button" class="secret-field__copy">Copy</button>
      </div>`);
    const toggle = el('#rev23');
    toggle.addEventListener('click', () => {
      const fresh = document.createElement('code');
      fresh.className = 'secret-field__value is-revealed';
      fresh.setAttribute('aria-labelledby', 'lbl23');
      fresh.textContent = u;
      el('.secret-field__value').replaceWith(fresh);
      toggle.setAttribute('aria-pressed', 'true');
      toggle.textContent = 'Hide';
    });
    expect(urls()).toEqual([]);
    (toggle as HTMLButtonElement).click();
    expect(urls()).toEqual([u]);
    expect(found()[0]).toEqual(expect.objectContaining({ url: u, integrationName: 'Uptrends – Masked' }));
  });

  it('A26 click-to-copy chip: the URL is the text of the button itself (title "Click to copy"), labelled "API URL"', () => {
    const u = cur(K.chip);
    render(`
      <div class="page-header"><h1>Uptrends – Chip</h1></div>
      <div class="field">
        <span class="field-label" id="lbl24">API URL</span>
        <button type="button" class="url-chip" aria-describedby="lbl24" title="Click to copy"><span class="url-chip__text">${u}</span>${COPY_SVG}</button>
      </div>`);
    expect(urls()).toEqual([u]);
    expect(found()[0]).toEqual(expect.objectContaining({ url: u, integrationName: 'Uptrends – Chip' }));
  });

  it('A27 collapsed <details><summary>Show API URL</summary> holding a readonly input (aria-label "API URL") and Copy: captured closed and still once when opened', () => {
    const u = cur(K.details);
    render(`
      <h2>Uptrends – Disclosure</h2>
      <details class="api-url" id="d25">
        <summary>Show API URL</summary>
        <div class="api-url__body"><input type="text" readonly aria-label="API URL" value="${u}"><button type="button">Copy</button></div>
      </details>`);
    expect(urls()).toEqual([u]);
    el<HTMLDetailsElement>('#d25').open = true;
    expect(urls()).toEqual([u]);
    expect(found()[0]).toEqual(expect.objectContaining({ url: u, integrationName: 'Uptrends – Disclosure' }));
  });
});

describe('blind14: other presentations', () => {
  it('A28 page machine-translated by Chrome into French (the KB user is French): <html lang=fr class=translated-ltr>, every text wrapped in <font> pairs, labels "Nom de l\'intégration", "URL de l\'API", button "Copie"', () => {
    const u = cur(K.translated);
    const f = (t: string) =>
      `<font style="vertical-align: inherit;"><font style="vertical-align: inherit;">${t}</font></font>`;
    document.documentElement.setAttribute('lang', 'fr');
    document.documentElement.setAttribute('class', 'translated-ltr');
    render(`
      <div class="page-header"><h1>${f('Uptrends – Production FR')}</h1></div>
      <div class="details">
        <div class="details-row"><span class="details-label">${f("Nom de l'intégration")}</span><span class="details-value">${f('Uptrends – Production FR')}</span></div>
        <div class="details-row"><span class="details-label">${f('Modèle')}</span><span class="details-value">${f('Uptrends')}</span></div>
        <div class="details-row"><span class="details-label">${f("URL de l'API")}</span><span class="details-value">${f(u)}</span>
          <button type="button" class="btn btn-sm">${f('Copie')}</button></div>
      </div>`);
    expect(urls()).toEqual([u]);
    expect(found()[0]).toEqual(expect.objectContaining({ url: u, integrationName: 'Uptrends – Production FR' }));
  });

  it('A29 key regenerated: the new URL in the API URL row, the previous URL quoted in a warning sentence ("The previous URL, <old>, stops working in 24 hours."): only the new one', () => {
    const fresh = cur(K.regenNew);
    const old = cur(K.regenOld);
    render(`
      <h2>Uptrends – Regenerated</h2>
      <div class="alert alert-warning" role="alert">The API key was regenerated. The previous URL, ${old}, stops working in 24 hours.</div>
      <dl class="details">
        <dt>Template</dt><dd>Uptrends</dd>
        <dt>API URL</dt><dd><code>${fresh}</code> <button type="button">Copy</button> <button type="button">Regenerate</button></dd>
      </dl>`);
    expect(urls()).toEqual([fresh]);
    expect(found()[0]).toEqual(expect.objectContaining({ url: fresh, integrationName: 'Uptrends – Regenerated' }));
  });
});

describe('blind14: must NOT capture', () => {
  it('N01 unsaved "ADD API INTEGRATION" form: empty readonly "API URL" (placeholder "Generated after you click Save"), help text "e.g. …/POSTAlert/xxxxxxxx/Uptrends" and "For example, …/<random-looking key>/Uptrends": nothing', () => {
    render(`
      <form>
        <h2>Add API Integration</h2>
        <label for="n01">Integration Name</label><input id="n01" class="form-control" value="Uptrends">
        <label for="u01">API URL</label>
        <input id="u01" class="form-control" readonly placeholder="Generated after you click Save" aria-describedby="u01-help">
        <small id="u01-help" class="form-text text-muted">e.g. https://notify.alertops.com/POSTAlert/xxxxxxxx/Uptrends</small>
        <p class="help-block">For example, ${cur(K.sample)} is what your URL will look like.</p>
        <button type="submit" class="btn btn-primary">Save</button>
      </form>`);
    expect(urls()).toEqual([]);
  });

  it('N02 the user types an AlertOps URL, character by character (input events), into the editable "Webhook URL" of a new outbound webhook: nothing at any step', () => {
    const typed = cur(K.typed);
    render(`
      <form>
        <h2>Add Outbound Integration</h2>
        <label for="wn">Name</label><input id="wn" class="form-control" value="Forward to partner AlertOps">
        <label for="wu">Webhook URL</label><input id="wu" type="url" class="form-control" autocomplete="off" placeholder="https://">
        <label for="wm">Method</label><select id="wm" class="form-control"><option selected>POST</option></select>
        <button type="submit" class="btn btn-primary">Save</button>
      </form>`);
    const input = el<HTMLInputElement>('#wu');
    input.focus();
    const seen = new Set<string>();
    for (const ch of typed) {
      input.value += ch;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      for (const f of found()) seen.add(f.url);
    }
    expect([...seen]).toEqual([]);
  });

  it('N03 template gallery ("Recommended" cards, before any Save): the Uptrends card describes "an endpoint like <URL with a random-looking key>" and links to the documentation: nothing', () => {
    render(`
      <h2>Add API Integration</h2>
      <h3>Recommended</h3>
      <div class="template-grid">
        <div class="template-card" role="button" tabindex="0">
          <img src="/img/templates/uptrends.svg" alt="Uptrends logo" width="40" height="40">
          <h4>Uptrends</h4>
          <p>Receive Uptrends alerts. Uptrends posts each alert to an endpoint like ${cur(K.gallery)}.</p>
          <a href="https://www.uptrends.com/support/kb/integrations/alertops" target="_blank" rel="noopener">Documentation</a>
        </div>
        <div class="template-card" role="button" tabindex="0"><h4>Custom</h4><p>Build your own mapping.</p></div>
      </div>`);
    expect(urls()).toEqual([]);
  });

  it('N04 text-truncated keys with no full URL anywhere (middle "…" ellipsis, ASCII "..."), Copy buttons that fetch the URL from the server: nothing', () => {
    render(`
      <table class="table">
        <thead><tr><th>Integration Name</th><th>Template</th><th>API URL</th><th></th></tr></thead>
        <tbody>
          <tr><td>Uptrends – Cut A</td><td>Uptrends</td><td>https://notify.alertops.com/POSTAlert/${midKey(K.truncMid)}/Uptrends</td><td><button type="button">Copy</button></td></tr>
          <tr><td>Uptrends – Cut B</td><td>Uptrends</td><td>https://notify.alertops.com/POSTAlert/${K.truncDots.slice(0, 13)}.../Uptrends</td><td><button type="button">Copy</button></td></tr>
        </tbody>
      </table>`);
    expect(urls()).toEqual([]);
  });

  it('N05 text cut at a fixed length inside the name segment ("…/POSTAlert/<full key>/Upt…"), no full URL anywhere: nothing (not "…/Upt")', () => {
    render(`
      <div class="detail-row"><span class="detail-label">Integration Name</span><span class="detail-value">Uptrends – Cut C</span></div>
      <div class="detail-row"><span class="detail-label">API URL</span><span class="detail-value">https://notify.alertops.com/POSTAlert/${K.truncName}/Upt…</span>
        <button type="button">Copy</button></div>`);
    expect(urls()).toEqual([]);
  });
});
