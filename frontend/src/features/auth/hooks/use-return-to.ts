import { useLocation, type Location } from 'react-router'

export interface FromState {
  from?: Pick<Location, 'pathname' | 'search' | 'hash'>
}

/** Where to go after logging in: the page the visitor originally asked for, else the dashboard. */
export function useReturnTo(): string {
  const location = useLocation()
  const from = (location.state as FromState | null)?.from
  if (!from?.pathname || from.pathname === '/login' || from.pathname === '/register') return '/'
  return `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`
}
