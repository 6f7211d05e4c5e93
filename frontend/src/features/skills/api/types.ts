import type { Schemas } from '@/lib/api/types'

/** One level descriptor of a skill: what level n looks like for this particular skill. */
export type SkillLevelDescriptor = Schemas['LevelResponse']

/** GET /api/skills (names localized by Accept-Language) */
export type Skill = Schemas['SkillResponse']

/** GET /api/skills/categories, in display order */
export type SkillCategory = Schemas['CategoryResponse']

/** GET /api/skills/scale: the generic 0-5 scale with ITSS and SFIA equivalents */
export type ScaleLevel = Schemas['ScaleResponse']

export type SkillSource = 'self' | 'mentor' | 'learning-item' | (string & {})

/**
 * GET /api/me/skills (and /api/mentees/{id}/skills): where a person stands on one skill. `level`
 * is their own newest assessment, `effectiveLevel` what gap and fit use, `validation` a mentor's
 * newest validation (`current` false: the person assessed themself after it).
 */
export type MySkill = Schemas['CurrentLevelResponse']

/** A mentor's validation of a skill, as part of {@link MySkill}. */
export type SkillValidation = Schemas['SkillValidationResponse']

/** PUT /api/me/skills/{code}, GET /api/me/skills/{code}/history: one assessment. */
export type Assessment = Schemas['AssessmentResponse']

/** PUT /api/me/skills/{code} */
export type SetSkillLevelInput = Schemas['SetLevelRequest']

export const MIN_LEVEL = 0
export const MAX_LEVEL = 5
export const LEVELS = [0, 1, 2, 3, 4, 5] as const
export const EVIDENCE_MAX_LENGTH = 2000
export const EVIDENCE_URL_MAX_LENGTH = 2000

/** GET /api/me/reassessment-requests: what leads asked me to reassess (only my own skills). */
export type ReassessmentRequest = Schemas['MyReassessmentResponse']
