import type { Schemas } from '@/lib/api/types'

/** A gap to a role's target level (from = current, to = target), with the requirement's weight (1-3). */
export type Gap = Schemas['ClosureResponse']

export type RoleFit = Schemas['FitSummary']

export type CareerEdge = Schemas['EdgeResponse']

/** A next role, the hours and items of the shortest learning path to it, and the gaps no item closes. */
export type NextStep = Schemas['NextStepResponse']

/** GET /api/me/career; `chosen` is false when the current role follows my best fit */
export type Career = Schemas['CareerResponse']
