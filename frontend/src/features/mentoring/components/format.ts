import { useTranslation } from 'react-i18next'
import { formatDate } from '@/lib/format'
import type { MenteeSummary } from '../api/types'
import { MENTORING_NAMESPACE } from '../locales'

const ACTIVITY_KINDS = [
  'skill-level-recorded',
  'plan-item-added',
  'plan-item-completed',
  'goal-set',
]

/** "Recorded a level (dns) · Nov 12" */
export function useActivityText() {
  const { t, i18n } = useTranslation(MENTORING_NAMESPACE)
  return (activity: MenteeSummary['lastActivity']) => {
    if (!activity) return t('dashboard.noActivity')
    const what = ACTIVITY_KINDS.includes(activity.kind)
      ? t(`dashboard.activity.${activity.kind}`, { subject: activity.subject })
      : activity.kind
    return `${what} · ${formatDate(activity.at, i18n.language)}`
  }
}
