/**
 * Content script for the AlertOps console: captures the API URL the moment a saved integration shows it.
 * Page knowledge lives in sites/alertops; this file only wires it to the page's changes and to the worker.
 */
import { t } from '../core/i18n';
import type { PageReport } from '../core/messages';
import { isNoticeNode, showNotice } from '../dom/notice';
import { outermost, watchDom } from '../dom/observe';
import { type FoundIntegration, findSavedIntegrations } from '../sites/alertops/capture';
import { answerWorker, askWorker, extensionIsGone } from './messaging';

const sentUrls = new Set<string>();
let lastReport: PageReport = { ok: false, messageKey: 'statusAlertOpsNoUrl', substitutions: [] };
const stop = new AbortController();

async function capture(found: FoundIntegration): Promise<void> {
  if (sentUrls.has(found.url)) return;
  sentUrls.add(found.url);
  try {
    await askWorker({ type: 'capture', ...found });
    const name = found.integrationName || found.template || 'AlertOps';
    lastReport = { ok: true, messageKey: 'statusAlertOpsCaptured', substitutions: [name] };
    showNotice(document, {
      kind: 'success',
      title: t('noticeCapturedTitle'),
      body: t('noticeCapturedBody', [name]),
      closeLabel: t('close'),
    });
  } catch {
    sentUrls.delete(found.url);
    if (extensionIsGone()) {
      stop.abort();
      return;
    }
    lastReport = { ok: false, messageKey: 'statusCaptureFailed', substitutions: [] };
    showNotice(document, {
      kind: 'warning',
      title: t('noticeCaptureFailedTitle'),
      body: t('noticeCaptureFailedBody'),
      closeLabel: t('close'),
    });
  }
}

function scan(root: Element | Document, shallow = false): void {
  for (const found of findSavedIntegrations(root, shallow)) void capture(found);
}

/** Values typed or set by script change no attribute, so fields are re-read on every batch of changes (they are few). */
function scanFieldValues(): void {
  for (const field of Array.from(document.querySelectorAll('input, textarea'))) {
    if (/alertops/i.test((field as HTMLInputElement).value)) scan(field, true);
  }
}

function start(): void {
  scan(document);
  watchDom(document.documentElement, {
    signal: stop.signal,
    ignore: isNoticeNode,
    onChange: ({ added, changed }) => {
      for (const element of outermost(added)) scan(element);
      for (const element of changed) if (element.isConnected) scan(element, true);
      scanFieldValues();
    },
  });
  answerWorker((request) => {
    if (request.type === 'status') return lastReport;
    return { ok: false, messageKey: 'statusNotUptrends', substitutions: [] };
  });
}

start();
