import { useTranslation } from 'react-i18next'
import { RadarChart } from '@/components/charts/radar-chart'
import { formatAlternatives } from '@/lib/format'
import type { SkillGap } from '../api/types'
import { FIT_NAMESPACE } from '../locales'
import { gapRows } from './gap-rows'

export interface FitRadarProps {
  roleName: string
  gaps: SkillGap[]
}

/** My levels against the role's targets over its required skills; a group of alternatives is one axis. */
export function FitRadar({ roleName, gaps }: FitRadarProps) {
  const { t, i18n } = useTranslation(FIT_NAMESPACE)
  return (
    <RadarChart
      label={t('radar.label', { role: roleName })}
      outerRadius="60%"
      axes={gapRows(gaps).map((gap) => ({
        label: gap.names.length > 1 ? formatAlternatives(gap.names, i18n.language) : gap.skillName,
        values: { target: gap.target, me: gap.current },
      }))}
      series={[
        { key: 'target', name: t('radar.target', { role: roleName }), color: 1, fillOpacity: 0.15 },
        { key: 'me', name: t('radar.me'), color: 0, fillOpacity: 0.35 },
      ]}
    />
  )
}
