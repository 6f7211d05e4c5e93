import { useState } from 'react'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderWithProviders } from '@/testing/test-utils'
import { SelectableTable } from './selectable-table'

interface Row {
  member: string
  skill: string
}

const rows: Row[] = [
  { member: 'Aoki', skill: 'Linux' },
  { member: 'Aoki', skill: 'Network' },
  { member: 'Baba', skill: 'CI/CD' },
]

function Picker({ onChange }: { onChange: (keys: string[]) => void }) {
  const [selected, setSelected] = useState<Set<string>>(new Set())
  return (
    <SelectableTable
      rows={rows}
      rowKey={(row) => `${row.member}|${row.skill}`}
      columns={[
        { header: 'Member', cell: (row) => row.member },
        { header: 'Skill', cell: (row) => row.skill },
      ]}
      selected={selected}
      onSelectedChange={(next) => {
        setSelected(next)
        onChange([...next].sort())
      }}
      selectAllLabel="Choose every row"
      rowLabel={(row) => `Ask ${row.member} about ${row.skill}`}
    />
  )
}

describe('SelectableTable', () => {
  it('chooses exactly the rows ticked, and all or none at once', async () => {
    let chosen: string[] = []
    renderWithProviders(<Picker onChange={(keys) => (chosen = keys)} />)

    await userEvent.click(screen.getByRole('checkbox', { name: 'Ask Aoki about Network' }))
    await userEvent.click(screen.getByRole('checkbox', { name: 'Ask Baba about CI/CD' }))
    expect(chosen).toEqual(['Aoki|Network', 'Baba|CI/CD'])
    const all = screen.getByRole('checkbox', { name: 'Choose every row' })
    expect(all).toHaveAttribute('data-indeterminate', 'true')

    await userEvent.click(all)
    expect(chosen).toHaveLength(3)
    await userEvent.click(all)
    expect(chosen).toEqual([])
  })
})
