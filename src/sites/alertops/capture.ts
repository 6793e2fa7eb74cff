/**
 * "Where is the saved integration's URL?" Pure DOM logic, no extension APIs.
 *
 * A URL counts only if it has a recognised shape AND the page presents it as an integration's URL: labelled as one
 * ("API URL", "Endpoint URL", a column of that name) or sitting beside a Copy button. A URL in free text (a
 * documentation paragraph, a comment box, a code sample) is not a saved integration's URL.
 */
import { findAlertOpsUrls, mayHoldAlertOpsUrl, parseAlertOpsUrl } from '../../core/alertops-url';
import {
  accessibleName,
  describeControl,
  isButtonLike,
  isHiddenForText,
  ownText,
  textWithoutControls,
} from '../../dom/labels';
import { isNoticeNode } from '../../dom/notice';
import {
  closestAcrossShadow,
  closestAsDrawn,
  containsAcrossShadow,
  openShadowRoots,
  parentAcrossShadow,
  queryAllIncludingShadow,
  selfAndBelow,
} from '../../dom/shadow';
import { INVISIBLE_CHARACTERS, matchesAny, normalizeText } from '../../dom/text';
import { hasLayout } from '../../dom/visibility';
import {
  COPY_LABELS,
  FREE_TEXT_CONTAINERS,
  KEY_RUNS,
  KNOWN_TEMPLATES,
  LABEL_SEARCH_MAX_DEPTH,
  LABEL_SEARCH_TEXT_LIMIT,
  MAX_WORDS_BESIDE_URL,
  MIN_DISTINCT_KEY_CHARACTERS,
  MIN_KEY_LENGTH_OUTSIDE_RUNS,
  NAME_LABELS,
  NOT_A_REAL_URL_LABEL,
  PAGE_PARTS,
  SAMPLE_INTRO,
  SENTENCE,
  SHORT_LABEL_MAX_LENGTH,
  SHORT_URL_LABEL,
  TEMPLATE_LABELS,
  URL_ATTRIBUTES,
  URL_CAPTION_WORDS,
  URL_IN_ATTRIBUTE,
  URL_LABELS,
} from './site';

export interface FoundIntegration {
  url: string;
  integrationName: string;
  template: string;
}

interface Spot {
  element: Element;
  url: string;
  /** The URL sits inside a sentence (documentation, a message), not shown as a value of its own. */
  prose?: boolean;
  /** The text node that holds the URL, when it is the element's own. */
  text?: Node;
}

function isProse(text: string, url: string): boolean {
  return (
    withoutUrls(text, url)
      .split(/\s+/)
      .filter((word) => /\p{L}/u.test(word)).length > MAX_WORDS_BESIDE_URL
  );
}

/**
 * Every saved-integration URL inside `root` (the whole document, or a subtree that was just inserted).
 * `shallow` leaves out the shadow roots inside `root`: for an element whose attribute, text or value changed, whose
 * components were looked at when they were inserted. `shadows`: the open shadow roots inside `root`, when the caller has
 * them already. `unlabelled` gets the elements of URLs shown with nothing close by that labels them or says they are
 * samples: their label may come later, in text no insertion shows (a translation loaded after the view).
 */
export function findSavedIntegrations(
  root: Element | Document | ShadowRoot,
  shallow = false,
  shadows?: ShadowRoot[],
  unlabelled?: Set<Element>,
): FoundIntegration[] {
  const found = new Map<string, FoundIntegration>();
  const spots = collectSpots(root, shallow ? [] : (shadows ?? openShadowRoots(root)));
  for (const spot of spots) {
    if (found.has(spot.url)) continue;
    const presented = isPresentedAsIntegrationUrl(spot);
    if (presented === undefined) unlabelled?.add(spot.element);
    if (!presented) continue;
    found.set(spot.url, {
      url: spot.url,
      integrationName: findIntegrationName(spot.element, spot.url),
      template: findTemplate(spot.element, spot.url),
    });
  }
  return [...found.values()];
}

/**
 * Another integration's URL in `container` (text or a field's value; its key differs): a label there may be that
 * one's. The key, not the URL: text run together ("…/UptrendsCopy") reads as another URL of the same integration.
 */
function holdsAnotherUrl(container: Element, url: string): boolean {
  const key = parseAlertOpsUrl(url)?.key ?? url;
  const texts = [
    textWithoutControls(container),
    ...Array.from(container.querySelectorAll('input'), (field) => field.value),
  ];
  return texts.some((text) => findAlertOpsUrls(text).some((other) => !other.includes(key)));
}

function collectSpots(root: Element | Document | ShadowRoot, shadows: ShadowRoot[]): Spot[] {
  const nested = shadows.flatMap((shadow) => collectSpotsHere(shadow));
  if (root.nodeType === 1 && !subtreeMayHoldUrl(root as Element)) return nested;
  return [...collectSpotsHere(root), ...nested];
}

/** The spots of one tree scope (the document, or one shadow root), not looking into nested shadow roots. */
function collectSpotsHere(root: Element | Document | ShadowRoot): Spot[] {
  const spots: Spot[] = [];
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const read = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let text = node.nodeValue ?? '';
    let element = node.parentElement;
    if (!mayHoldAlertOpsUrl(text) || !element || isHiddenForText(element)) continue;
    let urls = findAlertOpsUrls(text);
    // A URL the page split over inline elements (a highlighted key, <wbr> breaks): the inline text of its element,
    // where anything else breaks the text, then of its inline ancestors.
    for (let depth = 0; !urls[0] && element && depth < 3 && !read.has(element); depth++) {
      // Every text node of an element gives the same inline text: read once per walk (a long log would be quadratic).
      read.add(element);
      const parts = Array.from(element.childNodes, (child) =>
        (child.nodeType === 3
          ? (child.nodeValue ?? '')
          : child.nodeType === 1
            ? isInline(child)
              ? (child.textContent ?? '')
              : ' '
            : ''
        ).replace(INVISIBLE_CHARACTERS, ''),
      );
      text = parts.join('');
      urls = findAlertOpsUrls(text).filter((url) => nameIsWhole(parts, text, url));
      if (!urls[0] && !isInline(element)) break;
      if (!urls[0]) element = element.parentElement;
    }
    if (element)
      for (const url of urls)
        spots.push({
          element,
          url,
          prose: isProse(text, url),
          ...(element === node.parentElement ? { text: node } : {}),
        });
  }
  for (const field of selfAndBelow(root, 'input,textarea')) {
    for (const url of findAlertOpsUrls((field as HTMLInputElement).value)) spots.push({ element: field, url });
  }
  for (const element of selfAndBelow(root, URL_IN_ATTRIBUTE)) spots.push(...attributeSpots(element));
  return spots.filter((spot) => !isNoticeNode(spot.element));
}

function attributeSpots(element: Element): Spot[] {
  return URL_ATTRIBUTES.flatMap((name) =>
    findAlertOpsUrls(element.getAttribute(name) ?? '').map((url) => ({ element, url })),
  );
}

/** The cheap test for an inserted subtree: its text, its URL-bearing attributes, or a field whose value may hold it. */
function subtreeMayHoldUrl(element: Element): boolean {
  const mayHold = `${URL_IN_ATTRIBUTE},input,textarea`;
  return mayHoldAlertOpsUrl(element.textContent) || element.matches(mayHold) || element.querySelector(mayHold) !== null;
}

/** Anything but inline text: a URL split over such elements would run into its neighbours' text. */
const NOT_INLINE = ':not(span,mark,b,strong,i,em,code,wbr,small)';

/**
 * A URL read across elements ends its name segment inside one of them: a badge or word drawn right after it
 * ("…/Uptrends<span>New</span>") would run into the name.
 */
function nameIsWhole(parts: string[], text: string, url: string): boolean {
  const start = text.indexOf(url);
  const end = start + url.length;
  const nameStart = start + url.replace(/\/$/, '').lastIndexOf('/') + 1;
  let offset = 0;
  for (const part of parts) {
    offset += part.length;
    if (offset > nameStart && offset < end && part !== '') return false;
  }
  return true;
}

/** An inline element holding only inline elements. */
function isInline(element: Node): boolean {
  return !(element as Element).matches(NOT_INLINE) && !(element as Element).querySelector(NOT_INLINE);
}

/** Undefined when nothing close by labels the URL, nor makes it a sample, a draft or free text. */
function isPresentedAsIntegrationUrl(spot: Spot): boolean | undefined {
  const parsed = parseAlertOpsUrl(spot.url);
  const kept = parsed?.key.replace(KEY_RUNS, '') ?? '';
  if (new Set(kept).size < MIN_DISTINCT_KEY_CHARACTERS || kept.length < MIN_KEY_LENGTH_OUTSIDE_RUNS) return false;
  // A field the user is typing into holds their text, whole or not yet. Its own tree's focus: a shadow root's field
  // is its host to the document.
  const tree = spot.element.getRootNode() as Document | ShadowRoot;
  if (spot.element === tree.activeElement && !(spot.element as HTMLInputElement).readOnly) return false;
  // As drawn: text a component draws in its shadow root's tooltip is in that tooltip.
  const freeText = closestAsDrawn(spot.text ?? spot.element, FREE_TEXT_CONTAINERS);
  // A code block that holds nothing but the URL shows it; one with more around it is a sample.
  if (freeText && !(freeText.matches('pre code') && freeText.textContent?.trim() === spot.url)) return false;
  // A Copy control carrying the URL shows it, unless text before it introduces a sample. Anything else, a plain link
  // included (documentation, unless labelled), needs a label or a Copy button nearby.
  return !spot.prose && (hasUrlLabelNearby(spot.element, spot.url) ?? (isCopyControl(spot.element) || undefined));
}

function isCopyControl(element: Element): boolean {
  return isButtonLike(element) && matchesAny(accessibleName(element) || ownText(element), COPY_LABELS);
}

function withoutUrls(text: string, url: string): string {
  return text.replaceAll(url, ' ').replace(/https?:\/\/\S+/g, ' ');
}

/**
 * A label that names the URL, or a Copy button, close by: same field, same row, or the row's header. False when text
 * right before it introduces it as a sample; undefined when nothing close by says either.
 */
function hasUrlLabelNearby(element: Element, url: string): boolean | undefined {
  if (element.matches('input,textarea') && describeControl(element).some((text) => namesTheUrl(withoutUrls(text, url))))
    return true;
  if (namesTheUrl(columnHeaderOf(element))) return true;
  // The climb stops at the part of the page the URL is in, so a part inside the element climbed to is another one.
  const otherPart = (candidate: Element) => candidate !== element && candidate.matches(PAGE_PARTS);
  let current: Element | null = element;
  for (let depth = 0; current && depth <= LABEL_SEARCH_MAX_DEPTH; depth++, current = parentAcrossShadow(current)) {
    // A part of the page keeps its labels and Copy buttons to itself too: a log toast beside the main view is not
    // labelled by the view's "Endpoint URL".
    const text = withoutUrls(textWithoutControls(current, LABEL_SEARCH_TEXT_LIMIT * 10, otherPart), url);
    if (text.length > LABEL_SEARCH_TEXT_LIMIT) return;
    // A label among sentences ("…, use the endpoint above.") is talk, not a label.
    if (depth > 0 && !SENTENCE.test(text) && matchesAny(text, URL_LABELS)) return true;
    if (SAMPLE_INTRO.test(normalizeText(textJustBefore(current)))) return false;
    // A Copy button beside another integration's URL is that one's.
    if (depth > 0 && hasCopyButton(current, element) && !holdsAnotherUrl(current, url)) return true;
    if (depth > 0 && labelledRegion(current, url)) return true;
    if (namesTheUrl(previousSiblingLabel(current, url))) return true;
    // A part of the page (a help panel, a section, a dialog) keeps its URL to itself: a short label right before it
    // may name it (a card's header), but labels and Copy buttons further out are other parts'.
    if (depth > 0 && current.matches(PAGE_PARTS)) return;
  }
}

/**
 * The text right before `element`, text nodes included, as far back as about 200 characters: where a sentence
 * introduces a sample ("… For example: "), however long the sentence.
 */
function textJustBefore(element: Element): string {
  let text = '';
  for (let node = element.previousSibling; node && text.length < 200; node = node.previousSibling) {
    const part =
      node.nodeType === 3
        ? node.nodeValue
        : node.nodeType === 1 && !isHiddenForText(node as Element)
          ? textWithoutControls(node as Element, 400)
          : '';
    text = `${part} ${text}`;
  }
  return text;
}

/** A label of its own: the strict labels, or a short one that mentions a URL without being an example. */
function namesTheUrl(label: string): boolean {
  if (matchesAny(label, URL_LABELS)) return true;
  const text = normalizeText(label);
  return (
    text.length > 0 &&
    text.length <= SHORT_LABEL_MAX_LENGTH &&
    SHORT_URL_LABEL.test(text) &&
    !NOT_A_REAL_URL_LABEL.test(text)
  );
}

function labelledRegion(element: Element, url: string): boolean {
  const name = element.getAttribute('aria-label') ?? '';
  return name !== '' && matchesAny(withoutUrls(name, url), URL_LABELS);
}

/**
 * The short text just before `element`, unless that is another integration's URL with its own label, or a part of the
 * page (the main view is no label of a toast after it).
 */
function previousSiblingLabel(element: Element, url: string): string {
  const sibling = element.previousElementSibling;
  if (!sibling || sibling.matches(PAGE_PARTS) || holdsAnotherUrl(sibling, url)) return '';
  const text = textWithoutControls(sibling, 200);
  return text.length <= 80 ? text : '';
}

/** A Copy button in `container`, but not one of a part of the page inside it: that is the part's (`element`: the URL's). */
function hasCopyButton(container: Element, element: Element): boolean {
  // A copy button component draws its button, and its name, in its own shadow root.
  const buttons = [container, ...openShadowRoots(container)].flatMap((root) => [
    ...root.querySelectorAll('button,[role=button],a,input'),
  ]);
  return buttons.some((button) => {
    if (!isCopyControl(button)) return false;
    const part = closestAcrossShadow(button, PAGE_PARTS);
    return !part || part === container || part === element || !containsAcrossShadow(container, part);
  });
}

function columnHeaderOf(element: Element): string {
  const cell = element.closest('td,[role=cell],[role=gridcell]');
  const row = cell?.parentElement;
  const table = cell?.closest('table,[role=table],[role=grid]');
  if (!cell || !row || !table) return '';
  const index = Array.from(row.children).indexOf(cell);
  const headerRow = table.querySelector('thead tr,tr:has(th),[role=row]:has([role=columnheader])');
  const header = headerRow?.children[index];
  return header && header !== cell ? ownText(header) : '';
}

/** The saved integration's name: a "Name" field near the URL, else the view's heading, else the URL's last segment. */
function findIntegrationName(element: Element, url: string): string {
  return valueOfLabelledField(element, NAME_LABELS) || nearestHeading(element) || parseAlertOpsUrl(url)?.name || '';
}

function findTemplate(element: Element, url: string): string {
  const labelled = valueOfLabelledField(element, TEMPLATE_LABELS);
  for (const candidate of [labelled, parseAlertOpsUrl(url)?.name]) {
    const known = KNOWN_TEMPLATES.find((template) => normalizeText(template) === normalizeText(candidate));
    if (known) return known;
  }
  return labelled;
}

const LABEL_LIKE = 'label,dt,th,td,strong,b,span,div,p,h4,h5,h6,[role=rowheader]';

/** Climbs from the URL and returns the value of the nearest field whose label matches. */
function valueOfLabelledField(from: Element, labels: Parameters<typeof matchesAny>[1]): string {
  // A label is looked at as a drawn header once (the smallest container around it): that look reads the layout.
  const lookedAtAsDrawn = new Set<Element>();
  const asDrawn = (label: Element, scope: Element) => {
    if (lookedAtAsDrawn.has(label)) return undefined;
    lookedAtAsDrawn.add(label);
    return cellUnderHeaderAsDrawn(label, from, scope);
  };
  let container: Element | null = parentAcrossShadow(from);
  for (let depth = 0; container && depth < 8; depth++, container = parentAcrossShadow(container)) {
    if ((container.textContent?.length ?? 0) > 20_000) break;
    for (const control of queryAllIncludingShadow(container, 'input:not([type=hidden]),select')) {
      if (matchesAny(describeControl(control)[0], labels)) {
        const value = controlValue(control);
        if (value && !/alertops\.com/i.test(value)) return value;
      }
    }
    for (const label of queryAllIncludingShadow(container, LABEL_LIKE)) {
      // A wrapper around a column header, or text inside a header cell, is no label: the header's values are below the
      // header, not beside the wrapper or the text (the header cell itself is looked at as a label).
      if (
        label.children.length > 2 ||
        label.querySelector(COLUMN_HEADER) ||
        label.parentElement?.closest(COLUMN_HEADER)
      )
        continue;
      const labelText = textWithoutControls(label, 200);
      if (labelText.length > 60 || !matchesAny(labelText, labels)) continue;
      const value = isColumnHeader(label)
        ? cellInSameColumn(label, from)
        : (cellUnderRowOfHeaders(label, from) ?? asDrawn(label, container) ?? valueBesideLabel(label));
      if (value && !/alertops\.com/i.test(value)) return value;
    }
  }
  return '';
}

/** A header cell of a header row (not a row header): its values sit below it, not beside it. */
const COLUMN_HEADER = 'thead th,[role=columnheader]';

function isColumnHeader(label: Element): boolean {
  if (label.matches(COLUMN_HEADER)) return true;
  return (
    label.tagName === 'TH' && label.getAttribute('scope') !== 'row' && label.parentElement?.querySelector('td') === null
  );
}

/** In a list of integrations, a column header's value is the cell in the URL's own row, same column. */
function cellInSameColumn(header: Element, from: Element): string {
  const headerRow = header.parentElement;
  // A detail row, one cell spanning the columns, belongs to the integration's row above it.
  // A grid drawn column by column has no rows: its cells carry their row's index.
  const row =
    from.closest('td[colspan]:only-child')?.parentElement?.previousElementSibling ??
    from.closest('tr,[role=row],[aria-rowindex]');
  if (!headerRow || !row || row === headerRow) return '';
  // A grid that splits its columns over several containers (pinned columns) numbers rows and columns for ARIA (from 1).
  const inRow = `[aria-rowindex="${Number(row.getAttribute('aria-rowindex'))}"]`;
  const inColumn = `[aria-colindex="${Number(header.getAttribute('aria-colindex'))}"]`;
  const cell =
    row.closest('[role=grid]')?.querySelector(`${inRow} ${inColumn},${inRow}${inColumn}`) ??
    row.children[Array.from(headerRow.children).indexOf(header)];
  return cell ? ownText(cell).slice(0, 200) : '';
}

/**
 * A header of a list drawn without table markup (rows of divs, as virtualised lists draw them): its row comes before the
 * URL's and has as many cells, and the cell above the URL's is a URL label ("API URL"). Its value is the cell of the
 * URL's row in its column. Undefined for a label that is no such header: in a details view ("Name | Uptrends webhook"
 * over "API URL | …") the cell found would be the URL's own label.
 */
function cellUnderRowOfHeaders(label: Element, from: Element): string | undefined {
  const headerRow = label.parentElement;
  const headers = Array.from(headerRow?.children ?? []);
  const labelColumn = headers.indexOf(label);
  if (!headerRow || headers.length < 2) return undefined;
  // The outermost such row: a URL cell of as many elements as there are columns (the URL, Copy, a badge) is no row.
  let found: string | undefined;
  let cell: Element | null = from;
  for (let depth = 0; cell && depth < 4; depth++, cell = cell.parentElement) {
    const row: Element | null = cell.parentElement;
    if (!row || row.contains(headerRow)) break;
    const follows = (headerRow.compareDocumentPosition(row) & 4) /* DOCUMENT_POSITION_FOLLOWING */ !== 0;
    if (row.children.length !== headers.length || !follows) continue;
    const urlColumn = Array.from(row.children).indexOf(cell);
    if (urlColumn === labelColumn || !matchesAny(ownText(headers[urlColumn] ?? null), URL_LABELS)) continue;
    const value = ownText(row.children[labelColumn] ?? null).slice(0, 200);
    // Not a URL's label (a details view), nor another row's text with its URL (rows taken for cells).
    if (!namesTheUrl(value) && !mayHoldAlertOpsUrl(value)) found = value;
  }
  return found;
}

/** Beyond this many elements around a header, the list is not looked at cell by cell. */
const MAX_CELLS_AS_DRAWN = 3000;

/**
 * A header of a list that is one CSS grid (cells without row elements, rows as `display: contents`, or the header in a
 * grid of its own): only the layout tells its columns. The label is a header when a header beside it, above the URL,
 * names the URL ("API URL"); its value is what is drawn in its column on the URL's line. Undefined without layout, and
 * for a label that is no such header (a details view's "API URL" label sits left of the URL, not above it).
 */
function cellUnderHeaderAsDrawn(label: Element, from: Element, scope: Element): string | undefined {
  if (!hasLayout(label.ownerDocument) || !label.parentElement) return undefined;
  const header = label.getBoundingClientRect();
  const url = from.getBoundingClientRect();
  const above = (box: DOMRect) => box.width > 0 && box.bottom <= url.top + 1;
  const overUrl = (box: DOMRect) => box.left < url.right && box.right > url.left;
  // On the label's line: a header row, not a stacked form's next label.
  const urlHeader = Array.from(label.parentElement.children).find((sibling) => {
    const box = sibling.getBoundingClientRect();
    const sameLine = Math.abs(box.top - header.top) < Math.max(header.height, 1);
    return sibling !== label && sameLine && above(box) && overUrl(box) && matchesAny(ownText(sibling), URL_LABELS);
  });
  if (!urlHeader || !above(header) || overUrl(header)) return undefined;
  const cells = scope.querySelectorAll('*');
  if (cells.length > MAX_CELLS_AS_DRAWN) return undefined;
  const x = (header.left + header.right) / 2;
  let cell: Element | undefined;
  // In document order an element comes after those around it: the last one drawn in the column on the URL's line (a
  // cell not stretched to a wrapped URL's height included) is the innermost.
  for (const candidate of cells) {
    const box = candidate.getBoundingClientRect();
    if (box.left <= x && x <= box.right && box.top < url.bottom && box.bottom > url.top) cell = candidate;
  }
  const value = cell && !cell.contains(from) ? ownText(cell).slice(0, 200) : undefined;
  return value === undefined || namesTheUrl(value) ? undefined : value;
}

function controlValue(control: Element): string {
  if (control.tagName === 'SELECT') {
    const select = control as HTMLSelectElement;
    return select.selectedOptions[0]?.textContent?.trim() ?? '';
  }
  return (control as HTMLInputElement).value.trim();
}

function valueBesideLabel(label: Element): string {
  const next = label.nextElementSibling;
  const parent = label.parentElement;
  const control = next?.matches('input,select') ? next : next?.querySelector('input:not([type=hidden]),select');
  const labelText = ownText(label);
  const values = [
    // "<strong>Integration Name:</strong> Uptrends APAC": the value is the text that follows the label on its line.
    !next && ownText(parent).startsWith(labelText) ? ownText(parent).slice(labelText.length).trim() : '',
    control ? controlValue(control) : ownText(next),
    // A label wrapped on its own: the value is the wrapper's next sibling.
    parent && textWithoutControls(parent, 100) === textWithoutControls(label) ? ownText(parent.nextElementSibling) : '',
  ];
  // A field drawn with its label twice (Vuetify's floating copy) shows the label again where a value could be.
  return values.find((value) => value && value.length <= 200 && value !== labelText) ?? '';
}

/** A heading that only captions the URL ("API URL", "Your endpoint URL"), which names no integration. */
function isUrlCaption(text: string): boolean {
  return matchesAny(text, URL_LABELS) && normalizeText(text).replace(URL_CAPTION_WORDS, '') === '';
}

/** The nearest heading around the URL that belongs to it: not one of a section or dialog the URL is outside of. */
function nearestHeading(element: Element): string {
  // The URL's ancestors, across shadow roots, as far as the climb has come.
  const around: Element[] = [];
  let container: Element | null = parentAcrossShadow(element);
  for (let depth = 0; container && depth < 10; depth++, container = parentAcrossShadow(container)) {
    around.push(container);
    // A heading of a section or a dialog names that ("Basic Settings", "Regenerate API key?"), unless the URL is in it.
    const heading = queryAllIncludingShadow(container, 'h1,h2,h3,h4,h5,h6,[role=heading]').find((candidate) => {
      const part = candidate.closest('section,dialog,[role$=dialog]');
      return !part || around.includes(part) || part.contains(element);
    });
    const text = heading ? ownText(heading) : '';
    if (text && text.length <= 120 && !isUrlCaption(text)) return text;
  }
  return '';
}
