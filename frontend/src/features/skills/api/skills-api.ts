import { api } from '@/lib/api-client'
import type { MySkill, ScaleLevel, SetSkillLevelInput, Skill, SkillCategory } from './types'

export const fetchSkills = () => api.get<Skill[]>('/api/skills')
export const fetchCategories = () => api.get<SkillCategory[]>('/api/skills/categories')
export const fetchScale = () => api.get<ScaleLevel[]>('/api/skills/scale')
export const fetchMySkills = () => api.get<MySkill[]>('/api/me/skills')

export const fetchMySkillHistory = (code: string) =>
  api.get<MySkill[]>(`/api/me/skills/${encodeURIComponent(code)}/history`)

export const setMySkillLevel = (code: string, input: SetSkillLevelInput) =>
  api.put<MySkill>(`/api/me/skills/${encodeURIComponent(code)}`, input)
