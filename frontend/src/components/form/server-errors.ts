import { isApiError } from '@/lib/api-client'

/**
 * Picks the server's field errors (problem detail `errors`) that belong to this form.
 * Returns the errors to hand to `form.setErrors`, keyed by field name.
 */
export function serverFieldErrors<Field extends string>(
  error: unknown,
  fields: readonly Field[],
): Partial<Record<Field, string>> {
  if (!isApiError(error)) return {}
  const result: Partial<Record<Field, string>> = {}
  for (const field of fields) {
    const message = error.fieldErrors[field]
    if (message) result[field] = message
  }
  return result
}

/** True when every field error of the problem is shown next to a field (no need to repeat it). */
export function allErrorsOnFields(error: unknown, fields: readonly string[]): boolean {
  if (!isApiError(error)) return false
  const names = Object.keys(error.fieldErrors)
  return names.length > 0 && names.every((name) => fields.includes(name))
}
