/** Finding elements by what they say rather than by ids or classes. */
import { accessibleName, describeControl, isButtonLike, textWithoutControls } from './labels';
import { equalsAny, matchesAny, normalizeText, type TextPattern } from './text';
import { isVisible } from './visibility';

const SHORT_TEXT = 80;

/**
 * Visible elements whose own short text (a heading, a label, a legend, a tab) equals one of the labels.
 * Walks text nodes, not elements, so a page of tens of thousands of nodes costs one linear pass.
 */
export function findLabelElements(root: ParentNode & Node, labels: readonly string[]): Element[] {
  const wanted = new Set(labels.map((label) => normalizeText(label)));
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
      if (![...wanted].some((label) => label.startsWith(normalized))) continue;
      const whole = textWithoutControls(element, SHORT_TEXT * 2);
      if (whole.length > SHORT_TEXT || !wanted.has(normalizeText(whole).replace(/\s*[:*]+$/, ''))) continue;
    }
    if (element.tagName === 'OPTION' || element.closest('select, script, style, template')) continue;
    element =
      element.closest('label, legend, th, dt, summary, h1, h2, h3, h4, h5, h6, [role="heading"], [role="tab"]') ??
      element;
    if (!found.includes(element) && isVisible(element)) found.push(element);
  }
  return found;
}

/** Buttons (native or ARIA) named like one of the patterns. */
export function findButtons(root: ParentNode, patterns: readonly TextPattern[], exact = false): HTMLElement[] {
  const buttons = root.querySelectorAll('button, [role="button"], input[type="button"], input[type="submit"], a[href]');
  return Array.from(buttons).filter((button): button is HTMLElement => {
    if (!isButtonLike(button) || !isVisible(button)) return false;
    const name = accessibleName(button) || (button as HTMLInputElement).value || '';
    return exact
      ? equalsAny(
          name,
          patterns.filter((p): p is string => typeof p === 'string'),
        )
      : matchesAny(name, patterns);
  });
}

/** Visible, editable text fields described (label, aria, row text) by one of the patterns. */
export function findFieldsDescribedBy(root: ParentNode, patterns: readonly TextPattern[]): HTMLInputElement[] {
  const fields = root.querySelectorAll(
    'input:not([type]), input[type="text"], input[type="url"], input[type="search"], textarea',
  );
  return Array.from(fields).filter(
    (field): field is HTMLInputElement =>
      isVisible(field) && describeControl(field).some((text) => matchesAny(text, patterns)),
  );
}

/** Whether `a` comes before `b` in document order. */
export function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) /* DOCUMENT_POSITION_FOLLOWING */ !== 0;
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
