import { describe, expect, it, vi } from 'vitest'
import { api, ApiError, onUnauthorized, withActionKey } from '@/lib/api-client'
import { i18n } from '@/lib/i18n'
import { json, mockFetch, noContent, problem, route } from '@/testing/fetch-mock'

const csrfBody = { token: 'fresh-token', headerName: 'X-XSRF-TOKEN', parameterName: '_csrf' }

describe('api-client', () => {
  it('sends the XSRF-TOKEN cookie as X-XSRF-TOKEN on state-changing requests, read fresh each time', async () => {
    document.cookie = 'XSRF-TOKEN=cookie-token-1; path=/'
    const { requests } = mockFetch([route('POST', '/api/things', () => json({ ok: true }))])

    await expect(api.post('/api/things', { a: 1 })).resolves.toEqual({ ok: true })
    // the server rotates the token (e.g. after login): the next request must use the new one
    document.cookie = 'XSRF-TOKEN=cookie-token-2; path=/'
    await api.post('/api/things', { a: 2 })

    expect(requests.map((r) => r.path)).toEqual(['/api/things', '/api/things'])
    expect(requests[0].headers['x-xsrf-token']).toBe('cookie-token-1')
    expect(requests[1].headers['x-xsrf-token']).toBe('cookie-token-2')
    expect(requests[0].headers['content-type']).toBe('application/json')
    expect(requests[0].body).toEqual({ a: 1 })
  })

  it('sends an Idempotency-Key with every POST: a new one per call, none on other methods', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    const { requests } = mockFetch([
      route('POST', '/api/things', () => json({})),
      route('PUT', '/api/things', () => json({})),
    ])

    await api.post('/api/things', { a: 1 })
    await api.post('/api/things', { a: 1 })
    await api.put('/api/things', { a: 1 })

    const [first, second, put] = requests.map((r) => r.headers['idempotency-key'])
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(second).toBeDefined()
    expect(second).not.toBe(first)
    expect(put).toBeUndefined()
  })

  it("sends the user action's key, the same when the action is sent again", async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    const { requests } = mockFetch([route('POST', '/api/things', () => json({}))])

    await withActionKey('action-1', () => api.post('/api/things', {}))
    await withActionKey('action-1', () => api.post('/api/things', {}))
    // an action that starts two POSTs: one key each, the same ones again on a retry
    await withActionKey('action-2', () =>
      Promise.all([api.post('/api/things', 1), api.post('/api/things', 2)]),
    )

    expect(requests.map((r) => r.headers['idempotency-key'])).toEqual([
      'action-1',
      'action-1',
      'action-2',
      'action-2.2',
    ])
  })

  it('keeps the key when it retries a CSRF failure', async () => {
    document.cookie = 'XSRF-TOKEN=stale; path=/'
    let attempts = 0
    const { requests } = mockFetch([
      route('GET', '/api/auth/csrf', () => {
        document.cookie = 'XSRF-TOKEN=renewed; path=/'
        return json({ ...csrfBody, token: 'renewed' })
      }),
      route('POST', '/api/things', () =>
        ++attempts === 1
          ? problem(403, { title: 'Forbidden', detail: 'Invalid CSRF token' })
          : json({}),
      ),
    ])

    await api.post('/api/things', {})

    const posts = requests.filter((r) => r.method === 'POST')
    expect(posts).toHaveLength(2)
    expect(posts[1].headers['idempotency-key']).toBe(posts[0].headers['idempotency-key'])
  })

  it('fetches /api/auth/csrf first when there is no cookie yet and uses its token', async () => {
    const { requests } = mockFetch([
      route('GET', '/api/auth/csrf', () => json(csrfBody)),
      route('POST', '/api/auth/login', () => json({ id: '1' })),
    ])

    await api.post('/api/auth/login', { email: 'a@example.com', password: 'x' })

    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/auth/csrf',
      'POST /api/auth/login',
    ])
    expect(requests[1].headers['x-xsrf-token']).toBe('fresh-token')
  })

  it('does not send a CSRF header or fetch a token for GET, and sends Accept-Language', async () => {
    await i18n.changeLanguage('ja')
    const { requests, fetchMock } = mockFetch([route('GET', '/api/skills', () => json([]))])

    await api.get('/api/skills')

    expect(requests).toHaveLength(1)
    expect(requests[0].headers['x-xsrf-token']).toBeUndefined()
    expect(requests[0].headers['accept-language']).toBe('ja')
    expect(fetchMock.mock.calls[0][1]).toMatchObject({ credentials: 'same-origin' })
  })

  it('refetches the token once and retries when the server rejects the CSRF token', async () => {
    document.cookie = 'XSRF-TOKEN=stale; path=/'
    let attempts = 0
    const { requests } = mockFetch([
      route('GET', '/api/auth/csrf', () => {
        // what the browser does with the server's Set-Cookie
        document.cookie = 'XSRF-TOKEN=renewed; path=/'
        return json({ ...csrfBody, token: 'renewed' })
      }),
      route('POST', '/api/auth/logout', (request) =>
        ++attempts === 1 || request.headers['x-xsrf-token'] !== 'renewed'
          ? problem(403, { title: 'Forbidden', detail: 'Invalid CSRF token' })
          : noContent(),
      ),
    ])

    await expect(api.post('/api/auth/logout')).resolves.toBeUndefined()
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /api/auth/logout',
      'GET /api/auth/csrf',
      'POST /api/auth/logout',
    ])
    expect(requests[0].headers['x-xsrf-token']).toBe('stale')
    expect(requests[2].headers['x-xsrf-token']).toBe('renewed')
  })

  it('retries a CSRF failure only once', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    const { requests } = mockFetch([
      route('GET', '/api/auth/csrf', () => json(csrfBody)),
      route('POST', '/api/auth/logout', () =>
        problem(403, { title: 'Forbidden', detail: 'Invalid CSRF token' }),
      ),
    ])

    await expect(api.post('/api/auth/logout')).rejects.toMatchObject({ status: 403 })
    expect(requests).toHaveLength(3)
  })

  it('maps problem details to ApiError with field errors', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    mockFetch([
      route('POST', '/api/auth/register', () =>
        problem(400, {
          type: 'https://skillgap.dev/problems/validation',
          title: 'Bad Request',
          detail: 'Validation failed',
          errors: [
            { field: 'password', message: 'too common' },
            { field: 'email', message: 'must be a well-formed email address' },
          ],
        }),
      ),
    ])

    const error = await api.post('/api/auth/register', {}).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ApiError)
    const apiError = error as ApiError
    expect(apiError.status).toBe(400)
    expect(apiError.title).toBe('Bad Request')
    expect(apiError.detail).toBe('Validation failed')
    expect(apiError.type).toBe('https://skillgap.dev/problems/validation')
    expect(apiError.fieldErrors).toEqual({
      password: 'too common',
      email: 'must be a well-formed email address',
    })
  })

  it('reads Retry-After on 429', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    mockFetch([
      route('POST', '/api/auth/login', () =>
        problem(
          429,
          { title: 'Too Many Requests', detail: 'Too many attempts' },
          { 'Retry-After': '42' },
        ),
      ),
    ])

    const error = (await api.post('/api/auth/login', {}).catch((e: unknown) => e)) as ApiError

    expect(error.status).toBe(429)
    expect(error.retryAfterSeconds).toBe(42)
    expect(error.detail).toBe('Too many attempts')
  })

  it('reports a lost session (401) except for /api/auth/me and /api/auth/login', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    const handler = vi.fn()
    onUnauthorized(handler)
    const unauthorized = () => problem(401, { title: 'Unauthorized', detail: 'Log in first' })
    mockFetch([
      route('GET', '/api/auth/me', unauthorized),
      route('POST', '/api/auth/login', unauthorized),
      route('GET', '/api/me/skills', unauthorized),
    ])

    await expect(api.get('/api/auth/me')).rejects.toMatchObject({ status: 401 })
    await expect(api.post('/api/auth/login', {})).rejects.toMatchObject({ status: 401 })
    expect(handler).not.toHaveBeenCalled()

    await expect(api.get('/api/me/skills')).rejects.toMatchObject({ status: 401 })
    expect(handler).toHaveBeenCalledWith('/api/me/skills')
    onUnauthorized(null)
  })

  it('turns a non-JSON error body into an ApiError with the status text', async () => {
    mockFetch([
      route(
        'GET',
        '/api/broken',
        () => new Response('oops', { status: 502, statusText: 'Bad Gateway' }),
      ),
    ])
    await expect(api.get('/api/broken')).rejects.toMatchObject({
      status: 502,
      title: 'Bad Gateway',
    })
  })
})
