import { useState } from 'react'
import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { allErrorsOnFields, serverFieldErrors } from '@/components/form/server-errors'
import { ScrollRegion } from '@/components/layout/scroll-region'
import { formatDate } from '@/lib/format'
import {
  useDeleteTeam,
  useInvite,
  useMe,
  useRemoveMember,
  useRenameTeam,
  useRoleName,
  useRoles,
  useSetMemberRole,
  useSetTargetRole,
  useWithdrawInvitation,
} from '../api/use-teams'
import {
  TEAM_NAME_MAX_LENGTH,
  type TeamDetail,
  type TeamMemberRow,
  type TeamRole,
} from '../api/types'
import { TEAMS_NAMESPACE } from '../locales'
import { TeamChatCard } from './team-chat-card'

/** Members, pending invitations, the invite form, roles, target roles, leaving and removing. */
export function OverviewTab({ team }: { team: TeamDetail }) {
  const lead = team.myRole === 'lead'
  return (
    <Stack gap="lg">
      <Members team={team} />
      {lead && <InviteForm team={team} />}
      {lead && <PendingInvitations team={team} />}
      {!lead && <MyTargetRole team={team} />}
      <LeaveTeam team={team} />
      {lead && <TeamChatCard teamId={team.id} />}
      {lead && <TeamSettings team={team} />}
    </Stack>
  )
}

function useRoleOptions() {
  const roles = useRoles()
  return (roles.data ?? []).map((role) => ({ value: role.code, label: role.name }))
}

function TargetRoleText({ row }: { row: Pick<TeamMemberRow, 'targetRole' | 'targetSource'> }) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const roleName = useRoleName()
  if (!row.targetRole) {
    return (
      <Text size="sm" c="dimmed">
        {t('members.noTarget')}
      </Text>
    )
  }
  return (
    <Text size="sm">
      {roleName(row.targetRole)}{' '}
      {row.targetSource && (
        <Text span size="xs" c="dimmed">
          ({t(`targetSource.${row.targetSource}`, { defaultValue: row.targetSource })})
        </Text>
      )}
    </Text>
  )
}

function Members({ team }: { team: TeamDetail }) {
  const { t, i18n } = useTranslation(TEAMS_NAMESPACE)
  const lead = team.myRole === 'lead'
  const me = useMe()
  const roleOptions = useRoleOptions()
  const setRole = useSetMemberRole(team.id)
  const setTarget = useSetTargetRole(team.id)
  const remove = useRemoveMember(team.id)
  const [removing, setRemoving] = useState<TeamMemberRow | null>(null)
  const error = setRole.error ?? setTarget.error ?? remove.error

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="members-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="members-title">
          {lead ? t('members.title') : t('members.leadsTitle')}
        </Title>
        {!lead && (
          <Text size="sm" c="dimmed">
            {t('members.memberIntro')}
          </Text>
        )}
        <ScrollRegion label={t('members.title')} hint={t('scrollHint')}>
          <Table verticalSpacing="sm" miw={lead ? 760 : 0} data-testid="members">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('members.name')}</Table.Th>
                <Table.Th>{t('members.role')}</Table.Th>
                <Table.Th>{t('members.targetRole')}</Table.Th>
                <Table.Th>{t('members.joined')}</Table.Th>
                {lead && <Table.Th>{t('members.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {team.members.map((row) => (
                <Table.Tr key={row.id} data-testid="member-row">
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {row.displayName}
                      {row.id === me.data?.id && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          {t('members.you')}
                        </Text>
                      )}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={row.role === 'lead' ? 'blue' : 'gray'}>
                      {t(`roles.${row.role}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {lead ? (
                      <Stack gap={2}>
                        <Select
                          size="xs"
                          aria-label={t('members.targetRoleOf', { name: row.displayName })}
                          placeholder={t('members.noTarget')}
                          data={roleOptions}
                          value={row.targetRole}
                          clearable
                          onChange={(roleCode) =>
                            setTarget.mutate({ memberId: row.id, roleCode: roleCode ?? null })
                          }
                          w={220}
                        />
                        {row.targetSource && (
                          <Text size="xs" c="dimmed">
                            {t(`targetSource.${row.targetSource}`, {
                              defaultValue: row.targetSource,
                            })}
                          </Text>
                        )}
                      </Stack>
                    ) : (
                      <TargetRoleText row={row} />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDate(row.joinedAt, i18n.language)}</Text>
                  </Table.Td>
                  {lead && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() =>
                            setRole.mutate({
                              memberId: row.id,
                              role: (row.role === 'lead' ? 'member' : 'lead') as TeamRole,
                            })
                          }
                        >
                          {row.role === 'lead' ? t('members.demote') : t('members.promote')}
                          <VisuallyHidden>: {row.displayName}</VisuallyHidden>
                        </Button>
                        {row.id !== me.data?.id && (
                          <Button
                            size="xs"
                            variant="light"
                            color="red"
                            onClick={() => setRemoving(row)}
                          >
                            {t('members.remove')}
                            <VisuallyHidden>: {row.displayName}</VisuallyHidden>
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
        {error && <ProblemAlert error={error} />}
      </Stack>
      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={removing ? t('members.removeTitle', { name: removing.displayName }) : ''}
      >
        <Stack gap="md">
          <Text size="sm">{t('members.removeText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                removing && remove.mutate(removing.id, { onSettled: () => setRemoving(null) })
              }
            >
              {t('members.removeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  )
}

function InviteForm({ team }: { team: TeamDetail }) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const inviteMutation = useInvite(team.id)
  const [sent, setSent] = useState<string | null>(null)
  const form = useForm({
    initialValues: { email: '', role: 'member' as TeamRole },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('invite.emailInvalid')),
    },
  })
  const submit = form.onSubmit(({ email, role }) => {
    setSent(null)
    inviteMutation.mutate(
      { email: email.trim(), role },
      {
        onSuccess: (invitation) => {
          setSent(invitation.email ?? email.trim())
          form.reset()
        },
        onError: (error) => form.setErrors(serverFieldErrors(error, ['email', 'role'])),
      },
    )
  })
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="invite-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="invite-title">
            {t('invite.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('invite.intro')}
          </Text>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              type="email"
              label={t('invite.email')}
              autoComplete="off"
              style={{ flex: '1 1 240px' }}
              {...form.getInputProps('email')}
            />
            <Select
              label={t('invite.role')}
              data={[
                { value: 'member', label: t('roles.member') },
                { value: 'lead', label: t('roles.lead') },
              ]}
              allowDeselect={false}
              w={160}
              {...form.getInputProps('role')}
            />
            <Button type="submit" loading={inviteMutation.isPending}>
              {t('invite.submit')}
            </Button>
          </Group>
          {sent !== null && (
            <Text size="sm" role="status">
              {t('invite.sent', { email: sent })}
            </Text>
          )}
          {inviteMutation.error && !allErrorsOnFields(inviteMutation.error, ['email', 'role']) && (
            <ProblemAlert error={inviteMutation.error} />
          )}
        </Stack>
      </form>
    </Card>
  )
}

function PendingInvitations({ team }: { team: TeamDetail }) {
  const { t, i18n } = useTranslation(TEAMS_NAMESPACE)
  const withdraw = useWithdrawInvitation(team.id)
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="pending-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="pending-title">
          {t('pending.title')}
        </Title>
        {team.invitations.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('pending.empty')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {team.invitations.map((invitation) => (
              <Group
                key={invitation.id}
                component="li"
                justify="space-between"
                wrap="wrap"
                gap="xs"
                data-testid="pending-invitation"
              >
                <Stack gap={0} miw={0}>
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {invitation.email}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(invitation.invitedBy ? 'pending.meta' : 'pending.metaNoInviter', {
                      role: t(`roles.${invitation.role}`),
                      name: invitation.invitedBy?.displayName,
                      date: formatDate(invitation.invitedAt, i18n.language),
                    })}
                  </Text>
                </Stack>
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t('pending.withdrawFor', { email: invitation.email ?? '' })}
                  onClick={() => withdraw.mutate(invitation.id)}
                >
                  {t('pending.withdraw')}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
        {withdraw.error && <ProblemAlert error={withdraw.error} />}
      </Stack>
    </Card>
  )
}

/** A member sets their own target role on this team (the lead may propose one too). */
function MyTargetRole({ team }: { team: TeamDetail }) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const me = useMe()
  const roleOptions = useRoleOptions()
  const setTarget = useSetTargetRole(team.id)
  const mine = team.members.find((row) => row.id === me.data?.id)
  const [saved, setSaved] = useState<TeamMemberRow | null>(null)
  const current = saved ?? mine ?? null
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="my-target-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="my-target-title">
          {t('myTarget.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('myTarget.intro')}
        </Text>
        <Select
          label={t('myTarget.label')}
          placeholder={t('myTarget.placeholder')}
          data={roleOptions}
          value={current?.targetRole ?? null}
          clearable
          maw={320}
          disabled={!me.data}
          onChange={(roleCode) =>
            me.data &&
            setTarget.mutate(
              { memberId: me.data.id, roleCode: roleCode ?? null },
              { onSuccess: (row) => setSaved(row) },
            )
          }
        />
        {current?.targetSource && <TargetRoleText row={current} />}
        {setTarget.error && <ProblemAlert error={setTarget.error} />}
      </Stack>
    </Card>
  )
}

function LeaveTeam({ team }: { team: TeamDetail }) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const me = useMe()
  const remove = useRemoveMember(team.id)
  const navigate = useNavigate()
  const [confirming, setConfirming] = useState(false)
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="leave-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="leave-title">
          {t('leave.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('leave.intro')}
        </Text>
        <Group>
          <Button
            variant="light"
            color="red"
            disabled={!me.data}
            onClick={() => setConfirming(true)}
          >
            {t('leave.button')}
          </Button>
        </Group>
        {remove.error && <ProblemAlert error={remove.error} />}
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('leave.confirmTitle', { team: team.name })}
      >
        <Stack gap="md">
          <Text size="sm">{t('leave.confirmText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                me.data &&
                remove.mutate(me.data.id, {
                  onSuccess: () => navigate('/teams'),
                  onSettled: () => setConfirming(false),
                })
              }
            >
              {t('leave.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  )
}

function TeamSettings({ team }: { team: TeamDetail }) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const rename = useRenameTeam(team.id)
  const remove = useDeleteTeam(team.id)
  const navigate = useNavigate()
  const [confirming, setConfirming] = useState(false)
  const form = useForm({
    initialValues: { name: team.name },
    validate: {
      name: (value) =>
        !value.trim()
          ? t('create.nameRequired')
          : value.trim().length > TEAM_NAME_MAX_LENGTH
            ? t('create.nameTooLong', { max: TEAM_NAME_MAX_LENGTH })
            : null,
    },
  })
  const submit = form.onSubmit(({ name }) =>
    rename.mutate(name.trim(), {
      onError: (error) => form.setErrors(serverFieldErrors(error, ['name'])),
    }),
  )
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="settings-title">
          {t('settings.title')}
        </Title>
        <form onSubmit={submit} noValidate>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label={t('settings.name')}
              style={{ flex: '1 1 240px' }}
              {...form.getInputProps('name')}
            />
            <Button type="submit" variant="default" loading={rename.isPending}>
              {t('settings.rename')}
            </Button>
          </Group>
        </form>
        {rename.error && !allErrorsOnFields(rename.error, ['name']) && (
          <ProblemAlert error={rename.error} />
        )}
        <Group>
          <Button variant="light" color="red" onClick={() => setConfirming(true)}>
            {t('settings.delete')}
          </Button>
        </Group>
        {remove.error && <ProblemAlert error={remove.error} />}
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('settings.deleteTitle', { team: team.name })}
      >
        <Stack gap="md">
          <Text size="sm">{t('settings.deleteText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(undefined, {
                  onSuccess: () => navigate('/teams'),
                  onSettled: () => setConfirming(false),
                })
              }
            >
              {t('settings.deleteConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  )
}
