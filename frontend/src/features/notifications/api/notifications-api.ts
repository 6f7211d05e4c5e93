import { client } from '@/lib/api/client'
import type { NotificationPage, UnreadCount } from './types'

export function fetchNotifications(limit = 20): Promise<NotificationPage> {
  return client.get('/api/me/notifications', { query: { limit } })
}

export function fetchUnreadCount(): Promise<UnreadCount> {
  return client.get('/api/me/notifications/unread-count')
}

export async function markRead(id: number): Promise<void> {
  await client.post('/api/me/notifications/{id}/read', { path: { id } })
}

export async function markAllRead(): Promise<void> {
  await client.post('/api/me/notifications/read-all')
}
