import type { Schemas } from '@/lib/api/types'

export type Role = 'LEARNER' | 'ADMIN' | (string & {})

/** POST /api/auth/login and /register, GET and PATCH /api/auth/me */
export type User = Schemas['UserResponse']

export type LoginInput = Schemas['LoginRequest']

export type RegisterInput = Schemas['RegisterRequest']

export type UpdateMeInput = Schemas['ProfileRequest']

export type PasswordChangeInput = Schemas['PasswordChangeRequest']

/** Password rules enforced by the server; the client checks the length only. */
export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 128
export const DISPLAY_NAME_MAX_LENGTH = 100
export const EMAIL_MAX_LENGTH = 254
