import { api } from '@/lib/api-client'
import type { FitExplanation, FitHistory, RoleFit, WhatIfInput, WhatIfResult } from './types'

export const fetchFits = () => api.get<RoleFit[]>('/api/me/fit')
export const fetchExplanation = () => api.get<FitExplanation>('/api/me/fit/explanation')
export const fetchFitHistory = () => api.get<FitHistory>('/api/me/fit/history')
export const postWhatIf = (input: WhatIfInput, signal?: AbortSignal) =>
  api.post<WhatIfResult[]>('/api/me/fit/what-if', input, { signal })
