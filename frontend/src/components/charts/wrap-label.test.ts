import { describe, expect, it } from 'vitest'
import { wrapLabel } from './wrap-label'

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('DNS', 14)).toEqual(['DNS'])
  })

  it('breaks Latin text between words', () => {
    expect(wrapLabel('Troubleshooting and incident response', 16)).toEqual([
      'Troubleshooting',
      'and incident…',
    ])
  })

  it('breaks Japanese anywhere but not before a long-vowel mark', () => {
    const lines = wrapLabel('システムアーキテクチャ', 12)
    expect(lines.join('')).toBe('システムアーキテクチャ')
    expect(lines.every((line) => !line.startsWith('ー'))).toBe(true)
    expect(lines.length).toBe(2)
  })

  it('ends what does not fit with an ellipsis', () => {
    const lines = wrapLabel('トラブルシューティングとインシデント対応', 12)
    expect(lines).toHaveLength(2)
    expect(lines[1].endsWith('…')).toBe(true)
  })
})
