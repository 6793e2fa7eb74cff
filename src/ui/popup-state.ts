/**
 * The popup's first look at the captured URLs, read straight from storage rather than asked of the worker: one storage
 * read instead of a message to the worker that then reads storage itself, so the list shows sooner (and does not wait
 * for a stopped worker to start). The worker stays the only writer. What is read goes through the worker's own schema
 * and forget rules (core/state, core/settings), so the popup shows what the worker would answer; when the read is not
 * clean (damaged or foreign data) the popup asks the worker instead, which sets such data aside and says why.
 */
import type { StateReply } from '../core/messages';
import { readSettings, SETTINGS_KEY } from '../core/settings';
import { expireCaptures, loadState, PROBLEM_KEY, STATE_KEY } from '../core/state';

type Items = Record<string, unknown>;

interface StorageArea {
  get(keys: string | string[]): Promise<Items>;
}

export interface ExtensionStorage {
  local: StorageArea;
  sync?: StorageArea;
}

export interface StoredView {
  reply: StateReply;
  /** The forget settings drop some captures: the worker has yet to remove them from storage. */
  expired: boolean;
}

/** What the worker's get-state would answer for what storage holds, or undefined when only the worker can say. */
export function viewOfStorage(local: Items, sync: Items, now: number): StoredView | undefined {
  const loaded = loadState(local[STATE_KEY]);
  if (!loaded.ok) return undefined;
  const state = expireCaptures(loaded.state, readSettings(sync[SETTINGS_KEY]), now);
  const problem = local[PROBLEM_KEY];
  return {
    reply: {
      captures: state.captures,
      chosenId: state.chosenId,
      ...(typeof problem === 'string' ? { problem } : {}),
    },
    expired: state !== loaded.state,
  };
}

/** Reads both storage areas at once. Rejects when storage.local cannot be read; undefined when the state is not clean. */
export async function readStoredView(storage: ExtensionStorage, now = Date.now): Promise<StoredView | undefined> {
  // Settings only shorten the list: unreadable settings count as the defaults, as in the worker.
  const sync = storage.sync ? storage.sync.get(SETTINGS_KEY).catch(() => ({})) : Promise.resolve({});
  const [local, settings] = await Promise.all([storage.local.get([STATE_KEY, PROBLEM_KEY]), sync]);
  return viewOfStorage(local, settings, now());
}
