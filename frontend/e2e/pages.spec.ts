import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { TABS as TEAM_TABS } from '../src/features/teams/components/tabs.ts'
import { newAccount, registerThroughUi, type Account } from './support.ts'

/**
 * Every page in both languages at a desktop and a phone size: no page scrolls sideways, and
 * axe-core (WCAG 2.2 A and AA rules) finds no serious or critical violation. A screenshot of
 * each goes to test-results/pages/ to look at.
 */
test.use({ locale: 'en-US' })
test.setTimeout(900_000)

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

async function api<T = unknown>(page: Page, method: string, path: string, body?: unknown) {
  const token = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? ''
  const response = await page.request.fetch(path, {
    method,
    headers: { 'X-XSRF-TOKEN': token, 'Content-Type': 'application/json' },
    data: body === undefined ? undefined : JSON.stringify(body),
  })
  expect(response.status(), `${method} ${path}`).toBeLessThan(300)
  return (response.status() === 204 ? undefined : await response.json()) as T
}

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

async function check(page: Page, label: string) {
  await settle(page)
  const overflow = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }))
  const screenshot = `test-results/pages/${label.replace(/[^a-z0-9]+/gi, '-')}.png`
  await page.screenshot({ path: screenshot, fullPage: true })
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      first: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
    }))
  return { label, overflow: overflow.scroll - overflow.client, serious }
}

test('every page, both languages, desktop and phone: no sideways scroll, no serious axe violation', async ({
  page,
}) => {
  const account = newAccount('pages', 'Pages Tester')
  await registerThroughUi(page, account)
  const related = await mentorAndLead(page, account)
  await api(page, 'PUT', '/api/me/skills/linux-administration', { level: 3 })
  await api(page, 'PUT', '/api/me/skills/web-servers', { level: 2 })
  await api(page, 'PUT', '/api/me/skills/system-architecture', { level: 1 })
  await api(page, 'PUT', '/api/me/goal', { roleCode: 'devops-engineer', targetDate: '2030-12-31' })
  await api(page, 'POST', '/api/me/plan', { itemCode: 'lpic-1' })
  await api(page, 'POST', '/api/me/postings', {
    text: 'DevOpsエンジニア募集\n【必須スキル】Linuxサーバーの構築経験3年以上、AWS、Terraform、Kubernetes',
  })

  const problems: Awaited<ReturnType<typeof check>>[] = []
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height })
    for (const language of ['en', 'ja'] as const) {
      await setLanguage(page, language)
      await api(page, 'PATCH', '/api/auth/me', { locale: language })
      for (const path of [...PAGES, ...related]) {
        await page.goto(path)
        const result = await check(page, `${size.name}-${language}${path}`)
        if (result.overflow > 0 || result.serious.length > 0) problems.push(result)
      }
    }
  }
  // logged out: the public pages
  const context = await page.context().browser()!.newContext({ locale: 'en-US' })
  const anonymous = await context.newPage()
  for (const size of SIZES) {
    await anonymous.setViewportSize({ width: size.width, height: size.height })
    for (const language of ['en', 'ja'] as const) {
      await anonymous.goto('/login')
      await setLanguage(anonymous, language)
      for (const path of PUBLIC_PAGES) {
        await anonymous.goto(path)
        const result = await check(anonymous, `${size.name}-${language}${path}`)
        if (result.overflow > 0 || result.serious.length > 0) problems.push(result)
      }
    }
  }
  await context.close()
  expect(problems, JSON.stringify(problems, null, 2)).toEqual([])
})

test.describe('dark colour scheme', () => {
  test.use({ colorScheme: 'dark' })

  test('every page in the dark scheme, both languages: no serious axe violation', async ({
    page,
  }) => {
    const account = newAccount('dark', 'Dark Tester')
    await registerThroughUi(page, account)
    const related = await mentorAndLead(page, account)
    await api(page, 'PUT', '/api/me/skills/linux-administration', { level: 3 })
    await api(page, 'PUT', '/api/me/goal', {
      roleCode: 'devops-engineer',
      targetDate: '2030-12-31',
    })
    await api(page, 'POST', '/api/me/plan', { itemCode: 'lpic-1' })
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
    const problems: Awaited<ReturnType<typeof check>>[] = []
    for (const language of ['en', 'ja'] as const) {
      await setLanguage(page, language)
      await api(page, 'PATCH', '/api/auth/me', { locale: language })
      for (const path of [...PAGES, ...related]) {
        await page.goto(path)
        const result = await check(page, `dark-${language}${path}`)
        if (result.overflow > 0 || result.serious.length > 0) problems.push(result)
      }
    }
    expect(problems, JSON.stringify(problems, null, 2)).toEqual([])
  })
})
