import { Anchor, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core'
import { IconUsers } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { QueryState } from '@/components/feedback/query-state'
import { PaceBadge } from '@/components/pace/pace-badge'
import { PageHeader } from '@/components/layout/page-header'
import { formatDate, formatPercent } from '@/lib/format'
import { useMentees } from '../api/use-mentoring'
import { MENTORING_NAMESPACE } from '../locales'
import { MentorCalibration } from './calibration'
import { useActivityText } from './format'
import { MenteeGoneNotice } from './mentee-gate'
import { MentorshipList, StartMentorshipForm } from './mentorships-panel'

/**
 * The mentor dashboard, always reachable: offer to mentor someone, invitations and offers pending,
 * all my active mentees at a glance, calibration.
 */
export function MenteesPage() {
  const { t, i18n } = useTranslation(MENTORING_NAMESPACE)
  const mentees = useMentees()
  const activity = useActivityText()

  return (
    <Stack gap="lg" maw={1200}>
      <PageHeader
        icon={<IconUsers size={22} />}
        title={t('dashboard.title')}
        description={t('dashboard.intro')}
      />
      <MenteeGoneNotice />
      <StartMentorshipForm kind="offer" />
      <MentorshipList role="mentor" />
      <Card withBorder padding="lg" component="section" aria-labelledby="mentees-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="mentees-title">
            {t('dashboard.menteesTitle')}
          </Title>
          <QueryState data={mentees.data} error={mentees.error}>
            {(list) =>
              list.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('dashboard.empty')}
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={820}>
                  <Table verticalSpacing="sm" striped data-testid="mentees">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('dashboard.mentee')}</Table.Th>
                        <Table.Th>{t('dashboard.bestFit')}</Table.Th>
                        <Table.Th>{t('dashboard.goal')}</Table.Th>
                        <Table.Th>{t('dashboard.lastActivity')}</Table.Th>
                        <Table.Th>{t('dashboard.openRequests')}</Table.Th>
                        <Table.Th>{t('dashboard.neverValidated')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {list.map((mentee) => (
                        <Table.Tr key={mentee.id} data-testid="mentee-row">
                          <Table.Td>
                            <Anchor component={Link} to={`/mentees/${mentee.id}`} fw={600}>
                              {mentee.displayName}
                            </Anchor>
                            {mentee.since && (
                              <Text size="xs" c="dimmed">
                                {t('dashboard.since', {
                                  date: formatDate(mentee.since, i18n.language),
                                })}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            {mentee.bestFit ? (
                              <Text size="sm">
                                {mentee.bestFit.roleName} ·{' '}
                                <b>{formatPercent(mentee.bestFit.fit, i18n.language)}</b>
                              </Text>
                            ) : (
                              <Text size="sm" c="dimmed">
                                {t('dashboard.noLevels')}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            {mentee.goal ? (
                              <Group gap={6} wrap="wrap">
                                <Text size="sm">
                                  {t('dashboard.goalText', {
                                    role: mentee.goal.roleName,
                                    date: formatDate(mentee.goal.targetDate, i18n.language),
                                  })}
                                </Text>
                                <PaceBadge pace={mentee.goal} size="sm" />
                              </Group>
                            ) : (
                              <Text size="sm" c="dimmed">
                                {t('dashboard.noGoal')}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{activity(mentee.lastActivity)}</Text>
                          </Table.Td>
                          <Table.Td>
                            <Badge
                              variant={mentee.openReviewRequests > 0 ? 'filled' : 'light'}
                              color={mentee.openReviewRequests > 0 ? 'yellow' : 'gray'}
                            >
                              {mentee.openReviewRequests}
                            </Badge>
                          </Table.Td>
                          <Table.Td>
                            <Badge
                              variant="light"
                              color={mentee.neverValidated > 0 ? 'orange' : 'gray'}
                            >
                              {mentee.neverValidated}
                            </Badge>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )
            }
          </QueryState>
        </Stack>
      </Card>
      <MentorCalibration />
    </Stack>
  )
}
