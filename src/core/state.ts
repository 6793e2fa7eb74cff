/**
 * The stored state: its schema, its migrations and the pure changes the worker makes to it.
 * Only the background worker writes it (to storage.local, never sync); everything here is pure so it is unit-tested alone.
 */
import * as v from 'valibot';
import { UPTRENDS_TEMPLATE } from '../sites/alertops/site';
import { isAlertOpsUrl, isCurrentShape, parseAlertOpsUrl } from './alertops-url';

export const STATE_KEY = 'bridgeState';
export const QUARANTINE_KEY = 'bridgeStateQuarantine';
/** Where the worker records a problem with stored data for the popup to show. */
export const PROBLEM_KEY = 'bridgeProblem';
export const STATE_VERSION = 1;
export const MAX_CAPTURES = 200;
export const MAX_ATTACHMENTS = 500;

/** A string of at most `max` characters. */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const AlertOpsUrlSchema = v.pipe(
  v.string(),
  v.check((url: string) => isAlertOpsUrl(url), 'not an AlertOps URL'),
);

export const AttachmentSchema = v.object({
  definition: text(300),
  level: text(100),
  at: v.number(),
});
export type Attachment = v.InferOutput<typeof AttachmentSchema>;

export const CaptureSchema = v.object({
  id: text(64),
  url: AlertOpsUrlSchema,
  integrationName: text(300),
  template: text(100),
  consoleHost: text(253),
  capturedAt: v.number(),
  lastSeenAt: v.number(),
  /** The tab and page address it was last seen on: URLs seen together on one page are one list. */
  seenOn: v.optional(text(300)),
  filled: v.optional(v.object({ uptrendsName: text(300), at: v.number() })),
  attachments: v.optional(v.array(AttachmentSchema), []),
});
export type Capture = v.InferOutput<typeof CaptureSchema>;

export const StateSchema = v.object({
  version: v.literal(STATE_VERSION),
  captures: v.array(CaptureSchema),
  chosenId: v.optional(v.string()),
  /** Names the user gave the AlertOps integration in Uptrends, newest first: not secret, kept after a URL is forgotten. */
  uptrendsNames: v.optional(v.array(text(300)), []),
});
export type BridgeState = v.InferOutput<typeof StateSchema>;

export function emptyState(): BridgeState {
  return { version: STATE_VERSION, captures: [], uptrendsNames: [] };
}

export type LoadResult =
  | { ok: true; state: BridgeState; migrated: boolean }
  | { ok: false; state: BridgeState; problem: string };

/** Older shapes we know how to upgrade. Version 0 was the prototype's bare array of captures. */
const migrations: Record<number, (old: unknown) => unknown> = {
  0: (old) => ({ version: 1, captures: Array.isArray(old) ? old : [] }),
};

function versionOf(raw: unknown): number {
  if (Array.isArray(raw)) return 0;
  if (raw && typeof raw === 'object' && 'version' in raw && typeof raw.version === 'number') return raw.version;
  return -1;
}

/**
 * Reads what storage held. Unknown, newer or corrupt data is never thrown at the caller:
 * it comes back as a problem plus an empty state, and the worker sets the raw data aside.
 */
export function loadState(raw: unknown): LoadResult {
  if (raw === undefined || raw === null) return { ok: true, state: emptyState(), migrated: false };
  let current: unknown = raw;
  let version = versionOf(current);
  let migrated = false;
  while (version >= 0 && version < STATE_VERSION) {
    const migrate = migrations[version];
    if (!migrate) break;
    current = migrate(current);
    version = versionOf(current);
    migrated = true;
  }
  if (version > STATE_VERSION) {
    return { ok: false, state: emptyState(), problem: 'popupProblemNewer' };
  }
  const parsed = v.safeParse(StateSchema, current);
  if (!parsed.success) {
    const intact = intactPart(current);
    return intact.captures.length > 0
      ? { ok: false, state: intact, problem: 'popupProblemPartlyDamaged' }
      : { ok: false, state: emptyState(), problem: 'popupProblemDamaged' };
  }
  const state = inOrder(parsed.output);
  return { ok: true, state, migrated: migrated || state !== parsed.output };
}

/**
 * What our own writes keep true, made true of data someone else wrote: newest first, one entry per URL, and each id
 * once (forgetting one entry must not forget another that shares its id). The same state when nothing was amiss.
 */
function inOrder(state: BridgeState): BridgeState {
  const ids = new Set<string>();
  const urls = new Set<string>();
  const captures: Capture[] = [];
  for (const capture of [...state.captures].sort(newestFirst)) {
    if (urls.has(capture.url)) continue;
    urls.add(capture.url);
    let id = capture.id;
    for (let n = 2; ids.has(id); n++) id = `${capture.id.slice(0, 56)}-${n}`;
    ids.add(id);
    captures.push(id === capture.id ? capture : { ...capture, id });
  }
  const same = captures.length === state.captures.length && captures.every((c, i) => c === state.captures[i]);
  return same ? state : { ...state, captures };
}

/** One damaged entry must not hide the others: the captures (and names) that are valid on their own, in their order. */
function intactPart(raw: unknown): BridgeState {
  const state = emptyState();
  const { captures, uptrendsNames, chosenId } = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  if (!Array.isArray(captures)) return state;
  for (const entry of captures) {
    const capture = v.safeParse(CaptureSchema, entry);
    if (!capture.success) continue;
    const { id, url } = capture.output;
    if (state.captures.some((kept) => kept.id === id || kept.url === url)) continue;
    state.captures.push(capture.output);
  }
  const names = v.safeParse(StateSchema.entries.uptrendsNames, uptrendsNames);
  if (names.success) state.uptrendsNames = names.output;
  if (state.captures.some((capture) => capture.id === chosenId)) state.chosenId = chosenId as string;
  return state;
}

export interface NewCapture {
  url: string;
  integrationName: string;
  template: string;
  consoleHost: string;
  seenOn?: string;
}

/**
 * Adds a capture, or refreshes the one of the same integration: the same URL, or, in the current shape (whose key is one
 * integration's), a URL that one of the two starts: a page may show a URL in pieces (typed out, cut short in a list),
 * and the whole one is kept. The legacy shape's key is the account's, shared by every source: never merged.
 * Newest first, oldest dropped past the cap.
 */
export function addCapture(state: BridgeState, input: NewCapture, now: number, newId: () => string): BridgeState {
  const existing =
    state.captures.find((capture) => capture.url === input.url) ??
    state.captures.find(
      (capture) =>
        (capture.url.startsWith(input.url) || input.url.startsWith(capture.url)) &&
        isCurrentShape(capture.url) &&
        isCurrentShape(input.url),
    );
  if (existing) {
    const refreshed: Capture = {
      ...existing,
      url: existing.url.length >= input.url.length ? existing.url : input.url,
      integrationName: input.integrationName || existing.integrationName,
      template: input.template || existing.template,
      lastSeenAt: now,
      ...(input.seenOn !== undefined ? { seenOn: input.seenOn } : {}),
    };
    return { ...state, captures: state.captures.map((capture) => (capture === existing ? refreshed : capture)) };
  }
  const capture: Capture = { id: newId(), ...input, capturedAt: now, lastSeenAt: now, attachments: [] };
  const captures = newestWithinCap([capture, ...state.captures], state.chosenId);
  const chosenId = captures.some((c) => c.id === state.chosenId) ? state.chosenId : undefined;
  return { ...state, captures, chosenId };
}

function newestFirst(a: Capture, b: Capture): number {
  return b.capturedAt - a.capturedAt;
}

/**
 * Newest first, at most MAX_CAPTURES. The capture the user chose stays even when it is the oldest: a console that shows
 * page after page of URLs does not push out the one the user picked.
 */
function newestWithinCap(captures: Capture[], chosenId: string | undefined): Capture[] {
  const sorted = [...captures].sort(newestFirst);
  const chosen = sorted.slice(MAX_CAPTURES).find((capture) => capture.id === chosenId);
  return chosen ? [...sorted.slice(0, MAX_CAPTURES - 1), chosen] : sorted.slice(0, MAX_CAPTURES);
}

export function forgetCapture(state: BridgeState, id: string): BridgeState {
  return {
    ...state,
    captures: state.captures.filter((capture) => capture.id !== id),
    chosenId: state.chosenId === id ? undefined : state.chosenId,
  };
}

/**
 * Puts forgotten captures back (the popup's Undo), newest first like any capture, and the choice with them unless
 * another was made since. A URL captured again meanwhile is kept as it is now; the cap still holds.
 */
export function restoreCaptures(
  state: BridgeState,
  forgotten: readonly (Omit<Capture, 'lastSeenAt'> & { lastSeenAt?: number })[],
  chosenId?: string,
): BridgeState {
  const captures = [...state.captures];
  for (const capture of forgotten) {
    if (captures.some((kept) => kept.url === capture.url || kept.id === capture.id)) continue;
    captures.push({ ...capture, lastSeenAt: capture.lastSeenAt ?? capture.capturedAt });
  }
  const chosen = state.chosenId ?? chosenId;
  const kept = newestWithinCap(captures, chosen);
  return { ...state, captures: kept, chosenId: kept.some((capture) => capture.id === chosen) ? chosen : undefined };
}

export function forgetAll(state: BridgeState): BridgeState {
  return { ...state, captures: [], chosenId: undefined };
}

export function chooseCapture(state: BridgeState, id: string): BridgeState {
  return state.captures.some((capture) => capture.id === id) ? { ...state, chosenId: id } : state;
}

/**
 * Seen this close to the latest one, on the same page of the same tab: the same look at a list of integrations (the
 * older UI lists their URLs).
 */
const SAME_LIST_MS = 3000;

/**
 * The capture a fill uses: the one the user chose, else the one the console showed last (a detail page opened after a
 * list makes its URL the one); of several shown together in one list, the one made from the Uptrends template (the
 * others belong to other tools). Captures stored before pages were recorded count as seen on any page.
 */
export function activeCapture<
  T extends Pick<Capture, 'id' | 'template' | 'capturedAt'> & { lastSeenAt?: number; seenOn?: string },
>(state: { captures: readonly T[]; chosenId?: string | undefined }): T | undefined {
  const chosen = state.captures.find((capture) => capture.id === state.chosenId);
  if (chosen) return chosen;
  const seen = (capture: T) => capture.lastSeenAt ?? capture.capturedAt;
  const latest = state.captures.reduce<T | undefined>(
    (best, c) => (!best || seen(c) > seen(best) ? c : best),
    undefined,
  );
  if (!latest) return undefined;
  // On the same page as the latest (two integrations saved in quick succession on two consoles are no list).
  const samePage = (capture: T) =>
    capture.seenOn === undefined || latest.seenOn === undefined || capture.seenOn === latest.seenOn;
  const together = state.captures.filter(
    (capture) => seen(latest) - seen(capture) <= SAME_LIST_MS && samePage(capture),
  );
  return together.length > 1 ? (together.find((capture) => capture.template === UPTRENDS_TEMPLATE) ?? latest) : latest;
}

export const MAX_UPTRENDS_NAMES = 20;

export function markFilled(state: BridgeState, id: string, uptrendsName: string, now: number): BridgeState {
  const named = rememberUptrendsName(state, uptrendsName);
  return updateCapture(named, id, (capture) => ({ ...capture, filled: { uptrendsName, at: now } }));
}

export function rememberUptrendsName(state: BridgeState, name: string): BridgeState {
  const trimmed = name.trim();
  if (!trimmed) return state;
  const others = state.uptrendsNames.filter((known) => known !== trimmed);
  return { ...state, uptrendsNames: [trimmed, ...others].slice(0, MAX_UPTRENDS_NAMES) };
}

export function markAttached(state: BridgeState, id: string, attachment: Attachment): BridgeState {
  return updateCapture(state, id, (capture) => {
    const others = capture.attachments.filter(
      (a) => !(a.definition === attachment.definition && a.level === attachment.level),
    );
    return { ...capture, attachments: [...others, attachment].slice(-MAX_ATTACHMENTS) };
  });
}

export function markDetached(state: BridgeState, id: string, attachment: Attachment): BridgeState {
  return updateCapture(state, id, (capture) => ({
    ...capture,
    attachments: capture.attachments.filter(
      (a) => !(a.definition === attachment.definition && a.level === attachment.level),
    ),
  }));
}

function updateCapture(state: BridgeState, id: string, change: (capture: Capture) => Capture): BridgeState {
  return { ...state, captures: state.captures.map((capture) => (capture.id === id ? change(capture) : capture)) };
}

export interface ExpiryRules {
  forgetAfterHours: number;
  forgetOnceFilled: boolean;
}

/** When the oldest capture is due to be forgotten by age: undefined without an age limit or without captures. */
export function nextExpiry(state: BridgeState, rules: ExpiryRules): number | undefined {
  if (rules.forgetAfterHours <= 0 || state.captures.length === 0) return undefined;
  return Math.min(...state.captures.map((capture) => capture.capturedAt)) + rules.forgetAfterHours * 3_600_000;
}

/** Drops captures the user asked to forget: older than N hours (0 = never), or already filled into Uptrends. */
export function expireCaptures(state: BridgeState, rules: ExpiryRules, now: number): BridgeState {
  const maxAge = rules.forgetAfterHours > 0 ? rules.forgetAfterHours * 3_600_000 : Number.POSITIVE_INFINITY;
  const captures = state.captures.filter(
    (capture) => now - capture.capturedAt < maxAge && !(rules.forgetOnceFilled && capture.filled),
  );
  if (captures.length === state.captures.length) return state;
  return { ...state, captures, chosenId: captures.some((c) => c.id === state.chosenId) ? state.chosenId : undefined };
}

/** The keys of the URLs that `before` held and `after` holds no more (forgotten, expired, pushed out past the cap). */
export function forgottenKeys(before: BridgeState, after: BridgeState): string[] {
  const keys = before.captures.flatMap((capture) => parseAlertOpsUrl(capture.url)?.key ?? []);
  return [...new Set(keys)].filter((key) => !after.captures.some((capture) => capture.url.includes(key)));
}

/**
 * Data set aside after damage is a copy of what was stored, URLs included: a URL the user forgets (or that expires) must
 * not live on there. Every occurrence of its key, wherever it stands, is masked like the popup masks it; the rest is
 * kept. The same value when no key occurs in it; undefined when it cannot be read as JSON.
 */
export function withKeysMasked(setAside: unknown, keys: readonly string[]): unknown {
  try {
    const json = JSON.stringify(setAside);
    const present = keys.filter((key) => json?.includes(key));
    if (present.length === 0) return setAside;
    let masked = json;
    for (const key of present) masked = masked.replaceAll(key, `••••••••${key.slice(-4)}`);
    return JSON.parse(masked);
  } catch {
    return undefined;
  }
}
