import {
  applyTicketStep,
  availableActions,
  chinaDate,
  deadlineColour,
  deadlineRuleFor,
  isOrgUnitInScope,
  isPublicAction,
  mayTakeAction,
  routeTicket,
  TICKET_ACTION_LABELS,
  ticketDeadlines,
  workCalendar,
  type DeadlineRule,
  type Role,
  type TicketAction,
  type TicketActor,
  type TicketStep,
  type WorkCalendar,
} from '@gongyeyun/core';
import type {
  TFindTicketsQuery,
  TPage,
  TTicket,
  TTicketInput,
  TTicketListItem,
  TTicketStepInput,
} from '@gongyeyun/contract';
import {
  findEnterpriseInScope,
  findOrgUnitById,
  findProjectInScope,
  findTicketInScope,
  findTickets,
  insertNotifications,
  insertTicket,
  insertTicketEvents,
  listDeadlineRules,
  listRoutingRules,
  listTicketCategories,
  listTicketDepartments,
  listTicketEvents,
  listUsersOfEnterprise,
  listUsersWithRoleAt,
  listWorkCalendarDays,
  lockTicket,
  setTicketDepartments,
  updateTicket,
  type Database,
  type NewTicketEventRow,
  type NewTicketRow,
  type TicketRow,
  type TicketWithNames,
} from '@gongyeyun/db';
import type { Actor, RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { AppError, fieldError, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { queueWebhooks, type TicketNoticeKind } from './webhooks.service';

const TICKET = { zh: '该诉求', en: 'Ticket' };
type Ctx = RequestContext & { systemName?: string };

const DISPATCHER_ROLES: readonly Role[] = ['admin', 'analyst', 'county_officer'];
export const isDispatcher = (actor: Actor): boolean =>
  actor.roles.some((r) => DISPATCHER_ROLES.includes(r));

/** The configuration the rules need: deadline rules and the work calendar. */
export async function loadDeskConfig(
  db: Database,
): Promise<{ rules: DeadlineRule[]; calendar: WorkCalendar }> {
  const [rules, days] = await Promise.all([listDeadlineRules(db), listWorkCalendarDays(db)]);
  return {
    rules: rules.map((r) => ({
      urgency: r.urgency,
      categoryCode: r.categoryCode,
      signWorkingDays: r.signWorkingDays,
      replyWorkingDays: r.replyWorkingDays,
    })),
    calendar: workCalendar(
      days.filter((d) => d.kind === 'holiday').map((d) => d.day),
      days.filter((d) => d.kind === 'workday').map((d) => d.day),
    ),
  };
}

/** How the caller stands to a ticket: every relation it has, most specific first. */
function relationsOf(
  actor: Actor,
  ticket: TicketRow,
  departments: { departmentId: number; departmentPath: string; lead: boolean }[],
): TicketActor[] {
  const out: TicketActor[] = [];
  if (actor.roles.includes('department_handler')) {
    if (departments.some((d) => d.lead && isOrgUnitInScope(d.departmentPath, actor.scope)))
      out.push('lead_department');
    if (departments.some((d) => !d.lead && isOrgUnitInScope(d.departmentPath, actor.scope)))
      out.push('assisting_department');
  }
  if (isDispatcher(actor) && isOrgUnitInScope(ticket.orgPath, actor.scope)) out.push('dispatcher');
  if (
    (ticket.enterpriseId !== null && actor.scope.enterpriseIds.includes(ticket.enterpriseId)) ||
    (actor.roles.includes('commissioner') && isOrgUnitInScope(ticket.orgPath, actor.scope))
  )
    out.push('enterprise');
  return out;
}

/** The department of the caller that acts (handlers): the first of the ticket's in scope. */
function actingDepartment(
  actor: Actor,
  departments: { departmentId: number; departmentPath: string; lead: boolean }[],
): number | null {
  const mine = departments
    .filter((d) => isOrgUnitInScope(d.departmentPath, actor.scope))
    .sort((a, b) => Number(b.lead) - Number(a.lead));
  return mine[0]?.departmentId ?? null;
}

function present(row: TicketWithNames, calendar: WorkCalendar, today: string): TTicketListItem {
  const open = row.state === 'dispatched' || row.state === 'signed';
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    projectId: row.projectId,
    categoryCode: row.categoryCode,
    urgency: row.urgency,
    title: row.title,
    state: row.state,
    outcome: row.outcome,
    leadDepartmentId: row.leadDepartmentId,
    leadDepartmentName: row.leadDepartmentName,
    filedAt: row.filedAt.toISOString(),
    signBy: row.signBy,
    replyBy: row.replyBy,
    deadlineColour: open && row.replyBy ? deadlineColour(row.replyBy, today, calendar) : null,
    satisfaction: row.satisfaction,
    reopenCount: row.reopenCount,
  };
}

export async function findTicketsPage(
  deps: Deps,
  actor: Actor,
  query: TFindTicketsQuery,
  now: Date = new Date(),
): Promise<TPage<TTicketListItem>> {
  let departmentPath: string | undefined;
  if (query.view === 'inbox') {
    // A handler's inbox: tickets its departments work now.
    const own = actor.grants.find((g) => g.role === 'department_handler');
    if (!own) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    const unit = await findOrgUnitById(deps.db, own.orgUnitId);
    departmentPath = unit?.path;
  }
  const page = await findTickets(deps.db, actor.scope, {
    page: query.page,
    pageSize: query.pageSize,
    state: query.state,
    states: query.view === 'dispatch' ? ['received', 'sent_back'] : undefined,
    categoryCode: query.categoryCode,
    enterpriseId: query.enterpriseId,
    departmentPath,
  });
  const { calendar } = await loadDeskConfig(deps.db);
  const today = chinaDate(now);
  return {
    items: page.items.map((r) => present(r, calendar, today)),
    total: page.total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The problems raised for a project that the caller may see, newest first. */
export async function listProjectTickets(
  deps: Deps,
  actor: Actor,
  projectId: number,
  now: Date = new Date(),
): Promise<TTicketListItem[]> {
  const [page, { calendar }] = await Promise.all([
    findTickets(deps.db, actor.scope, { page: 1, pageSize: 500, projectId }),
    loadDeskConfig(deps.db),
  ]);
  const today = chinaDate(now);
  return page.items.map((r) => present(r, calendar, today));
}

/**
 * One ticket as the caller may see it: the enterprise sees the public timeline only; a
 * department sees internal steps of its own department; dispatchers see everything.
 */
export async function getTicket(
  deps: Deps,
  actor: Actor,
  id: number,
  db: Database = deps.db,
  now: Date = new Date(),
): Promise<TTicket> {
  const row = await findTicketInScope(db, actor.scope, id);
  if (!row) throw notFound(TICKET);
  const [departments, events, { calendar }, project] = await Promise.all([
    listTicketDepartments(db, [id]),
    listTicketEvents(db, id),
    loadDeskConfig(db),
    // The project is shown to those who may see it.
    row.projectId === null ? undefined : findProjectInScope(db, actor.scope, row.projectId),
  ]);
  const dispatcher = isDispatcher(actor) && isOrgUnitInScope(row.orgPath, actor.scope);
  const government = dispatcher || actor.roles.includes('department_handler');
  const visible = events.filter(
    (e) =>
      e.public ||
      dispatcher ||
      (government &&
        e.authorDepartmentPath !== null &&
        isOrgUnitInScope(e.authorDepartmentPath, actor.scope) &&
        actor.roles.includes('department_handler')),
  );
  const relations = relationsOf(actor, row, departments);
  const situation = { state: row.state, outcome: row.outcome, departmentId: null };
  const actions = [
    ...new Set(relations.flatMap((r) => availableActions(situation, r))),
  ] as TicketAction[];
  return {
    ...present(row, calendar, chinaDate(now)),
    description: row.description,
    departments: departments.map((d) => ({ id: d.departmentId, name: d.name, lead: d.lead })),
    mergedIntoId: row.mergedIntoId,
    project: project ? { id: project.id, name: project.name } : null,
    events: visible.map((e) => ({
      id: e.id,
      action: e.action,
      label: TICKET_ACTION_LABELS[e.action],
      public: e.public,
      // The enterprise sees departments, not the names of officials.
      userName: government ? e.userName : null,
      departmentName: e.departmentName,
      text: e.text,
      occurredAt: e.occurredAt.toISOString(),
      data: e.data ?? null,
    })),
    actions,
    version: row.version,
  };
}

interface Routed {
  leadDepartmentId: number;
  assistingDepartmentIds: number[];
}

async function departmentRows(db: Database, routed: Routed) {
  const ids = [routed.leadDepartmentId, ...routed.assistingDepartmentIds];
  const rows = [];
  for (const [i, depId] of ids.entries()) {
    const unit = await findOrgUnitById(db, depId);
    if (!unit || unit.kind !== 'department')
      throw fieldError(i === 0 ? 'departmentId' : 'assistingDepartmentIds', {
        zh: '承办部门不存在',
        en: 'No such department',
      });
    rows.push({ departmentId: unit.id, departmentPath: unit.path, lead: i === 0 });
  }
  return rows;
}

async function notifyDepartments(
  tx: Database,
  ticket: TicketRow,
  departmentIds: number[],
  kind: TicketNoticeKind,
  key: string,
): Promise<void> {
  const handlers = await listUsersWithRoleAt(tx, 'department_handler', departmentIds);
  const text = NOTICE_TEXT[kind];
  await insertNotifications(
    tx,
    handlers.map((h) => ({
      userId: h.userId,
      key: `ticket:${ticket.id}:${key}`,
      kind: `ticket_${kind}`,
      title: `${text.zh}：${ticket.title}`,
      titleEn: `${text.en}: ${ticket.title}`,
      body: `诉求 #${ticket.id}`,
      bodyEn: `Ticket #${ticket.id}`,
      link: `/services/tickets/${ticket.id}`,
    })),
  );
  await queueWebhooks(tx, ticket, kind);
}

export const NOTICE_TEXT: Record<TicketNoticeKind, { zh: string; en: string }> = {
  assigned: { zh: '新派诉求', en: 'New ticket assigned' },
  approaching: { zh: '诉求即将到期', en: 'Ticket deadline approaching' },
  overdue: { zh: '诉求已超期（督办）', en: 'Ticket overdue (escalated)' },
  escalated_bureau: { zh: '诉求超期，市工信局督办', en: 'Ticket overdue, escalated to the bureau' },
  replied: { zh: '诉求已答复', en: 'Ticket answered' },
};

/** Dispatch-time fields: deadlines restart, signing and reply are cleared. */
function dispatchPatch(
  ticket: Pick<TicketRow, 'urgency' | 'categoryCode'>,
  config: { rules: DeadlineRule[]; calendar: WorkCalendar },
  today: string,
  leadDepartmentId: number,
): Partial<NewTicketRow> {
  const d = ticketDeadlines(
    today,
    deadlineRuleFor(config.rules, ticket.urgency, ticket.categoryCode),
    config.calendar,
  );
  return {
    leadDepartmentId,
    dispatchedOn: today,
    signBy: d.signBy,
    replyBy: d.replyBy,
    signedOn: null,
    repliedOn: null,
    noticesSent: [],
  };
}

/** Files a ticket for the caller's enterprise (or, for an official, the one named) and routes it. */
export async function fileTicket(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: TTicketInput,
  now: Date = new Date(),
): Promise<TTicket> {
  const enterpriseId = input.enterpriseId ?? actor.scope.enterpriseIds[0];
  if (!enterpriseId)
    throw fieldError('enterpriseId', { zh: '请选择企业', en: 'Choose the enterprise' });
  const enterprise = await findEnterpriseInScope(deps.db, actor.scope, enterpriseId);
  if (!enterprise)
    throw fieldError('enterpriseId', {
      zh: '企业不存在或不在您的服务范围内',
      en: 'No such enterprise in your scope',
    });
  return fileOnDesk(
    deps,
    ctx,
    actor,
    {
      ...input,
      enterpriseId,
      orgPath: enterprise.orgPath,
      parkPath: enterprise.parkPath,
      projectId: null,
      visitId: input.visitId ?? null,
    },
    now,
  );
}

/** What a ticket is filed with: the problem, whose it is and the paths it is scoped and routed by. */
export interface DeskFiling {
  enterpriseId: number | null;
  orgPath: string;
  parkPath: string | null;
  projectId: number | null;
  visitId: number | null;
  categoryCode: string;
  urgency: TTicketInput['urgency'];
  title: string;
  description: string;
}

/**
 * Files a ticket on the desk and routes it by the catalogue (category × area), in one audited
 * transaction: the one path by which problems arrive, from an enterprise, a commissioner or a
 * major project.
 */
export async function fileOnDesk(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  filing: DeskFiling,
  now: Date = new Date(),
): Promise<TTicket> {
  const { enterpriseId } = filing;
  const categories = await listTicketCategories(deps.db);
  if (!categories.some((c) => c.code === filing.categoryCode && c.active))
    throw fieldError('categoryCode', { zh: '诉求类别不存在', en: 'No such category' });
  const config = await loadDeskConfig(deps.db);
  const today = chinaDate(now);
  const id = await deps.db.transaction(async (tx) => {
    const ticket = await insertTicket(tx, {
      enterpriseId,
      projectId: filing.projectId,
      orgPath: filing.orgPath,
      parkPath: filing.parkPath,
      categoryCode: filing.categoryCode,
      urgency: filing.urgency,
      title: filing.title,
      description: filing.description,
      state: 'received',
      filedBy: actor.userId,
      filedAt: now,
      visitId: filing.visitId,
    });
    const events: NewTicketEventRow[] = [
      {
        ticketId: ticket.id,
        action: 'file',
        actor:
          enterpriseId !== null && actor.scope.enterpriseIds.includes(enterpriseId)
            ? 'enterprise'
            : 'dispatcher',
        userId: actor.userId,
        public: true,
        occurredAt: now,
      },
    ];
    const rules = await listRoutingRules(tx);
    const decision = routeTicket(
      rules.map((r) => ({
        categoryCode: r.categoryCode,
        areaPath: r.areaPath,
        leadDepartmentId: String(r.leadDepartmentId),
        assistingDepartmentIds: r.assistingDepartmentIds.map(String),
      })),
      filing.categoryCode,
      filing.parkPath && !filing.orgPath ? filing.parkPath : filing.orgPath,
    );
    if (decision.kind === 'department') {
      const routed = {
        leadDepartmentId: Number(decision.leadDepartmentId),
        assistingDepartmentIds: decision.assistingDepartmentIds.map(Number),
      };
      const rows = await departmentRows(tx, routed);
      await setTicketDepartments(tx, ticket.id, rows);
      const updated = await updateTicket(tx, ticket.id, {
        state: 'dispatched',
        ...dispatchPatch(ticket, config, today, routed.leadDepartmentId),
      });
      events.push({
        ticketId: ticket.id,
        action: 'dispatch',
        actor: 'system',
        departmentId: routed.leadDepartmentId,
        public: true,
        data: { assistingDepartmentIds: routed.assistingDepartmentIds, routing: 'catalogue' },
        occurredAt: now,
      });
      await notifyDepartments(
        tx,
        updated,
        rows.map((r) => r.departmentId),
        'assigned',
        `assigned:${updated.version}`,
      );
    }
    await insertTicketEvents(tx, events);
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'ticket',
      entityId: ticket.id,
      after: {
        categoryCode: filing.categoryCode,
        urgency: filing.urgency,
        title: filing.title,
        description: filing.description,
        enterpriseId,
        ...(filing.visitId !== null && { visitId: filing.visitId }),
        ...(filing.projectId !== null && { projectId: filing.projectId }),
        routing: decision,
      },
    });
    return ticket.id;
  });
  return getTicket(deps, actor, id, deps.db, now);
}

/** Takes one step of the 12345 loop on a ticket, as the caller. */
export async function takeTicketStep(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  id: number,
  input: TTicketStepInput,
  now: Date = new Date(),
): Promise<TTicket> {
  const seen = await findTicketInScope(deps.db, actor.scope, id);
  if (!seen) throw notFound(TICKET);
  const config = await loadDeskConfig(deps.db);
  const today = chinaDate(now);
  await deps.db.transaction(async (tx) => {
    const ticket = (await lockTicket(tx, id))!;
    if (input.version !== undefined && input.version !== ticket.version)
      throw new AppError('CONFLICT', {
        zh: '诉求已被他人处理，请刷新后重试',
        en: 'Someone else has changed this ticket; reload and try again',
      });
    const departments = await listTicketDepartments(tx, [id]);
    const relations = relationsOf(actor, ticket, departments);
    const step: TicketStep = {
      action: input.action,
      actor: 'enterprise',
      departmentId: input.departmentId === undefined ? null : String(input.departmentId),
      text: input.text ?? null,
      solved: input.solved ?? null,
      satisfaction: input.satisfaction ?? null,
      mergedIntoId: input.mergedIntoId === undefined ? null : String(input.mergedIntoId),
    };
    const situation = {
      state: ticket.state,
      outcome: ticket.outcome,
      departmentId: ticket.leadDepartmentId === null ? null : String(ticket.leadDepartmentId),
    };
    let result: ReturnType<typeof applyTicketStep> | null = null;
    let as: TicketActor | null = null;
    for (const relation of relations) {
      const r = applyTicketStep(situation, { ...step, actor: relation });
      if (r.ok || result === null) result = r;
      if (r.ok) {
        as = relation;
        break;
      }
    }
    if (result === null || !relations.some((r) => mayTakeAction(input.action, r)))
      throw new AppError('FORBIDDEN', {
        zh: '您与该诉求无关，不能办理',
        en: 'You have no part in this ticket',
      });
    if (!result.ok) {
      const e = result.error;
      throw e.field ? fieldError(e.field, e.message) : new AppError('CONFLICT', e.message);
    }
    const next = result.value;
    const patch: Partial<NewTicketRow> = { state: next.state, outcome: next.outcome };
    const event: NewTicketEventRow = {
      ticketId: id,
      action: input.action,
      actor: as!,
      userId: actor.userId,
      text: input.text ?? null,
      public: isPublicAction(input.action),
      occurredAt: now,
    };
    if (as === 'lead_department' || as === 'assisting_department')
      event.authorDepartmentId = event.departmentId = actingDepartment(actor, departments);
    let notify: { ids: number[]; kind: TicketNoticeKind } | null = null;
    switch (input.action) {
      case 'dispatch':
      case 'reassign': {
        const routed = {
          leadDepartmentId: input.departmentId!,
          assistingDepartmentIds: (input.assistingDepartmentIds ?? []).filter(
            (d) => d !== input.departmentId,
          ),
        };
        const rows = await departmentRows(tx, routed);
        await setTicketDepartments(tx, id, rows);
        Object.assign(patch, dispatchPatch(ticket, config, today, routed.leadDepartmentId));
        event.departmentId = routed.leadDepartmentId;
        event.data = { assistingDepartmentIds: routed.assistingDepartmentIds };
        notify = { ids: rows.map((r) => r.departmentId), kind: 'assigned' };
        break;
      }
      case 'sign':
        patch.signedOn = today;
        break;
      case 'reply':
        patch.repliedOn = today;
        notify = { ids: [], kind: 'replied' };
        break;
      case 'send_back':
        // The department leaves the ticket; the dispatcher re-routes it.
        await setTicketDepartments(tx, id, []);
        patch.leadDepartmentId = null;
        break;
      case 'rate':
        patch.satisfaction = input.satisfaction!;
        patch.closedOn = today;
        event.data = { solved: input.solved, satisfaction: input.satisfaction };
        break;
      case 'close':
        patch.closedOn = today;
        event.data = { solved: input.solved };
        break;
      case 'reopen': {
        const lead = ticket.leadDepartmentId!;
        const rows = await departmentRows(tx, {
          leadDepartmentId: lead,
          assistingDepartmentIds: [],
        });
        await setTicketDepartments(tx, id, rows);
        Object.assign(patch, dispatchPatch(ticket, config, today, lead), {
          reopenCount: ticket.reopenCount + 1,
          closedOn: null,
          satisfaction: null,
        });
        event.departmentId = lead;
        notify = { ids: [lead], kind: 'assigned' };
        break;
      }
      case 'merge': {
        const into = await findTicketInScope(tx, actor.scope, input.mergedIntoId!);
        if (!into || into.id === id || into.state === 'merged')
          throw fieldError('mergedIntoId', {
            zh: '并入的诉求不存在或已并单',
            en: 'The ticket to merge into does not exist or is merged itself',
          });
        await setTicketDepartments(tx, id, []);
        patch.mergedIntoId = into.id;
        event.data = { mergedIntoId: into.id };
        break;
      }
      case 'progress':
      case 'note':
      case 'escalate':
        break;
      default:
        throw new AppError('VALIDATION', { zh: '不支持的操作', en: 'Unsupported step' });
    }
    const updated = await updateTicket(tx, id, patch);
    const [saved] = await insertTicketEvents(tx, [event]);
    if (notify?.kind === 'assigned')
      await notifyDepartments(tx, updated, notify.ids, 'assigned', `assigned:${updated.version}`);
    if (notify?.kind === 'replied') {
      const users =
        ticket.enterpriseId === null ? [] : await listUsersOfEnterprise(tx, ticket.enterpriseId);
      await insertNotifications(
        tx,
        users.map((userId) => ({
          userId,
          key: `ticket:${id}:replied:${updated.version}`,
          kind: 'ticket_replied',
          title: `诉求已答复，请评价：${ticket.title}`,
          titleEn: `Your ticket was answered, please rate it: ${ticket.title}`,
          body: `诉求 #${id}`,
          bodyEn: `Ticket #${id}`,
          link: `/services/tickets/${id}`,
        })),
      );
      await queueWebhooks(tx, updated, 'replied');
    }
    await recordAudit(tx, ctx, {
      action: `ticket_${input.action}`,
      entity: 'ticket',
      entityId: id,
      before: { state: ticket.state, leadDepartmentId: ticket.leadDepartmentId },
      after: { ...input, state: next.state, eventId: saved?.id },
    });
  });
  const visible = await findTicketInScope(deps.db, actor.scope, id);
  if (visible) return getTicket(deps, actor, id, deps.db, now);
  // A department that sent the ticket back no longer works it: it sees the outcome of its
  // step, with no further action.
  const once = {
    ...actor,
    scope:
      seen.enterpriseId === null
        ? { orgUnitPaths: [seen.orgPath], enterpriseIds: [] }
        : { ...actor.scope, enterpriseIds: [seen.enterpriseId] },
  };
  return { ...(await getTicket(deps, once, id, deps.db, now)), actions: [] };
}
