import { useState } from 'react'
import { Alert, Anchor, Button, Card, Loader, Stack, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useLocalizedQuery } from '@/lib/localized-query'
import { useAction } from '@/lib/use-action'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { allErrorsOnFields, serverFieldErrors } from '@/components/form/server-errors'
import {
  confirmPasswordReset,
  fetchPasswordResetAvailability,
  requestPasswordReset,
} from '../api/auth-api'
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../api/types'
import { NewPasswordField } from './new-password-field'
import { AUTH_NAMESPACE } from '../locales'

const charCount = (value: string) => [...value].length

/** /forgot-password: a mailed link when mail is configured; otherwise whom to ask. */
export function ForgotPasswordPage() {
  const { t } = useTranslation(AUTH_NAMESPACE)
  const availability = useLocalizedQuery({
    queryKey: ['auth', 'password-reset'],
    queryFn: fetchPasswordResetAvailability,
  })
  const [sent, setSent] = useState(false)
  const request = useAction({ mutationFn: requestPasswordReset, onSuccess: () => setSent(true) })
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '' },
    validate: { email: (value) => (value.trim() ? null : t('validation.emailRequired')) },
  })
  const contact = availability.data?.supportContact

  return (
    <Card withBorder shadow="sm" padding="xl">
      <Title order={1} size="h2" mb="lg">
        {t('forgot.title')}
      </Title>
      {availability.isPending && <Loader size="sm" aria-label={t('loading', { ns: 'common' })} />}
      {availability.isError && <ProblemAlert error={availability.error} />}
      {availability.data && !availability.data.emailEnabled && (
        <Stack gap="sm">
          <Text>{t('forgot.noMail')}</Text>
          <Text fw={500}>
            {contact ? t('forgot.askContact', { contact }) : t('forgot.askAdmin')}
          </Text>
        </Stack>
      )}
      {availability.data?.emailEnabled &&
        (sent ? (
          <Alert color="teal" role="status">
            {t('forgot.sent')}
          </Alert>
        ) : (
          <form
            onSubmit={form.onSubmit(({ email }) => request.mutate(email.trim()))}
            noValidate
            aria-label={t('forgot.title')}
          >
            <Stack gap="md">
              <Text size="sm">{t('forgot.intro')}</Text>
              {request.error && <ProblemAlert error={request.error} />}
              <TextInput
                label={t('fields.email')}
                type="email"
                autoComplete="username"
                required
                maxLength={254}
                key={form.key('email')}
                {...form.getInputProps('email')}
              />
              <Button type="submit" fullWidth loading={request.isPending}>
                {t('forgot.submit')}
              </Button>
            </Stack>
          </form>
        ))}
      <Text size="sm" ta="center" mt="lg">
        <Anchor component={Link} to="/login">
          {t('forgot.backToLogin')}
        </Anchor>
      </Text>
    </Card>
  )
}

/** /reset-password?token=…: the new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation(AUTH_NAMESPACE)
  const [params] = useSearchParams()
  const token = params.get('token') ?? ''
  const [done, setDone] = useState(false)
  const reset = useAction({
    mutationFn: (newPassword: string) => confirmPasswordReset(token, newPassword),
    onSuccess: () => setDone(true),
  })
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { newPassword: '' },
    validate: {
      newPassword: (value) => {
        if (!value) return t('validation.passwordRequired')
        if (charCount(value) < PASSWORD_MIN_LENGTH)
          return t('validation.passwordTooShort', { min: PASSWORD_MIN_LENGTH })
        if (charCount(value) > PASSWORD_MAX_LENGTH)
          return t('validation.passwordTooLong', { max: PASSWORD_MAX_LENGTH })
        return null
      },
    },
  })
  return (
    <Card withBorder shadow="sm" padding="xl">
      <Title order={1} size="h2" mb="lg">
        {t('reset.title')}
      </Title>
      {done ? (
        <Stack gap="md">
          <Alert color="teal" role="status">
            {t('reset.done')}
          </Alert>
          <Button component={Link} to="/login">
            {t('login.submit')}
          </Button>
        </Stack>
      ) : (
        <form
          onSubmit={form.onSubmit(({ newPassword }) =>
            reset.mutate(newPassword, {
              onError: (error) => form.setErrors(serverFieldErrors(error, ['newPassword'])),
            }),
          )}
          noValidate
          aria-label={t('reset.title')}
        >
          <Stack gap="md">
            {reset.error && !allErrorsOnFields(reset.error, ['newPassword']) && (
              <ProblemAlert error={reset.error} />
            )}
            <NewPasswordField
              label={t('settings.password.new')}
              key={form.key('newPassword')}
              {...form.getInputProps('newPassword')}
            />
            <Button type="submit" fullWidth loading={reset.isPending}>
              {t('reset.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </Card>
  )
}
