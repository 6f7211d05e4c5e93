import { keepPreviousData } from '@tanstack/react-query'
import { useLocalizedQuery } from '@/lib/localized-query'
import { fetchExplanation, fetchFitHistory, fetchFits, postWhatIf } from './fit-api'
import type { LevelChange } from './types'

/**
 * Under 'me': saving a skill level invalidates every per-user query, these included. Also keyed
 * by language (useLocalizedQuery): role and skill names come localized.
 */
export const fitKeys = {
  all: ['me', 'fit'] as const,
  list: ['me', 'fit', 'list'] as const,
  explanation: ['me', 'fit', 'explanation'] as const,
  history: ['me', 'fit', 'history'] as const,
  whatIf: (changes: LevelChange[]) => ['me', 'fit', 'what-if', changes] as const,
  /** a mentee's, seen by their mentor: under ['mentees', id] */
  of: (part: 'list' | 'explanation' | 'history', personId?: string) =>
    personId ? (['mentees', personId, 'fit', part] as const) : (['me', 'fit', part] as const),
}

/** My fits, or a mentee's when `personId` is given. */
export function useFits(personId?: string) {
  return useLocalizedQuery({
    queryKey: fitKeys.of('list', personId),
    queryFn: () => fetchFits(personId),
  })
}

export function useFitExplanation(personId?: string) {
  return useLocalizedQuery({
    queryKey: fitKeys.of('explanation', personId),
    queryFn: () => fetchExplanation(personId),
  })
}

export function useFitHistory(personId?: string) {
  return useLocalizedQuery({
    queryKey: fitKeys.of('history', personId),
    queryFn: () => fetchFitHistory(personId),
  })
}

/** The fits with some levels changed (nothing is saved). Idle while there are no changes. */
export function useWhatIf(changes: LevelChange[]) {
  return useLocalizedQuery({
    queryKey: fitKeys.whatIf(changes),
    queryFn: ({ signal }) => postWhatIf({ changes }, signal),
    enabled: changes.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60 * 1000,
  })
}
