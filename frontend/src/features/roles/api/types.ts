import type { Schemas } from '@/lib/api/types'

/** 1 useful, 2 important, 3 core */
export type RequirementWeight = 1 | 2 | 3

/** One required skill of a role profile (names localized); rationale cites the article's lines. */
export type RoleRequirement = Schemas['RequirementResponse']

/** GET /api/roles, GET /api/roles/{code}; articleLines: the article's lines it is based on */
export type RoleProfile = Schemas['RoleResponse']

/** GET /api/skills/categories (to name the categories a role covers) */
export type RoleSkillCategory = Schemas['CategoryResponse']

export const DEFAULT_COMPARISON = ['infrastructure-engineer', 'server-engineer'] as const
