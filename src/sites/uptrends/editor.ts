/**
 * "Where is the AlertOps URL variable?" The Uptrends integration editor, found by meaning: the "Predefined
 * variables" section or the "Integration name" field, in any of the four languages, inside a dialog or on a page.
 * Pure DOM; no extension APIs.
 */

import { isEditable, isInTypedText, isTextField, type TextField, unlocksOnFocus } from '../../dom/fields';
import {
  buttonName,
  findButtons,
  findFieldsDescribedBy,
  findLabelElements,
  isDecoration,
  precedes,
  queryDeep,
  VALUE_FIELDS,
} from '../../dom/find';
import { accessibleName, describeControl, ownText, textWithoutControls } from '../../dom/labels';
import {
  closestAcrossShadow,
  containsAcrossShadow,
  openShadowRoots,
  parentAcrossShadow,
  queryAllIncludingShadow,
  type Scope,
  topOfScope,
} from '../../dom/shadow';
import { equalsAny, matchesAny, normalizeText, type TextPattern, withoutLabelMark } from '../../dom/text';
import { isPerceivable, isVisible } from '../../dom/visibility';
import {
  ALERTOPS,
  ALERTOPS_URL_VARIABLE,
  DIALOGS,
  EDIT_VALUE_BUTTON,
  EDIT_WORD,
  ELLIPSIS_GLYPH,
  LABELS,
  URL_VARIABLE,
  VALUE_HERE_WORDS,
} from './labels';

export type ValueMode = 'here' | 'level' | 'unknown';

export interface UrlVariable {
  /** The element that names the row, or the value control itself. */
  row: Element;
  /** An editable text field on the row (the plain way), if the page shows one. */
  field?: TextField;
  /** The "⋯" button that opens the value dialog (the other way), if the page shows one. */
  editButton?: HTMLElement;
  /** The "Specify value here / in escalation level" control, if any. */
  modeControl?: Element;
  mode: ValueMode;
  /** What the row shows as its value when it has no field (dialog way): '' when it shows nothing. */
  displayedValue: string;
}

export interface IntegrationEditor {
  root: Element;
  nameField?: TextField;
  /** The type as the page shows it ('' when the editor does not say). */
  typeText: string;
  isAlertOps: boolean;
  urlVariable?: UrlVariable;
}

const MAX_CLIMB = 14;

/** The visible integration editor, or null when the page shows none. */
export function findIntegrationEditor(scope: Scope): IntegrationEditor | null {
  // Only what the user can see: a page may keep an editor mounted off-screen or faded out (a prefetched view).
  const nameFields = findFieldsDescribedBy(scope, LABELS.integrationName).filter(
    (field) => isEditableField(field) && isPerceivable(field),
  );
  const variableHeadings = findLabelElements(scope, LABELS.predefinedVariables).filter(
    (heading) => isPerceivable(heading) && !isInTypedText(heading),
  );
  const anchor = variableHeadings[0] ?? nameFields[0];
  if (!anchor) return null;
  const root = editorRoot(anchor, nameFields, variableHeadings);
  const nameField =
    nameFields.find((field) => containsAcrossShadow(root, field)) ?? shortNamedField(root, variableHeadings[0]);
  const typeText = readIntegrationType(root);
  const urlVariable = findUrlVariable(root, nameField, variableHeadings[0]);
  const isAlertOps = typeText ? matchesAny(typeText, ALERTOPS) : saysAlertOpsWithoutType(root, urlVariable);
  const editor: IntegrationEditor = { root, typeText, isAlertOps };
  if (nameField) editor.nameField = nameField;
  if (urlVariable) editor.urlVariable = urlVariable;
  return editor;
}

/**
 * When the editor shows no type, only its own title or the variable's own row may say AlertOps: the page around it
 * (a list of integrations named "AlertOps …") must never make a Slack editor look like an AlertOps one.
 */
function saysAlertOpsWithoutType(root: Element, variable: UrlVariable | undefined): boolean {
  const titles = [
    root.getAttribute('aria-label') ?? '',
    ...Array.from(root.querySelectorAll('h1, h2, h3, h4, legend, [role="heading"]')).map((heading) => ownText(heading)),
  ];
  if (titles.some((title) => title.length <= 120 && matchesAny(title, ALERTOPS))) return true;
  return variable !== undefined && matchesAny(textWithoutControls(variable.row, 300), ALERTOPS);
}

/** An editor whose name field is labelled just "Name": only trusted above its own "Predefined variables" section. */
function shortNamedField(root: Element, variablesHeading: Element | undefined): TextField | undefined {
  if (!variablesHeading) return undefined;
  return findFieldsDescribedBy(root, LABELS.shortName).find(
    (field): field is HTMLInputElement =>
      isEditableField(field) &&
      precedes(field, variablesHeading) &&
      equalsAny(withoutLabelMark(describeControl(field)[0] ?? ''), LABELS.shortName),
  );
}

function isEditableField(field: Element): field is TextField {
  return isTextField(field) && (isEditable(field) || unlocksOnFocus(field));
}

/** The dialog or form that holds the editor: the smallest ancestor holding both the name field and the variables. */
function editorRoot(anchor: Element, nameFields: Element[], headings: Element[]): Element {
  // A field component's own shadow root holds no form: the form is around the component.
  const dialog = closestAcrossShadow(anchor, 'dialog, [role="dialog"], [role="alertdialog"], form');
  if (dialog) return dialog;
  let current: Element | null = anchor;
  for (let depth = 0; current && depth < MAX_CLIMB; depth++, current = parentAcrossShadow(current)) {
    const container = current;
    const hasName = nameFields.length === 0 || nameFields.some((field) => containsAcrossShadow(container, field));
    const hasVariables = headings.length === 0 || headings.some((heading) => containsAcrossShadow(container, heading));
    if (hasName && hasVariables && hasControls(current)) return current;
  }
  return topOfScope(anchor);
}

const CONTROLS = 'input, select, button, [role="button"]';

/** More than the one field the search started from: the light DOM first, component shadow roots only when needed. */
function hasControls(container: Element): boolean {
  return container.querySelectorAll(CONTROLS).length > 2 || queryDeep(container, CONTROLS).length > 2;
}

/** Reads the "Integration type" the editor shows: a select, a read-only field, or text beside the label. */
export function readIntegrationType(root: Element): string {
  // Never a hidden input: it holds the widget's key ("7", "slack"), not the type the page shows.
  for (const control of queryDeep(root, 'select, input:not([type="hidden"]), [role="combobox"]')) {
    if (
      isDecoration(control) ||
      !describeControl(control)
        .slice(0, 2)
        .some((text) => equalsAny(withoutLabelMark(text), LABELS.integrationType))
    )
      continue;
    const shown =
      control.tagName === 'SELECT'
        ? ((control as HTMLSelectElement).selectedOptions[0]?.textContent?.trim() ?? '')
        : control.tagName === 'INPUT'
          ? (control as HTMLInputElement).value.trim()
          : textWithoutControls(control);
    // A styled select may show its choice beside an empty input (Vuetify): then the text beside the label says it.
    if (shown) return shown;
  }
  const labels = findLabelElements(root, LABELS.integrationType);
  // A component may draw its label in its shadow root, with the choice it shows (Ionic's ion-select): only there.
  const inShadow = labels.length === 0;
  if (inShadow)
    for (const shadow of openShadowRoots(root)) labels.push(...findLabelElements(shadow, LABELS.integrationType));
  for (const label of labels) {
    // "<p>Integration type: <strong>AlertOps</strong></p>": the value is inside the element that holds the label.
    // Not for a <label>, whose other text is more likely help ("Integration type (how alerts are sent)"); a label that
    // wraps the whole field (Quasar) shows the value beside its control, and only that counts (not the field's hint).
    const wrapped = label.tagName === 'LABEL' ? label.querySelector('input:not([type="hidden"])') : null;
    const value =
      (label.tagName !== 'LABEL' && typeName(mainText(label, LABELS.integrationType))) ||
      // A component's label in its shadow root may hold the choice it shows (Ionic's select): a type's short name,
      // never a help text naming types "(how alerts are sent: AlertOps, Slack…)".
      (inShadow && label.tagName === 'LABEL' && typeName(mainText(label, LABELS.integrationType))) ||
      (wrapped &&
        ((wrapped as HTMLInputElement).value.trim() ||
          mainText(wrapped.parentElement ?? wrapped, LABELS.integrationType))) ||
      textBeside(label);
    if (value) return value;
  }
  return '';
}

/** A type as a select shows it: a name of a few words ("AlertOps", "Splunk On-Call"), not a sentence or a list. */
function typeName(text: string): string {
  return /^[^(),:;]+$/.test(text) && text.split(/\s+/).length <= 3 ? text : '';
}

/**
 * The text of what goes with a label: its next sibling, the field before a floating label, or its parent's next
 * sibling.
 */
function textBeside(label: Element): string {
  // A floating label comes last in its field, after the value it names (Quasar, Material, Bootstrap's form-floating).
  // Only in a field of its own: the label's parent holds the value part and the label, nothing else.
  const previous =
    label.nextElementSibling || label.parentElement?.children.length !== 2 ? null : label.previousElementSibling;
  const floatingOver = previous?.matches('input, select') || previous?.querySelector('input, select') ? previous : null;
  const next = label.nextElementSibling ?? floatingOver ?? label.parentElement?.nextElementSibling;
  // A heading after the label starts the next section: it is no value.
  if (!next || next.matches('h1, h2, h3, h4, h5, h6, legend, [role="heading"]')) return '';
  const shown = 'input:not([type="hidden"]), select';
  const control = next.matches(shown) ? next : queryAllIncludingShadow(next, shown).find((c) => !isDecoration(c));
  const value =
    control?.tagName === 'INPUT'
      ? (control as HTMLInputElement).value.trim()
      : control?.tagName === 'SELECT'
        ? ((control as HTMLSelectElement).selectedOptions[0]?.textContent?.trim() ?? '')
        : '';
  // A component may show its value only in its shadow root (a select drawn as a web component).
  return (
    value ||
    mainText(next) ||
    openShadowRoots(next)
      .map((shadow) => mainText(shadow))
      .find(Boolean) ||
    ''
  );
}

/**
 * The longest piece of text in a value display: a type shown as an icon badge ("Sl") plus its name ("Slack"). Pieces
 * that are one of `labels` (the label itself, when the value sits inside the label's element) do not count.
 */
const HINTS =
  'small, [class*="help" i], [class*="hint" i], [class*="description" i], [part*="help" i], [part*="hint" i]';

function mainText(element: Element | ShadowRoot, labels: readonly string[] = []): string {
  const pieces: string[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim();
    // Not a drop-down's options, open or closed: only what the page shows.
    const parent = node.parentElement;
    // Nor a hint beside a label ("<small>AlertOps or Slack</small>"): it names types, it shows none.
    const hint = parent?.closest(HINTS);
    if (hint && hint !== element && (element as Node).contains(hint)) continue;
    if (text && !equalsAny(withoutLabelMark(text), labels) && parent && !parent.closest('select') && isVisible(parent))
      pieces.push(text);
  }
  const longest = pieces.reduce((best, piece) => (piece.length > best.length ? piece : best), '');
  return longest.length <= 80 ? longest : '';
}

/** The variable row for the AlertOps URL: by its label (…Url, URL, endpoint), the most AlertOps-specific one first. */
export function findUrlVariable(
  root: Element,
  nameField?: Element,
  variablesHeading?: Element,
): UrlVariable | undefined {
  const inSection = (element: Element) =>
    element !== nameField &&
    (!variablesHeading || precedes(variablesHeading, element) || containsAcrossShadow(variablesHeading, element));

  // A combo box showing a mode ("Specify value here") is the variable's mode drop-down, never the URL field; a URL
  // field may be a combo box too (one that suggests vault variables).
  const isModeDropDown = (field: Element) =>
    field.matches('[role="combobox"]') && isModeChoice((field as HTMLInputElement).value);
  const inEditor = (field: Element) => inSection(field) && !isModeDropDown(field) && isEditableField(field);
  // A field labelled only "Value" is named by its row's other column ("AlertOpsUrl | Wert"), unless it is a value
  // dialog's over the editor.
  const dialogOf = (element: Element) => closestAcrossShadow(element, DIALOGS);
  const valueFields = findFieldsDescribedBy(root, LABELS.value, { passwords: true }).filter(
    (field) =>
      inEditor(field) &&
      equalsAny(withoutLabelMark(accessibleName(field)), LABELS.value) &&
      dialogOf(field) === dialogOf(root) &&
      namedByShortRow(field),
  );
  const fields = [
    ...new Set([...findFieldsDescribedBy(root, URL_VARIABLE, { passwords: true }).filter(inEditor), ...valueFields]),
  ];
  const editButtons = [
    ...new Set([...findButtons(root, EDIT_VALUE_BUTTON), ...findButtons(root, [/./]).filter(drawnAsEllipsis)]),
  ].filter(
    (button) =>
      inSection(button) &&
      describeControl(button).some((text) => matchesAny(text, URL_VARIABLE)) &&
      (!matchesAny(buttonName(button), [EDIT_WORD]) || besideUrlLabel(button)),
  );
  // Masked fields last: the URL field may be one, but so may a secret labelled beside it ("WebhookSecret").
  const masked = fields.filter((field) => field.type === 'password');
  const candidates: Element[] = [...fields.filter((field) => !masked.includes(field)), ...editButtons, ...masked];
  // Named by its own row first: a field whose row shows no name of its own (the name in a read-only input) is
  // described by the text of rows around it, another variable's name included.
  const namedByOwnRow = (patterns: readonly TextPattern[]) =>
    candidates.find((candidate) => ownNames(candidate).some((text) => matchesAny(text, patterns)));
  let best = namedByOwnRow(ALERTOPS_URL_VARIABLE);
  if (!best) {
    // AlertOps' own row, set to "in escalation level" with no value control left, before any field that merely reads
    // "AlertOps…Url" in the rows around it.
    const ownPerLevel = variableWithoutValueControl(root, inSection, true);
    if (ownPerLevel && !candidates.some((candidate) => containsAcrossShadow(ownPerLevel.row, candidate)))
      return ownPerLevel;
    best = candidates.find(namesAlertOpsUrl);
  }
  if (!best) {
    // AlertOps' own row set to "in escalation level" may have no value control left: never fill another URL row then.
    const withoutValueControl = variableWithoutValueControl(root, inSection, candidates.length > 0);
    if (withoutValueControl || !candidates[0]) return withoutValueControl;
    best = namedByOwnRow(URL_VARIABLE) ?? candidates[0];
  }
  const row = rowOf(best);
  // A masked field only when it is the one chosen: a row grown around a "⋯" button may take in a secret's row.
  const field = fields.find((f) => f === best || (containsAcrossShadow(row, f) && !masked.includes(f)));
  const editButton = editButtons.find((b) => b === best || containsAcrossShadow(row, b));
  const modeControl = findModeControl(row);
  const variable: UrlVariable = {
    row,
    mode: modeControl ? readMode(modeControl) : 'unknown',
    displayedValue: field ? field.value : displayedValue(row),
  };
  if (field) variable.field = field;
  if (editButton) variable.editButton = editButton;
  if (modeControl) variable.modeControl = modeControl;
  return variable;
}

/**
 * A "⋯" button that screen readers know by another name ("More options", as icon-button libraries name it): its drawn
 * glyph still says what it is, unless it opens a menu.
 */
function drawnAsEllipsis(button: Element): boolean {
  const popup = button.getAttribute('aria-haspopup');
  if (popup !== null && popup !== 'false' && popup !== 'dialog') return false;
  return matchesAny(button.textContent, [ELLIPSIS_GLYPH]);
}

/**
 * A URL variable's name in the short row around a field labelled "Value": the row holds no other field and no "⋯"
 * button (that is another variable's row, the URL's own perhaps).
 */
function namedByShortRow(field: Element): boolean {
  // A field component's input is in its shadow root: its row is around the component.
  for (let container = parentAcrossShadow(field), depth = 0; container && depth < 6; depth++) {
    if ((countDeep(container, VALUE_FIELDS)[0] ?? 0) > 1 || findButtons(container, EDIT_VALUE_BUTTON).length > 0)
      return false;
    const text = textWithoutControls(container, 200);
    if (text.length > 120) return false;
    if (matchesAny(text, URL_VARIABLE)) return true;
    container = parentAcrossShadow(container);
  }
  return false;
}

/** A URL variable's label in the short text around the button (its cell, its row). */
function besideUrlLabel(button: Element): boolean {
  for (let container = parentAcrossShadow(button), depth = 0; container && depth < 2; depth++) {
    const text = textWithoutControls(container, 200);
    if (text.length <= 120 && matchesAny(text, URL_VARIABLE)) return true;
    container = parentAcrossShadow(container);
  }
  return false;
}

/** How many matches of each selector an element holds, its components' open shadow roots included. */
function countDeep(root: Element, ...selectors: string[]): number[] {
  const trees: ParentNode[] = [root, ...openShadowRoots(root)];
  return selectors.map((selector) => trees.reduce((sum, tree) => sum + tree.querySelectorAll(selector).length, 0));
}

/**
 * The smallest ancestor that still belongs to this one variable: it holds the label text but no other value field, "⋯"
 * button or mode drop-down.
 */
function rowOf(control: Element): Element {
  let row: Element = control;
  let current = parentAcrossShadow(control);
  for (let depth = 0; current && depth < 6; depth++, current = parentAcrossShadow(current)) {
    // A second mode drop-down is another variable's; a widget that keeps a native select beside its own combobox
    // (Select2, Kendo) is still one.
    const [valueControls = 0, selects = 0, combos = 0] = countDeep(
      current,
      VALUE_FIELDS,
      'select',
      '[role="combobox"]',
    );
    const buttons = findButtons(current, EDIT_VALUE_BUTTON);
    if (valueControls > 1 || buttons.length > 1 || selects > 1 || combos > 1) break;
    row = current;
    if (
      matchesAny(textWithoutControls(current, 1000), URL_VARIABLE) &&
      current.querySelector('select, [role="combobox"]')
    )
      break;
  }
  return row;
}

/**
 * "Specify value in escalation level" may remove the row's value field altogether: then the row is found by its mode
 * control, and reported in mode 'level' so the caller knows the URL goes on the escalation levels.
 */
function variableWithoutValueControl(
  root: Element,
  inSection: (element: Element) => boolean,
  onlyAlertOps: boolean,
): UrlVariable | undefined {
  const selects = Array.from(root.querySelectorAll('select, [role="combobox"]')).filter(
    (select) =>
      inSection(select) &&
      isVisible(select) &&
      (select.tagName === 'SELECT'
        ? Array.from((select as HTMLSelectElement).options).some((option) => isModeChoice(option.textContent))
        : isModeChoice(comboText(select))) &&
      namedBy(select, URL_VARIABLE),
  );
  const select =
    selects.find((candidate) => namedBy(candidate, ALERTOPS_URL_VARIABLE)) ?? (onlyAlertOps ? undefined : selects[0]);
  if (!select) return undefined;
  return { row: rowOf(select), modeControl: select, mode: readMode(select), displayedValue: '' };
}

/** A control's own name and the words of its own row (the row holds no other variable's value control). */
function ownNames(control: Element): string[] {
  return [accessibleName(control), textWithoutControls(rowOf(control), 300)];
}

/**
 * Named by its own row or by what describes it. A drop-down's description may be its own shown choice ("Specify
 * value in escalation level"), so its row counts too.
 */
function namedBy(control: Element, patterns: readonly TextPattern[]): boolean {
  return [...ownNames(control), ...describeControl(control)].some((text) => matchesAny(text, patterns));
}

function namesAlertOpsUrl(control: Element): boolean {
  return describeControl(control).some((text) => matchesAny(text, ALERTOPS_URL_VARIABLE));
}

function findModeControl(row: Element): Element | undefined {
  for (const select of Array.from(row.querySelectorAll('select'))) {
    if (Array.from(select.options).some((option) => isModeChoice(option.textContent))) return select;
  }
  for (const combo of Array.from(row.querySelectorAll('[role="combobox"], [aria-haspopup="listbox"]'))) {
    if (isModeChoice(comboText(combo))) return combo;
  }
  for (const radio of Array.from(row.querySelectorAll('input[type="radio"], [role="radio"]'))) {
    if (isModeChoice(accessibleName(radio))) return radio;
  }
  return undefined;
}

/**
 * What a styled drop-down shows: its own text, or (an input with role="combobox", as Element Plus draws one) the text
 * of the wrapper around it that holds no other control.
 */
function comboText(combo: Element): string {
  return textWithoutControls(combo) || accessibleName(combo) || wrapperText(combo);
}

/** The text of the wrappers around a control that hold no other control: what a styled field shows beside it. */
function wrapperText(control: Element): string {
  for (let wrapper = control.parentElement, depth = 0; wrapper && depth < 4; depth++) {
    if (wrapper.querySelectorAll('input:not([type="hidden"]), select, textarea, [role="combobox"]').length > 1) break;
    const text = textWithoutControls(wrapper, 200);
    if (text) return text;
    wrapper = wrapper.parentElement;
  }
  return '';
}

function readMode(control: Element): ValueMode {
  let text = '';
  if (control.tagName === 'SELECT') text = (control as HTMLSelectElement).selectedOptions[0]?.textContent ?? '';
  else if (control.matches('input[type="radio"], [role="radio"]')) {
    const group = control.closest('[role="radiogroup"], fieldset') ?? control.parentElement?.parentElement;
    const checked = group?.querySelector('input[type="radio"]:checked, [role="radio"][aria-checked="true"]');
    text = checked ? accessibleName(checked) : '';
  } else text = comboText(control);
  return modeNamed(text);
}

/**
 * The value source a choice names: the KB's words, or a short choice in other words that names the escalation level
 * ("In Eskalationsstufe angeben") or says "here" ("Hier angeben").
 */
function modeNamed(text: string | null): ValueMode {
  if (equalsAny(text, LABELS.specifyValueInLevel)) return 'level';
  if (equalsAny(text, LABELS.specifyValueHere)) return 'here';
  const normalized = normalizeText(text);
  if (normalized.length > 60) return 'unknown';
  const level = matchesAny(normalized, LABELS.escalationLevel);
  const here = VALUE_HERE_WORDS.test(normalized);
  // Both ("Wert hier eintragen (für alle Eskalationsstufen)"): not known.
  if (level === here) return 'unknown';
  return level ? 'level' : 'here';
}

function isModeChoice(text: string | null): boolean {
  return modeNamed(text) !== 'unknown';
}

/** What a dialog-way row shows as its current value: the row's text minus its label, buttons and options. */
function displayedValue(row: Element): string {
  const shown: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) shown.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const element = child as Element;
        if (element.matches('select, option, button, [role="button"], label, [role="combobox"], script, style'))
          continue;
        if (!isVisible(element)) continue;
        walk(element);
      }
    }
  };
  walk(row);
  const parts = shown.map((part) => part.trim()).filter(Boolean);
  // The label is the row's first words ("AlertOpsUrl", "API URL"); anything URL-like or masked after it is a value.
  // Other text on the row is its label or description, which cannot be told from a value: only these count.
  return parts.filter((part) => /:\/\/|•|\*{3,}/.test(part)).join(' ');
}

/** The console's own Save button (any of the four languages). */
export function isSaveButton(element: Element): boolean {
  const name = accessibleName(element) || (element as HTMLInputElement).value || element.textContent || '';
  return equalsAny(name, LABELS.save);
}
