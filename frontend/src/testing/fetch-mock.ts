import { vi } from 'vitest'

export interface RecordedRequest {
  method: string
  path: string
  headers: Record<string, string>
  body: unknown
}

type Handler = (request: RecordedRequest) => Response | Promise<Response>

export interface Route {
  method: string
  path: string
  handler: Handler
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  })
}

export function problem(
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  })
}

export const noContent = () => new Response(null, { status: 204 })

/**
 * A small fetch stand-in: routes by method + path, records every request.
 * Unmatched requests answer 404 so a test notices them.
 */
export function mockFetch(routes: Route[]) {
  const requests: RecordedRequest[] = []
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost')
    const headers: Record<string, string> = {}
    new Headers(init.headers).forEach((value, key) => (headers[key] = value))
    const request: RecordedRequest = {
      method: (init.method ?? 'GET').toUpperCase(),
      path: url.pathname + url.search,
      headers,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    }
    requests.push(request)
    const route = routes.find((r) => r.method === request.method && r.path === url.pathname)
    if (!route) return problem(404, { title: 'Not Found', detail: `no mock for ${request.path}` })
    return route.handler(request)
  })
  vi.stubGlobal('fetch', fetchMock)
  return { requests, fetchMock }
}

export const route = (method: string, path: string, handler: Handler): Route => ({
  method,
  path,
  handler,
})
