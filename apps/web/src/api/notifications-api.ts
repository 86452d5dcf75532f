import { ZNotificationList } from '@gongyeyun/contract';
import { apiFetch } from './api-client';

export const notificationsApi = {
  /** The signed-in user's latest notifications, newest first, with the unread count. */
  list: (signal?: AbortSignal) => apiFetch('/api/notifications', ZNotificationList, { signal }),
  markRead: (id: number) => apiFetch(`/api/notifications/${id}/read`, null, { method: 'POST' }),
  markAllRead: () => apiFetch('/api/notifications/read-all', null, { method: 'POST' }),
};
