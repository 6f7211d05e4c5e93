import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { uniqueStamp } from './support.ts'

// From a gap to a recommendation, to the plan, to done, to a raised level and a higher fit.
test.use({ locale: 'en-US' })

const stamp = uniqueStamp()
const account = {
  email: `e2e-learning-${stamp}@example.com`,
  displayName: `Learner ${stamp}`,
  password: `Skillgap learning passphrase ${stamp}`,
  locale: 'en',
}

/** The CSRF token the server set as a cookie (fetched first if needed). */
async function csrf(page: Page, request: APIRequestContext): Promise<string> {
  let cookie = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')
  if (!cookie) {
    await request.get('/api/auth/csrf')
    cookie = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')
  }
  return cookie!.value
}

async function fitOnPage(page: Page): Promise<number> {
  const text = await page
    .getByText(/^Fit \d+%$/)
    .first()
    .textContent()
  return Number(text!.match(/\d+/)![0])
}

test('a recommended item, done and confirmed, raises my levels and my fit', async ({ page }) => {
  const request = page.request

  // A fresh learner with a few levels (the API shares the browser's cookies).
  const registered = await request.post('/api/auth/register', {
    data: account,
    headers: { 'X-XSRF-TOKEN': await csrf(page, request) },
  })
  expect(registered.status()).toBe(201)
  for (const [skill, level] of [
    ['linux-administration', 3],
    ['troubleshooting', 2],
    ['shell-scripting', 1],
  ] as const) {
    const saved = await request.put(`/api/me/skills/${skill}`, {
      data: { level },
      headers: { 'X-XSRF-TOKEN': await csrf(page, request) },
    })
    expect(saved.ok()).toBe(true)
  }

  // The dashboard knows my best fit now.
  await page.goto('/')
  await expect(page.getByRole('heading', { name: `Welcome, ${account.displayName}` })).toBeVisible()
  const bestFit = page.getByRole('region', { name: 'Your best fit' })
  await expect(bestFit.getByText(/You fit .+ best/)).toBeVisible()

  // Recommendations for the best-fitting role.
  await bestFit.getByRole('link', { name: 'What to learn next' }).click()
  await expect(page).toHaveURL(/\/learning\?role=/)
  const role = new URL(page.url()).searchParams.get('role')!
  await expect(page.getByRole('heading', { name: 'Recommended for you' })).toBeVisible()
  const fitBefore = await fitOnPage(page)

  const top = page.getByRole('article').first()
  const title = (await top.getByRole('heading', { level: 3 }).textContent())!.trim()
  await expect(top.getByText(/Closes your .+ gap/)).toBeVisible()
  const added = page.waitForResponse(
    (r) => r.url().endsWith('/api/me/plan') && r.request().method() === 'POST',
  )
  await top.getByRole('button', { name: `Add to plan: ${title}` }).click()
  expect((await added).status()).toBe(201)

  // The plan: mark it done and confirm the levels it raises.
  await page.getByRole('tab', { name: 'My plan' }).click()
  await expect(page).toHaveURL(/\/learning\/plan$/)
  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: title }) })
  await expect(card).toBeVisible()
  await card.getByRole('button', { name: 'Mark done' }).click()

  const dialog = page.getByRole('dialog', { name: 'Raise your skill levels?' })
  await expect(dialog).toBeVisible()
  const boxes = dialog.getByRole('checkbox')
  expect(await boxes.count()).toBeGreaterThan(0)
  for (const box of await boxes.all()) await expect(box).toBeChecked()
  const applied = page.waitForResponse((r) => r.url().endsWith('/apply-levels'))
  await dialog.getByRole('button', { name: /^Raise \d+ levels?$/ }).click()
  expect((await applied).status()).toBe(200)
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('region', { name: 'Done' }).getByText(title)).toBeVisible()

  // The levels were raised with the item as the source ...
  const history = await (await request.get('/api/me/skills/history')).json()
  expect(history.some((entry: { source: string }) => entry.source === 'learning-item')).toBe(true)

  // ... and my fit to that role went up.
  await page.goto(`/learning?role=${role}`)
  await expect(page.getByRole('heading', { name: 'Recommended for you' })).toBeVisible()
  await expect.poll(() => fitOnPage(page)).toBeGreaterThan(fitBefore)

  // The dashboard shows the change as progress from learning.
  await page.goto('/')
  await expect(
    page.getByRole('region', { name: 'Recent progress' }).getByText('from learning').first(),
  ).toBeVisible()
})
