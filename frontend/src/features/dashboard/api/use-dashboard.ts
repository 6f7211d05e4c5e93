import { useLocalizedQuery } from '@/lib/localized-query'
import {
  fetchExplanation,
  fetchFitHistory,
  fetchGoal,
  fetchPlan,
  fetchTopRecommendations,
} from './dashboard-api'

// Own keys: other features cache these endpoints under theirs; their mutations invalidate every
// query of the learner, so these refresh too. Keyed by language too (useLocalizedQuery): role
// names, the explanation and reasons come localized.
export const dashboardKeys = {
  explanation: ['dashboard', 'explanation'] as const,
  goal: ['dashboard', 'goal'] as const,
  plan: ['dashboard', 'plan'] as const,
  recommendations: ['dashboard', 'recommendations'] as const,
  history: ['dashboard', 'history'] as const,
}

export const useExplanation = () =>
  useLocalizedQuery({ queryKey: dashboardKeys.explanation, queryFn: fetchExplanation })

export const useDashboardGoal = () =>
  useLocalizedQuery({ queryKey: dashboardKeys.goal, queryFn: fetchGoal })

export const useDashboardPlan = () =>
  useLocalizedQuery({ queryKey: dashboardKeys.plan, queryFn: fetchPlan })

export const useTopRecommendations = (enabled: boolean) =>
  useLocalizedQuery({
    queryKey: dashboardKeys.recommendations,
    queryFn: () => fetchTopRecommendations(3),
    enabled,
  })

export const useFitHistory = () =>
  useLocalizedQuery({ queryKey: dashboardKeys.history, queryFn: fetchFitHistory })
