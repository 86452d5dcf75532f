import { readFileSync } from 'node:fs';
import { DEFAULT_ENTERPRISE_TAGS, industryCodeCovers, validateUscc } from '@gongyeyun/core';
import { describe, expect, it } from 'vitest';
import { DEMO_DEPARTMENTS, DEMO_PARKS } from './demo-city';
import {
  DEMO_ENTERPRISE_USER_USCC,
  DEMO_INDUSTRIAL_SYSTEM,
  generateDemoEnterprises,
  type DemoEnterprise,
} from './demo-registry';

function readCsv(path: string): string[][] {
  const text = readFileSync(new URL(path, import.meta.url), 'utf8');
  return text
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(','));
}

const industryRows = readCsv('../../../../packages/db/reference/gbt4754-2017.csv');
const industryCodes = new Set(industryRows.map(([code]) => code));
const classCodes = industryRows.filter((row) => row[2] === 'class').map(([code]) => code!);
const townshipCounty = new Map(
  readCsv('../../../../packages/db/reference/townships-laibin-dongyuan.csv').map(
    ([code, , , parent]) => [code!, parent!],
  ),
);

const COUNTY_CODES = ['451302', '451321', '451322', '451323', '451324', '451381'];
const { chains, tiers } = DEMO_INDUSTRIAL_SYSTEM;
const topLevel = chains.filter((c) => c.parent === undefined);

/** The chains an enterprise belongs to by its industry class (the product's covering rule). */
const autoChains = (classCode: string): string[] =>
  chains
    .filter((c) => c.industryCodes.some((code) => industryCodeCovers(code, classCode)))
    .map((c) => c.code);

const capital = (e: DemoEnterprise): number => Number(e.registeredCapital);

const enterprises = generateDemoEnterprises({});

describe('the "345" industrial system', () => {
  it('has three tiers with 3 + 4 + 5 top-level chains and aluminium under metallurgy', () => {
    expect(tiers.map((t) => t.key)).toEqual(['traditional', 'specialty', 'emerging']);
    expect(tiers.map((t) => t.name)).toEqual(['传统产业', '特色产业', '新兴产业']);
    const countByTier = tiers.map((t) => topLevel.filter((c) => c.tier === t.key).length);
    expect(countByTier).toEqual([3, 4, 5]);
    expect(topLevel.map((c) => c.name)).toEqual([
      '制糖及综合利用',
      '能源电力',
      '冶金和金属新材料',
      '高端碳酸钙',
      '木材加工及高端家具家居',
      '民族及生物医药',
      '农副产品加工',
      '电子信息',
      '节能环保',
      '现代纺织',
      '绿色化工新材料',
      '机械装备制造',
    ]);
    const subChains = chains.filter((c) => c.parent !== undefined);
    expect(subChains).toHaveLength(1);
    const aluminium = subChains[0]!;
    expect(aluminium.name).toBe('铝');
    const parent = chains.find((c) => c.code === aluminium.parent)!;
    expect(parent.name).toBe('冶金和金属新材料');
    expect(aluminium.tier).toBe(parent.tier);
  });

  it('uses unique chain codes the API accepts, real departments and named leaders', () => {
    const codes = chains.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    const departments = new Set(DEMO_DEPARTMENTS.map((d) => d.code));
    for (const chain of chains) {
      expect(chain.code).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/);
      expect(departments.has(chain.leadDepartmentCode), chain.code).toBe(true);
      expect(chain.leaderName).toMatch(/^\p{Script=Han}{2,3}$/u);
      expect(chain.leaderTitle).toMatch(/市长$/);
      expect(chain.industryCodes.length).toBeGreaterThan(0);
    }
    expect(chains.find((c) => c.code === 'energy')!.leadDepartmentCode).toBe('451300-FGW');
  });

  it('maps every chain to industry codes present in GB/T 4754-2017, within sections B–D', () => {
    for (const chain of chains) {
      for (const code of chain.industryCodes) {
        expect(industryCodes.has(code), `${chain.code}: ${code}`).toBe(true);
        expect(classCodes.some((c) => industryCodeCovers(code, c))).toBe(true);
        expect(Number(code.slice(0, 2))).toBeGreaterThanOrEqual(6);
        expect(Number(code.slice(0, 2))).toBeLessThanOrEqual(46);
      }
    }
  });

  it('puts every class in at most one top-level chain; aluminium only where metallurgy is', () => {
    for (const classCode of classCodes) {
      const covering = topLevel.filter((c) =>
        c.industryCodes.some((code) => industryCodeCovers(code, classCode)),
      );
      expect(covering.length, classCode).toBeLessThanOrEqual(1);
    }
    const chainsOf = new Map(classCodes.map((c) => [c, autoChains(c)]));
    for (const [classCode, codes] of chainsOf) {
      if (codes.includes('aluminium')) expect(codes, classCode).toContain('metallurgy');
    }
    expect(autoChains('3216')).toEqual(['metallurgy', 'aluminium']);
    expect(autoChains('3252')).toEqual(['metallurgy', 'aluminium']);
    expect(autoChains('1340')).toEqual(['sugar']);
    expect(autoChains('1311')).toEqual(['agri-food']);
    expect(autoChains('3591')).toEqual(['eco-env']);
    expect(autoChains('2613')).toEqual(['calcium-carbonate']);
    expect(autoChains('4411')).toEqual(['energy']);
  });
});

describe('generateDemoEnterprises', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoEnterprises({ seed: 7 })).toEqual(generateDemoEnterprises({ seed: 7 }));
    expect(generateDemoEnterprises({})).toEqual(enterprises);
    expect(generateDemoEnterprises({ seed: 8 })).not.toEqual(generateDemoEnterprises({ seed: 7 }));
  });

  it('makes 600 enterprises by default, or as many as asked', () => {
    expect(enterprises).toHaveLength(600);
    expect(generateDemoEnterprises({ count: 25 })).toHaveLength(25);
    // A shorter list is the start of the longer one, but for the 龙头 tags, which rank the list.
    const withoutTags = (list: DemoEnterprise[]) => list.map((e) => ({ ...e, tags: [] }));
    expect(withoutTags(generateDemoEnterprises({ count: 25 }))).toEqual(
      withoutTags(enterprises.slice(0, 25)),
    );
    expect(generateDemoEnterprises({ count: 0 })).toEqual([]);
    expect(() => generateDemoEnterprises({ count: -1 })).toThrow(RangeError);
  });

  it('includes the enterprise of the demo login: a mid-size 规上 enterprise of 兴宾区', () => {
    for (const seed of [1, 2, 451300]) {
      const found = generateDemoEnterprises({ seed, count: 10 }).filter(
        (e) => e.uscc === DEMO_ENTERPRISE_USER_USCC,
      );
      expect(found).toHaveLength(1);
      const e = found[0]!;
      expect(e.countyCode).toBe('451302');
      expect(e.status).toBe('operating');
      expect(e.scaleCategory).toBe('industry');
      expect(capital(e)).toBeGreaterThanOrEqual(1_000);
      expect(capital(e)).toBeLessThan(10_000);
    }
  });

  it('gives valid, unique USCCs registered in the enterprise’s county', () => {
    expect(new Set(enterprises.map((e) => e.uscc)).size).toBe(enterprises.length);
    for (const e of enterprises) {
      const checked = validateUscc(e.uscc);
      expect(checked.ok, e.uscc).toBe(true);
      if (checked.ok) {
        expect(checked.value.code).toBe(e.uscc);
        expect(checked.value.divisionCode).toBe(e.countyCode);
        expect(checked.value.registeringBody).toBe('9');
        expect(checked.value.kind).toBe('1');
      }
    }
  });

  it('gives unique names and distinct former names', () => {
    const names = enterprises.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    const all = enterprises.flatMap((e) => [e.name, ...e.formerNames]);
    expect(new Set(all).size).toBe(all.length);
    for (const e of enterprises) {
      expect(e.name).toMatch(/(有限公司|有限责任公司)$/);
      for (const former of e.formerNames) expect(former).not.toBe(e.name);
    }
    const withFormer = enterprises.filter((e) => e.formerNames.length > 0).length;
    expect(withFormer / enterprises.length).toBeGreaterThan(0.04);
    expect(withFormer / enterprises.length).toBeLessThan(0.13);
  });

  it('names the trade consistently with the industry class', () => {
    for (const e of enterprises.filter((x) => x.industryCode === '1340')) {
      expect(e.name).toMatch(/糖/);
    }
    for (const e of enterprises.filter((x) => ['3216', '3252'].includes(x.industryCode))) {
      expect(e.name).toMatch(/铝/);
    }
    for (const e of enterprises.filter((x) => x.industryCode.startsWith('27'))) {
      expect(e.name).toMatch(/药|生物|医疗|卫生/);
    }
  });

  it('uses industry classes of GB/T 4754-2017, mostly within a chain', () => {
    for (const e of enterprises) {
      expect(classCodes.includes(e.industryCode), e.industryCode).toBe(true);
    }
    const outside = enterprises.filter((e) => autoChains(e.industryCode).length === 0).length;
    expect(outside / enterprises.length).toBeGreaterThan(0.08);
    expect(outside / enterprises.length).toBeLessThan(0.22);
    for (const chain of chains) {
      const members = enterprises.filter((e) => autoChains(e.industryCode).includes(chain.code));
      expect(members.length, chain.code).toBeGreaterThan(5);
    }
  });

  it('tags a few enterprises by hand to chains their class does not give', () => {
    const codes = new Set(chains.map((c) => c.code));
    const tagged = enterprises.filter((e) => e.manualChainCodes.length > 0);
    expect(tagged.length).toBeGreaterThan(3);
    expect(tagged.length / enterprises.length).toBeLessThan(0.08);
    for (const e of tagged) {
      for (const code of e.manualChainCodes) {
        expect(codes.has(code)).toBe(true);
        expect(autoChains(e.industryCode)).not.toContain(code);
      }
    }
  });

  it('places enterprises in their county’s townships and parks', () => {
    const parkUnder = new Map(DEMO_PARKS.map((p) => [p.code, p.under]));
    for (const e of enterprises) {
      expect(COUNTY_CODES).toContain(e.countyCode);
      if (e.townshipCode !== null) expect(townshipCounty.get(e.townshipCode)).toBe(e.countyCode);
      if (e.parkCode !== null) {
        const under = parkUnder.get(e.parkCode);
        const cityParkInDistrict = under === '451300' && e.countyCode === '451302';
        expect(under === e.countyCode || cityParkInDistrict, `${e.name} ${e.parkCode}`).toBe(true);
      }
      expect(e.address).toMatch(/^来宾市.+\d+号$/);
    }
    const inPark = enterprises.filter((e) => e.parkCode !== null).length;
    expect(inPark / enterprises.length).toBeGreaterThan(0.5);
    expect(inPark / enterprises.length).toBeLessThan(0.7);
    const noTownship = enterprises.filter((e) => e.townshipCode === null).length;
    expect(noTownship).toBeGreaterThan(0);
    expect(noTownship / enterprises.length).toBeLessThan(0.1);
    // 兴宾区, the city district, holds the most enterprises.
    const byCounty = COUNTY_CODES.map(
      (code) => enterprises.filter((e) => e.countyCode === code).length,
    );
    expect(Math.max(...byCounty)).toBe(byCounty[0]);
    expect(Math.min(...byCounty)).toBeGreaterThan(10);
  });

  it('keeps the large firms in sugar, metallurgy and energy', () => {
    for (const seed of [451300, 1, 2, 3, 4, 5]) {
      const list = generateDemoEnterprises({ seed });
      const top = [...list].sort((a, b) => capital(b) - capital(a)).slice(0, list.length / 20);
      const heavy = top.filter((e) =>
        autoChains(e.industryCode).some((c) => ['sugar', 'metallurgy', 'energy'].includes(c)),
      );
      expect(heavy.length / top.length, `seed ${seed}`).toBeGreaterThanOrEqual(0.7);
      expect(capital(top[0]!)).toBeGreaterThanOrEqual(10_000);
    }
    const median = [...enterprises].map(capital).sort((a, b) => a - b)[enterprises.length / 2]!;
    expect(median).toBeLessThan(1_000);
  });

  it('writes well-formed figures, dates and contacts', () => {
    for (const e of enterprises) {
      expect(e.registeredCapital).toMatch(/^\d{1,14}\.\d{2}$/);
      expect(capital(e)).toBeGreaterThan(0);
      expect(e.foundedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${e.foundedOn}T00:00:00Z`).toISOString().slice(0, 10)).toBe(e.foundedOn);
      expect(e.legalRepresentative).toMatch(/^\p{Script=Han}{2,3}$/u);
      expect(e.contactPerson).toMatch(/^\p{Script=Han}{2,3}$/u);
      expect(e.contactPhone).toMatch(/^(0772-4\d{6}|1[3-9]\d{9})$/);
      expect(['operating', 'stopped', 'closed']).toContain(e.status);
    }
  });

  it('keeps scale events consistent: entries 2010–2021, exits after entries', () => {
    for (const e of enterprises) {
      const events = e.scaleEvents;
      events.forEach((event, i) => {
        expect(event.category).toBe('industry');
        expect(event.kind).toBe(i % 2 === 0 ? 'entered' : 'exited');
        expect(event.occurredOn > e.foundedOn).toBe(true);
        if (i > 0) expect(event.occurredOn > events[i - 1]!.occurredOn).toBe(true);
        if (event.kind === 'entered') {
          const year = Number(event.occurredOn.slice(0, 4));
          expect(year).toBeGreaterThanOrEqual(2010);
          expect(year).toBeLessThanOrEqual(2021);
        }
        expect(event.reason.length).toBeGreaterThan(0);
      });
      const last = events[events.length - 1];
      expect(e.scaleCategory).toBe(last?.kind === 'entered' ? 'industry' : null);
      if (e.scaleCategory !== null) expect(e.status).toBe('operating');
    }
    const scale = enterprises.filter((e) => e.scaleCategory === 'industry').length;
    expect(scale / enterprises.length).toBeGreaterThan(0.28);
    expect(scale / enterprises.length).toBeLessThan(0.42);
    const exited = enterprises.filter((e) => e.scaleEvents.some((x) => x.kind === 'exited'));
    expect(exited.length).toBeGreaterThan(3);
    expect(exited.length / enterprises.length).toBeLessThan(0.1);
    expect(enterprises.filter((e) => e.status === 'closed').length).toBeGreaterThan(2);
    expect(enterprises.filter((e) => e.status === 'stopped').length).toBeGreaterThan(2);
  });

  it('hands out tags sparingly and plausibly', () => {
    const codes = new Set(DEFAULT_ENTERPRISE_TAGS.map((t) => t.code));
    for (const e of enterprises) {
      expect(new Set(e.tags).size).toBe(e.tags.length);
      for (const tag of e.tags) expect(codes.has(tag)).toBe(true);
      if (e.tags.includes('little_giant')) expect(e.tags).toContain('specialised');
      if (e.tags.includes('leading')) {
        expect(e.scaleCategory).toBe('industry');
        expect(capital(e)).toBeGreaterThanOrEqual(5_000);
        expect(autoChains(e.industryCode).length).toBeGreaterThan(0);
      }
      if (e.status === 'closed') expect(e.tags).toEqual([]);
    }
    const tagged = enterprises.filter((e) => e.tags.length > 0).length;
    expect(tagged / enterprises.length).toBeLessThan(0.3);
    const leaders = enterprises.filter((e) => e.tags.includes('leading'));
    expect(leaders.length).toBeGreaterThanOrEqual(12);
    expect(leaders.length).toBeLessThanOrEqual(30);
    // The largest operating 规上 enterprise on a chain leads it.
    const biggest = enterprises
      .filter((e) => e.status === 'operating' && e.scaleCategory !== null)
      .filter((e) => e.uscc !== DEMO_ENTERPRISE_USER_USCC)
      .sort((a, b) => capital(b) - capital(a))[0]!;
    expect(biggest.tags).toContain('leading');
  });
});
