import { Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatPercent } from '@/lib/format'
import type { HeatmapMember, HeatmapSkill } from '../api/types'
import { TEAMS_NAMESPACE } from '../locales'
import { LevelCell } from './levels'
import { columnParts, PRINT_COLUMNS } from './logic'
import classes from './print-heatmap.module.css'

/**
 * The heatmap on paper: the skill columns split into parts that each fit an A4 page, every part
 * with the member names (and fit) again, skill names written upwards so the columns stay narrow.
 * No sort buttons: paper cannot be sorted.
 */
export function PrintHeatmap({
  skills,
  members,
  roleName,
}: {
  skills: HeatmapSkill[]
  members: HeatmapMember[]
  roleName: (code: string | null | undefined) => string
}) {
  const { t, i18n } = useTranslation(TEAMS_NAMESPACE)
  const parts = columnParts(skills)
  return (
    <Stack gap="md">
      {parts.map((part, index) => {
        const from = index * PRINT_COLUMNS + 1
        return (
          <Table
            key={part[0]?.code ?? index}
            withColumnBorders
            withTableBorder
            verticalSpacing={2}
            horizontalSpacing={4}
            className={classes.part}
            data-testid="print-heatmap-part"
          >
            <caption className={classes.caption}>
              {t('print.part', {
                from,
                to: from + part.length - 1,
                total: skills.length,
                part: index + 1,
                parts: parts.length,
              })}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th className={classes.member}>{t('heatmap.member')}</Table.Th>
                <Table.Th className={classes.fit}>{t('heatmap.fit')}</Table.Th>
                {part.map((skill) => (
                  <Table.Th key={skill.code} className={classes.skill} data-testid="print-skill">
                    <span className={classes.vertical}>{skill.name}</span>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((member) => {
                const unvalidated = new Set(member.unvalidated)
                const stale = new Set(member.stale)
                return (
                  <Table.Tr key={member.id}>
                    <Table.Th scope="row" className={classes.member} data-testid="print-member">
                      {member.displayName}
                    </Table.Th>
                    <Table.Td className={classes.fit}>
                      <Text span size="xs" fw={700} inherit>
                        {member.targetRole || member.fitRole
                          ? formatPercent(member.fit, i18n.language)
                          : '–'}
                      </Text>{' '}
                      <Text span size="xs" inherit>
                        {member.targetRole
                          ? roleName(member.targetRole)
                          : member.fitRole
                            ? t('heatmap.bestFitRole', { role: roleName(member.fitRole) })
                            : t('heatmap.noLevels')}
                      </Text>
                    </Table.Td>
                    {part.map((skill) => (
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
      })}
    </Stack>
  )
}
