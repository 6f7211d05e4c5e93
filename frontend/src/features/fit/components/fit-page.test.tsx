import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { json, mockFetch, route } from '@/testing/fetch-mock'
import { renderWithProviders } from '@/testing/test-utils'
import type { FitExplanation, FitHistory, RoleFit, SkillGap, WhatIfResult } from '../api/types'
import { FitPage } from './fit-page'

const gap = (
  skillCode: string,
  skillName: string,
  current: number,
  target: number,
  weight: number,
): SkillGap => ({
  skillCode,
  skillName,
  current,
  target,
  gap: Math.max(0, target - current),
  weight,
  anyOf: null,
  counted: true,
  alternatives: [],
})

const fits: RoleFit[] = [
  {
    roleCode: 'server-engineer',
    roleName: 'Server engineer',
    fit: 0.42,
    metRequirements: 1,
    totalRequirements: 3,
    gaps: [
      gap('linux-administration', 'Linux server administration', 5, 5, 3),
      gap('web-servers', 'Web servers', 1, 4, 3),
      gap('mail-servers', 'Mail servers', 0, 3, 2),
    ],
  },
  {
    roleCode: 'infrastructure-engineer',
    roleName: 'Infrastructure engineer',
    fit: 0.18,
    metRequirements: 0,
    totalRequirements: 2,
    gaps: [
      gap('network-fundamentals', 'Network fundamentals', 0, 4, 3),
      gap('linux-administration', 'Linux server administration', 5, 3, 2),
    ],
  },
]

const explanation: FitExplanation = {
  bestRoleCode: 'server-engineer',
  bestRoleName: 'Server engineer',
  bestFit: 0.42,
  strengths: [fits[0].gaps[0]],
  gapsToBest: [fits[0].gaps[1]],
  comparedRoleCode: 'infrastructure-engineer',
  comparedRoleName: 'Infrastructure engineer',
  gapsToCompared: [fits[1].gaps[0]],
  text: 'You fit Server engineer best (42%): Linux server administration meets the target.',
}

const history: FitHistory = {
  roles: [
    { code: 'server-engineer', name: 'Server engineer' },
    { code: 'infrastructure-engineer', name: 'Infrastructure engineer' },
  ],
  points: [
    {
      at: '2026-11-20T10:00:00Z',
      skillCode: 'linux-administration',
      skillName: 'Linux server administration',
      level: 5,
      source: 'self',
      fits: { 'server-engineer': 0.3, 'infrastructure-engineer': 0.12 },
    },
  ],
}

const emptyExplanation: FitExplanation = {
  bestRoleCode: null,
  bestRoleName: null,
  bestFit: null,
  strengths: [],
  gapsToBest: [],
  comparedRoleCode: null,
  comparedRoleName: null,
  gapsToCompared: [],
  text: 'Record your skills to see which role suits you.',
}

function fitRoutes(extra = [route('GET', '/api/me/fit/history', () => json(history))]) {
  return [
    route('GET', '/api/me/fit', () => json(fits)),
    route('GET', '/api/me/fit/explanation', () => json(explanation)),
    ...extra,
  ]
}

// whole pages with many cards and charts: give a loaded CI machine some headroom
describe('FitPage', { timeout: 20_000 }, () => {
  it('shows the explanation and the ranking, best first', async () => {
    mockFetch(fitRoutes())
    renderWithProviders(<FitPage />)

    expect(
      await screen.findByRole('heading', { name: 'Your best fit: Server engineer' }),
    ).toBeInTheDocument()
    expect(screen.getByText(explanation.text)).toBeInTheDocument()

    const ranking = screen.getByRole('list', { name: 'Roles ranked by fit' })
    const rows = within(ranking).getAllByRole('button')
    expect(rows[0]).toHaveAccessibleName('1. Server engineer 1/3 met 42%')
    expect(rows[1]).toHaveAccessibleName('2. Infrastructure engineer 0/2 met 18%')
    expect(screen.getByRole('img', { name: /over 1 change/ })).toBeInTheDocument()
  })

  it('shows the gaps of the chosen role, largest gap × weight first, met rows marked', async () => {
    mockFetch(fitRoutes())
    renderWithProviders(<FitPage />)

    const table = await screen.findByRole('table', { name: 'Gaps to Server engineer' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getAllByRole('cell')[0].textContent)).toEqual([
      'Web servers',
      'Mail servers',
      'Linux server administration',
    ])
    expect(within(rows[2]).getByRole('img', { name: 'Met' })).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: /Infrastructure engineer 0\/2 met 18%/ }))
    expect(
      await screen.findByRole('table', { name: 'Gaps to Infrastructure engineer' }),
    ).toBeInTheDocument()
  })

  it('asks the what-if endpoint for a changed level and shows the deltas', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    const results: WhatIfResult[] = [
      {
        roleCode: 'server-engineer',
        roleName: 'Server engineer',
        currentFit: 0.42,
        fit: 0.54,
        delta: 0.12,
        gaps: fits[0].gaps,
      },
      {
        roleCode: 'infrastructure-engineer',
        roleName: 'Infrastructure engineer',
        currentFit: 0.18,
        fit: 0.18,
        delta: 0,
        gaps: fits[1].gaps,
      },
    ]
    const { requests } = mockFetch(
      fitRoutes([
        route('GET', '/api/me/fit/history', () => json(history)),
        route('POST', '/api/me/fit/what-if', () => json(results)),
      ]),
    )
    renderWithProviders(<FitPage />)

    const slider = await screen.findByRole('slider', { name: 'What-if level for Web servers' })
    expect(slider).toHaveAttribute('aria-valuenow', '1')
    expect(screen.getByText('Move a slider to see the effect.')).toBeInTheDocument()
    fireEvent.keyDown(slider, { key: 'ArrowRight' })
    fireEvent.keyDown(slider, { key: 'ArrowRight' })
    expect(slider).toHaveAttribute('aria-valuenow', '3')

    const table = await screen.findByRole(
      'table',
      { name: 'Fits with the what-if levels' },
      { timeout: 3000 },
    )
    const posts = requests.filter((r) => r.method === 'POST')
    // debounced: one request for the final value
    expect(posts).toHaveLength(1)
    expect(posts[0].body).toEqual({ changes: [{ skillCode: 'web-servers', level: 3 }] })
    const first = within(table).getAllByRole('row')[1]
    expect(first).toHaveTextContent('Server engineer')
    expect(first).toHaveTextContent('54%')
    expect(within(first).getByText('+12%')).toBeInTheDocument()
    expect(within(table).getAllByRole('row')[2]).toHaveTextContent('±0%')

    fireEvent.click(screen.getByRole('button', { name: 'Reset' }))
    await waitFor(() => expect(slider).toHaveAttribute('aria-valuenow', '1'))
  })

  it('leads a new user to My skills', async () => {
    mockFetch([
      route('GET', '/api/me/fit', () => json(fits.map((fit) => ({ ...fit, fit: 0 })))),
      route('GET', '/api/me/fit/explanation', () => json(emptyExplanation)),
      route('GET', '/api/me/fit/history', () => json({ roles: history.roles, points: [] })),
    ])
    renderWithProviders(<FitPage />)

    expect(
      await screen.findByRole('heading', { name: 'Record your skills first' }),
    ).toBeInTheDocument()
    expect(screen.getByText(emptyExplanation.text)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to My skills' })).toHaveAttribute('href', '/skills')
    // no "best fit 0%", and a way to start from a role's fundamentals
    expect(screen.queryByText('0%')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: "Start with a role's fundamentals" })).toHaveAttribute(
      'href',
      '/learning',
    )
  })

  it('shows a group of alternatives as one row and one radar axis', async () => {
    const grouped: RoleFit = {
      roleCode: 'server-engineer',
      roleName: 'Server engineer',
      fit: 0.5,
      metRequirements: 1,
      totalRequirements: 2,
      gaps: [
        {
          ...gap('linux-administration', 'Linux server administration', 4, 4, 3),
          anyOf: 'linux-administration',
          alternatives: ['windows-server-administration'],
        },
        {
          ...gap('windows-server-administration', 'Windows Server administration', 0, 4, 3),
          gap: 0,
          anyOf: 'linux-administration',
          counted: false,
          alternatives: ['linux-administration'],
        },
        gap('web-servers', 'Web servers', 1, 4, 3),
      ],
    }
    mockFetch([
      route('GET', '/api/me/fit', () => json([grouped])),
      route('GET', '/api/me/fit/explanation', () => json(explanation)),
      route('GET', '/api/me/fit/history', () => json(history)),
    ])
    renderWithProviders(<FitPage />)

    const table = await screen.findByRole('table', { name: 'Gaps to Server engineer' })
    const rows = within(table).getAllByRole('row')
    // header, the group, web servers: Windows has no row (and no gap) of its own
    expect(rows).toHaveLength(3)
    expect(
      within(table).getByText('Linux server administration or Windows Server administration'),
    ).toBeInTheDocument()
    expect(
      within(table).getByText(
        'Any one of these will do; your best, Linux server administration, counts.',
      ),
    ).toBeInTheDocument()
  })
})
