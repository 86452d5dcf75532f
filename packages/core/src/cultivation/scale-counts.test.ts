import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countScaleEvents } from './scale-counts';

describe('countScaleEvents', () => {
  it('counts by county and month within the year (hand-checked)', () => {
    const counts = countScaleEvents(
      [
        { countyId: 'b', kind: 'enter', effectiveOn: '2021-03-01' },
        { countyId: 'a', kind: 'enter', effectiveOn: '2021-03-15' },
        { countyId: 'a', kind: 'exit', effectiveOn: '2021-03-31' },
        { countyId: 'a', kind: 'enter', effectiveOn: '2021-01-01' },
        { countyId: 'a', kind: 'enter', effectiveOn: '2020-12-31' },
      ],
      2021,
    );
    expect(counts.rows).toEqual([
      { countyId: 'a', month: 1, entries: 1, exits: 0 },
      { countyId: 'a', month: 3, entries: 1, exits: 1 },
      { countyId: 'b', month: 3, entries: 1, exits: 0 },
    ]);
    expect(counts.totals).toEqual({ entries: 3, exits: 1 });
  });

  it('rows add up to the totals', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            countyId: fc.constantFrom('a', 'b', 'c'),
            kind: fc.constantFrom('enter' as const, 'exit' as const),
            effectiveOn: fc
              .tuple(fc.integer({ min: 2020, max: 2022 }), fc.integer({ min: 1, max: 12 }))
              .map(([y, m]) => `${String(y)}-${String(m).padStart(2, '0')}-10`),
          }),
        ),
        (events) => {
          const counts = countScaleEvents(events, 2021);
          expect(counts.rows.reduce((s, r) => s + r.entries, 0)).toBe(counts.totals.entries);
          expect(counts.rows.reduce((s, r) => s + r.exits, 0)).toBe(counts.totals.exits);
          expect(counts.totals.entries + counts.totals.exits).toBe(
            events.filter((e) => e.effectiveOn.startsWith('2021')).length,
          );
        },
      ),
    );
  });
});
