/** One level descriptor of a skill: what level n looks like for this particular skill. */
export interface SkillLevelDescriptor {
  level: number
  description: string
}

/** GET /api/skills (names localized by Accept-Language) */
export interface Skill {
  code: string
  name: string
  category: string
  categoryName: string
  description: string
  levels: SkillLevelDescriptor[]
}

/** GET /api/skills/categories, in display order */
export interface SkillCategory {
  code: string
  name: string
}

/** GET /api/skills/scale: the generic 0-5 scale with ITSS and SFIA equivalents */
export interface ScaleLevel {
  level: number
  name: string
  description: string
  itss: string
  sfia: string
}

export type SkillSource = 'self' | 'mentor' | 'learning-item' | (string & {})

/** GET /api/me/skills, PUT /api/me/skills/{code}, GET /api/me/skills/{code}/history */
export interface MySkill {
  skillCode: string
  level: number
  source: SkillSource
  evidence: string | null
  evidenceUrl: string | null
  learningItemCode: string | null
  assessedAt: string
}

/** PUT /api/me/skills/{code} */
export interface SetSkillLevelInput {
  level: number
  evidence?: string
  evidenceUrl?: string
}

export const MIN_LEVEL = 0
export const MAX_LEVEL = 5
export const LEVELS = [0, 1, 2, 3, 4, 5] as const
export const EVIDENCE_MAX_LENGTH = 2000
export const EVIDENCE_URL_MAX_LENGTH = 2000
