import { client } from '@/lib/api/client'
import type { WhatIfInput } from './types'

export const fetchFits = () => client.get('/api/me/fit')
export const fetchExplanation = () => client.get('/api/me/fit/explanation')
export const fetchFitHistory = () => client.get('/api/me/fit/history')
export const postWhatIf = (input: WhatIfInput, signal?: AbortSignal) =>
  client.post('/api/me/fit/what-if', { body: input, signal })
