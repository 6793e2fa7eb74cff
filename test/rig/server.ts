/**
 * The test rig: one local HTTPS server that plays both consoles, chosen by the Host header.
 *
 *   *.alertops.com   → the simulated AlertOps console (test/consoles/alertops/) + its JSON API (implemented here)
 *   app.uptrends.com → the simulated Uptrends console (test/consoles/uptrends/), static; API writes are echoed
 *   notify.alertops.com → the alert endpoint: POSTs are recorded and answered like AlertOps would
 *   api.uptrends.com → the simulated Uptrends REST API v4 (./uptrends-api.ts), exposed as `server.uptrendsApi`
 *   anything else    → 404
 *
 * Browsers reach it on the real host names: Chromium with `--host-resolver-rules` (see `hostResolverRules`), Firefox
 * with `network.dns.forceResolve` and the server on port 443.
 */
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testCertificate } from './certs.ts';
import { createUptrendsApi, UPTRENDS_API_HOST, type UptrendsApiSim } from './uptrends-api.ts';

export const CONSOLE_HOSTS = ['app.alertops.com', 'acme.alertops.com', 'app.uptrends.com'] as const;
export type ConsoleHost = (typeof CONSOLE_HOSTS)[number];

export interface RecordedRequest {
  host: string;
  method: string;
  /** Path name only, without the query string. */
  path: string;
  /** Parsed JSON (or form fields as an object, or the raw text; undefined when empty). */
  body: unknown;
  at: number;
}

export interface CreatedIntegration {
  id: number;
  name: string;
  template: string;
  channel: 'API';
  /** The endpoint URL generated at save time, with a fresh random key. */
  url: string;
  shape: 'current' | 'restapi';
  recipients: string[];
  escalationPolicy: string | null;
  /** Console host the save came from (app.alertops.com, acme.alertops.com…). */
  host: string;
  createdAt: number;
}

export interface ConsoleServer {
  port: number;
  /** The origin a browser should open for a console host, e.g. `https://app.alertops.com` (no port: see README). */
  origin(host: string): string;
  /** Every POST/PUT/PATCH/DELETE under /api/ (both consoles) and every POST to notify.alertops.com, in order. */
  requests: RecordedRequest[];
  /** URL of the integration created by the latest successful save (undefined before the first). */
  readonly lastCreatedUrl: string | undefined;
  /** Integrations created through the AlertOps console since start (or since reset()). Seeded ones are not listed. */
  createdIntegrations: CreatedIntegration[];
  /**
   * The simulated Uptrends REST API v4 on `https://api.uptrends.com/v4`: seed data, fault injection, its own call log.
   * Its calls are not in `requests` (which never holds request headers, so never the Basic auth secret).
   */
  uptrendsApi: UptrendsApiSim;
  /**
   * Forget recorded requests and created integrations (the created integrations also leave the console's list), and
   * reset the Uptrends API simulator (default seed, no faults, empty log).
   */
  reset(): void;
  close(): Promise<void>;
}

/** The value for Chromium's `--host-resolver-rules=` that sends every console host to this server. */
export function hostResolverRules(port: number, address = '127.0.0.1'): string {
  return [...CONSOLE_HOSTS, 'notify.alertops.com', UPTRENDS_API_HOST]
    .map((h) => `MAP ${h} ${address}:${port}`)
    .join(', ');
}

const CONSOLES_DIR = fileURLToPath(new URL('../consoles/', import.meta.url));
const ALERTOPS_DIR = join(CONSOLES_DIR, 'alertops');
const UPTRENDS_DIR = join(CONSOLES_DIR, 'uptrends');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const DEFAULT_ALERTOPS_SAVE_DELAY_MS = 300;
const DEFAULT_ALERTOPS_READ_DELAY_MS = 150;
const MAX_BODY_BYTES = 1024 * 1024;

type Shape = CreatedIntegration['shape'];

interface StoredIntegration extends Omit<CreatedIntegration, 'host'> {
  host: string;
  seeded: boolean;
}

function endpointUrl(shape: Shape, key: string, template: string): string {
  const last = encodeURIComponent(template);
  return shape === 'restapi'
    ? `https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/${key}/${last}`
    : `https://notify.alertops.com/POSTAlert/${key}/${last}`;
}

function hostOf(req: IncomingMessage): string {
  const raw = (req.headers.host ?? '').trim().toLowerCase();
  // IPv6 literal "[::1]:443" or name "app.alertops.com:8443"
  if (raw.startsWith('[')) return raw.slice(0, raw.indexOf(']') + 1);
  return raw.replace(/:\d+$/, '').replace(/\.$/, '');
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(buf);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  const type = String(req.headers['content-type'] ?? '');
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function delayFrom(url: URL, req: IncomingMessage, fallback: number): number {
  const raw = url.searchParams.get('delay') ?? req.headers['x-delay'];
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  return raw !== undefined && raw !== null && Number.isFinite(n) && n >= 0 ? Math.min(n, 60_000) : fallback;
}

function sendJson(res: ServerResponse, status: number, data: unknown): void {
  if (status === 204) {
    res.writeHead(204, { 'cache-control': 'no-store' });
    res.end();
    return;
  }
  const body = JSON.stringify(data);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

/** SPA static serving: extension-less paths get index.html, files are served from the folder. */
async function serveStatic(res: ServerResponse, root: string, pathname: string, head: boolean): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    sendText(res, 400, 'Bad path');
    return;
  }
  const file = extname(decoded) === '' ? join(root, 'index.html') : normalize(join(root, decoded));
  if (!file.startsWith(root + sep)) {
    sendText(res, 404, 'Not found');
    return;
  }
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    const data = await readFile(file);
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': data.length,
      'cache-control': 'no-store',
    });
    res.end(head ? undefined : data);
  } catch {
    sendText(res, 404, `Not found: ${decoded}`);
  }
}

export async function startConsoleServer(opts: { port?: number; host?: string } = {}): Promise<ConsoleServer> {
  const { key, cert } = await testCertificate();
  const requests: RecordedRequest[] = [];
  const createdIntegrations: CreatedIntegration[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const uptrendsApi = createUptrendsApi();
  let nextId = 1001;
  let integrations: StoredIntegration[] = [];

  const seed = (name: string, template: string, recipients: string[]): void => {
    integrations.push({
      id: nextId++,
      name,
      template,
      channel: 'API',
      url: endpointUrl('current', randomUUID(), template),
      shape: 'current',
      recipients,
      escalationPolicy: 'Default Escalation Policy',
      host: 'app.alertops.com',
      createdAt: Date.now() - 86_400_000,
      seeded: true,
    });
  };
  seed('Datadog Production', 'Datadog', ['Operations']);
  seed('Grafana Alerts', 'Grafana', ['Platform Team']);
  seed('Legacy Nagios', 'Nagios', ['Operations', 'Jane Operator']);

  const later = (ms: number, fn: () => void): void => {
    if (ms <= 0) {
      fn();
      return;
    }
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const publicView = (i: StoredIntegration, withUrl: boolean) => ({
    id: i.id,
    name: i.name,
    template: i.template,
    channel: i.channel,
    recipients: i.recipients,
    escalationPolicy: i.escalationPolicy,
    enabled: true,
    createdAt: new Date(i.createdAt).toISOString(),
    ...(withUrl ? { url: i.url } : {}),
  });

  const asStringList = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' && v ? [v] : [];

  function handleAlertOpsApi(req: IncomingMessage, res: ServerResponse, url: URL, host: string, body: unknown): void {
    const method = req.method ?? 'GET';
    const parts = url.pathname.split('/').filter(Boolean); // ['api', 'integrations', '<id>']
    const write = WRITE_METHODS.has(method);
    const wait = delayFrom(url, req, write ? DEFAULT_ALERTOPS_SAVE_DELAY_MS : DEFAULT_ALERTOPS_READ_DELAY_MS);
    const reply = (status: number, data: unknown) => later(wait, () => sendJson(res, status, data));

    if (parts[1] !== 'integrations' || parts.length > 3) {
      reply(404, { error: 'Not found' });
      return;
    }
    const id = parts[2] === undefined ? undefined : Number(parts[2]);
    const found = id === undefined ? undefined : integrations.find((i) => i.id === id);

    if (id === undefined && method === 'GET') {
      reply(200, { items: integrations.map((i) => publicView(i, false)) });
      return;
    }
    if (id === undefined && method === 'POST') {
      const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
      const name = typeof b.name === 'string' ? b.name.trim() : '';
      const template = typeof b.template === 'string' && b.template.trim() ? b.template.trim() : 'Custom';
      const shape: Shape = (b.shape ?? url.searchParams.get('shape')) === 'restapi' ? 'restapi' : 'current';
      if (!name) {
        reply(400, { error: 'Integration Name is required.' });
        return;
      }
      const created: StoredIntegration = {
        id: nextId++,
        name,
        template,
        channel: 'API',
        url: endpointUrl(shape, randomUUID(), template),
        shape,
        recipients: [
          ...asStringList(b.recipients),
          ...asStringList(b.recipientGroups),
          ...asStringList(b.recipientUsers),
        ],
        escalationPolicy: typeof b.escalationPolicy === 'string' ? b.escalationPolicy : null,
        host,
        createdAt: Date.now(),
        seeded: false,
      };
      integrations.push(created);
      const { seeded: _seeded, ...record } = created;
      createdIntegrations.push(record);
      reply(201, publicView(created, true));
      return;
    }
    if (id !== undefined && !found) {
      reply(404, { error: `Integration ${parts[2]} not found` });
      return;
    }
    if (found && method === 'GET') {
      reply(200, publicView(found, true));
      return;
    }
    if (found && (method === 'PUT' || method === 'PATCH')) {
      const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
      if (typeof b.name === 'string' && b.name.trim()) found.name = b.name.trim();
      reply(200, publicView(found, true));
      return;
    }
    if (found && method === 'DELETE') {
      integrations = integrations.filter((i) => i !== found);
      reply(204, null);
      return;
    }
    reply(405, { error: `${method} not allowed` });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const host = hostOf(req);
    const url = new URL(req.url ?? '/', 'https://rig.invalid');
    const isApi = url.pathname.startsWith('/api/');
    const write = WRITE_METHODS.has(method);

    // The Uptrends API reads its own body (it needs the raw text to tell malformed JSON) and keeps its own log.
    if (host === UPTRENDS_API_HOST) {
      await uptrendsApi.handleNode(req, res);
      return;
    }

    let body: unknown;
    if (write) {
      try {
        body = await readBody(req);
      } catch {
        sendJson(res, 413, { error: 'Body too large' });
        return;
      }
    }

    if (host === 'notify.alertops.com') {
      if (method === 'POST') {
        requests.push({ host, method, path: url.pathname, body, at: Date.now() });
        sendJson(res, 200, { status: 'Success', message: 'Alert received' });
      } else {
        sendText(res, 404, 'Not found');
      }
      return;
    }

    const isAlertOps = host.endsWith('.alertops.com');
    const isUptrends = host === 'app.uptrends.com';
    if (!isAlertOps && !isUptrends) {
      sendText(res, 404, `Unknown host: ${host || '(none)'}`);
      return;
    }

    if (isApi && write) requests.push({ host, method, path: url.pathname, body, at: Date.now() });

    if (isAlertOps && isApi) {
      handleAlertOpsApi(req, res, url, host, body);
      return;
    }
    if (isUptrends && isApi) {
      const wait = delayFrom(url, req, 0);
      if (write) {
        later(wait, () => sendJson(res, 200, { ok: true, received: body ?? null }));
        return;
      }
      // GET /api/<name> → <console>/api/<name>.json when present: lets the Uptrends console keep fixtures as files.
      if (extname(url.pathname) === '') {
        const fixture = `${url.pathname.replace(/\/$/, '')}.json`;
        later(wait, () => void serveStatic(res, UPTRENDS_DIR, fixture, method === 'HEAD'));
        return;
      }
    }
    if (method !== 'GET' && method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed');
      return;
    }
    await serveStatic(res, isAlertOps ? ALERTOPS_DIR : UPTRENDS_DIR, url.pathname, method === 'HEAD');
  }

  const server = createServer({ key, cert }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendText(res, 500, String(error));
      else res.destroy();
    });
  });

  const listenHost = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, listenHost, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    origin: (host: string) => `https://${host}`,
    requests,
    get lastCreatedUrl() {
      return createdIntegrations.at(-1)?.url;
    },
    createdIntegrations,
    uptrendsApi,
    reset() {
      uptrendsApi.reset();
      requests.length = 0;
      const created = new Set(createdIntegrations.map((c) => c.id));
      integrations = integrations.filter((i) => !created.has(i.id));
      createdIntegrations.length = 0;
    },
    close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      uptrendsApi.dispose();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
