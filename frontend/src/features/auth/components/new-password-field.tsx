import type { PasswordInputProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'

import { PasswordField } from '@/components/form/password-field'

import { AUTH_NAMESPACE } from '../locales'

/** A field for choosing a new password: the password rules as its hint, the browser's new-password autofill. */
export function NewPasswordField(props: PasswordInputProps) {
  const { t } = useTranslation(AUTH_NAMESPACE)
  return (
    <PasswordField
      description={t('hints.password')}
      autoComplete="new-password"
      required
      {...props}
    />
  )
}
