import {
  isOrgUnitInScope,
  parseDate,
  parseMoney,
  pickText,
  PROJECT_KIND_LABELS,
  PROJECT_KINDS,
  PROJECT_LEVEL_LABELS,
  PROJECT_LEVELS,
  PROJECT_SECTOR_LABELS,
  PROJECT_SECTORS,
  PROJECT_STATE_LABELS,
  type ColumnSpec,
  type ImportRow,
  type Locale,
  type LocalizedText,
  type Scope,
} from '@gongyeyun/core';
import {
  ZProjectInput,
  type TFindProjectsQuery,
  type TImportResult,
  type TProjectInput,
} from '@gongyeyun/contract';
import {
  findEnterprisesByUscc,
  findProjects,
  findProjectsByCode,
  type ProjectRow,
} from '@gongyeyun/db';
import type { RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { recordAudit } from '../audit/audit.service';
import type { Writer } from '../enterprises/enterprise-rules';
import { readImportTable } from '../enterprises/import-table';
import { writeWorkbook } from '../enterprises/spreadsheet';
import {
  loadProjectLookups,
  prepareProject,
  type PreparedProject,
  type ProjectLookups,
} from './project-rules';
import { changedProjectFields, storeNewProject, storeProjectChanges } from './projects.service';

type Key = keyof TProjectInput | 'ownerUscc';

const column = (
  key: Key,
  zh: string,
  en: string,
  aliases: string[],
  extra: Partial<Omit<ColumnSpec, 'key'>> = {},
): ColumnSpec & { key: Key } => ({ required: false, ...extra, key, label: { zh, en }, aliases });

/** The columns of the project ledger spreadsheet; the zh labels are the template's headers. */
export const PROJECT_COLUMNS = [
  column('code', '项目编号', 'Code', ['编号', '项目代码']),
  column('name', '项目名称', 'Name', ['名称'], { required: true, keepPunctuation: true }),
  column('ownerName', '项目业主', 'Owner', ['业主单位', '建设单位', '业主'], {
    keepPunctuation: true,
  }),
  column('ownerUscc', '业主统一社会信用代码', 'Owner USCC', ['业主信用代码', '统一社会信用代码']),
  column('countyId', '所在县（市、区）', 'County', ['县区', '所属县区', '所在县区'], {
    required: true,
  }),
  column('parkId', '所在园区', 'Park', ['园区', '所属园区']),
  column('chainId', '所属产业链', 'Chain', ['产业链']),
  column('sector', '项目类别', 'Sector', ['类别', '项目类型'], { required: true }),
  column('kind', '建设性质', 'Kind', ['性质'], { required: true }),
  column('level', '项目级别', 'Level', ['级别'], { required: true }),
  column('totalInvestment', '总投资（万元）', 'Total investment', ['总投资', '计划总投资'], {
    required: true,
    unitAware: true,
  }),
  column(
    'annualPlannedInvestment',
    '年度计划投资（万元）',
    'Annual plan',
    ['年度计划投资', '年度投资计划'],
    {
      unitAware: true,
    },
  ),
  column('planYear', '计划年份', 'Plan year', ['年度']),
  column('plannedStartOn', '计划开工日期', 'Planned start', ['计划开工时间', '计划开工']),
  column('plannedCompletionOn', '计划竣工日期', 'Planned completion', ['计划竣工时间', '计划竣工']),
  column('plannedProductionOn', '计划投产日期', 'Planned production', ['计划投产时间', '计划投产']),
  column('responsibleUnitId', '责任单位', 'Responsible unit', ['牵头单位']),
  column('responsibleOfficial', '责任人', 'Responsible official', ['项目负责人', '责任领导']),
  column('note', '备注', 'Note', ['说明']),
];

const TEXT_COLUMNS = new Set<Key>(['code', 'ownerUscc']);

/** Label (zh or en, or the key) → value, for the enumerated columns. */
function words<K extends string>(
  keys: readonly K[],
  labels: Record<K, LocalizedText>,
  extra: Record<string, K> = {},
) {
  const map = new Map<string, K>(Object.entries(extra));
  for (const k of keys) {
    map.set(k, k);
    map.set(labels[k].zh, k);
    map.set(labels[k].en.toLowerCase(), k);
  }
  return (text: string) => map.get(text.replace(/\s/g, '')) ?? map.get(text.trim().toLowerCase());
}
const sectorOf = words(PROJECT_SECTORS, PROJECT_SECTOR_LABELS, { 工业项目: 'industrial' });
const kindOf = words(PROJECT_KINDS, PROJECT_KIND_LABELS, {
  改建: 'renovation',
  技术改造: 'renovation',
  技改: 'renovation',
});
const levelOf = words(PROJECT_LEVELS, PROJECT_LEVEL_LABELS, {
  省级: 'provincial',
  自治区级: 'provincial',
  区级: 'provincial',
});

interface RowProblem {
  row: number;
  column: string;
  text: LocalizedText;
}

function unitByName(lookups: ProjectLookups, kinds: string[]) {
  const units = [...lookups.orgUnits.values()].filter((u) => kinds.includes(u.kind));
  return (text: string) => {
    const t = text.replace(/\s/g, '');
    return (units.find((u) => u.code === t) ?? units.find((u) => u.name === t))?.id;
  };
}

function rowToInput(
  row: ImportRow,
  letterOf: (key: Key) => string,
  lookups: ProjectLookups,
  ownerByUscc: Map<string, number>,
  problems: RowProblem[],
): Record<string, unknown> {
  const v = (key: Key) => row.values[key] ?? null;
  const fail = (key: Key, zh: string, en: string) =>
    problems.push({ row: row.rowNumber, column: letterOf(key), text: { zh, en } });
  const input: Record<string, unknown> = {
    code: v('code'),
    name: v('name') ?? '',
    ownerName: v('ownerName'),
    responsibleOfficial: v('responsibleOfficial'),
    note: v('note'),
  };
  const uscc = (v('ownerUscc') ?? '').replace(/\s/g, '').toUpperCase();
  input.enterpriseId = uscc ? (ownerByUscc.get(uscc) ?? null) : null;
  if (uscc && input.enterpriseId === null)
    fail('ownerUscc', `企业库中没有信用代码为 ${uscc} 的企业`, `No enterprise with USCC ${uscc}`);
  const unit = (key: Key, kinds: string[], what: LocalizedText) => {
    const text = v(key);
    if (!text) return null;
    const id = unitByName(lookups, kinds)(text);
    if (id === undefined) fail(key, `找不到${what.zh}“${text}”`, `No ${what.en} “${text}”`);
    return id ?? -1;
  };
  input.countyId = unit('countyId', ['county'], { zh: '县（市、区）', en: 'county' });
  input.parkId = unit('parkId', ['park'], { zh: '园区', en: 'park' });
  input.responsibleUnitId = unit('responsibleUnitId', ['city', 'county', 'park', 'department'], {
    zh: '责任单位',
    en: 'unit',
  });
  const chainText = v('chainId');
  if (chainText) {
    const chain = [...lookups.chains].find(([, name]) => name === chainText.replace(/\s/g, ''));
    if (!chain) fail('chainId', `找不到产业链“${chainText}”`, `No chain “${chainText}”`);
    input.chainId = chain?.[0] ?? -1;
  } else input.chainId = null;
  const enumerated = <T>(key: Key, read: (t: string) => T | undefined, hint: string) => {
    const text = v(key) ?? '';
    const value = read(text);
    if (text && value === undefined)
      fail(key, `“${text}”应为 ${hint}`, `“${text}” should be one of ${hint}`);
    return value ?? '';
  };
  input.sector = enumerated('sector', sectorOf, '工业、基础设施、服务业、社会事业、其他');
  input.kind = enumerated('kind', kindOf, '新建、扩建、改建和技术改造、迁建');
  input.level = enumerated('level', levelOf, '国家级、省（自治区）级、市级、县级');
  for (const key of ['totalInvestment', 'annualPlannedInvestment'] as const) {
    if (v(key) === null) input[key] = key === 'totalInvestment' ? '' : null;
    else {
      const money = parseMoney(row.cells[key], '万元');
      if (money.ok) input[key] = money.value;
      else problems.push({ row: row.rowNumber, column: letterOf(key), text: money.error });
    }
  }
  const year = v('planYear');
  input.planYear = year === null ? null : Number(year.replace(/年$/, ''));
  if (year !== null && !Number.isInteger(input.planYear))
    fail(
      'planYear',
      `计划年份“${year}”应为如 2021 的年份`,
      `Plan year “${year}” should be like 2021`,
    );
  for (const key of ['plannedStartOn', 'plannedCompletionOn', 'plannedProductionOn'] as const) {
    if (v(key) === null) input[key] = null;
    else {
      const date = parseDate(row.cells[key]);
      if (date.ok) input[key] = date.value;
      else problems.push({ row: row.rowNumber, column: letterOf(key), text: date.error });
    }
  }
  return input;
}

export interface ProjectImportOptions {
  dryRun: boolean;
  locale: Locale;
  writer: Writer;
}

/**
 * Checks every row of a project spreadsheet against the same rules as the form and, unless it
 * is a dry run or any row is wrong, writes them all in one transaction. Rows with a known 项目编号
 * update that project; others create one.
 */
export async function importProjects(
  deps: Deps,
  ctx: RequestContext,
  file: { buffer: Buffer; fileName: string },
  options: ProjectImportOptions,
): Promise<TImportResult> {
  const { rows, letterOf } = await readImportTable(file, PROJECT_COLUMNS);
  const lookups = await loadProjectLookups(deps.db);
  const owners = await findEnterprisesByUscc(
    deps.db,
    rows.map((r) => (r.values.ownerUscc ?? '').replace(/\s/g, '').toUpperCase()).filter(Boolean),
  );
  const ownerByUscc = new Map(owners.map((e) => [e.uscc, e.id]));
  const existingByCode = new Map(
    (
      await findProjectsByCode(
        deps.db,
        rows.map((r) => r.values.code ?? ''),
      )
    ).map((p) => [p.code!, p]),
  );

  const problems: RowProblem[] = [];
  const result: TImportResult['rows'] = [];
  const writes: { values: PreparedProject; existing: ProjectRow | undefined }[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const before = problems.length;
    const code = row.values.code ?? '';
    const existing = code ? existingByCode.get(code) : undefined;
    const input = rowToInput(row, letterOf, lookups, ownerByUscc, problems);
    if (code && seen.has(code)) {
      problems.push({
        row: row.rowNumber,
        column: letterOf('code'),
        text: {
          zh: `与第 ${seen.get(code)} 行的项目编号重复`,
          en: `Same code as row ${seen.get(code)}`,
        },
      });
    }
    if (code) seen.set(code, row.rowNumber);
    if (existing && options.writer.scope !== 'system') {
      const scope = options.writer.scope;
      const inScope =
        isOrgUnitInScope(existing.orgPath, scope) ||
        (existing.parkPath !== null && isOrgUnitInScope(existing.parkPath, scope));
      if (!inScope)
        problems.push({
          row: row.rowNumber,
          column: letterOf('code'),
          text: {
            zh: '该编号的项目在您管理范围以外，不能由您修改',
            en: 'The project with this code is outside your scope',
          },
        });
    }
    const reported = new Set(problems.slice(before).map((p) => p.column));
    const report = (col: string, text: LocalizedText) => {
      if (!reported.has(col)) problems.push({ row: row.rowNumber, column: col, text });
      reported.add(col);
    };
    let prepared: PreparedProject | undefined;
    const parsed = ZProjectInput.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        const label = PROJECT_COLUMNS.find((c) => c.key === key)?.label ?? { zh: key, en: key };
        report(letterOf(key), {
          zh: `${label.zh}未填写或格式不正确`,
          en: `${label.en}: ${issue.message}`,
        });
      }
    } else {
      const checked = prepareProject(lookups, options.writer, parsed.data);
      if (checked.ok) prepared = checked.value;
      else for (const p of checked.problems) report(letterOf(p.field), p.text);
    }
    if (problems.length > before) prepared = undefined;
    const base = { row: row.rowNumber, uscc: code || null, name: row.values.name ?? null };
    if (!prepared) result.push({ ...base, outcome: 'error' });
    else if (!existing) {
      result.push({ ...base, outcome: 'created' });
      writes.push({ values: prepared, existing });
    } else {
      const changes = changedProjectFields(existing, prepared);
      if (changes.length === 0) result.push({ ...base, outcome: 'unchanged' });
      else {
        result.push({ ...base, outcome: 'updated', changes });
        writes.push({ values: prepared, existing });
      }
    }
  }

  const count = (o: string) => result.filter((r) => r.outcome === o).length;
  const commit = !options.dryRun && problems.length === 0;
  if (commit) {
    await deps.db.transaction(async (tx) => {
      for (const w of writes) {
        if (w.existing) await storeProjectChanges(tx, ctx, w.existing, w.values);
        else await storeNewProject(tx, ctx, w.values);
      }
      await recordAudit(tx, ctx, {
        action: 'import',
        entity: 'project',
        after: { file: file.fileName, created: count('created'), updated: count('updated') },
      });
    });
  }
  return {
    dryRun: options.dryRun,
    committed: commit,
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    errors: problems.map((p) => ({
      row: p.row,
      column: p.column,
      message: pickText(p.text, options.locale),
    })),
    rows: result,
  };
}

const sheetColumn = (c: ColumnSpec & { key: Key }, header: string) => ({
  header,
  width: c.key === 'name' || c.key === 'ownerName' ? 32 : 16,
  text: TEXT_COLUMNS.has(c.key),
});

export async function projectTemplate(): Promise<Buffer> {
  return writeWorkbook([
    {
      name: '重大项目',
      title: '重大项目台账导入模板（带 * 的列必填；金额单位为万元；项目编号已存在的行更新该项目）',
      columns: PROJECT_COLUMNS.map((c) => sheetColumn(c, `${c.label.zh}${c.required ? ' *' : ''}`)),
      rows: [
        [
          'XM-2021-001（示例，请替换）',
          '来宾市示例高端碳酸钙深加工项目',
          '来宾市示例新材料有限公司',
          '',
          '兴宾区',
          '来宾市河南工业园区',
          '高端碳酸钙',
          '工业',
          '新建',
          '市级',
          '50000',
          '20000',
          '2021',
          '2021-03-01',
          '2022-06-30',
          '2022-09-30',
          '兴宾区',
          '张三',
          '',
        ],
      ],
    },
  ]);
}

export const PROJECT_EXPORT_LIMIT = 50_000;

/** The filtered ledger with the import's columns (re-importable), plus stage and actual dates. */
export async function exportProjects(
  deps: Deps,
  scope: Scope,
  query: TFindProjectsQuery,
): Promise<Buffer> {
  const page = await findProjects(deps.db, scope, {
    ...query,
    page: 1,
    pageSize: PROJECT_EXPORT_LIMIT,
  });
  return writeWorkbook([
    {
      name: '重大项目',
      columns: [
        ...PROJECT_COLUMNS.map((c) => sheetColumn(c, c.label.zh)),
        { header: '当前阶段', width: 12 },
        { header: '实际开工日期', width: 14 },
        { header: '实际竣工日期', width: 14 },
        { header: '实际投产日期', width: 14 },
      ],
      rows: page.items.map((p) => [
        p.code,
        p.name,
        p.ownerName ?? p.enterpriseName,
        p.enterpriseUscc,
        p.countyName,
        p.parkName,
        p.chainName,
        PROJECT_SECTOR_LABELS[p.sector].zh,
        PROJECT_KIND_LABELS[p.kind].zh,
        PROJECT_LEVEL_LABELS[p.level].zh,
        Number(p.totalInvestment),
        p.annualPlannedInvestment === null ? null : Number(p.annualPlannedInvestment),
        p.planYear,
        p.plannedStartOn,
        p.plannedCompletionOn,
        p.plannedProductionOn,
        p.responsibleUnitName,
        p.responsibleOfficial,
        p.note,
        p.stage ? PROJECT_STATE_LABELS[p.stage].zh : '',
        p.startedOn,
        p.completedOn,
        p.productionOn,
      ]),
    },
  ]);
}
