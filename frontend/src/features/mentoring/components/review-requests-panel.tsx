import { useState } from 'react'
import {
  Badge,
  Button,
  Card,
  Group,
  MultiSelect,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { formatDate } from '@/lib/format'
import { NOTE_MAX_LENGTH, type ReviewRequest } from '../api/types'
import {
  useMentorships,
  useMyReviewRequests,
  useRequestReview,
  useSkillOptions,
  useWithdrawReviewRequest,
} from '../api/use-mentoring'
import { MENTORING_NAMESPACE } from '../locales'

export function RequestStatusBadge({ request }: { request: ReviewRequest }) {
  const { t } = useTranslation(MENTORING_NAMESPACE)
  const color = request.status === 'open' ? 'yellow' : request.status === 'done' ? 'teal' : 'gray'
  const known = ['open', 'done', 'withdrawn'].includes(request.status)
  return (
    <Badge variant="light" color={color} tt="none">
      {known ? t(`requests.status.${request.status}`) : request.status}
    </Badge>
  )
}

/** Ask chosen mentors to review chosen skills; my requests and where they stand. */
export function ReviewRequestsPanel() {
  const { t, i18n } = useTranslation(MENTORING_NAMESPACE)
  const mentorships = useMentorships()
  const skills = useSkillOptions()
  const requests = useMyReviewRequests()
  const create = useRequestReview()
  const withdraw = useWithdrawReviewRequest()
  const [mentorIds, setMentorIds] = useState<string[]>([])
  const [skillCodes, setSkillCodes] = useState<string[]>([])
  const [note, setNote] = useState('')

  const myMentors = (mentorships.data ?? []).filter(
    (m) => m.myRole === 'mentee' && m.status === 'active' && m.mentor,
  )

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="requests-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="requests-title">
          {t('requests.title')}
        </Title>
        {myMentors.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('requests.noMentors')}
          </Text>
        ) : (
          <Stack
            gap="sm"
            component="form"
            aria-label={t('requests.formLabel')}
            onSubmit={(event) => {
              event.preventDefault()
              if (mentorIds.length === 0 || skillCodes.length === 0) return
              create.mutate(
                { mentorshipIds: mentorIds, skillCodes, note: note.trim() || null },
                {
                  onSuccess: () => {
                    setMentorIds([])
                    setSkillCodes([])
                    setNote('')
                    notifications.show({ color: 'teal', message: t('requests.sent') })
                  },
                },
              )
            }}
          >
            <Group grow align="flex-start" wrap="wrap">
              <MultiSelect
                label={t('requests.mentors')}
                data={myMentors.map((m) => ({ value: m.id, label: m.mentor?.displayName ?? '' }))}
                value={mentorIds}
                onChange={setMentorIds}
                searchable
              />
              <MultiSelect
                label={t('requests.skills')}
                data={(skills.data ?? []).map((s) => ({ value: s.code, label: s.name }))}
                value={skillCodes}
                onChange={setSkillCodes}
                searchable
                maxValues={50}
              />
            </Group>
            <Textarea
              label={t('requests.note')}
              autosize
              minRows={2}
              maxLength={NOTE_MAX_LENGTH}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
            />
            {create.isError && <ProblemAlert error={create.error} />}
            <Group>
              <Button
                type="submit"
                size="sm"
                loading={create.isPending}
                disabled={mentorIds.length === 0 || skillCodes.length === 0}
              >
                {t('requests.submit')}
              </Button>
            </Group>
          </Stack>
        )}

        {requests.isError && <ProblemAlert error={requests.error} />}
        {withdraw.isError && <ProblemAlert error={withdraw.error} />}
        {requests.data && requests.data.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs" data-testid="review-requests">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('requests.mentor')}</Table.Th>
                  <Table.Th>{t('requests.skills')}</Table.Th>
                  <Table.Th>{t('requests.asked')}</Table.Th>
                  <Table.Th>{t('requests.statusLabel')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {requests.data.map((request) => (
                  <Table.Tr key={request.id}>
                    <Table.Td>{request.mentor.displayName}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{request.skills.map((s) => s.name).join(', ')}</Text>
                      {request.note && (
                        <Text size="xs" c="dimmed">
                          {request.note}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{formatDate(request.createdAt, i18n.language)}</Table.Td>
                    <Table.Td>
                      <RequestStatusBadge request={request} />
                    </Table.Td>
                    <Table.Td>
                      {request.status === 'open' && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="gray"
                          loading={withdraw.isPending && withdraw.variables === request.id}
                          onClick={() => withdraw.mutate(request.id)}
                        >
                          {t('requests.withdraw')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  )
}
