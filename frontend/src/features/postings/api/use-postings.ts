import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useLanguage } from '@/lib/use-language'
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
  analysis: (language: string, text: string) =>
    ['me', 'postings', 'analysis', language, text] as const,
  list: (language: string) => ['me', 'postings', 'list', language] as const,
  lists: ['me', 'postings', 'list'] as const,
  detail: (language: string, id: string) => ['me', 'postings', 'detail', language, id] as const,
  details: ['me', 'postings', 'detail'] as const,
  compare: (language: string, ids: string[]) =>
    ['me', 'postings', 'compare', language, ids] as const,
  compares: ['me', 'postings', 'compare'] as const,
  history: (language: string, id: string) => ['me', 'postings', 'history', language, id] as const,
}

/**
 * The analysis of a pasted posting (nothing saved). Idle until a text is submitted; analysed again
 * when the language changes, so names follow the UI.
 */
export function useAnalysis(text: string | null) {
  const language = useLanguage()
  return useQuery({
    queryKey: postingKeys.analysis(language, text ?? ''),
    queryFn: ({ signal }) => analyzePosting(text ?? '', signal),
    enabled: text !== null,
    staleTime: 5 * 60 * 1000,
    placeholderData: keepPreviousData,
  })
}

export function usePostings() {
  const language = useLanguage()
  return useQuery({ queryKey: postingKeys.list(language), queryFn: fetchPostings })
}

export function usePosting(id: string | null) {
  const language = useLanguage()
  return useQuery({
    queryKey: postingKeys.detail(language, id ?? ''),
    queryFn: () => fetchPosting(id ?? ''),
    enabled: id !== null,
  })
}

export function usePostingHistory(id: string | null) {
  const language = useLanguage()
  return useQuery({
    queryKey: postingKeys.history(language, id ?? ''),
    queryFn: () => fetchPostingHistory(id ?? ''),
    enabled: id !== null,
  })
}

/** Idle unless 2-10 ids are given. */
export function useComparison(ids: string[]) {
  const language = useLanguage()
  return useQuery({
    queryKey: postingKeys.compare(language, ids),
    queryFn: () => fetchComparison(ids),
    enabled: ids.length >= 2,
    placeholderData: keepPreviousData,
  })
}

export function useSavePosting() {
  const queryClient = useQueryClient()
  const language = useLanguage()
  return useMutation({
    mutationFn: (input: PostingInput) => savePosting(input),
    onSuccess: (saved: SavedPosting) => {
      queryClient.setQueryData(postingKeys.detail(language, saved.id), saved)
      return queryClient.invalidateQueries({ queryKey: postingKeys.lists })
    },
  })
}

export function useDeletePosting() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => deletePosting(id),
    onSuccess: (_, id) => {
      queryClient.removeQueries({
        queryKey: postingKeys.details,
        predicate: (query) => query.queryKey[4] === id,
      })
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: postingKeys.lists }),
        queryClient.invalidateQueries({ queryKey: postingKeys.compares }),
      ])
    },
  })
}
