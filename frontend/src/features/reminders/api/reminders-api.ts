import { client } from '@/lib/api/client'
import type { Schemas } from '@/lib/api/types'

export type Due = Schemas['MyDueResponse']
export type Certification = Schemas['CertificationResponse']
export type CatalogCredential = Schemas['CatalogCredentialResponse']
export type CertificationInput = Schemas['CertificationRequest']
export type Preference = Schemas['PreferenceResponse']
export type Delivery = 'app' | 'mail' | 'daily' | 'weekly'

export const fetchDue = (): Promise<Due[]> => client.get('/api/me/reassessments')

export const confirmUnchanged = (skillCode: string) =>
  client.post('/api/me/skills/{skillCode}/confirm', { path: { skillCode } })

export const fetchCertifications = (): Promise<Certification[]> =>
  client.get('/api/me/certifications')

export const fetchCatalog = (): Promise<CatalogCredential[]> =>
  client.get('/api/certifications/catalog')

export const recordCertification = (body: CertificationInput): Promise<Certification> =>
  client.post('/api/me/certifications', { body })

export const deleteCertification = (id: string) =>
  client.delete('/api/me/certifications/{id}', { path: { id } })

export const fetchPreferences = (): Promise<Preference[]> =>
  client.get('/api/me/notification-preferences')

export const savePreference = (kind: string, delivery: Delivery): Promise<Preference[]> =>
  client.put('/api/me/notification-preferences', { body: [{ kind, delivery }] })

export const fetchFeed = () => client.get('/api/me/calendar-feed')

export const renewFeed = () => client.post('/api/me/calendar-feed')

export const revokeFeed = () => client.delete('/api/me/calendar-feed')

export const describeUnsubscribe = (token: string) =>
  client.get('/api/unsubscribe/{token}', { path: { token } })

export const unsubscribe = (token: string) =>
  client.post('/api/unsubscribe/{token}', { path: { token } })
