import { useQuery } from '@tanstack/react-query'
import {
  fetchExplanation,
  fetchFitHistory,
  fetchGoal,
  fetchPlan,
  fetchTopRecommendations,
} from './dashboard-api'

// Own keys: other features cache these endpoints under theirs; their mutations invalidate every
// query of the learner, so these refresh too.
export const dashboardKeys = {
  explanation: ['dashboard', 'explanation'] as const,
  goal: ['dashboard', 'goal'] as const,
  plan: ['dashboard', 'plan'] as const,
  recommendations: ['dashboard', 'recommendations'] as const,
  history: ['dashboard', 'history'] as const,
}

export const useExplanation = () =>
  useQuery({ queryKey: dashboardKeys.explanation, queryFn: fetchExplanation })

export const useDashboardGoal = () => useQuery({ queryKey: dashboardKeys.goal, queryFn: fetchGoal })

export const useDashboardPlan = () => useQuery({ queryKey: dashboardKeys.plan, queryFn: fetchPlan })

export const useTopRecommendations = (enabled: boolean) =>
  useQuery({
    queryKey: dashboardKeys.recommendations,
    queryFn: () => fetchTopRecommendations(3),
    enabled,
  })

export const useFitHistory = () =>
  useQuery({ queryKey: dashboardKeys.history, queryFn: fetchFitHistory })
