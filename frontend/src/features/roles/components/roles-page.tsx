import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconBriefcase } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { QueryState } from '@/components/feedback/query-state'
import { PageHeader } from '@/components/layout/page-header'
import { DEFAULT_COMPARISON, type RoleProfile, type RoleSkillCategory } from '../api/types'
import { useRoleCategories, useRoles } from '../api/use-roles'
import { ROLES_NAMESPACE } from '../locales'
import { requirementsOf } from './requirements'
import { RoleComparison } from './role-comparison'
import { RoleDetail } from './role-detail'

/** Roles: the six profiles, one profile in detail, and two profiles side by side. */
export function RolesPage() {
  const { t } = useTranslation(ROLES_NAMESPACE)
  const roles = useRoles()
  const categories = useRoleCategories()

  return (
    <Stack gap="xl" maw={1100}>
      <PageHeader
        icon={<IconBriefcase size={22} />}
        title={t('page.title')}
        description={t('page.intro')}
      />
      <QueryState data={roles.data} error={roles.error} errorTitle={t('loadFailed')}>
        {(list) => <RolesView list={list} categories={categories.data ?? []} />}
      </QueryState>
    </Stack>
  )
}

function RolesView({ list, categories }: { list: RoleProfile[]; categories: RoleSkillCategory[] }) {
  const { t } = useTranslation(ROLES_NAMESPACE)
  const [params, setParams] = useSearchParams()
  const exists = (code: string | null) => Boolean(code && list.some((r) => r.code === code))
  const selectedCode = exists(params.get('role')) ? params.get('role')! : (list[0]?.code ?? null)
  const selected = list.find((role) => role.code === selectedCode)
  const first = exists(params.get('a')) ? params.get('a')! : DEFAULT_COMPARISON[0]
  const second = exists(params.get('b')) ? params.get('b')! : DEFAULT_COMPARISON[1]
  const roleName = (code: string) => list.find((role) => role.code === code)?.name ?? code

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params)
    for (const [key, value] of Object.entries(changes)) next.set(key, value)
    setParams(next, { replace: true })
  }

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {list.map((role) => {
          const isSelected = role.code === selectedCode
          return (
            <Card
              key={role.code}
              withBorder
              padding="md"
              style={
                isSelected
                  ? { borderColor: 'var(--mantine-color-blue-5)', borderWidth: 2 }
                  : undefined
              }
            >
              <Stack gap="xs" h="100%">
                <Text fw={700}>{role.name}</Text>
                <Text size="sm" c="dimmed" lineClamp={3}>
                  {role.summary}
                </Text>
                <Group gap={6} mt="auto">
                  <Badge variant="light" radius="sm">
                    {t('card.requirements', { count: requirementsOf(role).length })}
                  </Badge>
                  <Badge variant="light" color="grape" radius="sm">
                    {t('card.core', {
                      count: requirementsOf(role).filter((r) => r.weight === 3).length,
                    })}
                  </Badge>
                </Group>
                <Button
                  variant={isSelected ? 'filled' : 'light'}
                  size="xs"
                  onClick={() => update({ role: role.code })}
                  aria-pressed={isSelected}
                  aria-label={t('card.showLabel', { role: role.name })}
                >
                  {t('card.show')}
                </Button>
              </Stack>
            </Card>
          )
        })}
      </SimpleGrid>

      {selected && (
        <RoleDetail
          role={selected}
          roleName={roleName}
          onSelectRole={(code) => update({ role: code })}
        />
      )}

      <RoleComparison
        roles={list}
        categories={categories}
        first={first}
        second={second}
        onChange={(a, b) => update({ a, b })}
      />
    </>
  )
}
