/**
 * What the user is doing with the keyboard and the focus, for actions that move the focus (a value dialog opened for
 * them): such an action waits while they type or compose text (an IME), and puts their focus back afterwards.
 */
import { isTextField } from './fields';

/** Typing counts as going on for this long after the last key. */
export const TYPING_PAUSE_MS = 1500;
/** A composition counts as going on for this long after it last changed, unless it ended. */
export const COMPOSITION_STALE_MS = 10_000;

export interface TypingWatch {
  /** A key pressed in the last TYPING_PAUSE_MS, or a composition not ended yet. */
  isTyping(now?: number): boolean;
}

export function watchTyping(view: Window, signal?: AbortSignal): TypingWatch {
  let lastKeyAt = Number.NEGATIVE_INFINITY;
  let composing = false;
  let composedAt = Number.NEGATIVE_INFINITY;
  const options = { capture: true, signal };
  view.addEventListener(
    'keydown',
    (event) => {
      if (event.isTrusted) lastKeyAt = Date.now();
    },
    options,
  );
  for (const type of ['compositionstart', 'compositionupdate']) {
    view.addEventListener(
      type,
      (event) => {
        if (!event.isTrusted) return;
        composing = true;
        composedAt = Date.now();
      },
      options,
    );
  }
  view.addEventListener(
    'compositionend',
    () => {
      composing = false;
      lastKeyAt = Date.now();
    },
    options,
  );
  // A composition whose field was removed or left may never say it ended: it counts only while it changes.
  return {
    isTyping: (now = Date.now()) =>
      (composing && now - composedAt < COMPOSITION_STALE_MS) || now - lastKeyAt < TYPING_PAUSE_MS,
  };
}

/** The focused element, inside open shadow roots too (the document sees only the component). */
export function deepActiveElement(document: Document): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

/**
 * Where the user's focus and caret are now, in a text field or rich-text box: the returned function puts them back
 * after an action the page answers by moving the focus (a dialog that gives it to its opener when it closes), but
 * only from where `pageMovedIt` says the page put it: anywhere else (a button, another field) the user took it.
 */
export function rememberFocus(document: Document): (pageMovedIt: (now: Element | null) => boolean) => void {
  const element = deepActiveElement(document);
  if (!element || !isTextEntry(element)) return () => undefined;
  let caret: [number | null, number | null] | undefined;
  try {
    if (isTextField(element)) caret = [element.selectionStart, element.selectionEnd];
  } catch {
    // Inputs such as type=email have no caret to read.
  }
  return (pageMovedIt) => {
    const now = deepActiveElement(document);
    const target = element.isConnected ? element : drawnAnew(element, document);
    if (!target || now === target || !pageMovedIt(now)) return;
    (target as HTMLElement).focus({ preventScroll: true });
    try {
      if (caret && isTextField(target)) target.setSelectionRange(caret[0], caret[1]);
    } catch {
      // As above.
    }
  };
}

/** The same field in a form the page drew anew (on a dialog's close, say): the one element with its id, else its name. */
function drawnAnew(element: Element, document: Document): Element | undefined {
  const root = element.getRootNode() as Document | ShadowRoot;
  const scope: ParentNode = root.isConnected ? root : document;
  const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
  const name = element.getAttribute('name');
  const selector = element.id
    ? `[id=${quoted(element.id)}]`
    : name
      ? `${element.tagName.toLowerCase()}[name=${quoted(name)}]`
      : undefined;
  if (!selector) return undefined;
  const found = scope.querySelectorAll(selector);
  return found.length === 1 && found[0] && isTextEntry(found[0]) ? found[0] : undefined;
}

function isTextEntry(element: Element): boolean {
  return isTextField(element) || (element as HTMLElement).isContentEditable === true;
}
