/**
 * Content script for the AlertOps console: captures the API URL the moment a saved integration shows it.
 * Page knowledge lives in sites/alertops; this file only wires it to the page's changes and to the worker.
 */
import { mayHoldAlertOpsUrl, urlLikePieces } from '../core/alertops-url';
import { t } from '../core/i18n';
import type { PageReportSent } from '../core/messages';
import { isNoticeNode, showNotice } from '../dom/notice';
import { type DomChanges, outermost, shadowRootWatcher, watchDom, watchWhileInUse } from '../dom/observe';
import { openShadowRoots } from '../dom/shadow';
import { type FoundIntegration, findSavedIntegrations } from '../sites/alertops/capture';
import { URL_IN_ATTRIBUTE, WATCHED_URL_ATTRIBUTES } from '../sites/alertops/site';
import { answerWorker, askWorker, extensionIsGone } from './messaging';

const sentUrls = new Set<string>();
let lastReport: PageReportSent = { ok: false, messageKey: 'statusAlertOpsNoUrl' };
const stop = new AbortController();

function notify(kind: 'success' | 'warning', title: string, body: string): void {
  showNotice(document, { kind, title, body, closeLabel: t('close') });
}

async function capture(found: FoundIntegration): Promise<void> {
  if (sentUrls.has(found.url)) return;
  sentUrls.add(found.url);
  try {
    await askWorker({ type: 'capture', ...found });
    const name = found.integrationName || found.template || 'AlertOps';
    lastReport = { ok: true, messageKey: 'statusAlertOpsCaptured', substitutions: [name] };
    notify('success', t('noticeCapturedTitle'), t('noticeCapturedBody', [name]));
  } catch {
    sentUrls.delete(found.url);
    if (extensionIsGone()) {
      stop.abort();
      return;
    }
    lastReport = { ok: false, messageKey: 'statusCaptureFailed' };
    notify('warning', t('noticeCaptureFailedTitle'), t('noticeCaptureFailedBody'));
  }
}

/**
 * Elements showing a URL with no label, Copy button or sample intro near it yet: its label may come later, in text no
 * insertion shows (a translation loaded after the view). Looked at again with the field values, for a few seconds each.
 */
const unlabelled = new Set<Element>();
const unlabelledLooks = new WeakMap<Element, number>();
const MAX_UNLABELLED = 20;
const UNLABELLED_LOOKS = 20;

function scan(root: Element | Document | ShadowRoot, shallow = false, shadows?: ShadowRoot[]): void {
  for (const found of findSavedIntegrations(root, shallow, shadows, unlabelled)) void capture(found);
  // A page full of unlabelled URLs (a log) would make the list long: the oldest are let go.
  for (const element of unlabelled) if (unlabelled.size > MAX_UNLABELLED) unlabelled.delete(element);
}

function scanUnlabelled(): void {
  for (const element of [...unlabelled]) {
    unlabelled.delete(element);
    const looks = (unlabelledLooks.get(element) ?? 0) + 1;
    unlabelledLooks.set(element, looks);
    if (element.isConnected && looks <= UNLABELLED_LOOKS) scan(element, true);
  }
}

/**
 * A value set by script changes no attribute and no text, so while the page is in use its text fields are re-read
 * twice a second: only fields, never the whole page, and only those that mention AlertOps are looked at closely.
 */
function scanFieldValues(): void {
  // Components (a read-only field of a design system) keep their input in their shadow roots.
  for (const root of [document, ...knownShadows.filter((shadow) => shadow.host.isConnected)]) {
    for (const field of root.querySelectorAll(TEXT_FIELDS)) {
      if (mayHoldAlertOpsUrl((field as HTMLInputElement).value)) scan(field, true);
    }
  }
}

const FIELD_REREAD_MS = 500;
/** Every field but boxes, which never show a value (a table of monitors may hold thousands of them). */
const TEXT_FIELDS = 'input:not([type=checkbox],[type=radio]),textarea';

/** The URL-like pieces of the page's text when it was last looked at for text edited in place. */
let urlTextSeen = '';

function urlTextNow(): string {
  return urlLikePieces(pageTexts().join());
}

function pageTexts(): string[] {
  return [document.documentElement, ...knownShadows].map((root) => root?.textContent ?? '');
}

/**
 * Between sessions: may the page show a URL now? Its text and URL-bearing attributes, no walking. Field values, which
 * neither shows, are read (and captured from) right here.
 */
function mayShowUrl(): boolean {
  scanFieldValues();
  return pageTexts().some(mayHoldAlertOpsUrl) || document.querySelector(URL_IN_ATTRIBUTE) !== null;
}

/** The open shadow roots the last session watched. */
let knownShadows: ShadowRoot[] = [];

function start(): void {
  watchWhileInUse({
    signal: stop.signal,
    probe: mayShowUrl,
    onStart(session) {
      const watch = (root: Node) =>
        watchDom(root, {
          signal: session,
          ignore: isNoticeNode,
          attributeFilter: WATCHED_URL_ATTRIBUTES,
          insertedText: true,
          // Inserted text and changed attributes matter only when they may hold the URL; inserted subtrees are always
          // looked at. Text edited in place is not observed: the field timer below notices it.
          textFilter: mayHoldAlertOpsUrl,
          onChange({ added, changed }: DomChanges) {
            for (const element of outermost(added)) scanInserted(element);
            for (const element of changed) if (element.isConnected) scan(element, true);
          },
        });
      const scanInserted = (root: Element | Document) => {
        const shadows = openShadowRoots(root);
        scan(root, false, shadows);
        shadowRoots.add(shadows, root);
      };
      const shadowRoots = shadowRootWatcher(watch, scanInserted);
      knownShadows = shadowRoots.known;
      scanInserted(document);
      // The document, not its root element: a page that rewrites itself (document.open) replaces that.
      watch(document);
      urlTextSeen = urlTextNow();
      const fieldTimer = setInterval(() => {
        scanFieldValues();
        scanUnlabelled();
        shadowRoots.recheck();
        // Text edited in place (a binding filled in after a slow answer) is not watched record by record, which on a
        // busy console would cost a record per counter tick: when the URL-like pieces of the page's text (how many,
        // and their letters) change, the whole page is looked at again.
        const urlText = urlTextNow();
        if (urlText !== urlTextSeen) scanInserted(document);
        urlTextSeen = urlText;
      }, FIELD_REREAD_MS);
      session.addEventListener('abort', () => clearInterval(fieldTimer));
    },
  });
  // Only "status": a request to fill goes unanswered here, which the worker reports as "not an Uptrends page".
  answerWorker(['status'], () => lastReport);
}

start();
