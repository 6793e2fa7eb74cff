/**
 * "Which checkbox?" An alert definition's escalation level, found by meaning: the visible "Alerting by
 * integrations" section, its level (the selected "Escalation level N" tab), its Active box and one checkbox per
 * integration. Pure DOM; no extension APIs.
 */
import {
  drawnSwitchOf,
  isCheckbox,
  isChecked,
  isDisabled,
  isEditable,
  isTextField,
  type TextField,
} from '../../dom/fields';
import { findLabelElements, precedes, queryDeep, titleText } from '../../dom/find';
import {
  accessibleName,
  describeControl,
  isFormControl,
  isHiddenForText,
  labelElementsOf,
  ownText,
  textWithoutControls,
} from '../../dom/labels';
import { containsAcrossShadow, type Scope, scopesOf } from '../../dom/shadow';
import { equalsAny, matchesAny, normalizeText, withoutLabelMark } from '../../dom/text';
import { isVisible } from '../../dom/visibility';
import {
  ALERTOPS,
  ALERTOPS_TYPE_SUFFIX,
  INTEGRATION_OPTION_WORDS,
  LABELS,
  LEVEL_NUMBER_MARKS,
  NUMBER_WORDS,
  ORDINAL_SUFFIXES,
  SHORT_LEVEL_WORDS,
  TIME_UNITS,
  URL_VARIABLE,
} from './labels';

export interface IntegrationBox {
  box: HTMLElement;
  name: string;
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

const BOXES = 'input[type="checkbox"], [role="checkbox"], [role="switch"]';
/** Toggle buttons (aria-pressed): a level drawn with nothing else may show its integrations as such. */
const TOGGLES = 'button[aria-pressed], [role="button"][aria-pressed]';
const CHECKBOXES = `${BOXES}, ${TOGGLES}`;

/** Every escalation level the page shows (usually one: the selected tab). */
export function findEscalationLevels(scope: Scope): EscalationLevel[] {
  return findLabelElements(scope, LABELS.alertingByIntegrations).map((heading) => readLevel(scope, heading));
}

function readLevel(scope: Scope, heading: Element): EscalationLevel {
  const panel = levelPanel(heading);
  const shown = distinctBoxes(panel).filter(isShown);
  // Integrations drawn as real boxes: toggle buttons then are a toolbar's or a preview's ("Bold", "Preview", a filter's
  // "Active"), never an integration or the level's Active box.
  const realIntegrations = shown.some((box) => !box.matches(TOGGLES) && precedes(heading, box));
  const boxes = realIntegrations ? shown.filter((box) => !box.matches(TOGGLES)) : shown;
  const activeBox = boxes.find((box) => isActiveBox(box, boxes));
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

/**
 * The boxes in an element as the user sees them: a checkbox component may carry role="checkbox" and hold a native
 * input in its shadow root, or keep one beside it for forms; either is one box, the one the user clicks.
 */
function distinctBoxes(root: Element): HTMLElement[] {
  const candidates = queryDeep(root, CHECKBOXES);
  return candidates.filter(
    (box): box is HTMLElement =>
      isCheckbox(box) &&
      !candidates.some((other) => other !== box && containsAcrossShadow(other, box)) &&
      !isShadowedNativeBox(box),
  );
}

const ITEM = 'li, tr, [role="listitem"], [role="row"], [role="treeitem"]';

/**
 * One box per integration: a ticked integration shows option boxes ("Send OK alerts") inside its own item; those are
 * dropped by their label, and by sharing the item of an earlier box. A grid row with several integrations (a cell
 * each, side by side) is no such item.
 */
function integrationBoxes(boxes: HTMLElement[], heading: Element): IntegrationBox[] {
  const items = new Map<Element, Element>();
  const result: IntegrationBox[] = [];
  for (const box of boxes) {
    // An item that holds the section's heading is the level itself (UIkit's switcher panels are <li>), not one entry.
    const found = box.closest(ITEM);
    const item = found?.contains(heading) ? null : found;
    const cell = boxCell(box, boxes);
    const first = item && items.get(item);
    let name = checkboxName(box, boxes);
    if (isGenericSwitchName(name)) {
      name = item ? nameInOwnItem(box, item, boxes) : '';
      // Left unnamed, a switch still claims its item: the option boxes after it in the item are its own.
      if (!name && item && !first) items.set(item, cell);
    }
    if (!name || isIntegrationOption(name)) continue;
    if (first && !(cell.parentElement === item && first.parentElement === item && cell.tagName === first.tagName))
      continue;
    if (item && !first) items.set(item, cell);
    result.push({ box, name });
  }
  return result;
}

/** "Enable", "On": what a switch does or shows, the same in every row. */
const SWITCH_WORDS = [...LABELS.toggleStates, ...LABELS.toggleActions];

function isGenericSwitchName(name: string): boolean {
  const text = withoutLabelMark(name);
  return equalsAny(text, SWITCH_WORDS) || (/\s/.test(text) && isSwitchStatesOnly(text));
}

/**
 * The integration a generically named switch belongs to: the title of its own item (list item, table row) that holds
 * no other box, or when the item shows no words but a button's, the name of its one button (a row header that expands
 * the integration's options).
 */
function nameInOwnItem(box: Element, item: Element, boxes: readonly Element[]): string {
  if (boxes.some((other) => other !== box && item.contains(other))) return '';
  const title = itemTitle(item);
  if (title) return title.length <= 100 && !isIntegrationOption(title) ? title : '';
  const buttons = Array.from(item.querySelectorAll('button, [role="button"]')).filter((button) => button !== box);
  return buttons.length === 1 && buttons[0] ? accessibleName(buttons[0]) : '';
}

/**
 * An item's title: its first run of words (a row's first cell with words, a list item's first line), without the
 * badges and descriptions after it ("Ops Slack", not "Ops Slack · AlertOps pages on-call").
 */
function itemTitle(element: Element): string {
  const ownWords = Array.from(element.childNodes).some(
    (node) => node.nodeType === 3 && /\p{L}/u.test(node.nodeValue ?? ''),
  );
  if (ownWords) {
    const title = leadingRun(element);
    // A switch's own visually hidden "Enable" may come first.
    return isGenericSwitchName(title) ? '' : title;
  }
  for (const child of Array.from(element.children)) {
    if (isFormControl(child) || isHiddenForText(child) || !isVisible(child)) continue;
    const title = itemTitle(child);
    if (title) return title;
  }
  return '';
}

/** Text and emphasis from an element's start up to its first line break or other element: "Ops Slack<br><small>…". */
function leadingRun(element: Element): string {
  const parts: string[] = [];
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === 1 && /^(B|STRONG|I|EM|U|MARK)$/.test((node as Element).tagName))
      parts.push((node as Element).textContent ?? '');
    else if (node.nodeType === 1 && parts.join('').trim()) break;
  }
  return parts.join('').replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** The largest element around a box that holds no other of the level's boxes: its cell in a grid, its line in a list. */
function boxCell(box: Element, boxes: readonly Element[]): Element {
  const holds = (element: Element) => boxes.filter((other) => element.contains(other)).length;
  let cell = box;
  while (cell.parentElement && holds(cell.parentElement) <= 1) cell = cell.parentElement;
  return cell;
}

/**
 * An unlabelled box among others in one row or line ("☐ E-mail ☐ SMS", a grid with a box cell and a name cell for
 * each): the words beside it. Only in a row that is nothing but its entries, boxes and words strictly alternating,
 * boxes first (the name follows each box) or words first (the name precedes it); a caption, a "select all" box or an
 * icon before the entries would shift every name by one, so such a row names no box ('') and its whole text decides
 * as before. '' too when the box's cell holds words of its own.
 */
function wordsBesideBox(box: Element, boxes: readonly Element[]): string {
  const cell = boxCell(box, boxes);
  const row = cell.parentElement;
  if (!row || /\p{L}/u.test(textWithoutControls(cell, 200))) return '';
  // The row as boxes (the child that holds each) and word groups (neighbouring children's words together).
  const tokens: (Node | string)[] = [];
  for (const node of Array.from(row.childNodes)) {
    if (node.nodeType === 1 && boxes.some((other) => (node as Element).contains(other))) {
      tokens.push(node);
      continue;
    }
    const words =
      node.nodeType === 3
        ? (node.nodeValue ?? '')
        : node.nodeType === 1 && !isHiddenForText(node as Element)
          ? textWithoutControls(node as Element, 200)
          : '';
    if (!/\p{L}/u.test(words)) continue;
    const last = tokens.at(-1);
    if (typeof last === 'string') tokens[tokens.length - 1] = `${last} ${words}`;
    else tokens.push(words);
  }
  const boxFirst = typeof tokens[0] !== 'string';
  const alternating =
    tokens.length % 2 === 0 &&
    tokens.every((token, i) => (typeof token === 'string') === (i % 2 === (boxFirst ? 1 : 0)));
  if (!alternating) return '';
  const at = tokens.indexOf(cell);
  const words = at < 0 ? undefined : tokens[boxFirst ? at + 1 : at - 1];
  return typeof words === 'string' ? words.replace(/\s+/g, ' ').trim() : '';
}

/**
 * A native box that a component keeps for forms beside the role="checkbox" box it draws (PrimeReact, Kendo): the two
 * are one control, and the drawn one is what the user clicks.
 */
function isShadowedNativeBox(box: Element): boolean {
  const component = box.parentElement?.parentElement;
  const inComponent = component?.querySelectorAll(BOXES) ?? [];
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

/**
 * A styled checkbox often hides the native input and shows its label, or a switch it draws beside the input: then
 * that is what the user sees.
 */
function isShown(box: Element): boolean {
  return isVisible(box) || labelElementsOf(box).some((label) => isVisible(label)) || isInDrawnSwitch(box);
}

/** A native box hidden behind the switch a plugin draws for it, showing no words but its states ("On Off"). */
function isInDrawnSwitch(box: Element): boolean {
  const drawn = drawnSwitchOf(box);
  return !!drawn && isVisible(drawn) && isSwitchStatesOnly(textWithoutControls(drawn, 100));
}

/** "On Off", "Aan Uit", or no words at all: what a drawn switch shows of its states. */
function isSwitchStatesOnly(text: string): boolean {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => equalsAny(word, LABELS.toggleStates));
}

/** The level's Active box: "Active", or a toggle's "Actief" followed by the words for its states. */
function isActiveBox(box: Element, boxes: readonly Element[]): boolean {
  const name = withoutLabelMark(checkboxName(box, boxes));
  if (isActiveLabel(name)) return true;
  if (!isGenericSwitchName(name)) return false;
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
  return rest.length > 0 && equalsAny(first, LABELS.active) && rest.every((word) => equalsAny(word, SWITCH_WORDS));
}

function checkboxName(box: Element, boxes: readonly Element[]): string {
  // A role="checkbox" element is named by its content (ARIA), a component's slotted text included.
  return (
    accessibleName(box) ||
    textWithoutControls(box, 200) ||
    wordsBesideBox(box, boxes) ||
    describeControl(box)[0] ||
    ''
  ).trim();
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
    if (boxes.some((box) => isActiveBox(box, boxes))) return current;
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
  // A title of the panel's own, or failing that the one level tab of the page.
  // Only a tab that shows a panel in place: a link that leads elsewhere ("Escalation level 3 ›") names no level here.
  const onlyTab = tabs.length === 1 ? tabs[0] : undefined;
  const inPlace =
    onlyTab?.closest('[role="tab"], [role="tablist"], a[href^="#"]') || (onlyTab && isDisclosure(onlyTab));
  return panelTitle(panel) ?? (onlyTab && inPlace ? tabText(onlyTab) : '');
}

/** Titles that name a section rather than lead elsewhere. */
const HEADING_LIKE = 'h1, h2, h3, h4, h5, h6, [role="heading"], summary, legend, label, caption, [role="tab"]';
/** Links and buttons: only one that opens and closes the panel names it (see panelTitle). */
const ACTIONS = 'a[href], button, [role="button"], [role="link"], input';

/**
 * A title of the panel's own: a heading, a <summary>, a card header or panel title inside it, or the element just
 * before it as a whole (not what is inside that: it may be the previous level). Titles are preferred to links and
 * buttons; titles of several levels in one kind: the panel is wider than one level, and no number is better than a
 * wrong one (''). undefined when the panel shows no level title at all.
 */
function panelTitle(panel: Element): string | undefined {
  const previous = panel.previousElementSibling;
  // Most panels name no level in their own words: one read of the text spares reading every element.
  if (!hasLevelWords(panel.textContent ?? '') && !hasLevelWords(ownText(previous))) return undefined;
  const found: [titles: string[], actions: string[]] = [[], []];
  const numbers = [new Set<number>(), new Set<number>()];
  for (const element of [...Array.from(panel.querySelectorAll('*')), previous]) {
    if (!element) continue;
    const own = ownText(element);
    if (own.length > 200 || !hasLevelWords(own)) continue;
    const title = titleText(element);
    if (!isLevelText(title)) continue;
    const kind = isActionTitle(element) ? 1 : 0;
    // A link or button names the panel only when it opens and closes it (an accordion's header), never when it leads
    // elsewhere ("Escalation level 3 ›").
    if (kind === 1 && !isDisclosure(element)) continue;
    found[kind].push(title);
    const number = levelNumber(title);
    if (number !== undefined) numbers[kind]?.add(number);
    // Two levels among the titles: nothing further can name the panel.
    if (kind === 0 && (numbers[0]?.size ?? 0) > 1) return '';
  }
  const kind = found[0].length > 0 ? 0 : 1;
  if (found[kind].length === 0) return undefined;
  return (numbers[kind]?.size ?? 0) > 1 ? '' : found[kind][0];
}

/** A link or button, or an element whose level words are a link's or button's (a footer holding "Level 3 ›"). */
function isActionTitle(element: Element): boolean {
  if (element.matches(HEADING_LIKE)) return false;
  if (element.closest(ACTIONS)) return true;
  return Array.from(element.querySelectorAll(ACTIONS)).some((action) => isLevelText(titleText(action)));
}

function isDisclosure(element: Element): boolean {
  const disclosure = '[aria-expanded], [aria-controls]';
  return element.closest(disclosure) !== null || element.querySelector(disclosure) !== null;
}

/**
 * A tab's words; a web component's tab may show them only through a slot (Carbon: the role=tab in its shadow root, the
 * words in the light DOM) or from its aria-label or label attribute (Spectrum).
 */
function tabText(tab: Element): string {
  const own =
    ownText(tab) ||
    textWithoutControls(tab, 200) ||
    (tab.getAttribute('aria-label') || tab.getAttribute('label') || '').trim();
  if (own.length > 80 || isLevelText(own) || !hasLevelWords(own)) return own;
  // A delay badge before the title ("+15 min Escalation level 2"): the title is one of the tab's own texts, and what is
  // left a number with a few short words. Not a link's words around a title ("Add escalation level 2").
  const parts = [
    ...Array.from(tab.childNodes, (node) => (node.nodeType === 3 ? (node.nodeValue ?? '') : '')),
    ...Array.from(tab.querySelectorAll('*'), (element) => ownText(element)),
  ];
  const isBadge = (rest: string) => /\d/.test(rest) && !/\p{L}{6,}/u.test(rest);
  return parts.map((part) => part.trim()).find((part) => isLevelText(part) && isBadge(own.replace(part, ''))) ?? own;
}

const LEVEL_WORDS = LABELS.escalationLevel.map((words) => normalizeText(words));
/** "Escalation level: 2", "- 2", "(2)", "#2", "Nr. 2", "n° 2": what may stand between the level words and the number. */
const LEVEL_NUMBER = new RegExp(
  `^\\s*[:(#\\-\u2013\u2014]?\\s*(?:(?:${LEVEL_NUMBER_MARKS.map((mark) => normalizeText(mark)).join('|')})(?!\\p{L})\\.?\\s*)?#?\\s*(\\d+|\\p{L}+)`,
  'u',
);

/**
 * "2nd escalation level", "2. Eskalationsstufe": the number before the level words, written as an ordinal; not a
 * counter before a title that has its own number ("3. Escalation level 2").
 */
const ORDINAL_TITLE = new RegExp(
  `^(\\d+)\\s*(?:${ORDINAL_SUFFIXES.join('|')})\\s+(${LEVEL_WORDS.join('|')})(?!\\p{L})(?!\\s*[:(#\\-\u2013\u2014]?\\s*\\d)`,
  'u',
);
/** "Level 2", "Stufe #2": short words, a level's only when its number follows. */
const SHORT_TITLE = new RegExp(`^(?:${SHORT_LEVEL_WORDS.join('|')})\\s*#?\\s*(\\d+)(?!\\p{L})`, 'u');
const SHORT_TITLE_ANYWHERE = new RegExp(`\\b(?:${SHORT_LEVEL_WORDS.join('|')})\\s*#?\\s*\\d`, 'u');

/** A (normalised) title in the level words and then the number: "2nd escalation level" and "Level 2" as "escalation level 2". */
function inLevelWords(part: string): string {
  const ordinal = ORDINAL_TITLE.exec(part);
  if (ordinal) return `${ordinal[2]} ${ordinal[1]}${part.slice(ordinal[0].length)}`;
  const short = SHORT_TITLE.exec(part);
  return short ? `${LEVEL_WORDS[0]} ${short[1]}${part.slice(short[0].length)}` : part;
}

/** Whether the text holds the level words anywhere (a cheap test before reading a title; isLevelText decides). */
function hasLevelWords(text: string): boolean {
  const normalized = normalizeText(text);
  return LEVEL_WORDS.some((words) => normalized.includes(words)) || SHORT_TITLE_ANYWHERE.test(normalized);
}

/** A level's title in the full level words: an alert definition may be named "Level 1 – Critical". */
function isFullLevelTitle(text: string): boolean {
  const normalized = normalizeText(text);
  return (
    LEVEL_WORDS.some((words) => normalized.startsWith(words)) ||
    (isLevelText(text) && LEVEL_WORDS.some((words) => normalized.includes(words)))
  );
}

/** "Escalation level 2", or a composed title that ends with it after a separator ("Step 3 of 5 · Escalation level 2"). */
function isLevelText(text: string): boolean {
  const normalized = normalizeText(text);
  return normalized.length <= 40 && levelPart(normalized) !== undefined;
}

/** The level words a (normalised) text starts with, as a whole word: "Escalation levels" is a section, not a level. */
function leadingLevelWords(part: string): string | undefined {
  return LEVEL_WORDS.find((words) => part.startsWith(words) && !/^\p{L}/u.test(part.slice(words.length)));
}

/** The part of a (normalised) title that starts with the level words. */
function levelPart(normalized: string): string | undefined {
  const parts = [normalized, ...normalized.split(/\s*[\u00b7\u2022|:]\s+|\s+[-\u2013\u2014/]\s+/).slice(1)];
  return parts.map(inLevelWords).find((part) => leadingLevelWords(part) !== undefined);
}

/**
 * The number right after the level words: "Step 3 of 5 · Escalation level 2" is 2, "Eskalationsstufe Nr. 2 (nach 15
 * Minuten)" is 2, "Escalation level two (after 20 minutes)" is 2 by its word, anything else none.
 */
function levelNumber(label: string): number | undefined {
  const part = levelPart(normalizeText(label));
  const words = part && leadingLevelWords(part);
  if (!part || !words) return undefined;
  const rest = part.slice(words.length);
  const match = LEVEL_NUMBER.exec(rest);
  const next = match?.[1] ?? '';
  // A delay, not a number: "(15 min)", ": 30 minutes", "– een uur".
  if (!match || TIME_UNITS.test(rest.slice(match[0].length))) return undefined;
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
  // The first heading that is neither a level's title nor the levels' section ("Escalation levels").
  const heading = [
    ...Array.from(scope.querySelectorAll('h1, h2')),
    ...Array.from(document.querySelectorAll('h1, h2')),
  ].find((h) => isVisible(h) && ownText(h) && !isFullLevelTitle(ownText(h)));
  return (heading ? ownText(heading) : document.title).slice(0, 200);
}

export type BoxChoice =
  | { kind: 'one'; item: IntegrationBox }
  | { kind: 'ambiguous'; items: IntegrationBox[] }
  | { kind: 'none' };

/**
 * The AlertOps integration's box: the name remembered from the editor first (as it is, else followed by the type the
 * list shows beside it), else the one AlertOps box by name. A disabled box is none: it can be neither ticked nor a
 * reason to ask; and when the remembered integration's box is the disabled one, no other box stands in for it.
 */
export function chooseAlertOpsBox(level: EscalationLevel, rememberedNames: readonly string[]): BoxChoice {
  let rememberedDisabled = false;
  for (const name of rememberedNames) {
    const exact = level.integrations.filter((item) => equalsAny(item.name, [name]));
    const matches = exact.length > 0 ? exact : level.integrations.filter((item) => isNameWithType(item.name, name));
    const usable = matches.filter((item) => !isDisabled(item.box));
    if (usable.length === 1 && usable[0]) return { kind: 'one', item: usable[0] };
    if (matches.length > 0 && usable.length === 0) rememberedDisabled = true;
  }
  if (rememberedDisabled) return { kind: 'none' };
  const usable = level.integrations.filter((item) => !isDisabled(item.box));
  const named = usable.filter((item) => matchesAny(item.name, ALERTOPS));
  // Else a table of integrations whose Type column says AlertOps in the box's own row (never a badge or a chip).
  const typeColumns = new Map<Element, number>();
  const chosen =
    named.length > 0 ? named : usable.filter((item) => equalsAny(typeColumnText(item.box, typeColumns), ['AlertOps']));
  if (chosen.length === 1 && chosen[0]) return { kind: 'one', item: chosen[0] };
  if (chosen.length > 1) return { kind: 'ambiguous', items: chosen };
  return { kind: 'none' };
}

/**
 * In a table of integrations with a Type column, that column's text in the box's own row, when the row holds no other
 * box: an option box beside a switch left unnamed is no integration's.
 */
function typeColumnText(box: Element, typeColumns: Map<Element, number>): string {
  const row = box.closest('tr, [role="row"]');
  const table = row?.closest('table, [role="grid"], [role="table"], [role="treegrid"]');
  if (!row || !table || distinctBoxes(row).length !== 1) return '';
  let column = typeColumns.get(table);
  if (column === undefined) {
    column = typeColumnOf(table);
    typeColumns.set(table, column);
  }
  const cell = column < 0 ? undefined : row.children[column];
  return cell && !row.querySelector('[colspan]') ? textWithoutControls(cell, 100) : '';
}

/** The index of a table's Type column (a sortable header's button included), or -1. Spanned headers count as none. */
function typeColumnOf(table: Element): number {
  const headerRow = table.querySelector('thead tr, tr:has(th), [role="row"]:has([role="columnheader"])');
  if (!headerRow || headerRow.querySelector('[colspan]')) return -1;
  return Array.from(headerRow.children).findIndex((header) =>
    equalsAny(withoutLabelMark(ownText(header)), LABELS.typeColumn),
  );
}

/** "Night desk — AlertOps" shows the remembered "Night desk" with its type. */
function isNameWithType(shown: string, remembered: string): boolean {
  const name = normalizeText(shown);
  const wanted = normalizeText(remembered);
  return wanted !== '' && name.startsWith(wanted) && ALERTOPS_TYPE_SUFFIX.test(name.slice(wanted.length));
}

/**
 * The URL field the level shows for this integration when its variable is "Specify value in escalation level":
 * after its box, before the next integration's box. One labelled as the URL, or else the only field there, but for the
 * last integration only inside its own item: after it may come the level's other fields ("Extra text in the message"),
 * where the URL would go out in every alert.
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
  const only = fields.length === 1 ? fields[0] : undefined;
  const ownItem = item.box.closest(ITEM);
  return (
    fields.find((field) => describeControl(field).some((text) => matchesAny(text, URL_VARIABLE))) ??
    (only && (next || ownItem?.contains(only)) ? only : undefined)
  );
}

export function levelKey(level: EscalationLevel): string {
  return `${level.definition}\u0000${level.label || textWithoutControls(level.panel, 40).slice(0, 40)}`;
}
