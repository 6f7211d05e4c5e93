import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useLanguage } from '@/lib/use-language'
import {
  fetchCategories,
  fetchMySkillHistory,
  fetchMySkills,
  fetchScale,
  fetchSkills,
  setMySkillLevel,
} from './skills-api'
import type { MySkill, SetSkillLevelInput } from './types'

const CATALOG_STALE_MS = 60 * 60 * 1000

export const skillKeys = {
  catalog: (language: string) => ['skills', 'catalog', language] as const,
  categories: (language: string) => ['skills', 'categories', language] as const,
  scale: (language: string) => ['skills', 'scale', language] as const,
  /** everything of the logged-in user: the fit and other features key their queries under 'me' too */
  me: ['me'] as const,
  mine: ['me', 'skills'] as const,
  history: (code: string) => ['me', 'skills', 'history', code] as const,
}

export function useSkills() {
  const language = useLanguage()
  return useQuery({
    queryKey: skillKeys.catalog(language),
    queryFn: fetchSkills,
    staleTime: CATALOG_STALE_MS,
  })
}

export function useSkillCategories() {
  const language = useLanguage()
  return useQuery({
    queryKey: skillKeys.categories(language),
    queryFn: fetchCategories,
    staleTime: CATALOG_STALE_MS,
  })
}

export function useScale() {
  const language = useLanguage()
  return useQuery({
    queryKey: skillKeys.scale(language),
    queryFn: fetchScale,
    staleTime: CATALOG_STALE_MS,
  })
}

export function useMySkills() {
  return useQuery({ queryKey: skillKeys.mine, queryFn: fetchMySkills })
}

export function useMySkillHistory(code: string, enabled: boolean) {
  return useQuery({
    queryKey: skillKeys.history(code),
    queryFn: () => fetchMySkillHistory(code),
    enabled,
  })
}

/** Saves a level right away; afterwards every per-user query (skills, fit, ...) is refetched. */
export function useSetSkillLevel(code: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: SetSkillLevelInput) => setMySkillLevel(code, input),
    onSuccess: (saved) => {
      queryClient.setQueryData<MySkill[]>(skillKeys.mine, (previous) => {
        if (!previous) return [saved]
        const others = previous.filter((entry) => entry.skillCode !== saved.skillCode)
        return [...others, saved]
      })
      void queryClient.invalidateQueries({ queryKey: skillKeys.me })
    },
  })
}
