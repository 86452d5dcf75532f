import { describe, expect, it } from 'vitest';
import {
  availableReportActions,
  canEditFigures,
  checkCountyLock,
  REPORT_ACTION_LABELS,
  REPORT_ACTIONS,
  REPORT_ACTORS,
  REPORT_STATUS_LABELS,
  REPORT_STATUSES,
  type ReportAction,
  type ReportActor,
  type ReportStatus,
  reportTransition,
  type TransitionErrorCode,
} from './report-workflow';

/**
 * Every allowed (status, action) with the least actor who may take it and the status it leads to,
 * written out by hand from the rules; every other combination must be refused.
 */
const ALLOWED: readonly [ReportStatus, ReportAction, ReportActor, ReportStatus][] = [
  ['draft', 'save', 'enterprise', 'draft'],
  ['draft', 'submit', 'enterprise', 'submitted'],
  ['draft', 'mark_not_reported', 'county', 'not_reported'],
  ['returned', 'save', 'enterprise', 'returned'],
  ['returned', 'submit', 'enterprise', 'submitted'],
  ['returned', 'mark_not_reported', 'county', 'not_reported'],
  ['submitted', 'save', 'county', 'submitted'],
  ['submitted', 'return', 'county', 'returned'],
  ['submitted', 'approve', 'county', 'approved'],
  ['approved', 'unapprove', 'county', 'submitted'],
  ['approved', 'lock', 'city', 'locked'],
  ['not_reported', 'reopen', 'county', 'draft'],
  ['not_reported', 'lock', 'city', 'not_reported'],
  ['locked', 'unlock', 'admin', 'approved'],
];
const LEVEL: Record<ReportActor, number> = { enterprise: 0, county: 1, city: 2, admin: 3 };
const OPEN = { reason: '数据有误，请核实', submittable: true, periodLocked: false } as const;

const combinations = REPORT_STATUSES.flatMap((status) =>
  REPORT_ACTIONS.flatMap((action) =>
    REPORT_ACTORS.map((actor) => [status, action, actor] as const),
  ),
);

function expectedOutcome(
  status: ReportStatus,
  action: ReportAction,
  actor: ReportActor,
): { ok: true; value: ReportStatus } | { ok: false; code: TransitionErrorCode } {
  const row = ALLOWED.find(([s, a]) => s === status && a === action);
  if (!row) return { ok: false, code: 'not_allowed_in_status' };
  return LEVEL[actor] >= LEVEL[row[2]]
    ? { ok: true, value: row[3] }
    : { ok: false, code: 'not_allowed_for_actor' };
}

describe('reportTransition, open period: every status × action × actor', () => {
  it('covers 6 statuses × 9 actions × 4 actors', () => {
    expect(combinations).toHaveLength(216);
  });

  it.each(combinations)('%s · %s · %s', (status, action, actor) => {
    const result = reportTransition(status, action, actor, OPEN);
    const expected = expectedOutcome(status, action, actor);
    if (expected.ok) {
      expect(result).toEqual({ ok: true, value: expected.value });
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(expected.code);
        expect(result.error.message.zh).not.toBe('');
        expect(result.error.message.en).not.toBe('');
      }
    }
  });

  it('allows exactly the transitions of the table (42 of 216: 4 rows × 4 actors + 7 × 3 + 2 × 2 + 1)', () => {
    const allowed = combinations.filter(([s, a, r]) => reportTransition(s, a, r, OPEN).ok);
    expect(allowed).toHaveLength(
      ALLOWED.reduce(
        (n, [, , least]) => n + REPORT_ACTORS.filter((r) => LEVEL[r] >= LEVEL[least]).length,
        0,
      ),
    );
    expect(allowed).toHaveLength(42);
  });

  it('reads as a clerk would expect', () => {
    const refused = reportTransition('submitted', 'save', 'enterprise', OPEN);
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'not_allowed_for_actor',
        message: {
          zh: '“已报送”的报表只能由县区及以上保存',
          en: 'Only a county officer or above may take “Save” on a report that is “Submitted”',
        },
      },
    });
    const wrongStatus = reportTransition('draft', 'approve', 'county', OPEN);
    expect(!wrongStatus.ok && wrongStatus.error.message.zh).toBe(
      '报表当前状态为“草稿”，不能审核通过',
    );
  });
});

describe('reportTransition, locked period: only unlock', () => {
  const LOCKED = { ...OPEN, periodLocked: true } as const;

  it.each(combinations)('%s · %s · %s', (status, action, actor) => {
    const result = reportTransition(status, action, actor, LOCKED);
    if (action !== 'unlock') {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('period_locked');
      return;
    }
    if (status === 'locked' || status === 'not_reported') {
      if (actor === 'admin') {
        expect(result).toEqual({
          ok: true,
          value: status === 'locked' ? 'approved' : 'not_reported',
        });
      } else {
        expect(!result.ok && result.error.code).toBe('not_allowed_for_actor');
      }
    } else {
      expect(!result.ok && result.error.code).toBe('not_allowed_in_status');
    }
  });

  it('says why in both languages', () => {
    const result = reportTransition('draft', 'save', 'enterprise', LOCKED);
    expect(!result.ok && result.error.message.zh).toMatch(/已由市级锁定/);
    expect(!result.ok && result.error.message.en).toMatch(/locked by the city/);
  });
});

describe('reasons and validation', () => {
  it.each([
    ['submitted', 'return', 'county', {}],
    ['submitted', 'return', 'city', { reason: '   ' }],
    ['draft', 'mark_not_reported', 'county', { reason: null }],
    ['returned', 'mark_not_reported', 'admin', { reason: '' }],
    ['locked', 'unlock', 'admin', {}],
    ['not_reported', 'unlock', 'admin', { periodLocked: true, reason: ' \n' }],
  ] as const)(
    '%s · %s by %s without a reason → reason_required',
    (status, action, actor, context) => {
      const result = reportTransition(status, action, actor, context);
      expect(!result.ok && result.error.code).toBe('reason_required');
    },
  );

  it.each([
    ['draft', 'enterprise', {}],
    ['draft', 'enterprise', { submittable: false }],
    ['returned', 'county', { submittable: false, reason: 'x' }],
    ['draft', 'admin', {}],
  ] as const)(
    'submit of a %s report by %s with %j → validation_failed',
    (status, actor, context) => {
      const result = reportTransition(status, 'submit', actor, context);
      expect(!result.ok && result.error.code).toBe('validation_failed');
    },
  );

  it('needs no reason or validation for the other actions', () => {
    expect(reportTransition('draft', 'save', 'enterprise')).toEqual({ ok: true, value: 'draft' });
    expect(reportTransition('submitted', 'approve', 'county')).toEqual({
      ok: true,
      value: 'approved',
    });
    expect(reportTransition('approved', 'lock', 'city')).toEqual({ ok: true, value: 'locked' });
    expect(reportTransition('draft', 'submit', 'enterprise', { submittable: true })).toEqual({
      ok: true,
      value: 'submitted',
    });
  });

  it('checks the actor before the reason and the reason before validation', () => {
    const byEnterprise = reportTransition('submitted', 'return', 'enterprise', {});
    expect(!byEnterprise.ok && byEnterprise.error.code).toBe('not_allowed_for_actor');
    const inStatus = reportTransition('approved', 'submit', 'enterprise', {});
    expect(!inStatus.ok && inStatus.error.code).toBe('not_allowed_in_status');
  });
});

describe('a report’s life', () => {
  it('goes from draft to locked and back through every loop', () => {
    const steps: [ReportAction, ReportActor, ReportStatus][] = [
      ['save', 'enterprise', 'draft'],
      ['submit', 'enterprise', 'submitted'],
      ['return', 'county', 'returned'],
      ['save', 'enterprise', 'returned'],
      ['submit', 'enterprise', 'submitted'],
      ['save', 'county', 'submitted'],
      ['approve', 'county', 'approved'],
      ['unapprove', 'county', 'submitted'],
      ['approve', 'county', 'approved'],
      ['lock', 'city', 'locked'],
      ['unlock', 'admin', 'approved'],
      ['lock', 'admin', 'locked'],
    ];
    let status: ReportStatus = 'draft';
    for (const [action, actor, expected] of steps) {
      const result = reportTransition(status, action, actor, OPEN);
      expect(result).toEqual({ ok: true, value: expected });
      if (result.ok) status = result.value;
    }
  });

  it('a late enterprise: marked not reported, reopened, submitted', () => {
    expect(reportTransition('draft', 'mark_not_reported', 'county', OPEN)).toEqual({
      ok: true,
      value: 'not_reported',
    });
    expect(reportTransition('not_reported', 'reopen', 'county', OPEN)).toEqual({
      ok: true,
      value: 'draft',
    });
  });
});

describe('availableReportActions', () => {
  it.each(
    REPORT_STATUSES.flatMap((status) =>
      REPORT_ACTORS.flatMap((actor) =>
        [false, true].map((locked) => [status, actor, locked] as const),
      ),
    ),
  )('%s for %s, period locked %s', (status, actor, periodLocked) => {
    const expected = REPORT_ACTIONS.filter((action) => {
      if (periodLocked) {
        return (
          action === 'unlock' &&
          actor === 'admin' &&
          (status === 'locked' || status === 'not_reported')
        );
      }
      return expectedOutcome(status, action, actor).ok;
    });
    expect(availableReportActions(status, actor, periodLocked)).toEqual(expected);
  });

  it('gives the buttons a clerk sees', () => {
    expect(availableReportActions('draft', 'enterprise', false)).toEqual(['save', 'submit']);
    expect(availableReportActions('submitted', 'county', false)).toEqual([
      'save',
      'return',
      'approve',
    ]);
    expect(availableReportActions('approved', 'city', false)).toEqual(['unapprove', 'lock']);
    expect(availableReportActions('locked', 'city', true)).toEqual([]);
    expect(availableReportActions('locked', 'admin', true)).toEqual(['unlock']);
  });
});

describe('canEditFigures', () => {
  it.each([
    ['draft', [true, true, true, true]],
    ['returned', [true, true, true, true]],
    ['submitted', [false, true, true, true]],
    ['approved', [false, false, false, false]],
    ['locked', [false, false, false, false]],
    ['not_reported', [false, false, false, false]],
  ] as const)('%s: enterprise, county, city, admin → %j', (status, expected) => {
    expect(REPORT_ACTORS.map((actor) => canEditFigures(status, actor))).toEqual(expected);
  });
});

describe('checkCountyLock', () => {
  it.each([
    [[], [], true, []],
    [
      [1, 2, 3],
      [
        [1, 'approved'],
        [2, 'not_reported'],
        [3, 'locked'],
      ],
      true,
      [],
    ],
    [
      [1, 2, 3],
      [
        [1, 'approved'],
        [3, 'submitted'],
      ],
      false,
      [2, 3],
    ], // 2 has no report at all
    [
      [1, 2, 3, 4],
      [
        [1, 'draft'],
        [2, 'returned'],
        [3, 'approved'],
        [4, 'submitted'],
      ],
      false,
      [1, 2, 4],
    ],
    [[5, 5], [], false, [5]],
    [
      [1],
      [
        [1, 'approved'],
        [9, 'draft'],
      ],
      true,
      [],
    ], // reports of others do not count
  ] as const)('%j with %j → %s %j', (expected, statuses, ok, blocking) => {
    const map = new Map<number, ReportStatus>(statuses.map(([id, s]) => [id, s]));
    expect(checkCountyLock(expected, map)).toEqual({ ok, blocking });
  });
});

describe('labels', () => {
  it('names every status and action in both languages', () => {
    for (const status of REPORT_STATUSES) {
      expect(REPORT_STATUS_LABELS[status].zh).not.toBe('');
      expect(REPORT_STATUS_LABELS[status].en).not.toBe('');
    }
    for (const action of REPORT_ACTIONS) {
      expect(REPORT_ACTION_LABELS[action].zh).not.toBe('');
      expect(REPORT_ACTION_LABELS[action].en).not.toBe('');
    }
  });
});
