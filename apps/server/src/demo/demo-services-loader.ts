import {
  applyTicketStep,
  deadlineRuleFor,
  exhaustiveSwitchError,
  isPublicAction,
  ticketDeadlines,
  type TicketSituation,
} from '@gongyeyun/core';
import {
  findOrgUnitByCode,
  findUserByUsername,
  insertCommissionerAssignments,
  insertRoutingRules,
  insertTicketDepartmentRows,
  insertTicketEvents,
  insertTicketRows,
  insertVisits,
  listEnterprisesOfCategory,
  listGrants,
  updateTicket,
  type Database,
  type NewTicketEventRow,
  type NewTicketRow,
  type NewVisitRow,
  type OrgUnitRow,
} from '@gongyeyun/db';
import type { RequestContext } from '../context';
import { recordAudit } from '../modules/audit/audit.service';
import { ensureServiceCatalogue } from '../modules/services/desk.service';
import { loadDeskConfig } from '../modules/services/tickets.service';
import { makeRng } from './demo-registry';
import { DEMO_ROUTING, generateDemoTickets } from './demo-services';

type Ctx = RequestContext & { systemName?: string };

/** The commissioner login of each county. */
export const DEMO_COMMISSIONERS: Record<string, string> = {
  '451302': 'commissioner',
  '451321': 'commissioner-xincheng',
  '451322': 'commissioner-xiangzhou',
  '451323': 'commissioner-wuxuan',
  '451324': 'commissioner-jinxiu',
  '451381': 'commissioner-heshan',
};

const at = (day: string, hour: number) =>
  new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);

/**
 * Enterprise services of the demo: the catalogue and routing, a lead commissioner for every
 * 规上 industrial enterprise (its county's), their visits of 2021 and a few hundred tickets.
 */
export async function loadDemoServices(tx: Database, ctx: Ctx, boundEnterpriseId: number | null) {
  await ensureServiceCatalogue(tx);
  const units = new Map<string, OrgUnitRow>();
  const unit = async (code: string): Promise<OrgUnitRow> => {
    let row = units.get(code);
    if (!row) {
      row = await findOrgUnitByCode(tx, code);
      if (!row) throw new Error(`demo: no org unit ${code}`);
      units.set(code, row);
    }
    return row;
  };
  const rules = [];
  for (const [categoryCode, route] of Object.entries(DEMO_ROUTING)) {
    rules.push({
      categoryCode,
      areaId: null,
      leadDepartmentId: (await unit(route.lead)).id,
      assistingDepartmentIds: await Promise.all(
        route.assisting.map(async (c) => (await unit(c)).id),
      ),
    });
  }
  await insertRoutingRules(tx, rules);

  // Commissioners and visits.
  const enterprises = await listEnterprisesOfCategory(tx, 'industry');
  const commissionerOfCounty = new Map<number, number>();
  for (const [code, username] of Object.entries(DEMO_COMMISSIONERS)) {
    const user = await findUserByUsername(tx, username);
    if (user) commissionerOfCounty.set((await unit(code)).id, user.id);
  }
  const rng = makeRng(4513);
  const assignments = [];
  const visits: NewVisitRow[] = [];
  for (const e of enterprises) {
    const userId = commissionerOfCounty.get(e.countyId);
    if (!userId || rng.chance(0.06)) continue; // a few left uncovered, for the coverage view
    assignments.push({ enterpriseId: e.id, userId, assignedOn: '2021-01-04' });
    const n = rng.int(0, 4);
    for (let i = 0; i < n; i += 1) {
      const day = new Date(Date.parse('2021-01-05') + rng.int(0, 175) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      visits.push({
        enterpriseId: e.id,
        commissionerId: userId,
        visitedOn: day,
        peopleMet: rng.pick(['总经理', '生产副总', '财务总监', '办公室主任']),
        topics: rng.pick(['生产经营情况', '技改项目进展', '用工需求', '融资需求', '上规入统辅导']),
        problemsFound: rng.chance(0.3)
          ? rng.pick(['用电容量不足', '缺少技术工人', '流动资金紧张'])
          : null,
      });
    }
  }
  await insertCommissionerAssignments(tx, assignments);
  await insertVisits(tx, visits);

  // Tickets.
  const config = await loadDeskConfig(tx);
  const pool = boundEnterpriseId
    ? [enterprises.find((e) => e.id === boundEnterpriseId) ?? enterprises[0]!, ...enterprises]
    : enterprises;
  const generated = generateDemoTickets(pool.length, config.calendar);
  // The demo enterprise user's enterprise gets a handful of its own.
  for (const [i, t] of generated.entries()) if (i % 40 === 0) t.enterpriseIndex = 0;
  const handlers = new Map<number, number>();
  for (const username of ['handler-power', 'handler-land']) {
    const user = await findUserByUsername(tx, username);
    if (user) for (const g of await listGrants(tx, [user.id])) handlers.set(g.orgUnitId, user.id);
  }
  const rows: NewTicketRow[] = [];
  const departmentsOf: { departmentId: number; departmentPath: string; lead: boolean }[][] = [];
  const eventsOf: Omit<NewTicketEventRow, 'ticketId'>[][] = [];
  const filer =
    (await findUserByUsername(tx, 'enterprise'))?.id ?? (await findUserByUsername(tx, 'admin'))!.id;
  for (const t of generated) {
    const e = pool[t.enterpriseIndex]!;
    let situation: TicketSituation | null = null;
    const row: NewTicketRow = {
      enterpriseId: e.id,
      orgPath: e.orgPath,
      parkPath: e.parkPath,
      categoryCode: t.categoryCode,
      urgency: t.urgency,
      title: t.title,
      description: t.description,
      state: 'received',
      filedBy: filer,
      filedAt: at(t.filedOn, 9),
      noticesSent: [],
    };
    let departments: { departmentId: number; departmentPath: string; lead: boolean }[] = [];
    const events: Omit<NewTicketEventRow, 'ticketId'>[] = [];
    for (const [i, s] of t.steps.entries()) {
      const dep = s.departmentCode ? await unit(s.departmentCode) : null;
      const next = applyTicketStep(situation, {
        action: s.action,
        actor: s.actor,
        departmentId: dep ? String(dep.id) : null,
        text: s.text ?? null,
        solved: s.solved ?? null,
        satisfaction: s.satisfaction ?? null,
        mergedIntoId: s.action === 'merge' ? 'earlier' : null,
      });
      if (!next.ok) throw new Error(`demo ticket step ${s.action}: ${next.error.message.en}`);
      situation = next.value;
      const lead = row.leadDepartmentId ?? null;
      switch (s.action) {
        case 'dispatch':
        case 'reassign':
        case 'reopen': {
          const leadUnit =
            dep ?? (await unit(t.steps.findLast((x) => x.departmentCode)!.departmentCode!));
          const d = ticketDeadlines(
            s.day,
            deadlineRuleFor(config.rules, t.urgency, t.categoryCode),
            config.calendar,
          );
          Object.assign(row, {
            leadDepartmentId: leadUnit.id,
            dispatchedOn: s.day,
            signBy: d.signBy,
            replyBy: d.replyBy,
            signedOn: null,
            repliedOn: null,
            closedOn: null,
            satisfaction: null,
          });
          if (s.action === 'reopen') row.reopenCount = (row.reopenCount ?? 0) + 1;
          const route = DEMO_ROUTING[t.categoryCode];
          const assisting =
            route && route.lead === leadUnit.code
              ? await Promise.all(route.assisting.map(unit))
              : [];
          departments = [
            { departmentId: leadUnit.id, departmentPath: leadUnit.path, lead: true },
            ...assisting.map((a) => ({ departmentId: a.id, departmentPath: a.path, lead: false })),
          ];
          break;
        }
        case 'sign':
          row.signedOn = s.day;
          break;
        case 'reply':
          row.repliedOn = s.day;
          break;
        case 'send_back':
          departments = [];
          row.leadDepartmentId = null;
          break;
        case 'rate':
          row.closedOn = s.day;
          row.satisfaction = s.satisfaction ?? null;
          break;
        case 'merge':
          departments = [];
          break;
        case 'file':
        case 'progress':
        case 'note':
        case 'escalate':
        case 'close':
          break;
        default:
          return exhaustiveSwitchError(s.action, 'action');
      }
      const acting = s.actor === 'lead_department' ? (row.leadDepartmentId ?? lead) : null;
      events.push({
        action: s.action,
        actor: s.actor,
        userId: acting ? (handlers.get(acting) ?? null) : null,
        departmentId: dep?.id ?? acting,
        authorDepartmentId: acting,
        text: s.text ?? null,
        public: isPublicAction(s.action),
        data: s.action === 'rate' ? { solved: s.solved, satisfaction: s.satisfaction } : null,
        occurredAt: at(s.day, 10 + Math.min(i, 7)),
      });
    }
    row.state = situation!.state;
    row.outcome = situation!.outcome;
    rows.push(row);
    departmentsOf.push(departments);
    eventsOf.push(events);
  }
  const ids = await insertTicketRows(tx, rows);
  const events: NewTicketEventRow[] = [];
  const deps = [];
  for (const [i, id] of ids.entries()) {
    for (const e of eventsOf[i]!) events.push({ ...e, ticketId: id });
    for (const d of departmentsOf[i]!) deps.push({ ...d, ticketId: id });
  }
  await insertTicketDepartmentRows(tx, deps);
  for (const [i, t] of generated.entries())
    if (t.duplicateOf !== null && rows[i]!.state === 'merged')
      await updateTicket(tx, ids[i]!, { mergedIntoId: ids[t.duplicateOf]! });
  for (let i = 0; i < events.length; i += 1000)
    await insertTicketEvents(tx, events.slice(i, i + 1000));
  await recordAudit(tx, ctx, {
    action: 'demo_loaded',
    entity: 'services',
    entityId: null,
    after: { tickets: ids.length, visits: visits.length, assignments: assignments.length },
  });
  return { tickets: ids.length, visits: visits.length, assignments: assignments.length };
}
