import { formatPercent } from '@/lib/format'

/** "+12%", "−3%", "±0%" */
export function formatDelta(value: number, language: string): string {
  const rounded = Math.round(value * 100) / 100
  if (rounded === 0) return `±${formatPercent(0, language)}`
  return new Intl.NumberFormat(language, {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'always',
  }).format(rounded)
}
