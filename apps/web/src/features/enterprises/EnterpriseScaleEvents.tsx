import { PlusOutlined } from '@ant-design/icons';
import type { TEnterprise } from '@gongyeyun/contract';
import { SCALE_CATEGORY_LABELS } from '@gongyeyun/core';
import { Button, Card, Empty, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { ScaleEventModal } from './ScaleEventModal';

/** The dated entries into and exits from the 四上 statistics, oldest first; writers add one. */
export function EnterpriseScaleEvents({
  enterprise,
  canWrite,
}: {
  enterprise: TEnterprise;
  canWrite: boolean;
}) {
  const { t, label } = useRegistryI18n();
  const [isAdding, setIsAdding] = useState(false);
  const events = [...enterprise.scaleEvents].sort(
    (a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.id - b.id,
  );

  return (
    <Card
      title={t.enterprises.scaleEventsTitle}
      style={{ height: '100%' }}
      extra={
        canWrite && (
          <Button
            icon={<PlusOutlined />}
            data-testid="scale-event-add"
            onClick={() => setIsAdding(true)}
          >
            {t.enterprises.addEvent}
          </Button>
        )
      }
    >
      {events.length === 0 ? (
        <Empty description={t.enterprises.noEvents} />
      ) : (
        <Timeline
          data-testid="scale-events"
          mode="start"
          items={events.map((event) => ({
            key: event.id,
            color: event.kind === 'entered' ? 'green' : 'red',
            title: event.occurredOn,
            content: (
              <>
                <Typography.Text strong>{t.enterprises.eventKinds[event.kind]}</Typography.Text>
                {' · '}
                {label(SCALE_CATEGORY_LABELS[event.category])}
                {event.reason && (
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                    {event.reason}
                  </Typography.Paragraph>
                )}
              </>
            ),
          }))}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t.enterprises.eventsHint}
      </Typography.Paragraph>
      <ScaleEventModal enterprise={enterprise} open={isAdding} onClose={() => setIsAdding(false)} />
    </Card>
  );
}
