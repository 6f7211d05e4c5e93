import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { json, mockFetch, noContent, problem, route } from '@/testing/fetch-mock'
import { atPhoneWidth } from '@/testing/media'
import { renderWithProviders } from '@/testing/test-utils'
import type { PostingHistoryPoint, PostingReport, PostingSummary, SavedPosting } from '../api/types'
import { comparison, savedServer, serverReport, serverText, summary } from '../testing/fixtures'
import { PostingsPage } from './postings-page'

// jsdom has no FontFaceSet; Mantine's autosize Textarea listens to it.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => {}, removeEventListener: () => {} },
  })
}

const textbox = () => screen.getByRole('textbox', { name: /^Posting text/ })
const paste = (text: string) => fireEvent.change(textbox(), { target: { value: text } })
const analyseButton = () => screen.getByRole('button', { name: 'Analyse' })
/** The report is large: give rendering it some time on a busy machine. */
const slow = { timeout: 10_000 }
const postingText = () => screen.getByRole('region', { name: 'The posting as analysed' })

describe('PostingsPage', { timeout: 40_000 }, () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
  })

  it('analysing shows the described role, the three signals and the highlighted terms', async () => {
    const { requests } = mockFetch([
      route('GET', '/api/me/postings', () => json([])),
      route('POST', '/api/postings/analyze', () => json(serverReport)),
    ])
    renderWithProviders(<PostingsPage />)

    paste(serverText)
    expect(screen.getByText(`${serverText.length} / 20,000 characters`)).toBeInTheDocument()
    await userEvent.click(analyseButton())

    expect(await screen.findByTestId('described-role', undefined, slow)).toHaveTextContent(
      'Server engineer',
    )
    const analyse = requests.find((r) => r.path === '/api/postings/analyze')!
    expect(analyse.method).toBe('POST')
    expect(analyse.body).toEqual({ text: serverText })
    expect(analyse.headers['accept-language']).toBe('en')

    // three signals per role, each its own bar
    const roles = screen.getByRole('list', { name: 'Role scores' })
    const server = within(roles).getAllByRole('listitem')[0]
    expect(within(server).getByText('Described role')).toBeInTheDocument()
    expect(
      within(server).getByRole('progressbar', { name: 'Duties for Server engineer: 100%' }),
    ).toBeInTheDocument()
    expect(
      within(server).getByRole('progressbar', { name: 'Technologies for Server engineer: 56%' }),
    ).toBeInTheDocument()
    expect(
      within(server).getByRole('progressbar', { name: 'Skill set for Server engineer: 63%' }),
    ).toBeInTheDocument()
    expect(within(server).getByText('Duties found: Linux server construction')).toBeInTheDocument()
    // each signal shows the words that triggered it
    expect(within(server).getByText('Technologies found: Linux, Postfix')).toBeInTheDocument()
    expect(within(server).getByText('Skills asked for: 障害対応')).toBeInTheDocument()
    const infrastructure = within(roles).getAllByRole('listitem')[1]
    expect(within(infrastructure).getByText('Covers: network, servers')).toBeInTheDocument()

    // matched terms are <mark>s titled with the skill name
    const marks = postingText().querySelectorAll('mark')
    expect([...marks].map((mark) => [mark.textContent, mark.title])).toEqual([
      ['Linux', 'Linux server administration'],
      ['Postfix', 'Mail servers'],
      ['Linux', 'Linux server administration'],
    ])
    expect(postingText()).toHaveTextContent(/障害対応/)

    // hovering a skill highlights its marks
    const skills = screen.getByRole('table', { name: 'Skills the posting asks for' })
    const linuxRow = within(skills).getByText('Linux server administration').closest('tr')!
    fireEvent.mouseEnter(linuxRow)
    expect(marks[0]).toHaveAttribute('data-active')
    expect(marks[2]).toHaveAttribute('data-active')
    expect(marks[1]).not.toHaveAttribute('data-active')
    fireEvent.mouseLeave(linuxRow)
    expect(marks[0]).not.toHaveAttribute('data-active')

    // skill details: section, inferred level and its words, my level, gap
    expect(within(linuxRow).getByText('Required')).toBeInTheDocument()
    expect(within(linuxRow).getByText('inferred from “3年以上”')).toBeInTheDocument()
    expect(within(linuxRow).getByText('+2')).toBeInTheDocument()
    const mailRow = within(skills).getByText('Mail servers').closest('tr')!
    expect(within(mailRow).getByText('Met')).toBeInTheDocument()
    expect(within(mailRow).getByText('Postfix')).toBeInTheDocument()

    // my fit and learning with the server's reason
    expect(screen.getByText('1 of 2 skills at the level asked')).toBeInTheDocument()
    expect(
      screen.getByText('Closes your Mail servers gap 0 → 3 (weight 2) in about 25 hours'),
    ).toBeInTheDocument()
    const link = screen.getByRole('link', { name: /Postfix documentation/ })
    expect(link).toHaveAttribute('href', 'https://www.postfix.org/')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(screen.queryByRole('link', { name: /A Linux book/ })).not.toBeInTheDocument()
  })

  it('shows HTML and script in the posting as text, never as elements', async () => {
    const markup =
      '<script>window.pwned = true</script><img src=x onerror="window.pwned=1"><b>bold</b>'
    const report: PostingReport = {
      ...serverReport,
      roleCode: null,
      roleName: null,
      fit: null,
      roles: serverReport.roles.map((role) => ({
        ...role,
        score: 0,
        duties: 0,
        technologies: 0,
        skillSet: 0,
      })),
      skills: [],
      recommendations: [],
      segments: [
        { text: markup, skillCode: null },
        { text: '<i>Linux</i>', skillCode: 'linux-administration' },
      ],
    }
    mockFetch([
      route('GET', '/api/me/postings', () => json([])),
      route('POST', '/api/postings/analyze', () => json(report)),
    ])
    renderWithProviders(<PostingsPage />)

    paste(markup)
    await userEvent.click(analyseButton())

    await waitFor(() => expect(postingText()).toHaveTextContent(markup + '<i>Linux</i>'), slow)
    const region = postingText()
    expect(region.querySelector('script, img, b, i')).toBeNull()
    expect(region.querySelector('mark')).toHaveTextContent('<i>Linux</i>')
    expect((window as unknown as { pwned?: unknown }).pwned).toBeUndefined()
    expect(screen.getByTestId('described-role')).toHaveTextContent('No role recognised')
    // no skill asked: no fit, shown as a dash read as "not applicable"
    expect(screen.getByLabelText('My fit: not applicable')).toBeInTheDocument()
    expect(
      screen.getByText('No fit: the posting asks for no skill Skillgap knows.'),
    ).toBeInTheDocument()
  })

  it('shows a 400 on the text by the textarea', async () => {
    const message = "This does not look like plain text; paste the posting's text."
    const { requests } = mockFetch([
      route('GET', '/api/me/postings', () => json([])),
      route('POST', '/api/postings/analyze', () =>
        problem(400, {
          title: 'Bad Request',
          detail: message,
          errors: [{ field: 'text', message }],
        }),
      ),
    ])
    renderWithProviders(<PostingsPage />)

    // empty text: checked before asking the server
    await userEvent.click(analyseButton())
    expect(
      await screen.findByText('Paste the text of a job posting.', undefined, slow),
    ).toBeInTheDocument()
    expect(requests.some((r) => r.path === '/api/postings/analyze')).toBe(false)

    paste('\u0001\u0002binary')
    await userEvent.click(analyseButton())
    await waitFor(
      () => expect(textbox()).toHaveAccessibleDescription(new RegExp(message.slice(0, 30))),
      slow,
    )
    expect(textbox()).toHaveAttribute('aria-invalid', 'true')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()

    // too long: the counter turns red and the server is not asked
    paste('a'.repeat(20_001))
    expect(screen.getByText('20,001 / 20,000 characters')).toBeInTheDocument()
    await userEvent.click(analyseButton())
    expect(
      screen.getByText('A posting may have at most 20,000 characters; this one has 20,001.'),
    ).toBeInTheDocument()
    expect(requests.filter((r) => r.path === '/api/postings/analyze')).toHaveLength(1)
  })

  it('saving adds the posting to the saved list', async () => {
    const saved: PostingSummary[] = []
    const { requests } = mockFetch([
      route('GET', '/api/me/postings', () => json(saved)),
      route('POST', '/api/me/postings', ({ body }) => {
        const input = body as { title?: string; text: string }
        saved.unshift(
          summary('p-new', input.title ?? 'untitled', 'server-engineer', 'Server engineer', 0.42),
        )
        return json(
          { ...savedServer, id: 'p-new', title: input.title ?? 'untitled' } satisfies SavedPosting,
          {
            status: 201,
          },
        )
      }),
    ])
    renderWithProviders(<PostingsPage />)

    await userEvent.click(screen.getByRole('tab', { name: 'Saved postings' }))
    expect(await screen.findByText(/No saved postings yet/, undefined, slow)).toBeInTheDocument()

    await userEvent.click(screen.getByRole('tab', { name: 'Analyse a posting' }))
    paste(serverText)
    await userEvent.type(screen.getByRole('textbox', { name: /^Title/ }), 'Tokyo server job')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))

    expect(
      await screen.findByText('Saved “Tokyo server job” to your postings.', undefined, slow),
    ).toBeInTheDocument()
    expect(requests.find((r) => r.method === 'POST')!.body).toEqual({
      title: 'Tokyo server job',
      text: serverText,
    })

    await userEvent.click(screen.getByRole('tab', { name: 'Saved postings' }))
    const table = await screen.findByRole('table', { name: 'Saved postings' }, slow)
    expect(within(table).getByText('Tokyo server job')).toBeInTheDocument()
    expect(within(table).getByText('Server engineer')).toBeInTheDocument()
    expect(within(table).getByText('42%')).toBeInTheDocument()
  })

  it('compares the selected postings side by side', async () => {
    const list = [
      summary('p-cloud', 'Cloud engineer, AWS', 'cloud-engineer', 'Cloud engineer', 0.1),
      summary('p-server', 'Server engineer, Tokyo', 'server-engineer', 'Server engineer', 0.42),
      summary('p-other', 'Something else', null, null, null),
    ]
    const { requests } = mockFetch([
      route('GET', '/api/me/postings', () => json(list)),
      route('GET', '/api/me/postings/compare', () => json(comparison)),
    ])
    renderWithProviders(<PostingsPage />)
    await userEvent.click(screen.getByRole('tab', { name: 'Saved postings' }))

    const compareButton = await screen.findByRole('button', { name: /Compare selected/ }, slow)
    // a posting that asks for no known skill has no fit and no role
    const saved = screen.getByRole('table', { name: 'Saved postings' })
    const other = within(saved).getByText('Something else').closest('tr')!
    expect(within(other).getByLabelText('not applicable')).toHaveTextContent('—')
    expect(within(other).getByText('No role')).toBeInTheDocument()
    expect(compareButton).toBeDisabled()
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Select Server engineer, Tokyo for comparison' }),
    )
    expect(compareButton).toBeDisabled()
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Select Cloud engineer, AWS for comparison' }),
    )
    expect(compareButton).toBeEnabled()
    await userEvent.click(compareButton)

    const table = await screen.findByRole(
      'table',
      {
        name: 'Skills asked by the compared postings',
      },
      slow,
    )
    expect(requests.find((r) => r.path.startsWith('/api/me/postings/compare'))!.path).toBe(
      '/api/me/postings/compare?ids=p-cloud&ids=p-server',
    )
    // in the order the server answers: the order of the ids asked for
    const headers = within(table).getAllByRole('columnheader')
    expect(headers.map((header) => header.textContent)).toEqual([
      'Skill',
      'My level',
      'Cloud engineer, AWSCloud engineerMy fit 10%',
      'Server engineer, TokyoServer engineerMy fit 42%',
    ])
    const troubleshooting = within(table)
      .getByRole('rowheader', { name: 'Troubleshooting' })
      .closest('tr')!
    const cells = within(troubleshooting).getAllByRole('cell')
    expect(cells[0]).toHaveTextContent('0')
    expect(cells[1]).toHaveAttribute('data-gap', '1')
    expect(within(cells[2]).getByLabelText('asks level 3, gap 3')).toBeInTheDocument()
    expect(cells[2]).toHaveAttribute('data-gap', '3')
    const aws = within(table)
      .getByRole('rowheader', { name: 'Amazon Web Services (AWS)' })
      .closest('tr')!
    expect(within(aws).getAllByRole('cell')[2]).toHaveTextContent('–')
    expect(within(aws).getByLabelText('asks level 2')).toBeInTheDocument()
  })

  it('opens a saved posting with its fit over time and deletes it', async () => {
    let list = [
      summary('p-server', 'Server engineer, Tokyo', 'server-engineer', 'Server engineer', 0.42),
    ]
    const { requests } = mockFetch([
      route('GET', '/api/me/postings', () => json(list)),
      route('GET', '/api/me/postings/p-server', () => json(savedServer)),
      route('GET', '/api/me/postings/p-server/history', () =>
        json([
          {
            at: '2026-11-20T10:00:00Z',
            skillCode: 'linux-administration',
            skillName: 'Linux server administration',
            level: 1,
            fit: 0.2,
          },
          {
            at: '2026-11-21T10:00:00Z',
            skillCode: 'mail-servers',
            skillName: 'Mail servers',
            level: 3,
            fit: 0.42,
          },
        ] satisfies PostingHistoryPoint[]),
      ),
      route('DELETE', '/api/me/postings/p-server', () => {
        list = []
        return noContent()
      }),
    ])
    renderWithProviders(<PostingsPage />)
    await userEvent.click(screen.getByRole('tab', { name: 'Saved postings' }))
    await userEvent.click(
      await screen.findByRole('button', { name: 'Open Server engineer, Tokyo' }, slow),
    )

    expect(
      await screen.findByRole('heading', { name: 'Server engineer, Tokyo' }, slow),
    ).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'My fit over time' })).toBeInTheDocument()
    expect(
      await screen.findByRole(
        'img',
        {
          name: /my fit to this posting after each change .* \(2 changes\)/,
        },
        slow,
      ),
    ).toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: 'Delete Server engineer, Tokyo' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete this posting?' }, slow)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }))

    await waitFor(
      () =>
        expect(
          requests.some((r) => r.method === 'DELETE' && r.path === '/api/me/postings/p-server'),
        ).toBe(true),
      slow,
    )
    expect(await screen.findByText(/No saved postings yet/, undefined, slow)).toBeInTheDocument()
  })
  it('lists the saved postings as cards on a phone, their roles in full and as written', async () => {
    // a phone's width (36em and less): the media query the list asks matches
    atPhoneWidth()
    const list = [
      summary(
        'p-devops',
        'SRE・DevOpsエンジニア（自社SaaS）',
        'devops-engineer',
        'DevOpsエンジニア',
        0.3,
      ),
      summary('p-server', 'Server engineer, Tokyo', 'server-engineer', 'Server engineer', 0.42),
    ]
    const { requests } = mockFetch([
      route('GET', '/api/me/postings', () => json(list)),
      route('GET', '/api/me/postings/p-server', () => json(savedServer)),
      route('GET', '/api/me/postings/p-server/history', () => json([])),
    ])
    renderWithProviders(<PostingsPage />)
    await userEvent.click(screen.getByRole('tab', { name: 'Saved postings' }))

    const cards = await screen.findByRole('list', { name: 'Saved postings' }, slow)
    expect(screen.queryByRole('table', { name: 'Saved postings' })).not.toBeInTheDocument()
    const [devops, server] = within(cards).getAllByRole('listitem')
    // the badge keeps the Latin letters inside Japanese as written, and wraps rather than cuts
    const badge = within(devops).getByText('DevOpsエンジニア')
    expect(badge.closest('.mantine-Badge-root')).toHaveStyle({ textTransform: 'none' })
    expect(badge).toHaveStyle({ whiteSpace: 'normal' })
    expect(within(devops).getByText('30%')).toBeInTheDocument()
    expect(within(devops).getByText(/My fit/)).toBeInTheDocument()

    // select and open work from a card as from a row
    await userEvent.click(
      within(server).getByRole('checkbox', {
        name: 'Select Server engineer, Tokyo for comparison',
      }),
    )
    expect(screen.getByRole('button', { name: 'Compare selected (1)' })).toBeDisabled()
    await userEvent.click(
      within(server).getByRole('button', { name: 'Open Server engineer, Tokyo' }),
    )
    await waitFor(() => expect(requests.map((r) => r.path)).toContain('/api/me/postings/p-server'))
  })
})
