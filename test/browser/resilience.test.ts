/**
 * Faults and races in real Chromium with the built extension: damaged storage, two tabs capturing at once, a worker
 * stopped in the middle of the journey, and the "forget" settings.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveUptrendsIntegration } from './alertops-journey.ts';
import {
  type ExtensionBrowser,
  eventually,
  launchWithExtension,
  storedCaptures,
  withPage as withBrowserPage,
} from './chromium.ts';
import {
  capturedUrls,
  clearLocalStorage,
  htmlPage,
  issuedKeys,
  labelledUrl,
  newKey,
  serve,
  setSyncSettings,
  sleep,
  validUrl,
} from './hostile-pages.ts';
import {
  DEFINITION_ID,
  noticeText,
  openNewAlertOpsEditor,
  type SavedDefinition,
  type SavedIntegration,
  saveAndCapture,
  UPTRENDS_LABELS,
  uptrendsUrl,
} from './uptrends-journey.ts';

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

let pages = 0;

/** Shows a saved integration called `name` on a routed AlertOps page and waits until its URL is stored. */
async function captureOnPage(name: string): Promise<string> {
  const url = validUrl();
  const path = `/resilience/integration-${++pages}`;
  await serve(browser, `https://acme.alertops.com${path}*`, htmlPage(name, `<h1>${name}</h1>${labelledUrl(url)}`));
  await withPage(async (page) => {
    await page.goto(`https://acme.alertops.com${path}`);
    await eventually(
      () => capturedUrls(browser),
      (urls) => urls.includes(url),
    );
  });
  return url;
}

function aCapture(url: string, name: string, capturedAt: number) {
  return {
    id: crypto.randomUUID(),
    url,
    integrationName: name,
    template: 'Uptrends',
    consoleHost: 'acme.alertops.com',
    capturedAt,
    lastSeenAt: capturedAt,
    attachments: [],
  };
}

const NEWER = 'Stored data comes from a newer version of the extension.';
const DAMAGED = 'Stored data was damaged or not ours, so it was set aside.';

describe('damaged or foreign stored data', () => {
  const lookalike = `https://notify.alertops.com.evil.net/POSTAlert/${newKey()}/Uptrends`;
  const variants: [string, unknown, string][] = [
    ['a newer version', { version: 99, captures: [] }, NEWER],
    ['a bare newer version', { version: 99 }, NEWER],
    ['captures that are not a list', { version: 1, captures: 'x' }, DAMAGED],
    ['a string', 'bridge', DAMAGED],
    ['a number', 42, DAMAGED],
    ['a boolean', true, DAMAGED],
    ['a list of junk (the prototype shape)', ['junk', 1, null], DAMAGED],
    ['the version as text', { version: '1', captures: [] }, DAMAGED],
    ['a negative version', { version: -1, captures: [] }, DAMAGED],
    ['a fractional version', { version: 0.5, captures: [] }, DAMAGED],
    ['a capture with a lookalike URL', { version: 1, captures: [aCapture(lookalike, 'Evil', Date.now())] }, DAMAGED],
    [
      'a capture with an oversized name',
      { version: 1, captures: [aCapture(validUrl(), 'x'.repeat(5000), Date.now())] },
      DAMAGED,
    ],
    ['a chosen id that is not text', { version: 1, captures: [], chosenId: 5 }, DAMAGED],
    ['Uptrends names that are not a list', { version: 1, captures: [], uptrendsNames: 'x' }, DAMAGED],
  ];

  async function checkVariant(label: string, value: unknown, warning: string): Promise<void> {
    await clearLocalStorage(browser);
    await browser.setStorage({ bridgeState: value });
    const errorsBefore = browser.logs.filter((line) => line.startsWith('[page error]')).length;
    const popup = await browser.openPopup();
    try {
      await popup.getByRole('heading', { name: 'Uptrends ⇄ AlertOps' }).waitFor();
      await popup.getByRole('alert').filter({ hasText: warning }).waitFor({ timeout: 5000 });
      await popup.getByRole('heading', { name: 'No AlertOps URL captured yet' }).waitFor();
      const stored = await browser.storage();
      expect(stored.bridgeStateQuarantine, label).toMatchObject({ data: value });
      expect(stored.bridgeState, label).toEqual({ version: 1, captures: [], uptrendsNames: [] });

      const name = `After ${label}`;
      const url = await captureOnPage(name);
      expect((await storedCaptures(browser)).map((c) => c.url)).toEqual([url]);
      await popup.getByRole('listitem').filter({ hasText: name }).waitFor({ timeout: 5000 });
      expect(browser.logs.filter((line) => line.startsWith('[page error]')).length, label).toBe(errorsBefore);
    } finally {
      await popup.close();
    }
  }

  it('sets foreign values aside, warns in the popup, and captures again afterwards (1/2)', async () => {
    for (const [label, value, warning] of variants.slice(0, 7)) await checkVariant(label, value, warning);
  });

  it('sets damaged states aside, warns in the popup, and captures again afterwards (2/2)', async () => {
    for (const [label, value, warning] of variants.slice(7)) await checkVariant(label, value, warning);
  });

  it('keeps a capture that arrives while the stored state is damaged, and still warns', async () => {
    await clearLocalStorage(browser);
    await browser.setStorage({ bridgeState: { version: 1, captures: 'x' } });
    const url = await captureOnPage('Captured over damage');
    const stored = await browser.storage();
    expect(stored.bridgeStateQuarantine).toMatchObject({ data: { version: 1, captures: 'x' } });
    expect((await storedCaptures(browser)).map((c) => c.url)).toEqual([url]);
    const popup = await browser.openPopup();
    await popup.getByRole('alert').filter({ hasText: DAMAGED }).waitFor({ timeout: 5000 });
    await popup.getByRole('listitem').filter({ hasText: 'Captured over damage' }).waitFor();
    await popup.close();
  });

  it('takes a forgotten URL out of the data set aside too, and "Forget all" takes that data and its warning away', async () => {
    await clearLocalStorage(browser);
    const [first, second, third] = [validUrl(), validUrl(), validUrl()];
    const keyOf = (url: string) => url.split('/').at(-2) ?? url;
    const now = Date.now();
    // One damaged entry beside intact captures: the intact ones stay listed, the whole value is set aside. ("Forget all"
    // is offered from two captures on.)
    await browser.setStorage({
      bridgeState: {
        version: 1,
        captures: [
          aCapture(first, 'Set aside one', now - 1000),
          aCapture(second, 'Set aside two', now - 2000),
          aCapture(third, 'Set aside three', now - 3000),
          7,
        ],
      },
    });
    const popup = await browser.openPopup();
    try {
      await popup.getByRole('alert').filter({ hasText: DAMAGED }).waitFor({ timeout: 5000 });
      const setAside = async () => JSON.stringify((await browser.storage()).bridgeStateQuarantine ?? null);
      expect(await setAside()).toContain(keyOf(first));

      await popup.getByRole('button', { name: 'Forget the URL of Set aside one' }).click();
      await eventually(setAside, (json) => !json.includes(keyOf(first)));
      expect(await setAside()).toContain(keyOf(second));

      await popup.getByRole('button', { name: 'Forget all' }).click();
      await popup.getByRole('button', { name: 'Yes, forget all' }).click();
      await popup.getByRole('heading', { name: 'No AlertOps URL captured yet' }).waitFor();
      await eventually(setAside, (json) => json === 'null');
      expect((await browser.storage()).bridgeProblem).toBeUndefined();
      await popup.getByRole('alert').filter({ hasText: DAMAGED }).waitFor({ state: 'detached', timeout: 5000 });
    } finally {
      await popup.close();
    }
  });

  it('deletes the data set aside when the user asks, keeping the intact capture', async () => {
    await clearLocalStorage(browser);
    const intact = validUrl();
    const lost = `https://notify.alertops.com/POSTAlert/${newKey()}/Uptrends`;
    // Nothing to "Forget all" here (one capture): the warning offers to delete what was set aside, URLs and all.
    await browser.setStorage({
      bridgeState: {
        version: 1,
        captures: [aCapture(intact, 'Still intact', Date.now()), { ...aCapture(lost, 'Damaged', Date.now()), id: 5 }],
      },
    });
    const popup = await browser.openPopup();
    try {
      const banner = popup.getByRole('alert').filter({ hasText: DAMAGED });
      await banner.waitFor({ timeout: 5000 });
      expect(JSON.stringify((await browser.storage()).bridgeStateQuarantine)).toContain(lost);
      await banner.getByRole('button', { name: 'Delete the set-aside data' }).click();
      await banner.waitFor({ state: 'detached', timeout: 5000 });
      await popup.getByText('The set-aside data was deleted.').waitFor();
      const stored = await browser.storage();
      expect(stored.bridgeStateQuarantine).toBeUndefined();
      expect(stored.bridgeProblem).toBeUndefined();
      expect((await storedCaptures(browser)).map((c) => c.url)).toEqual([intact]);
    } finally {
      await popup.close();
    }
  });
});

describe('races', () => {
  it('keeps every capture exactly once when two tabs capture 150 URLs at the same time', async () => {
    await clearLocalStorage(browser);
    const shared = Array.from({ length: 50 }, () => validUrl());
    const onlyA = Array.from({ length: 50 }, () => validUrl());
    const onlyB = Array.from({ length: 50 }, () => validUrl());
    const table = (title: string, urls: string[]) =>
      htmlPage(
        title,
        `<h1>${title}</h1><table><thead><tr><th>Integration</th><th>API URL</th></tr></thead><tbody>${urls
          .map((url, i) => `<tr><td>Uptrends ${i}</td><td>${url}</td></tr>`)
          .join('')}</tbody></table>`,
      );
    await serve(browser, 'https://acme.alertops.com/resilience/tab-a*', table('Tab A', [...shared, ...onlyA]));
    await serve(
      browser,
      'https://acme.alertops.com/resilience/tab-b*',
      table('Tab B', [...onlyB, ...shared].reverse()),
    );
    const expected = new Set([...shared, ...onlyA, ...onlyB]);
    const [a, b] = [await browser.context.newPage(), await browser.context.newPage()];
    try {
      await Promise.all([
        a.goto('https://acme.alertops.com/resilience/tab-a'),
        b.goto('https://acme.alertops.com/resilience/tab-b'),
      ]);
      const check = async () => {
        const captures = await eventually(
          () => storedCaptures(browser),
          (list) => list.length >= 150,
          30_000,
        );
        await sleep(1500);
        const settled = await storedCaptures(browser);
        expect(settled).toHaveLength(150);
        expect(new Set(settled.map((c) => c.url)).size).toBe(150);
        expect(new Set(settled.map((c) => c.id)).size).toBe(150);
        expect(settled.filter((c) => !expected.has(c.url))).toEqual([]);
        expect(captures.length).toBe(150);
      };
      await check();
      // Both tabs show everything again at the same time: refreshed, never doubled.
      await Promise.all([a.reload(), b.reload()]);
      await a.getByRole('heading', { name: 'Tab A' }).waitFor();
      await b.getByRole('heading', { name: 'Tab B' }).waitFor();
      await sleep(2000);
      await check();
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('finishes the journey when the worker is stopped between capture, fill and tick', async () => {
    await clearLocalStorage(browser);
    const name = 'Uptrends restarted';
    await withPage(async (page) => {
      const url = await saveUptrendsIntegration(page, browser.server, { ui: 'current', name });
      await eventually(
        () => capturedUrls(browser),
        (urls) => urls.includes(url),
      );

      await browser.stopWorker();
      await openNewAlertOpsEditor(page, browser.server, { lang: 'en' });
      await expect.poll(() => noticeText(page), { timeout: 10_000 }).toContain('AlertOps URL filled in');
      const sent = (await saveAndCapture(page, browser.server, 'en', '/api/integrations')).body as SavedIntegration;
      expect(sent.type).toBe('AlertOps');
      expect(sent.name).toBe(`AlertOps - ${name}`);
      expect(Object.values(sent.variables)).toEqual([{ mode: 'here', value: url }]);
      await eventually(
        () => storedCaptures(browser),
        (list) => list.find((c) => c.url === url)?.filled?.uptrendsName === `AlertOps - ${name}`,
      );

      await page.goto(uptrendsUrl(browser.server, `/Alerting/AlertDefinitions/${DEFINITION_ID}`, { lang: 'en' }));
      const baseline = (await saveAndCapture(page, browser.server, 'en', '/api/alertdefinitions'))
        .body as SavedDefinition;
      await browser.stopWorker();
      await page.getByRole('tab', { name: `${UPTRENDS_LABELS.en.escalationLevel} 1` }).click();
      const box = page.getByRole('checkbox', { name: 'AlertOps production', exact: true });
      await expect.poll(() => box.getAttribute('aria-checked').catch(() => null), { timeout: 10_000 }).toBe('true');
      const saved = (await saveAndCapture(page, browser.server, 'en', '/api/alertdefinitions')).body as SavedDefinition;
      const expected = structuredClone(baseline);
      for (const level of expected.levels) {
        for (const integration of level.integrations) {
          if (integration.name === 'AlertOps production' && level.level === 1) integration.checked = true;
        }
      }
      expect(saved).toEqual(expected);
      await eventually(
        () => storedCaptures(browser),
        (list) => (list.find((c) => c.url === url)?.attachments ?? []).length > 0,
      );
    });
  });
});

describe('forget settings', () => {
  it('forgets a URL once it was filled when the user asked for that', async () => {
    await clearLocalStorage(browser);
    await setSyncSettings(browser, { forgetOnceFilled: true });
    try {
      const kept = await captureOnPage('Kept meanwhile');
      const url = await captureOnPage('Forget once filled');
      await withPage(async (page) => {
        await openNewAlertOpsEditor(page, browser.server, { lang: 'en' });
        await expect.poll(() => noticeText(page), { timeout: 10_000 }).toContain('AlertOps URL filled in');
        const sent = (await saveAndCapture(page, browser.server, 'en', '/api/integrations')).body as SavedIntegration;
        expect(Object.values(sent.variables)).toEqual([{ mode: 'here', value: url }]);
      });
      // The fill marked it; the popup leaves it out at once, and has the worker drop it from storage when it opens.
      await eventually(
        () => storedCaptures(browser),
        (list) => list.find((c) => c.url === url)?.filled !== undefined || !list.some((c) => c.url === url),
      );
      const popup = await browser.openPopup();
      await popup.getByRole('listitem').filter({ hasText: 'Kept meanwhile' }).waitFor();
      expect(await popup.getByRole('listitem').filter({ hasText: 'Forget once filled' }).count()).toBe(0);
      await eventually(
        () => capturedUrls(browser),
        (urls) => urls.length === 1 && urls[0] === kept,
      );
      const state = (await browser.storage()).bridgeState as { uptrendsNames: string[] };
      expect(state.uptrendsNames).toContain('AlertOps - Forget once filled');
      await popup.close();
    } finally {
      await setSyncSettings(browser, {});
    }
  });

  it('forgets a URL when it is due, in a browser left alone (nothing opened, nothing captured)', async () => {
    await clearLocalStorage(browser);
    await setSyncSettings(browser, { forgetAfterHours: 1 });
    try {
      const due = validUrl();
      // Due in 6 s; what the worker does next is the only thing that can remove it before any look at the state.
      await browser.setStorage({
        bridgeState: {
          version: 1,
          captures: [aCapture(due, 'Due soon', Date.now() - 3_600_000 + 6000)],
          uptrendsNames: [],
        },
      });
      // One change through the worker (a capture) sets the alarm for the oldest URL.
      const kept = await captureOnPage('Captured after');
      expect(await capturedUrls(browser)).toEqual(expect.arrayContaining([due, kept]));
      // Reading storage from an extension page is no look through the worker: only its alarm forgets the URL.
      await eventually(
        () => capturedUrls(browser),
        (urls) => urls.length === 1 && urls[0] === kept,
        20_000,
      );
    } finally {
      await setSyncSettings(browser, {});
    }
  });

  it('forgets a URL older than the hours the user set, and keeps a recent one', async () => {
    await clearLocalStorage(browser);
    await setSyncSettings(browser, { forgetAfterHours: 1 });
    try {
      const old = validUrl();
      const recent = validUrl();
      const now = Date.now();
      await browser.setStorage({
        bridgeState: {
          version: 1,
          captures: [
            aCapture(recent, 'Recent one', now - 10 * 60_000),
            aCapture(old, 'Two hours old', now - 2 * 3_600_000),
          ],
          uptrendsNames: [],
        },
      });
      const popup = await browser.openPopup();
      await popup.getByRole('listitem').filter({ hasText: 'Recent one' }).waitFor();
      expect(await popup.getByRole('listitem').filter({ hasText: 'Two hours old' }).count()).toBe(0);
      // Shown without it at once; the worker, asked by the popup, removes it from storage.
      await eventually(
        () => capturedUrls(browser),
        (urls) => urls.length === 1 && urls[0] === recent,
      );
      await popup.close();
    } finally {
      await setSyncSettings(browser, {});
    }
  });
});

describe('secrets', () => {
  it('never writes any key of these tests into any log', () => {
    const keys = [
      ...issuedKeys(),
      ...browser.server.createdIntegrations.map((created) => created.url.split('/').at(-2) ?? created.url),
    ];
    expect(keys.length).toBeGreaterThan(150);
    const logs = browser.logs.join('\n');
    for (const key of keys) expect(logs).not.toContain(key);
  });
});
