import { client } from '@/lib/api/client'
import type { Career } from './types'

export function fetchCareer(): Promise<Career> {
  return client.get('/api/me/career')
}

/** null: follow my best fit. */
export function setCurrentRole(roleCode: string | null): Promise<Career> {
  return client.put('/api/me/career/current', { body: { roleCode } })
}
