import { useState, type FormEvent } from 'react'
import {
  Button,
  Card,
  Grid,
  Group,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconFlag, IconTarget } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { MAX_HOURS_PER_WEEK, PaceBadge } from '@/components/pace/pace-badge'
import { useClearGoal, useGoal, useRoleOptions, useSaveGoal } from '../api/use-learning'
import type { Goal, WeekHours } from '../api/types'
import { LEARNING_NAMESPACE } from '../locales'
import { formatDate, formatNumber, formatPercent } from '@/lib/format'
import { today } from './format'
import { HoursChart } from './hours-chart'

export interface GoalPanelProps {
  hoursPerWeek: WeekHours[]
  /** a mentee's goal, seen by their mentor */
  personId?: string
  /** the goal without the buttons to change it */
  readOnly?: boolean
}

/** My goal (a role by a date), whether my pace reaches it in time, and my hours per week. */
export function GoalPanel({ hoursPerWeek, personId, readOnly = false }: GoalPanelProps) {
  const { t } = useTranslation(LEARNING_NAMESPACE)
  const goal = useGoal(personId)
  const [editing, setEditing] = useState(false)

  if (goal.isPending) return <Skeleton h={200} radius="md" />

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="goal-title">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Group gap="xs">
              <IconTarget size={22} color="var(--mantine-color-blue-6)" aria-hidden="true" />
              <Title order={2} size="h3" id="goal-title">
                {readOnly ? t('goal.titleOf') : t('goal.title')}
              </Title>
            </Group>
            {goal.isError && <ProblemAlert error={goal.error} />}
            {readOnly ? (
              goal.data ? (
                <GoalSummary goal={goal.data} readOnly />
              ) : (
                goal.isSuccess && (
                  <Text size="sm" c="dimmed">
                    {t('goal.none')}
                  </Text>
                )
              )
            ) : editing || (goal.isSuccess && !goal.data) ? (
              <GoalForm
                goal={goal.data ?? null}
                onDone={() => setEditing(false)}
                onCancel={goal.data ? () => setEditing(false) : undefined}
              />
            ) : (
              goal.data && <GoalSummary goal={goal.data} onEdit={() => setEditing(true)} />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <HoursChart hoursPerWeek={hoursPerWeek} />
        </Grid.Col>
      </Grid>
    </Card>
  )
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={600} size="lg">
        {value}
      </Text>
    </div>
  )
}

function GoalSummary({
  goal,
  onEdit,
  readOnly = false,
}: {
  goal: Goal
  onEdit?: () => void
  readOnly?: boolean
}) {
  const { t } = useTranslation(LEARNING_NAMESPACE)
  const clear = useClearGoal()
  const hours = (value: number) => t('item.hours', { hours: formatNumber(value) })
  const perWeek = (value: number) => t('goal.perWeek', { hours: formatNumber(value) })

  // the mentor reads about the mentee ("They need…"), the learner about themself ("You need…")
  const texts = readOnly ? 'goal.paceOf' : 'goal.pace'
  let pace: string
  if (goal.requiredHoursPerWeek === null) pace = t(`${texts}.datePassed`)
  else if (goal.remainingHours <= 0) pace = t(`${texts}.nothingLeft`)
  else if (goal.requiredHoursPerWeek > MAX_HOURS_PER_WEEK)
    pace = t(`${texts}.tooMuch`, {
      required: formatNumber(goal.requiredHoursPerWeek),
      max: MAX_HOURS_PER_WEEK,
    })
  else if (goal.paceStatus === 'starting')
    pace = t(`${texts}.starting`, { required: formatNumber(goal.requiredHoursPerWeek) })
  else if (goal.projectedDate === null)
    pace = t(`${texts}.noHours`, { required: formatNumber(goal.requiredHoursPerWeek) })
  else if (goal.paceStatus === 'on-track')
    pace = t(`${texts}.onTrack`, {
      pace: formatNumber(goal.hoursPerWeek),
      projected: formatDate(goal.projectedDate),
    })
  else
    pace = t(`${texts}.behind`, {
      pace: formatNumber(goal.hoursPerWeek),
      required: formatNumber(goal.requiredHoursPerWeek),
      projected: formatDate(goal.projectedDate),
    })

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Text fw={500}>
          {t('goal.summary', { role: goal.roleName, date: formatDate(goal.targetDate) })}
        </Text>
        <PaceBadge pace={goal} size="lg" />
      </Group>
      <Text size="sm" role="status">
        {pace}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" verticalSpacing="sm">
        <Stat label={t('goal.stats.fit')} value={formatPercent(goal.fit)} />
        <Stat label={t('goal.stats.logged')} value={hours(goal.hoursLogged)} />
        <Stat label={t('goal.stats.remaining')} value={hours(goal.remainingHours)} />
        <Stat
          label={readOnly ? t('goal.stats.paceOf') : t('goal.stats.pace')}
          value={perWeek(goal.hoursPerWeek)}
        />
        <Stat
          label={t('goal.stats.required')}
          value={goal.requiredHoursPerWeek === null ? '—' : perWeek(goal.requiredHoursPerWeek)}
        />
        <Stat
          label={t('goal.stats.projected')}
          value={goal.projectedDate ? formatDate(goal.projectedDate) : '—'}
        />
      </SimpleGrid>
      {goal.unclosedGaps > 0 && (
        <Text size="xs" c="dimmed">
          {t('goal.unclosed', { count: goal.unclosedGaps })}
        </Text>
      )}
      {clear.isError && <ProblemAlert error={clear.error} />}
      {!readOnly && (
        <Group gap="sm">
          <Button variant="light" size="xs" onClick={onEdit}>
            {t('goal.edit')}
          </Button>
          <Button
            variant="subtle"
            color="red"
            size="xs"
            loading={clear.isPending}
            onClick={() => clear.mutate()}
          >
            {t('goal.clear')}
          </Button>
        </Group>
      )}
    </Stack>
  )
}

function GoalForm({
  goal,
  onDone,
  onCancel,
}: {
  goal: Goal | null
  onDone: () => void
  onCancel?: () => void
}) {
  const { t } = useTranslation(LEARNING_NAMESPACE)
  const roles = useRoleOptions()
  const save = useSaveGoal()
  const [roleCode, setRoleCode] = useState<string | null>(goal?.roleCode ?? null)
  const [targetDate, setTargetDate] = useState(goal?.targetDate ?? '')

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!roleCode || !targetDate) return
    save.mutate({ roleCode, targetDate }, { onSuccess: onDone })
  }

  return (
    <form onSubmit={submit} aria-label={t('goal.formLabel')}>
      <Stack gap="sm">
        {!goal && (
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <IconFlag size={18} aria-hidden="true" style={{ flexShrink: 0, marginTop: 2 }} />
            <Text size="sm" c="dimmed">
              {t('goal.empty')}
            </Text>
          </Group>
        )}
        <Group grow align="flex-start" wrap="wrap" gap="sm">
          <Select
            label={t('goal.role')}
            placeholder={t('goal.rolePlaceholder')}
            data={(roles.data ?? []).map((role) => ({ value: role.code, label: role.name }))}
            value={roleCode}
            onChange={setRoleCode}
            required
            miw={200}
          />
          <TextInput
            label={t('goal.date')}
            type="date"
            min={today()}
            value={targetDate}
            onChange={(event) => setTargetDate(event.currentTarget.value)}
            required
            miw={160}
          />
        </Group>
        {save.isError && <ProblemAlert error={save.error} />}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending} disabled={!roleCode || !targetDate}>
            {goal ? t('goal.save') : t('goal.set')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('goal.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  )
}
