import { expect, test, type Page } from '@playwright/test'

import { setLevel as setLevelIn } from './bilingual.ts'
import { mainNav, newAccount, registerThroughUi } from './support.ts'

// Start from an English browser so the switch to Japanese is visible.
test.use({ locale: 'en-US' })

const account = newAccount('fit', 'Fit Tester')

const nav = mainNav

/** Picks a level on My skills (in English) and waits until the server saved it. */
const setLevel = (page: Page, skill: string, level: number) => setLevelIn(page, 'en', skill, level)

function ranking(page: Page, label = 'Roles ranked by fit') {
  return page.getByRole('list', { name: label }).getByRole('button')
}

test.setTimeout(120_000)

test('levels on My skills change the fit ranking; skill names follow the language', async ({
  page,
}) => {
  await registerThroughUi(page, account)

  // A new user has no fit yet: the page points to My skills.
  await nav(page)
    .getByRole('link', { name: /My fit/ })
    .click()
  await expect(page.getByRole('heading', { name: 'Record your skills first' })).toBeVisible()
  await page.getByRole('link', { name: 'Go to My skills' }).click()
  await expect(page.getByRole('heading', { name: 'My skills', level: 1 })).toBeVisible()
  await expect(page.getByText('0 of 40 skills recorded')).toBeVisible()

  // A server profile: Linux and troubleshooting.
  await setLevel(page, 'Linux server administration', 5)
  await setLevel(page, 'Troubleshooting and incident response', 4)
  await setLevel(page, 'Web servers', 4)
  await expect(page.getByText('3 of 40 skills recorded')).toBeVisible()

  // Saved on the server: still there after a reload.
  await page.reload()
  await expect(
    page
      .getByRole('radiogroup', { name: 'Level for Linux server administration' })
      .getByRole('radio', { name: /^Level 5:/ }),
  ).toHaveAttribute('aria-checked', 'true')

  await nav(page)
    .getByRole('link', { name: /My fit/ })
    .click()
  await expect(page.getByRole('heading', { name: 'Your best fit: Server engineer' })).toBeVisible()
  await expect(ranking(page).first()).toHaveAccessibleName(/^1\. Server engineer /)
  await expect(page.getByRole('table', { name: 'Gaps to Server engineer' })).toBeVisible()

  // What-if: nothing saved, but the server answers with the deltas.
  const whatIf = page.waitForResponse((response) => response.url().endsWith('/api/me/fit/what-if'))
  // (not Windows Server: Linux at 5 already meets the server engineer's Linux-or-Windows group)
  const slider = page.getByRole('slider', {
    name: 'What-if level for Mail servers',
  })
  await slider.focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  expect((await whatIf).status()).toBe(200)
  const results = page.getByRole('table', { name: 'Fits with the what-if levels' })
  await expect(results).toBeVisible()
  await expect(results.getByText(/^\+\d+%$/).first()).toBeVisible()

  // Now broaden: network, cloud, availability and capacity.
  await nav(page)
    .getByRole('link', { name: /My skills/ })
    .click()
  await setLevel(page, 'Network fundamentals', 4)
  await setLevel(page, 'Network design', 4)
  await setLevel(page, 'Network security', 3)
  await setLevel(page, 'Cloud architecture', 3)
  await setLevel(page, 'Amazon Web Services (AWS)', 3)
  await setLevel(page, 'High availability and disaster recovery', 4)
  await setLevel(page, 'Capacity planning and scalability', 4)

  await nav(page)
    .getByRole('link', { name: /My fit/ })
    .click()
  await expect(
    page.getByRole('heading', { name: 'Your best fit: Infrastructure engineer' }),
  ).toBeVisible()
  await expect(ranking(page).first()).toHaveAccessibleName(/^1\. Infrastructure engineer /)
  // the progress chart has one point per change of level
  await expect(page.getByRole('img', { name: /over 10 changes/ })).toBeVisible()

  // Japanese: the server sends the skill and role names in Japanese.
  await page.getByRole('button', { name: /Language: English/ }).click()
  await page.getByRole('menuitem', { name: '日本語' }).click()
  await expect(
    page.getByRole('heading', { name: '最も合う職種: インフラエンジニア' }),
  ).toBeVisible()
  await expect(page.getByTestId('fit-explanation')).toContainText('インフラエンジニア')

  await nav(page, 'メインナビゲーション')
    .getByRole('link', { name: /マイスキル/ })
    .click()
  await expect(page.getByRole('heading', { name: 'マイスキル', level: 1 })).toBeVisible()
  const linux = page.getByRole('radiogroup', { name: 'Linuxサーバー管理のレベル' })
  await expect(linux).toBeVisible()
  await expect(linux.getByRole('radio', { name: /^レベル5:/ })).toHaveAttribute(
    'aria-checked',
    'true',
  )
  await expect(page.getByText('40 件中 10 件のスキルを記録済み')).toBeVisible()

  // Roles: the default comparison, in Japanese.
  await nav(page, 'メインナビゲーション').getByRole('link', { name: /職種$/ }).click()
  await expect(
    page.getByRole('table', { name: 'インフラエンジニアとサーバーエンジニアの必要スキル' }),
  ).toBeVisible()
})
