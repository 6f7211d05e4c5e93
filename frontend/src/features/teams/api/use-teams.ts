import { keepPreviousData, useMutation, useQueryClient } from '@tanstack/react-query'
import { useLocalizedQuery } from '@/lib/localized-query'
import {
  acceptInvitation,
  createTeam,
  declineInvitation,
  deleteTeam,
  fetchAggregate,
  fetchCoverage,
  fetchHeatmap,
  fetchHiringBrief,
  fetchMe,
  fetchMyInvitations,
  fetchPlanProgress,
  fetchProgress,
  fetchRoles,
  fetchSkills,
  fetchStale,
  fetchTargets,
  fetchTeam,
  fetchTeams,
  fetchTrainingPlan,
  invite,
  removeMember,
  renameTeam,
  requestReassessment,
  saveTargets,
  setMemberRole,
  setTargetRole,
  suggestToMembers,
  withdrawInvitation,
} from './teams-api'
import type {
  HeatmapQuery,
  InviteInput,
  ReassessmentInput,
  TargetsInput,
  TeamRole,
  TeamSuggestInput,
} from './types'

/** Everything of a team is under ['teams', teamId]: one invalidation refreshes every view of it. */
export const teamKeys = {
  all: ['teams'] as const,
  list: ['teams', 'list'] as const,
  me: ['teams', 'me'] as const,
  invitations: ['teams', 'invitations'] as const,
  roles: ['teams', 'catalog', 'roles'] as const,
  skills: ['teams', 'catalog', 'skills'] as const,
  team: (teamId: string) => ['teams', teamId] as const,
  detail: (teamId: string) => ['teams', teamId, 'detail'] as const,
  targets: (teamId: string) => ['teams', teamId, 'targets'] as const,
  heatmap: (teamId: string, query: HeatmapQuery) => ['teams', teamId, 'heatmap', query] as const,
  aggregate: (teamId: string) => ['teams', teamId, 'aggregate'] as const,
  coverage: (teamId: string) => ['teams', teamId, 'coverage'] as const,
  stale: (teamId: string, months: number) => ['teams', teamId, 'stale', months] as const,
  trainingPlan: (teamId: string) => ['teams', teamId, 'training-plan'] as const,
  planProgress: (teamId: string) => ['teams', teamId, 'plan-progress'] as const,
  hiringBrief: (teamId: string) => ['teams', teamId, 'hiring-brief'] as const,
  progress: (teamId: string, weeks: number) => ['teams', teamId, 'progress', weeks] as const,
}

const HOUR = 60 * 60 * 1000

// --- the signed-in account and the catalog ---

export function useMe() {
  return useLocalizedQuery({ queryKey: teamKeys.me, queryFn: fetchMe, staleTime: HOUR })
}

export function useRoles() {
  return useLocalizedQuery({ queryKey: teamKeys.roles, queryFn: fetchRoles, staleTime: HOUR })
}

export function useSkills() {
  return useLocalizedQuery({ queryKey: teamKeys.skills, queryFn: fetchSkills, staleTime: HOUR })
}

/** roleCode → role name (in the UI language); the code itself while the roles load. */
export function useRoleName(): (code: string | null | undefined) => string {
  const roles = useRoles()
  const names = new Map((roles.data ?? []).map((role) => [role.code, role.name]))
  return (code) => (code ? (names.get(code) ?? code) : '')
}

/** skillCode → skill name; the code itself while the skills load. */
export function useSkillName(): (code: string) => string {
  const skills = useSkills()
  const names = new Map((skills.data ?? []).map((skill) => [skill.code, skill.name]))
  return (code) => names.get(code) ?? code
}

// --- teams and membership ---

export function useTeams() {
  return useLocalizedQuery({ queryKey: teamKeys.list, queryFn: fetchTeams })
}

export function useMyTeamInvitations() {
  return useLocalizedQuery({ queryKey: teamKeys.invitations, queryFn: fetchMyInvitations })
}

export function useTeam(teamId: string) {
  return useLocalizedQuery({
    queryKey: teamKeys.detail(teamId),
    queryFn: () => fetchTeam(teamId),
    retry: false,
  })
}

function useInvalidateTeams() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: teamKeys.all })
}

export function useCreateTeam() {
  const invalidate = useInvalidateTeams()
  return useMutation({ mutationFn: (name: string) => createTeam(name), onSettled: invalidate })
}

export function useRenameTeam(teamId: string) {
  const invalidate = useInvalidateTeams()
  return useMutation({
    mutationFn: (name: string) => renameTeam(teamId, name),
    onSettled: invalidate,
  })
}

export function useDeleteTeam(teamId: string) {
  const invalidate = useInvalidateTeams()
  return useMutation({ mutationFn: () => deleteTeam(teamId), onSettled: invalidate })
}

export function useAnswerTeamInvitation() {
  const invalidate = useInvalidateTeams()
  return useMutation({
    mutationFn: ({ id, accept }: { id: string; accept: boolean }) =>
      accept ? acceptInvitation(id) : declineInvitation(id).then(() => undefined),
    onSettled: invalidate,
  })
}

export function useInvite(teamId: string) {
  const invalidate = useInvalidateTeams()
  return useMutation({
    mutationFn: (input: InviteInput) => invite(teamId, input),
    onSettled: invalidate,
  })
}

export function useWithdrawInvitation(teamId: string) {
  const invalidate = useInvalidateTeams()
  return useMutation({
    mutationFn: (invitationId: string) => withdrawInvitation(teamId, invitationId),
    onSettled: invalidate,
  })
}

export function useRemoveMember(teamId: string) {
  const invalidate = useInvalidateTeams()
  return useMutation({
    mutationFn: (memberId: string) => removeMember(teamId, memberId),
    onSettled: invalidate,
  })
}

export function useSetMemberRole(teamId: string) {
  const invalidate = useInvalidateTeams()
  return useMutation({
    mutationFn: ({ memberId, role }: { memberId: string; role: TeamRole }) =>
      setMemberRole(teamId, memberId, role),
    onSettled: invalidate,
  })
}

export function useSetTargetRole(teamId: string) {
  const invalidate = useInvalidateTeams()
  return useMutation({
    mutationFn: ({ memberId, roleCode }: { memberId: string; roleCode: string | null }) =>
      setTargetRole(teamId, memberId, roleCode),
    onSettled: invalidate,
  })
}

// --- targets ---

export function useTargets(teamId: string) {
  return useLocalizedQuery({
    queryKey: teamKeys.targets(teamId),
    queryFn: () => fetchTargets(teamId),
  })
}

export function useSaveTargets(teamId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: TargetsInput) => saveTargets(teamId, input),
    // only a saved change changes the views (a rejected one keeps the form's field errors)
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.team(teamId) }),
  })
}

// --- views ---

export function useHeatmap(teamId: string, query: HeatmapQuery, enabled = true) {
  return useLocalizedQuery({
    queryKey: teamKeys.heatmap(teamId, query),
    queryFn: () => fetchHeatmap(teamId, query),
    placeholderData: keepPreviousData,
    enabled,
  })
}

export function useAggregate(teamId: string) {
  return useLocalizedQuery({
    queryKey: teamKeys.aggregate(teamId),
    queryFn: () => fetchAggregate(teamId),
  })
}

export function useCoverage(teamId: string) {
  return useLocalizedQuery({
    queryKey: teamKeys.coverage(teamId),
    queryFn: () => fetchCoverage(teamId),
  })
}

export function useStale(teamId: string, months: number, enabled = true) {
  return useLocalizedQuery({
    queryKey: teamKeys.stale(teamId, months),
    queryFn: () => fetchStale(teamId, months),
    enabled,
  })
}

export function useRequestReassessment(teamId: string) {
  return useMutation({
    mutationFn: (input: ReassessmentInput) => requestReassessment(teamId, input),
  })
}

// --- planning ---

export function useTrainingPlan(teamId: string, enabled = true) {
  return useLocalizedQuery({
    queryKey: teamKeys.trainingPlan(teamId),
    queryFn: () => fetchTrainingPlan(teamId),
    enabled,
  })
}

export function useSuggestToMembers(teamId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: TeamSuggestInput) => suggestToMembers(teamId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: teamKeys.planProgress(teamId) }),
  })
}

export function usePlanProgress(teamId: string, enabled = true) {
  return useLocalizedQuery({
    queryKey: teamKeys.planProgress(teamId),
    queryFn: () => fetchPlanProgress(teamId),
    enabled,
  })
}

export function useHiringBrief(teamId: string, enabled = true) {
  return useLocalizedQuery({
    queryKey: teamKeys.hiringBrief(teamId),
    queryFn: () => fetchHiringBrief(teamId),
    enabled,
  })
}

export function useProgress(teamId: string, weeks: number, enabled = true) {
  return useLocalizedQuery({
    queryKey: teamKeys.progress(teamId, weeks),
    queryFn: () => fetchProgress(teamId, weeks),
    enabled,
  })
}
