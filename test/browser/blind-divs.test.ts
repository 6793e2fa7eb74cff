/**
 * Blind acceptance tests, round 28: ALERTOPS PAGES LAID OUT WITHOUT TABLE OR FORM MARKUP, and the NAME each URL is
 * stored under. Inbound API integration lists drawn as one CSS grid whose cells are direct children of the grid (no row
 * elements at all), flex rows of <div>s with the header row outside the scroll container, Tailwind-like utility
 * markup, card lists, lists with a leading selection column, a trailing actions column or a status badge before the
 * name; saved-integration details views drawn as label-above-value stacks, label and value columns of a CSS grid, two
 * column containers, description-list-like div pairs and bold run-in labels. AlertOps labels in English. Written from
 * domain.md, the README and the test helpers only (no source read). Pages are served on the real host names;
 * assertions read only what the extension stored (the capture's url and integrationName).
 *
 * Grounds:
 * - domain.md: older UI "AlertOps now lists the API URL; the user copies it"; current UI "Basic Settings with
 *   'Integration Name' (pre-filled)", "The saved integration page displays the endpoint URL at the top, with a Copy
 *   button"; "AlertOps labels stay in English"; "Design for the unknowns: find things by meaning (visible text …), not
 *   by guessed ids or CSS classes"; "Front-end framework: [unknown]".
 * - README: step 1 "The extension captures the generated API URL the moment the saved integration shows it"; "Captured
 *   only when labelled as an integration URL or beside a Copy button"; "lists are captured, each URL under its row's
 *   name"; "the popup shows each capture's name and console"; "Any page of the AlertOps console that shows a URL
 *   labelled as an API URL, or beside a Copy button, is captured"; never logged.
 * - Not asserted (README promises nothing): which of several candidate names a details view whose name is only a title
 *   (no "Name" label) is stored under (README lists "a name only in … a card title" among names it does not promise);
 *   there only "the integration's own, never a header's text" is checked. Likewise card lists whose name is only the
 *   card's title (R28-04, R28-05): a first run stored every card's URL as "Uptrends" (the URL's last segment; a probe
 *   with last segment "Custom0…2" and badge "Uptrends template" stored "Custom0…2"), which the README documents, so
 *   those assert only "stored, not under a caption's text or another card's name".
 *
 * First run: 22 renderings, 4 failed, all lists whose rows are not row elements of their own beside a header row
 * element: R28-01 (one CSS grid, every cell a direct child), R28-01c (rows wrapped in display:contents divs, header
 * cells direct children of the grid), R28-01e (rows as nested grids, header cells direct children) and R28-10 (header
 * in its own grid, body cells direct children of one body grid): every URL stored under "Template" (the header cell
 * before "API URL"). Controls (kept, pass): R28-01d (R28-01c with the header cells wrapped in a row div too) and
 * R28-10c (R28-10 with each body row its own grid div). Every flex/div-row list, labelled card and details view passed.
 * Mended in the extension: a header beside one above the URL that names it ("API URL") takes its value from what is
 * drawn in its column on the URL's line (layout, not markup); R28-01, R28-01c, R28-01e and R28-10 pass.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  eventually,
  launchWithExtension,
  type StoredCapture,
  storedCaptures,
  withPage as withBrowserPage,
} from './chromium.ts';
import { clearLocalStorage, escapeHtml, htmlPage, issuedKeys, serve, sleep, validUrl } from './hostile-pages.ts';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

function withPage<T>(run: (page: Page) => Promise<T>): Promise<T> {
  return withBrowserPage(browser, run);
}

const HEADERS = ['Name', 'Template', 'API URL', 'Integration Name', 'Actions', 'Status', 'Copy', 'Integration name'];

interface Row {
  name: string;
  url: string;
}

function rowsFor(company: string): Row[] {
  return [`${company} EU monitors`, `${company} US checks`, `${company} APAC probes`].map((name) => ({
    name,
    url: validUrl(),
  }));
}

const e = escapeHtml;
const BASE = 'https://app.alertops.com/configurations/integrations/inbound';

/** Serves `body` at BASE/<id>, opens it, lets the user move the mouse, waits until every URL is stored (or times out). */
async function openAndWait(id: string, html: string, urls: string[], timeout = 15_000): Promise<StoredCapture[]> {
  await clearLocalStorage(browser);
  await serve(browser, `${BASE}/${id}*`, html);
  return withPage(async (page) => {
    await page.goto(`${BASE}/${id}`);
    await page.getByText('API URL').first().waitFor();
    await page.mouse.move(400, 300);
    await eventually(
      () => storedCaptures(browser),
      (list) => urls.every((u) => list.some((c) => c.url === u)),
      timeout,
    ).catch(() => undefined);
    await sleep(1200);
    return storedCaptures(browser);
  });
}

/** For a list: every row's URL stored, each under its own row's name. */
function expectRows(stored: StoredCapture[], rows: Row[]): void {
  const seen = rows.map((r) => ({
    expected: r.name,
    stored: stored.find((c) => c.url === r.url)?.integrationName ?? '(not stored)',
  }));
  const headerNamed = seen.filter((s) => HEADERS.includes(s.stored));
  expect(headerNamed, "no URL stored under a header's text").toEqual([]);
  expect(
    seen.filter((s) => s.stored !== '(not stored)' && s.stored !== s.expected && rows.some((r) => r.name === s.stored)),
    "no URL stored under another row's name",
  ).toEqual([]);
  expect(seen, "each URL stored under its row's name").toEqual(rows.map((r) => ({ expected: r.name, stored: r.name })));
}

/** For a details view with a labelled name: the URL stored under that name. */
function expectNamed(stored: StoredCapture[], url: string, name: string): void {
  const entry = stored.find((c) => c.url === url);
  expect(entry, 'the URL is stored').toBeDefined();
  expect(HEADERS, "not stored under a label's text").not.toContain(entry?.integrationName);
  expect(entry?.integrationName, "stored under the integration's name").toBe(name);
}

/**
 * For cards whose name is only a title: README lists "a name only in … an Angular Material card title" among names
 * it does not promise ("the URL is captured, named after its last segment or a nearby label"), so only: every URL
 * stored, never under a header's text nor another card's name.
 */
function expectCardsNotMisnamed(stored: StoredCapture[], rows: Row[]): void {
  const seen = rows.map((r) => ({ url: r.url, stored: stored.find((c) => c.url === r.url)?.integrationName }));
  expect(
    seen.filter((s) => s.stored === undefined),
    'every URL stored',
  ).toEqual([]);
  expect(
    seen.filter((s) => HEADERS.includes(s.stored as string)),
    "none under a caption's text",
  ).toEqual([]);
  expect(
    seen.filter((s, i) => rows.some((r, j) => j !== i && r.name === s.stored)),
    "none under another card's name",
  ).toEqual([]);
}

const page = (title: string, style: string, body: string) =>
  htmlPage(title, `<style>body{font:14px sans-serif;margin:0}${style}</style>${body}`);

const TOPBAR = `<div class="topbar">AlertOps &nbsp; Configurations &nbsp; Integrations</div>`;

/* ================================================================================================================= */
/* Lists                                                                                                            */
/* ================================================================================================================= */

describe('round 28: AlertOps lists without table markup', () => {
  type Wrap = 'none' | 'rows-contents' | 'all-contents' | 'rows-grid';
  function gridList(rows: Row[], wrap: Wrap): string {
    const cells = rows
      .map((r) => {
        const four = `<div class="c">${e(r.name)}</div><div class="c"><span class="badge">Uptrends</span></div><div class="c mono">${e(r.url)}</div><div class="c"><button type="button">Copy</button></div>`;
        if (wrap === 'none') return four;
        return `<div class="${wrap === 'rows-grid' ? 'rg' : 'r'}">${four}</div>`;
      })
      .join('');
    const head =
      '<div class="h">Name</div><div class="h">Template</div><div class="h">API URL</div><div class="h"></div>';
    return page(
      'Inbound Integrations',
      '.grid{display:grid;grid-template-columns:1fr 120px 2fr 80px;gap:0}.r{display:contents}.rg{grid-column:1/-1;display:grid;grid-template-columns:1fr 120px 2fr 80px}.h{font-weight:600;padding:6px;border-bottom:2px solid #ccc}.c{padding:6px;border-bottom:1px solid #eee}.mono{font-family:monospace}',
      `${TOPBAR}<main><div class="title">Inbound Integrations</div><div class="grid">${wrap === 'all-contents' ? `<div class="r">${head}</div>` : head}${cells}</div></main>`,
    );
  }

  it("R28-01 EN one CSS grid (grid-template-columns: 1fr 120px 2fr 80px) whose cells are direct children of the grid container: header cells Name | Template | API URL | (empty), then each row's four cells, no row elements at all: each URL stored under its row's name", async () => {
    // Ground: README "lists are captured, each URL under its row's name"; captured "beside a Copy button"; domain.md older UI "AlertOps now lists the API URL".
    const rows = rowsFor('Acme');
    expectRows(
      await openAndWait(
        'r28-01',
        gridList(rows, 'none'),
        rows.map((r) => r.url),
      ),
      rows,
    );
  });

  it("R28-01c EN the same grid, each row's four cells wrapped in a row <div> with display:contents (looks the same), the header cells still direct children of the grid: each URL stored under its row's name", async () => {
    // Ground: README "lists are captured, each URL under its row's name".
    const rows = rowsFor('Acme Control');
    expectRows(
      await openAndWait(
        'r28-01c',
        gridList(rows, 'rows-contents'),
        rows.map((r) => r.url),
      ),
      rows,
    );
  });

  it("R28-01d EN CONTROL of R28-01c: the same grid, the HEADER cells wrapped in a display:contents row <div> as well (every row, header included, a row element): each URL stored under its row's name", async () => {
    // Ground: README "lists are captured, each URL under its row's name".
    const rows = rowsFor('Acme Header Row');
    expectRows(
      await openAndWait(
        'r28-01d',
        gridList(rows, 'all-contents'),
        rows.map((r) => r.url),
      ),
      rows,
    );
  });

  it("R28-01e EN the same grid, header cells direct children of the grid, each row a nested grid <div> spanning all columns (grid-column:1/-1, same template): each URL stored under its row's name", async () => {
    // Ground: README "lists are captured, each URL under its row's name".
    const rows = rowsFor('Acme Nested');
    expectRows(
      await openAndWait(
        'r28-01e',
        gridList(rows, 'rows-grid'),
        rows.map((r) => r.url),
      ),
      rows,
    );
  });

  it("R28-02 EN flex rows of <div>s, the header row (Name | Template | API URL | blank) outside the scroll container that holds the rows: each URL stored under its row's name", async () => {
    // Ground: README "lists are captured, each URL under its row's name"; "beside a Copy button".
    const rows = rowsFor('Globex');
    const body = rows
      .map(
        (r) =>
          `<div class="row"><div class="c n">${e(r.name)}</div><div class="c t">Uptrends</div><div class="c u">${e(r.url)}</div><div class="c a"><button type="button">Copy</button></div></div>`,
      )
      .join('');
    const html = page(
      'Inbound Integrations',
      '.row{display:flex;border-bottom:1px solid #eee}.c{padding:6px}.n{flex:1}.t{width:120px}.u{flex:2;font-family:monospace}.a{width:80px}.head{font-weight:600}.scroll{max-height:300px;overflow:auto}',
      `${TOPBAR}<main><div class="title">Inbound Integrations</div><div class="list"><div class="row head"><div class="c n">Name</div><div class="c t">Template</div><div class="c u">API URL</div><div class="c a"></div></div><div class="scroll">${body}</div></div></main>`,
    );
    expectRows(
      await openAndWait(
        'r28-02',
        html,
        rows.map((r) => r.url),
      ),
      rows,
    );
  });

  it('R28-03 EN Tailwind-like utility markup (flex items-center gap-4 px-4 py-2 border-b, header text-xs uppercase): header Name | Template | API URL | (sr-only "Actions"), rows with Copy: each URL stored under its row\'s name', async () => {
    // Ground: README "lists are captured, each URL under its row's name"; domain.md "not by guessed ids or CSS classes".
    const rows = rowsFor('Initech');
    const tw =
      '.flex{display:flex}.items-center{align-items:center}.gap-4{gap:16px}.px-4{padding-left:16px;padding-right:16px}.py-2{padding-top:8px;padding-bottom:8px}.border-b{border-bottom:1px solid #e5e7eb}.text-xs{font-size:12px}.uppercase{text-transform:uppercase}.text-gray-500{color:#6b7280}.w-1\\/4{width:25%}.w-32{width:128px}.flex-1{flex:1}.font-mono{font-family:monospace}.truncate{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}.rounded{border-radius:4px}.bg-blue-100{background:#dbeafe}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}';
    const body = rows
      .map(
        (r) =>
          `<div class="flex items-center gap-4 px-4 py-2 border-b"><div class="w-1/4 truncate font-medium">${e(r.name)}</div><div class="w-32"><span class="rounded bg-blue-100 px-4 text-xs">Uptrends</span></div><div class="flex-1 font-mono truncate">${e(r.url)}</div><div class="w-32"><button type="button" class="rounded px-4 py-2 border-b">Copy</button></div></div>`,
      )
      .join('');
    const html = page(
      'Inbound Integrations',
      tw,
      `${TOPBAR}<main class="px-4"><div class="py-2">Inbound Integrations</div><div><div class="flex items-center gap-4 px-4 py-2 border-b text-xs uppercase text-gray-500"><div class="w-1/4">Name</div><div class="w-32">Template</div><div class="flex-1">API URL</div><div class="w-32"><span class="sr-only">Actions</span></div></div>${body}</div></main>`,
    );
    expectRows(
      await openAndWait(
        'r28-03',
        html,
        rows.map((r) => r.url),
      ),
      rows,
    );
  });

  it('R28-04 EN card list: each card a <div> with a bold title (the name), a template badge "Uptrends", an "API URL" caption above the URL and a Copy button: every URL stored, none under a caption\'s text or another card\'s title', async () => {
    // Ground: README "labelled as an API URL, or beside a Copy button" (stored); "Names only … a card title" not promised (card titles stored as the last segment "Uptrends", run, not kept), so no exact name.
    const rows = rowsFor('Umbrella');
    const cards = rows
      .map(
        (r) =>
          `<div class="card"><div class="card-title">${e(r.name)}</div><span class="badge">Uptrends</span><div class="cap">API URL</div><div class="url">${e(r.url)}</div><button type="button">Copy</button></div>`,
      )
      .join('');
    const html = page(
      'Inbound Integrations',
      '.card{border:1px solid #ddd;border-radius:8px;padding:12px;margin:10px}.card-title{font-weight:700;font-size:16px}.badge{background:#eef;padding:2px 6px;border-radius:10px;font-size:11px}.cap{font-size:11px;color:#777;margin-top:8px}.url{font-family:monospace}',
      `${TOPBAR}<main><div class="title">Inbound Integrations</div><div class="cards">${cards}</div></main>`,
    );
    expectCardsNotMisnamed(
      await openAndWait(
        'r28-04',
        html,
        rows.map((r) => r.url),
      ),
      rows,
    );
  });

  it('R28-05 EN cards laid out three across in a CSS grid, each card: template badge FIRST, then the name, then "API URL" caption, the URL and a Copy icon button (aria-label "Copy"): every URL stored, none under a caption\'s text or another card\'s name', async () => {
    // Ground: README "labelled as an API URL, or beside a Copy button"; domain.md "find things by meaning"; card titles not promised as names (README "Names only … a card title").
    const rows = rowsFor('Hooli');
    const cards = rows
      .map(
        (r) =>
          `<div class="card"><div class="top"><span class="badge">Uptrends</span><span class="menu">⋯</span></div><div class="nm">${e(r.name)}</div><div class="cap">API URL</div><div class="urlrow"><span class="url">${e(r.url)}</span><button type="button" aria-label="Copy" title="Copy">⧉</button></div></div>`,
      )
      .join('');
    const html = page(
      'Inbound Integrations',
      '.cards{display:grid;grid-template-columns:repeat(3,1fr);gap:12px;padding:12px}.card{border:1px solid #ddd;border-radius:8px;padding:12px;overflow:hidden}.nm{font-weight:700}.badge{background:#efe;font-size:11px}.cap{font-size:11px;color:#777}.url{font-family:monospace;word-break:break-all}',
      `${TOPBAR}<main><div class="title">Inbound Integrations</div><div class="cards">${cards}</div></main>`,
    );
    expectCardsNotMisnamed(
      await openAndWait(
        'r28-05',
        html,
        rows.map((r) => r.url),
      ),
      rows,
    );
  });

  it('R28-04b EN card list whose cards LABEL the name: each card a stack "Name" / the name, "Template" / "Uptrends", "API URL" / the URL, Copy: each URL stored under its own card\'s name', async () => {
    // Ground: README "lists are captured, each URL under its row's name"; "labelled as an API URL"; "the popup shows each capture's name".
    const rows = rowsFor('Massive');
    const cards = rows
      .map(
        (r) =>
          `<div class="card"><div class="lbl">Name</div><div class="val">${e(r.name)}</div><div class="lbl">Template</div><div class="val">Uptrends</div><div class="lbl">API URL</div><div class="val url">${e(r.url)}</div><button type="button">Copy</button></div>`,
      )
      .join('');
    const html = page(
      'Inbound Integrations',
      '.card{border:1px solid #ddd;border-radius:8px;padding:12px;margin:10px}.lbl{font-size:11px;color:#777;margin-top:6px}.url{font-family:monospace}',
      `${TOPBAR}<main><div class="title">Inbound Integrations</div><div class="cards">${cards}</div></main>`,
    );
    expectRows(
      await openAndWait(
        'r28-04b',
        html,
        rows.map((r) => r.url),
      ),
      rows,
    );
  });

  it('R28-06 EN div list with a leading checkbox column (header: select-all box) and a trailing actions menu column ("⋮" button, header "Actions"): Name | Template | API URL cells between, Copy in the URL cell: each URL stored under its row\'s name', async () => {
    // Ground: README "lists are captured, each URL under its row's name"; never under a header's text.
    const rows = rowsFor('Stark');
    const body = rows
      .map(
        (r, i) =>
          `<div class="row"><div class="c s"><input type="checkbox" aria-label="Select row ${i + 1}"></div><div class="c n">${e(r.name)}</div><div class="c t">Uptrends</div><div class="c u"><span>${e(r.url)}</span> <button type="button">Copy</button></div><div class="c a"><button type="button" aria-label="More actions">⋮</button></div></div>`,
      )
      .join('');
    const html = page(
      'Inbound Integrations',
      '.row{display:flex;border-bottom:1px solid #eee}.c{padding:6px}.s{width:32px}.n{flex:1}.t{width:110px}.u{flex:2;font-family:monospace}.a{width:70px}.head{font-weight:600}',
      `${TOPBAR}<main><div class="title">Inbound Integrations</div><div class="row head"><div class="c s"><input type="checkbox" aria-label="Select all"></div><div class="c n">Name</div><div class="c t">Template</div><div class="c u">API URL</div><div class="c a">Actions</div></div>${body}</main>`,
    );
    expectRows(
      await openAndWait(
        'r28-06',
        html,
        rows.map((r) => r.url),
      ),
      rows,
    );
  });

  it("R28-07 EN div list whose header row has an extra EMPTY leading cell for row selection (rows start with a checkbox): header ( ) | Name | Template | API URL | ( ): each URL stored under its row's name", async () => {
    // Ground: README "lists are captured, each URL under its row's name".
    const rows = rowsFor('Wayne');
    const body = rows
      .map(
        (r) =>
          `<div class="row"><div class="c s"><input type="checkbox"></div><div class="c n">${e(r.name)}</div><div class="c t">Uptrends</div><div class="c u">${e(r.url)}</div><div class="c a"><button type="button">Copy</button></div></div>`,
      )
      .join('');
    const html = page(
      'Inbound Integrations',
      '.row{display:flex;border-bottom:1px solid #eee}.c{padding:6px}.s{width:32px}.n{flex:1}.t{width:110px}.u{flex:2;font-family:monospace}.a{width:70px}.head{font-weight:600}',
      `${TOPBAR}<main><div class="title">Inbound Integrations</div><div class="row head"><div class="c s"></div><div class="c n">Name</div><div class="c t">Template</div><div class="c u">API URL</div><div class="c a"></div></div>${body}</main>`,
    );
    expectRows(
      await openAndWait(
        'r28-07',
        html,
        rows.map((r) => r.url),
      ),
      rows,
    );
  });

  it('R28-08 EN div list with a status badge column BEFORE the name (header Status | Name | Template | API URL | blank; badges "Active", "Disabled"): each URL stored under its row\'s name, never under a badge', async () => {
    // Ground: README "lists are captured, each URL under its row's name"; a status is no name.
    const rows = rowsFor('Cyberdyne');
    const body = rows
      .map(
        (r, i) =>
          `<div class="row"><div class="c st"><span class="pill">${i === 1 ? 'Disabled' : 'Active'}</span></div><div class="c n">${e(r.name)}</div><div class="c t">Uptrends</div><div class="c u">${e(r.url)}</div><div class="c a"><button type="button">Copy</button></div></div>`,
      )
      .join('');
    const html = page(
      'Inbound Integrations',
      '.row{display:flex;border-bottom:1px solid #eee}.c{padding:6px}.st{width:90px}.n{flex:1}.t{width:110px}.u{flex:2;font-family:monospace}.a{width:70px}.head{font-weight:600}.pill{background:#dfd;border-radius:8px;padding:1px 6px;font-size:11px}',
      `${TOPBAR}<main><div class="title">Inbound Integrations</div><div class="row head"><div class="c st">Status</div><div class="c n">Name</div><div class="c t">Template</div><div class="c u">API URL</div><div class="c a"></div></div>${body}</main>`,
    );
    const stored = await openAndWait(
      'r28-08',
      html,
      rows.map((r) => r.url),
    );
    expect(
      stored.filter((c) => ['Active', 'Disabled'].includes(c.integrationName)).map((c) => c.integrationName),
    ).toEqual([]);
    expectRows(stored, rows);
  });

  it('R28-09 EN div rows with the status badge INSIDE the name cell, before the name ("● Active  Uptrends EU …"): each URL stored under its row\'s name (not the badge, not the header)', async () => {
    // Ground: README "each URL under its row's name"; the name cell's name is the integration's, not its status.
    const rows = rowsFor('Soylent');
    const body = rows
      .map(
        (r) =>
          `<div class="row"><div class="c n"><span class="pill">Active</span> <span class="nm">${e(r.name)}</span></div><div class="c t">Uptrends</div><div class="c u">${e(r.url)}</div><div class="c a"><button type="button">Copy</button></div></div>`,
      )
      .join('');
    const html = page(
      'Inbound Integrations',
      '.row{display:flex;border-bottom:1px solid #eee}.c{padding:6px}.n{flex:1}.t{width:110px}.u{flex:2;font-family:monospace}.a{width:70px}.head{font-weight:600}.pill{background:#dfd;border-radius:8px;padding:1px 6px;font-size:11px}',
      `${TOPBAR}<main><div class="title">Inbound Integrations</div><div class="row head"><div class="c n">Name</div><div class="c t">Template</div><div class="c u">API URL</div><div class="c a"></div></div>${body}</main>`,
    );
    const stored = await openAndWait(
      'r28-09',
      html,
      rows.map((r) => r.url),
    );
    // The README promises the row's name; a name cell that also holds "Active" may be read with it, but never as only the badge.
    const seen = rows.map((r) => stored.find((c) => c.url === r.url)?.integrationName ?? '(not stored)');
    expect(seen.filter((n) => n === 'Active' || HEADERS.includes(n))).toEqual([]);
    expect(
      rows.map((r, i) => (seen[i] ?? '').includes(r.name)),
      "each URL stored under a name that is its row's",
    ).toEqual(rows.map(() => true));
  });

  function splitGrid(rows: Row[], wrapRows: boolean): string {
    const cells = rows
      .map((r, i) => {
        const four = `<div class="c"><a href="/configurations/integrations/inbound/api/edit/${100 + i}">${e(r.name)}</a></div><div class="c">Uptrends</div><div class="c mono">${e(r.url)}</div><div class="c"><button type="button">Copy</button></div>`;
        return wrapRows ? `<div class="g">${four}</div>` : four;
      })
      .join('');
    const cols = 'display:grid;grid-template-columns:1fr 120px 2fr 80px';
    return page(
      'Inbound Integrations',
      `.g{${cols}}.h{font-weight:600;padding:6px;background:#fafafa}.c{padding:6px;border-bottom:1px solid #eee}.mono{font-family:monospace}.body{max-height:260px;overflow:auto}`,
      `${TOPBAR}<main><div class="title">Inbound Integrations</div><div class="g head"><div class="h">Name</div><div class="h">Template</div><div class="h">API URL</div><div class="h"></div></div><div class="body">${wrapRows ? cells : `<div class="g">${cells}</div>`}</div></main>`,
    );
  }

  it("R28-10 EN CSS grid list with the header in its OWN grid (outside the scrolling body grid of the same columns), body cells direct children of ONE body grid (no row elements), names drawn as links: each URL stored under its row's name", async () => {
    // Ground: README "lists are captured, each URL under its row's name"; "beside a Copy button".
    const rows = rowsFor('Tyrell');
    expectRows(
      await openAndWait(
        'r28-10',
        splitGrid(rows, false),
        rows.map((r) => r.url),
      ),
      rows,
    );
  });

  it("R28-10c EN CONTROL of R28-10: the same page, each body row its own grid <div> of the same columns (one row element per row): each URL stored under its row's name", async () => {
    // Ground: README "lists are captured, each URL under its row's name".
    const rows = rowsFor('Tyrell Control');
    expectRows(
      await openAndWait(
        'r28-10c',
        splitGrid(rows, true),
        rows.map((r) => r.url),
      ),
      rows,
    );
  });
});

/* ================================================================================================================= */
/* Details views                                                                                                    */
/* ================================================================================================================= */

describe('round 28: AlertOps saved-integration details without form markup', () => {
  it('R28-11 EN details view of label-above-value stacks in two columns ("Name" above "Uptrends EU", "Template" above "Uptrends" on the left; "API URL" above the URL and Copy on the right): stored under "Uptrends EU"', async () => {
    // Ground: README "captures the generated API URL the moment the saved integration shows it"; "labelled as an API URL"; "the popup shows each capture's name"; domain.md "Integration Name" in Basic Settings.
    const url = validUrl();
    const html = page(
      'Uptrends EU',
      '.cols{display:flex;gap:40px;padding:16px}.col{flex:1}.stack{margin-bottom:12px}.lbl{font-size:11px;color:#777;text-transform:uppercase}.val{font-size:14px}.mono{font-family:monospace}',
      `${TOPBAR}<main><div class="cols"><div class="col"><div class="stack"><div class="lbl">Name</div><div class="val">Uptrends EU</div></div><div class="stack"><div class="lbl">Template</div><div class="val">Uptrends</div></div></div><div class="col"><div class="stack"><div class="lbl">API URL</div><div class="val mono">${e(url)}</div></div><button type="button">Copy</button></div></div></main>`,
    );
    expectNamed(await openAndWait('r28-11', html, [url]), url, 'Uptrends EU');
  });

  it('R28-12 EN details view as ONE CSS grid of two columns (labels column, values column: cells alternate label, value as direct children): Integration Name | Uptrends Production, Template | Uptrends, API URL | URL + Copy: stored under "Uptrends Production"', async () => {
    // Ground: README "labelled as an API URL"; "the popup shows each capture's name"; domain.md "Basic Settings with 'Integration Name'".
    const url = validUrl();
    const html = page(
      'Integration',
      '.kv{display:grid;grid-template-columns:180px 1fr;row-gap:10px;padding:16px}.k{color:#666}.v{}.mono{font-family:monospace}',
      `${TOPBAR}<main><div class="title">API Integration</div><div class="kv"><div class="k">Integration Name</div><div class="v">Uptrends Production</div><div class="k">Template</div><div class="v">Uptrends</div><div class="k">API URL</div><div class="v"><span class="mono">${e(url)}</span> <button type="button">Copy</button></div></div></main>`,
    );
    expectNamed(await openAndWait('r28-12', html, [url]), url, 'Uptrends Production');
  });

  it('R28-13 EN details view with labels and values in two SEPARATE column containers side by side (a div of labels: Integration Name, Template, API URL; a div of values): stored under "Uptrends Staging"', async () => {
    // Ground: README "labelled as an API URL"; "beside a Copy button"; "the popup shows each capture's name"; domain.md "Integration Name".
    const url = validUrl();
    const html = page(
      'Integration',
      '.two{display:flex;gap:24px;padding:16px}.labels div,.values div{height:28px;line-height:28px}.labels{color:#666;width:160px}.mono{font-family:monospace}',
      `${TOPBAR}<main><div class="title">API Integration</div><div class="two"><div class="labels"><div>Integration Name</div><div>Template</div><div>API URL</div></div><div class="values"><div>Uptrends Staging</div><div>Uptrends</div><div><span class="mono">${e(url)}</span> <button type="button">Copy</button></div></div></div></main>`,
    );
    expectNamed(await openAndWait('r28-13', html, [url]), url, 'Uptrends Staging');
  });

  it('R28-14 EN details view as description-list-like <div> pairs (div.dt "Integration Name" / div.dd "Uptrends Ops", …, div.dt "API URL" / div.dd the URL and Copy), each pair in its own wrapper: stored under "Uptrends Ops"', async () => {
    // Ground: README "labelled as an API URL"; "the popup shows each capture's name"; domain.md "Integration Name".
    const url = validUrl();
    const pair = (k: string, v: string) =>
      `<div class="pair"><div class="dt">${k}</div><div class="dd">${v}</div></div>`;
    const html = page(
      'Integration',
      '.pair{display:flex;padding:6px 16px;border-bottom:1px solid #f0f0f0}.dt{width:180px;color:#666}.dd{flex:1}.mono{font-family:monospace}',
      `${TOPBAR}<main><div class="title">API Integration</div><div class="dl">${pair('Integration Name', 'Uptrends Ops')}${pair('Template', 'Uptrends')}${pair('Escalation Policy', 'Default policy')}${pair('API URL', `<span class="mono">${e(url)}</span> <button type="button">Copy</button>`)}</div></main>`,
    );
    expectNamed(await openAndWait('r28-14', html, [url]), url, 'Uptrends Ops');
  });

  it('R28-15 EN details view with bold run-in labels: <div><b>Integration Name</b> Uptrends Night Shift</div>, <div><b>Template</b> Uptrends</div>, <div><b>API URL</b> URL <button>Copy</button></div>: stored under "Uptrends Night Shift"', async () => {
    // Ground: README "labelled as an API URL"; "beside a Copy button"; "the popup shows each capture's name"; domain.md "Integration Name".
    const url = validUrl();
    const html = page(
      'Integration',
      '.line{padding:6px 16px}.mono{font-family:monospace}',
      `${TOPBAR}<main><div class="title">API Integration</div><div class="line"><b>Integration Name</b> Uptrends Night Shift</div><div class="line"><b>Template</b> Uptrends</div><div class="line"><b>API URL</b> <span class="mono">${e(url)}</span> <button type="button">Copy</button></div></main>`,
    );
    expectNamed(await openAndWait('r28-15', html, [url]), url, 'Uptrends Night Shift');
  });

  it('R28-16 EN details view whose name is only a large title <div> (no "Name" label), then label-above-value stacks "Template" / "Uptrends" and "API URL" / the URL with Copy: the URL stored, not under a label\'s text', async () => {
    // Ground: README "labelled as an API URL"; names only in a card title are not promised ("Names only … a card title"), so only "not a label's text" is asserted.
    const url = validUrl();
    const html = page(
      'Integration',
      '.hero{font-size:24px;font-weight:700;padding:16px}.stack{padding:4px 16px}.lbl{font-size:11px;color:#777}.mono{font-family:monospace}',
      `${TOPBAR}<main><div class="hero">Uptrends Weekend</div><div class="stack"><div class="lbl">Template</div><div>Uptrends</div></div><div class="stack"><div class="lbl">API URL</div><div><span class="mono">${e(url)}</span> <button type="button">Copy</button></div></div></main>`,
    );
    const stored = await openAndWait('r28-16', html, [url]);
    const entry = stored.find((c) => c.url === url);
    expect(entry, 'the URL is stored').toBeDefined();
    expect(HEADERS, "not stored under a label's text").not.toContain(entry?.integrationName);
  });

  it('R28-17 no key shown by any page of this file appears in a console line of a page, the popup or the worker', async () => {
    // Ground: README "Never logged (tests capture every console line … and search them for the key)".
    const popup = await browser.openPopup();
    await sleep(1000);
    await popup.close();
    const joined = browser.logs.join('\n').toLowerCase();
    const leaked = issuedKeys().filter((k) => joined.includes(k.toLowerCase()));
    expect(leaked).toEqual([]);
  });
});
