import {
  ActionIcon,
  Box,
  Button,
  Group,
  Indicator,
  Menu,
  Text,
  VisuallyHidden,
} from '@mantine/core'
import { IconBell } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import {
  useMarkAllRead,
  useMarkRead,
  useNotifications,
  useUnreadCount,
} from '../api/use-notifications'
import type { NotificationItem } from '../api/types'
import { NOTIFICATIONS_NAMESPACE } from '../locales'
import { relativeTime } from './relative-time'

/**
 * A new notification means someone else changed something this user sees (an invitation, a
 * validated level, a suggestion, a review): refetch what the page shows, so that it does not
 * need a reload. Not the user, not the notifications themselves.
 */
function useRefreshOnNews(unread: number | undefined) {
  const queryClient = useQueryClient()
  const previous = useRef<number | undefined>(undefined)
  useEffect(() => {
    if (unread === undefined) return
    if (previous.current !== undefined && unread > previous.current) {
      void queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== 'auth' && query.queryKey[0] !== 'notifications',
      })
    }
    previous.current = unread
  }, [unread, queryClient])
}

/**
 * The bell of the header: the unread count (polled, and refreshed when the window gets focus)
 * and a menu of the newest notifications. Choosing one marks it read and opens its page.
 */
export function NotificationBell() {
  const { t, i18n } = useTranslation(NOTIFICATIONS_NAMESPACE)
  const navigate = useNavigate()
  const [opened, setOpened] = useState(false)
  const unread = useUnreadCount()
  const list = useNotifications(opened)
  const markRead = useMarkRead()
  const markAllRead = useMarkAllRead()
  const count = unread.data?.unread ?? 0
  useRefreshOnNews(unread.data?.unread)
  const items = list.data?.items ?? []

  function open(item: NotificationItem) {
    if (!item.read) markRead.mutate(item.id)
    if (item.link) void navigate(item.link)
  }

  return (
    <Menu
      opened={opened}
      onChange={(next) => {
        setOpened(next)
        // the list comes fresh when the menu opens: the count with it
        if (next) void unread.refetch()
      }}
      position="bottom-end"
      width={360}
      withinPortal
    >
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('bell.label', { count })}>
          <Indicator
            label={count > 99 ? '99+' : count}
            disabled={count === 0}
            size={16}
            offset={2}
            color="red"
            aria-hidden="true"
          >
            <IconBell size={20} aria-hidden="true" />
          </Indicator>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Group justify="space-between" px="sm" py={6} wrap="nowrap">
          <Text fw={600} size="sm">
            {t('title')}
          </Text>
          <Button
            variant="subtle"
            size="compact-xs"
            disabled={count === 0 || markAllRead.isPending}
            onClick={() => markAllRead.mutate()}
          >
            {t('markAllRead')}
          </Button>
        </Group>
        <Menu.Divider />
        {list.isError && (
          <Text size="sm" c="red" px="sm" py="xs" role="alert">
            {t('loadFailed')}
          </Text>
        )}
        {list.isSuccess && items.length === 0 && (
          <Text size="sm" c="dimmed" px="sm" py="xs">
            {t('empty')}
          </Text>
        )}
        <Box mah={420} style={{ overflowY: 'auto' }}>
          {items.map((item) => (
            <Menu.Item
              key={item.id}
              onClick={() => open(item)}
              leftSection={
                <Box
                  w={8}
                  h={8}
                  style={{
                    borderRadius: '50%',
                    background: item.read ? 'transparent' : 'var(--mantine-color-blue-filled)',
                  }}
                  aria-hidden="true"
                />
              }
            >
              <Text
                size="sm"
                fw={item.read ? 400 : 600}
                c={item.withdrawn ? 'dimmed' : undefined}
                data-withdrawn={item.withdrawn || undefined}
              >
                {!item.read && <VisuallyHidden>{t('unread')}: </VisuallyHidden>}
                {item.text}
              </Text>
              <Text size="xs" c="dimmed" component="time" dateTime={item.createdAt}>
                {relativeTime(item.createdAt, i18n.language)}
              </Text>
            </Menu.Item>
          ))}
        </Box>
      </Menu.Dropdown>
    </Menu>
  )
}
