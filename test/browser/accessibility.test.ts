/**
 * axe-core on the extension's pages (popup empty and with captures, options page), in light and dark colour schemes,
 * and the popup driven by keyboard alone. The assistant page is checked in assistant.test.ts, where it is connected.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './axe.ts';
import { type ExtensionBrowser, eventually, launchWithExtension, storedCaptures } from './chromium.ts';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

const KEY_A = '3f2b9c1e-7d4a-4e8b-9a61-0c5d2e7f8a90';
const KEY_B = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/** A valid stored state (src/core/state.ts, version 1): one capture already filled and ticked, one fresh. */
function seededState(now: number) {
  return {
    version: 1,
    captures: [
      {
        id: 'capture-b',
        url: `https://notify.alertops.com/POSTAlert/${KEY_B}/Uptrends`,
        integrationName: 'Uptrends production',
        template: 'Uptrends',
        consoleHost: 'app.alertops.com',
        capturedAt: now - 5 * 60_000,
        lastSeenAt: now - 5 * 60_000,
        attachments: [],
      },
      {
        id: 'capture-a',
        url: `https://notify.alertops.com/POSTAlert/${KEY_A}/Uptrends`,
        integrationName: 'Uptrends staging',
        template: 'Uptrends',
        consoleHost: 'acme.alertops.com',
        capturedAt: now - 3 * 3_600_000,
        lastSeenAt: now - 3 * 3_600_000,
        filled: { uptrendsName: 'AlertOps - Uptrends staging', at: now - 2 * 3_600_000 },
        attachments: [{ definition: 'Production checks', level: 'Escalation level 1', at: now - 3_600_000 }],
      },
    ],
    uptrendsNames: ['AlertOps - Uptrends staging'],
  };
}

async function seed(state: unknown): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/src/ui/options.html`);
    await page.evaluate((value) => chrome.storage.local.set({ bridgeState: value }), state);
  } finally {
    await page.close();
  }
}

async function emptyPopup(): Promise<Page> {
  await seed({ version: 1, captures: [], uptrendsNames: [] });
  const popup = await browser.openPopup();
  await popup.getByRole('heading', { name: 'No AlertOps URL captured yet' }).waitFor();
  return popup;
}

/** The popup's entry for one capture: the list item headed by its name. */
function captureItem(popup: Page, name: string) {
  return popup.getByRole('listitem').filter({ has: popup.getByRole('heading', { name, exact: true }) });
}

async function popupWithCaptures(): Promise<Page> {
  await seed(seededState(Date.now()));
  await eventually(
    () => storedCaptures(browser),
    (captures) => captures.length === 2,
  );
  const popup = await browser.openPopup();
  await captureItem(popup, 'Uptrends staging').waitFor();
  await captureItem(popup, 'Uptrends production').waitFor();
  return popup;
}

async function optionsPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/ui/options.html`);
  await page.getByRole('heading', { name: 'Uptrends ⇄ AlertOps Bridge: settings' }).waitFor();
  await page.getByText('Shortcut: Alt+Shift+U').waitFor();
  return page;
}

describe('axe-core finds no violations', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`popup, nothing captured (${colorScheme})`, async () => {
      const popup = await emptyPopup();
      await popup.emulateMedia({ colorScheme });
      expect(describeViolations(await axeViolations(popup))).toBe('');
      await popup.close();
    });

    it(`popup with captures (${colorScheme})`, async () => {
      const popup = await popupWithCaptures();
      await popup.emulateMedia({ colorScheme });
      const report: string[] = [];
      const check = async (state: string) => {
        const found = describeViolations(await axeViolations(popup));
        if (found) report.push(`[${state}]\n${found}`);
      };
      await check('two captures');
      // The revealed URL, the chosen capture, the "Forget all" confirmation and an announcement are checked too.
      await popup.getByRole('button', { name: 'Show the full URL of Uptrends staging' }).click();
      await popup.getByRole('button', { name: 'Use for filling: Uptrends staging' }).click();
      await popup.getByText('Used for filling', { exact: true }).first().waitFor();
      await check('URL shown, capture chosen');
      await popup.getByRole('button', { name: 'Forget all' }).click();
      await popup.getByRole('button', { name: 'Yes, forget all' }).waitFor();
      await check('asking to forget all');
      await popup.getByRole('button', { name: 'Cancel' }).click();
      expect(report.join('\n')).toBe('');
      await popup.close();
    });

    it(`options page (${colorScheme})`, async () => {
      const page = await optionsPage();
      await page.emulateMedia({ colorScheme });
      expect(describeViolations(await axeViolations(page))).toBe('');
      // With an inline error shown.
      await page.getByLabel('Escalation level numbers').fill('0, 21');
      await page.getByLabel('Escalation level numbers').press('Tab');
      await page.getByText('Use whole numbers from 1 to 20').waitFor();
      expect(describeViolations(await axeViolations(page))).toBe('');
      await page.close();
    });
  }

  it('really runs axe (a page with a known problem is reported)', async () => {
    const page = await optionsPage();
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'text';
      document.querySelector('main')?.append(input);
    });
    const ids = (await axeViolations(page)).map((violation) => violation.id);
    expect(ids).toContain('label');
    await page.close();
  });
});

/** What the focused element is called: its aria-label, else its text. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return '';
    return element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
  });
}

/** Presses Tab until the element named `name` has focus; fails if it is never reached. */
async function tabTo(page: Page, name: string, limit = 30): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const current = await focusedName(page);
    seen.push(current);
    if (current === name) return seen;
  }
  throw new Error(`Tab never reached "${name}"; focus went through: ${seen.join(' | ')}`);
}

describe('popup by keyboard alone', () => {
  it('Tab reaches Show, Copy and Forget of each capture; Enter activates them', async () => {
    const popup = await popupWithCaptures();
    const item = captureItem(popup, 'Uptrends staging');

    // Every control of both captures is in the Tab order.
    const order = await tabTo(popup, 'Forget the URL of Uptrends staging');
    for (const name of ['Uptrends production', 'Uptrends staging'])
      for (const action of ['Copy the URL of', 'Show the full URL of', 'Forget the URL of'])
        expect(order).toContain(`${action} ${name}`);

    // Show, by Enter.
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(popup, 'Show the full URL of Uptrends staging');
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => item.locator('code').textContent())
      .toBe(`https://notify.alertops.com/POSTAlert/${KEY_A}/Uptrends`);
    // The button now says what it does next; a pressed state besides would read "Hide, pressed" (WAI-ARIA practices).
    const hide = item.getByRole('button', { name: 'Hide the full URL of Uptrends staging' });
    expect(await hide.getAttribute('aria-pressed')).toBeNull();

    // Copy, by Enter (focus stays on the toggled button, so go round once more).
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(popup, 'Copy the URL of Uptrends staging');
    await popup.keyboard.press('Enter');
    await popup.getByText('Copied the URL of Uptrends staging to the clipboard.').waitFor();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(
      `https://notify.alertops.com/POSTAlert/${KEY_A}/Uptrends`,
    );

    // Forget, by Enter.
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(popup, 'Forget the URL of Uptrends staging');
    await popup.keyboard.press('Enter');
    await popup.getByText('Forgot the URL of Uptrends staging.').waitFor();
    await eventually(
      () => storedCaptures(browser),
      (captures) => captures.length === 1 && captures[0]?.integrationName === 'Uptrends production',
    );
    await popup.close();
  });

  it('Tab reaches the empty state link and the Fill button', async () => {
    const popup = await emptyPopup();
    await tabTo(popup, 'Open AlertOps');
    await tabTo(popup, 'Fill this page');
    await popup.close();
  });
});
