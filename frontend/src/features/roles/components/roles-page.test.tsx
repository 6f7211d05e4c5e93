import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { json, mockFetch, route } from '@/testing/fetch-mock'
import { renderWithProviders } from '@/testing/test-utils'
import type { RoleProfile, RoleRequirement } from '../api/types'
import { RolesPage } from './roles-page'

const req = (
  skillCode: string,
  skillName: string,
  category: string,
  targetLevel: number,
  weight: 1 | 2 | 3,
): RoleRequirement => ({
  skillCode,
  skillName,
  category,
  targetLevel,
  weight,
  anyOf: null,
  alternatives: [],
  rationale: `${skillName} matters (l.27-28).`,
})

const roles: RoleProfile[] = [
  {
    code: 'infrastructure-engineer',
    name: 'Infrastructure engineer',
    summary: 'Designs the whole IT foundation.',
    articleLines: '11, 14-16',
    requirements: [
      req('network-fundamentals', 'Network fundamentals', 'networking', 4, 3),
      req('cloud-architecture', 'Cloud architecture', 'cloud-architecture', 3, 3),
      req('linux-administration', 'Linux server administration', 'server-os', 3, 2),
      req('network-security', 'Network security', 'security', 3, 3),
    ],
    nextRoles: ['cloud-engineer'],
  },
  {
    code: 'server-engineer',
    name: 'Server engineer',
    summary: 'Builds and runs servers.',
    articleLines: '20-23',
    requirements: [
      req('linux-administration', 'Linux server administration', 'server-os', 5, 3),
      req('web-servers', 'Web servers', 'server-services', 4, 3),
      req('network-fundamentals', 'Network fundamentals', 'networking', 2, 2),
    ],
    nextRoles: [],
  },
  {
    code: 'cloud-engineer',
    name: 'Cloud engineer',
    summary: 'A cloud-services specialist.',
    articleLines: '33',
    requirements: [req('aws', 'Amazon Web Services (AWS)', 'cloud-platforms', 4, 3)],
    nextRoles: [],
  },
]

const categories = [
  { code: 'server-os', name: 'Server OS' },
  { code: 'server-services', name: 'Server services' },
  { code: 'networking', name: 'Networking' },
  { code: 'cloud-platforms', name: 'Cloud platforms' },
  { code: 'cloud-architecture', name: 'Cloud architecture' },
  { code: 'security', name: 'Security' },
]

function mockRoles() {
  return mockFetch([
    route('GET', '/api/roles', () => json(roles)),
    route('GET', '/api/skills/categories', () => json(categories)),
  ])
}

// whole pages with many cards and charts: give a loaded CI machine some headroom
describe('RolesPage', { timeout: 20_000 }, () => {
  it('compares the infrastructure and the server engineer by default', async () => {
    mockRoles()
    renderWithProviders(<RolesPage />)

    const table = await screen.findByRole('table', {
      name: 'Requirements of Infrastructure engineer and Server engineer',
    })
    const rows = within(table).getAllByRole('row')
    // two header rows + the union of both roles' skills
    expect(rows).toHaveLength(2 + 5)
    const linux = rows.find((row) => row.textContent?.includes('Linux server administration'))!
    const cells = within(linux).getAllByRole('cell')
    expect(cells[2]).toHaveTextContent('3')
    expect(cells[3]).toHaveTextContent('Important')
    expect(cells[4]).toHaveTextContent('5')
    expect(cells[5]).toHaveTextContent('Core')
    const web = rows.find((row) => row.textContent?.includes('Web servers'))!
    expect(within(web).getAllByRole('cell')[2]).toHaveTextContent('—')

    expect(screen.getByRole('img', { name: 'Target levels' })).toBeInTheDocument()
    expect(screen.getByText('Broad')).toBeInTheDocument()
    expect(screen.getByText('Deep')).toBeInTheDocument()
  })

  it('shows a role in detail with target, weight and the rationale citing the article', async () => {
    mockRoles()
    renderWithProviders(<RolesPage />)

    await userEvent.click(
      await screen.findByRole('button', { name: 'Show requirements: Server engineer' }),
    )
    const table = screen.getByRole('table', { name: 'Requirements of Server engineer' })
    const first = within(table).getAllByRole('row')[1]
    expect(first).toHaveTextContent('Linux server administration')
    expect(within(first).getByRole('img', { name: 'Target level 5 of 5' })).toBeInTheDocument()
    expect(first).toHaveTextContent('Core')
    expect(first).toHaveTextContent('(l.27-28)')
    expect(screen.getByText('Based on the article, lines 20-23.')).toBeInTheDocument()
  })

  it('compares any two roles chosen in the selects', async () => {
    mockRoles()
    renderWithProviders(<RolesPage />)

    await userEvent.click(await screen.findByRole('combobox', { name: 'Second role' }))
    await userEvent.click(await screen.findByRole('option', { name: 'Cloud engineer' }))

    await waitFor(() =>
      expect(
        screen.getByRole('table', {
          name: 'Requirements of Infrastructure engineer and Cloud engineer',
        }),
      ).toBeInTheDocument(),
    )
  })
})
