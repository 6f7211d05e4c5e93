import { Anchor, Badge, Button, Card, Group, Stack, Text, ThemeIcon } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconCheck, IconExternalLink, IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { isApiError } from '@/lib/api-client'
import { useAddToPlan } from '../api/use-learning'
import type { Recommendation } from '../api/types'
import { LEARNING_NAMESPACE } from '../locales'
import { ItemMeta } from './item-meta'

const REASON_COLORS: Record<string, string> = {
  fundamentals: 'teal',
  credential: 'grape',
  free: 'green',
  japanese: 'indigo',
  'prerequisite-met': 'blue',
}

export interface RecommendationCardProps {
  recommendation: Recommendation
  rank: number
}

export function RecommendationCard({ recommendation, rank }: RecommendationCardProps) {
  const { t } = useTranslation(LEARNING_NAMESPACE)
  const add = useAddToPlan()
  const { item, reason } = recommendation
  const alreadyInPlan = isApiError(add.error) && add.error.status === 409
  const titleId = `recommendation-${item.code}`

  const handleAdd = () =>
    add.mutate(
      { itemCode: item.code },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            title: t('recommendations.added'),
            message: t('recommendations.addedMessage', { title: item.title }),
          }),
      },
    )

  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={titleId} h="100%">
      <Stack gap="sm" h="100%">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" radius="xl" size={30} aria-hidden="true">
            <Text size="sm" fw={700}>
              {rank}
            </Text>
          </ThemeIcon>
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text id={titleId} fw={600} component="h3" size="md" m={0}>
              {item.title}
            </Text>
            <Text size="sm" c="dimmed">
              {item.provider}
            </Text>
          </Stack>
        </Group>
        <ItemMeta item={item} />
        <Text size="sm">{reason}</Text>
        {recommendation.reasons.length > 0 && (
          <Stack gap={4} aria-label={t('recommendations.whyLabel', { title: item.title })}>
            <Text size="xs" fw={600} c="dimmed">
              {t('recommendations.why')}
            </Text>
            <Group gap={6} wrap="wrap">
              {recommendation.reasons.map((why) => (
                <Badge
                  key={why.code}
                  variant={why.code === 'per-hour' ? 'default' : 'light'}
                  color={REASON_COLORS[why.code] ?? 'gray'}
                  radius="sm"
                  tt="none"
                  fw={500}
                  data-reason={why.code}
                >
                  {why.text}
                </Badge>
              ))}
            </Group>
          </Stack>
        )}
        <Group justify="space-between" mt="auto" gap="xs">
          {item.url ? (
            <Anchor
              href={item.url}
              target="_blank"
              rel="noopener noreferrer"
              size="sm"
              aria-label={t('item.officialLinkFor', { title: item.title })}
            >
              <Group gap={4} wrap="nowrap" component="span">
                {t('item.officialLink')}
                <IconExternalLink size={14} aria-hidden="true" />
              </Group>
            </Anchor>
          ) : (
            <span />
          )}
          {add.isSuccess || alreadyInPlan ? (
            <Group gap={4} wrap="nowrap">
              <IconCheck size={16} color="var(--mantine-color-teal-6)" aria-hidden="true" />
              <Text size="sm" c="teal.7" role="status">
                {t('recommendations.inPlan')}
              </Text>
            </Group>
          ) : (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} aria-hidden="true" />}
              loading={add.isPending}
              onClick={handleAdd}
              aria-label={t('recommendations.addFor', { title: item.title })}
            >
              {t('recommendations.add')}
            </Button>
          )}
        </Group>
        {add.isError && !alreadyInPlan && (
          <Text size="sm" c="red" role="alert">
            {add.error.message}
          </Text>
        )}
      </Stack>
    </Card>
  )
}
