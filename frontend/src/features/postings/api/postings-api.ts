import { api } from '@/lib/api-client'
import type {
  PostingComparison,
  PostingHistoryPoint,
  PostingInput,
  PostingReport,
  PostingSummary,
  SavedPosting,
} from './types'

const base = '/api/me/postings'
const one = (id: string) => `${base}/${encodeURIComponent(id)}`

export const analyzePosting = (text: string, signal?: AbortSignal) =>
  api.post<PostingReport>('/api/postings/analyze', { text }, { signal })

export const fetchPostings = () => api.get<PostingSummary[]>(base)

export const fetchPosting = (id: string) => api.get<SavedPosting>(one(id))

export const savePosting = (input: PostingInput) => api.post<SavedPosting>(base, input)

export const deletePosting = (id: string) => api.delete<void>(one(id))

export const fetchPostingHistory = (id: string) =>
  api.get<PostingHistoryPoint[]>(`${one(id)}/history`)

export function fetchComparison(ids: string[]) {
  const query = new URLSearchParams()
  for (const id of ids) query.append('ids', id)
  return api.get<PostingComparison>(`${base}/compare?${query.toString()}`)
}
