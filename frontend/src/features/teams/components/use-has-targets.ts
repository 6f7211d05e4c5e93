import { useTargets } from '../api/use-teams'
import { hasTargets } from './logic'

/** The team's targets as {@link hasTargets} reads them (undefined while loading). */
export function useHasTargets(teamId: string): boolean | undefined {
  const targets = useTargets(teamId)
  if (!targets.data) return undefined
  return targets.data.roleMix.length > 0 || hasTargets(targets.data.coverage)
}
