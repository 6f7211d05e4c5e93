import { useTranslation } from 'react-i18next'
import { isLanguage, type Language } from './i18n'

/**
 * The current UI language as a reactive value. Put it into the query key of every request whose
 * answer the server localizes (Accept-Language), so switching the language refetches it.
 */
export function useLanguage(): Language {
  const { i18n } = useTranslation()
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en'
}
