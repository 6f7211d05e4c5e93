import { api } from '@/lib/api-client'
import type {
  AddToPlanInput,
  AppliedLevel,
  ChangeResponse,
  Goal,
  GoalInput,
  LogHoursInput,
  PlanItem,
  PlanItemUpdate,
  PlanResponse,
  RecommendationsResponse,
  RoleOption,
} from './types'

const enc = encodeURIComponent

export function fetchRecommendations(role?: string, limit = 20): Promise<RecommendationsResponse> {
  const params = new URLSearchParams({ limit: String(limit) })
  if (role) params.set('role', role)
  return api.get<RecommendationsResponse>(`/api/me/recommendations?${params}`)
}

export function fetchRoles(): Promise<RoleOption[]> {
  return api.get<RoleOption[]>('/api/roles')
}

export function fetchPlan(): Promise<PlanResponse> {
  return api.get<PlanResponse>('/api/me/plan')
}

export function addToPlan(input: AddToPlanInput): Promise<PlanItem> {
  return api.post<PlanItem>('/api/me/plan', input)
}

export function reorderPlan(itemCodes: string[]): Promise<PlanItem[]> {
  return api.put<PlanItem[]>('/api/me/plan/order', { itemCodes })
}

export function updatePlanItem(code: string, update: PlanItemUpdate): Promise<ChangeResponse> {
  return api.patch<ChangeResponse>(`/api/me/plan/${enc(code)}`, update)
}

export function logHours(code: string, input: LogHoursInput): Promise<PlanItem> {
  return api.post<PlanItem>(`/api/me/plan/${enc(code)}/hours`, input)
}

export function removeFromPlan(code: string): Promise<void> {
  return api.delete<void>(`/api/me/plan/${enc(code)}`)
}

export function applyLevels(code: string, skillCodes: string[]): Promise<AppliedLevel[]> {
  return api.post<AppliedLevel[]>(`/api/me/plan/${enc(code)}/apply-levels`, { skillCodes })
}

/** My goal, or null when none is set (204). */
export async function fetchGoal(): Promise<Goal | null> {
  return (await api.get<Goal | undefined>('/api/me/goal')) ?? null
}

export function saveGoal(input: GoalInput): Promise<Goal> {
  return api.put<Goal>('/api/me/goal', input)
}

export function clearGoal(): Promise<void> {
  return api.delete<void>('/api/me/goal')
}
