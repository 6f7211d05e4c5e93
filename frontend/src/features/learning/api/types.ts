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
export interface Raise {
  skillCode: string
  skillName: string
  from: number
  to: number
}

export interface LearningItem {
  code: string
  kind: ItemKind
  title: string
  provider: string
  url: string | null
  languages: string[]
  hours: number
  cost: ItemCost
  raises: Raise[]
}

/** A gap (or part of one) to a role's target level, with the requirement's weight (1-3). */
export interface Closure {
  skillCode: string
  skillName: string
  from: number
  to: number
  weight: number
}

export interface FitSummary {
  roleCode: string
  roleName: string
  /** 0..1 */
  fit: number
  largestGaps: Closure[]
}

export interface Recommendation {
  item: LearningItem
  closes: Closure[]
  weightedGapClosed: number
  score: number
  /** localized sentence explaining the recommendation */
  reason: string
}

export interface LearningPath {
  steps: Recommendation[]
  totalHours: number
  unclosed: Closure[]
}

export interface RecommendationsResponse {
  role: FitSummary
  /** true when no role was asked: the recommendations target my best fit */
  bestFit: boolean
  items: Recommendation[]
  total: number
  path: LearningPath
}

export const PLAN_STATUSES = ['in-progress', 'planned', 'done', 'dropped'] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]

export interface PlanItem {
  item: LearningItem
  position: number
  status: PlanStatus
  /** yyyy-MM-dd */
  targetDate: string | null
  hoursLogged: number
  addedAt: string
  startedAt: string | null
  completedAt: string | null
}

export interface WeekHours {
  /** Monday of the week, yyyy-MM-dd */
  week: string
  hours: number
}

export interface PlanResponse {
  items: PlanItem[]
  hoursPerWeek: WeekHours[]
}

export interface ProposedLevel {
  skillCode: string
  skillName: string
  current: number
  proposed: number
}

export interface ChangeResponse {
  item: PlanItem
  /** only when the item was moved to done: the skills it may raise */
  proposedLevels: ProposedLevel[]
}

export interface AppliedLevel {
  skillCode: string
  skillName: string
  level: number
  source: string
  learningItemCode: string
  assessedAt: string
}

export interface PlanItemUpdate {
  status?: PlanStatus
  targetDate?: string
  clearTargetDate?: boolean
}

export interface AddToPlanInput {
  itemCode: string
  targetDate?: string
}

export interface LogHoursInput {
  hours: number
  /** yyyy-MM-dd; default today */
  loggedOn?: string
}

export interface Goal {
  roleCode: string
  roleName: string
  targetDate: string
  fit: number
  hoursLogged: number
  /** my average pace */
  hoursPerWeek: number
  remainingHours: number
  /** null once the target date has passed */
  requiredHoursPerWeek: number | null
  /** null until hours are logged */
  projectedDate: string | null
  onTrack: boolean
  pathHours: number
  unclosedGaps: number
}

export interface GoalInput {
  roleCode: string
  targetDate: string
}

/** The part of GET /api/roles this feature needs. */
export interface RoleOption {
  code: string
  name: string
}
