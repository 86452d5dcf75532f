import { currentLeadStage, currentStage, leadSignedOn, stageDates } from '@gongyeyun/core';
import {
  findOrgUnitByCode,
  insertLead,
  insertLeadEvents,
  insertProject,
  insertProjectProgressRows,
  insertProjectStageEvents,
  listChains,
  upsertProjectTask,
  type Database,
  type OrgUnitRow,
} from '@gongyeyun/db';
import type { RequestContext } from '../context';
import { recordAudit } from '../modules/audit/audit.service';
import { generateDemoLeads, generateDemoProjects, generateDemoTasks } from './demo-projects';

type Ctx = RequestContext & { systemName?: string };

/** The demo's major projects, their tasks and the investment leads (needs the "345" chains). */
export async function loadDemoProjects(tx: Database, ctx: Ctx, today = new Date()): Promise<void> {
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
  const chainIds = new Map((await listChains(tx)).map((c) => [c.code, c.id]));
  const chainOf = (code: string | null) => (code === null ? null : (chainIds.get(code) ?? null));

  const projects = generateDemoProjects();
  const events = [];
  const progress = [];
  for (const p of projects) {
    const county = await unit(p.countyCode);
    const park = p.parkCode ? await unit(p.parkCode) : null;
    const row = await insertProject(tx, {
      code: p.code,
      name: p.name,
      ownerName: p.ownerName,
      countyId: county.id,
      parkId: park?.id ?? null,
      orgPath: county.path,
      parkPath: park?.path ?? null,
      chainId: chainOf(p.chainCode),
      sector: p.sector,
      kind: p.kind,
      level: p.level,
      totalInvestment: p.totalInvestment,
      annualPlannedInvestment: p.annualPlannedInvestment,
      planYear: p.planYear,
      plannedStartOn: p.plannedStartOn,
      plannedCompletionOn: p.plannedCompletionOn,
      stage: currentStage(p.events),
      ...stageDates(p.events),
      responsibleUnitId: county.id,
      responsibleOfficial: p.responsibleOfficial,
    });
    events.push(...p.events.map((e) => ({ projectId: row.id, ...e })));
    progress.push(
      ...p.progress.map(([year, month, thisMonth, toDate]) => ({
        projectId: row.id,
        year,
        month,
        investmentThisMonth: thisMonth,
        investmentToDate: toDate,
        imageProgress: '主体工程按计划推进',
      })),
    );
  }
  for (let i = 0; i < events.length; i += 500) {
    await insertProjectStageEvents(tx, events.slice(i, i + 500));
  }
  await insertProjectProgressRows(tx, progress);

  for (const task of generateDemoTasks()) {
    const u = await unit(task.unitCode);
    await upsertProjectTask(tx, {
      year: task.year,
      orgUnitId: u.id,
      orgPath: u.path,
      metric: task.metric,
      target: task.target,
    });
  }

  const leads = generateDemoLeads();
  const leadEvents = [];
  for (const l of leads) {
    const u = await unit(l.unitCode);
    const next =
      l.nextActionInDays === null
        ? null
        : new Date(today.getTime() + l.nextActionInDays * 86_400_000).toISOString().slice(0, 10);
    const row = await insertLead(tx, {
      name: l.name,
      investor: l.investor,
      sourceRegion: l.sourceRegion,
      chainId: chainOf(l.chainCode),
      sector: l.sector,
      intendedInvestment: l.intendedInvestment,
      orgUnitId: u.id,
      orgPath: u.path,
      responsibleOfficial: l.responsibleOfficial,
      nextAction: l.nextAction,
      nextActionOn: next,
      stage: currentLeadStage(l.events),
      signedOn: leadSignedOn(l.events),
    });
    leadEvents.push(
      ...l.events.map((e) => ({
        leadId: row.id,
        stage: e.stage,
        occurredOn: e.occurredOn,
        reason: e.stage === 'dropped' ? e.reason : null,
      })),
    );
  }
  for (let i = 0; i < leadEvents.length; i += 500) {
    await insertLeadEvents(tx, leadEvents.slice(i, i + 500));
  }
  await recordAudit(tx, ctx, {
    action: 'create',
    entity: 'project',
    after: { demo: true, projects: projects.length, leads: leads.length },
  });
}
