import { isApiError } from '@/lib/api-client'
import { client } from '@/lib/api/client'
import { applyLanguage } from '@/lib/i18n'
import type { LoginInput, RegisterInput, UpdateMeInput, User } from './types'

/** The logged-in user's saved language wins over the browser's. */
async function adoptUser(user: User): Promise<User> {
  await applyLanguage(user.locale)
  return user
}

/** The current user, or null when nobody is logged in (401). */
export async function fetchMe(): Promise<User | null> {
  try {
    return await adoptUser(await client.get('/api/auth/me'))
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null
    throw error
  }
}

export async function login(input: LoginInput): Promise<User> {
  return adoptUser(await client.post('/api/auth/login', { body: input }))
}

export async function register(input: RegisterInput): Promise<User> {
  return adoptUser(await client.post('/api/auth/register', { body: input }))
}

export function logout(): Promise<void> {
  return client.post('/api/auth/logout')
}

export function updateMe(input: UpdateMeInput): Promise<User> {
  return client.patch('/api/auth/me', { body: input })
}
