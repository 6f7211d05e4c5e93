import { Button, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { allErrorsOnFields, serverFieldErrors } from '@/components/form/server-errors'
import { isApiError } from '@/lib/api-client'
import { currentLanguage } from '@/lib/i18n'
import { useRegister } from '../api/use-auth'
import {
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type User,
} from '../api/types'
import { NewPasswordField } from './new-password-field'
import { AUTH_NAMESPACE } from '../locales'

const FIELDS = ['email', 'password', 'displayName'] as const

interface RegisterValues {
  email: string
  displayName: string
  password: string
}

export interface RegisterFormProps {
  onSuccess?: (user: User) => void
}

/** Length in characters as a person counts them (code points, not UTF-16 units). */
const charCount = (value: string) => [...value].length

export function RegisterForm({ onSuccess }: RegisterFormProps) {
  const { t } = useTranslation(AUTH_NAMESPACE)
  const registerMutation = useRegister()

  const form = useForm<RegisterValues>({
    mode: 'uncontrolled',
    initialValues: { email: '', displayName: '', password: '' },
    validate: {
      email: (value) => {
        const email = value.trim()
        if (!email) return t('validation.emailRequired')
        if (!/^[^\s@]+@[^\s@]+$/.test(email)) return t('validation.emailInvalid')
        return null
      },
      displayName: (value) => {
        if (!value.trim()) return t('validation.displayNameRequired')
        if (charCount(value.trim()) > DISPLAY_NAME_MAX_LENGTH)
          return t('validation.displayNameTooLong', { max: DISPLAY_NAME_MAX_LENGTH })
        return null
      },
      password: (value) => {
        if (!value) return t('validation.passwordRequired')
        if (charCount(value) < PASSWORD_MIN_LENGTH)
          return t('validation.passwordTooShort', { min: PASSWORD_MIN_LENGTH })
        if (charCount(value) > PASSWORD_MAX_LENGTH)
          return t('validation.passwordTooLong', { max: PASSWORD_MAX_LENGTH })
        return null
      },
    },
  })

  const handleSubmit = form.onSubmit((values) => {
    registerMutation.mutate(
      {
        email: values.email.trim(),
        displayName: values.displayName.trim(),
        password: values.password,
        locale: currentLanguage(),
      },
      {
        onSuccess: (user) => onSuccess?.(user),
        onError: (error) => {
          const errors = serverFieldErrors(error, FIELDS)
          // 409: the email is taken; show it on the email field even without an `errors` entry.
          if (isApiError(error) && error.status === 409 && !errors.email) {
            errors.email = error.detail ?? error.title
          }
          form.setErrors(errors)
        },
      },
    )
  })

  const error = registerMutation.error
  const errorShownOnFields =
    allErrorsOnFields(error, FIELDS) || (isApiError(error) && error.status === 409)

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('register.title')}>
      <Stack gap="md">
        {error && !errorShownOnFields && (
          <ProblemAlert error={error} title={t('register.failed')} />
        )}
        <TextInput
          label={t('fields.email')}
          type="email"
          autoComplete="email"
          required
          maxLength={EMAIL_MAX_LENGTH}
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <TextInput
          label={t('fields.displayName')}
          description={t('hints.displayName')}
          autoComplete="nickname"
          required
          key={form.key('displayName')}
          {...form.getInputProps('displayName')}
        />
        <NewPasswordField
          label={t('fields.password')}
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Button type="submit" fullWidth loading={registerMutation.isPending}>
          {t('register.submit')}
        </Button>
      </Stack>
    </form>
  )
}
