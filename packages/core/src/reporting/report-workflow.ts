import type { LocalizedText } from '../common/locale';
import { err, exhaustiveSwitchError, ok, type Result } from '../common/result';

/**
 * A monthly report's life: draft → submitted → (returned with reason → submitted)* → approved
 * (by the county) → locked (by the city, for the whole county and period). A county may mark an
 * expected report `not_reported` (with a reason) so the period can be locked without it; an
 * administrator may unlock a locked report with a reason (back to approved).
 *
 * Who may do what (each actor may do everything the one before it may):
 *
 * | action            | from                         | to            | least actor |
 * |-------------------|------------------------------|---------------|-------------|
 * | save              | draft, returned              | (unchanged)   | enterprise  |
 * | save              | submitted                    | (unchanged)   | county — a correction on the enterprise's behalf, recorded as such by the server |
 * | submit            | draft, returned              | submitted     | enterprise (a county submits on the enterprise's behalf); needs `submittable` |
 * | return            | submitted                    | returned      | county, with a reason |
 * | approve           | submitted                    | approved      | county      |
 * | unapprove         | approved                     | submitted     | county      |
 * | mark_not_reported | draft, returned              | not_reported  | county, with a reason (an expected report never started counts as draft) |
 * | reopen            | not_reported                 | draft         | county      |
 * | lock              | approved                     | locked        | city        |
 * | lock              | not_reported                 | not_reported  | city        |
 * | unlock            | locked                       | approved      | admin, with a reason |
 * | unlock            | not_reported, period locked  | not_reported  | admin, with a reason |
 *
 * A `not_reported` report keeps its status through the lock: "确认未报" must stay visible in a
 * locked period and in its reporting rates (it was not submitted, so it must not become
 * `locked` and, on unlock, `approved`). It is frozen by the period lock instead (`periodLocked`),
 * and the city may lock and the admin unlock it like any other report of the county, so both act
 * on the whole county × period in one sweep. While `periodLocked` is set, every action but
 * unlock is refused with `period_locked`.
 *
 * Refusals, first that applies: `period_locked`; `not_allowed_in_status` when no actor may take
 * the action in this status; `not_allowed_for_actor` when a higher level could; then
 * `reason_required`; then `validation_failed` (submit without `submittable === true`).
 */
export const REPORT_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'locked',
  'not_reported',
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_STATUS_LABELS: Record<ReportStatus, LocalizedText> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已报送', en: 'Submitted' },
  returned: { zh: '已退回', en: 'Returned' },
  approved: { zh: '县区已审核', en: 'Approved by county' },
  locked: { zh: '市级已锁定', en: 'Locked by city' },
  not_reported: { zh: '确认未报', en: 'Marked not reported' },
};

export const REPORT_ACTIONS = [
  'save', // fill or correct figures (stays in its status)
  'submit',
  'return', // county sends back with a reason
  'approve',
  'unapprove', // county withdraws its approval before the lock
  'mark_not_reported', // county, with a reason
  'reopen', // county: a not_reported report back to draft (the enterprise reports late)
  'lock', // city
  'unlock', // administrator, with a reason
] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** Who acts, as the workflow sees it (the server maps roles and scope onto these). */
export type ReportActor = 'enterprise' | 'county' | 'city' | 'admin';

export interface TransitionContext {
  /** Reason given (return, mark_not_reported, unlock require a non-empty one). */
  reason?: string | null;
  /** Whether validation lets the report be submitted (checkSubmission().ok); submit requires it. */
  submittable?: boolean;
  /** Whether the period has passed its lock for this county (nothing but unlock happens then). */
  periodLocked?: boolean;
}

export type TransitionErrorCode =
  | 'not_allowed_in_status' // the action does not apply to the current status
  | 'not_allowed_for_actor' // this actor may not take the action
  | 'reason_required'
  | 'validation_failed'
  | 'period_locked';

export interface TransitionError {
  code: TransitionErrorCode;
  message: LocalizedText;
}

const ACTOR_LEVEL: Record<ReportActor, number> = { enterprise: 0, county: 1, city: 2, admin: 3 };
export const REPORT_ACTORS: readonly ReportActor[] = ['enterprise', 'county', 'city', 'admin'];

const ACTOR_LABELS: Record<ReportActor, LocalizedText> = {
  enterprise: { zh: '企业', en: 'an enterprise' },
  county: { zh: '县区', en: 'a county officer' },
  city: { zh: '市级', en: 'the city' },
  admin: { zh: '系统管理员', en: 'an administrator' },
};

export const REPORT_ACTION_LABELS: Record<ReportAction, LocalizedText> = {
  save: { zh: '保存', en: 'Save' },
  submit: { zh: '报送', en: 'Submit' },
  return: { zh: '退回', en: 'Return' },
  approve: { zh: '审核通过', en: 'Approve' },
  unapprove: { zh: '撤销审核', en: 'Withdraw approval' },
  mark_not_reported: { zh: '确认未报', en: 'Mark not reported' },
  reopen: { zh: '恢复填报', en: 'Reopen' },
  lock: { zh: '锁定', en: 'Lock' },
  unlock: { zh: '解锁', en: 'Unlock' },
};

/** The status an action leads to and the least actor who may take it, or null where it does not apply. */
function rule(
  status: ReportStatus,
  action: ReportAction,
  periodLocked: boolean,
): { to: ReportStatus; least: ReportActor } | null {
  switch (action) {
    case 'save':
      if (status === 'draft' || status === 'returned') return { to: status, least: 'enterprise' };
      return status === 'submitted' ? { to: status, least: 'county' } : null;
    case 'submit':
      return status === 'draft' || status === 'returned'
        ? { to: 'submitted', least: 'enterprise' }
        : null;
    case 'return':
      return status === 'submitted' ? { to: 'returned', least: 'county' } : null;
    case 'approve':
      return status === 'submitted' ? { to: 'approved', least: 'county' } : null;
    case 'unapprove':
      return status === 'approved' ? { to: 'submitted', least: 'county' } : null;
    case 'mark_not_reported':
      return status === 'draft' || status === 'returned'
        ? { to: 'not_reported', least: 'county' }
        : null;
    case 'reopen':
      return status === 'not_reported' ? { to: 'draft', least: 'county' } : null;
    case 'lock':
      if (status === 'approved') return { to: 'locked', least: 'city' };
      return status === 'not_reported' ? { to: 'not_reported', least: 'city' } : null;
    case 'unlock':
      if (status === 'locked') return { to: 'approved', least: 'admin' };
      return status === 'not_reported' && periodLocked
        ? { to: 'not_reported', least: 'admin' }
        : null;
    default:
      return exhaustiveSwitchError(action, 'report action');
  }
}

const NEEDS_REASON: ReadonlySet<ReportAction> = new Set(['return', 'mark_not_reported', 'unlock']);

const refuse = (
  code: TransitionErrorCode,
  message: LocalizedText,
): Result<never, TransitionError> => err({ code, message });

/** The status after `action`, or why it is refused. `save` keeps the status. */
export function reportTransition(
  status: ReportStatus,
  action: ReportAction,
  actor: ReportActor,
  context: TransitionContext = {},
): Result<ReportStatus, TransitionError> {
  const periodLocked = context.periodLocked === true;
  const actionLabel = REPORT_ACTION_LABELS[action];
  const statusLabel = REPORT_STATUS_LABELS[status];
  if (periodLocked && action !== 'unlock') {
    return refuse('period_locked', {
      zh: `该报告期已由市级锁定，数据只读，不能${actionLabel.zh}；如需修改，请由系统管理员解锁`,
      en: `This period is locked by the city and read-only, so it cannot be changed (${actionLabel.en}); an administrator must unlock it first`,
    });
  }
  const found = rule(status, action, periodLocked);
  if (!found) {
    return refuse('not_allowed_in_status', {
      zh: `报表当前状态为“${statusLabel.zh}”，不能${actionLabel.zh}`,
      en: `A report that is “${statusLabel.en}” cannot take “${actionLabel.en}”`,
    });
  }
  if (ACTOR_LEVEL[actor] < ACTOR_LEVEL[found.least]) {
    const least = ACTOR_LABELS[found.least];
    return refuse('not_allowed_for_actor', {
      zh: `“${statusLabel.zh}”的报表只能由${least.zh}${found.least === 'admin' ? '' : '及以上'}${actionLabel.zh}`,
      en: `Only ${least.en}${found.least === 'admin' ? '' : ' or above'} may take “${actionLabel.en}” on a report that is “${statusLabel.en}”`,
    });
  }
  if (NEEDS_REASON.has(action) && (context.reason ?? '').trim() === '') {
    return refuse('reason_required', {
      zh: `${actionLabel.zh}需要填写原因`,
      en: `Give a reason to ${actionLabel.en.toLowerCase()}`,
    });
  }
  if (action === 'submit' && context.submittable !== true) {
    return refuse('validation_failed', {
      zh: '报表未通过校验：请先修正错误，并对需要说明的提示填写说明',
      en: 'The report does not pass validation: fix the errors and explain the warnings first',
    });
  }
  return ok(found.to);
}

/** The actions an actor could take now (for buttons), ignoring validation and reasons. */
export function availableReportActions(
  status: ReportStatus,
  actor: ReportActor,
  periodLocked: boolean,
): ReportAction[] {
  return REPORT_ACTIONS.filter(
    (action) =>
      reportTransition(status, action, actor, { reason: 'x', submittable: true, periodLocked }).ok,
  );
}

/** Whether figures may be changed in this status by this actor (enterprise: draft/returned; county: also submitted). */
export function canEditFigures(status: ReportStatus, actor: ReportActor): boolean {
  return reportTransition(status, 'save', actor).ok;
}

/**
 * Whether a county's period may be locked: every expected report approved or not_reported
 * (a report already locked does not hold it up). `blocking` lists the enterprise ids holding it
 * up (missing ones included), in the order expected, each once.
 */
export function checkCountyLock(
  expectedEnterpriseIds: readonly number[],
  statusByEnterprise: ReadonlyMap<number, ReportStatus>,
): { ok: boolean; blocking: number[] } {
  const blocking = [
    ...new Set(
      expectedEnterpriseIds.filter((id) => {
        const status = statusByEnterprise.get(id);
        return status !== 'approved' && status !== 'not_reported' && status !== 'locked';
      }),
    ),
  ];
  return { ok: blocking.length === 0, blocking };
}
