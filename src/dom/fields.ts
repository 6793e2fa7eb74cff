/** Changing form controls the way a user would, so that a framework's model hears about it. */
import { isNoticeNode } from './notice';
import { hasLayout } from './visibility';

export type TextField = HTMLInputElement | HTMLTextAreaElement;

const TEXT_INPUT_TYPES = new Set(['', 'text', 'url', 'search', 'password', 'email']);

export function isTextField(element: Element | null | undefined): element is TextField {
  if (!element) return false;
  if (element.tagName === 'TEXTAREA') return true;
  return element.tagName === 'INPUT' && TEXT_INPUT_TYPES.has((element as HTMLInputElement).type.toLowerCase());
}

export function isEditable(field: TextField): boolean {
  return !field.readOnly && !isDisabled(field) && !isInTypedText(field);
}

const probedForUnlock = new WeakSet<Element>();

/**
 * A blank field a page keeps read-only until it is focused (`readonly onfocus="this.removeAttribute('readonly')"`, a
 * trick against password managers): told of a visit once (focus, and focusin when focus alone does not open it and
 * nothing else has the focus), it says whether it let the user in. A read-only view stays read-only and is told that it
 * was left again.
 */
export function unlocksOnFocus(field: TextField): boolean {
  if (!field.readOnly || field.value !== '' || isDisabled(field) || isInTypedText(field)) return false;
  // A read-only input that opens a list or a picker on focus (a filterable select, a date picker) is no text field.
  if (field.matches('[role="combobox"], [aria-haspopup], [aria-autocomplete], [aria-expanded], [list]')) return false;
  if (probedForUnlock.has(field)) return false;
  probedForUnlock.add(field);
  fireFocusEvent(field, 'focus');
  // A focusin bubbles to the page's focus traps and light-dismiss handlers: only while nothing else has the focus.
  const active = field.ownerDocument.activeElement;
  const nothingFocused =
    !active || active === field.ownerDocument.body || active === field.ownerDocument.documentElement;
  if (field.readOnly && nothingFocused) fireFocusEvent(field, 'focusin');
  if (!field.readOnly) return true;
  fireFocusEvent(field, 'blur');
  if (nothingFocused) fireFocusEvent(field, 'focusout');
  return false;
}

/**
 * Inside a rich-text box the user types in (contenteditable): markup pasted there, an editor's copy say, is the user's
 * text, never the page's own fields or boxes.
 */
export function isInTypedText(element: Element): boolean {
  return element.closest('[contenteditable]:not([contenteditable="false" i])') !== null;
}

/**
 * Sets a field's value through the native setter (frameworks such as React shadow the instance property),
 * then fires the events a typing user would.
 */
export function setFieldValue(field: TextField, value: string): void {
  const prototype = field.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  const view = field.ownerDocument.defaultView;
  fireFocusEvent(field, 'focus');
  if (setter) setter.call(field, value);
  else field.value = value;
  const InputEventClass = view?.InputEvent ?? InputEvent;
  field.dispatchEvent(
    new InputEventClass('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: value }),
  );
  field.dispatchEvent(new (view?.Event ?? Event)('change', { bubbles: true }));
  // Older pages feed their model from a key's release alone (a keyup handler): one with no key of its own.
  field.dispatchEvent(
    new (view?.KeyboardEvent ?? KeyboardEvent)('keyup', { bubbles: true, composed: true, key: 'Unidentified' }),
  );
  fireFocusEvent(field, 'blur');
}

/**
 * The focus or blur a user's visit brings, without moving the user's focus: forms that commit on blur hear it. Fills
 * send only focus and blur, which stay on the field; focusin and focusout bubble.
 */
function fireFocusEvent(element: Element, type: 'focus' | 'blur' | 'focusin' | 'focusout'): void {
  const bubbles = type === 'focusin' || type === 'focusout';
  element.dispatchEvent(new (element.ownerDocument.defaultView?.FocusEvent ?? FocusEvent)(type, { bubbles }));
}

/**
 * A native checkbox or an ARIA one (role="checkbox" / "switch"), also drawn as an `<input type="button">` (Ext JS), or a
 * toggle button (aria-pressed). Any other input with such a role is not a box, nor is a drawn box that does not say
 * whether it is ticked.
 */
export function isCheckbox(element: Element): boolean {
  if (isInTypedText(element)) return false;
  if (element.tagName === 'INPUT' && !isInputType(element, 'button')) return isInputType(element, 'checkbox');
  // A drawn box must say whether it is ticked (aria-checked, or a component's checked property; an input drawn as a
  // button has that property whatever it shows): one that does not could be ticked already, and a click would untick it.
  const hasState = typeof (element as { checked?: unknown }).checked === 'boolean' && element.tagName !== 'INPUT';
  const role = element.getAttribute('role');
  // A toggle button says its state by aria-pressed ("mixed" is neither).
  if ((element.tagName === 'BUTTON' && !role) || role === 'button')
    return /^(true|false)$/.test(element.getAttribute('aria-pressed') ?? '');
  if (!element.hasAttribute('aria-checked') && !hasState) return false;
  return role === 'checkbox' || role === 'switch';
}

/**
 * A box drawn as an input type=button has no checked state of its own: its aria-checked says (else a click unticks). A
 * component may say it by its `checked` property alone: ticked either way, so a click never unticks it.
 */
export function isChecked(element: Element): boolean {
  if (isInputType(element, 'checkbox') || isInputType(element, 'radio')) return (element as HTMLInputElement).checked;
  return (
    element.getAttribute('aria-checked') === 'true' ||
    element.getAttribute('aria-pressed') === 'true' ||
    (element as { checked?: unknown }).checked === true
  );
}

function isInputType(element: Element, type: string): boolean {
  return element.tagName === 'INPUT' && (element as HTMLInputElement).type === type;
}

/**
 * Disabled natively, by aria-disabled on itself or an ancestor (ARIA: it applies to what the element holds), by a
 * disabled fieldset (except in the fieldset's first legend, which HTML leaves enabled), or read-only by aria-readonly (a
 * drawn box or field that ignores the user).
 */
export function isDisabled(element: Element): boolean {
  if (
    (element as HTMLInputElement).disabled === true ||
    element.closest('[aria-disabled="true" i]') ||
    element.matches('[aria-readonly="true" i]')
  )
    return true;
  for (
    let fieldset = element.closest('fieldset[disabled]');
    fieldset;
    fieldset = fieldset.parentElement?.closest('fieldset[disabled]') ?? null
  ) {
    const legend = Array.from(fieldset.children).find((child) => child.tagName === 'LEGEND');
    if (!legend?.contains(element)) return true;
  }
  return false;
}

/**
 * What a tick did: nothing (no box, ticked already, disabled), a click, or a click the page cancelled while leaving the
 * box as it was (it may answer in a moment, or take ticks only where it draws the box: see `tickWhereDrawn`).
 */
export type TickOutcome = 'none' | 'clicked' | 'cancelled';

/**
 * Ticks with a real click (frameworks listen to click/change), between the focus and blur a user's click brings (a form
 * that commits a box on blur); a ticked box is left alone.
 */
export function tick(box: Element): TickOutcome {
  if (!isCheckbox(box) || isChecked(box) || isDisabled(box)) return 'none';
  fireFocusEvent(box, 'focus');
  const root = box.getRootNode() as Document | ShadowRoot;
  let click: Event | undefined;
  const seeClick = (event: Event) => {
    click = event;
  };
  root.addEventListener('click', seeClick, { capture: true, once: true });
  const changedSince = watchChanges(box);
  let changed = false;
  let drawnSwitch: Element | undefined;
  try {
    drawnSwitch = drawnSwitchOf(box);
    if (drawnSwitch) clickAsUser(drawnSwitch);
    else if (typeof (box as HTMLElement).click === 'function') (box as HTMLElement).click();
    else clickAsUser(box);
  } finally {
    root.removeEventListener('click', seeClick, { capture: true });
    changed = changedSince();
    fireFocusEvent(box, 'blur');
  }
  // A drawn switch that has not ticked its box is waited for like a cancelled click: it may answer in a moment.
  if (drawnSwitch && box.isConnected && !isChecked(box)) return 'cancelled';
  return click?.defaultPrevented && !changed && box.isConnected && !isChecked(box) ? 'cancelled' : 'clicked';
}

/**
 * After a cancelled click: gives the page a moment to answer (a redraw, a busy mark, the box ticked). A native box still
 * unticked in a page that changed nothing is one a plugin hides and takes ticks for only where it draws it (iCheck's
 * helper over the box): that drawing gets the click a user would give it, if it is inside a wrapper of the box's own
 * (no label, no other control). Says whether the tick was taken, or may have been (a page that answered, a hidden tab).
 */
export async function tickWhereDrawn(box: Element, wait = 150): Promise<boolean> {
  const answered = async () => {
    const changedSince = watchChanges(box, true);
    await new Promise((resolve) => setTimeout(resolve, wait));
    return changedSince() || !box.isConnected || isChecked(box) || box.ownerDocument.hidden;
  };
  if (await answered()) return true;
  const drawn = drawnOver(box);
  if (!drawn) return false;
  clickAsUser(drawn);
  return !box.isConnected || isChecked(box) || (await answered());
}

/**
 * Whether the page changed anything in the box's document or shadow root since the watch began (the extension's own
 * notices are not the page's); stops watching. `answers` narrows it to what answers a click: a redraw or a state, busy
 * or disabled mark within the box's list, not a class or style (an animation, a focus ring) nor the rest of the page.
 */
function watchChanges(box: Element, answers = false): () => boolean {
  let changed = false;
  const byPage = (records: MutationRecord[]) =>
    records.some(
      (record) =>
        !isNoticeNode(record.target) &&
        !(record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every(isNoticeNode)),
    );
  const changes = new MutationObserver((records) => {
    changed ||= byPage(records);
  });
  const root = box.getRootNode();
  if (answers) {
    changes.observe(listOf(box) ?? root, {
      subtree: true,
      childList: true,
      attributeFilter: ['checked', 'aria-checked', 'aria-pressed', 'aria-busy', 'disabled', 'aria-disabled'],
    });
  } else {
    const options = { subtree: true, childList: true, attributes: true, characterData: true };
    changes.observe(box.ownerDocument, options);
    if (root !== box.ownerDocument) changes.observe(root, options);
  }
  return () => {
    changed ||= byPage(changes.takeRecords());
    changes.disconnect();
    return changed;
  };
}

/** The nearest element around the box that holds other boxes too: the list it belongs to. */
function listOf(box: Element): Element | undefined {
  for (let around = box.parentElement; around; around = around.parentElement) {
    const boxes = around.querySelectorAll('input[type=checkbox],[role=checkbox],[role=switch]');
    if (boxes.length > 1) return around;
  }
  return undefined;
}

/**
 * What a plugin draws over a native box it hides (iCheck's helper): inside the box's own wrapper, which holds no other
 * control and is no label, the last element that covers the box's centre. Undefined for anything else.
 */
function drawnOver(box: Element): Element | undefined {
  const wrapper = box.parentElement;
  if (box.tagName !== 'INPUT' || !wrapper || wrapper.tagName === 'LABEL' || box.getClientRects().length === 0) return;
  if (!hasLayout(box.ownerDocument)) return;
  if (wrapper.querySelectorAll('input,select,textarea,button,a[href],label').length > 1) return;
  const place = box.getBoundingClientRect();
  const x = place.left + place.width / 2;
  const y = place.top + place.height / 2;
  const covering = Array.from(wrapper.querySelectorAll('*')).filter((part) => {
    const rect = part.getBoundingClientRect();
    return part !== box && rect.width > 0 && rect.left <= x && x <= rect.right && rect.top <= y && y <= rect.bottom;
  });
  return covering.at(-1);
}

/**
 * The switch a plugin draws right after a native box it hides (display:none) and that no label ticks (bootstrap-toggle,
 * Switchery): the part a user clicks, and what the plugin listens to. It is shown and holds no control of its own.
 */
export function drawnSwitchOf(box: Element): Element | undefined {
  if (box.tagName !== 'INPUT' || box.getClientRects().length > 0 || !hasLayout(box.ownerDocument)) return;
  if ((box as HTMLInputElement).labels?.length || box.closest('[hidden], [aria-hidden="true"]')) return;
  const drawn = box.nextElementSibling;
  if (!drawn || /^(LABEL|INPUT|SELECT|TEXTAREA|BUTTON|A|IMG|svg)$/.test(drawn.tagName)) return;
  // A switch is drawn of parts (a track and its handle, two state labels): a badge or an icon is not one. A drawn
  // control of its own (role="switch") is the box itself, and a box of its own.
  if (drawn.children.length === 0) return;
  const controls = 'input, select, textarea, button, a[href], [role="switch"], [role="checkbox"], [aria-checked]';
  if (drawn.matches(controls) || drawn.querySelector(controls)) return;
  const { width, height } = drawn.getBoundingClientRect();
  return width > 0 && height > 0 ? drawn : undefined;
}

/** A user's click on a drawn element: press, release, click (an SVG element has no click() of its own). */
function clickAsUser(target: Element): void {
  const view = target.ownerDocument.defaultView;
  const { left, top, width, height } = target.getBoundingClientRect();
  const at = { bubbles: true, cancelable: true, composed: true, clientX: left + width / 2, clientY: top + height / 2 };
  for (const type of ['mousedown', 'mouseup', 'click'])
    target.dispatchEvent(new (view?.MouseEvent ?? MouseEvent)(type, { ...at, detail: 1 }));
}

/** Picks an option of a native select by the option's visible text and tells the page. */
export function chooseOption(select: HTMLSelectElement, option: HTMLOptionElement): void {
  if (select.value === option.value) return;
  const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
  if (setter) setter.call(select, option.value);
  else select.value = option.value;
  const view = select.ownerDocument.defaultView;
  select.dispatchEvent(new (view?.Event ?? Event)('input', { bubbles: true }));
  select.dispatchEvent(new (view?.Event ?? Event)('change', { bubbles: true }));
}
