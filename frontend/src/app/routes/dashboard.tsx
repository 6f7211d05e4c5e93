import { Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useUser } from '@/features/auth/api/use-auth'
import { DashboardOverview } from '@/features/dashboard/components/dashboard-overview'

/** "/": greets the user and shows their progress at a glance. */
export function DashboardRoute() {
  const { t } = useTranslation()
  const { data: user } = useUser()

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap="xs">
        <Title order={1}>{t('dashboard.greeting', { name: user?.displayName ?? '' })}</Title>
        <Text c="dimmed" maw={720}>
          {t('dashboard.intro')}
        </Text>
      </Stack>
      <DashboardOverview />
    </Stack>
  )
}
