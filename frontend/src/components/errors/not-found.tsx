import { Button, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

export function NotFound() {
  const { t } = useTranslation()
  return (
    <Stack align="flex-start" gap="sm" py="xl">
      <Title order={1}>{t('errors.notFoundTitle')}</Title>
      <Text c="dimmed">{t('errors.notFoundText')}</Text>
      <Button component={Link} to="/" variant="light">
        {t('errors.backHome')}
      </Button>
    </Stack>
  )
}
