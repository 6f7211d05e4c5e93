import { client } from '@/lib/api/client'
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
  ProposedLevel,
  RecommendationsResponse,
} from './types'

export function fetchRecommendations(role?: string, limit = 20): Promise<RecommendationsResponse> {
  return client.get('/api/me/recommendations', { query: { limit, role } })
}

export function fetchRoles() {
  return client.get('/api/roles')
}

export function fetchPlan(): Promise<PlanResponse> {
  return client.get('/api/me/plan')
}

export function addToPlan(input: AddToPlanInput): Promise<PlanItem> {
  return client.post('/api/me/plan', { body: input })
}

export function reorderPlan(itemCodes: string[]): Promise<PlanItem[]> {
  return client.put('/api/me/plan/order', { body: { itemCodes } })
}

export function updatePlanItem(code: string, update: PlanItemUpdate): Promise<ChangeResponse> {
  return client.patch('/api/me/plan/{itemCode}', { path: { itemCode: code }, body: update })
}

export function logHours(code: string, input: LogHoursInput): Promise<PlanItem> {
  return client.post('/api/me/plan/{itemCode}/hours', { path: { itemCode: code }, body: input })
}

export function removeFromPlan(code: string): Promise<void> {
  return client.delete('/api/me/plan/{itemCode}', { path: { itemCode: code } })
}

export function applyLevels(code: string, skillCodes: string[]): Promise<AppliedLevel[]> {
  return client.post('/api/me/plan/{itemCode}/apply-levels', {
    path: { itemCode: code },
    body: { skillCodes },
  })
}

/** My goal, or null when none is set (204). */
export async function fetchGoal(): Promise<Goal | null> {
  return (await client.get('/api/me/goal')) ?? null
}

export function saveGoal(input: GoalInput): Promise<Goal> {
  return client.put('/api/me/goal', { body: input })
}

export function clearGoal(): Promise<void> {
  return client.delete('/api/me/goal')
}

/** The levels a finished item may still raise (none once they are reached). */
export function fetchProposedLevels(code: string): Promise<ProposedLevel[]> {
  return client.get('/api/me/plan/{itemCode}/proposed-levels', { path: { itemCode: code } })
}
