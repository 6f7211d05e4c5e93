import { Badge, Code, Group, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PostingSkill } from '../api/types'
import { POSTINGS_NAMESPACE } from '../locales'
import { gapColor, sectionColor } from './format'
import classes from './postings.module.css'

export interface PostingSkillsProps {
  skills: PostingSkill[]
  activeSkill: string | null
  onActivate: (skillCode: string | null) => void
}

function uniqueTerms(skill: PostingSkill): string[] {
  return [...new Set(skill.evidence.map((evidence) => evidence.term))]
}

/** The skills the posting asks for: where, which level and from which words; my level and gap. */
export function PostingSkills({ skills, activeSkill, onActivate }: PostingSkillsProps) {
  const { t } = useTranslation(POSTINGS_NAMESPACE)

  if (skills.length === 0) {
    return <Text c="dimmed">{t('report.skills.empty')}</Text>
  }

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" aria-label={t('report.skills.title')}>
        <Table.Thead>
          <Table.Tr>
            {/* the key columns first: on a phone they are visible without scrolling */}
            <Table.Th>{t('report.skills.skill')}</Table.Th>
            <Table.Th>{t('report.skills.asked')}</Table.Th>
            <Table.Th>{t('report.skills.mine')}</Table.Th>
            <Table.Th>{t('report.skills.gap')}</Table.Th>
            <Table.Th>{t('report.skills.section')}</Table.Th>
            <Table.Th>{t('report.skills.words')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {skills.map((skill) => (
            <Table.Tr
              key={skill.skillCode}
              className={classes.skillRow}
              data-skill={skill.skillCode}
              data-active={activeSkill === skill.skillCode || undefined}
              tabIndex={0}
              onMouseEnter={() => onActivate(skill.skillCode)}
              onMouseLeave={() => onActivate(null)}
              onFocus={() => onActivate(skill.skillCode)}
              onBlur={() => onActivate(null)}
            >
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {skill.skillName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`report.skills.weight.${skill.weight}`, { defaultValue: '' })}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                    {t('report.skills.level', { level: skill.target })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {skill.inferredLevel === null
                      ? t('report.skills.defaultLevel')
                      : skill.levelEvidence
                        ? t('report.skills.inferred', { evidence: skill.levelEvidence })
                        : t('report.skills.inferredNoEvidence')}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {t('report.skills.level', { level: skill.current })}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={gapColor(skill.gap)} miw="max-content">
                  {skill.gap > 0
                    ? t('report.skills.gapValue', { gap: skill.gap })
                    : t('report.skills.met')}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Badge
                  variant="light"
                  color={sectionColor(skill.section)}
                  size="sm"
                  miw="max-content"
                >
                  {t(`report.sections.${skill.section}`, { defaultValue: skill.section })}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {uniqueTerms(skill).map((term) => (
                    <Code key={term}>{term}</Code>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
