import { describe, expect, it, vi } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ActionButton } from '@/components/action-button'
import { api } from '@/lib/api-client'
import { useAction } from '@/lib/use-action'
import { json, mockFetch, route } from '@/testing/fetch-mock'
import { renderWithProviders } from '@/testing/test-utils'

function Publish() {
  const publish = useAction({ mutationFn: (body: string) => api.post('/api/reviews', { body }) })
  return (
    <>
      <ActionButton action={publish} onClick={() => publish.mutate('Well done')}>
        Publish
      </ActionButton>
      {publish.isSuccess && <p role="status">Published</p>}
    </>
  )
}

describe('useAction', () => {
  it('sends a double click once and disables the button while it is in flight', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    let answer: (response: Response) => void = () => undefined
    const { requests } = mockFetch([
      route('POST', '/api/reviews', () => new Promise<Response>((resolve) => (answer = resolve))),
    ])
    renderWithProviders(<Publish />)
    const button = screen.getByRole('button', { name: 'Publish' })

    await userEvent.dblClick(button)

    await waitFor(() => expect(button).toBeDisabled())
    answer(json({ id: 'r1' }, { status: 201 }))
    expect(await screen.findByRole('status')).toHaveTextContent('Published')
    expect(button).toBeEnabled()
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1)
  })

  it('sends a lost answer again with the same key, and a new action with a new key', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    let attempts = 0
    const { requests } = mockFetch([
      route('POST', '/api/reviews', () => {
        attempts++
        if (attempts === 1) throw new TypeError('Failed to fetch')
        return json({ id: 'r1' }, { status: 201 })
      }),
    ])
    renderWithProviders(<Publish />)

    await userEvent.click(screen.getByRole('button', { name: 'Publish' }))
    await screen.findByRole('status', {}, { timeout: 3000 })
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }))
    await waitFor(() => expect(requests).toHaveLength(3))

    const keys = requests.map((r) => r.headers['idempotency-key'])
    expect(keys[1]).toBe(keys[0])
    expect(keys[2]).not.toBe(keys[0])
  })

  it('does not send again what the server answered (an error is the answer)', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    const fetchSpy = mockFetch([
      route('POST', '/api/reviews', () =>
        json({ title: 'Conflict', status: 409, detail: 'Already' }, { status: 409 }),
      ),
    ])
    renderWithProviders(<Publish />)
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }))
    await waitFor(() => expect(screen.getByRole('button', { name: 'Publish' })).toBeEnabled())
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(fetchSpy.requests).toHaveLength(1)
    vi.unstubAllGlobals()
  })
})
