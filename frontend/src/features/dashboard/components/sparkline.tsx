export interface SparklineProps {
  values: number[]
  label: string
  /** epoch milliseconds of each value: spaces the points by time (else evenly) */
  times?: number[]
  width?: number
  height?: number
}

/** A tiny line of 0..1 values; `label` is its text alternative. */
export function Sparkline({ values, label, times, width = 220, height = 48 }: SparklineProps) {
  const pad = 4
  const points = values.length === 1 ? [values[0], values[0]] : values
  const step = (width - pad * 2) / Math.max(points.length - 1, 1)
  const byTime = times !== undefined && times.length === values.length && values.length > 1
  const first = byTime ? Math.min(...times) : 0
  const span = byTime ? Math.max(...times) - first : 0
  const x = (index: number) =>
    byTime && span > 0
      ? pad + ((times[index] - first) / span) * (width - pad * 2)
      : pad + index * step
  const y = (value: number) => pad + (1 - Math.max(0, Math.min(1, value))) * (height - pad * 2)
  const line = points.map((value, index) => `${x(index)},${y(value)}`).join(' ')
  const last = points[points.length - 1]
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      height={height}
      preserveAspectRatio="none"
      style={{ maxWidth: width, display: 'block' }}
    >
      <polyline
        points={`${pad},${height - pad} ${line} ${width - pad},${height - pad}`}
        fill="#e7f5ff"
        stroke="none"
      />
      <polyline points={line} fill="none" stroke="#228be6" strokeWidth={2} strokeLinejoin="round" />
      <circle cx={width - pad} cy={y(last)} r={3} fill="#228be6" />
    </svg>
  )
}
