// The dashboard reads other features' endpoints; the few fields it needs are repeated here
// (features do not import each other).

export interface FitExplanation {
  bestRoleCode: string | null
  bestRoleName: string | null
  /** 0..1 */
  bestFit: number
  /** the explanation in words, in my language */
  text: string
}

export interface Goal {
  roleCode: string
  roleName: string
  targetDate: string
  fit: number
  hoursLogged: number
  hoursPerWeek: number
  remainingHours: number
  requiredHoursPerWeek: number | null
  projectedDate: string | null
  onTrack: boolean
  pathHours: number
  unclosedGaps: number
}

export interface DashboardItem {
  code: string
  kind: string
  title: string
  provider: string
  hours: number
}

export type PlanStatus = 'planned' | 'in-progress' | 'done' | 'dropped'

export interface DashboardPlanItem {
  item: DashboardItem
  position: number
  status: PlanStatus
  targetDate: string | null
  hoursLogged: number
}

export interface DashboardPlan {
  items: DashboardPlanItem[]
}

export interface DashboardRecommendations {
  role: { roleCode: string; roleName: string; fit: number }
  items: { item: DashboardItem; reason: string }[]
}

export interface FitHistoryPoint {
  at: string
  skillCode: string
  skillName: string
  level: number
  source: string
  /** roleCode → fit (0..1) after this change */
  fits: Record<string, number>
}

export interface FitHistory {
  roles: { code: string; name: string }[]
  points: FitHistoryPoint[]
}
