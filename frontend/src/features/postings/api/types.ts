import type { Schemas } from '@/lib/api/types'

/** Where in the posting a skill was found. */
export type PostingSection =
  'intro' | 'duties' | 'required' | 'preferred' | 'technologies' | 'other' | (string & {})

/** POST /api/postings/analyze, POST /api/me/postings */
export type PostingInput = Schemas['PostingRequest']

/** One role and how strongly the posting points to it, by the three signals. All 0..1. */
export type RoleScore = Schemas['RoleScoreResponse']

/** A word of the posting that points to a skill; start/end are offsets into the text. */
export type Evidence = Schemas['EvidenceResponse']

/** A skill the posting asks for (target 0..5, weight 1-3), with my level and gap. */
export type PostingSkill = Schemas['PostingSkillResponse']

/** A piece of the posting text; skillCode is set for a matched term. */
export type Segment = Schemas['SegmentResponse']

/** A learning item for the posting's gaps; the reason is localized by Accept-Language. */
export type Recommendation = Schemas['PostingRecommendationResponse']

/** The analysis of one posting; role and fit are null when nothing in it points to a role or skill we know. */
export type PostingReport = Schemas['ReportResponse']

/** POST /api/me/postings (201), GET /api/me/postings/{id} */
export type SavedPosting = Schemas['SavedResponse']

/** GET /api/me/postings (newest first); skills: how many skills the posting asks for */
export type PostingSummary = Schemas['SummaryResponse']

/** targets: posting id -> the level that posting asks for (absent: not asked) */
export type CompareRow = Schemas['CompareRow']

/** GET /api/me/postings/compare?ids=a&ids=b (postings in the order of the ids asked for) */
export type PostingComparison = Schemas['CompareResponse']

/** GET /api/me/postings/{id}/history (oldest first): my fit after each change of a level */
export type PostingHistoryPoint = Schemas['HistoryPoint']

export const POSTING_MAX_LENGTH = 20_000
export const POSTING_TITLE_MAX_LENGTH = 200
export const COMPARE_MIN = 2
export const COMPARE_MAX = 10
