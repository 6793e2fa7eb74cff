/**
 * The setup assistant's worker side: the Uptrends API account, the overview, and the run that attaches (or detaches)
 * the AlertOps integration level by level. The run lives in storage, step by step, so a stopped worker, a rate limit
 * or a network error never loses track of what was done: the next start resumes the pending steps.
 */
import browser from 'webextension-polyfill';
import {
  type LevelInfo,
  nextPendingStep,
  type Plan,
  type PlanStep,
  type Run,
  recordStep,
  retryFailed,
  sameGuid,
  startRun,
} from '../core/planner';
import { activeCapture, type BridgeState, markAttached, markDetached } from '../core/state';
import { API_ORIGIN_PATTERN } from '../sites/uptrends/site';
import { currentState, updateState } from './store';
import {
  type ApiCredentials,
  ApiError,
  type ApiIntegration,
  apiCall,
  attachIntegration,
  detachIntegration,
  listIntegrations,
  listLevels,
} from './uptrends-api';

const ACCOUNT_KEY = 'uptrendsApiAccount';
export const RUN_KEY = 'assistantRun';

export type ConnectResult =
  | { ok: true; username: string }
  | { ok: false; reason: 'permission' | 'unauthorized' | 'network' | 'failed'; message?: string };

function isCredentials(value: unknown): value is ApiCredentials {
  const candidate = value as ApiCredentials | undefined;
  return typeof candidate?.username === 'string' && typeof candidate.password === 'string';
}

/** The browser session's copy first; a remembered one (storage.local) only if the user asked for it. */
export async function readCredentials(): Promise<ApiCredentials | undefined> {
  const session = (await browser.storage.session.get(ACCOUNT_KEY))[ACCOUNT_KEY];
  if (isCredentials(session)) return session;
  const remembered = (await browser.storage.local.get(ACCOUNT_KEY))[ACCOUNT_KEY];
  return isCredentials(remembered) ? remembered : undefined;
}

export async function hasApiPermission(): Promise<boolean> {
  return browser.permissions.contains({ origins: [API_ORIGIN_PATTERN] });
}

function describe(error: unknown): ConnectResult {
  if (error instanceof ApiError) {
    if (error.kind === 'unauthorized') return { ok: false, reason: 'unauthorized', message: error.apiMessage };
    if (error.kind === 'network') return { ok: false, reason: 'network' };
    return { ok: false, reason: 'failed', message: error.apiMessage };
  }
  return { ok: false, reason: 'failed' };
}

export async function connect(username: string, password: string, remember: boolean): Promise<ConnectResult> {
  if (!(await hasApiPermission())) return { ok: false, reason: 'permission' };
  const credentials = { username: username.trim(), password };
  try {
    await apiCall(credentials, 'GET', '/Integration');
  } catch (error) {
    return describe(error);
  }
  await browser.storage.session.set({ [ACCOUNT_KEY]: credentials });
  if (remember) await browser.storage.local.set({ [ACCOUNT_KEY]: credentials });
  else await browser.storage.local.remove(ACCOUNT_KEY);
  return { ok: true, username: credentials.username };
}

export async function disconnect(): Promise<void> {
  await browser.storage.session.remove(ACCOUNT_KEY);
  await browser.storage.local.remove(ACCOUNT_KEY);
}

export async function status(): Promise<{ connected: boolean; username?: string; permission: boolean; run?: Run }> {
  const credentials = await readCredentials();
  const run = await readRun();
  // The assistant page asks for the status while a run is going: a worker that was stopped picks the run up again.
  if (run && !run.finishedAt && credentials) void resumeInterruptedRun().catch(() => undefined);
  return {
    connected: credentials !== undefined,
    permission: await hasApiPermission(),
    ...(credentials ? { username: credentials.username } : {}),
    ...(run ? { run } : {}),
  };
}

export interface Overview {
  integrations: ApiIntegration[];
  levels: LevelInfo[];
  /** The integration the extension filled in step 2, found by its remembered name. */
  suggestedGuid?: string;
}

export async function overview(): Promise<Overview | { error: string; message?: string }> {
  const credentials = await readCredentials();
  if (!credentials) return { error: 'not-connected' };
  try {
    const [integrations, levels] = await Promise.all([listIntegrations(credentials), listLevels(credentials)]);
    const state = await currentState();
    const suggested = suggest(integrations, state);
    return { integrations, levels, ...(suggested ? { suggestedGuid: suggested.guid } : {}) };
  } catch (error) {
    return {
      error: error instanceof ApiError ? error.kind : 'failed',
      ...(error instanceof ApiError ? { message: error.apiMessage } : {}),
    };
  }
}

function suggest(integrations: ApiIntegration[], state: BridgeState): ApiIntegration | undefined {
  for (const name of state.uptrendsNames) {
    const match = integrations.find((integration) => integration.name.trim().toLowerCase() === name.toLowerCase());
    if (match) return match;
  }
  const alertOps = integrations.filter((integration) => /alert\s*ops/i.test(`${integration.type} ${integration.name}`));
  return alertOps.length === 1 ? alertOps[0] : undefined;
}

async function readRun(): Promise<Run | undefined> {
  const run = (await browser.storage.local.get(RUN_KEY))[RUN_KEY] as Run | undefined;
  return run && Array.isArray(run.steps) ? run : undefined;
}

async function writeRun(run: Run): Promise<void> {
  await browser.storage.local.set({ [RUN_KEY]: run });
}

export async function apply(plan: Plan, integrationName: string): Promise<Run> {
  const existing = await readRun();
  if (existing && !existing.finishedAt && nextPendingStep(existing)) return existing;
  const run = startRun(plan, integrationName, crypto.randomUUID(), Date.now());
  await writeRun(run);
  void processRun();
  return run;
}

export async function retry(): Promise<Run | undefined> {
  const run = await readRun();
  if (!run) return undefined;
  const again = retryFailed(run);
  await writeRun(again);
  void processRun();
  return again;
}

let processing: Promise<void> | undefined;

/** Works through the stored run's pending steps, one request each, recording every outcome as it goes. */
export function processRun(): Promise<void> {
  processing ??= (async () => {
    try {
      for (;;) {
        const run = await readRun();
        if (!run) return;
        const step = nextPendingStep(run);
        if (!step) {
          if (!run.finishedAt) await writeRun({ ...run, finishedAt: Date.now() });
          return;
        }
        const credentials = await readCredentials();
        if (!credentials) return;
        const outcome = await perform(run, step, credentials);
        const latest = (await readRun()) ?? run;
        if (latest.id !== run.id) continue;
        await writeRun(recordStep(latest, step, outcome));
        if (outcome.status === 'done') await remember(run, step);
      }
    } finally {
      processing = undefined;
    }
  })();
  return processing;
}

async function perform(
  run: Run,
  step: PlanStep,
  credentials: ApiCredentials,
): Promise<{ status: 'done' | 'failed'; message?: string }> {
  try {
    if (run.action === 'attach') await attachIntegration(credentials, step, run.integrationGuid);
    else await detachIntegration(credentials, step, run.integrationGuid);
    return { status: 'done' };
  } catch (error) {
    // A request whose answer was lost may still have worked: look before calling it a failure.
    if (await alreadyInWantedState(run, step, credentials)) return { status: 'done' };
    return { status: 'failed', message: error instanceof ApiError ? error.apiMessage : 'The request failed.' };
  }
}

async function alreadyInWantedState(run: Run, step: PlanStep, credentials: ApiCredentials): Promise<boolean> {
  try {
    const attached = await apiCall<{ IntegrationGuid: string }[]>(
      credentials,
      'GET',
      `/AlertDefinition/${encodeURIComponent(step.definitionGuid)}/EscalationLevel/${step.levelId}/Integration`,
    );
    const isAttached = (attached ?? []).some((integration) =>
      sameGuid(integration.IntegrationGuid, run.integrationGuid),
    );
    return run.action === 'attach' ? isAttached : !isAttached;
  } catch {
    return false;
  }
}

/** Keeps "where the setup stands" in the popup current: which levels the AlertOps integration is attached to. */
async function remember(run: Run, step: PlanStep): Promise<void> {
  await updateState((state) => {
    const capture =
      state.captures.find(
        (c) => c.filled && c.filled.uptrendsName.toLowerCase() === run.integrationName.toLowerCase(),
      ) ?? activeCapture(state);
    if (!capture) return state;
    const attachment = { definition: step.definitionName, level: String(step.levelId), at: Date.now() };
    return run.action === 'attach'
      ? markAttached(state, capture.id, attachment)
      : markDetached(state, capture.id, attachment);
  });
}

/** On worker start: a run that was interrupted goes on where it stopped. */
export async function resumeInterruptedRun(): Promise<void> {
  const run = await readRun();
  if (run && !run.finishedAt && nextPendingStep(run)) await processRun();
}
