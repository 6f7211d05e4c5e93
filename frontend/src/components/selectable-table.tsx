import type { ReactNode } from 'react'
import { Checkbox, Table } from '@mantine/core'

export interface SelectableColumn<T> {
  header: ReactNode
  cell: (row: T) => ReactNode
}

export interface SelectableTableProps<T> {
  rows: T[]
  /** A stable key per row (the selection is a set of these). */
  rowKey: (row: T) => string
  columns: SelectableColumn<T>[]
  selected: ReadonlySet<string>
  onSelectedChange: (selected: Set<string>) => void
  /** The accessible name of the "all rows" checkbox. */
  selectAllLabel: string
  /** The accessible name of a row's checkbox (what choosing it means). */
  rowLabel: (row: T) => string
  minWidth?: number
  testId?: string
}

/**
 * A table whose rows the user picks (a checkbox per row, and one for all), for actions on exactly
 * the chosen rows: the rows to ask to reassess, later the due and overdue ones.
 */
export function SelectableTable<T>({
  rows,
  rowKey,
  columns,
  selected,
  onSelectedChange,
  selectAllLabel,
  rowLabel,
  minWidth,
  testId,
}: SelectableTableProps<T>) {
  const keys = rows.map(rowKey)
  const chosen = keys.filter((key) => selected.has(key)).length
  const toggle = (key: string, on: boolean) => {
    const next = new Set(selected)
    if (on) next.add(key)
    else next.delete(key)
    onSelectedChange(next)
  }
  return (
    <Table verticalSpacing="xs" striped miw={minWidth} data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={40}>
            <Checkbox
              aria-label={selectAllLabel}
              checked={rows.length > 0 && chosen === rows.length}
              indeterminate={chosen > 0 && chosen < rows.length}
              onChange={(event) =>
                onSelectedChange(event.currentTarget.checked ? new Set(keys) : new Set())
              }
            />
          </Table.Th>
          {columns.map((column, index) => (
            <Table.Th key={index}>{column.header}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const key = rowKey(row)
          const on = selected.has(key)
          return (
            <Table.Tr key={key} data-selected={on || undefined}>
              <Table.Td>
                <Checkbox
                  aria-label={rowLabel(row)}
                  checked={on}
                  onChange={(event) => toggle(key, event.currentTarget.checked)}
                />
              </Table.Td>
              {columns.map((column, index) => (
                <Table.Td key={index}>{column.cell(row)}</Table.Td>
              ))}
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}
