import { useState, type ReactNode } from 'react'
import { Alert, Badge, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconListCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { usePlan, useReorderPlan } from '../api/use-learning'
import { PLAN_STATUSES, type PlanItem, type PlanStatus } from '../api/types'
import { LEARNING_NAMESPACE } from '../locales'
import { GoalPanel } from './goal-panel'
import { PlanItemCard } from './plan-item-card'
import { ProposedLevelsDialog, type LevelProposal } from './proposed-levels-dialog'
import { SuggestionsList } from './suggestions-list'
import { STATUS_COLORS } from './status'

/** Moves `code` to where `target` is (drag and drop), keeping every other item in order. */
function moveTo(codes: string[], code: string, target: string): string[] {
  const without = codes.filter((c) => c !== code)
  const from = codes.indexOf(code)
  const to = codes.indexOf(target)
  const index = without.indexOf(target) + (from < to ? 1 : 0)
  return [...without.slice(0, index), code, ...without.slice(index)]
}

export interface PlanBoardProps {
  /** a mentee's plan (from /api/mentees/{id}/plan), seen by their mentor */
  personId?: string
  /** no reordering, status changes or suggestions to answer */
  readOnly?: boolean
}

/** My plan grouped by status, in my order; with the goal panel and my mentors' suggestions on top. */
export function PlanBoard({ personId, readOnly = false }: PlanBoardProps = {}) {
  const { t } = useTranslation(LEARNING_NAMESPACE)
  const plan = usePlan(personId)
  const reorder = useReorderPlan()
  const [proposal, setProposal] = useState<LevelProposal | null>(null)

  if (plan.isPending) return <Skeleton h={320} radius="md" />
  if (plan.isError) return <ProblemAlert error={plan.error} />

  const ordered = [...plan.data.items].sort((a, b) => a.position - b.position)
  const codes = ordered.map((entry) => entry.item.code)
  const groups = PLAN_STATUSES.map((status) => ({
    status,
    entries: ordered.filter((entry) => entry.status === status),
  })).filter((group) => group.entries.length > 0)

  const sendOrder = (itemCodes: string[]) =>
    reorder.mutate(itemCodes, {
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: t('plan.reorderFailed'),
          message: error.message,
        }),
    })

  /** Swaps the item with its neighbour in the same status group. */
  const move = (group: PlanItem[], index: number, direction: -1 | 1) => {
    const a = group[index].item.code
    const b = group[index + direction].item.code
    sendOrder(codes.map((code) => (code === a ? b : code === b ? a : code)))
  }

  return (
    <Stack gap="lg">
      <GoalPanel hoursPerWeek={plan.data.hoursPerWeek} personId={personId} readOnly={readOnly} />

      {!readOnly && plan.data.suggestions.length > 0 && (
        <SuggestionsList suggestions={plan.data.suggestions} />
      )}

      <Stack gap="md" component="section" aria-labelledby="plan-title">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h3" id="plan-title">
            {readOnly ? t('plan.titleOf') : t('plan.title')}
          </Title>
          {ordered.length > 0 && !readOnly && (
            <Text size="sm" c="dimmed">
              {t('plan.hint')}
            </Text>
          )}
        </Group>

        {ordered.length === 0 && readOnly ? (
          <Text size="sm" c="dimmed">
            {t('plan.emptyOf')}
          </Text>
        ) : ordered.length === 0 ? (
          <Alert
            variant="light"
            icon={<IconListCheck size={18} aria-hidden="true" />}
            title={t('plan.emptyTitle')}
          >
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{t('plan.empty')}</Text>
              <Button component={Link} to="/learning" size="xs">
                {t('plan.toRecommendations')}
              </Button>
            </Stack>
          </Alert>
        ) : (
          groups.map(({ status, entries }) => (
            <StatusGroup key={status} status={status} count={entries.length}>
              {entries.map((entry, index) => (
                <PlanItemCard
                  key={entry.item.code}
                  entry={entry}
                  readOnly={readOnly}
                  canMoveUp={index > 0 && !reorder.isPending}
                  canMoveDown={index < entries.length - 1 && !reorder.isPending}
                  onMove={(direction) => move(entries, index, direction)}
                  onDropOn={(dragged) => {
                    if (entries.some((other) => other.item.code === dragged))
                      sendOrder(moveTo(codes, dragged, entry.item.code))
                  }}
                  onProposedLevels={(levels) =>
                    setProposal({
                      itemCode: entry.item.code,
                      itemTitle: entry.item.title,
                      levels,
                      credential: ['certification', 'exam'].includes(entry.item.kind),
                    })
                  }
                />
              ))}
            </StatusGroup>
          ))
        )}
      </Stack>

      <ProposedLevelsDialog proposal={proposal} onClose={() => setProposal(null)} />
    </Stack>
  )
}

function StatusGroup({
  status,
  count,
  children,
}: {
  status: PlanStatus
  count: number
  children: ReactNode
}) {
  const { t } = useTranslation(LEARNING_NAMESPACE)
  const id = `plan-group-${status}`
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Group gap="xs">
        <Title order={3} size="h5" id={id}>
          {t(`status.${status}`)}
        </Title>
        <Badge variant="light" color={STATUS_COLORS[status]} circle>
          {count}
        </Badge>
      </Group>
      <Stack gap="sm">{children}</Stack>
    </Stack>
  )
}
