import { useQuery, useQueryClient } from '@tanstack/react-query'
import {
  changePassword,
  deleteAccount,
  fetchMe,
  login,
  logout,
  register,
  updateMe,
} from './auth-api'
import { claimDrafts, clearDrafts } from '@/lib/drafts'
import { setLoggedOutOnPurpose } from './session-end'
import type { LoginInput, PasswordChangeInput, RegisterInput, UpdateMeInput, User } from './types'
import { useAction } from '@/lib/use-action'

export const authKeys = {
  me: ['auth', 'me'] as const,
}

/** The logged-in user (null when logged out). */
export function useUser() {
  return useQuery<User | null>({
    queryKey: authKeys.me,
    queryFn: fetchMe,
    staleTime: 5 * 60 * 1000,
  })
}

export function useLogin() {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: (input: LoginInput) => login(input),
    onSuccess: (user) => {
      claimDrafts(user.id)
      setLoggedOutOnPurpose(false)
      queryClient.setQueryData(authKeys.me, user)
    },
  })
}

export function useRegister() {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: (input: RegisterInput) => register(input),
    onSuccess: (user) => {
      claimDrafts(user.id)
      setLoggedOutOnPurpose(false)
      queryClient.setQueryData(authKeys.me, user)
    },
  })
}

export function useLogout() {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: logout,
    onSettled: () => {
      // Whatever the answer, forget everything cached for this user, drafts included.
      clearDrafts()
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.me[0] })
      setLoggedOutOnPurpose(true)
      queryClient.setQueryData(authKeys.me, null)
    },
  })
}

export function useUpdateMe() {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: (input: UpdateMeInput) => updateMe(input),
    onSuccess: (user) => queryClient.setQueryData(authKeys.me, user),
  })
}

export function useChangePassword() {
  return useAction({ mutationFn: (input: PasswordChangeInput) => changePassword(input) })
}

/** Deletes the account; afterwards nothing of this user stays cached and the guard shows /login. */
export function useDeleteAccount() {
  const queryClient = useQueryClient()
  return useAction({
    mutationFn: (password: string) => deleteAccount(password),
    onSuccess: () => {
      clearDrafts()
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.me[0] })
      setLoggedOutOnPurpose(true)
      queryClient.setQueryData(authKeys.me, null)
    },
  })
}
