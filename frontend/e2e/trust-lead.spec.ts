import { expect, test, type Browser } from '@playwright/test'

import { escape, LOCALES, type Language, nav, newPerson, register, text } from './bilingual.ts'
import { newAccount } from './support.ts'
import { doubleClick, logInApi, pageApi, staleMembers, type StaleMember } from './trust.ts'

/**
 * A lead (en, then ja) with two members whose assessments are months old: creates the team and
 * invites them with double clicks (one team, one invitation each), withdraws a third invitation,
 * picks exactly two (member x skill) rows of the stale list and double-clicks "Ask to reassess"
 * (each member is asked once, only about the row chosen for them), and sends a training item as a
 * suggestion with a double click (one suggestion, named as the lead's of that team, no
 * "Conflict"). The member's bell opens the skills page on exactly the skill asked about.
 */

const SKILL_NAMES = {
  en: { network: 'Network fundamentals', linux: 'Linux server administration', cicd: 'CI/CD' },
  ja: { network: 'ネットワーク基礎', linux: 'Linuxサーバー管理', cicd: 'CI/CD' },
}

interface MyRequest {
  id: string
  team: { id: string; name: string }
  requestedBy: { displayName: string }
  skillCodes: string[]
}

test.setTimeout(300_000)

/** A browser of a seeded member, logged in through the API (the context shares its cookies). */
async function memberBrowser(browser: Browser, member: StaleMember, language: Language) {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: LOCALES[language],
  })
  const csrf = await context.request.get('/api/auth/csrf')
  const token = ((await csrf.json()) as { token: string }).token
  const login = await context.request.post('/api/auth/login', {
    data: { email: member.email, password: member.password },
    headers: { 'X-XSRF-TOKEN': token },
  })
  expect(login.ok()).toBe(true)
  return context.newPage()
}

for (const language of ['en', 'ja'] as const) {
  test(`a lead asks exactly the chosen members about exactly the chosen skills, once (${language})`, async ({
    browser,
  }) => {
    const tm = (key: string, values?: Record<string, string | number>) =>
      text(language, 'teams', key, values)
    const names = SKILL_NAMES[language]
    // two members of our own per run: what the other run asked or suggested is not ours
    const [aoki, baba] = staleMembers().slice(language === 'en' ? 0 : 2)
    const leadAccount = newAccount(`trust-lead-${language}`, 'Lead')
    const teamName = language === 'ja' ? `運用チーム ${Date.now()}` : `Operations ${Date.now()}`

    const lead = await newPerson(browser, language)
    await register(lead, leadAccount, language)
    const leadApi = await pageApi(lead)

    // A double click on "Create team": one team.
    await nav(lead, language, 'nav.teams').click()
    await lead.getByLabel(tm('create.name')).fill(teamName)
    await doubleClick(lead, lead.getByRole('button', { name: tm('create.submit') }))
    await expect(lead.getByRole('heading', { name: teamName, level: 1 })).toBeVisible()
    const teams = (await leadApi.get<{ id: string; name: string }[]>('/api/teams')).filter(
      (team) => team.name === teamName,
    )
    expect(teams).toHaveLength(1)
    const teamId = teams[0].id

    // Double clicks on "Invite": one invitation each.
    for (const member of [aoki, baba]) {
      await lead.getByLabel(tm('invite.email')).fill(member.email)
      await doubleClick(lead, lead.getByRole('button', { name: tm('invite.submit'), exact: true }))
      await expect(
        lead.getByTestId('pending-invitation').filter({ hasText: member.email }),
      ).toHaveCount(1)
    }
    const detail = await leadApi.get<{ invitations: { email: string }[] }>(`/api/teams/${teamId}`)
    expect(detail.invitations.map((i) => i.email).sort()).toEqual(
      [aoki.email, baba.email].map((e) => e.toLowerCase()).sort(),
    )

    // A third invitation, withdrawn after confirming.
    const stranger = `e2e-stranger-${language}-${Date.now()}@example.com`
    await lead.getByLabel(tm('invite.email')).fill(stranger)
    await doubleClick(lead, lead.getByRole('button', { name: tm('invite.submit'), exact: true }))
    const strangerRow = lead.getByTestId('pending-invitation').filter({ hasText: stranger })
    await strangerRow
      .getByRole('button', { name: tm('pending.withdrawFor', { email: stranger }) })
      .click()
    const dialog = lead.getByRole('dialog', {
      name: tm('pending.withdrawTitle', { email: stranger }),
    })
    await dialog.getByRole('button', { name: tm('pending.withdrawConfirm') }).click()
    await expect(strangerRow).toHaveCount(0)

    // The members accept; the team gets a role mix (so that the training plan has items).
    const aokiApi = await logInApi(aoki)
    const babaApi = await logInApi(baba)
    for (const member of [aokiApi, babaApi]) {
      const invitations = await member.get<{ id: string; team: { id: string } }[]>(
        '/api/me/team-invitations',
      )
      await member.post(
        `/api/me/team-invitations/${invitations.find((i) => i.team.id === teamId)?.id}/accept`,
      )
    }
    await leadApi.send('PUT', `/api/teams/${teamId}/targets`, {
      roleMix: [{ roleCode: 'server-engineer', headcount: 2 }],
      coverage: [],
    })

    // The stale list: the lead picks Aoki x network and Baba x CI/CD, not Aoki x Linux.
    await lead.reload()
    await lead.getByRole('tab', { name: tm('tabs.coverage') }).click()
    // (an organisation's cycle, if another test set one, opens the list on what is due under it)
    const staleMode = lead.getByText(tm('due.showStale'), { exact: true })
    if (await staleMode.isVisible()) await staleMode.click()
    const stale = lead.getByTestId('stale')
    await expect(stale).toContainText(aoki.displayName)
    await stale
      .getByRole('checkbox', {
        name: tm('stale.selectRow', { name: aoki.displayName, skill: names.network }),
      })
      .check()
    await stale
      .getByRole('checkbox', {
        name: tm('stale.selectRow', { name: baba.displayName, skill: names.cicd }),
      })
      .check()
    await doubleClick(
      lead,
      lead.getByRole('button', { name: tm('stale.askSelected', { count: 2 }) }),
    )
    await expect(lead.getByTestId('stale-asked')).toContainText(tm('stale.asked', { count: 2 }))

    const askedOf = async (api: typeof aokiApi) =>
      (await api.get<MyRequest[]>('/api/me/reassessment-requests')).filter(
        (r) => r.team.id === teamId,
      )
    const aokiAsked = await askedOf(aokiApi)
    expect(aokiAsked, 'one request to Aoki').toHaveLength(1)
    expect(aokiAsked[0].skillCodes).toEqual(['network-fundamentals'])
    expect(aokiAsked[0].requestedBy.displayName).toBe(leadAccount.displayName)
    expect((await askedOf(babaApi)).map((r) => r.skillCodes)).toEqual([['ci-cd']])

    // Aoki's bell names the lead and the team, and opens the skills page on network only (Aoki
    // reads the app in English, the language of their account).
    const member = await memberBrowser(browser, aoki, 'en')
    const memberNames = SKILL_NAMES.en
    await member.goto('/')
    await member
      .getByRole('banner')
      .getByRole('button', {
        name: new RegExp(`^${escape(text('en', 'notifications', 'bell.label_zero'))}`),
      })
      .click()
    const item = member
      .getByTestId('notifications')
      .getByRole('button')
      .filter({ hasText: teamName })
      .first()
    await expect(item).toContainText(leadAccount.displayName)
    await item.click()
    await expect(member).toHaveURL(new RegExp(`/skills\\?reassess=${aokiAsked[0].id}`))
    await expect(member.getByTestId('reassessment-request')).toContainText(memberNames.network)
    await expect(member.getByRole('article', { name: memberNames.network })).toBeVisible()
    await expect(member.getByRole('article', { name: memberNames.linux })).toHaveCount(0)
    await member.context().close()

    // With a cycle the same list shows what is due under it: the lead picks Aoki x Linux there.
    await leadApi.send('PUT', `/api/teams/${teamId}/reassessment-cycle`, { months: 6 })
    await lead.reload()
    await lead.getByRole('tab', { name: tm('tabs.coverage') }).click()
    const due = lead.getByTestId('team-due')
    await expect(due).toContainText(aoki.displayName)
    await due
      .getByRole('checkbox', {
        name: tm('stale.selectRow', { name: aoki.displayName, skill: names.linux }),
      })
      .check()
    await doubleClick(
      lead,
      lead.getByRole('button', { name: tm('stale.askSelected', { count: 1 }) }),
    )
    await expect(lead.getByTestId('stale-asked')).toContainText(tm('stale.asked', { count: 1 }))
    expect(
      (await askedOf(aokiApi)).map((r) => r.skillCodes).sort(),
      'a second request to Aoki, about Linux only',
    ).toEqual([['linux-administration'], ['network-fundamentals']])
    expect((await askedOf(babaApi)).map((r) => r.skillCodes)).toEqual([['ci-cd']])

    // "Send as suggestion", double-clicked: one suggestion, the lead's of this team, no Conflict.
    await lead.getByRole('tab', { name: tm('tabs.training') }).click()
    const trainingItem = lead.getByTestId('training-item').first()
    const title = (
      (await trainingItem.getByTestId('training-item-title').textContent()) ?? ''
    ).trim()
    await trainingItem.getByRole('button', { name: tm('training.suggestFor', { title }) }).click()
    const form = trainingItem.getByTestId('suggest-form')
    for (const box of await form.getByRole('checkbox').all()) {
      const label = (
        (await box.evaluate((node) => (node as HTMLInputElement).labels?.[0]?.textContent)) ?? ''
      ).trim()
      if (label === aoki.displayName) await box.check()
      else await box.uncheck()
    }
    await doubleClick(lead, form.getByRole('button', { name: tm('training.send', { count: 1 }) }))
    await expect(form.getByTestId('suggest-result')).toContainText(
      tm('training.sent', { count: 1 }),
    )
    await expect(lead.getByRole('alert')).toHaveCount(0)
    const suggestions = (
      await aokiApi.get<{
        suggestions: {
          source: { kind: string; teamName: string | null }
          suggestedBy: { displayName: string }
        }[]
      }>('/api/me/plan')
    ).suggestions.filter((s) => s.source.teamName === teamName)
    expect(suggestions).toHaveLength(1)
    expect(suggestions[0].source.kind).toBe('team')
    expect(suggestions[0].suggestedBy.displayName).toBe(leadAccount.displayName)
  })
}
