/** Helpers shared by the blind Uptrends renderings (test/unit/blind-uptrends.test.ts, blind2-uptrends.test.ts). */
import { expect } from 'vitest';
import { findIntegrationEditor } from '../../src/sites/uptrends/editor';
import { fillEditor } from '../../src/sites/uptrends/fill';

export const URL = 'https://notify.alertops.com/POSTAlert/5b0c9e2a-41f7-4d3b-8e6a-c2d19f7a0b35/Uptrends';
export const PROPOSED = 'AlertOps – Ops';

/** Run after each test (the test files' afterEach empties it): undoes a rendering's listeners. */
export const cleanups: (() => void)[] = [];

export function resetPage(): void {
  for (const cleanup of cleanups.splice(0)) cleanup();
  document.body.innerHTML = '';
  document.head.innerHTML = '';
}

/** The value, or a failed test when the page lacks it. */
export function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('missing from the rendering');
  return value;
}

export function mount(html: string): void {
  document.body.innerHTML = html;
}

export const q = <T extends Element = HTMLInputElement>(selector: string): T => {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`fixture lacks ${selector}`);
  return element;
};

export function countInputs(element: Element): { n: number } {
  const count = { n: 0 };
  element.addEventListener('input', () => count.n++);
  return count;
}

/** Plain way: the URL goes into a text field; `untouched` fields keep their value. */
export async function expectPlainFill(options: {
  url: string;
  name?: string;
  nameBefore?: string;
  untouched?: string[];
}): Promise<void> {
  const urlField = q(options.url);
  const urlEvents = countInputs(urlField);
  const nameField = options.name ? q(options.name) : undefined;
  const untouched = (options.untouched ?? []).map(
    (s) => [q<HTMLInputElement | HTMLSelectElement>(s), q<HTMLInputElement | HTMLSelectElement>(s).value] as const,
  );
  const editor = findIntegrationEditor(document);
  expect(editor, 'editor found').not.toBeNull();
  expect(editor?.isAlertOps, 'isAlertOps').toBe(true);
  const outcome = await fillEditor(must(editor), URL, PROPOSED);
  expect(outcome.kind).toBe('filled');
  expect(urlField.value).toBe(URL);
  expect(urlEvents.n).toBeGreaterThan(0);
  if (nameField) expect(nameField.value).toBe(options.nameBefore ? options.nameBefore : PROPOSED);
  for (const [element, before] of untouched) expect(element.value, `untouched ${element.id}`).toBe(before);
}
