import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canConvertToProject,
  checkLeadStageChange,
  currentLeadStage,
  type InvestmentLead,
  isFollowUpOverdue,
  isLeadClosed,
  LEAD_STAGES,
  LEAD_STATE_LABELS,
  type LeadEvent,
  leadFunnel,
  type LeadStage,
  leadStatus,
} from './investment-leads';

const TODAY = '2021-06-30';
const at = (stage: LeadStage, occurredOn: string): LeadEvent => ({ stage, occurredOn });
const dropped = (occurredOn: string, reason = '投资方资金链断裂'): LeadEvent => ({
  stage: 'dropped',
  occurredOn,
  reason,
});

/** Events each checked as the platform would check them. */
function history(...events: LeadEvent[]): LeadEvent[] {
  const accepted: LeadEvent[] = [];
  for (const next of events) {
    const checked = checkLeadStageChange(accepted, next, TODAY);
    if (!checked.ok) throw new Error(`${JSON.stringify(next)}: ${checked.error.en}`);
    accepted.push(next);
  }
  return accepted;
}

describe('labels', () => {
  it('names every stage and 终止 in both languages', () => {
    expect(LEAD_STAGES.map((s) => LEAD_STATE_LABELS[s].zh)).toEqual([
      '线索',
      '洽谈',
      '签约',
      '落地/注册',
      '开工',
      '投产',
    ]);
    expect(LEAD_STATE_LABELS.dropped.zh).toBe('终止');
  });
});

describe('leadStatus and currentLeadStage', () => {
  it.each([
    [[], null, { stage: null, isDropped: false }],
    [[at('lead', '2020-01-01')], 'lead', { stage: 'lead', isDropped: false }],
    [
      [at('lead', '2020-01-01'), at('signed', '2020-03-01')],
      'signed',
      { stage: 'signed', isDropped: false },
    ],
    [
      [at('lead', '2020-01-01'), at('negotiating', '2020-02-01'), dropped('2020-03-01')],
      'dropped',
      { stage: 'negotiating', isDropped: true },
    ],
    [
      [at('started', '2020-09-01'), at('signed', '2020-03-01')],
      'started',
      { stage: 'started', isDropped: false },
    ],
  ] as const)('%j → %s', (events, expected, status) => {
    expect(currentLeadStage(events)).toBe(expected);
    expect(leadStatus(events)).toEqual(status);
  });
});

describe('checkLeadStageChange', () => {
  it.each([
    ['enter as 线索', [], at('lead', '2020-01-01'), 'lead'],
    ['enter at 签约 (signing ceremony)', [], at('signed', '2020-01-01'), 'signed'],
    ['线索 → 洽谈', [at('lead', '2020-01-01')], at('negotiating', '2020-02-01'), 'negotiating'],
    [
      '线索 → 签约 (洽谈 skipped)',
      [at('lead', '2020-01-01')],
      at('signed', '2020-02-01'),
      'signed',
    ],
    [
      '签约 → 落地/注册',
      [at('signed', '2020-01-01')],
      at('registered', '2020-02-01'),
      'registered',
    ],
    [
      '签约 → 开工 (no new company)',
      [at('signed', '2020-01-01')],
      at('started', '2020-05-01'),
      'started',
    ],
    [
      '签约 → 投产',
      [at('signed', '2020-01-01')],
      at('in_production', '2020-12-01'),
      'in_production',
    ],
    [
      '开工 → 投产 the same day',
      [at('signed', '2020-01-01'), at('started', '2020-05-01')],
      at('in_production', '2020-05-01'),
      'in_production',
    ],
    ['终止 with a reason', [at('lead', '2020-01-01')], dropped('2020-02-01'), 'dropped'],
    [
      '终止 after 开工',
      [at('signed', '2020-01-01'), at('started', '2020-05-01')],
      dropped('2020-06-01'),
      'dropped',
    ],
  ] as const)('accepts %s', (_what, events, next, expected) => {
    expect(checkLeadStageChange(events, next, TODAY)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [
      '落地/注册 before 签约',
      [at('negotiating', '2020-01-01')],
      at('registered', '2020-02-01'),
      '登记“落地/注册”前须先“签约”',
    ],
    ['落地/注册 first', [], at('registered', '2020-02-01'), '登记“落地/注册”前须先“签约”'],
    [
      '开工 before 签约',
      [at('lead', '2020-01-01')],
      at('started', '2020-02-01'),
      '登记“开工”前须先“签约”',
    ],
    [
      '投产 before 签约',
      [at('lead', '2020-01-01')],
      at('in_production', '2020-02-01'),
      '须先“签约”',
    ],
    [
      'the same stage again',
      [at('negotiating', '2020-01-01')],
      at('negotiating', '2020-02-01'),
      '已处于“洽谈”',
    ],
    [
      'a step back',
      [at('signed', '2020-01-01')],
      at('negotiating', '2020-02-01'),
      '不能从“签约”退回“洽谈”',
    ],
    [
      '终止 without a reason',
      [at('lead', '2020-01-01')],
      dropped('2020-02-01', '  '),
      '须填写原因',
    ],
    ['终止 with no stage', [], dropped('2020-02-01'), '尚无阶段记录'],
    [
      'anything after 终止',
      [at('lead', '2020-01-01'), dropped('2020-02-01')],
      at('negotiating', '2020-03-01'),
      '已终止',
    ],
    [
      '终止 twice',
      [at('lead', '2020-01-01'), dropped('2020-02-01')],
      dropped('2020-03-01'),
      '已终止',
    ],
    [
      '终止 after 投产',
      [at('signed', '2020-01-01'), at('in_production', '2020-02-01')],
      dropped('2020-03-01'),
      '已投产',
    ],
    [
      'a date before the latest',
      [at('lead', '2020-05-01')],
      at('negotiating', '2020-04-30'),
      '早于最近一次记录',
    ],
    ['a future date', [], at('lead', '2021-07-01'), '不能晚于今天'],
    ['a date that does not exist', [], at('lead', '2021-06-31'), '无效'],
  ] as const)('refuses %s', (_what, events, next, fragment) => {
    const result = checkLeadStageChange(events, next, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.zh).toContain(fragment);
      expect(result.error.en).not.toBe('');
    }
  });

  it('explains in English too', () => {
    expect(
      checkLeadStageChange([at('lead', '2020-01-01')], at('registered', '2020-02-01'), TODAY),
    ).toEqual({
      ok: false,
      error: {
        zh: '登记“落地/注册”前须先“签约”',
        en: 'The lead must be "Signed" before "Registered"',
      },
    });
  });
});

describe('canConvertToProject', () => {
  it.each([
    ['no events', [], undefined, false],
    ['线索', history(at('lead', '2020-01-01')), undefined, false],
    ['洽谈', history(at('lead', '2020-01-01'), at('negotiating', '2020-02-01')), undefined, false],
    ['签约', history(at('signed', '2020-01-01')), undefined, true],
    ['签约, converted', history(at('signed', '2020-01-01')), 'P17', false],
    ['签约, empty project id', history(at('signed', '2020-01-01')), '', true],
    ['落地/注册', history(at('signed', '2020-01-01'), at('registered', '2020-02-01')), null, true],
    ['投产', history(at('signed', '2020-01-01'), at('in_production', '2020-12-01')), null, true],
    ['签约 then dropped', history(at('signed', '2020-01-01'), dropped('2020-02-01')), null, false],
  ] as const)('%s → %s', (_what, events, projectId, expected) => {
    expect(canConvertToProject({ events, projectId })).toBe(expected);
  });
});

describe('isFollowUpOverdue', () => {
  const open = history(at('lead', '2020-01-01'), at('negotiating', '2020-02-01'));
  it.each([
    ['due yesterday, open', open, '2021-06-29', true],
    ['due today', open, TODAY, false],
    ['due tomorrow', open, '2021-07-01', false],
    ['no next action', open, null, false],
    ['no next action (undefined)', open, undefined, false],
    ['no next action (empty)', open, '', false],
    [
      'due long ago, dropped',
      history(at('lead', '2020-01-01'), dropped('2020-02-01')),
      '2020-03-01',
      false,
    ],
    [
      'due long ago, in production',
      history(at('signed', '2020-01-01'), at('in_production', '2020-02-01')),
      '2020-03-01',
      false,
    ],
    ['due long ago, signed', history(at('signed', '2020-01-01')), '2020-03-01', true],
  ] as const)('%s → %s', (_what, events, nextActionOn, expected) => {
    expect(isFollowUpOverdue({ events, nextActionOn }, TODAY)).toBe(expected);
  });

  it('closes a lead only when dropped or in production', () => {
    expect(isLeadClosed(open)).toBe(false);
    expect(isLeadClosed([])).toBe(false);
    expect(isLeadClosed(history(at('lead', '2020-01-01'), dropped('2020-02-01')))).toBe(true);
  });
});

describe('leadFunnel', () => {
  const lead = (id: string, chainCode: string, events: LeadEvent[]): InvestmentLead => ({
    id,
    chainCode,
    events,
  });
  const leads: InvestmentLead[] = [
    lead('L1', 'sugar', history(at('lead', '2020-01-01'))),
    lead('L2', 'sugar', history(at('lead', '2020-01-01'), at('negotiating', '2020-02-01'))),
    lead('L3', 'sugar', history(at('lead', '2020-01-01'), at('signed', '2020-03-01'))),
    lead('L4', 'aluminium', history(at('signed', '2020-03-01'), at('registered', '2020-04-01'))),
    lead(
      'L5',
      'aluminium',
      history(
        at('signed', '2020-03-01'),
        at('started', '2020-06-01'),
        at('in_production', '2020-12-01'),
      ),
    ),
    lead(
      'L6',
      'aluminium',
      history(at('lead', '2020-01-01'), at('negotiating', '2020-02-01'), dropped('2020-05-01')),
    ),
    lead('L7', 'sugar', []),
  ];

  it('counts leads reaching each stage, skipped stages as passed', () => {
    // Furthest: L1 线索, L2 洽谈, L3 签约, L4 落地/注册, L5 投产, L6 洽谈 (dropped), L7 none.
    expect(leadFunnel(leads)).toEqual({
      total: 7,
      dropped: 1,
      stages: [
        { stage: 'lead', reached: 6, current: 1 },
        { stage: 'negotiating', reached: 5, current: 1 },
        { stage: 'signed', reached: 3, current: 1 },
        { stage: 'registered', reached: 2, current: 1 },
        { stage: 'started', reached: 1, current: 0 },
        { stage: 'in_production', reached: 1, current: 1 },
      ],
      conversions: [
        { from: 'lead', to: 'negotiating', percent: 83.3 },
        { from: 'negotiating', to: 'signed', percent: 60 },
        { from: 'signed', to: 'registered', percent: 66.7 },
        { from: 'registered', to: 'started', percent: 50 },
        { from: 'started', to: 'in_production', percent: 100 },
      ],
    });
  });

  it('groups by any key', () => {
    const byChain = leadFunnel(leads, (l) => l.chainCode);
    expect([...byChain.keys()]).toEqual(['sugar', 'aluminium']);
    expect(byChain.get('sugar')?.stages.map((s) => s.reached)).toEqual([3, 2, 1, 0, 0, 0]);
    expect(byChain.get('sugar')?.conversions.map((c) => c.percent)).toEqual([
      66.7,
      50,
      0,
      undefined,
      undefined,
    ]);
    expect(byChain.get('aluminium')).toMatchObject({ total: 3, dropped: 1 });
  });

  it('gives no conversion rate (not NaN) from an empty stage', () => {
    const funnel = leadFunnel([]);
    expect(funnel.total).toBe(0);
    expect(funnel.conversions.every((c) => c.percent === undefined)).toBe(true);
  });

  it('never grows down the funnel (property)', () => {
    /** A valid history: some stages up to the furthest, 签约 included past it, maybe dropped. */
    const historyArb = fc
      .record({
        furthest: fc.nat(LEAD_STAGES.length - 1),
        keep: fc.array(fc.boolean(), {
          minLength: LEAD_STAGES.length,
          maxLength: LEAD_STAGES.length,
        }),
        drop: fc.boolean(),
        empty: fc.boolean(),
      })
      .map(({ furthest, keep, drop, empty }) => {
        if (empty) return [];
        const signed = LEAD_STAGES.indexOf('signed');
        const stages = LEAD_STAGES.filter(
          (_, i) =>
            i === furthest ||
            (i < furthest && (keep[i] === true || (i === signed && furthest > signed))),
        );
        const events: LeadEvent[] = stages.map((stage, i) => at(stage, `2020-0${i + 1}-01`));
        if (drop && furthest < LEAD_STAGES.length - 1) events.push(dropped('2020-12-01'));
        return history(...events);
      });
    fc.assert(
      fc.property(fc.array(historyArb, { maxLength: 30 }), (histories) => {
        const funnel = leadFunnel(histories.map((events) => ({ events })));
        const reached = funnel.stages.map((s) => s.reached);
        expect(reached[0] ?? 0).toBeLessThanOrEqual(funnel.total);
        reached.slice(1).forEach((r, i) => expect(r).toBeLessThanOrEqual(reached[i] ?? 0));
        for (const { percent } of funnel.conversions) {
          if (percent !== undefined) expect(percent >= 0 && percent <= 100).toBe(true);
        }
        const current = funnel.stages.reduce((sum, s) => sum + s.current, 0);
        const withoutEvents = histories.filter((h) => h.length === 0).length;
        expect(current + funnel.dropped + withoutEvents).toBe(funnel.total);
      }),
    );
  });
});
