import { keepPreviousData, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useLocalizedKeys, useLocalizedQuery } from '@/lib/localized-query'
import { useAction } from '@/lib/use-action'
import {
  acceptSuggestion,
  addToPlan,
  applyLevels,
  clearGoal,
  declineSuggestion,
  fetchGoal,
  fetchPlan,
  fetchRecommendations,
  fetchRoles,
  logHours,
  removeFromPlan,
  reorderPlan,
  saveGoal,
  updatePlanItem,
} from './learning-api'
import type {
  AddToPlanInput,
  ChangeResponse,
  GoalInput,
  LogHoursInput,
  PlanItem,
  PlanItemUpdate,
  PlanResponse,
  Preference,
} from './types'

/** Every query is also keyed by the language (see useLocalizedQuery): names and reasons are localized. */
export const learningKeys = {
  all: ['learning'] as const,
  recommendations: (role: string | null, preference: Preference = 'balanced') =>
    ['learning', 'recommendations', role ?? '', preference] as const,
  plan: ['learning', 'plan'] as const,
  goal: ['learning', 'goal'] as const,
  /** a mentee's, seen by their mentor: under ['mentees', id] */
  planOf: (personId?: string) =>
    personId ? (['mentees', personId, 'plan'] as const) : learningKeys.plan,
  goalOf: (personId?: string) =>
    personId ? (['mentees', personId, 'goal'] as const) : learningKeys.goal,
  roles: ['learning', 'roles'] as const,
}

/**
 * Everything derived from my plan or my levels (fit, skills, career, dashboard, recommendations)
 * may have changed: refetch what is on screen, mark the rest stale. The user stays cached.
 */
function invalidateLearnerData(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'auth' })
}

export function useRecommendations(
  role: string | null,
  limit = 20,
  preference: Preference = 'balanced',
) {
  return useLocalizedQuery({
    queryKey: [...learningKeys.recommendations(role, preference), limit],
    queryFn: () => fetchRecommendations(role ?? undefined, limit, preference),
    placeholderData: keepPreviousData,
  })
}

export function useRoleOptions() {
  return useLocalizedQuery({
    queryKey: learningKeys.roles,
    queryFn: fetchRoles,
    staleTime: 10 * 60 * 1000,
    select: (roles) => roles.map(({ code, name }) => ({ code, name })),
  })
}

/** My plan, or a mentee's when `personId` is given. */
export function usePlan(personId?: string) {
  return useLocalizedQuery({
    queryKey: learningKeys.planOf(personId),
    queryFn: () => fetchPlan(personId),
  })
}

export function useGoal(personId?: string) {
  return useLocalizedQuery({
    queryKey: learningKeys.goalOf(personId),
    queryFn: () => fetchGoal(personId),
  })
}

/** Accepting puts the item at the end of my plan; declining only removes the suggestion. */
export function useDecideSuggestion() {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: ({ id, accept }: { id: string; accept: boolean }) =>
      accept ? acceptSuggestion(id) : declineSuggestion(id),
    onSettled: () => invalidateLearnerData(queryClient),
  })
}

export function useAddToPlan() {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: (input: AddToPlanInput) => addToPlan(input),
    onSettled: () => invalidateLearnerData(queryClient),
  })
}

export function useReorderPlan() {
  const { queryClient, key } = useLocalizedKeys()
  return useAction({
    mutationFn: (itemCodes: string[]) => reorderPlan(itemCodes),
    // Show the new order right away; the server's answer (or a refetch on error) settles it.
    onMutate: async (itemCodes) => {
      await queryClient.cancelQueries({ queryKey: learningKeys.plan })
      const previous = queryClient.getQueryData<PlanResponse>(key(learningKeys.plan))
      if (previous) {
        const byCode = new Map(previous.items.map((entry) => [entry.item.code, entry]))
        const items = itemCodes
          .map((code, position) => {
            const entry = byCode.get(code)
            return entry ? { ...entry, position } : undefined
          })
          .filter((entry) => entry !== undefined)
        queryClient.setQueryData<PlanResponse>(key(learningKeys.plan), { ...previous, items })
      }
      return { previous }
    },
    onError: (_error, _codes, context) => {
      if (context?.previous) queryClient.setQueryData(key(learningKeys.plan), context.previous)
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: learningKeys.plan }),
  })
}

/**
 * Callbacks that belong to the mutation rather than to the calling component: a plan card that
 * moves to another status group (or disappears) remounts, and `mutate(..., { onSuccess })` would
 * then never run.
 */
export interface MutationCallbacks<TResult, TVariables> {
  onSuccess?: (result: TResult, variables: TVariables) => void
  onError?: (error: Error, variables: TVariables) => void
}

export interface LogHoursVariables {
  code: string
  input: LogHoursInput
}

export interface PlanItemChange {
  code: string
  update: PlanItemUpdate
}

/** Changes an item's status or target date. */
export function useUpdatePlanItem(
  callbacks: MutationCallbacks<ChangeResponse, PlanItemChange> = {},
) {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: ({ code, update }: PlanItemChange) => updatePlanItem(code, update),
    onSuccess: (change, variables) => callbacks.onSuccess?.(change, variables),
    onError: (error, variables) => callbacks.onError?.(error, variables),
    onSettled: () => invalidateLearnerData(queryClient),
  })
}

export function useLogHours(callbacks: MutationCallbacks<PlanItem, LogHoursVariables> = {}) {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: ({ code, input }: LogHoursVariables) => logHours(code, input),
    onSuccess: (result, variables) => callbacks.onSuccess?.(result, variables),
    onError: (error, variables) => callbacks.onError?.(error, variables),
    onSettled: () => invalidateLearnerData(queryClient),
  })
}

export function useRemoveFromPlan(callbacks: MutationCallbacks<void, string> = {}) {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: (code: string) => removeFromPlan(code),
    onSuccess: (result, code) => callbacks.onSuccess?.(result, code),
    onError: (error, code) => callbacks.onError?.(error, code),
    onSettled: () => invalidateLearnerData(queryClient),
  })
}

/** Raises the confirmed levels: my skills, fit, career and recommendations all change. */
export function useApplyLevels() {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: ({ code, skillCodes }: { code: string; skillCodes: string[] }) =>
      applyLevels(code, skillCodes),
    onSettled: () => invalidateLearnerData(queryClient),
  })
}

export function useSaveGoal() {
  const { queryClient, key } = useLocalizedKeys()
  return useAction({
    mutationFn: (input: GoalInput) => saveGoal(input),
    onSuccess: (goal) => queryClient.setQueryData(key(learningKeys.goal), goal),
    onSettled: () => invalidateLearnerData(queryClient),
  })
}

export function useClearGoal() {
  const { queryClient, key } = useLocalizedKeys()
  return useAction({
    mutationFn: clearGoal,
    // the goal cached in the other language is gone too: refetched when shown
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: learningKeys.goal, refetchType: 'none' })
      queryClient.setQueryData(key(learningKeys.goal), null)
    },
    onSettled: () => invalidateLearnerData(queryClient),
  })
}
