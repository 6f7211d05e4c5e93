import { useState } from 'react'
import {
  Card,
  Checkbox,
  Group,
  Pagination,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { QueryState } from '@/components/feedback/query-state'
import { ScrollRegion } from '@/components/layout/scroll-region'
import { formatNumber } from '@/lib/format'
import { useAggregate, useHeatmap, useRoleName, useRoles, useSkills } from '../api/use-teams'
import {
  HEATMAP_PAGE_SIZE,
  LEVELS,
  type HeatmapQuery,
  type HeatmapSort,
  type SortDirection,
  type TeamDetail,
} from '../api/types'
import { TEAMS_NAMESPACE } from '../locales'
import { HeatmapTable } from './heatmap-table'
import { LevelLegend } from './levels'
import { CountsHiddenNotice } from './counts-hidden'
import { levelBackground } from './logic'

/** Leads: the members × skills heatmap (or the aggregate); members: the aggregate only. */
export function HeatmapTab({ team }: { team: TeamDetail }) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const [view, setView] = useState<'members' | 'aggregate'>('members')
  if (team.myRole !== 'lead') return <AggregateView teamId={team.id} />
  return (
    <Stack gap="md">
      <SegmentedControl
        value={view}
        onChange={(value) => setView(value as 'members' | 'aggregate')}
        data={[
          { value: 'members', label: t('heatmap.byMember') },
          { value: 'aggregate', label: t('heatmap.aggregate') },
        ]}
        aria-label={t('heatmap.view')}
        maw={420}
      />
      {view === 'members' ? <MemberHeatmap teamId={team.id} /> : <AggregateView teamId={team.id} />}
    </Stack>
  )
}

function MemberHeatmap({ teamId }: { teamId: string }) {
  const { t, i18n } = useTranslation(TEAMS_NAMESPACE)
  const roles = useRoles()
  const skills = useSkills()
  const roleName = useRoleName()
  const [query, setQuery] = useState<HeatmapQuery>({
    page: 0,
    size: HEATMAP_PAGE_SIZE,
    sort: 'name',
    direction: 'asc',
  })
  const [search, setSearch] = useState('')
  const [q] = useDebouncedValue(search, 300)
  const effective = { ...query, q: q.trim() || undefined }
  const heatmap = useHeatmap(teamId, effective)

  const categories = new Map<string, string>()
  for (const skill of skills.data ?? []) categories.set(skill.category, skill.categoryName)

  const update = (change: Partial<HeatmapQuery>) =>
    setQuery((current) => ({ ...current, page: 0, ...change }))
  const onSort = (sort: HeatmapSort) =>
    setQuery((current) => ({
      ...current,
      page: 0,
      sort,
      direction: current.sort === sort && current.direction === 'asc' ? 'desc' : 'asc',
    }))

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="heatmap-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="heatmap-title">
          {t('heatmap.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('heatmap.intro')}
        </Text>
        <Group align="flex-end" wrap="wrap" gap="sm">
          <TextInput
            label={t('heatmap.search')}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value)
              setQuery((current) => ({ ...current, page: 0 }))
            }}
            w={200}
          />
          <Select
            label={t('heatmap.category')}
            placeholder={t('heatmap.all')}
            data={[...categories].map(([value, label]) => ({ value, label }))}
            value={query.category ?? null}
            onChange={(value) => update({ category: value ?? undefined })}
            clearable
            w={220}
          />
          <Select
            label={t('heatmap.role')}
            placeholder={t('heatmap.all')}
            data={(roles.data ?? []).map((role) => ({ value: role.code, label: role.name }))}
            value={query.role ?? null}
            onChange={(value) => update({ role: value ?? undefined })}
            clearable
            w={220}
          />
          <Select
            label={t('heatmap.sort')}
            data={[
              { value: 'name', label: t('heatmap.member') },
              { value: 'fit', label: t('heatmap.fit') },
              { value: 'gap', label: t('heatmap.gapSort') },
              ...(heatmap.data?.skills ?? []).map((skill) => ({
                value: `skill:${skill.code}`,
                label: skill.name,
              })),
            ].filter(
              (option, index, all) => all.findIndex((o) => o.value === option.value) === index,
            )}
            value={query.sort}
            onChange={(value) => value && update({ sort: value as HeatmapSort })}
            allowDeselect={false}
            w={200}
          />
          <Select
            label={t('heatmap.direction')}
            data={[
              { value: 'asc', label: t('heatmap.asc') },
              { value: 'desc', label: t('heatmap.desc') },
            ]}
            value={query.direction}
            onChange={(value) => value && update({ direction: value as SortDirection })}
            allowDeselect={false}
            w={150}
          />
          <Checkbox
            label={t('heatmap.gapOnly')}
            checked={query.gap ?? false}
            onChange={(event) => update({ gap: event.currentTarget.checked || undefined })}
            mb={8}
          />
        </Group>
        <LevelLegend />
        <QueryState data={heatmap.data} error={heatmap.error}>
          {(data) =>
            data.members.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('heatmap.empty')}
              </Text>
            ) : (
              <Stack gap="sm" style={{ opacity: heatmap.isPlaceholderData ? 0.6 : 1 }}>
                <ScrollRegion label={t('heatmap.title')} hint={t('scrollHint')}>
                  <HeatmapTable
                    skills={data.skills}
                    members={data.members}
                    sort={query.sort}
                    direction={query.direction}
                    onSort={onSort}
                    roleName={roleName}
                  />
                </ScrollRegion>
                <Group justify="space-between" wrap="wrap">
                  <Text size="sm" role="status">
                    {t('heatmap.pageText', {
                      from: formatNumber(data.page.number * data.page.size + 1, i18n.language),
                      to: formatNumber(
                        data.page.number * data.page.size + data.members.length,
                        i18n.language,
                      ),
                      total: formatNumber(data.page.totalElements, i18n.language),
                    })}
                  </Text>
                  {data.page.totalPages > 1 && (
                    <Pagination
                      total={data.page.totalPages}
                      value={data.page.number + 1}
                      onChange={(page) => setQuery((current) => ({ ...current, page: page - 1 }))}
                      getControlProps={(control) => ({
                        'aria-label': t(`heatmap.pageControl.${control}`),
                      })}
                      getItemProps={(page) => ({
                        'aria-label': t('heatmap.pageNumber', { page }),
                      })}
                      siblings={1}
                      boundaries={1}
                    />
                  )}
                </Group>
              </Stack>
            )
          }
        </QueryState>
      </Stack>
    </Card>
  )
}

/** Skill × level counts: how many members are at each level (no names). */
export function AggregateView({ teamId }: { teamId: string }) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const aggregate = useAggregate(teamId)
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="aggregate-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="aggregate-title">
          {t('aggregate.title')}
        </Title>
        <QueryState data={aggregate.data} error={aggregate.error}>
          {(data) => (
            <>
              <Text size="sm" c="dimmed">
                {t('aggregate.intro', { count: data.memberCount })}
              </Text>
              {data.countsHidden ? (
                <CountsHiddenNotice
                  memberCount={data.memberCount}
                  minGroupSize={data.minGroupSize}
                />
              ) : (
                <ScrollRegion label={t('aggregate.title')} hint={t('scrollHint')}>
                  <Table
                    withColumnBorders
                    withTableBorder
                    verticalSpacing={4}
                    data-testid="aggregate"
                    miw={560}
                  >
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('aggregate.skill')}</Table.Th>
                        {LEVELS.map((level) => (
                          <Table.Th key={level} ta="center">
                            {t('aggregate.level', { level })}
                          </Table.Th>
                        ))}
                        <Table.Th ta="center">{t('aggregate.unassessed')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.skills.map((skill) => (
                        <Table.Tr key={skill.code} data-testid="aggregate-row">
                          <Table.Th scope="row">
                            <Text size="sm" fw={600}>
                              {skill.name}
                            </Text>
                          </Table.Th>
                          {LEVELS.map((level, index) => {
                            const count = skill.counts?.[index] ?? 0
                            return (
                              <Table.Td
                                key={level}
                                ta="center"
                                style={{
                                  background: count > 0 ? levelBackground(level) : undefined,
                                  color: count > 0 ? 'var(--mantine-color-black)' : undefined,
                                }}
                              >
                                {count}
                              </Table.Td>
                            )
                          })}
                          <Table.Td ta="center">{skill.unassessed}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollRegion>
              )}
            </>
          )}
        </QueryState>
      </Stack>
    </Card>
  )
}
