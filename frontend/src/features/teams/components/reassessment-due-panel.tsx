import { useState } from 'react'
import {
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ActionButton } from '@/components/action-button'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { QueryState } from '@/components/feedback/query-state'
import { ScrollRegion } from '@/components/layout/scroll-region'
import { SelectableTable } from '@/components/selectable-table'
import { formatDate } from '@/lib/format'
import { useSaveCycle, useTeamDue } from '../api/use-upkeep'
import type { TeamDue } from '../api/upkeep-api'
import { useRequestReassessment, useSkillName, useStale } from '../api/use-teams'
import { TEAMS_NAMESPACE } from '../locales'

/** One (member x skill) row the lead may ask about: due under a cycle, or not updated for months. */
interface AskRow {
  memberId: string
  displayName: string
  skillCode: string
  skillName: string
  level: number
  lastAt: string
  dueOn?: string
  overdue?: boolean
  daysOverdue?: number
}

type Mode = 'due' | 'stale'

const rowKey = (row: AskRow) => `${row.memberId}|${row.skillCode}`

/**
 * The leads' one reassessment list: the team's cycle, and per member and skill what is due or
 * overdue under it (or, without a cycle or on request, what nobody updated for some months).
 * The lead picks exactly the rows to send; each member is asked only about their own rows.
 */
export function ReassessmentDuePanel({ teamId }: { teamId: string }) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const due = useTeamDue(teamId)
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="due-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="due-title">
          {t('due.title')}
        </Title>
        <QueryState data={due.data} error={due.error} size="sm">
          {(data) => (
            <>
              <CycleForm teamId={teamId} data={data} />
              <AskList teamId={teamId} data={data} />
            </>
          )}
        </QueryState>
      </Stack>
    </Card>
  )
}

function CycleForm({ teamId, data }: { teamId: string; data: TeamDue }) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const save = useSaveCycle(teamId)
  const [months, setMonths] = useState<number>(data.cycle?.months ?? 6)
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed">
        {data.cycle
          ? t('due.cycle', { count: data.cycle.months })
          : data.organisationCycle
            ? t('due.organisationCycle', { count: data.organisationCycle.months })
            : t('due.noCycle')}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <NumberInput
          label={t('due.months')}
          value={months}
          min={1}
          max={60}
          allowDecimal={false}
          onChange={(value) => typeof value === 'number' && setMonths(value)}
          w={180}
        />
        <Button loading={save.isPending} onClick={() => save.mutate({ months })}>
          {t('due.save')}
        </Button>
        {data.cycle && (
          <Button
            variant="subtle"
            color="red"
            disabled={save.isPending}
            onClick={() => save.mutate(null)}
          >
            {t('due.clear')}
          </Button>
        )}
      </Group>
      {save.error && <ProblemAlert error={save.error} />}
    </Stack>
  )
}

function AskList({ teamId, data }: { teamId: string; data: TeamDue }) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const cycleMonths = data.cycle?.months ?? data.organisationCycle?.months
  const [mode, setMode] = useState<Mode>(cycleMonths ? 'due' : 'stale')
  const [months, setMonths] = useState(6)
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const shown: Mode = cycleMonths ? mode : 'stale'
  const stale = useStale(teamId, months, shown === 'stale')
  const ask = useRequestReassessment(teamId)
  const skillName = useSkillName()
  const choose = (next: Mode) => {
    setMode(next)
    setSelected(new Set())
  }
  const list = (rows: AskRow[], emptyText: string, testId: string, askMonths: number) => {
    if (rows.length === 0) return <Text size="sm">{emptyText}</Text>
    const chosen = rows.filter((row) => selected.has(rowKey(row)))
    return (
      <>
        <Text size="sm" c="dimmed">
          {t('stale.choose')}
        </Text>
        <ScrollRegion label={t('due.title')} hint={t('scrollHint')}>
          <SelectableTable
            rows={rows}
            rowKey={rowKey}
            selected={selected}
            onSelectedChange={setSelected}
            selectAllLabel={t('stale.selectAll')}
            rowLabel={(row) =>
              t('stale.selectRow', { name: row.displayName, skill: row.skillName })
            }
            minWidth={600}
            testId={testId}
            columns={[
              { header: t('stale.member'), cell: (row) => row.displayName },
              { header: t('stale.skill'), cell: (row) => row.skillName },
              { header: t('stale.level'), cell: (row) => row.level },
              { header: t('stale.assessedAt'), cell: (row) => <LastAt row={row} /> },
              ...(testId === 'team-due'
                ? [{ header: t('due.dueOn'), cell: (row: AskRow) => <DueOn row={row} /> }]
                : []),
            ]}
          />
        </ScrollRegion>
        <Group>
          <ActionButton
            action={ask}
            disabled={chosen.length === 0}
            onClick={() =>
              ask.mutate(
                {
                  rows: chosen.map((row) => ({ memberId: row.memberId, skillCode: row.skillCode })),
                  months: askMonths,
                },
                { onSuccess: () => setSelected(new Set()) },
              )
            }
          >
            {t('stale.askSelected', { count: chosen.length })}
          </ActionButton>
          {ask.isSuccess && (
            <Text size="sm" role="status" data-testid="stale-asked">
              {t('stale.asked', { count: ask.data.memberIds.length })}
            </Text>
          )}
        </Group>
      </>
    )
  }
  return (
    <Stack gap="sm">
      {cycleMonths && (
        <SegmentedControl
          value={shown}
          onChange={(value) => choose(value as Mode)}
          data={[
            { value: 'due', label: t('due.showDue') },
            { value: 'stale', label: t('due.showStale') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
      )}
      {shown === 'due' && cycleMonths ? (
        list(
          data.rows.map((row) => ({
            memberId: row.memberId,
            displayName: row.displayName,
            skillCode: row.skillCode,
            skillName: row.skillName,
            level: row.level,
            lastAt: row.lastUpdatedAt,
            dueOn: row.dueOn,
            overdue: row.overdue,
            daysOverdue: row.daysOverdue,
          })),
          t('due.none'),
          'team-due',
          cycleMonths,
        )
      ) : (
        <>
          <NumberInput
            label={t('stale.months')}
            value={months}
            min={1}
            max={60}
            allowDecimal={false}
            onChange={(value) => {
              if (typeof value === 'number' && value >= 1) {
                setMonths(value)
                setSelected(new Set())
              }
            }}
            w={180}
          />
          <QueryState data={stale.data} error={stale.error} size="sm">
            {(staleData) =>
              list(
                staleData.assessments.map((row) => ({
                  memberId: row.memberId,
                  displayName: row.displayName,
                  skillCode: row.skillCode,
                  skillName: row.skillName ?? skillName(row.skillCode),
                  level: row.level,
                  lastAt: row.assessedAt,
                })),
                t('stale.none', { count: staleData.months }),
                'stale',
                staleData.months,
              )
            }
          </QueryState>
        </>
      )}
      {ask.error && <ProblemAlert error={ask.error} />}
    </Stack>
  )
}

function LastAt({ row }: { row: AskRow }) {
  const { i18n } = useTranslation(TEAMS_NAMESPACE)
  return <>{formatDate(row.lastAt, i18n.language)}</>
}

function DueOn({ row }: { row: AskRow }) {
  const { t, i18n } = useTranslation(TEAMS_NAMESPACE)
  if (!row.dueOn) return null
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm">{formatDate(row.dueOn, i18n.language)}</Text>
      {row.overdue ? (
        <Badge color="red" variant="light">
          {t('due.overdue', { count: row.daysOverdue ?? 0 })}
        </Badge>
      ) : (
        <Badge color="orange" variant="light">
          {t('due.soon')}
        </Badge>
      )}
    </Group>
  )
}
