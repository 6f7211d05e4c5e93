import type { ReactNode } from 'react'
import {
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Progress,
  RingProgress,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core'
import {
  IconArrowRight,
  IconChartLine,
  IconListCheck,
  IconSparkles,
  IconTarget,
  IconTrophy,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { PaceBadge } from '@/components/pace/pace-badge'
import {
  useDashboardGoal,
  useDashboardPlan,
  useExplanation,
  useFitHistory,
  useTopRecommendations,
} from '../api/use-dashboard'
import type { DashboardPlanItem } from '../api/types'
import { DASHBOARD_NAMESPACE } from '../locales'
import { formatDate, formatNumber, formatPercent } from '@/lib/format'
import { Sparkline } from './sparkline'

const STATUS_COLORS: Record<string, string> = {
  'in-progress': 'blue',
  planned: 'gray',
}

function Panel({
  icon,
  title,
  action,
  children,
  id,
}: {
  icon: ReactNode
  title: string
  action?: ReactNode
  children: ReactNode
  id: string
}) {
  return (
    <Card withBorder padding="lg" h="100%" component="section" aria-labelledby={id}>
      <Stack gap="md" h="100%">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <ThemeIcon variant="light" size={32} radius="md" aria-hidden="true">
              {icon}
            </ThemeIcon>
            <Title order={2} size="h4" id={id}>
              {title}
            </Title>
          </Group>
          {action}
        </Group>
        {children}
      </Stack>
    </Card>
  )
}

function MoreLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      <Group gap={4} wrap="nowrap" component="span">
        {children}
        <IconArrowRight size={14} aria-hidden="true" />
      </Group>
    </Anchor>
  )
}

/** The learner at a glance: best fit, goal, next items and recent progress. */
export function DashboardOverview() {
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <BestFitPanel />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <GoalPanel />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <NextItemsPanel />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <ProgressPanel />
      </Grid.Col>
    </Grid>
  )
}

function BestFitPanel() {
  const { t } = useTranslation(DASHBOARD_NAMESPACE)
  const explanation = useExplanation()
  const data = explanation.data
  return (
    <Panel
      id="dashboard-best-fit"
      icon={<IconTrophy size={18} />}
      title={t('bestFit.title')}
      action={data?.bestRoleCode ? <MoreLink to="/fit">{t('bestFit.more')}</MoreLink> : undefined}
    >
      {explanation.isPending && <Skeleton h={120} />}
      {explanation.isError && <ProblemAlert error={explanation.error} />}
      {data &&
        (data.bestRoleCode && data.bestFit != null ? (
          <Group align="flex-start" wrap="nowrap" gap="lg">
            <RingProgress
              size={96}
              thickness={9}
              roundCaps
              sections={[{ value: data.bestFit * 100, color: 'blue' }]}
              label={
                <Text ta="center" fw={700} size="lg">
                  {formatPercent(data.bestFit)}
                </Text>
              }
              aria-label={t('bestFit.ring', {
                role: data.bestRoleName,
                fit: formatPercent(data.bestFit),
              })}
            />
            <Stack gap={6} style={{ minWidth: 0 }}>
              <Text fw={700} size="xl">
                {data.bestRoleName}
              </Text>
              <Text size="sm">{data.text}</Text>
              <Group gap="sm" mt={4}>
                <Button
                  component={Link}
                  to={`/learning?role=${encodeURIComponent(data.bestRoleCode)}`}
                  size="xs"
                  variant="light"
                >
                  {t('bestFit.learn')}
                </Button>
                <Button component={Link} to="/career" size="xs" variant="subtle">
                  {t('bestFit.career')}
                </Button>
              </Group>
            </Stack>
          </Group>
        ) : (
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{data.text}</Text>
            <Text size="sm" c="dimmed">
              {t('bestFit.empty')}
            </Text>
            <Group gap="sm">
              <Button component={Link} to="/skills">
                {t('recordSkills')}
              </Button>
              <Button component={Link} to="/learning" variant="light">
                {t('bestFit.startHere')}
              </Button>
            </Group>
          </Stack>
        ))}
    </Panel>
  )
}

function GoalPanel() {
  const { t } = useTranslation(DASHBOARD_NAMESPACE)
  const goal = useDashboardGoal()
  const data = goal.data
  return (
    <Panel
      id="dashboard-goal"
      icon={<IconTarget size={18} />}
      title={t('goal.title')}
      action={data ? <MoreLink to="/learning/plan">{t('goal.more')}</MoreLink> : undefined}
    >
      {goal.isPending && <Skeleton h={120} />}
      {goal.isError && <ProblemAlert error={goal.error} />}
      {goal.isSuccess &&
        (data ? (
          <Stack gap="sm">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text fw={600}>
                {t('goal.summary', { role: data.roleName, date: formatDate(data.targetDate) })}
              </Text>
              <PaceBadge pace={data} />
            </Group>
            <Stack gap={4}>
              <Group justify="space-between">
                <Text size="sm" c="dimmed">
                  {t('goal.fit')}
                </Text>
                <Text size="sm" fw={600}>
                  {formatPercent(data.fit)}
                </Text>
              </Group>
              <Progress
                value={data.fit * 100}
                aria-label={t('goal.fitLabel', {
                  role: data.roleName,
                  fit: formatPercent(data.fit),
                })}
              />
            </Stack>
            <Text size="sm">
              {data.requiredHoursPerWeek === null
                ? t('goal.datePassed')
                : t('goal.pace', {
                    pace: formatNumber(data.hoursPerWeek),
                    required: formatNumber(data.requiredHoursPerWeek),
                  })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('goal.remaining', {
                remaining: formatNumber(data.remainingHours),
                logged: formatNumber(data.hoursLogged),
              })}
            </Text>
          </Stack>
        ) : (
          <Stack gap="sm" align="flex-start">
            <Text size="sm" c="dimmed">
              {t('goal.empty')}
            </Text>
            <Button component={Link} to="/learning/plan" variant="light">
              {t('goal.set')}
            </Button>
          </Stack>
        ))}
    </Panel>
  )
}

function openItems(items: DashboardPlanItem[]): DashboardPlanItem[] {
  const rank = (entry: DashboardPlanItem) => (entry.status === 'in-progress' ? 0 : 1)
  return items
    .filter((entry) => entry.status === 'in-progress' || entry.status === 'planned')
    .sort((a, b) => rank(a) - rank(b) || a.position - b.position)
    .slice(0, 3)
}

function NextItemsPanel() {
  const { t } = useTranslation(DASHBOARD_NAMESPACE)
  const plan = useDashboardPlan()
  const next = plan.data ? openItems(plan.data.items) : []
  const recommendations = useTopRecommendations(plan.isSuccess && next.length === 0)

  return (
    <Panel
      id="dashboard-next"
      icon={<IconListCheck size={18} />}
      title={next.length > 0 ? t('next.title') : t('next.recommendedTitle')}
      action={
        next.length > 0 ? (
          <MoreLink to="/learning/plan">{t('next.plan')}</MoreLink>
        ) : (
          <MoreLink to="/learning">{t('next.all')}</MoreLink>
        )
      }
    >
      {(plan.isPending || (next.length === 0 && recommendations.isPending)) && <Skeleton h={120} />}
      {plan.isError && <ProblemAlert error={plan.error} />}
      {next.length > 0 && (
        <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {next.map((entry) => (
            <li key={entry.item.code}>
              <Stack gap={4}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text fw={500} size="sm" lineClamp={1}>
                    {entry.item.title}
                  </Text>
                  <Badge
                    variant="light"
                    color={STATUS_COLORS[entry.status]}
                    style={{ flexShrink: 0 }}
                  >
                    {t(`status.${entry.status}`)}
                  </Badge>
                </Group>
                <Progress
                  size="sm"
                  value={Math.min(100, (entry.hoursLogged / Math.max(entry.item.hours, 1)) * 100)}
                  aria-label={t('next.progress', {
                    title: entry.item.title,
                    logged: formatNumber(entry.hoursLogged),
                    hours: formatNumber(entry.item.hours),
                  })}
                />
                <Text size="xs" c="dimmed">
                  {t('next.logged', {
                    logged: formatNumber(entry.hoursLogged),
                    hours: formatNumber(entry.item.hours),
                  })}
                  {entry.targetDate &&
                    ` · ${t('next.target', { date: formatDate(entry.targetDate) })}`}
                </Text>
              </Stack>
            </li>
          ))}
        </Stack>
      )}
      {plan.isSuccess &&
        next.length === 0 &&
        recommendations.data &&
        !recommendations.data.role && (
          <Text size="sm" c="dimmed">
            {t('next.noBestFit')}
          </Text>
        )}
      {plan.isSuccess && next.length === 0 && recommendations.data?.role && (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('next.recommendedIntro', { role: recommendations.data.role.roleName })}
          </Text>
          {recommendations.data.items.length === 0 ? (
            <Text size="sm">{t('next.noneLeft')}</Text>
          ) : (
            <Stack gap="sm" component="ol" m={0} pl="md">
              {recommendations.data.items.map(({ item, reason }) => (
                <li key={item.code}>
                  <Text fw={500} size="sm">
                    {item.title}{' '}
                    <Text span size="xs" c="dimmed">
                      {t('next.hours', { hours: formatNumber(item.hours) })}
                    </Text>
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {reason}
                  </Text>
                </li>
              ))}
            </Stack>
          )}
        </Stack>
      )}
      {recommendations.isError && <ProblemAlert error={recommendations.error} />}
    </Panel>
  )
}

function ProgressPanel() {
  const { t } = useTranslation(DASHBOARD_NAMESPACE)
  const history = useFitHistory()
  const explanation = useExplanation()
  const data = history.data
  const points = data?.points ?? []

  const last = points[points.length - 1]
  const bestCode =
    explanation.data?.bestRoleCode ??
    (last ? Object.entries(last.fits).sort((a, b) => b[1] - a[1])[0]?.[0] : undefined)
  const bestName = data?.roles.find((role) => role.code === bestCode)?.name ?? bestCode
  const series = bestCode ? [0, ...points.map((point) => point.fits[bestCode] ?? 0)] : []
  const recent = [...points].reverse().slice(0, 4)

  return (
    <Panel
      id="dashboard-progress"
      icon={<IconChartLine size={18} />}
      title={t('progress.title')}
      action={
        points.length > 0 ? <MoreLink to="/skills">{t('progress.more')}</MoreLink> : undefined
      }
    >
      {history.isPending && <Skeleton h={120} />}
      {history.isError && <ProblemAlert error={history.error} />}
      {history.isSuccess &&
        (points.length === 0 ? (
          <Stack gap="sm" align="flex-start">
            <Text size="sm" c="dimmed">
              {t('progress.empty')}
            </Text>
            <Button component={Link} to="/skills" variant="light">
              {t('recordSkills')}
            </Button>
          </Stack>
        ) : (
          <Stack gap="sm">
            {bestCode && (
              <Stack gap={2}>
                <Text size="xs" c="dimmed">
                  {t('progress.sparkline', { role: bestName })}
                </Text>
                <Sparkline
                  values={series}
                  times={
                    points.length > 0
                      ? [
                          new Date(points[0].at).getTime(),
                          ...points.map((point) => new Date(point.at).getTime()),
                        ]
                      : undefined
                  }
                  label={t('progress.sparklineLabel', {
                    role: bestName,
                    from: formatPercent(series[0]),
                    to: formatPercent(series[series.length - 1]),
                    count: points.length,
                  })}
                />
              </Stack>
            )}
            <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {recent.map((point) => (
                <li key={`${point.at}-${point.skillCode}`}>
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    {point.source === 'learning-item' && (
                      <IconSparkles
                        size={14}
                        color="var(--mantine-color-teal-6)"
                        aria-hidden="true"
                        style={{ flexShrink: 0, marginTop: 3 }}
                      />
                    )}
                    <div>
                      <Text size="sm">
                        {t('progress.change', { skill: point.skillName, level: point.level })}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`source.${point.source}`, { defaultValue: point.source })} ·{' '}
                        {formatDate(point.at)}
                      </Text>
                    </div>
                  </Group>
                </li>
              ))}
            </Stack>
          </Stack>
        ))}
    </Panel>
  )
}
