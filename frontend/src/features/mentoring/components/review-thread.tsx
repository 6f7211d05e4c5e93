import { useState } from 'react'
import { Badge, Button, Card, Group, Loader, Popover, ScrollArea, Stack, Text } from '@mantine/core'
import { IconHistory, IconMessageReply, IconPencil } from '@tabler/icons-react'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { ConfirmButton } from '@/components/confirm-button'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { formatDateTime } from '@/lib/format'
import type { Review } from '../api/types'
import {
  useEditReview,
  useReply,
  useReviewEdits,
  useReviews,
  useWithdrawReview,
} from '../api/use-mentoring'
import { MENTORING_NAMESPACE } from '../locales'
import { Markdown } from './markdown'
import { MarkdownEditor } from './markdown-editor'

export interface ReviewListProps {
  /** set when I am the mentor looking at this mentee's reviews; unset: reviews of my progress */
  menteeId?: string
}

/** Dated reviews (Markdown) with their replies, "edited" marks and edit history. */
export function ReviewList({ menteeId }: ReviewListProps) {
  const { t } = useTranslation(MENTORING_NAMESPACE)
  const reviews = useReviews(menteeId)
  if (reviews.isPending) return <Loader size="sm" aria-label={t('reviews.loading')} />
  if (reviews.isError) return <ProblemAlert error={reviews.error} />
  if (reviews.data.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {menteeId ? t('reviews.emptyMentor') : t('reviews.empty')}
      </Text>
    )
  return (
    <Stack gap="md">
      {reviews.data.map((review) => (
        <ReviewCard key={review.id} review={review} menteeId={menteeId} />
      ))}
    </Stack>
  )
}

function ReviewCard({ review, menteeId }: { review: Review; menteeId?: string }) {
  const { t } = useTranslation(MENTORING_NAMESPACE)
  const reply = useReply(menteeId)
  const [replying, setReplying] = useState(false)
  const [replyReset, setReplyReset] = useState(0)

  return (
    <Card withBorder padding="md" component="article" data-testid="review">
      <Stack gap="sm">
        <ReviewBody review={review} menteeId={menteeId} />
        {review.replies.length > 0 && (
          <Stack
            gap="xs"
            pl="md"
            style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}
            aria-label={t('reviews.replies')}
            data-testid="replies"
          >
            {review.replies.map((answer) => (
              <ReviewBody key={answer.id} review={answer} menteeId={menteeId} reply />
            ))}
          </Stack>
        )}
        {replying ? (
          <>
            {reply.isError && <ProblemAlert error={reply.error} />}
            <MarkdownEditor
              label={t('reviews.replyLabel')}
              submitLabel={t('reviews.sendReply')}
              pending={reply.isPending}
              resetKey={replyReset}
              onCancel={() => setReplying(false)}
              onSubmit={(body) =>
                reply.mutate(
                  { reviewId: review.id, body },
                  {
                    onSuccess: () => {
                      setReplyReset((n) => n + 1)
                      setReplying(false)
                    },
                  },
                )
              }
            />
          </>
        ) : (
          <Group>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconMessageReply size={14} aria-hidden="true" />}
              onClick={() => setReplying(true)}
            >
              {t('reviews.reply')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  )
}

function ReviewBody({
  review,
  menteeId,
  reply = false,
}: {
  review: Review
  menteeId?: string
  reply?: boolean
}) {
  const { t, i18n } = useTranslation(MENTORING_NAMESPACE)
  const edit = useEditReview(menteeId)
  const [editing, setEditing] = useState(false)

  return (
    <Stack gap={4} data-testid={reply ? 'reply' : undefined}>
      <Group gap="xs" wrap="wrap">
        <Text fw={600} size="sm">
          {review.author.displayName}
        </Text>
        <Badge size="xs" variant="light" color={review.author.role === 'mentor' ? 'grape' : 'blue'}>
          {t(`reviews.role.${review.author.role === 'mentor' ? 'mentor' : 'mentee'}`)}
        </Badge>
        <Text size="xs" c="dimmed">
          {formatDateTime(review.createdAt, i18n.language)}
        </Text>
        {review.editedAt && <EditHistory review={review} menteeId={menteeId} />}
        {review.mine && !editing && (
          <Button
            size="compact-xs"
            variant="subtle"
            leftSection={<IconPencil size={12} aria-hidden="true" />}
            onClick={() => setEditing(true)}
          >
            {t('reviews.edit')}
          </Button>
        )}
        {review.mine && !editing && !reply && menteeId && (
          <WithdrawReview menteeId={menteeId} reviewId={review.id} />
        )}
      </Group>
      {editing ? (
        <>
          {edit.isError && <ProblemAlert error={edit.error} />}
          <MarkdownEditor
            label={t('reviews.editLabel')}
            initial={review.body}
            submitLabel={t('reviews.saveEdit')}
            pending={edit.isPending}
            onCancel={() => setEditing(false)}
            onSubmit={(body) =>
              edit.mutate({ reviewId: review.id, body }, { onSuccess: () => setEditing(false) })
            }
          />
        </>
      ) : (
        <Markdown>{review.body}</Markdown>
      )}
    </Stack>
  )
}

/** The author withdraws their review (after confirming): gone for both, kept on the trail. */
function WithdrawReview({ menteeId, reviewId }: { menteeId: string; reviewId: string }) {
  const { t } = useTranslation(MENTORING_NAMESPACE)
  const withdraw = useWithdrawReview(menteeId)
  return (
    <ConfirmButton
      size="compact-xs"
      variant="subtle"
      color="red"
      action={withdraw}
      title={t('reviews.withdrawTitle')}
      message={t('reviews.withdrawText')}
      confirmLabel={t('reviews.withdrawConfirm')}
      cancelLabel={t('common.cancel')}
      error={withdraw.isError ? <ProblemAlert error={withdraw.error} /> : undefined}
      onConfirm={(close) =>
        withdraw.mutate(reviewId, {
          onSuccess: () => {
            close()
            notifications.show({ message: t('reviews.withdrawn') })
          },
        })
      }
    >
      {t('reviews.withdraw')}
    </ConfirmButton>
  )
}

function EditHistory({ review, menteeId }: { review: Review; menteeId?: string }) {
  const { t, i18n } = useTranslation(MENTORING_NAMESPACE)
  const [opened, setOpened] = useState(false)
  const edits = useReviewEdits(review.id, opened, menteeId)
  return (
    <Popover opened={opened} onChange={setOpened} width={420} withArrow shadow="md" trapFocus>
      <Popover.Target>
        <Button
          size="compact-xs"
          variant="subtle"
          color="gray"
          leftSection={<IconHistory size={12} aria-hidden="true" />}
          onClick={() => setOpened((open) => !open)}
          aria-expanded={opened}
          data-testid="edited-mark"
        >
          {t('reviews.edited', {
            date: formatDateTime(review.editedAt ?? review.createdAt, i18n.language),
            count: review.editCount,
          })}
        </Button>
      </Popover.Target>
      <Popover.Dropdown role="dialog" aria-label={t('reviews.editHistory')}>
        <Text fw={600} size="sm" mb="xs">
          {t('reviews.editHistory')}
        </Text>
        {edits.isPending && <Loader size="sm" />}
        {edits.isError && <ProblemAlert error={edits.error} />}
        {edits.data && (
          <ScrollArea.Autosize mah={360} type="auto">
            <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
              {edits.data.map((entry) => (
                <li key={entry.editedAt}>
                  <Text size="xs" c="dimmed">
                    {t('reviews.editedBy', {
                      name: entry.editor.displayName,
                      date: formatDateTime(entry.editedAt, i18n.language),
                    })}
                  </Text>
                  <Text size="xs" fw={500} mt={2}>
                    {t('reviews.before')}
                  </Text>
                  <Markdown>{entry.previousBody}</Markdown>
                </li>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  )
}
