/** The options page in real Chromium: every setting by its label, kept in storage.sync, bad input never stored. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';
import { type ExtensionBrowser, eventually, launchWithExtension } from './chromium.ts';

const SETTINGS_KEY = 'bridgeSettings';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/ui/options.html`);
  await page.getByRole('heading', { name: 'Uptrends ⇄ AlertOps Bridge: settings' }).waitFor();
  return page;
}

type Stored = Record<string, unknown> | undefined;

async function syncSettings(page: Page): Promise<Stored> {
  return (await page.evaluate((key) => chrome.storage.sync.get(key), SETTINGS_KEY))[SETTINGS_KEY] as Stored;
}

async function localSettings(page: Page): Promise<unknown> {
  return (await page.evaluate((key) => chrome.storage.local.get(key), SETTINGS_KEY))[SETTINGS_KEY];
}

/** Waits until storage.sync holds `field` = `value`, and the page said so. */
async function expectStored(page: Page, field: string, value: unknown): Promise<void> {
  await eventually(
    () => syncSettings(page),
    (stored) => JSON.stringify(stored?.[field]) === JSON.stringify(value),
  );
  await expect.poll(() => page.getByRole('status').textContent()).toBe('Saved');
}

const LABELS = {
  autoFill: 'Fill in the AlertOps URL as soon as an AlertOps integration is opened in Uptrends',
  pattern: 'Name of the integration in Uptrends',
  autoTick: 'Tick the AlertOps integration under “Alerting by integrations” when an escalation level is opened',
  levelsAll: 'Every escalation level',
  levelsSome: 'Only the escalation levels listed below',
  levels: 'Escalation level numbers',
  hours: 'Forget captured URLs after (hours)',
  forgetOnceFilled: 'Forget a URL once it has been filled into Uptrends',
};

describe('options page', () => {
  it('shows the defaults before anything is stored', async () => {
    const page = await openOptions();
    expect(await syncSettings(page)).toBeUndefined();
    expect(await page.getByLabel(LABELS.autoFill).isChecked()).toBe(true);
    expect(await page.getByLabel(LABELS.autoTick).isChecked()).toBe(true);
    expect(await page.getByLabel(LABELS.levelsAll).isChecked()).toBe(true);
    expect(await page.getByLabel(LABELS.pattern).inputValue()).toBe('AlertOps - {name}');
    expect(await page.getByLabel(LABELS.hours).inputValue()).toBe('0');
    expect(await page.getByLabel(LABELS.forgetOnceFilled).isChecked()).toBe(false);
    await page
      .getByText('Preview: the AlertOps integration “Uptrends” becomes “AlertOps - Uptrends” in Uptrends.')
      .waitFor();
    await page.close();
  });

  it('changes each setting by its label and keeps it in storage.sync across a reload', async () => {
    const page = await openOptions();

    await page.getByLabel(LABELS.autoFill).uncheck();
    await expectStored(page, 'autoFill', false);

    const pattern = page.getByLabel(LABELS.pattern);
    await pattern.fill('Ops {name} (prod)');
    await page
      .getByText('Preview: the AlertOps integration “Uptrends” becomes “Ops Uptrends (prod)” in Uptrends.')
      .waitFor();
    await pattern.press('Enter');
    await expectStored(page, 'namingPattern', 'Ops {name} (prod)');

    await page.getByLabel(LABELS.autoTick).uncheck();
    await expectStored(page, 'autoTick', false);

    await page.getByLabel(LABELS.levels).fill('3, 1,1');
    await page.getByLabel(LABELS.levels).press('Tab');
    await expectStored(page, 'autoTickLevels', [1, 3]);
    expect(await page.getByLabel(LABELS.levelsSome).isChecked()).toBe(true);

    await page.getByLabel(LABELS.hours).fill('48');
    await page.getByLabel(LABELS.hours).press('Tab');
    await expectStored(page, 'forgetAfterHours', 48);

    await page.getByLabel(LABELS.forgetOnceFilled).check();
    await expectStored(page, 'forgetOnceFilled', true);

    expect(await syncSettings(page)).toEqual({
      autoFill: false,
      autoTick: false,
      autoTickLevels: [1, 3],
      forgetAfterHours: 48,
      forgetOnceFilled: true,
      namingPattern: 'Ops {name} (prod)',
    });
    expect(await localSettings(page)).toBeUndefined();

    await page.reload();
    await page.getByLabel(LABELS.autoFill).waitFor();
    expect(await page.getByLabel(LABELS.autoFill).isChecked()).toBe(false);
    expect(await page.getByLabel(LABELS.pattern).inputValue()).toBe('Ops {name} (prod)');
    expect(await page.getByLabel(LABELS.autoTick).isChecked()).toBe(false);
    expect(await page.getByLabel(LABELS.levelsSome).isChecked()).toBe(true);
    expect(await page.getByLabel(LABELS.levels).inputValue()).toBe('1, 3');
    expect(await page.getByLabel(LABELS.hours).inputValue()).toBe('48');
    expect(await page.getByLabel(LABELS.forgetOnceFilled).isChecked()).toBe(true);

    // Back to every level, and the checkboxes back on, by keyboard.
    await page.getByLabel(LABELS.levelsAll).check();
    await expectStored(page, 'autoTickLevels', []);
    await page.getByLabel(LABELS.autoTick).focus();
    await page.keyboard.press('Space');
    await expectStored(page, 'autoTick', true);
    await page.reload();
    await page.getByLabel(LABELS.levelsAll).waitFor();
    expect(await page.getByLabel(LABELS.levelsAll).isChecked()).toBe(true);
    expect(await page.getByLabel(LABELS.autoTick).isChecked()).toBe(true);
    await page.close();
  });

  const badInputs = [
    { label: LABELS.levels, value: '1, 25', error: 'Use whole numbers from 1 to 20' },
    { label: LABELS.levels, value: 'first, second', error: 'Use whole numbers from 1 to 20' },
    { label: LABELS.hours, value: '-3', error: 'Enter a whole number of hours from 0 to 8760' },
    { label: LABELS.hours, value: '2.5', error: 'Enter a whole number of hours from 0 to 8760' },
    { label: LABELS.hours, value: '9000', error: 'Enter a whole number of hours from 0 to 8760' },
    { label: LABELS.pattern, value: 'AlertOps production', error: 'Include {name} in the name' },
  ];

  for (const bad of badInputs) {
    it(`refuses "${bad.value}" for "${bad.label}" with an inline error and leaves storage.sync alone`, async () => {
      const page = await openOptions();
      const before = await syncSettings(page);
      const field = page.getByLabel(bad.label);
      const shownBefore = await field.inputValue();
      await field.fill(bad.value);
      await field.press('Tab');

      const error = page.getByText(bad.error);
      await error.waitFor();
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      const errorId = await error.getAttribute('id');
      expect(errorId).toBeTruthy();
      expect((await field.getAttribute('aria-describedby'))?.split(' ')).toContain(errorId);

      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await syncSettings(page)).toEqual(before);
      expect(await page.getByRole('status').textContent()).toBe('');

      // Reloading shows the stored value, not the refused one.
      await page.reload();
      await page.getByLabel(bad.label).waitFor();
      expect(await page.getByLabel(bad.label).inputValue()).toBe(shownBefore);
      expect(await page.getByLabel(bad.label).getAttribute('aria-invalid')).toBeNull();
      await page.close();
    });
  }

  it('asks for level numbers when "only these levels" is picked with none, without storing anything', async () => {
    const page = await openOptions();
    await page.getByLabel(LABELS.levelsAll).check();
    await eventually(
      () => syncSettings(page),
      (stored) => JSON.stringify(stored?.autoTickLevels ?? []) === '[]',
    );
    await page.getByLabel(LABELS.levels).fill('');
    await page.getByLabel(LABELS.levelsAll).check();
    const before = await syncSettings(page);
    await page.getByLabel(LABELS.levelsSome).check();
    await page.getByText('Enter at least one escalation level number').waitFor();
    expect(await page.getByLabel(LABELS.levels).getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('levels-list');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await syncSettings(page)).toEqual(before);

    await page.getByLabel(LABELS.levels).fill('2');
    expect(await page.getByLabel(LABELS.levels).getAttribute('aria-invalid')).toBeNull();
    await page.getByLabel(LABELS.levels).press('Enter');
    await expectStored(page, 'autoTickLevels', [2]);
    await page.close();
  });

  it('keeps every change when several are made in quick succession', async () => {
    const page = await openOptions();
    const before = await syncSettings(page);
    const autoFill = page.getByLabel(LABELS.autoFill);
    const forget = page.getByLabel(LABELS.forgetOnceFilled);
    const wantAutoFill = !(await autoFill.isChecked());
    const wantForget = !(await forget.isChecked());
    // Both clicks in the same task: the second change is made before the first write has landed.
    await page.evaluate(() => {
      for (const id of ['auto-fill', 'forget-once-filled']) (document.getElementById(id) as HTMLInputElement).click();
    });
    expect(await autoFill.isChecked()).toBe(wantAutoFill);
    expect(await forget.isChecked()).toBe(wantForget);
    const after = await eventually(
      () => syncSettings(page),
      (stored) => stored?.autoFill === wantAutoFill && stored?.forgetOnceFilled === wantForget,
    );
    expect(after).toEqual({ ...DEFAULT_SETTINGS, ...before, autoFill: wantAutoFill, forgetOnceFilled: wantForget });
    await page.close();
  });

  it('shows the keyboard shortcut and where to change it', async () => {
    const page = await openOptions();
    await page.getByRole('heading', { name: 'Keyboard shortcut' }).waitFor();
    await page.getByText('Fill or tick AlertOps on this Uptrends page').waitFor();
    await page.getByText('Shortcut: Alt+Shift+U').waitFor();
    await page.getByText('chrome://extensions/shortcuts').waitFor();
    await page.getByRole('button', { name: 'Change the shortcut' }).waitFor();
    await page.close();
  });
});
