import { useState } from 'react'
import {
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { isApiError } from '@/lib/api-client'
import { formatDateTime } from '@/lib/format'
import { useSaveWebhook, useWebhook } from '../api/use-upkeep'
import { TEAMS_NAMESPACE } from '../locales'

/** A lead connects the team's Slack or Microsoft Teams chat; the address is never shown again. */
export function TeamChatCard({ teamId }: { teamId: string }) {
  const { t, i18n } = useTranslation(TEAMS_NAMESPACE)
  const webhook = useWebhook(teamId)
  const save = useSaveWebhook(teamId)
  const [url, setUrl] = useState('')
  const [kind, setKind] = useState<string>('slack')
  const errors: Record<string, string> = isApiError(save.error) ? save.error.fieldErrors : {}
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="chat-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="chat-title">
          {t('chat.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('chat.description')}
        </Text>
        {webhook.data && (
          <Group gap="xs">
            <Badge variant="light">
              {webhook.data.kind === 'teams' ? 'Microsoft Teams' : 'Slack'}
            </Badge>
            <Text size="sm" data-testid="webhook-url">
              {webhook.data.url}
            </Text>
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              disabled={save.isPending}
              onClick={() => save.mutate(null)}
            >
              {t('chat.disconnect')}
            </Button>
          </Group>
        )}
        <Group align="flex-start" grow>
          <Select
            label={t('chat.kind')}
            data={[
              { value: 'slack', label: 'Slack' },
              { value: 'teams', label: 'Microsoft Teams' },
            ]}
            value={kind}
            onChange={(value) => value && setKind(value)}
            allowDeselect={false}
          />
          <TextInput
            label={t('chat.url')}
            placeholder="https://hooks.slack.com/services/…"
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={errors.url}
            autoComplete="off"
          />
        </Group>
        <Group>
          <Button
            loading={save.isPending}
            disabled={!url}
            onClick={() => save.mutate({ url, kind }, { onSuccess: () => setUrl('') })}
          >
            {webhook.data ? t('chat.replace') : t('chat.connect')}
          </Button>
        </Group>
        {save.error && !errors.url && <ProblemAlert error={save.error} />}
        {webhook.data && webhook.data.deliveries.length > 0 && (
          <Table verticalSpacing={4} data-testid="deliveries">
            <Table.Tbody>
              {webhook.data.deliveries.slice(0, 5).map((d) => (
                <Table.Tr key={`${d.event}-${d.createdAt}`}>
                  <Table.Td>
                    <Text size="xs">{formatDateTime(d.createdAt, i18n.language)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">{t(`chat.event.${d.event}`, { defaultValue: d.event })}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      size="sm"
                      variant="light"
                      color={
                        d.status === 'delivered'
                          ? 'teal'
                          : d.status === 'pending'
                            ? 'orange'
                            : 'red'
                      }
                    >
                      {t(`chat.status.${d.status}`, { defaultValue: d.status })}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  )
}
