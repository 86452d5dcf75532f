import type { LocalizedText } from '../common/locale';
import type { Result } from '../common/result';
import { sortByDate } from './dated-events';
import { LEAD_STAGES, type LeadEvent } from './investment-leads';
import { sumWanAmounts } from './wan-amount';

/** What a project or lead is for: 工业 (industrial), 基础设施, 服务业, 社会事业, 其他. */
export const PROJECT_SECTORS = [
  'industrial',
  'infrastructure',
  'services',
  'social',
  'other',
] as const;
export type ProjectSector = (typeof PROJECT_SECTORS)[number];

export const PROJECT_SECTOR_LABELS: Record<ProjectSector, LocalizedText> = {
  industrial: { zh: '工业', en: 'Industrial' },
  infrastructure: { zh: '基础设施', en: 'Infrastructure' },
  services: { zh: '服务业', en: 'Services' },
  social: { zh: '社会事业', en: 'Social' },
  other: { zh: '其他', en: 'Other' },
};

const SIGNED = LEAD_STAGES.indexOf('signed');

/**
 * The day a lead was brought in (引进): the first event at 签约 or a later stage (a lead first
 * recorded at 落地 was signed by then). Null while it is not signed. A dropped lead that had
 * signed keeps its date: it was brought in, then lost.
 */
export function leadSignedOn(events: readonly LeadEvent[]): string | null {
  for (const event of sortByDate(events)) {
    if (event.stage !== 'dropped' && LEAD_STAGES.indexOf(event.stage) >= SIGNED) {
      return event.occurredOn;
    }
  }
  return null;
}

export interface IntroducedLead {
  events: readonly LeadEvent[];
  sector: ProjectSector;
  /** 万元, decimal string; null counts as 0. */
  intendedInvestment: string | null;
}

export interface IntroducedCount {
  count: number;
  /** Total intended investment in 万元 (exact decimal string). */
  totalInvestment: string;
}

/**
 * 新引进项目 of `sector` in `year`: leads first signed in that year, and their total intended
 * investment (exact). The official "新引进工业项目99个，总投资1965亿元" is this with 'industrial'.
 */
export function countIntroduced(
  leads: readonly IntroducedLead[],
  year: number,
  sector: ProjectSector = 'industrial',
): Result<IntroducedCount, LocalizedText> {
  const counted = leads.filter(
    (l) => l.sector === sector && (leadSignedOn(l.events) ?? '').startsWith(`${year}-`),
  );
  const total = sumWanAmounts(counted.map((l) => l.intendedInvestment ?? '0'));
  if (!total.ok) return total;
  return { ok: true, value: { count: counted.length, totalInvestment: total.value } };
}
