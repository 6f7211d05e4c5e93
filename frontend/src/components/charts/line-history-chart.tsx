import type { ReactNode } from 'react'
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
import { formatDateTime, formatPercent } from '@/lib/format'
import { HOUR, timeTicks } from '@/lib/time-ticks'
import { useChartColors } from './chart-colors'

export interface LineHistorySeries {
  /** key into each point's values */
  key: string
  /** the line's name in the legend and tooltip */
  name: string
}

export interface LineHistoryPoint {
  /** ISO instant of the change */
  at: string
  /** what changed at this point (the tooltip's heading) */
  title: ReactNode
  /** series key -> value 0..1 */
  values: Record<string, number>
}

export interface LineHistoryChartProps {
  points: LineHistoryPoint[]
  series: LineHistorySeries[]
  /** accessible description of the whole chart */
  label: string
  height?: number
  /** defaults to showing a legend when there is more than one series */
  legend?: boolean
}

/**
 * Percentages (0..1) over time, one line per series. The x axis is a time scale: points are
 * spaced by when they happened, and the ticks are dates (or times, for changes within a day).
 */
export function LineHistoryChart({
  points,
  series,
  label,
  height = 300,
  legend = series.length > 1,
}: LineHistoryChartProps) {
  const { i18n } = useTranslation()
  const language = i18n.language
  const colors = useChartColors()
  const data = points.map((point) => ({
    time: new Date(point.at).getTime(),
    at: point.at,
    title: point.title,
    ...Object.fromEntries(
      series.map((line) => [line.key, Math.round((point.values[line.key] ?? 0) * 1000) / 10]),
    ),
  }))

  const times = data.map((point) => point.time)
  const min = times.length ? Math.min(...times) : 0
  const max = times.length ? Math.max(...times) : 0
  const { ticks, label: tickLabel } = timeTicks(min, max, language)
  // a single moment still gets some width
  const domain = max > min ? [min, max] : [min - HOUR, max + HOUR]

  const renderTooltip = ({ active, payload }: TooltipContentProps) => {
    if (!active || !payload?.length) return null
    const point = payload[0].payload as (typeof data)[number]
    const lines = [...payload].sort((a, b) => Number(b.value) - Number(a.value))
    return (
      <Paper withBorder shadow="sm" p="xs" maw={300}>
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {formatDateTime(point.at, language)}
          </Text>
          <Text size="sm" fw={600}>
            {point.title}
          </Text>
          {lines.map((line) => (
            <Text
              key={String(line.dataKey)}
              size="xs"
              style={{ color: series.length > 1 ? line.color : undefined }}
            >
              {line.name}: {formatPercent(Number(line.value) / 100, language)}
            </Text>
          ))}
        </Stack>
      </Paper>
    )
  }

  return (
    <Box h={height} role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height }}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke={colors.grid} strokeDasharray="3 3" />
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={domain}
            ticks={ticks}
            tickFormatter={tickLabel}
            tick={{ fontSize: 11, fill: colors.axis }}
            minTickGap={16}
          />
          <YAxis
            domain={[0, 100]}
            tickFormatter={(value: number) => `${value}%`}
            tick={{ fontSize: 11, fill: colors.axis }}
            width={44}
          />
          <Tooltip content={renderTooltip} />
          {legend && <Legend />}
          {series.map((line, index) => (
            <Line
              key={line.key}
              type="monotone"
              dataKey={line.key}
              name={line.name}
              stroke={colors.series[index % colors.series.length]}
              strokeWidth={2}
              dot={points.length < 40}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </Box>
  )
}
