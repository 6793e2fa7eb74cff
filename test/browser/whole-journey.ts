/**
 * The extension's main job end to end, as a user does it with the extension: save the integration in AlertOps (the
 * URL is captured), open a new AlertOps integration in Uptrends (the URL is filled) and Save, then open each active
 * escalation level (AlertOps is ticked) and Save. Shared by `npm start` (test/rig/start.ts) and the bench's user-effort
 * count (test/bench/effort.ts). Throws with the step that went wrong.
 */
import type { Page } from 'playwright-core';
import type { ConsoleServer } from '../rig/server.ts';
import { type AlertOpsUi, saveUptrendsIntegration } from './alertops-journey.ts';
import { eventually } from './chromium.ts';
import {
  DEFINITION_ID,
  noticeText,
  openNewAlertOpsEditor,
  type SavedDefinition,
  type SavedIntegration,
  saveAndCapture,
  uptrendsUrl,
} from './uptrends-journey.ts';

export interface JourneyOptions {
  ui: AlertOpsUi;
  /** Resolves once the extension has stored the captured URL. */
  captured: (url: string) => Promise<unknown>;
  /** Told after each step, for a running commentary. */
  step?: (
    name: 'capture' | 'fill' | 'tick',
    detail: { url: string; integration?: SavedIntegration; ticked?: number[] },
  ) => void;
  /**
   * Where the journey looks without acting (notices, checkbox states); `page` by default. The bench passes the raw page
   * here and a counting wrapper as `page`, so that only the user's actions are counted.
   */
  observer?: Page;
}

/** The escalation levels on which the definition Uptrends received has `name` ticked. */
export function tickedLevels(definition: SavedDefinition, name: string): number[] {
  return definition.levels
    .filter((level) => level.integrations.some((i) => i.name === name && i.checked))
    .map((level) => level.level);
}

export async function journeyWithExtension(
  page: Page,
  server: ConsoleServer,
  options: JourneyOptions,
): Promise<{ url: string; integration: SavedIntegration; ticked: number[] }> {
  const observer = options.observer ?? page;
  const url = await saveUptrendsIntegration(page, server, { ui: options.ui, name: 'Uptrends' });
  await options.captured(url);
  options.step?.('capture', { url });

  await openNewAlertOpsEditor(page, server, { lang: 'en', persist: 1 });
  await eventually(
    () => noticeText(observer),
    (text) => text.includes('filled in'),
  );
  const integration = (await saveAndCapture(page, server, 'en', '/api/integrations')).body as SavedIntegration;
  if (Object.values(integration.variables)[0]?.value !== url)
    throw new Error('Uptrends did not receive the captured URL');
  options.step?.('fill', { url, integration });

  await page.goto(uptrendsUrl(server, `/Alerting/AlertDefinitions/${DEFINITION_ID}`, { lang: 'en', persist: 1 }));
  for (const level of [1, 2]) {
    await page.getByRole('tab', { name: `Escalation level ${level}` }).click();
    await eventually(
      () => observer.getByRole('checkbox', { name: integration.name, exact: true }).isChecked(),
      (checked) => checked,
    );
  }
  const definition = (await saveAndCapture(page, server, 'en', '/api/alertdefinitions')).body as SavedDefinition;
  const ticked = tickedLevels(definition, integration.name);
  if (ticked.join() !== '1,2') throw new Error(`ticked on levels ${ticked.join()}, not 1 and 2`);
  options.step?.('tick', { url, integration, ticked });
  return { url, integration, ticked };
}
