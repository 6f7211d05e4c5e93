import { PasswordInput, type PasswordInputProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/**
 * Mantine's PasswordInput with the accessibility details filled in: `aria-invalid` on the input
 * when there is an error (the error text is linked through aria-describedby by Mantine) and a
 * translated label for the show/hide button.
 */
export function PasswordField({ error, ...props }: PasswordInputProps) {
  const { t } = useTranslation()
  return (
    <PasswordInput
      {...props}
      error={error}
      aria-invalid={error ? true : undefined}
      visibilityToggleButtonProps={{ 'aria-label': t('form.togglePasswordVisibility') }}
    />
  )
}
