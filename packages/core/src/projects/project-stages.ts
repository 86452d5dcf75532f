import type { LocalizedText } from '../common/locale';
import { err, exhaustiveSwitchError, ok, type Result } from '../common/result';
import { checkEventDate, sortByDate } from './dated-events';

/** The stages of a major project (重大项目), in the order it goes through them. */
export const PROJECT_STAGES = [
  'preliminary',
  'started',
  'under_construction',
  'completed',
  'in_production',
] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

/** A stage, or 停缓建 (stalled or postponed): a pause that remembers the stage it left. */
export type ProjectState = ProjectStage | 'stalled';

export const PROJECT_STATE_LABELS: Record<ProjectState, LocalizedText> = {
  preliminary: { zh: '前期', en: 'Preliminary work' },
  started: { zh: '新开工', en: 'Newly started' },
  under_construction: { zh: '在建', en: 'Under construction' },
  completed: { zh: '竣工', en: 'Completed' },
  in_production: { zh: '投产', en: 'In production' },
  stalled: { zh: '停缓建', en: 'Stalled or postponed' },
};

/**
 * A project reached `stage` on `occurredOn` (YYYY-MM-DD). Events are appended, never edited. A
 * resumption after 停缓建 is an event with the stage the project left.
 */
export interface ProjectStageEvent {
  stage: ProjectState;
  occurredOn: string;
}

export interface ProjectStatus {
  /** The last stage reached (while stalled: the stage it left); null before any event. */
  stage: ProjectStage | null;
  isStalled: boolean;
}

/** Where a project stands after its events (taken as checked by `checkStageChange`). */
export function projectStatus(events: readonly ProjectStageEvent[]): ProjectStatus {
  let stage: ProjectStage | null = null;
  let isStalled = false;
  for (const event of sortByDate(events)) {
    if (event.stage === 'stalled') isStalled = stage !== null;
    else {
      stage = event.stage;
      isStalled = false;
    }
  }
  return { stage, isStalled };
}

/** The current state: a stage, 'stalled', or null for a project with no events yet. */
export function currentStage(events: readonly ProjectStageEvent[]): ProjectState | null {
  const { stage, isStalled } = projectStatus(events);
  return isStalled ? 'stalled' : stage;
}

/**
 * The stages that may come next when a project is not stalled. A project enters the list at
 * 前期 or directly at 新开工. 新开工 precedes 在建 and 竣工; 在建 may be skipped (a project built
 * between two reports goes from 新开工 straight to 竣工). 竣工 precedes 投产 (on the same day
 * for 竣工投产). Nothing follows 投产.
 */
function nextStages(stage: ProjectStage | null): readonly ProjectStage[] {
  if (stage === null) return ['preliminary', 'started'];
  switch (stage) {
    case 'preliminary':
      return ['started'];
    case 'started':
      return ['under_construction', 'completed'];
    case 'under_construction':
      return ['completed'];
    case 'completed':
      return ['in_production'];
    case 'in_production':
      return [];
    default:
      return exhaustiveSwitchError(stage, 'project stage');
  }
}

/** 停缓建 applies to projects not yet built: 前期, 新开工, 在建 (not 竣工 or 投产). */
export function canStall(stage: ProjectStage | null): boolean {
  if (stage === null) return false;
  switch (stage) {
    case 'preliminary':
    case 'started':
    case 'under_construction':
      return true;
    case 'completed':
    case 'in_production':
      return false;
    default:
      return exhaustiveSwitchError(stage, 'project stage');
  }
}

/** What a form may offer next: the next stages, 停缓建, or only the stage to resume to. */
export function allowedNextStates(events: readonly ProjectStageEvent[]): ProjectState[] {
  const { stage, isStalled } = projectStatus(events);
  if (isStalled) return stage === null ? [] : [stage];
  return canStall(stage) ? [...nextStages(stage), 'stalled'] : [...nextStages(stage)];
}

/** The stage that must be recorded before `stage` can be. */
function prerequisite(stage: ProjectStage): ProjectStage | null {
  switch (stage) {
    case 'preliminary':
    case 'started':
      return null;
    case 'under_construction':
    case 'completed':
      return 'started';
    case 'in_production':
      return 'completed';
    default:
      return exhaustiveSwitchError(stage, 'project stage');
  }
}

const rank = (stage: ProjectStage): number => PROJECT_STAGES.indexOf(stage);
const label = (state: ProjectState): LocalizedText => PROJECT_STATE_LABELS[state];

/**
 * Whether `next` may follow `events`, with the state the project is then in. Dates: a real day,
 * not in the future, not before the latest event (the same day is allowed: 开工 and 竣工 may be
 * recorded together). Stages: see `nextStages`; 停缓建 from 前期, 新开工 or 在建, and a stalled
 * project resumes to exactly the stage it left (a further step is a separate event).
 */
export function checkStageChange(
  events: readonly ProjectStageEvent[],
  next: ProjectStageEvent,
  today: string,
): Result<ProjectState, LocalizedText> {
  const date = checkEventDate(events, next.occurredOn, today);
  if (!date.ok) return date;
  const { stage, isStalled } = projectStatus(events);
  if (isStalled && stage !== null) {
    if (next.stage === 'stalled') {
      return err({ zh: '项目已处于停缓建状态', en: 'The project is already stalled' });
    }
    if (next.stage !== stage) {
      const left = label(stage);
      return err({
        zh: `项目停缓建前处于“${left.zh}”阶段，复工须先恢复到该阶段`,
        en: `The project stalled at "${left.en}"; it must resume at that stage first`,
      });
    }
    return ok(next.stage);
  }
  if (next.stage === 'stalled') {
    if (stage === null) {
      return err({
        zh: '项目尚无阶段记录，不能停缓建',
        en: 'The project has no stage yet, so it cannot stall',
      });
    }
    if (!canStall(stage)) {
      return err({
        zh: `项目已“${label(stage).zh}”，不能再停缓建`,
        en: `The project is already "${label(stage).en}" and cannot stall`,
      });
    }
    return ok('stalled');
  }
  if (stage !== null && rank(next.stage) <= rank(stage)) {
    return next.stage === stage
      ? err({
          zh: `项目已处于“${label(stage).zh}”阶段`,
          en: `The project is already "${label(stage).en}"`,
        })
      : err({
          zh: `项目已到“${label(stage).zh}”阶段，不能退回“${label(next.stage).zh}”`,
          en: `The project is already "${label(stage).en}" and cannot go back to "${label(next.stage).en}"`,
        });
  }
  if (!nextStages(stage).includes(next.stage)) {
    // Every forward step refused here skips the stage it needs (新开工 or 竣工).
    const required = prerequisite(next.stage) ?? 'started';
    return err({
      zh: `登记“${label(next.stage).zh}”前须先登记“${label(required).zh}”`,
      en: `"${label(required).en}" must be recorded before "${label(next.stage).en}"`,
    });
  }
  return ok(next.stage);
}

/** The first date a project reached each milestone (null: not reached). */
export interface ProjectStageDates {
  startedOn: string | null;
  completedOn: string | null;
  productionOn: string | null;
}

/**
 * The first date each milestone was reached. A stage recorded again on resuming after 停缓建
 * keeps its first date: a project started in 2019, stalled and resumed in 2020 started in 2019.
 */
export function stageDates(events: readonly ProjectStageEvent[]): ProjectStageDates {
  const dates: ProjectStageDates = { startedOn: null, completedOn: null, productionOn: null };
  for (const event of sortByDate(events)) {
    switch (event.stage) {
      case 'started':
        dates.startedOn ??= event.occurredOn;
        break;
      case 'completed':
        dates.completedOn ??= event.occurredOn;
        break;
      case 'in_production':
        dates.productionOn ??= event.occurredOn;
        break;
      case 'preliminary':
      case 'under_construction':
      case 'stalled':
        break;
      default:
        return exhaustiveSwitchError(event.stage, 'project state');
    }
  }
  return dates;
}
