import type { TReportListItem } from '@gongyeyun/contract';
import { periodLabel } from '@gongyeyun/core';
import { Tag } from 'antd';
import { useCallback } from 'react';
import { useReportingI18n } from '../../i18n/reporting-i18n';
import { useCanWrite, useCurrentUser } from '../auth/current-user';

export type ListStatus = TReportListItem['status'];

const STATUS_COLORS: Record<ListStatus, string> = {
  none: 'default',
  draft: 'gold',
  submitted: 'blue',
  returned: 'orange',
  approved: 'green',
  locked: 'purple',
  not_reported: 'magenta',
};

export const LIST_STATUSES: readonly ListStatus[] = [
  'none',
  'draft',
  'submitted',
  'returned',
  'approved',
  'locked',
  'not_reported',
];

/** A report's status as a coloured tag (`none`: expected, nothing saved yet). */
export function ReportStatusTag({ status }: { status: ListStatus }) {
  const { t } = useReportingI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="report-status" data-status={status}>
      {t.reporting.statuses[status]}
    </Tag>
  );
}

/** `2021-02` → 2021年1–2月 / Jan–Feb 2021; anything else is shown as it is. */
export function usePeriodName(): (period: string) => string {
  const { label } = useReportingI18n();
  return useCallback(
    (period) => {
      try {
        return label(periodLabel(period));
      } catch {
        return period;
      }
    },
    [label],
  );
}

export interface ReportingRoles {
  /** An enterprise user's enterprise; null for everyone else. */
  enterpriseId: number | null;
  isEnterpriseUser: boolean;
  /** May approve, return and mark reports (county officers and above). */
  canReview: boolean;
  /** May change indicators, the calendar and the rules, and lock periods (admin, analyst). */
  canConfigure: boolean;
  /** May unlock a locked period (admin). */
  isAdmin: boolean;
}

/** What the signed-in user may do in reporting (the server decides; this only shapes screens). */
export function useReportingRoles(): ReportingRoles {
  const me = useCurrentUser();
  const canWrite = useCanWrite('reporting');
  const roles = new Set(me.grants.map((grant) => grant.role));
  const enterpriseGrant = me.grants.find(
    (grant) => grant.role === 'enterprise_user' && grant.enterpriseId !== null,
  );
  const isEnterpriseUser = roles.size > 0 && [...roles].every((r) => r === 'enterprise_user');
  const canConfigure = canWrite && (roles.has('admin') || roles.has('analyst'));
  return {
    enterpriseId: isEnterpriseUser ? (enterpriseGrant?.enterpriseId ?? null) : null,
    isEnterpriseUser,
    canReview: canWrite && !isEnterpriseUser,
    canConfigure,
    isAdmin: canWrite && roles.has('admin'),
  };
}

/** A share 0–1 as a percentage with one decimal; — when there is none. */
export const formatRate = (rate: number | null): string =>
  rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;

export const reportLink = (enterpriseId: number, period: string): string =>
  `/reporting/reports/${enterpriseId}/${period}`;
