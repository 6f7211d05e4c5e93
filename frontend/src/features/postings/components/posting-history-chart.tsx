import { Box, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts'
import { useChartColors } from '@/components/charts/chart-colors'
import type { PostingHistoryPoint } from '../api/types'
import { POSTINGS_NAMESPACE } from '../locales'
import { formatDateTime, formatPercent, formatShortDate, formatTime } from './format'

export interface PostingHistoryChartProps {
  points: PostingHistoryPoint[]
  /** skill code -> localized name, where known */
  skillNames: Record<string, string>
}

/** My fit to one saved posting after each change of a level. */
export function PostingHistoryChart({ points, skillNames }: PostingHistoryChartProps) {
  const { t, i18n } = useTranslation(POSTINGS_NAMESPACE)
  const colors = useChartColors()
  const data = points.map((point, index) => ({
    index,
    at: point.at,
    skill: skillNames[point.skillCode] ?? point.skillCode,
    level: point.level,
    fit: Math.round(point.fit * 1000) / 10,
  }))

  const days = new Set(points.map((point) => point.at.slice(0, 10)))
  const tick = (iso: string) =>
    days.size > 1 ? formatShortDate(iso, i18n.language) : formatTime(iso, i18n.language)

  const renderTooltip = ({ active, payload }: TooltipContentProps) => {
    if (!active || !payload?.length) return null
    const point = payload[0].payload as (typeof data)[number]
    return (
      <Paper withBorder shadow="sm" p="xs" maw={280}>
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {formatDateTime(point.at, i18n.language)}
          </Text>
          <Text size="sm" fw={600}>
            {t('history.changed', { skill: point.skill, level: point.level })}
          </Text>
          <Text size="xs">
            {t('history.fit')}: {formatPercent(point.fit / 100, i18n.language)}
          </Text>
        </Stack>
      </Paper>
    )
  }

  return (
    <Box h={220} role="img" aria-label={t('history.label', { count: points.length })}>
      <ResponsiveContainer
        width="100%"
        height="100%"
        initialDimension={{ width: 600, height: 220 }}
      >
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke={colors.grid} strokeDasharray="3 3" />
          <XAxis
            dataKey="index"
            tickFormatter={(index: number) => (data[index] ? tick(data[index].at) : '')}
            tick={{ fontSize: 11 }}
            minTickGap={24}
          />
          <YAxis
            domain={[0, 100]}
            tickFormatter={(value: number) => `${value}%`}
            tick={{ fontSize: 11 }}
            width={44}
          />
          <Tooltip content={renderTooltip} />
          <Line
            type="monotone"
            dataKey="fit"
            name={t('history.fit')}
            stroke={colors.series[0]}
            strokeWidth={2}
            dot={points.length < 40}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </Box>
  )
}
