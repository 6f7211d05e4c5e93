import { expect, test } from '@playwright/test'

import { nav, newPerson, register, text } from './bilingual.ts'
import { newAccount } from './support.ts'
import { doubleClick, pageApi, registerApi } from './trust.ts'

/**
 * A mentor (en) starts on their own: the Mentees page is there from the first day and says what to
 * do; they offer to mentor a learner by email (seeing only the address until the learner accepts),
 * then publish a review and suggest an item with double clicks (one of each is kept), withdraw
 * both (the learner's bell says withdrawn), and withdraw an offer to an address without an account.
 */

interface Mentorship {
  id: string
  status: string
  offeredBy: string
  invitedEmail: string | null
  mentee: { id: string | null; displayName: string | null }
}

interface Notification {
  kind: string
  text: string
  withdrawn: boolean
}

test.setTimeout(240_000)

test('a mentor offers to mentor, reviews and suggests once, and withdraws (en)', async ({
  browser,
}) => {
  const language = 'en'
  const m = (key: string, values?: Record<string, string | number>) =>
    text(language, 'mentoring', key, values)
  const mentorAccount = newAccount('trust-mentor', 'Mentor')
  const learnerAccount = newAccount('trust-mentee', 'Learner')
  const learnerApi = await registerApi(learnerAccount, 'en')
  const mentor = await newPerson(browser, language)
  await register(mentor, mentorAccount, language)
  const mentorApi = await pageApi(mentor)

  // The Mentees page is reachable before anyone asked, and says what to do next.
  await nav(mentor, language, 'nav.mentees').click()
  await expect(mentor.getByRole('heading', { name: m('dashboard.title'), level: 1 })).toBeVisible()
  await expect(mentor.getByText(m('dashboard.empty'))).toBeVisible()
  await expect(mentor.getByText(m('list.emptyMentor'))).toBeVisible()

  // An offer, double-clicked: one offer, showing only the address typed.
  await mentor.getByLabel(m('offer.email')).fill(learnerAccount.email)
  await doubleClick(mentor, mentor.getByRole('button', { name: m('offer.submit') }))
  const row = mentor.getByTestId('mentorship')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(learnerAccount.email)
  await expect(row).not.toContainText(learnerAccount.displayName)
  const offers = (await mentorApi.get<Mentorship[]>('/api/mentorships')).filter(
    (x) => x.offeredBy === 'mentor',
  )
  expect(offers).toHaveLength(1)
  expect(offers[0].mentee).toEqual({ id: null, displayName: null })

  // The learner accepts: now the mentor sees them.
  await learnerApi.post(`/api/mentorships/${offers[0].id}/accept`)
  await mentor.reload()
  const menteeLink = mentor
    .getByTestId('mentees')
    .getByRole('link', { name: learnerAccount.displayName })
  await expect(menteeLink).toBeVisible()
  await menteeLink.click()

  // A review, double-clicked: one review.
  await mentor.getByRole('tab', { name: m('mentee.tabs.reviews') }).click()
  await mentor
    .getByRole('textbox', { name: m('reviews.bodyLabel'), exact: true })
    .fill('Solid progress on Linux this month.')
  await doubleClick(mentor, mentor.getByRole('button', { name: m('reviews.publish') }))
  const reviews = await mentorApi.get<{ id: string }[]>(`/api/mentees/${learnerApi.id}/reviews`)
  expect(reviews).toHaveLength(1)

  // A suggestion, double-clicked: one suggestion, and no "Conflict".
  await mentor.getByRole('tab', { name: m('mentee.tabs.plan') }).click()
  await mentor
    .locator('label')
    .filter({ hasText: m('suggest.fromCatalog') })
    .click()
  await mentor.getByRole('combobox', { name: m('suggest.item') }).click()
  const option = mentor.getByRole('listbox').getByRole('option').first()
  const itemTitle = ((await option.textContent()) ?? '').trim()
  await option.click()
  await doubleClick(mentor, mentor.getByRole('button', { name: m('suggest.submit'), exact: true }))
  await expect(mentor.getByTestId('sent-suggestions')).toContainText(itemTitle)
  await expect(mentor.getByRole('alert')).toHaveCount(0)
  const sent = await mentorApi.get<{ id: string; status: string }[]>(
    `/api/mentees/${learnerApi.id}/suggestions`,
  )
  expect(sent).toHaveLength(1)
  const plan = await learnerApi.get<{ suggestions: { source: { kind: string } }[] }>('/api/me/plan')
  expect(plan.suggestions.map((s) => s.source.kind)).toEqual(['mentor'])

  // The mentor withdraws the suggestion, after confirming.
  await mentor
    .getByTestId('sent-suggestions')
    .getByRole('button', { name: m('suggest.withdrawFor', { title: itemTitle }) })
    .click()
  const suggestionDialog = mentor.getByRole('dialog', {
    name: m('suggest.withdrawTitle', { title: itemTitle }),
  })
  await doubleClick(
    mentor,
    suggestionDialog.getByRole('button', { name: m('suggest.withdrawConfirm') }),
  )
  await expect(suggestionDialog).toBeHidden()
  expect(
    (await mentorApi.get<{ status: string }[]>(`/api/mentees/${learnerApi.id}/suggestions`)).map(
      (s) => s.status,
    ),
  ).toEqual(['withdrawn'])
  expect((await learnerApi.get<{ suggestions: unknown[] }>('/api/me/plan')).suggestions).toEqual([])

  // ... and the review.
  await mentor.getByRole('tab', { name: m('mentee.tabs.reviews') }).click()
  await mentor.getByRole('button', { name: m('reviews.withdraw'), exact: true }).click()
  const reviewDialog = mentor.getByRole('dialog', { name: m('reviews.withdrawTitle') })
  await reviewDialog.getByRole('button', { name: m('reviews.withdrawConfirm') }).click()
  await expect(reviewDialog).toBeHidden()
  expect(await mentorApi.get<unknown[]>(`/api/mentees/${learnerApi.id}/reviews`)).toEqual([])
  expect(await learnerApi.get<unknown[]>('/api/me/reviews')).toEqual([])

  // The learner's bell names the mentor and says both were withdrawn.
  await expect
    .poll(
      async () =>
        (await learnerApi.get<{ items: Notification[] }>('/api/me/notifications')).items
          .filter((n) => n.withdrawn)
          .map((n) => n.kind)
          .sort(),
      { timeout: 30_000 },
    )
    .toEqual(['item-suggested', 'review-written'])
  const told = (await learnerApi.get<{ items: Notification[] }>('/api/me/notifications')).items
  expect(told.find((n) => n.kind === 'review-written')?.text).toContain(
    `Your mentor ${mentorAccount.displayName}`,
  )

  // An offer to an address with no account, withdrawn: gone.
  await nav(mentor, language, 'nav.mentees').click()
  const stranger = `e2e-nobody-${Date.now()}@example.com`
  await mentor.getByLabel(m('offer.email')).fill(stranger)
  await doubleClick(mentor, mentor.getByRole('button', { name: m('offer.submit') }))
  const pending = mentor.getByTestId('mentorship').filter({ hasText: stranger })
  await expect(pending).toHaveCount(1)
  await pending.getByRole('button', { name: m('list.withdrawOffer') }).click()
  const withdrawDialog = mentor.getByRole('dialog', {
    name: m('end.withdrawTitle', { name: stranger }),
  })
  await withdrawDialog.getByRole('button', { name: m('end.withdrawConfirm') }).click()
  await expect(pending).toHaveCount(0)
  expect(
    (await mentorApi.get<Mentorship[]>('/api/mentorships')).filter(
      (x) => x.invitedEmail === stranger,
    ),
  ).toEqual([])
})
