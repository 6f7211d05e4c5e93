import { client } from '@/lib/api/client'
import type { Schemas } from '@/lib/api/types'

/** A team's reassessment cycle, its due / overdue view and its chat webhook (issue 24). */
export type TeamDue = Schemas['TeamDueResponse']
export type TeamDueRow = Schemas['TeamDueRow']
export type CycleInput = Schemas['CycleRequest']
export type Webhook = Schemas['WebhookResponse']

export const fetchTeamDue = (teamId: string): Promise<TeamDue> =>
  client.get('/api/teams/{teamId}/reassessments', { path: { teamId } })

export const saveCycle = (teamId: string, body: CycleInput) =>
  client.put('/api/teams/{teamId}/reassessment-cycle', { path: { teamId }, body })

export const clearCycle = (teamId: string) =>
  client.delete('/api/teams/{teamId}/reassessment-cycle', { path: { teamId } })

export const fetchWebhook = (teamId: string): Promise<Webhook | undefined> =>
  client.get('/api/teams/{teamId}/webhook', { path: { teamId } })

export const saveWebhook = (teamId: string, url: string, kind: string) =>
  client.put('/api/teams/{teamId}/webhook', { path: { teamId }, body: { url, kind } })

export const deleteWebhook = (teamId: string) =>
  client.delete('/api/teams/{teamId}/webhook', { path: { teamId } })
