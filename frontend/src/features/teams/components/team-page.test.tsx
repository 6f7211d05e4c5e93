import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { json, mockFetch, problem, route } from '@/testing/fetch-mock'
import { renderApp } from '@/testing/test-utils'
import type { Aggregate, TeamDetail, TeamTargets, TrainingPlan } from '../api/types'

const TEAM = 't-1'
const me = { id: 'lead-1', email: 'lead@example.com', displayName: 'Lena', locale: 'en', roles: [] }

const detail = (myRole: 'lead' | 'member'): TeamDetail => ({
  id: TEAM,
  name: 'Platform team',
  myRole,
  memberCount: 3,
  leadCount: 1,
  members: [
    {
      id: 'lead-1',
      displayName: 'Lena',
      role: 'lead',
      targetRole: null,
      targetSource: null,
      joinedAt: '2026-11-01T10:00:00Z',
    },
    ...(myRole === 'lead'
      ? [
          {
            id: 'm-1',
            displayName: 'Aiko',
            role: 'member' as const,
            targetRole: 'server-engineer',
            targetSource: 'lead',
            joinedAt: '2026-11-02T10:00:00Z',
          },
        ]
      : []),
  ],
  invitations: [],
  countsHidden: false,
  minGroupSize: 5,
})

const plan: TrainingPlan = {
  totalGapClosed: 9,
  items: [
    {
      itemCode: 'lpic-1',
      title: 'LPIC-1',
      kind: 'certification',
      hours: 60,
      weightedGapClosed: 6,
      perHour: 0.1,
      members: [
        { id: 'm-1', displayName: 'Aiko', skills: ['linux-administration'] },
        { id: 'm-2', displayName: 'Bo', skills: ['linux-administration'] },
      ],
      groupSession: true,
      url: null,
    },
  ],
}

const aggregate: Aggregate = {
  memberCount: 3,
  countsHidden: false,
  minGroupSize: 5,
  skills: [
    {
      code: 'linux-administration',
      name: 'Linux server administration',
      category: 'servers',
      counts: [0, 1, 1, 0, 0],
      unassessed: 1,
    },
  ],
}

const roles = [
  {
    code: 'server-engineer',
    name: 'Server engineer',
    summary: '',
    requirements: [],
    nextRoles: [],
    articleLines: '',
  },
]

function routes(myRole: 'lead' | 'member') {
  return [
    route('GET', '/api/auth/me', () => json(me)),
    route('GET', `/api/teams/${TEAM}`, () => json(detail(myRole))),
    route('GET', '/api/roles', () => json(roles)),
    route('GET', '/api/skills', () => json([])),
    route('GET', `/api/teams/${TEAM}/aggregate`, () => json(aggregate)),
    route('GET', `/api/teams/${TEAM}/training-plan`, () => json(plan)),
    route('GET', `/api/teams/${TEAM}/plan-progress`, () => json({ items: [] })),
  ]
}

const tabNames = () => screen.getAllByRole('tab').map((tab) => tab.textContent)

describe('TeamPage', { timeout: 30_000 }, () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
  })

  it('gives a lead every tab, and sends a training item as a suggestion to the members picked', async () => {
    const { requests } = mockFetch([
      ...routes('lead'),
      route('POST', `/api/teams/${TEAM}/suggestions`, () =>
        json(
          { itemCode: 'lpic-1', suggested: ['m-1'], skipped: [{ memberId: 'm-2', reason: 'x' }] },
          { status: 201 },
        ),
      ),
    ])
    renderApp(`/teams/${TEAM}?tab=training`)

    expect(await screen.findByRole('heading', { name: 'Platform team', level: 1 })).toBeVisible()
    expect(screen.getByText('3 members, 1 lead')).toBeVisible()
    expect(tabNames()).toEqual([
      'Overview',
      'Targets',
      'Heatmap',
      'Coverage & risk',
      'Training plan',
      'Hiring brief',
      'Progress',
      'Export',
    ])
    const item = await screen.findByTestId('training-item')
    expect(within(item).getByText('Group session')).toBeVisible()
    expect(item).toHaveTextContent('helps 2 members')

    await userEvent.click(within(item).getByRole('button', { name: 'Send as suggestion: LPIC-1' }))
    const form = screen.getByTestId('suggest-form')
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Bo' }))
    await userEvent.type(within(form).getByLabelText('Note (optional)'), 'Before the migration')
    await userEvent.click(within(form).getByRole('button', { name: 'Send to 1 member' }))

    expect(await screen.findByTestId('suggest-result')).toHaveTextContent('Suggested to 1 member.')
    expect(screen.getByTestId('suggest-result')).toHaveTextContent('Not sent to Bo: x')
    const post = requests.find((r) => r.method === 'POST' && r.path.endsWith('/suggestions'))
    expect(post?.body).toEqual({
      itemCode: 'lpic-1',
      memberIds: ['m-1'],
      note: 'Before the migration',
    })
  })

  it('gives a member the aggregate only, without the lead-only tabs', async () => {
    const { requests } = mockFetch(routes('member'))
    renderApp(`/teams/${TEAM}?tab=heatmap`)

    const aggregateTable = await screen.findByTestId('aggregate')
    expect(tabNames()).toEqual([
      'Overview',
      'Targets',
      'Heatmap',
      'Coverage & risk',
      'Progress',
      'Export',
    ])
    expect(within(aggregateTable).getByRole('rowheader')).toHaveTextContent(
      'Linux server administration',
    )
    expect(requests.some((r) => r.path.includes('/heatmap'))).toBe(false)
    expect(requests.some((r) => r.path.includes('/training-plan'))).toBe(false)
  })

  it('tells a member of a small team why its counts are hidden, on every tab that has counts', async () => {
    const hidden = { countsHidden: true, minGroupSize: 5, memberCount: 2 }
    const { requests } = mockFetch([
      route('GET', '/api/auth/me', () => json(me)),
      route('GET', `/api/teams/${TEAM}`, () => json({ ...detail('member'), ...hidden })),
      route('GET', '/api/roles', () => json(roles)),
      route('GET', '/api/skills', () => json([])),
      route('GET', `/api/teams/${TEAM}/aggregate`, () =>
        json({
          ...aggregate,
          ...hidden,
          skills: aggregate.skills.map((skill) => ({ ...skill, counts: null, unassessed: null })),
        }),
      ),
      route('GET', `/api/teams/${TEAM}/coverage`, () =>
        json([
          {
            skillCode: 'linux-administration',
            name: 'Linux server administration',
            targetLevel: 3,
            required: 2,
            source: 'default',
            holders: null,
            met: null,
            busFactor: null,
            singlePointOfFailure: null,
            experts: null,
            practitioners: null,
            novices: null,
            risk: null,
          },
        ]),
      ),
    ])
    renderApp(`/teams/${TEAM}?tab=heatmap`)
    expect(await screen.findByTestId('counts-hidden')).toHaveTextContent(
      'This team has 2 people. Counts by level, coverage and progress are shown to members only in teams of at least 5 people',
    )
    expect(screen.queryByTestId('aggregate')).toBeNull()

    await userEvent.click(screen.getByRole('tab', { name: 'Coverage & risk' }))
    expect(await screen.findByTestId('coverage-targets')).toHaveTextContent(
      'Linux server administration',
    )
    expect(screen.getByTestId('counts-hidden')).toBeVisible()
    expect(screen.queryByTestId('coverage')).toBeNull()

    await userEvent.click(screen.getByRole('tab', { name: 'Progress' }))
    expect(await screen.findByTestId('counts-hidden')).toBeVisible()
    expect(requests.some((r) => r.path.includes('/progress'))).toBe(false)
  })

  it('ignores a lead-only tab in the address for a member', async () => {
    mockFetch(routes('member'))
    renderApp(`/teams/${TEAM}?tab=training`)
    expect(await screen.findByRole('tab', { name: 'Overview', selected: true })).toBeVisible()
  })

  it('shows the server error of a role mix row next to that row', async () => {
    const targets: TeamTargets = {
      roleMix: [{ roleCode: 'server-engineer', headcount: 2 }],
      coverage: [],
    }
    const { requests } = mockFetch([
      ...routes('lead'),
      route('GET', `/api/teams/${TEAM}/targets`, () => json(targets)),
      route('PUT', `/api/teams/${TEAM}/targets`, () =>
        problem(400, {
          title: 'Invalid input',
          errors: [{ field: 'roleMix[0].headcount', message: 'At most 10000.' }],
        }),
      ),
    ])
    renderApp(`/teams/${TEAM}?tab=targets`)

    const row = await screen.findByTestId('role-mix-row')
    await userEvent.click(screen.getByRole('button', { name: 'Save targets' }))
    expect(await within(row).findByText('At most 10000.')).toBeVisible()
    const put = requests.find((r) => r.method === 'PUT')
    expect(put?.headers['x-xsrf-token']).toBe('t')
    expect(put?.body).toEqual({
      roleMix: [{ roleCode: 'server-engineer', headcount: 2 }],
      coverage: [],
    })
  })

  it('says so when the team is not visible', async () => {
    mockFetch([
      route('GET', '/api/auth/me', () => json(me)),
      route('GET', `/api/teams/${TEAM}`, () => problem(404, { title: 'Not Found' })),
    ])
    renderApp(`/teams/${TEAM}`)
    expect(await screen.findByRole('heading', { name: 'Team not found' })).toBeVisible()
  })
})
