import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n'
import { json, mockFetch, noContent, problem, route } from '@/testing/fetch-mock'
import { renderApp } from '@/testing/test-utils'

const notLoggedIn = () => problem(401, { title: 'Unauthorized', detail: 'Not logged in' })

const taro = {
  id: '0b9e5d1c-3c9a-4e0f-9a55-3c9a3c7d9b10',
  email: 'taro@example.com',
  displayName: 'Taro',
  locale: 'en' as 'en' | 'ja',
  roles: ['LEARNER'],
}

describe('App', () => {
  it('switches the visible texts to Japanese with the language switch', async () => {
    const { requests } = mockFetch([route('GET', '/api/auth/me', notLoggedIn)])
    renderApp('/login')

    expect(await screen.findByRole('heading', { name: 'Log in to Skillgap' })).toBeInTheDocument()
    expect(screen.getByLabelText(/email address/i)).toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: /language: english/i }))
    await userEvent.click(screen.getByRole('menuitem', { name: '日本語' }))

    expect(await screen.findByRole('heading', { name: 'Skillgap にログイン' })).toBeInTheDocument()
    expect(screen.getByLabelText(/メールアドレス/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'ログイン' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'アカウントを作成' })).toBeInTheDocument()
    expect(screen.queryByText('Log in to Skillgap')).not.toBeInTheDocument()
    expect(document.documentElement.lang).toBe('ja')
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ja')
    // nobody is logged in: nothing to save on the server
    expect(requests.filter((r) => r.method === 'PATCH')).toHaveLength(0)
  })

  it('sends visitors of protected pages to /login and back after logging in', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    mockFetch([
      route('GET', '/api/auth/me', notLoggedIn),
      route('POST', '/api/auth/login', () => json(taro)),
    ])
    const { router } = renderApp('/skills')

    await screen.findByRole('heading', { name: 'Log in to Skillgap' })
    expect(router.state.location.pathname).toBe('/login')

    await userEvent.type(screen.getByLabelText(/email address/i), 'taro@example.com')
    await userEvent.type(screen.getByLabelText(/^password/i), 'correct horse battery')
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }))

    expect(await screen.findByRole('heading', { name: 'My skills' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/skills')
  })

  it("uses the user's saved language and remembers a new choice on the account", async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    const { requests } = mockFetch([
      route('GET', '/api/auth/me', () => json({ ...taro, locale: 'ja' })),
      route('PATCH', '/api/auth/me', (request) => json({ ...taro, ...(request.body as object) })),
    ])
    renderApp('/')

    // the account's locale (ja) wins over the browser's (en)
    expect(await screen.findByRole('heading', { name: 'ようこそ、Taroさん' })).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'メインナビゲーション' })
    expect(within(nav).getByRole('link', { name: /マイスキル/ })).toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: /表示言語: 日本語/ }))
    await userEvent.click(screen.getByRole('menuitem', { name: 'English' }))

    expect(await screen.findByRole('heading', { name: 'Welcome, Taro' })).toBeInTheDocument()
    expect(
      within(screen.getByRole('navigation', { name: 'Main navigation' })).getByRole('link', {
        name: /My skills/,
      }),
    ).toBeInTheDocument()
    await waitFor(() =>
      expect(requests.filter((r) => r.method === 'PATCH').map((r) => r.body)).toEqual([
        { locale: 'en' },
      ]),
    )
  })

  it('logs out from the user menu; the next login starts at the dashboard', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    const { requests } = mockFetch([
      route('GET', '/api/auth/me', () => json(taro)),
      route('POST', '/api/auth/logout', () => noContent()),
      route('POST', '/api/auth/login', () => json(taro)),
    ])
    const { router } = renderApp('/roles')

    await screen.findByRole('heading', { name: 'Roles' })
    await userEvent.click(screen.getByRole('button', { name: 'Account menu for Taro' }))
    await userEvent.click(screen.getByRole('menuitem', { name: 'Log out' }))

    expect(await screen.findByRole('heading', { name: 'Log in to Skillgap' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/login')
    expect(requests.some((r) => r.method === 'POST' && r.path === '/api/auth/logout')).toBe(true)

    await userEvent.type(screen.getByLabelText(/email address/i), 'taro@example.com')
    await userEvent.type(screen.getByLabelText(/^password/i), 'correct horse battery')
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }))
    expect(await screen.findByRole('heading', { name: 'Welcome, Taro' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/')
  })
})
