import { Button, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { PasswordField } from '@/components/form/password-field'
import { allErrorsOnFields, serverFieldErrors } from '@/components/form/server-errors'
import { useLogin } from '../api/use-auth'
import type { LoginInput, User } from '../api/types'
import { AUTH_NAMESPACE } from '../locales'

const FIELDS = ['email', 'password'] as const

export interface LoginFormProps {
  onSuccess?: (user: User) => void
}

export function LoginForm({ onSuccess }: LoginFormProps) {
  const { t } = useTranslation(AUTH_NAMESPACE)
  const loginMutation = useLogin()

  const form = useForm<LoginInput>({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (value.trim() ? null : t('validation.emailRequired')),
      password: (value) => (value ? null : t('validation.passwordRequired')),
    },
  })

  const handleSubmit = form.onSubmit((values) => {
    loginMutation.mutate(
      { email: values.email.trim(), password: values.password },
      {
        onSuccess: (user) => onSuccess?.(user),
        onError: (error) => form.setErrors(serverFieldErrors(error, FIELDS)),
      },
    )
  })

  const error = loginMutation.error
  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('login.title')}>
      <Stack gap="md">
        {error && !allErrorsOnFields(error, FIELDS) && (
          <ProblemAlert error={error} title={t('login.failed')} />
        )}
        <TextInput
          label={t('fields.email')}
          type="email"
          autoComplete="username"
          required
          maxLength={254}
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <PasswordField
          label={t('fields.password')}
          autoComplete="current-password"
          required
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Button type="submit" fullWidth loading={loginMutation.isPending}>
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  )
}
