import { Box, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts'
import { useChartColors } from '@/components/charts/chart-colors'
import type { FitHistory } from '../api/types'
import { FIT_NAMESPACE } from '../locales'
import { formatDateTime, formatPercent, formatShortDate, formatTime } from './format'

export interface FitHistoryChartProps {
  history: FitHistory
}

/** One line per role: the fit after each change of level. */
export function FitHistoryChart({ history }: FitHistoryChartProps) {
  const { t, i18n } = useTranslation(FIT_NAMESPACE)
  const colors = useChartColors()
  const data = history.points.map((point, index) => ({
    index,
    at: point.at,
    skillName: point.skillName,
    level: point.level,
    ...Object.fromEntries(
      history.roles.map((role) => [
        role.code,
        Math.round((point.fits[role.code] ?? 0) * 1000) / 10,
      ]),
    ),
  }))

  const days = new Set(history.points.map((point) => point.at.slice(0, 10)))
  const tick = (iso: string) =>
    days.size > 1 ? formatShortDate(iso, i18n.language) : formatTime(iso, i18n.language)

  const renderTooltip = ({ active, payload }: TooltipContentProps) => {
    if (!active || !payload?.length) return null
    const point = payload[0].payload as (typeof data)[number]
    const lines = [...payload].sort((a, b) => Number(b.value) - Number(a.value))
    return (
      <Paper withBorder shadow="sm" p="xs" maw={300}>
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {formatDateTime(point.at, i18n.language)}
          </Text>
          <Text size="sm" fw={600}>
            {t('history.changed', { skill: point.skillName, level: point.level })}
          </Text>
          {lines.map((line) => (
            <Text key={String(line.dataKey)} size="xs" style={{ color: line.color }}>
              {line.name}: {formatPercent(Number(line.value) / 100, i18n.language)}
            </Text>
          ))}
        </Stack>
      </Paper>
    )
  }

  return (
    <Box h={340} role="img" aria-label={t('history.label', { count: history.points.length })}>
      <ResponsiveContainer
        width="100%"
        height="100%"
        initialDimension={{ width: 800, height: 340 }}
      >
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
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
          <Legend />
          {history.roles.map((role, index) => (
            <Line
              key={role.code}
              type="monotone"
              dataKey={role.code}
              name={role.name}
              stroke={colors.series[index % colors.series.length]}
              strokeWidth={2}
              dot={history.points.length < 40}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </Box>
  )
}
