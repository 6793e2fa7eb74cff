/**
 * axe-core in extension pages. Extension pages have `script-src 'self'`: page.addScriptTag({ path }) inlines the file
 * and the CSP blocks it, so axe's source is evaluated through the DevTools protocol (page.evaluate with a string, i.e.
 * Runtime.evaluate), which the page's CSP does not govern; axe itself needs no eval.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { ROOT } from './chromium.ts';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: { target: string; html: string; summary: string | undefined }[];
}

async function injectAxe(page: Page): Promise<void> {
  const present = () => page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (await present()) return;
  await page.evaluate(AXE_SOURCE);
  if (!(await present())) throw new Error('axe-core could not be injected');
}

export async function axeViolations(page: Page): Promise<Violation[]> {
  await injectAxe(page);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.join(' '),
        html: node.html,
        summary: node.failureSummary,
      })),
    }));
  });
  return violations;
}

export function describeViolations(violations: Violation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target}: ${n.summary}`).join('\n')}`)
    .join('\n');
}
