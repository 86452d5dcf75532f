import type { LocalizedText } from '../common/locale';
import type { Result } from '../common/result';
import { err, ok } from '../common/result';

/**
 * A seed-bank candidate's course: watching → cultivating (an officer assigned) → filed with
 * the statistics office → entered (the 入库 scale event); dropped (with a reason) from any
 * stage before entered.
 */
export const CANDIDATE_STATUSES = [
  'watching',
  'cultivating',
  'filed',
  'entered',
  'dropped',
] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

export const CANDIDATE_STATUS_LABELS: Record<CandidateStatus, LocalizedText> = {
  watching: { zh: '观察', en: 'Watching' },
  cultivating: { zh: '培育中', en: 'Cultivating' },
  filed: { zh: '已报统计局', en: 'Filed with statistics office' },
  entered: { zh: '已入库', en: 'Entered' },
  dropped: { zh: '已移出', en: 'Dropped' },
};

const NEXT: Record<CandidateStatus, readonly CandidateStatus[]> = {
  watching: ['cultivating', 'dropped'],
  cultivating: ['filed', 'watching', 'dropped'],
  filed: ['entered', 'cultivating', 'dropped'],
  entered: [],
  dropped: ['watching'],
};

export const candidateNextStatuses = (status: CandidateStatus): readonly CandidateStatus[] =>
  NEXT[status];

export interface CandidateMove {
  readonly to: CandidateStatus;
  readonly officerId?: string | null;
  readonly reason?: string | null;
}

export type CandidateMoveProblem = 'not_allowed' | 'officer_required' | 'reason_required';

export interface CandidateMoveError {
  readonly problem: CandidateMoveProblem;
  readonly field?: 'officerId' | 'reason';
  readonly message: LocalizedText;
}

/** Check a status change; cultivating needs an officer, dropped needs a reason. */
export function moveCandidate(
  from: CandidateStatus,
  move: CandidateMove,
): Result<CandidateStatus, CandidateMoveError> {
  if (!NEXT[from].includes(move.to)) {
    const a = CANDIDATE_STATUS_LABELS[from];
    const b = CANDIDATE_STATUS_LABELS[move.to];
    return err({
      problem: 'not_allowed',
      message: {
        zh: `不能从“${a.zh}”改为“${b.zh}”`,
        en: `Cannot move from ${a.en} to ${b.en}`,
      },
    });
  }
  if (move.to === 'cultivating' && !move.officerId) {
    return err({
      problem: 'officer_required',
      field: 'officerId',
      message: {
        zh: '培育中的企业须指定负责人',
        en: 'A cultivated enterprise needs a responsible officer',
      },
    });
  }
  if (move.to === 'dropped' && !move.reason?.trim()) {
    return err({
      problem: 'reason_required',
      field: 'reason',
      message: { zh: '移出须填写原因', en: 'Dropping a candidate needs a reason' },
    });
  }
  return ok(move.to);
}
