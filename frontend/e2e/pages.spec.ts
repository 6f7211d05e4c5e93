import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { TABS as TEAM_TABS } from '../src/features/teams/components/tabs.ts'
import { NAMES, text } from './bilingual.ts'
import { api, duplicateIds, newAccount, registerThroughUi, type Account } from './support.ts'

/**
 * Every page in both languages at a desktop and a phone size: no page scrolls sideways, no two
 * elements share an id, and axe-core (WCAG 2.2 A and AA rules) finds no serious or critical
 * violation; the same with dialogs, popovers and toasts open. A screenshot of each goes to
 * test-results/pages/ to look at.
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

async function check(page: Page, label: string, wait = true) {
  if (wait) await settle(page)
  const overflow = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }))
  const duplicates = await duplicateIds(page)
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
  return { label, overflow: overflow.scroll - overflow.client, serious, duplicates }
}

function failed(result: Awaited<ReturnType<typeof check>>) {
  return result.overflow > 0 || result.serious.length > 0 || result.duplicates.length > 0
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
        if (failed(result)) problems.push(result)
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
        if (failed(result)) problems.push(result)
      }
    }
  }
  await context.close()
  expect(problems, JSON.stringify(problems, null, 2)).toEqual([])
})

test('dialogs, popovers and toasts open, both languages: no duplicate id, no serious axe violation', async ({
  page,
}) => {
  const account = newAccount('overlays', 'Overlay Tester')
  await registerThroughUi(page, account)
  const [menteePage, teamOverview] = await mentorAndLead(page, account)
  await api(page, 'PUT', '/api/me/goal', { roleCode: 'devops-engineer', targetDate: '2030-12-31' })
  await page.setViewportSize({ width: 1366, height: 900 })
  const problems: Awaited<ReturnType<typeof check>>[] = []
  const record = (result: Awaited<ReturnType<typeof check>>) => {
    if (failed(result)) problems.push(result)
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
    record(await check(page, `overlay-${language}-validate-dialog`, false))
    await dialog.getByRole('radio', { name: new RegExp(`^3`) }).check()
    await dialog.getByRole('button', { name: tm('validate.submit') }).click()
    const toast = page.locator('.mantine-Notification-root').first()
    await expect(toast).toBeVisible()
    await toast.hover() // a hovered toast stays
    record(await check(page, `overlay-${language}-toast`, false))
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
    record(await check(page, `overlay-${language}-bell`, false))
    await page.keyboard.press('Escape')

    // the numbers behind a pace status
    await page.getByTestId('pace-status').first().click()
    await expect(page.getByTestId('pace-figures')).toBeVisible()
    record(await check(page, `overlay-${language}-pace`, false))
    await page.keyboard.press('Escape')

    // a lead's confirmation dialog
    await page.goto(teamOverview)
    await settle(page)
    await page
      .getByRole('button', { name: new RegExp(`^${text(language, 'teams', 'members.remove')}`) })
      .first()
      .click()
    await expect(page.getByRole('dialog')).toBeVisible()
    record(await check(page, `overlay-${language}-remove-member`, false))
    await page.keyboard.press('Escape')

    // a posting's analysis: its scroll box takes focus
    await page.goto('/postings')
    await settle(page)
    await page
      .getByLabel(new RegExp(`^${text(language, 'postings', 'form.text')}`))
      .fill('サーバーエンジニア募集\n【必須スキル】Linuxサーバーの構築・運用経験3年以上、AWS、監視')
    await page.getByRole('button', { name: text(language, 'postings', 'form.analyse') }).click()
    await expect(page.getByTestId('posting-text')).toBeVisible()
    record(await check(page, `overlay-${language}-posting-analysis`))
  }
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
        if (failed(result)) problems.push(result)
      }
    }
    expect(problems, JSON.stringify(problems, null, 2)).toEqual([])
  })
})
