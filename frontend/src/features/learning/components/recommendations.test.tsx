import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { json, mockFetch, problem, route } from '@/testing/fetch-mock'
import { renderWithProviders } from '@/testing/test-utils'
import { item, planItem, recommendations, roles } from '../testing/fixtures'
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
  it('shows a gap a done item would close as waiting for its levels, not as closed by no item', async () => {
    const cloudMigration = {
      skillCode: 'cloud-migration',
      skillName: 'Cloud migration',
      from: 0,
      to: 3,
      weight: 2,
      anyOf: null,
    }
    const practitioner = item('aws-ccp', {
      title: 'AWS Certified Cloud Practitioner',
      raises: [
        { skillCode: 'cloud-migration', skillName: 'Cloud migration', from: 0, to: 1 },
        { skillCode: 'dns', skillName: 'DNS', from: 0, to: 1 },
      ],
    })
    mockFetch([
      route('GET', '/api/roles', () => json(roles)),
      route('GET', '/api/me/recommendations', () =>
        json({
          ...recommendations,
          path: {
            ...recommendations.path,
            unclosed: [
              cloudMigration,
              {
                skillCode: 'mail-servers',
                skillName: 'Mail servers',
                from: 1,
                to: 3,
                weight: 2,
                anyOf: null,
              },
            ],
          },
        }),
      ),
      route('GET', '/api/me/plan', () =>
        json({
          items: [
            planItem('aws-ccp', 0, { item: practitioner, status: 'done' }),
            // a planned item is not done: nothing to apply yet
            planItem('mail-book', 1, {
              item: item('mail-book', {
                raises: [{ skillCode: 'mail-servers', skillName: 'Mail servers', from: 1, to: 3 }],
              }),
            }),
          ],
          suggestions: [],
          hoursPerWeek: [],
        }),
      ),
    ])
    renderWithProviders(<Recommendations />)

    const waiting = await screen.findByRole('group', {
      name: '“AWS Certified Cloud Practitioner” is done but its levels are not applied yet:',
    })
    // as far as the item takes the gap
    expect(within(waiting).getByText('Cloud migration 0 → 1')).toBeVisible()
    expect(within(waiting).getByRole('link', { name: 'apply them in your plan' })).toHaveAttribute(
      'href',
      '/learning/plan',
    )
    const unclosed = screen.getByRole('group', {
      name: 'Gaps no learning item closes (practice on the job):',
    })
    expect(within(unclosed).getByText('Mail servers 1 → 3')).toBeVisible()
    expect(within(unclosed).queryByText(/Cloud migration/)).not.toBeInTheDocument()
    expect(screen.queryByText('These items close every gap to this role.')).not.toBeInTheDocument()
  })

  it('lists no gap as closed by no item when a done item closes every open one', async () => {
    mockFetch([
      route('GET', '/api/roles', () => json(roles)),
      route('GET', '/api/me/recommendations', () => json(recommendations)),
      route('GET', '/api/me/plan', () =>
        json({
          items: [
            planItem('dns-book', 0, {
              status: 'done',
              item: item('dns-book', {
                title: 'DNS and BIND',
                raises: [{ skillCode: 'dns', skillName: 'DNS', from: 0, to: 3 }],
              }),
            }),
          ],
          suggestions: [],
          hoursPerWeek: [],
        }),
      ),
    ])
    renderWithProviders(<Recommendations />)

    expect(
      await screen.findByText('“DNS and BIND” is done but its levels are not applied yet:'),
    ).toBeVisible()
    expect(screen.getByText('DNS 0 → 3')).toBeVisible()
    expect(screen.queryByText(/Gaps no learning item closes/)).not.toBeInTheDocument()
  })
})
