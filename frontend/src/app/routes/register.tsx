import { Anchor, Card, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { RegisterForm } from '@/features/auth/components/register-form'

export function RegisterRoute() {
  const { t } = useTranslation('auth')
  const location = useLocation()
  return (
    <Card withBorder shadow="sm" padding="xl">
      <Title order={1} size="h2" mb="lg">
        {t('register.title')}
      </Title>
      <RegisterForm />
      <Text size="sm" ta="center" mt="lg">
        {t('register.haveAccount')}{' '}
        <Anchor underline="always" component={Link} to="/login" state={location.state}>
          {t('register.toLogin')}
        </Anchor>
      </Text>
    </Card>
  )
}
