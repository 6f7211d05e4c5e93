import { Stack, Table } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { HeatmapMember, HeatmapSkill } from '../api/types'
import { TEAMS_NAMESPACE } from '../locales'
import { MemberCells } from './heatmap-table'
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
  const { t } = useTranslation(TEAMS_NAMESPACE)
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
              {members.map((member) => (
                <Table.Tr key={member.id}>
                  <Table.Th scope="row" className={classes.member} data-testid="print-member">
                    {member.displayName}
                  </Table.Th>
                  <MemberCells
                    member={member}
                    skills={part}
                    roleName={roleName}
                    fitClassName={classes.fit}
                  />
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      })}
    </Stack>
  )
}
