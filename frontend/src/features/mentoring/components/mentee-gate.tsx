import type { ReactNode } from 'react'
import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconArrowLeft, IconUser } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { QueryState } from '@/components/feedback/query-state'
import { isApiError } from '@/lib/api-client'
import { formatDate, formatPercent } from '@/lib/format'
import type { MenteeSummary } from '../api/types'
import { useMentee } from '../api/use-mentoring'
import { MENTORING_NAMESPACE } from '../locales'
import { useActivityText } from './format'

/**
 * Loads one mentee's summary and shows their view only while I am their active mentor: a
 * mentee who ended the relationship (or an unknown id) answers 404, and the view says so.
 */
export function MenteeGate({
  menteeId,
  children,
}: {
  menteeId: string
  children: (mentee: MenteeSummary) => ReactNode
}) {
  const { t } = useTranslation(MENTORING_NAMESPACE)
  const mentee = useMentee(menteeId)
  if (isApiError(mentee.error) && mentee.error.status === 404) {
    return (
      <Stack align="flex-start" gap="sm" py="xl" data-testid="mentee-not-found">
        <Title order={1}>{t('mentee.notFoundTitle')}</Title>
        <Text c="dimmed">{t('mentee.notFoundText')}</Text>
        <Button component={Link} to="/mentees" variant="light">
          {t('mentee.back')}
        </Button>
      </Stack>
    )
  }
  return (
    <QueryState data={mentee.data} error={mentee.error}>
      {(data) => children(data)}
    </QueryState>
  )
}

/** The mentee's name and key numbers above their (read-only) data. */
export function MenteeHeader({ mentee }: { mentee: MenteeSummary }) {
  const { t, i18n } = useTranslation(MENTORING_NAMESPACE)
  const activity = useActivityText()
  return (
    <Stack gap="xs">
      <Anchor component={Link} to="/mentees" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden="true" />
          {t('mentee.back')}
        </Group>
      </Anchor>
      <Group gap="sm">
        <IconUser size={26} aria-hidden="true" />
        <Title order={1}>{mentee.displayName}</Title>
        <Badge variant="light" color="gray">
          {t('mentee.readOnly')}
        </Badge>
      </Group>
      <Group gap="lg" wrap="wrap">
        <Text size="sm">
          {t('dashboard.bestFit')}:{' '}
          {mentee.bestFit
            ? `${mentee.bestFit.roleName} · ${formatPercent(mentee.bestFit.fit, i18n.language)}`
            : t('dashboard.noLevels')}
        </Text>
        <Text size="sm">
          {t('dashboard.goal')}:{' '}
          {mentee.goal
            ? `${t('dashboard.goalText', {
                role: mentee.goal.roleName,
                date: formatDate(mentee.goal.targetDate, i18n.language),
              })} (${mentee.goal.onTrack ? t('dashboard.onTrack') : t('dashboard.behind')})`
            : t('dashboard.noGoal')}
        </Text>
        <Text size="sm">
          {t('dashboard.lastActivity')}: {activity(mentee.lastActivity)}
        </Text>
        <Text size="sm">
          {t('dashboard.neverValidated')}: {mentee.neverValidated}
        </Text>
      </Group>
    </Stack>
  )
}
