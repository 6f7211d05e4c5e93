import { useQueryClient } from '@tanstack/react-query'
import { useLocalizedQuery } from '@/lib/localized-query'
import { useAction } from '@/lib/use-action'
import { fetchNotifications, fetchUnreadCount, markAllRead, markRead } from './notifications-api'

/** How often the bell asks for the unread count (and again whenever the window gets focus). */
export const POLL_INTERVAL_MS = 30_000

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  list: ['notifications', 'list'] as const,
}

/** The unread count for the badge, polled. */
export const useUnreadCount = () =>
  useLocalizedQuery({
    queryKey: notificationKeys.unread,
    queryFn: fetchUnreadCount,
    refetchInterval: POLL_INTERVAL_MS,
    refetchOnWindowFocus: true,
  })

/** The newest notifications, fetched while the menu is open (texts come in the UI language). */
export const useNotifications = (enabled: boolean) =>
  useLocalizedQuery({
    queryKey: notificationKeys.list,
    queryFn: () => fetchNotifications(20),
    enabled,
    refetchOnWindowFocus: true,
  })

export function useMarkRead() {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: (id: number) => markRead(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  })
}

export function useMarkAllRead() {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: () => markAllRead(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  })
}
