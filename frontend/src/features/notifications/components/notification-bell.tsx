import {
  ActionIcon,
  Box,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  Text,
  UnstyledButton,
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
import classes from './notification-bell.module.css'
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
 * and a list of the newest notifications. Choosing one marks it read and opens its page.
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

  // a dialog with a list of buttons, not an ARIA menu: a menu may only hold menu items, and this
  // one has a heading, a "mark all read" button and an empty state
  return (
    <Popover
      opened={opened}
      onDismiss={() => setOpened(false)}
      position="bottom-end"
      width={360}
      withinPortal
      trapFocus
      returnFocus
      shadow="md"
    >
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={t('bell.label', { count })}
          aria-expanded={opened}
          aria-haspopup="dialog"
          onClick={() => {
            const next = !opened
            setOpened(next)
            // the list comes fresh when it opens: the count with it
            if (next) void unread.refetch()
          }}
        >
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
      </Popover.Target>
      <Popover.Dropdown p={0} role="dialog" aria-labelledby="notifications-title">
        <Group justify="space-between" px="sm" py={6} wrap="nowrap">
          <Text fw={600} size="sm" id="notifications-title">
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
        <Divider />
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
        {items.length > 0 && (
          <Box
            component="ul"
            m={0}
            p={4}
            mah={420}
            style={{ overflowY: 'auto', listStyle: 'none' }}
            data-testid="notifications"
          >
            {items.map((item) => (
              <li key={item.id}>
                <UnstyledButton
                  onClick={() => {
                    setOpened(false)
                    open(item)
                  }}
                  className={classes.item}
                  w="100%"
                  px="sm"
                  py={6}
                >
                  <Group gap="sm" wrap="nowrap" align="flex-start">
                    <Box
                      w={8}
                      h={8}
                      mt={6}
                      style={{
                        flexShrink: 0,
                        borderRadius: '50%',
                        background: item.read ? 'transparent' : 'var(--mantine-color-blue-filled)',
                      }}
                      aria-hidden="true"
                    />
                    <div>
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
                    </div>
                  </Group>
                </UnstyledButton>
              </li>
            ))}
          </Box>
        )}
      </Popover.Dropdown>
    </Popover>
  )
}
