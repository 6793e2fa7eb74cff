/**
 * Blind hostile renderings, second round (H2-xx), written from domain.md and the README's promises without reading the
 * extension's source. New attacks beside blind-hostile.test.ts (H01–H18) and hostile.test.ts: a page that rewrites its
 * document, floods of URLs, huge values, and Uptrends pages whose fields,
 * frames, windows, notices or custom elements work against the fill. Pages are served on the consoles' real host names
 * through Playwright routes; assertions read only what a user sees, the page's own model and DOM, or the stored
 * captures. Where a reasonable product could do either, the test name says so and the safer behaviour is asserted.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  eventually,
  launchWithExtension,
  type PageModel,
  storedCaptures,
  waitForStoredCapture,
  withPage as withBrowserPage,
} from './chromium.ts';
import {
  answersWithin,
  capturedUrls,
  clearLocalStorage,
  escapeHtml,
  FILLER,
  issuedKeys,
  newKey,
  serve,
  sleep,
  validUrl,
} from './hostile-pages.ts';
import { pollPageModel } from './page-model.ts';
import { noticeText } from './uptrends-journey.ts';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

function withPage<T>(run: (page: Page) => Promise<T>): Promise<T> {
  return withBrowserPage(browser, run);
}

function doc(title: string, body: string, script = '', head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${head}
<style>body{font:14px sans-serif}</style></head>
<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

/** The saved integration page of the current AlertOps UI: name, then the endpoint URL with a Copy button. */
function savedIntegration(name: string, url: string): string {
  return `<main><h1>${escapeHtml(name)}</h1><div class="endpoint"><span>API URL</span> <span class="url">${escapeHtml(url)}</span> <button type="button" data-clipboard-text="${escapeHtml(url)}">Copy</button></div></main>`;
}

/** Stored URLs that hold `key` anywhere. */
async function storedWithKey(key: string): Promise<string[]> {
  return (await capturedUrls(browser)).filter((stored) => stored.includes(key));
}

/** Captures `url` the way a user does: opening its saved integration on app.alertops.com. */
async function captureOnAlertOps(url: string, name = 'Uptrends'): Promise<void> {
  const id = Math.floor(Math.random() * 1e9);
  const address = `https://app.alertops.com/integrations/inbound/api/edit/${id}`;
  await serve(browser, `${address}*`, doc('AlertOps', savedIntegration(name, url)));
  await withPage(async (page) => {
    await page.goto(address);
    await waitForStoredCapture(browser, url);
  });
}

/** What the user would see when a wait fails: fields, the page's model, the notice. */
async function explain(page: Page, name = 'model'): Promise<string> {
  const seen = await page.evaluate((n) => {
    const w = window as PageModel;
    return {
      fields: Array.from(document.querySelectorAll('input,textarea')).map(
        (f) => `${(f as HTMLInputElement).id || (f as HTMLInputElement).name}=${(f as HTMLInputElement).value}`,
      ),
      model: JSON.stringify(w[n] ?? null),
    };
  }, name);
  return `${JSON.stringify(seen)}\nnotice: ${JSON.stringify(await noticeText(page).catch(() => '?'))}`;
}

function pollModel(page: Page, read: (m: PageModel) => unknown, expected: unknown, timeout = 12_000) {
  return pollPageModel(page, read, expected, { explain, timeout });
}

const UPTRENDS_CHROME = `<header class="topbar"><span class="logo">Uptrends</span><span class="user">ops@example.com</span></header>
<nav class="breadcrumb">Alerting &gt; Integrations</nav>`;

/** An Uptrends integration editor: name, type select (AlertOps chosen), one predefined variable row. */
function editorForm(
  options: { p?: string; nameAttrs?: string; urlAttrs?: string; value?: string; urlTag?: 'input' | 'textarea' } = {},
): string {
  const p = options.p ?? 'int';
  const value = escapeHtml(options.value ?? '');
  const urlField =
    options.urlTag === 'textarea'
      ? `<textarea class="form-control" id="${p}-var-0-value" aria-labelledby="${p}-var-0" ${options.urlAttrs ?? ''}>${value}</textarea>`
      : `<input type="text" class="form-control" id="${p}-var-0-value" aria-labelledby="${p}-var-0" value="${value}" ${options.urlAttrs ?? ''}>`;
  return `<form class="integration-form" id="${p}-form" novalidate onsubmit="return false">
<div class="form-group"><label for="${p}-name">Integration name</label><input id="${p}-name" class="form-control" type="text" ${options.nameAttrs ?? 'maxlength="100"'}></div>
<div class="form-group"><label for="${p}-type">Integration type</label><select id="${p}-type" class="form-control" disabled>
<option value="webhook">Webhook</option><option value="slack">Slack</option><option value="alertops" selected>AlertOps</option></select></div>
<h3>Predefined variables</h3>
<table class="table variables"><thead><tr><th>Variable</th><th></th><th>Value</th></tr></thead><tbody>
<tr><td id="${p}-var-0">AlertOpsUrl</td><td><select class="form-control" id="${p}-var-0-mode" aria-labelledby="${p}-var-0">
<option value="here">Specify value here</option><option value="level">Specify value in escalation level</option></select></td>
<td>${urlField}</td></tr></tbody></table>
<div class="form-actions"><button type="button" class="btn btn-primary" id="${p}-save">Save</button> <button type="button" class="btn" id="${p}-test">Send test alert</button></div>
</form>`;
}

/** Page-side: window.model follows the editor's name and URL fields on input and change, and counts the writes. */
function wireEditor(p = 'int'): string {
  return `
window.model = window.model || {};
(function () {
  const name = document.getElementById('${p}-name'), url = document.getElementById('${p}-var-0-value');
  window.model.name = name.value; window.model.url = url.value; window.model.events = 0;
  for (const ev of ['input', 'change']) {
    name.addEventListener(ev, () => { window.model.name = name.value; window.model.events++; });
    url.addEventListener(ev, () => { window.model.url = url.value; window.model.events++; });
  }
})();`;
}

function editorPage(body: string, script = '', head = ''): string {
  return doc(
    'Uptrends - Integrations',
    `${UPTRENDS_CHROME}<main id="main"><h1>New integration</h1>${body}</main>`,
    script,
    head,
  );
}

/* ================================================================================================================= */
/* AlertOps                                                                                                          */
/* ================================================================================================================= */

describe('AlertOps: floods', () => {
  it("H2-04 older UI list of 50 API integrations, each URL with a Copy button, re-rendered twice: no crash, each URL stored at most once and under its own row's name, the page stays responsive", async () => {
    await clearLocalStorage(browser);
    const rows = Array.from({ length: 50 }, (_, i) => ({
      name: `Service ${String(i + 1).padStart(2, '0')}`,
      url: validUrl(),
    }));
    const table = `<table class="integrations"><thead><tr><th>Integration Name</th><th>Template</th><th>API URL</th><th></th><th>Status</th></tr></thead><tbody>${rows
      .map(
        (r) =>
          `<tr><td class="name">${escapeHtml(r.name)}</td><td>Uptrends</td><td><span class="url">${escapeHtml(r.url)}</span></td><td><button type="button" data-clipboard-text="${escapeHtml(r.url)}">Copy</button></td><td>Enabled</td></tr>`,
      )
      .join('')}</tbody></table>`;
    const script = `
const holder = document.getElementById('list');
const markup = ${JSON.stringify(table)};
holder.innerHTML = markup;
setTimeout(() => { holder.innerHTML = ''; holder.innerHTML = markup; }, 1500);
setTimeout(() => { holder.innerHTML = markup; }, 3000);`;
    const body = `<main><h1>Inbound Integrations</h1><div role="tablist"><button role="tab" aria-selected="true">API</button><button role="tab" aria-selected="false">Email</button></div>
<a href="#">ADD API INTEGRATION</a><div id="list"></div></main>`;
    await serve(browser, 'https://acme.alertops.com/InboundIntegrations.aspx*', doc('AlertOps', body, script));
    await withPage(async (page) => {
      await page.goto('https://acme.alertops.com/InboundIntegrations.aspx');
      await page.getByText('Service 50', { exact: true }).waitFor();
      await page.mouse.click(5, 5);
      await eventually(
        () => capturedUrls(browser),
        (urls) => rows.some((r) => urls.includes(r.url)),
      );
      await sleep(4500);
      await answersWithin(page, 2000);
      const captures = await storedCaptures(browser);
      const urls = captures.map((c) => c.url);
      const duplicates = urls.filter((u, i) => urls.indexOf(u) !== i);
      expect(duplicates.length, 'duplicate stored URLs').toBe(0);
      const misnamed = captures
        .map((c) => ({ c, row: rows.find((r) => r.url === c.url) }))
        .filter(({ c, row }) => row && c.integrationName !== row.name)
        .map(({ c, row }) => `${row?.name} stored as ${JSON.stringify(c.integrationName)}`);
      expect(misnamed, "captures stored under another row's name").toEqual([]);
      const foreign = urls.filter((u) => !rows.some((r) => r.url === u));
      expect(foreign, 'stored URLs the list did not show').toEqual([]);
    });
  });

  it('H2-05 saved integration page that re-renders the same endpoint 500 times (every 4 ms), then is reloaded twice: the URL is stored exactly once', async () => {
    await clearLocalStorage(browser);
    const url = validUrl();
    const script = `
const main = document.getElementById('main');
const markup = ${JSON.stringify(savedIntegration('Uptrends churn', url))};
window.renders = 0;
const timer = setInterval(() => {
  main.innerHTML = markup;
  if (++window.renders >= 500) clearInterval(timer);
}, 4);`;
    await serve(
      browser,
      'https://app.alertops.com/integrations/inbound/api/edit/h2-05*',
      doc('AlertOps', '<div id="main"></div>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/integrations/inbound/api/edit/h2-05');
      await page.mouse.click(5, 5);
      await waitForStoredCapture(browser, url);
      await expect.poll(() => page.evaluate(() => (window as PageModel).renders), { timeout: 15_000 }).toBe(500);
      for (let i = 0; i < 2; i++) {
        await page.reload();
        await page.mouse.click(5, 5);
        await sleep(2500);
      }
      await sleep(1000);
      const list = await storedCaptures(browser);
      expect(list.filter((c) => c.url === url).length, 'stored entries for the one URL').toBe(1);
      expect(new Set(list.map((c) => c.id)).size).toBe(list.length);
    });
  });

  it('H2-06 "API URL" beside a URL whose last segment is 2000 characters, and beside a 10 MB text node (holding a valid URL) with a status line that keeps changing next to it: the page keeps ticking (at least half as often as without the extension), a normal URL shown later is stored, nothing truncated or taken from the 10 MB text', async () => {
    await clearLocalStorage(browser);
    const longKey = newKey();
    const longUrl = `https://notify.alertops.com/POSTAlert/${longKey}/${'Uptrends'.repeat(250)}`;
    expect(longUrl.split('/').at(-1)?.length).toBe(2000);
    const bigKey = newKey();
    const bigUrl = `https://notify.alertops.com/POSTAlert/${bigKey}/Uptrends`;
    const control = validUrl();
    const script = `
window.ticks = 0;
setInterval(() => { window.ticks++; }, 50);
setTimeout(() => {
  const words = 'monitor checkpoint latency '.repeat(200000);
  const span = document.getElementById('big');
  window.bigNode = document.createTextNode(words + ' ' + ${JSON.stringify(bigUrl)} + ' ' + words);
  span.append(window.bigNode);
  let n = 0;
  setInterval(() => { document.getElementById('status').textContent = 'Checked ' + (++n) + ' times'; }, 250);
}, 500);
setTimeout(() => {
  document.getElementById('later').innerHTML = ${JSON.stringify(savedIntegration('Uptrends later', control))};
}, 3500);`;
    const body = `<main><section><h1>Uptrends long</h1><div class="endpoint"><span>API URL</span> <span class="url">${escapeHtml(longUrl)}</span> <button type="button" data-clipboard-text="${escapeHtml(longUrl)}">Copy</button></div></section>${FILLER}
<section style="height:200px;overflow:hidden"><h2>Uptrends big</h2><div class="endpoint"><div>API URL</div><div class="url" id="big" style="contain:strict;height:40px;overflow:hidden"></div><div id="status"></div></div></section>${FILLER}<div id="later"></div></main>`;
    const path = '/integrations/inbound/api/edit/h2-06';
    const html = doc('AlertOps', body, script);
    await serve(browser, `https://app.alertops.com${path}*`, html);
    // The same page where no content script runs: what the page costs itself.
    await serve(browser, `https://notify.alertops.com${path}*`, html);
    const ticksOf = async (page: Page) => {
      await expect
        .poll(() => page.evaluate(() => ((window as PageModel).bigNode?.length ?? 0) as number), { timeout: 10_000 })
        .toBeGreaterThan(10_000_000);
      await page.mouse.click(5, 5);
      await sleep(1500);
      const read = () => page.evaluate(() => (window as PageModel).ticks as number);
      const before = await read();
      await sleep(4000);
      return (await read()) - before;
    };
    const baseline = await withPage(async (page) => {
      await page.goto(`https://notify.alertops.com${path}`);
      return ticksOf(page);
    });
    expect(baseline, 'ticks in 4 s without the extension (the fixture itself is light enough)').toBeGreaterThan(20);
    await withPage(async (page) => {
      await page.goto(`https://app.alertops.com${path}`);
      const during = await ticksOf(page);
      expect(during, `timer ticks in 4 s (without the extension: ${baseline})`).toBeGreaterThan(baseline * 0.5);
      await waitForStoredCapture(browser, control, 10_000);
      await answersWithin(page, 2000);
      expect(await storedWithKey(bigKey), 'URLs taken from the 10 MB text').toEqual([]);
      const long = await storedWithKey(longKey);
      expect([[], [longUrl]], `stored for the long URL: ${long.map((u) => `${u.length} chars`)}`).toContainEqual(long);
    });
  });

  it('H2-07 page that wipes itself with document.open()/write() and then renders the saved integration in the new document: the URL is still stored', async () => {
    const url = validUrl();
    const script = `
setTimeout(() => {
  document.open();
  document.write('<!doctype html><html><head><title>AlertOps</title></head><body><main id="main"><h1>Loading…</h1></main></body></html>');
  document.close();
  setTimeout(() => { document.getElementById('main').innerHTML = ${JSON.stringify(savedIntegration('Uptrends rewritten', url))}; }, 800);
}, 600);`;
    await serve(
      browser,
      'https://app.alertops.com/integrations/inbound/api/edit/h2-07*',
      doc('AlertOps', '<main><h1>Old document</h1></main>', script),
    );
    await withPage(async (page) => {
      await page.goto('https://app.alertops.com/integrations/inbound/api/edit/h2-07');
      await page.getByRole('heading', { name: 'Uptrends rewritten' }).waitFor({ timeout: 10_000 });
      await page.mouse.click(5, 5);
      await waitForStoredCapture(browser, url, 10_000);
    });
  });
});

/* ================================================================================================================= */
/* Uptrends                                                                                                          */
/* ================================================================================================================= */

describe('Uptrends editors that constrain or imitate the fill', () => {
  let url: string;

  beforeAll(async () => {
    await clearLocalStorage(browser);
    url = validUrl();
    await captureOnAlertOps(url, 'Uptrends second round');
  });

  it('H2-08 AlertOps editor whose URL field is readonly, and one where it is disabled: neither is written (the user could not type there); the same editor editable is filled (control)', async () => {
    const written: string[] = [];
    for (const [name, attrs] of [
      ['readonly', 'readonly'],
      ['disabled', 'disabled'],
    ] as const) {
      await serve(
        browser,
        `https://app.uptrends.com/Alerting/Integrations/Edit/h2-08-${name}*`,
        editorPage(editorForm({ urlAttrs: attrs }), wireEditor()),
      );
      await withPage(async (page) => {
        await page.goto(`https://app.uptrends.com/Alerting/Integrations/Edit/h2-08-${name}`);
        await page.getByRole('heading', { name: 'New integration' }).waitFor();
        await page.mouse.click(5, 400);
        await sleep(3500);
        const value = await page.locator('#int-var-0-value').inputValue();
        const model = (await page.evaluate(() => (window as PageModel).model.url)) as string;
        if (value || model)
          written.push(`${name}: field ${value ? 'written' : 'empty'}, model ${model ? 'written' : 'empty'}`);
      });
    }
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Edit/h2-08-editable*',
      editorPage(editorForm(), wireEditor()),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/h2-08-editable');
      await pollModel(page, (m) => m.url, url);
    });
    expect(written, 'read-only or disabled URL fields that got the URL').toEqual([]);
  });

  it('H2-09 AlertOps editor whose name field has maxlength=10: the URL is filled and the name is at most 10 characters (a proposal cut to fit, or left empty)', async () => {
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Edit/h2-09*',
      editorPage(editorForm({ nameAttrs: 'maxlength="10"' }), wireEditor()),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/h2-09');
      await pollModel(page, (m) => m.url, url);
      await sleep(1500);
      const name = await page.locator('#int-name').inputValue();
      const valid = await page.locator('#int-name').evaluate((el) => (el as HTMLInputElement).validity.valid);
      expect(name.length, `proposed name ${JSON.stringify(name)}`).toBeLessThanOrEqual(10);
      expect(valid, 'the name field is valid for the form').toBe(true);
    });
  });

  it('H2-10 AlertOps editor whose "Notes" rich-text box (contenteditable) holds a pasted copy of an editor with an "AlertOpsUrl" <textarea>: the pasted copy is left as typed, the real editor is filled', async () => {
    const pasted = `<div class="pasted"><p>Copied from the old account:</p><div><label for="ce-type">Integration type</label> <span id="ce-type">AlertOps</span></div>
<h3>Predefined variables</h3><table><tr><td id="ce-var">AlertOpsUrl</td><td><textarea id="ce-url" aria-labelledby="ce-var"></textarea></td></tr></table></div>`;
    const notes = `<div class="form-group"><span id="notes-label">Notes</span><div id="notes" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="notes-label" style="border:1px solid #999;min-height:80px">${pasted}</div></div>`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Edit/h2-10*',
      editorPage(
        `${notes}${editorForm()}`,
        `${wireEditor()}window.notesBefore = document.getElementById('notes').innerHTML;`,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/h2-10');
      expect(await page.locator('#notes').evaluate((el) => (el as HTMLElement).isContentEditable)).toBe(true);
      await pollModel(page, (m) => m.url, url);
      await sleep(1500);
      const seen = await page.evaluate(() => ({
        textarea: (document.getElementById('ce-url') as HTMLTextAreaElement).value,
        same: document.getElementById('notes')?.innerHTML === (window as PageModel).notesBefore,
      }));
      expect(seen).toEqual({ textarea: '', same: true });
    });
  });

  it('H2-11 same-origin <iframe srcdoc> holding a second AlertOps editor, beside the real editor, and on a page where it is the only editor: the framed fields stay empty (content scripts are top-frame only)', async () => {
    const framed = doc('frame', `<h2>New integration</h2>${editorForm({ p: 'fr' })}`, wireEditor('fr'));
    const frame = `<iframe id="decoy" title="Preview" style="width:900px;height:420px" srcdoc="${escapeHtml(framed)}"></iframe>`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Edit/h2-11-both*',
      editorPage(`${editorForm()}${frame}`, wireEditor()),
    );
    await serve(browser, 'https://app.uptrends.com/Alerting/Integrations/Edit/h2-11-only*', editorPage(frame));
    const framedValue = (page: Page) =>
      page.evaluate(() => {
        const d = (document.getElementById('decoy') as HTMLIFrameElement).contentDocument;
        return [
          (d?.getElementById('fr-var-0-value') as HTMLInputElement | null)?.value ?? 'missing',
          (d?.getElementById('fr-name') as HTMLInputElement | null)?.value ?? 'missing',
        ];
      });
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/h2-11-both');
      await pollModel(page, (m) => m.url, url);
      await sleep(1500);
      expect(await framedValue(page), 'framed editor beside the real one').toEqual(['', '']);
    });
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/h2-11-only');
      await page.frameLocator('#decoy').getByText('Predefined variables').waitFor();
      await page.mouse.click(5, 400);
      await sleep(3500);
      expect(await framedValue(page), 'framed editor alone').toEqual(['', '']);
    });
  });

  it('H2-12 "Add integration" opens the editor in a window.open popup, which the page at once re-points to a second editor address: the popup\'s final editor is filled, the list page behind it is not touched', async () => {
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Edit/h2-12-popup*',
      editorPage(editorForm(), wireEditor()),
    );
    const opener = `
document.getElementById('add').addEventListener('click', () => {
  const w = window.open('/Alerting/Integrations/Edit/h2-12-popup?round=1', 'editor', 'popup,width=900,height=700');
  setTimeout(() => { w.location.href = '/Alerting/Integrations/Edit/h2-12-popup?round=2'; }, 120);
});`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/h2-12*',
      doc(
        'Uptrends - Integrations',
        `${UPTRENDS_CHROME}<main><h1>Integrations</h1><label for="search">Search</label> <input id="search" type="text"><button type="button" id="add">Add integration</button></main>`,
        opener,
      ),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/h2-12');
      const popupPromise = page.waitForEvent('popup', { timeout: 10_000 });
      await page.getByRole('button', { name: 'Add integration' }).click();
      const popup = await popupPromise;
      try {
        await popup.waitForURL(/round=2/, { timeout: 10_000 });
        await popup.getByRole('heading', { name: 'New integration' }).waitFor();
        await pollModel(popup, (m) => m.url, url);
        expect(await page.locator('#search').inputValue(), 'the list page behind the popup').toBe('');
      } finally {
        await popup.close();
      }
    });
  });

  it("H2-13 page removes the extension's notice host as soon as it appears and puts a fake one in its place: the empty editor is still filled, a pre-filled one keeps its value, the extension does not fight the page in a loop (safer: under 50 re-adds in 6 s), and the page answers", async () => {
    const own = validUrl();
    const killer = `
window.killed = 0;
const fake = () => {
  if (document.querySelector('[data-fake-notice]')) return;
  const f = document.createElement('div');
  f.setAttribute('data-uptrends-alertops-bridge', ''); f.setAttribute('data-fake-notice', '');
  f.attachShadow({ mode: 'open' }).innerHTML = '<div role="status">AlertOps URL filled in ✓</div>';
  document.body.append(f);
};
new MutationObserver((records) => {
  for (const r of records) for (const n of r.addedNodes) {
    if (n.nodeType === 1 && n.hasAttribute('data-uptrends-alertops-bridge') && !n.hasAttribute('data-fake-notice')) {
      n.remove(); window.killed++; fake();
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true });`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Edit/h2-13-empty*',
      editorPage(editorForm(), wireEditor(), `<script>${killer}</script>`),
    );
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Edit/h2-13-own*',
      editorPage(editorForm({ value: own }), wireEditor(), `<script>${killer}</script>`),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/h2-13-empty');
      await pollModel(page, (m) => m.url, url);
      for (let i = 0; i < 6; i++) {
        await page.mouse.click(5, 300 + i);
        await sleep(1000);
      }
      const killed = (await page.evaluate(() => (window as PageModel).killed)) as number;
      expect(killed, 'notices the page removed (0 means none was ever added)').toBeLessThan(50);
      await answersWithin(page, 1000);
    });
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/h2-13-own');
      await page.getByRole('heading', { name: 'New integration' }).waitFor();
      for (let i = 0; i < 6; i++) {
        await page.mouse.click(5, 300 + i);
        await sleep(1000);
      }
      expect(await page.locator('#int-var-0-value').inputValue(), 'the value the user had').toBe(own);
      const killed = (await page.evaluate(() => (window as PageModel).killed)) as number;
      expect(killed, 'prompts the page removed').toBeLessThan(50);
      await answersWithin(page, 1000);
    });
  });

  it("H2-14 page pre-defines custom elements named like the extension's notice (uptrends-alertops-bridge and kin) whose classes spy on their contents, and breaks customElements.define: the editor is filled, a notice shows, and no page-defined element ever sees the key", async () => {
    const names = [
      'uptrends-alertops-bridge',
      'uptrends-alertops-bridge-notice',
      'uptrends-alertops-notice',
      'alertops-bridge',
      'alertops-bridge-notice',
      'alertops-notice',
      'bridge-notice',
      'uab-notice',
      'ua-bridge-notice',
      'uptrends-bridge-notice',
    ];
    const head = `<script>
window.spied = { created: [], leaks: [] };
const names = ${JSON.stringify(names)};
for (const name of names) {
  customElements.define(name, class extends HTMLElement {
    constructor() { super(); window.spied.created.push(name); try { this.attachShadow({ mode: 'open' }).innerHTML = '<slot></slot>'; } catch (e) {} }
    connectedCallback() {
      const look = () => {
        const text = (this.textContent || '') + ' ' + (this.shadowRoot ? this.shadowRoot.innerHTML : '') + ' ' + this.outerHTML;
        if (/notify\\.alertops|POSTAlert/i.test(text)) window.spied.leaks.push(name);
      };
      look(); setTimeout(look, 0); setTimeout(look, 500);
    }
  });
}
CustomElementRegistry.prototype.define = function () { throw new Error('define is disabled on this page'); };
customElements.define = CustomElementRegistry.prototype.define;
</script>`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/Edit/h2-14*',
      editorPage(editorForm(), wireEditor(), head),
    );
    await withPage(async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/Edit/h2-14');
      await pollModel(page, (m) => m.url, url);
      await expect
        .poll(() => noticeText(page), { timeout: 10_000, message: 'a notice the user can read after the fill' })
        .not.toBe('');
      await sleep(1500);
      const spied = await page.evaluate(() => (window as PageModel).spied);
      expect(spied.leaks, `page-defined elements that saw the URL (created: ${spied.created})`).toEqual([]);
    });
  });
});

describe('logs', () => {
  it('H2-99 no key shown by any page of this file appears in a console line of a page or the worker', () => {
    const logs = browser.logs.join('\n');
    expect(issuedKeys().length).toBeGreaterThan(50);
    const leaked = issuedKeys().filter((key) => logs.includes(key) || logs.includes(key.slice(0, 18)));
    expect(leaked).toEqual([]);
  });
});
