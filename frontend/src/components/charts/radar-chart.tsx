import { Box } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart as RechartsRadarChart,
  ResponsiveContainer,
  Tooltip,
} from 'recharts'
import { useChartColors } from './chart-colors'

const MAX_NARROW_LABEL = 9

export interface RadarSeries {
  /** key into each axis' values */
  key: string
  name: string
  /** index into the chart palette (defaults to the series' position) */
  color?: number
  /** defaults to 0.25 */
  fillOpacity?: number
}

export interface RadarAxis {
  /** the axis' label (e.g. a skill name) */
  label: string
  /** series key -> level */
  values: Record<string, number>
}

export interface RadarChartProps {
  axes: RadarAxis[]
  series: RadarSeries[]
  /** accessible name: a label, or the id of an element that names the chart */
  label?: string
  labelledBy?: string
  height?: number
  /** the highest level on the radius (levels run from 0) */
  max?: number
  outerRadius?: string
}

/** Levels (0..max) per axis, one filled polygon per series, with a legend and a tooltip. */
export function RadarChart({
  axes,
  series,
  label,
  labelledBy,
  height = 380,
  max = 5,
  outerRadius = '65%',
}: RadarChartProps) {
  const colors = useChartColors()
  // On a phone the axis labels would be cut off at the sides: smaller radius, shorter labels.
  const narrow = useMediaQuery('(max-width: 36em)') ?? false
  const shorten = (value: string) =>
    narrow && value.length > MAX_NARROW_LABEL ? `${value.slice(0, MAX_NARROW_LABEL - 1)}…` : value
  const data = axes.map((axis) => ({ axis: axis.label, ...axis.values }))
  return (
    <Box
      h={narrow ? Math.min(height, 340) : height}
      role="img"
      aria-label={label}
      aria-labelledby={labelledBy}
    >
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 480, height }}>
        <RechartsRadarChart data={data} outerRadius={narrow ? '52%' : outerRadius}>
          <PolarGrid stroke={colors.grid} />
          <PolarAngleAxis
            dataKey="axis"
            tick={{ fontSize: narrow ? 9 : 11, fill: colors.text }}
            tickFormatter={(value: string) => shorten(String(value))}
          />
          <PolarRadiusAxis
            domain={[0, max]}
            tickCount={max + 1}
            angle={90}
            tick={{ fontSize: 10, fill: colors.axis }}
          />
          {series.map((line, index) => {
            const color = colors.series[(line.color ?? index) % colors.series.length]
            return (
              <Radar
                key={line.key}
                name={line.name}
                dataKey={line.key}
                stroke={color}
                fill={color}
                fillOpacity={line.fillOpacity ?? 0.25}
                isAnimationActive={false}
              />
            )
          })}
          <Legend />
          <Tooltip />
        </RechartsRadarChart>
      </ResponsiveContainer>
    </Box>
  )
}
