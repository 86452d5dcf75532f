import { deleteAuthFailuresBefore, deleteExpiredSessions, withAdvisoryLock } from '@gongyeyun/db';
import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from '../deps';
import { sendReportingReminders } from './reporting-reminders';
import { runTicketDeadlines } from './ticket-deadlines';
import { deliverWebhooks } from '../modules/services/webhooks.service';

const HOUSEKEEPING_LOCK = 71_001;

/** Removes expired sessions and old failed-login records. Safe to run in many processes. */
export async function housekeeping(deps: Deps): Promise<{ ran: boolean; sessions: number }> {
  return withAdvisoryLock(deps.db, HOUSEKEEPING_LOCK, async (tx) => {
    const now = new Date();
    const sessions = await deleteExpiredSessions(tx, now);
    await deleteAuthFailuresBefore(tx, new Date(now.getTime() - 24 * 3600_000));
    return { sessions };
  }).then((r) => (r === null ? { ran: false, sessions: 0 } : { ran: true, ...r }));
}

/** Periodic work of a server process. Returns the function that stops it. */
export function startJobs(
  deps: Deps,
  log: FastifyBaseLogger,
  everyMs = 10 * 60_000,
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = Promise.all([
      housekeeping(deps)
        .then(
          (r) =>
            r.ran &&
            r.sessions > 0 &&
            log.info({ sessions: r.sessions }, 'expired sessions removed'),
        )
        .catch((err: unknown) => log.error({ err }, 'housekeeping failed')),
      sendReportingReminders(deps)
        .then((r) => r.sent > 0 && log.info({ sent: r.sent }, 'reporting reminders sent'))
        .catch((err: unknown) => log.error({ err }, 'reporting reminders failed')),
      runTicketDeadlines(deps)
        .then((r) => r.notices > 0 && log.info({ notices: r.notices }, 'ticket deadline notices'))
        .then(() => deliverWebhooks(deps))
        .then((r) => r.failed > 0 && log.warn({ failed: r.failed }, 'webhook deliveries failed'))
        .catch((err: unknown) => log.error({ err }, 'ticket deadlines or webhooks failed')),
    ]);
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
