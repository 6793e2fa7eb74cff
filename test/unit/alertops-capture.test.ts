import { afterEach, describe, expect, it } from 'vitest';
import { findSavedIntegrations } from '../../src/sites/alertops/capture';

/** Realistic, distinct keys (GUID-like, many distinct characters), one per rendering. */
const KEYS = {
  table: '5b0c9e2a-41f7-4d3b-8e6a-c2d19f7a0b35',
  table2: '9a7e3c1d-0b4f-4e62-a8d5-17f3c6b2e904',
  input: 'c4e8a1f0-6d2b-4a97-b315-0e9d7c2f6a18',
  copy: '2d9f6b13-8a5e-4c70-9f1b-64e0a3d8c7b2',
  dl: 'e61a4d7c-3f90-4b28-a5c6-8d0b2e9f1374',
  legacy: '7f3b2a9c4e1d8a60b5c7e2f9d1a3b6c8',
} as const;
const current = (key: string, name = 'Uptrends') => `https://notify.alertops.com/POSTAlert/${key}/${name}`;
const legacy = (key: string, source = 'Uptrends') =>
  `https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/${key}/${source}`;

function render(html: string): void {
  document.body.innerHTML = html;
}
function found() {
  return findSavedIntegrations(document);
}
function urls() {
  return found().map((item) => item.url);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('captures the saved integration URL where the page presents it', () => {
  it('in a table cell under an "API URL" column (older UI list)', () => {
    render(`
      <h1>Inbound Integrations</h1>
      <table class="grid">
        <thead><tr><th>Integration Name</th><th>Template</th><th>Recipient Group(s)/User(s)</th><th>API URL</th></tr></thead>
        <tbody>
          <tr><td>Uptrends production</td><td>Uptrends</td><td>Ops on call</td><td>${current(KEYS.table)}</td></tr>
        </tbody>
      </table>`);
    expect(urls()).toEqual([current(KEYS.table)]);
  });

  it('in a table, each row’s URL gets that row’s integration name', () => {
    render(`
      <h1>Inbound Integrations</h1>
      <table>
        <thead><tr><th>Integration Name</th><th>API URL</th></tr></thead>
        <tbody>
          <tr><td>Uptrends production</td><td><span>${current(KEYS.table)}</span></td></tr>
          <tr><td>Uptrends staging</td><td><span>${current(KEYS.table2)}</span></td></tr>
        </tbody>
      </table>`);
    const items = found();
    expect(items.map((item) => item.url)).toEqual([current(KEYS.table), current(KEYS.table2)]);
    expect(items.map((item) => item.integrationName)).toEqual(['Uptrends production', 'Uptrends staging']);
  });

  it('beside a Copy button drawn as an input (WebForms: <input type="submit" value="Copy">), with no label', () => {
    render(`
      <h2>Uptrends (acme)</h2>
      <div class="row"><input type="text" readonly value="${legacy(KEYS.legacy)}" size="90">
        <input type="submit" name="ctl00$Main$btnCopy" value="Copy" class="btn"></div>`);
    expect(urls()).toEqual([legacy(KEYS.legacy)]);
  });

  it('in a readonly input labelled "Endpoint URL" with <label for>', () => {
    render(`
      <section>
        <label for="ep">Endpoint URL</label>
        <input id="ep" type="text" readonly value="${current(KEYS.input)}">
      </section>`);
    expect(urls()).toEqual([current(KEYS.input)]);
  });

  it('in a readonly input named by aria-labelledby', () => {
    render(`
      <div class="field">
        <div id="ep-label" class="caption">Endpoint URL</div>
        <div class="control"><div class="wrap"><input readonly aria-labelledby="ep-label" value="${current(KEYS.input)}"></div></div>
      </div>`);
    expect(urls()).toEqual([current(KEYS.input)]);
  });

  it('in a readonly input named by aria-label only', () => {
    render(`<div class="endpoint"><input readonly aria-label="Endpoint URL" value="${current(KEYS.input)}"></div>`);
    expect(urls()).toEqual([current(KEYS.input)]);
  });

  it('in a readonly input whose value the app sets after rendering (shallow re-scan of that field)', () => {
    render('<div><label for="ep">Endpoint URL</label><input id="ep" readonly></div>');
    const field = document.getElementById('ep') as HTMLInputElement;
    expect(findSavedIntegrations(field, true)).toEqual([]);
    field.value = current(KEYS.input);
    expect(findSavedIntegrations(field, true).map((item) => item.url)).toEqual([current(KEYS.input)]);
  });

  it('in the data-clipboard-text of a Copy button, the page showing the URL masked', () => {
    render(`
      <div class="integration-header">
        <span class="masked">https://notify.alertops.com/POSTAlert/••••••••0b35/Uptrends</span>
        <button type="button" class="btn" data-clipboard-text="${current(KEYS.copy)}">Copy</button>
      </div>`);
    expect(urls()).toEqual([current(KEYS.copy)]);
  });

  it('in a span beside an icon button labelled "Copy to clipboard"', () => {
    render(`
      <div class="endpoint-bar">
        <span class="mono">${current(KEYS.copy)}</span>
        <button type="button" aria-label="Copy to clipboard"><svg viewBox="0 0 16 16"><path d="M0 0h1"/></svg></button>
      </div>`);
    expect(urls()).toEqual([current(KEYS.copy)]);
  });

  it('in a <dl> with <dt>API URL</dt><dd>…</dd>', () => {
    render(`
      <dl class="details">
        <dt>Integration Name</dt><dd>Uptrends EU</dd>
        <dt>Template</dt><dd>Uptrends</dd>
        <dt>API URL</dt><dd>${current(KEYS.dl)}</dd>
      </dl>`);
    const items = found();
    expect(items.map((item) => item.url)).toEqual([current(KEYS.dl)]);
    expect(items[0]?.integrationName).toBe('Uptrends EU');
    expect(items[0]?.template).toBe('Uptrends');
  });

  it('in the legacy RESTAPI.svc shape, in a label + value form row', () => {
    render(`
      <div class="form-group">
        <label class="control-label">API URL</label>
        <div class="col"><span class="form-control-static">${legacy(KEYS.legacy)}</span></div>
      </div>`);
    const items = found();
    expect(items.map((item) => item.url)).toEqual([legacy(KEYS.legacy)]);
    expect(items[0]?.template).toBe('Uptrends');
  });

  it('in the legacy shape with a lower-case path and extra segments', () => {
    const url = `http://notify.alertops.com/restapi.svc/POSTAlertV2/generic/${KEYS.legacy}/Uptrends/monitor/check`;
    render(`<table><tr><th>API URL</th><td>${url}</td></tr></table>`);
    expect(urls()).toEqual([url]);
  });

  it('as a truncated display whose title attribute holds the whole URL', () => {
    render(`
      <div class="row"><strong>API URL:</strong>
        <span title="${current(KEYS.copy)}">https://notify.alertops.com/POSTAlert/2d9f6b13…</span></div>`);
    expect(urls()).toEqual([current(KEYS.copy)]);
  });

  it('under the French label "URL de l’API"', () => {
    render(`<p><span>URL de l’API :</span> <code>${current(KEYS.input)}</code></p>`);
    expect(urls()).toEqual([current(KEYS.input)]);
  });

  it('once per URL even when the page shows it twice (text and Copy button)', () => {
    render(`
      <div><label>API URL</label><span>${current(KEYS.copy)}</span>
      <button data-clipboard-text="${current(KEYS.copy)}">Copy</button></div>`);
    expect(urls()).toEqual([current(KEYS.copy)]);
  });
});

describe('does not capture URLs the page does not present as a saved integration’s URL', () => {
  it('no URL run together with the text of a neighbour when the page splits it over elements', () => {
    const url = current(KEYS.copy);
    const [start, rest] = [url.slice(0, 38), url.slice(38)];
    // Split over spans next to a Copy button (not inline text): reading the container whole would give ".../UptrendsCopy".
    render(`
      <div><span>API URL</span>
        <div class="value"><span>${start}</span><span>${rest}</span><button>Copy</button></div>
      </div>`);
    expect(found().map((item) => item.url)).not.toContain(`${url}Copy`);
    expect(found().every((item) => item.url === url)).toBe(true);
    // Split over inline elements only (a highlighted key): the whole URL, exactly.
    render(`<div><span>API URL</span> <code><span>${start}</span><mark>${rest}</mark></code></div>`);
    expect(found().map((item) => item.url)).toEqual([url]);
  });

  it('an example URL in a documentation paragraph, without a label', () => {
    render(`
      <main>
        <h1>Inbound integrations</h1>
        <p>Monitoring tools send their alerts to ${current(KEYS.input)} and AlertOps opens an incident for the
        recipient group you choose.</p>
      </main>`);
    expect(found()).toEqual([]);
  });

  it('an example URL in a help article sentence that mentions the API URL (help.alertops.com)', () => {
    render(`
      <article>
        <h2>Where to find it</h2>
        <p>After you save, AlertOps shows the API URL. It looks like ${current(KEYS.input)} and you paste it into
        your monitoring tool.</p>
      </article>`);
    expect(found()).toEqual([]);
  });

  it('a documentation link to an example URL', () => {
    render(`<p>See <a href="${current(KEYS.copy)}">this example</a> for the format.</p>`);
    expect(found()).toEqual([]);
  });

  it('a URL typed in a notes textarea, even one labelled near the API URL', () => {
    render(`
      <div class="form-group"><label for="notes">Notes</label>
        <textarea id="notes">old API URL ${current(KEYS.input)}</textarea></div>`);
    const notes = document.getElementById('notes') as HTMLTextAreaElement;
    notes.value = `old API URL ${current(KEYS.input)}`;
    expect(found()).toEqual([]);
  });

  it('a URL in a contenteditable note', () => {
    render(`
      <div><span>API URL</span>
      <div contenteditable="true" class="note"><p>${current(KEYS.input)}</p></div></div>`);
    expect(found()).toEqual([]);
  });

  it('a URL in a code sample', () => {
    render(`<div><h3>API URL</h3><pre><code>curl -X POST ${current(KEYS.input)}</code></pre></div>`);
    expect(found()).toEqual([]);
  });

  it.each([
    ['suffix lookalike', `https://notify.alertops.com.evil.net/POSTAlert/${KEYS.table}/Uptrends`],
    ['hyphen lookalike', `https://notify-alertops.com/POSTAlert/${KEYS.table}/Uptrends`],
    ['userinfo trick', `https://notify.alertops.com@evil.net/POSTAlert/${KEYS.table}/Uptrends`],
    ['console host', `https://app.alertops.com/POSTAlert/${KEYS.table}/Uptrends`],
  ])('a %s, even under an "API URL" label and beside a Copy button', (_label, url) => {
    render(`
      <table><tr><th>API URL</th><td><span>${url}</span></td></tr></table>
      <div><label for="ep">API URL</label><input id="ep" readonly value="${url}"><button data-clipboard-text="${url}">Copy</button></div>`);
    expect(found()).toEqual([]);
  });

  it.each([
    ['all zeros', '00000000-0000-0000-0000-000000000000'],
    ['x placeholder', 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'],
    ['repeated pattern', 'abcdabcd-abcd-abcd-abcd-abcdabcdabcd'],
  ])('a placeholder key (%s), even under an "API URL" label', (_label, key) => {
    render(`<dl><dt>API URL</dt><dd>${current(key)}</dd></dl>`);
    expect(found()).toEqual([]);
  });

  it('an AlertOps URL inside another URL’s query', () => {
    const wrapped = `https://redirect.example.net/out?to=${current(KEYS.table)}`;
    render(`
      <dl><dt>API URL</dt><dd>${wrapped}</dd></dl>
      <div><button data-clipboard-text="${wrapped}">Copy</button></div>`);
    expect(found()).toEqual([]);
  });

  it('another URL near the labelled one: an old one under "Description", a link in a note (the label is not theirs)', () => {
    render(`<main><h1>Uptrends with notes</h1>
      <div class="endpoint"><label for="ep">Endpoint URL</label> <input id="ep" readonly value="${current(KEYS.input)}">
        <button type="button">Copy</button></div>
      <section><h2>Basic Settings</h2><dl><dt>Integration Name</dt><dd>Uptrends with notes</dd>
        <dt>Description</dt><dd>${current(KEYS.table)}</dd><dt>Escalation Policy</dt><dd>Default</dd></dl></section>
      <section><h2>Notes</h2><ul><li><div>Sam Kim <time>2 May</time></div>
        <div><a href="${current(KEYS.table2)}">${current(KEYS.table2)}</a></div><button type="button">Reply</button></li>
        <li><div>Jane Operator <time>3 May</time></div><div>That one was rotated, use the endpoint above.</div></li></ul>
      </section></main>`);
    expect(urls()).toEqual([current(KEYS.input)]);
  });

  it('(control) a list of plain div rows under one header row: every row is captured, not just the first', () => {
    render(`<div class="list"><div class="head"><span>Name</span><span>Template</span><span>API URL</span></div>
      <div class="row"><span>Grafana alerts</span><span>Custom</span><span>${current(KEYS.table, 'Custom')}</span></div>
      <div class="row"><span>Uptrends EU</span><span>Uptrends</span><span>${current(KEYS.table2)}</span></div></div>`);
    expect(urls().sort()).toEqual([current(KEYS.table, 'Custom'), current(KEYS.table2)].sort());
  });

  it('a real-looking sample in a help drawer (an aside), even in an "API URL" example row', () => {
    render(`<main><h1>Inbound Integrations</h1></main>
      <aside aria-label="Help"><h2>Configuring an API integration</h2>
        <table><tr><th>Field</th><th>Example value</th></tr>
        <tr><td>API URL</td><td><code>${current(KEYS.copy)}</code></td></tr></table></aside>
      <div role="complementary"><dl><dt>API URL</dt><dd>${current(KEYS.dl)}</dd></dl></div>`);
    expect(found()).toEqual([]);
  });

  it('a URL inside a script or a template', () => {
    render(`
      <div><label>API URL</label>
      <script type="application/json">{"apiUrl":"${current(KEYS.table)}"}</script>
      <template><span>${current(KEYS.table2)}</span></template></div>`);
    expect(found()).toEqual([]);
  });

  it('a sample introduced as one right before it ("looks like this:", "For example:"), even beside a Copy button', () => {
    render(`
      <div role="dialog" aria-label="Help"><h2>Help</h2><h4>Example</h4>
        <p>The endpoint URL looks like this:</p>
        <div class="snippet"><code>${current(KEYS.copy)}</code> <button type="button">Copy</button></div>
        <p>For example:</p><pre><code>${current(KEYS.table2)}</code></pre> <button type="button">Copy</button>
      </div>`);
    expect(found()).toEqual([]);
  });

  it('a URL in a comment of a thread (an ARIA article or comment), even beside a Copy button', () => {
    render(`
      <section><h2>Activity</h2><ul role="feed"><li class="comment" role="article"><b>m.jansen</b> <time>2 minutes ago</time>
        <p>Use this one instead, the old key was rotated:</p>
        <div class="snippet"><span>${current(KEYS.copy)}</span> <button type="button" data-clipboard-text="${current(KEYS.copy)}">Copy</button></div></li></ul></section>`);
    expect(found()).toEqual([]);
  });

  it('but a sentence before the real one introduces it ("Integration saved. Your API URL:", "Use this URL to send alerts from Uptrends:", "Your integration is ready, copy its address:")', () => {
    render(`
      <div role="status"><span>Integration saved. Your API URL:</span><code>${current(KEYS.copy)}</code><button type="button">Copy</button></div>
      <div><p>Use this URL to send alerts from Uptrends:</p><div class="snippet"><span>${current(KEYS.dl)}</span> <button type="button">Copy</button></div></div>
      <div><p>Your integration is ready, copy its address:</p><button type="button" data-clipboard-text="${current(KEYS.input)}">Copy</button></div>`);
    expect(urls()).toEqual([current(KEYS.copy), current(KEYS.dl), current(KEYS.input)]);
  });
});

describe('a name or a link that merely mentions an example is no sample', () => {
  it('captures a URL whose integration is named "Example…" or that sits below a "sample payload" link', () => {
    render(`
      <section><h3>Example Uptrends</h3><span>${current(KEYS.copy)}</span><button>Copy</button></section>
      <section><a href="#payload">View sample payload</a><div><code>${current(KEYS.table)}</code><button>Copy</button></div></section>`);
    expect(urls()).toEqual([current(KEYS.copy), current(KEYS.table)]);
  });
});

describe('integration name and template', () => {
  it('reads the "Integration Name" field of the current UI and the URL’s template', () => {
    render(`
      <div class="page">
        <div class="header">
          <h2>Uptrends production</h2>
          <div class="endpoint"><input readonly aria-label="Endpoint URL" value="${current(KEYS.input)}">
            <button type="button">Copy</button></div>
        </div>
        <h3>Basic Settings</h3>
        <div class="row"><label for="n">Integration Name</label><input id="n" value="Uptrends prod (EU)"></div>
        <div class="row"><label for="p">Escalation Policy</label>
          <select id="p"><option selected>Default</option></select></div>
      </div>`);
    expect(found()).toEqual([
      { url: current(KEYS.input), integrationName: 'Uptrends prod (EU)', template: 'Uptrends' },
    ]);
  });

  it.each([
    ['Uptrends endpoint', 'Uptrends endpoint'],
    ['Uptrends – redrawn endpoint', 'Uptrends – redrawn endpoint'],
    ['Payments endpoint', 'Payments endpoint'],
    ['Prod API URL (Uptrends)', 'Prod API URL (Uptrends)'],
    ['Endpoint URL', 'Uptrends'],
    ['Your API URL:', 'Uptrends'],
    ["URL de l'API", 'Uptrends'],
    ["Votre URL d'API", 'Uptrends'],
    ['Copy your API URL', 'Uptrends'],
    ['AlertOps API URL', 'Uptrends'],
    ['Your unique API URL', 'Uptrends'],
  ])('takes the heading "%s" for the name unless it only captions the URL', (heading, name) => {
    render(`
      <section class="saved">
        <h2>${heading}</h2>
        <div><input readonly aria-label="Endpoint URL" value="${current(KEYS.input)}"> <button type="button">Copy</button></div>
      </section>`);
    expect(found().map((item) => item.integrationName)).toEqual([name]);
  });

  it('reads a name shown as text beside its label', () => {
    render(`
      <div class="card">
        <div class="line"><span class="k">Name:</span><span class="v">Ops bridge</span></div>
        <div class="line"><span class="k">API URL:</span><span class="v">${current(KEYS.copy, 'Custom')}</span></div>
      </div>`);
    const [item] = found();
    expect(item?.integrationName).toBe('Ops bridge');
    expect(item?.template).toBe('Custom');
  });

  it('names each URL of a list drawn as rows of divs after its own row, by the header row above (no table markup)', () => {
    const row = (name: string, template: string, url: string) =>
      `<div class="r"><span>${name}</span><span>${template}</span><span>${url}</span><span><button type="button">Copy</button></span></div>`;
    render(`
      <main><h1>Inbound Integrations</h1>
        <div class="list">
          <div class="r head"><span>Name</span><span>Template</span><span>API URL</span><span></span></div>
          <div class="viewport"><div class="inner">
            ${row('Uptrends EU', 'Uptrends', current(KEYS.table))}
            ${row('Pager bridge', 'Custom', current(KEYS.table2, 'Custom'))}
          </div></div>
        </div></main>`);
    expect(found()).toEqual([
      { url: current(KEYS.table), integrationName: 'Uptrends EU', template: 'Uptrends' },
      { url: current(KEYS.table2, 'Custom'), integrationName: 'Pager bridge', template: 'Custom' },
    ]);
  });

  it('the same list without a Template column', () => {
    render(`
      <div class="list">
        <div class="r head"><span>Name</span><span>API URL</span><span></span></div>
        <div class="r"><span>Uptrends EU</span><span>${current(KEYS.table)}</span><span><button type="button">Copy</button></span></div>
      </div>`);
    expect(found()[0]?.integrationName).toBe('Uptrends EU');
  });

  it('a details view of label and value rows is no list: the name is the value beside "Name"', () => {
    render(`
      <div class="details">
        <div class="r"><span>Name</span><span>Ops bridge</span></div>
        <div class="r"><span>API URL</span><span>${current(KEYS.copy)}</span></div>
      </div>`);
    expect(found()[0]?.integrationName).toBe('Ops bridge');
  });

  it('a details view whose integration name says "webhook" or "endpoint" keeps that name (review)', () => {
    for (const name of ['Uptrends webhook', 'Prod endpoint']) {
      render(`
        <div class="details">
          <div class="r"><span>Name</span><span>${name}</span></div>
          <div class="r"><span>API URL</span><span>${current(KEYS.copy)}</span></div>
        </div>`);
      expect(found()[0]?.integrationName).toBe(name);
    }
  });

  it('a list row whose URL cell holds several elements is named by its row, never "Copy" (review)', () => {
    render(`
      <div class="list">
        <div class="r head"><span>API URL</span><span>Name</span><span>Created</span></div>
        <div class="r"><span><code>${current(KEYS.table)}</code><button type="button">Copy</button><small>new</small></span><span>Uptrends EU</span><span>2 May</span></div>
      </div>`);
    expect(found()[0]?.integrationName).toBe('Uptrends EU');
  });

  it('falls back to the view’s heading', () => {
    render(`
      <div class="detail">
        <h2>Checkout monitoring</h2>
        <div><span>API URL</span> <span>${current(KEYS.dl)}</span></div>
      </div>`);
    expect(found()[0]?.integrationName).toBe('Checkout monitoring');
  });

  it('names the URL after its own section’s heading when the URL is inside a component of that section', () => {
    render(`<main><h1>Inbound Integrations</h1><section><h2>Uptrends prod EU</h2><ao-url></ao-url></section>
      <section><h2>Basic Settings</h2><p>Escalation policy: Default</p></section></main>`);
    const host = document.querySelector('ao-url') as Element;
    host.attachShadow({
      mode: 'open',
    }).innerHTML = `<span>API URL</span> <span>${current(KEYS.table)}</span> <button type="button">Copy</button>`;
    expect(found()[0]?.integrationName).toBe('Uptrends prod EU');
  });

  it('names the URL after the heading before it, never after the next section’s heading', () => {
    render(`
      <main><h1>Uptrends – docs tab</h1><div class="tabs"><div class="tab-panel">
        <div class="card"><span>Endpoint URL</span> <span>${current(KEYS.dl)}</span> <button type="button">Copy</button></div>
        <section><h2>Basic Settings</h2><p>Escalation policy: <span>Default</span></p></section></div></div></main>`);
    expect(found()[0]?.integrationName).toBe('Uptrends – docs tab');
  });

  it('falls back to the URL’s last segment when the page names nothing', () => {
    render(`<div><span>API URL</span> <span>${current(KEYS.dl, 'Uptrends%20EU')}</span></div>`);
    expect(found()[0]?.integrationName).toBe('Uptrends EU');
  });

  it('reads the template from a "Template" label when the URL ends with the integration’s own name', () => {
    render(`
      <dl>
        <dt>Template</dt><dd>Datadog</dd>
        <dt>API URL</dt><dd>${current(KEYS.dl, 'MyHooks')}</dd>
      </dl>`);
    expect(found()[0]?.template).toBe('Datadog');
  });

  it('canonicalises a known template read from the URL', () => {
    render(`<dl><dt>API URL</dt><dd>${current(KEYS.dl, 'uptrends')}</dd></dl>`);
    expect(found()[0]?.template).toBe('Uptrends');
  });

  it('reads each row’s own name when the header row has more cells than the rows (a scroll gutter)', () => {
    render(`
      <table>
        <thead><tr><th>Integration Name</th><th>Template</th><th>API URL</th><th class="gutter"></th></tr></thead>
        <tbody>
          <tr><td>Alpha</td><td>Uptrends</td><td>${current(KEYS.table)}</td></tr>
          <tr><td>Beta</td><td>Uptrends</td><td>${current(KEYS.table2)}</td></tr>
        </tbody>
      </table>`);
    expect(found().map((item) => item.integrationName)).toEqual(['Alpha', 'Beta']);
  });

  it('never takes the heading of a dialog rendered after the URL for the name', () => {
    render(`
      <main><h1>Uptrends Rotated</h1><section>
        <div class="endpoint"><span>API URL</span> <span>${current(KEYS.copy)}</span> <button>Copy</button></div>
        <div role="alertdialog" hidden><h2>Regenerate API key?</h2><button>Regenerate</button></div></section></main>`);
    expect(found()).toEqual([{ url: current(KEYS.copy), integrationName: 'Uptrends Rotated', template: 'Uptrends' }]);
  });

  it('never takes a URL for the name', () => {
    render(`
      <div class="row"><label for="n">Name</label><input id="n" value="${current(KEYS.table2)}"></div>
      <div class="row"><label for="u">API URL</label><input id="u" readonly value="${current(KEYS.input)}"></div>`);
    const item = found().find((i) => i.url === current(KEYS.input));
    expect(item?.integrationName).not.toMatch(/alertops\.com/);
  });
});

describe('looser labels of their own', () => {
  const KEY = '6c1f0e8a-2d4b-4a9e-b7c3-5e8f1a2d3c4b';
  const URL = `https://notify.alertops.com/POSTAlert/${KEY}/Uptrends`;
  afterEach(() => {
    document.body.replaceChildren();
  });

  it.each(['Generated URL', 'Webhook', 'Inbound endpoint', 'URL'])('captures a value labelled "%s"', (label) => {
    document.body.innerHTML = `<dl><dt>${label}</dt><dd>${URL}</dd></dl>`;
    expect(findSavedIntegrations(document).map((found) => found.url)).toEqual([URL]);
  });

  it.each(['Example URL', 'Sample webhook', 'URL format'])('ignores a value labelled "%s"', (label) => {
    document.body.innerHTML = `<dl><dt>${label}</dt><dd>${URL}</dd></dl>`;
    expect(findSavedIntegrations(document)).toEqual([]);
  });

  it('does not take a sentence that mentions a URL for a label', () => {
    document.body.innerHTML = `<div><p>Paste the URL into Uptrends when you are ready:</p><span>${URL}</span></div>`;
    expect(findSavedIntegrations(document)).toEqual([]);
  });
});

describe('pages built from web components', () => {
  const KEY = '0d9e8f7a-6b5c-4d3e-a2f1-9e8d7c6b5a41';
  const URL = `https://notify.alertops.com/POSTAlert/${KEY}/Uptrends`;
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('finds the URL inside nested open shadow roots, labelled there or across the boundary', () => {
    const host = document.createElement('ao-integration');
    document.body.append(host);
    const outer = host.attachShadow({ mode: 'open' });
    outer.innerHTML =
      '<h2>Uptrends production</h2><div class="row"><span>API URL</span><ao-copy-field></ao-copy-field></div>';
    const field = outer.querySelector('ao-copy-field');
    const inner = field?.attachShadow({ mode: 'open' });
    if (!inner) throw new Error('no shadow root');
    inner.innerHTML = `<input readonly value="${URL}"><button>Copy</button>`;
    const found = findSavedIntegrations(document);
    expect(found.map((f) => f.url)).toEqual([URL]);
    expect(found[0]?.integrationName).toBe('Uptrends production');
  });

  it('still needs the label: a bare URL in a shadow root is not captured', () => {
    const host = document.createElement('ao-docs');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = `<p>Example: ${URL}</p>`;
    expect(findSavedIntegrations(document)).toEqual([]);
  });
});

describe('samples and parts of the page', () => {
  const SAMPLE = current('8c2e5a17-94d3-4f0b-b6e1-3a7d9c0f25e8');
  const SAVED = current('1f6d3b8e-27c9-4a05-9e4d-b8a2c7f1063d');

  it('a URL after a long sentence ending "For example:" is a sample, whatever else the page shows', () => {
    render(`
      <main>
        <div><h2>Basic settings</h2><span>Webhook URL</span> <button type="button" hidden>Copy</button></div>
        <div><p><span>Once saved, the integration gets its own address, which Uptrends posts alerts to. For example: </span><span class="mono">${SAMPLE}</span></p></div>
      </main>`);
    expect(urls()).toEqual([]);
  });

  it('the same sentence in a text node of its own before a <code> sample', () => {
    render(
      `<div><p>Once saved, the integration gets its own address, which Uptrends posts alerts to. For example: <code>${SAMPLE}</code></p> <button type="button">Copy</button></div>`,
    );
    expect(urls()).toEqual([]);
  });

  it("a labelled region keeps its URL to itself: a Copy button or a label outside it is another part's", () => {
    render(`
      <main>
        <div><span>Endpoint URL</span> <span></span> <button type="button">Copy</button></div>
        <h2>Help</h2>
        <div role="region" aria-label="Help"><p><span class="mono">${SAMPLE}</span></p></div>
      </main>`);
    expect(urls()).toEqual([]);
  });

  it("a short label right before a part names the part's URL (a card's header)", () => {
    render(
      `<div class="card"><div class="card-header">API URL</div><section class="card-body"><span>${SAVED}</span></section></div>`,
    );
    expect(urls()).toEqual([SAVED]);
  });

  it('inside a section, its own label and Copy button still count', () => {
    render(`
      <main>
        <section><h2>Uptrends</h2><div><span>Endpoint URL</span></div><div><span class="mono">${SAVED}</span><button type="button">Copy</button></div></section>
      </main>`);
    expect(urls()).toEqual([SAVED]);
  });

  it("a part of the page keeps its label to itself: a log toast beside the main view is not labelled by the view's", () => {
    render(`
      <header><a href="/">AlertOps</a></header>
      <main><div><label for="ep">Endpoint URL</label> <input id="ep" readonly></div><h1>Uptrends</h1></main>
      <div class="toasts"><div role="status">POST ${SAMPLE} 200 OK</div></div>`);
    expect(urls()).toEqual([]);
  });

  it('nor its Copy button, inside a form', () => {
    render(`
      <div><form><button type="button">Copy</button></form>
      <div class="toasts"><div role="status">POST ${SAMPLE} 200 OK</div></div></div>`);
    expect(urls()).toEqual([]);
  });

  it('a toast is a part of its own, even inside the main view that holds the label', () => {
    render(`
      <main><h1>Uptrends</h1><div><span>API URL</span> <span>••••••••</span> <button type="button">Copy</button></div>
      <div class="toast-container"><div role="status"><div class="toast-header">Inbound request</div><div class="toast-body">POST ${SAMPLE} 200 OK</div></div></div></main>`);
    expect(urls()).toEqual([]);
    render(`<main><div role="status"><span>API URL</span> <code>${SAVED}</code></div></main>`);
    expect(urls()).toEqual([SAVED]);
  });

  it('a label or Copy button in no part of its own, beside the URL, still counts', () => {
    render(`<div><div><span>Endpoint URL</span></div><div><span>${SAVED}</span></div></div>`);
    expect(urls()).toEqual([SAVED]);
    render(`<div><div><button type="button">Copy</button></div><div><span>${SAVED}</span></div></div>`);
    expect(urls()).toEqual([SAVED]);
  });

  it('collects the URLs it finds unlabelled, which count once their label arrives; samples and drafts are not collected', () => {
    render(`<dl><dt id="label"></dt><dd><span id="value">${SAVED}</span> <button type="button" id="copy"></button></dd></dl>
      <p>Once saved, the integration gets its own address. For example: <code>${SAMPLE}</code></p>`);
    const unlabelled = new Set<Element>();
    expect(findSavedIntegrations(document, false, undefined, unlabelled)).toEqual([]);
    const value = document.getElementById('value') as Element;
    expect([...unlabelled]).toEqual([value]);
    (document.getElementById('label') as Element).append('API URL');
    expect(findSavedIntegrations(value, true).map((item) => item.url)).toEqual([SAVED]);
  });
});

describe('web components: what a component draws in its shadow root counts as drawn', () => {
  // Slots (a tooltip component drawing its slotted text) are checked in real browsers: R36-06, since happy-dom gives
  // slotted nodes no assignedSlot.
  const KEY = '3e8b1f6a-92c4-4d07-b5ea-0c71f9d24a86';

  it('a Copy button component whose button and name ("Copy to clipboard") are in its shadow root', () => {
    render(`<div class="row"><span>${current(KEY)}</span><x-copy></x-copy></div>`);
    const host = document.querySelector('x-copy') as Element;
    host.attachShadow({ mode: 'open' }).innerHTML = '<button type="button" title="Copy to clipboard"></button>';
    expect(urls()).toEqual([current(KEY)]);
    // Control: the same component drawing a button of another name is no Copy button.
    (host.shadowRoot as ShadowRoot).innerHTML = '<button type="button" title="Share"></button>';
    expect(urls()).toEqual([]);
  });
});
