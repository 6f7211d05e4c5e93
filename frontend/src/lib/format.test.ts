import { describe, expect, it } from 'vitest'
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatShortDate,
  formatTime,
} from './format'

describe('format', () => {
  it('formats percentages and numbers in the given language', () => {
    expect(formatPercent(0.424, 'en')).toBe('42%')
    expect(formatPercent(1, 'ja')).toBe('100%')
    expect(formatNumber(1234.56, 'en')).toBe('1,234.6')
    expect(formatNumber(20_000, 'ja')).toBe('20,000')
  })

  it('reads yyyy-MM-dd as a local date and other values as instants', () => {
    expect(formatDate('2026-11-20', 'en')).toBe('Nov 20, 2026')
    expect(formatDate('2026-11-20', 'ja')).toBe('2026/11/20')
    const instant = '2026-11-20T10:00:00Z'
    const local = new Date(instant)
    expect(formatDateTime(instant, 'en')).toContain(String(local.getDate()))
    expect(formatShortDate(instant, 'ja')).toBe(`${local.getMonth() + 1}月${local.getDate()}日`)
    expect(formatTime(instant, 'en')).toMatch(/\d{1,2}:\d{2}/)
  })

  it('shows an unparsable date as it is', () => {
    expect(formatDate('soon', 'en')).toBe('soon')
  })
})
