import { useState } from 'react'
import {
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Select,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core'
import { IconBulb, IconChartBar, IconListCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { QueryState } from '@/components/feedback/query-state'
import { PageHeader } from '@/components/layout/page-header'
import type { FitExplanation, RoleFit } from '../api/types'
import { useFitExplanation, useFitHistory, useFits } from '../api/use-fit'
import { FIT_NAMESPACE } from '../locales'
import { FitHistoryChart } from './fit-history-chart'
import { FitRadar } from './fit-radar'
import { FitRanking } from './fit-ranking'
import { formatAlternatives, formatPercent } from '@/lib/format'
import { GapTable } from './gap-table'
import { WhatIf } from './what-if'

function ExplanationCard({
  explanation,
  skillName,
}: {
  explanation: FitExplanation
  skillName: (code: string) => string
}) {
  const { t, i18n } = useTranslation(FIT_NAMESPACE)
  return (
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-labelledby="explanation-title"
      style={{ borderLeft: '4px solid var(--mantine-color-teal-6)' }}
      bg="var(--mantine-color-teal-light)"
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon size={36} radius="xl" color="teal" variant="light" aria-hidden="true">
          <IconBulb size={20} />
        </ThemeIcon>
        <Stack gap="xs">
          <Group gap="xs">
            <Title order={2} size="h3" id="explanation-title">
              {t('explanation.title', { role: explanation.bestRoleName })}
            </Title>
            {explanation.bestFit != null && (
              <Badge color="teal" size="lg" variant="filled">
                {formatPercent(explanation.bestFit, i18n.language)}
              </Badge>
            )}
          </Group>
          <Text data-testid="fit-explanation">{explanation.text}</Text>
          {explanation.strengths.length > 0 && (
            <Group gap={6}>
              <Text size="sm" fw={600}>
                {t('explanation.strengths')}
              </Text>
              {explanation.strengths.map((gap) => (
                <Badge key={gap.skillCode} variant="light" color="teal" radius="sm" tt="none">
                  {gap.skillName}
                </Badge>
              ))}
            </Group>
          )}
          {explanation.gapsToBest.length > 0 && (
            <Group gap={6}>
              <Text size="sm" fw={600}>
                {t('explanation.workOn')}
              </Text>
              {explanation.gapsToBest.map((gap) => (
                <Badge key={gap.skillCode} variant="light" color="orange" radius="sm" tt="none">
                  {t('explanation.gapBadge', {
                    skill:
                      gap.alternatives && gap.alternatives.length > 0
                        ? formatAlternatives(
                            [gap.skillName, ...gap.alternatives.map((code) => skillName(code))],
                            i18n.language,
                          )
                        : gap.skillName,
                    gap: gap.gap,
                  })}
                </Badge>
              ))}
            </Group>
          )}
        </Stack>
      </Group>
    </Card>
  )
}

function EmptyState({ text, readOnly }: { text: string; readOnly?: boolean }) {
  const { t } = useTranslation(FIT_NAMESPACE)
  return (
    <Card withBorder padding="xl" ta="center">
      <Stack align="center" gap="sm">
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden="true">
          <IconListCheck size={26} />
        </ThemeIcon>
        <Title order={2} size="h3">
          {t('empty.title')}
        </Title>
        <Text c="dimmed" maw={520}>
          {text || t('empty.text')}
        </Text>
        <Text size="sm" c="dimmed" maw={520}>
          {t('empty.noBestFit')}
        </Text>
        {!readOnly && (
          <Group gap="sm" justify="center">
            <Button component={Link} to="/skills">
              {t('empty.action')}
            </Button>
            <Button component={Link} to="/learning" variant="light">
              {t('empty.startHere')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  )
}

export interface FitPageProps {
  /** a mentee's fit (from /api/mentees/{id}/fit...), seen by their mentor */
  personId?: string
  /** without the what-if sliders and the link to record levels */
  readOnly?: boolean
  /** without the page header (when composed into another page) */
  embedded?: boolean
}

/** My fit: ranking, explanation, gaps and radar per role, what-if sliders and progress over time. */
export function FitPage({ personId, readOnly = false, embedded = false }: FitPageProps = {}) {
  const { t } = useTranslation(FIT_NAMESPACE)
  const fits = useFits(personId)
  const explanation = useFitExplanation(personId)
  // started with the others, not once they are in
  const history = useFitHistory(personId)
  const loaded =
    fits.data && explanation.data ? { fits: fits.data, explanation: explanation.data } : undefined

  return (
    <Stack gap="lg" maw={1100}>
      {!embedded && (
        <PageHeader
          icon={<IconChartBar size={22} />}
          title={t('page.title')}
          description={t('page.intro')}
        />
      )}
      <QueryState
        data={loaded}
        error={fits.error ?? explanation.error}
        errorTitle={t('loadFailed')}
      >
        {(data) =>
          data.explanation.bestRoleCode ? (
            <FitView
              fits={data.fits}
              explanation={data.explanation}
              history={history}
              readOnly={readOnly}
            />
          ) : (
            <EmptyState text={data.explanation.text} readOnly={readOnly} />
          )
        }
      </QueryState>
    </Stack>
  )
}

interface FitViewProps {
  fits: RoleFit[]
  explanation: FitExplanation
  history: ReturnType<typeof useFitHistory>
  readOnly: boolean
}

function FitView({ fits: list, explanation, history, readOnly }: FitViewProps) {
  const { t } = useTranslation(FIT_NAMESPACE)
  const [chosen, setChosen] = useState<string | null>(null)

  const roleCode =
    chosen && list.some((fit) => fit.roleCode === chosen)
      ? chosen
      : (explanation.bestRoleCode ?? list[0]?.roleCode ?? null)
  const role = list.find((fit) => fit.roleCode === roleCode)
  const currentLevels: Record<string, number> = {}
  const names: Record<string, string> = {}
  for (const fit of list)
    for (const gap of fit.gaps) {
      currentLevels[gap.skillCode] = gap.current
      names[gap.skillCode] = gap.skillName
    }

  return (
    <>
      <ExplanationCard explanation={explanation} skillName={(code) => names[code] ?? code} />

      <Card withBorder padding="lg" component="section" aria-labelledby="ranking-title">
        <Title order={2} size="h3" id="ranking-title" mb={4}>
          {t('ranking.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('ranking.intro')}
        </Text>
        <FitRanking fits={list} selected={roleCode} onSelect={setChosen} />
      </Card>

      {role && (
        <Card withBorder padding="lg" component="section" aria-labelledby="gaps-title">
          <Stack gap="md">
            <Group justify="space-between" align="flex-end" wrap="wrap">
              <div>
                <Title order={2} size="h3" id="gaps-title">
                  {t('gaps.title', { role: role.roleName })}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('gaps.summary', { met: role.metRequirements, total: role.totalRequirements })}
                </Text>
              </div>
              <Select
                label={t('gaps.chooseRole')}
                data={list.map((fit) => ({ value: fit.roleCode, label: fit.roleName }))}
                value={roleCode}
                allowDeselect={false}
                onChange={(value) => value && setChosen(value)}
                w={260}
              />
            </Group>
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 7 }}>
                <GapTable roleName={role.roleName} gaps={role.gaps} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <FitRadar roleName={role.roleName} gaps={role.gaps} />
              </Grid.Col>
            </Grid>
          </Stack>
        </Card>
      )}

      {role && !readOnly && (
        <WhatIf roleName={role.roleName} gaps={role.gaps} currentLevels={currentLevels} />
      )}

      <Card withBorder padding="lg" component="section" aria-labelledby="history-title">
        <Title order={2} size="h3" id="history-title" mb={4}>
          {t('history.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('history.intro')}
        </Text>
        {history.error && <ProblemAlert error={history.error} />}
        {history.data && history.data.points.length > 0 && (
          <FitHistoryChart history={history.data} />
        )}
        {history.data && history.data.points.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('history.empty')}
          </Text>
        )}
      </Card>
    </>
  )
}
