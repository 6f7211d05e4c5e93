import {
  Button,
  Card,
  Code,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { IconBell } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { QueryState } from '@/components/feedback/query-state'
import { PageHeader } from '@/components/layout/page-header'
import {
  useFeed,
  usePreferences,
  useRenewFeed,
  useRevokeFeed,
  useSavePreference,
} from '../api/use-reminders'
import type { Delivery } from '../api/reminders-api'
import { REMINDERS_NAMESPACE } from '../locales'

const DELIVERIES: Delivery[] = ['app', 'mail', 'daily', 'weekly']

/** /settings/notifications: how each kind of notification reaches me, and my calendar feed. */
export function NotificationSettingsPage() {
  const { t } = useTranslation(REMINDERS_NAMESPACE)
  const preferences = usePreferences()
  const save = useSavePreference()
  return (
    <Stack gap="lg" maw={960}>
      <PageHeader
        icon={<IconBell size={22} />}
        title={t('preferences.title')}
        description={t('preferences.description')}
      />
      <CalendarFeedCard />
      <Card withBorder padding="lg" component="section" aria-labelledby="kinds-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="kinds-title">
            {t('preferences.kinds')}
          </Title>
          <QueryState data={preferences.data} error={preferences.error}>
            {(list) => (
              <Table verticalSpacing="xs" striped data-testid="preferences">
                <Table.Tbody>
                  {list.map((p) => (
                    <Table.Tr key={p.kind}>
                      <Table.Th scope="row">
                        <Text size="sm">{p.label}</Text>
                        <Text size="xs" c="dimmed">
                          {t(`preferences.section.${p.section}`)}
                        </Text>
                      </Table.Th>
                      <Table.Td>
                        <SegmentedControl
                          size="xs"
                          aria-label={p.label}
                          value={p.delivery}
                          disabled={save.isPending}
                          onChange={(value) =>
                            save.mutate({ kind: p.kind, delivery: value as Delivery })
                          }
                          data={DELIVERIES.map((d) => ({
                            value: d,
                            label: t(`preferences.delivery.${d}`),
                          }))}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </QueryState>
          {save.error && <ProblemAlert error={save.error} />}
        </Stack>
      </Card>
    </Stack>
  )
}

function CalendarFeedCard() {
  const { t } = useTranslation(REMINDERS_NAMESPACE)
  const feed = useFeed()
  const renew = useRenewFeed()
  const revoke = useRevokeFeed()
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="calendar-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="calendar-title">
          {t('calendar.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('calendar.description')}
        </Text>
        {renew.data && (
          <Stack gap={4}>
            <Text size="sm">{t('calendar.copy')}</Text>
            <Code block data-testid="calendar-url">
              {renew.data.url}
            </Code>
          </Stack>
        )}
        {!renew.data && feed.data?.active && <Text size="sm">{t('calendar.active')}</Text>}
        <Group>
          <Button loading={renew.isPending} onClick={() => renew.mutate()}>
            {feed.data?.active ? t('calendar.renew') : t('calendar.create')}
          </Button>
          {feed.data?.active && (
            <Button
              variant="subtle"
              color="red"
              loading={revoke.isPending}
              onClick={() => {
                renew.reset()
                revoke.mutate()
              }}
            >
              {t('calendar.revoke')}
            </Button>
          )}
        </Group>
        {(renew.error || revoke.error) && <ProblemAlert error={renew.error ?? revoke.error} />}
      </Stack>
    </Card>
  )
}
