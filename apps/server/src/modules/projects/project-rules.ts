import { isOrgUnitInScope, type LocalizedText } from '@gongyeyun/core';
import type { TProjectInput } from '@gongyeyun/contract';
import {
  listChains,
  listOrgUnitsInScope,
  type Database,
  type NewProjectRow,
  type OrgUnitRow,
} from '@gongyeyun/db';
import { AppError } from '../../errors';
import type { Writer } from '../enterprises/enterprise-rules';

/** What checking a project or lead needs from the database, read once (imports check many). */
export interface ProjectLookups {
  orgUnits: Map<number, OrgUnitRow>;
  chains: Map<number, string>;
}

export async function loadProjectLookups(db: Database): Promise<ProjectLookups> {
  const units = await listOrgUnitsInScope(db, { orgUnitPaths: ['/'], enterpriseIds: [] });
  const chains = await listChains(db);
  return {
    orgUnits: new Map(units.map((u) => [u.id, u])),
    chains: new Map(chains.map((c) => [c.id, c.name])),
  };
}

export interface ProjectProblem {
  field: keyof TProjectInput;
  text: LocalizedText;
}

export type PreparedProject = Omit<
  NewProjectRow,
  'id' | 'createdAt' | 'updatedAt' | 'stage' | 'startedOn' | 'completedOn' | 'productionOn'
>;

/** The county a park belongs to, when it sits directly under one. */
export function countyOfPark(lookups: ProjectLookups, park: OrgUnitRow | undefined): number | null {
  if (park?.kind !== 'park' || park.parentId === null) return null;
  return lookups.orgUnits.get(park.parentId)?.kind === 'county' ? park.parentId : null;
}

/**
 * The rules every project passes, from a form, a spreadsheet row or a converted lead: a county
 * (or a park whose county it takes), a park in that county or its city, a known chain and
 * responsible unit, planned dates in order, and a place inside the writer's scope.
 */
export function prepareProject(
  lookups: ProjectLookups,
  writer: Writer,
  input: TProjectInput,
): { ok: true; value: PreparedProject } | { ok: false; problems: ProjectProblem[] } {
  const problems: ProjectProblem[] = [];
  const fail = (field: ProjectProblem['field'], zh: string, en: string) =>
    problems.push({ field, text: { zh, en } });
  const park = input.parkId === null ? undefined : lookups.orgUnits.get(input.parkId);
  if (input.parkId !== null && park?.kind !== 'park') fail('parkId', '园区不存在', 'No such park');
  const countyId = input.countyId ?? countyOfPark(lookups, park);
  const county = countyId === null ? undefined : lookups.orgUnits.get(countyId);
  if (county?.kind !== 'county') {
    if (countyId === null) fail('countyId', '请选择项目所在县（市、区）', 'Choose the county');
    else fail('countyId', '所在县（市、区）不存在', 'No such county');
  }
  if (
    park?.kind === 'park' &&
    county !== undefined &&
    !(park.path.startsWith(county.path) || park.parentId === county.parentId)
  ) {
    fail(
      'parkId',
      '园区不在所选县（市、区）或其所在市',
      'The park is not in that county or its city',
    );
  }
  if (input.chainId !== null && !lookups.chains.has(input.chainId)) {
    fail('chainId', '产业链不存在', 'No such chain');
  }
  if (input.responsibleUnitId !== null && !lookups.orgUnits.has(input.responsibleUnitId)) {
    fail('responsibleUnitId', '责任单位不存在', 'No such responsible unit');
  }
  if ((input.annualPlannedInvestment === null) !== (input.planYear === null)) {
    fail(
      'planYear',
      '年度计划投资与计划年份须同时填写',
      'Give the annual planned investment together with its year',
    );
  }
  if (
    input.annualPlannedInvestment !== null &&
    Number(input.annualPlannedInvestment) > Number(input.totalInvestment)
  ) {
    fail(
      'annualPlannedInvestment',
      '年度计划投资不能大于总投资',
      'The annual plan cannot exceed the total investment',
    );
  }
  const planned = [input.plannedStartOn, input.plannedCompletionOn, input.plannedProductionOn];
  for (let i = 1; i < planned.length; i += 1) {
    const before = planned.slice(0, i).filter((d): d is string => d !== null);
    const here = planned[i];
    if (here && before.some((d) => d > here)) {
      fail(
        i === 1 ? 'plannedCompletionOn' : 'plannedProductionOn',
        '计划日期须按开工、竣工、投产的先后顺序',
        'Planned dates must run start, completion, production',
      );
    }
  }
  if (input.enterpriseId === null && !input.ownerName) {
    fail('ownerName', '请填写项目业主（企业未登记时填写名称）', 'Give the owner');
  }
  if (county?.kind === 'county' && writer.scope !== 'system') {
    const inScope =
      isOrgUnitInScope(county.path, writer.scope) ||
      (park ? isOrgUnitInScope(park.path, writer.scope) : false);
    if (!inScope) {
      fail('countyId', '该项目所在地不在您的管理范围内', 'The project would be outside your scope');
    }
  }
  if (problems.length || county?.kind !== 'county') return { ok: false, problems };
  return {
    ok: true,
    value: {
      code: input.code,
      name: input.name,
      enterpriseId: input.enterpriseId,
      ownerName: input.ownerName,
      countyId: county.id,
      parkId: park?.id ?? null,
      orgPath: county.path,
      parkPath: park?.path ?? null,
      chainId: input.chainId,
      sector: input.sector,
      kind: input.kind,
      level: input.level,
      totalInvestment: input.totalInvestment,
      annualPlannedInvestment: input.annualPlannedInvestment,
      planYear: input.planYear,
      plannedStartOn: input.plannedStartOn,
      plannedCompletionOn: input.plannedCompletionOn,
      plannedProductionOn: input.plannedProductionOn,
      responsibleUnitId: input.responsibleUnitId,
      responsibleOfficial: input.responsibleOfficial,
      note: input.note,
    },
  };
}

export function throwProblems(problems: { field: string; text: LocalizedText }[]): never {
  throw new AppError(
    'VALIDATION',
    {
      zh: problems.map((p) => p.text.zh).join('；'),
      en: problems.map((p) => p.text.en).join('; '),
    },
    problems,
  );
}

export const today = (): string => new Date().toISOString().slice(0, 10);
