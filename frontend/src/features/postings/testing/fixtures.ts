import type {
  PostingComparison,
  PostingReport,
  PostingSummary,
  RoleScore,
  SavedPosting,
} from '../api/types'

export const serverText =
  '【業務内容】Linux サーバーの構築・運用、Postfix の設定、障害対応\n【必須】Linux 3年以上'

const role = (
  roleCode: string,
  roleName: string,
  score: number,
  duties: number,
  technologies: number,
  skillSet: number,
  dutyPhrases: string[] = [],
  technologyTerms: string[] = [],
  skillSetTerms: string[] = [],
  breadth: string[] = [],
  drivers: RoleScore['drivers'] = [],
): RoleScore => ({
  roleCode,
  roleName,
  score,
  probability: score,
  drivers,
  duties,
  technologies,
  skillSet,
  dutyPhrases,
  breadth,
  technologyTerms,
  skillSetTerms,
})

export const serverReport: PostingReport = {
  language: 'ja',
  roleCode: 'server-engineer',
  roleName: 'Server engineer',
  confidence: 0.73,
  mixedWith: null,
  mixedWithName: null,
  tooShort: false,
  roleGaps: [
    {
      roleCode: 'server-engineer',
      roleName: 'Server engineer',
      fit: 0.38,
      gaps: [
        {
          skillCode: 'linux-administration',
          skillName: 'Linux server administration',
          current: 1,
          target: 4,
          gap: 3,
        },
      ],
    },
  ],
  roles: [
    role(
      'server-engineer',
      'Server engineer',
      0.73,
      1,
      0.56,
      0.63,
      ['Linux server construction'],
      ['Linux', 'Postfix'],
      ['障害対応'],
      [],
      [
        { kind: 'duties', code: null, name: null, contribution: 1.61 },
        {
          kind: 'skill',
          code: 'linux-administration',
          name: 'Linux server administration',
          contribution: 0.21,
        },
      ],
    ),
    role(
      'infrastructure-engineer',
      'Infrastructure engineer',
      0.13,
      0,
      0.17,
      0.2,
      [],
      [],
      [],
      ['network', 'servers'],
    ),
  ],
  skills: [
    {
      skillCode: 'linux-administration',
      skillName: 'Linux server administration',
      section: 'required',
      target: 3,
      weight: 3,
      inferredLevel: 3,
      levelEvidence: '3年以上',
      current: 1,
      gap: 2,
      evidence: [
        { term: 'Linux', start: 6, end: 11, section: 'duties' },
        { term: 'Linux', start: 46, end: 51, section: 'required' },
      ],
    },
    {
      skillCode: 'mail-servers',
      skillName: 'Mail servers',
      section: 'duties',
      target: 3,
      weight: 2,
      inferredLevel: null,
      levelEvidence: null,
      current: 3,
      gap: 0,
      evidence: [{ term: 'Postfix', start: 23, end: 30, section: 'duties' }],
    },
  ],
  fit: 0.42,
  segments: [
    { text: '【業務内容】', skillCode: null },
    { text: 'Linux', skillCode: 'linux-administration' },
    { text: ' サーバーの構築・運用、', skillCode: null },
    { text: 'Postfix', skillCode: 'mail-servers' },
    { text: ' の設定、障害対応\n【必須】', skillCode: null },
    { text: 'Linux', skillCode: 'linux-administration' },
    { text: ' 3年以上', skillCode: null },
  ],
  recommendations: [
    {
      code: 'postfix-documentation',
      title: 'Postfix documentation',
      kind: 'documentation',
      provider: 'Postfix',
      url: 'https://www.postfix.org/',
      hours: 25,
      cost: 'free',
      reason: 'Closes your Mail servers gap 0 → 3 (weight 2) in about 25 hours',
    },
    {
      code: 'linux-book',
      title: 'A Linux book',
      kind: 'book',
      provider: 'Publisher',
      url: null,
      hours: 40,
      cost: 'paid',
      reason: 'Closes your Linux server administration gap 1 → 3 (weight 3) in about 40 hours',
    },
  ],
}

/** Server work on an infrastructure team: the top two roles are close. */
export const mixedReport: PostingReport = {
  ...serverReport,
  confidence: 0.56,
  mixedWith: 'infrastructure-engineer',
  mixedWithName: 'Infrastructure engineer',
  roles: [
    role('server-engineer', 'Server engineer', 0.56, 1, 0.5, 0.5),
    role(
      'infrastructure-engineer',
      'Infrastructure engineer',
      0.36,
      0.7,
      0.5,
      0.4,
      [],
      [],
      [],
      [],
      [{ kind: 'title', code: null, name: null, contribution: 1.35 }],
    ),
    role('devops-engineer', 'DevOps engineer', 0.08, 0.1, 0.2, 0.1),
  ],
  roleGaps: [
    ...serverReport.roleGaps,
    {
      roleCode: 'infrastructure-engineer',
      roleName: 'Infrastructure engineer',
      fit: 0.25,
      gaps: [
        {
          skillCode: 'network-fundamentals',
          skillName: 'Network fundamentals',
          current: 0,
          target: 3,
          gap: 3,
        },
      ],
    },
  ],
}

/** A title and one word: too short to judge. */
export const tooShortReport: PostingReport = {
  ...serverReport,
  roleCode: null,
  roleName: null,
  confidence: 0,
  tooShort: true,
  roles: [],
  roleGaps: [],
  skills: serverReport.skills.slice(0, 1),
}

export const summary = (
  id: string,
  title: string,
  roleCode: string | null,
  roleName: string | null,
  fit: number | null,
): PostingSummary => ({
  id,
  title,
  createdAt: '2026-11-20T10:00:00Z',
  language: 'ja',
  roleCode,
  roleName,
  fit,
  skills: 2,
})

export const savedServer: SavedPosting = {
  id: 'p-server',
  title: 'Server engineer, Tokyo',
  createdAt: '2026-11-20T10:00:00Z',
  text: serverText,
  report: serverReport,
}

/** The server answers in the order of the ids asked for: here ids=p-cloud&ids=p-server. */
export const comparison: PostingComparison = {
  postings: [
    summary('p-cloud', 'Cloud engineer, AWS', 'cloud-engineer', 'Cloud engineer', 0.1),
    summary('p-server', 'Server engineer, Tokyo', 'server-engineer', 'Server engineer', 0.42),
  ],
  skills: [
    {
      skillCode: 'linux-administration',
      skillName: 'Linux server administration',
      current: 1,
      targets: { 'p-server': 3 },
    },
    {
      skillCode: 'aws',
      skillName: 'Amazon Web Services (AWS)',
      current: 2,
      targets: { 'p-cloud': 2 },
    },
    {
      skillCode: 'troubleshooting',
      skillName: 'Troubleshooting',
      current: 0,
      targets: { 'p-server': 3, 'p-cloud': 1 },
    },
  ],
}
