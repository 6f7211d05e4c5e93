import { describe, expect, it } from 'vitest'
import skillsYaml from '../../../db/reference/skills.yaml?raw'
import messagesEn from '../../../src/main/resources/messages.properties?raw'
import messagesJa from '../../../src/main/resources/messages_ja.properties?raw'
import en from './en/common.json'
import ja from './ja/common.json'

/**
 * One vocabulary: the level names come from one bundle (common) and say what the reference data's
 * scale says (db/reference/skills.yaml, which the server's texts use); the kinds of learning items
 * are named as the server's CSV exports name them; Japanese names a job role 職種 everywhere,
 * never ロール.
 */
const featureBundles = import.meta.glob<string>('../features/*/locales/ja.json', {
  eager: true,
  query: '?raw',
  import: 'default',
})

function referenceScale(): { en: string[]; ja: string[] } {
  const scale = skillsYaml.slice(
    skillsYaml.indexOf('\nscale:'),
    skillsYaml.indexOf('\ncategories:'),
  )
  const names = [...scale.matchAll(/name: \{en: "([^"]+)", ja: "([^"]+)"\}/g)]
  return { en: names.map((m) => m[1]), ja: names.map((m) => m[2]) }
}

function kinds(properties: string): Record<string, string> {
  return Object.fromEntries(
    properties
      .split('\n')
      .filter((line) => line.startsWith('csv.kind.'))
      .map((line) => [
        line.slice('csv.kind.'.length, line.indexOf('=')),
        line.slice(line.indexOf('=') + 1),
      ]),
  )
}

const LEVELS = ['0', '1', '2', '3', '4', '5'] as const

describe('the vocabulary', () => {
  it('names the levels 0-5 as the reference scale does, in both languages', () => {
    const scale = referenceScale()
    expect(scale.en).toHaveLength(6)
    expect(LEVELS.map((level) => en.levels[level])).toEqual(scale.en)
    expect(LEVELS.map((level) => ja.levels[level])).toEqual(scale.ja)
  })

  it('names the kinds of learning items as the CSV exports of the server do', () => {
    expect(kinds(messagesEn)).toEqual(en.itemKind)
    expect(kinds(messagesJa)).toEqual(ja.itemKind)
  })

  it('calls a job role 職種 in every Japanese text of the UI and the server', () => {
    const texts: Record<string, string> = {
      ...featureBundles,
      'locales/ja/common.json': JSON.stringify(ja, null, 1),
      'messages_ja.properties': messagesJa,
    }
    expect(Object.keys(featureBundles).length).toBeGreaterThan(5)
    const offending = Object.entries(texts).flatMap(([file, content]) =>
      content
        .split('\n')
        // スクロール (scroll) is not a role
        .filter((line) => /(?<!ク)ロール/.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    )
    expect(offending).toEqual([])
  })
})
