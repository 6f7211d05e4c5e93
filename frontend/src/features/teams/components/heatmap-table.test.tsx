import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { renderWithProviders } from '@/testing/test-utils'
import type { HeatmapMember, HeatmapSkill } from '../api/types'
import { HeatmapTable } from './heatmap-table'

const skills: HeatmapSkill[] = [
  { code: 'linux-administration', name: 'Linux server administration', category: 'servers' },
  { code: 'network-design', name: 'Network design', category: 'networks' },
  { code: 'aws', name: 'AWS', category: 'cloud' },
]

const members: HeatmapMember[] = [
  {
    id: 'a',
    displayName: 'Aiko',
    targetRole: 'server-engineer',
    targetSource: 'lead',
    fit: 0.42,
    levels: { 'linux-administration': 4, 'network-design': 2 },
    unvalidated: ['linux-administration'],
    stale: ['network-design'],
  },
  {
    id: 'b',
    displayName: 'Bob',
    targetRole: null,
    targetSource: null,
    fitRole: 'devops-engineer',
    fit: 0.1,
    levels: { aws: 3 },
    unvalidated: [],
    stale: [],
  },
]

const roleName = (code: string | null | undefined) =>
  ({ 'server-engineer': 'Server engineer', 'devops-engineer': 'DevOps engineer' })[code ?? ''] ?? ''

function renderTable(onSort = vi.fn()) {
  renderWithProviders(
    <HeatmapTable
      skills={skills}
      members={members}
      sort="skill:network-design"
      direction="desc"
      onSort={onSort}
      roleName={roleName}
    />,
  )
  return onSort
}

function cells(name: string) {
  const row = screen.getByRole('rowheader', { name }).closest('tr')!
  return within(row).getAllByTestId('level-cell')
}

describe('HeatmapTable', () => {
  it('writes each level in its cell and marks unvalidated and stale ones in text', () => {
    renderTable()
    const [linux, network, aws] = cells('Aiko')

    expect(linux).toHaveTextContent(/^4\*, unvalidated$/)
    expect(linux).toHaveAttribute('data-unvalidated', 'true')
    expect(linux).not.toHaveAttribute('data-stale')
    expect(linux).toHaveAttribute('title', 'Linux server administration: level 4 (unvalidated)')

    expect(network).toHaveTextContent(/^2°, stale$/)
    expect(network).toHaveAttribute('data-stale', 'true')
    expect(network).not.toHaveAttribute('data-unvalidated')

    expect(aws).toHaveTextContent('not assessed')
    expect(aws).toHaveAttribute('data-level', '0')
    expect(aws).not.toHaveAttribute('data-unvalidated')
  })

  it('does not mark a validated, recent level', () => {
    renderTable()
    const aws = cells('Bob')[2]
    expect(aws).toHaveTextContent(/^3$/)
    expect(aws).not.toHaveAttribute('data-unvalidated')
    expect(aws).not.toHaveAttribute('data-stale')
  })

  it('shows the fit with the target role, or the best-fit role it is measured against', () => {
    renderTable()
    const [aiko, bob] = screen.getAllByTestId('fit-cell')
    expect(aiko).toHaveTextContent('42%Server engineer')
    expect(bob).toHaveTextContent('10%best fit: DevOps engineer')
  })

  it('gives no fit and no role to someone who recorded nothing and has no target role', () => {
    renderWithProviders(
      <HeatmapTable
        skills={skills}
        members={[
          { ...members[1], id: 'c', displayName: 'Chie', fitRole: null, fit: 0, levels: {} },
        ]}
        sort="name"
        direction="asc"
        onSort={vi.fn()}
        roleName={roleName}
      />,
    )
    expect(screen.getByTestId('fit-cell')).toHaveTextContent(/^–no levels yet$/)
  })

  it('marks the sorted column and sorts by a clicked header', async () => {
    const onSort = renderTable()
    const sorted = screen.getByRole('columnheader', { name: /Network design/ })
    expect(sorted).toHaveAttribute('aria-sort', 'descending')
    expect(screen.getByRole('columnheader', { name: /Member/ })).not.toHaveAttribute('aria-sort')

    await userEvent.click(screen.getByRole('button', { name: 'Fit' }))
    expect(onSort).toHaveBeenCalledWith('fit')
    await userEvent.click(screen.getByRole('button', { name: 'AWS' }))
    expect(onSort).toHaveBeenLastCalledWith('skill:aws')
  })
})
