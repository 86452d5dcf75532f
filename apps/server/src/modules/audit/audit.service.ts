import type { TAuditEntry, TFindAuditQuery, TPage } from '@gongyeyun/contract';
import type { Scope } from '@gongyeyun/core';
import {
  countOrgUnitsOutside,
  findAudit,
  insertAudit,
  type AuditRow,
  type Database,
} from '@gongyeyun/db';
import type { RequestContext } from '../../context';

export interface AuditRecord {
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  /** The account acting when the request has no actor yet (sign-in). */
  as?: { userId: number; username: string };
}

/** Writes the audit row; call it with the transaction that makes the change. */
export async function recordAudit(
  tx: Database,
  ctx: RequestContext & { systemName?: string },
  record: AuditRecord,
): Promise<void> {
  await insertAudit(tx, {
    actorUserId: record.as?.userId ?? ctx.actor?.userId ?? null,
    actorName:
      record.as?.username ??
      ctx.actor?.username ??
      (ctx.systemName ? `system:${ctx.systemName}` : 'anonymous'),
    action: record.action,
    entity: record.entity,
    entityId:
      record.entityId === undefined || record.entityId === null ? null : String(record.entityId),
    before: record.before ?? null,
    after: record.after ?? null,
    ip: ctx.ip,
    requestId: ctx.requestId,
  });
}

const present = (row: AuditRow): TAuditEntry => ({
  id: row.id,
  at: row.at.toISOString(),
  actorUserId: row.actorUserId,
  actorName: row.actorName,
  action: row.action,
  entity: row.entity,
  entityId: row.entityId,
  before: row.before ?? null,
  after: row.after ?? null,
  ip: row.ip,
});

/**
 * The audit log as the caller may see it: everything for an administrator over the whole tree;
 * for one over a part of it (a county), what the users of that part did — their records hold
 * that part's data only.
 */
export async function findAuditEntries(
  db: Database,
  scope: Scope,
  query: TFindAuditQuery,
): Promise<TPage<TAuditEntry>> {
  const whole = (await countOrgUnitsOutside(db, scope)) === 0;
  const page = await findAudit(db, {
    ...query,
    actorsWithin: whole ? undefined : scope,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
  });
  return {
    items: page.items.map(present),
    total: page.total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
