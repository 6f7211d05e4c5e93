import { keepPreviousData, useQueryClient } from '@tanstack/react-query'
import { useLocalizedKeys, useLocalizedQuery } from '@/lib/localized-query'
import { useAction } from '@/lib/use-action'
import {
  analyzePosting,
  deletePosting,
  fetchComparison,
  fetchPosting,
  fetchPostingHistory,
  fetchPostings,
  savePosting,
} from './postings-api'
import type { PostingInput, SavedPosting } from './types'

/**
 * Under 'me': saving a skill level invalidates every per-user query, so my current levels, gaps
 * and fits shown here follow. Keyed by language: role and skill names come localized.
 */
export const postingKeys = {
  all: ['me', 'postings'] as const,
  analysis: (text: string) => ['me', 'postings', 'analysis', text] as const,
  lists: ['me', 'postings', 'list'] as const,
  detail: (id: string) => ['me', 'postings', 'detail', id] as const,
  details: ['me', 'postings', 'detail'] as const,
  compare: (ids: string[]) => ['me', 'postings', 'compare', ids] as const,
  compares: ['me', 'postings', 'compare'] as const,
  history: (id: string) => ['me', 'postings', 'history', id] as const,
}

/**
 * The analysis of a pasted posting (nothing saved). Idle until a text is submitted; analysed again
 * when the language changes, so names follow the UI.
 */
export function useAnalysis(text: string | null) {
  return useLocalizedQuery({
    queryKey: postingKeys.analysis(text ?? ''),
    queryFn: ({ signal }) => analyzePosting(text ?? '', signal),
    enabled: text !== null,
    staleTime: 5 * 60 * 1000,
    placeholderData: keepPreviousData,
  })
}

export function usePostings() {
  return useLocalizedQuery({ queryKey: postingKeys.lists, queryFn: fetchPostings })
}

export function usePosting(id: string | null) {
  return useLocalizedQuery({
    queryKey: postingKeys.detail(id ?? ''),
    queryFn: () => fetchPosting(id ?? ''),
    enabled: id !== null,
  })
}

export function usePostingHistory(id: string | null) {
  return useLocalizedQuery({
    queryKey: postingKeys.history(id ?? ''),
    queryFn: () => fetchPostingHistory(id ?? ''),
    enabled: id !== null,
  })
}

/** Idle unless 2-10 ids are given. */
export function useComparison(ids: string[]) {
  return useLocalizedQuery({
    queryKey: postingKeys.compare(ids),
    queryFn: () => fetchComparison(ids),
    enabled: ids.length >= 2,
    placeholderData: keepPreviousData,
  })
}

export function useSavePosting() {
  const { queryClient, key } = useLocalizedKeys()
  return useAction({
    mutationFn: (input: PostingInput) => savePosting(input),
    onSuccess: (saved: SavedPosting) => {
      queryClient.setQueryData(key(postingKeys.detail(saved.id)), saved)
      return queryClient.invalidateQueries({ queryKey: postingKeys.lists })
    },
  })
}

export function useDeletePosting() {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: (id: string) => deletePosting(id),
    onSuccess: (_, id) => {
      queryClient.removeQueries({
        queryKey: postingKeys.details,
        predicate: (query) => query.queryKey[3] === id,
      })
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: postingKeys.lists }),
        queryClient.invalidateQueries({ queryKey: postingKeys.compares }),
      ])
    },
  })
}
