export const HOUR = 3_600_000
const DAY = 24 * HOUR

/**
 * Up to `count` ticks evenly spread over [min, max] whose labels all differ: dates when the
 * points span two days or more, date and time when they span hours, times with seconds within
 * an hour (so twelve changes within one minute never read "21:23" twelve times).
 */
export function timeTicks(
  min: number,
  max: number,
  language: string,
  count = 5,
): { ticks: number[]; label: (value: number) => string } {
  const span = max - min
  const options: Intl.DateTimeFormatOptions =
    span >= 2 * DAY
      ? { month: 'short', day: 'numeric' }
      : span >= HOUR
        ? { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }
        : { hour: 'numeric', minute: '2-digit', second: '2-digit' }
  const formatter = new Intl.DateTimeFormat(language, options)
  const label = (value: number) => formatter.format(new Date(value))
  if (span <= 0) return { ticks: [min], label }
  const ticks: number[] = []
  const seen = new Set<string>()
  for (let i = 0; i < count; i++) {
    const value = Math.round(min + (span * i) / (count - 1))
    const text = label(value)
    if (!seen.has(text)) {
      seen.add(text)
      ticks.push(value)
    }
  }
  return { ticks, label }
}
