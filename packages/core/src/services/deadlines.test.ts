import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  chinaDate,
  DEFAULT_DEADLINE_RULES,
  deadlineColour,
  deadlineRuleFor,
  type DeadlineNotice,
  dueDeadlineNotices,
  isWorkingDay,
  ticketDeadlines,
  workCalendar,
  workingDaysBetween,
} from './deadlines';

// 2021 National Day: 1–7 October off; Sunday 26 September and Saturday 9 October worked.
const CAL_2021 = workCalendar(
  [
    '2021-10-01',
    '2021-10-02',
    '2021-10-03',
    '2021-10-04',
    '2021-10-05',
    '2021-10-06',
    '2021-10-07',
  ],
  ['2021-09-26', '2021-10-09'],
);
const PLAIN = workCalendar();

describe('working days', () => {
  it.each([
    ['2021-07-01', true], // Thursday
    ['2021-07-03', false], // Saturday
    ['2021-07-04', false], // Sunday
    ['2021-10-04', false], // National Day, a Monday
    ['2021-09-26', true], // make-up Sunday
    ['2021-10-09', true], // make-up Saturday
  ])('%s working: %s', (date, expected) => {
    expect(isWorkingDay(date, CAL_2021)).toBe(expected);
  });

  it.each([
    ['2021-07-02', 1, '2021-07-05'], // Friday + 1 → Monday
    ['2021-07-01', 7, '2021-07-12'],
    ['2021-07-01', 0, '2021-07-01'],
    ['2021-07-03', 1, '2021-07-05'], // filed on Saturday
    ['2021-09-24', 1, '2021-09-26'], // make-up Sunday counts
    ['2021-09-30', 1, '2021-10-08'], // over the holiday
    ['2021-09-30', 2, '2021-10-09'],
    ['2021-09-28', 15, '2021-10-25'],
  ])('%s + %i working days = %s', (date, n, expected) => {
    expect(addWorkingDays(date, n, CAL_2021)).toBe(expected);
  });

  it('rejects a negative or fractional count', () => {
    expect(() => addWorkingDays('2021-07-01', -1, PLAIN)).toThrow();
    expect(() => addWorkingDays('2021-07-01', 1.5, PLAIN)).toThrow();
  });

  it('counts working days between two dates, signed', () => {
    expect(workingDaysBetween('2021-07-02', '2021-07-05', PLAIN)).toBe(1);
    expect(workingDaysBetween('2021-07-05', '2021-07-02', PLAIN)).toBe(-1);
    expect(workingDaysBetween('2021-09-30', '2021-10-08', CAL_2021)).toBe(1);
    expect(workingDaysBetween('2021-07-01', '2021-07-01', PLAIN)).toBe(0);
  });

  it('takes the China date of an instant (UTC+8)', () => {
    expect(chinaDate(new Date('2021-07-01T15:59:59Z'))).toBe('2021-07-01');
    expect(chinaDate(new Date('2021-07-01T16:00:00Z'))).toBe('2021-07-02');
  });

  const date = fc.integer({ min: 0, max: 3 * 365 }).map((d) => addDays('2020-01-01', d));
  it('property: adding n working days lands on a working day n working days later', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 40 }), (start, n) => {
        const end = addWorkingDays(start, n, CAL_2021);
        expect(isWorkingDay(end, CAL_2021)).toBe(true);
        expect(workingDaysBetween(start, end, CAL_2021)).toBe(n);
      }),
    );
  });
  it('property: more working days never give an earlier deadline', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        (s, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(addWorkingDays(s, lo, CAL_2021) <= addWorkingDays(s, hi, CAL_2021)).toBe(true);
        },
      ),
    );
  });
});

describe('deadline rules', () => {
  const rules = [
    ...DEFAULT_DEADLINE_RULES,
    { urgency: 'normal' as const, categoryCode: 'land', signWorkingDays: 2, replyWorkingDays: 15 },
  ];
  it('prefers the category’s own rule, then the urgency’s default', () => {
    expect(deadlineRuleFor(rules, 'normal', 'land').replyWorkingDays).toBe(15);
    expect(deadlineRuleFor(rules, 'normal', 'power').replyWorkingDays).toBe(7);
    expect(deadlineRuleFor(rules, 'urgent', 'land').replyWorkingDays).toBe(1);
    expect(deadlineRuleFor([], 'complex', 'land').replyWorkingDays).toBe(15);
  });
  it('computes sign and reply deadlines from the dispatch date', () => {
    expect(ticketDeadlines('2021-07-02', deadlineRuleFor(rules, 'normal', 'power'), PLAIN)).toEqual(
      {
        signBy: '2021-07-05',
        replyBy: '2021-07-13',
      },
    );
    expect(ticketDeadlines('2021-07-02', deadlineRuleFor(rules, 'urgent', 'power'), PLAIN)).toEqual(
      {
        signBy: '2021-07-02',
        replyBy: '2021-07-05',
      },
    );
  });
});

describe('deadline colour', () => {
  it.each([
    ['2021-07-12', '2021-07-07', 'green'],
    ['2021-07-12', '2021-07-08', 'green'], // 2 working days left
    ['2021-07-12', '2021-07-09', 'amber'], // Friday: 1 working day left
    ['2021-07-12', '2021-07-10', 'amber'],
    ['2021-07-12', '2021-07-12', 'amber'], // the deadline day itself
    ['2021-07-12', '2021-07-13', 'red'],
  ] as const)('deadline %s on %s is %s', (deadline, today, colour) => {
    expect(deadlineColour(deadline, today, PLAIN)).toBe(colour);
  });
  it('widens the amber band when asked', () => {
    expect(deadlineColour('2021-07-12', '2021-07-08', PLAIN, 2)).toBe('amber');
  });
});

describe('escalation at a given now (fake clock)', () => {
  const replyBy = '2021-07-12'; // Monday
  const at = (iso: string): Date => new Date(iso);
  const none = new Set<DeadlineNotice>();
  it('is quiet while green', () => {
    expect(dueDeadlineNotices(replyBy, at('2021-07-08T02:00:00Z'), none, PLAIN)).toEqual([]);
  });
  it('warns once in the amber band', () => {
    expect(dueDeadlineNotices(replyBy, at('2021-07-09T02:00:00Z'), none, PLAIN)).toEqual([
      'approaching',
    ]);
    expect(
      dueDeadlineNotices(replyBy, at('2021-07-12T02:00:00Z'), new Set(['approaching']), PLAIN),
    ).toEqual([]);
  });
  it('escalates to the department head the day after the deadline (China time)', () => {
    // 2021-07-12T16:30Z is already 13 July in China.
    expect(
      dueDeadlineNotices(replyBy, at('2021-07-12T16:30:00Z'), new Set(['approaching']), PLAIN),
    ).toEqual(['overdue']);
    expect(dueDeadlineNotices(replyBy, at('2021-07-12T15:30:00Z'), none, PLAIN)).toEqual([
      'approaching',
    ]);
  });
  it('brings in the bureau when overdue by more than 2 working days', () => {
    const sent = new Set<DeadlineNotice>(['approaching', 'overdue']);
    expect(dueDeadlineNotices(replyBy, at('2021-07-14T02:00:00Z'), sent, PLAIN)).toEqual([]);
    expect(dueDeadlineNotices(replyBy, at('2021-07-15T02:00:00Z'), sent, PLAIN)).toEqual([
      'escalated_bureau',
    ]);
    expect(dueDeadlineNotices(replyBy, at('2021-07-20T02:00:00Z'), none, PLAIN)).toEqual([
      'overdue',
      'escalated_bureau',
    ]);
  });
  it('counts the bureau delay in working days, not calendar days', () => {
    // Deadline Friday 9 July: Saturday–Monday is only 1 working day late.
    const sent = new Set<DeadlineNotice>(['approaching', 'overdue']);
    expect(dueDeadlineNotices('2021-07-09', at('2021-07-12T02:00:00Z'), sent, PLAIN)).toEqual([]);
    expect(dueDeadlineNotices('2021-07-09', at('2021-07-14T02:00:00Z'), sent, PLAIN)).toEqual([
      'escalated_bureau',
    ]);
  });
  it('property: a notice already sent is never due again', () => {
    const all: DeadlineNotice[] = ['approaching', 'overdue', 'escalated_bureau'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.subarray(all), (offset, sentList) => {
        const sent = new Set(sentList);
        const now = new Date(Date.parse('2021-07-01T02:00:00Z') + offset * 86_400_000);
        for (const n of dueDeadlineNotices(replyBy, now, sent, PLAIN))
          expect(sent.has(n)).toBe(false);
      }),
    );
  });
});
