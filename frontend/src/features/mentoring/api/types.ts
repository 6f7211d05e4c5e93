import type { Schemas } from '@/lib/api/types'

/** GET /api/mentorships: pending and active (and past) relationships, both directions. */
export type Mentorship = Schemas['MentorshipResponse']
export type MentorshipStatus = 'pending' | 'active' | 'declined' | 'ended' | (string & {})
/** which side I am on */
export type MentorshipRole = 'mentee' | 'mentor' | (string & {})

export type Person = Schemas['PersonResponse']

/** GET /api/mentees: one active mentee at a glance (the mentor dashboard). */
export type MenteeSummary = Schemas['MenteeResponse']

export type ReviewRequest = Schemas['ReviewRequestResponse']
export type ReviewRequestInput = Schemas['ReviewRequestRequest']
export type ReviewRequestStatus = 'open' | 'done' | 'withdrawn' | (string & {})

/** A review (Markdown) with its replies; `mine`: I wrote it (and may edit it). */
export type Review = Schemas['ReviewResponse']
export type ReviewEdit = Schemas['ReviewEditResponse']

export type SentSuggestion = Schemas['SentSuggestionResponse']
export type SuggestInput = Schemas['SuggestRequest']

export type ValidationInput = Schemas['ValidationRequest']
export type RecordedValidation = Schemas['RecordedValidationResponse']

/** Per skill: self-assessments against validations (difference = self − validated). */
export type SkillCalibration = Schemas['CalibrationResponse']
export type CalibrationPoint = Schemas['CalibrationPointResponse']
export type MyCalibration = Schemas['MyCalibrationResponse']

export type AuditEntry = Schemas['AuditEntryResponse']
export type AuditPage = Schemas['AuditPageResponse']

/** The parts of the catalog and of a mentee's data this feature reads itself. */
export type CatalogItem = Schemas['ItemResponse']
export type SkillOption = Pick<Schemas['SkillResponse'], 'code' | 'name'>

export const REVIEW_MAX_LENGTH = 20000
export const NOTE_MAX_LENGTH = 2000
export const AUDIT_PAGE_SIZE = 20
