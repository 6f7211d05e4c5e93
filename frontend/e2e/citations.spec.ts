import { expect, test } from '@playwright/test'

import { newAccount, registerThroughUi } from './support.ts'

test.use({ locale: 'en-US' })

test('a cited article line shows its sentence, with the English gloss in English', async ({
  page,
}) => {
  await registerThroughUi(page, newAccount('citations', 'Citation Reader'))
  await page.goto('/roles?role=infrastructure-engineer')
  const citation = page
    .getByRole('note')
    .filter({ hasText: /^\(l\.26-27\)$/ })
    .first()
  await expect(citation).toHaveAttribute('tabindex', '0')
  await citation.focus()
  const tooltip = page.getByRole('tooltip')
  await expect(tooltip).toContainText('Line 26')
  await expect(tooltip).toContainText('インフラエンジニアにはネットワークやクラウドの知識が必要')
  await expect(tooltip).toContainText('Infrastructure engineers need network and cloud knowledge')

  // in Japanese: the sentence alone
  await page.getByRole('button', { name: /Language: English/ }).click()
  await page.getByRole('menuitem', { name: '日本語' }).click()
  const japanese = page
    .getByRole('note')
    .filter({ hasText: /^（26-27行）$/ })
    .first()
  // focusable once the Japanese lines are loaded
  await expect(japanese).toHaveAttribute('tabindex', '0')
  // (after the mouse used the menu, focus() is not keyboard focus: hover instead)
  await japanese.hover()
  await expect(page.getByRole('tooltip')).toContainText('26行目')
  await expect(page.getByRole('tooltip')).not.toContainText('Infrastructure engineers need')
})
