/**
 * The bench's two browsers: headless Chromium with a private copy of dist/chrome loaded, and the same Chromium without
 * any extension (the baseline every overhead is compared with). Same flags otherwise (see test/browser/chromium.ts).
 * The extension is copied first so that a build running elsewhere during the bench cannot change it mid-run.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { CHROME_BUILD, chromiumArgs, ROOT } from '../browser/chromium.ts';
import type { ConsoleServer } from '../rig/server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BenchBrowser {
  context: BrowserContext;
  /** Undefined for the baseline browser. */
  extensionId: string | undefined;
  worker(): Promise<Worker>;
  /** An extension page (options.html) kept open for storage reads, writes and listeners. */
  extensionPage(): Promise<Page>;
  close(): Promise<void>;
}

export const SCRATCH = join(ROOT, '.test-tmp');

/** A private copy of dist/chrome for this run. */
export function snapshotExtension(): string {
  mkdirSync(SCRATCH, { recursive: true });
  const dir = mkdtempSync(join(SCRATCH, 'bench-ext-'));
  cpSync(CHROME_BUILD, dir, { recursive: true });
  return dir;
}

export async function launchBench(server: ConsoleServer, extensionDir: string | undefined): Promise<BenchBrowser> {
  mkdirSync(SCRATCH, { recursive: true });
  const profile = mkdtempSync(join(SCRATCH, 'bench-chromium-'));
  process.env.TMPDIR = SCRATCH;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ...(extensionDir ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
    args: chromiumArgs(server.port, extensionDir),
    viewport: { width: 1280, height: 860 },
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  const worker = async () => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return existing ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  };
  const extensionId = extensionDir ? new URL((await worker()).url()).host : undefined;
  let extPage: Page | undefined;

  return {
    context,
    extensionId,
    worker,
    async extensionPage() {
      if (!extensionId) throw new Error('no extension in this browser');
      if (!extPage || extPage.isClosed()) {
        extPage = await context.newPage();
        await extPage.goto(`chrome-extension://${extensionId}/src/ui/options.html`);
      }
      return extPage;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The slice of the extension API used inside extension pages (page.evaluate runs there; eval-based waits do not). */
export interface ChromeSlice {
  storage: {
    local: {
      get(keys: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
    };
    onChanged: {
      addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
}

export function chromeIn(scope: unknown): ChromeSlice {
  return (scope as { chrome: ChromeSlice }).chrome;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A copy of the extension whose content scripts are readable (unminified) bundles of the same sources. */
export async function snapshotReadableExtension(
  bundle: (entry: string) => Promise<string | undefined>,
): Promise<string | undefined> {
  const dir = snapshotExtension();
  const folder = join(dir, 'src/content');
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.js'))) {
    const code = await bundle(`src/content/${name.replace(/\.js$/, '.ts')}`);
    if (!code) return undefined;
    writeFileSync(join(folder, name), code);
  }
  return dir;
}
