import { describe, expect, it } from 'vitest';
import { ApiError, apiCall, type Fetch, listLevels, withRetries } from '../../src/background/uptrends-api';

const credentials = { username: 'api-user', password: 'pässword' };

function reply(status: number, body?: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers });
}

describe('apiCall', () => {
  it('sends Basic authentication (UTF-8) and JSON, and parses the answer', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const fetchImpl: Fetch = async (url, init) => {
      calls.push({ url, init });
      return reply(201, { IntegrationGuid: 'x' });
    };
    const result = await apiCall(
      credentials,
      'POST',
      '/AlertDefinition/a/EscalationLevel/1/Integration',
      { IntegrationGuid: 'x' },
      fetchImpl,
    );
    expect(result).toEqual({ IntegrationGuid: 'x' });
    const headers = calls[0]?.init.headers as Record<string, string>;
    const decoded = new TextDecoder().decode(
      Uint8Array.from(atob(headers.Authorization?.slice(6) ?? ''), (c) => c.charCodeAt(0)),
    );
    expect(decoded).toBe('api-user:pässword');
    expect(calls[0]?.url).toBe('https://api.uptrends.com/v4/AlertDefinition/a/EscalationLevel/1/Integration');
    expect(calls[0]?.init.body).toBe('{"IntegrationGuid":"x"}');
  });

  it.each([
    [401, 'unauthorized'],
    [404, 'not-found'],
    [400, 'bad-request'],
    [429, 'rate-limited'],
    [500, 'server'],
  ])('turns %i into a %s error carrying the API message, never the password', async (status, kind) => {
    const fetchImpl: Fetch = async () =>
      reply(status, { Messages: [{ Message: `Problem ${status}` }] }, { 'Retry-After': '3' });
    const error = await apiCall(credentials, 'GET', '/Integration', undefined, fetchImpl).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe(kind);
    expect((error as ApiError).apiMessage).toBe(`Problem ${status}`);
    expect(String(error)).not.toContain(credentials.password);
    if (status === 429) expect((error as ApiError).retryAfterMs).toBe(3000);
  });

  it('reports an unreachable API as a network error', async () => {
    const fetchImpl: Fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(apiCall(credentials, 'GET', '/Integration', undefined, fetchImpl)).rejects.toMatchObject({
      kind: 'network',
    });
  });
});

describe('withRetries', () => {
  const noSleep = { maxAttempts: 5, maxWaitMs: 30_000 };

  it('waits as long as Retry-After says after a 429, then succeeds', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetries(
      async () => {
        calls += 1;
        if (calls < 3) throw new ApiError('rate-limited', 429, 'Too many requests', 2000);
        return 'ok';
      },
      { ...noSleep, sleep: async (ms) => void waits.push(ms) },
    );
    expect(result).toBe('ok');
    expect(waits).toEqual([2000, 2000]);
  });

  it('backs off on server and network errors and gives up after the last attempt', async () => {
    const waits: number[] = [];
    let calls = 0;
    const error = await withRetries(
      async () => {
        calls += 1;
        throw new ApiError(calls % 2 ? 'server' : 'network', calls % 2 ? 500 : 0, 'boom');
      },
      { ...noSleep, sleep: async (ms) => void waits.push(ms) },
    ).catch((e: unknown) => e);
    expect(calls).toBe(5);
    expect(waits).toEqual([500, 1000, 2000, 4000]);
    expect((error as ApiError).apiMessage).toBe('boom');
  });

  it('never retries what cannot succeed later (400, 401, 404)', async () => {
    for (const [kind, status] of [
      ['bad-request', 400],
      ['unauthorized', 401],
      ['not-found', 404],
    ] as const) {
      let calls = 0;
      await withRetries(
        async () => {
          calls += 1;
          throw new ApiError(kind, status, 'no');
        },
        { ...noSleep, sleep: async () => undefined },
      ).catch(() => undefined);
      expect(calls).toBe(1);
    }
  });

  it('caps a very long Retry-After', async () => {
    const waits: number[] = [];
    let calls = 0;
    await withRetries(
      async () => {
        calls += 1;
        if (calls === 1) throw new ApiError('rate-limited', 429, 'slow down', 3_600_000);
        return 'ok';
      },
      { ...noSleep, sleep: async (ms) => void waits.push(ms) },
    );
    expect(waits).toEqual([30_000]);
  });
});

describe('listLevels', () => {
  it('lists every level of every definition with what is attached', async () => {
    const fetchImpl: Fetch = async (url) => {
      const path = url.replace('https://api.uptrends.com/v4', '');
      if (path === '/AlertDefinition')
        return reply(200, [
          { AlertDefinitionGuid: 'd1', AlertName: 'One' },
          { AlertDefinitionGuid: 'd2', AlertName: 'Two' },
        ]);
      if (/^\/AlertDefinition\/d\d\/EscalationLevel$/.test(path))
        return reply(200, [
          { Id: 1, IsActive: true },
          { Id: 2, IsActive: false },
        ]);
      if (path === '/AlertDefinition/d2/EscalationLevel/2/Integration') return reply(200, [{ IntegrationGuid: 'ao' }]);
      if (/Integration$/.test(path)) return reply(200, []);
      return reply(404, { Messages: [{ Message: 'not found' }] });
    };
    const levels = await listLevels(credentials, fetchImpl);
    expect(levels).toHaveLength(4);
    expect(levels.find((l) => l.definitionGuid === 'd2' && l.levelId === 2)).toEqual({
      definitionGuid: 'd2',
      definitionName: 'Two',
      levelId: 2,
      levelActive: false,
      attached: ['ao'],
    });
  });
});
