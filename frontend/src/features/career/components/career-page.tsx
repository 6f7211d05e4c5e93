import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Progress,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { IconArrowRight, IconFlag, IconMapPin, IconRoute } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { QueryState } from '@/components/feedback/query-state'
import { PageHeader } from '@/components/layout/page-header'
import { useCareer, useSetCurrentRole } from '../api/use-career'
import type { Career, NextStep } from '../api/types'
import { CAREER_NAMESPACE } from '../locales'
import { CareerGraph } from './career-graph'
import { formatNumber, formatPercent } from '@/lib/format'

const FOLLOW_BEST_FIT = '__best-fit'

/** /career: the role graph with my fit, where I am, and the next steps from there. */
export function CareerPage() {
  const { t } = useTranslation(CAREER_NAMESPACE)
  const career = useCareer()

  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader
        icon={<IconRoute size={22} />}
        title={t('page.title')}
        description={t('page.description')}
      />
      <QueryState
        data={career.data}
        error={career.error}
        loading={<Skeleton h={420} radius="md" />}
      >
        {(data) => <CareerView career={data} />}
      </QueryState>
    </Stack>
  )
}

function CareerView({ career }: { career: Career }) {
  const { t } = useTranslation(CAREER_NAMESPACE)
  const setCurrent = useSetCurrentRole()
  const current = career.nodes.find((node) => node.roleCode === career.currentRoleCode)
  const bestFit = [...career.nodes].sort((a, b) => b.fit - a.fit)[0]

  return (
    <>
      <Card withBorder padding="lg">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <IconMapPin size={24} color="var(--mantine-color-blue-6)" aria-hidden="true" />
            <Stack gap={2}>
              <Text size="sm" c="dimmed">
                {t('current.label')}
              </Text>
              <Text fw={700} size="lg">
                {current
                  ? t('current.summary', {
                      role: current.roleName,
                      fit: formatPercent(current.fit),
                    })
                  : t('current.none')}
              </Text>
              <Text size="sm" c="dimmed">
                {career.chosen ? t('current.chosen') : t('current.followingBestFit')}
              </Text>
            </Stack>
          </Group>
          <Select
            label={t('current.select')}
            data={[
              {
                value: FOLLOW_BEST_FIT,
                label: bestFit
                  ? t('current.bestFitOption', { role: bestFit.roleName })
                  : t('current.bestFitOptionPlain'),
              },
              ...career.nodes.map((node) => ({ value: node.roleCode, label: node.roleName })),
            ]}
            value={
              career.chosen && career.currentRoleCode ? career.currentRoleCode : FOLLOW_BEST_FIT
            }
            allowDeselect={false}
            disabled={setCurrent.isPending}
            onChange={(value) =>
              value && setCurrent.mutate(value === FOLLOW_BEST_FIT ? null : value)
            }
            w={{ base: '100%', sm: 320 }}
          />
        </Group>
        {setCurrent.isError && (
          <Stack mt="md">
            <ProblemAlert error={setCurrent.error} />
          </Stack>
        )}
      </Card>

      <Card withBorder padding="lg" component="section" aria-labelledby="career-graph-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="career-graph-title">
            {t('graph.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('graph.hint')}
          </Text>
          <CareerGraph
            nodes={career.nodes}
            edges={career.edges}
            currentRoleCode={career.currentRoleCode}
          />
        </Stack>
      </Card>

      <Stack gap="sm" component="section" aria-labelledby="next-steps-title">
        <Title order={2} size="h3" id="next-steps-title">
          {t('next.title')}
        </Title>
        {career.nextSteps.length === 0 ? (
          <Alert variant="light" icon={<IconFlag size={18} aria-hidden="true" />}>
            {t('next.none', { role: career.currentRoleName ?? '' })}
          </Alert>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {career.nextSteps.map((step) => (
              <NextStepCard key={step.role.roleCode} step={step} />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </>
  )
}

function NextStepCard({ step }: { step: NextStep }) {
  const { t } = useTranslation(CAREER_NAMESPACE)
  const { role } = step
  const titleId = `next-step-${role.roleCode}`
  const fit = formatPercent(role.fit)
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={titleId}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h4" id={titleId}>
            {role.roleName}
          </Title>
          <Badge variant="light" size="lg">
            {t('graph.fit', { fit })}
          </Badge>
        </Group>
        <Progress
          value={role.fit * 100}
          aria-label={t('next.fitLabel', { role: role.roleName, fit })}
        />
        <Text size="sm">
          {t('next.hours', {
            hours: formatNumber(step.estimatedHours),
            count: step.items,
          })}
        </Text>
        {role.largestGaps.length > 0 && (
          <Stack gap={6}>
            <Text size="sm" c="dimmed">
              {t('next.topGaps')}
            </Text>
            <Group gap={6}>
              {role.largestGaps.slice(0, 3).map((gap) => (
                <Badge key={gap.skillCode} variant="default" radius="sm" tt="none" fw={500}>
                  {t('next.gap', { skill: gap.skillName, from: gap.from, to: gap.to })}
                </Badge>
              ))}
            </Group>
          </Stack>
        )}
        {step.unclosedGaps > 0 && (
          <Text size="xs" c="dimmed">
            {t('next.unclosed', { count: step.unclosedGaps })}
          </Text>
        )}
        <Group mt="auto" pt="xs">
          <Button
            component={Link}
            to={`/learning?role=${encodeURIComponent(role.roleCode)}`}
            variant="light"
            rightSection={<IconArrowRight size={16} aria-hidden="true" />}
            aria-label={t('next.recommendationsFor', { role: role.roleName })}
          >
            {t('next.recommendations')}
          </Button>
        </Group>
      </Stack>
    </Card>
  )
}
