/**
 * Page overhead: a console-like page with ~20,000 elements and a stream of DOM mutations, main-thread busy time with
 * the extension ÷ without (CDP Performance.getMetrics, thread CPU time), per tick of the stream so both runs are
 * compared for the same work. With/without windows alternate, one pair per repetition; the ratio is the median pair.
 * A profiled window (CDP Profiler, readable build of the content scripts) then says where the extension's time goes.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { IDLE_MS } from '../../src/dom/observe.ts';
import { type BenchBrowser, sleep } from './browser.ts';
import { type LoadPageOptions, loadPage } from './pages.ts';
import { median } from './stats.ts';

export interface Scenario {
  name: string;
  host: string;
  page: LoadPageOptions;
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'app.uptrends.com dashboard',
    host: 'app.uptrends.com',
    page: { site: 'uptrends', nodes: 20_000, mutations: 200, period: 16, logText: 'Check finished: HTTPS OK' },
  },
  {
    name: 'app.uptrends.com alert log (rows mention AlertOps)',
    host: 'app.uptrends.com',
    page: {
      site: 'uptrends',
      nodes: 20_000,
      mutations: 200,
      period: 16,
      logText: 'Alert sent to AlertOps production',
    },
  },
  {
    name: 'acme.alertops.com console',
    host: 'acme.alertops.com',
    page: { site: 'alertops', nodes: 20_000, mutations: 200, period: 16, logText: 'Incident routed by AlertOps' },
  },
];

interface Metrics {
  task: number;
  script: number;
  style: number;
  layout: number;
  ticks: number;
}

export interface WindowResult {
  /** Main-thread CPU ms per tick of the stream (TaskDuration), and its script part (ScriptDuration). */
  taskPerTick: number;
  scriptPerTick: number;
  stylePerTick: number;
  layoutPerTick: number;
  ticks: number;
  taskMs: number;
}

export interface ScenarioResult {
  name: string;
  use: Use;
  elements: number;
  with: WindowResult[];
  without: WindowResult[];
  /** Per repetition: with ÷ without (TaskDuration per tick). */
  ratios: number[];
  scriptRatios: number[];
  ratio: number;
  scriptRatio: number;
  profile?: ProfileSummary;
}

export interface ProfileSummary {
  windowMs: number;
  /** CPU ms sampled in the page's main thread, and the part in the extension's content script. */
  totalMs: number;
  extensionMs: number;
  top: { fn: string; file: string; line: number; module?: string; selfMs: number }[];
}

interface Opened {
  page: Page;
  session: CDPSession;
  elements: number;
}

async function openLoadPage(context: BrowserContext, scenario: Scenario): Promise<Opened> {
  const page = await context.newPage();
  const path = `https://${scenario.host}/bench/load`;
  await page.route(path, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: loadPage(scenario.page) }),
  );
  await page.goto(path);
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  await sleep(1000); // content script injection at document_idle and its first full scan
  const elements = await page.evaluate(() => (window as unknown as { __bench: { elements: number } }).__bench.elements);
  return { page, session, elements };
}

async function snapshot(opened: Opened): Promise<Metrics> {
  const [{ metrics }, ticks] = await Promise.all([
    opened.session.send('Performance.getMetrics'),
    opened.page.evaluate(() => (window as unknown as { __bench: { ticks: number } }).__bench.ticks),
  ]);
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    task: get('TaskDuration'),
    script: get('ScriptDuration'),
    style: get('RecalcStyleDuration'),
    layout: get('LayoutDuration'),
    ticks,
  };
}

/** Busy time of one stretch of the stream, summed over windows and then divided by the ticks they saw. */
interface Tally {
  task: number;
  script: number;
  style: number;
  layout: number;
  ticks: number;
}

const emptyTally = (): Tally => ({ task: 0, script: 0, style: 0, layout: 0, ticks: 0 });

/**
 * 'in use': a key press (trusted input, like a user's) before every window, so the content scripts keep watching the
 * page; 'idle': no input at all, measured once the scripts' idle time has passed since the page loaded.
 */
export type Use = 'in use' | 'idle';

async function streamWindow(opened: Opened, windowMs: number, into: Tally, use: Use): Promise<void> {
  if (use === 'in use') await opened.page.keyboard.press('Shift');
  await opened.page.evaluate(() => (window as unknown as { __bench: { start(): void } }).__bench.start());
  await sleep(100); // past the first frames of the stream
  const before = await snapshot(opened);
  await sleep(windowMs);
  const after = await snapshot(opened);
  await opened.page.evaluate(() => (window as unknown as { __bench: { stop(): void } }).__bench.stop());
  await sleep(60); // the last batches settle before the other browser runs
  into.task += after.task - before.task;
  into.script += after.script - before.script;
  into.style += after.style - before.style;
  into.layout += after.layout - before.layout;
  into.ticks += after.ticks - before.ticks;
}

function perTick(tally: Tally): WindowResult {
  const ticks = Math.max(1, tally.ticks);
  return {
    taskPerTick: tally.task / ticks,
    scriptPerTick: tally.script / ticks,
    stylePerTick: tally.style / ticks,
    layoutPerTick: tally.layout / ticks,
    ticks: tally.ticks,
    taskMs: tally.task,
  };
}

/**
 * One repetition: short windows with and without the extension, alternating (ABBA…) so that slow drifts of the machine
 * fall on both sides alike, each side summed over its windows.
 */
async function pairedRun(
  pair: ScenarioPages,
  windowMs: number,
  alternations: number,
  use: Use,
): Promise<[Tally, Tally]> {
  const { a, b } = pair;
  const withTally = emptyTally();
  const withoutTally = emptyTally();
  for (let i = 0; i < alternations; i++) {
    if (i % 2 === 0) {
      await streamWindow(a, windowMs, withTally, use);
      await streamWindow(b, windowMs, withoutTally, use);
    } else {
      await streamWindow(b, windowMs, withoutTally, use);
      await streamWindow(a, windowMs, withTally, use);
    }
  }
  return [withTally, withoutTally];
}

/** Windows per side in one repetition, each `windowMs` long. */
export const ALTERNATIONS = 4;

/** The same scenario page open with the extension (a) and without it (b). */
export interface ScenarioPages {
  scenario: Scenario;
  a: Opened;
  b: Opened;
  openedAt: number;
}

export async function openScenario(
  withExt: BenchBrowser,
  without: BenchBrowser,
  scenario: Scenario,
): Promise<ScenarioPages> {
  const a = await openLoadPage(withExt.context, scenario);
  const b = await openLoadPage(without.context, scenario);
  // Both loaded and their content scripts started (openLoadPage waits for that): the idle time runs from here at most.
  return { scenario, a, b, openedAt: Date.now() };
}

export async function closeScenario(pair: ScenarioPages): Promise<void> {
  await pair.a.page.close();
  await pair.b.page.close();
}

/**
 * For 'idle': waits until the scripts' idle time has passed since the pages loaded (nothing types in the meantime). The
 * pages must stay the visible ones: a hidden page gets no frames, so its stream would not run.
 */
export async function untilIdle(pair: ScenarioPages): Promise<void> {
  await sleep(Math.max(0, pair.openedAt + IDLE_MS + 3000 - Date.now()));
}

export async function measurePair(
  pair: ScenarioPages,
  reps: number,
  windowMs: number,
  use: Use,
): Promise<ScenarioResult> {
  // Unmeasured windows first: JIT warm-up on both sides.
  await pairedRun(pair, 500, 2, use);
  const withResults: WindowResult[] = [];
  const withoutResults: WindowResult[] = [];
  for (let i = 0; i < reps; i++) {
    const [withTally, withoutTally] = await pairedRun(pair, windowMs, ALTERNATIONS, use);
    withResults.push(perTick(withTally));
    withoutResults.push(perTick(withoutTally));
  }
  const ratios = withResults.map((w, i) => w.taskPerTick / (withoutResults[i] as WindowResult).taskPerTick);
  const scriptRatios = withResults.map((w, i) => w.scriptPerTick / (withoutResults[i] as WindowResult).scriptPerTick);
  return {
    name: pair.scenario.name,
    use,
    elements: pair.a.elements,
    with: withResults,
    without: withoutResults,
    ratios,
    scriptRatios,
    ratio: median(ratios),
    scriptRatio: median(scriptRatios),
  };
}

/** One scenario from opening to closing, with user input before every window (the page in use). */
export async function measureOverhead(
  withExt: BenchBrowser,
  without: BenchBrowser,
  scenario: Scenario,
  reps: number,
  windowMs: number,
): Promise<ScenarioResult> {
  const pair = await openScenario(withExt, without, scenario);
  try {
    return await measurePair(pair, reps, windowMs, 'in use');
  } finally {
    await closeScenario(pair);
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** Samples the page's main thread while the stream runs; the extension's part by function (self time). */
export async function profileScenario(
  browser: BenchBrowser,
  scenario: Scenario,
  windowMs: number,
  use: Use = 'in use',
): Promise<ProfileSummary> {
  const opened = await openLoadPage(browser.context, scenario);
  const { session, page } = opened;
  if (use === 'idle') await sleep(IDLE_MS + 2000);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.evaluate(() => (window as unknown as { __bench: { start(): void } }).__bench.start());
  await sleep(300);
  await session.send('Profiler.start');
  await sleep(windowMs);
  const { profile } = await session.send('Profiler.stop');
  await page.evaluate(() => (window as unknown as { __bench: { stop(): void } }).__bench.stop());
  await page.close();
  const nodes = new Map<number, ProfileNode>((profile.nodes as ProfileNode[]).map((node) => [node.id, node]));
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const next = deltas[i + 1] ?? 0;
    self.set(id, (self.get(id) ?? 0) + next / 1000);
  });
  let totalMs = 0;
  let extensionMs = 0;
  const byFunction = new Map<string, { fn: string; file: string; line: number; selfMs: number }>();
  for (const [id, ms] of self) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    totalMs += ms;
    if (!frame.url.startsWith('chrome-extension://')) continue;
    extensionMs += ms;
    const file = frame.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    const key = `${frame.functionName} ${file}:${frame.lineNumber}`;
    const entry = byFunction.get(key) ?? {
      fn: frame.functionName || '(anonymous)',
      file,
      line: frame.lineNumber + 1,
      selfMs: 0,
    };
    entry.selfMs += ms;
    byFunction.set(key, entry);
  }
  const top = [...byFunction.values()].sort((x, y) => y.selfMs - x.selfMs).slice(0, 6);
  return { windowMs, totalMs, extensionMs, top };
}
