/**
 * `npm start`: the extension's main job on the simulated consoles, in real Chromium with dist/chrome loaded.
 *
 * With a display (DISPLAY set) Chromium opens headed on the AlertOps and Uptrends consoles for you to try the flow by
 * hand; close the browser to stop. Without one (or with HEADLESS=1) it runs the whole three-step journey itself, says
 * what happened at each step, and exits non-zero if a step fails.
 */
import { eventually, launchWithExtension, storedCaptures } from '../browser/chromium.ts';
import { uptrendsUrl } from '../browser/uptrends-journey.ts';
import { journeyWithExtension } from '../browser/whole-journey.ts';

const headed = Boolean(process.env.DISPLAY) && process.env.HEADLESS !== '1';
const browser = await launchWithExtension({ headless: !headed });
const { server, context } = browser;

function say(step: string, text: string): void {
  process.stdout.write(`${step.padEnd(10)} ${text}\n`);
}

function masked(url: string): string {
  return url.replace(/([0-9a-f-]{8,})(?=\/[^/]+$)/i, (key) => `••••••••${key.slice(-4)}`);
}

if (headed) {
  const alertOps = await context.newPage();
  await alertOps.goto(`${server.origin('app.alertops.com')}/?ui=current`);
  const uptrends = await context.newPage();
  await uptrends.goto(uptrendsUrl(server, '/Alerting/Integrations', { lang: 'en' }));
  await alertOps.bringToFront();
  say('ready', 'Chromium is open with the extension on the simulated AlertOps and Uptrends consoles.');
  say('', '1. AlertOps tab: Configurations > Integrations > + ADD API > Uptrends > Submit (the URL is captured).');
  say('', '2. Uptrends tab: Add integration > AlertOps > Choose (the URL is filled in) > Save.');
  say('', '3. Uptrends: Alert definitions > a definition > Escalation level tabs (AlertOps is ticked) > Save.');
  say('', 'Close the browser window to stop.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
  await browser.close();
} else {
  let failed = false;
  try {
    const page = await context.newPage();
    await journeyWithExtension(page, server, {
      ui: 'current',
      captured: (url) =>
        eventually(
          () => storedCaptures(browser),
          (list) => list.some((capture) => capture.url === url),
        ),
      step: (name, { url, integration, ticked }) => {
        if (name === 'capture')
          say('1 capture', `AlertOps saved the integration; the extension captured ${masked(url)}`);
        if (name === 'fill')
          say('2 fill', `Uptrends integration "${integration?.name}" was filled; you clicked Save, it sent the URL.`);
        if (name === 'tick')
          say('3 tick', `"${integration?.name}" ticked on escalation levels ${ticked?.join(', ')}; Save sent it.`);
      },
    });
    say('done', 'The whole setup took no copying, pasting or hunting for checkboxes.');
  } catch (error) {
    failed = true;
    say('failed', error instanceof Error ? error.message : String(error));
  } finally {
    await browser.close();
  }
  process.exit(failed ? 1 : 0);
}
