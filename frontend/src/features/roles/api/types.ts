/** 1 useful, 2 important, 3 core */
export type RequirementWeight = 1 | 2 | 3

/** One required skill of a role profile (names localized by Accept-Language). */
export interface RoleRequirement {
  skillCode: string
  skillName: string
  category: string
  targetLevel: number
  weight: RequirementWeight
  /** why the role needs it, citing the article's lines, e.g. "(l.27-28)" */
  rationale: string
}

/** GET /api/roles, GET /api/roles/{code} */
export interface RoleProfile {
  code: string
  name: string
  summary: string
  /** the article's lines the profile is based on, e.g. "11, 14-16, 20-22" */
  articleLines: string
  requirements: RoleRequirement[]
  /** codes of the usual next career steps */
  nextRoles: string[]
}

/** GET /api/skills/categories (to name the categories a role covers) */
export interface RoleSkillCategory {
  code: string
  name: string
}

export const DEFAULT_COMPARISON = ['infrastructure-engineer', 'server-engineer'] as const
