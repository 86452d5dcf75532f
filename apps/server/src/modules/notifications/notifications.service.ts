import type { TNotificationList } from '@gongyeyun/contract';
import { listNotifications, markNotificationsRead } from '@gongyeyun/db';
import type { Actor } from '../../context';
import type { Deps } from '../../deps';

/** The signed-in user's latest notifications, in their language. */
export async function myNotifications(deps: Deps, actor: Actor): Promise<TNotificationList> {
  const { items, unread } = await listNotifications(deps.db, actor.userId);
  const en = actor.locale === 'en-US';
  return {
    unread,
    items: items.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: en ? n.titleEn : n.title,
      body: en ? n.bodyEn : n.body,
      link: n.link,
      createdAt: n.createdAt.toISOString(),
      read: n.readAt !== null,
    })),
  };
}

/** Marks one (or, without id, every) notification of the user read. Only their own. */
export async function markRead(deps: Deps, actor: Actor, id?: number): Promise<void> {
  await markNotificationsRead(deps.db, actor.userId, id);
}
