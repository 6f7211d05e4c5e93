import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderWithProviders } from '@/testing/test-utils'
import type { CoverageRow } from '../api/types'
import { CoverageView } from './coverage-tab'

/** A skill nobody holds at its target: thin and a single point of failure; risk falls with i. */
function uncovered(i: number): CoverageRow {
  return {
    skillCode: `skill-${i}`,
    name: `Skill ${i}`,
    targetLevel: 3,
    holders: 0,
    required: 2,
    met: false,
    busFactor: 0,
    singlePointOfFailure: true,
    experts: 0,
    practitioners: 0,
    novices: 1,
    risk: 90 - i,
    source: 'role-mix',
  }
}

const rows = Array.from({ length: 12 }, (_, i) => uncovered(i))

function thinItems() {
  return within(screen.getByTestId('thin-skills')).getAllByRole('listitem')
}

describe('CoverageView', { timeout: 20_000 }, () => {
  it('lists the riskiest thin skills first and opens the rest on request', async () => {
    renderWithProviders(<CoverageView rows={rows} />)
    expect(thinItems()).toHaveLength(8)
    expect(thinItems()[0]).toHaveTextContent('Skill 0')
    const [showThin] = screen.getAllByRole('button', { name: 'Show all 12' })
    expect(showThin).toHaveAttribute('aria-expanded', 'false')
    await userEvent.click(showThin)
    expect(thinItems()).toHaveLength(12)
    expect(screen.getAllByRole('button', { name: 'Show fewer' })[0]).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    // the single points of failure keep their own preview
    expect(
      within(screen.getByTestId('single-points-of-failure')).getAllByRole('listitem'),
    ).toHaveLength(8)
  })

  it('shows every skill at once on the printable page', () => {
    renderWithProviders(<CoverageView rows={rows} complete />)
    expect(thinItems()).toHaveLength(12)
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull()
  })

  it('badges a skill nobody holds "Nobody", one held by one person "Single point"', () => {
    const one = { ...uncovered(1), holders: 1, busFactor: 1, practitioners: 1, risk: 70 }
    renderWithProviders(<CoverageView rows={[uncovered(0), one]} />)
    const [nobody, single] = within(screen.getByTestId('coverage')).getAllByTestId('coverage-row')
    expect(nobody).toHaveTextContent('Nobody')
    expect(nobody).not.toHaveTextContent('Single point')
    expect(single).toHaveTextContent('Single point')
  })

  it('shows a team with no targets yet as such: no risk, no thin skills, who holds what', () => {
    const defaults = rows.map((row, i) => ({ ...row, source: 'default', holders: i % 3 }))
    renderWithProviders(<CoverageView rows={defaults} teamId="t1" lead />)
    expect(screen.getByTestId('no-targets')).toHaveTextContent('No targets yet')
    expect(screen.getByRole('link', { name: "Set the team's targets" })).toHaveAttribute(
      'href',
      '/teams/t1?tab=targets',
    )
    expect(screen.queryByTestId('thin-skills')).toBeNull()
    expect(screen.queryByText('Risk')).toBeNull()
    expect(
      within(screen.getByTestId('coverage-holders')).getAllByTestId('coverage-row'),
    ).toHaveLength(12)
  })
})
