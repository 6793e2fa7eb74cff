import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveUptrendsIntegration } from './alertops-journey.ts';
import {
  type ExtensionBrowser,
  eventually,
  launchWithExtension,
  screenshotPath,
  storedCaptures,
  withPage as withBrowserPage,
} from './chromium.ts';
import { clearLocalStorage } from './hostile-pages.ts';
import {
  DEFINITION_ID,
  EXISTING_ALERTOPS_ID,
  LANGS,
  noticeText,
  openNewAlertOpsEditor,
  type SavedDefinition,
  type SavedIntegration,
  saveAndCapture,
  UPTRENDS_LABELS,
  uptrendsUrl,
} from './uptrends-journey.ts';

let browser: ExtensionBrowser;
let capturedUrl: string;
const ALERTOPS_NAME = 'Uptrends prod';

beforeAll(async () => {
  browser = await launchWithExtension();
  const page = await browser.context.newPage();
  capturedUrl = await saveUptrendsIntegration(page, browser.server, { ui: 'current', name: ALERTOPS_NAME });
  await eventually(
    () => storedCaptures(browser),
    (list) => list.some((c) => c.url === capturedUrl),
  );
  await page.close();
});

afterAll(async () => {
  await browser?.close();
});

function withPage<T>(run: (page: Page) => Promise<T>): Promise<T> {
  return withBrowserPage(browser, run);
}

function urlField(page: Page) {
  return page.getByRole('textbox', { name: /AlertOpsUrl/ });
}

describe('fill the AlertOps integration editor on Uptrends', () => {
  for (const lang of LANGS) {
    for (const entry of ['plain', 'dialog'] as const) {
      it(`fills URL and name so that Save sends them (${lang}, ${entry} entry)`, async () => {
        await withPage(async (page) => {
          await openNewAlertOpsEditor(page, browser.server, { lang, entry });
          await expect.poll(() => noticeText(page), { timeout: 10_000 }).toContain('AlertOps URL filled in');
          if (lang === 'en' && entry === 'plain')
            await page.screenshot({ path: screenshotPath('uptrends-filled.png') });
          const sent = await saveAndCapture(page, browser.server, lang, '/api/integrations');
          const body = sent.body as SavedIntegration;
          expect(body.type).toBe('AlertOps');
          expect(body.name).toBe(`AlertOps - ${ALERTOPS_NAME}`);
          expect(Object.values(body.variables)).toEqual([{ mode: 'here', value: capturedUrl }]);
          expect(await page.getByRole('dialog').count()).toBe(0);
        });
      });
    }
  }

  it('remembers the Uptrends integration name for the tick step', async () => {
    const captures = await storedCaptures(browser);
    expect(captures.find((c) => c.url === capturedUrl)?.filled?.uptrendsName).toBe(`AlertOps - ${ALERTOPS_NAME}`);
  });

  it('remembers the name the user saved under when they rename the integration before Save', async () => {
    await withPage(async (page) => {
      await openNewAlertOpsEditor(page, browser.server, { lang: 'fr' });
      await expect.poll(() => noticeText(page), { timeout: 10_000 }).toContain('AlertOps URL filled in');
      await page.getByRole('textbox', { name: UPTRENDS_LABELS.fr.integrationName }).fill('Astreinte AlertOps');
      const sent = await saveAndCapture(page, browser.server, 'fr', '/api/integrations');
      expect((sent.body as SavedIntegration).name).toBe('Astreinte AlertOps');
      await expect
        .poll(async () => (await storedCaptures(browser)).find((c) => c.url === capturedUrl)?.filled?.uptrendsName)
        .toBe('Astreinte AlertOps');
    });
  });

  it('does not overwrite a different value, and replaces it only when the user says so', async () => {
    await withPage(async (page) => {
      await page.goto(uptrendsUrl(browser.server, `/Alerting/Integrations/${EXISTING_ALERTOPS_ID}`, { lang: 'en' }));
      await expect.poll(() => noticeText(page), { timeout: 10_000 }).toContain('Replace the value in this field?');
      const original = await urlField(page).inputValue();
      expect(original).not.toBe(capturedUrl);
      expect(original).toMatch(/^https:\/\/notify\.alertops\.com\//);
      const kept = await saveAndCapture(page, browser.server, 'en', '/api/integrations');
      expect(Object.values((kept.body as SavedIntegration).variables)[0]?.value).toBe(original);

      await page
        .locator('[data-uptrends-alertops-bridge]')
        .getByRole('button', { name: 'Replace with the AlertOps URL' })
        .click();
      await expect.poll(() => urlField(page).inputValue()).toBe(capturedUrl);
      const replaced = await saveAndCapture(page, browser.server, 'en', '/api/integrations');
      expect(Object.values((replaced.body as SavedIntegration).variables)[0]?.value).toBe(capturedUrl);
      expect((replaced.body as SavedIntegration).name).toBe('AlertOps production');
    });
  });

  it('never fills the editor of another integration type (Slack)', async () => {
    await withPage(async (page) => {
      await page.goto(uptrendsUrl(browser.server, '/Alerting/Integrations/New', { type: 'slack', lang: 'en' }));
      await page.getByRole('textbox', { name: UPTRENDS_LABELS.en.integrationName }).waitFor();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await noticeText(page)).toBe('');
      const values = await page
        .getByRole('textbox')
        .evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value));
      expect(values.join(' ')).not.toContain('alertops');
    });
  });

  it('fills a dialog that the page keeps re-rendering exactly once', async () => {
    await withPage(async (page) => {
      await page.addInitScript(() => {
        (window as unknown as { valueDialogOpenings: number }).valueDialogOpenings = 0;
        document.addEventListener(
          'click',
          (event) => {
            const target = event.target as Element | null;
            if (target?.closest?.('button[aria-label="Edit value"]')) {
              (window as unknown as { valueDialogOpenings: number }).valueDialogOpenings += 1;
            }
          },
          true,
        );
      });
      await openNewAlertOpsEditor(page, browser.server, { lang: 'en', entry: 'dialog', rerender: 1 });
      await expect.poll(() => noticeText(page), { timeout: 10_000 }).toContain('AlertOps URL filled in');
      await new Promise((resolve) => setTimeout(resolve, 2500));
      const sent = await saveAndCapture(page, browser.server, 'en', '/api/integrations');
      expect(Object.values((sent.body as SavedIntegration).variables)).toEqual([{ mode: 'here', value: capturedUrl }]);
      expect(
        await page.evaluate(() => (window as unknown as { valueDialogOpenings: number }).valueDialogOpenings),
      ).toBe(1);
      const opened = await page.evaluate(() => document.querySelectorAll('[role="dialog"]').length);
      expect(opened).toBe(0);
    });
  });
});

describe('a console built of web components', () => {
  it('fills an editor and ticks a level rendered inside shadow roots', async () => {
    await withPage(async (page) => {
      await page.route('https://app.uptrends.com/components/**', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><title>Uptrends</title><ut-app></ut-app><script>
            window.model = { name: '', url: '', ticked: [] };
            customElements.define('ut-url-field', class extends HTMLElement {
              connectedCallback() {
                const root = this.attachShadow({ mode: 'open' });
                root.innerHTML = '<label for="v">AlertOpsUrl</label><input id="v" type="text">';
                root.querySelector('input').addEventListener('input', (e) => { window.model.url = e.target.value; });
              }
            });
            customElements.define('ut-app', class extends HTMLElement {
              connectedCallback() {
                const root = this.attachShadow({ mode: 'open' });
                const view = location.pathname.endsWith('/level') ? 'level' : 'editor';
                setTimeout(() => {
                  root.innerHTML = view === 'editor'
                    ? '<form><h2>New integration</h2><label for="n">Integration name</label><input id="n" type="text">' +
                      '<p>Integration type</p><p>AlertOps</p><h3>Predefined variables</h3><ut-url-field></ut-url-field></form>'
                    : '<div role="tablist"><button role="tab" aria-selected="true">Escalation level 1</button></div>' +
                      '<section role="tabpanel"><label><input type="checkbox" checked> Active</label>' +
                      '<h3>Alerting by integrations</h3><label><input type="checkbox"> E-mail</label>' +
                      '<label><input type="checkbox" id="ao"> AlertOps production</label></section>';
                  root.querySelector('#n')?.addEventListener('input', (e) => { window.model.name = e.target.value; });
                  root.querySelector('#ao')?.addEventListener('change', (e) => { window.model.ticked.push(e.target.checked); });
                }, 300);
              }
            });
          </script>`,
        }),
      );
      await page.goto('https://app.uptrends.com/components/editor');
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { model: { url: string } }).model.url), {
          timeout: 10_000,
        })
        .toBe(capturedUrl);
      expect(await page.evaluate(() => (window as unknown as { model: { name: string } }).model.name)).toBe(
        `AlertOps - ${ALERTOPS_NAME}`,
      );

      await page.goto('https://app.uptrends.com/components/level');
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { model: { ticked: boolean[] } }).model.ticked), {
          timeout: 10_000,
        })
        .toEqual([true]);
    });
  });
});

describe('slow and re-rendering pages', () => {
  it('fills once on a slow editor that keeps re-rendering, and ticks on slow level tabs', async () => {
    await withPage(async (page) => {
      await openNewAlertOpsEditor(page, browser.server, { lang: 'nl', entry: 'dialog', slow: 1500, rerender: 1 });
      await expect.poll(() => noticeText(page), { timeout: 15_000 }).toContain('AlertOps URL filled in');
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const sent = await saveAndCapture(page, browser.server, 'nl', '/api/integrations');
      expect(Object.values((sent.body as SavedIntegration).variables)).toEqual([{ mode: 'here', value: capturedUrl }]);

      await page.goto(
        uptrendsUrl(browser.server, `/Alerting/AlertDefinitions/${DEFINITION_ID}`, {
          lang: 'nl',
          slow: 1500,
          rerender: 1,
        }),
      );
      await page.getByRole('tab', { name: `${UPTRENDS_LABELS.nl.escalationLevel} 2` }).click();
      await expect
        .poll(() => page.getByRole('checkbox', { name: 'AlertOps production', exact: true }).isChecked(), {
          timeout: 15_000,
        })
        .toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const saved = (await saveAndCapture(page, browser.server, 'nl', '/api/alertdefinitions')).body as SavedDefinition;
      const level2 = saved.levels.find((level) => level.level === 2);
      expect(level2?.integrations.find((i) => i.name === 'AlertOps production')?.checked).toBe(true);
    });
  });
});

describe('tick the AlertOps integration on escalation levels', () => {
  async function openLevel(page: Page, lang: keyof typeof UPTRENDS_LABELS, level: number) {
    await page.getByRole('tab', { name: `${UPTRENDS_LABELS[lang].escalationLevel} ${level}` }).click();
  }

  function box(page: Page, name: string) {
    return page.getByRole('checkbox', { name, exact: true });
  }

  for (const lang of LANGS) {
    it(`ticks AlertOps on two levels and changes nothing else (${lang})`, async () => {
      await withPage(async (page) => {
        await page.goto(uptrendsUrl(browser.server, `/Alerting/AlertDefinitions/${DEFINITION_ID}`, { lang }));
        const baseline = (await saveAndCapture(page, browser.server, lang, '/api/alertdefinitions'))
          .body as SavedDefinition;

        await openLevel(page, lang, 1);
        await expect
          .poll(() =>
            box(page, 'AlertOps production')
              .getAttribute('aria-checked')
              .catch(() => null),
          )
          .toBe('true');
        await openLevel(page, lang, 2);
        await expect.poll(() => box(page, 'AlertOps production').isChecked()).toBe(true);
        await openLevel(page, lang, 1);
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(await box(page, 'AlertOps production').getAttribute('aria-checked')).toBe('true');

        const saved = (await saveAndCapture(page, browser.server, lang, '/api/alertdefinitions'))
          .body as SavedDefinition;
        const expected = structuredClone(baseline);
        for (const level of expected.levels) {
          for (const integration of level.integrations) {
            if (integration.name === 'AlertOps production' && level.level <= 2) integration.checked = true;
          }
        }
        expect(saved).toEqual(expected);
      });
    });
  }

  it('says a level is not active instead of ticking it silently', async () => {
    await withPage(async (page) => {
      await page.goto(uptrendsUrl(browser.server, `/Alerting/AlertDefinitions/${DEFINITION_ID}`, { lang: 'en' }));
      await openLevel(page, 'en', 3);
      await expect.poll(() => noticeText(page), { timeout: 10_000 }).toContain('Escalation level 3 is not active');
      expect(await box(page, 'AlertOps production').getAttribute('aria-checked')).toBe('false');
      await page.locator('[data-uptrends-alertops-bridge]').getByRole('button', { name: 'Tick it anyway' }).click();
      await expect.poll(() => box(page, 'AlertOps production').getAttribute('aria-checked')).toBe('true');
    });
  });

  it('asks which one when two AlertOps integrations are listed, and ticks only the chosen one', async () => {
    // Earlier tests filled "AlertOps production", whose remembered name would settle the choice: start without names.
    const state = (await browser.storage()).bridgeState as Record<string, unknown>;
    await browser.setStorage({ bridgeState: { ...state, uptrendsNames: [] } });
    await withPage(async (page) => {
      await page.goto(
        uptrendsUrl(browser.server, `/Alerting/AlertDefinitions/${DEFINITION_ID}`, { lang: 'en', alertops: 2 }),
      );
      await openLevel(page, 'en', 1);
      await expect.poll(() => noticeText(page), { timeout: 10_000 }).toContain('Which AlertOps integration?');
      expect(await box(page, 'AlertOps production').getAttribute('aria-checked')).toBe('false');
      expect(await box(page, 'AlertOps staging').isChecked()).toBe(false);
      await page.locator('[data-uptrends-alertops-bridge]').getByRole('button', { name: 'AlertOps staging' }).click();
      await expect.poll(() => box(page, 'AlertOps staging').isChecked()).toBe(true);
      expect(await box(page, 'AlertOps production').getAttribute('aria-checked')).toBe('false');
    });
  });

  it('fills the URL on the level when the variable is specified per escalation level', async () => {
    await withPage(async (page) => {
      await page.goto(
        uptrendsUrl(browser.server, `/Alerting/AlertDefinitions/${DEFINITION_ID}`, { lang: 'de', levelvar: 1 }),
      );
      await openLevel(page, 'de', 1);
      await expect.poll(() => box(page, 'AlertOps production').getAttribute('aria-checked')).toBe('true');
      const saved = (await saveAndCapture(page, browser.server, 'de', '/api/alertdefinitions')).body as SavedDefinition;
      const level1 = saved.levels.find((level) => level.level === 1);
      const alertOps = level1?.integrations.find((integration) => integration.name === 'AlertOps production');
      expect(Object.values(alertOps?.variables ?? {})).toEqual([capturedUrl]);
    });
  });
});

describe('by hand: the popup fills the page it was opened for', () => {
  it('reports what it did, or what it could not find, in words', async () => {
    await withPage(async (page) => {
      await page.goto(uptrendsUrl(browser.server, '/Alerting/Integrations/New', { type: 'slack', lang: 'en' }));
      await page.getByRole('textbox', { name: UPTRENDS_LABELS.en.integrationName }).waitFor();
      const popup = await browser.openPopup(page);
      // Said as soon as the popup opens, and again when asked to fill.
      await popup.getByText('This integration is of type “Slack”, not AlertOps: nothing was filled.').waitFor();
      await popup.getByRole('button', { name: 'Fill this page' }).click();
      await popup.getByText('This integration is of type “Slack”, not AlertOps: nothing was filled.').waitFor();

      await page.goto(uptrendsUrl(browser.server, '/Alerting/AlertDefinitions', { lang: 'en' }));
      await popup.getByRole('button', { name: 'Fill this page' }).click();
      await popup.getByText('No AlertOps URL field or escalation level on this page.').waitFor();
      await popup.close();
    });
  });

  /** What the context menu's click handler does: the worker sends the chosen URL to the tab's content script. */
  const insert = async () => {
    const worker = await browser.worker();
    return worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return (chrome.tabs as unknown as { sendMessage: (id: number, m: unknown) => Promise<unknown> }).sendMessage(
        tab?.id ?? -1,
        { type: 'insert-url', url },
      );
    }, capturedUrl);
  };

  it('the context menu entry inserts the URL into the focused field, and never over what the user typed', async () => {
    await withPage(async (page) => {
      await page.goto(uptrendsUrl(browser.server, '/Alerting/Integrations/New', { type: 'webhook', lang: 'en' }));
      const description = page.getByRole('textbox', { name: 'Description' });
      await description.click();
      await page.bringToFront();
      expect(await insert()).toMatchObject({ ok: true, messageKey: 'statusInserted' });
      expect(await description.inputValue()).toBe(capturedUrl);

      await description.fill('my own notes');
      expect(await insert()).toMatchObject({ ok: false, messageKey: 'statusConflict' });
      expect(await description.inputValue()).toBe('my own notes');
      await expect.poll(() => noticeText(page)).toContain('Replace the value in this field?');
    });
  });

  it('the context menu entry inserts into the field the user right-clicked, not one the page focused since', async () => {
    await withPage(async (page) => {
      await page.goto(uptrendsUrl(browser.server, '/Alerting/Integrations/New', { type: 'webhook', lang: 'en' }));
      const description = page.getByRole('textbox', { name: 'Description' });
      const name = page.getByRole('textbox', { name: UPTRENDS_LABELS.en.integrationName });
      await description.click({ button: 'right' });
      await page.keyboard.press('Escape');
      // The page moves the focus between the user's right click and their choice in the menu.
      await name.evaluate((field) => (field as HTMLInputElement).focus());
      await page.bringToFront();
      expect(await insert()).toMatchObject({ ok: true, messageKey: 'statusInserted' });
      expect(await description.inputValue()).toBe(capturedUrl);
      expect(await name.inputValue()).not.toBe(capturedUrl);
    });
  });

  it('never writes the captured key into any log', () => {
    const key = capturedUrl.split('/').at(-2) ?? capturedUrl;
    expect(browser.logs.join('\n')).not.toContain(key);
  });
});

describe('both consoles open: the Uptrends editor first, the AlertOps integration saved afterwards', () => {
  it('says nothing is captured yet, then fills the editor once the capture is stored (headless tabs are never hidden)', async () => {
    await clearLocalStorage(browser);
    await withPage(async (uptrends) => {
      await openNewAlertOpsEditor(uptrends, browser.server, { lang: 'en' });
      await expect.poll(() => noticeText(uptrends)).toContain('No AlertOps URL captured yet');
      expect(await urlField(uptrends).inputValue()).toBe('');

      const later = await withPage(async (alertops) => {
        await alertops.bringToFront();
        const url = await saveUptrendsIntegration(alertops, browser.server, { ui: 'current', name: 'Saved later' });
        await eventually(
          () => storedCaptures(browser),
          (list) => list.some((capture) => capture.url === url),
        );
        return url;
      });
      await uptrends.bringToFront();
      await expect.poll(() => urlField(uptrends).inputValue(), { timeout: 10_000 }).toBe(later);
      await expect.poll(() => noticeText(uptrends)).toContain('AlertOps URL filled in');
    });
  });
});
