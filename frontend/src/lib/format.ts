import { currentLanguage } from './i18n'

/**
 * Locale-aware formatting shared by the features. `language` defaults to the current UI language;
 * components that re-render on a language change pass `i18n.language` explicitly.
 */

/** 0..1 → "42%" */
export function formatPercent(value: number, language: string = currentLanguage()): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(
    value,
  )
}

/** ["Linux", "Windows"] → "Linux or Windows" / 「LinuxまたはWindows」: alternatives, any one of which will do. */
export function formatAlternatives(names: string[], language: string = currentLanguage()): string {
  return new Intl.ListFormat(language, { type: 'disjunction' }).format(names)
}

/** 1234.56 → "1,234.6" (at most `maximumFractionDigits` decimals) */
export function formatNumber(
  value: number,
  language: string = currentLanguage(),
  maximumFractionDigits = 1,
): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits }).format(value)
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/

/** yyyy-MM-dd is a local date (no time zone shift); anything else is parsed as an instant. */
function toDate(value: string): Date {
  if (LOCAL_DATE.test(value)) {
    const [year, month, day] = value.split('-').map(Number)
    return new Date(year, month - 1, day)
  }
  return new Date(value)
}

function format(value: string, language: string, options: Intl.DateTimeFormatOptions): string {
  const date = toDate(value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(language, options).format(date)
}

/** yyyy-MM-dd or an ISO instant → "Nov 20, 2026" */
export function formatDate(value: string, language: string = currentLanguage()): string {
  return format(value, language, { dateStyle: 'medium' })
}

/** ISO instant → "Nov 20, 2026, 10:00 AM" */
export function formatDateTime(value: string, language: string = currentLanguage()): string {
  return format(value, language, { dateStyle: 'medium', timeStyle: 'short' })
}

/** ISO instant → "Nov 20" (chart ticks) */
export function formatShortDate(value: string, language: string = currentLanguage()): string {
  return format(value, language, { month: 'short', day: 'numeric' })
}

/** ISO instant → "10:00 AM" (chart ticks) */
export function formatTime(value: string, language: string = currentLanguage()): string {
  return format(value, language, { timeStyle: 'short' })
}
