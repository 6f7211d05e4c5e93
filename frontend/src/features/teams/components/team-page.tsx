import { Anchor, Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core'
import {
  IconChartLine,
  IconDownload,
  IconGridDots,
  IconSchool,
  IconShieldExclamation,
  IconTarget,
  IconUserPlus,
  IconUsers,
} from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams, useSearchParams } from 'react-router'
import { QueryState } from '@/components/feedback/query-state'
import { isApiError } from '@/lib/api-client'
import { useTeam } from '../api/use-teams'
import type { TeamDetail } from '../api/types'
import { TEAMS_NAMESPACE } from '../locales'
import { CoverageTab } from './coverage-tab'
import { ExportTab } from './export-tab'
import { HeatmapTab } from './heatmap-tab'
import { HiringTab } from './hiring-tab'
import { OverviewTab } from './overview-tab'
import { ProgressTab } from './progress-tab'
import { TargetsTab } from './targets-tab'
import { TrainingTab } from './training-tab'
import { MEMBER_TABS, TABS, type Tab } from './tabs'

const ICONS: Record<Tab, ReactNode> = {
  overview: <IconUsers size={16} aria-hidden="true" />,
  targets: <IconTarget size={16} aria-hidden="true" />,
  heatmap: <IconGridDots size={16} aria-hidden="true" />,
  coverage: <IconShieldExclamation size={16} aria-hidden="true" />,
  training: <IconSchool size={16} aria-hidden="true" />,
  hiring: <IconUserPlus size={16} aria-hidden="true" />,
  progress: <IconChartLine size={16} aria-hidden="true" />,
  export: <IconDownload size={16} aria-hidden="true" />,
}

/** /teams/:teamId, with the tab in the address (?tab=heatmap) so every view can be linked. */
export function TeamPage() {
  const { teamId = '' } = useParams()
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const team = useTeam(teamId)

  if (isApiError(team.error) && team.error.status === 404) {
    return (
      <Stack gap="sm" maw={800}>
        <Title order={1}>{t('team.notFoundTitle')}</Title>
        <Text>{t('team.notFoundText')}</Text>
        <Anchor component={Link} to="/teams">
          {t('team.back')}
        </Anchor>
      </Stack>
    )
  }
  return (
    <Stack gap="lg" maw={1400} miw={0}>
      <QueryState data={team.data} error={team.error}>
        {(detail) => <TeamTabs team={detail} />}
      </QueryState>
    </Stack>
  )
}

function TeamTabs({ team }: { team: TeamDetail }) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const [params, setParams] = useSearchParams()
  const lead = team.myRole === 'lead'
  const tabs = lead ? TABS : MEMBER_TABS
  const requested = params.get('tab') as Tab | null
  const tab: Tab = requested && tabs.includes(requested) ? requested : 'overview'

  return (
    <>
      <Stack gap={4}>
        <Anchor component={Link} to="/teams" size="sm">
          {t('team.back')}
        </Anchor>
        <Group gap="sm" wrap="wrap" align="center">
          <Title order={1}>{team.name}</Title>
          <Badge variant="light" color={lead ? 'blue' : 'gray'}>
            {t(`roles.${team.myRole}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t('list.counts', {
            members: t('list.members', { count: team.memberCount }),
            leads: t('list.leads', { count: team.leadCount }),
          })}
        </Text>
      </Stack>
      <Tabs
        value={tab}
        onChange={(value) => value && setParams({ tab: value }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          {tabs.map((value) => (
            <Tabs.Tab key={value} value={value} leftSection={ICONS[value]}>
              {t(`tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <OverviewTab team={team} />
        </Tabs.Panel>
        <Tabs.Panel value="targets">
          <TargetsTab team={team} />
        </Tabs.Panel>
        <Tabs.Panel value="heatmap">
          <HeatmapTab team={team} />
        </Tabs.Panel>
        <Tabs.Panel value="coverage">
          <CoverageTab team={team} />
        </Tabs.Panel>
        {lead && (
          <Tabs.Panel value="training">
            <TrainingTab team={team} />
          </Tabs.Panel>
        )}
        {lead && (
          <Tabs.Panel value="hiring">
            <HiringTab team={team} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="progress">
          <ProgressTab team={team} />
        </Tabs.Panel>
        <Tabs.Panel value="export">
          <ExportTab team={team} />
        </Tabs.Panel>
      </Tabs>
    </>
  )
}
