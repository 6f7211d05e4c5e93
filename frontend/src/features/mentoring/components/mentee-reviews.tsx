import { useState } from 'react'
import { Card, Stack, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { ActionButton } from '@/components/action-button'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { formatDate } from '@/lib/format'
import { useMarkRequestDone, useMenteeReviewRequests, useWriteReview } from '../api/use-mentoring'
import { MENTORING_NAMESPACE } from '../locales'
import { MarkdownEditor } from './markdown-editor'
import { RequestStatusBadge } from './review-requests-panel'
import { ReviewList } from './review-thread'

/** The mentee's review requests to me, with "mark done". */
export function MenteeReviewRequests({ menteeId }: { menteeId: string }) {
  const { t, i18n } = useTranslation(MENTORING_NAMESPACE)
  const requests = useMenteeReviewRequests(menteeId)
  const done = useMarkRequestDone(menteeId)
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="mentee-requests-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="mentee-requests-title">
          {t('requests.toMe')}
        </Title>
        {requests.isError && <ProblemAlert error={requests.error} />}
        {done.isError && <ProblemAlert error={done.error} />}
        {requests.data && requests.data.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('requests.noneToMe')}
          </Text>
        )}
        {requests.data && requests.data.length > 0 && (
          <Table verticalSpacing="xs" data-testid="mentee-review-requests">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('requests.skills')}</Table.Th>
                <Table.Th>{t('requests.asked')}</Table.Th>
                <Table.Th>{t('requests.statusLabel')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {requests.data.map((request) => (
                <Table.Tr key={request.id}>
                  <Table.Td>
                    <Text size="sm">
                      {request.skills
                        .map((s) =>
                          request.validatedSkillCodes.includes(s.code) ? `${s.name} ✓` : s.name,
                        )
                        .join(', ')}
                    </Text>
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
                      <ActionButton
                        size="compact-xs"
                        variant="light"
                        action={done}
                        busy={done.isPending && done.variables === request.id}
                        onClick={() => done.mutate(request.id)}
                      >
                        {t('requests.markDone')}
                      </ActionButton>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  )
}

/** Write a review (Markdown with preview); the mentee's reviews with replies. */
export function MenteeReviews({ menteeId }: { menteeId: string }) {
  const { t } = useTranslation(MENTORING_NAMESPACE)
  const write = useWriteReview(menteeId)
  const [reset, setReset] = useState(0)
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" component="section" aria-labelledby="write-review-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="write-review-title">
            {t('reviews.writeTitle')}
          </Title>
          {write.isError && <ProblemAlert error={write.error} />}
          <MarkdownEditor
            label={t('reviews.bodyLabel')}
            submitLabel={t('reviews.publish')}
            pending={write.isPending}
            resetKey={reset}
            onSubmit={(body) =>
              write.mutate(body, {
                onSuccess: () => {
                  setReset((n) => n + 1)
                  notifications.show({ color: 'teal', message: t('reviews.published') })
                },
              })
            }
          />
        </Stack>
      </Card>
      <Stack gap="sm" component="section" aria-labelledby="mentee-reviews-title">
        <Title order={2} size="h3" id="mentee-reviews-title">
          {t('reviews.title')}
        </Title>
        <ReviewList menteeId={menteeId} />
      </Stack>
    </Stack>
  )
}
