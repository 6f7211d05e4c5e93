import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Loader,
  Progress,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { IconCircleCheck, IconInfoCircle, IconRoute } from '@tabler/icons-react'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { usePlan, useRecommendations, useRoleOptions } from '../api/use-learning'
import {
  PREFERENCES,
  type Closure,
  type LearningPath,
  type PlanItem,
  type Preference,
} from '../api/types'
import { LEARNING_NAMESPACE } from '../locales'
import { formatNumber, formatPercent } from '@/lib/format'
import { KindBadge } from './item-meta'
import { RecommendationCard } from './recommendation-card'

const BEST_FIT = '__best-fit'
const DEFAULT_ITEMS = 20
const MAX_ITEMS = 200

const PREFERENCE_KEY = 'skillgap.learning.preference'

function isPreference(value: string | null): value is Preference {
  return value !== null && (PREFERENCES as string[]).includes(value)
}

/** The preference in the URL, else the one chosen last time on this device, else balanced. */
function rememberedPreference(fromUrl: string | null): Preference {
  if (isPreference(fromUrl)) return fromUrl
  try {
    const stored = window.localStorage.getItem(PREFERENCE_KEY)
    if (isPreference(stored)) return stored
  } catch {
    // storage unavailable (private mode): fall back to the default
  }
  return 'balanced'
}

function remember(preference: Preference) {
  try {
    window.localStorage.setItem(PREFERENCE_KEY, preference)
  } catch {
    // not remembered: it still applies to this page
  }
}

export function GapList({ gaps }: { gaps: Closure[] }) {
  const { t } = useTranslation(LEARNING_NAMESPACE)
  return (
    <Group gap={6} wrap="wrap">
      {gaps.map((gap) => (
        <Badge key={gap.skillCode} variant="default" radius="sm" tt="none" fw={500}>
          {t(gap.anyOf ? 'gap.anyOfLabel' : 'gap.label', {
            skill: gap.skillName,
            from: gap.from,
            to: gap.to,
          })}
        </Badge>
      ))}
    </Group>
  )
}

/** Ranked learning items for a role (my best fit unless ?role= says otherwise) and the shortest path. */
export function Recommendations() {
  const { t } = useTranslation(LEARNING_NAMESPACE)
  const [params, setParams] = useSearchParams()
  const role = params.get('role')
  const preference = rememberedPreference(params.get('preference'))
  const roles = useRoleOptions()
  // the top 20 first; "show all" asks for every item that helps (the API's maximum)
  const [showAll, setShowAll] = useState(false)
  const recommendations = useRecommendations(role, showAll ? MAX_ITEMS : DEFAULT_ITEMS, preference)
  const plan = usePlan()
  const data = recommendations.data
  const update = (next: { role?: string | null; preference?: Preference }) => {
    const nextRole = next.role === undefined ? role : next.role
    const nextPreference = next.preference ?? preference
    const query: Record<string, string> = {}
    if (nextRole) query.role = nextRole
    if (nextPreference !== 'balanced') query.preference = nextPreference
    setParams(query, { replace: true })
  }

  const roleOptions = [
    { value: BEST_FIT, label: t('recommendations.bestFitOption') },
    ...(roles.data ?? []).map((option) => ({ value: option.code, label: option.name })),
  ]

  return (
    <Stack gap="lg">
      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          label={t('recommendations.roleLabel')}
          description={t('recommendations.roleDescription')}
          data={roleOptions}
          value={role ?? BEST_FIT}
          allowDeselect={false}
          w={{ base: '100%', sm: 340 }}
          onChange={(value) => update({ role: value && value !== BEST_FIT ? value : null })}
        />
        <Select
          label={t('preference.label')}
          description={t('preference.description')}
          data={PREFERENCES.map((value) => ({ value, label: t(`preference.${value}`) }))}
          value={preference}
          allowDeselect={false}
          w={{ base: '100%', sm: 300 }}
          onChange={(value) => {
            if (!isPreference(value)) return
            remember(value)
            update({ preference: value })
          }}
        />
        {recommendations.isFetching && data && (
          <Loader size="sm" aria-label={t('loading', { ns: 'common' })} />
        )}
      </Group>

      {recommendations.isPending && <Skeleton h={220} radius="md" />}
      {recommendations.isError && <ProblemAlert error={recommendations.error} />}

      {data && !data.role && (
        <Alert
          variant="light"
          color="blue"
          icon={<IconInfoCircle size={18} aria-hidden="true" />}
          title={t('startHere.title')}
        >
          <Text size="sm">{t('startHere.text')}</Text>
        </Alert>
      )}

      {data?.role && (
        <>
          <Card withBorder padding="lg">
            <Stack gap="sm">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Group gap="xs">
                  <Title order={2} size="h3">
                    {data.role.roleName}
                  </Title>
                  {data.bestFit && (
                    <Badge variant="light" color="teal">
                      {t('recommendations.bestFitBadge')}
                    </Badge>
                  )}
                </Group>
                <Text fw={600}>
                  {t('recommendations.fit', { fit: formatPercent(data.role.fit) })}
                </Text>
              </Group>
              <Progress
                value={data.role.fit * 100}
                aria-label={t('recommendations.fit', { fit: formatPercent(data.role.fit) })}
              />
              {data.role.largestGaps.length > 0 && (
                <Stack gap={6}>
                  <Text size="sm" c="dimmed">
                    {t('recommendations.largestGaps')}
                  </Text>
                  <GapList gaps={data.role.largestGaps} />
                </Stack>
              )}
            </Stack>
          </Card>

          <Stack gap="sm" component="section" aria-labelledby="recommended-items">
            <Group justify="space-between">
              <Title order={2} size="h3" id="recommended-items">
                {t('recommendations.title')}
              </Title>
              {data.total > 0 && (
                <Text size="sm" c="dimmed">
                  {t('recommendations.count', { count: data.total, shown: data.items.length })}
                </Text>
              )}
            </Group>
            {data.items.length === 0 ? (
              <Alert variant="light" icon={<IconInfoCircle size={18} aria-hidden="true" />}>
                {data.role.largestGaps.length === 0
                  ? t('recommendations.noGaps', { role: data.role.roleName })
                  : t('recommendations.empty')}
              </Alert>
            ) : (
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                {data.items.map((recommendation, index) => (
                  <RecommendationCard
                    key={recommendation.item.code}
                    recommendation={recommendation}
                    rank={index + 1}
                  />
                ))}
              </SimpleGrid>
            )}
            {(data.total > data.items.length || showAll) && data.total > DEFAULT_ITEMS && (
              <Group justify="center">
                <Button
                  variant="light"
                  onClick={() => setShowAll((value) => !value)}
                  loading={recommendations.isFetching}
                >
                  {showAll
                    ? t('recommendations.showFewer')
                    : t('recommendations.showAll', { count: data.total })}
                </Button>
              </Group>
            )}
          </Stack>

          <PathSection
            path={data.path}
            roleName={data.role.roleName}
            startHere={data.role.fit === 0}
            planItems={plan.data?.items ?? []}
          />
        </>
      )}
    </Stack>
  )
}

function PathSection({
  path,
  roleName,
  startHere,
  planItems,
}: {
  path: LearningPath
  roleName: string
  startHere: boolean
  planItems: PlanItem[]
}) {
  const { t } = useTranslation(LEARNING_NAMESPACE)
  const id = useId()
  if (path.steps.length === 0 && path.unclosed.length === 0) return null
  // a gap a done item would close once its levels are applied is not one "no item closes"
  const awaiting = awaitingLevels(path.unclosed, planItems)
  const unclosed = path.unclosed.filter(
    (gap) => !awaiting.some(({ gaps }) => gaps.some((g) => g.skillCode === gap.skillCode)),
  )
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="learning-path-title">
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap">
          <IconRoute size={22} aria-hidden="true" color="var(--mantine-color-blue-6)" />
          <Title order={2} size="h3" id="learning-path-title">
            {startHere
              ? t('path.startHere', { hours: formatNumber(path.totalHours), role: roleName })
              : t('path.title', { hours: formatNumber(path.totalHours), role: roleName })}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t('path.description')}
        </Text>
        {path.steps.length > 0 && (
          <List type="ordered" spacing="sm">
            {path.steps.map((step) => (
              <List.Item key={step.item.code}>
                <Group gap="xs" wrap="wrap">
                  <Text size="sm" fw={500}>
                    {step.item.title}
                  </Text>
                  <KindBadge kind={step.item.kind} />
                  <Text size="sm" c="dimmed">
                    {t('item.hours', { hours: formatNumber(step.item.hours) })}
                  </Text>
                </Group>
                {/* which gap it closes and why it is on the path */}
                <GapList gaps={step.closes} />
                <Text size="sm" c="dimmed" mt={4}>
                  {t('path.why', { reason: step.reason })}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        {awaiting.map(({ entry, gaps }) => (
          <Stack
            gap={6}
            key={entry.item.code}
            role="group"
            aria-labelledby={`${id}-awaiting-${entry.item.code}`}
          >
            <Text size="sm" fw={600} id={`${id}-awaiting-${entry.item.code}`}>
              {t('path.doneNotApplied', { title: entry.item.title })}
            </Text>
            <GapList gaps={gaps} />
            <Anchor component={Link} to="/learning/plan" size="sm">
              {t('path.applyInPlan')}
            </Anchor>
          </Stack>
        ))}
        {unclosed.length > 0 && (
          <Stack gap={6} role="group" aria-labelledby={`${id}-unclosed`}>
            <Text size="sm" fw={600} id={`${id}-unclosed`}>
              {t('path.unclosed')}
            </Text>
            <GapList gaps={unclosed} />
          </Stack>
        )}
        {path.unclosed.length === 0 && (
          <Group gap={6}>
            <IconCircleCheck size={16} color="var(--mantine-color-teal-6)" aria-hidden="true" />
            <Text size="sm">{t('path.closesAll')}</Text>
          </Group>
        )}
      </Stack>
    </Card>
  )
}

/**
 * The done items whose levels were never applied, each with the gaps left open that applying them
 * would close: these gaps are not "closed by no item", the learner only has to apply the levels.
 */
function awaitingLevels(gaps: Closure[], planItems: PlanItem[]) {
  return planItems
    .filter((entry) => entry.status === 'done')
    .map((entry) => ({
      entry,
      // each gap as far as the item takes it
      gaps: gaps.flatMap((gap) => {
        const raise = entry.item.raises.find(
          (r) => r.skillCode === gap.skillCode && gap.from < r.to,
        )
        return raise ? [{ ...gap, to: Math.min(gap.to, raise.to) }] : []
      }),
    }))
    .filter(({ gaps }) => gaps.length > 0)
}
