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
import { ProblemAlert } from '@/components/errors/problem-alert'
import { isApiError } from '@/lib/api-client'
import { formatDate } from '@/lib/format'
import type { Mentorship } from '../api/types'
import {
  useAnswerInvitation,
  useEndMentorship,
  useInviteMentor,
  useMentorships,
} from '../api/use-mentoring'
import { MENTORING_NAMESPACE } from '../locales'

/** Invite a mentor by email (an address without an account waits until it registers). */
export function InviteMentorForm() {
  const { t } = useTranslation(MENTORING_NAMESPACE)
  const invite = useInviteMentor()
  const [email, setEmail] = useState('')
  const fieldError =
    isApiError(invite.error) && invite.error.fieldErrors.email
      ? invite.error.fieldErrors.email
      : undefined

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="invite-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="invite-title">
          {t('invite.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('invite.intro')}
        </Text>
        <Group
          component="form"
          align="flex-start"
          gap="sm"
          onSubmit={(event) => {
            event.preventDefault()
            if (!email.trim()) return
            invite.mutate(email.trim(), {
              onSuccess: (mentorship) => {
                setEmail('')
                notifications.show({
                  color: 'teal',
                  message: t('invite.sent', { email: mentorship.invitedEmail ?? email.trim() }),
                })
              },
            })
          }}
        >
          <TextInput
            label={t('invite.email')}
            type="email"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fieldError}
            leftSection={<IconMail size={16} aria-hidden="true" />}
            style={{ flex: '1 1 280px' }}
          />
          <Button type="submit" mt={25} loading={invite.isPending}>
            {t('invite.submit')}
          </Button>
        </Group>
        {invite.error && !fieldError && <ProblemAlert error={invite.error} />}
      </Stack>
    </Card>
  )
}

/** My mentorships, both directions: pending and active, with accept/decline and end. */
export function MentorshipList() {
  const { t, i18n } = useTranslation(MENTORING_NAMESPACE)
  const mentorships = useMentorships()
  const answer = useAnswerInvitation()
  const [ending, setEnding] = useState<Mentorship | null>(null)

  const current = (mentorships.data ?? []).filter(
    (m) => m.status === 'pending' || m.status === 'active',
  )
  const other = (m: Mentorship) =>
    m.myRole === 'mentee'
      ? (m.mentor?.displayName ?? m.invitedEmail ?? t('list.unknown'))
      : m.mentee.displayName

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="mentorships-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="mentorships-title">
          {t('list.title')}
        </Title>
        {mentorships.isError && <ProblemAlert error={mentorships.error} />}
        {answer.isError && <ProblemAlert error={answer.error} />}
        {mentorships.isSuccess && current.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('list.empty')}
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
                  const invitedMe = m.myRole === 'mentor' && m.status === 'pending'
                  return (
                    <Table.Tr key={m.id} data-testid="mentorship">
                      <Table.Td>{other(m)}</Table.Td>
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
                            ? t('list.invitedMe')
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
                              <Button
                                size="xs"
                                color="teal"
                                leftSection={<IconCheck size={14} aria-hidden="true" />}
                                loading={answer.isPending && answer.variables?.accept === true}
                                onClick={() => answer.mutate({ id: m.id, accept: true })}
                              >
                                {t('list.accept')}
                              </Button>
                              <Button
                                size="xs"
                                variant="default"
                                leftSection={<IconX size={14} aria-hidden="true" />}
                                loading={answer.isPending && answer.variables?.accept === false}
                                onClick={() => answer.mutate({ id: m.id, accept: false })}
                              >
                                {t('list.decline')}
                              </Button>
                            </>
                          )}
                          {!invitedMe && (
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              onClick={() => setEnding(m)}
                            >
                              {m.status === 'pending' ? t('list.cancel') : t('list.end')}
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
  return (
    <Modal opened={mentorship !== null} onClose={onClose} title={t('end.title', { name })}>
      <Stack gap="md">
        <Text size="sm">
          {mentorship?.myRole === 'mentee' ? t('end.textMentee') : t('end.textMentor')}
        </Text>
        {end.isError && <ProblemAlert error={end.error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('end.keep')}
          </Button>
          <Button
            color="red"
            loading={end.isPending}
            onClick={() =>
              mentorship &&
              end.mutate(mentorship.id, {
                onSuccess: () => {
                  notifications.show({ message: t('end.done', { name }) })
                  onClose()
                },
              })
            }
          >
            {t('end.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
