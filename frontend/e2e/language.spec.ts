import { expect, test, type Page } from '@playwright/test'

import { newAccount, registerThroughUi } from './support.ts'

// Start from an English browser so the switch to Japanese is visible.
test.use({ locale: 'en-US' })

const account = newAccount('language', 'Language Tester')

/** A state-changing API call from the logged-in page (session cookie and CSRF header). */
async function api(page: Page, method: string, path: string, body: unknown) {
  const token = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? ''
  const response = await page.request.fetch(path, {
    method,
    headers: { 'X-XSRF-TOKEN': token, 'Content-Type': 'application/json' },
    data: JSON.stringify(body),
  })
  expect(response.status(), `${method} ${path}`).toBeLessThan(300)
}

test.setTimeout(120_000)

test('switching the language on the dashboard shows the server texts in the new language without a reload', async ({
  page,
}) => {
  await registerThroughUi(page, account)

  // A server profile and a goal, so that the dashboard shows a best fit, its explanation and a goal.
  await api(page, 'PUT', '/api/me/skills/linux-administration', { level: 5 })
  await api(page, 'PUT', '/api/me/skills/web-servers', { level: 4 })
  await api(page, 'PUT', '/api/me/goal', { roleCode: 'cloud-engineer', targetDate: '2030-12-31' })

  await page.reload()
  const bestFit = page.getByRole('region', { name: 'Your best fit' })
  await expect(bestFit.getByText('Server engineer', { exact: true })).toBeVisible()
  const englishExplanation = (await bestFit.locator('p').allTextContents()).join(' ')
  expect(englishExplanation).toMatch(/Server engineer/)
  const goal = page.getByRole('region', { name: 'Goal', exact: true })
  await expect(goal.getByText(/Cloud engineer/).first()).toBeVisible()

  // Remember this page: a reload would forget it.
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true))

  await page.getByRole('button', { name: /Language: English/ }).click()
  await page.getByRole('menuitem', { name: '日本語' }).click()

  // The role names and the explanation come from the server, now in Japanese.
  const bestFitJa = page.getByRole('region', { name: '最も適合する職種' })
  await expect(bestFitJa.getByText('サーバーエンジニア', { exact: true })).toBeVisible()
  await expect(bestFitJa.getByText('Server engineer', { exact: true })).toHaveCount(0)
  const goalJa = page.getByRole('region', { name: '目標', exact: true })
  await expect(goalJa.getByText(/クラウドエンジニア/).first()).toBeVisible()
  await expect(goalJa.getByText(/Cloud engineer/)).toHaveCount(0)
  await expect
    .poll(async () => (await bestFitJa.locator('p').allTextContents()).join(' '))
    .not.toBe(englishExplanation)

  expect(
    await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload),
  ).toBe(true)
})
