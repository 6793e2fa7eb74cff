import { describe, expect, it } from 'vitest';
import {
  chosenAmong,
  type LevelInfo,
  makePlan,
  nextPendingStep,
  recordStep,
  retryFailed,
  runCounts,
  startRun,
} from '../../src/core/planner';

const ALERTOPS = 'AAAA1111-0000-4000-8000-000000000001';
const SLACK = 'BBBB2222-0000-4000-8000-000000000002';

function levels(
  definitions: number,
  perDefinition: number,
  attachedTo: (d: number, l: number) => string[] = () => [],
): LevelInfo[] {
  const result: LevelInfo[] = [];
  for (let d = 1; d <= definitions; d++) {
    for (let l = 1; l <= perDefinition; l++) {
      result.push({
        definitionGuid: `def-${d}`,
        definitionName: `Definition ${d}`,
        levelId: l,
        levelActive: l <= 2,
        attached: attachedTo(d, l),
      });
    }
  }
  return result;
}

describe('makePlan', () => {
  it('attaches on every chosen level that lacks the integration, one step each', () => {
    const plan = makePlan(levels(30, 3), ALERTOPS, 'attach', { definitions: 'all', levels: 'all' });
    expect(plan.steps).toHaveLength(90);
    expect(plan.unchanged).toHaveLength(0);
    expect(new Set(plan.steps.map((s) => `${s.definitionGuid}/${s.levelId}`)).size).toBe(90);
  });

  it('leaves levels that already have it alone, whatever the guid case', () => {
    const all = levels(3, 3, (d, l) => (d === 2 && l === 1 ? [SLACK, ALERTOPS.toLowerCase()] : [SLACK]));
    const plan = makePlan(all, ALERTOPS, 'attach', { definitions: 'all', levels: 'all' });
    expect(plan.steps).toHaveLength(8);
    expect(plan.unchanged).toEqual([{ definitionGuid: 'def-2', definitionName: 'Definition 2', levelId: 1 }]);
  });

  it('touches nothing outside the selection', () => {
    const plan = makePlan(levels(5, 4), ALERTOPS, 'attach', { definitions: ['def-1', 'def-4'], levels: [1, 3] });
    expect(plan.steps.map((s) => `${s.definitionGuid}/${s.levelId}`)).toEqual([
      'def-1/1',
      'def-1/3',
      'def-4/1',
      'def-4/3',
    ]);
  });

  it('detaches only where it is attached', () => {
    const plan = makePlan(
      levels(2, 2, (d) => (d === 1 ? [ALERTOPS] : [])),
      ALERTOPS,
      'detach',
      { definitions: 'all', levels: 'all' },
    );
    expect(plan.steps.map((s) => `${s.definitionGuid}/${s.levelId}`)).toEqual(['def-1/1', 'def-1/2']);
    expect(plan.unchanged).toHaveLength(2);
  });

  it('ignores a level listed twice', () => {
    const twice = [...levels(1, 1), ...levels(1, 1)];
    expect(makePlan(twice, ALERTOPS, 'attach', { definitions: 'all', levels: 'all' }).steps).toHaveLength(1);
  });

  it('makes an empty plan when nothing is chosen', () => {
    expect(makePlan(levels(3, 3), ALERTOPS, 'attach', { definitions: [], levels: 'all' }).steps).toEqual([]);
  });
});

describe('a run', () => {
  const plan = makePlan(levels(2, 2), ALERTOPS, 'attach', { definitions: 'all', levels: 'all' });

  it('goes step by step, records failures with their message, and retries only what failed', () => {
    let run = startRun(plan, 'AlertOps', 'run-1', 1000);
    expect(runCounts(run)).toEqual({ pending: 4, done: 0, failed: 0 });
    const first = nextPendingStep(run);
    if (!first) throw new Error('no step');
    run = recordStep(run, first, { status: 'done' });
    const second = nextPendingStep(run);
    if (!second) throw new Error('no step');
    expect(second).not.toEqual(first);
    run = recordStep(run, second, { status: 'failed', message: 'Internal server error' });
    expect(run.steps.find((s) => s.status === 'failed')?.message).toBe('Internal server error');
    expect(runCounts(run)).toEqual({ pending: 2, done: 1, failed: 1 });

    const again = retryFailed({ ...run, finishedAt: 2000 });
    expect(again.finishedAt).toBeUndefined();
    expect(runCounts(again)).toEqual({ pending: 3, done: 1, failed: 0 });
    expect(
      again.steps.find((s) => s.definitionGuid === first.definitionGuid && s.levelId === first.levelId)?.status,
    ).toBe('done');
    expect(
      again.steps.find((s) => s.definitionGuid === second.definitionGuid && s.levelId === second.levelId)?.attempts,
    ).toBe(1);
  });
});

describe('choices kept as what the user unticked', () => {
  it('chooses everything on the first load', () => {
    expect([...chosenAmong([1, 2, 3], new Set<number>())]).toEqual([1, 2, 3]);
  });

  it('keeps what the user unticked unticked, and chooses what is new', () => {
    const unticked = new Set(['def-2', 'def-3']);
    expect([...chosenAmong(['def-1', 'def-2', 'def-4'], unticked)]).toEqual(['def-1', 'def-4']);
  });

  it('gives an item that left the list and came back the choice the user made', () => {
    const unticked = new Set([2]);
    // Level 2 (unticked) and level 3 (ticked) leave the list on one reload and come back on the next.
    expect([...chosenAmong([1], unticked)]).toEqual([1]);
    expect([...chosenAmong([1, 2, 3], unticked)]).toEqual([1, 3]);
  });

  it('keeps a list the user emptied empty', () => {
    expect(chosenAmong([1, 2], new Set([1, 2])).size).toBe(0);
  });
});
