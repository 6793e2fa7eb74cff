/**
 * What a control is called, gathered from every place a page may put it (after Bitwarden's autofill collector):
 * element.labels, aria-labelledby, aria-label, an ancestor <label>, title, placeholder, the row it sits in.
 */

import { parentAcrossShadow } from './shadow';

const OWN_TEXT_LIMIT = 300;

export function ownText(element: Element | null | undefined): string {
  if (!element) return '';
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 2000);
}

function idRefsText(element: Element, attribute: string): string {
  const ids = element.getAttribute(attribute)?.split(/\s+/).filter(Boolean) ?? [];
  // Ids are looked up in the element's own tree: a shadow root has ids of its own.
  const tree = element.getRootNode() as Document | ShadowRoot;
  const lookup = typeof tree.getElementById === 'function' ? tree : element.ownerDocument;
  return ids
    .map((id) => ownText(lookup.getElementById(id)))
    .filter(Boolean)
    .join(' ');
}

/** The accessible name, roughly as a screen reader computes it, without the control's own value. */
export function accessibleName(element: Element): string {
  const labelledBy = idRefsText(element, 'aria-labelledby');
  if (labelledBy) return labelledBy;
  const attribute = (name: string) => element.getAttribute(name)?.trim();
  return (
    attribute('aria-label') ||
    labelElementsOf(element)
      .map((label) => textWithoutControls(label))
      .filter(Boolean)
      .join(' ') ||
    // An input drawn as a button (type=button or submit, `<input type="button" role="checkbox">`) shows its value.
    (isButtonLike(element) && (ownText(element) || attribute('value'))) ||
    attribute('title') ||
    attribute('placeholder') ||
    ''
  );
}

export function labelElementsOf(element: Element): Element[] {
  const found: Element[] = [];
  const id = element.getAttribute('id');
  if (id) {
    // The element's own tree: a shadow root (or a detached subtree) has ids of its own.
    const tree = element.getRootNode() as ParentNode;
    found.push(...tree.querySelectorAll(`label[for="${CSS.escape(id)}"]`));
  }
  const ancestorLabel = element.parentElement?.closest('label');
  if (ancestorLabel && !found.includes(ancestorLabel)) found.push(ancestorLabel);
  return found;
}

/**
 * A label's text without the text of controls inside it (a select's options, say). Stops reading after `maxLength`
 * characters: callers that only want short texts must not walk a huge subtree to learn that it is long. `skip` leaves
 * out the elements it picks, with their contents.
 */
export function textWithoutControls(
  element: Element,
  maxLength = Number.POSITIVE_INFINITY,
  skip?: (element: Element) => boolean,
): string {
  const parts: string[] = [];
  let length = 0;
  const walk = (nodes: Iterable<Node>) => {
    for (const child of nodes) {
      if (length > maxLength) return;
      if (child.nodeType === 3) {
        const text = child.nodeValue ?? '';
        // An access key's underlined letter ("<u>I</u>ntegration", "Integration <u>t</u>ype") is part of its word.
        if (/^\p{L}$/u.test(parts.at(-1) ?? '') && /^\p{Ll}/u.test(text)) parts.push(`${parts.pop()}${text}`);
        else parts.push(text);
        length += text.length;
      } else if (
        child.nodeType === 1 &&
        !isFormControl(child as Element) &&
        !isHiddenForText(child as Element) &&
        !skip?.(child as Element)
      ) {
        // A web component's <slot> shows the light-DOM nodes assigned to it, or its own children when none are.
        const assigned =
          (child as Element).tagName === 'SLOT'
            ? (child as HTMLSlotElement).assignedNodes({ flatten: true })
            : undefined;
        walk(assigned?.length ? assigned : child.childNodes);
      }
    }
  };
  walk(element.childNodes);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Elements whose text the page never shows. */
export function isHiddenForText(element: Element): boolean {
  return /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TITLE)$/.test(element.tagName);
}

export function isFormControl(element: Element): boolean {
  return /^(INPUT|SELECT|TEXTAREA|OPTION|BUTTON)$/.test(element.tagName);
}

export function isButtonLike(element: Element): boolean {
  const tag = element.tagName;
  if (tag === 'BUTTON') return true;
  if (tag === 'INPUT') return ['button', 'submit', 'reset'].includes((element as HTMLInputElement).type);
  return tag === 'A' || /^(button|tab|menuitem|option|radio|link)$/.test(element.getAttribute('role') ?? '');
}

/**
 * Every text that may name a control: its accessible name plus the text of the nearest container that holds
 * short text besides the control (a table row, a form row). As the page shows them (compare with matchesAny or
 * equalsAny, which normalise), most specific first.
 */
export function describeControl(element: Element, maxClimb = 4): string[] {
  const texts: string[] = [];
  const name = accessibleName(element);
  if (name) texts.push(name);
  const description = idRefsText(element, 'aria-describedby');
  if (description) texts.push(description);
  // Across shadow boundaries: a component's field is often labelled by text beside the component.
  let container = parentAcrossShadow(element);
  // A wrapper around a single element (a design system's nested divs) holds nothing more to read: not a step.
  for (
    let depth = 0;
    container && depth < maxClimb;
    depth += container.children[1] ? 1 : 0, container = parentAcrossShadow(container)
  ) {
    // A value shown beside the control (a URL, a masked secret) names nothing: only the row's words do.
    const text = textWithoutControls(container, OWN_TEXT_LIMIT * 4)
      .replace(/\S+:\/\/\S*|[•*]{3,}/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (text.length > OWN_TEXT_LIMIT) break;
    // A placeholder such as "—" beside the control names nothing: keep climbing to the row's words.
    if (/\p{L}/u.test(text)) {
      texts.push(text);
      break;
    }
  }
  const rowHeader = tableHeaderFor(element);
  if (rowHeader) texts.push(rowHeader);
  return texts;
}

function tableHeaderFor(element: Element): string {
  const row = element.closest('tr');
  const header = row?.querySelector('th');
  return header ? ownText(header) : '';
}
