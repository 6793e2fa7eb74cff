/**
 * "Which checkbox?" An alert definition's escalation level, found by meaning: the visible "Alerting by
 * integrations" section, its level (the selected "Escalation level N" tab), its Active box and one checkbox per
 * integration. Pure DOM; no extension APIs.
 */
import { isCheckbox, isChecked, isDisabled, isEditable, isTextField, type TextField } from '../../dom/fields';
import { findLabelElements, precedes, queryDeep, titleText } from '../../dom/find';
import { accessibleName, describeControl, labelElementsOf, ownText, textWithoutControls } from '../../dom/labels';
import { containsAcrossShadow, type Scope, scopesOf } from '../../dom/shadow';
import { equalsAny, matchesAny, normalizeText, withoutLabelMark } from '../../dom/text';
import { isVisible } from '../../dom/visibility';
import {
  ALERTOPS,
  ALERTOPS_TYPE,
  ALERTOPS_TYPE_SUFFIX,
  INTEGRATION_OPTION_WORDS,
  LABELS,
  NUMBER_WORDS,
  URL_VARIABLE,
} from './labels';

export interface IntegrationBox {
  box: HTMLElement;
  name: string;
  /** The type its row shows beside the name, outside its label (a badge, a column), when that is AlertOps. */
  type?: string;
}

export interface EscalationLevel {
  panel: Element;
  /** As the page shows it, e.g. "Escalation level 2" / "Niveau d'escalade 2". */
  label: string;
  number?: number;
  definition: string;
  /** undefined when the level shows no Active box. */
  active?: boolean;
  integrations: IntegrationBox[];
}

const CHECKBOXES = 'input[type="checkbox"], [role="checkbox"], [role="switch"]';

/** Every escalation level the page shows (usually one: the selected tab). */
export function findEscalationLevels(scope: Scope): EscalationLevel[] {
  return findLabelElements(scope, LABELS.alertingByIntegrations).map((heading) => readLevel(scope, heading));
}

function readLevel(scope: Scope, heading: Element): EscalationLevel {
  const panel = levelPanel(heading);
  const candidates = queryDeep(panel, CHECKBOXES);
  // A checkbox component may carry role="checkbox" and hold a native input in its shadow root: one box, the host.
  const boxes = candidates.filter(
    (box): box is HTMLElement =>
      isCheckbox(box) &&
      isShown(box) &&
      !candidates.some((other) => other !== box && containsAcrossShadow(other, box)) &&
      !isShadowedNativeBox(box),
  );
  const activeBox = boxes.find(isActiveBox);
  const integrations = integrationBoxes(
    boxes.filter((box) => box !== activeBox && precedes(heading, box)),
    heading,
  );
  const label = levelLabel(panel);
  const number = levelNumber(label);
  const level: EscalationLevel = { panel, label, definition: definitionName(scope), integrations };
  if (number !== undefined) level.number = number;
  if (activeBox) level.active = isChecked(activeBox);
  return level;
}

const ITEM = 'li, tr, [role="listitem"], [role="row"], [role="treeitem"]';

/**
 * One box per integration: a ticked integration shows option boxes ("Send OK alerts") inside its own item; those are
 * dropped by their label, and by sharing the item of an earlier box.
 */
function integrationBoxes(boxes: HTMLElement[], heading: Element): IntegrationBox[] {
  const items = new Set<Element>();
  const result: IntegrationBox[] = [];
  for (const box of boxes) {
    const name = checkboxName(box);
    if (!name || isIntegrationOption(name)) continue;
    // An item that holds the section's heading is the level itself (UIkit's switcher panels are <li>), not one entry.
    const found = box.closest(ITEM);
    const item = found?.contains(heading) ? null : found;
    if (item && items.has(item)) continue;
    if (item) items.add(item);
    const type = rowType(box, boxes, heading);
    result.push(type ? { box, name, type } : { box, name });
  }
  return result;
}

/**
 * The AlertOps type shown in the box's own row but outside its label: an element whose whole text is the type. The row
 * is the largest container of the box that holds no other box and not the section heading; a flat list has none.
 */
function rowType(box: HTMLElement, boxes: HTMLElement[], heading: Element): string | undefined {
  let row: Element | undefined;
  for (let current = box.parentElement, depth = 0; current && depth < 4; depth++, current = current.parentElement) {
    if (current.contains(heading) || boxes.some((other) => other !== box && current?.contains(other))) break;
    row = current;
  }
  const badge = Array.from(row?.querySelectorAll('*') ?? []).find(
    (element) =>
      !element.contains(box) &&
      !element.closest('select, textarea, button, [role="combobox"], [role="listbox"], [role="option"]') &&
      isVisible(element) &&
      equalsAny(textWithoutControls(element, 40).replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''), ALERTOPS_TYPE),
  );
  return badge ? textWithoutControls(badge, 40) : undefined;
}

/**
 * A native box that a component keeps for forms beside the role="checkbox" box it draws (PrimeReact, Kendo): the two
 * are one control, and the drawn one is what the user clicks.
 */
function isShadowedNativeBox(box: Element): boolean {
  const component = box.parentElement?.parentElement;
  const inComponent = component?.querySelectorAll(CHECKBOXES) ?? [];
  // A bare component, with no words of its own: a row that names an integration beside an option switch is no one box.
  return (
    box.tagName === 'INPUT' &&
    inComponent.length === 2 &&
    Array.from(inComponent).some((other) => other.tagName !== 'INPUT') &&
    !!component &&
    textWithoutControls(component, 100) === ''
  );
}

function isIntegrationOption(name: string): boolean {
  if (equalsAny(withoutLabelMark(name), LABELS.integrationOptions)) return true;
  const text = normalizeText(name);
  return INTEGRATION_OPTION_WORDS.what.test(text) && INTEGRATION_OPTION_WORDS.send.test(text);
}

/** A styled checkbox often hides the native input and shows its label: then the label is what the user sees. */
function isShown(box: Element): boolean {
  return isVisible(box) || labelElementsOf(box).some((label) => isVisible(label));
}

/** The level's Active box: "Active", or a toggle's "Actief" followed by the words for its states. */
function isActiveBox(box: Element): boolean {
  const name = withoutLabelMark(checkboxName(box));
  if (isActiveLabel(name)) return true;
  if (!equalsAny(name, LABELS.toggleStates)) return false;
  // "Actief: ☐ Ja": a box named only by its state is named by its form row.
  for (let container = box.parentElement, depth = 0; container && depth < 4; depth++) {
    const text = textWithoutControls(container, 100);
    if (text !== name) return isActiveLabel(text.replace(/:/g, ' '));
    container = container.parentElement;
  }
  return false;
}

function isActiveLabel(text: string): boolean {
  if (equalsAny(withoutLabelMark(text), LABELS.active)) return true;
  const [first, ...rest] = text.split(/\s+/);
  return (
    rest.length > 0 && equalsAny(first, LABELS.active) && rest.every((word) => equalsAny(word, LABELS.toggleStates))
  );
}

function checkboxName(box: Element): string {
  // A role="checkbox" element is named by its content (ARIA), a component's slotted text included.
  return (accessibleName(box) || textWithoutControls(box, 200) || describeControl(box)[0] || '').trim();
}

/** The tab panel (or the nearest container) that holds this level's section and its Active box. */
function levelPanel(heading: Element): Element {
  const tabpanel = heading.closest('[role="tabpanel"]');
  if (tabpanel) return tabpanel;
  let current: Element | null = heading.parentElement;
  let best: Element = heading.parentElement ?? heading;
  for (let depth = 0; current && depth < 10; depth++, current = current.parentElement) {
    if (findLabelElements(current, LABELS.alertingByIntegrations).length > 1) break;
    // A region labelled by a level's title (an accordion's section, a tab's panel): the level itself.
    if (regionTitles(current).length > 0) return current;
    const light = Array.from(current.querySelectorAll(CHECKBOXES));
    const boxes = light.length > 0 ? light : queryDeep(current, CHECKBOXES);
    if (boxes.length > 0) best = current;
    if (boxes.some(isActiveBox)) return current;
  }
  return best;
}

/**
 * The level titles that name this element: what its aria-labelledby points at, or the tabs and accordion buttons that
 * control it by aria-controls or href="#id" (Bootstrap, jQuery UI).
 */
function regionTitles(element: Element): Element[] {
  const scope = element.getRootNode() as Scope;
  const labelledBy = element.getAttribute('aria-labelledby');
  const byId = labelledBy ? scope.getElementById(labelledBy.split(/\s+/)[0] ?? '') : null;
  if (byId && isLevelText(tabText(byId))) return [byId];
  const id = element.id && CSS.escape(element.id);
  if (!id) return [];
  return Array.from(scope.querySelectorAll(`[aria-controls="${id}"], [href="#${id}"]`)).filter((tab) =>
    isLevelText(tabText(tab)),
  );
}

/** "Escalation level 2": the panel's own label, the selected tab, or a heading inside the panel. */
function levelLabel(panel: Element): string {
  // When all tabs control one panel that is redrawn for each, the selected one.
  for (let element: Element | null = panel, depth = 0; element && depth < 3; depth++, element = element.parentElement) {
    const tabs = regionTitles(element);
    const tab = tabs.length > 1 ? tabs.find(isSelected) : tabs[0];
    if (tab) return tabText(tab);
  }
  // The tabs may live in another component than the panel: look in every tree of the page.
  const tabs = scopesOf(panel.ownerDocument)
    .flatMap((tree) => Array.from(tree.querySelectorAll('[role="tab"], a, button, li')))
    .filter((tab) => isLevelText(tabText(tab)) && isVisible(tab));
  const selected = tabs.find((tab) => isSelected(tab));
  if (selected) return tabText(selected);
  // A title of the panel's own: a heading, a <summary>, a card header or panel title inside it, or the element just
  // before it as a whole (not what is inside that: it may be the previous level). Titles of several levels in it: the
  // panel is wider than one level, and no number is better than a wrong one.
  const titles = [...Array.from(panel.querySelectorAll('*')), panel.previousElementSibling]
    .map((element) => (element && ownText(element).length <= 200 ? titleText(element) : ''))
    .filter(isLevelText);
  if (new Set(titles.map(levelNumber).filter((number) => number !== undefined)).size > 1) return '';
  if (titles[0]) return titles[0];
  return tabs.length === 1 && tabs[0] ? tabText(tabs[0]) : '';
}

/** A tab's words; a web component's tab may show them only from its aria-label or label attribute (Spectrum). */
function tabText(tab: Element): string {
  return ownText(tab) || (tab.getAttribute('aria-label') || tab.getAttribute('label') || '').trim();
}

const LEVEL_WORDS = LABELS.escalationLevel.map((words) => normalizeText(words));

/** "Escalation level 2", or a composed title that ends with it after a separator ("Step 3 of 5 · Escalation level 2"). */
function isLevelText(text: string): boolean {
  const normalized = normalizeText(text);
  return normalized.length <= 40 && levelPart(normalized) !== undefined;
}

/** The part of a (normalised) title that starts with the level words. */
function levelPart(normalized: string): string | undefined {
  const parts = [normalized, ...normalized.split(/\s*[\u00b7\u2022|:]\s+|\s+[-\u2013\u2014/]\s+/).slice(1)];
  return parts.find((part) => LEVEL_WORDS.some((words) => part.startsWith(words)));
}

/**
 * The number right after the level words: "Step 3 of 5 · Escalation level 2" is 2, "Eskalationsstufe 2 (nach 15
 * Minuten)" is 2, "Escalation level two (after 20 minutes)" is 2 by its word, anything else none.
 */
function levelNumber(label: string): number | undefined {
  const part = levelPart(normalizeText(label));
  const words = part && LEVEL_WORDS.find((candidate) => part.startsWith(candidate));
  if (!part || !words) return undefined;
  const next = /^\s*#?\s*(\d+|\p{L}+)/u.exec(part.slice(words.length))?.[1] ?? '';
  if (/^\d+$/.test(next)) return Number(next);
  return Object.hasOwn(NUMBER_WORDS, next) ? NUMBER_WORDS[next] : undefined;
}

function isSelected(tab: Element): boolean {
  // Up the tab's own wrappers (the old ASP.NET tab strip marks a span two levels above the link), never up to what
  // holds other tabs too.
  for (let element: Element | null = tab, depth = 0; element && depth < 4; depth++, element = element.parentElement) {
    if (element !== tab && levelTabsIn(element) > 1) return false;
    if (element.getAttribute('aria-selected') === 'true' || element.getAttribute('aria-current')) return true;
    // "active", "is-active", "k-state-active", "ajax__tab_active" (the old ASP.NET tab strip), "rtsSelected" (Telerik's
    // tab strip); not "inactive", "not-active", "un-selected" or "unSelected".
    const classes = element.getAttribute('class') ?? '';
    const marked =
      /(^|[\s_-])(active|selected|current)($|[\s_-])/i.test(classes) ||
      /[a-z](Active|Selected|Current)($|[\s_-])/.test(classes);
    if (marked && !/(not|un)[-_]?(active|selected)/i.test(classes)) return true;
  }
  return false;
}

/** How many level tabs an element holds (a close or icon button beside a tab does not count). */
function levelTabsIn(element: Element): number {
  return Array.from(element.querySelectorAll('a, button, [role="tab"]')).filter((tab) => isLevelText(tabText(tab)))
    .length;
}

function definitionName(scope: Scope): string {
  const document = scope.nodeType === 9 ? (scope as Document) : (scope as ShadowRoot).ownerDocument;
  const heading = [
    ...Array.from(scope.querySelectorAll('h1, h2')),
    ...Array.from(document.querySelectorAll('h1, h2')),
  ].find((h) => isVisible(h) && ownText(h) && !isLevelText(ownText(h)));
  return (heading ? ownText(heading) : document.title).slice(0, 200);
}

export type BoxChoice =
  | { kind: 'one'; item: IntegrationBox }
  | { kind: 'ambiguous'; items: IntegrationBox[] }
  | { kind: 'none' };

/**
 * The AlertOps integration's box: the name remembered from the editor first (as it is, else followed by the type the
 * list shows beside it), else the one AlertOps box by name or type. A disabled box is none: it can be neither ticked nor
 * a reason to ask.
 */
export function chooseAlertOpsBox(level: EscalationLevel, rememberedNames: readonly string[]): BoxChoice {
  const usable = level.integrations.filter((item) => !isDisabled(item.box));
  for (const name of rememberedNames) {
    const exact = usable.filter((item) => equalsAny(item.name, [name]));
    if (exact.length === 1 && exact[0]) return { kind: 'one', item: exact[0] };
    const typed = usable.filter((item) => isNameWithType(item.name, name));
    if (exact.length === 0 && typed.length === 1 && typed[0]) return { kind: 'one', item: typed[0] };
  }
  const named = usable.filter((item) => matchesAny(item.name, ALERTOPS) || item.type !== undefined);
  if (named.length === 1 && named[0]) return { kind: 'one', item: named[0] };
  if (named.length > 1) return { kind: 'ambiguous', items: named };
  return { kind: 'none' };
}

/** "Night desk — AlertOps" shows the remembered "Night desk" with its type. */
function isNameWithType(shown: string, remembered: string): boolean {
  const name = normalizeText(shown);
  const wanted = normalizeText(remembered);
  return wanted !== '' && name.startsWith(wanted) && ALERTOPS_TYPE_SUFFIX.test(name.slice(wanted.length));
}

/**
 * The URL field the level shows for this integration when its variable is "Specify value in escalation level":
 * after its box, before the next integration's box.
 */
export function levelUrlField(level: EscalationLevel, item: IntegrationBox): TextField | undefined {
  const next = level.integrations[level.integrations.indexOf(item) + 1];
  const fields = queryDeep(level.panel, 'input, textarea').filter(
    (field): field is TextField =>
      isTextField(field) &&
      isEditable(field) &&
      isVisible(field) &&
      precedes(item.box, field) &&
      (!next || precedes(field, next.box)),
  );
  return (
    fields.find((field) => describeControl(field).some((text) => matchesAny(text, URL_VARIABLE))) ??
    (fields.length === 1 ? fields[0] : undefined)
  );
}

export function levelKey(level: EscalationLevel): string {
  return `${level.definition}\u0000${level.label || textWithoutControls(level.panel, 40).slice(0, 40)}`;
}
