/**
 * A small in-page notice or prompt, drawn in a shadow root so it neither breaks nor inherits the console's styles.
 * Built with textContent only (never innerHTML) and it never shows the URL. Its buttons act only on trusted (real
 * user) clicks, so a page that scripts clicks on it achieves nothing; a prompt's buttons only while it is shown as
 * drawn. The root is open so that assistive technology and the browser tests reach it like any other page content.
 */

import { parentAcrossShadow, scopesOf } from './shadow';
import { hasLayout } from './visibility';

export interface NoticeAction {
  label: string;
  /** Runs only for a real user's click (isTrusted), never for a click the page synthesises. */
  run: () => void;
  primary?: boolean;
}

export interface NoticeContent {
  title: string;
  body?: string;
  kind: 'info' | 'success' | 'warning';
  closeLabel: string;
  /** Milliseconds before the notice disappears (default 6 s); 0 keeps it until it is closed. */
  timeout?: number;
}

export const NOTICE_HOST_ATTRIBUTE = 'data-uptrends-alertops-bridge';

// Written compact: template strings are not minified, and every byte ships in both content scripts. Light only, like
// both consoles.
const STYLE = `:host{all:initial}.box{position:fixed;right:16px;bottom:16px;z-index:2147483647;max-width:360px;font:13px/1.4 sans-serif;color:#222;background:#fff;border:1px solid #ccd;border-left:4px solid #0b6bcb;border-radius:8px;padding:10px 12px;box-shadow:0 6px 24px #0003}.success{border-left-color:#1a7f37}.warning{border-left-color:#bf8700}.passive{pointer-events:none}.close{pointer-events:auto;position:absolute;top:6px;right:6px;border:0;background:none;font-size:16px;line-height:1;padding:2px 6px}p{margin:0 24px 2px 0}.title{font-weight:600}button{font:inherit;cursor:pointer}`;
/** Only prompts have action buttons: kept apart so that a script that never asks (AlertOps) does not ship them. */
const PROMPT_STYLE = `.actions{display:flex;gap:8px;margin-top:8px;flex-wrap:wrap}button{border-radius:6px;border:1px solid #ccd;background:#f6f8fa;padding:4px 10px}.primary{background:#0b6bcb;border-color:#0b6bcb;color:#fff}`;

export interface NoticeHandle {
  close(): void;
  readonly element: HTMLElement;
}

function make<K extends keyof HTMLElementTagNameMap>(document: Document, tag: K, className: string, text = '') {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

/** A button that acts only on a real user's click (isTrusted): a page that scripts clicks on it achieves nothing. */
function trustedButton(document: Document, label: string, onClick: () => void, className: string): HTMLButtonElement {
  const button = make(document, 'button', className, label);
  button.type = 'button';
  button.addEventListener('click', (event) => event.isTrusted && onClick());
  return button;
}

/**
 * Whether the user saw the prompt they clicked, as we drew it: the page can restyle our host (or anything around it)
 * to fade the prompt out, blend or mask it away, and move it under its own button, so that a real click on that button
 * lands on ours. A prompt that is faded, blurred, blended, masked, clipped or not in its corner takes no clicks; the
 * user can still act from the popup. Colour filters (a dark-mode inversion, brightness, contrast) are fine.
 */
function seenAsDrawn(button: Element): boolean {
  const view = button.ownerDocument.defaultView;
  const box = button.closest('.box');
  if (!view || !box) return false;
  if (!hasLayout(button.ownerDocument)) return true;
  let opacity = 1;
  for (let current: Element | null = button; current; current = parentAcrossShadow(current)) {
    const style = view.getComputedStyle(current);
    opacity *= Number(style.opacity);
    if (
      style.visibility !== 'visible' ||
      /opacity|blur|url\(/.test(style.filter) ||
      style.mixBlendMode !== 'normal' ||
      style.clipPath !== 'none' ||
      [style.getPropertyValue('mask-image'), style.getPropertyValue('-webkit-mask-image')].some(
        (mask) => mask !== '' && mask !== 'none',
      )
    )
      return false;
  }
  return opacity >= 0.9 && inItsCorner(box);
}

/** Drawn 16 px from the viewport's bottom right corner (the layout or the visual viewport: a mobile toolbar). */
function inItsCorner(box: Element): boolean {
  const view = box.ownerDocument.defaultView;
  const root = box.ownerDocument.documentElement;
  if (!view || !root) return false;
  const { right, bottom } = box.getBoundingClientRect();
  const nearEdge = (edge: number, a: number, b: number) => edge <= Math.max(a, b) && edge >= Math.min(a, b) - 48;
  return nearEdge(right, root.clientWidth, view.innerWidth) && nearEdge(bottom, root.clientHeight, view.innerHeight);
}

/**
 * Shows one notice at a time per document: a new one replaces the previous one. A notice goes away by itself after
 * `timeout`, or 0 for one that waits (a prompt).
 */
export function showNotice(document: Document, content: NoticeContent): NoticeHandle {
  for (const old of document.querySelectorAll(`[${NOTICE_HOST_ATTRIBUTE}]`)) old.remove();
  const host = document.createElement('div');
  host.setAttribute(NOTICE_HOST_ATTRIBUTE, content.kind);
  const shadow = host.attachShadow({ mode: 'open' });
  // A notice that asks nothing lets clicks through to the page: it may sit over the console's own Save button.
  const box = make(document, 'div', `box ${content.kind} passive`);
  // A status is a polite live region of its own, read out by its text.
  box.setAttribute('role', 'status');
  box.append(make(document, 'p', 'title', content.title));
  if (content.body) box.append(make(document, 'p', 'body', content.body));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const close = () => {
    clearTimeout(timer);
    host.remove();
  };
  const closeButton = trustedButton(document, '×', close, 'close');
  closeButton.setAttribute('aria-label', content.closeLabel);
  box.append(closeButton);
  shadow.append(make(document, 'style', '', STYLE), box);
  // On the root, not the body: a body with a transform or a filter would be the fixed box's frame instead of the viewport.
  document.documentElement.append(host);
  if (content.timeout !== 0) timer = setTimeout(close, content.timeout ?? 6000);
  return { close, element: host };
}

/** A prompt: a notice that waits until the user picks one of `actions` (which closes it) or closes it. */
export function showPrompt(
  document: Document,
  content: Omit<NoticeContent, 'kind' | 'timeout'> & { actions: NoticeAction[] },
): NoticeHandle {
  const handle = showNotice(document, { ...content, kind: 'info', timeout: 0 });
  handle.element.setAttribute(NOTICE_HOST_ATTRIBUTE, 'prompt');
  const shadow = handle.element.shadowRoot as ShadowRoot;
  // It takes clicks, and its text is read out as it appears.
  const box = shadow.querySelector('.box') as Element;
  box.className = 'box prompt';
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', content.title);
  box.setAttribute('aria-live', 'polite');
  const row = make(document, 'div', 'actions');
  for (const action of content.actions) {
    const run = () => {
      handle.close();
      action.run();
    };
    const button = trustedButton(
      document,
      action.label,
      () => seenAsDrawn(button) && run(),
      action.primary ? 'primary' : '',
    );
    row.append(button);
  }
  shadow.querySelector('.close')?.before(row);
  shadow.append(make(document, 'style', '', PROMPT_STYLE));
  return handle;
}

/**
 * A modal dialog (showModal) leaves the rest of the page inert under its backdrop, a notice on the root included: one
 * about what happens in the dialog goes inside the topmost modal dialog (a web component's too), where the user can
 * see and click it. Only while its box still lands in the viewport's corner: a transformed dialog would frame and clip
 * it. Pointer events stop at the notice, so a dialog that closes on a click outside its box stays open. Only the
 * Uptrends script needs this (its editor may be such a dialog).
 */
export function aboveModalDialogs(handle: NoticeHandle): NoticeHandle {
  const host = handle.element;
  const document = host.ownerDocument;
  const modal = scopesOf(document)
    .flatMap((scope) => Array.from(scope.querySelectorAll('dialog:modal')))
    .at(-1);
  if (!modal) return handle;
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
    host.addEventListener(type, (event) => event.stopPropagation());
  modal.append(host);
  const box = host.shadowRoot?.querySelector('.box');
  if (hasLayout(document) && box && !inItsCorner(box)) document.documentElement?.append(host);
  return handle;
}

export function isNoticeNode(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!element?.closest?.(`[${NOTICE_HOST_ATTRIBUTE}]`);
}
