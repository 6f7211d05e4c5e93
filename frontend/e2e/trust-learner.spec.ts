import { expect, test } from '@playwright/test'

import { nav, newPerson, register, text } from './bilingual.ts'
import { newAccount } from './support.ts'
import { doubleClick, pageApi, registerApi } from './trust.ts'

/**
 * A learner (ja): invites a mentor who has an account with a double click (one invitation, and only
 * the address typed is shown until the mentor accepts); answers a review with a double click (one
 * reply); accepts another mentor's offer with a double click (one mentorship); joins a team with a
 * double click; and sees each suggestion under its true source: the lead's as the lead of that team
 * (never "from your mentor"), the mentor's as the mentor's.
 */

interface Mentorship {
  id: string
  status: string
  offeredBy: string
  invitedEmail: string | null
  mentor: { id: string | null; displayName: string | null }
}

test.setTimeout(240_000)

test('a learner invites, replies, accepts and joins once, and sees who suggested what (ja)', async ({
  browser,
}) => {
  const language = 'ja'
  const m = (key: string, values?: Record<string, string | number>) =>
    text(language, 'mentoring', key, values)
  const learnerAccount = newAccount('trust-learner', '学習者')
  const mentorAccount = newAccount('trust-mentor-a', 'メンター')
  const offeringAccount = newAccount('trust-mentor-b', '申し出るメンター')
  const leadAccount = newAccount('trust-lead-a', 'リーダー')
  const mentorApi = await registerApi(mentorAccount, 'ja')
  const offeringApi = await registerApi(offeringAccount, 'ja')
  const leadApi = await registerApi(leadAccount, 'ja')

  const learner = await newPerson(browser, language)
  await register(learner, learnerAccount, language)
  const learnerApi = await pageApi(learner, 'ja')

  // The mentoring page says what to do; a double click on "招待を送る" invites once.
  await nav(learner, language, 'nav.mentoring').click()
  await expect(learner.getByText(m('list.empty'))).toBeVisible()
  await learner.getByLabel(m('invite.email')).fill(mentorAccount.email)
  await doubleClick(learner, learner.getByRole('button', { name: m('invite.submit') }))
  const row = learner.getByTestId('mentorship')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(mentorAccount.email)
  await expect(row, 'who has an account is not shown').not.toContainText(mentorAccount.displayName)
  const invitations = await learnerApi.get<Mentorship[]>('/api/mentorships')
  expect(invitations).toHaveLength(1)
  expect(invitations[0].mentor).toEqual({ id: null, displayName: null })

  // The mentor accepts and writes a review; the learner replies with a double click: one reply.
  await mentorApi.post(`/api/mentorships/${invitations[0].id}/accept`)
  await mentorApi.post(`/api/mentees/${learnerApi.id}/reviews`, { body: '今月の進捗は順調です。' })
  await learner.reload()
  await expect(row).toContainText(mentorAccount.displayName)
  await learner.getByRole('tab', { name: m('tabs.reviews') }).click()
  await learner.getByRole('button', { name: m('reviews.reply'), exact: true }).click()
  await learner
    .getByRole('textbox', { name: m('reviews.replyLabel'), exact: true })
    .fill('ありがとうございます。')
  await doubleClick(learner, learner.getByRole('button', { name: m('reviews.sendReply') }))
  await expect(learner.getByTestId('reply')).toHaveCount(1)
  const reviews = await learnerApi.get<{ replies: unknown[] }[]>('/api/me/reviews')
  expect(reviews).toHaveLength(1)
  expect(reviews[0].replies).toHaveLength(1)

  // Another mentor offers; the learner accepts with a double click: one active mentorship.
  await offeringApi.post('/api/me/mentees', { email: learnerAccount.email })
  await learner.getByRole('tab', { name: m('tabs.mentors') }).click()
  const offer = learner.getByTestId('mentorship').filter({ hasText: m('list.offeredMe') })
  await expect(offer).toContainText(offeringAccount.displayName)
  await doubleClick(learner, offer.getByRole('button', { name: m('list.accept') }))
  await expect(
    learner.getByTestId('mentorship').filter({ hasText: offeringAccount.displayName }),
  ).toContainText(m('status.active'))
  const active = (await learnerApi.get<Mentorship[]>('/api/mentorships')).filter(
    (x) => x.status === 'active',
  )
  expect(active).toHaveLength(2)
  expect(active.filter((x) => x.offeredBy === 'mentor')).toHaveLength(1)

  // A lead invites the learner to a team; a double click on 承諾 joins once.
  const teamName = `基盤チーム ${Date.now()}`
  const team = await leadApi.post<{ id: string }>('/api/teams', { name: teamName })
  await leadApi.post(`/api/teams/${team.id}/invitations`, { email: learnerAccount.email })
  await nav(learner, language, 'nav.teams').click()
  await doubleClick(
    learner,
    learner.getByRole('button', {
      name: text(language, 'teams', 'invitations.acceptFor', { team: teamName }),
    }),
  )
  await expect(learner.getByTestId('team').getByRole('link', { name: teamName })).toBeVisible()
  const people = await leadApi.get<{ members: { id: string }[] }>(`/api/teams/${team.id}`)
  expect(people.members.filter((p) => p.id === learnerApi.id)).toHaveLength(1)

  // The lead suggests an item through the team, the mentor another: each under its true source.
  await leadApi.post(`/api/teams/${team.id}/suggestions`, {
    itemCode: 'lpic-1',
    memberIds: [learnerApi.id],
  })
  await mentorApi.post(`/api/mentees/${learnerApi.id}/suggestions`, { itemCode: 'lpic-2' })
  await learner.goto('/learning/plan')
  const suggestions = learner.getByTestId('suggestion')
  await expect(suggestions).toHaveCount(2)
  const byLead = text(language, 'learning', 'suggestions.byLead', {
    name: leadAccount.displayName,
    team: teamName,
  })
  const byMentor = text(language, 'learning', 'suggestions.byMentor', {
    name: mentorAccount.displayName,
  })
  await expect(learner.getByText(byLead)).toHaveCount(1)
  await expect(learner.getByText(byMentor)).toHaveCount(1)
  await expect(
    learner.getByText(
      text(language, 'learning', 'suggestions.byMentor', { name: leadAccount.displayName }),
    ),
  ).toHaveCount(0)
  await expect(learner.getByRole('heading', { name: 'メンターからの提案' })).toHaveCount(0)

  // The bell and the audit trail name the lead as the lead of the team.
  const notifications = await learnerApi.get<{ items: { kind: string; text: string }[] }>(
    '/api/me/notifications',
  )
  const teamSuggestion = notifications.items.find((n) => n.kind === 'team-item-suggested')
  expect(teamSuggestion?.text).toContain(
    `チーム「${teamName}」のリーダーの ${leadAccount.displayName} さん`,
  )
  const trail = await learnerApi.get<{ entries: { action: string; text: string }[] }>(
    '/api/me/audit',
  )
  expect(trail.entries.find((e) => e.action === 'team-item-suggested')?.text).toContain(
    `チーム「${teamName}」のリーダー`,
  )
  expect(trail.entries.find((e) => e.action === 'item-suggested')?.text).toContain(
    `メンターの ${mentorAccount.displayName} さん`,
  )
})
