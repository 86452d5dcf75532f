import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useCultivationI18n } from '../../i18n/cultivation-i18n';
import { useCanWrite } from '../auth/current-user';
import { BandSetting } from './BandSetting';
import { CandidatesTab } from './CandidatesTab';
import { CountsTab } from './CountsTab';
import { WarningsTab } from './WarningsTab';

const TABS = ['candidates', 'warnings', 'counts'] as const;
type Tab = (typeof TABS)[number];

/** `/cultivation`: the seed bank, exit warnings and the counties' entries and exits. */
export function CultivationPage() {
  const { t } = useCultivationI18n();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: Tab = TABS.find((x) => x === asked) ?? 'candidates';
  const canSetBand = useCanWrite('reference_data');
  return (
    <Card title={t.cultivation.title} extra={canSetBand && <BandSetting />}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'candidates' ? {} : { tab: key }, { replace: true })}
        destroyOnHidden
        items={TABS.map((key) => ({
          key,
          label: <span data-testid={`cultivation-tab-${key}`}>{t.cultivation.tabs[key]}</span>,
          children:
            key === 'candidates' ? (
              <CandidatesTab />
            ) : key === 'warnings' ? (
              <WarningsTab />
            ) : (
              <CountsTab />
            ),
        }))}
      />
    </Card>
  );
}
