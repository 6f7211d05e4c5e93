import { client } from '@/lib/api/client'
import type { PostingInput } from './types'

export const analyzePosting = (text: string, signal?: AbortSignal) =>
  client.post('/api/postings/analyze', { body: { text }, signal })

export const fetchPostings = () => client.get('/api/me/postings')

export const fetchPosting = (id: string) => client.get('/api/me/postings/{id}', { path: { id } })

export const savePosting = (input: PostingInput) => client.post('/api/me/postings', { body: input })

export const deletePosting = (id: string) =>
  client.delete('/api/me/postings/{id}', { path: { id } })

export const fetchPostingHistory = (id: string) =>
  client.get('/api/me/postings/{id}/history', { path: { id } })

export const fetchComparison = (ids: string[]) =>
  client.get('/api/me/postings/compare', { query: { ids } })
