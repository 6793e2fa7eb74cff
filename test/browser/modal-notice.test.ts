/**
 * The in-page prompt about an editor shown in a native modal dialog (showModal): it must sit above the modal's
 * backdrop, and clicking it must not count as a click outside the dialog, which many pages take as "close".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, pageModel, waitForStoredCapture, withPage } from './chromium.ts';
import { htmlPage, issuedKeys, labelledUrl, NOTICE, serve, validUrl } from './hostile-pages.ts';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

describe('a prompt about an editor in a modal dialog that closes on outside clicks', () => {
  it('can be clicked: the dialog stays open and the URL is replaced', async () => {
    const captured = validUrl();
    await serve(
      browser,
      'https://app.alertops.com/integrations/inbound/modal-notice',
      htmlPage('AlertOps', `<h1>Uptrends on call</h1>${labelledUrl(captured)}`),
    );
    await withPage(browser, async (page) => {
      await page.goto('https://app.alertops.com/integrations/inbound/modal-notice');
      await waitForStoredCapture(browser, captured);
    });

    const typed = validUrl('Custom');
    const script = `
window.model = { name: 'AlertOps on call', url: ${JSON.stringify(typed)} };
window.closedByOutsideClick = 0;
const dialog = document.getElementById('editor');
for (const field of dialog.querySelectorAll('input')) {
  field.value = window.model[field.name];
  field.addEventListener('input', () => { window.model[field.name] = field.value; });
}
// Light dismiss, as many dialog libraries do it: a click whose point lies outside the dialog's box closes it.
dialog.addEventListener('click', (event) => {
  const box = dialog.getBoundingClientRect();
  const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
  if (!inside) { window.closedByOutsideClick++; dialog.close(); }
});
document.getElementById('edit').onclick = () => dialog.showModal();`;
    const body = `<h1>Integrations</h1><button type="button" id="edit">Edit</button>
<dialog id="editor" aria-label="Edit integration" style="width:420px">
  <p><label for="n">Integration name</label> <input id="n" name="name"></p>
  <p><label for="t">Integration type</label> <select id="t" disabled><option selected>AlertOps</option></select></p>
  <h3>Predefined variables</h3>
  <p><label for="u">ApiUrl</label> <input id="u" name="url" size="60"></p>
  <button type="button">Save</button>
</dialog>`;
    await serve(
      browser,
      'https://app.uptrends.com/Alerting/Integrations/modal-notice',
      htmlPage('Uptrends', body, script),
    );
    await withPage(browser, async (page) => {
      await page.goto('https://app.uptrends.com/Alerting/Integrations/modal-notice');
      await page.getByRole('button', { name: 'Edit' }).click();
      const replace = page.locator(NOTICE).getByRole('button', { name: /Replace/ });
      await replace.first().waitFor({ timeout: 10_000 });
      expect((await pageModel(page)).url, 'nothing overwritten before the user answers').toBe(typed);
      await replace.first().click({ timeout: 5000 });
      await expect.poll(async () => (await pageModel(page)).url, { timeout: 5000 }).toBe(captured);
      expect(
        await page.evaluate(() => (window as unknown as { closedByOutsideClick: number }).closedByOutsideClick),
      ).toBe(0);
      expect(await page.locator('#editor').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(true);
    });
  });

  it('never shows a key of this file in a log', () => {
    const logs = browser.logs.join('\n');
    for (const key of issuedKeys()) expect(logs).not.toContain(key);
  });
});
