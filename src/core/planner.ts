/**
 * The setup assistant's plan: which escalation levels of which alert definitions need one API request to attach (or
 * detach) the AlertOps integration. Pure, so every rule is unit-tested: levels that already have it are left alone,
 * nothing outside the user's selection is touched.
 */

export interface LevelInfo {
  definitionGuid: string;
  definitionName: string;
  levelId: number;
  levelActive: boolean;
  /** Guids of the integrations attached to this level now. */
  attached: string[];
}

export type PlanAction = 'attach' | 'detach';

export interface PlanStep {
  definitionGuid: string;
  definitionName: string;
  levelId: number;
}

export interface Selection {
  /** Alert definitions chosen by the user ('all' for every one). */
  definitions: readonly string[] | 'all';
  /** Escalation level ids chosen ('all' for every level). */
  levels: readonly number[] | 'all';
}

export interface Plan {
  action: PlanAction;
  integrationGuid: string;
  steps: PlanStep[];
  /** Selected levels where nothing needs doing (already attached, or already detached). */
  unchanged: PlanStep[];
}

function isSelected(level: LevelInfo, selection: Selection): boolean {
  const definitionChosen = selection.definitions === 'all' || selection.definitions.includes(level.definitionGuid);
  const levelChosen = selection.levels === 'all' || selection.levels.includes(level.levelId);
  return definitionChosen && levelChosen;
}

export function makePlan(
  levels: readonly LevelInfo[],
  integrationGuid: string,
  action: PlanAction,
  selection: Selection,
): Plan {
  const plan: Plan = { action, integrationGuid, steps: [], unchanged: [] };
  const seen = new Set<string>();
  for (const level of levels) {
    const key = `${level.definitionGuid}/${level.levelId}`;
    if (seen.has(key) || !isSelected(level, selection)) continue;
    seen.add(key);
    const step = { definitionGuid: level.definitionGuid, definitionName: level.definitionName, levelId: level.levelId };
    const attached = level.attached.some((guid) => sameGuid(guid, integrationGuid));
    const needed = action === 'attach' ? !attached : attached;
    (needed ? plan.steps : plan.unchanged).push(step);
  }
  return plan;
}

/**
 * The items of a list the user has not unticked. Kept as what was unticked, the user's choices survive a reload of the
 * list: an item listed for the first time starts chosen, as everything does on the first load, and one that leaves the
 * list and comes back keeps the choice the user made.
 */
export function chosenAmong<T>(listed: Iterable<T>, unticked: ReadonlySet<T>): Set<T> {
  const chosen = new Set<T>();
  for (const item of listed) if (!unticked.has(item)) chosen.add(item);
  return chosen;
}

export function sameGuid(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export type StepStatus = 'pending' | 'done' | 'failed';

export interface RunStep extends PlanStep {
  status: StepStatus;
  /** The API's own message when a step failed. */
  message?: string;
  attempts: number;
}

export interface Run {
  id: string;
  action: PlanAction;
  integrationGuid: string;
  integrationName: string;
  steps: RunStep[];
  startedAt: number;
  finishedAt?: number;
}

export function startRun(plan: Plan, integrationName: string, id: string, now: number): Run {
  return {
    id,
    action: plan.action,
    integrationGuid: plan.integrationGuid,
    integrationName,
    steps: plan.steps.map((step) => ({ ...step, status: 'pending', attempts: 0 })),
    startedAt: now,
  };
}

export function nextPendingStep(run: Run): RunStep | undefined {
  return run.steps.find((step) => step.status === 'pending');
}

export function recordStep(run: Run, target: PlanStep, outcome: { status: StepStatus; message?: string }): Run {
  return {
    ...run,
    steps: run.steps.map((step) =>
      step.definitionGuid === target.definitionGuid && step.levelId === target.levelId
        ? {
            ...step,
            status: outcome.status,
            attempts: step.attempts + 1,
            ...(outcome.message ? { message: outcome.message } : { message: undefined }),
          }
        : step,
    ),
  };
}

/** Failed steps go back to pending; done steps stay done, so a retry repeats nothing that worked. */
export function retryFailed(run: Run): Run {
  return {
    ...run,
    finishedAt: undefined,
    steps: run.steps.map((step) =>
      step.status === 'failed' ? { ...step, status: 'pending', message: undefined } : step,
    ),
  };
}

export function runCounts(run: Run): Record<StepStatus, number> {
  const counts: Record<StepStatus, number> = { pending: 0, done: 0, failed: 0 };
  for (const step of run.steps) counts[step.status] += 1;
  return counts;
}
