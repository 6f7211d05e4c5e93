import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useUser } from '@/features/auth/api/use-auth'

const UPCOMING = ['skills', 'roles', 'fit', 'learning', 'career', 'postings'] as const

/** Placeholder dashboard: greets the user and points to the features that are coming. */
export function DashboardRoute() {
  const { t } = useTranslation()
  const { data: user } = useUser()

  return (
    <Stack gap="xl" maw={1100}>
      <Stack gap="xs">
        <Title order={1}>{t('dashboard.greeting', { name: user?.displayName ?? '' })}</Title>
        <Text c="dimmed" maw={720}>
          {t('dashboard.intro')}
        </Text>
      </Stack>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('dashboard.nextStepsTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {UPCOMING.map((feature) => (
            <Card
              key={feature}
              withBorder
              padding="lg"
              component={Link}
              to={`/${feature}`}
              aria-label={t(`nav.${feature}`)}
            >
              <Group justify="space-between" mb="xs" wrap="nowrap">
                <Text fw={600}>{t(`nav.${feature}`)}</Text>
                <Badge variant="light" color="orange">
                  {t('comingSoon.badge')}
                </Badge>
              </Group>
              <Text size="sm" c="dimmed">
                {t('page.description', { ns: feature })}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </Stack>
    </Stack>
  )
}
