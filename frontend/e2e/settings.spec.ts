import { readFile } from 'node:fs/promises'
import { expect, test, type Browser } from '@playwright/test'

import { newAccount, registerThroughUi } from './support.ts'

test.use({ locale: 'en-US' })
test.setTimeout(120_000)

async function logInElsewhere(browser: Browser, email: string, password: string) {
  const context = await browser.newContext({ locale: 'en-US' })
  const page = await context.newPage()
  await page.goto('/login')
  await page.getByLabel(/^Email address/).fill(email)
  await page.getByLabel(/^Password/).fill(password)
  await page.getByRole('button', { name: 'Log in' }).click()
  await expect(page.getByRole('heading', { name: /^Welcome,/ })).toBeVisible()
  return { context, page }
}

test('settings: change the name, change the password (other sessions end), export, delete', async ({
  page,
  browser,
}) => {
  const account = newAccount('settings', 'Settings Tester')
  await registerThroughUi(page, account)

  // The user menu shows the whole email and leads to the settings.
  await page.getByRole('button', { name: /Account menu for/ }).click()
  await expect(page.getByText(account.email, { exact: true })).toBeVisible()
  await page.getByRole('menuitem', { name: 'Account settings' }).click()
  await expect(page.getByRole('heading', { name: 'Account settings', level: 1 })).toBeVisible()

  // Display name
  const name = page.getByLabel(/^Display name/)
  await name.fill('Renamed Tester')
  await page.getByRole('button', { name: 'Save name' }).click()
  await expect(page.getByText('Your display name was saved.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Account menu for Renamed Tester' })).toBeVisible()

  // Password: another browser is logged out, this one is not.
  const elsewhere = await logInElsewhere(browser, account.email, account.password)
  const newPassword = `${account.password} changed`
  await page.getByLabel(/^Current password/).fill('this is not it at all')
  await page.getByLabel(/^New password/).fill(newPassword)
  await page.getByRole('button', { name: 'Change password' }).click()
  await expect(page.getByText('The password is not right.')).toBeVisible()
  await page.getByLabel(/^Current password/).fill(account.password)
  await page.getByRole('button', { name: 'Change password' }).click()
  await expect(page.getByText(/Password changed\. 1 other session was logged out\./)).toBeVisible()
  await elsewhere.page.reload()
  await expect(elsewhere.page.getByRole('heading', { name: 'Log in to Skillgap' })).toBeVisible()
  await elsewhere.context.close()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Account settings', level: 1 })).toBeVisible()

  // Export: JSON and CSV downloads with my data.
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ])
  expect(json.suggestedFilename()).toMatch(/^skillgap-export-.*\.json$/)
  const data = JSON.parse(await readFile((await json.path())!, 'utf8'))
  expect(data.account.displayName).toBe('Renamed Tester')
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ])
  const bytes = await readFile((await csv.path())!)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  expect(bytes.subarray(3).toString('utf8')).toMatch(/^record,code,name,level/)

  // Deletion: states what happens, needs the password, then the account is gone.
  const deletion = page.getByRole('region', { name: 'Delete account' })
  await expect(deletion.getByText(/mentors lose access/)).toBeVisible()
  await expect(deletion.getByText(/team memberships end/)).toBeVisible()
  await deletion.getByLabel(/^Your password/).fill(newPassword)
  await deletion.getByRole('button', { name: 'Delete my account for good' }).click()
  await expect(page.getByRole('heading', { name: 'Log in to Skillgap' })).toBeVisible()
  await page.getByLabel(/^Email address/).fill(account.email)
  await page.getByLabel(/^Password/).fill(newPassword)
  await page.getByRole('button', { name: 'Log in' }).click()
  await expect(page.getByText('Wrong email or password.')).toBeVisible()
})
