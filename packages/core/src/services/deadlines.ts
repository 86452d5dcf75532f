import type { LocalizedText } from '../common/locale';

/** How urgent an enterprise says its problem is. */
export const TICKET_URGENCIES = ['urgent', 'normal', 'complex'] as const;
export type TicketUrgency = (typeof TICKET_URGENCIES)[number];
export const TICKET_URGENCY_LABELS: Record<TicketUrgency, LocalizedText> = {
  urgent: { zh: '紧急', en: 'Urgent' },
  normal: { zh: '一般', en: 'Normal' },
  complex: { zh: '复杂', en: 'Complex' },
};

/**
 * Working days: Monday to Friday, except listed holidays, plus listed make-up working days
 * (调休, a Saturday or Sunday worked in exchange for a holiday).
 */
export interface WorkCalendar {
  holidays: ReadonlySet<string>;
  makeUpWorkdays: ReadonlySet<string>;
}

export const workCalendar = (
  holidays: Iterable<string> = [],
  makeUpWorkdays: Iterable<string> = [],
): WorkCalendar => ({ holidays: new Set(holidays), makeUpWorkdays: new Set(makeUpWorkdays) });

const DAY_MS = 86_400_000;
const toUtc = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const addDays = (date: string, days: number): string => fromUtc(toUtc(date) + days * DAY_MS);

/** The calendar date in China (UTC+8, no daylight saving) at an instant. */
export const chinaDate = (now: Date): string =>
  new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

export function isWorkingDay(date: string, calendar: WorkCalendar): boolean {
  if (calendar.makeUpWorkdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const weekday = new Date(toUtc(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The date `n` working days after `date` (the start day itself does not count: filed on a
 * Friday with 1 working day, the deadline is Monday). n = 0 gives the start date.
 */
export function addWorkingDays(date: string, n: number, calendar: WorkCalendar): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`working days must be a whole number ≥ 0`);
  let day = date;
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return day;
}

/** Working days after `from` up to and including `to` (negative when `to` is earlier). */
export function workingDaysBetween(from: string, to: string, calendar: WorkCalendar): number {
  if (from === to) return 0;
  const sign = to > from ? 1 : -1;
  const [a, b] = sign > 0 ? [from, to] : [to, from];
  let count = 0;
  for (let day = addDays(a, 1); day <= b; day = addDays(day, 1))
    if (isWorkingDay(day, calendar)) count += 1;
  return sign * count;
}

/** One deadline rule: for an urgency, optionally only for one category. */
export interface DeadlineRule {
  urgency: TicketUrgency;
  /** null: any category. */
  categoryCode: string | null;
  /** Working days to sign for a dispatched ticket. */
  signWorkingDays: number;
  /** Working days to reply, counted from dispatch. */
  replyWorkingDays: number;
}

/** 12345-style defaults: urgent 1 day, general 7, complex 15; sign within 1. */
export const DEFAULT_DEADLINE_RULES: readonly DeadlineRule[] = [
  { urgency: 'urgent', categoryCode: null, signWorkingDays: 0, replyWorkingDays: 1 },
  { urgency: 'normal', categoryCode: null, signWorkingDays: 1, replyWorkingDays: 7 },
  { urgency: 'complex', categoryCode: null, signWorkingDays: 1, replyWorkingDays: 15 },
];

/** The rule for a category and urgency: the category's own, else the urgency's default. */
export function deadlineRuleFor(
  rules: readonly DeadlineRule[],
  urgency: TicketUrgency,
  categoryCode: string,
): DeadlineRule {
  const own = rules.find((r) => r.urgency === urgency && r.categoryCode === categoryCode);
  const general = rules.find((r) => r.urgency === urgency && r.categoryCode === null);
  const fallback = DEFAULT_DEADLINE_RULES.find((r) => r.urgency === urgency)!;
  return own ?? general ?? fallback;
}

export interface TicketDeadlines {
  signBy: string;
  replyBy: string;
}

/** Deadlines of a ticket dispatched on `dispatchedOn` (YYYY-MM-DD, China date). */
export function ticketDeadlines(
  dispatchedOn: string,
  rule: DeadlineRule,
  calendar: WorkCalendar,
): TicketDeadlines {
  return {
    signBy: addWorkingDays(dispatchedOn, rule.signWorkingDays, calendar),
    replyBy: addWorkingDays(dispatchedOn, rule.replyWorkingDays, calendar),
  };
}

export type DeadlineColour = 'green' | 'amber' | 'red';

/**
 * Green while more than `amberWorkingDays` working days are left, amber from then until the
 * deadline day (inclusive), red after it.
 */
export function deadlineColour(
  deadline: string,
  today: string,
  calendar: WorkCalendar,
  amberWorkingDays = 1,
): DeadlineColour {
  if (today > deadline) return 'red';
  return workingDaysBetween(today, deadline, calendar) <= amberWorkingDays ? 'amber' : 'green';
}

/** Notices a deadline may call for; each is sent once per dispatch. */
export type DeadlineNotice = 'approaching' | 'overdue' | 'escalated_bureau';

export interface EscalationPolicy {
  /** Amber band, in working days before the deadline. */
  amberWorkingDays: number;
  /** Working days overdue after which the bureau is brought in (督办 level 2). */
  bureauAfterWorkingDays: number;
}
export const DEFAULT_ESCALATION_POLICY: EscalationPolicy = {
  amberWorkingDays: 1,
  bureauAfterWorkingDays: 2,
};

/**
 * What is due for an open ticket at `now`, given the notices already sent since its last
 * dispatch: 'approaching' in the amber band, 'overdue' (督办 to the department head) the day
 * after the deadline, 'escalated_bureau' (督办 by the bureau) when overdue by more than the
 * policy's working days. Once overdue, the approaching notice is no longer sent.
 */
export function dueDeadlineNotices(
  replyBy: string,
  now: Date,
  sent: ReadonlySet<DeadlineNotice>,
  calendar: WorkCalendar,
  policy: EscalationPolicy = DEFAULT_ESCALATION_POLICY,
): DeadlineNotice[] {
  const today = chinaDate(now);
  const due: DeadlineNotice[] = [];
  const colour = deadlineColour(replyBy, today, calendar, policy.amberWorkingDays);
  if (colour === 'green') return due;
  if (colour === 'amber') {
    if (!sent.has('approaching')) due.push('approaching');
  } else {
    if (!sent.has('overdue')) due.push('overdue');
    const late = workingDaysBetween(replyBy, today, calendar);
    if (late > policy.bureauAfterWorkingDays && !sent.has('escalated_bureau'))
      due.push('escalated_bureau');
  }
  return due;
}
