import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithProviders } from '@/testing/test-utils'
import { Markdown } from './markdown'

describe('Markdown of a review', () => {
  it('renders Markdown but never raw HTML, script links or images', () => {
    renderWithProviders(
      <Markdown>
        {
          '**Good** progress\n\n<script>window.pwned = true</script>\n\n<img src="x" onerror="alert(1)">\n\n[click](javascript:alert(1)) ![tracker](https://tracker.example/p.png)'
        }
      </Markdown>,
    )
    const body = screen.getByTestId('markdown')
    expect(body.querySelector('strong')?.textContent).toBe('Good')
    expect(body.querySelector('script')).toBeNull()
    expect(body.querySelector('img')).toBeNull()
    expect(body.innerHTML).not.toContain('onerror')
    expect(body.querySelector('a')?.getAttribute('href') ?? '').not.toContain('javascript')
    expect(body.textContent).toContain('tracker')
  })
})
