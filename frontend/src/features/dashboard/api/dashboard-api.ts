import { client } from '@/lib/api/client'
import type {
  DashboardPlan,
  DashboardRecommendations,
  FitExplanation,
  FitHistory,
  Goal,
} from './types'

export function fetchExplanation(): Promise<FitExplanation> {
  return client.get('/api/me/fit/explanation')
}

export async function fetchGoal(): Promise<Goal | null> {
  return (await client.get('/api/me/goal')) ?? null
}

export function fetchPlan(): Promise<DashboardPlan> {
  return client.get('/api/me/plan')
}

export function fetchTopRecommendations(limit = 3): Promise<DashboardRecommendations> {
  return client.get('/api/me/recommendations', { query: { limit } })
}

export function fetchFitHistory(): Promise<FitHistory> {
  return client.get('/api/me/fit/history')
}
