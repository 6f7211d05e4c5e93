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
  Preference,
  ProposedLevel,
  RecommendationsResponse,
  Suggestion,
} from './types'

export function fetchRecommendations(
  role?: string,
  limit = 20,
  preference: Preference = 'balanced',
): Promise<RecommendationsResponse> {
  return client.get('/api/me/recommendations', { query: { limit, role, preference } })
}

export function fetchRoles() {
  return client.get('/api/roles')
}

/** My plan, or a mentee's (the same body) when `personId` is given. */
export function fetchPlan(personId?: string): Promise<PlanResponse> {
  return personId
    ? client.get('/api/mentees/{menteeId}/plan', { path: { menteeId: personId } })
    : client.get('/api/me/plan')
}

export function acceptSuggestion(suggestionId: string): Promise<Suggestion> {
  return client.post('/api/me/plan/suggestions/{suggestionId}/accept', {
    path: { suggestionId },
  })
}

export function declineSuggestion(suggestionId: string): Promise<Suggestion> {
  return client.post('/api/me/plan/suggestions/{suggestionId}/decline', {
    path: { suggestionId },
  })
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

/** My goal (or a mentee's when `personId` is given), or null when none is set (204). */
export async function fetchGoal(personId?: string): Promise<Goal | null> {
  const goal = personId
    ? await client.get('/api/mentees/{menteeId}/goal', { path: { menteeId: personId } })
    : await client.get('/api/me/goal')
  return goal ?? null
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
