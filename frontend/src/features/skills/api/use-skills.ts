import { useMutation } from '@tanstack/react-query'
import { useLocalizedKeys, useLocalizedQuery } from '@/lib/localized-query'
import {
  fetchCategories,
  fetchMySkillHistory,
  fetchCertifications,
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
  /** a mentee's data, seen by their mentor: everything under ['mentees', id] */
  person: (personId: string) => ['mentees', personId] as const,
  levels: (personId?: string) =>
    personId ? (['mentees', personId, 'skills'] as const) : skillKeys.mine,
  certifications: (personId?: string) =>
    personId
      ? (['mentees', personId, 'certifications'] as const)
      : (['me', 'certifications'] as const),
  levelHistory: (code: string, personId?: string) =>
    personId
      ? (['mentees', personId, 'skills', 'history', code] as const)
      : skillKeys.history(code),
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

/** My levels, or a mentee's when `personId` is given (read-only for their mentor). */
export function useMySkills(personId?: string) {
  return useLocalizedQuery({
    queryKey: skillKeys.levels(personId),
    queryFn: () => fetchMySkills(personId),
  })
}

export function useMySkillHistory(code: string, enabled: boolean, personId?: string) {
  return useLocalizedQuery({
    queryKey: skillKeys.levelHistory(code, personId),
    queryFn: () => fetchMySkillHistory(code, personId),
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
        const before = previous?.find((entry) => entry.skillCode === saved.skillCode)
        // my own newest assessment is the effective level; an earlier validation is no longer current
        const current: MySkill = {
          skillCode: saved.skillCode,
          level: saved.level,
          source: saved.source,
          evidence: saved.evidence,
          evidenceUrl: saved.evidenceUrl,
          learningItemCode: saved.learningItemCode,
          assessedAt: saved.assessedAt,
          evidenceEditedAt: saved.evidenceEditedAt,
          effectiveLevel: saved.level,
          validation: before?.validation ? { ...before.validation, current: false } : null,
        }
        const others = (previous ?? []).filter((entry) => entry.skillCode !== saved.skillCode)
        return [...others, current]
      })
      void queryClient.invalidateQueries({ queryKey: skillKeys.me })
    },
  })
}

/** A certification backing a skill, as the skill's card shows it. */
export interface Backing {
  name: string
  expiresOn: string | null | undefined
  expired: boolean
}

/** skillCode -> the certifications that back it (mine, or a mentee's). */
export function useBacking(personId?: string): Map<string, Backing[]> {
  const certifications = useLocalizedQuery({
    queryKey: skillKeys.certifications(personId),
    queryFn: () => fetchCertifications(personId),
  })
  const backing = new Map<string, Backing[]>()
  for (const c of certifications.data ?? []) {
    for (const skill of c.supports) {
      backing.set(skill, [
        ...(backing.get(skill) ?? []),
        { name: c.name, expiresOn: c.expiresOn, expired: c.expired },
      ])
    }
  }
  return backing
}
