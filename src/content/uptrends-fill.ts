/**
 * Content script for the Uptrends console: fills the AlertOps integration editor and ticks the AlertOps integration on
 * escalation levels. Page knowledge lives in sites/uptrends; this file decides when to act, asks the user when in
 * doubt (in-page prompt), tells the worker what happened, and answers the popup's "Fill this page".
 */
import { isAlertOpsUrl } from '../core/alertops-url';
import { t } from '../core/i18n';
import type { FillContext, PageReport } from '../core/messages';
import { levelIsAutoTicked, uptrendsNameFor } from '../core/settings';
import { isChecked, setFieldValue, type TextField, tick, tickWhereDrawn } from '../dom/fields';
import { aboveModalDialogs, isNoticeNode, type NoticeAction, showNotice, showPrompt } from '../dom/notice';
import {
  type DomChanges,
  outermost,
  shadowRootWatcher,
  throttle,
  waitFor,
  watchDom,
  watchWhileInUse,
} from '../dom/observe';
import { openShadowRoots, scopesOf } from '../dom/shadow';
import { INVISIBLE_CHARACTERS, textFingerprint } from '../dom/text';
import { deepActiveElement, watchTyping } from '../dom/typing';
import { findIntegrationEditor, type IntegrationEditor, isSaveButton } from '../sites/uptrends/editor';
import {
  chooseAlertOpsBox,
  type EscalationLevel,
  findEscalationLevels,
  type IntegrationBox,
  levelKey,
  levelUrlField,
} from '../sites/uptrends/escalation';
import { type FillOutcome, fillEditor, isInsertableField, valueDialogMustWait } from '../sites/uptrends/fill';
import { PAGE_KEYWORDS, SECTION_KEYWORDS } from '../sites/uptrends/labels';
import { answerWorker, askWorker, extensionIsGone } from './messaging';

type Trigger = 'auto' | 'manual';
type Capture = NonNullable<FillContext['capture']>;

const stop = new AbortController();
/**
 * Editors and levels already handled automatically in this page's life: auto-runs do not repeat themselves (but see
 * `wasHandled`). An editor is remembered by its address (path and query: a hash-routed console's editors share one)
 * and by an element of the one that was handled, to tell a new editor at the same address (an SPA's second "Add
 * integration", a server-rendered form the framework replaced) from the same one shown again.
 */
const handledEditors = new Map<string, HandledEditor>();
interface HandledEditor {
  root: Element;
  fills: number;
  pending?: boolean;
  /**
   * Our fill: the URL, the field that last showed the editor's URL while the page stayed at this address (followed
   * through redraws; weakly held, the page may drop it), and whether the user edited the URL.
   */
  filled?: { url: string; field: WeakRef<HTMLInputElement | HTMLTextAreaElement>; edited?: boolean };
  /** The page has been at another address since this editor was handled. */
  left?: boolean;
}

/** Called when the address changes: the editors handled at other addresses were left. */
function noteAddressLeft(): void {
  const here = editorKey();
  for (const [key, handled] of handledEditors) if (key !== here) handled.left = true;
}

/**
 * A fill is the user's to keep or change once they edit that URL, in whatever field the page shows it then (one that
 * redraws on every change shows it in a new one). The field's own tree: in a shadow root the event's target is its host.
 */
function watchEditsOfFills(): void {
  const noteEdit = (event: Event) => {
    const value = (event.composedPath()[0] as Partial<HTMLInputElement> | undefined)?.value;
    if (!event.isTrusted || !value) return;
    for (const handled of handledEditors.values()) if (handled.filled?.url === value) handled.filled.edited = true;
  };
  // On the window: a page that stops the event at the document's capture phase cannot hide it.
  window.addEventListener('beforeinput', noteEdit, { capture: true, signal: stop.signal });
}

/**
 * The user's own hand anywhere on the page. Not input, change or click: the browser's own, trusted, may follow a
 * script's click on a box or its label too.
 */
function watchUserActions(): void {
  const note = (event: Event) => {
    if (event.isTrusted) userActedAt = Date.now();
  };
  for (const type of ['pointerdown', 'keydown'])
    window.addEventListener(type, note, { capture: true, signal: stop.signal });
}
const handledLevels = new Set<string>();
/** The verdict on each box whose cancelled tick is waited for. */
const awaitedTicks = new WeakMap<Element, Promise<PageReport>>();
interface TickedBox {
  /** Weakly held: the page may drop it. */
  box: WeakRef<Element>;
  name: string;
  at: number;
  /** Times the level was drawn anew unticked without the user and ticked again. */
  reticks: number;
  /** The tick was seen kept a moment after it: the page took it (not a switch drawn unticked while its server answers). */
  kept?: boolean;
  /** Since when the level, drawn anew, has shown the box unticked. */
  untickedSince?: number;
}
/** The box ticked on each handled level, by the extension. */
const tickedBoxes = new Map<string, TickedBox>();
/** A level the page keeps drawing anew unticked is ticked again this many times at most. */
const MAX_TICKS_AGAIN = 3;
/**
 * A level drawn anew unticked is ticked again only once it has shown so this long: a page that answers the tick through
 * its server may first draw the level anew unticked, then ticked (a second click would undo the tick).
 */
const UNTICKED_SETTLE_MS = 1500;
/** How soon after a tick the box is looked at to see the page kept it. */
const TICK_KEPT_CHECK_MS = 300;
/** When the user last clicked or pressed a key, anywhere on the page. */
let userActedAt = 0;
/** Levels seen without an AlertOps integration (yet): reported once, looked at on every pass. */
const levelsWithoutAlertOps = new Set<string>();
/** A blank editor in a handled one's place is filled again, this many times at most per address. */
const MAX_AUTO_FILLS = 3;
/** Addresses whose editor was shown before anything was captured: the user has been told so. */
const toldNoCapture = new Set<string>();
let lastReport: PageReport = report(false, 'statusNothingFound');

function report(ok: boolean, messageKey: string, substitutions: string[] = []): PageReport {
  return { ok, messageKey, substitutions };
}

function notify(kind: 'info' | 'success' | 'warning', title: string, body?: string): void {
  aboveModalDialogs(
    showNotice(document, { kind, title, ...(body ? { body } : {}), closeLabel: t('close'), timeout: 9000 }),
  );
}

function ask(title: string, body: string, actions: NoticeAction[]): void {
  aboveModalDialogs(showPrompt(document, { title, body, actions, closeLabel: t('close') }));
}

/** A tick the user asked for needs no URL: without the worker's answer it is still done, with no URL to fill. */
function withoutUrl(context: FillContext): FillContext {
  return { ...context, capture: undefined } as FillContext;
}

async function fillContext(): Promise<FillContext | undefined> {
  try {
    const context = await askWorker<FillContext>({ type: 'get-fill-context' });
    // A refusal ({ error }) is no context.
    if (!Array.isArray(context?.uptrendsNames)) return undefined;
    if (context?.capture && !isAlertOpsUrl(context.capture.url)) return withoutUrl(context);
    return context;
  } catch {
    if (extensionIsGone()) stop.abort();
    return undefined;
  }
}

function editorKey(): string {
  return `${location.pathname}${location.search}`;
}

/** The editor, in the document or in a web component's shadow root. */
function findEditor() {
  for (const scope of scopesOf(document)) {
    const editor = findIntegrationEditor(scope);
    if (editor) return editor;
  }
  return null;
}

async function handleEditor(trigger: Trigger, context: FillContext): Promise<PageReport | undefined> {
  const editor = findEditor();
  // A form that shows no type and does not say AlertOps (a list's filter, say) is no editor to report on.
  if (!editor || (!editor.isAlertOps && !editor.typeText)) return undefined;
  if (!editor.isAlertOps) return report(false, 'statusOtherType', [editor.typeText]);
  const key = editorKey();
  if (trigger === 'auto' && !context.settings.autoFill) return report(false, 'statusAutoFillOff');
  if (trigger === 'auto' && wasHandled(key, editor)) return undefined;
  const capture = context.capture;
  if (!capture) {
    // Said once per address (an editor the page keeps re-creating would repeat it); the editor stays to be filled
    // when a capture arrives and the user comes back to this tab.
    if (trigger === 'auto' && !toldNoCapture.has(key))
      notify('info', t('noticeNoCaptureTitle'), t('noticeNoCaptureBody'));
    toldNoCapture.add(key);
    return report(false, 'statusNoCapture');
  }
  const fills = (handledEditors.get(key)?.fills ?? 0) + 1;
  // A page whose model throws each fill away and shows a blank editor again would be filled for ever.
  if (trigger === 'auto' && fills > MAX_AUTO_FILLS) return undefined;
  const before = handledEditors.get(key);
  handledEditors.set(key, { root: editor.root, fills });
  const proposedName = uptrendsNameFor(context.settings.namingPattern, capture.integrationName || capture.template);
  const outcome = await fillEditor(editor, capture.url, proposedName, typing.isTyping);
  // Variables that load after the type is picked ("Loading..."): the editor is not handled until they are there. A
  // look that wrote the name still counts toward the cap (a page that re-renders a blank editor on every name event),
  // and stays pending: the variables the name made the page render again are filled at the next look.
  if (outcome.kind === 'no-url-field' || outcome.kind === 'user-busy') {
    if (outcome.nameFilled) handledEditors.set(key, { root: editor.root, fills, pending: true });
    else if (before) handledEditors.set(key, before);
    else handledEditors.delete(key);
  }
  if (outcome.kind === 'user-busy') lookAgainWhenUserIsDone(editor, trigger);
  const field = editor.urlVariable?.field;
  if (outcome.kind === 'filled' && field) refillIfThePageBlanks(field, capture.url, key);
  const handled = handledEditors.get(key);
  if (handled && field?.value === capture.url) handled.filled = { url: capture.url, field: new WeakRef(field) };
  return explainFill(outcome, capture);
}

/** How long after a fill, and how often, the field is looked at for a page that blanks it by itself. */
const PAGE_RESET_WATCH_MS = 10_000;
const PAGE_RESET_CHECK_MS = 500;

/**
 * An editor whose defaults arrive after it is drawn may write a blank URL over the fill, without any event, or draw the
 * form anew from a server that has not heard of the URL yet (a queue of requests, one per changed field, each
 * answered with the whole form): the field, or the one drawn in its place, is filled again (within MAX_AUTO_FILLS).
 * Once the user types, pastes or cuts in it, or clicks (but on the page's bare background) or types anywhere on the
 * page, a blank field is theirs.
 */
function refillIfThePageBlanks(filled: HTMLInputElement | HTMLTextAreaElement, url: string, key: string): void {
  const watching = new AbortController();
  const started = Date.now();
  const userEdits = (event: Event) => event.isTrusted && watching.abort();
  const watchEdits = (field: Element) => {
    for (const type of ['keydown', 'input', 'paste', 'cut', 'drop'])
      field.addEventListener(type, userEdits, { capture: true, signal: watching.signal });
  };
  let field = filled;
  watchEdits(field);
  // A user at work on the page (a clear button, a form reset): a blank field may be theirs. Not a click on the page's
  // bare background, which clears no field.
  const userActs = (event: Event) => {
    const target = event.composedPath()[0];
    const document = field.ownerDocument;
    if (event.type !== 'pointerdown' || (target !== document.body && target !== document.documentElement))
      userEdits(event);
  };
  for (const type of ['pointerdown', 'keydown', 'reset'])
    field.ownerDocument.addEventListener(type, userActs, { capture: true, signal: watching.signal });
  // A field drawn anew blank is filled again once the page has left it in place for a look: a server answering a queue
  // of requests draws the form once per answer, and the next request may read the field drawn by the answer before.
  let blankDrawnInstead: Element | undefined;
  const timer = setInterval(() => {
    // The same address only: an editor drawn at another route is another one.
    const editor = field.isConnected || editorKey() !== key ? undefined : findEditor();
    const drawnInstead = editor?.isAlertOps ? editor.urlVariable?.field : undefined;
    if (drawnInstead?.value === url) {
      field = drawnInstead;
      watchEdits(field);
    }
    const settled = drawnInstead?.value === '' && drawnInstead === blankDrawnInstead;
    blankDrawnInstead = drawnInstead?.value === '' ? drawnInstead : undefined;
    const blanked =
      (field.isConnected ? field.value === '' : settled) && !watching.signal.aborted && !stop.signal.aborted;
    if (blanked) {
      const handled = handledEditors.get(key);
      if (handled) handled.pending = true;
      void run('auto');
    }
    if (blanked || field.value !== url || Date.now() - started > PAGE_RESET_WATCH_MS || watching.signal.aborted) {
      clearInterval(timer);
      watching.abort();
    }
  }, PAGE_RESET_CHECK_MS);
}

/**
 * Handled, unless the handled editor is gone and this one is blank: a page that re-renders an editor keeps what is in
 * it (the user's edits, our fill), so a blank one in its place is a new editor. One that holds anything is left alone,
 * but for an empty URL after the user went elsewhere and came back, when the editor that left still held our fill and
 * the user never edited it: the page drew the editor anew without the URL (a draft that keeps only the name).
 * Without the address change a blank URL may be the page's own clear button in a form that redraws on each change.
 */
function wasHandled(key: string, editor: IntegrationEditor): boolean {
  const handled = handledEditors.get(key);
  if (!handled || handled.pending) return false;
  const variable = editor.urlVariable;
  const filled = handled.filled;
  // Followed while the page stays here: a form redrawn after its own clear button shows the emptied URL in a new field.
  if (filled && !handled.left && variable?.field && filled.field.deref() !== variable.field)
    filled.field = new WeakRef(variable.field);
  if (handled.root.isConnected) return true;
  const urlShown = variable?.field ? variable.field.value : (variable?.displayedValue ?? '');
  if (urlShown.trim() !== '') return true;
  const lastShown = filled?.field.deref();
  if (handled.left && lastShown && !lastShown.isConnected && lastShown.value === filled?.url && !filled.edited)
    return false;
  return (editor.nameField?.value.trim() ?? '') !== '';
}

async function explainFill(outcome: FillOutcome, capture: Capture): Promise<PageReport> {
  switch (outcome.kind) {
    case 'filled':
      await rememberFilled(capture, outcome.uptrendsName);
      notify('success', t('noticeFilledTitle'), t('noticeFilledBody'));
      return report(true, 'statusFilled', [outcome.uptrendsName || capture.integrationName]);
    case 'already-filled':
      await rememberFilled(capture, outcome.uptrendsName);
      return report(true, 'statusAlreadyFilled');
    case 'per-level':
      await rememberFilled(capture, outcome.uptrendsName);
      notify('info', t('noticePerLevelTitle'), t('noticePerLevelBody'));
      return report(true, 'statusPerLevel');
    case 'conflict':
      ask(t('promptReplaceTitle'), t('promptReplaceBody'), [
        {
          label: t('promptReplace'),
          primary: true,
          run: () => answerLater((now) => replaceWithCapture(outcome.replace, now)),
        },
        { label: t('promptKeep'), run: () => setReport(report(false, 'statusKeptExisting')) },
      ]);
      return report(false, 'statusConflict');
    case 'not-alertops':
      return report(false, 'statusOtherType', [outcome.typeText || '?']);
    case 'no-url-field':
      return report(false, 'statusNoUrlField');
    case 'user-busy':
      return report(false, 'statusWaitingForUser');
    case 'dialog-failed':
      notify('warning', t('noticeDialogFailedTitle'), t('noticeDialogFailedBody'));
      return report(false, 'statusDialogFailed');
    case 'dialog-needs-confirm':
      await rememberFilled(capture, outcome.uptrendsName);
      notify('info', t('noticeConfirmDialogTitle'), t('noticeConfirmDialogBody'));
      return report(true, 'statusConfirmDialog');
  }
}

/**
 * A prompt is answered later: by then the user may have chosen another URL in the popup, or forgotten the one asked
 * about. The answer acts with what a fill would use now: undefined when the worker did not answer (a restart, the
 * extension reloaded).
 */
function answerLater(act: (now: FillContext | undefined) => PageReport | undefined | Promise<PageReport | undefined>) {
  void fillContext().then(async (now) => {
    const next = await act(now);
    if (next) setReport(next);
  });
}

async function replaceWithCapture(replace: (url: string) => Promise<FillOutcome>, now: FillContext | undefined) {
  if (!now) return report(false, 'statusNoWorker');
  if (!now.capture) {
    notify('warning', t('noticeNoCaptureTitle'), t('noticeNoCaptureBody'));
    return report(false, 'statusNoCapture');
  }
  return explainFill(await replace(now.capture.url), now.capture);
}

/**
 * The capture this page last filled: the one whose Uptrends name a Save renames, even after the worker forgot it (the
 * "forget once filled" setting).
 */
let lastFilledCapture: Capture | undefined;

async function rememberFilled(capture: Capture, uptrendsName: string): Promise<void> {
  lastFilledCapture = capture;
  await askWorker({ type: 'filled', captureId: capture.id, uptrendsName: uptrendsName.slice(0, 300) }).catch(
    () => undefined,
  );
}

async function handleLevels(trigger: Trigger, context: FillContext): Promise<PageReport | undefined> {
  const levels = scopesOf(document).flatMap((scope) => findEscalationLevels(scope));
  if (levels.length === 0) return undefined;
  const reports: (PageReport | Promise<PageReport>)[] = [];
  for (const level of levels) {
    const key = levelKey(level);
    if (trigger === 'auto' && handledLevels.has(key) && !drawnAnewUnticked(key, level)) continue;
    const outcome = handleLevel(level, trigger, context);
    if (outcome instanceof Promise) {
      // A tick the page cancelled, waited for: the level is handled meanwhile, and the other levels are not held up.
      handledLevels.add(key);
      reports.push(outcome);
      continue;
    }
    if (outcome.messageKey === 'statusNoAlertOpsIntegration') {
      // Its list of integrations may still be loading ("Loading integrations…"): looked at again, said once.
      if (trigger === 'auto' && levelsWithoutAlertOps.has(key)) continue;
      levelsWithoutAlertOps.add(key);
    } else handledLevels.add(key);
    reports.push(outcome);
  }
  const last = (await Promise.all(reports)).at(-1);
  return last ?? (trigger === 'auto' ? undefined : report(false, 'statusNothingFound'));
}

/**
 * A level the extension ticked that the page drew anew with the box unticked, and no click or key of the user's since
 * the tick (a server's refresh answering with the state from before it): looked at again, as when first seen, once it
 * has stayed so, not busy, for a moment. After a click of the user's, an unticked box may be their own discard, and
 * stays as it is.
 */
function drawnAnewUnticked(key: string, level: EscalationLevel): boolean {
  const entry = tickedBoxes.get(key);
  if (!entry || entry.box.deref()?.isConnected || userActedAt >= entry.at || entry.reticks >= MAX_TICKS_AGAIN)
    return false;
  const item = level.integrations.find((candidate) => candidate.name === entry.name);
  if (!item || isChecked(item.box) || item.box.closest('[aria-busy=true]')) {
    // Drawn anew with the tick kept: that box is the one to follow from now on.
    if (item && isChecked(item.box)) Object.assign(entry, { box: new WeakRef(item.box), kept: true });
    entry.untickedSince = undefined;
    return false;
  }
  // Not in a tab the user cannot see (they may be changing the definition in another one), nor for a tick the page
  // never showed kept.
  if (!entry.kept || document.hidden) return false;
  const now = Date.now();
  if (entry.untickedSince === undefined) {
    entry.untickedSince = now;
    setTimeout(() => stop.signal.aborted || void run('auto'), UNTICKED_SETTLE_MS + 50);
  }
  if (now - entry.untickedSince < UNTICKED_SETTLE_MS) return false;
  // Followed from now on: a tick that does not come of this (a prompt, a refusal) is not tried again on this box.
  Object.assign(entry, { box: new WeakRef(item.box), reticks: entry.reticks + 1, untickedSince: undefined });
  handledLevels.delete(key);
  return true;
}

function levelName(level: EscalationLevel): string {
  return level.label || t('levelUnnamed');
}

function handleLevel(level: EscalationLevel, trigger: Trigger, context: FillContext): PageReport | Promise<PageReport> {
  const choice = chooseAlertOpsBox(level, context.uptrendsNames);
  if (choice.kind === 'none') return report(false, 'statusNoAlertOpsIntegration', [levelName(level)]);
  if (choice.kind === 'ambiguous') {
    ask(
      t('promptChooseTitle'),
      t('promptChooseBody', [levelName(level)]),
      choice.items.map((item) => ({
        label: item.name,
        run: () => answerLater((now) => tickOnLevel(level, item, now ?? withoutUrl(context))),
      })),
    );
    return report(false, 'statusAmbiguous', [levelName(level)]);
  }
  const item = choice.item;
  // The level's own URL field is a fill: automatic only with auto-fill on; a user's request or prompt answer is theirs.
  const mayFill = trigger !== 'auto' || context.settings.autoFill;
  if (isChecked(item.box)) {
    if (mayFill) void fillLevelUrl(level, item, context);
    return report(true, 'statusAlreadyTicked', [item.name, levelName(level)]);
  }
  if (level.active === false) {
    ask(t('promptInactiveTitle', [levelName(level)]), t('promptInactiveBody', [item.name]), [
      {
        label: t('promptTickAnyway'),
        primary: true,
        run: () => answerLater((now) => tickOnLevel(level, item, now ?? withoutUrl(context))),
      },
      { label: t('promptNotNow'), run: () => undefined },
    ]);
    return report(false, 'statusLevelInactive', [levelName(level)]);
  }
  if (trigger === 'auto' && !levelIsAutoTicked(context.settings, level.number)) {
    ask(t('promptTickTitle', [item.name]), t('promptTickBody', [levelName(level)]), [
      {
        label: t('promptTick'),
        primary: true,
        run: () => answerLater((now) => tickOnLevel(level, item, now ?? withoutUrl(context))),
      },
      { label: t('promptNotNow'), run: () => undefined },
    ]);
    return report(false, 'statusOffered', [item.name, levelName(level)]);
  }
  return tickOnLevel(level, item, context, mayFill);
}

function tickOnLevel(
  askedLevel: EscalationLevel,
  askedItem: IntegrationBox,
  context: FillContext,
  mayFill = true,
): PageReport | Promise<PageReport> {
  // A prompt answered later: the page may have drawn the level anew since (the same level, the same name).
  const found = askedItem.box.isConnected
    ? { level: askedLevel, item: askedItem }
    : levelAndBoxAgain(askedLevel, askedItem);
  if (!found) return report(false, 'statusPageChanged');
  const { level, item } = found;
  // A box whose cancelled tick is still waited for is not clicked again (a second click could untick it).
  const awaited = awaitedTicks.get(item.box);
  if (awaited) return awaited;
  if (tick(item.box) !== 'cancelled') return ticked(level, item, context, mayFill);
  // The page cancelled the click: it may answer in a moment, or take the tick only where it draws the box. Never
  // "ticked" when it refused.
  const verdict = tickWhereDrawn(item.box)
    .then((taken) => {
      if (taken) return ticked(level, item, context, mayFill);
      notify('warning', t('noticeTickFailedTitle', [item.name]), t('noticeTickFailedBody', [levelName(level)]));
      return report(false, 'statusTickFailed', [item.name, levelName(level)]);
    })
    .finally(() => awaitedTicks.delete(item.box));
  awaitedTicks.set(item.box, verdict);
  return verdict;
}

function ticked(level: EscalationLevel, item: IntegrationBox, context: FillContext, mayFill: boolean): PageReport {
  const key = levelKey(level);
  const entry: TickedBox = {
    box: new WeakRef(item.box),
    name: item.name,
    at: Date.now(),
    reticks: tickedBoxes.get(key)?.reticks ?? 0,
  };
  tickedBoxes.set(key, entry);
  setTimeout(() => {
    const box = entry.box.deref();
    if (box?.isConnected && isChecked(box)) entry.kept = true;
  }, TICK_KEPT_CHECK_MS);
  void askWorker({
    type: 'attached',
    ...(context.capture ? { captureId: context.capture.id } : {}),
    definition: level.definition.slice(0, 300),
    level: level.number !== undefined ? String(level.number) : levelName(level).slice(0, 100),
  }).catch(() => undefined);
  if (mayFill) void fillLevelUrl(level, item, context);
  notify('success', t('noticeTickedTitle', [item.name]), t('noticeTickedBody', [levelName(level)]));
  return report(true, 'statusTicked', [item.name, levelName(level)]);
}

/** "Specify value in escalation level": the ticked integration's URL field on the level, filled only when empty. */
async function fillLevelUrl(level: EscalationLevel, item: IntegrationBox, context: FillContext): Promise<void> {
  const url = context.capture?.url;
  if (!url) return;
  let current: { level: EscalationLevel; item: IntegrationBox } | undefined = { level, item };
  let lookedAgainAt = 0;
  const field = await waitFor(
    document,
    () => {
      // Ticking often re-renders the level (the URL field appears with it): then it is this level and box anew,
      // looked for at most every 100 ms however busy the page is.
      if (!current?.item.box.isConnected && Date.now() - lookedAgainAt > 100) {
        lookedAgainAt = Date.now();
        current = levelAndBoxAgain(level, item);
      }
      return current?.item.box.isConnected ? levelUrlField(current.level, current.item) : undefined;
    },
    { timeout: 1500, signal: stop.signal },
  );
  if (!field || field.value.trim() === url) return;
  if (field.value.trim() === '') {
    setFieldValue(field, url);
    return;
  }
  offerToReplace(field);
}

/** A field holds another value: it is replaced only when the user says so, with the URL current when they answer. */
function offerToReplace(field: TextField): void {
  ask(t('promptReplaceTitle'), t('promptReplaceBody'), [
    {
      label: t('promptReplace'),
      primary: true,
      run: () =>
        answerLater((now) => {
          if (now?.capture) setFieldValue(field, now.capture.url);
          else if (now) notify('warning', t('noticeNoCaptureTitle'), t('noticeNoCaptureBody'));
          return undefined;
        }),
    },
    { label: t('promptKeep'), run: () => undefined },
  ]);
}

function levelAndBoxAgain(
  level: EscalationLevel,
  item: IntegrationBox,
): { level: EscalationLevel; item: IntegrationBox } | undefined {
  const key = levelKey(level);
  const again = scopesOf(document)
    .flatMap((scope) => findEscalationLevels(scope))
    .find((candidate) => levelKey(candidate) === key);
  const box = again?.integrations.find((candidate) => candidate.name === item.name);
  return again && box ? { level: again, item: box } : undefined;
}

function setReport(next: PageReport): void {
  lastReport = next;
}

let running: Promise<PageReport> | undefined;
let runAgain = false;

/** One pass over the page. Passes never overlap: a change during a pass schedules one more pass after it. */
function run(trigger: Trigger): Promise<PageReport> {
  if (running) {
    if (trigger === 'auto') {
      runAgain = true;
      return running;
    }
    return running.then(() => run(trigger));
  }
  running = (async () => {
    noteAddressLeft();
    const context = await fillContext();
    if (!context) return report(false, 'statusNoWorker');
    const editorReport = await handleEditor(trigger, context);
    const levelReport = await handleLevels(trigger, context);
    if (editorReport || levelReport) pageIsRelevant = true;
    const result = editorReport ?? levelReport;
    if (result) lastReport = result;
    else if (trigger === 'manual') lastReport = report(false, 'statusNothingFound');
    return lastReport;
  })().finally(() => {
    running = undefined;
    if (runAgain && !stop.signal.aborted) {
      runAgain = false;
      void run('auto');
    }
  });
  return running;
}

/** Cheap test before a full pass: does what was added mention the editor or the escalation section at all? */
function mentionsOurPages(element: Element): boolean {
  return mentions(element.textContent) || (element.shadowRoot !== null && mentions(element.shadowRoot.textContent));
}

function mentions(text: string | null): boolean {
  // A page may put invisible soft hyphens into long words ("Escalatie&shy;niveau").
  return !!text && text.length < 500_000 && PAGE_KEYWORDS.test(text.replace(INVISIBLE_CHARACTERS, ''));
}

/** Full passes run at most this often, however busy the page is. */
const PASS_INTERVAL_MS = 200;
/** Back from the back-forward cache, how late a page's own reset of its form is still looked for. */
const CACHE_RETURN_RECHECK_MS = 500;
/** How soon an editor left for the user's typing is looked at again. */
const USER_BUSY_RECHECK_MS = 1000;
/** How often custom elements that were not defined yet are looked at again, while the page is in use. */
const UPGRADE_RECHECK_MS = 500;
/** How often, while the page is in use, its text may be looked at for edits in place (see `watchPage`). */
const TEXT_RECHECK_MS = 1000;
/** For this long after a session starts or the address changes (a page translates its labels right after drawing). */
const TEXT_RECHECK_FOR_MS = 10_000;
/** After that, only every this many looks: a label translated much later is rare, and each look reads all the text. */
const TEXT_RECHECK_LATER_EVERY = 5;
/** Inserted text with a word in it: a name or a label, not a counter or a clock. */
const HAS_WORD = /\p{L}{2}/u;
/** Text inserted into these is no content of the page (a title, a style sheet). */
const isPageContent = (element: Element) => !/^(TITLE|STYLE|SCRIPT|NOSCRIPT|TEMPLATE)$/.test(element.tagName);
/** The page has shown the editor or an escalation section since it last navigated: then state changes matter. */
let pageIsRelevant = false;

let lastHref = location.href;

/**
 * The field the user last opened the context menu on, and when: "Insert" goes there, wherever the page has moved the
 * focus since. Used once, and only while a menu may still be open.
 */
let contextMenuTarget: { element: Element; at: number } | undefined;
const CONTEXT_MENU_MS = 60_000;

function watchContextMenu(): void {
  const remember = (event: Event) => {
    // The innermost element, inside a component's shadow root too. On the window, before the page's own listeners.
    const element = event.composedPath()[0];
    if (event.isTrusted && element instanceof Element) contextMenuTarget = { element, at: Date.now() };
  };
  window.addEventListener('contextmenu', remember, { capture: true, signal: stop.signal });
}

function insertUrl(url: string): PageReport {
  const target = contextMenuTarget;
  contextMenuTarget = undefined;
  const recent = target && Date.now() - target.at < CONTEXT_MENU_MS && target.element.isConnected;
  // The menu's target is the innermost element already (the event's composed path).
  const field = recent ? target.element : deepActiveElement(document);
  if (!isInsertableField(field) || !isAlertOpsUrl(url)) return report(false, 'statusNoField');
  if (field.value.trim() === '' || field.value.trim() === url) {
    setFieldValue(field, url);
    return report(true, 'statusInserted');
  }
  offerToReplace(field);
  return report(false, 'statusConflict');
}

/** Watches state changes (tab switches, dialogs shown) only on a page that shows our sections: elsewhere they cost nothing. */
let stateWatch: AbortController | undefined;

function watchStateChanges(pass: () => void, session: AbortSignal): void {
  if (session.aborted || (stateWatch && !stateWatch.signal.aborted)) return;
  stateWatch = new AbortController();
  session.addEventListener('abort', () => stateWatch?.abort(), { once: true });
  watchDom(document, {
    signal: stateWatch.signal,
    ignore: isNoticeNode,
    // A box the page enables once its data has loaded (disabled, aria-disabled) can be ticked from then on; a page
    // behind a modal (a consent dialog, a drawer) is usable again once it is no longer inert or aria-hidden.
    attributeFilter: [
      'aria-selected',
      'hidden',
      'inert',
      'aria-hidden',
      'open',
      'aria-expanded',
      'class',
      'style',
      'disabled',
      'aria-disabled',
    ],
    onChange: () => pass(),
  });
}

/**
 * The user may rename the integration before saving: when they click the editor's own Save (we never do), the name it
 * is saved under is the one remembered for ticking it on escalation levels.
 */
async function rememberNameOnSave(): Promise<void> {
  const editor = findEditor();
  const name = editor?.nameField?.value.trim();
  if (!editor?.isAlertOps || !name) return;
  const variable = editor.urlVariable;
  if (!variable) return;
  const holds = (capture: Capture | undefined) =>
    capture &&
    (variable.mode === 'level' ||
      variable.field?.value.trim() === capture.url ||
      variable.displayedValue.includes(capture.url));
  const current = (await fillContext())?.capture;
  const capture = holds(current) ? current : holds(lastFilledCapture) ? lastFilledCapture : undefined;
  if (capture) await rememberFilled(capture, name);
}

function watchSaveClicks(): void {
  const onSave = (event: Event) => {
    // Only the user's own Save: a page that scripts one must not choose the name we remember as AlertOps.
    if (!event.isTrusted) return;
    const target = (event.target as Element | null)?.closest?.('button, [role="button"], input[type="submit"]');
    if (event.type === 'submit' || (target && isSaveButton(target))) void rememberNameOnSave();
  };
  document.addEventListener('click', onSave, { capture: true, signal: stop.signal });
  document.addEventListener('submit', onSave, { capture: true, signal: stop.signal });
}

/** The keys and compositions of the user, for the value dialog, which takes the focus: it waits while they type. */
const typing = watchTyping(window, stop.signal);
let lookAgainTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * An editor left for the user's typing or their own dialog: looked at again once they are done, by a run of the same
 * kind (a "Fill this page" that had to wait is still the user's request). Checked here every second without a pass: a
 * pass asks the worker, which would be kept awake while the user works in a dialog.
 */
function lookAgainWhenUserIsDone(editor: IntegrationEditor, trigger: Trigger): void {
  if (lookAgainTimer !== undefined || stop.signal.aborted) return;
  lookAgainTimer = setTimeout(() => {
    lookAgainTimer = undefined;
    if (stop.signal.aborted) return;
    if (editor.root.isConnected && valueDialogMustWait(editor, typing.isTyping))
      lookAgainWhenUserIsDone(editor, trigger);
    else void run(trigger);
  }, USER_BUSY_RECHECK_MS);
}
stop.signal.addEventListener('abort', () => clearTimeout(lookAgainTimer), { once: true });

/**
 * Back from the back-forward cache, a page may put its forms back as the server sent them (`form.reset()` in its
 * pageshow handler, or a fresh copy): what the extension filled or ticked, still so when the page was left and never
 * changed by the user, is handled again. Only then: during a visit an emptied field or box may be the user's doing.
 */
function watchReturnsFromCache(pass: () => void): void {
  let leftHolding: { editors: [string, Element][]; levels: [string, Element][] } | undefined;
  window.addEventListener(
    'pagehide',
    (event) => {
      if (!event.persisted) return;
      const editors: [string, Element][] = [];
      for (const [key, handled] of handledEditors) {
        const field = handled.filled?.field.deref();
        if (field?.isConnected && field.value === handled.filled?.url && !handled.filled.edited)
          editors.push([key, field]);
      }
      const levels: [string, Element][] = [];
      for (const [key, record] of tickedBoxes) {
        const box = record.box.deref();
        if (box?.isConnected && isChecked(box)) levels.push([key, box]);
      }
      leftHolding = { editors, levels };
    },
    { signal: stop.signal },
  );
  window.addEventListener(
    'pageshow',
    (event) => {
      if (!event.persisted || !leftHolding) return;
      const { editors, levels } = leftHolding;
      leftHolding = undefined;
      // What the user does once back is theirs: a later look would take their own untick for the page's reset.
      let userActed = false;
      const noteAction = (event: Event) => {
        if (event.isTrusted) userActed = true;
      };
      for (const type of ['pointerdown', 'keydown'])
        window.addEventListener(type, noteAction, { capture: true, once: true, signal: stop.signal });
      const handleWhatThePageReset = () => {
        if (userActed) return;
        for (const [key, field] of editors) {
          const handled = handledEditors.get(key);
          const value = (field as HTMLInputElement).value;
          if (handled?.filled && !handled.filled.edited && (!field.isConnected || value.trim() === ''))
            handledEditors.delete(key);
        }
        for (const [key, box] of levels) {
          if (tickedBoxes.get(key)?.box.deref() === box && (!box.isConnected || !isChecked(box))) {
            handledLevels.delete(key);
            tickedBoxes.delete(key);
          }
        }
        pass();
      };
      // After the page's own pageshow handlers, which run in this same dispatch, and once more for a page that resets
      // its form a moment later (after an answer or a frame).
      setTimeout(handleWhatThePageReset, 0);
      setTimeout(handleWhatThePageReset, CACHE_RETURN_RECHECK_MS);
    },
    { signal: stop.signal },
  );
}

function start(): void {
  watchSaveClicks();
  watchEditsOfFills();
  watchUserActions();
  watchContextMenu();
  const pass = throttle(() => void run('auto'), PASS_INTERVAL_MS, stop.signal);
  watchReturnsFromCache(pass);
  // A capture stored while this page shows the editor is filled in (the worker says so): at once when the page is in
  // view (consoles side by side), else when the user comes back to this tab.
  const comeBack = () => pageIsRelevant && !document.hidden && pass();
  document.addEventListener('visibilitychange', comeBack, { signal: stop.signal });
  const wake = watchWhileInUse({
    signal: stop.signal,
    probe: pageNowShowsOurSections,
    onStart: (session) => watchPage(session, pass),
  });
  answerWorker(['fill-now', 'insert-url', 'status', 'capture-ready'], (request) => {
    if (request.type === 'capture-ready') {
      // Not a user's doing: no watching session starts for it, and a hidden tab waits until the user comes back.
      comeBack();
      return lastReport;
    }
    wake();
    if (request.type === 'status') return lastReport;
    if (request.type === 'insert-url') return insertUrl(request.url);
    return run('manual');
  });
}

/** The open shadow roots the last session watched. */
let knownShadows: ShadowRoot[] = [];
/** The page's text (as `textFingerprint`) when the probe or the end of a session last looked. */
let seenFingerprint = '';

function pageTexts(): string[] {
  // No root element at all for a moment while a page rewrites itself (document.open).
  return [document.documentElement, ...knownShadows].map((root) => root?.textContent ?? '');
}

/**
 * Between sessions, and in one while none is shown yet: does the page now show our sections? Only a page whose text
 * changed since the last look counts, so an editor left open on screen does not start a session (and wake the worker)
 * every half minute.
 */
function pageNowShowsOurSections(): boolean {
  const texts = pageTexts();
  const fingerprint = textFingerprint(texts);
  if (fingerprint === seenFingerprint) return false;
  seenFingerprint = fingerprint;
  return texts.some(mentions);
}

/** One session: a full pass now (the page may have changed while nobody watched), then insertions until it ends. */
function watchPage(session: AbortSignal, pass: () => void): void {
  // A page that showed our sections before the idle spell: follow its tab switches from the first moment.
  if (pageIsRelevant) watchStateChanges(pass, session);
  session.addEventListener('abort', () => (seenFingerprint = textFingerprint(pageTexts())), { once: true });
  void run('auto').then(() => {
    // Our sections may be in the page but hidden (collapsed levels, tab panels not shown yet): showing them is a state
    // change, not an insertion.
    if (pageIsRelevant || pageTexts().some((text) => text.length < 500_000 && SECTION_KEYWORDS.test(text)))
      watchStateChanges(pass, session);
  });
  const watchInsertions = (root: Node) =>
    watchDom(root, {
      signal: session,
      ignore: isNoticeNode,
      // Only insertions here, state changes are watched where they matter. Inserted text counts when it names our
      // sections (labels translated after the form is drawn), and any text once they are shown (names filled into
      // boxes already drawn).
      attributeFilter: [],
      insertedText: true,
      textFilter: textCounts,
      onChange,
    });
  // Set by the filter, which runs before `onChange` (where a new address makes the page not relevant any more).
  let textNamesSections = false;
  function textCounts(text: string): boolean {
    if (!mentions(text)) return pageIsRelevant && HAS_WORD.test(text);
    textNamesSections = true;
    return true;
  }
  // A component the page defines late draws its fields then, in a shadow root no insertion showed: a full pass.
  const shadowRoots = shadowRootWatcher(watchInsertions, (element) => {
    watchShadowRoots(element);
    pass();
  });
  knownShadows = shadowRoots.known;
  const watchShadowRoots = (root: Element | Document) => shadowRoots.add(openShadowRoots(root), root);
  const upgradeTimer = setInterval(shadowRoots.recheck, UPGRADE_RECHECK_MS);
  // Text edited in place is not watched (on a busy console that is most of what changes): a page whose text changed
  // and names our sections is looked at again, once a second for the first 10 s, then every 5 s; a page that shows
  // them, every 5 s when its text changed (names written into boxes already drawn).
  let checkTextUntil = Date.now() + TEXT_RECHECK_FOR_MS;
  let textTicks = 0;
  let fingerprintAtLastLook = '';
  const textTimer = setInterval(() => {
    if (document.hidden) return;
    const everyTick = !pageIsRelevant && Date.now() <= checkTextUntil;
    if (!everyTick && ++textTicks % TEXT_RECHECK_LATER_EVERY !== 0) return;
    if (pageIsRelevant) {
      const fingerprint = textFingerprint(pageTexts());
      if (fingerprint !== fingerprintAtLastLook) pass();
      fingerprintAtLastLook = fingerprint;
      return;
    }
    if (!pageNowShowsOurSections()) return;
    watchStateChanges(pass, session);
    pass();
  }, TEXT_RECHECK_MS);
  session.addEventListener(
    'abort',
    () => {
      clearInterval(upgradeTimer);
      clearInterval(textTimer);
    },
    { once: true },
  );
  function onChange({ added, changed }: DomChanges): void {
    if (location.href !== lastHref) {
      lastHref = location.href;
      noteAddressLeft();
      checkTextUntil = Date.now() + TEXT_RECHECK_FOR_MS;
      pageIsRelevant = false;
      stateWatch?.abort();
    }
    // Inserted text named our sections (the filter said so; our own notice and a page title do not count).
    let mentioned = textNamesSections && [...changed].some(isPageContent);
    textNamesSections = false;
    for (const element of added) {
      if (mentionsOurPages(element)) {
        mentioned = true;
        break;
      }
    }
    if (mentioned) {
      // Our section just appeared: act now (passes never overlap), and from now on follow tab switches too.
      pageIsRelevant = true;
      watchStateChanges(pass, session);
      void run('auto');
    } else if (pageIsRelevant && (added.size > 0 || [...changed].some(isPageContent))) {
      pass();
    }
    for (const element of outermost(added)) watchShadowRoots(element);
  }
  watchShadowRoots(document);
  // The document, not its root element: a page that rewrites itself (document.open) replaces that.
  watchInsertions(document);
}

start();
