import type { Role } from '@gongyeyun/core';
import { findOrgUnitByCode, insertOrgUnit, putSetting, type OrgUnitRow } from '@gongyeyun/db';
import { systemContext } from '../context';
import { loadDemoProjects } from './demo-projects-loader';
import { loadDemoTargets } from './demo-targets-loader';
import { loadDemoCultivation } from './demo-cultivation-loader';
import { loadDemoRegistry } from './demo-registry-loader';
import { loadDemoReports } from './demo-reports-loader';
import { loadDemoServices } from './demo-services-loader';
import { ensureServiceCatalogue } from '../modules/services/desk.service';
import type { Deps } from '../deps';
import { recordAudit } from '../modules/audit/audit.service';
import { ensureRegion, type InitialisationResult } from '../modules/setup/setup.service';
import { createUser } from '../modules/users/users.service';

/** The demo city: 来宾市 (Guangxi, 451300) and its "一主、一副、两翼、多点" park layout. */
export const DEMO_REGION = '451300';
export const DEMO_PASSWORD = 'gongyeyun-demo';

interface DemoUnit {
  code: string;
  name: string;
  nameEn: string;
  kind: 'park' | 'department';
  /** GB/T 2260 code of the division it sits under. */
  under: string;
  note?: string;
}

export const DEMO_PARKS: DemoUnit[] = [
  {
    code: '451300-P01',
    name: '来宾高新技术产业开发区',
    nameEn: 'Laibin High-tech Zone',
    kind: 'park',
    under: '451300',
    note: '一主：城市、城区工业园区主中心',
  },
  {
    code: '451300-P02',
    name: '来宾市河南工业园区',
    nameEn: 'Laibin Henan Industrial Park',
    kind: 'park',
    under: '451302',
    note: '一主：城区工业园区',
  },
  {
    code: '451300-P03',
    name: '三江口新区',
    nameEn: 'Sanjiangkou New Area',
    kind: 'park',
    under: '451300',
    note: '一副：副中心',
  },
  {
    code: '451300-P04',
    name: '迁江工业园',
    nameEn: 'Qianjiang Industrial Park',
    kind: 'park',
    under: '451302',
    note: '两翼：专业园区',
  },
  {
    code: '451300-P05',
    name: '凤凰工业园',
    nameEn: 'Fenghuang Industrial Park',
    kind: 'park',
    under: '451302',
    note: '两翼：专业园区',
  },
  {
    code: '451300-P06',
    name: '忻城县工业园区',
    nameEn: 'Xincheng County Industrial Park',
    kind: 'park',
    under: '451321',
    note: '多点：县域工业园区',
  },
  {
    code: '451300-P07',
    name: '象州县工业园区',
    nameEn: 'Xiangzhou County Industrial Park',
    kind: 'park',
    under: '451322',
    note: '多点：县域工业园区',
  },
  {
    code: '451300-P08',
    name: '武宣县工业园区',
    nameEn: 'Wuxuan County Industrial Park',
    kind: 'park',
    under: '451323',
    note: '多点：县域工业园区',
  },
  {
    code: '451300-P09',
    name: '金秀瑶族自治县工业集中区',
    nameEn: 'Jinxiu Industrial Cluster',
    kind: 'park',
    under: '451324',
    note: '多点：县域工业园区',
  },
  {
    code: '451300-P10',
    name: '合山市工业园区',
    nameEn: 'Heshan City Industrial Park',
    kind: 'park',
    under: '451381',
    note: '多点：县域工业园区',
  },
];

export const DEMO_DEPARTMENTS: DemoUnit[] = [
  {
    code: '451300-GXJ',
    name: '来宾市工业和信息化局',
    nameEn: 'Laibin Bureau of Industry and Information Technology',
    kind: 'department',
    under: '451300',
  },
  {
    code: '451300-FGW',
    name: '来宾市发展和改革委员会',
    nameEn: 'Laibin Development and Reform Commission',
    kind: 'department',
    under: '451300',
  },
  {
    code: '451300-ZRZY',
    name: '来宾市自然资源局',
    nameEn: 'Laibin Bureau of Natural Resources',
    kind: 'department',
    under: '451300',
  },
  {
    code: '451300-TJJ',
    name: '来宾市统计局',
    nameEn: 'Laibin Statistics Bureau',
    kind: 'department',
    under: '451300',
  },
  {
    code: '451300-SCJG',
    name: '来宾市市场监督管理局',
    nameEn: 'Laibin Market Regulation Administration',
    kind: 'department',
    under: '451300',
  },
  {
    code: '451300-GDJ',
    name: '广西电网来宾供电局',
    nameEn: 'Laibin Power Supply Bureau',
    kind: 'department',
    under: '451300',
  },
  {
    code: '451300-RSJ',
    name: '来宾市人力资源和社会保障局',
    nameEn: 'Laibin Bureau of Human Resources and Social Security',
    kind: 'department',
    under: '451300',
  },
  {
    code: '451300-JRB',
    name: '来宾市金融工作办公室',
    nameEn: 'Laibin Financial Affairs Office',
    kind: 'department',
    under: '451300',
  },
  {
    code: '451300-XZSP',
    name: '来宾市行政审批局',
    nameEn: 'Laibin Administrative Approval Bureau',
    kind: 'department',
    under: '451300',
  },
  {
    code: '451300-SWJ',
    name: '来宾市商务局',
    nameEn: 'Laibin Bureau of Commerce',
    kind: 'department',
    under: '451300',
  },
];

interface DemoLogin {
  username: string;
  displayName: string;
  role: Role;
  /** Code of the org unit the grant covers. */
  at: string;
}

export const DEMO_LOGINS: DemoLogin[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', at: '451300' },
  { username: 'analyst', displayName: '市工信局分析员', role: 'analyst', at: '451300' },
  { username: 'leader', displayName: '市领导', role: 'leader', at: '451300' },
  {
    username: 'officer-xingbin',
    displayName: '兴宾区工信干部',
    role: 'county_officer',
    at: '451302',
  },
  {
    username: 'officer-heshan',
    displayName: '合山市工信干部',
    role: 'county_officer',
    at: '451381',
  },
  { username: 'park-gaoxin', displayName: '高新区管委会', role: 'park_manager', at: '451300-P01' },
  { username: 'commissioner', displayName: '兴宾区特派员', role: 'commissioner', at: '451302' },
  {
    username: 'handler-power',
    displayName: '供电局承办人',
    role: 'department_handler',
    at: '451300-GDJ',
  },
  {
    username: 'handler-land',
    displayName: '自然资源局承办人',
    role: 'department_handler',
    at: '451300-ZRZY',
  },
  { username: 'dispatcher', displayName: '市工信局诉求派单员', role: 'analyst', at: '451300' },
  {
    username: 'commissioner-xincheng',
    displayName: '忻城县特派员',
    role: 'commissioner',
    at: '451321',
  },
  {
    username: 'commissioner-xiangzhou',
    displayName: '象州县特派员',
    role: 'commissioner',
    at: '451322',
  },
  {
    username: 'commissioner-wuxuan',
    displayName: '武宣县特派员',
    role: 'commissioner',
    at: '451323',
  },
  {
    username: 'commissioner-jinxiu',
    displayName: '金秀县特派员',
    role: 'commissioner',
    at: '451324',
  },
  {
    username: 'commissioner-heshan',
    displayName: '合山市特派员',
    role: 'commissioner',
    at: '451381',
  },
  // Bound to one demo enterprise of 兴宾区 (DEMO_ENTERPRISE_USER_USCC).
  { username: 'enterprise', displayName: '企业填报员', role: 'enterprise_user', at: '451302' },
];

export interface DemoOptions {
  /** Load the "345" system and the synthetic enterprises (default true; tests may skip them). */
  registry?: boolean;
  /** How many enterprises (default 600). */
  enterprises?: number;
  /** Load the monthly reports 2019–2021 (default true; needs the registry). */
  reports?: boolean;
  /** Load the major projects, tasks and investment leads (default: with the registry). */
  projects?: boolean;
  /** Load commissioners, visits and the problem desk's tickets (default: with the registry). */
  services?: boolean;
  /** Load 2021 targets and the published red/black lists (default: with the registry). */
  targets?: boolean;
  /** Load small enterprises' revenues, the seed bank and exit warnings (default: with the reports). */
  cultivation?: boolean;
}

export async function loadDemoCity(
  deps: Deps,
  options: DemoOptions = {},
): Promise<Extract<InitialisationResult, { kind: 'demo' }>> {
  const ctx = systemContext('demo');
  const boundEnterpriseId = await deps.db.transaction(async (tx) => {
    await ensureRegion(tx, ctx, DEMO_REGION);
    for (const [i, unit] of [...DEMO_PARKS, ...DEMO_DEPARTMENTS].entries()) {
      if (await findOrgUnitByCode(tx, unit.code)) continue;
      const parent: OrgUnitRow | undefined = await findOrgUnitByCode(tx, unit.under);
      const created = await insertOrgUnit(
        tx,
        {
          code: unit.code,
          name: unit.name,
          nameEn: unit.nameEn,
          kind: unit.kind,
          note: unit.note ?? null,
          sortOrder: 100 + i,
        },
        parent!,
      );
      await recordAudit(tx, ctx, {
        action: 'create',
        entity: 'org_unit',
        entityId: created.id,
        after: unit,
      });
    }
    if (options.registry === false) return null;
    const bound = await loadDemoRegistry(tx, ctx, options.enterprises);
    if (options.reports !== false) await loadDemoReports(tx, ctx, options.enterprises);
    if (options.projects !== false) await loadDemoProjects(tx, ctx);
    return bound;
  });
  for (const login of DEMO_LOGINS) {
    const unit = (await findOrgUnitByCode(deps.db, login.at))!;
    await createUser(
      deps,
      ctx,
      'system',
      {
        username: login.username,
        displayName: login.displayName,
        password: DEMO_PASSWORD,
        grants: [
          {
            role: login.role,
            orgUnitId: unit.id,
            enterpriseId: login.role === 'enterprise_user' ? boundEnterpriseId : null,
          },
        ],
      },
      { mustChangePassword: false },
    );
  }
  await ensureServiceCatalogue(deps.db);
  if (boundEnterpriseId !== null && options.services !== false)
    await deps.db.transaction((tx) => loadDemoServices(tx, ctx, boundEnterpriseId));
  if (boundEnterpriseId !== null && options.targets !== false) await loadDemoTargets(deps, ctx);
  if (boundEnterpriseId !== null && options.reports !== false && options.cultivation !== false)
    await loadDemoCultivation(deps, ctx);
  await putSetting(deps.db, 'installation', {
    region: DEMO_REGION,
    demo: true,
    at: new Date().toISOString(),
  });
  return {
    kind: 'demo',
    password: DEMO_PASSWORD,
    logins: DEMO_LOGINS.map((l) => ({ username: l.username, role: l.role, scope: l.at })),
  };
}
