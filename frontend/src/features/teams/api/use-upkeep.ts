import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useLocalizedQuery } from '@/lib/localized-query'
import {
  clearCycle,
  deleteWebhook,
  fetchTeamDue,
  fetchWebhook,
  saveCycle,
  saveWebhook,
  type CycleInput,
} from './upkeep-api'
import { teamKeys } from './use-teams'

export const upkeepKeys = {
  due: (teamId: string) => [...teamKeys.team(teamId), 'reassessments'] as const,
  webhook: (teamId: string) => [...teamKeys.team(teamId), 'webhook'] as const,
}

export const useTeamDue = (teamId: string) =>
  useLocalizedQuery({ queryKey: upkeepKeys.due(teamId), queryFn: () => fetchTeamDue(teamId) })

export function useSaveCycle(teamId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CycleInput | null) => (body ? saveCycle(teamId, body) : clearCycle(teamId)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: upkeepKeys.due(teamId) }),
  })
}

export const useWebhook = (teamId: string) =>
  useLocalizedQuery({ queryKey: upkeepKeys.webhook(teamId), queryFn: () => fetchWebhook(teamId) })

export function useSaveWebhook(teamId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: { url: string; kind: string } | null) =>
      input ? saveWebhook(teamId, input.url, input.kind) : deleteWebhook(teamId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: upkeepKeys.webhook(teamId) }),
  })
}
