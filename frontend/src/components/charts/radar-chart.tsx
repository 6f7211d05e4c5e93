import { Box, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useEffect, useId, useRef, useState, type RefObject } from 'react'
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
import { wrapLabel } from './wrap-label'
import { useChartColors } from './chart-colors'

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
  const fontSize = narrow ? 10 : 12
  // many axes leave little room between neighbouring labels: shorter lines
  const crowded = axes.length > 14
  const maxUnits = narrow ? (crowded ? 10 : 12) : crowded ? 14 : 20
  // a phone has no room to name more axes than this around the web: they get numbers, and the
  // names follow as a numbered list under the chart
  const numbered = narrow && axes.length > 16
  const tooltipId = useId()
  // the label tooltip keeps its own state: focusing a label must not re-render the chart (which
  // would replace the focused label and lose the focus)
  const showTooltipRef = useRef<(label: FocusedLabel | null) => void>(() => {})
  /**
   * A label wrapped to two lines (abbreviated if need be), its full text on hover (the SVG title);
   * an abbreviated label also takes the keyboard focus and then shows its full text (WCAG 1.4.13:
   * content on hover must also come on focus; Escape dismisses it).
   */
  const renderTick = (props: {
    x?: number | string
    y?: number | string
    cx?: number | string
    cy?: number | string
    textAnchor?: string
    index?: number
    payload?: { value?: unknown }
  }) => {
    const full = String(props.payload?.value ?? '')
    const anchor = (props.textAnchor as 'start' | 'middle' | 'end') ?? 'middle'
    const x = Number(props.x ?? 0)
    const y = Number(props.y ?? 0)
    const cx = Number(props.cx ?? x)
    const cy = Number(props.cy ?? y)
    const lines = numbered
      ? [String(Number(props.index ?? 0) + 1)]
      : wrapLabel(full, labelUnits({ x, y, cx, cy, anchor, axes: axes.length, fontSize, maxUnits }))
    // wrapLabel ends a label it had to cut with an ellipsis
    const abbreviated = lines[lines.length - 1]?.endsWith('…') === true && !full.endsWith('…')
    // labels above the centre grow upwards, below it downwards, so they never cover the web
    const lineHeight = fontSize * 1.2
    const shift =
      y < cy - 1
        ? -(lines.length - 1) * lineHeight
        : y > cy + 1
          ? 0
          : (-(lines.length - 1) * lineHeight) / 2
    return (
      <text
        x={x}
        y={y + shift}
        textAnchor={anchor}
        fontSize={fontSize}
        fill={colors.text}
        dominantBaseline="central"
        {...(abbreviated && {
          tabIndex: 0,
          'aria-describedby': tooltipId,
          onFocus: () => showTooltipRef.current({ full, x, y: y + shift, anchor }),
          onBlur: () => showTooltipRef.current(null),
          onKeyDown: (event: React.KeyboardEvent) => {
            if (event.key === 'Escape') showTooltipRef.current(null)
          },
        })}
      >
        <title>{full}</title>
        {lines.map((line, index) => (
          <tspan key={index} x={x} dy={index === 0 ? 0 : lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    )
  }
  const data = axes.map((axis) => ({ axis: axis.label, ...axis.values }))
  const chart = (
    <Box
      h={narrow ? Math.min(height, 340) : height}
      pos="relative"
      role="img"
      aria-label={label}
      aria-labelledby={labelledBy}
    >
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 480, height }}>
        <RechartsRadarChart data={data} outerRadius={narrow ? '52%' : outerRadius}>
          <PolarGrid stroke={colors.grid} />
          <PolarAngleAxis dataKey="axis" tick={renderTick} />
          <PolarRadiusAxis
            domain={[0, max]}
            tickCount={max + 1}
            // between the first two axes, so the level numbers never sit on the top label
            angle={90 - 180 / Math.max(axes.length, 1)}
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
      <LabelTooltip id={tooltipId} showRef={showTooltipRef} />
    </Box>
  )
  if (!numbered) return chart
  return (
    <Stack gap="xs">
      {chart}
      <SimpleGrid component="ol" cols={2} spacing="xs" verticalSpacing={2} m={0} p={0}>
        {axes.map((axis, index) => (
          <Text component="li" size="xs" key={axis.label} style={{ listStyle: 'none' }}>
            <Text span fw={700} size="xs">
              {index + 1}
            </Text>{' '}
            {axis.label}
          </Text>
        ))}
      </SimpleGrid>
    </Stack>
  )
}

/**
 * How many units (a Latin character one, a Japanese one two) a label may take per line so that
 * it does not run into its neighbours or off the chart: a label at the top or bottom has its
 * neighbours beside it (about the arc between two axes away), one at the side has them above and
 * below and may run to the chart's edge.
 */
function labelUnits({
  x,
  y,
  cx,
  cy,
  anchor,
  axes,
  fontSize,
  maxUnits,
}: {
  x: number
  y: number
  cx: number
  cy: number
  anchor: 'start' | 'middle' | 'end'
  axes: number
  fontSize: number
  maxUnits: number
}): number {
  const dx = x - cx
  const dy = cy - y
  const distance = Math.hypot(dx, dy)
  if (distance === 0 || axes < 3) return maxUnits
  // distance between neighbouring labels, and how much of it is sideways
  const arc = (distance * 2 * Math.PI) / axes
  const sideways = Math.abs(dy) / distance
  const edge = anchor === 'start' ? 2 * cx - x : anchor === 'end' ? x : 2 * Math.min(x, 2 * cx - x)
  let room = edge - 4
  if (anchor === 'middle') room = Math.min(room, 1.6 * arc)
  // a neighbour below or above far enough for two lines does not collide, however wide
  else if (arc * (Math.abs(dx) / distance) < 2.4 * fontSize * 1.2)
    room = Math.min(room, Math.max(0.85 * arc * sideways, 3 * fontSize))
  const unit = fontSize * 0.6
  return Math.max(6, Math.min(maxUnits, Math.floor(room / unit)))
}

interface FocusedLabel {
  full: string
  x: number
  y: number
  anchor: 'start' | 'middle' | 'end'
}

/**
 * The full text of the focused abbreviated label, over it and aligned as it is. Always in the DOM
 * (hidden while no label has the focus) so that the labels' aria-describedby never dangles.
 */
function LabelTooltip({
  id,
  showRef,
}: {
  id: string
  showRef: RefObject<(label: FocusedLabel | null) => void>
}) {
  const [focused, setFocused] = useState<FocusedLabel | null>(null)
  useEffect(() => {
    showRef.current = setFocused
  }, [showRef])
  return (
    <Paper
      id={id}
      role="tooltip"
      withBorder
      shadow="sm"
      px={6}
      py={2}
      style={{
        display: focused ? undefined : 'none',
        position: 'absolute',
        left: focused?.x ?? 0,
        top: focused?.y ?? 0,
        transform: `translate(${
          focused?.anchor === 'end' ? '-100%' : focused?.anchor === 'middle' ? '-50%' : '0'
        }, -50%)`,
        maxWidth: 'min(260px, 90%)',
        pointerEvents: 'none',
        zIndex: 1,
      }}
    >
      <Text size="xs" c="var(--mantine-color-text)">
        {focused?.full}
      </Text>
    </Paper>
  )
}
