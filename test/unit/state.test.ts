import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  activeCapture,
  addCapture,
  type BridgeState,
  type Capture,
  CaptureSchema,
  chooseCapture,
  emptyState,
  expireCaptures,
  forgetAll,
  forgetCapture,
  forgottenKeys,
  loadState,
  MAX_ATTACHMENTS,
  MAX_CAPTURES,
  MAX_UPTRENDS_NAMES,
  markAttached,
  markFilled,
  type NewCapture,
  nextExpiry,
  restoreCaptures,
  STATE_VERSION,
  StateSchema,
  withKeysMasked,
} from '../../src/core/state';
import { storedCapture } from './fixtures';

const HOUR = 3_600_000;

/** A distinct, valid AlertOps key per index (GUID-like, many distinct characters). */
function keyFor(index: number): string {
  const hex = index.toString(16).padStart(12, '0');
  return `3f2b9c1e-7d4a-4e8b-9a61-${hex}`;
}
function urlFor(index: number, name = 'Uptrends'): string {
  return `https://notify.alertops.com/POSTAlert/${keyFor(index)}/${name}`;
}
function input(index: number, name = `Integration ${index}`): NewCapture {
  return { url: urlFor(index), integrationName: name, template: 'Uptrends', consoleHost: 'app.alertops.com' };
}
function counterIds(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}-${next++}`;
}
function capture(index: number, capturedAt: number, extra: Partial<Capture> = {}): Capture {
  return storedCapture(index, capturedAt, { url: urlFor(index), ...extra });
}
function stateWith(captures: Capture[], extra: Partial<BridgeState> = {}): BridgeState {
  return { version: STATE_VERSION, captures, uptrendsNames: [], ...extra };
}

describe('loadState', () => {
  it('gives an empty state, without a problem, when storage holds nothing', () => {
    for (const raw of [undefined, null]) {
      const result = loadState(raw);
      expect(result.ok).toBe(true);
      expect(result.state).toEqual(emptyState());
      if (result.ok) expect(result.migrated).toBe(false);
    }
  });

  it('reads a valid current state as it is, filling the optional parts', () => {
    const stored = {
      version: STATE_VERSION,
      captures: [
        {
          id: 'a',
          url: urlFor(1),
          integrationName: 'Prod',
          template: 'Uptrends',
          consoleHost: 'app.alertops.com',
          capturedAt: 10,
          lastSeenAt: 20,
          filled: { uptrendsName: 'AlertOps - Prod', at: 30 },
        },
      ],
      chosenId: 'a',
    };
    const result = loadState(stored);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migrated).toBe(false);
    expect(result.state.chosenId).toBe('a');
    expect(result.state.captures).toHaveLength(1);
    expect(result.state.captures[0]?.url).toBe(urlFor(1));
    expect(result.state.captures[0]?.filled).toEqual({ uptrendsName: 'AlertOps - Prod', at: 30 });
    expect(result.state.captures[0]?.attachments).toEqual([]);
    expect(result.state.uptrendsNames).toEqual([]);
  });

  it('migrates the prototype (version 0) bare array of captures', () => {
    const old = [
      {
        id: 'old',
        url: urlFor(7),
        integrationName: 'Legacy',
        template: 'Custom',
        consoleHost: 'acme.alertops.com',
        capturedAt: 1,
        lastSeenAt: 2,
      },
    ];
    const result = loadState(old);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migrated).toBe(true);
    expect(result.state.version).toBe(STATE_VERSION);
    expect(result.state.captures.map((c) => [c.id, c.url, c.integrationName])).toEqual([['old', urlFor(7), 'Legacy']]);
  });

  it('migrates an empty version 0 array', () => {
    const result = loadState([]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.migrated).toBe(true);
    expect(result.state.captures).toEqual([]);
  });

  it('reports a version 0 array holding damaged captures as damaged', () => {
    const result = loadState([{ id: 'x', url: 'https://evil.example/POSTAlert/abc/x' }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toBe('popupProblemDamaged');
    expect(result.state).toEqual(emptyState());
  });

  it('refuses data written by a newer version, keeping an empty state', () => {
    const result = loadState({ version: STATE_VERSION + 1, captures: [], somethingNew: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toBe('popupProblemNewer');
    expect(result.state).toEqual(emptyState());
  });

  const damaged: [string, unknown][] = [
    ['a string', 'bridge'],
    ['a number', 42],
    ['a boolean', true],
    ['foreign object', { foo: 'bar' }],
    ['another extension’s data', { settings: { theme: 'dark' }, items: [1, 2] }],
    ['version as a string', { version: '1', captures: [] }],
    ['fractional version', { version: 0.5, captures: [] }],
    ['negative version', { version: -1, captures: [] }],
    ['captures not an array', { version: 1, captures: 'none' }],
    ['captures missing', { version: 1 }],
    ['capture with a foreign URL', { version: 1, captures: [capture(1, 1, { url: 'https://evil.example/x' })] }],
    [
      'capture with a lookalike host',
      { version: 1, captures: [capture(1, 1, { url: urlFor(1).replace('alertops.com', 'alertops.com.evil.net') })] },
    ],
    ['capture without a timestamp', { version: 1, captures: [{ ...capture(1, 1), capturedAt: 'yesterday' }] }],
    ['over-long name', { version: 1, captures: [capture(1, 1, { integrationName: 'x'.repeat(301) })] }],
    ['uptrendsNames not strings', { version: 1, captures: [], uptrendsNames: [1, 2] }],
    [
      'attachment without a level',
      { version: 1, captures: [{ ...capture(1, 1), attachments: [{ definition: 'd' }] }] },
    ],
  ];
  it.each(damaged)('reports %s as damaged, never throwing', (_label, raw) => {
    let result: ReturnType<typeof loadState> | undefined;
    expect(() => {
      result = loadState(raw);
    }).not.toThrow();
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.problem).toBe('popupProblemDamaged');
    expect(result?.state).toEqual(emptyState());
  });

  it('keeps the intact captures beside damaged entries, in their order, and says part was set aside', () => {
    const good = [capture(1, 1), capture(2, 2), capture(3, 3)];
    const raw = {
      version: 1,
      captures: [good[0], null, { ...capture(4, 4), url: undefined }, good[1], 'junk', { ...good[1] }, good[2]],
      chosenId: good[1]?.id,
      uptrendsNames: ['AlertOps - Ops'],
    };
    const result = loadState(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toBe('popupProblemPartlyDamaged');
    expect(result.state.captures).toEqual(good.map((entry) => v.parse(CaptureSchema, entry)));
    expect(result.state.chosenId).toBe(good[1]?.id);
    expect(result.state.uptrendsNames).toEqual(['AlertOps - Ops']);
    expect(v.safeParse(StateSchema, result.state).success).toBe(true);
  });

  it('never throws on any JSON value, and whatever it accepts satisfies the schema', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const result = loadState(raw);
        expect(v.safeParse(StateSchema, result.state).success).toBe(true);
        if (!result.ok)
          expect(['popupProblemDamaged', 'popupProblemPartlyDamaged', 'popupProblemNewer']).toContain(result.problem);
      }),
      { numRuns: 300 },
    );
  });
});

describe('addCapture', () => {
  it('adds a new capture with a fresh id and the given time', () => {
    const state = addCapture(emptyState(), input(1), 1000, () => 'new-id');
    expect(state.captures).toEqual([
      {
        id: 'new-id',
        url: urlFor(1),
        integrationName: 'Integration 1',
        template: 'Uptrends',
        consoleHost: 'app.alertops.com',
        capturedAt: 1000,
        lastSeenAt: 1000,
        attachments: [],
      },
    ]);
  });

  it('does not change the state it was given', () => {
    const before = emptyState();
    addCapture(before, input(1), 1, counterIds());
    expect(before.captures).toEqual([]);
  });

  it('keeps one entry per URL: seeing it again refreshes lastSeenAt and the names, not the id', () => {
    const ids = counterIds();
    let state = addCapture(emptyState(), input(1, 'First name'), 1000, ids);
    state = addCapture(state, input(2), 1500, ids);
    let idCalls = 0;
    state = addCapture(state, { ...input(1, 'Renamed'), template: '' }, 2000, () => {
      idCalls++;
      return 'should-not-be-used';
    });
    expect(idCalls).toBe(0);
    expect(state.captures).toHaveLength(2);
    const again = state.captures.find((c) => c.url === urlFor(1));
    expect(again).toMatchObject({ id: 'id-0', capturedAt: 1000, lastSeenAt: 2000, integrationName: 'Renamed' });
    // An empty template does not wipe the known one.
    expect(again?.template).toBe('Uptrends');
  });

  it('keeps one entry per key: a URL typed out on the page is stored once, whole', () => {
    const ids = counterIds();
    let state = addCapture(emptyState(), input(9), 500, ids);
    const whole = urlFor(1, 'Uptrends');
    for (let end = whole.length - 'Uptrends'.length + 1; end <= whole.length; end++) {
      // The page's template shows only once the name segment is whole.
      const template = end === whole.length ? 'Uptrends' : '';
      state = addCapture(state, { ...input(1), url: whole.slice(0, end), template }, 1000 + end, ids);
    }
    expect(state.captures.map((c) => c.url)).toEqual([whole, urlFor(9)]);
    expect(state.captures[0]).toMatchObject({ id: 'id-1', template: 'Uptrends' });
  });

  it('of one URL shown whole and cut short (a list), keeps the whole one whichever came last; another name is another capture', () => {
    let state = addCapture(emptyState(), input(1), 1000, counterIds());
    state = addCapture(state, { ...input(1), url: urlFor(1, 'Upt'), template: '' }, 2000, counterIds('b'));
    expect(state.captures.map((c) => c.url)).toEqual([urlFor(1)]);
    state = addCapture(state, { ...input(1), url: urlFor(1, 'Checkout'), template: '' }, 3000, counterIds('c'));
    expect(state.captures.map((c) => c.url)).toEqual([urlFor(1, 'Checkout'), urlFor(1)]);
  });

  it("never merges legacy URLs: their key is the account's, each source is its own integration", () => {
    const legacy = (source: string) =>
      `https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/${keyFor(1)}/${source}`;
    let state = addCapture(emptyState(), { ...input(1), url: legacy('Uptrends') }, 1000, counterIds());
    state = addCapture(state, { ...input(2), url: legacy('Upt') }, 2000, counterIds('b'));
    state = addCapture(state, { ...input(3), url: legacy('Nagios') }, 3000, counterIds('c'));
    expect(state.captures.map((c) => c.url)).toEqual([legacy('Nagios'), legacy('Upt'), legacy('Uptrends')]);
  });

  it('keeps the known name when the page showed none the second time', () => {
    let state = addCapture(emptyState(), input(1, 'Prod'), 1, counterIds());
    state = addCapture(state, input(1, ''), 2, counterIds());
    expect(state.captures[0]?.integrationName).toBe('Prod');
  });

  it('orders captures newest first', () => {
    const ids = counterIds();
    let state = emptyState();
    for (const [index, at] of [
      [1, 100],
      [2, 300],
      [3, 200],
    ] as const) {
      state = addCapture(state, input(index), at, ids);
    }
    expect(state.captures.map((c) => c.capturedAt)).toEqual([300, 200, 100]);
    expect(activeCapture(state)?.url).toBe(urlFor(2));
  });

  it(`keeps at most MAX_CAPTURES (${MAX_CAPTURES}), dropping the oldest`, () => {
    const ids = counterIds();
    let state = emptyState();
    for (let index = 0; index < MAX_CAPTURES + 3; index++) state = addCapture(state, input(index), 1000 + index, ids);
    expect(state.captures).toHaveLength(MAX_CAPTURES);
    const urls = state.captures.map((c) => c.url);
    for (const dropped of [0, 1, 2]) expect(urls).not.toContain(urlFor(dropped));
    expect(urls[0]).toBe(urlFor(MAX_CAPTURES + 2));
    expect(urls.at(-1)).toBe(urlFor(3));
  });

  it('keeps the chosen capture past the cap, dropping the oldest of the others instead', () => {
    const ids = counterIds();
    let state = emptyState();
    for (let index = 0; index < MAX_CAPTURES; index++) state = addCapture(state, input(index), 1000 + index, ids);
    const second = state.captures[1];
    if (!second) throw new Error('setup');
    state = chooseCapture(state, second.id);
    state = addCapture(state, input(500), 5000, ids);
    expect(state.chosenId).toBe(second.id);

    // The user chose the oldest: a console showing page after page of URLs does not push it out.
    state = chooseCapture(state, state.captures.at(-1)?.id ?? '');
    const chosen = state.chosenId;
    const nextOldest = state.captures.at(-2);
    for (let index = 600; index < 610; index++) state = addCapture(state, input(index), 7000 + index, ids);
    expect(state.captures).toHaveLength(MAX_CAPTURES);
    expect(state.chosenId).toBe(chosen);
    expect(state.captures.at(-1)?.id).toBe(chosen);
    expect(state.captures.some((c) => c.id === nextOldest?.id)).toBe(false);
    expect(activeCapture(state)?.id).toBe(chosen);
  });

  it('keeps the chosen capture past the cap when forgotten ones are put back', () => {
    const ids = counterIds();
    let state = emptyState();
    for (let index = 0; index < MAX_CAPTURES; index++) state = addCapture(state, input(index), 1000 + index, ids);
    const oldest = state.captures.at(-1);
    if (!oldest) throw new Error('setup');
    state = chooseCapture(state, oldest.id);
    const forgotten = storedCapture(900, 900_000, { id: 'undone' });
    state = restoreCaptures(forgetCapture(state, 'none'), [forgotten]);
    expect(state.captures).toHaveLength(MAX_CAPTURES);
    expect(state.chosenId).toBe(oldest.id);
    expect(state.captures.some((c) => c.id === 'undone')).toBe(true);
  });
});

describe('what forgetting takes from the data set aside', () => {
  const kept = urlFor(1);
  const gone = urlFor(2);
  const goneKey = keyFor(2);

  it('names the keys of URLs no longer held, not those another capture still holds', () => {
    const before = { ...emptyState(), captures: [storedCapture(1, 10), storedCapture(2, 20, { id: 'g' })] };
    const after = forgetCapture(before, 'g');
    expect(forgottenKeys(before, after)).toEqual([goneKey]);
    // A URL refreshed to its whole form (the same key, a longer name) is not forgotten.
    const grown = { ...before, captures: [storedCapture(1, 10, { url: `${kept}Extra` }), ...before.captures.slice(1)] };
    expect(forgottenKeys(before, grown)).toEqual([]);
    expect(forgottenKeys(before, forgetAll(before)).sort()).toEqual([keyFor(1), goneKey].sort());
  });

  it('masks every occurrence of a forgotten key in data set aside, and keeps the rest', () => {
    const setAside = {
      at: 1,
      data: { version: 99, captures: [{ url: gone, note: `copied ${gone} twice: ${gone}` }, { url: kept }] },
      earlier: [{ at: 0, data: [gone] }],
      [gone]: 'a URL as a key',
    };
    const masked = withKeysMasked(setAside, [goneKey]);
    const json = JSON.stringify(masked);
    expect(json).not.toContain(goneKey);
    expect(json).toContain(`••••••••${goneKey.slice(-4)}`);
    expect(json).toContain(kept);
    expect((masked as { data: { version: number } }).data.version).toBe(99);
    expect(withKeysMasked(setAside, [])).toBe(setAside);
    // Nothing to mask: the same value, not a copy through JSON (the caller then writes nothing).
    expect(withKeysMasked(setAside, [keyFor(77)])).toBe(setAside);
  });

  it('gives up on data JSON cannot hold, and says so', () => {
    const cyclic: Record<string, unknown> = { url: gone };
    cyclic.self = cyclic;
    expect(withKeysMasked(cyclic, [goneKey])).toBeUndefined();
    expect(withKeysMasked({ big: 10n }, [goneKey])).toBeUndefined();
  });
});

describe('forget, choose and the active capture', () => {
  const base = stateWith([capture(3, 300), capture(2, 200), capture(1, 100)], { uptrendsNames: ['AlertOps - Prod'] });

  it('forgets one capture and clears the choice only if it was the chosen one', () => {
    const chosen = chooseCapture(base, 'c2');
    const forgotOther = forgetCapture(chosen, 'c1');
    expect(forgotOther.captures.map((c) => c.id)).toEqual(['c3', 'c2']);
    expect(forgotOther.chosenId).toBe('c2');
    const forgotChosen = forgetCapture(chosen, 'c2');
    expect(forgotChosen.captures.map((c) => c.id)).toEqual(['c3', 'c1']);
    expect(forgotChosen.chosenId).toBeUndefined();
  });

  it('Undo puts forgotten captures back newest first, one or all, with the choice', () => {
    const [c3, c2, c1] = base.captures as [Capture, Capture, Capture];
    const chosen = chooseCapture(base, 'c2');
    const one = restoreCaptures(forgetCapture(chosen, 'c2'), [c2], 'c2');
    expect(one.captures).toEqual(base.captures);
    expect(one.chosenId).toBe('c2');
    const all = restoreCaptures(forgetAll(chosen), [c1, c3, c2], 'c2');
    expect(all.captures).toEqual(base.captures);
    expect(all.chosenId).toBe('c2');
    // As the popup holds it (no lastSeenAt): the capture time stands in.
    const { lastSeenAt: _dropped, ...shown } = c2;
    expect(restoreCaptures(forgetCapture(base, 'c2'), [shown]).captures[1]).toEqual({
      ...c2,
      lastSeenAt: c2.capturedAt,
    });
  });

  it('Undo after a new capture keeps the new one first, and a choice made since stands', () => {
    const [c3, c2, c1] = base.captures as [Capture, Capture, Capture];
    const cleared = forgetAll(chooseCapture(base, 'c2'));
    const newer = addCapture(cleared, input(9, 'Newer'), 999, () => 'new');
    const restored = restoreCaptures(newer, [c3, c2, c1], 'c2');
    expect(restored.captures.map((c) => c.id)).toEqual(['new', 'c3', 'c2', 'c1']);
    expect(restored.chosenId).toBe('c2');
    const choseSince = restoreCaptures(chooseCapture(newer, 'new'), [c3, c2, c1], 'c2');
    expect(choseSince.chosenId).toBe('new');
  });

  it('Undo keeps a URL that was captured again meanwhile as it is now, once', () => {
    const c2 = base.captures[1] as Capture;
    const forgotten = forgetCapture(base, 'c2');
    const recaptured = addCapture(forgotten, input(2, 'Renamed'), 999, () => 'new');
    const restored = restoreCaptures(recaptured, [c2]);
    expect(restored.captures.map((c) => c.id)).toEqual(['new', 'c3', 'c1']);
    expect(restored.captures[0]?.integrationName).toBe('Renamed');
  });

  it('forgetting an unknown id changes nothing', () => {
    expect(forgetCapture(base, 'nope').captures).toEqual(base.captures);
  });

  it('forgetAll drops every capture and the choice but keeps the remembered Uptrends names', () => {
    const state = forgetAll(chooseCapture(base, 'c1'));
    expect(state.captures).toEqual([]);
    expect(state.chosenId).toBeUndefined();
    expect(state.uptrendsNames).toEqual(['AlertOps - Prod']);
  });

  it('choose accepts only known ids', () => {
    expect(chooseCapture(base, 'c1').chosenId).toBe('c1');
    expect(chooseCapture(base, 'unknown')).toBe(base);
    expect(chooseCapture(chooseCapture(base, 'c1'), 'unknown').chosenId).toBe('c1');
  });

  it('the active capture is the chosen one, else the newest, else none', () => {
    expect(activeCapture(base)?.id).toBe('c3');
    expect(activeCapture(chooseCapture(base, 'c1'))?.id).toBe('c1');
    expect(activeCapture({ ...base, chosenId: 'gone' })?.id).toBe('c3');
    expect(activeCapture(emptyState())).toBeUndefined();
  });

  it('of several captured from one list at once, uses the Uptrends one; captures apart in time, the newest', () => {
    const list = stateWith([
      capture(4, 10_400, { template: 'Datadog' }),
      capture(3, 10_300, { template: 'Uptrends' }),
      capture(2, 10_200, { template: 'Grafana' }),
      capture(1, 1_000, { template: 'Uptrends' }),
    ]);
    expect(activeCapture(list)?.id).toBe('c3');
    expect(activeCapture(chooseCapture(list, 'c4'))?.id).toBe('c4');
    const apart = stateWith([capture(5, 60_000, { template: 'Custom' }), capture(3, 10_300, { template: 'Uptrends' })]);
    expect(activeCapture(apart)?.id).toBe('c5');
    const noUptrends = stateWith([
      capture(6, 5_100, { template: 'Custom' }),
      capture(7, 5_000, { template: 'Grafana' }),
    ]);
    expect(activeCapture(noUptrends)?.id).toBe('c6');
  });

  it('captures moments apart on two pages are no list: the newest, whatever its template', () => {
    const twoPages = stateWith([
      capture(2, 10_400, { template: 'Custom', seenOn: '7 https://globex.alertops.com/integrations/9' }),
      capture(1, 10_000, { template: 'Uptrends', seenOn: '7 https://app.alertops.com/integrations/4' }),
    ]);
    expect(activeCapture(twoPages)?.id).toBe('c2');
    const onePage = stateWith([
      capture(2, 10_400, { template: 'Custom', seenOn: '7 https://app.alertops.com/integrations' }),
      capture(1, 10_000, { template: 'Uptrends', seenOn: '7 https://app.alertops.com/integrations' }),
    ]);
    expect(activeCapture(onePage)?.id).toBe('c1');
    // Stored before pages were recorded: seen together by time alone, as before.
    const unrecorded = stateWith([
      capture(2, 10_400, { template: 'Custom', seenOn: '7 https://app.alertops.com/integrations' }),
      capture(1, 10_000, { template: 'Uptrends' }),
    ]);
    expect(activeCapture(unrecorded)?.id).toBe('c1');
  });

  it('records the page a capture was last seen on', () => {
    const first = addCapture(emptyState(), { ...input(1), seenOn: '3 https://app.alertops.com/a' }, 1000, () => 'x');
    expect(first.captures[0]?.seenOn).toBe('3 https://app.alertops.com/a');
    const again = addCapture(first, { ...input(1), seenOn: '4 https://app.alertops.com/list' }, 2000, () => 'y');
    expect(again.captures.map((c) => [c.id, c.seenOn])).toEqual([['x', '4 https://app.alertops.com/list']]);
  });

  it('a URL the console shows again later (its detail page opened after the list) becomes the one a fill uses', () => {
    const list = stateWith([
      capture(4, 10_400, { template: 'Datadog' }),
      capture(3, 10_300, { template: 'Uptrends' }),
      capture(2, 10_200, { template: 'Custom' }),
    ]);
    expect(activeCapture(list)?.id).toBe('c3');
    const reopened = addCapture(list, input(2, 'Integration 2'), 60_000, () => 'unused');
    expect(reopened.captures.map((c) => c.id)).toEqual(['c4', 'c3', 'c2']);
    expect(activeCapture(reopened)?.id).toBe('c2');
  });
});

describe('markFilled', () => {
  it('records the fill on the capture and remembers the Uptrends name first', () => {
    const state = markFilled(
      stateWith([capture(1, 1), capture(2, 2)], { uptrendsNames: ['Old'] }),
      'c2',
      'AlertOps - Prod',
      99,
    );
    expect(state.captures.find((c) => c.id === 'c2')?.filled).toEqual({ uptrendsName: 'AlertOps - Prod', at: 99 });
    expect(state.captures.find((c) => c.id === 'c1')?.filled).toBeUndefined();
    expect(state.uptrendsNames).toEqual(['AlertOps - Prod', 'Old']);
  });

  it('dedupes names (trimmed), moving a known one to the front', () => {
    let state = stateWith([capture(1, 1)], { uptrendsNames: ['A', 'B', 'C'] });
    state = markFilled(state, 'c1', '  B  ', 5);
    expect(state.uptrendsNames).toEqual(['B', 'A', 'C']);
  });

  it('does not remember a blank name', () => {
    const state = markFilled(stateWith([capture(1, 1)], { uptrendsNames: ['A'] }), 'c1', '   ', 5);
    expect(state.uptrendsNames).toEqual(['A']);
  });

  it(`keeps at most ${MAX_UPTRENDS_NAMES} names, dropping the oldest`, () => {
    let state = stateWith([capture(1, 1)]);
    for (let index = 0; index < MAX_UPTRENDS_NAMES + 5; index++)
      state = markFilled(state, 'c1', `Name ${index}`, index);
    expect(state.uptrendsNames).toHaveLength(MAX_UPTRENDS_NAMES);
    expect(state.uptrendsNames[0]).toBe(`Name ${MAX_UPTRENDS_NAMES + 4}`);
    expect(state.uptrendsNames).not.toContain('Name 4');
    expect(state.uptrendsNames).toContain('Name 5');
  });

  it('remembers the name even when the capture is unknown, changing no capture', () => {
    const before = stateWith([capture(1, 1)]);
    const state = markFilled(before, 'gone', 'AlertOps - X', 5);
    expect(state.uptrendsNames).toEqual(['AlertOps - X']);
    expect(state.captures).toEqual(before.captures);
  });
});

describe('markAttached', () => {
  it('records one attachment per definition and level, the newest winning', () => {
    let state = stateWith([capture(1, 1)]);
    state = markAttached(state, 'c1', { definition: 'Default', level: 'Escalation level 1', at: 1 });
    state = markAttached(state, 'c1', { definition: 'Default', level: 'Escalation level 2', at: 2 });
    state = markAttached(state, 'c1', { definition: 'Other', level: 'Escalation level 1', at: 3 });
    state = markAttached(state, 'c1', { definition: 'Default', level: 'Escalation level 1', at: 4 });
    const attachments = state.captures[0]?.attachments ?? [];
    expect(attachments).toHaveLength(3);
    expect(attachments.filter((a) => a.definition === 'Default' && a.level === 'Escalation level 1')).toEqual([
      { definition: 'Default', level: 'Escalation level 1', at: 4 },
    ]);
  });

  it('touches only the named capture', () => {
    let state = stateWith([capture(1, 1), capture(2, 2)]);
    state = markAttached(state, 'c2', { definition: 'D', level: 'L', at: 1 });
    expect(state.captures.find((c) => c.id === 'c1')?.attachments).toEqual([]);
    expect(state.captures.find((c) => c.id === 'c2')?.attachments).toHaveLength(1);
  });

  it(`keeps at most ${MAX_ATTACHMENTS} attachments, the newest`, () => {
    let state = stateWith([capture(1, 1)]);
    for (let index = 0; index < MAX_ATTACHMENTS + 2; index++) {
      state = markAttached(state, 'c1', { definition: `D${index}`, level: 'L', at: index });
    }
    const attachments = state.captures[0]?.attachments ?? [];
    expect(attachments).toHaveLength(MAX_ATTACHMENTS);
    expect(attachments.some((a) => a.definition === 'D0')).toBe(false);
    expect(attachments.at(-1)?.definition).toBe(`D${MAX_ATTACHMENTS + 1}`);
  });
});

describe('expireCaptures', () => {
  const now = 100 * HOUR;
  const base = stateWith(
    [
      capture(1, now - 1 * HOUR),
      capture(2, now - 3 * HOUR, { filled: { uptrendsName: 'X', at: now - HOUR } }),
      capture(3, now - 30 * HOUR),
    ],
    { chosenId: 'c3' },
  );

  it('keeps everything when neither rule is on', () => {
    expect(expireCaptures(base, { forgetAfterHours: 0, forgetOnceFilled: false }, now).captures).toHaveLength(3);
  });

  it('forgets captures older than the limit and clears a choice that went with them', () => {
    const state = expireCaptures(base, { forgetAfterHours: 24, forgetOnceFilled: false }, now);
    expect(state.captures.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(state.chosenId).toBeUndefined();
  });

  it('keeps the choice when the chosen capture survives', () => {
    const state = expireCaptures({ ...base, chosenId: 'c1' }, { forgetAfterHours: 2, forgetOnceFilled: false }, now);
    expect(state.captures.map((c) => c.id)).toEqual(['c1']);
    expect(state.chosenId).toBe('c1');
  });

  it('treats a capture exactly at the limit as expired, one just younger as kept', () => {
    const edge = stateWith([capture(1, now - 2 * HOUR), capture(2, now - 2 * HOUR + 1)]);
    expect(
      expireCaptures(edge, { forgetAfterHours: 2, forgetOnceFilled: false }, now).captures.map((c) => c.id),
    ).toEqual(['c2']);
  });

  it('forgets filled captures once filled, whatever their age', () => {
    const state = expireCaptures(base, { forgetAfterHours: 0, forgetOnceFilled: true }, now);
    expect(state.captures.map((c) => c.id)).toEqual(['c1', 'c3']);
    expect(state.chosenId).toBe('c3');
  });

  it('says when the oldest capture is due, the moment expireCaptures forgets it', () => {
    const rules = { forgetAfterHours: 24, forgetOnceFilled: false };
    const due = nextExpiry(base, rules);
    expect(due).toBe(now - 30 * HOUR + 24 * HOUR);
    const justBefore = expireCaptures(base, rules, (due ?? 0) - 1);
    expect(justBefore.captures.map((c) => c.id)).toContain('c3');
    expect(expireCaptures(base, rules, due ?? 0).captures.map((c) => c.id)).not.toContain('c3');
    expect(nextExpiry(base, { forgetAfterHours: 0, forgetOnceFilled: true })).toBeUndefined();
    expect(nextExpiry(stateWith([]), rules)).toBeUndefined();
  });

  it('applies both rules together', () => {
    const state = expireCaptures(base, { forgetAfterHours: 24, forgetOnceFilled: true }, now);
    expect(state.captures.map((c) => c.id)).toEqual(['c1']);
  });
});
