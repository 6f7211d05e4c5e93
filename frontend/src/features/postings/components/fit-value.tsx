import { useTranslation } from 'react-i18next'
import { formatPercent } from '@/lib/format'
import { POSTINGS_NAMESPACE } from '../locales'

/** A fit as "42%", or "—" (read as "not applicable") when there is none. */
export function FitValue({ fit }: { fit: number | null }) {
  const { t, i18n } = useTranslation(POSTINGS_NAMESPACE)
  if (fit === null) {
    return (
      <span aria-label={t('fit.notApplicable')} title={t('fit.notApplicable')}>
        —
      </span>
    )
  }
  return <>{formatPercent(fit, i18n.language)}</>
}
