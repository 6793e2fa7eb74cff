/**
 * Real Firefox (Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi) with the built extension
 * (dist/firefox) installed, reaching the simulated consoles on their real host names.
 *
 * Firefox has no host-resolver rules with ports: `network.dns.forceResolve` sends every host name to 127.0.0.1, so the
 * console server listens on 443 (needs root). `firefoxSkipReason()` says why the suite cannot run on this machine.
 *
 * Firefox-specific pieces, each found by trying (Firefox 153 ESR, puppeteer-core 24):
 * - Extension pages: WebDriver BiDi refuses to navigate to moz-extension:// ("not allowed in this context") unless
 *   Firefox runs with `--remote-allow-system-access`; and even then it sends no load events for extension documents
 *   (the Remote Agent skips extension contexts, bug 1755014), so `page.goto` would never settle: `openExtensionPage`
 *   starts the navigation and polls the document instead. Evaluating script in the page works.
 * - The moz-extension UUID is random per profile; the pref `extensions.webextensions.uuids` fixes it before install.
 * - Host permissions: in MV3 Firefox treats the content scripts' `matches` as host permissions the user controls. With
 *   `extensions.originControls.grantByDefault` (true by default since Firefox 127, set here explicitly so the run does
 *   not depend on the default) they are granted at install, as a store install would. With the pref false,
 *   `permissions.getAll()` lists no origins after install (tried), and the content scripts would not run until the user
 *   allows the sites in the add-on's permissions. firefox.test.ts checks the grant.
 * - Logs: BiDi reports console messages of web pages only, not of the extension's pages or background script. With the
 *   `devtools.console.stdout.*` prefs Firefox also prints every console call (pages, content scripts, extension pages,
 *   background) on its stdout, which is collected here with the page console events.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { type ConsoleServer, startConsoleServer } from '../rig/server.ts';
import { eventually, FIREFOX_BUILD, ROOT, type StoredCapture } from './chromium.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Fixed moz-extension UUID, so the extension's pages have a known address. */
export const EXTENSION_UUID = '6a1f3c2e-9b7d-4e5f-8a21-0c4d5e6f7a8b';
const PAGE_TIMEOUT = 15_000;
const VIEWPORT = { width: 1280, height: 860 };

interface BuiltManifest {
  browser_specific_settings: { gecko: { id: string } };
  content_scripts: { matches: string[] }[];
}

export function firefoxManifest(): BuiltManifest {
  try {
    return JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8')) as BuiltManifest;
  } catch {
    throw new Error('dist/firefox is missing: run `npm run build` first');
  }
}

/** Why the Firefox suite cannot run here (undefined when it can): it needs firefox-esr and port 443. */
export async function firefoxSkipReason(): Promise<string | undefined> {
  if (!existsSync(FIREFOX)) return `${FIREFOX} is not installed`;
  if (process.getuid?.() !== 0) return 'not running as root: the console server cannot listen on port 443';
  const problem = await new Promise<string | undefined>((resolve) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(`port 443 is not available (${error.code})`));
    probe.listen(443, '127.0.0.1', () => probe.close(() => resolve(undefined)));
  });
  return problem;
}

/** The slice of Firefox's `browser` namespace that tests call inside extension pages. */
export interface FirefoxExtensionApi {
  storage: { local: { get(keys: null): Promise<Record<string, unknown>>; clear(): Promise<void> } };
  permissions: {
    getAll(): Promise<{ origins?: string[]; permissions?: string[] }>;
    contains(query: { origins?: string[]; permissions?: string[] }): Promise<boolean>;
  };
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** What an extension page's global object offers (Firefox's promise-based `browser` namespace). */
export interface InExtensionPage {
  browser: FirefoxExtensionApi;
}

export interface FirefoxWithExtension {
  browser: Browser;
  server: ConsoleServer;
  /** Every console message and page error seen so far: web pages (BiDi) and everything Firefox printed (stdout). */
  logs: string[];
  newPage(): Promise<Page>;
  /** An extension page with an `#app` root (popup, options), e.g. `src/ui/popup.html?tab=3`, loaded and rendered. */
  openExtensionPage(path: string): Promise<Page>;
  /** The popup opened as a page; `tab` is the page whose tab "Fill this page" acts on. */
  openPopup(tab?: Page): Promise<Page>;
  /**
   * Runs `fn(arg)` in an extension page that stays open for the whole session. `fn` is serialised: inside it, reach
   * the extension API as `(globalThis as unknown as InExtensionPage).browser`.
   */
  inExtension<T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T>;
  /** What storage.local holds. */
  storage(): Promise<Record<string, unknown>>;
  /** Empties storage.local: nothing captured, as "Forget all" leaves it (settings live in storage.sync). */
  clearStorage(): Promise<void>;
  captures(): Promise<StoredCapture[]>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const manifest = firefoxManifest();
  const server = await startConsoleServer({ port: 443 });
  const logs: string[] = [];
  const scratch = join(ROOT, '.test-tmp');
  mkdirSync(scratch, { recursive: true });
  const profile = mkdtempSync(join(scratch, 'firefox-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      userDataDir: profile,
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.dns.forceResolve': '127.0.0.1',
        'extensions.webextensions.uuids': JSON.stringify({
          [manifest.browser_specific_settings.gecko.id]: EXTENSION_UUID,
        }),
        'extensions.originControls.grantByDefault': true,
        'devtools.console.stdout.content': true,
        'devtools.console.stdout.chrome': true,
      },
    });
  } catch (error) {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const child = browser.process();
  for (const stream of [child?.stdout, child?.stderr]) {
    let partial = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (line.trim() !== '') logs.push(`[firefox] ${line}`);
    });
  }
  const watchPage = (page: Page) => {
    page.on('console', (message) => logs.push(`[page ${page.url()}] ${message.text()}`));
    page.on('pageerror', (error) => logs.push(`[page error] ${error instanceof Error ? error.message : error}`));
  };
  browser.on('targetcreated', (target) => {
    void target.page().then((page) => page && watchPage(page));
  });
  for (const page of await browser.pages()) watchPage(page);

  try {
    await browser.installExtension(FIREFOX_BUILD);
  } catch (error) {
    await browser.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }

  const newPage = async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    // Same window size as the Chromium rig. (At puppeteer's default 800×600 the extension's bottom-right notice covers
    // the Uptrends definition page's sticky Save button, so a click on Save lands on the notice.)
    await page.setViewport(VIEWPORT);
    return page;
  };

  const openExtensionPage = async (path: string) => {
    const page = await newPage();
    const url = `moz-extension://${EXTENSION_UUID}/${path}`;
    // No load event ever comes for an extension document (see above): start the navigation, then poll the document.
    // The pending goto settles (rejects) when the page closes.
    page.goto(url, { timeout: 0 }).catch(() => undefined);
    await eventually(
      () =>
        page
          .evaluate(
            () => `${location.href} ${document.readyState} ${document.getElementById('app')?.childElementCount}`,
          )
          .catch(() => ''),
      (state) => state.startsWith(`${url} complete `) && !state.endsWith(' 0') && !state.endsWith(' undefined'),
      PAGE_TIMEOUT,
    );
    return page;
  };

  let probe: Page | undefined;
  const inExtension = async <T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T> => {
    probe ??= await openExtensionPage('src/ui/popup.html');
    return (await probe.evaluate(fn as (value: unknown) => Promise<unknown>, arg)) as T;
  };

  const storage = () =>
    inExtension(() => (globalThis as unknown as InExtensionPage).browser.storage.local.get(null), null);

  return {
    browser,
    server,
    logs,
    newPage,
    openExtensionPage,
    inExtension,
    storage,
    clearStorage: () =>
      inExtension(() => (globalThis as unknown as InExtensionPage).browser.storage.local.clear(), null),
    async captures() {
      const state = (await storage()).bridgeState as { captures?: StoredCapture[] } | undefined;
      return state?.captures ?? [];
    },
    async openPopup(tab?: Page) {
      let query = '';
      if (tab) {
        const tabUrl = tab.url();
        const id = await inExtension(async (url) => {
          const tabs = await (globalThis as unknown as InExtensionPage).browser.tabs.query({});
          return tabs.find((t) => t.url === url)?.id;
        }, tabUrl);
        if (id === undefined) throw new Error(`no tab with ${tabUrl} for the popup`);
        query = `?tab=${id}`;
      }
      return openExtensionPage(`src/ui/popup.html${query}`);
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/**
 * Runs in a page: the form control whose visible label text is exactly `label` (`<label for>`, wrapping `<label>`, or
 * `aria-labelledby`). By DOM text on purpose: Firefox's accessible names carry CSS text-transform ("INTEGRATION NAME"),
 * and its accessibility tree does not answer puppeteer's `[role="textbox"]`, so `::-p-aria` is used for buttons only.
 */
function controlLabelled(label: string, selector: string): Element | null {
  for (const element of Array.from(document.querySelectorAll('label, [id]'))) {
    if (element.textContent?.trim() !== label) continue;
    if (element instanceof HTMLLabelElement && element.control?.matches(selector)) return element.control;
    if (element.id) {
      const fields = Array.from(document.querySelectorAll(`[aria-labelledby~="${CSS.escape(element.id)}"]`));
      const field = fields.find((candidate) => candidate.matches(selector));
      if (field) return field;
    }
  }
  return null;
}

/** Form controls a label may name; `selector` narrows it (e.g. to text inputs when a radio shares the label). */
const CONTROLS = 'input, select, textarea, [role="checkbox"], [role="textbox"], [role="combobox"]';

/** Waits for the control labelled `label` (see controlLabelled). */
export async function control(
  page: Page,
  label: string,
  selector = CONTROLS,
  timeout = PAGE_TIMEOUT,
): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(controlLabelled, { timeout }, label, selector);
  const element = handle.asElement();
  if (!element) throw new Error(`no control labelled ${label}`);
  return element as ElementHandle<Element>;
}

/** Value and checked state of the control labelled `label`, read afresh (the consoles replace nodes on render). */
export async function controlState(
  page: Page,
  label: string,
  selector = CONTROLS,
): Promise<{ value: string; checked: boolean } | null> {
  const handle = await page.evaluateHandle(controlLabelled, label, selector);
  try {
    const element = handle.asElement();
    if (!element) return null;
    return await element.evaluate((node) => ({
      value: (node as HTMLInputElement).value ?? '',
      checked: (node as Element).getAttribute('aria-checked') === 'true' || (node as HTMLInputElement).checked === true,
    }));
  } catch {
    return null;
  } finally {
    await handle.dispose().catch(() => undefined);
  }
}

export { eventually };
