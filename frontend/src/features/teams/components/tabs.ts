/** The tabs of a team's page, in order (the address carries one as `?tab=`). */
export const TABS = [
  'overview',
  'targets',
  'heatmap',
  'coverage',
  'training',
  'hiring',
  'progress',
  'export',
] as const
export type Tab = (typeof TABS)[number]

/** what a member (not a lead) sees: aggregates only */
export const MEMBER_TABS: readonly Tab[] = [
  'overview',
  'targets',
  'heatmap',
  'coverage',
  'progress',
  'export',
]
