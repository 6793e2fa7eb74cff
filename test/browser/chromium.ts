/**
 * Real Chromium with the built extension (dist/chrome) loaded, reaching the simulated consoles on their real host names.
 * Also collects every console line of pages, popup and worker so tests can prove the URL never appears in a log.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { type ConsoleServer, hostResolverRules, startConsoleServer } from '../rig/server.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHROME_BUILD = join(ROOT, 'dist/chrome');
export const FIREFOX_BUILD = join(ROOT, 'dist/firefox');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  server: ConsoleServer;
  extensionId: string;
  /** Every console message and page error seen so far, from every page and the worker. */
  logs: string[];
  worker(): Promise<Worker>;
  /** The popup opened as a page; `tab` is the page whose tab "Fill this page" acts on. */
  openPopup(tab?: Page): Promise<Page>;
  /** What storage.local holds, read through the worker. */
  storage(): Promise<Record<string, unknown>>;
  /** Writes storage.local through an extension page: for tests that need a given stored state. */
  setStorage(items: Record<string, unknown>): Promise<void>;
  /** Stops the service worker the way Chrome does when it idles (DevTools protocol). */
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Flags for Debian's Chromium on this closed network: the consoles' host names go to the local server, nothing else
 * is fetched in the background, and the extension (when given) is loaded unpacked.
 */
export function chromiumArgs(port: number, extensionDir?: string): string[] {
  return [
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    `--host-resolver-rules=${hostResolverRules(port)}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/** The Chrome build with the optional Uptrends API permission already granted (see vite.config.ts). */
export const CHROME_E2E_BUILD = join(ROOT, 'dist/chrome-e2e');

export async function launchWithExtension(
  options: { server?: ConsoleServer; headless?: boolean; build?: string } = {},
): Promise<ExtensionBrowser> {
  const build = options.build ?? CHROME_BUILD;
  if (!existsSync(join(build, 'manifest.json'))) throw new Error(`${build} is missing: run \`npm run test:browser\``);
  const server = options.server ?? (await startConsoleServer());
  const scratch = join(ROOT, '.test-tmp');
  mkdirSync(scratch, { recursive: true });
  const profile = mkdtempSync(join(scratch, 'chromium-'));
  process.env.TMPDIR = scratch;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(server.port, build),
    viewport: { width: 1280, height: 860 },
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const logs: string[] = [];
  const watchPage = (page: Page) => {
    page.on('console', (message) => logs.push(`[page ${page.url()}] ${message.text()}`));
    page.on('pageerror', (error) => logs.push(`[page error] ${error.message}`));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  const watchWorker = (worker: Worker) => worker.on('console', (message) => logs.push(`[worker] ${message.text()}`));
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);

  const worker = async () => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return existing ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  };
  const extensionId = new URL((await worker()).url()).host;

  const storage = async () => {
    const page = await context.newPage();
    try {
      await page.goto(`chrome-extension://${extensionId}/src/ui/options.html`);
      return await page.evaluate(() => chrome.storage.local.get(null));
    } finally {
      await page.close();
    }
  };

  return {
    context,
    server,
    extensionId,
    logs,
    worker,
    storage,
    async openPopup(tab?: Page) {
      let query = '';
      if (tab) {
        // Without the "tabs" permission tab URLs are hidden, so the tab is found as the active one, from the worker.
        await tab.bringToFront();
        const id = await (await worker()).evaluate(async () => {
          const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          return active?.id;
        });
        if (id === undefined) throw new Error('tab not found for the popup');
        query = `?tab=${id}`;
      }
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/src/ui/popup.html${query}`);
      return popup;
    },
    async setStorage(items: Record<string, unknown>) {
      const page = await context.newPage();
      try {
        await page.goto(`chrome-extension://${extensionId}/src/ui/options.html`);
        await page.evaluate((values) => chrome.storage.local.set(values), items);
      } finally {
        await page.close();
      }
    },
    async stopWorker() {
      const page = await context.newPage();
      try {
        const session = await context.newCDPSession(page);
        await session.send('ServiceWorker.enable');
        await session.send('ServiceWorker.stopAllWorkers');
        await session.detach();
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close();
      if (!options.server) await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Runs `run` on a fresh page of the browser and closes the page afterwards, whatever happened. */
/** How long closing a page may take before the test goes on without waiting for it. */
const PAGE_CLOSE_MS = 15_000;

export async function withPage<T>(browser: ExtensionBrowser, run: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.context.newPage();
  try {
    return await run(page);
  } finally {
    // Closing is teardown, after the test's verdict. About once in forty runs of blind-combos C09 under load, close()
    // never settled after the journey's last step (why is not known yet: in the runs that closed, the page's main thread
    // answered at the end). Said, not waited for.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const closed = await Promise.race([
      page.close().then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), PAGE_CLOSE_MS);
      }),
    ]);
    clearTimeout(timer);
    if (!closed) console.warn(`[test] a page did not close within ${PAGE_CLOSE_MS} ms: ${page.url()}`);
  }
}

/** Polls `read` until `accept` holds (extension pages forbid eval, so waitForFunction cannot be used there). */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeout = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T = await read();
  while (!accept(last)) {
    if (Date.now() > deadline)
      throw new Error(`condition not met within ${timeout} ms; last value: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last;
}

export interface StoredCapture {
  id: string;
  url: string;
  integrationName: string;
  template: string;
  consoleHost: string;
  filled?: { uptrendsName: string };
  attachments?: { definition: string; level: string }[];
}

export async function storedCaptures(browser: ExtensionBrowser): Promise<StoredCapture[]> {
  const stored = await browser.storage();
  const state = stored.bridgeState as { captures?: StoredCapture[] } | undefined;
  return state?.captures ?? [];
}

/** Waits until `url` is stored, and gives its stored entry. */
export async function waitForStoredCapture(
  browser: ExtensionBrowser,
  url: string,
  timeout = 10_000,
): Promise<StoredCapture> {
  const list = await eventually(
    () => storedCaptures(browser),
    (captures) => captures.some((capture) => capture.url === url),
    timeout,
  );
  return list.find((capture) => capture.url === url) as StoredCapture;
}

// biome-ignore lint/suspicious/noExplicitAny: a test page's own model, read as is
export type PageModel = any;

/** A test page's own model (`window[name]`, what its Save would send), as plain data. */
export function pageModel(page: Page, name = 'model'): Promise<PageModel> {
  return page.evaluate((key) => JSON.parse(JSON.stringify((window as PageModel)[key] ?? null)), name);
}

/** Screenshots the tests make for the README land in artifacts/screenshots (the README shows copies in test/screenshots). */
export function screenshotPath(name: string): string {
  const dir = join(ROOT, 'artifacts/screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
