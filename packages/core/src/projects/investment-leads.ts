import type { LocalizedText } from '../common/locale';
import { err, exhaustiveSwitchError, ok, type Result } from '../common/result';
import { checkEventDate, sortByDate } from './dated-events';
import { halfUpPercent } from './percent';

/** The stages of an investment-promotion lead (招商引资), in order. */
export const LEAD_STAGES = [
  'lead',
  'negotiating',
  'signed',
  'registered',
  'started',
  'in_production',
] as const;
export type LeadStage = (typeof LEAD_STAGES)[number];

/** A stage, or 终止 (dropped, with a reason), which ends the lead. */
export type LeadState = LeadStage | 'dropped';

export const LEAD_STATE_LABELS: Record<LeadState, LocalizedText> = {
  lead: { zh: '线索', en: 'Lead' },
  negotiating: { zh: '洽谈', en: 'Negotiating' },
  signed: { zh: '签约', en: 'Signed' },
  registered: { zh: '落地/注册', en: 'Registered' },
  started: { zh: '开工', en: 'Construction started' },
  in_production: { zh: '投产', en: 'In production' },
  dropped: { zh: '终止', en: 'Dropped' },
};

/** A lead reached `stage` on `occurredOn` (YYYY-MM-DD), or was dropped for `reason`. */
export type LeadEvent =
  | { stage: LeadStage; occurredOn: string }
  | { stage: 'dropped'; occurredOn: string; reason: string };

/** What the lead rules need to know of a lead. */
export interface InvestmentLead {
  id: string;
  events: readonly LeadEvent[];
  /** The major project created from the lead, once converted. */
  projectId?: string | null;
  /** Date of the next planned follow-up (YYYY-MM-DD). */
  nextActionOn?: string | null;
  chainCode?: string | null;
  /** Where the investor comes from, e.g. a GB/T 2260 code or a country. */
  sourceRegion?: string | null;
  /** The org unit answerable for the lead. */
  responsibleUnitId?: string | null;
  /** Intended investment in 万元, as a decimal string. */
  intendedInvestment?: string | null;
}

export interface LeadStatus {
  /** The furthest stage reached (also when dropped); null before any event. */
  stage: LeadStage | null;
  isDropped: boolean;
}

const rank = (stage: LeadStage): number => LEAD_STAGES.indexOf(stage);
const label = (state: LeadState): LocalizedText => LEAD_STATE_LABELS[state];

/** Where a lead stands after its events (taken as checked by `checkLeadStageChange`). */
export function leadStatus(events: readonly LeadEvent[]): LeadStatus {
  let stage: LeadStage | null = null;
  let isDropped = false;
  for (const event of sortByDate(events)) {
    if (event.stage === 'dropped') isDropped = true;
    else if (stage === null || rank(event.stage) > rank(stage)) stage = event.stage;
  }
  return { stage, isDropped };
}

/** The current state: a stage, 'dropped', or null for a lead with no events yet. */
export function currentLeadStage(events: readonly LeadEvent[]): LeadState | null {
  const { stage, isDropped } = leadStatus(events);
  return isDropped ? 'dropped' : stage;
}

/** Closed: dropped, or brought all the way to 投产. Closed leads need no follow-up. */
export function isLeadClosed(events: readonly LeadEvent[]): boolean {
  const { stage, isDropped } = leadStatus(events);
  return isDropped || stage === 'in_production';
}

/**
 * Whether reaching `stage` needs 签约 first. Stages up to 签约 may be skipped (a lead may first
 * be recorded at a signing ceremony); every stage after it needs a signed agreement.
 */
function needsSigning(stage: LeadStage): boolean {
  switch (stage) {
    case 'lead':
    case 'negotiating':
    case 'signed':
      return false;
    case 'registered':
    case 'started':
    case 'in_production':
      return true;
    default:
      return exhaustiveSwitchError(stage, 'lead stage');
  }
}

const SIGNED = rank('signed');

/**
 * Whether `next` may follow `events`, with the state the lead is then in. Dates as for projects:
 * a real day, not in the future, not before the latest event. Stages move forward only,
 * skipping allowed, except that 落地/注册, 开工 and 投产 need 签约 first. 终止 needs a reason and
 * a lead that has started and is not yet closed; it ends the lead (a revived lead is a new lead).
 * Nothing follows 投产.
 */
export function checkLeadStageChange(
  events: readonly LeadEvent[],
  next: LeadEvent,
  today: string,
): Result<LeadState, LocalizedText> {
  const date = checkEventDate(events, next.occurredOn, today);
  if (!date.ok) return date;
  const { stage, isDropped } = leadStatus(events);
  if (isDropped) {
    return err({
      zh: '该线索已终止，不能再变更；如重新跟进，请新建线索',
      en: 'The lead was dropped and cannot change; record a new lead to follow it up again',
    });
  }
  if (stage === 'in_production') {
    return err({
      zh: '该线索已投产，跟踪已完成',
      en: 'The lead is in production; its follow-up is complete',
    });
  }
  if (next.stage === 'dropped') {
    if (stage === null) {
      return err({
        zh: '线索尚无阶段记录，不能终止',
        en: 'The lead has no stage yet, so it cannot be dropped',
      });
    }
    if (next.reason.trim() === '') {
      return err({ zh: '终止线索须填写原因', en: 'Give a reason for dropping the lead' });
    }
    return ok('dropped');
  }
  if (stage !== null && rank(next.stage) <= rank(stage)) {
    return next.stage === stage
      ? err({
          zh: `线索已处于“${label(stage).zh}”阶段`,
          en: `The lead is already "${label(stage).en}"`,
        })
      : err({
          zh: `线索只能向前推进，不能从“${label(stage).zh}”退回“${label(next.stage).zh}”`,
          en: `A lead only moves forward: it cannot go back from "${label(stage).en}" to "${label(next.stage).en}"`,
        });
  }
  if (needsSigning(next.stage) && (stage === null || rank(stage) < SIGNED)) {
    return err({
      zh: `登记“${label(next.stage).zh}”前须先“签约”`,
      en: `The lead must be "Signed" before "${label(next.stage).en}"`,
    });
  }
  return ok(next.stage);
}

/**
 * Whether a major project may be created from the lead: it reached 签约 or later, was not
 * dropped, and no project was created from it yet.
 */
export function canConvertToProject(lead: Pick<InvestmentLead, 'events' | 'projectId'>): boolean {
  const { stage, isDropped } = leadStatus(lead.events);
  const isConverted = lead.projectId != null && lead.projectId !== '';
  return !isDropped && stage !== null && rank(stage) >= SIGNED && !isConverted;
}

/** The next follow-up date is before `today` and the lead is still open. */
export function isFollowUpOverdue(
  lead: Pick<InvestmentLead, 'events' | 'nextActionOn'>,
  today: string,
): boolean {
  const due = lead.nextActionOn;
  return due != null && due !== '' && due < today && !isLeadClosed(lead.events);
}

export interface LeadFunnelStage {
  stage: LeadStage;
  /** Leads that reached the stage or went past it (skipped stages count as passed). */
  reached: number;
  /** Leads at the stage now and not dropped. */
  current: number;
}

export interface LeadConversion {
  from: LeadStage;
  to: LeadStage;
  /** reached(to) / reached(from) in percent, 1 decimal, half-up; undefined when none reached `from`. */
  percent: number | undefined;
}

export interface LeadFunnel {
  total: number;
  dropped: number;
  stages: LeadFunnelStage[];
  conversions: LeadConversion[];
}

const zeroPerStage = (): Record<LeadStage, number> => ({
  lead: 0,
  negotiating: 0,
  signed: 0,
  registered: 0,
  started: 0,
  in_production: 0,
});

function funnelOf(leads: readonly Pick<InvestmentLead, 'events'>[]): LeadFunnel {
  const furthest = zeroPerStage();
  const open = zeroPerStage();
  let dropped = 0;
  for (const lead of leads) {
    const { stage, isDropped } = leadStatus(lead.events);
    if (isDropped) dropped += 1;
    if (stage === null) continue;
    furthest[stage] += 1;
    if (!isDropped) open[stage] += 1;
  }
  // Reached a stage = went furthest to it or to any later stage: sums from the end.
  let reachedOrLater = 0;
  const stages = [...LEAD_STAGES]
    .reverse()
    .map((stage): LeadFunnelStage => {
      reachedOrLater += furthest[stage];
      return { stage, reached: reachedOrLater, current: open[stage] };
    })
    .reverse();
  const conversions = stages.flatMap((from, i): LeadConversion[] => {
    const to = stages[i + 1];
    if (!to) return [];
    const percent = halfUpPercent(BigInt(to.reached), BigInt(from.reached), 1);
    return [{ from: from.stage, to: to.stage, percent }];
  });
  return { total: leads.length, dropped, stages, conversions };
}

/**
 * The funnel of `leads`: how many reached each stage (a lead at 签约 has passed 线索 and 洽谈,
 * a dropped lead counts up to the furthest stage it reached), so counts never increase down the
 * funnel; and the conversion between consecutive stages. With `groupBy`, one funnel per key
 * (e.g. by chain or responsible unit), keys in the order their first lead appears.
 */
export function leadFunnel(leads: readonly Pick<InvestmentLead, 'events'>[]): LeadFunnel;
export function leadFunnel<L extends Pick<InvestmentLead, 'events'>, K>(
  leads: readonly L[],
  groupBy: (lead: L) => K,
): Map<K, LeadFunnel>;
export function leadFunnel<L extends Pick<InvestmentLead, 'events'>, K>(
  leads: readonly L[],
  groupBy?: (lead: L) => K,
): LeadFunnel | Map<K, LeadFunnel> {
  if (!groupBy) return funnelOf(leads);
  const groups = new Map<K, L[]>();
  for (const lead of leads) {
    const key = groupBy(lead);
    const members = groups.get(key);
    if (members) members.push(lead);
    else groups.set(key, [lead]);
  }
  return new Map([...groups].map(([key, members]) => [key, funnelOf(members)]));
}
