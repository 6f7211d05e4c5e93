import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { type Language, NAMES, nav, newPerson, register, setLevel, text } from './bilingual.ts'
import { newAccount } from './support.ts'

/**
 * A team lead and three members, each in their own browser, in each language: the lead creates a
 * team and invites three people who have no account yet; they register, accept and record their
 * skills; the lead proposes a target role, sets a role mix, sees the heatmap (unvalidated levels
 * marked), the thin skills, the single points of failure and the hiring brief, builds the
 * training plan and sends an item as a suggestion to one member, who accepts it into their plan;
 * the plan progress shows it. The lead downloads the heatmap CSV (UTF-8 with BOM, Japanese names
 * intact). axe-core finds no serious violation on the team pages, and at phone width nothing
 * scrolls sideways.
 */

async function openTab(page: Page, language: Language, tab: string) {
  await page.getByRole('tab', { name: text(language, 'teams', `tabs.${tab}`) }).click()
  await expect(
    page.getByRole('tab', { name: text(language, 'teams', `tabs.${tab}`), selected: true }),
  ).toBeVisible()
}

/** No serious or critical axe violation (WCAG 2.2 A/AA) and no sideways page scroll. */
async function checkPage(page: Page, label: string) {
  await page.waitForLoadState('networkidle')
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0, { timeout: 15_000 })
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth
    // absolutely positioned elements past the right edge (they escape a scroll box that is not
    // their containing block), named when the check fails
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .filter((element) => ['absolute', 'fixed'].includes(getComputedStyle(element).position))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
    return { by: document.documentElement.scrollWidth - width, wide }
  })
  expect(
    overflow.by,
    `${label}: the page scrolls sideways by ${overflow.by} px (${overflow.wide.join(', ')})`,
  ).toBeLessThanOrEqual(0)
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`)
          .join(', ')}`,
    )
  expect(serious, `${label}: axe violations`).toEqual([])
}

test.setTimeout(420_000)

for (const language of ['en', 'ja'] as const) {
  test(`a lead plans the team's training with three members (${language})`, async ({ browser }) => {
    const tm = (key: string, values?: Record<string, string | number>) =>
      text(language, 'teams', key, values)
    const names = NAMES[language]
    const teamName = language === 'ja' ? `基盤チーム ${Date.now()}` : `Platform team ${Date.now()}`
    const leadAccount = newAccount(`team-lead-${language}`, 'Lena Lead')
    // Japanese display names: the CSV must carry them intact
    const memberAccounts = [
      newAccount(`team-a-${language}`, '山田 花子'),
      newAccount(`team-b-${language}`, '佐藤 太郎'),
      newAccount(`team-c-${language}`, 'Chris'),
    ]

    // The lead creates the team.
    const lead = await newPerson(browser, language)
    await register(lead, leadAccount, language)
    await nav(lead, language, 'nav.teams').click()
    await expect(lead.getByRole('heading', { name: tm('list.title'), level: 1 })).toBeVisible()
    await lead.getByLabel(tm('create.name')).fill(teamName)
    await lead.getByRole('button', { name: tm('create.submit') }).click()
    await expect(lead.getByRole('heading', { name: teamName, level: 1 })).toBeVisible()
    const teamPath = new URL(lead.url()).pathname
    const teamId = teamPath.split('/').pop()

    // ... and invites three people who have no account yet.
    for (const account of memberAccounts) {
      await lead.getByLabel(tm('invite.email')).fill(account.email)
      const invited = lead.waitForResponse(
        (r) => r.request().method() === 'POST' && r.url().endsWith('/invitations'),
      )
      await lead.getByRole('button', { name: tm('invite.submit'), exact: true }).click()
      expect((await invited).status()).toBe(201)
      await expect(lead.getByText(tm('invite.sent', { email: account.email }))).toBeVisible()
    }
    await expect(lead.getByTestId('pending-invitation')).toHaveCount(3)

    // Each registers, finds the invitation, accepts it and records skills.
    const levels: [string, number][][] = [
      [
        [names.linux, 4],
        [names.web, 3],
      ],
      [
        [names.linux, 2],
        [names.troubleshooting, 3],
      ],
      [[names.web, 1]],
    ]
    const members: Page[] = []
    for (const [index, account] of memberAccounts.entries()) {
      const member = await newPerson(browser, language)
      members.push(member)
      await register(member, account, language)
      await nav(member, language, 'nav.teams').click()
      const invitation = member.getByTestId('team-invitation')
      await expect(invitation).toContainText(teamName)
      await expect(invitation).toContainText(leadAccount.displayName)
      await invitation
        .getByRole('button', { name: tm('invitations.acceptFor', { team: teamName }) })
        .click()
      await expect(member.getByTestId('team').getByRole('link', { name: teamName })).toBeVisible()
      await nav(member, language, 'nav.skills').click()
      for (const [skill, level] of levels[index]) await setLevel(member, language, skill, level)
    }

    // A member sees no names: four people are fewer than the minimum group size (5), so not even
    // the aggregate's counts, and the page says why; no heatmap of names, no training plan tab.
    await members[2].goto(`${teamPath}?tab=heatmap`)
    await expect(members[2].getByTestId('counts-hidden')).toBeVisible()
    await expect(members[2].getByTestId('aggregate')).toHaveCount(0)
    await expect(members[2].getByTestId('heatmap')).toHaveCount(0)
    await expect(members[2].getByRole('tab', { name: tm('tabs.training') })).toHaveCount(0)

    // The lead sees the members, proposes a target role, and sets a role mix.
    await lead.reload()
    await expect(lead.getByTestId('member-row')).toHaveCount(4)
    await expect(lead.getByTestId('pending-invitation')).toHaveCount(0)
    await checkPage(lead, 'overview')
    const target = lead.getByRole('combobox', {
      name: tm('members.targetRoleOf', { name: memberAccounts[0].displayName }),
    })
    await target.click()
    const proposed = lead.waitForResponse((r) => r.url().endsWith('/target-role'))
    await lead.getByRole('option', { name: names.serverEngineer, exact: true }).click()
    expect((await proposed).status()).toBe(200)

    await openTab(lead, language, 'targets')
    await lead.getByRole('button', { name: tm('targets.addRole') }).click()
    await lead.getByRole('combobox', { name: tm('targets.role'), exact: true }).click()
    await lead.getByRole('option', { name: names.serverEngineer, exact: true }).click()
    await lead.getByRole('textbox', { name: tm('targets.headcount'), exact: true }).fill('2')
    const saved = lead.waitForResponse(
      (r) => r.request().method() === 'PUT' && r.url().endsWith('/targets'),
    )
    await lead.getByRole('button', { name: tm('targets.save') }).click()
    expect((await saved).status()).toBe(200)
    await expect(lead.getByTestId('derived-coverage')).toContainText(tm('coverageSource.role-mix'))
    await checkPage(lead, 'targets')

    // The heatmap: every member with their levels; self-assessed levels are marked unvalidated.
    await openTab(lead, language, 'heatmap')
    const heatmap = lead.getByTestId('heatmap')
    for (const account of memberAccounts) await expect(heatmap).toContainText(account.displayName)
    const hanakoRow = lead
      .getByTestId('heatmap-row')
      .filter({ hasText: memberAccounts[0].displayName })
    const hanakoLinux = hanakoRow.locator(`[data-testid="level-cell"][title^="${names.linux}"]`)
    await expect(hanakoLinux).toHaveAttribute('data-level', '4')
    await expect(hanakoLinux).toHaveAttribute('data-unvalidated', 'true')
    await expect(hanakoRow.getByTestId('fit-cell')).toContainText(names.serverEngineer)
    await checkPage(lead, 'heatmap')
    // The view switch is a segmented control: its radio is visually hidden, the label is what one clicks.
    await lead
      .locator('label')
      .filter({ hasText: tm('heatmap.aggregate') })
      .click()
    await expect(lead.getByRole('radio', { name: tm('heatmap.aggregate') })).toBeChecked()
    await expect(lead.getByTestId('aggregate')).toContainText(names.linux)

    // Coverage and risk: thin skills and single points of failure.
    await openTab(lead, language, 'coverage')
    // long lists show the riskiest skills first; the rest opens on request
    await expect(lead.getByTestId('single-points-of-failure')).toBeVisible()
    for (const card of ['coverage.thin', 'coverage.spof']) {
      const more = lead
        .getByRole('region', { name: tm(card) })
        .getByRole('button', { expanded: false })
      if ((await more.count()) > 0) await more.click()
    }
    await expect(lead.getByTestId('thin-skills')).toContainText(names.linux)
    await expect(lead.getByTestId('single-points-of-failure')).toContainText(names.linux)
    await checkPage(lead, 'coverage')

    // The hiring brief names a role that closes unmet coverage.
    await openTab(lead, language, 'hiring')
    await expect(lead.getByTestId('hires').getByRole('listitem').first()).toBeVisible()
    await checkPage(lead, 'hiring')

    // The training plan: the first item goes to one member as a suggestion.
    await openTab(lead, language, 'training')
    const item = lead.getByTestId('training-item').first()
    await expect(item).toBeVisible()
    const title = ((await item.getByTestId('training-item-title').textContent()) ?? '').trim()
    expect(title).not.toBe('')
    await checkPage(lead, 'training')
    await item.getByRole('button', { name: tm('training.suggestFor', { title }) }).click()
    const form = item.getByTestId('suggest-form')
    const labels = (await form
      .getByRole('checkbox')
      .evaluateAll((boxes) =>
        boxes.map((box) => (box as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''),
      )) as string[]
    const recipientIndex = memberAccounts.findIndex((account) =>
      labels.includes(account.displayName),
    )
    expect(recipientIndex, `a member of ours in ${labels.join(', ')}`).toBeGreaterThanOrEqual(0)
    const recipient = memberAccounts[recipientIndex]
    for (const label of labels) {
      if (label !== recipient.displayName) {
        await form.getByRole('checkbox', { name: label, exact: true }).uncheck()
      }
    }
    await form.getByLabel(tm('training.note')).fill('Before the migration')
    const sent = lead.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/suggestions'),
    )
    await form.getByRole('button', { name: tm('training.send', { count: 1 }) }).click()
    expect((await sent).status()).toBe(201)
    await expect(form.getByTestId('suggest-result')).toContainText(
      tm('training.sent', { count: 1 }),
    )

    // The member accepts it into their plan.
    const member = members[recipientIndex]
    await member.goto('/learning/plan')
    const suggestion = member.getByTestId('suggestion').filter({ hasText: title })
    await expect(suggestion).toContainText(
      text(language, 'learning', 'suggestions.byLead', {
        name: leadAccount.displayName,
        team: teamName,
      }),
    )
    await expect(suggestion).toContainText('Before the migration')
    await suggestion
      .getByRole('button', { name: text(language, 'learning', 'suggestions.acceptFor', { title }) })
      .click()
    await expect(suggestion).toBeHidden()

    // The lead sees the plan progress.
    await lead.reload()
    const progressRow = lead.getByTestId('plan-progress-row').filter({ hasText: title })
    await expect(progressRow).toBeVisible()
    await expect(progressRow.locator('td').nth(1)).toHaveText('1')

    // Progress over time (a chart on a time scale with a table of the same figures).
    await openTab(lead, language, 'progress')
    await expect(lead.getByTestId('progress')).toBeVisible()
    await expect(lead.getByRole('application').first()).toBeVisible()
    await checkPage(lead, 'progress')

    // Export: the heatmap CSV starts with a BOM and carries the Japanese names intact.
    await openTab(lead, language, 'export')
    await checkPage(lead, 'export')
    const downloading = lead.waitForEvent('download')
    await lead.getByRole('link', { name: tm('export.heatmap') }).click()
    const download = await downloading
    const bytes = readFileSync((await download.path())!)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = bytes.subarray(3).toString('utf8')
    expect(csv).toContain(memberAccounts[0].displayName)
    expect(csv).toContain(memberAccounts[1].displayName)
    if (language === 'ja') expect(csv).toContain(names.linux)
    const coverageCsv = await lead.request.get(`/api/teams/${teamId}/coverage.csv`)
    expect(coverageCsv.status()).toBe(200)
    expect([...(await coverageCsv.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])

    // The printable page.
    await lead.getByRole('link', { name: tm('export.print') }).click()
    await expect(
      lead.getByRole('heading', { name: tm('print.title', { team: teamName }), level: 1 }),
    ).toBeVisible()
    await checkPage(lead, 'print')

    // At phone width the team pages do not scroll sideways (the tables scroll inside).
    await lead.setViewportSize({ width: 390, height: 844 })
    await lead.goto(`${teamPath}?tab=heatmap`)
    await expect(lead.getByTestId('heatmap')).toBeVisible()
    await checkPage(lead, 'heatmap at 390 px')
    await lead.goto(`${teamPath}?tab=coverage`)
    await expect(lead.getByTestId('coverage')).toBeVisible()
    await checkPage(lead, 'coverage at 390 px')

    for (const page of [lead, ...members]) await page.context().close()
  })
}
