/**
 * Filling the AlertOps integration editor: the name if empty, and the URL variable through whichever way the page
 * shows (a plain field, or the "⋯" value dialog with Plain text and Select). Never overwrites a value that differs:
 * that comes back as a conflict with a `replace` the caller offers to the user. Never clicks Save.
 * Pure DOM; no extension APIs.
 */

import { chooseOption, isDisabled, isEditable, isTextField, setFieldValue, type TextField } from '../../dom/fields';
import { findButtons, findFieldsDescribedBy, findLabelElements } from '../../dom/find';
import { accessibleName, describeControl, labelElementsOf } from '../../dom/labels';
import { isNoticeNode } from '../../dom/notice';
import { waitFor } from '../../dom/observe';
import { containsAcrossShadow, type Scope, scopesOf } from '../../dom/shadow';
import { equalsAny, matchesAny } from '../../dom/text';
import { deepActiveElement, rememberFocus } from '../../dom/typing';
import { isVisible } from '../../dom/visibility';
import { findIntegrationEditor, type IntegrationEditor, type UrlVariable } from './editor';
import { DIALOGS, LABELS } from './labels';

export type FillOutcome =
  | { kind: 'filled'; way: 'plain' | 'dialog'; uptrendsName: string; nameFilled: boolean }
  | { kind: 'already-filled'; uptrendsName: string }
  | {
      kind: 'conflict';
      uptrendsName: string;
      /** Writes `url` over the value (by default the URL of the fill that met it: the caller passes the one current then). */
      replace: (url?: string) => Promise<FillOutcome>;
    }
  | { kind: 'per-level'; uptrendsName: string; nameFilled: boolean }
  | { kind: 'not-alertops'; typeText: string }
  /** `nameFilled`: the name was written before the URL's row turned out to be missing or to have no value control. */
  | { kind: 'no-url-field'; nameFilled?: boolean }
  | { kind: 'dialog-failed' }
  | { kind: 'dialog-needs-confirm'; uptrendsName: string }
  /** The value dialog would take the focus while the user types or works in a dialog of the page's: try again later. */
  | { kind: 'user-busy'; nameFilled: boolean };

const DIALOG_TIMEOUT = 4000;

/** `userIsTyping`: whether the user is typing now (see `watchTyping`); a value dialog is not opened meanwhile. */
export async function fillEditor(
  editor: IntegrationEditor,
  url: string,
  proposedName: string,
  userIsTyping: () => boolean = () => false,
): Promise<FillOutcome> {
  if (!editor.isAlertOps) return { kind: 'not-alertops', typeText: editor.typeText };
  let variable = editor.urlVariable;
  if (!variable) return { kind: 'no-url-field' };
  const nameFilled = fillNameIfEmpty(editor.nameField, proposedName);
  const uptrendsName = editor.nameField?.value.trim() ?? '';
  // Telling the page about the name may make it re-render the variables: then find the row again.
  if (nameFilled && !(variable.field ?? variable.editButton ?? variable.row).isConnected) {
    variable = findVariableAgain(editor);
    if (!variable) return { kind: 'no-url-field', nameFilled };
  }
  if (variable.mode === 'level') return { kind: 'per-level', uptrendsName, nameFilled };
  if (variable.field) return fillPlain(editor, variable.field, url, uptrendsName, nameFilled);
  if (variable.editButton) {
    if (valueDialogMustWait(editor, userIsTyping)) return { kind: 'user-busy', nameFilled };
    return fillThroughDialog(editor, variable, url, uptrendsName, nameFilled, false);
  }
  return { kind: 'no-url-field', nameFilled };
}

/**
 * The URL variable of the editor as the page shows it now: the whole editor may have been replaced, not just the row.
 * Only an AlertOps editor's: by the time a prompt is answered the user may have opened another integration.
 */
function findVariableAgain(editor: IntegrationEditor): UrlVariable | undefined {
  // Its own tree first; then every tree (a web component's editor may be found in a shadow root around a light form).
  const everywhere = scopesOf(editor.root.ownerDocument);
  const scopes = editor.root.isConnected ? [editor.root.getRootNode() as Scope, ...everywhere] : everywhere;
  for (const scope of scopes) {
    const again = findIntegrationEditor(scope);
    if (again?.isAlertOps && again.urlVariable) return again.urlVariable;
  }
  return undefined;
}

/** Whether opening the value dialog now would take the focus from a user at work: typing, or in a dialog of the page's. */
export function valueDialogMustWait(editor: IntegrationEditor, userIsTyping: () => boolean): boolean {
  return userIsTyping() || userWorksInAnotherDialog(editor);
}

/**
 * The focus is in a dialog of the page's other than the editor (the value dialog the user opened themselves, say), or a
 * modal one covers the page: a "⋯" clicked behind it would draw the value dialog anew over what they are doing.
 */
function userWorksInAnotherDialog(editor: IntegrationEditor): boolean {
  const document = editor.root.ownerDocument;
  const focused = deepActiveElement(document);
  return openDialogs(document).some(
    (dialog) =>
      !containsAcrossShadow(dialog, editor.root) &&
      !isOurPrompt(dialog) &&
      ((focused !== null && containsAcrossShadow(dialog, focused)) ||
        dialog.getAttribute('aria-modal') === 'true' ||
        (dialog.tagName === 'DIALOG' && dialog.matches(':modal'))),
  );
}

function isOurPrompt(dialog: Element): boolean {
  const root = dialog.getRootNode() as Node & { host?: Element };
  return isNoticeNode(root.nodeType === 11 && root.host ? root.host : dialog);
}

function fillNameIfEmpty(field: TextField | undefined, proposedName: string): boolean {
  if (!field || !isEditable(field) || field.value.trim() !== '') return false;
  // What the user could type: a name cut to the field's limit, without a separator left dangling ("AlertOps -").
  const tooLong = field.maxLength > 0 && proposedName.length > field.maxLength;
  const name = tooLong ? proposedName.slice(0, field.maxLength).replace(/[\s\p{P}]+$/u, '') : proposedName;
  if (!name) return false;
  setFieldValue(field, name);
  return true;
}

function fillPlain(
  editor: IntegrationEditor,
  field: TextField,
  url: string,
  uptrendsName: string,
  nameFilled: boolean,
): FillOutcome {
  const current = field.value.trim();
  if (current === url) return { kind: 'already-filled', uptrendsName };
  if (current !== '') {
    return {
      kind: 'conflict',
      uptrendsName,
      replace: async (replacement = url) => {
        // The user answers later: by then the page may have rendered the field anew, or shown another integration.
        const target = findVariableAgain(editor)?.field;
        if (!target || (field.isConnected && target !== field)) return { kind: 'no-url-field' };
        setFieldValue(target, replacement);
        return { kind: 'filled', way: 'plain', uptrendsName, nameFilled };
      },
    };
  }
  setFieldValue(field, url);
  return { kind: 'filled', way: 'plain', uptrendsName, nameFilled };
}

async function fillThroughDialog(
  editor: IntegrationEditor,
  variable: UrlVariable,
  url: string,
  uptrendsName: string,
  nameFilled: boolean,
  overwrite: boolean,
): Promise<FillOutcome> {
  const shown = variable.displayedValue.trim();
  if (shown.includes(url)) return { kind: 'already-filled', uptrendsName };
  const conflict: FillOutcome = {
    kind: 'conflict',
    uptrendsName,
    replace: (replacement = url) =>
      fillThroughDialog(editor, { ...variable, displayedValue: '' }, replacement, uptrendsName, nameFilled, true),
  };
  if (shown !== '' && !overwrite) return conflict;
  const document = editor.root.ownerDocument;
  const before = new Set([...openDialogs(document), ...plainTextLabels(document)]);
  // The page may have rendered the row anew since it was found (a re-rendering editor), and a "Replace" answered later
  // may find another integration shown: only an AlertOps editor's button.
  const again = overwrite || !variable.editButton?.isConnected ? findVariableAgain(editor) : variable;
  const editButton = again?.editButton;
  if (!editButton) return { kind: 'no-url-field' };
  const restoreFocus = rememberFocus(document);
  let valueDialog: Element | null = null;
  editButton.click();
  try {
    // The look for a dialog without dialog semantics reads the whole page: at most every 250 ms, on the page's changes
    // and on a 250 ms beat (its one change may fall inside a skipped spell), and once more at the end.
    let unmarkedLookAt = 0;
    const mayLookUnmarked = () => {
      if (Date.now() - unmarkedLookAt < 250) return false;
      unmarkedLookAt = Date.now();
      return true;
    };
    const dialog =
      (await waitFor(document, () => findValueDialog(document, before, editor.root, mayLookUnmarked(), editButton), {
        timeout: DIALOG_TIMEOUT,
        pollMs: 250,
      })) ?? unmarkedValueDialog(document, before, editor.root, editButton);
    if (!dialog) return { kind: 'dialog-failed' };
    valueDialog = dialog;
    // A dialog the page draws anew (after Plain text is chosen, say) is found again by what makes it the value dialog;
    // never the whole page, where the editor's own fields and another OK button are.
    const dialogNow = () =>
      dialog.isConnected ? dialog : findValueDialog(document, before, editor.root, true, editButton);
    // A dialog that fades in may ignore what happens before it is shown (Bootstrap drops a hide() during its fade).
    await settled(dialog);
    choosePlainText(dialog);
    // A value typed while a vault choice is still selected is not stored: without Plain text known to be chosen (the page
    // may mark it a render later), nothing is typed and the user is told.
    const chosen = await waitFor(
      document,
      () => {
        const shown = dialogNow();
        return shown ? plainTextChosen(shown) : false;
      },
      { timeout: 1000, pollMs: 50 },
    );
    const field =
      chosen &&
      (await waitFor(
        document,
        () => {
          const shown = dialogNow();
          return shown ? findValueFieldIn(shown) : null;
        },
        { timeout: DIALOG_TIMEOUT },
      ));
    if (!field) {
      // Nothing left half done: a dialog the extension opened is closed again (never one that was open before).
      if (!before.has(dialog)) cancelDialog(dialog);
      return { kind: 'dialog-failed' };
    }
    const current = field.value.trim();
    if (current !== '' && current !== url && !overwrite) {
      if (!before.has(dialog)) cancelDialog(dialog);
      return conflict;
    }
    if (current !== url) setFieldValue(field, url);
    const confirmIn = (root: ParentNode) =>
      findButtons(root, [...LABELS.confirmValue], true).find(
        (button) => !equalsAny(accessibleName(button), [...LABELS.save]),
      );
    const shownNow = dialogNow();
    const confirm = shownNow ? confirmIn(shownNow) : undefined;
    if (!confirm) return { kind: 'dialog-needs-confirm', uptrendsName };
    // Frameworks enable the button once they have heard the value, a tick or a render later. Only this dialog's button:
    // once the dialog is gone, an "OK" elsewhere on the page is not ours to click.
    const enabled = await waitFor(
      document,
      () => {
        const shown = confirm.isConnected ? undefined : dialogNow();
        const button = confirm.isConnected ? confirm : shown ? confirmIn(shown) : undefined;
        return button && !isDisabled(button) ? button : undefined;
      },
      { timeout: 1500 },
    );
    if (!enabled) return { kind: 'dialog-needs-confirm', uptrendsName };
    enabled.click();
    return { kind: 'filled', way: 'dialog', uptrendsName, nameFilled };
  } finally {
    void giveFocusBack(editor, valueDialog, editButton, restoreFocus);
  }
}

/**
 * Once the value dialog is gone (at most a second, for one that closes with an animation), the focus goes back where
 * the user was, if the page moved it to the "⋯" button, into the dialog or nowhere. A dialog still shown keeps it: the
 * user has to confirm in it.
 */
async function giveFocusBack(
  editor: IntegrationEditor,
  dialog: Element | null,
  opener: Element,
  restoreFocus: (pageMovedIt: (now: Element | null) => boolean) => void,
): Promise<void> {
  const document = opener.ownerDocument;
  const gone = () => !dialog?.isConnected || !isVisible(dialog);
  if (!(await waitFor(document, gone, { timeout: 1000, pollMs: 50 }))) return;
  // A page may hand the focus to the opener a moment after the dialog is gone.
  await new Promise((resolve) => setTimeout(resolve, 50));
  restoreFocus(
    (now) =>
      !now ||
      now === document.body ||
      now === document.documentElement ||
      now === opener ||
      // A form drawn anew as the dialog closed: its "⋯" button is another element.
      (!opener.isConnected && now === findVariableAgain(editor)?.editButton) ||
      (dialog !== null && containsAcrossShadow(dialog, now)),
  );
}

/**
 * Waits (at most a second) until the dialog is fully shown: no opening animation or transition running on it or its
 * wrapper, and neither of them still transparent (a fade may start a frame after the dialog appears).
 */
async function settled(dialog: Element): Promise<void> {
  const view = dialog.ownerDocument.defaultView;
  const layers = [dialog, dialog.parentElement].filter((element): element is Element => element !== null);
  const moving = () =>
    layers.some(
      (element) =>
        element.getAnimations?.({ subtree: element === dialog }).some((a) => a.playState === 'running') ||
        Number.parseFloat(view?.getComputedStyle(element).opacity ?? '1') < 1,
    );
  for (const deadline = Date.now() + 1000; moving() && Date.now() < deadline; ) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Open dialogs anywhere on the page: a dialog may be rendered in another tree (a portal, another component). */
function openDialogs(document: Document): Element[] {
  return scopesOf(document)
    .flatMap((scope) => Array.from(scope.querySelectorAll(DIALOGS)))
    .filter(isVisible);
}

/** The value dialog: newly shown, offering "Plain text" or a "Value" field and a Select-like button. */
function findValueDialog(
  document: Document,
  before: Set<Element>,
  editor: Element,
  lookUnmarked: boolean,
  opener: Element | undefined,
): Element | null {
  // The editor may be a dialog itself: never the value dialog.
  const dialogs = openDialogs(document).filter((dialog) => !dialog.contains(editor));
  const fresh = dialogs.filter((dialog) => !before.has(dialog));
  const looksRight = (dialog: Element) =>
    findLabelElements(dialog, LABELS.plainText).length > 0 ||
    dialog.querySelector('input[type="radio"], [role="radio"], select') !== null ||
    findValueFieldIn(dialog) !== null;
  const dialog = fresh.reverse().find(looksRight);
  if (dialog) return dialog;
  // Some consoles reuse one dialog element and only swap its content: accept a visible one that offers Plain text.
  const reused = dialogs.reverse().find((candidate) => findLabelElements(candidate, LABELS.plainText).length > 0);
  return reused ?? (lookUnmarked ? unmarkedValueDialog(document, before, editor, opener) : null);
}

/** "Plain text" as the page shows it now, anywhere. */
function plainTextLabels(document: Document): Element[] {
  return scopesOf(document)
    .flatMap((scope) => findLabelElements(scope, LABELS.plainText))
    .filter(isVisible);
}

/**
 * A dialog drawn without dialog semantics (Telerik's classic RadWindow: a table in a positioned div): the smallest
 * container around a "Plain text" choice shown since the click that also holds the value field and a confirm button.
 * It may be drawn inside the editor's own form, but never reaches the button that opened it: that is the editor's rows.
 */
function unmarkedValueDialog(
  document: Document,
  before: Set<Element>,
  editor: Element,
  opener: Element | undefined,
): Element | null {
  // An editor the page rendered anew since the click cannot tell its own rows from the rest of the page.
  if (!editor.isConnected) return null;
  const openerShown = opener?.isConnected === true && editor.contains(opener);
  for (const label of plainTextLabels(document)) {
    if (before.has(label) || (!openerShown && editor.contains(label))) continue;
    for (let container = label.parentElement, depth = 0; container && depth < 8; depth++) {
      if (container.contains(editor) || (openerShown && container.contains(opener))) break;
      if (findValueFieldIn(container) && findButtons(container, [...LABELS.confirmValue], true)[0]) return container;
      container = container.parentElement;
    }
  }
  return null;
}

const PLAIN_TEXT = [...LABELS.plainText, ...LABELS.plainTextChoice];

/**
 * The dialog's "Plain text" choice: a radio, tab or option (native or ARIA, an `<input type="button" role="radio">`
 * too) named so by any of its labels, or a drop-down's option. The shown one first.
 */
function plainTextChoice(dialog: Element): Element | undefined {
  const choices = Array.from(
    dialog.querySelectorAll('input[type="radio"], [role="radio"], [role="tab"], [role="option"], option'),
  ).filter((choice) =>
    [accessibleName(choice), choice.textContent, ...labelElementsOf(choice).map((label) => label.textContent)].some(
      (name) => equalsAny(name, PLAIN_TEXT),
    ),
  );
  return choices.find((choice) => choice.tagName === 'OPTION' || isVisible(choice)) ?? choices[0];
}

function isChosen(choice: Element): boolean {
  if (choice.tagName === 'OPTION') return (choice as HTMLOptionElement).selected;
  if (choice.matches('input[type="radio"]')) return (choice as HTMLInputElement).checked;
  return choice.getAttribute('aria-checked') === 'true' || choice.getAttribute('aria-selected') === 'true';
}

function choosePlainText(dialog: Element): void {
  const choice = plainTextChoice(dialog);
  if (!choice || isChosen(choice)) return;
  const select = choice.closest('select');
  if (select) chooseOption(select, choice as HTMLOptionElement);
  else (choice as HTMLElement).click();
}

/** Plain text is chosen, or the dialog offers no such choice. */
function plainTextChosen(dialog: Element): boolean {
  const choice = plainTextChoice(dialog);
  return !choice || isChosen(choice);
}

function findValueFieldIn(root: ParentNode): TextField | null {
  const described = findFieldsDescribedBy(root, [...LABELS.value, /url/]).filter(
    (field) => isTextField(field) && isEditable(field),
  );
  if (described[0]) return described[0];
  const editable = Array.from(
    root.querySelectorAll('input:not([type]), input[type="text"], input[type="url"], textarea'),
  ).filter((field): field is TextField => isTextField(field) && isEditable(field) && isVisible(field));
  if (editable.length === 1) return editable[0] ?? null;
  // A stored value may stay masked in its dialog: a password field, when it is labelled as the value.
  const masked = Array.from(root.querySelectorAll<HTMLInputElement>('input[type="password"]')).filter(
    (field) =>
      isEditable(field) &&
      isVisible(field) &&
      describeControl(field).some((text) => matchesAny(text, [...LABELS.value, /url/])),
  );
  return editable.length === 0 && masked.length === 1 ? (masked[0] ?? null) : null;
}

/** Closes the dialog by its own Cancel or Close button; without one it stays open (a synthetic Escape could close the
 * editor behind it instead), and the caller tells the user. */
function cancelDialog(dialog: Element): void {
  findButtons(dialog, [...LABELS.cancel], true)[0]?.click();
}

/** For the context menu: is this focused element a field we may write into? */
export function isInsertableField(element: Element | null): element is TextField {
  return !!element && isTextField(element) && isEditable(element) && isVisible(element);
}
