/**
 * The setup assistant end to end in real Chromium against the simulated Uptrends API: connect, plan, apply to
 * 30 definitions × 3 levels with a failure in the middle and its retry, an idempotent re-run, disconnect.
 * Uses dist/chrome-e2e, the build whose optional api.uptrends.com permission is already granted (no tool can answer
 * Chrome's permission prompt).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALERTOPS_PRODUCTION_GUID,
  definitionGuid,
  UPTRENDS_API_PASSWORD,
  UPTRENDS_API_USER,
} from '../rig/uptrends-api.ts';
import { axeViolations, describeViolations } from './axe.ts';
import { CHROME_E2E_BUILD, type ExtensionBrowser, launchWithExtension } from './chromium.ts';

let browser: ExtensionBrowser;
let page: Page;
const DEFINITIONS = 30;
const LEVELS = 3;
const CAPTURED_URL = `https://notify.alertops.com/POSTAlert/${crypto.randomUUID()}/Uptrends`;

function snapshot(): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const definition of browser.server.uptrendsApi.definitions) {
    for (const level of definition.levels) {
      result.set(
        `${definition.guid}/${level.id}`,
        [...browser.server.uptrendsApi.attachedTo(definition.guid, level.id)].sort(),
      );
    }
  }
  return result;
}

beforeAll(async () => {
  browser = await launchWithExtension({ build: CHROME_E2E_BUILD });
  browser.server.uptrendsApi.seed({
    definitions: DEFINITIONS,
    levelsPerDefinition: LEVELS,
    alertOpsAttached: [
      { definition: 0, level: 1 },
      { definition: 7, level: 3 },
    ],
  });
  const now = Date.now();
  await browser.setStorage({
    bridgeState: {
      version: 1,
      captures: [
        {
          id: 'capture-1',
          url: CAPTURED_URL,
          integrationName: 'Uptrends',
          template: 'Uptrends',
          consoleHost: 'app.alertops.com',
          capturedAt: now,
          lastSeenAt: now,
          filled: { uptrendsName: 'AlertOps production', at: now },
          attachments: [],
        },
      ],
      uptrendsNames: ['AlertOps production'],
    },
  });
  page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/ui/assistant.html`);
});

afterAll(async () => {
  await browser?.close();
});

describe('setup assistant', () => {
  it('refuses a wrong password with a clear message, then connects', async () => {
    await page.getByLabel('API user name').fill(UPTRENDS_API_USER);
    await page.getByLabel('API password').fill('wrong-password');
    await page.getByRole('button', { name: 'Connect' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Uptrends did not accept this API user name and password.' })
      .waitFor();

    await page.getByLabel('API password').fill(UPTRENDS_API_PASSWORD);
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByText(`Connected as ${UPTRENDS_API_USER}.`).waitFor();
    const stored = await browser.storage();
    expect(JSON.stringify(stored)).not.toContain(UPTRENDS_API_PASSWORD);
  });

  it('lists the definitions and suggests the integration filled in step 2', async () => {
    await page.getByRole('table').getByRole('row').nth(DEFINITIONS).waitFor();
    expect(await page.getByLabel('AlertOps integration').inputValue()).toBe(ALERTOPS_PRODUCTION_GUID);
    expect(await page.getByRole('table').getByRole('row').count()).toBe(DEFINITIONS + 1);
  });

  it('has no accessibility violations, light or dark, with the plan on screen', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(describeViolations(await axeViolations(page))).toBe('');
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('reviews the plan: one request per level that lacks the integration', async () => {
    await page.getByRole('button', { name: 'Review the plan' }).click();
    await page
      .getByText(
        `${DEFINITIONS * LEVELS - 2} requests will attach “AlertOps production”. 2 chosen levels already have it`,
      )
      .waitFor();
  });

  it('applies it with progress, reports a failure with the API message, and retries only what failed', async () => {
    const before = snapshot();
    const failing = definitionGuid(12);
    browser.server.uptrendsApi.failNext(
      { method: 'POST', pathIncludes: `${failing}/EscalationLevel/2/Integration` },
      { status: 500, times: 5 },
    );
    browser.server.uptrendsApi.failNext({ method: 'POST' }, { status: 429, retryAfterSeconds: 1, times: 2 });
    // An answer lost after the API did the work: the retry gets "already added", which must count as done.
    browser.server.uptrendsApi.dropConnectionNext(
      { method: 'POST', pathIncludes: definitionGuid(3) },
      { afterCommit: true },
    );
    await page.getByRole('button', { name: /^Apply \(\d+ requests\)$/ }).click();

    // The browser stops the worker in the middle of the run: the run goes on from where it was.
    await page.getByText(/^[1-9]\d* done/).waitFor({ timeout: 30_000 });
    await browser.stopWorker();

    await page.getByText(/87 done, 1 failed, 0 to go, of 88\./).waitFor({ timeout: 90_000 });
    const failures = page.getByRole('list', { name: 'Levels that failed' });
    expect(await failures.getByRole('listitem').count()).toBe(1);
    expect(await failures.textContent()).toMatch(/Level 2: \S+/);

    await page.getByRole('button', { name: 'Retry the 1 that failed' }).click();
    await page.getByText(/88 done, 0 failed, 0 to go, of 88\./).waitFor({ timeout: 60_000 });

    const after = snapshot();
    for (const [key, attached] of after) {
      const previous = before.get(key) ?? [];
      const expected = [...new Set([...previous, ALERTOPS_PRODUCTION_GUID])].sort();
      expect(attached, key).toEqual(expected);
    }
    // Every needed level was attached by exactly one request that did the work: 201s, plus the one whose answer was lost.
    const calls = browser.server.uptrendsApi.requests.filter((call) => call.method === 'POST');
    const created = calls.filter((call) => call.status === 201).length;
    const lostButDone = calls.filter((call) => call.injected === 'drop').length;
    expect(created + lostButDone).toBe(DEFINITIONS * LEVELS - 2);
  });

  it('plans nothing on a re-run', async () => {
    await page.getByRole('button', { name: 'Reload' }).click();
    await page.getByRole('table').getByRole('row').nth(DEFINITIONS).waitFor();
    await page.getByRole('button', { name: 'Review the plan' }).click();
    await page.getByText('0 requests will attach “AlertOps production”.').waitFor();
    expect(await page.getByRole('button', { name: /^Apply/ }).isDisabled()).toBe(true);
  });

  it('shows where the setup stands in the popup', async () => {
    const popup = await browser.openPopup();
    await popup.getByText(`Ticked on ${DEFINITIONS * LEVELS - 2} escalation level(s)`).waitFor();
    await popup.close();
  });

  it('detaches the same way, from the chosen levels only', async () => {
    const before = snapshot();
    await page.getByRole('radio', { name: 'Detach from the chosen levels' }).check();
    await page.getByRole('checkbox', { name: 'Level 1' }).uncheck();
    await page.getByRole('checkbox', { name: 'Level 3' }).uncheck();
    await page.getByRole('button', { name: 'Review the plan' }).click();
    await page.getByText(`${DEFINITIONS} requests will detach “AlertOps production”.`).waitFor();
    await page.getByRole('button', { name: `Apply (${DEFINITIONS} requests)` }).click();
    await page
      .getByText(new RegExp(`^${DEFINITIONS} done, 0 failed, 0 to go, of ${DEFINITIONS}\\.`))
      .waitFor({ timeout: 60_000 });
    for (const [key, attached] of snapshot()) {
      const previous = before.get(key) ?? [];
      const expected = key.endsWith('/2') ? previous.filter((guid) => guid !== ALERTOPS_PRODUCTION_GUID) : previous;
      expect(attached, key).toEqual(expected);
    }
  });

  it('keeps what the user chose while the list loads again after a run, and once it has', async () => {
    const first = browser.server.uptrendsApi.definitions[0];
    if (!first) throw new Error('no seeded definition');
    await page.getByRole('radio', { name: 'Attach to the chosen levels' }).check();
    await page.getByRole('checkbox', { name: 'Choose all alert definitions' }).uncheck();
    await page.getByRole('checkbox', { name: first.name, exact: true }).check();
    await page.getByText(`Alert definitions: 1 of ${DEFINITIONS} chosen`).waitFor();
    await page.getByRole('button', { name: 'Review the plan' }).click();
    await page.getByText('1 requests will attach “AlertOps production”.').waitFor();
    // A slow API: the list asked for when the run ends (about 17 requests in a row) arrives seconds after the user has
    // changed their choices.
    browser.server.uptrendsApi.latencyMs = 300;
    try {
      await page.getByRole('button', { name: 'Apply (1 requests)' }).click();
      await page.getByText(/^1 done, 0 failed, 0 to go, of 1\./).waitFor({ timeout: 60_000 });
      await page.getByRole('checkbox', { name: 'Level 3' }).check();
      const firstRow = page
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: first.name, exact: true }) });
      await firstRow
        .locator('td')
        .nth(2)
        .filter({ hasText: /^attached$/ })
        .waitFor({ timeout: 30_000 });
    } finally {
      browser.server.uptrendsApi.latencyMs = 0;
    }
    expect(await page.getByRole('radio', { name: 'Attach to the chosen levels' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Level 1' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Level 2' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Level 3' }).isChecked()).toBe(true);
    await page.getByText(`Alert definitions: 1 of ${DEFINITIONS} chosen`).waitFor({ timeout: 1000 });
    await page.getByRole('button', { name: 'Review the plan' }).click();
    await page.getByText('0 requests will attach “AlertOps production”. 2 chosen levels already have it').waitFor();
  });

  it('disconnects and forgets the account', async () => {
    await page.getByRole('button', { name: 'Disconnect' }).click();
    await page.getByRole('button', { name: 'Connect' }).waitFor();
    const stored = await browser.storage();
    expect(stored.uptrendsApiAccount).toBeUndefined();
    expect(browser.logs.join('\n')).not.toContain(UPTRENDS_API_PASSWORD);
    expect(browser.logs.join('\n')).not.toContain(CAPTURED_URL.split('/').at(-2));
  });
});
