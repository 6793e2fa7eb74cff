/**
 * `npm run bench`: the extension's costs, measured in real headless Chromium against the simulated consoles, each next
 * to its budget. Prints a table (and where a figure misses, what the diagnosis found) and writes artifacts/bench.json.
 * A benchmark, not a test: it exits 0 when a budget is missed (marked MISS); non-zero only if a measurement failed.
 *
 * Environment: BENCH_QUICK=1 runs fewer repetitions (for trying the bench out; figures are then rougher).
 * BENCH_ONLY=popup,overhead runs only the phases whose names contain one of those words (for working on one figure).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { IDLE_MS } from '../../src/dom/observe.ts';
import { ROOT } from '../browser/chromium.ts';
import { startConsoleServer } from '../rig/server.ts';
import { launchBench, snapshotExtension, snapshotReadableExtension } from './browser.ts';
import { type Effort, type JourneyResult, journeyByHand, journeyWithExtension } from './effort.ts';
import { type CaptureSample, type FillSample, measureCapture, measureFill } from './latency.ts';
import {
  ALTERNATIONS,
  closeScenario,
  measurePair,
  openScenario,
  type ProfileSummary,
  profileScenario,
  SCENARIOS,
  type ScenarioResult,
  untilIdle,
} from './overhead.ts';
import { measurePopup, POPUP_ENTRIES, type PopupSample, stateRoundTrip, writeFloorPage } from './popup.ts';
import {
  attributeModules,
  bundleReadable,
  contentScripts,
  type EntrySize,
  entrySize,
  type FileSize,
  type ModuleShare,
  manifestOf,
  moduleAtLine,
} from './sizes.ts';
import { kb, median, quantile, round } from './stats.ts';

const QUICK = process.env.BENCH_QUICK === '1';
const REPS = {
  capture: QUICK ? 5 : 17,
  fill: QUICK ? 5 : 15,
  popup: QUICK ? 5 : 15,
  popupCold: QUICK ? 2 : 5,
  overhead: QUICK ? 3 : 7,
  overheadWindowMs: QUICK ? 500 : 750,
  profileWindowMs: 2000,
};

const BUDGET = {
  contentScriptGzip: 6 * 1024,
  captureMs: 16,
  fillMs: 50,
  popupMs: 50,
  overheadRatio: 1.02,
};

type Verdict = 'PASS' | 'MISS' | 'info' | 'ERROR';

interface Row {
  figure: string;
  value: string;
  budget: string;
  result: Verdict;
}

const rows: Row[] = [];
const notes: string[] = [];
const errors: string[] = [];
const started = Date.now();
const report: Record<string, unknown> = {
  startedAt: new Date().toISOString(),
  machine: { cpus: cpus().length, loadavgAtStart: loadavg().map((l) => round(l, 2)) },
  repetitions: REPS,
  budgets: BUDGET,
};

function row(figure: string, value: string, budget: string, result: Verdict): void {
  rows.push({ figure, value, budget, result });
}

function verdict(ok: boolean): Verdict {
  return ok ? 'PASS' : 'MISS';
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

function progress(text: string): void {
  process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}\n`);
}

const ONLY = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((word) => word.trim())
  .filter(Boolean);
/** A partial run must not replace the full report the README quotes. */
const REPORT_FILE = ONLY.length > 0 ? 'bench-partial.json' : 'bench.json';

function selected(name: string): boolean {
  return ONLY.length === 0 || ONLY.some((word) => name.includes(word));
}

async function phase(name: string, run: () => Promise<void>): Promise<void> {
  if (!selected(name)) return;
  progress(name);
  try {
    await run();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    errors.push(`${name}: ${message}`);
    row(name, `failed: ${message}`, '', 'ERROR');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Sizes (no browser)

const extensionDir = snapshotExtension();
writeFloorPage(extensionDir);
const scratchDirs = [extensionDir];
/** The popup's file that carries webextension-polyfill, if any. */
let popupPolyfill: FileSize | undefined;

await phase('sizes', async () => {
  const sizes: Record<string, EntrySize> = {};
  const breakdown: Record<string, { rolldownRaw: number; rolldownGzip: number; modules: ModuleShare[] }> = {};
  for (const script of contentScripts(extensionDir)) {
    const size = entrySize(extensionDir, script);
    sizes[script] = size;
    const ok = size.gzip <= BUDGET.contentScriptGzip && size.unresolved.length === 0;
    const loads = size.files.length > 1 ? ` + ${size.files.length - 1} file(s) it loads` : ', self-contained';
    const unresolved = size.unresolved.length ? `, loads at runtime: ${size.unresolved.join(', ')}` : '';
    row(`size ${script}`, `${kb(size.raw)} raw, ${kb(size.gzip)} gz${loads}${unresolved}`, '≤ 6 KB gz', verdict(ok));
    const source = script.replace(/\.js$/, '.ts');
    const attribution = await attributeModules(source);
    if (attribution) {
      breakdown[script] = {
        rolldownRaw: attribution.raw,
        rolldownGzip: attribution.gzip,
        modules: attribution.shares.map((s) => ({ ...s, gzipShare: Math.round(s.gzipShare) })),
      };
      if (!ok) {
        const deps = attribution.shares.filter(
          (share) => !share.module.startsWith('src/') && share.module !== '(bundle glue)',
        );
        const top = attribution.shares
          .slice(0, 8)
          .map(
            (s) =>
              `${s.module.replace(/^src\//, '')} ${(s.bytes / 1024).toFixed(1)} (≈${(s.gzipShare / 1024).toFixed(1)} gz)`,
          )
          .join(', ');
        notes.push(
          `${script} (${kb(size.gzip)} gz; ${kb(size.gzip - BUDGET.contentScriptGzip)} over): minified KB by module: ${top}. ` +
            (deps.length
              ? `Dependencies inside: ${deps.map((d) => `${d.module} ${(d.bytes / 1024).toFixed(1)}`).join(', ')}.`
              : 'No dependency code inside: it is all the extension’s own page logic.'),
        );
      }
    }
  }
  const popup = entrySize(extensionDir, 'src/ui/popup.html');
  sizes['src/ui/popup.html'] = popup;
  row(
    'size popup (html + what it loads)',
    `${kb(popup.raw)} raw, ${kb(popup.gzip)} gz in ${popup.files.length} files`,
    '—',
    'info',
  );
  popupPolyfill = popup.files.find((f) =>
    readFileSync(join(extensionDir, f.file), 'utf8').includes(
      'This script should only be loaded in a browser extension',
    ),
  );
  const manifest = manifestOf(extensionDir);
  const war = manifest.web_accessible_resources;
  row(
    'manifest web_accessible_resources',
    war === undefined ? 'none' : JSON.stringify(war),
    'none',
    verdict(war === undefined),
  );
  report.sizes = { entries: sizes, contentScriptModules: breakdown, webAccessibleResources: war ?? null };
});

// ---------------------------------------------------------------------------------------------------------------
// Browser measurements

const server = await startConsoleServer();
const withExt = await launchBench(server, extensionDir);
const without = await launchBench(server, undefined);
report.chromium = await (withExt.context.pages()[0] ?? (await withExt.context.newPage())).evaluate(
  () => navigator.userAgent,
);

await phase('capture latency', async () => {
  const samples: CaptureSample[] = await measureCapture(withExt, REPS.capture);
  const stored = samples.map((s) => s.stored);
  const value = median(stored);
  row(
    `capture latency (median of ${stored.length})`,
    `${ms(value)} (p90 ${ms(quantile(stored, 0.9))})`,
    '≤ 16 ms',
    verdict(value <= BUDGET.captureMs),
  );
  const frame = median(samples.map((s) => s.frame));
  const notice = median(samples.map((s) => s.notice));
  const breakdown = `render → next frame ${ms(frame)}, → in-page notice ${ms(notice)}`;
  if (value > BUDGET.captureMs) notes.push(`capture latency: ${breakdown}`);
  report.capture = {
    medianMs: value,
    p90Ms: quantile(stored, 0.9),
    medianFrameMs: frame,
    medianNoticeMs: notice,
    samples,
  };
});

await phase('fill latency', async () => {
  const samples: FillSample[] = await measureFill(withExt, server, REPS.fill);
  const filled = samples.map((s) => s.filled);
  const value = median(filled);
  const correct = samples.every((s) => s.correct);
  row(
    `fill latency (median of ${filled.length})`,
    `${ms(value)} (p90 ${ms(quantile(filled, 0.9))})${correct ? '' : ', WRONG URL'}`,
    '≤ 50 ms',
    verdict(value <= BUDGET.fillMs && correct),
  );
  report.fill = {
    medianMs: value,
    p90Ms: quantile(filled, 0.9),
    medianFrameMs: median(samples.map((s) => s.frame)),
    samples,
  };
});

await phase('popup', async () => {
  const { warm, cold, floor } = await measurePopup(withExt, REPS.popup, REPS.popupCold);
  const rtt = await stateRoundTrip(withExt, 10);
  const list = median(warm.map((s) => s.listAt));
  const coldList = median(cold.map((s) => s.listAt));
  row(
    `popup: ${POPUP_ENTRIES} entries in the DOM (median of ${warm.length})`,
    `${ms(list)} (FCP ${ms(median(warm.map((s) => s.fcp)))})`,
    '≤ 50 ms',
    verdict(list <= BUDGET.popupMs),
  );
  row(`popup, worker stopped first (median of ${cold.length})`, ms(coldList), '—', 'info');
  row(
    'popup floor: same HTML + CSS, no script',
    `HTML parsed ${ms(median(floor.map((s) => s.parsedAt)))} (popup: ${ms(median(warm.map((s) => s.parsedAt)))})`,
    '—',
    'info',
  );
  const parts = (samples: PopupSample[]) =>
    `HTML parsed ${ms(median(samples.map((s) => s.parsedAt)))}, app's first (empty) render ${ms(median(samples.map((s) => s.appAt)))}, ` +
    `state asked for ${ms(median(samples.map((s) => s.askAt)))}, answered ${ms(median(samples.map((s) => s.replyAt)))}, ` +
    `list in the DOM ${ms(median(samples.map((s) => s.listAt)))}`;
  if (list > BUDGET.popupMs)
    notes.push(
      `popup (from navigation start): ${parts(warm)}; get-state round trip to the worker ${ms(median(rtt))} (warm)` +
        (popupPolyfill
          ? `; ${popupPolyfill.file} (${kb(popupPolyfill.gzip)} gz) carries webextension-polyfill, loaded and run before the first render`
          : ''),
    );
  report.popup = { medianListMs: list, medianColdListMs: coldList, warm, cold, floor, getStateRoundTripMs: rtt };
});

await phase('user effort', async () => {
  const results: Record<string, JourneyResult> = {};
  for (const ui of ['current', 'legacy'] as const) {
    results[`with extension, ${ui} AlertOps UI`] = await journeyWithExtension(withExt, server, ui);
    results[`by hand, ${ui} AlertOps UI`] = await journeyByHand(without, server, ui);
  }
  const describe = (e: Effort) =>
    `${e.total} actions: ${e.clicks} clicks, ${e.keys} keystrokes, ${e.switches} page opens`;
  for (const [name, result] of Object.entries(results)) {
    row(
      `user effort ${name}`,
      result.ok ? describe(result.effort) : `journey failed: ${result.problem}`,
      '—',
      result.ok ? 'info' : 'ERROR',
    );
    if (!result.ok) errors.push(`user effort ${name}: ${result.problem}`);
  }
  report.effort = results;
});

const overheadResults: ScenarioResult[] = [];
for (const scenario of SCENARIOS) {
  if (!selected(`overhead ${scenario.name}`)) continue;
  // Both ways of use on the same pages, one scenario at a time (a page must be the visible one for its frames to run):
  // first idle (no input for the scripts' idle time since the load), then in use (a key press before every window).
  const pair = await openScenario(withExt, without, scenario);
  progress(`overhead ${scenario.name}: no input for ${IDLE_MS / 1000} s (the scripts' idle time)`);
  await untilIdle(pair);
  const ratios: Partial<Record<'idle' | 'in use', number>> = {};
  for (const use of ['idle', 'in use'] as const) {
    await phase(`overhead ${scenario.name}, ${use}`, async () => {
      const result = await measurePair(pair, REPS.overhead, REPS.overheadWindowMs, use);
      overheadResults.push(result);
      ratios[use] = result.ratio;
      const lo = Math.min(...result.ratios);
      const hi = Math.max(...result.ratios);
      row(
        `overhead ${scenario.name}, ${use} (${result.elements} elements, median of ${result.ratios.length})`,
        `×${result.ratio.toFixed(3)} busy (range ${lo.toFixed(2)}–${hi.toFixed(2)}), ×${result.scriptRatio.toFixed(2)} script`,
        '≤ ×1.02',
        verdict(result.ratio <= BUDGET.overheadRatio),
      );
    });
  }
  if (ratios.idle !== undefined && ratios['in use'] !== undefined) {
    // Idle, the scripts do next to nothing: what the idle ratio shows is the difference between the two browser
    // launches. In use ÷ idle takes that out and leaves what watching itself costs.
    row(
      `overhead ${scenario.name}, what watching costs (in use ÷ idle)`,
      `×${(ratios['in use'] / ratios.idle).toFixed(3)} busy`,
      '—',
      'info',
    );
  }
  await closeScenario(pair);
}

await withExt.close();
await without.close();

// Where the extension's time goes on the overhead pages: a readable (unminified) build of the same content scripts.
const profiles: Record<string, ProfileSummary & { baselineTaskMsPerS: number }> = {};
await phase('overhead profiles', async () => {
  const readableDir = await snapshotReadableExtension(bundleReadable);
  if (!readableDir) throw new Error('rolldown unavailable: no readable build to profile');
  scratchDirs.push(readableDir);
  const readable = await launchBench(server, readableDir);
  try {
    // A freshly loaded page is in use (its first session): the profile shows what watching costs.
    for (const result of overheadResults.filter((r) => r.use === 'in use')) {
      const scenario = SCENARIOS.find((s) => s.name === result.name);
      if (!scenario) continue;
      const profile = await profileScenario(readable, scenario, REPS.profileWindowMs);
      for (const entry of profile.top) {
        const module = moduleAtLine(readFileSync(join(readableDir, entry.file), 'utf8'), entry.line);
        if (module) entry.module = module.replace(/^src\//, '');
      }
      const baselineTaskMsPerS =
        (median(result.without.map((w) => w.taskMs)) / (REPS.overheadWindowMs * ALTERNATIONS)) * 1000;
      profiles[result.name] = { ...profile, baselineTaskMsPerS };
      if (result.ratio > BUDGET.overheadRatio) {
        const perS = (profile.extensionMs / profile.windowMs) * 1000;
        notes.push(
          `overhead ${result.name}, in use: extension JS self time ${perS.toFixed(0)} ms/s (page alone: ${baselineTaskMsPerS.toFixed(0)} ms/s busy). ` +
            `Top self time in a ${profile.windowMs / 1000} s profile: ${profile.top
              .slice(0, 5)
              .map((t) => `${t.fn} (${t.module ?? t.file}) ${t.selfMs.toFixed(0)} ms`)
              .join(', ')}`,
        );
      }
    }
  } finally {
    await readable.close();
  }
});
report.overhead = overheadResults.map((r) => ({ ...r, profile: r.use === 'in use' ? profiles[r.name] : undefined }));

await server.close();
for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------------------------
// Output

const widths = [
  Math.max(...rows.map((r) => r.figure.length), 6),
  Math.max(...rows.map((r) => r.value.length), 5),
  Math.max(...rows.map((r) => r.budget.length), 6),
];
const line = (a: string, b: string, c: string, d: string) =>
  `${a.padEnd(widths[0] as number)}  ${b.padEnd(widths[1] as number)}  ${c.padEnd(widths[2] as number)}  ${d}`;
const out: string[] = [];
out.push(line('Figure', 'Value', 'Budget', 'Result'));
out.push(
  line('-'.repeat(widths[0] as number), '-'.repeat(widths[1] as number), '-'.repeat(widths[2] as number), '------'),
);
for (const r of rows) out.push(line(r.figure, r.value, r.budget, r.result));
if (notes.length) {
  out.push('', 'Where the misses come from:');
  for (const note of notes) out.push(`- ${note}`);
}
if (errors.length) {
  out.push('', 'Measurements that failed:');
  for (const error of errors) out.push(`- ${error}`);
}
const seconds = (Date.now() - started) / 1000;
out.push(
  '',
  `${rows.filter((r) => r.result === 'MISS').length} MISS, ${rows.filter((r) => r.result === 'PASS').length} PASS; ` +
    `${seconds.toFixed(0)} s on ${cpus().length} cores (load average at start ${(report.machine as { loadavgAtStart: number[] }).loadavgAtStart.join(' ')}). ` +
    `Written to artifacts/${REPORT_FILE}.`,
);
process.stdout.write(`${out.join('\n')}\n`);

report.rows = rows;
report.notes = notes;
report.errors = errors;
report.seconds = round(seconds, 1);
const artifacts = join(ROOT, 'artifacts');
mkdirSync(artifacts, { recursive: true });
writeFileSync(join(artifacts, REPORT_FILE), `${JSON.stringify(report, null, 2)}\n`);
process.exit(errors.length ? 1 : 0);
