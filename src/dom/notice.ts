/**
 * A small in-page notice or prompt, drawn in a shadow root so it neither breaks nor inherits the console's styles.
 * Built with textContent only (never innerHTML) and it never shows the URL. Its buttons act only on trusted (real
 * user) clicks, so a page that scripts clicks on it achieves nothing. The root is open so that assistive technology
 * and the browser tests reach it like any other page content.
 */

export interface NoticeAction {
  label: string;
  /** Runs only for a real user's click (isTrusted), never for a click the page synthesises. */
  run: () => void;
  primary?: boolean;
}

export interface NoticeContent {
  title: string;
  body?: string;
  actions?: NoticeAction[];
  /** A prompt waits for the user; a plain notice goes away by itself. */
  kind: 'info' | 'success' | 'prompt' | 'warning';
  closeLabel: string;
  /** Milliseconds before a non-prompt notice disappears. */
  timeout?: number;
}

export const NOTICE_HOST_ATTRIBUTE = 'data-uptrends-alertops-bridge';

// Written compact: template strings are not minified, and every byte ships in both content scripts. Light only, like
// both consoles.
const STYLE = `:host{all:initial}.box{position:fixed;right:16px;bottom:16px;z-index:2147483647;max-width:360px;font:13px/1.4 system-ui,sans-serif;color:#1b1f24;background:#fff;border:1px solid #ccd;border-left:4px solid #0b6bcb;border-radius:8px;padding:10px 12px;box-shadow:0 6px 24px #0003}.success{border-left-color:#1a7f37}.warning{border-left-color:#bf8700}.passive{pointer-events:none}.close{pointer-events:auto;position:absolute;top:6px;right:6px;border:0;background:none;font-size:16px;line-height:1;padding:2px 6px}.title{font-weight:600;margin:0 24px 2px 0}.body{margin:0}.actions{display:flex;gap:8px;margin-top:8px;flex-wrap:wrap}button{font:inherit;cursor:pointer;border-radius:6px;border:1px solid #ccd;background:#f6f8fa;color:inherit;padding:4px 10px}.primary{background:#0b6bcb;border-color:#0b6bcb;color:#fff}button:focus-visible{outline:2px solid #0b6bcb}`;

export interface NoticeHandle {
  close(): void;
  readonly element: HTMLElement;
}

/** Shows one notice at a time per document: a new one replaces the previous one. */
export function showNotice(document: Document, content: NoticeContent): NoticeHandle {
  for (const old of Array.from(document.querySelectorAll(`[${NOTICE_HOST_ATTRIBUTE}]`))) old.remove();
  const host = document.createElement('div');
  host.setAttribute(NOTICE_HOST_ATTRIBUTE, content.kind);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = document.createElement('div');
  const isPrompt = content.kind === 'prompt' || (content.actions?.length ?? 0) > 0;
  // A notice that asks nothing lets clicks through to the page: it may sit over the console's own Save button.
  box.className = `box ${content.kind}${isPrompt ? '' : ' passive'}`;
  box.setAttribute('role', isPrompt ? 'dialog' : 'status');
  box.setAttribute('aria-live', 'polite');
  box.setAttribute('aria-label', content.title);
  const title = document.createElement('p');
  title.className = 'title';
  title.textContent = content.title;
  box.append(title);
  if (content.body) {
    const body = document.createElement('p');
    body.className = 'body';
    body.textContent = content.body;
    box.append(body);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const close = () => {
    if (timer !== undefined) clearTimeout(timer);
    host.remove();
  };
  const button = (label: string, onClick: () => void, className = '') => {
    const element = document.createElement('button');
    element.type = 'button';
    element.textContent = label;
    if (className) element.className = className;
    element.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      onClick();
    });
    return element;
  };
  if (content.actions?.length) {
    const actions = document.createElement('div');
    actions.className = 'actions';
    for (const action of content.actions) {
      actions.append(
        button(
          action.label,
          () => {
            close();
            action.run();
          },
          action.primary ? 'primary' : '',
        ),
      );
    }
    box.append(actions);
  }
  const closeButton = button('×', close, 'close');
  closeButton.setAttribute('aria-label', content.closeLabel);
  closeButton.title = content.closeLabel;
  box.append(closeButton);
  shadow.append(style, box);
  (document.body ?? document.documentElement).append(host);
  if (!isPrompt) timer = setTimeout(close, content.timeout ?? 6000);
  return { close, element: host };
}

export function isNoticeNode(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!element?.closest?.(`[${NOTICE_HOST_ATTRIBUTE}]`);
}
