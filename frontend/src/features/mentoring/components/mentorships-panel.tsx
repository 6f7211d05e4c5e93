import { useState } from 'react'
import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconCheck, IconMail, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ActionButton } from '@/components/action-button'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { isApiError } from '@/lib/api-client'
import { formatDate } from '@/lib/format'
import type { Mentorship } from '../api/types'
import {
  isInvitedSide,
  useAnswerInvitation,
  useEndMentorship,
  useInviteMentor,
  useMentorships,
  useOfferMentoring,
} from '../api/use-mentoring'
import { MENTORING_NAMESPACE } from '../locales'

/**
 * Start a mentorship by email: as a learner, invite a mentor (`invite`); as a mentor, offer to
 * mentor someone (`offer`). An address without an account waits until it registers; until the other
 * side accepts, only the address typed is shown.
 */
export function StartMentorshipForm({ kind }: { kind: 'invite' | 'offer' }) {
  const { t } = useTranslation(MENTORING_NAMESPACE)
  const invite = useInviteMentor()
  const offer = useOfferMentoring()
  const start = kind === 'invite' ? invite : offer
  const [email, setEmail] = useState('')
  const fieldError =
    isApiError(start.error) && start.error.fieldErrors.email
      ? start.error.fieldErrors.email
      : undefined

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={`${kind}-title`}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={`${kind}-title`}>
          {t(`${kind}.title`)}
        </Title>
        <Text size="sm" c="dimmed">
          {t(`${kind}.intro`)}
        </Text>
        <Group
          component="form"
          align="flex-start"
          gap="sm"
          onSubmit={(event) => {
            event.preventDefault()
            if (!email.trim()) return
            start.mutate(email.trim(), {
              onSuccess: (mentorship) => {
                setEmail('')
                notifications.show({
                  color: 'teal',
                  message: t(`${kind}.sent`, { email: mentorship.invitedEmail ?? email.trim() }),
                })
              },
            })
          }}
        >
          <TextInput
            label={t(`${kind}.email`)}
            type="email"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fieldError}
            leftSection={<IconMail size={16} aria-hidden="true" />}
            style={{ flex: '1 1 280px' }}
          />
          <ActionButton type="submit" mt={25} action={start}>
            {t(`${kind}.submit`)}
          </ActionButton>
        </Group>
        {start.error && !fieldError && <ProblemAlert error={start.error} />}
      </Stack>
    </Card>
  )
}

/** Invite a mentor by email (an address without an account waits until it registers). */
export function InviteMentorForm() {
  return <StartMentorshipForm kind="invite" />
}

/**
 * My mentorships, both directions: pending and active, with accept/decline (when the other side
 * asked me) and end or withdraw. `role` shows only those where I am the mentor or the mentee.
 */
export function MentorshipList({ role }: { role?: 'mentor' | 'mentee' } = {}) {
  const { t, i18n } = useTranslation(MENTORING_NAMESPACE)
  const mentorships = useMentorships()
  const answer = useAnswerInvitation()
  const [ending, setEnding] = useState<Mentorship | null>(null)

  const current = (mentorships.data ?? []).filter(
    (m) => (m.status === 'pending' || m.status === 'active') && (!role || m.myRole === role),
  )
  const other = (m: Mentorship) =>
    (m.myRole === 'mentee' ? m.mentor.displayName : m.mentee.displayName) ??
    m.invitedEmail ??
    t('list.unknown')

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="mentorships-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="mentorships-title">
          {t(role === 'mentor' ? 'list.titleMentor' : 'list.title')}
        </Title>
        {mentorships.isError && <ProblemAlert error={mentorships.error} />}
        {answer.isError && <ProblemAlert error={answer.error} />}
        {mentorships.isSuccess && current.length === 0 && (
          <Text size="sm" c="dimmed">
            {t(role === 'mentor' ? 'list.emptyMentor' : 'list.empty')}
          </Text>
        )}
        {current.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" data-testid="mentorships">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('list.person')}</Table.Th>
                  <Table.Th>{t('list.relation')}</Table.Th>
                  <Table.Th>{t('list.status')}</Table.Th>
                  <Table.Th>{t('list.since')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('list.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {current.map((m) => {
                  const invitedMe = isInvitedSide(m)
                  const mine = m.status === 'pending' && !invitedMe
                  return (
                    <Table.Tr key={m.id} data-testid="mentorship">
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{other(m)}</Table.Td>
                      <Table.Td>
                        {m.myRole === 'mentee' ? t('list.myMentor') : t('list.myMentee')}
                      </Table.Td>
                      <Table.Td>
                        <Badge
                          variant="light"
                          color={m.status === 'active' ? 'teal' : 'yellow'}
                          tt="none"
                        >
                          {invitedMe
                            ? t(m.myRole === 'mentor' ? 'list.invitedMe' : 'list.offeredMe')
                            : m.status === 'active'
                              ? t('status.active')
                              : t('status.pending')}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{formatDate(m.acceptedAt ?? m.createdAt, i18n.language)}</Table.Td>
                      <Table.Td>
                        <Group gap="xs" justify="flex-end" wrap="nowrap">
                          {invitedMe && (
                            <>
                              <ActionButton
                                size="xs"
                                color="teal"
                                leftSection={<IconCheck size={14} aria-hidden="true" />}
                                action={answer}
                                busy={
                                  answer.isPending &&
                                  answer.variables?.id === m.id &&
                                  answer.variables?.accept === true
                                }
                                onClick={() => answer.mutate({ id: m.id, accept: true })}
                              >
                                {t('list.accept')}
                              </ActionButton>
                              <ActionButton
                                size="xs"
                                variant="default"
                                leftSection={<IconX size={14} aria-hidden="true" />}
                                action={answer}
                                busy={
                                  answer.isPending &&
                                  answer.variables?.id === m.id &&
                                  answer.variables?.accept === false
                                }
                                onClick={() => answer.mutate({ id: m.id, accept: false })}
                              >
                                {t('list.decline')}
                              </ActionButton>
                            </>
                          )}
                          {!invitedMe && (
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              onClick={() => setEnding(m)}
                            >
                              {mine
                                ? t(m.offeredBy === 'mentor' ? 'list.withdrawOffer' : 'list.cancel')
                                : t('list.end')}
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  )
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <EndDialog
        mentorship={ending}
        name={ending ? other(ending) : ''}
        onClose={() => setEnding(null)}
      />
    </Card>
  )
}

function EndDialog({
  mentorship,
  name,
  onClose,
}: {
  mentorship: Mentorship | null
  name: string
  onClose: () => void
}) {
  const { t } = useTranslation(MENTORING_NAMESPACE)
  const end = useEndMentorship()
  const withdrawing = mentorship?.status === 'pending'
  return (
    <Modal
      opened={mentorship !== null}
      onClose={onClose}
      title={withdrawing ? t('end.withdrawTitle', { name }) : t('end.title', { name })}
    >
      <Stack gap="md">
        <Text size="sm">
          {withdrawing
            ? t('end.withdrawText')
            : mentorship?.myRole === 'mentee'
              ? t('end.textMentee')
              : t('end.textMentor')}
        </Text>
        {end.isError && <ProblemAlert error={end.error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('end.keep')}
          </Button>
          <ActionButton
            color="red"
            action={end}
            onClick={() =>
              mentorship &&
              end.mutate(mentorship.id, {
                onSuccess: () => {
                  notifications.show({
                    message: withdrawing ? t('end.withdrawn', { name }) : t('end.done', { name }),
                  })
                  onClose()
                },
              })
            }
          >
            {withdrawing ? t('end.withdrawConfirm') : t('end.confirm')}
          </ActionButton>
        </Group>
      </Stack>
    </Modal>
  )
}
