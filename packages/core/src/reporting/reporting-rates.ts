import { exhaustiveSwitchError } from '../common/result';
import type { ReportStatus } from './report-workflow';

/** One expected reporter's state for a period, as the rates need it. */
export interface ReporterState {
  enterpriseId: number;
  /** null: no report started. */
  status: ReportStatus | null;
  /** When it was first submitted (ISO timestamp), if ever. */
  firstSubmittedAt: string | null;
}

export interface ReportingRates {
  expected: number;
  /** Submitted at least once and not withdrawn (submitted, approved, locked, or returned after a submission). */
  submitted: number;
  onTime: number;
  late: number;
  /** Expected but never submitted (draft, none, returned without a first submission) — not_reported excluded. */
  missing: number;
  notReported: number;
  approved: number;
  /** submitted / expected, 0–1; null when nothing is expected. */
  submissionRate: number | null;
  onTimeRate: number | null;
  approvalRate: number | null;
}

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` date as a day number (days since 1970-01-01); throws on anything else. */
function dayNumber(date: string): number {
  const m = DATE_PATTERN.exec(date);
  const [y, mo, d] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
  const time = Date.UTC(y, mo - 1, d);
  if (!m || new Date(time).getUTCDate() !== d || new Date(time).getUTCMonth() !== mo - 1) {
    throw new Error(`Not a date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  }
  return time / DAY_MS;
}

/** An ISO timestamp in ms; one without an offset is read as Asia/Shanghai time. */
function instant(timestamp: string): number {
  const text = /^\d{4}-\d{2}-\d{2}$/.test(timestamp)
    ? `${timestamp}T00:00:00+08:00`
    : /(Z|[+-]\d{2}:?\d{2})$/i.test(timestamp)
      ? timestamp
      : `${timestamp}+08:00`;
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) throw new Error(`Not a timestamp: ${JSON.stringify(timestamp)}`);
  return ms;
}

/** Whether a report in this state counts as submitted (see ReportingRates.submitted). */
export function countsAsSubmitted(
  reporter: Pick<ReporterState, 'status' | 'firstSubmittedAt'>,
): boolean {
  switch (reporter.status) {
    case 'submitted':
    case 'approved':
    case 'locked':
      return true;
    case 'returned':
      return reporter.firstSubmittedAt !== null;
    case 'draft':
    case 'not_reported':
    case null:
      return false;
    default:
      return exhaustiveSwitchError(reporter.status, 'report status');
  }
}

/**
 * Rates for a period. On time = first submitted on or before the end of the enterprise deadline
 * day in Asia/Shanghai (UTC+8): `deadline` is `YYYY-MM-DD`. A submitted report with no time
 * recorded counts as on time (nothing shows it late). One reporter per enterprise. All rates are
 * shares of `expected` (及时率 = onTime / expected, 审核率 = approved / expected). A draft that
 * was submitted once, marked not reported and reopened counts as missing again.
 */
export function reportingRates(
  reporters: readonly ReporterState[],
  deadline: string,
): ReportingRates {
  const endOfDeadline = (dayNumber(deadline) + 1) * DAY_MS - SHANGHAI_OFFSET_MS;
  let submitted = 0;
  let onTime = 0;
  let notReported = 0;
  let approved = 0;
  for (const reporter of reporters) {
    if (reporter.status === 'not_reported') notReported += 1;
    if (reporter.status === 'approved' || reporter.status === 'locked') approved += 1;
    if (!countsAsSubmitted(reporter)) continue;
    submitted += 1;
    if (reporter.firstSubmittedAt === null || instant(reporter.firstSubmittedAt) < endOfDeadline) {
      onTime += 1;
    }
  }
  const expected = reporters.length;
  const share = (n: number): number | null => (expected === 0 ? null : n / expected);
  return {
    expected,
    submitted,
    onTime,
    late: submitted - onTime,
    missing: expected - submitted - notReported,
    notReported,
    approved,
    submissionRate: share(submitted),
    onTimeRate: share(onTime),
    approvalRate: share(approved),
  };
}

export interface ReminderRule {
  /** Remind this many days before the enterprise deadline (e.g. [3, 1]) and on the day. */
  daysBefore: readonly number[];
}
export const DEFAULT_REMINDER_RULE: ReminderRule = { daysBefore: [3, 1] };

export interface DueReminder {
  /** Unique per reminder: `enterprise_deadline:2021-03:17:3`, `county_missing:2021-03`. */
  key: string;
  kind: 'enterprise_deadline' | 'county_missing';
  enterpriseId: number | null;
  /** Days to the enterprise deadline (0 on the day, −1 the day after). */
  daysLeft: number;
  /** county_missing: how many expected reports are still missing; null for enterprise reminders. */
  missingCount: number | null;
}

/**
 * Which reminders are due on `today` (YYYY-MM-DD, Asia/Shanghai): enterprises that have not
 * submitted (no report, draft, or returned and not resubmitted; not those marked not reported),
 * `daysBefore` days before the deadline (0 = the day itself, always included), once the period
 * is open; and, the day after the enterprise deadline, a reminder to the county with the missing
 * count (none when nothing is missing). Pure: the job decides whether one was already sent (by
 * its key). Enterprise reminders come first, by enterprise id.
 */
export function dueReminders(
  today: string,
  schedule: { period: string; opensOn: string; enterpriseDeadline: string; countyDeadline: string },
  reporters: readonly ReporterState[],
  rule: ReminderRule,
): DueReminder[] {
  const day = dayNumber(today);
  const daysLeft = dayNumber(schedule.enterpriseDeadline) - day;
  const reminders: DueReminder[] = [];
  const isOpen = day >= dayNumber(schedule.opensOn);
  if (isOpen && (daysLeft === 0 || rule.daysBefore.includes(daysLeft))) {
    const waiting = [
      ...new Set(
        reporters
          .filter((r) => r.status === null || r.status === 'draft' || r.status === 'returned')
          .map((r) => r.enterpriseId),
      ),
    ].sort((a, b) => a - b);
    for (const enterpriseId of waiting) {
      reminders.push({
        key: `enterprise_deadline:${schedule.period}:${enterpriseId}:${daysLeft}`,
        kind: 'enterprise_deadline',
        enterpriseId,
        daysLeft,
        missingCount: null,
      });
    }
  }
  if (daysLeft === -1) {
    const { missing } = reportingRates(reporters, schedule.enterpriseDeadline);
    if (missing > 0) {
      reminders.push({
        key: `county_missing:${schedule.period}`,
        kind: 'county_missing',
        enterpriseId: null,
        daysLeft,
        missingCount: missing,
      });
    }
  }
  return reminders;
}
