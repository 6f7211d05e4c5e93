// The dashboard reads other features' endpoints; their types are the generated ones, shared in src/lib
// (features do not import each other).
export type { FitExplanation, FitHistory, FitHistoryPoint, Goal, PlanStatus } from '@/lib/api/types'
import type { LearningItem, PlanItem, PlanResponse, RecommendationsResponse } from '@/lib/api/types'

export type DashboardItem = LearningItem
export type DashboardPlanItem = PlanItem
export type DashboardPlan = PlanResponse
export type DashboardRecommendations = RecommendationsResponse
