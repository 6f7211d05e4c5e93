import { expect, type Page } from '@playwright/test'

export interface Account {
  email: string
  displayName: string
  password: string
}

/**
 * A stamp no other account of this run has, though tests run in parallel workers: the time and a
 * random part.
 */
export function uniqueStamp(): string {
  return `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
}

/** A fresh account for one test, unique per run. */
export function newAccount(prefix: string, displayName: string): Account {
  const stamp = uniqueStamp()
  return {
    email: `e2e-${prefix}-${stamp}@example.com`,
    displayName: `${displayName} ${stamp}`,
    password: `Skillgap e2e passphrase ${stamp}`,
  }
}

/** The app's main navigation (the sidebar). */
export function mainNav(page: Page, name = 'Main navigation') {
  return page.getByRole('navigation', { name })
}

/** Registers through the English form and waits for the dashboard's greeting. */
export async function registerThroughUi(page: Page, account: Account) {
  await page.goto('/register')
  await page.getByLabel(/^Email address/).fill(account.email)
  await page.getByLabel(/^Display name/).fill(account.displayName)
  await page.getByLabel(/^Password/).fill(account.password)
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect(page.getByRole('heading', { name: `Welcome, ${account.displayName}` })).toBeVisible()
}

/** Ids that more than one element of the page has (axe no longer checks them), with their count. */
export async function duplicateIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const counts = new Map<string, number>()
    for (const element of document.querySelectorAll('[id]')) {
      if (element.id) counts.set(element.id, (counts.get(element.id) ?? 0) + 1)
    }
    return [...counts].filter(([, count]) => count > 1).map(([id, count]) => `${id} ×${count}`)
  })
}

/**
 * A JSON call as the person logged in on `page` (their session cookie, their CSRF token); any
 * answer but 2xx fails the test. The answer's body, or undefined for 204.
 */
export async function api<T = unknown>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const token = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? ''
  const response = await page.request.fetch(path, {
    method,
    headers: { 'X-XSRF-TOKEN': token, 'Content-Type': 'application/json', ...headers },
    data: body === undefined ? undefined : JSON.stringify(body),
  })
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300)
  return (response.status() === 204 ? undefined : await response.json()) as T
}
