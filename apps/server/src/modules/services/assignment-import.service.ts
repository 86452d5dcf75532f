import {
  isOrgUnitInScope,
  parseDate,
  pickText,
  type ColumnSpec,
  type Locale,
  type LocalizedText,
  type Scope,
} from '@gongyeyun/core';
import type { TImportResult } from '@gongyeyun/contract';
import {
  assignCommissioner,
  findEnterprisesByUscc,
  findUserByUsername,
  listAssignments,
  listGrants,
} from '@gongyeyun/db';
import type { RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { recordAudit } from '../audit/audit.service';
import { readImportTable } from '../enterprises/import-table';

/** The columns of the commissioner assignment spreadsheet. */
export const ASSIGNMENT_COLUMNS: ColumnSpec[] = [
  {
    key: 'uscc',
    label: { zh: '统一社会信用代码', en: 'USCC' },
    aliases: ['社会信用代码', '信用代码', 'USCC'],
    required: true,
  },
  {
    key: 'commissioner',
    label: { zh: '特派员账号', en: 'Commissioner user name' },
    aliases: ['特派员', '特派员用户名', '用户名', 'Commissioner'],
    required: true,
  },
  {
    key: 'assignedOn',
    label: { zh: '指派日期', en: 'Assigned on' },
    aliases: ['日期', 'Assigned on'],
    required: false,
  },
];

/**
 * Assigns lead commissioners from a spreadsheet: every row checked (the enterprise in the
 * caller's scope, the user a commissioner, the date), each problem named by row and column;
 * all rows written in one transaction, and only when no row is wrong and it is not a dry run.
 */
export async function importAssignments(
  deps: Deps,
  ctx: RequestContext,
  scope: Scope,
  file: { buffer: Buffer; fileName: string },
  options: { dryRun: boolean; locale: Locale; today: string },
): Promise<TImportResult> {
  const tr = (t: LocalizedText) => pickText(t, options.locale);
  const { rows, letterOf: letter } = await readImportTable(file, ASSIGNMENT_COLUMNS);
  const usccOf = (v: string | null | undefined) => (v ?? '').replace(/\s/g, '').toUpperCase();
  const enterprises = new Map(
    (
      await findEnterprisesByUscc(
        deps.db,
        rows.map((r) => usccOf(r.values.uscc)),
      )
    ).map((e) => [e.uscc, e]),
  );
  const current = new Map(
    (
      await listAssignments(
        deps.db,
        [...enterprises.values()].map((e) => e.id),
      )
    ).map((a) => [a.enterpriseId, a.userId]),
  );
  const commissioners = new Map<string, number | null>();
  const errors: TImportResult['errors'] = [];
  const result: TImportResult['rows'] = [];
  const writes: { enterpriseId: number; userId: number; assignedOn: string }[] = [];
  for (const row of rows) {
    const problem = (key: string, text: LocalizedText) =>
      errors.push({ row: row.rowNumber, column: letter(key), message: tr(text) });
    const before = errors.length;
    const uscc = usccOf(row.values.uscc);
    const enterprise = enterprises.get(uscc);
    if (
      !enterprise ||
      !(
        isOrgUnitInScope(enterprise.orgPath, scope) ||
        (enterprise.parkPath !== null && isOrgUnitInScope(enterprise.parkPath, scope))
      )
    )
      problem('uscc', {
        zh: '企业不存在或不在您的管理范围内',
        en: 'No such enterprise in your scope',
      });
    const username = (row.values.commissioner ?? '').trim();
    if (!commissioners.has(username)) {
      const user = username ? await findUserByUsername(deps.db, username) : undefined;
      const isCommissioner =
        user !== undefined &&
        user.isActive &&
        (await listGrants(deps.db, [user.id])).some((g) => g.role === 'commissioner');
      commissioners.set(username, isCommissioner ? user.id : null);
    }
    const userId = commissioners.get(username) ?? null;
    if (userId === null)
      problem('commissioner', { zh: '该账号不是特派员', en: 'The account is not a commissioner' });
    let assignedOn = options.today;
    if (row.values.assignedOn) {
      const parsed = parseDate(row.cells.assignedOn);
      if (parsed.ok) assignedOn = parsed.value;
      else problem('assignedOn', parsed.error);
    }
    if (errors.length > before || !enterprise || userId === null) {
      result.push({
        row: row.rowNumber,
        uscc: uscc || null,
        name: enterprise?.name ?? null,
        outcome: 'error',
      });
      continue;
    }
    const existing = current.get(enterprise.id);
    const outcome =
      existing === undefined ? 'created' : existing === userId ? 'unchanged' : 'updated';
    result.push({ row: row.rowNumber, uscc, name: enterprise.name, outcome });
    if (outcome !== 'unchanged') writes.push({ enterpriseId: enterprise.id, userId, assignedOn });
  }
  const committed = !options.dryRun && errors.length === 0;
  if (committed && writes.length > 0)
    await deps.db.transaction(async (tx) => {
      for (const w of writes) await assignCommissioner(tx, w.enterpriseId, w.userId, w.assignedOn);
      await recordAudit(tx, ctx, {
        action: 'import_assignments',
        entity: 'commissioner_assignment',
        entityId: null,
        after: { file: file.fileName, rows: writes.length },
      });
    });
  const count = (o: string) => result.filter((r) => r.outcome === o).length;
  return {
    dryRun: options.dryRun,
    committed,
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    errors,
    rows: result,
  };
}
