import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countMilestones,
  countMilestonesBy,
  investmentCompletion,
  type ProjectRecord,
  taskCompletion,
} from './project-counts';
import { checkStageChange, type ProjectStageEvent, type ProjectState } from './project-stages';
import { sumWanAmounts } from './wan-amount';

const TODAY = '2021-06-30';
const COUNTIES = ['451302', '451321', '451322', '451323', '451324', '451381'];

/** A history of [stage, date] steps, each checked as the platform would check it. */
function history(...steps: [ProjectState, string][]): ProjectStageEvent[] {
  const events: ProjectStageEvent[] = [];
  for (const [stage, occurredOn] of steps) {
    const next = { stage, occurredOn };
    const checked = checkStageChange(events, next, TODAY);
    if (!checked.ok) throw new Error(`${JSON.stringify(next)}: ${checked.error.en}`);
    events.push(next);
  }
  return events;
}

let serial = 0;
const project = (events: ProjectStageEvent[]): ProjectRecord => {
  serial += 1;
  return {
    id: `P${serial}`,
    countyCode: COUNTIES[serial % COUNTIES.length] ?? '451302',
    chainCode: serial % 3 === 0 ? 'sugar' : null,
    level: serial % 2 === 0 ? 'city' : 'provincial',
    kind: 'new',
    events,
  };
};
const repeat = <T>(n: number, make: (i: number) => T): T[] =>
  Array.from({ length: n }, (_, i) => make(i));
/** A day in `year`, spread over the months by `i`. */
const day = (year: number, i: number, dayOfMonth = 10): string =>
  `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;

/**
 * Laibin, 2020: 128 new starts and 71 completions. 97 projects start in 2020 and are still being
 * built (30 of them stall and resume in 2020, 10 twice); 31 start and complete in 2020 (15 skip
 * 在建, 8 go into production); 40 started in 2019 complete in 2020. Around them: projects that
 * started in 2019 and only resumed in 2020, completions of 2019, starts of 2021, and projects
 * still in 前期.
 */
const laibin2020: ProjectRecord[] = [
  ...repeat(97, (i) =>
    project(
      i < 20
        ? history(
            ['preliminary', '2019-06-01'],
            ['started', day(2020, i)],
            ['under_construction', day(2020, i, 20)],
          )
        : i < 40
          ? history(
              ['started', day(2020, i, 5)],
              ['stalled', day(2020, i, 15)],
              ['started', day(2020, i, 25)],
            )
          : i < 50
            ? history(
                ['started', '2020-01-05'],
                ['stalled', '2020-02-01'],
                ['started', '2020-03-01'],
                ['under_construction', '2020-04-01'],
                ['stalled', '2020-06-01'],
                ['under_construction', '2020-09-01'],
              )
            : history(['started', day(2020, i)]),
    ),
  ),
  ...repeat(31, (i) =>
    project(
      i < 15
        ? history(['started', day(2020, i % 6)], ['completed', day(2020, 6 + (i % 6))])
        : i < 23
          ? history(
              ['started', '2020-02-10'],
              ['under_construction', '2020-03-10'],
              ['completed', '2020-09-30'],
              ['in_production', '2020-12-31'],
            )
          : history(
              ['started', '2020-01-01'],
              ['under_construction', '2020-01-01'],
              ['completed', '2020-12-31'],
            ),
    ),
  ),
  ...repeat(40, (i) =>
    project(
      i < 25
        ? history(
            ['started', day(2019, i)],
            ['under_construction', day(2019, i, 28)],
            ['completed', day(2020, i)],
          )
        : history(
            ['started', '2019-12-31'],
            ['stalled', '2020-01-20'],
            ['started', '2020-04-01'],
            ['completed', '2020-11-11'],
          ),
    ),
  ),
  // Not counted in 2020.
  ...repeat(10, (i) =>
    project(
      history(['started', day(2019, i)], ['stalled', '2019-12-20'], ['started', day(2020, i)]),
    ),
  ),
  ...repeat(3, () =>
    project(
      history(
        ['started', '2018-05-01'],
        ['completed', '2019-12-31'],
        ['in_production', '2020-01-01'],
      ),
    ),
  ),
  ...repeat(6, (i) =>
    project(history(['preliminary', '2020-08-01'], ['started', day(2021, i % 6)])),
  ),
  ...repeat(5, () => project(history(['preliminary', '2020-03-01'], ['stalled', '2020-07-01']))),
  project([]),
];

describe('countMilestones', () => {
  it('reproduces Laibin 2020: 128 new starts, 71 completions', () => {
    expect(countMilestones(laibin2020, 2020)).toEqual({
      newStarts: 128,
      completions: 71,
      productions: 8 + 3,
    });
    expect(taskCompletion(128, 100)).toEqual({ actual: 128, task: 100, percent: 128 });
    expect(taskCompletion(71, 45)).toEqual({ actual: 71, task: 45, percent: 158 });
  });

  it('counts other years from the same records', () => {
    expect(countMilestones(laibin2020, 2019)).toEqual({
      newStarts: 25 + 15 + 10,
      completions: 3,
      productions: 0,
    });
    expect(countMilestones(laibin2020, 2021)).toEqual({
      newStarts: 6,
      completions: 0,
      productions: 0,
    });
  });

  it('counts year to date with asOf', () => {
    const firstHalf = countMilestones(laibin2020, 2020, { asOf: '2020-06-30' });
    expect(firstHalf.newStarts).toBeLessThan(128);
    expect(countMilestones(laibin2020, 2020, { asOf: '2020-12-31' })).toEqual(
      countMilestones(laibin2020, 2020),
    );
    expect(countMilestones(laibin2020, 2020, { asOf: '2019-12-31' })).toEqual({
      newStarts: 0,
      completions: 0,
      productions: 0,
    });
  });

  it.each([
    ['started once', history(['started', '2020-03-01']), 1, 0],
    [
      'stalled and resumed twice in the year',
      history(
        ['started', '2020-03-01'],
        ['stalled', '2020-04-01'],
        ['started', '2020-05-01'],
        ['stalled', '2020-06-01'],
        ['started', '2020-07-01'],
      ),
      1,
      0,
    ],
    [
      'started in 2019, resumed in 2020',
      history(['started', '2019-10-01'], ['stalled', '2019-11-01'], ['started', '2020-02-01']),
      0,
      0,
    ],
    [
      'stalled in 在建, resumed, completed',
      history(
        ['started', '2020-01-01'],
        ['under_construction', '2020-02-01'],
        ['stalled', '2020-03-01'],
        ['under_construction', '2020-05-01'],
        ['completed', '2020-12-01'],
      ),
      1,
      1,
    ],
    ['stalled in 前期', history(['preliminary', '2020-01-01'], ['stalled', '2020-03-01']), 0, 0],
    [
      'started and completed the same day',
      history(['started', '2020-12-31'], ['completed', '2020-12-31']),
      1,
      1,
    ],
    [
      'completed on 1 January of the next year',
      history(['started', '2020-01-01'], ['completed', '2021-01-01']),
      1,
      0,
    ],
  ])('%s: %s start, %s completion in 2020', (_what, events, newStarts, completions) => {
    expect(countMilestones([{ events }], 2020)).toMatchObject({ newStarts, completions });
  });
});

describe('countMilestonesBy', () => {
  it('groups by any key, and the groups add up to the whole', () => {
    const byCounty = countMilestonesBy(laibin2020, 2020, (p) => p.countyCode);
    expect([...byCounty.keys()].sort()).toEqual([...COUNTIES].sort());
    const sum = [...byCounty.values()].reduce(
      (a, b) => ({
        newStarts: a.newStarts + b.newStarts,
        completions: a.completions + b.completions,
        productions: a.productions + b.productions,
      }),
      { newStarts: 0, completions: 0, productions: 0 },
    );
    expect(sum).toEqual(countMilestones(laibin2020, 2020));
  });

  it('keeps keys in first-seen order, with zeros and absent keys', () => {
    const projects = [
      { chainCode: 'sugar', events: history(['started', '2019-05-01']) },
      { chainCode: undefined, events: history(['started', '2020-05-01']) },
      {
        chainCode: 'sugar',
        events: history(['started', '2020-05-01'], ['completed', '2020-09-01']),
      },
    ];
    expect([...countMilestonesBy(projects, 2020, (p) => p.chainCode)]).toEqual([
      ['sugar', { newStarts: 1, completions: 1, productions: 0 }],
      [undefined, { newStarts: 1, completions: 0, productions: 0 }],
    ]);
  });

  it('is empty for no projects', () => {
    expect(countMilestonesBy([], 2020, () => 'x').size).toBe(0);
    expect(countMilestones([], 2020)).toEqual({ newStarts: 0, completions: 0, productions: 0 });
  });
});

describe('taskCompletion', () => {
  it.each([
    [128, 100, 128],
    [71, 45, 158], // 157.78
    [99, 100, 99],
    [45, 45, 100],
    [200, 100, 200],
    [1, 3, 33], // 33.33
    [2, 3, 67], // 66.67
    [1, 8, 13], // 12.5 → up
    [23, 40, 58], // 57.5 → up; floating point says 57.49999999999999
    [51, 40, 128], // 127.5 → up; floating point says 127.49999999999999
    [41, 40, 103], // 102.5 → up
    [1, 200, 1], // 0.5 → up
    [1, 201, 0], // 0.497…
    [0, 45, 0],
    [5, 0, undefined],
    [0, 0, undefined],
    [5, undefined, undefined],
    [5, null, undefined],
  ])('%s of %s → %s%', (actual, task, percent) => {
    expect(taskCompletion(actual, task)).toEqual({ actual, task: task ?? undefined, percent });
  });

  it('never gives NaN or Infinity for a zero task', () => {
    const { percent } = taskCompletion(0, 0);
    expect(percent).toBeUndefined();
  });

  it.each([
    [-1, 10],
    [1.5, 10],
    [1, -10],
    [1, 2.5],
    [Number.NaN, 10],
  ])('throws on counts that are not whole numbers ≥ 0 (%s, %s)', (actual, task) => {
    expect(() => taskCompletion(actual, task)).toThrow(RangeError);
  });

  it('agrees with the exact ratio rounded half-up (property)', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.integer({ min: 1, max: 10_000 }), (actual, task) => {
        const { percent } = taskCompletion(actual, task);
        // 100·a/t rounded half-up = floor((200·a + t) / (2·t)).
        expect(percent).toBe(Math.floor((200 * actual + task) / (2 * task)));
      }),
    );
  });
});

describe('investmentCompletion', () => {
  it.each([
    ['75', '100', 75],
    ['150', '100', 150],
    ['1', '3', 33.3],
    ['2', '3', 66.7],
    ['0.023', '0.4', 5.8], // 5.75 → up; floating point gives 5.7
    ['0.051', '0.4', 12.8], // 12.75 → up; floating point gives 12.7
    ['1.0005', '1', 100.1], // 100.05 → up
    ['19650000', '19650000.00', 100],
    ['0', '100', 0],
    ['0', '0', undefined],
    ['100', '0.00', undefined],
  ])('%s of %s 万元 → %s%', (completed, planned, percent) => {
    const result = investmentCompletion(completed, planned);
    expect(result.ok && result.value.percent).toBe(percent);
  });

  it('returns the amounts in their shortest exact form', () => {
    expect(investmentCompletion('12.50', '0100.00')).toEqual({
      ok: true,
      value: { completed: '12.5', planned: '100', percent: 12.5 },
    });
  });

  it('is exact on sums that floating point gets wrong', () => {
    const sum = sumWanAmounts(['0.1', '0.2']);
    expect(sum).toEqual({ ok: true, value: '0.3' });
    if (sum.ok)
      expect(investmentCompletion(sum.value, '0.3')).toMatchObject({
        ok: true,
        value: { percent: 100 },
      });
    // 0.01 + 0.013 = 0.023 exactly; of 0.4 that is 5.75% → 5.8.
    const monthly = sumWanAmounts(['0.01', '0.013']);
    if (monthly.ok)
      expect(investmentCompletion(monthly.value, '0.4')).toMatchObject({
        ok: true,
        value: { percent: 5.8 },
      });
  });

  it.each([
    ['abc', '100', '不是有效的金额'],
    ['100', '1,000', '不是有效的金额'],
    ['-1', '100', '不能为负数'],
    ['1', '-100', '不能为负数'],
  ])('refuses %s of %s', (completed, planned, fragment) => {
    const result = investmentCompletion(completed, planned);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.zh).toContain(fragment);
  });
});
