import type { TRanking, TScheme } from '@gongyeyun/contract';
import { Alert, Descriptions, Drawer } from 'antd';
import { useTargetsI18n } from '../../i18n/targets-i18n';

type County = TRanking['counties'][number];
type Part = County['parts'][number];

const figure = (v: number | null) => (v === null ? '—' : String(Math.round(v * 10_000) / 10_000));

/**
 * The figures behind one county's score on one metric: its actual and target as they were
 * taken, the points they gave, the metric's weight, scoring, direction and cap, and any veto.
 */
export function ScoreDrawer({
  county,
  part,
  scheme,
  onClose,
}: {
  county: County;
  part: Part;
  scheme: TScheme['scheme'] | undefined;
  onClose: () => void;
}) {
  const { t, label } = useTargetsI18n();
  const k = t.targets;
  const metric = scheme?.metrics.find((m) => m.key === part.metric);
  const veto = scheme?.vetoes?.find((v) => v.metric === part.metric);
  const weight = metric?.weight ?? (part.points > 0 ? part.weighted / part.points : null);
  return (
    <Drawer
      open
      size="min(460px, 100vw)"
      onClose={onClose}
      title={`${county.name} · ${metric ? label(metric.name) : part.metric}`}
    >
      <div data-testid="score-drawer">
        {part.missing && (
          <Alert type="warning" showIcon title={k.detailMissing} style={{ marginBottom: 12 }} />
        )}
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={k.detailValue}>
            <span data-testid="score-value">{figure(part.value)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={k.detailTarget}>
            <span data-testid="score-target">{figure(part.target)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={k.detailPoints}>
            <span data-testid="score-points">{figure(part.points)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={k.detailWeight}>{figure(weight)}</Descriptions.Item>
          <Descriptions.Item label={k.detailWeighted}>
            <span data-testid="score-weighted">{part.weighted.toFixed(2)}</span>
          </Descriptions.Item>
          {metric && (
            <>
              <Descriptions.Item label={k.detailNormalisation}>
                {k.normalisations[metric.normalisation]}
              </Descriptions.Item>
              <Descriptions.Item label={k.detailDirection}>
                {k.directions[metric.direction]}
              </Descriptions.Item>
              <Descriptions.Item label={k.detailCap}>
                {metric.cap === undefined ? k.noCap : k.capOf(metric.cap)}
              </Descriptions.Item>
            </>
          )}
          <Descriptions.Item label={k.detailVeto}>
            {veto
              ? `${label(veto.reason)}${veto.below !== undefined ? `（< ${veto.below}）` : ''}${
                  veto.above !== undefined ? `（> ${veto.above}）` : ''
                }`
              : k.noVeto}
            {county.vetoedBy && ` · ${k.vetoed}：${label(county.vetoedBy)}`}
          </Descriptions.Item>
        </Descriptions>
      </div>
    </Drawer>
  );
}
