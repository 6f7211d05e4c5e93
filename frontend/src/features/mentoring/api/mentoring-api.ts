import { client } from '@/lib/api/client'
import type { ReviewRequestInput, SuggestInput, ValidationInput } from './types'

// --- relationships (both sides) ---

export const inviteMentor = (email: string) => client.post('/api/me/mentors', { body: { email } })
export const offerMentoring = (email: string) => client.post('/api/me/mentees', { body: { email } })
export const fetchMentorships = () => client.get('/api/mentorships')
export const acceptMentorship = (id: string) =>
  client.post('/api/mentorships/{id}/accept', { path: { id } })
export const declineMentorship = (id: string) =>
  client.post('/api/mentorships/{id}/decline', { path: { id } })
export const endMentorship = (id: string) =>
  client.delete('/api/mentorships/{id}', { path: { id } })

// --- the learner's side ---

export const fetchMyReviewRequests = () => client.get('/api/me/review-requests')
export const requestReview = (input: ReviewRequestInput) =>
  client.post('/api/me/review-requests', { body: input })
export const withdrawReviewRequest = (requestId: string) =>
  client.delete('/api/me/review-requests/{requestId}', { path: { requestId } })
export const fetchMyReviews = () => client.get('/api/me/reviews')
export const replyToMyReview = (reviewId: string, body: string) =>
  client.post('/api/me/reviews/{reviewId}/replies', { path: { reviewId }, body: { body } })
export const editMyReview = (reviewId: string, body: string) =>
  client.patch('/api/me/reviews/{reviewId}', { path: { reviewId }, body: { body } })
export const fetchMyReviewEdits = (reviewId: string) =>
  client.get('/api/me/reviews/{reviewId}/edits', { path: { reviewId } })
export const fetchMyCalibration = () => client.get('/api/me/calibration')
export const fetchAudit = (offset: number, limit: number) =>
  client.get('/api/me/audit', { query: { offset, limit } })
export const fetchSkillOptions = () => client.get('/api/skills')

// --- the mentor's side ---

export const fetchMentees = () => client.get('/api/mentees')
export const fetchMentee = (menteeId: string) =>
  client.get('/api/mentees/{menteeId}', { path: { menteeId } })
export const fetchMenteeReviewRequests = (menteeId: string) =>
  client.get('/api/mentees/{menteeId}/review-requests', { path: { menteeId } })
export const markReviewRequestDone = (menteeId: string, requestId: string) =>
  client.post('/api/mentees/{menteeId}/review-requests/{requestId}/done', {
    path: { menteeId, requestId },
  })
export const fetchMenteeReviews = (menteeId: string) =>
  client.get('/api/mentees/{menteeId}/reviews', { path: { menteeId } })
export const writeReview = (menteeId: string, body: string) =>
  client.post('/api/mentees/{menteeId}/reviews', { path: { menteeId }, body: { body } })
export const editMenteeReview = (menteeId: string, reviewId: string, body: string) =>
  client.patch('/api/mentees/{menteeId}/reviews/{reviewId}', {
    path: { menteeId, reviewId },
    body: { body },
  })
export const fetchMenteeReviewEdits = (menteeId: string, reviewId: string) =>
  client.get('/api/mentees/{menteeId}/reviews/{reviewId}/edits', { path: { menteeId, reviewId } })
export const replyToMenteeReview = (menteeId: string, reviewId: string, body: string) =>
  client.post('/api/mentees/{menteeId}/reviews/{reviewId}/replies', {
    path: { menteeId, reviewId },
    body: { body },
  })
export const withdrawReview = (menteeId: string, reviewId: string) =>
  client.delete('/api/mentees/{menteeId}/reviews/{reviewId}', { path: { menteeId, reviewId } })
export const withdrawSuggestion = (menteeId: string, suggestionId: string) =>
  client.delete('/api/mentees/{menteeId}/suggestions/{suggestionId}', {
    path: { menteeId, suggestionId },
  })
export const fetchSentSuggestions = (menteeId: string) =>
  client.get('/api/mentees/{menteeId}/suggestions', { path: { menteeId } })
export const suggestItem = (menteeId: string, input: SuggestInput) =>
  client.post('/api/mentees/{menteeId}/suggestions', { path: { menteeId }, body: input })
export const validateLevel = (menteeId: string, input: ValidationInput) =>
  client.post('/api/mentees/{menteeId}/validations', { path: { menteeId }, body: input })
export const fetchMentorCalibration = () => client.get('/api/mentor/calibration')
export const fetchMenteeRecommendations = (menteeId: string) =>
  client.get('/api/mentees/{menteeId}/recommendations', {
    path: { menteeId },
    query: { limit: 20 },
  })
export const fetchCatalog = () => client.get('/api/learning/items')
