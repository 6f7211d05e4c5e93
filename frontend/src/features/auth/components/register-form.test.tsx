import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { i18n } from '@/lib/i18n'
import { json, mockFetch, problem, route } from '@/testing/fetch-mock'
import { renderWithProviders } from '@/testing/test-utils'
import { RegisterForm } from './register-form'

async function fillIn(values: { email: string; displayName: string; password: string }) {
  await userEvent.type(screen.getByLabelText(/email address/i), values.email)
  await userEvent.type(screen.getByLabelText(/display name/i), values.displayName)
  await userEvent.type(screen.getByLabelText(/^password/i), values.password)
  await userEvent.click(screen.getByRole('button', { name: 'Create account' }))
}

describe('RegisterForm', () => {
  it('checks the password length before calling the server', async () => {
    const { requests } = mockFetch([])
    renderWithProviders(<RegisterForm />)

    // the rules are visible as a hint before anything goes wrong
    expect(screen.getByLabelText(/^password/i)).toHaveAccessibleDescription(
      expect.stringContaining('12 to 128 characters'),
    )

    await fillIn({ email: 'hanako@example.com', displayName: 'Hanako', password: 'short-pw' })

    const password = screen.getByLabelText(/^password/i)
    expect(password).toHaveAttribute('aria-invalid', 'true')
    expect(password).toHaveAccessibleDescription(
      expect.stringContaining('Use at least 12 characters.'),
    )
    expect(requests).toHaveLength(0)
  })

  it('shows the 409 duplicate email on the email field', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    mockFetch([
      route('POST', '/api/auth/register', () =>
        problem(409, {
          title: 'Conflict',
          detail: 'An account with this email already exists.',
          errors: [{ field: 'email', message: 'This email is already registered.' }],
        }),
      ),
    ])
    renderWithProviders(<RegisterForm />)

    await fillIn({
      email: 'hanako@example.com',
      displayName: 'Hanako',
      password: 'a long enough passphrase',
    })

    const email = screen.getByLabelText(/email address/i)
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'))
    expect(email).toHaveAccessibleDescription('This email is already registered.')
  })

  it('falls back to the 409 detail when the problem has no field errors', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    mockFetch([
      route('POST', '/api/auth/register', () =>
        problem(409, { title: 'Conflict', detail: 'Email already registered.' }),
      ),
    ])
    renderWithProviders(<RegisterForm />)

    await fillIn({
      email: 'hanako@example.com',
      displayName: 'Hanako',
      password: 'a long enough passphrase',
    })

    await waitFor(() =>
      expect(screen.getByLabelText(/email address/i)).toHaveAccessibleDescription(
        'Email already registered.',
      ),
    )
  })

  it('registers with the current language as the account locale', async () => {
    await i18n.changeLanguage('ja')
    document.cookie = 'XSRF-TOKEN=t; path=/'
    const created = {
      id: 'b3e0c6e4-2f7c-4a0f-8d0e-111111111111',
      email: 'hanako@example.com',
      displayName: '花子',
      locale: 'ja',
      roles: ['LEARNER'],
    }
    const { requests } = mockFetch([
      route('POST', '/api/auth/register', () => json(created, { status: 201 })),
    ])
    const onSuccess = vi.fn()
    renderWithProviders(<RegisterForm onSuccess={onSuccess} />)

    await userEvent.type(screen.getByLabelText(/メールアドレス/), 'hanako@example.com')
    await userEvent.type(screen.getByLabelText(/表示名/), '花子')
    await userEvent.type(screen.getByLabelText(/^パスワード/), 'とても長いパスフレーズです')
    await userEvent.click(screen.getByRole('button', { name: 'アカウントを作成' }))

    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(created))
    expect(requests[0].body).toEqual({
      email: 'hanako@example.com',
      displayName: '花子',
      password: 'とても長いパスフレーズです',
      locale: 'ja',
    })
  })
})
