import { Anchor, Badge, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconUsersGroup } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { ActionButton } from '@/components/action-button'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { QueryState } from '@/components/feedback/query-state'
import { allErrorsOnFields, serverFieldErrors } from '@/components/form/server-errors'
import { PageHeader } from '@/components/layout/page-header'
import { formatDate } from '@/lib/format'
import {
  useAnswerTeamInvitation,
  useCreateTeam,
  useMyTeamInvitations,
  useTeams,
} from '../api/use-teams'
import { TEAM_NAME_MAX_LENGTH } from '../api/types'
import { TEAMS_NAMESPACE } from '../locales'

/** /teams: the teams I am in, a form to create one, and the invitations waiting for my answer. */
export function TeamsPage() {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  return (
    <Stack gap="lg" maw={1000}>
      <PageHeader
        icon={<IconUsersGroup size={22} />}
        title={t('list.title')}
        description={t('list.intro')}
      />
      <MyTeamInvitations />
      <MyTeams />
      <CreateTeam />
    </Stack>
  )
}

function MyTeams() {
  const { t, i18n } = useTranslation(TEAMS_NAMESPACE)
  const teams = useTeams()
  const names = (teams.data ?? []).map((team) => team.name.toLowerCase())
  const repeated = new Set(names.filter((name, i) => names.indexOf(name) !== i))
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="my-teams-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="my-teams-title">
          {t('list.myTeams')}
        </Title>
        <QueryState data={teams.data} error={teams.error}>
          {(list) =>
            list.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('list.empty')}
              </Text>
            ) : (
              <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {list.map((team) => (
                  <Group
                    key={team.id}
                    component="li"
                    justify="space-between"
                    wrap="wrap"
                    gap="xs"
                    data-testid="team"
                  >
                    <Group gap={6} wrap="wrap">
                      <Anchor component={Link} to={`/teams/${team.id}`} fw={600}>
                        {team.name}
                      </Anchor>
                      {/* two teams of one name (created by different people) are told apart */}
                      {repeated.has(team.name.toLowerCase()) && team.createdAt && (
                        <Text size="xs" c="dimmed">
                          {t('list.createdOn', { date: formatDate(team.createdAt, i18n.language) })}
                        </Text>
                      )}
                    </Group>
                    <Group gap="xs">
                      <Badge variant="light" color={team.myRole === 'lead' ? 'blue' : 'gray'}>
                        {t(`roles.${team.myRole}`)}
                      </Badge>
                      <Text size="sm" c="dimmed">
                        {t('list.counts', {
                          members: t('list.members', { count: team.memberCount }),
                          leads: t('list.leads', { count: team.leadCount }),
                        })}
                      </Text>
                    </Group>
                  </Group>
                ))}
              </Stack>
            )
          }
        </QueryState>
      </Stack>
    </Card>
  )
}

function CreateTeam() {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const create = useCreateTeam()
  const navigate = useNavigate()
  const form = useForm({
    initialValues: { name: '' },
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
    create.mutate(name.trim(), {
      onSuccess: (team) => navigate(`/teams/${team.id}`),
      onError: (error) => form.setErrors(serverFieldErrors(error, ['name'])),
    }),
  )
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="create-team-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="create-team-title">
            {t('create.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('create.intro')}
          </Text>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label={t('create.name')}
              maxLength={TEAM_NAME_MAX_LENGTH + 20}
              style={{ flex: '1 1 240px' }}
              {...form.getInputProps('name')}
            />
            <ActionButton type="submit" action={create}>
              {t('create.submit')}
            </ActionButton>
          </Group>
          {create.error && !allErrorsOnFields(create.error, ['name']) && (
            <ProblemAlert error={create.error} />
          )}
        </Stack>
      </form>
    </Card>
  )
}

function MyTeamInvitations() {
  const { t, i18n } = useTranslation(TEAMS_NAMESPACE)
  const invitations = useMyTeamInvitations()
  const answer = useAnswerTeamInvitation()
  const list = invitations.data ?? []
  if (invitations.error) return <ProblemAlert error={invitations.error} />
  if (list.length === 0) return null
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="team-invitations-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="team-invitations-title">
          {t('invitations.title')}
        </Title>
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {list.map((invitation) => (
            <Stack key={invitation.id} component="li" gap={6} data-testid="team-invitation">
              <Text size="sm">
                {t(invitation.invitedBy ? 'invitations.text' : 'invitations.textNoInviter', {
                  name: invitation.invitedBy?.displayName,
                  team: invitation.team.name,
                  // mid-sentence: "as a member", not "as Member"
                  role: t(`rolesInSentence.${invitation.role}`),
                })}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDate(invitation.invitedAt, i18n.language)}
              </Text>
              <Group gap="xs">
                <ActionButton
                  size="xs"
                  aria-label={t('invitations.acceptFor', { team: invitation.team.name })}
                  action={answer}
                  busy={
                    answer.isPending &&
                    answer.variables?.id === invitation.id &&
                    answer.variables?.accept
                  }
                  onClick={() => answer.mutate({ id: invitation.id, accept: true })}
                >
                  {t('invitations.accept')}
                </ActionButton>
                <ActionButton
                  size="xs"
                  variant="default"
                  aria-label={t('invitations.declineFor', { team: invitation.team.name })}
                  action={answer}
                  busy={
                    answer.isPending &&
                    answer.variables?.id === invitation.id &&
                    !answer.variables?.accept
                  }
                  onClick={() => answer.mutate({ id: invitation.id, accept: false })}
                >
                  {t('invitations.decline')}
                </ActionButton>
              </Group>
            </Stack>
          ))}
        </Stack>
        {answer.error && <ProblemAlert error={answer.error} />}
      </Stack>
    </Card>
  )
}
