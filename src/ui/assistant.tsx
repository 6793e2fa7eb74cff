/**
 * The setup assistant: connect an Uptrends API account, choose alert definitions and levels, review the plan, apply
 * it with progress, retry what failed, or detach. All API calls happen in the worker; this page only asks.
 */
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../core/i18n';
import {
  chosenAmong,
  type LevelInfo,
  makePlan,
  type Plan,
  type PlanAction,
  type Selection as PlanSelection,
  type Run,
  runCounts,
  sameGuid,
} from '../core/planner';
import { API_ORIGIN_PATTERN } from '../sites/uptrends/site';
import { uiLocale } from './format';
import { ask, requestOrder } from './worker-api';

interface Status {
  connected: boolean;
  username?: string;
  permission: boolean;
  run?: Run;
}

interface Overview {
  integrations: { guid: string; name: string; type: string }[];
  levels: LevelInfo[];
  suggestedGuid?: string;
}

type ConnectReply = { ok: true; username: string } | { ok: false; reason: string; message?: string };

function Assistant() {
  const [status, setStatus] = useState<Status | undefined>();
  // Status is asked for on a timer and on every stored change: an older reply arriving late must not undo a newer one
  // (a finished run shown as unfinished again would reload the list under the user).
  const nextStatusRequest = useMemo(requestOrder, []);
  const refresh = () => {
    const turn = nextStatusRequest();
    return ask({ type: 'api-status' })
      .then((reply) => {
        if (turn.counts()) setStatus(reply as Status);
      })
      .catch(() => {
        // One lost answer (a worker restarting) does not make a connected page forget the user's choices.
        if (turn.counts()) setStatus((known) => known ?? { connected: false, permission: false });
      });
  };
  useEffect(() => {
    void refresh();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'assistantRun' in changes) void refresh();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  const running = status?.run !== undefined && status.run.finishedAt === undefined;
  useEffect(() => {
    if (!running) return undefined;
    // While a run goes on, asking for the status also wakes a worker the browser stopped, which then resumes the run.
    const timer = setInterval(() => void refresh(), 2000);
    return () => clearInterval(timer);
  }, [running]);

  return (
    <main class="page">
      <h1>{t('assistantTitle')}</h1>
      <p class="lead">{t('assistantIntro')}</p>
      {status && !status.connected && <ConnectForm onConnected={refresh} />}
      {status?.connected && (
        <>
          <Connected username={status.username ?? ''} onDisconnected={refresh} />
          <Planner run={status.run} onApplied={refresh} />
        </>
      )}
      {status?.run && <Progress run={status.run} onRetry={refresh} />}
    </main>
  );
}

function ConnectForm({ onConnected }: { onConnected: () => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setError('');
    if (!username.trim() || !password) {
      setError(t('assistantMissingCredentials'));
      return;
    }
    // Asked here, in the user's click: the host permission is optional and only wanted from now on.
    const granted = await browser.permissions.request({ origins: [API_ORIGIN_PATTERN] }).catch(() => false);
    if (!granted) {
      setError(t('assistantPermissionDenied'));
      return;
    }
    setBusy(true);
    const reply = (await ask({ type: 'api-connect', username, password, remember }).catch(() => undefined)) as
      | ConnectReply
      | undefined;
    setBusy(false);
    if (reply?.ok) {
      setPassword('');
      onConnected();
      return;
    }
    const reason = reply && !reply.ok ? reply.reason : 'failed';
    setError(
      reason === 'unauthorized'
        ? t('assistantUnauthorized')
        : reason === 'network'
          ? t('assistantNetwork')
          : reason === 'permission'
            ? t('assistantPermissionDenied')
            : t('assistantFailed', [reply && !reply.ok ? (reply.message ?? '') : '']),
    );
  };

  return (
    <section class="card" aria-labelledby="connect-title">
      <h2 id="connect-title">{t('assistantConnectTitle')}</h2>
      <p>{t('assistantConnectHelp')}</p>
      <form onSubmit={(event) => void submit(event)} class="form">
        <label>
          {t('assistantUsername')}
          <input
            type="text"
            autocomplete="username"
            value={username}
            onInput={(event) => setUsername(event.currentTarget.value)}
            aria-invalid={error !== '' && !username.trim()}
          />
        </label>
        <label>
          {t('assistantPassword')}
          <input
            type="password"
            autocomplete="current-password"
            value={password}
            onInput={(event) => setPassword(event.currentTarget.value)}
            aria-invalid={error !== '' && !password}
          />
        </label>
        <label class="check">
          <input type="checkbox" checked={remember} onChange={(event) => setRemember(event.currentTarget.checked)} />
          {t('assistantRemember')}
        </label>
        <p class="hint">{t('assistantRememberHint')}</p>
        {error && (
          <p class="banner warning" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t('assistantConnecting') : t('assistantConnect')}
        </button>
      </form>
    </section>
  );
}

function Connected({ username, onDisconnected }: { username: string; onDisconnected: () => void }) {
  const disconnect = async () => {
    await ask({ type: 'api-disconnect' }).catch(() => undefined);
    await browser.permissions.remove({ origins: [API_ORIGIN_PATTERN] }).catch(() => false);
    onDisconnected();
  };
  return (
    <section class="card row-between" aria-label={t('assistantConnectTitle')}>
      <p>{t('assistantConnectedAs', [username])}</p>
      <button type="button" onClick={() => void disconnect()}>
        {t('assistantDisconnect')}
      </button>
    </section>
  );
}

function definitionsOf(levels: LevelInfo[]): { guid: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const level of levels) if (!seen.has(level.definitionGuid)) seen.set(level.definitionGuid, level.definitionName);
  return [...seen].map(([guid, name]) => ({ guid, name }));
}

function Planner({ run, onApplied }: { run?: Run; onApplied: () => void }) {
  const [overview, setOverview] = useState<Overview | undefined>();
  const [loadError, setLoadError] = useState('');
  const [integrationGuid, setIntegrationGuid] = useState('');
  const [action, setAction] = useState<PlanAction>('attach');
  // What the user unticked, not what is ticked: a level or definition listed for the first time starts chosen, and one
  // that leaves the list on a reload and comes back keeps the user's choice.
  const [untickedLevels, setUntickedLevels] = useState<Set<number>>(new Set());
  const [untickedDefinitions, setUntickedDefinitions] = useState<Set<string>>(new Set());
  const [reviewing, setReviewing] = useState<Plan | undefined>();
  const reviewedSelection = useRef<PlanSelection>({ definitions: [], levels: [] });
  const [refreshing, setRefreshing] = useState(false);
  const [refreshError, setRefreshError] = useState('');

  const nextListRequest = useMemo(requestOrder, []);
  /**
   * Loads the list again. In the background (after a run) the list on screen stays usable until the new one arrives.
   * Either way the user's integration, levels and definitions are kept. Only the newest request's reply is shown: an
   * older list (from before a run) would let Review and Apply plan steps the run has done.
   */
  const load = ({ background = false } = {}) => {
    const turn = nextListRequest();
    if (background) {
      setRefreshing(true);
      setRefreshError('');
    } else {
      setLoadError('');
      setOverview(undefined);
    }
    ask({ type: 'api-overview' })
      .then((reply) => {
        if (!turn.isNewest()) return;
        setRefreshing(false);
        const result = reply as Overview | { error: string; message?: string };
        if ('error' in result) {
          const message =
            result.error === 'unauthorized' ? t('assistantUnauthorized') : t('assistantFailed', [result.message ?? '']);
          // A list already on screen stays usable: the failure is said above it.
          if (background) setRefreshError(message);
          else setLoadError(message);
          return;
        }
        setLoadError('');
        setRefreshError('');
        setOverview(result);
        setIntegrationGuid((current) =>
          current !== '' && result.integrations.some((candidate) => sameGuid(candidate.guid, current))
            ? current
            : (result.suggestedGuid ?? ''),
        );
        // A plan on screen was made from the old list: make it again from the new one, for the same choices.
        setReviewing(
          (current) =>
            current && makePlan(result.levels, current.integrationGuid, current.action, reviewedSelection.current),
        );
      })
      .catch(() => {
        if (!turn.isNewest()) return;
        setRefreshing(false);
        if (background) setRefreshError(t('assistantNetwork'));
        else setLoadError(t('assistantNetwork'));
      });
  };
  useEffect(() => load(), []);
  // Keyed on the finish time, not on "finished": a short run can start and end between two status replies.
  const finishedAt = run?.finishedAt;
  const listedAfterFinish = useRef(finishedAt);
  useEffect(() => {
    if (finishedAt === undefined || finishedAt === listedAfterFinish.current) return;
    listedAfterFinish.current = finishedAt;
    load({ background: true });
  }, [finishedAt]);

  const levelIds = useMemo(
    () => [...new Set(overview?.levels.map((level) => level.levelId) ?? [])].sort((a, b) => a - b),
    [overview],
  );
  const definitions = useMemo(() => definitionsOf(overview?.levels ?? []), [overview]);
  const chosenLevels = useMemo(() => chosenAmong(levelIds, untickedLevels), [levelIds, untickedLevels]);
  const chosenDefinitions = useMemo(
    () =>
      chosenAmong(
        definitions.map((definition) => definition.guid),
        untickedDefinitions,
      ),
    [definitions, untickedDefinitions],
  );
  const integration = overview?.integrations.find((candidate) => candidate.guid === integrationGuid);

  if (loadError) {
    return (
      <section class="card">
        <p class="banner warning" role="alert">
          {loadError}
        </p>
        <button type="button" onClick={() => load()}>
          {t('assistantReload')}
        </button>
      </section>
    );
  }
  if (!overview) {
    return (
      <section class="card" aria-busy="true">
        <p role="status">{t('assistantLoading')}</p>
      </section>
    );
  }

  // Only the listed ones: a definition out of the list keeps the user's choice for when it comes back.
  const toggleAll = <T,>(set: Set<T>, values: T[], on: boolean) => {
    const next = new Set(set);
    for (const value of values) {
      if (on) next.add(value);
      else next.delete(value);
    }
    return next;
  };
  const toggle = <T,>(set: Set<T>, value: T, on: boolean) => toggleAll(set, [value], on);
  const isAttached = (definitionGuid: string, levelId: number) =>
    overview.levels.some(
      (level) =>
        level.definitionGuid === definitionGuid &&
        level.levelId === levelId &&
        integrationGuid !== '' &&
        level.attached.some((guid) => sameGuid(guid, integrationGuid)),
    );
  const review = () => {
    reviewedSelection.current = { definitions: [...chosenDefinitions], levels: [...chosenLevels] };
    setReviewing(makePlan(overview.levels, integrationGuid, action, reviewedSelection.current));
  };
  const applyPlan = async (plan: Plan) => {
    await ask({
      type: 'api-apply',
      action: plan.action,
      integrationGuid: plan.integrationGuid,
      integrationName: integration?.name ?? '',
      steps: plan.steps,
    });
    setReviewing(undefined);
    onApplied();
  };
  const busy = run !== undefined && run.finishedAt === undefined && runCounts(run).pending > 0;
  const allChosen = chosenDefinitions.size === definitions.length;

  return (
    <section class="card" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('assistantPlanTitle')}</h2>
      {refreshError && (
        <p class="banner warning" role="alert">
          {refreshError}
        </p>
      )}
      <div class="form">
        <label>
          {t('assistantIntegration')}
          <select value={integrationGuid} onChange={(event) => setIntegrationGuid(event.currentTarget.value)}>
            <option value="">{t('assistantChooseIntegration')}</option>
            {overview.integrations.map((candidate) => (
              <option key={candidate.guid} value={candidate.guid}>
                {candidate.type ? `${candidate.name} (${candidate.type})` : candidate.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t('assistantAction')}</legend>
          <label class="check">
            <input type="radio" name="action" checked={action === 'attach'} onChange={() => setAction('attach')} />
            {t('assistantAttach')}
          </label>
          <label class="check">
            <input type="radio" name="action" checked={action === 'detach'} onChange={() => setAction('detach')} />
            {t('assistantDetach')}
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('assistantLevels')}</legend>
          {levelIds.map((id) => (
            <label class="check" key={id}>
              <input
                type="checkbox"
                checked={chosenLevels.has(id)}
                onChange={(event) => setUntickedLevels(toggle(untickedLevels, id, !event.currentTarget.checked))}
              />
              {t('assistantLevelN', [String(id)])}
            </label>
          ))}
        </fieldset>
      </div>
      <table class="definitions">
        <caption>
          {t('assistantDefinitionsCaption', [String(chosenDefinitions.size), String(definitions.length)])}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label={t('assistantSelectAll')}
                checked={allChosen}
                onChange={(event) =>
                  setUntickedDefinitions(
                    toggleAll(
                      untickedDefinitions,
                      definitions.map((d) => d.guid),
                      !event.currentTarget.checked,
                    ),
                  )
                }
              />
            </th>
            <th scope="col">{t('assistantDefinition')}</th>
            {levelIds.map((id) => (
              <th scope="col" key={id}>
                {t('assistantLevelN', [String(id)])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {definitions.map((definition) => (
            <tr key={definition.guid}>
              <td>
                <input
                  type="checkbox"
                  aria-label={definition.name}
                  checked={chosenDefinitions.has(definition.guid)}
                  onChange={(event) =>
                    setUntickedDefinitions(toggle(untickedDefinitions, definition.guid, !event.currentTarget.checked))
                  }
                />
              </td>
              <th scope="row">{definition.name}</th>
              {levelIds.map((id) => (
                <td key={id}>{isAttached(definition.guid, id) ? t('assistantAttached') : '—'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div class="actions">
        <button type="button" onClick={review} disabled={!integrationGuid || busy || refreshing}>
          {t('assistantReview')}
        </button>
        <button type="button" onClick={() => load()}>
          {t('assistantReload')}
        </button>
      </div>
      <p class="hint" role="status">
        {refreshing ? t('assistantLoading') : ''}
      </p>
      {reviewing && (
        <section class="review" aria-labelledby="review-title">
          <h3 id="review-title">{t('assistantReviewTitle')}</h3>
          <p>
            {t(reviewing.action === 'attach' ? 'assistantReviewAttach' : 'assistantReviewDetach', [
              String(reviewing.steps.length),
              integration?.name ?? '',
              String(reviewing.unchanged.length),
            ])}
          </p>
          <ul class="steps">
            {reviewing.steps.map((step) => (
              <li key={`${step.definitionGuid}/${step.levelId}`}>
                {step.definitionName} · {t('assistantLevelN', [String(step.levelId)])}
              </li>
            ))}
          </ul>
          <div class="actions">
            <button
              type="button"
              class="primary"
              disabled={reviewing.steps.length === 0}
              // Not `disabled` while the list reloads: a focused button that turns disabled drops the focus.
              aria-disabled={refreshing ? 'true' : undefined}
              onClick={() => {
                if (!refreshing) void applyPlan(reviewing);
              }}
            >
              {t('assistantApply', [String(reviewing.steps.length)])}
            </button>
            <button type="button" onClick={() => setReviewing(undefined)}>
              {t('popupCancel')}
            </button>
          </div>
        </section>
      )}
    </section>
  );
}

function Progress({ run, onRetry }: { run: Run; onRetry: () => void }) {
  const counts = runCounts(run);
  const total = run.steps.length;
  const finished = counts.done + counts.failed;
  const failed = run.steps.filter((step) => step.status === 'failed');
  const retry = async () => {
    await ask({ type: 'api-retry' });
    onRetry();
  };
  return (
    <section class="card" aria-labelledby="progress-title">
      <h2 id="progress-title">
        {t(run.action === 'attach' ? 'assistantProgressAttach' : 'assistantProgressDetach', [run.integrationName])}
      </h2>
      <progress max={total} value={finished} aria-label={t('assistantProgressLabel')} />
      <p role="status">
        {t('assistantProgressCounts', [
          String(counts.done),
          String(counts.failed),
          String(counts.pending),
          String(total),
        ])}
        {run.finishedAt ? ` ${t('assistantFinished', [new Date(run.finishedAt).toLocaleTimeString(uiLocale())])}` : ''}
      </p>
      {failed.length > 0 && (
        <>
          <ul class="failures" aria-label={t('assistantFailures')}>
            {failed.map((step) => (
              <li key={`${step.definitionGuid}/${step.levelId}`}>
                {step.definitionName} · {t('assistantLevelN', [String(step.levelId)])}: {step.message ?? ''}
              </li>
            ))}
          </ul>
          {run.finishedAt !== undefined && (
            <button type="button" class="primary" onClick={() => void retry()}>
              {t('assistantRetry', [String(failed.length)])}
            </button>
          )}
        </>
      )}
    </section>
  );
}

document.documentElement.lang = uiLocale();
const root = document.getElementById('app');
if (root) render(<Assistant />, root);
