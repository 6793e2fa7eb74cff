/** Changing form controls the way a user would, so that a framework's model hears about it. */

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
  fireFocusEvent(field, 'blur');
}

/** The focus or blur a user's visit brings, without moving the user's focus: forms that commit on blur hear it. */
function fireFocusEvent(element: Element, type: 'focus' | 'blur'): void {
  element.dispatchEvent(new (element.ownerDocument.defaultView?.FocusEvent ?? FocusEvent)(type));
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
 * Ticks with a real click (frameworks listen to click/change), between the focus and blur a user's click brings (a form
 * that commits a box on blur); a ticked box is left alone. Returns whether it clicked.
 */
export function tick(box: Element): boolean {
  if (!isCheckbox(box) || isChecked(box) || isDisabled(box)) return false;
  fireFocusEvent(box, 'focus');
  (box as HTMLElement).click();
  fireFocusEvent(box, 'blur');
  return true;
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
