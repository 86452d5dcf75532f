import {
  canConvertToProject,
  checkLeadStageChange,
  currentLeadStage,
  isFollowUpOverdue,
  isOrgUnitInScope,
  leadFunnel,
  leadSignedOn,
  type LeadEvent,
  type LeadFunnel,
  exhaustiveSwitchError,
  type Scope,
} from '@gongyeyun/core';
import type {
  TFindLeadsQuery,
  TLead,
  TLeadConvertInput,
  TLeadFunnelQuery,
  TLeadFunnels,
  TLeadInput,
  TLeadStageInput,
  TLeadUpdate,
  TPage,
} from '@gongyeyun/contract';
import {
  findLeadInScope,
  findLeads,
  findOrgUnitInScope,
  insertLead,
  insertLeadEvents,
  insertProjectStageEvents,
  listLeadEvents,
  updateLead,
  updateProject,
  type Database,
  type LeadEventRow,
  type LeadWithNames,
} from '@gongyeyun/db';
import type { RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import type { Writer } from '../enterprises/enterprise-rules';
import {
  countyOfPark,
  loadProjectLookups,
  prepareProject,
  throwProblems,
  today,
} from './project-rules';
import { storeNewProject } from './projects.service';

const LEAD = { zh: '该招商线索', en: 'Lead' };
type Ctx = RequestContext & { systemName?: string };

export const leadEventOf = (e: Pick<LeadEventRow, 'stage' | 'occurredOn' | 'reason'>): LeadEvent =>
  e.stage === 'dropped'
    ? { stage: 'dropped', occurredOn: e.occurredOn, reason: e.reason ?? '' }
    : { stage: e.stage, occurredOn: e.occurredOn };

function presentLead(row: LeadWithNames, events: LeadEventRow[], day: string): TLead {
  const own = events.filter((e) => e.leadId === row.id);
  const core = own.map(leadEventOf);
  return {
    id: row.id,
    name: row.name,
    investor: row.investor,
    sourceRegion: row.sourceRegion,
    chainId: row.chainId,
    chainName: row.chainName,
    sector: row.sector,
    intendedInvestment: row.intendedInvestment,
    orgUnitId: row.orgUnitId,
    orgUnitName: row.orgUnitName,
    responsibleOfficial: row.responsibleOfficial,
    nextAction: row.nextAction,
    nextActionOn: row.nextActionOn,
    stage: row.stage,
    signedOn: row.signedOn,
    projectId: row.projectId,
    projectName: row.projectName,
    isOverdue: isFollowUpOverdue({ events: core, nextActionOn: row.nextActionOn }, day),
    canConvert: canConvertToProject({ events: core, projectId: row.projectId?.toString() }),
    note: row.note,
    events: own.map((e) => ({
      id: e.id,
      stage: e.stage,
      occurredOn: e.occurredOn,
      reason: e.reason,
      createdAt: e.createdAt.toISOString(),
    })),
    createdAt: row.createdAt.toISOString(),
  };
}

export async function findLeadsPage(
  deps: Deps,
  scope: Scope,
  query: TFindLeadsQuery,
  day = today(),
): Promise<TPage<TLead>> {
  const under = query.orgUnitId ? await findOrgUnitInScope(deps.db, scope, query.orgUnitId) : null;
  if (query.orgUnitId && !under) throw notFound({ zh: '该组织机构', en: 'Org unit' });
  const page = await findLeads(deps.db, scope, {
    ...query,
    underPath: under?.path,
    overdueBefore: query.isOverdue ? day : undefined,
  });
  const events = await listLeadEvents(
    deps.db,
    page.items.map((l) => l.id),
  );
  return {
    items: page.items.map((l) => presentLead(l, events, day)),
    total: page.total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getLead(
  deps: Deps,
  scope: Scope,
  id: number,
  db: Database = deps.db,
): Promise<TLead> {
  const row = await findLeadInScope(db, scope, id);
  if (!row) throw notFound(LEAD);
  return presentLead(row, await listLeadEvents(db, [id]), today());
}

async function checkLeadFields(
  deps: Deps,
  writer: Writer,
  input: Pick<TLeadInput, 'orgUnitId' | 'chainId'>,
) {
  const lookups = await loadProjectLookups(deps.db);
  const unit = lookups.orgUnits.get(input.orgUnitId);
  const problems: { field: string; text: { zh: string; en: string } }[] = [];
  if (!unit || unit.kind === 'department' || unit.kind === 'township') {
    problems.push({
      field: 'orgUnitId',
      text: {
        zh: '责任单位须为市、县（市、区）或园区',
        en: 'The unit must be a city, county or park',
      },
    });
  } else if (writer.scope !== 'system' && !isOrgUnitInScope(unit.path, writer.scope)) {
    problems.push({
      field: 'orgUnitId',
      text: { zh: '责任单位不在您的管理范围内', en: 'The unit is outside your scope' },
    });
  }
  if (input.chainId !== null && !lookups.chains.has(input.chainId)) {
    problems.push({ field: 'chainId', text: { zh: '产业链不存在', en: 'No such chain' } });
  }
  if (problems.length) throwProblems(problems);
  return unit!;
}

export async function createLead(
  deps: Deps,
  ctx: Ctx,
  writer: Writer,
  input: TLeadInput,
  day = today(),
): Promise<number> {
  const unit = await checkLeadFields(deps, writer, input);
  const first: LeadEvent = { stage: input.stage, occurredOn: input.occurredOn };
  const checked = checkLeadStageChange([], first, day);
  if (!checked.ok) throwProblems([{ field: 'occurredOn', text: checked.error }]);
  const { stage, occurredOn, ...fields } = input;
  return deps.db.transaction(async (tx) => {
    const lead = await insertLead(tx, {
      ...fields,
      orgPath: unit.path,
      stage,
      signedOn: leadSignedOn([first]),
    });
    await insertLeadEvents(tx, [
      { leadId: lead.id, stage, occurredOn, createdBy: ctx.actor?.userId ?? null },
    ]);
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'lead',
      entityId: lead.id,
      after: input,
    });
    return lead.id;
  });
}

export async function editLead(
  deps: Deps,
  ctx: Ctx,
  scope: Scope,
  writer: Writer,
  id: number,
  patch: TLeadUpdate,
): Promise<TLead> {
  const current = await getLead(deps, scope, id);
  const unit = await checkLeadFields(deps, writer, {
    orgUnitId: patch.orgUnitId ?? current.orgUnitId,
    chainId: patch.chainId === undefined ? current.chainId : patch.chainId,
  });
  const before = Object.fromEntries(Object.keys(patch).map((k) => [k, current[k as keyof TLead]]));
  return deps.db.transaction(async (tx) => {
    await updateLead(tx, id, { ...patch, orgPath: unit.path });
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'lead',
      entityId: id,
      before,
      after: patch,
    });
    return getLead(deps, scope, id, tx);
  });
}

/** Appends a dated stage change (终止 with its reason) and brings the lead's stage up to date. */
export async function addLeadStage(
  deps: Deps,
  ctx: Ctx,
  scope: Scope,
  id: number,
  input: TLeadStageInput,
  day = today(),
): Promise<TLead> {
  await getLead(deps, scope, id);
  return deps.db.transaction(async (tx) => {
    const events = (await listLeadEvents(tx, [id])).map(leadEventOf);
    const next: LeadEvent =
      input.stage === 'dropped'
        ? { stage: 'dropped', occurredOn: input.occurredOn, reason: input.reason ?? '' }
        : { stage: input.stage, occurredOn: input.occurredOn };
    const checked = checkLeadStageChange(events, next, day);
    if (!checked.ok) {
      throwProblems([
        { field: input.stage === 'dropped' ? 'reason' : 'stage', text: checked.error },
      ]);
    }
    const [event] = await insertLeadEvents(tx, [
      {
        leadId: id,
        stage: input.stage,
        occurredOn: input.occurredOn,
        reason: input.reason,
        createdBy: ctx.actor?.userId ?? null,
      },
    ]);
    const all = [...events, next];
    await updateLead(tx, id, { stage: currentLeadStage(all), signedOn: leadSignedOn(all) });
    await recordAudit(tx, ctx, {
      action: 'stage_changed',
      entity: 'lead',
      entityId: id,
      after: event,
    });
    return getLead(deps, scope, id, tx);
  });
}

/**
 * Creates the major project of a signed lead from the lead's own data (name, investor as owner,
 * chain, sector, intended investment, responsible unit and official) and links the two. The
 * county is the lead's unit, or its park's county, unless given. A lead already at 开工 gives
 * the project its start on the same day.
 */
export async function convertLead(
  deps: Deps,
  ctx: Ctx,
  scope: Scope,
  writer: Writer,
  id: number,
  input: TLeadConvertInput,
): Promise<{ projectId: number }> {
  const lead = await getLead(deps, scope, id);
  if (!lead.canConvert) {
    throwProblems([
      {
        field: 'stage',
        text: lead.projectId
          ? { zh: '该线索已转为项目', en: 'The lead was already converted into a project' }
          : {
              zh: '只有已签约且未终止的线索才能转为项目',
              en: 'Only a signed lead that was not dropped can become a project',
            },
      },
    ]);
  }
  const lookups = await loadProjectLookups(deps.db);
  const unit = lookups.orgUnits.get(lead.orgUnitId);
  const parkId = input.parkId ?? (unit?.kind === 'park' ? unit.id : null);
  const countyId =
    input.countyId ??
    (unit?.kind === 'county'
      ? unit.id
      : countyOfPark(lookups, parkId === null ? undefined : lookups.orgUnits.get(parkId)));
  const prepared = prepareProject(lookups, writer, {
    code: input.code,
    name: lead.name,
    enterpriseId: null,
    ownerName: lead.investor,
    countyId,
    parkId,
    chainId: lead.chainId,
    sector: lead.sector,
    kind: input.kind,
    level: input.level,
    totalInvestment: lead.intendedInvestment ?? '0',
    annualPlannedInvestment: null,
    planYear: null,
    plannedStartOn: input.plannedStartOn,
    plannedCompletionOn: null,
    plannedProductionOn: null,
    responsibleUnitId: lead.orgUnitId,
    responsibleOfficial: lead.responsibleOfficial,
    note: lead.note,
  });
  if (!prepared.ok) throwProblems(prepared.problems);
  const started = lead.events.find((e) => e.stage === 'started' || e.stage === 'in_production');
  return deps.db.transaction(async (tx) => {
    const project = await storeNewProject(tx, ctx, prepared.value);
    if (started) {
      await insertProjectStageEvents(tx, [
        {
          projectId: project.id,
          stage: 'started',
          occurredOn: started.occurredOn,
          createdBy: ctx.actor?.userId ?? null,
        },
      ]);
      await updateProject(tx, project.id, { stage: 'started', startedOn: started.occurredOn });
    }
    await updateLead(tx, id, { projectId: project.id });
    await recordAudit(tx, ctx, {
      action: 'converted',
      entity: 'lead',
      entityId: id,
      after: { projectId: project.id },
    });
    return { projectId: project.id };
  });
}

/** The funnel of the leads in scope, whole or by chain, source region or responsible unit. */
export async function leadFunnels(
  deps: Deps,
  scope: Scope,
  query: TLeadFunnelQuery,
): Promise<TLeadFunnels> {
  const leads = await findLeads(deps.db, scope, { page: 1, pageSize: 1_000_000 });
  const events = await listLeadEvents(
    deps.db,
    leads.items.map((l) => l.id),
  );
  const byLead = new Map<number, LeadEvent[]>();
  for (const e of events) byLead.set(e.leadId, [...(byLead.get(e.leadId) ?? []), leadEventOf(e)]);
  const records = leads.items.map((l) => ({ ...l, events: byLead.get(l.id) ?? [] }));
  const present = (f: LeadFunnel) => ({
    total: f.total,
    dropped: f.dropped,
    stages: f.stages,
    conversions: f.conversions.map((c) => ({ ...c, percent: c.percent ?? null })),
  });
  if (query.groupBy === 'none') {
    return { groups: [{ key: 'all', name: '', funnel: present(leadFunnel(records)) }] };
  }
  const groupBy = query.groupBy;
  const keyOf = (l: (typeof records)[number]): string => {
    switch (groupBy) {
      case 'chain':
        return l.chainName ?? '—';
      case 'source':
        return l.sourceRegion ?? '—';
      case 'unit':
        return l.orgUnitName;
      default:
        return exhaustiveSwitchError(groupBy, 'funnel grouping');
    }
  };
  const groups = leadFunnel(records, keyOf);
  return {
    groups: [...groups]
      .map(([key, f]) => ({ key, name: key, funnel: present(f) }))
      .sort((a, b) => b.funnel.total - a.funnel.total),
  };
}
