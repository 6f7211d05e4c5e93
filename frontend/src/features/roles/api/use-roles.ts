import { useLocalizedQuery } from '@/lib/localized-query'
import { fetchArticleLines, fetchCategories, fetchRole, fetchRoles } from './roles-api'

const STALE_MS = 60 * 60 * 1000

/** Also keyed by language (useLocalizedQuery): names and texts come localized. */
export const roleKeys = {
  all: ['roles', 'list'] as const,
  one: (code: string) => ['roles', 'one', code] as const,
  categories: ['skills', 'categories'] as const,
  article: (lines: string) => ['roles', 'article', lines] as const,
}

export function useRoles() {
  return useLocalizedQuery({ queryKey: roleKeys.all, queryFn: fetchRoles, staleTime: STALE_MS })
}

export function useRole(code: string | null) {
  return useLocalizedQuery({
    queryKey: roleKeys.one(code ?? ''),
    queryFn: () => fetchRole(code ?? ''),
    enabled: Boolean(code),
    staleTime: STALE_MS,
  })
}

export function useRoleCategories() {
  return useLocalizedQuery({
    queryKey: roleKeys.categories,
    queryFn: fetchCategories,
    staleTime: STALE_MS,
  })
}

/** The article lines the rationales cite (Japanese, with an English gloss in English). */
export function useArticleLines(lines: string) {
  return useLocalizedQuery({
    queryKey: roleKeys.article(lines),
    queryFn: () => fetchArticleLines(lines),
    enabled: lines.length > 0,
    staleTime: STALE_MS,
  })
}
