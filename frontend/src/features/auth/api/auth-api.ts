import { isApiError } from '@/lib/api-client'
import { client } from '@/lib/api/client'
import { applyLanguage, currentLanguage } from '@/lib/i18n'
import type { LoginInput, PasswordChangeInput, RegisterInput, UpdateMeInput, User } from './types'

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

export function changePassword(input: PasswordChangeInput) {
  return client.post('/api/auth/me/password', { body: input })
}

export function deleteAccount(password: string): Promise<void> {
  return client.post('/api/auth/me/deletion', { body: { password } }) as Promise<void>
}

export type ExportFormat = 'json' | 'csv'

/**
 * Downloads my data export in the UI language (names beside the codes): fetched with the
 * session, then saved through a temporary link so that the browser keeps the file.
 */
export async function downloadExport(format: ExportFormat): Promise<void> {
  const response = await fetch(
    format === 'json' ? '/api/me/export' : `/api/me/export/csv?lang=${currentLanguage()}`,
    {
      credentials: 'same-origin',
      headers: { 'Accept-Language': currentLanguage() },
    },
  )
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  const disposition = response.headers.get('Content-Disposition') ?? ''
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `skillgap-export.${format}`
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function fetchPasswordResetAvailability() {
  return client.get('/api/auth/password-reset')
}

export function requestPasswordReset(email: string): Promise<void> {
  return client.post('/api/auth/password-reset', { body: { email } }) as Promise<void>
}

export function confirmPasswordReset(token: string, newPassword: string): Promise<void> {
  return client.post('/api/auth/password-reset/confirm', {
    body: { token, newPassword },
  }) as Promise<void>
}
