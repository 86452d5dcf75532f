import { describe, expect, it } from 'vitest';
import { countIntroduced, type IntroducedLead, leadSignedOn } from './introduced-projects';
import type { LeadEvent } from './investment-leads';

const lead = (
  events: LeadEvent[],
  intendedInvestment: string | null,
  sector: IntroducedLead['sector'] = 'industrial',
): IntroducedLead => ({ events, intendedInvestment, sector });

describe('leadSignedOn', () => {
  it.each<[string, LeadEvent[], string | null]>([
    ['no events', [], null],
    [
      'only talks',
      [
        { stage: 'lead', occurredOn: '2020-01-02' },
        { stage: 'negotiating', occurredOn: '2020-02-02' },
      ],
      null,
    ],
    [
      'signed',
      [
        { stage: 'lead', occurredOn: '2019-11-02' },
        { stage: 'signed', occurredOn: '2020-03-08' },
      ],
      '2020-03-08',
    ],
    [
      'first recorded at 落地 after signing',
      [
        { stage: 'signed', occurredOn: '2020-12-30' },
        { stage: 'registered', occurredOn: '2021-01-05' },
      ],
      '2020-12-30',
    ],
    [
      'signed then dropped',
      [
        { stage: 'signed', occurredOn: '2020-05-01' },
        { stage: 'dropped', occurredOn: '2020-06-01', reason: '撤资' },
      ],
      '2020-05-01',
    ],
    [
      'dropped while negotiating',
      [
        { stage: 'negotiating', occurredOn: '2020-05-01' },
        { stage: 'dropped', occurredOn: '2020-06-01', reason: '撤资' },
      ],
      null,
    ],
  ])('%s', (_name, events, expected) => {
    expect(leadSignedOn(events)).toBe(expected);
  });
});

describe('countIntroduced', () => {
  const signed = (date: string): LeadEvent[] => [{ stage: 'signed', occurredOn: date }];
  it('counts industrial leads first signed in the year, with their exact total investment', () => {
    const leads = [
      lead(signed('2020-01-01'), '1000000.5'),
      lead(signed('2020-12-31'), '0.5'),
      lead(signed('2021-01-01'), '999'),
      lead(signed('2019-12-31'), '999'),
      lead(signed('2020-06-01'), '777', 'services'),
      lead([{ stage: 'negotiating', occurredOn: '2020-06-01' }], '888'),
      lead(signed('2020-07-01'), null),
    ];
    expect(countIntroduced(leads, 2020)).toEqual({
      ok: true,
      value: { count: 3, totalInvestment: '1000001' },
    });
    expect(countIntroduced(leads, 2020, 'services')).toEqual({
      ok: true,
      value: { count: 1, totalInvestment: '777' },
    });
    expect(countIntroduced([], 2020)).toEqual({
      ok: true,
      value: { count: 0, totalInvestment: '0' },
    });
  });

  it('refuses an unreadable amount', () => {
    expect(countIntroduced([lead(signed('2020-01-01'), '1,000')], 2020).ok).toBe(false);
  });
});
