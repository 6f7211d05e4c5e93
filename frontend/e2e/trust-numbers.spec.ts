import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Browser, type Page } from '@playwright/test'

import {
  escape,
  type Language,
  NAMES,
  nav,
  newPerson,
  register,
  serverText,
  text,
} from './bilingual.ts'
import { api, duplicateIds, newAccount } from './support.ts'

/**
 * Issue 20, numbers that agree and output people hand to others, as a learner (ja), a mentor (en)
 * and a lead (en, then ja) meet them: one pace status everywhere with the numbers behind it, one
 * count of a role's requirements, one vocabulary of levels, a done item's levels offered only until
 * applied, a posting's draft kept across a reload, a mentor sent back to the list when a mentee is
 * gone; a team with no targets shown as such, "nobody" worse than a single point, a sole lead told
 * why they cannot leave, one name per creator, a target role kept across a rejoin, CSVs in the
 * app's language with the team's name and the date, and the printed team page as PDF on A4
 * (portrait and landscape) with every member and every skill.
 */
test.setTimeout(600_000)

type Goal = {
  paceStatus: string
  onTrack: boolean
  requiredHoursPerWeek: number | null
  projectedDate: string | null
  targetDate: string
}

function isoDate(daysFromNow: number) {
  return new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10)
}

async function person(browser: Browser, language: Language, prefix: string, name: string) {
  const page = await newPerson(browser, language)
  const account = newAccount(prefix, name)
  await register(page, account, language)
  return { page, account }
}

test('a learner (ja): one pace, one count, one vocabulary, levels applied once, a kept draft', async ({
  browser,
}) => {
  const language = 'ja'
  const { page } = await person(browser, language, 'trust-learner', '山田 学')
  const common = (key: string, values?: Record<string, string | number>) =>
    text(language, 'common', key, values)

  // The roles page and the fit page count a role's requirements the same way (any-of once).
  await api(page, 'PUT', '/api/me/skills/linux-administration', { level: 2 })
  const fits = await api<
    { roleCode: string; metRequirements: number; totalRequirements: number }[]
  >(page, 'GET', '/api/me/fit')
  const server = fits.find((fit) => fit.roleCode === 'server-engineer')!
  await nav(page, language, 'nav.roles').click()
  const card = page
    .locator('.mantine-Card-root')
    .filter({ has: page.getByText(NAMES.ja.serverEngineer, { exact: true }) })
    .first()
  await expect(card).toContainText(
    text(language, 'roles', 'card.requirements', { count: server.totalRequirements }),
  )
  await nav(page, language, 'nav.fit').click()
  await expect(
    page
      .getByText(
        text(language, 'fit', 'ranking.met', {
          met: server.metRequirements,
          total: server.totalRequirements,
        }),
      )
      .first(),
  ).toBeVisible()

  // One vocabulary of level names; no two level pickers share an id on the Japanese skills page.
  await nav(page, language, 'nav.skills').click()
  const linux = page.getByRole('radiogroup', {
    name: text(language, 'skills', 'picker.label', { skill: NAMES.ja.linux }),
  })
  await expect(
    linux.getByRole('radio', {
      name: text(language, 'skills', 'picker.option', { level: 3, name: common('levels.3') }),
    }),
  ).toBeVisible()
  expect(await duplicateIds(page)).toEqual([])
  expect(await page.locator('[id="level-descriptor--"]').count()).toBe(0)

  // A goal that needs more than 40 hours a week is behind from the first day, everywhere.
  await api(page, 'PUT', '/api/me/goal', {
    roleCode: 'system-architect',
    targetDate: isoDate(45),
  })
  const goal = await api<Goal>(page, 'GET', '/api/me/goal')
  expect(goal.requiredHoursPerWeek).toBeGreaterThan(40)
  expect(goal.paceStatus).toBe('behind')
  expect(goal.onTrack).toBe(false)
  for (const path of ['/', '/learning/plan']) {
    await page.goto(path)
    const status = page.getByTestId('pace-status').first()
    await expect(status).toHaveAttribute('data-status', 'behind')
    await expect(status).toContainText(common('pace.status.behind'))
  }
  // the numbers behind it, one click away
  await page.getByTestId('pace-status').first().click()
  await expect(page.getByTestId('pace-figures')).toContainText(
    common('pace.rule', { max: 40 }).slice(0, 12),
  )
  await page.keyboard.press('Escape')

  // A done item's levels are offered until they are applied, then no more.
  await api(page, 'POST', '/api/me/plan', { itemCode: 'lpic-1' })
  await api(page, 'PATCH', '/api/me/plan/lpic-1', { status: 'done' })
  await page.goto('/learning/plan')
  const apply = page.getByRole('button', {
    name: text(language, 'learning', 'plan.actions.applyLevels'),
  })
  await expect(apply).toBeVisible()
  await apply.click()
  const dialog = page.getByRole('dialog', { name: text(language, 'learning', 'proposed.title') })
  // the dialog's last button raises the checked levels (the first closes it, then "not now")
  await dialog.getByRole('button').last().click()
  await expect(dialog).toBeHidden()
  await expect(apply).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('heading', { name: /LPIC-1/ }).first()).toBeVisible()
  await expect(apply).toHaveCount(0)

  // A pasted posting survives a reload (a draft in this browser).
  await nav(page, language, 'nav.postings').click()
  const posting = 'インフラエンジニア募集\n【必須】Linux サーバーの運用経験'
  const field = page.getByLabel(new RegExp(`^${escape(text(language, 'postings', 'form.text'))}`))
  await field.fill(posting)
  await page.reload()
  await expect(field).toHaveValue(posting)

  // Problem titles speak Japanese too.
  const conflict = await page.request.post('/api/me/plan', {
    headers: {
      'X-XSRF-TOKEN':
        (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '',
      'Content-Type': 'application/json',
      'Accept-Language': 'ja',
    },
    data: JSON.stringify({ itemCode: 'lpic-1' }),
  })
  expect(conflict.status()).toBe(409)
  expect((await conflict.json()).title).toBe(serverText(language, 'error.title.409', []))

  await page.context().close()
})

test("a mentor (en): the mentee's pace as the mentee sees it, level descriptions, a mentee gone", async ({
  browser,
}) => {
  const language = 'en'
  const m = (key: string, values?: Record<string, string | number>) =>
    text(language, 'mentoring', key, values)
  const { page: mentor, account: mentorAccount } = await person(
    browser,
    language,
    'trust-mentor',
    'Mona Mentor',
  )
  const { page: learner } = await person(browser, language, 'trust-mentee', 'Lee Learner')
  await api(learner, 'PUT', '/api/me/skills/linux-administration', { level: 2 })
  // a new goal, months away: "getting started" for the learner, so for the mentor too (not "on track")
  await api(learner, 'PUT', '/api/me/goal', {
    roleCode: 'cloud-engineer',
    targetDate: isoDate(400),
  })
  const own = await api<Goal>(learner, 'GET', '/api/me/goal')
  expect(own.paceStatus).toBe('starting')
  expect(own.onTrack).toBe(false)
  await api(learner, 'POST', '/api/me/mentors', { email: mentorAccount.email })
  const [invitation] = await api<{ id: string; myRole: string }[]>(
    mentor,
    'GET',
    '/api/mentorships',
  )
  await api(mentor, 'POST', `/api/mentorships/${invitation.id}/accept`)
  const [mentee] = await api<{ id: string; goal: Goal }[]>(mentor, 'GET', '/api/mentees')
  expect(mentee.goal.paceStatus).toBe(own.paceStatus)
  expect(mentee.goal.onTrack).toBe(own.onTrack)
  expect(mentee.goal.requiredHoursPerWeek).toBe(own.requiredHoursPerWeek)
  const seen = await api<Goal>(mentor, 'GET', `/api/mentees/${mentee.id}/goal`)
  expect(seen.paceStatus).toBe(own.paceStatus)

  // the table and the header show the learner's own status, the numbers one click away
  const starting = text(language, 'common', 'pace.status.starting')
  await nav(mentor, language, 'nav.mentees').click()
  const row = mentor.getByTestId('mentee-row')
  await expect(row.getByTestId('pace-status')).toHaveText(starting)
  await expect(row).not.toContainText(text(language, 'common', 'pace.status.on-track'))
  await row.getByTestId('pace-status').click()
  await expect(mentor.getByTestId('pace-figures')).toContainText(String(own.requiredHoursPerWeek))
  await mentor.keyboard.press('Escape')
  await row.getByRole('link').first().click()
  await expect(mentor.getByTestId('pace-status').first()).toHaveText(starting)

  // the plan speaks of the mentee, to the mentor
  await mentor.getByRole('tab', { name: m('mentee.tabs.plan') }).click()
  await expect(mentor.getByText(/^They need about/)).toBeVisible()
  await expect(mentor.getByText(/^You need/)).toHaveCount(0)
  await mentor.getByRole('tab', { name: m('mentee.tabs.fit') }).click()
  await expect(mentor.getByText(/^They fit .+ best/).first()).toBeVisible()
  await expect(mentor.getByText(/^You fit/)).toHaveCount(0)

  // the validate dialog shows what each level means for this skill, as the learner sees it
  const skills = await api<{ code: string; levels: { level: number; description: string }[] }[]>(
    mentor,
    'GET',
    '/api/skills',
  )
  const linuxLevels = skills.find((skill) => skill.code === 'linux-administration')!.levels
  await mentor.getByRole('tab', { name: m('mentee.tabs.skills') }).click()
  await mentor.getByRole('button', { name: m('validate.open', { skill: NAMES.en.linux }) }).click()
  const dialog = mentor.getByRole('dialog', {
    name: m('validate.title', { skill: NAMES.en.linux }),
  })
  for (const level of [1, 3, 5]) {
    await expect(dialog).toContainText(linuxLevels.find((l) => l.level === level)!.description)
  }
  await expect(
    dialog.getByRole('radio', {
      name: m('validate.option', { level: 3, name: text(language, 'common', 'levels.3') }),
    }),
  ).toBeVisible()

  // the learner ends the mentorship while the mentor's dialog is open: the mentor's next request
  // answers 404, and the mentor is back on the list, told why
  const [mine] = await api<{ id: string }[]>(learner, 'GET', '/api/mentorships')
  await api(learner, 'DELETE', `/api/mentorships/${mine.id}`)
  await dialog.getByRole('radio', { name: new RegExp(`^3 `) }).check()
  await dialog.getByRole('button', { name: m('validate.submit') }).click()
  await expect(mentor).toHaveURL(/\/mentees$/)
  await expect(mentor.getByTestId('mentee-gone')).toContainText(m('mentee.notFoundTitle'))
  await expect(mentor.getByTestId('mentee-row')).toHaveCount(0)

  await learner.context().close()
  await mentor.context().close()
})

/** A team led by `lead` with members who recorded levels; the members' pages (closed later). */
async function teamWithMembers(browser: Browser, lead: Page, teamId: string, names: string[]) {
  const members: { page: Page; id: string; name: string }[] = []
  for (const [index, name] of names.entries()) {
    const { page, account } = await person(browser, 'en', `trust-member-${index}`, name)
    await api(lead, 'POST', `/api/teams/${teamId}/invitations`, { email: account.email })
    const [invitation] = await api<{ id: string }[]>(page, 'GET', '/api/me/team-invitations')
    await api(page, 'POST', `/api/me/team-invitations/${invitation.id}/accept`)
    await api(page, 'PUT', '/api/me/skills/linux-administration', { level: 1 + (index % 5) })
    await api(page, 'PUT', '/api/me/skills/web-servers', { level: 3 })
    const me = await api<{ id: string }>(page, 'GET', '/api/auth/me')
    members.push({ page, id: me.id, name: account.displayName })
  }
  return members
}

/** The PDF's pages' sizes (pdfinfo, poppler-utils) and text (pdftotext, reading order kept). */
function readPdf(pdf: Buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'skillgap-print-'))
  const file = join(dir, 'team.pdf')
  writeFileSync(file, pdf)
  const info = execFileSync('pdfinfo', ['-l', '999', file], { encoding: 'utf8' })
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ])
  execFileSync('pdftotext', ['-enc', 'UTF-8', file, join(dir, 'team.txt')])
  const words = readFileSync(join(dir, 'team.txt'), 'utf8')
  return { sizes, text: words.replace(/\s+/g, ' ') }
}

/**
 * The printed team page as PDF (Chromium's print to PDF) on A4 portrait and landscape: each page
 * is A4, every member and every skill is in it, and in print layout no part of the heatmap is
 * wider than the paper (nothing clipped) and no sort buttons show.
 */
async function checkPrint(page: Page, teamId: string, members: string[], skills: string[]) {
  const texts: string[] = []
  await page.goto(`/teams/${teamId}/print`)
  await expect(page.getByTestId('print-heatmap-part').first()).toBeVisible()
  await page.waitForLoadState('networkidle')
  await page.emulateMedia({ media: 'print' })
  for (const landscape of [false, true]) {
    // A4 less the 12 mm margins, at 96 px per inch
    const width = Math.floor(((landscape ? 297 : 210) - 24) * (96 / 25.4))
    await page.setViewportSize({ width, height: 1000 })
    const layout = await page.evaluate(() => {
      const parts = [...document.querySelectorAll('[data-testid="print-heatmap-part"]')]
      return {
        widest: Math.max(...parts.map((p) => p.getBoundingClientRect().right)),
        page: document.documentElement.scrollWidth,
        sortButtons: document.querySelectorAll('.print-page [aria-sort], .print-page th button')
          .length,
        skills: [...document.querySelectorAll('[data-testid="print-skill"]')].map(
          (e) => e.textContent ?? '',
        ),
        memberRows: parts.map((p) =>
          [...p.querySelectorAll('[data-testid="print-member"]')].map((e) => e.textContent),
        ),
      }
    })
    expect(
      layout.widest,
      `heatmap parts fit the ${landscape ? 'landscape' : 'portrait'} page`,
    ).toBeLessThanOrEqual(width)
    expect(layout.page).toBeLessThanOrEqual(width)
    expect(layout.sortButtons).toBe(0)
    expect(new Set(layout.skills)).toEqual(new Set(skills))
    expect(layout.skills).toHaveLength(skills.length)
    // every part repeats every member
    for (const rows of layout.memberRows) expect(new Set(rows)).toEqual(new Set(members))

    const pdf = readPdf(await page.pdf({ format: 'A4', landscape, printBackground: true }))
    expect(pdf.sizes.length).toBeGreaterThan(0)
    for (const [w, h] of pdf.sizes) {
      // A4: 210 x 297 mm, 595 x 842 points (Chromium rounds to whole pixels)
      expect(Math.abs((landscape ? h : w) - 595)).toBeLessThan(2)
      expect(Math.abs((landscape ? w : h) - 842)).toBeLessThan(2)
    }
    for (const member of members) expect(pdf.text).toContain(member)
    texts.push(pdf.text)
  }
  await page.emulateMedia({ media: 'screen' })
  return texts
}

for (const language of ['en', 'ja'] as const) {
  test(`a lead (${language}): empty targets, nobody, a sole lead, names, rejoin, CSV and print`, async ({
    browser,
  }) => {
    const tm = (key: string, values?: Record<string, string | number>) =>
      text(language, 'teams', key, values)
    const { page: lead, account: leadAccount } = await person(
      browser,
      language,
      `trust-lead-${language}`,
      'Lena Lead',
    )
    const teamName = language === 'ja' ? `基盤チーム ${Date.now()}` : `Platform ${Date.now()}`

    // create the team in the UI; the same name again is refused with a clear message
    await nav(lead, language, 'nav.teams').click()
    await lead.getByLabel(tm('create.name')).fill(teamName)
    await lead.getByRole('button', { name: tm('create.submit') }).click()
    await expect(lead.getByRole('heading', { name: teamName, level: 1 })).toBeVisible()
    const teamId = new URL(lead.url()).pathname.split('/').pop()!

    // a sole lead sees why they can neither become a member nor leave
    await expect(
      lead.getByRole('button', { name: new RegExp(`^${tm('members.demote')}`) }),
    ).toBeDisabled()
    await expect(lead.getByText(tm('members.soleLead'))).toBeVisible()
    await expect(lead.getByRole('button', { name: tm('leave.button') })).toBeDisabled()
    await expect(lead.getByTestId('leave-sole-lead')).toHaveText(tm('leave.soleLead'))

    // from the team's page (whose rename field has the same label): wait for the list
    await nav(lead, language, 'nav.teams').click()
    await expect(lead).toHaveURL(/\/teams$/)
    await lead.getByLabel(tm('create.name')).fill(` ${teamName.toLowerCase()} `)
    await lead.getByRole('button', { name: tm('create.submit') }).click()
    await expect(
      lead.getByText(serverText(language, 'team.nameTaken', [teamName.toLowerCase()])),
    ).toBeVisible()

    // members with levels (one Japanese name: the PDF and the CSV keep it)
    const members = await teamWithMembers(browser, lead, teamId, [
      '山田 花子',
      'Sato Taro',
      'Chris',
    ])
    const names = members.map((member) => member.name)

    // no targets yet: said so, no risk, no "single point" anywhere
    await lead.goto(`/teams/${teamId}?tab=coverage`)
    await expect(lead.getByTestId('no-targets')).toContainText(tm('noTargets.title'))
    await expect(lead.getByTestId('coverage')).toHaveCount(0)
    await expect(lead.getByText(tm('coverage.spofBadge'), { exact: true })).toHaveCount(0)
    await lead.goto(`/teams/${teamId}?tab=progress`)
    await expect(lead.getByTestId('no-targets')).toBeVisible()
    // the team was created this week: one week to show, none before it existed
    await expect(lead.getByTestId('progress').locator('tbody tr')).toHaveCount(1)

    // a member's proposed target role survives leaving and rejoining
    const [first] = members
    await api(lead, 'PUT', `/api/teams/${teamId}/members/${first.id}/target-role`, {
      roleCode: 'network-engineer',
    })
    await api(first.page, 'DELETE', `/api/teams/${teamId}/members/${first.id}`)
    const firstMe = await api<{ email: string }>(first.page, 'GET', '/api/auth/me')
    await api(lead, 'POST', `/api/teams/${teamId}/invitations`, { email: firstMe.email })
    const [again] = await api<{ id: string }[]>(first.page, 'GET', '/api/me/team-invitations')
    await api(first.page, 'POST', `/api/me/team-invitations/${again.id}/accept`)
    await lead.goto(`/teams/${teamId}`)
    const roles = await api<{ code: string; name: string }[]>(
      lead,
      'GET',
      '/api/roles',
      undefined,
      {
        'Accept-Language': language,
      },
    )
    await expect(
      lead.getByRole('combobox', { name: tm('members.targetRoleOf', { name: names[0] }) }),
    ).toHaveValue(roles.find((role) => role.code === 'network-engineer')!.name)

    // targets from the members' target roles: then risk, and "nobody" for a skill nobody holds
    await lead.goto(`/teams/${teamId}?tab=targets`)
    await lead.getByTestId('mix-from-members').click()
    await lead.getByRole('button', { name: tm('targets.save') }).click()
    await expect(lead.getByText(tm('targets.saved'))).toBeVisible()
    await lead.goto(`/teams/${teamId}?tab=coverage`)
    const coverage = lead.getByTestId('coverage')
    await expect(coverage).toBeVisible()
    const nobody = coverage
      .getByTestId('coverage-row')
      .filter({ hasText: tm('coverage.nobodyBadge') })
    await expect(nobody.first()).toBeVisible()
    await expect(nobody.first()).not.toContainText(tm('coverage.spofBadge'))

    // the CSV in the app's language, named after the team and the date
    const date = new Date().toISOString().slice(0, 10)
    const download = async (link = tm('export.heatmap')) => {
      await lead.goto(`/teams/${teamId}?tab=export`)
      const downloading = lead.waitForEvent('download', { timeout: 30_000 })
      await lead.getByRole('link', { name: link }).click()
      const file = await downloading
      const body = readFileSync((await file.path())!)
      return { name: file.suggestedFilename(), csv: body.subarray(3).toString('utf8') }
    }
    const csv = await download()
    expect(csv.name).toContain(teamName)
    expect(csv.name).toContain(date)
    expect(csv.csv.split('\r\n')[0]).toMatch(
      new RegExp(
        `^${escape(serverText(language, 'csv.column.member', []))},${escape(serverText(language, 'csv.column.targetRole', []))},`,
      ),
    )
    expect(csv.csv).toContain(NAMES[language].linux)
    for (const name of names) expect(csv.csv).toContain(name)

    if (language === 'en') {
      // the lead switches the app to Japanese: the next CSV is in Japanese, whatever the browser says
      await lead.getByRole('button', { name: /Language: English/ }).click()
      await lead.getByRole('menuitem', { name: '日本語' }).click()
      const japanese = await download(text('ja', 'teams', 'export.heatmap'))
      expect(japanese.csv.split('\r\n')[0]).toMatch(/^メンバー,目標職種,/)
      expect(japanese.csv).toContain(NAMES.ja.linux)
      expect(japanese.name).toContain('ヒートマップ')
      await lead.getByRole('button', { name: /言語/ }).click()
      await lead.getByRole('menuitem', { name: 'English' }).click()
    }

    // the printed page, as PDF, on A4 portrait and landscape: every member, every skill
    const skills = await api<{ code: string; name: string }[]>(
      lead,
      'GET',
      '/api/skills',
      undefined,
      {
        'Accept-Language': language,
      },
    )
    expect(skills.length).toBeGreaterThanOrEqual(40)
    const pdfs = await checkPrint(
      lead,
      teamId,
      [leadAccount.displayName, ...names],
      skills.map((skill) => skill.name),
    )
    if (language === 'en') {
      // written upwards, the skill names are still whole in the PDF's text
      for (const pdf of pdfs) for (const skill of skills) expect(pdf).toContain(skill.name)
    }

    for (const member of members) await member.page.context().close()
    await lead.context().close()
  })
}
