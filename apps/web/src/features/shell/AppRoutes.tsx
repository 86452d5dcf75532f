import type { Module } from '@gongyeyun/core';
import { lazy } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { readGateState } from '../../shared/gate-state';
import { NotFoundResult } from '../../shared/NotFoundResult';
import { canUseModule, useCanWrite, useCurrentUser } from '../auth/current-user';
import { moduleNav } from './module-nav';
import { ShellLayout } from './ShellLayout';

const HomePage = lazy(() => import('../home/HomePage').then((m) => ({ default: m.HomePage })));
const TargetsPage = lazy(() =>
  import('../targets/TargetsPage').then((m) => ({ default: m.TargetsPage })),
);
const CockpitPage = lazy(() =>
  import('../cockpit/CockpitPage').then((m) => ({ default: m.CockpitPage })),
);
const ChangePasswordPage = lazy(() =>
  import('../auth/ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })),
);
const OrgUnitsPage = lazy(() =>
  import('../org-units/OrgUnitsPage').then((m) => ({ default: m.OrgUnitsPage })),
);
const UsersPage = lazy(() => import('../users/UsersPage').then((m) => ({ default: m.UsersPage })));
const UserPage = lazy(() => import('../users/UserPage').then((m) => ({ default: m.UserPage })));
const AuditPage = lazy(() => import('../audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const TokensPage = lazy(() =>
  import('../tokens/TokensPage').then((m) => ({ default: m.TokensPage })),
);
const EnterpriseListPage = lazy(() =>
  import('../enterprises/EnterpriseListPage').then((m) => ({ default: m.EnterpriseListPage })),
);
const EnterprisePage = lazy(() =>
  import('../enterprises/EnterprisePage').then((m) => ({ default: m.EnterprisePage })),
);
const EnterpriseImportPage = lazy(() =>
  import('../enterprises/EnterpriseImportPage').then((m) => ({
    default: m.EnterpriseImportPage,
  })),
);
const IndustrialSystemPage = lazy(() =>
  import('../industrial-system/IndustrialSystemPage').then((m) => ({
    default: m.IndustrialSystemPage,
  })),
);
const ChainPage = lazy(() =>
  import('../industrial-system/ChainPage').then((m) => ({ default: m.ChainPage })),
);
const IndustryClassesPage = lazy(() =>
  import('../reference/IndustryClassesPage').then((m) => ({ default: m.IndustryClassesPage })),
);
const ScaleThresholdsPage = lazy(() =>
  import('../reference/ScaleThresholdsPage').then((m) => ({ default: m.ScaleThresholdsPage })),
);
const EnterpriseTagsPage = lazy(() =>
  import('../reference/EnterpriseTagsPage').then((m) => ({ default: m.EnterpriseTagsPage })),
);
const ReportingHome = lazy(() =>
  import('../reporting/ReportingHome').then((m) => ({ default: m.ReportingHome })),
);
const ForOfficers = lazy(() =>
  import('../reporting/ReportingHome').then((m) => ({ default: m.ForOfficers })),
);
const ReportingOverviewPage = lazy(() =>
  import('../reporting/ReportingOverviewPage').then((m) => ({
    default: m.ReportingOverviewPage,
  })),
);
const ReportListPage = lazy(() =>
  import('../reporting/ReportListPage').then((m) => ({ default: m.ReportListPage })),
);
const ReportFormPage = lazy(() =>
  import('../reporting/ReportFormPage').then((m) => ({ default: m.ReportFormPage })),
);
const ReportImportPage = lazy(() =>
  import('../reporting/ReportImportPage').then((m) => ({ default: m.ReportImportPage })),
);
const ReportingSettingsPage = lazy(() =>
  import('../reporting/ReportingSettingsPage').then((m) => ({
    default: m.ReportingSettingsPage,
  })),
);
const ProjectLedgerPage = lazy(() =>
  import('../projects/ProjectLedgerPage').then((m) => ({ default: m.ProjectLedgerPage })),
);
const ProjectImportPage = lazy(() =>
  import('../projects/ProjectImportPage').then((m) => ({ default: m.ProjectImportPage })),
);
const ProjectPage = lazy(() =>
  import('../projects/ProjectPage').then((m) => ({ default: m.ProjectPage })),
);
const TaskDashboardPage = lazy(() =>
  import('../projects/TaskDashboardPage').then((m) => ({ default: m.TaskDashboardPage })),
);
const TicketsPage = lazy(() =>
  import('../services/TicketsPage').then((m) => ({ default: m.TicketsPage })),
);
const TicketPage = lazy(() =>
  import('../services/TicketPage').then((m) => ({ default: m.TicketPage })),
);
const CommissionersPage = lazy(() =>
  import('../services/CommissionersPage').then((m) => ({ default: m.CommissionersPage })),
);
const ServiceStatsPage = lazy(() =>
  import('../services/ServiceStatsPage').then((m) => ({ default: m.ServiceStatsPage })),
);
const LeadPipelinePage = lazy(() =>
  import('../projects/LeadPipelinePage').then((m) => ({ default: m.LeadPipelinePage })),
);
const CultivationPage = lazy(() =>
  import('../cultivation/CultivationPage').then((m) => ({ default: m.CultivationPage })),
);
const CandidatePage = lazy(() =>
  import('../cultivation/CandidatePage').then((m) => ({ default: m.CandidatePage })),
);

/** The signed-in application: only the routes of modules the user may use exist. */
export function AppRoutes() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const location = useLocation();
  const gateState = readGateState(location.state);
  const can = (module: Module) => canUseModule(me, module);
  const canWriteEnterprises = useCanWrite('enterprises');
  const canWriteReporting = useCanWrite('reporting');
  const canWriteProjects = useCanWrite('projects');
  const [firstModule] = me.modules;
  const home = can('cockpit') ? (
    <CockpitPage />
  ) : !firstModule ? (
    <HomePage />
  ) : (
    <Navigate to={moduleNav(firstModule.module, t).path} replace />
  );

  return (
    <Routes>
      {/* Just signed in: back to where the visitor was headed. */}
      <Route path="/login" element={<Navigate to={gateState.from ?? '/'} replace />} />
      <Route element={<ShellLayout />}>
        <Route index element={home} />
        <Route path="account" element={<HomePage />} />
        {can('targets') && <Route path="targets" element={<TargetsPage />} />}
        <Route
          path="change-password"
          element={
            // A forced change just succeeded: on to the application.
            gateState.isForced ? <Navigate to="/" replace /> : <ChangePasswordPage />
          }
        />
        {can('enterprises') && (
          <>
            <Route path="enterprises" element={<EnterpriseListPage />} />
            {canWriteEnterprises && (
              <Route path="enterprises/import" element={<EnterpriseImportPage />} />
            )}
            <Route path="enterprises/:id" element={<EnterprisePage />} />
          </>
        )}
        {can('industrial_system') && (
          <>
            <Route path="industrial-system" element={<IndustrialSystemPage />} />
            <Route path="industrial-system/chains/:id" element={<ChainPage />} />
          </>
        )}
        {can('reference_data') && (
          <>
            <Route
              path="reference"
              element={<Navigate to="/reference/industry-classes" replace />}
            />
            <Route path="reference/industry-classes" element={<IndustryClassesPage />} />
            <Route path="reference/scale-thresholds" element={<ScaleThresholdsPage />} />
            <Route path="reference/tags" element={<EnterpriseTagsPage />} />
          </>
        )}
        {can('org_units') && (
          <>
            <Route path="org-units" element={<OrgUnitsPage />} />
            <Route path="org-units/:id" element={<OrgUnitsPage />} />
          </>
        )}
        {can('users') && (
          <>
            <Route path="users" element={<UsersPage />} />
            <Route path="users/:id" element={<UserPage />} />
          </>
        )}
        {can('audit') && <Route path="audit" element={<AuditPage />} />}
        {can('api_tokens') && <Route path="tokens" element={<TokensPage />} />}
        {can('reporting') && (
          <>
            <Route path="reporting" element={<ReportingHome />} />
            <Route
              path="reporting/overview"
              element={
                <ForOfficers>
                  <ReportingOverviewPage />
                </ForOfficers>
              }
            />
            <Route
              path="reporting/reports"
              element={
                <ForOfficers>
                  <ReportListPage />
                </ForOfficers>
              }
            />
            <Route path="reporting/reports/:enterpriseId/:period" element={<ReportFormPage />} />
            {canWriteReporting && (
              <Route
                path="reporting/import"
                element={
                  <ForOfficers>
                    <ReportImportPage />
                  </ForOfficers>
                }
              />
            )}
            <Route path="reporting/settings" element={<ReportingSettingsPage />} />
          </>
        )}
        {can('projects') && (
          <>
            <Route path="projects" element={<Navigate to="/projects/ledger" replace />} />
            <Route path="projects/ledger" element={<ProjectLedgerPage />} />
            {canWriteProjects && <Route path="projects/import" element={<ProjectImportPage />} />}
            <Route path="projects/tasks" element={<TaskDashboardPage />} />
            <Route path="projects/leads" element={<LeadPipelinePage />} />
            <Route path="projects/:id" element={<ProjectPage />} />
          </>
        )}
        {can('services') && (
          <>
            <Route path="services" element={<Navigate to="/services/tickets" replace />} />
            <Route path="services/tickets" element={<TicketsPage />} />
            <Route path="services/tickets/:id" element={<TicketPage />} />
            <Route path="services/commissioners" element={<CommissionersPage />} />
            <Route path="services/stats" element={<ServiceStatsPage />} />
          </>
        )}
        {can('cultivation') && (
          <>
            <Route path="cultivation" element={<CultivationPage />} />
            <Route path="cultivation/candidates/:id" element={<CandidatePage />} />
          </>
        )}
        <Route path="*" element={<NotFoundResult text={t.errors.pageNotFound} />} />
      </Route>
    </Routes>
  );
}
