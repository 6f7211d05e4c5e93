import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { json, mockFetch, problem, route } from '@/testing/fetch-mock'
import { renderWithProviders } from '@/testing/test-utils'
import { LoginForm } from './login-form'

const user = {
  id: '6a1f6a52-7f0e-4a43-9a55-3c9a3c7d9b10',
  email: 'taro@example.com',
  displayName: 'Taro',
  locale: 'en',
  roles: ['LEARNER'],
}

describe('LoginForm', () => {
  it('shows the server field errors next to their fields', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    mockFetch([
      route('POST', '/api/auth/login', () =>
        problem(400, {
          title: 'Bad Request',
          detail: 'Validation failed',
          errors: [{ field: 'email', message: 'must be a well-formed email address' }],
        }),
      ),
    ])
    renderWithProviders(<LoginForm />)

    await userEvent.type(screen.getByLabelText(/email address/i), 'not-an-email')
    await userEvent.type(screen.getByLabelText(/^password/i), 'whatever-password')
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }))

    const email = screen.getByLabelText(/email address/i)
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'))
    expect(email).toHaveAccessibleDescription('must be a well-formed email address')
    expect(screen.getByLabelText(/^password/i)).not.toHaveAttribute('aria-invalid', 'true')
  })

  it('shows the 401 problem detail', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    mockFetch([
      route('POST', '/api/auth/login', () =>
        problem(401, { title: 'Unauthorized', detail: 'Email or password is incorrect.' }),
      ),
    ])
    renderWithProviders(<LoginForm />)

    await userEvent.type(screen.getByLabelText(/email address/i), 'taro@example.com')
    await userEvent.type(screen.getByLabelText(/^password/i), 'wrong password!!')
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not log in')
    expect(alert).toHaveTextContent('Email or password is incorrect.')
  })

  it('shows how long to wait after too many attempts (429)', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    mockFetch([
      route('POST', '/api/auth/login', () =>
        problem(
          429,
          { title: 'Too Many Requests', detail: 'Too many login attempts.' },
          { 'Retry-After': '30' },
        ),
      ),
    ])
    renderWithProviders(<LoginForm />)

    await userEvent.type(screen.getByLabelText(/email address/i), 'taro@example.com')
    await userEvent.type(screen.getByLabelText(/^password/i), 'wrong password!!')
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Too many login attempts.')
    expect(alert).toHaveTextContent('Please wait 30 seconds before trying again.')
  })

  it('requires both fields before calling the server, then logs in', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    const { requests } = mockFetch([route('POST', '/api/auth/login', () => json(user))])
    const onSuccess = vi.fn()
    renderWithProviders(<LoginForm onSuccess={onSuccess} />)

    await userEvent.click(screen.getByRole('button', { name: 'Log in' }))
    expect(screen.getByLabelText(/email address/i)).toHaveAccessibleDescription(
      'Enter your email address.',
    )
    expect(requests).toHaveLength(0)

    await userEvent.type(screen.getByLabelText(/email address/i), ' taro@example.com ')
    await userEvent.type(screen.getByLabelText(/^password/i), 'correct horse battery')
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }))

    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(user))
    expect(requests[0].body).toEqual({
      email: 'taro@example.com',
      password: 'correct horse battery',
    })
  })
})
