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

// Its duties are the cloud engineer's of the article (l.28, 32-33: moving the company system to AWS,
// an AWS specialist); no CI/CD or deployment automation, which the article gives the DevOps engineer (l.33).
const cloudPosting = `Cloud Engineer (AWS)

About the role
You will move our company systems from our own data centre to AWS and run them there.

Responsibilities
- Migrate on-premises systems to the cloud (AWS: EC2, RDS, S3, VPC)
- Design and build AWS environments that stay available when a zone fails
- Build cloud infrastructure with Terraform
- Configure IAM and cloud security, and keep cloud costs under control

Requirements
- 3+ years of experience with AWS
- Hands-on experience with Terraform (infrastructure as code)
- Solid networking fundamentals (TCP/IP, DNS)

Nice to have
- Docker and Kubernetes
- AWS Certified Solutions Architect`

const devopsPosting = `【募集職種】SRE・DevOpsエンジニア

【業務内容】
・CI/CDパイプラインの構築・運用（GitHub Actions）
・Terraform/AnsibleによるIaC推進
・Kubernetes（EKS）によるコンテナ基盤の運用
・監視・アラートの整備とSREの実践

【必須スキル】
・Linuxサーバーの構築・運用経験 3年以上
・AWSでのインフラ構築経験
・Python、Go、シェルのいずれかによる自動化スクリプトの作成経験`

// Server work on an infrastructure team: the duties split between the two roles.
const mixedPosting = `Infrastructure Engineer (server operations)
Responsibilities
- Operate our Linux and Windows servers: patching, tuning, incident response and restores
- Keep the whole infrastructure (network, servers, AWS) stable
- Maintain firewalls and switches
Requirements
- 3+ years of Linux server administration`

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

test('analyse, save and compare job postings; a posting is never run as HTML', async ({ page }) => {
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

  // The distribution, a posting that mixes two roles, and one too short to judge, in both languages.
  // (a text not analysed before: the same text again is answered from the cache, with no request)
  await page.getByRole('tab', { name: 'Analyse a posting' }).click()
  await analyse(page, devopsPosting)
  await expect(analysePanel(page).getByTestId('role-verdict')).toContainText(/Confidence \d+%/)
  await expect(
    page.getByRole('progressbar', { name: /^Probability of DevOps engineer: \d+%/ }),
  ).toBeVisible()
  await expect(analysePanel(page).getByTestId('role-drivers').first()).toContainText('Why:')
  await analyse(page, mixedPosting)
  const verdict = analysePanel(page).getByTestId('described-role')
  await expect(verdict).toHaveText(
    /Server engineer \+ Infrastructure engineer|Infrastructure engineer \+ Server engineer/,
  )
  await expect(analysePanel(page).getByText('Mixed roles')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'My gap to both roles' })).toBeVisible()
  await expect(analysePanel(page).getByTestId('role-gap')).toHaveCount(2)
  await analyse(page, 'Infrastructure Engineer\nAWS')
  await expect(verdict).toHaveText('Too short to judge')
  await expect(analysePanel(page).getByText('Skills only')).toBeVisible()
  await expect(page.getByRole('list', { name: 'Role scores' })).toHaveCount(0)
  await expect(
    page
      .getByRole('table', { name: 'Skills the posting asks for' })
      .getByText('Amazon Web Services (AWS)'),
  ).toBeVisible()
  await page.getByRole('button', { name: /Language: English/ }).click()
  await page.getByRole('menuitem', { name: '日本語' }).click()
  // the panel is named in Japanese now
  await expect(page.getByTestId('described-role')).toHaveText('短すぎて判定できません')
  await page.getByRole('button', { name: 'クリア' }).click()
  await page.getByRole('textbox', { name: /^求人票の本文/ }).fill(mixedPosting)
  await page.getByRole('button', { name: '分析する' }).click()
  await expect(page.getByTestId('role-verdict').getByText('職種が混在')).toBeVisible()
  await expect(page.getByRole('heading', { name: '2つの職種それぞれとの差' })).toBeVisible()
  await page.getByRole('button', { name: /表示言語: 日本語/ }).click()
  await page.getByRole('menuitem', { name: 'English' }).click()

  // Markup in a posting is text, never HTML.
  await page.getByRole('tab', { name: 'Analyse a posting' }).click()
  const markup = '<script>alert(1)</script><img src=x onerror=alert(2)>'
  await analyse(page, markup)
  await expect(postingText(page)).toHaveText(markup)
  await expect(postingText(page).locator('script, img')).toHaveCount(0)
  expect(dialogs).toBe(0)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('saved postings are cards whose role badges are whole and keep their Latin letters as written', async ({
    page,
  }) => {
    await registerThroughUi(page, newAccount('postings-phone', 'Phone Tester'))
    const token = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? ''
    for (const [title, text] of [
      ['Server engineer, Tokyo', serverPosting],
      ['SRE・DevOpsエンジニア（自社SaaS基盤）', devopsPosting],
    ]) {
      const response = await page.request.post('/api/me/postings', {
        headers: { 'X-XSRF-TOKEN': token, 'Content-Type': 'application/json' },
        data: JSON.stringify({ title, text }),
      })
      expect(response.status()).toBe(201)
    }

    for (const [language, name, role] of [
      ['en', 'Saved postings', 'DevOps engineer'],
      ['ja', '保存した求人票', 'DevOpsエンジニア'],
    ] as const) {
      await page.evaluate((lang) => window.localStorage.setItem('skillgap.lang', lang), language)
      const patched = await page.request.patch('/api/auth/me', {
        headers: { 'X-XSRF-TOKEN': token, 'Content-Type': 'application/json' },
        data: JSON.stringify({ locale: language }),
      })
      expect(patched.status()).toBeLessThan(300)
      await page.goto('/postings?tab=saved')
      const cards = page.getByRole('list', { name })
      await expect(cards.getByRole('listitem')).toHaveCount(2)
      await expect(page.getByRole('table', { name })).toHaveCount(0)
      const badge = cards
        .getByRole('listitem')
        .filter({ hasText: 'SRE・DevOps' })
        .locator('.mantine-Badge-root')
      await expect(badge).toHaveText(role)
      const style = await badge.evaluate((element) => {
        const label = element.querySelector('.mantine-Badge-label')!
        return {
          transform: getComputedStyle(element).textTransform,
          cut: label.scrollWidth > label.clientWidth,
        }
      })
      expect(style).toEqual({ transform: 'none', cut: false })
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(sideways).toBe(0)
    }
  })
})
