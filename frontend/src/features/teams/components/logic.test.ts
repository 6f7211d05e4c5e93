import { describe, expect, it } from 'vitest'
import type { CoverageRow } from '../api/types'
import { byRisk, coverageShare, formPath, levelBackground } from './logic'

const row = (skillCode: string, risk: number): CoverageRow => ({
  skillCode,
  name: skillCode,
  targetLevel: 3,
  holders: 1,
  required: 2,
  met: false,
  busFactor: 1,
  singlePointOfFailure: true,
  experts: 0,
  practitioners: 1,
  novices: 0,
  risk,
  source: 'default',
})

describe('teams logic', () => {
  it('maps the server field of a list entry to the form path', () => {
    expect(formPath('roleMix[0].roleCode')).toBe('roleMix.0.roleCode')
    expect(formPath('coverage[12].targetLevel')).toBe('coverage.12.targetLevel')
    expect(formPath('name')).toBe('name')
  })

  it('orders skills riskiest first, then by name', () => {
    expect(byRisk([row('b', 10), row('c', 80), row('a', 10)]).map((r) => r.skillCode)).toEqual([
      'c',
      'a',
      'b',
    ])
  })

  it('gives coverage as a share, zero without targets', () => {
    expect(
      coverageShare({ weekStart: '2026-11-30', coverageMet: 3, coverageTotal: 4, averageFit: 0.5 }),
    ).toBe(0.75)
    expect(
      coverageShare({ weekStart: '2026-11-30', coverageMet: 0, coverageTotal: 0, averageFit: 0 }),
    ).toBe(0)
  })

  it('clamps levels to the palette', () => {
    expect(levelBackground(7)).toBe(levelBackground(5))
    expect(levelBackground(-1)).toBe(levelBackground(0))
    expect(new Set([0, 1, 2, 3, 4, 5].map(levelBackground)).size).toBe(6)
  })
})
