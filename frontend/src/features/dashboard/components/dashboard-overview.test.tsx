import { act, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { applyLanguage } from '@/lib/i18n'
import { json, mockFetch, noContent, route } from '@/testing/fetch-mock'
import { renderWithProviders } from '@/testing/test-utils'
import { DashboardOverview } from './dashboard-overview'

const item = (code: string, title: string) => ({
  code,
  kind: 'course',
  title,
  provider: 'P',
  hours: 20,
})

describe('DashboardOverview', { timeout: 20_000 }, () => {
  it('guides a new user to record skills and set a goal', async () => {
    mockFetch([
      route('GET', '/api/me/fit/explanation', () =>
        json({
          bestRoleCode: null,
          bestRoleName: null,
          bestFit: 0,
          text: 'Record your skills to see which role suits you.',
        }),
      ),
      route('GET', '/api/me/goal', () => noContent()),
      route('GET', '/api/me/plan', () => json({ items: [], hoursPerWeek: [], suggestions: [] })),
      route('GET', '/api/me/recommendations', () =>
        json({
          role: {
            roleCode: 'infrastructure-engineer',
            roleName: 'Infrastructure engineer',
            fit: 0,
          },
          items: [{ item: item('ccna', 'CCNA'), reason: 'Closes your Network gap' }],
        }),
      ),
      route('GET', '/api/me/fit/history', () => json({ roles: [], points: [] })),
    ])
    renderWithProviders(<DashboardOverview />)

    expect(
      await screen.findByText('Record your skills to see which role suits you.'),
    ).toBeInTheDocument()
    const skillLinks = await screen.findAllByRole('link', { name: 'Record your skills' })
    expect(skillLinks.length).toBeGreaterThan(0)
    skillLinks.forEach((link) => expect(link).toHaveAttribute('href', '/skills'))
    expect(await screen.findByRole('link', { name: 'Set a goal' })).toHaveAttribute(
      'href',
      '/learning/plan',
    )
    // nothing planned yet: the top recommendations instead
    const next = screen.getByRole('region', { name: 'Recommended next' })
    expect(await within(next).findByText('CCNA')).toBeInTheDocument()
    expect(within(next).getByText('Closes your Network gap')).toBeInTheDocument()
  })

  it('shows best fit, goal progress, open plan items and recent changes', async () => {
    const { requests } = mockFetch([
      route('GET', '/api/me/fit/explanation', () =>
        json({
          bestRoleCode: 'server-engineer',
          bestRoleName: 'Server engineer',
          bestFit: 0.24,
          text: 'You fit Server engineer best (24%).',
        }),
      ),
      route('GET', '/api/me/goal', () =>
        json({
          roleCode: 'cloud-engineer',
          roleName: 'Cloud engineer',
          targetDate: '2027-06-30',
          fit: 0.3,
          hoursLogged: 12,
          hoursPerWeek: 8,
          remainingHours: 100,
          requiredHoursPerWeek: 4,
          projectedDate: '2027-03-01',
          expectedHours: 10,
          paceStatus: 'on-track',
          onTrack: true,
          pathHours: 112,
          unclosedGaps: 0,
          roleRetired: false,
        }),
      ),
      route('GET', '/api/me/plan', () =>
        json({
          items: [
            {
              item: item('a', 'Done thing'),
              position: 0,
              status: 'done',
              targetDate: null,
              hoursLogged: 20,
            },
            {
              item: item('b', 'Planned thing'),
              position: 1,
              status: 'planned',
              targetDate: null,
              hoursLogged: 0,
            },
            {
              item: item('c', 'Busy thing'),
              position: 2,
              status: 'in-progress',
              targetDate: null,
              hoursLogged: 5,
            },
          ],
          hoursPerWeek: [],
          suggestions: [],
        }),
      ),
      route('GET', '/api/me/fit/history', () =>
        json({
          roles: [{ code: 'server-engineer', name: 'Server engineer' }],
          points: [
            {
              at: '2026-11-01T10:00:00Z',
              skillCode: 'linux',
              skillName: 'Linux',
              level: 3,
              source: 'self',
              fits: { 'server-engineer': 0.1 },
            },
            {
              at: '2026-11-02T10:00:00Z',
              skillCode: 'aws',
              skillName: 'AWS',
              level: 2,
              source: 'learning-item',
              fits: { 'server-engineer': 0.24 },
            },
          ],
        }),
      ),
    ])
    renderWithProviders(<DashboardOverview />)

    expect(await screen.findByText('You fit Server engineer best (24%).')).toBeInTheDocument()
    expect(await screen.findByText('Cloud engineer by Jun 30, 2027')).toBeInTheDocument()
    expect(screen.getByText('On track')).toBeInTheDocument()

    const next = await screen.findByRole('region', { name: 'Next in your plan' })
    // open items only, in progress first
    expect(
      within(next)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('Busy thing'), expect.stringContaining('Planned thing')])
    expect(requests.some((r) => r.path.startsWith('/api/me/recommendations'))).toBe(false)

    const progress = screen.getByRole('region', { name: 'Recent progress' })
    expect(
      await within(progress).findByRole('img', {
        name: 'Fit to Server engineer: from 0% to 24% over 2 changes',
      }),
    ).toBeInTheDocument()
    const changes = within(progress).getAllByRole('listitem')
    expect(changes[0]).toHaveTextContent('AWS → level 2')
    expect(changes[0]).toHaveTextContent('from learning')
    expect(changes[1]).toHaveTextContent('Linux → level 3')
  })
  it('asks again in the new language when the language changes, without a reload', async () => {
    const texts: Record<string, string> = {
      en: 'You fit Server engineer best (24%).',
      ja: 'サーバーエンジニアに最も近い（24%）。',
    }
    const { requests } = mockFetch([
      route('GET', '/api/me/fit/explanation', (request) =>
        json({
          bestRoleCode: 'server-engineer',
          bestRoleName:
            request.headers['accept-language'] === 'ja' ? 'サーバーエンジニア' : 'Server engineer',
          bestFit: 0.24,
          text: texts[request.headers['accept-language']],
        }),
      ),
      route('GET', '/api/me/goal', () => noContent()),
      route('GET', '/api/me/plan', () => json({ items: [], hoursPerWeek: [], suggestions: [] })),
      route('GET', '/api/me/recommendations', () =>
        json({
          role: { roleCode: 'server-engineer', roleName: 'Server engineer', fit: 0.24 },
          items: [],
        }),
      ),
      route('GET', '/api/me/fit/history', () => json({ roles: [], points: [] })),
    ])
    renderWithProviders(<DashboardOverview />)
    expect(await screen.findByText(texts.en)).toBeInTheDocument()

    await act(() => applyLanguage('ja'))

    expect(await screen.findByText(texts.ja)).toBeInTheDocument()
    expect(screen.queryByText(texts.en)).not.toBeInTheDocument()
    const explanations = requests.filter((r) => r.path === '/api/me/fit/explanation')
    expect(explanations.map((r) => r.headers['accept-language'])).toEqual(['en', 'ja'])
    // every other server-localized query of the page asked again in Japanese too
    for (const path of ['/api/me/goal', '/api/me/plan', '/api/me/fit/history']) {
      expect(
        requests.filter((r) => r.path === path).map((r) => r.headers['accept-language']),
      ).toContain('ja')
    }
  })
})
