import { Table, Text, UnstyledButton } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatPercent } from '@/lib/format'
import type { HeatmapMember, HeatmapSkill, HeatmapSort, SortDirection } from '../api/types'
import { TEAMS_NAMESPACE } from '../locales'
import { LevelCell } from './levels'

export interface HeatmapTableProps {
  skills: HeatmapSkill[]
  members: HeatmapMember[]
  sort: HeatmapSort
  direction: SortDirection
  onSort: (sort: HeatmapSort) => void
  roleName: (code: string | null | undefined) => string
}

function SortHeader({
  label,
  value,
  sort,
  direction,
  onSort,
}: {
  label: string
  value: HeatmapSort
  sort: HeatmapSort
  direction: SortDirection
  onSort: (sort: HeatmapSort) => void
}) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const active = sort === value
  const Icon = !active ? IconArrowsSort : direction === 'asc' ? IconArrowUp : IconArrowDown
  return (
    <Table.Th
      aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}
      style={{ verticalAlign: 'bottom' }}
    >
      <UnstyledButton
        onClick={() => onSort(value)}
        title={t('heatmap.sortBy', { column: label })}
        style={{ display: 'inline-flex', alignItems: 'flex-end', gap: 4, fontWeight: 700 }}
      >
        <Text span size="sm" fw={700} inherit>
          {label}
        </Text>
        <Icon size={14} aria-hidden="true" style={{ flexShrink: 0 }} />
      </UnstyledButton>
    </Table.Th>
  )
}

/**
 * Members × skills for a lead: each cell the effective level (written, on its colour), marked
 * when not validated or stale; each member's fit to their target role (or best-fit role).
 * Column headers sort (server-side: `onSort`).
 */
export function HeatmapTable({
  skills,
  members,
  sort,
  direction,
  onSort,
  roleName,
}: HeatmapTableProps) {
  const { t, i18n } = useTranslation(TEAMS_NAMESPACE)
  return (
    <Table
      withColumnBorders
      withTableBorder
      verticalSpacing={4}
      horizontalSpacing={6}
      data-testid="heatmap"
      style={{ minWidth: 360 + skills.length * 64 }}
    >
      <Table.Thead>
        <Table.Tr>
          <SortHeader
            label={t('heatmap.member')}
            value="name"
            sort={sort}
            direction={direction}
            onSort={onSort}
          />
          <SortHeader
            label={t('heatmap.fit')}
            value="fit"
            sort={sort}
            direction={direction}
            onSort={onSort}
          />
          {skills.map((skill) => (
            <SortHeader
              key={skill.code}
              label={skill.name}
              value={`skill:${skill.code}`}
              sort={sort}
              direction={direction}
              onSort={onSort}
            />
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {members.map((member) => {
          const unvalidated = new Set(member.unvalidated)
          const stale = new Set(member.stale)
          return (
            <Table.Tr key={member.id} data-testid="heatmap-row">
              <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" fw={600}>
                  {member.displayName}
                </Text>
              </Table.Th>
              <Table.Td data-testid="fit-cell" style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" fw={700}>
                  {member.targetRole || member.fitRole
                    ? formatPercent(member.fit, i18n.language)
                    : '–'}
                </Text>
                <Text size="xs" c="dimmed">
                  {member.targetRole
                    ? roleName(member.targetRole)
                    : member.fitRole
                      ? t('heatmap.bestFitRole', { role: roleName(member.fitRole) })
                      : t('heatmap.noLevels')}
                </Text>
              </Table.Td>
              {skills.map((skill) => (
                <LevelCell
                  key={skill.code}
                  skillName={skill.name}
                  level={member.levels[skill.code]}
                  unvalidated={unvalidated.has(skill.code)}
                  stale={stale.has(skill.code)}
                />
              ))}
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}
