/**
 * The teams API (issue 11), typed here by hand from the design's shapes until openapi.json
 * describes it (then these can become `Schemas[...]` aliases like the other features).
 */

export type TeamRole = 'lead' | 'member'
/** where a member's target role comes from: set by them, proposed by a lead, or their own goal */
export type TargetSource = 'own' | 'lead' | 'goal' | (string & {})
/** where a coverage target comes from */
export type CoverageSource = 'team' | 'role-mix' | 'default' | (string & {})

export interface PersonRef {
  id: string
  displayName: string
}

export interface TeamRef {
  id: string
  name: string
}

/** GET /api/teams, POST /api/me/team-invitations/{id}/accept */
export interface TeamSummary {
  id: string
  name: string
  myRole: TeamRole
  memberCount: number
  leadCount: number
  createdAt?: string
}

export interface TeamMemberRow {
  id: string
  displayName: string
  role: TeamRole
  targetRole: string | null
  targetSource: TargetSource | null
  joinedAt: string
}

export interface TeamInvitation {
  id: string
  email: string | null
  role: TeamRole
  invitedAt: string
  invitedBy: PersonRef | null
}

/** GET /api/teams/{teamId}: leads see every member and the pending invitations, members the leads. */
export interface TeamDetail extends TeamSummary {
  members: TeamMemberRow[]
  invitations: TeamInvitation[]
  /** the team's counts (aggregate, coverage, progress) are hidden from me: fewer people than minGroupSize, and I am no lead */
  countsHidden: boolean
  /** the fewest people counts are shown over (to members) */
  minGroupSize: number
}

/** POST /api/teams/{teamId}/invitations */
export interface InviteInput {
  email: string
  role?: TeamRole
}

export interface CreatedInvitation {
  id: string
  email: string | null
  role: TeamRole
  status: 'pending'
  team: TeamRef
}

/** GET /api/me/team-invitations */
export interface MyTeamInvitation {
  id: string
  team: TeamRef
  role: TeamRole
  invitedBy: PersonRef | null
  invitedAt: string
}

export interface RoleHeadcount {
  roleCode: string
  headcount: number
}

export interface CoverageTargetInput {
  skillCode: string
  targetLevel: number
  required: number
}

export interface CoverageTargetRow extends CoverageTargetInput {
  source: CoverageSource
}

/** GET /api/teams/{teamId}/targets: coverage = derived (explicit, role mix, defaults). */
export interface TeamTargets {
  roleMix: RoleHeadcount[]
  coverage: CoverageTargetRow[]
}

export interface TargetsInput {
  roleMix: RoleHeadcount[]
  coverage: CoverageTargetInput[]
}

export type HeatmapSort = 'name' | 'fit' | 'gap' | `skill:${string}`
export type SortDirection = 'asc' | 'desc'

export interface HeatmapQuery {
  page: number
  size: number
  sort: HeatmapSort
  direction: SortDirection
  category?: string
  role?: string
  gap?: boolean
  q?: string
}

export interface HeatmapSkill {
  code: string
  name: string
  category: string
}

export interface HeatmapMember {
  id: string
  displayName: string
  targetRole: string | null
  targetSource: TargetSource | null
  /** the role `fit` is measured against: the target role, or the best-fit role when none */
  fitRole?: string | null
  /** 0..1 to the target role (or the best-fit role when none) */
  fit: number
  /** levels missing to the fit role's targets */
  gap?: number
  /** skill code → effective level */
  levels: Record<string, number>
  unvalidated: string[]
  stale: string[]
}

export interface PageInfo {
  number: number
  size: number
  totalElements: number
  totalPages: number
}

/** GET /api/teams/{teamId}/heatmap (leads) */
export interface Heatmap {
  skills: HeatmapSkill[]
  members: HeatmapMember[]
  page: PageInfo
  sort: HeatmapSort
  direction: SortDirection
}

export interface AggregateSkill {
  code: string
  name: string
  category: string
  /** how many members are at level 1, 2, 3, 4, 5; null while the counts are hidden from me */
  counts: number[] | null
  unassessed: number | null
}

/** GET /api/teams/{teamId}/aggregate (leads and members) */
export interface Aggregate {
  memberCount: number
  countsHidden: boolean
  minGroupSize: number
  skills: AggregateSkill[]
}

/** A coverage row's counts: null, all of them, while they are hidden from me (see TeamDetail.countsHidden). */
interface CoverageCounts<N, B> {
  holders: N
  met: B
  busFactor: N
  singlePointOfFailure: B
  experts: N
  practitioners: N
  novices: N
  /** 0..100, higher = riskier */
  risk: N
}

/** GET /api/teams/{teamId}/coverage: one row a skill */
export interface CoverageResponseRow extends CoverageCounts<number | null, boolean | null> {
  skillCode: string
  name: string
  targetLevel: number
  required: number
  source: CoverageSource
}

/** A coverage row with its counts (what a lead sees, or a member of a large enough team). */
export type CoverageRow = Omit<CoverageResponseRow, keyof CoverageCounts<unknown, unknown>> &
  CoverageCounts<number, boolean>

export interface StaleAssessment {
  memberId: string
  displayName: string
  skillCode: string
  skillName?: string
  level: number
  assessedAt: string
}

/** GET /api/teams/{teamId}/stale (leads) */
export interface StaleAssessments {
  months: number
  assessments: StaleAssessment[]
}

export interface ReassessmentInput {
  memberIds?: string[]
  skillCodes?: string[]
}

export interface ReassessmentRequest {
  id: string
  memberIds: string[]
  skillCodes: string[]
  createdAt: string
}

export interface TrainingMember {
  id: string
  displayName: string
  skills: string[]
}

export interface TrainingItem {
  itemCode: string
  title: string
  kind: string
  hours: number
  weightedGapClosed: number
  perHour: number
  members: TrainingMember[]
  groupSession: boolean
  url: string | null
}

/** GET /api/teams/{teamId}/training-plan (leads), ranked by perHour */
export interface TrainingPlan {
  items: TrainingItem[]
  totalGapClosed: number
}

export interface TeamSuggestInput {
  itemCode: string
  memberIds: string[]
  note?: string
}

export interface TeamSuggestResult {
  itemCode: string
  suggested: string[]
  skipped: { memberId: string; reason: string }[]
}

export interface PlanProgressItem {
  itemCode: string
  title: string
  suggested: number
  accepted: number
  declined: number
  pending: number
  inPlan: number
  done: number
  hoursLogged: number
}

/** GET /api/teams/{teamId}/plan-progress (leads) */
export interface PlanProgress {
  items: PlanProgressItem[]
}

export interface Hire {
  roleCode: string
  roleName?: string
  closes: number
  skills: string[]
}

export interface Move {
  memberId: string
  displayName: string
  fromRole: string | null
  toRole: string
  toRoleName?: string
  /** levels the member would have to learn for the new role */
  levelsToLearn?: number
  closes: number
  skills: string[]
}

/** GET /api/teams/{teamId}/hiring-brief (leads), best first */
export interface HiringBrief {
  hires: Hire[]
  moves: Move[]
}

/** GET /api/teams/{teamId}/progress?weeks=12 (leads and members) */
export interface ProgressWeek {
  weekStart: string
  /** null while the counts are hidden from me */
  coverageMet: number | null
  coverageTotal: number
  /** null while the counts are hidden from me */
  averageFit: number | null
}

/** The signed-in account (GET /api/auth/me), for "me" in a team. */
export interface Me {
  id: string
  displayName: string
}

export const TEAM_NAME_MAX_LENGTH = 100
export const HEATMAP_PAGE_SIZE = 50
export const LEVELS = [1, 2, 3, 4, 5] as const
