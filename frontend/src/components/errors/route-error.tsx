import { Button, Container, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { isRouteErrorResponse, useRouteError } from 'react-router'
import { NotFound } from './not-found'

/** Error boundary for the router: unexpected render errors and unknown routes. */
export function RouteError() {
  const error = useRouteError()
  const { t } = useTranslation()
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <Container py="xl">
        <NotFound />
      </Container>
    )
  }
  return (
    <Container py="xl">
      <Stack align="flex-start" gap="sm">
        <Title order={1}>{t('errors.title')}</Title>
        <Text c="dimmed">{t('errors.unexpected')}</Text>
        <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
      </Stack>
    </Container>
  )
}
