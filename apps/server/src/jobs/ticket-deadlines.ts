import {
  addWorkingDays,
  chinaDate,
  dueDeadlineNotices,
  type DeadlineNotice,
} from '@gongyeyun/core';
import {
  insertNotifications,
  insertTicketEvents,
  listUsersWithRoleAt,
  openTicketsDueBy,
  updateTicket,
  withAdvisoryLock,
} from '@gongyeyun/db';
import type { Deps } from '../deps';

import { loadDeskConfig, NOTICE_TEXT } from '../modules/services/tickets.service';
import { queueWebhooks } from '../modules/services/webhooks.service';

const DEADLINES_LOCK = 71_011;

/**
 * Deadline notices of open tickets at `now`: approaching (to the department's handlers),
 * overdue (督办: a dated internal event, to the handlers and the bureau's analysts), and
 * the bureau's escalation when long overdue. Each notice is sent once per dispatch.
 */
export async function runTicketDeadlines(
  deps: Deps,
  now: Date = new Date(),
): Promise<{ ran: boolean; notices: number }> {
  const result = await withAdvisoryLock(deps.db, DEADLINES_LOCK, async (tx) => {
    const config = await loadDeskConfig(tx);
    const today = chinaDate(now);
    // Tickets that can be amber today: deadline within the next few working days or past.
    const horizon = addWorkingDays(today, 3, config.calendar);
    let notices = 0;
    for (const ticket of await openTicketsDueBy(tx, horizon)) {
      const sent = new Set(ticket.noticesSent as DeadlineNotice[]);
      const due = dueDeadlineNotices(ticket.replyBy!, now, sent, config.calendar);
      if (due.length === 0) continue;
      const departmentIds = ticket.leadDepartmentId ? [ticket.leadDepartmentId] : [];
      const handlers = await listUsersWithRoleAt(tx, 'department_handler', departmentIds);
      const bureau = due.some((n) => n !== 'approaching')
        ? await listUsersWithRoleAt(tx, 'analyst', [Number(ticket.orgPath.split('/')[2])])
        : [];
      for (const notice of due) {
        const text = NOTICE_TEXT[notice];
        const to = notice === 'approaching' ? handlers : [...handlers, ...bureau];
        await insertNotifications(
          tx,
          to.map((u) => ({
            userId: u.userId,
            key: `ticket:${ticket.id}:${notice}:${ticket.dispatchedOn}`,
            kind: `ticket_${notice}`,
            title: `${text.zh}：${ticket.title}`,
            titleEn: `${text.en}: ${ticket.title}`,
            body: `答复期限 ${ticket.replyBy}`,
            bodyEn: `Reply due ${ticket.replyBy}`,
            link: `/services/tickets/${ticket.id}`,
          })),
        );
        if (notice !== 'approaching')
          await insertTicketEvents(tx, [
            {
              ticketId: ticket.id,
              action: 'escalate',
              actor: 'system',
              public: false,
              text: text.zh,
              data: { level: notice === 'overdue' ? 'department_head' : 'bureau' },
              occurredAt: now,
            },
          ]);
        await queueWebhooks(tx, ticket, notice, now);
        notices += 1;
      }
      await updateTicket(tx, ticket.id, { noticesSent: [...sent, ...due] });
    }
    return notices;
  });
  return result === null ? { ran: false, notices: 0 } : { ran: true, notices: result };
}
