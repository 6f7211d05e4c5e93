import { readFileSync } from 'node:fs'
import { expect, test, type Browser, type Page } from '@playwright/test'

import type { Account } from './support.ts'

/**
 * For the specs that run one story in each language: the UI's own texts (the locale files, as
 * i18next renders them), the server's messages, and the steps every person takes (register in
 * their language, open a page from the navigation, record a level).
 */

export type Language = 'en' | 'ja'
type Texts = Record<string, unknown>

export const LOCALES: Record<Language, string> = { en: 'en-US', ja: 'ja-JP' }

function load(path: string): Record<Language, Texts> {
  const read = (language: Language) =>
    JSON.parse(
      readFileSync(new URL(`../src/${path.replace('LANG', language)}`, import.meta.url), 'utf8'),
    ) as Texts
  return { en: read('en'), ja: read('ja') }
}

export const TEXTS = {
  common: load('locales/LANG/common.json'),
  auth: load('features/auth/locales/LANG.json'),
  skills: load('features/skills/locales/LANG.json'),
  learning: load('features/learning/locales/LANG.json'),
  fit: load('features/fit/locales/LANG.json'),
  mentoring: load('features/mentoring/locales/LANG.json'),
  notifications: load('features/notifications/locales/LANG.json'),
  teams: load('features/teams/locales/LANG.json'),
  postings: load('features/postings/locales/LANG.json'),
  roles: load('features/roles/locales/LANG.json'),
}

/** The UI text for a key, as i18next would render it (simple {{name}} interpolation, plurals). */
export function text(
  language: Language,
  namespace: keyof typeof TEXTS,
  key: string,
  values: Record<string, string | number> = {},
): string {
  const lookup = (path: string) => {
    let value: unknown = TEXTS[namespace][language]
    for (const part of path.split('.')) value = (value as Texts | undefined)?.[part]
    return value
  }
  let value = lookup(key)
  if (typeof values.count === 'number') {
    const plural = lookup(`${key}_${values.count === 1 ? 'one' : 'other'}`)
    if (typeof plural === 'string') value = plural
  }
  if (typeof value !== 'string') throw new Error(`No text ${namespace}:${key} in ${language}`)
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''))
}

export function serverText(language: Language, key: string, args: (string | number)[]): string {
  const file = language === 'en' ? 'messages.properties' : `messages_${language}.properties`
  const source = readFileSync(new URL(`../../src/main/resources/${file}`, import.meta.url), 'utf8')
  const line = source.split(/\r?\n/).find((candidate) => candidate.startsWith(`${key}=`))
  if (!line) throw new Error(`No server message ${key} in ${file}`)
  return line
    .slice(key.length + 1)
    .replace(/''/g, "'")
    .replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)]))
}

export function escape(value: string) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export const NAMES = {
  en: {
    linux: 'Linux server administration',
    troubleshooting: 'Troubleshooting and incident response',
    web: 'Web servers',
    serverEngineer: 'Server engineer',
  },
  ja: {
    linux: 'Linuxサーバー管理',
    troubleshooting: 'トラブルシューティング・障害対応',
    web: 'Webサーバー',
    serverEngineer: 'サーバーエンジニア',
  },
}

export async function newPerson(browser: Browser, language: Language) {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: LOCALES[language],
    acceptDownloads: true,
  })
  return context.newPage()
}

export async function register(page: Page, account: Account, language: Language) {
  const t = (key: string) => text(language, 'auth', key)
  await page.goto('/register')
  await page.getByLabel(new RegExp(`^${t('fields.email')}`)).fill(account.email)
  await page.getByLabel(new RegExp(`^${t('fields.displayName')}`)).fill(account.displayName)
  await page.getByLabel(new RegExp(`^${t('fields.password')}`)).fill(account.password)
  await page.getByRole('button', { name: t('register.submit') }).click()
  await expect(
    page.getByRole('heading', {
      name: text(language, 'common', 'dashboard.greeting', { name: account.displayName }),
    }),
  ).toBeVisible()
}

export function nav(page: Page, language: Language, key: string) {
  return page
    .getByRole('navigation', { name: text(language, 'common', 'nav.label') })
    .getByRole('link', { name: text(language, 'common', key), exact: true })
}

export async function setLevel(page: Page, language: Language, skill: string, level: number) {
  const group = page.getByRole('radiogroup', {
    name: text(language, 'skills', 'picker.label', { skill }),
  })
  const option = group.getByRole('radio', {
    name: new RegExp(`^${escape(text(language, 'skills', 'picker.option', { level, name: '' }))}`),
  })
  const saved = page.waitForResponse(
    (response) =>
      response.request().method() === 'PUT' && /\/api\/me\/skills\//.test(response.url()),
  )
  await option.click()
  expect((await saved).status()).toBe(200)
  await expect(option).toHaveAttribute('aria-checked', 'true')
}
