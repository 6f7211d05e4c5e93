import { useState } from 'react'
import { Badge, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconCircleCheck, IconSelector } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatAlternatives } from '@/lib/format'
import type { SkillGap } from '../api/types'
import { FIT_NAMESPACE } from '../locales'
import classes from './fit.module.css'
import { gapRows, type GapRow } from './gap-rows'

type SortKey = 'skill' | 'current' | 'target' | 'gap' | 'weight' | 'priority'
type Direction = 'asc' | 'desc'

const priority = (gap: SkillGap) => gap.gap * gap.weight

const label = (row: GapRow, language: string) =>
  row.names.length > 1 ? formatAlternatives(row.names, language) : row.skillName

const WEIGHT_COLORS: Record<number, string> = { 1: 'gray', 2: 'blue', 3: 'grape' }

export interface GapTableProps {
  roleName: string
  gaps: SkillGap[]
}

/**
 * The chosen role's requirements with my level; sorted by gap × weight, met rows marked. A group of
 * alternatives is one row ("Linux or Windows server administration"), at its best member's level.
 */
export function GapTable({ roleName, gaps }: GapTableProps) {
  const { t, i18n } = useTranslation(FIT_NAMESPACE)
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction }>({
    key: 'priority',
    direction: 'desc',
  })

  const value = (gap: GapRow, key: SortKey): number | string => {
    switch (key) {
      case 'skill':
        return label(gap, i18n.language)
      case 'priority':
        return priority(gap)
      default:
        return gap[key]
    }
  }
  const sorted = gapRows(gaps).sort((a, b) => {
    const x = value(a, sort.key)
    const y = value(b, sort.key)
    const order =
      typeof x === 'string' && typeof y === 'string'
        ? x.localeCompare(y, i18n.language)
        : (x as number) - (y as number)
    const tie = priority(b) - priority(a) || b.weight - a.weight
    return (sort.direction === 'asc' ? order : -order) || tie
  })

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key
    const Icon = !active ? IconSelector : sort.direction === 'asc' ? IconArrowUp : IconArrowDown
    return (
      <Table.Th
        aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
        <UnstyledButton
          onClick={() =>
            setSort((previous) => ({
              key,
              direction:
                previous.key === key
                  ? previous.direction === 'asc'
                    ? 'desc'
                    : 'asc'
                  : key === 'skill'
                    ? 'asc'
                    : 'desc',
            }))
          }
          fw={600}
          fz="sm"
        >
          <Group gap={4} wrap="nowrap">
            {label}
            <Icon size={14} aria-hidden="true" />
          </Group>
        </UnstyledButton>
      </Table.Th>
    )
  }

  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing="xs" aria-label={t('gaps.tableLabel', { role: roleName })}>
        <Table.Thead>
          <Table.Tr>
            {header('skill', t('gaps.skill'))}
            {header('current', t('gaps.current'))}
            {header('target', t('gaps.target'))}
            {header('gap', t('gaps.gap'))}
            {header('weight', t('gaps.weight'))}
            {header('priority', t('gaps.priority'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((gap) => {
            const met = gap.gap <= 0
            return (
              <Table.Tr key={gap.skillCode} className={met ? classes.metRow : undefined}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {met && (
                      <IconCircleCheck
                        size={16}
                        color="var(--mantine-color-teal-7)"
                        aria-label={t('gaps.met')}
                        role="img"
                        style={{ flexShrink: 0 }}
                      />
                    )}
                    <Stack gap={0}>
                      <Text size="sm" fw={500}>
                        {label(gap, i18n.language)}
                      </Text>
                      {gap.names.length > 1 && (
                        <Text size="xs" c="dimmed">
                          {t('gaps.anyOf', { skill: gap.skillName })}
                        </Text>
                      )}
                    </Stack>
                  </Group>
                </Table.Td>
                <Table.Td>{gap.current}</Table.Td>
                <Table.Td>{gap.target}</Table.Td>
                <Table.Td>
                  {met ? (
                    <Text span size="sm" c="teal.8">
                      {t('gaps.metShort')}
                    </Text>
                  ) : (
                    <Text span size="sm" fw={600} c={gap.gap >= 3 ? 'red.7' : undefined}>
                      {gap.gap}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    radius="sm"
                    color={WEIGHT_COLORS[gap.weight] ?? 'gray'}
                    style={{ minWidth: 'max-content' }}
                  >
                    {t(`weight.${gap.weight}`, { defaultValue: String(gap.weight) })}
                  </Badge>
                </Table.Td>
                <Table.Td fw={600}>{priority(gap)}</Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
