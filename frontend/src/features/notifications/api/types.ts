import type { Schemas } from '@/lib/api/types'

/** GET /api/me/notifications */
export type NotificationPage = Schemas['NotificationPageResponse']
/** One bell item: text in the request's language, link = SPA route it opens */
export type NotificationItem = Schemas['NotificationResponse']
/** GET /api/me/notifications/unread-count */
export type UnreadCount = Schemas['UnreadCountResponse']
