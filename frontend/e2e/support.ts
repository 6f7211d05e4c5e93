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
