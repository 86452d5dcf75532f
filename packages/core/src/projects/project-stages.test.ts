import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedNextStates,
  canStall,
  checkStageChange,
  currentStage,
  PROJECT_STAGES,
  PROJECT_STATE_LABELS,
  type ProjectStageEvent,
  type ProjectState,
  projectStatus,
  stageDates,
} from './project-stages';

const at = (stage: ProjectState, occurredOn: string): ProjectStageEvent => ({ stage, occurredOn });
const TODAY = '2021-06-30';

describe('labels', () => {
  it('names every stage and 停缓建 in both languages', () => {
    expect(PROJECT_STAGES.map((s) => PROJECT_STATE_LABELS[s].zh)).toEqual([
      '前期',
      '新开工',
      '在建',
      '竣工',
      '投产',
    ]);
    expect(PROJECT_STATE_LABELS.stalled).toEqual({ zh: '停缓建', en: 'Stalled or postponed' });
  });
});

describe('currentStage and projectStatus', () => {
  it.each([
    [[], null, { stage: null, isStalled: false }],
    [[at('preliminary', '2019-05-01')], 'preliminary', { stage: 'preliminary', isStalled: false }],
    [
      [at('started', '2020-03-01'), at('stalled', '2020-05-01')],
      'stalled',
      { stage: 'started', isStalled: true },
    ],
    [
      [at('started', '2020-03-01'), at('stalled', '2020-05-01'), at('started', '2020-08-01')],
      'started',
      { stage: 'started', isStalled: false },
    ],
    // Given out of order: events are taken by date.
    [
      [at('completed', '2020-12-01'), at('started', '2020-03-01')],
      'completed',
      { stage: 'completed', isStalled: false },
    ],
    // Same day: the order given (开工 then 竣工 recorded together).
    [
      [at('started', '2020-03-01'), at('completed', '2020-03-01')],
      'completed',
      { stage: 'completed', isStalled: false },
    ],
  ] as const)('%j → %s', (events, expected, status) => {
    expect(currentStage(events)).toBe(expected);
    expect(projectStatus(events)).toEqual(status);
  });
});

describe('checkStageChange', () => {
  it.each([
    ['enter at 前期', [], at('preliminary', '2020-01-10'), 'preliminary'],
    ['enter at 新开工', [], at('started', '2020-01-10'), 'started'],
    ['前期 → 新开工', [at('preliminary', '2019-01-10')], at('started', '2020-01-10'), 'started'],
    [
      '新开工 → 在建',
      [at('started', '2020-01-10')],
      at('under_construction', '2020-02-01'),
      'under_construction',
    ],
    [
      '新开工 → 竣工 (在建 skipped)',
      [at('started', '2020-01-10')],
      at('completed', '2020-11-01'),
      'completed',
    ],
    [
      '在建 → 竣工',
      [at('started', '2019-01-10'), at('under_construction', '2019-02-01')],
      at('completed', '2020-11-01'),
      'completed',
    ],
    [
      '竣工 → 投产 the same day (竣工投产)',
      [at('started', '2020-01-10'), at('completed', '2020-11-01')],
      at('in_production', '2020-11-01'),
      'in_production',
    ],
    ['前期 → 停缓建', [at('preliminary', '2019-01-10')], at('stalled', '2020-01-10'), 'stalled'],
    ['新开工 → 停缓建', [at('started', '2020-01-10')], at('stalled', '2020-01-10'), 'stalled'],
    [
      '在建 → 停缓建',
      [at('started', '2019-01-10'), at('under_construction', '2019-03-01')],
      at('stalled', '2020-01-10'),
      'stalled',
    ],
    [
      'resume to the stage left',
      [
        at('started', '2019-01-10'),
        at('under_construction', '2019-03-01'),
        at('stalled', '2020-01-10'),
      ],
      at('under_construction', '2020-06-01'),
      'under_construction',
    ],
    [
      'stall again after resuming',
      [at('started', '2019-01-10'), at('stalled', '2019-03-01'), at('started', '2019-06-01')],
      at('stalled', '2020-06-01'),
      'stalled',
    ],
    ['an event dated today', [], at('started', TODAY), 'started'],
  ] as const)('accepts %s', (_what, events, next, expected) => {
    expect(checkStageChange(events, next, TODAY)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [
      '在建 with no start',
      [],
      at('under_construction', '2020-01-10'),
      '登记“在建”前须先登记“新开工”',
    ],
    ['竣工 with no start', [], at('completed', '2020-01-10'), '登记“竣工”前须先登记“新开工”'],
    [
      '前期 → 竣工',
      [at('preliminary', '2019-01-10')],
      at('completed', '2020-01-10'),
      '登记“竣工”前须先登记“新开工”',
    ],
    [
      '投产 before 竣工',
      [at('started', '2020-01-10')],
      at('in_production', '2020-06-01'),
      '登记“投产”前须先登记“竣工”',
    ],
    ['投产 first', [], at('in_production', '2020-06-01'), '登记“投产”前须先登记“竣工”'],
    [
      'the same stage again',
      [at('started', '2020-01-10')],
      at('started', '2020-02-01'),
      '已处于“新开工”',
    ],
    [
      'a step back',
      [at('started', '2020-01-10'), at('under_construction', '2020-02-01')],
      at('started', '2020-03-01'),
      '不能退回“新开工”',
    ],
    [
      'anything after 投产',
      [
        at('started', '2020-01-10'),
        at('completed', '2020-02-01'),
        at('in_production', '2020-03-01'),
      ],
      at('completed', '2020-04-01'),
      '不能退回',
    ],
    ['停缓建 with no stage', [], at('stalled', '2020-01-10'), '尚无阶段记录'],
    [
      '停缓建 after 竣工',
      [at('started', '2020-01-10'), at('completed', '2020-02-01')],
      at('stalled', '2020-03-01'),
      '已“竣工”，不能再停缓建',
    ],
    [
      '停缓建 twice',
      [at('started', '2020-01-10'), at('stalled', '2020-02-01')],
      at('stalled', '2020-03-01'),
      '已处于停缓建状态',
    ],
    [
      'resuming to a later stage',
      [at('started', '2020-01-10'), at('stalled', '2020-02-01')],
      at('completed', '2020-03-01'),
      '停缓建前处于“新开工”阶段',
    ],
    [
      'resuming to an earlier stage',
      [
        at('started', '2020-01-10'),
        at('under_construction', '2020-01-20'),
        at('stalled', '2020-02-01'),
      ],
      at('started', '2020-03-01'),
      '停缓建前处于“在建”阶段',
    ],
    [
      'a date before the latest',
      [at('started', '2020-01-10')],
      at('completed', '2020-01-09'),
      '早于最近一次记录',
    ],
    ['a future date', [], at('started', '2021-07-01'), '不能晚于今天'],
    ['a date that does not exist', [], at('started', '2021-02-29'), '无效'],
  ] as const)('refuses %s', (_what, events, next, fragment) => {
    const result = checkStageChange(events, next, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.zh).toContain(fragment);
      expect(result.error.en).not.toBe('');
    }
  });

  it('explains in English too', () => {
    const result = checkStageChange([], at('completed', '2020-01-10'), TODAY);
    expect(result).toEqual({
      ok: false,
      error: {
        zh: '登记“竣工”前须先登记“新开工”',
        en: '"Newly started" must be recorded before "Completed"',
      },
    });
  });
});

describe('allowedNextStates', () => {
  it.each([
    [[], ['preliminary', 'started']],
    [[at('preliminary', '2019-01-01')], ['started', 'stalled']],
    [[at('started', '2020-01-01')], ['under_construction', 'completed', 'stalled']],
    [
      [at('started', '2020-01-01'), at('under_construction', '2020-02-01')],
      ['completed', 'stalled'],
    ],
    [[at('started', '2020-01-01'), at('completed', '2020-02-01')], ['in_production']],
    [
      [
        at('started', '2020-01-01'),
        at('completed', '2020-02-01'),
        at('in_production', '2020-03-01'),
      ],
      [],
    ],
    [[at('started', '2020-01-01'), at('stalled', '2020-02-01')], ['started']],
  ] as const)('%j → %j', (events, expected) => {
    expect(allowedNextStates(events)).toEqual(expected);
  });

  it('agrees with canStall', () => {
    expect(PROJECT_STAGES.filter(canStall)).toEqual([
      'preliminary',
      'started',
      'under_construction',
    ]);
    expect(canStall(null)).toBe(false);
  });
});

describe('stageDates', () => {
  it.each([
    [[], { startedOn: null, completedOn: null, productionOn: null }],
    [
      [at('preliminary', '2019-01-01'), at('started', '2020-03-01')],
      { startedOn: '2020-03-01', completedOn: null, productionOn: null },
    ],
    [
      // Stalled and resumed: the resumption does not move the start date.
      [at('started', '2019-11-01'), at('stalled', '2019-12-01'), at('started', '2020-04-01')],
      { startedOn: '2019-11-01', completedOn: null, productionOn: null },
    ],
    [
      [
        at('started', '2019-11-01'),
        at('under_construction', '2019-12-01'),
        at('stalled', '2020-01-15'),
        at('under_construction', '2020-03-01'),
        at('completed', '2020-10-01'),
        at('in_production', '2020-12-01'),
      ],
      { startedOn: '2019-11-01', completedOn: '2020-10-01', productionOn: '2020-12-01' },
    ],
  ] as const)('%j → %j', (events, expected) => {
    expect(stageDates(events)).toEqual(expected);
  });
});

describe('histories built from allowed steps (property)', () => {
  /** Walks a project through choices among the allowed next states, a few days apart. */
  const walk = (choices: readonly number[], gaps: readonly number[]): ProjectStageEvent[] => {
    const events: ProjectStageEvent[] = [];
    let day = Date.UTC(2018, 0, 1);
    choices.forEach((choice, i) => {
      const options = allowedNextStates(events);
      const stage = options[choice % Math.max(options.length, 1)];
      if (stage === undefined) return;
      day += (gaps[i] ?? 0) * 86_400_000;
      const next = at(stage, new Date(day).toISOString().slice(0, 10));
      const checked = checkStageChange(events, next, '2099-12-31');
      expect(checked).toEqual({ ok: true, value: stage });
      events.push(next);
      expect(currentStage(events)).toBe(stage);
    });
    return events;
  };

  it('every allowed step is accepted, and milestones come in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(5), { maxLength: 12 }),
        fc.array(fc.nat(200), { maxLength: 12 }),
        (choices, gaps) => {
          const { startedOn, completedOn, productionOn } = stageDates(walk(choices, gaps));
          if (completedOn !== null)
            expect(startedOn !== null && startedOn <= completedOn).toBe(true);
          if (productionOn !== null) {
            expect(completedOn !== null && completedOn <= productionOn).toBe(true);
          }
        },
      ),
    );
  });

  it('every state not allowed is refused', () => {
    const states: ProjectState[] = [...PROJECT_STAGES, 'stalled'];
    fc.assert(
      fc.property(fc.array(fc.nat(5), { maxLength: 10 }), (choices) => {
        const events = walk(choices, []);
        const allowed = allowedNextStates(events);
        for (const state of states) {
          const result = checkStageChange(events, at(state, '2018-01-01'), '2099-12-31');
          expect(result.ok).toBe(allowed.includes(state));
        }
      }),
    );
  });
});
