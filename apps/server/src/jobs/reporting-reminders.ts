import {
  DEFAULT_REMINDER_RULE,
  dueReminders,
  periodLabel,
  type ReporterState,
  type Scope,
} from '@gongyeyun/core';
import {
  findCurrentPeriod,
  insertNotifications,
  listCountyOfficers,
  listEnterpriseUsers,
  listReporters,
  withAdvisoryLock,
  type NewNotificationRow,
  type ReporterRow,
} from '@gongyeyun/db';
import type { Deps } from '../deps';
import { beijingToday } from '../modules/reporting/reporting-settings.service';
import { periodEndOf, reportingCategories } from '../modules/reporting/reports.service';

const REMINDERS_LOCK = 71_002;
/** The whole tree: the job works for every county. */
const EVERYWHERE: Scope = { orgUnitPaths: ['/'], enterpriseIds: [] };

/**
 * In-app reminders of the current period: to enterprises that have not submitted, some days
 * before the deadline and on the day; to county officers the day after, with the count still
 * missing. Each reminder is sent once (its key), however often and in however many processes
 * the job runs.
 */
export async function sendReportingReminders(
  deps: Deps,
  today: string = beijingToday(),
): Promise<{ ran: boolean; sent: number }> {
  const result = await withAdvisoryLock(deps.db, REMINDERS_LOCK, async (tx) => {
    const period = await findCurrentPeriod(tx, today);
    if (!period) return 0;
    const reporters = await listReporters(tx, EVERYWHERE, {
      period: period.period,
      periodEnd: periodEndOf(period),
      categories: await reportingCategories(tx),
    });
    const byCounty = new Map<number, ReporterRow[]>();
    for (const r of reporters) byCounty.set(r.countyId, [...(byCounty.get(r.countyId) ?? []), r]);
    const label = periodLabel(period.period);
    const rows: NewNotificationRow[] = [];
    const enterpriseUsers = await listEnterpriseUsers(
      tx,
      reporters.map((r) => r.enterpriseId),
    );
    const officers = await listCountyOfficers(tx, [...byCounty.keys()]);
    for (const [countyId, list] of byCounty) {
      const states: ReporterState[] = list.map((r) => ({
        enterpriseId: r.enterpriseId,
        status: r.status,
        firstSubmittedAt: r.firstSubmittedAt?.toISOString() ?? null,
      }));
      for (const due of dueReminders(today, period, states, DEFAULT_REMINDER_RULE)) {
        if (due.kind === 'enterprise_deadline') {
          const when =
            due.daysLeft === 0
              ? { zh: '今天截止', en: 'due today' }
              : { zh: `还有 ${due.daysLeft} 天截止`, en: `due in ${due.daysLeft} days` };
          for (const u of enterpriseUsers.filter((x) => x.enterpriseId === due.enterpriseId))
            rows.push({
              userId: u.userId,
              key: due.key,
              kind: 'report_deadline',
              title: `${label.zh}统计月报${when.zh}`,
              titleEn: `Monthly report for ${label.en} ${when.en}`,
              body: `请在 ${period.enterpriseDeadline} 前填报并报送。`,
              bodyEn: `Please fill in and submit it by ${period.enterpriseDeadline}.`,
              link: `/reporting/reports/${due.enterpriseId}/${period.period}`,
            });
        } else {
          for (const o of officers.filter((x) => x.orgUnitId === countyId))
            rows.push({
              userId: o.userId,
              key: `${due.key}:${countyId}`,
              kind: 'county_missing',
              title: `${label.zh}仍有 ${due.missingCount} 家企业未报送`,
              titleEn: `${due.missingCount} enterprises have not submitted ${label.en}`,
              body: `企业报送已于 ${period.enterpriseDeadline} 截止，请督促未报企业或确认未报。`,
              bodyEn: `The enterprise deadline was ${period.enterpriseDeadline}; chase the missing reports or mark them not reported.`,
              link: `/reporting/reports?period=${period.period}&status=none`,
            });
        }
      }
    }
    return insertNotifications(tx, rows);
  });
  return result === null ? { ran: false, sent: 0 } : { ran: true, sent: result };
}
