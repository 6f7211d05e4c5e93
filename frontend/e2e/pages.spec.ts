import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { TABS as TEAM_TABS } from '../src/features/teams/components/tabs.ts'
import { NAMES, text } from './bilingual.ts'
import { api, newAccount, registerThroughUi, type Account } from './support.ts'

/**
 * Every page in both colour schemes, both languages, at a desktop and a phone size: no page scrolls
 * sideways and no id is given twice. The expensive checks run once per page and scheme: axe-core
 * (WCAG 2.2 A and AA rules) finds no serious or critical violation, and a screenshot goes to
 * test-results/pages/ to look at; in the light scheme at the desktop size in English, in the dark
 * scheme at the phone size in Japanese, so that each layout and each language is checked too. Each
 * scheme, size and language is a test of its own, with its own people, so they run in parallel.
 * Dialogs, popovers and toasts get the same checks while open.
 */
test.use({ locale: 'en-US' })
test.setTimeout(300_000)

const SIZES = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const

const PAGES = [
  '/',
  '/skills',
  '/roles',
  '/fit',
  '/learning',
  '/learning/plan',
  '/career',
  '/postings',
  '/postings?tab=saved',
  '/mentoring',
  '/mentees',
  '/teams',
  '/settings',
  '/settings/notifications',
  '/reassessments',
  '/certifications',
] as const

const PUBLIC_PAGES = ['/login', '/register', '/forgot-password', '/reset-password?token=x'] as const

/**
 * The person `page` is logged in as becomes the mentor of, and leads a team with, a second person
 * with a few levels: the pages of a mentor and a lead, with data in them. Returns those pages.
 */
async function mentorAndLead(page: Page, account: Account): Promise<string[]> {
  const team = await api<{ id: string }>(page, 'POST', '/api/teams', { name: 'Platform team' })
  const mentee = await page.context().browser()!.newContext({ locale: 'en-US' })
  const other = await mentee.newPage()
  const menteeAccount = newAccount('pages-mentee', 'Pages Mentee')
  await api(page, 'POST', `/api/teams/${team.id}/invitations`, { email: menteeAccount.email })
  await registerThroughUi(other, menteeAccount)
  await api(other, 'PUT', '/api/me/skills/linux-administration', { level: 2 })
  await api(other, 'PUT', '/api/me/skills/network-fundamentals', { level: 4 })
  await api(other, 'POST', '/api/me/mentors', { email: account.email })
  const [invitation] = await api<{ id: string }[]>(other, 'GET', '/api/me/team-invitations')
  await api(other, 'POST', `/api/me/team-invitations/${invitation.id}/accept`)
  await mentee.close()
  const mentorships = await api<{ id: string; myRole: string; status: string }[]>(
    page,
    'GET',
    '/api/mentorships',
  )
  const pending = mentorships.find((m) => m.myRole === 'mentor' && m.status === 'pending')!
  await api(page, 'POST', `/api/mentorships/${pending.id}/accept`)
  const [menteeRow] = await api<{ id: string }[]>(page, 'GET', '/api/mentees')
  return [
    `/mentees/${menteeRow.id}`,
    ...TEAM_TABS.map((tab) => `/teams/${team.id}?tab=${tab}`),
    `/teams/${team.id}/print`,
  ]
}

async function setLanguage(page: Page, language: 'en' | 'ja') {
  await page.evaluate((lang) => window.localStorage.setItem('skillgap.lang', lang), language)
}

/** Waits until the page has settled: no loader, no skeleton. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle')
  await expect(page.locator('.mantine-Skeleton-root')).toHaveCount(0, { timeout: 15_000 })
  await page.waitForTimeout(300)
}

/** The cheap checks, on every page everywhere: sideways scroll and ids given twice. */
async function cheapCheck(page: Page) {
  return page.evaluate(() => {
    const seen = new Set<string>()
    const duplicateIds = new Set<string>()
    for (const element of document.querySelectorAll('[id]')) {
      if (seen.has(element.id)) duplicateIds.add(element.id)
      seen.add(element.id)
    }
    return {
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      duplicateIds: [...duplicateIds],
    }
  })
}

/** The expensive checks, once per page and scheme: a screenshot and axe-core. */
async function expensiveCheck(page: Page, label: string) {
  const screenshot = `test-results/pages/${label.replace(/[^a-z0-9]+/gi, '-')}.png`
  await page.screenshot({ path: screenshot, fullPage: true })
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      first: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
    }))
}

type Problem = { label: string; overflow: number; duplicateIds: string[]; serious: unknown[] }

/** Opens a page, lets it settle and checks it; returns what is wrong, if anything. */
async function visit(
  page: Page,
  path: string,
  label: string,
  expensive: boolean,
): Promise<Problem | undefined> {
  await page.goto(path)
  await settle(page)
  const { overflow, duplicateIds } = await cheapCheck(page)
  const serious = expensive ? await expensiveCheck(page, label) : []
  if (overflow > 0 || duplicateIds.length > 0 || serious.length > 0) {
    return { label, overflow, duplicateIds, serious }
  }
  return undefined
}

type Scheme = 'light' | 'dark'
type Size = (typeof SIZES)[number]
type Language = 'en' | 'ja'

/** Where a scheme gets its expensive checks: each layout and each language once. */
const EXPENSIVE: Record<Scheme, { size: Size['name']; language: Language }> = {
  light: { size: 'desktop', language: 'en' },
  dark: { size: 'phone', language: 'ja' },
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme })

    for (const size of SIZES) {
      for (const language of ['en', 'ja'] as const) {
        const expensive =
          EXPENSIVE[scheme].size === size.name && EXPENSIVE[scheme].language === language
        test(`every page, ${size.name}, ${language}: no sideways scroll, no id twice${expensive ? ', no serious axe violation' : ''}`, async ({
          page,
        }) => {
          // axe on every page takes minutes when the machine is busy
          if (expensive) test.setTimeout(600_000)
          await page.setViewportSize({ width: size.width, height: size.height })
          const account = newAccount(`pages-${scheme}-${size.name}-${language}`, 'Pages Tester')
          await registerThroughUi(page, account)
          await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme)
          const related = await mentorAndLead(page, account)
          await api(page, 'PUT', '/api/me/skills/linux-administration', { level: 3 })
          await api(page, 'PUT', '/api/me/skills/web-servers', { level: 2 })
          await api(page, 'PUT', '/api/me/skills/system-architecture', { level: 1 })
          await api(page, 'PUT', '/api/me/goal', {
            roleCode: 'devops-engineer',
            targetDate: '2030-12-31',
          })
          await api(page, 'POST', '/api/me/plan', { itemCode: 'lpic-1' })
          await api(page, 'POST', '/api/me/postings', {
            text: 'DevOpsエンジニア募集\n【必須スキル】Linuxサーバーの構築経験3年以上、AWS、Terraform、Kubernetes',
          })
          await setLanguage(page, language)
          await api(page, 'PATCH', '/api/auth/me', { locale: language })

          const problems: Problem[] = []
          for (const path of [...PAGES, ...related]) {
            const problem = await visit(
              page,
              path,
              `${scheme}-${size.name}-${language}${path}`,
              expensive,
            )
            if (problem) problems.push(problem)
          }
          expect(problems, JSON.stringify(problems, null, 2)).toEqual([])
        })
      }
    }

    test(`the public pages, both sizes and languages: no sideways scroll, no id twice, no serious axe violation`, async ({
      page,
    }) => {
      const problems: Problem[] = []
      for (const size of SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height })
        for (const language of ['en', 'ja'] as const) {
          await page.goto('/login')
          await setLanguage(page, language)
          const expensive =
            EXPENSIVE[scheme].size === size.name && EXPENSIVE[scheme].language === language
          for (const path of PUBLIC_PAGES) {
            const problem = await visit(
              page,
              path,
              `${scheme}-${size.name}-${language}${path}`,
              expensive,
            )
            if (problem) problems.push(problem)
          }
        }
      }
      expect(problems, JSON.stringify(problems, null, 2)).toEqual([])
    })
  })
}

/** The checks of a page with a dialog, popover or toast open (`wait`: let the page settle first). */
async function overlayCheck(page: Page, label: string, wait = true): Promise<Problem | undefined> {
  if (wait) await settle(page)
  const { overflow, duplicateIds } = await cheapCheck(page)
  const serious = await expensiveCheck(page, label)
  if (overflow > 0 || duplicateIds.length > 0 || serious.length > 0) {
    return { label, overflow, duplicateIds, serious }
  }
  return undefined
}

test('dialogs, popovers and toasts open, both languages: no duplicate id, no serious axe violation', async ({
  page,
}) => {
  test.setTimeout(600_000)
  const account = newAccount('overlays', 'Overlay Tester')
  await registerThroughUi(page, account)
  const [menteePage, teamOverview] = await mentorAndLead(page, account)
  await api(page, 'PUT', '/api/me/goal', { roleCode: 'devops-engineer', targetDate: '2030-12-31' })
  await page.setViewportSize({ width: 1366, height: 900 })
  const problems: Problem[] = []
  const record = (problem: Problem | undefined) => {
    if (problem) problems.push(problem)
  }
  for (const language of ['en', 'ja'] as const) {
    await setLanguage(page, language)
    await api(page, 'PATCH', '/api/auth/me', { locale: language })
    const tm = (key: string, values?: Record<string, string | number>) =>
      text(language, 'mentoring', key, values)

    // the validate dialog (with the level descriptions), then the toast it leaves
    await page.goto(menteePage)
    await settle(page)
    await page
      .getByRole('button', { name: tm('validate.open', { skill: NAMES[language].linux }) })
      .click()
    const dialog = page.getByRole('dialog', {
      name: tm('validate.title', { skill: NAMES[language].linux }),
    })
    await expect(dialog).toBeVisible()
    record(await overlayCheck(page, `overlay-${language}-validate-dialog`, false))
    await dialog.getByRole('radio', { name: new RegExp(`^3`) }).check()
    await dialog.getByRole('button', { name: tm('validate.submit') }).click()
    const toast = page.locator('.mantine-Notification-root').first()
    await expect(toast).toBeVisible()
    await toast.hover() // a hovered toast stays
    record(await overlayCheck(page, `overlay-${language}-toast`, false))
    await expect(
      toast.getByRole('button', { name: text(language, 'common', 'close') }),
    ).toBeVisible()

    // the bell's list
    await page.goto('/')
    await settle(page)
    await page
      .getByRole('banner')
      .getByRole('button', { name: /^(Notifications|通知)/ })
      .click()
    await expect(
      page.getByRole('dialog', { name: text(language, 'notifications', 'title') }),
    ).toBeVisible()
    record(await overlayCheck(page, `overlay-${language}-bell`, false))
    await page.keyboard.press('Escape')

    // the numbers behind a pace status
    await page.getByTestId('pace-status').first().click()
    await expect(page.getByTestId('pace-figures')).toBeVisible()
    record(await overlayCheck(page, `overlay-${language}-pace`, false))
    await page.keyboard.press('Escape')

    // a lead's confirmation dialog
    await page.goto(teamOverview)
    await settle(page)
    await page
      .getByRole('button', { name: new RegExp(`^${text(language, 'teams', 'members.remove')}`) })
      .first()
      .click()
    await expect(page.getByRole('dialog')).toBeVisible()
    record(await overlayCheck(page, `overlay-${language}-remove-member`, false))
    await page.keyboard.press('Escape')

    // a posting's analysis: its scroll box takes focus
    await page.goto('/postings')
    await settle(page)
    await page
      .getByLabel(new RegExp(`^${text(language, 'postings', 'form.text')}`))
      .fill('サーバーエンジニア募集\n【必須スキル】Linuxサーバーの構築・運用経験3年以上、AWS、監視')
    await page.getByRole('button', { name: text(language, 'postings', 'form.analyse') }).click()
    await expect(page.getByTestId('posting-text')).toBeVisible()
    record(await overlayCheck(page, `overlay-${language}-posting-analysis`))
  }
  expect(problems, JSON.stringify(problems, null, 2)).toEqual([])
})
