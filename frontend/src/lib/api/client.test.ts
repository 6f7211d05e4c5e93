import { describe, expect, it } from 'vitest'
import { isApiError } from '@/lib/api-client'
import { json, mockFetch, noContent, problem, route } from '@/testing/fetch-mock'
import { buildUrl, client } from './client'

describe('buildUrl', () => {
  it('fills in path parameters, encoded, and repeats array query parameters', () => {
    expect(buildUrl('/api/roles/{code}', { path: { code: 'a b/c' } })).toBe('/api/roles/a%20b%2Fc')
    expect(buildUrl('/api/me/postings/compare', { query: { ids: ['x', 'y'] } })).toBe(
      '/api/me/postings/compare?ids=x&ids=y',
    )
    expect(buildUrl('/api/me/recommendations', { query: { limit: 3, role: undefined } })).toBe(
      '/api/me/recommendations?limit=3',
    )
  })

  it('refuses a missing path parameter', () => {
    expect(() => buildUrl('/api/roles/{code}', {})).toThrow(/code/)
  })
})

describe('client', () => {
  it('sends the body with the CSRF header and returns the answer', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/'
    const { requests } = mockFetch([
      route('PUT', '/api/me/skills/linux', () =>
        json({ skillCode: 'linux', level: 3, source: 'self', assessedAt: '2026-01-01T00:00:00Z' }),
      ),
    ])
    const saved = await client.put('/api/me/skills/{skillCode}', {
      path: { skillCode: 'linux' },
      body: { level: 3 },
    })
    expect(saved.level).toBe(3)
    expect(requests[0].body).toEqual({ level: 3 })
    expect(requests[0].headers['x-xsrf-token']).toBe('token-1')
  })

  it('answers undefined for 204 and throws ApiError with field errors otherwise', async () => {
    document.cookie = 'XSRF-TOKEN=token-2; path=/'
    mockFetch([
      route('GET', '/api/me/goal', () => noContent()),
      route('PUT', '/api/me/goal', () =>
        problem(400, {
          title: 'Bad Request',
          errors: [{ field: 'targetDate', message: 'must be in the future' }],
        }),
      ),
    ])
    expect(await client.get('/api/me/goal')).toBeUndefined()
    const error = await client
      .put('/api/me/goal', { body: { roleCode: 'cloud-engineer', targetDate: '2000-01-01' } })
      .catch((e: unknown) => e)
    expect(isApiError(error) && error.fieldErrors).toEqual({ targetDate: 'must be in the future' })
  })
})
