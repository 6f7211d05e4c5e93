import { describe, expect, it } from 'vitest'
import { lineNumbers, splitCitations } from './citations'

describe('splitCitations', () => {
  it('finds English and Japanese citations', () => {
    expect(splitCitations('Essential for the whole system (l.26-27).')).toEqual([
      { text: 'Essential for the whole system ' },
      { text: '(l.26-27)', lines: '26-27' },
      { text: '.' },
    ])
    expect(splitCitations('設計段階で考える（16・22・37行）。')).toEqual([
      { text: '設計段階で考える' },
      { text: '（16・22・37行）', lines: '16,22,37' },
      { text: '。' },
    ])
    expect(splitCitations('No citation')).toEqual([{ text: 'No citation' }])
  })

  it('expands ranges', () => {
    expect(lineNumbers('26-27,37')).toEqual([26, 27, 37])
  })
})
