import {
  CANDIDATE_STATUS_LABELS,
  EXIT_WARNING_RULE_LABELS,
  SCALE_CATEGORY_LABELS,
  type Scope,
} from '@gongyeyun/core';
import type { TAnnualLevel, TCandidatesQuery } from '@gongyeyun/contract';
import type { Deps } from '../../deps';
import { writeWorkbook } from '../enterprises/spreadsheet';
import { candidatesPage, warningsPage } from './cultivation.service';

const round1 = (v: number | null): number | null => (v === null ? null : Math.round(v * 10) / 10);
const percent = (v: number | null): number | null =>
  v === null ? null : Math.round(v * 1000) / 10;
const METHOD: Record<TAnnualLevel['method'], string> = {
  trailing_12: '近12个月合计',
  annualised_ytd: '本年累计按季节折年',
  none: '数据不足',
};

/** The seed bank as the county's cultivation office keeps it (种子库台账). */
export async function exportCandidates(
  deps: Deps,
  scope: Scope,
  q: TCandidatesQuery,
): Promise<Buffer> {
  const page = await candidatesPage(deps, scope, q);
  return writeWorkbook([
    {
      name: '种子库',
      title: `${page.unit.name}种子库（数据截至${page.through}）`,
      columns: [
        { header: '统一社会信用代码', text: true },
        { header: '企业名称', width: 32 },
        { header: '县区' },
        { header: '类别' },
        { header: '状态' },
        { header: '年营业收入（万元）' },
        { header: '口径' },
        { header: '标准（万元）' },
        { header: '达标率（%）' },
        { header: '预计达标月份' },
        { header: '最早' },
        { header: '最晚' },
        { header: '负责人' },
        { header: '来源' },
      ],
      rows: page.rows.map((c) => [
        c.enterprise.uscc,
        c.enterprise.name,
        c.enterprise.countyName,
        SCALE_CATEGORY_LABELS[c.category].zh,
        CANDIDATE_STATUS_LABELS[c.status].zh,
        round1(c.level.value),
        METHOD[c.level.method],
        c.level.threshold,
        percent(c.level.ratio),
        c.projection.projected,
        c.projection.earliest,
        c.projection.latest,
        c.officer?.name ?? null,
        c.source === 'band' ? '按收入自动纳入' : `推荐：${c.nominationReason ?? ''}`,
      ]),
    },
  ]);
}

/** Open (or all) exit warnings with their reasons (退库预警清单). */
export async function exportWarnings(
  deps: Deps,
  scope: Scope,
  q: Parameters<typeof warningsPage>[2],
): Promise<Buffer> {
  const page = await warningsPage(deps, scope, q);
  return writeWorkbook([
    {
      name: '退库预警',
      title: `${page.unit.name}退库预警（数据截至${page.through}）`,
      columns: [
        { header: '统一社会信用代码', text: true },
        { header: '企业名称', width: 32 },
        { header: '县区' },
        { header: '预警原因', width: 48 },
        { header: '近12个月营业收入（万元）' },
        { header: '标准（万元）' },
        { header: '负责人' },
        { header: '状态' },
        { header: '判断月份' },
        { header: '关闭原因' },
      ],
      rows: page.rows.map((w) => [
        w.enterprise.uscc,
        w.enterprise.name,
        w.enterprise.countyName,
        w.findings.map((f) => `${EXIT_WARNING_RULE_LABELS[f.rule].zh}：${f.message.zh}`).join('\n'),
        round1(w.level.trailing12),
        w.level.threshold,
        w.officer?.name ?? null,
        w.status === 'open' ? '处理中' : '已关闭',
        w.judgedThrough,
        w.closeReason,
      ]),
    },
  ]);
}
