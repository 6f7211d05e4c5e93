import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { atPhoneWidth } from '@/testing/media'
import { renderWithProviders } from '@/testing/test-utils'
import { RadarChart } from './radar-chart'

const LONG = 'Linux server administration or Windows Server administration'

function renderChart() {
  return renderWithProviders(
    <RadarChart
      label="Levels"
      axes={[
        { label: LONG, values: { me: 2 } },
        { label: 'DNS', values: { me: 1 } },
        { label: 'Web servers', values: { me: 3 } },
      ]}
      series={[{ key: 'me', name: 'Me' }]}
    />,
  )
}

describe('RadarChart', { timeout: 20_000 }, () => {
  // jsdom lays nothing out: give the chart's container the size a browser would
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ width: 480, height: 380 }),
    )
  })
  afterEach(() => vi.restoreAllMocks())

  it('shows the full name of an abbreviated label on keyboard focus, as on hover', async () => {
    const { container } = renderChart()
    const label = await waitForLabel(container, LONG)
    // abbreviated on the chart, the full name as its hover text
    expect(label.textContent).toContain('…')
    expect(label.querySelector('title')?.textContent).toBe(LONG)
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()

    // reachable with the keyboard, and then the full name shows
    for (let i = 0; i < 10 && document.activeElement !== label; i++) await userEvent.tab()
    expect(label).toHaveFocus()
    expect(screen.getByRole('tooltip')).toHaveTextContent(LONG)
    expect(label).toHaveAttribute('aria-describedby', screen.getByRole('tooltip').id)

    // Escape dismisses it; leaving the label hides it too
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
    await userEvent.tab({ shift: true })
    await userEvent.tab()
    expect(label).toHaveFocus()
    expect(screen.getByRole('tooltip')).toHaveTextContent(LONG)
    act(() => label.blur())
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
  })

  it('leaves a label shown in full out of the tab order', async () => {
    const { container } = renderChart()
    const label = await waitForLabel(container, 'DNS')
    expect(label).not.toHaveAttribute('tabindex')
  })

  it('numbers the axes on a phone when there are too many to name, and lists the names', async () => {
    atPhoneWidth()
    const names = Array.from({ length: 20 }, (_, i) => `Skill number ${i + 1} with a long name`)
    const { container } = renderWithProviders(
      <RadarChart
        label="Levels"
        axes={names.map((label) => ({ label, values: { me: 1 } }))}
        series={[{ key: 'me', name: 'Me' }]}
      />,
    )
    const first = await waitForLabel(container, names[0])
    expect(first.querySelector('tspan')?.textContent).toBe('1')
    // the names, in the order of the numbers
    const list = screen.getByText(names[19], { selector: 'li' }).closest('ol')!
    expect(within(list).getAllByRole('listitem')).toHaveLength(20)
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(`1 ${names[0]}`)
  })
})

async function waitForLabel(container: HTMLElement, full: string): Promise<SVGTextElement> {
  const title = await screen.findByText(full, { selector: 'title' })
  expect(container.contains(title)).toBe(true)
  return title.parentElement as unknown as SVGTextElement
}
