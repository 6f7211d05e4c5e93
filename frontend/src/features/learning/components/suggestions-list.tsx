import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconCheck, IconUserStar, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Suggestion } from '../api/types'
import { useDecideSuggestion } from '../api/use-learning'
import { LEARNING_NAMESPACE } from '../locales'
import { ActionButton } from '@/components/action-button'
import { formatDate } from '@/lib/format'
import { ItemMeta } from './item-meta'

/**
 * Items suggested to me, each naming its true source (my mentor, or a lead of a team), with the
 * note, until I accept or decline.
 */
export function SuggestionsList({ suggestions }: { suggestions: Suggestion[] }) {
  const { t } = useTranslation(LEARNING_NAMESPACE)
  return (
    <Stack gap="sm" component="section" aria-labelledby="suggestions-title">
      <Group gap="xs">
        <IconUserStar size={20} color="var(--mantine-color-grape-6)" aria-hidden="true" />
        <Title order={2} size="h3" id="suggestions-title">
          {t('suggestions.title')}
        </Title>
        <Badge variant="light" color="grape" circle>
          {suggestions.length}
        </Badge>
      </Group>
      {suggestions.map((suggestion) => (
        <SuggestionCard key={suggestion.id} suggestion={suggestion} />
      ))}
    </Stack>
  )
}

function SuggestionCard({ suggestion }: { suggestion: Suggestion }) {
  const { t, i18n } = useTranslation(LEARNING_NAMESPACE)
  const decide = useDecideSuggestion()
  const { item } = suggestion
  const titleId = `suggestion-${suggestion.id}`

  const answer = (accept: boolean) =>
    decide.mutate(
      { id: suggestion.id, accept },
      {
        onSuccess: () =>
          notifications.show({
            color: accept ? 'teal' : 'gray',
            message: t(accept ? 'suggestions.accepted' : 'suggestions.declined', {
              title: item.title,
            }),
          }),
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: t('suggestions.failed'),
            message: error.message,
          }),
      },
    )

  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-labelledby={titleId}
      style={{ borderLeft: '4px solid var(--mantine-color-grape-5)' }}
      data-testid="suggestion"
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2}>
            <Text id={titleId} fw={600} component="h3" m={0} fz="md">
              {item.title}
            </Text>
            <Text size="sm" c="dimmed">
              {item.provider}
            </Text>
          </Stack>
          <Badge variant="light" color="grape" tt="none">
            {suggestion.source.kind === 'team'
              ? t('suggestions.byLead', {
                  name: suggestion.suggestedBy.displayName,
                  team: suggestion.source.teamName ?? '',
                })
              : t('suggestions.byMentor', { name: suggestion.suggestedBy.displayName })}
            {' · '}
            {formatDate(suggestion.createdAt, i18n.language)}
          </Badge>
        </Group>
        {suggestion.note && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {suggestion.note}
          </Text>
        )}
        <ItemMeta item={item} />
        <Group gap="xs">
          <ActionButton
            size="xs"
            color="teal"
            action={decide}
            leftSection={<IconCheck size={14} aria-hidden="true" />}
            busy={decide.isPending && decide.variables?.accept === true}
            onClick={() => answer(true)}
            aria-label={t('suggestions.acceptFor', { title: item.title })}
          >
            {t('suggestions.accept')}
          </ActionButton>
          <ActionButton
            size="xs"
            variant="default"
            action={decide}
            leftSection={<IconX size={14} aria-hidden="true" />}
            busy={decide.isPending && decide.variables?.accept === false}
            onClick={() => answer(false)}
            aria-label={t('suggestions.declineFor', { title: item.title })}
          >
            {t('suggestions.decline')}
          </ActionButton>
        </Group>
      </Stack>
    </Card>
  )
}
