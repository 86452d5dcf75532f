import type { Satisfaction, TicketAction, TicketActor, TicketUrgency } from '@gongyeyun/core';
import { addDays, addWorkingDays, isWorkingDay, type WorkCalendar } from '@gongyeyun/core';
import { makeRng, type Rng } from './demo-registry';

export const DEMO_SERVICES_SEED = 12345;
/** The demo is set in early July 2021. */
export const DEMO_SERVICES_TODAY = '2021-07-05';

/** Demo departments by category code: the routing catalogue (政策兑现, 其他 go to the dispatcher). */
export const DEMO_ROUTING: Record<string, { lead: string; assisting: string[] }> = {
  land: { lead: '451300-ZRZY', assisting: [] },
  power: { lead: '451300-GDJ', assisting: [] },
  finance: { lead: '451300-JRB', assisting: ['451300-FGW'] },
  labour: { lead: '451300-RSJ', assisting: [] },
  approval: { lead: '451300-XZSP', assisting: ['451300-SCJG'] },
  logistics: { lead: '451300-SWJ', assisting: [] },
};

const DISPATCHED_BY_HAND = ['451300-GXJ', '451300-FGW', '451300-SWJ'];

const TOPICS: Record<string, string[]> = {
  land: ['扩建厂房用地指标', '土地证办理进度', '工业用地规划调整'],
  power: ['新增变压器报装', '频繁停电影响生产', '电价优惠政策落实'],
  finance: ['流动资金贷款续贷', '技改项目融资对接', '应收账款融资'],
  labour: ['招聘技术工人困难', '员工社保补贴申领', '职业技能培训'],
  approval: ['环评审批进度', '施工许可办理', '排污许可证延续'],
  logistics: ['原料运输车辆通行', '出口货物通关', '物流园仓储对接'],
  policy: ['技改补助资金兑现', '上规奖励资金申领', '研发费用加计扣除'],
  other: ['周边道路维修', '厂区供水压力不足', '企业人才公寓申请'],
};

export interface DemoTicketStep {
  action: TicketAction;
  actor: TicketActor;
  day: string;
  departmentCode?: string;
  text?: string;
  solved?: boolean;
  satisfaction?: Satisfaction;
}

export interface DemoTicket {
  enterpriseIndex: number;
  categoryCode: string;
  urgency: TicketUrgency;
  title: string;
  description: string;
  filedOn: string;
  /** Steps up to the demo's today, in order. */
  steps: DemoTicketStep[];
  /** Index of an earlier ticket this one duplicates (merged into). */
  duplicateOf: number | null;
}

const workingDayAfter = addWorkingDays;

function rate(rng: Rng): { solved: boolean; satisfaction: Satisfaction } {
  const r = rng.next();
  if (r < 0.68) return { solved: true, satisfaction: 'satisfied' };
  if (r < 0.86) return { solved: true, satisfaction: 'basically' };
  return { solved: false, satisfaction: 'not_satisfied' };
}

/**
 * A few hundred tickets of 2021 (January to the demo's today) over `enterprises` enterprises,
 * each a valid path through the 12345 loop, cut at the demo's today. Deterministic.
 */
export function generateDemoTickets(
  enterprises: number,
  calendar: WorkCalendar,
  count = 320,
  seed = DEMO_SERVICES_SEED,
  today = DEMO_SERVICES_TODAY,
): DemoTicket[] {
  const rng = makeRng(seed);
  const categories = Object.keys(TOPICS);
  const tickets: DemoTicket[] = [];
  const span = (Date.parse(`${today}T00:00:00Z`) - Date.parse('2021-01-04T00:00:00Z')) / 86_400_000;
  const days = Array.from({ length: count }, () => rng.int(0, Math.floor(span) - 1))
    .sort((a, b) => a - b)
    .map((n) => addDays('2021-01-04', n));
  for (const rawDay of days) {
    const filedOn = isWorkingDay(rawDay, calendar) ? rawDay : workingDayAfter(rawDay, 1, calendar);
    if (filedOn > today) continue;
    const categoryCode = rng.weighted(categories, (c) =>
      c === 'power' || c === 'finance' ? 3 : 2,
    );
    const topic = rng.pick(TOPICS[categoryCode]!);
    const urgency: TicketUrgency = rng.chance(0.1)
      ? 'urgent'
      : rng.chance(0.15)
        ? 'complex'
        : 'normal';
    const enterpriseIndex = rng.int(0, enterprises - 1);
    const ticket: DemoTicket = {
      enterpriseIndex,
      categoryCode,
      urgency,
      title: topic,
      description: `我公司反映：${topic}，请相关部门协调解决。`,
      filedOn,
      steps: [{ action: 'file', actor: 'enterprise', day: filedOn }],
      duplicateOf: null,
    };
    tickets.push(ticket);
    const steps: DemoTicketStep[] = ticket.steps;
    const dup = tickets.findIndex(
      (t, j) =>
        j < tickets.length - 1 &&
        t.enterpriseIndex === enterpriseIndex &&
        t.categoryCode === categoryCode &&
        t.duplicateOf === null,
    );
    if (dup >= 0 && rng.chance(0.5)) {
      ticket.duplicateOf = dup;
      const day = workingDayAfter(filedOn, 1, calendar);
      if (day <= today) steps.push({ action: 'merge', actor: 'dispatcher', day });
      continue;
    }
    const route = DEMO_ROUTING[categoryCode];
    let day = filedOn;
    let lead: string;
    if (route) {
      lead = route.lead;
      steps.push({ action: 'dispatch', actor: 'system', day, departmentCode: lead });
    } else {
      day = workingDayAfter(day, 1, calendar);
      lead = rng.pick(DISPATCHED_BY_HAND);
      steps.push({ action: 'dispatch', actor: 'dispatcher', day, departmentCode: lead });
    }
    if (rng.chance(0.08)) {
      day = workingDayAfter(day, 1, calendar);
      steps.push({
        action: 'send_back',
        actor: 'lead_department',
        day,
        text: '该事项不属本部门职责，请改派',
      });
      day = workingDayAfter(day, 1, calendar);
      const other = rng.pick(DISPATCHED_BY_HAND.filter((d) => d !== lead));
      lead = other;
      steps.push({ action: 'reassign', actor: 'dispatcher', day, departmentCode: lead });
    }
    let rounds = 0;
    for (;;) {
      rounds += 1;
      day = workingDayAfter(day, rng.chance(0.85) ? rng.int(0, 1) : rng.int(2, 3), calendar);
      steps.push({ action: 'sign', actor: 'lead_department', day });
      if (rng.chance(0.3)) {
        day = workingDayAfter(day, rng.int(1, 3), calendar);
        steps.push({
          action: 'note',
          actor: 'lead_department',
          day,
          text: '已与企业电话沟通，正在协调',
        });
      }
      day = workingDayAfter(day, rng.chance(0.8) ? rng.int(1, 5) : rng.int(6, 14), calendar);
      steps.push({
        action: 'reply',
        actor: 'lead_department',
        day,
        text: `经协调，${topic}事项已办理，请企业核实。`,
      });
      day = workingDayAfter(day, rng.int(1, 3), calendar);
      const r = rounds > 1 ? { solved: true, satisfaction: 'basically' as const } : rate(rng);
      steps.push({ action: 'rate', actor: 'enterprise', day, ...r });
      if (r.solved || !rng.chance(0.5)) break;
      day = workingDayAfter(day, 1, calendar);
      steps.push({ action: 'reopen', actor: 'enterprise', day });
    }
    // Cut at the demo's today.
    ticket.steps = steps.filter((s) => s.day <= today);
  }
  return tickets;
}
