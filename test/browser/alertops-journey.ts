/** Driving the simulated AlertOps console like a user: by visible labels and roles only. */
import type { Page } from 'playwright-core';
import type { ConsoleServer } from '../rig/server.ts';

export type AlertOpsUi = 'legacy' | 'current';

/** Creates and saves an Uptrends inbound API integration; returns the URL the console generated. */
export async function saveUptrendsIntegration(
  page: Page,
  server: ConsoleServer,
  options: { ui: AlertOpsUi; name: string; host?: string; shape?: 'restapi' },
): Promise<string> {
  const before = server.createdIntegrations.length;
  const query = new URLSearchParams({ ui: options.ui, ...(options.shape ? { shape: options.shape } : {}) });
  await page.goto(`${server.origin(options.host ?? 'app.alertops.com')}/?${query}`);
  if (options.ui === 'legacy') {
    await page.getByRole('button', { name: 'Integrations', exact: true }).click();
    await page.getByRole('link', { name: 'Inbound Integrations' }).click();
    await page.getByRole('button', { name: 'ADD API INTEGRATION' }).click();
    await page.getByRole('button', { name: 'Uptrends', exact: true }).click();
    await page.getByLabel('Integration Name').fill(options.name);
    await page.getByLabel('Recipient Group(s)/User(s)').selectOption({ index: 0 });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('API URL', { exact: true }).first().waitFor();
  } else {
    await page.getByRole('button', { name: 'Configurations' }).click();
    await page.getByRole('menuitem', { name: 'Integrations' }).click();
    await page.getByRole('button', { name: 'ADD API' }).click();
    await page
      .getByRole('region', { name: 'Recommended' })
      .getByRole('button', { name: 'Uptrends', exact: true })
      .click();
    await page.getByRole('textbox', { name: 'Integration Name' }).fill(options.name);
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await page.getByRole('textbox', { name: 'Endpoint URL' }).waitFor();
  }
  const created = server.createdIntegrations[before];
  if (!created) throw new Error('the console did not create an integration');
  return created.url;
}
