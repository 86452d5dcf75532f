import { PrinterOutlined } from '@ant-design/icons';
import type { TSummary } from '@gongyeyun/contract';
import { periodLabel } from '@gongyeyun/core';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Segmented,
  Select,
  Space,
  Statistic,
  Typography,
} from 'antd';
import { useCockpitI18n } from '../../i18n/cockpit-i18n';
import { LoadError } from '../../shared/LoadError';
import { PageSpin } from '../../shared/PageSpin';
import { PeriodPicker } from '../reporting/PeriodPicker';
import { GrowthBars, PullWaterfall, TierMix, TrendChart } from './CockpitCharts';
import { ExplainProvider, FigureLink } from './ExplainDrawer';
import { FigureTable } from './FigureTable';
import { amountText, growthText, pointsText, rateColor, type FigureRef } from './figures';
import { MoversCard } from './MoversCard';
import { OfficialFiguresCard } from './OfficialFiguresCard';
import { useCockpitParams, useSeries, useSummary, type CockpitParams } from './use-cockpit';

/**
 * 领导驾驶舱: the unit's industrial economy for a period on one page. Every number opens a
 * drawer with its formula, the numbers put in, and the enterprises behind it.
 */
export function CockpitPage() {
  const params = useCockpitParams();
  return (
    <ExplainProvider>
      <CockpitView params={params} onChange={params.set} />
    </ExplainProvider>
  );
}

function CockpitView({
  params,
  onChange,
}: {
  params: CockpitParams;
  onChange: (next: Partial<CockpitParams>) => void;
}) {
  const { t, label } = useCockpitI18n();
  const c = t.cockpit;
  const bands = useSummary(params, 'band');
  const summary = bands.data;
  const isCity = summary?.unit.kind === 'city';
  const counties = useSummary(params, 'county', 'output', isCity);
  const chains = useSummary(params, 'chain');
  const tiers = useSummary(params, 'tier');
  const series = useSeries(params);

  if (bands.isError) return <LoadError error={bands.error} onRetry={() => void bands.refetch()} />;
  if (!summary) return <PageSpin />;
  const unitName = summary.unit.name;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="cockpit">
      <Card>
        <Flex justify="space-between" align="center" wrap gap="middle">
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {c.title}
            </Typography.Title>
            <Typography.Text type="secondary" data-testid="cockpit-subtitle">
              {c.subtitle(unitName, label(periodLabel(summary.period)))}
            </Typography.Text>
          </div>
          <Flex gap="small" wrap align="center" className="no-print">
            <PeriodPicker value={params.period} onChange={(period) => onChange({ period })} />
            <Select<number>
              aria-label={c.unit}
              data-testid="cockpit-unit"
              style={{ minWidth: 160 }}
              value={summary.unit.id}
              onChange={(unitId) => onChange({ unitId })}
              options={summary.units.map((u) => ({ value: u.id, label: u.name }))}
              showSearch={{ optionFilterProp: 'label' }}
            />
            <Segmented<CockpitParams['basis']>
              data-testid="cockpit-basis"
              value={params.basis}
              onChange={(basis) => onChange({ basis })}
              options={[
                { value: 'approved', label: c.bases.approved },
                { value: 'provisional', label: c.bases.provisional },
              ]}
            />
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {c.print}
            </Button>
          </Flex>
        </Flex>
        <Alert
          style={{ marginTop: 12 }}
          type={params.basis === 'approved' ? 'info' : 'warning'}
          showIcon
          title={c.basisHint[params.basis]}
          data-testid="basis-note"
        />
      </Card>

      {summary.total.enterprises === 0 && <Alert type="warning" showIcon title={c.noData} />}

      <KpiCards output={summary} params={params} />

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={c.trend}>
            {series.data ? <TrendChart series={series.data} params={params} /> : <PageSpin />}
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={c.bands}>
            <BandList summary={summary} params={params} />
          </Card>
        </Col>
      </Row>

      <Row gutter={[16, 16]}>
        {isCity && (
          <Col xs={24} xl={12}>
            <Card title={c.byCounty}>
              {counties.data ? (
                <>
                  <GrowthBars summary={counties.data} params={params} testId="chart-counties" />
                  <FigureTable summary={counties.data} params={params} testId="county-figures" />
                </>
              ) : (
                <PageSpin />
              )}
            </Card>
          </Col>
        )}
        <Col xs={24} xl={isCity ? 12 : 24}>
          <OfficialFiguresCard params={params} unitId={summary.unit.id} />
        </Col>
      </Row>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={c.byChain}>
            {chains.data ? (
              <>
                <GrowthBars summary={chains.data} params={params} testId="chart-chains" />
                <FigureTable
                  summary={chains.data}
                  params={params}
                  testId="chain-figures"
                  columns={['ytd', 'growth', 'pull', 'share', 'enterprises']}
                />
              </>
            ) : (
              <PageSpin />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={c.pullByChain}>
            {chains.data ? <PullWaterfall summary={chains.data} params={params} /> : <PageSpin />}
            {chains.data && !chains.data.partition && (
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                {c.pullNote}
              </Typography.Paragraph>
            )}
          </Card>
        </Col>
      </Row>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <Card title={c.tierMix}>
            {tiers.data ? (
              tiers.data.rows.length > 0 ? (
                <>
                  <TierMix summary={tiers.data} params={params} />
                  <FigureTable
                    summary={tiers.data}
                    params={params}
                    testId="tier-figures"
                    columns={['share', 'growth']}
                  />
                </>
              ) : (
                <Empty />
              )
            ) : (
              <PageSpin />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <MoversCard params={params} />
        </Col>
      </Row>
    </Space>
  );
}

/** One KPI: year to date (clickable), growth and its change since the last period (clickable). */
function Kpi({
  title,
  summary,
  params,
  testId,
}: {
  title: string;
  summary: TSummary;
  params: CockpitParams;
  testId: string;
}) {
  const { t, label } = useCockpitI18n();
  const c = t.cockpit;
  const ref = (figure: FigureRef['figure']): FigureRef => ({
    period: summary.period,
    indicator: summary.indicator.code,
    unitId: summary.unit.id,
    basis: params.basis,
    figure,
  });
  const total = summary.total;
  return (
    <Card size="small" data-testid={testId}>
      <Statistic
        title={title}
        valueRender={() => (
          <FigureLink figure={ref('ytd')} testId={`${testId}-ytd`}>
            {label(amountText(total.ytd, summary.indicator))}
          </FigureLink>
        )}
      />
      <Space size="small" wrap>
        <FigureLink figure={ref('growth')} testId={`${testId}-growth`}>
          <span style={{ color: rateColor(total.growth) }}>{label(growthText(total.growth))}</span>
        </FigureLink>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {c.kpi.changePoints}{' '}
          <FigureLink figure={ref('changePoints')}>
            {label(pointsText(total.changePoints))}
          </FigureLink>
        </Typography.Text>
      </Space>
    </Card>
  );
}

function KpiCards({ output, params }: { output: TSummary; params: CockpitParams }) {
  const { t } = useCockpitI18n();
  const c = t.cockpit;
  const profit = useSummary(params, 'band', 'profit');
  const tax = useSummary(params, 'band', 'tax');
  const electricity = useSummary(params, 'band', 'electricity');
  const others = [
    { code: 'profit', query: profit },
    { code: 'tax', query: tax },
    { code: 'electricity', query: electricity },
  ] as const;
  const ref: FigureRef = {
    period: output.period,
    indicator: 'output',
    unitId: output.unit.id,
    basis: params.basis,
    figure: 'enterprises',
  };
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} sm={12} xl={6}>
        <Kpi title={c.kpi.output} summary={output} params={params} testId="kpi-output" />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Card size="small" data-testid="kpi-enterprises">
          <Statistic
            title={c.kpi.enterprises}
            valueRender={() => (
              <FigureLink figure={ref} testId="kpi-enterprises-count">
                {c.kpi.enterpriseCount(output.total.enterprises)}
              </FigureLink>
            )}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.kpi.withBase(output.total.withBase, output.total.enterprises)}
          </Typography.Text>
        </Card>
      </Col>
      {others.map(({ code, query }) => (
        <Col xs={24} sm={12} xl={4} key={code}>
          {query.data ? (
            <Kpi title={c.kpi[code]} summary={query.data} params={params} testId={`kpi-${code}`} />
          ) : (
            <Card size="small" loading />
          )}
        </Col>
      ))}
    </Row>
  );
}

function BandList({ summary, params }: { summary: TSummary; params: CockpitParams }) {
  const { t, label } = useCockpitI18n();
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="output-bands">
      {summary.rows.length === 0 && <Empty />}
      {summary.rows.map((row) => (
        <Flex key={row.key} justify="space-between">
          <span>{label(row.name)}</span>
          <FigureLink
            testId={`band-${row.key}`}
            figure={{
              period: summary.period,
              indicator: summary.indicator.code,
              unitId: summary.unit.id,
              basis: params.basis,
              dimension: 'band',
              key: row.key,
              figure: 'enterprises',
            }}
          >
            {t.cockpit.bandCount(row.enterprises)}
          </FigureLink>
        </Flex>
      ))}
    </Space>
  );
}
