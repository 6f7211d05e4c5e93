import { client } from '@/lib/api/client'
import { api } from '@/lib/api-client'
import type {
  Aggregate,
  CoverageResponseRow,
  CreatedInvitation,
  Heatmap,
  HeatmapQuery,
  HiringBrief,
  InviteInput,
  Me,
  MyTeamInvitation,
  PlanProgress,
  ProgressWeek,
  ReassessmentInput,
  ReassessmentRequest,
  StaleAssessments,
  TargetsInput,
  TeamDetail,
  TeamMemberRow,
  TeamRole,
  TeamSuggestInput,
  TeamSuggestResult,
  TeamSummary,
  TeamTargets,
  TrainingPlan,
} from './types'

// The teams routes are not in openapi.json yet: they go through the untyped `api` (same CSRF,
// problem details and 401 handling) with the types of ./types.

const team = (teamId: string) => `/api/teams/${encodeURIComponent(teamId)}`
const member = (teamId: string, memberId: string) =>
  `${team(teamId)}/members/${encodeURIComponent(memberId)}`

/** Where the CSV exports are (plain links: the browser downloads them with the session cookie). */
export const csvUrls = (teamId: string) => ({
  heatmap: `${team(teamId)}/heatmap.csv`,
  coverage: `${team(teamId)}/coverage.csv`,
  trainingPlan: `${team(teamId)}/training-plan.csv`,
})

export function heatmapSearch(query: HeatmapQuery): string {
  const params = new URLSearchParams({
    page: String(query.page),
    size: String(query.size),
    sort: query.sort,
    direction: query.direction,
  })
  if (query.category) params.set('category', query.category)
  if (query.role) params.set('role', query.role)
  if (query.gap) params.set('gap', 'true')
  if (query.q?.trim()) params.set('q', query.q.trim())
  return params.toString()
}

// --- teams and membership ---

export const fetchMe = () => api.get<Me>('/api/auth/me')
export const fetchTeams = () => api.get<TeamSummary[]>('/api/teams')
export const createTeam = (name: string) => api.post<TeamSummary>('/api/teams', { name })
export const fetchTeam = (teamId: string) => api.get<TeamDetail>(team(teamId))
export const renameTeam = (teamId: string, name: string) =>
  api.patch<TeamDetail>(team(teamId), { name })
export const deleteTeam = (teamId: string) => api.delete<void>(team(teamId))
export const invite = (teamId: string, input: InviteInput) =>
  api.post<CreatedInvitation>(`${team(teamId)}/invitations`, input)
export const withdrawInvitation = (teamId: string, invitationId: string) =>
  api.delete<void>(`${team(teamId)}/invitations/${encodeURIComponent(invitationId)}`)
export const fetchMyInvitations = () => api.get<MyTeamInvitation[]>('/api/me/team-invitations')
export const acceptInvitation = (id: string) =>
  api.post<TeamSummary>(`/api/me/team-invitations/${encodeURIComponent(id)}/accept`)
export const declineInvitation = (id: string) =>
  api.post<void>(`/api/me/team-invitations/${encodeURIComponent(id)}/decline`)
export const removeMember = (teamId: string, memberId: string) =>
  api.delete<void>(member(teamId, memberId))
export const setMemberRole = (teamId: string, memberId: string, role: TeamRole) =>
  api.put<TeamMemberRow>(`${member(teamId, memberId)}/role`, { role })
export const setTargetRole = (teamId: string, memberId: string, roleCode: string | null) =>
  api.put<TeamMemberRow>(`${member(teamId, memberId)}/target-role`, { roleCode })

// --- targets ---

export const fetchTargets = (teamId: string) => api.get<TeamTargets>(`${team(teamId)}/targets`)
export const saveTargets = (teamId: string, input: TargetsInput) =>
  api.put<TeamTargets>(`${team(teamId)}/targets`, input)

// --- views ---

export const fetchHeatmap = (teamId: string, query: HeatmapQuery) =>
  api.get<Heatmap>(`${team(teamId)}/heatmap?${heatmapSearch(query)}`)
export const fetchAggregate = (teamId: string) => api.get<Aggregate>(`${team(teamId)}/aggregate`)
export const fetchCoverage = (teamId: string) =>
  api.get<CoverageResponseRow[]>(`${team(teamId)}/coverage`)
export const fetchStale = (teamId: string, months: number) =>
  api.get<StaleAssessments>(`${team(teamId)}/stale?months=${months}`)
export const requestReassessment = (teamId: string, input: ReassessmentInput) =>
  api.post<ReassessmentRequest>(`${team(teamId)}/reassessment-requests`, input)

// --- planning ---

export const fetchTrainingPlan = (teamId: string) =>
  api.get<TrainingPlan>(`${team(teamId)}/training-plan`)
export const suggestToMembers = (teamId: string, input: TeamSuggestInput) =>
  api.post<TeamSuggestResult>(`${team(teamId)}/suggestions`, input)
export const fetchPlanProgress = (teamId: string) =>
  api.get<PlanProgress>(`${team(teamId)}/plan-progress`)
export const fetchHiringBrief = (teamId: string) =>
  api.get<HiringBrief>(`${team(teamId)}/hiring-brief`)
export const fetchProgress = (teamId: string, weeks: number) =>
  api.get<ProgressWeek[]>(`${team(teamId)}/progress?weeks=${weeks}`)

// --- the catalog this feature reads itself (typed: these are in openapi.json) ---

export const fetchRoles = () => client.get('/api/roles')
export const fetchSkills = () => client.get('/api/skills')
