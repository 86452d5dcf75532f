import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routeTicket, type RoutingRule } from './routing';

const CITY = '/1/2/';
const XINGBIN = '/1/2/17/';
const HESHAN = '/1/2/18/';
const rule = (
  categoryCode: string,
  areaPath: string | null,
  lead: string,
  assisting: string[] = [],
): RoutingRule => ({
  categoryCode,
  areaPath,
  leadDepartmentId: lead,
  assistingDepartmentIds: assisting,
});

const rules = [
  rule('land', null, 'zrzy'),
  rule('power', CITY, 'gdj'),
  rule('power', HESHAN, 'gdj-heshan', ['gdj']),
  rule('finance', null, 'jrb', ['rh']),
  rule('finance', null, 'jrb', ['yjj']),
  rule('logistics', null, 'swj'),
  rule('logistics', null, 'jtj'),
];

describe('routing catalogue', () => {
  it('routes by category anywhere', () => {
    expect(routeTicket(rules, 'land', `${XINGBIN}33/`)).toEqual({
      kind: 'department',
      leadDepartmentId: 'zrzy',
      assistingDepartmentIds: [],
    });
  });
  it('prefers the most specific area, leaving the lead out of the assistants', () => {
    expect(routeTicket(rules, 'power', HESHAN)).toEqual({
      kind: 'department',
      leadDepartmentId: 'gdj-heshan',
      assistingDepartmentIds: ['gdj'],
    });
    expect(routeTicket(rules, 'power', XINGBIN)).toMatchObject({ leadDepartmentId: 'gdj' });
  });
  it('joins the assistants of equally specific rules with the same lead', () => {
    expect(routeTicket(rules, 'finance', XINGBIN)).toEqual({
      kind: 'department',
      leadDepartmentId: 'jrb',
      assistingDepartmentIds: ['rh', 'yjj'],
    });
  });
  it('sends unclear tickets to the dispatcher', () => {
    expect(routeTicket(rules, 'logistics', XINGBIN)).toEqual({
      kind: 'dispatcher',
      reason: 'ambiguous',
    });
    expect(routeTicket(rules, 'policy', XINGBIN)).toEqual({
      kind: 'dispatcher',
      reason: 'no_rule',
    });
    expect(routeTicket(rules, 'power', '/9/')).toEqual({ kind: 'dispatcher', reason: 'no_rule' });
  });
  it('property: a routed lead always comes from a rule of that category covering the area', () => {
    const cats = ['land', 'power', 'finance', 'logistics', 'policy'];
    const paths = [CITY, XINGBIN, HESHAN, `${HESHAN}40/`, '/9/'];
    fc.assert(
      fc.property(fc.constantFrom(...cats), fc.constantFrom(...paths), (c, p) => {
        const d = routeTicket(rules, c, p);
        if (d.kind === 'department')
          expect(
            rules.some(
              (r) =>
                r.categoryCode === c &&
                r.leadDepartmentId === d.leadDepartmentId &&
                (r.areaPath === null || p.startsWith(r.areaPath)),
            ),
          ).toBe(true);
      }),
    );
  });
});
