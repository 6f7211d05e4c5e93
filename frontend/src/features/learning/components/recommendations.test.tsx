import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { json, mockFetch, problem, route } from '@/testing/fetch-mock'
import { renderWithProviders } from '@/testing/test-utils'
import { recommendations, roles } from '../testing/fixtures'
import { Recommendations } from './recommendations'

describe('Recommendations', { timeout: 20_000 }, () => {
  it('shows ranked items with kind, cost, reason and the official link', async () => {
    mockFetch([
      route('GET', '/api/roles', () => json(roles)),
      route('GET', '/api/me/recommendations', () => json(recommendations)),
    ])
    renderWithProviders(<Recommendations />)

    const card = (await screen.findByRole('heading', { name: 'Linux Upskill Challenge' })).closest(
      'article',
    )!
    expect(within(card).getByText('Hands-on lab')).toBeInTheDocument()
    expect(within(card).getByText('Free')).toBeInTheDocument()
    expect(within(card).getByText('30 h', { exact: false })).toBeInTheDocument()
    expect(
      within(card).getByText('Closes your Server hardening gap 0 → 1 (weight 3) in about 30 h'),
    ).toBeInTheDocument()
    const link = within(card).getByRole('link', { name: /Official site: Linux Upskill Challenge/ })
    expect(link).toHaveAttribute('href', 'https://example.com/linux-upskill')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')

    // an item without a URL has no link
    const book = screen.getByRole('heading', { name: 'LPIC Book' }).closest('article')!
    expect(within(book).queryByRole('link')).not.toBeInTheDocument()
    expect(within(book).getByText('Paid')).toBeInTheDocument()

    expect(screen.getByRole('heading', { name: 'Server engineer' })).toBeInTheDocument()
    expect(screen.getByText('Your best fit')).toBeInTheDocument()
    expect(
      screen.getByRole('heading', { name: 'About 70 hours to reach Server engineer' }),
    ).toBeInTheDocument()
    expect(screen.getByText('DNS 0 → 3')).toBeInTheDocument()
  })

  it('adds an item to the plan', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    const { requests } = mockFetch([
      route('GET', '/api/roles', () => json(roles)),
      route('GET', '/api/me/recommendations', () => json(recommendations)),
      route('POST', '/api/me/plan', () => json({}, { status: 201 })),
    ])
    renderWithProviders(<Recommendations />)

    await userEvent.click(
      await screen.findByRole('button', { name: 'Add to plan: Linux Upskill Challenge' }),
    )

    await waitFor(() =>
      expect(requests.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([
        { itemCode: 'linux-upskill' },
      ]),
    )
    expect(requests.find((r) => r.method === 'POST')?.headers['x-xsrf-token']).toBe('t')
    // the recommendations are asked again (the added item drops out)
    await waitFor(() =>
      expect(requests.filter((r) => r.path.startsWith('/api/me/recommendations'))).toHaveLength(2),
    )
  })

  it('says so when the item is already in the plan (409)', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    mockFetch([
      route('GET', '/api/roles', () => json(roles)),
      route('GET', '/api/me/recommendations', () => json(recommendations)),
      route('POST', '/api/me/plan', () =>
        problem(409, { title: 'Conflict', detail: 'This item is already in your plan.' }),
      ),
    ])
    renderWithProviders(<Recommendations />)

    await userEvent.click(await screen.findByRole('button', { name: 'Add to plan: LPIC Book' }))
    const book = screen.getByRole('heading', { name: 'LPIC Book' }).closest('article')!
    expect(await within(book).findByText('In your plan')).toBeInTheDocument()
  })

  it('asks for the role chosen in the select', async () => {
    const { requests } = mockFetch([
      route('GET', '/api/roles', () => json(roles)),
      route('GET', '/api/me/recommendations', () => json(recommendations)),
    ])
    renderWithProviders(<Recommendations />)
    await screen.findByRole('heading', { name: 'Linux Upskill Challenge' })

    await userEvent.click(screen.getByRole('combobox', { name: /Target role/ }))
    await userEvent.click(await screen.findByRole('option', { name: 'Cloud engineer' }))

    await waitFor(() =>
      expect(requests.map((r) => r.path)).toContain(
        '/api/me/recommendations?limit=20&role=cloud-engineer&preference=balanced',
      ),
    )
  })

  it('shows why each item stands where it does', async () => {
    mockFetch([
      route('GET', '/api/roles', () => json(roles)),
      route('GET', '/api/me/recommendations', () => json(recommendations)),
    ])
    renderWithProviders(<Recommendations />)

    const card = (await screen.findByRole('heading', { name: 'Linux Upskill Challenge' })).closest(
      'article',
    )!
    const why = within(card).getByLabelText('Why Linux Upskill Challenge is here')
    expect(within(why).getByText('Fundamentals: it starts a core skill of this role')).toBeVisible()
    expect(within(why).getByText('Closes 0.1 weighted levels per hour')).toBeVisible()
  })

  it('asks for the preference chosen and remembers it', async () => {
    window.localStorage.removeItem('skillgap.learning.preference')
    const { requests } = mockFetch([
      route('GET', '/api/roles', () => json(roles)),
      route('GET', '/api/me/recommendations', () => json(recommendations)),
    ])
    renderWithProviders(<Recommendations />)
    await screen.findByRole('heading', { name: 'Linux Upskill Challenge' })

    await userEvent.click(screen.getByRole('combobox', { name: /Rank first/ }))
    await userEvent.click(await screen.findByRole('option', { name: 'Recognised credential' }))

    await waitFor(() =>
      expect(requests.map((r) => r.path)).toContain(
        '/api/me/recommendations?limit=20&preference=credential',
      ),
    )
    expect(window.localStorage.getItem('skillgap.learning.preference')).toBe('credential')
    window.localStorage.removeItem('skillgap.learning.preference')
  })

  it('has no best fit for a blank profile and asks for a role to start from', async () => {
    mockFetch([
      route('GET', '/api/roles', () => json(roles)),
      route('GET', '/api/me/recommendations', () =>
        json({
          ...recommendations,
          role: null,
          bestFit: false,
          items: [],
          total: 0,
          path: { steps: [], totalHours: 0, unclosed: [] },
        }),
      ),
    ])
    renderWithProviders(<Recommendations />)

    expect(await screen.findByText('No best fit yet')).toBeVisible()
    expect(screen.queryByText('Your best fit')).not.toBeInTheDocument()
    expect(screen.queryByText(/Fit 0%/)).not.toBeInTheDocument()
  })
})
