import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes } from 'react-router'
import { beforeEach, describe, expect, it } from 'vitest'
import { applyLanguage } from '@/lib/i18n'
import { json, mockFetch, noContent, problem, route } from '@/testing/fetch-mock'
import { renderWithProviders } from '@/testing/test-utils'
import { useLocalizedQuery } from '@/lib/localized-query'
import { NotificationBell } from './notification-bell'
import { relativeTime } from './relative-time'

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()

function page(unread: number, items: Record<string, unknown>[]) {
  return json({ unread, items })
}

const validated = {
  id: 7,
  kind: 'level-validated',
  text: 'Sato validated your Linux server administration at level 3.',
  actorName: 'Sato',
  link: '/skills',
  createdAt: minutesAgo(5),
  read: false,
}
const accepted = {
  id: 6,
  kind: 'mentorship-accepted',
  text: 'Sato accepted to be your mentor.',
  actorName: 'Sato',
  link: '/mentoring',
  createdAt: minutesAgo(60 * 26),
  read: true,
}

function renderBell() {
  return renderWithProviders(
    <>
      <NotificationBell />
      <Routes>
        <Route path="/" element={<p>Home</p>} />
        <Route path="/skills" element={<p>Skills page</p>} />
      </Routes>
    </>,
  )
}

describe('NotificationBell', { timeout: 20_000 }, () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
  })

  it('shows the unread count in its name, lists the notifications and opens one', async () => {
    let unread = 1
    const { requests } = mockFetch([
      route('GET', '/api/me/notifications/unread-count', () => json({ unread })),
      route('GET', '/api/me/notifications', () =>
        page(unread, [{ ...validated, read: unread === 0 }, accepted]),
      ),
      route('POST', '/api/me/notifications/7/read', () => {
        unread = 0
        return noContent()
      }),
    ])
    renderBell()

    const bell = await screen.findByRole('button', { name: 'Notifications, 1 unread' })
    await userEvent.click(bell)

    const item = await screen.findByRole('button', {
      name: /Unread:\s*Sato validated your Linux server administration at level 3\./,
    })
    expect(item).toHaveTextContent('5 minutes ago')
    expect(
      screen.getByRole('button', { name: /Sato accepted to be your mentor\./ }),
    ).toHaveTextContent('yesterday')
    expect(
      screen.queryByRole('button', { name: /Unread:\s*Sato accepted/ }),
    ).not.toBeInTheDocument()

    await userEvent.click(item)

    expect(await screen.findByText('Skills page')).toBeInTheDocument()
    await waitFor(() =>
      expect(
        requests.some((r) => r.method === 'POST' && r.path === '/api/me/notifications/7/read'),
      ).toBe(true),
    )
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument()
  })

  it('refetches what the page shows when a new notification arrives, not before', async () => {
    let unread = 0
    const { requests } = mockFetch([
      route('GET', '/api/me/notifications/unread-count', () => json({ unread })),
      route('GET', '/api/mentorships', () => json([])),
    ])
    // a page's query of another feature's data (as the mentoring pages have)
    function Mentorships() {
      const mentorships = useLocalizedQuery({
        queryKey: ['mentoring', 'mentorships'],
        queryFn: () => fetch('/api/mentorships').then((response) => response.json()),
      })
      return <p>{mentorships.data ? 'mentorships loaded' : 'loading'}</p>
    }
    renderWithProviders(
      <>
        <NotificationBell />
        <Mentorships />
      </>,
    )
    const fetches = () => requests.filter((r) => r.path === '/api/mentorships').length
    expect(await screen.findByText('mentorships loaded')).toBeInTheDocument()
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument()
    expect(fetches()).toBe(1)

    // the count is asked again (the tab became visible): the same count changes nothing
    act(() => {
      window.dispatchEvent(new Event('visibilitychange'))
    })
    await waitFor(() =>
      expect(requests.filter((r) => r.path === '/api/me/notifications/unread-count').length).toBe(
        2,
      ),
    )
    expect(fetches()).toBe(1)

    unread = 1
    act(() => {
      window.dispatchEvent(new Event('visibilitychange'))
    })
    expect(
      await screen.findByRole('button', { name: 'Notifications, 1 unread' }),
    ).toBeInTheDocument()
    await waitFor(() => expect(fetches()).toBe(2))
  })

  it('marks all read', async () => {
    let unread = 2
    const { requests } = mockFetch([
      route('GET', '/api/me/notifications/unread-count', () => json({ unread })),
      route('GET', '/api/me/notifications', () =>
        page(unread, [
          { ...validated, read: unread === 0 },
          { ...accepted, read: unread === 0 },
        ]),
      ),
      route('POST', '/api/me/notifications/read-all', () => {
        unread = 0
        return noContent()
      }),
    ])
    renderBell()

    await userEvent.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Mark all read' }))

    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument()
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual([
      '/api/me/notifications/read-all',
    ])
    expect(screen.queryByText(/Unread:/)).not.toBeInTheDocument()
  })

  it('speaks Japanese and says when there is nothing', async () => {
    await act(() => applyLanguage('ja'))
    try {
      mockFetch([
        route('GET', '/api/me/notifications/unread-count', () => json({ unread: 0 })),
        route('GET', '/api/me/notifications', () => page(0, [])),
      ])
      renderBell()

      await userEvent.click(await screen.findByRole('button', { name: '通知' }))
      expect(await screen.findByText(/新しい通知はありません/)).toBeInTheDocument()
      expect(screen.getByRole('button', { name: 'すべて既読にする' })).toBeDisabled()
    } finally {
      await act(() => applyLanguage('en'))
    }
  })

  it('keeps the bell usable when the count cannot be loaded', async () => {
    mockFetch([
      route('GET', '/api/me/notifications/unread-count', () =>
        problem(500, { title: 'Internal Server Error' }),
      ),
      route('GET', '/api/me/notifications', () => problem(500, { title: 'Internal Server Error' })),
    ])
    renderBell()

    await userEvent.click(await screen.findByRole('button', { name: 'Notifications' }))
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'Notifications could not be loaded.',
    )
  })
})

describe('relativeTime', () => {
  const now = Date.parse('2026-12-02T12:00:00Z')
  it('says how long ago in the language', () => {
    expect(relativeTime('2026-12-02T11:59:30Z', 'en', now)).toBe('now')
    expect(relativeTime('2026-12-02T11:55:00Z', 'en', now)).toBe('5 minutes ago')
    expect(relativeTime('2026-12-01T11:00:00Z', 'en', now)).toBe('yesterday')
    expect(relativeTime('2026-12-02T09:00:00Z', 'ja', now)).toBe('3 時間前')
    expect(relativeTime('not a date', 'en', now)).toBe('not a date')
  })
})
