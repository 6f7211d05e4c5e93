import { Box } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
} from 'recharts'
import { useChartColors } from '@/components/charts/chart-colors'
import type { SkillGap } from '../api/types'
import { FIT_NAMESPACE } from '../locales'

export interface FitRadarProps {
  roleName: string
  gaps: SkillGap[]
}

/** My levels against the role's targets over its required skills. */
export function FitRadar({ roleName, gaps }: FitRadarProps) {
  const { t } = useTranslation(FIT_NAMESPACE)
  const colors = useChartColors()
  const data = gaps.map((gap) => ({ skill: gap.skillName, target: gap.target, me: gap.current }))
  return (
    <Box h={380} role="img" aria-label={t('radar.label', { role: roleName })}>
      <ResponsiveContainer
        width="100%"
        height="100%"
        initialDimension={{ width: 480, height: 380 }}
      >
        <RadarChart data={data} outerRadius="60%">
          <PolarGrid stroke={colors.grid} />
          <PolarAngleAxis dataKey="skill" tick={{ fontSize: 10, fill: colors.text }} />
          <PolarRadiusAxis domain={[0, 5]} tickCount={6} angle={90} tick={{ fontSize: 10 }} />
          <Radar
            name={t('radar.target', { role: roleName })}
            dataKey="target"
            stroke={colors.series[1]}
            fill={colors.series[1]}
            fillOpacity={0.15}
          />
          <Radar
            name={t('radar.me')}
            dataKey="me"
            stroke={colors.series[0]}
            fill={colors.series[0]}
            fillOpacity={0.35}
          />
          <Legend />
          <Tooltip />
        </RadarChart>
      </ResponsiveContainer>
    </Box>
  )
}
