import { Alert, Text } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { isApiError } from '@/lib/api-client'

export interface ProblemAlertProps {
  error: unknown
  /** overrides the heading; defaults to the problem's title */
  title?: string
}

/**
 * Shows an API problem detail (title, detail, Retry-After) or a network failure.
 * Rendered with role="alert" so screen readers announce it.
 */
export function ProblemAlert({ error, title }: ProblemAlertProps) {
  const { t } = useTranslation()
  if (!error) return null

  let heading = title ?? t('errors.title')
  let message = t('errors.generic')
  let retry: string | null = null

  if (isApiError(error)) {
    heading = title ?? error.title
    message = error.detail ?? t('errors.generic')
    if (error.retryAfterSeconds !== undefined) {
      retry = t('errors.retryAfter', { count: error.retryAfterSeconds })
    }
  } else if (error instanceof TypeError) {
    message = t('errors.network')
  }

  return (
    <Alert
      role="alert"
      variant="light"
      color="red"
      title={heading}
      icon={<IconAlertCircle size={18} aria-hidden="true" />}
    >
      <Text size="sm">{message}</Text>
      {retry && (
        <Text size="sm" mt={4} fw={500}>
          {retry}
        </Text>
      )}
    </Alert>
  )
}
