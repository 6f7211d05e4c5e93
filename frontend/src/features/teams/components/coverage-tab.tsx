import { useState } from 'react'
import {
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { QueryState } from '@/components/feedback/query-state'
import { ScrollRegion } from '@/components/layout/scroll-region'
import { formatDate } from '@/lib/format'
import { useCoverage, useRequestReassessment, useSkillName, useStale } from '../api/use-teams'
import type { CoverageRow, TeamDetail } from '../api/types'
import { TEAMS_NAMESPACE } from '../locales'
import { byRisk, riskColor } from './logic'
import { ReassessmentDuePanel } from './reassessment-due-panel'

/** Thin skills, single points of failure, risk per skill, and (leads) stale assessments. */
export function CoverageTab({ team }: { team: TeamDetail }) {
  const coverage = useCoverage(team.id)
  return (
    <Stack gap="lg">
      <QueryState data={coverage.data} error={coverage.error}>
        {(rows) => <CoverageView rows={rows} />}
      </QueryState>
      {team.myRole === 'lead' && <ReassessmentDuePanel teamId={team.id} />}
      {team.myRole === 'lead' && <StaleAssessmentsPanel teamId={team.id} />}
    </Stack>
  )
}

/** The skills a list card shows before "show all" (the riskiest first). */
const LIST_PREVIEW = 8

/** `complete`: every skill in the lists at once (the printable page). */
export function CoverageView({
  rows,
  complete = false,
}: {
  rows: CoverageRow[]
  complete?: boolean
}) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const thin = byRisk(rows.filter((row) => !row.met))
  const spof = byRisk(rows.filter((row) => row.singlePointOfFailure))
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <SkillListCard
          id="thin"
          title={t('coverage.thin')}
          intro={t('coverage.thinIntro')}
          empty={t('coverage.noThin')}
          rows={thin}
          complete={complete}
          testId="thin-skills"
          describe={(row) =>
            t('coverage.holdersOf', {
              holders: row.holders,
              required: row.required,
              level: row.targetLevel,
            })
          }
        />
        <SkillListCard
          id="spof"
          title={t('coverage.spof')}
          intro={t('coverage.spofIntro')}
          empty={t('coverage.noSpof')}
          rows={spof}
          complete={complete}
          testId="single-points-of-failure"
          describe={(row) => (row.holders === 0 ? t('coverage.nobody') : t('coverage.onlyOne'))}
        />
      </SimpleGrid>
      <Card withBorder padding="lg" component="section" aria-labelledby="coverage-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="coverage-title">
            {t('coverage.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('coverage.riskIntro')}
          </Text>
          <ScrollRegion label={t('coverage.title')} hint={t('scrollHint')}>
            <Table verticalSpacing="xs" striped miw={900} data-testid="coverage">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('coverage.skill')}</Table.Th>
                  <Table.Th>{t('coverage.target')}</Table.Th>
                  <Table.Th>{t('coverage.holders')}</Table.Th>
                  <Table.Th>{t('coverage.met')}</Table.Th>
                  <Table.Th>{t('coverage.busFactor')}</Table.Th>
                  <Table.Th>{t('coverage.mix')}</Table.Th>
                  <Table.Th>{t('coverage.risk')}</Table.Th>
                  <Table.Th>{t('coverage.source')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {byRisk(rows).map((row) => (
                  <Table.Tr key={row.skillCode} data-testid="coverage-row">
                    <Table.Th scope="row">
                      <Text size="sm" fw={600}>
                        {row.name}
                      </Text>
                    </Table.Th>
                    <Table.Td>
                      {t('coverage.targetText', { required: row.required, level: row.targetLevel })}
                    </Table.Td>
                    <Table.Td>{row.holders}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={row.met ? 'teal' : 'red'}>
                        {row.met ? t('coverage.yes') : t('coverage.no')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Text size="sm">{row.busFactor}</Text>
                        {row.singlePointOfFailure && (
                          <Badge variant="light" color="orange" size="sm">
                            {t('coverage.spofBadge')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">
                        {t('coverage.mixText', {
                          experts: row.experts,
                          practitioners: row.practitioners,
                          novices: row.novices,
                        })}
                      </Text>
                    </Table.Td>
                    <Table.Td miw={120}>
                      <Text size="sm" fw={700}>
                        {row.risk}
                      </Text>
                      <Progress
                        value={row.risk}
                        color={riskColor(row.risk)}
                        size="sm"
                        aria-label={t('coverage.riskOf', { skill: row.name, risk: row.risk })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">
                        {t(`coverageSource.${row.source}`, { defaultValue: row.source })}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        </Stack>
      </Card>
    </>
  )
}

function StaleAssessmentsPanel({ teamId }: { teamId: string }) {
  const { t, i18n } = useTranslation(TEAMS_NAMESPACE)
  const [months, setMonths] = useState(6)
  const stale = useStale(teamId, months)
  const ask = useRequestReassessment(teamId)
  const skillName = useSkillName()
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="stale-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="stale-title">
          {t('stale.title')}
        </Title>
        <Group align="flex-end" wrap="wrap">
          <NumberInput
            label={t('stale.months')}
            value={months}
            min={1}
            max={60}
            allowDecimal={false}
            onChange={(value) => typeof value === 'number' && value >= 1 && setMonths(value)}
            w={180}
          />
        </Group>
        <QueryState data={stale.data} error={stale.error} size="sm">
          {(data) =>
            data.assessments.length === 0 ? (
              <Text size="sm">{t('stale.none', { count: data.months })}</Text>
            ) : (
              <>
                <ScrollRegion label={t('stale.title')} hint={t('scrollHint')}>
                  <Table verticalSpacing="xs" striped miw={560} data-testid="stale">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('stale.member')}</Table.Th>
                        <Table.Th>{t('stale.skill')}</Table.Th>
                        <Table.Th>{t('stale.level')}</Table.Th>
                        <Table.Th>{t('stale.assessedAt')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.assessments.map((row) => (
                        <Table.Tr key={`${row.memberId}-${row.skillCode}`}>
                          <Table.Td>{row.displayName}</Table.Td>
                          <Table.Td>{row.skillName ?? skillName(row.skillCode)}</Table.Td>
                          <Table.Td>{row.level}</Table.Td>
                          <Table.Td>{formatDate(row.assessedAt, i18n.language)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollRegion>
                <Group>
                  <Button
                    loading={ask.isPending}
                    onClick={() =>
                      ask.mutate({
                        memberIds: [...new Set(data.assessments.map((row) => row.memberId))],
                        skillCodes: [...new Set(data.assessments.map((row) => row.skillCode))],
                      })
                    }
                  >
                    {t('stale.ask')}
                  </Button>
                  {ask.isSuccess && (
                    <Text size="sm" role="status">
                      {t('stale.asked', { count: ask.data.memberIds.length })}
                    </Text>
                  )}
                </Group>
              </>
            )
          }
        </QueryState>
        {ask.error && <ProblemAlert error={ask.error} />}
      </Stack>
    </Card>
  )
}

/** A card listing skills (riskiest first) with one line each; long lists open on request. */
function SkillListCard({
  id,
  title,
  intro,
  empty,
  rows,
  complete,
  testId,
  describe,
}: {
  id: string
  title: string
  intro: string
  empty: string
  rows: CoverageRow[]
  complete: boolean
  testId: string
  describe: (row: CoverageRow) => string
}) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const [open, setOpen] = useState(false)
  const shown = complete || open ? rows : rows.slice(0, LIST_PREVIEW)
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={`${id}-title`}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={`${id}-title`}>
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {intro}
        </Text>
        {rows.length === 0 ? (
          <Text size="sm">{empty}</Text>
        ) : (
          <Stack
            gap={4}
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            data-testid={testId}
            id={`${id}-list`}
          >
            {shown.map((row) => (
              <Text key={row.skillCode} component="li" size="sm">
                <b>{row.name}</b> {describe(row)}
              </Text>
            ))}
          </Stack>
        )}
        {!complete && rows.length > LIST_PREVIEW && (
          <Button
            variant="subtle"
            size="compact-sm"
            className="no-print"
            aria-expanded={open}
            aria-controls={`${id}-list`}
            onClick={() => setOpen((value) => !value)}
            style={{ alignSelf: 'flex-start' }}
          >
            {open ? t('coverage.showFewer') : t('coverage.showAll', { count: rows.length })}
          </Button>
        )}
      </Stack>
    </Card>
  )
}
