/** Where in the posting a skill was found. */
export type PostingSection =
  'intro' | 'duties' | 'required' | 'preferred' | 'technologies' | 'other' | (string & {})

/** POST /api/postings/analyze, POST /api/me/postings */
export interface PostingInput {
  title?: string
  text: string
}

/** One role and how strongly the posting points to it, by the three signals. All 0..1. */
export interface RoleScore {
  roleCode: string
  roleName: string
  score: number
  duties: number
  technologies: number
  skillSet: number
  /** the role's typical duties that the posting mentions */
  dutyPhrases: string[]
}

/** A word of the posting that points to a skill; start/end are offsets into the text. */
export interface Evidence {
  term: string
  start: number
  end: number
  section: PostingSection
}

/** A skill the posting asks for, with my level and gap. */
export interface PostingSkill {
  skillCode: string
  skillName: string
  section: PostingSection
  /** the level the posting asks for (0..5) */
  target: number
  /** 1 useful, 2 important, 3 core */
  weight: number
  inferredLevel: number | null
  /** the words the level was inferred from (e.g. "3年以上", "construction") */
  levelEvidence: string | null
  current: number
  gap: number
  evidence: Evidence[]
}

/** A piece of the posting text; skillCode is set for a matched term. */
export interface Segment {
  text: string
  skillCode: string | null
}

export interface Recommendation {
  code: string
  title: string
  kind: string
  provider: string
  url: string | null
  hours: number
  cost: string
  /** localized by Accept-Language */
  reason: string
}

/** The analysis of one posting. */
export interface PostingReport {
  language: string
  /** null when nothing in the posting points to a role */
  roleCode: string | null
  roleName: string | null
  /** best first */
  roles: RoleScore[]
  skills: PostingSkill[]
  /** my fit to the posting, 0..1; null when the posting asks for no skill we know */
  fit: number | null
  segments: Segment[]
  recommendations: Recommendation[]
}

/** POST /api/me/postings (201), GET /api/me/postings/{id} */
export interface SavedPosting {
  id: string
  title: string
  createdAt: string
  text: string
  report: PostingReport
}

/** GET /api/me/postings (newest first) */
export interface PostingSummary {
  id: string
  title: string
  createdAt: string
  language: string
  roleCode: string | null
  roleName: string | null
  /** my fit, 0..1; null when the posting asks for no skill we know */
  fit: number | null
  /** how many skills the posting asks for */
  skills: number
}

export interface CompareRow {
  skillCode: string
  skillName: string
  current: number
  /** posting id -> the level that posting asks for (absent: not asked) */
  targets: Record<string, number>
}

/** GET /api/me/postings/compare?ids=a&ids=b */
export interface PostingComparison {
  /** in the order of the ids asked for */
  postings: PostingSummary[]
  skills: CompareRow[]
}

/** GET /api/me/postings/{id}/history (oldest first): my fit after each change of a level */
export interface PostingHistoryPoint {
  at: string
  skillCode: string
  /** localized by Accept-Language */
  skillName: string
  level: number
  fit: number
}

export const POSTING_MAX_LENGTH = 20_000
export const POSTING_TITLE_MAX_LENGTH = 200
export const COMPARE_MIN = 2
export const COMPARE_MAX = 10
