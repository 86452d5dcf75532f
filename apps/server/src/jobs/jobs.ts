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

export interface JobsRun {
  housekeeping: { ran: boolean; sessions: number };
  reminders: { ran: boolean; sent: number };
  deadlines: { ran: boolean; notices: number };
}

/**
 * One round of the periodic work. Each job takes its own advisory lock, so a round started in
 * several processes at once does each job's work once; a job that fails is logged and counted
 * as not run.
 */
export async function runJobsOnce(deps: Deps, log: FastifyBaseLogger): Promise<JobsRun> {
  const [housekept, reminders, deadlines] = await Promise.all([
    housekeeping(deps)
      .then((r) => {
        if (r.ran && r.sessions > 0) log.info({ sessions: r.sessions }, 'expired sessions removed');
        return r;
      })
      .catch((err: unknown) => {
        log.error({ err }, 'housekeeping failed');
        return { ran: false, sessions: 0 };
      }),
    sendReportingReminders(deps)
      .then((r) => {
        if (r.sent > 0) log.info({ sent: r.sent }, 'reporting reminders sent');
        return r;
      })
      .catch((err: unknown) => {
        log.error({ err }, 'reporting reminders failed');
        return { ran: false, sent: 0 };
      }),
    runTicketDeadlines(deps)
      .then(async (r) => {
        if (r.notices > 0) log.info({ notices: r.notices }, 'ticket deadline notices');
        const delivered = await deliverWebhooks(deps);
        if (delivered.failed > 0)
          log.warn({ failed: delivered.failed }, 'webhook deliveries failed');
        return r;
      })
      .catch((err: unknown) => {
        log.error({ err }, 'ticket deadlines or webhooks failed');
        return { ran: false, notices: 0 };
      }),
  ]);
  return { housekeeping: housekept, reminders, deadlines };
}

export interface Jobs {
  /** Runs a round now (after the round in progress, if any). */
  runNow(): Promise<JobsRun>;
  stop(): Promise<void>;
}

/** Periodic work of a server process, every `everyMs`; `runNow` starts a round at once. */
export function startJobs(deps: Deps, log: FastifyBaseLogger, everyMs = 10 * 60_000): Jobs {
  let running: Promise<unknown> = Promise.resolve();
  const round = () => {
    const next = running.then(() => runJobsOnce(deps, log));
    running = next.catch(() => undefined);
    return next;
  };
  const timer = setInterval(() => void round(), everyMs);
  timer.unref();
  return {
    runNow: round,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
