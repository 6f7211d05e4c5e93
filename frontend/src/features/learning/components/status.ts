import type { PlanStatus } from '../api/types'

export const STATUS_COLORS: Record<PlanStatus, string> = {
  'in-progress': 'blue',
  planned: 'gray',
  done: 'teal',
  dropped: 'red',
}
