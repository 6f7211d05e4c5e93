import { api } from '@/lib/api-client'
import type { RoleProfile, RoleSkillCategory } from './types'

export const fetchRoles = () => api.get<RoleProfile[]>('/api/roles')
export const fetchRole = (code: string) =>
  api.get<RoleProfile>(`/api/roles/${encodeURIComponent(code)}`)
export const fetchCategories = () => api.get<RoleSkillCategory[]>('/api/skills/categories')
