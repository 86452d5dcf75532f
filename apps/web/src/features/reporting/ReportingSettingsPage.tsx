import { Alert, Card, Tabs } from 'antd';
import { useReportingI18n } from '../../i18n/reporting-i18n';
import { CalendarSettings } from './CalendarSettings';
import { IndicatorSettings } from './IndicatorSettings';
import { useReportingRoles } from './reporting-labels';
import { ValidationSettings } from './ValidationSettings';

/** `/reporting/settings`: indicators, the reporting calendar and the validation rules. */
export function ReportingSettingsPage() {
  const { t } = useReportingI18n();
  const s = t.reportingSettings;
  const { canConfigure } = useReportingRoles();
  return (
    <Card title={s.title}>
      {!canConfigure && (
        <Alert type="info" showIcon title={s.readOnlyHint} style={{ marginBottom: 16 }} />
      )}
      <Tabs
        items={[
          {
            key: 'indicators',
            label: s.tabIndicators,
            children: <IndicatorSettings canEdit={canConfigure} />,
          },
          {
            key: 'calendar',
            label: s.tabCalendar,
            children: <CalendarSettings canEdit={canConfigure} />,
          },
          {
            key: 'validation',
            label: s.tabValidation,
            children: <ValidationSettings canEdit={canConfigure} />,
          },
        ]}
      />
    </Card>
  );
}
