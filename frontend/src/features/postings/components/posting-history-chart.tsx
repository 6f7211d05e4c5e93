import { useTranslation } from 'react-i18next'
import { LineHistoryChart } from '@/components/charts/line-history-chart'
import type { PostingHistoryPoint } from '../api/types'
import { POSTINGS_NAMESPACE } from '../locales'

export interface PostingHistoryChartProps {
  points: PostingHistoryPoint[]
}

/** My fit to one saved posting after each change of a level. */
export function PostingHistoryChart({ points }: PostingHistoryChartProps) {
  const { t } = useTranslation(POSTINGS_NAMESPACE)
  return (
    <LineHistoryChart
      height={220}
      label={t('history.label', { count: points.length })}
      series={[{ key: 'fit', name: t('history.fit') }]}
      points={points.map((point) => ({
        at: point.at,
        title: t('history.changed', { skill: point.skillName, level: point.level }),
        values: { fit: point.fit },
      }))}
    />
  )
}
