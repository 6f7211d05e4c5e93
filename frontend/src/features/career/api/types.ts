/** A gap to a role's target level, with the requirement's weight (1-3). */
export interface Gap {
  skillCode: string
  skillName: string
  from: number
  to: number
  weight: number
}

export interface RoleFit {
  roleCode: string
  roleName: string
  /** 0..1 */
  fit: number
  largestGaps: Gap[]
}

export interface CareerEdge {
  from: string
  to: string
}

export interface NextStep {
  role: RoleFit
  /** hours of the shortest learning path to that role */
  estimatedHours: number
  /** number of items on that path */
  items: number
  /** gaps no learning item closes */
  unclosedGaps: number
}

export interface Career {
  currentRoleCode: string | null
  currentRoleName: string | null
  /** true when I chose the current role; false when it follows my best fit */
  chosen: boolean
  nodes: RoleFit[]
  edges: CareerEdge[]
  nextSteps: NextStep[]
}
