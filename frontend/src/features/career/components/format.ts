import { currentLanguage } from '@/lib/i18n'

/** 0..1 → "42%" */
export function formatPercent(fit: number): string {
  return new Intl.NumberFormat(currentLanguage(), {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(fit)
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits: 1 }).format(value)
}
