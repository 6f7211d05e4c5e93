import { Badge, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconBriefcase, IconGitMerge, IconQuestionMark } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { PostingReport } from '../api/types'
import { POSTINGS_NAMESPACE } from '../locales'
import { formatPercent } from '@/lib/format'

export interface RoleVerdictProps {
  report: PostingReport
}

/**
 * The role the posting describes, as sure as the analysis is: one role with its confidence,
 * two roles when the posting mixes them, or "too short to judge".
 */
export function RoleVerdict({ report }: RoleVerdictProps) {
  const { t, i18n } = useTranslation(POSTINGS_NAMESPACE)
  const percent = (value: number) => formatPercent(value, i18n.language)
  const languageName = t(`report.languages.${report.language}`, { defaultValue: report.language })
  const hasRole = !report.tooShort && report.roleCode !== null
  const mixed = hasRole && report.mixedWith !== null
  const second = report.roles.find((role) => role.roleCode === report.mixedWith)

  let title: string
  let hint: string
  if (report.tooShort) {
    title = t('report.role.tooShort')
    hint = t('report.role.tooShortHint')
  } else if (!hasRole) {
    title = t('report.role.none')
    hint = t('report.role.noneHint')
  } else if (mixed) {
    title = t('report.role.mixed', { first: report.roleName, second: report.mixedWithName })
    hint = t('report.role.mixedHint', {
      first: report.roleName,
      firstValue: percent(report.confidence),
      second: report.mixedWithName,
      secondValue: percent(second?.probability ?? 0),
    })
  } else {
    title = report.roleName ?? ''
    hint = t('report.role.confidence', { value: percent(report.confidence) })
  }

  return (
    <Card withBorder radius="md" padding="md" data-testid="role-verdict">
      <Stack gap="xs">
        <Text size="sm" c="dimmed" fw={500}>
          {t('report.role.title')}
        </Text>
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon
            size={44}
            radius="md"
            variant="light"
            color={hasRole ? undefined : 'gray'}
            aria-hidden="true"
          >
            {!hasRole ? (
              <IconQuestionMark size={24} />
            ) : mixed ? (
              <IconGitMerge size={24} />
            ) : (
              <IconBriefcase size={24} />
            )}
          </ThemeIcon>
          <Title order={2} size="h3" data-testid="described-role">
            {title}
          </Title>
        </Group>
        <Text size="sm" c={hasRole ? undefined : 'dimmed'} data-testid="role-hint">
          {hint}
        </Text>
        <Group gap="xs">
          {mixed && (
            <Badge size="sm" variant="light" color="grape">
              {t('report.role.mixedBadge')}
            </Badge>
          )}
          {report.tooShort && (
            <Badge size="sm" variant="light" color="gray">
              {t('report.role.tooShortBadge')}
            </Badge>
          )}
          <Badge variant="default" size="sm">
            {t('report.role.language', { language: languageName })}
          </Badge>
        </Group>
      </Stack>
    </Card>
  )
}
