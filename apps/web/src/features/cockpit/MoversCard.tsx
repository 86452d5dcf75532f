import type { TRankedEnterprises } from '@gongyeyun/contract';
import { Card, Table, Tabs } from 'antd';
import { Link } from 'react-router';
import { useCockpitI18n } from '../../i18n/cockpit-i18n';
import { growthText, percentText, pointsText } from './figures';
import { useMovers, type CockpitParams } from './use-cockpit';

type Mover = TRankedEnterprises['items'][number];

/** The ten enterprises contributing most to growth, and the ten holding it back. */
export function MoversCard({
  params,
  group,
}: {
  params: CockpitParams;
  group?: { dimension: 'chain'; key: string };
}) {
  const { t, label } = useCockpitI18n();
  const c = t.cockpit;
  const top = useMovers(params, 'top', group);
  const bottom = useMovers(params, 'bottom', group);
  const table = (data: TRankedEnterprises | undefined, loading: boolean, testId: string) => (
    <Table<Mover>
      data-testid={testId}
      rowKey="enterpriseId"
      size="small"
      loading={loading}
      dataSource={data?.items ?? []}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: c.columns.rank, dataIndex: 'rank', width: 60 },
        {
          title: c.columns.enterprise,
          dataIndex: 'name',
          render: (name: string, m) => <Link to={`/enterprises/${m.enterpriseId}`}>{name}</Link>,
        },
        { title: c.columns.county, dataIndex: 'countyName', width: 100 },
        {
          title: c.columns.growth,
          key: 'growth',
          align: 'right',
          render: (_, m) => label(growthText(m.growth)),
        },
        {
          title: c.columns.contribution,
          key: 'contribution',
          align: 'right',
          render: (_, m) => label(percentText(m.contribution)),
        },
        {
          title: c.columns.pull,
          key: 'pull',
          align: 'right',
          render: (_, m) => label(pointsText(m.pull)),
        },
      ]}
    />
  );
  return (
    <Card data-testid="movers">
      <Tabs
        items={[
          { key: 'top', label: c.drivers, children: table(top.data, top.isPending, 'drivers') },
          {
            key: 'bottom',
            label: c.draggers,
            children: table(bottom.data, bottom.isPending, 'draggers'),
          },
        ]}
      />
    </Card>
  );
}
