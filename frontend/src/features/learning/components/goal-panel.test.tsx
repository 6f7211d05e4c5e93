import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { json, mockFetch, noContent, route } from '@/testing/fetch-mock'
import { renderWithProviders } from '@/testing/test-utils'
import { goal, roles } from '../testing/fixtures'
import { GoalPanel } from './goal-panel'

describe('GoalPanel', { timeout: 20_000 }, () => {
  it('shows that the pace reaches the goal in time', async () => {
    mockFetch([
      route('GET', '/api/me/goal', () => json(goal())),
      route('GET', '/api/roles', () => json(roles)),
    ])
    renderWithProviders(<GoalPanel hoursPerWeek={[]} />)

    expect(await screen.findByText('On track')).toBeInTheDocument()
    expect(screen.getByText('Cloud engineer by Jun 30, 2027')).toBeInTheDocument()
    expect(
      screen.getByText('At your pace of 10 h a week you get there around Apr 15, 2027, in time.'),
    ).toBeInTheDocument()
    expect(screen.getByText('6.5 h/week')).toBeInTheDocument()
    expect(screen.getByRole('img', { name: /Hours logged per week/ })).toBeInTheDocument()
  })

  it('shows that the pace is behind, with the hours needed', async () => {
    mockFetch([
      route('GET', '/api/me/goal', () =>
        json(
          goal({
            expectedHours: 40,
            paceStatus: 'behind',
            onTrack: false,
            hoursPerWeek: 2.5,
            requiredHoursPerWeek: 32.6,
            projectedDate: '2034-07-27',
            unclosedGaps: 5,
          }),
        ),
      ),
      route('GET', '/api/roles', () => json(roles)),
    ])
    renderWithProviders(<GoalPanel hoursPerWeek={[]} />)

    expect(await screen.findByText('Behind')).toBeInTheDocument()
    expect(
      screen.getByText(
        'You need 32.6 h a week; at your pace of 2.5 h a week you would get there around Jul 27, 2034.',
      ),
    ).toBeInTheDocument()
    expect(
      screen.getByText('5 gaps have no learning item: close them with practice.'),
    ).toBeInTheDocument()
    expect(screen.queryByText('On track')).not.toBeInTheDocument()
  })

  it('sets a goal when there is none', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    let saved: ReturnType<typeof goal> | null = null
    const { requests } = mockFetch([
      route('GET', '/api/me/goal', () => (saved ? json(saved) : noContent())),
      route('GET', '/api/roles', () => json(roles)),
      route('PUT', '/api/me/goal', () => json((saved = goal()))),
    ])
    renderWithProviders(<GoalPanel hoursPerWeek={[]} />)

    await userEvent.click(await screen.findByRole('combobox', { name: /Target role/ }))
    await userEvent.click(await screen.findByRole('option', { name: 'Cloud engineer' }))
    await userEvent.type(screen.getByLabelText(/Target date/), '2030-01-31')
    await userEvent.click(screen.getByRole('button', { name: 'Set goal' }))

    await waitFor(() =>
      expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
        roleCode: 'cloud-engineer',
        targetDate: '2030-01-31',
      }),
    )
    expect(await screen.findByText('On track')).toBeInTheDocument()
  })
})
