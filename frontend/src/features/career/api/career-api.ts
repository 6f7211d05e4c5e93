import { api } from '@/lib/api-client'
import type { Career } from './types'

export function fetchCareer(): Promise<Career> {
  return api.get<Career>('/api/me/career')
}

/** null: follow my best fit. */
export function setCurrentRole(roleCode: string | null): Promise<Career> {
  return api.put<Career>('/api/me/career/current', { roleCode })
}
