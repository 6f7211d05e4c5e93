import { expect, test, type Page } from '@playwright/test'

import { newAccount, registerThroughUi } from './support.ts'

test.use({ locale: 'en-US' })
test.setTimeout(120_000)

async function api(page: Page, method: string, path: string, body: unknown) {
  const token = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? ''
  const response = await page.request.fetch(path, {
    method,
    headers: { 'X-XSRF-TOKEN': token, 'Content-Type': 'application/json' },
    data: JSON.stringify(body),
  })
  expect(response.status(), `${method} ${path}`).toBeLessThan(300)
  return response
}

// The scenario comes from the reference data (db/reference): for the infrastructure engineer, AWS
// Certified Cloud Practitioner is the only item that starts cloud migration (0 → 1; every other item
// builds on 1 or 2). Finished without applying its levels, it leaves cloud migration at 0, where no other
// item helps: the path must say that the done item closes it once its levels are applied, not that no
// learning closes it.
const ROLE = 'infrastructure-engineer'
const ITEM = 'aws-certified-cloud-practitioner'

test('a done item whose levels were not applied can apply them later; no dead ends on the path', async ({
  page,
}) => {
  await registerThroughUi(page, newAccount('stranded', 'Stranded Tester'))
  await api(page, 'PUT', '/api/me/skills/network-fundamentals', { level: 1 })

  // The path names the gap each item closes and why.
  await page.goto(`/learning?role=${ROLE}`)
  const path = page.getByRole('region', { name: /hours to reach Infrastructure engineer/ })
  await expect(path.getByText(/^Why: /).first()).toBeVisible()

  // Every recommendation is reachable.
  const count = page.getByText(/^\d+ of \d+ items?$/)
  await expect(count).toBeVisible()
  const [shown, total] = (await count.textContent())!.match(/\d+/g)!.map(Number)
  if (total > shown) {
    await page.getByRole('button', { name: `Show all ${total}` }).click()
    await expect(page.getByText(`${total} of ${total} items`)).toBeVisible()
  }

  // The item is on the path, and it starts cloud migration.
  const recommendations = await (
    await page.request.get(`/api/me/recommendations?role=${ROLE}`)
  ).json()
  const step = recommendations.path.steps.find(
    (s: { item: { code: string } }) => s.item.code === ITEM,
  )
  expect(step, `${ITEM} on the path`).toBeTruthy()
  const title: string = step.item.title
  const onPath = path.getByRole('listitem').filter({ hasText: title })
  await expect(onPath.getByText('Cloud migration 0 → 1')).toBeVisible()

  // Finish it, then close the dialog without raising anything.
  await api(page, 'POST', '/api/me/plan', { itemCode: ITEM })
  await page.goto('/learning/plan')
  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: title }) })
  await card.getByRole('button', { name: 'Mark done' }).click()
  const dialog = page.getByRole('dialog', { name: 'Raise your skill levels?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Not now' }).click()
  await expect(dialog).toBeHidden()

  // Cloud migration stays at 0 and no other item starts it. The path does not call it a gap no
  // learning closes: it says the done item closes it once its levels are applied, and where.
  await page.goto(`/learning?role=${ROLE}`)
  const waiting = path.getByRole('group', {
    name: `“${title}” is done but its levels are not applied yet:`,
  })
  await expect(waiting.getByText('Cloud migration 0 → 1')).toBeVisible()
  await expect(path.getByRole('listitem').filter({ hasText: title })).toHaveCount(0)
  const unclosed = path.getByRole('group', { name: /^Gaps no learning item closes/ })
  await expect(unclosed.getByText(/Cloud migration/)).toHaveCount(0)
  await waiting.getByRole('link', { name: 'apply them in your plan' }).click()

  // ... and the done card can open the dialog again.
  const done = page.getByRole('region', { name: 'Done' })
  await done.getByRole('button', { name: 'Apply its levels' }).click()
  await expect(dialog).toBeVisible()
  const applied = page.waitForResponse((r) => r.url().endsWith('/apply-levels'))
  await dialog.getByRole('button', { name: /^Raise \d+ levels?$/ }).click()
  expect((await applied).status()).toBe(200)
  await expect(dialog).toBeHidden()
  const history = await (await page.request.get('/api/me/skills/history')).json()
  expect(
    history.some(
      (entry: { source: string; skillCode: string }) =>
        entry.source === 'learning-item' && entry.skillCode === 'cloud-migration',
    ),
  ).toBe(true)

  // Applied: the path goes on from level 1 with the items that build on it, nothing waits any more.
  await page.goto(`/learning?role=${ROLE}`)
  await expect(path.getByText(/^Why: /).first()).toBeVisible()
  await expect(path.getByText(/is done but its levels are not applied yet/)).toHaveCount(0)
  await expect(path.getByText(/^Cloud migration 1 → \d$/).first()).toBeVisible()
  await expect(unclosed.getByText(/Cloud migration/)).toHaveCount(0)
})
