import { Badge, Box, Group, Stack, Table, Text, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PostingComparison as Comparison } from '../api/types'
import { POSTINGS_NAMESPACE } from '../locales'
import { FitValue } from './fit-value'
import { gapColor } from './format'
import classes from './postings.module.css'

const LEGEND = [
  ['met', 0],
  ['small', 1],
  ['medium', 2],
  ['large', 3],
] as const

export interface PostingComparisonProps {
  comparison: Comparison
}

/** Skills × postings: my level and each posting's target, cells colored by my gap. */
export function PostingComparison({ comparison }: PostingComparisonProps) {
  const { t } = useTranslation(POSTINGS_NAMESPACE)
  const { postings, skills } = comparison

  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={260 + postings.length * 160}>
        <Table
          withTableBorder
          withColumnBorders
          verticalSpacing="xs"
          aria-label={t('compare.tableLabel')}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" className={classes.stickySkill}>
                {t('compare.skill')}
              </Table.Th>
              <Table.Th scope="col" ta="center">
                {t('compare.mine')}
              </Table.Th>
              {postings.map((posting) => (
                <Table.Th key={posting.id} scope="col" style={{ verticalAlign: 'top' }}>
                  <Stack gap={4}>
                    <Text size="sm" fw={600} lineClamp={2} title={posting.title}>
                      {posting.title}
                    </Text>
                    <Group gap={6}>
                      <Badge
                        variant="light"
                        size="sm"
                        color={posting.roleCode ? undefined : 'gray'}
                        aria-label={`${t('compare.role')}: ${posting.roleName ?? t('saved.noRole')}`}
                      >
                        {posting.roleName ?? t('saved.noRole')}
                      </Badge>
                      <Text size="xs" c="dimmed" fw={500}>
                        {t('compare.fit')} <FitValue fit={posting.fit} />
                      </Text>
                    </Group>
                  </Stack>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {skills.map((row) => (
              <Table.Tr key={row.skillCode} data-skill={row.skillCode}>
                <Table.Th scope="row" fw={500} className={classes.stickySkill}>
                  {row.skillName}
                </Table.Th>
                <Table.Td className={classes.cell}>{row.current}</Table.Td>
                {postings.map((posting) => {
                  const target = row.targets[posting.id]
                  if (target === undefined) {
                    return (
                      <Table.Td key={posting.id} className={classes.cell} c="dimmed">
                        <span aria-label={t('compare.notAsked')}>–</span>
                      </Table.Td>
                    )
                  }
                  const gap = Math.max(0, target - row.current)
                  const label =
                    gap > 0 ? t('compare.cellGap', { target, gap }) : t('compare.cell', { target })
                  return (
                    <Table.Td
                      key={posting.id}
                      className={classes.cell}
                      bg={`var(--mantine-color-${gapColor(gap)}-light)`}
                      data-gap={gap}
                    >
                      <Tooltip label={label} withArrow>
                        <span aria-label={label}>
                          {target}
                          {gap > 0 && (
                            <Text span size="xs" c="dimmed" ml={4} aria-hidden="true">
                              (+{gap})
                            </Text>
                          )}
                        </span>
                      </Tooltip>
                    </Table.Td>
                  )
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group gap="md" aria-hidden="true">
        {LEGEND.map(([key, gap]) => (
          <Group key={key} gap={6}>
            <Box
              className={classes.swatch}
              bg={`var(--mantine-color-${gapColor(gap)}-light)`}
              style={{ border: `1px solid var(--mantine-color-${gapColor(gap)}-4)` }}
            />
            <Text size="xs" c="dimmed">
              {t(`compare.legend.${key}`)}
            </Text>
          </Group>
        ))}
      </Group>
    </Stack>
  )
}
