import { randomUUID } from 'node:crypto'
import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test'

import type { Account } from './support.ts'

/**
 * For the trust specs (learner, mentor, lead): someone else's steps through the API (a second
 * person who does not need a browser), and the outcome read from the API, so that a double click
 * is judged by what the server kept, not by what the page shows.
 */

/** A person using the API with their own session, as the SPA does (CSRF header, a key per POST). */
export class Api {
  readonly context: APIRequestContext
  readonly id: string
  readonly language: 'en' | 'ja'

  constructor(context: APIRequestContext, id: string, language: 'en' | 'ja' = 'en') {
    this.context = context
    this.id = id
    this.language = language
  }

  private async csrf(): Promise<string> {
    const response = await this.context.get('/api/auth/csrf')
    return ((await response.json()) as { token: string }).token
  }

  async get<T = unknown>(path: string): Promise<T> {
    const response = await this.context.get(path, { headers: { 'Accept-Language': this.language } })
    expect(response.ok(), `GET ${path}: ${response.status()} ${await response.text()}`).toBe(true)
    return (response.status() === 204 ? undefined : await response.json()) as T
  }

  async send<T = unknown>(
    method: 'POST' | 'PUT' | 'DELETE',
    path: string,
    data?: unknown,
  ): Promise<T> {
    const headers: Record<string, string> = { 'X-XSRF-TOKEN': await this.csrf() }
    if (method === 'POST') headers['Idempotency-Key'] = randomUUID()
    const response = await this.context.fetch(path, { method, data, headers })
    expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(
      true,
    )
    return (response.status() === 204 ? undefined : await response.json()) as T
  }

  post<T = unknown>(path: string, data?: unknown) {
    return this.send<T>('POST', path, data ?? {})
  }
}

function baseURL(): string {
  return test.info().project.use.baseURL ?? 'http://localhost:8080'
}

async function session(path: string, body: Record<string, unknown>): Promise<Api> {
  const context = await request.newContext({ baseURL: baseURL() })
  const csrf = await context.get('/api/auth/csrf')
  const token = ((await csrf.json()) as { token: string }).token
  const response = await context.post(path, { data: body, headers: { 'X-XSRF-TOKEN': token } })
  expect(response.ok(), `${path}: ${response.status()} ${await response.text()}`).toBe(true)
  const me = (await response.json()) as { id: string }
  return new Api(context, me.id)
}

export function registerApi(account: Account, locale: 'en' | 'ja' = 'en'): Promise<Api> {
  return session('/api/auth/register', { ...account, locale })
}

export function logInApi(account: Pick<Account, 'email' | 'password'>): Promise<Api> {
  return session('/api/auth/login', { email: account.email, password: account.password })
}

/** The API as the person logged in on this page sees it (their session). */
export async function pageApi(page: Page, language: 'en' | 'ja' = 'en'): Promise<Api> {
  const me = await page.request.get('/api/auth/me')
  expect(me.ok()).toBe(true)
  return new Api(page.request, ((await me.json()) as { id: string }).id, language)
}

/**
 * A double click on something that creates: both clicks reach the page before it can re-render.
 * Then waits a moment, so that a second request (if one went out) is answered before the data is
 * checked.
 */
export async function doubleClick(page: Page, target: ReturnType<Page['getByRole']>) {
  await target.dblclick()
  await page.waitForTimeout(800)
}

/**
 * Members whose assessments are months old (seeded by BrowserIntegrationTests straight in the
 * database: nobody can backdate an assessment through the app): `E2E_STALE_MEMBERS`, a JSON list of
 * four accounts (two per run of the lead's spec), each with `stale` (skill codes assessed 8 months ago) and `fresh` (assessed now).
 */
export interface StaleMember extends Account {
  stale: string[]
  fresh: string[]
}

export function staleMembers(): StaleMember[] {
  const seeded = process.env.E2E_STALE_MEMBERS
  if (!seeded) {
    throw new Error(
      'E2E_STALE_MEMBERS is not set: run the lead spec through BrowserIntegrationTests (it seeds them)',
    )
  }
  return JSON.parse(seeded) as StaleMember[]
}
