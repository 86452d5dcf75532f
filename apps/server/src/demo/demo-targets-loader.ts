import { makeScope, type RankingScheme } from '@gongyeyun/core';
import {
  findOrgUnitByCode,
  insertRankingScheme,
  insertTarget,
  listOrgUnitsInScope,
  listRankingSchemes,
  upsertActual,
  type NewTargetRow,
} from '@gongyeyun/db';
import type { RequestContext } from '../context';
import type { Deps } from '../deps';
import { recordAudit } from '../modules/audit/audit.service';
import { publishAs } from '../modules/targets/rankings.service';

/** The counties' shares of the city's 2021 new 规上 enterprises (培规) and their exit caps (退库). */
const COUNTY_PARTS: Record<string, { entries: number; exits: number }> = {
  '451302': { entries: 14, exits: 4 },
  '451321': { entries: 5, exits: 2 },
  '451322': { entries: 6, exits: 2 },
  '451323': { entries: 6, exits: 2 },
  '451324': { entries: 3, exits: 1 },
  '451381': { entries: 6, exits: 2 },
};

const SCHEME: RankingScheme = {
  metrics: [
    {
      key: 'new_scale',
      name: { zh: '培育新增规上企业', en: 'New above-scale enterprises' },
      weight: 40,
      direction: 'higher',
      normalisation: 'ratio_to_target',
      cap: 1.2,
    },
    {
      key: 'scale_exits',
      name: { zh: '规上企业退库', en: 'Exits' },
      weight: 20,
      direction: 'lower',
      normalisation: 'ratio_to_target',
    },
    {
      key: 'indicator_growth:output',
      name: { zh: '规上工业总产值增速', en: 'Output growth' },
      weight: 25,
      direction: 'higher',
      normalisation: 'rank_points',
    },
    {
      key: 'project_starts',
      name: { zh: '重大项目新开工', en: 'Project starts' },
      weight: 15,
      direction: 'higher',
      normalisation: 'rank_points',
    },
  ],
  red: 2,
  black: 1,
};

/**
 * 来宾's 2021 targets and their split among the counties, a red/black list scheme on 培规,
 * 退库, output growth and project starts, and the lists published for March to May (June is
 * being reported).
 */
export async function loadDemoTargets(deps: Deps, ctx: RequestContext): Promise<void> {
  const city = (await findOrgUnitByCode(deps.db, '451300'))!;
  const scope = makeScope([city.path]);
  const units = await listOrgUnitsInScope(deps.db, scope);
  const counties = units.filter((u) => u.kind === 'county' && u.parentId === city.id);
  await deps.db.transaction(async (tx) => {
    const add = (row: Omit<NewTargetRow, 'year' | 'level'> & Partial<NewTargetRow>) =>
      insertTarget(tx, { year: 2021, level: 'must', ...row });
    const cityPath = city.path;
    const entries = await add({
      orgUnitId: city.id,
      orgPath: cityPath,
      metric: 'new_scale',
      name: '新增规上工业企业',
      kind: 'count',
      comparator: 'gte',
      goal: '40',
      unit: '家',
    });
    const exits = await add({
      orgUnitId: city.id,
      orgPath: cityPath,
      metric: 'scale_exits',
      name: '规上工业企业退库',
      kind: 'count',
      comparator: 'lte',
      goal: '13',
      unit: '家',
    });
    await add({
      orgUnitId: city.id,
      orgPath: cityPath,
      metric: 'indicator_growth:output',
      name: '规上工业总产值增速',
      kind: 'growth',
      comparator: 'gte',
      goal: '12',
      unit: '%',
    });
    await add({
      orgUnitId: city.id,
      orgPath: cityPath,
      metric: 'project_starts',
      name: '重大项目新开工',
      kind: 'count',
      comparator: 'gte',
      goal: '100',
      unit: '个',
      level: 'strive',
    });
    const park = await add({
      orgUnitId: city.id,
      orgPath: cityPath,
      metric: 'manual',
      name: '工业园区扩区面积',
      kind: 'level',
      comparator: 'gte',
      goal: '5000',
      unit: '亩',
    });
    for (const [month, value] of [
      [3, 1200],
      [5, 2600],
    ] as const)
      await upsertActual(tx, {
        targetId: park,
        month,
        value: String(value),
        evidence: '市自然资源局用地批复',
      });
    for (const county of counties) {
      const part = COUNTY_PARTS[county.code];
      if (!part) continue;
      await add({
        orgUnitId: county.id,
        orgPath: county.path,
        metric: 'new_scale',
        name: '新增规上工业企业',
        kind: 'count',
        comparator: 'gte',
        goal: String(part.entries),
        unit: '家',
        parentId: entries,
      });
      await add({
        orgUnitId: county.id,
        orgPath: county.path,
        metric: 'scale_exits',
        name: '规上工业企业退库',
        kind: 'count',
        comparator: 'lte',
        goal: String(part.exits),
        unit: '家',
        parentId: exits,
      });
    }
    const schemeId = await insertRankingScheme(tx, {
      year: 2021,
      name: '2021年工业经济运行红黑榜',
      orgUnitId: city.id,
      scheme: SCHEME,
    });
    await recordAudit(tx, ctx, {
      action: 'load_demo_targets',
      entity: 'target',
      after: { year: 2021, schemeId },
    });
  });
  const [scheme] = await listRankingSchemes(deps.db, 2021);
  for (const period of ['2021-03', '2021-04', '2021-05'])
    await publishAs(
      deps,
      ctx,
      { scope, userId: null },
      { schemeId: scheme!.id, period, reason: null },
    );
}
