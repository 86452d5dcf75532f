import type { TCandidateDetail } from '@gongyeyun/contract';
import { CANDIDATE_STATUS_LABELS, CANDIDATE_STATUSES } from '@gongyeyun/core';
import { Empty, Tag, Timeline, Typography } from 'antd';
import { useCultivationI18n } from '../../i18n/cultivation-i18n';
import { formatDateTime } from '../../shared/format';

const KIND_COLOURS = { status: 'blue', action: 'green', note: 'gray' } as const;

/** The steps, actions and notes of a candidate or warning, oldest first. */
export function CultivationLog({ log, testId }: { log: TCandidateDetail['log']; testId: string }) {
  const { t, label } = useCultivationI18n();
  const c = t.cultivation;
  const statusLabel = (s: string | null) => {
    if (s === null) return '';
    const candidate = CANDIDATE_STATUSES.find((x) => x === s);
    if (candidate) return label(CANDIDATE_STATUS_LABELS[candidate]);
    return s === 'open' || s === 'closed' ? c.warningStatus[s] : s;
  };
  if (log.length === 0) return <Empty description={c.noLog} />;
  return (
    <Timeline
      data-testid={testId}
      items={log.map((e) => ({
        color: KIND_COLOURS[e.kind],
        content: (
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(e.at)} · {e.actorName}
            </Typography.Text>
            <div>
              <Tag>{c.logKinds[e.kind]}</Tag>
              {e.kind === 'status' && (
                <span>
                  {e.fromStatus ? `${statusLabel(e.fromStatus)} → ` : ''}
                  {statusLabel(e.toStatus)}
                  {e.text ? '：' : ''}
                </span>
              )}
              {e.text}
            </div>
          </div>
        ),
      }))}
    />
  );
}
