import { describe, expect, it } from 'vitest';
import { checkScaleEvent, currentScaleCategory, type ScaleEvent } from './scale-events';

const entered = (occurredOn: string): ScaleEvent => ({
  category: 'industry',
  kind: 'entered',
  occurredOn,
});
const exited = (occurredOn: string): ScaleEvent => ({
  category: 'industry',
  kind: 'exited',
  occurredOn,
});
const TODAY = '2026-11-22';

describe('currentScaleCategory', () => {
  it.each([
    [[], null],
    [[entered('2019-12-31')], 'industry'],
    [[entered('2019-12-31'), exited('2022-01-31')], null],
    [[exited('2022-01-31'), entered('2019-12-31')], null],
    [[entered('2015-12-31'), exited('2018-01-31'), entered('2021-12-31')], 'industry'],
  ] as const)('%j → %s', (events, expected) => {
    expect(currentScaleCategory(events)).toBe(expected);
  });
});

describe('checkScaleEvent', () => {
  it('accepts an entry, then an exit, in order', () => {
    expect(checkScaleEvent([], entered('2020-12-31'), TODAY)).toEqual({
      ok: true,
      value: 'industry',
    });
    expect(checkScaleEvent([entered('2020-12-31')], exited('2023-01-31'), TODAY)).toEqual({
      ok: true,
      value: null,
    });
  });

  it.each([
    ['a second entry', [entered('2020-12-31')], entered('2021-12-31'), '已在'],
    ['an exit while outside', [], exited('2021-12-31'), '不在'],
    ['an event before the latest', [entered('2020-12-31')], exited('2019-01-31'), '早于'],
    ['a future date', [], entered('2027-01-01'), '晚于今天'],
  ] as const)('refuses %s', (_what, events, next, fragment) => {
    const result = checkScaleEvent(events, next, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.zh).toContain(fragment);
  });

  it('allows an event on the same day as the latest (entry and exit the same day)', () => {
    expect(checkScaleEvent([entered('2020-12-31')], exited('2020-12-31'), TODAY).ok).toBe(true);
  });
});
