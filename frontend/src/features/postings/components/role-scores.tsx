import { Badge, Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RoleScore } from '../api/types'
import { POSTINGS_NAMESPACE } from '../locales'
import { formatPercent } from '@/lib/format'

const SIGNALS = ['duties', 'technologies', 'skillSet'] as const
const SIGNAL_COLORS = { duties: 'grape', technologies: 'cyan', skillSet: 'blue' } as const

export interface RoleScoresProps {
  roles: RoleScore[]
  describedRoleCode: string | null
}

/** Every role's score and the three signals it is made of, each as its own small bar. */
export function RoleScores({ roles, describedRoleCode }: RoleScoresProps) {
  const { t, i18n } = useTranslation(POSTINGS_NAMESPACE)
  const percent = (value: number) => formatPercent(value, i18n.language)

  return (
    <Stack gap="xs" component="ul" aria-label={t('report.roles.listLabel')} m={0} p={0}>
      {roles.map((role) => {
        const described = role.roleCode === describedRoleCode
        return (
          <Paper
            key={role.roleCode}
            component="li"
            withBorder
            radius="md"
            p="sm"
            style={{
              listStyle: 'none',
              borderColor: described ? 'var(--mantine-primary-color-filled)' : undefined,
            }}
            data-role={role.roleCode}
          >
            <Group justify="space-between" wrap="nowrap" gap="xs" mb={6}>
              <Group gap="xs" wrap="wrap">
                <Text fw={600}>{role.roleName}</Text>
                {described && (
                  <Badge size="sm" variant="filled">
                    {t('report.roles.best')}
                  </Badge>
                )}
              </Group>
              <Text fw={600} c={described ? undefined : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
                {t('report.roles.score', { value: percent(role.score) })}
              </Text>
            </Group>
            <SimpleGrid cols={3} spacing="sm">
              {SIGNALS.map((signal) => (
                <Stack key={signal} gap={2}>
                  <Group justify="space-between" gap={4} wrap="nowrap">
                    <Text size="xs" c="dimmed" truncate>
                      {t(`report.signals.${signal}`)}
                    </Text>
                    <Text size="xs" fw={500}>
                      {percent(role[signal])}
                    </Text>
                  </Group>
                  <Progress
                    value={Math.round(role[signal] * 100)}
                    color={SIGNAL_COLORS[signal]}
                    size="sm"
                    radius="xl"
                    aria-label={t('report.roles.signalValue', {
                      signal: t(`report.signals.${signal}`),
                      role: role.roleName,
                      value: percent(role[signal]),
                    })}
                  />
                </Stack>
              ))}
            </SimpleGrid>
            {role.dutyPhrases.length > 0 && (
              <Text size="xs" c="dimmed" mt={6}>
                {t('report.roles.dutyPhrases', {
                  phrases: role.dutyPhrases.join(i18n.language === 'ja' ? '、' : ', '),
                })}
              </Text>
            )}
          </Paper>
        )
      })}
    </Stack>
  )
}
