import { useEffect, useState, type ReactNode } from 'react'
import { Alert, Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { IconArrowLeft, IconUser } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useNavigate } from 'react-router'
import { QueryState } from '@/components/feedback/query-state'
import { PaceBadge } from '@/components/pace/pace-badge'
import { isApiError } from '@/lib/api-client'
import { formatDate, formatPercent } from '@/lib/format'
import type { MenteeSummary } from '../api/types'
import { useMentee } from '../api/use-mentoring'
import { MENTORING_NAMESPACE } from '../locales'
import { useActivityText } from './format'

/** The state the mentee pages hand to the mentee list when a mentee is gone. */
export interface MenteeGoneState {
  menteeGone: true
}

/**
 * A mentee's pages are only there while I am their active mentor: a 404 on any request about
 * them (their summary, skills, fit, plan, reviews; a suggestion or a review I send) means the
 * mentorship ended (or the id was never theirs), so I am taken back to the mentee list, which says
 * why, instead of a page that keeps showing what I may no longer see.
 */
function useLeaveWhenGone(menteeId: string) {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  useEffect(() => {
    const path = `/api/mentees/${menteeId}`
    const gone = (error: unknown) => isApiError(error) && error.status === 404
    let left = false
    const leave = () => {
      if (left) return
      left = true
      queryClient.removeQueries({ queryKey: ['mentees', menteeId] })
      const state: MenteeGoneState = { menteeGone: true }
      void navigate('/mentees', { replace: true, state })
    }
    const queries = queryClient.getQueryCache().subscribe((event) => {
      const key = event.query.queryKey
      if (key[0] === 'mentees' && key[1] === menteeId && gone(event.query.state.error)) leave()
    })
    const mutations = queryClient.getMutationCache().subscribe((event) => {
      const error = event.mutation?.state.error
      if (gone(error) && isApiError(error) && String(error.problem.instance ?? '').startsWith(path))
        leave()
    })
    return () => {
      queries()
      mutations()
    }
  }, [menteeId, queryClient, navigate])
}

/** Loads one mentee's summary and shows their pages only while I am their active mentor. */
export function MenteeGate({
  menteeId,
  children,
}: {
  menteeId: string
  children: (mentee: MenteeSummary) => ReactNode
}) {
  const mentee = useMentee(menteeId)
  useLeaveWhenGone(menteeId)
  if (isApiError(mentee.error) && mentee.error.status === 404) return null
  return (
    <QueryState data={mentee.data} error={mentee.error}>
      {(data) => children(data)}
    </QueryState>
  )
}

/** On the mentee list: why I came back from a mentee's pages. */
export function MenteeGoneNotice() {
  const { t } = useTranslation(MENTORING_NAMESPACE)
  const location = useLocation()
  const [shown, setShown] = useState(
    Boolean((location.state as MenteeGoneState | null)?.menteeGone),
  )
  if (!shown) return null
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('mentee.notFoundTitle')}
      withCloseButton
      closeButtonLabel={t('mentee.dismiss')}
      onClose={() => setShown(false)}
      data-testid="mentee-gone"
    >
      {t('mentee.notFoundText')}
    </Alert>
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
        <Group gap={6} wrap="wrap">
          <Text size="sm">
            {t('dashboard.goal')}:{' '}
            {mentee.goal
              ? t('dashboard.goalText', {
                  role: mentee.goal.roleName,
                  date: formatDate(mentee.goal.targetDate, i18n.language),
                })
              : t('dashboard.noGoal')}
          </Text>
          {mentee.goal && <PaceBadge pace={mentee.goal} size="sm" />}
        </Group>
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
