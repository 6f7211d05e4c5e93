import type { Language } from '@/lib/i18n'

export type Role = 'LEARNER' | 'ADMIN' | (string & {})

export interface User {
  id: string
  email: string
  displayName: string
  locale: Language
  roles: Role[]
}

export interface LoginInput {
  email: string
  password: string
}

export interface RegisterInput {
  email: string
  password: string
  displayName: string
  locale?: Language
}

export interface UpdateMeInput {
  displayName?: string
  locale?: Language
}

/** Password rules enforced by the server; the client checks the length only. */
export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 128
export const DISPLAY_NAME_MAX_LENGTH = 100
export const EMAIL_MAX_LENGTH = 254
