import { Anchor, Card, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { LoginForm } from '@/features/auth/components/login-form'

export function LoginRoute() {
  const { t } = useTranslation('auth')
  const location = useLocation()
  return (
    <Card withBorder shadow="sm" padding="xl">
      <Title order={1} size="h2" mb="lg">
        {t('login.title')}
      </Title>
      <LoginForm />
      <Text size="sm" ta="center" mt="md">
        <Anchor component={Link} to="/forgot-password">
          {t('forgot.link')}
        </Anchor>
      </Text>
      <Text size="sm" ta="center" mt="lg">
        {t('login.noAccount')}{' '}
        {/* keep the return location when switching between login and register */}
        <Anchor underline="always" component={Link} to="/register" state={location.state}>
          {t('login.toRegister')}
        </Anchor>
      </Text>
    </Card>
  )
}
