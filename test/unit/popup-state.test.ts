import { describe, expect, it, vi } from 'vitest';
import { SETTINGS_KEY } from '../../src/core/settings';
import { type Capture, PROBLEM_KEY, STATE_KEY, STATE_VERSION } from '../../src/core/state';
import { type ExtensionStorage, readStoredView, viewOfStorage } from '../../src/ui/popup-state';
import { storedCapture } from './fixtures';

const HOUR = 3_600_000;
const NOW = 1_800_000_000_000;

const capture = storedCapture;

function stored(captures: Capture[], extra: Record<string, unknown> = {}) {
  return { [STATE_KEY]: { version: STATE_VERSION, captures, uptrendsNames: [], ...extra } };
}

function area(items: Record<string, unknown>) {
  return { get: vi.fn(async () => items) };
}

describe('viewOfStorage', () => {
  it('answers what the worker would: the captures, the chosen one and the recorded problem', () => {
    const captures = [capture(1, NOW - HOUR), capture(2, NOW - 2 * HOUR)];
    const view = viewOfStorage(
      { ...stored(captures, { chosenId: 'c2' }), [PROBLEM_KEY]: 'popupProblemDamaged' },
      {},
      NOW,
    );
    expect(view).toEqual({
      reply: { captures, chosenId: 'c2', problem: 'popupProblemDamaged' },
      expired: false,
    });
  });

  it('shows an empty list when storage holds nothing', () => {
    expect(viewOfStorage({}, {}, NOW)).toEqual({
      reply: { captures: [], chosenId: undefined },
      expired: false,
    });
  });

  it('leaves out what the forget settings drop, and says the worker has to remove it', () => {
    const recent = capture(1, NOW - 10 * 60_000);
    const old = capture(2, NOW - 2 * HOUR);
    const filled = capture(3, NOW - 60_000, { filled: { uptrendsName: 'AlertOps - 3', at: NOW } });
    const local = stored([filled, recent, old], { chosenId: 'c2' });

    const byAge = viewOfStorage(local, { [SETTINGS_KEY]: { forgetAfterHours: 1 } }, NOW);
    expect(byAge?.reply.captures.map((c) => c.id)).toEqual(['c3', 'c1']);
    expect(byAge?.reply.chosenId).toBeUndefined();
    expect(byAge?.expired).toBe(true);

    const onceFilled = viewOfStorage(local, { [SETTINGS_KEY]: { forgetOnceFilled: true } }, NOW);
    expect(onceFilled?.reply.captures.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(onceFilled?.expired).toBe(true);

    expect(viewOfStorage(local, { [SETTINGS_KEY]: 'not settings' }, NOW)?.expired).toBe(false);
  });

  it('lists data another writer left out of order newest first, and entries sharing an id under ids of their own', () => {
    const older = capture(1, NOW - HOUR);
    const newer = { ...capture(2, NOW - 60_000), id: 'c1' };
    const view = viewOfStorage(stored([older, newer, { ...older }], { chosenId: 'c1' }), {}, NOW);
    expect(view?.reply.captures.map((c) => [c.id, c.url])).toEqual([
      ['c1', newer.url],
      ['c1-2', older.url],
    ]);
    expect(view?.reply.chosenId).toBe('c1');
  });

  it.each([
    ['a newer version', { version: STATE_VERSION + 1, captures: [] }],
    ['captures that are not a list', { version: STATE_VERSION, captures: 'x' }],
    [
      'a lookalike URL',
      { version: STATE_VERSION, captures: [capture(1, NOW, { url: 'https://notify.alertops.co/x' })] },
    ],
    [
      'an oversized name',
      { version: STATE_VERSION, captures: [capture(1, NOW, { integrationName: 'x'.repeat(5000) })] },
    ],
  ])('leaves %s to the worker, which sets it aside', (_label, value) => {
    expect(viewOfStorage({ [STATE_KEY]: value }, {}, NOW)).toBeUndefined();
  });
});

describe('readStoredView', () => {
  it('asks storage.local for the state and the problem, storage.sync for the settings, at once', async () => {
    const local = area(stored([capture(1, NOW - 2 * HOUR)]));
    const sync = area({ [SETTINGS_KEY]: { forgetAfterHours: 1 } });
    const view = await readStoredView({ local, sync }, () => NOW);
    expect(local.get).toHaveBeenCalledWith([STATE_KEY, PROBLEM_KEY]);
    expect(sync.get).toHaveBeenCalledWith(SETTINGS_KEY);
    expect(view).toEqual({ reply: { captures: [], chosenId: undefined }, expired: true });
  });

  it('counts unreadable settings as the defaults, and fails when storage.local cannot be read', async () => {
    const captures = [capture(1, NOW - 2 * HOUR)];
    const failing = { get: vi.fn(() => Promise.reject(new Error('no sync'))) };
    expect(await readStoredView({ local: area(stored(captures)), sync: failing }, () => NOW)).toEqual({
      reply: { captures, chosenId: undefined },
      expired: false,
    });
    expect(await readStoredView({ local: area(stored(captures)) }, () => NOW)).toMatchObject({ expired: false });
    const broken: ExtensionStorage = { local: failing };
    await expect(readStoredView(broken, () => NOW)).rejects.toThrow('no sync');
  });
});
