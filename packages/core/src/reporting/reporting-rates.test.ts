import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPORT_STATUSES } from './report-workflow';
import {
  countsAsSubmitted,
  DEFAULT_REMINDER_RULE,
  dueReminders,
  type ReporterState,
  reportingRates,
} from './reporting-rates';

const r = (
  enterpriseId: number,
  status: ReporterState['status'],
  firstSubmittedAt: string | null = null,
): ReporterState => ({ enterpriseId, status, firstSubmittedAt });

describe('reportingRates', () => {
  // Enterprise deadline 2021-04-07 (Asia/Shanghai): on time until 2021-04-07T16:00:00Z.
  const reporters = [
    r(1, 'submitted', '2021-04-07T15:59:59Z'), // 23:59:59 in Shanghai: on time
    r(2, 'approved', '2021-04-07T16:00:00Z'), // midnight in Shanghai: late
    r(3, 'locked', '2021-04-05T10:00:00+08:00'), // on time
    r(4, 'returned', '2021-04-03T09:00:00'), // no offset: Shanghai time; returned after a submission
    r(5, 'returned'), // returned without ever being submitted (a county return of a draft import)
    r(6, 'draft'),
    r(7, null), // not started
    r(8, 'not_reported'),
    r(9, 'submitted'), // no time recorded: on time
    r(10, 'approved', '2021-04-08'), // a date: the 8th, late
  ];

  it('counts a worked example', () => {
    expect(reportingRates(reporters, '2021-04-07')).toEqual({
      expected: 10,
      submitted: 6, // 1 2 3 4 9 10
      onTime: 4, // 1 3 4 9
      late: 2, // 2 10
      missing: 3, // 5 6 7
      notReported: 1, // 8
      approved: 3, // 2 3 10
      submissionRate: 0.6,
      onTimeRate: 0.4,
      approvalRate: 0.3,
    });
  });

  it('has no rates when nothing is expected', () => {
    expect(reportingRates([], '2021-04-07')).toEqual({
      expected: 0,
      submitted: 0,
      onTime: 0,
      late: 0,
      missing: 0,
      notReported: 0,
      approved: 0,
      submissionRate: null,
      onTimeRate: null,
      approvalRate: null,
    });
  });

  it('a December deadline falls in January', () => {
    const rates = reportingRates(
      [
        r(1, 'submitted', '2022-01-07T23:00:00+08:00'),
        r(2, 'submitted', '2022-01-08T00:00:01+08:00'),
      ],
      '2022-01-07',
    );
    expect([rates.onTime, rates.late]).toEqual([1, 1]);
  });

  it.each(['2021-02-30', '2021-4-7', ''])('refuses the deadline %j', (deadline) => {
    expect(() => reportingRates([], deadline)).toThrow(/Not a date/);
  });

  it('refuses a timestamp it cannot read', () => {
    expect(() => reportingRates([r(1, 'submitted', 'yesterday')], '2021-04-07')).toThrow(
      /Not a timestamp/,
    );
  });

  it.each([
    ['draft', null, false],
    ['draft', '2021-04-01T00:00:00Z', false], // reopened after being marked not reported
    ['submitted', null, true],
    ['returned', null, false],
    ['returned', '2021-04-01T00:00:00Z', true],
    ['approved', null, true],
    ['locked', null, true],
    ['not_reported', '2021-04-01T00:00:00Z', false],
    [null, null, false],
  ] as const)('%s first submitted %s counts as submitted: %s', (status, at, expected) => {
    expect(countsAsSubmitted({ status, firstSubmittedAt: at })).toBe(expected);
  });

  it('adds up for any reporters', () => {
    const reporter = fc.record({
      enterpriseId: fc.nat(),
      status: fc.constantFrom(null, ...REPORT_STATUSES),
      firstSubmittedAt: fc.option(
        fc
          .integer({ min: Date.UTC(2021, 2, 1), max: Date.UTC(2021, 4, 1) })
          .map((ms) => new Date(ms).toISOString()),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(fc.array(reporter, { maxLength: 60 }), (list) => {
        const rates = reportingRates(list, '2021-04-07');
        expect(rates.onTime + rates.late).toBe(rates.submitted);
        expect(rates.submitted + rates.missing + rates.notReported).toBe(rates.expected);
        expect(rates.expected).toBe(list.length);
        expect(rates.approved).toBeLessThanOrEqual(rates.submitted);
        expect(Math.min(rates.late, rates.missing, rates.onTime)).toBeGreaterThanOrEqual(0);
        for (const rate of [rates.submissionRate, rates.onTimeRate, rates.approvalRate]) {
          if (list.length === 0) expect(rate).toBeNull();
          else {
            expect(rate).toBeGreaterThanOrEqual(0);
            expect(rate).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });
});

describe('dueReminders', () => {
  const schedule = {
    period: '2021-03',
    opensOn: '2021-04-01',
    enterpriseDeadline: '2021-04-07',
    countyDeadline: '2021-04-10',
  };
  const reporters = [
    r(6, 'approved', '2021-04-02T10:00:00+08:00'),
    r(3, 'returned', '2021-04-02T10:00:00+08:00'), // must resubmit
    r(1, 'draft'),
    r(2, 'submitted', '2021-04-02T10:00:00+08:00'),
    r(4, null),
    r(5, 'not_reported'),
  ];
  const toEnterprises = (daysLeft: number) =>
    [1, 3, 4].map((id) => ({
      key: `enterprise_deadline:2021-03:${id}:${daysLeft}`,
      kind: 'enterprise_deadline',
      enterpriseId: id,
      daysLeft,
      missingCount: null,
    }));

  it.each([
    ['2021-04-03', []], // 4 days left: not a reminder day
    ['2021-04-04', toEnterprises(3)],
    ['2021-04-05', []],
    ['2021-04-06', toEnterprises(1)],
    ['2021-04-07', toEnterprises(0)], // the day itself
    [
      '2021-04-08',
      [
        {
          key: 'county_missing:2021-03',
          kind: 'county_missing',
          enterpriseId: null,
          daysLeft: -1,
          missingCount: 2, // 1 (draft) and 4 (none); 3 was submitted once, 5 is marked not reported
        },
      ],
    ],
    ['2021-04-09', []],
    ['2021-03-31', []],
  ])('on %s', (today, expected) => {
    expect(dueReminders(today, schedule, reporters, DEFAULT_REMINDER_RULE)).toEqual(expected);
  });

  it('reminds nobody before the form opens', () => {
    const late = { ...schedule, opensOn: '2021-04-05' };
    expect(dueReminders('2021-04-04', late, reporters, DEFAULT_REMINDER_RULE)).toEqual([]);
    expect(dueReminders('2021-04-06', late, reporters, DEFAULT_REMINDER_RULE)).toHaveLength(3);
  });

  it('follows its rule and always reminds on the day', () => {
    const rule = { daysBefore: [5] };
    expect(dueReminders('2021-04-02', schedule, reporters, rule)).toEqual(toEnterprises(5));
    expect(dueReminders('2021-04-04', schedule, reporters, rule)).toEqual([]);
    expect(dueReminders('2021-04-07', schedule, reporters, rule)).toEqual(toEnterprises(0));
  });

  it('counts days across the turn of the year', () => {
    const december = {
      period: '2021-12',
      opensOn: '2022-01-01',
      enterpriseDeadline: '2022-01-07',
      countyDeadline: '2022-01-10',
    };
    expect(dueReminders('2022-01-04', december, [r(9, null)], DEFAULT_REMINDER_RULE)).toEqual([
      {
        key: 'enterprise_deadline:2021-12:9:3',
        kind: 'enterprise_deadline',
        enterpriseId: 9,
        daysLeft: 3,
        missingCount: null,
      },
    ]);
  });

  it('sends the county nothing when nothing is missing, and enterprises once each', () => {
    expect(
      dueReminders('2021-04-08', schedule, [r(2, 'submitted', null)], DEFAULT_REMINDER_RULE),
    ).toEqual([]);
    expect(
      dueReminders('2021-04-07', schedule, [r(1, 'draft'), r(1, null)], DEFAULT_REMINDER_RULE),
    ).toHaveLength(1);
  });

  it('refuses a date it cannot read', () => {
    expect(() => dueReminders('4/7/2021', schedule, [], DEFAULT_REMINDER_RULE)).toThrow();
  });
});
