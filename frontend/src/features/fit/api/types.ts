import type { Schemas } from '@/lib/api/types'

export type { FitExplanation, FitHistory, FitHistoryPoint, FitHistoryRole } from '@/lib/api/types'

/** One required skill of a role with my level and the gap (gap 0 = met); weight 1 useful, 2 important, 3 core. */
export type SkillGap = Schemas['GapResponse']

/** GET /api/me/fit (best first), GET /api/me/fit/{roleCode}: every requirement, met ones with gap 0 */
export type RoleFit = Schemas['RoleFitResponse']

export type LevelChange = Schemas['LevelChange']

/** POST /api/me/fit/what-if */
export type WhatIfInput = Schemas['WhatIfRequest']
export type WhatIfResult = Schemas['WhatIfResponse']

export const WHAT_IF_MAX_CHANGES = 100
