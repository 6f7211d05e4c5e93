import { useCallback } from 'react'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { applyLanguage, type Language } from '@/lib/i18n'
import { useUpdateMe, useUser } from '../api/use-auth'

/**
 * Switches the UI language. Remembered in this browser, and for a logged-in user also on the
 * account (PATCH /api/auth/me), so it follows them to other browsers.
 */
export function useChangeLanguage() {
  const { t } = useTranslation()
  const { data: user } = useUser()
  const { mutate } = useUpdateMe()

  return useCallback(
    (language: Language) => {
      void applyLanguage(language)
      if (user && user.locale !== language) {
        mutate(
          { locale: language },
          {
            onError: () => notifications.show({ color: 'red', message: t('language.saveFailed') }),
          },
        )
      }
    },
    [user, mutate, t],
  )
}
