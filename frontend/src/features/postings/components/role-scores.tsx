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
  /** the second role, when the posting mixes two */
  mixedWith?: string | null
}

/** The words in the posting that triggered a signal. */
function signalWords(role: RoleScore, signal: (typeof SIGNALS)[number]): string[] {
  switch (signal) {
    case 'duties':
      return role.dutyPhrases
    case 'technologies':
      return role.technologyTerms
    case 'skillSet':
      return role.skillSetTerms
  }
}

/**
 * Every role's score and the three signals it is made of (article l.84-98), each as its own
 * small bar with the words of the posting that triggered it.
 */
export function RoleScores({ roles, describedRoleCode, mixedWith = null }: RoleScoresProps) {
  const { t, i18n } = useTranslation(POSTINGS_NAMESPACE)
  const percent = (value: number) => formatPercent(value, i18n.language)
  const separator = i18n.language === 'ja' ? '、' : ', '

  return (
    <Stack gap="xs" component="ul" aria-label={t('report.roles.listLabel')} m={0} p={0}>
      {roles.map((role) => {
        const described = role.roleCode === describedRoleCode
        const second = role.roleCode === mixedWith
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
                {second && (
                  <Badge size="sm" variant="light" color="grape">
                    {t('report.roles.second')}
                  </Badge>
                )}
              </Group>
              <Text fw={600} c={described ? undefined : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
                {t('report.roles.probability', { value: percent(role.probability) })}
              </Text>
            </Group>
            <Progress
              value={Math.round(role.probability * 100)}
              size="md"
              radius="xl"
              mb={6}
              color={described ? undefined : second ? 'grape' : 'gray'}
              aria-label={t('report.roles.probabilityOf', {
                role: role.roleName,
                value: percent(role.probability),
              })}
            />
            {role.drivers.length > 0 && (
              <Text size="xs" mb={6} data-testid="role-drivers">
                {t('report.roles.drivers', {
                  drivers: role.drivers
                    .map((driver) =>
                      t('report.roles.driver', {
                        name:
                          driver.kind === 'skill'
                            ? (driver.name ?? driver.code)
                            : driver.kind === 'cue'
                              ? t(`report.cues.${driver.code}`, { defaultValue: driver.code })
                              : t(`report.drivers.${driver.kind}`, { defaultValue: driver.kind }),
                        value: driver.contribution.toFixed(2),
                      }),
                    )
                    .join(separator),
                })}
              </Text>
            )}
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
              {SIGNALS.map((signal) => {
                const words = signalWords(role, signal)
                return (
                  <Stack key={signal} gap={2} data-signal={signal}>
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
                    {words.length > 0 && (
                      <Text size="xs" c="dimmed">
                        {t(`report.roles.words.${signal}`, { words: words.join(separator) })}
                      </Text>
                    )}
                    {signal === 'duties' && role.breadth.length > 0 && (
                      <Text size="xs" c="dimmed">
                        {t('report.roles.breadth', {
                          domains: role.breadth
                            .map((domain) =>
                              t(`report.domains.${domain}`, { defaultValue: domain }),
                            )
                            .join(separator),
                        })}
                      </Text>
                    )}
                  </Stack>
                )
              })}
            </SimpleGrid>
          </Paper>
        )
      })}
    </Stack>
  )
}
