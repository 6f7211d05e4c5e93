import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { json, mockFetch, route } from '@/testing/fetch-mock'
import { renderApp, renderWithProviders } from '@/testing/test-utils'
import { CertificationsPage } from './certifications-page'
import { ReassessmentsPage } from './reassessments-page'

const DAY = 24 * 60 * 60 * 1000
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10)

describe('CertificationsPage', () => {
  it('marks the expired one and the one expiring soon, with its renewal path', async () => {
    mockFetch([
      route('GET', '/api/me/certifications', () =>
        json([
          {
            id: 'a',
            itemCode: 'ccna',
            name: 'CCNA',
            issuedOn: inDays(-1000),
            expiresOn: inDays(20),
            credentialId: 'CSCO-1',
            verificationUrl: null,
            supports: ['routing-switching'],
            expired: false,
            renewal: 'Recertify within 3 years.',
          },
          {
            id: 'b',
            itemCode: null,
            name: 'Old lab certificate',
            issuedOn: inDays(-800),
            expiresOn: inDays(-2),
            credentialId: null,
            verificationUrl: null,
            supports: [],
            expired: true,
            renewal: null,
          },
        ]),
      ),
      route('GET', '/api/certifications/catalog', () => json([])),
    ])
    renderWithProviders(<CertificationsPage />)
    const rows = await screen.findAllByTestId('certification-row')
    expect(within(rows[0]).getByText(/Expires in (19|20) days/)).toBeInTheDocument()
    expect(within(rows[0]).getByText('Recertify within 3 years.')).toBeInTheDocument()
    expect(within(rows[1]).getByText('Expired')).toBeInTheDocument()
  })
})

describe('ReassessmentsPage', () => {
  it('confirms a skill unchanged', { timeout: 20_000 }, async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    const { requests } = mockFetch([
      route('GET', '/api/me/reassessments', () =>
        json([
          {
            skillCode: 'linux-administration',
            skillName: 'Linux',
            level: 3,
            lastUpdatedAt: '2030-01-01T00:00:00Z',
            dueOn: inDays(-3),
            overdue: true,
            dueSoon: true,
            teamId: null,
          },
        ]),
      ),
      route('POST', '/api/me/skills/linux-administration/confirm', () => json({})),
    ])
    renderWithProviders(<ReassessmentsPage />)
    expect(await screen.findByText('Overdue')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Confirm Linux is unchanged' }))
    await waitFor(() =>
      expect(requests.some((r) => r.method === 'POST' && r.path.endsWith('/confirm'))).toBe(true),
    )
  })
})

describe('UnsubscribePage', () => {
  it('asks, then turns off that kind of mail', { timeout: 20_000 }, async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    const { requests } = mockFetch([
      route('GET', '/api/unsubscribe/tok.sig', () =>
        json({
          target: 'coverage-met',
          label: 'Coverage targets met in my teams',
          unsubscribed: false,
        }),
      ),
      route('POST', '/api/unsubscribe/tok.sig', () =>
        json({
          target: 'coverage-met',
          label: 'Coverage targets met in my teams',
          unsubscribed: true,
        }),
      ),
    ])
    renderApp('/unsubscribe/tok.sig')
    expect(await screen.findByText(/Coverage targets met in my teams/)).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Stop these mails' }))
    expect(await screen.findByRole('status')).toHaveTextContent('no more mails about')
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1)
  })
})
