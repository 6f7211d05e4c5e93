import type { WeekHours } from '../api/types'

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
