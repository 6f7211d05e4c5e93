import { Badge, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useChartColors } from '@/components/charts/chart-colors'
import { RadarChart } from '@/components/charts/radar-chart'
import type { RoleProfile, RoleRequirement, RoleSkillCategory } from '../api/types'
import { ROLES_NAMESPACE } from '../locales'
import { requirementsOf } from './requirements'
import { WeightBadge } from './weight-badge'

export interface RoleComparisonProps {
  roles: RoleProfile[]
  categories: RoleSkillCategory[]
  first: string
  second: string
  onChange: (first: string, second: string) => void
}

interface Row {
  skillCode: string
  skillName: string
  category: string
  a: RoleRequirement | undefined
  b: RoleRequirement | undefined
}

function profileStats(role: RoleProfile) {
  const requirements = requirementsOf(role)
  const categories = new Set(requirements.map((r) => r.category))
  const average = requirements.length
    ? requirements.reduce((sum, r) => sum + r.targetLevel, 0) / requirements.length
    : 0
  const core = requirements.filter((r) => r.weight === 3)
  const coreAverage = core.length
    ? core.reduce((sum, r) => sum + r.targetLevel, 0) / core.length
    : 0
  return {
    skills: requirements.length,
    categories: categories.size,
    average,
    coreAverage,
    advanced: requirements.filter((r) => r.targetLevel >= 4).length,
  }
}

/** Two roles side by side: profile figures, a radar of their targets and a table of all skills. */
export function RoleComparison({
  roles,
  categories,
  first,
  second,
  onChange,
}: RoleComparisonProps) {
  const { t, i18n } = useTranslation(ROLES_NAMESPACE)
  const colors = useChartColors()
  const a = roles.find((role) => role.code === first)
  const b = roles.find((role) => role.code === second)
  const options = roles.map((role) => ({ value: role.code, label: role.name }))
  const categoryName = (code: string) => categories.find((c) => c.code === code)?.name ?? code
  const categoryOrder = (code: string) => {
    const index = categories.findIndex((c) => c.code === code)
    return index < 0 ? categories.length : index
  }

  const rows: Row[] = []
  if (a && b) {
    const map = new Map<string, Row>()
    for (const requirement of a.requirements) {
      map.set(requirement.skillCode, { ...pick(requirement), a: requirement, b: undefined })
    }
    for (const requirement of b.requirements) {
      const row = map.get(requirement.skillCode) ?? { ...pick(requirement), a: undefined }
      map.set(requirement.skillCode, { ...row, b: requirement })
    }
    rows.push(...map.values())
  }

  const sortedRows = [...rows].sort(
    (x, y) =>
      categoryOrder(x.category) - categoryOrder(y.category) ||
      (y.a?.targetLevel ?? 0) +
        (y.b?.targetLevel ?? 0) -
        ((x.a?.targetLevel ?? 0) + (x.b?.targetLevel ?? 0)),
  )

  if (!a || !b) return null
  const statsA = profileStats(a)
  const statsB = profileStats(b)
  const broader =
    statsA.categories === statsB.categories
      ? null
      : statsA.categories > statsB.categories
        ? 'a'
        : 'b'
  const deeper =
    Math.abs(statsA.coreAverage - statsB.coreAverage) < 0.05
      ? null
      : statsA.coreAverage > statsB.coreAverage
        ? 'a'
        : 'b'
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 })

  const radarAxes = sortedRows.map((row) => ({
    label: row.skillName,
    values: { a: row.a?.targetLevel ?? 0, b: row.b?.targetLevel ?? 0 },
  }))

  const statCard = (
    role: RoleProfile,
    stats: ReturnType<typeof profileStats>,
    side: 'a' | 'b',
    color: string,
  ) => (
    <Card withBorder padding="md" style={{ borderTop: `4px solid ${color}` }}>
      <Group justify="space-between" wrap="nowrap" mb={4}>
        <Text fw={700}>{role.name}</Text>
        <Group gap={4}>
          {broader === side && (
            <Badge color="teal" variant="light">
              {t('compare.broad')}
            </Badge>
          )}
          {deeper === side && (
            <Badge color="grape" variant="light">
              {t('compare.deep')}
            </Badge>
          )}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {t('compare.stats', {
          skills: stats.skills,
          categories: stats.categories,
          average: number.format(stats.average),
          coreAverage: number.format(stats.coreAverage),
          advanced: stats.advanced,
        })}
      </Text>
    </Card>
  )

  return (
    <Stack gap="md" component="section" aria-labelledby="compare" id="compare-section">
      <Title order={2} size="h3" id="compare">
        {t('compare.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('compare.intro')}
      </Text>
      <Group gap="sm" grow wrap="wrap">
        <Select
          label={t('compare.first')}
          data={options}
          value={first}
          allowDeselect={false}
          onChange={(value) => value && onChange(value, second)}
        />
        <Select
          label={t('compare.second')}
          data={options}
          value={second}
          allowDeselect={false}
          onChange={(value) => value && onChange(first, value)}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {statCard(a, statsA, 'a', colors.series[0])}
        {statCard(b, statsB, 'b', colors.series[1])}
      </SimpleGrid>

      <Card withBorder padding="md">
        <Text fw={600} mb="xs" id="compare-radar-title">
          {t('compare.radarTitle')}
        </Text>
        <RadarChart
          labelledBy="compare-radar-title"
          // two whole roles cover most skills: more room between the labels
          height={radarAxes.length > 20 ? 600 : 460}
          outerRadius="70%"
          axes={radarAxes}
          series={[
            { key: 'a', name: a.name },
            { key: 'b', name: b.name },
          ]}
        />
      </Card>

      <Table.ScrollContainer minWidth={640}>
        <Table
          verticalSpacing="xs"
          aria-label={t('compare.tableLabel', { first: a.name, second: b.name })}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th rowSpan={2}>{t('detail.skill')}</Table.Th>
              <Table.Th rowSpan={2}>{t('compare.category')}</Table.Th>
              <Table.Th colSpan={2} style={{ color: 'var(--mantine-color-blue-text)' }}>
                {a.name}
              </Table.Th>
              <Table.Th colSpan={2} style={{ color: 'var(--mantine-color-orange-text)' }}>
                {b.name}
              </Table.Th>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('detail.target')}</Table.Th>
              <Table.Th>{t('detail.weight')}</Table.Th>
              <Table.Th>{t('detail.target')}</Table.Th>
              <Table.Th>{t('detail.weight')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sortedRows.map((row) => {
              const difference = (row.a?.targetLevel ?? 0) - (row.b?.targetLevel ?? 0)
              const strong = Math.abs(difference) >= 2
              const background =
                strong && difference > 0
                  ? 'var(--mantine-color-blue-light)'
                  : strong && difference < 0
                    ? 'var(--mantine-color-orange-light)'
                    : undefined
              return (
                <Table.Tr key={row.skillCode} style={{ background }}>
                  <Table.Td fw={500}>{row.skillName}</Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {categoryName(row.category)}
                    </Text>
                  </Table.Td>
                  <Table.Td fw={strong && difference > 0 ? 700 : undefined}>
                    {row.a ? (
                      row.a.targetLevel
                    ) : (
                      <Text span c="dimmed">
                        {t('compare.notRequired')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{row.a && <WeightBadge weight={row.a.weight} />}</Table.Td>
                  <Table.Td fw={strong && difference < 0 ? 700 : undefined}>
                    {row.b ? (
                      row.b.targetLevel
                    ) : (
                      <Text span c="dimmed">
                        {t('compare.notRequired')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{row.b && <WeightBadge weight={row.b.weight} />}</Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        {t('compare.legend')}
      </Text>
    </Stack>
  )
}

function pick(requirement: RoleRequirement) {
  return {
    skillCode: requirement.skillCode,
    skillName: requirement.skillName,
    category: requirement.category,
  }
}
