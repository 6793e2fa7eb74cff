/**
 * A simulated Uptrends REST API v4 (`https://api.uptrends.com/v4`), for the browser tests of the setup assistant that
 * attaches an AlertOps integration to many alert definitions' escalation levels.
 *
 * Faithful to the published OpenAPI excerpt (/work/shared/reference/uptrends-api-v4-excerpt.yaml) for the paths,
 * methods, status codes and schemas it covers; JSON only. Where the excerpt says nothing, the choices are marked
 * "ASSUMPTION" below and listed in test/rig/README.md. Facts taken from the ITRS-Group terraform provider (a public
 * client of this API): `SendOkAlerts`, `SendReminderAlerts` and `VariableValues` exist on the request body although the
 * excerpt's `EscalationLevelIntegration` schema lacks them; the three booleans are required on POST; `IsActive`,
 * `SendOkAlerts` and `SendReminderAlerts` are write-only (never returned); `SendOkAlerts` must be false for Phone and
 * GenericWebhook, `SendReminderAlerts` false for GenericWebhook; `ExtraEmailAddresses` only for Email and
 * `StatusHubServiceList` only for Statushub integrations.
 *
 * The core is `respond()` (plain request in, plain response out) so unit tests can call it without TLS; `handleNode()`
 * adapts it to node:http(s) and can destroy the socket for `dropConnectionNext`.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const UPTRENDS_API_HOST = 'api.uptrends.com';
export const UPTRENDS_API_BASE_PATH = '/v4';
/** The seeded API account (Basic auth). */
export const UPTRENDS_API_USER = 'api-user-1';
export const UPTRENDS_API_PASSWORD = 's3cret-pass';

/** Deterministic GUID from a label, so tests can name seeded objects without reading them first. */
export function seededGuid(label: string): string {
  const h = createHash('sha1').update(`uptrends-sim:${label}`).digest('hex');
  const variant = ((Number.parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** GUIDs of the seeded integrations (stable across runs). */
export const UPTRENDS_INTEGRATION_GUIDS = {
  email: seededGuid('integration:email'),
  sms: seededGuid('integration:sms'),
  phone: seededGuid('integration:phone'),
  slack: seededGuid('integration:slack-ops'),
  webhook: seededGuid('integration:webhook-cmdb'),
  alertOpsProduction: seededGuid('integration:alertops-production'),
  alertOpsSecond: seededGuid('integration:alertops-second'),
} as const;
export const ALERTOPS_PRODUCTION_GUID = UPTRENDS_INTEGRATION_GUIDS.alertOpsProduction;
export const ALERTOPS_SECOND_GUID = UPTRENDS_INTEGRATION_GUIDS.alertOpsSecond;

/** GUID of the seeded alert definition number `index` (0-based). */
export function definitionGuid(index: number): string {
  return seededGuid(`definition:${index}`);
}

/** The value of an `Authorization` header for Basic auth. */
export function basicAuth(user = UPTRENDS_API_USER, password = UPTRENDS_API_PASSWORD): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

/**
 * Published enum: Slack, PagerDuty, Sms, Email, Phone, Statushub, GenericWebhook. ASSUMPTION: AlertOps integrations
 * report `"AlertOps"` (the UI offers AlertOps as a type; the excerpt's enum does not list it).
 */
export type IntegrationType =
  | 'Slack'
  | 'PagerDuty'
  | 'Sms'
  | 'Email'
  | 'Phone'
  | 'Statushub'
  | 'GenericWebhook'
  | 'AlertOps';

export interface SimIntegration {
  guid: string;
  name: string;
  type: IntegrationType;
}

export interface SimAttachment {
  integrationGuid: string;
  isActive: boolean;
  sendOkAlerts: boolean;
  sendReminderAlerts: boolean;
  variableValues: Record<string, string>;
  extraEmailAddresses: string[];
  statusHubServiceList: { MonitorGuid: string; IntegrationServiceGuid: string }[];
}

export interface SimLevel {
  id: number;
  escalationMode: 'AlertOnErrorCount' | 'AlertOnErrorDuration';
  thresholdErrorCount: number;
  thresholdMinutes: number;
  isActive: boolean;
  message: string;
  numberOfReminders: number;
  reminderDelay: number;
  includeTraceRoute: boolean;
  integrations: SimAttachment[];
}

export interface SimDefinition {
  guid: string;
  name: string;
  isActive: boolean;
  levels: SimLevel[];
}

export interface UptrendsSeedOptions {
  /** Number of alert definitions (default 36). */
  definitions?: number;
  /** Escalation levels per definition: a number, or per 0-based index (default: 3, and 4 for every 5th definition). */
  levelsPerDefinition?: number | ((index: number) => number);
  /** Levels 1..activeLevels are active, the others not (default 2). */
  activeLevels?: number;
  /** Name of the second AlertOps integration, or null for none (default "AlertOps staging"). */
  secondAlertOps?: string | null;
  /** Where "AlertOps production" is already attached: 0-based definition index + level id (default: a few). */
  alertOpsAttached?: { definition: number; level: number }[];
}

export interface RequestMatch {
  /** Case-insensitive HTTP method. */
  method?: string;
  /** Case-insensitive substring of the path (e.g. `/EscalationLevel/2/Integration`). */
  pathIncludes?: string;
}

export interface FailResponse {
  status: 429 | 500 | 502 | 503 | 504;
  /** Sends `Retry-After: <n>` when given (no default, so clients can be tested without it). */
  retryAfterSeconds?: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Perform the request first, then answer with the failure (the client cannot know it succeeded). */
  afterCommit?: boolean;
}

export interface DropOptions {
  times?: number;
  afterCommit?: boolean;
}

export interface PendingFault {
  kind: 'fail' | 'drop';
  match: RequestMatch;
  remaining: number;
  status?: number;
  afterCommit: boolean;
}

export interface ApiCall {
  method: string;
  /** Path without the query string. */
  path: string;
  /** Status sent; 0 when the connection was dropped. */
  status: number;
  /** The API account's user name when the credentials were right (never the password). */
  user?: string;
  /** The `Origin` request header, if any (an extension's service worker sends `chrome-extension://…`). */
  origin?: string;
  /** Parsed JSON body (raw text when not JSON, undefined when empty). */
  body?: unknown;
  /** Set when the answer came from fault injection or the rate limit. */
  injected?: 'fail' | 'drop' | 'rate-limit';
  at: number;
}

export interface ApiRequest {
  method: string;
  /** Path with optional query, e.g. `/v4/Integration`. */
  path: string;
  headers?: Record<string, string | undefined>;
  body?: string;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** True when the connection is to be destroyed without an answer (status is then 0). */
  dropped?: boolean;
}

export interface UptrendsApiSim {
  /** Replace all data with freshly seeded data (fault rules, rate limit, latency and the log are kept). */
  seed(options?: UptrendsSeedOptions): void;
  /** Back to the default seed, no faults, no rate limit, no latency, empty log. */
  reset(): void;
  /** The next `times` (default 1) requests matching `match` get `response.status` instead of being handled. */
  failNext(match: RequestMatch, response: FailResponse): void;
  /** The next matching request's connection is closed without an answer (a network error in the client). */
  dropConnectionNext(match?: RequestMatch, options?: DropOptions): void;
  /** Fault rules not used up yet, in order (copies). */
  readonly pendingFaults: PendingFault[];
  /** At most `maxRequests` authenticated requests per `windowMs` (default 1000); more → 429 + Retry-After. */
  rateLimit: { maxRequests: number; windowMs?: number } | null;
  /** Delay before every request is handled (default 0). */
  latencyMs: number;
  /** Every call in order (OPTIONS included). Holds no header but Origin, so never the Basic secret. */
  readonly requests: ApiCall[];
  /** Highest number of requests in flight at once since the last reset. */
  readonly maxInFlight: number;
  /** Integration guids attached to a level (empty when the definition or level does not exist). */
  attachedTo(definitionGuid: string, levelId: number): string[];
  /** The stored attachment, with its write-only flags. */
  attachment(definitionGuid: string, levelId: number, integrationGuid: string): SimAttachment | undefined;
  /** Live data (read it, don't mutate it: use the API or seed()). */
  readonly definitions: readonly SimDefinition[];
  readonly integrations: readonly SimIntegration[];
  /** Core handler: no TLS, no sockets. */
  respond(request: ApiRequest): Promise<ApiResponse>;
  /** node:http(s) adapter: reads the body, answers or destroys the socket. */
  handleNode(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Cancel pending latency timers (the server's close() calls it). */
  dispose(): void;
}

const MAX_BODY_BYTES = 1024 * 1024;
const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ESCALATION_MODES = ['AlertOnErrorCount', 'AlertOnErrorDuration'] as const;
/**
 * ASSUMPTION: the real API's CORS policy is unknown. The extension calls it from its service worker (host permission,
 * no CORS involved); the simulator is permissive so a page-context probe also works. Don't take it as proof that the
 * real API can be called from a web page.
 */
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'Retry-After, Location, WWW-Authenticate',
};

const BASE_NAMES = [
  'Default alert definition',
  'Website production',
  'Checkout API',
  'Login transaction',
  'Public DNS',
  'Mail server (SMTP)',
  'Payment gateway',
  'Customer portal',
  'Search service',
  'CDN edge',
  'Boutique en ligne – Zürich',
  'Ops & "Night" <shift>',
];
const REGIONS = ['', ' – EU', ' – US', ' – APAC'];

const DEFAULT_ALERTOPS_ATTACHED = [
  { definition: 0, level: 1 },
  { definition: 0, level: 2 },
  { definition: 4, level: 1 },
  { definition: 9, level: 2 },
  { definition: 14, level: 3 },
];

class HttpError {
  constructor(
    readonly status: number,
    readonly messages: string[],
    readonly headers: Record<string, string> = {},
  ) {}
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64');
}

function definitionName(index: number): string {
  const base = BASE_NAMES[index % BASE_NAMES.length] ?? 'Alert definition';
  const round = Math.floor(index / BASE_NAMES.length);
  const region = REGIONS[round % REGIONS.length] ?? '';
  const extra = round >= REGIONS.length ? ` #${round}` : '';
  return `${base}${region}${extra}`;
}

function makeLevel(id: number, activeLevels: number): SimLevel {
  return {
    id,
    escalationMode: id === 1 ? 'AlertOnErrorCount' : 'AlertOnErrorDuration',
    thresholdErrorCount: id === 1 ? 2 : 1,
    thresholdMinutes: id === 1 ? 0 : 15 * (id - 1),
    isActive: id <= activeLevels,
    message: id === 1 ? '' : `Escalated to level ${id}`,
    numberOfReminders: id === 1 ? 0 : 2,
    reminderDelay: id === 1 ? 0 : 30,
    includeTraceRoute: id === 1,
    integrations: [],
  };
}

function attachmentFor(integrationGuid: string, extra: Partial<SimAttachment> = {}): SimAttachment {
  return {
    integrationGuid,
    isActive: true,
    sendOkAlerts: true,
    sendReminderAlerts: true,
    variableValues: {},
    extraEmailAddresses: [],
    statusHubServiceList: [],
    ...extra,
  };
}

function seedData(options: UptrendsSeedOptions): { definitions: SimDefinition[]; integrations: SimIntegration[] } {
  const G = UPTRENDS_INTEGRATION_GUIDS;
  const integrations: SimIntegration[] = [
    { guid: G.email, name: 'E-mail', type: 'Email' },
    { guid: G.sms, name: 'SMS', type: 'Sms' },
    { guid: G.phone, name: 'Phone', type: 'Phone' },
    { guid: G.slack, name: 'Slack ops', type: 'Slack' },
    { guid: G.webhook, name: 'Webhook CMDB', type: 'GenericWebhook' },
    { guid: G.alertOpsProduction, name: 'AlertOps production', type: 'AlertOps' },
  ];
  const second = options.secondAlertOps === undefined ? 'AlertOps staging' : options.secondAlertOps;
  if (second !== null) integrations.push({ guid: G.alertOpsSecond, name: second, type: 'AlertOps' });

  const count = options.definitions ?? 36;
  const perDefinition = options.levelsPerDefinition ?? ((i: number) => (i % 5 === 4 ? 4 : 3));
  const activeLevels = options.activeLevels ?? 2;
  const definitions: SimDefinition[] = [];
  for (let i = 0; i < count; i++) {
    const n = typeof perDefinition === 'number' ? perDefinition : perDefinition(i);
    const levels = Array.from({ length: Math.max(1, n) }, (_, k) => makeLevel(k + 1, activeLevels));
    const [l1, l2, l3] = levels;
    // Built-in and other integrations already attached here and there, the way a real account looks.
    l1?.integrations.push(attachmentFor(G.email, { sendReminderAlerts: i % 2 === 0 }));
    if (i % 3 === 0) l1?.integrations.push(attachmentFor(G.slack, { variableValues: { Channel: '#ops-alerts' } }));
    if (i % 4 === 1) l2?.integrations.push(attachmentFor(G.sms, { sendOkAlerts: false }));
    if (i % 6 === 2) l2?.integrations.push(attachmentFor(G.phone, { sendOkAlerts: false }));
    if (i % 8 === 3)
      l3?.integrations.push(attachmentFor(G.webhook, { sendOkAlerts: false, sendReminderAlerts: false }));
    if (second !== null && i === 3) l1?.integrations.push(attachmentFor(G.alertOpsSecond));
    definitions.push({ guid: definitionGuid(i), name: definitionName(i), isActive: i % 7 !== 6, levels });
  }
  for (const { definition, level } of options.alertOpsAttached ?? DEFAULT_ALERTOPS_ATTACHED) {
    const target = definitions[definition]?.levels.find((l) => l.id === level);
    if (target && !target.integrations.some((a) => a.integrationGuid === G.alertOpsProduction))
      target.integrations.push(attachmentFor(G.alertOpsProduction));
  }
  return { definitions, integrations };
}

function sameGuid(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function matches(match: RequestMatch, method: string, path: string): boolean {
  if (match.method && match.method.toUpperCase() !== method) return false;
  if (match.pathIncludes && !path.toLowerCase().includes(match.pathIncludes.toLowerCase())) return false;
  return true;
}

/** Field checks shared by POST/PUT/PATCH bodies; every problem becomes one message of a 400 MessageList. */
class BodyCheck {
  readonly errors: string[] = [];
  constructor(readonly body: Record<string, unknown>) {}
  has(key: string): boolean {
    return key in this.body && this.body[key] !== undefined;
  }
  bool(key: string, required = false): boolean | undefined {
    const v = this.body[key];
    if (v === undefined || v === null) {
      if (required) this.errors.push(`${key} is required.`);
      return undefined;
    }
    if (typeof v !== 'boolean') this.errors.push(`The value of '${key}' must be a boolean.`);
    return typeof v === 'boolean' ? v : undefined;
  }
  int(key: string): number | undefined {
    const v = this.body[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || Math.abs(v) > 2 ** 31 - 1) {
      this.errors.push(`The value of '${key}' must be an integer.`);
      return undefined;
    }
    return v;
  }
  str(key: string, required = false): string | undefined {
    const v = this.body[key];
    if (v === undefined || v === null) {
      if (required) this.errors.push(`${key} is required.`);
      return undefined;
    }
    if (typeof v !== 'string') this.errors.push(`The value of '${key}' must be a string.`);
    return typeof v === 'string' ? v : undefined;
  }
  stringMap(key: string): Record<string, string> | undefined {
    const v = this.body[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'object' || Array.isArray(v) || Object.values(v).some((x) => typeof x !== 'string')) {
      this.errors.push(`The value of '${key}' must be an object of string values.`);
      return undefined;
    }
    return { ...(v as Record<string, string>) };
  }
  stringList(key: string): string[] | undefined {
    const v = this.body[key];
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      this.errors.push(`The value of '${key}' must be an array of strings.`);
      return undefined;
    }
    return [...(v as string[])];
  }
  serviceList(key: string): SimAttachment['statusHubServiceList'] | undefined {
    const v = this.body[key];
    if (v === undefined || v === null) return undefined;
    const ok =
      Array.isArray(v) &&
      v.every(
        (x) =>
          x !== null &&
          typeof x === 'object' &&
          typeof (x as Record<string, unknown>).MonitorGuid === 'string' &&
          typeof (x as Record<string, unknown>).IntegrationServiceGuid === 'string',
      );
    if (!ok) {
      this.errors.push(`The value of '${key}' must be an array of IntegrationServiceMap.`);
      return undefined;
    }
    return (v as SimAttachment['statusHubServiceList']).map((x) => ({
      MonitorGuid: x.MonitorGuid,
      IntegrationServiceGuid: x.IntegrationServiceGuid,
    }));
  }
  done(): void {
    if (this.errors.length) throw new HttpError(400, this.errors);
  }
}

export function createUptrendsApi(options: { now?: () => number; seed?: UptrendsSeedOptions } = {}): UptrendsApiSim {
  const now = options.now ?? Date.now;
  let seedOptions: UptrendsSeedOptions = options.seed ?? {};
  let data = seedData(seedOptions);
  const requests: ApiCall[] = [];
  let faults: (PendingFault & { retryAfterSeconds?: number })[] = [];
  let rateLimit: UptrendsApiSim['rateLimit'] = null;
  let windowLog: number[] = [];
  let latencyMs = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const timers = new Map<NodeJS.Timeout, () => void>();

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (ms <= 0) return resolve();
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.set(t, resolve);
    });

  // ---- views (what the API returns) ----
  const integrationView = (i: SimIntegration, a?: SimAttachment) => {
    const view: Record<string, unknown> = {
      IntegrationGuid: i.guid,
      Name: i.name,
      Type: i.type,
      IntegrationServices: [],
    };
    if (i.type === 'Email') view.ExtraEmailAddresses = (a?.extraEmailAddresses ?? []).join(',');
    if (i.type === 'Statushub') view.StatusHubServiceList = a?.statusHubServiceList ?? [];
    // Returned for attached integrations (terraform provider's response model); the three flags are write-only.
    if (a && Object.keys(a.variableValues).length) view.VariableValues = { ...a.variableValues };
    view.Hash = hashOf([view, a ?? null]);
    return view;
  };
  const definitionView = (d: SimDefinition) => {
    const view = { AlertDefinitionGuid: d.guid, AlertName: d.name, IsActive: d.isActive };
    return { ...view, Hash: hashOf([view, d.levels]) };
  };
  const levelView = (l: SimLevel) => {
    const view = {
      EscalationMode: l.escalationMode,
      Id: l.id,
      ThresholdErrorCount: l.thresholdErrorCount,
      ThresholdMinutes: l.thresholdMinutes,
      IsActive: l.isActive,
      Message: l.message,
      NumberOfReminders: l.numberOfReminders,
      ReminderDelay: l.reminderDelay,
      IncludeTraceRoute: l.includeTraceRoute,
    };
    return { ...view, Hash: hashOf([view, l.integrations]) };
  };

  // ---- lookups (404s) ----
  const parseGuid = (raw: string, what: string): string => {
    // ASSUMPTION: a path value that is not a GUID is a 400 (ASP.NET model binding), an unknown GUID a 404.
    if (!GUID_RE.test(raw)) throw new HttpError(400, [`The value '${raw}' is not a valid ${what}.`]);
    return raw.toLowerCase();
  };
  const findDefinition = (raw: string): SimDefinition => {
    const guid = parseGuid(raw, 'alert definition guid');
    const d = data.definitions.find((x) => sameGuid(x.guid, guid));
    if (!d) throw new HttpError(404, [`The alert definition with guid ${guid} does not exist.`]);
    return d;
  };
  const findLevel = (d: SimDefinition, raw: string): SimLevel => {
    if (!/^-?\d+$/.test(raw)) throw new HttpError(400, [`The value '${raw}' is not a valid escalation level id.`]);
    const l = d.levels.find((x) => x.id === Number(raw));
    if (!l) throw new HttpError(404, [`Escalation level ${raw} does not exist for this alert definition.`]);
    return l;
  };
  const integrationByGuid = (guid: string) => data.integrations.find((i) => sameGuid(i.guid, guid));

  // ---- body parsing ----
  const parseBody = (req: ApiRequest): Record<string, unknown> => {
    const text = req.body ?? '';
    if (text.trim() === '') throw new HttpError(400, ['The request body is required.']);
    // ASSUMPTION: like ASP.NET Web API, a body that is not declared JSON gets 415 (fetch sends a string as text/plain).
    const type = (req.headers?.['content-type'] ?? '').toLowerCase();
    if (!type.includes('json'))
      throw new HttpError(415, [
        `The request entity's media type '${type.split(';')[0] || '(none)'}' is not supported for this resource.`,
      ]);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new HttpError(400, ['The request body is not valid JSON.']);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new HttpError(400, ['The request body must be a JSON object.']);
    return parsed as Record<string, unknown>;
  };

  /** Validates EscalationLevelIntegration fields against the integration's type and applies them to `target`. */
  const applyAttachmentFields = (
    check: BodyCheck,
    integration: SimIntegration,
    target: SimAttachment,
    requireFlags: boolean,
  ): void => {
    const isActive = check.bool('IsActive', requireFlags);
    const sendOk = check.bool('SendOkAlerts', requireFlags);
    const sendReminder = check.bool('SendReminderAlerts', requireFlags);
    const variables = check.stringMap('VariableValues');
    const emails = check.stringList('ExtraEmailAddresses');
    const statusHub = check.serviceList('StatusHubServiceList');
    check.bool('ExtraEmailAddressesSpecified');
    check.bool('StatusHubServiceListSpecified');
    if (sendOk === true && (integration.type === 'Phone' || integration.type === 'GenericWebhook'))
      check.errors.push(`OK alerts cannot be sent by a ${integration.type} integration; SendOkAlerts must be false.`);
    if (sendReminder === true && integration.type === 'GenericWebhook')
      check.errors.push(
        'Reminder alerts cannot be sent by a GenericWebhook integration; SendReminderAlerts must be false.',
      );
    if (emails !== undefined && integration.type !== 'Email')
      check.errors.push('ExtraEmailAddresses can only be set for an Email integration.');
    if (statusHub !== undefined && integration.type !== 'Statushub')
      check.errors.push('StatusHubServiceList can only be set for a Statushub integration.');
    check.done();
    if (isActive !== undefined) target.isActive = isActive;
    if (sendOk !== undefined) target.sendOkAlerts = sendOk;
    if (sendReminder !== undefined) target.sendReminderAlerts = sendReminder;
    if (variables !== undefined) target.variableValues = variables;
    if (emails !== undefined) target.extraEmailAddresses = emails;
    if (statusHub !== undefined) target.statusHubServiceList = statusHub;
  };

  const applyLevelFields = (check: BodyCheck, level: SimLevel): void => {
    const mode = check.str('EscalationMode');
    if (mode !== undefined && !(ESCALATION_MODES as readonly string[]).includes(mode))
      check.errors.push(`The value '${mode}' is not valid for EscalationMode.`);
    const fields = {
      thresholdErrorCount: check.int('ThresholdErrorCount'),
      thresholdMinutes: check.int('ThresholdMinutes'),
      isActive: check.bool('IsActive'),
      message: check.str('Message'),
      numberOfReminders: check.int('NumberOfReminders'),
      reminderDelay: check.int('ReminderDelay'),
      includeTraceRoute: check.bool('IncludeTraceRoute'),
    };
    check.done();
    if (mode !== undefined) level.escalationMode = mode as SimLevel['escalationMode'];
    for (const [k, v] of Object.entries(fields)) if (v !== undefined) Object.assign(level, { [k]: v });
  };

  type Result = { status: number; data?: unknown; headers?: Record<string, string> };

  const notAllowed = (method: string, allow: string[]): never => {
    throw new HttpError(405, [`The requested resource does not support http method '${method}'.`], {
      allow: allow.join(', '),
    });
  };

  /** The routes of the excerpt. Segments are matched case-insensitively, like the real (ASP.NET) API. */
  const route = (method: string, segments: string[], req: ApiRequest): Result => {
    const [first, guid, sub, levelId, sub2, integrationGuid, ...rest] = segments;
    const lower = segments.map((s) => s.toLowerCase());
    if (rest.length > 0) throw new HttpError(404, ['No HTTP resource was found that matches the request URI.']);

    if (lower[0] === 'integration' && segments.length === 1) {
      if (method !== 'GET') notAllowed(method, ['GET']);
      return { status: 200, data: data.integrations.map((i) => integrationView(i)) };
    }
    if (lower[0] !== 'alertdefinition' || first === undefined)
      throw new HttpError(404, ['No HTTP resource was found that matches the request URI.']);

    if (guid === undefined) {
      if (method === 'GET') return { status: 200, data: data.definitions.map(definitionView) };
      if (method !== 'POST') notAllowed(method, ['GET', 'POST']);
      const check = new BodyCheck(parseBody(req));
      const name = check.str('AlertName', true);
      if (name !== undefined && name.trim() === '') check.errors.push('AlertName is required.');
      const isActive = check.bool('IsActive');
      check.done();
      const index = data.definitions.length;
      const per = seedOptions.levelsPerDefinition ?? 3;
      const n = typeof per === 'number' ? per : per(index);
      const created: SimDefinition = {
        guid: randomUUID(),
        name: (name ?? '').trim(),
        isActive: isActive ?? true,
        levels: Array.from({ length: Math.max(1, n) }, (_, k) => makeLevel(k + 1, seedOptions.activeLevels ?? 2)),
      };
      data.definitions.push(created);
      return { status: 201, data: definitionView(created) };
    }

    const definition = findDefinition(guid);
    if (sub === undefined) {
      // ASSUMPTION: GET of an unknown definition is a 404 like PUT/PATCH/DELETE (the excerpt lists no 404 for GET).
      if (method === 'GET') return { status: 200, data: definitionView(definition) };
      if (method === 'PUT' || method === 'PATCH') {
        const check = new BodyCheck(parseBody(req));
        const name = check.str('AlertName', method === 'PUT');
        if (name !== undefined && name.trim() === '') check.errors.push('AlertName cannot be empty.');
        const isActive = check.bool('IsActive', method === 'PUT');
        check.done();
        if (name !== undefined) definition.name = name.trim();
        if (isActive !== undefined) definition.isActive = isActive;
        return { status: 204 };
      }
      if (method === 'DELETE') {
        data.definitions = data.definitions.filter((d) => d !== definition);
        return { status: 204 };
      }
      return notAllowed(method, ['GET', 'PUT', 'PATCH', 'DELETE']);
    }
    if (lower[2] !== 'escalationlevel')
      throw new HttpError(404, ['No HTTP resource was found that matches the request URI.']);

    if (levelId === undefined) {
      if (method !== 'GET') notAllowed(method, ['GET']);
      return { status: 200, data: definition.levels.map(levelView) };
    }
    const level = findLevel(definition, levelId);
    if (sub2 === undefined) {
      if (method === 'GET') return { status: 200, data: levelView(level) };
      if (method === 'PUT' || method === 'PATCH') {
        // ASSUMPTION: PUT is handled like PATCH (the excerpt's PUT asks for all fields but states no check).
        applyLevelFields(new BodyCheck(parseBody(req)), level);
        return { status: 204 };
      }
      return notAllowed(method, ['GET', 'PUT', 'PATCH']);
    }
    if (lower[4] !== 'integration')
      throw new HttpError(404, ['No HTTP resource was found that matches the request URI.']);

    if (integrationGuid === undefined) {
      if (method === 'GET')
        return {
          status: 200,
          data: level.integrations.flatMap((a) => {
            const i = integrationByGuid(a.integrationGuid);
            return i ? [integrationView(i, a)] : [];
          }),
        };
      if (method !== 'POST') notAllowed(method, ['GET', 'POST']);
      const check = new BodyCheck(parseBody(req));
      const raw = check.str('IntegrationGuid', true);
      if (raw === undefined) check.done();
      if (raw !== undefined && !GUID_RE.test(raw))
        check.errors.push(`The value '${raw}' is not a valid IntegrationGuid.`);
      check.done();
      const integration = integrationByGuid(raw as string);
      if (!integration) throw new HttpError(400, [`The integration with guid ${raw} does not exist.`]);
      // ASSUMPTION: the real API's answer to a second POST of the same integration is not published; we answer 400
      // with this message (a client must treat it as "already done", e.g. after a retried POST whose answer was lost).
      if (level.integrations.some((a) => sameGuid(a.integrationGuid, integration.guid)))
        throw new HttpError(400, ['The integration is already added to this escalation level.']);
      // The terraform provider documents the three flags as required on POST.
      const attachment = attachmentFor(integration.guid);
      applyAttachmentFields(check, integration, attachment, true);
      level.integrations.push(attachment);
      const base = req.path.split('?')[0]?.replace(/\/+$/, '') ?? '';
      return {
        status: 201,
        data: integrationView(integration, attachment),
        headers: { location: `https://${UPTRENDS_API_HOST}${base}/${integration.guid}` },
      };
    }

    const ig = parseGuid(integrationGuid, 'integration guid');
    const attached = level.integrations.find((a) => sameGuid(a.integrationGuid, ig));
    const integration = integrationByGuid(ig);
    if (!attached || !integration)
      throw new HttpError(404, [`The integration with guid ${ig} is not added to this escalation level.`]);
    if (method === 'GET') return { status: 200, data: integrationView(integration, attached) };
    if (method === 'PATCH' || method === 'PUT') {
      // ASSUMPTION: PUT is handled like PATCH; an IntegrationGuid in the body is ignored (the URL names it).
      const check = new BodyCheck(parseBody(req));
      const copy = structuredClone(attached);
      applyAttachmentFields(check, integration, copy, false);
      Object.assign(attached, copy);
      return { status: 204 };
    }
    if (method === 'DELETE') {
      level.integrations = level.integrations.filter((a) => a !== attached);
      return { status: 204 };
    }
    return notAllowed(method, ['GET', 'PUT', 'PATCH', 'DELETE']);
  };

  const jsonResponse = (status: number, data: unknown, headers: Record<string, string> = {}): ApiResponse => {
    const base = { ...CORS_HEADERS, 'cache-control': 'no-cache', ...headers };
    if (status === 204) return { status, headers: base, body: '' };
    return {
      status,
      headers: { ...base, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(data),
    };
  };
  const messageList = (messages: string[]) => ({ Messages: messages.map((Message) => ({ Message })) });

  const authUser = (header: string | undefined): string | undefined => {
    const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
    if (!m?.[1]) return undefined;
    const decoded = Buffer.from(m[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    const user = decoded.slice(0, colon);
    return user === UPTRENDS_API_USER && decoded.slice(colon + 1) === UPTRENDS_API_PASSWORD ? user : undefined;
  };

  const takeFault = (method: string, path: string) => {
    const rule = faults.find((f) => f.remaining > 0 && matches(f.match, method, path));
    if (!rule) return undefined;
    rule.remaining -= 1;
    faults = faults.filter((f) => f.remaining > 0);
    return rule;
  };

  const faultResponse = (rule: { status?: number; retryAfterSeconds?: number }): ApiResponse => {
    const status = rule.status ?? 500;
    const headers: Record<string, string> =
      rule.retryAfterSeconds !== undefined ? { 'retry-after': String(rule.retryAfterSeconds) } : {};
    if (status === 502 || status === 503 || status === 504) {
      // A gateway in front of the API answers these: HTML, not JSON (clients must not assume a JSON error body).
      const text = status === 503 ? 'Service Unavailable' : status === 502 ? 'Bad Gateway' : 'Gateway Timeout';
      return {
        status,
        headers: {
          ...CORS_HEADERS,
          ...headers,
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-cache',
        },
        body: `<html><body><h1>${status} ${text}</h1></body></html>`,
      };
    }
    const message = status === 429 ? 'Too many requests. Please try again later.' : 'An error has occurred.';
    return jsonResponse(status, messageList([message]), headers);
  };

  const dropped: ApiResponse = { status: 0, headers: {}, body: '', dropped: true };

  async function respond(req: ApiRequest): Promise<ApiResponse> {
    const method = req.method.toUpperCase();
    const [pathOnly = '/'] = req.path.split('?');
    const headers = Object.fromEntries(Object.entries(req.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    let body: unknown;
    if (req.body) {
      try {
        body = JSON.parse(req.body);
      } catch {
        body = req.body;
      }
    }
    const call: ApiCall = { method, path: pathOnly, status: 0, body, at: now() };
    if (headers.origin) call.origin = headers.origin;
    requests.push(call);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const finish = (response: ApiResponse, injected?: ApiCall['injected']): ApiResponse => {
      call.status = response.status;
      if (injected) call.injected = injected;
      return response;
    };
    try {
      if (method === 'OPTIONS') {
        return finish({
          status: 204,
          headers: {
            ...CORS_HEADERS,
            'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
            'access-control-allow-headers': 'Authorization, Content-Type',
            'access-control-max-age': '600',
          },
          body: '',
        });
      }
      await sleep(latencyMs);

      const user = authUser(headers.authorization);
      if (!user) {
        return finish(
          jsonResponse(401, messageList(['Authorization has been denied for this request.']), {
            'www-authenticate': 'Basic',
          }),
        );
      }
      call.user = user;

      if (rateLimit) {
        const windowMs = rateLimit.windowMs ?? 1000;
        const t = now();
        windowLog = windowLog.filter((x) => x > t - windowMs);
        if (windowLog.length >= rateLimit.maxRequests) {
          const wait = Math.max(1, Math.ceil(((windowLog[0] ?? t) + windowMs - t) / 1000));
          return finish(faultResponse({ status: 429, retryAfterSeconds: wait }), 'rate-limit');
        }
        windowLog.push(t);
      }

      const fault = takeFault(method, pathOnly);
      if (fault && !fault.afterCommit)
        return fault.kind === 'drop' ? finish(dropped, 'drop') : finish(faultResponse(fault), 'fail');

      let response: ApiResponse;
      const lowerPath = pathOnly.toLowerCase();
      if (lowerPath !== UPTRENDS_API_BASE_PATH && !lowerPath.startsWith(`${UPTRENDS_API_BASE_PATH}/`)) {
        response = jsonResponse(404, messageList(['No HTTP resource was found that matches the request URI.']));
      } else {
        const segments = pathOnly.slice(UPTRENDS_API_BASE_PATH.length).split('/').filter(Boolean);
        try {
          const result = route(method, segments, { ...req, headers });
          response = jsonResponse(result.status, result.data, result.headers);
        } catch (error) {
          if (!(error instanceof HttpError)) throw error;
          response = jsonResponse(error.status, messageList(error.messages), error.headers);
        }
      }
      if (fault) return fault.kind === 'drop' ? finish(dropped, 'drop') : finish(faultResponse(fault), 'fail');
      return finish(response);
    } finally {
      inFlight -= 1;
    }
  }

  async function handleNode(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) {
        const r = jsonResponse(413, messageList(['The request body is too large.']));
        res.writeHead(r.status, r.headers).end(r.body);
        return;
      }
      chunks.push(chunk as Buffer);
    }
    const headers: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    const response = await respond({
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers,
      body: Buffer.concat(chunks).toString('utf8'),
    });
    if (response.dropped) {
      // Some bytes of a status line, then the connection goes: Chromium does not silently resend a request whose
      // answer had started (it does when a reused keep-alive connection closes before any byte), so the client's
      // fetch() rejects with a network error.
      const socket = req.socket;
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/js', () => socket.destroy());
      setTimeout(() => socket.destroy(), 50).unref();
      return;
    }
    const outHeaders: Record<string, string | number> = { ...response.headers };
    if (response.status !== 204) outHeaders['content-length'] = Buffer.byteLength(response.body);
    res.writeHead(response.status, outHeaders);
    res.end(response.status === 204 || req.method === 'HEAD' ? undefined : response.body);
  }

  const findAttachment = (definitionGuidValue: string, levelId: number) =>
    data.definitions.find((d) => sameGuid(d.guid, definitionGuidValue))?.levels.find((l) => l.id === levelId)
      ?.integrations ?? [];

  return {
    seed(next: UptrendsSeedOptions = {}) {
      seedOptions = next;
      data = seedData(next);
    },
    reset() {
      seedOptions = options.seed ?? {};
      data = seedData(seedOptions);
      requests.length = 0;
      faults = [];
      rateLimit = null;
      windowLog = [];
      latencyMs = 0;
      maxInFlight = inFlight;
    },
    failNext(match, response) {
      faults.push({
        kind: 'fail',
        match: { ...match },
        remaining: response.times ?? 1,
        status: response.status,
        retryAfterSeconds: response.retryAfterSeconds,
        afterCommit: response.afterCommit ?? false,
      });
    },
    dropConnectionNext(match = {}, dropOptions = {}) {
      faults.push({
        kind: 'drop',
        match: { ...match },
        remaining: dropOptions.times ?? 1,
        afterCommit: dropOptions.afterCommit ?? false,
      });
    },
    get pendingFaults() {
      return faults.map(({ retryAfterSeconds: _r, ...f }) => ({ ...f, match: { ...f.match } }));
    },
    get rateLimit() {
      return rateLimit;
    },
    set rateLimit(value) {
      rateLimit = value ? { ...value } : null;
      windowLog = [];
    },
    get latencyMs() {
      return latencyMs;
    },
    set latencyMs(value: number) {
      latencyMs = Math.max(0, value);
    },
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    attachedTo(definitionGuidValue, levelId) {
      return findAttachment(definitionGuidValue, levelId).map((a) => a.integrationGuid);
    },
    attachment(definitionGuidValue, levelId, integrationGuid) {
      const a = findAttachment(definitionGuidValue, levelId).find((x) => sameGuid(x.integrationGuid, integrationGuid));
      return a ? structuredClone(a) : undefined;
    },
    get definitions() {
      return data.definitions;
    },
    get integrations() {
      return data.integrations;
    },
    respond,
    handleNode,
    dispose() {
      for (const [t, resolve] of timers) {
        clearTimeout(t);
        resolve();
      }
      timers.clear();
    },
  };
}
