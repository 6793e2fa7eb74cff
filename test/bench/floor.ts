/**
 * `npm run bench:floor`: what part of the page overhead any DOM-watching extension pays, whatever its code does.
 * Measures, on the bench's overhead pages and with the bench's method (overhead.ts), four extensions against the same
 * baseline browser: one whose content script does nothing; one with a MutationObserver whose callback does nothing,
 * observing insertions only (the Uptrends script's options); the same observing URL attributes too (the AlertOps
 * script's options); and the built extension. A diagnosis, not a budget: it prints figures and exits 0.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WATCHED_URL_ATTRIBUTES } from '../../src/sites/alertops/site.ts';
import { startConsoleServer } from '../rig/server.ts';
import { launchBench, SCRATCH, snapshotExtension } from './browser.ts';
import { measureOverhead, SCENARIOS } from './overhead.ts';

const REPS = process.env.BENCH_QUICK === '1' ? 3 : 5;
const WINDOW_MS = 750;

function minimalExtension(name: string, contentScript: string): string {
  const dir = join(SCRATCH, `floor-${name}`);
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: `floor ${name}`,
    version: '1',
    background: { service_worker: 'worker.js' },
    content_scripts: [
      {
        matches: ['https://*.uptrends.com/*', 'https://*.alertops.com/*'],
        js: ['content.js'],
        run_at: 'document_idle',
      },
    ],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'worker.js'), '');
  writeFileSync(join(dir, 'content.js'), contentScript);
  return dir;
}

const observerOptions = (full: boolean) =>
  JSON.stringify({
    childList: true,
    subtree: true,
    ...(full ? { attributes: true, attributeFilter: WATCHED_URL_ATTRIBUTES } : {}),
  });

const variants: { name: string; dir: string }[] = [
  { name: 'content script that does nothing', dir: minimalExtension('empty', '') },
  {
    name: 'no-op observer, insertions only',
    dir: minimalExtension(
      'insertions',
      `new MutationObserver(() => {}).observe(document.documentElement, ${observerOptions(false)});`,
    ),
  },
  {
    name: 'no-op observer, insertions + URL attributes',
    dir: minimalExtension(
      'full',
      `new MutationObserver(() => {}).observe(document.documentElement, ${observerOptions(true)});`,
    ),
  },
  { name: 'this extension (dist/chrome)', dir: snapshotExtension() },
];

const server = await startConsoleServer();
const without = await launchBench(server, undefined);
const lines: string[] = [];
for (const variant of variants) {
  const withExt = await launchBench(server, variant.dir);
  for (const scenario of SCENARIOS) {
    process.stderr.write(`[floor] ${variant.name} on ${scenario.name}\n`);
    const result = await measureOverhead(withExt, without, scenario, REPS, WINDOW_MS);
    lines.push(
      `${variant.name.padEnd(52)} ${scenario.name.padEnd(52)} ×${result.ratio.toFixed(3)} busy, ×${result.scriptRatio.toFixed(2)} script`,
    );
  }
  await withExt.close();
}
await without.close();
await server.close();
for (const variant of variants) rmSync(variant.dir, { recursive: true, force: true });
process.stdout.write(`${lines.join('\n')}\n`);
