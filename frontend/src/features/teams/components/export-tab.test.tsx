import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithProviders } from '@/testing/test-utils'
import type { TeamDetail } from '../api/types'
import { ExportTab } from './export-tab'

const team = (myRole: 'lead' | 'member'): TeamDetail => ({
  id: '6f1c2a4e-0000-4000-8000-000000000001',
  name: 'Infra',
  myRole,
  memberCount: 3,
  leadCount: 1,
  members: [],
  invitations: [],
  countsHidden: false,
  minGroupSize: 5,
})

const base = '/api/teams/6f1c2a4e-0000-4000-8000-000000000001'

function hrefs() {
  return within(screen.getByTestId('exports'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href'), link.getAttribute('download')])
}

describe('ExportTab', () => {
  it('gives a lead the three CSV downloads and the printable page', () => {
    renderWithProviders(<ExportTab team={team('lead')} />)
    expect(hrefs()).toEqual([
      ['Heatmap (heatmap.csv)', `${base}/heatmap.csv`, 'heatmap.csv'],
      ['Coverage (coverage.csv)', `${base}/coverage.csv`, 'coverage.csv'],
      ['Training plan (training-plan.csv)', `${base}/training-plan.csv`, 'training-plan.csv'],
      ['Printable page', `/teams/${team('lead').id}/print`, null],
    ])
  })

  it('gives a member only what members may see: coverage', () => {
    renderWithProviders(<ExportTab team={team('member')} />)
    expect(hrefs()).toEqual([
      ['Coverage (coverage.csv)', `${base}/coverage.csv`, 'coverage.csv'],
      ['Printable page', `/teams/${team('member').id}/print`, null],
    ])
  })
})
