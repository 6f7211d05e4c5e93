import { useQuery } from '@tanstack/react-query'
import { useLanguage } from '@/lib/use-language'
import { fetchCategories, fetchRole, fetchRoles } from './roles-api'

const STALE_MS = 60 * 60 * 1000

export const roleKeys = {
  all: (language: string) => ['roles', 'list', language] as const,
  one: (code: string, language: string) => ['roles', 'one', code, language] as const,
  categories: (language: string) => ['skills', 'categories', language] as const,
}

export function useRoles() {
  const language = useLanguage()
  return useQuery({ queryKey: roleKeys.all(language), queryFn: fetchRoles, staleTime: STALE_MS })
}

export function useRole(code: string | null) {
  const language = useLanguage()
  return useQuery({
    queryKey: roleKeys.one(code ?? '', language),
    queryFn: () => fetchRole(code ?? ''),
    enabled: Boolean(code),
    staleTime: STALE_MS,
  })
}

export function useRoleCategories() {
  const language = useLanguage()
  return useQuery({
    queryKey: roleKeys.categories(language),
    queryFn: fetchCategories,
    staleTime: STALE_MS,
  })
}
