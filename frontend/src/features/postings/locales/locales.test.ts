import { describe, expect, it } from 'vitest'
import en from './en.json'
import ja from './ja.json'

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  )
}

// plural forms are language-specific: Japanese has no _one
const base = (key: string) => key.replace(/_(one|other)$/, '')

describe('postings locales', () => {
  it('has the same keys in English and Japanese', () => {
    expect(new Set(keys(ja).map(base))).toEqual(new Set(keys(en).map(base)))
  })

  it('names a missing fit in both languages', () => {
    expect(en.fit.notApplicable).toBe('not applicable')
    expect(ja.fit.notApplicable).toBe('該当なし')
  })
})
