import { useEffect } from 'react'
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { QueryState } from '@/components/feedback/query-state'
import { ScrollRegion } from '@/components/layout/scroll-region'
import { isApiError } from '@/lib/api-client'
import {
  useRoleName,
  useRoles,
  useSaveTargets,
  useSkillName,
  useSkills,
  useTargets,
} from '../api/use-teams'
import type { CoverageTargetInput, RoleHeadcount, TeamDetail, TeamTargets } from '../api/types'
import { TEAMS_NAMESPACE } from '../locales'
import { formPath, hasTargets } from './logic'
import { NoTargetsNotice } from './no-targets'

interface Values {
  roleMix: RoleHeadcount[]
  coverage: CoverageTargetInput[]
}

function toValues(targets: TeamTargets): Values {
  return {
    roleMix: targets.roleMix.map(({ roleCode, headcount }) => ({ roleCode, headcount })),
    coverage: targets.coverage
      .filter((row) => row.source === 'team')
      .map(({ skillCode, targetLevel, required }) => ({ skillCode, targetLevel, required })),
  }
}

/** The members' target roles as a role mix: how many members aim at each role. */
function mixOf(team: TeamDetail): RoleHeadcount[] {
  const counts = new Map<string, number>()
  for (const member of team.members) {
    if (member.targetRole) counts.set(member.targetRole, (counts.get(member.targetRole) ?? 0) + 1)
  }
  return [...counts].map(([roleCode, headcount]) => ({ roleCode, headcount }))
}

/** The role mix and the coverage targets (leads edit them), and the coverage derived from them. */
export function TargetsTab({ team }: { team: TeamDetail }) {
  const targets = useTargets(team.id)
  return (
    <QueryState data={targets.data} error={targets.error}>
      {(data) => (
        <Stack gap="lg">
          {team.myRole === 'lead' ? (
            <TargetsForm team={team} targets={data} />
          ) : (
            <RoleMixView targets={data} />
          )}
          <DerivedCoverage targets={data} lead={team.myRole === 'lead'} />
        </Stack>
      )}
    </QueryState>
  )
}

function RoleMixView({ targets }: { targets: TeamTargets }) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const roleName = useRoleName()
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="role-mix-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="role-mix-title">
          {t('targets.roleMix')}
        </Title>
        {targets.roleMix.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('targets.noRoleMix')}
          </Text>
        ) : (
          <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {targets.roleMix.map((row) => (
              <Text key={row.roleCode} component="li" size="sm">
                {t('targets.headcountText', { role: roleName(row.roleCode), count: row.headcount })}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  )
}

function TargetsForm({ team, targets }: { team: TeamDetail; targets: TeamTargets }) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const roles = useRoles()
  const skills = useSkills()
  const save = useSaveTargets(team.id)
  const roleName = useRoleName()
  const form = useForm<Values>({ initialValues: toValues(targets) })
  const memberMix = mixOf(team)
  const roleOptions = (roles.data ?? []).map((role) => ({ value: role.code, label: role.name }))
  const skillOptions = (skills.data ?? []).map((skill) => ({
    value: skill.code,
    label: skill.name,
  }))
  const levelOptions = [1, 2, 3, 4, 5].map((level) => ({
    value: String(level),
    label: String(level),
  }))

  // a save (or another lead's) changes the targets: show what the server kept
  const loaded = JSON.stringify(toValues(targets))
  useEffect(() => {
    if (!form.isDirty()) form.setValues(JSON.parse(loaded) as Values)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded])

  const submit = form.onSubmit((values) =>
    save.mutate(
      {
        roleMix: values.roleMix.filter((row) => row.roleCode),
        coverage: values.coverage.filter((row) => row.skillCode),
      },
      {
        onSuccess: (saved) => {
          form.setInitialValues(toValues(saved))
          form.setValues(toValues(saved))
        },
        onError: (error) => {
          if (!isApiError(error)) return
          form.setErrors(
            Object.fromEntries(
              Object.entries(error.fieldErrors).map(([field, message]) => [
                formPath(field),
                message,
              ]),
            ),
          )
        },
      },
    ),
  )

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Card withBorder padding="lg" component="section" aria-labelledby="role-mix-title">
          <Stack gap="sm">
            <Title order={2} size="h3" id="role-mix-title">
              {t('targets.roleMix')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('targets.roleMixIntro')}
            </Text>
            {form.values.roleMix.length === 0 && memberMix.length > 0 && (
              <Group gap="sm" wrap="wrap">
                <Button
                  variant="light"
                  onClick={() => form.setFieldValue('roleMix', memberMix)}
                  data-testid="mix-from-members"
                >
                  {t('noTargets.fromMembers')}
                </Button>
                <Text size="xs" c="dimmed">
                  {t('noTargets.fromMembersHint', {
                    mix: memberMix
                      .map((row) =>
                        t('targets.headcountText', {
                          role: roleName(row.roleCode),
                          count: row.headcount,
                        }),
                      )
                      .join(', '),
                  })}
                </Text>
              </Group>
            )}
            {form.values.roleMix.map((_, index) => (
              <Group key={index} align="flex-end" wrap="wrap" data-testid="role-mix-row">
                <Select
                  label={t('targets.role')}
                  data={roleOptions}
                  searchable
                  style={{ flex: '1 1 220px' }}
                  {...form.getInputProps(`roleMix.${index}.roleCode`)}
                />
                <NumberInput
                  label={t('targets.headcount')}
                  min={1}
                  max={10000}
                  allowDecimal={false}
                  w={120}
                  {...form.getInputProps(`roleMix.${index}.headcount`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('targets.removeRole', { index: index + 1 })}
                  onClick={() => form.removeListItem('roleMix', index)}
                >
                  <IconTrash size={18} aria-hidden="true" />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden="true" />}
                onClick={() => form.insertListItem('roleMix', { roleCode: '', headcount: 1 })}
              >
                {t('targets.addRole')}
              </Button>
            </Group>
          </Stack>
        </Card>
        <Card withBorder padding="lg" component="section" aria-labelledby="coverage-targets-title">
          <Stack gap="sm">
            <Title order={2} size="h3" id="coverage-targets-title">
              {t('targets.coverageTargets')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('targets.coverageIntro')}
            </Text>
            {form.values.coverage.map((_, index) => (
              <Group key={index} align="flex-end" wrap="wrap" data-testid="coverage-target-row">
                <Select
                  label={t('targets.skill')}
                  data={skillOptions}
                  searchable
                  style={{ flex: '1 1 240px' }}
                  {...form.getInputProps(`coverage.${index}.skillCode`)}
                />
                <Select
                  label={t('targets.level')}
                  data={levelOptions}
                  allowDeselect={false}
                  w={100}
                  {...form.getInputProps(`coverage.${index}.targetLevel`)}
                  value={String(form.values.coverage[index].targetLevel)}
                  onChange={(value) =>
                    form.setFieldValue(`coverage.${index}.targetLevel`, Number(value ?? 3))
                  }
                />
                <NumberInput
                  label={t('targets.required')}
                  min={0}
                  max={10000}
                  allowDecimal={false}
                  w={120}
                  {...form.getInputProps(`coverage.${index}.required`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('targets.removeSkill', { index: index + 1 })}
                  onClick={() => form.removeListItem('coverage', index)}
                >
                  <IconTrash size={18} aria-hidden="true" />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden="true" />}
                onClick={() =>
                  form.insertListItem('coverage', { skillCode: '', targetLevel: 3, required: 2 })
                }
              >
                {t('targets.addSkill')}
              </Button>
            </Group>
          </Stack>
        </Card>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('targets.save')}
          </Button>
          {save.isSuccess && !form.isDirty() && (
            <Text size="sm" role="status">
              {t('targets.saved')}
            </Text>
          )}
        </Group>
        {save.error && <ProblemAlert error={save.error} />}
      </Stack>
    </form>
  )
}

const SOURCE_COLORS: Record<string, string> = { team: 'blue', 'role-mix': 'grape', default: 'gray' }

function DerivedCoverage({ targets, lead }: { targets: TeamTargets; lead: boolean }) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const skillName = useSkillName()
  const none = targets.roleMix.length === 0 && !hasTargets(targets.coverage)
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="derived-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="derived-title">
          {t('targets.derived')}
        </Title>
        {none ? (
          <NoTargetsNotice lead={lead} what="targets" />
        ) : (
          <Text size="sm" c="dimmed">
            {t('targets.derivedIntro')}
          </Text>
        )}
        <ScrollRegion label={t('targets.derived')} hint={t('scrollHint')}>
          <Table verticalSpacing="xs" striped data-testid="derived-coverage">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('targets.skill')}</Table.Th>
                <Table.Th>{t('targets.level')}</Table.Th>
                <Table.Th>{t('targets.required')}</Table.Th>
                <Table.Th>{t('targets.source')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {targets.coverage.map((row) => (
                <Table.Tr key={row.skillCode}>
                  <Table.Td>{skillName(row.skillCode)}</Table.Td>
                  <Table.Td>{row.targetLevel}</Table.Td>
                  <Table.Td>{row.required}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={SOURCE_COLORS[row.source] ?? 'gray'}>
                      {t(`coverageSource.${row.source}`, { defaultValue: row.source })}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      </Stack>
    </Card>
  )
}
