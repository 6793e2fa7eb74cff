/** Finding elements by what they say rather than by ids or classes. */
import { accessibleName, describeControl, isButtonLike, textWithoutControls } from './labels';
import { openShadowRoots, parentAcrossShadow } from './shadow';
import { equalsAny, matchesAny, normalizeText, type TextPattern } from './text';
import { isVisible } from './visibility';

const SHORT_TEXT = 80;

const labelSets = new WeakMap<readonly string[], { wanted: Set<string>; starts: Set<string> }>();

/** The labels, normalised, and every start of them: read once per list, however many text nodes are looked at. */
function labelSet(labels: readonly string[]): { wanted: Set<string>; starts: Set<string> } {
  let set = labelSets.get(labels);
  if (!set) {
    const wanted = new Set(labels.map((label) => normalizeText(label)));
    const starts = new Set([...wanted].flatMap((label) => Array.from(label, (_, end) => label.slice(0, end + 1))));
    set = { wanted, starts };
    labelSets.set(labels, set);
  }
  return set;
}

/**
 * Visible elements whose own short text (a heading, a label, a legend, a tab) equals one of the labels.
 * Walks text nodes, not elements, so a page of tens of thousands of nodes costs one linear pass.
 */
export function findLabelElements(root: ParentNode & Node, labels: readonly string[]): Element[] {
  const { wanted, starts } = labelSet(labels);
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const found: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const raw = node.nodeValue ?? '';
    if (raw.length > SHORT_TEXT * 2) continue;
    const text = raw.trim();
    if (text.length < 2 || text.length > SHORT_TEXT) continue;
    let element = node.parentElement;
    if (!element || found.includes(element)) continue;
    const normalized = normalizeText(text).replace(/\s*[:*]+$/, '');
    if (!wanted.has(normalized)) {
      // A label split over several text nodes ("Niveau d'" + "escalade"): only then is the parent's text worth reading.
      if (!starts.has(normalized)) continue;
      const whole = textWithoutControls(element, SHORT_TEXT * 2);
      if (whole.length > SHORT_TEXT || !wanted.has(normalizeText(whole).replace(/\s*[:*]+$/, ''))) continue;
    }
    if (element.tagName === 'OPTION' || element.closest('select, script, style, template, [role="tooltip"]')) continue;
    if (followsWords(element)) continue;
    element =
      element.closest('label, legend, th, dt, summary, h1, h2, h3, h4, h5, h6, [role="heading"], [role="tab"]') ??
      element;
    if (!found.includes(element) && isVisible(element)) found.push(element);
  }
  return found;
}

const PHRASING = /^(A|ABBR|B|CITE|CODE|EM|FONT|I|KBD|MARK|Q|SAMP|SMALL|SPAN|STRONG|U|VAR)$/;

/**
 * Words set in bold or linked inside a sentence ("Under <b>Alerting by integrations</b>, tick…"): words come before
 * them in the same block. A label of its own starts its block (a run-in heading may be followed by words), or follows
 * only an icon (its ligature "notifications_active", or what assistive technology is told to skip) or a counter
 * ("Step 3", "3 of 5 ·").
 */
function followsWords(element: Element): boolean {
  for (let current = element; PHRASING.test(current.tagName); ) {
    const parent = current.parentElement;
    if (!parent) return false;
    for (let node = current.previousSibling; node; node = node.previousSibling) {
      const inline = node.nodeType === 3 || (node.nodeType === 1 && PHRASING.test((node as Element).tagName));
      if (inline && hasWords(node)) return true;
    }
    current = parent;
  }
  return false;
}

const COUNTER =
  /^(step|stap|schritt|etape)?\s*\d+(\s*(of|van|von|sur|de|\/)\s*\d+)?\s*[.:)\u00b7\u2022|\u2013\u2014-]?$/;

function hasWords(node: Node): boolean {
  if (node.nodeType === 1) {
    const element = node as Element;
    const text = (element.textContent ?? '').trim();
    const isIcon = element.tagName === 'I' || /icon/i.test(element.getAttribute('class') ?? '');
    if (element.getAttribute('aria-hidden') === 'true' || (isIcon && !/\s/.test(text))) return false;
    return Array.from(element.childNodes).some(hasWords);
  }
  const text = normalizeText(node.nodeValue ?? '');
  return /\p{L}/u.test(text) && !COUNTER.test(text);
}

const CONTROLS = 'button, [role="button"], input, select, textarea, script, style, template';

/** A title's own words, without those of the controls it holds (a card header's "Remove" button). */
export function titleText(element: Element): string {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const control = node.parentElement?.closest(CONTROLS);
    if (control && control !== element && element.contains(control)) continue;
    parts.push(node.nodeValue ?? '');
  }
  // Joined as textContent joins them: a word may be split over text nodes ("Niveau d'" + "escalade").
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Buttons (native or ARIA) named like one of the patterns. */
/** What a button says: its accessible name, an input's value, or an icon-only button's icon. */
export function buttonName(button: Element): string {
  return accessibleName(button) || (button as HTMLInputElement).value || iconName(button);
}

export function findButtons(root: ParentNode, patterns: readonly TextPattern[], exact = false): HTMLElement[] {
  const buttons = queryDeep(root, 'button, [role="button"], input[type="button"], input[type="submit"], a[href]');
  return Array.from(buttons).filter((button): button is HTMLElement => {
    if (!isButtonLike(button) || !isVisible(button)) return false;
    const name = buttonName(button);
    return exact
      ? equalsAny(
          name,
          patterns.filter((p): p is string => typeof p === 'string'),
        )
      : matchesAny(name, patterns);
  });
}

/**
 * An icon-only button, as design systems draw them, is known by its icon: the icon's own label, else its name in the
 * icon font's class ("pi pi-ellipsis-h", "anticon anticon-ellipsis", "mdi mdi-dots-horizontal").
 */
function iconName(button: Element): string {
  // A button that opens a menu (a row's "⋮" actions) is no value button, whatever its icon.
  if (button.hasAttribute('aria-haspopup')) return '';
  return Array.from(
    button.querySelectorAll('[role="img"], svg, i, [class*="icon"]'),
    (icon) => icon.getAttribute('aria-label') || icon.getAttribute('data-icon') || icon.getAttribute('class') || '',
  ).join(' ');
}

/**
 * A control a widget draws as decoration, not as a field: presentational (an arrow, a validation icon), or showing only
 * symbols ("▼", "×").
 */
export function isDecoration(control: Element): boolean {
  const value = control.tagName === 'INPUT' ? (control as HTMLInputElement).value.trim() : '';
  return (
    /\b(presentation|none)\b/.test(control.getAttribute('role') ?? '') || (value !== '' && !/[\p{L}\p{N}]/u.test(value))
  );
}

/** Fields that hold a value of their own (not a box, not a hidden key): what a row has one of. */
export const VALUE_FIELDS = 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]), textarea';

/** Visible text fields described (label, aria, row text) by one of the patterns; the caller checks editability. */
export function findFieldsDescribedBy(
  root: ParentNode,
  patterns: readonly TextPattern[],
  options: { passwords?: boolean } = {},
): HTMLInputElement[] {
  // A password field only on request: a console may mask a secret such as the AlertOps URL, but a vault's "Secret
  // value" is no name or value field.
  const password = options.passwords ? ', input[type="password"]' : '';
  const fields = queryDeep(
    root,
    `input:not([type]), input[type="text"], input[type="url"], input[type="search"]${password}, textarea`,
  );
  return Array.from(fields).filter(
    (field): field is HTMLInputElement =>
      isVisible(field) && [...describeControl(field), tableRowText(field)].some((text) => matchesAny(text, patterns)),
  );
}

/**
 * The words of a table row the field sits in: a field labelled only "Value" (Carbon's hidden label) is named by its
 * row, "AlertOpsUrl | Value".
 */
function tableRowText(field: Element): string {
  const row = field.closest('tr, [role="row"]');
  // Only a row of one field: a layout table's row may hold the whole form, a dialog's row a vault search and a value.
  if (!row || row.querySelector('tr, [role="row"], form')) return '';
  if (row.querySelectorAll(VALUE_FIELDS).length > 1) return '';
  const text = textWithoutControls(row, 300);
  return text.length < 300 ? text : '';
}

/** Whether `a` comes before `b` in document order. */
export function precedes(a: Node, b: Node): boolean {
  const [left, right] = inOneTree(a, b);
  return (left.compareDocumentPosition(right) & 4) /* DOCUMENT_POSITION_FOLLOWING */ !== 0;
}

/** Matches in `root` and in the open shadow roots inside it (components that wrap a field or a button). */
export function queryDeep(root: ParentNode & Node, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  const light = found.length;
  for (const shadow of openShadowRoots(root)) found.push(...Array.from(shadow.querySelectorAll(selector)));
  // In the order the user sees them: a component's own controls where the component stands. A host and what its
  // shadow root holds compare equal, and the (stable) sort keeps the host first.
  if (found.length === light) return found;
  return found.sort((a, b) => (precedes(a, b) ? -1 : precedes(b, a) ? 1 : 0));
}

/** Nodes of different shadow trees are compared through their hosts in the tree they share. */
function inOneTree(a: Node, b: Node): [Node, Node] {
  const chain = (node: Node) => {
    const nodes = [node];
    for (let current = parentAcrossShadow(topNode(node)); current; current = parentAcrossShadow(topNode(current))) {
      nodes.push(current);
    }
    return nodes;
  };
  const left = chain(a);
  const right = chain(b);
  for (const x of left) {
    const y = right.find((candidate) => candidate.getRootNode() === x.getRootNode());
    if (y) return [x, y];
  }
  return [a, b];
}

/** The node itself when it is at the top of its tree's content, else its tree's top element (to reach the host). */
function topNode(node: Node): Node {
  let top = node;
  while (top.parentNode && top.parentNode.nodeType !== 11 && top.parentNode.nodeType !== 9) top = top.parentNode;
  return top;
}

/** The smallest ancestor of `from` (itself included) that also contains an element matching `test`. */
export function closestContaining(from: Element, test: (container: Element) => boolean, maxDepth = 12): Element | null {
  let current: Element | null = from;
  for (let depth = 0; current && depth <= maxDepth; depth++, current = current.parentElement) {
    if (test(current)) return current;
  }
  return null;
}

export { accessibleName };
