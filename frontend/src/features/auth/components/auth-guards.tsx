import type { ReactNode } from 'react'
import { Navigate, useLocation } from 'react-router'
import { PageLoader } from '@/components/feedback/page-loader'
import { wasLoggedOutOnPurpose } from '../api/session-end'
import { useUser } from '../api/use-auth'
import { useReturnTo, type FromState } from '../hooks/use-return-to'

/** Renders children only for a logged-in user; others go to /login, remembering where they were. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { data: user, isPending } = useUser()
  const location = useLocation()
  if (isPending) return <PageLoader />
  if (!user) {
    if (wasLoggedOutOnPurpose()) return <Navigate to="/login" replace />
    const state: FromState = {
      from: { pathname: location.pathname, search: location.search, hash: location.hash },
    }
    return <Navigate to="/login" replace state={state} />
  }
  return children
}

/** For /login and /register: a logged-in user is sent on to where they wanted to go. */
export function RedirectIfAuthenticated({ children }: { children: ReactNode }) {
  const { data: user, isPending } = useUser()
  const returnTo = useReturnTo()
  if (isPending) return <PageLoader />
  if (user) return <Navigate to={returnTo} replace />
  return children
}
