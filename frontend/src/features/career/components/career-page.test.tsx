import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { json, mockFetch, route } from '@/testing/fetch-mock'
import { renderApp, renderWithProviders } from '@/testing/test-utils'
import type { Career, RoleFit } from '../api/types'
import { CareerPage } from './career-page'

const node = (roleCode: string, roleName: string, fit: number): RoleFit => ({
  roleCode,
  roleName,
  fit,
  largestGaps: [
    {
      skillCode: `${roleCode}-gap`,
      skillName: `${roleName} gap`,
      from: 0,
      to: 3,
      weight: 3,
      anyOf: null,
    },
  ],
})

const nodes = [
  node('infrastructure-engineer', 'Infrastructure engineer', 0.13),
  node('server-engineer', 'Server engineer', 0.24),
  node('cloud-engineer', 'Cloud engineer', 0.08),
  node('network-engineer', 'Network engineer', 0.11),
  node('devops-engineer', 'DevOps engineer', 0.18),
  node('system-architect', 'System architect', 0.02),
]

const career: Career = {
  currentRoleCode: 'server-engineer',
  currentRoleName: 'Server engineer',
  chosen: false,
  nodes,
  edges: [
    { from: 'infrastructure-engineer', to: 'cloud-engineer' },
    { from: 'infrastructure-engineer', to: 'network-engineer' },
    { from: 'server-engineer', to: 'devops-engineer' },
    { from: 'server-engineer', to: 'system-architect' },
  ],
  nextSteps: [
    { role: nodes[4], estimatedHours: 1067, items: 22, unclosedGaps: 2 },
    { role: nodes[5], estimatedHours: 1750, items: 16, unclosedGaps: 8 },
  ],
}

describe('CareerPage', { timeout: 20_000 }, () => {
  it('draws every role with its fit and marks the current one', async () => {
    mockFetch([route('GET', '/api/me/career', () => json(career))])
    renderWithProviders(<CareerPage />)

    const graph = await screen.findByRole('group', { name: 'Roles and where they lead' })
    const roles = within(graph).getAllByRole('link')
    expect(roles).toHaveLength(6)
    const current = within(graph).getByRole('link', {
      name: 'Server engineer Fit 24% You are here',
    })
    expect(current).toHaveAttribute('aria-current', 'true')
    expect(within(current).getByText('You are here')).toBeInTheDocument()
    const other = within(graph).getByRole('link', { name: 'Cloud engineer Fit 8%' })
    expect(other).not.toHaveAttribute('aria-current')
    expect(graph).toHaveAccessibleDescription(
      'Infrastructure engineer leads to Cloud engineer and Network engineer. Server engineer leads to DevOps engineer and System architect.',
    )
  })

  it('shows the next steps with fit, gaps and hours, linking to their recommendations', async () => {
    mockFetch([route('GET', '/api/me/career', () => json(career))])
    renderWithProviders(<CareerPage />)

    const devops = (await screen.findByRole('heading', { name: 'DevOps engineer' })).closest(
      'article',
    )!
    expect(within(devops).getByText('Fit 18%')).toBeInTheDocument()
    expect(within(devops).getByText('About 1,067 h of learning (22 items)')).toBeInTheDocument()
    expect(within(devops).getByText('DevOps engineer gap 0 → 3')).toBeInTheDocument()
    expect(
      within(devops).getByRole('link', { name: 'See recommendations for DevOps engineer' }),
    ).toHaveAttribute('href', '/learning?role=devops-engineer')
  })

  it('chooses the role I hold now', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    const { requests } = mockFetch([
      route('GET', '/api/me/career', () => json(career)),
      route('PUT', '/api/me/career/current', () =>
        json({
          ...career,
          currentRoleCode: 'cloud-engineer',
          currentRoleName: 'Cloud engineer',
          chosen: true,
          nextSteps: [],
        }),
      ),
    ])
    renderWithProviders(<CareerPage />)

    await userEvent.click(await screen.findByRole('combobox', { name: 'The role I hold now' }))
    await userEvent.click(await screen.findByRole('option', { name: 'Cloud engineer' }))

    await waitFor(() =>
      expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
        roleCode: 'cloud-engineer',
      }),
    )
    expect(
      await screen.findByRole('link', { name: 'Cloud engineer Fit 8% You are here' }),
    ).toHaveAttribute('aria-current', 'true')
    expect(screen.getByText(/Cloud engineer is at the end of the paths/)).toBeInTheDocument()
  })

  it('opens the recommendations of a role from the graph', async () => {
    mockFetch([
      route('GET', '/api/auth/me', () =>
        json({ id: '1', email: 'a@b.c', displayName: 'A', locale: 'en', roles: ['LEARNER'] }),
      ),
      route('GET', '/api/me/career', () => json(career)),
    ])
    const { router } = renderApp('/career')

    await userEvent.click(
      await screen.findByRole('link', { name: 'DevOps engineer Fit 18%' }, { timeout: 5000 }),
    )
    await waitFor(() => expect(router.state.location.pathname).toBe('/learning'))
    expect(router.state.location.search).toBe('?role=devops-engineer')
  })
})
