import type { components } from './schema'

/** Every object of the API, by its name in the OpenAPI description. */
export type Schemas = components['schemas']

/** A problem detail (RFC 9457) as the description defines it. */
export type ProblemDetailSchema = Schemas['ProblemDetail']

// Objects that several features read (features do not import each other, so they live here).

/** GET /api/me/goal */
export type Goal = Schemas['GoalResponse']

/** GET /api/me/fit/history (oldest first) */
export type FitHistory = Schemas['HistoryResponse']
export type FitHistoryPoint = Schemas['HistoryPointResponse']
export type FitHistoryRole = Schemas['RoleName']

/** GET /api/me/fit/explanation; the role fields are null for a user without any level */
export type FitExplanation = Schemas['ExplanationResponse']

/** GET /api/me/plan */
export type PlanResponse = Schemas['PlanResponse']
export type PlanItem = Schemas['PlanItemResponse']
export type PlanStatus = PlanItem['status']
export type LearningItem = Schemas['ItemResponse']

/** GET /api/me/recommendations */
export type RecommendationsResponse = Schemas['RecommendationsResponse']
