import { currentLanguage } from '@/lib/i18n'

export function formatPercent(fit: number): string {
  return new Intl.NumberFormat(currentLanguage(), {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(fit)
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits: 1 }).format(value)
}

/** yyyy-MM-dd or an ISO instant → a localized date */
export function formatDate(value: string): string {
  const date =
    value.length === 10
      ? new Date(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8)))
      : new Date(value)
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium' }).format(date)
}
