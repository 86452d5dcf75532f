import {
  DEFAULT_VALIDATION_CONFIG,
  monthsInPeriod,
  parsePeriod,
  previousPeriodInYear,
  reportingCalendar,
  reportsIndicator,
  samePeriodLastYear,
  type ReportAction,
  type ReportStatus,
} from '@gongyeyun/core';
import {
  findEnterprisesByUscc,
  insertLock,
  insertReportEvents,
  insertReports,
  upsertPeriods,
  upsertValues,
  type Database,
  type NewReportEventRow,
} from '@gongyeyun/db';
import type { RequestContext } from '../context';
import { refreshPeriodFigures } from '../modules/analytics/refresh-figures';
import { recordAudit } from '../modules/audit/audit.service';
import {
  findingsOf,
  type ReportContext,
  type StoredFigures,
} from '../modules/reporting/report-writes';
import {
  activeIndicators,
  ensureReportingDefaults,
} from '../modules/reporting/reporting-settings.service';
import { generateDemoEnterprises } from './demo-registry';
import { DEMO_REPORTS_FROM, DEMO_REPORTS_TO, generateDemoReports } from './demo-reports';

type Ctx = RequestContext & { systemName: string };

/** Workflow steps a demo report went through to reach its status. */
const STEPS: Record<Exclude<ReportStatus, 'not_reported'>, ReportAction[]> = {
  draft: [],
  submitted: ['submit'],
  returned: ['submit', 'return'],
  approved: ['submit', 'approve'],
  locked: ['submit', 'approve', 'lock'],
};
const AFTER: Record<ReportAction, ReportStatus> = {
  save: 'draft',
  submit: 'submitted',
  return: 'returned',
  approve: 'approved',
  unapprove: 'submitted',
  mark_not_reported: 'not_reported',
  reopen: 'draft',
  lock: 'locked',
  unlock: 'approved',
};

/**
 * The demo's monthly reports, 2019年1–2月 … 2021年6月, with the calendar of those years (the
 * demo is set in early July 2021: June is being reported) and the city's locks up to April.
 */
export async function loadDemoReports(tx: Database, ctx: Ctx, count?: number): Promise<number> {
  await ensureReportingDefaults(tx, []);
  const first = parsePeriod(DEMO_REPORTS_FROM)!.year;
  const last = parsePeriod(DEMO_REPORTS_TO)!.year;
  // Periods after the one being reported are not on the demo's calendar yet.
  for (let year = first; year <= last; year++) {
    await upsertPeriods(
      tx,
      reportingCalendar(year)
        .filter((p) => p.period <= DEMO_REPORTS_TO)
        .map((p) => ({ ...p, year })),
    );
  }
  const enterprises = generateDemoEnterprises(count === undefined ? {} : { count });
  const reports = generateDemoReports(enterprises);
  const rows = await findEnterprisesByUscc(tx, [...new Set(reports.map((r) => r.uscc))]);
  const byUscc = new Map(rows.map((e) => [e.uscc, e]));
  const indicators = await activeIndicators(tx);

  // Findings as the rules would give them, built from the series in memory.
  const seen = new Map<string, Record<string, StoredFigures>>();
  const keyOf = (uscc: string, period: string) => `${uscc}|${period}`;
  const sorted = [...reports].sort((a, b) => a.period.localeCompare(b.period));
  const history = new Map<string, Record<string, number[]>>();
  const prepared = sorted.map((r) => {
    const e = byUscc.get(r.uscc)!;
    const values: Record<string, StoredFigures> = {};
    for (const [code, v] of Object.entries(r.values))
      values[code] = { month: v.month, ytd: v.ytd, prevYearYtd: v.prevYearYtd };
    const previousKey = previousPeriodInYear(r.period);
    const lastYear = seen.get(keyOf(r.uscc, samePeriodLastYear(r.period))) ?? {};
    const past = history.get(r.uscc) ?? {};
    const context: ReportContext = {
      enterprise: {
        id: e.id,
        name: e.name,
        uscc: e.uscc,
        countyId: e.countyId,
        industryCode: e.industryCode,
      },
      period: r.period,
      category: 'industry',
      indicators: indicators.filter((i) => reportsIndicator(i, 'industry')),
      report: undefined,
      locked: false,
      values,
      previousPeriod: previousKey,
      previous: previousKey ? (seen.get(keyOf(r.uscc, previousKey)) ?? {}) : {},
      lastYearYtd: Object.fromEntries(
        Object.entries(lastYear).flatMap(([c, f]) => (f.ytd === null ? [] : [[c, f.ytd]])),
      ),
      history: Object.fromEntries(Object.entries(past).map(([c, l]) => [c, l.slice(-12)])),
    };
    const findings = findingsOf(context, values, DEFAULT_VALIDATION_CONFIG);
    seen.set(keyOf(r.uscc, r.period), values);
    for (const [code, v] of Object.entries(values)) {
      if (v.month === null) continue;
      (past[code] ??= []).push(Number(v.month) / monthsInPeriod(r.period));
    }
    history.set(r.uscc, past);
    return { r, e, values, findings };
  });

  const inserted = await insertReports(
    tx,
    prepared.map(({ r, e, findings }) => ({
      enterpriseId: e.id,
      period: r.period,
      countyId: e.countyId,
      status: r.status,
      findings,
      explanations: r.explanations ?? {},
      firstSubmittedAt: r.submittedAt ? new Date(r.submittedAt) : null,
      submittedAt: r.submittedAt ? new Date(r.submittedAt) : null,
      approvedAt: r.approvedAt ? new Date(r.approvedAt) : null,
      reason: r.returnReason ?? null,
      version: 1 + STEPS[r.status].length,
    })),
  );
  const idOf = new Map(inserted.map((x) => [`${x.enterpriseId}|${x.period}`, x.id]));
  const values: Parameters<typeof upsertValues>[1] = [];
  const events: NewReportEventRow[] = [];
  const locks = new Set<string>();
  for (const { r, e, values: v } of prepared) {
    const reportId = idOf.get(`${e.id}|${r.period}`)!;
    for (const [code, f] of Object.entries(v))
      values.push({ enterpriseId: e.id, period: r.period, indicatorCode: code, reportId, ...f });
    let from: ReportStatus = 'draft';
    for (const action of STEPS[r.status]) {
      const at =
        action === 'submit' ? r.submittedAt : action === 'approve' ? r.approvedAt : r.approvedAt;
      events.push({
        reportId,
        action,
        fromStatus: from,
        toStatus: AFTER[action],
        actorId: null,
        actorName:
          action === 'submit' ? '企业填报员' : action === 'lock' ? '市工信局' : '县区工信局',
        reason: action === 'return' ? (r.returnReason ?? null) : null,
        at: at ? new Date(at) : new Date(),
      });
      from = AFTER[action];
    }
    if (r.status === 'locked') locks.add(`${r.period}|${e.countyId}`);
  }
  await upsertValues(tx, values);
  await insertReportEvents(tx, events);
  for (const key of locks) {
    const [period, countyId] = key.split('|') as [string, string];
    await insertLock(tx, period, Number(countyId), null);
  }
  for (const period of new Set(prepared.map((p) => p.r.period)))
    await refreshPeriodFigures(tx, period);
  await recordAudit(tx, ctx, {
    action: 'load_demo_reports',
    entity: 'report',
    after: { reports: inserted.length, values: values.length, locks: locks.size },
  });
  return inserted.length;
}
