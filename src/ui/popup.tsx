import { render } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { maskAlertOpsUrl } from '../core/alertops-url';
import { t } from '../core/i18n';
import type { PageReport, StateReply, WorkerRequest } from '../core/messages';
import { extensionApi } from '../core/platform';
import { activeCapture } from '../core/state';
import { CONSOLE_HOME as ALERTOPS_HOME } from '../sites/alertops/site';
import { CONSOLE_HOME as UPTRENDS_HOME } from '../sites/uptrends/site';
import { copyText, relativeTime, uiLocale } from './format';
import { type ExtensionStorage, readStoredView, type StoredView } from './popup-state';
import { change, fillTab, getState, onStateChanged, openAssistant, openOptions, tabStatus } from './worker-api';

type Capture = StateReply['captures'][number];

/** The popup can be opened as a page for a given tab (`popup.html?tab=12`), which is how the browser tests drive it. */
function targetTabId(): number | undefined {
  const raw = new URLSearchParams(location.search).get('tab');
  const id = raw === null ? Number.NaN : Number(raw);
  return Number.isInteger(id) ? id : undefined;
}

/** Levels are stored as their number where known ("2"), else as the page named them. */
function levelLabel(level: string): string {
  return /^\d+$/.test(level) ? t('assistantLevelN', [level]) : level;
}

function displayName(capture: Capture): string {
  return capture.integrationName || capture.template || t('popupUntitled');
}

/**
 * Read as soon as the popup's code runs, before anything renders, and straight from storage: quicker than asking the
 * worker, which would read storage itself (and would first have to start if it was stopped). When that read is not
 * clean, the worker answers instead.
 */
const firstView: Promise<StoredView> = (async () => {
  const storage = extensionApi<{ storage?: ExtensionStorage }>()?.storage;
  const view = storage ? await readStoredView(storage).catch(() => undefined) : undefined;
  return view ?? { reply: await getState(), expired: false };
})();

interface PopupProps {
  initial?: StateReply;
  /** The worker should read the state now: the popup could not, or the worker has expired URLs to remove. */
  askWorker: boolean;
}

function Popup({ initial, askWorker }: PopupProps) {
  const [state, setState] = useState<StateReply | undefined>(initial);
  const [loadFailed, setLoadFailed] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [fillReport, setFillReport] = useState<PageReport | undefined>();
  const [filling, setFilling] = useState(false);
  // The captures whose URL the user asked to see: every URL starts masked.
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(() => new Set());
  // What the last forget removed, for Undo: kept only in this popup, gone when it closes.
  const [undo, setUndo] = useState<{ message: string; forgotten: Capture[]; chosenId?: string } | undefined>();
  const undoRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    // The Forget button the user pressed is gone: Undo takes the focus (in the same task, before anything can read it).
    if (undo) undoRef.current?.focus();
  }, [undo]);

  const reload = useCallback(() => {
    getState()
      .then((reply) => {
        setState(reply);
        setLoadFailed(false);
      })
      .catch(() => setLoadFailed(true));
  }, []);

  // What the extension sees on the current console page, so the popup can say why nothing happened there.
  useEffect(() => {
    tabStatus(targetTabId())
      .then((report) => {
        if (report?.messageKey && report.messageKey !== 'statusNotUptrends')
          setFillReport((current) => current ?? report);
      })
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    // The worker's read sets damaged data aside (and says so) and removes URLs the forget settings drop.
    if (askWorker) reload();
    return onStateChanged(reload);
  }, [reload, askWorker]);

  const apply = (promise: Promise<StateReply>, message: string) => {
    promise
      .then((reply) => {
        setState(reply);
        setAnnouncement(message);
      })
      .catch(() => setLoadFailed(true));
  };

  const forget = (request: WorkerRequest, message: string, forgotten: Capture[]) => {
    const chosen = state?.chosenId;
    change(request)
      .then((reply) => {
        setState(reply);
        // Said by the Undo button, which takes the focus and is described by the message.
        setAnnouncement('');
        setUndo({ message, forgotten, ...(chosen ? { chosenId: chosen } : {}) });
      })
      .catch(() => setLoadFailed(true));
  };

  const restore = ({ forgotten, chosenId }: { forgotten: Capture[]; chosenId?: string }) => {
    setUndo(undefined);
    const restored = change({ type: 'restore', captures: forgotten, ...(chosenId ? { chosenId } : {}) });
    apply(restored, t('popupRestored'));
    // The Undo button the user pressed is gone: the focus goes to the first entry it brought back, not to the page.
    const first = forgotten[0]?.id;
    restored
      .then(() =>
        requestAnimationFrame(() =>
          document
            .querySelector<HTMLElement>(`li.capture[data-capture-id="${CSS.escape(first ?? '')}"] button`)
            ?.focus(),
        ),
      )
      .catch(() => undefined);
  };

  const fill = () => {
    setFilling(true);
    setFillReport(undefined);
    fillTab(targetTabId())
      .then((report) => setFillReport(report))
      .catch(() => setFillReport({ ok: false, messageKey: 'popupLoadFailed', substitutions: [] }))
      .finally(() => setFilling(false));
  };

  const toggleRevealed = (id: string) =>
    setRevealed((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const captures = state?.captures ?? [];
  const chosenId = state ? activeCapture(state)?.id : undefined;

  return (
    <main class="popup-main">
      <header class="bar">
        <h1>{t('popupTitle')}</h1>
        <button type="button" class="link" onClick={() => void openOptions()}>
          {t('popupSettings')}
        </button>
      </header>
      {loadFailed && (
        <p class="banner warning" role="alert">
          {t('popupLoadFailed')}
        </p>
      )}
      {state?.problem && (
        <div class="banner warning" role="alert">
          <p>{t(state.problem)}</p>
          <button type="button" onClick={() => apply(change({ type: 'dismiss-problem' }), '')}>
            {t('popupDismiss')}
          </button>{' '}
          <button
            type="button"
            onClick={() => apply(change({ type: 'forget-set-aside' }), t('popupSetAsideForgotten'))}
          >
            {t('popupForgetSetAside')}
          </button>
        </div>
      )}
      {state && captures.length === 0 && <EmptyState />}
      {captures.length > 0 && (
        <ul class="captures" aria-label={t('popupListLabel')}>
          {captures.map((capture) =>
            captureItem({
              capture,
              revealed: revealed.has(capture.id),
              onToggleRevealed: () => toggleRevealed(capture.id),
              chosen: captures.length > 1 && capture.id === chosenId,
              canChoose: captures.length > 1,
              onAnnounce: setAnnouncement,
              onChoose: () => apply(change({ type: 'choose', id: capture.id }), t('popupUsedForFill')),
              onForget: () =>
                forget({ type: 'forget', id: capture.id }, t('popupForgotten', [displayName(capture)]), [capture]),
            }),
          )}
        </ul>
      )}
      <footer class="actions">
        <button type="button" class="primary" onClick={fill} disabled={filling}>
          {filling ? t('popupFilling') : t('popupFillPage')}
        </button>
        {captures.length > 1 && (
          <ForgetAll
            count={captures.length}
            onConfirm={() => forget({ type: 'forget-all' }, t('popupForgotAll'), captures)}
          />
        )}
      </footer>
      {undo && (
        <p class="report undo">
          <span id="undo-what">{undo.message}</span>{' '}
          <button type="button" ref={undoRef} aria-describedby="undo-what" onClick={() => restore(undo)}>
            {t('popupUndo')}
          </button>
        </p>
      )}
      {fillReport && (
        <p class={`report ${fillReport.ok ? 'ok' : 'warning'}`} role="status">
          {t(fillReport.messageKey, fillReport.substitutions)}
        </p>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </main>
  );
}

function EmptyState() {
  return (
    <section class="empty" aria-labelledby="empty-title">
      <h2 id="empty-title">{t('popupEmptyTitle')}</h2>
      <p>{t('popupEmptyIntro')}</p>
      <ol>
        <li>{t('popupStep1')}</li>
        <li>{t('popupStep2')}</li>
        <li>{t('popupStep3')}</li>
      </ol>
      <a class="button" href={ALERTOPS_HOME} target="_blank" rel="noopener noreferrer">
        {t('popupOpenAlertOps')}
      </a>
    </section>
  );
}

interface CaptureItemProps {
  capture: Capture;
  revealed: boolean;
  onToggleRevealed: () => void;
  chosen: boolean;
  canChoose: boolean;
  onAnnounce: (message: string) => void;
  onChoose: () => void;
  onForget: () => void;
}

/**
 * One entry of the list. A function the list calls rather than a component: the whole list is in the popup's first
 * render, and a component instance per entry made that render measurably slower; the popup keeps which URLs are shown.
 */
function captureItem({
  capture,
  revealed,
  onToggleRevealed,
  chosen,
  canChoose,
  onAnnounce,
  onChoose,
  onForget,
}: CaptureItemProps) {
  const name = displayName(capture);
  const copy = async () => {
    const copied = await copyText(capture.url);
    onAnnounce(copied ? t('popupCopied', [name]) : t('popupCopyFailed'));
  };
  return (
    <li key={capture.id} class={`capture${chosen ? ' chosen' : ''}`} data-capture-id={capture.id}>
      <h2>{name}</h2>
      <code class="url" data-revealed={revealed ? 'true' : 'false'}>
        {revealed ? capture.url : maskAlertOpsUrl(capture.url)}
      </code>
      <ol class="setup" aria-label={t('popupSetupSteps', [name])}>
        <li class="done">{t('popupSetupCaptured', [relativeTime(capture.capturedAt), capture.consoleHost])}</li>
        {capture.filled ? (
          <li class="done">{t('popupFilledInto', [capture.filled.uptrendsName])}</li>
        ) : (
          <li class="next">
            {t('popupSetupFillNext')}{' '}
            <a href={UPTRENDS_HOME} target="_blank" rel="noopener noreferrer">
              {t('popupOpenUptrends')}
            </a>
          </li>
        )}
        <li class={capture.attachments.length > 0 ? 'done' : 'next'}>
          {capture.attachments.length > 0
            ? t('popupAttachedCount', [String(capture.attachments.length)])
            : t('popupSetupAttachNext')}{' '}
          <button type="button" class="link" onClick={() => void openAssistant()}>
            {t('popupOpenAssistant')}
          </button>
          {capture.attachments.length > 0 && (
            <ul class="attachments">
              {capture.attachments.slice(-5).map((attachment) => (
                <li key={`${attachment.definition}/${attachment.level}`}>
                  {attachment.definition} · {levelLabel(attachment.level)}
                </li>
              ))}
            </ul>
          )}
        </li>
      </ol>
      <div class="row-actions">
        <button type="button" class="primary" aria-label={t('popupCopyLabel', [name])} onClick={() => void copy()}>
          {t('popupCopy')}
        </button>
        {/* Its words change with what it does (Show, Hide): no pressed state besides, which would read "Hide, pressed". */}
        <button
          type="button"
          aria-label={t(revealed ? 'popupHideLabel' : 'popupRevealLabel', [name])}
          onClick={onToggleRevealed}
        >
          {revealed ? t('popupHide') : t('popupReveal')}
        </button>
        {canChoose && (
          <button
            type="button"
            aria-pressed={chosen}
            aria-label={t(chosen ? 'popupUsedForFillLabel' : 'popupUseForFillLabel', [name])}
            onClick={onChoose}
          >
            {chosen ? t('popupUsedForFill') : t('popupUseForFill')}
          </button>
        )}
        <button type="button" class="danger" aria-label={t('popupForgetLabel', [name])} onClick={onForget}>
          {t('popupForget')}
        </button>
      </div>
    </li>
  );
}

function ForgetAll({ count, onConfirm }: { count: number; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useLayoutEffect(() => {
    // The safe answer takes focus (Enter twice must not forget everything); closing gives focus back to the question.
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) askRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" class="danger" ref={askRef} onClick={() => setAsking(true)}>
        {t('popupForgetAll')}
      </button>
    );
  }
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-labelledby="forget-all-question"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Escape answers the question; it must not also close the popup.
        event.preventDefault();
        event.stopPropagation();
        setAsking(false);
      }}
    >
      <p id="forget-all-question">{t('popupForgetAllConfirm', [String(count)])}</p>
      <button
        type="button"
        class="danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('popupForgetAllYes')}
      </button>
      <button type="button" ref={cancelRef} onClick={() => setAsking(false)}>
        {t('popupCancel')}
      </button>
    </div>
  );
}

document.documentElement.lang = uiLocale();
const root = document.getElementById('app');
// The first render waits for the state (a few milliseconds) so that the list appears at once, not after an empty frame.
if (root) {
  firstView.then(
    (view) => render(<Popup initial={view.reply} askWorker={view.expired} />, root),
    () => render(<Popup askWorker />, root),
  );
}
