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
  const { t } = useTranslation(TEAMS_NAMESPACE)
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
        {members.map((member) => (
          <Table.Tr key={member.id} data-testid="heatmap-row">
            <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
              <Text size="sm" fw={600}>
                {member.displayName}
              </Text>
            </Table.Th>
            <MemberCells member={member} skills={skills} roleName={roleName} />
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

/**
 * The cells of a member's heatmap row after their name: their fit with the role it is measured
 * against, then their level in each skill (the screen's table and the printed parts).
 * `fitClassName`: the printed page's narrow, wrapping fit column.
 */
export function MemberCells({
  member,
  skills,
  roleName,
  fitClassName,
}: {
  member: HeatmapMember
  skills: HeatmapSkill[]
  roleName: (code: string | null | undefined) => string
  fitClassName?: string
}) {
  const { t, i18n } = useTranslation(TEAMS_NAMESPACE)
  const unvalidated = new Set(member.unvalidated)
  const stale = new Set(member.stale)
  // printed: the narrow column's own type size, not the screen's
  const printed = fitClassName !== undefined
  return (
    <>
      <Table.Td
        data-testid="fit-cell"
        className={fitClassName}
        style={printed ? undefined : { whiteSpace: 'nowrap' }}
      >
        <Text size="sm" fw={700} inherit={printed}>
          {member.targetRole || member.fitRole ? formatPercent(member.fit, i18n.language) : '–'}
        </Text>
        <Text size="xs" c="dimmed" inherit={printed}>
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
    </>
  )
}
