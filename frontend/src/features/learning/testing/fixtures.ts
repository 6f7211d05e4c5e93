import type {
  Goal,
  LearningItem,
  PlanItem,
  RecommendationsResponse,
  Suggestion,
} from '../api/types'

export const roles = [
  { code: 'server-engineer', name: 'Server engineer', summary: '', requirements: [] },
  { code: 'cloud-engineer', name: 'Cloud engineer', summary: '', requirements: [] },
]

export function item(code: string, overrides: Partial<LearningItem> = {}): LearningItem {
  return {
    code,
    kind: 'course',
    title: `Title ${code}`,
    provider: 'Provider',
    url: `https://example.com/${code}`,
    languages: ['en', 'ja'],
    hours: 20,
    cost: 'free',
    raises: [],
    retired: false,
    ...overrides,
  }
}

export const recommendations: RecommendationsResponse = {
  role: {
    roleCode: 'server-engineer',
    roleName: 'Server engineer',
    fit: 0.21,
    largestGaps: [
      {
        skillCode: 'web-servers',
        skillName: 'Web servers',
        from: 0,
        to: 4,
        weight: 3,
        anyOf: null,
      },
    ],
  },
  bestFit: true,
  preference: 'balanced',
  items: [
    {
      item: item('linux-upskill', { title: 'Linux Upskill Challenge', kind: 'lab' }),
      closes: [
        {
          skillCode: 'server-hardening',
          skillName: 'Server hardening',
          from: 0,
          to: 1,
          weight: 3,
          anyOf: null,
        },
      ],
      weightedGapClosed: 3,
      score: 0.1,
      reason: 'Closes your Server hardening gap 0 → 1 (weight 3) in about 30 h',
      reasons: [
        { code: 'fundamentals', text: 'Fundamentals: it starts a core skill of this role' },
        { code: 'per-hour', text: 'Closes 0.1 weighted levels per hour' },
      ],
    },
    {
      item: item('lpic-book', { title: 'LPIC Book', kind: 'book', url: null, cost: 'paid' }),
      closes: [],
      weightedGapClosed: 2,
      score: 0.05,
      reason: 'Closes your Shell scripting gap 0 → 2 (weight 2) in about 40 h',
      reasons: [{ code: 'per-hour', text: 'Closes 0.05 weighted levels per hour' }],
    },
  ],
  total: 2,
  path: {
    steps: [],
    totalHours: 70,
    unclosed: [{ skillCode: 'dns', skillName: 'DNS', from: 0, to: 3, weight: 2, anyOf: null }],
  },
}

export function planItem(
  code: string,
  position: number,
  overrides: Partial<PlanItem> = {},
): PlanItem {
  return {
    item: item(code, { title: `Item ${code.toUpperCase()}` }),
    position,
    status: 'planned',
    targetDate: null,
    hoursLogged: 0,
    addedAt: '2026-11-01T10:00:00Z',
    startedAt: null,
    completedAt: null,
    levelsToApply: 0,
    ...overrides,
  }
}

export function goal(overrides: Partial<Goal> = {}): Goal {
  return {
    roleCode: 'cloud-engineer',
    roleName: 'Cloud engineer',
    targetDate: '2027-06-30',
    fit: 0.4,
    hoursLogged: 30,
    hoursPerWeek: 10,
    remainingHours: 200,
    requiredHoursPerWeek: 6.5,
    projectedDate: '2027-04-15',
    expectedHours: 0,
    paceStatus: 'on-track',
    onTrack: true,
    pathHours: 230,
    unclosedGaps: 0,
    roleRetired: false,
    ...overrides,
  }
}

export function suggestion(id: string, overrides: Partial<Suggestion> = {}): Suggestion {
  return {
    id,
    item: item(`item-${id}`, { title: `Suggested ${id}` }),
    note: 'Good for your DNS gap',
    status: 'open',
    createdAt: '2026-11-12T09:00:00Z',
    decidedAt: null,
    suggestedBy: { id: 'mentor-1', displayName: 'Sato' },
    source: { kind: 'mentor', teamId: null, teamName: null },
    ...overrides,
  }
}
