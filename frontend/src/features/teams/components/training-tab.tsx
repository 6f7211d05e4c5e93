import { useState } from 'react'
import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ActionButton } from '@/components/action-button'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { QueryState } from '@/components/feedback/query-state'
import { ScrollRegion } from '@/components/layout/scroll-region'
import { formatNumber } from '@/lib/format'
import {
  usePlanProgress,
  useSkillName,
  useSuggestToMembers,
  useTrainingPlan,
} from '../api/use-teams'
import type { TeamDetail, TrainingItem } from '../api/types'
import { TEAMS_NAMESPACE } from '../locales'

const NOTE_MAX_LENGTH = 2000

/** The ranked training plan, sending items as suggestions, and the plan's progress. */
export function TrainingTab({ team }: { team: TeamDetail }) {
  const { t, i18n } = useTranslation(TEAMS_NAMESPACE)
  const plan = useTrainingPlan(team.id)
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" component="section" aria-labelledby="plan-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="plan-title">
            {t('training.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('training.intro')}
          </Text>
          <QueryState data={plan.data} error={plan.error}>
            {(data) =>
              data.items.length === 0 ? (
                <Text size="sm">{t('training.empty')}</Text>
              ) : (
                <>
                  <Text size="sm" fw={600}>
                    {t('training.total', {
                      gap: formatNumber(data.totalGapClosed, i18n.language),
                    })}
                  </Text>
                  <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
                    {data.items.map((item, index) => (
                      <TrainingItemCard
                        key={item.itemCode}
                        teamId={team.id}
                        item={item}
                        rank={index + 1}
                      />
                    ))}
                  </Stack>
                </>
              )
            }
          </QueryState>
        </Stack>
      </Card>
      <PlanProgressPanel teamId={team.id} />
    </Stack>
  )
}

function TrainingItemCard({
  teamId,
  item,
  rank,
}: {
  teamId: string
  item: TrainingItem
  rank: number
}) {
  const { t, i18n } = useTranslation(TEAMS_NAMESPACE)
  const { t: common } = useTranslation()
  const skillName = useSkillName()
  const [open, setOpen] = useState(false)
  const headingId = `item-${item.itemCode}`
  return (
    <Card
      withBorder
      padding="md"
      component="li"
      aria-labelledby={headingId}
      data-testid="training-item"
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h4" id={headingId}>
            {rank}.{' '}
            <span data-testid="training-item-title">
              {item.url ? (
                <Anchor href={item.url} target="_blank" rel="noopener noreferrer" inherit>
                  {item.title}
                </Anchor>
              ) : (
                item.title
              )}
            </span>
          </Title>
          <Group gap="xs">
            {item.groupSession && (
              <Badge color="grape" variant="light">
                {t('training.groupSession')}
              </Badge>
            )}
            <Badge variant="light" color="gray">
              {common(`itemKind.${item.kind}`, { defaultValue: item.kind })}
            </Badge>
          </Group>
        </Group>
        <Text size="sm">
          {t('training.figures', {
            hours: formatNumber(item.hours, i18n.language),
            gap: formatNumber(item.weightedGapClosed, i18n.language),
            perHour: formatNumber(item.perHour, i18n.language, 2),
            count: item.members.length,
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('training.helps')}{' '}
          {item.members
            .map((member) => `${member.displayName} (${member.skills.map(skillName).join(', ')})`)
            .join(' · ')}
        </Text>
        <Group>
          <Button
            size="xs"
            variant={open ? 'default' : 'light'}
            aria-expanded={open}
            aria-label={t('training.suggestFor', { title: item.title })}
            onClick={() => setOpen((value) => !value)}
          >
            {t('training.suggest')}
          </Button>
        </Group>
        {open && <SuggestForm teamId={teamId} item={item} onDone={() => setOpen(false)} />}
      </Stack>
    </Card>
  )
}

function SuggestForm({
  teamId,
  item,
  onDone,
}: {
  teamId: string
  item: TrainingItem
  onDone: () => void
}) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const suggest = useSuggestToMembers(teamId)
  const [selected, setSelected] = useState<string[]>(item.members.map((member) => member.id))
  const [note, setNote] = useState('')
  const names = new Map(item.members.map((member) => [member.id, member.displayName]))
  return (
    <Stack gap="xs" data-testid="suggest-form">
      <Checkbox.Group label={t('training.members')} value={selected} onChange={setSelected}>
        <Stack gap={4} mt={4}>
          {item.members.map((member) => (
            <Checkbox key={member.id} value={member.id} label={member.displayName} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Textarea
        label={t('training.note')}
        value={note}
        maxLength={NOTE_MAX_LENGTH}
        rows={2}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      <Group>
        <ActionButton
          size="sm"
          disabled={selected.length === 0}
          action={suggest}
          onClick={() =>
            suggest.mutate({
              itemCode: item.itemCode,
              memberIds: selected,
              note: note.trim() || undefined,
            })
          }
        >
          {t('training.send', { count: selected.length })}
        </ActionButton>
        <Button size="sm" variant="default" onClick={onDone}>
          {t('cancel')}
        </Button>
      </Group>
      {suggest.data && (
        <Stack gap={2} role="status" data-testid="suggest-result">
          <Text size="sm">{t('training.sent', { count: suggest.data.suggested.length })}</Text>
          {suggest.data.skipped.map((skip) => (
            <Text key={skip.memberId} size="sm" c="dimmed">
              {t('training.skipped', {
                name: names.get(skip.memberId) ?? skip.memberId,
                reason: t(`skipReason.${skip.reason}`, { defaultValue: skip.reason }),
              })}
            </Text>
          ))}
        </Stack>
      )}
      {suggest.error && <ProblemAlert error={suggest.error} />}
    </Stack>
  )
}

function PlanProgressPanel({ teamId }: { teamId: string }) {
  const { t, i18n } = useTranslation(TEAMS_NAMESPACE)
  const progress = usePlanProgress(teamId)
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="plan-progress-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="plan-progress-title">
          {t('planProgress.title')}
        </Title>
        <QueryState data={progress.data} error={progress.error} size="sm">
          {(data) =>
            data.items.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('planProgress.empty')}
              </Text>
            ) : (
              <ScrollRegion label={t('planProgress.title')} hint={t('scrollHint')}>
                <Table verticalSpacing="xs" striped miw={760} data-testid="plan-progress">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('planProgress.item')}</Table.Th>
                      <Table.Th>{t('planProgress.suggested')}</Table.Th>
                      <Table.Th>{t('planProgress.accepted')}</Table.Th>
                      <Table.Th>{t('planProgress.declined')}</Table.Th>
                      <Table.Th>{t('planProgress.pending')}</Table.Th>
                      <Table.Th>{t('planProgress.inPlan')}</Table.Th>
                      <Table.Th>{t('planProgress.done')}</Table.Th>
                      <Table.Th>{t('planProgress.hours')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((row) => (
                      <Table.Tr key={row.itemCode} data-testid="plan-progress-row">
                        <Table.Th scope="row">
                          <Text size="sm" fw={600}>
                            {row.title}
                          </Text>
                        </Table.Th>
                        <Table.Td>{row.suggested}</Table.Td>
                        <Table.Td>{row.accepted}</Table.Td>
                        <Table.Td>{row.declined}</Table.Td>
                        <Table.Td>{row.pending}</Table.Td>
                        <Table.Td>{row.inPlan}</Table.Td>
                        <Table.Td>{row.done}</Table.Td>
                        <Table.Td>{formatNumber(row.hoursLogged, i18n.language)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollRegion>
            )
          }
        </QueryState>
      </Stack>
    </Card>
  )
}
