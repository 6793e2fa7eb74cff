import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveUptrendsIntegration } from './alertops-journey.ts';
import { type ExtensionBrowser, eventually, launchWithExtension, screenshotPath, storedCaptures } from './chromium.ts';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

function keyOf(url: string): string {
  return url.split('/').at(-2) ?? url;
}

describe('capture on the AlertOps console, copy from the popup', () => {
  for (const ui of ['legacy', 'current'] as const) {
    it(`captures the URL saved in the ${ui} UI and copies exactly that URL`, async () => {
      const page = await browser.context.newPage();
      const name = `Uptrends ${ui} ${Date.now()}`;
      const url = await saveUptrendsIntegration(page, browser.server, { ui, name });

      const captures = await eventually(
        () => storedCaptures(browser),
        (list) => list.some((c) => c.url === url),
      );
      const capture = captures.find((c) => c.url === url);
      expect(capture?.integrationName).toBe(name);
      expect(capture?.template).toBe('Uptrends');
      expect(capture?.consoleHost).toBe('app.alertops.com');

      const notice = page.locator('[data-uptrends-alertops-bridge]');
      await expect.poll(() => notice.count()).toBe(1);
      expect(await notice.evaluate((host) => host.shadowRoot?.textContent ?? '')).not.toContain(keyOf(url));

      const popup = await browser.openPopup();
      const item = popup.getByRole('listitem').filter({ hasText: name });
      await expect.poll(() => item.count()).toBe(1);
      const shown = await item.locator('code').textContent();
      expect(shown).not.toContain(keyOf(url));
      expect(shown).toContain('••••');

      await item.getByRole('button', { name: `Copy the URL of ${name}` }).click();
      await popup.getByText(`Copied the URL of ${name} to the clipboard.`).waitFor();
      expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(url);

      if (ui === 'current') await popup.locator('main').screenshot({ path: screenshotPath('popup.png') });
      await item.getByRole('button', { name: `Show the full URL of ${name}` }).click();
      expect(await item.locator('code').textContent()).toBe(url);
      await popup.close();
      await page.close();
    });
  }

  it('keeps one entry when the same URL is shown again, and survives a reload and a worker restart', async () => {
    const page = await browser.context.newPage();
    const url = await saveUptrendsIntegration(page, browser.server, { ui: 'current', name: 'Uptrends restart' });
    await eventually(
      () => storedCaptures(browser),
      (list) => list.some((c) => c.url === url),
    );
    await page.reload();
    await page.getByRole('textbox', { name: 'Endpoint URL' }).waitFor();
    await browser.stopWorker();
    await page.reload();
    await page.getByRole('textbox', { name: 'Endpoint URL' }).waitFor();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const captures = await storedCaptures(browser);
    expect(captures.filter((c) => c.url === url)).toHaveLength(1);

    const popup = await browser.openPopup();
    await popup.getByRole('listitem').filter({ hasText: 'Uptrends restart' }).waitFor();
    await page.close();
    await popup.close();
  });

  it('captures nothing from lookalike URLs or a documentation example', async () => {
    const before = (await storedCaptures(browser)).length;
    const page = await browser.context.newPage();
    await page.goto(`${browser.server.origin('app.alertops.com')}/help/lookalike`);
    await page.getByText('API URL').first().waitFor();
    await page.goto(`${browser.server.origin('app.alertops.com')}/help/docs`);
    await page.getByText('Example:').first().waitFor();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await storedCaptures(browser)).toHaveLength(before);
    expect(await page.locator('[data-uptrends-alertops-bridge]').count()).toBe(0);
    await page.close();
  });

  it('captures from a console built of web components that render into shadow roots later', async () => {
    const url = `https://notify.alertops.com/POSTAlert/${crypto.randomUUID()}/Uptrends`;
    const page = await browser.context.newPage();
    await page.route('https://acme.alertops.com/components*', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Integrations</title><ao-app></ao-app><script>
          customElements.define('ao-field', class extends HTMLElement {
            connectedCallback() {
              const root = this.attachShadow({ mode: 'open' });
              setTimeout(() => { root.innerHTML = '<input readonly value="${url}"><button>Copy</button>'; }, 300);
            }
          });
          customElements.define('ao-app', class extends HTMLElement {
            connectedCallback() {
              const root = this.attachShadow({ mode: 'open' });
              root.innerHTML = '<p>Loading…</p>';
              setTimeout(() => {
                root.innerHTML = '<h1>Uptrends components</h1><label>Endpoint URL</label><ao-field></ao-field>';
              }, 400);
            }
          });
        </script>`,
      }),
    );
    await page.goto('https://acme.alertops.com/components');
    const captures = await eventually(
      () => storedCaptures(browser),
      (list) => list.some((c) => c.url === url),
    );
    expect(captures.find((c) => c.url === url)?.integrationName).toBe('Uptrends components');
    expect(captures.find((c) => c.url === url)?.consoleHost).toBe('acme.alertops.com');
    await page.close();
  });

  it('forgets one entry, and all entries only after confirming, each with an Undo', async () => {
    const page = await browser.context.newPage();
    await saveUptrendsIntegration(page, browser.server, { ui: 'legacy', name: 'To forget' });
    await eventually(
      () => storedCaptures(browser),
      (list) => list.some((c) => c.integrationName === 'To forget'),
    );
    const before = (await storedCaptures(browser)).map((c) => c.url);
    expect(before.length).toBeGreaterThan(1);
    const popup = await browser.openPopup();
    await popup.getByRole('button', { name: 'Forget the URL of To forget' }).click();
    const undo = popup.getByRole('button', { name: 'Undo' });
    await expect.poll(() => undo.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await popup.locator('.undo').textContent()).toContain('Forgot the URL of To forget.');
    expect((await storedCaptures(browser)).some((c) => c.integrationName === 'To forget')).toBe(false);
    await popup.keyboard.press('Enter');
    await popup.getByRole('button', { name: 'Forget the URL of To forget' }).waitFor();
    expect((await storedCaptures(browser)).map((c) => c.url)).toEqual(before);

    await popup.getByRole('button', { name: 'Forget all' }).click();
    // The safe answer has the focus; Escape cancels and gives focus back to "Forget all".
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Forget all');
    await popup.getByRole('button', { name: 'Forget all' }).click();
    await popup.getByRole('button', { name: 'Cancel' }).click();
    expect(await storedCaptures(browser)).toHaveLength(before.length);
    await popup.getByRole('button', { name: 'Forget all' }).click();
    await popup.getByRole('button', { name: 'Yes, forget all' }).click();
    await popup.getByRole('heading', { name: 'No AlertOps URL captured yet' }).waitFor();
    expect(await storedCaptures(browser)).toHaveLength(0);
    await undo.click();
    await popup.getByRole('button', { name: 'Forget the URL of To forget' }).waitFor();
    expect((await storedCaptures(browser)).map((c) => c.url)).toEqual(before);

    await popup.getByRole('button', { name: 'Forget all' }).click();
    await popup.getByRole('button', { name: 'Yes, forget all' }).click();
    await popup.getByRole('heading', { name: 'No AlertOps URL captured yet' }).waitFor();
    expect(await storedCaptures(browser)).toHaveLength(0);
    await popup.close();
    await page.close();
  });

  it('never writes the captured key into any log', () => {
    const keys = browser.server.createdIntegrations.map((created) => keyOf(created.url));
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(browser.logs.join('\n')).not.toContain(key);
  });
});
