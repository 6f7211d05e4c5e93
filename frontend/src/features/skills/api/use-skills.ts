import { useMutation } from '@tanstack/react-query'
import { useLocalizedKeys, useLocalizedQuery } from '@/lib/localized-query'
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

/** Also keyed by language (useLocalizedQuery): names and texts come localized. */
export const skillKeys = {
  catalog: ['skills', 'catalog'] as const,
  categories: ['skills', 'categories'] as const,
  scale: ['skills', 'scale'] as const,
  /** everything of the logged-in user: the fit and other features key their queries under 'me' too */
  me: ['me'] as const,
  mine: ['me', 'skills'] as const,
  history: (code: string) => ['me', 'skills', 'history', code] as const,
}

export function useSkills() {
  return useLocalizedQuery({
    queryKey: skillKeys.catalog,
    queryFn: fetchSkills,
    staleTime: CATALOG_STALE_MS,
  })
}

export function useSkillCategories() {
  return useLocalizedQuery({
    queryKey: skillKeys.categories,
    queryFn: fetchCategories,
    staleTime: CATALOG_STALE_MS,
  })
}

export function useScale() {
  return useLocalizedQuery({
    queryKey: skillKeys.scale,
    queryFn: fetchScale,
    staleTime: CATALOG_STALE_MS,
  })
}

export function useMySkills() {
  return useLocalizedQuery({ queryKey: skillKeys.mine, queryFn: fetchMySkills })
}

export function useMySkillHistory(code: string, enabled: boolean) {
  return useLocalizedQuery({
    queryKey: skillKeys.history(code),
    queryFn: () => fetchMySkillHistory(code),
    enabled,
  })
}

/** Saves a level right away; afterwards every per-user query (skills, fit, ...) is refetched. */
export function useSetSkillLevel(code: string) {
  const { queryClient, key } = useLocalizedKeys()
  return useMutation({
    mutationFn: (input: SetSkillLevelInput) => setMySkillLevel(code, input),
    onSuccess: (saved) => {
      queryClient.setQueryData<MySkill[]>(key(skillKeys.mine), (previous) => {
        if (!previous) return [saved]
        const others = previous.filter((entry) => entry.skillCode !== saved.skillCode)
        return [...others, saved]
      })
      void queryClient.invalidateQueries({ queryKey: skillKeys.me })
    },
  })
}
