// @vitest-environment node
/**
 * Tests of the simulated Uptrends REST API v4 itself (test/rig/uptrends-api.ts): mostly through its core handler
 * (`respond`, no TLS), plus the node adapter (socket drop, latency) and the wiring into the rig's HTTPS server.
 */
import { createServer, type Server } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startConsoleServer } from '../rig/server.ts';
import {
  ALERTOPS_PRODUCTION_GUID,
  ALERTOPS_SECOND_GUID,
  basicAuth,
  createUptrendsApi,
  definitionGuid,
  UPTRENDS_API_PASSWORD,
  UPTRENDS_API_USER,
  UPTRENDS_INTEGRATION_GUIDS,
  type UptrendsApiSim,
} from '../rig/uptrends-api.ts';

interface Answer {
  status: number;
  headers: Record<string, string>;
  text: string;
  json: unknown;
}

let clock = 1_000_000;
let api: UptrendsApiSim;

beforeEach(() => {
  clock = 1_000_000;
  api = createUptrendsApi({ now: () => clock });
});

afterEach(() => api.dispose());

async function call(
  method: string,
  path: string,
  options: { body?: unknown; raw?: string; auth?: string | null; contentType?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string | undefined> = {};
  if (options.auth !== null) headers.Authorization = options.auth ?? basicAuth();
  const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined) headers['Content-Type'] = options.contentType ?? 'application/json';
  const r = await api.respond({ method, path, headers, body });
  let json: unknown;
  try {
    json = r.body ? JSON.parse(r.body) : undefined;
  } catch {
    json = undefined;
  }
  return { status: r.status, headers: r.headers, text: r.body, json };
}

const messages = (a: Answer) => ((a.json as { Messages?: { Message: string }[] }).Messages ?? []).map((m) => m.Message);
const levelPath = (def: string, level: number) => `/v4/AlertDefinition/${def}/EscalationLevel/${level}`;
const attachBody = (guid: string) => ({
  IntegrationGuid: guid,
  IsActive: true,
  SendOkAlerts: true,
  SendReminderAlerts: true,
});

describe('authentication', () => {
  it('answers 401 with a MessageList and WWW-Authenticate: Basic without or with wrong credentials', async () => {
    for (const auth of [
      null,
      basicAuth(UPTRENDS_API_USER, 'wrong'),
      basicAuth('someone', UPTRENDS_API_PASSWORD),
      'Bearer x',
    ]) {
      const a = await call('GET', '/v4/Integration', { auth });
      expect(a.status).toBe(401);
      expect(a.headers['www-authenticate']).toBe('Basic');
      expect(a.json).toEqual({ Messages: [{ Message: 'Authorization has been denied for this request.' }] });
    }
    expect((await call('GET', '/v4/Integration')).status).toBe(200);
  });

  it('keeps the account secret out of the request log', async () => {
    await call('GET', '/v4/Integration');
    await call('POST', `${levelPath(definitionGuid(1), 1)}/Integration`, {
      body: attachBody(ALERTOPS_PRODUCTION_GUID),
    });
    await call('GET', '/v4/Integration', { auth: basicAuth(UPTRENDS_API_USER, 'guess') });
    const log = JSON.stringify(api.requests);
    expect(log).not.toContain(UPTRENDS_API_PASSWORD);
    expect(log).not.toContain(basicAuth().slice('Basic '.length));
    expect(api.requests.map((r) => [r.status, r.user])).toEqual([
      [200, UPTRENDS_API_USER],
      [201, UPTRENDS_API_USER],
      [401, undefined],
    ]);
  });

  it('answers a CORS preflight without credentials', async () => {
    const a = await call('OPTIONS', '/v4/AlertDefinition', { auth: null });
    expect(a.status).toBe(204);
    expect(a.headers['access-control-allow-origin']).toBe('*');
    expect(a.headers['access-control-allow-headers']).toBe('Authorization, Content-Type');
  });
});

describe('listing', () => {
  it('lists the integrations, AlertOps ones with Type "AlertOps"', async () => {
    const a = await call('GET', '/v4/Integration');
    expect(a.status).toBe(200);
    const list = a.json as { IntegrationGuid: string; Name: string; Type: string; Hash: string }[];
    expect(list.map((i) => [i.Name, i.Type])).toEqual([
      ['E-mail', 'Email'],
      ['SMS', 'Sms'],
      ['Phone', 'Phone'],
      ['Slack ops', 'Slack'],
      ['Webhook CMDB', 'GenericWebhook'],
      ['AlertOps production', 'AlertOps'],
      ['AlertOps staging', 'AlertOps'],
    ]);
    expect(list.find((i) => i.Name === 'AlertOps production')?.IntegrationGuid).toBe(ALERTOPS_PRODUCTION_GUID);
    expect(list.every((i) => typeof i.Hash === 'string' && i.Hash.length > 0)).toBe(true);
  });

  it('lists 36 alert definitions with the schema fields, and matches paths case-insensitively', async () => {
    const a = await call('GET', '/v4/AlertDefinition');
    const list = a.json as Record<string, unknown>[];
    expect(list).toHaveLength(36);
    expect(Object.keys(list[0] ?? {}).sort()).toEqual(['AlertDefinitionGuid', 'AlertName', 'Hash', 'IsActive']);
    expect(list[0]?.AlertDefinitionGuid).toBe(definitionGuid(0));
    expect(list.some((d) => d.IsActive === false)).toBe(true);
    expect(new Set(list.map((d) => d.AlertName)).size).toBe(36);
    expect((await call('GET', '/v4/alertdefinition/')).json).toEqual(list);
    const one = await call('GET', `/v4/AlertDefinition/${definitionGuid(2).toUpperCase()}`);
    expect(one.json).toEqual(list[2]);
  });

  it('gives 3 escalation levels (4 on some definitions), levels 1-2 active', async () => {
    const three = (await call('GET', `/v4/AlertDefinition/${definitionGuid(0)}/EscalationLevel`)).json as {
      Id: number;
      IsActive: boolean;
      EscalationMode: string;
    }[];
    expect(three.map((l) => [l.Id, l.IsActive])).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ]);
    expect(three.every((l) => ['AlertOnErrorCount', 'AlertOnErrorDuration'].includes(l.EscalationMode))).toBe(true);
    const four = (await call('GET', `/v4/AlertDefinition/${definitionGuid(4)}/EscalationLevel`)).json as unknown[];
    expect(four).toHaveLength(4);
    const level = await call('GET', levelPath(definitionGuid(4), 4));
    expect(level.json).toMatchObject({ Id: 4, IsActive: false });
  });

  it('lists the integrations attached to a level (AlertOps production pre-attached on a few)', async () => {
    const a = await call('GET', `${levelPath(definitionGuid(0), 1)}/Integration`);
    const names = (a.json as { Name: string }[]).map((i) => i.Name);
    expect(names).toEqual(['E-mail', 'Slack ops', 'AlertOps production']);
    expect(api.attachedTo(definitionGuid(0), 1)).toContain(ALERTOPS_PRODUCTION_GUID);
    expect(api.attachedTo(definitionGuid(3), 1)).toContain(ALERTOPS_SECOND_GUID);
    const one = await call('GET', `${levelPath(definitionGuid(0), 1)}/Integration/${UPTRENDS_INTEGRATION_GUIDS.slack}`);
    expect(one.json).toMatchObject({ Name: 'Slack ops', Type: 'Slack', VariableValues: { Channel: '#ops-alerts' } });
  });
});

describe('attach, change, detach', () => {
  const def = definitionGuid(1);
  const base = `${levelPath(def, 2)}/Integration`;

  it('attaches with 201 and the Integration, then refuses the same integration again with 400', async () => {
    expect(api.attachedTo(def, 2)).not.toContain(ALERTOPS_PRODUCTION_GUID);
    const body = { ...attachBody(ALERTOPS_PRODUCTION_GUID), SendOkAlerts: false, VariableValues: { Priority: 'High' } };
    const a = await call('POST', base, { body });
    expect(a.status).toBe(201);
    expect(a.json).toMatchObject({
      IntegrationGuid: ALERTOPS_PRODUCTION_GUID,
      Name: 'AlertOps production',
      Type: 'AlertOps',
      VariableValues: { Priority: 'High' },
    });
    expect(a.json).not.toHaveProperty('IsActive');
    expect(a.headers.location).toBe(`https://api.uptrends.com${base}/${ALERTOPS_PRODUCTION_GUID}`);
    expect(api.attachedTo(def, 2)).toContain(ALERTOPS_PRODUCTION_GUID);
    expect(api.attachment(def, 2, ALERTOPS_PRODUCTION_GUID)).toMatchObject({
      isActive: true,
      sendOkAlerts: false,
      sendReminderAlerts: true,
    });

    const again = await call('POST', base, { body: attachBody(ALERTOPS_PRODUCTION_GUID.toUpperCase()) });
    expect(again.status).toBe(400);
    expect(messages(again)).toEqual(['The integration is already added to this escalation level.']);
    expect(api.attachedTo(def, 2).filter((g) => g === ALERTOPS_PRODUCTION_GUID)).toHaveLength(1);
  });

  it('changes an attachment with PATCH (204) and detaches with DELETE (204), then 404', async () => {
    await call('POST', base, { body: attachBody(ALERTOPS_PRODUCTION_GUID) });
    const item = `${base}/${ALERTOPS_PRODUCTION_GUID}`;
    const patch = await call('PATCH', item, { body: { IsActive: false } });
    expect(patch.status).toBe(204);
    expect(patch.text).toBe('');
    expect(api.attachment(def, 2, ALERTOPS_PRODUCTION_GUID)?.isActive).toBe(false);
    expect((await call('PATCH', item, { body: { IsActive: 'no' } })).status).toBe(400);

    const del = await call('DELETE', item);
    expect(del.status).toBe(204);
    expect(api.attachedTo(def, 2)).not.toContain(ALERTOPS_PRODUCTION_GUID);
    expect((await call('GET', item)).status).toBe(404);
    expect((await call('DELETE', item)).status).toBe(404);
  });

  it('changes an escalation level with PATCH (204)', async () => {
    const a = await call('PATCH', levelPath(def, 3), { body: { IsActive: true } });
    expect(a.status).toBe(204);
    expect(((await call('GET', levelPath(def, 3))).json as { IsActive: boolean }).IsActive).toBe(true);
  });
});

describe('errors', () => {
  const def = definitionGuid(5);
  const base = `${levelPath(def, 1)}/Integration`;

  it('answers 404 with a MessageList for an unknown definition, level, attachment or route', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const [method, path] of [
      ['GET', `/v4/AlertDefinition/${unknown}`],
      ['GET', `/v4/AlertDefinition/${unknown}/EscalationLevel`],
      ['POST', `${levelPath(unknown, 1)}/Integration`],
      ['GET', levelPath(def, 9)],
      ['POST', `${levelPath(def, 9)}/Integration`],
      ['GET', `${base}/${UPTRENDS_INTEGRATION_GUIDS.phone}`],
      ['GET', '/v4/Monitor'],
      ['GET', '/v3/Integration'],
    ] as const) {
      const a = await call(method, path, {
        body: method === 'POST' ? attachBody(ALERTOPS_PRODUCTION_GUID) : undefined,
      });
      expect([method, path, a.status]).toEqual([method, path, 404]);
      expect(messages(a).length).toBeGreaterThan(0);
    }
  });

  it('answers 400 for a malformed GUID or level id in the path, 405 for an unsupported method', async () => {
    expect((await call('GET', '/v4/AlertDefinition/not-a-guid')).status).toBe(400);
    expect((await call('GET', `${levelPath(def, 1).replace(/1$/, 'one')}`)).status).toBe(400);
    const a = await call('DELETE', '/v4/Integration');
    expect(a.status).toBe(405);
    expect(a.headers.allow).toBe('GET');
  });

  it('answers 400 for a bad body and changes nothing', async () => {
    const before = api.attachedTo(def, 1);
    const cases: [string, { body?: unknown; raw?: string }][] = [
      ['malformed JSON', { raw: '{"IntegrationGuid": ' }],
      ['empty body', { raw: '' }],
      ['array body', { body: [attachBody(ALERTOPS_PRODUCTION_GUID)] }],
      ['no IntegrationGuid', { body: { IsActive: true, SendOkAlerts: true, SendReminderAlerts: true } }],
      ['IntegrationGuid a number', { body: { ...attachBody('x'), IntegrationGuid: 42 } }],
      ['IntegrationGuid not a guid', { body: attachBody('alertops') }],
      ['unknown integration', { body: attachBody('11111111-2222-4333-8444-555555555555') }],
      ['IsActive a string', { body: { ...attachBody(ALERTOPS_PRODUCTION_GUID), IsActive: 'true' } }],
      ['flags missing', { body: { IntegrationGuid: ALERTOPS_PRODUCTION_GUID } }],
      ['VariableValues not strings', { body: { ...attachBody(ALERTOPS_PRODUCTION_GUID), VariableValues: { a: 1 } } }],
      [
        'ExtraEmailAddresses on AlertOps',
        { body: { ...attachBody(ALERTOPS_PRODUCTION_GUID), ExtraEmailAddresses: [] } },
      ],
      ['OK alerts on Phone', { body: attachBody(UPTRENDS_INTEGRATION_GUIDS.phone) }],
    ];
    for (const [name, options] of cases) {
      const a = await call('POST', base, { ...options, raw: options.raw ?? JSON.stringify(options.body) });
      expect([name, a.status]).toEqual([name, 400]);
      expect(messages(a).length).toBeGreaterThan(0);
    }
    const text = await call('POST', base, { body: attachBody(ALERTOPS_PRODUCTION_GUID), contentType: 'text/plain' });
    expect(text.status).toBe(415);
    expect(api.attachedTo(def, 1)).toEqual(before);
  });
});

describe('fault injection', () => {
  const def = definitionGuid(7);
  const base = `${levelPath(def, 1)}/Integration`;

  it('answers 429 with Retry-After, then works again', async () => {
    api.failNext({ method: 'POST', pathIncludes: '/EscalationLevel/' }, { status: 429, retryAfterSeconds: 7 });
    expect((await call('GET', '/v4/Integration')).status).toBe(200); // does not match
    const a = await call('POST', base, { body: attachBody(ALERTOPS_PRODUCTION_GUID) });
    expect(a.status).toBe(429);
    expect(a.headers['retry-after']).toBe('7');
    expect(messages(a)).toHaveLength(1);
    expect(api.attachedTo(def, 1)).not.toContain(ALERTOPS_PRODUCTION_GUID);
    expect(api.requests.at(-1)).toMatchObject({ status: 429, injected: 'fail' });
    expect((await call('POST', base, { body: attachBody(ALERTOPS_PRODUCTION_GUID) })).status).toBe(201);
  });

  it('answers 500 with a JSON MessageList and 503 with an HTML page', async () => {
    api.failNext({}, { status: 500 });
    api.failNext({}, { status: 503 });
    const a = await call('GET', '/v4/AlertDefinition');
    expect(a.status).toBe(500);
    expect(a.headers['retry-after']).toBeUndefined();
    expect(messages(a)).toEqual(['An error has occurred.']);
    const b = await call('GET', '/v4/AlertDefinition');
    expect(b.status).toBe(503);
    expect(b.headers['content-type']).toContain('text/html');
    expect((await call('GET', '/v4/AlertDefinition')).status).toBe(200);
  });

  it('counts down: `times` failures, then normal answers', async () => {
    api.failNext({ pathIncludes: '/alertdefinition' }, { status: 503, times: 3 });
    expect(api.pendingFaults).toMatchObject([{ kind: 'fail', remaining: 3 }]);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await call('GET', '/v4/AlertDefinition')).status);
      if (i === 0) expect(api.pendingFaults[0]?.remaining).toBe(2);
    }
    expect(statuses).toEqual([503, 503, 503, 200]);
    expect(api.pendingFaults).toEqual([]);
  });

  it('does not spend faults on requests refused for bad credentials', async () => {
    api.failNext({}, { status: 500 });
    expect((await call('GET', '/v4/Integration', { auth: null })).status).toBe(401);
    expect((await call('GET', '/v4/Integration')).status).toBe(500);
  });

  it('can fail after the change is made (the retried POST then gets "already added")', async () => {
    api.failNext({ method: 'POST' }, { status: 500, afterCommit: true });
    expect((await call('POST', base, { body: attachBody(ALERTOPS_PRODUCTION_GUID) })).status).toBe(500);
    expect(api.attachedTo(def, 1)).toContain(ALERTOPS_PRODUCTION_GUID);
    expect((await call('POST', base, { body: attachBody(ALERTOPS_PRODUCTION_GUID) })).status).toBe(400);
  });

  it('drops the connection (status 0 in the core, logged as a drop)', async () => {
    api.dropConnectionNext({ method: 'POST' });
    const r = await api.respond({
      method: 'POST',
      path: base,
      headers: { authorization: basicAuth(), 'content-type': 'application/json' },
      body: JSON.stringify(attachBody(ALERTOPS_PRODUCTION_GUID)),
    });
    expect(r).toMatchObject({ dropped: true, status: 0 });
    expect(api.attachedTo(def, 1)).not.toContain(ALERTOPS_PRODUCTION_GUID);
    expect(api.requests.at(-1)).toMatchObject({ method: 'POST', status: 0, injected: 'drop' });
  });

  it('rate-limits with 429 and Retry-After, per window', async () => {
    api.rateLimit = { maxRequests: 2, windowMs: 1000 };
    expect((await call('GET', '/v4/Integration')).status).toBe(200);
    clock += 400;
    expect((await call('GET', '/v4/Integration')).status).toBe(200);
    const limited = await call('GET', '/v4/Integration');
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('1');
    clock += 601; // the first request left the window
    expect((await call('GET', '/v4/Integration')).status).toBe(200);
    expect((await call('GET', '/v4/Integration')).status).toBe(429);
    api.rateLimit = null;
    expect((await call('GET', '/v4/Integration')).status).toBe(200);
  });

  it('reset() restores the seed and clears faults, limits, latency and the log', async () => {
    await call('DELETE', `${levelPath(definitionGuid(0), 1)}/Integration/${ALERTOPS_PRODUCTION_GUID}`);
    api.failNext({}, { status: 500, times: 5 });
    api.rateLimit = { maxRequests: 1 };
    api.latencyMs = 50;
    api.reset();
    expect(api.pendingFaults).toEqual([]);
    expect(api.rateLimit).toBeNull();
    expect(api.latencyMs).toBe(0);
    expect(api.requests).toEqual([]);
    expect(api.attachedTo(definitionGuid(0), 1)).toContain(ALERTOPS_PRODUCTION_GUID);
  });
});

describe('seed()', () => {
  it('makes the requested number of definitions and levels, with or without a second AlertOps integration', async () => {
    api.seed({ definitions: 80, levelsPerDefinition: 4, secondAlertOps: null, alertOpsAttached: [] });
    const defs = (await call('GET', '/v4/AlertDefinition')).json as { AlertDefinitionGuid: string }[];
    expect(defs).toHaveLength(80);
    expect(new Set(defs.map((d) => d.AlertDefinitionGuid)).size).toBe(80);
    expect((await call('GET', `/v4/AlertDefinition/${definitionGuid(79)}/EscalationLevel`)).json).toHaveLength(4);
    const types = ((await call('GET', '/v4/Integration')).json as { Type: string }[]).map((i) => i.Type);
    expect(types.filter((t) => t === 'AlertOps')).toHaveLength(1);
    expect(
      api.definitions.some((d) =>
        d.levels.some((l) => api.attachedTo(d.guid, l.id).includes(ALERTOPS_PRODUCTION_GUID)),
      ),
    ).toBe(false);
  });
});

describe('over HTTP', () => {
  let server: Server;
  let port: number;

  beforeEach(async () => {
    server = createServer((req, res) => void api.handleNode(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const get = (path: string) => fetch(`http://127.0.0.1:${port}${path}`, { headers: { Authorization: basicAuth() } });

  it('serves JSON, applies latency, and turns a dropped connection into a network error', async () => {
    const ok = await get('/v4/Integration');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('application/json');
    expect(await ok.json()).toHaveLength(7);

    api.latencyMs = 150;
    const started = Date.now();
    expect((await get('/v4/Integration')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    api.latencyMs = 0;

    api.dropConnectionNext({ pathIncludes: '/AlertDefinition' });
    await expect(get('/v4/AlertDefinition')).rejects.toThrow();
    expect((await get('/v4/AlertDefinition')).status).toBe(200);
  });

  it('tracks how many requests were in flight at once', async () => {
    api.latencyMs = 50;
    await Promise.all([get('/v4/Integration'), get('/v4/Integration'), get('/v4/Integration')]);
    expect(api.maxInFlight).toBe(3);
  });
});

describe('wired into the rig server', () => {
  it('answers on api.uptrends.com over HTTPS and keeps the secret out of server.requests', async () => {
    const server = await startConsoleServer();
    try {
      const send = (method: string, path: string, body?: unknown) =>
        new Promise<{ status: number; text: string }>((resolve, reject) => {
          const req = httpsRequest(
            {
              host: '127.0.0.1',
              port: server.port,
              servername: 'api.uptrends.com',
              rejectUnauthorized: false,
              method,
              path,
              headers: { host: 'api.uptrends.com', authorization: basicAuth(), 'content-type': 'application/json' },
            },
            (res) => {
              let text = '';
              res.setEncoding('utf8');
              res.on('data', (chunk: string) => {
                text += chunk;
              });
              res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
            },
          );
          req.on('error', reject);
          req.end(body === undefined ? undefined : JSON.stringify(body));
        });
      expect((await send('GET', '/v4/Integration')).status).toBe(200);
      const path = `${levelPath(definitionGuid(2), 1)}/Integration`;
      expect((await send('POST', path, attachBody(ALERTOPS_PRODUCTION_GUID))).status).toBe(201);
      expect(server.uptrendsApi.attachedTo(definitionGuid(2), 1)).toContain(ALERTOPS_PRODUCTION_GUID);
      expect(server.uptrendsApi.requests.map((r) => r.status)).toEqual([200, 201]);
      const everything = JSON.stringify([server.requests, server.uptrendsApi.requests]);
      expect(everything).not.toContain(UPTRENDS_API_PASSWORD);
      expect(everything).not.toContain(basicAuth().slice('Basic '.length));
      server.reset();
      expect(server.uptrendsApi.attachedTo(definitionGuid(2), 1)).not.toContain(ALERTOPS_PRODUCTION_GUID);
    } finally {
      await server.close();
    }
  });
});
