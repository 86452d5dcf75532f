import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serviceRate, serviceFigures, serviceFiguresBy, type TicketFacts } from './service-stats';

const base: TicketFacts = {
  departmentId: 'gdj',
  categoryCode: 'power',
  state: 'closed',
  dispatchedOn: '2021-07-01',
  signBy: '2021-07-02',
  signedOn: '2021-07-01',
  replyBy: '2021-07-12',
  repliedOn: '2021-07-08',
  closedOn: '2021-07-09',
  outcome: 'solved',
  satisfaction: 'satisfied',
  reopenCount: 0,
};
const t = (over: Partial<TicketFacts>): TicketFacts => ({ ...base, ...over });

describe('rates', () => {
  it('are undefined with nothing to divide by', () => {
    expect(serviceRate(0, 0)).toEqual({ numerator: 0, denominator: 0, value: undefined });
    expect(serviceRate(1, 4).value).toBe(0.25);
  });
});

describe('service figures (hand-computed)', () => {
  const tickets = [
    base,
    t({ signedOn: '2021-07-05', repliedOn: '2021-07-13', satisfaction: 'basically' }),
    t({ outcome: 'not_solved', satisfaction: 'not_satisfied', reopenCount: 1 }),
    t({ state: 'signed', repliedOn: null, closedOn: null, outcome: null, satisfaction: null }),
    t({
      state: 'dispatched',
      signedOn: null,
      replyBy: '2021-07-30',
      repliedOn: null,
      closedOn: null,
      outcome: null,
      satisfaction: null,
    }),
    t({ state: 'merged' }),
    t({ state: 'received', dispatchedOn: null, signBy: null, replyBy: null, signedOn: null }),
  ];
  const f = serviceFigures(tickets, '2021-07-20');
  it('counts the dispatched, not merged ones', () => {
    expect(f.received).toBe(5);
    expect(f.signed).toBe(4);
    expect(f.closed).toBe(3);
  });
  it('rates signing and closing on time over tickets received', () => {
    expect(f.signedOnTime).toEqual({ numerator: 3, denominator: 5, value: 0.6 });
    expect(f.closedOnTime).toEqual({ numerator: 2, denominator: 5, value: 0.4 });
  });
  it('rates solved over closed and 满意率 over rated (基本满意 counts)', () => {
    expect(f.solved).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 });
    expect(f.satisfaction).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 });
  });
  it('counts late replies and open tickets past the deadline as overdue', () => {
    expect(f.overdue).toBe(2);
    expect(f.reopened).toBe(1);
  });
  it('groups by department', () => {
    const groups = serviceFiguresBy(
      [base, t({ departmentId: 'zrzy' }), t({ departmentId: 'zrzy', satisfaction: null })],
      (x) => x.departmentId,
      '2021-07-20',
    );
    expect(
      groups.map((g) => [g.key, g.figures.received, g.figures.satisfaction.denominator]),
    ).toEqual([
      ['gdj', 1, 1],
      ['zrzy', 2, 1],
    ]);
  });
  it('property: every rate lies in [0, 1] and groups add up to the whole', () => {
    const fact = fc.record({
      departmentId: fc.constantFrom('a', 'b'),
      categoryCode: fc.constant('c'),
      state: fc.constantFrom(
        'dispatched' as const,
        'signed' as const,
        'closed' as const,
        'merged' as const,
      ),
      dispatchedOn: fc.constantFrom('2021-07-01', null),
      signBy: fc.constant('2021-07-02'),
      signedOn: fc.constantFrom('2021-07-01', '2021-07-03', null),
      replyBy: fc.constant('2021-07-12'),
      repliedOn: fc.constantFrom('2021-07-10', '2021-07-14', null),
      closedOn: fc.constantFrom('2021-07-15', null),
      outcome: fc.constantFrom('solved' as const, 'not_solved' as const, null),
      satisfaction: fc.constantFrom('satisfied' as const, 'not_satisfied' as const, null),
      reopenCount: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 30 }), (list) => {
        const whole = serviceFigures(list, '2021-07-20');
        for (const r of [whole.signedOnTime, whole.closedOnTime, whole.solved, whole.satisfaction])
          if (r.value !== undefined) expect(r.value >= 0 && r.value <= 1).toBe(true);
        const parts = serviceFiguresBy(list, (x) => x.departmentId, '2021-07-20');
        expect(parts.reduce((s, p) => s + p.figures.received, 0)).toBe(whole.received);
        expect(parts.reduce((s, p) => s + p.figures.overdue, 0)).toBe(whole.overdue);
      }),
    );
  });
});
