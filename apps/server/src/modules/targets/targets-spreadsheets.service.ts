import type { Scope } from '@gongyeyun/core';
import type { TTarget } from '@gongyeyun/contract';
import type { Deps } from '../../deps';
import { writeWorkbook } from '../enterprises/spreadsheet';
import { publishedRanking } from './rankings.service';
import { targetsPage } from './targets.service';

const round = (v: number | null, digits: number): number | null =>
  v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits;
const COMPARATOR: Record<TTarget['comparator'], string> = { gte: '≥', gt: '>', lte: '≤' };
const LEVEL: Record<TTarget['level'], string> = { must: '确保', strive: '力争' };
const STATUS: Record<NonNullable<TTarget['progress']['status']>, string> = {
  ahead: '超进度',
  on_track: '符合进度',
  behind: '滞后',
  far_behind: '严重滞后',
};
const SPLIT: Record<NonNullable<TTarget['split']>['state'], string> = {
  exact: '分解合计等于目标',
  short: '分解合计不足',
  over: '分解合计超过目标',
};

function splitText(split: TTarget['split']): string | null {
  if (!split) return null;
  const missing = split.missing.length ? `；未分解：${split.missing.join('、')}` : '';
  return `${SPLIT[split.state]}（合计${round(split.sum, 4)}）${missing}`;
}

/** A unit's targets of a year with their progress, as the evaluation office files them. */
export async function exportTargets(
  deps: Deps,
  scope: Scope,
  q: { year: number; unitId?: number; period?: string },
): Promise<{ buffer: Buffer; name: string }> {
  const page = await targetsPage(deps, scope, q);
  const buffer = await writeWorkbook([
    {
      name: '目标任务',
      title: `${page.unit.name}${page.year}年目标任务完成情况（进度截至${page.period}）`,
      columns: [
        { header: '单位' },
        { header: '目标', width: 24 },
        { header: '级别' },
        { header: '比较' },
        { header: '目标值' },
        { header: '计量单位' },
        { header: '零的突破' },
        { header: '完成' },
        { header: '完成率（%）' },
        { header: '时间进度（%）' },
        { header: '快慢（百分点）' },
        { header: '状态' },
        { header: '全年预计' },
        { header: '预计方法', width: 40 },
        { header: '分解情况', width: 40 },
      ],
      rows: page.targets.map((t) => [
        t.orgUnitName,
        t.name,
        LEVEL[t.level],
        COMPARATOR[t.comparator],
        t.goal,
        t.unit,
        t.firstEver ? '是' : null,
        round(t.progress.actual, 4),
        round(t.progress.completion, 1),
        round(t.progress.elapsed, 1),
        round(t.progress.gap, 1),
        t.progress.status ? STATUS[t.progress.status] : null,
        round(t.progress.projection?.value ?? null, 4),
        t.progress.projection?.method.zh ?? null,
        splitText(t.split),
      ]),
    },
  ]);
  return { buffer, name: `${page.unit.name}${page.year}年目标任务-${page.period}.xlsx` };
}

/**
 * A published red/black list as frozen: each county's figure, target and points by metric,
 * total, rank and list, for the evaluation office (绩效考评).
 */
export async function exportPublishedRanking(
  deps: Deps,
  scope: Scope,
  id: number,
): Promise<{ buffer: Buffer; name: string }> {
  const { ranking, frozen, schemeName } = await publishedRanking(deps, scope, id);
  const metrics = frozen.scheme.metrics;
  const buffer = await writeWorkbook([
    {
      name: '红黑榜',
      title: `${schemeName}（${ranking.period}，第${ranking.version}版）`,
      columns: [
        { header: '名次' },
        { header: '县（市、区）' },
        ...metrics.flatMap((m) => [
          { header: `${m.name.zh}·完成` },
          { header: `${m.name.zh}·目标` },
          { header: `${m.name.zh}·得分（满分${m.weight}）` },
        ]),
        { header: '总分' },
        { header: '榜单' },
        { header: '一票否决', width: 24 },
      ],
      rows: ranking.counties.map((c) => [
        c.rank,
        c.name,
        ...metrics.flatMap((m) => {
          const part = c.parts.find((p) => p.metric === m.key);
          return [
            round(part?.value ?? null, 4),
            round(part?.target ?? null, 4),
            part && !part.missing ? round(part.weighted, 2) : null,
          ];
        }),
        round(c.score, 2),
        c.list === 'red' ? '红榜' : c.list === 'black' ? '黑榜' : null,
        c.vetoedBy?.zh ?? null,
      ]),
    },
  ]);
  return { buffer, name: `红黑榜-${ranking.period}-第${ranking.version}版.xlsx` };
}
