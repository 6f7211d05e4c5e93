import { act, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '@/lib/i18n'
import { renderWithProviders } from '@/testing/test-utils'
import { mixedReport, serverReport, tooShortReport } from '../testing/fixtures'
import { PostingReport } from './posting-report'

const verdict = () => screen.getByTestId('role-verdict')

describe('PostingReport', { timeout: 30_000 }, () => {
  afterEach(async () => {
    await act(() => i18n.changeLanguage('en'))
  })

  it('shows the distribution over the roles, the confidence and what pushed the answer', () => {
    renderWithProviders(<PostingReport report={serverReport} />)

    expect(screen.getByTestId('described-role')).toHaveTextContent('Server engineer')
    expect(within(verdict()).getByText('Confidence 73%')).toBeInTheDocument()
    const roles = screen.getByRole('list', { name: 'Role scores' })
    const [server, infrastructure] = within(roles).getAllByRole('listitem')
    expect(
      within(server).getByRole('progressbar', { name: 'Probability of Server engineer: 73%' }),
    ).toBeInTheDocument()
    expect(
      within(infrastructure).getByRole('progressbar', {
        name: 'Probability of Infrastructure engineer: 13%',
      }),
    ).toBeInTheDocument()
    expect(within(server).getByTestId('role-drivers')).toHaveTextContent(
      'Why: Duties +1.61, Linux server administration +0.21',
    )
    // my gap to the role
    const gap = screen.getByTestId('role-gap')
    expect(gap).toHaveTextContent('My fit 38%')
    expect(gap).toHaveTextContent('Linux server administration: level 1 → 4')
  })

  it('names both roles of a posting that mixes them, with my gap to both', () => {
    renderWithProviders(<PostingReport report={mixedReport} />)

    expect(screen.getByTestId('described-role')).toHaveTextContent(
      'Server engineer + Infrastructure engineer',
    )
    expect(within(verdict()).getByText('Mixed roles')).toBeInTheDocument()
    expect(screen.getByTestId('role-hint')).toHaveTextContent(
      'The posting mixes two roles: Server engineer 56%, Infrastructure engineer 36%.',
    )
    expect(screen.getByRole('heading', { name: 'My gap to both roles' })).toBeInTheDocument()
    expect(screen.getAllByTestId('role-gap').map((gap) => gap.dataset.role)).toEqual([
      'server-engineer',
      'infrastructure-engineer',
    ])
    const roles = screen.getByRole('list', { name: 'Role scores' })
    expect(within(within(roles).getAllByRole('listitem')[1]).getByText('Second role')).toBeVisible()
  })

  it('says a posting is too short to judge and shows its skills only', () => {
    renderWithProviders(<PostingReport report={tooShortReport} />)

    expect(screen.getByTestId('described-role')).toHaveTextContent('Too short to judge')
    expect(within(verdict()).getByText('Skills only')).toBeInTheDocument()
    expect(screen.queryByRole('list', { name: 'Role scores' })).not.toBeInTheDocument()
    expect(screen.queryByTestId('role-gap')).not.toBeInTheDocument()
    expect(screen.getByRole('table', { name: 'Skills the posting asks for' })).toHaveTextContent(
      'Linux server administration',
    )
  })

  it('says all of it in Japanese too', async () => {
    await act(() => i18n.changeLanguage('ja'))
    const { unmount } = renderWithProviders(<PostingReport report={mixedReport} />)
    expect(screen.getByTestId('described-role')).toHaveTextContent(
      'Server engineer ＋ Infrastructure engineer',
    )
    expect(within(verdict()).getByText('職種が混在')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: '2つの職種それぞれとの差' })).toBeInTheDocument()
    unmount()

    renderWithProviders(<PostingReport report={tooShortReport} />)
    expect(screen.getByTestId('described-role')).toHaveTextContent('短すぎて判定できません')
    expect(within(verdict()).getByText('スキルのみ')).toBeInTheDocument()
  })
})
