/**
 * The Uptrends REST API v4, called only from the worker (host permission for api.uptrends.com, requested when the
 * user connects). Errors carry the API's own message, never the credentials.
 */
import type { LevelInfo } from '../core/planner';
import { API_BASE } from '../sites/uptrends/site';

export interface ApiCredentials {
  username: string;
  password: string;
}

export type ApiErrorKind = 'unauthorized' | 'not-found' | 'rate-limited' | 'server' | 'network' | 'bad-request';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    readonly apiMessage: string,
    readonly retryAfterMs?: number,
  ) {
    super(`Uptrends API ${status || 'network'}: ${apiMessage}`);
    this.name = 'ApiError';
  }
}

export interface ApiIntegration {
  guid: string;
  name: string;
  type: string;
}

function basicAuth({ username, password }: ApiCredentials): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

function kindOf(status: number): ApiErrorKind {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'bad-request';
}

async function messageOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { Messages?: { Message?: string }[]; Message?: string };
    const messages = body.Messages?.map((m) => m.Message).filter(Boolean) ?? [];
    return (messages.join(' ') || body.Message || response.statusText || String(response.status)).slice(0, 300);
  } catch {
    return response.statusText || String(response.status);
  }
}

function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export async function apiCall<T>(
  credentials: ApiCredentials,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
  fetchImpl: Fetch = (input, init) => fetch(input, init),
): Promise<T> {
  let response: Response;
  try {
    response = await fetchImpl(`${API_BASE}${path}`, {
      method,
      headers: {
        Authorization: basicAuth(credentials),
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    throw new ApiError('network', 0, 'The Uptrends API could not be reached.');
  }
  if (!response.ok) {
    throw new ApiError(kindOf(response.status), response.status, await messageOf(response), retryAfterMs(response));
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface RetryPolicy {
  sleep: (ms: number) => Promise<void>;
  maxAttempts: number;
  maxWaitMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  maxAttempts: 5,
  maxWaitMs: 30_000,
};

/** Retries what may succeed later (429 after Retry-After, 5xx and network errors with backoff); nothing else. */
export async function withRetries<T>(task: () => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      const retriable = error instanceof ApiError && ['rate-limited', 'server', 'network'].includes(error.kind);
      if (!retriable || attempt >= policy.maxAttempts) throw error;
      const backoff = 500 * 2 ** (attempt - 1);
      const wait = error.kind === 'rate-limited' ? (error.retryAfterMs ?? backoff * 2) : backoff;
      await policy.sleep(Math.min(wait, policy.maxWaitMs));
    }
  }
}

interface RawIntegration {
  IntegrationGuid: string;
  Name?: string;
  Type?: unknown;
}
interface RawDefinition {
  AlertDefinitionGuid: string;
  AlertName?: string;
}
interface RawLevel {
  Id: number;
  IsActive?: boolean;
}

export function listIntegrations(credentials: ApiCredentials, fetchImpl?: Fetch): Promise<ApiIntegration[]> {
  return withRetries(() => apiCall<RawIntegration[]>(credentials, 'GET', '/Integration', undefined, fetchImpl)).then(
    (list) =>
      (list ?? []).map((raw) => ({
        guid: raw.IntegrationGuid,
        name: raw.Name ?? '',
        type: typeof raw.Type === 'string' ? raw.Type : '',
      })),
  );
}

async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  }
  return results;
}

/** Every escalation level of every alert definition, with what is attached to it now. */
export async function listLevels(credentials: ApiCredentials, fetchImpl?: Fetch): Promise<LevelInfo[]> {
  const definitions =
    (await withRetries(() => apiCall<RawDefinition[]>(credentials, 'GET', '/AlertDefinition', undefined, fetchImpl))) ??
    [];
  const perDefinition = await inBatches(definitions, 4, async (definition) => {
    const guid = encodeURIComponent(definition.AlertDefinitionGuid);
    const levels =
      (await withRetries(() =>
        apiCall<RawLevel[]>(credentials, 'GET', `/AlertDefinition/${guid}/EscalationLevel`, undefined, fetchImpl),
      )) ?? [];
    return inBatches(levels, 4, async (level) => {
      const attached =
        (await withRetries(() =>
          apiCall<RawIntegration[]>(
            credentials,
            'GET',
            `/AlertDefinition/${guid}/EscalationLevel/${level.Id}/Integration`,
            undefined,
            fetchImpl,
          ),
        )) ?? [];
      return {
        definitionGuid: definition.AlertDefinitionGuid,
        definitionName: definition.AlertName ?? '',
        levelId: level.Id,
        levelActive: level.IsActive !== false,
        attached: attached.map((integration) => integration.IntegrationGuid),
      } satisfies LevelInfo;
    });
  });
  return perDefinition.flat();
}

export function attachIntegration(
  credentials: ApiCredentials,
  step: { definitionGuid: string; levelId: number },
  integrationGuid: string,
  fetchImpl?: Fetch,
): Promise<unknown> {
  const path = `/AlertDefinition/${encodeURIComponent(step.definitionGuid)}/EscalationLevel/${step.levelId}/Integration`;
  return withRetries(() =>
    apiCall(
      credentials,
      'POST',
      path,
      // The defaults of Uptrends' own escalation-level form: active, with OK alerts, without reminders.
      { IntegrationGuid: integrationGuid, IsActive: true, SendOkAlerts: true, SendReminderAlerts: false },
      fetchImpl,
    ),
  );
}

export function detachIntegration(
  credentials: ApiCredentials,
  step: { definitionGuid: string; levelId: number },
  integrationGuid: string,
  fetchImpl?: Fetch,
): Promise<unknown> {
  const path = `/AlertDefinition/${encodeURIComponent(step.definitionGuid)}/EscalationLevel/${step.levelId}/Integration/${encodeURIComponent(integrationGuid)}`;
  return withRetries(() => apiCall(credentials, 'DELETE', path, undefined, fetchImpl));
}
