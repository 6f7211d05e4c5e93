import { keepPreviousData, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useLocalizedQuery } from '@/lib/localized-query'
import { useAction } from '@/lib/use-action'
import {
  acceptMentorship,
  declineMentorship,
  editMenteeReview,
  editMyReview,
  endMentorship,
  fetchAudit,
  fetchCatalog,
  fetchMentee,
  fetchMenteeRecommendations,
  fetchMenteeReviewEdits,
  fetchMenteeReviewRequests,
  fetchMenteeReviews,
  fetchMentees,
  fetchMentorCalibration,
  fetchMentorships,
  fetchMyCalibration,
  fetchMyReviewEdits,
  fetchMyReviewRequests,
  fetchMyReviews,
  fetchSentSuggestions,
  fetchSkillOptions,
  inviteMentor,
  markReviewRequestDone,
  offerMentoring,
  replyToMenteeReview,
  replyToMyReview,
  requestReview,
  suggestItem,
  validateLevel,
  withdrawReview,
  withdrawReviewRequest,
  withdrawSuggestion,
  writeReview,
} from './mentoring-api'
import type { Mentorship, ReviewRequestInput, SuggestInput, ValidationInput } from './types'

/**
 * Also keyed by language (useLocalizedQuery). My own data is under 'me' or 'mentoring'; a
 * mentee's under ['mentees', id] (the skills, fit and learning features key their mentee
 * queries there too), the mentor dashboard under 'mentor'.
 */
export const mentoringKeys = {
  mentorships: ['mentoring', 'mentorships'] as const,
  myRequests: ['mentoring', 'review-requests'] as const,
  myReviews: ['mentoring', 'reviews'] as const,
  myEdits: (reviewId: string) => ['mentoring', 'reviews', reviewId, 'edits'] as const,
  myCalibration: ['me', 'calibration'] as const,
  audit: (offset: number) => ['me', 'audit', offset] as const,
  skills: ['mentoring', 'skills'] as const,
  catalog: ['mentoring', 'catalog'] as const,
  dashboard: ['mentor', 'mentees'] as const,
  mentorCalibration: ['mentor', 'calibration'] as const,
  mentee: (id: string) => ['mentees', id] as const,
  menteeSummary: (id: string) => ['mentees', id, 'summary'] as const,
  menteeRequests: (id: string) => ['mentees', id, 'review-requests'] as const,
  menteeReviews: (id: string) => ['mentees', id, 'reviews'] as const,
  menteeEdits: (id: string, reviewId: string) =>
    ['mentees', id, 'reviews', reviewId, 'edits'] as const,
  menteeSuggestions: (id: string) => ['mentees', id, 'suggestions'] as const,
  menteeRecommendations: (id: string) => ['mentees', id, 'recommendations'] as const,
}

/** A relationship changed: whose data I may see changed with it. Refetch all but the user. */
function invalidateAll(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'auth' })
}

// --- relationships ---

export function useMentorships() {
  return useLocalizedQuery({ queryKey: mentoringKeys.mentorships, queryFn: fetchMentorships })
}

export function useInviteMentor() {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: (email: string) => inviteMentor(email),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['mentoring'] }),
  })
}

/** A mentor offers to mentor someone by email; they accept or decline. */
export function useOfferMentoring() {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: (email: string) => offerMentoring(email),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['mentoring'] }),
  })
}

/** Whether the other side started it, so that I am the one to accept or decline. */
export function isInvitedSide(m: Mentorship): boolean {
  return m.status === 'pending' && m.myRole !== m.offeredBy
}

export function useAnswerInvitation() {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: ({ id, accept }: { id: string; accept: boolean }) =>
      accept ? acceptMentorship(id) : declineMentorship(id),
    onSettled: () => invalidateAll(queryClient),
  })
}

export function useEndMentorship() {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: (id: string) => endMentorship(id),
    onSettled: () => invalidateAll(queryClient),
  })
}

// --- the learner's side ---

export function useMyReviewRequests() {
  return useLocalizedQuery({ queryKey: mentoringKeys.myRequests, queryFn: fetchMyReviewRequests })
}

export function useRequestReview() {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: (input: ReviewRequestInput) => requestReview(input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: mentoringKeys.myRequests }),
  })
}

export function useWithdrawReviewRequest() {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: (requestId: string) => withdrawReviewRequest(requestId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: mentoringKeys.myRequests }),
  })
}

export function useMyReviews() {
  return useLocalizedQuery({ queryKey: mentoringKeys.myReviews, queryFn: fetchMyReviews })
}

export function useMyCalibration() {
  return useLocalizedQuery({ queryKey: mentoringKeys.myCalibration, queryFn: fetchMyCalibration })
}

export function useAudit(offset: number, limit: number) {
  return useLocalizedQuery({
    queryKey: [...mentoringKeys.audit(offset), limit],
    queryFn: () => fetchAudit(offset, limit),
    placeholderData: keepPreviousData,
  })
}

export function useSkillOptions() {
  return useLocalizedQuery({
    queryKey: mentoringKeys.skills,
    queryFn: fetchSkillOptions,
    staleTime: 60 * 60 * 1000,
    select: (skills) => skills.map(({ code, name }) => ({ code, name })),
  })
}

// --- reviews, from either side: `menteeId` set = I am the mentor ---

export function useReviews(menteeId?: string) {
  return useLocalizedQuery({
    queryKey: menteeId ? mentoringKeys.menteeReviews(menteeId) : mentoringKeys.myReviews,
    queryFn: () => (menteeId ? fetchMenteeReviews(menteeId) : fetchMyReviews()),
  })
}

export function useReviewEdits(reviewId: string, enabled: boolean, menteeId?: string) {
  return useLocalizedQuery({
    queryKey: menteeId
      ? mentoringKeys.menteeEdits(menteeId, reviewId)
      : mentoringKeys.myEdits(reviewId),
    queryFn: () =>
      menteeId ? fetchMenteeReviewEdits(menteeId, reviewId) : fetchMyReviewEdits(reviewId),
    enabled,
  })
}

function reviewsKey(menteeId?: string) {
  return menteeId ? mentoringKeys.menteeReviews(menteeId) : mentoringKeys.myReviews
}

export function useWriteReview(menteeId: string) {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: (body: string) => writeReview(menteeId, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: mentoringKeys.mentee(menteeId) }),
  })
}

export function useReply(menteeId?: string) {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: ({ reviewId, body }: { reviewId: string; body: string }) =>
      menteeId ? replyToMenteeReview(menteeId, reviewId, body) : replyToMyReview(reviewId, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reviewsKey(menteeId) }),
  })
}

export function useEditReview(menteeId?: string) {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: ({ reviewId, body }: { reviewId: string; body: string }) =>
      menteeId ? editMenteeReview(menteeId, reviewId, body) : editMyReview(reviewId, body),
    onSettled: () =>
      queryClient.invalidateQueries({
        queryKey: menteeId ? mentoringKeys.mentee(menteeId) : ['mentoring', 'reviews'],
      }),
  })
}

// --- the mentor's side ---

export function useMentees() {
  return useLocalizedQuery({ queryKey: mentoringKeys.dashboard, queryFn: fetchMentees })
}

export function useMentee(menteeId: string) {
  return useLocalizedQuery({
    queryKey: mentoringKeys.menteeSummary(menteeId),
    queryFn: () => fetchMentee(menteeId),
    retry: false,
  })
}

export function useMenteeReviewRequests(menteeId: string) {
  return useLocalizedQuery({
    queryKey: mentoringKeys.menteeRequests(menteeId),
    queryFn: () => fetchMenteeReviewRequests(menteeId),
  })
}

export function useMarkRequestDone(menteeId: string) {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: (requestId: string) => markReviewRequestDone(menteeId, requestId),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: mentoringKeys.mentee(menteeId) })
      void queryClient.invalidateQueries({ queryKey: ['mentor'] })
    },
  })
}

export function useWithdrawReview(menteeId: string) {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: (reviewId: string) => withdrawReview(menteeId, reviewId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: mentoringKeys.mentee(menteeId) }),
  })
}

export function useWithdrawSuggestion(menteeId: string) {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: (suggestionId: string) => withdrawSuggestion(menteeId, suggestionId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: mentoringKeys.mentee(menteeId) }),
  })
}

export function useSentSuggestions(menteeId: string) {
  return useLocalizedQuery({
    queryKey: mentoringKeys.menteeSuggestions(menteeId),
    queryFn: () => fetchSentSuggestions(menteeId),
  })
}

export function useSuggestItem(menteeId: string) {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: (input: SuggestInput) => suggestItem(menteeId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: mentoringKeys.mentee(menteeId) }),
  })
}

/** A validation changes the mentee's effective level: their skills, fit and plan views. */
export function useValidateLevel(menteeId: string) {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: (input: ValidationInput) => validateLevel(menteeId, input),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: mentoringKeys.mentee(menteeId) })
      void queryClient.invalidateQueries({ queryKey: ['mentor'] })
    },
  })
}

export function useMentorCalibration() {
  return useLocalizedQuery({
    queryKey: mentoringKeys.mentorCalibration,
    queryFn: fetchMentorCalibration,
  })
}

export function useMenteeRecommendations(menteeId: string, enabled: boolean) {
  return useLocalizedQuery({
    queryKey: mentoringKeys.menteeRecommendations(menteeId),
    queryFn: () => fetchMenteeRecommendations(menteeId),
    enabled,
  })
}

export function useCatalog(enabled: boolean) {
  return useLocalizedQuery({
    queryKey: mentoringKeys.catalog,
    queryFn: fetchCatalog,
    enabled,
    staleTime: 10 * 60 * 1000,
  })
}
