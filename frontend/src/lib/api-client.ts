import { currentLanguage } from '@/lib/i18n'

/** One entry of a problem detail's `errors` array. */
export interface FieldError {
  field: string
  message: string
}

/** RFC 9457 problem detail as sent by the backend (`application/problem+json`). */
export interface ProblemDetail {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  errors?: FieldError[]
  [extension: string]: unknown
}

/** Any non-2xx answer from the API. */
export class ApiError extends Error {
  readonly status: number
  readonly title: string
  readonly detail: string | undefined
  readonly type: string | undefined
  /** field name -> first message for that field */
  readonly fieldErrors: Record<string, string>
  /** seconds from the Retry-After header (429) */
  readonly retryAfterSeconds: number | undefined
  readonly problem: ProblemDetail

  constructor(status: number, problem: ProblemDetail, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
    this.title = problem.title ?? `HTTP ${status}`
    this.detail = problem.detail
    this.type = problem.type
    this.retryAfterSeconds = retryAfterSeconds
    const fieldErrors: Record<string, string> = {}
    for (const error of problem.errors ?? []) {
      if (error && typeof error.field === 'string' && !(error.field in fieldErrors)) {
        fieldErrors[error.field] = String(error.message ?? '')
      }
    }
    this.fieldErrors = fieldErrors
  }

  get isCsrfFailure(): boolean {
    return this.status === 403 && /csrf/i.test(`${this.title} ${this.detail ?? ''}`)
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

export interface CsrfToken {
  token: string
  headerName: string
  parameterName: string
}

export const CSRF_COOKIE = 'XSRF-TOKEN'
export const CSRF_HEADER = 'X-XSRF-TOKEN'
const CSRF_ENDPOINT = '/api/auth/csrf'

/** 401 from these means "not logged in / wrong password", not "your session ended". */
const UNAUTHORIZED_IS_EXPECTED = ['/api/auth/me', '/api/auth/login']

type UnauthorizedHandler = (path: string) => void
let unauthorizedHandler: UnauthorizedHandler | null = null

/** The app layer decides what a lost session means (clear the cached user, go to /login). */
export function onUnauthorized(handler: UnauthorizedHandler | null): void {
  unauthorizedHandler = handler
}

export function readCookie(name: string): string | null {
  if (typeof document === 'undefined' || !document.cookie) return null
  for (const part of document.cookie.split(';')) {
    const [rawName, ...rest] = part.trim().split('=')
    if (rawName === name) {
      const value = rest.join('=')
      try {
        return decodeURIComponent(value)
      } catch {
        return value
      }
    }
  }
  return null
}

async function fetchCsrfToken(): Promise<string> {
  const response = await fetch(CSRF_ENDPOINT, {
    method: 'GET',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Accept-Language': currentLanguage() },
  })
  if (!response.ok) throw await toApiError(response)
  const body = (await response.json()) as CsrfToken
  // The server also sets the cookie; prefer it so header and cookie always agree.
  return readCookie(CSRF_COOKIE) ?? body.token
}

/** The token is read freshly for every request: the server rotates it on login, register and logout. */
async function csrfToken(forceRefresh: boolean): Promise<string> {
  if (!forceRefresh) {
    const fromCookie = readCookie(CSRF_COOKIE)
    if (fromCookie) return fromCookie
  }
  return fetchCsrfToken()
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds))
  const date = Date.parse(header)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, Math.ceil((date - Date.now()) / 1000))
}

async function toApiError(response: Response): Promise<ApiError> {
  let problem: ProblemDetail = {}
  const contentType = response.headers.get('Content-Type') ?? ''
  if (contentType.includes('json')) {
    try {
      const body: unknown = await response.json()
      if (body && typeof body === 'object') problem = body as ProblemDetail
    } catch {
      // not JSON after all: keep the empty problem
    }
  }
  if (!problem.title)
    problem = { ...problem, title: response.statusText || `HTTP ${response.status}` }
  return new ApiError(
    response.status,
    problem,
    parseRetryAfter(response.headers.get('Retry-After')),
  )
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface RequestOptions {
  body?: unknown
  headers?: Record<string, string>
  signal?: AbortSignal
}

async function send(
  method: HttpMethod,
  path: string,
  options: RequestOptions,
  refreshCsrf: boolean,
): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLanguage(),
    ...options.headers,
  }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (method !== 'GET') headers[CSRF_HEADER] = await csrfToken(refreshCsrf)
  return fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  })
}

/**
 * Calls the Skillgap API (same origin; `path` starts with /api) and returns the parsed JSON body,
 * or `undefined` for 204. Throws {@link ApiError} for every non-2xx answer.
 */
export async function request<T>(
  method: HttpMethod,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  let response = await send(method, path, options, false)
  let error = response.ok ? null : await toApiError(response)

  if (error?.isCsrfFailure && method !== 'GET') {
    // The token went stale (rotated by the server): fetch a fresh one and try once more.
    response = await send(method, path, options, true)
    error = response.ok ? null : await toApiError(response)
  }

  if (error) {
    if (error.status === 401 && !UNAUTHORIZED_IS_EXPECTED.includes(path.split('?')[0])) {
      unauthorizedHandler?.(path)
    }
    throw error
  }

  if (response.status === 204 || response.headers.get('Content-Length') === '0') {
    return undefined as T
  }
  const contentType = response.headers.get('Content-Type') ?? ''
  if (!contentType.includes('json')) return undefined as T
  return (await response.json()) as T
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
}
