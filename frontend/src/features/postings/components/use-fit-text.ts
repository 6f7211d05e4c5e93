import { useTranslation } from 'react-i18next'
import { formatPercent } from '@/lib/format'
import { POSTINGS_NAMESPACE } from '../locales'

/** "42%", or "not applicable" when the posting asks for no skill we know (fit is null). */
export function useFitText() {
  const { t, i18n } = useTranslation(POSTINGS_NAMESPACE)
  return (fit: number | null) =>
    fit === null ? t('fit.notApplicable') : formatPercent(fit, i18n.language)
}
