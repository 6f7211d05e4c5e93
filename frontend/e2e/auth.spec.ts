import { expect, test, type Page } from '@playwright/test'

import { uniqueStamp } from './support.ts'

// Start from an English browser so the switch to Japanese is visible.
test.use({ locale: 'en-US' })

const stamp = uniqueStamp()
const account = {
  email: `e2e-${stamp}@example.com`,
  displayName: `E2E Tester ${stamp}`,
  password: `Skillgap e2e passphrase ${stamp}`,
}

function mainNav(page: Page, name: string) {
  return page.getByRole('navigation', { name })
}

async function switchLanguage(page: Page, from: RegExp, to: string) {
  await page.getByRole('button', { name: from }).click()
  await page.getByRole('menuitem', { name: to }).click()
}

test('register, switch to Japanese, stay logged in, log out and back in', async ({ page }) => {
  // Register: the session starts right away.
  await page.goto('/register')
  await expect(page.getByRole('heading', { name: 'Create your account' })).toBeVisible()
  await page.getByLabel(/^Email address/).fill(account.email)
  await page.getByLabel(/^Display name/).fill(account.displayName)
  await page.getByLabel(/^Password/).fill(account.password)
  await page.getByRole('button', { name: 'Create account' }).click()

  await expect(page.getByRole('heading', { name: `Welcome, ${account.displayName}` })).toBeVisible()
  await expect(page).toHaveURL(/\/$/)
  await expect(
    mainNav(page, 'Main navigation').getByRole('link', { name: /My skills/ }),
  ).toBeVisible()

  // Switch to Japanese: saved on the account.
  const saved = page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/auth/me') && response.request().method() === 'PATCH',
  )
  await switchLanguage(page, /Language: English/, '日本語')
  expect((await saved).status()).toBe(200)
  await expect(
    mainNav(page, 'メインナビゲーション').getByRole('link', { name: /マイスキル/ }),
  ).toBeVisible()
  await expect(
    page.getByRole('heading', { name: `ようこそ、${account.displayName}さん` }),
  ).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')

  // Reload: still logged in, still Japanese.
  await page.reload()
  await expect(
    page.getByRole('heading', { name: `ようこそ、${account.displayName}さん` }),
  ).toBeVisible()
  await expect(
    mainNav(page, 'メインナビゲーション').getByRole('link', { name: /職種との適合度/ }),
  ).toBeVisible()

  // The job postings page is reachable from the navigation.
  await mainNav(page, 'メインナビゲーション')
    .getByRole('link', { name: /求人票/ })
    .click()
  await expect(page.getByRole('heading', { name: '求人票' })).toBeVisible()

  // Log out.
  await page.getByRole('button', { name: /アカウントメニュー/ }).click()
  await page.getByRole('menuitem', { name: 'ログアウト' }).click()
  await expect(page.getByRole('heading', { name: 'Skillgap にログイン' })).toBeVisible()

  // Switch this browser back to English, then log in: the account's language (Japanese) wins.
  await switchLanguage(page, /表示言語: 日本語/, 'English')
  await expect(page.getByRole('heading', { name: 'Log in to Skillgap' })).toBeVisible()
  await page.getByLabel(/^Email address/).fill(account.email)
  await page.getByLabel(/^Password/).fill(account.password)
  await page.getByRole('button', { name: 'Log in' }).click()

  await expect(
    page.getByRole('heading', { name: `ようこそ、${account.displayName}さん` }),
  ).toBeVisible()
  await expect(
    mainNav(page, 'メインナビゲーション').getByRole('link', { name: /マイスキル/ }),
  ).toBeVisible()

  // Log out again.
  await page.getByRole('button', { name: /アカウントメニュー/ }).click()
  await page.getByRole('menuitem', { name: 'ログアウト' }).click()
  await expect(page.getByRole('heading', { name: 'Skillgap にログイン' })).toBeVisible()

  // Protected pages now lead to the login page.
  await page.goto('/fit')
  await expect(page).toHaveURL(/\/login$/)
})
