import { expect, test } from '@playwright/test'

// The app under test has no SMTP server: the login page says whom to ask.
test.use({ locale: 'en-US' })

test('without mail, "forgot password" says whom to ask', async ({ page }) => {
  await page.goto('/login')
  await page.getByRole('link', { name: 'Forgot your password?' }).click()
  await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible()
  await expect(page.getByText(/cannot send mail/)).toBeVisible()
  await expect(page.getByText(/Ask (your|the) administrator/)).toBeVisible()
  await page.getByRole('link', { name: 'Back to log in' }).click()
  await expect(page.getByRole('heading', { name: 'Log in to Skillgap' })).toBeVisible()
})
