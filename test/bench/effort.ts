/**
 * User effort of the whole three-step journey, counted as the user actions the driver performs through a counting
 * wrapper around the page: clicks (a triple-click is 3), keystrokes (each typed character, each key chord), page
 * switches (opening a console page, bringing a tab to the front).
 *
 * - with the extension: test/browser/whole-journey.ts, the journey `npm start` drives, in the browser with the extension;
 * - by hand: the same journey as the Uptrends knowledge-base article describes it, in the browser WITHOUT the
 *   extension: select and copy the URL in AlertOps, go to Uptrends, type a name, paste the URL, find and tick the
 *   integration on each active escalation level. Both journeys are checked against what the consoles received.
 */
import { type AlertOpsUi, saveUptrendsIntegration } from '../browser/alertops-journey.ts';
import { eventually } from '../browser/chromium.ts';
import {
  DEFINITION_ID,
  openNewAlertOpsEditor,
  type SavedDefinition,
  type SavedIntegration,
  saveAndCapture,
  UPTRENDS_LABELS,
  uptrendsUrl,
} from '../browser/uptrends-journey.ts';
import { journeyWithExtension as runJourney, tickedLevels } from '../browser/whole-journey.ts';
import type { ConsoleServer } from '../rig/server.ts';
import type { BenchBrowser, ChromeSlice } from './browser.ts';
import { seedState } from './latency.ts';

export interface Effort {
  clicks: number;
  keys: number;
  switches: number;
  total: number;
  /** Every counted action, in order. */
  actions: string[];
}

const CLICKS: Record<string, number> = {
  click: 1,
  dblclick: 2,
  check: 1,
  uncheck: 1,
  setChecked: 1,
  tap: 1,
  selectOption: 1,
};

function describe(args: unknown[]): string {
  return args
    .map((a) => {
      if (typeof a === 'string') return JSON.stringify(a);
      if (a instanceof RegExp) return String(a);
      const name = typeof a === 'object' && a !== null ? (a as { name?: unknown }).name : undefined;
      return name === undefined ? '' : `name=${typeof name === 'string' ? JSON.stringify(name) : String(name)}`;
    })
    .filter(Boolean)
    .join(' ');
}

function count(effort: Effort, method: string, args: unknown[], label: string): void {
  const options = args.find((a): a is { clickCount?: number } => typeof a === 'object' && a !== null);
  const text = [...args].reverse().find((a): a is string => typeof a === 'string') ?? '';
  if (method in CLICKS) {
    const n = method === 'click' ? (options?.clickCount ?? 1) : (CLICKS[method] as number);
    effort.clicks += n;
    effort.actions.push(`${n > 1 ? `${n}× ` : ''}${method} ${label}`);
  } else if (method === 'fill') {
    effort.clicks += 1; // into the field
    effort.keys += text.length;
    effort.actions.push(`click + type ${text.length} chars ${label}`);
  } else if (method === 'type' || method === 'pressSequentially' || method === 'insertText') {
    effort.keys += text.length;
    effort.actions.push(`type ${text.length} chars ${label}`);
  } else if (method === 'press') {
    effort.keys += 1;
    effort.actions.push(`press ${text} ${label}`);
  } else if (method === 'goto' || method === 'bringToFront') {
    effort.switches += 1;
    effort.actions.push(`open ${method === 'goto' ? new URL(text).host : 'tab'}`);
  } else {
    return;
  }
  effort.total = effort.clicks + effort.keys + effort.switches;
}

function isLocatorLike(value: unknown): value is object {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Promise) &&
    typeof (value as { click?: unknown }).click === 'function' &&
    typeof (value as { filter?: unknown }).filter === 'function'
  );
}

/** The page (and every locator got from it, and its keyboard) with each user action counted. */
export function counted<T extends object>(target: T, effort: Effort, label = ''): T {
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property, object) as unknown;
      if (property === 'keyboard' && typeof value === 'object' && value !== null)
        return counted(value as object, effort, '(keyboard)');
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return (...args: unknown[]) => {
        count(effort, property, args, label);
        const result = (value as (...a: unknown[]) => unknown).apply(object, args);
        const chained = `${label ? `${label}.` : ''}${property}(${describe(args)})`;
        return isLocatorLike(result) ? counted(result, effort, chained) : result;
      };
    },
  });
}

export function newEffort(): Effort {
  return { clicks: 0, keys: 0, switches: 0, total: 0, actions: [] };
}

const UPTRENDS_NAME = 'AlertOps - Uptrends';

export interface JourneyResult {
  effort: Effort;
  ok: boolean;
  problem?: string;
}

/** The extension's journey (test/browser/whole-journey.ts, as `npm start` runs it), its user actions counted. */
export async function journeyWithExtension(
  browser: BenchBrowser,
  server: ConsoleServer,
  ui: AlertOpsUi,
): Promise<JourneyResult> {
  await seedState(browser, []);
  const effort = newEffort();
  const raw = await browser.context.newPage();
  const extPage = await browser.extensionPage();
  try {
    await runJourney(counted(raw, effort), server, {
      ui,
      observer: raw,
      captured: (url) =>
        eventually(
          () =>
            extPage.evaluate(() =>
              (window as unknown as { chrome: ChromeSlice }).chrome.storage.local.get('bridgeState'),
            ),
          (stored) => JSON.stringify(stored).includes(url),
        ),
    });
    return { effort, ok: true };
  } catch (error) {
    return { effort, ok: false, problem: error instanceof Error ? error.message : String(error) };
  } finally {
    await raw.close();
  }
}

/** The knowledge-base article's journey by hand, in the browser without the extension. */
export async function journeyByHand(
  browser: BenchBrowser,
  server: ConsoleServer,
  ui: AlertOpsUi,
): Promise<JourneyResult> {
  const effort = newEffort();
  const raw = await browser.context.newPage();
  const page = counted(raw, effort);
  try {
    // 1. AlertOps: save the integration, then take the URL to the clipboard.
    const url = await saveUptrendsIntegration(page, server, { ui, name: 'Uptrends' });
    if (ui === 'current') {
      await page.getByRole('button', { name: 'Copy', exact: true }).click();
    } else {
      await page
        .getByRole('row', { name: /API URL/ })
        .getByRole('cell')
        .click({ clickCount: 3 });
      await page.keyboard.press('Control+C');
    }
    const copied = (await raw.evaluate(() => navigator.clipboard.readText())).trim();
    if (copied !== url) throw new Error(`copied ${JSON.stringify(copied.slice(0, 60))}, not the URL`);

    // 2. Uptrends: Add integration > AlertOps, name it, paste the URL, Save.
    await openNewAlertOpsEditor(page, server, { lang: 'en', persist: 1 });
    await page.getByRole('textbox', { name: UPTRENDS_LABELS.en.integrationName }).fill(UPTRENDS_NAME);
    await page.getByRole('textbox', { name: /AlertOpsUrl/ }).click();
    await page.keyboard.press('Control+V');
    const integration = (await saveAndCapture(page, server, 'en', '/api/integrations')).body as SavedIntegration;
    if (Object.values(integration.variables)[0]?.value !== url) throw new Error('Uptrends did not receive the URL');

    // 3. Uptrends: the alert definition, each active escalation level, tick the integration, Save.
    await page.goto(uptrendsUrl(server, `/Alerting/AlertDefinitions/${DEFINITION_ID}`, { lang: 'en', persist: 1 }));
    for (const level of [1, 2]) {
      await page.getByRole('tab', { name: `Escalation level ${level}` }).click();
      await page.getByRole('checkbox', { name: UPTRENDS_NAME, exact: true }).click();
    }
    const definition = (await saveAndCapture(page, server, 'en', '/api/alertdefinitions')).body as SavedDefinition;
    const levels = tickedLevels(definition, UPTRENDS_NAME);
    if (levels.join() !== '1,2') throw new Error(`ticked on levels ${levels.join()}`);
    return { effort, ok: true };
  } catch (error) {
    return { effort, ok: false, problem: error instanceof Error ? error.message : String(error) };
  } finally {
    await raw.close();
  }
}
