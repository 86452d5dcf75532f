import type {
  LeadEvent,
  ProjectKind,
  ProjectLevel,
  ProjectSector,
  ProjectStageEvent,
} from '@gongyeyun/core';

/**
 * Synthetic major projects and investment leads of 来宾 for 2019–2021, built so that the records
 * give what the city reported for 2020: 128 new starts against a task of 100, 71 completions
 * against 45, and 99 new industrial projects brought in with a total investment of 1965亿元.
 * Nothing here states those figures: they come out of counting the events.
 */

export interface DemoProject {
  code: string;
  name: string;
  ownerName: string;
  countyCode: string;
  parkCode: string | null;
  chainCode: string | null;
  sector: ProjectSector;
  kind: ProjectKind;
  level: ProjectLevel;
  /** 万元. */
  totalInvestment: string;
  annualPlannedInvestment: string | null;
  planYear: number | null;
  plannedStartOn: string;
  plannedCompletionOn: string;
  events: ProjectStageEvent[];
  /** Monthly reports: [year, month, this month, to date] in 万元. */
  progress: [number, number, string, string][];
  responsibleOfficial: string;
}

export interface DemoLead {
  name: string;
  investor: string;
  sourceRegion: string;
  chainCode: string | null;
  sector: ProjectSector;
  intendedInvestment: string;
  unitCode: string;
  responsibleOfficial: string;
  nextAction: string | null;
  /** Days from the day the demo is loaded (negative: overdue). */
  nextActionInDays: number | null;
  events: LeadEvent[];
}

export interface DemoTask {
  year: number;
  unitCode: string;
  metric: 'new_starts' | 'completions' | 'productions' | 'investment';
  target: string;
}

const COUNTIES = ['451302', '451321', '451322', '451323', '451324', '451381'] as const;
const COUNTY_PARKS: Record<string, (string | null)[]> = {
  '451302': ['451300-P01', '451300-P02', '451300-P04', null],
  '451321': ['451300-P06', null],
  '451322': ['451300-P07', null],
  '451323': ['451300-P08', null],
  '451324': ['451300-P09', null],
  '451381': ['451300-P10', null],
};
const CHAINS = [
  'sugar',
  'aluminium',
  'energy',
  'calcium-carbonate',
  'wood-furniture',
  'medicine',
  'agri-food',
  'electronics',
  'eco-env',
  'textile',
  'chemicals',
  'machinery',
];
const CHAIN_WORDS: Record<string, string> = {
  sugar: '甘蔗制糖综合利用',
  aluminium: '再生铝精深加工',
  energy: '光伏发电',
  'calcium-carbonate': '高端碳酸钙新材料',
  'wood-furniture': '高端家具家居',
  medicine: '民族医药产业化',
  'agri-food': '农副产品精深加工',
  electronics: '电子元器件智能制造',
  'eco-env': '固废资源化利用',
  textile: '现代纺织服装',
  chemicals: '绿色化工新材料',
  machinery: '智能装备制造',
};
const COUNTY_NAMES: Record<string, string> = {
  '451302': '兴宾',
  '451321': '忻城',
  '451322': '象州',
  '451323': '武宣',
  '451324': '金秀',
  '451381': '合山',
};
const OWNER_WORDS = [
  '桂中',
  '华来',
  '宏远',
  '瑞丰',
  '金桂',
  '鼎盛',
  '新源',
  '恒通',
  '嘉禾',
  '广益',
];
const OFFICIALS = ['韦国强', '覃丽华', '蓝海涛', '莫志明', '黄晓燕', '陆建平', '梁春梅', '廖文斌'];
const INFRA = ['园区标准厂房', '园区道路及管网', '工业污水处理厂', '110千伏变电站', '物流园'];

/** Counties for `n` projects: `quotas` per county, spread evenly through the list. */
function countiesFor(quotas: readonly number[]): string[] {
  const list = quotas.flatMap((q, i) => Array<string>(q).fill(COUNTIES[i]!));
  const n = list.length;
  // 37 is prime to every group size used here, so this visits each index once.
  return list.map((_, i) => list[(i * 37) % n]!);
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (year: number, month: number, d: number) => `${year}-${pad(month)}-${pad(d)}`;

interface Plan {
  group: string;
  quotas: number[];
  startYear: number;
  /** How many of the group (the first ones) complete, the year, and go into production. */
  complete: { count: number; year: number; produce: number }[];
}

const PLANS: Plan[] = [
  {
    group: 'A',
    quotas: [16, 4, 6, 6, 2, 6],
    startYear: 2019,
    complete: [
      { count: 30, year: 2020, produce: 20 },
      { count: 9, year: 2021, produce: 5 },
    ],
  },
  {
    group: 'B',
    quotas: [52, 12, 18, 18, 7, 21],
    startYear: 2020,
    complete: [
      { count: 41, year: 2020, produce: 15 },
      { count: 60, year: 2021, produce: 25 },
    ],
  },
  {
    group: 'C',
    quotas: [38, 9, 14, 14, 6, 15],
    startYear: 2021,
    complete: [{ count: 20, year: 2021, produce: 6 }],
  },
  { group: 'D', quotas: [10, 3, 3, 3, 2, 4], startYear: 2022, complete: [] },
];

export function generateDemoProjects(): DemoProject[] {
  const out: DemoProject[] = [];
  let serial = 0;
  for (const plan of PLANS) {
    const counties = countiesFor(plan.quotas);
    let offset = 0;
    const completion = counties.map(() => null as { year: number; produce: boolean } | null);
    for (const c of plan.complete) {
      for (let k = 0; k < c.count; k += 1) {
        completion[offset + k] = { year: c.year, produce: k < c.produce };
      }
      offset += c.count;
    }
    counties.forEach((countyCode, i) => {
      serial += 1;
      const isInfra = serial % 7 === 0;
      const chainCode = isInfra ? null : CHAINS[serial % CHAINS.length]!;
      const parks = COUNTY_PARKS[countyCode]!;
      const owner = `来宾市${OWNER_WORDS[serial % OWNER_WORDS.length]}${chainCode ? '实业' : '建设投资'}有限公司`;
      const name = `${COUNTY_NAMES[countyCode]}${chainCode ? CHAIN_WORDS[chainCode] : INFRA[serial % INFRA.length]}项目（${plan.group}${pad(i + 1)}）`;
      const total = 5000 + ((serial * 7919) % 60) * 5000;
      const done = completion[i];
      // Projects that complete within their start year start early and finish late in it.
      const sameYear = done?.year === plan.startYear;
      const startMonth = sameYear ? 1 + (i % 6) : 1 + (i % 12);
      const start = day(plan.startYear, startMonth, 1 + ((i * 7) % 27));
      const events: ProjectStageEvent[] = [];
      if (plan.group === 'D') {
        events.push({ stage: 'preliminary', occurredOn: day(2021, 1 + (i % 9), 10) });
      } else {
        if (i % 2 === 0) {
          const prelim =
            startMonth > 2
              ? day(plan.startYear, startMonth - 2, 5)
              : day(plan.startYear - 1, 11, 5);
          events.push({ stage: 'preliminary', occurredOn: prelim });
        }
        events.push({ stage: 'started', occurredOn: start });
        if (!sameYear || !done) {
          const m = Math.min(startMonth + 1, 12);
          events.push({ stage: 'under_construction', occurredOn: day(plan.startYear, m, 28) });
        }
        if (plan.group === 'A' && i === counties.length - 1) {
          // Stalled in 2019 and resumed in 2020: a 2019 start, not a 2020 one.
          events.push({ stage: 'stalled', occurredOn: day(2019, 12, 20) });
          events.push({ stage: 'under_construction', occurredOn: day(2020, 4, 1) });
        }
        if (done) {
          const month = sameYear ? 7 + (i % 6) : 1 + ((i * 5) % 12);
          const completedOn = day(done.year, month, 15);
          events.push({ stage: 'completed', occurredOn: completedOn });
          if (done.produce)
            events.push({ stage: 'in_production', occurredOn: day(done.year, month, 28) });
        } else if (plan.group === 'B' && i % 29 === 5) {
          events.push({ stage: 'stalled', occurredOn: day(2020, 12, 10) });
        }
      }
      const planYear = plan.group === 'D' ? null : Math.max(2020, plan.startYear);
      const annual = planYear === null ? null : Math.round(total * 0.4);
      const progress: DemoProject['progress'] = [];
      if (planYear === 2020 && annual !== null) {
        const first = plan.startYear === 2020 ? startMonth : 1;
        const completedIn2020 = done?.year === 2020;
        const last = completedIn2020 ? Math.min(12, 7 + (i % 6)) : 12;
        const months = last - first + 1;
        // A project reports ahead of or behind its plan (from 70% to 115%).
        const yearAmount = Math.round((annual * (70 + ((serial * 13) % 46))) / 100);
        let toDate = plan.startYear === 2019 ? Math.round(total * 0.25) : 0;
        for (let m = first; m <= last; m += 1) {
          const amount =
            m === last
              ? yearAmount - Math.floor(yearAmount / months) * (months - 1)
              : Math.floor(yearAmount / months);
          toDate += amount;
          progress.push([2020, m, String(amount), String(toDate)]);
        }
      }
      // January–June 2021: the projects still being built report month by month.
      const doneBefore2021 = done !== null && done !== undefined && done.year <= 2020;
      if (plan.group !== 'D' && !doneBefore2021 && annual !== null) {
        const first = plan.startYear === 2021 ? startMonth : 1;
        const completionMonth =
          done?.year === 2021 ? (sameYear ? 7 + (i % 6) : 1 + ((i * 5) % 12)) : 12;
        const last = Math.min(6, completionMonth);
        const monthly = Math.round((total * 0.4 * (85 + ((serial * 17) % 51))) / 100 / 12);
        const before = progress.at(-1)?.[3];
        let toDate =
          before !== undefined
            ? Number(before)
            : plan.startYear === 2019
              ? Math.round(total * 0.25)
              : 0;
        for (let m = first; m <= last; m += 1) {
          toDate += monthly;
          progress.push([2021, m, String(monthly), String(toDate)]);
        }
      }
      out.push({
        code: `LB-${plan.startYear > 2021 ? 2021 : plan.startYear}-${String(serial).padStart(4, '0')}`,
        name,
        ownerName: owner,
        countyCode,
        parkCode: parks[serial % parks.length]!,
        chainCode,
        sector: isInfra ? 'infrastructure' : 'industrial',
        kind: serial % 6 === 0 ? 'renovation' : serial % 4 === 0 ? 'expansion' : 'new',
        level: serial % 23 === 0 ? 'national' : serial % 5 === 0 ? 'provincial' : 'city',
        totalInvestment: String(total),
        annualPlannedInvestment: annual === null ? null : String(annual),
        planYear,
        plannedStartOn: plan.group === 'D' ? day(2022, 1 + (i % 12), 1) : start,
        plannedCompletionOn: day(Math.max(plan.startYear, 2020) + 1, 1 + (i % 12), 28),
        events,
        progress,
        responsibleOfficial: OFFICIALS[serial % OFFICIALS.length]!,
      });
    });
  }
  return out;
}

const SOURCES = [
  '广东省深圳市',
  '广东省广州市',
  '浙江省杭州市',
  '江苏省苏州市',
  '北京市',
  '上海市',
  '福建省厦门市',
  '香港特别行政区',
  '湖南省长沙市',
  '广西南宁市',
];
const INVESTOR_WORDS = [
  '华科',
  '中联',
  '远景',
  '新宙',
  '瑞泰',
  '海川',
  '凯盛',
  '东方',
  '正泰',
  '明阳',
];
const LEAD_UNITS = [
  '451300',
  '451302',
  '451300-P01',
  '451321',
  '451322',
  '451323',
  '451381',
  '451300-P04',
];

/** Intended investments of the 2020 industrial signings, in 万元: 1965亿元 in all. */
function signedAmounts(): string[] {
  const amounts = Array.from({ length: 98 }, (_, i) => 80000 + 10000 * ((37 * i) % 24));
  const rest = 19_650_000 - amounts.reduce((a, b) => a + b, 0);
  return [...amounts, rest].map(String);
}

export function generateDemoLeads(): DemoLead[] {
  const leads: DemoLead[] = [];
  const lead = (
    i: number,
    extra: Partial<DemoLead> & Pick<DemoLead, 'events' | 'intendedInvestment'>,
  ): DemoLead => {
    const chainCode = CHAINS[i % CHAINS.length]!;
    const source = SOURCES[i % SOURCES.length]!;
    return {
      name: `${CHAIN_WORDS[chainCode]}招商项目（${String(i + 1).padStart(3, '0')}）`,
      investor: `${source.replace(/^(广东省|浙江省|江苏省|福建省|湖南省|广西)/, '').replace(/特别行政区|市$/, '')}${INVESTOR_WORDS[i % INVESTOR_WORDS.length]}集团有限公司`,
      sourceRegion: source,
      chainCode,
      sector: 'industrial',
      unitCode: LEAD_UNITS[i % LEAD_UNITS.length]!,
      responsibleOfficial: OFFICIALS[i % OFFICIALS.length]!,
      nextAction: null,
      nextActionInDays: null,
      ...extra,
    };
  };
  // 2020: 99 industrial signings, many followed through to 落地 and 开工.
  signedAmounts().forEach((amount, i) => {
    const month = 1 + (i % 12);
    const events: LeadEvent[] = [
      { stage: 'lead', occurredOn: day(2019, 6 + (i % 6), 10) },
      { stage: 'negotiating', occurredOn: day(2019, 12, 1 + (i % 20)) },
      { stage: 'signed', occurredOn: day(2020, month, 8 + (i % 18)) },
    ];
    if (i % 3 === 0) events.push({ stage: 'registered', occurredOn: day(2021, 1 + (i % 6), 12) });
    if (i % 6 === 0) events.push({ stage: 'started', occurredOn: day(2021, 7 + (i % 5), 18) });
    const isOpen = i % 6 !== 0;
    leads.push(
      lead(i, {
        intendedInvestment: amount,
        events,
        nextAction: isOpen ? '协调办理项目用地和环评手续' : null,
        nextActionInDays: isOpen ? (i % 4 === 1 ? -7 - (i % 10) : 5 + (i % 40)) : null,
      }),
    );
  });
  // Signed in 2020 but not industrial, and signed in 2019: not among 2020's industrial signings.
  for (let k = 0; k < 6; k += 1) {
    leads.push(
      lead(100 + k, {
        name: `现代物流及商贸服务招商项目（S${k + 1}）`,
        chainCode: null,
        sector: k % 2 === 0 ? 'services' : 'infrastructure',
        intendedInvestment: String(30000 + k * 5000),
        events: [
          { stage: 'negotiating', occurredOn: day(2020, 2 + k, 3) },
          { stage: 'signed', occurredOn: day(2020, 6 + k, 16) },
        ],
      }),
    );
  }
  for (let k = 0; k < 2; k += 1) {
    leads.push(
      lead(110 + k, {
        intendedInvestment: '120000',
        events: [
          { stage: 'lead', occurredOn: day(2019, 3, 1) },
          { stage: 'signed', occurredOn: day(2019, 11, 20 + k) },
          { stage: 'registered', occurredOn: day(2020, 2, 10) },
        ],
      }),
    );
  }
  // 2021: the pipeline still in talks, a few signed, a few dropped.
  for (let k = 0; k < 40; k += 1) {
    const i = 120 + k;
    const events: LeadEvent[] = [{ stage: 'lead', occurredOn: day(2021, 1 + (k % 10), 6) }];
    if (k % 4 !== 0) events.push({ stage: 'negotiating', occurredOn: day(2021, 2 + (k % 10), 16) });
    if (k % 5 === 2)
      events.push({ stage: 'signed', occurredOn: day(2021, Math.min(12, 3 + (k % 10)), 26) });
    const isDropped = k % 9 === 4;
    if (isDropped)
      events.push({
        stage: 'dropped',
        occurredOn: day(2021, 12, 1),
        reason: '投资方调整战略布局，暂缓投资',
      });
    leads.push(
      lead(i, {
        intendedInvestment: String(20000 + (k % 8) * 15000),
        events,
        nextAction: isDropped
          ? null
          : k % 5 === 2
            ? '推动项目公司注册落地'
            : '组织赴投资方总部洽谈',
        nextActionInDays: isDropped ? null : k % 3 === 0 ? -3 - k : 3 + k,
      }),
    );
  }
  return leads;
}

/** 2020 and 2021 tasks of the city and of each county. */
export function generateDemoTasks(): DemoTask[] {
  const tasks: DemoTask[] = [];
  const add = (year: number, unitCode: string, values: [number, number, number, number]) => {
    const metrics = ['new_starts', 'completions', 'productions', 'investment'] as const;
    metrics.forEach((metric, i) =>
      tasks.push({ year, unitCode, metric, target: String(values[i]) }),
    );
  };
  add(2020, '451300', [100, 45, 30, 2_800_000]);
  add(2021, '451300', [110, 60, 40, 3_200_000]);
  const county2020: [number, number][] = [
    [40, 18],
    [10, 4],
    [14, 6],
    [14, 6],
    [6, 3],
    [16, 8],
  ];
  const county2021: [number, number][] = [
    [44, 24],
    [11, 6],
    [15, 8],
    [15, 8],
    [7, 4],
    [18, 10],
  ];
  COUNTIES.forEach((code, i) => {
    const [s20, c20] = county2020[i]!;
    const [s21, c21] = county2021[i]!;
    add(2020, code, [s20, c20, Math.round(c20 * 0.6), s20 * 25_000]);
    add(2021, code, [s21, c21, Math.round(c21 * 0.6), s21 * 27_000]);
  });
  return tasks;
}
