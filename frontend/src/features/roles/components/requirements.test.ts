import { describe, expect, it } from 'vitest'
import type { RoleProfile, RoleRequirement } from '../api/types'
import { requirementsOf } from './requirements'

const requirement = (skillCode: string, anyOf: string | null = null): RoleRequirement => ({
  skillCode,
  skillName: skillCode,
  category: 'servers',
  targetLevel: 3,
  weight: 3,
  rationale: 'l.26',
  anyOf,
  alternatives: [],
})

describe('requirementsOf', () => {
  it('counts a group of alternatives once, as the fit does', () => {
    const role = {
      code: 'server-engineer',
      requirements: [
        requirement('linux-administration', 'linux-administration'),
        requirement('windows-server-administration', 'linux-administration'),
        requirement('web-servers'),
      ],
    } as unknown as RoleProfile
    expect(requirementsOf(role).map((r) => r.skillCode)).toEqual([
      'linux-administration',
      'web-servers',
    ])
  })
})
