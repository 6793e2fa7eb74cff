/**
 * The only writer of stored state. MV3 workers stop at any moment, so nothing lives only in memory: every change is a
 * read-modify-write of storage.local, and changes run one after another so concurrent captures lose nothing.
 */
import browser from 'webextension-polyfill';
import { readSettings, SETTINGS_KEY, type Settings } from '../core/settings';
import {
  type BridgeState,
  expireCaptures,
  forgetAll,
  forgottenKeys,
  loadState,
  PROBLEM_KEY,
  QUARANTINE_KEY,
  STATE_KEY,
  withKeysMasked,
} from '../core/state';

/** A queue of its own: each task it is given starts when the one before has ended, whatever became of it. */
export function inTurns(): <T>(task: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
}

const serialised = inTurns();

export async function readSettingsFromStorage(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return readSettings(stored[SETTINGS_KEY]);
  } catch {
    return readSettings(undefined);
  }
}

/** Set-aside data of earlier incidents kept beside the latest one's. */
const MAX_EARLIER_INCIDENTS = 4;

/** Reads the state; damaged data is set aside (never deleted) and a problem recorded for the popup to show. */
async function readState(): Promise<BridgeState> {
  const stored = await browser.storage.local.get([STATE_KEY, QUARANTINE_KEY]);
  const loaded = loadState(stored[STATE_KEY]);
  if (loaded.ok) return loaded.state;
  // What an earlier incident set aside stays too: the newest incident first, the few before it after.
  const previous = stored[QUARANTINE_KEY] as { at?: unknown; data?: unknown; earlier?: unknown } | undefined;
  const earlier =
    previous && typeof previous === 'object'
      ? [...(Array.isArray(previous.earlier) ? previous.earlier : []), { at: previous.at, data: previous.data }]
      : [];
  await browser.storage.local.set({
    [QUARANTINE_KEY]: { at: Date.now(), data: stored[STATE_KEY], earlier: earlier.slice(-MAX_EARLIER_INCIDENTS) },
    [PROBLEM_KEY]: loaded.problem,
    [STATE_KEY]: loaded.state,
  });
  console.warn('[bridge] stored state set aside:', loaded.problem);
  return loaded.state;
}

export function updateState(change: (state: BridgeState, settings: Settings) => BridgeState): Promise<BridgeState> {
  return serialised(async () => {
    const settings = await readSettingsFromStorage();
    const before = await readState();
    const after = change(expireCaptures(before, settings, Date.now()), settings);
    if (after !== before) {
      await browser.storage.local.set({ [STATE_KEY]: after });
      await maskInSetAside(forgottenKeys(before, after));
    }
    return after;
  });
}

/** A URL gone from the state (forgotten, expired) goes from the data set aside after damage too: its key is masked. */
async function maskInSetAside(keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  const setAside = (await browser.storage.local.get(QUARANTINE_KEY))[QUARANTINE_KEY];
  if (setAside === undefined) return;
  const masked = withKeysMasked(setAside, keys);
  // Data no JSON can hold (cycles, BigInt: Firefox keeps structured clones) cannot be masked: it goes, with its warning.
  if (masked === undefined) await browser.storage.local.remove([QUARANTINE_KEY, PROBLEM_KEY]);
  else if (masked !== setAside) await browser.storage.local.set({ [QUARANTINE_KEY]: masked });
}

/** The data set aside after damage, and its warning, deleted at the user's request (it may hold URLs). */
export function forgetSetAside(): Promise<void> {
  return serialised(() => browser.storage.local.remove([QUARANTINE_KEY, PROBLEM_KEY]));
}

/** "Forget all": every capture, and the data set aside after damage, which may hold URLs too (and its problem). */
export function forgetEverything(): Promise<BridgeState> {
  return serialised(async () => {
    const state = forgetAll(await readState());
    await browser.storage.local.set({ [STATE_KEY]: state });
    await browser.storage.local.remove([QUARANTINE_KEY, PROBLEM_KEY]);
    return state;
  });
}

export function currentState(): Promise<BridgeState> {
  return updateState((state) => state);
}

export async function readProblem(): Promise<string | undefined> {
  const stored = await browser.storage.local.get(PROBLEM_KEY);
  const problem = stored[PROBLEM_KEY];
  return typeof problem === 'string' ? problem : undefined;
}

export function dismissProblem(): Promise<void> {
  return browser.storage.local.remove(PROBLEM_KEY);
}
