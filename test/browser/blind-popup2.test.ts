/**
 * Blind round 17: the toolbar popup and the options page as a demanding user meets them (renderings P2-01…P2-22).
 *
 * Written without reading the extension's source: only the README's promises, the English message catalogue and the
 * shared browser helpers. Stored data is written the way chromium.ts allows (through an extension page), in the shape
 * the extension itself was seen to store after a real capture.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { saveUptrendsIntegration } from './alertops-journey.ts';
import { type ExtensionBrowser, eventually, launchWithExtension, storedCaptures } from './chromium.ts';
import { inExtensionPage, issuedKeys, keyOf, newKey, serve, sleep } from './hostile-pages.ts';
import { openNewAlertOpsEditor, uptrendsUrl } from './uptrends-journey.ts';

// The user-facing words, from src/static/_locales/en/messages.json.
const W = {
  show: (name: string) => `Show the full URL of ${name}`,
  hide: (name: string) => `Hide the full URL of ${name}`,
  copy: (name: string) => `Copy the URL of ${name}`,
  forget: (name: string) => `Forget the URL of ${name}`,
  useForFill: (name: string) => `Use for filling: ${name}`,
  usedForFill: (name: string) => `Used for filling: ${name}`,
  copied: (name: string) => `Copied the URL of ${name} to the clipboard.`,
  copyFailed: 'The browser did not allow copying. Show the URL and copy it by hand.',
  forgotten: (name: string) => `Forgot the URL of ${name}.`,
  undo: 'Undo',
  forgetAll: 'Forget all',
  forgetAllYes: 'Yes, forget all',
  fillPage: 'Fill this page',
  settings: 'Settings',
  listLabel: 'Captured AlertOps URLs',
  emptyTitle: 'No AlertOps URL captured yet',
  newer: 'Stored data comes from a newer version of the extension.',
  partlyDamaged:
    'Some stored data was damaged or not ours, so it was set aside. The captured URLs that were intact are listed.',
  notUptrends:
    'This tab is not an Uptrends console page (or it was opened before the extension was installed: reload it).',
  alertOpsNoUrl: 'No saved AlertOps integration URL on this page yet. Save the integration and it will be captured.',
  noCapture: 'No AlertOps URL captured yet. Save the integration in AlertOps first.',
  otherType: (type: string) => `This integration is of type “${type}”, not AlertOps: nothing was filled.`,
  filled: (name: string) => `Filled the AlertOps URL into “${name}”. Review it and click Save.`,
  namingLabel: 'Name of the integration in Uptrends',
  namingMissing: 'Include {name} in the name: it stands for the name of the AlertOps integration. Nothing was saved.',
  levelsSome: 'Only the escalation levels listed below',
  levelsList: 'Escalation level numbers',
  levelsInvalid: 'Use whole numbers from 1 to 20, separated by commas (for example: 1, 2). Nothing was saved.',
  hours: 'Forget captured URLs after (hours)',
  hoursInvalid: 'Enter a whole number of hours from 0 to 8760 (0 = never). Nothing was saved.',
  saved: 'Saved',
  preview: (alertops: string, uptrends: string) =>
    `Preview: the AlertOps integration “${alertops}” becomes “${uptrends}” in Uptrends.`,
};

let browser: ExtensionBrowser;
/** Keys the simulated AlertOps console generated during this file (the rest come from newKey()). */
const consoleKeys: string[] = [];

interface Capture {
  id: string;
  url: string;
  integrationName: string;
  template: string;
  consoleHost: string;
  capturedAt: number;
  lastSeenAt: number;
  attachments: unknown[];
}

/** A stored capture of the shape the extension writes itself, captured `minutesAgo` minutes ago. */
function capture(name: string, minutesAgo: number, url = `https://notify.alertops.com/POSTAlert/${newKey()}/Uptrends`) {
  const at = Date.now() - minutesAgo * 60_000;
  return {
    attachments: [],
    capturedAt: at,
    lastSeenAt: at,
    consoleHost: 'app.alertops.com',
    id: randomUUID(),
    integrationName: name,
    template: 'Uptrends',
    url,
  } satisfies Capture;
}

/** The item at `index`, which the test knows is there. */
function nth<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

function legacyUrl(): string {
  return `https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/${newKey()}/Uptrends`;
}

function legacyKey(url: string): string {
  return /generic\/([^/]+)\//.exec(url)?.[1] ?? url;
}

async function storeCaptures(captures: unknown[], extra: Record<string, unknown> = {}) {
  await browser.setStorage({ bridgeState: { version: 1, captures, uptrendsNames: [], ...extra } });
}

async function readSync(): Promise<Record<string, unknown>> {
  return inExtensionPage(browser, (page) => page.evaluate(() => chrome.storage.sync.get(null)));
}

async function setSettings(settings: Record<string, unknown>) {
  const full = {
    autoFill: true,
    autoTick: true,
    autoTickLevels: [],
    forgetAfterHours: 0,
    forgetOnceFilled: false,
    namingPattern: 'AlertOps - {name}',
    ...settings,
  };
  await inExtensionPage(browser, (page) =>
    page.evaluate((value) => chrome.storage.sync.set({ bridgeSettings: value }), full),
  );
}

async function popupFor(tab?: Page): Promise<Page> {
  const popup = await browser.openPopup(tab);
  await popup.getByRole('heading', { level: 1 }).waitFor();
  return popup;
}

/** Every status line the popup shows, joined. */
async function statusText(popup: Page): Promise<string> {
  return (await popup.getByRole('status').allInnerTexts()).join(' | ');
}

async function captureNames(popup: Page): Promise<string[]> {
  return popup.getByRole('list', { name: W.listLabel }).getByRole('heading', { level: 2 }).allInnerTexts();
}

/** Whether `needle` is anywhere in the page: text, attributes (aria, title, data), field values, title, shadow roots. */
async function pageHolds(page: Page, needle: string): Promise<boolean> {
  return page.evaluate((text) => {
    const parts: string[] = [document.title, document.documentElement.outerHTML];
    for (const element of document.querySelectorAll('*')) {
      const value = (element as HTMLInputElement).value;
      if (typeof value === 'string') parts.push(value);
      if (element.shadowRoot) parts.push(element.shadowRoot.innerHTML);
    }
    return parts.some((part) => part.includes(text));
  }, needle);
}

/** Every value a text field of the page holds (where a fill would land). */
async function fieldValues(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('input, textarea')].map((field) => (field as HTMLInputElement).value),
  );
}

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/ui/options.html`);
  const naming = page.getByLabel(W.namingLabel);
  await eventually(
    () => naming.inputValue(),
    (value) => value.length > 0,
  );
  return page;
}

/** Types `value` into the field as a user would (select all, type or fill), then leaves it with Tab. */
async function enter(page: Page, label: string, value: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Tab');
}

async function errorOf(page: Page, label: string): Promise<string> {
  return page.getByLabel(label, { exact: true }).evaluate((field) =>
    (field.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' | '),
  );
}

async function closeExtraPages() {
  for (const page of browser.context.pages().slice(1)) await page.close();
}

beforeAll(async () => {
  browser = await launchWithExtension();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  await closeExtraPages();
  await inExtensionPage(browser, async (page) => {
    await page.evaluate(async () => {
      await chrome.storage.local.clear();
      await (chrome.storage.sync as unknown as { clear(): Promise<void> }).clear();
    });
  });
});

describe('options: bad input gets a message and loses nothing', () => {
  it('P2-01 a naming pattern without {name} (missing, upper case, spaced, empty, blank) is refused in words, not stored, and the last good pattern and the captures survive reopening', async () => {
    const kept = capture('Kept capture', 5);
    await storeCaptures([kept]);
    const options = await openOptions();
    await enter(options, W.namingLabel, 'Paging {name}');
    await expect
      .poll(async () => ((await readSync()).bridgeSettings as { namingPattern?: string })?.namingPattern)
      .toBe('Paging {name}');
    const naming = options.getByLabel(W.namingLabel);
    for (const bad of ['No placeholder at all', '{NAME}', '{ name }', '', '    ']) {
      await enter(options, W.namingLabel, bad);
      await expect.poll(() => errorOf(options, W.namingLabel), { timeout: 3000 }).toContain(W.namingMissing);
      expect(await naming.getAttribute('aria-invalid'), `aria-invalid for ${JSON.stringify(bad)}`).toBe('true');
      await expect(options.getByText(W.namingMissing).isVisible()).resolves.toBe(true);
      await sleep(300);
      expect(((await readSync()).bridgeSettings as { namingPattern: string }).namingPattern).toBe('Paging {name}');
    }
    await options.close();

    const reopened = await openOptions();
    expect(await reopened.getByLabel(W.namingLabel).inputValue()).toBe('Paging {name}');
    expect(await reopened.getByText(W.namingMissing).count()).toBe(0);
    await expect(reopened.getByText(W.preview('Uptrends', 'Paging Uptrends')).isVisible()).resolves.toBe(true);
    expect((await storedCaptures(browser)).map((c) => c.url)).toEqual([kept.url]);
    const popup = await popupFor();
    expect(await captureNames(popup)).toEqual(['Kept capture']);
  }, 90_000);

  it('P2-02 out-of-range, negative and fractional hours and level numbers are refused in words and not stored; pasted spaces around a good number are accepted; everything survives reopening', async () => {
    const kept = capture('Kept capture', 5);
    await storeCaptures([kept]);
    const options = await openOptions();
    await enter(options, W.hours, ' 48 ');
    await options.getByLabel(W.levelsSome).check();
    await enter(options, W.levelsList, ' 2 , 3 ');
    await expect
      .poll(async () => {
        const settings = (await readSync()).bridgeSettings as { forgetAfterHours?: number; autoTickLevels?: number[] };
        return [settings?.forgetAfterHours, settings?.autoTickLevels];
      })
      .toEqual([48, [2, 3]]);

    for (const bad of ['-1', '-24', '8761', '1.5', '99999999']) {
      await enter(options, W.hours, bad);
      await expect.poll(() => errorOf(options, W.hours), { timeout: 3000 }).toContain(W.hoursInvalid);
      expect(await options.getByLabel(W.hours).getAttribute('aria-invalid')).toBe('true');
    }
    for (const bad of ['0', '21', '-3', '1.5', 'two', '99999999999999999999']) {
      await enter(options, W.levelsList, bad);
      await expect.poll(() => errorOf(options, W.levelsList), { timeout: 3000 }).toContain(W.levelsInvalid);
      expect(await options.getByLabel(W.levelsList).getAttribute('aria-invalid')).toBe('true');
    }
    await sleep(300);
    const settings = (await readSync()).bridgeSettings as { forgetAfterHours: number; autoTickLevels: number[] };
    expect([settings.forgetAfterHours, settings.autoTickLevels]).toEqual([48, [2, 3]]);
    await options.close();

    const reopened = await openOptions();
    expect(await reopened.getByLabel(W.hours).inputValue()).toBe('48');
    expect((await reopened.getByLabel(W.levelsList).inputValue()).replace(/\s/g, '')).toBe('2,3');
    expect(await reopened.getByLabel(W.levelsSome).isChecked()).toBe(true);
    expect(await reopened.getByText(W.hoursInvalid).count()).toBe(0);
    expect((await storedCaptures(browser)).map((c) => c.url)).toEqual([kept.url]);
  }, 90_000);

  it('P2-03 after a refused value the page does not still say "Saved" next to "Nothing was saved"', async () => {
    const options = await openOptions();
    await enter(options, W.namingLabel, 'Paging {name}');
    await expect.poll(() => options.getByRole('status').innerText()).toBe(W.saved);
    await enter(options, W.namingLabel, 'No placeholder');
    await expect.poll(() => errorOf(options, W.namingLabel), { timeout: 3000 }).toContain(W.namingMissing);
    await expect
      .poll(() => options.getByRole('status').innerText(), {
        timeout: 1500,
        message: 'the page status still reads "Saved" while the field says nothing was saved',
      })
      .not.toBe(W.saved);
  }, 60_000);

  it('P2-04 emoji, right-to-left text and pasted spaces in the naming pattern: kept exactly, previewed, and what Uptrends gets has no stray spaces', async () => {
    const options = await openOptions();
    const rtl = 'تنبيه {name}';
    await enter(options, W.namingLabel, rtl);
    await expect
      .poll(async () => ((await readSync()).bridgeSettings as { namingPattern?: string })?.namingPattern)
      .toBe(rtl);
    await expect(options.getByText(W.preview('Uptrends', 'تنبيه Uptrends')).isVisible()).resolves.toBe(true);
    const emoji = '🚨 {name} 🚨';
    await enter(options, W.namingLabel, emoji);
    await expect
      .poll(async () => ((await readSync()).bridgeSettings as { namingPattern?: string })?.namingPattern)
      .toBe(emoji);
    await expect(options.getByText(W.preview('Uptrends', '🚨 Uptrends 🚨')).isVisible()).resolves.toBe(true);
    await options.close();
    const reopened = await openOptions();
    expect(await reopened.getByLabel(W.namingLabel).inputValue()).toBe(emoji);
    await reopened.close();

    const alertops = await browser.context.newPage();
    const url = await saveUptrendsIntegration(alertops, browser.server, { ui: 'current', name: 'Prod' });
    consoleKeys.push(keyOf(url));
    await eventually(
      () => storedCaptures(browser),
      (list) => list.some((c) => c.url === url),
    );
    const editor = await browser.context.newPage();
    await openNewAlertOpsEditor(editor, browser.server, { lang: 'en' });
    await expect.poll(() => editor.getByLabel('Integration name').inputValue(), { timeout: 10_000 }).toBe('🚨 Prod 🚨');

    // Pasted with spaces around it: whatever is stored, Uptrends must not get a name padded with spaces.
    await setSettings({ namingPattern: '   Paging {name}   ' });
    const second = await browser.context.newPage();
    await openNewAlertOpsEditor(second, browser.server, { lang: 'en' });
    await expect
      .poll(() => second.getByLabel('Integration name').inputValue(), { timeout: 10_000 })
      .toBe('Paging Prod');
  }, 90_000);

  it('P2-05 a 5,000-character paste into the naming pattern: the field and storage never hold more than the field allows, and what is stored is what reopening shows', async () => {
    const kept = capture('Kept capture', 5);
    await storeCaptures([kept]);
    const options = await openOptions();
    const huge = `{name} ${'x'.repeat(5000)}`;
    await options.evaluate((text) => navigator.clipboard.writeText(text), huge);
    const naming = options.getByLabel(W.namingLabel);
    await naming.click();
    await naming.press('ControlOrMeta+a');
    await naming.press('ControlOrMeta+v');
    await naming.press('Tab');
    await sleep(800);
    const shown = await naming.inputValue();
    const stored = ((await readSync()).bridgeSettings as { namingPattern?: string } | undefined)?.namingPattern;
    expect(shown.length).toBeLessThanOrEqual(200);
    expect((stored ?? '').length).toBeLessThanOrEqual(200);
    if (stored !== undefined && stored !== 'AlertOps - {name}') {
      expect(stored).toBe(shown);
    } else {
      // Not stored: the page must say why.
      expect((await errorOf(options, W.namingLabel)).length).toBeGreaterThan(0);
    }
    await options.close();
    const reopened = await openOptions();
    expect(await reopened.getByLabel(W.namingLabel).inputValue()).toBe(stored ?? 'AlertOps - {name}');
    expect((await storedCaptures(browser)).map((c) => c.url)).toEqual([kept.url]);
  }, 60_000);
});

describe('damaged or foreign stored data', () => {
  it('P2-06 data from a newer version: the popup opens and says so, and the set-aside captures are still stored after Dismiss and after a new capture', async () => {
    const future = capture('From the future', 5);
    await browser.setStorage({ bridgeState: { version: 7, captures: [future], uptrendsNames: [], somethingNew: {} } });
    const popup = await popupFor();
    await expect.poll(() => popup.locator('main').innerText()).toContain(W.newer);
    expect(await pageHolds(popup, keyOf(future.url))).toBe(false);
    const dismiss = popup.getByRole('button', { name: 'Dismiss' });
    if (await dismiss.count()) await dismiss.click();
    await sleep(300);
    expect(JSON.stringify(await browser.storage())).toContain(future.url);

    const alertops = await browser.context.newPage();
    const url = await saveUptrendsIntegration(alertops, browser.server, { ui: 'current', name: 'Today' });
    consoleKeys.push(keyOf(url));
    await eventually(
      () => storedCaptures(browser),
      (list) => list.some((c) => c.url === url),
    );
    expect(JSON.stringify(await browser.storage()), 'the newer data was dropped').toContain(future.url);
    const again = await popupFor();
    expect(await captureNames(again)).toContain('Today');
  }, 60_000);

  it('P2-07 set-aside data survives a second, unrelated damage (a reasonable product could keep only the last incident; the safer keeps both)', async () => {
    const future = capture('From the future', 5);
    await browser.setStorage({ bridgeState: { version: 7, captures: [future], uptrendsNames: [] } });
    const first = await popupFor();
    await expect.poll(() => first.locator('main').innerText()).toContain(W.newer);
    await first.close();
    expect(JSON.stringify(await browser.storage())).toContain(future.url);

    await browser.setStorage({ bridgeState: 'overwritten by something else' });
    const second = await popupFor();
    await expect.poll(() => second.locator('main').innerText()).toMatch(/damaged or not ours/);
    expect(
      JSON.stringify(await browser.storage()),
      'the captures set aside at the first incident are gone after the second',
    ).toContain(future.url);
  }, 60_000);

  it('P2-08 two captures sharing one id: both are listed, only one is marked for filling, and forgetting one leaves the other', async () => {
    const first = capture('First', 1);
    const second = { ...capture('Second', 2), id: first.id };
    await storeCaptures([first, second]);
    const popup = await popupFor();
    await expect.poll(() => captureNames(popup)).toEqual(['First', 'Second']);
    const marked = await popup
      .locator('button[aria-pressed="true"]')
      .evaluateAll((buttons) =>
        buttons
          .map((button) => button.getAttribute('aria-label') ?? '')
          .filter((label) => label.startsWith('Used for')),
      );
    await popup.getByRole('button', { name: W.forget('Second'), exact: true }).click();
    await sleep(500);
    const left = (await storedCaptures(browser)).map((c) => c.url);
    expect(left, 'forgetting "Second" also forgot "First"').toContain(first.url);
    expect(left).not.toContain(second.url);
    expect(await captureNames(popup)).toEqual(['First']);
    expect(marked, 'both captures are shown as the one used for filling').toHaveLength(1);
  }, 60_000);

  it('P2-09 300 stored captures with three broken entries: the popup opens quickly, explains, lists every intact one masked, and they still work', async () => {
    const captures: unknown[] = Array.from({ length: 300 }, (_, i) => capture(`Integration ${i}`, i));
    const intact = captures.filter((_, i) => ![5, 100, 200].includes(i)) as Capture[];
    captures[5] = { ...(captures[5] as Capture), capturedAt: 'yesterday' };
    captures[100] = 42;
    captures[200] = { ...(captures[200] as Capture), url: 12 };
    await browser.setStorage({ bridgeState: { version: 1, captures, uptrendsNames: [] } });
    const started = Date.now();
    const popup = await browser.openPopup();
    await popup.getByRole('list', { name: W.listLabel }).getByRole('listitem').first().waitFor();
    expect(Date.now() - started).toBeLessThan(5000);
    await expect.poll(() => popup.locator('main').innerText()).toContain(W.partlyDamaged);
    await expect.poll(() => popup.locator('li.capture').count()).toBe(297);
    for (const c of [nth(intact, 0), nth(intact, 150), nth(intact, 296)])
      expect(await pageHolds(popup, keyOf(c.url))).toBe(false);
    await popup.getByRole('button', { name: W.copy('Integration 299'), exact: true }).click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toBe(nth(intact, 296).url);
    expect((await storedCaptures(browser)).map((c) => c.url).sort()).toEqual(intact.map((c) => c.url).sort());
  }, 90_000);
});

describe('the popup: masked, Show, Copy, Forget', () => {
  it('P2-10 masked by default for both URL shapes: no key in text, attributes, title or aria until Show; Hide removes it from the page again', async () => {
    const current = capture('Current shape', 2);
    const legacy = capture('Legacy shape', 4, legacyUrl());
    await storeCaptures([current, legacy]);
    const popup = await popupFor();
    const keys = [keyOf(current.url), legacyKey(legacy.url)];
    const head = (key: string) => nth(key.split('-'), 0);
    for (const key of keys) {
      expect(await pageHolds(popup, key)).toBe(false);
      expect(await pageHolds(popup, head(key))).toBe(false);
    }
    const names = await popup
      .locator('button, [role="button"], [aria-label], [title]')
      .evaluateAll((elements) =>
        elements.map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''}`),
      );
    for (const key of keys) expect(names.join(' ')).not.toContain(head(key));

    await popup.getByRole('button', { name: W.show('Legacy shape') }).click();
    await expect.poll(() => popup.locator('main').innerText()).toContain(legacy.url);
    expect(await pageHolds(popup, nth(keys, 0))).toBe(false);
    await popup.getByRole('button', { name: W.hide('Legacy shape') }).click();
    await expect.poll(() => pageHolds(popup, nth(keys, 1))).toBe(false);
    expect(await pageHolds(popup, head(nth(keys, 1)))).toBe(false);
  }, 60_000);

  it('P2-11 Copy by keyboard puts exactly the URL on the clipboard, says so, and the key never enters the page, not even for a moment', async () => {
    const legacy = capture('Legacy shape', 4, legacyUrl());
    await storeCaptures([legacy]);
    const popup = await popupFor();
    const key = legacyKey(legacy.url);
    await popup.evaluate((needle) => {
      const w = window as unknown as { keySeen: boolean };
      w.keySeen = false;
      const holds = (node: Node) =>
        (node.textContent ?? '').includes(needle) ||
        (typeof (node as HTMLInputElement).value === 'string' && (node as HTMLInputElement).value.includes(needle)) ||
        (node instanceof Element && [...node.attributes].some((a) => a.value.includes(needle)));
      new MutationObserver((records) => {
        for (const record of records) {
          if (holds(record.target)) w.keySeen = true;
          for (const node of record.addedNodes) if (holds(node)) w.keySeen = true;
        }
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    }, key);
    await popup.evaluate(() => navigator.clipboard.writeText('something else'));
    await popup.getByRole('button', { name: W.copy('Legacy shape') }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => statusText(popup)).toContain(W.copied('Legacy shape'));
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(legacy.url);
    await sleep(200);
    expect(await popup.evaluate(() => (window as unknown as { keySeen: boolean }).keySeen)).toBe(false);
    expect(await pageHolds(popup, key)).toBe(false);
  }, 60_000);

  it('P2-12 when the browser refuses the clipboard, the popup says so in words and the URL stays masked', async () => {
    const kept = capture('Production', 4);
    await storeCaptures([kept]);
    const popup = await popupFor();
    await popup.evaluate(() => {
      const refuse = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: refuse, write: refuse, readText: refuse, read: refuse },
      });
      document.execCommand = () => false;
    });
    await popup.getByRole('button', { name: W.copy('Production') }).click();
    await expect.poll(() => statusText(popup)).toContain(W.copyFailed);
    expect(await statusText(popup)).not.toContain('Copied');
    expect(await pageHolds(popup, keyOf(kept.url))).toBe(false);
  }, 60_000);

  it('P2-13 Forget then Undo by keyboard: focus goes to Undo, the capture returns to its place with its choice, and focus stays in the popup afterwards', async () => {
    const bravo = capture('Bravo', 10);
    const alpha = capture('Alpha', 30);
    const charlie = capture('Charlie', 60);
    await storeCaptures([bravo, alpha, charlie]);
    const popup = await popupFor();
    await popup.getByRole('button', { name: W.useForFill('Alpha') }).click();
    await popup.getByRole('button', { name: W.usedForFill('Alpha') }).waitFor();
    await popup.getByRole('button', { name: W.forget('Alpha') }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => captureNames(popup)).toEqual(['Bravo', 'Charlie']);
    // The list can redraw from the storage change a moment before the worker's reply brings the Undo notice.
    await expect.poll(() => popup.locator('main').innerText()).toContain(W.forgotten('Alpha'));
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe(W.undo);
    await popup.keyboard.press('Enter');
    await expect.poll(() => captureNames(popup)).toEqual(['Bravo', 'Alpha', 'Charlie']);
    await popup.getByRole('button', { name: W.usedForFill('Alpha') }).waitFor();
    expect((await storedCaptures(browser)).map((c) => c.integrationName)).toEqual(['Bravo', 'Alpha', 'Charlie']);
    await sleep(300);
    const focused = await popup.evaluate(() => {
      const active = document.activeElement;
      return active && active !== document.body ? (active.getAttribute('aria-label') ?? active.textContent) : 'BODY';
    });
    expect(focused, 'after Undo the keyboard focus fell back to the page body').not.toBe('BODY');
  }, 60_000);

  it('P2-14 Forget all, then Undo brings every capture and the choice back; the question does not claim it cannot be undone when Undo is offered', async () => {
    const captures = [capture('One', 1), capture('Two', 2), capture('Three', 3)];
    await storeCaptures(captures);
    const popup = await popupFor();
    await popup.getByRole('button', { name: W.useForFill('Two') }).click();
    await popup.getByRole('button', { name: W.usedForFill('Two') }).waitFor();
    await popup.getByRole('button', { name: W.forgetAll, exact: true }).click();
    const question = await popup.locator('main').innerText();
    await popup.getByRole('button', { name: W.forgetAllYes }).click();
    await expect.poll(async () => (await storedCaptures(browser)).length).toBe(0);
    const undo = popup.getByRole('button', { name: W.undo });
    const undoOffered = (await undo.count()) > 0;
    if (undoOffered) {
      await undo.click();
      await expect.poll(() => captureNames(popup)).toEqual(['One', 'Two', 'Three']);
      await popup.getByRole('button', { name: W.usedForFill('Two') }).waitFor();
      expect((await storedCaptures(browser)).map((c) => c.url)).toEqual(captures.map((c) => c.url));
      expect(question, 'the question said "cannot be undone", then an Undo was offered').not.toMatch(
        /cannot be undone/i,
      );
    } else {
      expect(question).toMatch(/cannot be undone/i);
    }
  }, 60_000);
});

describe('choosing and many captures', () => {
  it('P2-15 the chosen capture is forgotten: the popup marks the newest remaining one, and "Fill this page" fills that one, never the forgotten URL', async () => {
    await setSettings({ autoFill: false });
    const newest = capture('Newest', 2);
    const older = capture('Older', 20);
    const oldest = capture('Oldest', 60);
    await storeCaptures([newest, older, oldest]);
    const popup = await popupFor();
    await popup.getByRole('button', { name: W.useForFill('Older') }).click();
    await popup.getByRole('button', { name: W.usedForFill('Older') }).waitFor();
    await popup.getByRole('button', { name: W.forget('Older') }).click();
    await expect.poll(() => captureNames(popup)).toEqual(['Newest', 'Oldest']);
    await popup.getByRole('button', { name: W.usedForFill('Newest') }).waitFor();
    await popup.close();

    const editor = await browser.context.newPage();
    await openNewAlertOpsEditor(editor, browser.server, { lang: 'en' });
    await sleep(500);
    const again = await popupFor(editor);
    await again.getByRole('button', { name: W.fillPage }).click();
    await expect.poll(() => statusText(again), { timeout: 10_000 }).toContain(W.filled('AlertOps - Newest'));
    const values = await fieldValues(editor);
    expect(values).toContain(newest.url);
    expect(values).not.toContain(older.url);
  }, 90_000);

  it('P2-16 25 captures stored out of order (as foreign or migrated data may be): listed newest first, the newest marked for filling, the last one still copyable', async () => {
    const captures = Array.from({ length: 25 }, (_, i) => capture(`Integration ${String(i).padStart(2, '0')}`, i * 7));
    const shuffled = [...captures].sort((a, b) => (a.id < b.id ? -1 : 1));
    await storeCaptures(shuffled);
    const popup = await popupFor();
    await expect.poll(() => popup.locator('li.capture').count()).toBe(25);
    await popup.getByRole('button', { name: W.usedForFill('Integration 00') }).waitFor();
    await popup.getByRole('button', { name: W.copy('Integration 24') }).click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toBe(nth(captures, 24).url);
    expect(await captureNames(popup), 'the list is not in capture order').toEqual(
      captures.map((c) => c.integrationName),
    );
  }, 60_000);

  it('P2-17 with 25 captures, "Fill this page" and Settings are on the first screen of a full-size popup (800×600) without scrolling', async () => {
    await storeCaptures(Array.from({ length: 25 }, (_, i) => capture(`Integration ${i}`, i * 7)));
    const popup = await popupFor();
    await popup.setViewportSize({ width: 800, height: 600 });
    await expect.poll(() => popup.locator('li.capture').count()).toBe(25);
    const inFirstScreen = async (name: string) => {
      const box = await popup.getByRole('button', { name, exact: true }).boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 600;
    };
    expect(await inFirstScreen(W.settings)).toBe(true);
    const fill = await popup.getByRole('button', { name: W.fillPage, exact: true }).boundingBox();
    expect(
      await inFirstScreen(W.fillPage),
      `"Fill this page" sits ${Math.round(fill?.y ?? -1)} px down the popup`,
    ).toBe(true);
  }, 60_000);
});

describe('the popup at other sizes and to assistive technology', () => {
  async function overflowingButtons(popup: Page, width: number): Promise<string[]> {
    return popup.evaluate((limit) => {
      const out: string[] = [];
      if (document.documentElement.scrollWidth > limit + 1)
        out.push(`page is ${document.documentElement.scrollWidth}px wide`);
      for (const button of document.querySelectorAll('button, a')) {
        const r = button.getBoundingClientRect();
        if (r.width === 0) continue;
        if (r.left < 0 || r.right > limit + 1)
          out.push(
            `${button.getAttribute('aria-label') ?? button.textContent}: ${Math.round(r.left)}–${Math.round(r.right)}`,
          );
      }
      return out;
    }, width);
  }

  // P2-18 (every action on screen at 320 px, WCAG reflow) was left after this round: the popup's body is 380 px wide,
  // and a width that follows the viewport risks Chrome sizing its popup to the content's narrowest (see the README).

  it('P2-19 at 200% zoom (page zoom in an 800×600 popup, and 200% text size) every action stays reachable and works', async () => {
    const prod = capture('Production paging', 3);
    await storeCaptures([prod, capture('Staging', 9)]);
    const popup = await popupFor();
    // 200% page zoom of a popup at its largest: 400×300 CSS pixels.
    await popup.setViewportSize({ width: 400, height: 300 });
    await sleep(200);
    expect(await overflowingButtons(popup, 400)).toEqual([]);
    await popup.getByRole('button', { name: W.fillPage }).scrollIntoViewIfNeeded();
    expect(await popup.getByRole('button', { name: W.fillPage }).isVisible()).toBe(true);
    // 200% text size at the popup's own width.
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.evaluate(() => {
      document.documentElement.style.fontSize = '26px';
    });
    await sleep(200);
    expect(await overflowingButtons(popup, 380)).toEqual([]);
    await popup.getByRole('button', { name: W.copy('Production paging') }).click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toBe(prod.url);
    await popup.getByRole('button', { name: W.show('Staging') }).click();
    await popup.getByRole('button', { name: W.hide('Staging') }).waitFor();
  }, 60_000);

  it('P2-20 every control has an accessible name that contains its visible words, and no two rows share a name', async () => {
    await storeCaptures([capture('Production paging', 3), capture('Staging', 9)]);
    const popup = await popupFor();
    const controls = await popup.locator('button, a, [role="button"]').evaluateAll((elements) =>
      elements.map((e) => ({
        visible: (e.textContent ?? '').trim(),
        name: (e.getAttribute('aria-label') ?? e.textContent ?? '').trim(),
      })),
    );
    expect(controls.length).toBeGreaterThan(6);
    for (const control of controls) {
      expect(control.name.length, JSON.stringify(control)).toBeGreaterThan(0);
      expect(control.name.toLowerCase(), 'label in name').toContain(control.visible.toLowerCase());
    }
    const rowNames = controls.map((c) => c.name).filter((name) => / of |: /.test(name) && !name.startsWith('Next'));
    expect(new Set(rowNames).size).toBe(rowNames.length);
  }, 60_000);

  it('P2-21 the Show/Hide toggle does not both change its label and report "pressed" (a pressed "Hide" reads as the opposite of what is on screen)', async () => {
    await storeCaptures([capture('Production paging', 3)]);
    const popup = await popupFor();
    const toggle = popup.getByRole('button', { name: /full URL of Production paging/ });
    const before = {
      name: await toggle.getAttribute('aria-label'),
      pressed: await toggle.getAttribute('aria-pressed'),
    };
    await toggle.click();
    await expect.poll(() => popup.locator('main').innerText()).toMatch(/POSTAlert\/[0-9a-f-]{36}\//);
    const after = { name: await toggle.getAttribute('aria-label'), pressed: await toggle.getAttribute('aria-pressed') };
    const labelChanged = before.name !== after.name;
    const stateReported = after.pressed !== null && after.pressed !== before.pressed;
    expect(
      labelChanged && stateReported,
      `before ${JSON.stringify(before)}, after ${JSON.stringify(after)}: the label changes and the toggle reports pressed`,
    ).toBe(false);
  }, 60_000);
});

describe('the popup on different tabs, and "Fill this page"', () => {
  it('P2-22 on a non-console tab and on AlertOps pages: says what the page is, and "Fill this page" explains it fills only Uptrends', async () => {
    await storeCaptures([capture('Production paging', 3)]);
    await serve(browser, 'https://www.example.org/**', '<!doctype html><title>Other</title><h1>Another site</h1>');
    const other = await browser.context.newPage();
    await other.goto('https://www.example.org/');
    const popup = await popupFor(other);
    expect(await statusText(popup)).not.toMatch(/Filled|captured on this page/);
    await popup.getByRole('button', { name: W.fillPage }).click();
    await expect.poll(() => statusText(popup)).toContain(W.notUptrends);
    expect(await pageHolds(other, 'notify.alertops.com')).toBe(false);

    const alertops = await browser.context.newPage();
    await alertops.goto(`${browser.server.origin('app.alertops.com')}/?ui=current`);
    await sleep(500);
    const onAlertOps = await popupFor(alertops);
    await expect.poll(() => statusText(onAlertOps)).toContain(W.alertOpsNoUrl);
    await onAlertOps.getByRole('button', { name: W.fillPage }).click();
    await expect.poll(() => statusText(onAlertOps)).toContain(W.notUptrends);
    expect(await captureNames(onAlertOps)).toEqual(['Production paging']);
  }, 60_000);

  it('P2-23 on Uptrends pages: an editor with nothing captured, a Slack editor, and the list page each get their own words, and nothing is filled', async () => {
    await setSettings({ autoFill: false });
    const editor = await browser.context.newPage();
    await openNewAlertOpsEditor(editor, browser.server, { lang: 'en' });
    await sleep(500);
    const empty = await popupFor(editor);
    await empty.getByRole('button', { name: W.fillPage }).click();
    await expect.poll(() => statusText(empty)).toContain(W.noCapture);
    expect((await fieldValues(editor)).some((v) => v.includes('notify.alertops.com'))).toBe(false);
    await empty.close();

    const prod = capture('Production paging', 3);
    await storeCaptures([prod]);
    const slack = await browser.context.newPage();
    await slack.goto(uptrendsUrl(browser.server, '/Alerting/Integrations', { lang: 'en' }));
    await slack.getByRole('button', { name: 'Add integration' }).click();
    await slack.getByRole('dialog').getByText('Slack', { exact: true }).click();
    await slack.getByRole('dialog').getByRole('button', { name: 'Choose', exact: true }).click();
    await slack.getByLabel('Integration name').waitFor();
    const onSlack = await popupFor(slack);
    await onSlack.getByRole('button', { name: W.fillPage }).click();
    await expect.poll(() => statusText(onSlack)).toContain(W.otherType('Slack'));
    expect(await fieldValues(slack)).not.toContain(prod.url);
    await onSlack.close();

    const list = await browser.context.newPage();
    await list.goto(uptrendsUrl(browser.server, '/Alerting/Integrations', { lang: 'en' }));
    await sleep(500);
    const onList = await popupFor(list);
    await onList.getByRole('button', { name: W.fillPage }).click();
    await expect.poll(() => statusText(onList)).toMatch(/No AlertOps URL field/);
    expect(await statusText(onList)).not.toMatch(/Filled/);
  }, 90_000);
});

describe('one state across surfaces', () => {
  it('P2-24 a capture made while the popup is open appears there without reopening (masked), and forgetting in one popup removes it from another open popup', async () => {
    await storeCaptures([capture('Older', 30), capture('Oldest', 60)]);
    const popupA = await popupFor();
    const popupB = await popupFor();
    const alertops = await browser.context.newPage();
    const url = await saveUptrendsIntegration(alertops, browser.server, { ui: 'legacy', name: 'Live one' });
    consoleKeys.push(keyOf(url));
    await expect
      .poll(() => captureNames(popupA), { timeout: 5000, message: 'the open popup did not show the new capture' })
      .toEqual(['Live one', 'Older', 'Oldest']);
    expect(await pageHolds(popupA, keyOf(url))).toBe(false);
    await expect.poll(() => captureNames(popupB), { timeout: 5000 }).toEqual(['Live one', 'Older', 'Oldest']);

    await popupA.getByRole('button', { name: W.forget('Older') }).click();
    await expect
      .poll(() => captureNames(popupB), { timeout: 5000, message: 'the second popup still lists the forgotten URL' })
      .toEqual(['Live one', 'Oldest']);
    await popupA.getByRole('button', { name: W.forgetAll, exact: true }).click();
    await popupA.getByRole('button', { name: W.forgetAllYes }).click();
    await expect.poll(() => popupB.locator('main').innerText(), { timeout: 5000 }).toContain(W.emptyTitle);
    expect(await popupB.getByRole('button', { name: W.copy('Live one') }).count()).toBe(0);
  }, 90_000);
});

describe('secrets', () => {
  it('P2-25 no key used in this file ever reached a log of the pages, popups or worker', () => {
    const keys = [...issuedKeys(), ...consoleKeys];
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      const hit = browser.logs.find((line) => line.includes(key) || line.includes(key.split('-')[0] ?? key));
      expect(hit, `a log line holds key ${key}`).toBeUndefined();
    }
  });
});
