/**
 * Blind acceptance tests of the toolbar popup and the options page, written from the README and from what the built
 * extension shows (roles, names, texts), without reading src/. They play a demanding user: the captured URL is a
 * credential (masked until asked, never logged), bad input is explained and loses nothing, nothing is saved or
 * overwritten for the user, everything works by keyboard, and the UI follows the browser's language.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveUptrendsIntegration } from './alertops-journey.ts';
import {
  CHROME_BUILD,
  chromiumArgs,
  type ExtensionBrowser,
  eventually,
  launchWithExtension,
  ROOT,
  storedCaptures,
} from './chromium.ts';
import {
  clearLocalStorage,
  htmlPage,
  issuedKeys,
  keyOf,
  labelledUrl,
  serve,
  setSyncSettings,
  validUrl,
} from './hostile-pages.ts';
import { openNewAlertOpsEditor, uptrendsUrl } from './uptrends-journey.ts';

let browser: ExtensionBrowser;
/** Console lines of the second (Dutch) browser, checked with the main browser's for keys. */
const otherLogs: string[] = [];
/** Keys that did not come from validUrl() (the console's own generated URLs, what the user typed). */
const extraKeys: string[] = [];

beforeAll(async () => {
  browser = await launchWithExtension();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

function aCapture(url: string, name: string, capturedAt: number) {
  return {
    id: crypto.randomUUID(),
    url,
    integrationName: name,
    template: 'Uptrends',
    consoleHost: 'app.alertops.com',
    capturedAt,
    lastSeenAt: capturedAt,
    attachments: [],
  };
}

let pages = 0;

/** Shows a saved integration called `name` on an AlertOps page and waits until the extension stored its URL. */
async function captureOnPage(name: string): Promise<string> {
  const url = validUrl();
  const path = `/blind-popup/integration-${++pages}`;
  await serve(browser, `https://acme.alertops.com${path}*`, htmlPage(name, `<h1>${name}</h1>${labelledUrl(url)}`));
  const page = await browser.context.newPage();
  try {
    await page.goto(`https://acme.alertops.com${path}`);
    await eventually(
      () => storedCaptures(browser),
      (list) => list.some((capture) => capture.url === url),
      15_000,
    );
  } finally {
    await page.close();
  }
  await new Promise((resolve) => setTimeout(resolve, 20));
  return url;
}

async function seed(captures: unknown[], extra: Record<string, unknown> = {}): Promise<void> {
  await clearLocalStorage(browser);
  await browser.setStorage({ bridgeState: { version: 1, captures, uptrendsNames: [], ...extra } });
}

async function syncSettings(): Promise<unknown> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/src/ui/options.html`);
    return await page.evaluate(() => chrome.storage.sync.get(null));
  } finally {
    await page.close();
  }
}

/** Everything the popup says in its live regions (status and alert), joined. */
async function popupMessages(popup: Page): Promise<string> {
  const status = await popup.getByRole('status').allTextContents();
  const alerts = await popup.getByRole('alert').allTextContents();
  return [...status, ...alerts]
    .map((text) => text.trim())
    .filter(Boolean)
    .join(' | ');
}

async function waitForMessage(popup: Page, accept: (text: string) => boolean, timeout = 10_000): Promise<string> {
  return eventually(() => popupMessages(popup), accept, timeout);
}

/** The names of the captures the popup lists, in screen order. */
async function listedNames(popup: Page): Promise<string[]> {
  return popup
    .getByRole('list', { name: 'Captured AlertOps URLs' })
    .getByRole('heading', { level: 2 })
    .allTextContents();
}

/** What a user (eyes or screen reader) can get from the page: visible text, accessibility tree, and the markup. */
async function everythingShown(popup: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the text as rendered, which the user sees
  const text = await popup.locator('body').innerText();
  const tree = await popup.locator('body').ariaSnapshot();
  const html = await popup.content();
  return `${text}\n${tree}\n${html}`;
}

async function focusedInfo(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { tag: 'BODY', name: '', visibleFocus: false };
    const labelledBy = element.getAttribute('aria-labelledby');
    const name = (
      element.getAttribute('aria-label') ??
      (labelledBy
        ? labelledBy
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
        : null) ??
      element.textContent ??
      ''
    ).trim();
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    return { tag: element.tagName, name, visibleFocus: outline || shadow };
  });
}

async function tabTo(page: Page, name: string, limit = 60): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const { name: current } = await focusedInfo(page);
    seen.push(current);
    if (current === name) return;
  }
  throw new Error(`Tab never reached "${name}"; focus went through: ${seen.join(' | ')}`);
}

describe('the list of captured URLs', () => {
  it('lists 0, 1 and 20 captures, masked, newest first, with the key nowhere on the page', async () => {
    // 0: says so in words, offers the way to AlertOps, nothing to copy.
    await clearLocalStorage(browser);
    let popup = await browser.openPopup();
    await popup.getByRole('heading', { name: 'No AlertOps URL captured yet' }).waitFor({ timeout: 10_000 });
    await popup.getByRole('link', { name: 'Open AlertOps' }).waitFor();
    expect(await popup.getByRole('button', { name: /^Copy/ }).count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'Forget all' }).count()).toBe(0);
    await popup.close();

    // 1: captured the way a user does it, on the simulated AlertOps console.
    const page = await browser.context.newPage();
    const url = await saveUptrendsIntegration(page, browser.server, { ui: 'current', name: 'Blind single' });
    extraKeys.push(keyOf(url));
    await eventually(
      () => storedCaptures(browser),
      (list) => list.some((capture) => capture.url === url),
    );
    await page.close();
    popup = await browser.openPopup();
    await popup.getByRole('heading', { name: 'Blind single', level: 2 }).waitFor({ timeout: 10_000 });
    expect(await listedNames(popup)).toEqual(['Blind single']);
    const item = popup.getByRole('listitem').filter({ has: popup.getByRole('heading', { name: 'Blind single' }) });
    expect(await item.locator('code').first().textContent()).toContain('notify.alertops.com');
    expect(await everythingShown(popup)).not.toContain(keyOf(url));
    for (const action of ['Copy the URL of', 'Show the full URL of', 'Forget the URL of'])
      await item.getByRole('button', { name: `${action} Blind single` }).waitFor();
    await popup.close();

    // 20: 19 more captured one after the other on AlertOps pages; listed newest first, every one masked.
    const twenty = [{ name: 'Blind single', url }];
    for (let i = 2; i <= 20; i++) {
      const name = `Blind ${String(i).padStart(2, '0')}`;
      twenty.push({ name, url: await captureOnPage(name) });
    }
    popup = await browser.openPopup();
    await popup.getByRole('heading', { name: 'Blind 20', level: 2 }).waitFor({ timeout: 10_000 });
    expect(await listedNames(popup)).toEqual(twenty.map((c) => c.name).reverse());
    const shown = await everythingShown(popup);
    for (const c of twenty) expect(shown, `${c.name} is masked`).not.toContain(keyOf(c.url));
    expect(await popup.getByRole('button', { name: /^Show the full URL of Blind/ }).count()).toBe(20);
    expect(await popup.getByRole('button', { name: /^Hide the full URL of/ }).count()).toBe(0);
    await popup.close();
  }, 180_000);

  it('Show reveals only that URL, Hide masks it again, and a reopened popup starts masked', async () => {
    const now = Date.now();
    const a = validUrl();
    const b = validUrl();
    await seed([aCapture(a, 'Reveal A', now - 60_000), aCapture(b, 'Reveal B', now - 120_000)]);
    let popup = await browser.openPopup();
    await popup.getByRole('button', { name: 'Show the full URL of Reveal B' }).click({ timeout: 10_000 });
    const hide = popup.getByRole('button', { name: 'Hide the full URL of Reveal B' });
    await hide.waitFor();
    // Revised after blind round 17: a toggle whose words change ("Show" → "Hide") carries no pressed state besides.
    expect(await hide.getAttribute('aria-pressed')).toBeNull();
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the text as rendered, which the user sees
    await expect.poll(() => popup.locator('body').innerText()).toContain(b);
    const revealed = await everythingShown(popup);
    expect(revealed, 'the other capture stays masked').not.toContain(keyOf(a));

    await hide.click();
    await popup.getByRole('button', { name: 'Show the full URL of Reveal B' }).waitFor();
    await expect.poll(async () => (await everythingShown(popup)).includes(keyOf(b))).toBe(false);

    // Revealed again, then the popup is closed: the next popup shows it masked.
    await popup.getByRole('button', { name: 'Show the full URL of Reveal B' }).click();
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the text as rendered, which the user sees
    await expect.poll(() => popup.locator('body').innerText()).toContain(b);
    await popup.close();
    popup = await browser.openPopup();
    await popup.getByRole('heading', { name: 'Reveal B' }).waitFor({ timeout: 10_000 });
    expect(await everythingShown(popup)).not.toContain(keyOf(b));
    await popup.close();
  }, 60_000);

  it('Copy puts the whole URL on the clipboard, says so, and keeps the URL masked on screen', async () => {
    const now = Date.now();
    const a = validUrl();
    const b = validUrl('UptrendsEU');
    await seed([aCapture(a, 'Copy A', now - 60_000), aCapture(b, 'Copy B', now - 120_000)]);
    const popup = await browser.openPopup();
    await popup.evaluate(() => navigator.clipboard.writeText('something else'));
    await popup.getByRole('button', { name: 'Copy the URL of Copy B' }).click({ timeout: 10_000 });
    await waitForMessage(popup, (text) => /Copied/i.test(text) && text.includes('Copy B'));
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(b);
    const shown = await everythingShown(popup);
    expect(shown).not.toContain(keyOf(b));
    expect(shown).not.toContain(keyOf(a));
    await popup.close();
  }, 60_000);

  it('forgetting one capture asks first or can be undone, and leaves the others intact', async () => {
    const now = Date.now();
    const keep1 = validUrl();
    const gone = validUrl();
    const keep2 = validUrl();
    await seed([
      aCapture(keep1, 'Forget keep 1', now - 60_000),
      aCapture(gone, 'Forget me', now - 120_000),
      aCapture(keep2, 'Forget keep 2', now - 180_000),
    ]);
    const popup = await browser.openPopup();
    await popup.getByRole('button', { name: 'Forget the URL of Forget me' }).click({ timeout: 10_000 });

    const confirm = popup.getByRole('alertdialog').or(popup.getByRole('dialog'));
    const undo = popup.getByRole('button', { name: /undo|restore|bring back/i });
    const offered = await confirm
      .or(undo)
      .first()
      .waitFor({ timeout: 3000 })
      .then(() => true)
      .catch(() => false);
    expect.soft(offered, 'the credential is forgotten at once, with no question and no Undo').toBe(true);

    if (offered && (await undo.count()) > 0) {
      await undo.first().click();
      await eventually(
        () => storedCaptures(browser),
        (list) => list.some((c) => c.url === gone),
      );
      await popup.getByRole('heading', { name: 'Forget me' }).waitFor();
      await popup.getByRole('button', { name: 'Forget the URL of Forget me' }).click();
    } else if (offered) {
      await confirm
        .getByRole('button', { name: /forget|yes/i })
        .first()
        .click();
    }
    await eventually(
      () => storedCaptures(browser),
      (list) => !list.some((c) => c.url === gone),
    );
    const left = (await storedCaptures(browser)).map((c) => c.url).sort();
    expect(left).toEqual([keep1, keep2].sort());
    await expect.poll(() => listedNames(popup)).toEqual(['Forget keep 1', 'Forget keep 2']);
    await popup.close();
  }, 60_000);
});

describe('the popup by keyboard', () => {
  it('every Tab stop has a name and a visible focus ring; Space works the toggles; Settings opens by Enter', async () => {
    const now = Date.now();
    await seed([aCapture(validUrl(), 'Keys A', now - 60_000), aCapture(validUrl(), 'Keys B', now - 120_000)]);
    const popup = await browser.openPopup();
    await popup.getByRole('heading', { name: 'Keys B' }).waitFor({ timeout: 10_000 });

    // Every button, focusable or not, has an accessible name.
    const unnamed = await popup
      .getByRole('button')
      .evaluateAll((buttons) =>
        buttons
          .filter(
            (b) => !(b.getAttribute('aria-label') ?? b.textContent ?? '').trim() && !b.getAttribute('aria-labelledby'),
          )
          .map((b) => b.outerHTML.slice(0, 80)),
      );
    expect(unnamed).toEqual([]);

    // One full round of Tab: each stop is named and shows where focus is.
    const stops: { name: string; visibleFocus: boolean }[] = [];
    for (let i = 0; i < 40; i++) {
      await popup.keyboard.press('Tab');
      const info = await focusedInfo(popup);
      if (info.tag === 'BODY') break;
      if (stops.length > 0 && stops[0]?.name === info.name) break;
      stops.push(info);
    }
    const names = stops.map((s) => s.name);
    for (const expected of [
      'Settings',
      'Copy the URL of Keys A',
      'Show the full URL of Keys B',
      'Forget the URL of Keys B',
      'Fill this page',
      'Forget all',
    ])
      expect(names).toContain(expected);
    expect(stops.filter((s) => !s.name)).toEqual([]);
    expect(stops.filter((s) => !s.visibleFocus).map((s) => s.name)).toEqual([]);

    // Space on Show reveals, Space on "Use for filling" chooses that capture.
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(popup, 'Show the full URL of Keys A');
    await popup.keyboard.press('Space');
    await popup.getByRole('button', { name: 'Hide the full URL of Keys A' }).waitFor();
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(popup, 'Use for filling: Keys B');
    await popup.keyboard.press('Space');
    await expect
      .poll(() => popup.getByRole('button', { name: /filling: Keys B$/ }).getAttribute('aria-pressed'))
      .toBe('true');

    // Settings by Enter opens the options page.
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(popup, 'Settings');
    const opened = browser.context.waitForEvent('page', { timeout: 10_000 });
    await popup.keyboard.press('Enter');
    const options = await opened;
    await options.waitForLoadState();
    expect(options.url()).toContain('/src/ui/options.html');
    await options.getByRole('heading', { level: 1 }).waitFor();
    await options.close();
    await popup.close();
  }, 60_000);

  it('"Forget all" by keyboard: the question takes focus, Escape cancels it, and nothing is forgotten', async () => {
    const now = Date.now();
    const urls = [validUrl(), validUrl()];
    await seed(urls.map((url, i) => aCapture(url, `Esc ${'AB'[i]}`, now - (i + 1) * 60_000)));
    const popup = await browser.openPopup();
    await popup.getByRole('heading', { name: 'Esc B' }).waitFor({ timeout: 10_000 });
    await tabTo(popup, 'Forget all');
    await popup.keyboard.press('Enter');
    const dialog = popup.getByRole('alertdialog');
    await dialog.waitFor();
    // Focus is inside the question, and (for a destructive question) not on the destructive answer.
    const focusedInDialog = await dialog.evaluate((d) => d.contains(document.activeElement));
    expect(focusedInDialog).toBe(true);
    expect.soft((await focusedInfo(popup)).name, 'a second Enter must not forget everything').not.toMatch(/^Yes/);

    await popup.keyboard.press('Escape');
    await expect.poll(() => dialog.count(), { timeout: 3000 }).toBe(0);
    expect((await focusedInfo(popup)).name).toBe('Forget all');
    expect((await storedCaptures(browser)).map((c) => c.url).sort()).toEqual([...urls].sort());
    expect(await listedNames(popup)).toEqual(['Esc A', 'Esc B']);
    await popup.close();
  }, 60_000);
});

describe('choosing the URL used for filling', () => {
  it('the chosen (older) capture is remembered and is what the Uptrends editor gets; nothing is saved', async () => {
    const now = Date.now();
    const newest = validUrl();
    const older = validUrl();
    await seed([aCapture(newest, 'Choice newest', now - 60_000), aCapture(older, 'Choice older', now - 3_600_000)]);
    let popup = await browser.openPopup();
    await popup.getByRole('button', { name: 'Use for filling: Choice older' }).click({ timeout: 10_000 });
    await popup.getByRole('button', { name: 'Used for filling: Choice older' }).waitFor();
    await popup.close();

    popup = await browser.openPopup();
    const chosen = popup.getByRole('button', { name: 'Used for filling: Choice older' });
    await chosen.waitFor({ timeout: 10_000 });
    expect(await chosen.getAttribute('aria-pressed')).toBe('true');
    expect(
      await popup.getByRole('button', { name: 'Use for filling: Choice newest' }).getAttribute('aria-pressed'),
    ).not.toBe('true');
    await popup.close();

    const page = await browser.context.newPage();
    const before = browser.server.requests.length;
    await openNewAlertOpsEditor(page, browser.server, { lang: 'en' });
    const field = page.getByRole('textbox', { name: /AlertOpsUrl/ });
    await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toBe(older);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(browser.server.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('"Fill this page" says what happened, in words', () => {
  it('on a non-Uptrends tab and on Uptrends pages without an editor', async () => {
    await seed([aCapture(validUrl(), 'Fill words', Date.now() - 60_000)]);
    const page = await browser.context.newPage();
    const said: Record<string, string> = {};
    const fillOn = async (label: string) => {
      const popup = await browser.openPopup(page);
      const button = popup.getByRole('button', { name: 'Fill this page' });
      await button.waitFor({ timeout: 10_000 });
      const atOpen = await popupMessages(popup);
      await button.click();
      said[label] = await waitForMessage(popup, (text) => text.length > 0 && text !== 'Fill this page');
      said[`${label} (at open)`] = atOpen;
      await popup.close();
    };

    await serve(browser, 'https://www.example.org/**', htmlPage('Example', '<h1>Some other site</h1>'));
    await page.goto('https://www.example.org/');
    await fillOn('other site');
    await page.goto(uptrendsUrl(browser.server, '/Dashboard', { lang: 'en' }));
    await fillOn('dashboard');
    await page.goto(uptrendsUrl(browser.server, '/Alerting/Integrations', { lang: 'en' }));
    await page.getByRole('heading', { name: 'Integrations', level: 1 }).waitFor();
    await fillOn('integrations list');
    await page.close();

    expect.soft(said['other site']).toMatch(/not an Uptrends/i);
    expect.soft(said.dashboard).toMatch(/No AlertOps URL field or escalation level on this page/);
    // A list of integrations is no integration editor: no "type “?”", no claim about a type it did not see.
    for (const [label, text] of Object.entries(said)) {
      expect.soft(text, `${label}: ${text}`).not.toMatch(/“\?”|"\?"|type \?/);
      expect.soft(text.length, `${label} says nothing`).toBeGreaterThan(label.endsWith('(at open)') ? -1 : 10);
    }
  }, 90_000);

  it('on an AlertOps editor: fills an empty one, keeps what the user typed, never clicks Save', async () => {
    const chosen = validUrl();
    await seed([aCapture(chosen, 'Hand fill', Date.now() - 60_000)]);
    await setSyncSettings(browser, { autoFill: false });
    const page = await browser.context.newPage();
    try {
      const before = browser.server.requests.length;
      const field = page.getByRole('textbox', { name: /AlertOpsUrl/ });

      // Empty editor, auto-fill off: the popup must not call it something else, and Fill fills it.
      await openNewAlertOpsEditor(page, browser.server, { lang: 'en' });
      await field.waitFor();
      let popup = await browser.openPopup(page);
      await popup.getByRole('button', { name: 'Fill this page' }).waitFor({ timeout: 10_000 });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const atOpen = await popupMessages(popup);
      await popup.getByRole('button', { name: 'Fill this page' }).click();
      const filled = await waitForMessage(popup, (text) => /Filled/i.test(text));
      expect(filled).toMatch(/click Save/i);
      expect(await field.inputValue()).toBe(chosen);
      await popup.close();

      // The user's own value: kept, and the popup says why nothing changed.
      const typed = 'https://notify.alertops.com/POSTAlert/typed-by-the-user-0042/Uptrends';
      extraKeys.push('typed-by-the-user-0042');
      await openNewAlertOpsEditor(page, browser.server, { lang: 'en' });
      await field.fill(typed);
      popup = await browser.openPopup(page);
      await popup.getByRole('button', { name: 'Fill this page' }).click({ timeout: 10_000 });
      const kept = await waitForMessage(popup, (text) => /another value|already|replace/i.test(text));
      expect(kept.length).toBeGreaterThan(20);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await field.inputValue()).toBe(typed);
      await popup.close();

      expect(browser.server.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
      expect(atOpen, 'said on opening the popup over an AlertOps editor').not.toMatch(/not AlertOps|“\?”/);
    } finally {
      await setSyncSettings(browser, {});
      await page.close();
    }
  }, 90_000);
});

describe('typing in the options page', () => {
  it('refuses bad values with a message, keeps storage (sync and captures), and shows the last good value on reopening', async () => {
    const url = validUrl();
    await seed([aCapture(url, 'Options keep', Date.now() - 60_000)]);
    await setSyncSettings(browser, {});
    const localBefore = await browser.storage();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/ui/options.html`);
    const pattern = options.getByRole('textbox', { name: 'Name of the integration in Uptrends' });
    const hours = options.getByRole('spinbutton', { name: 'Forget captured URLs after (hours)' });
    await pattern.fill('Ops {name} (blind)');
    await pattern.blur();
    await hours.fill('12');
    await hours.blur();
    await eventually(syncSettings, (s) => {
      const settings = (s as { bridgeSettings?: { namingPattern?: string; forgetAfterHours?: number } }).bridgeSettings;
      return settings?.namingPattern === 'Ops {name} (blind)' && settings.forgetAfterHours === 12;
    });
    const syncGood = await syncSettings();

    const messageOf = async (field: typeof pattern) =>
      field.evaluate((element) =>
        (element.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id))
          .filter((node): node is HTMLElement => !!node && node.id.includes('error'))
          .map((node) => node.textContent?.trim() ?? '')
          .join(' '),
      );
    for (const [field, bad] of [
      [pattern, ''],
      [pattern, 'Name without placeholder'],
      [hours, '-3'],
      [hours, '2.5'],
      [hours, '1000000'],
    ] as const) {
      await field.fill(bad);
      await field.blur();
      await expect.poll(() => field.getAttribute('aria-invalid'), { message: `"${bad}" is refused` }).toBe('true');
      const message = await messageOf(field);
      expect(message.length, `a message in words for "${bad}"`).toBeGreaterThan(15);
      await expect.poll(() => options.getByText(message).first().isVisible()).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await syncSettings(), `"${bad}" left storage.sync alone`).toEqual(syncGood);
    }
    await options.reload();
    await expect.poll(() => pattern.inputValue()).toBe('Ops {name} (blind)');
    expect(await hours.inputValue()).toBe('12');
    await options.close();
    expect(await browser.storage()).toEqual(localBefore);
    await setSyncSettings(browser, {});
  }, 60_000);

  it('settings stored with values the page itself refuses are not shown as if they were fine', async () => {
    for (const stored of [
      { namingPattern: '' },
      { namingPattern: 'No placeholder at all' },
      { forgetAfterHours: -5 },
      { forgetAfterHours: 'soon', namingPattern: 42 },
      'garbage',
    ]) {
      await setSyncSettings(browser, stored);
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/src/ui/options.html`);
      const pattern = options.getByRole('textbox', { name: 'Name of the integration in Uptrends' });
      const hours = options.getByRole('spinbutton', { name: 'Forget captured URLs after (hours)' });
      await pattern.waitFor({ timeout: 10_000 });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const patternValue = await pattern.inputValue();
      const hoursValue = await hours.inputValue();
      const patternOk = patternValue.includes('{name}') || (await pattern.getAttribute('aria-invalid')) === 'true';
      const hoursOk =
        /^\d+$/.test(hoursValue) && Number(hoursValue) <= 8760
          ? true
          : (await hours.getAttribute('aria-invalid')) === 'true';
      expect.soft(patternOk, `${JSON.stringify(stored)}: name pattern shown as "${patternValue}"`).toBe(true);
      expect.soft(hoursOk, `${JSON.stringify(stored)}: hours shown as "${hoursValue}"`).toBe(true);
      await options.close();
    }
    await setSyncSettings(browser, {});
  }, 60_000);
});

describe('damaged stored captures', () => {
  it('one broken entry among good ones: the popup opens, explains, and still lists the good captures', async () => {
    const now = Date.now();
    const good1 = validUrl();
    const good2 = validUrl();
    const { url: _dropped, ...withoutUrl } = aCapture(validUrl(), 'Broken entry', now - 90_000);
    await seed([
      aCapture(good1, 'Good one', now - 60_000),
      withoutUrl,
      null,
      aCapture(good2, 'Good two', now - 120_000),
    ]);
    const errorsBefore = browser.logs.filter((line) => line.startsWith('[page error]')).length;
    const popup = await browser.openPopup();
    await popup.getByRole('heading', { name: 'Uptrends ⇄ AlertOps', level: 1 }).waitFor({ timeout: 10_000 });
    const warning = await waitForMessage(popup, (text) => text.length > 10);
    expect(warning).toMatch(/damaged|set aside|could not/i);
    expect.soft(await listedNames(popup), 'the two good captures are still offered').toEqual(['Good one', 'Good two']);
    expect(await everythingShown(popup)).not.toContain(keyOf(good1));
    expect(browser.logs.filter((line) => line.startsWith('[page error]')).length).toBe(errorsBefore);
    await popup.close();
  }, 60_000);
});

describe('the browser in Dutch', () => {
  it('popup and options speak Dutch (page language included), keep the URL masked, and explain errors in Dutch', async () => {
    const profile = mkdtempSync(join(ROOT, '.test-tmp', 'chromium-nl-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [...chromiumArgs(browser.server.port, CHROME_BUILD), '--lang=nl'],
      locale: 'nl-NL',
      env: { ...process.env, LANGUAGE: 'nl', LANG: 'nl_NL.UTF-8' },
    });
    try {
      context.on('page', (page) => page.on('console', (message) => otherLogs.push(message.text())));
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
      worker.on('console', (message) => otherLogs.push(message.text()));
      const id = new URL(worker.url()).host;
      const url = validUrl();
      const options = await context.newPage();
      await options.goto(`chrome-extension://${id}/src/ui/options.html`);
      await options.evaluate((state) => chrome.storage.local.set({ bridgeState: state }), {
        version: 1,
        captures: [aCapture(url, 'Productie', Date.now() - 60_000)],
        uptrendsNames: [],
      });

      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${id}/src/ui/popup.html`);
      await popup.getByRole('heading', { name: 'Productie', level: 2 }).waitFor({ timeout: 10_000 });
      const tree = await popup.locator('body').ariaSnapshot();
      for (const english of ['Fill this page', 'Settings', 'Copy the URL of', 'Show the full URL of', 'Forget all'])
        expect(tree, `"${english}" in the Dutch popup`).not.toContain(english);
      expect(await everythingShown(popup)).not.toContain(keyOf(url));
      expect.soft(await popup.evaluate(() => document.documentElement.lang), 'popup <html lang>').toMatch(/^nl/);

      await options.reload();
      const hours = options.getByRole('spinbutton').first();
      await hours.fill('-3');
      await hours.blur();
      await expect.poll(() => hours.getAttribute('aria-invalid')).toBe('true');
      const message = await hours.evaluate((element) =>
        (element.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((i) => document.getElementById(i)?.textContent ?? '')
          .join(' '),
      );
      expect(message).not.toMatch(/Enter a whole number|Nothing was saved/);
      expect(message.length).toBeGreaterThan(15);
      expect.soft(await options.evaluate(() => document.documentElement.lang), 'options <html lang>').toMatch(/^nl/);
      await popup.close();
      await options.close();
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }, 90_000);
});

describe('secrets', () => {
  it('no key used in this file ever reached a log of either browser', () => {
    const keys = [...issuedKeys(), ...extraKeys];
    expect(keys.length).toBeGreaterThan(25);
    const logs = [...browser.logs, ...otherLogs].join('\n');
    for (const key of keys) {
      expect(logs).not.toContain(key);
      const tail = key.split('-').at(-1) ?? key;
      if (tail.length >= 12) expect(logs).not.toContain(tail);
    }
  });
});
