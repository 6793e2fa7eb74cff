/** Waiting on a test page's own model, with what the user would see when the wait fails. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { type PageModel, pageModel } from './chromium.ts';

/**
 * Polls `read(window[name])` until it equals `expected`. A failed wait says, besides the mismatch, what `explain`
 * dumps of the page (each file shows what its renderings make worth seeing).
 */
export async function pollPageModel(
  page: Page,
  read: (model: PageModel) => unknown,
  expected: unknown,
  options: { explain: (page: Page, name: string) => Promise<string>; name?: string; timeout?: number },
): Promise<void> {
  const name = options.name ?? 'model';
  try {
    await expect.poll(async () => read(await pageModel(page, name)), { timeout: options.timeout }).toEqual(expected);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${await options.explain(page, name)}`);
  }
}
