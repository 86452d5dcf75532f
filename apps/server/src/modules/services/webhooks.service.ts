import { createHmac } from 'node:crypto';
import { nextDeliveryAttempt, TICKET_STATE_LABELS } from '@gongyeyun/core';
import {
  dueDeliveries,
  insertDeliveries,
  insertWebhook,
  listWebhooks,
  updateDelivery,
  withAdvisoryLock,
  type Database,
  type TicketRow,
  type WebhookFormat,
  type WebhookRow,
} from '@gongyeyun/db';
import type { RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { recordAudit } from '../audit/audit.service';

/** The ticket events a webhook may subscribe to. */
export type TicketNoticeKind =
  'assigned' | 'approaching' | 'overdue' | 'escalated_bureau' | 'replied';

const KIND_TEXT: Record<TicketNoticeKind, string> = {
  assigned: '新派诉求',
  approaching: '诉求即将到期',
  overdue: '诉求已超期，请督办',
  escalated_bureau: '诉求超期，市工信局督办',
  replied: '诉求已答复',
};

/** The generic JSON body: event, ticket summary and the time it happened. */
export function genericBody(ticket: TicketRow, kind: TicketNoticeKind, at: Date) {
  return {
    event: `ticket.${kind}`,
    occurredAt: at.toISOString(),
    ticket: {
      id: ticket.id,
      title: ticket.title,
      categoryCode: ticket.categoryCode,
      urgency: ticket.urgency,
      state: ticket.state,
      leadDepartmentId: ticket.leadDepartmentId,
      replyBy: ticket.replyBy,
    },
  };
}

/** What is posted for a format: generic JSON, or a DingTalk / WeCom robot markdown message. */
export function formatMessage(format: WebhookFormat, body: ReturnType<typeof genericBody>) {
  const kind = body.event.slice('ticket.'.length) as TicketNoticeKind;
  const title = `${KIND_TEXT[kind]}：${body.ticket.title}`;
  const lines = [
    `### ${title}`,
    `- 诉求编号：#${body.ticket.id}`,
    `- 状态：${TICKET_STATE_LABELS[body.ticket.state].zh}`,
    ...(body.ticket.replyBy ? [`- 答复期限：${body.ticket.replyBy}`] : []),
  ];
  switch (format) {
    case 'json':
      return body;
    case 'dingtalk':
      return { msgtype: 'markdown', markdown: { title, text: lines.join('\n') } };
    case 'wecom':
      return { msgtype: 'markdown', markdown: { content: lines.join('\n') } };
  }
}

/** HMAC-SHA256 over `${timestamp}.${body}`, hex, as sent in `x-gongyeyun-signature`. */
export const signBody = (secret: string, timestamp: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

/** DingTalk robots check `timestamp` and `sign` query parameters made from the secret. */
export function dingTalkUrl(url: string, secret: string, now: Date): string {
  const timestamp = String(now.getTime());
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
  const u = new URL(url);
  u.searchParams.set('timestamp', timestamp);
  u.searchParams.set('sign', sign);
  return u.toString();
}

/** Queues a delivery for every active webhook subscribed to the event, in the caller's transaction. */
export async function queueWebhooks(
  tx: Database,
  ticket: TicketRow,
  kind: TicketNoticeKind,
  now: Date = new Date(),
): Promise<void> {
  const hooks = (await listWebhooks(tx)).filter((h) => h.active && h.events.includes(kind));
  await insertDeliveries(
    tx,
    hooks.map((h) => ({
      webhookId: h.id,
      ticketId: ticket.id,
      event: kind,
      body: genericBody(ticket, kind, now),
      status: 'pending' as const,
      nextAttemptAt: now,
    })),
  );
}

/** Webhooks without their secrets. */
export async function webhookList(deps: Deps) {
  return (await listWebhooks(deps.db)).map((w) => ({
    id: w.id,
    name: w.name,
    url: w.url,
    format: w.format,
    events: w.events as TicketNoticeKind[],
    active: w.active,
  }));
}

export async function createWebhook(
  deps: Deps,
  ctx: RequestContext,
  input: { name: string; url: string; format: WebhookFormat; secret: string; events: string[] },
): Promise<WebhookRow> {
  return deps.db.transaction(async (tx) => {
    const row = await insertWebhook(tx, input);
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'webhook',
      entityId: row.id,
      after: { ...input, secret: '***' },
    });
    return row;
  });
}

const DELIVERY_LOCK = 71_012;

/**
 * Sends the deliveries due at `now` under the job lock; a failure (network, timeout, non-2xx)
 * is logged on the delivery and retried with backoff until the attempts are used up.
 */
export async function deliverWebhooks(
  deps: Deps,
  now: Date = new Date(),
  timeoutMs = 5000,
): Promise<{ ran: boolean; delivered: number; failed: number }> {
  const result = await withAdvisoryLock(deps.db, DELIVERY_LOCK, async (tx) => {
    let delivered = 0;
    let failed = 0;
    for (;;) {
      const batch = await dueDeliveries(tx, now, 50);
      for (const d of batch) {
        const body = JSON.stringify(
          formatMessage(d.format, d.body as unknown as ReturnType<typeof genericBody>),
        );
        const timestamp = String(Math.floor(now.getTime() / 1000));
        const url = d.format === 'dingtalk' ? dingTalkUrl(d.url, d.secret, now) : d.url;
        const attempts = d.attempts + 1;
        let status: number | null = null;
        let error: string | null = null;
        try {
          const res = await fetch(url, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-gongyeyun-timestamp': timestamp,
              'x-gongyeyun-signature': signBody(d.secret, timestamp, body),
              'x-gongyeyun-delivery': String(d.id),
            },
            body,
            signal: AbortSignal.timeout(timeoutMs),
          });
          status = res.status;
          if (!res.ok) error = `HTTP ${res.status}`;
        } catch (e) {
          error = e instanceof Error ? e.message : String(e);
        }
        if (error === null) {
          delivered += 1;
          await updateDelivery(tx, d.id, {
            status: 'delivered',
            attempts,
            responseStatus: status,
            deliveredAt: now,
            lastError: null,
          });
        } else {
          const next = nextDeliveryAttempt(attempts, now);
          if (next === null) failed += 1;
          await updateDelivery(tx, d.id, {
            status: next === null ? 'failed' : 'pending',
            attempts,
            responseStatus: status,
            lastError: error,
            nextAttemptAt: next ?? d.nextAttemptAt,
          });
        }
      }
      if (batch.length < 50) break;
    }
    return { delivered, failed };
  });
  return result === null ? { ran: false, delivered: 0, failed: 0 } : { ran: true, ...result };
}
