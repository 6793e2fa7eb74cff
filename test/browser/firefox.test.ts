/**
 * Firefox parity: the journeys of the Chromium tests, in Debian's firefox-esr with dist/firefox installed (see
 * firefox.ts for how, and for what Firefox does differently). Skipped, with a message, where port 443 is unavailable.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertOpsUi } from './alertops-journey.ts';
import { FIREFOX_BUILD, type StoredCapture } from './chromium.ts';
import {
  control,
  controlState,
  eventually,
  type FirefoxWithExtension,
  firefoxManifest,
  firefoxSkipReason,
  type InExtensionPage,
  launchFirefoxWithExtension,
} from './firefox.ts';

const TEST_TIMEOUT = 60_000;
const DEFINITION_ID = '3e7a1c9f-2b4d-4f6a-8c1e-5d9b7a3f0001';
const ALERTOPS_ON_LEVELS = 'AlertOps production';

const skipReason = await firefoxSkipReason();
if (skipReason) console.warn(`[firefox] Firefox parity tests SKIPPED: ${skipReason}`);

/** The Uptrends console's own labels (plain JS module, imported by URL so TypeScript does not type it). */
const { DICT } = (await import(new URL('../consoles/uptrends/i18n.js', import.meta.url).href)) as {
  DICT: Record<string, Record<string, string>>;
};
const label = (lang: string, key: string): string => {
  const text = DICT[lang]?.[key];
  if (!text) throw new Error(`no Uptrends label ${lang}.${key}`);
  return text;
};

/** The extension's own English strings (the popup follows the browser's language: en-US here). Read when needed. */
let messages: Record<string, { message: string }> | undefined;
const message = (key: string): string => {
  messages ??= JSON.parse(readFileSync(join(FIREFOX_BUILD, '_locales/en/messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
  const text = messages[key]?.message;
  if (!text) throw new Error(`no extension message ${key}`);
  return text;
};

/** The text input of a variable row (the row's mode radios share its label). */
const TEXT_FIELD = 'input[type="text"], input:not([type]), textarea';

interface PostedIntegration {
  name?: unknown;
  variables?: Record<string, { mode?: string; value?: unknown }>;
}
interface PostedDefinition {
  id: string;
  name: string;
  levels: { level: number; integrations: { name: string; checked: boolean }[] }[];
}

function keyOf(url: string): string {
  return url.split('/').at(-2) ?? url;
}

/** `::-p-aria` with a name in quotes (names may hold parentheses). */
function aria(name: string, role?: string): string {
  return `::-p-aria([name=${JSON.stringify(name)}]${role ? `[role="${role}"]` : ''})`;
}

/** Puppeteer twin of alertops-journey.ts's saveUptrendsIntegration: same clicks, by visible text and roles. */
async function saveUptrendsIntegration(
  ff: FirefoxWithExtension,
  page: Page,
  options: { ui: AlertOpsUi; name: string },
): Promise<string> {
  const before = ff.server.createdIntegrations.length;
  await page.goto(`${ff.server.origin('app.alertops.com')}/?ui=${options.ui}`);
  if (options.ui === 'legacy') {
    await page.locator(aria('Integrations', 'button')).click();
    await page.locator(aria('Inbound Integrations', 'link')).click();
    await page.locator(aria('ADD API INTEGRATION', 'button')).click();
    await page.locator(aria('Uptrends', 'button')).click();
    const name = await control(page, 'Integration Name');
    await name.type(options.name);
    const recipients = await control(page, 'Recipient Group(s)/User(s)');
    const first = await recipients.evaluate((select) => (select as HTMLSelectElement).options[0]?.value ?? '');
    await recipients.select(first);
    await page.locator(aria('Save', 'button')).click();
    await page.locator('::-p-text(API URL)').wait();
  } else {
    await page.locator(aria('Configurations', 'button')).click();
    await page.locator(aria('Integrations', 'menuitem')).click();
    await page.locator(aria('ADD API', 'button')).click();
    await page.locator(`${aria('Recommended', 'region')} ${aria('Uptrends', 'button')}`).click();
    const name = await control(page, 'Integration Name');
    await name.evaluate((input) => (input as HTMLInputElement).select());
    await name.type(options.name);
    await page.locator(aria('Submit', 'button')).click();
    await eventually(
      () => controlState(page, 'Endpoint URL'),
      (state) => (state?.value ?? '') !== '',
    );
  }
  const created = ff.server.createdIntegrations[before];
  if (!created) throw new Error('the console did not create an integration');
  return created.url;
}

async function captureOf(ff: FirefoxWithExtension, url: string): Promise<StoredCapture> {
  const list = await eventually(
    () => ff.captures(),
    (captures) => captures.some((c) => c.url === url),
  );
  const matching = list.filter((c) => c.url === url);
  expect(matching).toHaveLength(1);
  return matching[0] as StoredCapture;
}

async function nextRequest(ff: FirefoxWithExtension, from: number, method: string, path: string) {
  const found = await eventually(
    async () => ff.server.requests.slice(from).find((r) => r.method === method && r.path === path),
    (request) => request !== undefined,
  );
  if (!found) throw new Error(`no ${method} ${path}`);
  return found;
}

describe.skipIf(skipReason !== undefined)('Firefox: the extension on the simulated consoles', () => {
  let ff: FirefoxWithExtension;
  const open = () => ff.newPage();

  beforeAll(async () => {
    ff = await launchFirefoxWithExtension();
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await ff?.close();
  }, TEST_TIMEOUT);

  it(
    'grants the content scripts their hosts at install (MV3 host permissions)',
    async () => {
      const origins = firefoxManifest().content_scripts.flatMap((script) => script.matches);
      const granted = await ff.inExtension(
        (wanted) => (globalThis as unknown as InExtensionPage).browser.permissions.contains({ origins: wanted }),
        origins,
      );
      expect(granted).toBe(true);
    },
    TEST_TIMEOUT,
  );

  describe('capture on the AlertOps console, shown masked in the popup', () => {
    for (const ui of ['legacy', 'current'] as const) {
      it(
        `captures the URL saved in the ${ui} UI`,
        async () => {
          const page = await open();
          const name = `Firefox ${ui} ${Date.now()}`;
          const url = await saveUptrendsIntegration(ff, page, { ui, name });
          expect(url).toBe(ff.server.lastCreatedUrl);

          const capture = await captureOf(ff, url);
          expect(capture.url).toBe(ff.server.lastCreatedUrl);
          expect(capture.integrationName).toBe(name);
          expect(capture.template).toBe('Uptrends');
          expect(capture.consoleHost).toBe('app.alertops.com');

          const notice = await page.waitForSelector('[data-uptrends-alertops-bridge]');
          expect(await notice?.evaluate((host) => host.shadowRoot?.textContent ?? '')).not.toContain(keyOf(url));

          const popup = await ff.openPopup();
          const item = () =>
            popup.evaluate((title) => {
              const li = Array.from(document.querySelectorAll('li')).find(
                (entry) => entry.querySelector('h2')?.textContent === title,
              );
              return li
                ? { code: li.querySelector('code')?.textContent ?? '', all: document.body.textContent ?? '' }
                : null;
            }, name);
          const masked = await eventually(item, (found) => found !== null);
          expect(masked?.code).toContain('••••');
          expect(masked?.code).not.toContain(keyOf(url));
          expect(masked?.all).not.toContain(keyOf(url));

          await popup.locator(aria(`Show the full URL of ${name}`)).click();
          const revealed = await eventually(item, (found) => found?.code === url);
          expect(revealed?.code).toBe(url);
        },
        TEST_TIMEOUT,
      );
    }
  });

  describe('fill and tick on the Uptrends console', () => {
    let url: string;

    beforeAll(async () => {
      // A fresh capture, so it is the newest one: the one the extension fills in.
      const page = await open();
      url = await saveUptrendsIntegration(ff, page, { ui: 'current', name: `Firefox fill ${Date.now()}` });
      await captureOf(ff, url);
    }, TEST_TIMEOUT);

    for (const lang of ['fr', 'de']) {
      it(
        `fills the new AlertOps integration (${lang}) and the page saves the captured URL`,
        async () => {
          const page = await open();
          const before = ff.server.requests.length;
          await page.goto(
            `${ff.server.origin('app.uptrends.com')}/Alerting/Integrations/New?type=alertops&lang=${lang}`,
          );

          const notice = await page.waitForSelector('[data-uptrends-alertops-bridge]');
          expect(await notice?.evaluate((host) => host.shadowRoot?.textContent ?? '')).not.toContain(keyOf(url));
          await eventually(
            () => controlState(page, 'AlertOpsUrl', TEXT_FIELD),
            (state) => state?.value === url,
          );

          await page.locator(aria(label(lang, 'save'), 'button')).click();
          const posted = await nextRequest(ff, before, 'POST', '/api/integrations');
          const body = posted.body as PostedIntegration;
          expect(body.variables?.AlertOpsUrl?.value).toBe(url);
          expect(typeof body.name).toBe('string');
          expect(String(body.name).trim()).not.toBe('');
          await page.locator(`::-p-text(${label(lang, 'saved')})`).wait();

          const capture = await captureOf(ff, url);
          expect(capture.filled?.uptrendsName).toBe(body.name);
        },
        TEST_TIMEOUT,
      );
    }

    it(
      '"Fill this page" in the popup (?tab=) reaches the content script of that tab',
      async () => {
        const page = await open();
        await page.goto(`${ff.server.origin('app.uptrends.com')}/Alerting/Integrations/New?type=alertops&lang=nl`);
        await eventually(
          () => controlState(page, 'AlertOpsUrl', TEXT_FIELD),
          (state) => state?.value === url,
        );
        const popup = await ff.openPopup(page);
        await popup.locator(aria(message('popupFillPage'), 'button')).click();
        const report = await eventually(
          () => popup.evaluate(() => document.querySelector('p.report')?.textContent ?? ''),
          (text) => text !== '',
        );
        expect(report).toBe(message('statusAlreadyFilled'));
        expect((await controlState(page, 'AlertOpsUrl', TEXT_FIELD))?.value).toBe(url);
        await popup.close();
      },
      TEST_TIMEOUT,
    );

    it(
      `ticks ${ALERTOPS_ON_LEVELS} on escalation level 1 and nothing else`,
      async () => {
        const page = await open();
        const path = `/api/alertdefinitions/${DEFINITION_ID}`;
        await page.goto(`${ff.server.origin('app.uptrends.com')}/Alerting/AlertDefinitions/${DEFINITION_ID}`);

        // Baseline: Save on the Main tab (no escalation level on screen, so nothing for the extension to tick).
        let from = ff.server.requests.length;
        await page.locator(aria(label('en', 'save'), 'button')).click();
        const baseline = (await nextRequest(ff, from, 'POST', path)).body as PostedDefinition;
        const baselineLevel1 = baseline.levels.find((level) => level.level === 1);
        expect(baselineLevel1?.integrations.find((i) => i.name === ALERTOPS_ON_LEVELS)?.checked).toBe(false);

        await page.locator(aria(`${label('en', 'escalationLevel')} 1`, 'tab')).click();
        await eventually(
          () => controlState(page, ALERTOPS_ON_LEVELS),
          (state) => state?.checked === true,
        );
        const notice = await page.waitForSelector('[data-uptrends-alertops-bridge]');
        expect(await notice?.evaluate((host) => host.shadowRoot?.textContent ?? '')).toContain(ALERTOPS_ON_LEVELS);

        from = ff.server.requests.length;
        await page.locator(aria(label('en', 'save'), 'button')).click();
        const saved = (await nextRequest(ff, from, 'POST', path)).body as PostedDefinition;

        const expected = structuredClone(baseline);
        const target = expected.levels
          .find((level) => level.level === 1)
          ?.integrations.find((i) => i.name === ALERTOPS_ON_LEVELS);
        if (!target) throw new Error(`${ALERTOPS_ON_LEVELS} is not on level 1`);
        target.checked = true;
        expect(saved).toEqual(expected);

        const capture = await captureOf(ff, url);
        expect(capture.attachments?.some((a) => a.definition === baseline.name)).toBe(true);
      },
      TEST_TIMEOUT,
    );
  });

  it(
    'fills an Uptrends editor opened before the AlertOps integration was saved, once the user is back in its tab',
    async () => {
      await ff.clearStorage();
      const uptrends = await open();
      await uptrends.goto(`${ff.server.origin('app.uptrends.com')}/Alerting/Integrations/New?type=alertops&lang=en`);
      const notice = await uptrends.waitForSelector('[data-uptrends-alertops-bridge]');
      expect(await notice?.evaluate((host) => host.shadowRoot?.textContent ?? '')).toContain(
        message('noticeNoCaptureTitle'),
      );
      expect((await controlState(uptrends, 'AlertOpsUrl', TEXT_FIELD))?.value).toBe('');

      const alertops = await open();
      await alertops.bringToFront();
      const url = await saveUptrendsIntegration(ff, alertops, { ui: 'current', name: `Firefox later ${Date.now()}` });
      await captureOf(ff, url);
      await uptrends.bringToFront();
      await eventually(
        () => controlState(uptrends, 'AlertOpsUrl', TEXT_FIELD),
        (state) => state?.value === url,
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'never writes a captured key into any log (pages, extension pages, background)',
    async () => {
      // The collector hears the background script: a message outside the protocol makes it warn.
      const marker = '[bridge] refused a message';
      await ff.inExtension(
        (message) =>
          (globalThis as unknown as InExtensionPage).browser.runtime.sendMessage(message).catch(() => undefined),
        { unexpected: true },
      );
      await eventually(
        async () => ff.logs.some((line) => line.includes(marker)),
        (heard) => heard,
      );

      const keys = ff.server.createdIntegrations.map((created) => keyOf(created.url));
      expect(keys.length).toBeGreaterThan(0);
      const all = ff.logs.join('\n');
      for (const key of keys) expect(all).not.toContain(key);
    },
    TEST_TIMEOUT,
  );
});
