import { expect, test, type Page } from '@playwright/test'

import {
  escape,
  type Language,
  NAMES,
  nav,
  newPerson,
  register,
  serverText,
  setLevel,
  text,
} from './bilingual.ts'
import { newAccount } from './support.ts'

/**
 * Two people in two browsers, in each language: the learner invites a mentor by email before
 * the mentor has an account; the mentor registers, accepts, validates two levels lower than
 * claimed (the learner's fit drops and both levels show), suggests an item (the learner accepts
 * it into the plan) and writes a review (the learner replies); the learner ends the mentorship
 * and the mentor's view of them is gone at once.
 */

/** The fit (in %) of a role in the ranking on My fit ("1. Server engineer 3/15 met 32%"). */
async function fitOf(page: Page, language: Language, role: string): Promise<number> {
  const list = page.getByRole('list', { name: text(language, 'fit', 'ranking.label') })
  const pattern = new RegExp(`^\\d+\\. ${escape(role)} .*?(\\d+)\\s*%$`)
  const button = list.getByRole('button', { name: pattern })
  await expect(button).toBeVisible()
  const name = (await button.textContent()) ?? ''
  const match = new RegExp(`${escape(role)}.*?(\\d+)\\s*%`).exec(name)
  if (!match) throw new Error(`No fit for ${role} in "${name}"`)
  return Number(match[1])
}

/** The bell's accessible name for an unread count, as the i18next plural rules pick it. */
function bellName(language: Language, count: number) {
  const form = count === 0 ? 'zero' : language === 'en' && count === 1 ? 'one' : 'other'
  return text(language, 'notifications', `bell.label_${form}`, { count })
}

/**
 * The header's bell shows this unread count. The bell polls every 30 s and when the tab becomes
 * visible again: a visibility change asks it at once.
 */
async function expectBell(page: Page, language: Language, count: number) {
  const bell = page.getByRole('banner').getByRole('button', {
    name: bellName(language, count),
    exact: true,
  })
  await expect(async () => {
    await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')))
    await expect(bell).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 20_000 })
}

function skillCard(page: Page, skill: string) {
  return page.getByRole('article', { name: skill })
}

test.setTimeout(240_000)

for (const language of ['en', 'ja'] as const) {
  // Not finished: the run stops at the suggestion step (the item picker is a combobox); the
  // steps after it (accept, review, reply, end, 404) have not run yet. Skipped until fixed.
  test(`a mentor validates, suggests and reviews; ending the mentorship ends access (${language})`, async ({
    browser,
  }) => {
    const m = (key: string, values?: Record<string, string | number>) =>
      text(language, 'mentoring', key, values)
    const names = NAMES[language]
    const learnerAccount = newAccount(`mentee-${language}`, 'Learner')
    const mentorAccount = newAccount(`mentor-${language}`, 'Mentor')

    const learner = await newPerson(browser, language)
    const mentor = await newPerson(browser, language)

    // The learner invites a mentor who has no account yet.
    await register(learner, learnerAccount, language)
    await nav(learner, language, 'nav.mentoring').click()
    await expect(learner.getByRole('heading', { name: m('page.title'), level: 1 })).toBeVisible()
    await learner.getByLabel(m('invite.email')).fill(mentorAccount.email)
    await learner.getByRole('button', { name: m('invite.submit') }).click()
    const learnerRow = learner.getByTestId('mentorship')
    await expect(learnerRow).toContainText(mentorAccount.email)
    await expect(learnerRow).toContainText(m('status.pending'))
    await expectBell(learner, language, 0)

    // The mentor registers: the invitation waited for them (the bell says so). They accept it.
    await register(mentor, mentorAccount, language)
    await expectBell(mentor, language, 1)
    await nav(mentor, language, 'nav.mentees').click()
    await expect(
      mentor.getByRole('heading', { name: m('dashboard.title'), level: 1 }),
    ).toBeVisible()
    const invitation = mentor.getByTestId('mentorship')
    await expect(invitation).toContainText(learnerAccount.displayName)
    await expect(invitation).toContainText(m('list.invitedMe'))
    await invitation.getByRole('button', { name: m('list.accept') }).click()
    const menteeLink = mentor
      .getByTestId('mentees')
      .getByRole('link', { name: learnerAccount.displayName })
    await expect(menteeLink).toBeVisible()
    await expect(mentor.getByTestId('mentee-row')).toContainText(m('dashboard.noLevels'))

    // The learner records levels; their fit as a server engineer.
    await expectBell(learner, language, 1)
    await expect(learnerRow).toContainText(mentorAccount.displayName)
    await expect(learnerRow).toContainText(m('status.active'))
    await nav(learner, language, 'nav.skills').click()
    await setLevel(learner, language, names.linux, 5)
    await setLevel(learner, language, names.troubleshooting, 4)
    await setLevel(learner, language, names.web, 4)
    await nav(learner, language, 'nav.fit').click()
    const fitBefore = await fitOf(learner, language, names.serverEngineer)

    // The mentor opens the mentee and validates two skills lower than claimed.
    await mentor.reload()
    await menteeLink.click()
    await expect(
      mentor.getByRole('heading', { name: learnerAccount.displayName, level: 1 }),
    ).toBeVisible()
    for (const [skill, level] of [
      [names.linux, 2],
      [names.web, 1],
    ] as const) {
      await mentor.getByRole('button', { name: m('validate.open', { skill }) }).click()
      const dialog = mentor.getByRole('dialog', { name: m('validate.title', { skill }) })
      await dialog.getByRole('radio', { name: new RegExp(`^${level}[^0-9]`) }).check()
      await dialog.getByLabel(m('validate.note')).fill(`Seen in the review of ${skill}`)
      const saved = mentor.waitForResponse((r) => r.url().endsWith('/validations'))
      await dialog.getByRole('button', { name: m('validate.submit') }).click()
      expect((await saved).status()).toBe(201)
      await expect(dialog).toBeHidden()
    }
    const validatedLinux = text(language, 'skills', 'provenance.validated', {
      level: 2,
      by: mentorAccount.displayName,
      date: '',
    }).replace(/[（(]?\s*[）)]?$/, '')
    const mentorLinux = skillCard(mentor, names.linux).getByTestId('level-provenance')
    await expect(mentorLinux).toContainText(
      text(language, 'skills', 'provenance.self', { level: 5 }),
    )
    await expect(mentorLinux).toContainText(validatedLinux.replace(/,\s*$/, ''))

    // The learner is told of both validations, sees both levels, and their fit dropped.
    await expectBell(learner, language, 3)
    await nav(learner, language, 'nav.skills').click()
    const learnerLinux = skillCard(learner, names.linux).getByTestId('level-provenance')
    await expect(learnerLinux).toContainText(
      text(language, 'skills', 'provenance.self', { level: 5 }),
    )
    await expect(learnerLinux).toContainText(validatedLinux.replace(/,\s*$/, ''))
    await expect(skillCard(learner, names.web).getByTestId('level-provenance')).toContainText(
      mentorAccount.displayName,
    )
    await nav(learner, language, 'nav.fit').click()
    await expect.poll(() => fitOf(learner, language, names.serverEngineer)).toBeLessThan(fitBefore)

    // The mentor suggests an item from the mentee's recommendations.
    await mentor.getByRole('tab', { name: m('mentee.tabs.plan') }).click()
    await mentor.getByRole('combobox', { name: m('suggest.item') }).click()
    const option = mentor.getByRole('listbox').getByRole('option').first()
    const itemTitle = ((await option.textContent()) ?? '').trim()
    expect(itemTitle).not.toBe('')
    await option.click()
    await mentor.getByLabel(m('suggest.note')).fill('Closes your web server gap')
    const suggested = mentor.waitForResponse((r) => r.url().endsWith('/suggestions'))
    await mentor.getByRole('button', { name: m('suggest.submit'), exact: true }).click()
    expect((await suggested).status()).toBe(201)
    await expect(mentor.getByTestId('sent-suggestions')).toContainText(itemTitle)

    // The learner is told, sees "suggested by" with the note and accepts it into the plan.
    await expectBell(learner, language, 4)
    await learner.goto('/learning/plan')
    const suggestion = learner.getByTestId('suggestion')
    await expect(suggestion).toContainText(
      text(language, 'learning', 'suggestions.byMentor', { name: mentorAccount.displayName }),
    )
    await expect(suggestion).toContainText('Closes your web server gap')
    await suggestion
      .getByRole('button', {
        name: text(language, 'learning', 'suggestions.acceptFor', { title: itemTitle }),
      })
      .click()
    await expect(suggestion).toBeHidden()
    await expect(
      learner
        .getByRole('region', { name: text(language, 'learning', 'status.planned') })
        .getByRole('heading', { name: itemTitle }),
    ).toBeVisible()

    // The mentor is told (the invitation and the accepted suggestion are unread).
    await expectBell(mentor, language, 2)

    // The mentor writes a review in Markdown (raw HTML in it is not rendered).
    await mentor.getByRole('tab', { name: m('mentee.tabs.reviews') }).click()
    await mentor
      .getByRole('textbox', { name: m('reviews.bodyLabel') })
      .fill(
        '**Good progress** on the web servers.\n\n- keep going\n\n<script>window.__xss = 1</script><img src="x" onerror="window.__xss = 2">',
      )
    const written = mentor.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/reviews'),
    )
    await mentor.getByRole('button', { name: m('reviews.publish') }).click()
    expect((await written).status()).toBe(201)
    await expect(mentor.getByTestId('review').locator('strong')).toHaveText('Good progress')

    // The learner is told, reads it and replies.
    await expectBell(learner, language, 5)
    await nav(learner, language, 'nav.mentoring').click()
    await learner.getByRole('tab', { name: m('tabs.reviews') }).click()
    const review = learner.getByTestId('review')
    await expect(review.locator('strong')).toHaveText('Good progress')
    await expect(review).toContainText(mentorAccount.displayName)
    expect(await review.locator('script, img').count()).toBe(0)
    expect(await learner.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined()
    await review.getByRole('button', { name: m('reviews.reply') }).click()
    await review.getByRole('textbox', { name: m('reviews.replyLabel') }).fill('Thanks, will do!')
    await review.getByRole('button', { name: m('reviews.sendReply') }).click()
    await expect(review.getByTestId('reply')).toContainText('Thanks, will do!')

    // The mentor is told of the reply (invitation, accepted suggestion, reply) and sees it.
    await expectBell(mentor, language, 3)
    await mentor.reload()
    await mentor.getByRole('tab', { name: m('mentee.tabs.reviews') }).click()
    await expect(mentor.getByTestId('reply')).toContainText('Thanks, will do!')
    const menteeUrl = mentor.url()

    // The learner ends the mentorship (after a confirmation).
    await learner.getByRole('tab', { name: m('tabs.mentors') }).click()
    await learner
      .getByTestId('mentorship')
      .getByRole('button', { name: m('list.end') })
      .click()
    const confirm = learner.getByRole('dialog', {
      name: m('end.title', { name: mentorAccount.displayName }),
    })
    await confirm.getByRole('button', { name: m('end.confirm') }).click()
    await expect(learner.getByTestId('mentorship')).toHaveCount(0)

    // The mentor's access ended at once.
    const menteeId = new URL(menteeUrl).pathname.split('/').pop()!
    const response = await mentor.request.get(`/api/mentees/${menteeId}/skills`)
    expect(response.status()).toBe(404)
    // the page left open: its next request answers 404, and the mentor is back on the list, told why
    await mentor.reload()
    await expect(mentor).toHaveURL(/\/mentees$/)
    await expect(mentor.getByTestId('mentee-gone')).toContainText(m('mentee.notFoundTitle'))

    // The learner's audit trail kept what happened.
    await learner.getByRole('tab', { name: m('tabs.audit') }).click()
    const audit = learner.getByTestId('audit')
    for (const entry of [
      serverText(language, 'audit.mentorship-accepted', [mentorAccount.displayName]),
      serverText(language, 'audit.level-validated', [mentorAccount.displayName, names.linux, 2, 5]),
      serverText(language, 'audit.level-validated', [mentorAccount.displayName, names.web, 1, 4]),
      serverText(language, 'audit.item-suggested', [mentorAccount.displayName, itemTitle]),
      serverText(language, 'audit.review-written', [mentorAccount.displayName]),
      serverText(language, 'audit.mentorship-ended', [learnerAccount.displayName]),
    ]) {
      await expect(audit.getByRole('row').filter({ hasText: entry })).toHaveCount(1)
    }

    await learner.context().close()
    await mentor.context().close()
  })
}
