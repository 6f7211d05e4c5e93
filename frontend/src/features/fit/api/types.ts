/** One required skill of a role with my level and the gap (gap 0 = met). */
export interface SkillGap {
  skillCode: string
  skillName: string
  current: number
  target: number
  gap: number
  /** 1 useful, 2 important, 3 core */
  weight: number
}

/** GET /api/me/fit (best first), GET /api/me/fit/{roleCode} */
export interface RoleFit {
  roleCode: string
  roleName: string
  /** 0..1 */
  fit: number
  metRequirements: number
  totalRequirements: number
  /** every requirement of the role, met ones with gap 0 */
  gaps: SkillGap[]
}

/** GET /api/me/fit/explanation; the role fields are null for a user without any level */
export interface FitExplanation {
  bestRoleCode: string | null
  bestRoleName: string | null
  bestFit: number
  strengths: SkillGap[]
  gapsToBest: SkillGap[]
  comparedRoleCode: string | null
  comparedRoleName: string | null
  gapsToCompared: SkillGap[]
  /** localized by Accept-Language */
  text: string
}

export interface LevelChange {
  skillCode: string
  level: number
}

/** POST /api/me/fit/what-if */
export interface WhatIfInput {
  changes: LevelChange[]
}

export interface WhatIfResult {
  roleCode: string
  roleName: string
  currentFit: number
  fit: number
  delta: number
  gaps: SkillGap[]
}

export interface FitHistoryRole {
  code: string
  name: string
}

/** One change of level and every role's fit right after it. */
export interface FitHistoryPoint {
  at: string
  skillCode: string
  skillName: string
  level: number
  source: string
  fits: Record<string, number>
}

/** GET /api/me/fit/history (oldest first) */
export interface FitHistory {
  roles: FitHistoryRole[]
  points: FitHistoryPoint[]
}

export const WHAT_IF_MAX_CHANGES = 100
