import { describe, expect, it } from 'vitest'
import en from './en.json'
import ja from './ja.json'

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  )
}

describe('teams locales', () => {
  it('has the same keys in English and Japanese', () => {
    expect(new Set(keys(ja))).toEqual(new Set(keys(en)))
  })
})
