import { periodLabel } from '@gongyeyun/core';
import { Card, Col, Empty, Flex, Row, Statistic, Typography } from 'antd';
import { useCockpitI18n } from '../../i18n/cockpit-i18n';
import { PageSpin } from '../../shared/PageSpin';
import { PeriodPicker } from '../reporting/PeriodPicker';
import { TrendChart } from './CockpitCharts';
import { ExplainProvider, FigureLink } from './ExplainDrawer';
import { amountText, growthText, percentText, pointsText, type FigureRef } from './figures';
import { MoversCard } from './MoversCard';
import { useCockpitParams, useSeries, useSummary } from './use-cockpit';

/**
 * A chain's figures within the caller's unit, with the cockpit's components: year to date,
 * growth, pull on the whole and share, the trend, and the enterprises moving it.
 */
export function ChainFigures({ chainId }: { chainId: number }) {
  return (
    <ExplainProvider>
      <ChainFiguresView chainId={chainId} />
    </ExplainProvider>
  );
}

function ChainFiguresView({ chainId }: { chainId: number }) {
  const { t, label } = useCockpitI18n();
  const c = t.cockpit;
  const params = useCockpitParams();
  const key = String(chainId);
  const chains = useSummary(params, 'chain');
  const series = useSeries(params, { dimension: 'chain', key });
  if (!chains.data) return <Card title={c.chainFigures}>{<PageSpin />}</Card>;
  const summary = chains.data;
  const row = summary.rows.find((r) => r.key === key);
  const ref = (figure: FigureRef['figure']): FigureRef => ({
    period: summary.period,
    indicator: summary.indicator.code,
    unitId: summary.unit.id,
    basis: params.basis,
    dimension: 'chain',
    key,
    figure,
  });
  return (
    <Card
      data-testid="chain-figures-card"
      title={`${c.chainFigures} · ${summary.unit.name} · ${label(periodLabel(summary.period))}`}
      extra={<PeriodPicker value={params.period} onChange={(period) => params.set({ period })} />}
    >
      {!row ? (
        <Empty description={c.noData} />
      ) : (
        <>
          <Row gutter={[16, 16]}>
            {(
              [
                [
                  'ytd',
                  `${c.kpi.output} · ${c.kpi.ytd}`,
                  label(amountText(row.ytd, summary.indicator)),
                ],
                ['growth', c.figures.growth, label(growthText(row.growth))],
                ['pull', c.figures.pull, label(pointsText(row.pull))],
                ['share', c.figures.share, label(percentText(row.share))],
                ['enterprises', c.figures.enterprises, String(row.enterprises)],
              ] as const
            ).map(([figure, title, text]) => (
              <Col xs={12} md={8} xl={4} key={figure}>
                <Statistic
                  title={title}
                  valueRender={() => (
                    <FigureLink figure={ref(figure)} testId={`chain-${figure}`}>
                      {text}
                    </FigureLink>
                  )}
                />
              </Col>
            ))}
          </Row>
          <Flex vertical gap="middle" style={{ marginTop: 16 }}>
            {series.data ? (
              <TrendChart series={series.data} params={params} />
            ) : (
              <Typography.Text>…</Typography.Text>
            )}
            <MoversCard params={params} group={{ dimension: 'chain', key }} />
          </Flex>
        </>
      )}
    </Card>
  );
}
