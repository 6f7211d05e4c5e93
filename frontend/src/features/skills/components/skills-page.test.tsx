import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/lib/i18n'
import { json, mockFetch, problem, route } from '@/testing/fetch-mock'
import { renderWithProviders } from '@/testing/test-utils'
import type { Assessment, MySkill, ScaleLevel, Skill } from '../api/types'
import { SkillsPage } from './skills-page'

const scale: ScaleLevel[] = [
  ['None', 'No knowledge.'],
  ['Aware', 'Knows the basics.'],
  ['Works with guidance', 'Routine tasks with runbooks.'],
  ['Works independently', 'Everyday work alone.'],
  ['Advanced / leads', 'Designs and leads.'],
  ['Expert / teaches', 'Sets standards.'],
].map(([name, description], level) => ({ level, name, description, itss: '-', sfia: '-' }))

const skill = (code: string, name: string, category: string, categoryName: string): Skill => ({
  code,
  name,
  category,
  categoryName,
  description: `${name} description`,
  levels: [0, 1, 2, 3, 4, 5].map((level) => ({
    level,
    description: `${name} at level ${level}`,
  })),
})

const skillsEn = [
  skill('linux-administration', 'Linux server administration', 'server-os', 'Server OS'),
  skill('dns', 'DNS', 'server-services', 'Server services'),
]
const skillsJa = [
  skill('linux-administration', 'Linuxサーバー管理', 'server-os', 'サーバーOS'),
  skill('dns', 'DNS', 'server-services', 'サーバーサービス'),
]
const categories = [
  { code: 'server-os', name: 'Server OS' },
  { code: 'server-services', name: 'Server services' },
]

const entry = (skillCode: string, level: number, extra: Partial<MySkill> = {}): MySkill => ({
  skillCode,
  level,
  source: 'self',
  evidence: null,
  evidenceUrl: null,
  learningItemCode: null,
  assessedAt: '2026-11-20T10:00:00Z',
  evidenceEditedAt: null,
  effectiveLevel: extra.level ?? level,
  validation: null,
  ...extra,
})

const assessment = (
  skillCode: string,
  level: number,
  extra: Partial<Assessment> = {},
): Assessment => ({
  skillCode,
  level,
  source: 'self',
  evidence: null,
  evidenceUrl: null,
  learningItemCode: null,
  assessedAt: '2026-11-20T10:00:00Z',
  validatedBy: null,
  evidenceEditedAt: null,
  ...extra,
})

function catalogRoutes(mine: () => MySkill[]) {
  return [
    route('GET', '/api/skills', (request) =>
      json(request.headers['accept-language'] === 'ja' ? skillsJa : skillsEn),
    ),
    route('GET', '/api/skills/categories', () => json(categories)),
    route('GET', '/api/skills/scale', () => json(scale)),
    route('GET', '/api/me/skills', () => json(mine())),
  ]
}

// whole pages with many cards and charts: give a loaded CI machine some headroom
describe('SkillsPage', { timeout: 20_000 }, () => {
  it('groups the skills by category and summarises what is recorded', async () => {
    mockFetch(catalogRoutes(() => [entry('dns', 2)]))
    renderWithProviders(<SkillsPage />)

    expect(await screen.findByRole('heading', { name: 'Server OS' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Server services' })).toBeInTheDocument()
    expect(screen.getByText('1 of 2 skills recorded')).toBeInTheDocument()
    const dns = screen.getByRole('radiogroup', { name: 'Level for DNS' })
    expect(
      within(dns).getByRole('radio', { name: 'Level 2: Works with guidance' }),
    ).toHaveAttribute('aria-checked', 'true')

    await userEvent.click(screen.getByLabelText('Search skills'))
    await userEvent.paste('linux')
    expect(screen.queryByRole('radiogroup', { name: 'Level for DNS' })).not.toBeInTheDocument()
    expect(
      screen.getByRole('radiogroup', { name: 'Level for Linux server administration' }),
    ).toBeInTheDocument()
  })

  it('shows the descriptor of a level on hover and saves a picked level at once', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    let mine: MySkill[] = []
    const { requests } = mockFetch([
      ...catalogRoutes(() => mine),
      route('PUT', '/api/me/skills/linux-administration', (request) => {
        const level = (request.body as { level: number }).level
        const saved = assessment('linux-administration', level, {
          assessedAt: '2026-11-27T09:30:00Z',
        })
        mine = [entry('linux-administration', level, { assessedAt: saved.assessedAt })]
        return json(saved)
      }),
    ])
    renderWithProviders(<SkillsPage />)

    const group = await screen.findByRole('radiogroup', {
      name: 'Level for Linux server administration',
    })
    expect(group).toHaveAccessibleDescription(expect.stringContaining('Level 0 · None'))

    const three = within(group).getByRole('radio', { name: 'Level 3: Works independently' })
    await userEvent.hover(three)
    expect(group).toHaveAccessibleDescription(
      expect.stringContaining('Linux server administration at level 3'),
    )

    await userEvent.click(three)
    await waitFor(() => expect(three).toHaveAttribute('aria-checked', 'true'))
    const put = requests.find((r) => r.method === 'PUT')
    expect(put?.body).toEqual({ level: 3 })
    expect(put?.headers['x-xsrf-token']).toBe('t')
    await userEvent.unhover(three)
    expect(group).toHaveAccessibleDescription(
      expect.stringMatching(
        /Level 3 · Works independently\s*— Linux server administration at level 3/,
      ),
    )
    expect(await screen.findByText('1 of 2 skills recorded')).toBeInTheDocument()
    expect(screen.getByText(/Last changed .* self-assessed/)).toBeInTheDocument()
  })

  it('shows a server validation error next to the evidence link', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    mockFetch([
      ...catalogRoutes(() => [entry('dns', 2)]),
      route('PUT', '/api/me/skills/dns', () =>
        problem(400, {
          title: 'Bad Request',
          detail: 'The request is invalid.',
          errors: [{ field: 'evidenceUrl', message: 'The evidence link must be reachable.' }],
        }),
      ),
    ])
    renderWithProviders(<SkillsPage />)

    const card = (await screen.findByRole('radiogroup', { name: 'Level for DNS' })).closest(
      'article',
    )!
    await userEvent.click(within(card).getByRole('button', { name: /Add evidence/ }))
    await userEvent.click(within(card).getByLabelText('Evidence note'))
    await userEvent.paste('Runs our BIND servers')
    await userEvent.click(within(card).getByLabelText('Evidence link'))
    await userEvent.paste('https://intranet.local/x')
    await userEvent.click(within(card).getByRole('button', { name: 'Save evidence' }))

    const link = within(card).getByLabelText('Evidence link')
    await waitFor(() => expect(link).toHaveAttribute('aria-invalid', 'true'))
    expect(link).toHaveAccessibleDescription('The evidence link must be reachable.')
    expect(within(card).getByLabelText('Evidence note')).not.toHaveAttribute('aria-invalid', 'true')
  })

  it('rejects a non-http link before calling the server', async () => {
    const { requests } = mockFetch(catalogRoutes(() => []))
    renderWithProviders(<SkillsPage />)

    const card = (await screen.findByRole('radiogroup', { name: 'Level for DNS' })).closest(
      'article',
    )!
    await userEvent.click(within(card).getByRole('button', { name: /Add evidence/ }))
    await userEvent.click(within(card).getByLabelText('Evidence link'))
    await userEvent.paste('ftp://files.example.com')
    await userEvent.click(within(card).getByRole('button', { name: 'Save evidence' }))

    expect(within(card).getByLabelText('Evidence link')).toHaveAccessibleDescription(
      'Enter a link that starts with http:// or https://.',
    )
    expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(0)
  })

  it('lists the history of a skill, newest first', async () => {
    mockFetch([
      ...catalogRoutes(() => [entry('dns', 3)]),
      route('GET', '/api/me/skills/dns/history', () =>
        json([
          assessment('dns', 3, {
            assessedAt: '2026-11-25T10:00:00Z',
            evidence: 'Migrated the zones',
          }),
          assessment('dns', 1, {
            assessedAt: '2026-10-01T10:00:00Z',
            source: 'mentor',
            validatedBy: { id: 'm1', displayName: 'Sato' },
          }),
        ]),
      ),
    ])
    renderWithProviders(<SkillsPage />)

    await userEvent.click(await screen.findByRole('button', { name: 'History of DNS' }))
    const dialog = await screen.findByRole('dialog', { name: 'History of DNS' })
    const items = await within(dialog).findAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(items[0]).toHaveTextContent('Level 3 · Works independently')
    expect(items[0]).toHaveTextContent('Migrated the zones')
    expect(items[1]).toHaveTextContent('validated by Sato')
  })

  it('refetches the localized skill names when the language changes', async () => {
    const { requests } = mockFetch(catalogRoutes(() => []))
    renderWithProviders(<SkillsPage />)

    expect(
      await screen.findByRole('radiogroup', { name: 'Level for Linux server administration' }),
    ).toBeInTheDocument()
    await act(() => i18n.changeLanguage('ja'))

    expect(
      await screen.findByRole('radiogroup', { name: 'Linuxサーバー管理のレベル' }),
    ).toBeInTheDocument()
    expect(
      requests.some((r) => r.path === '/api/skills' && r.headers['accept-language'] === 'ja'),
    ).toBe(true)
  })
})
