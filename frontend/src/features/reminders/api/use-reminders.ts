import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useLocalizedQuery } from '@/lib/localized-query'
import {
  confirmUnchanged,
  deleteCertification,
  describeUnsubscribe,
  fetchCatalog,
  fetchCertifications,
  fetchDue,
  fetchFeed,
  fetchPreferences,
  recordCertification,
  renewFeed,
  revokeFeed,
  savePreference,
  unsubscribe,
  type CertificationInput,
  type Delivery,
} from './reminders-api'

/** Everything this feature keeps is under ['reminders']. */
export const reminderKeys = {
  all: ['reminders'] as const,
  due: ['reminders', 'due'] as const,
  certifications: ['reminders', 'certifications'] as const,
  catalog: ['reminders', 'catalog'] as const,
  preferences: ['reminders', 'preferences'] as const,
  feed: ['reminders', 'feed'] as const,
  unsubscribe: (token: string) => ['reminders', 'unsubscribe', token] as const,
}

export const useDue = () => useLocalizedQuery({ queryKey: reminderKeys.due, queryFn: fetchDue })

export function useConfirmUnchanged() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: confirmUnchanged,
    onSettled: () => queryClient.invalidateQueries({ queryKey: reminderKeys.due }),
  })
}

export const useCertifications = () =>
  useLocalizedQuery({ queryKey: reminderKeys.certifications, queryFn: fetchCertifications })

export const useCatalog = () =>
  useLocalizedQuery({ queryKey: reminderKeys.catalog, queryFn: fetchCatalog, staleTime: 3_600_000 })

export function useRecordCertification() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CertificationInput) => recordCertification(body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reminderKeys.certifications }),
  })
}

export function useDeleteCertification() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteCertification,
    onSettled: () => queryClient.invalidateQueries({ queryKey: reminderKeys.certifications }),
  })
}

export const usePreferences = () =>
  useLocalizedQuery({ queryKey: reminderKeys.preferences, queryFn: fetchPreferences })

export function useSavePreference() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ kind, delivery }: { kind: string; delivery: Delivery }) =>
      savePreference(kind, delivery),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reminderKeys.preferences }),
  })
}

export const useFeed = () => useLocalizedQuery({ queryKey: reminderKeys.feed, queryFn: fetchFeed })

export function useRenewFeed() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: renewFeed,
    onSettled: () => queryClient.invalidateQueries({ queryKey: reminderKeys.feed }),
  })
}

export function useRevokeFeed() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: revokeFeed,
    onSettled: () => queryClient.invalidateQueries({ queryKey: reminderKeys.feed }),
  })
}

export const useUnsubscribeTarget = (token: string) =>
  useLocalizedQuery({
    queryKey: reminderKeys.unsubscribe(token),
    queryFn: () => describeUnsubscribe(token),
    retry: false,
  })

export const useUnsubscribe = () => useMutation({ mutationFn: unsubscribe })
