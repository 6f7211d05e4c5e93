import { useState } from 'react'
import { Badge, Button, Card, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { QueryState } from '@/components/feedback/query-state'
import { ScrollRegion } from '@/components/layout/scroll-region'
import { formatDate } from '@/lib/format'
import { useSaveCycle, useTeamDue } from '../api/use-upkeep'
import type { TeamDue } from '../api/upkeep-api'
import { TEAMS_NAMESPACE } from '../locales'

/**
 * The lead's due / overdue view: the team's reassessment cycle and, per member and skill,
 * what is due or overdue (one row per member x skill, for asking whom to reassess what).
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
              <DueTable data={data} />
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

function DueTable({ data }: { data: TeamDue }) {
  const { t, i18n } = useTranslation(TEAMS_NAMESPACE)
  if (!data.cycle && !data.organisationCycle) return null
  if (data.rows.length === 0) return <Text size="sm">{t('due.none')}</Text>
  return (
    <ScrollRegion label={t('due.title')} hint={t('scrollHint')}>
      <Table verticalSpacing="xs" striped miw={560} data-testid="team-due">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('stale.member')}</Table.Th>
            <Table.Th>{t('stale.skill')}</Table.Th>
            <Table.Th>{t('stale.level')}</Table.Th>
            <Table.Th>{t('due.dueOn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.rows.map((row) => (
            <Table.Tr key={`${row.memberId}-${row.skillCode}`} data-testid="team-due-row">
              <Table.Td>{row.displayName}</Table.Td>
              <Table.Td>{row.skillName}</Table.Td>
              <Table.Td>{row.level}</Table.Td>
              <Table.Td>
                <Group gap="xs">
                  <Text size="sm">{formatDate(row.dueOn, i18n.language)}</Text>
                  {row.overdue ? (
                    <Badge color="red" variant="light">
                      {t('due.overdue', { count: row.daysOverdue })}
                    </Badge>
                  ) : (
                    <Badge color="orange" variant="light">
                      {t('due.soon')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  )
}
