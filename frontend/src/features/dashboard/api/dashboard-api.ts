import { api } from '@/lib/api-client'
import type {
  DashboardPlan,
  DashboardRecommendations,
  FitExplanation,
  FitHistory,
  Goal,
} from './types'

export function fetchExplanation(): Promise<FitExplanation> {
  return api.get<FitExplanation>('/api/me/fit/explanation')
}

export async function fetchGoal(): Promise<Goal | null> {
  return (await api.get<Goal | undefined>('/api/me/goal')) ?? null
}

export function fetchPlan(): Promise<DashboardPlan> {
  return api.get<DashboardPlan>('/api/me/plan')
}

export function fetchTopRecommendations(limit = 3): Promise<DashboardRecommendations> {
  return api.get<DashboardRecommendations>(`/api/me/recommendations?limit=${limit}`)
}

export function fetchFitHistory(): Promise<FitHistory> {
  return api.get<FitHistory>('/api/me/fit/history')
}
