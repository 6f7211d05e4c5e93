import {
  useQuery,
  useQueryClient,
  type QueryClient,
  type QueryKey,
  type UseQueryOptions,
} from '@tanstack/react-query'
import { useCallback } from 'react'
import type { Language } from './i18n'
import { useLanguage } from './use-language'

/**
 * The server answers in the request's language (Accept-Language: role and skill names,
 * explanations, reasons), so every query of a feature is cached per language: its key ends with
 * the UI language. Switching the language then shows the other language's answers (fetching them
 * if need be) without a reload. Features use {@link useLocalizedQuery} instead of `useQuery`
 * (ESLint enforces it), and {@link useLocalizedKeys} for keys they read or write in the cache.
 * Prefix matches (`invalidateQueries({ queryKey: ['me'] })`) cover every language.
 */
export function localizedKey<K extends QueryKey>(key: K, language: Language) {
  return [...key, language] as const
}

export function useLocalizedQuery<
  TQueryFnData = unknown,
  TError = Error,
  TData = TQueryFnData,
  TQueryKey extends QueryKey = QueryKey,
>(options: UseQueryOptions<TQueryFnData, TError, TData, TQueryKey>) {
  const language = useLanguage()
  return useQuery<TQueryFnData, TError, TData, TQueryKey>({
    ...options,
    queryKey: localizedKey(options.queryKey, language) as unknown as TQueryKey,
  })
}

/** The query client and the key of a query in the current language, for mutations. */
export function useLocalizedKeys(): {
  queryClient: QueryClient
  key: <K extends QueryKey>(key: K) => readonly [...K, Language]
} {
  const queryClient = useQueryClient()
  const language = useLanguage()
  const key = useCallback(<K extends QueryKey>(k: K) => localizedKey(k, language), [language])
  return { queryClient, key }
}
