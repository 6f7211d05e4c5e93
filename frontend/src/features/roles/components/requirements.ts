import type { RoleProfile, RoleRequirement } from '../api/types'

/**
 * A role's requirements as the fit counts them: a group of alternatives (Linux or Windows
 * server administration: any one of them will do) is one requirement, not two. The roles page and
 * the fit page then give the same number for the same role.
 */
export function requirementsOf(role: RoleProfile): RoleRequirement[] {
  const seen = new Set<string>()
  return role.requirements.filter((requirement) => {
    const key = requirement.anyOf ?? requirement.skillCode
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
