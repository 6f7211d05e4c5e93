import type { Schemas } from '@/lib/api/types'

export type {
  Goal,
  LearningItem,
  PlanItem,
  PlanResponse,
  PlanStatus,
  RecommendationsResponse,
} from '@/lib/api/types'

/** Kinds of learning items in the catalog. */
export const ITEM_KINDS = [
  'certification',
  'exam',
  'course',
  'book',
  'lab',
  'documentation',
] as const
export type ItemKind = (typeof ITEM_KINDS)[number] | (string & {})

export type ItemCost = 'free' | 'paid' | (string & {})

/** A skill level an item leads to. */
export type Raise = Schemas['RaiseResponse']

/** A gap (or part of one) to a role's target level, with the requirement's weight (1-3). */
export type Closure = Schemas['ClosureResponse']

export type FitSummary = Schemas['FitSummary']

/** An item, the gaps it closes and why (the reason is localized). */
export type Recommendation = Schemas['RecommendationResponse']

export type LearningPath = Schemas['PathResponse']

export const PLAN_STATUSES = ['in-progress', 'planned', 'done', 'dropped'] as const

export type WeekHours = Schemas['WeekHoursResponse']

export type ProposedLevel = Schemas['ProposedLevelResponse']

/** proposedLevels: only when the item was moved to done, the skills it may raise */
export type ChangeResponse = Schemas['ChangeResponse']

export type AppliedLevel = Schemas['AppliedLevelResponse']

export type PlanItemUpdate = Schemas['UpdateRequest']

export type AddToPlanInput = Schemas['AddRequest']

/** loggedOn: yyyy-MM-dd; default today */
export type LogHoursInput = Schemas['HoursRequest']

export type GoalInput = Schemas['GoalRequest']

/** The part of GET /api/roles this feature needs. */
export type RoleOption = Pick<Schemas['RoleResponse'], 'code' | 'name'>

/** What to rank first: see GET /api/me/recommendations. */
export type Preference = Schemas['RecommendationsResponse']['preference']

export const PREFERENCES: Preference[] = ['balanced', 'fastest', 'credential', 'free', 'japanese']

/** Why an item stands where it does. */
export type RecommendationReasonItem = Schemas['ReasonResponse']
/** A mentor's suggestion in my plan (GET /api/me/plan `suggestions`: the open ones). */
export type Suggestion = Schemas['SuggestionResponse']
