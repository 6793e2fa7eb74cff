/**
 * Pages served on the consoles' real host names to Firefox through puppeteer's request interception, and reads of what
 * such a page shows, and the dump of fields, model and notices a failed wait adds: the Firefox blind files share these.
 */
import type { HTTPRequest, Page } from 'puppeteer-core';
import { eventually, type FirefoxWithExtension } from './firefox.ts';
import { escapeHtml, validUrl } from './hostile-pages.ts';

// biome-ignore lint/suspicious/noExplicitAny: the page's own model, read as is
export type AnyModel = any;

export type Reply = string | { body: string; type?: string; delay?: number; status?: number };
export type Route = Reply | ((request: HTTPRequest) => Reply);

export function json(value: unknown, delay = 0): Reply {
  return { body: JSON.stringify(value), type: 'application/json; charset=utf-8', delay };
}

/**
 * A fresh tab answering the given URLs (fragment ignored; a key ending in `*` matches a prefix): HTML strings, JSON or
 * text answers (optionally after a delay), or a function of the request. Anything else goes to the network.
 */
export async function servePages(ff: FirefoxWithExtension, routes: Record<string, Route>): Promise<Page> {
  return answerRoutes(await ff.newPage(), routes);
}

/** The pages a test opened (tabs it served, windows it added), closed together once it ends. */
export class OpenedPages {
  private readonly pages: Page[] = [];

  constructor(private readonly firefox: () => FirefoxWithExtension) {}

  async serve(routes: Record<string, Route>): Promise<Page> {
    return this.add(await servePages(this.firefox(), routes));
  }

  add(page: Page): Page {
    this.pages.push(page);
    return page;
  }

  async closeAll(): Promise<void> {
    for (const page of this.pages.splice(0)) await page.close().catch(() => undefined);
  }
}

/** Makes `page` (a tab or a window already open) answer `routes` as `servePages` does. */
export async function answerRoutes(page: Page, routes: Record<string, Route>): Promise<Page> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url().split('#')[0] ?? '';
    let route = routes[url];
    if (route === undefined) {
      const prefix = Object.keys(routes).find((k) => k.endsWith('*') && url.startsWith(k.slice(0, -1)));
      if (prefix) route = routes[prefix];
    }
    if (route === undefined) {
      void request.continue().catch(() => {});
      return;
    }
    const reply = typeof route === 'function' ? route(request) : route;
    const r = typeof reply === 'string' ? { body: reply, type: 'text/html; charset=utf-8' } : reply;
    const send = () =>
      void request
        .respond({ status: r.status ?? 200, contentType: r.type ?? 'text/html; charset=utf-8', body: r.body })
        .catch(() => {});
    if (r.delay) setTimeout(send, r.delay);
    else send();
  });
  return page;
}

/** Runs `run` on a tab serving `routes`, and closes the tab after it. */
export async function withServed<T>(
  ff: FirefoxWithExtension,
  routes: Record<string, Route>,
  run: (page: Page) => Promise<T>,
): Promise<T> {
  const page = await servePages(ff, routes);
  try {
    return await run(page);
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** A copy of the page's own `window[name]`. */
export function model(page: Page, name = 'model'): Promise<AnyModel> {
  return page.evaluate((n) => JSON.parse(JSON.stringify((window as AnyModel)[n] ?? null)), name);
}

/** The text of the extension's in-page notices and prompts. */
export function noticeText(page: Page): Promise<string> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-uptrends-alertops-bridge]'))
      .map((host) => host.shadowRoot?.textContent ?? '')
      .join('\n'),
  );
}

/** What the user sees and the page holds, for a failed wait. */
export async function explain(page: Page): Promise<string> {
  const seen = await page
    .evaluate(() => {
      const fields: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const f of Array.from(root.querySelectorAll('input,select,textarea,[role=checkbox],[role=radio]'))) {
          const el = f as HTMLInputElement;
          const role = f.getAttribute('role');
          fields.push(
            role === 'checkbox' || role === 'radio'
              ? `${el.id || el.getAttribute('value') || f.textContent?.trim()}:aria=${f.getAttribute('aria-checked')}`
              : `${el.id || el.getAttribute('aria-labelledby') || el.name || el.tagName}:${el.type === 'checkbox' ? el.checked : el.value}`,
          );
        }
        for (const host of Array.from(root.querySelectorAll('*')))
          if (host.shadowRoot && !host.hasAttribute('data-uptrends-alertops-bridge')) walk(host.shadowRoot);
      };
      walk(document);
      return { url: location.href, fields, model: (window as AnyModel).model, saved: (window as AnyModel).saved };
    })
    .catch((error) => `unreadable: ${error}`);
  return `${JSON.stringify(seen)}\nnotice: ${JSON.stringify(await noticeText(page).catch(() => ''))}`;
}

/** Polls the page model until `read` gives `expected`; a failed wait adds what `explain` dumps of the page. */
export async function pollModel(
  page: Page,
  read: (m: AnyModel) => unknown,
  expected: unknown,
  timeout: number,
  explain: (page: Page) => Promise<string>,
): Promise<void> {
  try {
    await eventually(
      async () => read(await model(page)),
      (value) => JSON.stringify(value) === JSON.stringify(expected),
      timeout,
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${await explain(page)}`);
  }
}

/** The stored capture of `url`, once the extension has stored it; a failed wait lists what is stored. */
export async function waitForCapture(ff: FirefoxWithExtension, url: string, timeout: number) {
  try {
    const list = await eventually(
      () => ff.captures(),
      (captures) => captures.some((c) => c.url === url),
      timeout,
    );
    return list.find((c) => c.url === url) as NonNullable<(typeof list)[number]>;
  } catch {
    const stored = (await ff.captures()).map((c) => c.url);
    throw new Error(`${url} not captured within ${timeout} ms; stored: ${JSON.stringify(stored)}`);
  }
}

let seeded = 0;

/**
 * A capture to fill with: serves a saved AlertOps integration named `label` (its name and a fresh API URL in a table,
 * beside a Copy button), waits until the extension has stored the URL, and returns it.
 */
export async function seedCapture(ff: FirefoxWithExtension, label: string, timeout: number): Promise<string> {
  const url = validUrl();
  const address = `https://app.alertops.com/integrations/inbound/api/edit/${93000 + ++seeded}`;
  const name = escapeHtml(label);
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AlertOps</title></head><body>
<main><h1>${name}</h1><table><tr><th>Integration Name</th><td>${name}</td></tr>
<tr><th>API URL</th><td>${url}</td><td><button type="button">Copy</button></td></tr></table></main></body></html>`;
  await withServed(ff, { [address]: page }, async (tab) => {
    await tab.goto(address);
    await waitForCapture(ff, url, timeout);
  });
  return url;
}
