/** Helpers shared by the blind Uptrends renderings (test/unit/blind*-uptrends.test.ts). */
import { expect } from 'vitest';
import { tick } from '../../src/dom/fields';
import { findIntegrationEditor } from '../../src/sites/uptrends/editor';
import { chooseAlertOpsBox, type EscalationLevel, findEscalationLevels } from '../../src/sites/uptrends/escalation';
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

export interface DialogSpec {
  /** Markup of the value dialog; appended to body. */
  html: string;
  plainChosen: (dialog: Element) => boolean;
  valueField: (dialog: Element) => HTMLInputElement | HTMLTextAreaElement;
  selectButton: (dialog: Element) => Element;
  /** Extra wiring once rendered (e.g. role=radio toggles). */
  wire?: (dialog: Element) => void;
  delay?: number;
}

/** Dialog way: clicking the "⋯" button opens the dialog; "Select" stores the value and shows it on the row. */
export function wireDialog(button: Element, display: Element, spec: DialogSpec) {
  const state = { stored: '', valueEvents: 0, opened: 0 };
  const open = () => {
    const holder = document.createElement('div');
    holder.innerHTML = spec.html;
    const dialog = holder.firstElementChild as HTMLElement;
    spec.wire?.(dialog);
    spec.valueField(dialog).addEventListener('input', () => state.valueEvents++);
    spec.selectButton(dialog).addEventListener('click', () => {
      if (spec.plainChosen(dialog)) state.stored = spec.valueField(dialog).value;
      dialog.remove();
      if (display instanceof HTMLInputElement) display.value = state.stored;
      else display.textContent = state.stored || '—';
    });
    document.body.append(dialog);
    state.opened++;
  };
  button.addEventListener('click', () => {
    const timer = setTimeout(open, spec.delay ?? 10);
    cleanups.push(() => clearTimeout(timer));
  });
  return state;
}

function allBoxes(): Element[] {
  return Array.from(document.querySelectorAll('input[type="checkbox"], [role="checkbox"], [role="switch"]'));
}

function checkedState(element: Element): boolean {
  return element instanceof HTMLInputElement ? element.checked : element.getAttribute('aria-checked') === 'true';
}

/** Picks the AlertOps box on the given level and ticks it; only `expected` may change state. */
export function expectTicks(levelIndex: number, expected: Element, remembered: string[] = []): EscalationLevel[] {
  const before = new Map(allBoxes().map((box) => [box, checkedState(box)]));
  const levels = findEscalationLevels(document);
  expect(levels.length, 'levels found').toBeGreaterThan(levelIndex);
  const choice = chooseAlertOpsBox(must(levels[levelIndex]), remembered);
  expect(choice.kind).toBe('one');
  if (choice.kind !== 'one') return levels;
  tick(choice.item.box);
  expect(checkedState(expected), 'AlertOps box ticked').toBe(true);
  for (const [box, was] of before)
    if (box !== expected) expect(checkedState(box), `unchanged: ${box.outerHTML.slice(0, 80)}`).toBe(was);
  return levels;
}
