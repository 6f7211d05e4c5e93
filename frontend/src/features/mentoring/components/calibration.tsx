import { Badge, Card, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { QueryState } from '@/components/feedback/query-state'
import { formatDate, formatNumber } from '@/lib/format'
import type { SkillCalibration } from '../api/types'
import { useMentorCalibration, useMyCalibration } from '../api/use-mentoring'
import { MENTORING_NAMESPACE } from '../locales'

/** +0.5 → "over by 0.5", −1 → "under by 1", 0 → "matches". */
function useDifferenceText() {
  const { t, i18n } = useTranslation(MENTORING_NAMESPACE)
  return (difference: number) => {
    const amount = formatNumber(Math.abs(difference), i18n.language, 1)
    if (Math.abs(difference) < 0.05) return t('calibration.matches')
    return difference > 0 ? t('calibration.over', { amount }) : t('calibration.under', { amount })
  }
}

function DifferenceBadge({ difference }: { difference: number }) {
  const text = useDifferenceText()(difference)
  const color = Math.abs(difference) < 0.05 ? 'teal' : difference > 0 ? 'orange' : 'blue'
  return (
    <Badge variant="light" color={color} tt="none">
      {text}
    </Badge>
  )
}

function PerSkillTable({ rows, label }: { rows: SkillCalibration[]; label: string }) {
  const { t } = useTranslation(MENTORING_NAMESPACE)
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" aria-label={label} data-testid="calibration-per-skill">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('calibration.skill')}</Table.Th>
            <Table.Th>{t('calibration.mean')}</Table.Th>
            <Table.Th>{t('calibration.overRated')}</Table.Th>
            <Table.Th>{t('calibration.matched')}</Table.Th>
            <Table.Th>{t('calibration.underRated')}</Table.Th>
            <Table.Th>{t('calibration.validations')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.skillCode}>
              <Table.Td>{row.skillName}</Table.Td>
              <Table.Td>
                <DifferenceBadge difference={row.meanDifference} />
              </Table.Td>
              <Table.Td>{row.overRated}</Table.Td>
              <Table.Td>{row.matched}</Table.Td>
              <Table.Td>{row.underRated}</Table.Td>
              <Table.Td>{row.validations}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

/** How my self-assessments compared with my mentors' validations: per validation and per skill. */
export function MyCalibration() {
  const { t, i18n } = useTranslation(MENTORING_NAMESPACE)
  const calibration = useMyCalibration()
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="my-calibration-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="my-calibration-title">
          {t('calibration.myTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('calibration.myIntro')}
        </Text>
        <QueryState data={calibration.data} error={calibration.error} size="sm">
          {(data) =>
            data.points.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('calibration.empty')}
              </Text>
            ) : (
              <>
                <PerSkillTable rows={data.perSkill} label={t('calibration.perSkill')} />
                <Title order={3} size="h5">
                  {t('calibration.overTime')}
                </Title>
                <Table.ScrollContainer minWidth={560}>
                  <Table verticalSpacing="xs" data-testid="calibration-points">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('calibration.date')}</Table.Th>
                        <Table.Th>{t('calibration.skill')}</Table.Th>
                        <Table.Th>{t('calibration.self')}</Table.Th>
                        <Table.Th>{t('calibration.validated')}</Table.Th>
                        <Table.Th>{t('calibration.difference')}</Table.Th>
                        <Table.Th>{t('calibration.by')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.points.map((point) => (
                        <Table.Tr key={`${point.skillCode}-${point.validatedAt}`}>
                          <Table.Td>{formatDate(point.validatedAt, i18n.language)}</Table.Td>
                          <Table.Td>{point.skillName}</Table.Td>
                          <Table.Td>{point.selfLevel}</Table.Td>
                          <Table.Td>{point.validatedLevel}</Table.Td>
                          <Table.Td>
                            <DifferenceBadge difference={point.difference} />
                          </Table.Td>
                          <Table.Td>
                            {point.validatedBy?.displayName ?? t('calibration.formerMentor')}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </>
            )
          }
        </QueryState>
      </Stack>
    </Card>
  )
}

/** For a mentor: per skill, how my mentees' self-assessments compare with my validations. */
export function MentorCalibration() {
  const { t } = useTranslation(MENTORING_NAMESPACE)
  const calibration = useMentorCalibration()
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="mentor-calibration-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="mentor-calibration-title">
          {t('calibration.mentorTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('calibration.mentorIntro')}
        </Text>
        {calibration.isError && <ProblemAlert error={calibration.error} />}
        {calibration.data &&
          (calibration.data.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('calibration.mentorEmpty')}
            </Text>
          ) : (
            <PerSkillTable rows={calibration.data} label={t('calibration.mentorTitle')} />
          ))}
      </Stack>
    </Card>
  )
}
