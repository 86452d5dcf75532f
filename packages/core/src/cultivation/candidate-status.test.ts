import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CandidateStatus } from './candidate-status';
import { CANDIDATE_STATUSES, candidateNextStatuses, moveCandidate } from './candidate-status';

describe('moveCandidate', () => {
  it.each<[CandidateStatus, CandidateStatus, string | null, string | null, string]>([
    ['watching', 'cultivating', 'u1', null, 'ok'],
    ['watching', 'cultivating', null, null, 'officer_required'],
    ['cultivating', 'filed', null, null, 'ok'],
    ['filed', 'entered', null, null, 'ok'],
    ['watching', 'entered', null, null, 'not_allowed'],
    ['watching', 'filed', null, null, 'not_allowed'],
    ['entered', 'dropped', null, 'x', 'not_allowed'],
    ['cultivating', 'dropped', null, '  ', 'reason_required'],
    ['cultivating', 'dropped', null, '经营转型', 'ok'],
    ['dropped', 'watching', null, null, 'ok'],
  ])('%s → %s (officer %s, reason %s): %s', (from, to, officerId, reason, expected) => {
    const result = moveCandidate(from, { to, officerId, reason });
    expect(result.ok ? 'ok' : result.error.problem).toBe(expected);
  });

  it('names the field and speaks both languages', () => {
    const result = moveCandidate('watching', { to: 'cultivating' });
    expect(result).toEqual({
      ok: false,
      error: {
        problem: 'officer_required',
        field: 'officerId',
        message: {
          zh: '培育中的企业须指定负责人',
          en: 'A cultivated enterprise needs a responsible officer',
        },
      },
    });
  });

  it('entered is final and every status can reach entered unless final', () => {
    expect(candidateNextStatuses('entered')).toEqual([]);
    const reach = (from: CandidateStatus, seen = new Set<CandidateStatus>()): boolean => {
      if (from === 'entered') return true;
      seen.add(from);
      return candidateNextStatuses(from).some((s) => !seen.has(s) && reach(s, seen));
    };
    for (const s of CANDIDATE_STATUSES) expect(reach(s)).toBe(true);
  });

  it('accepts exactly the listed moves when officer and reason are given', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CANDIDATE_STATUSES),
        fc.constantFrom(...CANDIDATE_STATUSES),
        (from, to) => {
          const result = moveCandidate(from, { to, officerId: 'u', reason: 'r' });
          expect(result.ok).toBe(candidateNextStatuses(from).includes(to));
        },
      ),
    );
  });
});
