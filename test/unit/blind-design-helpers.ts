/**
 * Helpers shared by the blind design-system renderings (test/unit/blind9-uptrends.test.ts, blind10-uptrends.test.ts):
 * Uptrends' mode and value-dialog words in four languages, page snapshots that prove nothing else moved, and the
 * expectations each rendering ends with.
 */
import { expect } from 'vitest';
import { tick } from '../../src/dom/fields';
import { findIntegrationEditor } from '../../src/sites/uptrends/editor';
import { chooseAlertOpsBox, type EscalationLevel } from '../../src/sites/uptrends/escalation';
import { fillEditor } from '../../src/sites/uptrends/fill';
import { must, PROPOSED, URL } from './blind-helpers';

export type Lang = 'en' | 'nl' | 'de' | 'fr';

export type Outcome = Awaited<ReturnType<typeof fillEditor>>;

export const MODE: Record<Lang, [string, string]> = {
  en: ['Specify value here', 'Specify value in escalation level'],
  nl: ['Waarde hier opgeven', 'Waarde opgeven in escalatieniveau'],
  de: ['Wert hier eintragen', 'Wert in Eskalationsstufe eintragen'],
  fr: ['Spécifiez la valeur ici', "Spécifiez la valeur dans le niveau d'escalade"],
};

/** Words of the "⋯" value dialog. */
export const DLG: Record<
  Lang,
  { title: string; plain: string; vault: string; value: string; select: string; cancel: string }
> = {
  en: {
    title: 'Edit value',
    plain: 'Plain text',
    vault: 'Vault credential',
    value: 'Value',
    select: 'Select',
    cancel: 'Cancel',
  },
  nl: {
    title: 'Waarde bewerken',
    plain: 'Platte tekst',
    vault: 'Kluisreferentie',
    value: 'Waarde',
    select: 'Selecteren',
    cancel: 'Annuleren',
  },
  de: {
    title: 'Wert bearbeiten',
    plain: 'Klartext',
    vault: 'Tresor-Zugangsdaten',
    value: 'Wert',
    select: 'Auswählen',
    cancel: 'Abbrechen',
  },
  fr: {
    title: 'Modifier la valeur',
    plain: 'Texte brut',
    vault: 'Identifiants du coffre-fort',
    value: 'Valeur',
    select: 'Sélectionner',
    cancel: 'Annuler',
  },
};

export function fieldState(el: Element): string {
  if (el instanceof HTMLSelectElement) return `select:${el.selectedIndex}:${el.value}`;
  if (el instanceof HTMLInputElement) return `input:${el.value}:${el.checked}`;
  if (el instanceof HTMLTextAreaElement) return `textarea:${el.value}`;
  return `aria:${el.getAttribute('aria-checked')}:${el.textContent}`;
}

export const FIELDS =
  'input, select, textarea, [role="checkbox"], [role="switch"], [role="radio"], [role="combobox"], [role="listbox"]';

/** State of every field (hidden ones too), ARIA toggle and select display on the page. */
export function snapshot(): Map<Element, string> {
  const map = new Map<Element, string>();
  for (const el of Array.from(document.querySelectorAll(FIELDS))) map.set(el, fieldState(el));
  return map;
}

export function expectUnchanged(before: Map<Element, string>, except: Element[] = []): void {
  for (const [el, state] of before)
    if (!except.includes(el)) expect(fieldState(el), `unchanged: ${el.outerHTML.slice(0, 100)}`).toBe(state);
}

export function listen(el: Element): { input: number; change: number } {
  const count = { input: 0, change: 0 };
  el.addEventListener('input', () => count.input++);
  el.addEventListener('change', () => count.change++);
  return count;
}

/** The element matching `selector` whose whitespace-normalised text is exactly `text`. */
export function byText<T extends Element = HTMLElement>(
  selector: string,
  text: string,
  root: ParentNode = document,
): T {
  const found = Array.from(root.querySelectorAll<T>(selector)).find(
    (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim() === text,
  );
  if (!found) throw new Error(`fixture lacks ${selector} "${text}"`);
  return found;
}

/** Finds the AlertOps editor, fills it, and checks that only `changed` fields moved. */
export async function fillExpect(way: 'plain' | 'dialog', changed: Element[]): Promise<Outcome> {
  const before = snapshot();
  const editor = findIntegrationEditor(document);
  expect(editor, 'editor found').not.toBeNull();
  expect(editor?.isAlertOps, 'isAlertOps').toBe(true);
  const outcome = await fillEditor(must(editor), URL, PROPOSED);
  expect(outcome.kind).toBe('filled');
  if (outcome.kind === 'filled') expect(outcome.way).toBe(way);
  expectUnchanged(before, changed);
  return outcome;
}

export function expectNameProposed(outcome: Outcome, nameField: HTMLInputElement): void {
  expect(nameField.value).toBe(PROPOSED);
  if (outcome.kind === 'filled') {
    expect(outcome.nameFilled).toBe(true);
    expect(outcome.uptrendsName).toBe(PROPOSED);
  }
}

/** A non-AlertOps editor: nothing may change, nothing may be clicked. */
export async function expectNotAlertOps(typeName: string): Promise<void> {
  const before = snapshot();
  const count = { events: 0, clicks: 0 };
  for (const el of Array.from(document.querySelectorAll('input, select, textarea'))) {
    el.addEventListener('input', () => count.events++);
    el.addEventListener('change', () => count.events++);
  }
  for (const el of Array.from(
    document.querySelectorAll('button, [role="button"], .button, .q-btn, input[type="button"], [role="combobox"]'),
  ))
    el.addEventListener('click', () => count.clicks++);
  const editor = findIntegrationEditor(document);
  const outcome = editor ? await fillEditor(editor, URL, PROPOSED) : undefined;
  expectUnchanged(before);
  expect(count.events, 'no input/change events').toBe(0);
  expect(count.clicks, 'no clicks').toBe(0);
  for (const el of Array.from(document.querySelectorAll<HTMLInputElement>('input, textarea')))
    expect(el.value).not.toBe(URL);
  if (editor && outcome) {
    expect(editor.isAlertOps, 'isAlertOps').toBe(false);
    expect(outcome.kind).toBe('not-alertops');
    // The type as the page shows it, for the user's notice.
    if (outcome.kind === 'not-alertops') expect(outcome.typeText).toContain(typeName);
  }
}

/** Dialog way: the value went in through the dialog (Plain text + Select), the row shows it. */
export function expectDialogStored(state: { stored: string; valueEvents: number; opened: number }): void {
  expect(state.opened, 'dialog opened').toBeGreaterThan(0);
  expect(state.stored, 'stored through Plain text + Select').toBe(URL);
  expect(state.valueEvents, 'input event on the dialog value field').toBeGreaterThan(0);
}

export function levelNo(levels: EscalationLevel[], n: number): EscalationLevel {
  const level = levels.find((l) => l.number === n);
  expect(level, `level ${n} found among ${levels.map((l) => l.label).join(' | ')}`).toBeDefined();
  return must(level);
}

export function rowState(row: Element): string {
  const inputs = [row, ...Array.from(row.querySelectorAll('input'))]
    .filter((el): el is HTMLInputElement => el instanceof HTMLInputElement)
    .map((i) => `${i.checked}:${i.value}`)
    .join(',');
  return `${row.outerHTML}|${inputs}`;
}

/** Chooses the AlertOps box on `level` and ticks it; every row but `target` must look exactly as before. */
export function tickAlertOps(
  level: EscalationLevel,
  rows: Element[],
  target: Element,
  name: string,
  remembered: string[] = [],
): void {
  const before = new Map(rows.map((r) => [r, rowState(r)]));
  const choice = chooseAlertOpsBox(level, remembered);
  expect(choice.kind, 'one AlertOps box').toBe('one');
  if (choice.kind !== 'one') return;
  expect(choice.item.name).toBe(name);
  tick(choice.item.box);
  for (const [row, state] of before)
    if (row !== target) expect(rowState(row), `unchanged: ${(row.textContent ?? '').trim()}`).toBe(state);
}

export function addStyle(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}
