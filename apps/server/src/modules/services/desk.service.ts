import {
  chinaDate,
  DEFAULT_DEADLINE_RULES,
  serviceFigures,
  serviceFiguresBy,
  type Scope,
  type ServiceFigures,
  type TicketFacts,
} from '@gongyeyun/core';
import type {
  TCoverageRow,
  TDeadlineRule,
  TPage,
  TServiceStats,
  TVisit,
} from '@gongyeyun/contract';
import {
  assignCommissioner,
  commissionerCoverage,
  findEnterpriseInScope,
  listGrants,
  findVisits,
  insertDeadlineRules,
  insertVisit,
  insertWorkCalendarDays,
  getSetting,
  listDeadlineRules,
  putSetting,
  listDepartments,
  putDeadlineRule,
  listRoutingRules,
  listTicketCategories,
  ticketFactsInScope,
  upsertTicketCategory,
  type Database,
} from '@gongyeyun/db';
import type { Actor, RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { fieldError } from '../../errors';
import { recordAudit } from '../audit/audit.service';

/** The default catalogue of problem categories. */
export const DEFAULT_TICKET_CATEGORIES = [
  { code: 'land', name: '用地', nameEn: 'Land' },
  { code: 'power', name: '用电', nameEn: 'Electricity' },
  { code: 'finance', name: '融资', nameEn: 'Financing' },
  { code: 'labour', name: '用工', nameEn: 'Labour' },
  { code: 'approval', name: '审批', nameEn: 'Approvals' },
  { code: 'logistics', name: '物流', nameEn: 'Logistics' },
  { code: 'policy', name: '政策兑现', nameEn: 'Policy benefits' },
  { code: 'other', name: '其他', nameEn: 'Other' },
];

/** 2021 public holidays and make-up working days (State Council notice of 2020-11-25). */
const HOLIDAYS_2021: [string, 'holiday' | 'workday', string][] = [
  ['2021-01-01', 'holiday', '元旦'],
  ...['11', '12', '13', '14', '15', '16', '17'].map((d): [string, 'holiday', string] => [
    `2021-02-${d}`,
    'holiday',
    '春节',
  ]),
  ['2021-02-07', 'workday', '春节调休'],
  ['2021-02-20', 'workday', '春节调休'],
  ['2021-04-05', 'holiday', '清明节'],
  ...['01', '02', '03', '04', '05'].map((d): [string, 'holiday', string] => [
    `2021-05-${d}`,
    'holiday',
    '劳动节',
  ]),
  ['2021-04-25', 'workday', '劳动节调休'],
  ['2021-05-08', 'workday', '劳动节调休'],
  ['2021-06-14', 'holiday', '端午节'],
  ['2021-09-20', 'holiday', '中秋节'],
  ['2021-09-21', 'holiday', '中秋节'],
  ['2021-09-18', 'workday', '中秋节调休'],
  ...['01', '02', '03', '04', '05', '06', '07'].map((d): [string, 'holiday', string] => [
    `2021-10-${d}`,
    'holiday',
    '国庆节',
  ]),
  ['2021-09-26', 'workday', '国庆节调休'],
  ['2021-10-09', 'workday', '国庆节调休'],
];

/** Loads the default categories, deadline rules and the 2021 calendar when missing. */
export async function ensureServiceCatalogue(db: Database): Promise<void> {
  const existing = new Set((await listTicketCategories(db)).map((c) => c.code));
  for (const [i, c] of DEFAULT_TICKET_CATEGORIES.entries())
    if (!existing.has(c.code))
      await upsertTicketCategory(db, { ...c, sortOrder: i + 1, active: true });
  await insertDeadlineRules(db, [...DEFAULT_DEADLINE_RULES]);
  await insertWorkCalendarDays(
    db,
    HOLIDAYS_2021.map(([day, kind, name]) => ({ day, kind, name })),
  );
}

export const ticketCategories = (deps: Deps) => listTicketCategories(deps.db);

/** Adds or edits a category of the catalogue (codes stay; a category is retired, never deleted). */
export async function saveTicketCategory(
  deps: Deps,
  ctx: RequestContext,
  input: { code: string; name: string; nameEn: string; sortOrder: number; active: boolean },
) {
  return deps.db.transaction(async (tx) => {
    const before = (await listTicketCategories(tx)).find((c) => c.code === input.code) ?? null;
    const saved = await upsertTicketCategory(tx, input);
    await recordAudit(tx, ctx, {
      action: before ? 'update' : 'create',
      entity: 'ticket_category',
      entityId: null,
      before,
      after: input,
    });
    return saved;
  });
}

export const deadlineRules = (deps: Deps) => listDeadlineRules(deps.db);

export async function saveDeadlineRule(deps: Deps, ctx: RequestContext, input: TDeadlineRule) {
  if (input.categoryCode !== null) {
    const categories = await listTicketCategories(deps.db);
    if (!categories.some((c) => c.code === input.categoryCode))
      throw fieldError('categoryCode', { zh: '诉求类别不存在', en: 'No such category' });
  }
  if (input.signWorkingDays > input.replyWorkingDays)
    throw fieldError('signWorkingDays', {
      zh: '签收时限不能长于答复时限',
      en: 'The time to sign cannot exceed the time to reply',
    });
  await deps.db.transaction(async (tx) => {
    await putDeadlineRule(tx, input);
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'ticket_deadline_rule',
      entityId: null,
      after: input,
    });
  });
  return listDeadlineRules(deps.db);
}
export const routingCatalogue = (deps: Deps) => listRoutingRules(deps.db);
export const serviceDepartments = (deps: Deps) => listDepartments(deps.db);

/** No visit in this many days makes an enterprise overdue for one. */
export const VISIT_INTERVAL_DAYS = 90;

const daysBefore = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

export async function coveragePage(
  deps: Deps,
  scope: Scope,
  query: {
    page: number;
    pageSize: number;
    uncovered?: boolean | undefined;
    commissionerId?: number | undefined;
  },
  now: Date = new Date(),
): Promise<TPage<TCoverageRow>> {
  const page = await commissionerCoverage(deps.db, scope, query);
  const limit = daysBefore(chinaDate(now), VISIT_INTERVAL_DAYS);
  return {
    items: page.items.map((r) => ({
      ...r,
      visitOverdue: r.lastVisitOn === null || r.lastVisitOn < limit,
    })),
    total: page.total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Makes a commissioner the lead commissioner of an enterprise (replacing the previous one). */
export async function assignLeadCommissioner(
  deps: Deps,
  ctx: RequestContext,
  scope: Scope,
  input: { enterpriseId: number; userId: number; assignedOn: string },
  db: Database = deps.db,
): Promise<void> {
  const enterprise = await findEnterpriseInScope(db, scope, input.enterpriseId);
  if (!enterprise)
    throw fieldError('enterpriseId', {
      zh: '企业不存在或不在您的管理范围内',
      en: 'No such enterprise in your scope',
    });
  const grants = await listGrants(db, [input.userId]);
  if (!grants.some((g) => g.role === 'commissioner'))
    throw fieldError('userId', { zh: '该用户不是特派员', en: 'The user is not a commissioner' });
  await db.transaction(async (tx) => {
    const { before } = await assignCommissioner(
      tx,
      input.enterpriseId,
      input.userId,
      input.assignedOn,
    );
    await recordAudit(tx, ctx, {
      action: 'assign_commissioner',
      entity: 'enterprise',
      entityId: input.enterpriseId,
      before: { commissionerId: before },
      after: input,
    });
  });
}

export async function logVisit(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  input: {
    enterpriseId: number;
    visitedOn: string;
    peopleMet: string;
    topics: string;
    problemsFound: string | null;
  },
  now: Date = new Date(),
): Promise<TVisit> {
  const enterprise = await findEnterpriseInScope(deps.db, actor.scope, input.enterpriseId);
  if (!enterprise)
    throw fieldError('enterpriseId', {
      zh: '企业不存在或不在您的服务范围内',
      en: 'No such enterprise in your scope',
    });
  if (input.visitedOn > chinaDate(now))
    throw fieldError('visitedOn', {
      zh: '走访日期不能晚于今天',
      en: 'The visit date cannot be in the future',
    });
  return deps.db.transaction(async (tx) => {
    const row = await insertVisit(tx, { ...input, commissionerId: actor.userId });
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'visit',
      entityId: row.id,
      after: input,
    });
    return {
      ...row,
      enterpriseName: enterprise.name,
      commissionerName: actor.displayName,
    };
  });
}

export async function visitsPage(
  deps: Deps,
  scope: Scope,
  query: {
    page: number;
    pageSize: number;
    enterpriseId?: number | undefined;
    commissionerId?: number | undefined;
  },
): Promise<TPage<TVisit>> {
  const page = await findVisits(deps.db, scope, query);
  return {
    items: page.items.map((v) => ({
      id: v.id,
      enterpriseId: v.enterpriseId,
      visitedOn: v.visitedOn,
      peopleMet: v.peopleMet,
      topics: v.topics,
      problemsFound: v.problemsFound,
      commissionerId: v.commissionerId,
      enterpriseName: v.enterpriseName,
      commissionerName: v.commissionerName,
    })),
    total: page.total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

const rateOut = (r: ServiceFigures['solved']) => ({ ...r, value: r.value ?? null });
const figuresOut = (f: ServiceFigures) => ({
  ...f,
  signedOnTime: rateOut(f.signedOnTime),
  closedOnTime: rateOut(f.closedOnTime),
  solved: rateOut(f.solved),
  satisfaction: rateOut(f.satisfaction),
});

/** Desk figures of tickets filed in [from, to], by department and by category. */
export async function serviceStats(
  deps: Deps,
  actor: Actor,
  from: string,
  to: string,
  now: Date = new Date(),
): Promise<TServiceStats> {
  const rows = await ticketFactsInScope(deps.db, actor.scope, from, to);
  // A department handler's figures are its own department's.
  const own = actor.roles.every((r) => r === 'department_handler')
    ? rows.filter((r) => r.leadDepartmentId !== null)
    : rows;
  const facts: (TicketFacts & { name: string | null })[] = own.map((r) => ({
    departmentId: r.leadDepartmentId === null ? null : String(r.leadDepartmentId),
    name: r.leadDepartmentName,
    categoryCode: r.categoryCode,
    state: r.state,
    dispatchedOn: r.dispatchedOn,
    signBy: r.signBy,
    signedOn: r.signedOn,
    replyBy: r.replyBy,
    repliedOn: r.repliedOn,
    closedOn: r.closedOn,
    outcome: r.outcome,
    satisfaction: r.satisfaction,
    reopenCount: r.reopenCount,
  }));
  const today = chinaDate(now);
  const names = new Map(facts.map((f) => [f.departmentId, f.name]));
  return {
    from,
    to,
    total: figuresOut(serviceFigures(facts, today)),
    byDepartment: serviceFiguresBy(facts, (f) => f.departmentId, today)
      .filter((g) => g.key !== null)
      .map((g) => ({
        id: Number(g.key),
        name: names.get(g.key) ?? null,
        figures: figuresOut(g.figures),
      }))
      .sort((a, b) => b.figures.received - a.figures.received),
    byCategory: serviceFiguresBy(facts, (f) => f.categoryCode, today).map((g) => ({
      code: g.key!,
      figures: figuresOut(g.figures),
    })),
  };
}

const PUBLIC_SUMMARY = 'services_public_summary';
const EVERYWHERE: Scope = { orgUnitPaths: ['/'], enterpriseIds: [] };

/** Whether the desk's summary figures are published on the public page. */
export async function isPublicSummaryOn(deps: Deps): Promise<boolean> {
  return (await getSetting<{ on: boolean }>(deps.db, PUBLIC_SUMMARY))?.on === true;
}

export async function setPublicSummary(deps: Deps, ctx: RequestContext, on: boolean) {
  await deps.db.transaction(async (tx) => {
    await putSetting(tx, PUBLIC_SUMMARY, { on });
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'setting',
      entityId: null,
      after: { [PUBLIC_SUMMARY]: on },
    });
  });
}

/**
 * The public summary: the whole installation's figures by department and category for a
 * period — counts and rates only, never an enterprise or a ticket. Null when not published.
 */
export async function publicSummary(
  deps: Deps,
  from: string,
  to: string,
  now: Date = new Date(),
): Promise<TServiceStats | null> {
  if (!(await isPublicSummaryOn(deps))) return null;
  const everywhere = {
    userId: 0,
    username: 'public',
    displayName: 'public',
    locale: 'zh-CN',
    mustChangePassword: false,
    roles: [],
    grants: [],
    scope: EVERYWHERE,
    via: 'session',
    sessionId: null,
  } satisfies Actor;
  return serviceStats(deps, everywhere, from, to, now);
}
