import { useTranslation } from 'react-i18next'
import { LineHistoryChart } from '@/components/charts/line-history-chart'
import type { FitHistory } from '../api/types'
import { FIT_NAMESPACE } from '../locales'

export interface FitHistoryChartProps {
  history: FitHistory
}

/** One line per role: the fit after each change of level. */
export function FitHistoryChart({ history }: FitHistoryChartProps) {
  const { t } = useTranslation(FIT_NAMESPACE)
  return (
    <LineHistoryChart
      height={340}
      label={t('history.label', { count: history.points.length })}
      series={history.roles.map((role) => ({ key: role.code, name: role.name }))}
      points={history.points.map((point) => ({
        at: point.at,
        title: t('history.changed', { skill: point.skillName, level: point.level }),
        values: point.fits,
      }))}
    />
  )
}
