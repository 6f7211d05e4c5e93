import { describe, expect, it } from 'vitest'
import { timeTicks } from './time-ticks'

describe('timeTicks', () => {
  it('never repeats a label, even for changes within one minute', () => {
    const start = Date.parse('2026-12-01T21:23:00Z')
    const { ticks, label } = timeTicks(start, start + 40_000, 'en')
    const labels = ticks.map(label)
    expect(new Set(labels).size).toBe(labels.length)
    expect(labels.length).toBeGreaterThan(1)
  })

  it('shows dates when the points span days', () => {
    const start = Date.parse('2026-10-01T00:00:00Z')
    const { ticks, label } = timeTicks(start, start + 60 * 86_400_000, 'en')
    expect(ticks).toHaveLength(5)
    expect(label(ticks[0])).toMatch(/Oct|Sep/)
  })

  it('has one tick for one moment', () => {
    expect(timeTicks(1000, 1000, 'ja').ticks).toEqual([1000])
  })
})
