import { client } from '@/lib/api/client'
import type { WhatIfInput } from './types'

/** Mine, or a mentee's (the same bodies) when `personId` is given. */
export const fetchFits = (personId?: string) =>
  personId
    ? client.get('/api/mentees/{menteeId}/fit', { path: { menteeId: personId } })
    : client.get('/api/me/fit')
export const fetchExplanation = (personId?: string) =>
  personId
    ? client.get('/api/mentees/{menteeId}/fit/explanation', { path: { menteeId: personId } })
    : client.get('/api/me/fit/explanation')
export const fetchFitHistory = (personId?: string) =>
  personId
    ? client.get('/api/mentees/{menteeId}/fit/history', { path: { menteeId: personId } })
    : client.get('/api/me/fit/history')
export const postWhatIf = (input: WhatIfInput, signal?: AbortSignal) =>
  client.post('/api/me/fit/what-if', { body: input, signal })
