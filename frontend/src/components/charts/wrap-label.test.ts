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

  it('breaks Japanese between Latin words too, so a mixed label keeps to the width', () => {
    const lines = wrapLabel('Linuxサーバー管理またはWindows Server管理', 14)
    expect(lines).toEqual(['Linuxサーバー', '管理または…'])
    const units = (line: string) =>
      [...line].reduce((sum, char) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1), 0)
    expect(lines.every((line) => units(line) <= 14)).toBe(true)
    expect(lines[1].endsWith('…')).toBe(true)
  })

  it('cuts a word too long for a line', () => {
    expect(wrapLabel('Troubleshooting and incident response', 10)).toEqual(['Troublesh…', 'and…'])
  })
})
