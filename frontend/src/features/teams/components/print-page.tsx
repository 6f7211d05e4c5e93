import { Anchor, Box, Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconPrinter } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { QueryState } from '@/components/feedback/query-state'
import { ScrollRegion } from '@/components/layout/scroll-region'
import { formatDate } from '@/lib/format'
import {
  useCoverage,
  useHeatmap,
  useHiringBrief,
  useRoleName,
  useTeam,
  useTrainingPlan,
} from '../api/use-teams'
import type { TeamDetail } from '../api/types'
import { TEAMS_NAMESPACE } from '../locales'
import { CoverageOrTargets } from './coverage-tab'
import { AggregateView } from './heatmap-tab'
import { HiringBriefView } from './hiring-tab'
import { LevelLegend } from './levels'
import { hasTargets } from './logic'
import { PrintHeatmap } from './print-heatmap'

const PRINT_SIZE = 200

/** /teams/:teamId/print: the team's state on paper (print CSS in styles/global.css). */
export function TeamPrintPage() {
  const { teamId = '' } = useParams()
  const team = useTeam(teamId)
  return (
    <Box p="lg" component="main" className="print-page" maw={1400} mx="auto">
      <QueryState data={team.data} error={team.error}>
        {(detail) => <PrintContent team={detail} />}
      </QueryState>
    </Box>
  )
}

function PrintContent({ team }: { team: TeamDetail }) {
  const { t, i18n } = useTranslation(TEAMS_NAMESPACE)
  const lead = team.myRole === 'lead'
  const coverage = useCoverage(team.id)
  return (
    <Stack gap="lg">
      <Group justify="space-between" className="no-print">
        <Anchor component={Link} to={`/teams/${team.id}?tab=export`}>
          {t('print.back')}
        </Anchor>
        <Button
          leftSection={<IconPrinter size={16} aria-hidden="true" />}
          onClick={() => window.print()}
        >
          {t('print.print')}
        </Button>
      </Group>
      <Stack gap={2}>
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {t('print.title', { team: team.name })}
        </Title>
        <Text size="sm">
          {t('print.meta', {
            date: formatDate(new Date().toISOString(), i18n.language),
            count: team.memberCount,
          })}
        </Text>
      </Stack>
      <QueryState data={coverage.data} error={coverage.error}>
        {(rows) => <CoverageOrTargets team={team} rows={rows} complete />}
      </QueryState>
      {lead ? (
        <LeadSections
          teamId={team.id}
          withTargets={coverage.data ? hasTargets(coverage.data) : true}
        />
      ) : (
        <AggregateView teamId={team.id} />
      )}
    </Stack>
  )
}

function LeadSections({ teamId, withTargets }: { teamId: string; withTargets: boolean }) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const roleName = useRoleName()
  const heatmap = useHeatmap(teamId, { page: 0, size: PRINT_SIZE, sort: 'name', direction: 'asc' })
  const plan = useTrainingPlan(teamId)
  const brief = useHiringBrief(teamId)
  return (
    <>
      <Stack gap="sm" component="section" aria-labelledby="print-heatmap-title">
        <Title order={2} size="h3" id="print-heatmap-title">
          {t('heatmap.title')}
        </Title>
        <LevelLegend />
        <QueryState data={heatmap.data} error={heatmap.error}>
          {(data) => (
            <>
              {/* on a phone's screen the parts scroll inside (on paper each part fits the page) */}
              <ScrollRegion label={t('heatmap.title')}>
                <PrintHeatmap skills={data.skills} members={data.members} roleName={roleName} />
              </ScrollRegion>
              {data.page.totalElements > data.members.length && (
                <Text size="sm">
                  {t('print.firstMembers', {
                    count: data.members.length,
                    total: data.page.totalElements,
                  })}
                </Text>
              )}
            </>
          )}
        </QueryState>
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="print-plan-title">
        <Title order={2} size="h3" id="print-plan-title">
          {t('training.title')}
        </Title>
        <QueryState data={plan.data} error={plan.error}>
          {(data) => (
            <Stack gap={4} component="ol" m={0} pl="lg">
              {data.items.map((item) => (
                <Text key={item.itemCode} component="li" size="sm">
                  <b>{item.title}</b> —{' '}
                  {t('print.itemText', {
                    hours: item.hours,
                    count: item.members.length,
                    names: item.members.map((member) => member.displayName).join(', '),
                  })}
                  {item.groupSession ? ` (${t('training.groupSession')})` : ''}
                </Text>
              ))}
            </Stack>
          )}
        </QueryState>
      </Stack>
      {/* a team with no targets has no hiring brief (the coverage section says so) */}
      {withTargets && (
        <QueryState data={brief.data} error={brief.error}>
          {(data) => <HiringBriefView brief={data} />}
        </QueryState>
      )}
    </>
  )
}
