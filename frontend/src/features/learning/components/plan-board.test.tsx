import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { json, mockFetch, noContent, problem, route } from '@/testing/fetch-mock'
import { renderWithProviders } from '@/testing/test-utils'
import { planItem, roles, suggestion } from '../testing/fixtures'
import { PlanBoard } from './plan-board'

const plan = {
  items: [planItem('a', 0), planItem('b', 1), planItem('c', 2, { status: 'in-progress' })],
  hoursPerWeek: [],
  suggestions: [],
}

function baseRoutes() {
  return [
    route('GET', '/api/me/plan', () => json(plan)),
    route('GET', '/api/me/goal', () => noContent()),
    route('GET', '/api/roles', () => json(roles)),
  ]
}

describe('PlanBoard', { timeout: 20_000 }, () => {
  it('groups the plan by status, in plan order', async () => {
    mockFetch(baseRoutes())
    renderWithProviders(<PlanBoard />)

    const inProgress = await screen.findByRole('region', { name: 'In progress' })
    expect(
      within(inProgress)
        .getAllByRole('article')
        .map((a) => a.textContent),
    ).toEqual([expect.stringContaining('Item C')])
    const planned = screen.getByRole('region', { name: 'Planned' })
    expect(
      within(planned)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Item A', 'Item B'])
  })

  it('moving an item down sends the whole plan in the new order', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    const { requests } = mockFetch([
      ...baseRoutes(),
      route('PUT', '/api/me/plan/order', () => json([])),
    ])
    renderWithProviders(<PlanBoard />)

    // the first item of a group cannot move up; the last cannot move down
    expect(await screen.findByRole('button', { name: 'Move up: Item A' })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Move down: Item B' })).toBeDisabled()

    await userEvent.click(screen.getByRole('button', { name: 'Move down: Item A' }))

    await waitFor(() =>
      expect(requests.filter((r) => r.method === 'PUT').map((r) => r.body)).toEqual([
        { itemCodes: ['b', 'a', 'c'] },
      ]),
    )
  })

  it("offers to apply a done item's levels only while some are left to apply", async () => {
    mockFetch([
      route('GET', '/api/me/plan', () =>
        json({
          ...plan,
          items: [
            planItem('a', 0, { status: 'done', levelsToApply: 2 }),
            planItem('b', 1, { status: 'done', levelsToApply: 0 }),
          ],
        }),
      ),
      route('GET', '/api/me/goal', () => noContent()),
      route('GET', '/api/roles', () => json(roles)),
    ])
    renderWithProviders(<PlanBoard />)

    const pending = (await screen.findByRole('heading', { name: 'Item A' })).closest('article')!
    expect(within(pending).getByRole('button', { name: 'Apply its levels' })).toBeInTheDocument()
    const applied = screen.getByRole('heading', { name: 'Item B' }).closest('article')!
    expect(within(applied).queryByRole('button', { name: 'Apply its levels' })).toBeNull()
  })

  it('marking an item done asks which levels to raise and applies the checked ones', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    // the refetched plan has the item in the "Done" group: its card remounts there
    let current = plan
    const { requests } = mockFetch([
      route('GET', '/api/me/plan', () => json(current)),
      route('GET', '/api/me/goal', () => noContent()),
      route('GET', '/api/roles', () => json(roles)),
      route('PATCH', '/api/me/plan/c', () => {
        const done = { ...plan.items[2], status: 'done' as const }
        current = { ...plan, items: [plan.items[0], plan.items[1], done] }
        return json({
          item: done,
          proposedLevels: [
            { skillCode: 'aws', skillName: 'AWS', current: 0, proposed: 2 },
            { skillCode: 'iac', skillName: 'Infrastructure as Code', current: 1, proposed: 2 },
          ],
        })
      }),
      route('POST', '/api/me/plan/c/apply-levels', () =>
        json([{ skillCode: 'aws', skillName: 'AWS', level: 2, source: 'learning-item' }]),
      ),
    ])
    renderWithProviders(<PlanBoard />)

    const card = (await screen.findByRole('heading', { name: 'Item C' })).closest('article')!
    await userEvent.click(within(card).getByRole('button', { name: 'Mark done' }))

    expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({ status: 'done' })
    const dialog = await screen.findByRole('dialog', { name: 'Raise your skill levels?' })
    const aws = within(dialog).getByRole('checkbox', { name: 'AWS: level 0 → 2' })
    const iac = within(dialog).getByRole('checkbox', {
      name: 'Infrastructure as Code: level 1 → 2',
    })
    expect(aws).toBeChecked()
    expect(iac).toBeChecked()

    await userEvent.click(iac)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Raise 1 level' }))

    await waitFor(() =>
      expect(
        requests.filter((r) => r.path === '/api/me/plan/c/apply-levels').map((r) => r.body),
      ).toEqual([{ skillCodes: ['aws'] }]),
    )
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })

  it('shows the problem when the server refuses a move (409)', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    mockFetch([
      ...baseRoutes(),
      route('PATCH', '/api/me/plan/a', () =>
        problem(409, { title: 'Conflict', detail: 'An item that is done cannot become planned.' }),
      ),
    ])
    renderWithProviders(<PlanBoard />)

    const card = (await screen.findByRole('heading', { name: 'Item A' })).closest('article')!
    await userEvent.click(within(card).getByRole('button', { name: 'Start' }))
    expect(
      await screen.findByText('An item that is done cannot become planned.'),
    ).toBeInTheDocument()
  })

  it('logs hours on an item', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    const { requests } = mockFetch([
      ...baseRoutes(),
      route('POST', '/api/me/plan/a/hours', () => json(plan.items[0])),
    ])
    renderWithProviders(<PlanBoard />)

    await userEvent.click(await screen.findByRole('button', { name: 'Log hours: Item A' }))
    const hours = screen.getByRole('textbox', { name: 'Hours' })
    await userEvent.clear(hours)
    await userEvent.type(hours, '1.5')
    await userEvent.click(screen.getByRole('button', { name: 'Log' }))

    await waitFor(() =>
      expect(requests.find((r) => r.path === '/api/me/plan/a/hours')?.body).toMatchObject({
        hours: 1.5,
      }),
    )
  })

  it('invites to pick recommendations when the plan is empty', async () => {
    mockFetch([
      route('GET', '/api/me/plan', () => json({ items: [], hoursPerWeek: [], suggestions: [] })),
      route('GET', '/api/me/goal', () => noContent()),
      route('GET', '/api/roles', () => json(roles)),
    ])
    renderWithProviders(<PlanBoard />)
    expect(await screen.findByText('Your plan is empty')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'See recommendations' })).toHaveAttribute(
      'href',
      '/learning',
    )
    // no goal yet: the goal form is offered
    expect(await screen.findByRole('button', { name: 'Set goal' })).toBeInTheDocument()
  })

  it('shows a mentor suggestion with its note and accepts it into the plan', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    let current = { ...plan, suggestions: [suggestion('s1')] }
    const { requests } = mockFetch([
      route('GET', '/api/me/plan', () => json(current)),
      route('GET', '/api/me/goal', () => noContent()),
      route('GET', '/api/roles', () => json(roles)),
      route('POST', '/api/me/plan/suggestions/s1/accept', () => {
        current = {
          ...plan,
          items: [...plan.items, planItem('item-s1', 3)],
          suggestions: [],
        }
        return json({ ...suggestion('s1'), status: 'accepted' })
      }),
    ])
    renderWithProviders(<PlanBoard />)

    const card = await screen.findByTestId('suggestion')
    expect(card).toHaveTextContent('Your mentor Sato')
    expect(card).toHaveTextContent('Good for your DNS gap')
    await userEvent.click(within(card).getByRole('button', { name: 'Add to plan: Suggested s1' }))
    await waitFor(() => expect(screen.queryByTestId('suggestion')).not.toBeInTheDocument())
    expect(requests.some((r) => r.path === '/api/me/plan/suggestions/s1/accept')).toBe(true)
  })

  it('shows a mentee plan read-only, from the mentee endpoints', async () => {
    const { requests } = mockFetch([
      route('GET', '/api/mentees/p1/plan', () =>
        json({ ...plan, suggestions: [suggestion('s1')] }),
      ),
      route('GET', '/api/mentees/p1/goal', () => noContent()),
    ])
    renderWithProviders(<PlanBoard personId="p1" readOnly />)

    expect(await screen.findByRole('region', { name: 'In progress' })).toBeInTheDocument()
    expect(await screen.findByText('No goal set yet.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Move up/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Mark done' })).not.toBeInTheDocument()
    expect(screen.queryByTestId('suggestion')).not.toBeInTheDocument()
    expect(requests.every((r) => r.path.startsWith('/api/mentees/p1/'))).toBe(true)
  })
})
