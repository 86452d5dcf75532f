import {
  isOrgUnitInScope,
  parseDate,
  parseMoney,
  pickText,
  SCALE_CATEGORY_LABELS,
  type ColumnSpec,
  type DetectedHeader,
  type ImportRow,
  type Locale,
  type Scope,
  type LocalizedText,
} from '@gongyeyun/core';
import {
  ZEnterpriseInput,
  type TEnterpriseInput,
  type TFindEnterprisesQuery,
  type TImportResult,
} from '@gongyeyun/contract';
import {
  findEnterprises,
  findEnterprisesByUscc,
  listChainMappings,
  listEnterpriseChains,
  listEnterpriseTags,
  type EnterpriseRow,
} from '@gongyeyun/db';
import type { RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { recordAudit } from '../audit/audit.service';
import {
  changedFields,
  loadRegistryLookups,
  prepareEnterprise,
  withFormerName,
  type PreparedEnterprise,
  type RegistryLookups,
  type Writer,
} from './enterprise-rules';
import { storeEnterprise } from './enterprises.service';
import { readImportTable } from './import-table';
import { writeWorkbook } from './spreadsheet';

type Key = keyof TEnterpriseInput;

const column = (
  key: Key,
  zh: string,
  en: string,
  aliases: string[],
  extra: Partial<Omit<ColumnSpec, 'key'>> = {},
): ColumnSpec & { key: Key } => ({ required: false, ...extra, key, label: { zh, en }, aliases });

/** The columns of the enterprise spreadsheet; the zh labels are the template's headers. */
export const ENTERPRISE_COLUMNS = [
  column(
    'uscc',
    '统一社会信用代码',
    'USCC',
    ['社会信用代码', '信用代码', '统一代码', 'USCC', '社会统一信用代码'],
    { required: true },
  ),
  column('name', '企业名称', 'Name', ['单位名称', '名称', '企业(单位)名称', '单位详细名称'], {
    required: true,
    keepPunctuation: true,
  }),
  column('formerNames', '曾用名', 'Former names', ['原名称', '曾用名称'], {
    keepPunctuation: true,
  }),
  column('legalRepresentative', '法定代表人', 'Legal representative', [
    '法人代表',
    '法人',
    '负责人',
  ]),
  column('address', '地址', 'Address', ['注册地址', '住所', '经营地址', '详细地址']),
  column(
    'countyId',
    '所属县（市、区）',
    'County',
    ['县区', '所属县区', '县(市、区)', '区县', '所在县区'],
    { required: true },
  ),
  column('townshipId', '乡镇（街道）', 'Township', ['乡镇', '街道', '所属乡镇', '乡镇街道']),
  column('parkId', '所在园区', 'Park', ['园区', '所属园区']),
  column(
    'industryCode',
    '行业代码',
    'Industry class',
    ['国民经济行业代码', '行业小类代码', '行业分类代码', '行业类别代码', '行业小类'],
    { required: true },
  ),
  column('registeredCapital', '注册资本（万元）', 'Registered capital', ['注册资本', '注册资金'], {
    unitAware: true,
  }),
  column('foundedOn', '成立日期', 'Founded on', ['成立时间', '注册日期', '开业日期']),
  column('status', '经营状态', 'Status', ['状态', '营业状态', '登记状态']),
  column('contactPerson', '联系人', 'Contact', ['联系人姓名']),
  column('contactPhone', '联系电话', 'Phone', ['电话', '手机', '联系方式', '手机号码']),
  column('tags', '企业标签', 'Tags', ['标签', '企业类型标签']),
];

/** Columns Excel must keep as text (an 18-character code or a phone number is not a number). */
const TEXT_COLUMNS = new Set<Key>(['uscc', 'contactPhone', 'industryCode']);

const STATUS_WORDS: Record<string, TEnterpriseInput['status']> = {
  在营: 'operating',
  营业: 'operating',
  存续: 'operating',
  开业: 'operating',
  正常: 'operating',
  operating: 'operating',
  停产: 'stopped',
  停业: 'stopped',
  歇业: 'stopped',
  stopped: 'stopped',
  注销: 'closed',
  吊销: 'closed',
  关闭: 'closed',
  closed: 'closed',
};

const splitList = (text: string | null | undefined): string[] =>
  (text ?? '')
    .split(/[、,，;；/|\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);

interface RowProblem {
  row: number;
  column: string;
  text: LocalizedText;
}

/** Name or code → id, among the org units of a kind (names are compared without spaces). */
function unitFinder(lookups: RegistryLookups, kind: 'county' | 'township' | 'park') {
  const units = [...lookups.orgUnits.values()].filter((u) => u.kind === kind);
  return (text: string, parentId?: number): number | undefined => {
    const t = text.replace(/\s/g, '');
    const candidates = units.filter(
      (u) => parentId === undefined || u.parentId === parentId || kind === 'park',
    );
    return (candidates.find((u) => u.code === t) ?? candidates.find((u) => u.name === t))?.id;
  };
}

/** One row → the form's input, with the cell-level problems (unparseable dates, unknown county …). */
function rowToInput(
  row: ImportRow,
  header: DetectedHeader,
  lookups: RegistryLookups,
  tagByName: Map<string, string>,
  existing: EnterpriseRow | undefined,
  problems: RowProblem[],
): Record<string, unknown> {
  const col = (key: Key) => header.columns.find((c) => c.key === key);
  const has = (key: Key) => col(key) !== undefined;
  const fail = (key: Key, zh: string, en: string) =>
    problems.push({ row: row.rowNumber, column: col(key)?.letter ?? '', text: { zh, en } });
  const v = (key: Key) => row.values[key] ?? null;
  const county = unitFinder(lookups, 'county');
  const township = unitFinder(lookups, 'township');
  const park = unitFinder(lookups, 'park');

  const input: Record<string, unknown> = {};
  if (existing) {
    // Columns the file does not have keep what the registry holds.
    Object.assign(input, {
      formerNames: existing.formerNames,
      legalRepresentative: existing.legalRepresentative,
      address: existing.address,
      countyId: existing.countyId,
      townshipId: existing.townshipId,
      parkId: existing.parkId,
      industryCode: existing.industryCode,
      registeredCapital: existing.registeredCapital,
      foundedOn: existing.foundedOn,
      status: existing.status,
      contactPerson: existing.contactPerson,
      contactPhone: existing.contactPhone,
      tags: existing.tags,
      usccAcceptedReason: existing.usccAcceptedReason,
    });
  }
  input.uscc = (v('uscc') ?? '').replace(/\s/g, '').toUpperCase();
  input.name = v('name') ?? '';
  for (const key of ['legalRepresentative', 'address', 'contactPerson', 'contactPhone'] as const) {
    if (has(key)) input[key] = v(key);
  }
  if (has('formerNames')) input.formerNames = splitList(v('formerNames'));
  const countyText = v('countyId');
  const countyId = countyText ? county(countyText) : undefined;
  if (countyText && countyId === undefined)
    fail('countyId', `找不到县（市、区）“${countyText}”`, `No county “${countyText}”`);
  input.countyId = countyId ?? (countyText ? -1 : (input.countyId ?? null));
  if (has('townshipId')) {
    const text = v('townshipId');
    const id = text ? township(text, countyId) : null;
    if (text && id === undefined)
      fail(
        'townshipId',
        `“${countyText ?? ''}”下找不到乡镇（街道）“${text}”`,
        `No township “${text}” in that county`,
      );
    input.townshipId = id ?? null;
  }
  if (has('parkId')) {
    const text = v('parkId');
    const id = text ? park(text) : null;
    if (text && id === undefined) fail('parkId', `找不到园区“${text}”`, `No park “${text}”`);
    input.parkId = id ?? null;
  }
  if (has('industryCode')) {
    const text = v('industryCode') ?? '';
    const code = /^\s*([A-T]?\s*)?(\d{4})/.exec(text)?.[2];
    if (!code)
      fail(
        'industryCode',
        `行业代码“${text}”应为 4 位小类代码，如 1340`,
        `Industry class “${text}” should be 4 digits, e.g. 1340`,
      );
    input.industryCode = code ?? text;
  }
  if (has('registeredCapital')) {
    const cell = row.cells.registeredCapital;
    if (v('registeredCapital') === null) input.registeredCapital = null;
    else {
      const money = parseMoney(cell, col('registeredCapital')?.unit ?? '万元');
      if (money.ok) input.registeredCapital = money.value;
      else
        problems.push({
          row: row.rowNumber,
          column: col('registeredCapital')!.letter,
          text: money.error,
        });
    }
  }
  if (has('foundedOn')) {
    if (v('foundedOn') === null) input.foundedOn = null;
    else {
      const date = parseDate(row.cells.foundedOn);
      if (date.ok) input.foundedOn = date.value;
      else
        problems.push({ row: row.rowNumber, column: col('foundedOn')!.letter, text: date.error });
    }
  }
  if (has('status')) {
    const text = v('status');
    const status = text ? STATUS_WORDS[text.toLowerCase()] : 'operating';
    if (!status)
      fail(
        'status',
        `经营状态“${text}”应为 在营、停产 或 注销`,
        `Status “${text}” should be 在营, 停产 or 注销`,
      );
    input.status = status ?? 'operating';
  }
  if (has('tags')) {
    const names = splitList(v('tags'));
    const codes = names.map((n) => tagByName.get(n) ?? n);
    input.tags = codes;
  }
  return input;
}

export interface ImportOptions {
  dryRun: boolean;
  locale: Locale;
  writer: Writer;
}

/**
 * Checks every row of an enterprise spreadsheet against the same rules as the form and, unless
 * it is a dry run or any row is wrong, writes them all in one transaction. Rows are matched by
 * USCC: a known code updates, a new one creates, an identical row changes nothing.
 */
export async function importEnterprises(
  deps: Deps,
  ctx: RequestContext,
  file: { buffer: Buffer; fileName: string },
  options: ImportOptions,
): Promise<TImportResult> {
  const tr = (t: LocalizedText) => pickText(t, options.locale);
  const { header, rows, letterOf } = await readImportTable(file, ENTERPRISE_COLUMNS);

  const lookups = await loadRegistryLookups(deps.db);
  const tagByName = new Map((await listEnterpriseTags(deps.db)).map((t) => [t.name, t.code]));
  const existingByUscc = new Map(
    (
      await findEnterprisesByUscc(
        deps.db,
        rows.map((r) => (r.values.uscc ?? '').replace(/\s/g, '').toUpperCase()),
      )
    ).map((e) => [e.uscc, e]),
  );

  const problems: RowProblem[] = [];
  const result: TImportResult['rows'] = [];
  const writes: { values: PreparedEnterprise; existing: EnterpriseRow | undefined }[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const before = problems.length;
    const uscc = (row.values.uscc ?? '').replace(/\s/g, '').toUpperCase();
    const existing = existingByUscc.get(uscc);
    const input = rowToInput(row, header, lookups, tagByName, existing, problems);
    if (uscc && seen.has(uscc)) {
      problems.push({
        row: row.rowNumber,
        column: letterOf('uscc'),
        text: {
          zh: `与第 ${seen.get(uscc)} 行的统一社会信用代码重复`,
          en: `Same USCC as row ${seen.get(uscc)}`,
        },
      });
    }
    if (uscc) seen.set(uscc, row.rowNumber);
    if (existing && options.writer.scope !== 'system') {
      const scope = options.writer.scope;
      const inScope =
        isOrgUnitInScope(existing.orgPath, scope) ||
        (existing.parkPath !== null && isOrgUnitInScope(existing.parkPath, scope));
      if (!inScope) {
        problems.push({
          row: row.rowNumber,
          column: letterOf('uscc'),
          text: {
            zh: '该企业已登记在您管理范围以外的地区，不能由您修改',
            en: 'This enterprise is registered outside your scope',
          },
        });
      }
    }
    // Every rule is checked even when a cell could not be read, so the clerk sees all of a
    // row's problems at once; a column already reported is not reported twice.
    const reported = new Set(problems.slice(before).map((p) => p.column));
    const report = (column: string, text: LocalizedText) => {
      if (!reported.has(column)) problems.push({ row: row.rowNumber, column, text });
      reported.add(column);
    };
    let prepared: PreparedEnterprise | undefined;
    const parsed = ZEnterpriseInput.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        report(letterOf(key), {
          zh: fieldIssueZh(key, issue.message),
          en: `${key}: ${issue.message}`,
        });
      }
    } else {
      const checked = prepareEnterprise(lookups, options.writer, parsed.data, existing);
      if (checked.ok) prepared = checked.value;
      else for (const p of checked.problems) report(letterOf(p.field), p.text);
    }
    if (problems.length > before) prepared = undefined;
    const base = { row: row.rowNumber, uscc: uscc || null, name: row.values.name ?? null };
    if (!prepared) {
      result.push({ ...base, outcome: 'error' });
      continue;
    }
    if (!existing) {
      result.push({ ...base, outcome: 'created' });
      writes.push({ values: prepared, existing });
      continue;
    }
    const changes = changedFields(existing, withFormerName(existing, prepared));
    if (changes.length === 0) result.push({ ...base, outcome: 'unchanged' });
    else {
      result.push({ ...base, outcome: 'updated', changes });
      writes.push({ values: prepared, existing });
    }
  }

  const count = (o: string) => result.filter((r) => r.outcome === o).length;
  const commit = !options.dryRun && problems.length === 0;
  if (commit) {
    await deps.db.transaction(async (tx) => {
      const mappings = await listChainMappings(tx);
      for (const w of writes) await storeEnterprise(tx, ctx, w.values, w.existing, mappings);
      await recordAudit(tx, ctx, {
        action: 'import',
        entity: 'enterprise',
        after: {
          file: file.fileName,
          created: count('created'),
          updated: count('updated'),
          unchanged: count('unchanged'),
        },
      });
    });
  }
  return {
    dryRun: options.dryRun,
    committed: commit,
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    errors: problems.map((p) => ({ row: p.row, column: p.column, message: tr(p.text) })),
    rows: result,
  };
}

const FIELD_ZH: Partial<Record<string, string>> = {
  uscc: '统一社会信用代码',
  name: '企业名称',
  formerNames: '曾用名',
  contactPhone: '联系电话',
  legalRepresentative: '法定代表人',
  address: '地址',
};

function fieldIssueZh(key: string, message: string): string {
  const label = FIELD_ZH[key] ?? key;
  if (/too small|>=/i.test(message)) return `${label}太短或未填写`;
  if (/too big|<=/i.test(message)) return `${label}太长`;
  return `${label}格式不正确`;
}

const sheetColumn = (c: ColumnSpec & { key: Key }, header: string) => ({
  header,
  width: c.key === 'name' || c.key === 'address' ? 32 : 16,
  text: TEXT_COLUMNS.has(c.key),
});

/** The template: the column headers in Chinese, one example row and the industry-code hint. */
export async function enterpriseTemplate(): Promise<Buffer> {
  return writeWorkbook([
    {
      name: '企业名录',
      title: '企业名录导入模板（带 * 的列必填；注册资本单位为万元，也可在表头写明“元”）',
      columns: ENTERPRISE_COLUMNS.map((c) =>
        sheetColumn(c, `${c.label.zh}${c.required ? ' *' : ''}`),
      ),
      rows: [
        [
          '91451302MA5KXXXXXX（示例，请替换）',
          '来宾市示例糖业有限公司',
          '',
          '张三',
          '来宾市兴宾区凤凰镇',
          '兴宾区',
          '凤凰镇',
          '凤凰工业园',
          '1340',
          '5000',
          '2010-06-18',
          '在营',
          '李四',
          '0772-4212345',
          '龙头企业',
        ],
      ],
    },
  ]);
}

export const EXPORT_LIMIT = 50_000;

const STATUS_ZH: Record<TEnterpriseInput['status'], string> = {
  operating: '在营',
  stopped: '停产',
  closed: '注销',
};

/**
 * The filtered list as a workbook with the import's columns (so an export can be edited and
 * imported again), plus 四上 category and chains.
 */
export async function exportEnterprises(
  deps: Deps,
  scope: Scope,
  query: TFindEnterprisesQuery,
): Promise<Buffer> {
  const page = await findEnterprises(deps.db, scope, { ...query, page: 1, pageSize: EXPORT_LIMIT });
  const chains = await listEnterpriseChains(
    deps.db,
    page.items.map((e) => e.id),
  );
  const tagNames = new Map((await listEnterpriseTags(deps.db)).map((t) => [t.code, t.name]));
  const chainNames = (id: number) =>
    chains
      .filter((c) => c.enterpriseId === id)
      .map((c) => c.name)
      .join('、');
  return writeWorkbook([
    {
      name: '企业名录',
      columns: [
        ...ENTERPRISE_COLUMNS.map((c) => sheetColumn(c, c.label.zh)),
        { header: '四上类别', width: 16 },
        { header: '所属产业链', width: 28 },
      ],
      rows: page.items.map((e) => [
        e.uscc,
        e.name,
        e.formerNames.join('、'),
        e.legalRepresentative,
        e.address,
        e.countyName,
        e.townshipName,
        e.parkName,
        e.industryCode,
        e.registeredCapital === null ? null : Number(e.registeredCapital),
        e.foundedOn,
        STATUS_ZH[e.status],
        e.contactPerson,
        e.contactPhone,
        e.tags.map((t) => tagNames.get(t) ?? t).join('、'),
        e.scaleCategory ? SCALE_CATEGORY_LABELS[e.scaleCategory].zh : '',
        chainNames(e.id),
      ]),
    },
  ]);
}
