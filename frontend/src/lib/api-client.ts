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
  /** For a POST: the Idempotency-Key to send (default: the current user action's, see {@link withActionKey}). */
  idempotencyKey?: string
}

export const IDEMPOTENCY_HEADER = 'Idempotency-Key'

/** A new random key (a UUID v4), also where crypto.randomUUID is missing (plain http). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = (bytes[6] & 0x0f) | 0x40
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

let currentAction: { key: string; requests: number } | null = null

/**
 * Runs `start` (which starts the requests of one user action) with that action's key: every POST
 * it starts synchronously carries it (the first the key itself, a second one `key.2`...). Running the
 * same action again with the same key (a retry) sends the same keys, so the server does it once.
 */
export function withActionKey<T>(key: string, start: () => T): T {
  const previous = currentAction
  currentAction = { key, requests: 0 }
  try {
    return start()
  } finally {
    currentAction = previous
  }
}

/** The Idempotency-Key of a POST: given, else the current action's, else a new one. */
function idempotencyKeyOf(method: HttpMethod, options: RequestOptions): string | undefined {
  if (method !== 'POST') return undefined
  if (options.idempotencyKey) return options.idempotencyKey
  if (currentAction) {
    const n = ++currentAction.requests
    return n === 1 ? currentAction.key : `${currentAction.key}.${n}`
  }
  return newIdempotencyKey()
}

async function send(
  method: HttpMethod,
  path: string,
  options: RequestOptions,
  refreshCsrf: boolean,
  idempotencyKey: string | undefined,
): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLanguage(),
    ...options.headers,
  }
  if (idempotencyKey) headers[IDEMPOTENCY_HEADER] = idempotencyKey
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
 * or `undefined` for 204. Throws {@link ApiError} for every non-2xx answer. Every POST carries an
 * Idempotency-Key (the user action's: see {@link withActionKey}), so that a repeat is done once.
 */
export async function request<T>(
  method: HttpMethod,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  // taken before anything is awaited: the action's key is only set while the action starts
  const idempotencyKey = idempotencyKeyOf(method, options)
  let response = await send(method, path, options, false, idempotencyKey)
  let error = response.ok ? null : await toApiError(response)

  if (error?.isCsrfFailure && method !== 'GET') {
    // The token went stale (rotated by the server): fetch a fresh one and try once more (same key:
    // the refused request did nothing).
    response = await send(method, path, options, true, idempotencyKey)
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
