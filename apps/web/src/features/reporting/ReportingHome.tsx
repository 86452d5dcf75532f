import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { MyReportsPage } from './MyReportsPage';
import { useReportingRoles } from './reporting-labels';

/** `/reporting`: an enterprise user's own reports; everyone else starts at the progress overview. */
export function ReportingHome() {
  const { isEnterpriseUser } = useReportingRoles();
  return isEnterpriseUser ? <MyReportsPage /> : <Navigate to="/reporting/overview" replace />;
}

/** The officers' screens; an enterprise user sees its own reports there instead. */
export function ForOfficers({ children }: { children: ReactNode }) {
  const { isEnterpriseUser } = useReportingRoles();
  return isEnterpriseUser ? <MyReportsPage /> : children;
}
