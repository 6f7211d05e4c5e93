import { client } from '@/lib/api/client'

export const fetchRoles = () => client.get('/api/roles')
export const fetchRole = (code: string) => client.get('/api/roles/{code}', { path: { code } })
export const fetchCategories = () => client.get('/api/skills/categories')
export const fetchArticleLines = (lines: string) =>
  client.get('/api/roles/article', { query: { lines } })
