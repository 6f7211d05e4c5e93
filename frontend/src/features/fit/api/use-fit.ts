import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useLanguage } from '@/lib/use-language'
import { fetchExplanation, fetchFitHistory, fetchFits, postWhatIf } from './fit-api'
import type { LevelChange } from './types'

/** Under 'me': saving a skill level invalidates every per-user query, these included. */
export const fitKeys = {
  all: ['me', 'fit'] as const,
  list: (language: string) => ['me', 'fit', 'list', language] as const,
  explanation: (language: string) => ['me', 'fit', 'explanation', language] as const,
  history: (language: string) => ['me', 'fit', 'history', language] as const,
  whatIf: (language: string, changes: LevelChange[]) =>
    ['me', 'fit', 'what-if', language, changes] as const,
}

export function useFits() {
  const language = useLanguage()
  return useQuery({ queryKey: fitKeys.list(language), queryFn: fetchFits })
}

export function useFitExplanation() {
  const language = useLanguage()
  return useQuery({ queryKey: fitKeys.explanation(language), queryFn: fetchExplanation })
}

export function useFitHistory() {
  const language = useLanguage()
  return useQuery({ queryKey: fitKeys.history(language), queryFn: fetchFitHistory })
}

/** The fits with some levels changed (nothing is saved). Idle while there are no changes. */
export function useWhatIf(changes: LevelChange[]) {
  const language = useLanguage()
  return useQuery({
    queryKey: fitKeys.whatIf(language, changes),
    queryFn: ({ signal }) => postWhatIf({ changes }, signal),
    enabled: changes.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60 * 1000,
  })
}
