import { client } from '@/lib/api/client'
import type { SetSkillLevelInput } from './types'

export const fetchSkills = () => client.get('/api/skills')
export const fetchCategories = () => client.get('/api/skills/categories')
export const fetchScale = () => client.get('/api/skills/scale')

/** My levels, or a mentee's (the same body) when `personId` is given. */
export const fetchMySkills = (personId?: string) =>
  personId
    ? client.get('/api/mentees/{menteeId}/skills', { path: { menteeId: personId } })
    : client.get('/api/me/skills')

export const fetchMySkillHistory = (code: string, personId?: string) =>
  personId
    ? client.get('/api/mentees/{menteeId}/skills/{skillCode}/history', {
        path: { menteeId: personId, skillCode: code },
      })
    : client.get('/api/me/skills/{skillCode}/history', { path: { skillCode: code } })

export const setMySkillLevel = (code: string, input: SetSkillLevelInput) =>
  client.put('/api/me/skills/{skillCode}', { path: { skillCode: code }, body: input })

/** The certifications backing my levels, or a mentee's. */
export const fetchCertifications = (personId?: string) =>
  personId
    ? client.get('/api/mentees/{menteeId}/certifications', { path: { menteeId: personId } })
    : client.get('/api/me/certifications')
