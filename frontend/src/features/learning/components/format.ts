import { currentLanguage } from '@/lib/i18n'
import type { WeekHours } from '../api/types'

/** 0..1 → "42%" */
export function formatPercent(fit: number): string {
  return new Intl.NumberFormat(currentLanguage(), {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(fit)
}

export function formatNumber(value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits }).format(value)
}

/** yyyy-MM-dd (a local date) → a localized date */
export function formatDate(date: string): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number)
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium' }).format(
    new Date(year, month - 1, day),
  )
}

/** Today as yyyy-MM-dd in the browser's time zone. */
export function today(): string {
  return isoDate(new Date())
}

const WEEKS = 8

export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The last `count` weeks (Mondays, oldest first) with the hours logged in each; 0 when none. */
export function lastWeeks(hoursPerWeek: WeekHours[], now = new Date(), count = WEEKS) {
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate())
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7))
  const byWeek = new Map(hoursPerWeek.map((entry) => [entry.week, entry.hours]))
  return Array.from({ length: count }, (_, index) => {
    const week = new Date(monday)
    week.setDate(monday.getDate() - 7 * (count - 1 - index))
    const key = isoDate(week)
    return { week: key, hours: byWeek.get(key) ?? 0 }
  })
}
