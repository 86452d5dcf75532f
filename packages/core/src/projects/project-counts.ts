import type { LocalizedText } from '../common/locale';
import { err, ok, type Result } from '../common/result';
import { halfUpPercent } from './percent';
import { type ProjectStageEvent, stageDates } from './project-stages';
import { align, formatExact, parseWanAmount } from './wan-amount';

/** Who lists the project as major: 国家级, 省级 (自治区级 in Guangxi), 市级, 县级. */
export const PROJECT_LEVELS = ['national', 'provincial', 'city', 'county'] as const;
export type ProjectLevel = (typeof PROJECT_LEVELS)[number];

export const PROJECT_LEVEL_LABELS: Record<ProjectLevel, LocalizedText> = {
  national: { zh: '国家级', en: 'National' },
  provincial: { zh: '省（自治区）级', en: 'Provincial' },
  city: { zh: '市级', en: 'City' },
  county: { zh: '县级', en: 'County' },
};

/** 建设性质 (nature of construction) as fixed-asset investment statistics classify projects. */
export const PROJECT_KINDS = ['new', 'expansion', 'renovation', 'relocation'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

export const PROJECT_KIND_LABELS: Record<ProjectKind, LocalizedText> = {
  new: { zh: '新建', en: 'New build' },
  expansion: { zh: '扩建', en: 'Expansion' },
  renovation: { zh: '改建和技术改造', en: 'Renovation and technical upgrade' },
  relocation: { zh: '迁建', en: 'Relocation' },
};

/** What counting needs to know of a major project: one record per project. */
export interface ProjectRecord {
  id: string;
  /** GB/T 2260 code of the county or district the project is in. */
  countyCode: string;
  chainCode?: string | null;
  level: ProjectLevel;
  kind: ProjectKind;
  events: readonly ProjectStageEvent[];
}

/** 新开工 / 竣工 / 投产 counted in a year. */
export interface MilestoneCounts {
  newStarts: number;
  completions: number;
  productions: number;
}

export interface CountMilestonesOptions {
  /** Count only what happened up to this day (YYYY-MM-DD), for year-to-date progress. */
  asOf?: string;
}

const emptyCounts = (): MilestoneCounts => ({ newStarts: 0, completions: 0, productions: 0 });

function addProject(
  counts: MilestoneCounts,
  events: readonly ProjectStageEvent[],
  year: number,
  asOf: string | undefined,
): void {
  const dates = stageDates(events);
  const counted = (date: string | null): boolean =>
    date !== null && date.startsWith(`${year}-`) && (asOf === undefined || date <= asOf);
  if (counted(dates.startedOn)) counts.newStarts += 1;
  if (counted(dates.completedOn)) counts.completions += 1;
  if (counted(dates.productionOn)) counts.productions += 1;
}

/**
 * New starts, completions and productions in `year`: a project counts for a milestone when it
 * first reached it in that year. It counts at most once per milestone, however often it stalled
 * and resumed, and a resumption in a later year is not a new start.
 */
export function countMilestones(
  projects: readonly Pick<ProjectRecord, 'events'>[],
  year: number,
  options: CountMilestonesOptions = {},
): MilestoneCounts {
  const counts = emptyCounts();
  for (const project of projects) addProject(counts, project.events, year, options.asOf);
  return counts;
}

/**
 * `countMilestones` per group, e.g. by county (`p => p.countyCode`), chain or level. Every key
 * of a given project appears, with zeros if nothing happened in the year; keys appear in the
 * order their first project does.
 */
export function countMilestonesBy<P extends Pick<ProjectRecord, 'events'>, K>(
  projects: readonly P[],
  year: number,
  keyOf: (project: P) => K,
  options: CountMilestonesOptions = {},
): Map<K, MilestoneCounts> {
  const groups = new Map<K, MilestoneCounts>();
  for (const project of projects) {
    const key = keyOf(project);
    let counts = groups.get(key);
    if (!counts) {
      counts = emptyCounts();
      groups.set(key, counts);
    }
    addProject(counts, project.events, year, options.asOf);
  }
  return groups;
}

/** A count against its task, as officials quote it: "完成任务的158%". */
export interface TaskCompletion {
  actual: number;
  task: number | undefined;
  /** Whole percent, rounded half-up; undefined when there is no task (missing or 0). */
  percent: number | undefined;
}

const isCount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

/**
 * `actual` against `task` in whole percent, rounded half-up as officials round it: 128 / 100 →
 * 128, 71 / 45 → 158 (157.78), 23 / 40 → 58 (57.5). Exact integer arithmetic: floating point
 * makes 23 / 40 × 100 57.49999999999999. A missing or zero task gives `percent: undefined`,
 * never NaN or Infinity. Counts and tasks are whole numbers by construction; anything else is a
 * programming error and throws.
 */
export function taskCompletion(actual: number, task?: number | null): TaskCompletion {
  if (!isCount(actual) || (task != null && !isCount(task))) {
    throw new RangeError(`taskCompletion: counts are whole numbers ≥ 0 (${actual}, ${task})`);
  }
  const percent = task == null ? undefined : halfUpPercent(BigInt(actual), BigInt(task), 0);
  return { actual, task: task ?? undefined, percent };
}

/** Investment completed against planned, both in 万元 (shortest exact form). */
export interface InvestmentCompletion {
  completed: string;
  planned: string;
  /** Percent with 1 decimal, rounded half-up; undefined when nothing is planned. */
  percent: number | undefined;
}

/**
 * Investment completed against planned, amounts in 万元 as decimal strings. Exact: the amounts
 * are read as integers, so '0.023' of '0.4' is 5.8% (floating point gives 5.7). A zero plan gives
 * `percent: undefined`; an unreadable or negative amount is an error.
 */
export function investmentCompletion(
  completed: string,
  planned: string,
): Result<InvestmentCompletion, LocalizedText> {
  const c = parseWanAmount(completed);
  if (!c.ok) return c;
  const p = parseWanAmount(planned);
  if (!p.ok) return p;
  if (c.value.units < 0n || p.value.units < 0n) {
    return err({ zh: '投资额不能为负数', en: 'Investment amounts cannot be negative' });
  }
  const [done, plan] = align(c.value, p.value);
  return ok({
    completed: formatExact(c.value),
    planned: formatExact(p.value),
    percent: halfUpPercent(done, plan, 1),
  });
}
