/**
 * Consoles left open and idle: the content scripts stop watching 30 s after the last user input (the page costs nothing
 * while nobody works in it), and still catch up: a page that renders a URL by itself is noticed by the slow probe, and
 * the first click of the user starts watching again with a look at the whole page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDLE_MS } from '../../src/dom/observe.ts';
import { type ExtensionBrowser, eventually, launchWithExtension, storedCaptures } from './chromium.ts';
import { appendHtml, htmlPage, labelledUrl, NOTICE, serve, sleep, validUrl } from './hostile-pages.ts';
import { noticeText, UPTRENDS_LABELS, uptrendsUrl } from './uptrends-journey.ts';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

/** Past the content scripts' idle time after the page's load, with no user input at all. */
const PAST_IDLE_MS = IDLE_MS + 2000;

describe('consoles left idle', () => {
  it('capture and fill still work after half a minute without user input', { timeout: 120_000 }, async () => {
    const page =
      '<main><h1>Idle integration</h1><label>API URL <input id="api" readonly></label><div id="more"></div></main>';
    await serve(browser, 'https://acme.alertops.com/idle/integration*', htmlPage('Integration', page));
    await serve(browser, 'https://app.uptrends.com/idle/definition*', definitionWithTwoLevels());
    const component = `customElements.define('ao-integration', class extends HTMLElement {
      connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = '<h2>Loading…</h2>'; }
    });`;
    await serve(
      browser,
      'https://acme.alertops.com/idle/component*',
      htmlPage('Integration', '<ao-integration></ao-integration>', component),
    );
    const alertOps = await browser.context.newPage();
    const uptrends = await browser.context.newPage();
    const definition = await browser.context.newPage();
    await alertOps.goto('https://acme.alertops.com/idle/integration');
    await uptrends.goto(uptrendsUrl(browser.server, '/Alerting/Integrations', {}));
    await definition.goto('https://app.uptrends.com/idle/definition');
    const webComponent = await browser.context.newPage();
    await webComponent.goto('https://acme.alertops.com/idle/component');
    await expect
      .poll(() => definition.getByRole('checkbox', { name: 'AlertOps production' }).first().isChecked())
      .toBe(true);
    await sleep(PAST_IDLE_MS);

    // A web component shows the URL inside its shadow root, which the page's own text leaves out.
    const inShadow = validUrl();
    await webComponent.evaluate(
      (html) => {
        const root = document.querySelector('ao-integration')?.shadowRoot;
        if (root) root.innerHTML = html;
      },
      `<h2>Shadow integration</h2>${labelledUrl(inShadow)}`,
    );
    await eventually(
      () => storedCaptures(browser),
      (list) => list.some((capture) => capture.url === inShadow),
      8000,
    );
    await webComponent.close();

    // The page fills a field by script (no DOM change at all), then shows a URL by itself (a push from its server): no
    // input, so only the probe can notice.
    const inField = validUrl();
    await alertOps.bringToFront();
    await alertOps.evaluate((value) => {
      (document.getElementById('api') as HTMLInputElement).value = value;
    }, inField);
    await eventually(
      () => storedCaptures(browser),
      (list) => list.some((capture) => capture.url === inField),
      8000,
    );
    const url = validUrl();
    await appendHtml(alertOps, `<section><h2>Second integration</h2>${labelledUrl(url)}</section>`);
    await eventually(
      () => storedCaptures(browser),
      (list) => list.some((capture) => capture.url === url),
      8000,
    );
    await expect.poll(() => alertOps.locator(NOTICE).count()).toBe(1);

    // The user comes back to Uptrends and opens the editor: their clicks start watching again.
    const labels = UPTRENDS_LABELS.en;
    await uptrends.bringToFront();
    await uptrends.getByRole('button', { name: labels.addIntegration }).click();
    const dialog = uptrends.getByRole('dialog');
    await dialog.getByText('AlertOps', { exact: true }).click();
    await dialog.getByRole('button', { name: labels.choose, exact: true }).click();
    await expect.poll(() => noticeText(uptrends), { timeout: 10_000 }).toContain('AlertOps URL filled in');
    expect(await uptrends.getByRole('textbox', { name: /AlertOpsUrl/ }).inputValue()).toBe(url);

    // Back on the alert definition, the user opens level 2: the tab only shows a panel that was there all along (no
    // insertion), so only the state changes of a page known to show our sections reveal it. The page did not change
    // while idle, so nothing watched it: the press of the mouse button starts watching again.
    await definition.bringToFront();
    // A person's click: the button goes down, and the page acts on the click a moment later.
    const box = await definition.getByRole('tab', { name: 'Escalation level 2' }).boundingBox();
    if (!box) throw new Error('the level 2 tab is not shown');
    await definition.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await definition.mouse.down();
    await sleep(300);
    await definition.mouse.up();
    await expect
      .poll(() => definition.locator('#level-2').getByRole('checkbox', { name: 'AlertOps production' }).isChecked(), {
        timeout: 8000,
      })
      .toBe(true);
    await alertOps.close();
    await uptrends.close();
    await definition.close();
  });
});

describe('labels translated in place long after the page drew them', () => {
  it('ticks a level whose heading and tab are translated 14 s after load, with no input meanwhile', {
    timeout: 60_000,
  }, async () => {
    // Text edited in place makes no insertion: only the Uptrends script's text timer notices it, once a second for the
    // first 10 s of a session and every 5 s after that. Translated at 14 s, it is noticed by the later looks.
    const translateAtMs = 14_000;
    const body =
      '<h1>Website down</h1><div role="tablist"><button role="tab" aria-selected="true" id="tab">t_41f</button></div>' +
      '<section role="tabpanel" aria-labelledby="tab"><label><input type="checkbox" checked> <span id="active">t_9c2</span></label>' +
      '<h3 id="heading">t_d07</h3><label><input type="checkbox"> E-mail</label>' +
      '<label><input type="checkbox" id="alertops"> AlertOps production</label></section>';
    const script = `setTimeout(() => {
      document.getElementById('tab').firstChild.nodeValue = 'Escalation level 1';
      document.getElementById('active').firstChild.nodeValue = 'Active';
      document.getElementById('heading').firstChild.nodeValue = 'Alerting by integrations';
    }, ${translateAtMs});`;
    await serve(browser, 'https://app.uptrends.com/idle/late-translation*', htmlPage('Alert definition', body, script));
    const page = await browser.context.newPage();
    await page.goto('https://app.uptrends.com/idle/late-translation');
    await sleep(translateAtMs - 2000);
    expect(await page.locator('#alertops').isChecked(), 'not ticked before its section is named').toBe(false);
    await expect
      .poll(() => page.getByRole('checkbox', { name: 'AlertOps production' }).isChecked(), { timeout: 15_000 })
      .toBe(true);
    expect(await page.getByRole('checkbox', { name: 'E-mail' }).isChecked()).toBe(false);
    await page.close();
  });

  it('ticks AlertOps once a box named by a same-length placeholder is renamed in place', {
    timeout: 60_000,
  }, async () => {
    // "Loading integration" and "AlertOps production" have the same length: only a look at the text itself, not at its
    // length, tells the page changed. The level is shown from the start, so its text is looked at every 5 s: renamed at
    // 7 s, after the first of those looks.
    const body =
      '<h1>Website down</h1><div role="tablist"><button role="tab" aria-selected="true" id="tab">Escalation level 1</button></div>' +
      '<section role="tabpanel" aria-labelledby="tab"><label><input type="checkbox" checked> Active</label>' +
      '<h3>Alerting by integrations</h3><label><input type="checkbox"> E-mail</label>' +
      '<label><input type="checkbox" id="alertops"> <span id="name">Loading integration</span></label></section>';
    const script = `setTimeout(() => {
      document.getElementById('name').firstChild.nodeValue = 'AlertOps production';
    }, 7000);`;
    await serve(browser, 'https://app.uptrends.com/idle/renamed-in-place*', htmlPage('Alert definition', body, script));
    const page = await browser.context.newPage();
    await page.goto('https://app.uptrends.com/idle/renamed-in-place');
    await page.waitForFunction(() => document.getElementById('name')?.textContent === 'AlertOps production');
    expect(await page.locator('#alertops').isChecked(), 'not ticked while it had no name').toBe(false);
    await expect
      .poll(() => page.getByRole('checkbox', { name: 'AlertOps production' }).isChecked(), { timeout: 12_000 })
      .toBe(true);
    expect(await page.getByRole('checkbox', { name: 'E-mail' }).isChecked()).toBe(false);
    await page.close();
  });
});

/** An alert definition whose level tabs only toggle `hidden` and `aria-selected`: the panels are rendered at load. */
function definitionWithTwoLevels(): string {
  const panel = (level: number) =>
    `<section role="tabpanel" id="level-${level}" aria-labelledby="tab-${level}"${level === 1 ? '' : ' hidden'}>` +
    '<label><input type="checkbox" checked> Active</label><h3>Alerting by integrations</h3>' +
    '<label><input type="checkbox"> E-mail</label><label><input type="checkbox"> AlertOps production</label></section>';
  const tab = (level: number) =>
    `<button role="tab" id="tab-${level}" aria-selected="${level === 1}" aria-controls="level-${level}">Escalation level ${level}</button>`;
  const script = `
    for (const tab of document.querySelectorAll('[role="tab"]')) {
      tab.addEventListener('click', () => {
        for (const other of document.querySelectorAll('[role="tab"]')) {
          const selected = other === tab;
          other.setAttribute('aria-selected', String(selected));
          document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
        }
      });
    }`;
  return htmlPage(
    'Alert definition',
    `<h1>Website down</h1><div role="tablist">${tab(1)}${tab(2)}</div>${panel(1)}${panel(2)}`,
    script,
  );
}
